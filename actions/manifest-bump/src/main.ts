import { actionLogger, run, setOutputs, setSecret, writeSummary } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { type BumpResult, bumpImage, bumpImages, type EditValidation, prepareGitAuth, promoteImages } from '@service-pipeline/gitops';
import { readInputs } from './inputs.js';

const HEADINGS = {
  pushed: 'Bumped',
  'pr-opened': 'Opened a pull request for',
  'pr-updated': 'Updated the pull request for',
  noop: 'Already up to date:',
  skipped: 'Skipped (a newer image is deployed, or an expected value did not match):',
  'dry-run': 'Dry run for',
} as const;

/** kubeconform, pluto and conftest for validate-engine tools or both, before the config repository is touched. */
async function validationTools(validate: EditValidation): Promise<EditValidation> {
  if (validate.engine === undefined || validate.engine === 'embedded') return validate;
  const { CHECKS, installValidationTools } = await import('@service-pipeline/config-validate');
  const tools = await installValidationTools({
    engine: validate.engine,
    checks: validate.checks ?? CHECKS,
    ...(validate.policyDir ? { policyDir: validate.policyDir } : {}),
    paths: {},
    logger: actionLogger,
  });
  return { ...validate, tools };
}

async function main(): Promise<void> {
  const inputs = await readInputs();
  // The header form of the token is a second secret: mask it too before git can print it.
  for (const secret of (await prepareGitAuth({ token: inputs.token })).secrets) setSecret(secret);
  const client =
    inputs.mode === 'pull-request' || inputs.transport === 'github-api' ? await githubClient({ token: inputs.token, logger: actionLogger }) : undefined;

  const common = {
    remote: inputs.remote,
    ...(inputs.branch ? { branch: inputs.branch } : {}),
    credentials: inputs.overSsh ? { sshKey: inputs.sshKey } : { token: inputs.token },
    ...(inputs.transport === 'github-api' ? { githubApi: { client: client!, ...inputs.github! } } : {}),
    targets: inputs.targets,
    environment: inputs.environment,
    ...(inputs.commitMessage ? { commitMessage: inputs.commitMessage } : {}),
    author: inputs.author,
    mode: inputs.mode,
    ...(inputs.mode === 'pull-request' ? { pullRequest: { client: client!, ...inputs.github!, labels: inputs.labels, reviewers: inputs.reviewers } } : {}),
    dryRun: inputs.dryRun,
    maxAttempts: inputs.maxAttempts,
    batch: inputs.batch,
    historyDepth: inputs.historyDepth,
    ...(inputs.validate ? { validate: await validationTools(inputs.validate) } : {}),
    logger: actionLogger,
  };
  const each = {
    ...(inputs.created ? { created: inputs.created } : {}),
    ...(inputs.expectedCurrent ? { expectedCurrent: inputs.expectedCurrent } : {}),
    source: inputs.source,
  };
  const { selection } = inputs;
  const label =
    selection.kind === 'promote'
      ? `promoting ${inputs.service} from ${selection.from.environment} to ${inputs.environment}`
      : `bumping ${inputs.service} in ${inputs.environment}`;
  const result: BumpResult = await actionLogger.group(`${label[0]!.toUpperCase()}${label.slice(1)} (${inputs.remote})`, () => {
    if (selection.kind === 'promote') {
      return promoteImages({
        ...common,
        group: inputs.service,
        images: selection.names.map((name) => ({ name })),
        from: selection.from,
        ...(inputs.pin ? { pin: inputs.pin } : {}),
      });
    }
    if (selection.images.length === 1) return bumpImage({ ...common, ...each, image: selection.images[0]!, service: inputs.service, pin: inputs.pin! });
    return bumpImages({
      ...common,
      group: inputs.service,
      pin: inputs.pin!,
      images: selection.images.map((image) => ({ image, service: image.name.split('/').pop()!, ...each })),
    });
  });
  if (result.reason) actionLogger.info(`${result.result}: ${result.reason}`);
  for (const note of result.notes) actionLogger.info(`note: ${note}`);

  setOutputs({
    result: result.result,
    'commit-sha': result.commitSha ?? '',
    'pr-url': result.prUrl ?? '',
    changes: result.changes.map((c) => ({ file: c.file, path: c.path, line: c.line, old: c.old, new: c.new })),
    images: result.images.map((i) => ({ image: i.image, service: i.service, result: i.result, ...(i.reason ? { reason: i.reason } : {}) })),
    notes: result.notes.join('\n'),
    diff: result.diff,
    attempts: result.attempts,
  });
  await writeSummary({
    heading: `${HEADINGS[result.result]} ${inputs.service} in ${inputs.environment}`,
    paragraphs: [
      result.reason ??
        `Branch \`${result.branch}\`${result.commitSha ? `, commit \`${result.commitSha.slice(0, 12)}\`` : ''}${result.prUrl ? `, ${result.prUrl}` : ''}; ${result.attempts} attempt(s).`,
      ...(result.notes.length > 0 ? [result.notes.map((n) => `- ${n}`).join('\n')] : []),
      ...(result.diff ? [`\`\`\`diff\n${result.diff.trimEnd()}\n\`\`\``] : []),
    ],
    tables: [
      ...(result.images.length > 1
        ? [
            {
              headers: ['Image', 'Service', 'Result'],
              rows: result.images.map((i) => [`\`${i.image}\``, i.service, i.reason ? `${i.result}: ${i.reason}` : i.result]),
            },
          ]
        : []),
      ...(result.changes.length > 0
        ? [
            {
              headers: ['File', 'Path', 'Old', 'New'],
              rows: result.changes.map((c) => [`\`${c.file}:${c.line}\``, `\`${c.path}\``, `\`${c.old}\``, `\`${c.new}\``]),
            },
          ]
        : []),
    ],
  });
}

await run('manifest-bump', main);
