export const id = 408;
export const ids = [408];
export const modules = {

/***/ 952:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "2d8c571128b1067fc6ed.json";

/***/ }),

/***/ 3169:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "7dc1804155bc5e275833.json";

/***/ }),

/***/ 6408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeMode: () => (/* binding */ mergeMode)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
// EXTERNAL MODULE: ./lib/org/shard.js
var shard = __webpack_require__(6270);
// EXTERNAL MODULE: ./lib/report/validate.js + 1 modules
var validate = __webpack_require__(5276);
;// CONCATENATED MODULE: ./lib/readback/shards.js
/**
 * `mode: merge`: the shard reports of a matrix (downloaded artifacts: a folder or a glob) become the
 * one organization report \u2014 exactly as if one job had scanned everything. The shards are checked
 * first (all n present exactly once, the same account list, each covering its own partition), then
 * the inventory is rebuilt from their union (new records, not the reports' objects) and assessed by
 * the same assess(), and published by the same publishAudit path as an audit.
 */






class MergeError extends Error {
    name = 'MergeError';
}
const GLOB_CHARS = /[*?[{]/;
/**
 * The report files named by `merge-reports`: a folder (every *.json below it, as
 * actions/download-artifact lays them out) or a glob such as `shards/** /report.json` (tinyglobby, the
 * one glob library of the project). Shard reports are artifacts the Action wrote: a link where one
 * could be is refused (src/fs/safe.ts), never followed \u2014 a glob does not descend into a linked folder,
 * and a linked file it matches is refused when read.
 */
async function findReports(spec, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, spec);
    if (!GLOB_CHARS.test(spec)) {
        const at = { root: cwd, input: 'merge-reports', path };
        const files = (0,safe/* listFilesSafe */.Dn)(at, { file: (f) => f.endsWith('.json'), dir: () => true });
        if (!files)
            throw new MergeError(`merge-reports: '${spec}' does not exist (resolved to ${path}).`);
        return files.sort();
    }
    // The fixed leading folders of the glob are where it starts; the rest is the pattern.
    const parts = path.split(external_node_path_.sep);
    const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
    const base = parts.slice(0, firstGlob).join(external_node_path_.sep) || external_node_path_.sep;
    const files = await (0,dist/* glob */.TI)(parts.slice(firstGlob).join('/'), {
        cwd: base,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        expandDirectories: false,
    });
    return files.map((f) => (0,external_node_path_.resolve)(f)).sort();
}
async function readShardReports(spec, cwd) {
    const files = await findReports(spec, cwd);
    if (files.length === 0) {
        throw new MergeError(`merge-reports: '${spec}' matched no JSON files. Download the shards' report artifacts first (actions/download-artifact with a pattern and path).`);
    }
    const out = [];
    for (const file of files) {
        const text = (0,safe/* readFileSafe */.os)({ root: cwd, input: 'merge-reports', path: file }, { links: 'refuse' }) ?? '';
        const report = (0,validate/* parseJsonReport */.qo)(text, (0,external_node_path_.relative)(cwd, file) || file);
        out.push({ file, report });
    }
    return out;
}
/** Bounds of a shard record: a matrix has at most 256 jobs; an organization at most 100,000 accounts. */
const MAX_SHARDS = 256;
const MAX_ACCOUNTS = 100_000;
/**
 * Checks a report's `shard` against the schema, with bounds, before anything is built from it: a
 * corrupt or hostile shard file (count = 1e9, accounts not a list\u2026) is refused naming the file.
 */
function validateShard(shard, file) {
    const bad = (what) => new MergeError(`${file}: its 'shard' record ${what}. Use the report.json the sharded audit wrote, unedited.`);
    if (!shard || typeof shard !== 'object' || Array.isArray(shard))
        throw bad('is not an object');
    const s = shard;
    const int = (v) => typeof v === 'number' && Number.isInteger(v);
    if (!int(s.count) || s.count < 1 || s.count > MAX_SHARDS)
        throw bad(`has count ${JSON.stringify(s.count)?.slice(0, 40)}, not a whole number from 1 to ${MAX_SHARDS}`);
    if (!int(s.index) || s.index < 1 || s.index > s.count)
        throw bad(`has index ${JSON.stringify(s.index)?.slice(0, 40)}, not a whole number from 1 to its count`);
    for (const key of ['accounts', 'assigned']) {
        const list = s[key];
        if (!Array.isArray(list) || list.length > MAX_ACCOUNTS)
            throw bad(`has ${key} that is not a list of at most ${MAX_ACCOUNTS} account ids`);
        if (!list.every((a) => typeof a === 'string' && /^\d{12}$/.test(a)))
            throw bad(`has ${key} with an entry that is not a 12-digit account id`);
    }
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * Refuses anything but one complete set of shards of one account list: every index 1..n exactly once,
 * the same n and the same accounts in all, and each report covering exactly its own partition.
 */
function verifyShards(reports) {
    const name = (f) => f;
    const unsharded = reports.filter((r) => !r.report.shard);
    if (unsharded.length) {
        throw new MergeError(`${unsharded.map((r) => name(r.file)).join(', ')} ${unsharded.length === 1 ? 'was' : 'were'} not written by a sharded audit (no 'shard' in the report). Run the audit jobs with shard: \${{ matrix.shard }}/N, or point merge-reports at the shards' reports only.`);
    }
    for (const { file, report } of reports)
        validateShard(report.shard, name(file));
    const first = reports[0].report.shard;
    const { count, accounts } = first;
    for (const { file, report } of reports) {
        const s = report.shard;
        if (s.count !== count) {
            throw new MergeError(`${name(file)} is shard ${(0,shard/* shardLabel */.$_)(s)}, but ${name(reports[0].file)} is shard ${(0,shard/* shardLabel */.$_)(first)}: the reports come from different matrices.`);
        }
        if (!sameList(s.accounts, accounts)) {
            throw new MergeError(`${name(file)} (shard ${(0,shard/* shardLabel */.$_)(s)}) partitioned a different account list than ${name(reports[0].file)} (${s.accounts.length} vs ${accounts.length} accounts): the shards were not given the same accounts (the organization changed between jobs, or the inputs differ). Re-run the matrix.`);
        }
        const expected = (0,shard/* partition */.jB)(accounts, s.index, s.count);
        if (!sameList([...s.assigned].sort(), expected)) {
            throw new MergeError(`${name(file)} (shard ${(0,shard/* shardLabel */.$_)(s)}) did not scan its own partition of the account list.`);
        }
        const scanned = [...new Set(report.accounts.map((a) => a.accountId))].sort();
        if (!sameList(scanned, expected)) {
            throw new MergeError(`${name(file)} (shard ${(0,shard/* shardLabel */.$_)(s)}) reports accounts ${scanned.join(', ') || '(none)'}, but its partition is ${expected.join(', ') || '(none)'}.`);
        }
        checkOwnAccounts(file, report, new Set(expected), (0,shard/* shardLabel */.$_)(s));
    }
    const seen = new Map();
    for (const { file, report } of reports) {
        const i = report.shard.index;
        const prev = seen.get(i);
        if (prev) {
            throw new MergeError(`Shard ${i}/${count} appears twice (${name(prev)} and ${name(file)}). Download each shard's report once (e.g. one artifact per shard, a fresh folder per run).`);
        }
        seen.set(i, file);
    }
    // No account in two shards (so no instance twice). Implied by the partition checks above; kept as
    // the invariant the union below relies on, should those checks ever change.
    const owner = new Map();
    for (const { file, report } of reports) {
        for (const a of new Set(report.accounts.map((x) => x.accountId))) {
            const prev = owner.get(a);
            if (prev && prev !== file)
                throw new MergeError(`Account ${a} is in two shard reports (${name(prev)} and ${name(file)}); each account belongs to one shard. Re-run the matrix.`);
            owner.set(a, file);
        }
    }
    const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !seen.has(i));
    if (missing.length) {
        throw new MergeError(`Shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (found ${[
            ...seen.keys(),
        ]
            .sort((a, b) => a - b)
            .map((i) => `${i}/${count}`)
            .join(', ')}). A merged report must cover every shard; check that every matrix job succeeded in writing and uploading its report.`);
    }
    return { count, accounts };
}
/**
 * Everything a shard says is about its own accounts: an instance, region, rollup or posture record
 * of another account would let one shard speak for another shard's fleet. Names the record.
 */
function checkOwnAccounts(file, report, own, label) {
    const refuse = (where, what, accountId) => new MergeError(`${file} (shard ${label}): ${where} (${what}) is in account ${accountId}, which is not one of this shard's accounts (${[...own].join(', ') || 'none'}). A shard reports only its own partition: use the report.json the sharded audit wrote, unedited.`);
    report.instances.forEach((i, k) => {
        if (!own.has(i.accountId))
            throw refuse(`/instances/${k}`, `instance ${i.instanceId}`, i.accountId);
    });
    const lists = [
        ['/regions', report.regions],
        ['/byRegion', report.byRegion],
        ['/byAccount', report.byAccount],
        ['/posture/accountDefaults', report.posture?.accountDefaults],
        ['/posture/launchTemplates', report.posture?.launchTemplates],
        ['/posture/images', report.posture?.images],
        [
            '/posture/autoScalingGroupsOnLaunchConfigurations',
            report.posture?.autoScalingGroupsOnLaunchConfigurations,
        ],
        ['/posture/errors', report.posture?.errors],
        ['/autoScalingGroups', report.autoScalingGroups],
        ['/v1Usage/errors', report.v1Usage?.errors],
        ['/hopLimit/findings', report.hopLimit?.findings],
        ['/exposure/exploited', report.exposure?.exploited],
        ['/exposure/unjoined', report.exposure?.unjoined],
        ['/exposure/guardDuty/regions', report.exposure?.guardDuty.regions],
        ['/exposure/roles', report.exposure?.roles],
        ['/exposure/otherImds/resources', report.exposure?.otherImds.resources],
        ['/exposure/otherImds/lightsailUnavailable', report.exposure?.otherImds.lightsailUnavailable],
        ['/exposure/errors', report.exposure?.errors],
    ];
    for (const [k, e] of (report.exposure?.exploited ?? []).entries())
        for (const [n, f] of e.findings.entries())
            if (!own.has(f.accountId))
                throw refuse(`/exposure/exploited/${k}/findings/${n}`, 'a finding', f.accountId);
    for (const [where, list] of lists)
        (list ?? []).forEach((x, k) => {
            if (!own.has(x.accountId))
                throw refuse(`${where}/${k}`, 'a record', x.accountId);
        });
}
/** An assessed instance back to the collected fact (assess() judges it again). */
function toInstance(a) {
    const { bucket: _b, compliant: _c, risk: _r, exception: _e, ...instance } = a;
    return instance;
}
const strip = (x) => {
    const { allowsV1: _a, reason: _r, ...rest } = x;
    return rest;
};
/**
 * The inventory one unsharded run would have collected: the union of the shards' facts (each account
 * is in exactly one shard), in the same order collectInventory produces.
 */
function mergeInventories(reports) {
    const ordered = [...reports].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
    const byPlace = (a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region);
    const apiCalls = {};
    const accountDefaults = [];
    const launchTemplates = [];
    const images = [];
    const autoScalingGroups = [];
    const postureErrors = [];
    let withPosture = false;
    for (const r of ordered) {
        for (const [op, n] of Object.entries(r.apiCalls ?? {}))
            apiCalls[op] = (apiCalls[op] ?? 0) + n;
        const p = r.posture;
        if (!p)
            continue;
        withPosture = true;
        accountDefaults.push(...p.accountDefaults.map(strip));
        launchTemplates.push(...p.launchTemplates.map(strip));
        images.push(...p.images);
        autoScalingGroups.push(...p.autoScalingGroupsOnLaunchConfigurations);
        postureErrors.push(...(p.errors ?? []));
    }
    const scannedAt = ordered.map((r) => r.scannedAt).sort()[0];
    const inventory = {
        scannedAt,
        // The matrix ran in parallel: the slowest shard is the organization's scan time.
        durationMs: Math.max(...ordered.map((r) => r.durationMs)),
        callerAccountId: ordered[0].callerAccountId,
        accounts: ordered.flatMap((r) => r.accounts).sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId)),
        regions: ordered.flatMap((r) => r.regions).sort(byPlace),
        instances: ordered
            .flatMap((r) => r.instances.map(toInstance))
            .sort((a, b) => byPlace(a, b) || (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId)),
        apiCalls,
    };
    if (withPosture)
        Object.assign(inventory, { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors });
    // Who still uses IMDSv1: the sums travel on the instances; the window and failed reads are joined.
    const usage = ordered.filter((r) => r.v1Usage);
    if (usage.length) {
        const u = usage[0].v1Usage;
        inventory.v1Usage = {
            days: u.days,
            from: u.from,
            to: u.to,
            errors: usage.flatMap((r) => r.v1Usage.errors),
        };
    }
    // Auto Scaling groups as they launch: each shard judged its own accounts' groups; rebuilt as facts.
    const groups = ordered.flatMap((r) => r.autoScalingGroups ?? []);
    if (ordered.some((r) => r.autoScalingGroups))
        inventory.autoScalingLaunches = launchesFromVerdicts(groups);
    const exposure = ordered.flatMap((r) => (r.exposure ? [r.exposure] : []));
    if (exposure.length)
        inventory.exposure = exposureFacts(exposure);
    return { inventory, outOfScope: ordered.reduce((n, r) => n + (r.outOfScope ?? 0), 0) };
}
/** `mode: merge`'s inventory: read, verify and union the shard reports. */
async function loadMergedInventory(spec, cwd, log) {
    const reports = await readShardReports(spec, cwd);
    const { count, accounts } = verifyShards(reports);
    log.info(`Merging ${count} shard report${count === 1 ? '' : 's'} covering ${accounts.length} account${accounts.length === 1 ? '' : 's'}: ${reports.map((r) => (0,external_node_path_.relative)(cwd, r.file) || r.file).join(', ')}.`);
    return mergeInventories(reports.map((r) => r.report));
}
/**
 * The facts behind shard reports' exposure (each shard judged its own accounts): the findings joined
 * or not, GuardDuty per region, each role's reach, the other services' resources; assess() joins them
 * to the merged instances again. The window is the widest the shards read.
 */
