import { type Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, type Node, type Pair, parseAllDocuments, parseDocument, type Scalar } from 'yaml';
import { EditConflictError, YamlSyntaxError } from './errors.js';

/** A step in a value path: a map key (string) or a sequence index (number). */
export type PathKey = string | number;

export interface ParsedYaml {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
}

/** Parses every `---` document; the first error (any document) becomes a YamlSyntaxError naming file:line:col. */
export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const docs = [...parseAllDocuments(text, { lineCounter, prettyErrors: true })];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
      throw new YamlSyntaxError(file, pos?.line ?? 1, pos?.col ?? 1, reason);
    }
  }
  return { docs, lineCounter };
}

/** The key of a pair as a path step; complex (map/seq) keys are not addressable and yield undefined. */
export function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

export function pairOf(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => keyOf(pair) === key);
}

/** Depth-first walk over every node; aliases are visited but not followed, so nothing is seen twice. */
export function walk(node: unknown, path: PathKey[], visit: (node: Node, path: PathKey[]) => void): void {
  if (!isNode(node)) return;
  visit(node, path);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyOf(pair);
      if (key !== undefined) walk(pair.value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, [...path, index], visit));
  }
}

/** `spec.template.spec.containers[0].image`; multi-document files get a `doc[N].` prefix. */
export function formatPath(path: readonly PathKey[], doc: number, docCount: number): string {
  let body = '';
  for (const key of path) {
    if (typeof key === 'number') body += `[${key}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(key)) body += body === '' ? key : `.${key}`;
    else body += `[${JSON.stringify(key)}]`;
  }
  if (docCount <= 1) return body;
  return body === '' || body.startsWith('[') ? `doc[${doc}]${body}` : `doc[${doc}].${body}`;
}

/** Parses `a.b[0].c` into path steps. */
export function parsePath(text: string): PathKey[] | undefined {
  const steps: PathKey[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/gy;
  let position = 0;
  while (position < text.length) {
    if (position > 0 && text[position] === '.') position++;
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (!match) return undefined;
    steps.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
    position = pattern.lastIndex;
  }
  return steps.length > 0 ? steps : undefined;
}

/**
 * The node at `path`, following aliases on the way (`image: *defaults` reaches the anchored
 * map), so a path names what a YAML reader sees there.
 */
export function nodeAt(root: unknown, path: readonly PathKey[], doc?: Document.Parsed): { node: unknown; parent: unknown; pair?: Pair } | undefined {
  const resolve = (n: unknown): unknown => (doc && isAlias(n) ? n.resolve(doc) : n);
  let node: unknown = resolve(root);
  let parent: unknown;
  let pair: Pair | undefined;
  for (const key of path) {
    parent = node;
    if (typeof key === 'number') {
      if (!isSeq(node)) return undefined;
      node = node.items[key];
      pair = undefined;
    } else {
      pair = pairOf(node, key);
      if (!pair) return undefined;
      node = pair.value;
    }
    if (node === undefined) return undefined;
    node = resolve(node);
  }
  return pair ? { node, parent, pair } : { node, parent };
}

const MAX_VISITS = 100_000;

/**
 * Every path at which `target` is seen once aliases are followed: an anchored value, or a value
 * inside an anchored map, shows up at the anchor and at each alias. Refuses alias bombs.
 */
export function pathsTo(doc: Document.Parsed, target: unknown, file: string): PathKey[][] {
  const paths: PathKey[][] = [];
  let visits = 0;
  const visit = (node: unknown, path: PathKey[], depth: number): void => {
    if (++visits > MAX_VISITS || depth > 200)
      throw new EditConflictError(file, 'the aliases expand to too many values', 'simplify the anchors and aliases of the file');
    const resolved = isAlias(node) ? node.resolve(doc) : node;
    if (resolved === target) paths.push(path);
    if (isMap(resolved)) {
      for (const pair of resolved.items) {
        const key = keyOf(pair);
        if (key !== undefined) visit(pair.value, [...path, key], depth + 1);
      }
    } else if (isSeq(resolved)) {
      resolved.items.forEach((item, index) => visit(item, [...path, index], depth + 1));
    }
  };
  visit(doc.contents, [], 0);
  return paths;
}

/** The scalar's value as text, as written for plain scalars so `1.20` stays `1.20` and not `1.2`. */
export function scalarText(scalar: Scalar, text: string): string {
  if (scalar.value === null || scalar.value === undefined) {
    return scalar.range && scalar.range[0] < scalar.range[1] ? text.slice(scalar.range[0], scalar.range[1]) : '';
  }
  if (typeof scalar.value === 'string') {
    return scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED' ? scalar.value.trim() : scalar.value;
  }
  if (scalar.type === 'PLAIN' && scalar.range) return text.slice(scalar.range[0], scalar.range[1]);
  return String(scalar.value);
}

const FLOW_OR_COMMENT = /[,[\]{}#]/;

/**
 * Whether `value` can be written without quotes and still be read back as this exact string by
 * YAML 1.2 (the yaml package, Go's yaml.v3) and YAML 1.1 (PyYAML, older Go/Ruby tools): `1.20`,
 * `yes`, `on`, `0777`, `1_000`, `12:30` or a date would turn into numbers, booleans or timestamps.
 */
export function isSafePlain(value: string): boolean {
  // PyYAML resolves a bare `=` to its `value` type and cannot construct it; `<<` is the merge key.
  if (value === '' || value === '=' || value === '<<' || value !== value.trim() || /[\r\n\t]/.test(value) || FLOW_OR_COMMENT.test(value)) return false;
  for (const version of ['1.1', '1.2'] as const) {
    const doc = parseDocument(value, { version });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    const contents = doc.contents;
    if (!isScalar(contents) || contents.type !== 'PLAIN' || contents.value !== value) return false;
  }
  return true;
}

export type QuoteStyle = 'plain' | 'single' | 'double';

/** Renders a string scalar keeping the wanted quote style; plain falls back to double quotes when unsafe. */
export function renderScalar(value: string, style: QuoteStyle): string {
  if (style === 'single') return `'${value.replaceAll("'", "''")}'`;
  if (style === 'double' || !isSafePlain(value)) return JSON.stringify(value);
  return value;
}

export function quoteStyleOf(node: unknown): QuoteStyle {
  if (isScalar(node) && node.type === 'QUOTE_SINGLE') return 'single';
  if (isScalar(node) && node.type === 'QUOTE_DOUBLE') return 'double';
  return 'plain';
}
