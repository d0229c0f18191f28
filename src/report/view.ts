/**
 * The one view model every report format renders: Markdown (file, job summary, PR comment) and HTML.
 * Every number, label, percentage, duration and chart coordinate is computed here, so templates only
 * place values. Pure: no I/O, no clock (durations are relative to the scan time).
 *
 * Strings here are raw text (tag values included). HTML templates rely on Handlebars' escaping;
 * Markdown rendering passes the whole view through `escapeDeep` first. Values that are Markdown the
 * report built itself are wrapped in `Trusted`.
 */
import { createHash } from 'node:crypto';
import { byRisk, formatPercent } from '../assess/assess.js';
import type { AssessedInstance, Assessment, Bucket, RiskTier, Rollup } from '../model/types.js';
import type { BaselineDiff } from './baseline.js';
import { displayText, mermaidLabel, type Trusted, trusted } from './escape.js';
import type { HistoryEntry } from './history.js';

export interface ViewMeta {
  version: string;
  /** comment-id: the report's identity (sticky comment marker, history entries). */
  reportId: string;
  repository?: string;
  runUrl?: string;
  /** `owner/repo@ref` for the remediation step. */
  actionRef: string;
  roleToAssume?: string;
  /** Display paths of the files written (relative to the workspace). */
  files: { json: string; markdown: string; html: string };
  historyLength: number;
}

export interface ViewInput {
  assessment: Assessment;
  meta: ViewMeta;
  /** Past runs, oldest first, NOT including this one. */
  history?: HistoryEntry[];
  baseline?: BaselineDiff;
}

export const BUCKET_LABELS: Record<Bucket, string> = {
  'v2-required': 'IMDSv2 required',
  'v1-allowed': 'IMDSv1 allowed',
  disabled: 'Endpoint disabled',
  pending: 'Change pending',
};

export const RISK_LABELS: Record<RiskTier, string> = {
  'role-public': 'Role + public IP',
  role: 'Role',
  'no-role': 'No role',
};

const RISK_RANK: Record<RiskTier, number> = { 'role-public': 1, role: 2, 'no-role': 3 };

export interface InstanceRow {
  risk: RiskTier;
  riskLabel: string;
  riskRank: number;
  worst: boolean;
  name: string;
  instanceId: string;
  accountId: string;
  region: string;
  state: string;
  role: string;
  publicIp: string;
  hopLimit: number;
  hopWide: boolean;
  runningFor: string;
  /** For sorting; -1 when unknown. */
  runningForSeconds: number;
  note: string;
  /** Regressions only: what it was in the baseline. */
  was?: string;
}

export interface RegionRow {
  accountId: string;
  region: string;
  inScope: string;
  compliant: string;
  percentText: string;
  percentValue: string;
  v1: string;
  disabled: string;
  pending: string;
  stopped: string;
  deltaV1?: string;
  worse: boolean;
}

export interface Segment {
  bucket: Bucket;
  label: string;
  count: number;
  countText: string;
  shareText: string;
  cls: string;
  x: string;
  width: string;
}

export interface TrendView {
  runs: number;
  first: string;
  last: string;
  mermaid: Trusted;
  svg: {
    width: number;
    height: number;
    polyline: string;
    points: Array<{ x: string; y: string; label: string }>;
    thresholdY: string;
    gridlines: Array<{ y: string; label: string }>;
    xLabels: Array<{ x: string; label: string; anchor: string }>;
  };
  rows: Array<{ at: string; percentText: string; compliant: string; inScope: string; v1: string }>;
}

