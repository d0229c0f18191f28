#!/usr/bin/env node
/**
 * The same pipeline from a terminal:
 *   imds-guard audit --profile prod --regions us-east-1,eu-west-1 --threshold 95 --json out.json
 * Flags are the Action's inputs (`--compliance-rule ec2.8` ≙ `compliance-rule: ec2.8`), so every input
 * is validated by the same code; `imds-guard <command> --help` lists a command's flags (src/cli/).
 * Credentials come from the AWS profile or environment; apply and rollback need GitHub (OIDC).
 */
import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatPercent } from './assess/assess.js';
import { ClientFactory } from './aws/clients.js';
import { SignInError } from './aws/session.js';
import { parseCommandLine } from './cli/args.js';
import { COMMANDS } from './cli/commands.js';
import { commandHelp, mainHelp } from './cli/help.js';
import { planTable } from './cli/plan-table.js';
import { missingProfile } from './cli/profile.js';
import { type Deps, VERSION } from './deps.js';
import { readContext } from './github/context.js';
import { tuneHeap, tuneStreams } from './heap.js';
import { consoleLog, errorMessage } from './log.js';
import type { Plan } from './model/remediation.js';
import { safeLogText } from './model/text.js';
import { run } from './run.js';
import { InputError, parseSettings } from './settings/parse.js';

/** The sign-in error of the Action speaks of role-to-assume; a terminal user needs a profile. */
function terminalSignInMessage(e: SignInError): string {
  if (e.failure !== 'no-credentials') return e.message;
  return `no AWS credentials found (${e.awsError}). Pass --profile NAME (a profile in ~/.aws/config), or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Credentials from an instance metadata service are off unless --allow-instance-credentials true (only on an EC2 host you trust).`;
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv[0] === 'help') argv = [...argv.slice(1, 2), '--help'];
  if (argv.length === 0 || (argv.length === 1 && ['-h', '--help'].includes(argv[0]))) {
    console.log(mainHelp());
    return argv.length === 0 ? 2 : 0;
  }
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (e) {
    const command = COMMANDS[argv[0]] ? argv[0] : undefined;
    // The message quotes what was typed: sanitized like every log line (a CLI may run in a workflow step).
    console.error(
      safeLogText(
        `imds-guard: ${errorMessage(e)}\n\nRun 'imds-guard ${command ? `${command} --help' for its flags` : "--help' for the commands"}.`,
      ),
    );
    return 2;
  }
  if (args.version) {
    console.log(VERSION);
    return 0;
  }
  if (args.help) {
    console.log(commandHelp(args.command));
    return 0;
  }
  const command = COMMANDS[args.command];
  if (command.needsGitHub) {
    console.error(
      `imds-guard: ${args.command} runs only in GitHub Actions, in a job of an approval environment: the job's OIDC token is the approval. See 'imds-guard ${args.command} --help'.`,
    );
    return 2;
  }
  const runEnv: NodeJS.ProcessEnv = { ...env };
  if (args.profile) runEnv.AWS_PROFILE = args.profile;
  if (command.mode !== 'merge' && runEnv.AWS_PROFILE) {
    const missing = missingProfile(runEnv.AWS_PROFILE, runEnv);
    if (missing) {
      console.error(safeLogText(`imds-guard: ${missing}`));
      return 2;
    }
  }
  // The SDK reads the profile from the process environment.
  if (args.profile) process.env.AWS_PROFILE = args.profile;

  const log = consoleLog(args.verbose);
  const clients = new ClientFactory();
  try {
    const settings = parseSettings((name) => args.inputs[name] ?? '', runEnv);
    const context = readContext({ ...runEnv, GITHUB_WORKSPACE: process.cwd() });
    const deps: Deps = {
      log,
      clients,
      idToken: undefined,
      github: context,
      outputs: {
        set: () => {},
        summary: async () => {},
        // A terminal's form of an annotation: file:line: level: message (editors link it).
        annotate: (level, message, place) =>
          console.error(
            safeLogText(`${place.file}${place.startLine ? `:${place.startLine}` : ''}: ${level}: ${message}`),
          ),
      },
      now: () => new Date(),
      env: process.env,
      version: VERSION,
    };
    const result = await run(settings, deps);
    if (args.json && result.assessment) {
      const src = resolve(context.workspace, settings.reports.jsonPath);
      const dest = resolve(args.json);
      if (src !== dest) await copyFile(src, dest);
      log.info(`JSON report: ${dest}`);
    }
    if (result.assessment) {
      const t = result.assessment.totals;
      console.log(
        `${formatPercent(t.compliant, t.inScope)} IMDSv2 enforcement (${t.compliant}/${t.inScope} compliant, rule ${result.assessment.rule.id}, threshold ${result.assessment.gate.threshold}%): ${result.passed ? 'PASS' : 'FAIL'}`,
      );
    }
    if (result.plan) printPlan(result.plan, resolve(context.workspace, settings.remediation.planFile));
    // Failures can quote AWS values: the same sanitizing as every log line.
    for (const f of result.failures) console.error(safeLogText(f));
    return result.passed ? 0 : 1;
  } catch (e) {
    if (e instanceof InputError) {
      // Same validation as the Action; named as the flags a terminal user typed.
      console.error(
        safeLogText(
          e.problems.length === 1
            ? `--${e.problems[0].input}: ${e.problems[0].message}`
            : `${e.problems.length} flags are invalid:\n${e.problems.map((p) => `  --${p.input}: ${p.message}`).join('\n')}`,
        ),
      );
    } else if (e instanceof SignInError)
      console.error(safeLogText(`imds-guard: ${terminalSignInMessage(e)}`));
    else console.error(safeLogText(`imds-guard: ${errorMessage(e)}`));
    return 2;
  } finally {
    clients.destroy();
  }
}

function printPlan(plan: Plan, planFile: string): void {
  console.log(safeLogText(planTable(plan, planFile)));
}

tuneHeap();
tuneStreams();
process.exitCode = await cli(process.argv.slice(2));
