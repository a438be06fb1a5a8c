import { basename } from 'node:path';
import { type GitContext, readGitContext } from '@service-pipeline/build';
import { gitRunner } from '@service-pipeline/gitops';

/** stdout of a git query, or undefined when git says no (no repository, no remote, detached HEAD). */
async function git(cwd: string, ...args: string[]): Promise<string | undefined> {
  const result = await gitRunner(cwd, process.env)(args, { allowFailure: true });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** `owner/name` of the checkout's origin remote, else `local/<name of its top-level directory>`. */
export async function checkoutRepository(dir: string): Promise<string> {
  const remote = await git(dir, 'remote', 'get-url', 'origin');
  const fromRemote = remote ? /[:/]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(remote)?.[1] : undefined;
  return fromRemote ?? `local/${basename((await git(dir, 'rev-parse', '--show-toplevel')) ?? dir)}`;
}

/**
 * The git event of a local run, described the way the runner describes a push: the checked
 * out branch and HEAD of the repository holding `dir`, so tags, labels and the
 * reproducible timestamp come out as they would in CI for a push of this commit.
 */
export async function localGitContext(dir: string, repository?: string): Promise<GitContext> {
  const sha = await git(dir, 'rev-parse', 'HEAD');
  if (!sha) {
    throw new Error(`${dir} is not inside a git repository with a commit; the pipeline tags images by commit (run git init && git commit first)`);
  }
  const branch = (await git(dir, 'symbolic-ref', '--quiet', '--short', 'HEAD')) ?? 'detached';
  return readGitContext(
    {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: `refs/heads/${branch}`,
      GITHUB_SHA: sha,
      GITHUB_REPOSITORY: repository ?? (await checkoutRepository(dir)),
      SP_DEFAULT_BRANCH: branch,
    },
    dir,
  );
}
