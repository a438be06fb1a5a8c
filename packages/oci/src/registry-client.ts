import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { type Logger, silentLogger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  describeNetworkError,
  isNetworkError,
  isRetryableStatus,
  isUnreachableError,
  parseRetryAfter,
  type RetryPolicy,
  sleep,
  unreachableDelay,
} from '@service-pipeline/action-kit/retry';
import { RegistryAuth, repositoryScope } from './auth.js';
import { type Credentials, credentialsFromDockerConfig } from './credentials.js';
import { DigestMismatchError, digestOf, encodedOf, isDigest, VerifyingStream } from './digest.js';
import { RegistryError, type RegistryErrorDetails, readRegistryErrorBody } from './errors.js';
import { type Descriptor, type ImageIndex, type Manifest, parseManifest } from './manifest.js';
import { MANIFEST_MEDIA_TYPES, MediaType } from './media-types.js';
import { isLoopbackRegistry, registryEndpoint } from './reference.js';

export interface RegistryClientOptions {
  credentials?: Credentials;
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  userAgent?: string;
  /** Defaults to http for loopback registries and https otherwise. */
  protocol?: 'http' | 'https';
  /** Timeout for requests whose bodies are small (everything but blob transfers). */
  requestTimeoutMs?: number;
}

export interface FetchedManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  manifest: Manifest;
}

export interface ManifestHead {
  digest: string;
  mediaType: string;
  size: number;
}

/** Produces the body of an upload afresh for every attempt, so a retry never resends a drained stream. */
export type BlobOpener = () => Promise<Readable>;

export interface UploadOptions {
  /** 0 uploads in one PUT; otherwise PATCH chunks of this many bytes (memory use is one chunk). */
  chunkSize?: number;
  /** Repositories on the same registry to try a cross-repository mount from first. */
  mountFrom?: string[];
}

export type UploadOutcome = 'uploaded' | 'mounted';

export interface ReferrersResult {
  manifests: Descriptor[];
  via: 'referrers-api' | 'tag-schema';
}

interface PreparedRequest {
  headers?: Record<string, string>;
  body?: { body: BodyInit; length: number };
}

interface RequestSpec {
  method: string;
  /** Path under the registry root (e.g. `/v2/x/manifests/y`) or an absolute URL; a function when a retry may move it. */
  url: string | (() => string);
  scopes: string[];
  operation: string;
  repository?: string;
  headers?: Record<string, string>;
  /** Builds the body (and headers that depend on it) afresh for each attempt, so a retry never resends a drained stream. */
  prepare?: () => Promise<PreparedRequest>;
  /** Statuses handed back to the caller; 'any' returns every answer that is not retried. */
  accept: number[] | 'any';
  /** Blob transfers run as long as they need; everything else times out. */
  long?: boolean;
  /** The ping and token exchanges: no ping first, no Authorization header. */
  anonymous?: boolean;
  /**
   * Runs before a retry of a request the registry may have half-applied (an upload): it may
   * move the request (new location, offset) or settle it with an answer that makes it moot.
   */
  recover?: () => Promise<Response | undefined>;
}

const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

function pull(repository: string): string {
  return repositoryScope(repository, 'pull');
}

function push(repository: string): string {
  return repositoryScope(repository, 'pull,push');
}

