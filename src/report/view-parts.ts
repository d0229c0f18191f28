/** The view's parts: instance and region rows, charts and trend, next steps, the substantive digest. */
import { createHash } from 'node:crypto';
import { formatPercent } from '../assess/assess.js';
import { ACTION_MAJOR, ACTION_REPOSITORY } from '../model/action-name.js';
import { compareCode } from '../model/text.js';
import type { AssessedInstance, Assessment } from '../model/types.js';
import type { BaselineDiff } from './baseline.js';
import { displayText, mermaidLabel, type Trusted, trusted } from './escape.js';
import { formatDuration, formatScanTime, num, pct, profileName, REGION, signed } from './format.js';
import type { HistoryEntry } from './history.js';
import { consoleUrl, withMarkdownLink } from './links.js';
import type { InstanceRow, RegionRow, ReportView, TrendView, ViewMeta } from './view-types.js';
import { RISK_LABELS, RISK_RANK } from './view-types.js';

// ───────────────────────── rows ─────────────────────────

export function instanceRow(i: AssessedInstance, scannedAtMs: number, tagKey?: string): InstanceRow {
  const risk = i.risk ?? 'no-role';
  const launched = i.launchTime ? Date.parse(i.launchTime) : Number.NaN;
  const up = Number.isNaN(launched) ? -1 : Math.max(0, scannedAtMs - launched);
  const stopped = i.state === 'stopped' || i.state === 'stopping';
  const hop = i.metadata.httpPutResponseHopLimit ?? 1;
  const url = consoleUrl('instance', i.region, i.instanceId);
  let note = '';
  if (i.exception) {
    const e = i.exception;
    const until = e.expires ? ` until ${e.expires}` : '';
    note = e.honoured
      ? `Exempt${until}: ${e.reason}`
      : `Exemption ${e.valid ? 'expired' : 'invalid'}${until}: ${e.reason}`;
  }
  // One literal, then the link, the usage and the tag fields (no spreads, no getter in the literal:
  // links.ts withMarkdownLink).
  const row = {
    risk,
    riskLabel: RISK_LABELS[risk],
    riskRank: RISK_RANK[risk],
    worst: risk === 'role-public',
    name: displayText(i.name ?? '', 80),
    instanceId: i.instanceId,
    accountId: i.accountId,
    region: i.region,
    state: i.state,
    role: displayText(profileName(i.instanceProfileArn), 64),
    publicIp: i.publicIp ? 'yes' : 'no',
    hopLimit: hop,
    hopWide: hop > 1,
    runningFor: stopped ? `stopped (launched ${formatDuration(up)} ago)` : up < 0 ? '—' : formatDuration(up),
    runningForSeconds: stopped || up < 0 ? -1 : Math.floor(up / 1000),
    note: displayText(note, 160),
    url,
  } as InstanceRow;
  withMarkdownLink(row);
  setUsage(row, i);
  if (tagKey !== undefined) row.tagValue = displayText((i.tags?.[tagKey] ?? '').trim(), 80);
  return row;
}

/** The row's usage fields (in this order: the rows' key order is what it was when they were spread in). */
function setUsage(row: InstanceRow, i: AssessedInstance): void {
  if (i.bucket !== 'v1-allowed' || i.v1Calls === undefined) {
    row.willBreak = false;
    row.v1CallsValue = -1;
    row.usage = i.bucket !== 'v1-allowed' ? '' : 'unknown';
    row.v1CallsText = row.usage;
    return;
  }
  const inUse = i.v1Calls > 0;
  row.usage = inUse ? 'in-use' : 'safe';
  row.v1CallsText = inUse ? `${num(i.v1Calls)} (will break)` : '0 (safe)';
  row.v1CallsValue = inUse ? i.v1Calls : 0;
  row.willBreak = inUse;
}

export function emptyRegionsText(a: Assessment, multiAccount: boolean): string {
  const empty = a.byRegion
    .filter((r) => r.rollup.inScope === 0)
    .map((r) => (multiAccount ? `${r.accountId}/${r.region}` : r.region));
  if (empty.length === 0) return '';
  const shown = empty.length > 40 ? [...empty.slice(0, 40), `and ${empty.length - 40} more`] : empty;
  return `${empty.length} region${empty.length === 1 ? '' : 's'} scanned with no in-scope instances: ${shown.join(', ')}.`;
}

export function regionRows(a: Assessment, previous?: HistoryEntry): RegionRow[] {
  return a.byRegion
    .map((r) => {
      const prev = previous?.regions[`${r.accountId}/${r.region}`];
      const v1 = r.rollup.buckets['v1-allowed'];
      const row: RegionRow = {
        accountId: r.accountId,
        region: r.region,
        inScope: num(r.rollup.inScope),
        compliant: num(r.rollup.compliant),
        percentText: pct(r.rollup),
        percentValue: r.rollup.percent.toFixed(4),
        v1: num(v1),
        disabled: num(r.rollup.buckets.disabled),
        pending: num(r.rollup.buckets.pending),
        stopped: num(r.rollup.stopped),
        worse: prev ? v1 > prev[2] : false,
      };
      if (previous) row.deltaV1 = prev ? signed(v1 - prev[2]) : 'new';
      return { row, percent: r.rollup.percent, v1 };
    })
    .sort(
      (x, y) =>
        x.percent - y.percent ||
        y.v1 - x.v1 ||
        compareCode(x.row.accountId, y.row.accountId) ||
        compareCode(x.row.region, y.row.region),
    )
    .map((x) => x.row);
}

