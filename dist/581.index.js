export const id = 581;
export const ids = [581];
export const modules = {

/***/ 7312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ autoRestoredRows),
/* harmony export */   Eb: () => (/* binding */ openIntents),
/* harmony export */   JE: () => (/* binding */ parseRollbackRun),
/* harmony export */   a0: () => (/* binding */ candidateRuns),
/* harmony export */   aG: () => (/* binding */ buildRollbackPlan),
/* harmony export */   bi: () => (/* binding */ writerOf),
/* harmony export */   ob: () => (/* binding */ provenanceOfPlan),
/* harmony export */   rN: () => (/* binding */ leftOutRows),
/* harmony export */   vo: () => (/* binding */ sortByProvenance),
/* harmony export */   zW: () => (/* binding */ noProvenRunError)
/* harmony export */ });
/* unused harmony exports resolveRun, CLOCK_SKEW_MS, judgeRecord */
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9160);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5087);
/* harmony import */ var _plan_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1050);
/**
 * Rollback plans from the change log: which run, which records, and for each the exact before-state
 * to restore. Intents without a settled outcome (a crash, or an unknown outcome) are included and
 * restored only if AWS shows the change was made (apply's drift check). Pure.
 */



/** Which run 'last' means: the most recent apply run with applied changes (never a rollback run). */
function resolveRun(records, run) {
    if (run !== 'last')
        return run;
    for (let i = records.length - 1; i >= 0; i--)
        if (records[i].result === 'applied' && records[i].mode !== 'rollback')
            return records[i].runId;
    return undefined;
}
/**
 * Intents with no settled outcome after them: the process died with the answer on the wire, or the
 * outcome was recorded as `unknown`. The next run re-reads each and records what AWS has.
 */
