import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTables, HELP_MODULE, helpModule, withInputsTables } from '../../scripts/inputs-table.js';
import { ACTION_REPOSITORY } from '../../src/model/action-name.js';

const DOCS = ['README.md', ...readdirSync('docs').map((f) => `docs/${f}`)].filter((f) => f.endsWith('.md'));

describe('README', () => {
  it('has the inputs and outputs table of each action, generated from its action.yml (run: npx tsx scripts/inputs-table.ts --write)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withInputsTables(readme, allTables())).toBe(readme);
  });

  it('links only to docs and workflow files that exist', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [, path] of readme.matchAll(/\]\(((?:docs|\.github\/workflows)\/[^)#]+)\)/g)) {
      expect(() => readFileSync(path), path).not.toThrow();
    }
  });
});

describe('the CLI help', () => {
  it('takes its descriptions from the action.yml files (run: npx tsx scripts/inputs-table.ts --write)', () => {
    expect(readFileSync(HELP_MODULE, 'utf8')).toBe(helpModule());
  });
});

describe('one truth in the docs', () => {
  it('shows no whole workflow inline: whole workflows are files in .github/workflows, linted by actionlint', () => {
    for (const file of DOCS) {
      const text = readFileSync(file, 'utf8');
      for (const [, block] of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
        expect(/^(jobs|on):/m.test(block), `${file}: a whole workflow inline; link the file instead`).toBe(
          false,
        );
      }
      for (const [, path] of text.matchAll(/\]\((?:\.\.\/)?(\.github\/workflows\/[^)#]+)\)/g)) {
        expect(() => readFileSync(path), `${file} links ${path}`).not.toThrow();
      }
    }
  });

  it('names one action and one approval environment', () => {
    for (const file of [...DOCS, ...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`)]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/imds-remediation\b/);
      // Every action reference names the one repository that publishes it (src/model/action-name.ts).
      for (const [ref, repo] of text.matchAll(
        /([\w.-]+\/[\w.-]*imds-guard[\w.-]*)(?:\/(?:plan|apply|merge))?@/g,
      ))
        expect(repo, `${file}: ${ref}`).toBe(ACTION_REPOSITORY);
      // The root action audits: plan, apply and merge are its sub-actions.
      expect(text, file).not.toMatch(
        /imds-guard@v1\n\s+with:\n(\s+#.*\n)*\s+mode: (plan|apply|rollback|merge)/,
      );
      for (const [, env] of text.matchAll(/environment: ([\w-]+)/g))
        expect(env, file).toBe('imds-production');
    }
  });
});
