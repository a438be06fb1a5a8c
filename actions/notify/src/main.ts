import { actionLogger, InputError, Inputs, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { githubClient } from '@service-pipeline/action-kit/github';
import { dispatchToDependents, postWebhook, runResult, summaryLines, type JobResults, type Notification } from '@service-pipeline/notify';

interface PlanJson {
  kind?: string;
  image?: string;
  version?: string | null;
  bump?: { environment?: string } | null;
}

function json<T>(inputs: Inputs, name: string): T {
  try {
    return JSON.parse(inputs.string(name, { required: true })) as T;
  } catch {
    throw new InputError(name, 'is not JSON', name === 'jobs' ? 'pass ${{ toJSON(needs) }}' : "pass the plan job's json output");
  }
}

async function main(): Promise<void> {
  const inputs = new Inputs();
  const webhookUrl = inputs.secret('webhook-url');
  const dispatchToken = inputs.secret('dispatch-token');
  const plan = json<PlanJson>(inputs, 'plan');
  const jobs = json<JobResults>(inputs, 'jobs');
  const repositories = inputs.list('dispatch-repositories');
  for (const repo of repositories) if (!/^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/.test(repo)) throw new InputError('dispatch-repositories', `entry "${repo}" is not owner/name`, 'list repositories as owner/name');
  if (webhookUrl !== '' && !/^https?:\/\//.test(webhookUrl)) throw new InputError('webhook-url', 'is not an http(s) URL', 'pass the incoming webhook URL from a secret');
  const result = runResult(jobs);
  if (repositories.length > 0 && result === 'success' && dispatchToken === '') throw new InputError('dispatch-token', 'is required to dispatch to dispatch-repositories', 'pass a token allowed to create repository_dispatch events there (GITHUB_TOKEN is not)');

  const env = process.env;
  const image = plan.image ?? '';
  const notification: Notification = {
    service: image.split('/').pop() ?? env['GITHUB_REPOSITORY'] ?? '',
    kind: plan.kind ?? 'run',
    result,
    image,
    version: plan.version ?? '',
    digest: inputs.string('digest'),
    environment: plan.bump?.environment ?? '',
    failed: Object.entries(jobs).filter(([, job]) => job.result === 'failure' || job.result === 'cancelled').map(([name]) => name),
    runUrl: `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY'] ?? ''}/actions/runs/${env['GITHUB_RUN_ID'] ?? ''}`,
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
    dispatched = await dispatchToDependents(await githubClient({ token: dispatchToken, baseUrl: inputs.string('api-url'), logger: actionLogger }), repositories, notification);
    actionLogger.info(`repository_dispatch sent to ${dispatched.join(', ')}`);
  }
  setOutputs({ result, dispatched: dispatched.join('\n') });
}

await run('notify', main);
