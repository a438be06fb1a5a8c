import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a local run knows how to test and build without a Dockerfile. */
export type ServiceKind = 'go' | 'node' | 'dockerfile';

export interface ServiceLayout {
  kind: ServiceKind;
  /** The test command, or undefined when the service has none. */
  test?: { file: string; args: string[] };
}

/** Recognises the service by its build files: go.mod, package.json, else a Dockerfile. */
export function detectService(dir: string): ServiceLayout | undefined {
  if (existsSync(join(dir, 'go.mod'))) return { kind: 'go', test: { file: 'go', args: ['test', './...'] } };
  if (existsSync(join(dir, 'package.json'))) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    return { kind: 'node', ...(pkg.scripts?.test ? { test: { file: 'npm', args: ['test', '--silent'] } } : {}) };
  }
  if (existsSync(join(dir, 'Dockerfile'))) return { kind: 'dockerfile' };
  return undefined;
}

/** GOARCH for an OCI architecture (they agree on every platform Go and OCI both name). */
export function goArch(platform: string): { goos: string; goarch: string; goarm?: string } {
  const [os, arch, variant] = platform.split('/');
  return { goos: os!, goarch: arch!, ...(arch === 'arm' && variant ? { goarm: variant.replace(/^v/, '') } : {}) };
}
