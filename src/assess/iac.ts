// Pure judging of IaC resources for IMDSv1. No I/O: the live facts an unset HttpTokens
// depends on (the region's account default, the AMI's ImdsSupport) come in as a context; what is not
// in it is reported as "depends on …" (a warning), never guessed.

import {
  type IacMetadataSettings,
  type IacOrigin,
  type IacResource,
  type IacSetting,
  type IacSuppression,
  SERVICE_KINDS,
} from '../model/iac.js';
import { cleanText } from '../model/text.js';
import { judgeService, SERVICE_RULES, serviceFix } from './iac-services.js';
import type {
  IacDependency,
  IacLevel,
  IacRule,
  IacRuleId,
  IacVerdict,
  IacVerdictStatus,
} from './iac-verdict.js';

export type { IacDependency, IacLevel, IacRule, IacRuleId, IacVerdict, IacVerdictStatus };

const CHECKOV_TOKENS = ['CKV_AWS_79'];
/** The rules, as data. */
export const IAC_RULES: readonly IacRule[] = [
  {
    id: 'IMDSG001',
    title: 'HttpTokens is explicitly optional (IMDSv1 allowed)',
    level: 'error',
    securitySeverity: '8.1',
    checkovIds: CHECKOV_TOKENS,
    help: 'The resource sets http_tokens / HttpTokens to "optional", so IMDSv1 stays reachable: one SSRF GET returns the instance role credentials (MITRE ATT&CK T1552.005; Security Hub EC2.8 / EC2.170 / AutoScaling.3). Set it to "required".',
  },
  {
    id: 'IMDSG002',
    title: 'HttpTokens unset and EC2 resolves it to optional (IMDSv1 allowed)',
    level: 'error',
    securitySeverity: '7.5',
    checkovIds: CHECKOV_TOKENS,
    help: 'The resource leaves HttpTokens unset. At launch EC2 takes the region\'s account default, then the AMI\'s ImdsSupport (v2.0 → required), else optional; here that resolves to optional. Set HttpTokens to "required" in the code, so the outcome no longer depends on the account or AMI.',
  },
  {
    id: 'IMDSG003',
    title: 'Outcome depends on a live setting that could not be read',
    level: 'warning',
    securitySeverity: '5.0',
    checkovIds: CHECKOV_TOKENS,
    help: 'HttpTokens is unset, and the account default of the region or the AMI\'s ImdsSupport that decides it could not be read (no AWS access, or the AMI / region is not known from the code). Set HttpTokens to "required" explicitly, or run with read access to the account.',
  },
  {
    id: 'IMDSG004',
    title: 'Plan update weakens the instance metadata settings',
    level: 'error',
    securitySeverity: '8.1',
    checkovIds: CHECKOV_TOKENS,
    help: 'The plan changes an existing resource from HttpTokens required to optional, or enables again an IMDS endpoint that was disabled. Keep the previous, stricter value.',
  },
  {
    id: 'IMDSG005',
    title: 'Hop limit above 1',
    level: 'note',
    securitySeverity: '3.0',
    checkovIds: ['CKV_AWS_341'],
    help: 'http_put_response_hop_limit above 1 lets IMDS responses reach containers and forwarded hops on the instance (Config rule ec2-token-hop-limit-check). Use 1 unless containers need it (EKS/ECS nodes need 2).',
  },
  {
    id: 'IMDSG006',
    title: 'Metadata setting depends on a value the code does not fix',
    level: 'warning',
    securitySeverity: '5.0',
    checkovIds: CHECKOV_TOKENS,
    help: 'HttpTokens (or HttpEndpoint) comes from an expression that cannot be resolved from the code (a variable without default, a local, a module output, a function, a parameter). Set the literal "required", or give the variable a default of "required".',
  },
  {
    id: 'IMDSG007',
    title: 'Plan update raises the hop limit',
    level: 'warning',
    securitySeverity: '4.0',
    checkovIds: ['CKV_AWS_341'],
    help: 'The plan raises http_put_response_hop_limit of an existing resource, widening IMDS reach to containers. Keep the lower value unless a workload needs it.',
  },
  {
    id: 'IMDSG008',
    title: 'Account default allows IMDSv1',
    level: 'error',
    securitySeverity: '7.5',
    checkovIds: [],
    help: 'aws_ec2_instance_metadata_defaults sets http_tokens = "optional": new launches in the region that leave HttpTokens unset allow IMDSv1. Set http_tokens = "required".',
  },
  ...SERVICE_RULES,
];

