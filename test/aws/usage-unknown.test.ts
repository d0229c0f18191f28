/**
 * In-process audit and plan against the emulator: a CloudWatch answer that is not `Complete` (here
 * `InternalError` for one instance's MetadataNoToken) makes that instance's IMDSv1 usage unknown: the
 * audit's v1-usage column says unknown (never "no IMDSv1 calls — safe to harden"), and the plan holds it
 * back instead of planning it as ready.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/types.js';
import { A1 } from '../emulator/helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanupWorkspaces, emulatorEnv, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIAUSAGEUNKNOWN0001';
const id = (n: number) => `i-0000000000000d${String(n).padStart(3, '0')}`;
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({
    world: {
      accessKeys: { [KEY]: { account: A1, role: 'IMDSGuardAudit' } },
      accounts: [
        {
          id: A1,
          enabledRegions: ['us-east-1'],
          regions: {
            'us-east-1': {
              instances: [1, 2].map((n) => ({
                instanceId: id(n),
                reservationId: `r-0000000000000d${String(n).padStart(3, '0')}`,
                state: 'running' as const,
                metadataOptions: { HttpTokens: 'optional' as const },
                v1Calls: 0,
              })),
            },
          },
        },
      ],
    },
  });
});
afterAll(async () => emu?.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});
afterEach(() => cleanupWorkspaces());

const env = () => emulatorEnv(emu.url, KEY);

describe('CloudWatch InternalError for one instance', () => {
  it('audit: the v1-usage column says unknown for it, "no IMDSv1 calls" only for its neighbour', async () => {
    emu.faults.metricAnswer({ shape: 'InternalError', instanceId: id(1), metric: 'MetadataNoToken' });
    const r = await runInProcess({
      inputs: { regions: 'us-east-1', threshold: '0', comment: 'never' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    const summary = r.summaries.join('\n');
    expect(summary).toMatch(/\*\*1\*\* made no IMDSv1 calls — safe to harden now/);
    expect(summary).toMatch(/1 unknown/);
    const report = JSON.parse(
      readFileSync(join(r.workspace, 'imds-guard-report', 'report.json'), 'utf8'),
    ) as { instances: Array<{ instanceId: string; v1Calls?: number }> };
    const byId = new Map(report.instances.map((i) => [i.instanceId, i]));
    expect(byId.get(id(1))?.v1Calls).toBeUndefined();
    expect(byId.get(id(2))?.v1Calls).toBe(0);
    expect(r.lines.join('\n')).toMatch(/could not read CloudWatch MetadataNoToken .*InternalError/);
  });

  it('plan: the instance is held back (usage unknown), its neighbour is planned', async () => {
    emu.faults.metricAnswer({ shape: 'InternalError', instanceId: id(1), metric: 'MetadataNoToken' });
    const r = await runInProcess({
      inputs: { mode: 'plan', regions: 'us-east-1' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    const plan = JSON.parse(readFileSync(String(r.outputs['plan-file']), 'utf8')) as Plan;
    expect(plan.items.map((i) => i.resourceId)).toEqual([id(2)]);
    expect(plan.heldBack).toEqual([
      expect.objectContaining({
        resourceId: id(1),
        reason: expect.stringMatching(/IMDSv1 usage unknown \(MetadataNoToken: StatusCode InternalError/),
      }),
    ]);
    // The plan's summary says why it is not planned: unknown, not "no IMDSv1 calls".
    expect(r.summaries.join('\n')).toMatch(
      /IMDSv1 usage unknown \\?\(MetadataNoToken: StatusCode InternalError/,
    );
  });
});
