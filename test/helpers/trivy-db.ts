/**
 * A Trivy vulnerability DB made in the tests: there is no network to download the real one
 * (ghcr.io/aquasecurity/trivy-db:2), and a scan without a DB proves nothing.
 *
 * The DB is the format the real trivy binary of the tests reads (trivy v0.44.1, built
 * against trivy-db v0.0.0-20230823084507-315928e846ff, DB schema 2): a BoltDB file
 * `<cacheDir>/db/trivy.db` and `<cacheDir>/db/metadata.json`. With `--skip-db-update` trivy
 * only checks that metadata.json's Version is 2 and uses the file as it is.
 *
 * Layout written here (the one trivy-db's `pkg/db` and `pkg/vulnsrc` write):
 * - `<source bucket>` / `<package>` / `<vulnerability id>` -> advisory JSON. The source bucket
 *   is an OS release (`debian 12`, matched against the source package of a dpkg entry) or a
 *   language ecosystem (`npm::GitHub Security Advisory npm`, matched by package name and
 *   version ranges).
 * - `data-source` / `<source bucket>` -> `{ID, Name, URL}`: the source trivy reports and
 *   whose `VendorSeverity` it picks.
 * - `vulnerability` / `<vulnerability id>` -> `{Title, Severity, VendorSeverity, ...}`.
 *
 * The BoltDB file is written by a small Go program (test/helpers/trivy-db, a module using
 * go.etcd.io/bbolt) that `pnpm run tools` builds (test/helpers/tools.ts finds it).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { digestOf, gzipTarStream, MediaType, RegistryClient } from '@service-pipeline/oci';
import { goProgram } from './tools.js';

export type FixtureSeverity = 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'UNKNOWN';

export interface FixtureAdvisory {
  /**
   * The advisory bucket: an OS release as trivy names it (`debian 12`, `alpine 3.19`) or a
   * language ecosystem (`npm::GitHub Security Advisory npm`, `go::GitHub Security Advisory Go`).
   */
  source: string;
  /** OS advisories: the source package name (dpkg `Source:`, else the package name). */
  package: string;
  /** The vulnerability id trivy reports (`CVE-...`). */
  id: string;
  severity: FixtureSeverity;
  /** The first fixed version; without it the vulnerability is unfixed (every version affected). */
  fixedVersion?: string;
  /** Other ids of the same vulnerability (GHSA-...), reported by trivy as `VendorIDs`. */
  aliases?: string[];
  title?: string;
}

export interface TrivyDbOptions {
  /** Becomes the trivy cache dir (`--cache-dir`); created if missing. */
  dir: string;
  advisories: FixtureAdvisory[];
  /** metadata.json UpdatedAt (when the DB was built upstream); default now. */
  updatedAt?: Date;
  /** metadata.json NextUpdate; default updatedAt + 6 h (upstream's build interval). */
  nextUpdate?: Date;
  /** metadata.json DownloadedAt; default updatedAt. */
  downloadedAt?: Date;
}

export interface TrivyDb {
  cacheDir: string;
  dbPath: string;
  metadataPath: string;
}

/** The schema of trivy-db the bundled trivy expects (trivy-db `db.SchemaVersion`). */
export const TRIVY_DB_SCHEMA = 2;

const SEVERITY_NUMBER: Record<FixtureSeverity, number> = { UNKNOWN: 0, LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

interface DataSource {
  ID: string;
  Name: string;
  URL: string;
}

/** The data source trivy-db records for a bucket (trivy reports its ID and picks its VendorSeverity). */
function dataSource(source: string): DataSource {
  const ecosystem = /^([a-z]+)::(.+)$/.exec(source);
  if (ecosystem) return { ID: 'ghsa', Name: ecosystem[2]!, URL: `https://github.com/advisories?query=type%3Areviewed+ecosystem%3A${ecosystem[1]}` };
  const family = source.split(' ')[0]!;
  const names: Record<string, DataSource> = {
    debian: { ID: 'debian', Name: 'Debian Security Tracker', URL: 'https://salsa.debian.org/security-tracker-team/security-tracker' },
    ubuntu: { ID: 'ubuntu', Name: 'Ubuntu CVE Tracker', URL: 'https://git.launchpad.net/ubuntu-cve-tracker' },
    alpine: { ID: 'alpine', Name: 'Alpine Secdb', URL: 'https://secdb.alpinelinux.org/' },
  };
  const known = names[family];
  if (!known)
    throw new Error(
      `buildTrivyDb: no data source known for advisory bucket "${source}" (use "debian 12", "ubuntu 22.04", "alpine 3.19" or "<ecosystem>::GitHub Security Advisory <Name>")`,
    );
  return known;
}

function advisoryValue(advisory: FixtureAdvisory): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  if (advisory.source.includes('::')) {
    // Language advisories are version ranges; trivy reports PatchedVersions as the fixed version.
    value.VulnerableVersions = [advisory.fixedVersion ? `<${advisory.fixedVersion}` : '>=0'];
    if (advisory.fixedVersion) value.PatchedVersions = [advisory.fixedVersion];
  } else if (advisory.fixedVersion) {
    value.FixedVersion = advisory.fixedVersion;
  }
  if (advisory.aliases?.length) value.VendorIDs = advisory.aliases;
  return value;
}

