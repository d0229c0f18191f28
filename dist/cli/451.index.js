export const id = 451;
export const ids = [451];
export const modules = {

/***/ 1451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tn: () => (/* binding */ writeHtml),
  a_: () => (/* binding */ writeJsonReport),
  hd: () => (/* binding */ writeMarkdownFile),
  xB: () => (/* binding */ writeOcsf),
  Rx: () => (/* binding */ writePieces),
  dx: () => (/* binding */ writeWorkspaceFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
// EXTERNAL MODULE: ./lib/report/stream.js
var stream = __webpack_require__(3332);
// EXTERNAL MODULE: ./lib/report/templates.js + 1 modules
var templates = __webpack_require__(8619);
;// CONCATENATED MODULE: ./lib/report/html.js
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




/**
 * JSON text that is inert inside an HTML `<script>` element: `<`, `>` and `&` (no `</script>`, no
 * `<!--`), and U+2028/U+2029 (line terminators in older JavaScript) become `\uXXXX` escapes, which
 * JSON.parse reads back as the same characters.
 */
function scriptJson(json) {
    return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const LINKED = { field: 'instanceId', cls: 'id', link: true };
/** The long tables, as templates/report.html.hbs lays out their columns. */
function tableSpecs(view) {
    const v1 = [
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
    if (view.usage)
        v1.push({ field: 'v1CallsText', cls: 'num nowrap', sort: 'v1CallsValue' });
    if (view.byTag)
        v1.push({ field: 'tagValue', cls: 'text name' });
    v1.push({ field: 'runningFor', cls: 'num', sort: 'runningForSeconds' }, { field: 'note', cls: 'text' });
    const v1Attrs = [
        ['data-id', 'instanceId'],
        ['data-usage', 'usage'],
    ];
    if (view.byTag)
        v1Attrs.push(['data-tag', 'tagValue']);
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
function rowsAt(view, path) {
    const [top, key] = path.split('.');
    const parent = view[top];
    return parent?.[key];
}
/**
 * A table's data block, in pieces: `{"fields":[\u2026],"rows":[[\u2026],\u2026],"dicts":{\u2026},\u2026}`. Strings that repeat
 * (accounts, regions, roles, states, notes\u2026) are stored once in `dicts[field]`, a row holding their
 * index; the console link is stored as its region's base (a dictionary entry) and whether the id
 * completes it.
 */
function* tableData(spec, rows) {
    const fields = [];
    const index = (f) => {
        const at = fields.indexOf(f);
        if (at >= 0)
            return at;
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
    const dicts = fields.map((f) => (INLINE.has(f) ? undefined : new Map()));
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
        const out = [];
        for (const r of rows.slice(start, Math.min(start + SLICE, rows.length))) {
            const url = typeof r.url === 'string' ? r.url : '';
            const id = url !== '' && typeof r.instanceId === 'string' ? (0,model_text/* uriComponent */.qS)(r.instanceId) : '';
            const withId = id !== '' && url.endsWith(id);
            const values = new Array(fields.length);
            for (let k = 0; k < fields.length; k++) {
                let v;
                if (reads[k] === URL_BASE)
                    v = withId ? url.slice(0, -id.length) : url;
                else if (reads[k] === URL_ID)
                    v = withId ? 1 : 0;
                else
                    v = r[fields[k]];
                if (typeof v === 'boolean')
                    v = v ? 1 : 0;
                else if (v === undefined || v === null)
                    v = '';
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
    const d = {};
    dicts.forEach((dict, k) => {
        if (dict?.size)
            d[String(k)] = [...dict.keys()];
    });
    yield `],"dicts":${scriptJson(JSON.stringify(d))}}`;
}
// A marker no value can contain (U+0002 and a per-process nonce), replaced by a table's data block.
const NONCE = (0,external_node_crypto_.createHash)('sha256').update(`html ${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');
const DATA_MARKER = new RegExp(`\u0002${NONCE}:([a-z0-9]+)\u0002`);
function* htmlPieces(view) {
    const script = (0,templates/* tableScript */.Sk)();
    (0,templates/* registerIacPartials */.vd)();
    const specs = tableSpecs(view);
    const tables = {};
    for (const spec of specs)
        tables[spec.id] = new templates/* SafeString */.NQ(`\u0002${NONCE}:${spec.id}\u0002`);
    for (const piece of (0,stream/* renderPieces */.Yc)((0,templates/* htmlSplitTemplate */.Kh)(), {
        ...view,
        tables,
        script: new templates/* SafeString */.NQ(script.text),
        scriptHash: script.hash,
    })) {
        const parts = piece.split(DATA_MARKER);
        for (let n = 0; n < parts.length; n++) {
            if (n % 2 === 0) {
                if (parts[n])
                    yield parts[n];
                continue;
            }
            const spec = specs.find((s) => s.id === parts[n]);
            const rows = spec && rowsAt(view, spec.path);
            if (spec && rows)
                yield* tableData(spec, rows);
        }
    }
}
/** Each long table's data block as one string, by table id (tests; the writer streams them). */
function tableDataText(view) {
    const out = {};
    for (const spec of tableSpecs(view)) {
        const rows = rowsAt(view, spec.path);
        out[spec.id] = rows ? [...tableData(spec, rows)].join('') : '';
    }
    return out;
}
function renderHtml(view) {
    return [...htmlPieces(view)].join('');
}

// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(7406);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(7783);
// EXTERNAL MODULE: ./lib/report/ocsf.js
var ocsf = __webpack_require__(1399);
;// CONCATENATED MODULE: ./lib/publish/write.js
/**
 * Every report file is written here, never through a link (src/fs/safe.ts): the renderers in
 * src/report/ return text or pieces of text; these functions put them on disk, in batches, so a large
 * fleet's report is never one string in memory.
 */







/**
 * Bytes a report file is written in at a time. The pieces are encoded straight into one buffer of
 * this size, reused for the whole file: no batch string is joined and no buffer is made per batch
 * (a 100,000-instance audit's reports are ~180 MB of text: joined in batches, then encoded, that was
 * a tenth of everything the run allocated, and as many young-generation collections).
 */
const WRITE_BUFFER_BYTES = 256 * 1024;
/** A high surrogate (the first half of a pair), as a piece's last code unit. */
const isHighSurrogate = (c) => c >= 0xd800 && c <= 0xdbff;
/** Writes `length` bytes of `buf` to `fd` (writeSync may write less than asked). */
function writeBytes(fd, buf, length) {
    let off = 0;
    while (off < length)
        off += (0,external_node_fs_.writeSync)(fd, buf, off, length - off);
}
/**
 * Writes the pieces to `path` through one reused buffer, never through a link (src/fs/safe.ts):
 * `place` is the workspace and the input that named the file (default: the file's own folder). The
 * bytes are those of the pieces joined and encoded as UTF-8 at once: a surrogate pair split across two
 * pieces is encoded whole.
 */
async function writePieces(path, pieces, place = { root: (0,external_node_path_.dirname)(path), input: 'path' }) {
    const fd = (0,safe/* openForWrite */.Pm)({ ...place, path });
    const buf = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    let held = '';
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = Math.floor(buf.length / 3);
    const put = (text) => {
        if (used + text.length * 3 > buf.length) {
            writeBytes(fd, buf, used);
            used = 0;
        }
        // A piece longer than the buffer holds is written a chunk at a time (never encoded whole into a
        // buffer of its own), a surrogate pair never cut in two.
        if (text.length <= most)
            used += buf.write(text, used, 'utf8');
        else
            (0,safe/* writeAll */.f4)(fd, text);
    };
    try {
        for (let piece of pieces) {
            if (held) {
                piece = held + piece;
                held = '';
            }
            if (piece.length && isHighSurrogate(piece.charCodeAt(piece.length - 1))) {
                held = piece.slice(-1);
                piece = piece.slice(0, -1);
            }
            if (piece)
                put(piece);
        }
        if (held)
            put(held);
        writeBytes(fd, buf, used);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Writes a workspace file, creating its folders, never through a link: `input` names the input that
 * chose the path in any refusal.
 */
async function writeWorkspaceFile(workspace, input, path, content) {
    (0,safe/* writeFileSafe */.nm)({ root: workspace, input, path }, content);
}
/** report.json: the header pretty-printed, then one instance a line (json.ts `jsonPieces`). */
async function writeJsonReport(path, report, place) {
    await writePieces(path, (0,json/* jsonPieces */.Mx)(report), place);
}
/**
 * report.md: the job summary's content and size (under 1 MiB at any fleet size) with links to the
 * sections of report.html; every row is in report.html and report.json.
 */
async function writeMarkdownFile(path, view, place) {
    await writePieces(path, [(0,markdown/* renderMarkdown */.Gc)(view, { medium: 'file' }).markdown], place);
}
/** report.html, written a slice of rows at a time (the same bytes as renderHtml). */
async function writeHtml(path, view, place) {
    await writePieces(path, htmlPieces(view), place);
}
/** report.ocsf.json: a JSON array, one finding a line. */
async function writeOcsf(path, a, meta, place) {
    await writePieces(path, (0,ocsf/* ocsfPieces */.Hh)(a, meta), place);
}


/***/ }),

/***/ 7406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ REPORT_VERSION),
/* harmony export */   DC: () => (/* binding */ REPORT_SCHEMA),
/* harmony export */   Mx: () => (/* binding */ jsonPieces),
/* harmony export */   XY: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/** What report.json says it is: its schema's name and version (schemas/report.schema.json). */
const REPORT_SCHEMA = 'imds-guard/report';
const REPORT_VERSION = 1;
function buildJsonReport(inventory, assessment, meta) {
    return {
        schema: REPORT_SCHEMA,
        version: REPORT_VERSION,
        generatedAt: meta.generatedAt,
        tool: { name: 'imds-guard', version: meta.version },
        run: meta.run,
        rule: assessment.rule,
        gate: assessment.gate,
        threshold: assessment.gate.threshold,
        scannedAt: assessment.scannedAt,
        durationMs: assessment.durationMs,
        callerAccountId: inventory.callerAccountId,
        totals: assessment.totals,
        byAccount: assessment.byAccount,
        byRegion: assessment.byRegion,
        accounts: inventory.accounts,
        regions: inventory.regions,
        outOfScope: assessment.outOfScope,
        instances: assessment.instances,
        posture: assessment.posture,
        v1Usage: assessment.v1Usage,
        autoScalingGroups: assessment.autoScalingGroups,
        byTag: assessment.byTag,
        hopLimit: assessment.hopLimit,
        exposure: assessment.exposure,
        shard: inventory.shard,
        apiCalls: inventory.apiCalls,
    };
}
/**
 * The report's text in pieces, never one string: the header pretty-printed, a line per instance (a
 * 100k-instance fleet would otherwise be a ~90 MB string in memory, and one line per instance keeps
 * diffs of committed reports readable), the rest. Written in batches (src/publish/write.ts): 2,000
 * lines at a time were ~1.4 MB strings, each one in the large-object space until a full collection.
 */
function* jsonPieces(report) {
    const { instances, ...head } = report;
    const headText = JSON.stringify({ ...head, instances: [] }, null, 2);
    const cut = headText.lastIndexOf('"instances": []');
    yield `${headText.slice(0, cut)}"instances": [`;
    // The separator and the record as two pieces: joined, each line would be a new string the writer
    // copies flat again before encoding it (~72 MB at 100,000 instances).
    for (let i = 0; i < instances.length; i++) {
        yield i === 0 ? '\n    ' : ',\n    ';
        yield JSON.stringify(instances[i]);
    }
    yield `${instances.length ? '\n  ' : ''}]${headText.slice(cut + '"instances": []'.length)}\n`;
}


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
/* unused harmony exports LADDER, COMPACT, renderMarkdownWith, MIN_INSTANCE_ROW */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _fold_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8387);
/* harmony import */ var _sections_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8755);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3332);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8619);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8149);
/**
 * Markdown rendering for three media: the report.md file and the job summary (the same content, under
 * 1 MiB; report.md adds links into report.html, which with report.json holds every row) and the sticky
 * PR comment (\u2264 65,536 characters). One template; a size ladder of `Fold`s
 * drops whole rows-from-the-bottom of the least important lists first, then whole sections, most
 * detailed first, and says what was cut and where the full report is. Text is never cut mid-table
 * or mid-character: only whole rows and whole sections leave.
 */








const FULL = {
    iac: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    regressions: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    instances: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    regions: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    accounts: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    posture: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    profiles: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    exceptions: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    trendTable: true,
    trend: true,
    charts: true,
    next: true,
};
/** Tried in order until the body fits; the most detailed content goes first, regressions last. */
const LADDER = [
    FULL,
    { ...FULL, instances: 1000, posture: 300, profiles: 100, exceptions: 200, regions: 1000, accounts: 1000 },
    { ...FULL, instances: 250, posture: 100, profiles: 30, exceptions: 50, regions: 300, accounts: 300 },
    {
        ...FULL,
        instances: 50,
        posture: 25,
        profiles: 15,
        exceptions: 20,
        regions: 150,
        accounts: 150,
        regressions: 300,
        trendTable: false,
    },
    {
        ...FULL,
        instances: 0,
        posture: 0,
        profiles: 0,
        exceptions: 0,
        regions: 60,
        accounts: 60,
        regressions: 100,
        trendTable: false,
    },
    {
        ...FULL,
        instances: 0,
        posture: 0,
        profiles: 0,
        exceptions: 0,
        regions: 0,
        accounts: 25,
        regressions: 50,
        trendTable: false,
        trend: false,
        next: false,
    },
    {
        iac: 200,
        regressions: 10,
        instances: 0,
        regions: 0,
        accounts: 0,
        posture: 0,
        profiles: 0,
        exceptions: 0,
        trendTable: false,
        trend: false,
        charts: false,
        next: false,
    },
    {
        iac: 50,
        regressions: 0,
        instances: 0,
        regions: 0,
        accounts: 0,
        posture: 0,
        profiles: 0,
        exceptions: 0,
        trendTable: false,
        trend: false,
        charts: false,
        next: false,
    },
];
/**
 * The PR comment, compact by default: the headline and its make-up, this pull request's findings, the
 * top risks and a link to the full report (the run summary and the report-dir artifact). The full
 * detail stays in the job summary, report.md and report.html.
 */
const COMPACT = {
    iac: _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2,
    regressions: 10,
    instances: 10,
    regions: 0,
    accounts: 0,
    posture: 0,
    profiles: 0,
    exceptions: 0,
    trendTable: false,
    trend: false,
    charts: false,
    next: false,
    usage: 0,
    hopLimit: 0,
};
const COMPACT_LADDER = [
    COMPACT,
    { ...COMPACT, iac: 200 },
    { ...COMPACT, iac: 50, regressions: 0, instances: 0 },
];
/** GitHub's limits with a margin for what the runner or the API adds. */
const LIMITS = {
    // report.md: the job summary's size, with links into report.html (every row is there and in report.json).
    file: { size: (s) => Buffer.byteLength(s, 'utf8'), max: 1_048_576 - 16_384, unit: 'bytes' },
    // 1 MiB per step; the runner appends a newline. Bytes.
    summary: { size: (s) => Buffer.byteLength(s, 'utf8'), max: 1_048_576 - 16_384, unit: 'bytes' },
    // 65,536 characters; UTF-16 length \u2265 code points, so this is safe whichever GitHub counts.
    comment: { size: (s) => s.length, max: 65_536 - 256, unit: 'characters' },
};
function foldNotes(v, f) {
    const notes = [];
    const rows = (what, shown, total, which) => {
        if (total <= shown)
            return;
        notes.push(shown === 0
            ? `${what} (${(0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(total)} rows) left out`
            : `${what} shows the ${(0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(shown)} ${which} of ${(0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(total)}`);
    };
    rows("This pull request's IaC findings", f.iac, v.iac?.rows.length ?? 0, 'first');
    if (v.iac && f.iac !== _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2) {
        const extra = v.iac.existing.length + v.iac.suppressed.length + v.iac.dependsOn.length + v.iac.skipped.length;
        if (extra)
            notes.push('IaC details (suppressed, unchanged resources, dependencies) left out');
    }
    rows('New IMDSv1 exposure since the baseline', f.regressions, v.regressions?.rows.length ?? 0, 'highest-risk');
    rows('The IMDSv1-allowed instance list', f.instances, v.v1.rows.length, 'highest-risk');
    rows('The per-account table', f.accounts, v.accounts?.rows.length ?? 0, 'worst');
    rows('The per-region table', f.regions, v.regions.rows.length, 'worst');
    rows('The instance-profile table', f.profiles, v.roles.profiles.length, 'most exposed');
    if (v.posture) {
        const p = v.posture;
        const n = p.accountDefaults.length + p.launchTemplates.length + p.images.length + p.launchConfigurations.length;
        if (n > f.posture * 4 || (f.posture === 0 && n > 0))
            notes.push(f.posture === 0
                ? 'Launch-template / account-default / AMI details left out'
                : `Launch-template / account-default / AMI tables show up to ${(0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(f.posture)} rows each`);
    }
    rows('Expired exemptions', f.exceptions, v.expiredExceptions.length, 'first');
    rows('Instances that made IMDSv1 calls', (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsOf */ .RO)(f, 'usage'), v.usage?.inUseRows.length ?? 0, 'busiest');
    rows('Instances broken by hardening', (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsOf */ .RO)(f, 'usage'), v.usage?.rejectedRows.length ?? 0, 'first');
    notes.push(...(0,_sections_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sectionNotes */ .di)(v, f));
    rows('The hop-limit table', (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsOf */ .RO)(f, 'hopLimit'), v.hopLimit?.rows.length ?? 0, 'first');
    if (v.trend && !f.trend)
        notes.push('The trend chart left out');
    else if (v.trend && !f.trendTable)
        notes.push('The trend table left out (chart kept)');
    if (!f.charts)
        notes.push('The split chart left out');
    if (!f.next)
        notes.push('Next steps and compliance mapping left out');
    return notes;
}
function slice(v, f) {
    const p = v.posture;
    const iac = v.iac && {
        ...v.iac,
        rows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.iac.rows, f.iac),
        cutText: v.iac.rows.length > f.iac ? (0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(v.iac.rows.length - f.iac) : '',
        ...(f.iac === _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2 ? {} : { existing: [], suppressed: [], dependsOn: [], live: [], skipped: [] }),
    };
    return {
        ...v,
        iac,
        regressions: v.regressions && { ...v.regressions, rows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.regressions.rows, f.regressions) },
        v1: { ...v.v1, rows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.v1.rows, f.instances) },
        regions: { ...v.regions, rows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.regions.rows, f.regions) },
        accounts: v.accounts && { rows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.accounts.rows, f.accounts) },
        roles: { ...v.roles, profiles: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.roles.profiles, f.profiles) },
        posture: p && {
            summary: p.summary,
            accountDefaults: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(p.accountDefaults, f.posture),
            launchTemplates: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(p.launchTemplates, f.posture),
            images: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(p.images, f.posture),
            launchConfigurations: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(p.launchConfigurations, f.posture),
        },
        expiredExceptions: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.expiredExceptions, f.exceptions),
        trend: f.trend ? v.trend : undefined,
        usage: v.usage && {
            ...v.usage,
            inUseRows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.usage.inUseRows, (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsOf */ .RO)(f, 'usage')),
            rejectedRows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.usage.rejectedRows, (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsOf */ .RO)(f, 'usage')),
        },
        hopLimit: v.hopLimit && { ...v.hopLimit, rows: (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .cap */ .Np)(v.hopLimit.rows, (0,_fold_js__WEBPACK_IMPORTED_MODULE_2__/* .rowsOf */ .RO)(f, 'hopLimit')) },
        ...(0,_sections_index_js__WEBPACK_IMPORTED_MODULE_3__/* .foldSections */ .yn)(v, f),
    };
}
/** The template's data for one rung, and the rows its long lists are rendered from. */
function rungData(view, fold, options) {
    const compact = options.medium === 'comment' && !options.full;
    // What this rendering left out (for the log). The compact comment leaves sections out by design: it
    // says so once, with the link, instead of the "shortened to fit" list.
    const folded = foldNotes(view, fold);
    const sliced = slice(view, fold);
    // The long lists are escaped a slice at a time as they render (stream.ts): the escaped copy of the
    // whole view holds placeholders of the same length for them (`.length` and `#if` read the same).
    let lite = sliced;
    for (const path of _templates_js__WEBPACK_IMPORTED_MODULE_4__/* .STREAMED_LISTS */ .Kt) {
        const [top, key] = path.split('.');
        const parent = lite[top];
        const rows = parent?.[key];
        if (parent && rows)
            lite = { ...lite, [top]: { ...parent, [key]: new Array(rows.length) } };
    }
    const where = options.medium === 'comment' && view.runUrl && !compact ? 'the run summary, ' : '';
    const data = {
        ...(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeDeep */ .YJ)({
            ...lite,
            folded,
            fullReport: compact
                ? `${view.files.html} (HTML) in the run's artifacts`
                : options.medium === 'file'
                    ? `${view.files.html} (HTML) and ${view.files.json} (JSON), every row`
                    : `${where}${view.files.html} (HTML) and ${view.files.markdown} in the run's workspace`,
        }),
        marker: options.marker ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .trusted */ .IZ)(options.marker).value : '',
        htmlHref: options.medium === 'file' ? htmlHref(view.files) : '',
        runLink: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownUrl */ .$x)(view.runUrl) ?? '',
        medium: { [options.medium]: true },
        compact,
        show: {
            usage: !!view.usage && !compact,
            usageRows: (sliced.usage?.inUseRows.length ?? 0) > 0,
            usageFolded: (sliced.usage?.inUseRows.length ?? 0) > _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_AT */ .Ik,
            rejectedRows: (sliced.usage?.rejectedRows.length ?? 0) > 0,
            ...(0,_sections_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sectionShow */ .dc)(sliced),
            hopLimit: !!view.hopLimit && !compact && (view.hopLimit?.rows.length ?? 0) > 0,
            hopLimitRows: (sliced.hopLimit?.rows.length ?? 0) > 0,
            hopLimitFolded: (sliced.hopLimit?.rows.length ?? 0) > _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_AT */ .Ik,
            regressions: (view.regressions?.count ?? 0) > 0 && fold.regressions > 0,
            regressionsFolded: (sliced.regressions?.rows.length ?? 0) > _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_AT */ .Ik,
            instances: sliced.v1.rows.length > 0,
            instancesFolded: sliced.v1.rows.length > _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_AT */ .Ik,
            instancesCut: view.v1.rows.length - sliced.v1.rows.length,
            instancesCutText: (0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(view.v1.rows.length - sliced.v1.rows.length),
            regions: sliced.regions.rows.length > 0 || view.regions.emptyText !== '',
            regionsFolded: sliced.regions.rows.length > _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_AT */ .Ik,
            regionsCutText: (0,_view_js__WEBPACK_IMPORTED_MODULE_5__/* .num */ .bu)(view.regions.rows.length - sliced.regions.rows.length),
            regionsCut: view.regions.rows.length > sliced.regions.rows.length,
            accounts: (sliced.accounts?.rows.length ?? 0) > 0,
            accountsFolded: (sliced.accounts?.rows.length ?? 0) > _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .FOLD_AT */ .Ik,
            roles: view.roles.profileCount > 0 && fold.profiles > 0,
            posture: !!view.posture && fold.posture > 0,
            exceptions: sliced.expiredExceptions.length > 0,
            trend: !!sliced.trend,
            trendTable: !!sliced.trend && fold.trendTable,
            charts: fold.charts,
            next: fold.next,
        },
        step: fold.next ? view.next.step.value : '',
        pie: fold.charts && view.split.mermaid ? view.split.mermaid.value : '',
        trendChart: sliced.trend ? sliced.trend.mermaid.value : '',
    };
    return { data, folded, lists: sliced };
}
/** One rung, as pieces (blank-line runs already collapsed): join them, or write them as they come. */
function rungPieces(view, fold, options) {
    const { data, folded, lists } = rungData(view, fold, options);
    (0,_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .registerIacPartials */ .vd)();
    const pieces = () => (0,_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .collapseBlankLines */ .dt)((0,_stream_js__WEBPACK_IMPORTED_MODULE_6__/* .renderPieces */ .Yc)((0,_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownSplitTemplate */ .Mw)(), data, lists, (rows) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeDeep */ .YJ)(rows)));
    return { pieces, folded };
}
/** Renders one rung of the ladder. */
function renderMarkdownWith(view, fold, options) {
    const { pieces, folded } = rungPieces(view, fold, options);
    const markdown = [...pieces()].join('');
    const limit = LIMITS[options.medium];
    return { markdown, folded, size: limit.size(markdown), max: options.max ?? limit.max };
}
/**
 * The fewest bytes (and characters) a row of the IMDSv1-allowed table takes in report.md.hbs, whatever
 * its values: the table's pipes, spaces and line end (test/report/render.test.ts holds the template to
 * it). A rung that shows more rows than the limit can hold at this size cannot fit, and is not rendered.
 */
const MIN_INSTANCE_ROW = 32;
/** Whether a rung shows more instance rows than `max` can hold: it cannot fit. */
const cannotFit = (view, fold, max) => fold.instances > 0 && Math.min(fold.instances, view.v1.rows.length) * MIN_INSTANCE_ROW > max;
/** The largest rung that fits the medium's limit (the last rung always does for real fleets). */
function renderMarkdown(view, options) {
    const ladder = options.medium === 'comment' && !options.full ? COMPACT_LADDER : LADDER;
    const limit = LIMITS[options.medium];
    const max = options.max ?? limit.max;
    const last = ladder[ladder.length - 1];
    if (max === _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2)
        return renderMarkdownWith(view, ladder[0], options);
    for (const fold of ladder.slice(0, -1)) {
        // At fleet scale the fuller rungs cannot fit: rendering one up to the limit was half the work.
        if (cannotFit(view, fold, max))
            continue;
        // A rung is measured piece by piece and given up at the first piece past the limit; the one that
        // fits is kept as it was measured, not rendered again.
        const { pieces, folded } = rungPieces(view, fold, options);
        const kept = [];
        let size = 0;
        for (const piece of pieces()) {
            size += limit.size(piece);
            if (size > max)
                break;
            kept.push(piece);
        }
        if (size > max)
            continue;
        const markdown = kept.join('');
        return { markdown, folded, size: limit.size(markdown), max };
    }
    return renderMarkdownWith(view, last, options);
}
/** A relative link target from report.md to report.html: each path segment percent-encoded. */
function htmlHref(files) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(files.markdown.replaceAll('\\', '/')), files.html.replaceAll('\\', '/'));
    return rel
        .split('/')
        .map((seg) => seg === '..'
        ? seg
        : (0,_model_text_js__WEBPACK_IMPORTED_MODULE_7__/* .uriComponent */ .qS)(seg).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}


/***/ }),

/***/ 1399:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ ocsfPieces),
/* harmony export */   f7: () => (/* binding */ OCSF_FILE)
/* harmony export */ });
/* unused harmony exports OCSF_VERSION, ocsfFindings */
/* harmony import */ var _assess_exposure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8577);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7703);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4503);
/* harmony import */ var _sections_exposure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8938);
/**
 * report.ocsf.json: one OCSF Compliance Finding (class_uid 2003, OCSF 1.3.0) per resource that is
 * not compliant \u2014 EC2 instances under the run's rule (Security Hub EC2.8 by default), launch templates
 * that allow IMDSv1 (EC2.170), and the other services' IMDS rules \u2014 with the exploitation
 * (GuardDuty) and blast-radius (role reach) context as enrichments. A resource whose setting could not
 * be read is a Warning, never a Pass. A JSON array, one finding per line (written as it is built).
 * Field by field: docs/ocsf.md.
 */




