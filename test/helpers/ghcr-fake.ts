import { Readable } from 'node:stream';
import { type Descriptor, digestOf, MediaType, RegistryClient } from '@service-pipeline/oci';
import { type FakeRequest, type FakeResponse, type GitHubFake, type Schema, startGitHubFake } from './github-fake.js';
import { startRegistry, type TestRegistry } from './registry.js';

/**
 * GHCR as the prune action sees it: the GitHub Packages REST API (versions of container
 * packages, listed 100 a page, deleted by id) in front of a REAL local registry holding the
 * manifests. The fake keeps the version list (id, name = digest, tags, created_at) the way
 * GHCR does; deleting a version deletes its manifest from the registry by digest.
 */
export interface GhcrFakeOptions {
  /** Default 'acme'. */
  owner?: string;
  /** What `GET /users/{owner}` answers; selects the /orgs or /users routes. Default 'Organization'. */
  ownerType?: 'Organization' | 'User';
  /** Tokens accepted at all (401 otherwise). Default: any token. */
  tokens?: string[];
  /** Tokens that may delete versions; others get 403. Default: every accepted token. */
  deleteTokens?: string[];
  /**
   * GitHub's secondary rate limit on deletes: more than `perMinute` deletes in a sliding
   * `minuteMs` window get a 403 with `retry-after` in scaled seconds (a minute is `minuteMs`
   * of wall time, so a benchmark can run a 180/min limit faster than real time).
   */
  deleteLimit?: { perMinute: number; minuteMs?: number };
  /**
   * Protects the registry with the token exchange ghcr.io uses, accepting these user/password
   * pairs (ghcr.io takes any user name with a GitHub token as the password). Default: no auth.
   */
  registryUsers?: Record<string, string>;
}

export type PackageVersion = Schema<'package-version'>;

export interface BulkImages {
  image(options?: { tags?: string[]; created?: Date; platform?: string }): Promise<Descriptor>;
  /** A buildx-style index: an image and an attestation manifest per platform, children pushed first as on GHCR. */
  multiArch(options: { tag: string; created?: Date; platforms?: string[] }): Promise<Descriptor[]>;
}

export interface GhcrFake {
  api: GitHubFake;
  /** GitHub API root to pass as `apiUrl`. */
  apiUrl: string;
  registry: TestRegistry;
  /** Client for the backing registry (blob uploads in tests). */
  client: RegistryClient;
  owner: string;
  /**
   * PUTs a manifest into the registry (by digest, then under each tag) and registers it as a
   * version of package `name`; tags move from any other version, as on GHCR.
   */
  pushManifest(name: string, bytes: Buffer, mediaType: string, options?: { tags?: string[]; created?: Date }): Promise<PackageVersion>;
  /**
   * Volume fixtures (pagination, the benchmark): tiny but complete images that share one config
   * and one layer blob and differ by an annotation, so each version costs one manifest PUT.
   * (Adversarial shapes come from the prune tests' GraphBuilder, which writes fresh blobs.)
   */
  bulk(name: string): Promise<BulkImages>;
  /** The versions of a package, newest first. */
  versions(name: string): PackageVersion[];
  /** Versions deleted through the API, in order. */
  deleted: { name: string; id: number; digest: string }[];
  /** 403 answers sent because of `deleteLimit`. */
  rateLimited: number;
  stop(): Promise<void>;
}

function notFound(message = 'Not Found'): FakeResponse {
  return { status: 404, body: { message, documentation_url: 'https://docs.github.com/rest/packages/packages' } };
}