export const iacRule = (id: IacRuleId): IacRule => IAC_RULES.find((r) => r.id === id)!;

// ----- context and verdicts -------------------------------------------------------------------------

export type AccountDefaultTokens = 'required' | 'optional' | 'no-preference';
export type AmiImdsSupport = 'v2.0' | 'none';

export interface IacResolverContext {
  /** Region → the account default HttpTokens; absent = not known. */
  accountDefaults?: Record<string, AccountDefaultTokens | undefined>;
  /** AMI id → its ImdsSupport ('none' when the AMI has none); absent = not known. */
  amiImdsSupport?: Record<string, AmiImdsSupport | undefined>;
  /** Region assumed for resources whose code names none (e.g. the workflow's AWS region). */
  defaultRegion?: string;
}

export type BaselineState = 'new' | 'updated' | 'unchanged';

export interface IacFinding {
  ruleId: IacRuleId;
  level: IacLevel;
  address: string;
  resourceType: string;
  file: string;
  line?: number;
  message: string;
  fix: string;
  /**
   * Whether the finding is the change's own and gates: false for plan no-op / read / delete, and for a
   * resource its base revision already had with the same effective settings.
   */
  attributed: boolean;
  /** Against the base revision: a resource the change adds, one whose settings it changes, or one it leaves. */
  baseline?: BaselineState;
  action?: IacResource['action'];
  /** Places that explain the finding: the module call(s), the variable / parameter that decides the value. */
  related?: IacOrigin[];
  suppression?: { tool: IacSuppression['tool']; reason: string };
}

const s = (v: unknown): string => cleanText(String(v)).slice(0, 200);
const q = (v: unknown): string => `"${s(v)}"`;

export function describeDependency(d: IacDependency): string {
  if (d.kind === 'account-default')
    return d.region && !d.assumed
      ? `the account default HttpTokens in ${s(d.region)}`
      : d.region
        ? `the account default HttpTokens in the deploy region (the code names none; ${s(d.region)} assumed)`
        : 'the account default HttpTokens in the deploy region (not named in the code)';
  if (d.kind === 'ami')
    return d.amiId
      ? `the ImdsSupport of AMI ${s(d.amiId)}`
      : `the ImdsSupport of the AMI (${d.expression ? s(d.expression) : 'given at launch'})`;
  return `launch template ${s(d.reference)}, which is not in the scanned code`;
}

function unsetTokens(r: IacResource, ctx: IacResolverContext): IacVerdict {
  const region = r.region ?? ctx.defaultRegion;
  const assumed = r.region === undefined && region !== undefined;
  const def = region ? ctx.accountDefaults?.[region] : undefined;
  const where = region
    ? assumed
      ? `${s(region)} (assumed: the code names no region)`
      : s(region)
    : 'the deploy region';
  if (def === 'required')
    return {
      status: 'no-v1',
      why: `HttpTokens unset; the account default in ${where} is required`,
      dependsOn: [],
    };
  if (def === 'optional') {
    return {
      status: 'allows-v1',
      ruleId: 'IMDSG002',
      why: `HttpTokens unset and the account default in ${where} is optional, which allows IMDSv1`,
      dependsOn: [],
    };
  }
  const ami: IacDependency = { kind: 'ami', amiId: r.amiId, expression: r.amiExpression };
  const support = r.amiId ? ctx.amiImdsSupport?.[r.amiId] : undefined;
  if (def === 'no-preference') {
    if (support === 'v2.0')
      return {
        status: 'no-v1',
        why: `HttpTokens unset; account default in ${where} has no preference and AMI ${s(r.amiId)} has ImdsSupport v2.0`,
        dependsOn: [],
      };
    if (support === 'none') {
      return {
        status: 'allows-v1',
        ruleId: 'IMDSG002',
        dependsOn: [],
        why: `HttpTokens unset, the account default in ${where} has no preference and AMI ${s(r.amiId)} has no ImdsSupport v2.0, so EC2 launches it with tokens optional`,
      };
    }
    return {
      status: 'depends',
      ruleId: 'IMDSG003',
      why: `HttpTokens unset; the account default in ${where} has no preference, so it depends on ${describeDependency(ami)}`,
      dependsOn: [ami],
    };
  }
  const deps: IacDependency[] = [{ kind: 'account-default', region, ...(assumed ? { assumed } : {}) }];
  if (support === undefined) deps.push(ami);
  return {
    status: 'depends',
    ruleId: 'IMDSG003',
    why: `HttpTokens unset; depends on ${deps.map(describeDependency).join(' and ')}`,
    dependsOn: deps,
  };
}

