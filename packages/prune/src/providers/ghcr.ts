import { ActionError, InvalidValueError, type Logger, silentLogger } from '@service-pipeline/action-kit';
import { GitHubApiError, type GitHubClient, githubClient } from '@service-pipeline/action-kit/github';
import { InvalidReferenceError, isDigest, mapLimit, parseReference, RegistryClient } from '@service-pipeline/oci';
import type { InventoryItem, PruneProvider, StoredManifest } from '../provider.js';
import { readRegistryManifest } from './oci.js';

export type GhcrOwnerType = 'org' | 'user' | 'auto';

export interface GhcrProviderOptions {
  /** `ghcr.io/OWNER/NAME`; NAME may contain slashes (`ghcr.io/acme/shop/api`). */
  image: string;
  /** Needs `packages: read` to plan and `packages: delete` (admin on the package) to delete. */
  token: string;
  /** GitHub REST API root; default `GITHUB_API_URL` or https://api.github.com. */
  apiUrl?: string;
  /** Default 'auto': asks `GET /users/{owner}` whether the owner is an organization. */
  ownerType?: GhcrOwnerType;
  /** Registry host serving the manifests instead of ghcr.io (a local registry in tests). */
  registryUrl?: string;
  logger?: Logger;
  /** Version pages fetched in parallel once the page count is known. Default 4. */
  concurrency?: number;
  /** A prepared client (tests inject one whose waits take no time); default `githubClient`. */
  github?: GitHubClient | Promise<GitHubClient>;
}

const GHCR = 'ghcr.io';
const PER_PAGE = 100;

/** Which REST API routes the package lives under. */
type PackageScope = 'orgs' | 'users';

/** The fields of a package version (`package-version` in the REST API schema) the inventory uses. */
interface PackageVersion {
  id: number;
  name: string;
  created_at: string;
  metadata?: { container?: { tags: string[] } };
}

/** A GhcrProvider option it refuses; `option` is the name the prune action gives it as an input. */
export class GhcrOptionError extends InvalidValueError {
  constructor(
    readonly option: 'image' | 'token' | 'concurrency',
    reason: string,
    fix: string,
  ) {
    super(`the ghcr provider's ${option}`, reason, fix);
  }
}

function parseImage(image: string): { owner: string; name: string } {
  let parsed;
  try {
    parsed = parseReference(image, { lowercaseGhcr: true });
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error;
    throw new GhcrOptionError(
      'image',
      `"${image}" is not an image name: ${error.reason.replace(/^is not a valid image reference: /, '')}`,
      'write it as ghcr.io/OWNER/NAME',
    );
  }
  if (parsed.registry !== GHCR) {
    throw new GhcrOptionError('image', `"${image}" is not on ghcr.io`, 'the ghcr provider prunes ghcr.io/OWNER/NAME; use provider "oci" for other registries');
  }
  if (parsed.tag !== undefined || parsed.digest !== undefined) {
    throw new GhcrOptionError('image', `"${image}" names a tag or digest`, `name the package only: ghcr.io/${parsed.repository}`);
  }
  const [owner, ...rest] = parsed.repository.split('/');
  if (!owner || rest.length === 0) throw new GhcrOptionError('image', `"${image}" has no package name`, 'write it as ghcr.io/OWNER/NAME');
  return { owner, name: rest.join('/') };
}

function toItem(version: PackageVersion, packageLabel: string): InventoryItem {
  if (!isDigest(version.name)) {
    // Never plan on a view we do not understand: a non-digest version is not a container manifest.
    throw new ActionError(
      `package ${packageLabel} has version ${version.id} named "${version.name}", not a manifest digest`,
      'check that the package is a container image (package_type container)',
    );
  }
  return {
    digest: version.name,
    tags: [...(version.metadata?.container?.tags ?? [])],
    created: new Date(version.created_at),
    versionId: version.id,
  };
}

function lastPage(link: string | undefined): number {
  const match = link?.match(/[?&]page=(\d+)[^>]*>;\s*rel="last"/);
  return match ? Number(match[1]) : 1;
}

/**
 * GHCR through the GitHub Packages API: every manifest of a container package is a version
 * (tagged or not), so the inventory is complete and deletes go by version id. Manifests are
 * read from the registry with the same token; ghcr.io refuses the OCI DELETE endpoint.
 */
export class GhcrProvider implements PruneProvider {
  readonly kind = 'ghcr';
  readonly listsUntagged = true;
  readonly repository: string;
  private readonly owner: string;
  private readonly name: string;
  private readonly ownerType: GhcrOwnerType;
  private readonly github: Promise<GitHubClient>;
  private readonly registry: RegistryClient;
  private readonly concurrency: number;
  private scope: Promise<PackageScope> | undefined;

