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
import { formatPercent, sortByRisk } from '../assess/assess.js';
import { compareCode } from '../model/text.js';
import type { Assessment, RiskTier } from '../model/types.js';
import { displayText } from './escape.js';
import { formatDelta, formatMs, formatScanTime, num, pct, profileName, signed } from './format.js';
import type { HistoryEntry } from './history.js';
import { linked } from './links.js';
import { applySections } from './sections/index.js';
import {
  COMPLIANCE_MAPPING,
  emptyRegionsText,
  instanceRow,
  regionRows,
  remediationStep,
  substantiveDigest,
  trend,
} from './view-parts.js';
import { hopLimitView, ruleSplit, usageView } from './view-sections.js';
import type { ReportView, ViewInput } from './view-types.js';
import { BUCKET_LABELS, RISK_LABELS, RowList } from './view-types.js';

export * from './format.js';
export { COMPLIANCE_MAPPING, instanceRow, substantiveDigest } from './view-parts.js';
export * from './view-types.js';

// ───────────────────────── the view ─────────────────────────

export function buildView(input: ViewInput): ReportView {
  const { assessment: a, meta } = input;
  const t = a.totals;
  const scannedAtMs = Date.parse(a.scannedAt);
  const history = (input.history ?? []).filter((h) => h.at < a.scannedAt);
  const previous = history.length ? history[history.length - 1] : undefined;
  const multiAccount = a.byAccount.length > 1 || new Set(a.byRegion.map((r) => r.accountId)).size > 1;
  const v1Instances = sortByRisk(a.instances.filter((i) => i.bucket === 'v1-allowed'));

  const view: ReportView = {
    title: 'IMDS Guard report',
    reportId: meta.reportId,
    version: meta.version,
    repository: meta.repository ?? '',
    runUrl: meta.runUrl,
    files: meta.files,
    digest: input.iac
      ? createHash('sha256')
          .update(`${substantiveDigest(a, meta.reportId, meta.version, input.baseline)}\0${input.iac.digest}`)
          .digest('hex')
          .slice(0, 32)
      : substantiveDigest(a, meta.reportId, meta.version, input.baseline),
    iac: input.iac,
    guardrails: input.guardrails,
    headline: headlineView(input, previous),
    split: ruleSplit(a),
    usage: usageView(a, scannedAtMs),
    hopLimit: hopLimitView(a),
    regions: regionsView(a, previous, multiAccount),
    v1: {
      total: v1Instances.length,
      totalText: num(v1Instances.length),
      rows: RowList.of(v1Instances, (i) => instanceRow(i, scannedAtMs, a.byTag?.key)),
      tiers: (['role-public', 'role', 'no-role'] as RiskTier[]).map((tier) => ({
        tier,
        label: RISK_LABELS[tier],
        count: num(t.risk[tier]),
      })),
      worstCount: num(t.risk['role-public']),
    },
    roles: rolesView(a),
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
      steps: [...NEXT_STEPS],
      mapping: COMPLIANCE_MAPPING,
    },
  };
  if (multiAccount) view.accounts = accountsView(a);
  if (input.baseline) view.regressions = regressionsView(input.baseline, scannedAtMs);
  if (a.posture) view.posture = posture(a);
  applySections(view, a, scannedAtMs);
  const tr = trend(
    [...history, currentEntry(a, meta.reportId)].slice(-Math.max(2, meta.historyLength)),
    a.gate.threshold,
  );
  if (tr) view.trend = tr;
  return view;
}

const NEXT_STEPS = [
  'Run a plan: it lists exactly which instances change and holds back any that made IMDSv1 calls (CloudWatch MetadataNoToken) in the window.',
  'Apply the reviewed plan through a GitHub Environment with required reviewers; every change is recorded with its before-state and can be rolled back per instance.',
  'Watch MetadataNoTokenRejected after the change, then require IMDSv2 in the account defaults and launch templates so new launches stay compliant.',
];

/** The headline: the percentage against the threshold, the verdict, the scan, the change since last run. */
function headlineView(input: ViewInput, previous?: HistoryEntry): ReportView['headline'] {
  const a = input.assessment;
  const t = a.totals;
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
  const failures = a.gate.failures.map((f) => displayText(f, 2000));
  return {
    percentText: formatPercent(t.compliant, t.inScope),
    thresholdText: `${a.gate.threshold}%`,
    passed: a.gate.passed,
    statusText: a.gate.passed
      ? 'Passed'
      : input.liveGates === false
        ? 'below the threshold: reported, not gating this pull request'
        : 'Failed',
    statusIcon: a.gate.passed ? '✅' : input.liveGates === false ? '⚠️' : '❌',
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
    failures: input.liveGates === false ? [] : failures,
    change,
  };
}

function regionsView(
  a: Assessment,
  previous: HistoryEntry | undefined,
  multiAccount: boolean,
): ReportView['regions'] {
  return {
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
  };
}

/** Instance profiles: how many instances carry each, how many of them allow IMDSv1 or are public. */
function rolesView(a: Assessment): ReportView['roles'] {
  const t = a.totals;
  const profiles = new Map<string, { instances: number; v1: number; pub: number }>();
  // Each ARN's name once: a fleet has a few profiles and many instances.
  const names = new Map<string, string>();
  for (const i of a.instances) {
    const arn = i.instanceProfileArn;
    if (!arn) continue;
    let name = names.get(arn);
    if (name === undefined) {
      name = profileName(arn);
      names.set(arn, name);
    }
    const p = profiles.get(name) ?? { instances: 0, v1: 0, pub: 0 };
    p.instances++;
    if (i.bucket === 'v1-allowed') p.v1++;
    if (i.risk === 'role-public') p.pub++;
    profiles.set(name, p);
  }
  return {
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
  };
}

function accountsView(a: Assessment): NonNullable<ReportView['accounts']> {
  return {
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

function regressionsView(
  b: NonNullable<ViewInput['baseline']>,
  scannedAtMs: number,
): ReportView['regressions'] {
  return {
    since: formatScanTime(b.scannedAt),
    count: b.regressions.length,
    countText: num(b.regressions.length),
    rows: RowList.of(b.regressions, (r) => ({
      ...instanceRow(r.instance, scannedAtMs),
      was: r.was ? BUCKET_LABELS[r.was] : 'new instance',
    })),
    fixed: num(b.fixed),
    removed: num(b.removed),
    percentText: formatPercent(b.compliant, b.inScope),
    ruleChanged: b.ruleChanged,
  };
}

/** This run as a history entry: the last point of the trend. */
function currentEntry(a: Assessment, reportId: string): HistoryEntry {
  const t = a.totals;
  return {
    v: 1,
    at: a.scannedAt,
    id: reportId,
    rule: a.rule.id,
    percent: t.percent,
    compliant: t.compliant,
    inScope: t.inScope,
    passed: a.gate.passed,
    buckets: [t.buckets['v2-required'], t.buckets['v1-allowed'], t.buckets.disabled, t.buckets.pending],
    regions: {},
  };
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
        compareCode(x.accountId, y.accountId) ||
        compareCode(x.region, y.region),
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
      ...(({ url, link }) => ({ url, link }))(linked('launch-template', lt.region, lt.launchTemplateId)),
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
        compareCode(x.imageId, y.imageId),
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
