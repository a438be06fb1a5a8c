import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { githubClient } from '@service-pipeline/action-kit/github';
import {
  type AppendBuildRequest,
  type BuildRequest,
  buildImage,
  type ComputedTags,
  computeTags,
  type DockerfileBuildRequest,
  distrolessCheck,
  hostNodePlatform,
  ociLabels,
  stageNodeApp,
  writeBuildProvenance,
  writeNodeBase,
  writeStaticBase,
} from '@service-pipeline/build';
import { type BumpOptions, bumpImage, gitRunner, parseTargets } from '@service-pipeline/gitops';
import { attachStatements, formatBytes, openImage, pushImage, readImageStatements, registryClientFor } from '@service-pipeline/oci';
import { addInUseReference, emptyInUse, OciProvider, prune } from '@service-pipeline/prune';
import { attachSbom, generateSbom } from '@service-pipeline/scanners';

import { ensureLocalConfigRepo } from './local-config-repo.js';
import { localGitContext } from './local-git.js';
import { assertMayPush, type PipelineOptions, type RunState, registryHost } from './run-state.js';
import { goArch } from './service.js';
import { localTrivy } from './tool-cache.js';

type BuildCommon = Pick<AppendBuildRequest, 'platforms' | 'labels' | 'sourceDateEpoch' | 'layoutDir' | 'refName' | 'logger'>;

/** Offline Go: the example services need only the standard library. */
const goEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GOFLAGS: process.env.GOFLAGS ?? '-mod=mod', GOPROXY: process.env.GOPROXY ?? 'off' });

async function runTool(logger: Logger, cwd: string, file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  logger.info(`$ ${[file, ...args].join(' ')}`);
  const result = await runCommand(file, args, { cwd, env, onLine: (line) => logger.info(`  ${line}`) });
  if (result.code !== 0)
    throw new ActionError(`${file} ${args.join(' ')} failed (exit ${result.signal ?? result.code})`, 'fix the service so the command passes, then run again');
}

function built(state: RunState): { root: NonNullable<RunState['root']>; computed: NonNullable<RunState['computed']> } {
  if (!state.root || !state.computed) throw new ActionError('there is no image from this run', 'include the build step');
  return { root: state.root, computed: state.computed };
}

export async function testStep(options: PipelineOptions, state: RunState): Promise<string> {
  const test = state.service.test;
  if (!test) return 'no test command (add a "test" script to package.json)';
  await runTool(options.logger, options.serviceDir, test.file, test.args, goEnv());
  return `${test.file} ${test.args.join(' ')} passed`;
}

/** The embedded base written by `write` into the work dir, as an `oci-layout:` reference. */
async function embeddedBase(options: PipelineOptions, name: string, write: (dir: string) => Promise<unknown>): Promise<string> {
  const dir = join(options.workDir, name);
  await rm(dir, { recursive: true, force: true });
  await write(dir);
  return `oci-layout:${dir}:nonroot`;
}

/** Go: `go build` per platform, appended onto the static nonroot base. */
async function goBuild(options: PipelineOptions, computed: ComputedTags): Promise<Omit<AppendBuildRequest, keyof BuildCommon>> {
  const artifacts = [];
  for (const platform of options.platforms) {
    const { goos, goarch, goarm } = goArch(platform);
    const out = join(options.workDir, 'artifacts', platform.replaceAll('/', '-'), 'server');
    await runTool(
      options.logger,
      options.serviceDir,
      'go',
      ['build', '-trimpath', `-ldflags=-s -w -buildid= -X main.version=${computed.version}`, '-o', out, '.'],
      {
        ...goEnv(),
        CGO_ENABLED: '0',
        GOOS: goos,
        GOARCH: goarch,
        ...(goarm ? { GOARM: goarm } : {}),
      },
    );
    artifacts.push({ platform, source: out, destination: '/app/server' });
  }
  const baseImage = options.baseImage ?? (await embeddedBase(options, 'embedded-base', (dir) => writeStaticBase(dir, options.platforms, 'nonroot')));
  return { mode: 'append', baseImage, artifacts, config: { user: '65532:65532', entrypoint: ['/app/server'], ports: ['8080'] } };
}

/** Node: the app (what .dockerignore leaves, production dependencies installed) appended onto a Node base. */
async function nodeBuild(options: PipelineOptions): Promise<Omit<AppendBuildRequest, keyof BuildCommon>> {
  const { artifacts, config } = await stageNodeApp(options.serviceDir, join(options.workDir, 'node-app'), {
    exclude: [options.workDir, join(options.serviceDir, '.service-pipeline')],
  });
  if (!options.baseImage) {
    const host = hostNodePlatform();
    const others = options.platforms.filter((p) => p !== host);
    if (others.length > 0)
      throw new ActionError(
        `the embedded Node base carries this machine's node (${host}), not ${others.join(', ')}`,
        `build for ${host}, or pass --base-image with a Node base for those platforms`,
      );
  }
  const baseImage =
    options.baseImage ?? (await embeddedBase(options, 'embedded-node-base', (dir) => writeNodeBase(dir, options.nodeBinary ?? process.execPath, 'nonroot')));
  return { mode: 'append', baseImage, artifacts, config };
}

