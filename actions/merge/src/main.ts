import { actionLogger, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { mergePlatformImages } from '@service-pipeline/build';
import { readInputs } from './inputs.js';

async function main(): Promise<void> {
  const { sources, platforms, ref, target } = readInputs();
  const merged = await actionLogger.group(`Merging ${sources.length} layout(s) into ${target}`, () =>
    mergePlatformImages(sources, target, { refName: ref, ...(platforms.length > 0 ? { platforms } : {}) }),
  );
  for (const [platform, digest] of Object.entries(merged.platformDigests)) actionLogger.info(`${platform}: ${digest}`);
  setOutputs({ digest: merged.root.digest, 'platform-digests': merged.platformDigests, 'oci-layout': target });
  await writeSummary({
    heading: 'Multi-platform image',
    paragraphs: [`\`${merged.root.digest}\` (${ref})`],
    tables: [{ headers: ['platform', 'digest'], rows: Object.entries(merged.platformDigests) }],
  });
}

await run('merge', main);
