// Terraform plan JSON (`terraform show -json`) → IacResource. Values come from
// resource_changes[].change (before / after / after_unknown); references (ASG → launch template) and
// the variable an unknown value depends on come from `configuration`. A plan carries no source
// positions: the caller's lookup maps an address to its .tf block, else the address is located in
// the plan file's text.
import {
  type IacKind,
  type IacMetadataSettings,
  type IacReadResult,
  type IacResource,
  type IacServiceImds,
  type IacSetting,
  type IacSourceLookup,
  type IacTemplateRef,
  type PlanAction,
  SERVICE_KINDS,
} from '../model/iac.js';
import { TERRAFORM_KINDS } from './terraform.js';
import { clean, lineOfOffset } from './text.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): Obj | undefined =>
  Array.isArray(v) && isObj(v[0]) ? v[0] : isObj(v) ? v : undefined;

export function isTerraformPlan(json: unknown): json is Obj {
  return isObj(json) && 'format_version' in json && ('planned_values' in json || 'resource_changes' in json);
}

function action(actions: unknown): PlanAction | undefined {
  if (!Array.isArray(actions)) return undefined;
  const a = actions.join(',');
  if (a === 'delete,create' || a === 'create,delete') return 'replace';
  return ['create', 'update', 'delete', 'no-op', 'read'].includes(a) ? (a as PlanAction) : undefined;
}

/** Strips instance keys: module.a["x"].aws_instance.b[0] → module.a.aws_instance.b */
const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');

export function configAddress(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

function collectConfig(mod: unknown, prefix: string, out: Map<string, Obj>): void {
  if (!isObj(mod)) return;
  for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
    if (isObj(r) && typeof r.address === 'string') out.set(prefix + r.address, r);
  }
  const calls = isObj(mod.module_calls) ? mod.module_calls : {};
  for (const [name, call] of Object.entries(calls)) {
    if (isObj(call)) collectConfig(call.module, `${prefix}module.${name}.`, out);
  }
}

function refs(expr: unknown): string[] {
  return isObj(expr) && Array.isArray(expr.references) ? expr.references.map(String) : [];
}

const KEYS: [keyof IacMetadataSettings, string][] = [
  ['httpTokens', 'http_tokens'],
  ['httpEndpoint', 'http_endpoint'],
  ['hopLimit', 'http_put_response_hop_limit'],
  ['instanceMetadataTags', 'instance_metadata_tags'],
];

function metadata(
  values: Obj | undefined,
  unknown: unknown,
  config: Obj | undefined,
  flat: boolean,
): IacMetadataSettings {
  const block = flat ? values : first(values?.metadata_options);
  const unk = flat ? unknown : isObj(unknown) ? unknown.metadata_options : undefined;
  const wholeUnknown = unk === true;
  const unkLeaves = flat ? (isObj(unk) ? unk : undefined) : first(unk);
  const cfg = flat ? config : first(config?.metadata_options);
  const out = {} as Record<keyof IacMetadataSettings, IacSetting<string | number>>;
  for (const [key, attr] of KEYS) {
    const v = block?.[attr];
    if (v !== undefined && v !== null && v !== '') {
      out[key] = { state: 'known', value: key === 'hopLimit' ? Number(v) : String(v) };
    } else if (wholeUnknown || unkLeaves?.[attr] === true) {
      const r = refs(cfg?.[attr]);
      // The block is absent from the configuration: the provider computes it at apply, i.e. EC2's
      // launch-time default applies, which is exactly "unset".
      out[key] =
        cfg === undefined && wholeUnknown
          ? { state: 'unset' }
          : { state: 'unknown', reason: clean(r[0] ?? 'known after apply') };
    } else out[key] = { state: 'unset' };
  }
  return out as unknown as IacMetadataSettings;
}

/** A plan value: known, unknown until apply (with the reference it comes from), or unset. */
function planValue(v: unknown, unknown: boolean, cfg: unknown): IacSetting<string> {
  if (v !== undefined && v !== null && v !== '' && typeof v !== 'object')
    return { state: 'known', value: clean(String(v)) };
  if (unknown) return { state: 'unknown', reason: clean(refs(cfg)[0] ?? 'known after apply') };
  return { state: 'unset' };
}

