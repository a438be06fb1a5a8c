import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import type { SummarySection } from '../src/index.js';
import { renderSummary, writeSummary } from '../src/index.js';

const savedSummaryPath = process.env['GITHUB_STEP_SUMMARY'];
afterEach(() => {
  if (savedSummaryPath === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
  else process.env['GITHUB_STEP_SUMMARY'] = savedSummaryPath;
});

test('renderSummary renders a heading alone', () => {
  assert.equal(renderSummary({ heading: 'Nothing to do' }), '## Nothing to do\n');
});

test('renderSummary renders paragraphs, tables and details, escaping cells', () => {
  const section: SummarySection = {
    heading: 'Push',
    paragraphs: ['Pushed **2** tags.', 'Registry: ghcr.io'],
    tables: [
      {
        caption: 'Tags',
        headers: ['Tag', 'Digest | short', 'Size'],
        rows: [
          ['v1', 'sha256:a|b', 1024],
          ['multi\nline', 'crlf\r\ncell', 0],
        ],
      },
      { headers: ['Empty'], rows: [] },
    ],
    details: [{ summary: 'Manifest <raw> & more', body: '```json\n{"a": 1}\n```' }],
  };
  const expected = [
    '## Push',
    '',
    'Pushed **2** tags.',
    '',
    'Registry: ghcr.io',
    '',
    '**Tags**',
    '',
    '| Tag | Digest \\| short | Size |',
    '| --- | --- | --- |',
    '| v1 | sha256:a\\|b | 1024 |',
    '| multi<br>line | crlf<br>cell | 0 |',
    '',
    '| Empty |',
    '| --- |',
    '',
    '<details><summary>Manifest &lt;raw&gt; &amp; more</summary>',
    '',
    '```json',
    '{"a": 1}',
    '```',
    '',
    '</details>',
    '',
  ].join('\n');
  assert.equal(renderSummary(section), expected);
});

test('writeSummary is a no-op when GITHUB_STEP_SUMMARY is unset, and keeps no state', async () => {
  delete process.env['GITHUB_STEP_SUMMARY'];
  await writeSummary({ heading: 'ignored' });
  const file = join(mkdtempSync(join(tmpdir(), 'action-kit-summary-')), 'summary.md');
  writeFileSync(file, '');
  process.env['GITHUB_STEP_SUMMARY'] = file;
  await writeSummary({ heading: 'kept' });
  assert.equal(readFileSync(file, 'utf8'), `## kept\n${EOL}`);
});

test('writeSummary appends each section followed by a blank line', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'action-kit-summary-')), 'summary.md');
  writeFileSync(file, 'earlier step\n');
  process.env['GITHUB_STEP_SUMMARY'] = file;
  const first: SummarySection = { heading: 'One', details: [{ summary: 's', body: 'b' }] };
  const second: SummarySection = { heading: 'Two', paragraphs: ['p'] };
  await writeSummary(first);
  await writeSummary(second);
  assert.equal(readFileSync(file, 'utf8'), `earlier step\n${renderSummary(first)}${EOL}${renderSummary(second)}${EOL}`);
});