const OCSF_VERSION = '1.3.0';
const OCSF_FILE = 'report.ocsf.json';
const CLASS_UID = 2003;
const CATEGORY_UID = 2;
const ACTIVITY_CREATE = 1;
const ATTACK = {
    technique: { uid: 'T1552.005', name: 'Unsecured Credentials: Cloud Instance Metadata API' },
    tactic: { uid: 'TA0006', name: 'Credential Access' },
    version: '16.1',
};
const SEVERITY = {
    1: 'Informational',
    2: 'Low',
    3: 'Medium',
    4: 'High',
    5: 'Critical',
};
const STATUS = { 1: 'Pass', 2: 'Warning', 3: 'Fail' };
function partition(region) {
    return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}
function base(meta, o) {
    const time = Date.parse(meta.scannedAt);
    const finding = {
        activity_id: ACTIVITY_CREATE,
        activity_name: 'Create',
        category_uid: CATEGORY_UID,
        category_name: 'Findings',
        class_uid: CLASS_UID,
        class_name: 'Compliance Finding',
        type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
        type_name: 'Compliance Finding: Create',
        time,
        severity_id: o.severity,
        severity: SEVERITY[o.severity],
        status_id: o.suppressed ? 3 : 1,
        status: o.suppressed ? 'Suppressed' : 'New',
        message: o.title,
        metadata: {
            version: OCSF_VERSION,
            profiles: ['cloud'],
            product: { name: 'IMDS Guard', vendor_name: 'IMDS Guard', version: meta.version },
            event_code: o.control,
        },
        finding_info: {
            uid: o.uid,
            title: o.title,
            desc: o.desc,
            types: [o.control],
            created_time: time,
            attacks: [ATTACK],
        },
        compliance: {
            standards: o.standards,
            control: o.control,
            status_id: o.statusId,
            status: STATUS[o.statusId],
            status_detail: o.detail,
        },
        cloud: {
            provider: 'AWS',
            region: o.region,
            account: { uid: o.accountId, type: 'AWS Account', type_id: 10 },
        },
        resources: [{ ...o.resource, region: o.region, cloud_partition: partition(o.region) }],
        remediation: { desc: o.remediation },
    };
    if (o.enrichments?.length)
        finding.enrichments = o.enrichments;
    return finding;
}
function exfiltrationEnrichment(f) {
    return {
        name: 'guardduty.instance_credential_exfiltration',
        value: f.findingId,
        type: f.type,
        provider: 'Amazon GuardDuty',
        desc: (0,_assess_exposure_js__WEBPACK_IMPORTED_MODULE_0__/* .findingLabel */ .Il)(f),
        data: {
            finding_id: f.findingId,
            type: f.type,
            updated_at: f.updatedAt,
            archived: f.archived,
            joined_by: f.joinedBy,
            principal_id: f.principalId,
            remote_ip: f.remoteIp,
            asn: f.asn,
            asn_org: f.asnOrg,
            org: f.org,
            country: f.country,
            remote_account_id: f.remoteAccountId,
            console_url: (0,_sections_exposure_js__WEBPACK_IMPORTED_MODULE_3__/* .findingUrl */ .bM)(f.region, f.findingId) || undefined,
        },
    };
}
function reachEnrichment(r) {
    return {
        name: 'iam.role_reach',
        value: r.level,
        type: 'blast radius',
        provider: 'AWS IAM',
        desc: `What the instance profile's role can reach: ${r.level}`,
        data: {
            instance_profile_arn: r.instanceProfileArn,
            role_arn: r.roleArn,
            role_name: r.roleName,
            level: r.level,
            reasons: r.reasons,
            policies: r.policies,
            errors: r.errors.map((e) => `${e.operation}: ${e.code}`),
        },
    };
}
function instanceSeverity(i, exploited, reach) {
    if (exploited)
        return 5;
    if (i.risk === 'role-public' && reach?.level === 'admin')
        return 5;
    if (i.risk === 'role-public' || i.risk === 'role')
        return 4;
    return 3;
}
const INSTANCE_STANDARDS = ['AWS Foundational Security Best Practices', 'CIS AWS Foundations Benchmark'];
/** What an instance's finding says, beside the instance's own fields (`instanceFinding`, `instanceFindingText`). */
function instanceFacts(i, a) {
    const e = (0,_assess_exposure_js__WEBPACK_IMPORTED_MODULE_0__/* .exposureOf */ .Xl)(i);
    const exploited = Boolean(e?.findings.length);
    const enrichments = [...(e?.findings ?? []).map(exfiltrationEnrichment)];
    if (e?.reach)
        enrichments.push(reachEnrichment(e.reach));
    const setting = i.bucket === 'pending'
        ? 'a metadata change is pending'
        : i.metadata.httpEndpoint === 'disabled'
            ? 'the metadata endpoint is disabled'
            : `HttpTokens is ${i.metadata.httpTokens ?? 'not set'}`;
    return {
        title: exploited
            ? `${i.instanceId} allows IMDSv1 and its credentials were already used elsewhere`
            : `${i.instanceId} does not require IMDSv2`,
        desc: `EC2 instance ${i.instanceId}${i.name ? ` (${i.name})` : ''}: ${setting}. ${a.rule.description}`,
        severity: instanceSeverity(i, exploited, e?.reach),
        control: a.rule.id === 'ec2.8' ? 'EC2.8' : a.rule.id,
        detail: `${setting}; risk ${i.risk ?? 'n/a'}${i.publicIp ? ', public IP' : ''}${i.instanceProfileArn ? ', instance profile attached' : ''}${i.exception?.honoured ? `; exempted: ${i.exception.reason}` : ''}`,
        consoleUrl: (0,_links_js__WEBPACK_IMPORTED_MODULE_2__/* .consoleUrl */ .B9)('instance', i.region, i.instanceId) || undefined,
        remediation: `aws ec2 modify-instance-metadata-options --region ${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION */ .Zg.test(i.region) ? i.region : 'REGION'} --instance-id ${i.instanceId} --http-tokens required (after MetadataNoToken has been 0 over the usage window).`,
        enrichments,
    };
}
function instanceFinding(i, a, meta) {
    const f = instanceFacts(i, a);
    return base(meta, {
        uid: `imds-guard:${meta.ruleId}:${i.accountId}:${i.region}:${i.instanceId}`,
        title: f.title,
        desc: f.desc,
        severity: f.severity,
        statusId: 3,
        control: f.control,
        standards: INSTANCE_STANDARDS,
        detail: f.detail,
        accountId: i.accountId,
        region: i.region,
        suppressed: i.exception?.honoured,
        resource: {
            uid: i.instanceId,
            name: i.name,
            type: 'AWS::EC2::Instance',
            data: {
                state: i.state,
                metadata_options: i.metadata,
                public_ip: i.publicIp,
                instance_profile_arn: i.instanceProfileArn,
                v1_calls: i.v1Calls,
                console_url: f.consoleUrl,
            },
        },
        remediation: f.remediation,
        enrichments: f.enrichments,
    });
}
const q = JSON.stringify;
/** `,"key":value` for a value JSON.stringify writes, nothing for one it leaves out (undefined). */
const member = (key, v) => (v === undefined ? '' : `,"${key}":${q(v)}`);
/**
 * `"key":value,` (the comma after it) or nothing, for a member that a member always written follows:
 * an object's text is then built in one pass, never cut from a longer one.
 */
