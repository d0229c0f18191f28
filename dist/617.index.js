export const id = 617;
export const ids = [617];
export const modules = {

/***/ 952:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "2d8c571128b1067fc6ed.json";

/***/ }),

/***/ 3169:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "7dc1804155bc5e275833.json";

/***/ }),

/***/ 8617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionRef: () => (/* binding */ actionRef),
  publishAudit: () => (/* binding */ publishAudit),
  publishIacOnly: () => (/* binding */ publishIacOnly)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/assess/assess.js + 3 modules
var assess = __webpack_require__(854);
// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(8120);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/model/action-name.js
var action_name = __webpack_require__(7036);
// EXTERNAL MODULE: ./lib/report/validate.js + 1 modules
var validate = __webpack_require__(5276);
;// CONCATENATED MODULE: ./lib/report/history.js

const HISTORY_VERSION = 1;
/** Entries kept in the file (oldest dropped): enough for a year of nightly runs. */
const HISTORY_KEEP_MIN = 400;
function historyEntry(a, id, run) {
    const b = a.totals.buckets;
    const regions = {};
    for (const r of a.byRegion) {
        regions[`${r.accountId}/${r.region}`] = [
            r.rollup.compliant,
            r.rollup.inScope,
            r.rollup.buckets['v1-allowed'],
        ];
    }
    const entry = {
        v: 1,
        at: a.scannedAt,
        id,
        rule: a.rule.id,
        percent: Number(a.totals.percent.toFixed(4)),
        compliant: a.totals.compliant,
        inScope: a.totals.inScope,
        passed: a.gate.passed,
        buckets: [b['v2-required'], b['v1-allowed'], b.disabled, b.pending],
        regions,
    };
    if (run)
        entry.run = run;
    return entry;
}
const nat = (x) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
/**
 * Validates one parsed line against schemas/history-entry.schema.json, then what a schema cannot say
 * (a real date, compliant \u2264 in scope); undefined when it is not a usable entry.
 */
function validEntry(x) {
    if (!(0,validate/* isHistoryEntry */.Jm)(x))
        return undefined;
    const e = x;
    if (!e || typeof e !== 'object' || e.v !== 1)
        return undefined;
    if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at)))
        return undefined;
    if (!nat(e.compliant) || !nat(e.inScope) || e.compliant > e.inScope)
        return undefined;
    if (!Array.isArray(e.buckets) || e.buckets.length !== 4 || !e.buckets.every(nat))
        return undefined;
    const regions = {};
    if (e.regions && typeof e.regions === 'object') {
        for (const [k, v] of Object.entries(e.regions)) {
            if (Array.isArray(v) && v.length === 3 && v.every(nat))
                regions[k] = v;
        }
    }
    return {
        v: 1,
        at: new Date(e.at).toISOString(),
        id: typeof e.id === 'string' ? e.id : '',
        rule: typeof e.rule === 'string' ? e.rule : '',
        percent: e.inScope === 0 ? 100 : (e.compliant / e.inScope) * 100,
        compliant: e.compliant,
        inScope: e.inScope,
        passed: e.passed === true,
        buckets: e.buckets,
        regions,
        run: typeof e.run === 'string' ? e.run : undefined,
    };
}
/** Parses the file's text; entries of other audits (another `id`) are left out of `entries`. */
function parseHistory(text, id) {
    const entries = [];
    let skipped = 0;
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        let parsed;
        try {
            parsed = JSON.parse(line);
        }
        catch {
            skipped++;
            continue;
        }
        const e = validEntry(parsed);
        if (!e)
            skipped++;
        else if (id === undefined || !e.id || e.id === id)
            entries.push(e);
    }
    entries.sort((a, b) => a.at.localeCompare(b.at));
    return { entries, skipped };
}
/**
 * The file's new text: the old lines (all audits) plus this entry, oldest dropped beyond `keep`.
 * Re-running the same scan (same `at` and id) replaces its line instead of adding a duplicate.
 */
