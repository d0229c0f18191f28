/**
 * The JSON report: schema `imds-guard/report`, version 1: schemas/report.schema.json (linked from
 * docs/report-schema.md), which every report the Action reads back is checked against (validate.ts).
 * Fields added since (all optional, so version 1 readers keep working): each instance's `v1Calls` /
 * `v1Rejected`, and `v1Usage`, `autoScalingGroups`, `byTag`, `hopLimit`, `exposure`.
 * It carries the whole inventory (assessed), rollups, failures, the rule and the gate, so a later
 * run can diff against it (baseline-report) and `mode: merge` can rebuild an organization report.
 */
import type { Assessment, Inventory, ShardInfo } from '../model/types.js';

/** What report.json says it is: its schema's name and version (schemas/report.schema.json). */
export const REPORT_SCHEMA = 'imds-guard/report';
export const REPORT_VERSION = 1;

export interface JsonReport {
  schema: typeof REPORT_SCHEMA;
  version: typeof REPORT_VERSION;
  generatedAt: string;
  tool: { name: 'imds-guard'; version: string };
  run?: { repository?: string; runId?: string; runUrl?: string; event?: string; shard?: string };
  rule: Assessment['rule'];
  gate: Assessment['gate'];
  threshold: number;
  scannedAt: string;
  durationMs: number;
  callerAccountId: string;
  totals: Assessment['totals'];
  byAccount: Assessment['byAccount'];
  byRegion: Assessment['byRegion'];
  accounts: Inventory['accounts'];
  regions: Inventory['regions'];
  outOfScope: number;
  instances: Assessment['instances'];
  posture?: Assessment['posture'];
  /** Who still uses IMDSv1: the window and counts (per-instance sums are on the instances). */
  v1Usage?: Assessment['v1Usage'];
  /** One record per Auto Scaling group: the version it launches, that version's settings, the verdict. */
  autoScalingGroups?: Assessment['autoScalingGroups'];
  /** `group-by-tag`: one rollup per tag value. */
  byTag?: Assessment['byTag'];
  /** Hop-limit findings against `hop-limit-policy`. */
  hopLimit?: Assessment['hopLimit'];
  /**
   * Exfiltration findings, GuardDuty per region, role reach and the other services' IMDS rows, as
   * judged: `mode: merge` rebuilds the facts from it (shards.ts), so an organization report keeps them.
   */
  exposure?: Assessment['exposure'];
  /** Set on a shard's report (`shard: i/n`): what `mode: merge` checks. */
  shard?: ShardInfo;
  apiCalls: Record<string, number>;
}

export function buildJsonReport(
  inventory: Inventory,
  assessment: Assessment,
  meta: { version: string; generatedAt: string; run?: JsonReport['run'] },
): JsonReport {
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    generatedAt: meta.generatedAt,
    tool: { name: 'imds-guard', version: meta.version },
    run: meta.run,
    rule: assessment.rule,
    gate: assessment.gate,
    threshold: assessment.gate.threshold,
    scannedAt: assessment.scannedAt,
    durationMs: assessment.durationMs,
    callerAccountId: inventory.callerAccountId,
    totals: assessment.totals,
    byAccount: assessment.byAccount,
    byRegion: assessment.byRegion,
    accounts: inventory.accounts,
    regions: inventory.regions,
    outOfScope: assessment.outOfScope,
    instances: assessment.instances,
    posture: assessment.posture,
    v1Usage: assessment.v1Usage,
    autoScalingGroups: assessment.autoScalingGroups,
    byTag: assessment.byTag,
    hopLimit: assessment.hopLimit,
    exposure: assessment.exposure,
    shard: inventory.shard,
    apiCalls: inventory.apiCalls,
  };
}

/**
 * The report's text in pieces, never one string: the header pretty-printed, a line per instance (a
 * 100k-instance fleet would otherwise be a ~90 MB string in memory, and one line per instance keeps
 * diffs of committed reports readable), the rest. Written in batches (src/publish/write.ts): 2,000
 * lines at a time were ~1.4 MB strings, each one in the large-object space until a full collection.
 */
export function* jsonPieces(report: JsonReport): Generator<string> {
  const { instances, ...head } = report;
  const headText = JSON.stringify({ ...head, instances: [] }, null, 2);
  const cut = headText.lastIndexOf('"instances": []');
  yield `${headText.slice(0, cut)}"instances": [`;
  // The separator and the record as two pieces: joined, each line would be a new string the writer
  // copies flat again before encoding it (~72 MB at 100,000 instances).
  for (let i = 0; i < instances.length; i++) {
    yield i === 0 ? '\n    ' : ',\n    ';
    yield JSON.stringify(instances[i]);
  }
  yield `${instances.length ? '\n  ' : ''}]${headText.slice(cut + '"instances": []'.length)}\n`;
}
