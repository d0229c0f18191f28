/**
 * Loads and compiles the Handlebars templates in /templates once. Each path is a literal
 * `new URL('../../templates/…', import.meta.url)` so ncc copies the file next to dist/index.js.
 * Markdown compiles with `noEscape` (its view is escaped for Markdown beforehand, see escape.ts);
 * HTML keeps Handlebars' HTML escaping.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { SECTIONS } from './sections/index.js';

const hb = Handlebars.create();

let md: HandlebarsTemplateDelegate | undefined;
let html: HandlebarsTemplateDelegate | undefined;
let script: { text: string; hash: string } | undefined;

/**
 * The report templates use Handlebars' built-in helpers only (`if`, `unless`, `each`): compiled with
 * `knownHelpersOnly`, a plain `{{value}}` is a property lookup, not a helper-or-property check (same
 * bytes; report.md 4–7 % faster to render at 100,000 instances).
 */
const REPORT_OPTIONS = { knownHelpersOnly: true } as const;

export function markdownTemplate(): HandlebarsTemplateDelegate {
  md ??= hb.compile(readFileSync(new URL('../../templates/report.md.hbs', import.meta.url), 'utf8'), {
    noEscape: true,
    strict: false,
    ...REPORT_OPTIONS,
  });
  return md;
}

export function htmlTemplate(): HandlebarsTemplateDelegate {
  html ??= hb.compile(
    readFileSync(new URL('../../templates/report.html.hbs', import.meta.url), 'utf8'),
    REPORT_OPTIONS,
  );
  return html;
}