function appendHistory(text, entry, keep) {
    const lines = text.split('\n').filter((l) => {
        if (!l.trim())
            return false;
        try {
            const e = JSON.parse(l);
            return !(e.at === entry.at && (e.id ?? '') === entry.id);
        }
        catch {
            return false;
        }
    });
    lines.push(JSON.stringify(entry));
    return `${lines.slice(-Math.max(keep, 1)).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/readback/previous.js
/**
 * What earlier runs left in the workspace, read back before a run publishes: the history file (the
 * trend; it is appended to and rewritten by publish/) and the baseline report (regressions). Both are
 * optional: a file that is missing or not IMDS Guard's is a warning, a read through a link is refused
 * (UnsafePathError, src/fs/safe.ts).
 */





/** `history-file`: the entries of this report id (the trend starts over when it cannot be read). */
function readHistory(workspace, file, reportId, log) {
    const path = (0,external_node_path_.resolve)(workspace, file);
    try {
        // Read and rewritten by every run: never through a link (the write would follow it too).
        const text = (0,safe/* readFileSafe */.os)({ root: workspace, input: 'history-file', path }, { links: 'refuse' }) ?? '';
        const parsed = parseHistory(text, reportId);
        if (parsed.skipped)
            log.warning(`${file}: skipped ${parsed.skipped} line(s) that are not IMDS Guard history entries.`);
        return { path, text, entries: parsed.entries };
    }
    catch (e) {
        if (e instanceof safe/* UnsafePathError */.k0)
            throw e;
        log.warning(`Could not read history-file ${file}: ${(0,lib_log/* errorMessage */.gJ)(e)}; the trend starts over.`);
        return { path, text: '', entries: [] };
    }
}
/** `baseline-report`: the earlier report.json, validated; undefined (with a warning) when unusable. */
function readBaseline(workspace, file, log) {
    const path = (0,external_node_path_.resolve)(workspace, file);
    try {
        // A committed baseline may be a link to another report of the repository, never out of it.
        const text = (0,safe/* readFileSafe */.os)({ root: workspace, input: 'baseline-report', path }, { links: 'inside' });
        if (text === undefined) {
            log.warning(`baseline-report ${file} does not exist; no regressions are called out.`);
            return undefined;
        }
        return (0,validate/* parseJsonReport */.qo)(text, file);
    }
    catch (e) {
        if (e instanceof safe/* UnsafePathError */.k0)
            throw e;
        log.warning(`baseline-report: ${(0,lib_log/* errorMessage */.gJ)(e)}; no regressions are called out.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/report/baseline.js
const key = (i) => `${i.accountId}/${i.region}/${i.instanceId}`;
function diffBaseline(a, baseline, order) {
    const before = new Map();
    for (const i of baseline.instances)
        before.set(key(i), i.bucket);
    const now = new Set();
    const regressions = [];
    for (const i of a.instances) {
        now.add(key(i));
        if (i.bucket !== 'v1-allowed')
            continue;
        const was = before.get(key(i));
        if (was !== 'v1-allowed')
            regressions.push(was ? { instance: i, was } : { instance: i });
    }
    regressions.sort((x, y) => order(x.instance, y.instance));
    let fixed = 0;
    let removed = 0;
    const bucketNow = new Map(a.instances.map((i) => [key(i), i.bucket]));
    for (const [k, b] of before) {
        if (!now.has(k))
            removed++;
        if (b === 'v1-allowed' && bucketNow.get(k) !== 'v1-allowed')
            fixed++;
    }
    return {
        scannedAt: baseline.scannedAt,
        percent: baseline.totals.percent,
        compliant: baseline.totals.compliant,
        inScope: baseline.totals.inScope,
        regressions,
        fixed,
        removed,
        ruleChanged: baseline.rule?.id !== a.rule.id,
    };
}

// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/assess/guardrails.js
var guardrails = __webpack_require__(5782);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
;// CONCATENATED MODULE: ./lib/report/guardrails-view.js
/** The guardrails section's view: the policies as built, what they would block, what is in force. */

const MAX_IDS = 50;
function ids(list) {
    if (!list.length)
        return 'none';
    const shown = list.slice(0, MAX_IDS).join(', ');
    return list.length > MAX_IDS ? `${shown} and ${list.length - MAX_IDS} more` : shown;
}
/** The section's data: raw strings (HTML escapes them; Markdown passes them through escapeDeep). */
function guardrailsView(g) {
    const wb = g.wouldBlock;
    const inf = g.inForce;
    const scp = g.serviceControlPolicy;
    return {
        rows: [
            {
                policy: 'EC2 declarative policy (instance metadata defaults, organization-wide)',
                file: guardrails/* GUARDRAIL_FILES */.O3.declarativePolicy,
                inForce: `${inf.declarativePolicy.status} (${inf.declarativePolicy.regions.length} region(s))`,
                wouldBlock: `new launches get tokens required, hop limit ${g.declarativePolicy.hopLimit.value}`,
            },
            {
                policy: `Service control policy (${scp.characters} of ${scp.limit} characters)`,
                file: guardrails/* GUARDRAIL_FILES */.O3.scp,
                inForce: inf.serviceControlPolicy.status,
                wouldBlock: `${wb.runInstances.count} launch(es) without IMDSv2, ${wb.hopLimit.count} over hop limit ${wb.hopLimit.limit}, ${wb.launchTemplates.count} launch template(s)`,
            },
            {
                policy: 'Account defaults per region (ModifyInstanceMetadataDefaults)',
                file: guardrails/* GUARDRAIL_FILES */.O3.accountDefaults,
                inForce: `${inf.accountDefaults.status} (${inf.accountDefaults.compliant.length} of ${g.accountDefaults.length} region(s))`,
                wouldBlock: `${wb.accountDefaults.count} region(s) to change`,
            },
        ],
        hopLimit: g.declarativePolicy.hopLimit.reason,
        denied: { count: wb.runInstances.count, ids: ids(wb.runInstances.instanceIds) },
        overHop: { count: wb.hopLimit.count, ids: ids(wb.hopLimit.instanceIds) },
        exempt: {
            tagKey: wb.exempt.tagKey,
            count: wb.exempt.carvedOut ? String(wb.exempt.count) : 'no carve-out',
            ids: ids(wb.exempt.instanceIds),
        },
        templates: wb.launchTemplates.items.map((t) => ({
            id: t.launchTemplateId,
            name: t.name,
            accountId: t.accountId,
            region: t.region,
            versions: t.versions.join(', '),
            reason: t.reason,
        })),
        notes: g.notes,
    };
}

// EXTERNAL MODULE: ./lib/report/templates.js + 1 modules
var templates = __webpack_require__(8619);
;// CONCATENATED MODULE: ./lib/report/guardrails.js
/**
 * Saying the guardrails: the preventive policies computed by assess/guardrails.ts, as the
 * files written to the report folder (policy JSON, the account-defaults script, a README) and as a
 * section of the report. Markdown goes through the one escaper (`escapeDeep`): template names and
 * instance ids come from AWS.
 */





/** The section in Markdown (also the README of the guardrails folder). */
function guardrailsMarkdown(g) {
    return (0,templates/* guardrailsTemplate */.Ze)()((0,report_escape/* escapeDeep */.YJ)(guardrailsView(g)));
}
/** One command per region whose defaults do not yet require tokens (and are not policy-managed). */
function accountDefaultsScript(g) {
    const lines = [
        '#!/bin/sh',
        '# IMDS Guard: account-level instance metadata defaults (ModifyInstanceMetadataDefaults), per region.',
        '# Applies to new launches only; existing instances are not changed. Run each block with credentials',
        '# for the account it names. Regions managed by a declarative policy or already requiring tokens are',
        '# listed as comments.',
        'set -eu',
        '',
    ];
    const accounts = [...new Set(g.accountDefaults.map((t) => t.accountId))];
    let commands = 0;
    for (const a of accounts) {
        lines.push(`# \u2500\u2500 account ${(0,model_text/* shellWord */.r7)(a)}`);
        for (const t of g.accountDefaults.filter((x) => x.accountId === a)) {
            if (t.command) {
                if (t.status === 'unknown')
                    lines.push(`# ${(0,model_text/* shellWord */.r7)(t.region)}: defaults not read by the audit`);
                lines.push(t.command);
                commands++;
            }
            else if (t.status === 'declarative-policy')
                lines.push(`# ${(0,model_text/* shellWord */.r7)(t.region)}: managed by a declarative policy (HttpTokens ${(0,model_text/* shellWord */.r7)(t.current.httpTokens ?? 'unset')})`);
            else
                lines.push(`# ${(0,model_text/* shellWord */.r7)(t.region)}: already requires tokens`);
        }
        lines.push('');
    }
    if (!commands)
        lines.push('# Nothing to change.', '');
    return lines.join('\n');
}
/** The guardrail files, keyed by path relative to the report folder. Pure: the caller writes them. */
function guardrailFiles(g) {
    return {
        [guardrails/* GUARDRAIL_FILES */.O3.declarativePolicy]: `${JSON.stringify(g.declarativePolicy.document, null, 2)}\n`,
        [guardrails/* GUARDRAIL_FILES */.O3.scp]: (0,guardrails/* scpText */.S7)(g.serviceControlPolicy.document),
        [guardrails/* GUARDRAIL_FILES */.O3.accountDefaults]: accountDefaultsScript(g),
        [guardrails/* GUARDRAIL_FILES */.O3.readme]: `# IMDS Guard guardrails\n\n${guardrailsMarkdown(g)}`,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/assess/iac.js + 1 modules
var iac = __webpack_require__(3052);
// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(7703);
;// CONCATENATED MODULE: ./lib/report/iac-view.js
/**
 * The "This pull request" section's view model: what the pull request's infrastructure code adds or
 * changes that allows IMDSv1, why, and the exact attribute to set; what is suppressed and why; files
 * that could not be checked; what an offline run's outcome depends on. Raw text (from repository
 * files, so hostile): Markdown renders it through `escapeDeep`, HTML through Handlebars' escaping.
 */




const ICON = { error: '\u274c', warning: '\u26a0\ufe0f', note: '\u2139\ufe0f' };
const ORDER = { error: 0, warning: 1, note: 2 };
function row(f) {
    return {
        icon: ICON[f.level] ?? '',
        level: f.level,
        ruleId: f.ruleId,
        // The other services' rules name the live audit's rule, so the row and the audit's row match up.
        rule: `${(0,iac/* iacRule */.IY)(f.ruleId).title}${(0,iac/* iacRule */.IY)(f.ruleId).liveRule ? ` (${(0,iac/* iacRule */.IY)(f.ruleId).liveRule})` : ''}`,
        resource: (0,report_escape/* displayText */.WV)(f.address, 160),
        resourceType: (0,report_escape/* displayText */.WV)(f.resourceType, 80),
        location: (0,report_escape/* displayText */.WV)(`${f.file}${f.line ? `:${f.line}` : ''}`, 200),
        action: f.action ?? '',
        // The message starts with "<type> <address>: "; the row has its own columns for those.
        why: (0,report_escape/* displayText */.WV)(f.message.replace(/^[^:]*: /, ''), 400),
        fix: (0,report_escape/* displayText */.WV)(f.fix, 200),
    };
}
const sorted = (list) => [...list].sort((a, b) => ORDER[a.level] - ORDER[b.level] || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
/** At most 50 lines, then one that says how many more (the log has every one). */
const capped = (lines) => lines.length > 50
    ? [...lines.slice(0, 50), `\u2026and ${(0,format/* num */.bu)(lines.length - 50)} more (see the run's log)`]
    : lines;
function buildIacView(r, liveGates, pullRequest) {
    const allowing = r.attributed.filter((f) => f.level === 'error').length;
    const warnings = r.attributed.length - allowing;
    const passed = r.gateFailures.length === 0;
    const formats = [
        ...new Set(r.verdicts.map((v) => v.file.endsWith('.json') || v.file.endsWith('.yaml') || v.file.endsWith('.yml')
            ? v.resourceType.startsWith('AWS::')
                ? 'CloudFormation'
                : 'Terraform plan'
            : 'Terraform')),
    ].sort();
    const statusText = !passed
        ? `${allowing ? `adds or changes ${(0,format/* num */.bu)(allowing)} resource setting(s) that allow IMDSv1` : 'cannot be fully checked'}${r.errors.length ? ` (${(0,format/* num */.bu)(r.errors.length)} file(s) could not be checked)` : ''}`
        : warnings
            ? `allows no IMDSv1 as written; ${(0,format/* num */.bu)(warnings)} warning(s)`
            : 'allows no IMDSv1';
    const view = {
        statusIcon: passed ? (warnings ? '\u26a0\ufe0f' : '\u2705') : '\u274c',
        statusText,
        scopeText: `${(0,format/* num */.bu)(r.resourceCount)} resource(s) in ${(0,format/* num */.bu)(r.files.length)} file(s)${formats.length ? ` (${formats.join(', ')})` : ''}`,
        passed,
        offline: r.offline,
        liveGates,
        gateText: r.offline
            ? 'What the code adds or weakens that allows IMDSv1 fails the run; outcomes that depend on a live setting are warnings.'
            : !pullRequest
                ? 'IMDSv1 errors in the code fail this run, and so does the live threshold.'
                : liveGates
                    ? 'This pull request fails on what its code adds that allows IMDSv1 and on the live threshold (pr-gate: iac-and-live).'
                    : 'This pull request fails only on what its code adds or weakens that allows IMDSv1; the live posture below is reported, not gating (pr-gate: iac).',
        rows: sorted(r.attributed).map(row),
        rowCount: r.attributed.length,
        existing: sorted(r.notAttributed).map(row),
        existingText: r.attribution.mode === 'compared'
            ? `${(0,format/* num */.bu)(r.notAttributed.length)} finding(s) already on the base branch (${(0,report_escape/* displayText */.WV)(r.attribution.base ?? '', 12)}) or left as they are by the plan: listed, not gating`
            : `${(0,format/* num */.bu)(r.notAttributed.length)} finding(s) on resources this change leaves as they are`,
        attributionText: (0,report_escape/* displayText */.WV)(r.attribution.text.charAt(0).toUpperCase() + r.attribution.text.slice(1), 600),
        skipped: (r.skipped ?? []).map((k) => (0,report_escape/* displayText */.WV)(`${k.file}: ${k.reason}`, 400)),
        notices: capped([
            ...(r.disagreements ?? []).map((d) => `${d.file}${d.line ? `:${d.line}` : ''} ${d.address}: ${d.text}`),
            ...(r.notices ?? []).map((n) => `${n.file}${n.line ? `:${n.line}` : ''}: ${n.message}`),
        ]).map((t) => (0,report_escape/* displayText */.WV)(t, 500)),
        suppressed: sorted(r.suppressed).map((f) => ({
            ...row(f),
            reason: (0,report_escape/* displayText */.WV)(f.suppression?.reason ?? '', 300),
            tool: f.suppression?.tool ?? '',
        })),
        errors: r.errors.map((e) => ({
            file: (0,report_escape/* displayText */.WV)(`${e.file}${e.line ? `:${e.line}` : ''}`, 200),
            message: (0,report_escape/* displayText */.WV)(e.message, 400),
        })),
        dependsOn: r.dependsOn.map((d) => (0,report_escape/* displayText */.WV)(`${d.address} (${d.file}${d.line ? `:${d.line}` : ''}) ${d.text}`, 400)),
        live: [
            ...Object.entries(r.live.accountDefaults).map(([region, t]) => `Account default HttpTokens in ${region}: ${t}`),
            ...Object.entries(r.live.amis).map(([id, s]) => `AMI ${id}: ImdsSupport ${s === 'v2.0' ? 'v2.0' : 'not set'}`),
            ...r.live.problems.map((p) => `Not read: ${p}`),
        ].map((t) => (0,report_escape/* displayText */.WV)(t, 300)),
    };
    return { ...view, digest: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(view)).digest('hex').slice(0, 32) };
}

// EXTERNAL MODULE: ./lib/report/json.js
var json = __webpack_require__(7406);
// EXTERNAL MODULE: ./lib/report/markdown.js
var report_markdown = __webpack_require__(7783);
// EXTERNAL MODULE: ./lib/report/view.js
var report_view = __webpack_require__(8149);
;// CONCATENATED MODULE: ./lib/github/comment.js
/** GITHUB_TOKEN's identity, when the API does not say. */
const ACTIONS_BOT = 'github-actions[bot]';
const PREFIX = '<!-- imds-guard:sticky-comment';
/** comment-id as it appears in the marker: a safe subset, so it cannot end the HTML comment. */
function markerId(commentId) {
    return commentId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'imds-guard';
}
function marker(commentId, digest) {
    return `${PREFIX} id=${markerId(commentId)} digest=${digest.replace(/[^a-f0-9]/g, '')} -->`;
}
/** The marker at the start of a body, if any (a marker anywhere else, e.g. quoted, does not count). */
function parseMarker(body) {
    const m = /^<!-- imds-guard:sticky-comment id=([A-Za-z0-9._-]+) digest=([a-f0-9]*) -->/.exec(body ?? '');
    return m ? { id: m[1], digest: m[2] } : undefined;
}
/**
 * Whether to comment. `auto`: on pull_request / pull_request_target events; `always`: whenever the
 * event names a pull request; `never`. Fork PRs and a missing token are skipped with a notice.
 */
function planComment(mode, ctx, token) {
    if (mode === 'never')
        return { post: false, reason: 'comment: never', notice: false };
    const prEvent = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';
    let issue = ctx.pullRequest?.number;
    if (issue === undefined && mode === 'always') {
        const i = ctx.payload.issue;
        if (i?.pull_request && typeof i.number === 'number')
            issue = i.number;
    }
    if (mode === 'auto' && !prEvent) {
        return {
            post: false,
            reason: `comment: auto only comments on pull_request events (this is '${ctx.eventName || 'a local run'}')`,
            notice: false,
        };
    }
    if (issue === undefined) {
        return {
            post: false,
            reason: `No PR comment: the '${ctx.eventName || 'local'}' event names no pull request`,
            notice: true,
        };
    }
    if (ctx.pullRequest?.isFork && ctx.eventName === 'pull_request') {
        return {
            post: false,
            reason: `No PR comment on #${issue}: it comes from a fork, so GITHUB_TOKEN is read-only. The report is in the job summary; the audit's result is unaffected.`,
            notice: true,
        };
    }
    if (!ctx.repository)
        return { post: false, reason: 'No PR comment: GITHUB_REPOSITORY is not set', notice: true };
    if (!token) {
        return {
            post: false,
            reason: `No PR comment on #${issue}: no github-token was given. The report is in the job summary.`,
            notice: true,
        };
    }
    return { post: true, issue };
}
function explain(e, issue) {
    const status = e.status;
    const message = e.message ?? String(e);
    if (status === 403)
        return `No PR comment on #${issue}: the token may not write comments (${message}). Fork PRs get a read-only token; otherwise grant \`permissions: pull-requests: write\`. The report is in the job summary; the audit's result is unaffected.`;
    if (status === 401)
        return `No PR comment on #${issue}: the github-token was rejected (${message}).`;
    if (status === 404)
        return `No PR comment on #${issue}: the pull request was not found with this token (${message}).`;
    if (status === 422)
        return `No PR comment on #${issue}: GitHub refused the body (${message}).`;
    return `No PR comment on #${issue}: ${message}`;
}
/**
 * Creates, updates or leaves alone the sticky comment whose marker names `commentId`. `body` must
 * already start with `marker(commentId, digest)`.
 */
async function upsertStickyComment(api, issue, commentId, digest, body) {
    const id = markerId(commentId);
    try {
        // Only a comment written by the token's own identity is ours. Anyone can paste the marker (and a
        // copied digest) into a comment of theirs: adopting it would let them suppress the report, or get
        // it written into a comment they can edit.
        const self = (await api.identity().catch(() => undefined)) ?? ACTIONS_BOT;
        const existing = (await api.list(issue)).find((c) => parseMarker(c.body)?.id === id && c.user?.login === self);
        if (existing) {
            if (parseMarker(existing.body)?.digest === digest) {
                return { action: 'unchanged', id: existing.id, url: existing.html_url };
            }
            try {
                const updated = await api.update(existing.id, body);
                return { action: 'updated', id: updated.id ?? existing.id, url: updated.html_url };
            }
            catch (e) {
                const status = e.status;
                if (status !== 403 && status !== 404)
                    throw e;
                // Not ours to edit (or deleted meanwhile): post our own.
            }
        }
        const created = await api.create(issue, body);
        return { action: 'created', id: created.id, url: created.html_url };
    }
    catch (e) {
        return { action: 'failed', reason: explain(e, issue) };
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(157);
;// CONCATENATED MODULE: ./lib/github/octokit.js
/**
 * Octokit built for this run: `getOctokit(token, { baseUrl: apiUrl })`, so GITHUB_API_URL read by our
 * own context (GHES, loopback fakes) wins over what @actions/github read at import time.
 */

function octokitFor(token, ctx) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: ctx.apiUrl });
}
function commentApi(token, ctx) {
    const octokit = octokitFor(token, ctx);
    const repo = ctx.repository;
    return {
        async list(issue) {
            return (await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issue,
                per_page: 100,
            }));
        },
        async create(issue, body) {
            return (await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }))
                .data;
        },
        async identity() {
            const r = await octokit.graphql('query { viewer { login } }');
            return r.viewer?.login || undefined;
        },
        async update(commentId, body) {
            return (await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body }))
                .data;
        },
    };
}

