import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { stringify } from 'yaml';

export interface LocalRegistry {
  /** `127.0.0.1:PORT`, the registry part of image references. */
  host: string;
  pid: number;
  stop(): Promise<void>;
}

async function freeLoopbackPort(wanted = 0): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilUp(url: string, exited: () => string | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const gone = exited();
    if (gone !== undefined) throw new Error(gone);
    const ok = await fetch(url).then(
      (r) => r.status === 200 || r.status === 401,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The port of an earlier run in this work dir, so image names (which include it) stay the
 * same from run to run; a new free port the first time.
 */
async function registryPort(dir: string): Promise<number> {
  const saved = Number((await readFile(join(dir, 'port'), 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(saved) || saved <= 0) {
    const port = await freeLoopbackPort();
    await writeFile(join(dir, 'port'), `${port}\n`);
    return port;
  }
  return freeLoopbackPort(saved).catch(() => {
    throw new ActionError(
      `port ${saved} of the local registry (saved in ${join(dir, 'port')}) is in use`,
      'stop what listens there, delete that file to take a new port (the config repo then names the old one), or pass --registry HOST',
    );
  });
}

/**
 * Starts Debian's `docker-registry` (distribution) on 127.0.0.1 with storage under `dir` and
 * deletes enabled: the push target of a local pipeline run when no registry is given. The
 * storage and the port survive restarts, so a second run sees what the first pushed.
 */
export async function startLocalRegistry(dir: string, binary = 'docker-registry'): Promise<LocalRegistry> {
  await mkdir(join(dir, 'storage'), { recursive: true });
  const port = await registryPort(dir);
  const host = `127.0.0.1:${port}`;
  const config = {
    version: 0.1,
    log: { level: 'warn', formatter: 'text' },
    storage: { filesystem: { rootdirectory: join(dir, 'storage') }, delete: { enabled: true }, maintenance: { uploadpurging: { enabled: false } } },
    http: { addr: host, secret: randomBytes(16).toString('hex') },
  };
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, stringify(config));
  // distribution reads REGISTRY_* variables as config overrides: start it with a clean env.
  const child = spawn(binary, ['serve', configPath], { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4096)));
  let failure: string | undefined;
  child.once('error', (error) => (failure = `cannot run ${binary}: ${error.message}`));
  child.once('exit', (code, signal) => (failure ??= `${binary} exited (${signal ?? code}): ${stderr.trim()}`));
  const kill = (): void => void child.kill('SIGKILL');
  process.once('exit', kill);
  try {
    await waitUntilUp(`http://${host}/v2/`, () => failure, 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new ActionError(
      `the local registry did not start: ${(error as Error).message}`,
      'install it (apt-get install docker-registry) or pass --registry HOST to push to a running one',
    );
  }
  return {
    host,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', kill);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
