import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { isInside } from '@service-pipeline/action-kit';
import { runCommand, SpawnError } from '@service-pipeline/action-kit/exec';
import { stringify } from 'yaml';
import { type Location, type NotAResource, type ObjectPath, parseSourceDocuments, type Resource, resourcesOf, type SourceDocument } from './documents.js';
import type { Finding } from './findings.js';
import { toPosix } from './options.js';
import type { RenderUnit } from './repository.js';
import { record } from './workloads.js';

/** Renderer binaries; a missing one turns the units that need it into findings, never into silence. */
export interface Renderers {
  helm?: string;
  /** A kustomize binary (v4+ adds origin annotations, so rendered objects keep their source file). */
  kustomize?: string;
  /** kubectl, for `kubectl kustomize` when there is no kustomize binary. */
  kubectl?: string;
}

const ORIGIN = 'config.kubernetes.io/origin';

export interface RenderResult {
  resources: Resource[];
  notResources: NotAResource[];
  findings: Finding[];
}

/** Every YAML document of the repository by kind and name, to map rendered objects back to their source. */
export class SourceIndex {
  readonly #byKind = new Map<string, SourceDocument[]>();
  readonly #patches = new Set<SourceDocument>();

  /** `patch`: the file is a kustomize patch (it changes an object declared elsewhere). */
  add(documents: SourceDocument[], patch = false): void {
    for (const doc of documents) {
      if (patch) this.#patches.add(doc);
      const kind = record(doc.value)?.['kind'];
      if (typeof kind !== 'string') continue;
      const docs = this.#byKind.get(kind) ?? [];
      docs.push(doc);
      this.#byKind.set(kind, docs);
    }
  }

  /** Source documents declaring this object (exact name first, then names a prefix/suffix extends), nearest to `near` first. */
  candidates(kind: string, name: string, near: string[]): SourceDocument[] {
    const docs = this.#byKind.get(kind) ?? [];
    const nameOf = (d: SourceDocument): string => String(record(record(d.value)?.['metadata'])?.['name'] ?? '');
    const score = (d: SourceDocument): number => {
      const n = nameOf(d);
      const nameScore = n === name ? 0 : n !== '' && name.includes(n) ? 1 : 9;
      const dirScore = near.some((dir) => d.file.startsWith(`${dir}/`) || dir === '.') ? 0 : 1;
      return nameScore * 2 + dirScore;
    };
    return docs.filter((d) => score(d) < 18).sort((a, b) => score(a) - score(b));
  }

  isPatch(doc: SourceDocument): boolean {
    return this.#patches.has(doc);
  }
}

/** A unit that rendered nothing, and the finding that says why. */
function nothingRendered(finding: Finding): RenderResult {
  return { resources: [], notResources: [], findings: [finding] };
}

function renderFailure(unit: RenderUnit, rule: string, message: string, fix: string): Finding {
  return { tool: 'render', rule, severity: 'error', file: unit.origin.file, line: unit.origin.line, message, fix };
}

/**
 * The line of a field in the documents an object came from: an overlay's patch that sets the
 * field wins over the base that declares the object; otherwise the nearest ancestor in the base.
 */
function locator(primary: SourceDocument, others: SourceDocument[]): (path: ObjectPath) => Location {
  return (path) => {
    for (const doc of [...others, primary]) if (doc.has(path)) return { file: doc.file, line: doc.lineOf(path) };
    return { file: primary.file, line: primary.lineOf(path) };
  };
}

async function kustomizeBuild(
  root: string,
  unit: Extract<RenderUnit, { kind: 'kustomize' }>,
  renderers: Renderers,
): Promise<{ text: string; wrapper?: string } | Finding> {
  const target = join(root, unit.dir);
  if (renderers.kustomize) {
    // A wrapper kustomization asks for origin annotations without touching the repository.
    const wrapper = await mkdtemp(join(tmpdir(), 'config-validate-kustomize-'));
    await writeFile(join(wrapper, 'kustomization.yaml'), stringify({ resources: [relative(wrapper, target)], buildMetadata: ['originAnnotations'] }));
    const result = await runCommand(renderers.kustomize, ['build', wrapper], { captureStdout: true, keepLines: 20 });
    if (result.code !== 0) {
      await rm(wrapper, { recursive: true, force: true });
      return renderFailure(
        unit,
        'render/failed',
        `kustomize build ${unit.dir} failed: ${result.tail.slice(-3).join(' ')}`,
        'fix the kustomization (run kustomize build locally to see the whole error)',
      );
    }
    return { text: result.stdout, wrapper };
  }
  if (renderers.kubectl) {
    const result = await runCommand(renderers.kubectl, ['kustomize', target], { captureStdout: true, keepLines: 20 });
    if (result.code !== 0)
      return renderFailure(
        unit,
        'render/failed',
        `kubectl kustomize ${unit.dir} failed: ${result.tail.slice(-3).join(' ')}`,
        'fix the kustomization (run kubectl kustomize locally to see the whole error)',
      );
    return { text: result.stdout };
  }
  return renderFailure(
    unit,
    'render/tool-missing',
    `${unit.dir} is a kustomization, but neither kustomize nor kubectl is installed, so it was not rendered or checked`,
    'install kustomize (or kubectl) on the runner, or pass kustomize-path',
  );
}

function originFile(root: string, wrapper: string, object: Record<string, unknown>): string | undefined {
  const annotations = record(record(object['metadata'])?.['annotations']);
  const origin = annotations?.[ORIGIN];
  if (!annotations || typeof origin !== 'string') return undefined;
  delete annotations[ORIGIN];
  if (Object.keys(annotations).length === 0) delete record(object['metadata'])!['annotations'];
  const path = /^path:\s*(.+)$/m.exec(origin)?.[1]?.trim();
  if (!path) return undefined;
  const abs = isAbsolute(path) ? path : resolve(wrapper, path);
  return isInside(root, abs) ? toPosix(relative(root, abs)) : undefined;
}