;// CONCATENATED MODULE: ./lib/publish/comment.js



/**
 * Posts or updates the comment: the audit's view rendered for the comment medium, or (an offline IaC
 * run) the digest and a body rendered with the marker.
 */
async function publishComment(settings, view, deps, factory, renderBody) {
    const plan = planComment(settings.reports.comment, deps.github, settings.github.token);
    if (!plan.post) {
        if (plan.notice)
            deps.log.info(`Notice: ${plan.reason}`);
        else
            deps.log.debug(plan.reason);
        return { action: 'skipped', reason: plan.reason };
    }
    const digest = typeof view === 'string' ? view : view.digest;
    const mark = marker(settings.reports.commentId, digest);
    const body = typeof view === 'string'
        ? { markdown: renderBody?.(mark) ?? '', folded: [] }
        : (0,report_markdown/* renderMarkdown */.Gc)(view, { medium: 'comment', marker: mark });
    const api = (factory ?? ((token, d) => commentApi(token, d.github)))(settings.github.token, deps);
    const outcome = await upsertStickyComment(api, plan.issue, settings.reports.commentId, digest, body.markdown);
    switch (outcome.action) {
        case 'created':
        case 'updated':
            deps.log.info(`PR comment ${outcome.action} on #${plan.issue}${outcome.url ? `: ${outcome.url}` : ''}${body.folded.length ? ` (shortened: ${body.folded.join('; ')})` : ''}.`);
            break;
        case 'unchanged':
            deps.log.info(`PR comment on #${plan.issue} left as it is: the report's content has not changed.`);
            break;
        default:
            // Fork PRs and missing permissions are expected situations: say why, keep the audit's result.
            deps.log.warning(outcome.reason);
    }
    return outcome;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/report/detections.js
/**
 * Detection to keep after hardening, written beside the guardrails (report folder, `detections/`):
 *   imds-traffic.sigma.yml                     a Sigma rule for IMDS traffic where none should be (proxy /
 *                                              network logs: AWS-2025-021, SSRF through a proxy)
 *   metadata-no-token-rejected[-ACCOUNT-REGION].yaml
 *                                              CloudFormation: one AWS::CloudWatch::Alarm per hardened
 *                                              instance on MetadataNoTokenRejected (a workload still trying
 *                                              IMDSv1, or someone probing it), one template per account and
 *                                              region (alarms are regional), at most 500 alarms each
 * Pure: the caller writes the files. Instance ids come from AWS and are checked before they are written.
 */


const DETECTION_FILES = {
    sigma: 'detections/imds-traffic.sigma.yml',
    alarms: 'detections/metadata-no-token-rejected.yaml',
};
/** The Sigma rule's fixed id: the same rule every run, so a SIEM updates it in place. */
const SIGMA_RULE_ID = '979f5090-efa3-4e01-a296-09d18a5abad5';
/** CloudFormation's resource limit per template. */
const ALARMS_PER_TEMPLATE = 500;
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
/** The Sigma rule (Sigma specification 2.x rule format). */
function sigmaRule() {
    return {
        title: 'Instance metadata service traffic through a proxy or network path',
        id: SIGMA_RULE_ID,
        status: 'experimental',
        description: 'Requests to the EC2 instance metadata service (169.254.169.254, fd00:ec2::254, /latest/meta-data, /latest/api/token, the X-aws-ec2-metadata-token header) seen in proxy or network logs. An instance reaches its own IMDS on a link-local path that never crosses a proxy: such a request is server-side request forgery relayed through the proxy, or a host off EC2 talking to a rogue metadata service (AWS-2025-021).',
        references: [
            'https://attack.mitre.org/techniques/T1552/005/',
            'https://aws.amazon.com/security/security-bulletins/AWS-2025-021/',
            'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
        ],
        author: 'IMDS Guard',
        date: '2026-12-06',
        tags: ['attack.credential-access', 'attack.t1552.005'],
        logsource: { category: 'proxy' },
        detection: {
            ip_v4: { 'dst_ip|cidr': '169.254.169.254/32' },
            ip_v6: { dst_ip: 'fd00:ec2::254' },
            ip_host: { 'cs-host': ['169.254.169.254', '[fd00:ec2::254]', 'fd00:ec2::254'] },
            http_metadata: { 'c-uri|contains': '/latest/meta-data' },
            http_token: { 'c-uri|contains': '/latest/api/token' },
            http_header: { 'cs-headers|contains': 'X-aws-ec2-metadata-token' },
            condition: '1 of ip_* or 1 of http_*',
        },
        fields: ['src_ip', 'dst_ip', 'cs-host', 'c-uri', 'c-useragent'],
        falsepositives: [
            'Cloud agents on hosts off EC2 that probe for a metadata service at start (they should not send it through a proxy).',
        ],
        level: 'high',
    };
}
function logicalId(instanceId) {
    // An instance id (`INSTANCE_ID`, as every id written here is) has one non-alphanumeric character.
    return `Rejected${INSTANCE_ID.test(instanceId) ? instanceId.replace('-', '') : instanceId.replace(/[^0-9a-zA-Z]/g, '')}`;
}
/** A template's head: its description, the topic parameter and its condition (everything but the alarms). */
function templateHead(accountId, region, count) {
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `IMDS Guard: MetadataNoTokenRejected alarms for ${count} instance(s) that require IMDSv2 in account ${accountId}, ${region}. Deploy in that account and region.`,
        Parameters: {
            AlarmTopicArn: {
                Type: 'String',
                Default: '',
                Description: 'SNS topic notified when an alarm fires (empty: no action, the alarm state only).',
            },
        },
        Conditions: { HasTopic: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AlarmTopicArn' }, ''] }] } },
    };
}
/** One CloudFormation template of alarms as an object (what `alarmTemplateText` writes). */
function alarmTemplate(accountId, region, instanceIds) {
    const resources = {};
    for (const id of instanceIds) {
        resources[logicalId(id)] = {
            Type: 'AWS::CloudWatch::Alarm',
            Properties: {
                AlarmName: `imds-guard-metadata-no-token-rejected-${id}`,
                AlarmDescription: `IMDSv1 calls refused on ${id} (requires IMDSv2): a workload still using IMDSv1, or an SSRF attempt. Kept by IMDS Guard after hardening.`,
                Namespace: 'AWS/EC2',
                MetricName: 'MetadataNoTokenRejected',
                Dimensions: [{ Name: 'InstanceId', Value: id }],
                Statistic: 'Sum',
                Period: 300,
                EvaluationPeriods: 1,
                Threshold: 0,
                ComparisonOperator: 'GreaterThanThreshold',
                TreatMissingData: 'notBreaching',
                AlarmActions: { 'Fn::If': ['HasTopic', [{ Ref: 'AlarmTopicArn' }], { Ref: 'AWS::NoValue' }] },
            },
        };
    }
    return { ...templateHead(accountId, region, instanceIds.length), Resources: resources };
}
/**
 * The alarm template as YAML, exactly as `yaml`'s `stringify(alarmTemplate(\u2026), { lineWidth: 0 })` writes
 * it (a test holds the two equal), written as text: a fleet hardens tens of thousands of instances, and
 * the library's document model took seconds and most of an audit's garbage for these files. Safe as
 * text because every value is fixed but the account, the region and the ids, which are checked against
 * their AWS shapes before they get here.
 */
function alarmTemplateText(accountId, region, instanceIds) {
    return alarmTemplatePieces(accountId, region, instanceIds).join('');
}
/** `alarmTemplateText` as the pieces a file is written from (one an alarm), never joined. */
function alarmTemplatePieces(accountId, region, instanceIds) {
    const head = (0,dist/* stringify */.As)(templateHead(accountId, region, instanceIds.length), { lineWidth: 0 });
    const pieces = [`${head.replace(/\n?$/, '\n')}Resources:${instanceIds.length ? '\n' : ' {}\n'}`];
    for (const id of instanceIds)
        pieces.push(`  ${logicalId(id)}:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: imds-guard-metadata-no-token-rejected-${id}
      AlarmDescription: "IMDSv1 calls refused on ${id} (requires IMDSv2): a workload still using IMDSv1, or an SSRF attempt. Kept by IMDS Guard after hardening."
      Namespace: AWS/EC2
      MetricName: MetadataNoTokenRejected
      Dimensions:
        - Name: InstanceId
          Value: ${id}
      Statistic: Sum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 0
      ComparisonOperator: GreaterThanThreshold
      TreatMissingData: notBreaching
      AlarmActions:
        Fn::If:
          - HasTopic
          - - Ref: AlarmTopicArn
          - Ref: AWS::NoValue
`);
    return pieces;
}
/** The detection files as [path relative to the report folder, text] (`detectionFilePieces` joined). */
function* detectionFileEntries(instances) {
    for (const [name, pieces] of detectionFilePieces(instances))
        yield [name, pieces.join('')];
}
/**
 * The detection files as [path relative to the report folder, the pieces of its text], one at a time: a
 * 100,000-instance fleet's alarms are ~36 MB of YAML, written file by file and a piece at a time
 * (publish/write.ts `writePieces`), never held as one string: each file's text joined, then copied flat
 * again for its write, was two fresh strings of megabytes per file.
 */
function* detectionFilePieces(instances) {
    yield [DETECTION_FILES.sigma, [(0,dist/* stringify */.As)(sigmaRule(), { lineWidth: 0 })]];
    // By account, then region: each pair's shapes checked once, when its first instance comes (undefined:
    // not an account id and a region name, so none of its instances gets an alarm).
    const groups = new Map();
    for (const i of instances) {
        if (i.metadata.httpTokens !== 'required' || i.metadata.httpEndpoint === 'disabled')
            continue;
        if (!INSTANCE_ID.test(i.instanceId))
            continue;
        let regions = groups.get(i.accountId);
        if (!regions) {
            regions = new Map();
            groups.set(i.accountId, regions);
        }
        if (!regions.has(i.region))
            regions.set(i.region, ACCOUNT.test(i.accountId) && REGION.test(i.region) ? [] : undefined);
        regions.get(i.region)?.push(i.instanceId);
    }
    const pairs = [];
    for (const [accountId, regions] of groups)
        for (const [region, ids] of regions)
            if (ids)
                pairs.push([accountId, region, ids]);
    // In the order of their `account/region` names (an account id is 12 digits: the same as by account,
    // then region).
    pairs.sort((a, b) => (0,model_text/* compareCode */.fn)(a[0], b[0]) || (0,model_text/* compareCode */.fn)(a[1], b[1]));
    for (const [accountId, region, unsorted] of pairs) {
        const ids = unsorted.sort();
        for (let part = 0; part * ALARMS_PER_TEMPLATE < ids.length; part++) {
            const base = pairs.length === 1
                ? 'detections/metadata-no-token-rejected'
                : `detections/metadata-no-token-rejected-${accountId}-${region}`;
            const name = part === 0 ? `${base}.yaml` : `${base}-part${part + 1}.yaml`;
            const slice = ids.slice(part * ALARMS_PER_TEMPLATE, (part + 1) * ALARMS_PER_TEMPLATE);
            const pieces = alarmTemplatePieces(accountId, region, slice);
            pieces[0] = `# IMDS Guard: alarms on MetadataNoTokenRejected (IMDSv1 calls refused) for hardened instances.\n${pieces[0]}`;
            yield [name, pieces];
        }
    }
}

// EXTERNAL MODULE: ./lib/report/ocsf.js
var ocsf = __webpack_require__(1399);
// EXTERNAL MODULE: ./lib/publish/write.js + 1 modules
var write = __webpack_require__(1451);
;// CONCATENATED MODULE: ./lib/publish/exposure-files.js
/**
 * The files an audit writes beside report.json for the exposure context: `detections/` (the Sigma
 * rule and the MetadataNoTokenRejected alarm templates, report/detections.ts) and report.ocsf.json
 * (report/ocsf.ts).
 * Never through a link (src/fs/safe.ts).
 */




async function publishExposureFiles(workspace, dir, assessment, deps) {
    const detections = [];
    for (const [name, pieces] of detectionFilePieces(assessment.instances)) {
        const path = (0,external_node_path_.resolve)(dir, name);
        await (0,write/* writePieces */.Rx)(path, pieces, { root: workspace, input: 'report-dir' });
        detections.push(path);
    }
    const ocsfPath = (0,external_node_path_.resolve)(dir, ocsf/* OCSF_FILE */.f7);
    await (0,write/* writeOcsf */.xB)(ocsfPath, assessment, { version: deps.version, scannedAt: assessment.scannedAt, ruleId: assessment.rule.id }, { root: workspace, input: 'report-dir' });
    const shown = (p) => (0,external_node_path_.relative)(workspace, p) || p;
    deps.log.info(`Detections: ${detections.length} file(s) written to ${shown((0,external_node_path_.resolve)(dir, 'detections'))}/ (Sigma rule for IMDS traffic, MetadataNoTokenRejected alarms); OCSF findings: ${shown(ocsfPath)}.`);
    return { ocsfPath, detections };
}

;// CONCATENATED MODULE: ./lib/publish/publish.js
/**
 * Saying it: writes report.json, report.md and report.html, appends the run to the history file,
 * writes the job summary and the sticky PR comment. One view model (report/view.ts) feeds every
 * format; this module is the only place reports touch the workspace or GitHub. Publishing never
 * changes the audit's result: a comment that cannot be posted is a log line.
 */




















function displayPath(workspace, path) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel && !rel.startsWith('..') ? rel : path;
}
function actionRef(env) {
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    return repo && ref ? `${repo}@${ref}` : (0,action_name/* actionUses */.$m)();
}
const isPullRequest = (deps) => (0,context/* isChangeEvent */.P)(deps.github.eventName);
const repositoryOf = (deps) => deps.github.repository && `${deps.github.repository.owner}/${deps.github.repository.repo}`;
/** The one view every format renders: the assessment, the trend, the regressions and the run's facts. */
function auditView(settings, assessment, deps, options, paths) {
    const ws = deps.github.workspace;
    const r = settings.reports;
    // History (trend) and baseline (regressions) are read before anything is written.
    const history = r.historyFile ? readHistory(ws, r.historyFile, r.commentId, deps.log) : undefined;
    const baselineReport = r.baselineReport ? readBaseline(ws, r.baselineReport, deps.log) : undefined;
    const view = (0,report_view/* buildView */.kK)({
        assessment,
        history: history?.entries,
        baseline: baselineReport && diffBaseline(assessment, baselineReport, assess/* byRisk */.x9),
        iac: options.iac && buildIacView(options.iac, options.liveGates !== false, isPullRequest(deps)),
        guardrails: options.guardrails && guardrailsView(options.guardrails),
        liveGates: options.liveGates,
        meta: {
            version: deps.version,
            reportId: r.commentId,
            repository: repositoryOf(deps),
            runUrl: deps.github.runUrl,
            actionRef: actionRef(deps.env),
            roleToAssume: settings.auth.roleToAssume,
            files: {
                json: displayPath(ws, paths.json),
                markdown: displayPath(ws, paths.markdown),
                html: displayPath(ws, paths.html),
            },
            historyLength: r.historyLength,
        },
    });
    return { view, history };
}
/** report.json, the guardrail and detection files beside it, report.md and report.html. */
async function writeReportFiles(inventory, assessment, view, deps, options, paths) {
    const ws = deps.github.workspace;
    const report = (0,json/* buildJsonReport */.XY)(inventory, assessment, {
        version: deps.version,
        generatedAt: deps.now().toISOString(),
        run: {
            repository: repositoryOf(deps),
            runId: deps.github.runId,
            runUrl: deps.github.runUrl,
            event: deps.github.eventName || undefined,
        },
    });
    const place = { root: ws, input: 'report-dir' };
    await (0,write/* writeJsonReport */.a_)(paths.json, report, place);
    const dir = (0,external_node_path_.dirname)(paths.json);
    if (options.guardrails) {
        for (const [name, text] of Object.entries(guardrailFiles(options.guardrails)))
            await (0,write/* writeWorkspaceFile */.dx)(ws, 'report-dir', (0,external_node_path_.resolve)(dir, name), text);
        deps.log.info(`Guardrails: preventive policies written to ${displayPath(ws, (0,external_node_path_.resolve)(dir, 'guardrails'))}/.`);
    }
    // Detection to keep after hardening (detections/) and the OCSF findings (report.ocsf.json).
    await publishExposureFiles(ws, dir, assessment, deps);
    deps.log.info(`JSON report: ${paths.json}`);
    // Written a slice of rows at a time: a large fleet's report is never one string in memory.
    await (0,write/* writeMarkdownFile */.hd)(paths.markdown, view, place);
    await (0,write/* writeHtml */.Tn)(paths.html, view, place);
    deps.log.info(`HTML report: ${paths.html}`);
}
/** Appends this run to the history file (a write that fails is a warning; a link is refused). */
async function appendRun(settings, assessment, deps, history) {
    const r = settings.reports;
    const entry = historyEntry(assessment, r.commentId, deps.github.runId);
    try {
        await (0,write/* writeWorkspaceFile */.dx)(deps.github.workspace, 'history-file', history.path, appendHistory(history.text, entry, Math.max(HISTORY_KEEP_MIN, r.historyLength)));
        deps.log.info(`History: appended this run to ${r.historyFile}.`);
    }
    catch (e) {
        if (e instanceof safe/* UnsafePathError */.k0)
            throw e;
        deps.log.warning(`Could not write history-file ${r.historyFile}: ${(0,lib_log/* errorMessage */.gJ)(e)}`);
    }
}
async function publishAudit(settings, inventory, assessment, deps, options = {}) {
    const ws = deps.github.workspace;
    const r = settings.reports;
    const paths = {
        json: (0,external_node_path_.resolve)(ws, r.jsonPath),
        html: (0,external_node_path_.resolve)(ws, r.htmlPath),
        markdown: (0,external_node_path_.resolve)(ws, r.markdownPath),
    };
    const { view, history } = auditView(settings, assessment, deps, options, paths);
    await writeReportFiles(inventory, assessment, view, deps, options, paths);
    if (history)
        await appendRun(settings, assessment, deps, history);
    const published = {
        jsonPath: paths.json,
        htmlPath: paths.html,
        markdownPath: paths.markdown,
        historyPath: history?.path,
    };
    if (r.summary) {
        const summary = (0,report_markdown/* renderMarkdown */.Gc)(view, { medium: 'summary' });
        published.summaryFolded = summary.folded;
        if (summary.folded.length)
            deps.log.info(`Job summary shortened to ${summary.size} bytes: ${summary.folded.join('; ')}.`);
        await deps.outputs.summary(summary.markdown);
    }
    published.comment = await publishComment(settings, view, deps, options.commentApi);
    return published;
}
/**
 * An offline run (IaC only, no AWS access): the "This pull request" section, then a line saying the
 * live posture was not audited, to report.md, the job summary and the sticky comment.
 */
