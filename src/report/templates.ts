/**
 * The Handlebars templates in /templates, precompiled when the Action is built (scripts/templates.ts →
 * templates.compiled.ts) and loaded here with Handlebars' runtime alone: no template is parsed or
 * compiled at run time (that was ~0.1 s of every run), and the compiler is not in the bundle.
 * Markdown templates are compiled with `noEscape` (their view is escaped for Markdown beforehand, see
 * escape.ts); HTML keeps Handlebars' HTML escaping.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type HandlebarsModule from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { SECTIONS } from './sections/index.js';
import { listMarker } from './stream.js';
import { SPECS } from './templates.compiled.js';

export { STREAMED_LISTS } from './stream.js';

/** A precompiled template (`Handlebars.precompile`'s output, as code). */
export type TemplateSpec = TemplateSpecification;
/** A template split for slice-by-slice rendering (scripts/templates.ts `splitSource`), precompiled. */
export interface SplitSpec {
  main: TemplateSpec;
  lists: Array<{ path: string; spec: TemplateSpec }>;
}

const hb = (runtime as unknown as typeof HandlebarsModule).create();

function spec(file: string): TemplateSpec | SplitSpec {
  const s = SPECS[file];
  if (!s) throw new Error(`templates/${file} is not precompiled: run \`npm run templates\``);
  return s;
}

const isSplit = (s: TemplateSpec | SplitSpec): s is SplitSpec => 'lists' in s && Array.isArray(s.lists);

/** The template of templates/`file`, ready to render. */
function template(file: string): HandlebarsTemplateDelegate {
  const s = spec(file);
  if (isSplit(s)) throw new Error(`templates/${file} is split: render it slice by slice (stream.ts)`);
  return hb.template(s);
}

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};

let script: { text: string; hash: string } | undefined;

/** The report's table script (vanilla JS) and its CSP hash, so the page allows that script only. */
export function tableScript(): { text: string; hash: string } {
  if (!script) {
    const text = readFileSync(new URL('../../templates/report-table.js', import.meta.url), 'utf8');
    if (/<\/script/i.test(text)) throw new Error('templates/report-table.js must not contain </script');
    script = { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
  }
  return script;
}

/** The plan and rollback-plan summary (templates/plan.md.hbs); its view is escaped like the report's. */
export const planTemplate = once(() => template('plan.md.hbs'));

/** The apply and rollback summary (templates/apply.md.hbs). */
export const applyTemplate = once(() => template('apply.md.hbs'));

/** The guardrails section and its folder's README (templates/guardrails.md.hbs). */
export const guardrailsTemplate = once(() => template('guardrails.md.hbs'));

export const SafeString = hb.SafeString;

let partials = false;

/** The partials the reports name: `{{> iac}}`, `{{> guardrails}}`, each section's `{{> name}}` / `{{> nameHtml}}`. */
export function registerIacPartials(): void {
  if (partials) return;
  hb.registerPartial('iac', template('iac.md.hbs'));
  hb.registerPartial('guardrails', template('guardrails.md.hbs'));
  for (const { templates: t } of SECTIONS) {
    hb.registerPartial(t.partial, template(t.markdown));
    hb.registerPartial(`${t.partial}Html`, template(t.html));
  }
  hb.registerPartial('iacHtml', template('iac.html.hbs'));
  partials = true;
}

/** The report of an offline run (IaC only, no live audit): templates/iac-only.md.hbs. */
export const iacOnlyTemplate = once(() => {
  registerIacPartials();
  return template('iac-only.md.hbs');
});

/**
 * A report template with its long instance lists taken out (scripts/templates.ts `splitSource`), so a
 * 100,000-instance report is rendered and written a slice of rows at a time instead of as one string
 * (see stream.ts). `main` renders the template with a marker where each list was; `lists[n].rows`
 * renders that list's block alone, with the same context and a slice of the list.
 */
export interface SplitTemplate {
  main: (data: Record<string, unknown>) => string;
  lists: { path: string; rows: HandlebarsTemplateDelegate }[];
  /** Matches a marker in `main`'s output; group 1 is the index into `lists`. */
  marker: RegExp;
}

// Markers no value can contain: U+0001 and a per-process random nonce (Handlebars reads no NUL).
const NONCE = createHash('sha256').update(`${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');

function splitTemplate(file: string): SplitTemplate {
  const s = spec(file);
  if (!isSplit(s)) throw new Error(`templates/${file} is not split`);
  const main = hb.template(s.main);
  // `{{{@imdsGuardListN}}}` in the main template (stream.ts listMarker): the marker of list N.
  const markers: Record<string, string> = {};
  s.lists.forEach((_, n) => {
    markers[listMarker(n)] = `\u0001${NONCE}:${n}\u0001`;
  });
  return {
    main: (data) => main(data, { data: markers }),
    lists: s.lists.map((l) => ({ path: l.path, rows: hb.template(l.spec) })),
    marker: new RegExp(`\u0001${NONCE}:(\\d+)\u0001`),
  };
}

/** report.md.hbs, split. */
export const markdownSplitTemplate = once(() => splitTemplate('report.md.hbs'));

/** report.html.hbs, split. */
export const htmlSplitTemplate = once(() => splitTemplate('report.html.hbs'));