export async function renderKustomize(
  root: string,
  unit: Extract<RenderUnit, { kind: 'kustomize' }>,
  renderers: Renderers,
  index: SourceIndex,
): Promise<RenderResult> {
  const built = await kustomizeBuild(root, unit, renderers);
  if ('rule' in built) return nothingRendered(built);
  try {
    const { documents, error } = parseSourceDocuments(unit.dir, built.text);
    if (error)
      return nothingRendered(
        renderFailure(unit, 'render/failed', `kustomize output for ${unit.dir} is not YAML: ${error.message}`, 'report this: the renderer wrote invalid YAML'),
      );
    const out: RenderResult = { resources: [], notResources: [], findings: [] };
    for (const doc of documents) {
      const object = record(doc.value);
      if (!object) continue;
      const file = built.wrapper ? originFile(root, built.wrapper, object) : undefined;
      const kind = String(object['kind'] ?? '');
      const name = String(record(object['metadata'])?.['name'] ?? '');
      const candidates = index.candidates(kind, name, [unit.dir]);
      const primary = (file ? candidates.find((c) => c.file === file) : undefined) ?? candidates.find((c) => !index.isPatch(c)) ?? candidates[0];
      const at = primary
        ? {
            file: primary.file,
            line: primary.line,
            value: object,
            lineOf: primary.lineOf,
            has: () => false,
            locate: locator(
              primary,
              candidates.filter((c) => c !== primary && index.isPatch(c) && c.file.startsWith(`${unit.dir}/`)),
            ),
          }
        : { file: file ?? unit.origin.file, line: file ? 1 : unit.origin.line, value: object, lineOf: () => (file ? 1 : unit.origin.line), has: () => false };
      resourcesOf(at, unit.label, out);
    }
    return out;
  } finally {
    if (built.wrapper) await rm(built.wrapper, { recursive: true, force: true });
  }
}

/** The line of a field in a Helm template: its key after the document's `kind:` line (templates are not YAML). */
function templateLocator(lines: string[], kind: string): { line: number; lineOf: (path: ObjectPath) => number } {
  const kindLine = Math.max(
    0,
    lines.findIndex((l) => new RegExp(`^kind:\\s*${kind}\\s*$`).test(l)),
  );
  return {
    line: kindLine + 1,
    lineOf: (path) => {
      const key = [...path].reverse().find((p): p is string => typeof p === 'string');
      if (!key) return kindLine + 1;
      const keyPattern = new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`);
      for (let i = kindLine; i < lines.length; i++) {
        if (i > kindLine && /^---/.test(lines[i]!)) break;
        if (keyPattern.test(lines[i]!)) return i + 1;
      }
      return kindLine + 1;
    },
  };
}

export async function renderHelm(root: string, unit: Extract<RenderUnit, { kind: 'helm' }>, renderers: Renderers): Promise<RenderResult> {
  if (!renderers.helm) {
    return nothingRendered(
      renderFailure(
        unit,
        'render/tool-missing',
        `${unit.chartDir} is a Helm chart, but helm is not installed, so it was not rendered or checked`,
        'install helm on the runner, or pass helm-path',
      ),
    );
  }
  const temp = await mkdtemp(join(tmpdir(), 'config-validate-helm-'));
  try {
    const args = ['template', unit.release, join(root, unit.chartDir)];
    for (const f of unit.valueFiles) args.push('-f', join(root, f));
    if (unit.values !== undefined && unit.values !== null) {
      await writeFile(join(temp, 'inline-values.yaml'), stringify(unit.values));
      args.push('-f', join(temp, 'inline-values.yaml'));
    }
    if (unit.namespace) args.push('--namespace', unit.namespace);
    let result;
    try {
      result = await runCommand(renderers.helm, args, { captureStdout: true, keepLines: 20 });
    } catch (error) {
      if (error instanceof SpawnError)
        return nothingRendered(
          renderFailure(unit, 'render/tool-missing', `cannot run helm (${error.message})`, 'install helm on the runner, or pass helm-path'),
        );
      throw error;
    }
    if (result.code !== 0) {
      return nothingRendered(
        renderFailure(
          unit,
          'render/failed',
          `helm template ${unit.chartDir} failed: ${result.tail.slice(-3).join(' ')}`,
          'fix the chart or its values (run helm template locally to see the whole error)',
        ),
      );
    }
    const out: RenderResult = { resources: [], notResources: [], findings: [] };
    const chartName = posix.basename(unit.chartDir === '.' ? root : unit.chartDir);
    const templates = new Map<string, string[]>();
    // helm separates documents with `---\n# Source: <chart>/templates/<file>`.
    for (const chunk of result.stdout.split(/^---\s*$/m)) {
      const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
      const { documents } = parseSourceDocuments(unit.chartDir, chunk);
      for (const doc of documents) {
        const object = record(doc.value);
        if (!object) continue;
        const inChart = source ? source.replace(new RegExp(`^${chartName}/`), '') : undefined;
        const file = inChart ? posix.join(unit.chartDir, inChart) : posix.join(unit.chartDir, 'Chart.yaml');
        if (!templates.has(file)) templates.set(file, (await readFile(join(root, file), 'utf8').catch(() => '')).split('\n'));
        const at = templateLocator(templates.get(file)!, String(object['kind'] ?? ''));
        resourcesOf({ file, line: at.line, value: object, lineOf: at.lineOf, has: () => false }, unit.label, out);
      }
    }
    return out;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
