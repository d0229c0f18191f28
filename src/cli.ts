#!/usr/bin/env node
/**
 * The same pipeline from a terminal:
 *   imds-guard audit --regions us-east-1,eu-west-1 --threshold 95 --json out.json
 * Flags are the Action's inputs (`--compliance-rule ec2.8` ≙ `compliance-rule: ec2.8`), so every
 * input is validated by the same code. Credentials come from the usual AWS profile/environment.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatPercent } from './assess/assess.js';
import { ClientFactory } from './aws/clients.js';
import { type Deps, VERSION } from './deps.js';
import { readContext } from './github/context.js';
import { consoleLog, errorMessage } from './log.js';
import { safeLogText } from './model/text.js';
import { run } from './run.js';
import { DEFAULTS, InputError, parseSettings } from './settings.js';

const USAGE = `imds-guard ${VERSION} — audit EC2 instance metadata (IMDSv1 → IMDSv2) from a terminal

Usage:
  imds-guard audit [--regions all|r1,r2] [--threshold 0-100] [--compliance-rule ec2.8|ec2.8-or-disabled]
                   [--json FILE] [--report-dir DIR] [--profile NAME] [--region HOME_REGION] [--verbose]
  imds-guard plan|apply|rollback|merge [...]   (the same flags as the Action's inputs)

Every Action input is a flag of the same name (see action.yml), e.g. --exclude-regions, --include-stopped false.
Exit status: 0 gate passed, 1 gate failed, 2 bad input or error.
`;

export async function cli(argv: string[]): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    json: { type: 'string' },
    profile: { type: 'string' },
    region: { type: 'string' },
    'role-to-assume': { type: 'string' },
    'aws-region': { type: 'string' },
  };
  for (const name of Object.keys(DEFAULTS)) options[name] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    console.error(`${errorMessage(e)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.version) {
    console.log(VERSION);
    return 0;
  }
  const command = positionals[0] ?? 'audit';
  if (!['audit', 'plan', 'apply', 'rollback', 'merge'].includes(command)) {
    console.error(`Unknown command '${command}'.\n\n${USAGE}`);
    return 2;
  }
  const env = { ...process.env };
  if (typeof values.profile === 'string') env.AWS_PROFILE = values.profile;
  if (typeof values.profile === 'string') process.env.AWS_PROFILE = values.profile;
  const log = consoleLog(Boolean(values.verbose));
  const clients = new ClientFactory();
  try {
    const inputs: Record<string, string> = { mode: command };
    for (const [k, v] of Object.entries(values)) if (typeof v === 'string') inputs[k] = v;
    if (typeof values.region === 'string') inputs['aws-region'] = values.region;
    const settings = parseSettings((name) => inputs[name] ?? '', env);
    const context = readContext({ ...env, GITHUB_WORKSPACE: process.cwd() });
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
    if (typeof values.json === 'string' && result.assessment) {
      const src = resolve(context.workspace, settings.reports.jsonPath);
      const dest = resolve(values.json);
      if (src !== dest) await writeFile(dest, await (await import('node:fs/promises')).readFile(src));
      log.info(`JSON report: ${dest}`);
    }
    if (result.assessment) {
      const t = result.assessment.totals;
      console.log(
        `${formatPercent(t.compliant, t.inScope)} IMDSv2 enforcement (${t.compliant}/${t.inScope} compliant, rule ${result.assessment.rule.id}, threshold ${result.assessment.gate.threshold}%): ${result.passed ? 'PASS' : 'FAIL'}`,
      );
    }
    // Failures can quote AWS values: the same sanitizing as every log line.
    for (const f of result.failures) console.error(safeLogText(f));
    return result.passed ? 0 : 1;
  } catch (e) {
    if (e instanceof InputError) {
      // Same validation as the Action; named as the flags a terminal user typed.
      console.error(
        e.problems.length === 1
          ? `--${e.problems[0].input}: ${e.problems[0].message}`
          : `${e.problems.length} flags are invalid:\n${e.problems.map((p) => `  --${p.input}: ${p.message}`).join('\n')}`,
      );
    } else console.error(safeLogText(`imds-guard: ${errorMessage(e)}`));
    return 2;
  } finally {
    clients.destroy();
  }
}

process.exitCode = await cli(process.argv.slice(2));
