import { ActionError } from '@service-pipeline/action-kit';

export type DatabaseProblem = 'missing' | 'stale' | 'schema' | 'unreadable';

/**
 * A scanner cannot be trusted to answer because its vulnerability database is missing, too
 * old or unreadable. Never a verdict: not "no vulnerabilities", not "vulnerabilities found".
 */
export class DatabaseUnavailableError extends ActionError {
  readonly scanner: string;
  readonly problem: DatabaseProblem;

  constructor(scanner: string, problem: DatabaseProblem, what: string, fix: string, options?: { cause?: unknown }) {
    super(`${scanner} vulnerability database ${what}`, fix, options);
    this.name = 'DatabaseUnavailableError';
    this.scanner = scanner;
    this.problem = problem;
  }
}
