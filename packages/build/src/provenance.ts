import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { type Image, IN_TOTO_STATEMENT_V1, imageSubject, parseReference, type ResourceDescriptor, type Statement, writeStatement } from '@service-pipeline/oci';
import type { BuildRequest, BuildResult } from './build-image.js';
import type { GitContext } from './tags.js';

/** SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance). */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/**
 * How the build is described: `externalParameters` holds the build action's own inputs (mode
 * plus its artifacts, or the Dockerfile, target, build args, preset and engine), the
 * resolved dependencies are the source commit and the base images by digest. A URN, since
 * the build type is this project's and claims no web page.
 */
export const BUILD_TYPE = 'urn:service-pipeline:build-type:image:v1';

const BASE_NAME = 'org.opencontainers.image.base.name';
const BASE_DIGEST = 'org.opencontainers.image.base.digest';

export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata: { invocationId?: string; startedOn: string; finishedOn: string };
  };
}

/** An image the build started from; the digest is known where the build resolved it. */
export interface BaseImage {
  name: string;
  digest?: string;
}

export interface ProvenanceOptions {
  /** Image name (`registry/repository`) and the manifest digest the build wrote: the subject. */
  image: string;
  digest: string;
  git: GitContext;
  /** The build's parameters as given: mode and the mode's inputs. */
  parameters: { mode: 'append' | 'dockerfile' } & Record<string, unknown>;
  baseImages: readonly BaseImage[];
  builder: { id: string; version?: Record<string, string> };
  startedOn: Date;
  finishedOn: Date;
  invocationId?: string;
}

/** A base reference as a ResourceDescriptor: a purl for registry images (in-toto's recommended URI form), the name as written otherwise. */
function baseDependency(base: BaseImage): ResourceDescriptor {
  const digest = base.digest ? { [base.digest.split(':')[0]!]: base.digest.split(':')[1]! } : undefined;
  let uri: string | undefined;
  if (!base.name.startsWith('oci-layout:')) {
    try {
      const ref = parseReference(base.name);
      const name = ref.repository.split('/').at(-1)!;
      const version = base.digest ?? ref.digest;
      uri = `pkg:oci/${name}${version ? `@${encodeURIComponent(version)}` : ''}?repository_url=${encodeURIComponent(`${ref.registry}/${ref.repository}`)}${ref.tag ? `&tag=${encodeURIComponent(ref.tag)}` : ''}`;
    } catch {
      // A transport-qualified reference (buildah's `oci:<dir>:<ref>`, `docker://...`) is a URI as written.
      uri = /^[a-z][a-z0-9+.-]*:\S/.test(base.name) ? base.name : undefined;
    }
  }
  return { name: base.name, ...(uri ? { uri } : {}), ...(digest ? { digest } : {}), annotations: { role: 'base-image' } };
}

/** A ResourceDescriptor needs a uri or a digest: a base known by a bare unparseable name alone is left out. */
const describable = (d: ResourceDescriptor): boolean => d.uri !== undefined || d.digest !== undefined;

/**
 * The in-toto statement a build emits: SLSA v1 provenance whose subject is the image digest,
 * with the source repository and commit and each base image as resolved dependencies. Written
 * by the build step itself (SLSA Build L1); the workflow signs it with GitHub's attestations.
 */
