import { InvalidValueError } from '@service-pipeline/action-kit/errors';
import { parseReference } from '@service-pipeline/oci';
import { TRIVY_DB_SCHEMA } from './trivy-db.js';

/**
 * Where trivy downloads its DB from, in order: Google's mirror first (no GitHub rate limit,
 * and what trivy itself defaults to since v0.56), then the upstream package on ghcr.io.
 */
export const DEFAULT_TRIVY_DB_REPOSITORIES: readonly string[] = [
  `mirror.gcr.io/aquasec/trivy-db:${TRIVY_DB_SCHEMA}`,
  `ghcr.io/aquasecurity/trivy-db:${TRIVY_DB_SCHEMA}`,
];

/**
 * Validates the `db-repository` list (mirror first). Entries stay as written: trivy tags an
 * untagged repository with its schema itself (older releases always append `:2`, so an
 * untagged entry is the one spelling every release reads). Another tag is refused, because
 * trivy would download that DB and then reject its schema.
 */
export function parseDbRepositories(entries: readonly string[]): string[] {
  if (entries.length === 0) return [...DEFAULT_TRIVY_DB_REPOSITORIES];
  return entries.map((entry) => {
    let ref;
    try {
      ref = parseReference(entry);
    } catch (error) {
      throw new InvalidValueError(
        'the trivy DB repository list',
        `has an invalid repository ${JSON.stringify(entry)}: ${(error as Error).message}`,
        `write each entry as registry/path or registry/path:${TRIVY_DB_SCHEMA}, e.g. ${DEFAULT_TRIVY_DB_REPOSITORIES[0]}`,
      );
    }
    if (ref.tag !== undefined && ref.tag !== String(TRIVY_DB_SCHEMA)) {
      throw new InvalidValueError(
        'the trivy DB repository list',
        `asks for tag ${ref.tag} in ${JSON.stringify(entry)}, but trivy reads DB schema ${TRIVY_DB_SCHEMA}`,
        `use the tag :${TRIVY_DB_SCHEMA} or no tag`,
      );
    }
    return entry.trim();
  });
}