/** A Dockerfile, built with buildah (daemonless, chroot isolation: works inside containers too). */
function dockerfileBuild(options: PipelineOptions): Omit<DockerfileBuildRequest, keyof BuildCommon> {
  return {
    mode: 'dockerfile',
    context: options.serviceDir,
    dockerfile: options.dockerfile ?? join(options.serviceDir, 'Dockerfile'),
    engine: 'buildah',
    buildArgs: options.buildArgs ?? {},
    secrets: [],
    cache: { from: [], to: [] },
    isolation: 'chroot',
    ...(options.buildahStorage ? { storage: options.buildahStorage } : {}),
  };
}

export async function buildStep(options: PipelineOptions, state: RunState): Promise<string> {
  const startedOn = new Date();
  const git = await localGitContext(options.serviceDir, state.repository);
  const computed = computeTags(git, { latest: 'auto', shaLength: 12, extra: [] });
  await rm(state.layoutDir, { recursive: true, force: true });
  const common: BuildCommon = {
    platforms: options.platforms,
    labels: ociLabels(git, computed, {}),
    sourceDateEpoch: computed.sourceDateEpoch,
    layoutDir: state.layoutDir,
    refName: computed.immutableTag,
    logger: options.logger,
  };
  const kind = options.dockerfile ? 'dockerfile' : state.service.kind;
  const specific = kind === 'go' ? await goBuild(options, computed) : kind === 'node' ? await nodeBuild(options) : dockerfileBuild(options);
  const request = { ...common, ...specific } as BuildRequest;
  const result = await buildImage(request);
  const findings = await distrolessCheck(result.image);
  if (findings.length > 0) {
    throw new ActionError(
      `the image is not distroless: ${findings.map((f) => `${f.platform} ${f.detail}`).join('; ')}`,
      'use a distroless base image (--base-image)',
    );
  }
  const provenance = await writeBuildProvenance({
    request,
    result,
    name: state.repository,
    git,
    startedOn,
    path: join(options.workDir, 'evidence', 'provenance.intoto.json'),
    sourceRoot: options.serviceDir,
  });
  Object.assign(state, { computed, root: result.image.root, evidence: [provenance.path] });
  return `${result.image.root.digest} (${kind}, ${result.engine}, ${Object.keys(result.platformDigests).join(', ')}), tags ${computed.tags.join(', ')}; distroless check passed`;
}

export async function sbomStep(options: PipelineOptions, state: RunState): Promise<string> {
  const { root } = built(state);
  const sbom = await generateSbom({
    generator: 'trivy',
    binary: (await localTrivy(options)).path,
    formats: ['cyclonedx', 'spdx'],
    target: { kind: 'oci-layout', dir: state.layoutDir, digest: root.digest },
    outputDir: join(options.workDir, 'sbom'),
    cacheDir: join(options.workDir, 'scanner-cache', 'trivy'),
    ...(options.platforms.length === 1 ? { platform: options.platforms[0]! } : {}),
    logger: options.logger,
  });
  state.sbomFiles = sbom.files;
  return `${sbom.files.map((f) => f.path).join(', ')} (${sbom.packages} package(s) with a purl)`;
}

export async function pushStep(options: PipelineOptions, state: RunState): Promise<string> {
  const { root, computed } = built(state);
  const host = await registryHost(options, state);
  assertMayPush(state, host);
  const client = await registryClientFor(host, { logger: options.logger });
  const image = await openImage({ kind: 'layout', dir: state.layoutDir, digest: root.digest });
  const tags = options.plan?.tags ?? computed.tags;
  // Evidence whose subject is not this image is refused before anything is pushed or tagged.
  const statements = await readImageStatements(
    await Promise.all((state.evidence ?? []).map(async (path) => ({ path, text: await readFile(path, 'utf8') }))),
    image,
  );
  const report = await pushImage({ source: image.source, root, client, repository: state.repository, tags, logger: options.logger });
  state.image = `${host}/${state.repository}`;
  state.pushedDigest = report.digest;
  const attached = [];
  for (const file of state.sbomFiles ?? []) attached.push((await attachSbom(client, state.repository, root, file)).format);
  const pushed = { mediaType: report.mediaType, digest: report.digest, size: root.size };
  for (const statement of await attachStatements(client, state.repository, pushed, statements)) {
    attached.push(statement.predicateType === 'https://slsa.dev/provenance/v1' ? 'provenance' : 'vulnerability report');
  }
  const sboms = attached.length ? `; attached ${attached.join(', ')}` : '';
  return `${state.image}@${report.digest} tags ${report.tags.join(', ')}; uploaded ${formatBytes(report.blobs.uploaded.bytes)}${sboms}`;
}

/** The image a promotion deploys: the released version, resolved to its digest in the registry. */
async function promotedImage(options: PipelineOptions, state: RunState, version: string): Promise<{ name: string; tag: string; digest: string }> {
  const host = await registryHost(options, state);
  const client = await registryClientFor(host, { logger: options.logger });
  const manifest = await client.getManifest(state.repository, version).catch((error: Error) => {
    throw new ActionError(`version ${version} of ${host}/${state.repository} cannot be read (${error.message})`, 'promote a version that a release pushed');
  });
  return { name: `${host}/${state.repository}`, tag: version, digest: manifest.digest };
}

