/** The IaC check's findings and unreadable files as annotations on the pull request's diff. */
import { type IacFinding, type IacLevel, iacRule } from '../assess/iac.js';
import type { Deps } from '../deps.js';
import type { IacParseError } from '../model/iac.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';
export type Annotate = Deps['outputs']['annotate'];

const ANNOTATION: Record<IacLevel, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * One annotation per unsuppressed finding, on its file and line (suppressed ones are listed, not
 * annotated); a finding on a resource the change leaves as it is (plan no-op) is only a notice.
 */
export function annotateFindings(findings: IacFinding[], annotate: Annotate): void {
  for (const f of findings) {
    if (f.suppression) continue;
    annotate(f.attributed ? ANNOTATION[f.level] : 'notice', `${f.message} Fix: ${f.fix}`, {
      file: f.file,
      startLine: f.line,
      title: `IMDS Guard ${f.ruleId}: ${iacRule(f.ruleId).title}`,
    });
  }
}

/** A parse error as an annotation on the file it names. */
export function annotateErrors(errors: IacParseError[], annotate: Annotate): void {
  for (const e of errors)
    annotate('error', e.message, {
      file: e.file,
      startLine: e.line,
      title: 'IMDS Guard: IaC file not checked',
    });
}
