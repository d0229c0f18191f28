// CloudFormation templates (YAML or JSON; CDK synth output is JSON) → IacResource. Parsed with the
// `yaml` package (JSON is YAML), keeping the AST for line numbers; short-form intrinsics (!Ref, !Sub …)
// are registered as custom tags and turned into their long form ({ "Fn::Sub": … }).
// CloudFormation has no resource type for account-level metadata defaults.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type Tags } from 'yaml';
import type {
  IacKind,
  IacMetadataSettings,
  IacReadResult,
  IacResource,
  IacSetting,
  IacSuppression,
  IacTemplateRef,
} from '../model/iac.js';
import { blockEndLine, clean, suppressionsForBlock } from './text.js';

const INTRINSICS = [
  'Ref',
  'Condition',
  'Base64',
  'Sub',
  'GetAtt',
  'If',
  'Equals',
  'Join',
  'Select',
  'FindInMap',
].concat([
  'Split',
  'And',
  'Or',
  'Not',
  'ImportValue',
  'GetAZs',
  'Cidr',
  'Length',
  'ToJsonString',
  'Transform',
]);

const longName = (short: string): string =>
  short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;

/** Custom tags so every short form parses (kept as-is; toJs wraps it in its long form). */
export const CFN_TAGS: Tags = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (s: string) => s },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (n: unknown) => n },
  { tag: `!${name}`, collection: 'map' as const, resolve: (n: unknown) => n },
]);