// ───────────────────────── charts ─────────────────────────

export function trend(points: HistoryEntry[], threshold: number): TrendView | undefined {
  if (points.length < 2) return undefined;
  const W = 640;
  const H = 220;
  const left = 44;
  const right = 16;
  const top = 14;
  const bottom = 34;
  const values = points.map((p) => p.percent);
  const min = Math.min(...values, threshold);
  const lo = Math.max(0, Math.floor((min - 5) / 10) * 10);
  const span = 100 - lo || 100;
  const xAt = (i: number) => left + (i * (W - left - right)) / (points.length - 1);
  const yAt = (v: number) => top + ((100 - v) / span) * (H - top - bottom);
  const svgPoints = points.map((p, i) => ({
    x: xAt(i).toFixed(1),
    y: yAt(p.percent).toFixed(1),
    label: `${formatScanTime(p.at)}: ${formatPercent(p.compliant, p.inScope)} (${num(p.compliant)} of ${num(p.inScope)})`,
  }));
  const mid = lo + span / 2;
  const day = (iso: string) => iso.slice(5, 10);
  const labelIdx = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])];
  const xLabels = labelIdx.map((i, n) => ({
    x: xAt(i).toFixed(1),
    label: formatScanTime(points[i].at).slice(0, 10),
    anchor: n === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle',
  }));
  // Mermaid: labels are dates we format ourselves; values are numbers re-derived from counts.
  const mermaid = trusted(
    [
      '```mermaid',
      'xychart-beta',
      `    title "IMDSv2 enforcement, last ${points.length} runs"`,
      `    x-axis [${points.map((p) => `"${mermaidLabel(day(p.at))}"`).join(', ')}]`,
      `    y-axis "Enforcement %" ${lo} --> 100`,
      `    line [${values.map((v) => (Math.floor(v * 10) / 10).toFixed(1)).join(', ')}]`,
      '```',
    ].join('\n'),
  );
  return {
    runs: points.length,
    first: formatScanTime(points[0].at),
    last: formatScanTime(points[points.length - 1].at),
    mermaid,
    svg: {
      width: W,
      height: H,
      polyline: svgPoints.map((p) => `${p.x},${p.y}`).join(' '),
      points: svgPoints,
      thresholdY: yAt(Math.max(lo, threshold)).toFixed(1),
      gridlines: [100, mid, lo].map((v) => ({ y: yAt(v).toFixed(1), label: `${Math.round(v)}%` })),
      xLabels,
    },
    rows: [...points].reverse().map((p) => ({
      at: formatScanTime(p.at),
      percentText: formatPercent(p.compliant, p.inScope),
      compliant: num(p.compliant),
      inScope: num(p.inScope),
      v1: num(p.buckets[1]),
    })),
  };
}

// ───────────────────────── next steps ─────────────────────────

export const COMPLIANCE_MAPPING: ReportView['next']['mapping'] = [
  { framework: 'AWS Security Hub', control: 'EC2.8 (High)', scope: 'EC2 instances should use IMDSv2' },
  { framework: 'AWS Security Hub', control: 'EC2.170', scope: 'EC2 launch templates should use IMDSv2' },
  {
    framework: 'AWS Security Hub',
    control: 'AutoScaling.3',
    scope: 'Auto Scaling launch configurations should require IMDSv2',
  },
  {
    framework: 'CIS AWS Foundations',
    control: '5.6 (v2.0, v3.0)',
    scope: 'EC2 metadata service only allows IMDSv2',
  },
  {
    framework: 'CIS AWS Foundations',
    control: '5.7 (v4.0, v5.0)',
    scope: 'EC2 metadata service only allows IMDSv2',
  },
  {
    framework: 'CIS AWS Foundations',
    control: '6.7 (v6.0)',
    scope: 'EC2 metadata service only allows IMDSv2',
  },
  {
    framework: 'MITRE ATT&CK',
    control: 'T1552.005',
    scope: 'Unsecured Credentials: Cloud Instance Metadata API (mitigations M1042, M1037)',
  },
];

