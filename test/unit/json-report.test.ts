import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonReport } from '../../src/publish/write.js';
import type { JsonReport } from '../../src/report/json.js';
import { parseJsonReport } from '../../src/report/validate.js';

const base = {
  schema: 'imds-guard/report',
  version: 1,
  generatedAt: '2026-11-22T00:00:00.000Z',
  tool: { name: 'imds-guard', version: '0' },
  totals: { inScope: 2 },
  regions: [],
} as unknown as JsonReport;

describe('writeJsonReport', () => {
  it.each([0, 1, 2, 4999])('streams %i instances into valid JSON equal to the object', async (count) => {
    const dir = mkdtempSync(join(tmpdir(), 'json-report-'));
    const instances = Array.from({ length: count }, (_, i) => ({
      instanceId: `i-${i}`,
      tags: { Name: 'a"\n<b>' },
    }));
    const report = { ...base, instances, apiCalls: { DescribeInstances: 1 } } as unknown as JsonReport;
    await writeJsonReport(join(dir, 'r.json'), report);
    const text = readFileSync(join(dir, 'r.json'), 'utf8');
    expect(JSON.parse(text)).toEqual(report);
    // (The report is a stub: a real one read back is validated in test/report/schema.test.ts.)
    expect(() => parseJsonReport(text, 'r.json')).toThrow(/r\.json: \/ is missing 'rule'/);
    // One instance per line keeps diffs of committed reports readable.
    if (count > 1) expect(text.split('\n').filter((l) => l.includes('"instanceId"'))).toHaveLength(count);
  });
});
