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

/**
 * An error's message. An AWS SDK error whose answer could not be read as AWS's (an endpoint that
 * answers an HTML error page: a proxy, an emulator without the operation) says so, with the HTTP status
 * and how the body begins, instead of the parser's "mismatched tags … inspect the hidden field".
 */
export function errorMessage(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const answer = unreadableAnswer(e);
  return answer
    ? `HTTP ${answer.status}, an answer that is not AWS's (it begins "${answer.begins}")`
    : e.message;
}

/** Characters of an unreadable answer's body that errorMessage quotes. */
const BEGINS_MAX = 80;

/**
 * The HTTP status and the first characters (whitespace collapsed) of an answer the AWS SDK could not
 * deserialize: its errors carry the body as `$responseBodyText` and the status in `$metadata`.
 */
export function unreadableAnswer(e: unknown): { status: number; begins: string } | undefined {
  const x = e as { $responseBodyText?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  const body = x?.$responseBodyText;
  const status = x?.$metadata?.httpStatusCode;
  if (typeof body !== 'string' || typeof status !== 'number') return undefined;
  const text = body
    .slice(0, 4 * BEGINS_MAX)
    .replace(/\s+/g, ' ')
    .trim();
  return { status, begins: text.length > BEGINS_MAX ? `${text.slice(0, BEGINS_MAX)}…` : text };
}