/** A promotion's pull request goes to the config repo on GitHub (GITHUB_API_URL, GITHUB_TOKEN). */
async function pullRequestTarget(options: PipelineOptions): Promise<NonNullable<BumpOptions['pullRequest']>> {
  const [owner, repo] = (options.prRepository ?? '').split('/');
  const token = process.env['GITHUB_TOKEN'] ?? '';
  if (!owner || !repo || !token)
    throw new ActionError(
      'a promotion opens a pull request in the config repository on GitHub, but --pr-repository or GITHUB_TOKEN is missing',
      'pass --pr-repository owner/name and set GITHUB_TOKEN (and GITHUB_API_URL for GitHub Enterprise)',
    );
  return { client: await githubClient({ token, logger: options.logger }), owner, repo, labels: [], reviewers: [] };
}

export async function bumpStep(options: PipelineOptions, state: RunState): Promise<string> {
  const plan = options.plan;
  const promotion = plan?.kind === 'promote' ? plan.version : null;
  if (!promotion && (!state.image || !state.pushedDigest || !state.computed)) throw new ActionError('nothing was pushed in this run', 'include the push step');
  const image = promotion
    ? await promotedImage(options, state, promotion)
    : { name: state.image!, tag: plan?.immutableTag ?? state.computed!.immutableTag, digest: state.pushedDigest! };
  const config = options.configRepo
    ? { remote: options.configRepo, target: options.configTargets ?? '' }
    : await ensureLocalConfigRepo(join(options.workDir, 'config.git'), state.serviceName, image.name);
  const mode = plan?.bump?.mode ?? 'push';
  const result = await bumpImage({
    remote: config.remote,
    image,
    targets: parseTargets(options.configTargets ?? config.target),
    pin: 'tag+digest',
    environment: plan?.bump?.environment ?? 'local',
    service: state.serviceName,
    // The commit time orders bumps: an older run that finishes later never overwrites a newer image.
    ...(promotion ? {} : { created: plan?.imageCreated ?? new Date(state.computed!.sourceDateEpoch * 1000).toISOString() }),
    author: { name: 'service-pipeline', email: 'service-pipeline@localhost' },
    mode,
    ...(mode === 'pull-request' ? { pullRequest: await pullRequestTarget(options) } : {}),
    maxAttempts: 5,
    logger: options.logger,
  });
  const changed = result.changes.map((c) => `${c.file} ${c.path}: ${c.old} -> ${c.new}`).join('; ');
  return `${result.result} to ${config.remote}${result.prUrl ? ` (${result.prUrl})` : result.commitSha ? ` (${result.commitSha.slice(0, 12)})` : ''}${changed ? `: ${changed}` : result.reason ? `: ${result.reason}` : ''}`;
}

/** Once everything passed: the version tags on the image and the version tag on the commit. */
export async function releaseStep(options: PipelineOptions, state: RunState): Promise<string> {
  const plan = options.plan;
  if (!plan?.versionTag || !state.pushedDigest)
    throw new ActionError('this run has no version to release', 'release from a plan of kind release (--event push --ref refs/heads/<default branch>)');
  const host = await registryHost(options, state);
  const client = await registryClientFor(host, { logger: options.logger });
  const manifest = await client.getManifest(state.repository, state.pushedDigest);
  for (const tag of plan.releaseTags) await client.putManifest(state.repository, tag, manifest.bytes, manifest.mediaType);
  const git = gitRunner(options.serviceDir, { ...process.env, GIT_COMMITTER_NAME: 'service-pipeline', GIT_COMMITTER_EMAIL: 'service-pipeline@localhost' });
  await git(['tag', '-a', plan.versionTag, '-m', `${plan.versionTag}: ${state.image}@${state.pushedDigest}`, plan.revision]);
  return `${plan.versionTag} on ${plan.revision.slice(0, 12)}; image tags ${plan.releaseTags.join(', ')}`;
}

export async function pruneStep(options: PipelineOptions, state: RunState): Promise<string> {
  const host = await registryHost(options, state);
  const inUse = emptyInUse();
  if (state.image && state.pushedDigest) addInUseReference(inUse, `${state.image}@${state.pushedDigest}`, state.image, 'this run');
  const provider = new OciProvider({ client: await registryClientFor(host, { logger: options.logger }), repository: state.repository });
  const cleanup = (options.plan?.cleanupPatterns ?? []).map((pattern) => new RegExp(pattern));
  const result = await prune(provider, {
    graceMs: 0,
    keepUntagged: 0,
    tags: { deleteTags: cleanup, match: 'any', keepTags: [] },
    inUse,
    dryRun: false,
    concurrency: 4,
    logger: options.logger,
  });
  const kept = result.plan.entries.filter((e) => e.action === 'keep').length;
  return `${host}/${state.repository}: ${result.deleted.length} deleted, ${kept} kept (tagged images, what they reach and their referrers)`;
}
