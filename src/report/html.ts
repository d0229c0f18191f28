/**
 * The standalone HTML report: one file, no external assets (inline CSS, inline SVG, one inline
 * script allowed by its CSP hash), readable in light/dark mode and in print. Handlebars escapes
 * every value; the only unescaped insertion is the script file shipped with the templates.
 */
import type { Place } from '../fs/safe.js';
import { renderPieces, writePieces } from './stream.js';
import { htmlSplitTemplate, registerIacPartials, SafeString, tableScript } from './templates.js';
import type { ReportView } from './view.js';

function htmlPieces(view: ReportView): Iterable<string> {
  const script = tableScript();
  registerIacPartials();
  return renderPieces(htmlSplitTemplate(), {
    ...view,
    script: new SafeString(script.text),
    scriptHash: script.hash,
  });
}

export function renderHtml(view: ReportView): string {
  return [...htmlPieces(view)].join('');
}

/** report.html, written to `path` a slice of rows at a time (the same bytes as renderHtml). */
export async function writeHtml(path: string, view: ReportView, place?: Place): Promise<void> {
  await writePieces(path, htmlPieces(view), place);
}
