// One instance of a Terraform module (the root, or `module.web[0]`): its input variables, its locals
// (evaluated lazily, once), and what its names mean to the evaluator.
import type { IacOrigin } from '../../model/iac.js';
import { because, type EV, type Evaluator, type Part, type Scope } from './eval.js';
import { attrLine, type FolderDef, origin, type Raw } from './folder.js';
import { convertToType } from './types.js';
import { asNumber, asString, firstUnknown, isObject, isUnknown, obj, Unknown, type Value } from './values.js';

/** A variable's value and where it comes from. */
export interface VarValue extends EV {
  /** Short text for `via`: `terraform.tfvars`, `variable "x" default`, `module "web" argument`. */
  what?: string;
}

/** How many instances a resource or module call has. */
export type Expansion =
  | { kind: 'single' }
  | { kind: 'count'; n: number; o?: IacOrigin }
  | { kind: 'each'; items: [string, Value][]; o?: IacOrigin }
  | { kind: 'unknown'; reason: string; attr: 'count' | 'for_each' };

export interface InstanceKey {
  /** `[0]`, `["a"]` or '' */
  suffix: string;
  names: [string, EV][];
}

export class Instance {
  readonly locals = new Map<string, EV>();
  /** Module calls evaluated from here: their expansion and instances (for `module.x.output`). */
  readonly children = new Map<string, { expansion: Expansion; instances: Instance[] }>();
  private outputsValue?: Value;
  private readonly evaluating = new Set<string>();
  private readonly expansions = new Map<string, Expansion>();
  readonly scope: Scope;

  constructor(
    readonly def: FolderDef,
    readonly ev: Evaluator,
    /** Address prefix with instance keys: `module.web[0].` ('' for the root). */
    readonly path: string,
    /** Address prefix without instance keys: `module.web.`. */
    readonly configPath: string,
    readonly vars: Map<string, VarValue>,
  ) {
    this.scope = { names: new Map(), resolve: (parts, text) => this.resolve(parts, text) };
  }

  private resolve(parts: Part[], text: string): { ev: EV; used: number } {
    const root = parts[0]?.segment ?? '';
    const second = parts[1]?.type === 'nameTraversal' ? parts[1].segment : undefined;
    const all = parts.length;
    const unknown = (why: string, used = all): { ev: EV; used: number } => ({
      ev: { v: new Unknown(because(text, why)) },
      used,
    });
    if (root === 'var' && second) {
      const v = this.vars.get(second);
      if (v) return { ev: v, used: 2 };
      return this.def.variables.has(second)
        ? unknown('no default', 2)
        : { ev: { v: new Unknown(`var.${second} (not declared)`) }, used: 2 };
    }
    if (root === 'local' && second) return { ev: this.local(second), used: 2 };
    if (root === 'count' || root === 'each')
      return unknown(`outside a ${root === 'count' ? 'count' : 'for_each'}`);
    if (root === 'data') return unknown('data source, read at plan time');
    if (root === 'path') return unknown('a path, not evaluated');
    if (root === 'terraform') return unknown('set when Terraform runs');
    if (root === 'self') return unknown('known after apply');
    if (root === 'module' && second) {
      if (!this.def.modules.has(second)) return unknown('module not declared');
      const child = this.children.get(second);
      if (!child) return unknown(`output of module "${second}", not evaluated`);
      const exp = child.expansion;
      const outs = child.instances.map((c) => c.outputs());
      if (exp.kind === 'count') return { ev: { v: outs }, used: 2 };
      if (exp.kind === 'each') return { ev: { v: obj(exp.items.map(([k], i) => [k, outs[i]])) }, used: 2 };
      if (exp.kind === 'unknown') return unknown(`module "${second}" has instances not known from the code`);
      return { ev: { v: outs[0] }, used: 2 };
    }
    if (second && this.def.resources.has(`${root}.${second}`)) {
      return { ev: { v: this.resourceValue(`${root}.${second}`, text) }, used: 2 };
    }
    return unknown('not declared');
  }

  /** A resource's value: its attributes are known after apply; each instance stands for the resource. */
  private resourceValue(key: string, text: string): Value {
    const ref = `${this.configPath}${key}`;
    const unk = new Unknown(because(text, 'known after apply'), [ref]);
    const exp = this.expansion(key);
    if (exp.kind === 'count') return Array.from({ length: exp.n }, () => unk);
    if (exp.kind === 'each') return obj(exp.items.map(([k]) => [k, unk]));
    return unk;
  }

  /** This instance's outputs as one object (each evaluated once). */
  outputs(): Value {
    if (this.outputsValue) return this.outputsValue;
    const out = obj();
    this.outputsValue = out;
    for (const [name, decl] of this.def.outputs) out[name] = this.ev.safe(decl.raw, this.scope).v;
    return out;
  }