const known = <T>(x: IacSetting<T> | undefined): T | undefined =>
  x?.state === 'known' ? x.value : undefined;
const via = (x: IacSetting<unknown>): string => (x.state === 'known' && x.via ? ` (from ${s(x.via)})` : '');

function judgeMetadata(r: IacResource, m: IacMetadataSettings, ctx: IacResolverContext): IacVerdict {
  const endpoint = known(m.httpEndpoint);
  if (endpoint === 'disabled')
    return { status: 'no-v1', why: `IMDS endpoint disabled${via(m.httpEndpoint)}`, dependsOn: [] };
  const tokens = m.httpTokens;
  if (tokens.state === 'known' && tokens.value === 'required')
    return { status: 'no-v1', why: `HttpTokens required${via(tokens)}`, dependsOn: [] };
  if (tokens.state === 'unknown')
    return {
      status: 'unknown',
      ruleId: 'IMDSG006',
      why: `HttpTokens depends on ${s(tokens.reason)}`,
      dependsOn: [],
    };
  if (tokens.state === 'known' && tokens.value === 'optional') {
    if (m.httpEndpoint.state === 'unknown') {
      return {
        status: 'unknown',
        ruleId: 'IMDSG006',
        why: `HttpTokens optional and HttpEndpoint depends on ${s(m.httpEndpoint.reason)}`,
        dependsOn: [],
      };
    }
    return {
      status: 'allows-v1',
      ruleId: 'IMDSG001',
      why: `HttpTokens is explicitly optional${via(tokens)}`,
      dependsOn: [],
    };
  }
  if (tokens.state === 'known')
    return {
      status: 'unknown',
      ruleId: 'IMDSG006',
      why: `HttpTokens has the unrecognised value ${q(tokens.value)}`,
      dependsOn: [],
    };
  return unsetTokens(r, ctx);
}

function judgeWith(r: IacResource, all: TemplateIndex, ctx: IacResolverContext, depth: number): IacVerdict {
  if (r.notCreated)
    return { status: 'not-applicable', why: `not created: ${s(r.notCreated)}`, dependsOn: [] };
  if (SERVICE_KINDS.has(r.kind)) return judgeService(r, (ref) => all.get(r, ref));
  if (r.kind === 'account-defaults') {
    const t = known(r.metadata?.httpTokens);
    if (t === 'optional')
      return {
        status: 'allows-v1',
        ruleId: 'IMDSG008',
        why: 'the account default HttpTokens is optional',
        dependsOn: [],
      };
    if (t === 'required')
      return { status: 'no-v1', why: 'the account default HttpTokens is required', dependsOn: [] };
    return {
      status: 'not-applicable',
      why: 'the account default leaves HttpTokens to the AMI',
      dependsOn: [],
    };
  }
  const own = r.metadata;
  const tokensUnset = !own || (own.httpTokens.state === 'unset' && known(own.httpEndpoint) !== 'disabled');
  if (r.template && tokensUnset) {
    const t = r.template;
    const label = `${t.target ?? t.expression ?? 'launch template'}${t.version ? ` (version ${t.version})` : ''}`;
    const target = t.target ? all.get(r, t.target) : undefined;
    if (target && depth < 3) {
      const v = judgeWith(target, all, ctx, depth + 1);
      return { ...v, why: `launches from ${s(label)}: ${v.why}` };
    }
    const dep: IacDependency = { kind: 'template', reference: label };
    return {
      status: 'depends',
      ruleId: 'IMDSG003',
      why: `launches from ${describeDependency(dep)}`,
      dependsOn: [dep],
    };
  }
  if (!own)
    return {
      status: 'not-applicable',
      why: 'no launch template in the code (the service default applies)',
      dependsOn: [],
    };
  return judgeMetadata(r, own, ctx);
}

/** The verdict for one resource (ASG / node group / instance with a template: through that template). */
export function judgeIacResource(
  r: IacResource,
  resources: IacResource[],
  ctx: IacResolverContext = {},
): IacVerdict {
  return judgeWith(r, indexByAddress(resources), ctx, 0);
}

