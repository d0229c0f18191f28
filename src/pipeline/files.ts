/**
 * Files the modes read from the workspace. Paths were checked to stay inside the workspace (and out of
 * `.git/`) with the other inputs; errors name the input and never echo a file's content.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Deps } from '../deps.js';
import { resolveInWorkspace } from '../settings.js';

export class WorkspaceFileError extends Error {
  override name = 'WorkspaceFileError';
}

/** The absolute path of a workspace-relative path input (re-checked: the input table checked it first). */
export function workspacePath(deps: Deps, value: string, input = 'path'): string {
  const r = resolveInWorkspace(deps.github.workspace, value);
  if (typeof r !== 'string') throw new WorkspaceFileError(`Input '${input}': ${r.problem}`);
  return r;
}

/** A workspace file's text, or an error naming the input and what is wrong (never its content). */
export function readWorkspaceFile(deps: Deps, input: string, value: string): string {
  const path = workspacePath(deps, value, input);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new WorkspaceFileError(
      `Input '${input}': ${value} does not exist (paths are relative to the workspace, ${deps.github.workspace}).`,
    );
  }
  if (!isFile)
    throw new WorkspaceFileError(`Input '${input}': ${value} is a directory, not a file; name the file.`);
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new WorkspaceFileError(
      `Input '${input}': ${value} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
}