function openIntents(records) {
    const open = new Map();
    for (const r of records) {
        const k = `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
        if (r.result === 'started') {
            open.delete(k);
            open.set(k, r);
        }
        else if (r.result !== 'unknown')
            open.delete(k);
    }
    return [...open.values()];
}
/** The rollback item for one applied (or outcome-unknown) record: every field it altered, set back. */
function restoreItem(r, reason) {
    const base = { kind: r.kind, accountId: r.accountId, region: r.region, resourceId: r.resourceId, reason };
    if (r.kind === 'launch-template') {
        if (r.beforeVersion === undefined || r.afterVersion === undefined || r.beforeVersion === r.afterVersion)
            return undefined;
        return {
            ...base,
            before: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(r.after),
            after: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(r.before),
            beforeVersion: r.afterVersion,
            afterVersion: r.beforeVersion,
        };
    }
    if (r.kind === 'account-defaults') {
        const left = (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .applyDefaultsChange */ .l2)(r.before, r.after);
        const was = (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultsSettings */ .mt)(r.before);
        const restore = {};
        for (const f of (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultsDrift */ .aL)(was, left)) {
            const v = was[f] ?? (f === 'httpPutResponseHopLimit' ? -1 : 'no-preference');
            restore[f] = v;
        }
        if (Object.keys(restore).length === 0)
            return undefined;
        return { ...base, before: left, after: restore };
    }
    const leftState = { ...(0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(r.before), ...(0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(r.after) };
    const restore = {};
    for (const f of (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .changedFields */ .E0)(leftState, (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(r.before)))
        restore[f] = r.before[f];
    if (Object.keys(restore).length === 0)
        return undefined;
    return { ...base, before: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .settingsOf */ .f5)(leftState), after: restore };
}
/**
 * A plan that restores each applied change's exact before-state. The plan's before is the state the
 * change left (so apply's drift check refuses resources someone changed since), its after is every
 * field the change altered, set back to what it was (`no-preference` for an account default that was
 * unset; the old default version for a launch template). An intent of the run that still has no
 * outcome (reconciliation could not read it) is planned too: its drift check restores it only if AWS
 * shows the change was made.
 */
function buildRollbackPlan(records, sel, createdAt, selectedBy, 
/** Records planned though unproven (rollback-run `unverified`) \u2192 why; shown in the item's reason. */
unproven) {
    const runId = resolveRun(records, sel.run);
    if (!runId)
        throw new _plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6('rollback-run: last \u2014 the change log has no applied changes to roll back');
    const applied = records.filter((r) => r.runId === runId && r.result === 'applied');
    const unknown = openIntents(records).filter((r) => r.runId === runId);
    if (applied.length === 0 && unknown.length === 0) {
        const runs = [...new Set(records.map((r) => r.runId))].slice(-10);
        throw new _plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6(`rollback-run: run ${runId} has no applied changes in the change log${runs.length ? ` (runs in the log: ${runs.join(', ')})` : ''}`);
    }
    const items = [];
    const heldBack = [];
    const seen = new Set();
    let matched = 0;
    const candidates = [
        ...[...applied].reverse().map((r) => ({
            r,
            reason: `restore the before-state recorded by run ${runId} at ${r.time}${r.reconciledBy ? ` (outcome reconciled by run ${r.reconciledBy})` : ''}`,
        })),
        ...unknown.map((r) => ({
            r,
            reason: `outcome unknown (run ${runId} wrote an intent at ${r.time} but no outcome): restored only if AWS shows the change was made`,
        })),
    ];
    // The last applied record per resource wins (a run changes a resource at most once, but be safe).
    for (const { r, reason } of candidates) {
        const key = `${r.kind}/${r.accountId}/${r.region}/${r.resourceId}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (sel.instances?.length && !sel.instances.includes(r.resourceId))
            continue;
        matched++;
        if (sel.excludeInstances?.includes(r.resourceId)) {
            heldBack.push({
                accountId: r.accountId,
                region: r.region,
                resourceId: r.resourceId,
                reason: `excluded by instances (!${r.resourceId})`,
            });
            continue;
        }
        const doubt = unproven?.get(r);
        const item = restoreItem(r, doubt ? `${reason} (unverified: ${doubt})` : reason);
        if (item)
            items.push(item);
        else if (r.result === 'started') {
            heldBack.push({
                accountId: r.accountId,
                region: r.region,
                resourceId: r.resourceId,
                reason: 'outcome unknown and not reconcilable from the log (re-run rollback once AWS can be read)',
            });
        }
    }
    if (sel.instances?.length) {
        for (const id of sel.instances) {
            if (!applied.some((r) => r.resourceId === id) && !unknown.some((r) => r.resourceId === id)) {
                heldBack.push({
                    accountId: '',
                    region: '',
                    resourceId: id,
                    reason: `run ${runId} did not change this instance`,
                });
            }
        }
    }
    items.sort(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .itemOrder */ .qh);
    heldBack.sort(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .itemOrder */ .qh);
    const plan = (0,_plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .sealPlan */ .tP)({
        schema: 'imds-guard/plan',
        version: 1,
        createdAt,
        scannedAt: createdAt,
        mode: 'rollback',
        remediation: 'restore',
        v1UsageDays: 0,
        ...(selectedBy ? { selectedBy } : {}),
        items,
        heldBack,
    });
    return { plan, runId, matched };
}
/** Parses `rollback-run`: `last`, `<run id>`, `last, unverified` or `<run id> unverified`. */
function parseRollbackRun(value) {
    const words = value
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
    const [run, ...rest] = words;
    const bad = (why) => new _plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6(`Input 'rollback-run': ${why}. Give a run id or \`last\`, optionally followed by \`unverified\` to plan also from change-log records whose provenance cannot be proven (e.g. \`rollback-run: last, unverified\`).`);
    if (!run)
        throw bad('is empty');
    if (run === 'unverified')
        throw bad('names no run before `unverified`');
    if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'unverified'))
        throw bad(`'${value.trim()}' has more than a run and \`unverified\``);
    return { run, unverified: rest.length === 1 };
}
/** GitHub's timestamps for a run and for a commit come from different services: allow this much apart. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** The run that wrote a line: its stamp, else (older logs) the reconciling run, else the record's run. */
function writerOf(r) {
    return r.writtenBy?.runId ?? r.reconciledBy ?? r.runId;
}
/** `owner/repo/.github/workflows/x.yml@refs/heads/main` \u2192 `owner/repo/.github/workflows/x.yml`. */
function workflowPath(ref) {
    const at = ref.lastIndexOf('@');
    return at > 0 ? ref.slice(0, at) : ref;
}
/**
 * Whether IMDS Guard wrote this line: it came in a commit GitHub signed whose author is the token's own
 * identity (the change-log commits are createCommitOnBranch commits by that identity), the run that
 * wrote it is a run of this repository's workflow named in the record, not a pull request's, that ran
 * (in progress or completed) and whose lifetime contains that commit. Records written before the stamp
 * existed (no `writtenBy`) are proven by the commit and the run alone. Pure.
 */
