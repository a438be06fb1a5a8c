import { ActionError } from '@service-pipeline/action-kit/errors';

export interface RegistryErrorDetails {
  registry: string;
  repository?: string;
  operation: string;
  status?: number;
  /** distribution error codes from the response body, e.g. MANIFEST_BLOB_UNKNOWN. */
  codes?: string[];
  detail?: string;
  /** Attempts made, retries included. */
  attempts?: number;
}

function defaultFix(details: RegistryErrorDetails): string {
  const { status, registry, repository, operation } = details;
  const codes = details.codes ?? [];
  if (status === 401) return `check the username and password/token used for ${registry} (inputs, or ~/.docker/config.json)`;
  if (status === 403 || codes.includes('DENIED')) {
    return `the credentials for ${registry} are valid but may not ${operation} ${repository ?? 'this repository'}; grant them that permission`;
  }
  if (status === 405 && operation.startsWith('delete')) {
    return `${registry} has deletion disabled (distribution needs storage.delete.enabled: true; ghcr.io deletes only through the GitHub Packages API)`;
  }
  if (codes.includes('NAME_UNKNOWN')) return `check the repository name ${repository ?? ''}; it does not exist on ${registry}`.trimEnd();
  if (codes.includes('MANIFEST_UNKNOWN') || status === 404) return `check the tag or digest; ${registry} does not have it`;
  if (codes.includes('DIGEST_INVALID')) return 'the content does not match its digest: the source blob is corrupt; rebuild the image';
  if (codes.includes('MANIFEST_BLOB_UNKNOWN')) return 'a blob the manifest references is missing on the registry; push the blobs first';
  if (status === 429 || (status !== undefined && status >= 500)) return `${registry} is overloaded or failing; retry later`;
  if (status === undefined) return `check that ${registry} is reachable from this machine`;
  return `see the registry's answer above`;
}

/** Every failure talking to a registry, with the registry, repository and operation named. */
export class RegistryError extends ActionError {
  readonly details: RegistryErrorDetails;

  constructor(details: RegistryErrorDetails, fix?: string, options?: { cause?: unknown }) {
    const answer = details.status !== undefined ? `answered ${details.status}` : 'could not be reached';
    const codes = details.codes?.length ? ` ${details.codes.join(', ')}` : '';
    const detail = details.detail ? `: ${details.detail}` : '';
    const target = details.repository ? ` for ${details.repository}` : '';
    const attempts = details.attempts !== undefined && details.attempts > 1 ? ` (${details.attempts} attempts)` : '';
    super(`registry ${details.registry} ${answer}${codes} to ${details.operation}${target}${detail}${attempts}`, fix ?? defaultFix(details), options);
    this.details = details;
  }

  get status(): number | undefined {
    return this.details.status;
  }
}

/** Reads distribution's JSON error body ({errors: [{code, message}]}) without trusting it. */
export async function readRegistryErrorBody(response: Response): Promise<{ codes: string[]; detail?: string }> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    return { codes: [] };
  }
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    const errors = Array.isArray(body.errors) ? body.errors : [];
    const codes = errors.map((e) => String(e.code ?? '')).filter(Boolean);
    const messages = errors.map((e) => String(e.message ?? '')).filter(Boolean);
    return messages.length ? { codes, detail: messages.join('; ').slice(0, 300) } : { codes };
  } catch {
    const trimmed = text.trim().slice(0, 200);
    return trimmed ? { codes: [], detail: trimmed } : { codes: [] };
  }
}
