/**
 * Regression tests for the defects an adversarial review found in the core, run in-process through
 * `run(settings, deps)` against the loopback emulator. Each fails on the code before the fix.
 * (The forged plan, the pinned digest and rollback as plan → apply are proved through the bundle in
 * test/e2e/remediate.test.ts; the sticky comment in test/report/comment.test.ts; corrupt shard reports
 * in test/org/shard-merge.test.ts; unknown outcomes in test/remediate/apply.test.ts.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/types.js';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import type { WorldFixture } from '../emulator/world.js';
import { cleanupWorkspaces, runInProcess } from '../support/inprocess.js';
import { startOidc } from '../support/oidc.js';

const MGMT = '111111111111';
const MEMBER = '222222222222';
const KEY = 'AKIATRUSTCOREMGMT001';
const REGIONS = ['us-east-1', 'eu-west-1'];
const HOSTILE = 'x\n::error title=pwned::owned\u001b[31m\u202egnp.exe\u2060 @here #12 https://evil.example |';

let emu: Emulator;
/** Member instances that made IMDSv1 calls: the ones hardening would break. */
let memberUsers: string[] = [];

function world(): WorldFixture {
  const w = generateFleet({
    seed: 11,
    accounts: 2,
    regions: REGIONS,
    instancesPerRegion: 12,
    enabledRegions: REGIONS,
  });
  w.accessKeys = { [KEY]: { account: MGMT, role: 'IMDSGuardAudit' } };
  const member = w.accounts.find((a) => a.id === MEMBER)!;
  memberUsers = [];
  for (const r of Object.values(member.regions ?? {})) {
    for (const i of r.instances ?? []) {
      const live = i.state !== 'terminated' && i.state !== 'shutting-down';
      if (
        live &&
        i.metadataOptions?.HttpTokens !== 'required' &&
        i.metadataOptions?.HttpEndpoint !== 'disabled'
      ) {
        i.v1Calls = memberUsers.length % 2 ? 0 : [0, 4, 9];
        if (memberUsers.length % 2 === 0) memberUsers.push(i.instanceId);
        else memberUsers.push('');
      }
    }
  }
  memberUsers = memberUsers.filter(Boolean);
  // A hostile tag value on one management instance: the log and every summary must defuse it.
  const mgmt = w.accounts.find((a) => a.id === MGMT)!;
  const first = Object.values(mgmt.regions ?? {})[0].instances![0];
  first.tags = { Name: HOSTILE, Team: HOSTILE };
  first.metadataOptions = { ...first.metadataOptions, HttpTokens: 'optional', HttpEndpoint: 'enabled' };
  first.state = 'running';
  return w;
}

const aws = () => ({
  AWS_ENDPOINT_URL: emu.url,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: KEY,
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_MAX_ATTEMPTS: '2',
});

beforeAll(async () => {
  emu = await startEmulator({ world: world() });
}, 30_000);

afterAll(async () => {
  await emu?.close();
});

afterEach(() => {
  emu.resetWorld();
  emu.reset();
  cleanupWorkspaces();
});

describe('1. readiness reads each account with its own session', () => {
  it('holds back member instances that made IMDSv1 calls; every CloudWatch call about them goes to the member account', async () => {
    expect(memberUsers.length).toBeGreaterThan(0);
    const r = await runInProcess({
      inputs: { mode: 'plan', accounts: 'organization', regions: REGIONS.join(',') },
      env: aws(),
    });
    expect(r.error).toBeUndefined();
    const plan = JSON.parse(
      (await import('node:fs')).readFileSync(String(r.outputs['plan-file']), 'utf8'),
    ) as Plan;
    for (const id of memberUsers) {
      expect(
        plan.items.some((i) => i.resourceId === id),
        `${id} planned though it uses IMDSv1`,
      ).toBe(false);
      expect(plan.heldBack.find((h) => h.resourceId === id)?.reason).toMatch(/still using IMDSv1/);
    }
    const cw = emu.callLog.filter((c) => c.operation === 'GetMetricData');
    expect(cw.some((c) => c.account === MEMBER)).toBe(true);
    expect(cw.some((c) => c.account === MGMT)).toBe(true);
    // Each call carried only its own account's instances.
    const memberIds = new Set(
      plan.items
        .concat(plan.heldBack as never)
        .filter((i) => i.accountId === MEMBER)
        .map((i) => i.resourceId),
    );
    for (const c of cw.filter((x) => x.account === MGMT)) {
      for (const id of memberIds) expect(JSON.stringify(c.params)).not.toContain(id);
    }
    // The plan records what selected it, and the summary shows the digest and the selection.
    expect(plan.selectedBy).toMatchObject({ regions: REGIONS, targets: ['instances'] });
    expect(r.outputs['plan-digest']).toBe(plan.digest);
    expect(r.summaries.join('\n')).toContain(plan.digest);
    expect(r.summaries.join('\n')).toMatch(/Selected by:.*regions: us-east-1, eu-west-1/);
  }, 60_000);
});

