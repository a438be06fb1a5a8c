import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

export interface RunOptions {
  cwd?: string;
  /** Default process.env; either way filtered through `childEnv`. */
  env?: NodeJS.ProcessEnv;
  /** Called with every complete line of stdout and stderr (interleaved as received, no trailing newline). */
  onLine?: (line: string) => void;
  /** Lines kept for `tail`, default 200. */
  keepLines?: number;
  /**
   * Keep stdout whole in `stdout` instead of splitting it into lines (for commands whose
   * output is data, e.g. `git rev-parse`); stderr still goes to `onLine`/`tail`.
   */
  captureStdout?: boolean;
  /** Written to the command's stdin, then closed. Default: stdin is /dev/null. */
  input?: string | Buffer;
}

export interface RunResult {
  /** Exit code; null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last `keepLines` lines of stdout+stderr (stderr only with `captureStdout`). */
  tail: string[];
  /** The whole stdout with `captureStdout`, else ''. */
  stdout: string;
}

/** The command could not be started at all (ENOENT, EACCES, ...). */
export class SpawnError extends Error {
  readonly code: string | undefined;

  constructor(
    readonly file: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`cannot run ${file}: ${cause.message}`, { cause });
    this.name = 'SpawnError';
    this.code = cause.code;
  }
}

/**
 * What a child process never inherits: the step's inputs (passwords and tokens among them),
 * the runner's own tokens and URLs, and the file commands through which a child could set
 * outputs, environment or PATH for later steps.
 */
const PRIVATE_VARIABLE =
  /^(INPUT_.*|ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|RESULTS_URL|CACHE_URL)|GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY))$/;

/** `env` (default process.env) without the variables a child process must not see. */
export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !PRIVATE_VARIABLE.test(key)));
}

/**
 * Runs a program without a shell, streaming its output line by line. Never rejects for a
 * non-zero exit (the caller decides); rejects with SpawnError when it cannot start.
 */
export function runCommand(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const keep = options.keepLines ?? 200;
  const tail: string[] = [];
  const emit = (line: string): void => {
    tail.push(line);
    if (tail.length > keep) tail.shift();
    options.onLine?.(line);
  };
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    const splitter = (): ((chunk: Buffer | undefined) => void) => {
      let pending = '';
      const decoder = new StringDecoder('utf8');
      return (chunk) => {
        if (chunk === undefined) {
          pending += decoder.end();
          if (pending !== '') emit(pending);
          pending = '';
          return;
        }
        pending += decoder.write(chunk);
        const lines = pending.split(/\r?\n|\r/);
        pending = lines.pop() ?? '';
        for (const line of lines) emit(line);
      };
    };
    const captured: Buffer[] = [];
    const out = options.captureStdout ? (chunk: Buffer | undefined) => chunk && captured.push(chunk) : splitter();
    const err = splitter();
    child.stdout!.on('data', out);
    child.stderr!.on('data', err);
    child.once('error', (error: NodeJS.ErrnoException) => reject(new SpawnError(file, error)));
    child.once('close', (code, signal) => {
      out(undefined);
      err(undefined);
      resolve({ code, signal, tail, stdout: Buffer.concat(captured).toString('utf8') });
    });
  });
}
