import { ActionError } from '@service-pipeline/action-kit';

/** The file is not valid YAML; nothing was edited. */
export class YamlSyntaxError extends ActionError {
  readonly file: string;
  readonly line: number;
  readonly col: number;

  constructor(file: string, line: number, col: number, reason: string) {
    super(`${file}:${line}:${col}: invalid YAML: ${reason}`, `fix the YAML in ${file} (nothing was changed)`);
    this.name = 'YamlSyntaxError';
    this.file = file;
    this.line = line;
    this.col = col;
  }
}

/** The file holds no place for the wanted image (wrong kind, wrong name, missing keys). */
export class TargetNotFoundError extends ActionError {
  readonly file: string;

  constructor(file: string, kind: string, imageName: string, found: string, fix: string) {
    super(`${file} (${kind}): no target for image ${imageName}; found ${found}`, fix);
    this.name = 'TargetNotFoundError';
    this.file = file;
  }
}

/** The edit is possible but would deploy something other than what the pin asks for. */
export class EditConflictError extends ActionError {
  constructor(file: string, what: string, fix: string) {
    super(`${file}: ${what}`, fix);
    this.name = 'EditConflictError';
  }
}

/**
 * Re-parsing the edited text showed a change outside the intended paths: a bug in the
 * editor, never the user's fault. Nothing must be written when this is thrown.
 */
export class EditVerificationError extends Error {
  constructor(file: string, detail: string) {
    super(`internal error: editing ${file} would change ${detail}; nothing was written (please report this with the file)`);
    this.name = 'EditVerificationError';
  }
}
