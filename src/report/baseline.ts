/**
 * Diff against a previous JSON report (`baseline-report`): which instances newly allow IMDSv1 (the
 * regression a reviewer must see first), which were fixed, and how the percentage moved. Pure.
 */
import type { AssessedInstance, Assessment, Bucket } from '../model/types.js';
import type { JsonReport } from './json.js';

export interface Regression {
  instance: AssessedInstance;
  /** The instance's bucket in the baseline; undefined when it did not exist then (newly launched). */
  was?: Bucket;
}

export interface BaselineDiff {
  scannedAt: string;
  percent: number;
  compliant: number;
  inScope: number;
  /** v1-allowed now, and new or not v1-allowed in the baseline; worst first. */
  regressions: Regression[];
  /** v1-allowed in the baseline, now not (or gone). */
  fixed: number;
  /** Present in the baseline, absent now. */
  removed: number;
  /** The baseline used another compliance rule: percentages are not comparable. */
  ruleChanged: boolean;
}

const key = (i: { accountId: string; region: string; instanceId: string }) =>
  `${i.accountId}/${i.region}/${i.instanceId}`;

export function diffBaseline(
  a: Assessment,
  baseline: JsonReport,
  order: (x: AssessedInstance, y: AssessedInstance) => number,
): BaselineDiff {
  const before = new Map<string, Bucket>();
  for (const i of baseline.instances) before.set(key(i), i.bucket);
  const now = new Set<string>();
  const regressions: Regression[] = [];
  for (const i of a.instances) {
    now.add(key(i));
    if (i.bucket !== 'v1-allowed') continue;
    const was = before.get(key(i));
    if (was !== 'v1-allowed') regressions.push(was ? { instance: i, was } : { instance: i });
  }
  regressions.sort((x, y) => order(x.instance, y.instance));
  let fixed = 0;
  let removed = 0;
  const bucketNow = new Map(a.instances.map((i) => [key(i), i.bucket]));
  for (const [k, b] of before) {
    if (!now.has(k)) removed++;
    if (b === 'v1-allowed' && bucketNow.get(k) !== 'v1-allowed') fixed++;
  }
  return {
    scannedAt: baseline.scannedAt,
    percent: baseline.totals.percent,
    compliant: baseline.totals.compliant,
    inScope: baseline.totals.inScope,
    regressions,
    fixed,
    removed,
    ruleChanged: baseline.rule?.id !== a.rule.id,
  };
}
