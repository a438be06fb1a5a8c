/**
 * Dockerfile mode with `docker buildx` (BuildKit), the norm on GitHub-hosted runners.
 * `buildxCommand` plans the command line (pure, table-tested); `buildWithBuildx` runs it and
 * moves the OCI layout BuildKit exports into the build's layout under `refName`.
 * Untested against a real buildx here: the development machine has no buildx plugin.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { runCommand, SpawnError } from '@service-pipeline/action-kit/exec';
import { copyIntoLayout, OciLayout, openImage } from '@service-pipeline/oci';
import {
  type BuildahResult,
  type BuildLog,
  buildWithBuildah,
  type DockerfileBuild,
  dockerfileFlags,
  formatCommand,
  validateDockerfileBuild,
} from './buildah.js';

export interface BuildxCache {
  /** `--cache-from` values, e.g. `type=gha` or `type=registry,ref=ghcr.io/acme/shop:buildcache`. */
  from: string[];
  /** `--cache-to` values, e.g. `type=gha,mode=max`. */
  to: string[];
}

const CACHE_TYPES = ['gha', 'registry', 'local', 'inline', 's3', 'azblob'];

/** Checks one cache-from/cache-to line; `input` names it in the error. */
export function checkCacheSpec(input: string, spec: string): string {
  const type = /^type=([a-z0-9]+)(,|$)/.exec(spec)?.[1];
  if (!type || !CACHE_TYPES.includes(type)) {
    throw new ActionError(
      `${input} entry "${spec}" is not a buildx cache spec`,
      `start it with type=<${CACHE_TYPES.join('|')}>, e.g. type=gha or type=registry,ref=ghcr.io/acme/shop:buildcache`,
    );
  }
  return spec;
}

/**
 * The `docker buildx build` command line and its environment. The result goes to an OCI
 * layout directory (`type=oci,tar=false`); provenance attestations are off so the index
 * holds only the platform images (and stays reproducible).
 */
export function buildxCommand(
  build: DockerfileBuild,
  cache: BuildxCache,
  outputDir: string,
  docker = 'docker',
): { argv: string[]; env: Record<string, string> } {
  validateDockerfileBuild(build);
  for (const spec of cache.from) checkCacheSpec('cache-from', spec);
  for (const spec of cache.to) checkCacheSpec('cache-to', spec);
  if (resolve(outputDir).includes(',')) throw new ActionError(`the output directory ${resolve(outputDir)} contains ","`, 'choose a directory without commas');
  const argv = [
    docker,
    'buildx',
    'build',
    ...dockerfileFlags(build),
    ...(build.pull === 'always' ? ['--pull'] : []),
    ...cache.from.flatMap((spec) => ['--cache-from', spec]),
    ...cache.to.flatMap((spec) => ['--cache-to', spec]),
    '--provenance=false',
    '--output',
    `type=oci,dest=${resolve(outputDir)},tar=false`,
    resolve(build.context),
  ];
  // BuildKit also reads SOURCE_DATE_EPOCH from the environment (created time, history).
  return { argv, env: { SOURCE_DATE_EPOCH: String(build.sourceDateEpoch) } };
}

/** True when `docker buildx version` runs. */
export async function buildxAvailable(docker = 'docker'): Promise<boolean> {
  try {
    return (await runCommand(docker, ['buildx', 'version'], { keepLines: 5 })).code === 0;
  } catch {
    return false;
  }
}

export type Engine = 'auto' | 'buildx' | 'buildah';

/** `auto`: buildx when `docker buildx version` succeeds, else buildah (daemonless). */
export async function resolveEngine(engine: Engine, docker = 'docker'): Promise<'buildx' | 'buildah'> {
  if (engine === 'buildah') return 'buildah';
  const available = await buildxAvailable(docker);
  if (engine === 'buildx' && !available) {
    throw new ActionError(
      'engine buildx was asked for but `docker buildx version` fails',
      'set up buildx first (docker/setup-buildx-action), or use engine: buildah or auto',
    );
  }
  return available ? 'buildx' : 'buildah';
}

/** Builds with buildx into a staging layout, then names the result `refName` in `layoutDir`. */
export async function buildWithBuildx(build: DockerfileBuild, cache: BuildxCache, log: BuildLog, docker = 'docker'): Promise<BuildahResult> {
  const target = await OciLayout.create(resolve(build.layoutDir));
  const staging = await mkdtemp(join(dirname(resolve(build.layoutDir)), '.buildx-'));
  try {
    const { argv, env } = buildxCommand(build, cache, staging, docker);
    log.info(`$ ${formatCommand(argv)}`);
    let result;
    try {
      result = await runCommand(argv[0]!, argv.slice(1), { env: { ...process.env, ...env }, onLine: (line) => log.debug(line) });
    } catch (error) {
      if (error instanceof SpawnError)
        throw new ActionError(`docker is not available (${error.message})`, 'use engine: buildah or auto on runners without Docker');
      throw error;
    }
    if (result.code !== 0) {
      throw new ActionError(
        `docker buildx could not build ${resolve(build.dockerfile)} (exit code ${result.code})\n${result.tail.slice(-20).join('\n')}`,
        'the buildx output above says which instruction failed; rerun the logged command locally to debug',
      );
    }
    const exported = await openImage({ kind: 'layout', dir: staging });
    const root = exported.root;
    await copyIntoLayout(exported.source, root, target);
    await target.addToIndex(root, build.refName);
    log.info(`built ${root.digest} into ${resolve(build.layoutDir)} as "${build.refName}"`);
    return { digest: root.digest, layoutDir: resolve(build.layoutDir), refName: build.refName };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Runs the Dockerfile build with the engine `resolveEngine` chose. */
export async function buildDockerfile(engine: 'buildx' | 'buildah', build: DockerfileBuild, cache: BuildxCache, log: BuildLog): Promise<BuildahResult> {
  return engine === 'buildx' ? buildWithBuildx(build, cache, log) : buildWithBuildah(build, log);
}
