import fc from 'fast-check';

/**
 * The classes of bad value issue 14 tried by hand, as generators. Every class has random parts
 * (where the control character sits, how long the value is, which trailer is forged), so a
 * longer run keeps finding new combinations.
 */
export const HOSTILE_CLASSES = [
  'empty',
  'whitespace',
  'newline',
  'command',
  'long',
  'traversal',
  'outside',
  'symlink',
  'control',
  'non-utf8',
  'unknown',
  'negative',
  'huge',
] as const;
export type HostileClass = (typeof HOSTILE_CLASSES)[number];

/**
 * How an input reads its value, which decides which classes it must refuse:
 * - choice: an enum or a boolean; number: an integer, duration or byte size
 * - line: single-line text (a reference, a name, a URL, a single-line secret)
 * - path: a single-line path that must stay inside the allowed roots
 * - list: items one per line; multiline: a JSON document, a multi-line secret, a target list
 * - secret-line: a single-line secret (long values are allowed: tokens can be JWTs)
 */
export type InputKind = 'choice' | 'number' | 'line' | 'path' | 'list' | 'multiline' | 'secret-line';

export interface Hostile {
  kind: HostileClass;
  value: string;
}

/** What the sandbox names: a file a successful injection would create, and the tree nothing may reach. */
export interface HostileTargets {
  /** Absolute path of the directory outside every allowed root. */
  outside: string;
  /** `$(touch <pwned>)` and friends create this file if any shell ever runs them. */
  pwned: string;
}

const CONTROL_CHARS = ['\u001b[31m', '\u0007', '\u0008', '\u007f', '\u009b', '\u202e', '\u2066', '\ufeff', '\u000b', '\u000c'];
const FORGED_LINES = [
  'Image-Created: 2099-01-01T00:00:00Z',
  'Source-Commit: 0000000',
  '::error::forged',
  '::add-mask::x',
  '::set-output name=digest::sha256:0',
  'Signed-off-by: mallory <m@example.com>',
];

/** `text` with `insert` at `at`, never at either end: inputs are trimmed like core.getInput, which drops edge whitespace such as U+FEFF. */
function inside(text: string, at: number, insert: string): string {
  return `${at === 0 ? 'x' : ''}${text.slice(0, at)}${insert}${text.slice(at)}${at === text.length ? 'x' : ''}`;
}

export function hostileArbitrary(kind: HostileClass, base: string, targets: HostileTargets): fc.Arbitrary<string> {
  const plain = base === '' ? 'value' : base;
  switch (kind) {
    case 'empty':
      return fc.constant('');
    case 'whitespace':
      return fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n'), minLength: 1, maxLength: 6 });
    case 'newline':
      return fc.tuple(fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom(...FORGED_LINES)).map(([eol, line]) => `${plain}${eol}${line}`);
    case 'command':
      return fc.constantFrom(
        `$(touch ${targets.pwned})`,
        `\`touch ${targets.pwned}\``,
        `x; touch ${targets.pwned}`,
        `x | touch ${targets.pwned}`,
        `x && touch ${targets.pwned} #`,
        `\${{ secrets.X }}`,
      );
    case 'long':
      return fc
        .tuple(fc.integer({ min: 5_000, max: 20_000 }), fc.constantFrom('a', 'é', '/', 'ab/'))
        .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));
    case 'traversal':
      // Each prefix ends where it started (the workspace), so one more ".." leaves it.
      return fc
        .tuple(fc.constantFrom('', './', 'dist/../', 'dist/..//', 'layout/../dist/../'), fc.nat(1_000))
        .map(([prefix, n]) => `${prefix}../outside/written-${n}`);
    case 'outside':
      return fc.nat(1_000).map((n) => `${targets.outside}/written-${n}`);
    case 'symlink':
      return fc.nat(1_000).map((n) => `escape/written-${n}`);
    case 'control':
      return fc.tuple(fc.constantFrom(...CONTROL_CHARS), fc.nat(plain.length)).map(([c, at]) => inside(plain, at, c));
    case 'non-utf8':
      // A lone surrogate reaches the process as EF BF BD (U+FFFD), as invalid bytes do.
      return fc.nat(plain.length).map((at) => inside(plain, at, '\ud800'));
    case 'unknown':
      return fc.constantFrom('Bogus Value', 'yes please', 'maybe?', 'Ünknown kind', 'on off');
    case 'negative':
      return fc.integer({ min: -1_000_000, max: -1 }).map(String);
    case 'huge':
      return fc.constantFrom('99999999999999999999', '1e309', String(2 ** 53 + 1), '0x7fffffff', '340282366920938463463374607431768211456');
  }
}

/**
 * Whether an input of `kind` must refuse a value of class `hostile`, naming itself. Other
 * combinations may be legitimate values (a commit message may well read "$(touch x)"); for
 * those the run must still end safely, but may fail later, for another reason.
 */
export function mustRefuse(kind: InputKind, hostile: HostileClass, required: boolean): boolean {
  switch (hostile) {
    case 'empty':
    case 'whitespace':
      return required;
    case 'control':
    case 'non-utf8':
      return true;
    case 'newline':
      return kind !== 'list' && kind !== 'multiline';
    case 'long':
      return kind !== 'secret-line' && kind !== 'multiline';
    case 'traversal':
    case 'outside':
    case 'symlink':
      return kind === 'path' || kind === 'choice' || kind === 'number';
    case 'command':
    case 'unknown':
    case 'negative':
    case 'huge':
      return kind === 'choice' || kind === 'number';
  }
}
