import { ActionError } from '@service-pipeline/action-kit/errors';

/** The event, the config or the facts given cannot be planned; raised before any work starts. */
export class PlanError extends ActionError {
  constructor(what: string, fix: string) {
    super(what, fix);
    this.name = 'PlanError';
  }
}
