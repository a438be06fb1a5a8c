import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { asInput, defaultLayoutDir, InputError, Inputs, setSecret } from '@service-pipeline/action-kit';
import {
  type Artifact,
  type BuildSecret,
  type BuildxCache,
  checkCacheSpec,
  checkPreset,
  type Engine,
  PRESET_DOCKERFILE_NAME,
  type Preset,
  parseArtifacts,
  parseKeyValueLines,
  parseLabelLines,
  parseSecretLines,
  parseTagRules,
  type TagRule,
} from '@service-pipeline/build';
import { type Credentials, describeLocation, isPlatform, parseImageLocation, parseReference } from '@service-pipeline/oci';
import { readImageConfig } from './image-config-inputs.js';

export interface BuildInputs {
  notes: string[];
  registry: string;
  repository: string;
  context: string;
  mode: 'dockerfile' | 'append';
  /** Dockerfile mode: the file, or where the preset's Dockerfile is written. */
  dockerfile: string;
  preset?: Preset;
  engine: Engine;
  secrets: BuildSecret[];
  cache: BuildxCache;
  target: string;
  buildArgs: Record<string, string>;
  artifacts: Artifact[];
  baseImage: string;
  platforms: string[];
  entrypoint?: string[];
  cmd?: string[];
  env: Record<string, string>;
  workdir: string;
  user: string;
  ports: string[];
  tagRules: TagRule[];
  latest: 'auto' | 'true' | 'false';
  labels: Record<string, string>;
  layoutDir: string;
  distrolessCheck: 'error' | 'warn' | 'off';
  push: boolean;
  credentials?: Credentials;
}

/** A registry reference, or `oci-layout:<dir>[:<ref>]` with the directory confined and made absolute. */
function readBaseImage(inputs: Inputs, mode: 'dockerfile' | 'append'): string {
  const value = inputs.string('base-image', { required: mode === 'append' });
  if (mode !== 'append') return value;
  const location = asInput('base-image', () => parseImageLocation(value));
  return location.kind === 'registry' ? value : describeLocation({ ...location, dir: inputs.confine('base-image', location.dir, 'read') });
}

