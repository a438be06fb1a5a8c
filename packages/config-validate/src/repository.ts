import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { isInside } from '@service-pipeline/action-kit';
import { parse } from 'yaml';
import type { Resource } from './documents.js';
import { toPosix } from './options.js';
import { getIn, list, record } from './workloads.js';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const SKIP_DIRS = new Set(['.git', 'node_modules']);

/** A Helm chart or kustomization to render, and the object or file that asks for it. */
export type RenderUnit =
  | { kind: 'kustomize'; dir: string; namespace?: string; origin: { file: string; line: number }; label: string }
  | {
      kind: 'helm';
      chartDir: string;
      valueFiles: string[];
      values?: unknown;
      release: string;
      namespace?: string;
      origin: { file: string; line: number };
      label: string;
    };

export interface RepositoryLayout {
  /** YAML files that are manifests as written (outside charts and kustomizations), repository-relative. */
  plainFiles: string[];
  chartDirs: string[];
  kustomizeDirs: string[];
}

function isKustomizeDir(abs: string): boolean {
  return KUSTOMIZATION_FILES.some((f) => statSync(join(abs, f), { throwIfNoEntry: false })?.isFile());
}

/** Walks `dir` (repository-relative) and sorts its YAML into plain manifests, charts and kustomizations. */
export function scanRepository(root: string, dir: string, skip: string[] = []): RepositoryLayout {
  const layout: RepositoryLayout = { plainFiles: [], chartDirs: [], kustomizeDirs: [] };
  const walk = (rel: string, owned: boolean): void => {
    const abs = join(root, rel);
    const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    const isChart = entries.some((e) => e.isFile() && e.name === 'Chart.yaml');
    if (isChart) {
      layout.chartDirs.push(toPosix(rel) || '.');
      return;
    }
    const kustomize = isKustomizeDir(abs);
    if (kustomize) layout.kustomizeDirs.push(toPosix(rel) || '.');
    for (const entry of entries) {
      const child = rel === '' ? entry.name : join(rel, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || skip.includes(toPosix(child))) continue;
        walk(child, owned || kustomize);
      } else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !owned && !kustomize) {
        layout.plainFiles.push(toPosix(child));
      }
    }
  };
  walk(dir === '.' ? '' : dir, false);
  return layout;
}

function readYaml(abs: string): Record<string, unknown> | undefined {
  try {
    return record(parse(readFileSync(abs, 'utf8')));
  } catch {
    return undefined;
  }
}

function kustomizationOf(root: string, dir: string): Record<string, unknown> | undefined {
  for (const f of KUSTOMIZATION_FILES) {
    const abs = join(root, dir, f);
    if (statSync(abs, { throwIfNoEntry: false })?.isFile()) return readYaml(abs);
  }
  return undefined;
}

/** Kustomizations that another kustomization includes: rendered through the one that includes them. */
function referencedKustomizations(root: string, dirs: string[]): Set<string> {
  const referenced = new Set<string>();
  for (const dir of dirs) {
    const k = kustomizationOf(root, dir) ?? {};
    for (const field of ['resources', 'bases', 'components']) {
      for (const entry of list(k[field])) {
        if (typeof entry !== 'string' || entry.includes('://')) continue;
        const target = posix.normalize(posix.join(dir, entry));
        if (dirs.includes(target)) referenced.add(target);
      }
    }
  }
  return referenced;
}

function valuesFilesOf(root: string, chartDir: string): string[] {
  return readdirSync(join(root, chartDir))
    .filter((f) => /^values[-.][\w.-]+\.ya?ml$/.test(f))
    .sort()
    .map((f) => posix.join(chartDir, f));
}

/** Whether a repository-relative path exists as `kind` and stays inside the repository, symlinks resolved. */
function inside(root: string, rel: string, kind: 'directory' | 'file'): boolean {
  const normal = posix.normalize(rel);
  if (normal.startsWith('..') || posix.isAbsolute(normal)) return false;
  const stats = statSync(join(root, normal), { throwIfNoEntry: false });
  if (!stats || (kind === 'directory' ? !stats.isDirectory() : !stats.isFile())) return false;
  return isInside(realpathSync(root), realpathSync(join(root, normal)));
}

