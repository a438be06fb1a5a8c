/**
 * Build secrets (`RUN --mount=type=secret,id=<id>`): one per line, `id=value`,
 * `id=env:NAME` (from the step's environment) or `id=file:path` (an existing file). Values
 * only ever reach the build as files: inline and env values are written to 0600 files in a
 * private temp directory that is deleted when the build is done.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';

export type BuildSecret = { id: string; value: string } | { id: string; file: string };

/** What `RUN --mount=type=secret,id=<id>` and `--secret id=<id>,src=...` accept as an id. */
export const SECRET_ID = /^[A-Za-z0-9_.-]+$/;
const FORMAT = 'write one secret per line: id=value, id=env:NAME or id=file:path (ids: letters, digits, ".", "_", "-")';

/** Parses the lines; env values are read from `env` here. Nothing is logged. */
export function parseSecretLines(lines: string[], env: NodeJS.ProcessEnv = process.env): BuildSecret[] {
  const seen = new Set<string>();
  return lines.map((line, index) => {
    const eq = line.indexOf('=');
    // Never echo the line: it holds the value.
    const where = `secret line ${index + 1}`;
    if (eq <= 0) throw new ActionError(`${where} has no id= prefix`, FORMAT);
    const id = line.slice(0, eq).trim();
    const rest = line.slice(eq + 1);
    if (!SECRET_ID.test(id)) throw new ActionError(`${where} has an invalid id "${id}"`, FORMAT);
    if (seen.has(id)) throw new ActionError(`secret "${id}" is listed twice`, 'list each secret id once');
    seen.add(id);
    if (rest.startsWith('env:')) {
      const name = rest.slice('env:'.length);
      const value = env[name];
      if (value === undefined || value === '')
        throw new ActionError(
          `secret "${id}" reads the environment variable ${name}, which is not set or empty`,
          `set it under "env:" of the step, e.g. ${name}: \${{ secrets.${name} }}`,
        );
      return { id, value };
    }
    if (rest.startsWith('file:')) {
      const file = rest.slice('file:'.length);
      if (file === '' || file.includes(',')) throw new ActionError(`secret "${id}" has an invalid file path "${file}"`, 'give a path without commas');
      return { id, file: resolve(file) };
    }
    if (rest === '') throw new ActionError(`secret "${id}" is empty`, FORMAT);
    return { id, value: rest };
  });
}

export interface SecretFiles {
  files: { id: string; src: string }[];
  /** Deletes the files written for inline and env values. Idempotent. */
  cleanup(): Promise<void>;
}

/** Files the engine reads (`--secret id=<id>,src=<file>`): 0600 copies of the values, the given files as they are. */
export async function writeSecretFiles(secrets: BuildSecret[]): Promise<SecretFiles> {
  for (const secret of secrets) {
    if ('file' in secret && !(await stat(secret.file).catch(() => undefined))?.isFile()) {
      throw new ActionError(
        `the file ${secret.file} for secret "${secret.id}" does not exist`,
        'write the secret to that file before the build, or fix the path',
      );
    }
  }
  const inline = secrets.filter((s): s is { id: string; value: string } => 'value' in s);
  const dir = inline.length > 0 ? await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'sp-secrets-')) : undefined;
  const files: { id: string; src: string }[] = [];
  for (const secret of secrets) {
    if ('file' in secret) {
      files.push({ id: secret.id, src: secret.file });
      continue;
    }
    const src = join(dir!, secret.id);
    await writeFile(src, secret.value, { mode: 0o600 });
    files.push({ id: secret.id, src });
  }
  let done: Promise<void> | undefined;
  return { files, cleanup: () => (done ??= dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve()) };
}
