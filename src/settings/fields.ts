/**
 * How one input is read: each row of the inputs table (inputs.ts) names a field parser that turns the
 * input's text into its typed value, reporting what is wrong through the context. The parsers here are
 * the shapes several inputs share; an input with a grammar of its own has its parser beside its section.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { linkProblem } from '../fs/safe.js';

/** The workspace and environment an input is read against, and where its problems go. */
export interface FieldContext {
  /** The input being read (problems are reported under it). */
  readonly input: string;
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  fail(message: string): void;
}

/** Turns an input's text (trimmed; its default when not given) into its value. */
export type FieldParser<T> = (raw: string, ctx: FieldContext) => T;

export const TRUE_WORDS = ['true', 'yes', 'on', '1'];
export const FALSE_WORDS = ['false', 'no', 'off', '0'];

/** The text as given. */
export const text: FieldParser<string> = (raw) => raw;

/** The text, or undefined when it is empty. */
export const optionalText: FieldParser<string | undefined> = (raw) => raw || undefined;

export const flag: FieldParser<boolean> = (raw, ctx) => {
  const v = raw.toLowerCase();
  if (TRUE_WORDS.includes(v)) return true;
  if (FALSE_WORDS.includes(v)) return false;
  ctx.fail(`'${raw}' is not a boolean; use true or false`);
  return false;
};

export const wholeNumber =
  (min: number, max: number): FieldParser<number> =>
  (raw, ctx) => {
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      ctx.fail(`'${raw}' is not a whole number from ${min} to ${max}`);
      return min;
    }
    return Number(raw);
  };

export const oneOf =
  <T extends string>(allowed: readonly T[]): FieldParser<T> =>
  (raw, ctx) => {
    const v = raw.toLowerCase() as T;
    if (allowed.includes(v)) return v;
    ctx.fail(`'${raw}' is not one of: ${allowed.join(', ')}`);
    return allowed[0];
  };

/** Splits a list input on commas and newlines, trimming blanks (YAML block scalars work too). */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A list input's entries split into those it names and those it excludes: `!us-west-1`, `!i-0123…`,
 * `!123456789012`, `!Key=Value` (regions, instances, accounts, tags).
 */
export function splitExcludes(items: string[]): { named: string[]; excluded: string[] } {
  const named: string[] = [];
  const excluded: string[] = [];
  for (const item of items) {
    if (item.startsWith('!')) excluded.push(item.slice(1).trim());
    else named.push(item);
  }
  return { named, excluded };
}

/** A list whose `!entry` items exclude; every entry, named or excluded, must match `pattern`. */
export function listWithExcludes(
  items: string[],
  pattern: RegExp,
  what: string,
  ctx: FieldContext,
): { named: string[]; excluded: string[] } {
  const bad = items.filter((i) => !pattern.test(i.startsWith('!') ? i.slice(1).trim() : i));
  if (bad.length)
    ctx.fail(`${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${what}`);
  return splitExcludes(items.filter((i) => !bad.includes(i)));
}

/** Why `key` is not an EC2 tag key (1 to 128 characters without control characters), or undefined. */
export function tagKeyProblem(key: string): string | undefined {
  if (key.length > 128) return `is ${key.length} characters long`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a tag key holds no control characters
  if (/[\u0000-\u001f\u007f]/.test(key)) return 'contains a control character';
  return undefined;
}

/**
 * A path input resolved inside the workspace, or why not: absolute paths outside it, `..` escapes and
 * anything under `.git/` (hooks, config) are refused. Checked with the other inputs, before any AWS call.
 * This judges the text only; `workspacePath` also checks the path on disk for symbolic links
 * (src/fs/safe.ts linkProblem), and every read and write checks again when it opens the file.
 */
export function resolveInWorkspace(workspace: string, value: string): string | { problem: string } {
  if (value.includes('\0')) return { problem: 'contains a NUL character' };
  const root = resolve(workspace);
  const abs = resolve(root, value);
  const rel = relative(root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return {
      problem: `'${value}' is outside the workspace (${root}); give a path inside it, e.g. imds-guard/${value.split(/[\\/]/).pop() || 'file'}`,
    };
  }
  if (rel.split(sep)[0] === '.git') {
    return {
      problem: `'${value}' is inside .git/; IMDS Guard never writes or reads there. Choose another folder.`,
    };
  }
  return abs;
}

/**
 * A workspace path, as given ('' stays ''). `links`: whether the file may be a link that stays inside the
 * workspace (src/pipeline/files.ts). A glob is judged as text only.
 */
export function checkPath(value: string, ctx: FieldContext, links: 'refuse' | 'inside' = 'refuse'): string {
  if (value === '') return value;
  const r = resolveInWorkspace(ctx.workspace, value);
  if (typeof r !== 'string') ctx.fail(r.problem);
  else if (!/[*?[]/.test(value)) {
    const problem = linkProblem(ctx.workspace, r, links, ctx.input);
    if (problem) ctx.fail(problem);
  }
  return value;
}

export const workspacePath =
  (links: 'refuse' | 'inside' = 'refuse'): FieldParser<string> =>
  (raw, ctx) =>
    checkPath(raw, ctx, links);

export const optionalWorkspacePath =
  (links: 'refuse' | 'inside' = 'refuse'): FieldParser<string | undefined> =>
  (raw, ctx) =>
    checkPath(raw, ctx, links) || undefined;
