import { isDeepStrictEqual } from 'node:util';
import { isAlias, isScalar, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { EditConflictError, EditVerificationError, YamlSyntaxError } from './errors.js';
import type { Change, TargetKind } from './types.js';
import { formatPath, type ParsedYaml, type PathKey, parseYaml, pathsTo, quoteStyleOf, renderScalar, scalarText } from './yaml-source.js';

interface PendingChange {
  doc: number;
  path: PathKey[];
  old: string;
  new: string;
}

/** One replacement of the original text; insertions have start === end. */
interface Splice {
  start: number;
  end: number;
  text: string;
  /** Where the new value starts inside `text`, for the reported line. */
  valueOffset: number;
  order: number;
  newValue: string;
  changes: PendingChange[];
}

interface Expected {
  doc: number;
  path: PathKey[];
  value: unknown;
}

/**
 * Collects in-place edits of one parsed file and applies them by splicing the original text,
 * so every byte outside the edited scalars stays as it was. `apply` re-parses the result and
 * checks that exactly the planned values changed.
 */
export class EditPlan {
  private readonly splices: Splice[] = [];
  private readonly expected: Expected[] = [];
  readonly notes: string[] = [];
  /** Whether the target, once edited, carries the image's tag and digest (written now or already there). */
  readonly carries = { tag: false, digest: false };
  /** What the target held for the image before the edit, one entry per place (for promotion: what an environment runs). */
  readonly current: { tag?: string; digest?: string }[] = [];

  constructor(
    readonly text: string,
    readonly file: string,
    readonly parsed: ParsedYaml,
  ) {}

  get docs(): ParsedYaml['docs'] {
    return this.parsed.docs;
  }

  pathText(doc: number, path: readonly PathKey[]): string {
    return formatPath(path, doc, this.docs.length);
  }

  /** The scalar behind a node, following an alias to its anchor. */
  scalarOf(doc: number, node: unknown): Scalar | undefined {
    const target = isAlias(node) ? node.resolve(this.docs[doc]!) : node;
    return isScalar(target) ? target : undefined;
  }

  valueOf(doc: number, node: unknown): string | undefined {
    const scalar = this.scalarOf(doc, node);
    return scalar ? scalarText(scalar, this.text) : undefined;
  }

  /**
   * Rewrites the scalar at `path` (or the anchor an alias there names). An anchored scalar, or
   * one inside an anchored map, changes at every alias too, as YAML says they are the same
   * value: each of those paths is reported as a change of its own and verified.
   */
  setScalar(doc: number, path: PathKey[], node: unknown, value: string): void {
    const scalar = this.scalarOf(doc, node);
    if (!scalar?.range) {
      throw new EditConflictError(this.file, `${this.pathText(doc, path)} is not a scalar value`, 'point the target at a string value');
    }
    const old = scalarText(scalar, this.text);
    if (old === value) return;
    const [start, end] = scalar.range;
    const existing = this.splices.find((splice) => splice.start === start && splice.end === end);
    if (existing) {
      if (existing.newValue === value) return;
      throw new EditConflictError(
        this.file,
        `${this.pathText(doc, path)} shares its value with another target that gets ${existing.newValue}, not ${value}`,
        'give the two values separate scalars instead of one anchor',
      );
    }
    const found = pathsTo(this.docs[doc]!, scalar, this.file);
    const paths = found.length > 0 ? found : [path];
    const { text, valueOffset, parsedValue } = this.render(scalar, old, value, this.pathText(doc, path));
    this.splices.push({
      start,
      end,
      text,
      valueOffset,
      order: this.splices.length,
      newValue: value,
      changes: paths.map((p) => ({ doc, path: p, old, new: value })),
    });
    for (const p of paths) this.expected.push({ doc, path: p, value: parsedValue });
  }

  /** Adds `key: value` as a sibling right after `after`, in the map's own indentation or flow style. */
  insertAfter(doc: number, map: YAMLMap, after: Pair, key: string, value: string, path: PathKey[]): void {
    const entry = `${key}: ${renderScalar(value, quoteStyleOf(after.value))}`;
    const end = this.valueEnd(after);
    const mapPaths = pathsTo(this.docs[doc]!, map, this.file);
    const paths = mapPaths.length > 0 ? mapPaths.map((p) => [...p, path.at(-1)!]) : [path];
    if (map.flow) {
      this.pushInsert(end, `, ${entry}`, 2 + key.length + 2, doc, paths, value);
      return;
    }
    const keyStart = (after.key as Scalar).range![0];
    let lineStart = this.text.lastIndexOf('\n', keyStart - 1) + 1;
    if (lineStart === 0 && this.text.startsWith('\uFEFF')) lineStart = 1;
    let lineEnd = end;
    while (lineEnd < this.text.length && this.text[lineEnd] !== '\n' && this.text[lineEnd] !== '\r') lineEnd++;
    const eol = this.lineBreakAt(lineEnd);
    const indent = ' '.repeat(keyStart - lineStart);
    this.pushInsert(lineEnd, `${eol}${indent}${entry}`, eol.length + indent.length + key.length + 2, doc, paths, value);
  }

  /**
   * Inserts `text` at `at` (a whole new YAML node, e.g. a list entry); `path` is where it shows
   * up and `value` what it reads as, for the check after the edit. Reported as one change.
   */
  insertNode(at: number, text: string, valueOffset: number, doc: number, path: PathKey[], value: unknown, summary: string): void {
    this.pushInsert(at, text, valueOffset, doc, [path], summary, value);
  }

  /** The line break the file uses at `offset` (or, at the end of a line without one, elsewhere). */
  eolAt(offset: number): string {
    return this.lineBreakAt(offset);
  }

  observe(held: { tag?: string | undefined; digest?: string | undefined }): void {
    const clean = (v: string | undefined) => (v === undefined || v === '' || v === '~' || v === 'null' ? undefined : v);
    const tag = clean(held.tag);
    const digest = clean(held.digest);
    if (tag !== undefined || digest !== undefined) this.current.push({ ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) });
  }

  note(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message);
  }

  get isEmpty(): boolean {
    return this.splices.length === 0;
  }

  /** The edited text and its changes; throws EditVerificationError unless exactly the planned values changed. */
  apply(kind: TargetKind): { text: string; changes: Change[] } {
    const ordered = [...this.splices].sort((a, b) => a.start - b.start || a.order - b.order);
    let text = '';
    let cursor = 0;
    const valueStarts: number[] = [];
    for (const splice of ordered) {
      if (splice.start < cursor) throw new EditVerificationError(this.file, `overlapping edits at offset ${splice.start}`);
      text += this.text.slice(cursor, splice.start);
      valueStarts.push(text.length + splice.valueOffset);
      text += splice.text;
      cursor = splice.end;
    }
    text += this.text.slice(cursor);
    const reparsed = this.verify(text);
    const changes = ordered.flatMap((splice, index) =>
      splice.changes.map((change) => ({
        file: this.file,
        kind,
        path: this.pathText(change.doc, change.path),
        doc: change.doc,
        line: reparsed.lineCounter.linePos(valueStarts[index]!).line,
        old: change.old,
        new: change.new,
      })),
    );
    return { text, changes };
  }

  private verify(text: string): ParsedYaml {
    let reparsed: ParsedYaml;
    try {
      reparsed = parseYaml(text, this.file);
    } catch (error) {
      if (error instanceof YamlSyntaxError) throw new EditVerificationError(this.file, `the file into invalid YAML (${error.message})`);
      throw error;
    }
    if (reparsed.docs.length !== this.docs.length) {
      throw new EditVerificationError(this.file, `the number of documents from ${this.docs.length} to ${reparsed.docs.length}`);
    }
    this.docs.forEach((doc, index) => {
      const want = doc.toJS({ maxAliasCount: -1 }) as unknown;
      for (const expected of this.expected) {
        if (expected.doc === index) setIn(want, expected.path, expected.value);
      }
      const got = reparsed.docs[index]!.toJS({ maxAliasCount: -1 }) as unknown;
      if (!isDeepStrictEqual(got, want)) {
        const where = firstDifference(want, got, []) ?? [];
        throw new EditVerificationError(this.file, `${this.pathText(index, where) || 'the document root'}, which is not an intended path`);
      }
    });
    return reparsed;
  }

  /** One insertion reported as a change of `value` at each of `paths`, each of which must then read as `expected`. */
  private pushInsert(at: number, text: string, valueOffset: number, doc: number, paths: PathKey[][], value: string, expected: unknown = value): void {
    this.splices.push({
      start: at,
      end: at,
      text,
      valueOffset,
      order: this.splices.length,
      newValue: value,
      changes: paths.map((path) => ({ doc, path, old: '', new: value })),
    });
    for (const path of paths) this.expected.push({ doc, path, value: expected });
  }

  private render(scalar: Scalar, old: string, value: string, where: string): { text: string; valueOffset: number; parsedValue: unknown } {
    const [start, end] = scalar.range!;
    if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
      // Only the content line changes; header (|-, |+, >2), chomping and indentation stay.
      const bodyStart = this.text.indexOf('\n', start) + 1;
      const body = this.text.slice(bodyStart, end);
      const at = body.indexOf(old);
      if (old === '' || body.trim() !== old || /[\r\n]/.test(value)) {
        throw new EditConflictError(this.file, `the block scalar at ${where} holds more than one line`, 'write the image value on one line');
      }
      const text = this.text.slice(start, bodyStart) + body.slice(0, at) + value + body.slice(at + old.length);
      return { text, valueOffset: bodyStart - start + at, parsedValue: String(scalar.value).replace(old, value) };
    }
    const rendered = renderScalar(value, quoteStyleOf(scalar));
    if (start === end) {
      // An empty value (`tag:`): keep `key: value` spacing and keep a following comment a comment.
      const before = start > 0 && !/[ \t]/.test(this.text[start - 1]!) ? ' ' : '';
      const after = this.text[start] === '#' ? ' ' : '';
      return { text: `${before}${rendered}${after}`, valueOffset: before.length, parsedValue: value };
    }
    return { text: rendered, valueOffset: 0, parsedValue: value };
  }

  private valueEnd(pair: Pair): number {
    const value = pair.value;
    if (isScalar(value) && value.range && value.range[1] > value.range[0]) {
      let end = value.range[1];
      if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') {
        while (end > value.range[0] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
      }
      return end;
    }
    if (isAlias(value) && value.range) return value.range[1];
    return (pair.key as Scalar).range![1] + (this.text[(pair.key as Scalar).range![1]] === ':' ? 1 : 0);
  }

  private lineBreakAt(offset: number): string {
    if (this.text[offset] === '\r') return '\r\n';
    if (this.text[offset] === '\n') return '\n';
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }
}

function setIn(root: unknown, path: readonly PathKey[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  path.forEach((key, index) => {
    if (index === path.length - 1) node[key] = value;
    else node = node[key] as Record<string | number, unknown>;
  });
}

function firstDifference(a: unknown, b: unknown, path: PathKey[]): PathKey[] | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const step: PathKey = Array.isArray(a) ? Number(key) : key;
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...path, step]);
    if (found) return found;
  }
  return path;
}
