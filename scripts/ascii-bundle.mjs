/**
 * Rewrites the bundles' non-ASCII characters as \uXXXX escapes (scripts/build.sh, after ncc).
 * V8 keeps a script's source in memory for the life of the process, as one-byte text when the source
 * is ASCII and as two-byte text otherwise: one typographic apostrophe in a comment doubled the 6.4 MB
 * bundle's resident copy (6.6 MB of RSS at startup, measured with /usr/bin/time). An escape means the
 * same in a string, a template's cooked text, a regular expression, an identifier or a comment; it
 * would change only a tagged template's raw text, and the script refuses a bundle where it could
 * (String.raw over non-ASCII text).
 *   node scripts/ascii-bundle.mjs FILE…
 */
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, spelled out.
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(text)) {
    console.error(`${file}: String.raw over non-ASCII text; escaping it would change its value.`);
    process.exit(1);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, spelled out.
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}
