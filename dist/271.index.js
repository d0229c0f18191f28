export const id = 271;
export const ids = [271];
export const modules = {

/***/ 1050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ checkPlan),
/* harmony export */   W6: () => (/* binding */ PlanError),
/* harmony export */   tP: () => (/* binding */ sealPlan),
/* harmony export */   vS: () => (/* binding */ parsePlan)
/* harmony export */ });
/* unused harmony exports canonicalJson, planDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9160);
/* harmony import */ var _waves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8132);
/**
 * The plan file: its canonical form and sha256 digest (what the plan job outputs as `plan-digest` and
 * apply pins), reading it back with every field validated, and the refusal reasons for a plan that is
 * not the reviewed one, too old, or made in the future. Pure.
 */



// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 digest \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** JSON with object keys sorted at every level, no whitespace; undefined members dropped (as JSON.stringify does). */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error('non-finite number in plan');
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
function planDigest(plan) {
    const { digest: _ignored, ...rest } = plan;
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(rest)).digest('hex')}`;
}
function sealPlan(plan) {
    return { ...plan, digest: planDigest(plan) };
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 reading a plan \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
class PlanError extends Error {
    name = 'PlanError';
}
const REMEDIATIONS = ['require-v2', 'disable', 'allow-v1', 'restore'];
/** Parses and structurally validates a plan file; throws PlanError naming the file and what to fix. */
function parsePlan(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new PlanError(`${file}: is not JSON (${e.message}); pass the plan-file written by a mode: plan run`);
    }
    const p = raw;
    const bad = (what) => new PlanError(`${file}: ${what}; pass the plan-file written by a mode: plan run, unedited`);
    if (!p || typeof p !== 'object' || p.schema !== 'imds-guard/plan')
        throw bad("not an IMDS Guard plan (schema is not 'imds-guard/plan')");
    if (p.version !== 1)
        throw bad(`plan version ${String(p.version)} is not supported by this version (expects 1)`);
    if (typeof p.digest !== 'string')
        throw bad('has no digest');
    if (typeof p.createdAt !== 'string' || Number.isNaN(Date.parse(p.createdAt)))
        throw bad('createdAt is missing or not a time');
    if (!Array.isArray(p.items) || !Array.isArray(p.heldBack))
        throw bad('items or heldBack is not a list');
    if (!REMEDIATIONS.includes(String(p.remediation)))
        throw bad(`remediation '${String(p.remediation)}' is unknown`);
    p.items.forEach((it, n) => {
        const where = `item ${n + 1}`;
        if (!it || typeof it !== 'object')
            throw bad(`${where} is not an object`);
        const id = String(it.resourceId);
        if (it.kind === 'instance') {
            if (!/^i-[0-9a-f]{8}([0-9a-f]{9})?$/.test(id))
                throw bad(`${where}: '${id}' is not an instance id`);
        }
        else if (it.kind === 'launch-template') {
            if (!/^lt-[0-9a-f]{17}$/.test(id))
                throw bad(`${where}: '${id}' is not a launch template id`);
            if (!Number.isInteger(it.beforeVersion) ||
                (it.afterVersion !== undefined && !Number.isInteger(it.afterVersion)))
                throw bad(`${where} (${id}): beforeVersion/afterVersion must be version numbers`);
        }
        else if (it.kind === 'account-defaults') {
            if (id !== 'account-defaults')
                throw bad(`${where}: account defaults must have resourceId 'account-defaults'`);
        }
        else
            throw bad(`${where}: kind '${String(it.kind)}' cannot be applied by this version`);
        if (!/^\d{12}$/.test(String(it.accountId)))
            throw bad(`${where} (${id}): account '${String(it.accountId)}' is not a 12-digit id`);
        if (typeof it.region !== 'string' || !it.region)
            throw bad(`${where} (${id}): region is missing`);
        if (!it.before || typeof it.before !== 'object' || !it.after || typeof it.after !== 'object') {
            throw bad(`${where} (${id}): before/after must be objects`);
        }
        const changes = it.kind === 'launch-template'
            ? it.afterVersion !== undefined
                ? it.afterVersion !== it.beforeVersion
                : Object.keys((0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .settingsOf */ .f5)(it.after)).length > 0
            : it.kind === 'account-defaults'
                ? (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultsDrift */ .aL)(it.before, (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .applyDefaultsChange */ .l2)(it.before, it.after)).length > 0
                : (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .changedFields */ .E0)(it.before, it.after).length > 0;
        if (!changes)
            throw bad(`${where} (${id}): changes nothing`);
    });
    const ids = new Set();
    for (const it of p.items) {
        const key = `${it.kind}/${it.accountId}/${it.region}/${it.resourceId}`;
        if (ids.has(key))
            throw bad(`${it.resourceId} (${it.region}) appears twice`);
        ids.add(key);
    }
    const waves = (0,_waves_js__WEBPACK_IMPORTED_MODULE_2__/* .wavesProblem */ .Se)(p);
    if (waves)
        throw bad(`waves: ${waves}`);
    return p;
}
/** Integrity and freshness. Returns the refusal reason, or undefined when the plan may be applied. */
function checkPlan(plan, file, now, maxAgeHours, pinnedDigest) {
    const digest = planDigest(plan);
    // The pin comes from the plan job's output (through `needs`), not from the file: whoever can write
    // the plan artifact can recompute the file's own digest field, but not change what the plan job said.
    if (digest !== pinnedDigest.trim().toLowerCase()) {
        return `${file}: its content hashes to ${digest}, but plan-digest (the plan job's output) is ${pinnedDigest}: this is not the plan that was reviewed. Apply only the plan the plan job wrote, passing its plan-digest output through needs.`;
    }
    if (digest !== plan.digest) {
        return `${file}: digest mismatch \u2014 the plan was changed after it was made (recorded ${plan.digest}, content hashes to ${digest}). Make a new plan and have it reviewed; never edit a plan by hand.`;
    }
    const ageMs = now.getTime() - Date.parse(plan.createdAt);
    if (ageMs > maxAgeHours * 3_600_000) {
        return `${file}: the plan is ${(ageMs / 3_600_000).toFixed(1)} hours old (made ${plan.createdAt}), older than plan-max-age-hours (${maxAgeHours}). Make a fresh plan: the fleet may have changed since.`;
    }
    if (ageMs < -5 * 60_000)
        return `${file}: the plan was made in the future (${plan.createdAt}); check the clock.`;
    return undefined;
}