/** The media type of a response, without parameters such as charset. */
function contentType(response: Response): string {
  return (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
}

function appendQuery(url: string, key: string, value: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}

/**
 * A client for the OCI distribution API. Every request goes through one place that handles
 * the auth challenge, retries with backoff (honouring Retry-After) and turns failures into
 * RegistryErrors that name the registry, repository and operation.
 */
export class RegistryClient {
  readonly registry: string;
  readonly baseUrl: string;
  private readonly auth: RegistryAuth;
  private readonly log: Logger;
  private readonly policy: RetryPolicy;
  private readonly userAgent: string;
  private readonly timeoutMs: number;
  private pinged: Promise<void> | undefined;

  constructor(registry: string, options: RegistryClientOptions = {}) {
    this.registry = registry;
    const protocol = options.protocol ?? (isLoopbackRegistry(registry) ? 'http' : 'https');
    this.baseUrl = `${protocol}://${registryEndpoint(registry)}`;
    this.log = options.logger ?? silentLogger;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.userAgent = options.userAgent ?? 'service-pipeline';
    this.timeoutMs = options.requestTimeoutMs ?? 120_000;
    this.auth = new RegistryAuth(
      registry,
      options.credentials,
      (url, init) =>
        this.request({
          method: init.method,
          url,
          headers: init.headers,
          ...(init.body !== undefined ? { prepare: async () => ({ body: { body: init.body!, length: Buffer.byteLength(init.body!) } }) } : {}),
          scopes: [],
          operation: 'exchange credentials for a token',
          accept: 'any',
          anonymous: true,
        }),
      this.log,
    );
  }

  /** GET /v2/: learns how the registry wants to be authenticated. Done once, lazily. */
  ping(): Promise<void> {
    this.pinged ??= (async () => {
      const response = await this.request({
        method: 'GET',
        url: '/v2/',
        scopes: [],
        operation: 'answer the API version check',
        accept: 'any',
        anonymous: true,
      });
      await response.body?.cancel();
      if (response.status === 401) {
        if (!this.auth.learn(response.headers.get('www-authenticate'))) {
          throw new RegistryError({
            registry: this.registry,
            operation: 'authenticate',
            status: 401,
            detail: 'without a WWW-Authenticate challenge this client understands',
          });
        }
      } else if (response.status === 404) {
        throw new RegistryError(
          { registry: this.registry, operation: 'answer /v2/', status: 404 },
          `${this.registry} does not serve the OCI distribution API; check the host name`,
        );
      } else if (!response.ok) {
        throw new RegistryError({ registry: this.registry, operation: 'answer /v2/', status: response.status });
      }
    })();
    this.pinged.catch(() => {
      this.pinged = undefined;
    });
    return this.pinged;
  }

  get authScheme(): string {
    return this.auth.scheme;
  }

  // ---- manifests -------------------------------------------------------------------------

  async getManifest(repository: string, reference: string, accept = MANIFEST_ACCEPT): Promise<FetchedManifest> {
    const response = await this.request({
      method: 'GET',
      url: `/v2/${repository}/manifests/${reference}`,
      headers: { accept },
      scopes: [pull(repository)],
      operation: `read manifest ${reference}`,
      repository,
      accept: [200],
    });
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_MANIFEST_BYTES) {
      await response.body?.cancel();
      throw new RegistryError({
        registry: this.registry,
        repository,
        operation: `read manifest ${reference}`,
        status: 200,
        detail: `the manifest is ${declared} bytes (limit ${MAX_MANIFEST_BYTES})`,
      });
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = digestOf(bytes, isDigest(reference) && reference.startsWith('sha512:') ? 'sha512' : 'sha256');
    if (isDigest(reference) && digest !== reference) {
      throw new RegistryError(
        { registry: this.registry, repository, operation: `read manifest ${reference}`, status: 200, detail: `the bytes served hash to ${digest}` },
        'the registry served content that does not match the digest; do not trust this registry',
      );
    }
    const headerType = contentType(response);
    const manifest = parseManifest(bytes, headerType, `manifest ${repository}@${digest}`);
    return { digest, mediaType: manifest.mediaType ?? headerType, bytes, manifest };
  }

  /** Returns undefined when the tag or digest does not exist. */
  async headManifest(repository: string, reference: string): Promise<ManifestHead | undefined> {
    const response = await this.request({
      method: 'HEAD',
      url: `/v2/${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [pull(repository)],
      operation: `check manifest ${reference}`,
      repository,
      accept: [200, 404],
    });
    if (response.status === 404) return undefined;
    const digest = response.headers.get('docker-content-digest');
    if (!digest || !isDigest(digest)) {
      // Some registries omit the digest on HEAD; fall back to reading the manifest.
      const fetched = await this.getManifest(repository, reference);
      return { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
    }
    return {
      digest,
      mediaType: contentType(response),
      size: Number(response.headers.get('content-length') ?? '0'),
    };
  }

  /** PUT a manifest under a tag or its digest; returns the digest the registry computed. */
  async putManifest(repository: string, reference: string, bytes: Buffer, mediaType: string): Promise<string> {
    const expected = digestOf(bytes);
    const response = await this.request({
      method: 'PUT',
      url: `/v2/${repository}/manifests/${reference}`,
      headers: { 'content-type': mediaType },
      prepare: async () => ({ body: { body: new Uint8Array(bytes), length: bytes.length } }),
      scopes: [push(repository)],
      operation: `write manifest ${reference}`,
      repository,
      accept: [201, 200],
    });
    await response.body?.cancel();
    const digest = response.headers.get('docker-content-digest') ?? expected;
    if (digest !== expected) {
      throw new RegistryError(
        {
          registry: this.registry,
          repository,
          operation: `write manifest ${reference}`,
          status: response.status,
          detail: `it stored digest ${digest}, expected ${expected}`,
        },
        'the registry rewrote the manifest; it does not preserve content, so digests cannot be pinned',
      );
    }
    return digest;
  }

  /** DELETE by digest. Returns false when it was already gone (404 counts as done). */
  async deleteManifest(repository: string, digest: string): Promise<boolean> {
    const response = await this.request({
      method: 'DELETE',
      url: `/v2/${repository}/manifests/${digest}`,
      scopes: [repositoryScope(repository, 'delete,pull')],
      operation: `delete manifest ${digest}`,
      repository,
      accept: [202, 200, 204, 404],
    });
    await response.body?.cancel();
    return response.status !== 404;
  }

  // ---- blobs -----------------------------------------------------------------------------

  /** Size of the blob when the repository has it, else undefined. */
  async hasBlob(repository: string, digest: string): Promise<number | undefined> {
    const response = await this.request({
      method: 'HEAD',
      url: `/v2/${repository}/blobs/${digest}`,
      scopes: [pull(repository)],
      operation: `check blob ${digest}`,
      repository,
      accept: [200, 404],
    });
    await response.body?.cancel();
    return response.status === 200 ? Number(response.headers.get('content-length') ?? '0') : undefined;
  }

  /** A stream of the blob that fails at the end when the content does not match the descriptor. */
  async getBlob(repository: string, descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Readable> {
    const response = await this.request({
      method: 'GET',
      url: `/v2/${repository}/blobs/${descriptor.digest}`,
      scopes: [pull(repository)],
      operation: `read blob ${descriptor.digest}`,
      repository,
      accept: [200],
      long: true,
    });
    if (!response.body)
      throw new RegistryError({
        registry: this.registry,
        repository,
        operation: `read blob ${descriptor.digest}`,
        status: response.status,
        detail: 'the response has no body',
      });
    const verifier = new VerifyingStream(descriptor.digest, descriptor.size, `blob ${descriptor.digest} from ${this.registry}/${repository}`);
    const source = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
    source.on('error', (error) => verifier.destroy(error));
    return source.pipe(verifier);
  }

  async getBlobBytes(repository: string, descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of await this.getBlob(repository, descriptor)) parts.push(chunk as Buffer);
    return Buffer.concat(parts);
  }

  /**
   * Tries a cross-repository mount. When the registry declines it answers with a fresh
   * upload session, which is returned so the upload can use it instead of opening another.
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<{ mounted: true } | { mounted: false; location: string }> {
    const response = await this.request({
      method: 'POST',
      url: `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`,
      headers: { 'content-length': '0' },
      scopes: [push(repository), pull(from)],
      operation: `mount blob ${digest} from ${from}`,
      repository,
      accept: [201, 202],
    });
    await response.body?.cancel();
    if (response.status === 201) return { mounted: true };
    return { mounted: false, location: this.uploadLocation(response, repository) };
  }

  /**
   * Uploads a blob: one PUT, or PATCH chunks then the closing PUT with the digest. A chunked
   * upload interrupted midway resumes from the offset the registry reports for the session
   * (the distribution spec's upload status); when the session cannot tell, it starts afresh.
   */
  async uploadBlob(repository: string, descriptor: Pick<Descriptor, 'digest' | 'size'>, open: BlobOpener, options: UploadOptions = {}): Promise<UploadOutcome> {
    let location: string | undefined;
    for (const from of options.mountFrom ?? []) {
      if (from === repository) continue;
      const result = await this.mountBlob(repository, descriptor.digest, from);
      if (result.mounted) return 'mounted';
      location = result.location;
    }
    const session = { location: location ?? (await this.startUpload(repository)) };
    const chunkSize = options.chunkSize ?? 0;
    if (chunkSize > 0 && descriptor.size > chunkSize) await this.uploadChunked(repository, descriptor, session, open, chunkSize);
    else await this.uploadMonolithic(repository, descriptor, session, open);
    return 'uploaded';
  }

  private async startUpload(repository: string): Promise<string> {
    const response = await this.request({
      method: 'POST',
      url: `/v2/${repository}/blobs/uploads/`,
      headers: { 'content-length': '0' },
      scopes: [push(repository)],
      operation: 'start a blob upload',
      repository,
      accept: [202],
    });
    await response.body?.cancel();
    return this.uploadLocation(response, repository);
  }

  private uploadLocation(response: Response, repository: string): string {
    const location = response.headers.get('location');
    if (!location)
      throw new RegistryError({
        registry: this.registry,
        repository,
        operation: 'start a blob upload',
        status: response.status,
        detail: 'no Location header in the answer',
      });
    return new URL(location, this.baseUrl).toString();
  }

  /**
   * How many bytes an upload session holds (GET on its URL: 204 with `Range: 0-<last>`), or
   * undefined when the registry no longer knows the session or does not say.
   */
  private async uploadStatus(repository: string, location: string): Promise<{ offset: number; location: string } | undefined> {
    let response: Response;
    try {
      response = await this.request({
        method: 'GET',
        url: location,
        scopes: [push(repository)],
        operation: 'check an interrupted upload',
        repository,
        accept: 'any',
      });
    } catch (error) {
      if (error instanceof RegistryError && error.status !== undefined) return undefined;
      throw error;
    }
    await response.body?.cancel();
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get('range') ?? '');
    if ((response.status !== 204 && response.status !== 200) || !range) return undefined;
    // distribution answers 0-0 both for an empty session and for one byte: 0 is the safe reading.
    const last = Number(range[1]);
    const moved = response.headers.get('location');
    return { offset: last === 0 ? 0 : last + 1, location: moved ? new URL(moved, this.baseUrl).toString() : location };
  }

  private async uploadMonolithic(
    repository: string,
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    session: { location: string },
    open: BlobOpener,
  ): Promise<void> {
    const response = await this.request({
      method: 'PUT',
      url: () => appendQuery(session.location, 'digest', descriptor.digest),
      headers: { 'content-type': 'application/octet-stream' },
      prepare: async () => ({ body: { body: Readable.toWeb(await open()) as unknown as BodyInit, length: descriptor.size } }),
      // A body cut off midway may be half-stored in the session: only a fresh one is clean.
      recover: async () => {
        session.location = await this.startUpload(repository);
        return undefined;
      },
      scopes: [push(repository)],
      operation: `upload blob ${descriptor.digest}`,
      repository,
      accept: [201, 204],
      long: true,
    });
    await response.body?.cancel();
  }

  private async uploadChunked(
    repository: string,
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    session: { location: string },
    open: BlobOpener,
    chunkSize: number,
  ): Promise<void> {
    const reader = new BlobReader(open);
    let offset = 0;
    while (offset < descriptor.size) {
      let sending = 0;
      const response = await this.request({
        method: 'PATCH',
        url: () => session.location,
        prepare: async () => {
          const bytes = await reader.read(offset, Math.min(chunkSize, descriptor.size - offset));
          sending = bytes.length;
          return {
            headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + bytes.length - 1}` },
            body: { body: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), length: bytes.length },
          };
        },
        recover: async () => {
          sending = 0;
          const status = await this.uploadStatus(repository, session.location);
          if (status && status.offset <= descriptor.size) {
            this.log.debug(`resuming the upload of ${descriptor.digest} at byte ${status.offset} of ${descriptor.size}`);
            session.location = status.location;
            offset = status.offset;
            if (offset === descriptor.size) return new Response(null, { status: 202, headers: { location: session.location } });
            return undefined;
          }
          this.log.debug(`the upload session of ${descriptor.digest} is gone; starting over`);
          session.location = await this.startUpload(repository);
          offset = 0;
          return undefined;
        },
        scopes: [push(repository)],
        operation: `upload blob ${descriptor.digest} in chunks`,
        repository,
        accept: [202],
        long: true,
      });
      await response.body?.cancel();
      session.location = this.uploadLocation(response, repository);
      offset += sending;
    }
    const response = await this.request({
      method: 'PUT',
      url: () => appendQuery(session.location, 'digest', descriptor.digest),
      headers: { 'content-length': '0' },
      // The answer may have been lost after the registry stored the blob.
      recover: async () => ((await this.hasBlob(repository, descriptor.digest)) !== undefined ? new Response(null, { status: 201 }) : undefined),
      scopes: [push(repository)],
      operation: `finish upload of blob ${descriptor.digest}`,
      repository,
      accept: [201, 204],
    });
    await response.body?.cancel();
  }

  // ---- tags and referrers ----------------------------------------------------------------

  /** Every tag, following `Link: <...>; rel="next"` pages. An unknown repository has none. */
  async listTags(repository: string, pageSize = 1000): Promise<string[]> {
    const tags: string[] = [];
    let next: string | undefined = `/v2/${repository}/tags/list?n=${pageSize}`;
    while (next) {
      const response: Response = await this.request({
        method: 'GET',
        url: next,
        scopes: [pull(repository)],
        operation: 'list tags',
        repository,
        accept: [200, 404],
      });
      if (response.status === 404) {
        const { codes } = await readRegistryErrorBody(response);
        if (codes.includes('NAME_UNKNOWN')) return tags;
        throw new RegistryError({ registry: this.registry, repository, operation: 'list tags', status: 404, codes });
      }
      const body = (await response.json()) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []));
      const link = response.headers.get('link');
      const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link) : null;
      next = match ? match[1] : undefined;
    }
    return tags;
  }

  /**
   * Manifests whose `subject` is the given digest: the referrers API where the registry has
   * it, else the `sha256-<hex>` tag schema that OCI 1.1 defines as the fallback.
   */
  async referrers(repository: string, digest: string, artifactType?: string): Promise<ReferrersResult> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const response = await this.request({
      method: 'GET',
      url: `/v2/${repository}/referrers/${digest}${query}`,
      headers: { accept: MediaType.ociIndex },
      scopes: [pull(repository)],
      operation: `list referrers of ${digest}`,
      repository,
      accept: [200, 404, 400, 405],
    });
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status === 200 && contentType.includes(MediaType.ociIndex)) {
      const index = (await response.json()) as ImageIndex;
      const filtered = artifactType && !response.headers.get('oci-filters-applied')?.includes('artifactType');
      const manifests = (index.manifests ?? []).filter((m) => !filtered || m.artifactType === artifactType);
      return { manifests, via: 'referrers-api' };
    }
    await response.body?.cancel();
    const tag = referrersTag(digest);
    const head = await this.headManifest(repository, tag);
    if (!head) return { manifests: [], via: 'tag-schema' };
    const fetched = await this.getManifest(repository, tag);
    const index = fetched.manifest as ImageIndex;
    const manifests = (index.manifests ?? []).filter((m) => !artifactType || m.artifactType === artifactType);
    return { manifests, via: 'tag-schema' };
  }

  // ---- transport -------------------------------------------------------------------------

  /**
   * The one request loop: the auth challenge (once per request), token exchange, retries of
   * dropped connections and 408/429/5xx with backoff, Retry-After honoured up to the policy's
   * limit (a longer wait fails now), quick failure when nothing answers, and a RegistryError
   * naming the registry, repository, operation and attempts otherwise.
   */
  private async request(spec: RequestSpec): Promise<Response> {
    if (!spec.anonymous) await this.ping();
    let scopes = spec.scopes;
    let authRetried = false;
    let unreachable = 0;
    const fail = (details: Omit<RegistryErrorDetails, 'registry' | 'operation'>, cause?: unknown): RegistryError =>
      new RegistryError(
        { registry: this.registry, repository: spec.repository, operation: spec.operation, ...details },
        undefined,
        cause === undefined ? undefined : { cause },
      );
    for (let attempt = 1; ; attempt++) {
      const prepared = spec.prepare ? await spec.prepare() : {};
      const headers: Record<string, string> = { 'user-agent': this.userAgent, ...spec.headers, ...prepared.headers };
      if (!spec.anonymous) {
        const authorization = await this.auth.authorization(scopes);
        if (authorization) headers.authorization = authorization;
      }
      const init: RequestInit & { duplex?: 'half' } = { method: spec.method, headers, redirect: 'follow' };
      if (prepared.body) {
        init.body = prepared.body.body;
        init.duplex = 'half';
        headers['content-length'] = String(prepared.body.length);
      }
      if (!spec.long) init.signal = AbortSignal.timeout(this.timeoutMs);
      const target = typeof spec.url === 'function' ? spec.url() : spec.url;
      const url = /^https?:\/\//.test(target) ? target : `${this.baseUrl}${target}`;

      let delay: number;
      let reason: string;
      let response: Response;
      try {
        response = await fetch(url, init);
      } catch (error) {
        // A failing request body (a corrupt local blob) is the content's fault, not the network's.
        const content = contentError(error);
        if (content) throw content;
        if (!isNetworkError(error)) throw error;
        reason = describeNetworkError(error);
        if (isUnreachableError(error)) {
          const quick = unreachableDelay(unreachable++);
          if (quick === undefined) throw fail({ detail: reason, attempts: attempt }, error);
          delay = quick;
        } else {
          if (attempt >= this.policy.attempts) throw fail({ detail: reason, attempts: attempt }, error);
          delay = backoffDelay(this.policy, attempt);
        }
        this.log.debug(`${spec.method} ${url}: ${reason}; retrying in ${delay} ms (attempt ${attempt + 1})`);
        await sleep(delay);
        if (spec.recover) {
          const settled = await spec.recover();
          if (settled) return settled;
        }
        continue;
      }

      if (response.status === 401 && !authRetried && !spec.anonymous) {
        const retryScopes = this.auth.retryScopes(response.headers.get('www-authenticate'), scopes);
        if (retryScopes) {
          await response.body?.cancel();
          authRetried = true;
          scopes = retryScopes;
          attempt--;
          continue;
        }
      }
      const retryable = isRetryableStatus(response.status) || (response.status === 416 && spec.recover !== undefined);
      if (!retryable && (spec.accept === 'any' || spec.accept.includes(response.status))) return response;
      const retryAfter = retryable ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      if (!retryable || attempt >= this.policy.attempts || (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMs)) {
        const { codes, detail } = await readRegistryErrorBody(response);
        throw fail({ status: response.status, codes, detail, attempts: attempt });
      }
      await response.body?.cancel();
      delay = backoffDelay(this.policy, attempt, retryAfter);
      this.log.debug(`${spec.method} ${url}: ${response.status}; retrying in ${delay} ms (attempt ${attempt + 1}/${this.policy.attempts})`);
      await sleep(delay);
      if (spec.recover) {
        const settled = await spec.recover();
        if (settled) return settled;
      }
    }
  }
}

