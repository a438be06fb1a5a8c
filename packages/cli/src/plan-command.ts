import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describePlan, PlanError, type PlanInput, parseConfigFile, planPipeline, type RawConfig, readCommitFacts, resolveConfig } from '@service-pipeline/plan';
import { checkoutRepository } from './local-git.js';

export const PLAN_USAGE = `Usage: service-pipeline plan --event NAME --ref REF [options]

Prints what the pipeline does for an event (the plan the reusable workflow and \`run\` follow).

Options:
  --event NAME           push, pull_request, merge_group, workflow_dispatch, repository_dispatch, schedule, delete
  --ref REF              refs/heads/<branch>, refs/tags/<version>, refs/pull/<n>/merge (delete: the deleted branch)
  --default-branch NAME  the repository's default branch (default main)
  --config FILE          pipeline config (YAML: environments, preview-environment, feature-branches, stages, ...)
  --dir DIR              the service's git checkout (default .): commit, commit time, version tags
  --repository O/R       the service repository (default: from the origin remote, else local/<dir name>)
  --action NAME          workflow_dispatch / repository_dispatch action: build or promote
  --environment NAME     environment to promote to
  --version X.Y.Z        version to promote
  --json                 print the plan as JSON
  -h, --help             this text`;

export const PLAN_OPTIONS = {
  event: { type: 'string' },
  ref: { type: 'string' },
  'default-branch': { type: 'string' },
  config: { type: 'string' },
  dir: { type: 'string' },
  repository: { type: 'string' },
  action: { type: 'string' },
  environment: { type: 'string' },
  version: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export interface PlanArgs {
  event?: string;
  ref?: string;
  'default-branch'?: string;
  config?: string;
  dir?: string;
  repository?: string;
  action?: string;
  environment?: string;
  version?: string;
}

/** The plan input for an event on the checkout in `--dir`, the way the plan action builds it from the runner. */
export async function planInputFromArgs(args: PlanArgs, extraConfig: RawConfig = {}): Promise<PlanInput> {
  if (!args.event) throw new Error('--event is required (e.g. --event push)');
  if (!args.ref) throw new Error('--ref is required (e.g. --ref refs/heads/main)');
  const dir = resolve(args.dir ?? '.');
  const sources = [{ where: 'defaults for this run', raw: extraConfig }];
  if (args.config) {
    const text = await readFile(resolve(args.config), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new PlanError(`--config ${args.config} cannot be read (${error.code ?? error.message})`, 'pass the path of the pipeline config file');
    });
    sources.unshift({ where: args.config, raw: parseConfigFile(text, args.config) });
  }
  const config = resolveConfig(...sources);
  const facts = await readCommitFacts(dir, config);
  const repository = args.repository ?? (await checkoutRepository(dir));
  const pr = /^refs\/pull\/(\d+)\//.exec(args.ref);
  const dispatch = {
    ...(args.action ? { action: args.action } : {}),
    ...(args.environment ? { environment: args.environment } : {}),
    ...(args.version ? { version: args.version } : {}),
  };
  return {
    event: args.event,
    ref: args.ref,
    defaultBranch: args['default-branch'] ?? 'main',
    sha: facts.sha,
    commitTime: facts.commitTime,
    repository,
    ...(pr ? { pullRequest: { number: Number(pr[1]), headSha: facts.sha, headRepository: repository } } : {}),
    ...(Object.keys(dispatch).length > 0 ? { dispatch } : {}),
    config,
    version: facts.version,
  };
}

export async function planCommand(args: PlanArgs & { json?: boolean }): Promise<number> {
  const plan = planPipeline(await planInputFromArgs(args));
  console.log(args.json ? JSON.stringify(plan, null, 2) : describePlan(plan));
  return 0;
}
