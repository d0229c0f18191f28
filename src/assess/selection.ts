/**
 * Which instances a remediation plan may touch. Pure: the CSV text comes in as a string, the
 * instances as data. Tag filters match on the key AND the value (Metabadger matched values only, so
 * `Env=prod` also picked an instance tagged `Owner=prod`).
 */
import { parse } from 'csv-parse/sync';
import { INSTANCE_ID, REGION_NAME } from '../model/ids.js';
import type { Instance, Selection, TagFilter } from '../model/types.js';

/** A bad input file: names the file and the line, and says what to fix. */
export class InputFileError extends Error {
  override name = 'InputFileError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
  }
}

export interface CsvSelection {
  instanceId: string;
  /** When the file has a region column: the instance must be in this region. */
  region?: string;
  /** When the file has an account column. */
  accountId?: string;
}

const ID_COLUMNS = ['instance_id', 'instanceid', 'instance-id', 'instance', 'id'];
const REGION_COLUMNS = ['region', 'aws_region', 'aws-region'];
const ACCOUNT_COLUMNS = ['account_id', 'accountid', 'account-id', 'account'];

/**
 * Parses an instances file: CSV with a header naming an `instance_id` column (optionally `region`
 * and `account_id`). A UTF-8 BOM and blank lines are tolerated; every id is validated.
 */
export function parseInstancesCsv(text: string, file: string): CsvSelection[] {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new InputFileError(file, line, `is not valid CSV (${(e as Error).message})`);
  }
  // csv-parse skips blank lines; recover line numbers for messages from the raw text.
  const lineOf = lineNumbers(text);
  const data = rows.filter((r) => r.some((c) => c !== ''));
  if (data.length === 0) {
    throw new InputFileError(
      file,
      undefined,
      'is empty; expected a header line such as `instance_id,region`',
    );
  }
  const header = data[0].map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  const idCol = header.findIndex((h) => ID_COLUMNS.includes(h));
  if (idCol < 0) {
    const looksLikeId = INSTANCE_ID.test(data[0][0] ?? '');
    throw new InputFileError(
      file,
      lineOf[0],
      looksLikeId
        ? `has no header line; add \`instance_id\` (optionally \`,region\`) as the first line`
        : `header '${data[0].join(',')}' has no instance_id column; expected e.g. \`instance_id,region\``,
    );
  }
  const regionCol = header.findIndex((h) => REGION_COLUMNS.includes(h));
  const accountCol = header.findIndex((h) => ACCOUNT_COLUMNS.includes(h));
  const out: CsvSelection[] = [];
  const seen = new Set<string>();
  for (let r = 1; r < data.length; r++) {
    const row = data[r];
    const line = lineOf[r];
    const id = row[idCol] ?? '';
    if (!INSTANCE_ID.test(id)) {
      throw new InputFileError(
        file,
        line,
        `'${id}' is not an instance id (expected i- and 8 or 17 hex digits, e.g. i-0123456789abcdef0)`,
      );
    }
    const sel: CsvSelection = { instanceId: id };
    if (regionCol >= 0 && row[regionCol]) {
      if (!REGION_NAME.test(row[regionCol])) {
        throw new InputFileError(file, line, `'${row[regionCol]}' is not a region name (e.g. us-east-1)`);
      }
      sel.region = row[regionCol];
    }
    if (accountCol >= 0 && row[accountCol]) {
      if (!/^\d{12}$/.test(row[accountCol])) {
        throw new InputFileError(file, line, `'${row[accountCol]}' is not a 12-digit account id`);
      }
      sel.accountId = row[accountCol];
    }
    const key = `${sel.accountId ?? ''}/${sel.region ?? ''}/${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(sel);
  }
  return out;
}

/** 1-based line numbers of the non-blank lines, in order (good enough for messages; quoted newlines are rare here). */
function lineNumbers(text: string): number[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.replace(/,/g, '').trim() !== '') out.push(i + 1);
  });
  return out;
}

export function matchesTag(tags: Record<string, string>, f: TagFilter): boolean {
  if (!Object.hasOwn(tags, f.key)) return false;
  return f.value === undefined || tags[f.key] === f.value;
}

export interface SelectionResult {
  selected: Instance[];
  /** Explicitly named ids (input or file) that no scanned instance matched. */
  notFound: Array<{ instanceId: string; region?: string; accountId?: string }>;
  /** Selected by the positive filters but removed by a `!` entry of instances or tags. */
  excluded: Array<{ instance: Instance; reason: string }>;
}

/**
 * Applies a selection. No positive filter (no ids, no file, no tags) selects every instance given;
 * named ids and file rows union; tag filters must all match; exclusions win over everything.
 */
export function applySelection(
  instances: Instance[],
  selection: Selection,
  fileRows: CsvSelection[] = [],
): SelectionResult {
  const named = new Map<string, CsvSelection[]>();
  for (const id of selection.instances) named.set(id, [...(named.get(id) ?? []), { instanceId: id }]);
  for (const row of fileRows) named.set(row.instanceId, [...(named.get(row.instanceId) ?? []), row]);
  const byIds = named.size > 0;
  const matchedNamed = new Set<CsvSelection>();

  const selected: Instance[] = [];
  const excluded: SelectionResult['excluded'] = [];
  for (const i of instances) {
    if (byIds) {
      const rows = named.get(i.instanceId);
      const hit = rows?.filter(
        (r) =>
          (r.region === undefined || r.region === i.region) &&
          (r.accountId === undefined || r.accountId === i.accountId),
      );
      if (!hit?.length) continue;
      for (const r of hit) matchedNamed.add(r);
    }
    if (!selection.tags.every((f) => matchesTag(i.tags, f))) continue;
    if (selection.excludeInstances.includes(i.instanceId)) {
      excluded.push({ instance: i, reason: `excluded by instances (!${i.instanceId})` });
      continue;
    }
    const tag = selection.excludeTags.find((f) => matchesTag(i.tags, f));
    if (tag) {
      excluded.push({
        instance: i,
        reason: `excluded by tags (!${tag.key}${tag.value !== undefined ? `=${tag.value}` : ''})`,
      });
      continue;
    }
    selected.push(i);
  }
  const notFound: SelectionResult['notFound'] = [];
  for (const rows of named.values()) {
    for (const r of rows) if (!matchedNamed.has(r)) notFound.push({ ...r });
  }
  return { selected, notFound, excluded };
}

/** True when the selection names nothing (the whole in-scope fleet is a candidate). */
export function selectsEverything(selection: Selection): boolean {
  return selection.instances.length === 0 && !selection.instancesFile && selection.tags.length === 0;
}
