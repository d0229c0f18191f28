/**
 * The bundled Action against moto (getmoto/moto), an AWS emulator this project did not write, when
 * python3 has it (skipped otherwise). moto differs from EC2 where it hurts: it pages DescribeInstances
 * by reservation, ignores `instance-id` wildcards, and answers GetInstanceMetadataDefaults (which it
 * does not implement) with an HTML 500 page (moto 5.2.1; the test reads which of these its moto
 * does). What is asserted is what EC2 semantics promise anyway: every instance counted once (against
 * moto's own list), the large region read again in one chain with a warning that says why, and the
 * missing operation reported by its HTTP status.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MotoFleet, motoVersion, startMotoFleet } from '../support/moto.js';
import { runAction } from '../support/runner.js';

const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
// eu-west-1: more reservations than one 1,000-result page (moto pages by reservation): partitions.
const FLEET = { 'eu-west-1': { reservations: 1050, per: 1 }, 'us-east-1': { reservations: 4, per: 50 } };
let moto: MotoFleet | undefined;

describe.skipIf(!motoVersion())('on moto, an independent AWS emulator', () => {
  beforeAll(async () => {
    moto = await startMotoFleet(FLEET);
  }, 180_000);
  afterAll(() => moto?.stop());

  it('every instance once; a region whose endpoint ignores instance-id wildcards is read again in one chain; the missing operation is "HTTP 500"', async () => {
    const r = await runAction({
      entry: ENTRY,
      inputs: { 'aws-region': 'us-east-1', threshold: '0', comment: 'never' },
      env: {
        AWS_ENDPOINT_URL: moto?.url ?? '',
        AWS_ACCESS_KEY_ID: 'AKIDTEST',
        AWS_SECRET_ACCESS_KEY: 'test',
      },
      timeoutMs: 180_000,
    });
    const truth = moto?.truth ?? {};
    try {
      expect(r.exitCode, r.stderr).toBe(0);
      const ids = Object.values(truth).flatMap((t) => t.ids);
      const optional = Object.values(truth).reduce((n, t) => n + t.optional, 0);
      expect(truth['eu-west-1'].ids).toHaveLength(1050);
      expect(r.outputs['in-scope-count']).toBe(String(ids.length));
      expect(r.outputs['compliant-count']).toBe(String(ids.length - optional));
      const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
      const seen = (report.instances as { instanceId: string }[]).map((i) => i.instanceId).sort();
      expect(seen).toEqual([...ids].sort());

      // What moto does differently from EC2 is read from moto itself, so the test holds on another
      // moto version: with moto 5.2.1 the large region pages, the wildcard matches nothing, and
      // GetInstanceMetadataDefaults is an HTML 500.
      const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      const large = truth['eu-west-1'];
      const fallback = warnings.filter((w) => /^eu-west-1 .*instance-id filter/.test(w));
      if (large.paged && large.wildcards === false)
        expect(fallback).toEqual([
          expect.stringMatching(
            /^eu-west-1 \(account \d{12}\): the endpoint did not apply DescribeInstances' instance-id filter as EC2 documents it \(0 of the first page's 1000 instances came back in the instance-id partitions\); the region was read again in one page chain, each instance once\.$/,
          ),
        ]);
      else expect(fallback).toEqual([]);
      const defaults = warnings.filter((w) => w.includes('GetInstanceMetadataDefaults'));
      if (moto?.metadataDefaults) expect(defaults).toEqual([]);
      else
        expect(defaults).toEqual([
          expect.stringMatching(
            /^Launch posture: GetInstanceMetadataDefaults failed with HTTP \d{3} in \d+ region\(s\) of 1 account\(s\) \(e\.g\. [a-z0-9-]+: HTTP \d{3}, an answer that is not AWS's \(it begins "/,
          ),
        ]);
      // us-east-1 fits one page: no partitions, no warning.
      expect(warnings.some((w) => w.startsWith('us-east-1'))).toBe(false);
    } finally {
      r.cleanup();
    }
  }, 180_000);
});
