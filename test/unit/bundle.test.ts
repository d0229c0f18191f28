/**
 * The committed bundle holds the AWS SDK commands IMDS Guard sends and no others: scripts/bundle-sdk.mjs
 * cuts each client down to what src/aws/sdk.ts exports (a client bundled whole is hundreds of
 * commands: the EC2 client alone is 2 MB of code). A command here that sdk.ts does not name means the
 * cut stopped working (or a client was bundled past it).
 *
 * The run loads only what its first AWS call needs before making it: the libraries the reports alone
 * use (Handlebars, yaml, Ajv, the GitHub client) are in chunks of their own, loaded later
 * (pipeline/judge.ts loadReportStack). The templates come precompiled (scripts/templates.ts): Handlebars'
 * compiler is in no bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Commands src/aws/sdk.ts exports, and those its paginators send (`paginateX` sends `XCommand`). */
function sdkCommands(): Set<string> {
  const text = readFileSync(join(ROOT, 'src', 'aws', 'sdk.ts'), 'utf8');
  const names = [...text.matchAll(/\b(\w+Command)\b/g)].map((m) => m[1]);
  const paged = [...text.matchAll(/\bpaginate(\w+)\b/g)].map((m) => `${m[1]}Command`);
  return new Set([...names, ...paged]);
}

describe('the bundle', () => {
  it('holds only the SDK commands src/aws/sdk.ts exports', () => {
    const dist = join(ROOT, 'dist');
    const bundled = new Set<string>();
    for (const f of readdirSync(dist).filter((n) => n.endsWith('.js')))
      for (const m of readFileSync(join(dist, f), 'utf8').matchAll(/\b(\w+Command) = class\b/g))
        bundled.add(m[1]);
    const wanted = sdkCommands();
    expect(wanted.has('DescribeInstancesCommand')).toBe(true);
    // Every exported command is in the bundle (the check sees the bundle's commands at all)…
    expect([...wanted].filter((c) => !bundled.has(c))).toEqual([]);
    // …and nothing else of the clients is.
    expect([...bundled].filter((c) => !wanted.has(c)).sort()).toEqual([]);
  });

  it('loads the libraries only the reports use after the run starts, not with it', () => {
    const dist = join(ROOT, 'dist');
    // The chunks the run's worker loads before it starts (dist/index.js: `import('./main.js')`).
    const entry = readFileSync(join(dist, 'index.js'), 'utf8');
    const loaded = /Promise\.all\(\/\* import\(\) \*\/\[([^\]]*)\]\)/.exec(entry)?.[1] ?? '';
    const chunks = [...loaded.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => `${m[1]}.index.js`);
    expect(chunks.length).toBeGreaterThan(0);
    const startup = chunks.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    // The AWS SDK is there (the check reads the right chunks)…
    expect(startup).toContain('DescribeInstancesCommand = class');
    // …and none of these libraries, each found by a text only it holds, which the bundle does hold.
    const all = readdirSync(dist)
      .filter((n) => n.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    for (const marker of [
      'Template was precompiled with', // handlebars (its runtime)
      'YAMLParseError', // yaml
      'class Ajv', // ajv
      'octokit-core.js', // @actions/github
    ]) {
      expect(all, marker).toContain(marker);
      expect(startup, marker).not.toContain(marker);
    }
  });

  it('holds no Handlebars compiler: the templates are precompiled', () => {
    const files = (dir: string) =>
      readdirSync(dir)
        .filter((n) => n.endsWith('.js'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
        .join('\n');
    const bundles = `${files(join(ROOT, 'dist'))}\n${files(join(ROOT, 'dist', 'cli'))}`;
    expect(bundles).toContain('Template was precompiled with');
    // Texts of the compiler's parser and code generator.
    expect(bundles).not.toContain('You must pass a string or Handlebars AST');
    expect(bundles).not.toContain('JavaScriptCompiler');
  });
});
