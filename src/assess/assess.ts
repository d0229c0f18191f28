/**
 * Inventory → Assessment: buckets, compliance, risk, rollups and the gate. Pure: no I/O, no clock
 * (the caller passes `today` for exception expiry).
 */

import { compareReach, reachRank } from '../model/reach.js';
import { compareCode } from '../model/text.js';
import type {
  AccountScan,
  AssessedInstance,
  Assessment,
  Bucket,
  ComplianceRuleId,
  GateResult,
  GateTarget,
  HopLimitPolicy,
  Inventory,
  RiskTier,
  Rollup,
} from '../model/types.js';
import { evaluateAutoScalingGroups } from './asg.js';
import { tagRollups } from './by-tag.js';
import { exceptionOf } from './exceptions.js';
import { assessExposure, exposureOf } from './exposure.js';
import { hopLimitFindings } from './hop-limit.js';
import { assessPosture, gateTargetOf } from './posture.js';
import { addToRollup, emptyRollup, finishRollup } from './rollup.js';
import { allowsV1, bucketOf, inScope, isCompliant, RULES, riskOf } from './rules.js';
import { assessV1Usage } from './usage.js';

export { emptyRollup } from './rollup.js';

export interface AssessOptions {
  rule: ComplianceRuleId;
  threshold: number;
  includeStopped: boolean;
  failOnRegionError: boolean;
  failOnAccountError: boolean;
  accountThreshold?: number;
  /** What the gate covers besides instances (gate-on); default instances only. */
  gateOn?: GateTarget[];
  exceptions: {
    /** Honour exemption tags in the percentage. */
    enabled: boolean;
    tagKey: string;
  };
  /** YYYY-MM-DD (UTC) against which exception expiry is judged. */
  today: string;
  /** `group-by-tag`: a rollup per value of this tag key. */
  groupByTag?: string;
  /** `hop-limit-policy`: hop-limit findings against it. */
  hopLimitPolicy?: HopLimitPolicy;
}

const add = addToRollup;
const finish = finishRollup;

/** compliant/inScope ≥ threshold/100, decided in integers so 99.9 vs 100 is never a rounding question. */
export function meetsThreshold(compliant: number, inScope: number, threshold: number): boolean {
  if (inScope === 0) return true;
  // threshold has at most a few decimals; scale to avoid float error (e.g. 99.95).
  const scale = 10_000;
  return compliant * 100 * scale >= Math.round(threshold * scale) * inScope;
}

/**
 * Formats a percentage for people: one decimal, truncated so that 99.96 % never reads as 100 % and
 * 0.04 % never reads as 0 % when something is compliant.
 */
export function formatPercent(compliant: number, inScope: number): string {
  if (inScope === 0 || compliant === inScope) return '100%';
  if (compliant === 0) return '0%';
  const tenths = Math.floor((compliant * 1000) / inScope);
  const clamped = Math.min(Math.max(tenths, 1), 999);
  return `${(clamped / 10).toFixed(1)}%`;
}

const RISK_ORDER: Record<RiskTier, number> = { 'role-public': 0, role: 1, 'no-role': 2 };

/**
 * Worst first: an instance whose credentials GuardDuty saw used elsewhere (exposure.ts); then role +
 * public IP, role, neither; within a tier, what the role can reach (administrator, IAM write, wildcard
 * data, unknown, narrow); then hop limit > 1, then oldest launch, then id.
 */
export function byRisk(a: AssessedInstance, b: AssessedInstance): number {
  const ea = exposureOf(a);
  const eb = exposureOf(b);
  return (
    Number(Boolean(eb?.findings.length)) - Number(Boolean(ea?.findings.length)) ||
    RISK_ORDER[a.risk ?? 'no-role'] - RISK_ORDER[b.risk ?? 'no-role'] ||
    compareReach(ea?.reach?.level ?? 'narrow', eb?.reach?.level ?? 'narrow') ||
    (b.metadata.httpPutResponseHopLimit ?? 1) - (a.metadata.httpPutResponseHopLimit ?? 1) ||
    compareCode(a.launchTime ?? '', b.launchTime ?? '') ||
    compareCode(a.instanceId, b.instanceId)
  );
}

