import { readFile } from 'node:fs/promises';
import { ActionError, actionLogger, run, setOutputs, trivyCacheDir, writeSummary } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { type Descriptor, formatReference, openImage, type ParsedReference, type RegistryClient, registryClientFor } from '@service-pipeline/oci';
import {
  type AttachedSbom,
  attachSbom,
  dependencySnapshot,
  type GeneratedSbom,
  generateSbom,
  type ScanTarget,
  submitDependencySnapshot,
} from '@service-pipeline/scanners';
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
    throw new ActionError(
      `attach-to names ${ref.digest}, but the layout's image is ${layoutDigest}`,
      "attach the SBOM to the image it describes: pass the push step's image-ref for this layout",
    );
  }
  const reference = layoutDigest ?? ref.digest ?? ref.tag;
  const head = reference ? await registry.headManifest(ref.repository, reference) : undefined;
  if (!head) {
    throw new ActionError(
      `${ref.registry}/${ref.repository} has no image ${reference ?? '(no tag or digest given)'}`,
      'push the image before attaching its SBOM (run the push action first)',
    );
  }
  return { mediaType: head.mediaType, digest: head.digest, size: head.size };
}

const describe = (target: Exclude<ScanTarget, { kind: 'sbom' }>): string =>
  target.kind === 'oci-layout' ? target.dir : target.kind === 'image' ? target.ref : target.path;

/** The SBOM's packages to GitHub's dependency graph (the CycloneDX file when there is one: it carries the graph). */
async function submit(inputs: SbomInputs, sbom: GeneratedSbom, manifest: string, version: string): Promise<{ id: number; result: string; message: string }> {
  const graph = inputs.dependencyGraph!;
  const file = sbom.files.find((f) => f.format === 'cyclonedx') ?? sbom.files[0]!;
  const snapshot = dependencySnapshot({
    sbom: JSON.parse(await readFile(file.path, 'utf8')),
    path: file.path,
    manifest,
    sha: graph.sha,
    ref: graph.ref,
    job: { correlator: `${graph.correlator}_${manifest}`, id: graph.runId, ...(graph.runUrl ? { html_url: graph.runUrl } : {}) },
    detector: {
      name: `service-pipeline sbom (${inputs.generator})`,
      version,
      url: inputs.generator === 'syft' ? 'https://github.com/anchore/syft' : 'https://github.com/aquasecurity/trivy',
    },
    scanned: new Date(),
  });
  return actionLogger.group(
    `Submitting ${Object.keys(snapshot.manifests?.[manifest]?.resolved ?? {}).length} package(s) to the dependency graph of ${graph.repository}`,
    async () => submitDependencySnapshot(await githubClient({ token: graph.token, logger: actionLogger }), graph.repository, snapshot),
  );
}

async function main(): Promise<void> {
  const inputs = readInputs();
  const tool = await actionLogger.group(`Installing ${inputs.generator}`, () =>
    installTool(inputs.generator, {
      logger: actionLogger,
      ...(inputs.toolPath ? { path: inputs.toolPath } : {}),
      ...(inputs.toolBaseUrl ? { baseUrl: inputs.toolBaseUrl } : {}),
    }),
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
  const submitted = inputs.dependencyGraph
    ? await submit(inputs, sbom, attachTo ? `${attachTo.registry}/${attachTo.repository}` : describe(scanTarget), tool.version)
    : undefined;
  const artifactRef = (a: AttachedSbom): string => `${attachTo!.registry}/${attachTo!.repository}@${a.descriptor.digest}`;

  const path = (format: string): string => sbom.files.find((f) => f.format === format)?.path ?? '';
  setOutputs({
    cyclonedx: path('cyclonedx'),
    spdx: path('spdx'),
    packages: sbom.packages,
    sha256: Object.fromEntries(sbom.files.map((f) => [f.format, f.sha256])),
    attached: attached.map(artifactRef).join('\n'),
    'snapshot-id': submitted ? String(submitted.id) : '',
  });
  await writeSummary({
    heading: `SBOM: ${sbom.packages} packages`,
    paragraphs: [
      `Generated with ${inputs.generator} ${tool.version} from ${scanTarget.kind === 'oci-layout' ? `the OCI layout ${scanTarget.dir} (${digest})` : describe(scanTarget)}.`,
      ...(submitted
        ? [
            `Submitted to the dependency graph of ${inputs.dependencyGraph!.repository}: snapshot ${submitted.id}, ${submitted.result}${submitted.message ? ` (${submitted.message})` : ''}.`,
          ]
        : []),
    ],
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
