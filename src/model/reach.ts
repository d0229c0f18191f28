/**
 * What an IAM policy set allows, judged coarsely for ranking: administrator (`*` on `*`, or AWS managed
 * AdministratorAccess), write access to IAM (a role that can grant itself more), wildcard-resource read
 * of data (S3 objects, Secrets Manager secrets, SSM parameters, KMS decrypt), or narrower. Pure.
 *
 * Deliberately an over-estimate: Deny statements, conditions, permission boundaries and SCPs are not
 * subtracted (a reach said too wide costs a look; one said too narrow hides a breach).
 */
import type { ReachLevel } from './exposure.js';

const ADMIN_POLICY = /^arn:aws[\w-]*:iam::aws:policy\/AdministratorAccess$/;

/** IAM actions that let the holder give itself (or anyone) more access. */
const IAM_WRITE = [
  'iam:CreateUser',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AttachRolePolicy',
  'iam:AttachUserPolicy',
  'iam:PutRolePolicy',
  'iam:PutUserPolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:UpdateAssumeRolePolicy',
  'iam:PassRole',
  'iam:CreateRole',
  'iam:AddUserToGroup',
];

/** Data reads that matter with `*` resources. */
const DATA = [
  { action: 's3:GetObject', label: 'S3 objects' },
  { action: 'secretsmanager:GetSecretValue', label: 'Secrets Manager secrets' },
  { action: 'ssm:GetParameter', label: 'SSM parameters' },
  { action: 'ssm:GetParameters', label: 'SSM parameters' },
  { action: 'kms:Decrypt', label: 'KMS decrypt' },
];

const RANK: Record<ReachLevel, number> = {
  admin: 0,
  'iam-write': 1,
  'data-wildcard': 2,
  unknown: 3,
  narrow: 4,
};

/** Worse first: admin, IAM write, data wildcard, unknown, narrow. */
export function compareReach(a: ReachLevel | undefined, b: ReachLevel | undefined): number {
  return reachRank(a) - reachRank(b);
}

/** A level's place in `compareReach`'s order, from 0 (admin) to 4 (narrow, and no level). */
export function reachRank(level: ReachLevel | undefined): number {
  return RANK[level ?? 'narrow'];
}

function globRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

const list = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

interface Statement {
  Effect?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
}

function statements(doc: unknown): Statement[] {
  if (!doc || typeof doc !== 'object') return [];
  const s = (doc as { Statement?: unknown }).Statement;
  const arr = Array.isArray(s) ? s : s ? [s] : [];
  return arr.filter((x): x is Statement => !!x && typeof x === 'object');
}

/** Does an Allow statement grant `action` (by Action patterns or by not excluding it in NotAction)? */
function grants(st: Statement, action: string): boolean {
  if (st.NotAction !== undefined) return !list(st.NotAction).some((p) => globRegex(p).test(action));
  return list(st.Action).some((p) => globRegex(p).test(action));
}

/** A resource list that covers every resource of the service (`*`, `arn:aws:s3:::*`, `arn:*:…:*`). */
function wildcardResource(st: Statement): boolean {
  if (st.NotResource !== undefined) return true;
  return list(st.Resource).some(
    (r) => r === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(r) || /^arn:[^:]*:s3:::\*$/.test(r),
  );
}

export interface ReachVerdict {
  level: Exclude<ReachLevel, 'unknown'>;
  reasons: string[];
}

/** The reach of a set of policies (each named; `arn` for managed ones). */
export function reachOf(
  docs: ReadonlyArray<{ name: string; arn?: string; document: unknown }>,
): ReachVerdict {
  const reasons: string[] = [];
  let level: ReachVerdict['level'] = 'narrow';
  const adminReasons: string[] = [];
  const raise = (l: ReachVerdict['level'], why: string) => {
    if (RANK[l] < RANK[level]) level = l;
    if (l === 'admin' && !adminReasons.includes(why)) adminReasons.push(why);
    if (!reasons.includes(why)) reasons.push(why);
  };
  for (const d of docs) {
    if (d.arn && ADMIN_POLICY.test(d.arn)) raise('admin', `${d.name} (AWS managed)`);
    for (const st of statements(d.document)) {
      if (st.Effect !== 'Allow') continue;
      const allResources =
        st.Resource !== undefined ? list(st.Resource).includes('*') : st.NotResource !== undefined;
      if (
        allResources &&
        grants(st, 'anyservice:AnyAction') &&
        grants(st, 'iam:CreateUser') &&
        st.NotAction === undefined
      )
        raise('admin', `${d.name}: * on *`);
      else if (
        allResources &&
        st.NotAction !== undefined &&
        grants(st, 'iam:PassRole') &&
        grants(st, 's3:GetObject')
      )
        raise(
          'admin',
          `${d.name}: NotAction on * (everything but ${list(st.NotAction).slice(0, 3).join(', ')})`,
        );
      const iamWrite = IAM_WRITE.find((a) => grants(st, a));
      if (iamWrite) raise('iam-write', `${d.name}: ${iamWrite}`);
      if (wildcardResource(st))
        for (const x of DATA)
          if (grants(st, x.action)) raise('data-wildcard', `${d.name}: ${x.label} (${x.action} on *)`);
    }
  }
  // Administrator says it all: the lesser grants of the same policies are not listed beside it.
  if ((level as ReachVerdict['level']) === 'admin') return { level: 'admin', reasons: adminReasons };
  if ((level as ReachVerdict['level']) === 'narrow' && !reasons.length)
    reasons.push(docs.length ? 'no administrator, IAM write or wildcard data access found' : 'no policies');
  return { level, reasons };
}
