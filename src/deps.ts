/** The collaborators every stage takes as arguments, so tests pass fakes instead of mocking modules. */
import type { ClientFactory } from './aws/clients.js';
import type { IdTokenSource } from './aws/session.js';
import type { GitHubContext } from './github/context.js';
import type { Log } from './log.js';

/** Where a finding is: a workspace-relative file and its 1-based line. */
export interface AnnotationPlace {
  file: string;
  startLine?: number;
  title?: string;
}

export interface Outputs {
  set(name: string, value: string | number | boolean): void;
  /** Appends Markdown to the job summary (a no-op outside Actions). */
  summary(markdown: string): Promise<void>;
  /**
   * One annotation on a file and line (shown on the pull request's diff in Actions; `file:line:` on a
   * terminal). The message is sanitized like every log line.
   */
  annotate(level: 'error' | 'warning' | 'notice', message: string, place: AnnotationPlace): void;
}

export interface Deps {
  log: Log;
  clients: ClientFactory;
  /** GitHub OIDC token source; undefined outside Actions. */
  idToken?: IdTokenSource;
  github: GitHubContext;
  outputs: Outputs;
  now: () => Date;
  env: NodeJS.ProcessEnv;
  version: string;
}

export const VERSION = '0.1.0';
