/**
 * Files the modes read from the workspace. Paths were checked to stay inside the workspace (and out of
 * `.git/`) with the other inputs; here they are read through src/fs/safe.ts, so a link that leaves the
 * workspace, a FIFO, a device or /proc is refused. Errors name the input and never echo a file's content.
 *
 * Which inputs may be links (to a file inside the workspace): `instances` (its `file:` entry) and `baseline-report`,
 * which a repository commits and may keep as a link to another of its files. Never: `plan-file` and the
 * shard reports (artifacts the Action wrote itself), `changelog-path` and `history-file` (read, then
 * written: the write never follows a link, so the read does not either).
 */
import type { Deps } from '../deps.js';
import { type ReadOptions, readFileSafe } from '../fs/safe.js';
import { resolveInWorkspace } from '../settings/fields.js';

export class WorkspaceFileError extends Error {
  override name = 'WorkspaceFileError';
}

/** The absolute path of a workspace-relative path input (re-checked: the input table checked it first). */
export function workspacePath(deps: Deps, value: string, input = 'path'): string {
  const r = resolveInWorkspace(deps.github.workspace, value);
  if (typeof r !== 'string') throw new WorkspaceFileError(`Input '${input}': ${r.problem}`);
  return r;
}

/** A workspace file's text, or undefined when it does not exist (links: see the header). */
export function readOptionalWorkspaceFile(
  deps: Deps,
  input: string,
  value: string,
  links: ReadOptions['links'] = 'refuse',
): string | undefined {
  const path = workspacePath(deps, value, input);
  return readFileSafe({ root: deps.github.workspace, input, path }, { links });
}

/** A workspace file's text, or an error naming the input and what is wrong (never its content). */
export function readWorkspaceFile(
  deps: Deps,
  input: string,
  value: string,
  links: ReadOptions['links'] = 'refuse',
): string {
  const text = readOptionalWorkspaceFile(deps, input, value, links);
  if (text === undefined)
    throw new WorkspaceFileError(
      `Input '${input}': ${value} does not exist (paths are relative to the workspace, ${deps.github.workspace}).`,
    );
  return text;
}