/** A repository path an Argo CD or Flux object points at, or undefined when it is outside the repository. */
function repoPath(root: string, value: unknown, base = '.'): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const normal = posix.normalize(posix.join(base, value.replace(/^\.\//, ''))).replace(/\/$/, '') || '.';
  return inside(root, normal, 'directory') ? normal : undefined;
}

function existingFile(root: string, candidates: string[]): string | undefined {
  return candidates.find((c) => inside(root, c, 'file'));
}

/**
 * What is deployed: the sources of Argo CD Applications and Flux Kustomizations/HelmReleases
 * that point into the repository, every kustomization no other kustomization includes, and
 * every chart nothing points at (once per values-<env>.yaml).
 */
export function planRenderUnits(root: string, layout: RepositoryLayout, plain: Resource[]): RenderUnit[] {
  const units: RenderUnit[] = [];
  const claimed = new Set<string>();
  const kustomizeUnit = (dir: string, origin: { file: string; line: number }, namespace: string | undefined, by: string): void => {
    claimed.add(dir);
    units.push({ kind: 'kustomize', dir, origin, ...(namespace ? { namespace } : {}), label: `kustomize ${dir}${by}` });
  };
  const helmUnit = (
    chartDir: string,
    valueFiles: string[],
    values: unknown,
    release: string,
    namespace: string | undefined,
    origin: { file: string; line: number },
    by: string,
  ): void => {
    claimed.add(chartDir);
    const valuesNote = valueFiles.length > 0 ? ` -f ${valueFiles.map((f) => posix.relative(chartDir, f)).join(' -f ')}` : '';
    units.push({
      kind: 'helm',
      chartDir,
      valueFiles,
      ...(values !== undefined ? { values } : {}),
      release,
      ...(namespace ? { namespace } : {}),
      origin,
      label: `helm ${chartDir}${valuesNote}${by}`,
    });
  };
  const sourceUnit = (
    dir: string,
    origin: Resource,
    namespace: string | undefined,
    helm: { valueFiles?: unknown; values?: unknown; release?: string } = {},
  ): void => {
    const by = ` (${origin.kind} ${origin.name})`;
    if (layout.chartDirs.includes(dir)) {
      const files = list(helm.valueFiles).filter((v): v is string => typeof v === 'string');
      const valueFiles = files.flatMap((f) => existingFile(root, [posix.join(dir, f), posix.normalize(f.replace(/^\.\//, ''))]) ?? []);
      helmUnit(dir, valueFiles, helm.values, helm.release ?? origin.name, namespace, { file: origin.file, line: origin.line }, by);
    } else if (isKustomizeDir(join(root, dir))) {
      kustomizeUnit(dir, { file: origin.file, line: origin.line }, namespace, by);
    }
    // A plain directory's files are validated as written.
  };

  for (const r of plain) {
    const group = r.apiVersion.split('/')[0];
    if (group === 'argoproj.io' && r.kind === 'Application') {
      const spec = record(r.object['spec']) ?? {};
      const namespace = getIn(spec, ['destination', 'namespace']);
      const sources = [record(spec['source']), ...list(spec['sources']).map(record)].filter((s): s is Record<string, unknown> => s !== undefined);
      for (const source of sources) {
        const dir = repoPath(root, source['path']);
        if (!dir) continue;
        const helm = record(source['helm']) ?? {};
        const values = typeof helm['values'] === 'string' ? parse(helm['values']) : helm['valuesObject'];
        sourceUnit(dir, r, typeof namespace === 'string' ? namespace : undefined, {
          valueFiles: helm['valueFiles'],
          values,
          release: typeof helm['releaseName'] === 'string' ? helm['releaseName'] : r.name,
        });
      }
    } else if (group === 'kustomize.toolkit.fluxcd.io' && r.kind === 'Kustomization') {
      const dir = repoPath(root, getIn(r.object, ['spec', 'path']));
      const namespace = getIn(r.object, ['spec', 'targetNamespace']);
      if (dir) sourceUnit(dir, r, typeof namespace === 'string' ? namespace : undefined);
    } else if (group === 'helm.toolkit.fluxcd.io' && r.kind === 'HelmRelease') {
      const chart = record(getIn(r.object, ['spec', 'chart', 'spec']));
      if (record(chart?.['sourceRef'])?.['kind'] !== 'GitRepository') continue;
      const dir = repoPath(root, chart?.['chart']);
      const namespace = getIn(r.object, ['spec', 'targetNamespace']) ?? r.namespace;
      const release = getIn(r.object, ['spec', 'releaseName']);
      if (dir)
        sourceUnit(dir, r, typeof namespace === 'string' ? namespace : undefined, {
          valueFiles: chart?.['valuesFiles'],
          values: getIn(r.object, ['spec', 'values']),
          release: typeof release === 'string' ? release : r.name,
        });
    }
  }

  const referenced = referencedKustomizations(root, layout.kustomizeDirs);
  for (const dir of layout.kustomizeDirs) {
    if (claimed.has(dir) || referenced.has(dir)) continue;
    const file = KUSTOMIZATION_FILES.map((f) => posix.join(dir, f)).find((f) => statSync(join(root, f), { throwIfNoEntry: false })) ?? dir;
    kustomizeUnit(dir, { file, line: 1 }, undefined, '');
  }
  for (const chartDir of layout.chartDirs) {
    if (claimed.has(chartDir)) continue;
    const origin = { file: posix.join(chartDir, 'Chart.yaml'), line: 1 };
    const envs = valuesFilesOf(root, chartDir);
    const name = posix.basename(chartDir === '.' ? root : chartDir);
    if (envs.length === 0) helmUnit(chartDir, [], undefined, name, undefined, origin, '');
    for (const values of envs) helmUnit(chartDir, [values], undefined, name, undefined, origin, '');
  }
  return units;
}

/** `relative` that always uses `/`, for repository paths in findings. */
export function repoRelative(root: string, abs: string): string {
  return toPosix(relative(root, abs));
}

/** Files that kustomizations use as patches (strategic merge or JSON 6902), repository-relative. */
export function kustomizePatchFiles(root: string, dirs: string[]): Set<string> {
  const files = new Set<string>();
  for (const dir of dirs) {
    const k = kustomizationOf(root, dir) ?? {};
    const paths = [
      ...list(k['patches']).map((p) => record(p)?.['path']),
      ...list(k['patchesStrategicMerge']),
      ...list(k['patchesJson6902']).map((p) => record(p)?.['path']),
    ];
    for (const p of paths) if (typeof p === 'string' && !p.includes('\n')) files.add(posix.normalize(posix.join(dir, p)));
  }
  return files;
}
