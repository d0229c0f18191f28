/**
 * The standalone HTML report: one file, no external assets (inline CSS, inline SVG, one inline
 * script allowed by its CSP hash), readable in light/dark mode and in print. Handlebars escapes
 * every value; the only unescaped insertion is the script file shipped with the templates.
 */
import { htmlTemplate, registerIacPartials, SafeString, tableScript } from './templates.js';
import type { ReportView } from './view.js';

export function renderHtml(view: ReportView): string {
  const script = tableScript();
  registerIacPartials();
  return htmlTemplate()({ ...view, script: new SafeString(script.text), scriptHash: script.hash });
}
