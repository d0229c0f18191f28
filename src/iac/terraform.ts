// Terraform source (.tf / .tfvars) → IacResource, one folder (= one module) at a time. Parsing is
// HashiCorp's HCL parser (WASM); this file only evaluates the few expression shapes that decide
// metadata options: literals, `var.x[.attr]` from literal defaults / .tfvars, and `dynamic` blocks
// whose for_each is `[var.x]` or `var.x != null ? [var.x] : []`. Anything else is `unknown`.
import type {
  IacKind,
  IacMetadataSettings,
  IacParseError,
  IacReadResult,
  IacResource,
  IacSetting,
  IacTemplateRef,
} from '../model/iac.js';
import { parseHcl } from './hcl-wasm.js';
import { blockEndLine, clean, suppressionsForBlock } from './text.js';

export const TERRAFORM_KINDS: Record<string, IacKind> = {
  aws_instance: 'instance',
  aws_spot_instance_request: 'spot-instance',
  aws_launch_template: 'launch-template',
  aws_launch_configuration: 'launch-configuration',
  aws_autoscaling_group: 'autoscaling-group',
  aws_eks_node_group: 'eks-node-group',
  aws_ec2_instance_metadata_defaults: 'account-defaults',
};

type Obj = Record<string, unknown>;
type Resolved = { ok: true; value: unknown; via?: string } | { ok: false; reason: string };
interface Scope {
  vars: Map<string, { value: unknown; known: boolean; via: string; optionals: Obj }>;
  iter?: { name: string; value: unknown };
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): Obj | undefined =>
  Array.isArray(v) && isObj(v[0]) ? v[0] : isObj(v) ? v : undefined;
const EXPR = /^\$\{([\s\S]*)\}$/;

