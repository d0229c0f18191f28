/**
 * The detection files: the Sigma rule validates against the official Sigma detection rule schema (from
 * SigmaHQ/sigma-specification, see test/fixtures/detections/README.md), and each alarm
 * template loads with the project's IaC reader as CloudFormation, one alarm per hardened instance.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { detectFormat, readIacFiles } from '../../src/iac/index.js';
import type { Log } from '../../src/log.js';
import type { AssessedInstance } from '../../src/model/types.js';
import { publishExposureFiles } from '../../src/publish/exposure-files.js';
import {
  ALARMS_PER_TEMPLATE,
  alarmTemplate,
  alarmTemplateText,
  DETECTION_FILES,
  detectionFileEntries,
  sigmaRule,
} from '../../src/report/detections.js';
import { smallAssessment } from './fixtures.js';

// strict: false — the official schema puts `items` beside `type: object`, which strict mode refuses.
/** The files by path, as the report folder gets them. */
const detectionFiles = (instances: AssessedInstance[]) => Object.fromEntries(detectionFileEntries(instances));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/detections/sigma-detection-rule-schema.json', import.meta.url), 'utf8'),
) as object;
const validate = ajv.compile(schema);
const problems = (rule: unknown) =>
  validate(rule) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

function inst(n: number, tokens: string, accountId = '111111111111', region = 'us-east-1'): AssessedInstance {
  return {
    instanceId: `i-${n.toString(16).padStart(17, '0')}`,
    accountId,
    region,
    state: 'running',
    tags: {},
    publicIp: false,
    metadata: { httpTokens: tokens, httpEndpoint: 'enabled' },
    bucket: tokens === 'required' ? 'v2-required' : 'v1-allowed',
    compliant: tokens === 'required',
  };
}

describe('Sigma rule', () => {
  const files = detectionFiles([]);
  const rule = parse(files[DETECTION_FILES.sigma]);

  it('validates against the official Sigma detection rule schema', () => {
    expect((schema as { title?: string }).title).toBe('Sigma rule specification V2.0.0 (2024-08-08)');
    expect(problems(rule)).toEqual([]);
    expect(rule).toEqual(sigmaRule());
  });

  it('selects IMDS addresses (ip_*) and paths / header (http_*), either of them', () => {
    expect(rule.detection.condition).toBe('1 of ip_* or 1 of http_*');
    const text = JSON.stringify(rule.detection);
    for (const s of [
      '169.254.169.254',
      'fd00:ec2::254',
      '/latest/meta-data',
      '/latest/api/token',
      'X-aws-ec2-metadata-token',
    ])
      expect(text).toContain(s);
    const keys = Object.keys(rule.detection).filter((k) => k !== 'condition');
    expect(keys.every((k) => k.startsWith('ip_') || k.startsWith('http_'))).toBe(true);
  });

  it('the schema refuses what the specification refuses (so the check above can fail)', () => {
    expect(problems({ ...sigmaRule(), status: 'production' })).not.toEqual([]);
    expect(problems({ ...sigmaRule(), id: 'not-a-uuid' })).not.toEqual([]);
    expect(problems({ ...sigmaRule(), level: 'severe' })).not.toEqual([]);
    const { condition: _c, ...noCondition } = sigmaRule().detection as Record<string, unknown>;
    expect(problems({ ...sigmaRule(), detection: noCondition })).not.toEqual([]);
    const { logsource: _l, ...noSource } = sigmaRule();
    expect(problems(noSource)).not.toEqual([]);
  });
});