export async function startGhcrFake(options: GhcrFakeOptions = {}): Promise<GhcrFake> {
  const owner = options.owner ?? 'acme';
  const ownerType = options.ownerType ?? 'Organization';
  const scope = ownerType === 'Organization' ? 'orgs' : 'users';
  const api = await startGitHubFake(options.tokens ? { tokens: options.tokens } : {});
  let registry: TestRegistry;
  try {
    registry = await startRegistry(options.registryUsers ? { auth: 'token', users: options.registryUsers } : {});
  } catch (error) {
    await api.stop();
    throw error;
  }
  const [user] = Object.entries(options.registryUsers ?? {});
  const client = new RegistryClient(registry.host, user ? { credentials: { username: user[0], password: user[1] } } : {});
  const packages = new Map<string, PackageVersion[]>();
  const deleted: GhcrFake['deleted'] = [];
  const deleteTimes: number[] = [];
  let nextId = 1000;
  let seq = 0;
  const bulkCache = new Map<string, Promise<BulkImages>>();
  const makeBulk = async (name: string): Promise<BulkImages> => {
    const repository = `${owner}/${name}`;
    const blob = async (content: string, mediaType: string): Promise<Descriptor> => {
      const bytes = Buffer.from(content);
      const descriptor = { mediaType, digest: digestOf(bytes), size: bytes.length };
      await client.uploadBlob(repository, descriptor, async () => Readable.from([bytes]));
      return descriptor;
    };
    const config = await blob(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [] } }), MediaType.ociConfig);
    const layer = await blob('bulk layer', MediaType.ociLayerGzip);
    const statement = await blob(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1' }), 'application/vnd.in-toto+json');
    const put = async (
      manifest: Record<string, unknown> & { mediaType: string },
      tags: string[],
      created: Date,
      extra: Partial<Descriptor> = {},
    ): Promise<Descriptor> => {
      const bytes = Buffer.from(JSON.stringify(manifest));
      await fake.pushManifest(name, bytes, manifest.mediaType, { tags, created });
      return { mediaType: manifest.mediaType, digest: digestOf(bytes), size: bytes.length, ...extra };
    };
    const imageOf = (layers: Descriptor[]) => ({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config,
      layers,
      annotations: { 'org.example.seq': String(++seq) },
    });
    const bulk: BulkImages = {
      image: ({ tags = [], created = new Date(), platform = 'linux/amd64' } = {}) => {
        const [os, architecture] = platform.split('/') as [string, string];
        return put(imageOf([layer]), tags, created, { platform: { os, architecture } });
      },
      async multiArch({ tag, created = new Date(), platforms = ['linux/amd64', 'linux/arm64'] }) {
        const images = await Promise.all(platforms.map((platform) => bulk.image({ created, platform })));
        const attestations = await Promise.all(
          images.map((image) =>
            put(imageOf([statement]), [], created, {
              platform: { os: 'unknown', architecture: 'unknown' },
              annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': image.digest },
            }),
          ),
        );
        const index = await put({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [...images, ...attestations] }, [tag], created);
        return [index, ...images, ...attestations];
      },
    };
    return bulk;
  };
  const fake: GhcrFake = {
    api,
    apiUrl: api.url,
    registry,
    client,
    owner,
    deleted,
    rateLimited: 0,
    async pushManifest(name, bytes, mediaType, { tags = [], created = new Date() } = {}) {
      const digest = digestOf(bytes);
      await client.putManifest(`${owner}/${name}`, digest, bytes, mediaType);
      for (const tag of tags) await client.putManifest(`${owner}/${name}`, tag, bytes, mediaType);
      const versions = packages.get(name) ?? [];
      packages.set(name, versions);
      for (const other of versions) {
        const container = other.metadata?.container;
        if (container) container.tags = container.tags.filter((t) => !tags.includes(t));
      }
      let version = versions.find((v) => v.name === digest);
      if (!version) {
        const id = nextId++;
        version = {
          id,
          name: digest,
          url: `${api.url}/${scope}/${owner}/packages/container/${encodeURIComponent(name)}/versions/${id}`,
          package_html_url: `https://github.com/${scope}/${owner}/packages/container/package/${encodeURIComponent(name)}`,
          created_at: created.toISOString(),
          updated_at: created.toISOString(),
          metadata: { package_type: 'container', container: { tags: [] } },
        };
        versions.push(version);
      }
      version.metadata!.container!.tags.push(...tags.filter((t) => !version.metadata!.container!.tags.includes(t)));
      return version;
    },
    bulk(name) {
      let found = bulkCache.get(name);
      if (!found) {
        found = makeBulk(name);
        bulkCache.set(name, found);
      }
      return found;
    },
    versions: (name) => [...(packages.get(name) ?? [])].sort((a, b) => b.id - a.id),
    async stop() {
      await Promise.all([api.stop(), registry.stop()]);
    },
  };

  api.route('GET', '/users/:username', (req) => {
    if (req.params.username !== owner) return notFound();
    const user: Pick<Schema<'public-user'>, 'login' | 'id' | 'type'> = { login: owner, id: 1, type: ownerType };
    return { body: user };
  });

  const list = (req: FakeRequest): FakeResponse => {
    const name = req.params.name!;
    if (req.params.owner !== owner || !packages.has(name)) return notFound('Package not found.');
    const perPage = Math.min(100, Number(req.query.get('per_page') ?? '30'));
    const page = Math.max(1, Number(req.query.get('page') ?? '1'));
    const all = fake.versions(name);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const pageUrl = (n: number): string => `${api.url}${req.path}?per_page=${perPage}&page=${n}`;
    const links = [...(page < last ? [`<${pageUrl(page + 1)}>; rel="next"`] : []), `<${pageUrl(last)}>; rel="last"`];
    const body: PackageVersion[] = all.slice((page - 1) * perPage, page * perPage);
    return { headers: { link: links.join(', ') }, body };
  };

  const remove = async (req: FakeRequest): Promise<FakeResponse> => {
    const name = req.params.name!;
    const versions = packages.get(name);
    const id = Number(req.params.id);
    const index = versions?.findIndex((v) => v.id === id) ?? -1;
    if (req.params.owner !== owner || !versions || index < 0) return notFound('Package version not found.');
    if (options.deleteTokens && (req.token === undefined || !options.deleteTokens.includes(req.token))) {
      return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/packages/packages' } };
    }
    if (options.deleteLimit) {
      const minuteMs = options.deleteLimit.minuteMs ?? 60_000;
      const now = Date.now();
      while (deleteTimes.length > 0 && deleteTimes[0]! <= now - minuteMs) deleteTimes.shift();
      if (deleteTimes.length >= options.deleteLimit.perMinute) {
        fake.rateLimited++;
        const scaledSeconds = Math.max(1, Math.ceil(((deleteTimes[0]! + minuteMs - now) / minuteMs) * 60));
        return {
          status: 403,
          headers: { 'retry-after': String(scaledSeconds) },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          },
        };
      }
      deleteTimes.push(now);
    }
    const [version] = versions.splice(index, 1);
    await client.deleteManifest(`${owner}/${name}`, version!.name);
    deleted.push({ name, id, digest: version!.name });
    return { status: 204 };
  };

  api.route('GET', `/${scope}/:owner/packages/container/:name/versions`, list);
  api.route('DELETE', `/${scope}/:owner/packages/container/:name/versions/:id`, remove);
  return fake;
}