interface Put {
  buckets: string[];
  key: string;
  value: unknown;
}

/** The bucket/key/value writes for these advisories (exported for the layout's own test). */
export function trivyDbPuts(advisories: readonly FixtureAdvisory[]): Put[] {
  const puts: Put[] = [];
  const sources = new Map<string, DataSource>();
  for (const advisory of advisories) {
    const source = dataSource(advisory.source);
    sources.set(advisory.source, source);
    puts.push({ buckets: [advisory.source, advisory.package], key: advisory.id, value: advisoryValue(advisory) });
    puts.push({
      buckets: ['vulnerability'],
      key: advisory.id,
      value: {
        Title: advisory.title ?? `${advisory.package}: test vulnerability ${advisory.id}`,
        Description: `Planted by the service-pipeline tests in ${advisory.source}/${advisory.package}.`,
        Severity: advisory.severity,
        VendorSeverity: { [source.ID]: SEVERITY_NUMBER[advisory.severity] },
        References: [`https://example.test/advisories/${advisory.id}`],
      },
    });
  }
  for (const [bucket, source] of sources) puts.push({ buckets: ['data-source'], key: bucket, value: source });
  return puts;
}

/**
 * Writes a trivy DB marking the given packages vulnerable under `dir` and returns `dir` as
 * the cache dir to pass with `--cache-dir ... --skip-db-update --offline-scan`.
 */
export async function buildTrivyDb(options: TrivyDbOptions): Promise<TrivyDb> {
  const dbDir = join(options.dir, 'db');
  await mkdir(dbDir, { recursive: true });
  const dbPath = join(dbDir, 'trivy.db');
  const metadataPath = join(dbDir, 'metadata.json');
  await rm(dbPath, { force: true });
  const binary = goProgram('trivy-db-writer');
  const result = await runCommand(binary, [dbPath], { input: JSON.stringify({ puts: trivyDbPuts(options.advisories) }) });
  if (result.code !== 0) throw new Error(`trivy-db-writer failed: ${result.tail.join('\n')}`);
  const updatedAt = options.updatedAt ?? new Date();
  const metadata = {
    Version: TRIVY_DB_SCHEMA,
    NextUpdate: (options.nextUpdate ?? new Date(updatedAt.getTime() + 6 * 3600_000)).toISOString(),
    UpdatedAt: updatedAt.toISOString(),
    DownloadedAt: (options.downloadedAt ?? updatedAt).toISOString(),
  };
  await writeFile(metadataPath, `${JSON.stringify(metadata)}\n`);
  return { cacheDir: options.dir, dbPath, metadataPath };
}

/** What trivy's DB download accepts (trivy-db's `oras push`): one gzip tar layer named by its title annotation. */
const TRIVY_DB_LAYER = 'application/vnd.aquasec.trivy.db.layer.v1.tar+gzip';
const TRIVY_DB_CONFIG = 'application/vnd.aquasec.trivy.config.v1+json';

/**
 * Publishes a DB made by {@link buildTrivyDb} the way upstream publishes
 * ghcr.io/aquasecurity/trivy-db:2, so trivy downloads it with `--db-repository` pointing at
 * a local registry: `<host>/<repository>` untagged (every trivy release adds `:2` itself).
 */
export async function pushTrivyDb(db: TrivyDb, registryHost: string, repository = 'aquasecurity/trivy-db'): Promise<string> {
  const archive = await buffer(
    gzipTarStream([
      { path: 'trivy.db', type: 'file', content: await readFile(db.dbPath) },
      { path: 'metadata.json', type: 'file', content: await readFile(db.metadataPath) },
    ]),
  );
  const config = Buffer.from('{}');
  const client = new RegistryClient(registryHost);
  const layer = { mediaType: TRIVY_DB_LAYER, digest: digestOf(archive), size: archive.length, annotations: { 'org.opencontainers.image.title': 'db.tar.gz' } };
  const configDescriptor = { mediaType: TRIVY_DB_CONFIG, digest: digestOf(config), size: config.length };
  await client.uploadBlob(repository, layer, async () => Readable.from([archive]));
  await client.uploadBlob(repository, configDescriptor, async () => Readable.from([config]));
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.ociManifest, config: configDescriptor, layers: [layer] }));
  await client.putManifest(repository, String(TRIVY_DB_SCHEMA), manifest, MediaType.ociManifest);
  return `${registryHost}/${repository}`;
}
