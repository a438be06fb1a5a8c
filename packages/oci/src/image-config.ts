import { isDigest } from './digest.js';
import type { Platform } from './manifest.js';

export interface ContainerConfig {
  User?: string;
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
  ExposedPorts?: Record<string, Record<string, never>>;
  StopSignal?: string;
  Healthcheck?: { Test?: string[]; Interval?: number; Timeout?: number; Retries?: number };
}

export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created?: string;
  config?: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history?: { created?: string; created_by?: string; empty_layer?: boolean; comment?: string }[];
}

export class ImageConfigError extends Error {}

const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** The fields this project reads or rewrites in `config`; a wrong type anywhere fails here, not later. */
function checkContainerConfig(value: unknown, where: string): ContainerConfig | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw new ImageConfigError(`${where}: config is not an object`);
  const c = value as Record<string, unknown>;
  const fail = (field: string, kind: string): never => {
    throw new ImageConfigError(`${where}: config.${field} is not ${kind}`);
  };
  for (const field of ['User', 'WorkingDir', 'StopSignal'] as const) if (c[field] !== undefined && typeof c[field] !== 'string') fail(field, 'a string');
  // Docker writes null for an unset Entrypoint or Cmd.
  for (const field of ['Env', 'Entrypoint', 'Cmd'] as const) {
    if (c[field] === null) delete c[field];
    else if (c[field] !== undefined && !isStringArray(c[field])) fail(field, 'a list of strings');
  }
  if (c.Labels === null) delete c.Labels;
  else if (c.Labels !== undefined && !isStringRecord(c.Labels)) fail('Labels', 'a map of strings');
  if (c.ExposedPorts === null) delete c.ExposedPorts;
  else if (c.ExposedPorts !== undefined && (typeof c.ExposedPorts !== 'object' || Array.isArray(c.ExposedPorts))) fail('ExposedPorts', 'a map');
  if (c.Healthcheck !== undefined && c.Healthcheck !== null) {
    const test = (c.Healthcheck as { Test?: unknown }).Test;
    if (typeof c.Healthcheck !== 'object' || (test !== undefined && test !== null && !isStringArray(test))) fail('Healthcheck', 'an object with a Test list');
  }
  return c as ContainerConfig;
}

/**
 * Parses and checks an image config blob (OCI image-spec `config.md`, which Docker's v1 config
 * also satisfies): the one place a config is read, so every consumer gets the same checks.
 */
export function parseImageConfig(bytes: Buffer | string, where = 'image config'): ImageConfig {
  if (bytes.length > MAX_CONFIG_BYTES) throw new ImageConfigError(`${where} is ${bytes.length} bytes (limit ${MAX_CONFIG_BYTES})`);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString());
  } catch (error) {
    throw new ImageConfigError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new ImageConfigError(`${where} is not a JSON object`);
  const c = json as Record<string, unknown>;
  for (const field of ['architecture', 'os'] as const) {
    if (typeof c[field] !== 'string' || c[field] === '') throw new ImageConfigError(`${where}: ${field} is missing`);
  }
  if (c.variant !== undefined && typeof c.variant !== 'string') throw new ImageConfigError(`${where}: variant is not a string`);
  if (c.created !== undefined && typeof c.created !== 'string') throw new ImageConfigError(`${where}: created is not a string`);
  const rootfs = c.rootfs as { type?: unknown; diff_ids?: unknown } | undefined;
  if (!rootfs || typeof rootfs !== 'object' || rootfs.type !== 'layers') throw new ImageConfigError(`${where}: rootfs.type is not "layers"`);
  if (!isStringArray(rootfs.diff_ids) || !rootfs.diff_ids.every(isDigest)) throw new ImageConfigError(`${where}: rootfs.diff_ids is not a list of digests`);
  if (c.history !== undefined && c.history !== null && !Array.isArray(c.history)) throw new ImageConfigError(`${where}: history is not a list`);
  if (c.history === null) delete c.history;
  const container = checkContainerConfig(c.config, where);
  if (container === undefined) delete c.config;
  return c as unknown as ImageConfig;
}

/** The platform a config declares. */
export function configPlatform(config: ImageConfig): Platform {
  return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) };
}