/**
 * `list` sorted by `byRisk` (the same order, ties kept as they stand): each instance's keys read once,
 * not twice per comparison (a 100,000-instance list is ~1.7 million comparisons).
 */
export function sortByRisk(list: readonly AssessedInstance[]): AssessedInstance[] {
  const keyed = list.map((i) => {
    const e = exposureOf(i);
    return {
      i,
      // Exploited first, then the risk tier (0–2), then the role's reach (0–4): one number.
      rank:
        (e?.findings.length ? 0 : 100) + RISK_ORDER[i.risk ?? 'no-role'] * 10 + reachRank(e?.reach?.level),
      hop: i.metadata.httpPutResponseHopLimit ?? 1,
      launch: i.launchTime ?? '',
    };
  });
  keyed.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.hop - a.hop ||
      compareCode(a.launch, b.launch) ||
      compareCode(a.i.instanceId, b.i.instanceId),
  );
  return keyed.map((k) => k.i);
}

export function assessInstance(
  instance: Inventory['instances'][number],
  options: AssessOptions,
  inPlace = false,
): AssessedInstance {
  const bucket: Bucket = bucketOf(instance.metadata);
  const compliant = isCompliant(instance.metadata, options.rule);
  let assessed: AssessedInstance;
  if (inPlace && !('bucket' in instance)) {
    // The scanned record itself gains the assessment's fields, in the order a copy would have them.
    assessed = instance as AssessedInstance;
    assessed.bucket = bucket;
    assessed.compliant = compliant;
  } else {
    // Object.assign, not a spread: Node 20's V8 gives each spread copy of a record that came from a
    // worker a hidden class of its own (100,000 instances, 100,000 classes, ~50 MB of shape data).
    // Node 24 shares them either way; Object.assign shares them on both.
    assessed = Object.assign({}, instance, { bucket, compliant });
  }
  if (allowsV1(instance.metadata)) assessed.risk = riskOf(instance);
  const exception = exceptionOf(
    instance,
    options.exceptions.tagKey,
    options.exceptions.enabled,
    options.today,
  );
  if (exception) assessed.exception = exception;
  return assessed;
}

function rollupFor(map: Map<string, Rollup>, key: string): Rollup {
  let r = map.get(key);
  if (!r) {
    r = emptyRollup();
    map.set(key, r);
  }
  return r;
}

/** One account's region: its rollup and its in-scope instances. */
interface RegionGroup {
  accountId: string;
  region: string;
  rollup: Rollup;
  instances: AssessedInstance[];
}

/** The group of an account's region, by account then region (no key string built per instance). */
function groupFor(
  groups: Map<string, Map<string, RegionGroup>>,
  accountId: string,
  region: string,
): RegionGroup {
  let regions = groups.get(accountId);
  if (!regions) {
    regions = new Map();
    groups.set(accountId, regions);
  }
  let g = regions.get(region);
  if (!g) {
    g = { accountId, region, rollup: emptyRollup(), instances: [] };
    regions.set(region, g);
  }
  return g;
}

/**
 * The assessment of an inventory. With `inPlace`, its in-scope instances become the assessed ones (each
 * record gains its assessment's fields; one already assessed is copied as without it): for a caller that
 * drops the scanned list right after, as an audit does, a large fleet is then held once, not twice (at
 * 100,000 instances, ~30 MB less heap while it is assessed and ~10 MB less for the reports).
 */
