// One Terraform module folder, parsed: its .tf files (HashiCorp's parser for content, one linear scan
// for block positions and comments), and the declarations the evaluator needs, each with its place.
import type { IacOrigin, IacParseError, IacSuppression } from '../../model/iac.js';
import type { HclParser } from '../hcl-wasm.js';
import { blockSuppressions, clean, type HclBlock, type HclScan, scanHcl } from '../text.js';

export type Raw = Record<string, unknown>;

export const isRaw = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
/** hcl2json gives a block as an array of bodies; the first one. */
export const firstBody = (v: unknown): Raw | undefined =>
  Array.isArray(v) ? (isRaw(v[0]) ? v[0] : undefined) : isRaw(v) ? v : undefined;
export const bodies = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isRaw) : isRaw(v) ? [v] : []);

export interface TfFile {
  file: string;
  text: string;
  lines: string[];
  json: Raw;
  scan: HclScan;
}

export interface Decl {
  file: string;
  line?: number;
  end?: number;
}

export interface ResourceDecl extends Decl {
  type: string;
  name: string;
  body: Raw;
  suppressions: IacSuppression[];
}

export interface ModuleCallDecl extends Decl {
  name: string;
  body: Raw;
}

export interface FolderDef {
  folder: string;
  files: TfFile[];
  variables: Map<string, Decl & { body: Raw }>;
  locals: Map<string, Decl & { raw: unknown }>;
  resources: Map<string, ResourceDecl>;
  data: Set<string>;
  modules: Map<string, ModuleCallDecl>;
  outputs: Map<string, Decl & { raw: unknown }>;
  providers: (Decl & { body: Raw })[];
  moves: { from: string; to: string; file: string; line?: number }[];
}

