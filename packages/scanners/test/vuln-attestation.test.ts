import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vulnsViolations } from '../../../test/helpers/attestation-schemas.js';
import { assessReports, parseGrypeReport, parseTrivyReport, parseVexDocument, VULNS_PREDICATE_V02, vulnerabilityStatement } from '../src/index.js';
import { grypeDebian, trivyDebian } from './findings/fixtures.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;
const NOW = new Date('2026-03-10T12:00:00Z');

test('the scan report as an in-toto vulnerabilities v0.2 statement about the scanned digest: valid by the spec, every finding with its gate state', () => {
  const trivy = { ...parseTrivyReport(trivyDebian()), database: { updatedAt: new Date('2026-03-10T06:00:00Z') } };
  const grype = parseGrypeReport(grypeDebian());
  const vex = parseVexDocument(
    JSON.stringify({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'urn:x',
      author: 'shop',
      timestamp: '2026-03-01T00:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'CVE-2023-4911' },
          products: [{ '@id': 'pkg:deb/debian/libc6' }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
      ],
    }),
    'shop.openvex.json',
    { now: NOW, maxAgeMs: 90 * 86_400_000 },
  );
  const { report } = assessReports({
    target: 'ghcr.io/acme/shop',
    reports: [trivy, grype],
    policy: { failOn: 'critical', onlyFixed: false, ignore: [], vex, imageDigest: DIGEST, now: NOW },
    sarif: { artifactUri: 'shop', category: 'x' },
  });
  const statement = vulnerabilityStatement({
    image: 'ghcr.io/acme/shop',
    digest: DIGEST,
    report,
    reports: [trivy, grype],
    startedOn: new Date('2026-03-10T12:00:00Z'),
    finishedOn: new Date('2026-03-10T12:00:09Z'),
  });
  assert.deepEqual(vulnsViolations(JSON.parse(JSON.stringify(statement))), []);
  assert.equal(statement.predicateType, VULNS_PREDICATE_V02);
  assert.deepEqual(statement.subject, [{ name: 'ghcr.io/acme/shop', digest: { sha256: 'd'.repeat(64) } }]);
  const predicate = statement.predicate!;
  assert.equal(predicate.scanner.result.length, report.findings.length);
  assert.equal(predicate.scanner.db.lastUpdate, '2026-03-10T06:00:00.000Z', "grype's DB (built 2026-11-20) is newer than trivy's: the older one counts");
  const libc = predicate.scanner.result.find((r) => r.id === 'CVE-2023-4911')!;
  assert.equal(libc.annotations['gate'], 'not_affected');
  assert.deepEqual(libc.annotations['vex'], { justification: 'vulnerable_code_not_in_execute_path', impactStatement: '', document: 'shop.openvex.json' });
  assert.equal(predicate.scanner.result.find((r) => r.id === 'CVE-2023-45853')!.annotations['gate'], 'blocking');
  assert.equal(predicate.servicepipeline_gate.verdict, 'fail');
});
