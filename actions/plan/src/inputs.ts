import { resolve } from 'node:path';
import { asInput, InputError, Inputs } from '@service-pipeline/action-kit';
import { type RawConfig, resolveConfig, SECRETS } from '@service-pipeline/plan';

/** Config keys that are also inputs of this action (same names). */
const CONFIG_INPUTS = [
  'image',
  'platforms',
  'runners',
  'environments',
  'preview-environment',
  'feature-branches',
  'stages',
  'chart',
  'chart-repository',
  'version-file',
  'tag-prefix',
  'dispatch-repositories',
  'webhook',
] as const;
const LIST_INPUTS: ReadonlySet<string> = new Set(['platforms', 'runners', 'environments', 'feature-branches', 'stages', 'dispatch-repositories']);
/** Config values that name a path in the checkout: they must stay inside the allowed roots too (symlinks followed). */
const PATH_INPUTS: ReadonlySet<string> = new Set(['chart', 'version-file']);

export interface PlanInputs {
  /** The config file, absolute; '' when none. */
  config: string;
  path: string;
  overrides: RawConfig;
  secretsSet: Set<string>;
}

/** Reads and checks every input (each config value on its own, so the error names the input) before git or the event is read. */
export function readInputs(inputs = new Inputs()): PlanInputs {
  const path = inputs.path('path', { default: '.', mustExist: 'directory' });
  const overrides: RawConfig = {};
  for (const name of CONFIG_INPUTS) {
    const value = LIST_INPUTS.has(name) ? inputs.list(name).join(',') : inputs.string(name);
    if (value === '') continue;
    if (PATH_INPUTS.has(name)) inputs.confine(name, resolve(path, value), 'read');
    asInput(name, () => resolveConfig({ where: 'input', raw: { [name]: value } }));
    overrides[name] = value;
  }
  const config = inputs.string('config');
  const secretsSet = new Set(inputs.list('secrets-set'));
  for (const name of secretsSet) {
    if (!(SECRETS as readonly string[]).includes(name))
      throw new InputError('secrets-set', `names "${name}", which is not a secret of the pipeline`, `list only ${SECRETS.join(', ')}`);
  }
  return { config: config === '' ? '' : inputs.confine('config', resolve(path, config), 'read'), path, overrides, secretsSet };
}
