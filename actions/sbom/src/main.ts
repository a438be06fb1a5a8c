import { ActionError, actionLogger, run, setOutputs, writeSummary, trivyCacheDir } from '@service-pipeline/action-kit';
import { formatReference, openImage, registryClientFor, type Descriptor, type ParsedReference, type RegistryClient } from '@service-pipeline/oci';
import { attachSbom, generateSbom, type AttachedSbom, type ScanTarget } from '@service-pipeline/scanners';
import { installTool } from '@service-pipeline/tools';
import { readInputs, type SbomInputs } from './inputs.js';

function client(inputs: SbomInputs, registry: string): Promise<RegistryClient> {
  return registryClientFor(registry, { logger: actionLogger, credentials: inputs.credentials });
}

async function target(inputs: SbomInputs): Promise<{ target: Exclude<ScanTarget, { kind: 'sbom' }>; digest?: string }> {
  const source = inputs.source;
  if (source.kind === 'directory') return { target: { kind: 'directory', path: source.path } };
  if (source.kind === 'image') return { target: { kind: 'image', ref: formatReference(source.reference) } };
  const { root } = await openImage({ kind: 'layout', dir: source.dir, ...(source.ref ? { ref: source.ref } : {}) });
  return { target: { kind: 'oci-layout', dir: source.dir, digest: root.digest }, digest: root.digest };
}

/** The pushed image the SBOM describes: by the layout's digest when there is one, else by attach-to. */
async function subject(registry: RegistryClient, ref: ParsedReference, layoutDigest: string | undefined): Promise<Descriptor> {
  if (layoutDigest && ref.digest && ref.digest !== layoutDigest) {
    throw new ActionError(`attach-to names ${ref.digest}, but the layout's image is ${layoutDigest}`, 'attach the SBOM to the image it describes: pass the push step\'s image-ref for this layout');
  }
  const reference = layoutDigest ?? ref.digest ?? ref.tag;
  const head = reference ? await registry.headManifest(ref.repository, reference) : undefined;
  if (!head) {
    throw new ActionError(`${ref.registry}/${ref.repository} has no image ${reference ?? '(no tag or digest given)'}`, 'push the image before attaching its SBOM (run the push action first)');
  }
  return { mediaType: head.mediaType, digest: head.digest, size: head.size };
}

async function main(): Promise<void> {
  const inputs = readInputs();
  const tool = await actionLogger.group(`Installing ${inputs.generator}`, () =>
    installTool(inputs.generator, { logger: actionLogger, ...(inputs.toolPath ? { path: inputs.toolPath } : {}), ...(inputs.toolBaseUrl ? { baseUrl: inputs.toolBaseUrl } : {}) }),
  );
  actionLogger.info(`${inputs.generator} ${tool.version} (${tool.source}): ${tool.path}`);
  const { target: scanTarget, digest } = await target(inputs);
  const sbom = await actionLogger.group(`Generating ${inputs.formats.join(' + ')} with ${inputs.generator}`, () =>
    generateSbom({
      generator: inputs.generator,
      binary: tool.path,
      formats: inputs.formats,
      target: scanTarget,
      outputDir: inputs.outputDir,
      cacheDir: trivyCacheDir(),
      logger: actionLogger,
    }),
  );

  const attached: AttachedSbom[] = [];
  const attachTo = inputs.attachTo;
  if (attachTo) {
    const registry = await client(inputs, attachTo.registry);
    const image = await subject(registry, attachTo, digest);
    await actionLogger.group(`Attaching to ${attachTo.registry}/${attachTo.repository}@${image.digest}`, async () => {
      for (const file of sbom.files) attached.push(await attachSbom(registry, attachTo.repository, image, file));
    });
  }
  const artifactRef = (a: AttachedSbom): string => `${attachTo!.registry}/${attachTo!.repository}@${a.descriptor.digest}`;

  const path = (format: string): string => sbom.files.find((f) => f.format === format)?.path ?? '';
  setOutputs({
    cyclonedx: path('cyclonedx'),
    spdx: path('spdx'),
    packages: sbom.packages,
    sha256: Object.fromEntries(sbom.files.map((f) => [f.format, f.sha256])),
    attached: attached.map(artifactRef).join('\n'),
  });
  await writeSummary({
    heading: `SBOM: ${sbom.packages} packages`,
    paragraphs: [`Generated with ${inputs.generator} ${tool.version} from ${scanTarget.kind === 'oci-layout' ? `the OCI layout ${scanTarget.dir} (${digest})` : scanTarget.kind === 'image' ? scanTarget.ref : scanTarget.path}.`],
    tables: [
      {
        caption: 'Files',
        headers: ['Format', 'File', 'Packages', 'sha256', 'Attached as'],
        rows: sbom.files.map((f) => {
          const artifact = attached.find((a) => a.format === f.format);
          return [f.format, `\`${f.path}\``, f.packages, `\`${f.sha256}\``, artifact ? `\`${artifactRef(artifact)}\` (${artifact.via})` : '-'];
        }),
      },
    ],
  });
}

await run('sbom', main);
