/**
 * End to end, launch templates and account defaults: the bundled Action (IMDS_GUARD_ENTRY, default
 * dist/index.js) plans with remediation-targets: launch-templates,account-defaults, applies through
 * the approval gate (DryRun first, paced, write-ahead log), and rolls back exactly: template default
 * versions set back (versions kept), account defaults restored value for value (no-preference where
 * unset). Declarative-policy regions and templates whose workloads still call IMDSv1 are held back.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeRecord, Plan } from '../../src/model/types.js';
import { DEFAULT_ROLES, type Emulator, startEmulator } from '../emulator/index.js';
import { type GitHubServer as GitHubFake, startGitHub } from '../support/github.js';
import { startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

const BUNDLE = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const ACCOUNT = '111111111111';
const READ_ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const WRITE_ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardRemediation`;
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'];
const LT_A = 'lt-0aaaaaaaaaaaaaaaa'; // default v1 optional with every metadata field set; v2 exists
const LT_B = 'lt-0bbbbbbbbbbbbbbbb'; // no MetadataOptions at all
const LT_C = 'lt-0cccccccccccccccc'; // already required: not planned
const LT_D = 'lt-0dddddddddddddddd'; // its instance still calls IMDSv1: held back
const LT_E = 'lt-0eeeeeeeeeeeeeeee'; // us-west-2

const V1_OPTIONS = {
  HttpTokens: 'optional',
  HttpPutResponseHopLimit: 1,
  HttpEndpoint: 'enabled',
  HttpProtocolIpv6: 'disabled',
  InstanceMetadataTags: 'disabled',
};
const version = (n: number, mo?: Record<string, unknown>) => ({
  versionNumber: n,
  versionDescription: `v${n}`,
  launchTemplateData: {
    ImageId: 'ami-0123456789abcdef0',
    InstanceType: 't3.micro',
    ...(mo ? { MetadataOptions: mo } : {}),
  },
});
const template = (
  id: string,
  name: string,
  defaultVersion: number,
  versions: ReturnType<typeof version>[],
) => ({
  launchTemplateId: id,
  launchTemplateName: name,
  defaultVersion,
  versions,
});

function world() {
  return {
    accounts: [
      {
        id: ACCOUNT,
        roles: DEFAULT_ROLES,
        enabledRegions: REGIONS,
        regions: {
          'us-east-1': {
            instances: [
              {
                instanceId: 'i-0d00000000000000d',
                reservationId: 'r-0d00000000000000d',
                state: 'running',
                tags: [
                  { Key: 'aws:ec2launchtemplate:id', Value: LT_D },
                  { Key: 'aws:ec2launchtemplate:version', Value: '1' },
                ],
                metadataOptions: { ...V1_OPTIONS },
                launchTemplate: { id: LT_D, name: 'legacy', version: '1' },
                v1Calls: 4,
              },
              {
                instanceId: 'i-0c00000000000000c',
                reservationId: 'r-0c00000000000000c',
                state: 'running',
                metadataOptions: { HttpTokens: 'required' },
              },
            ],
            // No metadataDefaults: the emulator then normalizes the region (defaults = no preference).
            launchTemplates: [
              template(LT_A, 'web', 1, [
                version(1, {
                  HttpTokens: 'optional',
                  HttpPutResponseHopLimit: 2,
                  HttpEndpoint: 'enabled',
                  HttpProtocolIpv6: 'enabled',
                  InstanceMetadataTags: 'enabled',
                }),
                version(2, { HttpTokens: 'optional' }),
              ]),
              template(LT_B, 'batch', 1, [version(1)]),
              template(LT_C, 'api', 1, [version(1, { HttpTokens: 'required' })]),
              template(LT_D, 'legacy', 1, [version(1, { HttpTokens: 'optional' })]),
            ],
          },
          'us-west-2': {
            instances: [],
            metadataDefaults: { HttpTokens: 'optional', HttpPutResponseHopLimit: 2 },
            launchTemplates: [
              template(LT_E, 'worker', 1, [
                version(1, { HttpTokens: 'optional', HttpPutResponseHopLimit: 1 }),
              ]),
            ],
          },
          'eu-west-1': {
            instances: [],
            metadataDefaults: {
              HttpTokens: 'optional',
              ManagedBy: 'declarative-policy',
              ManagedExceptionMessage: 'Managed by your organization',
            },
            launchTemplates: [],
          },
        },
      },
    ],
  };
}

let emu: Emulator;
let gh: GitHubFake;
let oidcPlan: Awaited<ReturnType<typeof startOidc>>;
let oidcProd: Awaited<ReturnType<typeof startOidc>>;

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error(
      `no bundle at ${BUNDLE}: build one (bash scripts/build.sh /tmp/x) and set IMDS_GUARD_ENTRY=/tmp/x/dist/index.js`,
    );
  emu = await startEmulator({ world: world() as never });
  gh = await startGitHub({ files: { '.imds-guard/changelog.jsonl': '' } });
  oidcPlan = await startOidc({ eventName: 'workflow_dispatch' });
  oidcProd = await startOidc({ environment: 'production', eventName: 'workflow_dispatch' });
}, 30_000);

afterAll(async () => {
  await emu?.close();
  await gh?.close();
  await oidcPlan?.close();
  await oidcProd?.close();
});

beforeEach(() => {
  emu.resetWorld();
  emu.reset();
  // AWS's bucket sizes, ModifyInstanceMetadataDefaults 2 burst / 2 per second included.
  emu.setThrottle(true);
});

const awsEnv = () => ({ AWS_ENDPOINT_URL: emu.url, AWS_REGION: 'us-east-1', AWS_MAX_ATTEMPTS: '3' });
const TARGETS = 'launch-templates,account-defaults';

async function plan() {
  const r = await runAction({
    entry: BUNDLE,
    inputs: {
      mode: 'plan',
      'role-to-assume': READ_ROLE,
      regions: REGIONS.join(','),
      'remediation-targets': TARGETS,
    },
    env: { ...awsEnv(), ...oidcPlan.env },
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
  });
  try {
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const text = readFileSync(r.outputs['plan-file'], 'utf8');
    return { text, plan: JSON.parse(text) as Plan, summary: r.summary };
  } finally {
    r.cleanup();
  }
}

async function apply(inputs: Record<string, string>, files: Record<string, string>) {
  // The plan job's plan-digest output: here, the digest of the plan file handed over (an honest plan).
  const planText = files['imds-guard-plan.json'];
  const digest = planText ? (JSON.parse(planText) as Plan).digest : '';
  const r = await runAction({
    entry: BUNDLE,
    inputs: {
      mode: 'apply',
      'role-to-assume': WRITE_ROLE,
      'approval-environment': 'production',
      'github-token': 'ghs_test',
      'commit-changelog': 'false',
      'plan-digest': digest,
      ...inputs,
    },
    env: { ...awsEnv(), GITHUB_API_URL: gh.url, ...oidcProd.env },
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
    workspaceFiles: files,
  });
  const logPath = join(r.workspace, '.imds-guard/changelog.jsonl');
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
  const lines = log
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ChangeRecord);
  r.cleanup();
  return { ...r, log, lines, records: lines.filter((l) => l.result !== 'started') };
}

const lt = (id: string) => {
  for (const region of REGIONS) {
    const t = emu.world.region(ACCOUNT, region).launchTemplates.find((x) => x.launchTemplateId === id);
    if (t) return t;
  }
  throw new Error(id);
};
const defaults = (region: string) => {
  const {
    ManagedBy: _m,
    ManagedExceptionMessage: _e,
    ...d
  } = emu.world.region(ACCOUNT, region).metadataDefaults;
  return d;
};
const writes = () =>
  emu.callLog.filter(
    (c) =>
      /^(ModifyInstanceMetadataDefaults|CreateLaunchTemplateVersion|ModifyLaunchTemplate)$/.test(
        c.operation,
      ) && c.params.DryRun !== 'true',
  );

describe('launch templates and account defaults', () => {
  it('plan → apply → rollback', async () => {
    const { text, plan: p, summary } = await plan();
    expect(p.items.map((i) => [i.kind, i.region, i.resourceId]).sort()).toEqual(
      [
        ['launch-template', 'us-east-1', LT_A],
        ['launch-template', 'us-east-1', LT_B],
        ['account-defaults', 'us-east-1', 'account-defaults'],
        ['launch-template', 'us-west-2', LT_E],
        ['account-defaults', 'us-west-2', 'account-defaults'],
      ].sort(),
    );
    expect(p.items.some((i) => i.kind === 'instance')).toBe(false);
    expect(p.heldBack.find((h) => h.resourceId === LT_D)?.reason).toMatch(
      /still use IMDSv1: \d+ MetadataNoToken/,
    );
    expect(p.heldBack.find((h) => h.region === 'eu-west-1')?.reason).toMatch(/declarative policy/);
    expect(summary).toMatch(/3 launch templates, 2 account defaults/);
    const before = {
      A: structuredClone(lt(LT_A)),
      B: structuredClone(lt(LT_B)),
      E: structuredClone(lt(LT_E)),
    };
    const defaultsBefore = { east: defaults('us-east-1'), west: defaults('us-west-2') };

    emu.resetCounts();
    // Committed to the fake GitHub, so plan-rollback can prove the records are the Action's own.
    const a = await apply({ 'commit-changelog': 'true' }, { 'imds-guard-plan.json': text });
    expect(a.exitCode, a.stdout + a.stderr).toBe(0);
    expect(a.outputs['applied-count']).toBe('5');
    // DryRun of every write operation, per region, before the first real write.
    const calls = emu.callLog.filter((c) => /Modify|Create/.test(c.operation));
    const firstWrite = calls.findIndex((c) => c.params.DryRun !== 'true');
    const dry = calls.slice(0, firstWrite);
    expect(dry.every((c) => c.outcome === 'DryRunOperation')).toBe(true);
    expect(new Set(dry.map((c) => `${c.region} ${c.operation}`))).toEqual(
      new Set(
        ['us-east-1', 'us-west-2'].flatMap((r) => [
          `${r} ModifyInstanceMetadataDefaults`,
          `${r} CreateLaunchTemplateVersion`,
          `${r} ModifyLaunchTemplate`,
        ]),
      ),
    );
    expect(calls.slice(firstWrite).every((c) => c.params.DryRun !== 'true')).toBe(true);
    expect(writes().every((c) => c.outcome === 'ok')).toBe(true);

    // Templates: a new version from the default, every metadata field carried over, made default.
    const A = lt(LT_A);
    expect(A.versions).toHaveLength(3);
    expect(A.defaultVersion).toBe(3);
    expect(A.versions[2].launchTemplateData).toEqual({
      ImageId: 'ami-0123456789abcdef0',
      InstanceType: 't3.micro',
      MetadataOptions: {
        HttpTokens: 'required',
        HttpPutResponseHopLimit: 2,
        HttpEndpoint: 'enabled',
        HttpProtocolIpv6: 'enabled',
        InstanceMetadataTags: 'enabled',
      },
    });
    expect(lt(LT_B).versions[1].launchTemplateData.MetadataOptions).toEqual({ HttpTokens: 'required' });
    expect(lt(LT_B).defaultVersion).toBe(2);
    expect(lt(LT_E).defaultVersion).toBe(2);
    expect(lt(LT_C).versions).toHaveLength(1);
    expect(lt(LT_D).versions).toHaveLength(1);
    // Account defaults: required; other values kept; the declarative region untouched.
    expect(defaults('us-east-1')).toEqual({ HttpTokens: 'required' });
    expect(defaults('us-west-2')).toEqual({ HttpTokens: 'required', HttpPutResponseHopLimit: 2 });
    expect(defaults('eu-west-1')).toEqual({ HttpTokens: 'optional' });
    // The log: an intent before every write, outcomes with the versions for rollback.
    const recA = a.records.find((r) => r.resourceId === LT_A)!;
    expect(recA).toMatchObject({ result: 'applied', beforeVersion: 1, afterVersion: 3 });
    expect(recA.before).toMatchObject({ httpTokens: 'optional', instanceMetadataTags: 'enabled' });
    expect(a.lines.filter((l) => l.result === 'started' && l.kind === 'launch-template')).toHaveLength(6);
    expect(a.lines.filter((l) => l.result === 'started' && l.kind === 'account-defaults')).toHaveLength(2);
    const recEast = a.records.find((r) => r.kind === 'account-defaults' && r.region === 'us-east-1')!;
    expect(recEast).toMatchObject({ before: {}, after: { httpTokens: 'required' } });
    // Exactly the emulator's changes: 3 versions created, 3 defaults switched, 2 account defaults.
    expect(emu.changes.filter((c) => c.operation === 'CreateLaunchTemplateVersion')).toHaveLength(3);
    expect(emu.changes.filter((c) => c.operation === 'ModifyLaunchTemplate')).toHaveLength(3);
    expect(emu.changes.filter((c) => c.operation === 'ModifyInstanceMetadataDefaults')).toHaveLength(2);

    // Rollback: default versions set back (new versions kept), defaults restored value for value.
    emu.resetCounts();
    // plan-rollback (read-only) writes the rollback plan; the approved rollback applies it, pinned.
    const rp = await runAction({
      entry: BUNDLE,
      inputs: { mode: 'plan-rollback', 'role-to-assume': READ_ROLE, 'rollback-run': recA.runId },
      env: { ...awsEnv(), GITHUB_API_URL: gh.url, ...oidcPlan.env },
      event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
      workspaceFiles: { '.imds-guard/changelog.jsonl': a.log },
    });
    expect(rp.exitCode, rp.stdout + rp.stderr).toBe(0);
    expect(rp.summary).toMatch(/### Provenance: checked\n/);
    const rollbackPlan = readFileSync(rp.outputs['plan-file'], 'utf8');
    rp.cleanup();
    const rb = await apply(
      { mode: 'rollback' },
      { '.imds-guard/changelog.jsonl': a.log, 'imds-guard-plan.json': rollbackPlan },
    );
    expect(rb.exitCode, rb.stdout + rb.stderr).toBe(0);
    expect(rb.outputs['applied-count']).toBe('5');
    expect(lt(LT_A).defaultVersion).toBe(before.A.defaultVersion);
    expect(lt(LT_A).versions).toHaveLength(3);
    expect(lt(LT_B).defaultVersion).toBe(before.B.defaultVersion);
    expect(lt(LT_E).defaultVersion).toBe(before.E.defaultVersion);
    expect(defaults('us-east-1')).toEqual(defaultsBefore.east);
    expect(defaults('us-west-2')).toEqual(defaultsBefore.west);
    const restoreEast = emu.callLog.find(
      (c) =>
        c.operation === 'ModifyInstanceMetadataDefaults' &&
        c.region === 'us-east-1' &&
        c.params.DryRun !== 'true',
    )!;
    expect(restoreEast.params).toMatchObject({ HttpTokens: 'no-preference' });
    expect(emu.callLog.some((c) => c.operation === 'CreateLaunchTemplateVersion')).toBe(false);
  }, 120_000);

  it('skips a template whose default version changed since the plan; a denied DryRun changes nothing', async () => {
    const { text } = await plan();
    lt(LT_A).defaultVersion = 2; // someone else switched it
    const a = await apply({}, { 'imds-guard-plan.json': text });
    expect(a.exitCode, a.stdout + a.stderr).toBe(0);
    expect(a.records.find((r) => r.resourceId === LT_A)).toMatchObject({
      result: 'drifted',
      errorMessage: expect.stringMatching(/default version changed since the plan: 1 → 2/),
    });
    expect(a.outputs['applied-count']).toBe('4');
    expect(lt(LT_A).versions).toHaveLength(2);

    emu.resetWorld();
    emu.reset();
    emu.faults.configure({
      failNext: [
        {
          count: 1,
          operation: 'ModifyInstanceMetadataDefaults',
          region: 'us-west-2',
          code: 'UnauthorizedOperation',
          status: 403,
        },
      ],
    });
    const denied = await apply({}, { 'imds-guard-plan.json': text });
    expect(denied.exitCode).not.toBe(0);
    expect(denied.stdout + denied.stderr).toMatch(
      /DryRun permission check failed in us-west-2 \(ModifyInstanceMetadataDefaults UnauthorizedOperation/,
    );
    expect(writes()).toHaveLength(0);
    expect(emu.changes).toHaveLength(0);
    expect(denied.lines).toHaveLength(0);
  }, 120_000);
});
