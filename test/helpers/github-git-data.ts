import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type GitHubClient, githubClient } from '@service-pipeline/action-kit/github';
import type { ConfigRepo } from './git-remote.js';
import { type FakeResponse, type GitHubFake, type Schema, startGitHubFake } from './github-fake.js';

export interface GitDataFake {
  fake: GitHubFake;
  /** A client of the fake that never retries. */
  client: GitHubClient;
  /** Serves `repo` as `acme/<its directory name>` from now on; removed by `stop`. */
  add(repo: ConfigRepo): { owner: string; repo: string };
  stop(): Promise<void>;
}

/** The GitHub fake answering the Git Data API for config repositories added to it, and a client for it. */
export async function startGitDataFake(token: string): Promise<GitDataFake> {
  const fake = await startGitHubFake({ tokens: [token] });
  const repos = new Map<string, ConfigRepo>();
  serveGitData(fake, (owner, repo) => repos.get(`${owner}/${repo}`)!.bare);
  return {
    fake,
    client: await githubClient({ token, baseUrl: fake.url, maxRetries: 0 }),
    add(repo) {
      const name = basename(dirname(repo.bare));
      repos.set(`acme/${name}`, repo);
      return { owner: 'acme', repo: name };
    },
    async stop() {
      await fake.stop();
      for (const repo of repos.values()) await repo.remove();
    },
  };
}

/**
 * GitHub's Git Data API (and the commits list) on top of the GitHub fake, backed by a real bare
 * repository per owner/repo: every object is written and read by git itself, and a non-forced
 * ref update is accepted only as a fast-forward, applied with `git update-ref <new> <old>` so
 * two concurrent updates cannot both win, as on GitHub.
 */