  local(name: string): EV {
    const hit = this.locals.get(name);
    if (hit) return hit;
    const decl = this.def.locals.get(name);
    if (!decl) return { v: new Unknown(`local.${name} (not declared)`) };
    if (this.evaluating.has(name)) return { v: new Unknown(`local.${name} (refers to itself)`) };
    this.evaluating.add(name);
    try {
      const r = this.ev.safe(decl.raw, this.scope);
      const out: EV = { v: r.v, o: r.o ?? origin(decl.file, decl.line, `local.${name}`) };
      this.locals.set(name, out);
      return out;
    } finally {
      this.evaluating.delete(name);
    }
  }

  /** The instances of a resource (`type.name`) or a module call (`module.name`). */
  expansion(key: string): Expansion {
    const hit = this.expansions.get(key);
    if (hit) return hit;
    const body: Raw | undefined = key.startsWith('module.')
      ? this.def.modules.get(key.slice(7))?.body
      : this.def.resources.get(key)?.body;
    this.expansions.set(key, { kind: 'unknown', reason: 'refers to itself', attr: 'count' });
    const exp = body ? this.expand(body) : { kind: 'single' as const };
    this.expansions.set(key, exp);
    return exp;
  }

  private expand(body: Raw): Expansion {
    if (body.count !== undefined) {
      const r = this.ev.safe(body.count, this.scope);
      const u = firstUnknown(r.v);
      if (u) return { kind: 'unknown', reason: u.reason, attr: 'count' };
      try {
        return { kind: 'count', n: Math.max(0, Math.trunc(asNumber(r.v))), o: r.o };
      } catch (e) {
        return { kind: 'unknown', reason: e instanceof Error ? e.message : String(e), attr: 'count' };
      }
    }
    if (body.for_each !== undefined) {
      const r = this.ev.safe(body.for_each, this.scope);
      if (isUnknown(r.v)) return { kind: 'unknown', reason: r.v.reason, attr: 'for_each' };
      if (isObject(r.v)) {
        const m = r.v;
        return {
          kind: 'each',
          items: Object.keys(m)
            .sort()
            .map((k) => [k, m[k]]),
          o: r.o,
        };
      }
      if (Array.isArray(r.v)) {
        const u = r.v.find((x) => isUnknown(x)) as Unknown | undefined;
        if (u) return { kind: 'unknown', reason: u.reason, attr: 'for_each' };
        try {
          const keys = [...new Set(r.v.map((x) => asString(x)))].sort();
          return { kind: 'each', items: keys.map((k) => [k, k]), o: r.o };
        } catch {
          return { kind: 'unknown', reason: 'for_each of a list that is not of strings', attr: 'for_each' };
        }
      }
      if (r.v === null) return { kind: 'unknown', reason: 'for_each is null', attr: 'for_each' };
      return { kind: 'unknown', reason: 'for_each is not a map or set', attr: 'for_each' };
    }
    return { kind: 'single' };
  }

  /** The instance keys of an expansion, with the names `count.index` / `each.key` / `each.value`. */
  static keys(exp: Expansion): InstanceKey[] {
    if (exp.kind === 'count')
      return Array.from({ length: exp.n }, (_, i) => ({
        suffix: `[${i}]`,
        names: [['count', { v: obj([['index', i]]), o: exp.o }]],
      }));
    if (exp.kind === 'each')
      return exp.items.map(([k, v]) => ({
        suffix: `[${JSON.stringify(k)}]`,
        names: [
          [
            'each',
            {
              v: obj([
                ['key', k],
                ['value', v],
              ]),
              o: exp.o,
            },
          ],
        ],
      }));
    if (exp.kind === 'unknown') {
      const u = new Unknown(exp.reason);
      const names: [string, EV][] =
        exp.attr === 'count'
          ? [['count', { v: obj([['index', u]]) }]]
          : [
              [
                'each',
                {
                  v: obj([
                    ['key', u],
                    ['value', u],
                  ]),
                },
              ],
            ];
      return [{ suffix: '', names }];
    }
    return [{ suffix: '', names: [] }];
  }
}

/** The value a variable gets: `given` (a .tfvars value, a module argument) or the declared default,
 * converted to the declared type (`optional(type, default)` attributes filled in). */
export function variableValue(
  ev: Evaluator,
  def: FolderDef,
  name: string,
  given: VarValue | undefined,
): VarValue | undefined {
  const decl = def.variables.get(name);
  if (!decl) return given;
  let out: VarValue | undefined = given;
  const nullable = decl.body.nullable !== false;
  if (!out || (out.v === null && !nullable)) {
    if (!('default' in decl.body)) return out;
    const line = decl.line
      ? attrLine(
          def.files.find((f) => f.file === decl.file)?.lines ?? [],
          decl.line + 1,
          decl.end ?? decl.line,
          'default',
        )
      : undefined;
    const what = `variable "${name}" default`;
    const empty = {
      names: new Map(),
      resolve: (_p: Part[], text: string) => ({
        ev: { v: new Unknown(`${text} (not allowed in a default)`) },
        used: 1,
      }),
    };
    const r = ev.safe(decl.body.default, empty);
    out = { v: r.v, o: origin(decl.file, line ?? decl.line, what), what };
  }
  if (typeof decl.body.type === 'string' && out.v !== null && !isUnknown(out.v)) {
    out = { ...out, v: convertToType(ev, decl.body.type, out.v) };
  }
  return out;
}
