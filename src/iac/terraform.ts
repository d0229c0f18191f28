// Terraform source (.tf / .tfvars) → IacResource, evaluated the way Terraform evaluates it: HashiCorp's
// parser (WASM) for the files and for each expression's syntax tree; variables (defaults, .tfvars in
// Terraform's precedence, var files the caller names, module arguments), locals, conditionals, `for`,
// splats, functions, count / for_each, dynamic blocks and local or downloaded modules. What the code
// does not fix (data sources, provider-computed attributes, variables without value) is `unknown`
// with the reason. See docs/iac-terraform.md.
import type {
  IacFileSource,
  IacMove,
  IacNotice,
  IacOrigin,
  IacParseError,
  IacReadResult,
  IacResource,
} from '../model/iac.js';
import { type HclParser, hclParser } from './hcl-wasm.js';
import { type EV, Evaluator, exprText, shortText, withNames } from './terraform/eval.js';
import {
  attrLine,
  type FolderDef,
  folderDef,
  isRaw,
  origin,
  parseTfFile,
  type TfFile,
} from './terraform/folder.js';
import { Instance, type VarValue, variableValue } from './terraform/instance.js';
import { decidingExpressions, instanceResources } from './terraform/resources.js';
import { fromJson, Unknown } from './terraform/values.js';
import { clean } from './text.js';

export { TERRAFORM_KINDS } from './terraform/resources.js';

export interface TerraformFile {
  /** Workspace-relative path, `/`-separated. */
  file: string;
  text: string;
}

export interface TerraformReadOptions {
  /** Where module folders, var files and `.terraform/modules/modules.json` are read when they are not
   * among the given files. */
  source?: IacFileSource;
  /** Var files the caller passes to Terraform (`-var-file`), workspace-relative, in that order. */
  varFiles?: string[];
}

const MAX_DEPTH = 10;
const META_ARGS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on', 'lifecycle']);

export const folderOf = (file: string): string =>
  file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
const baseName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);
const isVarFile = (file: string): boolean => file.endsWith('.tfvars') || file.endsWith('.tfvars.json');
const isAuto = (name: string): boolean => /\.auto\.tfvars(\.json)?$/.test(name);