async function publishIacOnly(settings, iac, deps, options = {}) {
    const ws = deps.github.workspace;
    const markdownPath = (0,external_node_path_.resolve)(ws, settings.reports.markdownPath);
    const view = buildIacView(iac, false, isPullRequest(deps));
    const render = (medium, mark) => {
        // One section, bounded by its rows: shorten the table until it fits the medium.
        for (const keep of [Number.POSITIVE_INFINITY, 200, 50, 10]) {
            const rows = keep === Number.POSITIVE_INFINITY ? view.rows : view.rows.slice(0, keep);
            const cut = {
                ...view,
                rows,
                cutText: rows.length < view.rows.length ? String(view.rows.length - rows.length) : '',
                ...(keep === Number.POSITIVE_INFINITY
                    ? {}
                    : { existing: [], suppressed: [], dependsOn: [], skipped: [] }),
            };
            const markdown = (0,templates/* iacOnlyTemplate */.sT)()({
                ...(0,report_escape/* escapeDeep */.YJ)({ iac: cut, version: deps.version, reportId: settings.reports.commentId }),
                sarifFile: (0,report_escape/* escapeDeep */.YJ)(displayPath(ws, iac.sarifPath)),
                marker: mark ? (0,report_escape/* trusted */.IZ)(mark).value : '',
                runLink: (0,report_escape/* markdownUrl */.$x)(deps.github.runUrl) ?? '',
            }).replace(/\n{3,}/g, '\n\n');
            if (report_markdown/* LIMITS */.b1[medium].size(markdown) <= report_markdown/* LIMITS */.b1[medium].max)
                return markdown;
        }
        return '';
    };
    await (0,write/* writeWorkspaceFile */.dx)(ws, 'report-dir', markdownPath, render('file'));
    const published = { jsonPath: '', markdownPath };
    deps.outputs.set('report-markdown', markdownPath);
    if (settings.reports.summary)
        await deps.outputs.summary(render('summary'));
    published.comment = await publishComment(settings, view.digest, deps, options.commentApi, (m) => render('comment', m));
    return published;
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
