/**
 * The "This pull request" section's view model: what the pull request's infrastructure code adds or
 * changes that allows IMDSv1, why, and the exact attribute to set; what is suppressed and why; files
 * that could not be checked; what an offline run's outcome depends on. Raw text (from repository
 * files, so hostile): Markdown renders it through `escapeDeep`, HTML through Handlebars' escaping.
 */
import { createHash } from 'node:crypto';
import { type IacFinding, iacRule } from '../assess/iac.js';
import type { IacStageResult } from '../assess/iac-result.js';
import { displayText } from './escape.js';
import { num } from './format.js';

export interface IacRow {
  icon: string;
  level: string;
  ruleId: string;
  rule: string;
  resource: string;
  resourceType: string;
  location: string;
  action: string;
  why: string;
  fix: string;
}

export interface IacView {
  statusIcon: string;
  statusText: string;
  /** e.g. '7 resources in 5 files (Terraform, CloudFormation)'. */
  scopeText: string;
  passed: boolean;
  offline: boolean;
  /** Whether the live threshold takes part in this run's verdict. */
  liveGates: boolean;
  gateText: string;
  rows: IacRow[];
  rowCount: number;
  /** Findings on resources the change leaves as they are (already on the base branch; plan no-op/read/delete). */
  existing: IacRow[];
  /** The summary line of `existing`. */
  existingText: string;
  /** How the change's own findings were told apart (compared with the base, or every resource). */
  attributionText: string;
  /** Files the globs matched that are not IaC, with why; what the readers could not evaluate. */
  skipped: string[];
  notices: string[];
  suppressed: Array<IacRow & { reason: string; tool: string }>;
  errors: Array<{ file: string; message: string }>;
  dependsOn: string[];
  live: string[];
  digest: string;
}

const ICON: Record<string, string> = { error: '❌', warning: '⚠️', note: 'ℹ️' };
const ORDER: Record<string, number> = { error: 0, warning: 1, note: 2 };

function row(f: IacFinding): IacRow {
  return {
    icon: ICON[f.level] ?? '',
    level: f.level,
    ruleId: f.ruleId,
    // The other services' rules name the live audit's rule, so the row and the audit's row match up.
    rule: `${iacRule(f.ruleId).title}${iacRule(f.ruleId).liveRule ? ` (${iacRule(f.ruleId).liveRule})` : ''}`,
    resource: displayText(f.address, 160),
    resourceType: displayText(f.resourceType, 80),
    location: displayText(`${f.file}${f.line ? `:${f.line}` : ''}`, 200),
    action: f.action ?? '',
    // The message starts with "<type> <address>: "; the row has its own columns for those.
    why: displayText(f.message.replace(/^[^:]*: /, ''), 400),
    fix: displayText(f.fix, 200),
  };
}

const sorted = (list: IacFinding[]): IacFinding[] =>
  [...list].sort(
    (a, b) =>
      ORDER[a.level] - ORDER[b.level] || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );

/** At most 50 lines, then one that says how many more (the log has every one). */
const capped = (lines: string[]): string[] =>
  lines.length > 50
    ? [...lines.slice(0, 50), `…and ${num(lines.length - 50)} more (see the run's log)`]
    : lines;

export function buildIacView(r: IacStageResult, liveGates: boolean, pullRequest: boolean): IacView {
  const allowing = r.attributed.filter((f) => f.level === 'error').length;
  const warnings = r.attributed.length - allowing;
  const passed = r.gateFailures.length === 0;
  const formats = [
    ...new Set(
      r.verdicts.map((v) =>
        v.file.endsWith('.json') || v.file.endsWith('.yaml') || v.file.endsWith('.yml')
          ? v.resourceType.startsWith('AWS::')
            ? 'CloudFormation'
            : 'Terraform plan'
          : 'Terraform',
      ),
    ),
  ].sort();
  const statusText = !passed
    ? `${allowing ? `adds or changes ${num(allowing)} resource setting(s) that allow IMDSv1` : 'cannot be fully checked'}${r.errors.length ? ` (${num(r.errors.length)} file(s) could not be checked)` : ''}`
    : warnings
      ? `allows no IMDSv1 as written; ${num(warnings)} warning(s)`
      : 'allows no IMDSv1';
  const view: Omit<IacView, 'digest'> = {
    statusIcon: passed ? (warnings ? '⚠️' : '✅') : '❌',
    statusText,
    scopeText: `${num(r.resourceCount)} resource(s) in ${num(r.files.length)} file(s)${formats.length ? ` (${formats.join(', ')})` : ''}`,
    passed,
    offline: r.offline,
    liveGates,
    gateText: r.offline
      ? 'What the code adds or weakens that allows IMDSv1 fails the run; outcomes that depend on a live setting are warnings.'
      : !pullRequest
        ? 'IMDSv1 errors in the code fail this run, and so does the live threshold.'
        : liveGates
          ? 'This pull request fails on what its code adds that allows IMDSv1 and on the live threshold (pr-gate: iac-and-live).'
          : 'This pull request fails only on what its code adds or weakens that allows IMDSv1; the live posture below is reported, not gating (pr-gate: iac).',
    rows: sorted(r.attributed).map(row),
    rowCount: r.attributed.length,
    existing: sorted(r.notAttributed).map(row),
    existingText:
      r.attribution.mode === 'compared'
        ? `${num(r.notAttributed.length)} finding(s) already on the base branch (${displayText(r.attribution.base ?? '', 12)}) or left as they are by the plan: listed, not gating`
        : `${num(r.notAttributed.length)} finding(s) on resources this change leaves as they are`,
    attributionText: displayText(
      r.attribution.text.charAt(0).toUpperCase() + r.attribution.text.slice(1),
      600,
    ),
    skipped: (r.skipped ?? []).map((k) => displayText(`${k.file}: ${k.reason}`, 400)),
    notices: capped([
      ...(r.disagreements ?? []).map((d) => `${d.file}${d.line ? `:${d.line}` : ''} ${d.address}: ${d.text}`),
      ...(r.notices ?? []).map((n) => `${n.file}${n.line ? `:${n.line}` : ''}: ${n.message}`),
    ]).map((t) => displayText(t, 500)),
    suppressed: sorted(r.suppressed).map((f) => ({
      ...row(f),
      reason: displayText(f.suppression?.reason ?? '', 300),
      tool: f.suppression?.tool ?? '',
    })),
    errors: r.errors.map((e) => ({
      file: displayText(`${e.file}${e.line ? `:${e.line}` : ''}`, 200),
      message: displayText(e.message, 400),
    })),
    dependsOn: r.dependsOn.map((d) =>
      displayText(`${d.address} (${d.file}${d.line ? `:${d.line}` : ''}) ${d.text}`, 400),
    ),
    live: [
      ...Object.entries(r.live.accountDefaults).map(
        ([region, t]) => `Account default HttpTokens in ${region}: ${t}`,
      ),
      ...Object.entries(r.live.amis).map(
        ([id, s]) => `AMI ${id}: ImdsSupport ${s === 'v2.0' ? 'v2.0' : 'not set'}`,
      ),
      ...r.live.problems.map((p) => `Not read: ${p}`),
    ].map((t) => displayText(t, 300)),
  };
  return { ...view, digest: createHash('sha256').update(JSON.stringify(view)).digest('hex').slice(0, 32) };
}
