// The IaC files of the live checkout: the globs' matches (never outside the workspace), read through the one mechanism that keeps every read inside
// the workspace (src/fs/safe.ts): a symbolic link whose target leaves the workspace, a FIFO or a device is
// refused and named, even when it was swapped in after the globs matched. A link to another file of the
// workspace is read as that file (a `providers.tf` shared between root modules is a common layout).
import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { readFileSafe, UnsafePathError } from '../fs/safe.js';
import type { IacParseError } from '../model/iac.js';
import type { IacFile } from './index.js';
import { IAC_IGNORE, MAX_IAC_FILE_BYTES } from './sources.js';

const MB = 1048576;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^\.git($|[\\/])/.test(rel);
}

/**
 * The workspace files the globs match, sorted, never outside the workspace (symbolic links are not
 * followed, and a matched link that resolves outside is dropped) and never under `.git/`.
 */
export async function expandIacGlobs(workspace: string, globs: string[]): Promise<string[]> {
  if (!globs.length) return [];
  const root = realpathSync(workspace);
  const matched = await glob(globs, {
    cwd: root,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: IAC_IGNORE,
  });
  const out = new Set<string>();
  for (const rel of matched) {
    let real: string;
    try {
      real = realpathSync(resolve(root, rel));
    } catch {
      continue;
    }
    if (inside(root, real) && inside(root, resolve(root, rel))) out.add(rel.split(sep).join('/'));
  }
  return [...out].sort();
}

/** Reads the files; one that is too large, unreadable or reached through a link becomes an error naming it. */
export async function readWorkspaceIacFiles(
  workspace: string,
  files: string[],
  maxBytes = MAX_IAC_FILE_BYTES,
): Promise<{ files: IacFile[]; errors: IacParseError[] }> {
  const out: IacFile[] = [];
  const errors: IacParseError[] = [];
  for (const file of files) {
    try {
      const size = statSync(resolve(workspace, file)).size;
      if (size > maxBytes) {
        errors.push({
          file,
          message: `not read: ${(size / MB).toFixed(1)} MB is above the ${Math.round(maxBytes / MB)} MB limit for one IaC file`,
        });
        continue;
      }
      const text = readFileSafe({ root: workspace, input: 'iac', path: file }, { links: 'inside', maxBytes });
      if (text === undefined) errors.push({ file, message: 'could not be read (ENOENT)' });
      else out.push({ file, text });
    } catch (e) {
      errors.push({
        file,
        message:
          e instanceof UnsafePathError
            ? `not read: ${e.message}`
            : `could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      });
    }
  }
  return { files: out, errors };
}
