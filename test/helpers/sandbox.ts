import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OciLayout, parsePlatform, writeImage } from '@service-pipeline/oci';
import { makeImage } from './images.js';

/**
 * A directory tree for running actions against hostile paths: `workspace` (GITHUB_WORKSPACE)
 * holds a small service (committed), an OCI layout, a second layout for prune (`prune-layout`:
 * a tagged and an untagged image, and a truncated manifest that stops any prune before it deletes), a stand-in tool (`tool`: answers any command with a version and does
 * nothing), a symlink `escape` to `outside` and one `inner` to `layout`; `outside` holds files
 * an action must never read, write or delete. Both hold `config/`, a config repository with one
 * schema error. `snapshot` lists both trees so a test can
 * prove a refused run changed nothing.
 */
export interface Sandbox {
  root: string;
  workspace: string;
  /** The variables of a push to main of the workspace's one commit. */
  env: Record<string, string>;
  outside: string;
  /** Every entry under root: path, type, size, mode and mtime. */
  snapshot(): Promise<string[]>;
  remove(): Promise<void>;
}

export async function makeSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'sp-sandbox-'));
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  for (const tree of [workspace, outside]) {
    await mkdir(join(tree, 'dist'), { recursive: true });
    await writeFile(join(tree, 'dist', 'server'), 'a static binary');
    await chmod(join(tree, 'dist', 'server'), 0o755);
    await writeFile(join(tree, 'Dockerfile'), 'FROM scratch\nCOPY dist/server /app/server\n');
    await writeFile(join(tree, 'secret.txt'), 'outside-secret-value\n');
    await writeFile(join(tree, 'ignore.yml'), 'ignore: []\n');
    await writeFile(join(tree, 'sbom.json'), '{"bomFormat":"CycloneDX","specVersion":"1.5","components":[]}\n');
    await writeFile(join(tree, 'tool'), '#!/bin/sh\necho "Version: 0.0.1"\n');
    // A config repository with one schema error: config-validate's late, harmless failure.
    await mkdir(join(tree, 'config'), { recursive: true });
    await writeFile(
      join(tree, 'config', 'deployment.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\nspec:\n  replicas: three\n  selector:\n    matchLabels: { app: shop }\n  template:\n    metadata:\n      labels: { app: shop }\n    spec:\n      containers:\n        - name: shop\n          image: ghcr.io/acme/shop:1.0\n',
    );
    await chmod(join(tree, 'tool'), 0o755);
    await mkdir(join(tree, 'chart', 'templates'), { recursive: true });
    await writeFile(join(tree, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 1.0.0\n');
    await writeFile(join(tree, 'chart', 'templates', 'configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop\n');
    await makeImage({ dir: join(tree, 'layout'), layerSizes: [64], sourceLabel: null, refName: 'latest' });
  }
  const prune = await makeImage({ dir: join(workspace, 'prune-layout'), layerSizes: [64], sourceLabel: null, refName: 'latest' });
  const pruneLayout = await OciLayout.open(prune.dir);
  await pruneLayout.addToIndex(await writeImage(pruneLayout, { layers: prune.layers, platform: parsePlatform('linux/arm64'), config: { User: '65532' } }));
  // A manifest cut off mid-write: prune must stop reading before it deletes anything.
  const cut = await pruneLayout.writeBlob('{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": ');
  await pruneLayout.addToIndex({ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...cut });
  await symlink(outside, join(workspace, 'escape'));
  await symlink(join(workspace, 'layout'), join(workspace, 'inner'));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@e',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@e',
    GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z',
  };
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '.'],
    ['commit', '-q', '-m', 'service'],
  ])
    execFileSync('git', args, { cwd: workspace, env });
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim();
  const eventPath = join(root, 'event.json');
  await writeFile(eventPath, JSON.stringify({ repository: { default_branch: 'main' } }));
  return {
    root,
    workspace,
    env: { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: sha, GITHUB_EVENT_PATH: eventPath },
    outside,
    snapshot: () => listTree(root),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

async function listTree(dir: string, prefix = ''): Promise<string[]> {
  const lines: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const info = await lstat(path);
    const kind = info.isSymbolicLink() ? 'link' : info.isDirectory() ? 'dir' : 'file';
    lines.push(`${prefix}${name} ${kind} ${info.size} ${info.mode.toString(8)} ${info.mtimeMs}`);
    if (kind === 'dir') lines.push(...(await listTree(path, `${prefix}${name}/`)));
  }
  return lines;
}

/** Every file under `dir` that contains `needle` (for "no secret in any output file"). */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true }).catch(() => [])) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && (await readFile(path)).includes(needle)) found.push(path);
    }
  };
  await walk(dir);
  return found;
}