export interface ReportView {
  title: string;
  reportId: string;
  version: string;
  repository: string;
  runUrl?: string;
  files: ViewMeta['files'];
  digest: string;
  headline: {
    percentText: string;
    thresholdText: string;
    passed: boolean;
    statusText: string;
    statusIcon: string;
    ruleId: string;
    ruleName: string;
    ruleDescription: string;
    compliant: string;
    inScope: string;
    emptyFleet: boolean;
    accountsScanned: string;
    regionsScanned: string;
    scannedAt: string;
    scannedAtText: string;
    durationText: string;
    outOfScope: string;
    stopped: string;
    exempted: string;
    hasExempted: boolean;
    failures: string[];
    change?: {
      text: string;
      direction: 'up' | 'down' | 'same';
      since: string;
      v1Text: string;
      ruleChanged: boolean;
    };
  };
  split: { segments: Segment[]; mermaid?: Trusted; total: string; width: number };
  regions: {
    /** Regions with in-scope instances (an empty region is listed in `emptyText` instead). */
    rows: RegionRow[];
    /** e.g. '12 regions with no in-scope instances: ap-northeast-1, …'; '' when none. */
    emptyText: string;
    showAccount: boolean;
    failed: Array<{ accountId: string; region: string; code: string; message: string }>;
    failedAccounts: Array<{ accountId: string; code: string; message: string }>;
    hasProblems: boolean;
  };
  accounts?: {
    rows: Array<{
      accountId: string;
      status: string;
      failed: boolean;
      inScope: string;
      compliant: string;
      percentText: string;
      percentValue: string;
      v1: string;
      reason: string;
    }>;
  };
  v1: {
    total: number;
    totalText: string;
    rows: InstanceRow[];
    tiers: Array<{ tier: RiskTier; label: string; count: string }>;
    worstCount: string;
  };
  roles: {
    withRole: string;
    tiers: Array<{ label: string; count: string }>;
    profiles: Array<{ profile: string; instances: string; v1: string; public: string }>;
    profileCount: number;
  };
  regressions?: {
    since: string;
    count: number;
    countText: string;
    rows: InstanceRow[];
    fixed: string;
    removed: string;
    percentText: string;
    ruleChanged: boolean;
  };
  posture?: {
    summary: string[];
    accountDefaults: Array<{
      accountId: string;
      region: string;
      tokens: string;
      hop: string;
      endpoint: string;
      managedBy: string;
      allowsV1: boolean;
      verdict: string;
    }>;
    launchTemplates: Array<{
      name: string;
      id: string;
      accountId: string;
      region: string;
      defaultVersion: string;
      latestVersion: string;
      instances: string;
      groups: string;
      allowsV1: boolean;
      verdict: string;
    }>;
    images: Array<{
      id: string;
      name: string;
      accountId: string;
      region: string;
      support: string;
      instances: string;
      v2: boolean;
    }>;
    launchConfigurations: Array<{ name: string; accountId: string; region: string; configuration: string }>;
  };
  expiredExceptions: Array<{
    instanceId: string;
    name: string;
    region: string;
    reason: string;
    expires: string;
  }>;
  trend?: TrendView;
  next: {
    allCompliant: boolean;
    step: Trusted;
    steps: string[];
    mapping: Array<{ framework: string; control: string; scope: string }>;
  };
}

// ───────────────────────── formatting helpers (pure) ─────────────────────────

export const num = (n: number): string => n.toLocaleString('en-US');

export function pct(r: Pick<Rollup, 'compliant' | 'inScope'>): string {
  return formatPercent(r.compliant, r.inScope);
}

/** "3 d", "5 h", "12 min", "1.4 y": how long between two instants. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const min = Math.floor(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h`;
  const d = Math.floor(h / 24);
  if (d < 365) return `${d} d`;
  return `${(Math.floor((d / 365.25) * 10) / 10).toFixed(1)} y`;
}

export function formatScanTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

/** Percentage points between two exact percentages, e.g. "+1.2 pp", "−0.4 pp", "±0 pp". */
export function formatDelta(
  now: number,
  before: number,
): { text: string; direction: 'up' | 'down' | 'same' } {
  const d = now - before;
  if (Math.abs(d) < 1e-9) return { text: '±0 pp', direction: 'same' };
  const abs = Math.abs(d);
  const shown = abs < 0.1 ? '<0.1' : (Math.floor(abs * 10) / 10).toFixed(1);
  return d > 0 ? { text: `+${shown} pp`, direction: 'up' } : { text: `−${shown} pp`, direction: 'down' };
}

const signed = (n: number): string => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '±0');

