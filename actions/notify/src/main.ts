import { actionLogger, InputError, run, setOutputs, workflowRunUrl, writeSummary } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { dispatchToDependents, type Notification, postWebhook, runResult, summaryLines } from '@service-pipeline/notify';
import { readInputs } from './inputs.js';

async function main(): Promise<void> {
  const { webhookUrl, dispatchToken, plan, jobs, digest, repositories, apiUrl } = readInputs();
  const result = runResult(jobs);
  if (repositories.length > 0 && result === 'success' && dispatchToken === '')
    throw new InputError(
      'dispatch-token',
      'is required to dispatch to dispatch-repositories',
      'pass a token allowed to create repository_dispatch events there (GITHUB_TOKEN is not)',
    );

  const env = process.env;
  const image = plan.image;
  const notification: Notification = {
    service: image.split('/').pop()!,
    kind: plan.kind,
    result,
    image,
    version: plan.version,
    digest,
    environment: plan.environment,
    failed: Object.entries(jobs)
      .filter(([, job]) => job.result === 'failure' || job.result === 'cancelled')
      .map(([name]) => name),
    runUrl: workflowRunUrl(env) ?? '',
  };
  await writeSummary({ heading: 'Service pipeline', paragraphs: summaryLines(notification) });
  if (webhookUrl !== '') {
    // A chat outage must not turn a deployed release red: the webhook only warns.
    await postWebhook(webhookUrl, notification).then(
      () => actionLogger.info('webhook: posted'),
      (error: Error) => actionLogger.warning(`webhook: ${error.message}`),
    );
  }
  let dispatched: string[] = [];
  if (repositories.length > 0 && result === 'success') {
    dispatched = await dispatchToDependents(await githubClient({ token: dispatchToken, baseUrl: apiUrl, logger: actionLogger }), repositories, notification);
    actionLogger.info(`repository_dispatch sent to ${dispatched.join(', ')}`);
  }
  setOutputs({ result, dispatched: dispatched.join('\n') });
}

await run('notify', main);
