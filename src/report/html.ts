/**
 * The standalone HTML report: one file, no external assets (inline CSS, inline SVG, one inline
 * script allowed by its CSP hash), readable in light/dark mode and in print. Handlebars escapes
 * every value of the page itself; the only unescaped insertions are the script file shipped with the
 * templates and the long tables' rows as JSON data blocks (`scriptJson`, below).
 *
 * The long tables (one row per instance: the IMDSv1-allowed list, who uses IMDSv1, broken by
 * hardening, regressions, hop limit) are not rendered as HTML rows: at 100,000 instances that was
 * ~40 MB of markup no browser shows well. Each is a compact JSON block beside its table (the columns
 * the table shows, repeated strings stored once), rendered a page at a time by
 * templates/report-table.js, which sorts, filters and pages it in the browser. Every row is there.
 */
import { createHash } from 'node:crypto';
import { uriComponent } from '../model/text.js';
import { renderPieces } from './stream.js';
import { htmlSplitTemplate, registerIacPartials, SafeString, tableScript } from './templates.js';
import type { ReportView, Rows } from './view.js';

/**
 * JSON text that is inert inside an HTML `<script>` element: `<`, `>` and `&` (no `</script>`, no
 * `<!--`), and U+2028/U+2029 (line terminators in older JavaScript) become `\uXXXX` escapes, which
 * JSON.parse reads back as the same characters.
 */
