/**
 * Precompiles the Handlebars templates in templates/ into src/report/templates.compiled.ts, which the
 * Action loads with Handlebars' runtime alone (src/report/templates.ts): no template is parsed or
 * compiled when a report is made, and the compiler is not in dist/.
 *
 *   npm run templates   writes the module (scripts/build.sh runs this before every build; CI and
 *                       test/report/templates-compiled.test.ts fail when the committed one is stale)
 *
 * Each template is compiled with the options it renders with (the same bytes as compiling it at run
 * time: test/report/templates-compiled.test.ts). report.md.hbs and report.html.hbs are split first
 * (`splitSource`): their long lists become templates of their own, rendered a slice of rows at a time
 * (src/report/stream.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { SECTIONS } from '../src/report/sections/index.js';
import { listMarker, STREAMED_LISTS } from '../src/report/stream.js';

type CompileOptions = NonNullable<Parameters<typeof Handlebars.precompile>[1]>;

/** Markdown is escaped for Markdown beforehand (src/report/escape.ts); HTML by Handlebars. */
const MARKDOWN: CompileOptions = { noEscape: true };
/**
 * The report templates use Handlebars' built-in helpers only (`if`, `unless`, `each`): compiled with
 * `knownHelpersOnly`, a plain `{{value}}` is a property lookup, not a helper-or-property check (same
 * bytes; report.md 4–7 % faster to render at 100,000 instances).
 */
const REPORT: CompileOptions = { knownHelpersOnly: true };

/** Every template the Action renders, by its file name in templates/, and how it is compiled. */
export function templateList(): Array<{ file: string; options: CompileOptions; split?: boolean }> {
  return [
    { file: 'report.md.hbs', options: { ...MARKDOWN, strict: false, ...REPORT }, split: true },
    { file: 'report.html.hbs', options: REPORT, split: true },
    { file: 'plan.md.hbs', options: MARKDOWN },
    { file: 'apply.md.hbs', options: MARKDOWN },
    { file: 'guardrails.md.hbs', options: MARKDOWN },
    { file: 'iac.md.hbs', options: MARKDOWN },
    { file: 'iac.html.hbs', options: {} },
    { file: 'iac-only.md.hbs', options: { ...MARKDOWN, strict: false } },
    ...SECTIONS.flatMap(({ templates: t }) => [
      { file: t.markdown, options: MARKDOWN },
      { file: t.html, options: {} },
    ]),
  ];
}

/**
 * A report template with its long instance lists taken out: `main` is the template with each listed
 * `{{#each PATH}}…{{/each}}` block replaced by `{{{@imdsGuardListN}}}` (a data variable the renderer
 * sets to a marker no value can hold); `lists[n].source` is that block alone, rendered with the same
 * context and a slice of the list. The block is cut with the whitespace Handlebars strips around
 * standalone tags, so the output is byte for byte the same.
 */
export function splitSource(
  source: string,
  paths: readonly string[] = STREAMED_LISTS,
): { main: string; lists: Array<{ path: string; source: string }> } {
  let main = source;
  const lists: Array<{ path: string; source: string }> = [];
  for (const path of paths) {
    const open = `{{#each ${path}}}`;
    const at = main.indexOf(open);
    if (at < 0) continue;
    if (main.indexOf(open, at + 1) >= 0) throw new Error(`template: ${open} appears twice`);
    // The matching {{/each}} (nested each blocks counted).
    const tag = /\{\{[#/]each\b[^}]*\}\}/g;
    tag.lastIndex = at + open.length;
    let depth = 1;
    let close = -1;
    for (let m = tag.exec(main); m; m = tag.exec(main)) {
      depth += m[0].startsWith('{{#') ? 1 : -1;
      if (depth === 0) {
        close = m.index + m[0].length;
        break;
      }
    }
    if (close < 0) throw new Error(`template: ${open} is not closed`);
    let start = at;
    let end = close;
    // A standalone opening tag (alone on its line) takes its line's indentation and newline with it.
    const lineStart = main.lastIndexOf('\n', at - 1) + 1;
    const afterOpen = /^[ \t]*\r?\n/.exec(main.slice(at + open.length));
    const openAlone = /^[ \t]*$/.test(main.slice(lineStart, at)) && afterOpen !== null;
    if (openAlone) start = lineStart;
    // So does a standalone closing tag.
    const closeLineStart = main.lastIndexOf('\n', close - '{{/each}}'.length - 1) + 1;
    const afterClose = /^[ \t]*(\r?\n|$)/.exec(main.slice(close));
    const closeAlone =
      /^[ \t]*$/.test(main.slice(closeLineStart, close - '{{/each}}'.length)) && afterClose !== null;
    if (closeAlone) end = close + afterClose[0].length;
    // A tag that is not standalone in the whole template must not become one at the block's edge (the
    // start and end of a template count as line ends): an empty comment beside it keeps it inline.
    lists.push({
      path,
      source: `${openAlone ? '' : '{{!}}'}${main.slice(start, end)}${closeAlone ? '' : '{{!}}'}`,
    });
    main = `${main.slice(0, start)}{{{@${listMarker(lists.length - 1)}}}}${main.slice(end)}`;
  }
  return { main, lists };
}

export const COMPILED_MODULE = fileURLToPath(new URL('../src/report/templates.compiled.ts', import.meta.url));
const templatePath = (file: string) => new URL(`../templates/${file}`, import.meta.url);

/** The text of src/report/templates.compiled.ts for the templates as they are now. */
export function compiledModuleText(): string {
  const out: string[] = [
    '// Generated by scripts/templates.ts from templates/*.hbs (npm run templates): do not edit.',
    '// Handlebars precompiled template specifications, loaded by src/report/templates.ts.',
    '// @ts-nocheck',
    "import type { SplitSpec, TemplateSpec } from './templates.js';",
    '',
  ];
  const specs: string[] = [];
  for (const { file, options, split } of templateList()) {
    const source = readFileSync(templatePath(file), 'utf8');
    if (!split) {
      specs.push(`  ${JSON.stringify(file)}: ${Handlebars.precompile(source, options)},`);
      continue;
    }
    const { main, lists } = splitSource(source);
    const listText = lists
      .map(
        (l) =>
          `      { path: ${JSON.stringify(l.path)}, spec: ${Handlebars.precompile(l.source, options)} },`,
      )
      .join('\n');
    specs.push(
      `  ${JSON.stringify(file)}: {\n    main: ${Handlebars.precompile(main, options)},\n    lists: [\n${listText}\n    ],\n  },`,
    );
  }
  out.push(`export const SPECS: Record<string, TemplateSpec | SplitSpec> = {\n${specs.join('\n')}\n};`, '');
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = compiledModuleText();
  let current = '';
  try {
    current = readFileSync(COMPILED_MODULE, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current !== text) writeFileSync(COMPILED_MODULE, text);
}
