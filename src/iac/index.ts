// Entry of the IaC readers: each file's format is detected from its content; Terraform source is
// read per folder (variables and .tfvars resolve within the folder); plans use the .tf blocks
// found among the same files to locate their resources. Never throws on bad input.
import type {
  IacParseError,
  IacReadResult,
  IacResource,
  IacSourceFormat,
  IacSourceLocation,
  IacSourceLookup,
} from '../model/iac.js';
import { isCloudFormation, readCloudFormation } from './cloudformation.js';
import { configAddress, isTerraformPlan, readTerraformPlan } from './plan.js';
import { readTerraform, type TerraformFile, type TerraformReadOptions } from './terraform.js';
import { clean } from './text.js';

export interface IacFile {
  /** Workspace-relative path, `/`-separated. */
  file: string;
  text: string;
}

export type DetectedFormat = IacSourceFormat | 'terraform-vars' | 'unknown';

const HCL_START = /^\s*(resource|variable|provider|module|data|locals|terraform|output)\s*("|\{)/m;

/** Detects a file's format from its content (the extension only tells .tfvars from .tf). */
export function detectFormat(file: string, text: string): { format: DetectedFormat; json?: unknown } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const json: unknown = JSON.parse(text);
      if (isTerraformPlan(json)) return { format: 'terraform-plan', json };
      if (isCloudFormation(json)) return { format: 'cloudformation', json };
    } catch {
      // not JSON: fall through (YAML flow mapping or HCL)
    }
  }
  if (/\bAWSTemplateFormatVersion\b|^Resources\s*:/m.test(text) || /\bType\s*:\s*['"]?AWS::/.test(text)) {
    return { format: 'cloudformation' };
  }
  if (file.endsWith('.tfvars') || file.endsWith('.tfvars.json')) return { format: 'terraform-vars' };
  if (file.endsWith('.tf.json') && trimmed.startsWith('{')) return { format: 'terraform' };
  if (HCL_START.test(text) || file.endsWith('.tf')) return { format: 'terraform' };
  return { format: 'unknown' };
}

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
  /** Terraform: where module folders, var files and modules.json are read beyond `files`. */
  source?: TerraformReadOptions['source'];
  /** Terraform: var files passed with -var-file, in order. */
  varFiles?: string[];
}

export async function readIacFiles(files: IacFile[], options: ReadIacOptions = {}): Promise<IacReadResult> {
  const resources: IacResource[] = [];
  const errors: IacParseError[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const folders = new Map<string, TerraformFile[]>();
  const plans: { file: string; text: string; json: Record<string, unknown> }[] = [];
  for (const f of files) {
    try {
      const { format, json } = detectFormat(f.file, f.text);
      if (format === 'terraform-plan') plans.push({ ...f, json: json as Record<string, unknown> });
      else if (format === 'cloudformation') {
        const r = readCloudFormation(f.file, f.text);
        resources.push(...r.resources);
        errors.push(...r.errors);
        skipped.push(...(r.skipped ?? []));
      } else if (format === 'terraform' || format === 'terraform-vars') {
        const list = folders.get(folderOf(f.file)) ?? [];
        list.push(f);
        folders.set(folderOf(f.file), list);
      } else if (f.text.trimStart().startsWith('{')) {
        errors.push({ file: f.file, message: jsonProblem(f.text) });
      } else {
        skipped.push({ file: f.file, reason: 'not Terraform, a Terraform plan or CloudFormation' });
      }
    } catch (e) {
      errors.push({
        file: f.file,
        message: `could not be read: ${clean(e instanceof Error ? e.message : e)}`,
      });
    }
  }
  const tf = await readTerraform([...folders.values()].flat(), {
    source: options.source,
    varFiles: options.varFiles,
  });
  const hcl = tf.resources;
  errors.push(...tf.errors);
  resources.push(...hcl);
  const covered = new Set<string>();
  for (const p of plans) {
    const r = readTerraformPlan(
      p.file,
      p.text,
      p.json,
      options.lookup ?? sourceLookup(hcl, folderOf(p.file)),
    );
    resources.push(...r.resources);
    errors.push(...r.errors);
    for (const x of r.resources) if (x.file !== p.file) covered.add(`${x.file}\0${configAddress(x.address)}`);
  }
  // A plan is more accurate than its source: a .tf block the plan covers is judged from the plan.
  const kept = resources.filter(
    (r) => r.format !== 'terraform' || !covered.has(`${r.file}\0${configAddress(r.address)}`),
  );
  return { resources: kept, errors, skipped, notices: tf.notices, moves: tf.moves };
}

function jsonProblem(text: string): string {
  try {
    JSON.parse(text);
    return 'JSON, but neither a Terraform plan (format_version + resource_changes) nor a CloudFormation template (Resources with AWS:: types)';
  } catch (e) {
    return `not valid JSON: ${clean(e instanceof Error ? e.message : e)}`;
  }
}

export { readCloudFormation } from './cloudformation.js';
export { readTerraformPlan } from './plan.js';
export { readTerraform, readTerraformFolder } from './terraform.js';