export function assess(
  inventory: Inventory,
  options: AssessOptions,
  { inPlace = false }: { inPlace?: boolean } = {},
): Assessment {
  const totals = emptyRollup();
  const groups = new Map<string, Map<string, RegionGroup>>();
  const accounts = new Map<string, Rollup>();
  for (const r of inventory.regions) {
    if (r.status === 'ok') groupFor(groups, r.accountId, r.region);
  }
  for (const a of inventory.accounts) accounts.set(a.accountId, emptyRollup());

  // In the inventory's order (expired exceptions are listed in it), and by account and region.
  const instances: AssessedInstance[] = [];
  let outOfScope = 0;
  for (const instance of inventory.instances) {
    if (!inScope(instance, options.includeStopped)) {
      outOfScope++;
      continue;
    }
    const a = assessInstance(instance, options, inPlace);
    instances.push(a);
    add(totals, a);
    const g = groupFor(groups, a.accountId, a.region);
    add(g.rollup, a);
    g.instances.push(a);
    add(rollupFor(accounts, a.accountId), a);
  }
  finish(totals);

  const regionGroups = [...groups.values()]
    .flatMap((regions) => [...regions.values()])
    .sort((a, b) => compareCode(a.accountId, b.accountId) || compareCode(a.region, b.region));
  const byRegion = regionGroups.map((g) => ({
    accountId: g.accountId,
    region: g.region,
    rollup: finish(g.rollup),
  }));
  // Ordered by account, region and id: the regions in order, each one's instances by id (a sort of
  // each region's instances by id alone, not of the whole fleet by three keys).
  const ordered = regionGroups.flatMap((g) =>
    g.instances.sort((a, b) => compareCode(a.instanceId, b.instanceId)),
  );

  const accountStatus = new Map<string, AccountScan>(inventory.accounts.map((a) => [a.accountId, a]));
  const byAccount = [...accounts.entries()]
    .map(([accountId, rollup]) => {
      const scan = accountStatus.get(accountId);
      return { accountId, rollup: finish(rollup), status: scan?.status ?? 'ok', error: scan?.error };
    })
    // Worst accounts first: failed, then lowest percentage, then most v1.
    .sort(
      (a, b) =>
        Number(b.status === 'failed') - Number(a.status === 'failed') ||
        a.rollup.percent - b.rollup.percent ||
        b.rollup.buckets['v1-allowed'] - a.rollup.buckets['v1-allowed'] ||
        compareCode(a.accountId, b.accountId),
    );

  const failedRegions = inventory.regions.filter((r) => r.status === 'failed');
  const failedAccounts = inventory.accounts.filter((a) => a.status === 'failed');
  const expiredExceptions = instances.filter(
    (i) => i.exception && (i.exception.expired || !i.exception.valid),
  );

  const assessment: Assessment = {
    rule: RULES[options.rule],
    scannedAt: inventory.scannedAt,
    durationMs: inventory.durationMs,
    totals,
    byRegion,
    byAccount,
    failedRegions,
    failedAccounts,
    regionsScanned: inventory.regions.filter((r) => r.status === 'ok').length,
    accountsScanned: inventory.accounts.filter((a) => a.status === 'ok').length,
    instances: ordered,
    outOfScope,
    expiredExceptions,
    gate: { passed: true, threshold: options.threshold, percent: totals.percent, failures: [] },
  };
  const posture = assessPosture(inventory);
  if (posture) assessment.posture = posture;
  if (inventory.v1Usage) assessment.v1Usage = assessV1Usage(ordered, inventory.v1Usage);
  if (inventory.exposure) assessment.exposure = assessExposure(inventory.exposure, ordered);
  if (inventory.autoScalingLaunches)
    assessment.autoScalingGroups = evaluateAutoScalingGroups(inventory.autoScalingLaunches);
  if (options.groupByTag) assessment.byTag = tagRollups(ordered, options.groupByTag);
  if (options.hopLimitPolicy)
    assessment.hopLimit = hopLimitFindings(ordered, inventory.launchTemplates ?? [], options.hopLimitPolicy);
  assessment.gate = gate(assessment, options);
  return assessment;
}

