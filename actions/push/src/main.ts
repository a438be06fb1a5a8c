import { ActionError, actionLogger, InputError, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import {
  attachStatements,
  findSourceLabel,
  formatBytes,
  formatReference,
  type Image,
  OciLayoutError,
  openImage,
  pushImage,
  readImageStatements,
  registryClientFor,
  repositoryOf,
} from '@service-pipeline/oci';
import { explainPushError } from './explain.js';
import { readInputs } from './inputs.js';

/** The image to push, checked against the build's digest; a layout error names the input that chose it. */
async function openSource(inputs: ReturnType<typeof readInputs>): Promise<Image> {
  const source = inputs.source;
  if (source.kind === 'registry') {
    const image = await openImage(
      { kind: 'registry', reference: source.reference },
      { logger: actionLogger, ...(source.credentials ? { credentials: source.credentials } : {}) },
    );
    if (inputs.digest && image.root.digest !== inputs.digest)
      throw new InputError(
        'digest',
        `is ${inputs.digest}, but ${formatReference(source.reference)} is ${image.root.digest}`,
        'pass the digest of the image to copy, or leave digest empty',
      );
    return image;
  }
  try {
    return await openImage({
      kind: 'layout',
      dir: source.dir,
      ...(source.ref ? { ref: source.ref } : {}),
      ...(inputs.digest ? { digest: inputs.digest } : {}),
    });
  } catch (error) {
    if (!(error instanceof OciLayoutError)) throw error;
    const input = error.reason === 'digest' ? 'digest' : error.reason === 'missing' ? 'oci-layout' : source.ref ? 'layout-ref' : 'oci-layout';
    throw new InputError(input, `${input === 'digest' ? 'does not match' : 'is unusable'}: ${error.what}`, error.fix);
  }
}

async function main(): Promise<void> {
  const inputs = readInputs();
  for (const note of inputs.notes) actionLogger.info(note);
  const target = repositoryOf(inputs);

  const origin = inputs.source.kind === 'registry' ? repositoryOf(inputs.source.reference) : inputs.source.dir;
  const image = await actionLogger.group(`Reading ${origin}`, () => openSource(inputs));
  if (inputs.sourceLabelCheck !== 'off' && !(await findSourceLabel(image))) {
    const message = `the image has no org.opencontainers.image.source label or annotation, so ${inputs.registry === 'ghcr.io' ? "ghcr.io will not link the package to its repository (and it will not inherit the repository's access)" : 'registries cannot link it to its repository'}`;
    const fix = 'build with the build action (it sets it), or add LABEL org.opencontainers.image.source=https://github.com/OWNER/REPO to the Dockerfile';
    if (inputs.sourceLabelCheck === 'error') throw new ActionError(message, fix);
    actionLogger.warning(`${message}; ${fix}`);
  }

  // What was scanned is what ships: evidence about another image fails here, before anything is
  // pushed. Per-platform evidence (native-runner builds merged into one index) hangs off its platform.
  const evidence = await readImageStatements(inputs.attestations, image);

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

  const pushed = { mediaType: report.mediaType, digest: report.digest, size: image.root.size };
  const attached = await actionLogger.group(`Attaching ${evidence.length} attestation(s)`, () => attachStatements(client, inputs.repository, pushed, evidence));

  const fullTags = report.tags.map((tag) => `${target}:${tag}`);
  const pinnedRef = `${fullTags[0] ?? target}@${report.digest}`;
  const { uploaded, mounted, existing } = report.blobs;
  setOutputs({
    digest: report.digest,
    'image-ref': `${target}@${report.digest}`,
    'pinned-ref': pinnedRef,
    tags: fullTags.join('\n'),
    'bytes-uploaded': uploaded.bytes,
    blobs: { uploaded: uploaded.count, mounted: mounted.count, existing: existing.count },
    attestations: attached.map((a) => `${target}@${a.descriptor.digest}`).join('\n'),
  });
  await writeSummary({
    heading: `Pushed ${target}@${report.digest.slice(0, 19)}`,
    paragraphs: [
      `Image reference: \`${target}@${report.digest}\` (${report.mediaType}), pinned for GitOps as \`${pinnedRef}\`, in ${(report.durationMs / 1000).toFixed(1)} s.`,
    ],
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
      ...(attached.length
        ? [
            {
              caption: 'Attestations (OCI referrers of the image)',
              headers: ['Predicate', 'File', 'About', 'Referrer', 'Found via'],
              rows: attached.map((a) => [
                `\`${a.predicateType}\``,
                `\`${a.path}\``,
                a.subject === report.digest ? 'the image' : `platform \`${a.subject}\``,
                `\`${a.descriptor.digest}\``,
                a.via,
              ]),
            },
          ]
        : []),
    ],
  });
}

await run('push', main);
