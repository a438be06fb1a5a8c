import { spawn } from 'node:child_process';
import { childEnv, runCommand } from '@service-pipeline/action-kit/exec';

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
  // childEnv drops INPUT_* and runner tokens here, once, for every git this environment starts
  // (runCommand filters too; the long-lived cat-file process is spawned directly).
  for (const [key, value] of Object.entries(childEnv(process.env))) {
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

export interface GitObject {
  sha: string;
  type: 'blob' | 'tree' | 'commit' | 'tag';
  data: Buffer;
}

/**
 * One long-lived `git cat-file --batch` for a transaction: every object read (trees along a
 * path, blobs, commit messages) is a line on its stdin instead of a process, which is what
 * makes a retry cheap. Answers arrive in request order; undefined for a missing object.
 */
export function gitObjectReader(cwd: string, env: NodeJS.ProcessEnv): { read(object: string): Promise<GitObject | undefined>; close(): void } {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, env, stdio: ['pipe', 'pipe', 'ignore'] });
  const waiting: { resolve(object: GitObject | undefined): void; reject(error: Error): void }[] = [];
  let buffer = Buffer.alloc(0);
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed = error;
    for (const w of waiting.splice(0)) w.reject(error);
  };
  child.once('error', (error) => fail(new Error(`git cat-file --batch could not start: ${error.message}`)));
  child.once('close', (code) => fail(new Error(`git cat-file --batch exited (${code ?? 'signal'})`)));
  child.stdin.on('error', () => undefined);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const eol = buffer.indexOf(10);
      if (eol === -1 || waiting.length === 0) return;
      const header = buffer.subarray(0, eol).toString('latin1');
      const missing = / missing$| ambiguous$/.exec(header);
      if (missing) {
        buffer = buffer.subarray(eol + 1);
        waiting.shift()!.resolve(undefined);
        continue;
      }
      const [sha, type, size] = header.split(' ');
      const end = eol + 1 + Number(size);
      if (buffer.length < end + 1) return;
      const data = Buffer.from(buffer.subarray(eol + 1, end));
      buffer = buffer.subarray(end + 1);
      waiting.shift()!.resolve({ sha: sha!, type: type as GitObject['type'], data });
    }
  });
  return {
    read(object) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${object}\n`);
      });
    },
    close() {
      child.removeAllListeners('close');
      child.stdin.end();
      child.kill();
    },
  };
}