function judgeRecord(l, facts) {
    const r = l.record;
    const writer = writerOf(r);
    const w = r.writtenBy;
    if (w && w.runId !== (r.reconciledBy ?? r.runId))
        return {
            ok: false,
            why: `its stamp names run ${w.runId} but the record is of run ${r.reconciledBy ?? r.runId}`,
        };
    if (w && !r.reconciledBy && w.planDigest !== r.planDigest)
        return { ok: false, why: `its stamp names plan ${w.planDigest} but the record names ${r.planDigest}` };
    const commits = facts.lineCommits.get(l.text.trim());
    if (!commits?.length)
        return { ok: false, why: `the line is not in ${facts.path} as committed to ${facts.branch}` };
    const ours = commits.filter((c) => c.signedByGitHub && c.author === facts.identity);
    if (!ours.length) {
        const c = commits[0];
        return {
            ok: false,
            why: `the line came in commit ${c.oid.slice(0, 7)} by ${c.author ?? 'an author with no GitHub account'}${c.signedByGitHub ? '' : ', not signed by GitHub'}, not a change-log commit of ${facts.identity}`,
        };
    }
    const run = facts.runs.get(writer);
    if (!run)
        return { ok: false, why: `run ${writer} is not a workflow run of ${facts.repository}` };
    if (run.repository && run.repository.toLowerCase() !== facts.repository.toLowerCase())
        return { ok: false, why: `run ${writer} belongs to ${run.repository}, not ${facts.repository}` };
    if (run.status !== 'completed' && run.status !== 'in_progress')
        return { ok: false, why: `run ${writer} has not run (status ${run.status})` };
    if (run.event.startsWith('pull_request'))
        return { ok: false, why: `run ${writer} ran on ${run.event}, where IMDS Guard refuses to apply` };
    if (w?.workflow) {
        const want = `${facts.repository}/${run.path}`.toLowerCase();
        if (workflowPath(w.workflow).toLowerCase() !== want)
            return { ok: false, why: `run ${writer} is of workflow ${run.path}, not ${workflowPath(w.workflow)}` };
    }
    if (w && Number(w.runAttempt) > run.runAttempt)
        return { ok: false, why: `run ${writer} has no attempt ${w.runAttempt}` };
    const from = Date.parse(run.createdAt) - CLOCK_SKEW_MS;
    const to = run.status === 'completed' ? Date.parse(run.updatedAt) + CLOCK_SKEW_MS : Number.POSITIVE_INFINITY;
    const during = ours.find((c) => {
        const t = Date.parse(c.committedDate);
        return t >= from && t <= to;
    });
    if (!during) {
        return {
            ok: false,
            why: `commit ${ours[0].oid.slice(0, 7)} was made at ${ours[0].committedDate}, outside run ${writer} (${run.createdAt} to ${run.status === 'completed' ? run.updatedAt : 'now'})`,
        };
    }
    if (!w)
        return {
            ok: true,
            note: `recorded before provenance stamps; proven by commit ${during.oid.slice(0, 7)} and run ${writer}`,
        };
    return { ok: true };
}
/** A line's result that a rollback plan can act on (an applied change or one of unknown outcome). */
const plannable = (r) => r.result === 'applied' || r.result === 'started' || r.result === 'unknown';
/**
 * Sorts the change log's records by provenance. `facts` is what GitHub answered, or the reason it could
 * not be asked; without an answer the plan is refused unless `unverified` opts in. Pure.
 */
