import { type Logger, silentLogger } from '@service-pipeline/action-kit';
import { type Credentials, type Image, isIndex, openImage, parseImageLocation } from '@service-pipeline/oci';
import { type AppendImageConfig, type Artifact, appendBuild, openBaseImage } from './append.js';
import type { DockerfileBuild } from './buildah.js';
import { type BuildxCache, buildDockerfile, type Engine, resolveEngine } from './buildx.js';
import type { Preset } from './presets/dockerfile.js';
import { preparePresetDockerfile } from './presets/prepare.js';
import { type BuildSecret, writeSecretFiles } from './secrets.js';

interface CommonBuild {
  /** e.g. ['linux/amd64']; several give an index in this order. */
  platforms: string[];
  /** OCI labels, also the manifest annotations of an appended image. */
  labels: Record<string, string>;
  /** Commit time: created times and file times, for reproducible digests. */
  sourceDateEpoch: number;
  /** The OCI layout the image is written to (created when missing) and its ref name there. */
  layoutDir: string;
  refName: string;
  logger?: Logger;
}

/** Artifacts appended onto a base image, no daemon, no builder. */
export interface AppendBuildRequest extends CommonBuild {
  mode: 'append';
  /** A registry reference or `oci-layout:<dir>[:<ref>]`. */
  baseImage: string;
  /** For a base on `registry`; any other base is read with Docker's credentials. */
  credentials?: { registry: string; credentials: Credentials };
  artifacts: Artifact[];
  config: AppendImageConfig;
}

/** A Dockerfile (the repository's, or a preset's written into the context) built by buildx or buildah. */
export interface DockerfileBuildRequest
  extends CommonBuild,
    Pick<DockerfileBuild, 'context' | 'dockerfile' | 'buildArgs' | 'storage' | 'isolation' | 'pull' | 'registriesInsecure'> {
  mode: 'dockerfile';
  preset?: Preset;
  engine: Engine;
  target?: string;
  secrets: BuildSecret[];
  cache: BuildxCache;
}

export type BuildRequest = AppendBuildRequest | DockerfileBuildRequest;

export interface BuildResult {
  /** The built image, opened from the layout. */
  image: Image;
  /** `os/arch[/variant]` -> manifest digest. */
  platformDigests: Record<string, string>;
  /** Append mode: the base image's digest; '' otherwise. */
  baseDigest: string;
  engine: 'append' | 'buildah' | 'buildx';
}

function baseCredentials(request: AppendBuildRequest): { credentials?: Credentials } {
  const base = parseImageLocation(request.baseImage);
  const given = request.credentials;
  return base.kind === 'registry' && given && base.reference.registry === given.registry ? { credentials: given.credentials } : {};
}

async function dockerfileBuild(request: DockerfileBuildRequest, log: Logger): Promise<'buildah' | 'buildx'> {
  if (request.preset) {
    const { path, text } = await preparePresetDockerfile(request.preset, request.context);
    await log.group(`Dockerfile of preset ${request.preset} (saved as ${path}; commit it to adopt it)`, async () => log.info(text));
  }
  const engine = await resolveEngine(request.engine);
  const secrets = await writeSecretFiles(request.secrets);
  try {
    await log.group(`Building ${request.dockerfile} with ${engine}`, () =>
      buildDockerfile(
        engine,
        {
          context: request.context,
          dockerfile: request.dockerfile,
          ...(request.target ? { target: request.target } : {}),
          buildArgs: request.buildArgs,
          labels: request.labels,
          platforms: request.platforms,
          sourceDateEpoch: request.sourceDateEpoch,
          secrets: secrets.files,
          layoutDir: request.layoutDir,
          refName: request.refName,
          ...(request.storage ? { storage: request.storage } : {}),
          ...(request.isolation ? { isolation: request.isolation } : {}),
          ...(request.pull ? { pull: request.pull } : {}),
          ...(request.registriesInsecure ? { registriesInsecure: request.registriesInsecure } : {}),
        },
        request.cache,
        log,
      ),
    );
  } finally {
    await secrets.cleanup();
  }
  return engine;
}

/**
 * Builds an image into an OCI layout, in append mode or from a Dockerfile: the one function the
 * build action and the local pipeline call, so both build the same way.
 */
export async function buildImage(request: BuildRequest): Promise<BuildResult> {
  const log = request.logger ?? silentLogger;
  if (request.mode === 'append') {
    const base = await openBaseImage(request.baseImage, { logger: log, ...baseCredentials(request) });
    const result = await log.group(`Appending ${request.artifacts.length} artifact(s) to ${request.baseImage}`, () =>
      appendBuild({
        base,
        platforms: request.platforms,
        artifacts: request.artifacts,
        config: { ...request.config, labels: { ...request.config.labels, ...request.labels } },
        annotations: request.labels,
        sourceDateEpoch: request.sourceDateEpoch,
        layoutDir: request.layoutDir,
        refName: request.refName,
        logger: log,
      }),
    );
    const image = await openImage({ kind: 'layout', dir: request.layoutDir, ref: request.refName, digest: result.root.digest });
    return { image, platformDigests: result.platformDigests, baseDigest: result.baseDigest, engine: 'append' };
  }
  const engine = await dockerfileBuild(request, log);
  const image = await openImage({ kind: 'layout', dir: request.layoutDir, ref: request.refName });
  // One image: keyed by the platform asked for, as the build was told (arm64 and arm64/v8 alike).
  const platformDigests =
    !isIndex(image.manifest) && request.platforms.length === 1 ? { [request.platforms[0]!]: image.root.digest } : await image.platformDigests();
  return { image, platformDigests, baseDigest: '', engine };
}