/** The same verdict, with the index built once for many resources (see indexByAddress). */
export function judgeInIndex(r: IacResource, index: TemplateIndex, ctx: IacResolverContext = {}): IacVerdict {
  return judgeWith(r, index, ctx, 0);
}

/** Where a template reference is looked up: a CloudFormation template's own file; a Terraform root
 * module (the folder its key names, else the file's folder). */
function scopeOf(r: IacResource): string {
  if (r.format === 'cloudformation') return r.file;
  const colon = r.key?.indexOf(':') ?? -1;
  if (r.key && colon > 0) return r.key.slice(0, colon);
  return r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')) : '.';
}

/** The resource a reference names, in the referring resource's scope (never another file's template). */
export type TemplateIndex = { get(r: IacResource, target: string): IacResource | undefined };

export function indexByAddress(resources: IacResource[]): TemplateIndex {
  const m = new Map<string, IacResource>();
  for (const r of resources)
    if (r.action !== 'delete') m.set(`${scopeOf(r)}\0${r.address.replace(/\[[^\]]*\]/g, '')}`, r);
  return { get: (r, target) => m.get(`${scopeOf(r)}\0${target}`) };
}

// ----- findings ---------------------------------------------------------------------------------------

const TF_BLOCK = [
  'aws_instance',
  'aws_launch_template',
  'aws_launch_configuration',
  'aws_spot_instance_request',
];
const CFN_MO: Record<string, string> = {
  'AWS::EC2::Instance': 'Properties: { MetadataOptions: { HttpTokens: required } }',
  'AWS::AutoScaling::LaunchConfiguration': 'Properties: { MetadataOptions: { HttpTokens: required } }',
  'AWS::EC2::LaunchTemplate': 'LaunchTemplateData: { MetadataOptions: { HttpTokens: required } }',
};

/** The exact attribute to set, per resource type and rule (and, for a resource that launches from a
 * template, the kind of template it uses). */
export function fixFor(
  resourceType: string,
  ruleId: IacRuleId,
  templateLabel?: string,
  templateKind: 'launch-template' | 'launch-configuration' = 'launch-template',
): string {
  const hop = ruleId === 'IMDSG005' || ruleId === 'IMDSG007';
  const service = serviceFix(resourceType);
  if (service) return service;
  if (resourceType === 'aws_ec2_instance_metadata_defaults') return 'http_tokens = "required"';
  if (TF_BLOCK.includes(resourceType)) {
    return hop
      ? 'metadata_options { http_put_response_hop_limit = 1 }'
      : 'metadata_options { http_tokens = "required" }';
  }
  if (CFN_MO[resourceType])
    return hop ? 'MetadataOptions: { HttpPutResponseHopLimit: 1 }' : CFN_MO[resourceType];
  const inTemplate = resourceType.startsWith('AWS::')
    ? 'MetadataOptions: { HttpTokens: required }'
    : 'metadata_options { http_tokens = "required" }';
  const kind = templateKind === 'launch-configuration' ? 'launch configuration' : 'launch template';
  return `${inTemplate} in the ${kind} it uses${templateLabel ? ` (${s(templateLabel)})` : ''}`;
}

const at = (o: IacOrigin): string => `${o.file}${o.line ? `:${o.line}` : ''}`;

/** The fix, pointed at the place that decides the value when that is not the resource's own block. */
function fixAt(base: string, origin: IacOrigin | undefined, r: IacResource): string {
  if (!origin || (origin.file === r.file && origin.line === r.line)) return base;
  // A literal in the resource's own block, or in the launch template the fix already names.
  if (origin.place === 'attribute') return base;
  return `${base} — the value comes from ${s(origin.what)} (${s(at(origin))}): change it there`;
}

/** Where the deciding HttpTokens value comes from: the resource's own, else its template's. */
function tokensOrigin(r: IacResource, all: TemplateIndex, depth = 0): IacOrigin | undefined {
  const own = r.service?.setting;
  if (own && own.state !== 'unset') return own.origin;
  const t = r.metadata?.httpTokens;
  if (t && t.state !== 'unset') return t.origin;
  const target = r.template?.target ? all.get(r, r.template.target) : undefined;
  return target && depth < 3 ? tokensOrigin(target, all, depth + 1) : undefined;
}

function suppressionFor(r: IacResource, rule: IacRule): IacFinding['suppression'] {
  const hit = r.suppressions.find(
    (x) =>
      x.valid && (x.tool === 'imds-guard' || (x.ruleId !== undefined && rule.checkovIds.includes(x.ruleId))),
  );
  return hit ? { tool: hit.tool, reason: s(hit.reason) } : undefined;
}

