/**
 * OCI image labels for the `build` action. Pure: everything comes in as arguments.
 *
 * - `source` keeps the repository's original case (it is a URL, not an image name).
 * - `revision` is the commit actually built (the PR head for PRs, not the merge commit).
 * - `created` is the COMMIT time in whole seconds (the same instant as
 *   SOURCE_DATE_EPOCH), not the build time, so rebuilding a commit gives the same image.
 * - Optional values that are undefined, empty or blank (how unset action inputs
 *   arrive) are omitted rather than written as empty labels.
 */
import { ActionError } from '@service-pipeline/action-kit/errors';
import type { ComputedTags, GitContext } from './tags.js';

export const OCI_LABEL_PREFIX = 'org.opencontainers.image.';

export interface LabelMeta {
  title?: string;
  description?: string;
  licenses?: string;
  url?: string;
}

/** A bad line in a key=value input (labels, env, build-args); the message names the input and line. */
export class LabelLineError extends ActionError {
  readonly line: string;
  readonly lineNumber: number;

  constructor(what: string, line: string, lineNumber: number, fix = 'write one key=value per line') {
    super(what, fix);
    this.name = 'LabelLineError';
    this.line = line;
    this.lineNumber = lineNumber;
  }
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Whole seconds, ISO 8601 UTC without milliseconds: 2024-05-06T07:08:09Z. */
function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The org.opencontainers.image.* labels for an image built from `context`, with
 * keys in a fixed order: source, revision, created, version, title, description,
 * licenses, url. `title` defaults to the repository name part ('Owner/Repo' -> 'Repo');
 * description, licenses and url are only set when given.
 */
export function ociLabels(context: GitContext, computed: ComputedTags, meta: LabelMeta): Record<string, string> {
  const serverUrl = (present(context.serverUrl) ?? 'https://github.com').replace(/\/+$/, '');
  const repository = context.repository.trim();
  const repoName = repository.slice(repository.lastIndexOf('/') + 1);
  const entries: [string, string | undefined][] = [
    ['source', `${serverUrl}/${repository}`],
    ['revision', computed.revision],
    ['created', isoSeconds(computed.sourceDateEpoch)],
    ['version', present(computed.version)],
    ['title', present(meta.title) ?? present(repoName)],
    ['description', present(meta.description)],
    ['licenses', present(meta.licenses)],
    ['url', present(meta.url)],
  ];
  const labels: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== undefined) labels[`${OCI_LABEL_PREFIX}${key}`] = value;
  return labels;
}

/**
 * Parse the action's `labels` input: `key=value` per line (the value may contain '='
 * and may be empty). Blank lines and lines starting with '#' are skipped; lines may
 * themselves contain newlines; key and value are trimmed. Throws LabelLineError naming
 * the line (1-based) for a line without '=', an empty key, a key with whitespace, or a
 * key given twice.
 */
export function parseLabelLines(lines: string[]): Record<string, string> {
  return parseKeyValueLines('labels', lines, 'write one key=value label per line');
}

/** The same rules for any `KEY=value`-per-line input; `name` is used in the messages. */
export function parseKeyValueLines(name: string, lines: string[], fix?: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const seen = new Map<string, number>();
  lines
    .flatMap((line) => line.split(/\r?\n/))
    .forEach((raw, index) => {
      const line = raw.trim();
      const lineNumber = index + 1;
      if (line === '' || line.startsWith('#')) return;
      const eq = line.indexOf('=');
      if (eq < 0) {
        throw new LabelLineError(`${name} line ${lineNumber} "${line}" is not key=value`, line, lineNumber, fix);
      }
      const key = line.slice(0, eq).trim();
      if (key === '') throw new LabelLineError(`${name} line ${lineNumber} "${line}" has an empty key`, line, lineNumber, fix);
      if (/\s/.test(key)) throw new LabelLineError(`${name} line ${lineNumber} "${line}": key "${key}" contains whitespace`, line, lineNumber, fix);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new LabelLineError(`${name} line ${lineNumber} "${line}": key "${key}" was already set on line ${earlier}`, line, lineNumber, fix);
      }
      seen.set(key, lineNumber);
      labels[key] = line.slice(eq + 1).trim();
    });
  return labels;
}