/** Line (1-based) of `name =` (or `"name":`) between lines start and end, inclusive. */
export function attrLine(lines: string[], start: number, end: number, name: string): number | undefined {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^\\s*(?:${esc}|"${esc}")\\s*[=:](?!=)`);
  for (let n = Math.max(1, start); n <= Math.min(end, lines.length); n++) if (re.test(lines[n - 1])) return n;
  return undefined;
}

export function origin(
  file: string,
  line: number | undefined,
  what: string,
  place: IacOrigin['place'] = 'elsewhere',
): IacOrigin {
  const w = clean(what, 200);
  return line === undefined ? { file, what: w, place } : { file, line, what: w, place };
}

/** Parses one .tf file; a file that is not valid HCL is an error with its line. */
export function parseTfFile(parser: HclParser, file: string, text: string): TfFile | IacParseError {
  if (file.endsWith('.tf.json')) return parseTfJson(file, text);
  try {
    const json = parser.parse(file, text);
    return { file, text, lines: text.split(/\r?\n/), json, scan: scanHcl(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const line = /:(\d+),\d+-/.exec(msg);
    return {
      file,
      message: `not valid HCL: ${clean(msg, 400)}`,
      line: line ? Number(line[1]) : undefined,
    };
  }
}

/** Terraform's JSON syntax: the same structure as hcl2json's output; blocks are located by their keys. */
function parseTfJson(file: string, text: string): TfFile | IacParseError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { file, message: `not valid JSON: ${clean(e instanceof Error ? e.message : String(e))}` };
  }
  if (!isRaw(json)) return { file, message: 'not a Terraform JSON configuration (not an object)' };
  const lines = text.split(/\r?\n/);
  const blocks: HclBlock[] = [];
  const keyLine = (key: string, from: number): number | undefined =>
    attrLine(lines, from, lines.length, JSON.stringify(key).slice(1, -1));
  for (const keyword of ['resource', 'data']) {
    const at = keyLine(keyword, 1) ?? 1;
    const byType = isRaw(json[keyword]) ? json[keyword] : {};
    for (const [type, named] of Object.entries(byType)) {
      const t = keyLine(type, at) ?? at;
      for (const name of Object.keys(isRaw(named) ? named : {})) {
        const line = keyLine(name, t) ?? t;
        blocks.push({ keyword, labels: [type, name], line, endLine: line });
      }
    }
  }
  for (const keyword of ['variable', 'module', 'output']) {
    const at = keyLine(keyword, 1) ?? 1;
    for (const name of Object.keys(isRaw(json[keyword]) ? json[keyword] : {})) {
      const line = keyLine(name, at) ?? at;
      blocks.push({ keyword, labels: [name], line, endLine: line });
    }
  }
  return { file, text, lines, json, scan: { blocks, comments: new Map(), commentOnly: new Set() } };
}

function byKeyword(blocks: HclBlock[], keyword: string): HclBlock[] {
  return blocks.filter((b) => b.keyword === keyword);
}

/** The declarations of a folder's files, each matched with its block's position. */
export function folderDef(folder: string, files: TfFile[]): FolderDef {
  const def: FolderDef = {
    folder,
    files,
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Set(),
    modules: new Map(),
    outputs: new Map(),
    providers: [],
    moves: [],
  };
  for (const f of files) {
    const blocks = f.scan.blocks;
    const index = new Map<string, HclBlock>();
    for (const b of blocks) {
      const k = [b.keyword, ...b.labels].join('\u0000');
      if (!index.has(k)) index.set(k, b);
    }
    const find = (keyword: string, labels: string[]): HclBlock | undefined =>
      index.get([keyword, ...labels].join('\u0000'));
    const j = f.json;
    if (isRaw(j.resource)) {
      for (const [type, named] of Object.entries(j.resource)) {
        if (!isRaw(named)) continue;
        for (const [name, list] of Object.entries(named)) {
          const body = firstBody(list) ?? {};
          const key = `${type}.${name}`;
          if (def.resources.has(key)) continue;
          const b = find('resource', [type, name]);
          def.resources.set(key, {
            type,
            name,
            body,
            file: f.file,
            line: b?.line,
            end: b?.endLine,
            suppressions: b ? blockSuppressions(f.scan, b.line, b.endLine) : [],
          });
        }
      }
    }
    if (isRaw(j.data)) {
      for (const [type, named] of Object.entries(j.data)) {
        if (isRaw(named)) for (const name of Object.keys(named)) def.data.add(`${type}.${name}`);
      }
    }
    if (isRaw(j.variable)) {
      for (const [name, list] of Object.entries(j.variable)) {
        const b = find('variable', [name]);
        def.variables.set(name, {
          body: firstBody(list) ?? {},
          file: f.file,
          line: b?.line,
          end: b?.endLine,
        });
      }
    }
    if (isRaw(j.module)) {
      for (const [name, list] of Object.entries(j.module)) {
        const b = find('module', [name]);
        def.modules.set(name, {
          name,
          body: firstBody(list) ?? {},
          file: f.file,
          line: b?.line,
          end: b?.endLine,
        });
      }
    }
    if (isRaw(j.output)) {
      for (const [name, list] of Object.entries(j.output)) {
        const b = find('output', [name]);
        def.outputs.set(name, { raw: firstBody(list)?.value, file: f.file, line: b?.line, end: b?.endLine });
      }
    }
    const localBlocks = byKeyword(blocks, 'locals');
    for (const [i, body] of bodies(j.locals).entries()) {
      const b = localBlocks[i];
      for (const [name, raw] of Object.entries(body)) {
        const line = b ? attrLine(f.lines, b.line + 1, b.endLine, name) : undefined;
        def.locals.set(name, { raw, file: f.file, line });
      }
    }
    if (isRaw(j.provider)) {
      const providerBlocks = blocks.filter((b) => b.keyword === 'provider' && b.labels[0] === 'aws');
      for (const [i, body] of bodies(j.provider.aws).entries()) {
        const b = providerBlocks[i];
        def.providers.push({ body, file: f.file, line: b?.line, end: b?.endLine });
      }
    }
    const movedBlocks = byKeyword(blocks, 'moved');
    for (const [i, body] of bodies(j.moved).entries()) {
      const from = traversalText(body.from);
      const to = traversalText(body.to);
      if (from && to) def.moves.push({ from, to, file: f.file, line: movedBlocks[i]?.line });
    }
  }
  return def;
}

/** `${aws_instance.a}` → `aws_instance.a` (a moved block's from / to). */
export function traversalText(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^\$\{([\s\S]*)\}$/.exec(raw);
  return clean((m ? m[1] : raw).trim(), 300);
}
