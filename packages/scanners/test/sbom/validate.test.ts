import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { InvalidSbomError, validateCycloneDx, validateSpdx } from '../../src/index.js';
import { SYFT_CYCLONEDX, SYFT_SPDX } from '../runners/fake-tools.js';

const cdx = JSON.parse(readFileSync(SYFT_CYCLONEDX, 'utf8')) as Record<string, unknown>;
const spdx = JSON.parse(readFileSync(SYFT_SPDX, 'utf8')) as Record<string, unknown>;

describe('validateCycloneDx', () => {
  test('counts the components that carry a purl', () => assert.equal(validateCycloneDx(cdx, 'b.json'), 3));
  test('an image without packages is valid, with 0', () => assert.equal(validateCycloneDx({ ...cdx, components: undefined }, 'b.json'), 0));
  const bad: [string, unknown, RegExp][] = [
    ['not an object', [], /not a JSON object/],
    ['wrong bomFormat', { ...cdx, bomFormat: 'SPDX' }, /bomFormat is "SPDX", not "CycloneDX"/],
    ['no specVersion', { ...cdx, specVersion: undefined }, /specVersion undefined is not a CycloneDX 1\.x version/],
    ['no serialNumber', { ...cdx, serialNumber: 'abc' }, /serialNumber is missing or not a urn:uuid/],
    ['no metadata', { ...cdx, metadata: undefined }, /metadata is missing/],
    ['components not a list', { ...cdx, components: {} }, /components is not an array/],
    ['bad purl', { ...cdx, components: [{ name: 'x', purl: 'deb/x@1' }] }, /components\[0\] \(x\) has an invalid purl "deb\/x@1"/],
  ];
  for (const [name, document, message] of bad) {
    test(`refuses: ${name}`, () =>
      assert.throws(
        () => validateCycloneDx(document, 'out/sbom.cdx.json'),
        (e: unknown) => e instanceof InvalidSbomError && /the CycloneDX SBOM out\/sbom\.cdx\.json is invalid/.test(e.message) && message.test(e.message),
      ));
  }
});

describe('validateSpdx', () => {
  test('counts the packages that carry a purl (not the image itself)', () => assert.equal(validateSpdx(spdx, 's.json'), 3));
  test('the package the document DESCRIBES is not counted, even with a purl (syft 1.57 gives the image one)', () => {
    const spdxDocument = spdx as {
      packages: { SPDXID: string; externalRefs?: unknown[] }[];
      relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[];
    };
    const root = spdxDocument.relationships.find((r) => r.spdxElementId === 'SPDXRef-DOCUMENT' && r.relationshipType === 'DESCRIBES')!.relatedSpdxElement;
    const packages = spdxDocument.packages.map((p) =>
      p.SPDXID === root
        ? { ...p, externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:oci/image@sha256%3A00' }] }
        : p,
    );
    assert.equal(validateSpdx({ ...spdxDocument, packages }, 's.json'), 3);
    assert.equal(validateSpdx({ ...spdxDocument, packages, relationships: [] }, 's.json'), 4, 'without the relationship the root is a package like any other');
  });
  const bad: [string, unknown, RegExp][] = [
    ['SPDX 3', { ...spdx, spdxVersion: 'SPDX-3.0' }, /spdxVersion "SPDX-3\.0" is not SPDX-2\.x/],
    ['wrong SPDXID', { ...spdx, SPDXID: 'SPDXRef-X' }, /SPDXID is "SPDXRef-X"/],
    ['no namespace', { ...spdx, documentNamespace: '' }, /documentNamespace is missing/],
    ['no packages', { ...spdx, packages: undefined }, /packages is missing or not an array/],
    ['package without SPDXID', { ...spdx, packages: [{ name: 'x' }] }, /packages\[0\] has no SPDXID or name/],
  ];
  for (const [name, document, message] of bad) {
    test(`refuses: ${name}`, () =>
      assert.throws(
        () => validateSpdx(document, 's.json'),
        (e: unknown) => e instanceof InvalidSbomError && message.test(e.message),
      ));
  }
});
