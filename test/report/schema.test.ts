/**
 * schemas/report.schema.json describes report.json exactly as src/report/json.ts writes it: every report
 * the test fixtures build validates (schema and counts), the schema compiles in ajv's strict mode, and
 * docs/report-schema.md lists exactly the schema's fields and links it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonReport, type JsonReport } from '../../src/report/json.js';
import { parseJsonReport, reportSchema, validateReport } from '../../src/report/validate.js';
import { shardReports } from '../org/shard-fixtures.js';
import {
  assessInventory,
  bigInventory,
  hostileInventory,
  richAssessment,
  richInventory,
  smallInventory,
} from './fixtures.js';

const asRead = (r: JsonReport) => JSON.parse(JSON.stringify(r)) as unknown;

describe('report.schema.json', () => {
  it('validates every report the fixtures build', () => {
    const built: Array<[string, JsonReport]> = [
      [
        'small',
        buildJsonReport(smallInventory(), assessInventory(smallInventory()), {
          version: '1',
          generatedAt: 'x',
        }),
      ],
      ['rich', buildJsonReport(richInventory(), richAssessment(), { version: '1', generatedAt: 'x' })],
      [
        'hostile',
        buildJsonReport(hostileInventory(), assessInventory(hostileInventory()), {
          version: '1',
          generatedAt: 'x',
        }),
      ],
      [
        'big',
        buildJsonReport(bigInventory(300), assessInventory(bigInventory(300)), {
          version: '1',
          generatedAt: 'x',
        }),
      ],
      ...shardReports(3).map((s) => [s.file, s.report] as [string, JsonReport]),
    ];
    for (const [name, report] of built)
      expect(() => validateReport(asRead(report), name), name).not.toThrow();
    // Between them they carry the optional sections the schema describes.
    for (const key of ['posture', 'autoScalingGroups', 'hopLimit'] as const)
      expect(
        built.some(([, r]) => r[key] !== undefined),
        key,
      ).toBe(true);
  });

  it('is strict: a field json.ts does not write is refused, at every level', () => {
    const r = asRead(
      buildJsonReport(smallInventory(), assessInventory(smallInventory()), {
        version: '1',
        generatedAt: 'x',
      }),
    ) as Record<string, unknown>;
    (r.totals as Record<string, unknown>).extra = 1;
    expect(() => validateReport(r, 'r.json')).toThrow(
      /r\.json: \/totals has a field this version does not write \('extra'\)/,
    );
  });

  it('the published schema is the one docs/report-schema.md links, with the same top-level fields', () => {
    const schema = reportSchema() as { properties: Record<string, unknown>; required: string[] };
    const doc = readFileSync('docs/report-schema.md', 'utf8');
    expect(doc).toContain('(../schemas/report.schema.json)');
    const documented = new Set(
      [...doc.matchAll(/^\| ((?:`[\w]+\??(?:\[\])?`(?:, )?)+) \|/gm)].flatMap((m) =>
        [...m[1].matchAll(/`(\w+)/g)].map((x) => x[1]),
      ),
    );
    expect([...documented].sort()).toEqual(Object.keys(schema.properties).sort());
    // Required in the schema ⇔ no `?` in the table.
    for (const key of Object.keys(schema.properties)) {
      const optional = new RegExp(`\`${key}\\?`).test(doc);
      expect(optional, key).toBe(!schema.required.includes(key));
    }
  });

  it('parseJsonReport reads back what writeJsonReport wrote', () => {
    const r = buildJsonReport(smallInventory(), assessInventory(smallInventory()), {
      version: '1',
      generatedAt: 'x',
    });
    expect(parseJsonReport(JSON.stringify(r), 'r.json').totals).toEqual(r.totals);
  });
});
