import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { freePort } from './ports.js';

/** Bytes of combined stdout+stderr kept in memory per process. */
export const OUTPUT_LIMIT = 64 * 1024;

export interface StartProcessOptions {
  /**
   * Variables added to (or, with value `undefined`, removed from) the inherited environment.
   * With `inheritEnv: false` this is the complete environment.
   */
  env?: Record<string, string | undefined>;
  /** Start from an empty environment instead of process.env (default true = inherit). */
  inheritEnv?: boolean;
  cwd?: string;
  /** Also append everything the process writes (stdout+stderr) to this file. */
  logFile?: string;
}

export interface ManagedProcess {
  readonly pid: number;
  readonly command: string;
  /** null while running. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly running: boolean;
  /** Resolves once the process has exited (never rejects). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs` (default 3000); resolves when the process has exited. Idempotent. */
  stop(graceMs?: number): Promise<void>;
  /** Captured stdout+stderr (interleaved as received), the last 64 KiB. */
  output(): string;
}

const running = new Set<ChildProcess>();
let exitHandlerInstalled = false;

function installExitHandler(): void {
  if (exitHandlerInstalled) return;
  exitHandlerInstalled = true;
  // 'exit' handlers must be synchronous: SIGKILL whatever is still running.
  process.on('exit', stopAll);
}

/**
 * SIGKILLs every still-running child started by startProcess (synchronously).
 * Registered as a process 'exit' handler automatically; can also be called directly.
 */
export function stopAll(): void {
  for (const child of running) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  running.clear();
}

/** PIDs of children started by startProcess that have not exited yet. */
export function runningPids(): number[] {
  return [...running].flatMap((c) => (c.pid === undefined ? [] : [c.pid]));
}

/**
 * Puts an externally spawned child under the same 'exit' safety net as startProcess children
 * (SIGKILL on process exit). Returns the child for chaining.
 */
export function trackChild<T extends ChildProcess>(child: T): T {
  installExitHandler();
  if (child.exitCode === null && child.signalCode === null) {
    running.add(child);
    child.once('exit', () => running.delete(child));
  }
  return child;
}

/**
 * Starts a long-running process (a server) whose output is captured.
 * The child does not keep the test process alive on its own (it is unref'd);
 * if a test forgets to stop it, the 'exit' handler kills it.
 */
export function startProcess(command: string, args: readonly string[], options: StartProcessOptions = {}): ManagedProcess {
  const base: Record<string, string | undefined> = options.inheritEnv === false ? {} : { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  const env = Object.fromEntries(Object.entries(base).filter((e): e is [string, string] => e[1] !== undefined));

  const child = spawn(command, [...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });

  let chunks: Buffer[] = [];
  let size = 0;
  let log: WriteStream | undefined;
  if (options.logFile !== undefined) log = createWriteStream(options.logFile, { flags: 'a' });
  const onData = (chunk: Buffer): void => {
    chunks.push(chunk);
    size += chunk.length;
    if (size > OUTPUT_LIMIT * 2) {
      const all = Buffer.concat(chunks).subarray(-OUTPUT_LIMIT);
      chunks = [all];
      size = all.length;
    }
    log?.write(chunk);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  let spawnError: Error | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    let settled = false;
    let fallback: NodeJS.Timeout | undefined;
    const settle = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (fallback !== undefined) clearTimeout(fallback);
      if (settled) return;
      settled = true;
      resolve({ code, signal });
    };
    // 'close' comes after stdio is drained, so output() is complete once exited resolves.
    // A grandchild holding the pipes open must not block us forever, hence the fallback after 'exit'.
    child.once('close', (code, signal) => settle(code, signal));
    child.once('exit', (code, signal) => {
      if (!settled) fallback = setTimeout(() => settle(code, signal), 500);
    });
    child.once('error', (err) => {
      spawnError = err;
      onData(Buffer.from(`\n[startProcess] failed to start ${command}: ${err.message}\n`));
      // For spawn failures 'close' may not follow.
      if (child.pid === undefined) settle(-1, null);
    });
  }).then(async (result) => {
    if (log !== undefined) await new Promise<void>((r) => log!.end(r));
    return result;
  });

  if (child.pid !== undefined) trackChild(child);
  // Do not keep the event loop alive just for this child; stop() re-refs while waiting.
  child.unref();
  (child.stdout as Socket | null)?.unref?.();
  (child.stderr as Socket | null)?.unref?.();

  let stopping: Promise<void> | undefined;
  const managed: ManagedProcess = {
    get pid() {
      return child.pid ?? -1;
    },
    command,
    get exitCode() {
      return child.exitCode ?? (spawnError ? -1 : null);
    },
    get signal() {
      return child.signalCode;
    },
    get running() {
      return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
    },
    exited,
    output() {
      const all = Buffer.concat(chunks);
      return all.subarray(Math.max(0, all.length - OUTPUT_LIMIT)).toString('utf8');
    },
    stop(graceMs = 3000) {
      stopping ??= (async () => {
        if (!managed.running) {
          await exited;
          return;
        }
        child.ref();
        (child.stdout as Socket | null)?.ref?.();
        (child.stderr as Socket | null)?.ref?.();
        child.kill('SIGTERM');
        const timer = setTimeout(() => {
          if (managed.running) child.kill('SIGKILL');
        }, graceMs);
        try {
          await exited;
        } finally {
          clearTimeout(timer);
        }
      })();
      return stopping;
    },
  };
  return managed;
}

