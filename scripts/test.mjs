#!/usr/bin/env node
// Test runner behind `pnpm test`: runs the TypeScript tests with the Node 24 test runner + tsx.
//
// Usage: node scripts/test.mjs [FILTER...] [NODE-TEST-OPTION...]
//   FILTER   only run test files whose path (relative to the repo root) contains this string,
//            e.g. `pnpm test -- packages/oci` (several filters: a file matching any of them runs)
//   options  anything starting with '-' is passed to node, e.g. --test-name-pattern=push,
//            --test-only, --test-reporter=spec
//
// Test files: packages/*/test/**/*.test.ts, actions/*/test/**/*.test.ts, test/**/*.test.ts.
// When stdout is not a TTY (CI), the TAP reporter is used so the run ends with the summary
// lines `# tests N`, `# pass N`, `# fail N`. (Node 24's default reporter is spec everywhere,
// whose summary reads `ℹ tests N`.)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { compareStrings, listDirs, nodeBin, ROOT, rel, walkFiles } from './lib.mjs';

// node options that take their value as the next argument (so it is not read as a filter)
const OPTIONS_WITH_VALUE = new Set([
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-reporter',
  '--test-reporter-destination',
  '--test-concurrency',
  '--test-timeout',
  '--test-shard',
  '--import',
  '--require',
  '-r',
  '--conditions',
  '-C',
  '--env-file',
  '--test-coverage-include',
  '--test-coverage-exclude',
]);

function testFiles() {
  const roots = [
    ...listDirs(path.join(ROOT, 'packages')).map((p) => path.join(ROOT, 'packages', p, 'test')),
    ...listDirs(path.join(ROOT, 'actions')).map((a) => path.join(ROOT, 'actions', a, 'test')),
    path.join(ROOT, 'test'),
  ];
  const files = roots.flatMap((dir) => walkFiles(dir, { skipDirs: ['dist'] }).filter((f) => f.endsWith('.test.ts')));
  return [...new Set(files.map(rel))].sort(compareStrings);
}

function parseCli(argv) {
  const nodeArgs = [];
  const filters = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue; // `pnpm test -- x` may pass the separator through
    if (arg.startsWith('-')) {
      nodeArgs.push(arg);
      if (OPTIONS_WITH_VALUE.has(arg) && i + 1 < argv.length) nodeArgs.push(argv[++i]);
    } else {
      filters.push(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
    }
  }
  return { nodeArgs, filters };
}

function main() {
  const { nodeArgs, filters } = parseCli(process.argv.slice(2));
  const all = testFiles();
  const files = filters.length === 0 ? all : all.filter((f) => filters.some((flt) => f.includes(flt)));

  if (files.length === 0) {
    if (filters.length > 0) {
      console.log(`No test file matches ${filters.map((f) => `"${f}"`).join(', ')} (${all.length} test file(s) in total).`);
      return Promise.resolve(1);
    }
    console.log('No test files found (packages/*/test, actions/*/test, test/: **/*.test.ts).');
    console.log('# tests 0\n# pass 0\n# fail 0');
    return Promise.resolve(0);
  }

  const reporter = !process.stdout.isTTY && !nodeArgs.some((a) => a === '--test-reporter' || a.startsWith('--test-reporter=')) ? ['--test-reporter=tap'] : [];
  const args = ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=300000', ...reporter, ...nodeArgs, ...files];
  console.log(`Running ${files.length} test file(s)${filters.length ? ` matching ${filters.join(', ')}` : ''}`);

  return new Promise((resolve) => {
    const child = spawn(nodeBin(), args, { cwd: ROOT, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (err) => {
      console.log(`Could not start ${nodeBin()}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

process.exitCode = await main();
