/**
 * Structure checks for the evidence a release carries, written from the published specs, not
 * from the code under test:
 * - in-toto Statement v1 (github.com/in-toto/attestation spec/v1/statement.md, with
 *   resource_descriptor.md, digest_set.md and field_types.md: TypeURI, ResourceURI, Timestamp);
 * - SLSA Provenance v1 (slsa.dev/spec/v1.0/provenance: Provenance, BuildDefinition,
 *   RunDetails, Builder, BuildMetadata; "REQUIRED for SLSA Build L1" fields);
 * - in-toto Vulnerabilities predicate v0.2 (spec/predicates/vulns_02.md).
 * Each returns the violations found as `path: problem`; an empty list is a valid document.
 */

type Json = unknown;

const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1_TYPE = 'https://slsa.dev/provenance/v1';
export const VULNS_V02_TYPE = 'https://in-toto.io/attestation/vulns/v0.2';

/** digest_set.md: the named standard algorithms use lowercase hex; git digests are 40 or 64 hex. */
const HEX_LENGTHS: Record<string, number[]> = {
  sha256: [64],
  sha224: [56],
  sha384: [96],
  sha512: [128],
  sha1: [40],
  md5: [32],
  gitCommit: [40, 64],
  gitTree: [40, 64],
  gitBlob: [40, 64],
  gitTag: [40, 64],
};

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** field_types.md: a URI (RFC 3986) whose scheme is lowercase. */
function checkUri(value: Json, path: string, errors: string[]): void {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/.test(value)) errors.push(`${path}: not a URI with a lowercase scheme (${JSON.stringify(value)})`);
}

/** field_types.md Timestamp: RFC 3339 in UTC ("Z"). */
function checkTimestamp(value: Json, path: string, errors: string[]): void {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) || Number.isNaN(Date.parse(value))) {
    errors.push(`${path}: not an RFC 3339 UTC timestamp (${JSON.stringify(value)})`);
  }
}

function checkDigestSet(value: Json, path: string, errors: string[]): void {
  if (!isObject(value) || Object.keys(value).length === 0) {
    errors.push(`${path}: a DigestSet is an object with at least one algorithm`);
    return;
  }
  for (const [algorithm, digest] of Object.entries(value)) {
    if (typeof digest !== 'string') errors.push(`${path}.${algorithm}: not a string`);
    else if (HEX_LENGTHS[algorithm] && (!/^[0-9a-f]+$/.test(digest) || !HEX_LENGTHS[algorithm]!.includes(digest.length)))
      errors.push(`${path}.${algorithm}: not lowercase hex of the algorithm's length`);
  }
}

/** resource_descriptor.md: all fields optional, but one of uri, digest or content MUST be set. */
function checkResourceDescriptor(value: Json, path: string, errors: string[]): void {
  if (!isObject(value)) {
    errors.push(`${path}: a ResourceDescriptor is an object`);
    return;
  }
  if (value['uri'] === undefined && value['digest'] === undefined && value['content'] === undefined)
    errors.push(`${path}: needs one of uri, digest or content`);
  if (value['uri'] !== undefined) checkUri(value['uri'], `${path}.uri`, errors);
  if (value['downloadLocation'] !== undefined) checkUri(value['downloadLocation'], `${path}.downloadLocation`, errors);
  if (value['digest'] !== undefined) checkDigestSet(value['digest'], `${path}.digest`, errors);
  for (const field of ['name', 'content', 'mediaType'] as const)
    if (value[field] !== undefined && typeof value[field] !== 'string') errors.push(`${path}.${field}: not a string`);
  if (value['annotations'] !== undefined && !isObject(value['annotations'])) errors.push(`${path}.annotations: not a map`);
}

function checkDescriptorList(value: Json, path: string, errors: string[]): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) errors.push(`${path}: not an array`);
  else value.forEach((entry, i) => checkResourceDescriptor(entry, `${path}[${i}]`, errors));
}

/** statement.md: `_type`, `subject` (each with `digest`), `predicateType` required; `predicate` an object when set. */
export function statementViolations(value: Json): string[] {
  const errors: string[] = [];
  if (!isObject(value)) return ['statement: not a JSON object'];
  if (value['_type'] !== STATEMENT_V1) errors.push(`_type: must be ${STATEMENT_V1}`);
  const subject = value['subject'];
  if (!Array.isArray(subject) || subject.length === 0) errors.push('subject: required, a non-empty array');
  else {
    subject.forEach((entry, i) => {
      checkResourceDescriptor(entry, `subject[${i}]`, errors);
      if (!isObject(entry) || entry['digest'] === undefined) errors.push(`subject[${i}]: each element MUST have digest set`);
    });
  }
  checkUri(value['predicateType'], 'predicateType', errors);
  if (value['predicate'] !== undefined && !isObject(value['predicate'])) errors.push('predicate: not an object');
  return errors;
}

