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

/**
 * A library's refusal of a value, worded to follow the value's name (`reason`: "is not a
 * valid image reference: ..."), without knowing which input the value came from. The action
 * layer names the input with {@link asInput}; elsewhere the message starts with `subject`
 * (the quoted value, or what it is).
 */
export class InvalidValueError extends ActionError {
  readonly reason: string;

  constructor(subject: string, reason: string, fix: string, options?: { cause?: unknown }) {
    super(`${subject} ${reason}`, fix, options);
    this.name = 'InvalidValueError';
    this.reason = reason;
  }
}

/**
 * Runs a library parser on an input's value: the library's refusal (an InvalidValueError, or
 * any ActionError about the value) becomes an InputError naming the input.
 */
export function asInput<T>(input: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof InvalidValueError) throw new InputError(input, error.reason, error.fix);
    if (error instanceof ActionError) throw new InputError(input, error.what, error.fix);
    throw error;
  }
}
