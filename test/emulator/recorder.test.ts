import { describe, expect, it } from 'vitest';
import { preview, summarizeParams } from './recorder.js';

describe('the recorder keeps a bounded summary of each call’s parameters', () => {
  const samples: unknown[] = [
    { a: 1, b: 'x', c: [1, 2, { d: null, e: undefined }], f: true },
    [{ Id: 'm0', MetricStat: { Metric: { Dimensions: [{ Name: 'InstanceId', Value: 'i-1' }] } } }],
    { when: new Date(0), list: [undefined, 'y'], nested: { deep: { deeper: ['"quoted"\n'] } } },
    {},
    [],
  ];

  it('preview is JSON.stringify, stopped once it is long enough', () => {
    for (const v of samples) expect(preview(v, 10_000)).toBe(JSON.stringify(v));
    const big = Array.from({ length: 500 }, (_, n) => ({ Id: `m${n}`, Period: 86400 }));
    const text = preview(big, 301);
    expect(JSON.stringify(big).startsWith(text)).toBe(true);
    expect(text.length).toBeGreaterThanOrEqual(301);
    expect(text.length).toBeLessThan(400);
  });

  it('a long parameter keeps its first 300 characters; secrets are redacted', () => {
    const queries = Array.from({ length: 500 }, (_, n) => ({ Id: `m${n}`, Period: 86400 }));
    const out = summarizeParams({ MetricDataQueries: queries, SessionToken: 'secret', Small: { a: 1 } });
    expect(out.MetricDataQueries).toBe(`${JSON.stringify(queries).slice(0, 300)}…`);
    expect(out.SessionToken).toBe('<redacted>');
    expect(out.Small).toEqual({ a: 1 });
  });
});
