import { statSync } from 'node:fs';
import { allowedRoots, confinePath, type PathAccess, PathRefusedError } from './confine.js';
import { InputError } from './errors.js';
import * as core from './runner.js';
import { secretForms } from './secret-forms.js';
import { branchNameProblem, LINE_MAX, TEXT_MAX, textProblem } from './text.js';
import { BYTE_SIZE_FORMS, DURATION_FORMS, readByteSize, readDuration } from './units.js';

/** Returns the raw value of an input, or '' when it is unset. */
export type InputSource = (name: string) => string;

/** Reads inputs the way the runner passes them (same name mangling as core.getInput). */
export const actionInputSource: InputSource = (name) => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

// A Map, not an object literal, so "constructor" or "toString" cannot hit a prototype property.
const BOOLEAN_SPELLINGS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const DECIMAL_INTEGER = /^-?\d+$/;
const SET_IT = 'set it under "with:" in the workflow step';
// Room for a JWT or a 16384-bit PEM key, far below what would swamp a log.
const SECRET_MAX = 32 * 1024;

export interface SecretOptions {
  required?: boolean;
  multiline?: boolean;
  /** The input whose value pairs with this one in basic auth (`user:password` forms are masked too). */
  user?: string;
  /** Forms only the caller knows, e.g. the value part of `id=value` lines. */
  derived?: (value: string) => string[];
}

/** Strict, typed access to action inputs: every bad value becomes an InputError naming the input and the fix. */
export class Inputs {
  readonly #source: InputSource;
  readonly #workspace: string;
  readonly #env: NodeJS.ProcessEnv;

  constructor(source: InputSource = actionInputSource, options: { workspace?: string; env?: NodeJS.ProcessEnv } = {}) {
    this.#source = source;
    this.#env = options.env ?? process.env;
    this.#workspace = options.workspace ?? this.#env['GITHUB_WORKSPACE'] ?? process.cwd();
  }

  has(name: string): boolean {
    return this.#raw(name) !== '';
  }

  /** Single-line and at most LINE_MAX characters unless `multiline` / `maxLength` say otherwise. */
  string(name: string, opts: { required?: boolean; default?: string; pattern?: RegExp; hint?: string; multiline?: boolean; maxLength?: number } = {}): string {
    const value = this.#raw(name);
    if (value === '') {
      if (opts.default !== undefined) return opts.default;
      if (opts.required) throw new InputError(name, 'is required', opts.hint ?? SET_IT);
      return '';
    }
    this.#checkText(name, value, opts);
    // search() ignores lastIndex, so a pattern with the g or y flag cannot make validation stateful.
    if (opts.pattern && value.search(opts.pattern) === -1) {
      throw new InputError(name, `must match ${opts.pattern} (got ${quote(value)})`, opts.hint ?? 'change it to match');
    }
    return value;
  }

  boolean(name: string, defaultValue?: boolean): boolean {
    const value = this.#raw(name);
    if (value === '') return defaultValue ?? missing(name, 'set it to true or false');
    const parsed = BOOLEAN_SPELLINGS.get(value);
    if (parsed === undefined) {
      throw new InputError(name, `must be one of ${[...BOOLEAN_SPELLINGS.keys()].join(', ')} (got ${quote(value)})`, 'set it to true or false');
    }
    return parsed;
  }

  enumValue<T extends string>(name: string, allowed: readonly T[], defaultValue?: T): T {
    const value = this.#raw(name);
    const choices = allowed.join(', ');
    if (value === '') return defaultValue ?? missing(name, `set it to one of ${choices}`);
    if (isOneOf(value, allowed)) return value;
    const differentCase = allowed.find((choice) => choice.toLowerCase() === value.toLowerCase());
    throw new InputError(
      name,
      `must be one of ${choices} (got ${quote(value)})`,
      differentCase === undefined ? 'set it to one of those values' : `use ${quote(differentCase)}; values are case-sensitive`,
    );
  }

