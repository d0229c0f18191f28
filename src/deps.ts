/** The collaborators every stage takes as arguments, so tests pass fakes instead of mocking modules. */
import type { ClientFactory } from './aws/clients.js';
import type { IdTokenSource } from './aws/session.js';
import type { GitHubContext } from './github/context.js';
import type { Log } from './log.js';

export interface Outputs {
  set(name: string, value: string | number | boolean): void;
  /** Appends Markdown to the job summary (a no-op outside Actions). */
  summary(markdown: string): Promise<void>;
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
