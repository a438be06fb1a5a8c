import { type BumpRecord, bumpTrailers } from './bump-record.js';

export const DEFAULT_COMMIT_MESSAGE = 'Bump {service} in {environment} to {new}';

export const MESSAGE_PLACEHOLDERS = [
  'service',
  'environment',
  'image',
  'old',
  'new',
  'tag',
  'digest',
  'source-repository',
  'source-commit',
  'run-url',
] as const;
export type MessageValues = Record<(typeof MESSAGE_PLACEHOLDERS)[number], string>;

/** Placeholders in a template that are not known; empty when the template is valid. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(MESSAGE_PLACEHOLDERS);
  return [...template.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!).filter((name) => !known.has(name));
}

/**
 * Fills `{name}` placeholders; a line whose placeholders are all empty (e.g. `Run: {run-url}`
 * outside Actions) is dropped. A value never adds a line: line breaks and control characters in
 * it (an `{old}` value read from a config file may hold any) become spaces.
 */
export function renderCommitMessage(template: string, values: MessageValues): string {
  const lines: string[] = [];
  const value = (name: string): string => oneLine(values[name as keyof MessageValues]);
  for (const line of template.replace(/\r\n/g, '\n').split('\n')) {
    const used = [...line.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]!).filter((name) => Object.hasOwn(values, name));
    if (used.length > 0 && used.every((name) => value(name) === '')) continue;
    lines.push(line.replace(/\{([a-z-]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? value(name) : whole)).trimEnd());
  }
  return lines.join('\n').trim();
}

/**
 * The whole message of a bump commit: the rendered template (the default one when it renders
 * empty, so there always is a subject), a blank line, then our trailer block, which stays the
 * last paragraph whatever the template holds.
 */
export function bumpCommitMessage(template: string | undefined, values: MessageValues, records: readonly BumpRecord[]): string {
  const rendered = renderCommitMessage(template ?? DEFAULT_COMMIT_MESSAGE, values);
  const message = rendered === '' ? renderCommitMessage(DEFAULT_COMMIT_MESSAGE, values) : rendered;
  return `${message}\n\n${bumpTrailers(records)}\n`;
}

const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;

function oneLine(text: string): string {
  return text.replace(CONTROL_OR_BREAK, ' ').trim();
}
