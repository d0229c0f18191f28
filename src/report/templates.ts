/**
 * Loads and compiles the Handlebars templates in /templates once. Each path is a literal
 * `new URL('../../templates/…', import.meta.url)` so ncc copies the file next to dist/index.js.
 * Markdown compiles with `noEscape` (its view is escaped for Markdown beforehand, see escape.ts);
 * HTML keeps Handlebars' HTML escaping.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const hb = Handlebars.create();

let md: HandlebarsTemplateDelegate | undefined;
let html: HandlebarsTemplateDelegate | undefined;
let script: { text: string; hash: string } | undefined;

export function markdownTemplate(): HandlebarsTemplateDelegate {
  md ??= hb.compile(readFileSync(new URL('../../templates/report.md.hbs', import.meta.url), 'utf8'), {
    noEscape: true,
    strict: false,
  });
  return md;
}

export function htmlTemplate(): HandlebarsTemplateDelegate {
  html ??= hb.compile(readFileSync(new URL('../../templates/report.html.hbs', import.meta.url), 'utf8'));
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
