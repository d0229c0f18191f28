// CloudFormation templates (YAML or JSON; CDK synth output is JSON) → IacResource, evaluated the way a
// deploy would evaluate them: parameters (defaults, or a parameters file), conditions, Fn::If /
// AWS::NoValue, FindInMap, Sub / Join / Select, Fn::ForEach, and the links from instances, ASGs and node
// groups to their launch template (by id or by name) or launch configuration. One linear pass over the
// template; see ./cloudformation/ for the parts. CloudFormation has no resource type for account-level
// metadata defaults.
import {
  type IacKind,
  type IacMetadataSettings,
  type IacNotice,
  type IacReadResult,
  type IacResource,
  type IacServiceImds,
  type IacSetting,
  type IacTemplateRef,
  SERVICE_KINDS,
} from '../model/iac.js';
import { Evaluator, NO_VALUE, type Trace, Unknown, type Value } from './cloudformation/evaluate.js';
import { expandResources, type ResourceDecl } from './cloudformation/foreach.js';
import { type CfnParameterValues, resolveParameters } from './cloudformation/params.js';
import { parseTemplate, TemplateSyntaxError } from './cloudformation/parse.js';
import { dedupe, describeValue, toSetting } from './cloudformation/settings.js';
import { commentSuppressions, type EntrySpan, metadataSuppressions } from './cloudformation/suppress.js';
import { CList, CMap, describeVal } from './cloudformation/tree.js';
import { clean } from './text.js';

export { type CfnParameterValues, parseParameterFile } from './cloudformation/params.js';
export { CFN_TAGS } from './cloudformation/parse.js';

