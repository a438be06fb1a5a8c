/**
 * The facts a plan needs from the service's checkout (the commit, its time, the last version tag,
 * the commits since, the version file) and, in a workflow, from the runner's event. The only I/O
 * around the pure plan; the action and the CLI both read facts here.
 */
import { readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { isInside } from '@service-pipeline/action-kit';
import { runCommand } from '@service-pipeline/action-kit/exec';
import semver from 'semver';
import type { PipelineConfig } from './config.js';
import { PlanError } from './errors.js';
import type { PlanInput } from './plan.js';
import { type VersionFacts, versionOfTag } from './version.js';

/** Commit messages read for the next version, at most: enough for any release, bounded for huge histories. */
const MAX_COMMITS = 2_000;

async function git(dir: string, args: string[]): Promise<string> {
  const result = await runCommand('git', args, { cwd: dir, captureStdout: true });
  if (result.code !== 0) {
    throw new PlanError(
      `git ${args.join(' ')} failed in ${dir}: ${result.tail.join(' ').slice(0, 300)}`,
      'run the plan in a git checkout with its history and tags (actions/checkout with fetch-depth: 0)',
    );
  }
  return result.stdout;
}

export interface CommitFacts {
  sha: string;
  commitTime: Date;
  version: VersionFacts;
}

async function versionFile(dir: string, file: string): Promise<{ path: string; content: string }> {
  const root = await realpath(dir);
  const target = await realpath(join(root, file)).catch(() => {
    throw new PlanError(
      `version-file ${file} does not exist in ${dir}`,
      'create it with the version (e.g. 1.0.0), or leave version-file empty to version from tags and commits',
    );
  });
  if (!isInside(root, target)) throw new PlanError(`version-file ${file} leads outside the repository`, 'name a file inside the repository');
  return { path: file, content: (await readFile(target, 'utf8')).slice(0, 200) };
}

/** The commit `rev` of the checkout in `dir` and what its next version is made of. */
export async function readCommitFacts(dir: string, config: PipelineConfig, rev = 'HEAD'): Promise<CommitFacts> {
  const [sha = '', seconds = ''] = (await git(dir, ['log', '-1', '--format=%H %ct', rev])).trim().split(' ');
  if (config.versionFile)
    return { sha, commitTime: new Date(Number(seconds) * 1000), version: { file: await versionFile(dir, config.versionFile), commits: [] } };
  const tags = (await git(dir, ['tag', '--merged', sha, '--list', `${config.tagPrefix}*`])).split('\n').map((t) => t.trim());
  const versions = tags.filter((tag) => versionOfTag(tag, config.tagPrefix) !== undefined);
  const lastTag = versions.sort((a, b) => semver.rcompare(versionOfTag(a, config.tagPrefix)!, versionOfTag(b, config.tagPrefix)!))[0];
  const range = lastTag ? `${lastTag}..${sha}` : sha;
  const log = await git(dir, ['log', `--max-count=${MAX_COMMITS}`, '--format=%B%x00', range]);
  const commits = log
    .split('\0')
    .map((message) => message.trim())
    .filter((message) => message !== '');
  return { sha, commitTime: new Date(Number(seconds) * 1000), version: { ...(lastTag ? { lastTag } : {}), commits } };
}

interface EventPayload {
  ref?: string;
  ref_type?: string;
  action?: string;
  inputs?: Record<string, unknown>;
  client_payload?: Record<string, unknown>;
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } } };
  repository?: { default_branch?: string };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * The event part of a plan input as the runner describes it: GITHUB_* variables and the event
 * payload. A deleted branch is the payload's ref (GITHUB_REF names the default branch then);
 * workflow_dispatch inputs and repository_dispatch's type and client_payload carry promotions.
 */
export async function readRunnerEvent(
  env: NodeJS.ProcessEnv,
): Promise<Pick<PlanInput, 'event' | 'ref' | 'defaultBranch' | 'sha' | 'repository' | 'pullRequest' | 'dispatch'>> {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new PlanError(`${name} is not set`, 'run the plan inside GitHub Actions, or use `service-pipeline plan --event ... --ref ...`');
    return value;
  };
  const event = need('GITHUB_EVENT_NAME');
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  const repository = need('GITHUB_REPOSITORY');
  const defaultBranch = str(payload.repository?.default_branch) ?? need('SP_DEFAULT_BRANCH');
  let ref = need('GITHUB_REF');
  if (event === 'delete') ref = `refs/${payload.ref_type === 'tag' ? 'tags' : 'heads'}/${str(payload.ref) ?? ''}`;
  const pr = payload.pull_request;
  const pullRequest =
    pr?.number !== undefined && pr.head?.sha
      ? { number: pr.number, headSha: pr.head.sha, headRepository: str(pr.head.repo?.full_name) ?? repository }
      : undefined;
  const fields = event === 'workflow_dispatch' ? (payload.inputs ?? {}) : event === 'repository_dispatch' ? (payload.client_payload ?? {}) : {};
  const action = event === 'repository_dispatch' ? str(payload.action) : str(fields['action']);
  const environment = str(fields['environment']);
  const version = str(fields['version']);
  const dispatch =
    action || environment || version ? { ...(action ? { action } : {}), ...(environment ? { environment } : {}), ...(version ? { version } : {}) } : undefined;
  return { event, ref, defaultBranch, sha: need('GITHUB_SHA'), repository, ...(pullRequest ? { pullRequest } : {}), ...(dispatch ? { dispatch } : {}) };
}
