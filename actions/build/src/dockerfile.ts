import { actionLogger } from '@service-pipeline/action-kit';
import { buildDockerfile, preparePresetDockerfile, resolveEngine, writeSecretFiles } from '@service-pipeline/build';
import { isIndex, OciLayout, platformString, type Descriptor } from '@service-pipeline/oci';
import type { BuildInputs } from './inputs.js';

/** Dockerfile mode: the chosen engine writes the OCI layout; the result is read back for its digests. */
export async function buildFromDockerfile(inputs: BuildInputs, labels: Record<string, string>, sourceDateEpoch: number, refName: string): Promise<{ root: Descriptor; platformDigests: Record<string, string>; engine: string }> {
  if (inputs.preset) {
    const { path, text } = await preparePresetDockerfile(inputs.preset, inputs.context);
    await actionLogger.group(`Dockerfile of preset ${inputs.preset} (saved as ${path}; commit it to adopt it)`, async () => actionLogger.info(text));
  }
  const engine = await resolveEngine(inputs.engine);
  const secrets = await writeSecretFiles(inputs.secrets);
  try {
    await actionLogger.group(`Building ${inputs.dockerfile} with ${engine}`, () =>
      buildDockerfile(
        engine,
        {
          context: inputs.context,
          dockerfile: inputs.dockerfile,
          ...(inputs.target ? { target: inputs.target } : {}),
          buildArgs: inputs.buildArgs,
          labels,
          platforms: inputs.platforms,
          sourceDateEpoch,
          secrets: secrets.files,
          layoutDir: inputs.layoutDir,
          refName,
        },
        inputs.cache,
        actionLogger,
      ),
    );
  } finally {
    await secrets.cleanup();
  }
  const layout = await OciLayout.open(inputs.layoutDir);
  const root = await layout.resolve(refName);
  const manifest = await layout.readManifest(root);
  const platformDigests = isIndex(manifest)
    ? Object.fromEntries(manifest.manifests.map((m) => [platformString(m.platform), m.digest]))
    : { [inputs.platforms[0]!]: root.digest };
  return { root, platformDigests, engine };
}