function sortByProvenance(lines, facts, spec) {
    const lineOf = new Map(lines.map((l) => [l.record, l.line]));
    if ('unavailable' in facts) {
        if (!spec.unverified) {
            throw new _plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6(`plan-rollback refused: provenance was not checked (${facts.unavailable}), so nothing shows the change log's records were written by IMDS Guard. Fix: give plan-rollback the github-token input with \`permissions: actions: read, contents: read\`, on the branch the change log is committed to; or, having read the log yourself, set \`rollback-run: ${spec.run}, unverified\` to plan from unverified records (the plan says so).`);
        }
        return {
            records: lines.map((l) => l.record),
            unproven: new Map(lines.map((l) => [l.record, 'provenance not checked'])),
            leftOut: [],
            lineOf,
            checked: facts,
        };
    }
    const records = [];
    const unproven = new Map();
    const leftOut = [];
    const notes = new Map();
    for (const l of lines) {
        const v = judgeRecord(l, facts);
        if (v.ok) {
            records.push(l.record);
            if (v.note)
                notes.set(l.record, v.note);
        }
        else if (spec.unverified) {
            records.push(l.record);
            unproven.set(l.record, v.why);
        }
        else
            leftOut.push({ l, why: v.why });
    }
    return { records, unproven, leftOut, lineOf, checked: { identity: facts.identity }, notes };
}
const OLD_RECORD_FIX = 'it predates provenance stamps and its commit does not prove it: roll those instances back with mode: plan, remediation: allow-v1 and an instances list, or re-record them';
function leftOutRow(l, why, file) {
    return {
        accountId: l.record.accountId,
        region: l.record.region,
        resourceId: l.record.resourceId,
        reason: `not written by IMDS Guard \u2014 left out: run ${l.record.runId}, ${file} line ${l.line} (${why}${l.record.writtenBy ? '' : `; ${OLD_RECORD_FIX}`})`,
    };
}
/** The left-out lines a rollback could have used (applied changes and open intents), as held-back rows. */
function leftOutRows(leftOut, file) {
    return leftOut.filter(({ l }) => plannable(l.record)).map(({ l, why }) => leftOutRow(l, why, file));
}
/**
 * The runs `last` may mean, newest first: each run with an applied change of an apply (not a rollback),
 * ordered by its last such line. With provenance checked, `last` is the newest whose records pass.
 */
function candidateRuns(records) {
    const order = [];
    for (let i = records.length - 1; i >= 0; i--) {
        const r = records[i];
        if (r.result === 'applied' && r.mode !== 'rollback' && !order.includes(r.runId))
            order.push(r.runId);
    }
    return order;
}
/** No run to roll back among the records IMDS Guard wrote: the error lists what was left out. */
function noProvenRunError(leftOut, spec, file) {
    const rows = leftOutRows(leftOut, file);
    if (!rows.length)
        return undefined;
    return new _plan_file_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6(`rollback-run: ${spec.run} \u2014 no applied change of ${spec.run === 'last' ? 'any run' : `run ${spec.run}`} in the change log was written by IMDS Guard. ${rows.length} record(s) left out: ${rows
        .slice(0, 10)
        .map((h) => `${h.resourceId} (${h.reason})`)
        .join('; ')}${rows.length > 10 ? '; \u2026' : ''}. To plan from them anyway, read them and set rollback-run: ${spec.run}, unverified.`);
}
/** The plan's provenance statement, for the approver. */
function provenanceOfPlan(sorted, plan, leftOut, spec, file) {
    const planned = plan.items.filter((i) => / \(unverified: /.test(i.reason)).length;
    if ('unavailable' in sorted.checked) {
        return {
            checked: false,
            statement: `Provenance was NOT checked (${sorted.checked.unavailable}). rollback-run says unverified, so this plan restores records nobody proved IMDS Guard wrote: read ${file} before approving.`,
            leftOut: 0,
            unverifiedPlanned: planned,
        };
    }
    const id = sorted.checked.identity;
    const base = `Provenance checked: each record must have come in a GitHub-signed change-log commit by ${id} during a run of this repository's workflow that wrote it.`;
    const out = leftOut
        ? ` ${leftOut} record(s) not written by IMDS Guard were left out (listed under held back).`
        : ' Every record this plan restores passed.';
    const old = [...(sorted.notes?.keys() ?? [])].filter((r) => r.result === 'applied').length;
    const pre = old
        ? ` ${old} applied record(s) predate provenance stamps: proven by their commit and run (their workflow is not recorded).`
        : '';
    const opt = planned
        ? ` ${planned} change(s) are planned from records that did NOT pass, because rollback-run says unverified (${spec.run}, unverified): read their reasons before approving.`
        : '';
    return {
        checked: true,
        identity: id,
        statement: base + (spec.unverified ? '' : out) + pre + opt,
        leftOut,
        unverifiedPlanned: planned,
    };
}
/** Instances a wave's soak restored already, as held-back rows of the rollback plan. */
function autoRestoredRows(restored, runId) {
    return restored
        .filter((x) => x.runId === runId)
        .map((x) => ({
        accountId: x.accountId,
        region: x.region,
        resourceId: x.resourceId,
        reason: `already restored automatically after wave ${x.autoRollback?.wave} (${x.autoRollback?.metric} ${x.autoRollback?.sum}): nothing to roll back`,
    }));
}


/***/ }),

