/** Prints the README's inputs and outputs tables from action.yml: `tsx scripts/inputs-table.ts`. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

type Entry = { description?: string; default?: string };
const yml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
  inputs: Record<string, Entry>;
  outputs: Record<string, Entry>;
};
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const lines = ['| Input | Default | Description |', '|---|---|---|'];
for (const [name, e] of Object.entries(yml.inputs)) {
  const def = e.default === undefined || e.default === '' ? '' : `\`${cell(String(e.default))}\``;
  lines.push(`| \`${name}\` | ${def} | ${cell(e.description ?? '')} |`);
}
lines.push('', '| Output | Description |', '|---|---|');
for (const [name, e] of Object.entries(yml.outputs))
  lines.push(`| \`${name}\` | ${cell(e.description ?? '')} |`);
console.log(lines.join('\n'));
