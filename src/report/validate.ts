/**
 * Every report.json the Action reads — `baseline-report`, the shards of `mode: merge` — is checked
 * against the published schema (schemas/report.schema.json, the one docs/report-schema.md links), then
 * against what a schema cannot say: the counts it carries add up over its instances. A shard's own
 * claims (which accounts it covers) are checked in shards.ts against its partition.
 *
 * Errors name the file, the place (a JSON pointer), what is wrong and the fix; they never quote the
 * file's content (a name in a pointer is shown only when it is a plain identifier).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { BUCKETS } from '../model/assessment.js';
import { type JsonReport, REPORT_SCHEMA, REPORT_VERSION } from './json.js';

export class ReportError extends Error {
  override name = 'ReportError';
}

const FIX = 'Use a report.json written by IMDS Guard, unedited.';

/** The published schema, as shipped beside the bundle (ncc copies it; scripts/build.sh links schemas/). */
export function reportSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
}

/** The schema of one history-file line. */
export function historyEntrySchema(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL('../../schemas/history-entry.schema.json', import.meta.url), 'utf8'),
  );
}

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  validator ??= new Ajv2020({ allErrors: false, strict: true }).compile(reportSchema());
  return validator;
}

let historyValidator: ValidateFunction | undefined;
/** Whether a parsed history line matches schemas/history-entry.schema.json. */
export function isHistoryEntry(x: unknown): boolean {
  historyValidator ??= new Ajv2020({ allErrors: false, strict: true }).compile(historyEntrySchema());
  return historyValidator(x);
}

/** A JSON pointer segment fit to print: a plain name or an index; anything else is elided. */
const plain = (s: string): string => (/^[\w.$-]{1,64}$/.test(s) ? s : '…');
const pointer = (p: string): string =>
  p === ''
    ? '/'
    : p
        .split('/')
        .map((x, i) => (i === 0 ? x : plain(x)))
        .join('/');

/** What an ajv error says, in words that never carry a value from the file. */
function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `is missing '${plain(String(p.missingProperty))}'`;
    case 'additionalProperties':
      return `has a field this version does not write ('${plain(String(p.additionalProperty))}')`;
    case 'type':
      return `is not ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type)}`;
    case 'const':
      return `is not ${JSON.stringify(p.allowedValue)}`;
    case 'enum':
      return `is not one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `does not have the expected form (${String(p.pattern)})`;
    case 'minimum':
    case 'maximum':
      return `is ${e.keyword === 'minimum' ? 'below' : 'above'} ${String(p.limit)}`;
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
      return `${e.message ?? 'is out of bounds'}`;
    default:
      return e.message ?? `fails the schema's '${e.keyword}' rule`;
  }
}

/** JSON.parse's error without the snippet of text Node puts in it. */
function parseError(e: unknown): string {
  const m = /position (\d+)/.exec((e as Error).message);
  if (m) return `invalid JSON at character ${m[1]}`;
  return /end of (JSON|data) input/i.test((e as Error).message) ? 'the JSON ends too early' : 'invalid JSON';
}

/**
 * Parses and validates a report read from disk (baseline-report, merge-reports). `source` names the
 * file in errors. Throws ReportError.
 */
export function parseJsonReport(text: string, source: string): JsonReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ReportError(
      `${source} is not JSON (${parseError(e)}); expected an IMDS Guard report.json. ${FIX}`,
    );
  }
  validateReport(data, source);
  return data;
}

/** Checks parsed data against the schema and the counts; throws ReportError naming file and place. */
export function validateReport(data: unknown, source: string): asserts data is JsonReport {
  const r = data as Partial<JsonReport> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r) || r.schema !== REPORT_SCHEMA)
    throw new ReportError(`${source} is not an IMDS Guard report (schema is not '${REPORT_SCHEMA}'). ${FIX}`);
  if (r.version !== REPORT_VERSION)
    throw new ReportError(
      `${source} has report version ${typeof r.version === 'number' ? r.version : '(not a number)'}; this version of IMDS Guard reads version ${REPORT_VERSION}. Use a report written by the same major version.`,
    );
  const validate = schemaValidator();
  if (!validate(data)) {
    const e = (validate.errors ?? [])[0];
    throw new ReportError(
      `${source}: ${e ? `${pointer(e.instancePath)} ${describe(e)}` : 'does not match the report schema'} (schemas/report.schema.json). ${FIX}`,
    );
  }
  checkCounts(data as JsonReport, source);
}

/** The summary counts a report carries match its instances (a schema cannot say so). */
function checkCounts(r: JsonReport, source: string): void {
  const bad = (where: string, what: string) =>
    new ReportError(`${source}: ${where} ${what}, which its instances do not add up to. ${FIX}`);
  const t = r.totals;
  if (t.inScope !== r.instances.length)
    throw bad(
      '/totals/inScope',
      `says ${t.inScope} in-scope instances but the report lists ${r.instances.length}`,
    );
  const compliant = r.instances.filter((i) => i.compliant || i.exception?.honoured).length;
  if (t.compliant !== compliant)
    throw bad('/totals/compliant', `says ${t.compliant} compliant, not ${compliant}`);
  for (const b of BUCKETS) {
    const n = r.instances.filter((i) => i.bucket === b).length;
    if (t.buckets[b] !== n) throw bad(`/totals/buckets/${b}`, `says ${t.buckets[b]}, not ${n}`);
  }
  const expected = t.inScope === 0 ? 100 : (t.compliant / t.inScope) * 100;
  if (Math.abs(t.percent - expected) > 1e-9)
    throw bad('/totals/percent', `says ${t.percent}, not ${expected}`);
  const byRegion = r.byRegion.reduce((n, x) => n + x.rollup.inScope, 0);
  if (byRegion !== t.inScope)
    throw bad('/byRegion', `counts ${byRegion} in-scope instances, not ${t.inScope}`);
  const byAccount = r.byAccount.reduce((n, x) => n + x.rollup.inScope, 0);
  if (byAccount !== t.inScope)
    throw bad('/byAccount', `counts ${byAccount} in-scope instances, not ${t.inScope}`);
}
