import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';

/**
 * in-toto attestation framework, Statement layer v1 (github.com/in-toto/attestation,
 * spec/v1/statement.md): the envelope-less statement an image's evidence is written as. Signing
 * (DSSE / Sigstore) happens in the workflow with GitHub's artifact attestations.
 */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** The media type of a statement as a layer and as the artifact type of its referrer manifest. */
export const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** The annotation naming the predicate type on an attached statement (what BuildKit and cosign write). */
export const PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type';

/** spec/v1/resource_descriptor.md: one of `uri`, `digest` or `content` at least. */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  /** DigestSet: algorithm -> lowercase hex (`sha256`, `gitCommit`, ...). */
  digest?: Record<string, string>;
  content?: string;
  downloadLocation?: string;
  mediaType?: string;
  annotations?: Record<string, unknown>;
}

export interface Statement<P = unknown> {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: ResourceDescriptor[];
  predicateType: string;
  predicate?: P;
}

/** The subject entry for an image: its name and manifest digest (`sha256:<hex>` becomes `{sha256: <hex>}`). */
export function imageSubject(name: string, digest: string): ResourceDescriptor {
  const [algorithm, hex] = digest.split(':') as [string, string];
  return { name, digest: { [algorithm]: hex } };
}

/** `sha256:<hex>` for each subject that names a sha256 digest. */
export function subjectDigests(statement: Pick<Statement, 'subject'>): string[] {
  return statement.subject.flatMap((s) => (typeof s.digest?.['sha256'] === 'string' ? [`sha256:${s.digest['sha256']}`] : []));
}

/**
 * Reads a statement (the JSON of a `.intoto.json` file) and checks the Statement layer's
 * required fields: `_type` v1, a non-empty `subject` whose entries all carry a digest, a
 * `predicateType` URI and, when present, an object `predicate`. `source` names the file.
 */
export function parseStatement(text: string, source: string): Statement {
  const bad = (what: string): ActionError =>
    new ActionError(
      `${source} is not an in-toto statement: ${what}`,
      `pass the file the build or scan step wrote (an in-toto Statement v1, ${IN_TOTO_STATEMENT_V1})`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw bad(`not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('not a JSON object');
  const statement = value as Record<string, unknown>;
  if (statement['_type'] !== IN_TOTO_STATEMENT_V1) throw bad(`_type is ${JSON.stringify(statement['_type'])}, not ${IN_TOTO_STATEMENT_V1}`);
  const subject = statement['subject'];
  if (!Array.isArray(subject) || subject.length === 0) throw bad('subject is missing or empty');
  for (const [i, entry] of subject.entries()) {
    const digest = (entry as ResourceDescriptor | null)?.digest;
    if (
      typeof digest !== 'object' ||
      digest === null ||
      Object.keys(digest).length === 0 ||
      !Object.values(digest).every((v) => typeof v === 'string' && /^[0-9a-f]+$/.test(v))
    ) {
      throw bad(`subject[${i}] has no digest set of lowercase hex values`);
    }
  }
  if (typeof statement['predicateType'] !== 'string' || !/^[a-z][a-z0-9+.-]*:/.test(statement['predicateType'])) throw bad('predicateType is not a URI');
  const predicate = statement['predicate'];
  if (predicate !== undefined && (typeof predicate !== 'object' || predicate === null || Array.isArray(predicate))) throw bad('predicate is not an object');
  return statement as unknown as Statement;
}

/**
 * What was scanned is what ships: evidence is attached only when every subject of the
 * statement is the image it is attached to. Anything else (another build, a tampered file)
 * is refused before anything is written.
 */
export function checkStatementSubject(statement: Statement, imageDigest: string, source: string): void {
  const digests = statement.subject.map((s) =>
    typeof s.digest?.['sha256'] === 'string'
      ? `sha256:${s.digest['sha256']}`
      : Object.entries(s.digest ?? {})
          .map(([a, v]) => `${a}:${v}`)
          .join(','),
  );
  const others = digests.filter((d) => d !== imageDigest);
  if (others.length > 0) {
    throw new ActionError(
      `${source} (${statement.predicateType}) is about ${others.join(', ')}, not the image ${imageDigest}; refusing to attach evidence to an image it does not describe`,
      'attach the statements the build and scan of this very image wrote (their subject is its digest), and rebuild or rescan if the image changed',
    );
  }
}

/** Writes a statement as a `.intoto.json` file (indented: it is read by people too). */
export async function writeStatement(path: string, statement: Statement): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(statement, null, 2)}\n`);
  return path;
}
