import { runCommand } from '@service-pipeline/action-kit/exec';

/** A git command that exited non-zero; `output` is its stderr (and stdout unless captured), secrets already removed. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`git ${args.join(' ')} failed (exit ${code ?? 'signal'}): ${output.trim().split('\n').slice(-5).join(' | ')}`);
    this.name = 'GitError';
  }
}

export interface GitRunner {
  /** Runs git and returns its stdout; throws GitError on a non-zero exit. */
  (args: readonly string[], options?: { input?: string; allowFailure?: false }): Promise<string>;
  (args: readonly string[], options: { input?: string; allowFailure: true }): Promise<{ code: number | null; stdout: string; output: string }>;
}

/**
 * A git runner bound to one working directory and environment. Every line git prints passes
 * through `redact`, so a credential never reaches an error message or the log.
 */
export function gitRunner(cwd: string, env: NodeJS.ProcessEnv, redact: (text: string) => string = (t) => t): GitRunner {
  const run = async (args: readonly string[], options: { input?: string; allowFailure?: boolean } = {}) => {
    const result = await runCommand('git', args, {
      cwd,
      env,
      captureStdout: true,
      ...(options.input !== undefined ? { input: options.input } : {}),
    });
    const output = redact(result.tail.join('\n'));
    if (options.allowFailure) return { code: result.code, stdout: result.stdout, output };
    if (result.code !== 0) throw new GitError(args.map(redact), result.code, output);
    return result.stdout;
  };
  return run as GitRunner;
}

/**
 * Environment for git that ignores the user's and the system's configuration (a runner's
 * global config may carry credential helpers or `url.insteadOf` rewrites) and never prompts.
 */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: 'true',
    SSH_ASKPASS: 'true',
    ...extra,
  };
}