/***/ }),

/***/ 5087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   I9: () => (/* binding */ planCandidates),
/* harmony export */   L_: () => (/* binding */ buildPostureItems),
/* harmony export */   Q0: () => (/* binding */ needsReadiness),
/* harmony export */   jv: () => (/* binding */ postureCandidates),
/* harmony export */   qh: () => (/* binding */ itemOrder),
/* harmony export */   z2: () => (/* binding */ templateReadinessInstances)
/* harmony export */ });
/* unused harmony export targetChange */
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9160);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7798);
/* harmony import */ var _exceptions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3354);
/* harmony import */ var _plan_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1050);
/* harmony import */ var _posture_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4046);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3529);
/* harmony import */ var _selection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4000);
/**
 * Judging a remediation: which resources change, to what, and why (selection, exceptions, target
 * state, readiness, launch templates and account defaults). Pure: no I/O, no clock (callers pass times
 * in). The plan file itself is plan-file.ts; rollback plans are rollback.ts.
 */







/**
 * The change a remediation makes to one instance: only the fields that change, or undefined when the
 * instance is already in the target state.
 *  - require-v2: HttpTokens=required (+ hop limit policy). Never touches HttpEndpoint, so a disabled
 *    endpoint stays disabled (Metabadger re-enabled it); a disabled endpoint still gets tokens
 *    required, so re-enabling it later cannot bring IMDSv1 back.
 *  - disable: HttpEndpoint=disabled only. Never weakens HttpTokens (Metabadger set them optional).
 *  - allow-v1: HttpTokens=optional only (the blanket rollback; prefer mode: rollback's exact one).
 */
