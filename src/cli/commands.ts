/**
 * The CLI's commands, from THE table of inputs (src/settings/inputs.ts): which flags each command takes
 * (an input of its mode that means something in a terminal).
 */
import type { Mode } from '../model/types.js';
import { type ActionId, INPUTS, type InputName, type InputSpec } from '../settings/inputs.js';

export interface Command {
  mode: Mode;
  action: ActionId;
  summary: string;
  /** Runs only inside GitHub Actions: the job's OIDC token carries the approval. */
  needsGitHub?: boolean;
}

export const COMMANDS: Record<string, Command> = {
  audit: {
    mode: 'audit',
    action: 'audit',
    summary: 'scan, report and gate on the IMDSv2 enforcement percentage (read-only)',
  },
  plan: {
    mode: 'plan',
    action: 'plan',
    summary: 'write a remediation plan: what would change, how, and who still calls IMDSv1 (read-only)',
  },
  'plan-rollback': {
    mode: 'plan-rollback',
    action: 'plan',
    summary: "write a plan restoring one apply run's before-states from the change log (read-only)",
  },
  apply: {
    mode: 'apply',
    action: 'apply',
    needsGitHub: true,
    summary: 'apply a reviewed plan — in GitHub Actions only',
  },
  rollback: {
    mode: 'rollback',
    action: 'apply',
    needsGitHub: true,
    summary: 'apply a reviewed rollback plan — in GitHub Actions only',
  },
  merge: {
    mode: 'merge',
    action: 'merge',
    summary: 'combine the reports of a sharded audit into one report and gate (no AWS call)',
  },
};

/** Inputs that mean nothing in a terminal, and what to do instead. */
export const GITHUB_ONLY: Partial<Record<InputName, string>> = {
  mode: 'the command is the mode (imds-guard plan, imds-guard merge, …)',
  'role-to-assume':
    'it signs in with a GitHub OIDC token, which exists only inside GitHub Actions. From a terminal use --profile NAME (a profile can assume a role: role_arn and source_profile in ~/.aws/config)',
  audience: 'it is the audience of the GitHub OIDC token, which exists only inside GitHub Actions',
  'role-duration-seconds':
    'it is the length of the GitHub OIDC session; from a terminal, set duration_seconds in your profile',
  'github-token': 'a terminal run posts nothing to GitHub',
  'job-summary': 'a terminal run has no job summary; the reports are written to --report-dir',
  comment: 'a terminal run posts no pull-request comment',
  'comment-id': 'a terminal run posts no pull-request comment',
};

/** Flags of the terminal only. */
export const TERMINAL_FLAGS = {
  profile: {
    type: 'string',
    value: 'name',
    help: 'AWS profile (~/.aws/config or ~/.aws/credentials); default: AWS_PROFILE, else the default chain',
  },
  json: { type: 'string', value: 'file', help: 'also copy report.json to FILE (audit, merge)' },
  verbose: { type: 'boolean', short: 'v', help: 'debug log lines' },
  help: { type: 'boolean', short: 'h', help: 'this help' },
  version: { type: 'boolean', help: 'print the version' },
} as const;

/** Removed flags, and what replaces them. */
export const REMOVED_FLAGS: Record<string, string> = {
  region:
    '--region was removed: it set the home region for STS, which reads as if it chose the regions to scan. Use --regions us-east-1,eu-west-1 to choose the regions scanned, --aws-region us-east-1 for the home region.',
};

/** The input flags of a command: its mode's inputs, less those that mean nothing in a terminal. */
export function commandInputs(command: string): InputName[] {
  const c = COMMANDS[command];
  return (Object.entries(INPUTS) as Array<[InputName, InputSpec]>)
    .filter(([name, spec]) => spec.modes.includes(c.mode) && !(name in GITHUB_ONLY))
    .map(([name]) => name);
}

/** Terminal flags a command takes. */
export function terminalFlags(command: string): Array<keyof typeof TERMINAL_FLAGS> {
  const c = COMMANDS[command];
  const flags: Array<keyof typeof TERMINAL_FLAGS> = [];
  if (!['merge', 'apply', 'rollback'].includes(command)) flags.push('profile');
  if (c.mode === 'audit' || c.mode === 'merge') flags.push('json');
  flags.push('verbose', 'help', 'version');
  return flags;
}
