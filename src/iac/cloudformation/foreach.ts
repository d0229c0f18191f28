// Fn::ForEach (AWS::LanguageExtensions) in the Resources section: each loop is expanded as the transform
// does it — `${Id}` and `&{Id}` (non-alphanumerics removed) replaced in every key and string of the
// fragment, `Ref: Id` replaced by the item — into resources with their real logical ids.
import type { IacNotice } from '../../model/iac.js';
import { clean } from '../text.js';
import { type Evaluator, Unknown } from './evaluate.js';
import { CFn, CList, CMap, type CVal } from './tree.js';

export interface ResourceDecl {
  id: string;
  def: CVal;
  /** Line of the logical id, or of the Fn::ForEach key that made it. */
  line: number;
  /** Index of the Resources entry it comes from (for comments in and above it). */
  entry: number;
}

/** Nodes the expansion may create in one template (CloudFormation allows 500 resources a template). */
export const MAX_EXPANDED = 100_000;

const LOOP = 'Fn::ForEach::';

function substitute(v: CVal, id: string, value: string, budget: { left: number }): CVal {
  const plain = `\${${id}}`;
  const amp = `&{${id}}`;
  const alnum = value.replace(/[^A-Za-z0-9]/g, '');
  const memo = new Map<object, CVal>();
  const str = (s: string): string =>
    s.includes(plain) || s.includes(amp) ? s.split(plain).join(value).split(amp).join(alnum) : s;
  const walk = (x: CVal): CVal => {
    if (x === null || typeof x !== 'object') return typeof x === 'string' ? str(x) : x;
    const hit = memo.get(x);
    if (hit !== undefined) return hit;
    if (--budget.left < 0) throw new RangeError('expansion budget');
    let out: CVal;
    if (x instanceof CFn)
      out = x.name === 'Ref' && x.arg === id ? value : new CFn(x.name, walk(x.arg), x.line);
    else if (x instanceof CList) out = new CList(x.items.map(walk), x.line, x.end, x.lines);
    else out = new CMap(x.keys.map(str), x.values.map(walk), x.lines, x.line, x.end, x.cols);
    memo.set(x, out);
    return out;
  };
  return walk(v);
}

/** The resources of the Resources section, loops expanded, in document order. */
export function expandResources(
  file: string,
  resources: CMap,
  ev: Evaluator,
  notices: IacNotice[],
): ResourceDecl[] {
  const out: ResourceDecl[] = [];
  const budget = { left: MAX_EXPANDED };
  const loop = (key: string, v: CVal, line: number, entry: number, depth: number): void => {
    const name = key.slice(LOOP.length);
    const say = (message: string): void => {
      notices.push({ file, line, message: clean(`Fn::ForEach::${name}: ${message}`, 300) });
    };
    const a = v instanceof CList ? v.items : [];
    const [ident, collection, fragment] = a;
    if (typeof ident !== 'string' || !(fragment instanceof CMap) || depth > 5) {
      say('not of the form [Identifier, Collection, {OutputKey: OutputValue}]; its resources are not judged');
      return;
    }
    const items = ev.list(collection ?? null, []);
    if (items instanceof Unknown) {
      say(`its collection ${items.reason} is known only at deploy time; its resources are not judged`);
      return;
    }
    for (const item of items) {
      if (typeof item !== 'string' && typeof item !== 'number') {
        say('a collection item is not a string; its resources are not judged');
        return;
      }
      let copy: CVal;
      try {
        copy = substitute(fragment, ident, String(item), budget);
      } catch {
        say(`expands to more than ${MAX_EXPANDED.toLocaleString('en-US')} nodes; the rest is not judged`);
        return;
      }
      if (copy instanceof CMap) walk(copy, line, entry, depth + 1);
    }
  };
  const walk = (map: CMap, at: number | undefined, entry: number | undefined, depth: number): void => {
    for (let i = 0; i < map.size; i++) {
      const key = map.keys[i];
      const line = at ?? map.lines[i];
      const e = entry ?? i;
      if (key.startsWith(LOOP)) loop(key, map.values[i], line, e, depth);
      else out.push({ id: key, def: map.values[i], line, entry: e });
    }
  };
  walk(resources, undefined, undefined, 0);
  return out;
}
