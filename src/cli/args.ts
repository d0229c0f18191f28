/**
 * argv → (command, inputs, terminal flags), or a message for the terminal: an unknown command or flag
 * gets "did you mean", a flag of another command says which command takes it, a GitHub-only input says
 * what to use instead, and a mistyped region is caught before any AWS call.
 */
import { parseArgs } from 'node:util';
// First: the bundled SDK's Node-version notice is off before any AWS client is made (sdk-notice.ts).
import './sdk-notice.js';
import { errorMessage } from '../log.js';
import {
  COMMANDS,
  commandInputs,
  GITHUB_ONLY,
  REMOVED_FLAGS,
  TERMINAL_FLAGS,
  terminalFlags,
} from './commands.js';
import { didYouMean, regionTypo } from './suggest.js';

export interface ParsedArgs {
  command: string;
  /** Action inputs, by input name (the command's mode included). */
  inputs: Record<string, string>;
  profile?: string;
  json?: string;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const flag = (s: string) => `--${s}`;

export function parseCommandLine(argv: string[]): ParsedArgs {
  const explicit = argv[0] !== undefined && !argv[0].startsWith('-');
  const command = explicit ? argv[0] : 'audit';
  const rest = explicit ? argv.slice(1) : argv;
  if (!COMMANDS[command]) {
    throw new UsageError(
      `Unknown command '${command}'.${didYouMean(command, Object.keys(COMMANDS))} Commands: ${Object.keys(COMMANDS).join(', ')}.`,
    );
  }
  const inputNames = commandInputs(command);
  const terminal = terminalFlags(command);
  const known = new Set<string>([...inputNames, ...terminal]);
  const shorts = new Set(
    terminal.flatMap((t) => {
      const f = TERMINAL_FLAGS[t];
      return 'short' in f ? [`-${f.short}`] : [];
    }),
  );
  // Name every unknown flag before parsing values, with the closest known one.
  const problems: string[] = [];
  for (const arg of rest) {
    if (arg === '--') break;
    if (!arg.startsWith('-') || arg === '-') continue;
    if (!arg.startsWith('--')) {
      if (!shorts.has(arg)) problems.push(`unknown flag ${arg}`);
      continue;
    }
    const name = arg.slice(2).split('=')[0];
    if (known.has(name)) continue;
    if (REMOVED_FLAGS[name]) problems.push(REMOVED_FLAGS[name]);
    else if (name in GITHUB_ONLY) {
      problems.push(
        `--${name} is an input of the GitHub Action only: ${GITHUB_ONLY[name as keyof typeof GITHUB_ONLY]}.`,
      );
    } else {
      const others = Object.keys(COMMANDS).filter(
        (c) => c !== command && commandInputs(c).includes(name as never),
      );
      problems.push(
        others.length
          ? `--${name} is not a flag of 'imds-guard ${command}'; it is one of: ${others.map((c) => `imds-guard ${c}`).join(', ')}.`
          : `unknown flag --${name} for 'imds-guard ${command}'.${didYouMean(name, known, flag)}`,
      );
    }
  }
  if (problems.length) throw new UsageError(problems.join('\n'));

  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const name of inputNames) options[name] = { type: 'string' };
  for (const name of terminal) {
    const f = TERMINAL_FLAGS[name];
    options[name] = { type: f.type, ...('short' in f ? { short: f.short } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(errorMessage(e));
  }
  if (parsed.positionals.length) {
    throw new UsageError(
      `unexpected argument '${parsed.positionals[0]}': the command comes first (imds-guard ${command} --flag value …), and every flag takes its value after it.`,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const inputs: Record<string, string> = { mode: COMMANDS[command].mode };
  for (const name of inputNames) if (typeof values[name] === 'string') inputs[name] = values[name] as string;

  for (const name of ['regions', 'aws-region']) {
    for (const entry of (inputs[name] ?? '').split(/[,\n]/)) {
      // `--regions '!us-west-1'` skips a region: the name after the `!` is checked the same way.
      const region = entry.trim().replace(/^!\s*/, '');
      const typo = region && region.toLowerCase() !== 'all' ? regionTypo(region) : undefined;
      if (typo) problems.push(`--${name}: ${typo}`);
    }
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return {
    command,
    inputs,
    profile: typeof values.profile === 'string' ? values.profile : undefined,
    json: typeof values.json === 'string' ? values.json : undefined,
    verbose: values.verbose === true,
    help: values.help === true,
    version: values.version === true,
  };
}
