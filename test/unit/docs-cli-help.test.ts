/** What `imds-guard <command> --help` documents: each command's own defaults, gates and exit codes. */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { commandHelp, EXIT_STATUS, mainHelp } from '../../src/cli/help.js';

const line = (help: string, name: string) =>
  help
    .split('\n')
    .slice(help.split('\n').findIndex((l) => l.trimStart().startsWith(`${name} `)))
    .slice(0, 3)
    .join(' ')
    .replace(/\s+/g, ' ');

describe('imds-guard <command> --help', () => {
  it("apply and rollback show the apply action's own defaults (its mode is apply, not the Action's audit)", () => {
    for (const command of ['apply', 'rollback']) {
      const help = commandHelp(command);
      expect(line(help, 'mode')).toMatch(/\(default: apply\)/);
      expect(help).not.toMatch(/default: audit/);
      expect(line(help, 'plan-digest')).toMatch(/\(required\)/);
      expect(line(help, 'approval-environment')).toMatch(/\(required\)/);
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the action.yml default, an Actions expression
      expect(line(help, 'github-token')).toContain('(default: ${{ github.token }})');
      expect(help).toMatch(/Exit status:\n {2}2 {2}always from a terminal/);
    }
  });

  it('plan and plan-rollback document no gate: they have none', () => {
    for (const command of ['plan', 'plan-rollback']) {
      const help = commandHelp(command);
      expect(help).not.toMatch(/\bgate\b/i);
      expect(help).not.toMatch(/--threshold/);
    }
    expect(commandHelp('plan')).toMatch(/1 {2}the plan was written but is incomplete/);
  });

  it('audit and merge say what fails the gate', () => {
    expect(commandHelp('audit')).toMatch(/1 {2}the gate failed: enforcement below --threshold/);
    expect(commandHelp('merge')).toMatch(/1 {2}the gate failed/);
  });

  it('every command says what its exit codes mean', () => {
    for (const command of Object.keys(COMMANDS)) {
      expect(EXIT_STATUS[command], command).toBeDefined();
      expect(commandHelp(command), command).toContain('Exit status:');
    }
    expect(mainHelp()).toMatch(/Exit status: 0 success/);
  });
});
