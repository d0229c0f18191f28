import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allTables,
  INPUTS_PAGE,
  readAction,
  withInputsBlock,
  withInputsTables,
} from '../../scripts/inputs-table.js';
import { ACTION_REPOSITORY } from '../../src/model/action-name.js';
import { ACTIONS, type ActionId } from '../../src/settings/inputs.js';

const DOCS = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `docs/${f}`);
/** Every page a user or a contributor reads. */
const PAGES = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md', 'setup/README.md', ...DOCS];

/** Markdown without its fenced blocks and code spans: what is left is prose and links. */
function prose(markdown: string): string {
  return markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  const text = markdown.replace(/^\s*```[\s\S]*?^\s*```/gm, '');
  for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n ? `${slug}-${n}` : slug);
  }
  for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) out.add(id);
  return out;
}

describe('the inputs page', () => {
  it('has the inputs and outputs table of each action, generated from its action.yml (run: npx tsx scripts/inputs-table.ts --write)', () => {
    const page = readFileSync(INPUTS_PAGE, 'utf8');
    expect(withInputsTables(page, allTables())).toBe(page);
  });
});

describe('the action.yml files', () => {
  it.each(Object.keys(ACTIONS) as ActionId[])(
    '%s: its inputs are generated from the table of inputs (run: npx tsx scripts/inputs-table.ts --write)',
    (id) => {
      const yml = readAction(id);
      expect(withInputsBlock(yml, id)).toBe(yml);
    },
  );
});

describe('links', () => {
  it('knows GitHub heading anchors', () => {
    expect([...anchors('# A `b` c: d/e (f)\n## What you get\n## What you get\n```\n# not\n```\n')]).toEqual([
      'a-b-c-de-f',
      'what-you-get',
      'what-you-get-1',
    ]);
  });

  it.each(PAGES)('every relative link in %s resolves to a file, and its #anchor to a heading', (page) => {
    const text = prose(readFileSync(page, 'utf8'));
    const problems: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split('#');
      const file = path ? normalize(join(dirname(page), path)) : page;
      if (!existsSync(file)) {
        problems.push(`${target}: no file ${file}`);
        continue;
      }
      if (anchor !== undefined) {
        if (statSync(file).isDirectory() || !file.endsWith('.md'))
          problems.push(`${target}: an anchor into ${file}`);
        else if (!anchors(readFileSync(file, 'utf8')).has(anchor))
          problems.push(`${target}: no heading #${anchor} in ${file}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('one truth in the docs', () => {
  it('shows no whole workflow inline in docs/: whole workflows are files in .github/workflows, linted by actionlint', () => {
    // The README's YAML is checked against the files themselves (test/unit/readme-workflows.test.ts).
    for (const file of DOCS) {
      const text = readFileSync(file, 'utf8');
      for (const [, block] of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
        expect(/^(jobs|on):/m.test(block), `${file}: a whole workflow inline; link the file instead`).toBe(
          false,
        );
      }
    }
  });

  it('names one action and one approval environment', () => {
    for (const file of [...PAGES, ...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`)]) {
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

  it('speaks to users: no issue numbers or work-session notes', () => {
    for (const file of PAGES) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /\bissues?\s+#?\d+|\bthis stop\b|\bprevious stop\b|\bstops? ago\b|\bstop's\b/i,
      );
    }
  });

  it('keeps the README a front door (at most 250 lines)', () => {
    expect(readFileSync('README.md', 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(250);
  });

  it("the README's IAM table says what setup/policies.json allows", () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('<!-- iam-table'));
    const row = (name: string) => {
      const line = table.split('\n').find((l) => l.startsWith(`| ${name}`));
      expect(line, name).toBeDefined();
      return [...line!.split('|')[3].matchAll(/`([a-z0-9-]+:[A-Za-z]+)`/g)].map((m) => m[1]).sort();
    };
    const policies = JSON.parse(readFileSync('setup/policies.json', 'utf8')) as Record<
      string,
      { Statement: Array<{ Action: string[] }> }
    >;
    const allowed = (key: string) => [...new Set(policies[key].Statement.flatMap((s) => s.Action))].sort();
    expect(row('audit (`IMDS_GUARD_ROLE`)')).toEqual(allowed('audit'));
    expect(row('audit, with `OrganizationAudit`')).toEqual(allowed('audit-organization'));
    expect(row('write (`IMDS_GUARD_WRITE_ROLE`)')).toEqual(allowed('write'));
    expect(allowed('member')).toEqual(allowed('audit'));
  });
});