describe('a plan never silently leaves out an account it could not reach', () => {
  it('fails naming the account; fail-on-scan-error: regions accepts the partial plan', async () => {
    const inputs = {
      mode: 'plan',
      accounts: 'organization',
      regions: REGIONS.join(','),
      'member-role-name': 'NoSuchRole',
    };
    const strict = await runInProcess({ inputs, env: aws() });
    expect(strict.result?.passed).toBe(false);
    expect(strict.result?.failures.join('\n')).toMatch(
      new RegExp(
        `1 account\\(s\\) could not be read \\(${MEMBER} \\(\\w+\\)\\).*fail-on-scan-error: regions`,
      ),
    );
    emu.reset();
    const lenient = await runInProcess({
      inputs: { ...inputs, 'fail-on-scan-error': 'regions' },
      env: aws(),
    });
    expect(lenient.error).toBeUndefined();
    expect(lenient.result?.passed).toBe(true);
    const plan = JSON.parse(
      (await import('node:fs')).readFileSync(String(lenient.outputs['plan-file']), 'utf8'),
    ) as Plan;
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.every((i) => i.accountId === MGMT)).toBe(true);
  }, 60_000);
});

describe('5. hostile values: one escaper for the summary the approver reads', () => {
  it('the plan summary escapes the hostile tag (no row break, mention, issue link, autolink, control or format character)', async () => {
    const r = await runInProcess({
      inputs: { mode: 'plan', regions: REGIONS.join(','), remediation: 'require-v2, include-in-use' },
      env: aws(),
    });
    expect(r.error).toBeUndefined();
    const md = r.summaries.join('\n');
    expect(md).toContain('pwned');
    // Nothing can end a table row, start a line, mention, link an issue, or autolink.
    expect(md).not.toMatch(/\n::error/);
    expect(md).not.toContain('@here');
    expect(md).not.toMatch(/[^&]#12\b/); // (&#124; is the escaped pipe)
    expect(md).not.toContain('https://evil');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what must not be there
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e\u2060]/);
  }, 60_000);
});

describe('7. nothing to scan is an input error, never a pass', () => {
  it('regions minus its ! entries = nothing', async () => {
    const r = await runInProcess({
      inputs: { regions: 'us-east-1, !us-east-1', threshold: '100' },
      env: aws(),
    });
    expect(r.result).toBeUndefined();
    expect(r.error?.message).toMatch(/regions.*excludes every region it names/);
    expect(emu.callLog).toHaveLength(0);
  });
  it('all enabled regions excluded', async () => {
    const r = await runInProcess({ inputs: { regions: '!us-east-1,!eu-west-1' }, env: aws() });
    expect(r.error?.message).toMatch(/Input 'regions': excludes every region to scan/);
    expect(emu.callLog.filter((c) => c.operation === 'DescribeInstances')).toHaveLength(0);
  });
});

describe('8. paths stay inside the workspace, checked before any AWS call', () => {
  it.each([
    ['changelog-path', '../../x.jsonl'],
    ['changelog-path', '/tmp/elsewhere.jsonl'],
    ['changelog-path', '.git/hooks/post-checkout'],
    ['report-dir', '../out'],
    ['history-file', '/etc/history.jsonl'],
    ['plan-file', '../plan.json'],
    ['instances', 'file: ../../etc/passwd'],
  ])('%s: %s', async (input, value) => {
    const r = await runInProcess({
      inputs: {
        mode: input === 'changelog-path' || input === 'plan-file' ? 'apply' : 'plan',
        'approval-environment': 'production',
        'plan-digest': `sha256:${'0'.repeat(64)}`,
        [input]: value,
      },
      env: aws(),
    });
    expect(r.error?.message).toMatch(new RegExp(`'${input}'`));
    expect(r.error?.message).toMatch(/outside the workspace|inside \.git/);
    expect(r.error?.message).not.toMatch(/root:/);
    expect(emu.callLog).toHaveLength(0);
  });
});