/** `a/b` + `../c` → `a/c`; '.' for the workspace root; undefined when it leaves the workspace. */
export function joinFolder(base: string, rel: string): string | undefined {
  const out = base === '.' ? [] : base.split('/');
  for (const p of rel.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out.length ? out.join('/') : '.';
}

const inFolder = (folder: string, name: string): string => (folder === '.' ? name : `${folder}/${name}`);

interface Run {
  parser: HclParser;
  ev: Evaluator;
  source?: IacFileSource;
  given: Map<string, string>;
  defs: Map<string, FolderDef | null>;
  errors: IacParseError[];
  notices: IacNotice[];
  resources: IacResource[];
  moves: IacMove[];
  prefetched: Set<FolderDef>;
}

async function loadFolder(run: Run, folder: string): Promise<FolderDef | null> {
  if (run.defs.has(folder)) return run.defs.get(folder) ?? null;
  let names = [...run.given.keys()].filter((f) => folderOf(f) === folder && !isVarFile(f));
  const texts = new Map<string, string>();
  for (const n of names) texts.set(n, run.given.get(n) ?? '');
  if (!names.length && run.source) {
    const listed = await run.source.listFolder(folder);
    names = listed
      .filter((n) => n.endsWith('.tf') || n.endsWith('.tf.json'))
      .sort()
      .map((n) => inFolder(folder, n));
    for (const n of names) {
      const t = await run.source.readFile(n);
      if (t !== undefined) texts.set(n, t);
    }
  }
  const files: TfFile[] = [];
  for (const [file, text] of texts) {
    const p = parseTfFile(run.parser, file, text);
    if ('json' in p) files.push(p);
    else run.errors.push(p);
  }
  const def = files.length ? folderDef(folder, files) : null;
  run.defs.set(folder, def);
  return def;
}

async function readText(run: Run, file: string): Promise<string | undefined> {
  return run.given.get(file) ?? (await run.source?.readFile(file));
}

interface VarFileValues {
  file: string;
  values: Map<string, VarValue>;
}

function varFileValues(run: Run, file: string, text: string): VarFileValues | undefined {
  const values = new Map<string, VarValue>();
  const lines = text.split(/\r?\n/);
  const what = baseName(file);
  const scope = {
    names: new Map(),
    resolve: (_p: unknown, t: string) => ({
      ev: { v: new Unknown(`${t} (not allowed in a var file)`) },
      used: 1,
    }),
  };
  let json: Record<string, unknown>;
  try {
    json = file.endsWith('.json')
      ? (JSON.parse(text) as Record<string, unknown>)
      : run.parser.parse(file, text);
    if (!isRaw(json)) throw new Error('not an object');
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const line = /:(\d+),\d+-/.exec(msg);
    run.errors.push({
      file,
      message: `not a valid var file: ${clean(msg, 400)}`,
      line: line ? Number(line[1]) : undefined,
    });
    return undefined;
  }
  for (const [name, raw] of Object.entries(json)) {
    const v = file.endsWith('.json') ? { v: fromJson(raw) } : run.ev.safe(raw, scope);
    values.set(name, { v: v.v, o: origin(file, attrLine(lines, 1, lines.length, name), what), what });
  }
  return { file, values };
}

/** The root module's variables: defaults < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars
 * (lexical) < other .tfvars not named (lexical, with a notice) < var files named by the caller. */
async function rootVariables(
  run: Run,
  def: FolderDef,
  varFiles: string[],
  named: string[],
): Promise<Map<string, VarValue>> {
  const order = (n: string): number =>
    n === 'terraform.tfvars' ? 0 : n === 'terraform.tfvars.json' ? 1 : isAuto(n) ? 2 : 3;
  const local = varFiles
    .filter((f) => !named.includes(f))
    .sort((a, b) => order(baseName(a)) - order(baseName(b)) || (baseName(a) < baseName(b) ? -1 : 1));
  const given = new Map<string, VarValue>();
  for (const f of [...local, ...named]) {
    const text = await readText(run, f);
    if (text === undefined) {
      run.notices.push({ file: f, message: `var file ${clean(f)} could not be read` });
      continue;
    }
    if (order(baseName(f)) === 3 && !named.includes(f)) {
      run.notices.push({
        file: f,
        message: `${clean(baseName(f))} is not loaded by Terraform unless passed with -var-file; it was applied after the *.auto.tfvars files. Name the var files your pipeline passes in input iac (var-file: PATH, in order) so the check uses the same ones.`,
      });
    }
    const vals = varFileValues(run, f, text);
    if (vals) for (const [k, v] of vals.values) given.set(k, v);
  }
  const out = new Map<string, VarValue>();
  for (const name of def.variables.keys()) {
    const v = variableValue(run.ev, def, name, given.get(name));
    if (v) out.set(name, v);
  }
  return out;
}

interface ModulesJson {
  dirs: Map<string, string>;
}

async function modulesJson(run: Run, root: string): Promise<ModulesJson | undefined> {
  const file = inFolder(root, '.terraform/modules/modules.json');
  const text = await readText(run, file);
  if (text === undefined) return undefined;
  try {
    const j = JSON.parse(text) as { Modules?: { Key?: unknown; Dir?: unknown }[] };
    const dirs = new Map<string, string>();
    for (const m of Array.isArray(j.Modules) ? j.Modules : []) {
      if (typeof m?.Key === 'string' && typeof m.Dir === 'string') dirs.set(m.Key, m.Dir);
    }
    return { dirs };
  } catch {
    run.notices.push({
      file,
      message: `${clean(file)} is not valid JSON: downloaded modules were not evaluated`,
    });
    return undefined;
  }
}

function regionOf(inst: Instance): string | undefined {
  for (const p of inst.def.providers) {
    if (p.body.alias !== undefined || p.body.region === undefined) continue;
    const r = inst.ev.safe(p.body.region, inst.scope);
    if (typeof r.v === 'string') return clean(r.v);
  }
  return undefined;
}

const isLocalSource = (s: string): boolean => s.startsWith('./') || s.startsWith('../');

interface Walk {
  rootFolder: string;
  modulesJson?: ModulesJson;
  chain: string[];
  keyPath: string[];
  related: IacOrigin[];
  region?: string;
  notCreated?: string;
}

interface Child {
  inst: Instance;
  walk: Walk;
}

/** The module instances a module instance calls (their folders read, their variables bound). */
async function children(run: Run, inst: Instance, w: Walk, region: string | undefined): Promise<Child[]> {
  const out: Child[] = [];
  for (const call of inst.def.modules.values()) {
    const source = typeof call.body.source === 'string' ? call.body.source : undefined;
    const label = `module "${call.name}" (source ${clean(source ?? exprText(call.body.source), 120)})`;
    const notice = (why: string): void => {
      run.notices.push({
        file: call.file,
        line: call.line,
        message: clean(`${label} was not evaluated: ${why}`, 400),
      });
    };
    if (!source) {
      notice('its source is not a literal string');
      continue;
    }
    const keyPath = [...w.keyPath, call.name];
    let folder: string | undefined;
    if (isLocalSource(source)) folder = joinFolder(inst.def.folder, source);
    else {
      const dir = w.modulesJson?.dirs.get(keyPath.join('.'));
      if (dir !== undefined) folder = joinFolder(w.rootFolder, dir);
      else {
        notice('its code is not in the checkout; run terraform init before the check, or commit a plan');
        continue;
      }
    }
    if (!folder) {
      notice('its folder is outside the workspace');
      continue;
    }
    if (w.chain.includes(folder)) {
      notice(`it calls ${clean(folder)} again (a module cycle)`);
      continue;
    }
    if (w.chain.length >= MAX_DEPTH) {
      notice(`modules nest deeper than ${MAX_DEPTH} levels`);
      continue;
    }
    const child = await loadFolder(run, folder);
    if (!child) {
      notice(`no .tf files in ${clean(folder)}`);
      continue;
    }
    const exp = inst.expansion(`module.${call.name}`);
    const lines = inst.def.files.find((f) => f.file === call.file)?.lines ?? [];
    const callSite: IacOrigin = origin(call.file, call.line, `module "${call.name}" call`);
    const zero = (exp.kind === 'count' && exp.n === 0) || (exp.kind === 'each' && exp.items.length === 0);
    const keys = zero ? [{ suffix: '', names: [] }] : Instance.keys(exp);
    const made: [string, Instance][] = [];
    for (const k of keys) {
      const scope = withNames(inst.scope, k.names as [string, EV][]);
      const vars = new Map<string, VarValue>();
      for (const name of child.variables.keys()) {
        let given: VarValue | undefined;
        if (Object.hasOwn(call.body, name) && !META_ARGS.has(name)) {
          const r = run.ev.safe(call.body[name], scope);
          const what = `module "${call.name}" argument ${name}`;
          const line = call.line ? attrLine(lines, call.line + 1, call.end ?? call.line, name) : undefined;
          given = { v: r.v, o: r.o ?? origin(call.file, line ?? call.line, what), what: r.o?.what ?? what };
        }
        const v = variableValue(run.ev, child, name, given);
        if (v) vars.set(name, v);
      }
      const childInst = new Instance(
        child,
        run.ev,
        `${inst.path}module.${call.name}${k.suffix}.`,
        `${inst.configPath}module.${call.name}.`,
        vars,
      );
      made.push([k.suffix, childInst]);
      out.push({
        inst: childInst,
        walk: {
          ...w,
          chain: [...w.chain, folder],
          keyPath,
          related: [...w.related, callSite],
          region,
          notCreated:
            w.notCreated ??
            (zero
              ? `module "${call.name}" ${exp.kind === 'count' ? 'count = 0' : 'for_each is empty'} with these inputs`
              : undefined),
        },
      });
    }
    if (!zero) inst.children.set(call.name, { expansion: exp, instances: made.map(([, i]) => i) });
  }
  return out;
}

async function evaluate(run: Run, inst: Instance, w: Walk): Promise<void> {
  if (!run.prefetched.has(inst.def)) {
    run.prefetched.add(inst.def);
    run.ev.prefetch(decidingExpressions(inst.def.resources.values()));
  }
  const region = regionOf(inst) ?? w.region;
  // Children first, so this module's expressions can read their outputs.
  const kids = await children(run, inst, w, region);
  run.resources.push(
    ...instanceResources(inst, {
      related: w.related,
      region,
      rootFolder: w.rootFolder,
      notCreated: w.notCreated,
    }),
  );
  for (const m of inst.def.moves)
    run.moves.push({
      folder: w.rootFolder,
      from: clean(`${inst.path}${m.from}`, 400),
      to: clean(`${inst.path}${m.to}`, 400),
    });
  for (const k of kids) await evaluate(run, k.inst, k.walk);
}

/** Reads every Terraform file given (any folders): each folder that no other given folder calls as a
 * local module is a root, evaluated with its defaults and var files; the others through their calls. */
export async function readTerraform(
  files: TerraformFile[],
  options: TerraformReadOptions = {},
): Promise<IacReadResult> {
  const parser = await hclParser();
  const run: Run = {
    parser,
    ev: new Evaluator(parser),
    source: options.source,
    given: new Map(files.map((f) => [f.file, f.text])),
    defs: new Map(),
    errors: [],
    notices: [],
    resources: [],
    moves: [],
    prefetched: new Set(),
  };
  const folders = [...new Set(files.filter((f) => !isVarFile(f.file)).map((f) => folderOf(f.file)))].sort();
  for (const f of folders) await loadFolder(run, f);
  const loaded = folders.map((f) => run.defs.get(f)).filter((d): d is FolderDef => !!d);
  run.ev.prefetch(loaded.flatMap((d) => decidingExpressions(d.resources.values())));
  for (const d of loaded) run.prefetched.add(d);
  const called = new Map<string, string[]>();
  for (const f of folders) {
    const def = run.defs.get(f);
    for (const call of def?.modules.values() ?? []) {
      const s = call.body.source;
      if (typeof s !== 'string' || !isLocalSource(s)) continue;
      const target = joinFolder(f, s);
      if (target && target !== f && folders.includes(target))
        called.set(target, [...(called.get(target) ?? []), f]);
    }
  }
  const roots = folders.filter((f) => !called.has(f) && run.defs.get(f));
  // A folder reached by no root (modules that call each other in a cycle) is evaluated as a root too.
  const reached = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [target, callers] of called)
      if (!reached.has(target) && callers.some((c) => reached.has(c))) {
        reached.add(target);
        grew = true;
      }
  }
  for (const f of folders) if (!reached.has(f) && run.defs.get(f)) roots.push(f);

  const varFilesGiven = files.filter((f) => isVarFile(f.file)).map((f) => f.file);
  const named = options.varFiles ?? [];
  for (const root of roots) {
    const def = run.defs.get(root);
    if (!def) continue;
    const mine = new Set(varFilesGiven.filter((f) => folderOf(f) === root));
    if (options.source) {
      for (const n of await options.source.listFolder(root))
        if (n === 'terraform.tfvars' || n === 'terraform.tfvars.json' || isAuto(n))
          mine.add(inFolder(root, n));
    }
    const namedHere = named.filter((f) => folderOf(f) === root || roots.length === 1);
    const before = run.resources.length;
    try {
      const vars = await rootVariables(run, def, [...mine], namedHere);
      const inst = new Instance(def, run.ev, '', '', vars);
      await evaluate(run, inst, {
        rootFolder: root,
        modulesJson: await modulesJson(run, root),
        chain: [root],
        keyPath: [],
        related: [],
      });
    } catch (e) {
      // never expected; the folder is reported rather than the whole check failing
      run.resources.length = before;
      run.errors.push({
        file: def.files[0]?.file ?? root,
        message: `could not be evaluated: ${clean(e instanceof Error ? e.message : String(e))}`,
      });
    }
  }
  for (const f of named) {
    if (!roots.some((r) => folderOf(f) === r) && roots.length !== 1)
      run.notices.push({
        file: f,
        message: `var file ${clean(f)} is in no folder evaluated as a root module, so it was not applied`,
      });
  }
  for (const f of varFilesGiven) {
    if (!roots.includes(folderOf(f)) && !folders.includes(folderOf(f)))
      run.notices.push({
        file: f,
        message: `var file ${clean(f)} has no .tf files beside it, so it was not applied`,
      });
  }
  return {
    resources: run.resources,
    errors: run.errors,
    notices: run.notices,
    moves: run.moves,
  };
}

export { shortText };