/** The content error (a local blob that does not match its digest) inside a fetch failure, if that is what it is. */
function contentError(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof DigestMismatchError || current instanceof ActionError) return current;
    current = current.cause;
  }
  return undefined;
}

/** Reads a blob by offset, holding about one chunk: a retry of the last chunk is served from memory, going further back reopens the blob. */
class BlobReader {
  private iterator: AsyncIterator<Buffer> | undefined;
  private parts: Buffer[] = [];
  private buffered = 0;
  /** The blob offset of the first buffered byte. */
  private start = 0;
  private ended = false;

  constructor(private readonly open: BlobOpener) {}

  async read(offset: number, length: number): Promise<Buffer> {
    if (!this.iterator || offset < this.start) {
      await this.iterator?.return?.();
      this.iterator = (await this.open())[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      this.parts = [];
      this.buffered = 0;
      this.start = 0;
      this.ended = false;
    }
    while (this.start < offset) {
      if (this.buffered === 0 && !(await this.pull())) throw new Error(`the blob ended before byte ${offset}`);
      const drop = Math.min(offset - this.start, this.parts[0]!.length);
      this.parts[0] = this.parts[0]!.subarray(drop);
      if (this.parts[0].length === 0) this.parts.shift();
      this.buffered -= drop;
      this.start += drop;
    }
    while (this.buffered < length && (await this.pull()));
    if (this.parts.length > 1) this.parts = [Buffer.concat(this.parts, this.buffered)];
    return (this.parts[0] ?? Buffer.alloc(0)).subarray(0, length);
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.iterator!.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.parts.push(next.value);
    this.buffered += next.value.length;
    return true;
  }
}

/**
 * A client for `registry` that uses `options.credentials` when given, else what `docker login`
 * left in Docker's config.json, so a laptop or a job after a login step needs no inputs.
 */
export async function registryClientFor(registry: string, options: RegistryClientOptions = {}): Promise<RegistryClient> {
  const credentials = options.credentials ?? (await credentialsFromDockerConfig(registry));
  return new RegistryClient(registry, { ...options, ...(credentials ? { credentials } : {}) });
}

/** The OCI 1.1 fallback tag under which referrers of `digest` are indexed. */
export function referrersTag(digest: string): string {
  return `${digest.slice(0, digest.indexOf(':'))}-${encodedOf(digest)}`;
}