  /** Items one per line (or comma-separated); each single-line and at most `maxItemLength` (LINE_MAX) characters. */
  list(name: string, opts: { required?: boolean; commas?: boolean; maxItemLength?: number } = {}): string[] {
    const commas = opts.commas ?? true;
    const raw = this.#raw(name);
    if (raw.length > TEXT_MAX) throw new InputError(name, `is ${raw.length} characters long`, `shorten it to at most ${TEXT_MAX} characters`);
    const items = raw
      .split(/\r?\n/)
      .filter((line) => !line.trimStart().startsWith('#'))
      .flatMap((line) => (commas ? line.split(',') : [line]))
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length === 0 && opts.required) {
      throw new InputError(name, 'is required', `${SET_IT}, one item per line${commas ? ' or comma-separated' : ''}`);
    }
    items.forEach((item, index) => {
      const problem = textProblem(item, { maxLength: opts.maxItemLength ?? LINE_MAX });
      if (problem) throw new InputError(name, `item ${index + 1} ${problem.what}`, problem.fix);
    });
    return items;
  }

  /** A branch name git accepts (the rules of `git check-ref-format --branch`), or the default / ''. */
  branch(name: string, opts: { default?: string } = {}): string {
    const value = this.#raw(name);
    if (value === '') return opts.default ?? '';
    const problem = branchNameProblem(value);
    if (problem) {
      throw new InputError(
        name,
        `is not a valid branch name: it ${problem} (got ${quote(value)})`,
        'use a name git accepts (see git check-ref-format), e.g. main or release/1.x',
      );
    }
    return value;
  }

  integer(name: string, opts: { default?: number; min?: number; max?: number } = {}): number {
    const value = this.#raw(name);
    const expected = `an integer${describeRange(opts.min, opts.max)}`;
    if (value === '') return opts.default ?? missing(name, `set it to ${expected}`);
    const parsed = DECIMAL_INTEGER.test(value) ? Number(value) : Number.NaN;
    const inRange = Number.isSafeInteger(parsed) && (opts.min === undefined || parsed >= opts.min) && (opts.max === undefined || parsed <= opts.max);
    if (!inRange) {
      throw new InputError(name, `must be ${expected} (got ${quote(value)})`, `set it to ${expected}, written in decimal digits`);
    }
    return parsed;
  }

  duration(name: string, defaultValue?: string): number {
    const text = this.#valueOrDefault(name, defaultValue, DURATION_FORMS);
    const ms = readDuration(text);
    if (ms === undefined) throw new InputError(name, `is not a valid duration (got ${quote(text)})`, DURATION_FORMS);
    return ms;
  }

  byteSize(name: string, defaultValue?: string): number {
    const text = this.#valueOrDefault(name, defaultValue, BYTE_SIZE_FORMS);
    const bytes = readByteSize(text);
    if (bytes === undefined) throw new InputError(name, `is not a valid byte size (got ${quote(text)})`, BYTE_SIZE_FORMS);
    return bytes;
  }

  /**
   * Absolute path resolved against the workspace, or '' when unset, optional and without default.
   * It must lie inside the roots its `access` allows (symlinks followed), see `confine`.
   */
  path(name: string, opts: { required?: boolean; default?: string; mustExist?: 'file' | 'directory'; access?: PathAccess } = {}): string {
    const value = this.#raw(name) || opts.default || '';
    if (value === '') {
      if (opts.required) throw new InputError(name, 'is required', `${SET_IT} (relative paths resolve against ${this.#workspace})`);
      return '';
    }
    const absolute = this.confine(name, value, opts.access ?? 'read');
    if (opts.mustExist) {
      const stats = statSync(absolute, { throwIfNoEntry: false });
      if (!stats) {
        throw new InputError(
          name,
          `path ${absolute} does not exist`,
          `check the path (relative paths resolve against ${this.#workspace}) or create it in an earlier step`,
        );
      }
      if (opts.mustExist === 'directory' && !stats.isDirectory()) {
        throw new InputError(name, `path ${absolute} is not a directory`, 'point it at a directory');
      }
      if (opts.mustExist === 'file' && !stats.isFile()) {
        throw new InputError(name, `path ${absolute} is not a file`, 'point it at a regular file');
      }
    }
    return absolute;
  }

  /**
   * Resolves a path found in input `name` (also one inside a list or key=value line) against the
   * workspace and refuses it unless it stays inside the roots `access` allows: GITHUB_WORKSPACE
   * and RUNNER_TEMP to write; also the tool cache to read; also PATH's directories to execute.
   */
  confine(name: string, value: string, access: PathAccess): string {
    try {
      return confinePath(value, this.#workspace, allowedRoots(access, this.#workspace, this.#env));
    } catch (error) {
      if (error instanceof PathRefusedError) throw new InputError(name, error.what, error.fix);
      throw error;
    }
  }

  /**
   * A credential: masked in the log with each of its lines and every form we derive from it
   * (see `secretForms`; `user` names the input whose value pairs with it in basic auth; `derived`
   * adds forms only the caller knows, e.g. the value part of `id=value` lines) before
   * it is validated or anything else is printed. Errors never include it.
   */
  secret(name: string, opts: SecretOptions = {}): string {
    this.#mask(name, opts);
    return this.#checkSecret(name, opts);
  }

  /**
   * Several credentials of one step: every one is masked before any is checked, so a bad first
   * value cannot stop the run (and print its error) while a later one is still unmasked.
   */
  secrets<K extends string>(specs: Record<K, SecretOptions>): Record<K, string> {
    const names = Object.keys(specs) as K[];
    for (const name of names) this.#mask(name, specs[name]);
    return Object.fromEntries(names.map((name) => [name, this.#checkSecret(name, specs[name])])) as Record<K, string>;
  }

  #mask(name: string, opts: SecretOptions): void {
    const value = this.#raw(name);
    if (value === '') return;
    const forms = [...secretForms(value, opts.user === undefined ? undefined : this.#raw(opts.user)), ...(opts.derived?.(value) ?? [])];
    for (const form of forms) if (form.trim() !== '') core.setSecret(form);
  }

  #checkSecret(name: string, opts: SecretOptions): string {
    const value = this.#raw(name);
    if (value === '') {
      if (opts.required) throw new InputError(name, 'is required', 'pass it from a secret, e.g. ${{ secrets.NAME }}, under "with:" in the workflow step');
      return '';
    }
    this.#checkText(name, value, { multiline: opts.multiline ?? false, maxLength: SECRET_MAX });
    return value;
  }

  json<T = unknown>(name: string, opts: { required: true }): T;
  json<T = unknown>(name: string, opts?: { required?: boolean }): T | undefined;
  json<T = unknown>(name: string, opts: { required?: boolean } = {}): T | undefined {
    const value = this.#raw(name);
    if (value === '') {
      if (opts.required) throw new InputError(name, 'is required', `${SET_IT} as a JSON document`);
      return undefined;
    }
    this.#checkText(name, value, { multiline: true });
    try {
      return JSON.parse(value) as T;
    } catch (err) {
      throw new InputError(name, `is not valid JSON (${(err as Error).message})`, 'fix the JSON syntax, e.g. quote keys and strings with double quotes');
    }
  }

  #checkText(name: string, value: string, opts: { multiline?: boolean; maxLength?: number }): void {
    const problem = textProblem(value, opts);
    if (problem) throw new InputError(name, problem.what, problem.fix);
  }

  // Sources other than actionInputSource (tests, CLIs) may not trim.
  #raw(name: string): string {
    return this.#source(name).trim();
  }

  #valueOrDefault(name: string, defaultValue: string | undefined, fix: string): string {
    const value = this.#raw(name) || defaultValue || '';
    return value === '' ? missing(name, fix) : value;
  }
}

function missing(name: string, fix: string): never {
  throw new InputError(name, 'is required', fix);
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function describeRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` between ${min} and ${max}`;
  if (min !== undefined) return ` >= ${min}`;
  if (max !== undefined) return ` <= ${max}`;
  return '';
}

// Long or multi-line values would swamp the one-line error annotation.
function quote(value: string): string {
  const limit = 80;
  return JSON.stringify(value.length > limit ? `${value.slice(0, limit)}…` : value);
}
