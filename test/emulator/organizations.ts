// AWS Organizations (awsJson1_1): ListAccounts, DescribeOrganization.

import type { Ctx } from './context.js';
import { ApiError } from './errors.js';
import { decodeToken, encodeToken, fingerprint } from './query.js';

type Handler = (ctx: Ctx) => unknown;

interface OrgAccount {
  id: string;
  name?: string;
  email?: string;
  status?: string;
}

function org(ctx: Ctx) {
  const o = ctx.core.world.data.organization;
  const notInUse = () =>
    new ApiError(
      'AWSOrganizationsNotInUseException',
      'Your account is not a member of an organization.',
      400,
    );
  if (!o) throw notInUse();
  const members: OrgAccount[] = [
    ...ctx.core.world.accounts.map((a) => ({ id: a.id, name: a.name, email: a.email, status: a.status })),
    ...(o.extraAccounts ?? []),
  ];
  if (!members.some((m) => m.id === ctx.account)) throw notInUse();
  const orgId = o.id ?? 'o-emulator01';
  return { o, orgId, members };
}

function accountJson(a: OrgAccount, mgmt: string, orgId: string, i: number) {
  const status = a.status ?? 'ACTIVE';
  return {
    Id: a.id,
    Arn: `arn:aws:organizations::${mgmt}:account/${orgId}/${a.id}`,
    Email: a.email ?? `aws+${a.id}@example.com`,
    Name: a.name ?? `account-${a.id}`,
    Status: status,
    State: status === 'PENDING_CLOSURE' ? 'PENDING_CLOSURE' : status,
    JoinedMethod: a.id === mgmt ? 'CREATED' : i % 3 === 0 ? 'INVITED' : 'CREATED',
    JoinedTimestamp: 1_577_836_800 + i * 86_400,
  };
}

const listAccounts: Handler = (ctx) => {
  const { o, orgId, members } = org(ctx);
  if (ctx.account !== o.managementAccountId && !(o.delegatedAdministrators ?? []).includes(ctx.account))
    throw new ApiError('AccessDeniedException', "You don't have permissions to access this resource.", 400);
  const j = ctx.json;
  const max = j.MaxResults;
  if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 20))
    throw new ApiError(
      'InvalidInputException',
      'You provided a value that does not match the required pattern. (MaxResults must be between 1 and 20)',
      400,
    );
  const limit = (max as number | undefined) ?? 20;
  const fp = fingerprint(`${ctx.account}|org`);
  let start = 0;
  if (typeof j.NextToken === 'string') {
    const t = decodeToken(j.NextToken);
    if (t?.k !== 'la' || t.f !== fp || typeof t.o !== 'number')
      throw new ApiError('InvalidInputException', 'You specified an invalid value for nextToken.', 400);
    start = t.o;
  }
  const page = members
    .slice(start, start + limit)
    .map((a, i) => accountJson(a, o.managementAccountId, orgId, start + i));
  const out: Record<string, unknown> = { Accounts: page };
  if (start + limit < members.length) out.NextToken = encodeToken({ k: 'la', f: fp, o: start + limit });
  return out;
};

const describeOrganization: Handler = (ctx) => {
  const { o, orgId } = org(ctx);
  return {
    Organization: {
      Id: orgId,
      Arn: `arn:aws:organizations::${o.managementAccountId}:organization/${orgId}`,
      FeatureSet: 'ALL',
      MasterAccountArn: `arn:aws:organizations::${o.managementAccountId}:account/${orgId}/${o.managementAccountId}`,
      MasterAccountId: o.managementAccountId,
      MasterAccountEmail: `aws+${o.managementAccountId}@example.com`,
      AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    },
  };
};

export const ORGANIZATIONS_HANDLERS: Record<string, Handler> = {
  ListAccounts: listAccounts,
  DescribeOrganization: describeOrganization,
};