function targetChange(before, policy) {
    const want = {};
    switch (policy.remediation) {
        case 'require-v2':
            want.httpTokens = 'required';
            if (policy.hopLimit !== undefined && before.httpEndpoint !== 'disabled') {
                want.httpPutResponseHopLimit = policy.hopLimit;
            }
            break;
        case 'disable':
            want.httpEndpoint = 'disabled';
            break;
        case 'allow-v1':
            want.httpTokens = 'optional';
            break;
    }
    const fields = (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .changedFields */ .E0)(before, want);
    if (fields.length === 0)
        return undefined;
    const change = {};
    for (const f of fields)
        change[f] = want[f];
    return change;
}
function reasonFor(i, change) {
    const parts = [];
    const m = i.metadata;
    if (change.httpTokens === 'required') {
        parts.push(m.httpEndpoint === 'disabled'
            ? 'tokens optional behind a disabled endpoint: require IMDSv2 so re-enabling cannot restore IMDSv1 (endpoint stays disabled)'
            : 'allows IMDSv1 (HttpTokens=optional): require IMDSv2');
    }
    if (change.httpPutResponseHopLimit !== undefined) {
        parts.push(`hop limit ${m.httpPutResponseHopLimit ?? '?'} \u2192 ${change.httpPutResponseHopLimit} (hop-limit policy)`);
    }
    if (change.httpEndpoint === 'disabled')
        parts.push('metadata endpoint enabled: disable it (tokens unchanged)');
    if (change.httpTokens === 'optional')
        parts.push('allow-v1: set HttpTokens=optional (blanket rollback)');
    if (i.state === 'stopped' || i.state === 'stopping')
        parts.push('stopped: takes effect at next start');
    if (i.exception && !i.exception.honoured) {
        const e = i.exception;
        parts.push(e.expired
            ? `exception expired ${e.expires}`
            : !e.valid
                ? 'exception tag malformed (not honoured)'
                : 'exception tag present but exceptions: false');
    }
    return parts.join('; ');
}
/** Selection, exceptions and target state: everything about the plan except readiness. */
function planCandidates(input) {
    const scoped = input.instances.filter((i) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .inScope */ .SB)(i, input.includeStopped));
    const sel = (0,_selection_js__WEBPACK_IMPORTED_MODULE_2__/* .applySelection */ .B7)(scoped, input.selection, input.fileRows);
    const heldBack = [];
    const candidates = [];
    const expiredExceptions = [];
    const seenNotFound = new Set();
    for (const n of sel.notFound) {
        const key = `${n.accountId ?? ''}/${n.region ?? ''}/${n.instanceId}`;
        if (seenNotFound.has(key))
            continue;
        seenNotFound.add(key);
        const outOfScope = input.instances.find((i) => i.instanceId === n.instanceId);
        heldBack.push({
            accountId: n.accountId ?? outOfScope?.accountId ?? '',
            region: n.region ?? outOfScope?.region ?? '',
            resourceId: n.instanceId,
            reason: outOfScope
                ? `selected but out of scope (${outOfScope.state})`
                : `selected but not found in any scanned region${n.region ? ` (file says ${n.region})` : ''}`,
        });
    }
    for (const i of sel.selected) {
        const ex = (0,_exceptions_js__WEBPACK_IMPORTED_MODULE_4__/* .exceptionOf */ .d)(i, input.exceptions.tagKey, input.exceptions.enabled, input.today);
        const inst = ex ? { ...i, exception: ex } : i;
        if (ex && (ex.expired || !ex.valid)) {
            expiredExceptions.push({
                instance: i,
                expires: ex.expires,
                reason: ex.valid ? ex.reason : `malformed: '${i.tags[input.exceptions.tagKey]}'`,
            });
        }
        const after = targetChange(i.metadata, input.policy);
        if (!after)
            continue; // already in the target state
        if (ex?.honoured) {
            heldBack.push(held(i, `exempt: ${ex.reason}${ex.expires ? ` (until ${ex.expires})` : ''}`));
            continue;
        }
        if (i.metadata.state === 'pending') {
            heldBack.push(held(i, 'a metadata change is still pending on this instance; plan again once applied'));
            continue;
        }
        candidates.push({ instance: inst, after, reason: reasonFor(inst, after) });
    }
    return { candidates, heldBack, expiredExceptions };
}
function held(i, reason, v1Calls) {
    const h = { accountId: i.accountId, region: i.region, resourceId: i.instanceId, reason };
    if (i.name)
        h.name = i.name;
    if (v1Calls !== undefined)
        h.v1Calls = v1Calls;
    return h;
}
/** Does this change need the v1-usage readiness check? (Tokens optional and endpoint on: v1 callers would break.) */
function needsReadiness(before, after) {
    const breaksV1 = after.httpTokens === 'required' || after.httpEndpoint === 'disabled';
    return breaksV1 && before.httpTokens !== 'required' && before.httpEndpoint !== 'disabled';
}
const KIND_ORDER = { instance: 0, 'launch-template': 1, 'account-defaults': 2 };
const itemOrder = (a, b) => (0,_model_text_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCode */ .fn)(a.accountId, b.accountId) ||
    (0,_model_text_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCode */ .fn)(a.region, b.region) ||
    (KIND_ORDER[a.kind ?? 'instance'] ?? 9) - (KIND_ORDER[b.kind ?? 'instance'] ?? 9) ||
    (0,_model_text_js__WEBPACK_IMPORTED_MODULE_5__/* .compareCode */ .fn)(a.resourceId, b.resourceId);
