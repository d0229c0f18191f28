/**
 * The IaC check's inputs. `iac`: globs, plus `var-file: PATH` (Terraform, in order) and
 * `parameters: TEMPLATE=FILE` (CloudFormation) entries. `pr-gate`: `iac` or `iac-and-live`, optionally with
 * `everything` (judge every resource, not only what the pull request adds) and `fail-unresolved`
 * (IMDSG006 fails).
 */
import { relative, resolve, sep } from 'node:path';
import { type FieldContext, type FieldParser, resolveInWorkspace, splitList } from './fields.js';

export interface IacFiles {
  globs: string[];
  varFiles: string[];
  cfnParameters: { template: string; file: string }[];
}

export interface PrGate {
  prGate: 'iac' | 'iac-and-live';
  judge: 'changes' | 'everything';
  unresolved: 'warn' | 'fail';
}

/** The workspace-relative form of a path entry, or undefined (reported) when it leaves the workspace. */
function inside(value: string, what: string, ctx: FieldContext): string | undefined {
  const r = resolveInWorkspace(ctx.workspace, value);
  if (typeof r !== 'string') {
    ctx.fail(what ? `${what} ${r.problem}` : r.problem);
    return undefined;
  }
  return relative(resolve(ctx.workspace), r).split(sep).join('/');
}

export const iacFiles: FieldParser<IacFiles> = (raw, ctx) => {
  const files: IacFiles = { globs: [], varFiles: [], cfnParameters: [] };
  for (const item of splitList(raw)) {
    const entry = /^([a-z-]+):\s*(.*)$/i.exec(item);
    const key = entry?.[1].toLowerCase();
    if (key === 'var-file') {
      const f = inside(entry![2], 'var-file:', ctx);
      if (f) files.varFiles.push(f);
    } else if (key === 'parameters') {
      const [template, file] = entry![2].split('=').map((x) => x.trim());
      if (!template || !file) {
        ctx.fail(
          `'${item}' names no template and file; write it as parameters: infra/web.yaml=infra/web.params.json`,
        );
        continue;
      }
      const t = inside(template, 'parameters:', ctx);
      const f = inside(file, 'parameters:', ctx);
      if (t && f) files.cfnParameters.push({ template: t, file: f });
    } else if (entry && !/^[a-z]$/i.test(entry[1]) && !/[*?[{]/.test(entry[1])) {
      ctx.fail(
        `'${item}': unknown entry '${entry[1]}:'; entries are globs, var-file: PATH or parameters: TEMPLATE=FILE`,
      );
    } else if (typeof resolveInWorkspace(ctx.workspace, item) === 'string') files.globs.push(item);
    else inside(item, '', ctx);
  }
  if (!files.globs.length && (files.varFiles.length || files.cfnParameters.length))
    ctx.fail('names var files or parameter files but no glob of files to check; add e.g. infra/**');
  return files;
};

const SCOPES = ['iac', 'iac-and-live'] as const;
const WORDS = ['everything', 'fail-unresolved'] as const;

export const prGate: FieldParser<PrGate> = (raw, ctx) => {
  const words = splitList(raw.toLowerCase());
  const scopes = words.filter((w) => (SCOPES as readonly string[]).includes(w));
  const known = [...SCOPES, ...WORDS] as readonly string[];
  if (words.some((w) => !known.includes(w)) || scopes.length > 1)
    ctx.fail(
      `'${raw}' is not one of: ${SCOPES.join(', ')} (one of them), optionally followed by ${WORDS.join(', ')} (e.g. 'iac, fail-unresolved')`,
    );
  return {
    prGate: (scopes[0] as PrGate['prGate'] | undefined) ?? 'iac',
    judge: words.includes('everything') ? 'everything' : 'changes',
    unresolved: words.includes('fail-unresolved') ? 'fail' : 'warn',
  };
};