/** `optional(type, default)` attributes of a variable's object type, e.g. http_tokens → "required". */
function optionalDefaults(type: unknown): Obj {
  const out: Obj = {};
  if (typeof type !== 'string') return out;
  const re = /(\w+)\s*=\s*optional\(\s*\w+\s*,\s*("[^"]*"|-?\d+|true|false)\s*\)/g;
  for (let m = re.exec(type); m; m = re.exec(type)) out[m[1]] = JSON.parse(m[2]);
  return out;
}

/** An object value of an object-typed variable gets the type's optional(…, default) attributes. */
function withOptionals(value: unknown, optionals: Obj): unknown {
  return isObj(value) && Object.keys(optionals).length ? { ...optionals, ...value } : value;
}

function walk(base: unknown, path: string[], optionals: Obj): unknown {
  let v = base;
  for (const [i, key] of path.entries()) {
    if (!isObj(v)) return undefined;
    v = key in v ? v[key] : i === 0 ? optionals[key] : undefined;
  }
  return v;
}

function resolve(expr: string, scope: Scope): Resolved {
  const e = expr.trim();
  const v = /^var\.(\w+)((?:\.\w+)*)$/.exec(e);
  if (v) {
    const entry = scope.vars.get(v[1]);
    if (!entry) return { ok: false, reason: `var.${v[1]} (not declared)` };
    if (!entry.known) return { ok: false, reason: `var.${v[1]} (no default)` };
    const path = v[2] ? v[2].slice(1).split('.') : [];
    return { ok: true, value: walk(entry.value, path, entry.optionals), via: `${e} (${entry.via})` };
  }
  const it = scope.iter && new RegExp(`^${scope.iter.name}\\.value((?:\\.\\w+)*)$`).exec(e);
  if (it && scope.iter) {
    const path = it[1] ? it[1].slice(1).split('.') : [];
    return { ok: true, value: walk(scope.iter.value, path, {}), via: 'dynamic block' };
  }
  return { ok: false, reason: e };
}

function resolveValue(raw: unknown, scope: Scope): Resolved {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  const m = EXPR.exec(raw);
  if (!m) return raw.includes('${') ? { ok: false, reason: raw } : { ok: true, value: raw };
  const r = resolve(m[1], scope);
  if (!r.ok) return r;
  if (typeof r.value === 'string' && r.value.includes('${')) return { ok: false, reason: m[1] };
  return r;
}

function setting<T>(raw: unknown, scope: Scope, num = false): IacSetting<T> {
  if (raw === undefined) return { state: 'unset' };
  const r = resolveValue(raw, scope);
  if (!r.ok) return { state: 'unknown', reason: clean(r.reason) };
  if (r.value === null || r.value === undefined) return { state: 'unset' };
  if (num) {
    const n = Number(r.value);
    if (!Number.isFinite(n)) return { state: 'unknown', reason: clean(String(r.value)) };
    return { state: 'known', value: n as T, via: r.via && clean(r.via) };
  }
  return { state: 'known', value: String(r.value) as T, via: r.via && clean(r.via) };
}

function metadataFrom(block: Obj | undefined, scope: Scope): IacMetadataSettings {
  return {
    httpTokens: setting(block?.http_tokens, scope),
    httpEndpoint: setting(block?.http_endpoint, scope),
    hopLimit: setting(block?.http_put_response_hop_limit, scope, true),
    instanceMetadataTags: setting(block?.instance_metadata_tags, scope),
  };
}

const allUnknown = (reason: string): IacMetadataSettings => {
  const u = { state: 'unknown' as const, reason: clean(reason) };
  return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
};

/** Elements a dynamic block's for_each yields, or the reason they cannot be known. */
function forEachElements(
  raw: unknown,
  scope: Scope,
): { ok: true; items: unknown[] } | { ok: false; reason: string } {
  if (Array.isArray(raw)) {
    const items: unknown[] = [];
    for (const el of raw) {
      const r = resolveValue(el, scope);
      if (!r.ok) return r;
      items.push(r.value);
    }
    return { ok: true, items };
  }
  const m = typeof raw === 'string' ? EXPR.exec(raw) : null;
  if (!m) return { ok: false, reason: String(raw) };
  const e = m[1].trim();
  const cond = /^(\S+)\s*(!=|==)\s*null\s*\?\s*(\[\s*\1\s*\]|\[\s*\])\s*:\s*(\[\s*\1\s*\]|\[\s*\])$/.exec(e);
  if (cond) {
    const r = resolve(cond[1], scope);
    if (!r.ok) return r;
    const isNull = r.value === null || r.value === undefined;
    const branch = (cond[2] === '!=') !== isNull ? cond[3] : cond[4];
    return { ok: true, items: branch.replace(/\s/g, '') === '[]' ? [] : [r.value] };
  }
  const r = resolve(e, scope);
  if (!r.ok) return r;
  return Array.isArray(r.value) ? { ok: true, items: r.value } : { ok: false, reason: e };
}

function readMetadata(body: Obj, scope: Scope): IacMetadataSettings | undefined {
  const staticBlock = first(body.metadata_options);
  if (staticBlock) return metadataFrom(staticBlock, scope);
  const dyn = first(body.dynamic)?.metadata_options;
  const d = Array.isArray(dyn) ? first(dyn) : undefined;
  if (!d) return undefined;
  const items = forEachElements(d.for_each, scope);
  if (!items.ok) return allUnknown(`dynamic "metadata_options" for_each = ${items.reason}`);
  if (items.items.length === 0) return undefined;
  const iterRaw =
    typeof d.iterator === 'string' ? (EXPR.exec(d.iterator)?.[1] ?? d.iterator) : 'metadata_options';
  const content = first(d.content);
  return metadataFrom(content, { ...scope, iter: { name: iterRaw.trim(), value: items.items[0] } });
}

function exprText(raw: unknown): string {
  if (typeof raw !== 'string') return clean(JSON.stringify(raw));
  return clean(EXPR.exec(raw)?.[1] ?? raw);
}

function templateRef(kind: IacTemplateRef['kind'], idOrName: unknown, version: unknown): IacTemplateRef {
  const type = kind === 'launch-template' ? 'aws_launch_template' : 'aws_launch_configuration';
  const text = exprText(idOrName);
  const m = new RegExp(`^(?:module\\.\\S+\\.)?(${type}\\.[\\w-]+)(?:\\[[^\\]]*\\])?\\.(?:id|name|arn)$`).exec(
    text,
  );
  const ref: IacTemplateRef = m ? { kind, target: m[1] } : { kind, expression: text };
  if (version !== undefined) ref.version = exprText(version);
  return ref;
}

function readTemplateRef(type: string, body: Obj): IacTemplateRef | undefined {
  const dyn = first(body.dynamic)?.launch_template;
  const dynContent = Array.isArray(dyn) ? first(first(dyn)?.content) : undefined;
  const lt = first(body.launch_template) ?? dynContent;
  if (lt) return templateRef('launch-template', lt.id ?? lt.name, lt.version);
  const mip = first(first(body.mixed_instances_policy)?.launch_template);
  const spec = first(mip?.launch_template_specification);
  if (spec) {
    return templateRef('launch-template', spec.launch_template_id ?? spec.launch_template_name, spec.version);
  }
  if (type === 'aws_autoscaling_group' && body.launch_configuration !== undefined) {
    return templateRef('launch-configuration', body.launch_configuration, undefined);
  }
  return undefined;
}

const BLOCK_START = /^(resource|data|module|variable|output|locals|provider|terraform|moved|import|check)\b/;

export interface TerraformFile {
  file: string;
  text: string;
}

/** Reads the .tf and .tfvars files of ONE folder together (variables resolve across them). */
export async function readTerraformFolder(files: TerraformFile[]): Promise<IacReadResult> {
  const errors: IacParseError[] = [];
  const parsed: { file: string; text: string; json: Obj; vars: boolean }[] = [];
  for (const f of files) {
    try {
      parsed.push({ ...f, json: await parseHcl(f.file, f.text), vars: f.file.endsWith('.tfvars') });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const line = /:(\d+),\d+/.exec(msg);
      errors.push({
        file: f.file,
        message: `not valid HCL: ${clean(msg, 400)}`,
        line: line ? Number(line[1]) : undefined,
      });
    }
  }
  const scope: Scope = { vars: new Map() };
  for (const p of parsed.filter((x) => !x.vars)) {
    for (const [name, decls] of Object.entries(isObj(p.json.variable) ? p.json.variable : {})) {
      const d = first(decls) ?? {};
      const known = 'default' in d && !JSON.stringify(d.default ?? null).includes('${');
      const optionals = optionalDefaults(d.type);
      scope.vars.set(name, { value: withOptionals(d.default, optionals), known, via: 'default', optionals });
    }
  }
  const tfvars = parsed
    .filter((x) => x.vars)
    .sort(
      (a, b) =>
        Number(a.file.endsWith('.auto.tfvars')) - Number(b.file.endsWith('.auto.tfvars')) ||
        a.file.localeCompare(b.file),
    );
  for (const p of tfvars) {
    for (const [name, value] of Object.entries(p.json)) {
      const prev = scope.vars.get(name);
      const known = !JSON.stringify(value ?? null).includes('${');
      const optionals = prev?.optionals ?? {};
      scope.vars.set(name, {
        value: withOptionals(value, optionals),
        known,
        via: p.file.split('/').pop() ?? p.file,
        optionals,
      });
    }
  }
  let region: string | undefined;
  for (const p of parsed) {
    const providers = first(p.json.provider)?.aws;
    for (const prov of Array.isArray(providers) ? providers : []) {
      if (isObj(prov) && prov.alias === undefined && prov.region !== undefined) {
        const r = resolveValue(prov.region, scope);
        if (r.ok && typeof r.value === 'string') region = r.value;
      }
    }
  }
  const resources: IacResource[] = [];
  for (const p of parsed.filter((x) => !x.vars)) {
    const lines = p.text.split(/\r?\n/);
    const byType = isObj(p.json.resource) ? p.json.resource : {};
    for (const [type, named] of Object.entries(byType)) {
      const kind = TERRAFORM_KINDS[type];
      if (!kind || !isObj(named)) continue;
      for (const [name, bodies] of Object.entries(named)) {
        const body = first(bodies) ?? {};
        const re = new RegExp(`^\\s*resource\\s+"${type}"\\s+"${name.replace(/[^\w-]/g, '')}"`);
        const idx = lines.findIndex((l) => re.test(l));
        const line = idx >= 0 ? idx + 1 : undefined;
        const end = line ? blockEndLine(lines, line, (l) => BLOCK_START.test(l)) : 0;
        const res: IacResource = {
          kind,
          address: `${type}.${name}`,
          resourceType: type,
          file: p.file,
          line,
          format: 'terraform',
          suppressions: line ? suppressionsForBlock(lines, line, end) : [],
        };
        if (region) res.region = region;
        if (kind === 'account-defaults') res.metadata = metadataFrom(body, scope);
        else if (kind !== 'autoscaling-group' && kind !== 'eks-node-group')
          res.metadata = readMetadata(body, scope) ?? metadataFrom(undefined, scope);
        const ami = body.ami ?? body.image_id;
        if (ami !== undefined) {
          const a = resolveValue(ami, scope);
          if (a.ok && typeof a.value === 'string' && a.value.startsWith('ami-')) res.amiId = a.value;
          else res.amiExpression = a.ok ? exprText(a.value) : clean(a.reason);
        }
        const ref =
          kind === 'launch-template' || kind === 'launch-configuration'
            ? undefined
            : readTemplateRef(type, body);
        if (ref) res.template = ref;
        if (body.count !== undefined) res.notes = [`count = ${exprText(body.count)}`];
        resources.push(res);
      }
    }
  }
  return { resources, errors };
}