describe('11. errors name the input, operation, region or account', () => {
  it('a directory as the instances file or plan-file', async () => {
    const ws = join((await import('node:os')).tmpdir(), `imds-dir-${Date.now()}`);
    mkdirSync(join(ws, 'sel'), { recursive: true });
    mkdirSync(join(ws, 'plan.json'), { recursive: true });
    const a = await runInProcess({
      inputs: { mode: 'plan', instances: 'file: sel' },
      env: aws(),
      workspace: ws,
    });
    expect(a.error?.message).toMatch(/Input 'instances': sel is a directory/);
    const b = await runInProcess({
      inputs: {
        mode: 'apply',
        'plan-file': 'plan.json',
        'approval-environment': 'production',
        'plan-digest': `sha256:${'0'.repeat(64)}`,
      },
      env: aws(),
      workspace: ws,
    });
    expect(b.error?.message).toMatch(/Input 'plan-file': plan\.json is a directory/);
    expect(emu.callLog).toHaveLength(0);
  });

  it('a DescribeRegions 500 names the operation, region and account', async () => {
    emu.faults.configure({
      failNext: [{ count: 5, operation: 'DescribeRegions', status: 500, code: 'InternalError' }],
    });
    const r = await runInProcess({ inputs: {}, env: aws() });
    expect(r.error?.message).toMatch(
      /DescribeRegions in us-east-1 for account 111111111111 failed \(InternalError/,
    );
  });

  it('a plan naming only instances that do not exist fails, naming them', async () => {
    const r = await runInProcess({
      inputs: {
        mode: 'plan',
        regions: REGIONS.join(','),
        instances: 'i-0123456789abcdef0,i-0fedcba9876543210',
      },
      env: aws(),
    });
    expect(r.result?.passed).toBe(false);
    expect(r.result?.failures.join('\n')).toMatch(
      /None of the 2 instance\(s\) named .* exist .*i-0123456789abcdef0, i-0fedcba9876543210/,
    );
  });

  it('STS refusing role-duration-seconds names the input', async () => {
    const oidc = await startOidc({ eventName: 'workflow_dispatch' });
    try {
      const idToken = async (aud: string) => {
        const u = `${oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(aud)}`;
        const res = await fetch(u, {
          headers: { authorization: `Bearer ${oidc.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        });
        return ((await res.json()) as { value: string }).value;
      };
      const r = await runInProcess({
        inputs: {
          'role-to-assume': `arn:aws:iam::${MGMT}:role/IMDSGuardReadOnly`,
          'role-duration-seconds': '43200',
        },
        env: { AWS_ENDPOINT_URL: emu.url, AWS_REGION: 'us-east-1', ...oidc.env },
        idToken,
      });
      expect(r.error?.message).toMatch(
        /Input 'role-duration-seconds' \(43200\) exceeds the role's maximum session duration/,
      );
    } finally {
      await oidc.close();
    }
  });
});

describe('12. a refused change-log commit', () => {
  it('says where the log is kept, why, and how to let the commit through', async () => {
    const { commitChangeLog } = await import('../../src/github/commit.js');
    const { startGitHub } = await import('../support/github.js');
    const gh = await startGitHub({ files: { '.imds-guard/changelog.jsonl': '' }, readOnly: true });
    try {
      const out = await commitChangeLog(
        { token: 'ghs_x', commit: true, path: '.imds-guard/changelog.jsonl' },
        {
          github: {
            repository: { owner: 'octo', repo: 'infra' },
            ref: 'refs/heads/main',
            apiUrl: gh.url,
            runId: '1',
          } as never,
          log: { info() {}, warning() {}, error() {}, debug() {}, secret() {} },
        },
        {
          lines: ['{"a":1}'],
          mode: 'apply',
          counts: { applied: 1 },
          localPath: '/ws/.imds-guard/changelog.jsonl',
        },
      );
      expect(out.failure).toMatch(/Committing the change log to main failed/);
      expect(out.failure).toMatch(/kept at \/ws\/\.imds-guard\/changelog\.jsonl/);
      expect(out.failure).toMatch(/if: always\(\) artifact step/);
      expect(out.failure).toMatch(/bypass list|dedicated branch/);
    } finally {
      await gh.close();
    }
  });
});
