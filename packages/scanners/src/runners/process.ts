import { readFile, rm } from 'node:fs/promises';
import { ActionError, type Logger } from '@service-pipeline/action-kit';
import { type RunResult, runCommand, SpawnError } from '@service-pipeline/action-kit/exec';
import { ScannerFailedError } from './errors.js';

export interface ScannerProcess {
  scanner: string;
  binary: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Turns a failed run into a DatabaseUnavailableError when the output says the DB was the cause. */
  classify: (result: RunResult) => Error | undefined;
  /**
   * Report files the run writes. A failed run removes them: grype opens `--file` before it
   * loads its DB, so a refused DB would otherwise leave an empty report for a later step to
   * upload or read as "nothing found".
   */
  outputs: readonly string[];
}

/** Runs a scanner, streaming its log at debug level, and raises a typed error for any failure. */
export async function runScanner(spec: ScannerProcess): Promise<RunResult> {
  spec.logger.debug(`${spec.binary} ${spec.args.join(' ')}`);
  let result: RunResult;
  try {
    result = await runCommand(spec.binary, spec.args, { env: spec.env, onLine: (line) => spec.logger.debug(`${spec.scanner}: ${line}`), keepLines: 50 });
  } catch (error) {
    await Promise.all(spec.outputs.map((file) => rm(file, { force: true })));
    if (error instanceof SpawnError) throw new ScannerFailedError(spec.scanner, null, null, [error.message]);
    throw error;
  }
  if (result.code === 0) return result;
  await Promise.all(spec.outputs.map((file) => rm(file, { force: true })));
  throw spec.classify(result) ?? new ScannerFailedError(spec.scanner, result.code, result.signal, result.tail);
}

/** The file a scanner was told to write; a scanner that exited 0 without writing it is its own error, not a raw ENOENT. */
export async function readScannerOutput(scanner: string, path: string): Promise<Buffer> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ActionError(`${scanner} did not write ${path} (${error.code ?? error.message})`, `run ${scanner} by hand with the same arguments to see why`);
  });
}

/** Strips ANSI colour codes so log lines can be matched and shown. */
export function plainLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/\x1b\[[0-9;]*m/g, ''));
}
