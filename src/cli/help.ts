/** `imds-guard --help` and `imds-guard <command> --help`: flags, defaults and one-line descriptions. */
import { VERSION } from '../deps.js';
import { ACTIONS, actionInputs, DEFAULTS, declaration, type InputName } from '../settings/inputs.js';
import { COMMANDS, commandInputs, TERMINAL_FLAGS, terminalFlags } from './commands.js';

const WIDTH = 100;
const COLUMN = 30;

/** The first sentence of a description, without Markdown backticks: one line of `--help`. */
export function summary(description: string): string {
  const text = description.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  const m = /^.*?[^.](?<!\be\.g|\bi\.e)\.(?=\s+[A-Z(])/.exec(text);
  return m ? m[0] : text;
}

/** Words wrapped to lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return line ? [...lines, line] : lines;
}

/** `  --name <value>` in the first column, the text wrapped in the second (on its own line when the flag is long). */
function row(left: string, text: string): string {
  const pad = ' '.repeat(COLUMN);
  const lines = wrap(text, WIDTH - COLUMN);
  if (left.length + 1 > COLUMN) return [left, ...lines.map((l) => pad + l)].join('\n');
  return [left.padEnd(COLUMN) + (lines[0] ?? ''), ...lines.slice(1).map((l) => pad + l)].join('\n');
}

/** What each command's exit status means: only audit and merge have a gate. */
export const EXIT_STATUS: Record<string, string[]> = {
  audit: [
    '0  the gate passed',
    '1  the gate failed: enforcement below --threshold (or its per-account minimum, --gate-on), a region or',
    '   account not scanned under --fail-on-scan-error, or what --iac judged allows IMDSv1',
    '2  bad input, or an error (sign-in, a call that failed the run)',
  ],
  plan: [
    '0  the plan was written',
    '1  the plan was written but is incomplete: a region or account not scanned under',
    '   --fail-on-scan-error, or none of the instances named in --instances exist',
    '2  bad input, or an error (sign-in, a call that failed the run)',
  ],
  'plan-rollback': [
    '0  the rollback plan was written',
    '2  bad input, or an error (no change log at --changelog-path, no such --rollback-run, sign-in)',
  ],
  merge: [
    '0  the gate passed',
    '1  the gate failed (as audit, over the merged shards)',
    '2  bad input (shard reports missing, repeated or from different matrices), or an error',
  ],
  apply: ['2  always from a terminal: apply runs only in GitHub Actions'],
  rollback: ['2  always from a terminal: rollback runs only in GitHub Actions'],
};

function exitStatus(command: string): string[] {
  return ['Exit status:', ...EXIT_STATUS[command].map((l) => `  ${l}`)];
}

export function mainHelp(): string {
  const commands = Object.entries(COMMANDS).map(([name, c]) => row(`  ${name}`, c.summary));
  return [
    `imds-guard ${VERSION} — find and fix EC2 instances that still allow IMDSv1, from a terminal`,
    '',
    'Usage: imds-guard [command] [flags]        (the command defaults to audit)',
    '',
    'Commands:',
    ...commands,
    '',
    'Every flag is the GitHub Action input of the same name; `imds-guard <command> --help` lists a',
    "command's flags with their defaults. Credentials: --profile NAME, AWS_PROFILE or the environment",
    '(never an instance metadata service unless --allow-instance-credentials true).',
    '',
    'Examples:',
    '  imds-guard audit --profile prod --regions us-east-1,eu-west-1 --threshold 95 --json out.json',
    '  imds-guard plan --profile prod --tags Environment=dev',
    '  npm run cli:demo -- audit --threshold 80        (against the bundled AWS emulator: no account needed)',
    '',
    'Exit status: 0 success (audit and merge: the gate passed), 1 audit or merge: the gate failed, plan:',
    "the plan is incomplete; 2 bad input or an error. `imds-guard <command> --help` says each command's.",
  ].join('\n');
}

export function commandHelp(command: string): string {
  const c = COMMANDS[command];
  const action = ACTIONS[c.action];
  const describe = (name: InputName) => summary(declaration(name, c.action).description);
  // A terminal run applies the settings' defaults (action.yml's are not applied outside the runner).
  const withDefault = (name: InputName) => {
    const d = (DEFAULTS as Record<string, string>)[name];
    return d ? `${describe(name)} (default: ${d})` : describe(name);
  };
  // In GitHub Actions the action's own action.yml gives the defaults (apply's mode is apply).
  const withDeclaredDefault = (name: InputName) => {
    const d = declaration(name, c.action);
    return d.required
      ? `${describe(name)} (required)`
      : d.default
        ? `${describe(name)} (default: ${d.default})`
        : describe(name);
  };
  if (c.needsGitHub) {
    const inputs = actionInputs(c.action).map((name) => row(`  ${name}`, withDeclaredDefault(name)));
    return [
      `imds-guard ${command} — ${c.summary}`,
      '',
      `${command} needs GitHub: it runs only as ${action.uses} (with: mode: ${c.mode}) in a job that names`,
      "an environment with required reviewers. The job's GitHub OIDC token carries that environment as its",
      'environment claim, which is the approval; a terminal has no such token, so this command refuses to run.',
      `From a terminal, write and read the plan instead: imds-guard ${c.mode === 'rollback' ? 'plan-rollback' : 'plan'} --help.`,
      'Workflows: .github/workflows/remediate.yml and rollback.yml (docs/remediation.md).',
      '',
      `Inputs of ${action.uses}, with its defaults:`,
      ...inputs,
      '',
      ...exitStatus(command),
    ].join('\n');
  }
  const flags = commandInputs(command).map((name) => row(`  --${name} <value>`, withDefault(name)));
  const terminal = terminalFlags(command).map((name) => {
    const f = TERMINAL_FLAGS[name];
    const short = 'short' in f ? `-${f.short}, ` : '';
    const value = 'value' in f ? ` <${f.value}>` : '';
    return row(`  ${short}--${name}${value}`, f.help);
  });
  return [
    `imds-guard ${command} — ${c.summary}`,
    '',
    `Usage: imds-guard ${command} [flags]`,
    '',
    `Flags (each is the input of the same name of ${action.uses}):`,
    ...flags,
    '',
    'Terminal flags:',
    ...terminal,
    '',
    ...exitStatus(command),
  ].join('\n');
}
