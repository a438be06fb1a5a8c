import { readFile } from 'node:fs/promises';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { runCommand } from '@service-pipeline/action-kit/exec';
import type { GitContext } from './tags.js';

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string; ref?: string }; base?: { ref?: string } };
  repository?: { default_branch?: string };
  head_commit?: { timestamp?: string };
}

/** Committer time of `sha` from the checkout, the only source that is the same on every rebuild. */
async function commitTime(cwd: string, sha: string): Promise<Date | undefined> {
  const result = await runCommand('git', ['log', '-1', '--format=%ct', sha], { cwd, captureStdout: true }).catch(() => undefined);
  if (result?.code !== 0) return undefined;
  const seconds = Number(result.stdout.trim());
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : undefined;
}

/**
 * The git event the runner describes in GITHUB_* variables and the event payload file, with
 * the commit time read from the checkout (for PRs, the PR head, which is what is built).
 */
export async function readGitContext(env: NodeJS.ProcessEnv, checkout: string): Promise<GitContext> {
  const required = (name: string): string => {
    const value = env[name];
    if (!value)
      throw new ActionError(`${name} is not set`, 'run inside GitHub Actions, or set GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and GITHUB_REPOSITORY');
    return value;
  };
  const eventName = required('GITHUB_EVENT_NAME');
  const ref = required('GITHUB_REF');
  const sha = required('GITHUB_SHA');
  const repository = required('GITHUB_REPOSITORY');
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
    } catch (error) {
      throw new ActionError(
        `the event payload ${env.GITHUB_EVENT_PATH} cannot be read: ${(error as Error).message}`,
        'this is a runner problem; re-run the job',
      );
    }
  }
  const pr = payload.pull_request;
  const pullRequest =
    pr?.number && pr.head?.sha ? { number: pr.number, headSha: pr.head.sha, headRef: pr.head.ref ?? '', baseRef: pr.base?.ref ?? '' } : undefined;
  const built = pullRequest?.headSha ?? sha;
  const time = (await commitTime(checkout, built)) ?? (payload.head_commit?.timestamp ? new Date(payload.head_commit.timestamp) : undefined);
  if (!time || Number.isNaN(time.getTime())) {
    throw new ActionError(
      `the commit time of ${built} is unknown (no git checkout of it in ${checkout})`,
      'run actions/checkout before this step (for pull requests with ref: ${{ github.event.pull_request.head.sha }} or the default merge ref plus fetch-depth: 2)',
    );
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    eventName,
    ref,
    sha,
    defaultBranch: payload.repository?.default_branch ?? env.SP_DEFAULT_BRANCH ?? 'main',
    ...(pullRequest ? { pullRequest } : {}),
    commitTime: time,
    repository,
    serverUrl,
    ...(env.GITHUB_RUN_ID ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
  };
}
