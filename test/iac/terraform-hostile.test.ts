// Hostile-size input: a 2 MB .tf with thousands of resources and a ~3 MB plan whose keys are written
// with \u escapes. Both must be read in one pass each (no per-resource rescans); times are measured by
// the benchmark, not asserted here.
import { describe, expect, it } from 'vitest';
import { readIacFiles } from '../../src/iac/index.js';

function bigTf(resources: number): string {
  const out: string[] = [];
  for (let i = 0; i < resources; i++) {
    out.push(
      `  resource "aws_instance" "r${i}" {\n    ami = "ami-0123456789abcdef0"\n    metadata_options {\n      http_tokens = "${i % 2 ? 'required' : 'optional'}"\n    }\n    tags = { Name = "r${i}", Note = "${'x'.repeat(180)}" }\n  }\n`,
    );
  }
  return out.join('');
}

function escapedPlan(changes: number): string {
  const rc: string[] = [];
  for (let i = 0; i < changes; i++) {
    rc.push(
      `{"addr\\u0065ss":"aws_instance.n${i}","mode":"managed","type":"aws_instance","name":"n${i}","change":{"actions":["create"],"before":null,"after":{"metadata_options":[{"http_tokens":"required"}],"user_data":"${'y'.repeat(300)}"},"after_unknown":{}}}`,
    );
  }
  return `{"format_version":"1.2","resource_changes":[\n${rc.join(',\n')}\n]}`;
}

describe('hostile sizes', () => {
  it('reads a 2 MB .tf with thousands of indented resources, each at its own line', async () => {
    const text = bigTf(6000);
    expect(text.length).toBeGreaterThan(2_000_000);
    const { resources, errors } = await readIacFiles([{ file: 'big/main.tf', text }]);
    expect(errors).toEqual([]);
    expect(resources).toHaveLength(6000);
    const last = resources.find((r) => r.address === 'aws_instance.r5999');
    expect(last?.line).toBe(5999 * 7 + 1);
    expect(last?.metadata?.httpTokens).toMatchObject({ state: 'known', value: 'required' });
  }, 60_000);

  it('locates every change of a ~3 MB plan whose "address" keys are \\u-escaped', async () => {
    const text = escapedPlan(7000);
    expect(text.length).toBeGreaterThan(2_900_000);
    const { resources, errors } = await readIacFiles([{ file: 'plan/big.json', text }]);
    expect(errors).toEqual([]);
    expect(resources).toHaveLength(7000);
    expect(resources[6999]).toMatchObject({
      address: 'aws_instance.n6999',
      line: 7001,
      key: 'plan:aws_instance.n6999',
    });
  }, 60_000);

  it('copies no control or format character out of labels, values and sources into what it reports', async () => {
    const evil = 'a\u202eb\u0007c';
    const text = `variable "${evil}" {\n  default = "optional\u202e"\n}\nresource "aws_instance" "${evil}" {\n  metadata_options {\n    http_tokens = var.${'x'}\n    http_endpoint = var["${evil}"]\n  }\n}\nmodule "${evil}" {\n  source = "evil/${evil}"\n}\n`;
    const r = await readIacFiles([{ file: 'h/main.tf', text }]);
    const bad = /[\p{Cc}\p{Cf}]/u;
    const seen = JSON.stringify([r.resources, r.notices, r.moves]);
    const strings: string[] = [];
    JSON.parse(seen, (_k, v) => {
      if (typeof v === 'string') strings.push(v);
      return v;
    });
    expect(strings.length).toBeGreaterThan(3);
    for (const x of strings) expect(bad.test(x), x).toBe(false);
  });
});