/** Candidates + readiness \u2192 the plan. Instances with v1 calls (or unmeasured) are held back unless includeInUse. */
function buildPlan(input, cands, readiness, includeInUse, posture) {
    const items = [...(posture?.items ?? [])];
    const heldBack = [...cands.heldBack, ...(posture?.heldBack ?? [])];
    for (const c of cands.candidates) {
        const i = c.instance;
        const needs = needsReadiness(i.metadata, c.after);
        const r = needs ? readiness.get(i.instanceId) : undefined;
        let reason = c.reason;
        let v1Calls;
        if (needs) {
            if (!r) {
                if (!includeInUse) {
                    heldBack.push(held(i, 'IMDSv1 usage not measured'));
                    continue;
                }
                reason += '; IMDSv1 usage not measured (include-in-use)';
            }
            else if ('error' in r) {
                if (!includeInUse) {
                    heldBack.push(held(i, `IMDSv1 usage unknown (${r.error}); cannot confirm readiness`));
                    continue;
                }
                reason += `; IMDSv1 usage unknown (${r.error}), planned because include-in-use`;
            }
            else {
                v1Calls = r.v1Calls;
                if (r.v1Calls > 0) {
                    if (!includeInUse) {
                        heldBack.push(held(i, `still using IMDSv1: ${r.v1Calls} MetadataNoToken calls in ${input.v1UsageDays} days`, r.v1Calls));
                        continue;
                    }
                    reason += `; still using IMDSv1 (${r.v1Calls} calls in ${input.v1UsageDays} days) \u2014 planned because include-in-use, these calls will fail`;
                }
            }
        }
        const item = {
            kind: 'instance',
            accountId: i.accountId,
            region: i.region,
            resourceId: i.instanceId,
            before: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsOf */ .f5)(i.metadata),
            after: c.after,
            reason,
        };
        if (i.name)
            item.name = i.name;
        if (v1Calls !== undefined)
            item.v1Calls = v1Calls;
        items.push(item);
    }
    items.sort(itemOrder);
    heldBack.sort(itemOrder);
    return (0,_plan_file_js__WEBPACK_IMPORTED_MODULE_0__/* .sealPlan */ .tP)({
        schema: 'imds-guard/plan',
        version: 1,
        createdAt: input.createdAt,
        scannedAt: input.scannedAt,
        mode: 'plan',
        remediation: input.policy.remediation,
        v1UsageDays: input.v1UsageDays,
        ...(input.selectedBy ? { selectedBy: input.selectedBy } : {}),
        items,
        heldBack,
    });
}
/** Instances that say whether a template's workload still calls IMDSv1: launched from it, v1 allowed today. */
function templateReadinessInstances(t, instances) {
    return instances.filter((i) => i.launchTemplateId === t.launchTemplateId &&
        i.accountId === t.accountId &&
        i.region === t.region &&
        i.metadata.httpTokens !== 'required' &&
        i.metadata.httpEndpoint !== 'disabled');
}
/** The templates and defaults the plan would change (before readiness), and what is held back why. */
function postureCandidates(input) {
    const heldBack = [];
    const templates = [];
    const defaults = [];
    if (input.remediation !== 'require-v2')
        return { templates, defaults, heldBack };
    const failed = (op) => input.postureErrors.filter((e) => e.operation === op);
    if (input.targets.includes('launch-templates')) {
        for (const e of failed('DescribeLaunchTemplateVersions')) {
            heldBack.push({
                accountId: e.accountId,
                region: e.region,
                resourceId: 'launch-templates',
                reason: `launch templates could not be read (${e.code}); none planned in this region`,
            });
        }
        for (const t of input.launchTemplates)
            if ((0,_posture_js__WEBPACK_IMPORTED_MODULE_6__/* .templateVerdict */ .WM)(t).allowsV1)
                templates.push(t);
    }
    if (input.targets.includes('account-defaults')) {
        for (const e of failed('GetInstanceMetadataDefaults')) {
            heldBack.push({
                accountId: e.accountId,
                region: e.region,
                resourceId: 'account-defaults',
                reason: `account defaults could not be read (${e.code})`,
            });
        }
        for (const d of input.accountDefaults) {
            if (!(0,_posture_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultsVerdict */ .Qr)(d).allowsV1)
                continue;
            if (d.managedBy === 'declarative-policy') {
                heldBack.push({
                    accountId: d.accountId,
                    region: d.region,
                    resourceId: 'account-defaults',
                    reason: 'managed by a declarative policy: cannot be changed from the account; set HttpTokens=required in the organization\u2019s EC2 declarative policy',
                });
                continue;
            }
            defaults.push(d);
        }
    }
    return { templates, defaults, heldBack };
}
/**
 * Plan items for launch templates (a new version from the current default with HttpTokens=required,
 * made the default) and account defaults (HttpTokens=required per region). A template whose launched
 * instances still call IMDSv1 (or whose usage is unknown) is held back unless includeInUse: its next
 * launches would break that workload.
 */