  constructor(options: GhcrProviderOptions) {
    const { owner, name } = parseImage(options.image);
    if (options.token.trim() === '')
      throw new GhcrOptionError(
        'token',
        'is empty',
        'pass a token with `packages: read` (and `packages: delete` to delete), e.g. ${{ secrets.GITHUB_TOKEN }} with `permissions: packages: write`',
      );
    const concurrency = options.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new GhcrOptionError('concurrency', `must be a positive integer, got ${concurrency}`, 'use 1 or more');
    this.owner = owner;
    this.name = name;
    this.repository = `${GHCR}/${owner}/${name}`;
    this.ownerType = options.ownerType ?? 'auto';
    this.concurrency = concurrency;
    const logger = options.logger ?? silentLogger;
    this.github = options.github
      ? Promise.resolve(options.github)
      : githubClient({ token: options.token, ...(options.apiUrl ? { baseUrl: options.apiUrl } : {}), logger });
    // ghcr.io accepts any user name with a token as the password in its token exchange.
    this.registry = new RegistryClient(options.registryUrl ?? GHCR, { credentials: { username: 'token', password: options.token }, logger });
  }

  private get label(): string {
    return `${this.owner}/${this.name}`;
  }

  private resolveScope(): Promise<PackageScope> {
    this.scope ??= (async () => {
      if (this.ownerType !== 'auto') return this.ownerType === 'org' ? 'orgs' : 'users';
      try {
        const { data } = await (await this.github).request('GET /users/{username}', { username: this.owner });
        return data.type === 'Organization' ? 'orgs' : 'users';
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) {
          throw new ActionError(`GitHub has no user or organization "${this.owner}" (from ${this.repository})`, 'check the owner in the image input', {
            cause: error,
          });
        }
        throw error;
      }
    })();
    this.scope.catch(() => {
      this.scope = undefined;
    });
    return this.scope;
  }

  private async listPage(scope: PackageScope, page: number): Promise<{ versions: PackageVersion[]; link: string | undefined }> {
    try {
      const query = { package_type: 'container', package_name: this.name, per_page: PER_PAGE, page } as const;
      const response =
        scope === 'orgs'
          ? await (await this.github).request('GET /orgs/{org}/packages/{package_type}/{package_name}/versions', { org: this.owner, ...query })
          : await (await this.github).request('GET /users/{username}/packages/{package_type}/{package_name}/versions', { username: this.owner, ...query });
      return { versions: response.data, link: response.headers.link };
    } catch (error) {
      if (error instanceof GitHubApiError && (error.status === 404 || error.status === 403)) {
        throw new ActionError(
          `could not list the versions of package ${this.label} (${scope === 'orgs' ? 'organization' : 'user'} ${this.owner}): ${error.what}`,
          'check the image name and that the token has `packages: read` on this package (for GITHUB_TOKEN: grant the repository access in the package settings)',
          { cause: error },
        );
      }
      throw error;
    }
  }

  async inventory(): Promise<InventoryItem[]> {
    const scope = await this.resolveScope();
    const first = await this.listPage(scope, 1);
    const pages = lastPage(first.link);
    const rest = await mapLimit(
      Array.from({ length: pages - 1 }, (_, i) => i + 2),
      this.concurrency,
      async (page) => (await this.listPage(scope, page)).versions,
    );
    const byDigest = new Map<string, InventoryItem>();
    for (const version of [first.versions, ...rest].flat()) {
      // A version that moved across a page boundary while paging shows up twice; one is enough.
      if (!byDigest.has(version.name)) byDigest.set(version.name, toItem(version, this.label));
    }
    return [...byDigest.values()];
  }

  async readManifest(digest: string): Promise<StoredManifest | undefined> {
    const fetched = await readRegistryManifest(this.registry, this.label, digest);
    return fetched && { mediaType: fetched.mediaType, bytes: fetched.bytes };
  }

  async delete(item: InventoryItem): Promise<'deleted' | 'gone'> {
    if (item.versionId === undefined) {
      throw new ActionError(
        `cannot delete ${item.digest} from ${this.repository}: it has no package version id`,
        'GHCR deletes only by package version; report this as a bug',
      );
    }
    const scope = await this.resolveScope();
    try {
      const version = { package_type: 'container', package_name: this.name, package_version_id: item.versionId } as const;
      if (scope === 'orgs') {
        await (await this.github).request('DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}', {
          org: this.owner,
          ...version,
        });
      } else {
        await (await this.github).request('DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}', {
          username: this.owner,
          ...version,
        });
      }
      return 'deleted';
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 404) return 'gone';
      if (error instanceof GitHubApiError && error.status === 403) {
        throw new ActionError(
          `the token may not delete version ${item.versionId} (${item.digest}) of package ${this.label}: ${error.what}`,
          'the token needs `packages: delete` and admin rights on the package; for GITHUB_TOKEN add `permissions: packages: write` to the job and give the repository the Admin role under the package settings > Manage Actions access',
          { cause: error },
        );
      }
      throw error;
    }
  }
}