export function serveGitData(fake: GitHubFake, bareOf: (owner: string, repo: string) => string): void {
  const repoOf = (params: Record<string, string>) => bareOf(params.owner!, params.repo!);
  const notFound = (): FakeResponse => ({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git' } });

  fake.route('GET', '/repos/:owner/:repo', async (req) => {
    const head = (await git(repoOf(req.params), ['symbolic-ref', 'HEAD'])).toString().trim();
    const repo: Pick<Schema<'full-repository'>, 'full_name' | 'default_branch'> = {
      full_name: `${req.params.owner}/${req.params.repo}`,
      default_branch: head.replace(/^refs\/heads\//, ''),
    };
    return { body: repo };
  });

  fake.route('GET', '/repos/:owner/:repo/git/ref/:ref', async (req) => {
    const sha = await tryGit(repoOf(req.params), ['rev-parse', '--verify', '-q', `refs/${req.params.ref}^{commit}`]);
    if (!sha) return notFound();
    const ref: Schema<'git-ref'> = { ref: `refs/${req.params.ref}`, node_id: 'REF', url: '', object: { type: 'commit', sha: sha.toString().trim(), url: '' } };
    return { body: ref };
  });

  fake.route('GET', '/repos/:owner/:repo/git/commits/:sha', async (req) => {
    const raw = await tryGit(repoOf(req.params), ['cat-file', 'commit', req.params.sha!]);
    return raw ? { body: gitCommit(req.params.sha!, raw.toString('utf8')) } : notFound();
  });

  fake.route('GET', '/repos/:owner/:repo/git/trees/:sha', async (req) => {
    const args = ['ls-tree', '-z', ...(req.query.get('recursive') ? ['-r', '-t'] : []), req.params.sha!];
    const out = await tryGit(repoOf(req.params), args);
    if (!out) return notFound();
    const entries = out
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string];
        const [mode, type, sha] = meta.split(' ') as [string, string, string];
        return { path, mode, type, sha, url: '' };
      });
    const tree: Schema<'git-tree'> = { sha: req.params.sha!, url: '', truncated: false, tree: entries };
    return { body: tree };
  });

  fake.route('GET', '/repos/:owner/:repo/git/blobs/:sha', async (req) => {
    const content = await tryGit(repoOf(req.params), ['cat-file', 'blob', req.params.sha!]);
    if (!content) return notFound();
    const blob: Schema<'blob'> = {
      sha: req.params.sha!,
      node_id: 'BLOB',
      url: '',
      size: content.length,
      encoding: 'base64',
      content: content.toString('base64'),
    };
    return { body: blob };
  });

  fake.route('POST', '/repos/:owner/:repo/git/blobs', async (req) => {
    const body = req.body as { content: string; encoding?: string };
    const bytes = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
    const sha = (await git(repoOf(req.params), ['hash-object', '-w', '--stdin'], bytes)).toString().trim();
    const blob: Schema<'short-blob'> = { sha, url: '' };
    return { status: 201, body: blob };
  });

  fake.route('POST', '/repos/:owner/:repo/git/trees', async (req) => {
    const body = req.body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha: string }[] };
    const dir = repoOf(req.params);
    const scratch = await mkdtemp(join(tmpdir(), 'sp-fake-index-'));
    try {
      const env = { GIT_INDEX_FILE: join(scratch, 'index') };
      if (body.base_tree) await git(dir, ['read-tree', body.base_tree], undefined, env);
      else await git(dir, ['read-tree', '--empty'], undefined, env);
      const info = body.tree.map((e) => `${e.mode} ${e.sha}\t${e.path}\n`).join('');
      await git(dir, ['update-index', '--index-info'], Buffer.from(info), env);
      const sha = (await git(dir, ['write-tree'], undefined, env)).toString().trim();
      const tree: Schema<'git-tree'> = { sha, url: '', truncated: false, tree: [] };
      return { status: 201, body: tree };
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  fake.route('POST', '/repos/:owner/:repo/git/commits', async (req) => {
    const body = req.body as {
      message: string;
      tree: string;
      parents: string[];
      author: { name: string; email: string; date?: string };
      committer?: { name: string; email: string; date?: string };
    };
    const committer = body.committer ?? body.author;
    const env = {
      GIT_AUTHOR_NAME: body.author.name,
      GIT_AUTHOR_EMAIL: body.author.email,
      GIT_AUTHOR_DATE: body.author.date ?? new Date().toISOString(),
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date ?? new Date().toISOString(),
    };
    const dir = repoOf(req.params);
    const sha = (await git(dir, ['commit-tree', body.tree, ...body.parents.flatMap((p) => ['-p', p]), '-F', '-'], Buffer.from(body.message), env))
      .toString()
      .trim();
    return { status: 201, body: gitCommit(sha, (await git(dir, ['cat-file', 'commit', sha])).toString('utf8')) };
  });

  fake.route('PATCH', '/repos/:owner/:repo/git/refs/:ref', async (req) => {
    const body = req.body as { sha: string; force?: boolean };
    const dir = repoOf(req.params);
    const ref = `refs/${req.params.ref}`;
    const current = (await tryGit(dir, ['rev-parse', '--verify', '-q', ref]))?.toString().trim();
    if (!current)
      return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference' } };
    const fastForward = (await tryGit(dir, ['merge-base', '--is-ancestor', current, body.sha])) !== undefined;
    const notFastForward: FakeResponse = {
      status: 422,
      body: { message: 'Update is not a fast forward', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference' },
    };
    if (!fastForward && !body.force) return notFastForward;
    // The old value makes this a compare-and-swap: a concurrent update in between fails it.
    if ((await tryGit(dir, ['update-ref', ref, body.sha, current])) === undefined) return notFastForward;
    const updated: Schema<'git-ref'> = { ref, node_id: 'REF', url: '', object: { type: 'commit', sha: body.sha, url: '' } };
    return { body: updated };
  });

  // Refs outside heads/ and tags/, as batch mode's queue uses them: created only when absent,
  // listed by prefix, deleted unconditionally (the API has no expected old value for a delete).
  fake.route('POST', '/repos/:owner/:repo/git/refs', async (req) => {
    const body = req.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/./.test(body.ref)) return { status: 422, body: { message: 'Reference name is invalid', documentation_url: '' } };
    // An empty old value makes update-ref refuse an existing ref.
    if ((await tryGit(repoOf(req.params), ['update-ref', body.ref, body.sha, ''])) === undefined)
      return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' } };
    const ref: Schema<'git-ref'> = { ref: body.ref, node_id: 'REF', url: '', object: { type: 'commit', sha: body.sha, url: '' } };
    return { status: 201, body: ref };
  });

  fake.route('GET', '/repos/:owner/:repo/git/matching-refs/:ref', async (req) => {
    const out = (await tryGit(repoOf(req.params), ['for-each-ref', '--format=%(objectname) %(refname)', `refs/${req.params.ref}`]))?.toString() ?? '';
    const prefix = `refs/${req.params.ref}`;
    const refs: Schema<'git-ref'>[] = out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string])
      .filter(([, name]) => name.startsWith(prefix))
      .map(([sha, name]) => ({ ref: name, node_id: 'REF', url: '', object: { type: 'commit', sha, url: '' } }));
    return { body: refs };
  });

  fake.route('DELETE', '/repos/:owner/:repo/git/refs/:ref', async (req) => {
    if ((await tryGit(repoOf(req.params), ['update-ref', '-d', `refs/${req.params.ref}`])) === undefined)
      return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#delete-a-reference' } };
    return { status: 204 };
  });

  // Enough of the compare for batch mode: status, ahead_by and the files (no patches).
  fake.route('GET', '/repos/:owner/:repo/compare/:basehead', async (req) => {
    const [base, head] = req.params.basehead!.split('...') as [string, string];
    const dir = repoOf(req.params);
    const ahead = await tryGit(dir, ['rev-list', '--count', `${base}..${head}`]);
    const behind = await tryGit(dir, ['rev-list', '--count', `${head}..${base}`]);
    const diff = await tryGit(dir, ['diff-tree', '-r', '-z', '--no-renames', base, head]);
    if (ahead === undefined || behind === undefined || diff === undefined) return notFound();
    const parts = diff.toString('utf8').split('\0').filter(Boolean);
    const files: Schema<'diff-entry'>[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const [, , , sha, letter] = parts[i]!.split(' ') as [string, string, string, string, string];
      const status = letter === 'A' ? 'added' : letter === 'D' ? 'removed' : letter === 'T' ? 'changed' : 'modified';
      files.push({ filename: parts[i + 1]!, sha, status, additions: 0, deletions: 0, changes: 0, blob_url: '', raw_url: '', contents_url: '' });
    }
    const [aheadBy, behindBy] = [Number(ahead.toString()), Number(behind.toString())];
    return {
      body: {
        status: aheadBy > 0 && behindBy > 0 ? 'diverged' : aheadBy > 0 ? 'ahead' : behindBy > 0 ? 'behind' : 'identical',
        ahead_by: aheadBy,
        behind_by: behindBy,
        total_commits: aheadBy,
        commits: [],
        files,
      } satisfies Partial<Schema<'commit-comparison'>>,
    };
  });

  fake.route('GET', '/repos/:owner/:repo/commits', async (req) => {
    const perPage = Number(req.query.get('per_page') ?? 30);
    const page = Number(req.query.get('page') ?? 1);
    const out = await tryGit(repoOf(req.params), [
      'log',
      '-z',
      '--format=%H %P%n%B',
      `--skip=${(page - 1) * perPage}`,
      `--max-count=${perPage}`,
      req.query.get('sha') ?? 'HEAD',
    ]);
    if (!out) return notFound();
    const commits = out
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((entry) => {
        const newline = entry.indexOf('\n');
        const [sha, ...parents] = entry.slice(0, newline).split(' ').filter(Boolean);
        return {
          sha,
          parents: parents.map((p) => ({ sha: p, url: '' })),
          commit: { message: entry.slice(newline + 1).replace(/\n+$/, '') },
        } as Schema<'commit'>;
      });
    return { body: commits };
  });
}

function gitCommit(sha: string, raw: string): Schema<'git-commit'> {
  const split = raw.indexOf('\n\n');
  const headers = raw.slice(0, split).split('\n');
  const person = (name: string) => {
    const line = headers.find((h) => h.startsWith(`${name} `))!.slice(name.length + 1);
    const match = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)!;
    return { name: match[1]!, email: match[2]!, date: new Date(Number(match[3]) * 1000).toISOString() };
  };
  return {
    sha,
    node_id: 'COMMIT',
    url: '',
    html_url: '',
    author: person('author'),
    committer: person('committer'),
    message: raw.slice(split + 2).replace(/\n$/, ''),
    tree: { sha: headers.find((h) => h.startsWith('tree '))!.slice(5), url: '' },
    parents: headers.filter((h) => h.startsWith('parent ')).map((h) => ({ sha: h.slice(7), url: '', html_url: '' })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

const GIT_ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

function git(cwd: string, args: string[], input?: Buffer, env: Record<string, string> = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...GIT_ENV, ...env } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr.toString()}`));
        else resolve(stdout);
      },
    );
    child.stdin?.end(input);
  });
}

async function tryGit(cwd: string, args: string[]): Promise<Buffer | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}