export function scriptJson(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One column of a data table: the field shown, the cell's class, its sort field, a link. */
interface Column {
  field: string;
  cls: string;
  /** The field sorted on (default: the shown text). */
  sort?: string;
  /** The cell links to the row's console page (`urlBase` + the id when `urlId` is 1). */
  link?: boolean;
}

interface TableSpec {
  /** The table's element id. */
  id: string;
  path: string;
  /** A class on every row, or on the rows whose `when` field is true. */
  rowClass?: { cls: string; when?: string };
  /** Row attributes and the field each holds. */
  attrs: Array<[string, string]>;
  columns: Column[];
}

const LINKED = { field: 'instanceId', cls: 'id', link: true };

/** The long tables, as templates/report.html.hbs lays out their columns. */
function tableSpecs(view: ReportView): TableSpec[] {
  const v1: Column[] = [
    { field: 'riskLabel', cls: 'nowrap', sort: 'riskRank' },
    { field: 'name', cls: 'text name' },
    LINKED,
    { field: 'accountId', cls: 'id' },
    { field: 'region', cls: 'nowrap' },
    { field: 'state', cls: '' },
    { field: 'role', cls: 'text' },
    { field: 'publicIp', cls: '' },
    { field: 'hopLimit', cls: 'num' },
  ];
  if (view.usage) v1.push({ field: 'v1CallsText', cls: 'num nowrap', sort: 'v1CallsValue' });
  if (view.byTag) v1.push({ field: 'tagValue', cls: 'text name' });
  v1.push({ field: 'runningFor', cls: 'num', sort: 'runningForSeconds' }, { field: 'note', cls: 'text' });
  const v1Attrs: Array<[string, string]> = [
    ['data-id', 'instanceId'],
    ['data-usage', 'usage'],
  ];
  if (view.byTag) v1Attrs.push(['data-tag', 'tagValue']);
  return [
    {
      id: 'regressions',
      path: 'regressions.rows',
      rowClass: { cls: 'worst', when: 'worst' },
      attrs: [],
      columns: [
        { field: 'riskLabel', cls: 'nowrap', sort: 'riskRank' },
        { field: 'name', cls: 'text name' },
        LINKED,
        { field: 'region', cls: 'nowrap' },
        { field: 'was', cls: '' },
        { field: 'role', cls: 'text' },
        { field: 'publicIp', cls: '' },
        { field: 'hopLimit', cls: 'num' },
      ],
    },
    {
      id: 'usage',
      path: 'usage.inUseRows',
      rowClass: { cls: 'usage-in-use' },
      attrs: [['data-id', 'instanceId']],
      columns: [
        { field: 'v1CallsText', cls: 'num nowrap', sort: 'v1CallsValue' },
        { field: 'name', cls: 'text name' },
        LINKED,
        { field: 'accountId', cls: 'id' },
        { field: 'region', cls: 'nowrap' },
        { field: 'riskLabel', cls: 'nowrap', sort: 'riskRank' },
        { field: 'role', cls: 'text' },
      ],
    },
    {
      id: 'rejected',
      path: 'usage.rejectedRows',
      attrs: [['data-id', 'instanceId']],
      columns: [
        { field: 'rejected', cls: 'num', sort: 'rejectedValue' },
        { field: 'name', cls: 'text name' },
        LINKED,
        { field: 'accountId', cls: 'id' },
        { field: 'region', cls: 'nowrap' },
      ],
    },
    {
      id: 'v1',
      path: 'v1.rows',
      rowClass: { cls: 'worst', when: 'worst' },
      attrs: v1Attrs,
      columns: v1,
    },
    {
      id: 'hop',
      path: 'hopLimit.rows',
      attrs: [],
      columns: [
        { field: 'name', cls: 'text name' },
        LINKED,
        { field: 'accountId', cls: 'id' },
        { field: 'region', cls: 'nowrap' },
        { field: 'hopLimit', cls: 'num' },
        { field: 'allowed', cls: 'num' },
        { field: 'host', cls: '' },
      ],
    },
  ];
}

/** Fields whose values are mostly distinct per row: stored inline, not through a dictionary. */
const INLINE = new Set(['name', 'instanceId']);
/** Rows made and encoded at a time: each slice's text stays a small string. */
const SLICE = 500;

type Row = Record<string, unknown>;

function rowsAt(view: ReportView, path: string): Rows<Row> | undefined {
  const [top, key] = path.split('.');
  const parent = (view as unknown as Record<string, Record<string, unknown> | undefined>)[top];
  return parent?.[key] as Rows<Row> | undefined;
}

/**
 * A table's data block, in pieces: `{"fields":[…],"rows":[[…],…],"dicts":{…},…}`. Strings that repeat
 * (accounts, regions, roles, states, notes…) are stored once in `dicts[field]`, a row holding their
 * index; the console link is stored as its region's base (a dictionary entry) and whether the id
 * completes it.
 */
function* tableData(spec: TableSpec, rows: Rows<Row>): Generator<string> {
  const fields: string[] = [];
  const index = (f: string) => {
    const at = fields.indexOf(f);
    if (at >= 0) return at;
    fields.push(f);
    return fields.length - 1;
  };
  const columns = spec.columns.map((c) => ({
    f: index(c.field),
    c: c.cls,
    ...(c.sort ? { s: index(c.sort) } : {}),
    ...(c.link ? { u: index('urlBase'), i: index('urlId') } : {}),
  }));
  const attrs = spec.attrs.map(([name, f]) => [name, index(f)]);
  const rowClass = spec.rowClass && {
    c: spec.rowClass.cls,
    ...(spec.rowClass.when ? { w: index(spec.rowClass.when) } : {}),
  };
  // Per field, outside the row loop: its dictionary (undefined: stored inline) and what it reads.
  const dicts = fields.map((f) => (INLINE.has(f) ? undefined : new Map<string, number>()));
  const URL_BASE = -1;
  const URL_ID = -2;
  const reads = fields.map((f) => (f === 'urlBase' ? URL_BASE : f === 'urlId' ? URL_ID : 0));
  const head = {
    id: spec.id,
    n: rows.length,
    fields,
    columns,
    attrs,
    ...(rowClass ? { row: rowClass } : {}),
  };
  yield `${scriptJson(JSON.stringify(head)).slice(0, -1)},"rows":[`;
  for (let start = 0; start < rows.length; start += SLICE) {
    const out: unknown[][] = [];
    for (const r of rows.slice(start, Math.min(start + SLICE, rows.length))) {
      const url = typeof r.url === 'string' ? r.url : '';
      const id = url !== '' && typeof r.instanceId === 'string' ? uriComponent(r.instanceId) : '';
      const withId = id !== '' && url.endsWith(id);
      const values: unknown[] = new Array(fields.length);
      for (let k = 0; k < fields.length; k++) {
        let v: unknown;
        if (reads[k] === URL_BASE) v = withId ? url.slice(0, -id.length) : url;
        else if (reads[k] === URL_ID) v = withId ? 1 : 0;
        else v = r[fields[k]];
        if (typeof v === 'boolean') v = v ? 1 : 0;
        else if (v === undefined || v === null) v = '';
        const dict = dicts[k];
        if (dict && typeof v === 'string') {
          let at = dict.get(v);
          if (at === undefined) {
            at = dict.size;
            dict.set(v, at);
          }
          v = at;
        }
        values[k] = v;
      }
      out.push(values);
    }
    const text = scriptJson(JSON.stringify(out)).slice(1, -1);
    yield start === 0 ? text : `,${text}`;
  }
  const d: Record<string, string[]> = {};
  dicts.forEach((dict, k) => {
    if (dict?.size) d[String(k)] = [...dict.keys()];
  });
  yield `],"dicts":${scriptJson(JSON.stringify(d))}}`;
}

// A marker no value can contain (U+0002 and a per-process nonce), replaced by a table's data block.
const NONCE = createHash('sha256').update(`html ${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');
const DATA_MARKER = new RegExp(`\u0002${NONCE}:([a-z0-9]+)\u0002`);

export function* htmlPieces(view: ReportView): Generator<string> {
  const script = tableScript();
  registerIacPartials();
  const specs = tableSpecs(view);
  const tables: Record<string, unknown> = {};
  for (const spec of specs) tables[spec.id] = new SafeString(`\u0002${NONCE}:${spec.id}\u0002`);
  for (const piece of renderPieces(htmlSplitTemplate(), {
    ...view,
    tables,
    script: new SafeString(script.text),
    scriptHash: script.hash,
  })) {
    const parts = piece.split(DATA_MARKER);
    for (let n = 0; n < parts.length; n++) {
      if (n % 2 === 0) {
        if (parts[n]) yield parts[n];
        continue;
      }
      const spec = specs.find((s) => s.id === parts[n]);
      const rows = spec && rowsAt(view, spec.path);
      if (spec && rows) yield* tableData(spec, rows);
    }
  }
}

/** Each long table's data block as one string, by table id (tests; the writer streams them). */
export function tableDataText(view: ReportView): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of tableSpecs(view)) {
    const rows = rowsAt(view, spec.path);
    out[spec.id] = rows ? [...tableData(spec, rows)].join('') : '';
  }
  return out;
}

export function renderHtml(view: ReportView): string {
  return [...htmlPieces(view)].join('');
}