function weakenings(r: IacResource): { ruleId: IacRuleId; why: string }[] {
  const b = r.before;
  const a = r.metadata;
  if (!b || !a || (r.action !== 'update' && r.action !== 'replace')) return [];
  const out: { ruleId: IacRuleId; why: string }[] = [];
  const bt = known(b.httpTokens);
  const at = known(a.httpTokens);
  if (bt === 'required' && at !== 'required' && known(a.httpEndpoint) !== 'disabled') {
    out.push({
      ruleId: 'IMDSG004',
      why: `the plan changes HttpTokens from required to ${at ?? a.httpTokens.state}`,
    });
  }
  if (known(b.httpEndpoint) === 'disabled' && known(a.httpEndpoint) !== 'disabled') {
    out.push({ ruleId: 'IMDSG004', why: 'the plan enables the IMDS endpoint again (it was disabled)' });
  }
  const bh = known(b.hopLimit);
  const ah = known(a.hopLimit);
  if (bh !== undefined && ah !== undefined && ah > bh)
    out.push({ ruleId: 'IMDSG007', why: `the plan raises the hop limit from ${bh} to ${ah}` });
  return out;
}

export interface IacResourceVerdict {
  address: string;
  resourceType: string;
  file: string;
  line?: number;
  attributed: boolean;
  baseline?: BaselineState;
  verdict: IacVerdict;
}

export interface IacAssessment {
  findings: IacFinding[];
  verdicts: IacResourceVerdict[];
  /** Where a plan and the source it was made from disagree on a resource (a stale or edited plan). */
  disagreements: { file: string; line?: number; address: string; text: string }[];
}

const RANK: Record<IacVerdictStatus, number> = {
  'allows-v1': 4,
  unknown: 3,
  depends: 2,
  'no-v1': 1,
  'not-applicable': 0,
};

const configOf = (address: string): string => address.replace(/\[[^\]]*\]/g, '');

/** A plan resource's source block, judged from the .tf: the same file and address. */
function sourceTwins(resources: IacResource[]): Map<IacResource, IacResource> {
  const bySource = new Map<string, IacResource[]>();
  for (const r of resources) {
    if (r.format !== 'terraform') continue;
    const k = `${r.file}\0${configOf(r.address)}`;
    bySource.set(k, [...(bySource.get(k) ?? []), r]);
  }
  const twins = new Map<IacResource, IacResource>();
  for (const r of resources) {
    if (r.format !== 'terraform-plan' || !r.file.endsWith('.tf')) continue;
    const list = bySource.get(`${r.file}\0${configOf(r.address)}`);
    const twin = list?.find((x) => x.address === r.address) ?? list?.[0];
    if (twin) twins.set(r, twin);
  }
  return twins;
}

const NOT_ATTRIBUTED = new Set(['no-op', 'read', 'delete']);

export interface AssessIacOptions {
  /** IMDSG006 (a value the code decides but the evaluator cannot resolve): a warning (default) or an error. */
  unresolved?: 'warn' | 'fail';
  /** The resource against the base revision; undefined = no base to compare with (every finding counts). */
  baseline?: (r: IacResource, index: number) => BaselineState | undefined;
}

