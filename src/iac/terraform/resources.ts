// IacResources of one module instance: every resource of a kind the check judges, once per instance
// (count / for_each), with its metadata options, launch template link and AMI evaluated.
import {
  type IacKind,
  type IacMetadataSettings,
  type IacOrigin,
  type IacResource,
  type IacSetting,
  type IacTemplateRef,
  SERVICE_KINDS,
} from '../../model/iac.js';
import { clean } from '../text.js';
import { blocks, type Place, setting } from './blocks.js';
import { exprText, type Scope, shortText, withNames } from './eval.js';
import type { Raw, ResourceDecl } from './folder.js';
import { Instance as Inst, type Instance } from './instance.js';
import { readService } from './services.js';
import { isUnknown, refsIn, Unknown } from './values.js';

export const TERRAFORM_KINDS: Record<string, IacKind> = {
  aws_instance: 'instance',
  aws_spot_instance_request: 'spot-instance',
  aws_launch_template: 'launch-template',
  aws_launch_configuration: 'launch-configuration',
  aws_autoscaling_group: 'autoscaling-group',
  aws_eks_node_group: 'eks-node-group',
  aws_ec2_instance_metadata_defaults: 'account-defaults',
  aws_sagemaker_notebook_instance: 'sagemaker-notebook',
  aws_elastic_beanstalk_environment: 'beanstalk-environment',
  aws_elastic_beanstalk_configuration_template: 'beanstalk-template',
  aws_lightsail_instance: 'lightsail-instance',
};

const SETTINGS: [keyof IacMetadataSettings, string][] = [
  ['httpTokens', 'http_tokens'],
  ['httpEndpoint', 'http_endpoint'],
  ['hopLimit', 'http_put_response_hop_limit'],
  ['instanceMetadataTags', 'instance_metadata_tags'],
];

function metadataFrom(
  inst: Instance,
  body: Raw | undefined,
  scope: Scope,
  place: Place,
): IacMetadataSettings {
  const out = {} as Record<keyof IacMetadataSettings, IacSetting<string | number>>;
  for (const [key, attr] of SETTINGS) out[key] = setting(inst, body, attr, scope, place, key === 'hopLimit');
  return out as unknown as IacMetadataSettings;
}

function allUnknown(reason: string): IacMetadataSettings {
  const u = { state: 'unknown' as const, reason: clean(reason) };
  return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
}

function readMetadata(inst: Instance, body: Raw, scope: Scope, place: Place): IacMetadataSettings {
  const b = blocks(inst, body, 'metadata_options', scope);
  if ('unknown' in b) return allUnknown(b.unknown);
  const first = b.items[0];
  return metadataFrom(inst, first?.body, first?.scope ?? scope, place);
}

function templateRef(
  inst: Instance,
  kind: IacTemplateRef['kind'],
  idRaw: unknown,
  versionRaw: unknown,
  scope: Scope,
): IacTemplateRef {
  const type = kind === 'launch-template' ? 'aws_launch_template.' : 'aws_launch_configuration.';
  const r = inst.ev.safe(idRaw, scope);
  const targets = [...refsIn(r.v)].filter((x) => x.slice(x.lastIndexOf('aws_')).startsWith(type));
  const distinct = [...new Set(targets)];
  let ref: IacTemplateRef;
  if (distinct.length === 1) ref = { kind, target: clean(distinct[0], 400) };
  else if (typeof r.v === 'string') ref = { kind, expression: clean(r.v) };
  else ref = { kind, expression: clean(shortText(exprText(idRaw))) };
  if (versionRaw !== undefined) {
    const v = inst.ev.safe(versionRaw, scope);
    ref.version =
      typeof v.v === 'string' || typeof v.v === 'number'
        ? clean(String(v.v))
        : clean(shortText(exprText(versionRaw)));
  }
  return ref;
}

function readTemplate(inst: Instance, type: string, body: Raw, scope: Scope): IacTemplateRef | undefined {
  const lt = blocks(inst, body, 'launch_template', scope);
  if ('unknown' in lt) return { kind: 'launch-template', expression: clean(lt.unknown) };
  const first = lt.items[0];
  if (first && type !== 'aws_autoscaling_group') {
    return templateRef(
      inst,
      'launch-template',
      first.body.id ?? first.body.name,
      first.body.version,
      first.scope,
    );
  }
  if (first)
    return templateRef(
      inst,
      'launch-template',
      first.body.id ?? first.body.name,
      first.body.version,
      first.scope,
    );
  const mip = blocks(inst, body, 'mixed_instances_policy', scope);
  if ('unknown' in mip) return { kind: 'launch-template', expression: clean(mip.unknown) };
  for (const m of mip.items) {
    const l = blocks(inst, m.body, 'launch_template', m.scope);
    if ('unknown' in l) return { kind: 'launch-template', expression: clean(l.unknown) };
    for (const x of l.items) {
      const spec = blocks(inst, x.body, 'launch_template_specification', x.scope);
      if ('unknown' in spec) return { kind: 'launch-template', expression: clean(spec.unknown) };
      const s = spec.items[0];
      if (s)
        return templateRef(
          inst,
          'launch-template',
          s.body.launch_template_id ?? s.body.launch_template_name,
          s.body.version,
          s.scope,
        );
    }
  }
  if (type === 'aws_autoscaling_group' && body.launch_configuration !== undefined)
    return templateRef(inst, 'launch-configuration', body.launch_configuration, undefined, scope);
  return undefined;
}

