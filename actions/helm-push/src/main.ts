import { actionLogger, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { packageChart, pushChart } from '@service-pipeline/helm';
import { registryClientFor } from '@service-pipeline/oci';
import { readInputs } from './inputs.js';

async function main(): Promise<void> {
  const { chartDir, target, version, appVersion, credentials } = readInputs();
  const chart = await packageChart(chartDir, { ...(version ? { version } : {}), ...(appVersion ? { appVersion } : {}) });
  const client = await registryClientFor(target.registry, { logger: actionLogger, ...(credentials ? { credentials } : {}) });
  const pushed = await actionLogger.group(`Pushing chart ${chart.metadata.name} ${chart.metadata.version} to ${target.registry}/${target.repository}`, () =>
    pushChart(client, target.repository, chart),
  );
  actionLogger.info(`${pushed.ref}@${pushed.digest}`);
  setOutputs({ ref: pushed.ref, digest: pushed.digest, version: chart.metadata.version });
  await writeSummary({
    heading: 'Helm chart',
    paragraphs: [`\`oci://${pushed.ref.replace(/:[^:/]+$/, '')}\` version \`${chart.metadata.version}\` (\`${pushed.digest}\`)`],
  });
}

await run('helm-push', main);
