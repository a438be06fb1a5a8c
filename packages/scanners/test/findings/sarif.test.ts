import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type Finding, mergeFindings, parseGrypeReport, parseTrivyReport, type SarifDocument, SEVERITIES, toSarif } from '../../src/findings/index.js';
import { grypeDebian, trivyDebian } from './fixtures.js';

const merged = mergeFindings([parseTrivyReport(trivyDebian()), parseGrypeReport(grypeDebian())]);
const options = {
  scanners: ['trivy', 'grype'] as const,
  scannerVersions: { trivy: '0.57.1', grype: '0.84.0' },
  artifactUri: 'Dockerfile',
  category: 'container-scan',
};

/** The fields SARIF 2.1.0 requires and GitHub's ingestion reads, checked for every run and result. */
function assertValidSarif(sarif: SarifDocument): void {
  assert.equal(sarif.version, '2.1.0');
  assert.match(sarif.$schema, /sarif-2\.1\.0/);
  assert.ok(sarif.runs.length >= 1 && sarif.runs.length <= 20);
  const categories = sarif.runs.map((r) => r.automationDetails.id);
  assert.equal(new Set(categories).size, categories.length, 'each run has its own category');
  for (const run of sarif.runs) {
    assert.ok(run.tool.driver.name);
    assert.match(run.automationDetails.id, /\/$/, 'an id ending in / is a category without a run id');
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    assert.equal(new Set(ruleIds).size, ruleIds.length, 'rules deduplicated');
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text && rule.help.text && rule.help.markdown);
      assert.ok(rule.properties.tags.length <= 20);
      if (rule.properties['security-severity'] !== undefined) assert.ok(Number(rule.properties['security-severity']) > 0);
    }
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex]?.id, result.ruleId, 'ruleIndex points at its rule');
      assert.ok(result.message.text);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.locations.length >= 1 && result.locations.length <= 1000);
      for (const location of result.locations) {
        assert.ok(location.physicalLocation.artifactLocation.uri);
        assert.ok(location.physicalLocation.region.startLine >= 1);
      }
      assert.match(Object.values(result.partialFingerprints)[0] ?? '', /^[0-9a-f]{64}$/);
    }
  }
}

describe('toSarif', () => {
  test('one run per scanner with its own category, one result per finding that scanner reported', () => {
    const { sarif, json, truncated } = toSarif(merged, { ...options, scanners: [...options.scanners] });
    assertValidSarif(sarif);
    assert.deepEqual(JSON.parse(json), sarif);
    assert.deepEqual(truncated, []);
    assert.deepEqual(
      sarif.runs.map((r) => [r.tool.driver.name, r.tool.driver.version, r.automationDetails.id, r.results.length]),
      [
        ['Trivy', '0.57.1', 'container-scan/trivy/', 8],
        ['Grype', '0.84.0', 'container-scan/grype/', 6],
      ],
    );
    const glibc = sarif.runs[0]!.results.find((r) => r.ruleId === 'CVE-2023-4911')!;
    assert.equal(glibc.level, 'error');
    assert.equal(glibc.locations.length, 2, 'one location per affected package');
    assert.match(glibc.message.text, /CVE-2023-4911 \(high\) in libc-bin 2\.36-9\+deb12u1, libc6 2\.36-9\+deb12u1: fixed in 2\.36-9\+deb12u3/);
    const rule = sarif.runs[1]!.tool.driver.rules.find((r) => r.id === 'CVE-2021-23337')!;
    assert.equal(rule.properties['security-severity'], '8.0');
    assert.match(rule.help.text, /Also known as GHSA-35jh-r3h4-6jhm/);
    const unknown = sarif.runs[0]!.tool.driver.rules.find((r) => r.id === 'TEMP-0517018-A83CE6')!;
    assert.equal(unknown.properties['security-severity'], undefined, 'no made-up score for unknown severity');
  });

  test('a rule shared by several findings (one id, two sources) is written once', () => {
    const base = merged.find((f) => f.id === 'CVE-2023-4911')!;
    const twin: Finding = { ...base, source: 'glibc-other', packages: base.packages.map((p) => ({ ...p, name: `${p.name}-x` })) };
    const { sarif } = toSarif([base, twin], { ...options, scanners: ['trivy'] });
    assertValidSarif(sarif);
    assert.equal(sarif.runs[0]!.results.length, 2);
    assert.equal(sarif.runs[0]!.tool.driver.rules.length, 1);
    const [a, b] = sarif.runs[0]!.results;
    assert.notEqual(a!.partialFingerprints['servicePipelineFinding/v1'], b!.partialFingerprints['servicePipelineFinding/v1']);
  });

  test('over the results limit: the lowest severities are dropped and the run says so', () => {
    const { sarif, truncated } = toSarif(merged, { ...options, scanners: ['trivy', 'grype'], limits: { resultsPerRun: 5 } });
    assertValidSarif(sarif);
    assert.deepEqual(
      sarif.runs.map((r) => r.results.length),
      [5, 5],
    );
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => r.ruleId),
      ['CVE-2023-45853', 'CVE-2021-23337', 'CVE-2023-4911', 'CVE-2023-5363', 'CVE-2023-31484'],
    );
    assert.deepEqual(truncated, [
      { scanner: 'trivy', kept: 5, omitted: { critical: 0, high: 0, medium: 1, low: 1, unknown: 1 } },
      { scanner: 'grype', kept: 5, omitted: { critical: 0, high: 0, medium: 1, low: 0, unknown: 0 } },
    ]);
    assert.deepEqual(sarif.runs[0]!.properties?.['service-pipeline/truncated'], {
      total: 8,
      kept: 5,
      reason: 'GitHub code scanning upload limits; lowest severities omitted first',
    });
    assert.ok(
      sarif.runs[0]!.tool.driver.rules.every((rule) => sarif.runs[0]!.results.some((r) => r.ruleId === rule.id)),
      'no rule without a result',
    );
  });

  test('over the gzip size limit: shrinks until the compressed file fits', () => {
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
      ...merged[0]!,
      id: `CVE-2024-${10000 + i}`,
      severity: SEVERITIES[i % 5]!,
      title: `vulnerability ${i} ${'x'.repeat(i % 97)}`,
    }));
    many.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const full = gzipSync(toSarif(many, { ...options, scanners: ['grype'] }).json).length;
    const limit = Math.floor(full / 3);
    const { sarif, json, truncated } = toSarif(many, { ...options, scanners: ['grype'], limits: { gzipBytes: limit } });
    assertValidSarif(sarif);
    assert.ok(gzipSync(json).length <= limit);
    const kept = sarif.runs[0]!.results.length;
    assert.ok(kept > 0 && kept < 3000);
    assert.equal(truncated[0]!.kept, kept);
    assert.equal(truncated[0]!.omitted.critical, 0, 'critical findings were kept');
    assert.ok(truncated[0]!.omitted.unknown > 0);
  });

  test('no findings: valid runs with no results', () => {
    const { sarif } = toSarif([], { ...options, scanners: ['trivy'] });
    assertValidSarif(sarif);
    assert.deepEqual(sarif.runs[0]!.results, []);
  });
});