describe('MetadataNoTokenRejected alarms', () => {
  it('one alarm per hardened instance, loaded by the IaC reader as CloudFormation', async () => {
    const files = detectionFiles([inst(1, 'required'), inst(2, 'optional'), inst(3, 'required')]);
    const text = files[DETECTION_FILES.alarms];
    expect(text).toBeDefined();
    expect(detectFormat('metadata-no-token-rejected.yaml', text).format).toBe('cloudformation');
    const read = await readIacFiles([{ file: 'metadata-no-token-rejected.yaml', text }]);
    expect(read.errors).toEqual([]);
    // The same reader refuses a broken template (so the check above can fail).
    const broken = await readIacFiles([
      { file: 'broken.yaml', text: text.replace('Resources:', 'Resources: [') },
    ]);
    expect(broken.errors).not.toEqual([]);
    const t = parse(text);
    const alarms = Object.values(t.Resources) as Array<{ Type: string; Properties: Record<string, unknown> }>;
    expect(alarms.map((a) => a.Type)).toEqual(['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::Alarm']);
    expect(alarms.map((a) => (a.Properties.Dimensions as Array<{ Value: string }>)[0].Value)).toEqual([
      inst(1, 'required').instanceId,
      inst(3, 'required').instanceId,
    ]);
    for (const a of alarms)
      expect(a.Properties).toMatchObject({
        Namespace: 'AWS/EC2',
        MetricName: 'MetadataNoTokenRejected',
        Threshold: 0,
      });
  });

  it('one template per account and region, at most 500 alarms each', () => {
    const many = Array.from({ length: ALARMS_PER_TEMPLATE + 1 }, (_, n) => inst(n + 1, 'required'));
    const files = detectionFiles([...many, inst(9999, 'required', '222222222222', 'eu-west-1')]);
    const names = Object.keys(files)
      .filter((f) => f.includes('rejected'))
      .sort();
    expect(names).toEqual([
      'detections/metadata-no-token-rejected-111111111111-us-east-1-part2.yaml',
      'detections/metadata-no-token-rejected-111111111111-us-east-1.yaml',
      'detections/metadata-no-token-rejected-222222222222-eu-west-1.yaml',
    ]);
    expect(Object.keys(parse(files[names[1]]).Resources)).toHaveLength(ALARMS_PER_TEMPLATE);
  });

  it('is written as text exactly as the yaml library writes the template object', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{8}([0-9a-f]{9})?$/);
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.constantFrom('us-east-1', 'eu-west-2', 'us-gov-west-1', 'ap-southeast-4'),
        fc.uniqueArray(
          hex.map((h) => `i-${h}`),
          { maxLength: 5 },
        ),
        (account, region, ids) => {
          const want = stringify(alarmTemplate(account, region, ids), { lineWidth: 0 });
          expect(alarmTemplateText(account, region, ids)).toBe(want);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('one file per account and region in the order of their names; odd accounts, regions and ids get none', () => {
    const row = fc.record({
      id: fc.oneof(
        fc.stringMatching(/^[0-9a-f]{8}$/).map((h) => `i-${h}`),
        fc.constantFrom('i-x', 'bad'),
      ),
      accountId: fc.constantFrom('111111111111', '222222222222', '1', 'x/y'),
      region: fc.constantFrom('eu-west-1', 'us-east-1', 'us-gov-west-1', 'a/b', ''),
      tokens: fc.constantFrom('required', 'optional'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { maxLength: 60, selector: (r) => r.id }), (rows) => {
        const instances = rows.map((r) => ({
          ...inst(0, r.tokens, r.accountId, r.region),
          instanceId: r.id,
        }));
        const kept = rows.filter(
          (r) =>
            r.tokens === 'required' &&
            /^i-[0-9a-f]{8,17}$/.test(r.id) &&
            /^\d{12}$/.test(r.accountId) &&
            r.region !== 'a/b' &&
            r.region !== '',
        );
        const pairs = [...new Set(kept.map((r) => `${r.accountId}/${r.region}`))].sort();
        const names = Object.keys(detectionFiles(instances)).slice(1);
        expect(names).toEqual(
          pairs.map((p) =>
            pairs.length === 1
              ? 'detections/metadata-no-token-rejected.yaml'
              : `detections/metadata-no-token-rejected-${p.replace('/', '-')}.yaml`,
          ),
        );
        for (const [n, p] of pairs.entries()) {
          const [accountId, region] = p.split('/');
          const ids = kept.filter((r) => r.accountId === accountId && r.region === region).map((r) => r.id);
          const text = detectionFiles(instances)[names[n]];
          expect(Object.keys(parse(text).Resources)).toEqual(
            [...ids].sort().map((id) => `Rejected${id.replace('-', '')}`),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("written to the report folder a piece at a time: each file exactly its entry's text", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'imds-detections-'));
    try {
      const instances = [
        ...Array.from({ length: ALARMS_PER_TEMPLATE + 7 }, (_, n) => inst(n, 'required')),
        inst(9_999, 'required', '222222222222', 'eu-west-1'),
        inst(10_000, 'optional'),
      ];
      const assessment = { ...smallAssessment(), instances };
      const log = { info: () => {}, warning: () => {}, error: () => {}, debug: () => {} } as unknown as Log;
      const dir = join(workspace, 'report');
      const { detections } = await publishExposureFiles(workspace, dir, assessment, { log, version: 'test' });
      const want = detectionFiles(instances);
      expect(detections.map((p) => relative(dir, p))).toEqual(Object.keys(want));
      expect(Object.keys(want)).toHaveLength(4); // the rule, two parts of one pair, the other pair
      for (const [name, text] of Object.entries(want))
        expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('no hardened instance: no template', () => {
    expect(Object.keys(detectionFiles([inst(2, 'optional')]))).toEqual([DETECTION_FILES.sigma]);
  });
});
