import { copyFile, mkdir, readdir, readFile, readlink, rm, symlink } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { runCommand } from '@service-pipeline/action-kit/exec';
import type { AppendImageConfig, Artifact } from './append.js';
import { readDockerignore } from './dockerignore.js';
import { NODE_BASE_BINARY } from './static-base.js';

/** Where the app lives in the image, as the node preset's Dockerfile puts it. */
export const NODE_APP_DIR = '/app';

/**
 * What a Node project's package.json says about running it: the script to start (`main`,
 * npm's own default index.js otherwise) and whether it has production dependencies.
 */
export async function readNodePackage(context: string, requiredBy?: string): Promise<{ main: string; hasDependencies: boolean }> {
  const path = join(resolve(context), 'package.json');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined)
    throw new ActionError(
      requiredBy ? `${requiredBy} needs ${path}, which does not exist` : `${path} does not exist`,
      'point context at the Node project (with package.json and package-lock.json)',
    );
  let pkg: { main?: unknown; dependencies?: unknown };
  try {
    pkg = JSON.parse(text) as { main?: unknown; dependencies?: unknown };
  } catch (error) {
    throw new ActionError(`${path} is not valid JSON: ${(error as Error).message}`, 'fix package.json', { cause: error });
  }
  const dependencies = pkg.dependencies && typeof pkg.dependencies === 'object' ? Object.keys(pkg.dependencies) : [];
  return { main: typeof pkg.main === 'string' ? pkg.main.replace(/^\.\//, '') : 'index.js', hasDependencies: dependencies.length > 0 };
}

/** Copies `from` into `to` (files, directories, symlinks as links), leaving out what `skip` says. */
async function copyTree(from: string, to: string, path: string, skip: (source: string, path: string) => boolean): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const rel = path ? `${path}/${entry.name}` : entry.name;
    if (skip(source, rel)) continue;
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      await mkdir(target);
      await copyTree(source, target, rel, skip);
    } else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else if (entry.isFile()) await copyFile(source, target);
  }
}

/**
 * A Node service prepared for append mode: its files (what `.dockerignore` leaves, never
 * `.git`, `node_modules` or the paths in `exclude`) copied into `stagingDir`, production
 * dependencies installed there with `npm ci --omit=dev` when package.json has any, and the
 * start command `node <main>` (package.json's main, npm's default index.js otherwise).
 */
export async function stageNodeApp(
  context: string,
  stagingDir: string,
  options: { exclude?: string[] } = {},
): Promise<{ artifacts: Artifact[]; config: AppendImageConfig }> {
  const root = resolve(context);
  const { main, hasDependencies } = await readNodePackage(root);
  const ignored = await readDockerignore(root);
  const excluded = (options.exclude ?? []).map((path) => resolve(path));
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(stagingDir, { recursive: true });
  const skip = (source: string, path: string): boolean => {
    const top = path.split('/')[0];
    return excluded.some((e) => source === e || source.startsWith(`${e}${sep}`)) || top === '.git' || top === 'node_modules' || ignored(path);
  };
  await copyTree(root, stagingDir, '', skip);
  if (hasDependencies) {
    const result = await runCommand('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: stagingDir });
    if (result.code !== 0)
      throw new ActionError(
        `npm ci --omit=dev failed in ${stagingDir} (exit ${result.code ?? result.signal})\n${result.tail.slice(-20).join('\n')}`,
        'make package-lock.json match package.json (npm install) and make the registry reachable',
      );
  }
  return {
    artifacts: [{ source: stagingDir, destination: NODE_APP_DIR }],
    config: {
      entrypoint: [NODE_BASE_BINARY, `${NODE_APP_DIR}/${main}`],
      workdir: NODE_APP_DIR,
      user: '65532:65532',
      env: { NODE_ENV: 'production' },
      ports: ['8080'],
    },
  };
}
