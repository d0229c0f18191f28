/**
 * The IAM policies of setup/, read from each place they are written, in one comparable form:
 *   - setup/policies.json, the one data file (a Terraform templatefile: ${partition}, ${account_id},
 *     ${member_role_name});
 *   - the CloudFormation templates (Fn::Sub, Fn::If on a condition, Ref: AWS::NoValue resolved here);
 *   - the Terraform modules (which must take each role's policy from policies.json by its key).
 * Placeholders become the same tokens everywhere: PARTITION, ACCOUNT, MEMBER_ROLE, OWNER/REPO, ENVIRONMENT.
 */
import { readFileSync } from 'node:fs';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { parse as parseYaml } from 'yaml';

export interface Statement {
  Sid?: string;
  Effect: string;
  Action: string[];
  Resource: string | string[];
}
export type PolicyName = 'audit' | 'audit-organization' | 'write' | 'member';

const TOKENS: Record<string, string> = {
  partition: 'PARTITION',
  account_id: 'ACCOUNT',
  member_role_name: 'MEMBER_ROLE',
  'AWS::Partition': 'PARTITION',
  'AWS::AccountId': 'ACCOUNT',
  MemberRoleName: 'MEMBER_ROLE',
  GitHubRepository: 'OWNER/REPO',
  ApprovalEnvironment: 'ENVIRONMENT',
  'var.github_repository': 'OWNER/REPO',
  'var.approval_environment': 'ENVIRONMENT',
};

function substitute(text: string): string {
  return text.replace(/\$\{([\w:.]+)\}/g, (m, name: string) => TOKENS[name] ?? m);
}

/** A statement with its actions as a sorted list (IAM reads Action as a set). */
function normal(s: Statement): Statement {
  const action = (Array.isArray(s.Action) ? s.Action : [s.Action]).slice().sort();
  return { ...s, Action: action };
}

export function policiesJson(path = 'setup/policies.json'): Record<PolicyName, Statement[]> {
  const raw = JSON.parse(substitute(readFileSync(path, 'utf8'))) as Record<
    PolicyName,
    { Version: string; Statement: Statement[] }
  >;
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => {
      if (v.Version !== '2012-10-17') throw new Error(`${path}: ${k} has Version ${v.Version}`);
      return [k, v.Statement.map(normal)];
    }),
  ) as Record<PolicyName, Statement[]>;
}

/** The actions a list of statements allows. */
export function actions(statements: Statement[]): string[] {
  return [...new Set(statements.filter((s) => s.Effect === 'Allow').flatMap((s) => s.Action))].sort();
}

type Cfn = Record<string, unknown>;

/** A CloudFormation value with Fn::Sub, Fn::If and AWS::NoValue resolved (conditions given), Refs as tokens. */
function resolve(v: unknown, conditions: Record<string, boolean>): unknown {
  if (Array.isArray(v))
    return v.map((x) => resolve(x, conditions)).filter((x) => x !== NO_VALUE) as unknown[];
  if (v && typeof v === 'object') {
    const o = v as Cfn;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === 'Fn::Sub') return substitute(String(o['Fn::Sub']));
    if (keys.length === 1 && keys[0] === 'Ref')
      return o.Ref === 'AWS::NoValue' ? NO_VALUE : `REF(${String(o.Ref)})`;
    if (keys.length === 1 && keys[0] === 'Fn::If') {
      const [cond, a, b] = o['Fn::If'] as [string, unknown, unknown];
      if (!(cond in conditions)) throw new Error(`condition ${cond} not given`);
      return resolve(conditions[cond] ? a : b, conditions);
    }
    const out: Cfn = {};
    for (const [k, x] of Object.entries(o)) {
      const r = resolve(x, conditions);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }
  return v;
}
const NO_VALUE = Symbol('AWS::NoValue');

export interface CfnRole {
  trust: {
    Statement: Array<{ Principal: Cfn; Action: string; Condition?: Record<string, Record<string, unknown>> }>;
  };
  /** PolicyName → statements. */
  policies: Record<string, Statement[]>;
}

