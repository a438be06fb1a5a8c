import type { Logger } from '@service-pipeline/action-kit';
import type { Credentials } from './credentials.js';
import { RegistryError } from './errors.js';

export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** Parses `Bearer realm="...",service="...",scope="..."` (quoted or token values). */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = match[1]!.toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  const pattern = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (const m of match[2]!.matchAll(pattern)) params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  return { scheme, params };
}

export function repositoryScope(repository: string, actions: string): string {
  return `repository:${repository}:${actions}`;
}

/** Merges scopes so one token can cover e.g. pull,push on the target and pull on a mount source. */
export function mergeScopes(scopes: string[]): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const scope of scopes) {
    const last = scope.lastIndexOf(':');
    if (last <= 0) continue;
    const resource = scope.slice(0, last);
    const set = byResource.get(resource) ?? new Set<string>();
    for (const action of scope.slice(last + 1).split(',')) if (action) set.add(action);
    byResource.set(resource, set);
  }
  return [...byResource.entries()].map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`).sort();
}

function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** What a token exchange sends: GET with Basic credentials, or POST of a form with a refresh token. */
export interface TokenRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

/**
 * Answers the registry's WWW-Authenticate challenge: Basic credentials, or a Bearer token
 * exchanged at the realm for exactly the scopes a request needs (ghcr.io, Docker Hub and
 * distribution's token auth all work this way). Tokens are cached per scope set.
 */
export class RegistryAuth {
  private challenge: Challenge | undefined;
  private readonly tokens = new Map<string, CachedToken>();

  constructor(
    private readonly registry: string,
    private readonly credentials: Credentials | undefined,
    private readonly send: (url: string, init: TokenRequest) => Promise<Response>,
    private readonly log: Logger,
  ) {}

  get scheme(): Challenge['scheme'] | 'none' {
    return this.challenge?.scheme ?? 'none';
  }

  learn(header: string | null): boolean {
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    this.challenge = challenge;
    return true;
  }

  /** Called after a 401: returns the scopes to retry with, or undefined when retrying is pointless. */
  retryScopes(header: string | null, scopes: string[]): string[] | undefined {
    const before = this.challenge?.scheme;
    if (!this.learn(header)) return undefined;
    if (this.challenge!.scheme === 'basic') return before === 'basic' ? undefined : scopes;
    const merged = mergeScopes([...scopes, ...(this.challenge!.params.scope ?? '').split(' ').filter(Boolean)]);
    this.tokens.delete(merged.join(' '));
    return merged;
  }

  async authorization(scopes: string[]): Promise<string | undefined> {
    const challenge = this.challenge;
    if (!challenge) return undefined;
    if (challenge.scheme === 'basic') {
      const { username, password } = this.credentials ?? {};
      if (username === undefined || password === undefined) {
        throw new RegistryError(
          { registry: this.registry, operation: 'authenticate', status: 401, detail: 'it asks for Basic credentials and none were given' },
          `pass username and password, or log in so ~/.docker/config.json has credentials for ${this.registry}`,
        );
      }
      return basicAuthorization(username, password);
    }
    const key = mergeScopes(scopes).join(' ');
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.value}`;
    const token = await this.fetchToken(challenge, mergeScopes(scopes));
    this.tokens.set(key, token);
    return `Bearer ${token.value}`;
  }

  private async fetchToken(challenge: Challenge, scopes: string[]): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm) {
      throw new RegistryError({ registry: this.registry, operation: 'authenticate', status: 401, detail: 'its Bearer challenge has no realm' });
    }
    const url = new URL(realm);
    const { username, password, identityToken } = this.credentials ?? {};
    let init: TokenRequest;
    if (identityToken) {
      const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: identityToken, client_id: 'service-pipeline' });
      if (challenge.params.service) form.set('service', challenge.params.service);
      if (scopes.length) form.set('scope', scopes.join(' '));
      init = { method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    } else {
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      const headers: Record<string, string> = {};
      if (username !== undefined && password !== undefined) {
        headers.authorization = basicAuthorization(username, password);
        url.searchParams.set('account', username);
      }
      init = { method: 'GET', headers };
    }
    const anonymous = !identityToken && username === undefined;
    this.log.debug(`token exchange at ${url.origin}${url.pathname} for ${scopes.join(' ') || '(no scope)'}${anonymous ? ' (anonymous)' : ''}`);
    const response = await this.send(url.toString(), init);
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryError(
        {
          registry: this.registry,
          operation: 'exchange credentials for a token',
          status: response.status,
          detail: `token service ${url.origin}${url.pathname} refused`,
        },
        response.status === 401 || response.status === 403
          ? `the token service rejected the ${anonymous ? 'anonymous request (credentials are required)' : 'credentials'}; check the username and password/token for ${this.registry}`
          : undefined,
      );
    }
    const body = (await response.json()) as { token?: string; access_token?: string; expires_in?: number };
    const value = body.token ?? body.access_token;
    if (!value) {
      throw new RegistryError({
        registry: this.registry,
        operation: 'exchange credentials for a token',
        status: response.status,
        detail: 'the token service answered without a token',
      });
    }
    // Renew a little early so a token never expires between the check and the request.
    const lifetime = Math.max(30, body.expires_in ?? 60) * 1000;
    return { value, expiresAt: Date.now() + lifetime - 10_000 };
  }
}