const KINDS: Record<string, IacKind> = {
  'AWS::EC2::Instance': 'instance',
  'AWS::EC2::LaunchTemplate': 'launch-template',
  'AWS::AutoScaling::LaunchConfiguration': 'launch-configuration',
  'AWS::AutoScaling::AutoScalingGroup': 'autoscaling-group',
  'AWS::EKS::Nodegroup': 'eks-node-group',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function toJs(node: unknown): unknown {
  let value: unknown;
  if (isMap(node)) {
    const o: Obj = {};
    for (const pair of node.items) o[String(toJs(pair.key))] = toJs(pair.value);
    value = o;
  } else if (isSeq(node)) value = node.items.map(toJs);
  else if (isScalar(node)) value = node.value;
  else return node ?? null;
  const tag = (node as Node).tag;
  if (tag?.startsWith('!') && INTRINSICS.includes(tag.slice(1))) {
    const name = tag.slice(1);
    const v = name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value;
    return { [longName(name)]: v };
  }
  return value;
}

export function isCloudFormation(json: unknown): json is Obj {
  if (!isObj(json) || !isObj(json.Resources)) return false;
  return Object.values(json.Resources).some(
    (r) => isObj(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::'),
  );
}

/** A short description of an intrinsic for an "unknown because …" reason. */
function describe(v: unknown): string {
  if (isObj(v)) {
    const [k, arg] = Object.entries(v)[0] ?? ['?', undefined];
    return clean(`${k} ${JSON.stringify(arg)}`, 120);
  }
  return clean(JSON.stringify(v), 120);
}

function setting<T>(raw: unknown, num = false): IacSetting<T> {
  if (raw === undefined || raw === null) return { state: 'unset' };
  if (typeof raw === 'string' || typeof raw === 'number') {
    if (num) {
      const n = Number(raw);
      return Number.isFinite(n)
        ? { state: 'known', value: n as T }
        : { state: 'unknown', reason: clean(raw) };
    }
    return { state: 'known', value: String(raw) as T };
  }
  return { state: 'unknown', reason: describe(raw) };
}

function metadata(mo: unknown): IacMetadataSettings {
  if (mo !== undefined && !isObj(mo)) {
    const u = { state: 'unknown' as const, reason: describe(mo) };
    return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
  }
  return {
    httpTokens: setting(mo?.HttpTokens),
    httpEndpoint: setting(mo?.HttpEndpoint),
    hopLimit: setting(mo?.HttpPutResponseHopLimit, true),
    instanceMetadataTags: setting(mo?.InstanceMetadataTags),
  };
}

function refTarget(v: unknown, resources: Obj): string | undefined {
  const id = isObj(v)
    ? (v.Ref ?? (Array.isArray(v['Fn::GetAtt']) ? v['Fn::GetAtt'][0] : undefined))
    : undefined;
  return typeof id === 'string' && id in resources ? id : undefined;
}

function templateRef(props: Obj, resources: Obj): IacTemplateRef | undefined {
  const mip = isObj(props.MixedInstancesPolicy) ? props.MixedInstancesPolicy.LaunchTemplate : undefined;
  const spec = props.LaunchTemplate ?? (isObj(mip) ? mip.LaunchTemplateSpecification : undefined);
  if (isObj(spec)) {
    const idv = spec.LaunchTemplateId ?? spec.LaunchTemplateName ?? spec.Id ?? spec.Name;
    const target = refTarget(idv, resources);
    const ver = spec.Version;
    const version =
      ver === undefined
        ? undefined
        : typeof ver === 'string' || typeof ver === 'number'
          ? String(ver)
          : describe(ver);
    const ref: IacTemplateRef = target
      ? { kind: 'launch-template', target }
      : { kind: 'launch-template', expression: describe(idv) };
    if (version)
      ref.version = /LatestVersionNumber/.test(version)
        ? '$Latest'
        : /DefaultVersionNumber/.test(version)
          ? '$Default'
          : version;
    return ref;
  }
  if (props.LaunchConfigurationName !== undefined) {
    const target = refTarget(props.LaunchConfigurationName, resources);
    return target
      ? { kind: 'launch-configuration', target }
      : { kind: 'launch-configuration', expression: describe(props.LaunchConfigurationName) };
  }
  return undefined;
}

function metadataSuppressions(meta: unknown): IacSuppression[] {
  const out: IacSuppression[] = [];
  if (!isObj(meta)) return out;
  const skips = isObj(meta.checkov) ? meta.checkov.skip : undefined;
  for (const s of Array.isArray(skips) ? skips : []) {
    if (isObj(s) && typeof s.id === 'string') {
      const reason = typeof s.comment === 'string' ? clean(s.comment) : '';
      out.push({ tool: 'checkov', ruleId: clean(s.id), reason, valid: reason.length > 0 });
    }
  }
  const own = meta['imds-guard'];
  if (isObj(own) && own.ignore !== undefined) {
    const reason = typeof own.ignore === 'string' ? clean(own.ignore) : '';
    out.push({ tool: 'imds-guard', reason, valid: reason.length > 0 });
  }
  return out;
}

export function readCloudFormation(file: string, text: string): IacReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    customTags: CFN_TAGS,
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line;
    return {
      resources: [],
      errors: [{ file, message: `not valid YAML/JSON: ${clean(e.message.split('\n')[0])}`, line }],
    };
  }
  const root = toJs(doc.contents);
  if (!isCloudFormation(root))
    return { resources: [], errors: [], skipped: [{ file, reason: 'no AWS:: resources' }] };
  const resourcesNode = isMap(doc.contents)
    ? doc.contents.items.find((p) => toJs(p.key) === 'Resources')?.value
    : undefined;
  const lines = text.split(/\r?\n/);
  const yamlLike = !text.trimStart().startsWith('{');
  const resources: IacResource[] = [];
  for (const [id, def] of Object.entries(root.Resources as Obj)) {
    if (!isObj(def) || typeof def.Type !== 'string') continue;
    const kind = KINDS[def.Type];
    if (!kind) continue;
    const props = isObj(def.Properties) ? def.Properties : {};
    const pair = isMap(resourcesNode) ? resourcesNode.items.find((p) => toJs(p.key) === id) : undefined;
    const offset = (pair?.key as Node | undefined)?.range?.[0];
    const line = offset !== undefined ? lineCounter.linePos(offset).line : undefined;
    const res: IacResource = {
      kind,
      address: clean(id),
      resourceType: def.Type,
      file,
      line,
      format: 'cloudformation',
      suppressions: metadataSuppressions(def.Metadata),
    };
    if (line && yamlLike) {
      const indent = /^\s*/.exec(lines[line - 1])?.[0].length ?? 0;
      const isStart = (l: string): boolean =>
        l.trim() !== '' && !l.trim().startsWith('#') && (/^\s*/.exec(l)?.[0].length ?? 0) <= indent;
      res.suppressions.push(...suppressionsForBlock(lines, line, blockEndLine(lines, line, isStart)));
    }
    const data =
      kind === 'launch-template' ? (isObj(props.LaunchTemplateData) ? props.LaunchTemplateData : {}) : props;
    if (kind === 'instance' || kind === 'launch-template' || kind === 'launch-configuration') {
      res.metadata = metadata(data.MetadataOptions);
      const ami = data.ImageId;
      if (typeof ami === 'string' && ami.startsWith('ami-')) res.amiId = clean(ami);
      else if (ami !== undefined) res.amiExpression = describe(ami);
    }
    if (kind === 'instance' || kind === 'autoscaling-group' || kind === 'eks-node-group') {
      const ref = templateRef(props, root.Resources as Obj);
      if (ref) res.template = ref;
    }
    resources.push(res);
  }
  return { resources, errors: [] };
}
