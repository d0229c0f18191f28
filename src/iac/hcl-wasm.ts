// Loads HashiCorp's HCL parser (Go, compiled to WebAssembly, shipped by @cdktf/hcl2json) lazily.
//
// Why not `import { parse } from '@cdktf/hcl2json'`: that module starts loading its .wasm at import
// time from `__dirname` through fs-extra, which an ESM ncc bundle neither defines nor relocates, so
// the whole bundle would crash at start. Here the .wasm is loaded only when a .tf file is read, from
// (1) `hcl2json.wasm.gz` beside the running bundle (the build must copy
// node_modules/@cdktf/hcl2json/main.wasm.gz there: ncc's asset relocation corrupts binary files),
// or (2) the installed package (tests, tsx, lib/).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

type Callback = (err: string | null, result?: string) => void;
// Node's global WebAssembly, typed minimally (the project's lib settings do not declare it).
interface Wasm {
  instantiate(bytes: Uint8Array, imports: unknown): Promise<{ instance: unknown }>;
}
type Bridge = Record<string, (...args: [...unknown[], Callback]) => void>;

let bridge: Promise<Bridge> | undefined;

export const WASM_FILE_NAME = 'hcl2json.wasm.gz';

function wasmCandidates(): string[] {
  const out: string[] = [];
  const here = dirname(fileURLToPath(import.meta.url));
  out.push([here, WASM_FILE_NAME].join('/'));
  try {
    const req = createRequire(import.meta.url);
    out.push(join(dirname(req.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz'));
  } catch {
    // not installed next to us: the bundle copy is the only candidate
  }
  return out;
}

async function load(): Promise<Bridge> {
  const path = wasmCandidates().find((p) => existsSync(p));
  if (!path) throw new Error(`HCL parser not found (${WASM_FILE_NAME} is missing beside the bundle)`);
  await import('@cdktf/hcl2json/wasm/bridge_wasm_exec.js');
  const g = globalThis as unknown as {
    Go: new () => { importObject: unknown; run(i: unknown): Promise<void> };
    WebAssembly: Wasm;
    __parse_terraform_config_wasm__?: Bridge;
  };
  const go = new g.Go();
  const { instance } = await g.WebAssembly.instantiate(gunzipSync(readFileSync(path)), go.importObject);
  const root: Bridge = {};
  g.__parse_terraform_config_wasm__ = root;
  void go.run(instance);
  return root;
}

/** Parses HCL2 text to the JSON shape of hcl2json (blocks as arrays, expressions as "${…}"). */
export async function parseHcl(filename: string, text: string): Promise<Record<string, unknown>> {
  return (await hclParser()).parse(filename, text);
}

/** A node of HashiCorp's expression syntax tree, as `getExpressionAst` of @cdktf/hcl2json returns it. */
export interface HclNode {
  type: string;
  children?: HclNode[];
  range?: { start: { byte: number }; end: { byte: number } };
  meta?: Record<string, unknown> & {
    value?: string;
    traversal?: { type: 'nameTraversal' | 'indexTraversal'; segment: string }[];
  };
}

/** The parser's entry points, synchronous once the WebAssembly module is loaded (the Go side answers
 * its callback before returning). Both throw an Error with the parser's diagnostics on bad input. */
export interface HclParser {
  parse(filename: string, text: string): Record<string, unknown>;
  /** The syntax tree of one expression (HCL native syntax). */
  expressionAst(text: string): HclNode;
}

function call(b: Bridge, name: string, args: unknown[]): string {
  let done = false;
  let error: string | null = null;
  let out = '';
  b[name](...args, (err: string | null, res?: string) => {
    done = true;
    error = err;
    out = res ?? '';
  });
  if (!done) throw new Error(`HCL parser: ${name} did not answer synchronously`);
  if (error) throw new Error(error);
  return out;
}

let parser: Promise<HclParser> | undefined;

export function hclParser(): Promise<HclParser> {
  parser ??= (async () => {
    bridge ??= load();
    const b = await bridge;
    return {
      parse: (filename, text) =>
        JSON.parse(call(b, 'parse', [filename, text]) || '{}') as Record<string, unknown>,
      expressionAst: (text) => {
        const ast = JSON.parse(call(b, 'getExpressionAst', ['expr.tf', text]) || 'null') as HclNode | null;
        if (!ast) throw new Error('not an expression');
        return ast;
      },
    };
  })();
  return parser;
}
