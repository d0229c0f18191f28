import { describe, expect, it } from 'vitest';
import { appendHistory, historyEntry, parseHistory, validEntry } from '../../src/report/history.js';
import { pastRuns, smallAssessment } from './fixtures.js';

describe('history file', () => {
  it('writes one compact line per run with totals and per-region counts', () => {
    const e = historyEntry(smallAssessment(), 'imds-guard', '42');
    expect(e).toMatchObject({
      v: 1,
      at: '2026-05-04T03:00:00.000Z',
      id: 'imds-guard',
      rule: 'ec2.8',
      compliant: 6,
      inScope: 11,
      passed: false,
      buckets: [4, 5, 1, 1],
      run: '42',
    });
    expect(e.regions['111111111111/us-east-1']).toEqual([3, 7, 3]);
    const text = appendHistory('', e, 400);
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(parseHistory(text).entries[0]).toMatchObject({ compliant: 6, inScope: 11 });
  });

  it('skips malformed lines, other audits and forged values; re-derives the percentage', () => {
    const good = JSON.stringify(pastRuns(1)[0]);
    const other = JSON.stringify({ ...pastRuns(1)[0], id: 'other-audit' });
    const forged = JSON.stringify({ ...pastRuns(1)[0], compliant: 99, inScope: 1 });
    const text = [
      'not json',
      good,
      '{"v":2}',
      other,
      forged,
      JSON.stringify({ ...pastRuns(1)[0], at: '"]; alert(1)' }),
    ].join('\n');
    const parsed = parseHistory(text, 'imds-guard');
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.skipped).toBe(4);
    expect(validEntry({ ...pastRuns(1)[0], percent: 1e9 })?.percent).toBeCloseTo((4 / 11) * 100);
  });

  it('keeps the newest entries and replaces a re-run of the same scan', () => {
    let text = '';
    for (const e of pastRuns(5)) text = appendHistory(text, e, 3);
    expect(text.trim().split('\n')).toHaveLength(3);
    const last = pastRuns(5)[4];
    text = appendHistory(text, { ...last, compliant: 5 }, 3);
    const entries = parseHistory(text).entries;
    expect(entries).toHaveLength(3);
    expect(entries[2].compliant).toBe(5);
  });
});