/***/ 8972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ readDefaults),
/* harmony export */   Uv: () => (/* binding */ rereadInstances),
/* harmony export */   o8: () => (/* binding */ readDefaultVersion)
/* harmony export */ });
/* unused harmony export templateMetadata */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9160);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9769);
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7775);
/* harmony import */ var _posture_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3305);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5041);







/** Current state of instances, by id, in one DescribeInstances per call (InstanceIds, no MaxResults). */
async function rereadInstances(ec2, accountId, region, ids) {
    const found = new Map();
    const missing = new Set();
    let pending = [...ids];
    // An id that no longer exists fails the whole call (InvalidInstanceID.NotFound, naming the ids):
    // drop the named ids and ask again; if the message names none we can match, bisect.
    while (pending.length) {
        try {
            const out = await ec2.send(new _sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .DescribeInstancesCommand */ .bN({ InstanceIds: pending }));
            const seen = new Set();
            for (const r of out.Reservations ?? []) {
                for (const i of (r.Instances ?? [])) {
                    const inst = (0,_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .toInstance */ .FD)(i, r.OwnerId ?? accountId, region);
                    found.set(inst.instanceId, inst);
                    seen.add(inst.instanceId);
                }
            }
            for (const id of pending)
                if (!seen.has(id))
                    missing.add(id);
            pending = [];
        }
        catch (e) {
            const code = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e);
            if (code !== 'InvalidInstanceID.NotFound' && code !== 'InvalidInstanceID.Malformed')
                throw e;
            const named = pending.filter((id) => (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e).includes(id));
            if (named.length) {
                for (const id of named)
                    missing.add(id);
                pending = pending.filter((id) => !named.includes(id));
            }
            else if (pending.length === 1) {
                missing.add(pending[0]);
                pending = [];
            }
            else {
                const half = Math.ceil(pending.length / 2);
                const a = await rereadInstances(ec2, accountId, region, pending.slice(0, half));
                const b = await rereadInstances(ec2, accountId, region, pending.slice(half));
                for (const m of [a, b]) {
                    for (const [k, v] of m.found)
                        found.set(k, v);
                    for (const k of m.missing)
                        missing.add(k);
                }
                pending = [];
            }
        }
    }
    return { found, missing };
}
/** The default version of a template and its metadata; undefined when the template no longer exists. */
async function readDefaultVersion(ec2, templateId) {
    try {
        const out = await ec2.send(new _sdk_js__WEBPACK_IMPORTED_MODULE_5__/* .DescribeLaunchTemplateVersionsCommand */ .Pt({ LaunchTemplateId: templateId, Versions: ['$Default'] }));
        const v = out.LaunchTemplateVersions?.[0];
        if (!v || v.VersionNumber === undefined)
            return undefined;
        return {
            version: v.VersionNumber,
            metadata: templateMetadata(v.LaunchTemplateData?.MetadataOptions),
        };
    }
    catch (e) {
        if (/^InvalidLaunchTemplate(Id|Name)\.NotFound/.test((0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e)))
            return undefined;
        throw e;
    }
}
async function readDefaults(ec2, accountId, region) {
    const d = await (0,_posture_js__WEBPACK_IMPORTED_MODULE_4__/* .readAccountDefaults */ .WR)(ec2, accountId, region);
    return { managedBy: d.managedBy, state: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultsSettings */ .mt)(d) };
}
/** A launch template version's settings (never `state`, `httpTokensEnforced`). */
function templateMetadata(m) {
    const { state: _s, httpTokensEnforced: _e, ...settings } = (0,_mapping_js__WEBPACK_IMPORTED_MODULE_3__/* .fromSdkMetadata */ .aR)(m);
    return settings;
}


