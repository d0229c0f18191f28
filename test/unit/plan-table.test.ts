import { describe, expect, it } from 'vitest';
import { planTable } from '../../src/cli/plan-table.js';
import type { Plan } from '../../src/model/remediation.js';

const item = (n: number) => ({
  kind: 'instance' as const,
  accountId: '111111111111',
  region: 'us-east-1',
  resourceId: `i-${n.toString(16).padStart(17, '0')}`,
  name: `web-${n}`,
  before: { httpTokens: 'optional' as const },
  after: { httpTokens: 'required' as const },
  reason: 'allows IMDSv1',
  v1Calls: 0,
});

describe('the plan, in a terminal', () => {
  it('shows the first rows as a table, then how many more and where they are', () => {
    const plan = { items: [1, 2, 3].map(item), heldBack: [{}] } as unknown as Plan;
    expect(planTable(plan, '/w/imds-guard-plan.json', 2).split('\n')).toEqual([
      '3 changes planned (1 held back):',
      'resource             name   account/region          change                           v1 calls',
      'i-00000000000000001  web-1  111111111111/us-east-1  httpTokens: optional → required  0',
      'i-00000000000000002  web-2  111111111111/us-east-1  httpTokens: optional → required  0',
      '…and 1 more: every item is in /w/imds-guard-plan.json',
    ]);
    expect(planTable({ items: [], heldBack: [] } as unknown as Plan, 'p.json')).toBe(
      '0 changes planned (0 held back):',
    );
  });
});
