import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { actionLogger, ActionError, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { appendBuild, computeTags, distrolessCheck, emitProvenance, ociLabels, readGitContext, resolveBase, type Finding } from '@service-pipeline/build';
import { layoutSource, OciLayout, pushImage, registryClientFor, type Descriptor } from '@service-pipeline/oci';
import { readInputs, type BuildInputs } from './inputs.js';
import { buildFromDockerfile } from './dockerfile.js';

/** `push: true`: the checked image and every computed tag, through the push action's code path. */
async function push(inputs: BuildInputs, layout: OciLayout, root: Descriptor, tags: string[]): Promise<string> {
  const client = await registryClientFor(inputs.registry, { logger: actionLogger, credentials: inputs.credentials });
  const report = await actionLogger.group(`Pushing ${root.digest} to ${inputs.registry}/${inputs.repository}`, () =>
    pushImage({ source: layoutSource(layout), root, client, repository: inputs.repository, tags, logger: actionLogger }),
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

  let root: Descriptor;
  let platformDigests: Record<string, string>;
  let baseDigest = '';
  let engine = 'append';
  if (inputs.mode === 'append') {
    const result = await actionLogger.group(`Appending ${inputs.artifacts.length} artifact(s) to ${inputs.baseImage}`, async () =>
      appendBuild({
        base: await resolveBase(inputs.baseImage),
        platforms: inputs.platforms,
        artifacts: inputs.artifacts,
        config: {
          user: inputs.user,
          env: inputs.env,
          ports: inputs.ports,
          labels,
          ...(inputs.entrypoint ? { entrypoint: inputs.entrypoint } : {}),
          ...(inputs.cmd ? { cmd: inputs.cmd } : {}),
          ...(inputs.workdir ? { workdir: inputs.workdir } : {}),
        },
        annotations: labels,
        sourceDateEpoch: computed.sourceDateEpoch,
        layoutDir: inputs.layoutDir,
        refName,
        logger: actionLogger,
      }),
    );
    ({ root, platformDigests } = result);
    baseDigest = result.baseDigest;
  } else {
    ({ root, platformDigests, engine } = await buildFromDockerfile(inputs, labels, computed.sourceDateEpoch, refName));
  }

  const layout = await OciLayout.open(inputs.layoutDir);
  let findings: Finding[] = [];
  if (inputs.distrolessCheck !== 'off') {
    findings = await distrolessCheck(layoutSource(layout), root);
    for (const finding of findings) actionLogger.warning(`distroless check (${finding.platform}): ${finding.detail}`);
  }

  // Build-arg values stay out: the statement is public, and build args are where secrets get misplaced.
  const parameters =
    inputs.mode === 'append'
      ? { mode: 'append' as const, platforms: inputs.platforms, baseImage: inputs.baseImage, artifacts: inputs.artifacts.map((a) => `${a.platform ? `${a.platform}:` : ''}${relative(inputs.context, a.source)}=${a.destination}`), user: inputs.user }
      : { mode: 'dockerfile' as const, platforms: inputs.platforms, dockerfile: inputs.dockerfile, target: inputs.target, buildArgNames: Object.keys(inputs.buildArgs), engine, ...(inputs.preset ? { preset: inputs.preset } : {}) };
  const provenance = await emitProvenance({
    image,
    digest: root.digest,
    root,
    layout,
    git,
    parameters,
    startedOn,
    // Beside the layout it describes (`<layout>.provenance.intoto.json`): one per image, where scan and push find the image.
    path: `${inputs.layoutDir}.provenance.intoto.json`,
    ...(inputs.mode === 'dockerfile' ? { dockerfile: { text: await readFile(inputs.dockerfile, 'utf8'), buildArgs: inputs.buildArgs } } : {}),
  });

  const tags = computed.tags.map((tag) => `${image}:${tag}`);
  const failed = findings.length > 0 && inputs.distrolessCheck === 'error';
  const pushedDigest = inputs.push && !failed ? await push(inputs, layout, root, computed.tags) : '';
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
    paragraphs: [`Mode ${inputs.mode}${inputs.mode === 'dockerfile' ? ` (${inputs.preset ? `preset ${inputs.preset}, ` : ''}${engine})` : ''}, version \`${computed.version}\`, pin \`${image}:${computed.immutableTag}\`; ${where}.`],
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
