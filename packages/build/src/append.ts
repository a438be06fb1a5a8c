import { lstat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { type Logger, silentLogger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import {
  type ContainerConfig,
  type Descriptor,
  type Image,
  type ImageConfig,
  type ImageManifest,
  isPlatform,
  MediaType,
  OciLayout,
  type OpenImageOptions,
  openImage,
  type Platform,
  type PlatformImage,
  PlatformNotFoundError,
  parseImageLocation,
  parsePlatform,
  type TarEntry,
  writeImageOrIndex,
  writeLayer,
} from '@service-pipeline/oci';
import { hostEntries, parentDirEntries } from './host-files.js';
import { isCleanAbsolutePath } from './image-config-values.js';

export interface Artifact {
  /** Only for this platform (`linux/arm64`); undefined means every platform. */
  platform?: string;
  source: string;
  /** Absolute path inside the image. */
  destination: string;
}

export class ArtifactLineError extends ActionError {}

/**
 * One artifact per line: `[<platform> ]<source>=<destination>`, e.g.
 * `dist/server=/app/server` or `linux/arm64 dist/arm64/server=/app/server`. Sources are
 * files or directories relative to `contextDir`.
 */
export function parseArtifacts(lines: string[], contextDir: string): Artifact[] {
  return lines.map((line) => {
    const tokens = line.trim().split(/\s+/);
    const fail = (what: string): never => {
      throw new ArtifactLineError(
        `artifact line "${line}" ${what}`,
        'write each line as [<os>/<arch>[/<variant>] ]<source>=</absolute/destination>, e.g. "linux/arm64 dist/server-arm64=/app/server"',
      );
    };
    if (tokens.length > 2) fail('has more than a platform and a mapping');
    const mapping = tokens[tokens.length - 1]!;
    const platform = tokens.length === 2 ? tokens[0] : undefined;
    if (platform !== undefined && !isPlatform(platform)) fail(`has an invalid platform "${platform}"`);
    const eq = mapping.indexOf('=');
    if (eq <= 0 || eq === mapping.length - 1) fail('is not <source>=<destination>');
    const source = mapping.slice(0, eq);
    const destination = mapping.slice(eq + 1);
    if (!destination.startsWith('/')) fail(`has a relative destination "${destination}"`);
    if (!isCleanAbsolutePath(destination)) fail(`has a destination that is not a clean absolute path "${destination}"`);
    const resolved = isAbsolute(source) ? source : resolve(contextDir, source);
    return { ...(platform ? { platform } : {}), source: resolved, destination };
  });
}

async function entriesFor(artifact: Artifact): Promise<TarEntry[]> {
  const info = await lstat(artifact.source).catch(() => undefined);
  if (!info) throw new ActionError(`artifact ${artifact.source} does not exist`, 'build it before this step, or fix the path in the artifacts input');
  const target = artifact.destination.replace(/^\/+/, '');
  return [...parentDirEntries(target), ...(await hostEntries(artifact.source, target))];
}

/**
 * Opens the base image: a registry reference (with `options.credentials`, else Docker's), or
 * `oci-layout:<dir>[:<ref>]` for a base held locally (air-gapped runners, tests, the local
 * pipeline). A registry that cannot serve it is reported as the base image's problem.
 */
export async function openBaseImage(base: string, options: OpenImageOptions = {}): Promise<Image> {
  const location = parseImageLocation(base);
  try {
    return await openImage(location, options);
  } catch (error) {
    if (location.kind === 'layout') throw error;
    throw new ActionError(
      `base image ${base} cannot be resolved: ${(error as Error).message}`,
      'check the base-image name and that this job can reach and read that registry',
      { cause: error },
    );
  }
}

async function basePlatform(base: Image, platform: Platform): Promise<PlatformImage> {
  try {
    return await base.platform(platform);
  } catch (error) {
    if (!(error instanceof PlatformNotFoundError)) throw error;
    throw new ActionError(
      `base image ${base.name} has no ${error.wanted} variant (it has ${error.offered.join(', ')})`,
      'pick platforms the base image provides, or another base image',
    );
  }
}

/** Docker and OCI gzip layers are the same bytes; the result is a pure OCI image. */
function ociLayerType(mediaType: string): string {
  if (mediaType === MediaType.dockerLayerGzip) return MediaType.ociLayerGzip;
  return mediaType;
}

export interface AppendImageConfig {
  entrypoint?: string[];
  cmd?: string[];
  env?: Record<string, string>;
  workdir?: string;
  user: string;
  ports?: string[];
  labels?: Record<string, string>;
}

export interface AppendOptions {
  base: Image;
  platforms: string[];
  artifacts: Artifact[];
  config: AppendImageConfig;
  annotations: Record<string, string>;
  /** Commit time: image created and every file's mtime, for reproducible digests. */
  sourceDateEpoch: number;
  layoutDir: string;
  refName: string;
  logger?: Logger;
}

export interface AppendResult {
  root: Descriptor;
  platformDigests: Record<string, string>;
  baseDigest: string;
}

function mergeEnv(base: string[] | undefined, extra: Record<string, string> | undefined): string[] | undefined {
  if (!extra || Object.keys(extra).length === 0) return base;
  const env = new Map((base ?? []).map((line) => [line.slice(0, line.indexOf('=')), line]));
  for (const [key, value] of Object.entries(extra)) env.set(key, `${key}=${value}`);
  return [...env.values()];
}

function containerConfig(base: ContainerConfig | undefined, wanted: AppendImageConfig): ContainerConfig {
  const config: ContainerConfig = { ...base };
  config.User = wanted.user;
  const env = mergeEnv(base?.Env, wanted.env);
  if (env) config.Env = env;
  if (wanted.entrypoint) {
    config.Entrypoint = wanted.entrypoint;
    // As in a Dockerfile, a new ENTRYPOINT drops the base image's CMD.
    delete config.Cmd;
  }
  if (wanted.cmd) config.Cmd = wanted.cmd;
  if (wanted.workdir) config.WorkingDir = wanted.workdir;
  if (wanted.ports?.length)
    config.ExposedPorts = { ...base?.ExposedPorts, ...Object.fromEntries(wanted.ports.map((p) => [p.includes('/') ? p : `${p}/tcp`, {}])) };
  if (wanted.labels && Object.keys(wanted.labels).length) config.Labels = { ...base?.Labels, ...wanted.labels };
  return config;
}

/**
 * Builds an image without a daemon: the base image's layers, then one deterministic layer
 * of artifacts per platform, with a config derived from the base. Base blobs are copied
 * into the layout so the push step has everything locally.
 */
export async function appendBuild(options: AppendOptions): Promise<AppendResult> {
  const log = options.logger ?? silentLogger;
  const layout = await OciLayout.create(options.layoutDir);
  const created = new Date(options.sourceDateEpoch * 1000).toISOString();
  const manifests: Descriptor[] = [];
  const platformDigests: Record<string, string> = {};
  for (const platformText of options.platforms) {
    const platform = parsePlatform(platformText);
    const artifacts = options.artifacts.filter((a) => !a.platform || a.platform === platformText);
    if (artifacts.length === 0) {
      throw new ActionError(
        `no artifact is listed for ${platformText}`,
        `add a line "${platformText} <source>=<destination>" (or one without a platform) to artifacts, or drop the platform`,
      );
    }
    const base = await basePlatform(options.base, platform);
    for (const blob of [base.manifest.config, ...base.manifest.layers]) {
      if (!(await layout.hasBlob(blob.digest))) await layout.writeBlobStream(await options.base.source.openBlob(blob));
    }
    const entries = (await Promise.all(artifacts.map(entriesFor))).flat();
    const unique = [...new Map(entries.map((e) => [e.path, e])).values()];
    const layer = await writeLayer(layout, unique, { mtime: options.sourceDateEpoch });
    const config: ImageConfig = {
      ...base.config,
      created,
      config: containerConfig(base.config.config, options.config),
      rootfs: { type: 'layers', diff_ids: [...base.config.rootfs.diff_ids, layer.diffId] },
      history: [
        ...(base.config.history ?? []),
        { created, created_by: `service-pipeline append: ${artifacts.map((a) => a.destination).join(' ')}`, comment: 'service-pipeline build (append mode)' },
      ],
    };
    const configDescriptor = await layout.writeJson(MediaType.ociConfig, config);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: configDescriptor,
      layers: [...base.manifest.layers.map((l) => ({ ...l, mediaType: ociLayerType(l.mediaType) })), layer.descriptor],
      annotations: {
        ...options.annotations,
        'org.opencontainers.image.base.name': options.base.name,
        'org.opencontainers.image.base.digest': base.descriptor.digest,
      },
    };
    const descriptor = await layout.writeJson(MediaType.ociManifest, manifest, { platform });
    manifests.push(descriptor);
    platformDigests[platformText] = descriptor.digest;
    log.info(`${platformText}: ${descriptor.digest} (base ${base.descriptor.digest.slice(0, 19)}, +${layer.descriptor.size} bytes)`);
  }
  const root = await writeImageOrIndex(layout, manifests, {
    annotations: {
      ...options.annotations,
      'org.opencontainers.image.base.name': options.base.name,
      'org.opencontainers.image.base.digest': options.base.root.digest,
    },
    refName: options.refName,
  });
  return { root, platformDigests, baseDigest: options.base.root.digest };
}
