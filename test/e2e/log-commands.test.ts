/**
 * End to end, through the bundle (IMDS_GUARD_ENTRY, default dist/index.js): a pull request whose file
 * name carries the runner's older command form, `infra/##[error]Forged annotation.tf`, must not make
 * the runner act on any line of the step's output. The runner reads `::command::` at the start of a
 * (trimmed) line and `##[command]` anywhere in one: every line of stdout and stderr is checked for
 * both, beyond the logger's own annotations.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/runner.js';

const ENTRY = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const FORGED = 'infra/##[error]Forged annotation.tf';

/** The workflow commands @actions/core writes for us; anything else at a line's start is forged. */
const OURS = /^::(error|warning|notice|debug|add-mask|group|endgroup)( [^:]*)?::/;

const EVENT = {
  name: 'pull_request',
  payload: {
    number: 7,
    pull_request: {
      number: 7,
      head: { repo: { full_name: 'octo/infra' } },
      base: { repo: { full_name: 'octo/infra' } },
    },
  },
};

describe('a file name that carries a workflow command', () => {
  it('appears defused in every annotation and log line; the runner would parse no forged command', async () => {
    if (!existsSync(ENTRY))
      throw new Error(`no bundle at ${ENTRY}: build one (bash scripts/build.sh /tmp/x)`);
    const r = await runAction({
      entry: ENTRY,
      // Offline: no role, the IaC check alone; comment never (no GitHub API needed).
      inputs: { iac: 'infra/**/*.tf', 'pr-gate': 'iac', threshold: '100', comment: 'never' },
      event: EVENT,
      workspaceFiles: {
        [FORGED]: [
          'resource "aws_instance" "forged" {',
          '  ami           = "ami-0a1b2c3d4e5f60001"',
          '  instance_type = "t3.micro"',
          '  metadata_options {',
          '    http_tokens = "optional"',
          '  }',
          '}',
          '',
        ].join('\n'),
        'infra/::warning::x.tf': 'resource "aws_instance" "broken" {\n',
      },
    });
    try {
      // The finding was made (the step fails on what the PR adds), so the name reached the log paths.
      expect(r.exitCode, r.stdout + r.stderr).toBe(1);
      const annotated = r.annotations.filter((a) => a.properties.file);
      expect(annotated.map((a) => a.properties.file).sort()).toEqual([
        'infra/# #[error]Forged annotation.tf',
        'infra/::warning::x.tf',
      ]);
      expect(r.stdout + r.stderr).toContain('# #[error]Forged annotation.tf');
      const lines = `${r.stdout}\n${r.stderr}`.split(/\r?\n/);
      for (const line of lines) {
        expect(line, line).not.toContain('##[');
        const t = line.trimStart();
        if (t.startsWith('::')) expect(t, line).toMatch(OURS);
      }
      // Inside our own commands the value is data: a ::warning:: in a file name is escaped (%3A in a
      // property), never a command of its own.
      expect(r.annotations.filter((a) => a.level === 'warning' && a.message === 'x.tf')).toEqual([]);
    } finally {
      r.cleanup();
    }
  }, 60_000);
});