function exposureFacts(list) {
    const lightsailUnavailable = list.flatMap((e) => e.otherImds.lightsailUnavailable);
    return {
        from: list.map((e) => e.from).sort()[0],
        to: list
            .map((e) => e.to)
            .sort()
            .at(-1),
        guardDuty: list.flatMap((e) => e.guardDuty.regions),
        findings: list.flatMap((e) => [...e.exploited.flatMap((x) => x.findings), ...e.unjoined]),
        roles: list.flatMap((e) => e.roles.map((r) => {
            const { instances: _i, publicInstances: _p, ...reach } = r;
            return reach;
        })),
        otherImds: list.flatMap((e) => e.otherImds.resources.map((r) => {
            const { rule: _r, ...resource } = r;
            return resource;
        })),
        ...(lightsailUnavailable.length ? { lightsailUnavailable } : {}),
        errors: list.flatMap((e) => e.errors),
    };
}
/** The facts behind shard reports' Auto Scaling verdicts (each launch carries its resolved version). */
function launchesFromVerdicts(groups) {
    const templates = new Map();
    const out = { groups: [], templates: [], errors: [] };
    for (const g of groups) {
        out.groups.push({
            accountId: g.accountId,
            region: g.region,
            name: g.name,
            refs: g.launches.map((l) => {
                const { versionNumber: _n, settings: _s, verdict: _v, ...ref } = l;
                return ref;
            }),
        });
        for (const l of g.launches) {
            if (!l.launchTemplateId || !l.settings)
                continue;
            const k = `${g.accountId}/${g.region}/${l.launchTemplateId}`;
            let t = templates.get(k);
            if (!t) {
                t = {
                    accountId: g.accountId,
                    region: g.region,
                    launchTemplateId: l.launchTemplateId,
                    name: l.launchTemplateName ?? '',
                    versions: [],
                };
                templates.set(k, t);
            }
            if (!t.versions.some((v) => v.versionNumber === l.settings.versionNumber))
                t.versions.push(l.settings);
            // What $Default / $Latest resolved to in the shard, so the merged verdict is the shard's.
            if (l.version === '$Default' || l.version === '')
                t.defaultVersionNumber = l.versionNumber;
            if (l.version === '$Latest')
                t.latestVersionNumber = l.versionNumber;
        }
    }
    out.templates = [...templates.values()];
    return out;
}