/** The SLSA v1 predicate, with the fields required for SLSA Build L1. */
export function slsaProvenanceViolations(statement: Json): string[] {
  const errors = statementViolations(statement);
  if (!isObject(statement)) return errors;
  if (statement['predicateType'] !== SLSA_PROVENANCE_V1_TYPE) errors.push(`predicateType: must be ${SLSA_PROVENANCE_V1_TYPE}`);
  const predicate = statement['predicate'];
  if (!isObject(predicate)) return [...errors, 'predicate: required for provenance'];
  const definition = predicate['buildDefinition'];
  if (!isObject(definition)) errors.push('predicate.buildDefinition: required');
  else {
    checkUri(definition['buildType'], 'predicate.buildDefinition.buildType', errors);
    if (!isObject(definition['externalParameters'])) errors.push('predicate.buildDefinition.externalParameters: required, an object');
    if (definition['internalParameters'] !== undefined && !isObject(definition['internalParameters']))
      errors.push('predicate.buildDefinition.internalParameters: not an object');
    checkDescriptorList(definition['resolvedDependencies'], 'predicate.buildDefinition.resolvedDependencies', errors);
  }
  const run = predicate['runDetails'];
  if (!isObject(run)) errors.push('predicate.runDetails: required');
  else {
    const builder = run['builder'];
    if (!isObject(builder)) errors.push('predicate.runDetails.builder: required');
    else {
      checkUri(builder['id'], 'predicate.runDetails.builder.id', errors);
      const version = builder['version'];
      if (version !== undefined && (!isObject(version) || !Object.values(version).every((v) => typeof v === 'string')))
        errors.push('predicate.runDetails.builder.version: a map of string to string');
      checkDescriptorList(builder['builderDependencies'], 'predicate.runDetails.builder.builderDependencies', errors);
    }
    const metadata = run['metadata'];
    if (metadata !== undefined) {
      if (!isObject(metadata)) errors.push('predicate.runDetails.metadata: not an object');
      else {
        if (metadata['invocationId'] !== undefined && typeof metadata['invocationId'] !== 'string')
          errors.push('predicate.runDetails.metadata.invocationId: not a string');
        for (const field of ['startedOn', 'finishedOn'])
          if (metadata[field] !== undefined) checkTimestamp(metadata[field], `predicate.runDetails.metadata.${field}`, errors);
      }
    }
    checkDescriptorList(run['byproducts'], 'predicate.runDetails.byproducts', errors);
  }
  return errors;
}

/** The vulnerabilities predicate v0.2: scanner.uri, scanner.db.lastUpdate, scanner.result and the scan times required. */
export function vulnsViolations(statement: Json): string[] {
  const errors = statementViolations(statement);
  if (!isObject(statement)) return errors;
  if (statement['predicateType'] !== VULNS_V02_TYPE) errors.push(`predicateType: must be ${VULNS_V02_TYPE}`);
  const predicate = statement['predicate'];
  if (!isObject(predicate)) return [...errors, 'predicate: required'];
  const scanner = predicate['scanner'];
  if (!isObject(scanner)) errors.push('predicate.scanner: required');
  else {
    checkUri(scanner['uri'], 'predicate.scanner.uri', errors);
    if (scanner['version'] !== undefined && typeof scanner['version'] !== 'string') errors.push('predicate.scanner.version: not a string');
    const db = scanner['db'];
    if (!isObject(db)) errors.push('predicate.scanner.db: lastUpdate is required');
    else {
      checkTimestamp(db['lastUpdate'], 'predicate.scanner.db.lastUpdate', errors);
      if (db['uri'] !== undefined) checkUri(db['uri'], 'predicate.scanner.db.uri', errors);
      if (db['version'] !== undefined && typeof db['version'] !== 'string') errors.push('predicate.scanner.db.version: not a string');
    }
    const result = scanner['result'];
    if (!Array.isArray(result)) errors.push('predicate.scanner.result: required, a list (empty when nothing was found)');
    else {
      result.forEach((entry, i) => {
        const path = `predicate.scanner.result[${i}]`;
        if (!isObject(entry)) return errors.push(`${path}: not an object`);
        if (typeof entry['id'] !== 'string' || entry['id'] === '') errors.push(`${path}.id: required`);
        const severity = entry['severity'];
        if (!Array.isArray(severity) || severity.length === 0) errors.push(`${path}.severity: required, a list of {method, score}`);
        else
          severity.forEach((s, j) => {
            if (!isObject(s) || typeof s['method'] !== 'string' || typeof s['score'] !== 'string')
              errors.push(`${path}.severity[${j}]: method and score are required strings`);
          });
        if (entry['annotations'] !== undefined && !Array.isArray(entry['annotations']) && !isObject(entry['annotations']))
          errors.push(`${path}.annotations: a list or map`);
        return undefined;
      });
    }
  }
  const metadata = predicate['metadata'];
  if (!isObject(metadata)) errors.push('predicate.metadata: required');
  else for (const field of ['scanStartedOn', 'scanFinishedOn']) checkTimestamp(metadata[field], `predicate.metadata.${field}`, errors);
  return errors;
}
