/** The logger every stage takes as a collaborator: @actions/core in the Action, stderr in the CLI. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Marks a value so it never appears in logs (core.setSecret in the Action). */
  secret(value: string): void;
}

export const silentLog: Log = { info() {}, warning() {}, error() {}, debug() {}, secret() {} };

export function consoleLog(verbose = false): Log {
  return {
    info: (m) => console.error(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
    debug: (m) => {
      if (verbose) console.error(`debug: ${m}`);
    },
    secret() {},
  };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