// EXTERNAL MODULE: ./lib/pipeline/judge.js
var judge = __webpack_require__(1105);
;// CONCATENATED MODULE: ./lib/pipeline/merge.js


async function mergeMode(settings, deps) {
    const { inventory, outOfScope } = await loadMergedInventory(settings.organization.mergeReports ?? '', deps.github.workspace, deps.log);
    return (0,judge/* judgeAndPublish */.Uh)(settings, deps, inventory, outOfScope);
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

/***/ 5276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jm: () => (/* binding */ isHistoryEntry),
  qo: () => (/* binding */ parseJsonReport)
});

// UNUSED EXPORTS: ReportError, historyEntrySchema, reportSchema, validateReport

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./lib/model/assessment.js
/** What judging concluded: buckets, rules, rollups, gate, posture verdicts. */
const BUCKETS = ['v2-required', 'v1-allowed', 'disabled', 'pending'];
const RISK_TIERS = (/* unused pure expression or super */ null && (['role-public', 'role', 'no-role']));

// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(7406);
;// CONCATENATED MODULE: ./lib/report/validate.js
/**
 * Every report.json the Action reads \u2014 `baseline-report`, the shards of `mode: merge` \u2014 is checked
 * against the published schema (schemas/report.schema.json, the one docs/report-schema.md links), then
 * against what a schema cannot say: the counts it carries add up over its instances. A shard's own
 * claims (which accounts it covers) are checked in shards.ts against its partition.
 *
 * Errors name the file, the place (a JSON pointer), what is wrong and the fix; they never quote the
 * file's content (a name in a pointer is shown only when it is a plain identifier).
 */