/** The IAM roles of a CloudFormation template (long-form intrinsic functions), by logical id. */
export function cloudFormationRoles(
  path: string,
  conditions: Record<string, boolean>,
): Record<string, CfnRole> {
  const template = parseYaml(readFileSync(path, 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: Cfn }>;
  };
  const out: Record<string, CfnRole> = {};
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Type !== 'AWS::IAM::Role') continue;
    const p = resolve(r.Properties, conditions) as {
      AssumeRolePolicyDocument: CfnRole['trust'];
      Policies?: Array<{ PolicyName: string; PolicyDocument: { Version: string; Statement: Statement[] } }>;
    };
    const policies: Record<string, Statement[]> = {};
    for (const pol of p.Policies ?? []) {
      if (pol.PolicyDocument.Version !== '2012-10-17') throw new Error(`${path}: ${pol.PolicyName} Version`);
      policies[pol.PolicyName] = pol.PolicyDocument.Statement.map(normal);
    }
    out[id] = { trust: p.AssumeRolePolicyDocument, policies };
  }
  return out;
}

export interface TerraformModule {
  /** The policies.json path the module's locals read with templatefile, relative to the module. */
  policiesFile?: string;
  /** aws_iam_role_policy name → { role: the aws_iam_role it attaches to, key: policies.json's key, count }. */
  rolePolicies: Record<string, { role: string; key: string; count?: string }>;
  /** aws_iam_policy_document name → its statements' conditions ({ test, variable, values }). */
  documents: Record<
    string,
    Array<{ actions: string[]; condition?: Array<{ test: string; variable: string; values: string[] }> }>
  >;
  /** aws_iam_role name → the policy document its trust comes from. */
  roles: Record<string, { trust: string }>;
}

export async function terraformModule(path: string): Promise<TerraformModule> {
  const hcl = (await parseHcl(path, readFileSync(path, 'utf8'))) as {
    locals?: Array<Record<string, string>>;
    resource?: Record<string, Record<string, Array<Record<string, unknown>>>>;
    data?: Record<string, Record<string, Array<Record<string, unknown>>>>;
  };
  const locals = Object.assign({}, ...(hcl.locals ?? [])) as Record<string, string>;
  const file = /^\$\{jsondecode\(templatefile\("\$\{path\.module\}\/([^"]+)"/.exec(locals.policies ?? '');
  const rolePolicies: TerraformModule['rolePolicies'] = {};
  for (const [name, [r]] of Object.entries(hcl.resource?.aws_iam_role_policy ?? {})) {
    const key = /^\$\{jsonencode\(local\.policies\["([\w-]+)"\]\)\}$/.exec(String(r.policy));
    const role = /^\$\{aws_iam_role\.(\w+)\.id\}$/.exec(String(r.role));
    if (!key || !role)
      throw new Error(`${path}: aws_iam_role_policy.${name} does not take its policy from policies.json`);
    rolePolicies[name] = { role: role[1], key: key[1], ...(r.count ? { count: String(r.count) } : {}) };
  }
  const documents: TerraformModule['documents'] = {};
  for (const [name, [d]] of Object.entries(hcl.data?.aws_iam_policy_document ?? {}))
    documents[name] = (d.statement as TerraformModule['documents'][string]).map((s) => ({
      ...s,
      condition: s.condition?.map((c) => ({ ...c, values: c.values.map(substitute) })),
    }));
  const roles: TerraformModule['roles'] = {};
  for (const [name, [r]] of Object.entries(hcl.resource?.aws_iam_role ?? {})) {
    const trust = /^\$\{data\.aws_iam_policy_document\.(\w+)\.json\}$/.exec(String(r.assume_role_policy));
    if (!trust) throw new Error(`${path}: aws_iam_role.${name} has no policy document as its trust`);
    roles[name] = { trust: trust[1] };
  }
  return { policiesFile: file?.[1], rolePolicies, documents, roles };
}
