import { ActionError } from '@service-pipeline/action-kit';
import { isObject, type JsonObject } from '../findings/report-json.js';

export type SbomFormat = 'cyclonedx' | 'spdx';

/** A generator wrote a document that lacks what consumers (dependency graph, scanners) rely on. */
export class InvalidSbomError extends ActionError {
  constructor(
    readonly file: string,
    readonly format: SbomFormat,
    problem: string,
  ) {
    super(
      `the ${format === 'cyclonedx' ? 'CycloneDX' : 'SPDX'} SBOM ${file} is invalid: ${problem}`,
      'the generator produced an incomplete document: upgrade it (tool version) or switch the generator; report it if the pinned version does this',
    );
    this.name = 'InvalidSbomError';
  }
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Checks the fields every CycloneDX consumer needs and returns the package count: the
 * components that carry a purl (the image and its OS are components too, without one).
 */
export function validateCycloneDx(document: unknown, file: string): number {
  const fail = (problem: string): never => {
    throw new InvalidSbomError(file, 'cyclonedx', problem);
  };
  if (!isObject(document)) return fail('it is not a JSON object');
  if (document['bomFormat'] !== 'CycloneDX') fail(`bomFormat is ${JSON.stringify(document['bomFormat'])}, not "CycloneDX"`);
  if (!nonEmptyString(document['specVersion']) || !/^1\.\d+$/.test(document['specVersion']))
    fail(`specVersion ${JSON.stringify(document['specVersion'])} is not a CycloneDX 1.x version`);
  if (!nonEmptyString(document['serialNumber']) || !/^urn:uuid:[0-9a-f-]{36}$/i.test(document['serialNumber']))
    fail('serialNumber is missing or not a urn:uuid');
  if (!isObject(document['metadata'])) fail('metadata is missing');
  const components = document['components'] ?? [];
  if (!Array.isArray(components)) return fail('components is not an array');
  let packages = 0;
  for (const [i, component] of components.entries()) {
    if (!isObject(component) || !nonEmptyString(component['name'])) fail(`components[${i}] has no name`);
    const purl = (component as JsonObject)['purl'];
    if (purl === undefined) continue;
    if (!nonEmptyString(purl) || !purl.startsWith('pkg:'))
      fail(`components[${i}] (${String((component as JsonObject)['name'])}) has an invalid purl ${JSON.stringify(purl)}`);
    packages++;
  }
  return packages;
}

/**
 * Checks the SPDX 2.x document fields and returns the package count: packages with a purl, less
 * what the document DESCRIBES (the scanned image or directory itself, which syft 1.57 gives a
 * `pkg:oci` purl too), so both formats count the same packages.
 */
export function validateSpdx(document: unknown, file: string): number {
  const fail = (problem: string): never => {
    throw new InvalidSbomError(file, 'spdx', problem);
  };
  if (!isObject(document)) return fail('it is not a JSON object');
  if (!nonEmptyString(document['spdxVersion']) || !/^SPDX-2\.\d+$/.test(document['spdxVersion']))
    fail(`spdxVersion ${JSON.stringify(document['spdxVersion'])} is not SPDX-2.x`);
  if (document['SPDXID'] !== 'SPDXRef-DOCUMENT') fail(`SPDXID is ${JSON.stringify(document['SPDXID'])}, not "SPDXRef-DOCUMENT"`);
  if (!nonEmptyString(document['documentNamespace'])) fail('documentNamespace is missing');
  const list = document['packages'];
  if (!Array.isArray(list)) return fail('packages is missing or not an array');
  const described = new Set<unknown>(Array.isArray(document['documentDescribes']) ? document['documentDescribes'] : []);
  for (const relation of Array.isArray(document['relationships']) ? document['relationships'] : []) {
    if (isObject(relation) && relation['spdxElementId'] === 'SPDXRef-DOCUMENT' && relation['relationshipType'] === 'DESCRIBES')
      described.add(relation['relatedSpdxElement']);
  }
  let packages = 0;
  for (const [i, pkg] of list.entries()) {
    if (!isObject(pkg) || !nonEmptyString(pkg['SPDXID']) || !nonEmptyString(pkg['name'])) fail(`packages[${i}] has no SPDXID or name`);
    const refs = (pkg as JsonObject)['externalRefs'];
    if (!described.has((pkg as JsonObject)['SPDXID']) && Array.isArray(refs) && refs.some((ref) => isObject(ref) && ref['referenceType'] === 'purl'))
      packages++;
  }
  return packages;
}
