import { actionLogger } from '@service-pipeline/action-kit';
import { buildWithBuildah } from '@service-pipeline/build';
import { isIndex, OciLayout, platformString, type Descriptor } from '@service-pipeline/oci';
import type { BuildInputs } from './inputs.js';

/** Dockerfile mode: buildah writes the OCI layout; the result is read back for its digests. */
export async function buildDockerfile(inputs: BuildInputs, labels: Record<string, string>, sourceDateEpoch: number, refName: string): Promise<{ root: Descriptor; platformDigests: Record<string, string> }> {
  await buildWithBuildah(
    {
      context: inputs.context,
      dockerfile: inputs.dockerfile,
      ...(inputs.target ? { target: inputs.target } : {}),
      buildArgs: inputs.buildArgs,
      labels,
      platforms: inputs.platforms,
      sourceDateEpoch,
      secrets: [],
      layoutDir: inputs.layoutDir,
      refName,
    },
    actionLogger,
  );
  const layout = await OciLayout.open(inputs.layoutDir);
  const root = await layout.resolve(refName);
  const manifest = await layout.readManifest(root);
  const platformDigests = isIndex(manifest)
    ? Object.fromEntries(manifest.manifests.map((m) => [platformString(m.platform), m.digest]))
    : { [inputs.platforms[0]!]: root.digest };
  return { root, platformDigests };
}
