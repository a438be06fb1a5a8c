import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { asInput, InputError, Inputs } from '@service-pipeline/action-kit';
import { type Credentials, InvalidReferenceError, type ParsedReference, parseReference } from '@service-pipeline/oci';
import type { TagFilter } from '@service-pipeline/prune';

export type Target =
  | { provider: 'ghcr'; image: string; token: string; apiUrl?: string; registry?: string }
  | { provider: 'oci'; reference: ParsedReference; credentials?: Credentials }
  | { provider: 'oci-layout'; dir: string };

export interface PruneInputs {
  target: Target;
  graceMs: number;
  keepUntagged: number;
  tags: TagFilter;
  /** References to keep, and paths whose `image:` values are collected. */
  inUseRefs: string[];
  inUsePaths: string[];
  maxDeletions?: number;
  dryRun: boolean;
  deleteOrphanedReferrers: boolean;
  concurrency: number;
}

function regexes(inputs: Inputs, name: string): RegExp[] {
  // Commas are regex syntax ({1,3}), so only lines separate expressions.
  return inputs.list(name, { commas: false }).map((source) => {
    try {
      return new RegExp(source);
    } catch (error) {
      throw new InputError(
        name,
        `has an invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}`,
        'fix the expression (JavaScript syntax), e.g. ^pr-\\d+$',
      );
    }
  });
}

// The token has a default (the job's GITHUB_TOKEN), so it is not among them.
const PROVIDER_INPUTS: [string, Target['provider'][]][] = [
  ['image', ['ghcr', 'oci']],
  ['username', ['oci']],
  ['api-url', ['ghcr']],
  ['registry', ['ghcr']],
  ['oci-layout', ['oci-layout']],
];

function repositoryReference(value: string): ParsedReference {
  const ref = asInput('image', () => parseReference(value));
  if (ref.tag !== undefined || ref.digest !== undefined)
    throw new InputError('image', `"${value}" names a tag or digest`, `name the repository only: ${ref.registry}/${ref.repository}`);
  return ref;
}

function isPathEntry(entry: string, workspace: string): boolean {
  if (/^(\/|\.\.?\/|\.$)/.test(entry)) return true;
  try {
    return statSync(resolve(workspace, entry), { throwIfNoEntry: false }) !== undefined;
  } catch {
    // ENAMETOOLONG and the like: not an existing path, so it is read as a reference.
    return false;
  }
}

/** Reads and validates every input before any network or disk work. */
export function readInputs(inputs = new Inputs(), workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): PruneInputs {
  const token = inputs.secret('token', { user: 'username' });
  const provider = inputs.enumValue('provider', ['ghcr', 'oci', 'oci-layout'] as const, 'ghcr');
  // An input the provider does not use is refused, not silently ignored.
  for (const [name, users] of PROVIDER_INPUTS) {
    if (!users.includes(provider) && inputs.has(name))
      throw new InputError(name, `is set but provider is ${provider}`, `remove ${name}: only provider ${users.join(' or ')} uses it`);
  }
  let target: Target;
  if (provider === 'oci-layout') {
    // Pruning a layout deletes blobs in it: a write.
    target = { provider, dir: inputs.path('oci-layout', { required: true, mustExist: 'directory', access: 'write' }) };
  } else {
    const image = inputs.string('image', {
      required: true,
      hint: provider === 'ghcr' ? 'set it to ghcr.io/OWNER/NAME' : 'set it to registry/repository, e.g. registry.example.com/acme/shop',
    });
    if (provider === 'ghcr') {
      const registry = inputs.string('registry');
      const apiUrl = inputs.string('api-url');
      target = { provider, image, token, ...(apiUrl ? { apiUrl } : {}), ...(registry ? { registry } : {}) };
    } else {
      const username = inputs.string('username');
      if (username !== '' && token === '') throw new InputError('token', 'is empty while username is set', 'pass the password or token for that user');
      target = { provider, reference: repositoryReference(image), ...(username && token ? { credentials: { username, password: token } } : {}) };
    }
  }

  const inUse = inputs.list('in-use');
  const inUsePaths: string[] = [];
  const inUseRefs: string[] = [];
  for (const entry of inUse) {
    if (isPathEntry(entry, workspace)) {
      const path = inputs.confine('in-use', entry, 'read');
      if (!statSync(path, { throwIfNoEntry: false }))
        throw new InputError('in-use', `path ${path} does not exist`, 'check out the config repository in an earlier step, or fix the path');
      inUsePaths.push(path);
      continue;
    }
    let ref: ParsedReference;
    try {
      ref = parseReference(entry);
    } catch (error) {
      if (error instanceof InvalidReferenceError) throw new InputError('in-use', `entry ${error.what}`, `${error.fix}; paths must start with / or ./`);
      throw error;
    }
    if (ref.tag === undefined && ref.digest === undefined)
      throw new InputError(
        'in-use',
        `entry "${entry}" has neither a tag nor a digest`,
        'name the image in use, preferably by digest (registry/repository@sha256:...)',
      );
    inUseRefs.push(entry);
  }

  const maxDeletions = inputs.has('max-deletions') ? inputs.integer('max-deletions', { min: 0 }) : undefined;
  return {
    target,
    graceMs: inputs.duration('grace', '24h'),
    keepUntagged: inputs.integer('keep-untagged', { default: 0, min: 0 }),
    tags: {
      deleteTags: regexes(inputs, 'delete-tags'),
      match: inputs.enumValue('delete-tags-match', ['any', 'all'] as const, 'any'),
      keepTags: regexes(inputs, 'keep-tags'),
    },
    inUseRefs,
    inUsePaths,
    ...(maxDeletions !== undefined ? { maxDeletions } : {}),
    dryRun: inputs.boolean('dry-run', false),
    deleteOrphanedReferrers: inputs.boolean('delete-orphaned-referrers', false),
    concurrency: inputs.integer('concurrency', { default: 4, min: 1, max: 16 }),
  };
}