const leading = (key, v) => (v === undefined ? '' : `"${key}":${q(v)},`);
/**
 * `JSON.stringify(instanceFinding(i, a, meta))`, written as text: the finding's constant members
 * once per run (`InstanceText`), each value through JSON.stringify, no finding object in between
 * (~77,000 findings at 100,000 instances: their objects were most of this file's cost).
 * test/report/ocsf.test.ts holds the two equal.
 */
class InstanceText {
    head;
    time;
    version;
    attacks = q(ATTACK);
    standards = q(INSTANCE_STANDARDS);
    /** The members that are the same for every finding of a control, or of an account's region. */
    metadataOf = new Map();
    cloudOf = new Map();
    /** Each metadata-options object's text: the scan shares one object per distinct value (`Interner`). */
    optionsTextOf = new WeakMap();
    constructor(meta) {
        const time = Date.parse(meta.scannedAt);
        this.time = q(time);
        this.version = q(meta.version);
        this.head = `{"activity_id":${ACTIVITY_CREATE},"activity_name":"Create","category_uid":${CATEGORY_UID},"category_name":"Findings","class_uid":${CLASS_UID},"class_name":"Compliance Finding","type_uid":${CLASS_UID * 100 + ACTIVITY_CREATE},"type_name":"Compliance Finding: Create","time":${this.time},"severity_id":`;
    }
    metadata(control) {
        let text = this.metadataOf.get(control);
        if (text === undefined) {
            text = `{"version":"${OCSF_VERSION}","profiles":["cloud"],"product":{"name":"IMDS Guard","vendor_name":"IMDS Guard","version":${this.version}},"event_code":${control}}`;
            this.metadataOf.set(control, text);
        }
        return text;
    }
    cloud(accountId, region) {
        let regions = this.cloudOf.get(accountId);
        if (!regions) {
            regions = new Map();
            this.cloudOf.set(accountId, regions);
        }
        let text = regions.get(region);
        if (text === undefined) {
            text = `{"provider":"AWS","region":${q(region)},"account":{"uid":${q(accountId)},"type":"AWS Account","type_id":10}}`;
            regions.set(region, text);
        }
        return text;
    }
    optionsText(m) {
        let text = this.optionsTextOf.get(m);
        if (text === undefined) {
            text = q(m);
            this.optionsTextOf.set(m, text);
        }
        return text;
    }
    text(i, a, meta) {
        const f = instanceFacts(i, a);
        const suppressed = i.exception?.honoured;
        const uid = `imds-guard:${meta.ruleId}:${i.accountId}:${i.region}:${i.instanceId}`;
        const title = q(f.title);
        const control = q(f.control);
        const region = q(i.region);
        const metadata = this.metadata(control);
        const info = `{"uid":${q(uid)},"title":${title},"desc":${q(f.desc)},"types":[${control}],"created_time":${this.time},"attacks":[${this.attacks}]}`;
        const compliance = `{"standards":${this.standards},"control":${control},"status_id":3,"status":"${STATUS[3]}","status_detail":${q(f.detail)}}`;
        const cloud = this.cloud(i.accountId, i.region);
        // The metadata options are an object on every instance: always written.
        const data = `{${leading('state', i.state)}"metadata_options":${this.optionsText(i.metadata)}${member('public_ip', i.publicIp)}${member('instance_profile_arn', i.instanceProfileArn)}${member('v1_calls', i.v1Calls)}${member('console_url', f.consoleUrl)}}`;
        const resource = `{${leading('uid', i.instanceId)}${leading('name', i.name)}"type":"AWS::EC2::Instance","data":${data},"region":${region},"cloud_partition":"${partition(i.region)}"}`;
        const enrichments = f.enrichments.length ? `,"enrichments":${q(f.enrichments)}` : '';
        return `${this.head}${f.severity},"severity":${q(SEVERITY[f.severity])},"status_id":${suppressed ? 3 : 1},"status":"${suppressed ? 'Suppressed' : 'New'}","message":${title},"metadata":${metadata},"finding_info":${info},"compliance":${compliance},"cloud":${cloud},"resources":[${resource}],"remediation":{"desc":${q(f.remediation)}}${enrichments}}`;
    }
}
/** Every finding of the run, in report order: EC2 instances (exploited first), templates, other services. */
function* ocsfFindings(a, meta) {
    for (const i of a.instances)
        if (!i.compliant)
            yield instanceFinding(i, a, meta);
    yield* otherFindings(a, meta);
}
/** The findings after the instances': launch templates, then the other services' resources. */
function* otherFindings(a, meta) {
    for (const t of a.posture?.launchTemplates ?? []) {
        if (!t.allowsV1)
            continue;
        yield base(meta, {
            uid: `imds-guard:ec2.170:${t.accountId}:${t.region}:${t.launchTemplateId}`,
            title: `Launch template ${t.name} allows IMDSv1`,
            desc: `Launch template ${t.launchTemplateId} (${t.name}): ${t.reason ?? 'its default or latest version allows IMDSv1'}.`,
            severity: 3,
            statusId: 3,
            control: 'EC2.170',
            standards: ['AWS Foundational Security Best Practices'],
            detail: t.reason ?? 'default or latest version allows IMDSv1',
            accountId: t.accountId,
            region: t.region,
            resource: {
                uid: t.launchTemplateId,
                name: t.name,
                type: 'AWS::EC2::LaunchTemplate',
                data: {
                    default_version: t.defaultVersion,
                    latest_version: t.latestVersion,
                    instances_using: t.instancesUsing,
                },
            },
            remediation: 'Create a launch template version with MetadataOptions HttpTokens=required and make it the default.',
        });
    }
    for (const r of a.exposure?.otherImds.resources ?? []) {
        if (r.allowsV1 === false)
            continue;
        const rule = _assess_exposure_js__WEBPACK_IMPORTED_MODULE_0__/* .OTHER_IMDS_RULES */ .vL[r.kind];
        yield base(meta, {
            uid: `imds-guard:${rule.id}:${r.accountId}:${r.region}:${r.name}`,
            title: r.allowsV1
                ? `${r.name} allows IMDSv1 (${rule.name})`
                : `${r.name}: IMDS setting unknown (${rule.name})`,
            desc: `${rule.description} Read: ${r.setting}.${r.assumption ? ` ${r.assumption}.` : ''}`,
            severity: r.allowsV1 ? 3 : 2,
            statusId: r.allowsV1 ? 3 : 2,
            control: rule.id,
            standards: ['IMDS Guard'],
            detail: `${r.setting}${r.assumption ? `; ${r.assumption}` : ''}`,
            accountId: r.accountId,
            region: r.region,
            resource: {
                uid: r.arn ?? r.name,
                name: r.name,
                type: r.kind === 'sagemaker-notebook'
                    ? 'AWS::SageMaker::NotebookInstance'
                    : r.kind === 'beanstalk-environment'
                        ? 'AWS::ElasticBeanstalk::Environment'
                        : 'AWS::Lightsail::Instance',
            },
            remediation: r.kind === 'sagemaker-notebook'
                ? 'aws sagemaker update-notebook-instance --notebook-instance-name NAME --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2'
                : r.kind === 'beanstalk-environment'
                    ? 'Set option aws:autoscaling:launchconfiguration DisableIMDSv1=true on the environment (eb config, or an .ebextensions option_settings entry).'
                    : 'aws lightsail update-instance-metadata-options --instance-name NAME --http-tokens required',
        });
    }
}
/**
 * The file's text in pieces: `[`, one finding per line, `]` \u2014 each line `JSON.stringify` of what
 * `ocsfFindings` yields (instances' findings written as text, `InstanceText`).
 */
