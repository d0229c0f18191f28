/**
 * What the IaC stage (pipeline/iac.ts) produces: the findings judged and attributed to the change,
 * what could not be read or evaluated, and the SARIF file written. The input of the reports and the
 * gate.
 */
import type { IacNotice, IacParseError } from '../model/iac.js';
import type { IacFinding, IacResourceVerdict } from './iac.js';

/** Which findings are the change's own, and how that was decided. */
export interface IacAttribution {
  /** `compared`: per resource against the base revision; `everything`: chosen by pr-gate; `no-base`: the
   * event has no base (nightly, dispatch); `unavailable`: the base could not be read (every finding counts). */
  mode: 'compared' | 'everything' | 'no-base' | 'unavailable';
  /** The base commit, abbreviated. */
  base?: string;
  /** One sentence for the log and the reports. */
  text: string;
}

/** What the IaC stage (pipeline/iac.ts) found: the input of the reports and the gate. */
export interface IacStageResult {
  /** Workspace-relative files matched by the globs. */
  files: string[];
  findings: IacFinding[];
  /** What this pull request adds or changes, not suppressed: the gate judges these. */
  attributed: IacFinding[];
  /** Findings on resources the plan leaves as they are (no-op, read, delete). */
  notAttributed: IacFinding[];
  /** Findings silenced in the code, each with its reason. */
  suppressed: IacFinding[];
  errors: IacParseError[];
  skipped: { file: string; reason: string }[];
  /** What the readers could not evaluate (a module whose code is not in the checkout). */
  notices: IacNotice[];
  /** Where a plan and its source disagree (a stale or edited plan): the stricter verdict stood. */
  disagreements: { file: string; line?: number; address: string; text: string }[];
  attribution: IacAttribution;
  verdicts: IacResourceVerdict[];
  resourceCount: number;
  /** True when the run had no AWS access: nothing live was read. */
  offline: boolean;
  /** Per resource: the live setting its outcome still depends on. */
  dependsOn: { address: string; file: string; line?: number; text: string }[];
  /** What the live reads found, for the report ("us-east-1: required"). */
  live: { accountDefaults: Record<string, string>; amis: Record<string, string>; problems: string[] };
  sarifPath: string;
  /** One line per attributed, unsuppressed error: resource, file:line, why, fix. */
  gateFailures: string[];
}