/** The other services' IMDS setting from a plan's values (see terraform/services.ts for the source). */
function planService(
  kind: IacKind,
  values: Obj | undefined,
  unknown: unknown,
  config: Obj | undefined,
  prefix: string,
): IacServiceImds {
  const unk = isObj(unknown) ? unknown : {};
  const out: IacServiceImds = { setting: { state: 'unset' } };
  if (kind === 'sagemaker-notebook') {
    const u = unk.instance_metadata_service_configuration;
    out.setting = planValue(
      first(values?.instance_metadata_service_configuration)?.minimum_instance_metadata_service_version,
      u === true || first(u)?.minimum_instance_metadata_service_version === true,
      first(config?.instance_metadata_service_configuration)?.minimum_instance_metadata_service_version,
    );
    return out;
  }
  if (kind === 'lightsail-instance') return out;
  const settings = Array.isArray(values?.setting) ? values.setting.filter(isObj) : [];
  const hit = settings.find(
    (x) => x.namespace === 'aws:autoscaling:launchconfiguration' && x.name === 'DisableIMDSv1',
  );
  // A block whose namespace or name is known only after apply may be this option.
  const undecided =
    unk.setting === true ||
    settings.some((x) => typeof x.namespace !== 'string' || typeof x.name !== 'string');
  out.setting = hit
    ? planValue(hit.value, hit.value === undefined || hit.value === null, undefined)
    : undecided
      ? { state: 'unknown', reason: 'a setting block known only after apply' }
      : { state: 'unset' };
  const stack = planValue(
    values?.solution_stack_name,
    unk.solution_stack_name === true,
    config?.solution_stack_name,
  );
  out.platform =
    stack.state !== 'unset'
      ? stack
      : planValue(values?.platform_arn, unk.platform_arn === true, config?.platform_arn);
  if (kind === 'beanstalk-environment') {
    const target = refs(config?.template_name).find((r) =>
      r.slice(r.lastIndexOf('aws_')).startsWith('aws_elastic_beanstalk_configuration_template.'),
    );
    const t = planValue(values?.template_name, unk.template_name === true, config?.template_name);
    const address = target?.split('.').slice(0, 2).join('.');
    if (address) out.configTemplate = { state: 'known', value: clean(`${prefix}${address}`) };
    else if (t.state !== 'unset') out.configTemplate = t;
  }
  return out;
}

function templateRef(
  kind: IacTemplateRef['kind'],
  cfgExpr: unknown,
  value: unknown,
  version: unknown,
  prefix: string,
): IacTemplateRef | undefined {
  const type = kind === 'launch-template' ? 'aws_launch_template.' : 'aws_launch_configuration.';
  const target = refs(cfgExpr).find((r) => r.startsWith(type) && r.split('.').length === 2);
  if (target)
    return {
      kind,
      target: prefix + target.replace(/\[[^\]]*\]/g, ''),
      version: version as string | undefined,
    };
  if (typeof value === 'string' && value)
    return { kind, expression: clean(value), version: version as string | undefined };
  if (cfgExpr === undefined && value === undefined) return undefined;
  return {
    kind,
    expression: clean(refs(cfgExpr)[0] ?? 'known after apply'),
    version: version as string | undefined,
  };
}

function versionOf(cfg: Obj | undefined, value: Obj | undefined): string | undefined {
  const c = cfg?.version;
  if (isObj(c) && 'constant_value' in c) return clean(String(c.constant_value));
  if (refs(c).length) return clean(refs(c)[0]);
  return typeof value?.version === 'string' ? clean(value.version) : undefined;
}