export function remediationStep(a: Assessment, meta: ViewMeta): Trusted {
  const regions = [...new Set(a.instances.filter((i) => i.bucket === 'v1-allowed').map((i) => i.region))]
    .filter((r) => REGION.test(r))
    .sort();
  const readRole =
    meta.roleToAssume && /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@\-/]+$/.test(meta.roleToAssume)
      ? meta.roleToAssume
      : undefined;
  // The account this audit scanned (apply runs per account): the role's, else the first in the report.
  const account =
    /^arn:aws[\w-]*:iam::(\d{12}):/.exec(readRole ?? '')?.[1] ??
    a.byAccount.map((x) => x.accountId).find((id) => /^\d{12}$/.test(id)) ??
    '123456789012';
  const partition = /^arn:(aws[\w-]*):/.exec(readRole ?? '')?.[1] ?? 'aws';
  // The sub-actions of the action that wrote this report (owner/repo@ref → owner/repo/plan@ref).
  const m = /^([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([\w./-]+)$/.exec(meta.actionRef);
  const [repo, ref] = m ? [m[1], m[2]] : [ACTION_REPOSITORY, ACTION_MAJOR];
  const regionList = regions.length ? regions.slice(0, 20).join(',') : 'all';
  return trusted(
    [
      `# Account ${account}. The complete workflow: .github/workflows/remediate.yml of IMDS Guard's repository.`,
      'concurrency: imds-guard-remediation',
      'jobs:',
      '  # 1. plan (read-only): what changes, after checking 14 days of MetadataNoToken',
      '  plan:',
      '    runs-on: ubuntu-latest',
      '    permissions: { id-token: write, contents: read }',
      '    outputs:',
      '      plan-digest: ${{ steps.plan.outputs.plan-digest }}',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - id: plan',
      `        uses: ${repo}/plan@${ref}`,
      '        with:',
      `          role-to-assume: ${readRole ?? `arn:${partition}:iam::${account}:role/IMDSGuardReadOnly`}`,
      `          regions: ${regionList}`,
      '          remediation: require-v2',
      '          v1-usage-days: 14',
      '      - uses: actions/upload-artifact@v4',
      '        with: { name: imds-guard-plan, path: imds-guard-plan.json }',
      "  # 2. apply exactly that plan (pinned by its digest), after the environment's reviewers approve",
      '  apply:',
      '    needs: plan',
      '    runs-on: ubuntu-latest',
      '    environment: imds-production',
      '    permissions: { id-token: write, contents: write }',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/download-artifact@v4',
      '        with: { name: imds-guard-plan }',
      `      - uses: ${repo}/apply@${ref}`,
      '        with:',
      '          plan-digest: ${{ needs.plan.outputs.plan-digest }}',
      `          role-to-assume: arn:${partition}:iam::${account}:role/IMDSGuardRemediation`,
      '          approval-environment: imds-production',
      '      - if: always()',
      '        uses: actions/upload-artifact@v4',
      '        with: { name: imds-guard-changelog, path: .imds-guard/changelog.jsonl, if-no-files-found: ignore }',
    ].join('\n'),
  );
}

// ───────────────────────── digest ─────────────────────────

/**
 * A digest of what the report says, without what changes on every run (scan time, durations, run
 * links, the trend): the sticky comment is rewritten only when this changes.
 */
export function substantiveDigest(
  a: Assessment,
  reportId: string,
  version: string,
  baseline?: BaselineDiff,
): string {
  const v1 = a.instances
    .filter((i) => i.bucket === 'v1-allowed')
    .map((i) => [
      i.accountId,
      i.region,
      i.instanceId,
      i.name ?? '',
      i.state === 'stopped' || i.state === 'stopping' ? 'stopped' : 'up',
      i.risk ?? '',
      i.instanceProfileArn ?? '',
      i.metadata.httpPutResponseHopLimit ?? 1,
      i.exception ? [i.exception.honoured, i.exception.reason, i.exception.expires ?? ''] : null,
      // Whether it made IMDSv1 calls (not how many: that changes every day).
      i.v1Calls === undefined ? '' : i.v1Calls > 0,
    ]);
  const canonical = JSON.stringify({
    reportId,
    version,
    rule: a.rule.id,
    gate: [a.gate.passed, a.gate.threshold, a.gate.failures],
    totals: a.totals,
    regions: a.byRegion.map((r) => [r.accountId, r.region, r.rollup]),
    accounts: a.byAccount.map((x) => [x.accountId, x.status, x.error?.code ?? '', x.rollup]),
    failedRegions: a.failedRegions.map((r) => [
      r.accountId,
      r.region,
      r.error?.code ?? '',
      r.error?.message ?? '',
    ]),
    failedAccounts: a.failedAccounts.map((x) => [x.accountId, x.error?.code ?? '']),
    v1,
    posture: a.posture ?? null,
    autoScaling: (a.autoScalingGroups ?? []).map((g) => [g.accountId, g.region, g.name, g.verdict, g.reason]),
    rejected: a.instances.filter((i) => (i.v1Rejected ?? 0) > 0).map((i) => i.instanceId),
    byTag: a.byTag ? [a.byTag.key, a.byTag.rows.map((r) => [r.value, r.rollup])] : null,
    hopLimit: a.hopLimit ? a.hopLimit.findings.map((f) => [f.instanceId, f.hopLimit, f.allowed]) : null,
    outOfScope: a.outOfScope,
    baseline: baseline
      ? [
          baseline.scannedAt,
          baseline.regressions.map((r) => [r.instance.instanceId, r.was ?? '']),
          baseline.fixed,
        ]
      : null,
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
