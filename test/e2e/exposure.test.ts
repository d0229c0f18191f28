/**
 * The exposure context end to end through the bundle (`node dist/index.js`): an exploited instance
 * leads the report, GuardDuty off is said per region, the detections and report.ocsf.json are written
 * and valid, against the emulator's GuardDuty, IAM, SageMaker, Elastic Beanstalk and Lightsail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIacFiles } from '../../src/iac/index.js';
import { EXPOSURE_KEY, exposureId, exposureWorld } from '../emulator/exposure-world.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { ocsfProblems } from '../support/ocsf.js';
import { runAction } from '../support/runner.js';

const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ world: exposureWorld() });
});
afterAll(async () => emu?.close());

describe('bundle: audit with the exposure context', () => {
  it('exploited first, GuardDuty off said, detections and OCSF written and valid', async () => {
    const r = await runAction({
      entry: ENTRY,
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never', 'aws-region': 'us-east-1' },
      env: {
        AWS_ENDPOINT_URL: emu.url,
        AWS_ACCESS_KEY_ID: EXPOSURE_KEY,
        AWS_SECRET_ACCESS_KEY: 'x',
        AWS_REGION: 'us-east-1',
      },
    });
    try {
      expect(r.exitCode, r.stderr).toBe(0);
      expect(r.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
      expect(r.summary).toMatch(/1 instance\(s\) whose credentials were already used elsewhere/);
      expect(r.summary).toMatch(/\*\*GuardDuty is off\*\* in 1 region\(s\): eu-west-1/);
      const rows = [
        ...r.summary
          .slice(r.summary.indexOf('allow IMDSv1 (highest risk first)'))
          .matchAll(/^\|.*?\[(i-[0-9a-f]+)\]/gm),
      ].map((m) => m[1]);
      expect(rows.slice(0, 3)).toEqual([exposureId(2), exposureId(1), exposureId(3)]);
      const dir = join(r.workspace, 'imds-guard-report');
      expect(readFileSync(join(dir, 'detections', 'imds-traffic.sigma.yml'), 'utf8')).toContain(
        'condition: 1 of ip_* or 1 of http_*',
      );
      const alarms = readFileSync(join(dir, 'detections', 'metadata-no-token-rejected.yaml'), 'utf8');
      expect((await readIacFiles([{ file: 'alarms.yaml', text: alarms }])).errors).toEqual([]);
      const findings = JSON.parse(readFileSync(join(dir, 'report.ocsf.json'), 'utf8')) as unknown[];
      expect(findings).toHaveLength(6);
      expect(findings.flatMap(ocsfProblems)).toEqual([]);
      expect(emu.counts()).toMatchObject({
        ListDetectors: 2,
        ListFindings: 1,
        GetFindings: 1,
        GetInstanceProfile: 2,
      });
    } finally {
      r.cleanup();
    }
  });
});
