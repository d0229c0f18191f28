/**
 * A section of the report, declared in one module: the part of the view it fills, what it adds to the
 * digest (so the sticky comment updates when what it says changes), how a shortened Markdown rendering
 * cuts it, and its two templates — `templates/<name>.md.hbs` (partial `{{> name}}`, Markdown
 * pre-escaped) and `templates/<name>.html.hbs` (partial `{{> nameHtml}}`, escaped by Handlebars).
 * Adding a section: a module here, its entry in sections/index.ts, its two templates and the partial
 * calls in report.md.hbs and report.html.hbs.
 */
import type { Assessment } from '../../model/types.js';
import type { Fold } from '../fold.js';
import type { ReportView } from '../view-types.js';

/** Any section, as the registry holds it: what it fills and its templates. */
export interface AnySection {
  key: keyof ReportView;
  /**
   * The partial's name and the two templates' file names in templates/ (compiled into
   * src/report/templates.compiled.ts by scripts/templates.ts).
   */
  templates: { partial: string; markdown: string; html: string };
}

export interface Section<K extends keyof ReportView> extends AnySection {
  key: K;
  /** The section's view; undefined leaves it out of every format. */
  view(a: Assessment, scannedAtMs: number): ReportView[K] | undefined;
  /** The report's digest with what the section says folded in (absent: the instances already say it). */
  digest?(digest: string, a: Assessment): string;
  /** Markdown: the section cut to a rung of the fold ladder. */
  fold(v: NonNullable<ReportView[K]>, f: Fold): NonNullable<ReportView[K]>;
  /** Markdown: what `fold` left out, in words ([] or absent when nothing). */
  notes?(v: NonNullable<ReportView[K]>, f: Fold): string[];
  /** Markdown: the template's `show.*` flags for the cut section (undefined when not shown). */
  show?(cut: ReportView[K] | undefined): Record<string, boolean>;
}
