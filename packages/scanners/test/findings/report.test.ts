import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderSummary } from '@service-pipeline/action-kit';
import { buildScanReport, evaluateGate, type GatePolicy, mergeFindings, parseGrypeReport, parseTrivyReport, scanSummary } from '../../src/findings/index.js';
import { grypeDebian, trivyDebian } from './fixtures.js';

test('the report keeps every finding, marks blocking and ignored ones, and the summary shows counts and top fixable findings', () => {
  const reports = [parseTrivyReport(trivyDebian()), parseGrypeReport(grypeDebian())];
  const findings = mergeFindings(reports);
  const policy: GatePolicy = {
    failOn: 'critical',
    onlyFixed: false,
    ignore: [
      { id: 'CVE-2023-45853', reason: 'minizip is not shipped', file: 'ignore.yml', line: 2 },
      { id: 'CVE-2000-0001', reason: 'old', file: 'ignore.yml', line: 5 },
    ],
    now: new Date('2026-11-21T00:00:00Z'),
  };
  const gate = evaluateGate(findings, policy);
  const report = buildScanReport({ target: 'ghcr.io/acme/shop:pr-1', reports, findings, gate, policy });
  assert.equal(report.findings.length, 9);
  assert.deepEqual(report.counts, { critical: 2, high: 4, medium: 1, low: 1, unknown: 1 });
  assert.equal(report.fixable, 5);
  assert.equal(report.gate.verdict, 'fail');
  assert.deepEqual(
    report.findings.filter((f) => f.blocking).map((f) => f.id),
    ['CVE-2021-44906'],
  );
  assert.equal(report.findings.find((f) => f.id === 'CVE-2023-45853')?.ignoredBy?.reason, 'minizip is not shipped');
  assert.deepEqual(
    report.gate.unused.map((e) => `${e.id} ${e.file}:${e.line}`),
    ['CVE-2000-0001 ignore.yml:5'],
  );
  assert.deepEqual(report.scanners, [
    { name: 'trivy', version: '0.57.1' },
    { name: 'grype', version: '0.84.0' },
  ]);

  const markdown = renderSummary(scanSummary(report, 3));
  assert.match(markdown, /^## Vulnerability scan of ghcr\.io\/acme\/shop:pr-1/);
  assert.match(markdown, /Gate: \*\*fail\*\* \(fail-on `critical`\); scanned by trivy 0\.57\.1 and grype 0\.84\.0\./);
  assert.match(markdown, /\| critical \| 2 \| 1 \|/);
  assert.match(markdown, /\| unknown \| 1 \| 0 \|/);
  assert.match(markdown, /1 finding is accepted by the ignore file/);
  assert.match(markdown, /\*\*Top 3 fixable findings\*\*/);
  assert.match(
    markdown,
    /\| \[CVE-2021-44906\]\(https:\/\/github\.com\/advisories\/GHSA-xvch-5gv4-984h\) \| critical \| minimist \| 1\.2\.5 \| 0\.2\.4, 1\.2\.6 \| grype \|/,
  );
  assert.match(
    markdown,
    /\| \[CVE-2023-4911\]\(https:\/\/avd\.aquasec\.com\/nvd\/cve-2023-4911\) \| high \| libc-bin, libc6 \| 2\.36-9\+deb12u1 \| 2\.36-9\+deb12u3 \| trivy, grype \|/,
  );
});