function buildPostureItems(input, readiness, includeInUse) {
    const cands = postureCandidates(input);
    const items = [];
    const heldBack = [...cands.heldBack];
    for (const t of cands.templates) {
        const users = templateReadinessInstances(t, input.instances);
        let calls = 0;
        let unknown = 0;
        for (const i of users) {
            const r = readiness.get(i.instanceId);
            if (!r || 'error' in r)
                unknown++;
            else
                calls += r.v1Calls;
        }
        const verdict = (0,_posture_js__WEBPACK_IMPORTED_MODULE_6__/* .templateVerdict */ .WM)(t);
        let reason = `${verdict.reason}: new version from default version ${t.defaultVersion.versionNumber} with HttpTokens=required, made the default`;
        if (calls > 0 || unknown > 0) {
            const why = calls > 0
                ? `instances launched from it still use IMDSv1: ${calls} MetadataNoToken calls in ${input.v1UsageDays} days`
                : `IMDSv1 usage of ${unknown} instance(s) launched from it unknown`;
            if (!includeInUse) {
                const h = {
                    accountId: t.accountId,
                    region: t.region,
                    resourceId: t.launchTemplateId,
                    reason: why,
                };
                if (t.name)
                    h.name = t.name;
                if (calls > 0)
                    h.v1Calls = calls;
                heldBack.push(h);
                continue;
            }
            reason += `; ${why} \u2014 planned because include-in-use`;
        }
        const before = {};
        const d = t.defaultVersion;
        if (d.httpTokens !== undefined)
            before.httpTokens = d.httpTokens;
        if (d.httpPutResponseHopLimit !== undefined)
            before.httpPutResponseHopLimit = d.httpPutResponseHopLimit;
        if (d.httpEndpoint !== undefined)
            before.httpEndpoint = d.httpEndpoint;
        const item = {
            kind: 'launch-template',
            accountId: t.accountId,
            region: t.region,
            resourceId: t.launchTemplateId,
            before: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .settingsOf */ .f5)(before),
            after: { httpTokens: 'required' },
            reason,
            beforeVersion: d.versionNumber,
        };
        if (t.name)
            item.name = t.name;
        if (users.length)
            item.v1Calls = calls;
        items.push(item);
    }
    for (const d of cands.defaults) {
        items.push({
            kind: 'account-defaults',
            accountId: d.accountId,
            region: d.region,
            resourceId: 'account-defaults',
            before: (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultsSettings */ .mt)(d),
            after: { httpTokens: 'required' },
            reason: `${(0,_posture_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultsVerdict */ .Qr)(d).reason}: set the region's default HttpTokens=required (existing instances are not changed)`,
        });
    }
    return { items, heldBack };
}


/***/ }),

/***/ 7312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 4000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ applySelection),
/* harmony export */   ac: () => (/* binding */ parseInstancesCsv)
/* harmony export */ });
/* unused harmony exports InputFileError, matchesTag, selectsEverything */
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5175);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3390);
/**
 * Which instances a remediation plan may touch. Pure: the CSV text comes in as a string, the
 * instances as data. Tag filters match on the key AND the value (Metabadger matched values only, so
 * `Env=prod` also picked an instance tagged `Owner=prod`).
 */


/** A bad input file: names the file and the line, and says what to fix. */
class InputFileError extends Error {
    file;
    line;
    name = 'InputFileError';
    constructor(file, line, problem) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${problem}`);
        this.file = file;
        this.line = line;
    }
}
const ID_COLUMNS = ['instance_id', 'instanceid', 'instance-id', 'instance', 'id'];
const REGION_COLUMNS = ['region', 'aws_region', 'aws-region'];
const ACCOUNT_COLUMNS = ['account_id', 'accountid', 'account-id', 'account'];
/**
 * Parses an instances file: CSV with a header naming an `instance_id` column (optionally `region`
 * and `account_id`). A UTF-8 BOM and blank lines are tolerated; every id is validated.
 */
function parseInstancesCsv(text, file) {
    let rows;
    try {
        rows = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text.replace(/^\uFEFF/, ''), {
            skip_empty_lines: true,
            trim: true,
            relax_column_count: true,
        });
    }
    catch (e) {
        const line = e.lines;
        throw new InputFileError(file, line, `is not valid CSV (${e.message})`);
    }
    // csv-parse skips blank lines; recover line numbers for messages from the raw text.
    const lineOf = lineNumbers(text);
    const data = rows.filter((r) => r.some((c) => c !== ''));
    if (data.length === 0) {
        throw new InputFileError(file, undefined, 'is empty; expected a header line such as `instance_id,region`');
    }
    const header = data[0].map((h) => h.toLowerCase().replace(/\s+/g, '_'));
    const idCol = header.findIndex((h) => ID_COLUMNS.includes(h));
    if (idCol < 0) {
        const looksLikeId = _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INSTANCE_ID */ .Cd.test(data[0][0] ?? '');
        throw new InputFileError(file, lineOf[0], looksLikeId
            ? `has no header line; add \`instance_id\` (optionally \`,region\`) as the first line`
            : `header '${data[0].join(',')}' has no instance_id column; expected e.g. \`instance_id,region\``);
    }
    const regionCol = header.findIndex((h) => REGION_COLUMNS.includes(h));
    const accountCol = header.findIndex((h) => ACCOUNT_COLUMNS.includes(h));
    const out = [];
    const seen = new Set();
    for (let r = 1; r < data.length; r++) {
        const row = data[r];
        const line = lineOf[r];
        const id = row[idCol] ?? '';
        if (!_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .INSTANCE_ID */ .Cd.test(id)) {
            throw new InputFileError(file, line, `'${id}' is not an instance id (expected i- and 8 or 17 hex digits, e.g. i-0123456789abcdef0)`);
        }
        const sel = { instanceId: id };
        if (regionCol >= 0 && row[regionCol]) {
            if (!_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION_NAME */ .hS.test(row[regionCol])) {
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
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(sel);
    }
    return out;
}
/** 1-based line numbers of the non-blank lines, in order (good enough for messages; quoted newlines are rare here). */
function lineNumbers(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const out = [];
    lines.forEach((l, i) => {
        if (l.replace(/,/g, '').trim() !== '')
            out.push(i + 1);
    });
    return out;
}
function matchesTag(tags, f) {
    if (!Object.hasOwn(tags, f.key))
        return false;
    return f.value === undefined || tags[f.key] === f.value;
}
/**
 * Applies a selection. No positive filter (no ids, no file, no tags) selects every instance given;
 * named ids and file rows union; tag filters must all match; exclusions win over everything.
 */
function applySelection(instances, selection, fileRows = []) {
    const named = new Map();
    for (const id of selection.instances)
        named.set(id, [...(named.get(id) ?? []), { instanceId: id }]);
    for (const row of fileRows)
        named.set(row.instanceId, [...(named.get(row.instanceId) ?? []), row]);
    const byIds = named.size > 0;
    const matchedNamed = new Set();
    const selected = [];
    const excluded = [];
    for (const i of instances) {
        if (byIds) {
            const rows = named.get(i.instanceId);
            const hit = rows?.filter((r) => (r.region === undefined || r.region === i.region) &&
                (r.accountId === undefined || r.accountId === i.accountId));
            if (!hit?.length)
                continue;
            for (const r of hit)
                matchedNamed.add(r);
        }
        if (!selection.tags.every((f) => matchesTag(i.tags, f)))
            continue;
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
    const notFound = [];
    for (const rows of named.values()) {
        for (const r of rows)
            if (!matchedNamed.has(r))
                notFound.push({ ...r });
    }
    return { selected, notFound, excluded };
}
/** True when the selection names nothing (the whole in-scope fleet is a candidate). */
function selectsEverything(selection) {
    return selection.instances.length === 0 && !selection.instancesFile && selection.tags.length === 0;
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
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5193);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9160);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(854);
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7775);
/* harmony import */ var _posture_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3305);
/**
 * Re-reading what a change touches, right before it is made and when its outcome is unknown:
 * instances by id, a launch template's default version, an account's metadata defaults. Read-only.
 */