export function gate(a: Assessment, options: AssessOptions): GateResult {
  const failures: string[] = [];
  const t = a.totals;
  const ruleName = a.rule.id;
  if (!meetsThreshold(t.compliant, t.inScope, options.threshold)) {
    failures.push(
      `IMDSv2 enforcement is ${formatPercent(t.compliant, t.inScope)} (${t.compliant} of ${t.inScope} in-scope instances compliant under ${ruleName}), below the threshold of ${options.threshold}%; ${t.buckets['v1-allowed']} still allow IMDSv1.`,
    );
  }
  if (options.failOnRegionError && a.failedRegions.length) {
    failures.push(
      `${a.failedRegions.length} region scan(s) failed (${a.failedRegions
        .map((r) => `${r.region}${a.accountsScanned > 1 ? `@${r.accountId}` : ''}: ${r.error?.code}`)
        .join(
          ', ',
        )}); the percentage does not cover them. Set fail-on-scan-error: false to gate on the rest.`,
    );
  }
  if (options.failOnAccountError && a.failedAccounts.length) {
    failures.push(
      `${a.failedAccounts.length} account(s) could not be scanned (${a.failedAccounts
        .map((x) => `${x.accountId}: ${x.error?.code}`)
        .join(', ')}). Set fail-on-scan-error: false to gate on the rest.`,
    );
  }
  if (options.accountThreshold !== undefined) {
    for (const acc of a.byAccount) {
      if (
        acc.status === 'ok' &&
        !meetsThreshold(acc.rollup.compliant, acc.rollup.inScope, options.accountThreshold)
      ) {
        failures.push(
          `Account ${acc.accountId} is at ${formatPercent(acc.rollup.compliant, acc.rollup.inScope)}, below the account threshold of ${options.accountThreshold}%.`,
        );
      }
    }
  }
  failures.push(...postureGateFailures(a, options));
  return { passed: failures.length === 0, threshold: options.threshold, percent: t.percent, failures };
}

const listSome = (items: string[], max = 5) =>
  items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');

/** gate-on: launch-templates / account-defaults — any finding fails the gate, as does not being able to look. */
function postureGateFailures(a: Assessment, options: AssessOptions): string[] {
  const failures: string[] = [];
  const on = options.gateOn ?? ['instances'];
  const p = a.posture;
  const multi = a.accountsScanned + a.failedAccounts.length > 1;
  const where = (x: { accountId: string; region: string }) =>
    multi ? `${x.region}@${x.accountId}` : x.region;
  for (const target of ['launch-templates', 'account-defaults'] as const) {
    if (!on.includes(target)) continue;
    if (!p) {
      failures.push(`gate-on includes ${target}, but this run collected no launch posture.`);
      continue;
    }
    if (target === 'launch-templates') {
      const bad = p.launchTemplates.filter((t) => t.allowsV1);
      if (bad.length) {
        failures.push(
          `${bad.length} launch template(s) allow IMDSv1 in their default or latest version (Security Hub EC2.170): ${listSome(bad.map((t) => `${t.name} (${t.launchTemplateId}, ${where(t)})`))}.`,
        );
      }
      // A group launching another version than the default or latest (e.g. a pinned number).
      const flagged = new Set(bad.map((t) => `${t.accountId}/${t.region}/${t.launchTemplateId}`));
      const groups = (a.autoScalingGroups ?? []).filter(
        (g) => g.allowsV1 && !flagged.has(`${g.accountId}/${g.region}/${g.launchTemplateId}`),
      );
      if (groups.length) {
        failures.push(
          `${groups.length} Auto Scaling group(s) launch a launch template version that allows IMDSv1: ${listSome(groups.map((g) => `${g.name} (${where(g)})`))}.`,
        );
      }
    } else {
      const bad = p.accountDefaults.filter((d) => d.allowsV1);
      if (bad.length) {
        failures.push(
          `${bad.length} region(s) have account metadata defaults that allow IMDSv1 for new launches: ${listSome(bad.map(where))}.`,
        );
      }
    }
    const unread = (p.errors ?? []).filter((e) => gateTargetOf(e.operation) === target);
    if (unread.length && options.failOnRegionError) {
      failures.push(
        `${target} could not be read in ${unread.length} region(s) (${listSome(unread.map((e) => `${where(e)}: ${e.code}`))}); the gate cannot vouch for them. Grant ${unread[0].operation} to the role, or set fail-on-scan-error: false.`,
      );
    }
  }
  return failures;
}
