import { ActionError } from '@service-pipeline/action-kit';
import { RegistryError } from '@service-pipeline/oci';

/**
 * Turns an authorisation failure into the fix a workflow author needs; on ghcr.io that is
 * almost always the job's `permissions:` or the package's Actions access.
 */
export function explainPushError(error: unknown, registry: string, repository: string): unknown {
  if (!(error instanceof RegistryError)) return error;
  const status = error.status;
  if (status !== 401 && status !== 403) return error;
  const what = error.what;
  if (registry === 'ghcr.io') {
    const fix =
      status === 401
        ? 'the token was refused: pass `password: ${{ secrets.GITHUB_TOKEN }}` (the default) or a PAT with write:packages, and make sure `username` is not empty'
        : `the token needs \`packages: write\` (add \`permissions: packages: write\` to the job); if the package ${repository} already exists, also give this repository write access under the package's "Manage Actions access" settings`;
    return new ActionError(what, fix, { cause: error });
  }
  const fix =
    status === 401
      ? `the credentials were refused by ${registry}: check the username and password inputs (or ~/.docker/config.json)`
      : `the credentials for ${registry} are valid but may not push to ${repository}: grant push (write) access to that repository`;
  return new ActionError(what, fix, { cause: error });
}