export interface ResourceContext {
  related: IacOrigin[];
  region?: string;
  rootFolder: string;
  /** Why nothing in this module instance is created (a module call with count = 0). */
  notCreated?: string;
}

function lines(inst: Instance, file: string): string[] {
  return inst.def.files.find((f) => f.file === file)?.lines ?? [];
}

/** The IacResources of one module instance. */
export function instanceResources(inst: Instance, ctx: ResourceContext): IacResource[] {
  const out: IacResource[] = [];
  // In the parser's order (per file, by type then name), as the reports have always listed them.
  for (const [key, decl] of inst.def.resources) {
    const kind = TERRAFORM_KINDS[decl.type];
    if (!kind) continue;
    const exp = inst.expansion(key);
    const base = (suffix: string): IacResource => {
      const address = `${inst.path}${key}${suffix}`;
      const r: IacResource = {
        kind,
        address: clean(address, 400),
        resourceType: decl.type,
        file: decl.file,
        line: decl.line,
        format: 'terraform',
        suppressions: decl.suppressions,
        key: `${ctx.rootFolder}:${clean(address, 400)}`,
      };
      if (ctx.related.length) r.related = ctx.related;
      if (ctx.region) r.region = ctx.region;
      if (ctx.notCreated) r.notCreated = ctx.notCreated;
      return r;
    };
    if ((exp.kind === 'count' && exp.n === 0) || (exp.kind === 'each' && exp.items.length === 0)) {
      const r = base('');
      r.notCreated ??=
        exp.kind === 'count' ? 'count = 0 with these inputs' : 'for_each is empty with these inputs';
      fill(
        inst,
        decl,
        kind,
        r,
        withNames(
          inst.scope,
          Inst.keys({
            kind: 'unknown',
            reason: 'no instance',
            attr: exp.kind === 'count' ? 'count' : 'for_each',
          })[0].names,
        ),
      );
      out.push(r);
      continue;
    }
    for (const k of Inst.keys(exp)) {
      const r = base(k.suffix);
      if (exp.kind === 'unknown')
        r.notes = [clean(`${exp.attr} not known from the code: ${shortText(exp.reason, 100)}`)];
      fill(inst, decl, kind, r, withNames(inst.scope, k.names));
      out.push(r);
    }
  }
  return out;
}

function fill(inst: Instance, decl: ResourceDecl, kind: IacKind, r: IacResource, scope: Scope): void {
  const body = decl.body;
  const place: Place = {
    file: decl.file,
    lines: lines(inst, decl.file),
    start: decl.line ?? 1,
    end: decl.end ?? decl.line ?? 1,
    what: `${decl.type}.${decl.name}`,
  };
  if (SERVICE_KINDS.has(kind)) {
    r.service = readService(inst, kind, body, scope, place);
    return;
  }
  if (kind === 'account-defaults') r.metadata = metadataFrom(inst, body, scope, place);
  else if (kind !== 'autoscaling-group' && kind !== 'eks-node-group')
    r.metadata = readMetadata(inst, body, scope, place);
  const ami = body.ami ?? body.image_id;
  if (ami !== undefined) {
    const a = inst.ev.safe(ami, scope);
    if (typeof a.v === 'string' && a.v.startsWith('ami-')) r.amiId = clean(a.v);
    else if (typeof a.v === 'string') r.amiExpression = clean(a.v);
    else r.amiExpression = clean(isUnknown(a.v) ? a.v.reason : shortText(exprText(ami)));
  }
  if (kind !== 'launch-template' && kind !== 'launch-configuration' && kind !== 'account-defaults') {
    const ref = readTemplate(inst, decl.type, body, scope);
    if (ref) r.template = ref;
  }
}

export { Unknown };

const DECIDING = new Set([
  'count',
  'for_each',
  'ami',
  'image_id',
  'metadata_options',
  'launch_template',
  'mixed_instances_policy',
  'launch_configuration',
  'http_tokens',
  'http_endpoint',
  'http_put_response_hop_limit',
  'instance_metadata_tags',
  'instance_metadata_service_configuration',
  'setting',
  'solution_stack_name',
  'platform_arn',
  'template_name',
]);

/** The expressions that decide the judged resources of a folder (for {@link Evaluator.prefetch}). */
export function decidingExpressions(resources: Iterable<ResourceDecl>): string[] {
  const out: string[] = [];
  const walk = (v: unknown, take: boolean): void => {
    if (typeof v === 'string') {
      if (take && v.startsWith('${') && v.endsWith('}')) out.push(v.slice(2, -1));
    } else if (Array.isArray(v)) for (const x of v) walk(x, take);
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, take || DECIDING.has(k) || k === 'dynamic');
  };
  for (const r of resources) if (TERRAFORM_KINDS[r.type]) walk(r.body, false);
  return out;
}