/***/ }),

/***/ 3286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ unresolvedIntents),
/* harmony export */   CL: () => (/* binding */ reconcileRecord),
/* harmony export */   Jj: () => (/* binding */ provenanceOf),
/* harmony export */   OJ: () => (/* binding */ parseChangeLog),
/* harmony export */   e1: () => (/* binding */ ChangeLogWriter),
/* harmony export */   jP: () => (/* binding */ parseChangeLogLines)
/* harmony export */ });
/* unused harmony exports ChangeLogError, attemptKey, outcomes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _assess_rollback_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7312);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7418);
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9160);
/**
 * The change log, write-ahead: before every AWS write a `started` intent (before-state + intended
 * after-state) is appended and fsynced; after the final outcome, one outcome line. A crash therefore
 * leaves either an outcome or an intent for every change AWS made. `unresolvedIntents` pairs them;
 * `reconcileRecord` turns an unpaired intent plus a fresh read of AWS into the reconciling outcome the
 * next apply/rollback appends. Reading validates every line and names file and line on error.
 */





class ChangeLogError extends Error {
    name = 'ChangeLogError';
}
/** Appends records to a JSON-lines file; each append is one write(2) of a whole line, then fsync. */
class ChangeLogWriter {
    path;
    root;
    fd;
    written = 0;
    /** `root`: the workspace; the file and its folders are never reached through a link (src/fs/safe.ts). */
    constructor(path, root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)) {
        this.path = path;
        this.root = root;
    }
    open() {
        if (this.fd !== undefined)
            return;
        this.fd = (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .openForWrite */ .Pm)({ root: this.root, input: 'changelog-path', path: this.path }, 'append');
    }
    append(record) {
        this.open();
        const line = `${JSON.stringify(record)}\n`;
        // One write of the whole line (O_APPEND): lines never interleave, a crash cuts at most the last one.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, line);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(this.fd);
        this.written++;
    }
    close() {
        if (this.fd !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
            this.fd = undefined;
        }
    }
}
/**
 * The provenance stamped on every line a run appends: its run id and attempt, its workflow
 * (GITHUB_WORKFLOW_REF; GITHUB_WORKFLOW when the runner does not set it) and the plan digest it verified.
 */
function provenanceOf(run, planDigest) {
    const workflow = run.workflowRef || run.workflow || undefined;
    return { runId: run.runId, runAttempt: run.runAttempt, ...(workflow ? { workflow } : {}), planDigest };
}
const RESULTS = [
    'applied',
    'failed',
    'drifted',
    'skipped',
    'unknown',
    'started',
];
/**
 * Parses a change log. Blank lines are ignored; a final line without a newline that is not valid
 * JSON (a torn write from a crash) is reported as such. Every other problem names the line.
 */
