// Entry of the IaC readers: each file's format is detected (Terraform by extension, JSON by content,
// other YAML/JSON by the CloudFormation reader); Terraform source is read per folder with its modules;
// plans use the .tf blocks found among the same files to locate their resources. Never throws on bad
// input.
import type {
  IacFileSource,
  IacMove,
  IacNotice,
  IacParseError,
  IacReadResult,
  IacResource,
  IacSourceFormat,
  IacSourceLocation,
  IacSourceLookup,
} from '../model/iac.js';
import {
  type CfnParameterValues,
  isCloudFormation,
  parseParameterFile,
  readCloudFormation,
} from './cloudformation.js';
import { configAddress, isTerraformPlan, readTerraformPlan } from './plan.js';
import { readTerraform, type TerraformFile } from './terraform.js';
import { clean } from './text.js';

export interface IacFile {
  /** Workspace-relative path, `/`-separated. */
  file: string;
  text: string;
}

export type DetectedFormat = IacSourceFormat | 'terraform-vars' | 'unknown';

const TERRAFORM_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;
const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i;

/**
 * Detects a file's format: Terraform by its extension; JSON by content (a plan has `format_version`
 * and `resource_changes`, a template `Resources` of `AWS::` types); any other YAML/JSON/.template file
 * goes to the CloudFormation reader, which tells a template from other YAML by its resources.
 */
export function detectFormat(
  file: string,
  text: string,
): { format: DetectedFormat; json?: unknown; problem?: string } {
  if (TERRAFORM_FILE.test(file))
    return { format: /\.tfvars(\.json)?$/.test(file) ? 'terraform-vars' : 'terraform' };
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { format: 'unknown', problem: `not valid JSON: ${clean(e instanceof Error ? e.message : e)}` };
    }
    if (isTerraformPlan(json)) return { format: 'terraform-plan', json };
    if (isCloudFormation(json)) return { format: 'cloudformation', json };
    return { format: 'unknown' };
  }
  if (TEMPLATE_FILE.test(file) || /\bAWS::/.test(text)) return { format: 'cloudformation' };
  if (HCL_START.test(text)) return { format: 'terraform' };
  return { format: 'unknown' };
}

const HCL_START = /^\s*(resource|variable|provider|module|data|locals|terraform|output)\s*("|\{)/m;

const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');

/** A lookup from Terraform addresses to the .tf blocks read from source (root-module addresses),
 * optionally only those in one folder (a plan's own folder). */
export function sourceLookup(resources: IacResource[], folder?: string): IacSourceLookup {
  const byAddress = new Map<string, IacSourceLocation[]>();
  for (const r of resources) {
    // a module's resources are in its own folder; their key names the root folder they belong to
    const inFolder = r.key ? r.key.startsWith(`${folder}:`) : folderOf(r.file) === folder;
    if (r.format !== 'terraform' || (folder !== undefined && !inFolder)) continue;
    const list = byAddress.get(configAddress(r.address)) ?? [];
    // count / for_each instances of one block are one location
    if (!list.some((x) => x.file === r.file && x.line === r.line))
      list.push({ file: r.file, line: r.line, suppressions: r.suppressions });
    byAddress.set(configAddress(r.address), list);
  }
  // Ambiguous (the same address in two folders): do not guess.
  return (address) => {
    const hits = byAddress.get(configAddress(address));
    return hits && hits.length === 1 ? hits[0] : undefined;
  };
}

export interface ReadIacOptions {
  /** Maps a plan resource address to its .tf block; default: the .tf files among `files`. */
  lookup?: IacSourceLookup;
  /** Files beyond the matched ones (module sources, var files); default: only `files`. */
  source?: IacFileSource;
  /** Terraform var files in order, as `-var-file` applies them. */
  varFiles?: string[];
  /** CloudFormation parameters files, each for one template (read through `source`). */
  cfnParameters?: { template: string; file: string }[];
}

/** The parameters file named for each template, read and parsed; a bad one is an error naming it. */
async function templateParameters(
  options: ReadIacOptions,
  errors: IacParseError[],
): Promise<Map<string, CfnParameterValues>> {
  const out = new Map<string, CfnParameterValues>();
  for (const { template, file } of options.cfnParameters ?? []) {
    const text = await options.source?.readFile(file);
    if (text === undefined) {
      errors.push({
        file,
        message: `the parameters file named for ${template} (input iac, parameters:) does not exist or is not a regular file`,
      });
      continue;
    }
    const parsed = parseParameterFile(file, text);
    if (parsed.ok) out.set(template, parsed.parameters);
    else errors.push(parsed.error);
  }
  return out;
}

/**
 * Reads every file; never throws on bad input. Source is always judged: a plan never removes the .tf
 * resource it covers (a stale or edited plan cannot launder source) — both are returned, and the caller
 * keeps the stricter verdict.
 */
export async function readIacFiles(files: IacFile[], options: ReadIacOptions = {}): Promise<IacReadResult> {
  const resources: IacResource[] = [];
  const errors: IacParseError[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const notices: IacNotice[] = [];
  const moves: IacMove[] = [];
  const terraform: TerraformFile[] = [];
  const plans: { file: string; text: string; json: Record<string, unknown> }[] = [];
  const parameters = await templateParameters(options, errors);
  const parameterFiles = new Set((options.cfnParameters ?? []).map((p) => p.file));
  for (const f of files) {
    if (parameterFiles.has(f.file)) continue;
    try {
      const { format, json, problem } = detectFormat(f.file, f.text);
      if (format === 'terraform-plan') plans.push({ ...f, json: json as Record<string, unknown> });
      else if (format === 'cloudformation') {
        const r = readCloudFormation(f.file, f.text, { parameters: parameters.get(f.file) });
        resources.push(...r.resources);
        errors.push(...r.errors);
        skipped.push(...(r.skipped ?? []));
        notices.push(...(r.notices ?? []));
      } else if (format === 'terraform' || format === 'terraform-vars') terraform.push(f);
      else if (problem) errors.push({ file: f.file, message: problem });
      else
        skipped.push({
          file: f.file,
          reason:
            'JSON, but neither a Terraform plan (format_version + resource_changes) nor a CloudFormation template (Resources of AWS:: types)',
        });
    } catch (e) {
      errors.push({
        file: f.file,
        message: `could not be read: ${clean(e instanceof Error ? e.message : e)}`,
      });
    }
  }
  const hcl: IacResource[] = [];
  if (terraform.length) {
    const r = await readTerraform(terraform, { source: options.source, varFiles: options.varFiles });
    hcl.push(...r.resources);
    errors.push(...r.errors);
    notices.push(...(r.notices ?? []));
    moves.push(...(r.moves ?? []));
  }
  resources.push(...hcl);
  for (const p of plans) {
    const r = readTerraformPlan(
      p.file,
      p.text,
      p.json,
      options.lookup ?? sourceLookup(hcl, folderOf(p.file)),
    );
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  for (const r of resources)
    r.key ??= r.format === 'cloudformation' ? `${r.file}#${r.address}` : `${folderOf(r.file)}:${r.address}`;
  return { resources, errors, skipped, notices, moves };
}

export { readCloudFormation } from './cloudformation.js';
export { readTerraformPlan } from './plan.js';
export { readTerraform } from './terraform.js';
