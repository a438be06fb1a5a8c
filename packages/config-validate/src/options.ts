/**
 * What a caller validates its inputs with (the checks, engines, fail-on levels, Kubernetes
 * versions and the repository-root rule), apart from the engines themselves: an action reads
 * these at start-up and loads the engines (`@service-pipeline/config-validate`) only once its
 * inputs are good.
 */
import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isInside } from '@service-pipeline/action-kit';
import { ConfigValidateError } from './errors.js';

export { FAIL_ON, type FailOn } from './findings.js';
export { parseKubernetesVersion, UnknownKubernetesVersionError } from './kubernetes-version.js';

export const toPosix = (p: string): string => p.split(sep).join('/');

export const CHECKS = ['schema', 'deprecations', 'policies'] as const;
export type Check = (typeof CHECKS)[number];
export const ENGINES = ['embedded', 'tools', 'both'] as const;
export type Engine = (typeof ENGINES)[number];

/** Resolves `value` against root and refuses anything that leaves it (symlinks included). */
export function insideRoot(root: string, value: string, input: string, kind: 'directory' | 'file' = 'directory'): string {
  const realRoot = realpathSync(root);
  const abs = resolve(realRoot, value);
  const stats = statSync(abs, { throwIfNoEntry: false });
  if (!stats)
    throw new ConfigValidateError(
      `${input} "${value}" does not exist in ${realRoot}`,
      `point ${input} at a ${kind} of the repository (relative paths resolve against its root)`,
    );
  const real = realpathSync(abs);
  const rel = relative(realRoot, real);
  if (!isInside(realRoot, real)) {
    throw new ConfigValidateError(`${input} "${value}" is outside the repository (${realRoot})`, `point ${input} at a ${kind} inside the repository checkout`);
  }
  if (kind === 'directory' ? !stats.isDirectory() : !stats.isFile())
    throw new ConfigValidateError(`${input} "${value}" is not a ${kind}`, `point ${input} at a ${kind}`);
  return toPosix(rel) || '.';
}
