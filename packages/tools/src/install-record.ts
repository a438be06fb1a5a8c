import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What is known about one installed binary, written once when it is installed or first used:
 * later uses read the version from here instead of starting the tool (`trivy --version` costs
 * seconds where the binary is compressed). A record describes the file as it was: it counts
 * only while the binary keeps the size and modification time it had then.
 */
export interface InstallRecord {
  tool: string;
  version: string;
  /** Absolute path of the executable. */
  path: string;
  size: number;
  mtimeMs: number;
  /** Where it came from: the release URL of a download, or `path` / `PATH` for a binary found in place. */
  origin: string;
  /** sha256 of the verified release archive (downloads only). */
  archiveSha256?: string;
  recordedAt: string;
}

const RECORDS = 'install-records';

function recordFile(cacheDir: string, tool: string, path: string): string {
  return join(cacheDir, RECORDS, `${tool}-${createHash('sha256').update(path).digest('hex').slice(0, 16)}.json`);
}

async function fileIdentity(path: string): Promise<{ size: number; mtimeMs: number } | undefined> {
  try {
    const info = await stat(path);
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch {
    return undefined;
  }
}

/** The record of `path`, when there is one and the file is still the one it describes. */
export async function readInstallRecord(cacheDir: string, tool: string, path: string): Promise<InstallRecord | undefined> {
  let record: Partial<InstallRecord>;
  try {
    record = JSON.parse(await readFile(recordFile(cacheDir, tool, path), 'utf8')) as Partial<InstallRecord>;
  } catch {
    return undefined;
  }
  const now = await fileIdentity(path);
  if (!now || record.path !== path || record.tool !== tool || typeof record.version !== 'string') return undefined;
  return record.size === now.size && record.mtimeMs === now.mtimeMs ? (record as InstallRecord) : undefined;
}

/** Records `path` as `tool` at `version` (atomically: concurrent installs never read half a record). */
export async function writeInstallRecord(
  cacheDir: string,
  entry: { tool: string; version: string; path: string; origin: string; archiveSha256?: string },
): Promise<InstallRecord> {
  const identity = await fileIdentity(entry.path);
  if (!identity) throw new Error(`cannot record ${entry.path}: it does not exist`);
  const record: InstallRecord = { ...entry, ...identity, recordedAt: new Date().toISOString() };
  const file = recordFile(cacheDir, entry.tool, entry.path);
  await mkdir(join(cacheDir, RECORDS), { recursive: true });
  const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(partial, `${JSON.stringify(record, null, 2)}\n`);
  await rename(partial, file);
  return record;
}