class ReportError extends Error {
    name = 'ReportError';
}
const FIX = 'Use a report.json written by IMDS Guard, unedited.';
/** The published schema, as shipped beside the bundle (ncc copies it; scripts/build.sh links schemas/). */
function reportSchema() {
    return JSON.parse((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3169), __webpack_require__.b), 'utf8'));
}
/** The schema of one history-file line. */
function historyEntrySchema() {
    return JSON.parse((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(952), __webpack_require__.b), 'utf8'));
}
let validator;
function schemaValidator() {
    validator ??= new _2020.Ajv2020({ allErrors: false, strict: true }).compile(reportSchema());
    return validator;
}
let historyValidator;
/** Whether a parsed history line matches schemas/history-entry.schema.json. */
function isHistoryEntry(x) {
    historyValidator ??= new _2020.Ajv2020({ allErrors: false, strict: true }).compile(historyEntrySchema());
    return historyValidator(x);
}
/** A JSON pointer segment fit to print: a plain name or an index; anything else is elided. */
const plain = (s) => (/^[\w.$-]{1,64}$/.test(s) ? s : '\u2026');
const pointer = (p) => p === ''
    ? '/'
    : p
        .split('/')
        .map((x, i) => (i === 0 ? x : plain(x)))
        .join('/');
/** What an ajv error says, in words that never carry a value from the file. */
function describe(e) {
    const p = e.params;
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
            return `is not one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
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
function parseError(e) {
    const m = /position (\d+)/.exec(e.message);
    if (m)
        return `invalid JSON at character ${m[1]}`;
    return /end of (JSON|data) input/i.test(e.message) ? 'the JSON ends too early' : 'invalid JSON';
}
/**
 * Parses and validates a report read from disk (baseline-report, merge-reports). `source` names the
 * file in errors. Throws ReportError.
 */
function parseJsonReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new ReportError(`${source} is not JSON (${parseError(e)}); expected an IMDS Guard report.json. ${FIX}`);
    }
    validateReport(data, source);
    return data;
}
/** Checks parsed data against the schema and the counts; throws ReportError naming file and place. */
function validateReport(data, source) {
    const r = data;
    if (!r || typeof r !== 'object' || Array.isArray(r) || r.schema !== json/* REPORT_SCHEMA */.DC)
        throw new ReportError(`${source} is not an IMDS Guard report (schema is not '${json/* REPORT_SCHEMA */.DC}'). ${FIX}`);
    if (r.version !== json/* REPORT_VERSION */.Aj)
        throw new ReportError(`${source} has report version ${typeof r.version === 'number' ? r.version : '(not a number)'}; this version of IMDS Guard reads version ${json/* REPORT_VERSION */.Aj}. Use a report written by the same major version.`);
    const validate = schemaValidator();
    if (!validate(data)) {
        const e = (validate.errors ?? [])[0];
        throw new ReportError(`${source}: ${e ? `${pointer(e.instancePath)} ${describe(e)}` : 'does not match the report schema'} (schemas/report.schema.json). ${FIX}`);
    }
    checkCounts(data, source);
}
/** The summary counts a report carries match its instances (a schema cannot say so). */
function checkCounts(r, source) {
    const bad = (where, what) => new ReportError(`${source}: ${where} ${what}, which its instances do not add up to. ${FIX}`);
    const t = r.totals;
    if (t.inScope !== r.instances.length)
        throw bad('/totals/inScope', `says ${t.inScope} in-scope instances but the report lists ${r.instances.length}`);
    const compliant = r.instances.filter((i) => i.compliant || i.exception?.honoured).length;
    if (t.compliant !== compliant)
        throw bad('/totals/compliant', `says ${t.compliant} compliant, not ${compliant}`);
    for (const b of BUCKETS) {
        const n = r.instances.filter((i) => i.bucket === b).length;
        if (t.buckets[b] !== n)
            throw bad(`/totals/buckets/${b}`, `says ${t.buckets[b]}, not ${n}`);
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


/***/ })

};