export function assessIac(
  resources: IacResource[],
  ctx: IacResolverContext = {},
  options: AssessIacOptions = {},
): IacAssessment {
  const all = indexByAddress(resources);
  const findings: IacFinding[] = [];
  const verdicts: IacResourceVerdict[] = [];
  const disagreements: IacAssessment['disagreements'] = [];
  // Source is always judged; a plan resource adds only what the source cannot say (a weakening update,
  // a value the source cannot resolve). Where they disagree, the stricter verdict stands, and it is said.
  const twins = sourceTwins(resources);
  for (const [index, r] of resources.entries()) {
    const baseline = options.baseline?.(r, index);
    const attributed = !(r.action && NOT_ATTRIBUTED.has(r.action)) && baseline !== 'unchanged';
    const verdict = judgeWith(r, all, ctx, 0);
    const base = { address: s(r.address), resourceType: s(r.resourceType), file: r.file, line: r.line };
    verdicts.push({ ...base, attributed, verdict, ...(baseline ? { baseline } : {}) });
    if (r.notCreated) continue;
    const twin = twins.get(r);
    const twinVerdict = twin ? judgeWith(twin, all, ctx, 0) : undefined;
    if (
      twin &&
      twinVerdict &&
      Math.abs(RANK[verdict.status] - RANK[twinVerdict.status]) >= 2 &&
      r.action !== 'delete'
    )
      disagreements.push({
        file: r.file,
        line: r.line,
        address: base.address,
        text: `the plan says ${verdict.status} (${s(verdict.why)}) but the source says ${twinVerdict.status} (${s(twinVerdict.why)}): the plan is stale or was edited; the stricter verdict stands`,
      });
    // A service rule's value the check cannot decide is a warning (an error with fail-unresolved).
    const raw: { ruleId: IacRuleId; why: string; unresolved?: boolean }[] = [];
    if (
      verdict.ruleId &&
      verdict.status !== 'no-v1' &&
      (!twinVerdict || RANK[verdict.status] > RANK[twinVerdict.status])
    )
      raw.push({
        ruleId: verdict.ruleId,
        why: verdict.why,
        unresolved: verdict.status === 'unknown' || verdict.ruleId === 'IMDSG006',
      });
    raw.push(...weakenings(r));
    const hop = known(r.metadata?.hopLimit);
    if (
      !twin &&
      hop !== undefined &&
      hop > 1 &&
      r.kind !== 'account-defaults' &&
      known(r.metadata?.httpEndpoint) !== 'disabled'
    ) {
      raw.push({
        ruleId: 'IMDSG005',
        why: `hop limit ${hop} lets IMDS responses reach containers on the instance`,
      });
    }
    const ignored = r.suppressions.filter((x) => !x.valid);
    const note = ignored.length
      ? ` (suppression marker at line ${ignored[0].line ?? '?'} ignored: it gives no reason)`
      : '';
    const origin = tokensOrigin(r, all);
    const related = [...(r.related ?? []), ...(origin ? [origin] : [])];
    for (const f of raw) {
      const rule = iacRule(f.ruleId);
      const tmpl = r.template ? (r.template.target ?? r.template.expression) : undefined;
      const hopRule = f.ruleId === 'IMDSG005' || f.ruleId === 'IMDSG007';
      const fix = fixFor(r.resourceType, f.ruleId, tmpl, r.template?.kind);
      const level = f.unresolved
        ? options.unresolved === 'fail'
          ? 'error'
          : rule.level === 'error'
            ? 'warning'
            : rule.level
        : rule.level;
      const finding: IacFinding = {
        ...base,
        ruleId: f.ruleId,
        level,
        message: `${s(r.resourceType)} ${s(r.address)}: ${f.why}.${note}`,
        fix: hopRule
          ? fixAt(fix, r.metadata?.hopLimit.state === 'known' ? r.metadata.hopLimit.origin : undefined, r)
          : fixAt(fix, origin, r),
        attributed,
        action: r.action,
      };
      if (baseline) finding.baseline = baseline;
      if (related.length) finding.related = related;
      const sup = suppressionFor(r, rule);
      if (sup) finding.suppression = sup;
      findings.push(finding);
    }
  }
  return { findings, verdicts, disagreements };
}

export interface IacLiveInputs {
  /** Regions whose account default HttpTokens would decide an outcome. */
  regions: string[];
  /** AMI ids whose ImdsSupport would decide an outcome. */
  amiIds: string[];
  /** Per resource, offline: "depends on …". */
  dependsOn: { address: string; file: string; line?: number; text: string }[];
}

/** Which live settings the outcome depends on, given what `ctx` already knows. */
export function liveInputsNeeded(resources: IacResource[], ctx: IacResolverContext = {}): IacLiveInputs {
  const regions = new Set<string>();
  const amiIds = new Set<string>();
  const dependsOn: IacLiveInputs['dependsOn'] = [];
  const all = indexByAddress(resources);
  for (const r of resources) {
    const v = judgeWith(r, all, ctx, 0);
    if (v.status !== 'depends') continue;
    for (const d of v.dependsOn) {
      if (d.kind === 'account-default' && d.region) regions.add(d.region);
      if (d.kind === 'ami' && d.amiId) amiIds.add(d.amiId);
    }
    dependsOn.push({
      address: s(r.address),
      file: r.file,
      line: r.line,
      text: `depends on ${v.dependsOn.map(describeDependency).join(' and ')}`,
    });
  }
  return { regions: [...regions].sort(), amiIds: [...amiIds].sort(), dependsOn };
}
