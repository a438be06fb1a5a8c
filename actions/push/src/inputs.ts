import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ActionError, asInput, defaultLayoutDir, InputError, Inputs } from '@service-pipeline/action-kit';
import { type Credentials, hasExplicitRegistry, type ParsedReference, parseReference, parseStatement, repositoryOf } from '@service-pipeline/oci';

export interface PushInputs {
  source: { kind: 'layout'; dir: string; ref?: string } | { kind: 'registry'; reference: ParsedReference; credentials?: Credentials };
  /** The build's digest: the source must hold exactly this image. */
  digest?: string;
  registry: string;
  repository: string;
  tags: string[];
  credentials?: Credentials;
  mountFrom: string[];
  concurrency: number;
  chunkSize: number;
  sourceLabelCheck: 'warn' | 'error' | 'off';
  /** in-toto statements to attach (read and format-checked here; their subject is checked against the image before pushing). */
  attestations: { path: string; text: string }[];
  notes: string[];
}

function credentials(username: string, password: string): Credentials | undefined {
  return username !== '' && password !== '' ? { username, password } : undefined;
}

/**
 * The statement files of `attestations`, each an in-toto statement (its subject is checked once
 * the image is known). A directory entry stands for every `*.intoto.json` below it: what a push
 * job downloads from several platform jobs, whose file names it cannot know.
 */
function readAttestations(inputs: Inputs): { path: string; text: string }[] {
  const files = inputs.list('attestations').flatMap((entry) => {
    const path = inputs.confine('attestations', entry, 'read');
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
    return (readdirSync(path, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((name) => name.endsWith('.intoto.json'))
      .sort()
      .map((name) => inputs.confine('attestations', join(path, name), 'read'));
  });
  return files.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InputError(
        'attestations',
        `names ${path}, which cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        'pass the provenance output of the build action and the attestation output of the scan action',
      );
    }
    try {
      parseStatement(text, path);
    } catch (error) {
      throw new InputError('attestations', (error as ActionError).what, (error as ActionError).fix);
    }
    return { path, text };
  });
}

/** Reads and validates every input before any network or disk work. */
export function readInputs(inputs = new Inputs()): PushInputs {
  const { password, 'source-password': sourcePassword } = inputs.secrets({ password: { user: 'username' }, 'source-password': { user: 'source-username' } });
  const notes: string[] = [];

  const tags = inputs.list('tags', { required: true }).map((value) => {
    const ref = asInput('tags', () => parseReference(value));
    if (ref.digest) throw new InputError('tags', `entry "${value}" carries a digest`, 'list tags only (registry/owner/name:tag); the digest is an output');
    if (ref.tag === undefined) throw new InputError('tags', `entry "${value}" has no tag`, `add one, e.g. ${value}:latest`);
    notes.push(...ref.notes);
    return ref;
  });
  const first = tags[0]!;
  const repositories = [...new Set(tags.map(repositoryOf))];
  if (repositories.length > 1) {
    throw new InputError(
      'tags',
      `names ${repositories.length} repositories (${repositories.join(', ')})`,
      'push to one repository per step; add another push step for the other repository',
    );
  }

  let source: PushInputs['source'];
  if (inputs.has('source-image')) {
    if (inputs.has('oci-layout') || inputs.has('layout-ref')) {
      throw new InputError(
        'source-image',
        'is set together with oci-layout/layout-ref',
        'set either oci-layout (push a local build) or source-image (copy from a registry), not both',
      );
    }
    const ref = asInput('source-image', () => parseReference(inputs.string('source-image')));
    if (ref.tag === undefined && ref.digest === undefined)
      throw new InputError('source-image', 'has neither a tag nor a digest', 'name the image to copy, preferably by digest');
    const sourceCredentials =
      credentials(inputs.string('source-username'), sourcePassword) ??
      (ref.registry === first.registry ? credentials(inputs.string('username'), password) : undefined);
    source = { kind: 'registry', reference: ref, ...(sourceCredentials ? { credentials: sourceCredentials } : {}) };
  } else {
    for (const name of ['source-username', 'source-password']) {
      if (inputs.has(name)) throw new InputError(name, 'is set but source-image is not', `remove ${name}: it is for copying from source-image`);
    }
    const dir = inputs.path('oci-layout', { default: defaultLayoutDir(), mustExist: 'directory' });
    const ref = inputs.string('layout-ref');
    source = { kind: 'layout', dir, ...(ref ? { ref } : {}) };
  }

  const mountFrom = inputs.list('mount-from').map((value) => {
    const ref = asInput('mount-from', () => parseReference(hasExplicitRegistry(value) ? value : `${first.registry}/${value}`));
    if (ref.registry !== first.registry)
      throw new InputError('mount-from', `"${value}" is on ${ref.registry}, not ${first.registry}`, 'list repositories of the target registry only');
    return ref.repository;
  });

  const digest = inputs.string('digest', {
    pattern: /^sha256:[a-f0-9]{64}$/,
    hint: "pass the build step's digest output (sha256: and 64 lowercase hex digits)",
  });
  const result: PushInputs = {
    source,
    ...(digest ? { digest } : {}),
    registry: first.registry,
    repository: first.repository,
    tags: tags.map((t) => t.tag!),
    mountFrom,
    concurrency: inputs.integer('concurrency', { default: 4, min: 1, max: 16 }),
    chunkSize: inputs.byteSize('chunk-size', '0'),
    sourceLabelCheck: inputs.enumValue('source-label-check', ['warn', 'error', 'off'] as const, 'warn'),
    attestations: readAttestations(inputs),
    notes: [...new Set(notes)],
  };
  if (result.chunkSize > 0 && result.chunkSize < 1024 * 1024) {
    throw new InputError(
      'chunk-size',
      `is ${result.chunkSize} bytes`,
      'use 0 (one request per blob) or at least 1MiB; registries backed by object storage reject smaller chunks',
    );
  }
  const target = credentials(inputs.string('username'), password);
  if (target) result.credentials = target;
  return result;
}