/** Current state of instances, by id, in one DescribeInstances per call (InstanceIds, no MaxResults). */
async function rereadInstances(ec2, accountId, region, ids) {
    const found = new Map();
    const missing = new Set();
    let pending = [...ids];
    // An id that no longer exists fails the whole call (InvalidInstanceID.NotFound, naming the ids):
    // drop the named ids and ask again; if the message names none we can match, bisect.
    while (pending.length) {
        try {
            const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .DescribeInstancesCommand */ .bNs({ InstanceIds: pending }));
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
        const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_5__/* .DescribeLaunchTemplateVersionsCommand */ .Ptd({ LaunchTemplateId: templateId, Versions: ['$Default'] }));
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

/***/ 4773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ readOptionalWorkspaceFile),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* unused harmony export WorkspaceFileError */
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7418);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3390);


class WorkspaceFileError extends Error {
    name = 'WorkspaceFileError';
}
/** The absolute path of a workspace-relative path input (re-checked: the input table checked it first). */
function workspacePath(deps, value, input = 'path') {
    const r = (0,_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)(deps.github.workspace, value);
    if (typeof r !== 'string')
        throw new WorkspaceFileError(`Input '${input}': ${r.problem}`);
    return r;
}
/** A workspace file's text, or undefined when it does not exist (links: see the header). */
function readOptionalWorkspaceFile(deps, input, value, links = 'refuse') {
    const path = workspacePath(deps, value, input);
    return (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .readFileSafe */ .os)({ root: deps.github.workspace, input, path }, { links });
}
/** A workspace file's text, or an error naming the input and what is wrong (never its content). */
function readWorkspaceFile(deps, input, value, links = 'refuse') {
    const text = readOptionalWorkspaceFile(deps, input, value, links);
    if (text === undefined)
        throw new WorkspaceFileError(`Input '${input}': ${value} does not exist (paths are relative to the workspace, ${deps.github.workspace}).`);
    return text;
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


/***/ }),

/***/ 1495:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ applySummary),
/* harmony export */   MM: () => (/* binding */ planSummary),
/* harmony export */   Rg: () => (/* binding */ nothingToChangeSummary),
/* harmony export */   d3: () => (/* binding */ refusedDryRunSummary)
/* harmony export */ });
/* unused harmony exports MAX_ROWS, selectionRows, transitionText, keptText */
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9160);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7703);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6341);
/**
 * What the approver and the operator read: the plan, and the apply/rollback outcome. Rendered from
 * templates/plan.md.hbs and templates/apply.md.hbs over a view whose every string goes through the one
 * Markdown escaper (`escapeDeep`), like the audit report: tag values and names are attacker-controlled.
 */




