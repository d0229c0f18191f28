/**
 * Saying it: the plan as a table a reviewer can approve, and the apply/rollback outcome. Everything
 * that came from AWS (names, tags, ids) is Markdown-escaped: tag values are attacker-controllable.
 */
import { describeFields } from '../model/metadata.js';
import type { ChangeRecord, HeldBackItem, MetadataOptions, Plan } from '../model/types.js';
import type { ApplyOutcome, DryRunResult } from './apply-instances.js';

/** Escapes text for a Markdown table cell. */
export function md(s: string | number | undefined): string {
  if (s === undefined || s === '') return '';
  return String(s)
    .replace(/\\/g, '\\\\')
    .replace(/[|`<>[\]@*_]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

const MAX_ROWS = 2000;

function fields(m: MetadataOptions): string {
  return md(describeFields(m)) || '—';
}

function countText(plan: Plan): string {
  const n = (kind: string) => plan.items.filter((i) => i.kind === kind).length;
  const parts = [
    [n('instance'), 'instance', 'instances'],
    [n('launch-template'), 'launch template', 'launch templates'],
    [n('account-defaults'), 'account default', 'account defaults (regions)'],
  ] as const;
  const some = parts.filter(([c]) => c > 0);
  if (some.length === 0) return '0 instances';
  return some.map(([c, one, many]) => `${c} ${c === 1 ? one : many}`).join(', ');
}

export function planSummary(
  plan: Plan,
  file: string,
  extra: { expired?: string[]; failedRegions?: string[] } = {},
): string {
  const title =
    plan.mode === 'rollback'
      ? `## IMDS Guard rollback plan: ${countText(plan)} to restore`
      : `## IMDS Guard plan (${plan.remediation}): ${countText(plan)} to change`;
  const lines = [
    title,
    '',
    `Scanned ${md(plan.scannedAt)}, planned ${md(plan.createdAt)}. Digest \`${plan.digest}\` — apply refuses any other content. Plan file: \`${md(file)}\`.`,
    '',
  ];
  if (plan.items.length) {
    const usage = plan.mode === 'plan' ? ` IMDSv1 calls (${plan.v1UsageDays} d) |` : '';
    lines.push(
      `| Account | Region | Resource | Name | Change | Unchanged |${usage} Why |`,
      `|---|---|---|---|---|---|${usage ? '--:|' : ''}---|`,
    );
    for (const it of plan.items.slice(0, MAX_ROWS)) {
      const v1 = usage ? ` ${it.v1Calls ?? '—'} |` : '';
      lines.push(
        `| ${it.accountId} | ${md(it.region)} | ${md(it.resourceId)} | ${md(it.name)} | **${md(transitionText(it))}** | ${fields(unchangedFields(it))} |${v1} ${md(it.reason)} |`,
      );
    }
    if (plan.items.length > MAX_ROWS)
      lines.push('', `…and ${plan.items.length - MAX_ROWS} more: see the plan file.`);
  } else {
    lines.push(
      'Nothing to change: every selected instance is already in the target state, held back or exempt.',
    );
  }
  if (plan.heldBack.length) lines.push('', ...heldBackTable(plan.heldBack));
  if (extra.expired?.length) {
    lines.push(
      '',
      `### Expired or malformed exceptions (${extra.expired.length})`,
      '',
      ...extra.expired.map((e) => `- ${e}`),
    );
  }
  if (extra.failedRegions?.length) {
    lines.push('', `⚠️ Not scanned, so not planned: ${extra.failedRegions.map(md).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function heldBackTable(held: HeldBackItem[]): string[] {
  const lines = [
    `### Held back (${held.length})`,
    '',
    '| Account | Region | Instance | Name | Reason |',
    '|---|---|---|---|---|',
  ];
  for (const h of held.slice(0, MAX_ROWS)) {
    lines.push(
      `| ${md(h.accountId)} | ${md(h.region)} | ${md(h.resourceId)} | ${md(h.name)} | ${md(h.reason)} |`,
    );
  }
  if (held.length > MAX_ROWS) lines.push('', `…and ${held.length - MAX_ROWS} more: see the plan file.`);
  return lines;
}

export function refusedDryRunSummary(results: DryRunResult[]): string {
  return [
    '## IMDS Guard: apply refused — permission check failed',
    '',
    'A DryRun of each write operation per region proves the write permission before anything changes. Nothing was changed.',
    '',
    '| Account | Region | Operation | Result |',
    '|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.accountId} | ${md(r.region)} | ${r.operation ?? 'ModifyInstanceMetadataOptions'} | ${r.ok ? '✅ permitted' : `❌ ${md(r.code)}: ${md(r.message)}`} |`,
    ),
    '',
  ].join('\n');
}

/** Outcomes an earlier run left unknown, settled by re-reading AWS at the start of this run. */
export function reconciledSummary(records: ChangeRecord[]): string {
  const lines = [
    `### Reconciled: ${records.length} earlier change${records.length === 1 ? '' : 's'} with an intent but no outcome`,
    '',
    'The run that made them stopped between the AWS call and its outcome line; AWS was re-read and the outcome appended to the change log.',
    '',
    '| Run | Kind | Resource | Region | AWS shows | Detail |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of records.slice(0, MAX_ROWS)) {
    lines.push(
      `| ${md(r.runId)} | ${r.kind} | ${md(r.resourceId)} | ${md(r.region)} | ${r.result === 'applied' ? 'change made' : r.result === 'failed' ? 'change not made' : r.result} | ${md(r.errorMessage)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** A reviewer reads the change itself: `httpTokens: optional → required` (the full states are in the plan file). */
function transitionText(it: Parameters<typeof changeText>[0]): string {
  if (it.kind === 'launch-template') return changeText(it);
  const changed = Object.keys(it.after) as Array<keyof MetadataOptions>;
  return changed.map((f) => `${f}: ${String(it.before[f] ?? 'unset')} → ${String(it.after[f])}`).join(', ');
}

/** The settings a change keeps, so the row shows the whole resulting state without repeating it. */
function unchangedFields(it: { before: MetadataOptions; after: MetadataOptions }): MetadataOptions {
  const kept: MetadataOptions = {};
  for (const [f, v] of Object.entries(it.before) as Array<[keyof MetadataOptions, never]>) {
    if (!(f in it.after) && f !== 'state') kept[f] = v;
  }
  return kept;
}

/** What a change does, in words: instance fields, or a template's version switch. */
function changeText(it: {
  kind: string;
  before: MetadataOptions;
  after: MetadataOptions;
  beforeVersion?: number;
  afterVersion?: number;
}): string {
  if (it.kind === 'launch-template') {
    return it.afterVersion !== undefined
      ? `default version ${it.beforeVersion} → ${it.afterVersion}`
      : `new version from default ${it.beforeVersion} with ${describeFields(it.after)}, made default`;
  }
  return describeFields(it.after);
}

export function applySummary(
  mode: 'apply' | 'rollback',
  plan: Plan,
  outcome: ApplyOutcome,
  records: ChangeRecord[],
  changelog: { path: string; commitUrl?: string; note?: string },
  reconciled: ChangeRecord[] = [],
): string {
  const c = outcome.counts;
  const ok = c.failed === 0;
  const lines = [
    `## IMDS Guard ${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.skipped} skipped ${ok ? '✅' : '❌'}`,
    '',
    `Plan \`${plan.digest}\` (${plan.items.length} instance${plan.items.length === 1 ? '' : 's'}), ${(outcome.durationMs / 1000).toFixed(1)} s. Change log: \`${md(changelog.path)}\`${changelog.commitUrl ? ` — committed in ${changelog.commitUrl}` : ''}${changelog.note ? ` — ${md(changelog.note)}` : ''}.`,
    '',
    '| Account | Region | Applied | Drifted | Failed | Skipped | Modify calls | Throttled | Time |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...outcome.regions.map(
      (r) =>
        `| ${r.accountId} | ${md(r.region)} | ${r.counts.applied} | ${r.counts.drifted} | ${r.counts.failed} | ${r.counts.skipped} | ${r.modifyCalls} | ${r.throttled} | ${(r.durationMs / 1000).toFixed(1)} s |`,
    ),
  ];
  if (reconciled.length) lines.push('', reconciledSummary(reconciled).trimEnd());
  const notApplied = records.filter((r) => r.result !== 'applied');
  if (notApplied.length) {
    lines.push(
      '',
      '### Not applied',
      '',
      '| Resource | Region | Result | Code | Detail |',
      '|---|---|---|---|---|',
    );
    for (const r of notApplied.slice(0, MAX_ROWS)) {
      lines.push(
        `| ${md(r.resourceId)} | ${md(r.region)} | ${r.result} | ${md(r.errorCode)} | ${md(r.errorMessage)} |`,
      );
    }
  }
  const applied = records.filter((r) => r.result === 'applied');
  if (applied.length) {
    lines.push(
      '',
      `<details><summary>Applied (${applied.length})</summary>`,
      '',
      '| Resource | Region | Before | After |',
      '|---|---|---|---|',
    );
    for (const r of applied.slice(0, MAX_ROWS)) {
      const ver = (v?: number) => (r.kind === 'launch-template' && v !== undefined ? ` (version ${v})` : '');
      lines.push(
        `| ${md(r.resourceId)} | ${md(r.region)} | ${fields(r.before)}${ver(r.beforeVersion)} | ${fields(r.after)}${ver(r.afterVersion)} |`,
      );
    }
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