export interface WaitForHttpOptions {
  /** Default 15000. */
  timeoutMs?: number;
  /** Statuses that count as "up". Default: any HTTP response. */
  okStatuses?: readonly number[];
  /** Included in the timeout error; also makes the wait fail fast if the process exits. */
  process?: ManagedProcess;
  /** Poll interval, default 100 ms. */
  intervalMs?: number;
}

function probe(url: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(
      u,
      { method: 'GET', agent: false, timeout: timeoutMs, rejectUnauthorized: false },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Polls `url` until it answers (with one of okStatuses, if given). Throws on timeout. */
export async function waitForHttp(url: string, options: WaitForHttpOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 15000;
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt made';
  for (;;) {
    const proc = options.process;
    if (proc !== undefined && !proc.running) {
      await proc.exited;
      throw new Error(
        `waitForHttp(${url}): process ${proc.command} (pid ${proc.pid}) exited early ` +
          `(code ${proc.exitCode}, signal ${proc.signal}). Output:\n${proc.output()}`,
      );
    }
    const remaining = deadline - Date.now();
    try {
      const status = await probe(url, Math.max(50, Math.min(2000, remaining)));
      if (options.okStatuses === undefined || options.okStatuses.includes(status)) return;
      last = `HTTP ${status} (want ${options.okStatuses.join('/')})`;
    } catch (err) {
      last = (err as Error).message;
    }
    if (Date.now() + intervalMs > deadline) break;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  let message = `waitForHttp(${url}): not up after ${timeoutMs} ms (last: ${last})`;
  if (options.process !== undefined) message += `. Output of ${options.process.command} (pid ${options.process.pid}):\n${options.process.output()}`;
  throw new Error(message);
}

/**
 * Starts a server on a free 127.0.0.1 port and waits for `http://<host><path>`. Another test
 * may take the port between freePort() and the bind: then "address already in use" is retried
 * on a new port, up to four times. `start` gets the host and starts the process.
 */
export async function startOnFreePort(
  start: (host: string) => Promise<ManagedProcess>,
  ready: { path: string; okStatuses: number[] },
): Promise<{ host: string; process: ManagedProcess }> {
  for (let attempt = 1; ; attempt++) {
    const host = `127.0.0.1:${await freePort()}`;
    const proc = await start(host);
    try {
      await waitForHttp(`http://${host}${ready.path}`, { okStatuses: ready.okStatuses, process: proc, timeoutMs: 15000 });
      return { host, process: proc };
    } catch (err) {
      await proc.stop();
      if (attempt < 4 && /address already in use/i.test(proc.output())) continue;
      throw err;
    }
  }
}
