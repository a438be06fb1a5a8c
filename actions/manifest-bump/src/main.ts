import { actionLogger, run, setOutputs, setSecret, writeSummary } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { bumpImage, prepareGitAuth } from '@service-pipeline/gitops';
import { readInputs } from './inputs.js';

const HEADINGS = {
  pushed: 'Bumped',
  'pr-opened': 'Opened a pull request for',
  'pr-updated': 'Updated the pull request for',
  noop: 'Already up to date:',
  skipped: 'Skipped (a newer image is deployed):',
  'dry-run': 'Dry run for',
} as const;

async function main(): Promise<void> {
  const inputs = readInputs();
  // The header form of the token is a second secret: mask it too before git can print it.
  for (const secret of (await prepareGitAuth({ token: inputs.token })).secrets) setSecret(secret);

  const result = await actionLogger.group(`Bumping ${inputs.service} in ${inputs.environment} (${inputs.remote})`, async () =>
    bumpImage({
      remote: inputs.remote,
      ...(inputs.branch ? { branch: inputs.branch } : {}),
      credentials: inputs.overSsh ? { sshKey: inputs.sshKey } : { token: inputs.token },
      image: inputs.image,
      targets: inputs.targets,
      pin: inputs.pin,
      environment: inputs.environment,
      service: inputs.service,
      ...(inputs.created ? { created: inputs.created } : {}),
      ...(inputs.expectedCurrent ? { expectedCurrent: inputs.expectedCurrent } : {}),
      source: inputs.source,
      ...(inputs.commitMessage ? { commitMessage: inputs.commitMessage } : {}),
      author: inputs.author,
      mode: inputs.mode,
      ...(inputs.mode === 'pull-request'
        ? { pullRequest: { client: await githubClient({ token: inputs.token, logger: actionLogger }), ...inputs.github!, labels: inputs.labels, reviewers: inputs.reviewers } }
        : {}),
      dryRun: inputs.dryRun,
      maxAttempts: inputs.maxAttempts,
      historyDepth: inputs.historyDepth,
      logger: actionLogger,
    }),
  );
  if (result.reason) actionLogger.info(`${result.result}: ${result.reason}`);

  setOutputs({
    result: result.result,
    'commit-sha': result.commitSha ?? '',
    'pr-url': result.prUrl ?? '',
    changes: result.changes.map((c) => ({ file: c.file, path: c.path, line: c.line, old: c.old, new: c.new })),
    diff: result.diff,
    attempts: result.attempts,
  });
  await writeSummary({
    heading: `${HEADINGS[result.result]} ${inputs.service} in ${inputs.environment}`,
    paragraphs: [
      result.reason ?? `Branch \`${result.branch}\`${result.commitSha ? `, commit \`${result.commitSha.slice(0, 12)}\`` : ''}${result.prUrl ? `, ${result.prUrl}` : ''}; ${result.attempts} attempt(s).`,
      ...(result.diff ? ['```diff\n' + result.diff.trimEnd() + '\n```'] : []),
    ],
    tables: result.changes.length > 0 ? [{ headers: ['File', 'Path', 'Old', 'New'], rows: result.changes.map((c) => [`\`${c.file}:${c.line}\``, `\`${c.path}\``, `\`${c.old}\``, `\`${c.new}\``]) }] : [],
  });
}

await run('manifest-bump', main);
