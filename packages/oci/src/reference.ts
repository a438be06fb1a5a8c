import { InvalidValueError } from '@service-pipeline/action-kit/errors';
import { isDigest } from './digest.js';

export interface ImageReference {
  /** Registry host as written in references, e.g. `ghcr.io`, `127.0.0.1:5000`, `docker.io`. */
  registry: string;
  /** Repository path within the registry, e.g. `acme/shop`, `library/alpine`. */
  repository: string;
  tag?: string;
  digest?: string;
}

export interface ParsedReference extends ImageReference {
  /** Human-readable notes about normalisation applied (for a warning or notice). */
  notes: string[];
}

/** A string that is not an image reference; `asInput` turns it into an error naming the input. */
export class InvalidReferenceError extends InvalidValueError {
  constructor(input: string, reason: string, hint: string) {
    super(`"${input}"`, `is not a valid image reference: ${reason}`, hint);
  }
}

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io', 'docker.io']);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MAX_NAME_LENGTH = 255;

export interface ParseOptions {
  /** ghcr.io rejects uppercase owners; GitHub owners often have them. Default: lowercase with a note. */
  lowercaseGhcr?: boolean;
  /** Whether a reference must carry a tag or digest. */
  requireTagOrDigest?: boolean;
}

function looksLikeDomain(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}

/**
 * Parses a reference the way the Docker/distribution tooling does (default registry
 * docker.io, `library/` for official images), validating every part against the
 * distribution grammar so a bad tag fails here, not halfway through a push.
 */
export function parseReference(input: string, options: ParseOptions = {}): ParsedReference {
  const text = input.trim();
  const notes: string[] = [];
  if (text === '') throw new InvalidReferenceError(input, 'it is empty', 'write it as registry/owner/name:tag');
  if (/\s/.test(text)) throw new InvalidReferenceError(input, 'it contains whitespace', 'remove the spaces');
  if (/^[a-z]+:\/\//i.test(text)) {
    throw new InvalidReferenceError(input, 'it starts with a URL scheme', `drop the scheme: ${text.replace(/^[a-z]+:\/\//i, '')}`);
  }

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) {
      throw new InvalidReferenceError(input, `"${digest}" is not a digest`, 'digests look like sha256: followed by 64 lowercase hex characters');
    }
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) {
      throw new InvalidReferenceError(
        input,
        `tag "${tag}" is invalid`,
        'tags are at most 128 characters of letters, digits, "_", "." and "-", and cannot start with "." or "-"',
      );
    }
  }

  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && looksLikeDomain(parts[0]!)) {
    registry = parts.shift()!;
    if (!DOMAIN.test(registry)) {
      throw new InvalidReferenceError(input, `registry "${registry}" is not a valid host[:port]`, 'use a host name like ghcr.io or 127.0.0.1:5000');
    }
  }
  if (DOCKER_HUB_ALIASES.has(registry)) registry = DOCKER_HUB;
  registry = registry.toLowerCase();

  let repository = parts.join('/');
  if (repository === '') throw new InvalidReferenceError(input, 'the repository name is empty', 'write it as registry/owner/name:tag');
  if (registry === 'ghcr.io' && repository !== repository.toLowerCase()) {
    if (options.lowercaseGhcr === false) {
      throw new InvalidReferenceError(input, 'ghcr.io repository names must be lowercase', `use ${registry}/${repository.toLowerCase()}`);
    }
    notes.push(`ghcr.io requires lowercase names: using ${registry}/${repository.toLowerCase()} for ${registry}/${repository}`);
    repository = repository.toLowerCase();
  }
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      const lower = component.toLowerCase();
      throw new InvalidReferenceError(
        input,
        `repository path component "${component}" is invalid`,
        lower !== component && PATH_COMPONENT.test(lower)
          ? `repository names must be lowercase: use "${lower}"`
          : 'components are lowercase letters and digits separated by ".", "_", "__" or "-"',
      );
    }
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (`${registry}/${repository}`.length > MAX_NAME_LENGTH) {
    throw new InvalidReferenceError(input, `the name is longer than ${MAX_NAME_LENGTH} characters`, 'shorten the repository path');
  }
  if (options.requireTagOrDigest && tag === undefined && digest === undefined) {
    throw new InvalidReferenceError(input, 'it has neither a tag nor a digest', `add one, e.g. ${registry}/${repository}:v1`);
  }
  const result: ParsedReference = { registry, repository, notes };
  if (tag !== undefined) result.tag = tag;
  if (digest !== undefined) result.digest = digest;
  return result;
}

/** Whether a reference names its registry (`ghcr.io/a/b`, `localhost:5000/a`) rather than relying on docker.io. */
export function hasExplicitRegistry(text: string): boolean {
  const slash = text.indexOf('/');
  return slash > 0 && looksLikeDomain(text.slice(0, slash));
}

/** `registry/repository` without tag or digest. */
export function repositoryOf(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}

export function formatReference(ref: ImageReference): string {
  return `${repositoryOf(ref)}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** The host to talk HTTP to: Docker Hub's API does not live at docker.io. */
export function registryEndpoint(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/**
 * Loopback registries speak plain HTTP (as Docker treats them as insecure by default);
 * everything else is HTTPS. Only the test and local pipeline registries live on loopback.
 */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
