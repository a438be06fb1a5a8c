import { ConfigValidateError } from './errors.js';

export interface KubernetesVersion {
  major: number;
  minor: number;
  text: string;
}

/** The releases the deprecation table knows about: 1.16 (the first big removal) to the newest. */
export const OLDEST_MINOR = 16;
export const NEWEST_MINOR = 36;

export class UnknownKubernetesVersionError extends ConfigValidateError {
  constructor(value: string) {
    super(
      `kubernetes-version "${value}" is not a Kubernetes release this check knows (1.${OLDEST_MINOR} to 1.${NEWEST_MINOR})`,
      `set it to the version of the cluster Argo CD or Flux deploys to, as MAJOR.MINOR (e.g. 1.${NEWEST_MINOR - 3}) or MAJOR.MINOR.PATCH`,
    );
    this.name = 'UnknownKubernetesVersionError';
  }
}

export function parseKubernetesVersion(value: string): KubernetesVersion {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw new UnknownKubernetesVersionError(value);
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major !== 1 || minor < OLDEST_MINOR || minor > NEWEST_MINOR) throw new UnknownKubernetesVersionError(value);
  return { major, minor, text: `${major}.${minor}` };
}

/** Whether `version` is at or after release `1.minor`. */
export function atLeast(version: KubernetesVersion, minor: number): boolean {
  return version.minor >= minor;
}
