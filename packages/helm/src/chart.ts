/**
 * A Helm chart directory packaged the way `helm package` does: a gzipped tar whose entries sit
 * under `<chart name>/`, with `.helmignore` honoured and Chart.yaml carrying the version that is
 * published. Reproducible: entries sorted, fixed times and owners, so one chart gives one digest.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, matchesGlob, relative, sep } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { ActionError, InvalidValueError } from '@service-pipeline/action-kit/errors';
import { gzipTarStream, type TarEntry } from '@service-pipeline/oci';
import semver from 'semver';
import { parseDocument } from 'yaml';

export interface ChartMetadata {
  apiVersion: string;
  name: string;
  version: string;
  appVersion?: string;
  description?: string;
  [key: string]: unknown;
}

export interface PackagedChart {
  metadata: ChartMetadata;
  /** The .tgz `helm package` would write. */
  archive: Buffer;
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Left out whatever .helmignore says. `helm package` (v4.3) itself packs a chart's `.git`
 * directory unless .helmignore names it; a chart archive that carries a repository's history is
 * never what a pipeline means to publish, so ours never does (the one difference, on purpose).
 */
const ALWAYS_IGNORED = ['.git'];
/** Helm's own default rule: hidden files under templates/ are never templates. */
const HELM_DEFAULT_PATTERNS = ['templates/.?*'];

/** A chart version as Helm publishes it: semver, and short enough to be an OCI tag. */
export function checkChartVersion(version: string): string {
  if (version.length > 128 || semver.valid(version) === null)
    throw new InvalidValueError(
      'chart version',
      `is ${JSON.stringify(version.slice(0, 80))}, not a semver version of at most 128 characters`,
      'Helm needs a semver chart version, e.g. 1.4.0',
    );
  return version;
}

function chartError(dir: string, what: string, fix: string): ActionError {
  return new ActionError(`chart ${dir}: ${what}`, fix);
}

async function helmignore(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, '.helmignore'), 'utf8').catch(() => '');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function ignored(path: string, patterns: string[]): boolean {
  const base = path.split('/').pop()!;
  return patterns.some((raw) => {
    const pattern = raw.replace(/\/$/, '');
    return matchesGlob(path, pattern) || matchesGlob(base, pattern) || matchesGlob(path, `${pattern}/**`);
  });
}

async function walk(root: string, dir: string, patterns: string[], out: string[]): Promise<void> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    const path = relative(root, full).split(sep).join('/');
    if (ALWAYS_IGNORED.includes(entry.name) || ignored(path, patterns)) continue;
    const stat = await lstat(full);
    if (stat.isSymbolicLink()) throw chartError(root, `${path} is a symbolic link`, 'replace it with the file itself (a chart archive carries no links)');
    if (stat.isDirectory()) await walk(root, full, patterns, out);
    else if (stat.isFile()) out.push(path);
  }
}

/**
 * Reads and validates Chart.yaml and packages the chart; `version` / `appVersion` replace
 * Chart.yaml's (as `helm package --version --app-version` do) when given.
 */
export async function packageChart(dir: string, overrides: { version?: string; appVersion?: string } = {}): Promise<PackagedChart> {
  const chartFile = await readFile(join(dir, 'Chart.yaml'), 'utf8').catch(() => {
    throw chartError(dir, 'has no Chart.yaml', 'point chart at the directory holding Chart.yaml');
  });
  const doc = parseDocument(chartFile);
  if (doc.errors.length > 0) throw chartError(dir, `Chart.yaml is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`, 'fix Chart.yaml');
  if (overrides.version) doc.set('version', overrides.version);
  if (overrides.appVersion) doc.set('appVersion', overrides.appVersion);
  const metadata = doc.toJS() as ChartMetadata;
  if (metadata.apiVersion !== 'v2' && metadata.apiVersion !== 'v1')
    throw chartError(dir, `Chart.yaml apiVersion is ${JSON.stringify(metadata.apiVersion)}`, 'use apiVersion: v2');
  if (typeof metadata.name !== 'string' || !NAME.test(metadata.name))
    throw chartError(dir, `Chart.yaml name ${JSON.stringify(metadata.name)} is not a chart name`, 'use lowercase letters, digits and dashes');
  metadata.version = String(metadata.version ?? '');
  if (semver.valid(metadata.version) === null)
    throw chartError(dir, `version "${metadata.version}" is not semver`, 'Helm needs a semver chart version, e.g. 1.4.0');
  if (metadata.appVersion !== undefined) metadata.appVersion = String(metadata.appVersion);

  const files: string[] = [];
  await walk(dir, dir, [...HELM_DEFAULT_PATTERNS, ...(await helmignore(dir))], files);
  const entries: TarEntry[] = [];
  for (const file of files) {
    const content = file === 'Chart.yaml' ? Buffer.from(doc.toString()) : await readFile(join(dir, file));
    entries.push({ path: `${metadata.name}/${file}`, type: 'file', content, mode: 0o644 });
  }
  return { metadata, archive: await buffer(gzipTarStream(entries)) };
}
