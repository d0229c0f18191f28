import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputsTable, withInputsTable } from '../../scripts/inputs-table.js';

describe('README', () => {
  it('has the inputs and outputs table generated from action.yml (run: npx tsx scripts/inputs-table.ts --write)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(withInputsTable(readme, inputsTable(readFileSync('action.yml', 'utf8')))).toBe(readme);
  });

  it('links only to docs that exist', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [, path] of readme.matchAll(/\]\((docs\/[^)#]+)\)/g)) {
      expect(() => readFileSync(path), path).not.toThrow();
    }
  });
});