function* ocsfPieces(a, meta) {
    let n = 0;
    yield '[';
    const instances = new InstanceText(meta);
    for (const i of a.instances)
        if (!i.compliant)
            yield `${n++ ? ',' : ''}\n${instances.text(i, a, meta)}`;
    for (const f of otherFindings(a, meta))
        yield `${n++ ? ',' : ''}\n${JSON.stringify(f)}`;
    yield n ? '\n]\n' : ']\n';
}


/***/ }),

/***/ 8149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bu: () => (/* reexport safe */ _format_js__WEBPACK_IMPORTED_MODULE_3__.bu),
/* harmony export */   kK: () => (/* binding */ buildView)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _assess_assess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(854);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2527);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7703);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4503);
/* harmony import */ var _sections_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8755);
/* harmony import */ var _view_parts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9054);
/* harmony import */ var _view_sections_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2870);
/* harmony import */ var _view_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3357);
/**
 * The one view model every report format renders: Markdown (file, job summary, PR comment) and HTML.
 * Every number, label, percentage, duration and chart coordinate is computed here, so templates only
 * place values. Pure: no I/O, no clock (durations are relative to the scan time).
 *
 * Strings here are raw text (tag values included). HTML templates rely on Handlebars' escaping;
 * Markdown rendering passes the whole view through `escapeDeep` first. Values that are Markdown the
 * report built itself are wrapped in `Trusted`.
 */













// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 the view \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
function buildView(input) {
    const { assessment: a, meta } = input;
    const t = a.totals;
    const scannedAtMs = Date.parse(a.scannedAt);
    const history = (input.history ?? []).filter((h) => h.at < a.scannedAt);
    const previous = history.length ? history[history.length - 1] : undefined;
    const multiAccount = a.byAccount.length > 1 || new Set(a.byRegion.map((r) => r.accountId)).size > 1;
    const v1Instances = (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_1__/* .sortByRisk */ .BD)(a.instances.filter((i) => i.bucket === 'v1-allowed'));
    const view = {
        title: 'IMDS Guard report',
        reportId: meta.reportId,
        version: meta.version,
        repository: meta.repository ?? '',
        runUrl: meta.runUrl,
        files: meta.files,
        digest: input.iac
            ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
                .update(`${(0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .substantiveDigest */ .BF)(a, meta.reportId, meta.version, input.baseline)}\0${input.iac.digest}`)
                .digest('hex')
                .slice(0, 32)
            : (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .substantiveDigest */ .BF)(a, meta.reportId, meta.version, input.baseline),
        iac: input.iac,
        guardrails: input.guardrails,
        headline: headlineView(input, previous),
        split: (0,_view_sections_js__WEBPACK_IMPORTED_MODULE_7__/* .ruleSplit */ .F6)(a),
        usage: (0,_view_sections_js__WEBPACK_IMPORTED_MODULE_7__/* .usageView */ .x2)(a, scannedAtMs),
        hopLimit: (0,_view_sections_js__WEBPACK_IMPORTED_MODULE_7__/* .hopLimitView */ .k4)(a),
        regions: regionsView(a, previous, multiAccount),
        v1: {
            total: v1Instances.length,
            totalText: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(v1Instances.length),
            rows: _view_types_js__WEBPACK_IMPORTED_MODULE_8__/* .RowList */ .DI.of(v1Instances, (i) => (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .instanceRow */ .y7)(i, scannedAtMs, a.byTag?.key)),
            tiers: ['role-public', 'role', 'no-role'].map((tier) => ({
                tier,
                label: _view_types_js__WEBPACK_IMPORTED_MODULE_8__/* .RISK_LABELS */ .mC[tier],
                count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.risk[tier]),
            })),
            worstCount: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.risk['role-public']),
        },
        roles: rolesView(a),
        expiredExceptions: a.expiredExceptions.map((i) => ({
            instanceId: i.instanceId,
            name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(i.name ?? '', 80),
            region: i.region,
            reason: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(i.exception?.reason ?? '', 120),
            expires: i.exception?.expires ?? (i.exception?.valid ? '' : 'invalid'),
        })),
        next: {
            allCompliant: t.buckets['v1-allowed'] === 0,
            step: (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .remediationStep */ .Qd)(a, meta),
            steps: [...NEXT_STEPS],
            mapping: _view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .COMPLIANCE_MAPPING */ .b0,
        },
    };
    if (multiAccount)
        view.accounts = accountsView(a);
    if (input.baseline)
        view.regressions = regressionsView(input.baseline, scannedAtMs);
    if (a.posture)
        view.posture = posture(a);
    (0,_sections_index_js__WEBPACK_IMPORTED_MODULE_5__/* .applySections */ .H_)(view, a, scannedAtMs);
    const tr = (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .trend */ .GW)([...history, currentEntry(a, meta.reportId)].slice(-Math.max(2, meta.historyLength)), a.gate.threshold);
    if (tr)
        view.trend = tr;
    return view;
}
const NEXT_STEPS = [
    'Run a plan: it lists exactly which instances change and holds back any that made IMDSv1 calls (CloudWatch MetadataNoToken) in the window.',
    'Apply the reviewed plan through a GitHub Environment with required reviewers; every change is recorded with its before-state and can be rolled back per instance.',
    'Watch MetadataNoTokenRejected after the change, then require IMDSv2 in the account defaults and launch templates so new launches stay compliant.',
];
/** The headline: the percentage against the threshold, the verdict, the scan, the change since last run. */
function headlineView(input, previous) {
    const a = input.assessment;
    const t = a.totals;
    let change;
    if (previous) {
        const d = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDelta */ .CW)(t.percent, previous.percent);
        change = {
            ...d,
            since: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(previous.at),
            v1Text: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signed */ .x8)(t.buckets['v1-allowed'] - previous.buckets[1]),
            ruleChanged: previous.rule !== '' && previous.rule !== a.rule.id,
        };
    }
    const failures = a.gate.failures.map((f) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(f, 2000));
    return {
        percentText: (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(t.compliant, t.inScope),
        thresholdText: `${a.gate.threshold}%`,
        passed: a.gate.passed,
        statusText: a.gate.passed
            ? 'Passed'
            : input.liveGates === false
                ? 'below the threshold: reported, not gating this pull request'
                : 'Failed',
        statusIcon: a.gate.passed ? '\u2705' : input.liveGates === false ? '\u26a0\ufe0f' : '\u274c',
        ruleId: a.rule.id,
        ruleName: a.rule.name,
        ruleDescription: a.rule.description,
        compliant: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.compliant),
        inScope: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.inScope),
        emptyFleet: t.inScope === 0,
        accountsScanned: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(a.accountsScanned),
        regionsScanned: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(a.regionsScanned),
        scannedAt: a.scannedAt,
        scannedAtText: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(a.scannedAt),
        durationText: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(a.durationMs),
        outOfScope: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(a.outOfScope),
        stopped: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.stopped),
        exempted: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.exempted),
        hasExempted: t.exempted > 0,
        failures: input.liveGates === false ? [] : failures,
        change,
    };
}
function regionsView(a, previous, multiAccount) {
    return {
        rows: (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .regionRows */ .MV)(a, previous).filter((r) => r.inScope !== '0'),
        emptyText: (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyRegionsText */ .KW)(a, multiAccount),
        showAccount: multiAccount,
        failed: a.failedRegions.map((r) => ({
            accountId: r.accountId,
            region: r.region,
            code: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.error?.code ?? 'Error', 80),
            message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.error?.message ?? '', 200),
        })),
        failedAccounts: a.failedAccounts.map((x) => ({
            accountId: x.accountId,
            code: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(x.error?.code ?? 'Error', 80),
            message: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(x.error?.message ?? '', 200),
        })),
        hasProblems: a.failedRegions.length + a.failedAccounts.length > 0,
    };
}
/** Instance profiles: how many instances carry each, how many of them allow IMDSv1 or are public. */
function rolesView(a) {
    const t = a.totals;
    const profiles = new Map();
    // Each ARN's name once: a fleet has a few profiles and many instances.
    const names = new Map();
    for (const i of a.instances) {
        const arn = i.instanceProfileArn;
        if (!arn)
            continue;
        let name = names.get(arn);
        if (name === undefined) {
            name = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .profileName */ .vR)(arn);
            names.set(arn, name);
        }
        const p = profiles.get(name) ?? { instances: 0, v1: 0, pub: 0 };
        p.instances++;
        if (i.bucket === 'v1-allowed')
            p.v1++;
        if (i.risk === 'role-public')
            p.pub++;
        profiles.set(name, p);
    }
    return {
        withRole: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.withRole),
        tiers: [
            { label: 'IMDSv1 allowed, role + public IP', count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.risk['role-public']) },
            { label: 'IMDSv1 allowed, role', count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.risk.role) },
            {
                label: 'Not exposed to IMDSv1 (v2 required, disabled or pending)',
                count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(t.withRole - t.risk['role-public'] - t.risk.role),
            },
        ],
        profiles: [...profiles.entries()]
            .sort((x, y) => y[1].v1 - x[1].v1 ||
            y[1].pub - x[1].pub ||
            y[1].instances - x[1].instances ||
            x[0].localeCompare(y[0]))
            .map(([profile, p]) => ({
            profile: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(profile, 64),
            instances: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.instances),
            v1: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.v1),
            public: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.pub),
        })),
        profileCount: profiles.size,
    };
}
function accountsView(a) {
    return {
        rows: a.byAccount.map((x) => ({
            accountId: x.accountId,
            status: x.status,
            failed: x.status === 'failed',
            inScope: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(x.rollup.inScope),
            compliant: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(x.rollup.compliant),
            percentText: x.status === 'failed' ? '\u2014' : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(x.rollup),
            percentValue: x.status === 'failed' ? '-1' : x.rollup.percent.toFixed(4),
            v1: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(x.rollup.buckets['v1-allowed']),
            reason: x.error ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(`${x.error.code}: ${x.error.message}`, 200) : '',
        })),
    };
}
function regressionsView(b, scannedAtMs) {
    return {
        since: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(b.scannedAt),
        count: b.regressions.length,
        countText: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(b.regressions.length),
        rows: _view_types_js__WEBPACK_IMPORTED_MODULE_8__/* .RowList */ .DI.of(b.regressions, (r) => ({
            ...(0,_view_parts_js__WEBPACK_IMPORTED_MODULE_6__/* .instanceRow */ .y7)(r.instance, scannedAtMs),
            was: r.was ? _view_types_js__WEBPACK_IMPORTED_MODULE_8__/* .BUCKET_LABELS */ .tN[r.was] : 'new instance',
        })),
        fixed: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(b.fixed),
        removed: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(b.removed),
        percentText: (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(b.compliant, b.inScope),
        ruleChanged: b.ruleChanged,
    };
}
/** This run as a history entry: the last point of the trend. */
function currentEntry(a, reportId) {
    const t = a.totals;
    return {
        v: 1,
        at: a.scannedAt,
        id: reportId,
        rule: a.rule.id,
        percent: t.percent,
        compliant: t.compliant,
        inScope: t.inScope,
        passed: a.gate.passed,
        buckets: [t.buckets['v2-required'], t.buckets['v1-allowed'], t.buckets.disabled, t.buckets.pending],
        regions: {},
    };
}
function tokensText(t) {
    return t === 'required' ? 'required' : t === 'optional' ? 'optional' : 'no preference';
}
function posture(a) {
    const p = a.posture;
    const defaults = [...p.accountDefaults]
        .sort((x, y) => Number(y.allowsV1) - Number(x.allowsV1) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_9__/* .compareCode */ .fn)(x.accountId, y.accountId) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_9__/* .compareCode */ .fn)(x.region, y.region))
        .map((d) => ({
        accountId: d.accountId,
        region: d.region,
        tokens: tokensText(d.httpTokens),
        hop: d.httpPutResponseHopLimit === undefined || d.httpPutResponseHopLimit < 0
            ? 'no preference'
            : String(d.httpPutResponseHopLimit),
        endpoint: d.httpEndpoint ?? 'no preference',
        managedBy: d.managedBy ?? 'account',
        allowsV1: d.allowsV1,
        verdict: d.allowsV1 ? 'new launches may allow IMDSv1' : 'new launches require IMDSv2',
    }));
    const version = (v) => `v${v.versionNumber}: ${v.httpEndpoint === 'disabled' ? 'endpoint disabled' : `tokens ${v.httpTokens ?? 'not set'}`}`;
    const templates = [...p.launchTemplates]
        .sort((x, y) => Number(y.allowsV1) - Number(x.allowsV1) ||
        y.instancesUsing - x.instancesUsing ||
        x.name.localeCompare(y.name))
        .map((lt) => ({
        name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(lt.name, 80),
        id: lt.launchTemplateId,
        ...(({ url, link }) => ({ url, link }))((0,_links_js__WEBPACK_IMPORTED_MODULE_4__/* .linked */ .q)('launch-template', lt.region, lt.launchTemplateId)),
        accountId: lt.accountId,
        region: lt.region,
        defaultVersion: version(lt.defaultVersion),
        latestVersion: version(lt.latestVersion),
        instances: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(lt.instancesUsing),
        groups: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(lt.autoScalingGroups.join(', '), 120),
        allowsV1: lt.allowsV1,
        verdict: lt.allowsV1 ? 'allows IMDSv1' : 'IMDSv2 only',
    }));
    const images = [...p.images]
        .sort((x, y) => Number(x.imdsSupport === 'v2.0') - Number(y.imdsSupport === 'v2.0') ||
        y.instancesUsing - x.instancesUsing ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_9__/* .compareCode */ .fn)(x.imageId, y.imageId))
        .map((im) => ({
        id: im.imageId,
        name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(im.name ?? '', 80),
        accountId: im.accountId,
        region: im.region,
        support: im.imdsSupport === 'v2.0' ? 'v2.0 (launches as IMDSv2)' : 'not set',
        instances: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(im.instancesUsing),
        v2: im.imdsSupport === 'v2.0',
    }));
    const lcs = p.autoScalingGroupsOnLaunchConfigurations.map((g) => ({
        name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(g.name, 80),
        accountId: g.accountId,
        region: g.region,
        configuration: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(g.launchConfigurationName ?? '', 80),
    }));
    const summary = [];
    if (defaults.length)
        summary.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(defaults.filter((d) => d.allowsV1).length)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(defaults.length)} account/region defaults let new launches allow IMDSv1`);
    if (templates.length)
        summary.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(templates.filter((d) => d.allowsV1).length)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(templates.length)} launch templates allow IMDSv1`);
    if (images.length)
        summary.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(images.filter((d) => !d.v2).length)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(images.length)} AMIs in use are not marked ImdsSupport v2.0`);
    if (lcs.length)
        summary.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(lcs.length)} Auto Scaling groups still use launch configurations (AutoScaling.3)`);
    return {
        summary,
        accountDefaults: defaults,
        launchTemplates: templates,
        images,
        launchConfigurations: lcs,
    };
}


/***/ })

};
