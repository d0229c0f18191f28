/** The view's parts: instance and region rows, charts and trend, next steps, the substantive digest. */
import { createHash } from 'node:crypto';
import { formatPercent } from '../assess/assess.js';
import type { AssessedInstance, Assessment, Bucket, Rollup } from '../model/types.js';
import type { BaselineDiff } from './baseline.js';
import { displayText, mermaidLabel, type Trusted, trusted } from './escape.js';
import { formatDuration, formatScanTime, num, pct, profileName, REGION, signed } from './format.js';
import type { HistoryEntry } from './history.js';
import type { InstanceRow, RegionRow, ReportView, Segment, TrendView, ViewMeta } from './view-types.js';
import { BUCKET_LABELS, RISK_LABELS, RISK_RANK } from './view-types.js';

// ───────────────────────── rows ─────────────────────────

export function instanceRow(i: AssessedInstance, scannedAtMs: number): InstanceRow {
  const risk = i.risk ?? 'no-role';
  const launched = i.launchTime ? Date.parse(i.launchTime) : Number.NaN;
  const up = Number.isNaN(launched) ? -1 : Math.max(0, scannedAtMs - launched);
  const stopped = i.state === 'stopped' || i.state === 'stopping';
  const hop = i.metadata.httpPutResponseHopLimit ?? 1;
  let note = '';
  if (i.exception) {
    const e = i.exception;
    const until = e.expires ? ` until ${e.expires}` : '';
    note = e.honoured
      ? `Exempt${until}: ${e.reason}`
      : `Exemption ${e.valid ? 'expired' : 'invalid'}${until}: ${e.reason}`;
  }
  return {
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
  };
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
        x.row.accountId.localeCompare(y.row.accountId) ||
        x.row.region.localeCompare(y.row.region),
    )
    .map((x) => x.row);
}

// ───────────────────────── charts ─────────────────────────

const SEGMENT_ORDER: Bucket[] = ['v2-required', 'disabled', 'pending', 'v1-allowed'];
const BAR_WIDTH = 600;

export function split(t: Rollup): ReportView['split'] {
  let x = 0;
  const segments: Segment[] = [];
  for (const bucket of SEGMENT_ORDER) {
    const count = t.buckets[bucket];
    const width = t.inScope === 0 ? 0 : (count / t.inScope) * BAR_WIDTH;
    segments.push({
      bucket,
      label: BUCKET_LABELS[bucket],
      count,
      countText: num(count),
      shareText: t.inScope === 0 ? '0%' : formatPercent(count, t.inScope),
      cls: `b-${bucket}`,
      x: x.toFixed(2),
      width: width.toFixed(2),
    });
    x += width;
  }
  const shown = segments.filter((s) => s.count > 0);
  const mermaid =
    t.inScope === 0
      ? undefined
      : trusted(
          [
            '```mermaid',
            'pie showData title In-scope instances by IMDS setting',
            ...shown.map((s) => `    "${mermaidLabel(s.label)}" : ${s.count}`),
            '```',
          ].join('\n'),
        );
  return { segments, mermaid, total: num(t.inScope), width: BAR_WIDTH };
}

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
  const role =
    meta.roleToAssume && /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@\-/]+$/.test(meta.roleToAssume)
      ? meta.roleToAssume
      : 'arn:aws:iam::123456789012:role/IMDSGuardAudit';
  const ref = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(meta.actionRef)
    ? meta.actionRef
    : 'imds-guard/imds-guard@v1';
  const regionList = regions.length ? regions.slice(0, 20).join(',') : 'all';
  return trusted(
    [
      '# 1. plan (read-only): which instances change, after checking 14 days of MetadataNoToken',
      'plan:',
      '  runs-on: ubuntu-latest',
      '  permissions: { id-token: write, contents: read }',
      '  steps:',
      `    - uses: ${ref}`,
      '      with:',
      '        mode: plan',
      `        role-to-assume: ${role}`,
      `        regions: ${regionList}`,
      '        remediation: require-v2',
      '        v1-usage-days: 14',
      '    - uses: actions/upload-artifact@v4',
      '      with: { name: imds-guard-plan, path: imds-guard-plan.json }',
      "# 2. apply exactly that plan, after the environment's required reviewers approve",
      'apply:',
      '  needs: plan',
      '  runs-on: ubuntu-latest',
      '  environment: imds-remediation',
      '  permissions: { id-token: write, contents: write }',
      '  steps:',
      '    - uses: actions/download-artifact@v4',
      '      with: { name: imds-guard-plan }',
      `    - uses: ${ref}`,
      '      with:',
      '        mode: apply',
      '        role-to-assume: arn:aws:iam::123456789012:role/IMDSGuardRemediate',
      '        approval-environment: imds-remediation',
      '        plan-file: imds-guard-plan.json',
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
