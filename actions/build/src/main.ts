import { ActionError, actionLogger, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import {
  type BuildRequest,
  buildImage,
  computeTags,
  distrolessCheck,
  type Finding,
  ociLabels,
  readGitContext,
  writeBuildProvenance,
} from '@service-pipeline/build';
import { type Image, pushImage, registryClientFor } from '@service-pipeline/oci';
import { type BuildInputs, readInputs } from './inputs.js';

/** `push: true`: the checked image and every computed tag, through the push action's code path. */
async function push(inputs: BuildInputs, image: Image, tags: string[]): Promise<string> {
  const client = await registryClientFor(inputs.registry, { logger: actionLogger, credentials: inputs.credentials });
  const report = await actionLogger.group(`Pushing ${image.root.digest} to ${inputs.registry}/${inputs.repository}`, () =>
    pushImage({ source: image.source, root: image.root, client, repository: inputs.repository, tags, logger: actionLogger }),
  );
  return report.digest;
}

async function main(): Promise<void> {
  const startedOn = new Date();
  const inputs = readInputs();
  for (const note of inputs.notes) actionLogger.info(note);
  const image = `${inputs.registry}/${inputs.repository}`;
  const git = await readGitContext(process.env, inputs.context);
  const computed = computeTags(git, { latest: inputs.latest, shaLength: 12, extra: inputs.tagRules });
  const labels = { ...ociLabels(git, computed, {}), ...inputs.labels };
  const refName = computed.immutableTag;

  const common = { platforms: inputs.platforms, labels, sourceDateEpoch: computed.sourceDateEpoch, layoutDir: inputs.layoutDir, refName, logger: actionLogger };
  const request: BuildRequest =
    inputs.mode === 'append'
      ? {
          ...common,
          mode: 'append',
          baseImage: inputs.baseImage,
          ...(inputs.credentials ? { credentials: { registry: inputs.registry, credentials: inputs.credentials } } : {}),
          artifacts: inputs.artifacts,
          config: {
            user: inputs.user,
            env: inputs.env,
            ports: inputs.ports,
            ...(inputs.entrypoint ? { entrypoint: inputs.entrypoint } : {}),
            ...(inputs.cmd ? { cmd: inputs.cmd } : {}),
            ...(inputs.workdir ? { workdir: inputs.workdir } : {}),
          },
        }
      : {
          ...common,
          mode: 'dockerfile',
          context: inputs.context,
          dockerfile: inputs.dockerfile,
          ...(inputs.preset ? { preset: inputs.preset } : {}),
          engine: inputs.engine,
          ...(inputs.target ? { target: inputs.target } : {}),
          buildArgs: inputs.buildArgs,
          secrets: inputs.secrets,
          cache: inputs.cache,
        };
  const result = await buildImage(request);
  const { image: built, platformDigests, baseDigest, engine } = result;
  const root = built.root;
  let findings: Finding[] = [];
  if (inputs.distrolessCheck !== 'off') {
    findings = await distrolessCheck(built);
    for (const finding of findings) actionLogger.warning(`distroless check (${finding.platform}): ${finding.detail}`);
  }

  // Beside the layout it describes (`<layout>.provenance.intoto.json`): one per image, where scan and push find the image.
  const provenance = await writeBuildProvenance({
    request,
    result,
    name: image,
    git,
    startedOn,
    path: `${inputs.layoutDir}.provenance.intoto.json`,
    sourceRoot: inputs.context,
  });

  const tags = computed.tags.map((tag) => `${image}:${tag}`);
  const failed = findings.length > 0 && inputs.distrolessCheck === 'error';
  const pushedDigest = inputs.push && !failed ? await push(inputs, built, computed.tags) : '';
  setOutputs({
    digest: root.digest,
    'image-ref': `${image}@${root.digest}`,
    tags: tags.join('\n'),
    'immutable-tag': computed.immutableTag,
    version: computed.version,
    'platform-digests': platformDigests,
    'oci-layout': inputs.layoutDir,
    'base-image-digest': baseDigest,
    'pushed-digest': pushedDigest,
    provenance: provenance.path,
  });
  const where = pushedDigest ? `written to \`${inputs.layoutDir}\` and pushed` : `written to \`${inputs.layoutDir}\` (not pushed)`;
  await writeSummary({
    heading: `Built ${image}@${root.digest.slice(0, 19)}`,
    paragraphs: [
      `Mode ${inputs.mode}${inputs.mode === 'dockerfile' ? ` (${inputs.preset ? `preset ${inputs.preset}, ` : ''}${engine})` : ''}, version \`${computed.version}\`, pin \`${image}:${computed.immutableTag}\`; ${where}.`,
    ],
    tables: [
      { caption: 'Tags', headers: ['Reference'], rows: tags.map((t) => [`\`${t}\``]) },
      { caption: 'Platforms', headers: ['Platform', 'Digest'], rows: Object.entries(platformDigests).map(([p, d]) => [p, `\`${d}\``]) },
      ...(findings.length ? [{ caption: 'Distroless check', headers: ['Platform', 'Finding'], rows: findings.map((f) => [f.platform, f.detail]) }] : []),
    ],
  });
  if (failed) {
    throw new ActionError(
      `the image is not distroless: ${findings.map((f) => `${f.platform} ${f.kind}${f.path ? ` ${f.path}` : ''}`).join(', ')}${inputs.push ? ' (not pushed)' : ''}`,
      'use a distroless final stage (FROM gcr.io/distroless/...), USER 65532:65532 and exec-form ENTRYPOINT; or set distroless-check: warn',
    );
  }
}

await run('build', main);
