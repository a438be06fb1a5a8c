import { actionLogger } from '@service-pipeline/action-kit';
import { buildDockerfile, preparePresetDockerfile, resolveEngine, writeSecretFiles } from '@service-pipeline/build';
import { isIndex, openImage, type Descriptor } from '@service-pipeline/oci';
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
  const image = await openImage({ kind: 'layout', dir: inputs.layoutDir, ref: refName });
  const platformDigests = isIndex(image.manifest) ? await image.platformDigests() : { [inputs.platforms[0]!]: image.root.digest };
  return { root: image.root, platformDigests, engine };
}
