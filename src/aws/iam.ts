/**
 * What an instance's credentials can reach: for each instance profile on a v1-allowed instance, its
 * role and the role's policies, read once per account (IAM is global):
 *   GetInstanceProfile            1 per instance profile
 *   ListAttachedRolePolicies      1 per role (per 100 policies)
 *   ListRolePolicies              1 per role (per 100 names)
 *   GetRolePolicy                 1 per inline policy
 *   GetPolicy + GetPolicyVersion  1 + 1 per managed policy (once per account, whichever roles share it)
 * A read that fails makes that role's reach `unknown` (never `narrow`); the audit goes on.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import { errorMessage } from '../log.js';
import { reachOf } from '../model/reach.js';
import type { ExposureError, RoleReach } from '../model/types.js';
import { awsErrorCode } from './clients.js';
import {
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from './sdk.js';

/** A policy document as IAM returns it (URL-encoded JSON) → its parsed value; throws on bad JSON. */
export function decodePolicyDocument(text: string): unknown {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Already plain JSON (a `%` that is not an escape): parse it as it is.
  }
  return JSON.parse(decoded);
}

/** The name of an instance profile from its ARN (`arn:aws:iam::ACCOUNT:instance-profile/path/NAME`). */
export function profileNameOf(arn: string): string | undefined {
  const m = /:instance-profile\/(?:.*\/)?([\w+=,.@-]{1,128})$/.exec(arn);
  return m?.[1];
}

interface NamedDocument {
  name: string;
  /** AWS managed (arn:aws:iam::aws:policy/…). */
  awsManaged?: boolean;
  arn?: string;
  document: unknown;
}

type Failure = { operation: string; code: string; message: string };

/**
 * Every role behind these instance profiles of one account, each role read once. Never throws: a
 * failure becomes that profile's `unknown` reach with its error.
 */
export async function readRoleReach(
  iam: IAMClient,
  accountId: string,
  profileArns: readonly string[],
): Promise<{ roles: RoleReach[]; errors: ExposureError[] }> {
  const reader = roleReachReader(iam, accountId);
  for (const arn of profileArns) reader.add(arn);
  return reader.finish();
}

export interface RoleReachReader {
  /** Starts reading this instance profile (once, however often it is added). */
  add(instanceProfileArn: string): void;
  /** Every profile added, judged, sorted by ARN, with the reads that failed. */
  finish(): Promise<{ roles: RoleReach[]; errors: ExposureError[] }>;
}

/**
 * The same reads, started as profiles are found (each region's scan adds its own), so they overlap the
 * rest of the scan instead of following it.
 */
export function roleReachReader(iam: IAMClient, accountId: string): RoleReachReader {
  const errors: ExposureError[] = [];
  const fail = (operation: string, e: unknown): Failure => {
    const f = { operation, code: awsErrorCode(e), message: errorMessage(e) };
    errors.push({ accountId, region: 'global', service: 'iam', ...f });
    return f;
  };
  const managed = new Map<string, Promise<NamedDocument | Failure>>();
  const roleDocs = new Map<string, Promise<{ docs: NamedDocument[]; failures: Failure[] }>>();

  const readManaged = (arn: string, name: string): Promise<NamedDocument | Failure> => {
    let p = managed.get(arn);
    if (!p) {
      p = (async () => {
        let version: string | undefined;
        try {
          version = (await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId;
        } catch (e) {
          return fail('GetPolicy', e);
        }
        if (!version)
          return {
            operation: 'GetPolicy',
            code: 'NoDefaultVersion',
            message: `${arn} has no default version`,
          };
        try {
          const v = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version }));
          return {
            name,
            arn,
            awsManaged: arn.includes(':iam::aws:policy/'),
            document: decodePolicyDocument(v.PolicyVersion?.Document ?? ''),
          };
        } catch (e) {
          return fail('GetPolicyVersion', e);
        }
      })();
      managed.set(arn, p);
    }
    return p;
  };

  const readRole = (roleName: string) => {
    let p = roleDocs.get(roleName);
    if (!p) {
      p = (async () => {
        const docs: NamedDocument[] = [];
        const failures: Failure[] = [];
        try {
          let marker: string | undefined;
          do {
            const out = await iam.send(
              new ListAttachedRolePoliciesCommand({ RoleName: roleName, Marker: marker }),
            );
            const got = await Promise.all(
              (out.AttachedPolicies ?? []).map((a) => readManaged(a.PolicyArn ?? '', a.PolicyName ?? '')),
            );
            for (const g of got) 'document' in g ? docs.push(g) : failures.push(g);
            marker = out.IsTruncated ? out.Marker : undefined;
          } while (marker);
        } catch (e) {
          failures.push(fail('ListAttachedRolePolicies', e));
        }
        try {
          let marker: string | undefined;
          do {
            const out = await iam.send(new ListRolePoliciesCommand({ RoleName: roleName, Marker: marker }));
            for (const name of out.PolicyNames ?? []) {
              try {
                const d = await iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: name }));
                docs.push({ name, document: decodePolicyDocument(d.PolicyDocument ?? '') });
              } catch (e) {
                failures.push(fail('GetRolePolicy', e));
              }
            }
            marker = out.IsTruncated ? out.Marker : undefined;
          } while (marker);
        } catch (e) {
          failures.push(fail('ListRolePolicies', e));
        }
        return { docs, failures };
      })();
      roleDocs.set(roleName, p);
    }
    return p;
  };

  const started = new Map<string, Promise<RoleReach>>();
  const readProfile = async (instanceProfileArn: string): Promise<RoleReach> => {
    const reach: RoleReach = {
      accountId,
      instanceProfileArn,
      level: 'unknown',
      reasons: [],
      policies: [],
      errors: [],
    };
    const name = profileNameOf(instanceProfileArn);
    if (!name) {
      reach.reasons.push('the instance profile ARN could not be read');
      return reach;
    }
    let roleName: string | undefined;
    try {
      const out = await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: name }));
      const role = out.InstanceProfile?.Roles?.[0];
      roleName = role?.RoleName;
      if (role?.Arn) reach.roleArn = role.Arn;
    } catch (e) {
      reach.errors.push(fail('GetInstanceProfile', e));
      reach.reasons.push('the instance profile could not be read');
      return reach;
    }
    if (!roleName) {
      reach.level = 'narrow';
      reach.reasons.push('the instance profile has no role: no credentials are served');
      return reach;
    }
    reach.roleName = roleName;
    const { docs, failures } = await readRole(roleName);
    reach.errors.push(...failures);
    reach.policies = docs.map((d) => d.name);
    const judged = reachOf(docs);
    reach.reasons = judged.reasons;
    // Any unread policy leaves the role's reach unknown, unless what was read already makes it admin.
    reach.level = failures.length && judged.level !== 'admin' ? 'unknown' : judged.level;
    if (failures.length && judged.level !== 'admin')
      reach.reasons.push(
        `${failures.length} policy read(s) failed (${failures[0].operation}: ${failures[0].code})`,
      );
    return reach;
  };
  return {
    add(arn) {
      if (!started.has(arn)) started.set(arn, readProfile(arn));
    },
    async finish() {
      const roles = await Promise.all([...started.keys()].sort().map((arn) => started.get(arn)!));
      return { roles, errors };
    },
  };
}
