import { ActionError } from '@service-pipeline/action-kit';

/**
 * The scanner crashed, was killed or exited in a way its documentation does not describe.
 * Never "no vulnerabilities" and never "vulnerabilities found": the result is unknown.
 */
export class ScannerFailedError extends ActionError {
  constructor(
    readonly scanner: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    /** The last lines the scanner printed, for the log. */
    readonly tail: string[],
  ) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${String(exitCode)}`;
    const last = tail
      .filter((line) => line.trim() !== '')
      .slice(-5)
      .join('\n');
    super(
      `${scanner} ${how}, so the image was not scanned${last ? `; its last output:\n${last}` : ''}`,
      `the result is unknown, not clean: fix the cause above and re-run (set SP_DEBUG=1 or ACTIONS_STEP_DEBUG for the full ${scanner} log)`,
    );
    this.name = 'ScannerFailedError';
  }
}
