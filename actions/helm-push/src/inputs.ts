import { asInput, InputError, Inputs } from '@service-pipeline/action-kit';
import { checkChartVersion } from '@service-pipeline/helm';
import { type Credentials, type ParsedReference, parseReference } from '@service-pipeline/oci';

export interface HelmPushInputs {
  chartDir: string;
  target: ParsedReference;
  version?: string;
  appVersion?: string;
  credentials?: Credentials;
}

/** The password is masked first; every input is checked before the chart is read or the registry is called. */
export function readInputs(inputs = new Inputs()): HelmPushInputs {
  const password = inputs.secret('password', { user: 'username' });
  const chartDir = inputs.path('chart', { required: true, mustExist: 'directory' });
  // The repository prefix parses as an image name: registry host, then the namespace path.
  const target = asInput('repository', () => parseReference(inputs.string('repository', { required: true })));
  if (target.tag !== undefined || target.digest !== undefined) {
    throw new InputError(
      'repository',
      'names a tag or digest',
      "give the repository prefix only (e.g. ghcr.io/acme/charts): the chart's name and version are appended",
    );
  }
  const version = asInput('version', () => {
    const value = inputs.string('version');
    return value === '' ? '' : checkChartVersion(value);
  });
  // appVersion lands in Chart.yaml and the pushed manifest's annotations: one short token.
  const appVersion = inputs.string('app-version', {
    pattern: /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/,
    hint: 'write a version such as 1.4.0 or v1.4.0 (letters, digits, . _ + -, at most 64 characters)',
  });
  const username = inputs.string('username');
  return {
    chartDir,
    target,
    ...(version ? { version } : {}),
    ...(appVersion ? { appVersion } : {}),
    ...(username !== '' && password !== '' ? { credentials: { username, password } } : {}),
  };
}
