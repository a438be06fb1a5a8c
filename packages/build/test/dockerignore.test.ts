import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDockerignore } from '../src/dockerignore.js';

test('.dockerignore rules: globs, directories, exceptions, last match wins', () => {
  const cases: [string, Record<string, boolean>][] = [
    [
      'node_modules\n*.test.js\n# a comment\n',
      { node_modules: true, 'node_modules/x/index.js': true, 'app.test.js': true, 'lib/app.test.js': false, 'app.js': false },
    ],
    ['*\n!go.mod\n!*.go', { 'go.mod': false, 'main.go': false, 'README.md': true, 'docs/a.go': true }],
    ['**/*.log\n/build/\n./tmp', { 'a.log': true, 'x/y/z.log': true, build: true, 'build/out': true, 'tmp/file': true, 'src/build': false }],
    ['docs\n!docs/keep.md', { 'docs/a.md': true, 'docs/keep.md': false }],
    ['file?.txt\n\\*literal', { 'file1.txt': true, 'file12.txt': false, '*literal': true, xliteral: false }],
  ];
  for (const [text, expected] of cases) {
    const ignored = parseDockerignore(text);
    for (const [path, verdict] of Object.entries(expected)) assert.equal(ignored(path), verdict, `${JSON.stringify(text)}: ${path}`);
  }
});