/** Every input, validated before anything is built. */
export function readInputs(inputs = new Inputs()): BuildInputs {
  // Each line, and the value after each id=, masked before any line is parsed.
  const { password, secrets: secretText } = inputs.secrets({
    password: { user: 'username' },
    secrets: { multiline: true, derived: (text) => text.split(/\r?\n/).map((line) => line.slice(line.indexOf('=') + 1)) },
  });
  const imageText = inputs.string('image', { required: true });
  const image = asInput('image', () => parseReference(imageText));
  if (image.tag || image.digest)
    throw new InputError(
      'image',
      `"${imageText}" has a tag or digest`,
      'give the repository only (e.g. ghcr.io/acme/shop); tags come from the tags input and the git event',
    );

  const presetText = inputs.string('preset');
  const preset = presetText === '' ? undefined : asInput('preset', () => checkPreset(presetText));
  // A preset writes its Dockerfile into the context.
  const context = inputs.path('context', { default: '.', mustExist: 'directory', access: preset ? 'write' : 'read' });
  const artifactLines = inputs.list('artifacts', { commas: false });
  const modeInput = inputs.enumValue('mode', ['auto', 'dockerfile', 'append'] as const, 'auto');
  const mode = modeInput === 'auto' ? (artifactLines.length > 0 ? 'append' : 'dockerfile') : modeInput;
  if (mode === 'append' && artifactLines.length === 0)
    throw new InputError('artifacts', 'is empty but mode is append', 'list the files to add, e.g. dist/server=/app/server');
  if (mode === 'dockerfile' && artifactLines.length > 0)
    throw new InputError('artifacts', 'is set but mode is dockerfile', 'remove artifacts, or set mode: append');
  if (preset && inputs.has('dockerfile'))
    throw new InputError(
      'preset',
      `"${preset}" is set together with dockerfile`,
      'use one: preset writes a Dockerfile for repositories without one; remove preset to build your own Dockerfile',
    );
  if (preset && mode === 'append')
    throw new InputError('preset', `"${preset}" is set but the mode is append`, 'remove artifacts (a preset builds from source), or remove preset');
  for (const name of ['dockerfile', 'target', 'build-args', 'cache-from', 'cache-to']) {
    if (mode === 'append' && inputs.has(name))
      throw new InputError(
        name,
        'is set but the mode is append',
        `remove ${name} (append mode adds artifacts to base-image), or remove artifacts to build the Dockerfile`,
      );
  }

  const dockerfile = preset ? join(context, PRESET_DOCKERFILE_NAME) : inputs.path('dockerfile', { default: join(context, 'Dockerfile') });
  if (mode === 'dockerfile' && !preset && !existsSync(dockerfile)) {
    throw new InputError(
      'dockerfile',
      `${dockerfile} does not exist`,
      'point dockerfile at your Dockerfile, use preset: go|node|python|java, or use mode: append with artifacts',
    );
  }
  const platforms = inputs.list('platforms', { required: true });
  for (const platform of platforms) {
    if (!isPlatform(platform))
      throw new InputError('platforms', `has an invalid platform "${platform}"`, 'write os/arch[/variant], e.g. linux/amd64 or linux/arm/v7');
  }
  const baseImage = readBaseImage(inputs, mode);
  const imageConfig = readImageConfig(inputs, mode);
  const secretLines = secretText.split(/\r?\n/).filter((line) => line.trim() !== '');
  const secrets = asInput('secrets', () => parseSecretLines(secretLines)).map((secret) =>
    'file' in secret ? { id: secret.id, file: inputs.confine('secrets', secret.file, 'read') } : secret,
  );
  // A value from env: was never an input, so it is masked here.
  for (const secret of secrets) if ('value' in secret) setSecret(secret.value);
  if (mode === 'append' && secrets.length > 0)
    throw new InputError(
      'secrets',
      'is set but the mode is append',
      'secrets are for RUN --mount=type=secret in Dockerfile builds; remove them, or build from a Dockerfile',
    );
  const cache: BuildxCache = {
    from: asInput('cache-from', () => inputs.list('cache-from', { commas: false }).map((spec) => checkCacheSpec('cache-from', spec))),
    to: asInput('cache-to', () => inputs.list('cache-to', { commas: false }).map((spec) => checkCacheSpec('cache-to', spec))),
  };
  const username = inputs.string('username');
  if ((username === '') !== (password === ''))
    throw new InputError(
      username === '' ? 'username' : 'password',
      'is empty while the other credential is set',
      'set both username and password, or neither (then ~/.docker/config.json is used)',
    );
  return {
    notes: image.notes,
    registry: image.registry,
    repository: image.repository,
    context,
    mode,
    dockerfile,
    ...(preset ? { preset } : {}),
    engine: inputs.enumValue('engine', ['auto', 'buildx', 'buildah'] as const, 'auto'),
    secrets,
    cache,
    target: inputs.string('target'),
    buildArgs: asInput('build-args', () => parseKeyValueLines('build-args', inputs.list('build-args', { commas: false }))),
    artifacts: asInput('artifacts', () => parseArtifacts(artifactLines, context)).map((a) => ({ ...a, source: inputs.confine('artifacts', a.source, 'read') })),
    baseImage,
    platforms,
    ...imageConfig,
    tagRules: asInput('tags', () => parseTagRules(inputs.list('tags', { commas: false }))),
    latest: inputs.enumValue('latest', ['auto', 'true', 'false'] as const, 'auto'),
    labels: asInput('labels', () => parseLabelLines(inputs.list('labels', { commas: false }))),
    layoutDir: inputs.path('oci-layout', { default: defaultLayoutDir(), access: 'write' }),
    distrolessCheck: inputs.enumValue('distroless-check', ['error', 'warn', 'off'] as const, 'error'),
    push: inputs.boolean('push', false),
    ...(username !== '' ? { credentials: { username, password } } : {}),
  };
}
