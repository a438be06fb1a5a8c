import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, actionLogger, annotate, pipelineDir, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import type { Finding } from '@service-pipeline/config-validate';
import { readInputs } from './inputs.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

function annotateFinding(f: Finding): void {
  const title = `${f.rule}${f.kind ? ` ${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name ?? ''}` : ''}`;
  annotate(LEVEL[f.severity], `${f.message}. Fix: ${f.fix}`, { file: f.file, line: f.line, title });
}

async function main(): Promise<void> {
  const inputs = readInputs();
  // The engines (schemas, CEL, the policy pack) load once the inputs are known to be good.
  const { atOrAbove, countBySeverity, findRenderers, installValidationTools, jsonReport, junitReport, sarifReport, validateRepository, validationSummary } =
    await import('@service-pipeline/config-validate');
  const renderers = await findRenderers(inputs.paths);
  const tools = await installValidationTools({
    engine: inputs.engine,
    checks: inputs.checks,
    ...(inputs.policyDir ? { policyDir: inputs.policyDir } : {}),
    paths: inputs.paths,
    ...(inputs.toolsBaseUrl ? { baseUrl: inputs.toolsBaseUrl } : {}),
    logger: actionLogger,
  });
  const result = await validateRepository({
    root: inputs.workspace,
    path: inputs.path,
    kubernetesVersion: inputs.kubernetesVersion,
    checks: inputs.checks,
    engine: inputs.engine,
    ...(inputs.policyDir ? { policyDir: inputs.policyDir } : {}),
    renderers,
    tools,
    logger: actionLogger,
  });

  await mkdir(pipelineDir(), { recursive: true });
  const dir = await mkdtemp(pipelineDir('config-validate-'));
  const failing = (f: Finding): boolean => atOrAbove(f.severity, inputs.failOn);
  const files = { report: join(dir, 'report.json'), sarif: join(dir, 'results.sarif'), junit: join(dir, 'junit.xml') };
  await writeFile(files.report, jsonReport(result));
  await writeFile(files.sarif, sarifReport(result.findings, { category: 'config-validate' }));
  await writeFile(files.junit, junitReport(result.findings, failing));
  for (const f of result.findings) annotateFinding(f);

  const counts = countBySeverity(result.findings);
  setOutputs({ 'findings-count': result.findings.length, errors: counts.error, warnings: counts.warning, ...files });
  await writeSummary(validationSummary(result, inputs.failOn));
  const failed = result.findings.filter(failing);
  if (failed.length > 0) {
    throw new ActionError(
      `${failed.length} finding(s) at or above fail-on ${inputs.failOn} in ${result.resources} resource(s)`,
      `fix them at the annotated lines (all findings: ${files.report}), or exempt a resource from a policy rule with its annotation`,
    );
  }
}

await run('config-validate', main);
