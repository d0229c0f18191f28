/**
 * Least privilege, proven: every mode runs in-process against the loopback emulator, signed in as the
 * workflows sign in (GitHub OIDC → the read-only role; an approved environment → the write role; role
 * chaining → the member role), and the AWS operations the emulator records per role must be exactly what
 * that role's policy in setup/policies.json allows — nothing missing, nothing extra. The CloudFormation
 * template, the StackSet template and the Terraform module must each grant exactly those policies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/types.js';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import type { CallRecord } from '../emulator/recorder.js';
import type { RoleFixture } from '../emulator/world.js';
import { cleanupWorkspaces, runInProcess } from '../support/inprocess.js';
import { type OidcServer, startOidc } from '../support/oidc.js';
import {
  actions,
  type CfnRole,
  cloudFormationRoles,
  type PolicyName,
  policiesJson,
  type Statement,
  terraformModule,
} from './policies.js';

const MGMT = '111111111111';
const REGIONS = ['us-east-1', 'eu-west-1'];
const READ_ROLE = `arn:aws:iam::${MGMT}:role/IMDSGuardReadOnly`;
const WRITE_ROLE = `arn:aws:iam::${MGMT}:role/IMDSGuardRemediation`;
const REPOSITORY = 'octo/infra';
const STACK = 'setup/cloudformation/imds-guard.yaml';
const STACKSET = 'setup/cloudformation/member-role-stackset.yaml';
const IAC_FIXTURE = new URL('../fixtures/iac-e2e/mixed/', import.meta.url).pathname;

/** Role name (as in setup/policies.json) → the IAM actions its sessions were seen to call. */
type Seen = Record<'audit' | 'write' | 'member', Set<string>>;

let emu: Emulator;
let oidcRead: OidcServer;
let oidcProd: OidcServer;
const seen: Seen = { audit: new Set(), write: new Set(), member: new Set() };
/** Which mode needed which action, for the failure messages. */
const byMode: Record<string, Set<string>> = {};

/**
 * The IAM action a recorded call needs, or undefined when it needs none in the role's permission policy:
 * AssumeRoleWithWebIdentity is granted by the role's trust policy, GetCallerIdentity by no policy at all.
 */
function iamAction(c: CallRecord): string | undefined {
  if (c.operation === 'AssumeRoleWithWebIdentity' || c.operation === 'GetCallerIdentity') return undefined;
  return `${c.service === 'monitoring' ? 'cloudwatch' : c.service}:${c.operation}`;
}

/** The role a call was made with, from the emulator's principal ARN (assumed-role/ROLE/session). */
function roleOf(c: CallRecord): keyof Seen | undefined {
  const m = /:assumed-role\/([^/]+)\//.exec(c.principal);
  if (!m) return undefined;
  return m[1] === 'IMDSGuardReadOnly'
    ? 'audit'
    : m[1] === 'IMDSGuardRemediation'
      ? 'write'
      : m[1] === 'IMDSGuardAudit'
        ? 'member'
        : undefined;
}

function record(mode: string): void {
  for (const c of emu.callLog) {
    const action = iamAction(c);
    const role = roleOf(c);
    if (!action) continue;
    expect(role, `${mode}: ${action} made by ${c.principal}, not one of the set-up roles`).toBeDefined();
    seen[role!].add(action);
    const key = `${mode} (${role})`;
    byMode[key] = (byMode[key] ?? new Set()).add(action);
    // Nothing was refused: a role that lacked a permission in the emulator would hide a call.
    expect(['ok', 'DryRunOperation'], `${mode}: ${action} → ${c.outcome}`).toContain(c.outcome);
  }
  emu.resetCounts();
}

