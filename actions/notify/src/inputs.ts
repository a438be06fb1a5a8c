import { GITHUB_REPOSITORY_NAME, InputError, Inputs } from '@service-pipeline/action-kit';
import type { JobResults } from '@service-pipeline/notify';

/** The parts of the plan job's json output the notification uses: each lands in a chat message or a dispatch payload, so each is one bounded line. */
export interface PlanFacts {
  kind: string;
  image: string;
  version: string;
  environment: string;
}

export interface NotifyInputs {
  webhookUrl: string;
  dispatchToken: string;
  plan: PlanFacts;
  jobs: JobResults;
  digest: string;
  repositories: string[];
  apiUrl: string;
}

const LINE = /^[^\p{Cc}\p{Cf}\n]{0,200}$/u;
const RESULTS = ['success', 'failure', 'cancelled', 'skipped'];

/** The webhook's path holds its credential: mask it on its own too, in case a URL is printed split. */
function webhookForms(url: string): string[] {
  try {
    const { pathname, search } = new URL(url);
    return [pathname.replace(/^\//, ''), `${pathname}${search}`].filter((form) => form.length >= 8);
  } catch {
    return [];
  }
}

/** A JSON document another job produced; its error says which output to pass. */
function document(inputs: Inputs, name: 'plan' | 'jobs', fix: string): unknown {
  const text = inputs.string(name, { required: true, multiline: true, hint: fix });
  try {
    return JSON.parse(text);
  } catch {
    throw new InputError(name, 'is not JSON', fix);
  }
}

function readPlan(inputs: Inputs): PlanFacts {
  const plan = document(inputs, 'plan', "pass the plan job's json output") as Record<string, unknown>;
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) throw new InputError('plan', 'is not a JSON object', "pass the plan job's json output");
  const field = (value: unknown, name: string): string => {
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string' || !LINE.test(value))
      throw new InputError('plan', `has a ${name} that is not one line of at most 200 characters`, "pass the plan job's json output unchanged");
    return value;
  };
  const bump = plan['bump'];
  const environment = typeof bump === 'object' && bump !== null ? (bump as Record<string, unknown>)['environment'] : undefined;
  return {
    kind: field(plan['kind'], 'kind') || 'run',
    image: field(plan['image'], 'image'),
    version: field(plan['version'], 'version'),
    environment: field(environment, 'bump.environment'),
  };
}

function readJobs(inputs: Inputs): JobResults {
  const jobs = document(inputs, 'jobs', 'pass ${{ toJSON(needs) }}') as Record<string, unknown>;
  if (typeof jobs !== 'object' || jobs === null || Array.isArray(jobs))
    throw new InputError('jobs', 'is not a JSON object of jobs', 'pass ${{ toJSON(needs) }}');
  for (const [name, job] of Object.entries(jobs)) {
    const result = typeof job === 'object' && job !== null ? (job as Record<string, unknown>)['result'] : undefined;
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(name) || typeof result !== 'string' || !RESULTS.includes(result)) {
      throw new InputError(
        'jobs',
        `has an entry ${JSON.stringify(name.slice(0, 100))} that is not a job with a result (${RESULTS.join(', ')})`,
        'pass ${{ toJSON(needs) }}',
      );
    }
  }
  return jobs as JobResults;
}

/** Secrets are masked first; then every input is checked before anything is summarised, posted or dispatched. */
export function readInputs(inputs = new Inputs()): NotifyInputs {
  const { 'webhook-url': webhookUrl, 'dispatch-token': dispatchToken } = inputs.secrets({ 'webhook-url': { derived: webhookForms }, 'dispatch-token': {} });
  if (webhookUrl !== '' && (!/^https?:\/\/\S+$/.test(webhookUrl) || !URL.canParse(webhookUrl))) {
    throw new InputError('webhook-url', 'is not an http(s) URL', 'pass the incoming webhook URL from a secret');
  }
  const plan = readPlan(inputs);
  const jobs = readJobs(inputs);
  const digest = inputs.string('digest', {
    pattern: /^sha256:[a-f0-9]{64}$/,
    hint: "pass the push action's digest output (sha256:<64 hex>), or leave it empty",
  });
  const repositories = inputs.list('dispatch-repositories');
  for (const repo of repositories)
    if (!GITHUB_REPOSITORY_NAME.test(repo))
      throw new InputError('dispatch-repositories', `entry "${repo}" is not owner/name`, 'list repositories as owner/name');
  const apiUrl = inputs.string('api-url', {
    default: process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
    pattern: /^https?:\/\/[^\s/]+(\/\S*)?$/,
    hint: 'an http(s) URL such as https://api.github.com (the default, ${{ github.api_url }})',
  });
  return { webhookUrl, dispatchToken, plan, jobs, digest, repositories, apiUrl };
}