/** The instance profile's name from its ARN (arn:aws:iam::1:instance-profile/path/Name → Name). */
export function profileName(arn: string | undefined): string {
  if (!arn) return '';
  const tail = arn.split(':instance-profile/')[1] ?? arn;
  return tail.split('/').pop() ?? tail;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

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

function emptyRegionsText(a: Assessment, multiAccount: boolean): string {
  const empty = a.byRegion
    .filter((r) => r.rollup.inScope === 0)
    .map((r) => (multiAccount ? `${r.accountId}/${r.region}` : r.region));
  if (empty.length === 0) return '';
  const shown = empty.length > 40 ? [...empty.slice(0, 40), `and ${empty.length - 40} more`] : empty;
  return `${empty.length} region${empty.length === 1 ? '' : 's'} scanned with no in-scope instances: ${shown.join(', ')}.`;
}

function regionRows(a: Assessment, previous?: HistoryEntry): RegionRow[] {
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

function split(t: Rollup): ReportView['split'] {
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

function trend(points: HistoryEntry[], threshold: number): TrendView | undefined {
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

function remediationStep(a: Assessment, meta: ViewMeta): Trusted {
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

// ───────────────────────── the view ─────────────────────────

export function buildView(input: ViewInput): ReportView {
  const { assessment: a, meta } = input;
  const t = a.totals;
  const scannedAtMs = Date.parse(a.scannedAt);
  const history = (input.history ?? []).filter((h) => h.at < a.scannedAt);
  const previous = history.length ? history[history.length - 1] : undefined;

  let change: ReportView['headline']['change'];
  if (previous) {
    const d = formatDelta(t.percent, previous.percent);
    change = {
      ...d,
      since: formatScanTime(previous.at),
      v1Text: signed(t.buckets['v1-allowed'] - previous.buckets[1]),
      ruleChanged: previous.rule !== '' && previous.rule !== a.rule.id,
    };
  }

  const v1Instances = a.instances.filter((i) => i.bucket === 'v1-allowed').sort(byRisk);
  const withRole = a.instances.filter((i) => i.instanceProfileArn);
  const profiles = new Map<string, { instances: number; v1: number; pub: number }>();
  for (const i of withRole) {
    const name = profileName(i.instanceProfileArn);
    const p = profiles.get(name) ?? { instances: 0, v1: 0, pub: 0 };
    p.instances++;
    if (i.bucket === 'v1-allowed') p.v1++;
    if (i.risk === 'role-public') p.pub++;
    profiles.set(name, p);
  }

  const multiAccount = a.byAccount.length > 1 || new Set(a.byRegion.map((r) => r.accountId)).size > 1;
  const failures = a.gate.failures.map((f) => displayText(f, 2000));

  const view: ReportView = {
    title: 'IMDS Guard report',
    reportId: meta.reportId,
    version: meta.version,
    repository: meta.repository ?? '',
    runUrl: meta.runUrl,
    files: meta.files,
    digest: substantiveDigest(a, meta.reportId, meta.version, input.baseline),
    headline: {
      percentText: formatPercent(t.compliant, t.inScope),
      thresholdText: `${a.gate.threshold}%`,
      passed: a.gate.passed,
      statusText: a.gate.passed ? 'Passed' : 'Failed',
      statusIcon: a.gate.passed ? '✅' : '❌',
      ruleId: a.rule.id,
      ruleName: a.rule.name,
      ruleDescription: a.rule.description,
      compliant: num(t.compliant),
      inScope: num(t.inScope),
      emptyFleet: t.inScope === 0,
      accountsScanned: num(a.accountsScanned),
      regionsScanned: num(a.regionsScanned),
      scannedAt: a.scannedAt,
      scannedAtText: formatScanTime(a.scannedAt),
      durationText: formatMs(a.durationMs),
      outOfScope: num(a.outOfScope),
      stopped: num(t.stopped),
      exempted: num(t.exempted),
      hasExempted: t.exempted > 0,
      failures,
      change,
    },
    split: split(t),
    regions: {
      rows: regionRows(a, previous).filter((r) => r.inScope !== '0'),
      emptyText: emptyRegionsText(a, multiAccount),
      showAccount: multiAccount,
      failed: a.failedRegions.map((r) => ({
        accountId: r.accountId,
        region: r.region,
        code: displayText(r.error?.code ?? 'Error', 80),
        message: displayText(r.error?.message ?? '', 200),
      })),
      failedAccounts: a.failedAccounts.map((x) => ({
        accountId: x.accountId,
        code: displayText(x.error?.code ?? 'Error', 80),
        message: displayText(x.error?.message ?? '', 200),
      })),
      hasProblems: a.failedRegions.length + a.failedAccounts.length > 0,
    },
    v1: {
      total: v1Instances.length,
      totalText: num(v1Instances.length),
      rows: v1Instances.map((i) => instanceRow(i, scannedAtMs)),
      tiers: (['role-public', 'role', 'no-role'] as RiskTier[]).map((tier) => ({
        tier,
        label: RISK_LABELS[tier],
        count: num(t.risk[tier]),
      })),
      worstCount: num(t.risk['role-public']),
    },
    roles: {
      withRole: num(t.withRole),
      tiers: [
        { label: 'IMDSv1 allowed, role + public IP', count: num(t.risk['role-public']) },
        { label: 'IMDSv1 allowed, role', count: num(t.risk.role) },
        {
          label: 'Not exposed to IMDSv1 (v2 required, disabled or pending)',
          count: num(t.withRole - t.risk['role-public'] - t.risk.role),
        },
      ],
      profiles: [...profiles.entries()]
        .sort(
          (x, y) =>
            y[1].v1 - x[1].v1 ||
            y[1].pub - x[1].pub ||
            y[1].instances - x[1].instances ||
            x[0].localeCompare(y[0]),
        )
        .map(([profile, p]) => ({
          profile: displayText(profile, 64),
          instances: num(p.instances),
          v1: num(p.v1),
          public: num(p.pub),
        })),
      profileCount: profiles.size,
    },
    expiredExceptions: a.expiredExceptions.map((i) => ({
      instanceId: i.instanceId,
      name: displayText(i.name ?? '', 80),
      region: i.region,
      reason: displayText(i.exception?.reason ?? '', 120),
      expires: i.exception?.expires ?? (i.exception?.valid ? '' : 'invalid'),
    })),
    next: {
      allCompliant: t.buckets['v1-allowed'] === 0,
      step: remediationStep(a, meta),
      steps: [
        'Run a plan: it lists exactly which instances change and holds back any that made IMDSv1 calls (CloudWatch MetadataNoToken) in the window.',
        'Apply the reviewed plan through a GitHub Environment with required reviewers; every change is recorded with its before-state and can be rolled back per instance.',
        'Watch MetadataNoTokenRejected after the change, then require IMDSv2 in the account defaults and launch templates so new launches stay compliant.',
      ],
      mapping: COMPLIANCE_MAPPING,
    },
  };

  if (multiAccount) {
    view.accounts = {
      rows: a.byAccount.map((x) => ({
        accountId: x.accountId,
        status: x.status,
        failed: x.status === 'failed',
        inScope: num(x.rollup.inScope),
        compliant: num(x.rollup.compliant),
        percentText: x.status === 'failed' ? '—' : pct(x.rollup),
        percentValue: x.status === 'failed' ? '-1' : x.rollup.percent.toFixed(4),
        v1: num(x.rollup.buckets['v1-allowed']),
        reason: x.error ? displayText(`${x.error.code}: ${x.error.message}`, 200) : '',
      })),
    };
  }

  if (input.baseline) {
    const b = input.baseline;
    view.regressions = {
      since: formatScanTime(b.scannedAt),
      count: b.regressions.length,
      countText: num(b.regressions.length),
      rows: b.regressions.map((r) => ({
        ...instanceRow(r.instance, scannedAtMs),
        was: r.was ? BUCKET_LABELS[r.was] : 'new instance',
      })),
      fixed: num(b.fixed),
      removed: num(b.removed),
      percentText: formatPercent(b.compliant, b.inScope),
      ruleChanged: b.ruleChanged,
    };
  }

  if (a.posture) view.posture = posture(a);

  const current: HistoryEntry = {
    v: 1,
    at: a.scannedAt,
    id: meta.reportId,
    rule: a.rule.id,
    percent: t.percent,
    compliant: t.compliant,
    inScope: t.inScope,
    passed: a.gate.passed,
    buckets: [t.buckets['v2-required'], t.buckets['v1-allowed'], t.buckets.disabled, t.buckets.pending],
    regions: {},
  };
  const tr = trend([...history, current].slice(-Math.max(2, meta.historyLength)), a.gate.threshold);
  if (tr) view.trend = tr;
  return view;
}

function tokensText(t?: string): string {
  return t === 'required' ? 'required' : t === 'optional' ? 'optional' : 'no preference';
}

function posture(a: Assessment): NonNullable<ReportView['posture']> {
  const p = a.posture!;
  const defaults = [...p.accountDefaults]
    .sort(
      (x, y) =>
        Number(y.allowsV1) - Number(x.allowsV1) ||
        x.accountId.localeCompare(y.accountId) ||
        x.region.localeCompare(y.region),
    )
    .map((d) => ({
      accountId: d.accountId,
      region: d.region,
      tokens: tokensText(d.httpTokens),
      hop:
        d.httpPutResponseHopLimit === undefined || d.httpPutResponseHopLimit < 0
          ? 'no preference'
          : String(d.httpPutResponseHopLimit),
      endpoint: d.httpEndpoint ?? 'no preference',
      managedBy: d.managedBy ?? 'account',
      allowsV1: d.allowsV1,
      verdict: d.allowsV1 ? 'new launches may allow IMDSv1' : 'new launches require IMDSv2',
    }));
  const version = (v: { versionNumber: number; httpTokens?: string; httpEndpoint?: string }) =>
    `v${v.versionNumber}: ${v.httpEndpoint === 'disabled' ? 'endpoint disabled' : `tokens ${v.httpTokens ?? 'not set'}`}`;
  const templates = [...p.launchTemplates]
    .sort(
      (x, y) =>
        Number(y.allowsV1) - Number(x.allowsV1) ||
        y.instancesUsing - x.instancesUsing ||
        x.name.localeCompare(y.name),
    )
    .map((lt) => ({
      name: displayText(lt.name, 80),
      id: lt.launchTemplateId,
      accountId: lt.accountId,
      region: lt.region,
      defaultVersion: version(lt.defaultVersion),
      latestVersion: version(lt.latestVersion),
      instances: num(lt.instancesUsing),
      groups: displayText(lt.autoScalingGroups.join(', '), 120),
      allowsV1: lt.allowsV1,
      verdict: lt.allowsV1 ? 'allows IMDSv1' : 'IMDSv2 only',
    }));
  const images = [...p.images]
    .sort(
      (x, y) =>
        Number(x.imdsSupport === 'v2.0') - Number(y.imdsSupport === 'v2.0') ||
        y.instancesUsing - x.instancesUsing ||
        x.imageId.localeCompare(y.imageId),
    )
    .map((im) => ({
      id: im.imageId,
      name: displayText(im.name ?? '', 80),
      accountId: im.accountId,
      region: im.region,
      support: im.imdsSupport === 'v2.0' ? 'v2.0 (launches as IMDSv2)' : 'not set',
      instances: num(im.instancesUsing),
      v2: im.imdsSupport === 'v2.0',
    }));
  const lcs = p.autoScalingGroupsOnLaunchConfigurations.map((g) => ({
    name: displayText(g.name, 80),
    accountId: g.accountId,
    region: g.region,
    configuration: displayText(g.launchConfigurationName ?? '', 80),
  }));
  const summary: string[] = [];
  if (defaults.length)
    summary.push(
      `${num(defaults.filter((d) => d.allowsV1).length)} of ${num(defaults.length)} account/region defaults let new launches allow IMDSv1`,
    );
  if (templates.length)
    summary.push(
      `${num(templates.filter((d) => d.allowsV1).length)} of ${num(templates.length)} launch templates allow IMDSv1`,
    );
  if (images.length)
    summary.push(
      `${num(images.filter((d) => !d.v2).length)} of ${num(images.length)} AMIs in use are not marked ImdsSupport v2.0`,
    );
  if (lcs.length)
    summary.push(`${num(lcs.length)} Auto Scaling groups still use launch configurations (AutoScaling.3)`);
  return {
    summary,
    accountDefaults: defaults,
    launchTemplates: templates,
    images,
    launchConfigurations: lcs,
  };
}
