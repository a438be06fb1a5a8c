import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { consoleLogger } from '@service-pipeline/action-kit';
import { isPlatform } from '@service-pipeline/oci';
import { type Plan, planPipeline } from '@service-pipeline/plan';
import { FAIL_ON, type FailOn } from '@service-pipeline/scanners';
import { DEFAULT_STEPS, runPipeline, STEPS, type StepName } from './pipeline.js';
import { PLAN_OPTIONS, PLAN_USAGE, planCommand, planInputFromArgs } from './plan-command.js';
import { resultTable } from './result-table.js';
import { validateCommand } from './validate.js';

const USAGE = `Usage: service-pipeline run [SERVICE_DIR] [options]
       service-pipeline validate DIR [--json] (see validate --help)

Runs the service pipeline on this machine with the library code the actions run:
${STEPS.join(' -> ')}. Defaults need no network: a Go binary is appended onto an embedded
distroless static nonroot base, a Node app onto a Node base made from this machine's node, a
Dockerfile is built with buildah; the image is pushed to a docker-registry started on 127.0.0.1.

Options:
  --work-dir DIR        where the run keeps its files (default SERVICE_DIR/.service-pipeline)
  --repository NAME     image repository (default local/<service dir name>)
  --registry HOST       push to this registry instead of a local one
  --base-image REF      base image reference or oci-layout:<dir>[:ref] (default: embedded)
  --dockerfile PATH     build this Dockerfile with buildah (default for services with only a Dockerfile)
  --build-arg K=V       a Dockerfile build arg (repeatable)
  --platforms LIST      comma-separated os/arch (default linux/amd64)
  --steps LIST          comma-separated subset of ${STEPS.join(',')} (default: all)
  --trivy PATH          trivy binary to use as is (default: the one pnpm run tools built, the dev
                        dependency's, else the pinned release, on PATH or downloaded into
                        ~/.cache/service-pipeline/tools)
  --db-repository LIST  trivy DB repositories, mirror first (default: the public ones)
  --fail-on SEVERITY    ${FAIL_ON.join(', ')} (default high)
  --require-scan        fail when the image could not be scanned (no vulnerability DB); the
                        default whenever --registry is not on loopback or --config-repo is given
  --config-repo REPO    config repository to bump (path or git URL; default: a local bare repo)
  --config-targets TXT  files to bump there, targets syntax (default: the seeded Deployment)

Following a plan (what the reusable workflow does for that event; see \`service-pipeline plan\`):
  --event NAME          push, pull_request, workflow_dispatch, repository_dispatch, schedule, delete, ...
  --ref REF             refs/heads/<branch>, refs/tags/<version>, refs/pull/<n>/merge
  --default-branch B    the default branch (default main)
  --config FILE         pipeline config (environments, preview-environment, feature-branches, stages, ...)
  --action, --environment, --version   a dispatch's promotion
  --pr-repository O/R   GitHub repository of the config repo for promotion pull requests (GITHUB_TOKEN, GITHUB_API_URL)
Without --event, every step but release runs, as for a push to the checked-out branch.

Without a vulnerability DB (offline, no mirror) the scan ends as NOT SCANNED: the run goes on
(exit 0) only while the image goes nowhere but a registry on 127.0.0.1 and the local config repo.
  -h, --help            this text`;

function fail(message: string): never {
  console.error(`service-pipeline: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function list(value: string | undefined, fallback: string[]): string[] {
  return value === undefined
    ? fallback
    : value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
}

async function planMain(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...PLAN_OPTIONS, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`service-pipeline plan: ${(error as Error).message}\n\n${PLAN_USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(PLAN_USAGE);
    return 0;
  }
  try {
    return await planCommand(parsed.values);
  } catch (error) {
    console.error(`service-pipeline plan failed: ${(error as Error).message}`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'validate') return validateCommand(argv.slice(1));
  if (argv[0] === 'plan') return planMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'work-dir': { type: 'string' },
        registry: { type: 'string' },
        'base-image': { type: 'string' },
        dockerfile: { type: 'string' },
        'build-arg': { type: 'string', multiple: true },
        platforms: { type: 'string' },
        steps: { type: 'string' },
        trivy: { type: 'string' },
        'db-repository': { type: 'string' },
        'fail-on': { type: 'string' },
        'require-scan': { type: 'boolean' },
        'config-repo': { type: 'string' },
        'config-targets': { type: 'string' },
        ...PLAN_OPTIONS,
        'pr-repository': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, serviceArg, ...extra] = positionals;
  if (command !== 'run') fail(command === undefined ? 'missing command' : `unknown command "${command}"`);
  if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')}`);
  const serviceDir = resolve(serviceArg ?? '.');
  const platforms = list(values.platforms, ['linux/amd64']);
  for (const p of platforms) if (!isPlatform(p)) fail(`--platforms: "${p}" is not os/arch[/variant], e.g. linux/arm64`);
  const steps = list(values.steps, values.event ? [...STEPS] : [...DEFAULT_STEPS]);
  for (const s of steps) if (!(STEPS as readonly string[]).includes(s)) fail(`--steps: unknown step "${s}" (steps: ${STEPS.join(', ')})`);

  const buildArgs: Record<string, string> = {};
  for (const pair of values['build-arg'] ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) fail(`--build-arg: "${pair}" is not KEY=VALUE`);
    buildArgs[pair.slice(0, eq)] = pair.slice(eq + 1);
  }

  const failOn = values['fail-on'] ?? 'high';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) fail(`--fail-on: "${failOn}" is not one of ${FAIL_ON.join(', ')}`);

  const repository = values.repository ?? `local/${serviceDir.split('/').pop()}`;
  let plan: Plan | undefined;
  if (values.event || values.ref) {
    try {
      plan = planPipeline(await planInputFromArgs({ ...values, dir: serviceDir, repository }));
    } catch (error) {
      console.error(`service-pipeline run failed: ${(error as Error).message}`);
      return 1;
    }
    console.log(`plan: ${plan.kind}: ${plan.reason}`);
  }

  const { reports, ok } = await runPipeline({
    serviceDir,
    workDir: resolve(values['work-dir'] ?? resolve(serviceDir, '.service-pipeline')),
    repository,
    ...(plan ? { plan } : {}),
    ...(values['pr-repository'] ? { prRepository: values['pr-repository'] } : {}),
    ...(values.registry ? { registry: values.registry } : {}),
    ...(values['base-image'] ? { baseImage: values['base-image'] } : {}),
    ...(values.dockerfile ? { dockerfile: resolve(values.dockerfile) } : {}),
    buildArgs,
    platforms,
    steps: new Set(steps as StepName[]),
    failOn: failOn as FailOn,
    ...(values['require-scan'] ? { requireScan: true } : {}),
    ...(values.trivy ? { trivy: resolve(values.trivy) } : {}),
    ...(values['db-repository'] ? { dbRepositories: list(values['db-repository'], []) } : {}),
    ...(values['config-repo'] ? { configRepo: values['config-repo'] } : {}),
    ...(values['config-targets'] ? { configTargets: values['config-targets'] } : {}),
    logger: consoleLogger,
  });
  console.log(`\n${resultTable(reports)}`);
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
