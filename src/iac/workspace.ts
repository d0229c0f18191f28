// The matched IaC files of the live checkout, read through the one mechanism that keeps every read inside
// the workspace (src/fs/safe.ts): a symbolic link whose target leaves the workspace, a FIFO or a device is
// refused and named, even when it was swapped in after the globs matched. A link to another file of the
// workspace is read as that file (a `providers.tf` shared between root modules is a common layout).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFileSafe, UnsafePathError } from '../fs/safe.js';
import type { IacParseError } from '../model/iac.js';
import type { IacFile } from './index.js';
import { MAX_IAC_FILE_BYTES } from './sources.js';

const MB = 1048576;

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
