/**
 * An expected failure the user can act on. `what` says what went wrong and
 * `fix` says how to fix it, so every failure message is actionable.
 */
export class ActionError extends Error {
  readonly what: string;
  readonly fix: string;

  constructor(what: string, fix: string, options?: { cause?: unknown }) {
    super(`${what}; ${fix}`, options);
    this.name = 'ActionError';
    this.what = what;
    this.fix = fix;
  }
}

/** An invalid action input; the message always starts with the input's name. */
export class InputError extends ActionError {
  readonly input: string;

  constructor(input: string, what: string, fix: string) {
    super(`input "${input}" ${what}`, fix);
    this.name = 'InputError';
    this.input = input;
  }
}
