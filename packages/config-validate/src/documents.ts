import { type Document, isMap, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';

export type ObjectPath = (string | number)[];

export interface Location {
  file: string;
  line: number;
}

/** A Kubernetes object and where its text lives, so a finding can point at the line to change. */
export interface Resource {
  object: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  /** Repository-relative file the object comes from (for rendered objects: the source file that declares it). */
  file: string;
  /** Line of the object's first key in `file`. */
  line: number;
  /**
   * Where a field is written: the file and line of the field when the source text has it (a
   * kustomize patch that sets it wins over the base), else of its nearest ancestor that it has.
   */
  locate(path: ObjectPath): Location;
  /** How it was produced: `plain`, or the renderer and unit (`kustomize overlays/prod`, `helm charts/web -f values-prod.yaml`). */
  renderedBy: string;
}

/** A document that is YAML but not a Kubernetes object (no apiVersion or kind). */
export interface NotAResource {
  file: string;
  line: number;
  missing: string[];
}

export interface YamlError {
  file: string;
  line: number;
  message: string;
}

export interface ParsedFile {
  file: string;
  resources: Resource[];
  notResources: NotAResource[];
  error?: YamlError;
}

/** A YAML source document that other code can search for fields (to map rendered objects back to their source). */
export interface SourceDocument {
  file: string;
  line: number;
  value: unknown;
  lineOf(path: ObjectPath): number;
  /** Whether the text itself has this field (not only an ancestor of it). */
  has(path: ObjectPath): boolean;
  /** For rendered objects: where a field is written, across the base and its patches. */
  locate?: (path: ObjectPath) => Location;
}

// Kubernetes decodes manifests with sigs.k8s.io/yaml, i.e. YAML 1.1 scalars (yes/no/on/off are booleans).
const YAML_OPTIONS = { version: '1.1' as const, uniqueKeys: true, merge: true };

function nodeLine(node: Node | undefined, counter: LineCounter): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : counter.linePos(start).line;
}

/** The line of the deepest node on `path` that exists, or of the key that holds it. */
function lineFinder(doc: Document, counter: LineCounter, fallback: number): (path: ObjectPath) => number {
  return (path) => {
    let node: unknown = doc.contents;
    let line = nodeLine(doc.contents ?? undefined, counter) ?? fallback;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        line = nodeLine(pair.key as Node, counter) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
        node = node.items[key];
        line = nodeLine(node as Node, counter) ?? line;
      } else break;
    }
    return line;
  };
}

/**
 * Parses every YAML document of a file; a syntax error ends the file with its line. The syntax
 * trees are not kept: a field's line is looked up by parsing the file again, only for the rare
 * object that has a finding (keeping 2,000 trees alive doubles the garbage collector's work).
 */
export function parseSourceDocuments(file: string, text: string): { documents: SourceDocument[]; error?: YamlError } {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: counter });
  if (!Array.isArray(docs)) return { documents: [] };
  let trees: { docs: Document[]; counter: LineCounter } | undefined;
  const tree = (index: number): { doc: Document; counter: LineCounter } => {
    if (!trees) {
      const again = new LineCounter();
      trees = { docs: parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: again }) as Document[], counter: again };
    }
    return { doc: trees.docs[index]!, counter: trees.counter };
  };
  const documents: SourceDocument[] = [];
  for (const [index, doc] of docs.entries()) {
    const problem = doc.errors[0];
    if (problem) {
      const line = counter.linePos(problem.pos[0]).line;
      return { documents, error: { file, line, message: problem.message.split('\n')[0]! } };
    }
    if (doc.contents === null) continue;
    const line = nodeLine(doc.contents, counter) ?? 1;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return { documents, error: { file, line, message: (error as Error).message } };
    }
    documents.push({
      file,
      line,
      value,
      lineOf: (path) => {
        const { doc: d, counter: c } = tree(index);
        return lineFinder(d, c, line)(path);
      },
      has: (path) => tree(index).doc.hasIn(path),
    });
  }
  return { documents };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function toResource(
  object: Record<string, unknown>,
  at: { file: string; line: number; locate(path: ObjectPath): Location; renderedBy: string },
): Resource {
  const metadata = isObject(object['metadata']) ? object['metadata'] : {};
  const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined;
  return {
    object,
    apiVersion: String(object['apiVersion']),
    kind: String(object['kind']),
    name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
    ...(namespace ? { namespace } : {}),
    file: at.file,
    line: at.line,
    locate: at.locate,
    renderedBy: at.renderedBy,
  };
}

/** Splits a document into Kubernetes objects (a `kind: List` into its items). */
export function resourcesOf(document: SourceDocument, renderedBy: string, out: { resources: Resource[]; notResources: NotAResource[] }): void {
  const value = document.value;
  if (!isObject(value)) {
    out.notResources.push({ file: document.file, line: document.line, missing: ['apiVersion', 'kind'] });
    return;
  }
  const missing = ['apiVersion', 'kind'].filter((k) => typeof value[k] !== 'string' || value[k] === '');
  if (missing.length > 0) {
    out.notResources.push({ file: document.file, line: document.line, missing });
    return;
  }
  if (value['kind'] === 'List' && Array.isArray(value['items'])) {
    value['items'].forEach((item, i) => {
      const lineOf = (path: ObjectPath) => document.lineOf(['items', i, ...path]);
      const has = (path: ObjectPath) => document.has(['items', i, ...path]);
      const locate = document.locate ? (path: ObjectPath) => document.locate!(['items', i, ...path]) : undefined;
      resourcesOf({ file: document.file, line: lineOf([]), value: item, lineOf, has, ...(locate ? { locate } : {}) }, renderedBy, out);
    });
    return;
  }
  const locate = document.locate ?? ((path: ObjectPath) => ({ file: document.file, line: document.lineOf(path) }));
  out.resources.push(toResource(value, { file: document.file, line: document.line, locate, renderedBy }));
}

/** Parses a manifest file into resources, keeping the line of every object and field. */
export function parseManifestFile(file: string, text: string, renderedBy = 'plain'): ParsedFile {
  const { documents, error } = parseSourceDocuments(file, text);
  const out = { resources: [] as Resource[], notResources: [] as NotAResource[] };
  for (const document of documents) resourcesOf(document, renderedBy, out);
  return { file, ...out, ...(error ? { error } : {}) };
}

export function looksLikeKubernetesObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string';
}