function token(server: OidcServer) {
  return async (aud: string) => {
    const u = `${server.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(aud)}`;
    const res = await fetch(u, {
      headers: { authorization: `Bearer ${server.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
    });
    return ((await res.json()) as { value: string }).value;
  };
}

const awsEnv = (server: OidcServer) => ({
  AWS_ENDPOINT_URL: emu.url,
  // Soaks of seconds: the test-only metric timing (loopback endpoints only).
  IMDS_GUARD_TEST_METRIC_TIMING: '1,0',
  AWS_REGION: 'us-east-1',
  AWS_MAX_ATTEMPTS: '2',
  ...server.env,
});

function files(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

async function read(inputs: Record<string, string>, o: Partial<Parameters<typeof runInProcess>[0]> = {}) {
  const r = await runInProcess({
    inputs: { 'role-to-assume': READ_ROLE, regions: REGIONS.join(','), ...inputs },
    env: awsEnv(oidcRead),
    idToken: token(oidcRead),
    ...o,
  });
  expect(r.error, r.lines.join('\n')).toBeUndefined();
  return r;
}

async function write(inputs: Record<string, string>, workspace: string) {
  const r = await runInProcess({
    inputs: {
      'role-to-assume': WRITE_ROLE,
      'approval-environment': 'imds-production',
      'commit-changelog': 'false',
      ...inputs,
    },
    env: awsEnv(oidcProd),
    idToken: token(oidcProd),
    workspace,
  });
  expect(r.error, r.lines.join('\n')).toBeUndefined();
  expect(r.result?.passed, r.result?.failures.join('\n')).toBe(true);
  return r;
}

/** The token's sub a role's trust (from the CloudFormation template) admits, for this repository. */
function trustedSub(role: CfnRole, test: 'StringEquals' | 'StringLike'): string[] {
  const sub = role.trust.Statement[0].Condition?.[test]?.['token.actions.githubusercontent.com:sub'];
  return sub === undefined
    ? []
    : [String(sub).replace('OWNER/REPO', REPOSITORY).replace('ENVIRONMENT', 'imds-production')];
}

/** The emulator's roles, trusting what the set-up templates trust (the emulator matches `*` in a sub). */
function rolesFromTemplates(): RoleFixture[] {
  const stack = cloudFormationRoles(STACK, { CreateOidcProvider: true, Organization: true });
  const aud = ['sts.amazonaws.com'];
  return [
    {
      name: 'IMDSGuardReadOnly',
      readOnly: true,
      trust: { oidc: { aud, sub: trustedSub(stack.AuditRole, 'StringLike') } },
    },
    {
      name: 'IMDSGuardRemediation',
      trust: { oidc: { aud, sub: trustedSub(stack.WriteRole, 'StringEquals') } },
    },
    {
      name: 'IMDSGuardAudit',
      readOnly: true,
      trust: { principals: [`arn:aws:iam::${MGMT}:role/IMDSGuardReadOnly`] },
    },
  ];
}

beforeAll(async () => {
  // The organization scenario of test/pipeline/trust-core.test.ts: two accounts, two regions.
  const w = generateFleet({
    seed: 11,
    accounts: 2,
    regions: REGIONS,
    instancesPerRegion: 12,
    enabledRegions: REGIONS,
    roles: rolesFromTemplates(),
  });
  // IMDSv1 calls on one instance: the plan's readiness reads them (and holds it back).
  const first = Object.values(w.accounts[0].regions ?? {})[0].instances![0];
  first.metadataOptions = { ...first.metadataOptions, HttpTokens: 'optional', HttpEndpoint: 'enabled' };
  first.state = 'running';
  first.v1Calls = [0, 4, 9];
  // The exposure context in every account, so each read the audit may make is made (and so granted):
  // an instance profile whose role has a managed and an inline policy, a GuardDuty finding, a notebook
  // instance and an Elastic Beanstalk environment.
  for (const account of w.accounts) {
    const [region] = Object.values(account.regions ?? {});
    const v1 =
      region.instances!.find((i) => i.metadataOptions?.HttpTokens === 'optional') ?? region.instances![0];
    v1.metadataOptions = { ...v1.metadataOptions, HttpTokens: 'optional', HttpEndpoint: 'enabled' };
    v1.iamInstanceProfile = { arn: `arn:aws:iam::${account.id}:instance-profile/lp-app`, id: 'AIPALPAPP' };
    account.iam = {
      instanceProfiles: [{ name: 'lp-app', roleName: 'lp-app-role' }],
      roles: [
        {
          name: 'lp-app-role',
          roleId: 'AROALPAPPROLE',
          attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
          inlinePolicies: {
            app: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
            },
          },
        },
      ],
    };
    region.guardDuty = {
      detectorId: `d-${account.id}`,
      findings: [
        {
          id: `f-${account.id}`,
          type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
          principalId: `AROALPAPPROLE:${v1.instanceId}`,
          updatedAt: new Date().toISOString(),
          remoteIp: '198.51.100.7',
        },
      ],
    };
    region.notebookInstances = [{ name: 'research', minimumImdsVersion: '1' }];
    region.beanstalkEnvironments = [
      {
        application: 'shop',
        name: 'shop-prod',
        solutionStack: '64bit Amazon Linux 2 v5.8.0 running Node.js 18',
      },
    ];
  }
  emu = await startEmulator({ world: w });
  oidcRead = await startOidc({ repository: REPOSITORY, eventName: 'workflow_dispatch' });
  oidcProd = await startOidc({
    repository: REPOSITORY,
    environment: 'imds-production',
    eventName: 'workflow_dispatch',
  });

  // Audit (the nightly), then the organization audit (merge.yml's scan jobs).
  await read({ threshold: '0' });
  record('audit');
  await read({ threshold: '0', accounts: 'organization' });
  record('audit, accounts: organization');
  // The required check, with live access: unset tokens resolved from account defaults and AMIs.
  await read(
    {
      iac: 'infra/**/*.tf\ninfra/**/*.template.yaml',
      'pr-gate': 'iac',
      threshold: '0',
      comment: 'never',
      regions: 'us-east-1',
    },
    {
      workspaceFiles: files(IAC_FIXTURE),
      event: {
        name: 'pull_request',
        payload: { number: 3, pull_request: { number: 3, head: { repo: { full_name: 'octo/infra' } } } },
      },
    },
  );
  record('audit with iac');

  // Remediation: plan (every target, staged in waves) → approved apply → plan-rollback → rollback.
  const planned = await read({
    mode: 'plan',
    'remediation-targets': 'instances, launch-templates, account-defaults',
    waves: 'canary:1-per-region, 100%, soak=0.02',
  });
  record('plan');
  const ws = planned.workspace;
  const plan = JSON.parse(readFileSync(String(planned.outputs['plan-file']), 'utf8')) as Plan;
  expect(plan.items.length).toBeGreaterThan(0);
  await write({ mode: 'apply', 'plan-digest': plan.digest }, ws);
  record('apply');
  // Provenance is checked against GitHub, not AWS: this test counts AWS calls only.
  const back = await read({ mode: 'plan-rollback', 'rollback-run': 'last, unverified' }, { workspace: ws });
  record('plan-rollback');
  await write({ mode: 'rollback', 'plan-digest': String(back.outputs['plan-digest']) }, ws);
  record('rollback');
  await read({ mode: 'plan', accounts: 'organization' });
  record('plan, accounts: organization');
}, 180_000);

afterAll(async () => {
  await emu?.close();
  await oidcRead?.close();
  await oidcProd?.close();
  cleanupWorkspaces();
});

const P = policiesJson();
/** The audit role's actions in the modes that do not reach other accounts. */
const singleAccount = () =>
  [
    ...new Set(
      Object.entries(byMode)
        .filter(([mode]) => mode.endsWith('(audit)') && !mode.includes('organization'))
        .flatMap(([, a]) => [...a]),
    ),
  ].sort();
const sorted = (set: Set<string>) => [...set].sort();
const byKey = (...keys: PolicyName[]): Statement[] => keys.flatMap((k) => P[k]);

describe('least privilege: setup/policies.json allows exactly what each role calls', () => {
  it('the scenario exercises every role, and every AWS operation the source makes', () => {
    expect(Object.keys(byMode).sort()).toEqual(
      [
        'apply (write)',
        'audit (audit)',
        'audit with iac (audit)',
        'audit, accounts: organization (audit)',
        'audit, accounts: organization (member)',
        'plan (audit)',
        'plan, accounts: organization (audit)',
        'plan, accounts: organization (member)',
        'plan-rollback (audit)',
        'rollback (write)',
      ].sort(),
    );
    // The writes of every remediation target, and the soak's metrics.
    expect(sorted(seen.write)).toEqual(
      expect.arrayContaining(['ec2:CreateLaunchTemplateVersion', 'cloudwatch:GetMetricData']),
    );
  });

  it('audit role: the nightly audit, the required check with live access, plan and plan-rollback', () => {
    expect(
      actions(P.audit),
      JSON.stringify(byMode, (_, v) => (v instanceof Set ? [...v] : v)),
    ).toEqual(singleAccount());
  });

  it('audit role with organization access: the organization audit and plan', () => {
    expect(actions(byKey('audit', 'audit-organization'))).toEqual(sorted(seen.audit));
  });

  it('write role: apply and rollback (instances, launch templates, account defaults, waves)', () => {
    expect(actions(P.write)).toEqual(sorted(seen.write));
  });

  it('member role: what an organization audit and plan read in every other account', () => {
    expect(actions(P.member)).toEqual(sorted(seen.member));
  });

  it('the trust the templates write: the write role only for the environment, no role for another repository', async () => {
    const other = await startOidc({ repository: 'octo/elsewhere', environment: 'imds-production' });
    const sts = new STSClient({ region: 'us-east-1', endpoint: emu.url, maxAttempts: 1 });
    const assume = async (role: string, server: OidcServer) => {
      try {
        await sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: role,
            RoleSessionName: 'least-privilege',
            WebIdentityToken: await token(server)('sts.amazonaws.com'),
          }),
        );
        return 'assumed';
      } catch (e) {
        return (e as Error).name;
      }
    };
    try {
      expect(await assume(READ_ROLE, oidcRead)).toBe('assumed');
      expect(await assume(READ_ROLE, oidcProd)).toBe('assumed');
      expect(await assume(WRITE_ROLE, oidcProd)).toBe('assumed');
      expect(await assume(WRITE_ROLE, oidcRead)).toBe('AccessDenied');
      expect(await assume(WRITE_ROLE, other)).toBe('AccessDenied');
      expect(await assume(READ_ROLE, other)).toBe('AccessDenied');
    } finally {
      sts.destroy();
      await other.close();
      emu.resetCounts();
    }
  });
});

describe('the set-up templates grant exactly setup/policies.json', () => {
  it.each([true, false])('CloudFormation stack, OrganizationAudit %s', (organization) => {
    for (const create of [true, false]) {
      const roles = cloudFormationRoles(STACK, { CreateOidcProvider: create, Organization: organization });
      expect(Object.keys(roles).sort()).toEqual(['AuditRole', 'WriteRole']);
      expect(roles.AuditRole.policies).toEqual({
        'imds-guard-audit': P.audit,
        ...(organization ? { 'imds-guard-audit-organization': P['audit-organization'] } : {}),
      });
      expect(roles.WriteRole.policies).toEqual({ 'imds-guard-write': P.write });
      const provider = create ? 'REF(GitHubOidcProvider)' : 'REF(OidcProviderArn)';
      for (const role of [roles.AuditRole, roles.WriteRole]) {
        expect(role.trust.Statement).toHaveLength(1);
        expect(role.trust.Statement[0]).toMatchObject({
          Principal: { Federated: provider },
          Action: 'sts:AssumeRoleWithWebIdentity',
        });
        expect(
          role.trust.Statement[0].Condition?.StringEquals?.['token.actions.githubusercontent.com:aud'],
        ).toBe('sts.amazonaws.com');
      }
      expect(roles.AuditRole.trust.Statement[0].Condition?.StringLike).toEqual({
        'token.actions.githubusercontent.com:sub': 'repo:OWNER/REPO:*',
      });
      // The write role: the environment's sub, compared exactly, and nothing matched by pattern.
      expect(roles.WriteRole.trust.Statement[0].Condition).toEqual({
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:OWNER/REPO:environment:ENVIRONMENT',
        },
      });
    }
  });

  it('CloudFormation StackSet: the member role, assumable by the audit role only', () => {
    const roles = cloudFormationRoles(STACKSET, {});
    expect(Object.keys(roles)).toEqual(['MemberRole']);
    expect(roles.MemberRole.policies).toEqual({ 'imds-guard-member': P.member });
    expect(roles.MemberRole.trust.Statement).toEqual([
      { Effect: 'Allow', Principal: { AWS: 'REF(AuditRoleArn)' }, Action: 'sts:AssumeRole' },
    ]);
  });

  it('Terraform module: each role policy is policies.json by its key, the trust as in the stack', async () => {
    const tf = await terraformModule('setup/terraform/main.tf');
    expect(tf.policiesFile).toBe('../policies.json');
    expect(tf.rolePolicies).toEqual({
      audit: { role: 'audit', key: 'audit' },
      audit_organization: {
        role: 'audit',
        key: 'audit-organization',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a Terraform expression, as hcl2json writes it
        count: '${var.organization_audit ? 1 : 0}',
      },
      write: { role: 'write', key: 'write' },
    });
    expect(tf.roles).toEqual({ audit: { trust: 'audit_trust' }, write: { trust: 'write_trust' } });
    const conditions = (doc: string) =>
      tf.documents[doc].flatMap((st) => {
        expect(st.actions).toEqual(['sts:AssumeRoleWithWebIdentity']);
        return st.condition ?? [];
      });
    expect(conditions('audit_trust')).toEqual([
      {
        test: 'StringEquals',
        variable: 'token.actions.githubusercontent.com:aud',
        values: ['sts.amazonaws.com'],
      },
      {
        test: 'StringLike',
        variable: 'token.actions.githubusercontent.com:sub',
        values: ['repo:OWNER/REPO:*'],
      },
    ]);
    expect(conditions('write_trust')).toEqual([
      {
        test: 'StringEquals',
        variable: 'token.actions.githubusercontent.com:aud',
        values: ['sts.amazonaws.com'],
      },
      {
        test: 'StringEquals',
        variable: 'token.actions.githubusercontent.com:sub',
        values: ['repo:OWNER/REPO:environment:ENVIRONMENT'],
      },
    ]);
    const member = await terraformModule('setup/terraform/member-role/main.tf');
    expect(member.policiesFile).toBe('../../policies.json');
    expect(member.rolePolicies).toEqual({ member: { role: 'member', key: 'member' } });
  });

  it('every policy in policies.json is granted by a template', () => {
    expect(Object.keys(P).sort()).toEqual(['audit', 'audit-organization', 'member', 'write']);
  });
});
