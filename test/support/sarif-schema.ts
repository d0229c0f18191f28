// The OASIS SARIF 2.1.0 JSON schema (as published, shipped by @microsoft/jest-sarif), compiled once with
// ajv: every SARIF log the tests produce is checked against it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// The published schema's `language` pattern is not a valid Unicode-mode regular expression.
// Both packages are CommonJS: their ESM default is module.exports, whose `default` is the export.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object);

/** The schema's complaints about `log` ([] when it is valid SARIF 2.1.0). */
export function sarifProblems(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
