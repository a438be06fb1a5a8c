import { ActionError } from './errors.js';
import * as core from './runner.js';

// Cause chains can be cyclic; a fixed depth keeps the log finite.
const MAX_CAUSE_DEPTH = 5;

/**
 * Entry point for an action: runs main and turns any failure into a single
 * ::error:: annotation plus a failing exit code, instead of an unhandled rejection.
 */
export async function run(actionName: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    reportFailure(actionName, err);
  }
}

function reportFailure(actionName: string, err: unknown): void {
  if (err instanceof ActionError) {
    core.setFailed(`${actionName} failed: ${err.what}; ${err.fix}`);
  } else if (err instanceof Error) {
    core.setFailed(`${actionName} failed: ${err.message}`);
    if (err.stack) core.debug(err.stack);
  } else {
    core.setFailed(`${actionName} failed: ${String(err)}`);
  }
  let cause = err instanceof Error ? err.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < MAX_CAUSE_DEPTH; depth++) {
    core.debug(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
}
