// A strict JSON reader that keeps the line of every key and value, building the template tree directly.
// JSON.parse keeps no positions, and the `yaml` package spends ~300 bytes of syntax tree per token on
// JSON (flow collections): a 5 MB CDK template would need gigabytes. One linear pass here, bounded depth.
import { CFn, CList, CMap, type CVal, isIntrinsicKey } from './tree.js';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 512;
/** Shared by every empty map and list (the tree is never changed once built). */
const NONE: never[] = [];
/** Values a document may have (measured worst case, `[{},{},…]`: ~350 MB peak RSS); CDK output has far fewer. */
export const MAX_JSON_VALUES = 1_000_000;

export function parseJsonTree(text: string): CVal {
  let i = 0;
  let line = 1;
  const n = text.length;
  const fail = (what: string): never => {
    const near = i < n ? `${JSON.stringify(text.slice(i, i + 12))}` : 'the end of the file';
    throw new JsonSyntaxError(`${what} at line ${line} (near ${near})`, line);
  };
  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };
  const str = (): string => {
    const start = ++i;
    let escaped = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 32) fail('control character in a string');
      i++;
    }
    if (i >= n) fail('unterminated string');
    const raw = text.slice(start, i++);
    if (!escaped) return raw;
    try {
      return JSON.parse(`"${raw}"`) as string;
    } catch {
      return fail('bad escape in a string');
    }
  };
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let count = 0;
  const value = (depth: number): CVal => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    if (++count > MAX_JSON_VALUES)
      fail(`too large to read: more than ${MAX_JSON_VALUES.toLocaleString('en-US')} values`);
    ws();
    const c = text[i];
    const at = line;
    if (c === '{') {
      i++;
      const keys: string[] = [];
      const values: CVal[] = [];
      const lines: number[] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return new CMap(NONE, NONE, NONE, at, line);
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a quoted key');
        lines.push(line);
        keys.push(str());
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        values.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          break;
        }
        fail("expected ',' or '}'");
      }
      if (keys.length === 1 && isIntrinsicKey(keys[0])) return new CFn(keys[0], values[0], at);
      // a grown array keeps spare room: small ones are copied to their exact size
      return keys.length < 16
        ? new CMap(keys.slice(), values.slice(), lines.slice(), at, line)
        : new CMap(keys, values, lines, at, line);
    }
    if (c === '[') {
      i++;
      const items: CVal[] = [];
      const lines: number[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return new CList(NONE, at, line, NONE);
      }
      for (;;) {
        ws();
        lines.push(line);
        items.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          break;
        }
        fail("expected ',' or ']'");
      }
      return items.length < 16
        ? new CList(items.slice(), at, line, lines.slice())
        : new CList(items, at, line, lines);
    }
    if (c === '"') return str();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUM.lastIndex = i;
    const m = NUM.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(i >= n ? 'unexpected end of the file' : 'unexpected character');
  };
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const root = value(0);
  ws();
  if (i < n) fail('unexpected text after the JSON value');
  return root;
}