/** Rows shown per table; the plan file and change log hold them all. */
const MAX_ROWS = 2000;
function countText(plan) {
    const n = (kind) => plan.items.filter((i) => i.kind === kind).length;
    const parts = [
        [n('instance'), 'instance', 'instances'],
        [n('launch-template'), 'launch template', 'launch templates'],
        [n('account-defaults'), 'account default', 'account defaults (regions)'],
    ];
    const some = parts.filter(([c]) => c > 0);
    if (some.length === 0)
        return '0 instances';
    return some.map(([c, one, many]) => `${c} ${c === 1 ? one : many}`).join(', ');
}
const list = (xs) => xs.map(String).join(', ');
/**
 * The inputs that selected the plan, as name/value pairs written as the inputs take them (only those
 * set): exclusions are the `!` entries of regions, instances and tags.
 */
function selectionRows(s) {
    if (!s)
        return [];
    const rows = [];
    const add = (name, value) => {
        if (value)
            rows.push({ name, value });
    };
    const not = (x) => `!${x}`;
    const tag = (t) => (t.value === undefined ? t.key : `${t.key}=${t.value}`);
    if (s.rollbackRun)
        add('rollback-run', s.rollbackRun);
    add('account', s.accountId);
    if (!s.rollbackRun)
        add('regions', list([...(s.regions === 'all' ? ['all'] : s.regions), ...s.excludeRegions.map(not)]));
    add('remediation-targets', list(s.targets));
    add('instances', list([...s.instances, ...s.excludeInstances.map(not)]));
    // The file as the input names it; its row count and digest follow in their own row.
    if (s.instancesFile) {
        add('instances', `file: ${s.instancesFile.path}`);
        add('instances (file)', `${s.instancesFile.rows} rows, sha256 ${s.instancesFile.sha256.slice(0, 12)}\u2026`);
    }
    add('tags', list([...s.tags.map(tag), ...s.excludeTags.map((t) => not(tag(t)))]));
    return rows;
}
/** A reviewer reads the change itself: `httpTokens: optional \u2192 required`. */
function transitionText(it) {
    if (it.kind === 'launch-template') {
        return it.afterVersion !== undefined
            ? `default version ${it.beforeVersion} \u2192 ${it.afterVersion}`
            : `new version from default ${it.beforeVersion} with ${(0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFields */ .VO)(it.after)}, made default`;
    }
    const changed = Object.keys(it.after).filter((f) => it.after[f] !== undefined && it.before[f] !== it.after[f]);
    return changed.map((f) => `${f}: ${String(it.before[f] ?? 'unset')} \u2192 ${String(it.after[f])}`).join(', ');
}
/** The settings a change keeps, so a row shows the whole resulting state without repeating it. */
function keptText(it) {
    const kept = {};
    for (const [f, v] of Object.entries(it.before)) {
        if (f !== 'state' && (it.after[f] === undefined || it.after[f] === v))
            kept[f] = v;
    }
    return (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFields */ .VO)(kept) || '\u2014';
}
function planSummary(plan, file, extra = {}) {
    const view = {
        title: plan.mode === 'rollback'
            ? `IMDS Guard rollback plan: ${countText(plan)} to restore`
            : `IMDS Guard plan (${plan.remediation}): ${countText(plan)} to change`,
        digest: plan.digest,
        // Times as every report shows them (format.ts): '2026-05-04 03:00 UTC'.
        scannedAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScanTime */ .q7)(plan.scannedAt),
        createdAt: (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatScanTime */ .q7)(plan.createdAt),
        file,
        selection: selectionRows(plan.selectedBy),
        showUsage: plan.mode === 'plan',
        v1UsageDays: plan.v1UsageDays,
        items: plan.items.slice(0, MAX_ROWS).map((it) => ({
            accountId: it.accountId,
            region: it.region,
            resourceId: it.resourceId,
            name: it.name ?? '',
            change: transitionText(it),
            kept: keptText(it),
            v1Calls: it.v1Calls === undefined ? '\u2014' : String(it.v1Calls),
            reason: it.reason,
            wave: it.wave === undefined ? '' : String(it.wave),
        })),
        moreItems: Math.max(0, plan.items.length - MAX_ROWS),
        heldBackCount: plan.heldBack.length,
        heldBack: plan.heldBack.slice(0, MAX_ROWS).map((h) => ({
            accountId: h.accountId,
            region: h.region,
            resourceId: h.resourceId,
            name: h.name ?? '',
            reason: h.reason,
        })),
        moreHeldBack: Math.max(0, plan.heldBack.length - MAX_ROWS),
        staged: plan.waves
            ? {
                spec: plan.waves.spec,
                soakMinutes: String(plan.waves.soakMinutes),
                failureBudget: String(plan.waves.failureBudget),
                waves: plan.waves.waves.map((w) => ({
                    wave: String(w.wave),
                    definition: w.definition,
                    items: String(w.items),
                    soak: w.soak ? `${plan.waves?.soakMinutes} min` : 'none (no instance metrics)',
                })),
            }
            : undefined,
        expired: extra.expired ?? [],
        failedRegions: extra.failedRegions ?? [],
    };
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .planTemplate */ .m)()((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeDeep */ .YJ)(view));
}
function refusedDryRunSummary(results, mode = 'apply') {
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .applyTemplate */ .XF)()((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeDeep */ .YJ)({
        refused: true,
        mode,
        dryRun: results.map((r) => ({
            accountId: r.accountId,
            region: r.region,
            operation: r.operation ?? 'ModifyInstanceMetadataOptions',
            result: r.ok ? '\u2705 permitted' : `\u274c ${r.code}: ${r.message}`,
        })),
    }));
}
function reconciledRows(records) {
    return records.slice(0, MAX_ROWS).map((r) => ({
        runId: r.runId,
        kind: r.kind,
        resourceId: r.resourceId,
        region: r.region,
        shows: r.result === 'applied' ? 'change made' : r.result === 'failed' ? 'change not made' : r.result,
        detail: r.errorMessage ?? '',
    }));
}
function nothingToChangeSummary(mode, reconciled) {
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .applyTemplate */ .XF)()((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeDeep */ .YJ)({ title: `IMDS Guard ${mode}: nothing to change`, reconciled: reconciledRows(reconciled) }));
}
function applySummary(mode, plan, outcome, records, changelog, reconciled = [], staged) {
    const c = outcome.counts;
    const ok = c.failed === 0 && c.unknown === 0 && !staged?.stopped;
    const applied = records.filter((r) => r.result === 'applied');
    const ver = (r) => r.kind === 'launch-template' ? { beforeVersion: r.beforeVersion, afterVersion: r.afterVersion } : {};
    const commitHref = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownUrl */ .$x)(changelog.commitUrl);
    const view = {
        title: `IMDS Guard ${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped ${ok ? '\u2705' : '\u274c'}`,
        planDigest: plan.digest,
        planned: countText(plan),
        seconds: (outcome.durationMs / 1000).toFixed(1),
        changelog: changelog.path,
        commitUrl: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .trusted */ .IZ)(commitHref ? `[commit](${commitHref})` : ''),
        note: changelog.note ?? '',
        regions: outcome.regions.map((r) => ({
            accountId: r.accountId,
            region: r.region,
            ...r.counts,
            modifyCalls: r.modifyCalls,
            throttled: r.throttled,
            seconds: (r.durationMs / 1000).toFixed(1),
        })),
        reconciled: reconciledRows(reconciled),
        staged: staged && wavesView(plan, staged),
        notApplied: records
            .filter((r) => r.result !== 'applied')
            .slice(0, MAX_ROWS)
            .map((r) => ({
            resourceId: r.resourceId,
            region: r.region,
            result: r.result,
            code: r.errorCode ?? '',
            detail: r.errorMessage ?? '',
        })),
        appliedCount: applied.length,
        applied: applied.slice(0, MAX_ROWS).map((r) => ({
            resourceId: r.resourceId,
            region: r.region,
            change: transitionText({ kind: r.kind, before: r.before, after: r.after, ...ver(r) }),
            kept: keptText(r),
        })),
    };
    return (0,_templates_js__WEBPACK_IMPORTED_MODULE_2__/* .applyTemplate */ .XF)()((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeDeep */ .YJ)(view));
}
const WAVE_STATUS = {
    soaked: '\u2705 soaked',
    'soaked-earlier': '\u2705 soaked by an earlier run',
    applied: 'applied',
    stopped: '\u274c stopped: over the failure budget',
    unverified: '\u274c stopped: soak outcome unknown (not broken)',
    'not-started': 'not started',
};
/** Per wave: what changed, what was rolled back automatically and why (staged plans). */
function wavesView(plan, staged) {
    return {
        soakMinutes: String(plan.waves?.soakMinutes ?? 0),
        failureBudget: String(plan.waves?.failureBudget ?? 0),
        brokenTotal: String(staged.brokenTotal),
        stopped: staged.stopped ?? '',
        waves: staged.waves.map((w) => ({
            wave: String(w.wave),
            definition: w.definition,
            planned: String(w.planned),
            applied: String(w.applied),
            earlier: String(w.earlier),
            notApplied: String(w.notApplied),
            rolledBack: String(w.rolledBack.filter((r) => r.result === 'restored').length),
            window: w.window
                ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTimeSeconds */ .Q1)(w.window.from)} \u2192 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatTimeSeconds */ .Q1)(w.window.to)} (${w.window.periodSeconds} s)`
                : '\u2014',
            status: WAVE_STATUS[w.status],
        })),
        rolledBack: staged.waves.flatMap((w) => w.rolledBack.slice(0, MAX_ROWS).map((r) => ({ wave: String(w.wave), ...r }))),
    };
}


/***/ })

};
