import { ActionError } from '@service-pipeline/action-kit';

/** A bad input to the validation (a path, a version, a missing tool): one clear error, before any work. */
export class ConfigValidateError extends ActionError {
  constructor(what: string, fix: string) {
    super(what, fix);
    this.name = 'ConfigValidateError';
  }
}
