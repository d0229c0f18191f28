// Conversion of a variable's value to its declared type, as Terraform does before the module sees it:
// `optional(type, default)` attributes of object types get their default, nested through lists,
// sets, maps and objects; strings, numbers and bools convert where Terraform converts them.
import type { HclNode } from '../hcl-wasm.js';
import type { Evaluator, Scope } from './eval.js';
import { isObject, isUnknown, obj, Unknown, type Value } from './values.js';

const NO_NAMES: Scope = {
  names: new Map(),
  resolve: (_p, text) => ({ ev: { v: new Unknown(`${text} (not allowed in a type)`) }, used: 1 }),
};

export function convertToType(ev: Evaluator, typeRaw: string, value: Value): Value {
  const m = /^\$\{([\s\S]*)\}$/.exec(typeRaw);
  const text = m ? m[1] : typeRaw;
  try {
    const parsed = ev.ast(text);
    return convert(ev, parsed.node, parsed.src, value);
  } catch {
    return value;
  }
}

function typeName(n: HclNode): string {
  if (n.type === 'scopeTraversal') return String(n.meta?.traversal?.[0]?.segment ?? '');
  if (n.type === 'function') return String(n.meta?.name ?? '');
  return '';
}

function convert(ev: Evaluator, t: HclNode, src: string, v: Value): Value {
  if (v === null || isUnknown(v)) return v;
  const name = typeName(t);
  const kids = t.children ?? [];
  switch (name) {
    case 'string':
      return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
    case 'number':
      return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    case 'bool':
      return v === 'true' ? true : v === 'false' ? false : v;
    case 'list':
    case 'set':
      return Array.isArray(v) && kids[0] ? v.map((x) => convert(ev, kids[0], src, x)) : v;
    case 'map':
      return isObject(v) && kids[0]
        ? obj(Object.entries(v).map(([k, x]) => [k, convert(ev, kids[0], src, x)]))
        : v;
    case 'object':
      return isObject(v) && kids[0]?.type === 'object' ? object(ev, kids[0], src, v) : v;
    default:
      return v;
  }
}

function object(ev: Evaluator, spec: HclNode, src: string, v: Record<string, Value>): Value {
  const out = obj(Object.entries(v));
  const kids = spec.children ?? [];
  for (let i = 0; i + 1 < kids.length; i += 2) {
    const keyNode = kids[i];
    const inner = keyNode.children?.[0];
    const key =
      inner?.type === 'scopeTraversal'
        ? String(inner.meta?.traversal?.[0]?.segment ?? '')
        : keyNode.children?.length
          ? String(ev.node(keyNode, src, NO_NAMES).v)
          : sliceKey(src, keyNode);
    let attrType = kids[i + 1];
    let def: Value = null;
    if (typeName(attrType) === 'optional') {
      const args = attrType.children ?? [];
      attrType = args[0];
      if (args[1]) def = ev.node(args[1], src, NO_NAMES).v;
      if (out[key] === undefined || out[key] === null)
        out[key] = def === null ? null : convert(ev, attrType, src, def);
    }
    if (out[key] !== undefined && attrType) out[key] = convert(ev, attrType, src, out[key]);
  }
  return out;
}

function sliceKey(src: string, n: HclNode): string {
  const r = n.range;
  if (!r) return '';
  return Buffer.from(src, 'utf8').subarray(r.start.byte, r.end.byte).toString('utf8').trim();
}
