import { safeLogText } from './model/text.js';

/** The logger every stage takes as a collaborator: @actions/core in the Action, stderr in the CLI. */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** Marks a value so it never appears in logs (core.setSecret in the Action). */
  secret(value: string): void;
}

/**
 * Every implementation passes each message through `safeLogText`: no value from AWS or a repository
 * can start a log line (a workflow command) or carry control and format characters.
 */
export const silentLog: Log = { info() {}, warning() {}, error() {}, debug() {}, secret() {} };

export function consoleLog(verbose = false): Log {
  return {
    info: (m) => console.error(safeLogText(m)),
    warning: (m) => console.error(`warning: ${safeLogText(m)}`),
    error: (m) => console.error(`error: ${safeLogText(m)}`),
    debug: (m) => {
      if (verbose) console.error(`debug: ${safeLogText(m)}`);
    },
    secret() {},
  };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
