import type { Logger } from '@service-pipeline/action-kit';
import { findOnPath, installTool } from '@service-pipeline/tools';
import { ConfigValidateError } from '../errors.js';
import type { Renderers } from '../render.js';
import type { Check, Engine } from '../validate.js';
import type { ToolBinaries } from './run-tools.js';

/** helm, kustomize and kubectl: a given path, else PATH (GitHub's runner images ship all three). */
export async function findRenderers(paths: { helm?: string; kustomize?: string } = {}): Promise<Renderers> {
  const helm = paths.helm ?? (await findOnPath('helm'));
  const kustomize = paths.kustomize ?? (await findOnPath('kustomize'));
  const kubectl = await findOnPath('kubectl');
  return { ...(helm ? { helm } : {}), ...(kustomize ? { kustomize } : {}), ...(kubectl ? { kubectl } : {}) };
}

/**
 * kubeconform and conftest through the pinned, checksum-verified installer; pluto from a given
 * path or PATH only (no checksum is pinned for it, so it is never downloaded).
 */
export async function installValidationTools(options: {
  engine: Engine;
  checks: readonly Check[];
  policyDir?: string;
  paths: ToolBinaries;
  baseUrl?: string;
  logger: Logger;
}): Promise<ToolBinaries> {
  if (options.engine === 'embedded') return {};
  const install = async (tool: 'kubeconform' | 'conftest'): Promise<string> =>
    (
      await installTool(tool, {
        logger: options.logger,
        ...(options.paths[tool] ? { path: options.paths[tool] } : {}),
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      })
    ).path;
  const out: ToolBinaries = {};
  if (options.checks.includes('schema')) out.kubeconform = await install('kubeconform');
  if (options.checks.includes('policies') && options.policyDir) out.conftest = await install('conftest');
  if (options.checks.includes('deprecations')) {
    const pluto = options.paths.pluto ?? (await findOnPath('pluto'));
    if (!pluto)
      throw new ConfigValidateError(
        'pluto is not installed and no pluto-path was given (engine tools/both checks deprecations with pluto)',
        'install pluto on the runner and pass pluto-path, or use engine: embedded for deprecations',
      );
    out.pluto = pluto;
  }
  return out;
}
