/**
 * Limits on input text. A value may end up in a commit message, a trailer, a label, a tag, an
 * annotation or a log line: a line break there forges a new line (a trailer, a workflow
 * command), a control or bidi character hides what the reader sees, and U+FFFD is what is left
 * of bytes that were not UTF-8. So single-line values refuse all of them, multi-line values
 * refuse all but line breaks and tabs, and both have a length limit.
 */

/** Default limit of a single-line value (and of each item of a list). */
export const LINE_MAX = 1024;
/** Default limit of a multi-line value (a list, a JSON document, a key). */
export const TEXT_MAX = 64 * 1024;

const LINE_BREAK = /\r|\n|\u0085|\u2028|\u2029/;
// C0 (but tab, LF, CR), DEL, C1, bidi marks/embeddings/isolates, BOM.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export interface TextProblem {
  what: string;
  fix: string;
}

/** Why `value` is not acceptable text, or undefined. Never quotes the value: it may be a secret. */
export function textProblem(value: string, options: { multiline?: boolean; maxLength?: number } = {}): TextProblem | undefined {
  const max = options.maxLength ?? (options.multiline ? TEXT_MAX : LINE_MAX);
  if (value.length > max) return { what: `is ${value.length} characters long`, fix: `shorten it to at most ${max} characters` };
  if (!options.multiline && (LINE_BREAK.test(value) || value.includes('\t'))) {
    return {
      what: `contains a ${value.includes('\t') && !LINE_BREAK.test(value) ? 'tab' : 'line break'}`,
      fix: 'write it on one line: it ends up in a single line of a commit, tag, label or log',
    };
  }
  const control = CONTROL.exec(value);
  if (control) return { what: `contains the control character ${codePoint(control[0])}`, fix: 'remove it; only printable characters are accepted' };
  if (value.includes('\ufffd')) return { what: 'is not valid UTF-8 (it holds U+FFFD)', fix: 'pass UTF-8 text' };
  return undefined;
}

/** A GitHub repository as `owner/name` (GitHub's own limits: 39-character owners, 100-character names). */
export const GITHUB_REPOSITORY_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9_.-]{1,100}$/;

/**
 * Why `name` is not a branch name git accepts (`git check-ref-format --branch`), or undefined.
 * Checked here so a bad value never reaches git as a garbled refspec error.
 */
export function branchNameProblem(name: string): string | undefined {
  if (Buffer.byteLength(name) > 255) return `is ${Buffer.byteLength(name)} bytes long (git allows 255 per name)`;
  // Line breaks, controls, bidi characters and U+FFFD, which git itself would accept in part.
  const text = textProblem(name);
  if (text) return text.what;
  if (name.startsWith('-')) return 'starts with "-"';
  if (name === '@' || name === 'HEAD') return `is "${name}", which git reserves`;
  const bad = /[\u0000-\u0020\u007f~^:?*[\\]/.exec(name);
  if (bad)
    return `contains ${bad[0] === ' ' ? 'a space' : /[\u0000-\u001f\u007f]/.test(bad[0]) ? `the control character ${codePoint(bad[0])}` : `"${bad[0]}"`}`;
  if (name.includes('..')) return 'contains ".."';
  if (name.includes('@{')) return 'contains "@{"';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'has an empty part between slashes';
  if (name.endsWith('.')) return 'ends with "."';
  const part = name.split('/').find((p) => p.startsWith('.') || p.endsWith('.lock'));
  if (part !== undefined) return `has a part "${part}" that starts with "." or ends with ".lock"`;
  return undefined;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
