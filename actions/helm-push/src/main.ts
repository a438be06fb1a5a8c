import { actionLogger, asInput, Inputs, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { packageChart, pushChart } from '@service-pipeline/helm';
import { parseReference, registryClientFor } from '@service-pipeline/oci';

async function main(): Promise<void> {
  const inputs = new Inputs();
  const password = inputs.secret('password');
  const chartDir = inputs.path('chart', { required: true, mustExist: 'directory' });
  // The repository prefix parses as an image name: registry host, then the namespace path.
  const target = asInput('repository', () => parseReference(inputs.string('repository', { required: true })));
  const version = inputs.string('version');
  const appVersion = inputs.string('app-version');
  const username = inputs.string('username');
  const credentials = username !== '' && password !== '' ? { username, password } : undefined;

  const chart = await packageChart(chartDir, { ...(version ? { version } : {}), ...(appVersion ? { appVersion } : {}) });
  const client = await registryClientFor(target.registry, { logger: actionLogger, ...(credentials ? { credentials } : {}) });
  const pushed = await actionLogger.group(`Pushing chart ${chart.metadata.name} ${chart.metadata.version} to ${target.registry}/${target.repository}`, () => pushChart(client, target.repository, chart));
  actionLogger.info(`${pushed.ref}@${pushed.digest}`);
  setOutputs({ ref: pushed.ref, digest: pushed.digest, version: chart.metadata.version });
  await writeSummary({ heading: 'Helm chart', paragraphs: [`\`oci://${pushed.ref.replace(/:[^:/]+$/, '')}\` version \`${chart.metadata.version}\` (\`${pushed.digest}\`)`] });
}

await run('helm-push', main);
