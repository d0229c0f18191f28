import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { IacFile } from '../../src/iac/index.js';

export const FIXTURES = new URL('../fixtures/iac/', import.meta.url).pathname;

/** Every file under `root` (recursively), as workspace-relative IacFile entries. */
export function loadTree(root: string, skip: (name: string) => boolean = () => false): IacFile[] {
  const out: IacFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!skip(name)) out.push({ file: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out;
}

export function loadFixtures(dir: string): IacFile[] {
  return loadTree(join(FIXTURES, dir)).map((f) => ({ ...f, file: `${dir}/${f.file}` }));
}