export function provenanceStatement(options: ProvenanceOptions): Statement<SlsaProvenance> {
  const { git } = options;
  const server = (git.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const source: ResourceDescriptor = { uri: `git+${server}/${git.repository}@${git.ref}`, digest: { gitCommit: git.sha } };
  const dependencies = [source];
  const seen = new Set<string>();
  for (const base of options.baseImages) {
    const key = `${base.name}@${base.digest ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dependency = baseDependency(base);
    if (describable(dependency)) dependencies.push(dependency);
  }
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [imageSubject(options.image, options.digest)],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: { ...options.parameters, source: { repository: `${server}/${git.repository}`, ref: git.ref } },
        internalParameters: { eventName: git.eventName, ...(git.runUrl ? { runUrl: git.runUrl } : {}) },
        resolvedDependencies: dependencies,
      },
      runDetails: {
        builder: { id: options.builder.id, ...(options.builder.version ? { version: options.builder.version } : {}) },
        metadata: {
          ...(options.invocationId ? { invocationId: options.invocationId } : {}),
          startedOn: options.startedOn.toISOString(),
          finishedOn: options.finishedOn.toISOString(),
        },
      },
    },
  };
}

/**
 * The base images a built image records (`org.opencontainers.image.base.*` annotations on the
 * index and each platform manifest: append mode writes them, buildah too), plus the FROM
 * images of the Dockerfile for engines that record none.
 */
export async function baseImagesOf(image: Image, dockerfileBases: readonly BaseImage[] = []): Promise<BaseImage[]> {
  const found: BaseImage[] = [];
  const note = (annotations: Record<string, string> | undefined): void => {
    const name = annotations?.[BASE_NAME];
    if (name) found.push({ name, ...(annotations?.[BASE_DIGEST] ? { digest: annotations[BASE_DIGEST] } : {}) });
  };
  note(image.manifest.annotations);
  for (const platform of await image.platforms()) if (platform.descriptor.digest !== image.root.digest) note(platform.manifest.annotations);
  const named = new Set(found.map((b) => b.name));
  return [...found, ...dockerfileBases.filter((b) => !named.has(b.name))];
}

/**
 * The FROM images of a Dockerfile (stage aliases and `scratch` left out), with `${ARG}`
 * references replaced by the build args given or the ARG defaults declared before the first
 * FROM; a reference pinned by digest keeps it.
 */
export function dockerfileBaseImages(text: string, buildArgs: Record<string, string> = {}): BaseImage[] {
  const lines = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  const bases: BaseImage[] = [];
  let seenFrom = false;
  for (const line of lines) {
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(\S*))?/i.exec(line);
    if (arg && !seenFrom) args[arg[1]!] = buildArgs[arg[1]!] ?? (arg[2] ?? '').replace(/^["']|["']$/g, '');
    const from = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    seenFrom = true;
    const name = from[1]!.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, v: string) => buildArgs[v] ?? args[v] ?? '');
    const isStage = stages.has(name.toLowerCase());
    if (from[2]) stages.add(from[2].toLowerCase());
    if (name === '' || name.toLowerCase() === 'scratch' || isStage) continue;
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(name)?.[1];
    bases.push({ name, ...(digest ? { digest } : {}) });
  }
  return bases;
}

/**
 * Who built it: on a runner, GitHub's runner of that environment (the platform the build ran
 * on) with this action's ref as a version; locally, the CLI on this machine.
 */
export function builderOf(env: NodeJS.ProcessEnv): { id: string; version: Record<string, string> } {
  const version: Record<string, string> = { node: process.version };
  if (env['GITHUB_ACTIONS'] === 'true') {
    if (env['GITHUB_ACTION_REPOSITORY']) version['service-pipeline'] = `${env['GITHUB_ACTION_REPOSITORY']}@${env['GITHUB_ACTION_REF'] ?? ''}`;
    const server = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '');
    return { id: `${server}/actions/runner/${env['RUNNER_ENVIRONMENT'] === 'github-hosted' ? 'github-hosted' : 'self-hosted'}`, version };
  }
  return { id: 'urn:service-pipeline:builder:local-cli', version };
}

/** The build's parameters as the request gave them (paths relative to `sourceRoot`); build-arg values stay out: the statement is public, and build args are where secrets get misplaced. */
function buildParameters(request: BuildRequest, result: BuildResult, sourceRoot: string): ProvenanceOptions['parameters'] {
  if (request.mode === 'append') {
    return {
      mode: 'append',
      platforms: request.platforms,
      baseImage: request.baseImage,
      artifacts: request.artifacts.map((a) => `${a.platform ? `${a.platform}:` : ''}${relative(sourceRoot, a.source)}=${a.destination}`),
      ...(request.config.user ? { user: request.config.user } : {}),
    };
  }
  return {
    mode: 'dockerfile',
    platforms: request.platforms,
    dockerfile: relative(sourceRoot, request.dockerfile),
    ...(request.target ? { target: request.target } : {}),
    buildArgNames: Object.keys(request.buildArgs),
    engine: result.engine,
    ...(request.preset ? { preset: request.preset } : {}),
  };
}

/**
 * The provenance of a build, every mode alike (the build action and the CLI both call this
 * after buildImage): base images read from the built image and, for a Dockerfile, its FROM
 * lines; the statement written to `path`.
 */
export async function writeBuildProvenance(options: {
  request: BuildRequest;
  result: BuildResult;
  name: string;
  git: GitContext;
  startedOn: Date;
  path: string;
  sourceRoot: string;
  env?: NodeJS.ProcessEnv;
}): Promise<{ path: string; statement: Statement<SlsaProvenance> }> {
  const { request, result } = options;
  const env = options.env ?? process.env;
  const fromLines = request.mode === 'dockerfile' ? dockerfileBaseImages(await readFile(request.dockerfile, 'utf8'), request.buildArgs) : [];
  const statement = provenanceStatement({
    image: options.name,
    digest: result.image.root.digest,
    git: options.git,
    parameters: buildParameters(request, result, options.sourceRoot),
    baseImages: await baseImagesOf(result.image, fromLines),
    builder: builderOf(env),
    startedOn: options.startedOn,
    finishedOn: new Date(),
    ...(env['GITHUB_RUN_ID'] && options.git.runUrl ? { invocationId: `${options.git.runUrl}/attempts/${env['GITHUB_RUN_ATTEMPT'] ?? '1'}` } : {}),
  });
  return { path: await writeStatement(options.path, statement), statement };
}
