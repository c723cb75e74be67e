/**
 * Errors a user can act on: each has a stable `code` (for scripts and tests), a message that says
 * what is wrong, and where possible the file:line and field, plus a hint that says what to do.
 * Contact-level failures are not thrown: channels return them as data (Interaction.error).
 */
export class HarnessError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The text printed to the terminal: message, then the hint on its own line. */
  describe(): string {
    return this.hint ? `${this.message}\n  hint: ${this.hint}` : this.message;
  }
}

/** One problem in an input file, located by line and column. */
export interface InputProblem {
  file: string;
  line: number;
  col: number;
  /** Dotted field path, e.g. `steps.3.wait.pattern`; "" for the document itself. */
  field: string;
  message: string;
}

export function formatProblem(p: InputProblem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.field || '(document)'}  ${p.message}`;
}

/** An input file (scenario, config, rubric, interactions) is invalid; lists every problem found. */
export class InputError extends HarnessError {
  constructor(readonly problems: InputProblem[]) {
    super('E_INPUT', problems.map(formatProblem).join('\n'));
  }
}

export class ConfigError extends HarnessError {
  constructor(message: string, hint?: string) {
    super('E_CONFIG', message, hint);
  }
}

export class RunStoreError extends HarnessError {
  constructor(message: string, hint?: string) {
    super('E_RUN_STORE', message, hint);
  }
}
