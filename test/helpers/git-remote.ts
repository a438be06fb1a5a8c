import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { listenOnLoopback } from './ports.js';
import { trackChild } from './processes.js';

/**
 * Real git fixtures for the GitOps tests: a bare "config repository" seeded with files, readers
 * for what landed in it, and an HTTPS-style smart-HTTP server (`git http-backend` as CGI) that
 * demands a token, so a wrong token is a real authentication failure.
 */

const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Config Admin',
  GIT_AUTHOR_EMAIL: 'admin@example.com',
  GIT_COMMITTER_NAME: 'Config Admin',
  GIT_COMMITTER_EMAIL: 'admin@example.com',
};

export async function git(cwd: string, args: string[], input?: string): Promise<string> {
  const result = await runCommand('git', args, { cwd, env: GIT_ENV, captureStdout: true, ...(input !== undefined ? { input } : {}) });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} in ${cwd} failed: ${result.tail.join('\n')}`);
  return result.stdout;
}

/** The files below `dir`, keyed `<prefix>/<path below dir>`: a fixture as createConfigRepo takes it. */
export async function filesOf(dir: string, prefix: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[`${prefix}/${relative(dir, path)}`] = await readFile(path, 'utf8');
  }
  return files;
}

export interface ConfigRepo {
  /** Parent temp directory; `remove` deletes it. */
  root: string;
  /** The bare repository (`<root>/<name>.git`). */
  bare: string;
  /** `file://` URL of the bare repository (a plain path would make git ignore --depth). */
  url: string;
  branch: string;
  /** Commits files (path -> content; `{ symlink: target }` for a link) on top of the branch, as another user would. */
  commit(files: Record<string, string | { symlink: string }>, message?: string): Promise<string>;
  /** A file's content at the branch head. */
  read(path: string, ref?: string): Promise<string>;
  /** Commit subjects and bodies at the branch head, newest first. */
  log(ref?: string): Promise<{ sha: string; subject: string; body: string }[]>;
  head(ref?: string): Promise<string>;
  remove(): Promise<void>;
}

/** A bare repository with one commit of `files` on `branch` (the remote's default branch). */
export async function createConfigRepo(
  files: Record<string, string | { symlink: string }>,
  options: { branch?: string; name?: string; root?: string } = {},
): Promise<ConfigRepo> {
  const branch = options.branch ?? 'main';
  const root = options.root ?? (await mkdtemp(join(tmpdir(), 'sp-config-')));
  const bare = join(root, `${options.name ?? 'config'}.git`);
  await mkdir(bare, { recursive: true });
  await git(bare, ['init', '-q', '--bare', `--initial-branch=${branch}`]);
  // http-backend serves the push side only when enabled; harmless for file:// remotes.
  await git(bare, ['config', 'http.receivepack', 'true']);

  const repo: ConfigRepo = {
    root,
    bare,
    url: `file://${bare}`,
    branch,
    async commit(changed, message = 'manual change') {
      const work = await mkdtemp(join(tmpdir(), 'sp-config-work-'));
      await git(work, ['init', '-q', `--initial-branch=${branch}`]);
      await git(work, ['remote', 'add', 'origin', bare]);
      const exists = (await git(bare, ['for-each-ref', `refs/heads/${branch}`])).trim() !== '';
      if (exists) {
        await git(work, ['fetch', '-q', 'origin', branch]);
        await git(work, ['checkout', '-q', '-B', branch, 'FETCH_HEAD']);
      }
      for (const [path, content] of Object.entries(changed)) {
        const full = join(work, path);
        await mkdir(dirname(full), { recursive: true });
        await rm(full, { force: true });
        if (typeof content === 'string') await writeFile(full, content);
        else await symlink(content.symlink, full);
      }
      await git(work, ['add', '-A']);
      await git(work, ['commit', '-q', '-m', message]);
      await git(work, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
      const sha = (await git(work, ['rev-parse', 'HEAD'])).trim();
      await rm(work, { recursive: true, force: true });
      return sha;
    },
    read: (path, ref = branch) => git(bare, ['show', `${ref}:${path}`]),
    async log(ref = branch) {
      const out = await git(bare, ['log', '-z', '--format=%H%x1f%s%x1f%b', ref]);
      return out
        .split('\0')
        .filter((e) => e !== '')
        .map((entry) => {
          const [sha = '', subject = '', body = ''] = entry.split('\x1f');
          return { sha, subject, body };
        });
    },
    head: async (ref = branch) => (await git(bare, ['rev-parse', ref])).trim(),
    remove: () => rm(root, { recursive: true, force: true }),
  };
  await repo.commit(files, 'initial config');
  return repo;
}

export interface GitHttpServer {
  /** `http://127.0.0.1:PORT`; repositories are at `<url>/<path relative to root>`. */
  url: string;
  /** Requests answered, e.g. `401 GET /acme/config.git/info/refs?service=git-upload-pack`. */
  log: string[];
  stop(): Promise<void>;
}

export interface GitHttpServerOptions {
  /**
   * Awaited before a request is served, e.g. to hold one client's push between its fetch and
   * its push so a race can be staged exactly.
   */
  before?: (request: { method: string; path: string; query: string }) => Promise<void> | void;
}

/**
 * Serves the bare repositories under `root` over smart HTTP through the real `git http-backend`
 * and, like GitHub, accepts only `Authorization: Basic base64(x-access-token:<token>)`.
 */
export async function startGitHttpServer(root: string, token: string, options: GitHttpServerOptions = {}): Promise<GitHttpServer> {
  const expected = `Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const log: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = (status: number) => log.push(`${status} ${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization !== expected) {
      entry(401);
      res.writeHead(401, { 'www-authenticate': 'Basic realm="config"' });
      res.end('bad credentials\n');
      return;
    }
    await options.before?.({ method: req.method ?? 'GET', path: url.pathname, query: url.search.replace(/^\?/, '') });
    const child = trackChild(
      spawn('git', ['http-backend'], {
        env: {
          PATH: process.env.PATH,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          REMOTE_USER: 'x-access-token',
          REMOTE_ADDR: '127.0.0.1',
          REQUEST_METHOD: req.method ?? 'GET',
          PATH_INFO: decodeURIComponent(url.pathname),
          QUERY_STRING: url.search.replace(/^\?/, ''),
          CONTENT_TYPE: req.headers['content-type'] ?? '',
          ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
          ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        },
        stdio: ['pipe', 'pipe', 'ignore'],
      }),
    );
    req.pipe(child.stdin);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.once('close', () => {
      const out = Buffer.concat(chunks);
      const split = out.indexOf('\r\n\r\n');
      const head = split < 0 ? '' : out.subarray(0, split).toString('latin1');
      const headers: Record<string, string> = {};
      let status = 200;
      for (const line of head.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (name === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      entry(status);
      res.writeHead(status, headers);
      res.end(split < 0 ? out : out.subarray(split + 4));
    });
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
