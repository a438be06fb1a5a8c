import { actionLogger, ActionError, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { findSourceLabel, formatBytes, openImage, pushImage, registryClientFor, repositoryOf, type Image } from '@service-pipeline/oci';
import { explainPushError } from './explain.js';
import { readInputs } from './inputs.js';

function openSource(inputs: ReturnType<typeof readInputs>): Promise<Image> {
  const source = inputs.source;
  if (source.kind === 'layout') return openImage({ kind: 'layout', dir: source.dir, ...(source.ref ? { ref: source.ref } : {}) });
  return openImage({ kind: 'registry', reference: source.reference }, { logger: actionLogger, ...(source.credentials ? { credentials: source.credentials } : {}) });
}

async function main(): Promise<void> {
  const inputs = readInputs();
  for (const note of inputs.notes) actionLogger.info(note);
  const target = repositoryOf(inputs);

  const origin = inputs.source.kind === 'registry' ? repositoryOf(inputs.source.reference) : inputs.source.dir;
  const image = await actionLogger.group(`Reading ${origin}`, () => openSource(inputs));
  if (inputs.sourceLabelCheck !== 'off' && !(await findSourceLabel(image))) {
    const message = `the image has no org.opencontainers.image.source label or annotation, so ${inputs.registry === 'ghcr.io' ? 'ghcr.io will not link the package to its repository (and it will not inherit the repository\'s access)' : 'registries cannot link it to its repository'}`;
    const fix = 'build with the build action (it sets it), or add LABEL org.opencontainers.image.source=https://github.com/OWNER/REPO to the Dockerfile';
    if (inputs.sourceLabelCheck === 'error') throw new ActionError(message, fix);
    actionLogger.warning(`${message}; ${fix}`);
  }

  const client = await registryClientFor(inputs.registry, { logger: actionLogger, credentials: inputs.credentials });
  const report = await actionLogger
    .group(`Pushing ${image.root.digest} to ${target}`, () =>
      pushImage({
        source: image.source,
        root: image.root,
        client,
        repository: inputs.repository,
        tags: inputs.tags,
        concurrency: inputs.concurrency,
        chunkSize: inputs.chunkSize,
        mountFrom: inputs.mountFrom,
        logger: actionLogger,
      }),
    )
    .catch((error: unknown) => {
      throw explainPushError(error, inputs.registry, inputs.repository);
    });

  const fullTags = report.tags.map((tag) => `${target}:${tag}`);
  const { uploaded, mounted, existing } = report.blobs;
  setOutputs({
    digest: report.digest,
    'image-ref': `${target}@${report.digest}`,
    tags: fullTags.join('\n'),
    'bytes-uploaded': uploaded.bytes,
    blobs: { uploaded: uploaded.count, mounted: mounted.count, existing: existing.count },
  });
  await writeSummary({
    heading: `Pushed ${target}@${report.digest.slice(0, 19)}`,
    paragraphs: [`Image reference: \`${target}@${report.digest}\` (${report.mediaType}), in ${(report.durationMs / 1000).toFixed(1)} s.`],
    tables: [
      { caption: 'Tags', headers: ['Tag', 'Digest'], rows: fullTags.map((tag) => [`\`${tag}\``, `\`${report.digest}\``]) },
      {
        caption: 'Blobs',
        headers: ['', 'Blobs', 'Size'],
        rows: [
          ['uploaded', uploaded.count, formatBytes(uploaded.bytes)],
          ['mounted', mounted.count, formatBytes(mounted.bytes)],
          ['already present', existing.count, formatBytes(existing.bytes)],
        ],
      },
    ],
  });
}

await run('push', main);