const KINDS: Record<string, IacKind> = {
  'AWS::EC2::Instance': 'instance',
  'AWS::EC2::LaunchTemplate': 'launch-template',
  'AWS::AutoScaling::LaunchConfiguration': 'launch-configuration',
  'AWS::AutoScaling::AutoScalingGroup': 'autoscaling-group',
  'AWS::EKS::Nodegroup': 'eks-node-group',
  'AWS::SageMaker::NotebookInstance': 'sagemaker-notebook',
  'AWS::ElasticBeanstalk::Environment': 'beanstalk-environment',
  'AWS::ElasticBeanstalk::ConfigurationTemplate': 'beanstalk-template',
  'AWS::Lightsail::Instance': 'lightsail-instance',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** For already-parsed JSON: a `Resources` object with at least one `AWS::` type (loops included). */
export function isCloudFormation(json: unknown): json is Obj {
  if (!isObj(json) || !isObj(json.Resources)) return false;
  return Object.entries(json.Resources).some(
    ([k, r]) =>
      (isObj(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::')) ||
      (k.startsWith('Fn::ForEach::') && JSON.stringify(r).includes('"AWS::')),
  );
}

export interface ReadCloudFormationOptions {
  /** Parameter values from a parameters file (see parseParameterFile); they win over Defaults. */
  parameters?: CfnParameterValues;
}

const hasAwsType = (resources: CMap): boolean =>
  resources.values.some((r, i) => {
    if (resources.keys[i].startsWith('Fn::ForEach::')) return describeVal(r, 100_000).includes('"AWS::');
    const t = r instanceof CMap ? r.get('Type') : undefined;
    return typeof t === 'string' && t.startsWith('AWS::');
  });

/** A key under which two launch template names compare equal (literal, or the same expression). */
function nameKey(v: Value | undefined): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return `s:${v}`;
  if (v instanceof Unknown && v.parts) return `u:${JSON.stringify(v.parts)}`;
  return undefined;
}

class TemplateReader {
  readonly resources: IacResource[] = [];
  readonly notices: IacNotice[] = [];
  private readonly ev: Evaluator;
  private readonly types = new Map<string, string>();
  private readonly ltNames = new Map<string, string[]>();
  private readonly lcNames = new Map<string, string[]>();
  private decls: ResourceDecl[] = [];

  constructor(
    readonly file: string,
    readonly root: CMap,
    options: ReadCloudFormationOptions,
  ) {
    const params = resolveParameters(file, root.get('Parameters'), options.parameters);
    for (const name of options.parameters?.values.keys() ?? []) {
      if (!params.has(name))
        this.notices.push({
          file: options.parameters!.file,
          line: options.parameters!.values.get(name)?.line,
          message: clean(`parameter ${name} is not declared in ${file}`),
        });
    }
    const section = (k: string): CMap | undefined => {
      const v = root.get(k);
      return v instanceof CMap ? v : undefined;
    };
    const resourceIds = new Set<string>();
    this.ev = new Evaluator({
      file,
      params,
      mappings: section('Mappings'),
      conditions: section('Conditions'),
      resources: resourceIds,
    });
    const resources = section('Resources')!;
    this.decls = expandResources(file, resources, this.ev, this.notices);
    for (const d of this.decls) {
      resourceIds.add(d.id);
      const type = d.def instanceof CMap ? d.def.get('Type') : undefined;
      if (typeof type === 'string') this.types.set(d.id, type);
    }
    this.checkTransforms(resources);
  }

  private checkTransforms(resources: CMap): void {
    const tr = this.root.get('Transform');
    const names = (tr instanceof CList ? tr.items : [tr]).filter((x): x is string => typeof x === 'string');
    const loops = resources.keys.some((k) => k.startsWith('Fn::ForEach::'));
    if (loops && !names.includes('AWS::LanguageExtensions'))
      this.notices.push({
        file: this.file,
        line: this.root.lineOf('Resources'),
        message:
          'Fn::ForEach needs "Transform: AWS::LanguageExtensions"; without it CloudFormation rejects the template (the loops were expanded anyway)',
      });
    for (const n of names) {
      if (n !== 'AWS::LanguageExtensions' && !n.startsWith('AWS::Serverless'))
        this.notices.push({
          file: this.file,
          line: this.root.lineOf('Transform'),
          message: clean(`the macro ${n} can rewrite the template at deploy time; it was judged as written`),
        });
    }
  }

  private props(d: ResourceDecl, t: Trace): Value | undefined {
    return d.def instanceof CMap ? this.ev.resolve(d.def.get('Properties'), t) : undefined;
  }

  private indexNames(): void {
    for (const d of this.decls) {
      const type = this.types.get(d.id);
      const [prop, index] =
        type === 'AWS::EC2::LaunchTemplate'
          ? ['LaunchTemplateName', this.ltNames]
          : type === 'AWS::AutoScaling::LaunchConfiguration'
            ? ['LaunchConfigurationName', this.lcNames]
            : [undefined, undefined];
      if (!prop || !index) continue;
      // A template whose Condition is false does not exist: it cannot be the one a name means.
      const cond = d.def instanceof CMap ? d.def.get('Condition') : undefined;
      if (typeof cond === 'string' && this.ev.condition(cond, []) === false) continue;
      const key = nameKey(this.ev.prop(this.props(d, []), prop, []));
      if (!key) continue;
      const ids = index.get(key);
      if (ids) ids.push(d.id);
      else index.set(key, [d.id]);
    }
  }

  read(comments: Parameters<typeof commentSuppressions>[1], limit: number): void {
    this.indexNames();
    const resources = this.root.get('Resources') as CMap;
    const spans: EntrySpan[] = resources.keys.map((_, i) => {
      const v = resources.values[i];
      const end = v instanceof CMap || v instanceof CList ? v.end : resources.lines[i];
      return {
        line: resources.lines[i],
        col: resources.cols?.[i] ?? 1,
        end: Math.max(end, resources.lines[i]),
      };
    });
    const marks = commentSuppressions(spans, comments, limit);
    for (const d of this.decls) {
      const type = this.types.get(d.id);
      const kind = type ? KINDS[type] : undefined;
      if (!kind || !type) continue;
      const def = d.def as CMap;
      const res: IacResource = {
        kind,
        address: clean(d.id),
        resourceType: type,
        file: this.file,
        line: d.line,
        format: 'cloudformation',
        suppressions: [...metadataSuppressions(def.get('Metadata')), ...marks[d.entry]],
        key: `${this.file}#${clean(d.id)}`,
      };
      const related: Trace = [];
      this.condition(def, res, related);
      const pt: Trace = [];
      const props = this.props(d, pt);
      if (SERVICE_KINDS.has(kind)) res.service = this.service(kind, props, pt, related);
      if (kind === 'instance' || kind === 'launch-template' || kind === 'launch-configuration') {
        const dt = [...pt];
        const data = kind === 'launch-template' ? this.ev.prop(props, 'LaunchTemplateData', dt) : props;
        res.metadata = this.metadata(data, dt, related);
        const at: Trace = [...dt];
        const ami = this.ev.prop(data, 'ImageId', at);
        if (typeof ami === 'string' && ami.startsWith('ami-')) res.amiId = clean(ami);
        else if (ami !== undefined && ami !== NO_VALUE && ami !== null)
          res.amiExpression = clean(describeValue(ami));
      }
      if (kind === 'instance' || kind === 'autoscaling-group' || kind === 'eks-node-group') {
        const rt = [...pt];
        const ref = this.templateRef(props, rt);
        if (ref) {
          res.template = ref;
          related.push(...rt);
        }
      }
      const rel = dedupe(related);
      if (rel.length) res.related = rel.slice(0, 10);
      this.resources.push(res);
    }
  }

  private condition(def: CMap, res: IacResource, related: Trace): void {
    const name = def.get('Condition');
    if (typeof name !== 'string') return;
    const t: Trace = [];
    const c = this.ev.condition(name, t);
    related.push(...t);
    if (c === false) res.notCreated = clean(`Condition ${name} is false with these parameters`);
    else if (c instanceof Unknown)
      res.notes = [clean(`created only when condition ${name} is true; ${c.reason}`, 300)];
  }

  private metadata(data: Value | undefined, base: Trace, related: Trace): IacMetadataSettings {
    const mt = [...base];
    const mo = this.ev.prop(data, 'MetadataOptions', mt);
    const one = <T>(key: string, num = false): IacSetting<T> => {
      const t = [...mt];
      const s = toSetting<T>(this.ev.prop(mo, key, t), t, num);
      if (s.state !== 'unset') related.push(...t);
      return s;
    };
    if (mo instanceof CMap) {
      return {
        httpTokens: one('HttpTokens'),
        httpEndpoint: one('HttpEndpoint'),
        hopLimit: one('HttpPutResponseHopLimit', true),
        instanceMetadataTags: one('InstanceMetadataTags'),
      };
    }
    const whole = toSetting<never>(mo, mt);
    if (whole.state !== 'unset') related.push(...mt);
    const u =
      whole.state === 'unknown' || whole.state === 'unset'
        ? whole
        : ({ state: 'unknown', reason: clean(`MetadataOptions is ${describeValue(mo)}`) } as const);
    return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
  }

  /** One setting, with the places that decided it added to the resource's related locations. */
  private serviceSetting(v: Value | undefined, t: Trace, related: Trace): IacSetting<string> {
    const out = toSetting<string>(v, t);
    if (out.state !== 'unset') related.push(...t);
    return out;
  }

  /** The IMDS setting of another service's resource (SageMaker, Elastic Beanstalk, Lightsail). */
  private service(kind: IacKind, props: Value | undefined, base: Trace, related: Trace): IacServiceImds {
    const p = (m: Value | undefined, k: string, t: Trace): Value | undefined => this.ev.prop(m, k, t);
    if (kind === 'sagemaker-notebook') {
      const t = [...base];
      const v = p(
        p(props, 'InstanceMetadataServiceConfiguration', t),
        'MinimumInstanceMetadataServiceVersion',
        t,
      );
      return { setting: this.serviceSetting(v, t, related) };
    }
    if (kind === 'lightsail-instance') return { setting: { state: 'unset' } };
    const t = [...base];
    const options = p(props, 'OptionSettings', t);
    let setting: IacSetting<string> = { state: 'unset' };
    const list = options === undefined || options === NO_VALUE ? [] : this.ev.list(options, t);
    if (list instanceof Unknown)
      setting = { state: 'unknown', reason: clean(`OptionSettings: ${list.reason}`) };
    else {
      for (const o of list) {
        const ot = [...t];
        const ns = p(o, 'Namespace', ot);
        const name = p(o, 'OptionName', ot);
        if (ns instanceof Unknown || name instanceof Unknown || o instanceof Unknown) {
          const u = [o, ns, name].find((x) => x instanceof Unknown) as Unknown;
          if (setting.state === 'unset')
            setting = {
              state: 'unknown',
              reason: clean(`an option whose namespace or name depends on ${u.reason}`),
            };
          continue;
        }
        if (ns === 'aws:autoscaling:launchconfiguration' && name === 'DisableIMDSv1') {
          setting = this.serviceSetting(p(o, 'Value', ot), ot, related);
          break;
        }
      }
    }
    const st = [...base];
    const stack = this.serviceSetting(p(props, 'SolutionStackName', st), st, related);
    const at = [...base];
    const out: IacServiceImds = {
      setting,
      platform:
        stack.state !== 'unset' ? stack : this.serviceSetting(p(props, 'PlatformArn', at), at, related),
    };
    if (kind === 'beanstalk-environment') {
      const tt = [...base];
      const tv = p(props, 'TemplateName', tt);
      const target = this.linked(tv, 'AWS::ElasticBeanstalk::ConfigurationTemplate', [undefined]);
      if (target) out.configTemplate = { state: 'known', value: clean(target) };
      else if (tv !== undefined && tv !== NO_VALUE) out.configTemplate = this.serviceSetting(tv, tt, related);
    }
    return out;
  }

  private linked(v: Value | undefined, type: string, attrs: (string | undefined)[]): string | undefined {
    if (!(v instanceof Unknown) || !v.ref) return undefined;
    return this.types.get(v.ref.resource) === type && attrs.includes(v.ref.attr) ? v.ref.resource : undefined;
  }

  private templateRef(props: Value | undefined, t: Trace): IacTemplateRef | undefined {
    const p = (m: Value | undefined, k: string): Value | undefined => this.ev.prop(m, k, t);
    const mip = p(p(props, 'MixedInstancesPolicy'), 'LaunchTemplate');
    const spec = p(props, 'LaunchTemplate') ?? p(mip, 'LaunchTemplateSpecification');
    if (spec instanceof CMap) {
      const id = p(spec, 'LaunchTemplateId') ?? p(spec, 'Id');
      const name = p(spec, 'LaunchTemplateName') ?? p(spec, 'Name');
      let target = this.linked(id, 'AWS::EC2::LaunchTemplate', [undefined, 'LaunchTemplateId']);
      if (!target && id === undefined) {
        const hits = this.ltNames.get(nameKey(name) ?? '');
        if (hits?.length === 1) target = hits[0];
      }
      const ref: IacTemplateRef = target
        ? { kind: 'launch-template', target: clean(target) }
        : {
            kind: 'launch-template',
            expression: clean(
              id !== undefined
                ? `LaunchTemplateId ${typeof id === 'string' ? JSON.stringify(id) : describeValue(id)}`
                : `LaunchTemplateName ${typeof name === 'string' ? JSON.stringify(name) : describeValue(name)}${
                    (this.ltNames.get(nameKey(name) ?? '')?.length ?? 0) > 1
                      ? ' (several launch templates have this name)'
                      : ''
                  }`,
            ),
          };
      const ver = p(spec, 'Version');
      if (typeof ver === 'string' || typeof ver === 'number') ref.version = clean(ver);
      else if (ver instanceof Unknown) {
        const attr = ver.ref?.attr;
        ref.version =
          attr === 'LatestVersionNumber'
            ? '$Latest'
            : attr === 'DefaultVersionNumber'
              ? '$Default'
              : clean(ver.reason);
      }
      return ref;
    }
    if (spec instanceof Unknown) return { kind: 'launch-template', expression: clean(spec.reason) };
    const lc = p(props, 'LaunchConfigurationName');
    if (lc === undefined || lc === NO_VALUE || lc === null) return undefined;
    let target = this.linked(lc, 'AWS::AutoScaling::LaunchConfiguration', [undefined]);
    if (!target) {
      const hits = this.lcNames.get(nameKey(lc) ?? '');
      if (hits?.length === 1) target = hits[0];
    }
    return target
      ? { kind: 'launch-configuration', target: clean(target) }
      : {
          kind: 'launch-configuration',
          expression: clean(typeof lc === 'string' ? JSON.stringify(lc) : describeValue(lc)),
        };
  }
}

const looksLikeTemplate = (text: string): boolean => text.includes('AWS::') && /\bResources\b/.test(text);

/**
 * Reads one file that may be a CloudFormation template. Not a template (no `Resources` with `AWS::`
 * types) → `skipped`; a file that looks like a template but does not parse → an error with its line.
 */
export function readCloudFormation(
  file: string,
  text: string,
  options: ReadCloudFormationOptions = {},
): IacReadResult {
  const skip = (reason: string): IacReadResult => ({
    resources: [],
    errors: [],
    skipped: [{ file, reason }],
  });
  if (!text.includes('AWS::')) return skip('not a CloudFormation template (no AWS:: resource types)');
  let parsed: ReturnType<typeof parseTemplate>;
  try {
    parsed = parseTemplate(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const line = e instanceof TemplateSyntaxError ? e.line : undefined;
    if (!looksLikeTemplate(text)) return skip(clean(`not a CloudFormation template (${message})`));
    const prefix = e instanceof TemplateSyntaxError ? '' : 'could not be read: ';
    return { resources: [], errors: [{ file, message: clean(`${prefix}${message}`, 300), line }] };
  }
  const root = parsed.root;
  const resources = root instanceof CMap ? root.get('Resources') : undefined;
  if (!(root instanceof CMap) || !(resources instanceof CMap) || !hasAwsType(resources))
    return skip('not a CloudFormation template (no Resources with AWS:: types)');
  let reader: TemplateReader;
  try {
    reader = new TemplateReader(file, root, options);
    // Comments after the Resources section belong to no resource.
    const at = root.keys.lastIndexOf('Resources');
    const next = root.lines[at + 1];
    reader.read(
      parsed.comments,
      next !== undefined && next > root.lines[at] ? next : Number.POSITIVE_INFINITY,
    );
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { resources: [], errors: [{ file, message: clean(`could not be evaluated: ${e.message}`) }] };
  }
  if (parsed.aliases)
    reader.notices.push({
      file,
      message:
        'uses YAML anchors and aliases, which CloudFormation does not accept; judged as if they were expanded',
    });
  return {
    resources: reader.resources,
    errors: [],
    ...(reader.notices.length ? { notices: reader.notices } : {}),
  };
}
