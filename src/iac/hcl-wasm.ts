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
  bridge ??= load();
  const b = await bridge;
  const out = await new Promise<string>((resolve, reject) => {
    b.parse(filename, text, (err, res) => (err ? reject(new Error(err)) : resolve(res ?? '{}')));
  });
  return JSON.parse(out) as Record<string, unknown>;
}
