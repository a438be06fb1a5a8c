/**
 * A grype vulnerability DB made in the tests: there is no network to download grype's own
 * (its listing and archives live outside the reachable registries), and a scan without a DB
 * proves nothing.
 *
 * The DB is schema v6, the one grype v0.121 reads: `<cacheDir>/6/vulnerability.db` (SQLite)
 * and `<cacheDir>/6/import.json` (the xxh64 digest of the file and the client schema version
 * that `grype db import` records and grype checks before reading). It is written by a small Go
 * program (test/helpers/grype-db) that uses grype's own v6 writer, so tables, blobs and indexes
 * are exactly grype's; `pnpm run tools` builds it.
 *
 * The advisories are the same {@link FixtureAdvisory} list the trivy DB fixture takes, mapped
 * the way grype's own DB build maps its providers: an OS release becomes an `operating_system`
 * row of the distro's provider (debian, ubuntu, alpine) with the source package name and a
 * `< fixed` constraint in the distro's version format; a language ecosystem becomes the
 * `github` provider's package with a semver-like range.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { goProgram } from './tools.js';
import type { FixtureAdvisory } from './trivy-db.js';

export interface GrypeDbOptions {
  /** Becomes GRYPE_DB_CACHE_DIR; the DB goes to `<dir>/6`. */
  dir: string;
  advisories: readonly FixtureAdvisory[];
  /** When the DB was built (grype refuses one older than its max allowed age); default now. */
  builtAt?: Date;
}

export interface GrypeDb {
  cacheDir: string;
  dbPath: string;
}

/** grype's DB schema model version (grype/db/v6 ModelVersion). */
export const GRYPE_DB_MODEL = 6;

interface OsRow {
  name: string;
  majorVersion: string;
  minorVersion?: string;
  codename?: string;
}

interface PackageRow {
  ecosystem: string;
  name: string;
  os?: OsRow;
  versionType: string;
  constraint: string;
  fixedVersion?: string;
}

interface VulnerabilityRow {
  id: string;
  provider: string;
  severity: string;
  scheme: string;
  description: string;
  aliases: string[];
  packages: PackageRow[];
}

const CODENAMES: Record<string, string> = {
  'debian 11': 'bullseye',
  'debian 12': 'bookworm',
  'debian 13': 'trixie',
  'ubuntu 22.04': 'jammy',
  'ubuntu 24.04': 'noble',
};
/** Distro -> grype's package type (ecosystem column) and version format. */
const DISTROS: Record<string, { ecosystem: string; versionType: string }> = {
  debian: { ecosystem: 'deb', versionType: 'dpkg' },
  ubuntu: { ecosystem: 'deb', versionType: 'dpkg' },
  alpine: { ecosystem: 'apk', versionType: 'apk' },
};
/** trivy's ecosystem prefix -> grype's package type and the GitHub provider's version format. */
const ECOSYSTEMS: Record<string, { ecosystem: string; versionType: string }> = {
  npm: { ecosystem: 'npm', versionType: 'npm' },
  go: { ecosystem: 'go-module', versionType: 'go' },
  pip: { ecosystem: 'python', versionType: 'python' },
  maven: { ecosystem: 'java-archive', versionType: 'maven' },
};

/** The grype rows for one advisory (exported for the mapping's own test). */
export function grypeDbRow(advisory: FixtureAdvisory): VulnerabilityRow {
  const ecosystem = /^([a-z]+)::/.exec(advisory.source)?.[1];
  const description = advisory.title ?? `${advisory.package}: test vulnerability ${advisory.id}`;
  const base = { id: advisory.id, description, aliases: [...(advisory.aliases ?? [])] };
  if (ecosystem !== undefined) {
    const kind = ECOSYSTEMS[ecosystem];
    if (!kind)
      throw new Error(
        `buildGrypeDb: no grype ecosystem known for "${advisory.source}" (use ${Object.keys(ECOSYSTEMS)
          .map((e) => `${e}::...`)
          .join(', ')})`,
      );
    return {
      ...base,
      provider: 'github',
      // GitHub's severities have no "negligible" (grype's CHML scheme).
      scheme: 'CHML',
      severity: advisory.severity === 'UNKNOWN' ? 'unknown' : advisory.severity.toLowerCase(),
      packages: [
        {
          ...kind,
          name: advisory.package,
          constraint: advisory.fixedVersion ? `<${advisory.fixedVersion}` : '>=0',
          ...(advisory.fixedVersion ? { fixedVersion: advisory.fixedVersion } : {}),
        },
      ],
    };
  }
  const [distro, release] = advisory.source.split(' ') as [string, string | undefined];
  const kind = DISTROS[distro];
  if (!kind || !release)
    throw new Error(
      `buildGrypeDb: no grype distro known for "${advisory.source}" (use ${Object.keys(DISTROS)
        .map((d) => `"${d} <release>"`)
        .join(', ')})`,
    );
  const [majorVersion, minorVersion] = release.split('.') as [string, string | undefined];
  const codename = CODENAMES[advisory.source];
  return {
    ...base,
    provider: distro,
    scheme: 'CHMLN',
    severity: advisory.severity === 'UNKNOWN' ? 'unknown' : advisory.severity.toLowerCase(),
    packages: [
      {
        ...kind,
        name: advisory.package,
        os: { name: distro, majorVersion, ...(minorVersion ? { minorVersion } : {}), ...(codename ? { codename } : {}) },
        // An empty constraint is grype's "every version" (an advisory without a fix).
        constraint: advisory.fixedVersion ? `< ${advisory.fixedVersion}` : '',
        ...(advisory.fixedVersion ? { fixedVersion: advisory.fixedVersion } : {}),
      },
    ],
  };
}

/**
 * Writes a grype DB marking the given packages vulnerable and returns `dir` as the cache dir:
 * run grype with GRYPE_DB_CACHE_DIR=dir and GRYPE_DB_AUTO_UPDATE=false.
 */
export async function buildGrypeDb(options: GrypeDbOptions): Promise<GrypeDb> {
  const dbDir = join(options.dir, String(GRYPE_DB_MODEL));
  await rm(dbDir, { recursive: true, force: true });
  await mkdir(dbDir, { recursive: true });
  // One vulnerability row per provider and id, with every package it affects.
  const rows = new Map<string, VulnerabilityRow>();
  for (const row of options.advisories.map(grypeDbRow)) {
    const key = `${row.provider}\0${row.id}`;
    const seen = rows.get(key);
    if (seen) seen.packages.push(...row.packages);
    else rows.set(key, row);
  }
  const spec = { ...(options.builtAt ? { buildTime: options.builtAt.toISOString() } : {}), vulnerabilities: [...rows.values()] };
  const result = await runCommand(goProgram('grype-db-writer'), [dbDir], { input: JSON.stringify(spec) });
  if (result.code !== 0) throw new Error(`grype-db-writer failed: ${result.tail.join('\n')}`);
  return { cacheDir: options.dir, dbPath: join(dbDir, 'vulnerability.db') };
}
