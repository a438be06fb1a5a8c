import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ActionError, actionLogger, pipelineDir, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { openImage, writeStatement } from '@service-pipeline/oci';
import {
  assessReports,
  DatabaseUnavailableError,
  describeTarget,
  runScanners,
  type ScanTarget,
  SEVERITIES,
  scanSummary,
  vulnerabilityStatement,
} from '@service-pipeline/scanners';
import { actionsCacheStore } from './database.js';
import { readInputs, type ScanInputs } from './inputs.js';

/** The target and the image digest it is (known for a layout and an image by digest): the subject of the attestation. */
async function scanTarget(source: ScanInputs['source']): Promise<{ target: ScanTarget; digest?: string }> {
  if (source.kind === 'image') {
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(source.ref)?.[1];
    return { target: source, ...(digest ? { digest } : {}) };
  }
  if (source.kind !== 'oci-layout') return { target: source };
  // Resolving here turns "which image?" into a clear error before any scanner starts.
  const { root } = await openImage({ kind: 'layout', dir: source.dir, ...(source.ref ? { ref: source.ref } : {}) });
  return { target: { kind: 'oci-layout', dir: source.dir, ...(source.ref ? { digest: root.digest } : {}) }, digest: root.digest };
}

// Code scanning wants a relative path-like URI per alert, not a description with spaces.
function sarifUri(source: ScanInputs['source']): string {
  if (source.kind === 'image') return source.ref.split('@')[0]!;
  if (source.kind === 'sbom') return basename(source.path);
  return source.ref ?? 'oci-layout';
}

async function main(): Promise<void> {
  const startedOn = new Date();
  const inputs = readInputs();
  const { target, digest } = await scanTarget(inputs.source);
  const label = inputs.source.kind === 'image' ? inputs.source.ref : describeTarget(target);
  await mkdir(pipelineDir(), { recursive: true });
  const dirs = { work: await mkdtemp(pipelineDir('scan-')), cache: pipelineDir('scanner-cache') };

  // Any scanner or DB failure propagates from here: the step fails with no gate output at all.
  // Without a DB the image is not scanned, which is never a pass: always a failure here.
  const store = await actionsCacheStore();
  const reports = await runScanners(
    {
      scanners: inputs.scanners,
      target,
      tools: inputs.tools,
      dbRepositories: inputs.dbRepositories,
      maxDbAgeMs: inputs.maxDbAgeMs,
      cacheRoot: dirs.cache,
      workDir: dirs.work,
      ...(inputs.credentials ? { credentials: inputs.credentials } : {}),
      ...(store ? { dbStore: store } : {}),
      logger: actionLogger,
    },
    label,
  ).catch(async (error: unknown) => {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    await writeSummary({ heading: `NOT SCANNED: ${label}`, paragraphs: [`No verdict: ${error.what}.`] });
    throw new ActionError(`${label} was not scanned: ${error.what}`, error.fix, { cause: error });
  });

  const assessment = assessReports({
    target: label,
    reports,
    policy: {
      failOn: inputs.failOn,
      onlyFixed: inputs.onlyFixed,
      ignore: inputs.ignore,
      vex: inputs.vex,
      ...(digest ? { imageDigest: digest } : {}),
      now: new Date(),
    },
    sarif: { artifactUri: sarifUri(inputs.source), category: inputs.sarifCategory },
  });
  const { report, gate, sarif } = assessment;
  const reportPath = join(dirs.work, 'report.json');
  const sarifPath = join(dirs.work, 'results.sarif');
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(sarifPath, sarif.json);
  // The attestation is extra evidence: one that cannot be made (no DB time reported) warns, the verdict stands.
  let attestation = '';
  if (digest) {
    try {
      const statement = vulnerabilityStatement({ image: sarifUri(inputs.source), digest, report, reports, startedOn, finishedOn: new Date() });
      attestation = await writeStatement(join(dirs.work, 'vulnerabilities.intoto.json'), statement);
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      actionLogger.warning(`no vulnerability attestation: ${error.message}`);
    }
  }

  for (const entry of gate.unused)
    actionLogger.warning(
      `ignore entry for ${entry.id}${entry.package ? ` (${entry.package})` : ''} at ${entry.file}:${entry.line} matched no finding: remove it if the vulnerability is gone`,
    );
  for (const cut of sarif.truncated) {
    const omitted = SEVERITIES.filter((s) => cut.omitted[s] > 0)
      .map((s) => `${cut.omitted[s]} ${s}`)
      .join(', ');
    actionLogger.warning(
      `the SARIF run of ${cut.scanner} keeps its ${cut.kept} most severe findings to stay within GitHub's upload limits; left out: ${omitted} (all are in ${reportPath})`,
    );
  }
  setOutputs({ gate: gate.verdict, ...report.counts, fixable: report.fixable, report: reportPath, sarif: sarifPath, attestation });
  await writeSummary(scanSummary(report));
  if (gate.verdict === 'fail') {
    throw new ActionError(
      `the gate failed for ${label}: ${gate.reasons.join('; ')}`,
      `upgrade the affected packages (see ${reportPath}), raise fail-on, or accept a finding in the ignore file with a reason and an expiry date`,
    );
  }
}

await run('scan', main);
