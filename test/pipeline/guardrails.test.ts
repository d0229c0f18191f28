/**
 * Issue 12, guardrails: every live audit writes the preventive policies beside the report (valid
 * JSON in the documented shapes, the account-defaults script) and a report section saying what each
 * would have blocked in the current fleet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanupWorkspaces, emulatorEnv, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIAGUARDRAILS000001';
let emu: Emulator;

beforeAll(async () => {
  const w = generateFleet({
    seed: 5,
    accounts: 1,
    regions: ['us-east-1', 'eu-west-1'],
    instancesPerRegion: 10,
  });
  w.accessKeys = { [KEY]: { account: w.accounts[0].id, role: 'IMDSGuardAudit' } };
  emu = await startEmulator({ world: w });
}, 30_000);
afterAll(async () => emu?.close());
afterEach(() => cleanupWorkspaces());

describe('guardrails in the audit', () => {
  it('writes the policy files and a report section', async () => {
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: emulatorEnv(emu.url, KEY),
    });
    expect(r.error).toBeUndefined();
    const dir = join(r.workspace, 'imds-guard-report', 'guardrails');
    const dp = JSON.parse(readFileSync(join(dir, 'declarative-policy.json'), 'utf8'));
    expect(Object.keys(dp.ec2_attributes.instance_metadata_defaults).sort()).toEqual([
      'http_endpoint',
      'http_put_response_hop_limit',
      'http_tokens',
      'instance_metadata_tags',
    ]);
    expect(dp.ec2_attributes.instance_metadata_defaults.http_tokens).toEqual({ '@@assign': 'required' });
    const scp = JSON.parse(readFileSync(join(dir, 'scp.json'), 'utf8'));
    expect(scp.Version).toBe('2012-10-17');
    expect(JSON.stringify(scp)).toContain('ec2:MetadataHttpTokens');
    expect(readFileSync(join(dir, 'account-defaults.sh'), 'utf8')).toMatch(/^#!\/bin\/sh/);
    const summary = r.summaries.join('\n');
    expect(summary).toMatch(/Guardrails: keep IMDSv1 from coming back/);
    expect(summary).toMatch(/Launches the SCP would deny\*\* \(\d+\)/);
    const report = readFileSync(join(r.workspace, 'imds-guard-report', 'report.html'), 'utf8');
    expect(report).toContain('id="h-guardrails"');
  });
});
