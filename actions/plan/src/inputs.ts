import { Inputs } from '@service-pipeline/action-kit';
import type { RawConfig } from '@service-pipeline/plan';

/** Config keys that are also inputs of this action (same names). */
const CONFIG_INPUTS = ['image', 'platforms', 'runners', 'environments', 'preview-environment', 'feature-branches', 'stages', 'chart', 'chart-repository', 'version-file', 'tag-prefix', 'dispatch-repositories', 'webhook'] as const;

export interface PlanInputs {
  config: string;
  path: string;
  overrides: RawConfig;
  secretsSet: Set<string>;
}

export function readInputs(inputs = new Inputs()): PlanInputs {
  const overrides: RawConfig = {};
  for (const name of CONFIG_INPUTS) {
    const value = inputs.string(name);
    if (value !== '') overrides[name] = value;
  }
  return {
    config: inputs.string('config'),
    path: inputs.path('path', { default: '.', mustExist: 'directory' }),
    overrides,
    secretsSet: new Set(inputs.list('secrets-set')),
  };
}
