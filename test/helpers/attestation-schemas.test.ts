import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slsaProvenanceViolations, statementViolations, vulnsViolations } from './attestation-schemas.js';

const subject = [{ name: 'img', digest: { sha256: 'a'.repeat(64) } }];

test('the statement checks find what the in-toto spec forbids', () => {
  assert.deepEqual(statementViolations({ _type: 'https://in-toto.io/Statement/v1', subject, predicateType: 'https://example.test/p/v1' }), []);
  assert.deepEqual(statementViolations({ _type: 'https://in-toto.io/Statement/v0.1', subject: [], predicateType: 'not a uri', predicate: [] }), [
    '_type: must be https://in-toto.io/Statement/v1',
    'subject: required, a non-empty array',
    'predicateType: not a URI with a lowercase scheme ("not a uri")',
    'predicate: not an object',
  ]);
  assert.deepEqual(
    statementViolations({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'x', uri: 'pkg:oci/x' }, { digest: { sha256: 'ABC' } }],
      predicateType: 'https://x.test/v1',
    }),
    ['subject[0]: each element MUST have digest set', "subject[1].digest.sha256: not lowercase hex of the algorithm's length"],
  );
});

test('the SLSA and vulnerability predicate checks find missing required fields', () => {
  const base = { _type: 'https://in-toto.io/Statement/v1', subject };
  assert.deepEqual(
    slsaProvenanceViolations({
      ...base,
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: { buildType: 'urn:x:y', resolvedDependencies: [{ name: 'no-pointer' }] },
        runDetails: { builder: { version: { a: 1 } }, metadata: { startedOn: '2026-03-01 10:00' } },
      },
    }),
    [
      'predicate.buildDefinition.externalParameters: required, an object',
      'predicate.buildDefinition.resolvedDependencies[0]: needs one of uri, digest or content',
      'predicate.runDetails.builder.id: not a URI with a lowercase scheme (undefined)',
      'predicate.runDetails.builder.version: a map of string to string',
      'predicate.runDetails.metadata.startedOn: not an RFC 3339 UTC timestamp ("2026-03-01 10:00")',
    ],
  );
  assert.deepEqual(
    vulnsViolations({
      ...base,
      predicateType: 'https://in-toto.io/attestation/vulns/v0.2',
      predicate: { scanner: { uri: 'pkg:github/aquasecurity/trivy', db: {}, result: [{ id: 'CVE-1', severity: [{ method: 'nvd' }] }] } },
    }),
    [
      'predicate.scanner.db.lastUpdate: not an RFC 3339 UTC timestamp (undefined)',
      'predicate.scanner.result[0].severity[0]: method and score are required strings',
      'predicate.metadata: required',
    ],
  );
});