function readRef(
  type: string,
  after: Obj | undefined,
  cfg: Obj | undefined,
  prefix: string,
): IacTemplateRef | undefined {
  const ex = isObj(cfg?.expressions) ? cfg.expressions : undefined;
  const lt = first(ex?.launch_template);
  const ltv = first(after?.launch_template);
  if (lt || ltv)
    return templateRef(
      'launch-template',
      lt?.id ?? lt?.name,
      ltv?.id ?? ltv?.name,
      versionOf(lt, ltv),
      prefix,
    );
  const mip = first(first(first(ex?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
  const mipv = first(
    first(first(after?.mixed_instances_policy)?.launch_template)?.launch_template_specification,
  );
  if (mip || mipv) {
    const id = mip?.launch_template_id ?? mip?.launch_template_name;
    return templateRef(
      'launch-template',
      id,
      mipv?.launch_template_id ?? mipv?.launch_template_name,
      versionOf(mip, mipv),
      prefix,
    );
  }
  if (type === 'aws_autoscaling_group' && (ex?.launch_configuration || after?.launch_configuration)) {
    return templateRef(
      'launch-configuration',
      ex?.launch_configuration,
      after?.launch_configuration,
      undefined,
      prefix,
    );
  }
  return undefined;
}

/** A regex source matching the JSON string of `key`, each letter written plainly or as a \\uXXXX escape. */
function jsonKey(key: string): string {
  const letters = [...key].map((c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
    const any = [...hex].map((h) => (/[a-f]/.test(h) ? `[${h}${h.toUpperCase()}]` : h)).join('');
    return `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|\\\\u${any})`;
  });
  return `"${letters.join('')}"`;
}

const ADDRESS = new RegExp(`${jsonKey('address')}\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'g');
const RESOURCE_CHANGES = new RegExp(jsonKey('resource_changes'));

/** Line of each resource change's "address" in the plan text, in one pass (a plan can be 50 MB; its
 * keys may be written with \\u escapes). */
function addressLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const start = Math.max(0, RESOURCE_CHANGES.exec(text)?.index ?? 0);
  const re = new RegExp(ADDRESS.source, 'g');
  re.lastIndex = start;
  let line = lineOfOffset(text, start);
  let at = start;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = at; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    at = m.index;
    try {
      const address = JSON.parse(m[1]) as string;
      if (!out.has(address)) out.set(address, line);
    } catch {
      // not a JSON string: the change has no line
    }
  }
  return out;
}

function regionOf(plan: Obj, key: unknown): string | undefined {
  const providers = isObj(first(plan.configuration)?.provider_config)
    ? (first(plan.configuration)?.provider_config as Obj)
    : {};
  const k = typeof key === 'string' ? key : 'aws';
  const prov = first(providers[k]) ?? first(providers[k.split(':').pop() ?? 'aws']);
  const region = isObj(prov?.expressions) ? prov.expressions.region : undefined;
  if (isObj(region) && typeof region.constant_value === 'string') return region.constant_value;
  const ref = refs(region).find((r) => r.startsWith('var.'));
  const vars = isObj(plan.variables) ? plan.variables : {};
  const v = ref ? first(vars[ref.slice(4)])?.value : undefined;
  return typeof v === 'string' ? v : undefined;
}

export function readTerraformPlan(
  file: string,
  text: string,
  plan: Obj,
  lookup?: IacSourceLookup,
): IacReadResult {
  const config = new Map<string, Obj>();
  collectConfig(first(plan.configuration)?.root_module, '', config);
  const resources: IacResource[] = [];
  const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  const lines = addressLines(text);
  for (const rc of changes) {
    if (!isObj(rc) || rc.mode === 'data' || typeof rc.type !== 'string' || typeof rc.address !== 'string')
      continue;
    const kind = TERRAFORM_KINDS[rc.type];
    const change = first(rc.change);
    if (!kind || !change) continue;
    const act = action(change.actions);
    const after = isObj(change.after) ? change.after : undefined;
    const before = isObj(change.before) ? change.before : undefined;
    const cfg = config.get(configAddress(rc.address));
    const cfgEx = isObj(cfg?.expressions) ? cfg.expressions : undefined;
    const flat = kind === 'account-defaults';
    const moduleAddr = typeof rc.module_address === 'string' ? `${configAddress(rc.module_address)}.` : '';
    const src = lookup?.(configAddress(rc.address)) ?? lookup?.(rc.address);
    const res: IacResource = {
      kind,
      address: clean(rc.address),
      resourceType: rc.type,
      file: src?.file ?? file,
      line: src ? src.line : lines.get(rc.address),
      format: 'terraform-plan',
      action: act,
      suppressions: src?.suppressions ?? [],
      key: `${folderOf(file)}:${clean(rc.address, 400)}`,
    };
    const region = regionOf(plan, cfg?.provider_config_key);
    if (region) res.region = clean(region);
    if (SERVICE_KINDS.has(kind)) {
      res.service = planService(
        kind,
        after ?? before,
        after ? change.after_unknown : undefined,
        cfgEx,
        moduleAddr,
      );
      resources.push(res);
      continue;
    }
    if (kind !== 'autoscaling-group' && kind !== 'eks-node-group') {
      res.metadata = after
        ? metadata(after, change.after_unknown, cfgEx, flat)
        : before
          ? metadata(before, undefined, cfgEx, flat)
          : undefined;
      if (before && after) res.before = metadata(before, undefined, cfgEx, flat);
      const ami = (after ?? before)?.ami ?? (after ?? before)?.image_id;
      if (typeof ami === 'string' && ami.startsWith('ami-')) res.amiId = clean(ami);
      else if (cfgEx?.ami || cfgEx?.image_id)
        res.amiExpression = clean(refs(cfgEx.ami ?? cfgEx.image_id)[0] ?? 'known after apply');
    }
    if (kind !== 'launch-template' && kind !== 'launch-configuration' && kind !== 'account-defaults') {
      const ref = readRef(rc.type, after ?? before, cfg, moduleAddr);
      if (ref) res.template = ref;
    }
    resources.push(res);
  }
  return { resources, errors: [] };
}
