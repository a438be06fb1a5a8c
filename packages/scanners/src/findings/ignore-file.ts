import { readFile } from 'node:fs/promises';
import { ActionError } from '@service-pipeline/action-kit';
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** One accepted risk: a vulnerability (any of its aliases), optionally on one package, until a date. */
export interface IgnoreEntry {
  id: string;
  /** Package name, source package name or purl; absent means every package. */
  package?: string;
  reason: string;
  /** Last day (UTC, YYYY-MM-DD) the entry applies; absent means it never expires. */
  expires?: string;
  file: string;
  line: number;
}

export const IGNORE_FILE_EXAMPLE = `ignore:
  - id: CVE-2023-4911
    package: libc6        # optional: name, source package or purl
    reason: setuid binaries are removed from the image
    expires: 2026-06-30   # optional, YYYY-MM-DD`;

/** The ignore file is not what the gate can rely on; names the file and line. */
export class IgnoreFileError extends ActionError {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, what: string, fix: string) {
    super(`ignore file ${file}:${line}: ${what}`, fix);
    this.name = 'IgnoreFileError';
    this.file = file;
    this.line = line;
  }
}

const KEYS = ['id', 'package', 'reason', 'expires'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export async function readIgnoreFile(path: string): Promise<IgnoreEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ActionError(
      `cannot read the ignore file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      'check the ignore-file path (relative paths resolve against the workspace) or leave it empty',
      { cause: error },
    );
  }
  return parseIgnoreFile(text, path);
}

/** Validates every entry; the first problem is thrown with its line so the author can fix it. */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const syntax = doc.errors[0];
  if (syntax) {
    throw new IgnoreFileError(
      file,
      syntax.linePos?.[0].line ?? 1,
      `is not valid YAML (${syntax.message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?$/, '')})`,
      'fix the YAML syntax',
    );
  }
  const fix = `write it as:\n${IGNORE_FILE_EXAMPLE}`;
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) throw new IgnoreFileError(file, lineOf(doc.contents), 'the top level is not a mapping with an "ignore" list', fix);
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key !== 'ignore') throw new IgnoreFileError(file, lineOf(pair.key as Node), `unknown top-level key "${key}"`, 'the only top-level key is "ignore"');
  }
  const list = doc.contents.get('ignore', true);
  if (list === undefined || (isScalar(list) && list.value === null)) return [];
  if (!isSeq(list)) throw new IgnoreFileError(file, lineOf(list as Node), '"ignore" is not a list', fix);

  return list.items.map((item) => {
    const line = lineOf(item as Node);
    if (!isMap(item)) throw new IgnoreFileError(file, line, 'an entry is not a mapping', fix);
    const values: Record<string, string> = {};
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const keyLine = lineOf(pair.key as Node);
      if (!KEYS.includes(key)) throw new IgnoreFileError(file, keyLine, `unknown key "${key}"`, `use only ${KEYS.join(', ')}`);
      const value = pair.value;
      if (!isScalar(value) || value.value === null || typeof value.value === 'object' || String(value.value).trim() === '') {
        throw new IgnoreFileError(file, keyLine, `"${key}" is empty or not a single value`, `give "${key}" a plain value, e.g. ${exampleValue(key)}`);
      }
      values[key] = String(value.value).trim();
    }
    if (values.id === undefined)
      throw new IgnoreFileError(file, line, 'an entry has no "id"', 'add the vulnerability id, e.g. id: CVE-2023-4911 (a GHSA alias works too)');
    if (values.reason === undefined) {
      throw new IgnoreFileError(
        file,
        line,
        `the entry for ${values.id} has no "reason"`,
        'say why the risk is accepted, e.g. reason: the vulnerable code path is not reachable; reviewers need it',
      );
    }
    if (values.expires !== undefined && !isCalendarDate(values.expires)) {
      throw new IgnoreFileError(
        file,
        line,
        `the entry for ${values.id} has expires "${values.expires}", not a date`,
        'write the last day it applies as YYYY-MM-DD, e.g. expires: 2026-06-30',
      );
    }
    return {
      id: values.id,
      ...(values.package !== undefined ? { package: values.package } : {}),
      reason: values.reason,
      ...(values.expires !== undefined ? { expires: values.expires } : {}),
      file,
      line,
    };
  });
}

/** True once the whole expiry day (UTC) has passed. */
export function isExpired(entry: IgnoreEntry, now: Date): boolean {
  return entry.expires !== undefined && now.getTime() >= Date.parse(`${entry.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000;
}

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.getUTCMonth() + 1 === Number(match[2]) && date.getUTCDate() === Number(match[3]);
}

function exampleValue(key: string): string {
  return { id: 'CVE-2023-4911', package: 'libc6', reason: 'not reachable in this service', expires: '2026-06-30' }[key] ?? 'a string';
}
