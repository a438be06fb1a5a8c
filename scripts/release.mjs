#!/usr/bin/env node
// Cuts a release of this project: the immutable tag vX.Y.Z on HEAD and the major tag vX moved
// to it, both pushed. Users pin @vX (moves with fixes and features) or @vX.Y.Z / a commit SHA
// (never moves). The version is the root package.json `version`; CHANGELOG.md must have its
// section, which becomes the tag message.
//
// Usage: node scripts/release.mjs [--repo DIR] [--remote NAME] [--dry-run]
//   Run `pnpm build` and `pnpm run check` first: the tag must hold the bundles it describes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib.mjs';

const USAGE = 'Usage: node scripts/release.mjs [--repo DIR] [--remote NAME] [--dry-run]';

class ReleaseError extends Error {}

function git(repo, args, { allowFailure = false } = {}) {
  const res = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (res.error) throw res.error;
  if (res.status !== 0 && !allowFailure) throw new ReleaseError(`git ${args.join(' ')} failed: ${res.stderr.trim()}`);
  return { code: res.status, stdout: res.stdout.trim() };
}

/** The CHANGELOG.md section of `version` (its lines after `## <version>` up to the next `## `). */
function changelogSection(text, version) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^## \\[?v?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(line));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

function release({ repo, remote, dryRun }) {
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const version = String(pkg.version ?? '');
  const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(version);
  if (!match) throw new ReleaseError(`package.json version "${version}" is not X.Y.Z; set the version to release (no pre-release part)`);
  const tag = `v${version}`;
  const major = `v${match[1]}`;
  let changelog;
  try {
    changelog = readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8');
  } catch {
    throw new ReleaseError(`CHANGELOG.md is missing; add it with a "## ${version}" section`);
  }
  const notes = changelogSection(changelog, version);
  if (!notes) throw new ReleaseError(`CHANGELOG.md has no (or an empty) "## ${version}" section; describe the release there first`);
  if (git(repo, ['status', '--porcelain']).stdout !== '')
    throw new ReleaseError('the working tree has uncommitted changes; commit them (with `pnpm build` output) before releasing');
  const head = git(repo, ['rev-parse', 'HEAD']).stdout;

  // Immutable: a version tag that exists anywhere is never moved or re-created.
  if (git(repo, ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { allowFailure: true }).code === 0) {
    throw new ReleaseError(`${tag} already exists; version tags never move: raise the version in package.json and add its CHANGELOG section`);
  }
  const remoteTags = git(repo, ['ls-remote', '--tags', remote, `refs/tags/${tag}`]).stdout;
  if (remoteTags !== '') throw new ReleaseError(`${tag} already exists on ${remote}; version tags never move: raise the version in package.json`);

  const steps = [
    ['tag', '-a', tag, '-m', `${tag}\n\n${notes}`, head],
    ['tag', '-f', '-a', major, '-m', `${major} (currently ${tag})`, head],
    ['push', remote, `refs/tags/${tag}`],
    // Only the major tag is ever force-moved.
    ['push', '--force', remote, `refs/tags/${major}`],
  ];
  for (const args of steps) {
    if (dryRun) console.log(`would run: git ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    else git(repo, args);
  }
  console.log(`${dryRun ? 'would release' : 'released'} ${tag} at ${head.slice(0, 12)}; ${major} -> ${tag}`);
}

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { repo: { type: 'string' }, remote: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    release({ repo: path.resolve(values.repo ?? ROOT), remote: values.remote ?? 'origin', dryRun: values['dry-run'] ?? false });
    return 0;
  } catch (err) {
    if (!(err instanceof ReleaseError)) throw err;
    console.error(`release failed: ${err.message}`);
    return 1;
  }
}

process.exitCode = main();
