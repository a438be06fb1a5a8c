import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { consoleLogger } from '@service-pipeline/action-kit';
import {
  atOrAbove,
  CHECKS,
  type Check,
  ENGINES,
  type Engine,
  FAIL_ON,
  type FailOn,
  findRenderers,
  installValidationTools,
  jsonReport,
  validateRepository,
} from '@service-pipeline/config-validate';

export const VALIDATE_USAGE = `Usage: service-pipeline validate DIR [options]

Validates a config repository the way the config-validate action does: renders what Argo CD
or Flux deploys, then checks schemas, deprecated APIs and policies (embedded engines, offline).

Options:
  --json                     print the JSON report instead of one line per finding
  --kubernetes-version V     target Kubernetes version, MAJOR.MINOR (default 1.33)
  --checks LIST              any of ${CHECKS.join(',')} (default: all)
  --engine NAME              ${ENGINES.join(', ')} (default embedded; tools need kubeconform, pluto, conftest on PATH)
  --policy-dir DIR           Rego policies for conftest, inside DIR
  --fail-on SEVERITY         ${FAIL_ON.join(', ')} (default error)
  -h, --help                 this text`;

/** `service-pipeline validate`: exit 0 clean, 1 findings at or above --fail-on, 2 bad usage or input. */
export async function validateCommand(argv: string[]): Promise<number> {
  const fail = (message: string): number => {
    console.error(`service-pipeline validate: ${message}\n\n${VALIDATE_USAGE}`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'kubernetes-version': { type: 'string' },
        checks: { type: 'string' },
        engine: { type: 'string' },
        'policy-dir': { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(VALIDATE_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return fail(positionals.length === 0 ? 'missing DIR' : `unexpected arguments: ${positionals.slice(1).join(' ')}`);
  const checks = (values.checks ?? CHECKS.join(','))
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  for (const c of checks) if (!(CHECKS as readonly string[]).includes(c)) return fail(`--checks: unknown check "${c}" (checks: ${CHECKS.join(', ')})`);
  const engine = values.engine ?? 'embedded';
  if (!(ENGINES as readonly string[]).includes(engine)) return fail(`--engine: "${engine}" is not one of ${ENGINES.join(', ')}`);
  const failOn = values['fail-on'] ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) return fail(`--fail-on: "${failOn}" is not one of ${FAIL_ON.join(', ')}`);

  const logger = values.json ? { ...consoleLogger, info: () => {} } : consoleLogger;
  try {
    const policyDir = values['policy-dir'];
    const tools = await installValidationTools({ engine: engine as Engine, checks: checks as Check[], ...(policyDir ? { policyDir } : {}), paths: {}, logger });
    const result = await validateRepository({
      root: resolve(positionals[0]!),
      kubernetesVersion: values['kubernetes-version'] ?? '1.33',
      checks: checks as Check[],
      engine: engine as Engine,
      ...(policyDir ? { policyDir } : {}),
      renderers: await findRenderers(),
      tools,
      logger,
    });
    if (values.json) process.stdout.write(jsonReport(result));
    else {
      for (const f of result.findings)
        console.log(`${f.file}:${f.line}: ${f.severity} ${f.rule}${f.kind ? ` ${f.kind} ${f.name ?? ''}` : ''}: ${f.message} (fix: ${f.fix})`);
      console.log(`${result.findings.length} finding(s) in ${result.resources} resource(s); Kubernetes ${result.kubernetesVersion}`);
    }
    return result.findings.some((f) => atOrAbove(f.severity, failOn as FailOn)) ? 1 : 0;
  } catch (error) {
    const e = error as Error & { what?: string; fix?: string };
    console.error(`service-pipeline validate: ${e.what && e.fix ? `${e.what}; ${e.fix}` : e.message}`);
    return 2;
  }
}
