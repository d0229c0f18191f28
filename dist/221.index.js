export const id = 221;
export const ids = [221];
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
/* harmony export */   GI: () => (/* binding */ planScanFailures),
/* harmony export */   Gg: () => (/* binding */ buildPlan),
/* harmony export */   I9: () => (/* binding */ planCandidates),
/* harmony export */   L_: () => (/* binding */ buildPostureItems),
/* harmony export */   jv: () => (/* binding */ postureCandidates),
/* harmony export */   l9: () => (/* binding */ readinessTargets),
/* harmony export */   l_: () => (/* binding */ namedNotFound),
/* harmony export */   qh: () => (/* binding */ itemOrder)
/* harmony export */ });
/* unused harmony exports targetChange, needsReadiness, templateReadinessInstances */
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
/** Every instance a change would break, once: the candidates' and the templates' readiness evidence. */
function readinessTargets(cands, templates, instances) {
    const seen = new Set();
    return [
        ...cands.candidates.filter((c) => needsReadiness(c.instance.metadata, c.after)).map((c) => c.instance),
        ...templates.flatMap((t) => templateReadinessInstances(t, instances)),
    ]
        .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
        .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
}
/**
 * Instances the `instances` input (and its file) named that were not found: a failure when none of them
 * was, a warning when some were not.
 */
function namedNotFound(plan, named, fromFile) {
    const notFound = plan.heldBack.filter((h) => named.has(h.resourceId) && /not found/.test(h.reason));
    const ids = `${notFound
        .slice(0, 10)
        .map((h) => h.resourceId)
        .join(', ')}${notFound.length > 10 ? ', \u2026' : ''}`;
    if (named.size && notFound.length === named.size)
        return {
            failure: `None of the ${named.size} instance(s) named in instances${fromFile ? ' (and its file)' : ''} exist in the scanned regions (${ids}). Check the ids and the regions input; the plan changes nothing.`,
        };
    if (notFound.length)
        return { warning: `${notFound.length} named instance(s) were not found in the scanned regions: ${ids}.` };
    return {};
}
/** Regions and accounts the plan does not cover, as failures where `fail-on-scan-error` says so. */
function planScanFailures(inventory, gate) {
    const failedRegions = inventory.regions
        .filter((x) => x.status === 'failed')
        .map((x) => `${x.region} (${x.error?.code})`);
    // An account that could not be reached (its member role refused, say) is as missing as a region.
    const failedAccounts = inventory.accounts
        .filter((x) => x.status === 'failed')
        .map((x) => `${x.accountId} (${x.error?.code})`);
    const failures = [];
    if (failedRegions.length && gate.failOnRegionError)
        failures.push(`${failedRegions.length} region scan(s) failed (${failedRegions.join(', ')}); the plan does not cover them. Set fail-on-scan-error: false to accept a partial plan.`);
    if (failedAccounts.length && gate.failOnAccountError)
        failures.push(`${failedAccounts.length} account(s) could not be read (${failedAccounts.join(', ')}); the plan does not cover them. Set fail-on-scan-error: regions (or false) to accept a plan without them.`);
    return { failedRegions, failures };
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
/* harmony import */ var _model_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6639);
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
        const looksLikeId = _model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .INSTANCE_ID */ .Cd.test(data[0][0] ?? '');
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
        if (!_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .INSTANCE_ID */ .Cd.test(id)) {
            throw new InputFileError(file, line, `'${id}' is not an instance id (expected i- and 8 or 17 hex digits, e.g. i-0123456789abcdef0)`);
        }
        const sel = { instanceId: id };
        if (regionCol >= 0 && row[regionCol]) {
            if (!_model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION_NAME */ .hS.test(row[regionCol])) {
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

/***/ 4773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ readOptionalWorkspaceFile),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* unused harmony export WorkspaceFileError */
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7418);
/* harmony import */ var _settings_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5832);


class WorkspaceFileError extends Error {
    name = 'WorkspaceFileError';
}
/** The absolute path of a workspace-relative path input (re-checked: the input table checked it first). */
function workspacePath(deps, value, input = 'path') {
    const r = (0,_settings_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveInWorkspace */ .z1)(deps.github.workspace, value);
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
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8619);
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
