/**
 * The report's sections declared as modules (section.ts), in the order they are built. The view, the
 * Markdown fold and the template partials all read this list.
 */
import type { Assessment } from '../../model/types.js';
import type { Fold } from '../fold.js';
import type { ReportView } from '../view-types.js';
import { autoScalingSection } from './auto-scaling.js';
import { byTagSection } from './by-tag.js';
import { exposureSection } from './exposure.js';
import type { AnySection, Section } from './section.js';

export const SECTIONS: readonly AnySection[] = [byTagSection, autoScalingSection, exposureSection];

/** A section seen through the keys it fills (one cast here instead of one per call site). */
const loose = (s: AnySection) => s as unknown as Section<keyof ReportView>;

/** Fills the sections' parts of the view and folds what they say into its digest. */
export function applySections(view: ReportView, a: Assessment, scannedAtMs: number): void {
  for (const s of SECTIONS.map(loose)) {
    const v = s.view(a, scannedAtMs);
    if (v === undefined) continue;
    (view as unknown as Record<string, unknown>)[s.key] = v;
    if (s.digest) view.digest = s.digest(view.digest, a);
  }
}

/** The sections cut to a fold (markdown.ts), keyed as in the view. */
export function foldSections(v: ReportView, f: Fold): Partial<ReportView> {
  const out: Record<string, unknown> = {};
  for (const s of SECTIONS.map(loose)) {
    const part = v[s.key];
    if (part !== undefined) out[s.key] = s.fold(part as NonNullable<typeof part>, f);
  }
  return out as Partial<ReportView>;
}

/** What the fold left out of the sections, in words. */
export function sectionNotes(v: ReportView, f: Fold): string[] {
  return SECTIONS.map(loose).flatMap((s) => {
    const part = v[s.key];
    return part === undefined || !s.notes ? [] : s.notes(part as NonNullable<typeof part>, f);
  });
}

/** The sections' `show.*` flags for the cut view. */
export function sectionShow(cut: ReportView): Record<string, boolean> {
  return Object.assign({}, ...SECTIONS.map(loose).map((s) => s.show?.(cut[s.key]) ?? {}));
}
