/**
 * The README's YAML is the workflows CI lints: each fenced yaml block either equals a file in
 * .github/workflows or, marked `<!-- excerpt: .github/workflows/FILE -->` on the line before it, is an
 * excerpt of that file — its runs of lines, split at `# …` lines, appear in the file in order, each run
 * unbroken. The files use the action from this checkout (`uses: ./`, `./plan`…); the README shows what a
 * user writes (`uses: imds-guard/imds-guard@v1`, `…/plan@v1`…).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actionUses } from '../../src/model/action-name.js';

const WORKFLOWS = '.github/workflows';

/** A workflow file as a user's repository would hold it. */
function asInYourRepository(text: string): string {
  return text.replace(
    /(uses: )\.\/(plan|apply|merge)?(?=\s|$)/gm,
    (_, prefix: string, sub?: string) =>
      `${prefix}${actionUses(sub as 'plan' | 'apply' | 'merge' | undefined)}`,
  );
}

interface YamlBlock {
  line: number;
  excerptOf?: string;
  text: string;
}

function yamlBlocks(markdown: string): YamlBlock[] {
  const lines = markdown.split('\n');
  const out: YamlBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i])) continue;
    const indent = /^\s*/.exec(lines[i])![0].length;
    const marker = /^\s*<!-- excerpt: (\S+) -->\s*$/.exec(lines[i - 1] ?? '');
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(indent));
    out.push({ line: i + 1, excerptOf: marker?.[1], text: body.join('\n') });
    i = j;
  }
  return out;
}

/** Where each run of the excerpt starts in the file, or the first run that is not there (in order). */
function excerptProblem(excerpt: string, file: string): string | undefined {
  const fileLines = file.split('\n');
  const runs: string[][] = [[]];
  for (const l of excerpt.split('\n')) {
    if (/^\s*# …\s*$/.test(l)) runs.push([]);
    else runs[runs.length - 1].push(l);
  }
  let from = 0;
  for (const run of runs.filter((r) => r.length)) {
    let at = -1;
    for (let k = from; k + run.length <= fileLines.length && at < 0; k++)
      if (run.every((l, n) => fileLines[k + n] === l)) at = k;
    if (at < 0) return `not in the file (after line ${from}):\n${run.join('\n')}`;
    from = at + run.length;
  }
  return undefined;
}

const README = readFileSync('README.md', 'utf8');
const files = Object.fromEntries(
  readdirSync(WORKFLOWS)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => [`${WORKFLOWS}/${f}`, asInYourRepository(readFileSync(`${WORKFLOWS}/${f}`, 'utf8'))]),
);

describe("the README's workflows are the linted files", () => {
  const blocks = yamlBlocks(README);

  it('shows the three uses, each an excerpt of its file', () => {
    expect(blocks.map((b) => b.excerptOf)).toEqual(
      expect.arrayContaining([
        `${WORKFLOWS}/nightly.yml`,
        `${WORKFLOWS}/required-check.yml`,
        `${WORKFLOWS}/remediate.yml`,
      ]),
    );
  });

  it.each(blocks.map((b) => [b.line, b] as const))('the yaml block at README.md:%i', (_, block) => {
    if (block.excerptOf) {
      expect(files[block.excerptOf], `${block.excerptOf} is not a workflow file`).toBeDefined();
      expect(excerptProblem(block.text, files[block.excerptOf])).toBeUndefined();
    } else {
      expect(Object.values(files), 'a whole workflow must equal a file in .github/workflows').toContain(
        `${block.text}\n`,
      );
    }
  });

  it('knows an excerpt from a copy that drifted', () => {
    const file = files[`${WORKFLOWS}/nightly.yml`];
    expect(excerptProblem('on:\n  schedule:\n# …\n          threshold: 95', file)).toBeUndefined();
    expect(excerptProblem('on:\n  schedule:\n# …\n          threshold: 90', file)).toMatch(/threshold: 90/);
    // Runs in the file's order only.
    expect(excerptProblem('          threshold: 95\n# …\non:', file)).toMatch(/^not in the file/);
    expect(file).toContain(`uses: ${actionUses()}`);
    expect(file).not.toMatch(/^\s+uses: \.\/\s*$/m);
  });
});