function parseChangeLog(text, file) {
    return parseChangeLogLines(text, file).map((l) => l.record);
}
/** parseChangeLog, keeping each record's line number and text (plan-rollback's provenance check needs both). */
function parseChangeLogLines(text, file) {
    const lines = text.split('\n');
    const records = [];
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n].trim();
        if (!line)
            continue;
        const where = `${file}:${n + 1}`;
        let r;
        try {
            r = JSON.parse(line);
        }
        catch (e) {
            const torn = n === lines.length - 1;
            throw new ChangeLogError(`${where}: not a JSON line (${e.message})${torn ? ' \u2014 the last line looks cut off (a crash mid-write?); check it against AWS and remove it' : '; each line must be one JSON change record'}`);
        }
        if (!r || typeof r !== 'object' || Array.isArray(r))
            throw new ChangeLogError(`${where}: not a JSON object; each line must be one JSON change record`);
        const missing = ['time', 'runId', 'accountId', 'region', 'resourceId', 'result'].filter((k) => typeof r[k] !== 'string' || r[k] === '');
        if (missing.length)
            throw new ChangeLogError(`${where}: missing ${missing.join(', ')}; not an IMDS Guard change record`);
        if (!RESULTS.includes(r.result)) {
            throw new ChangeLogError(`${where}: result '${r.result}' is not one of ${RESULTS.join(', ')}`);
        }
        if (!r.before || typeof r.before !== 'object' || !r.after || typeof r.after !== 'object') {
            throw new ChangeLogError(`${where}: before and after must be objects of metadata options`);
        }
        if (r.writtenBy !== undefined && !validProvenance(r.writtenBy)) {
            throw new ChangeLogError(`${where}: writtenBy must be { runId, runAttempt, workflow?, planDigest } (strings); not an IMDS Guard change record`);
        }
        records.push({ record: { kind: 'instance', ...r }, line: n + 1, text: line });
    }
    return records;
}
function validProvenance(p) {
    const w = p;
    const str = (v) => typeof v === 'string' && v !== '';
    return (Boolean(w) &&
        typeof w === 'object' &&
        str(w.runId) &&
        str(w.runAttempt) &&
        str(w.planDigest) &&
        (w.workflow === undefined || str(w.workflow)));
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 write-ahead pairing \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** One attempt's identity: a run changes a resource at most once per mode. */
function attemptKey(r) {
    return `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
}
/**
 * Intents (`started`) with no later outcome for the same attempt, in log order: the process died
 * between the AWS write and its outcome line. A launch template writes two intents (before
 * CreateLaunchTemplateVersion, then with afterVersion before ModifyLaunchTemplate): the last one counts.
 */
/** Intents with no settled outcome (see assess/plan.ts `openIntents`): reconciled by the next run. */
const unresolvedIntents = _assess_rollback_js__WEBPACK_IMPORTED_MODULE_2__/* .openIntents */ .Eb;
/** Only the final outcome lines (intents dropped). */
function outcomes(records) {
    return records.filter((r) => r.result !== 'started');
}
function sameState(kind, want, have) {
    return kind === 'account-defaults'
        ? (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultsDrift */ .aL)(want, have).length === 0
        : (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .driftOf */ .$p)((0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsOf */ .f5)(want), (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_4__/* .settingsOf */ .f5)(have)).length === 0;
}
/**
 * The reconciling outcome for an unresolved intent, from a fresh read: `applied` when AWS shows the
 * intended state (so rollback restores it), `failed`/NotApplied when it shows the before-state,
 * `drifted`/OutcomeUnknown when it shows neither, `skipped` when the resource is gone. Pure.
 */
function reconcileRecord(intent, observed, by) {
    const { result: _r, errorCode: _c, errorMessage: _m, ...base } = intent;
    const rec = (result, extra) => ({
        ...base,
        time: by.time,
        result,
        reconciledBy: by.runId,
        ...extra,
    });
    const lead = `outcome unknown \u2014 state re-read by run ${by.runId}`;
    if (!observed) {
        return rec('skipped', {
            before: {},
            after: {},
            errorCode: 'OutcomeUnknown',
            errorMessage: `${lead}: the resource no longer exists`,
        });
    }
    const isTemplate = intent.kind === 'launch-template';
    const applied = isTemplate
        ? intent.afterVersion !== undefined && observed.version === intent.afterVersion
        : sameState(intent.kind, intent.after, observed.state);
    if (applied)
        return rec('applied', { errorCode: 'Reconciled', errorMessage: `${lead}: the change was made` });
    const notApplied = isTemplate
        ? observed.version === intent.beforeVersion
        : sameState(intent.kind, intent.before, observed.state);
    const now = { before: observed.state, after: observed.state };
    if (isTemplate)
        Object.assign(now, { beforeVersion: observed.version, afterVersion: observed.version });
    if (notApplied) {
        return rec('failed', {
            ...now,
            errorCode: 'NotApplied',
            errorMessage: `${lead}: the change was not made${isTemplate && intent.afterVersion === undefined ? ' (a version the interrupted call may have created is not the default)' : ''}`,
        });
    }
    return rec('drifted', {
        ...now,
        errorCode: 'OutcomeUnknown',
        errorMessage: `${lead}: AWS shows neither the before-state nor the intended state; someone else changed it`,
    });
}


/***/ })

};