/** The report's table script (vanilla JS) and its CSP hash, so the page allows that script only. */
export function tableScript(): { text: string; hash: string } {
  if (!script) {
    const text = readFileSync(new URL('../../templates/report-table.js', import.meta.url), 'utf8');
    if (/<\/script/i.test(text)) throw new Error('templates/report-table.js must not contain </script');
    script = { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
  }
  return script;
}

let plan: HandlebarsTemplateDelegate | undefined;
let apply: HandlebarsTemplateDelegate | undefined;

/** The plan and rollback-plan summary (templates/plan.md.hbs); its view is escaped like the report's. */
export function planTemplate(): HandlebarsTemplateDelegate {
  plan ??= hb.compile(readFileSync(new URL('../../templates/plan.md.hbs', import.meta.url), 'utf8'), {
    noEscape: true,
  });
  return plan;
}

/** The apply and rollback summary (templates/apply.md.hbs). */
export function applyTemplate(): HandlebarsTemplateDelegate {
  apply ??= hb.compile(readFileSync(new URL('../../templates/apply.md.hbs', import.meta.url), 'utf8'), {
    noEscape: true,
  });
  return apply;
}

let guardrails: HandlebarsTemplateDelegate | undefined;

/** The guardrails section and its folder's README (templates/guardrails.md.hbs). */
export function guardrailsTemplate(): HandlebarsTemplateDelegate {
  guardrails ??= hb.compile(
    readFileSync(new URL('../../templates/guardrails.md.hbs', import.meta.url), 'utf8'),
    { noEscape: true },
  );
  return guardrails;
}

export const SafeString = hb.SafeString;

let iacOnly: HandlebarsTemplateDelegate | undefined;
let partials = false;

/** The IaC section's partials (`{{> iac}}` in report.md.hbs, `{{> iacHtml}}` in report.html.hbs). */
export function registerIacPartials(): void {
  if (partials) return;
  // Compiled here, each with its own escaping: Markdown pre-escaped (noEscape), HTML by Handlebars.
  hb.registerPartial(
    'iac',
    hb.compile(readFileSync(new URL('../../templates/iac.md.hbs', import.meta.url), 'utf8'), {
      noEscape: true,
    }),
  );
  hb.registerPartial(
    'guardrails',
    hb.compile(readFileSync(new URL('../../templates/guardrails.md.hbs', import.meta.url), 'utf8'), {
      noEscape: true,
    }),
  );
  // Each section's parts (sections/): `{{> name}}` in report.md.hbs, `{{> nameHtml}}` in report.html.hbs.
  for (const { templates: t } of SECTIONS) {
    hb.registerPartial(t.partial, hb.compile(readFileSync(t.markdown, 'utf8'), { noEscape: true }));
    hb.registerPartial(`${t.partial}Html`, hb.compile(readFileSync(t.html, 'utf8')));
  }
  hb.registerPartial(
    'iacHtml',
    hb.compile(readFileSync(new URL('../../templates/iac.html.hbs', import.meta.url), 'utf8')),
  );
  partials = true;
}

/** The report of an offline run (IaC only, no live audit): templates/iac-only.md.hbs. */
export function iacOnlyTemplate(): HandlebarsTemplateDelegate {
  registerIacPartials();
  iacOnly ??= hb.compile(readFileSync(new URL('../../templates/iac-only.md.hbs', import.meta.url), 'utf8'), {
    noEscape: true,
    strict: false,
  });
  return iacOnly;
}

/**
 * Compiles now every template an audit's reports render. Handlebars compiles a template at its first
 * render (~0.1 s for these, more than report.md's whole rendering at 100,000 instances): the audit calls
 * this while its scan waits on AWS, so that time is not spent after the scan. Each template is rendered
 * once with no data, which compiles it (and, through it, the partials it names); one that fails to
 * render without data is compiled all the same. It never throws: a template that cannot be read or
 * compiled fails again, the same way, when the report renders it.
 */
export function warmReportTemplates(): void {
  const templates: HandlebarsTemplateDelegate[] = [];
  try {
    registerIacPartials();
    templates.push(guardrailsTemplate());
    for (const split of [markdownSplitTemplate(), htmlSplitTemplate()])
      templates.push(split.main, ...split.lists.map((l) => l.rows));
    for (const partial of Object.values(hb.partials))
      if (typeof partial === 'function') templates.push(partial);
  } catch {
    // A template that cannot be read or split: the report's own render fails on it, and says why.
    return;
  }
  for (const t of templates) {
    try {
      t({});
    } catch {
      // Compiled, or not compilable: either way the report's own render says so.
    }
  }
}

/**
 * A report template with its long instance lists taken out, so a 100,000-instance report is rendered
 * and written a slice of rows at a time instead of as one string (see stream.ts). `main` is the
 * template with each listed `{{#each PATH}}…{{/each}}` block replaced by a marker; `lists[n].rows`
 * is that block alone, rendered with the same context and a slice of the list. The block is cut with
 * the whitespace Handlebars strips around standalone tags, so the output is byte for byte the same.
 */
export interface SplitTemplate {
  main: HandlebarsTemplateDelegate;
  lists: { path: string; rows: HandlebarsTemplateDelegate }[];
  /** Matches a marker in `main`'s output; group 1 is the index into `lists`. */
  marker: RegExp;
}

/** The lists rendered a slice at a time (every other list is bounded by the fleet's regions, accounts…). */
export const STREAMED_LISTS = [
  'v1.rows',
  'usage.inUseRows',
  'usage.rejectedRows',
  'regressions.rows',
  'hopLimit.rows',
] as const;

// Markers no value can contain: U+0001 and a per-process random nonce (Handlebars reads no NUL).
const NONCE = createHash('sha256').update(`${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');

export function splitTemplate(
  source: string,
  options: CompileOptions,
  paths: readonly string[] = STREAMED_LISTS,
): SplitTemplate {
  let main = source;
  const lists: SplitTemplate['lists'] = [];
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
    const block = `${openAlone ? '' : '{{!}}'}${main.slice(start, end)}${closeAlone ? '' : '{{!}}'}`;
    lists.push({ path, rows: hb.compile(block, options) });
    main = `${main.slice(0, start)}\u0001${NONCE}:${lists.length - 1}\u0001${main.slice(end)}`;
  }
  return {
    main: hb.compile(main, options),
    lists,
    marker: new RegExp(`\u0001${NONCE}:(\\d+)\u0001`),
  };
}

type CompileOptions = Parameters<typeof hb.compile>[1];

let mdSplit: SplitTemplate | undefined;
let htmlSplitT: SplitTemplate | undefined;

/** report.md.hbs, split (same options as markdownTemplate). */
export function markdownSplitTemplate(): SplitTemplate {
  mdSplit ??= splitTemplate(readFileSync(new URL('../../templates/report.md.hbs', import.meta.url), 'utf8'), {
    noEscape: true,
    strict: false,
    ...REPORT_OPTIONS,
  });
  return mdSplit;
}

/** report.html.hbs, split (same options as htmlTemplate). */
export function htmlSplitTemplate(): SplitTemplate {
  htmlSplitT ??= splitTemplate(
    readFileSync(new URL('../../templates/report.html.hbs', import.meta.url), 'utf8'),
    REPORT_OPTIONS,
  );
  return htmlSplitT;
}
