export const id = 564;
export const ids = [564];
export const modules = {

/***/ 3222:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "b51595ff495bd3155533.js";

/***/ }),

/***/ 1075:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "e5c1b0305ceabf41ff27.hbs";

/***/ }),

/***/ 9311:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "2d4b25305bf85ac5b326.hbs";

/***/ }),

/***/ 6117:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "15aeac131854ce6cdeaf.hbs";

/***/ }),

/***/ 9352:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "85f0189349286521d4d3.hbs";

/***/ }),

/***/ 2700:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "12a1220458a754fd28f6.hbs";

/***/ }),

/***/ 4886:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "83f1471c5cb1adf2e201.hbs";

/***/ }),

/***/ 6671:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "0c03b429d2c92c4fed6e.hbs";

/***/ }),

/***/ 8403:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "e014972fe1afdb9acd48.hbs";

/***/ }),

/***/ 952:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "2d8c571128b1067fc6ed.json";

/***/ }),

/***/ 3169:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "7dc1804155bc5e275833.json";

/***/ }),

/***/ 9491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cG: () => (/* binding */ LAUNCH_VERDICT_LABELS),
/* harmony export */   kk: () => (/* binding */ evaluateAutoScalingGroups)
/* harmony export */ });
/* unused harmony exports launchVerdictOf, resolveVersionNumber */
/** What a version does at launch. Tokens unset inherit the account default or the AMI, else optional. */
function launchVerdictOf(v) {
    if (!v)
        return 'unknown';
    if (v.httpEndpoint === 'disabled')
        return 'endpoint-disabled';
    return v.httpTokens === 'required' ? 'v2-only' : 'v1-allowed';
}
const LAUNCH_VERDICT_LABELS = {
    'v1-allowed': 'allows IMDSv1',
    unknown: 'version not read',
    'endpoint-disabled': 'endpoint disabled',
    'v2-only': 'IMDSv2 only',
    'launch-configuration': 'launch configuration',
};
/** Worst first: a launch that allows IMDSv1 decides the group. */
const SEVERITY = {
    'v1-allowed': 0,
    unknown: 1,
    'endpoint-disabled': 2,
    'v2-only': 3,
};
/** `$Latest` / `$Default` / `7` \u2192 the version number, given the template's default and latest. */
function resolveVersionNumber(version, set) {
    if (version === '$Latest')
        return set?.latestVersionNumber;
    if (version === '$Default' || version === '')
        return set?.defaultVersionNumber;
    return /^\d+$/.test(version) ? Number(version) : undefined;
}
function describeSettings(v) {
    if (v.httpEndpoint === 'disabled')
        return 'endpoint disabled';
    const tokens = v.httpTokens
        ? `HttpTokens ${v.httpTokens}`
        : 'HttpTokens unset (account default or AMI, else optional)';
    return v.httpPutResponseHopLimit !== undefined
        ? `${tokens}, hop limit ${v.httpPutResponseHopLimit}`
        : tokens;
}
function evaluateAutoScalingGroups(launches) {
    const key = (a, r, t) => `${a}/${r}/${t}`;
    const byId = new Map();
    const byName = new Map();
    for (const t of launches.templates) {
        byId.set(key(t.accountId, t.region, t.launchTemplateId), t);
        if (t.name)
            byName.set(key(t.accountId, t.region, t.name), t);
    }
    const out = [];
    for (const g of launches.groups) {
        if (g.refs.length === 0)
            continue; // launch configurations: AutoScaling.3, in the posture section
        const judged = g.refs.map((ref) => {
            const set = (ref.launchTemplateId && byId.get(key(g.accountId, g.region, ref.launchTemplateId))) ||
                (ref.launchTemplateName && byName.get(key(g.accountId, g.region, ref.launchTemplateName))) ||
                undefined;
            const number = resolveVersionNumber(ref.version, set);
            const settings = number === undefined ? undefined : set?.versions.find((v) => v.versionNumber === number);
            const v = { ...ref, verdict: launchVerdictOf(settings) };
            if (set) {
                v.launchTemplateId = set.launchTemplateId;
                if (set.name)
                    v.launchTemplateName = set.name;
            }
            if (number !== undefined)
                v.versionNumber = number;
            if (settings)
                v.settings = settings;
            return v;
        });
        const worst = [...judged].sort((a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict])[0];
        const primary = judged[0];
        const reasons = judged
            .filter((l) => l.verdict === worst.verdict)
            .map((l) => {
            const which = l.source === 'override' ? `override${l.instanceType ? ` (${l.instanceType})` : ''}` : 'launches';
            const name = l.launchTemplateName ?? l.launchTemplateId ?? '?';
            const ver = l.versionNumber !== undefined ? `version ${l.versionNumber}` : 'an unread version';
            const via = /^\d+$/.test(l.version) ? '' : ` (${l.version})`;
            return `${which} ${name} ${ver}${via}: ${l.settings ? describeSettings(l.settings) : 'not read'}`;
        });
        const verdict = {
            accountId: g.accountId,
            region: g.region,
            name: g.name,
            launches: judged,
            verdict: worst.verdict,
            allowsV1: worst.verdict === 'v1-allowed',
            reason: [...new Set(reasons)].join('; '),
        };
        if (primary.launchTemplateId)
            verdict.launchTemplateId = primary.launchTemplateId;
        if (primary.launchTemplateName)
            verdict.launchTemplateName = primary.launchTemplateName;
        out.push(verdict);
    }
    return out.sort((a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict] ||
        a.accountId.localeCompare(b.accountId) ||
        a.region.localeCompare(b.region) ||
        a.name.localeCompare(b.name));
}


/***/ }),

/***/ 854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  no: () => (/* binding */ assess),
  x9: () => (/* binding */ byRisk),
  l9: () => (/* binding */ formatPercent),
  BD: () => (/* binding */ sortByRisk)
});

// UNUSED EXPORTS: assessInstance, emptyRollup, gate, meetsThreshold

// EXTERNAL MODULE: ./lib/model/reach.js
var reach = __webpack_require__(5798);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
// EXTERNAL MODULE: ./lib/assess/asg.js
var asg = __webpack_require__(9491);
// EXTERNAL MODULE: ./lib/assess/rules.js
var rules = __webpack_require__(3529);
;// CONCATENATED MODULE: ./lib/assess/rollup.js

function emptyRollup() {
    return {
        inScope: 0,
        compliant: 0,
        percent: 100,
        buckets: { 'v2-required': 0, 'v1-allowed': 0, disabled: 0, pending: 0 },
        stopped: 0,
        risk: { 'role-public': 0, role: 0, 'no-role': 0 },
        withRole: 0,
        exempted: 0,
    };
}
function addToRollup(r, i) {
    r.inScope++;
    if (i.compliant || i.exception?.honoured)
        r.compliant++;
    if (i.exception?.honoured && !i.compliant)
        r.exempted++;
    r.buckets[i.bucket]++;
    if ((0,rules/* isStopped */.id)(i))
        r.stopped++;
    if (i.risk)
        r.risk[i.risk]++;
    if (i.instanceProfileArn)
        r.withRole++;
}
function finishRollup(r) {
    r.percent = r.inScope === 0 ? 100 : (r.compliant / r.inScope) * 100;
    return r;
}
/** Worst first: lowest percentage, then most IMDSv1-allowed, then the key. */
function worstFirst(rollupOf, keyOf) {
    return (a, b) => rollupOf(a).percent - rollupOf(b).percent ||
        rollupOf(b).buckets['v1-allowed'] - rollupOf(a).buckets['v1-allowed'] ||
        keyOf(a).localeCompare(keyOf(b));
}

// EXTERNAL MODULE: ./lib/assess/usage.js
var usage = __webpack_require__(177);
;// CONCATENATED MODULE: ./lib/assess/by-tag.js


/** The row key of instances without the tag (or with an empty value). */
const UNTAGGED = '';
function tagRollups(instances, key) {
    const rows = new Map();
    for (const i of instances) {
        const value = (i.tags?.[key] ?? '').trim();
        let row = rows.get(value);
        if (!row) {
            row = { rollup: emptyRollup(), inUse: 0, safe: 0 };
            rows.set(value, row);
        }
        addToRollup(row.rollup, i);
        if (i.bucket === 'v1-allowed') {
            const s = (0,usage/* usageState */.J2)(i);
            if (s === 'in-use')
                row.inUse++;
            else if (s === 'safe')
                row.safe++;
        }
    }
    return {
        key,
        rows: [...rows.entries()]
            .map(([value, r]) => ({ value, untagged: value === UNTAGGED, ...r, rollup: finishRollup(r.rollup) }))
            .sort(worstFirst((r) => r.rollup, (r) => r.value)),
    };
}

// EXTERNAL MODULE: ./lib/assess/exceptions.js
var exceptions = __webpack_require__(3354);
// EXTERNAL MODULE: ./lib/assess/exposure.js
var exposure = __webpack_require__(8577);
// EXTERNAL MODULE: ./lib/assess/guardrails.js
var guardrails = __webpack_require__(5782);
;// CONCATENATED MODULE: ./lib/assess/hop-limit.js
/**
 * Hop limit, container-aware (Config rule ec2-token-hop-limit-check): a hop limit above 1 lets
 * containers on the host reach the metadata service; container hosts (EKS, ECS) need 2. Findings are
 * instances above the policy for their kind of host. Pure.
 */


function hopLimitFindings(instances, launchTemplates, policy) {
    const containerTemplates = new Set(launchTemplates
        .filter((t) => (0,guardrails/* isContainerTemplateName */.B4)(t.name))
        .map((t) => `${t.accountId}/${t.region}/${t.launchTemplateId}`));
    const findings = [];
    let containerHosts = 0;
    for (const i of instances) {
        const container = (0,guardrails/* isContainerHost */.YI)(i) ||
            (!!i.launchTemplateId && containerTemplates.has(`${i.accountId}/${i.region}/${i.launchTemplateId}`));
        if (container)
            containerHosts++;
        if (i.bucket === 'disabled')
            continue; // no metadata service to reach
        const hop = i.metadata.httpPutResponseHopLimit ?? 1;
        const allowed = container ? policy.container : policy.plain;
        if (hop > allowed) {
            const f = {
                instanceId: i.instanceId,
                accountId: i.accountId,
                region: i.region,
                hopLimit: hop,
                allowed,
                containerHost: container,
            };
            if (i.name)
                f.name = i.name;
            findings.push(f);
        }
    }
    findings.sort((a, b) => b.hopLimit - b.allowed - (a.hopLimit - a.allowed) || (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId));
    return { policy, findings, containerHosts };
}

// EXTERNAL MODULE: ./lib/assess/posture.js
var assess_posture = __webpack_require__(4046);
;// CONCATENATED MODULE: ./lib/assess/assess.js
/**
 * Inventory \u2192 Assessment: buckets, compliance, risk, rollups and the gate. Pure: no I/O, no clock
 * (the caller passes `today` for exception expiry).
 */












const add = addToRollup;
const finish = finishRollup;
/** compliant/inScope \u2265 threshold/100, decided in integers so 99.9 vs 100 is never a rounding question. */
function meetsThreshold(compliant, inScope, threshold) {
    if (inScope === 0)
        return true;
    // threshold has at most a few decimals; scale to avoid float error (e.g. 99.95).
    const scale = 10_000;
    return compliant * 100 * scale >= Math.round(threshold * scale) * inScope;
}
/**
 * Formats a percentage for people: one decimal, truncated so that 99.96 % never reads as 100 % and
 * 0.04 % never reads as 0 % when something is compliant.
 */
function formatPercent(compliant, inScope) {
    if (inScope === 0 || compliant === inScope)
        return '100%';
    if (compliant === 0)
        return '0%';
    const tenths = Math.floor((compliant * 1000) / inScope);
    const clamped = Math.min(Math.max(tenths, 1), 999);
    return `${(clamped / 10).toFixed(1)}%`;
}
const RISK_ORDER = { 'role-public': 0, role: 1, 'no-role': 2 };
/**
 * Worst first: an instance whose credentials GuardDuty saw used elsewhere (exposure.ts); then role +
 * public IP, role, neither; within a tier, what the role can reach (administrator, IAM write, wildcard
 * data, unknown, narrow); then hop limit > 1, then oldest launch, then id.
 */
function byRisk(a, b) {
    const ea = (0,exposure/* exposureOf */.Xl)(a);
    const eb = (0,exposure/* exposureOf */.Xl)(b);
    return (Number(Boolean(eb?.findings.length)) - Number(Boolean(ea?.findings.length)) ||
        RISK_ORDER[a.risk ?? 'no-role'] - RISK_ORDER[b.risk ?? 'no-role'] ||
        (0,reach/* compareReach */.F)(ea?.reach?.level ?? 'narrow', eb?.reach?.level ?? 'narrow') ||
        (b.metadata.httpPutResponseHopLimit ?? 1) - (a.metadata.httpPutResponseHopLimit ?? 1) ||
        (0,model_text/* compareCode */.fn)(a.launchTime ?? '', b.launchTime ?? '') ||
        (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId));
}
/**
 * `list` sorted by `byRisk` (the same order, ties kept as they stand): each instance's keys read once,
 * not twice per comparison (a 100,000-instance list is ~1.7 million comparisons).
 */
function sortByRisk(list) {
    const keyed = list.map((i) => {
        const e = (0,exposure/* exposureOf */.Xl)(i);
        return {
            i,
            exploited: e?.findings.length ? 1 : 0,
            risk: RISK_ORDER[i.risk ?? 'no-role'],
            reach: e?.reach?.level ?? 'narrow',
            hop: i.metadata.httpPutResponseHopLimit ?? 1,
            launch: i.launchTime ?? '',
        };
    });
    keyed.sort((a, b) => b.exploited - a.exploited ||
        a.risk - b.risk ||
        (0,reach/* compareReach */.F)(a.reach, b.reach) ||
        b.hop - a.hop ||
        (0,model_text/* compareCode */.fn)(a.launch, b.launch) ||
        (0,model_text/* compareCode */.fn)(a.i.instanceId, b.i.instanceId));
    return keyed.map((k) => k.i);
}
function assessInstance(instance, options) {
    const bucket = (0,rules/* bucketOf */.AU)(instance.metadata);
    const compliant = (0,rules/* isCompliant */.Mm)(instance.metadata, options.rule);
    // Object.assign, not a spread: Node 20's V8 gives each spread copy of a record that came from a
    // worker a hidden class of its own (100,000 instances, 100,000 classes, ~50 MB of shape data).
    // Node 24 shares them either way; Object.assign shares them on both.
    const assessed = Object.assign({}, instance, { bucket, compliant });
    if ((0,rules/* allowsV1 */.oq)(instance.metadata))
        assessed.risk = (0,rules/* riskOf */.bi)(instance);
    const exception = (0,exceptions/* exceptionOf */.d)(instance, options.exceptions.tagKey, options.exceptions.enabled, options.today);
    if (exception)
        assessed.exception = exception;
    return assessed;
}
function rollupFor(map, key) {
    let r = map.get(key);
    if (!r) {
        r = emptyRollup();
        map.set(key, r);
    }
    return r;
}
function assess(inventory, options) {
    const totals = emptyRollup();
    const regions = new Map();
    const accounts = new Map();
    for (const r of inventory.regions) {
        if (r.status === 'ok')
            regions.set(`${r.accountId}/${r.region}`, emptyRollup());
    }
    for (const a of inventory.accounts)
        accounts.set(a.accountId, emptyRollup());
    const instances = [];
    let outOfScope = 0;
    for (const instance of inventory.instances) {
        if (!(0,rules/* inScope */.SB)(instance, options.includeStopped)) {
            outOfScope++;
            continue;
        }
        const a = assessInstance(instance, options);
        instances.push(a);
        add(totals, a);
        add(rollupFor(regions, `${a.accountId}/${a.region}`), a);
        add(rollupFor(accounts, a.accountId), a);
    }
    finish(totals);
    const byRegion = [...regions.entries()]
        .map(([key, rollup]) => {
        const [accountId, region] = key.split('/');
        return { accountId, region, rollup: finish(rollup) };
    })
        .sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region));
    const accountStatus = new Map(inventory.accounts.map((a) => [a.accountId, a]));
    const byAccount = [...accounts.entries()]
        .map(([accountId, rollup]) => {
        const scan = accountStatus.get(accountId);
        return { accountId, rollup: finish(rollup), status: scan?.status ?? 'ok', error: scan?.error };
    })
        // Worst accounts first: failed, then lowest percentage, then most v1.
        .sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed') ||
        a.rollup.percent - b.rollup.percent ||
        b.rollup.buckets['v1-allowed'] - a.rollup.buckets['v1-allowed'] ||
        (0,model_text/* compareCode */.fn)(a.accountId, b.accountId));
    const failedRegions = inventory.regions.filter((r) => r.status === 'failed');
    const failedAccounts = inventory.accounts.filter((a) => a.status === 'failed');
    const expiredExceptions = instances.filter((i) => i.exception && (i.exception.expired || !i.exception.valid));
    const assessment = {
        rule: rules/* RULES */.y0[options.rule],
        scannedAt: inventory.scannedAt,
        durationMs: inventory.durationMs,
        totals,
        byRegion,
        byAccount,
        failedRegions,
        failedAccounts,
        regionsScanned: inventory.regions.filter((r) => r.status === 'ok').length,
        accountsScanned: inventory.accounts.filter((a) => a.status === 'ok').length,
        instances: instances.sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) ||
            (0,model_text/* compareCode */.fn)(a.region, b.region) ||
            (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId)),
        outOfScope,
        expiredExceptions,
        gate: { passed: true, threshold: options.threshold, percent: totals.percent, failures: [] },
    };
    const posture = (0,assess_posture/* assessPosture */.HZ)(inventory);
    if (posture)
        assessment.posture = posture;
    if (inventory.v1Usage)
        assessment.v1Usage = (0,usage/* assessV1Usage */.ZM)(instances, inventory.v1Usage);
    if (inventory.exposure)
        assessment.exposure = (0,exposure/* assessExposure */.mB)(inventory.exposure, instances);
    if (inventory.autoScalingLaunches)
        assessment.autoScalingGroups = (0,asg/* evaluateAutoScalingGroups */.kk)(inventory.autoScalingLaunches);
    if (options.groupByTag)
        assessment.byTag = tagRollups(instances, options.groupByTag);
    if (options.hopLimitPolicy)
        assessment.hopLimit = hopLimitFindings(instances, inventory.launchTemplates ?? [], options.hopLimitPolicy);
    assessment.gate = gate(assessment, options);
    return assessment;
}
function gate(a, options) {
    const failures = [];
    const t = a.totals;
    const ruleName = a.rule.id;
    if (!meetsThreshold(t.compliant, t.inScope, options.threshold)) {
        failures.push(`IMDSv2 enforcement is ${formatPercent(t.compliant, t.inScope)} (${t.compliant} of ${t.inScope} in-scope instances compliant under ${ruleName}), below the threshold of ${options.threshold}%; ${t.buckets['v1-allowed']} still allow IMDSv1.`);
    }
    if (options.failOnRegionError && a.failedRegions.length) {
        failures.push(`${a.failedRegions.length} region scan(s) failed (${a.failedRegions
            .map((r) => `${r.region}${a.accountsScanned > 1 ? `@${r.accountId}` : ''}: ${r.error?.code}`)
            .join(', ')}); the percentage does not cover them. Set fail-on-scan-error: false to gate on the rest.`);
    }
    if (options.failOnAccountError && a.failedAccounts.length) {
        failures.push(`${a.failedAccounts.length} account(s) could not be scanned (${a.failedAccounts
            .map((x) => `${x.accountId}: ${x.error?.code}`)
            .join(', ')}). Set fail-on-scan-error: false to gate on the rest.`);
    }
    if (options.accountThreshold !== undefined) {
        for (const acc of a.byAccount) {
            if (acc.status === 'ok' &&
                !meetsThreshold(acc.rollup.compliant, acc.rollup.inScope, options.accountThreshold)) {
                failures.push(`Account ${acc.accountId} is at ${formatPercent(acc.rollup.compliant, acc.rollup.inScope)}, below the account threshold of ${options.accountThreshold}%.`);
            }
        }
    }
    failures.push(...postureGateFailures(a, options));
    return { passed: failures.length === 0, threshold: options.threshold, percent: t.percent, failures };
}
const listSome = (items, max = 5) => items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
/** gate-on: launch-templates / account-defaults \u2014 any finding fails the gate, as does not being able to look. */
function postureGateFailures(a, options) {
    const failures = [];
    const on = options.gateOn ?? ['instances'];
    const p = a.posture;
    const multi = a.accountsScanned + a.failedAccounts.length > 1;
    const where = (x) => multi ? `${x.region}@${x.accountId}` : x.region;
    for (const target of ['launch-templates', 'account-defaults']) {
        if (!on.includes(target))
            continue;
        if (!p) {
            failures.push(`gate-on includes ${target}, but this run collected no launch posture.`);
            continue;
        }
        if (target === 'launch-templates') {
            const bad = p.launchTemplates.filter((t) => t.allowsV1);
            if (bad.length) {
                failures.push(`${bad.length} launch template(s) allow IMDSv1 in their default or latest version (Security Hub EC2.170): ${listSome(bad.map((t) => `${t.name} (${t.launchTemplateId}, ${where(t)})`))}.`);
            }
            // A group launching another version than the default or latest (e.g. a pinned number).
            const flagged = new Set(bad.map((t) => `${t.accountId}/${t.region}/${t.launchTemplateId}`));
            const groups = (a.autoScalingGroups ?? []).filter((g) => g.allowsV1 && !flagged.has(`${g.accountId}/${g.region}/${g.launchTemplateId}`));
            if (groups.length) {
                failures.push(`${groups.length} Auto Scaling group(s) launch a launch template version that allows IMDSv1: ${listSome(groups.map((g) => `${g.name} (${where(g)})`))}.`);
            }
        }
        else {
            const bad = p.accountDefaults.filter((d) => d.allowsV1);
            if (bad.length) {
                failures.push(`${bad.length} region(s) have account metadata defaults that allow IMDSv1 for new launches: ${listSome(bad.map(where))}.`);
            }
        }
        const unread = (p.errors ?? []).filter((e) => (0,assess_posture/* gateTargetOf */.kS)(e.operation) === target);
        if (unread.length && options.failOnRegionError) {
            failures.push(`${target} could not be read in ${unread.length} region(s) (${listSome(unread.map((e) => `${where(e)}: ${e.code}`))}); the gate cannot vouch for them. Grant ${unread[0].operation} to the role, or set fail-on-scan-error: false.`);
        }
    }
    return failures;
}


/***/ }),

/***/ 3354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ exceptionOf)
/* harmony export */ });
/* unused harmony export parseException */
const EXPIRES = /(?:^|;)\s*expires\s*=\s*([^;]*)/i;
function parseException(value, today) {
    const m = EXPIRES.exec(value);
    const reason = value.replace(EXPIRES, '').replace(/;\s*$/, '').trim();
    let expires;
    let valid = reason.length > 0;
    if (m) {
        expires = m[1].trim();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`)))
            valid = false;
    }
    // An exception is valid through the whole of its expiry day (UTC).
    const expired = valid && expires !== undefined && expires < today;
    return { reason, expires, expired, valid, honoured: false };
}
function exceptionOf(instance, tagKey, enabled, today) {
    const value = instance.tags[tagKey];
    if (value === undefined)
        return undefined;
    const info = parseException(value, today);
    info.honoured = enabled && info.valid && !info.expired;
    return info;
}


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ findingLabel),
/* harmony export */   Xl: () => (/* binding */ exposureOf),
/* harmony export */   mB: () => (/* binding */ assessExposure),
/* harmony export */   vL: () => (/* binding */ OTHER_IMDS_RULES)
/* harmony export */ });
/* harmony import */ var _model_reach_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5798);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7798);
/**
 * Judging the exposure context (model/exposure.ts): which instances' credentials GuardDuty saw used
 * elsewhere, what each v1-allowed instance's role can reach, where GuardDuty could not look, and the
 * other services' IMDS settings under their own named rules. Pure.
 *
 * The per-instance facts travel beside each assessed instance, in a side table keyed by the instance
 * record (`exposureOf`), not in it: report.json's instance record is a fixed, versioned schema, and
 * the risk order (assess.ts byRisk) reads them from there, so every list that ranks by risk puts an
 * instance with an exfiltration finding first.
 */


const side = new WeakMap();
/** The exposure facts of an assessed instance (undefined when none were collected for it). */
function exposureOf(i) {
    return side.get(i);
}
/** `credentials used from outside AWS` / `\u2026from another AWS account's instance`. */
function findingLabel(f) {
    return f.type.endsWith('.OutsideAWS')
        ? 'credentials used from outside this instance (outside AWS)'
        : "credentials used from another AWS account's instance";
}
/** The other services' rules: each its own name, never part of the EC2.8 percentage. */
const OTHER_IMDS_RULES = {
    'sagemaker-notebook': {
        id: 'sagemaker-notebook-imdsv2',
        name: 'SageMaker notebook instances require IMDSv2',
        description: 'InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion is 2 ("1" allows IMDSv1).',
    },
    'beanstalk-environment': {
        id: 'beanstalk-imdsv1-disabled',
        name: 'Elastic Beanstalk environments disable IMDSv1',
        description: 'Option aws:autoscaling:launchconfiguration / DisableIMDSv1 is true (unset is read as the documented default, false, except on Amazon Linux 2023 platforms, reported unknown).',
    },
    'lightsail-instance': {
        id: 'lightsail-imdsv2',
        name: 'Lightsail instances require IMDSv2',
        description: 'metadataOptions.httpTokens is required (or the endpoint is disabled).',
    },
};
const latestFirst = (a, b) => (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(b.updatedAt, a.updatedAt) || (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(a.findingId, b.findingId);
/** Joins the read to the assessed instances (and records each instance's facts for byRisk). */
function assessExposure(read, instances) {
    const reachByProfile = new Map();
    for (const r of read.roles)
        reachByProfile.set(`${r.accountId}/${r.instanceProfileArn}`, r);
    // Findings per instance (an InsideAWS finding's account is the instance's: the credentials' owner).
    const joined = new Map();
    const unjoined = [];
    for (const f of read.findings) {
        if (!f.instanceId) {
            unjoined.push(f);
            continue;
        }
        const k = `${f.accountId}/${f.instanceId}`;
        const list = joined.get(k) ?? [];
        joined.set(k, list);
        list.push(f);
    }
    // Keys are made only when there is something to join them to (no string per instance otherwise).
    const byId = new Map();
    const roleUse = new Map();
    let worst = 0;
    for (const i of instances) {
        let findings;
        if (joined.size) {
            const k = `${i.accountId}/${i.instanceId}`;
            byId.set(k, i);
            findings = joined.get(k)?.sort(latestFirst);
        }
        const profileKey = i.bucket === 'v1-allowed' && i.instanceProfileArn && reachByProfile.size
            ? `${i.accountId}/${i.instanceProfileArn}`
            : undefined;
        const reach = profileKey === undefined ? undefined : reachByProfile.get(profileKey);
        if (reach) {
            const k = profileKey;
            const u = roleUse.get(k) ?? { instances: 0, publicInstances: 0 };
            roleUse.set(k, u);
            u.instances++;
            if (i.publicIp)
                u.publicInstances++;
            if (i.publicIp && reach.level === 'admin')
                worst++;
        }
        if (findings?.length || reach) {
            const e = { findings: findings ?? [] };
            if (reach)
                e.reach = reach;
            side.set(i, e);
        }
    }
    const exploited = [...joined.entries()]
        .map(([k, findings]) => {
        const [accountId, instanceId] = k.split('/');
        const i = byId.get(k);
        const row = {
            instanceId,
            accountId,
            region: i?.region ?? findings[0].region,
            findings: findings.sort(latestFirst),
        };
        if (i) {
            row.bucket = i.bucket;
            if (i.name)
                row.name = i.name;
            const r = side.get(i)?.reach;
            if (r)
                row.reach = r.level;
        }
        return row;
    })
        .sort((a, b) => latestFirst(a.findings[0], b.findings[0]));
    const reachCounts = {
        admin: 0,
        'iam-write': 0,
        'data-wildcard': 0,
        unknown: 0,
        narrow: 0,
    };
    const roles = read.roles
        .map((r) => ({
        ...r,
        ...(roleUse.get(`${r.accountId}/${r.instanceProfileArn}`) ?? { instances: 0, publicInstances: 0 }),
    }))
        .sort((a, b) => (0,_model_reach_js__WEBPACK_IMPORTED_MODULE_0__/* .compareReach */ .F)(a.level, b.level) ||
        b.publicInstances - a.publicInstances ||
        b.instances - a.instances ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(a.instanceProfileArn, b.instanceProfileArn));
    for (const r of roles)
        reachCounts[r.level]++;
    const rules = Object.keys(OTHER_IMDS_RULES).map((kind) => {
        const list = read.otherImds.filter((r) => r.kind === kind);
        return {
            ...OTHER_IMDS_RULES[kind],
            kind,
            total: list.length,
            compliant: list.filter((r) => r.allowsV1 === false).length,
            allowV1: list.filter((r) => r.allowsV1 === true).length,
            unknown: list.filter((r) => r.allowsV1 === undefined).length,
        };
    });
    const rank = (r) => (r.allowsV1 === true ? 0 : r.allowsV1 === undefined ? 1 : 2);
    const resources = read.otherImds
        .map((r) => ({ ...r, rule: OTHER_IMDS_RULES[r.kind].id }))
        .sort((a, b) => rank(a) - rank(b) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(a.kind, b.kind) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(a.accountId, b.accountId) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(a.region, b.region) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCode */ .fn)(a.name, b.name));
    return {
        from: read.from,
        to: read.to,
        exploited,
        unjoined: unjoined.sort(latestFirst),
        guardDuty: {
            regions: read.guardDuty,
            enabled: read.guardDuty.filter((g) => g.status === 'enabled').length,
            disabled: read.guardDuty.filter((g) => g.status === 'disabled').length,
            unknown: read.guardDuty.filter((g) => g.status === 'unknown').length,
        },
        roles,
        reachCounts,
        worst,
        otherImds: { rules, resources, lightsailUnavailable: read.lightsailUnavailable ?? [] },
        errors: read.errors,
    };
}


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ isContainerTemplateName),
/* harmony export */   O3: () => (/* binding */ GUARDRAIL_FILES),
/* harmony export */   S7: () => (/* binding */ scpText),
/* harmony export */   YI: () => (/* binding */ isContainerHost),
/* harmony export */   b7: () => (/* binding */ buildGuardrails)
/* harmony export */ });
/* unused harmony exports SCP_SIZE_LIMIT, declarativePolicyDocument, serviceControlPolicyDocument, accountDefaultsCommand */
/* harmony import */ var _model_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6639);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7798);


// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 constants \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
const SCP_SIZE_LIMIT = 5_120;
const GUARDRAIL_FILES = {
    declarativePolicy: 'guardrails/declarative-policy.json',
    scp: 'guardrails/scp.json',
    accountDefaults: 'guardrails/account-defaults.sh',
    readme: 'guardrails/README.md',
};
const INSTANCE_ARN = 'arn:aws:ec2:*:*:instance/*';
/** Exact tag keys that mark a container host (EKS managed/self-managed nodes, ECS managed instances). */
const CONTAINER_TAG_KEYS = new Set([
    'eks:cluster-name',
    'aws:eks:cluster-name',
    'eks:nodegroup-name',
    'AmazonECSManaged',
]);
const CONTAINER_TAG_PREFIXES = ['kubernetes.io/cluster/'];
const CONTAINER_NAME_RE = /(^|[^a-z0-9])(eks|ecs)([^a-z0-9]|$)/i;
const OUT_OF_SCOPE = new Set(['terminated', 'shutting-down']);
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 helpers \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
const key = (accountId, region) => `${accountId}/${region}`;
function byLocation(idOf) {
    return (a, b) => (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCode */ .fn)(a.accountId, b.accountId) || (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCode */ .fn)(a.region, b.region) || (0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCode */ .fn)(idOf(a), idOf(b));
}
function isContainerHost(instance) {
    for (const k of Object.keys(instance.tags ?? {})) {
        if (CONTAINER_TAG_KEYS.has(k))
            return true;
        if (CONTAINER_TAG_PREFIXES.some((p) => k.startsWith(p)))
            return true;
    }
    return false;
}
function isContainerTemplateName(name) {
    return CONTAINER_NAME_RE.test(name);
}
function decideHopLimit(instances, templates, forced) {
    const containerHosts = instances.filter(isContainerHost).map((i) => i.instanceId);
    const containerLaunchTemplates = templates
        .filter((t) => isContainerTemplateName(t.name))
        .map((t) => t.launchTemplateId);
    if (forced !== undefined) {
        if (!Number.isInteger(forced) || forced < 1 || forced > 64)
            throw new Error(`hop limit must be an integer from 1 to 64, got ${forced}`);
        return {
            value: forced,
            reason: `${forced}: set explicitly.`,
            containerHosts,
            containerLaunchTemplates,
        };
    }
    const n = containerHosts.length + containerLaunchTemplates.length;
    if (n > 0) {
        const parts = [];
        if (containerHosts.length)
            parts.push(`${containerHosts.length} container host instance(s) (EKS/ECS tags)`);
        if (containerLaunchTemplates.length)
            parts.push(`${containerLaunchTemplates.length} launch template(s) named for EKS/ECS`);
        return {
            value: 2,
            reason: `2: the fleet has ${parts.join(' and ')}; containers reach IMDS through one more network hop, so a hop limit of 1 would cut their IMDSv2 token off.`,
            containerHosts,
            containerLaunchTemplates,
        };
    }
    return {
        value: 1,
        reason: '1: no container hosts found (no eks:cluster-name, aws:eks:cluster-name, kubernetes.io/cluster/*, AmazonECSManaged tags, no launch template named for EKS/ECS); 1 keeps tokens on the instance itself (AWS Config ec2-token-hop-limit-check default).',
        containerHosts,
        containerLaunchTemplates,
    };
}
function hasTag(i, tagKey) {
    return Object.hasOwn(i.tags ?? {}, tagKey);
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 policies \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
function declarativePolicyDocument(hopLimit) {
    return {
        ec2_attributes: {
            instance_metadata_defaults: {
                http_tokens: { '@@assign': 'required' },
                http_put_response_hop_limit: { '@@assign': String(hopLimit) },
                http_endpoint: { '@@assign': 'enabled' },
                instance_metadata_tags: { '@@assign': 'disabled' },
            },
        },
    };
}
function serviceControlPolicyDocument(o) {
    const requestTag = `aws:RequestTag/${o.exemptionTagKey}`;
    const resourceTag = `aws:ResourceTag/${o.exemptionTagKey}`;
    const breakGlass = (o.breakGlassPrincipalArns ?? []).filter((a) => a.length > 0);
    const exceptPrincipals = breakGlass.length
        ? { ArnNotLike: { 'aws:PrincipalARN': breakGlass } }
        : {};
    const statements = [
        {
            Sid: 'DenyRunInstancesWithoutImdsv2',
            Effect: 'Deny',
            Action: 'ec2:RunInstances',
            Resource: INSTANCE_ARN,
            Condition: {
                StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' },
                ...(o.carveOut ? { Null: { [requestTag]: 'true' } } : {}),
            },
        },
        {
            Sid: 'DenyWeakeningImdsv2',
            Effect: 'Deny',
            Action: 'ec2:ModifyInstanceMetadataOptions',
            Resource: INSTANCE_ARN,
            Condition: {
                StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' },
                ...(o.carveOut ? { Null: { [resourceTag]: 'true' } } : {}),
                ...exceptPrincipals,
            },
        },
    ];
    if (o.denyHopLimit)
        statements.push({
            Sid: `DenyHopLimitAbove${o.hopLimit}`,
            Effect: 'Deny',
            Action: 'ec2:RunInstances',
            Resource: INSTANCE_ARN,
            Condition: {
                NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': String(o.hopLimit) },
                ...(o.carveOut ? { Null: { [requestTag]: 'true' } } : {}),
            },
        });
    if (o.carveOut && breakGlass.length)
        // Without this, anyone allowed to tag could exempt themselves from the two denies above.
        statements.push({
            Sid: 'DenyExemptionTagOutsideBreakGlass',
            Effect: 'Deny',
            Action: ['ec2:CreateTags', 'ec2:DeleteTags'],
            Resource: INSTANCE_ARN,
            Condition: {
                'ForAnyValue:StringEquals': { 'aws:TagKeys': [o.exemptionTagKey] },
                ...exceptPrincipals,
            },
        });
    return { Version: '2012-10-17', Statement: statements };
}
/** The SCP as written to guardrails/scp.json. */
function scpText(doc) {
    return `${JSON.stringify(doc, null, 2)}\n`;
}
function accountDefaultsCommand(region, hopLimit) {
    return `aws ec2 modify-instance-metadata-defaults --region ${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shellWord */ .r7)(region)} --http-tokens required --http-put-response-hop-limit ${hopLimit}`;
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 the whole \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** Launch templates the SCP would stop: their default version, and the latest when it differs. */
function launchTemplateBlocks(templates) {
    const ltBlocks = [];
    for (const t of templates) {
        const versions = [];
        const fails = (v) => v !== undefined && v.httpTokens !== 'required';
        if (fails(t.defaultVersion))
            versions.push(t.defaultVersion.versionNumber);
        if (t.latestVersion &&
            t.latestVersion.versionNumber !== t.defaultVersion.versionNumber &&
            fails(t.latestVersion))
            versions.push(t.latestVersion.versionNumber);
        if (!versions.length)
            continue;
        const tokens = t.defaultVersion.httpTokens ?? 'unset';
        const reason = t.defaultVersion.httpTokens === undefined
            ? fails(t.latestVersion) && versions.length > 1
                ? 'default version does not set HttpTokens (a launch that does not set it carries no ec2:MetadataHttpTokens, which StringNotEquals denies); latest version allows IMDSv1'
                : 'default version does not set HttpTokens (a launch that does not set it carries no ec2:MetadataHttpTokens, which StringNotEquals denies)'
            : t.defaultVersion.httpTokens !== 'required'
                ? `default version sets HttpTokens=${tokens}`
                : `latest version (${t.latestVersion?.versionNumber}) allows IMDSv1; launches and Auto Scaling groups using $Latest would be denied`;
        ltBlocks.push({
            accountId: t.accountId,
            region: t.region,
            launchTemplateId: t.launchTemplateId,
            name: t.name,
            versions,
            httpTokens: tokens,
            instancesUsing: t.instancesUsing ?? 0,
            reason,
        });
    }
    return ltBlocks;
}
/** Account defaults, per account/region: every region read, plus regions with instances but no defaults. */
function accountDefaultTargets(defaults, instances, hopLimit) {
    const targets = [];
    const seen = new Set();
    for (const d of defaults) {
        const k = key(d.accountId, d.region);
        if (seen.has(k))
            continue;
        seen.add(k);
        const current = {
            httpTokens: d.httpTokens,
            httpPutResponseHopLimit: d.httpPutResponseHopLimit,
            managedBy: d.managedBy,
        };
        if (d.managedBy === 'declarative-policy')
            targets.push({ accountId: d.accountId, region: d.region, current, status: 'declarative-policy' });
        else if (d.httpTokens === 'required')
            targets.push({ accountId: d.accountId, region: d.region, current, status: 'compliant' });
        else
            targets.push({
                accountId: d.accountId,
                region: d.region,
                current,
                status: 'needs-change',
                parameters: { HttpTokens: 'required', HttpPutResponseHopLimit: hopLimit },
                command: accountDefaultsCommand(d.region, hopLimit),
            });
    }
    for (const i of instances) {
        const k = key(i.accountId, i.region);
        if (seen.has(k))
            continue;
        seen.add(k);
        targets.push({
            accountId: i.accountId,
            region: i.region,
            current: {},
            status: 'unknown',
            parameters: { HttpTokens: 'required', HttpPutResponseHopLimit: hopLimit },
            command: accountDefaultsCommand(i.region, hopLimit),
        });
    }
    targets.sort(byLocation(() => ''));
    return targets;
}
/** Whether the declarative policy and the account defaults are in force, region by region. */
function inForce(targets) {
    const where = (pred) => targets.filter(pred).map((t) => key(t.accountId, t.region));
    const dpRequired = where((t) => t.status === 'declarative-policy' && t.current.httpTokens === 'required');
    const dpNotRequired = where((t) => t.status === 'declarative-policy' && t.current.httpTokens !== 'required');
    const known = targets.filter((t) => t.status !== 'unknown').length;
    const dpStatus = known === 0
        ? 'unknown'
        : dpRequired.length === known
            ? 'in-force'
            : dpRequired.length + dpNotRequired.length > 0
                ? 'partial'
                : 'not-in-force';
    const compliant = where((t) => t.status === 'compliant' || (t.status === 'declarative-policy' && t.current.httpTokens === 'required'));
    const needsChange = where((t) => t.status === 'needs-change');
    const unknown = where((t) => t.status === 'unknown');
    const adStatus = targets.length === 0
        ? 'unknown'
        : compliant.length === targets.length
            ? 'in-force'
            : compliant.length > 0
                ? 'partial'
                : unknown.length === targets.length
                    ? 'unknown'
                    : 'not-in-force';
    return { dpRequired, dpNotRequired, known, dpStatus, compliant, needsChange, unknown, adStatus };
}
/** What the reader must know about the guardrails as built. */
function guardrailNotes(c) {
    const { hop, tagKey, carveOut, honoured, notHonoured, tagged, input, unknown, dpNotRequired, ltBlocks } = c;
    const notes = [];
    notes.push(`Hop limit ${hop.reason}`);
    if (carveOut)
        notes.push(`Instances tagged ${tagKey} are carved out of the SCP (aws:RequestTag at launch, aws:ResourceTag on modify): ${honoured.length} honoured exception(s).`);
    else
        notes.push(tagged.length
            ? `No exception is honoured, so the SCP has no carve-out for ${tagKey}; the ${tagged.length} tagged instance(s) are held to it.`
            : `No instance carries ${tagKey}, so the SCP has no carve-out.`);
    if (carveOut && notHonoured.length)
        notes.push(`${notHonoured.length} instance(s) carry ${tagKey} without an honoured exception (expired, malformed or exceptions off); the tag carve-out would still let them through: remove or renew the tags.`);
    if (carveOut && !input.breakGlassPrincipalArns?.length)
        notes.push(`Anyone allowed to tag instances can set ${tagKey} and pass the carve-out; give break-glass principals to add a deny on that tag for everyone else, or restrict ec2:CreateTags on it separately.`);
    notes.push('DenyWeakeningImdsv2 uses StringNotEquals: a ModifyInstanceMetadataOptions call that does not end with tokens required (including one that only changes the hop limit or endpoint without --http-tokens required) is denied on non-exempt instances; a rollback to optional needs the exemption tag or a break-glass principal.');
    notes.push('The declarative policy sets defaults for new launches org-wide and locks the account defaults; a launch that explicitly asks for HttpTokens=optional still gets it, which is what the SCP denies. Neither changes existing instances.');
    notes.push('Whether the SCP is attached is not read by the audit (it does not call Organizations policy APIs): check with aws organizations list-policies --filter SERVICE_CONTROL_POLICY.');
    if (unknown.length)
        notes.push(`Account defaults were not read for ${unknown.length} region(s) with instances (${unknown.join(', ')}); their commands are included so the run is complete.`);
    if (dpNotRequired.length)
        notes.push(`${dpNotRequired.length} region(s) are managed by a declarative policy that does not require tokens (${dpNotRequired.join(', ')}): change the organization's policy, not the account.`);
    if (ltBlocks.length)
        notes.push(`${ltBlocks.length} launch template(s) would fail to launch under the SCP: set MetadataOptions HttpTokens=required in a new default version first.`);
    return notes;
}
function buildGuardrails(input) {
    const tagKey = input.exemptionTagKey || _model_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_EXEMPTION_TAG_KEY */ .F_;
    const instances = input.instances
        .filter((i) => !OUT_OF_SCOPE.has(i.state ?? ''))
        .sort(byLocation((i) => i.instanceId));
    const templates = [...(input.launchTemplates ?? [])].sort(byLocation((t) => t.launchTemplateId));
    const defaults = [...(input.accountDefaults ?? [])].sort(byLocation(() => ''));
    const notes = [];
    // Hop limit.
    const hop = decideHopLimit(instances, templates, input.hopLimit);
    // Exemptions: the SCP carves out by tag presence, so a stale tag passes as well as an honoured one.
    const tagged = instances.filter((i) => hasTag(i, tagKey));
    const honoured = tagged.filter((i) => i.exception?.honoured === true);
    const notHonoured = tagged.filter((i) => i.exception?.honoured !== true);
    const carveOut = input.carveOutExemptions ?? honoured.length > 0;
    const denyHopLimit = input.denyHopLimit ?? true;
    const exempt = (i) => carveOut && hasTag(i, tagKey);
    // SCP.
    const scp = serviceControlPolicyDocument({
        hopLimit: hop.value,
        exemptionTagKey: tagKey,
        carveOut,
        denyHopLimit,
        breakGlassPrincipalArns: input.breakGlassPrincipalArns,
    });
    const text = scpText(scp);
    const minified = JSON.stringify(scp).length;
    if (text.length > SCP_SIZE_LIMIT)
        notes.push(`The SCP is ${text.length} characters as written (${minified} minified); AWS accepts at most ${SCP_SIZE_LIMIT}.`);
    // Would block: launches.
    const launchDenied = instances.filter((i) => i.metadata.httpTokens !== 'required' && !exempt(i));
    const byBucket = {};
    for (const i of launchDenied)
        byBucket[i.bucket] = (byBucket[i.bucket] ?? 0) + 1;
    const hopDenied = denyHopLimit
        ? instances.filter((i) => (i.metadata.httpPutResponseHopLimit ?? 1) > hop.value && !exempt(i))
        : [];
    const ltBlocks = launchTemplateBlocks(templates);
    const targets = accountDefaultTargets(defaults, instances, hop.value);
    const force = inForce(targets);
    const { dpRequired, dpNotRequired, known, dpStatus, compliant, needsChange, unknown, adStatus } = force;
    notes.push(...guardrailNotes({
        hop,
        tagKey,
        carveOut,
        honoured,
        notHonoured,
        tagged,
        input,
        unknown,
        dpNotRequired,
        ltBlocks,
    }));
    return {
        declarativePolicy: { document: declarativePolicyDocument(hop.value), hopLimit: hop },
        serviceControlPolicy: {
            document: scp,
            characters: text.length,
            minifiedCharacters: minified,
            limit: SCP_SIZE_LIMIT,
            withinLimit: text.length <= SCP_SIZE_LIMIT,
            exemptionTagKey: tagKey,
            exemptionCarveOut: carveOut,
            hopLimitDeny: denyHopLimit,
        },
        accountDefaults: targets,
        inForce: {
            declarativePolicy: {
                status: dpStatus,
                regions: dpRequired,
                managedNotRequired: dpNotRequired,
                reason: dpStatus === 'in-force'
                    ? 'Every region read reports ManagedBy declarative-policy with HttpTokens required.'
                    : dpStatus === 'unknown'
                        ? 'No account defaults were read.'
                        : `${dpRequired.length} of ${known} region(s) read are managed by a declarative policy that requires tokens.`,
            },
            serviceControlPolicy: {
                status: 'unknown',
                reason: 'The audit does not read Organizations policies.',
            },
            accountDefaults: {
                status: adStatus,
                compliant,
                needsChange,
                unknown,
                reason: `${compliant.length} of ${targets.length} region(s) already require tokens for new launches.`,
            },
        },
        wouldBlock: {
            runInstances: {
                count: launchDenied.length,
                instanceIds: launchDenied.map((i) => i.instanceId),
                byBucket,
            },
            hopLimit: {
                limit: hop.value,
                count: hopDenied.length,
                instanceIds: hopDenied.map((i) => i.instanceId),
            },
            launchTemplates: {
                count: ltBlocks.length,
                instancesUsing: ltBlocks.reduce((s, b) => s + b.instancesUsing, 0),
                items: ltBlocks,
            },
            accountDefaults: { count: needsChange.length + unknown.length, regions: [...needsChange, ...unknown] },
            exempt: {
                tagKey,
                carvedOut: carveOut,
                count: honoured.length,
                instanceIds: honoured.map((i) => i.instanceId),
                notHonouredInstanceIds: notHonoured.map((i) => i.instanceId),
            },
        },
        notes,
    };
}


/***/ }),

/***/ 3052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  or: () => (/* binding */ IAC_RULES),
  i9: () => (/* binding */ assessIac),
  IY: () => (/* binding */ iacRule),
  ap: () => (/* binding */ indexByAddress),
  DX: () => (/* binding */ judgeInIndex),
  NV: () => (/* binding */ liveInputsNeeded)
});

// UNUSED EXPORTS: describeDependency, fixFor, judgeIacResource

// EXTERNAL MODULE: ./lib/model/iac.js
var iac = __webpack_require__(7094);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
;// CONCATENATED MODULE: ./lib/assess/iac-services.js

const s = (v) => (0,model_text/* cleanText */.X5)(String(v)).slice(0, 200);
const via = (x) => (x.state === 'known' && x.via ? ` (from ${s(x.via)})` : '');
/** The rules of the other services, as data (appended to IAC_RULES). */
const SERVICE_RULES = [
    {
        id: 'IMDSG009',
        title: 'SageMaker notebook instance allows IMDSv1',
        level: 'error',
        securitySeverity: '7.5',
        checkovIds: [],
        liveRule: 'sagemaker-notebook-imdsv2',
        tags: ['sagemaker'],
        help: 'The notebook instance sets MinimumInstanceMetadataServiceVersion to "1", or leaves it unset: SageMaker then creates it with version 1, which serves IMDSv1 and IMDSv2, so one SSRF GET from the notebook returns its execution role credentials (MITRE ATT&CK T1552.005). Set it to "2" \u2014 Terraform: instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }; CloudFormation: InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" }. A value the check cannot resolve from the code is a warning under this rule (an error with pr-gate fail-unresolved).',
    },
    {
        id: 'IMDSG010',
        title: 'Elastic Beanstalk environment allows IMDSv1',
        level: 'error',
        securitySeverity: '7.5',
        checkovIds: [],
        liveRule: 'beanstalk-imdsv1-disabled',
        tags: ['elasticbeanstalk'],
        help: 'The option aws:autoscaling:launchconfiguration / DisableIMDSv1 is false, or unset on a platform whose documented default is false, so the environment\'s instances serve IMDSv1 (MITRE ATT&CK T1552.005). On Amazon Linux 2023 platforms the default depends on the platform version, and a value or platform the code does not fix cannot be decided: those are warnings under this rule (errors with pr-gate fail-unresolved). Set DisableIMDSv1 to "true" \u2014 Terraform: setting { namespace = "aws:autoscaling:launchconfiguration", name = "DisableIMDSv1", value = "true" }; CloudFormation OptionSettings: { Namespace: aws:autoscaling:launchconfiguration, OptionName: DisableIMDSv1, Value: "true" }.',
    },
    {
        id: 'IMDSG011',
        title: 'Lightsail instance is created with IMDSv1 allowed',
        level: 'error',
        securitySeverity: '7.5',
        checkovIds: [],
        liveRule: 'lightsail-imdsv2',
        tags: ['lightsail'],
        help: "Neither Terraform (aws_lightsail_instance) nor CloudFormation (AWS::Lightsail::Instance) can set a Lightsail instance's metadata options, and Lightsail creates an instance with IMDSv1 and IMDSv2 both allowed (httpTokens optional). Require IMDSv2 after creation with `aws lightsail update-instance-metadata-options --instance-name NAME --http-tokens required` (in the pipeline that creates it, e.g. a local-exec provisioner or a custom resource), then mark the resource `imds-guard:ignore <how it is hardened>`: the live audit (rule lightsail-imdsv2) keeps checking the instance.",
    },
];
function sagemaker(x) {
    const v = x.setting;
    if (v.state === 'known' && v.value === '2')
        return { status: 'no-v1', why: `MinimumInstanceMetadataServiceVersion is "2"${via(v)}` };
    if (v.state === 'known' && v.value === '1')
        return {
            status: 'allows-v1',
            ruleId: 'IMDSG009',
            why: `MinimumInstanceMetadataServiceVersion is "1"${via(v)}, which allows IMDSv1`,
        };
    if (v.state === 'known')
        return {
            status: 'unknown',
            ruleId: 'IMDSG009',
            why: `MinimumInstanceMetadataServiceVersion has the unrecognised value "${s(v.value)}"`,
        };
    if (v.state === 'unknown')
        return {
            status: 'unknown',
            ruleId: 'IMDSG009',
            why: `MinimumInstanceMetadataServiceVersion depends on ${s(v.reason)}`,
        };
    return {
        status: 'allows-v1',
        ruleId: 'IMDSG009',
        why: 'MinimumInstanceMetadataServiceVersion is unset: SageMaker creates the notebook instance with version 1 (IMDSv1 and IMDSv2)',
    };
}
/** Beanstalk with DisableIMDSv1 unset: the platform decides, as in the live audit. */
function beanstalkUnset(platform, where) {
    if (platform?.state === 'known') {
        if (/Amazon Linux 2023/i.test(platform.value))
            return {
                status: 'unknown',
                ruleId: 'IMDSG010',
                why: `DisableIMDSv1 is unset${where} on an Amazon Linux 2023 platform (${s(platform.value)}): its default depends on the platform version`,
            };
        return {
            status: 'allows-v1',
            ruleId: 'IMDSG010',
            why: `DisableIMDSv1 is unset${where}: its documented default is false, so the instances allow IMDSv1`,
        };
    }
    return {
        status: 'unknown',
        ruleId: 'IMDSG010',
        why: platform?.state === 'unknown'
            ? `DisableIMDSv1 is unset${where} and the platform, which decides its default, depends on ${s(platform.reason)}`
            : `DisableIMDSv1 is unset${where} and the code names no platform, which decides its default`,
    };
}
function beanstalkValue(v) {
    if (v.state === 'known' && /^true$/i.test(v.value))
        return { status: 'no-v1', why: `DisableIMDSv1 is true${via(v)}` };
    if (v.state === 'known' && /^false$/i.test(v.value))
        return {
            status: 'allows-v1',
            ruleId: 'IMDSG010',
            why: `DisableIMDSv1 is false${via(v)}, which allows IMDSv1`,
        };
    if (v.state === 'known')
        return {
            status: 'unknown',
            ruleId: 'IMDSG010',
            why: `DisableIMDSv1 has the unrecognised value "${s(v.value)}"`,
        };
    if (v.state === 'unknown')
        return { status: 'unknown', ruleId: 'IMDSG010', why: `DisableIMDSv1 depends on ${s(v.reason)}` };
    return undefined;
}
/**
 * An environment's own option wins; unset, the configuration template it starts from decides (when it
 * is in the scanned code), then the platform's default.
 */
function beanstalk(x, template) {
    const own = beanstalkValue(x.setting);
    if (own)
        return own;
    const ref = x.configTemplate;
    if (ref?.state === 'unknown')
        return {
            status: 'unknown',
            ruleId: 'IMDSG010',
            why: `DisableIMDSv1 is unset and the configuration template, which may set it, depends on ${s(ref.reason)}`,
        };
    if (ref?.state === 'known') {
        const t = template(ref.value)?.service;
        if (!t)
            return {
                status: 'unknown',
                ruleId: 'IMDSG010',
                why: `DisableIMDSv1 is unset here and may come from configuration template ${s(ref.value)}, which is not in the scanned code`,
            };
        const fromTemplate = beanstalkValue(t.setting);
        if (fromTemplate)
            return { ...fromTemplate, why: `from configuration template ${s(ref.value)}: ${fromTemplate.why}` };
        return beanstalkUnset(x.platform?.state === 'unset' || !x.platform ? t.platform : x.platform, ` here and in configuration template ${s(ref.value)}`);
    }
    return beanstalkUnset(x.platform, '');
}
/** The verdict for a resource of another service (its kind is in SERVICE_KINDS). */
function judgeService(r, template) {
    const x = r.service ?? { setting: { state: 'unset' } };
    const v = r.kind === 'sagemaker-notebook'
        ? sagemaker(x)
        : r.kind === 'lightsail-instance'
            ? {
                status: 'allows-v1',
                ruleId: 'IMDSG011',
                why: 'Terraform and CloudFormation cannot set its metadata options, and Lightsail creates it with IMDSv1 allowed (httpTokens optional)',
            }
            : beanstalk(x, template);
    return { ...v, dependsOn: [] };
}
const BEANSTALK_TF = 'setting { namespace = "aws:autoscaling:launchconfiguration", name = "DisableIMDSv1", value = "true" }';
const BEANSTALK_CFN = 'OptionSettings: [{ Namespace: aws:autoscaling:launchconfiguration, OptionName: DisableIMDSv1, Value: "true" }]';
/** The exact setting to change, per resource type of another service; undefined for other types. */
function serviceFix(resourceType) {
    switch (resourceType) {
        case 'aws_sagemaker_notebook_instance':
            return 'instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }';
        case 'AWS::SageMaker::NotebookInstance':
            return 'InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" }';
        case 'aws_elastic_beanstalk_environment':
        case 'aws_elastic_beanstalk_configuration_template':
            return BEANSTALK_TF;
        case 'AWS::ElasticBeanstalk::Environment':
        case 'AWS::ElasticBeanstalk::ConfigurationTemplate':
            return BEANSTALK_CFN;
        case 'aws_lightsail_instance':
        case 'AWS::Lightsail::Instance':
            return 'after creation: aws lightsail update-instance-metadata-options --instance-name NAME --http-tokens required (the code cannot set it), then # imds-guard:ignore <how it is hardened>';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/assess/iac.js
// Pure judging of IaC resources for IMDSv1. No I/O: the live facts an unset HttpTokens
// depends on (the region's account default, the AMI's ImdsSupport) come in as a context; what is not
// in it is reported as "depends on \u2026" (a warning), never guessed.



const CHECKOV_TOKENS = ['CKV_AWS_79'];
/** The rules, as data. */
const IAC_RULES = [
    {
        id: 'IMDSG001',
        title: 'HttpTokens is explicitly optional (IMDSv1 allowed)',
        level: 'error',
        securitySeverity: '8.1',
        checkovIds: CHECKOV_TOKENS,
        help: 'The resource sets http_tokens / HttpTokens to "optional", so IMDSv1 stays reachable: one SSRF GET returns the instance role credentials (MITRE ATT&CK T1552.005; Security Hub EC2.8 / EC2.170 / AutoScaling.3). Set it to "required".',
    },
    {
        id: 'IMDSG002',
        title: 'HttpTokens unset and EC2 resolves it to optional (IMDSv1 allowed)',
        level: 'error',
        securitySeverity: '7.5',
        checkovIds: CHECKOV_TOKENS,
        help: 'The resource leaves HttpTokens unset. At launch EC2 takes the region\'s account default, then the AMI\'s ImdsSupport (v2.0 \u2192 required), else optional; here that resolves to optional. Set HttpTokens to "required" in the code, so the outcome no longer depends on the account or AMI.',
    },
    {
        id: 'IMDSG003',
        title: 'Outcome depends on a live setting that could not be read',
        level: 'warning',
        securitySeverity: '5.0',
        checkovIds: CHECKOV_TOKENS,
        help: 'HttpTokens is unset, and the account default of the region or the AMI\'s ImdsSupport that decides it could not be read (no AWS access, or the AMI / region is not known from the code). Set HttpTokens to "required" explicitly, or run with read access to the account.',
    },
    {
        id: 'IMDSG004',
        title: 'Plan update weakens the instance metadata settings',
        level: 'error',
        securitySeverity: '8.1',
        checkovIds: CHECKOV_TOKENS,
        help: 'The plan changes an existing resource from HttpTokens required to optional, or enables again an IMDS endpoint that was disabled. Keep the previous, stricter value.',
    },
    {
        id: 'IMDSG005',
        title: 'Hop limit above 1',
        level: 'note',
        securitySeverity: '3.0',
        checkovIds: ['CKV_AWS_341'],
        help: 'http_put_response_hop_limit above 1 lets IMDS responses reach containers and forwarded hops on the instance (Config rule ec2-token-hop-limit-check). Use 1 unless containers need it (EKS/ECS nodes need 2).',
    },
    {
        id: 'IMDSG006',
        title: 'Metadata setting depends on a value the code does not fix',
        level: 'warning',
        securitySeverity: '5.0',
        checkovIds: CHECKOV_TOKENS,
        help: 'HttpTokens (or HttpEndpoint) comes from an expression that cannot be resolved from the code (a variable without default, a local, a module output, a function, a parameter). Set the literal "required", or give the variable a default of "required".',
    },
    {
        id: 'IMDSG007',
        title: 'Plan update raises the hop limit',
        level: 'warning',
        securitySeverity: '4.0',
        checkovIds: ['CKV_AWS_341'],
        help: 'The plan raises http_put_response_hop_limit of an existing resource, widening IMDS reach to containers. Keep the lower value unless a workload needs it.',
    },
    {
        id: 'IMDSG008',
        title: 'Account default allows IMDSv1',
        level: 'error',
        securitySeverity: '7.5',
        checkovIds: [],
        help: 'aws_ec2_instance_metadata_defaults sets http_tokens = "optional": new launches in the region that leave HttpTokens unset allow IMDSv1. Set http_tokens = "required".',
    },
    ...SERVICE_RULES,
];
const iacRule = (id) => IAC_RULES.find((r) => r.id === id);
const iac_s = (v) => (0,model_text/* cleanText */.X5)(String(v)).slice(0, 200);
const q = (v) => `"${iac_s(v)}"`;
function describeDependency(d) {
    if (d.kind === 'account-default')
        return d.region && !d.assumed
            ? `the account default HttpTokens in ${iac_s(d.region)}`
            : d.region
                ? `the account default HttpTokens in the deploy region (the code names none; ${iac_s(d.region)} assumed)`
                : 'the account default HttpTokens in the deploy region (not named in the code)';
    if (d.kind === 'ami')
        return d.amiId
            ? `the ImdsSupport of AMI ${iac_s(d.amiId)}`
            : `the ImdsSupport of the AMI (${d.expression ? iac_s(d.expression) : 'given at launch'})`;
    return `launch template ${iac_s(d.reference)}, which is not in the scanned code`;
}
function unsetTokens(r, ctx) {
    const region = r.region ?? ctx.defaultRegion;
    const assumed = r.region === undefined && region !== undefined;
    const def = region ? ctx.accountDefaults?.[region] : undefined;
    const where = region
        ? assumed
            ? `${iac_s(region)} (assumed: the code names no region)`
            : iac_s(region)
        : 'the deploy region';
    if (def === 'required')
        return {
            status: 'no-v1',
            why: `HttpTokens unset; the account default in ${where} is required`,
            dependsOn: [],
        };
    if (def === 'optional') {
        return {
            status: 'allows-v1',
            ruleId: 'IMDSG002',
            why: `HttpTokens unset and the account default in ${where} is optional, which allows IMDSv1`,
            dependsOn: [],
        };
    }
    const ami = { kind: 'ami', amiId: r.amiId, expression: r.amiExpression };
    const support = r.amiId ? ctx.amiImdsSupport?.[r.amiId] : undefined;
    if (def === 'no-preference') {
        if (support === 'v2.0')
            return {
                status: 'no-v1',
                why: `HttpTokens unset; account default in ${where} has no preference and AMI ${iac_s(r.amiId)} has ImdsSupport v2.0`,
                dependsOn: [],
            };
        if (support === 'none') {
            return {
                status: 'allows-v1',
                ruleId: 'IMDSG002',
                dependsOn: [],
                why: `HttpTokens unset, the account default in ${where} has no preference and AMI ${iac_s(r.amiId)} has no ImdsSupport v2.0, so EC2 launches it with tokens optional`,
            };
        }
        return {
            status: 'depends',
            ruleId: 'IMDSG003',
            why: `HttpTokens unset; the account default in ${where} has no preference, so it depends on ${describeDependency(ami)}`,
            dependsOn: [ami],
        };
    }
    const deps = [{ kind: 'account-default', region, ...(assumed ? { assumed } : {}) }];
    if (support === undefined)
        deps.push(ami);
    return {
        status: 'depends',
        ruleId: 'IMDSG003',
        why: `HttpTokens unset; depends on ${deps.map(describeDependency).join(' and ')}`,
        dependsOn: deps,
    };
}
const known = (x) => x?.state === 'known' ? x.value : undefined;
const iac_via = (x) => (x.state === 'known' && x.via ? ` (from ${iac_s(x.via)})` : '');
function judgeMetadata(r, m, ctx) {
    const endpoint = known(m.httpEndpoint);
    if (endpoint === 'disabled')
        return { status: 'no-v1', why: `IMDS endpoint disabled${iac_via(m.httpEndpoint)}`, dependsOn: [] };
    const tokens = m.httpTokens;
    if (tokens.state === 'known' && tokens.value === 'required')
        return { status: 'no-v1', why: `HttpTokens required${iac_via(tokens)}`, dependsOn: [] };
    if (tokens.state === 'unknown')
        return {
            status: 'unknown',
            ruleId: 'IMDSG006',
            why: `HttpTokens depends on ${iac_s(tokens.reason)}`,
            dependsOn: [],
        };
    if (tokens.state === 'known' && tokens.value === 'optional') {
        if (m.httpEndpoint.state === 'unknown') {
            return {
                status: 'unknown',
                ruleId: 'IMDSG006',
                why: `HttpTokens optional and HttpEndpoint depends on ${iac_s(m.httpEndpoint.reason)}`,
                dependsOn: [],
            };
        }
        return {
            status: 'allows-v1',
            ruleId: 'IMDSG001',
            why: `HttpTokens is explicitly optional${iac_via(tokens)}`,
            dependsOn: [],
        };
    }
    if (tokens.state === 'known')
        return {
            status: 'unknown',
            ruleId: 'IMDSG006',
            why: `HttpTokens has the unrecognised value ${q(tokens.value)}`,
            dependsOn: [],
        };
    return unsetTokens(r, ctx);
}
function judgeWith(r, all, ctx, depth) {
    if (r.notCreated)
        return { status: 'not-applicable', why: `not created: ${iac_s(r.notCreated)}`, dependsOn: [] };
    if (iac/* SERVICE_KINDS */.o1.has(r.kind))
        return judgeService(r, (ref) => all.get(r, ref));
    if (r.kind === 'account-defaults') {
        const t = known(r.metadata?.httpTokens);
        if (t === 'optional')
            return {
                status: 'allows-v1',
                ruleId: 'IMDSG008',
                why: 'the account default HttpTokens is optional',
                dependsOn: [],
            };
        if (t === 'required')
            return { status: 'no-v1', why: 'the account default HttpTokens is required', dependsOn: [] };
        return {
            status: 'not-applicable',
            why: 'the account default leaves HttpTokens to the AMI',
            dependsOn: [],
        };
    }
    const own = r.metadata;
    const tokensUnset = !own || (own.httpTokens.state === 'unset' && known(own.httpEndpoint) !== 'disabled');
    if (r.template && tokensUnset) {
        const t = r.template;
        const label = `${t.target ?? t.expression ?? 'launch template'}${t.version ? ` (version ${t.version})` : ''}`;
        const target = t.target ? all.get(r, t.target) : undefined;
        if (target && depth < 3) {
            const v = judgeWith(target, all, ctx, depth + 1);
            return { ...v, why: `launches from ${iac_s(label)}: ${v.why}` };
        }
        const dep = { kind: 'template', reference: label };
        return {
            status: 'depends',
            ruleId: 'IMDSG003',
            why: `launches from ${describeDependency(dep)}`,
            dependsOn: [dep],
        };
    }
    if (!own)
        return {
            status: 'not-applicable',
            why: 'no launch template in the code (the service default applies)',
            dependsOn: [],
        };
    return judgeMetadata(r, own, ctx);
}
/** The verdict for one resource (ASG / node group / instance with a template: through that template). */
function judgeIacResource(r, resources, ctx = {}) {
    return judgeWith(r, indexByAddress(resources), ctx, 0);
}
/** The same verdict, with the index built once for many resources (see indexByAddress). */
function judgeInIndex(r, index, ctx = {}) {
    return judgeWith(r, index, ctx, 0);
}
/** Where a template reference is looked up: a CloudFormation template's own file; a Terraform root
 * module (the folder its key names, else the file's folder). */
function scopeOf(r) {
    if (r.format === 'cloudformation')
        return r.file;
    const colon = r.key?.indexOf(':') ?? -1;
    if (r.key && colon > 0)
        return r.key.slice(0, colon);
    return r.file.includes('/') ? r.file.slice(0, r.file.lastIndexOf('/')) : '.';
}
function indexByAddress(resources) {
    const m = new Map();
    for (const r of resources)
        if (r.action !== 'delete')
            m.set(`${scopeOf(r)}\0${r.address.replace(/\[[^\]]*\]/g, '')}`, r);
    return { get: (r, target) => m.get(`${scopeOf(r)}\0${target}`) };
}
// ----- findings ---------------------------------------------------------------------------------------
const TF_BLOCK = [
    'aws_instance',
    'aws_launch_template',
    'aws_launch_configuration',
    'aws_spot_instance_request',
];
const CFN_MO = {
    'AWS::EC2::Instance': 'Properties: { MetadataOptions: { HttpTokens: required } }',
    'AWS::AutoScaling::LaunchConfiguration': 'Properties: { MetadataOptions: { HttpTokens: required } }',
    'AWS::EC2::LaunchTemplate': 'LaunchTemplateData: { MetadataOptions: { HttpTokens: required } }',
};
/** The exact attribute to set, per resource type and rule (and, for a resource that launches from a
 * template, the kind of template it uses). */
function fixFor(resourceType, ruleId, templateLabel, templateKind = 'launch-template') {
    const hop = ruleId === 'IMDSG005' || ruleId === 'IMDSG007';
    const service = serviceFix(resourceType);
    if (service)
        return service;
    if (resourceType === 'aws_ec2_instance_metadata_defaults')
        return 'http_tokens = "required"';
    if (TF_BLOCK.includes(resourceType)) {
        return hop
            ? 'metadata_options { http_put_response_hop_limit = 1 }'
            : 'metadata_options { http_tokens = "required" }';
    }
    if (CFN_MO[resourceType])
        return hop ? 'MetadataOptions: { HttpPutResponseHopLimit: 1 }' : CFN_MO[resourceType];
    const inTemplate = resourceType.startsWith('AWS::')
        ? 'MetadataOptions: { HttpTokens: required }'
        : 'metadata_options { http_tokens = "required" }';
    const kind = templateKind === 'launch-configuration' ? 'launch configuration' : 'launch template';
    return `${inTemplate} in the ${kind} it uses${templateLabel ? ` (${iac_s(templateLabel)})` : ''}`;
}
const at = (o) => `${o.file}${o.line ? `:${o.line}` : ''}`;
/** The fix, pointed at the place that decides the value when that is not the resource's own block. */
function fixAt(base, origin, r) {
    if (!origin || (origin.file === r.file && origin.line === r.line))
        return base;
    // A literal in the resource's own block, or in the launch template the fix already names.
    if (origin.place === 'attribute')
        return base;
    return `${base} \u2014 the value comes from ${iac_s(origin.what)} (${iac_s(at(origin))}): change it there`;
}
/** Where the deciding HttpTokens value comes from: the resource's own, else its template's. */
function tokensOrigin(r, all, depth = 0) {
    const own = r.service?.setting;
    if (own && own.state !== 'unset')
        return own.origin;
    const t = r.metadata?.httpTokens;
    if (t && t.state !== 'unset')
        return t.origin;
    const target = r.template?.target ? all.get(r, r.template.target) : undefined;
    return target && depth < 3 ? tokensOrigin(target, all, depth + 1) : undefined;
}
function suppressionFor(r, rule) {
    const hit = r.suppressions.find((x) => x.valid && (x.tool === 'imds-guard' || (x.ruleId !== undefined && rule.checkovIds.includes(x.ruleId))));
    return hit ? { tool: hit.tool, reason: iac_s(hit.reason) } : undefined;
}
function weakenings(r) {
    const b = r.before;
    const a = r.metadata;
    if (!b || !a || (r.action !== 'update' && r.action !== 'replace'))
        return [];
    const out = [];
    const bt = known(b.httpTokens);
    const at = known(a.httpTokens);
    if (bt === 'required' && at !== 'required' && known(a.httpEndpoint) !== 'disabled') {
        out.push({
            ruleId: 'IMDSG004',
            why: `the plan changes HttpTokens from required to ${at ?? a.httpTokens.state}`,
        });
    }
    if (known(b.httpEndpoint) === 'disabled' && known(a.httpEndpoint) !== 'disabled') {
        out.push({ ruleId: 'IMDSG004', why: 'the plan enables the IMDS endpoint again (it was disabled)' });
    }
    const bh = known(b.hopLimit);
    const ah = known(a.hopLimit);
    if (bh !== undefined && ah !== undefined && ah > bh)
        out.push({ ruleId: 'IMDSG007', why: `the plan raises the hop limit from ${bh} to ${ah}` });
    return out;
}
const RANK = {
    'allows-v1': 4,
    unknown: 3,
    depends: 2,
    'no-v1': 1,
    'not-applicable': 0,
};
const configOf = (address) => address.replace(/\[[^\]]*\]/g, '');
/** A plan resource's source block, judged from the .tf: the same file and address. */
function sourceTwins(resources) {
    const bySource = new Map();
    for (const r of resources) {
        if (r.format !== 'terraform')
            continue;
        const k = `${r.file}\0${configOf(r.address)}`;
        bySource.set(k, [...(bySource.get(k) ?? []), r]);
    }
    const twins = new Map();
    for (const r of resources) {
        if (r.format !== 'terraform-plan' || !r.file.endsWith('.tf'))
            continue;
        const list = bySource.get(`${r.file}\0${configOf(r.address)}`);
        const twin = list?.find((x) => x.address === r.address) ?? list?.[0];
        if (twin)
            twins.set(r, twin);
    }
    return twins;
}
const NOT_ATTRIBUTED = new Set(['no-op', 'read', 'delete']);
function assessIac(resources, ctx = {}, options = {}) {
    const all = indexByAddress(resources);
    const findings = [];
    const verdicts = [];
    const disagreements = [];
    // Source is always judged; a plan resource adds only what the source cannot say (a weakening update,
    // a value the source cannot resolve). Where they disagree, the stricter verdict stands, and it is said.
    const twins = sourceTwins(resources);
    for (const [index, r] of resources.entries()) {
        const baseline = options.baseline?.(r, index);
        const attributed = !(r.action && NOT_ATTRIBUTED.has(r.action)) && baseline !== 'unchanged';
        const verdict = judgeWith(r, all, ctx, 0);
        const base = { address: iac_s(r.address), resourceType: iac_s(r.resourceType), file: r.file, line: r.line };
        verdicts.push({ ...base, attributed, verdict, ...(baseline ? { baseline } : {}) });
        if (r.notCreated)
            continue;
        const twin = twins.get(r);
        const twinVerdict = twin ? judgeWith(twin, all, ctx, 0) : undefined;
        if (twin &&
            twinVerdict &&
            Math.abs(RANK[verdict.status] - RANK[twinVerdict.status]) >= 2 &&
            r.action !== 'delete')
            disagreements.push({
                file: r.file,
                line: r.line,
                address: base.address,
                text: `the plan says ${verdict.status} (${iac_s(verdict.why)}) but the source says ${twinVerdict.status} (${iac_s(twinVerdict.why)}): the plan is stale or was edited; the stricter verdict stands`,
            });
        // A service rule's value the check cannot decide is a warning (an error with fail-unresolved).
        const raw = [];
        if (verdict.ruleId &&
            verdict.status !== 'no-v1' &&
            (!twinVerdict || RANK[verdict.status] > RANK[twinVerdict.status]))
            raw.push({
                ruleId: verdict.ruleId,
                why: verdict.why,
                unresolved: verdict.status === 'unknown' || verdict.ruleId === 'IMDSG006',
            });
        raw.push(...weakenings(r));
        const hop = known(r.metadata?.hopLimit);
        if (!twin &&
            hop !== undefined &&
            hop > 1 &&
            r.kind !== 'account-defaults' &&
            known(r.metadata?.httpEndpoint) !== 'disabled') {
            raw.push({
                ruleId: 'IMDSG005',
                why: `hop limit ${hop} lets IMDS responses reach containers on the instance`,
            });
        }
        const ignored = r.suppressions.filter((x) => !x.valid);
        const note = ignored.length
            ? ` (suppression marker at line ${ignored[0].line ?? '?'} ignored: it gives no reason)`
            : '';
        const origin = tokensOrigin(r, all);
        const related = [...(r.related ?? []), ...(origin ? [origin] : [])];
        for (const f of raw) {
            const rule = iacRule(f.ruleId);
            const tmpl = r.template ? (r.template.target ?? r.template.expression) : undefined;
            const hopRule = f.ruleId === 'IMDSG005' || f.ruleId === 'IMDSG007';
            const fix = fixFor(r.resourceType, f.ruleId, tmpl, r.template?.kind);
            const level = f.unresolved
                ? options.unresolved === 'fail'
                    ? 'error'
                    : rule.level === 'error'
                        ? 'warning'
                        : rule.level
                : rule.level;
            const finding = {
                ...base,
                ruleId: f.ruleId,
                level,
                message: `${iac_s(r.resourceType)} ${iac_s(r.address)}: ${f.why}.${note}`,
                fix: hopRule
                    ? fixAt(fix, r.metadata?.hopLimit.state === 'known' ? r.metadata.hopLimit.origin : undefined, r)
                    : fixAt(fix, origin, r),
                attributed,
                action: r.action,
            };
            if (baseline)
                finding.baseline = baseline;
            if (related.length)
                finding.related = related;
            const sup = suppressionFor(r, rule);
            if (sup)
                finding.suppression = sup;
            findings.push(finding);
        }
    }
    return { findings, verdicts, disagreements };
}
/** Which live settings the outcome depends on, given what `ctx` already knows. */
function liveInputsNeeded(resources, ctx = {}) {
    const regions = new Set();
    const amiIds = new Set();
    const dependsOn = [];
    const all = indexByAddress(resources);
    for (const r of resources) {
        const v = judgeWith(r, all, ctx, 0);
        if (v.status !== 'depends')
            continue;
        for (const d of v.dependsOn) {
            if (d.kind === 'account-default' && d.region)
                regions.add(d.region);
            if (d.kind === 'ami' && d.amiId)
                amiIds.add(d.amiId);
        }
        dependsOn.push({
            address: iac_s(r.address),
            file: r.file,
            line: r.line,
            text: `depends on ${v.dependsOn.map(describeDependency).join(' and ')}`,
        });
    }
    return { regions: [...regions].sort(), amiIds: [...amiIds].sort(), dependsOn };
}


/***/ }),

/***/ 4046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ assessPosture),
/* harmony export */   Qr: () => (/* binding */ defaultsVerdict),
/* harmony export */   WM: () => (/* binding */ templateVerdict),
/* harmony export */   kS: () => (/* binding */ gateTargetOf)
/* harmony export */ });
/* unused harmony export versionAllowsV1 */
/**
 * Account defaults (GetInstanceMetadataDefaults) for one region. New launches there get IMDSv1 unless
 * the default requires tokens, turns the endpoint off, or enforces tokens at launch
 * (HttpTokensEnforced). `no-preference`/unset means "whatever the AMI and launch request say", which is
 * `optional` for any AMI without ImdsSupport v2.0: a finding.
 */
function defaultsVerdict(d) {
    if (d.httpTokensEnforced === 'enabled')
        return { allowsV1: false };
    if (d.httpEndpoint === 'disabled')
        return { allowsV1: false };
    if (d.httpTokens === 'required')
        return { allowsV1: false };
    const tokens = d.httpTokens && d.httpTokens !== 'no-preference' ? d.httpTokens : 'no preference';
    const managed = d.managedBy === 'declarative-policy' ? ' (managed by a declarative policy)' : '';
    return {
        allowsV1: true,
        reason: `default HttpTokens is ${tokens}${managed}: new launches that do not ask for IMDSv2 allow IMDSv1`,
    };
}
/** One launch template version: tokens optional or unset (with the endpoint on) allows IMDSv1. */
function versionAllowsV1(v) {
    if (v.httpEndpoint === 'disabled')
        return false;
    return v.httpTokens !== 'required';
}
function describeVersion(label, v) {
    const tokens = v.httpTokens
        ? `HttpTokens ${v.httpTokens}`
        : 'HttpTokens unset (inherits the account default or AMI, else optional)';
    return `${label} version ${v.versionNumber}: ${tokens}`;
}
/** A template allows IMDSv1 when its default or its latest version does (Security Hub EC2.170). */
function templateVerdict(t) {
    const parts = [];
    const same = t.defaultVersion.versionNumber === t.latestVersion.versionNumber;
    if (versionAllowsV1(t.defaultVersion))
        parts.push(describeVersion(same ? 'default and latest' : 'default', t.defaultVersion));
    if (!same && versionAllowsV1(t.latestVersion))
        parts.push(describeVersion('latest', t.latestVersion));
    return parts.length ? { allowsV1: true, reason: parts.join('; ') } : { allowsV1: false };
}
const byPlace = (a, b) => a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region);
/** Judges the posture the inventory carries; undefined when none was collected. */
function assessPosture(inventory) {
    const { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors } = inventory;
    if (!accountDefaults && !launchTemplates && !images && !autoScalingGroups && !postureErrors)
        return undefined;
    const defaults = (accountDefaults ?? [])
        .map((d) => ({ ...d, ...defaultsVerdict(d) }))
        // Findings first, then by account and region.
        .sort((a, b) => Number(b.allowsV1) - Number(a.allowsV1) || byPlace(a, b));
    const templates = (launchTemplates ?? [])
        .map((t) => ({ ...t, ...templateVerdict(t) }))
        // Findings first; among them the most used first (instances, then groups).
        .sort((a, b) => Number(b.allowsV1) - Number(a.allowsV1) ||
        b.instancesUsing - a.instancesUsing ||
        b.autoScalingGroups.length - a.autoScalingGroups.length ||
        byPlace(a, b) ||
        a.launchTemplateId.localeCompare(b.launchTemplateId));
    const imgs = [...(images ?? [])].sort((a, b) => Number(a.imdsSupport === 'v2.0') - Number(b.imdsSupport === 'v2.0') ||
        b.instancesUsing - a.instancesUsing ||
        byPlace(a, b) ||
        a.imageId.localeCompare(b.imageId));
    const onLaunchConfigurations = (autoScalingGroups ?? [])
        .filter((g) => g.launchConfigurationName && !g.launchTemplateId)
        .sort((a, b) => byPlace(a, b) || a.name.localeCompare(b.name));
    const errors = [...(postureErrors ?? [])].sort((a, b) => byPlace(a, b) || a.operation.localeCompare(b.operation));
    const counts = {
        accountDefaults: {
            regions: defaults.length,
            allowV1: defaults.filter((d) => d.allowsV1).length,
            declarativePolicy: defaults.filter((d) => d.managedBy === 'declarative-policy').length,
        },
        launchTemplates: {
            total: templates.length,
            allowV1: templates.filter((t) => t.allowsV1).length,
            instancesUsingV1Templates: templates
                .filter((t) => t.allowsV1)
                .reduce((n, t) => n + t.instancesUsing, 0),
        },
        images: { total: imgs.length, v2Only: imgs.filter((i) => i.imdsSupport === 'v2.0').length },
        autoScalingGroupsOnLaunchConfigurations: onLaunchConfigurations.length,
        errors: errors.length,
    };
    return {
        accountDefaults: defaults,
        launchTemplates: templates,
        images: imgs,
        autoScalingGroupsOnLaunchConfigurations: onLaunchConfigurations,
        errors,
        counts,
    };
}
/** Which gate target a failed posture operation leaves unverified. */
function gateTargetOf(operation) {
    if (operation === 'GetInstanceMetadataDefaults')
        return 'account-defaults';
    if (operation === 'DescribeLaunchTemplateVersions')
        return 'launch-templates';
    return undefined;
}


/***/ }),

/***/ 3529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ bucketOf),
/* harmony export */   Mm: () => (/* binding */ isCompliant),
/* harmony export */   SB: () => (/* binding */ inScope),
/* harmony export */   bi: () => (/* binding */ riskOf),
/* harmony export */   id: () => (/* binding */ isStopped),
/* harmony export */   oq: () => (/* binding */ allowsV1),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
const RULES = {
    'ec2.8': {
        id: 'ec2.8',
        name: 'Security Hub EC2.8 (AWS Config ec2-imdsv2-check)',
        description: 'An instance is compliant only when HttpTokens is required (IMDSv2 enforced).',
    },
    'ec2.8-or-disabled': {
        id: 'ec2.8-or-disabled',
        name: 'EC2.8 or endpoint disabled (Prowler ec2_instance_imdsv2_enabled)',
        description: 'An instance is compliant when HttpTokens is required, or when its metadata endpoint is disabled.',
    },
};
/** Terminated and shutting-down instances linger in DescribeInstances for about an hour: out of scope. */
function inScope(instance, includeStopped) {
    if (instance.state === 'terminated' || instance.state === 'shutting-down')
        return false;
    if (!includeStopped && (instance.state === 'stopped' || instance.state === 'stopping'))
        return false;
    return true;
}
function isStopped(instance) {
    return instance.state === 'stopped' || instance.state === 'stopping';
}
const endpointDisabled = (m) => m.httpEndpoint === 'disabled';
const tokensRequired = (m) => m.httpTokens === 'required';
/**
 * The display bucket. A change still in flight (State=pending) is its own bucket: DescribeInstances
 * already shows the requested values, but the instance may not enforce them yet.
 */
function bucketOf(m) {
    if (m.state === 'pending')
        return 'pending';
    if (endpointDisabled(m))
        return 'disabled';
    if (tokensRequired(m))
        return 'v2-required';
    return 'v1-allowed';
}
/**
 * Compliance follows the rule on the settings themselves (as AWS Config does), whatever the bucket:
 * a pending change to HttpTokens=required is compliant under EC2.8.
 */
function isCompliant(m, rule) {
    if (tokensRequired(m))
        return true;
    return rule === 'ec2.8-or-disabled' && endpointDisabled(m);
}
/** v1 reachable: endpoint on and tokens optional (the SSRF-to-credentials exposure). */
function allowsV1(m) {
    return !endpointDisabled(m) && !tokensRequired(m);
}
function riskOf(instance) {
    if (instance.instanceProfileArn && instance.publicIp)
        return 'role-public';
    if (instance.instanceProfileArn)
        return 'role';
    return 'no-role';
}


/***/ }),

/***/ 177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ usageState),
/* harmony export */   ZM: () => (/* binding */ assessV1Usage),
/* harmony export */   dG: () => (/* binding */ brokenByHardening)
/* harmony export */ });
/** A v1-allowed instance: made IMDSv1 calls (will break), none (safe to harden now), or not read. */
function usageState(i) {
    if (i.v1Calls === undefined)
        return 'unknown';
    return i.v1Calls > 0 ? 'in-use' : 'safe';
}
/** Broken by hardening: requires tokens now, and IMDSv1 calls were refused in the window. */
const brokenByHardening = (i) => i.bucket !== 'v1-allowed' && (i.v1Rejected ?? 0) > 0;
function assessV1Usage(instances, read) {
    const out = {
        days: read.days,
        from: read.from,
        to: read.to,
        safe: 0,
        inUse: 0,
        unknown: 0,
        rejected: 0,
        errors: read.errors,
    };
    for (const i of instances) {
        if (i.bucket === 'v1-allowed') {
            const s = usageState(i);
            if (s === 'in-use')
                out.inUse++;
            else if (s === 'safe')
                out.safe++;
            else
                out.unknown++;
        }
        else if (brokenByHardening(i))
            out.rejected++;
    }
    return out;
}


/***/ }),

/***/ 5751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ withoutAutoRestored),
/* harmony export */   KF: () => (/* binding */ restoreItem),
/* harmony export */   Pq: () => (/* binding */ waveSoaked),
/* harmony export */   Se: () => (/* binding */ wavesProblem),
/* harmony export */   WZ: () => (/* binding */ restoredCount),
/* harmony export */   _R: () => (/* binding */ instanceWaveCount),
/* harmony export */   bh: () => (/* binding */ MAX_TOTAL_SOAK_MINUTES),
/* harmony export */   mJ: () => (/* binding */ soakProblem),
/* harmony export */   vR: () => (/* binding */ planProgress),
/* harmony export */   wv: () => (/* binding */ planWithWaves)
/* harmony export */ });
/* harmony import */ var _model_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9160);
/**
 * Staged waves, pure: assigning a plan's items to waves (sealed into the
 * plan, so the digest covers them), and reading a staged plan's progress back from the change log so an
 * apply that was cancelled or killed between waves resumes without repeating a change.
 *
 *   waves: canary:1-per-region, 25%, 100%, soak=15, failure-budget=0
 *
 * Elements, in order: `[label:]size` with size `N-per-region` | `N-per-account` | `N-per-tag:KEY` (a
 * canary: N instances of each group not yet in a wave) | `N` (N more instances) | `P%` (more instances
 * until P % of the plan's instances are in waves so far) | `rest`. A list that does not end with
 * everything gets a final `rest` wave; waves left empty are dropped. Launch templates and account
 * defaults change in a final wave of their own, after every instance wave has soaked. The grammar is
 * read with the other inputs (src/settings/waves.ts).
 */

/** GitHub-hosted jobs end after 6 hours: the soaks of one plan must fit in 5.5 h, leaving time to apply. */
const MAX_TOTAL_SOAK_MINUTES = 330;
/** Waves that hold instances, counting the final `rest` wave a list that does not end with everything gets. */
function instanceWaveCount(specs) {
    const last = specs.at(-1)?.size;
    const complete = last?.kind === 'rest' || (last?.kind === 'percent' && last.percent === 100);
    return specs.length + (complete ? 0 : 1);
}
/** The 6-hour job limit: waves \u00d7 soak must stay under 5.5 h. Returns the problem, or undefined. */
function soakProblem(waves, soakMinutes) {
    const total = waves * soakMinutes;
    if (total <= MAX_TOTAL_SOAK_MINUTES)
        return undefined;
    return `${waves} wave(s) \u00d7 ${soakMinutes} min soak = ${Math.round(total * 10) / 10} min, more than the ${MAX_TOTAL_SOAK_MINUTES} min (5.5 h) one job can spend soaking (GitHub-hosted jobs end after 6 h). Use fewer waves or a shorter soak= (in waves), or split the fleet into several plans (instances, tags).`;
}
const describeSpec = (s) => {
    const z = s.size;
    const size = z.kind === 'per-group'
        ? `${z.count} per ${z.by === 'tag' ? `tag ${z.tagKey}` : z.by}`
        : z.kind === 'count'
            ? `${z.count} instance(s)`
            : z.kind === 'percent'
                ? `up to ${z.percent}% of the instances`
                : 'the rest';
    return s.label ? `${s.label}: ${size}` : size;
};
/** Round-robin over (account, region) groups, each in plan order: every wave spreads over the regions. */
function interleave(items) {
    const groups = new Map();
    for (const it of items) {
        const k = `${it.accountId}/${it.region}`;
        groups.set(k, [...(groups.get(k) ?? []), it]);
    }
    const lists = [...groups.values()];
    const out = [];
    for (let n = 0; out.length < items.length; n++)
        for (const l of lists)
            if (n < l.length)
                out.push(l[n]);
    return out;
}
/**
 * The plan with every item assigned to a wave and the waves recorded, unsealed: seal it (plan-file.ts
 * sealPlan) so the digest covers them. `tagOf(item, key)` gives an instance's tag value for `N-per-tag:KEY` canaries (untagged
 * instances form one group of their own).
 */
function planWithWaves(plan, settings, tagOf = () => undefined) {
    const instances = plan.items.filter((i) => i.kind === 'instance');
    const posture = plan.items.filter((i) => i.kind !== 'instance');
    const total = instances.length;
    const waveOf = new Map();
    const waves = [];
    const order = new Map(plan.items.map((it, n) => [it, n]));
    let left = interleave(instances);
    const specs = [...settings.specs];
    if (instanceWaveCount(specs) > specs.length)
        specs.push({ text: 'rest', size: { kind: 'rest' } });
    for (const spec of specs) {
        const z = spec.size;
        let take;
        if (z.kind === 'per-group') {
            const seen = new Map();
            take = [];
            for (const it of [...left].sort((a, b) => order.get(a) - order.get(b))) {
                const key = z.by === 'region'
                    ? `${it.accountId}/${it.region}`
                    : z.by === 'account'
                        ? it.accountId
                        : `tag:${tagOf(it, z.tagKey ?? '') ?? '\u0000untagged'}`;
                const n = seen.get(key) ?? 0;
                if (n < z.count) {
                    take.push(it);
                    seen.set(key, n + 1);
                }
            }
        }
        else {
            const done = total - left.length;
            const n = z.kind === 'count'
                ? z.count
                : z.kind === 'percent'
                    ? Math.ceil((z.percent / 100) * total - 1e-9) - done
                    : left.length;
            take = left.slice(0, Math.max(0, n));
        }
        if (take.length === 0)
            continue; // an empty wave is dropped (e.g. 25% already covered by the canary)
        const chosen = new Set(take);
        left = left.filter((i) => !chosen.has(i));
        const wave = waves.length + 1;
        for (const it of take)
            waveOf.set(it, wave);
        waves.push({ wave, definition: describeSpec(spec), items: take.length, soak: true });
    }
    if (posture.length) {
        const wave = waves.length + 1;
        for (const it of posture)
            waveOf.set(it, wave);
        waves.push({
            wave,
            definition: 'launch templates and account defaults, after every instance wave',
            items: posture.length,
            soak: false,
        });
    }
    const { digest: _old, ...rest } = plan;
    return {
        ...rest,
        items: plan.items.map((i) => ({ ...i, wave: waveOf.get(i) })),
        waves: {
            spec: settings.raw,
            soakMinutes: settings.soakMinutes,
            failureBudget: settings.failureBudget,
            waves,
        },
    };
}
/** Structural check of a plan's waves (plan-file.ts calls it); returns the problem, or undefined. */
function wavesProblem(plan) {
    const w = plan.waves;
    if (w === undefined) {
        return plan.items.some((i) => i.wave !== undefined)
            ? 'items name waves but the plan has none'
            : undefined;
    }
    if (!w || typeof w !== 'object' || !Array.isArray(w.waves))
        return 'waves is not an object with a list';
    if (!(Number.isFinite(w.soakMinutes) && w.soakMinutes >= 0))
        return 'waves.soakMinutes is not a number \u2265 0';
    if (!(Number.isInteger(w.failureBudget) && w.failureBudget >= 0))
        return 'waves.failureBudget is not a whole number \u2265 0';
    if (w.waves.some((x, n) => x?.wave !== n + 1))
        return 'waves are not numbered 1, 2, 3\u2026';
    const soaked = w.waves.filter((x) => x.soak).length;
    const tooLong = soakProblem(soaked, w.soakMinutes);
    if (tooLong)
        return tooLong;
    for (const it of plan.items) {
        if (!Number.isInteger(it.wave) || it.wave < 1 || it.wave > w.waves.length)
            return `${it.resourceId}: wave ${String(it.wave)} is not one of the plan's waves`;
    }
    for (const x of w.waves) {
        if (plan.items.filter((i) => i.wave === x.wave).length !== x.items)
            return `wave ${x.wave} says ${x.items} item(s) but the plan has a different number`;
    }
    return undefined;
}
const itemKey = (r) => `${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
/**
 * What the change log says about each item of a staged plan (records of any run of the same plan
 * digest, mode apply, read after reconciliation): applied, restored, settled or still to do.
 */
function planProgress(plan, records) {
    const mine = records.filter((r) => r.planDigest === plan.digest && r.mode === 'apply');
    const last = new Map();
    for (const r of mine) {
        const k = itemKey(r);
        if (r.result === 'started') {
            // An open intent after reconciliation: its outcome could not be settled; never send it again.
            if (!last.has(k) || last.get(k)?.state === 'todo')
                last.set(k, { state: 'settled', result: 'unknown' });
            continue;
        }
        if (r.autoRollback) {
            if (r.result === 'applied')
                last.set(k, { state: 'restored', record: r });
            continue; // a failed restore leaves the change in place: still applied, soaked again
        }
        if (r.result === 'applied')
            last.set(k, { state: 'applied', at: r.time, before: r.before, after: r.after });
        else if (r.result === 'failed')
            last.set(k, { state: 'todo' });
        else
            last.set(k, { state: 'settled', result: r.result });
    }
    return new Map(plan.items.map((i) => [i, last.get(itemKey(i)) ?? { state: 'todo' }]));
}
/**
 * Has wave `n` soaked in an earlier run? The apply starts a wave only after the previous one passed its
 * soak, so a record of any later wave's item proves it. Otherwise the wave is verified again on resume
 * (the wait counts from its recorded change time, so time already spent is not waited again).
 */
function waveSoaked(plan, n, records) {
    const later = new Set(plan.items.filter((i) => (i.wave ?? 0) > n).map(itemKey));
    return records.some((r) => r.planDigest === plan.digest && r.mode === 'apply' && later.has(itemKey(r)));
}
/** Instances this plan restored automatically (any run), for the failure budget. */
function restoredCount(progress) {
    return [...progress.values()].filter((p) => p.state === 'restored').length;
}
/**
 * The item that puts an instance back to the exact state before its wave's change: `before` is the
 * state the change left, `after` every field the change altered, set back.
 */
function restoreItem(item, changeBefore, changeAfter) {
    const left = (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)({ ...(0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)(changeBefore), ...(0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)(changeAfter) });
    const after = {};
    for (const f of (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .changedFields */ .E0)(left, (0,_model_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .settingsOf */ .f5)(changeBefore)))
        after[f] = changeBefore[f];
    return { ...item, before: left, after };
}
/**
 * For plan-rollback: the records of a run without the instances its waves already restored (their
 * hardening and their restore), so a rollback plan never re-applies what the soak undid.
 */
function withoutAutoRestored(records) {
    const restored = records.filter((r) => r.autoRollback && r.result === 'applied');
    const gone = new Set(restored.map((r) => `${r.runId}|${itemKey(r)}`));
    return { records: records.filter((r) => !gone.has(`${r.runId}|${itemKey(r)}`)), restored };
}


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ DEFAULT_CHAIN),
/* harmony export */   J6: () => (/* binding */ awsErrorCode),
/* harmony export */   MC: () => (/* binding */ sessionOf),
/* harmony export */   S2: () => (/* binding */ ClientFactory),
/* harmony export */   ke: () => (/* binding */ UNSIGNED)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ATTEMPTS, SOCKETS_PER_REGION, BUDGETS, DeadlineExceeded */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8932);
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4085);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6114);
/* harmony import */ var _aws_sdk_client_guardduty__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(600);
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_lightsail__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4656);
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2503);
/* harmony import */ var _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4459);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1279);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7309);
/**
 * One place that builds AWS SDK clients: the same credentials, retry budgets and call counting for
 * every service. Clients are cached per (session object, budget, service, region) so connections are
 * reused.
 *
 * Retry budgets, not one retry count: a call that feeds the gate (regions, instances, sign-in,
 * Organizations) keeps the SDK's standard throttling-aware retries; a secondary call (launch posture,
 * readiness) gets a short budget, so a 5xx storm on it costs seconds and surfaces as that call's
 * failure. Every call of either class also has a deadline (the SDK's abort signal).
 */














/** The session of an account the run reached; never another account's. */
function sessionOf(sessions, accountId) {
    const s = sessions.get(accountId);
    if (!s)
        throw new Error(`internal: no session for account ${accountId} (it was not reached in this run)`);
    return s;
}
/** The SDK default credential chain, before sign-in tells us the account. */
const DEFAULT_CHAIN = Object.freeze({ accountId: '' });
/** No credentials at all: for AssumeRoleWithWebIdentity, which is not signed. */
const UNSIGNED = Object.freeze({
    accountId: '',
    credentials: { accessKeyId: '', secretAccessKey: '' },
});
/** Attempts per gate call, throttling included (standard mode: jittered exponential backoff, retry quota). */
const DEFAULT_MAX_ATTEMPTS = 10;
/** Connections per region (see ClientFactory.handlers): a region's 16 partitions, its posture and usage reads. */
const SOCKETS_PER_REGION = 64;
/**
 * Secondary: 3 attempts \u2014 backoff is \u2264 0.1 s + 0.2 s for a 5xx (50 ms base) and \u2264 1 s + 2 s when
 * throttled \u2014 and 20 s at most in all. Gate: 10 attempts (a throttled page keeps being retried for up
 * to ~2 minutes of backoff) within 5 minutes per call.
 */
const BUDGETS = Object.freeze({
    gate: { maxAttempts: DEFAULT_MAX_ATTEMPTS, deadlineMs: 300_000 },
    secondary: { maxAttempts: 3, deadlineMs: 20_000 },
});
/** Thrown (as the call's error) when a call runs past its budget's deadline. */
class DeadlineExceeded extends Error {
    name = 'DeadlineExceeded';
}
class ClientFactory {
    /** Logical calls per operation (retries not counted): logged, reported, read by the benchmark. */
    calls = {};
    cache = new Map();
    /**
     * One keep-alive connection pool per region, shared by every client of that region: an organization
     * scan builds a client per (service, account, region), and they all talk to the same regional
     * endpoints, so sharing reuses connections (and TLS sessions) across accounts. Per region, not one
     * for all: AWS's endpoints are regional, so each region's calls have their own connections; under an
     * endpoint override (AWS_ENDPOINT_URL: a proxy, a test emulator) one pool would put every region's
     * partitions behind the same 64 sockets.
     */
    handlers = new Map();
    handler(region) {
        let h = this.handlers.get(region);
        if (!h) {
            h = new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_3__.NodeHttpHandler({
                httpAgent: new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_REGION }),
                httpsAgent: new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_REGION }),
            });
            this.handlers.set(region, h);
        }
        return h;
    }
    budgets;
    /**
     * `maxAttempts` (or AWS_MAX_ATTEMPTS) sets the gate budget's attempts; the secondary budget never
     * exceeds it (a write factory built with 1 never retries anything). `overrides` is for tests and
     * benchmarks.
     */
    constructor(maxAttempts = Number(process.env.AWS_MAX_ATTEMPTS) || DEFAULT_MAX_ATTEMPTS, overrides = {}) {
        this.budgets = {
            gate: { ...BUDGETS.gate, maxAttempts, ...overrides.gate },
            secondary: {
                ...BUDGETS.secondary,
                maxAttempts: Math.min(maxAttempts, BUDGETS.secondary.maxAttempts),
                ...overrides.secondary,
            },
        };
    }
    /** EC2: `gate` for regions and instances (and writes); `secondary` for posture reads. */
    ec2(session, region, budget = 'gate') {
        return this.get(session, budget, `ec2/${region}`, (c) => new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_4__/* .EC2Client */ .gu5(this.config(region, session, c)));
    }
    sts(session, region) {
        return this.get(session, 'gate', `sts/${region}`, (c) => new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(this.config(region, session, c)));
    }
    /** CloudWatch (readiness) is secondary by default. */
    cloudwatch(session, region, budget = 'secondary') {
        return this.get(session, budget, `cw/${region}`, (c) => new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_6__/* .CloudWatchClient */ .WBn(this.config(region, session, c)));
    }
    organizations(session, region) {
        return this.get(session, 'gate', `org/${region}`, (c) => new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_7__/* .OrganizationsClient */ .gnq(this.config(region, session, c)));
    }
    /** Auto Scaling (launch posture) is secondary by default. */
    autoscaling(session, region, budget = 'secondary') {
        return this.get(session, budget, `asg/${region}`, (c) => new _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_8__/* .AutoScalingClient */ .yis(this.config(region, session, c)));
    }
    /** Exposure context (GuardDuty, IAM, other IMDS services): secondary, never fatal. */
    guardduty(session, region) {
        return this.get(session, 'secondary', `gd/${region}`, (c) => new _aws_sdk_client_guardduty__WEBPACK_IMPORTED_MODULE_9__/* .GuardDutyClient */ .xIV(this.config(region, session, c)));
    }
    /** IAM is global: one client per session (signed for `region`, the home region). */
    iam(session, region) {
        return this.get(session, 'secondary', 'iam', (c) => new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_10__/* .IAMClient */ .h8v(this.config(region, session, c)));
    }
    sagemaker(session, region) {
        return this.get(session, 'secondary', `sm/${region}`, (c) => new _aws_sdk_client_sagemaker__WEBPACK_IMPORTED_MODULE_11__/* .SageMakerClient */ .kHU(this.config(region, session, c)));
    }
    beanstalk(session, region) {
        return this.get(session, 'secondary', `eb/${region}`, (c) => new _aws_sdk_client_elastic_beanstalk__WEBPACK_IMPORTED_MODULE_12__/* .ElasticBeanstalkClient */ .E8k(this.config(region, session, c)));
    }
    lightsail(session, region) {
        return this.get(session, 'secondary', `ls/${region}`, (c) => new _aws_sdk_client_lightsail__WEBPACK_IMPORTED_MODULE_13__/* .LightsailClient */ .dS6(this.config(region, session, c)));
    }
    /** The budget a client of this factory uses (for logs and tests). */
    budget(budget) {
        return this.budgets[budget];
    }
    destroy() {
        this.cache.clear();
        for (const h of this.handlers.values())
            h.destroy();
        this.handlers.clear();
    }
    config(region, session, budget) {
        return {
            region,
            credentials: session.credentials,
            maxAttempts: budget.maxAttempts,
            retryMode: 'standard',
            requestHandler: this.handler(region),
        };
    }
    sessionIds = new WeakMap();
    nextSessionId = 0;
    get(session, budget, what, make) {
        let id = this.sessionIds.get(session);
        if (id === undefined) {
            id = this.nextSessionId++;
            this.sessionIds.set(session, id);
        }
        const spec = this.budgets[budget];
        if (!spec)
            throw new Error(`unknown retry budget ${String(budget)}`);
        const key = `${id}/${budget}/${what}`;
        let client = this.cache.get(key);
        if (!client) {
            client = make(spec);
            withDeadline(client, spec.deadlineMs);
            // No SDK logger is configured, yet its logger middleware still runs the schema's sensitive-data
            // filter over every output (the no-op logger has an `info`): ~10 % of a 100k scan's CPU, for nothing.
            // biome-ignore lint/suspicious/noExplicitAny: the middleware stack is typed per client.
            client.middlewareStack.remove('loggerMiddleware');
            // Count each logical call once, at the start of the middleware stack (before retries).
            // biome-ignore lint/suspicious/noExplicitAny: the middleware stack is typed per client.
            client.middlewareStack.add(
            // biome-ignore lint/suspicious/noExplicitAny: generic middleware.
            (next, context) => (args) => {
                const op = (context.commandName ?? 'Unknown').replace(/Command$/, '');
                this.calls[op] = (this.calls[op] ?? 0) + 1;
                return next(args);
            }, { step: 'initialize', name: 'imdsGuardCallCounter' });
            this.cache.set(key, client);
        }
        return client;
    }
}
/**
 * Every call through `client.send` gets the SDK's abort signal for the budget's deadline (combined with
 * the caller's own signal, if any): the abort interrupts a backoff wait or an in-flight request, and
 * the call fails with DeadlineExceeded instead of waiting on.
 */
function withDeadline(client, deadlineMs) {
    // biome-ignore lint/suspicious/noExplicitAny: send is overloaded per client; the wrapper keeps its shape.
    const c = client;
    const send = c.send.bind(client);
    c.send = async (command, options, ...rest) => {
        if (typeof options === 'function')
            return send(command, options, ...rest);
        const deadline = AbortSignal.timeout(deadlineMs);
        const abortSignal = options?.abortSignal ? AbortSignal.any([options.abortSignal, deadline]) : deadline;
        try {
            return await send(command, { ...options, abortSignal }, ...rest);
        }
        catch (e) {
            if (deadline.aborted && !options?.abortSignal?.aborted) {
                const op = command?.constructor?.name?.replace(/Command$/, '');
                throw new DeadlineExceeded(`${op ?? 'call'} gave up after its ${deadlineMs / 1000} s deadline (${awsErrorCode(e)}: ${e instanceof Error ? e.message : String(e)})`);
            }
            throw e;
        }
    };
}
/**
 * The error code of an SDK error (`RequestLimitExceeded`, `AuthFailure`, \u2026) or a network error; `HTTP
 * 500` (the status) for an answer that is not AWS's, which has no code.
 */
function awsErrorCode(e) {
    const answer = (0,_log_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableAnswer */ .Cw)(e);
    if (answer)
        return `HTTP ${answer.status}`;
    if (e && typeof e === 'object') {
        const err = e;
        return err.Code ?? err.code ?? err.name ?? 'Error';
    }
    return 'Error';
}


/***/ }),

/***/ 8798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ collectInventory)
});

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/posture.js
var aws_posture = __webpack_require__(3305);
;// CONCATENATED MODULE: ./lib/aws/asg.js





function ref(source, spec, instanceType) {
    const r = { source, version: spec.Version?.trim() || '$Default' };
    if (spec.LaunchTemplateId)
        r.launchTemplateId = spec.LaunchTemplateId;
    if (spec.LaunchTemplateName)
        r.launchTemplateName = spec.LaunchTemplateName;
    if (instanceType)
        r.instanceType = instanceType;
    return r;
}
/** One group's launch references, as the API returns them. */
function groupLaunch(g, accountId, region) {
    const refs = [];
    if (g.LaunchTemplate)
        refs.push(ref('launch-template', g.LaunchTemplate));
    const mixed = g.MixedInstancesPolicy?.LaunchTemplate;
    if (mixed?.LaunchTemplateSpecification)
        refs.push(ref('mixed-instances-policy', mixed.LaunchTemplateSpecification));
    for (const o of mixed?.Overrides ?? []) {
        if (o.LaunchTemplateSpecification)
            refs.push(ref('override', o.LaunchTemplateSpecification, o.InstanceType));
    }
    const out = { accountId, region, name: g.AutoScalingGroupName ?? '', refs };
    if (g.LaunchConfigurationName)
        out.launchConfigurationName = g.LaunchConfigurationName;
    return out;
}
async function readGroupLaunches(autoscaling, accountId, region, listed) {
    const groups = await (listed ?? (0,aws_posture/* listAutoScalingGroups */.lL)(autoscaling));
    return groups.map((g) => groupLaunch(g, accountId, region)).sort((a, b) => a.name.localeCompare(b.name));
}
async function describeVersions(ec2, template, versions) {
    const out = [];
    let next;
    do {
        const page = await ec2.send(new dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({
            ...(template.id ? { LaunchTemplateId: template.id } : { LaunchTemplateName: template.name }),
            Versions: versions,
            NextToken: next,
        }));
        out.push(...(page.LaunchTemplateVersions ?? []));
        next = page.NextToken;
    } while (next);
    return out;
}
/**
 * The versions the groups launch, per template: `$Default`, `$Latest` and every number a group names.
 * A pinned version that no longer exists fails the whole call (VersionNotFound): the template is then
 * read again without it, so the other groups are still judged.
 */
async function readLaunchedVersions(ec2, accountId, region, groups, errors) {
    const wanted = new Map();
    for (const g of groups) {
        for (const r of g.refs) {
            const k = r.launchTemplateId ? `id:${r.launchTemplateId}` : `name:${r.launchTemplateName ?? ''}`;
            if (k === 'name:')
                continue;
            let w = wanted.get(k);
            if (!w) {
                w = {
                    id: r.launchTemplateId,
                    name: r.launchTemplateId ? undefined : r.launchTemplateName,
                    numbers: new Set(),
                };
                wanted.set(k, w);
            }
            if (/^\d+$/.test(r.version))
                w.numbers.add(r.version);
        }
    }
    const limit = (0,p_limit/* default */.A)(4);
    const sets = await Promise.all([...wanted.values()].map((w) => limit(async () => {
        const specs = ['$Default', '$Latest', ...[...w.numbers].sort((a, b) => Number(a) - Number(b))];
        let rows;
        try {
            rows = await describeVersions(ec2, w, specs);
        }
        catch (e) {
            const code = (0,aws_clients/* awsErrorCode */.J6)(e);
            if (!/VersionNotFound/.test(code) || specs.length === 2) {
                errors.push({
                    accountId,
                    region,
                    operation: 'DescribeLaunchTemplateVersions',
                    code,
                    message: (0,lib_log/* errorMessage */.gJ)(e),
                });
                return undefined;
            }
            try {
                rows = await describeVersions(ec2, w, specs.slice(0, 2));
                for (const n of specs.slice(2)) {
                    try {
                        rows.push(...(await describeVersions(ec2, w, [n])));
                    }
                    catch {
                        // A deleted pinned version: the groups naming it are judged `unknown`.
                    }
                }
            }
            catch (e2) {
                errors.push({
                    accountId,
                    region,
                    operation: 'DescribeLaunchTemplateVersions',
                    code: (0,aws_clients/* awsErrorCode */.J6)(e2),
                    message: (0,lib_log/* errorMessage */.gJ)(e2),
                });
                return undefined;
            }
        }
        if (!rows.length)
            return undefined;
        const byNumber = new Map();
        for (const r of rows)
            byNumber.set(r.VersionNumber ?? 0, r);
        const numbers = [...byNumber.keys()].sort((a, b) => a - b);
        const set = {
            accountId,
            region,
            launchTemplateId: rows[0].LaunchTemplateId ?? w.id ?? '',
            name: rows[0].LaunchTemplateName ?? w.name ?? '',
            latestVersionNumber: numbers[numbers.length - 1],
            versions: numbers.map((n) => (0,aws_posture/* versionInfo */.Tc)(byNumber.get(n))),
        };
        const def = rows.find((r) => r.DefaultVersion);
        if (def?.VersionNumber !== undefined)
            set.defaultVersionNumber = def.VersionNumber;
        return set;
    })));
    return sets
        .filter((s) => s !== undefined)
        .sort((a, b) => a.launchTemplateId.localeCompare(b.launchTemplateId));
}
/** One (account, region): its groups and the template versions they launch. Never throws. */
async function collectRegionAsgLaunches(clients, accountId, region) {
    const errors = [];
    let groups = [];
    try {
        groups = await readGroupLaunches(clients.autoscaling, accountId, region, clients.groups);
    }
    catch (e) {
        // A shared listing's failure is the posture's to report: once, not twice.
        if (clients.groups)
            return { groups: [], templates: [], errors };
        errors.push({
            accountId,
            region,
            operation: 'DescribeAutoScalingGroups',
            code: (0,aws_clients/* awsErrorCode */.J6)(e),
            message: (0,lib_log/* errorMessage */.gJ)(e),
        });
    }
    const templates = groups.some((g) => g.refs.length)
        ? await readLaunchedVersions(clients.ec2, accountId, region, groups, errors)
        : [];
    return { groups, templates, errors };
}
/** Joins per-region results into the inventory's one record. */
function mergeAsgLaunches(parts) {
    return {
        groups: parts.flatMap((p) => p.groups),
        templates: parts.flatMap((p) => p.templates),
        errors: parts.flatMap((p) => p.errors),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-guardduty/dist-cjs/index.js
var client_guardduty_dist_cjs = __webpack_require__(600);
;// CONCATENATED MODULE: ./lib/model/exposure.js
/**
 * Exposure context beside the IMDS settings: has anyone already used an instance's credentials
 * elsewhere (GuardDuty), what those credentials can reach (IAM), and the other AWS services that run
 * an instance metadata service (SageMaker notebook instances, Elastic Beanstalk, Lightsail).
 * Collected read-only, once per account/region; a read that fails is recorded and reported as unknown.
 */
/** GuardDuty's instance-credential-exfiltration finding types (MITRE ATT&CK T1552.005). */
const EXFILTRATION_TYPES = [
    'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
    'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS',
];

;// CONCATENATED MODULE: ./lib/aws/guardduty.js
/**
 * Has anyone already used an instance's credentials (MITRE ATT&CK T1552.005)? GuardDuty's
 * InstanceCredentialExfiltration.OutsideAWS / .InsideAWS findings, read per (account, region):
 *   ListDetectors                 1 (no detector: GuardDuty is off there \u2014 said, never "no findings")
 *   ListFindings                  ceil(findings / 50), with a FindingCriteria on the two types and
 *                                 updatedAt within the window; archived findings are not filtered out
 *   GetFindings                   ceil(findings / 50)
 * Each finding is joined to its instance through the access key's principal (`ROLEID:i-\u2026`, the role
 * session name instance-profile credentials carry), else through the finding's resource instance.
 * A refusal or error is recorded (status `unknown`) and the audit goes on.
 */




/** Finding ids per GetFindings call (the API's maximum). */
const FINDINGS_BATCH = 50;
/** Pages of ListFindings read at most (50 ids each): 1,000 exfiltration findings in a region is plenty to rank. */
const MAX_PAGES = 20;
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
/** The instance id of a principal `ROLEID:i-\u2026` (or an assumed-role ARN ending `/i-\u2026`); undefined otherwise. */
function instanceOfPrincipal(principal) {
    if (!principal)
        return undefined;
    const m = /[:/](i-[0-9a-f]{8,17})$/.exec(principal);
    return m && INSTANCE_ID.test(m[1]) ? m[1] : undefined;
}
function iso(t) {
    if (!t)
        return undefined;
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
/** One GuardDuty finding \u2192 the fields the report uses (undefined when it is not an exfiltration finding). */
function toExfiltration(f, accountId, region, detectorId) {
    const type = f.Type;
    if (!f.Id || !EXFILTRATION_TYPES.includes(type))
        return undefined;
    const key = f.Resource?.AccessKeyDetails;
    const fromPrincipal = instanceOfPrincipal(key?.PrincipalId);
    const resourceInstance = f.Resource?.InstanceDetails?.InstanceId;
    const fromResource = resourceInstance && INSTANCE_ID.test(resourceInstance) ? resourceInstance : undefined;
    const action = f.Service?.Action?.AwsApiCallAction;
    const ip = action?.RemoteIpDetails;
    const out = {
        accountId: f.AccountId ?? accountId,
        region: f.Region ?? region,
        detectorId,
        findingId: f.Id,
        type,
        updatedAt: iso(f.UpdatedAt) ?? f.UpdatedAt ?? '',
        archived: f.Service?.Archived === true,
    };
    const instanceId = fromPrincipal ?? fromResource;
    if (instanceId) {
        out.instanceId = instanceId;
        out.joinedBy = fromPrincipal ? 'session-name' : 'resource';
    }
    const set = (k, v) => {
        if (v !== undefined && v !== '')
            out[k] = v;
    };
    set('principalId', key?.PrincipalId);
    set('userName', key?.UserName);
    set('accessKeyId', key?.AccessKeyId);
    set('severity', f.Severity);
    set('firstSeen', iso(f.Service?.EventFirstSeen));
    set('lastSeen', iso(f.Service?.EventLastSeen));
    set('count', f.Service?.Count);
    set('remoteIp', ip?.IpAddressV4 ?? ip?.IpAddressV6);
    set('asn', ip?.Organization?.Asn);
    set('asnOrg', ip?.Organization?.AsnOrg);
    set('org', ip?.Organization?.Org);
    set('isp', ip?.Organization?.Isp);
    set('country', ip?.Country?.CountryName);
    set('remoteAccountId', action?.RemoteAccountDetails?.AccountId);
    return out;
}
/** GuardDuty's exfiltration findings of one (account, region), updated within [from, to]. Never throws. */
async function readGuardDuty(client, accountId, region, window) {
    const read = { accountId, region, status: 'unknown', findings: 0 };
    const errors = [];
    const failed = (operation, e) => {
        const code = (0,aws_clients/* awsErrorCode */.J6)(e);
        const message = (0,lib_log/* errorMessage */.gJ)(e);
        read.status = 'unknown';
        read.code = code;
        read.message = message;
        errors.push({ accountId, region, service: 'guardduty', operation, code, message });
        return { read, findings: [], errors };
    };
    let detectorId;
    try {
        // An account has at most one detector per region; the first page is the answer.
        const out = await client.send(new client_guardduty_dist_cjs/* ListDetectorsCommand */.pgY({ MaxResults: 50 }));
        detectorId = out.DetectorIds?.[0];
    }
    catch (e) {
        return failed('ListDetectors', e);
    }
    if (!detectorId) {
        read.status = 'disabled';
        return { read, findings: [], errors };
    }
    read.detectorId = detectorId;
    const ids = [];
    try {
        let token;
        for (let page = 0; page < MAX_PAGES; page++) {
            const out = await client.send(new client_guardduty_dist_cjs/* ListFindingsCommand */.m_$({
                DetectorId: detectorId,
                MaxResults: FINDINGS_BATCH,
                NextToken: token,
                FindingCriteria: {
                    Criterion: {
                        type: { Equals: [...EXFILTRATION_TYPES] },
                        updatedAt: {
                            GreaterThanOrEqual: window.from.getTime(),
                            LessThanOrEqual: window.to.getTime(),
                        },
                    },
                },
            }));
            ids.push(...(out.FindingIds ?? []));
            token = out.NextToken || undefined;
            if (!token)
                break;
        }
    }
    catch (e) {
        return failed('ListFindings', e);
    }
    const findings = [];
    try {
        for (let i = 0; i < ids.length; i += FINDINGS_BATCH) {
            const out = await client.send(new client_guardduty_dist_cjs/* GetFindingsCommand */.OXC({ DetectorId: detectorId, FindingIds: ids.slice(i, i + FINDINGS_BATCH) }));
            for (const f of out.Findings ?? []) {
                const x = toExfiltration(f, accountId, region, detectorId);
                if (x)
                    findings.push(x);
            }
        }
    }
    catch (e) {
        return failed('GetFindings', e);
    }
    read.status = 'enabled';
    read.findings = findings.length;
    return { read, findings, errors };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./lib/model/reach.js
var model_reach = __webpack_require__(5798);
;// CONCATENATED MODULE: ./lib/aws/iam.js
/**
 * What an instance's credentials can reach: for each instance profile on a v1-allowed instance, its
 * role and the role's policies, read once per account (IAM is global):
 *   GetInstanceProfile            1 per instance profile
 *   ListAttachedRolePolicies      1 per role (per 100 policies)
 *   ListRolePolicies              1 per role (per 100 names)
 *   GetRolePolicy                 1 per inline policy
 *   GetPolicy + GetPolicyVersion  1 + 1 per managed policy (once per account, whichever roles share it)
 * A read that fails makes that role's reach `unknown` (never `narrow`); the audit goes on.
 */




/** A policy document as IAM returns it (URL-encoded JSON) \u2192 its parsed value; throws on bad JSON. */
function decodePolicyDocument(text) {
    let decoded = text;
    try {
        decoded = decodeURIComponent(text);
    }
    catch {
        // Already plain JSON (a `%` that is not an escape): parse it as it is.
    }
    return JSON.parse(decoded);
}
/** The name of an instance profile from its ARN (`arn:aws:iam::ACCOUNT:instance-profile/path/NAME`). */
function profileNameOf(arn) {
    const m = /:instance-profile\/(?:.*\/)?([\w+=,.@-]{1,128})$/.exec(arn);
    return m?.[1];
}
/**
 * Every role behind these instance profiles of one account, each role read once. Never throws: a
 * failure becomes that profile's `unknown` reach with its error.
 */
async function readRoleReach(iam, accountId, profileArns) {
    const reader = roleReachReader(iam, accountId);
    for (const arn of profileArns)
        reader.add(arn);
    return reader.finish();
}
/**
 * The same reads, started as profiles are found (each region's scan adds its own), so they overlap the
 * rest of the scan instead of following it.
 */
function roleReachReader(iam, accountId) {
    const errors = [];
    const fail = (operation, e) => {
        const f = { operation, code: (0,aws_clients/* awsErrorCode */.J6)(e), message: (0,lib_log/* errorMessage */.gJ)(e) };
        errors.push({ accountId, region: 'global', service: 'iam', ...f });
        return f;
    };
    const managed = new Map();
    const roleDocs = new Map();
    const readManaged = (arn, name) => {
        let p = managed.get(arn);
        if (!p) {
            p = (async () => {
                let version;
                try {
                    version = (await iam.send(new client_iam_dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }))).Policy?.DefaultVersionId;
                }
                catch (e) {
                    return fail('GetPolicy', e);
                }
                if (!version)
                    return {
                        operation: 'GetPolicy',
                        code: 'NoDefaultVersion',
                        message: `${arn} has no default version`,
                    };
                try {
                    const v = await iam.send(new client_iam_dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: version }));
                    return {
                        name,
                        arn,
                        awsManaged: arn.includes(':iam::aws:policy/'),
                        document: decodePolicyDocument(v.PolicyVersion?.Document ?? ''),
                    };
                }
                catch (e) {
                    return fail('GetPolicyVersion', e);
                }
            })();
            managed.set(arn, p);
        }
        return p;
    };
    const readRole = (roleName) => {
        let p = roleDocs.get(roleName);
        if (!p) {
            p = (async () => {
                const docs = [];
                const failures = [];
                try {
                    let marker;
                    do {
                        const out = await iam.send(new client_iam_dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: roleName, Marker: marker }));
                        const got = await Promise.all((out.AttachedPolicies ?? []).map((a) => readManaged(a.PolicyArn ?? '', a.PolicyName ?? '')));
                        for (const g of got)
                            'document' in g ? docs.push(g) : failures.push(g);
                        marker = out.IsTruncated ? out.Marker : undefined;
                    } while (marker);
                }
                catch (e) {
                    failures.push(fail('ListAttachedRolePolicies', e));
                }
                try {
                    let marker;
                    do {
                        const out = await iam.send(new client_iam_dist_cjs/* ListRolePoliciesCommand */.Y7N({ RoleName: roleName, Marker: marker }));
                        for (const name of out.PolicyNames ?? []) {
                            try {
                                const d = await iam.send(new client_iam_dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: roleName, PolicyName: name }));
                                docs.push({ name, document: decodePolicyDocument(d.PolicyDocument ?? '') });
                            }
                            catch (e) {
                                failures.push(fail('GetRolePolicy', e));
                            }
                        }
                        marker = out.IsTruncated ? out.Marker : undefined;
                    } while (marker);
                }
                catch (e) {
                    failures.push(fail('ListRolePolicies', e));
                }
                return { docs, failures };
            })();
            roleDocs.set(roleName, p);
        }
        return p;
    };
    const started = new Map();
    const readProfile = async (instanceProfileArn) => {
        const reach = {
            accountId,
            instanceProfileArn,
            level: 'unknown',
            reasons: [],
            policies: [],
            errors: [],
        };
        const name = profileNameOf(instanceProfileArn);
        if (!name) {
            reach.reasons.push('the instance profile ARN could not be read');
            return reach;
        }
        let roleName;
        try {
            const out = await iam.send(new client_iam_dist_cjs/* GetInstanceProfileCommand */.Qa4({ InstanceProfileName: name }));
            const role = out.InstanceProfile?.Roles?.[0];
            roleName = role?.RoleName;
            if (role?.Arn)
                reach.roleArn = role.Arn;
        }
        catch (e) {
            reach.errors.push(fail('GetInstanceProfile', e));
            reach.reasons.push('the instance profile could not be read');
            return reach;
        }
        if (!roleName) {
            reach.level = 'narrow';
            reach.reasons.push('the instance profile has no role: no credentials are served');
            return reach;
        }
        reach.roleName = roleName;
        const { docs, failures } = await readRole(roleName);
        reach.errors.push(...failures);
        reach.policies = docs.map((d) => d.name);
        const judged = (0,model_reach/* reachOf */.x)(docs);
        reach.reasons = judged.reasons;
        // Any unread policy leaves the role's reach unknown, unless what was read already makes it admin.
        reach.level = failures.length && judged.level !== 'admin' ? 'unknown' : judged.level;
        if (failures.length && judged.level !== 'admin')
            reach.reasons.push(`${failures.length} policy read(s) failed (${failures[0].operation}: ${failures[0].code})`);
        return reach;
    };
    return {
        add(arn) {
            if (!started.has(arn))
                started.set(arn, readProfile(arn));
        },
        async finish() {
            const roles = await Promise.all([...started.keys()].sort().map((arn) => started.get(arn)));
            return { roles, errors };
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-beanstalk/dist-cjs/index.js
var client_elastic_beanstalk_dist_cjs = __webpack_require__(6114);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lightsail/dist-cjs/index.js
var client_lightsail_dist_cjs = __webpack_require__(4656);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sagemaker/dist-cjs/index.js
var client_sagemaker_dist_cjs = __webpack_require__(4459);
;// CONCATENATED MODULE: ./lib/aws/other-imds.js
/**
 * The other services that run an instance metadata service, read per (account, region), audit only:
 *   SageMaker notebook instances  ListNotebookInstances (per 100) + DescribeNotebookInstance each \u2192
 *                                 InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion
 *                                 ("1" allows IMDSv1)
 *   Elastic Beanstalk             DescribeEnvironments + DescribeConfigurationSettings each \u2192
 *                                 aws:autoscaling:launchconfiguration / DisableIMDSv1
 *   Lightsail instances           GetInstances \u2192 metadataOptions.httpTokens
 * A read that fails is recorded (its resources are unknown, never compliant); the audit goes on.
 */





const other_imds_MAX_PAGES = 50;
/** Beanstalk with DisableIMDSv1 unset: what the audit assumes, per platform. */
function beanstalkVerdict(value, platform) {
    if (value !== undefined && /^true$/i.test(value))
        return { allowsV1: false, setting: 'DisableIMDSv1=true' };
    if (value !== undefined && /^false$/i.test(value))
        return { allowsV1: true, setting: 'DisableIMDSv1=false' };
    if (/Amazon Linux 2023/i.test(platform))
        return {
            setting: 'DisableIMDSv1 unset',
            assumption: 'unset on an Amazon Linux 2023 platform: its default depends on the platform version, so it is reported unknown; set DisableIMDSv1=true to be sure',
        };
    return {
        allowsV1: true,
        setting: 'DisableIMDSv1 unset',
        assumption: 'unset: assumed false (the documented default), so the instances allow IMDSv1',
    };
}
async function readOtherImds(c, accountId, region) {
    const resources = [];
    const errors = [];
    const unavailable = [];
    const fail = (service, operation, e) => errors.push({ accountId, region, service, operation, code: (0,aws_clients/* awsErrorCode */.J6)(e), message: (0,lib_log/* errorMessage */.gJ)(e) });
    const sagemaker = async () => {
        const names = [];
        try {
            let token;
            for (let i = 0; i < other_imds_MAX_PAGES; i++) {
                const out = await c.sagemaker.send(new client_sagemaker_dist_cjs/* ListNotebookInstancesCommand */.HDy({ MaxResults: 100, NextToken: token }));
                for (const n of out.NotebookInstances ?? [])
                    if (n.NotebookInstanceName)
                        names.push(n.NotebookInstanceName);
                token = out.NextToken || undefined;
                if (!token)
                    break;
            }
        }
        catch (e) {
            fail('sagemaker', 'ListNotebookInstances', e);
            return;
        }
        await Promise.all(names.map(async (name) => {
            const r = {
                kind: 'sagemaker-notebook',
                accountId,
                region,
                name,
                setting: 'not read',
            };
            try {
                const d = await c.sagemaker.send(new client_sagemaker_dist_cjs/* DescribeNotebookInstanceCommand */.VrD({ NotebookInstanceName: name }));
                if (d.NotebookInstanceArn)
                    r.arn = d.NotebookInstanceArn;
                const v = d.InstanceMetadataServiceConfiguration?.MinimumInstanceMetadataServiceVersion;
                r.setting = `MinimumInstanceMetadataServiceVersion=${v ?? 'unset'}`;
                if (v === '2')
                    r.allowsV1 = false;
                else {
                    r.allowsV1 = true;
                    if (v !== '1')
                        r.assumption = 'unset: SageMaker documents version 1 as the default';
                }
            }
            catch (e) {
                fail('sagemaker', 'DescribeNotebookInstance', e);
            }
            resources.push(r);
        }));
    };
    const beanstalk = async () => {
        const envs = [];
        try {
            let token;
            for (let i = 0; i < other_imds_MAX_PAGES; i++) {
                const out = await c.beanstalk.send(new client_elastic_beanstalk_dist_cjs/* DescribeEnvironmentsCommand */.$8c({ IncludeDeleted: false, MaxRecords: 1000, NextToken: token }));
                for (const e of out.Environments ?? []) {
                    if (!e.EnvironmentName || !e.ApplicationName || e.Status === 'Terminated')
                        continue;
                    envs.push({
                        app: e.ApplicationName,
                        name: e.EnvironmentName,
                        arn: e.EnvironmentArn,
                        platform: `${e.PlatformArn ?? ''} ${e.SolutionStackName ?? ''}`,
                    });
                }
                token = out.NextToken || undefined;
                if (!token)
                    break;
            }
        }
        catch (e) {
            fail('elasticbeanstalk', 'DescribeEnvironments', e);
            return;
        }
        await Promise.all(envs.map(async (env) => {
            const r = {
                kind: 'beanstalk-environment',
                accountId,
                region,
                name: `${env.app}/${env.name}`,
                setting: 'not read',
            };
            if (env.arn)
                r.arn = env.arn;
            try {
                const out = await c.beanstalk.send(new client_elastic_beanstalk_dist_cjs/* DescribeConfigurationSettingsCommand */.yAX({ ApplicationName: env.app, EnvironmentName: env.name }));
                const option = (out.ConfigurationSettings?.[0]?.OptionSettings ?? []).find((o) => o.Namespace === 'aws:autoscaling:launchconfiguration' && o.OptionName === 'DisableIMDSv1');
                Object.assign(r, beanstalkVerdict(option?.Value || undefined, env.platform));
            }
            catch (e) {
                fail('elasticbeanstalk', 'DescribeConfigurationSettings', e);
            }
            resources.push(r);
        }));
    };
    const lightsail = async () => {
        try {
            let token;
            for (let i = 0; i < other_imds_MAX_PAGES; i++) {
                const out = await c.lightsail.send(new client_lightsail_dist_cjs/* GetInstancesCommand */.g4E({ pageToken: token }));
                for (const x of out.instances ?? []) {
                    if (!x.name)
                        continue;
                    const tokens = x.metadataOptions?.httpTokens;
                    const endpoint = x.metadataOptions?.httpEndpoint;
                    const r = {
                        kind: 'lightsail-instance',
                        accountId,
                        region,
                        name: x.name,
                        setting: endpoint === 'disabled' ? 'httpEndpoint=disabled' : `httpTokens=${tokens ?? 'unset'}`,
                    };
                    if (x.arn)
                        r.arn = x.arn;
                    if (endpoint === 'disabled' || tokens === 'required')
                        r.allowsV1 = false;
                    else if (tokens === 'optional')
                        r.allowsV1 = true;
                    resources.push(r);
                }
                token = out.nextPageToken || undefined;
                if (!token)
                    break;
            }
        }
        catch (e) {
            // Lightsail is offered in some regions only: where its endpoint does not exist, there is nothing to audit.
            if ((0,aws_clients/* awsErrorCode */.J6)(e) === 'ENOTFOUND')
                unavailable.push('lightsail');
            else
                fail('lightsail', 'GetInstances', e);
        }
    };
    await Promise.all([sagemaker(), beanstalk(), lightsail()]);
    resources.sort((a, b) => a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return { resources, errors, unavailable };
}

;// CONCATENATED MODULE: ./lib/aws/exposure.js




function exposureCollector(clients, homeRegion, window, log) {
    const pending = [];
    const readers = new Map();
    const addProfiles = (session, instances) => {
        for (const i of instances) {
            if (!exposedProfile(i) || i.accountId !== session.accountId)
                continue;
            let r = readers.get(i.accountId);
            if (!r) {
                r = roleReachReader(clients.iam(session, homeRegion), i.accountId);
                readers.set(i.accountId, r);
            }
            r.add(i.instanceProfileArn);
        }
    };
    return {
        region(session, region) {
            const p = Promise.all([
                readGuardDuty(clients.guardduty(session, region), session.accountId, region, window),
                readOtherImds({
                    sagemaker: clients.sagemaker(session, region),
                    beanstalk: clients.beanstalk(session, region),
                    lightsail: clients.lightsail(session, region),
                }, session.accountId, region),
            ]).then(([gd, other]) => ({ gd, other }));
            pending.push(p);
        },
        scanned: addProfiles,
        async finish(instances, sessions) {
            // Profiles of instances a region's scan did not hand over (e.g. a caller that never called scanned).
            for (const [accountId, session] of sessions)
                addProfiles(session, instances.filter((i) => i.accountId === accountId));
            const [regional, iam] = await Promise.all([
                Promise.all(pending),
                Promise.all([...readers.values()].map((r) => r.finish())),
            ]);
            const read = {
                from: window.from.toISOString(),
                to: window.to.toISOString(),
                guardDuty: [],
                findings: [],
                roles: [],
                otherImds: [],
                errors: [],
            };
            for (const { gd, other } of regional) {
                read.guardDuty.push(gd.read);
                read.findings.push(...gd.findings);
                read.otherImds.push(...other.resources);
                if (other.unavailable.includes('lightsail')) {
                    read.lightsailUnavailable ??= [];
                    read.lightsailUnavailable.push({ accountId: gd.read.accountId, region: gd.read.region });
                }
                read.errors.push(...gd.errors, ...other.errors);
            }
            for (const r of iam) {
                read.roles.push(...r.roles);
                read.errors.push(...r.errors);
            }
            const byPlace = (a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region);
            read.guardDuty.sort(byPlace);
            read.findings.sort((a, b) => byPlace(a, b) || (0,model_text/* compareCode */.fn)(a.findingId, b.findingId));
            read.otherImds.sort(byPlace);
            read.errors.sort(byPlace);
            logExposure(read, log);
            return read;
        },
    };
}
/** An instance whose instance profile's credentials IMDSv1 would hand out. */
function exposedProfile(i) {
    return (Boolean(i.instanceProfileArn) &&
        i.metadata.httpEndpoint !== 'disabled' &&
        i.metadata.httpTokens !== 'required' &&
        i.state !== 'terminated' &&
        i.state !== 'shutting-down');
}
function logExposure(read, log) {
    const off = read.guardDuty.filter((g) => g.status === 'disabled').length;
    const unknown = read.guardDuty.filter((g) => g.status === 'unknown').length;
    log.info(`Exposure: ${read.findings.length} GuardDuty instance-credential exfiltration finding(s) in ${read.guardDuty.length - off - unknown} region(s) read${off ? `; GuardDuty is off in ${off} region(s)` : ''}${unknown ? `; ${unknown} region(s) could not be read` : ''}; ${read.roles.length} instance profile(s) on v1-allowed instances read; ${read.otherImds.length} SageMaker/Elastic Beanstalk/Lightsail resource(s).`);
    const groups = new Map();
    for (const e of read.errors) {
        const k = `${e.service}:${e.operation} ${e.code}`;
        const g = groups.get(k) ?? [];
        groups.set(k, g);
        g.push(e);
    }
    for (const g of groups.values())
        log.warning(`Exposure: ${g[0].service}:${g[0].operation} failed with ${g[0].code} in ${g.length} place(s) (e.g. ${g[0].region} of ${g[0].accountId}: ${g[0].message}); reported as unknown, the audit goes on.`);
}

// EXTERNAL MODULE: ./lib/aws/inventory.js + 1 modules
var inventory = __webpack_require__(9769);
// EXTERNAL MODULE: ./lib/aws/readiness.js
var readiness = __webpack_require__(6509);
// EXTERNAL MODULE: ./lib/aws/scan/parse-pool.js
var parse_pool = __webpack_require__(3855);
;// CONCATENATED MODULE: ./lib/aws/collect.js
/**
 * The inventory stage: which accounts (accounts.ts: organization, member roles, shards), which
 * regions, then every (account, region) scanned with one concurrency bound \u2014 instances and, alongside
 * them, the new-launch posture (posture.ts).
 *
 * Posture is collected in every audit: it costs 3 calls per region (+ DescribeImages where there are
 * instances) against per-account-per-region token buckets, runs concurrently with the instance scan,
 * and is what `gate-on: launch-templates, account-defaults` needs. A posture call that fails is
 * reported (Inventory.postureErrors), never fatal. Callers that do not need it pass `posture: false`.
 *
 * The exposure context (exposure.ts: GuardDuty, IAM, SageMaker, Elastic Beanstalk, Lightsail) is read the
 * same way, beside the scan and on the secondary budget, whenever posture is (or `exposure: true`).
 */










/** Regions of one account in a multi-account scan: a named region the account lacks fails that region only. */
function regionsFor(list, scope, single) {
    try {
        return {
            regions: (0,inventory/* selectRegions */.S3)(list, scope.regions, scope.excludeRegions),
            missing: [],
        };
    }
    catch (e) {
        if (single || !(e instanceof inventory/* RegionSelectionError */.H3))
            throw e;
        const wanted = scope.regions === 'all' ? list.enabled : scope.regions;
        const exclude = new Set(scope.excludeRegions);
        const chosen = [...new Set(wanted)].filter((r) => !exclude.has(r));
        return {
            regions: chosen.filter((r) => list.enabled.includes(r)).sort(),
            missing: chosen.filter((r) => !list.enabled.includes(r)).sort(),
        };
    }
}
/**
 * One DescribeRegions per reachable account, concurrently; a named region the (only) account lacks is
 * an input error raised before any instance is scanned.
 */
async function planScan(targets, options, clients, log, limit) {
    const accountScans = targets
        .filter((t) => t.failed)
        .map((t) => ({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed', error: t.failed }));
    const reachable = targets.filter((t) => !t.failed);
    const single = reachable.length === 1 && targets.length === 1;
    const regionFailures = [];
    const plan = [];
    const listed = await Promise.all(reachable.map((t) => limit(async () => {
        try {
            return { t, list: await (0,inventory/* listRegions */.OZ)(clients.ec2(t, options.homeRegion), t.accountId) };
        }
        catch (e) {
            if (single)
                throw e;
            return { t, error: { code: (0,aws_clients/* awsErrorCode */.J6)(e), message: (0,lib_log/* errorMessage */.gJ)(e) } };
        }
    })));
    for (const { t, list, error } of listed) {
        if (!list) {
            log.warning(`Account ${t.accountId}: DescribeRegions failed (${error?.code}: ${error?.message}).`);
            accountScans.push({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed', error });
            continue;
        }
        const { regions, missing } = regionsFor(list, options.scope, single);
        for (const region of missing) {
            regionFailures.push({
                accountId: t.accountId,
                region,
                status: 'failed',
                instances: 0,
                pages: 0,
                durationMs: 0,
                error: { code: 'RegionNotEnabled', message: `${region} is not enabled for account ${t.accountId}` },
            });
        }
        plan.push({ account: t, regions });
        accountScans.push({ accountId: t.accountId, roleArn: t.roleArn, status: 'ok' });
    }
    return { plan, accountScans, regionFailures, reachable };
}
/**
 * One region: its instances under the concurrency slot and, started beside them on the secondary
 * budget, its posture and Auto Scaling launches (awaited after the slot is released, so no region's
 * scan, nor the next region's start, waits on a secondary call).
 */
async function collectRegion(account, region, c) {
    const { options, clients, withPosture, exposure } = c;
    const { result, posture, asgLaunches } = await c.limit(async () => {
        let settle = () => { };
        const scanned = new Promise((r) => {
            settle = r;
        });
        exposure?.region(account, region);
        // One DescribeAutoScalingGroups listing feeds the posture and the groups' launches.
        const autoscaling = clients.autoscaling(account, region, 'secondary');
        const groups = withPosture ? (0,aws_posture/* listAutoScalingGroups */.lL)(autoscaling) : undefined;
        groups?.catch(() => undefined); // awaited (and reported) by the posture below
        const posture = withPosture
            ? (0,aws_posture/* collectRegionPosture */.$G)({ ec2: clients.ec2(account, region, 'secondary'), autoscaling, groups }, account.accountId, region, scanned)
            : undefined;
        // Auto Scaling groups as they launch (the launch template version each uses), beside the posture.
        const asgLaunches = withPosture
            ? collectRegionAsgLaunches({ ec2: clients.ec2(account, region, 'secondary'), autoscaling, groups }, account.accountId, region)
            : undefined;
        const ec2 = clients.ec2(account, region, 'gate');
        const result = await (0,inventory/* scanRegion */.Gw)(ec2, account.accountId, region, options.scope.includeStopped, c.log, c.pool, options.onInstances && ((list) => options.onInstances?.(account, list)));
        options.onRegionScanned?.(account, region);
        if (result.scan.status === 'ok')
            exposure?.scanned(account, result.instances);
        settle(result.scan.status === 'ok' ? result.instances : undefined);
        return { result, posture, asgLaunches };
    });
    return { ...result, posture: await posture, asgLaunches: await asgLaunches };
}
/** The regions' results gathered into the inventory's lists (in the regions' order). */
function gather(results, regionFailures) {
    const instances = [];
    const regions = [...regionFailures];
    const accountDefaults = [];
    const launchTemplates = [];
    const images = [];
    const autoScalingGroups = [];
    const postureErrors = [];
    const launches = [];
    for (const r of results) {
        if (r.asgLaunches) {
            launches.push(r.asgLaunches);
            if (r.scan.status === 'ok')
                postureErrors.push(...r.asgLaunches.errors);
        }
        regions.push(r.scan);
        for (const i of r.instances)
            instances.push(i);
        const p = r.posture;
        if (!p)
            continue;
        if (p.accountDefaults)
            accountDefaults.push(p.accountDefaults);
        launchTemplates.push(...p.launchTemplates);
        images.push(...p.images);
        autoScalingGroups.push(...p.autoScalingGroups);
        // A region whose scan failed is already reported (and gated) as failed: not twice.
        if (r.scan.status === 'ok')
            postureErrors.push(...p.errors);
    }
    const posture = { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors };
    return { instances, regions, posture, launches };
}
function logPool(pool, log) {
    if (!pool.workersStarted)
        return;
    log.info(`Parsed ${pool.pages.worker} DescribeInstances page(s) of large regions in ${pool.workersStarted} worker thread(s)${pool.pages.here ? `, ${pool.pages.here} on the run's own thread` : ''}.`);
    if (pool.failures.length)
        log.info(`${pool.failures.length} parse worker(s) stopped (${pool.failures[0]}); the ${pool.pages.lost} page(s) they held were asked for again and parsed on the run's own thread.`);
}
async function collectInventory(options, session, clients, log, now) {
    const started = now();
    const { targets, shard } = await options.accounts();
    const withPosture = options.posture ?? true;
    const concurrency = options.scope.concurrency;
    const limit = (0,p_limit/* default */.A)(concurrency);
    const { start: from, end: to } = (0,readiness/* usageWindow */.on)(started, options.v1UsageDays);
    const exposure = (options.exposure ?? withPosture)
        ? exposureCollector(clients, options.homeRegion, { from, to }, log)
        : undefined;
    const { plan, accountScans, regionFailures, reachable } = await planScan(targets, options, clients, log, limit);
    const regionCount = plan.reduce((n, p) => n + p.regions.length, 0);
    log.info(`Scanning ${regionCount} region${regionCount === 1 ? '' : 's'} across ${plan.length} account${plan.length === 1 ? '' : 's'} (up to ${concurrency} at a time)${withPosture ? ', with launch posture' : ''}\u2026`);
    // Large regions' pages are parsed on every core (scan/parse-pool.ts); small fleets never start a worker.
    const pool = new parse_pool/* ParsePool */.o0();
    const context = { options, clients, log, pool, limit, withPosture, exposure };
    const jobs = plan.flatMap(({ account, regions }) => regions.map((r) => collectRegion(account, r, context)));
    const results = await Promise.all(jobs).finally(() => pool.close());
    logPool(pool, log);
    const { instances, regions, posture, launches } = gather(results, regionFailures);
    if (posture.postureErrors.length)
        logPostureErrors(posture.postureErrors, log);
    accountScans.sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId));
    regions.sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region));
    const inventory = {
        scannedAt: started.toISOString(),
        durationMs: now().getTime() - started.getTime(),
        callerAccountId: session.accountId,
        accounts: accountScans,
        regions,
        instances,
        apiCalls: { ...clients.calls },
    };
    if (withPosture) {
        Object.assign(inventory, posture);
        inventory.autoScalingLaunches = mergeAsgLaunches(launches);
    }
    if (shard)
        inventory.shard = shard;
    if (exposure) {
        inventory.exposure = await exposure.finish(instances, new Map(reachable.map((t) => [t.accountId, t])));
        inventory.apiCalls = { ...clients.calls };
    }
    // Each reached account's session travels on beside the facts it produced (never into the JSON).
    const sessions = new Map(reachable.map((t) => [t.accountId, t]));
    return { inventory, sessions };
}
/** One warning per (operation, error code), not one per region: 850 AccessDenied lines help nobody. */
function logPostureErrors(errors, log) {
    const groups = new Map();
    for (const e of errors) {
        const key = `${e.operation} ${e.code}`;
        const g = groups.get(key) ?? [];
        groups.set(key, g);
        g.push(e);
    }
    for (const g of groups.values()) {
        const { operation, code } = g[0];
        const accounts = new Set(g.map((e) => e.accountId)).size;
        log.warning(`Launch posture: ${operation} failed with ${code} in ${g.length} region(s) of ${accounts} account(s) (e.g. ${g[0].region}: ${g[0].message}); reported, the audit goes on.`);
    }
}


/***/ }),

/***/ 9769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H3: () => (/* binding */ RegionSelectionError),
  OZ: () => (/* binding */ listRegions),
  Gw: () => (/* binding */ scanRegion),
  S3: () => (/* binding */ selectRegions),
  FD: () => (/* reexport */ scan_records/* toInstance */.FD)
});

// UNUSED EXPORTS: AwsCallError, scanInstances, stateFilter

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/aws/clients.js
var clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/scan/parse-pool.js
var parse_pool = __webpack_require__(3855);
// EXTERNAL MODULE: ./lib/aws/scan/page-bytes.js
var page_bytes = __webpack_require__(2406);
// EXTERNAL MODULE: ./lib/aws/scan/raw-body.js
var raw_body = __webpack_require__(5622);
;// CONCATENATED MODULE: ./lib/aws/scan/partition.js
/**
 * Parallel pages inside a large region. DescribeInstances pagination is a serial chain (each page
 * needs the previous page's NextToken), and a real 1,000-instance page takes seconds, so a region of
 * 100,000 instances would be 100 pages in a row. When the first page comes back with a NextToken, the
 * rest of the region is split into disjoint partitions by `instance-id` prefix, each paged on its own
 * chain, all at once:
 *
 *   - Candidate prefixes: `i-0X*` for each hex X (16) and `i-X*` for X in 1\u2013f (15). Every instance id is
 *     `i-` + 8 or 17 lower-case hex digits, so each id matches exactly one candidate: together they are
 *     disjoint and complete. (Only the `*` wildcard is used: EC2's `?` is documented both as "exactly
 *     one" and "zero or one" character, and the partition must not depend on which.)
 *   - Long ids usually start with `0`, legacy ids with anything: the first page's ids (a sample) weigh
 *     each candidate (count + 1, so an unseen prefix is never assumed empty), and the candidates are
 *     packed, heaviest first, into at most 16 partitions (one filter of OR'ed values each, far under
 *     EC2's 200 values per call).
 *   - The first page's instances reappear in their partitions: they are kept once, by id. Every id is
 *     kept once in any case, whatever the endpoint answers.
 *   - The partition is checked as it runs, not only assumed from EC2's documentation: an id outside
 *     its partition's values (an endpoint that ignores the filter) stops the partitions, and so does
 *     fewer than half of the first page coming back in them (one that reads `*` literally and matches
 *     nothing; an instance that stopped since the first page legitimately leaves, not half of them in
 *     seconds). The region is then read again in one chain from the first page's NextToken, without
 *     the instances already kept: complete, and the result says why.
 *   - If any id of the first page is not of that shape, the partition cannot be proven complete; if more
 *     than half of the first page shares one prefix, it would not be even: either way the region goes on
 *     serially from the first page's NextToken (correct, just slower).
 *   - Calls: 1 + \u03a3 ceil(n_p / 1000) \u2264 the serial minimum + the partitions' first pages. Small regions
 *     (no NextToken on the first page) still cost one call.
 *   - Pace: the partitions of one region share a client-side token bucket below EC2's non-mutating
 *     bucket (100 burst, 20/s per account and region), leaving headroom for the posture calls.
 */




const PAGE_SIZE = 1000;
const MAX_PARTITIONS = 16;
const HEX = '0123456789abcdef';
/** Ids the prefixes provably cover: `i-` and at least two hex digits (EC2: 8 or 17). */
const PARTITIONABLE_ID = /^i-[0-9a-f]{2}/;
/** The 31 disjoint, complete candidate prefixes (without the trailing `*`). */
const CANDIDATE_PREFIXES = [
    ...[...HEX].map((x) => `i-0${x}`),
    ...[...HEX.slice(1)].map((x) => `i-${x}`),
];
/** The candidate prefix an instance id falls under (undefined when it is not of EC2's shape). */
function prefixOf(id) {
    if (!PARTITIONABLE_ID.test(id))
        return undefined;
    return id[2] === '0' ? id.slice(0, 4) : id.slice(0, 3);
}
/**
 * Packs the candidate prefixes into at most `max` partitions balanced by the sample (longest
 * processing time first): each partition is a list of `instance-id` filter values (`i-0a*`, \u2026).
 */
function planPartitions(sampleIds, max = MAX_PARTITIONS) {
    const weight = new Map(CANDIDATE_PREFIXES.map((p) => [p, 1]));
    for (const id of sampleIds) {
        const p = prefixOf(id);
        if (p)
            weight.set(p, (weight.get(p) ?? 1) + 1);
    }
    const order = [...CANDIDATE_PREFIXES].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b));
    const bins = Array.from({ length: Math.min(max, order.length) }, () => ({ w: 0, values: [] }));
    for (const p of order) {
        let lightest = bins[0];
        for (const b of bins)
            if (b.w < lightest.w)
                lightest = b;
        lightest.w += weight.get(p) ?? 0;
        lightest.values.push(`${p}*`);
    }
    return bins.map((b) => b.values.sort());
}
/**
 * True when more than half of the first page falls under one candidate prefix (ids issued in sequence,
 * or a first page ordered by id): the prefixes would not split the region evenly, so the serial chain
 * is cheaper (no partition first pages spent for nothing).
 */
function concentrated(sampleIds) {
    const count = new Map();
    let n = 0;
    for (const id of sampleIds) {
        const p = prefixOf(id) ?? '';
        count.set(p, (count.get(p) ?? 0) + 1);
        n++;
    }
    return Math.max(0, ...count.values()) * 2 > n;
}
/** A token bucket shared by the chains of one region (client-side pacing under EC2's bucket). */
class Pacer {
    burst;
    perSecond;
    tokens;
    last = Date.now();
    queue = Promise.resolve();
    constructor(burst = 60, perSecond = 15) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.tokens = burst;
    }
    /** Resolves when a call may start. */
    take() {
        const turn = this.queue.then(async () => {
            const now = Date.now();
            this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
            this.last = now;
            if (this.tokens < 1) {
                const wait = ((1 - this.tokens) / this.perSecond) * 1000;
                await new Promise((r) => setTimeout(r, wait));
                this.tokens = 1;
                this.last = Date.now();
            }
            this.tokens -= 1;
        });
        this.queue = turn;
        return turn;
    }
}
/**
 * One page. With a pool, its raw body is taken from below the SDK's deserializer (raw-body.ts) and
 * read into records (records.ts recordsFromXml: in a worker for a large region, on this thread for a
 * small one).
 */
async function page(ec2, filters, next, pacer, parse) {
    try {
        return await pageOnce(ec2, filters, next, pacer, parse, false);
    }
    catch (e) {
        // The worker parsing it died with the body: ask again (as a retry would) and parse it here.
        if (e instanceof parse_pool/* PageLost */.or)
            return pageOnce(ec2, filters, next, pacer, parse, true);
        throw e;
    }
}
async function pageOnce(ec2, filters, next, pacer, parse, lost) {
    await pacer.take();
    const command = new dist_cjs/* DescribeInstancesCommand */.bNs({ Filters: filters, MaxResults: PAGE_SIZE, NextToken: next });
    let records;
    if (parse) {
        const { pool, accountId, region } = parse;
        (0,raw_body/* takeRawBody */.w)(command, 'imdsGuardParsePool', EMPTY_RESPONSE, async (body) => {
            // A large region's page goes to a worker (or, lost once, is read here); a small region's one
            // page is read here too, by the same reader (a third of the SDK's parse time, no object tree).
            // Its bytes count against the pool's budget until it is parsed (read before the transfer).
            const bytes = (0,page_bytes/* chunksBytes */.o2)(body);
            try {
                if (!pool.wants(body))
                    records = pool.parseInline(body, accountId, region);
                else if (lost)
                    records = pool.parseLost(body, accountId, region);
                else
                    records = await pool.parse(body, accountId, region);
            }
            finally {
                pool.budget.release(bytes);
            }
        }, (stream) => pool.budget.read(stream));
    }
    const out = await ec2.send(command);
    if (records)
        return { records, next: records.nextToken };
    return { out, next: out.NextToken };
}
const EMPTY_RESPONSE = new TextEncoder().encode('<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><reservationSet/></DescribeInstancesResponse>');
/** Emits a page's instances, each id once: `seen` holds the ids kept so far, and takes the new ones. */
function emit(p, opts, seen) {
    const fresh = (id) => {
        if (!id || !seen)
            return true;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    };
    if (p.records) {
        let list = p.records.instances;
        if (seen)
            list = list.filter((i) => fresh(i.instanceId));
        if (list.length)
            opts.parse?.onRecords(list);
        return;
    }
    for (const r of p.out?.Reservations ?? []) {
        let list = r.Instances ?? [];
        if (seen)
            list = list.filter((i) => fresh(i.InstanceId));
        if (list.length)
            opts.onInstances(list, r.OwnerId);
    }
}
/** The instance ids of a page (either form). */
function idsOf(p) {
    if (p.records)
        return p.records.instances.map((i) => i.instanceId || undefined);
    return (p.out?.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId));
}
/**
 * Every instance matching `filters` in the region of `ec2`, each exactly once: one call for a small
 * region, parallel partitions for a large one. Throws the first failing call's error.
 */
async function scanPartitioned(ec2, opts) {
    const pacer = opts.pacer ?? new Pacer();
    let pages = 1;
    const first = await page(ec2, opts.filters, undefined, pacer, opts.parse);
    opts.onPage?.();
    emit(first, opts);
    if (!first.next)
        return { pages, partitions: 0 };
    const sample = new Set();
    let shaped = true;
    for (const id of idsOf(first)) {
        if (id)
            sample.add(id);
        if (!id || !prefixOf(id))
            shaped = false;
    }
    // Every id kept so far: no instance is passed on twice, whatever the endpoint answers.
    const seen = new Set(sample);
    /** Set when the partitions' answers are not to be trusted: every chain stops after its page. */
    let unproven;
    /** Pages one chain to its end (or until `unproven` is set); `inspect` sees each page first. */
    const chain = async (filters, start, inspect) => {
        let next = start;
        do {
            const p = await page(ec2, filters, next, pacer, opts.parse);
            pages++;
            opts.onPage?.();
            inspect?.(p);
            emit(p, opts, seen);
            next = p.next;
        } while (next && unproven === undefined);
    };
    if (!shaped || concentrated(sample)) {
        await chain(opts.filters, first.next);
        return { pages, partitions: 0 };
    }
    const plan = planPartitions(sample, opts.maxPartitions);
    const back = new Set();
    // One failing chain fails the region: the others are left to finish (their results are dropped).
    await Promise.all(plan.map((values) => {
        const prefixes = new Set(values.map((v) => v.slice(0, -1)));
        return chain([...opts.filters, { Name: 'instance-id', Values: values }], undefined, (p) => {
            for (const id of idsOf(p)) {
                const prefix = id && prefixOf(id);
                if (!prefix || !prefixes.has(prefix))
                    unproven ??= `instance ${JSON.stringify((id ?? '').slice(0, 64))} came back under instance-id ${values.join(',')}`;
                else if (sample.has(id))
                    back.add(id);
            }
        });
    }));
    if (unproven === undefined && back.size * 2 < sample.size)
        unproven = `${back.size} of the first page's ${sample.size} instances came back in the instance-id partitions`;
    if (unproven === undefined)
        return { pages, partitions: plan.length };
    const reason = unproven;
    unproven = undefined;
    await chain(opts.filters, first.next);
    return { pages, partitions: 0, unproven: reason };
}

// EXTERNAL MODULE: ./lib/aws/scan/records.js + 1 modules
var scan_records = __webpack_require__(1118);
;// CONCATENATED MODULE: ./lib/aws/inventory.js
/**
 * Collecting facts: enabled regions, then every instance of every (account, region), scanned
 * concurrently with a bound. One DescribeRegions per account, then DescribeInstances at 1,000 per page:
 * one call for a small region, parallel partitions for a large one (partition.ts); no per-instance
 * calls. A failed region is recorded with its error, never swallowed.
 */







/** An AWS call that failed, named with its operation, region and account. */
class AwsCallError extends Error {
    code;
    name = 'AwsCallError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
class RegionSelectionError extends Error {
    name = 'RegionSelectionError';
}
async function listRegions(ec2, accountId = '') {
    let out;
    try {
        out = await ec2.send(new dist_cjs/* DescribeRegionsCommand */.cAn({ AllRegions: true }));
    }
    catch (e) {
        const region = await ec2.config.region();
        throw new AwsCallError(`DescribeRegions in ${region}${accountId ? ` for account ${accountId}` : ''} failed (${(0,clients/* awsErrorCode */.J6)(e)}: ${(0,lib_log/* errorMessage */.gJ)(e)}). The region list comes from aws-region (${region}); retry the run, or check ec2:DescribeRegions in the role's policy.`, (0,clients/* awsErrorCode */.J6)(e));
    }
    const enabled = [];
    const notEnabled = [];
    for (const r of out.Regions ?? []) {
        if (!r.RegionName)
            continue;
        if (r.OptInStatus === 'not-opted-in')
            notEnabled.push(r.RegionName);
        else
            enabled.push(r.RegionName);
    }
    if (enabled.length === 0)
        throw new Error('DescribeRegions returned no enabled regions');
    return { enabled: enabled.sort(), notEnabled: notEnabled.sort() };
}
/** Applies `regions` (named regions and `!region` excludes) to what the account has; a named region it lacks is an input error. */
function selectRegions(available, wanted, exclude) {
    if (wanted !== 'all') {
        const problems = [];
        for (const r of wanted) {
            if (available.notEnabled.includes(r)) {
                problems.push(`'${r}' is not enabled for this account (opt in to it, or remove it from regions)`);
            }
            else if (!available.enabled.includes(r)) {
                problems.push(`'${r}' is not a region this account knows (enabled: ${available.enabled.join(', ')})`);
            }
        }
        if (problems.length)
            throw new RegionSelectionError(`Input 'regions': ${problems.join('; ')}`);
    }
    const unknownExcludes = exclude.filter((r) => !available.enabled.includes(r) && !available.notEnabled.includes(r));
    if (unknownExcludes.length) {
        throw new RegionSelectionError(`Input 'regions': ${unknownExcludes.map((r) => `'!${r}'`).join(', ')} is not a known region`);
    }
    const base = wanted === 'all' ? available.enabled : [...new Set(wanted)];
    const chosen = base.filter((r) => !exclude.includes(r)).sort();
    if (chosen.length === 0) {
        throw new RegionSelectionError(`Input 'regions': excludes every region to scan (${base.join(', ')}); nothing would be scanned and the gate would pass on no data. Remove some ! entries from regions.`);
    }
    return chosen;
}
/** SDK output \u2192 Instance (records.ts; re-exported here for its existing callers). */

function stateFilter(includeStopped) {
    const states = includeStopped ? ['pending', 'running', 'stopping', 'stopped'] : ['pending', 'running'];
    return [{ Name: 'instance-state-name', Values: states }];
}
/**
 * Every in-scope instance of one region, 1000 per page, large regions in parallel partitions.
 * Failure \u2192 a failed RegionScan, not a throw.
 */
async function scanRegion(ec2, accountId, region, includeStopped, log, pool, 
/** Each page's records as they arrive (the audit starts reading their IMDSv1 usage during the scan). */
onInstances) {
    const started = Date.now();
    const instances = [];
    let pages = 0;
    let partitions = 0;
    try {
        const result = await scanPartitioned(ec2, {
            filters: stateFilter(includeStopped),
            // Every instance of every reservation (Metabadger read only the first).
            onInstances: (list, ownerId) => {
                const records = list.map((i) => (0,scan_records/* toInstance */.FD)(i, ownerId ?? accountId, region));
                for (const i of records)
                    instances.push(i);
                onInstances?.(records);
            },
            // Pages are parsed by the pool (a large region's in its workers) into interned records.
            parse: pool && {
                pool,
                accountId,
                region,
                onRecords: (list) => {
                    for (const i of list)
                        instances.push(i);
                    onInstances?.(list);
                },
            },
            onPage: () => {
                pages++;
                if (pages % 10 === 0)
                    log.info(`  ${region}: ${instances.length} instances so far (${pages} pages)`);
            },
        });
        partitions = result.partitions;
        if (result.unproven)
            log.warning(`${region}${accountId ? ` (account ${accountId})` : ''}: the endpoint did not apply DescribeInstances' instance-id filter as EC2 documents it (${result.unproven}); the region was read again in one page chain, each instance once.`);
    }
    catch (e) {
        const error = { code: (0,clients/* awsErrorCode */.J6)(e), message: (0,lib_log/* errorMessage */.gJ)(e) };
        log.warning(`${region}${accountId ? ` (account ${accountId})` : ''}: scan failed \u2014 ${error.code}: ${error.message}`);
        return {
            scan: {
                accountId,
                region,
                status: 'failed',
                instances: 0,
                pages,
                durationMs: Date.now() - started,
                error,
            },
            instances: [],
        };
    }
    const durationMs = Date.now() - started;
    log.info(`  ${region}: ${instances.length} instances (${pages} page${pages === 1 ? '' : 's'}${partitions ? ` in ${partitions} parallel partitions` : ''}, ${(durationMs / 1000).toFixed(1)} s)`);
    const scan = {
        accountId,
        region,
        status: 'ok',
        instances: instances.length,
        pages,
        durationMs,
    };
    if (partitions)
        scan.partitions = partitions;
    return { scan, instances };
}
/** Scans every (account, region) pair with bounded concurrency. Results are in a stable order. */
async function scanInstances(input, clients, log) {
    const limit = pLimit(input.concurrency);
    const pool = new ParsePool();
    const jobs = input.targets.flatMap(({ account, regions }) => regions.map((region) => limit(() => scanRegion(clients.ec2(account, region), account.accountId, region, input.includeStopped, log, pool))));
    const results = await Promise.all(jobs).finally(() => pool.close());
    const instances = [];
    for (const r of results)
        for (const i of r.instances)
            instances.push(i);
    return { regions: results.map((r) => r.scan), instances };
}


/***/ }),

/***/ 7775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aR: () => (/* binding */ fromSdkMetadata),
/* harmony export */   zv: () => (/* binding */ toSdkMetadata)
/* harmony export */ });
/* unused harmony export SDK_FIELD */
/** Model field \u2192 SDK parameter, for every metadata field any EC2 call carries. */
const SDK_FIELD = {
    httpTokens: 'HttpTokens',
    httpPutResponseHopLimit: 'HttpPutResponseHopLimit',
    httpEndpoint: 'HttpEndpoint',
    httpProtocolIpv6: 'HttpProtocolIpv6',
    instanceMetadataTags: 'InstanceMetadataTags',
    httpTokensEnforced: 'HttpTokensEnforced',
    state: 'State',
};
/** SDK MetadataOptions (any of the three shapes) \u2192 model; absent fields stay absent. */
function fromSdkMetadata(m) {
    const out = {};
    if (!m)
        return out;
    const src = m;
    for (const [field, param] of Object.entries(SDK_FIELD)) {
        const v = src[param];
        if (v !== undefined && v !== null)
            out[field] = v;
    }
    return out;
}
/** Model \u2192 SDK parameters, only the given `fields` that are set (a write sends only what changes). */
function toSdkMetadata(m, fields) {
    const out = {};
    for (const f of fields) {
        const v = m[f];
        if (v !== undefined)
            out[SDK_FIELD[f]] = v;
    }
    return out;
}


/***/ }),

/***/ 3772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LB: () => (/* binding */ EC2_METRIC_TIMING),
/* harmony export */   Ny: () => (/* binding */ publishedAfter),
/* harmony export */   Uw: () => (/* binding */ monitoringPeriod),
/* harmony export */   _7: () => (/* binding */ minimumSoakMinutes),
/* harmony export */   xJ: () => (/* binding */ metricTiming)
/* harmony export */ });
/* unused harmony export TEST_TIMING_ENV */
/**
 * When can a soak window show anything? EC2 publishes the soak's CloudWatch metrics one datapoint per
 * period, some minutes after the period ends. Pure: the numbers, the test-only override, and the times
 * derived from them (aws/soak.ts reads, remediate/waves.ts waits, settings/waves.ts checks `soak=`).
 */
const EC2_METRIC_TIMING = {
    basicPeriodSeconds: 300,
    detailedPeriodSeconds: 60,
    publishDelaySeconds: 300,
};
/**
 * Test-only: `IMDS_GUARD_TEST_METRIC_TIMING=PERIOD,DELAY` (seconds, e.g. `1,0`) sets both periods and
 * the publishing delay, so tests against the loopback emulator (which publishes every datapoint at
 * once) soak in seconds. Honoured only when `AWS_ENDPOINT_URL` (or `AWS_ENDPOINT_URL_CLOUDWATCH`) is a
 * loopback address; anything else is a problem to report (src/settings/waves.ts makes it an input error).
 */
const TEST_TIMING_ENV = 'IMDS_GUARD_TEST_METRIC_TIMING';
function metricTiming(env) {
    const raw = env[TEST_TIMING_ENV]?.trim();
    if (!raw)
        return EC2_METRIC_TIMING;
    const endpoint = env.AWS_ENDPOINT_URL_CLOUDWATCH || env.AWS_ENDPOINT_URL || '';
    let host = '';
    try {
        host = new URL(endpoint).hostname;
    }
    catch { }
    if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host))
        return {
            problem: `${TEST_TIMING_ENV} is for tests against a loopback AWS emulator only (AWS_ENDPOINT_URL=http://127.0.0.1:PORT); unset it for a real run`,
        };
    const m = /^(\d+)\s*,\s*(\d+)$/.exec(raw);
    if (!m || Number(m[1]) < 1)
        return { problem: `${TEST_TIMING_ENV}='${raw}' is not PERIOD,DELAY in seconds (e.g. 1,0)` };
    return {
        basicPeriodSeconds: Number(m[1]),
        detailedPeriodSeconds: Number(m[1]),
        publishDelaySeconds: Number(m[2]),
    };
}
/**
 * The shortest soak that can show a wave healthy: one basic-monitoring period and the publishing
 * delay (10 minutes on EC2). The monitoring of the instances is not known when the input is read, so
 * basic monitoring, the default, decides.
 */
function minimumSoakMinutes(t) {
    return (t.basicPeriodSeconds + t.publishDelaySeconds) / 60;
}
/** When the first whole period that starts at or after `change` has ended and been published. */
function publishedAfter(change, periodSeconds, t) {
    const p = periodSeconds * 1000;
    return new Date(Math.ceil(change.getTime() / p) * p + p + t.publishDelaySeconds * 1000);
}
/** The metric period of an instance from its `Monitoring.State` (`enabled` = detailed monitoring). */
function monitoringPeriod(state, t) {
    return state === 'enabled' ? t.detailedPeriodSeconds : t.basicPeriodSeconds;
}


/***/ }),

/***/ 3305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ collectRegionPosture),
/* harmony export */   H: () => (/* binding */ readImages),
/* harmony export */   Tc: () => (/* binding */ versionInfo),
/* harmony export */   WR: () => (/* binding */ readAccountDefaults),
/* harmony export */   lL: () => (/* binding */ listAutoScalingGroups)
/* harmony export */ });
/* unused harmony exports IMAGE_CHUNK, templatesFromVersions, readLaunchTemplates, readAutoScalingGroups, linkPosture */
/* harmony import */ var _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8932);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5193);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7775);
/**
 * Collecting new-launch posture for one (account, region): account metadata defaults, launch
 * templates (default + latest version), the AMIs behind its instances, and Auto Scaling groups.
 *
 * Calls per region, the minimum the APIs allow:
 *   GetInstanceMetadataDefaults        1
 *   DescribeLaunchTemplateVersions     ceil(2\u00b7templates / 200), at least 1 \u2014 the account-wide form
 *                                      (no LaunchTemplateId, Versions [$Latest, $Default]) returns the
 *                                      default and latest version of every template in the region, so
 *                                      neither DescribeLaunchTemplates nor a call per template is needed
 *   DescribeAutoScalingGroups          ceil(groups / 100), at least 1
 *   DescribeImages                     ceil(distinct image ids / 200), 0 when the region has no instances
 * Each call that fails (AccessDenied, UnauthorizedOperation, an SCP\u2026) becomes a PostureError; the
 * rest of the posture and the audit go on.
 */





/** Values per `image-id` filter in one DescribeImages call. */
const IMAGE_CHUNK = 200;
async function readAccountDefaults(ec2, accountId, region) {
    const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .GetInstanceMetadataDefaultsCommand */ .YLR({}));
    const d = out.AccountLevel ?? {};
    const defaults = { accountId, region };
    const { state: _state, httpProtocolIpv6: _ipv6, ...fields } = (0,_mapping_js__WEBPACK_IMPORTED_MODULE_2__/* .fromSdkMetadata */ .aR)(d);
    Object.assign(defaults, fields);
    if (d.ManagedBy)
        defaults.managedBy = d.ManagedBy;
    return defaults;
}
/** One launch template version's metadata settings (the posture's and the Auto Scaling groups'). */
function versionInfo(v) {
    const m = (0,_mapping_js__WEBPACK_IMPORTED_MODULE_2__/* .fromSdkMetadata */ .aR)(v.LaunchTemplateData?.MetadataOptions);
    const info = { versionNumber: v.VersionNumber ?? 0 };
    if (m.httpTokens)
        info.httpTokens = m.httpTokens;
    if (m.httpEndpoint)
        info.httpEndpoint = m.httpEndpoint;
    if (m.httpPutResponseHopLimit !== undefined)
        info.httpPutResponseHopLimit = m.httpPutResponseHopLimit;
    return info;
}
/**
 * Groups the account-wide $Default/$Latest answer into templates: the version flagged DefaultVersion is
 * the default; the highest version number returned is the latest (one row when they are the same).
 */
function templatesFromVersions(versions, accountId, region) {
    const byId = new Map();
    for (const v of versions) {
        if (!v.LaunchTemplateId)
            continue;
        let t = byId.get(v.LaunchTemplateId);
        if (!t) {
            t = { name: v.LaunchTemplateName ?? '', rows: [] };
            byId.set(v.LaunchTemplateId, t);
        }
        t.rows.push(v);
    }
    const out = [];
    for (const [id, t] of byId) {
        const latest = t.rows.reduce((a, b) => ((b.VersionNumber ?? 0) > (a.VersionNumber ?? 0) ? b : a));
        const def = t.rows.find((r) => r.DefaultVersion) ?? latest;
        out.push({
            accountId,
            region,
            launchTemplateId: id,
            name: t.name,
            defaultVersion: versionInfo(def),
            latestVersion: versionInfo(latest),
            instancesUsing: 0,
            autoScalingGroups: [],
        });
    }
    return out.sort((a, b) => a.launchTemplateId.localeCompare(b.launchTemplateId));
}
async function readLaunchTemplates(ec2, accountId, region) {
    const versions = [];
    const pager = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeLaunchTemplateVersions */ .ZY3)({ client: ec2, pageSize: 200 }, { Versions: ['$Latest', '$Default'] });
    for await (const page of pager)
        versions.push(...(page.LaunchTemplateVersions ?? []));
    return templatesFromVersions(versions, accountId, region);
}
async function readImages(ec2, accountId, region, imageIds) {
    const ids = [...new Set(imageIds)].sort();
    const out = [];
    for (let i = 0; i < ids.length; i += IMAGE_CHUNK) {
        // A filter, not ImageIds: a deregistered image then is simply absent instead of failing the call.
        const pager = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeImages */ .XiR)({ client: ec2 }, {
            Filters: [{ Name: 'image-id', Values: ids.slice(i, i + IMAGE_CHUNK) }],
            IncludeDeprecated: true,
            IncludeDisabled: true,
        });
        for await (const page of pager) {
            for (const img of page.Images ?? []) {
                if (!img.ImageId)
                    continue;
                const info = { accountId, region, imageId: img.ImageId, instancesUsing: 0 };
                if (img.Name)
                    info.name = img.Name;
                if (img.ImdsSupport)
                    info.imdsSupport = img.ImdsSupport;
                out.push(info);
            }
        }
    }
    return out.sort((a, b) => a.imageId.localeCompare(b.imageId));
}
function groupInfo(g, accountId, region) {
    const spec = g.LaunchTemplate ?? g.MixedInstancesPolicy?.LaunchTemplate?.LaunchTemplateSpecification;
    const info = {
        accountId,
        region,
        name: g.AutoScalingGroupName ?? '',
    };
    if (spec?.LaunchTemplateId)
        info.launchTemplateId = spec.LaunchTemplateId;
    else if (spec?.LaunchTemplateName)
        info.launchTemplateName = spec.LaunchTemplateName;
    if (g.LaunchConfigurationName)
        info.launchConfigurationName = g.LaunchConfigurationName;
    return info;
}
/** Every Auto Scaling group of the region, as the API describes it (read once, used twice). */
async function listAutoScalingGroups(asg) {
    const out = [];
    const pager = (0,_aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_4__/* .paginateDescribeAutoScalingGroups */ .ZJr)({ client: asg, pageSize: 100 }, {});
    for await (const page of pager)
        out.push(...(page.AutoScalingGroups ?? []));
    return out;
}
async function readAutoScalingGroups(asg, accountId, region, listed) {
    const groups = await (listed ?? listAutoScalingGroups(asg));
    return groups.map((g) => groupInfo(g, accountId, region)).sort((a, b) => a.name.localeCompare(b.name));
}
/**
 * Joins one region's posture to its instances: how many instances each template and image launched,
 * which groups use each template (a group that names its template only by name is resolved here).
 */
function linkPosture(instances, posture) {
    const templates = new Map(posture.launchTemplates.map((t) => [t.launchTemplateId, t]));
    const byName = new Map(posture.launchTemplates.map((t) => [t.name, t.launchTemplateId]));
    const images = new Map(posture.images.map((i) => [i.imageId, i]));
    for (const i of instances) {
        if (i.launchTemplateId) {
            const t = templates.get(i.launchTemplateId);
            if (t)
                t.instancesUsing++;
        }
        if (i.imageId) {
            const img = images.get(i.imageId);
            if (img)
                img.instancesUsing++;
        }
    }
    const groups = [];
    for (const g of posture.autoScalingGroups) {
        const { launchTemplateName, ...info } = g;
        if (!info.launchTemplateId && launchTemplateName) {
            const id = byName.get(launchTemplateName);
            if (id)
                info.launchTemplateId = id;
        }
        if (info.launchTemplateId)
            templates.get(info.launchTemplateId)?.autoScalingGroups.push(info.name);
        groups.push(info);
    }
    for (const t of templates.values())
        t.autoScalingGroups.sort();
    return { launchTemplates: posture.launchTemplates, images: posture.images, autoScalingGroups: groups };
}
/**
 * One region's posture. Defaults, templates and groups start at once (alongside the instance scan);
 * the images wait for `instances` (the ids behind them). `instances` resolving to undefined means the
 * region's instance scan failed: images are skipped.
 */
async function collectRegionPosture(clients, accountId, region, instances) {
    const errors = [];
    const attempt = async (operation, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            errors.push({ accountId, region, operation, code: (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e), message: (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e) });
            return undefined;
        }
    };
    const defaults = attempt('GetInstanceMetadataDefaults', () => readAccountDefaults(clients.ec2, accountId, region));
    const templates = attempt('DescribeLaunchTemplateVersions', () => readLaunchTemplates(clients.ec2, accountId, region));
    const groups = attempt('DescribeAutoScalingGroups', () => readAutoScalingGroups(clients.autoscaling, accountId, region, clients.groups));
    const list = await instances;
    const imageIds = [...new Set((list ?? []).map((i) => i.imageId).filter((id) => Boolean(id)))];
    const images = imageIds.length
        ? attempt('DescribeImages', () => readImages(clients.ec2, accountId, region, imageIds))
        : Promise.resolve([]);
    const [d, t, g, img] = await Promise.all([defaults, templates, groups, images]);
    const linked = linkPosture(list ?? [], {
        launchTemplates: t ?? [],
        images: img ?? [],
        autoScalingGroups: g ?? [],
    });
    return { accountDefaults: d, ...linked, errors };
}


/***/ }),

/***/ 6509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ V1UsageReader),
/* harmony export */   P7: () => (/* binding */ measureV1Usage),
/* harmony export */   _n: () => (/* binding */ judgeAnswer),
/* harmony export */   on: () => (/* binding */ usageWindow),
/* harmony export */   pL: () => (/* binding */ MAX_QUERIES_PER_CALL),
/* harmony export */   tZ: () => (/* binding */ metricValues)
/* harmony export */ });
/* unused harmony exports buildQueries, readMetricDataBody, metricDataBody */
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4085);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(370);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _scan_page_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2406);
/* harmony import */ var _scan_raw_body_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5622);
/**
 * Readiness: has an instance made IMDSv1 calls lately? CloudWatch `AWS/EC2` `MetadataNoToken`
 * (dimension InstanceId), summed over the window \u2014 the AWS migration path's "confirm it is 0" step.
 * Batched: one GetMetricData per 500 instances per (account, region), paginated by NextToken. Only a
 * query answered `Complete` is a count (judgeAnswer); any other answer leaves that instance's usage
 * unknown (`{error}`), never 0.
 */






/** GetMetricData accepts at most 500 queries per call. */
const MAX_QUERIES_PER_CALL = 500;
const DAY_S = 86_400;
/** The window measured: whole days, aligned to midnight UTC, ending at or after `now`. */
function usageWindow(now, days) {
    const end = new Date(Math.ceil(now.getTime() / (DAY_S * 1000)) * DAY_S * 1000);
    return { start: new Date(end.getTime() - days * DAY_S * 1000), end };
}
/** Query ids must start with a lower-case letter and hold only letters, digits and underscores. */
const queryId = (n) => `m${n}`;
function buildQueries(instanceIds, metric = 'MetadataNoToken') {
    return instanceIds.map((id, n) => ({
        Id: queryId(n),
        MetricStat: {
            Metric: {
                Namespace: 'AWS/EC2',
                MetricName: metric,
                Dimensions: [{ Name: 'InstanceId', Value: id }],
            },
            // One datapoint per day: the window never exceeds GetMetricData's 100,800-datapoint limit.
            Period: DAY_S,
            Stat: 'Sum',
        },
        ReturnData: true,
    }));
}
const bad = (what) => {
    throw new Error(`GetMetricData: unexpected response body (${what})`);
};
/** Characters of a service message kept in a query's status. */
const MESSAGE_MAX = 120;
/** `StatusCode` and, when given, the result's first message: `InternalError (Code: text)`. */
function statusOf(code, messages) {
    const first = Array.isArray(messages) ? messages[0] : undefined;
    if (!first || typeof first !== 'object')
        return code;
    const text = [first.Code, first.Value]
        .filter((x) => typeof x === 'string' && x !== '')
        .join(': ')
        .slice(0, MESSAGE_MAX);
    return text ? `${code} (${text})` : code;
}
/**
 * A GetMetricData response body (AWS JSON 1.0) \u2192 the values and status per query id and the next token:
 * what the SDK's deserializer gives, without turning every datapoint's timestamp into a Date. A value
 * may be a number or, for a non-finite double, the string "NaN", "Infinity" or "-Infinity", as the
 * protocol writes them (judged later: such a value is not a count). Anything else is refused.
 */
function readMetricDataBody(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        bad('not JSON');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
        return bad('not an object');
    const { MetricDataResults: results, NextToken: next } = body;
    if (next !== undefined && next !== null && typeof next !== 'string')
        bad('NextToken');
    const page = {
        values: new Map(),
        status: new Map(),
        next: next ?? undefined,
    };
    if (results === undefined || results === null)
        return page;
    if (!Array.isArray(results))
        return bad('MetricDataResults');
    for (const r of results) {
        if (!r || typeof r !== 'object')
            return bad('a result');
        const { Id: id, Values: raw, StatusCode: code, Messages: messages } = r;
        if (typeof id !== 'string')
            return bad('a result without Id');
        // The id is the service's text: named in the error, but not at any length.
        const named = JSON.stringify(id.slice(0, 64));
        const values = () => bad(`${named}'s Values`);
        if (raw !== undefined && raw !== null && !Array.isArray(raw))
            return values();
        if (code !== undefined && code !== null && typeof code !== 'string')
            bad(`${named}'s StatusCode`);
        const list = [];
        for (const v of (raw ?? [])) {
            if (typeof v === 'number')
                list.push(v);
            else if (v === 'NaN' || v === 'Infinity' || v === '-Infinity')
                list.push(Number(v));
            else
                return values();
        }
        addValues(page.values, id, list);
        if (typeof code === 'string')
            page.status.set(id, statusOf(code, messages));
    }
    return page;
}
/** Adds an id's values; `list` is taken over (a list made for this call, not copied). */
function addValues(values, id, list) {
    const have = values.get(id);
    if (have)
        have.push(...list);
    else
        values.set(id, list);
}
const EMPTY_JSON = new TextEncoder().encode('{}');
/**
 * A GetMetricData request body (AWS JSON 1.0), as the SDK's serializer writes it: the input's members
 * in order, undefined ones left out, timestamps as epoch seconds (test/aws/metric-data.test.ts holds
 * it to the SDK's bytes). Written here because the SDK's schema walk took ~3 ms of CPU per 500-query
 * batch, ~0.6 s of a 100,000-instance audit's run thread; this takes about a quarter of that.
 */
function metricDataBody(input) {
    const seconds = (d) => (d === undefined ? undefined : d.getTime() / 1000);
    return new TextEncoder().encode(JSON.stringify({
        MetricDataQueries: input.MetricDataQueries,
        StartTime: seconds(input.StartTime),
        EndTime: seconds(input.EndTime),
        NextToken: input.NextToken,
        ScanBy: input.ScanBy,
        MaxDatapoints: input.MaxDatapoints,
        LabelOptions: input.LabelOptions,
    }));
}
/**
 * One GetMetricData batch (at most 500 queries), every page of it: the values and status returned per
 * query id. `onCall` counts each call (pages included). Shared by readiness and the soak after a wave;
 * judge the answer with `judgeAnswer` (a query's values mean something only when it is `Complete`).
 *
 * A page's body is read below the SDK's deserializer (raw-body.ts, as for DescribeInstances pages): a
 * full page is 500 queries \u00d7 a datapoint a day, and the SDK's schema walk made a Date of each
 * timestamp. Error responses (not 200) go to the SDK as before.
 */
async function metricValues(cw, queries, window, onCall) {
    const values = new Map();
    const status = new Map();
    let next;
    do {
        onCall();
        const input = {
            MetricDataQueries: queries,
            StartTime: window.start,
            EndTime: window.end,
            NextToken: next,
            ScanBy: window.scanBy ?? 'TimestampDescending',
        };
        // The SDK serializes the batch without its queries; the body sent is metricDataBody(input).
        const command = new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_3__/* .GetMetricDataCommand */ .Soe(input);
        (0,_scan_raw_body_js__WEBPACK_IMPORTED_MODULE_4__/* .sendRawBody */ .F)(command, 'imdsGuardMetricDataBody', metricDataBody(input), {
            ...input,
            MetricDataQueries: [],
        });
        let page;
        (0,_scan_raw_body_js__WEBPACK_IMPORTED_MODULE_4__/* .takeRawBody */ .w)(command, 'imdsGuardMetricData', EMPTY_JSON, (body) => {
            page = readMetricDataBody((0,_scan_page_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeChunks */ .$N)(body));
        });
        const out = await cw.send(command);
        const got = page;
        if (got) {
            for (const [id, list] of got.values)
                addValues(values, id, list);
            for (const [id, s] of got.status)
                status.set(id, s);
            next = got.next;
        }
        else {
            // No raw body was read (a client that does not run the stack, as in unit tests): the SDK's output.
            for (const r of out.MetricDataResults ?? []) {
                if (!r.Id)
                    continue;
                addValues(values, r.Id, [...(r.Values ?? [])]);
                if (r.StatusCode)
                    status.set(r.Id, statusOf(r.StatusCode, r.Messages));
            }
            next = out.NextToken;
        }
    } while (next);
    return { values, status };
}
/**
 * What an answer says about each query asked. Only `Complete` is an answer: its values (none = no
 * datapoints, a real 0). Unknown, with the reason: a query missing from the answer, any other status
 * (`InternalError`, `Forbidden`, `PartialData` left without a NextToken), a value that is not a count
 * (NaN, \u00b1Infinity, negative), and every query of an answer that holds an id nobody asked (it cannot be
 * matched to the queries).
 */
function judgeAnswer(ids, answer) {
    const asked = new Set(ids);
    const extra = [...answer.values.keys(), ...answer.status.keys()].find((id) => !asked.has(id));
    const out = new Map();
    for (const id of ids) {
        if (extra !== undefined) {
            out.set(id, {
                code: 'UnaskedId',
                unknown: `the answer holds a result for query id ${JSON.stringify(extra.slice(0, 64))}, which was not asked`,
            });
            continue;
        }
        const values = answer.values.get(id);
        const status = answer.status.get(id);
        if (values === undefined && status === undefined)
            out.set(id, { code: 'MissingResult', unknown: 'the answer has no result for it' });
        else if (status === undefined)
            out.set(id, { code: 'MissingResult', unknown: 'its result has no StatusCode' });
        else if (status !== 'Complete') {
            const code = /^\w+/.exec(status)?.[0] ?? 'Unknown';
            out.set(id, {
                code,
                unknown: code === 'PartialData' ? `${status} with no NextToken to complete it` : `StatusCode ${status}`,
            });
        }
        else {
            const wrong = (values ?? []).find((v) => !Number.isFinite(v) || v < 0);
            out.set(id, wrong === undefined
                ? { values: values ?? [] }
                : { code: 'NotACount', unknown: `a value of ${wrong}, which is not a count` });
        }
    }
    return out;
}
const sum = (xs) => (xs ?? []).reduce((a, b) => a + b, 0);
/**
 * Usage read while the scan is still running: instances are added as their pages arrive, each full
 * batch of 500 (per account and region) is sent at once, `flush` sends a region's partial batch when
 * its listing ends, and `finish` sends what is left and waits for every answer. A large region's
 * CloudWatch reads then overlap its own listing instead of following it. An (account, region) batch
 * whose call fails gives each of its instances `{error}` (the plan holds them back: unknown usage is
 * not zero usage).
 */
class V1UsageReader {
    opts;
    usage = new Map();
    calls = 0;
    open = new Map();
    inFlight = [];
    limit;
    window;
    metric;
    constructor(opts) {
        this.opts = opts;
        this.limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(opts.concurrency ?? 8);
        // Whole days, aligned to midnight UTC, ending now: stable across re-runs the same day.
        this.window = usageWindow(opts.now, opts.days);
        this.metric = opts.metric ?? 'MetadataNoToken';
    }
    add(t) {
        const k = `${t.accountId}/${t.region}`;
        const batch = this.open.get(k) ?? [];
        if (batch.length === 0)
            this.open.set(k, batch);
        batch.push(t);
        if (batch.length === MAX_QUERIES_PER_CALL) {
            this.open.delete(k);
            this.send(batch);
        }
    }
    /** Sends the partial batch of one (account, region) now: its listing has ended. */
    flush(accountId, region) {
        const k = `${accountId}/${region}`;
        const batch = this.open.get(k);
        if (!batch)
            return;
        this.open.delete(k);
        this.send(batch);
    }
    /** Sends what is left and waits for every batch. */
    async finish() {
        for (const batch of this.open.values())
            this.send(batch);
        this.open.clear();
        await Promise.all(this.inFlight);
        return { usage: this.usage, calls: this.calls };
    }
    send(chunk) {
        const { opts, metric } = this;
        this.inFlight.push(this.limit(async () => {
            const { accountId, region } = chunk[0];
            const ids = chunk.map((t) => t.instanceId);
            try {
                const cw = opts.cloudwatch(accountId, region);
                const answer = await metricValues(cw, buildQueries(ids, metric), this.window, () => this.calls++);
                const readings = judgeAnswer(ids.map((_, n) => queryId(n)), answer);
                // Unknown answers, by their code: reported like a failed read of that many instances.
                const unknown = new Map();
                ids.forEach((id, n) => {
                    const r = readings.get(queryId(n));
                    if ('values' in r) {
                        this.usage.set(id, { v1Calls: Math.round(sum(r.values)) });
                        return;
                    }
                    const { code } = r;
                    this.usage.set(id, { error: `${metric}: ${r.unknown}` });
                    const u = unknown.get(code) ?? { message: r.unknown, instances: 0 };
                    u.instances++;
                    unknown.set(code, u);
                });
                for (const [code, u] of unknown) {
                    if (opts.onError)
                        opts.onError({ accountId, region, code, message: u.message, instances: u.instances });
                    else
                        opts.log.warning(`${region}${accountId ? ` (account ${accountId})` : ''}: CloudWatch gave no usable ${metric} for ${u.instances} instance(s) \u2014 ${u.message}. They are held back (readiness unknown, not "no IMDSv1 calls").`);
                }
            }
            catch (e) {
                if (opts.onError)
                    opts.onError({
                        accountId,
                        region,
                        code: (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e),
                        message: (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e),
                        instances: chunk.length,
                    });
                else
                    opts.log.warning(`${region}${accountId ? ` (account ${accountId})` : ''}: could not read ${metric} \u2014 ${(0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e)}: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}. ${chunk.length} instance(s) are held back (readiness unknown).`);
                for (const id of ids)
                    this.usage.set(id, { error: (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e) });
            }
        }));
    }
}
/** MetadataNoToken (or `opts.metric`) sums for every target: V1UsageReader over a known list. */
async function measureV1Usage(targets, opts) {
    const reader = new V1UsageReader(opts);
    for (const t of targets)
        reader.add(t);
    return reader.finish();
}


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ decodeChunks),
/* harmony export */   Gz: () => (/* binding */ ByteBudget),
/* harmony export */   o2: () => (/* binding */ chunksBytes),
/* harmony export */   xb: () => (/* binding */ hasNextToken),
/* harmony export */   zq: () => (/* binding */ forTransfer)
/* harmony export */ });
/* unused harmony exports ownsBuffer, releaseChunks */
/**
 * A DescribeInstances body as the chunks it arrived in (the HTTP response's reads, ~64 KB each), never
 * joined into one page-sized buffer: a page of 1,000 instances is megabytes, and glibc keeps freed
 * blocks of that size in its arenas. The chunks go to a parse worker by transfer (parse-pool.ts) and are
 * decoded there one by one.
 */
/** Whether `b` is the whole of an ArrayBuffer of its own (safe to transfer: not a slice of Buffer's pool). */
function ownsBuffer(b) {
    return b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
}
/**
 * The chunks ready to transfer, and their ArrayBuffers: a chunk that shares its ArrayBuffer (a slice of
 * a larger read, or of Buffer's pool) is copied first, so a transfer never detaches memory in use.
 */
function forTransfer(chunks) {
    const own = chunks.map((c) => (ownsBuffer(c) ? c : new Uint8Array(c)));
    return { chunks: own, buffers: own.map((c) => c.buffer) };
}
/** The body's first text (a leading byte-order mark is dropped, as one decode of the whole drops it). */
const first = new TextDecoder();
/** Every later piece: a U+FEFF inside the body is text. */
const rest = new TextDecoder('utf-8', { ignoreBOM: true });
/** Continuation bytes (10xxxxxx) a UTF-8 lead byte calls for, or 0 for ASCII and non-lead bytes. */
function needs(lead) {
    if (lead >= 0xf0 && lead <= 0xf4)
        return 3;
    if (lead >= 0xe0 && lead <= 0xef)
        return 2;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 1;
    return 0;
}
/**
 * Where a chunk's text can end: before a multi-byte sequence its last bytes start but do not finish
 * (those bytes are decoded with the next chunk's first ones).
 */
function cutOf(c) {
    for (let back = 1; back <= 3 && back <= c.length; back++) {
        const b = c[c.length - back];
        if (b < 0x80)
            return c.length; // ASCII: nothing open
        if (b >= 0xc0)
            return needs(b) >= back ? c.length - back : c.length; // a lead byte: open if short
        // a continuation byte: look further back for its lead
    }
    return c.length;
}
/**
 * The chunks as text: exactly `new TextDecoder().decode(whole body)` (U+FFFD for bytes that are not
 * UTF-8, as there), without joining the bytes. Each chunk is decoded on TextDecoder's one-shot path (a
 * string on V8's heap); a sequence split across two chunks is decoded from its own few bytes.
 */
function decodeChunks(chunks) {
    if (chunks.length === 1)
        return first.decode(chunks[0]);
    const parts = [];
    const decode = (b) => parts.push((parts.length ? rest : first).decode(b));
    let carry;
    for (const c of chunks) {
        let from = 0;
        if (carry) {
            // The open sequence's remaining continuation bytes (fewer if the body breaks it off).
            const want = needs(carry[0]) - (carry.length - 1);
            while (from < want && from < c.length && (c[from] & 0xc0) === 0x80)
                from++;
            const joined = new Uint8Array(carry.length + from);
            joined.set(carry);
            joined.set(c.subarray(0, from), carry.length);
            if (from < want && from === c.length) {
                // Still open at the end of this (tiny) chunk: carry it on.
                carry = joined;
                continue;
            }
            decode(joined);
            carry = undefined;
        }
        const cut = cutOf(c);
        if (cut > from)
            decode(c.subarray(from, cut));
        if (cut < c.length)
            carry = c.slice(Math.max(cut, from));
    }
    if (carry)
        decode(carry);
    return parts.join('');
}
/**
 * Frees each chunk's bytes now, not at the thread's next collection: a received chunk is a malloc'd
 * block that only its ArrayBuffer's collection gives back otherwise. Node 22 and later have
 * `ArrayBuffer.prototype.transfer`, and a zero-length transfer detaches the buffer and frees the block
 * (Node 24, paired runs of the 100,000-instance, 17-region audit: ~10 MB lower peak RSS); on Node 20
 * this does nothing and the collection still does it. Only for chunks that own their buffer
 * (`forTransfer`'s), once decoded.
 */
function releaseChunks(chunks) {
    for (const c of chunks) {
        const b = c.buffer;
        if (typeof b.transfer === 'function' && !b.detached)
            b.transfer(0);
    }
}
const NEXT_TOKEN = new TextEncoder().encode('<nextToken>');
/** A raw DescribeInstances body with a next page (EC2 writes `<nextToken>` after the reservations). */
function hasNextToken(chunks) {
    const find = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(NEXT_TOKEN) >= 0;
    const k = NEXT_TOKEN.length - 1;
    // The body's last k bytes before the current chunk: a tag cut across chunks (any number) meets there.
    let tail = new Uint8Array(0);
    for (const c of chunks) {
        const seam = new Uint8Array(tail.length + Math.min(k, c.length));
        seam.set(tail);
        seam.set(c.subarray(0, Math.min(k, c.length)), tail.length);
        if (find(seam) || find(c))
            return true;
        // Fewer than k bytes so far: the seam is all of them (tail + the whole of a short chunk).
        tail = tail.length + c.length <= k ? seam : lastBytes(tail, c, k);
    }
    return false;
}
/** The last `k` bytes of `before` followed by `c`. */
function lastBytes(before, c, k) {
    if (c.length >= k)
        return c.slice(c.length - k);
    const out = new Uint8Array(k);
    out.set(before.subarray(before.length - (k - c.length)));
    out.set(c, k - c.length);
    return out;
}
/**
 * Back-pressure on the pages' bytes: how many bytes of raw bodies this thread holds, being read or
 * waiting for a parse worker, at most (about). When the endpoint answers faster than the workers parse
 * (17 regions' partitions answering within the same second), the bytes would otherwise pile up in
 * memory; past the limit, a body's next chunk is not read, so the rest waits in the socket (the
 * sender's buffers, TCP's window) until a parsed page gives its bytes back.
 *
 * No reader waits for ever: while a read page holds bytes, its parse will give them back; when only
 * partly read bodies hold them, the one that started first goes on, finishes, and becomes such a page.
 * Readers look before each chunk, and those that look together all go on, so the limit can be passed
 * by about a chunk per reader (~64 KB each), and by the rest of the first reader's body.
 */
class ByteBudget {
    limit;
    /** Bytes of bodies being read. */
    reading = 0;
    /** Bytes of bodies read whole and not yet given back (their pages are being parsed). */
    read_ = 0;
    /** Readers in the order they started. */
    active = [];
    waiting = [];
    /** The most bytes held at once (tests, benchmarks). */
    peak = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Bytes held now: read and not yet given back. */
    get held() {
        return this.reading + this.read_;
    }
    /**
     * Reads `body` chunk by chunk within the budget. Its bytes stay counted until `release` gives them
     * back (after the page is parsed); a read that fails gives back what it had read.
     */
    async read(body) {
        const me = {};
        this.active.push(me);
        const chunks = [];
        let n = 0;
        try {
            const it = body[Symbol.asyncIterator]();
            for (;;) {
                while (this.held >= this.limit && (this.read_ > 0 || this.active[0] !== me))
                    await new Promise((resume) => this.waiting.push(resume));
                const next = await it.next();
                if (next.done)
                    break;
                const c = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
                chunks.push(c);
                n += c.byteLength;
                this.reading += c.byteLength;
                if (this.held > this.peak)
                    this.peak = this.held;
            }
            this.read_ += n;
            return chunks;
        }
        finally {
            this.reading -= n;
            this.active.splice(this.active.indexOf(me), 1);
            // Bytes moved or came back, and the first reader may have changed: let the waiting look again.
            this.wake();
        }
    }
    /** Gives back `n` bytes of a body `read` returned (its page was parsed, or dropped). */
    release(n) {
        this.read_ -= n;
        this.wake();
    }
    wake() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resume of waiting)
            resume();
    }
}
/** The bytes of a body's chunks (read before they are transferred: transferred chunks are empty). */
function chunksBytes(chunks) {
    let n = 0;
    for (const c of chunks)
        n += c.byteLength;
    return n;
}


/***/ }),

/***/ 3855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o0: () => (/* binding */ ParsePool),
/* harmony export */   or: () => (/* binding */ PageLost)
/* harmony export */ });
/* unused harmony exports MAX_WORKERS, WORKER_LIMITS, PAGE_BYTES_BUDGET, workerEntry */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var _page_bytes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2406);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1118);
/**
 * Every core for a large scan: a small pool of worker threads that parse DescribeInstances bodies
 * (scan-worker.ts). The calling thread still makes every call \u2014 signing, retries, pacing, deadlines and
 * call counts stay where they were, and no credentials cross a thread \u2014 and hands each raw page body
 * to the least busy worker, getting compact Instance records back (records.ts).
 *
 * Workers start only when needed: the first page of a region that has a next page (the raw body ends
 * with a `<nextToken>`). A fleet of small regions (one page each) never starts one: their pages are read
 * on the calling thread with the same reader (`parseInline`). Once started,
 * every later page of the scan goes to the pool. Workers are unref'd and closed at the end of the scan.
 *
 * Where the worker entry is: `scan-worker/index.js` beside the bundle (scripts/build.sh bundles it
 * into dist/ and dist/cli/), or `scan-worker.js` beside this module (tsc's lib/). Not found (tsx, tests
 * from source) \u2192 the same parser runs on the calling thread: still correct, just on one core.
 */







/** Worker threads at most (GitHub's hosted runners have 2\u20134 cores). */
const MAX_WORKERS = 4;
/**
 * Each worker's heap limits. Without them a worker's heap is sized like the main thread's and V8
 * lets it grow far past what one page needs (peak RSS of a 100,000-instance audit on Node 24: 807 MB
 * unbounded, 566 MB bounded; see README "Scale and speed"). A page a worker cannot parse within them
 * (1,000 instances with hundreds of KB of tags each) is fetched again and parsed on the calling thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };
/**
 * Bytes of raw pages held at once, being read or waiting for a worker (page-bytes.ts ByteBudget). Over
 * 17 regions, pages came in ~35\u201345 MB ahead of the workers when the endpoint answered quickly; 16 MB is
 * 8\u201315 pages of 1,000 instances (1.1\u20132 MB each), ~80\u201390 ms of the two workers' parsing.
 */
const PAGE_BYTES_BUDGET = 16 * 1024 * 1024;
/** Where the worker entry is, or undefined (then pages are parsed on the calling thread). */
function workerEntry() {
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    // Joined at run time (not `new URL('./x', import.meta.url)`) so ncc does not copy the file as an asset.
    const candidates = [[here, 'scan-worker', 'index.js'].join('/'), [here, 'scan-worker.js'].join('/')];
    return candidates.find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p));
}
/**
 * A page handed to a worker that died before answering. The body went with it (transferred, not
 * copied), so the caller asks EC2 for the page again (the same request, as a retry would) and parses
 * the answer on its own thread (`parseLost`): a page that killed one worker is not handed to another.
 */
class PageLost extends Error {
    name = 'PageLost';
}
class ParsePool {
    options;
    slots = [];
    pending = new Map();
    nextId = 0;
    closed = false;
    /** Workers started over the pool's life (tests: a small fleet starts none). */
    workersStarted = 0;
    /** Why workers were lost (each one's pages were asked for again and parsed on this thread). */
    failures = [];
    /**
     * Pages parsed by a worker / on this thread (no worker left, or a page lost with one) / inline (small
     * regions); and pages lost with a worker (each fetched again).
     */
    pages = { worker: 0, here: 0, inline: 0, lost: 0 };
    /** One copy of the strings that repeat across the scan's records (records.ts). */
    interner = new _records_js__WEBPACK_IMPORTED_MODULE_6__/* .Interner */ .Ms();
    /** The raw pages' bytes this thread holds, read or waiting for a worker, at most (about). */
    budget = new _page_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .ByteBudget */ .Gz(PAGE_BYTES_BUDGET);
    constructor(options = {}) {
        this.options = options;
    }
    /** Set by the first page that has a next page: from then on every page goes to the pool. */
    large = false;
    /** True once a page showed a large region (every later page goes to the pool). */
    get running() {
        return this.large;
    }
    /** Whether a raw page should go to the pool: a large region has been seen, or this page shows one. */
    wants(body) {
        if (!this.large && (0,_page_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .hasNextToken */ .xb)(body))
            this.large = true;
        return this.large;
    }
    /**
     * Parses one raw DescribeInstances body (in a worker when one can run). Its chunks are transferred to
     * the worker, not copied: the caller must not use them afterwards. Rejects with PageLost when the
     * worker dies first.
     */
    async parse(body, accountId, region) {
        const slot = this.slot();
        if (!slot)
            return this.parseLost(body, accountId, region);
        const id = this.nextId++;
        slot.busy++;
        try {
            return await new Promise((resolve, reject) => {
                this.pending.set(id, { resolve, reject, worker: slot.worker });
                // Transferred: a copy would be one more page of allocations on each side, and glibc keeps
                // freed blocks in its arenas (README "Scale and speed").
                const { chunks, buffers } = (0,_page_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .forTransfer */ .zq)(body);
                slot.worker.postMessage({ id, body: chunks, accountId, region }, buffers);
            });
        }
        finally {
            slot.busy--;
        }
    }
    /** Parses a small region's page on this thread (no worker is started for it). */
    parseInline(body, accountId, region) {
        this.pages.inline++;
        return this.interned(readPage(body, accountId, region));
    }
    /** Parses a large region's page on this thread: no worker is left, or the page was lost with one. */
    parseLost(body, accountId, region) {
        this.pages.here++;
        return this.interned(readPage(body, accountId, region));
    }
    /** A page read on this thread, its repeated strings shared as a worker's unpacked page's are. */
    interned(page) {
        for (const i of page.instances)
            this.interner.instance(i);
        return page;
    }
    async close() {
        this.closed = true;
        const slots = this.slots;
        this.slots = [];
        await Promise.all(slots.map((s) => s.worker.terminate()));
    }
    slot() {
        if (this.closed)
            return undefined;
        if (this.slots.length === 0)
            this.start();
        let best;
        for (const s of this.slots)
            if (!best || s.busy < best.busy)
                best = s;
        return best;
    }
    start() {
        const entry = this.options.entry ?? workerEntry();
        if (!entry)
            return;
        const size = Math.max(1, Math.min(MAX_WORKERS, this.options.size ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()));
        for (let n = 0; n < size; n++) {
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(entry, { resourceLimits: WORKER_LIMITS });
            worker.unref();
            worker.on('message', (m) => {
                const p = this.pending.get(m.id);
                if (!p)
                    return;
                this.pending.delete(m.id);
                if (m.packed) {
                    this.pages.worker++;
                    p.resolve((0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .unpackPage */ .IP)(m.packed, this.interner));
                }
                else
                    p.reject(new Error(`DescribeInstances page could not be parsed: ${m.error}`));
            });
            worker.on('error', (e) => this.lost(worker, e));
            // An exit nobody asked for (close() sets `closed` first) loses the worker too.
            worker.on('exit', (code) => {
                if (!this.closed)
                    this.lost(worker, new Error(`parse worker exited with code ${code}`));
            });
            this.slots.push({ worker, busy: 0 });
            this.workersStarted++;
        }
    }
    /**
     * A worker died (out of its heap on a huge page, or crashed): it leaves the pool, and the pages it
     * held are rejected with PageLost (the caller fetches each again and parses it on its own thread; a
     * page that thread cannot parse either fails its region). The other workers keep theirs.
     */
    lost(worker, e) {
        if (!this.slots.some((s) => s.worker === worker))
            return; // 'error' then 'exit': once
        this.slots = this.slots.filter((s) => s.worker !== worker);
        this.failures.push(e.message);
        for (const [id, p] of this.pending) {
            if (p.worker !== worker)
                continue;
            this.pending.delete(id);
            this.pages.lost++;
            p.reject(new PageLost(`the parse worker holding this page stopped (${e.message})`));
        }
        // No worker left: later pages are parsed on this thread (slot() finds none).
        if (this.slots.length === 0)
            this.closed = true;
    }
}
function readPage(body, accountId, region) {
    return (0,_records_js__WEBPACK_IMPORTED_MODULE_6__/* .recordsFromXml */ .Gx)((0,_page_bytes_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeChunks */ .$N)(body), accountId, region);
}


/***/ }),

/***/ 5622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sendRawBody),
/* harmony export */   w: () => (/* binding */ takeRawBody)
/* harmony export */ });
/**
 * Hands each 200 response's body to `take` (as the chunks it arrived in, read by `read`), then gives
 * the SDK `empty` to deserialize in its place. `take` runs once per attempt that got a 200.
 */
function takeRawBody(command, name, empty, take, read = readAll) {
    command.middlewareStack.addRelativeTo((next) => async (args) => {
        const result = await next(args);
        const res = result.response;
        if (res.statusCode !== 200 || !res.body)
            return result;
        const body = res.body instanceof Uint8Array ? once(res.body) : res.body;
        await take(await read(body));
        res.body = empty;
        return result;
    }, { relation: 'after', toMiddleware: 'deserializerMiddleware', name });
}
/** A body the handler already holds whole, as a stream of one chunk. */
async function* once(body) {
    yield body;
}
/** The raw body as the chunks it arrived in (page-bytes.ts: never joined into one page-sized buffer). */
async function readAll(body) {
    const chunks = [];
    for await (const c of body)
        chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
    return chunks;
}
/**
 * Sends `body` instead of the body the SDK's serializer would write for the command's input: the
 * serializer is given `light` (the input without its bulk) by a middleware before it, and a middleware
 * after it puts `body` in the request, so the content length (set here), the signature and the
 * retries are computed over these bytes. `command.input` stays the whole input.
 */
function sendRawBody(command, name, body, light) {
    command.middlewareStack.addRelativeTo((next) => (args) => next({ ...args, input: light }), {
        relation: 'before',
        toMiddleware: 'serializerMiddleware',
        name: `${name}Input`,
    });
    command.middlewareStack.addRelativeTo((next) => async (args) => {
        const request = args.request;
        request.body = body;
        for (const h of Object.keys(request.headers))
            if (h.toLowerCase() === 'content-length')
                delete request.headers[h];
        request.headers['content-length'] = String(body.byteLength);
        return next(args);
    }, { relation: 'after', toMiddleware: 'serializerMiddleware', name });
}


/***/ }),

/***/ 1118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ms: () => (/* binding */ Interner),
  Gx: () => (/* reexport */ recordsFromXml),
  FD: () => (/* binding */ toInstance),
  IP: () => (/* binding */ unpackPage)
});

// UNUSED EXPORTS: INTERN_MAX, packPage, packedFromXml

// EXTERNAL MODULE: ./lib/aws/mapping.js
var mapping = __webpack_require__(7775);
;// CONCATENATED MODULE: ./lib/aws/scan/describe-instances-xml.js
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s) {
    const t = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
    if (!t.includes('&'))
        return t;
    return t.replace(ENTITY, (_, hex, dec, named) => {
        if (hex)
            return String.fromCharCode(Number.parseInt(hex, 16));
        if (dec)
            return String.fromCharCode(Number.parseInt(dec, 10));
        return NAMED[named] ?? '';
    });
}
/** The text of a leaf element from its raw content (between `>` and `</`), as parseXML reads it. */
function leafText(raw) {
    let text;
    if (!raw.includes('<'))
        text = decode(raw);
    else {
        // Comments and CDATA sections inside a value (EC2 writes neither; XML allows both).
        text = '';
        let at = 0;
        while (at < raw.length) {
            const lt = raw.indexOf('<', at);
            if (lt < 0) {
                text += decode(raw.slice(at));
                break;
            }
            text += decode(raw.slice(at, lt));
            if (raw.startsWith('<![CDATA[', lt)) {
                const end = raw.indexOf(']]>', lt + 9);
                text += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
                at = end + 3;
            }
            else if (raw.startsWith('<!--', lt))
                at = raw.indexOf('-->', lt + 4) + 3;
            else
                at = raw.indexOf('?>', lt + 2) + 2; // <?\u2026?>
        }
    }
    return text.trim() === '' && text.includes('\n') ? '' : text;
}
/**
 * A copy of `s` that does not hold the page. V8 makes a slice of 13 characters or more a view into
 * the string it was cut from: a record keeping a few such values would keep its whole page (megabytes)
 * alive for the rest of the run (measured on 50 pages of 1,000: 2.3 KB retained a record, 0.7 KB with
 * the copies; test/aws/page-retention.test.ts). Prepending a character and slicing it off again
 * flattens the value into a string of its own.
 */
function own(s) {
    return s.length < 13 ? s : ` ${s}`.slice(1);
}
/** The metadataOptions child elements a record keeps, in the model's key order (mapping.ts fromSdkMetadata). */
const METADATA_OPTION_ELEMENTS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
    'state',
];
/** The instance's own leaf elements that a record keeps. */
const INSTANCE_FIELDS = [
    'instanceId',
    'instanceType',
    'platform',
    'platformDetails',
    'launchTime',
    'imageId',
    'vpcId',
    'ipAddress',
];
/**
 * What an open element is, as a small integer, decided once when it opens from its depth, its parent's
 * kind and its name (compared in place, no slice): the reader never holds element names as strings.
 */
const OTHER = 0;
const RESERVATION_SET = 1; // depth 1
const NEXT_TOKEN = 2; // depth 1
const RESERVATION = 3; // depth 2, an item of reservationSet
const OWNER_ID = 4; // depth 3
const INSTANCES_SET = 5; // depth 3
const INSTANCE = 6; // depth 4, an item of instancesSet
const INSTANCE_STATE = 7; // depth 5
const PROFILE = 8;
const METADATA = 9;
const TAG_SET = 10;
const STATE_NAME = 11; // depth 6
const PROFILE_ARN = 12;
const TAG = 13; // depth 6, an item of tagSet
const TAG_KEY = 14; // depth 7
const TAG_VALUE = 15;
/** depth 5: FIELD + the index in INSTANCE_FIELDS; depth 6 in metadataOptions: METADATA_FIELD + index. */
const FIELD = 32;
const METADATA_FIELD = 64;
/** The instance's children the reader keeps, by the length of their names: [name, kind]. */
const AT_DEPTH_5 = [];
for (const [name, k] of [
    ...INSTANCE_FIELDS.map((name, n) => [name, FIELD + n]),
    ['tagSet', TAG_SET],
    ['metadataOptions', METADATA],
    ['instanceState', INSTANCE_STATE],
    ['iamInstanceProfile', PROFILE],
]) {
    const list = AT_DEPTH_5[name.length] ?? [];
    list.push([name, k]);
    AT_DEPTH_5[name.length] = list;
}
/** The name at xml[from, from + len) is `name`. */
const named = (xml, from, len, name) => len === name.length && xml.startsWith(name, from);
function indexIn(list, xml, from, len) {
    for (let k = 0; k < list.length; k++)
        if (named(xml, from, len, list[k]))
            return k;
    return -1;
}
/** Where a field's value is in `Draft.fields` (INSTANCE_FIELDS order). */
const describe_instances_xml_F = {
    instanceId: 0,
    instanceType: 1,
    platform: 2,
    platformDetails: 3,
    launchTime: 4,
    imageId: 5,
    vpcId: 6,
    ipAddress: 7,
};
/** Where a metadata option's value is in `Draft.metadata` (METADATA_OPTION_ELEMENTS order). */
const describe_instances_xml_HOP_LIMIT = 1;
/**
 * An instance's elements as read, before it becomes a record (`record`) or a packed row (records.ts):
 * the first value of each element kept, by position (slots of one shape, not keyed objects: the reader
 * fills ~15 a record).
 */
class Draft {
    /** INSTANCE_FIELDS' values (`F`). */
    fields = [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
    ];
    /** METADATA_OPTION_ELEMENTS' values. */
    metadata = [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
    ];
    state = undefined;
    profileArn = undefined;
    tags = {};
    tagKey = undefined;
    tagValue = undefined;
}
/**
 * A launch time already as `toISOString` writes it, in a range where Date reads it unchanged (days 29\u201331
 * may roll into the next month: those go through Date).
 */
const ISO_AS_WRITTEN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
/**
 * The record's launch time: the element's value as ISO 8601 (a value Date cannot read throws). EC2
 * writes it as `toISOString` would: such a value is kept as it is (parsing and writing a Date per
 * instance was a tenth of a worker's time).
 */
function describe_instances_xml_launchIso(launch) {
    if (launch === undefined)
        return undefined;
    return ISO_AS_WRITTEN.test(launch) ? launch : new Date(launch).toISOString();
}
function record(d, accountId, region) {
    const f = d.fields;
    const tags = d.tags;
    const metadata = {};
    METADATA_OPTION_ELEMENTS.forEach((k, n) => {
        const v = d.metadata[n];
        if (v === undefined)
            return;
        if (n === describe_instances_xml_HOP_LIMIT) {
            if (v !== '')
                metadata[k] = Number(v);
        }
        else
            metadata[k] = v;
    });
    return {
        instanceId: f[describe_instances_xml_F.instanceId] ?? '',
        accountId,
        region,
        state: d.state ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: f[describe_instances_xml_F.instanceType],
        platform: f[describe_instances_xml_F.platformDetails] ?? f[describe_instances_xml_F.platform],
        launchTime: describe_instances_xml_launchIso(f[describe_instances_xml_F.launchTime]),
        imageId: f[describe_instances_xml_F.imageId],
        vpcId: f[describe_instances_xml_F.vpcId],
        publicIp: Boolean(f[describe_instances_xml_F.ipAddress]),
        instanceProfileArn: d.profileArn,
        metadata: metadata,
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}
/**
 * What the reader knows of the page so far. Its steps are methods rather than closures in
 * recordsFromXml: a closure that reads `xml` would move that variable out of the reading loop's
 * registers into a heap context, and every character the loop reads would load it from there (the
 * reader took ~3\u00d7 as long).
 */
class PageReader {
    xml;
    accountId;
    copy;
    sink;
    nextToken;
    /** Per open element, outermost first: its kind. */
    kind = [];
    // The reservation's owner and instances (its ownerId may come after its instancesSet).
    owner;
    reservation = [];
    draft;
    constructor(xml, accountId, copy, sink) {
        this.xml = xml;
        this.accountId = accountId;
        this.copy = copy;
        this.sink = sink;
    }
    /** The kind of an element opening at `depth`, its name at xml[from, from + len). */
    kindOf(depth, from, len) {
        const xml = this.xml;
        const kind = this.kind;
        switch (depth) {
            case 1:
                if (named(xml, from, len, 'reservationSet'))
                    return RESERVATION_SET;
                return named(xml, from, len, 'nextToken') ? NEXT_TOKEN : OTHER;
            case 2:
                return kind[1] === RESERVATION_SET && named(xml, from, len, 'item') ? RESERVATION : OTHER;
            case 3:
                if (kind[1] !== RESERVATION_SET)
                    return OTHER;
                if (named(xml, from, len, 'ownerId'))
                    return OWNER_ID;
                return named(xml, from, len, 'instancesSet') ? INSTANCES_SET : OTHER;
            case 4:
                return kind[3] === INSTANCES_SET && named(xml, from, len, 'item') ? INSTANCE : OTHER;
            case 5: {
                // An instance's ~35 children, ~12 of them read: only the names of this length are compared.
                const names = this.draft && len < AT_DEPTH_5.length ? AT_DEPTH_5[len] : undefined;
                if (names)
                    for (const [name, k] of names)
                        if (xml.startsWith(name, from))
                            return k;
                return OTHER;
            }
            case 6: {
                const parent = kind[5];
                if (parent === TAG_SET)
                    return named(xml, from, len, 'item') ? TAG : OTHER;
                if (parent === INSTANCE_STATE)
                    return named(xml, from, len, 'name') ? STATE_NAME : OTHER;
                if (parent === PROFILE)
                    return named(xml, from, len, 'arn') ? PROFILE_ARN : OTHER;
                if (parent !== METADATA)
                    return OTHER;
                const k = indexIn(METADATA_OPTION_ELEMENTS, xml, from, len);
                return k >= 0 ? METADATA_FIELD + k : OTHER;
            }
            case 7:
                if (kind[5] !== TAG_SET || kind[6] !== TAG)
                    return OTHER;
                if (named(xml, from, len, 'key'))
                    return TAG_KEY;
                return named(xml, from, len, 'value') ? TAG_VALUE : OTHER;
            default:
                return OTHER;
        }
    }
    /** The text of a leaf, its raw content at xml[from, to) (a copy: see `own`). */
    text(from, to) {
        if (from < 0)
            return '';
        const xml = this.xml;
        // Most values hold no markup, entity, carriage return or newline: one look at each character
        // decides that, and such a value is its characters as written.
        let plain = true;
        for (let i = from; i < to; i++) {
            const c = xml.charCodeAt(i);
            if (c === 60 || c === 38 || c === 13 || c === 10) {
                plain = false;
                break;
            }
        }
        const text = plain ? xml.slice(from, to) : leafText(xml.slice(from, to));
        return this.copy ? own(text) : text;
    }
    /**
     * A leaf of kind `k` closed, its raw content at xml[from, to) (from < 0: self-closing): its text is
     * read only when it is one of a record's elements.
     */
    leaf(k, from, to) {
        if (k === OTHER)
            return;
        if (k === NEXT_TOKEN)
            this.nextToken = this.text(from, to);
        else if (k === OWNER_ID)
            this.owner = this.text(from, to);
        const draft = this.draft;
        if (!draft)
            return;
        if (k >= METADATA_FIELD)
            draft.metadata[k - METADATA_FIELD] ??= this.text(from, to);
        else if (k >= FIELD)
            draft.fields[k - FIELD] ??= this.text(from, to);
        else if (k === STATE_NAME)
            draft.state ??= this.text(from, to);
        else if (k === PROFILE_ARN)
            draft.profileArn ??= this.text(from, to);
        else if (k === TAG_KEY)
            draft.tagKey ??= this.text(from, to);
        else if (k === TAG_VALUE)
            draft.tagValue ??= this.text(from, to);
    }
    open(k) {
        if (k === RESERVATION) {
            this.owner = undefined;
            this.reservation = [];
        }
        else if (k === INSTANCE) {
            if (this.kind[1] === RESERVATION_SET)
                this.draft = new Draft();
        }
        else if (k === TAG && this.draft) {
            this.draft.tagKey = undefined;
            this.draft.tagValue = undefined;
        }
    }
    close(k) {
        const draft = this.draft;
        if (k === TAG && draft) {
            if (draft.tagKey !== undefined)
                draft.tags[draft.tagKey] = draft.tagValue ?? '';
        }
        else if (k === INSTANCE && draft) {
            this.reservation.push(draft);
            this.draft = undefined;
        }
        else if (k === RESERVATION) {
            const owner = this.owner ?? this.accountId;
            for (const d of this.reservation)
                this.sink(d, owner);
            this.reservation = [];
        }
    }
}
function fail(what) {
    throw new Error(`DescribeInstances: unexpected response body (${what})`);
}
/** The raw body of a DescribeInstances response \u2192 records (the same as toInstance over the SDK's output). */
function recordsFromXml(xml, accountId, region, 
/**
 * Copy each value out of the page (`own`), so records kept for the run do not keep their page.
 * false only where the records die with the page.
 */
copy = true) {
    const instances = [];
    const nextToken = describe_instances_xml_readDrafts(xml, accountId, copy, (d, owner) => instances.push(record(d, owner, region)));
    return nextToken ? { instances, nextToken } : { instances };
}
/**
 * Reads a DescribeInstances body, handing each instance's draft to `sink` (in document order, a
 * reservation's instances when it closes); returns the page's next token. `copy`: copy each value out
 * of the page (`own`); false only where the values die with the page (a parse worker packs them and
 * posts copies).
 */
function describe_instances_xml_readDrafts(xml, accountId, copy, sink) {
    const reader = new PageReader(xml, accountId, copy, sink);
    const kind = reader.kind;
    // Per open element, outermost first: where its name starts and its length (compared in place).
    const nameAt = [];
    const nameLen = [];
    let top = 0;
    let sawRoot = false;
    // Content start of the innermost open element while it has no child element (a leaf so far).
    let leafFrom = -1;
    let pos = 0;
    for (;;) {
        const lt = xml.indexOf('<', pos);
        if (lt < 0)
            break;
        // Before the root element only markup and whitespace may stand (parseXML refuses other text).
        if (!sawRoot && xml.slice(pos, lt).trim() !== '')
            fail('text before the root element');
        const c = xml.charCodeAt(lt + 1);
        if (c === 33 /* ! */) {
            if (xml.startsWith('<!--', lt))
                pos = xml.indexOf('-->', lt + 4) + 3;
            else if (xml.startsWith('<![CDATA[', lt))
                pos = xml.indexOf(']]>', lt + 9) + 3;
            else
                pos = xml.indexOf('>', lt + 2) + 1; // <!DOCTYPE \u2026> (parseXML skips it too)
            if (pos <= 2)
                fail('unclosed comment, CDATA or DOCTYPE');
            continue;
        }
        if (c === 63 /* ? */) {
            pos = xml.indexOf('?>', lt + 2) + 2;
            if (pos < 2)
                fail('unclosed processing instruction');
            continue;
        }
        if (c === 47 /* / */) {
            const depth = top - 1;
            // `</name>` exactly as opened: compared in place (no slice, no search for its `>`); anything
            // else as parseXML reads it.
            let gt = depth < 0 ? -1 : lt + 2 + nameLen[depth];
            if (gt < 0 || xml.charCodeAt(gt) !== 62 || !sameName(xml, nameAt[depth], lt + 2, nameLen[depth]))
                gt = closingTag(xml, lt, depth < 0 ? '' : xml.slice(nameAt[depth], nameAt[depth] + nameLen[depth]));
            const k = kind[depth];
            if (k !== OTHER) {
                if (leafFrom >= 0)
                    reader.leaf(k, leafFrom, lt);
                reader.close(k);
            }
            top = depth;
            leafFrom = -1;
            pos = gt + 1;
            // The root closed: what follows is not read (parseXML stops there too).
            if (top === 0)
                break;
            continue;
        }
        // An opening tag: its name, then (rarely: the root's xmlns) attributes, quoted values skipped.
        let end = lt + 1;
        for (;;) {
            // Letters (most of every name EC2 writes) are above '>' (62): one comparison each. Past the
            // end of the text charCodeAt is NaN, which ends the name too.
            let ch = xml.charCodeAt(end);
            while (ch > 62)
                ch = xml.charCodeAt(++end);
            if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch))
                break;
            end++;
        }
        let gt = end;
        while (gt < xml.length && xml.charCodeAt(gt) !== 62) {
            const ch = xml.charCodeAt(gt);
            if (ch === 34 || ch === 39) {
                const q = xml.indexOf(ch === 34 ? '"' : "'", gt + 1);
                if (q < 0)
                    fail('unclosed attribute value');
                gt = q + 1;
            }
            else if (ch === 47 && xml.charCodeAt(gt + 1) !== 62)
                fail(`'/' inside <${xml.slice(lt + 1, end)}>`);
            else
                gt++;
        }
        if (gt >= xml.length)
            fail('unclosed tag');
        const from = lt + 1;
        const len = end - from;
        if (len === 0)
            fail('empty tag name');
        const depth = top;
        if (depth === 0) {
            if (!named(xml, from, len, 'DescribeInstancesResponse'))
                fail(`root <${xml.slice(from, end)}>`);
            sawRoot = true;
        }
        // Below depth 5 an element inside one the records do not read is not read either (most of a
        // page: block devices, network interfaces\u2026): no call to decide it.
        const k = depth > 5 && kind[depth - 1] === OTHER ? OTHER : reader.kindOf(depth, from, len);
        nameAt[depth] = from;
        nameLen[depth] = len;
        kind[depth] = k;
        if (k !== OTHER)
            reader.open(k);
        if (xml.charCodeAt(gt - 1) === 47 /* self-closing */) {
            if (k !== OTHER) {
                reader.leaf(k, -1, -1);
                reader.close(k);
            }
            leafFrom = -1;
            pos = gt + 1;
            continue;
        }
        // A leaf written `<name>text</name>` (most elements of a page): its closing tag read in this step.
        const next = xml.indexOf('<', gt + 1);
        const close = next + 2 + len;
        if (next > 0 &&
            xml.charCodeAt(next + 1) === 47 &&
            xml.charCodeAt(close) === 62 &&
            sameName(xml, from, next + 2, len)) {
            if (k !== OTHER) {
                reader.leaf(k, gt + 1, next);
                reader.close(k);
            }
            pos = close + 1;
            if (depth === 0)
                break;
            continue;
        }
        top = depth + 1;
        leafFrom = gt + 1;
        pos = next > 0 ? next : gt + 1;
    }
    if (!sawRoot)
        fail('no root element');
    if (top)
        fail(`missing closing tag </${xml.slice(nameAt[top - 1], nameAt[top - 1] + nameLen[top - 1])}>`);
    return reader.nextToken;
}
/**
 * Where the closing tag at `lt` ends (its `>`), when it is not `</name>` written exactly as opened:
 * its name read as parseXML reads it (spaces around it allowed); a mismatched name throws.
 */
function closingTag(xml, lt, name) {
    const gt = xml.indexOf('>', lt + 2);
    if (gt < 0)
        fail('unclosed tag');
    const written = xml.slice(lt + 2, gt).trim();
    if (name === '' || written !== name)
        fail(`mismatched </${written}>`);
    return gt;
}
/** xml[a, a + len) and xml[b, b + len) hold the same characters. */
function sameName(xml, a, b, len) {
    for (let i = 0; i < len; i++)
        if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/aws/scan/records.js

function toInstance(i, accountId, region) {
    const tags = {};
    for (const t of i.Tags ?? [])
        if (t.Key !== undefined)
            tags[t.Key] = t.Value ?? '';
    const m = i.MetadataOptions ?? {};
    return {
        instanceId: i.InstanceId ?? '',
        accountId,
        region,
        state: i.State?.Name ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: i.InstanceType,
        platform: i.PlatformDetails ?? i.Platform,
        launchTime: i.LaunchTime?.toISOString(),
        imageId: i.ImageId,
        vpcId: i.VpcId,
        publicIp: Boolean(i.PublicIpAddress),
        instanceProfileArn: i.IamInstanceProfile?.Arn,
        metadata: (0,mapping/* fromSdkMetadata */.aR)(m),
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}


/**
 * At most this many distinct strings are kept: enough for every value that repeats across a fleet
 * (types, AMIs, profiles, tag values such as environments and teams), while a tag whose every value
 * is different (an owner's ARN per instance, say) cannot grow the table without bound.
 */
const INTERN_MAX = 50_000;
/** One copy of each repeated string (per scan): the pool's records arrive as fresh copies. */
class Interner {
    strings = new Map();
    /** Distinct strings kept. */
    get size() {
        return this.strings.size;
    }
    s(v) {
        if (v === undefined)
            return v;
        const hit = this.strings.get(v);
        if (hit !== undefined)
            return hit;
        if (this.strings.size < INTERN_MAX)
            this.strings.set(v, v);
        return v;
    }
    /** Interns a record in place; name / launch template / group share their tag's string. */
    instance(i) {
        i.accountId = this.s(i.accountId);
        i.region = this.s(i.region);
        i.state = this.s(i.state);
        i.instanceType = this.s(i.instanceType);
        i.platform = this.s(i.platform);
        i.imageId = this.s(i.imageId);
        i.vpcId = this.s(i.vpcId);
        i.instanceProfileArn = this.s(i.instanceProfileArn);
        const tags = i.tags;
        // Every tag value but the Name, which is nearly always the instance's own.
        for (const k of Object.keys(tags))
            if (k !== 'Name')
                tags[k] = this.s(tags[k]);
        if (tags.Name !== undefined)
            i.name = tags.Name;
        i.launchTemplateId = tags['aws:ec2launchtemplate:id'];
        i.autoScalingGroup = tags['aws:autoscaling:groupName'];
        const m = i.metadata;
        for (const k of Object.keys(m))
            if (typeof m[k] === 'string')
                m[k] = this.s(m[k]);
        return i;
    }
}
/** The string fields of a record, in the order `ints` holds them. */
const FIXED = [
    'instanceId',
    'accountId',
    'region',
    'state',
    'instanceType',
    'platform',
    'launchTime',
    'imageId',
    'vpcId',
    'instanceProfileArn',
];
/** The metadata fields, in the model's key order (mapping.ts fromSdkMetadata); the hop limit is a number. */
const METADATA_KEYS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
    'state',
];
const HOP = 'httpPutResponseHopLimit';
/**
 * Builds a packed page a record at a time: from records (`add`) or straight from the reader's drafts
 * (`addDraft`, what a worker does: no record object is built only to be taken apart again). Both write
 * exactly what the other would for the same instance.
 */
class Packer {
    strings = [];
    at = new Map();
    ints = [];
    hops = [];
    count = 0;
    /** A value that repeats across records: stored once in the page's table. */
    index(s) {
        if (s === undefined)
            return -1;
        let n = this.at.get(s);
        if (n === undefined) {
            n = this.strings.length;
            this.strings.push(s);
            this.at.set(s, n);
        }
        return n;
    }
    /** A value nearly always the record's own (id, launch time, Name): stored without a table lookup. */
    unique(s) {
        if (s === undefined)
            return -1;
        this.strings.push(s);
        return this.strings.length - 1;
    }
    /** publicIp, the hop limit, then the tags (FIXED and the metadata strings written before). */
    rest(publicIp, hop, tags) {
        const ints = this.ints;
        ints.push(publicIp ? 1 : 0);
        this.hops.push(typeof hop === 'number' ? hop : 0, typeof hop === 'number' ? 1 : 0);
        const keys = Object.keys(tags);
        ints.push(keys.length);
        for (const k of keys)
            ints.push(this.index(k), k === 'Name' ? this.unique(tags[k]) : this.index(tags[k]));
        this.count++;
    }
    add(i) {
        const ints = this.ints;
        for (const f of FIXED)
            ints.push(f === 'instanceId' || f === 'launchTime' ? this.unique(i[f]) : this.index(i[f]));
        const m = i.metadata;
        for (const k of METADATA_KEYS)
            if (k !== HOP)
                ints.push(this.index(m[k]));
        this.rest(i.publicIp, m[HOP], i.tags);
    }
    /** The record describe-instances-xml.ts `record` would build from `d`, packed as `add` packs it. */
    addDraft(d, accountId, region) {
        const f = d.fields;
        this.ints.push(this.unique(f[F.instanceId] ?? ''), this.index(accountId), this.index(region), this.index(d.state ?? 'unknown'), this.index(f[F.instanceType]), this.index(f[F.platformDetails] ?? f[F.platform]), this.unique(launchIso(f[F.launchTime])), this.index(f[F.imageId]), this.index(f[F.vpcId]), this.index(d.profileArn));
        // The metadata values in METADATA_KEYS' order (the reader's), the hop limit apart.
        const m = d.metadata;
        for (let n = 0; n < METADATA_KEYS.length; n++)
            if (n !== HOP_LIMIT)
                this.ints.push(this.index(m[n]));
        const hop = m[HOP_LIMIT];
        this.rest(Boolean(f[F.ipAddress]), hop === undefined || hop === '' ? undefined : Number(hop), d.tags);
    }
    finish(nextToken) {
        const packed = {
            strings: this.strings,
            ints: Int32Array.from(this.ints),
            hops: Float64Array.from(this.hops),
            count: this.count,
        };
        if (nextToken !== undefined)
            packed.nextToken = nextToken;
        return packed;
    }
}
function packPage(page) {
    const packer = new Packer();
    for (const i of page.instances)
        packer.add(i);
    return packer.finish(page.nextToken);
}
/**
 * A raw DescribeInstances body \u2192 its packed page, equal to `packPage(recordsFromXml(\u2026))` without the
 * records in between (what a parse worker posts). Values are not copied out of the page: the packed
 * page is cloned when posted.
 */
function packedFromXml(xml, accountId, region) {
    const packer = new Packer();
    const nextToken = readDrafts(xml, accountId, false, (d, owner) => packer.addDraft(d, owner, region));
    // recordsFromXml keeps a next token only when it is not empty.
    return packer.finish(nextToken || undefined);
}
/**
 * The records of a packed page, exactly as the worker had them (same keys, same order, same values),
 * their repeated strings taken from `interner` as `Interner.instance` would (the Name, the id and the
 * launch time stay the page's own).
 */
function unpackPage(p, interner) {
    const own = p.strings;
    const shared = new Array(own.length);
    const s = (n) => {
        if (n < 0)
            return undefined;
        let v = shared[n];
        if (v === undefined) {
            v = interner.s(own[n]);
            shared[n] = v;
        }
        return v;
    };
    const raw = (n) => (n < 0 ? undefined : own[n]);
    const ints = p.ints;
    const instances = [];
    let k = 0;
    for (let r = 0; r < p.count; r++) {
        const instanceId = raw(ints[k]) ?? '';
        const accountId = s(ints[k + 1]);
        const region = s(ints[k + 2]);
        const state = s(ints[k + 3]);
        const instanceType = s(ints[k + 4]);
        const platform = s(ints[k + 5]);
        const launchTime = raw(ints[k + 6]);
        const imageId = s(ints[k + 7]);
        const vpcId = s(ints[k + 8]);
        const instanceProfileArn = s(ints[k + 9]);
        k += FIXED.length;
        const metadata = {};
        for (const key of METADATA_KEYS) {
            if (key === HOP) {
                if (p.hops[2 * r + 1] === 1)
                    metadata[HOP] = p.hops[2 * r];
                continue;
            }
            const v = s(ints[k++]);
            if (v !== undefined)
                metadata[key] = v;
        }
        const publicIp = ints[k++] === 1;
        const tagCount = ints[k++];
        const tags = {};
        for (let t = 0; t < tagCount; t++, k += 2) {
            const key = raw(ints[k]);
            tags[key] = (key === 'Name' ? raw(ints[k + 1]) : s(ints[k + 1]));
        }
        instances.push({
            instanceId,
            accountId,
            region,
            state,
            name: tags.Name,
            tags,
            instanceType,
            platform,
            launchTime,
            imageId,
            vpcId,
            publicIp,
            instanceProfileArn,
            metadata: metadata,
            launchTemplateId: tags['aws:ec2launchtemplate:id'],
            autoScalingGroup: tags['aws:autoscaling:groupName'],
        });
    }
    return p.nextToken === undefined ? { instances } : { instances, nextToken: p.nextToken };
}


/***/ }),

/***/ 7733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ signIn)
/* harmony export */ });
/* unused harmony exports SignInError, MISSING_ID_TOKEN_PERMISSION, decodeJwtClaims, fetchIdToken, assumedAccount */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1695);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/**
 * Signing in. With `role-to-assume`: GitHub OIDC token \u2192 STS AssumeRoleWithWebIdentity (the account
 * read from the session ARN it returns; GetCallerIdentity only if that is missing), every credential
 * masked. Without: the SDK default chain, with the instance metadata credential provider switched off
 * unless `allow-instance-credentials` (AWS-2025-021).
 */



class SignInError extends Error {
    failure;
    awsError;
    name = 'SignInError';
    constructor(message, failure, 
    /** The AWS error behind it (code: message), when there was one. */
    awsError) {
        super(message);
        this.failure = failure;
        this.awsError = awsError;
    }
}
const MISSING_ID_TOKEN_PERMISSION = 'role-to-assume is set, but this job cannot request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set. Add to the job (or workflow):\n  permissions:\n    id-token: write\n    contents: read\nFork pull requests never receive an OIDC token; run the audit on pull_request from branches of this repository, or on schedule.';
/** Decodes a JWT payload without verifying it (STS verifies; we only read claims we were handed). */
function decodeJwtClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        return {};
    try {
        return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        return {};
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Retries the token request with full-jitter exponential backoff (the endpoint has transient 5xx). */
async function fetchIdToken(source, audience, log, attempts = 5, baseMs = 500) {
    let last;
    for (let i = 0; i < attempts; i++) {
        try {
            return await source(audience);
        }
        catch (e) {
            last = e;
            if (i < attempts - 1) {
                const delay = Math.random() * baseMs * 2 ** i;
                log.info(`GitHub OIDC token request failed (${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}); retrying in ${Math.round(delay)} ms`);
                await sleep(delay);
            }
        }
    }
    throw new SignInError(`Could not get a GitHub OIDC token after ${attempts} attempts: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(last)}`, 'id-token-request');
}
async function signIn(options, clients, idToken, log, env = process.env) {
    // Never let the SDK fetch credentials (or a region) from an instance metadata service unless told to.
    if (!options.allowInstanceCredentials)
        env.AWS_EC2_METADATA_DISABLED = 'true';
    const { homeRegion, roleToAssume } = options;
    if (!roleToAssume) {
        log.info('No role-to-assume: using the AWS SDK default credential chain.');
        try {
            const id = await clients.sts(_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CHAIN */ .GK, homeRegion).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .GetCallerIdentityCommand */ .zI({}));
            return { accountId: id.Account ?? '', arn: id.Arn ?? '' };
        }
        catch (e) {
            throw new SignInError(`No AWS credentials found (${(0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e)}: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}). Set role-to-assume to sign in with GitHub OIDC, or provide credentials another way${options.allowInstanceCredentials ? '' : ' (instance metadata credentials are off; set allow-instance-credentials: true only on an EC2 runner you trust)'}.`, 'no-credentials', `${(0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e)}: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}`);
        }
    }
    if (!idToken || !env.ACTIONS_ID_TOKEN_REQUEST_URL)
        throw new SignInError(MISSING_ID_TOKEN_PERMISSION, 'no-id-token');
    const token = await fetchIdToken(idToken, options.audience, log);
    log.secret(token);
    const claims = decodeJwtClaims(token);
    log.info(`Signing in to ${roleToAssume} with GitHub OIDC (sub: ${String(claims.sub ?? '?')}).`);
    let assumed;
    try {
        assumed = await clients.sts(_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSIGNED */ .ke, homeRegion).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleWithWebIdentityCommand */ .WH({
            RoleArn: roleToAssume,
            RoleSessionName: options.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: options.roleDurationSeconds,
        }));
    }
    catch (e) {
        const code = (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorCode */ .J6)(e);
        const hint = code === 'AccessDenied'
            ? ` Check the role's trust policy: it must trust token.actions.githubusercontent.com with aud '${options.audience}' and a sub matching '${String(claims.sub ?? '')}'.`
            : /DurationSeconds|MaxSessionDuration|session duration/i.test((0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e))
                ? ` Input 'role-duration-seconds' (${options.roleDurationSeconds}) exceeds the role's maximum session duration: lower role-duration-seconds, or raise the role's MaxSessionDuration.`
                : '';
        throw new SignInError(`Could not assume ${roleToAssume} with the GitHub OIDC token (${code}: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}).${hint}`, 'assume-role', `${code}: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}`);
    }
    const c = assumed.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new SignInError('STS returned no credentials for the assumed role.', 'no-sts-credentials');
    log.secret(c.AccessKeyId);
    log.secret(c.SecretAccessKey);
    if (c.SessionToken)
        log.secret(c.SessionToken);
    const credentials = {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        expiration: c.Expiration,
    };
    const session = { accountId: '', arn: '', roleArn: roleToAssume, credentials, oidcClaims: claims };
    // STS names the session it made (arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION): the account is
    // read from there, one round trip sooner than GetCallerIdentity, which answers only when it is missing.
    const named = assumedAccount(assumed.AssumedRoleUser?.Arn);
    if (named) {
        session.accountId = named.accountId;
        session.arn = named.arn;
    }
    else {
        const id = await clients.sts(session, homeRegion).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .GetCallerIdentityCommand */ .zI({}));
        session.accountId = id.Account ?? '';
        session.arn = id.Arn ?? '';
    }
    log.info(`Signed in as ${session.arn} (account ${session.accountId}).`);
    return session;
}
/** The account of an assumed-role session's ARN, or undefined when the ARN is not one. */
function assumedAccount(arn) {
    // Role and session names are IAM names: letters, digits and + = , . @ _ - only.
    const m = /^arn:aws(?:-[a-z]+)*:sts::(\d{12}):assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+$/.exec(arn ?? '');
    return m && arn ? { accountId: m[1], arn } : undefined;
}


/***/ }),

/***/ 7418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dn: () => (/* binding */ listFilesSafe),
/* harmony export */   Pm: () => (/* binding */ openForWrite),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   kD: () => (/* binding */ linkProblem),
/* harmony export */   nm: () => (/* binding */ writeFileSafe),
/* harmony export */   os: () => (/* binding */ readFileSafe)
/* harmony export */ });
/* unused harmony export writeAll */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/**
 * Every file the Action writes or reads from the workspace goes through here: nothing is ever written
 * or read through a symbolic link that leaves the workspace, nor from a FIFO, a device or /proc.
 *
 * Writes (reports, SARIF, guardrails, plan file, change log, history): every folder from the workspace
 * down is checked with lstat (a link anywhere is refused) and created when missing; the file is opened
 * with O_NOFOLLOW and without O_TRUNC, checked to be a regular file inside the workspace (the path the
 * kernel opened, so a folder swapped for a link between the check and the open is caught), and only
 * then truncated.
 *
 * Reads: `links: 'refuse'` (files the Action also writes or produced itself: history, change log, plan
 * file, shard reports) applies the writes' rule \u2014 no link anywhere below the workspace, O_NOFOLLOW;
 * `links: 'inside'` (files a repository may commit as a link to another of its files: baseline-report,
 * the instances CSV) follows links that stay inside the workspace. Either way the file must be a regular
 * file whose real path is inside the workspace.
 *
 * A refusal names the input and the path and says what to do; it never carries any of the target's
 * content (nor its name when it is outside the workspace).
 */


class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
/** O_NOFOLLOW and O_NONBLOCK are POSIX; on Windows the lstat walk is the check. */
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0;
const SPECIAL = ['/proc', '/sys', '/dev'];
const DEFAULT_MAX_READ = 512 * 1024 * 1024;
const inside = (root, p) => {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
};
function realRoot(root) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    }
}
/** The path as shown in messages: relative to root when inside it. */
function shown(root, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), abs);
    return rel && inside((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root), abs) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : abs;
}
/** Where a link leads, in words that never name a place outside the workspace. */
function linkTarget(root, link) {
    try {
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(link);
        return inside(realRoot(root), real) ? 'to a place inside the workspace' : 'to outside the workspace';
    }
    catch {
        return 'dangling: it leads nowhere';
    }
}
function absolute(t) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(t.root);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, t.path);
    if (t.path.includes('\0') || !inside(root, abs))
        throw new UnsafePathError(`Input '${t.input}': ${t.path.includes('\0') ? 'the path contains a NUL character' : `'${t.path}' is outside the workspace (${root})`}; give a path inside the workspace.`);
    return { root, abs };
}
const RULE = {
    write: 'IMDS Guard never writes through a link',
    read: 'IMDS Guard never reads this input through a link',
    'read-inside': 'IMDS Guard follows a link for this input only when it stays inside the workspace',
};
function linkError(t, root, at, use) {
    return new UnsafePathError(`Input '${t.input}': ${shown(root, at)} is a symbolic link (${linkTarget(root, at)}); ${RULE[use]}. Replace the link with a real ${at === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, t.path) ? 'file' : 'directory'} (git rm it) or choose another path for ${t.input}.`);
}
/**
 * Checks each component below root with lstat: a link is refused; with `create`, missing folders
 * are made one at a time (mkdir never follows a link). The last component (the file) is checked too.
 */
function walk(t, root, abs, what, create) {
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let at = root;
    for (let k = 0; k < parts.length; k++) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, parts[k]);
        const last = k === parts.length - 1;
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw ioError(t, root, at, e, what);
        }
        if (!st) {
            if (last || !create)
                return;
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(at);
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw ioError(t, root, at, e);
            }
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
        }
        if (st.isSymbolicLink())
            throw linkError(t, root, at, what);
        if (!last && !st.isDirectory())
            throw new UnsafePathError(`Input '${t.input}': ${shown(root, at)} is not a directory; choose another path for ${t.input}.`);
        if (last && !st.isFile())
            throw new UnsafePathError(`Input '${t.input}': ${shown(root, at)} is ${kind(st)}, not a regular file; ${what === 'write' ? 'remove it or ' : ''}choose another path for ${t.input}.`);
    }
}
function kind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a named pipe';
    if (st.isSocket())
        return 'a socket';
    return 'a device or special file';
}
function ioError(t, root, at, e, what = 'write') {
    const code = e.code;
    // O_NOFOLLOW on a link: ELOOP (Linux), EMLINK (FreeBSD).
    if (code === 'ELOOP' || code === 'EMLINK')
        return linkError(t, root, at, what);
    return new UnsafePathError(`Input '${t.input}': ${shown(root, at)} cannot be used (${code ?? 'error'}).`);
}
/** The real path of an open descriptor (Linux: /proc/self/fd), else of its folder plus its name. */
function openedPath(fd, abs) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs)), abs.slice((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs).length + 1));
    }
}
/** After the open: a regular file, really inside the workspace (a folder swapped for a link is caught). */
function verifyOpened(t, root, abs, fd, what) {
    const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    if (!st.isFile()) {
        throw new UnsafePathError(`Input '${t.input}': ${shown(root, abs)} is ${kind(st)}, not a regular file; choose another path for ${t.input}.`);
    }
    const real = openedPath(fd, abs);
    // /proc and /sys files call themselves regular (size 0); they are never an input or an output.
    if (SPECIAL.some((d) => real === d || real.startsWith(`${d}/`)))
        throw new UnsafePathError(`Input '${t.input}': ${shown(root, abs)} is a kernel or device file, not a regular file; choose another path for ${t.input}.`);
    if (!inside(realRoot(root), real)) {
        throw new UnsafePathError(`Input '${t.input}': ${shown(root, abs)} leads outside the workspace (a folder on its way was replaced by a link); IMDS Guard never ${what === 'write' ? 'writes' : 'reads'} there. Check the workspace for links and run again.`);
    }
}
/**
 * Opens a workspace file for writing (truncated) or appending, creating missing folders; returns the
 * descriptor. Refuses a link anywhere from the workspace down, and anything but a regular file.
 */
function openForWrite(t, mode = 'truncate') {
    const { root, abs } = absolute(t);
    // The root is trusted (the workspace, or a caller's own folder); below it nothing is.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(root, { recursive: true });
    walk(t, root, abs, 'write', true);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY |
        node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT |
        NOFOLLOW |
        NONBLOCK |
        (mode === 'append' ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND : 0);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, flags, 0o644);
    }
    catch (e) {
        throw ioError(t, root, abs, e);
    }
    try {
        verifyOpened(t, root, abs, fd, 'write');
        if (mode === 'truncate')
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync)(fd, 0);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
    return fd;
}
/** Writes a whole file (see openForWrite). */
function writeFileSafe(t, content) {
    const fd = openForWrite(t);
    try {
        writeAll(fd, content);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Writes the whole string to the descriptor (writeSync may write less than asked). */
function writeAll(fd, content) {
    const buf = Buffer.from(content, 'utf8');
    let off = 0;
    while (off < buf.length)
        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, buf, off, buf.length - off);
}
/**
 * A workspace file's text, or undefined when it does not exist. Refuses links as `options.links`
 * says, folders, FIFOs, devices and anything whose real path leaves the workspace.
 */
function readFileSafe(t, options) {
    const { root, abs } = absolute(t);
    if (options.links === 'refuse')
        walk(t, root, abs, 'read', false);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT') {
            // A dangling link is not "missing": it is a link.
            const link = danglingLink(root, abs);
            if (link)
                throw linkError(t, root, link, options.links === 'refuse' ? 'read' : 'read-inside');
            return undefined;
        }
        throw ioError(t, root, abs, e, 'read');
    }
    if (!inside(realRoot(root), real)) {
        const link = firstLink(root, abs) ?? abs;
        throw linkError(t, root, link, options.links === 'refuse' ? 'read' : 'read-inside');
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(options.links === 'refuse' ? abs : real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    }
    catch (e) {
        throw ioError(t, root, abs, e, 'read');
    }
    try {
        verifyOpened(t, root, abs, fd, 'read');
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        const max = options.maxBytes ?? DEFAULT_MAX_READ;
        if (size > max)
            throw new UnsafePathError(`Input '${t.input}': ${shown(root, abs)} is ${size} bytes, above the ${max}-byte limit for this input.`);
        const buf = Buffer.alloc(size);
        let off = 0;
        while (off < size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, off, size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return buf.toString('utf8', 0, off);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The first component below root that is a symbolic link, if any. */
function firstLink(root, abs) {
    let at = root;
    for (const part of (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at).isSymbolicLink())
                return at;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function danglingLink(root, abs) {
    const link = firstLink(root, abs);
    if (!link)
        return undefined;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(link);
        return undefined;
    }
    catch {
        return link;
    }
}
/**
 * Every regular file below a workspace folder (recursively), for inputs that name a folder of files
 * (merge-reports). A link anywhere \u2014 the folder, a subfolder or a file \u2014 is refused, never skipped.
 */
function listFilesSafe(t, wanted = { file: () => true, dir: () => true }) {
    const { root, abs } = absolute(t);
    const st = firstStat(t, root, abs);
    if (!st)
        return undefined;
    if (st.isFile())
        return [abs];
    const out = [];
    const visit = (dir) => {
        for (const name of readdirNames(t, root, dir)) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(abs, p).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
            if (s.isSymbolicLink()) {
                // A link where a wanted file or folder could be is refused; one elsewhere is none of ours.
                if (wanted.file(rel) || wanted.dir(rel))
                    throw linkError(t, root, p, 'read');
            }
            else if (s.isDirectory()) {
                if (wanted.dir(rel))
                    visit(p);
            }
            else if (s.isFile() && wanted.file(rel))
                out.push(p);
        }
    };
    visit(abs);
    return out;
}
function firstStat(t, root, abs) {
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean);
    let at = root;
    let st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(root);
    for (const part of parts) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
        }
        catch {
            return undefined;
        }
        if (st.isSymbolicLink())
            throw linkError(t, root, at, 'read');
    }
    if (st && !st.isFile() && !st.isDirectory())
        throw new UnsafePathError(`Input '${t.input}': ${shown(root, abs)} is ${kind(st)}, not a file or folder; choose another path for ${t.input}.`);
    return st;
}
function readdirNames(t, root, dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort();
    }
    catch (e) {
        throw ioError(t, root, dir, e, 'read');
    }
}
/**
 * Why a path input cannot be used as it stands on disk \u2014 a link below the workspace (`refuse`), or one
 * leading out of it or nowhere (`inside`) \u2014 or undefined. For checking inputs up front, before any AWS
 * call; the reads and writes check again when they open the file.
 */
function linkProblem(root, path, links, input) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
    if (!inside(base, abs))
        return undefined;
    let at = base;
    for (const part of (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).filter(Boolean)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(at);
        }
        catch {
            return undefined;
        }
        if (!st.isSymbolicLink())
            continue;
        const where = linkTarget(base, at);
        if (links === 'inside' && where === 'to a place inside the workspace')
            continue;
        const e = linkError({ root: base, input, path: abs }, base, at, links === 'refuse' ? 'write' : 'read-inside');
        return e.message.slice(`Input '${input}': `.length);
    }
    return undefined;
}


/***/ }),

/***/ 8120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ isChangeEvent),
/* harmony export */   y: () => (/* binding */ readContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/** What the run knows about GitHub: read once from the runner's environment, passed down as data. */

function readContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
    const repository = owner && repo ? { owner, repo } : undefined;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    let pullRequest;
    const pr = payload.pull_request;
    if (pr?.number) {
        const head = pr.head?.repo?.full_name;
        const base = pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
        pullRequest = { number: pr.number, isFork: head !== undefined && head !== base };
    }
    return {
        eventName,
        base: baseOf(eventName, payload),
        payload,
        repository,
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        runUrl: repository && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        actor: env.GITHUB_ACTOR,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        refName: env.GITHUB_REF_NAME,
        workflow: env.GITHUB_WORKFLOW,
        workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
        pullRequest,
        isActions: env.GITHUB_ACTIONS === 'true',
    };
}
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** Events that judge a change before it merges: pull requests and the merge queue. */
function isChangeEvent(eventName) {
    return eventName.startsWith('pull_request') || eventName === 'merge_group';
}
function baseOf(eventName, payload) {
    if (eventName.startsWith('pull_request')) {
        const base = payload.pull_request?.base;
        if (typeof base?.sha === 'string' && SHA.test(base.sha))
            return { sha: base.sha, ref: typeof base.ref === 'string' ? base.ref : undefined };
    }
    if (eventName === 'merge_group') {
        const group = payload.merge_group;
        if (typeof group?.base_sha === 'string' && SHA.test(group.base_sha))
            return {
                sha: group.base_sha,
                ref: typeof group.base_ref === 'string' ? group.base_ref : undefined,
            };
    }
    return undefined;
}


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cw: () => (/* binding */ unreadableAnswer),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony exports silentLog, consoleLog */

/**
 * Every implementation passes each message through `safeLogText`: no value from AWS or a repository
 * can start a log line (a workflow command) or carry control and format characters.
 */
const silentLog = { info() { }, warning() { }, error() { }, debug() { }, secret() { } };
function consoleLog(verbose = false) {
    return {
        info: (m) => console.error(safeLogText(m)),
        warning: (m) => console.error(`warning: ${safeLogText(m)}`),
        error: (m) => console.error(`error: ${safeLogText(m)}`),
        debug: (m) => {
            if (verbose)
                console.error(`debug: ${safeLogText(m)}`);
        },
        secret() { },
    };
}
/**
 * An error's message. An AWS SDK error whose answer could not be read as AWS's (an endpoint that
 * answers an HTML error page: a proxy, an emulator without the operation) says so, with the HTTP status
 * and how the body begins, instead of the parser's "mismatched tags \u2026 inspect the hidden field".
 */
function errorMessage(e) {
    if (!(e instanceof Error))
        return String(e);
    const answer = unreadableAnswer(e);
    return answer
        ? `HTTP ${answer.status}, an answer that is not AWS's (it begins "${answer.begins}")`
        : e.message;
}
/** Characters of an unreadable answer's body that errorMessage quotes. */
const BEGINS_MAX = 80;
/**
 * The HTTP status and the first characters (whitespace collapsed) of an answer the AWS SDK could not
 * deserialize: its errors carry the body as `$responseBodyText` and the status in `$metadata`.
 */
function unreadableAnswer(e) {
    const x = e;
    const body = x?.$responseBodyText;
    const status = x?.$metadata?.httpStatusCode;
    if (typeof body !== 'string' || typeof status !== 'number')
        return undefined;
    const text = body
        .slice(0, 4 * BEGINS_MAX)
        .replace(/\s+/g, ' ')
        .trim();
    return { status, begins: text.length > BEGINS_MAX ? `${text.slice(0, BEGINS_MAX)}\u2026` : text };
}


/***/ }),

/***/ 7564:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: coreLog, foreignInputs, unknownInputs

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
;// CONCATENATED MODULE: ./lib/cli/suggest.js
/**
 * "Did you mean": the closest of a set of names by edit distance, for mistyped commands, flags,
 * profiles and regions. Pure functions; the CLI words the messages.
 */
/** Levenshtein distance with adjacent transpositions counted as one edit (`esat` \u2192 `east` is 1). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/** The closest candidate, if it is close enough to be a typo (at most 2 edits, or a third of the word). */
function closest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
        const dist = editDistance(word.toLowerCase(), c.toLowerCase());
        if (dist < bestDistance)
            [best, bestDistance] = [c, dist];
    }
    return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}
/** ` Did you mean 'x'?` or ''. */
function didYouMean(word, candidates, quote = (s) => `'${s}'`) {
    const c = closest(word, candidates);
    return c ? ` Did you mean ${quote(c)}?` : '';
}
/**
 * AWS commercial, GovCloud and China regions (2026). Only used to suggest a correction: a region that is
 * not listed but is spelled like a region (a standard direction word) goes on to AWS, which knows of
 * regions launched after this list.
 */
const KNOWN_REGIONS = (/* unused pure expression or super */ null && ([
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'cn-north-1',
    'cn-northwest-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-gov-east-1',
    'us-gov-west-1',
    'us-west-1',
    'us-west-2',
]));
const DIRECTIONS = /^(east|west|north|south|central|northeast|northwest|southeast|southwest)$/;
/**
 * Why a region name is a typo, with the likely intended region \u2014 or undefined when it is a known
 * region or could be a newer one (spelled like a region: `xx-<direction>-N`).
 */
function regionTypo(name) {
    const region = name.trim();
    if (KNOWN_REGIONS.includes(region))
        return undefined;
    const parts = /^[a-z]{2}(-gov|-iso[a-z]?)?-([a-z]+)-\d{1,2}$/.exec(region);
    if (parts && DIRECTIONS.test(parts[2]))
        return undefined;
    const guess = closest(region, KNOWN_REGIONS);
    return guess ? `'${region}' is not an AWS region. Did you mean '${guess}'?` : undefined;
}

;// CONCATENATED MODULE: ./lib/deps.js
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(8120);
// EXTERNAL MODULE: ./lib/log.js
var log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
// EXTERNAL MODULE: ./lib/aws/collect.js + 6 modules
var collect = __webpack_require__(8798);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var config = __webpack_require__(7291);
;// CONCATENATED MODULE: ./lib/aws/credentials.js
// Whether the AWS SDK's default credential chain could load credentials here \u2014 decided by reading the
// chain's sources (environment, the shared config and credentials files' selected profile, container
// credentials), never by asking the instance metadata service: a run without a role and without such
// credentials works offline (the IaC check), it does not go looking on the runner's network.



/** Keys that make a profile a source of credentials (static keys, a role to assume, a process, SSO). */
const PROFILE_KEYS = [
    'aws_access_key_id',
    'role_arn',
    'credential_process',
    'sso_session',
    'sso_start_url',
    'web_identity_token_file',
    'credential_source',
    'login_session',
];
async function hasLoadableCredentials(env) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
        return true;
    if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN)
        return true;
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return true;
    const home = env.HOME ?? env.USERPROFILE ?? (0,external_node_os_.homedir)();
    const profile = env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || 'default';
    try {
        const files = await (0,config.loadSharedConfigFiles)({
            filepath: env.AWS_SHARED_CREDENTIALS_FILE ?? (0,external_node_path_.join)(home, '.aws', 'credentials'),
            configFilepath: env.AWS_CONFIG_FILE ?? (0,external_node_path_.join)(home, '.aws', 'config'),
            ignoreCache: true,
        });
        const sections = [files.credentialsFile?.[profile], files.configFile?.[profile]];
        return sections.some((s) => s !== undefined && PROFILE_KEYS.some((k) => Boolean(s[k])));
    }
    catch {
        // An unreadable file is no source of credentials; signing in would fail the same way.
        return false;
    }
}

// EXTERNAL MODULE: ./lib/aws/session.js
var aws_session = __webpack_require__(7733);
// EXTERNAL MODULE: ./lib/assess/iac.js + 1 modules
var iac = __webpack_require__(3052);
;// CONCATENATED MODULE: ./lib/publish/annotations.js
/** The IaC check's findings and unreadable files as annotations on the pull request's diff. */

const ANNOTATION = { error: 'error', warning: 'warning', note: 'notice' };
/**
 * One annotation per unsuppressed finding, on its file and line (suppressed ones are listed, not
 * annotated); a finding on a resource the change leaves as it is (plan no-op) is only a notice.
 */
function annotateFindings(findings, annotate) {
    for (const f of findings) {
        if (f.suppression)
            continue;
        annotate(f.attributed ? ANNOTATION[f.level] : 'notice', `${f.message} Fix: ${f.fix}`, {
            file: f.file,
            startLine: f.line,
            title: `IMDS Guard ${f.ruleId}: ${(0,iac/* iacRule */.IY)(f.ruleId).title}`,
        });
    }
}
/** A parse error as an annotation on the file it names. */
function annotateErrors(errors, annotate) {
    for (const e of errors)
        annotate('error', e.message, {
            file: e.file,
            startLine: e.line,
            title: 'IMDS Guard: IaC file not checked',
        });
}

// EXTERNAL MODULE: ./lib/publish/publish.js + 11 modules
var publish = __webpack_require__(8617);
// EXTERNAL MODULE: ./lib/pipeline/judge.js
var judge = __webpack_require__(1105);
// EXTERNAL MODULE: ./lib/pipeline/options.js + 1 modules
var options = __webpack_require__(4532);
// EXTERNAL MODULE: ./lib/assess/rules.js
var rules = __webpack_require__(3529);
// EXTERNAL MODULE: ./lib/aws/readiness.js
var readiness = __webpack_require__(6509);
;// CONCATENATED MODULE: ./lib/pipeline/usage.js
/**
 * The IMDSv1 usage stage of an audit: CloudWatch MetadataNoToken and MetadataNoTokenRejected, read while
 * the scan runs, each account with its own session.
 */



/**
 * Who still uses IMDSv1: MetadataNoToken for every in-scope v1-allowed instance, and
 * MetadataNoTokenRejected for those that require tokens (what hardening broke), over `v1-usage-days`,
 * per account and region with that account's session (500 queries a GetMetricData call). The reads
 * start while the scan runs: `add` takes each page's instances as they arrive (a full batch is sent at
 * once), `flush` sends a region's rest when its listing ends (beside its DescribeImages), and `finish`
 * waits for them all once the inventory is complete and puts the sums on its instances. A
 * read that fails (a role without cloudwatch:GetMetricData) is a notice, and those instances' usage
 * stays unknown.
 */
function v1UsageStream(options, deps) {
    const { days } = options;
    const now = deps.now();
    const { start, end } = (0,readiness/* usageWindow */.on)(now, days);
    const read = { days, from: start.toISOString(), to: end.toISOString(), errors: [] };
    const reader = (metric) => new readiness/* V1UsageReader */.MF({
        days,
        now,
        metric,
        concurrency: options.concurrency,
        cloudwatch: (accountId, region) => deps.clients.cloudwatch((0,aws_clients/* sessionOf */.MC)(sessions, accountId), region),
        log: deps.log,
        onError: (e) => read.errors.push({ ...e, metric }),
    });
    // Each account's session, from the scan of its first page.
    const sessions = new Map();
    const noToken = reader('MetadataNoToken');
    const rejected = reader('MetadataNoTokenRejected');
    const measured = (i) => (0,rules/* inScope */.SB)(i, options.includeStopped);
    // Who is asked what: MetadataNoToken for those that may still use IMDSv1, MetadataNoTokenRejected
    // for those that require tokens (a pending change is neither yet).
    const mayUseV1 = (i) => (0,rules/* allowsV1 */.oq)(i.metadata) && i.metadata.state !== 'pending';
    const requiresTokens = (i) => i.metadata.httpTokens === 'required';
    return {
        add: (session, instances) => {
            // An instance the account does not own (a reservation of another) is not measured with its session.
            if (!sessions.has(session.accountId))
                sessions.set(session.accountId, session);
            for (const i of instances) {
                if (i.accountId !== session.accountId || !measured(i))
                    continue;
                if (mayUseV1(i))
                    noToken.add(i);
                else if (requiresTokens(i))
                    rejected.add(i);
            }
        },
        flush: (session, region) => {
            noToken.flush(session.accountId, region);
            rejected.flush(session.accountId, region);
        },
        finish: async (inventory, reached) => {
            const [v1Usage, rejectedUsage] = await Promise.all([noToken.finish(), rejected.finish()]);
            // The readers count every GetMetricData of the audit (the inventory's snapshot of the clients'
            // counts caught only those answered before the scan ended).
            const calls = v1Usage.calls + rejectedUsage.calls;
            if (calls)
                inventory.apiCalls.GetMetricData = calls;
            else
                delete inventory.apiCalls.GetMetricData;
            // Instances of regions whose scan failed were measured but are not in the inventory: they are
            // simply not looked up.
            const live = inventory.instances.filter((i) => measured(i) && reached.has(i.accountId));
            const v1 = live.filter(mayUseV1);
            for (const i of v1) {
                const u = v1Usage.usage.get(i.instanceId);
                if (u && 'v1Calls' in u)
                    i.v1Calls = u.v1Calls;
            }
            for (const i of live) {
                if (!requiresTokens(i))
                    continue;
                const u = rejectedUsage.usage.get(i.instanceId);
                if (u && 'v1Calls' in u)
                    i.v1Rejected = u.v1Calls;
            }
            inventory.v1Usage = read;
            logUsage(deps, read, v1);
        },
    };
}
function logUsage(deps, read, v1) {
    const inUse = v1.filter((i) => (i.v1Calls ?? 0) > 0).length;
    const known = v1.filter((i) => i.v1Calls !== undefined).length;
    if (v1.length)
        deps.log.info(`IMDSv1 usage (MetadataNoToken, ${read.days} days): ${inUse} of ${v1.length} v1-allowed instance(s) made IMDSv1 calls; ${known - inUse} made none (safe to harden now)${known < v1.length ? `; ${v1.length - known} unknown` : ''}.`);
    const seen = new Set();
    for (const e of read.errors) {
        const key = `${e.metric} ${e.code}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const n = read.errors.filter((x) => `${x.metric} ${x.code}` === key).length;
        deps.log.info(usageReadNotice(e, n));
    }
}
/** Error codes (and the StatusCode Forbidden of a query) that mean the role may not read it: the fix is a grant. */
const NOT_PERMITTED = /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized|Forbidden/;
/** The log line for a CloudWatch usage read that failed in `n` account/regions like `e`. */
function usageReadNotice(e, n) {
    const fix = NOT_PERMITTED.test(e.code)
        ? 'Grant cloudwatch:GetMetricData to the role to see it.'
        : /^HTTP \d{3}$/.test(e.code)
            ? "The answer was not CloudWatch's (an HTML page or other text, from a proxy or an endpoint override): check what serves the CloudWatch endpoint."
            : 'CloudWatch answered with an error, not a refusal: the next run reads it again.';
    return `Notice: could not read CloudWatch ${e.metric} in ${n} account/region(s) (e.g. ${e.region}${e.accountId ? ` of ${e.accountId}` : ''}: ${e.code}); their instances' IMDSv1 usage is reported as unknown. ${fix}`;
}

;// CONCATENATED MODULE: ./lib/pipeline/audit.js








async function auditMode(settings, deps) {
    const iacOn = settings.iac.globs.length > 0;
    // A fork's pull request gets no OIDC token even when the workflow names a role: with `iac` set that
    // is no reason to fail \u2014 the IaC check runs offline, as it does with no role at all.
    const noOidc = Boolean(settings.auth.roleToAssume) && !deps.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (iacOn && ((!settings.auth.roleToAssume && !(await hasLoadableCredentials(deps.env))) || noOidc)) {
        // The IaC check needs no AWS access: a fork's PR or a repository without a role still gets it.
        deps.log.info(noOidc
            ? 'role-to-assume is set but this job cannot get a GitHub OIDC token (a fork pull request, or no `id-token: write`): checking the IaC only, offline (no AWS call, no live audit).'
            : 'No role-to-assume and no AWS credentials: checking the IaC only, offline (no AWS call, no live audit).');
        const iac = await judgeIac(settings, deps);
        await (0,publish/* publishIacOnly */.P$)(settings, iac, deps);
        deps.outputs.set('passed', iac.gateFailures.length === 0);
        return { passed: iac.gateFailures.length === 0, failures: iac.gateFailures };
    }
    const session = await (0,aws_session/* signIn */.Jv)((0,options/* signInOptions */.Bt)(settings), deps.clients, deps.idToken, deps.log, deps.env);
    const usage = v1UsageStream({
        days: settings.remediation.v1UsageDays,
        concurrency: settings.scope.concurrency,
        includeStopped: settings.scope.includeStopped,
    }, deps);
    const { inventory, sessions } = await (0,collect/* collectInventory */.r)((0,options/* collectOptions */.Dn)(settings, session, deps, { onInstances: usage.add, onRegionScanned: usage.flush }), session, deps.clients, deps.log, deps.now);
    await usage.finish(inventory, sessions);
    const iac = iacOn ? await judgeIac(settings, deps, session, inventory.accountDefaults) : undefined;
    return (0,judge/* judgeAndPublish */.U)(settings, deps, inventory, undefined, iac);
}
/** The IaC stage, its annotations on the diff. Its parsers are loaded only when `iac` is set. */
async function judgeIac(settings, deps, session, knownDefaults) {
    const { runIacStage } = await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 8502));
    const iac = await runIacStage(settings, deps, session, knownDefaults);
    annotateFindings(iac.findings, deps.outputs.annotate);
    annotateErrors(iac.errors, deps.outputs.annotate);
    return iac;
}

;// CONCATENATED MODULE: ./lib/run.js

async function run(settings, deps) {
    switch (settings.mode) {
        case 'audit':
            return auditMode(settings, deps);
        case 'merge':
            return (await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 6408))).mergeMode(settings, deps);
        case 'plan':
            return (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(221), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 3015))).planMode(settings, deps);
        case 'plan-rollback':
            return (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(221), __webpack_require__.e(581), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 5773))).planRollbackMode(settings, deps);
        case 'apply':
        case 'rollback':
            return (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(221), __webpack_require__.e(581), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 6773))).applyMode(settings, deps);
    }
}

// EXTERNAL MODULE: ./lib/model/action-name.js
var action_name = __webpack_require__(7036);
// EXTERNAL MODULE: ./lib/model/ids.js
var ids = __webpack_require__(6639);
;// CONCATENATED MODULE: ./lib/settings/auth.js
/** Sign-in inputs: the role, its session, and the home region. */

const roleArn = (raw, ctx) => {
    if (raw && !ids/* ROLE_ARN */.xG.test(raw))
        ctx.fail(`'${raw}' is not an IAM role ARN; expected arn:aws:iam::123456789012:role/RoleName`);
    return raw || undefined;
};
const sessionName = (raw, ctx) => {
    if (!ids/* SESSION_NAME */.z0.test(raw))
        ctx.fail(`'${raw}' must be 2\u201364 characters of letters, digits and +=,.@_-`);
    return raw;
};
const roleName = (raw, ctx) => {
    if (!ids/* ROLE_NAME */.VA.test(raw))
        ctx.fail(`'${raw}' is not an IAM role name`);
    return raw;
};
/** `aws-region`, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
const homeRegion = (raw, ctx) => {
    const region = raw || ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION || 'us-east-1';
    if (!ids/* REGION_NAME */.hS.test(region))
        ctx.fail(`'${region}' is not a region name (e.g. us-east-1)`);
    return region;
};
/** `github-token`, else GITHUB_TOKEN. */
const githubToken = (raw, ctx) => raw || ctx.env.GITHUB_TOKEN || undefined;

// EXTERNAL MODULE: ./lib/settings/fields.js
var fields = __webpack_require__(5832);
;// CONCATENATED MODULE: ./lib/settings/gate.js
/** What fails the check: the rule, the thresholds, scan errors, the gated targets and exemptions. */


const RULES = {
    'ec2.8': 'ec2.8',
    'ec2.8-or-disabled': 'ec2.8-or-disabled',
};
const GATE_TARGETS = ['instances', 'launch-templates', 'account-defaults'];
const complianceRule = (raw, ctx) => {
    const rule = RULES[raw.toLowerCase()];
    if (!rule)
        ctx.fail(`'${raw}' is not one of: ${Object.keys(RULES).join(', ')}`);
    return rule ?? 'ec2.8';
};
/** `threshold: 95` or `threshold: 95, per-account=90` (every account must also reach its own). */
const thresholds = (raw, ctx) => {
    const asPercent = (s) => /^\d+(\.\d+)?$/.test(s) && Number(s) <= 100 ? Number(s) : undefined;
    const items = (0,fields/* splitList */.ry)(raw);
    let fleet = items.length ? undefined : 100;
    let perAccount;
    for (const item of items) {
        const m = /^per-account\s*=\s*(.*)$/i.exec(item);
        const value = asPercent(m ? m[1].trim() : item);
        if (value === undefined || (!m && fleet !== undefined) || (m && perAccount !== undefined)) {
            ctx.fail(`'${raw}' is not a percentage with an optional per-account one; use a number from 0 to 100, e.g. 95 or '95, per-account=90'`);
            return { fleet: 100 };
        }
        if (m)
            perAccount = value;
        else
            fleet = value;
    }
    return { fleet: fleet ?? 100, perAccount };
};
/** true (unread regions and accounts fail), false, regions or accounts (only those). */
const failOnScanError = (raw, ctx) => {
    const v = raw.toLowerCase();
    if (fields/* FALSE_WORDS */.WD.includes(v))
        return { failOnRegionError: false, failOnAccountError: false };
    if (v === 'regions')
        return { failOnRegionError: true, failOnAccountError: false };
    if (v === 'accounts')
        return { failOnRegionError: false, failOnAccountError: true };
    if (!fields/* TRUE_WORDS */.VJ.includes(v))
        ctx.fail(`'${raw}' is not one of: true (a region or account that could not be read fails the run), false (gate on what was read), regions (only unread regions fail), accounts (only unread accounts fail)`);
    return { failOnRegionError: true, failOnAccountError: true };
};
/** A list of gate targets, each one of GATE_TARGETS. */
const targets = (raw, ctx) => {
    const list = (0,fields/* splitList */.ry)(raw);
    const bad = list.filter((g) => !GATE_TARGETS.includes(g));
    if (bad.length)
        ctx.fail(`'${bad.join(', ')}' is not among: ${GATE_TARGETS.join(', ')}`);
    return list;
};
/** `gate-on`: the targets, instances always among them. */
const gateOn = (raw, ctx) => {
    const list = targets(raw, ctx);
    return list.includes('instances') ? list : ['instances', ...list];
};
/** false, true (tag key imds-guard:exempt), or the tag key itself. */
const exceptionsInput = (raw, ctx) => {
    if (fields/* TRUE_WORDS */.VJ.includes(raw.toLowerCase()))
        return { enabled: true, tagKey: ids/* DEFAULT_EXEMPTION_TAG_KEY */.F_ };
    if (fields/* FALSE_WORDS */.WD.includes(raw.toLowerCase()))
        return { enabled: false, tagKey: ids/* DEFAULT_EXEMPTION_TAG_KEY */.F_ };
    const problem = (0,fields/* tagKeyProblem */.Hh)(raw);
    if (!problem)
        return { enabled: true, tagKey: raw };
    ctx.fail(`is neither true, false nor a tag key: a tag key is 1 to 128 characters without control characters, and this value ${problem}. Give true (tag key ${ids/* DEFAULT_EXEMPTION_TAG_KEY */.F_}), false, or the tag key that marks exemptions (e.g. Owner-Exempt)`);
    return { enabled: false, tagKey: ids/* DEFAULT_EXEMPTION_TAG_KEY */.F_ };
};

;// CONCATENATED MODULE: ./lib/settings/hop-limit.js
const DEFAULT_HOP_LIMIT_POLICY = { raw: '1,container=2', plain: 1, container: 2 };
/**
 * `1` (every host), `container=2`, `1,container=2`, `plain=1,container=3`. Unnamed = plain hosts; a
 * part left out keeps its default (1 plain, 2 container). Throws with what to fix.
 */
function parseHopLimitPolicy(raw) {
    const policy = {
        ...DEFAULT_HOP_LIMIT_POLICY,
        raw: raw.trim() || DEFAULT_HOP_LIMIT_POLICY.raw,
    };
    for (const part of raw.split(/[,\s]+/).filter(Boolean)) {
        const m = /^(?:(plain|container)=)?(\d{1,2})$/.exec(part);
        const n = m ? Number(m[2]) : Number.NaN;
        if (!m || n < 1 || n > 64)
            throw new Error(`hop-limit-policy: '${part}' is not N, plain=N or container=N with N from 1 to 64 (e.g. '1,container=2')`);
        if (m[1] === 'container')
            policy.container = n;
        else
            policy.plain = n;
    }
    return policy;
}
const hopLimitPolicy = (raw, ctx) => {
    try {
        return parseHopLimitPolicy(raw);
    }
    catch (e) {
        ctx.fail(e.message.replace(/^hop-limit-policy: /, ''));
        return undefined;
    }
};

;// CONCATENATED MODULE: ./lib/settings/iac.js
/**
 * The IaC check's inputs. `iac`: globs, plus `var-file: PATH` (Terraform, in order) and
 * `parameters: TEMPLATE=FILE` (CloudFormation) entries. `pr-gate`: `iac` or `iac-and-live`, optionally with
 * `everything` (judge every resource, not only what the pull request adds) and `fail-unresolved`
 * (IMDSG006 fails).
 */


/** The workspace-relative form of a path entry, or undefined (reported) when it leaves the workspace. */
function inside(value, what, ctx) {
    const r = (0,fields/* resolveInWorkspace */.z1)(ctx.workspace, value);
    if (typeof r !== 'string') {
        ctx.fail(what ? `${what} ${r.problem}` : r.problem);
        return undefined;
    }
    return (0,external_node_path_.relative)((0,external_node_path_.resolve)(ctx.workspace), r).split(external_node_path_.sep).join('/');
}
const iacFiles = (raw, ctx) => {
    const files = { globs: [], varFiles: [], cfnParameters: [] };
    for (const item of (0,fields/* splitList */.ry)(raw)) {
        const entry = /^([a-z-]+):\s*(.*)$/i.exec(item);
        const key = entry?.[1].toLowerCase();
        if (key === 'var-file') {
            const f = inside(entry[2], 'var-file:', ctx);
            if (f)
                files.varFiles.push(f);
        }
        else if (key === 'parameters') {
            const [template, file] = entry[2].split('=').map((x) => x.trim());
            if (!template || !file) {
                ctx.fail(`'${item}' names no template and file; write it as parameters: infra/web.yaml=infra/web.params.json`);
                continue;
            }
            const t = inside(template, 'parameters:', ctx);
            const f = inside(file, 'parameters:', ctx);
            if (t && f)
                files.cfnParameters.push({ template: t, file: f });
        }
        else if (entry && !/^[a-z]$/i.test(entry[1]) && !/[*?[{]/.test(entry[1])) {
            ctx.fail(`'${item}': unknown entry '${entry[1]}:'; entries are globs, var-file: PATH or parameters: TEMPLATE=FILE`);
        }
        else if (typeof (0,fields/* resolveInWorkspace */.z1)(ctx.workspace, item) === 'string')
            files.globs.push(item);
        else
            inside(item, '', ctx);
    }
    if (!files.globs.length && (files.varFiles.length || files.cfnParameters.length))
        ctx.fail('names var files or parameter files but no glob of files to check; add e.g. infra/**');
    return files;
};
const SCOPES = ['iac', 'iac-and-live'];
const WORDS = ['everything', 'fail-unresolved'];
const prGate = (raw, ctx) => {
    const words = (0,fields/* splitList */.ry)(raw.toLowerCase());
    const scopes = words.filter((w) => SCOPES.includes(w));
    const known = [...SCOPES, ...WORDS];
    if (words.some((w) => !known.includes(w)) || scopes.length > 1)
        ctx.fail(`'${raw}' is not one of: ${SCOPES.join(', ')} (one of them), optionally followed by ${WORDS.join(', ')} (e.g. 'iac, fail-unresolved')`);
    return {
        prGate: scopes[0] ?? 'iac',
        judge: words.includes('everything') ? 'everything' : 'changes',
        unresolved: words.includes('fail-unresolved') ? 'fail' : 'warn',
    };
};

;// CONCATENATED MODULE: ./lib/settings/remediation.js
/** What a plan changes, and which instances it selects. */


const REMEDIATIONS = ['require-v2', 'disable', 'allow-v1'];
/** `require-v2` or `require-v2, include-in-use` (plan instances still calling IMDSv1 too). */
const remediationInput = (raw, ctx) => {
    const words = (0,fields/* splitList */.ry)(raw.toLowerCase());
    const action = words.filter((w) => REMEDIATIONS.includes(w));
    const other = words.filter((w) => !REMEDIATIONS.includes(w) && w !== 'include-in-use');
    if (action.length !== 1 || other.length)
        ctx.fail(`'${raw}' is not one of: ${REMEDIATIONS.join(', ')}, optionally followed by include-in-use (e.g. 'require-v2, include-in-use')`);
    return {
        action: (action[0] ?? REMEDIATIONS[0]),
        includeInUse: words.includes('include-in-use'),
    };
};
/** Instance ids, `!` entries that leave instances out, and one `file: PATH`. */
const instancesInput = (raw, ctx) => {
    const items = (0,fields/* splitList */.ry)(raw);
    const fileItems = items.filter((i) => /^file\s*:/i.test(i));
    if (fileItems.length > 1)
        ctx.fail(`names ${fileItems.length} files; name one CSV (file: PATH)`);
    const file = fileItems.length ? fileItems[0].replace(/^file\s*:\s*/i, '') : '';
    const { named, excluded } = (0,fields/* listWithExcludes */.Im)(items.filter((i) => !fileItems.includes(i)), ids/* INSTANCE_ID */.Cd, 'instance ids (i-0123456789abcdef0, or !i-0123456789abcdef0 to leave one out)', ctx);
    return {
        instances: named,
        excludeInstances: excluded,
        instancesFile: (0,fields/* checkPath */.Cg)(file, ctx, 'inside') || undefined,
    };
};
function parseTagFilters(raw) {
    const filters = [];
    for (const item of (0,fields/* splitList */.ry)(raw)) {
        const eq = item.indexOf('=');
        const key = (eq < 0 ? item : item.slice(0, eq)).trim();
        if (!key)
            return `'${item}' has no tag key; write Key=Value, or Key alone to match any value`;
        filters.push(eq < 0 ? { key } : { key, value: item.slice(eq + 1).trim() });
    }
    return filters;
}
/** `Key=Value`, `Key`, and `!Key=Value` entries that leave the instances that match out. */
const tagsInput = (raw, ctx) => {
    const { named, excluded } = (0,fields/* splitExcludes */.Qh)((0,fields/* splitList */.ry)(raw));
    const parse = (items, prefix) => {
        const parsed = parseTagFilters(items.join('\n'));
        if (typeof parsed !== 'string')
            return parsed;
        const item = items.find((i) => typeof parseTagFilters(i) === 'string') ?? '';
        ctx.fail(`'${prefix}${item}' has no tag key; write Key=Value, Key alone to match any value, or !Key=Value to leave the instances that match out`);
        return [];
    };
    return { tags: parse(named, ''), excludeTags: parse(excluded, '!') };
};
/** `hop-limit`: empty, or 1\u201364. */
const hopLimit = (raw, ctx) => raw ? (0,fields/* wholeNumber */.rD)(1, 64)(raw, ctx) : undefined;

// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
;// CONCATENATED MODULE: ./lib/settings/reports.js
/** Where the reports go and what they show. */


/** The files a run writes under `report-dir`: none may already be a link (checked again when written). */
const REPORT_FILES = ['report.json', 'report.md', 'report.html', 'iac.sarif', 'guardrails'];
const reportDir = (raw, ctx) => {
    let failed = false;
    const dir = (0,fields/* checkPath */.Cg)(raw, {
        ...ctx,
        fail: (m) => {
            failed = true;
            ctx.fail(m);
        },
    });
    for (const file of REPORT_FILES) {
        const problem = dir && !failed && (0,safe/* linkProblem */.kD)(ctx.workspace, `${dir}/${file}`, 'refuse', ctx.input);
        if (problem) {
            ctx.fail(problem);
            failed = true;
        }
    }
    return dir;
};
/** A tag key (e.g. Team); the report adds a table per value of it. */
const groupByTag = (raw, ctx) => {
    if (raw && (0,fields/* tagKeyProblem */.Hh)(raw))
        ctx.fail('a tag key is 1 to 128 characters without control characters (e.g. Team)');
    return raw || undefined;
};

;// CONCATENATED MODULE: ./lib/settings/scope.js
/** What is scanned: regions, accounts and the shard of an organization's accounts. */


/** `all`, names, and `!name` entries that exclude (only excludes = every enabled region but those). */
const regionsInput = (raw, ctx) => {
    const items = (0,fields/* splitList */.ry)(raw);
    const all = items.some((r) => r.toLowerCase() === 'all');
    const { named, excluded } = (0,fields/* listWithExcludes */.Im)(items.filter((r) => r.toLowerCase() !== 'all'), ids/* REGION_NAME */.hS, 'region names (e.g. us-east-1, or !us-west-1 to exclude one), nor `all`', ctx);
    if (items.length === 0) {
        ctx.fail('is empty; use `all`, a list such as us-east-1,eu-west-1, or !us-west-1 to skip one');
    }
    else if (all && named.length) {
        ctx.fail(`lists \`all\` with named regions (${named.join(', ')}); give \`all\` (with !region entries to skip some) or only the regions to scan`);
    }
    if (named.length && named.every((r) => excluded.includes(r))) {
        ctx.fail(`excludes every region it names (${named.join(', ')}): nothing would be scanned. Remove some ! entries.`);
    }
    return { regions: named.length ? named : 'all', excludeRegions: excluded };
};
/** '' (the signed-in account), `organization`, 12-digit ids, and `!id` entries that exclude. */
const accountsInput = (raw, ctx) => {
    const items = (0,fields/* splitList */.ry)(raw);
    const organization = items.some((a) => a.toLowerCase() === 'organization');
    const { named, excluded } = (0,fields/* listWithExcludes */.Im)(items.filter((a) => a.toLowerCase() !== 'organization'), ids/* ACCOUNT_ID */.W_, '12-digit account ids (or !123456789012 to exclude one), nor `organization` (every ACTIVE account of the AWS Organization)', ctx);
    if (organization && named.length) {
        ctx.fail(`lists account ids (${named.join(', ')}) with organization, which scans every ACTIVE account already; keep organization and skip accounts with !123456789012, or list only the ids to scan`);
    }
    else if (excluded.length && !organization && !named.length) {
        ctx.fail(`only excludes (${excluded.map((a) => `!${a}`).join(', ')}) and names nothing to scan; add organization (e.g. organization, !${excluded[0]}) or the account ids to scan`);
    }
    else if (named.length && named.every((a) => excluded.includes(a))) {
        ctx.fail('excludes every account it names: nothing would be scanned. Remove some ! entries.');
    }
    return { accounts: named, organization, excludeAccounts: excluded };
};
/** `i/n` with 1 \u2264 i \u2264 n. */
const shardInput = (raw, ctx) => {
    if (!raw)
        return undefined;
    const m = /^(\d+)\/(\d+)$/.exec(raw);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
        ctx.fail(`'${raw}' must be i/n with 1 \u2264 i \u2264 n, e.g. 2/4 (use \${{ matrix.shard }}/4)`);
        return undefined;
    }
    return { index: Number(m[1]), count: Number(m[2]) };
};

// EXTERNAL MODULE: ./lib/assess/waves.js
var assess_waves = __webpack_require__(5751);
// EXTERNAL MODULE: ./lib/aws/metric-timing.js
var metric_timing = __webpack_require__(3772);
;// CONCATENATED MODULE: ./lib/settings/waves.js
/**
 * The `waves` input: the waves, plus `soak=MINUTES` and `failure-budget=N` elements.
 *
 *   waves: canary:1-per-region, 25%, 100%, soak=15, failure-budget=0
 *
 * Elements, in order: `[label:]size` with size `N-per-region` | `N-per-account` | `N-per-tag:KEY` (a
 * canary: N instances of each group not yet in a wave) | `N` (N more instances) | `P%` (more instances
 * until P % of the plan's instances are in waves so far) | `rest`. How a plan's items are assigned to
 * them is src/assess/waves.ts.
 */



/** The soak and failure budget of a `waves` list without `soak=` / `failure-budget=` elements. */
const WAVE_DEFAULTS = { soakMinutes: 15, failureBudget: 0 };
const SIZE = /^(?:(?<per>\d+)-per-(?:(?<group>region|account)|tag:(?<tag>.+))|(?<count>\d+)|(?<pct>\d+(?:\.\d+)?)%|(?<rest>rest|all))$/i;
/** Parses the waves of the `waves` input (without its soak= and failure-budget= elements); returns the problem (for InputError) when one is malformed. */
function parseWaves(raw) {
    const parts = raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return 'is empty';
    const specs = [];
    let lastPct = 0;
    for (const text of parts) {
        const lm = /^([a-z][\w-]*):(.+)$/i.exec(text);
        const label = lm && !/^tag$/i.test(lm[1]) ? lm[1] : undefined;
        const body = (label ? lm[2] : text).trim();
        const g = SIZE.exec(body)?.groups;
        if (!g) {
            return `'${text}' is not a wave; write N-per-region, N-per-account, N-per-tag:KEY (a canary per group), N (a number of instances), P% (cumulative share of the plan) or rest (and soak=MINUTES, failure-budget=N) \u2014 e.g. canary:1-per-region,25%,100%,soak=15`;
        }
        let size;
        if (g.per !== undefined) {
            const count = Number(g.per);
            if (count < 1)
                return `'${text}': a canary needs at least 1 instance per group`;
            size = g.tag
                ? { kind: 'per-group', count, by: 'tag', tagKey: g.tag.trim() }
                : { kind: 'per-group', count, by: g.group.toLowerCase() };
        }
        else if (g.count !== undefined) {
            if (Number(g.count) < 1)
                return `'${text}': a wave needs at least 1 instance`;
            size = { kind: 'count', count: Number(g.count) };
        }
        else if (g.pct !== undefined) {
            const percent = Number(g.pct);
            if (percent <= 0 || percent > 100)
                return `'${text}': a percentage must be above 0 and at most 100`;
            if (percent <= lastPct)
                return `'${text}': percentages are cumulative (the share of the plan done after that wave), so each must be larger than the one before (${lastPct}%)`;
            lastPct = percent;
            size = { kind: 'percent', percent };
        }
        else
            size = { kind: 'rest' };
        if (specs.at(-1)?.size.kind === 'rest')
            return `'${text}' comes after rest, which already takes every instance left`;
        specs.push(label ? { text, label, size } : { text, size });
    }
    return specs;
}
/** Minutes for a message: at most two decimals, rounded up (a minimum must not read lower than it is). */
const minutes = (m) => String(Math.ceil(m * 100) / 100);
/** Reads `soak=` and `failure-budget=` out of the list; returns the wave elements left. */
function waveSettings(items, ctx) {
    const found = {
        soakMinutes: WAVE_DEFAULTS.soakMinutes,
        failureBudget: WAVE_DEFAULTS.failureBudget,
    };
    const waves = [];
    const given = new Set();
    for (const item of items) {
        const setting = /^(soak|failure-budget)\s*=\s*(.*)$/i.exec(item);
        if (!setting) {
            if (/^(soak|failure[-_ ]?budget)\b/i.test(item))
                ctx.fail(`'${item}' is not a wave nor a setting; write soak=MINUTES (e.g. soak=15) and failure-budget=N (e.g. failure-budget=2)`);
            else
                waves.push(item);
            continue;
        }
        const key = setting[1].toLowerCase();
        if (given.has(key)) {
            ctx.fail(`gives ${key}= twice; keep one`);
            continue;
        }
        given.add(key);
        if (key === 'soak') {
            const m = /^(\d+(?:\.\d+)?)\s*m?$/i.exec(setting[2]);
            if (!m || Number(m[1]) > assess_waves/* MAX_TOTAL_SOAK_MINUTES */.bh)
                ctx.fail(`'${item}' is not a soak of 0 to ${assess_waves/* MAX_TOTAL_SOAK_MINUTES */.bh} minutes; write soak=15 or soak=15m`);
            else
                found.soakMinutes = Number(m[1]);
        }
        else if (!/^\d+$/.test(setting[2]) || Number(setting[2]) > 100000) {
            ctx.fail(`'${item}' is not a failure budget; write failure-budget=N, a whole number of instances from 0 to 100000`);
        }
        else
            found.failureBudget = Number(setting[2]);
    }
    return { ...found, waves, given: [...given] };
}
/** The soak must be able to show a wave healthy: one basic-monitoring period and the publishing delay. */
function checkSoakLength(soakMinutes, ctx) {
    const timing = (0,metric_timing/* metricTiming */.xJ)(ctx.env);
    if ('problem' in timing)
        ctx.fail(timing.problem);
    else if (soakMinutes < (0,metric_timing/* minimumSoakMinutes */._7)(timing))
        ctx.fail(`soak=${soakMinutes} is shorter than CloudWatch needs to show a wave healthy: EC2 publishes these metrics every ${minutes(timing.basicPeriodSeconds / 60)} min (1 with detailed monitoring) and up to ${minutes(timing.publishDelaySeconds / 60)} min late, so the minimum is soak=${minutes((0,metric_timing/* minimumSoakMinutes */._7)(timing))}`);
}
/** Staged waves; undefined = one batch, no soak. */
const wavesInput = (raw, ctx) => {
    if (!raw)
        return undefined;
    const { soakMinutes, failureBudget, waves, given } = waveSettings((0,fields/* splitList */.ry)(raw), ctx);
    const specs = waves.length === 0 && given.length
        ? `sets ${given.map((k) => `${k}=`).join(' and ')} but lists no waves; list them too, e.g. canary:1-per-region, 25%, 100%, soak=15`
        : parseWaves(waves.join(','));
    checkSoakLength(soakMinutes, ctx);
    if (typeof specs === 'string') {
        ctx.fail(specs);
        return undefined;
    }
    const tooLong = (0,assess_waves/* soakProblem */.mJ)((0,assess_waves/* instanceWaveCount */._R)(specs), soakMinutes);
    if (tooLong)
        ctx.fail(tooLong);
    return { raw, specs, soakMinutes, failureBudget };
};

;// CONCATENATED MODULE: ./lib/settings/inputs.js
/**
 * THE table of inputs: each row is one input of the Action (and flag of the CLI) \u2014 the modes that read
 * it, its default, its description and the parser that reads it. Generated from it and checked against
 * it (test/unit/docs.test.ts, test/unit/settings.test.ts): the `inputs:` of the four action.yml files, the
 * tables in docs/inputs.md, the CLI's flags and `--help`.
 *
 * Defaults are held here, not only in action.yml: the runner applies action.yml defaults, but a
 * `node dist/index.js` run by hand does not.
 */










const MODES = ['audit', 'plan', 'apply', 'plan-rollback', 'rollback', 'merge'];
/**
 * The root action and its sub-actions, as actions/cache has restore/ and save/: each has its own
 * action.yml (the inputs its modes read) and its own entry in dist/ (`dist/<id>/index.js`).
 */
const ACTIONS = {
    audit: { file: 'action.yml', uses: (0,action_name/* actionUses */.$m)(), modes: ['audit'] },
    plan: { file: 'plan/action.yml', uses: (0,action_name/* actionUses */.$m)('plan'), modes: ['plan', 'plan-rollback'] },
    apply: { file: 'apply/action.yml', uses: (0,action_name/* actionUses */.$m)('apply'), modes: ['apply', 'rollback'] },
    merge: { file: 'merge/action.yml', uses: (0,action_name/* actionUses */.$m)('merge'), modes: ['merge'] },
};
const ALL = ['audit', 'merge', 'plan', 'plan-rollback', 'apply', 'rollback'];
const SIGNED_IN = ['audit', 'plan', 'plan-rollback', 'apply', 'rollback'];
const SCANS = ['audit', 'plan'];
const REPORTS = ['audit', 'merge'];
const PLANS = ['plan'];
const APPLIES = ['apply', 'rollback'];
const REMEDIATION = ['plan', 'plan-rollback', 'apply', 'rollback'];
const INPUTS = {
    mode: {
        default: 'audit',
        modes: ALL,
        parse: (0,fields/* oneOf */.yL)(MODES),
        description: 'plan: a remediation plan from the live fleet (which instances, templates and account defaults change, and how). plan-rollback: a plan restoring the before-states one apply run recorded in the change log (set rollback-run). Both are read-only.',
        describeIn: {
            apply: "apply: apply a reviewed plan (from mode plan). rollback: apply a reviewed rollback plan (from mode plan-rollback). Both need the plan job's plan-digest and a job in the approval environment.",
            merge: 'merge: combine the report.json files of a shard matrix (audit jobs with `shard: i/n`) into one report and gate. No AWS call.',
        },
    },
    'role-to-assume': {
        default: '',
        modes: SIGNED_IN,
        parse: roleArn,
        description: "IAM role ARN to assume with the job's GitHub OIDC token (needs `permissions: id-token: write`). Empty = the AWS SDK default credential chain (e.g. after aws-actions/configure-aws-credentials).",
        describeIn: {
            apply: "The write role's ARN, assumed with the job's GitHub OIDC token (needs `permissions: id-token: write`). Required in practice: apply checks the token's environment claim, so credentials from anywhere else cannot prove approval.",
        },
    },
    'aws-region': {
        default: '',
        modes: SIGNED_IN,
        parse: homeRegion,
        description: 'Home region for STS, DescribeRegions and Organizations calls. Empty = AWS_REGION, else us-east-1.',
    },
    audience: {
        default: 'sts.amazonaws.com',
        modes: SIGNED_IN,
        parse: fields/* text */.Qq,
        description: 'Audience of the GitHub OIDC token.',
    },
    'role-session-name': {
        default: 'imds-guard',
        modes: SIGNED_IN,
        parse: sessionName,
        description: 'STS session name (shows in CloudTrail).',
    },
    'role-duration-seconds': {
        default: '3600',
        modes: SIGNED_IN,
        parse: (0,fields/* wholeNumber */.rD)(900, 43200),
        description: 'Session length, 900\u201343200 seconds.',
    },
    'allow-instance-credentials': {
        default: 'false',
        modes: SIGNED_IN,
        parse: fields/* flag */.Jt,
        description: 'Let the SDK take credentials from an instance metadata service. Off by default (AWS-2025-021: a rogue IMDS off EC2 can serve forged credentials); turn on only for a self-hosted runner on EC2 you trust.',
    },
    regions: {
        default: 'all',
        modes: SCANS,
        parse: regionsInput,
        description: '`all` (every region enabled for the account) or a comma/newline-separated list; `!us-west-1` skips a region, and a list of only `!` entries means every enabled region but those (e.g. `!ap-east-1, !me-south-1`). A listed region that is unknown or not enabled is an input error.',
    },
    'include-stopped': {
        default: 'true',
        modes: SCANS,
        parse: fields/* flag */.Jt,
        description: 'Count stopped instances (a change applies at their next start). Terminated and shutting-down instances are never counted.',
    },
    concurrency: {
        default: '32',
        modes: SCANS,
        parse: (0,fields/* wholeNumber */.rD)(1, 64),
        description: 'How many (account, region) scans run at once, 1\u201364. EC2 throttles per account per region, so this only bounds local work.',
    },
    'compliance-rule': {
        default: 'ec2.8',
        modes: REPORTS,
        parse: complianceRule,
        description: "ec2.8 \u2014 compliant iff HttpTokens=required (Security Hub EC2.8 / AWS Config ec2-imdsv2-check, what auditors see); ec2.8-or-disabled \u2014 also counts endpoint-disabled instances as compliant (Prowler's rule).",
    },
    threshold: {
        default: '100',
        modes: REPORTS,
        parse: thresholds,
        description: 'Minimum enforcement percentage, 0\u2013100; below it the step fails. Optionally a per-account minimum too (organizations): `95, per-account=90`.',
    },
    'fail-on-scan-error': {
        default: 'true',
        modes: [...REPORTS, 'plan'],
        parse: failOnScanError,
        description: 'Fail the check when a region or an account could not be scanned (its instances are missing from the percentage): true, false, regions (only an unscanned region fails it) or accounts (only an unscanned account fails it).',
        describeIn: {
            plan: 'Fail the plan when a region or an account could not be scanned (its instances would be missing from the plan): true, false (accept a partial plan), regions (only an unscanned region fails it) or accounts (only an unscanned account fails it).',
        },
    },
    'gate-on': {
        default: 'instances',
        modes: REPORTS,
        parse: gateOn,
        description: 'What the gate covers: instances (always), plus launch-templates and/or account-defaults.',
    },
    exceptions: {
        default: 'false',
        modes: [...REPORTS, 'plan'],
        parse: exceptionsInput,
        description: "Honour exemption tags in the percentage: false, true (tag key `imds-guard:exempt`), or the tag key to read (e.g. Owner-Exempt). The tag's value reads `reason; expires=YYYY-MM-DD`.",
        describeIn: {
            plan: "Honour exemption tags: false, true (tag key `imds-guard:exempt`), or the tag key to read (e.g. Owner-Exempt); exempt instances stay out of the plan. The tag's value reads `reason; expires=YYYY-MM-DD`.",
        },
    },
    iac: {
        default: '',
        modes: ['audit'],
        parse: iacFiles,
        description: 'Infrastructure code to judge (comma/newline-separated, inside the workspace): globs of Terraform (.tf/.tfvars), plan JSON (`terraform show -json`) and CloudFormation/CDK templates, plus `var-file: PATH` (Terraform var files, in order) and `parameters: TEMPLATE=FILE` (a CloudFormation parameters file). On pull requests and merge groups only what the change adds against its base is judged. Empty = no IaC check.',
    },
    'pr-gate': {
        default: 'iac',
        modes: ['audit'],
        parse: prGate,
        description: "On pull requests and merge groups with `iac`: iac (fail only on what the change's code adds or weakens against its base; the live posture is reported) or iac-and-live (the live threshold gates too), optionally followed by `everything` (judge every resource, not only the change's) and `fail-unresolved` (a setting the check cannot resolve fails instead of warning).",
    },
    'report-dir': {
        default: 'imds-guard-report',
        modes: REPORTS,
        parse: reportDir,
        description: 'Folder (relative to the workspace) for report.json, report.md and report.html.',
    },
    'job-summary': {
        default: 'true',
        modes: REPORTS,
        parse: fields/* flag */.Jt,
        description: 'Write the report to the job summary.',
    },
    comment: {
        default: 'auto',
        modes: REPORTS,
        parse: (0,fields/* oneOf */.yL)(['auto', 'always', 'never']),
        description: 'Sticky PR comment: auto (on pull_request events), always, never.',
    },
    'comment-id': {
        default: 'imds-guard',
        modes: REPORTS,
        parse: fields/* text */.Qq,
        description: 'Identity of the sticky comment, for several audits in one repository.',
    },
    'github-token': {
        default: '',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, written as action.yml has it
        actionDefault: '${{ github.token }}',
        modes: [...REPORTS, 'plan-rollback', ...APPLIES],
        parse: githubToken,
        description: 'Token for the sticky PR comment.',
        describeIn: {
            plan: "With mode: plan-rollback, the token that checks the change log's provenance (needs `actions: read`, `contents: read`).",
            apply: 'Token for the change-log commit (needs `contents: write`).',
        },
    },
    'history-file': {
        default: '',
        modes: REPORTS,
        parse: (0,fields/* optionalWorkspacePath */.By)(),
        description: 'Optional JSON-lines file of past runs; this run appends itself and the report shows the trend.',
    },
    'history-length': {
        default: '30',
        modes: REPORTS,
        parse: (0,fields/* wholeNumber */.rD)(1, 1000),
        description: 'How many past runs the trend shows.',
    },
    'baseline-report': {
        default: '',
        modes: REPORTS,
        parse: (0,fields/* optionalWorkspacePath */.By)('inside'),
        description: 'Optional previous report.json to diff against; instances newly allowing IMDSv1 are called out.',
    },
    'group-by-tag': {
        default: '',
        modes: REPORTS,
        parse: groupByTag,
        description: 'A tag key (e.g. Team, Owner): the report adds a table per value of it, worst first; untagged instances are their own row.',
    },
    'hop-limit-policy': {
        default: '1,container=2',
        modes: REPORTS,
        parse: hopLimitPolicy,
        description: 'Highest hop limit allowed: N for plain hosts, container=N for EKS/ECS hosts (known by tags or launch template), e.g. 1,container=2.',
    },
    accounts: {
        default: '',
        modes: SCANS,
        parse: accountsInput,
        description: 'Which accounts to scan: empty = the signed-in account only, `organization` = every ACTIVE account of the AWS Organization, or member account ids (role chaining via member-role-name); `!123456789012` skips an account (with `organization` or ids). With `organization`, the signed-in role must be in the management or a delegated-administrator account.',
    },
    'member-role-name': {
        default: 'IMDSGuardAudit',
        modes: SCANS,
        parse: roleName,
        description: 'Role name assumed in each member account.',
    },
    shard: {
        default: '',
        modes: ['audit'],
        parse: shardInput,
        description: 'i/n: scan only the i-th of n deterministic partitions of the account list (for a matrix).',
    },
    'merge-reports': {
        default: '',
        modes: ['merge'],
        parse: (0,fields/* optionalWorkspacePath */.By)(),
        requiredIn: ['merge'],
        description: "A folder (every *.json below it, as actions/download-artifact lays out artifacts) or a glob of the shards' report.json files.",
    },
    remediation: {
        default: 'require-v2',
        modes: PLANS,
        parse: remediationInput,
        description: 'require-v2 (HttpTokens=required, never re-enables a disabled endpoint), disable (HttpEndpoint=disabled, never weakens tokens), or allow-v1 (blanket rollback to optional tokens); add `include-in-use` to plan instances that made IMDSv1 calls in the readiness window too (they will break): `require-v2, include-in-use`.',
    },
    'hop-limit': {
        default: '',
        modes: PLANS,
        parse: hopLimit,
        description: 'Optional HttpPutResponseHopLimit to set with require-v2 (1, or 2 for container hosts).',
    },
    instances: {
        default: '',
        modes: [...PLANS, 'plan-rollback'],
        parse: instancesInput,
        description: "Instance ids to select (plan), or to narrow a rollback plan to (plan-rollback); `!i-0123456789abcdef0` leaves an instance out of either; `file: PATH` names a CSV with a header (`instance_id`, optionally `region`, `account_id`), a change ticket's export.",
    },
    tags: {
        default: '',
        modes: PLANS,
        parse: tagsInput,
        description: 'Key=Value (or Key) filters; all must match (plan). `!Key=Value` (or `!Key`) leaves the instances that match out of the plan.',
    },
    'v1-usage-days': {
        default: '14',
        modes: [...PLANS, 'audit'],
        parse: (0,fields/* wholeNumber */.rD)(1, 455),
        description: 'Days of CloudWatch MetadataNoToken read for the v1-allowed instances: who would break if IMDSv2 were required today.',
        describeIn: {
            plan: 'Readiness window, in days of CloudWatch MetadataNoToken.',
        },
    },
    'plan-file': {
        default: 'imds-guard-plan.json',
        modes: REMEDIATION,
        parse: (0,fields/* workspacePath */.X5)(),
        description: 'Where the plan is written (inside the workspace); the apply job reads the same path.',
        describeIn: {
            apply: 'The plan the plan job wrote (download its artifact into the workspace).',
        },
    },
    'plan-digest': {
        default: '',
        modes: APPLIES,
        parse: fields/* optionalText */.mR,
        requiredIn: ['apply'],
        description: 
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, as the user writes it
        "Required with apply and rollback: the plan job's plan-digest output (`${{ needs.plan.outputs.plan-digest }}`). A plan whose content hashes to anything else is refused before any AWS call.",
    },
    'plan-max-age-hours': {
        default: '24',
        modes: APPLIES,
        parse: (0,fields/* wholeNumber */.rD)(1, 720),
        description: 'Apply refuses a plan older than this.',
    },
    'approval-environment': {
        default: '',
        modes: APPLIES,
        parse: fields/* optionalText */.mR,
        requiredIn: ['apply'],
        description: "The GitHub Environment (with required reviewers) the job runs in: the job's OIDC token must carry it as its environment claim.",
    },
    'changelog-path': {
        default: '.imds-guard/changelog.jsonl',
        modes: REMEDIATION,
        parse: (0,fields/* workspacePath */.X5)(),
        description: 'The JSON-lines change log (in the workspace) that plan-rollback reads: check out the branch it was committed to.',
        describeIn: {
            apply: 'JSON-lines change log in the repository: appended (write-ahead) before each change, then committed. Upload it with an `if: always()` step.',
        },
    },
    'commit-changelog': {
        default: 'true',
        modes: APPLIES,
        parse: fields/* flag */.Jt,
        description: 'Commit the change log to the branch via the GitHub API (signed commit).',
    },
    'rollback-run': {
        default: '',
        modes: ['plan-rollback'],
        parse: fields/* optionalText */.mR,
        description: 'With mode: plan-rollback, the run id whose applied changes to restore (or `last`). Only records IMDS Guard provably wrote are restored; add `, unverified` (e.g. `last, unverified`) to plan also from records it cannot prove (each named in the plan).',
    },
    'remediation-targets': {
        default: 'instances',
        modes: PLANS,
        parse: targets,
        description: 'What plan may change, comma-separated: instances, launch-templates (new default version with HttpTokens=required), account-defaults (per-region default HttpTokens=required). Leaving out instances plans no instances.',
    },
    waves: {
        default: '',
        modes: PLANS,
        parse: wavesInput,
        description: 'Stage the change into waves that apply runs one after another, each soaked and verified (docs/remediation.md#waves): comma-separated `[label:]size`, size = N-per-region, N-per-account or N-per-tag:KEY (a canary per group), N (more instances), P% (cumulative share of the plan) or rest, plus `soak=MINUTES` and `failure-budget=N`, e.g. `canary:1-per-region, 25%, 100%, soak=15, failure-budget=0`. Soak: how long apply waits after each wave before reading MetadataNoTokenRejected and StatusCheckFailed of its instances (default 15, decimals allowed; waves \u00d7 soak must fit in 5.5 h). Failure budget: how many instances may break (and be restored automatically) before apply stops before the next wave (default 0). Empty = one batch, no soak.',
    },
};
/** Each input's default, exactly as action.yml declares it (derived from INPUTS). */
const DEFAULTS = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [k, v.default]));
/**
 * The inputs an action declares: every input one of its modes reads. `mode` is declared by the
 * sub-actions only (with their own default); the root action runs the bundle's default mode, audit.
 */
function actionInputs(id) {
    const modes = ACTIONS[id].modes;
    return Object.entries(INPUTS)
        .filter(([name, spec]) => spec.modes.some((m) => modes.includes(m)) && !(name === 'mode' && id === 'audit'))
        .map(([name]) => name);
}
/** How an action.yml declares the input: its description and default. */
function declaration(name, id) {
    const spec = INPUTS[name];
    const fallback = spec.actionDefault ?? spec.default;
    return {
        description: spec.describeIn?.[id] ?? spec.description,
        default: name === 'mode' ? ACTIONS[id].modes[0] : fallback,
        required: spec.requiredIn?.includes(id) ?? false,
    };
}

;// CONCATENATED MODULE: ./lib/settings/parse.js
/**
 * Parses and validates every input into Settings, one section at a time. Each input is read through its
 * row of the inputs table (inputs.ts); the sections assemble the values, and the rules that tie inputs
 * together run last. Every problem is collected, so one InputError names them all.
 */


class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? `Input '${problems[0].input}': ${problems[0].message}`
            : `${problems.length} inputs are invalid:\n${problems.map((p) => `  - '${p.input}': ${p.message}`).join('\n')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** The inputs of one run, each read once through its row; problems are kept in the order found. */
class Inputs {
    read;
    env;
    problems = [];
    values = new Map();
    workspace;
    constructor(read, env) {
        this.read = read;
        this.env = env;
        this.workspace = env.GITHUB_WORKSPACE || process.cwd();
    }
    get(name) {
        if (!this.values.has(name)) {
            const spec = INPUTS[name];
            this.values.set(name, spec.parse(this.raw(name), this.context(name)));
        }
        return this.values.get(name);
    }
    /** The input as given, else its default. */
    raw(name) {
        return this.read(name).trim() || DEFAULTS[name];
    }
    fail(input, message) {
        this.problems.push({ input, message });
    }
    context(input) {
        return { input, workspace: this.workspace, env: this.env, fail: (m) => this.fail(input, m) };
    }
}
const auth = (v) => ({
    roleToAssume: v.get('role-to-assume'),
    audience: v.get('audience'),
    roleSessionName: v.get('role-session-name'),
    roleDurationSeconds: v.get('role-duration-seconds'),
    allowInstanceCredentials: v.get('allow-instance-credentials'),
});
const scope = (v) => ({
    ...v.get('regions'),
    includeStopped: v.get('include-stopped'),
    concurrency: v.get('concurrency'),
});
const gate = (v) => {
    const { fleet, perAccount } = v.get('threshold');
    return {
        rule: v.get('compliance-rule'),
        threshold: fleet,
        ...v.get('fail-on-scan-error'),
        accountThreshold: perAccount,
        gateOn: v.get('gate-on'),
    };
};
const reports = (v) => {
    const dir = v.get('report-dir');
    return {
        jsonPath: `${dir}/report.json`,
        htmlPath: `${dir}/report.html`,
        sarifPath: `${dir}/iac.sarif`,
        markdownPath: `${dir}/report.md`,
        summary: v.get('job-summary'),
        comment: v.get('comment'),
        commentId: v.get('comment-id'),
        historyFile: v.get('history-file'),
        historyLength: v.get('history-length'),
        baselineReport: v.get('baseline-report'),
        groupByTag: v.get('group-by-tag'),
        hopLimitPolicy: v.get('hop-limit-policy'),
    };
};
const organization = (v) => ({
    ...v.get('accounts'),
    memberRoleName: v.get('member-role-name'),
    shard: v.get('shard'),
    mergeReports: v.get('merge-reports'),
});
const remediation = (v) => {
    const { action, includeInUse } = v.get('remediation');
    const { instances, excludeInstances, instancesFile } = v.get('instances');
    const { tags, excludeTags } = v.get('tags');
    const remediationTargets = v.get('remediation-targets');
    const waves = v.get('waves');
    return {
        action,
        hopLimit: v.get('hop-limit'),
        selection: { instances, instancesFile, tags, excludeInstances, excludeTags },
        v1UsageDays: v.get('v1-usage-days'),
        includeInUse,
        planFile: v.get('plan-file'),
        planDigest: v.get('plan-digest'),
        planMaxAgeHours: v.get('plan-max-age-hours'),
        approvalEnvironment: v.get('approval-environment'),
        changelogPath: v.get('changelog-path'),
        commitChangelog: v.get('commit-changelog'),
        rollbackRun: v.get('rollback-run'),
        targets: remediationTargets.length ? remediationTargets : ['instances'],
        ...(waves ? { waves } : {}),
    };
};
/** The rules that tie one input to another (mode to what it requires, hop-limit to remediation). */
function crossInputRules(s, v) {
    const mode = s.mode;
    if (mode === 'merge' && !s.organization.mergeReports)
        v.fail('merge-reports', 'is required with mode: merge (a folder or glob of JSON reports from the shards)');
    if ((mode === 'apply' || mode === 'rollback') && !s.remediation.approvalEnvironment)
        v.fail('approval-environment', `is required with mode: ${mode}; name the GitHub Environment whose required reviewers approve changes`);
    if (mode === 'plan-rollback' && !s.remediation.rollbackRun)
        v.fail('rollback-run', 'is required with mode: plan-rollback (the run id whose changes to undo, or `last`)');
    if (mode === 'apply' || mode === 'rollback') {
        const d = s.remediation.planDigest;
        if (!d)
            v.fail('plan-digest', `is required with mode: ${mode}: pass the plan job's output, e.g. plan-digest: \${{ needs.plan.outputs.plan-digest }}, so only the reviewed plan is applied`);
        else if (!ids/* PLAN_DIGEST */.Pc.test(d))
            v.fail('plan-digest', `'${d}' is not a plan digest (sha256:<64 hex digits>, the plan job's plan-digest output)`);
    }
    if (s.remediation.action === 'disable' && s.remediation.hopLimit !== undefined)
        v.fail('hop-limit', 'has no effect with remediation: disable; remove it');
}
/** Parses and validates every input. Throws InputError listing every problem at once. */
function parseSettings(read, env = process.env) {
    const v = new Inputs(read, env);
    const settings = {
        mode: v.get('mode'),
        homeRegion: v.get('aws-region'),
        auth: auth(v),
        scope: scope(v),
        gate: gate(v),
        exceptions: v.get('exceptions'),
        iac: { ...v.get('iac'), ...v.get('pr-gate') },
        reports: reports(v),
        github: { token: v.get('github-token') },
        organization: organization(v),
        remediation: remediation(v),
    };
    crossInputRules(settings, v);
    if (v.problems.length)
        throw new InputError(v.problems);
    return settings;
}

;// CONCATENATED MODULE: ./lib/main.js
/**
 * The Action's driver: builds the collaborators from @actions/core and the runner's environment,
 * parses inputs, runs the pipeline, and turns the result into an exit status.
 */










const coreLog = {
    info: (m) => core/* info */.pq((0,model_text/* safeLogText */.Ht)(m)),
    warning: (m) => core/* warning */.$e((0,model_text/* safeLogText */.Ht)(m)),
    error: (m) => core/* error */.z3((0,model_text/* safeLogText */.Ht)(m)),
    debug: (m) => core/* debug */.Yz((0,model_text/* safeLogText */.Ht)(m)),
    secret: (v) => core/* setSecret */.Pq(v),
};
/**
 * Inputs given to the step that IMDS Guard does not have (a typo such as `treshold:` is otherwise a
 * silently ignored setting): the runner passes every `with:` key as `INPUT_<NAME>`.
 */
/** Inputs folded into another: the message says how to write them now. */
const MERGED = {
    'account-threshold': "account-threshold is now part of threshold: write threshold: '95, per-account=90'",
    'instances-file': "instances-file is now an entry of instances: write instances: 'file: PATH'",
    'include-in-use': "include-in-use is now a word of remediation: write remediation: 'require-v2, include-in-use'",
};
function unknownInputs(env) {
    const known = new Set(Object.keys(INPUTS).map((n) => n.toUpperCase().replace(/ /g, '_')));
    return Object.keys(env)
        .filter((k) => k.startsWith('INPUT_') && !known.has(k.slice(6)))
        .map((k) => k.slice(6).toLowerCase())
        .sort()
        .map((name) => {
        if (MERGED[name])
            return `Input '${name}' was ignored: ${MERGED[name]}.`;
        const hint = closest(name, Object.keys(INPUTS));
        return `Input '${name}' is not an input of IMDS Guard and was ignored.${hint ? ` Did you mean '${hint}'?` : ''}`;
    });
}
/**
 * What the action that started the run (its entry sets IMDS_GUARD_ACTION) does not take: a mode of
 * another action, or an input only another action reads \u2014 named with the action that has it.
 */
function foreignInputs(env) {
    const id = env.IMDS_GUARD_ACTION;
    if (!id || !(id in ACTIONS))
        return [];
    const own = new Set(actionInputs(id));
    const problems = [];
    const owner = (name) => Object.keys(ACTIONS).find((a) => a !== id && actionInputs(a).includes(name));
    for (const key of Object.keys(env).sort()) {
        if (!key.startsWith('INPUT_'))
            continue;
        const name = key.slice(6).toLowerCase();
        if (!(name in INPUTS) || own.has(name))
            continue;
        const other = owner(name);
        problems.push({
            input: name,
            message: `is not an input of ${ACTIONS[id].uses}${other ? `: it belongs to ${ACTIONS[other].uses} (modes ${ACTIONS[other].modes.join(', ')})` : ''}. Remove it, or use that action.`,
        });
    }
    const mode = env.INPUT_MODE?.trim().toLowerCase();
    if (mode && own.has('mode') && !ACTIONS[id].modes.includes(mode)) {
        const other = Object.keys(ACTIONS).find((a) => ACTIONS[a].modes.includes(mode));
        problems.push({
            input: 'mode',
            message: `'${mode}' is not a mode of ${ACTIONS[id].uses} (${ACTIONS[id].modes.join(', ')})${other ? `; ${ACTIONS[other].uses} runs it` : ''}.`,
        });
    }
    return problems;
}
async function main(env = process.env) {
    const clients = new aws_clients/* ClientFactory */.S2();
    try {
        for (const w of unknownInputs(env))
            coreLog.warning(w);
        const foreign = foreignInputs(env);
        if (foreign.length)
            throw new InputError(foreign);
        const settings = parseSettings((name) => core/* getInput */.V4(name), env);
        if (settings.github.token)
            core/* setSecret */.Pq(settings.github.token);
        const deps = {
            log: coreLog,
            clients,
            idToken: env.ACTIONS_ID_TOKEN_REQUEST_URL ? (aud) => core/* getIDToken */.V9(aud) : undefined,
            github: (0,context/* readContext */.y)(env),
            outputs: {
                set: (name, value) => core/* setOutput */.uH(name, value),
                summary: async (markdown) => {
                    if (!env.GITHUB_STEP_SUMMARY)
                        return;
                    await core/* summary */.z.addRaw(markdown, true).write();
                },
                annotate: (level, message, place) => {
                    const props = {
                        file: (0,model_text/* safeLogText */.Ht)(place.file),
                        startLine: place.startLine,
                        title: place.title === undefined ? undefined : (0,model_text/* safeLogText */.Ht)(place.title),
                    };
                    const text = (0,model_text/* safeLogText */.Ht)(message);
                    if (level === 'error')
                        core/* error */.z3(text, props);
                    else if (level === 'warning')
                        core/* warning */.$e(text, props);
                    else
                        core/* notice */.lm(text, props);
                },
            },
            now: () => new Date(),
            env,
            version: VERSION,
        };
        const result = await run(settings, deps);
        if (!result.passed)
            core/* setFailed */.C1((0,model_text/* safeLogText */.Ht)(result.failures.join('\n') || 'IMDS Guard failed'));
    }
    catch (e) {
        core/* setFailed */.C1((0,model_text/* safeLogText */.Ht)(e instanceof InputError ? e.message : `IMDS Guard: ${(0,log/* errorMessage */.gJ)(e)}`));
    }
    finally {
        clients.destroy();
    }
}


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ actionUses),
/* harmony export */   JY: () => (/* binding */ ACTION_MAJOR),
/* harmony export */   Yx: () => (/* binding */ ACTION_REPOSITORY)
/* harmony export */ });
/**
 * The repository that publishes the Action. Every `uses:` in the README, the docs and the workflows names
 * it (test/unit/docs.test.ts checks), and so do the CLI's help and the report's fallback action reference.
 */
const ACTION_REPOSITORY = 'imds-guard/imds-guard';
/** The major version a workflow pins: the release workflow moves this tag to every `vX.Y.Z` it publishes. */
const ACTION_MAJOR = 'v1';
/** `imds-guard/imds-guard@v1`, or a sub-action: `imds-guard/imds-guard/plan@v1`. */
function actionUses(subAction) {
    return `${ACTION_REPOSITORY}${subAction ? `/${subAction}` : ''}@${ACTION_MAJOR}`;
}


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o1: () => (/* binding */ SERVICE_KINDS)
/* harmony export */ });
/* unused harmony exports UNSET, emptyMetadata */
// Types for the pull-request IaC check: what the readers in src/iac produce and src/assess/iac.ts
// judges. Plain data only.
/** The kinds of other AWS services that run an instance metadata service with a setting of their own. */
const SERVICE_KINDS = new Set([
    'sagemaker-notebook',
    'beanstalk-environment',
    'beanstalk-template',
    'lightsail-instance',
]);
const UNSET = { state: 'unset' };
function emptyMetadata() {
    return { httpTokens: UNSET, httpEndpoint: UNSET, hopLimit: UNSET, instanceMetadataTags: UNSET };
}


/***/ }),

/***/ 6639:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ INSTANCE_ID),
/* harmony export */   F_: () => (/* binding */ DEFAULT_EXEMPTION_TAG_KEY),
/* harmony export */   Pc: () => (/* binding */ PLAN_DIGEST),
/* harmony export */   VA: () => (/* binding */ ROLE_NAME),
/* harmony export */   W_: () => (/* binding */ ACCOUNT_ID),
/* harmony export */   hS: () => (/* binding */ REGION_NAME),
/* harmony export */   xG: () => (/* binding */ ROLE_ARN),
/* harmony export */   z0: () => (/* binding */ SESSION_NAME)
/* harmony export */ });
/** The shapes of AWS identifiers the inputs, the change log and the instance lists accept. */
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
const REGION_NAME = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const INSTANCE_ID = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;
const ACCOUNT_ID = /^\d{12}$/;
/** An STS role session name. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** An IAM role name (no path). */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
/** A plan's digest, as the plan job outputs it. */
const PLAN_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** The tag key that marks an exemption when `exceptions: true`. */
const DEFAULT_EXEMPTION_TAG_KEY = 'imds-guard:exempt';


/***/ }),

/***/ 9160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ driftOf),
/* harmony export */   At: () => (/* binding */ METADATA_FIELDS),
/* harmony export */   E0: () => (/* binding */ changedFields),
/* harmony export */   Rw: () => (/* binding */ DEFAULTS_FIELDS),
/* harmony export */   VO: () => (/* binding */ describeFields),
/* harmony export */   aL: () => (/* binding */ defaultsDrift),
/* harmony export */   f5: () => (/* binding */ settingsOf),
/* harmony export */   l2: () => (/* binding */ applyDefaultsChange),
/* harmony export */   mt: () => (/* binding */ defaultsSettings)
/* harmony export */ });
/** The metadata fields a plan may change and drift is judged on (`state` is AWS's progress, not a setting). */
const METADATA_FIELDS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
];
/** The settings half of a MetadataOptions (no `state`), keys in a fixed order, absent fields dropped. */
function settingsOf(m) {
    const out = {};
    for (const f of METADATA_FIELDS)
        if (m[f] !== undefined)
            out[f] = m[f];
    return out;
}
/** The fields in which `b` differs from `a` (only fields `b` sets). */
function changedFields(a, b) {
    return METADATA_FIELDS.filter((f) => b[f] !== undefined && a[f] !== b[f]);
}
/** Fields whose current value differs from the recorded one (drift). Fields unknown on either side are compared too. */
function driftOf(recorded, current) {
    return METADATA_FIELDS.filter((f) => recorded[f] !== current[f]);
}
/** Account metadata defaults (per region): an absent field is "no preference". */
const DEFAULTS_FIELDS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'instanceMetadataTags',
    'httpTokensEnforced',
];
/** The defaults half of a MetadataOptions, fixed key order; `no-preference` and hop limit -1 are absence. */
function defaultsSettings(m) {
    const out = {};
    for (const f of DEFAULTS_FIELDS) {
        const v = m[f];
        if (v === undefined || v === 'no-preference' || v === -1)
            continue;
        out[f] = v;
    }
    return out;
}
/** Defaults fields that differ (absence compared too). */
function defaultsDrift(recorded, current) {
    const a = defaultsSettings(recorded);
    const b = defaultsSettings(current);
    return DEFAULTS_FIELDS.filter((f) => a[f] !== b[f]);
}
/** The defaults after ModifyInstanceMetadataDefaults with `change` (no-preference / -1 clear a field). */
function applyDefaultsChange(current, change) {
    const out = { ...defaultsSettings(current) };
    for (const f of DEFAULTS_FIELDS) {
        const v = change[f];
        if (v === undefined)
            continue;
        if (v === 'no-preference' || v === -1)
            delete out[f];
        else
            out[f] = v;
    }
    return defaultsSettings(out);
}
function describeFields(m) {
    return [...METADATA_FIELDS, 'httpTokensEnforced']
        .filter((f) => m[f] !== undefined)
        .map((f) => `${f}=${m[f]}`)
        .join(', ');
}


/***/ }),

/***/ 5798:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ compareReach),
/* harmony export */   x: () => (/* binding */ reachOf)
/* harmony export */ });
const ADMIN_POLICY = /^arn:aws[\w-]*:iam::aws:policy\/AdministratorAccess$/;
/** IAM actions that let the holder give itself (or anyone) more access. */
const IAM_WRITE = [
    'iam:CreateUser',
    'iam:CreateAccessKey',
    'iam:CreateLoginProfile',
    'iam:UpdateLoginProfile',
    'iam:AttachRolePolicy',
    'iam:AttachUserPolicy',
    'iam:PutRolePolicy',
    'iam:PutUserPolicy',
    'iam:CreatePolicyVersion',
    'iam:SetDefaultPolicyVersion',
    'iam:UpdateAssumeRolePolicy',
    'iam:PassRole',
    'iam:CreateRole',
    'iam:AddUserToGroup',
];
/** Data reads that matter with `*` resources. */
const DATA = [
    { action: 's3:GetObject', label: 'S3 objects' },
    { action: 'secretsmanager:GetSecretValue', label: 'Secrets Manager secrets' },
    { action: 'ssm:GetParameter', label: 'SSM parameters' },
    { action: 'ssm:GetParameters', label: 'SSM parameters' },
    { action: 'kms:Decrypt', label: 'KMS decrypt' },
];
const RANK = {
    admin: 0,
    'iam-write': 1,
    'data-wildcard': 2,
    unknown: 3,
    narrow: 4,
};
/** Worse first: admin, IAM write, data wildcard, unknown, narrow. */
function compareReach(a, b) {
    return RANK[a ?? 'narrow'] - RANK[b ?? 'narrow'];
}
function globRegex(pattern) {
    const body = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 'i');
}
const list = (v) => typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
function statements(doc) {
    if (!doc || typeof doc !== 'object')
        return [];
    const s = doc.Statement;
    const arr = Array.isArray(s) ? s : s ? [s] : [];
    return arr.filter((x) => !!x && typeof x === 'object');
}
/** Does an Allow statement grant `action` (by Action patterns or by not excluding it in NotAction)? */
function grants(st, action) {
    if (st.NotAction !== undefined)
        return !list(st.NotAction).some((p) => globRegex(p).test(action));
    return list(st.Action).some((p) => globRegex(p).test(action));
}
/** A resource list that covers every resource of the service (`*`, `arn:aws:s3:::*`, `arn:*:\u2026:*`). */
function wildcardResource(st) {
    if (st.NotResource !== undefined)
        return true;
    return list(st.Resource).some((r) => r === '*' || /^arn:[^:]*:[^:]*:[^:]*:[^:]*:\*$/.test(r) || /^arn:[^:]*:s3:::\*$/.test(r));
}
/** The reach of a set of policies (each named; `arn` for managed ones). */
function reachOf(docs) {
    const reasons = [];
    let level = 'narrow';
    const adminReasons = [];
    const raise = (l, why) => {
        if (RANK[l] < RANK[level])
            level = l;
        if (l === 'admin' && !adminReasons.includes(why))
            adminReasons.push(why);
        if (!reasons.includes(why))
            reasons.push(why);
    };
    for (const d of docs) {
        if (d.arn && ADMIN_POLICY.test(d.arn))
            raise('admin', `${d.name} (AWS managed)`);
        for (const st of statements(d.document)) {
            if (st.Effect !== 'Allow')
                continue;
            const allResources = st.Resource !== undefined ? list(st.Resource).includes('*') : st.NotResource !== undefined;
            if (allResources &&
                grants(st, 'anyservice:AnyAction') &&
                grants(st, 'iam:CreateUser') &&
                st.NotAction === undefined)
                raise('admin', `${d.name}: * on *`);
            else if (allResources &&
                st.NotAction !== undefined &&
                grants(st, 'iam:PassRole') &&
                grants(st, 's3:GetObject'))
                raise('admin', `${d.name}: NotAction on * (everything but ${list(st.NotAction).slice(0, 3).join(', ')})`);
            const iamWrite = IAM_WRITE.find((a) => grants(st, a));
            if (iamWrite)
                raise('iam-write', `${d.name}: ${iamWrite}`);
            if (wildcardResource(st))
                for (const x of DATA)
                    if (grants(st, x.action))
                        raise('data-wildcard', `${d.name}: ${x.label} (${x.action} on *)`);
        }
    }
    // Administrator says it all: the lesser grants of the same policies are not listed beside it.
    if (level === 'admin')
        return { level: 'admin', reasons: adminReasons };
    if (level === 'narrow' && !reasons.length)
        reasons.push(docs.length ? 'no administrator, IAM write or wildcard data access found' : 'no policies');
    return { level, reasons };
}


/***/ }),

/***/ 6270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ shardLabel),
/* harmony export */   jB: () => (/* binding */ partition),
/* harmony export */   vu: () => (/* binding */ shardInfo)
/* harmony export */ });
/* unused harmony export canonicalAccounts */
/** Sorted, de-duplicated account ids (the canonical list every shard and merge agree on). */
function canonicalAccounts(accounts) {
    return [...new Set(accounts)].sort();
}
/** The accounts of shard `index` (1-based) of `count`. */
function partition(accounts, index, count) {
    if (!Number.isInteger(count) || count < 1)
        throw new Error(`shard count must be \u2265 1, got ${count}`);
    if (!Number.isInteger(index) || index < 1 || index > count) {
        throw new Error(`shard index must be from 1 to ${count}, got ${index}`);
    }
    return canonicalAccounts(accounts).filter((_, k) => k % count === index - 1);
}
function shardInfo(accounts, index, count) {
    const all = canonicalAccounts(accounts);
    return { index, count, accounts: all, assigned: partition(all, index, count) };
}
function shardLabel(s) {
    return `${s.index}/${s.count}`;
}


/***/ }),

/***/ 1105:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ judgeAndPublish)
/* harmony export */ });
/* unused harmony export liveGates */
/* harmony import */ var _assess_assess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(854);
/* harmony import */ var _assess_guardrails_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5782);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8120);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6557);
/* harmony import */ var _publish_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8617);
/* harmony import */ var _report_view_sections_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2870);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4532);
/**
 * Judging a collected (or merged) inventory: the assessment, its log lines, the guardrails, the reports
 * and the outputs; the gate's verdict is the run's. The audit and merge pipelines end here.
 */







/** Instances from which an audit collects its heap before the reports (heap.ts collectNow: 70\u201395 ms at 100,000). */
const FULL_COLLECTION_AT = 10_000;
/**
 * Which verdicts fail the run. On a pull request or in a merge queue with `iac` set, what the change adds gates; the live
 * threshold gates too only with `pr-gate: iac-and-live` (a check no pull request can pass gets switched
 * off). Elsewhere the live threshold gates, plus the IaC errors when `iac` is set.
 */
function liveGates(settings, deps, iac) {
    return !iac || !(0,_github_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isChangeEvent */ .P)(deps.github.eventName) || settings.iac.prGate === 'iac-and-live';
}
/** Assessment \u2192 log line \u2192 reports \u2192 outputs; the gate's verdict is the run's. */
async function judgeAndPublish(settings, deps, inventory, mergedOutOfScope, iac) {
    const assessment = (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .assess */ .no)(inventory, (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .assessOptions */ .nG)(settings, (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .today */ .Ec)(deps.now())));
    // Shard reports hold in-scope instances only; their out-of-scope counts add up.
    if (mergedOutOfScope !== undefined)
        assessment.outOfScope = mergedOutOfScope;
    const t = assessment.totals;
    const accounts = inventory.accounts.length > 1
        ? `; ${assessment.accountsScanned} account${assessment.accountsScanned === 1 ? '' : 's'}${assessment.failedAccounts.length ? ` (${assessment.failedAccounts.length} failed)` : ''}`
        : '';
    const split = (0,_report_view_sections_js__WEBPACK_IMPORTED_MODULE_5__/* .ruleSplit */ .F6)(assessment);
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    deps.log.info(`IMDSv2 enforcement: ${(0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(t.compliant, t.inScope)} \u2014 ${t.compliant} of ${t.inScope} in-scope instances compliant under ${assessment.rule.id}: ${split.compliantText}; ${split.notCompliantText} (${plural(assessment.regionsScanned, 'region')}${accounts}, ${inventory.durationMs} ms, ${plural(Object.values(inventory.apiCalls).reduce((a, b) => a + b, 0), 'API call')}).`);
    const pc = assessment.posture?.counts;
    if (pc) {
        deps.log.info(`Launch posture: ${pc.launchTemplates.allowV1} of ${pc.launchTemplates.total} launch templates allow IMDSv1; account defaults allow IMDSv1 in ${pc.accountDefaults.allowV1} of ${pc.accountDefaults.regions} regions; ${pc.images.v2Only} of ${pc.images.total} AMIs in use are ImdsSupport v2.0; ${pc.autoScalingGroupsOnLaunchConfigurations} Auto Scaling groups on launch configurations${pc.errors ? `; ${pc.errors} posture calls failed` : ''}.`);
    }
    // Hold one copy of a large fleet: the assessed list (a superset of each instance's fields) replaces
    // the scanned one, which nothing reads after assessment.
    inventory.instances = assessment.instances;
    const gatesLive = liveGates(settings, deps, iac);
    if (!gatesLive && !assessment.gate.passed)
        deps.log.info(`The live fleet is below the threshold: reported, not gating this pull request (pr-gate: ${settings.iac.prGate}).`);
    // Posture collected (every live audit): the guardrails that would keep IMDSv1 from coming back.
    const guardrails = inventory.accountDefaults
        ? (0,_assess_guardrails_js__WEBPACK_IMPORTED_MODULE_1__/* .buildGuardrails */ .b7)({
            instances: assessment.instances,
            accountDefaults: inventory.accountDefaults,
            launchTemplates: inventory.launchTemplates,
            exemptionTagKey: settings.exceptions.tagKey,
        })
        : undefined;
    // The scan's garbage goes before the reports make theirs (heap.ts): a large fleet's peak is here.
    if (assessment.instances.length >= FULL_COLLECTION_AT)
        (0,_heap_js__WEBPACK_IMPORTED_MODULE_3__/* .collectNow */ .V3)();
    const published = await (0,_publish_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publishAudit */ .n8)(settings, inventory, assessment, deps, {
        iac,
        liveGates: gatesLive,
        guardrails,
    });
    setAuditOutputs(assessment, published, deps);
    const failures = [...(gatesLive ? assessment.gate.failures : []), ...(iac?.gateFailures ?? [])];
    const passed = (gatesLive ? assessment.gate.passed : true) && !iac?.gateFailures.length;
    if (iac)
        deps.outputs.set('passed', passed);
    return { passed, failures, assessment, inventory };
}
function setAuditOutputs(a, paths, deps) {
    const t = a.totals;
    // The same digits as every report (formatPercent: one decimal, truncated, so 99.96 % is not 100).
    deps.outputs.set('enforcement-percent', (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(t.compliant, t.inScope).replace('%', ''));
    deps.outputs.set('compliant-count', t.compliant);
    deps.outputs.set('in-scope-count', t.inScope);
    deps.outputs.set('v1-allowed-count', t.buckets['v1-allowed']);
    deps.outputs.set('passed', a.gate.passed);
    deps.outputs.set('failed-regions', a.failedRegions.map((r) => `${r.accountId}/${r.region}`).join(','));
    if (paths.jsonPath)
        deps.outputs.set('report-json', paths.jsonPath);
    if (paths.htmlPath)
        deps.outputs.set('report-html', paths.htmlPath);
    if (paths.markdownPath)
        deps.outputs.set('report-markdown', paths.markdownPath);
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nG: () => (/* binding */ assessOptions),
  MM: () => (/* binding */ changeLogCommitOptions),
  Dn: () => (/* binding */ collectOptions),
  Bt: () => (/* binding */ signInOptions),
  Ec: () => (/* binding */ today)
});

// UNUSED EXPORTS: accountOptions

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/org/shard.js
var org_shard = __webpack_require__(6270);
// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
;// CONCATENATED MODULE: ./lib/aws/accounts.js
/**
 * Which accounts to scan, and the credentials that reach each one.
 *
 *   accounts: organization \u2192 Organizations ListAccounts (paginated, from the home region) with the
 *                            signed-in role (management account or delegated administrator): ACTIVE only
 *   accounts: a,b,c        \u2192 that list
 *   accounts empty         \u2192 the signed-in account alone
 * then the `!id` entries of accounts (excludeAccounts), then `shard: i/n` (src/org/shard.ts). Every account but the signed-in one is
 * reached by role chaining: STS AssumeRole into arn:<partition>:iam::<account>:role/<member-role-name>
 * with the signed-in session's credentials. An account whose role cannot be assumed is returned as
 * failed (with the error) and does not sink the others.
 */






class AccountListError extends Error {
    name = 'AccountListError';
}
/** `aws`, `aws-us-gov`, `aws-cn`\u2026 from the signed-in ARN (default `aws`). */
function partitionOf(arn) {
    const m = /^arn:([^:]+):/.exec(arn ?? '');
    return m ? m[1] : 'aws';
}
function memberRoleArn(partitionName, accountId, roleName) {
    return `arn:${partitionName}:iam::${accountId}:role/${roleName}`;
}
/** ACTIVE accounts of the organization, sorted. Status is deprecated in favour of State; read both. */
async function listOrganizationAccounts(clients, session, homeRegion) {
    const org = clients.organizations(session, homeRegion);
    const ids = [];
    try {
        for await (const page of (0,dist_cjs/* paginateListAccounts */.A53)({ client: org, pageSize: 20 }, {})) {
            for (const a of page.Accounts ?? [])
                if (a.Id && isActive(a))
                    ids.push(a.Id);
        }
    }
    catch (e) {
        const code = (0,aws_clients/* awsErrorCode */.J6)(e);
        const hint = code === 'AWSOrganizationsNotInUseException'
            ? ' This account is not in an organization; list the member account ids in `accounts` instead.'
            : code.startsWith('AccessDenied')
                ? ` Sign in with a role of the management account or of a delegated administrator for Organizations, allowed organizations:ListAccounts (see docs/organizations.md); ${session.arn || 'the signed-in role'} is not.`
                : '';
        throw new AccountListError(`accounts: organization, but ListAccounts failed (${code}: ${(0,lib_log/* errorMessage */.gJ)(e)}).${hint}`);
    }
    return [...new Set(ids)].sort();
}
function isActive(a) {
    const state = a.State ?? a.Status;
    return state === 'ACTIVE';
}
/** The account list (before sharding), sorted and without exclusions. */
async function accountList(options, session, clients, log) {
    const o = options;
    let source;
    let ids;
    if (o.organization) {
        source = 'organization';
        ids = await listOrganizationAccounts(clients, session, options.homeRegion);
        log.info(`Organization: ${ids.length} ACTIVE account${ids.length === 1 ? '' : 's'} listed.`);
    }
    else if (o.accounts.length) {
        source = 'accounts';
        ids = o.accounts;
    }
    else {
        source = 'signed-in';
        ids = [session.accountId];
    }
    const excluded = new Set(o.excludeAccounts);
    const all = [...new Set(ids)].filter((id) => !excluded.has(id)).sort();
    if (all.length === 0) {
        throw new AccountListError(`No accounts left to scan: ${ids.length} listed, all of them excluded by the ! entries of accounts. Remove some of them.`);
    }
    return { source, all };
}
/** Assumes the member role in one account (no call for the signed-in account itself). */
async function reachAccount(accountId, options, session, clients, log) {
    if (accountId === session.accountId) {
        // The signed-in session itself: its clients are the ones sign-in already built.
        return session;
    }
    const roleArn = memberRoleArn(partitionOf(session.arn), accountId, options.memberRoleName);
    try {
        const sts = clients.sts(session, options.homeRegion);
        const out = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: options.roleSessionName }));
        const c = out.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey)
            throw new Error('STS returned no credentials');
        log.secret(c.AccessKeyId);
        log.secret(c.SecretAccessKey);
        if (c.SessionToken)
            log.secret(c.SessionToken);
        return {
            accountId,
            roleArn,
            credentials: {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                sessionToken: c.SessionToken,
                expiration: c.Expiration,
            },
        };
    }
    catch (e) {
        const code = (0,aws_clients/* awsErrorCode */.J6)(e);
        const hint = code === 'AccessDenied'
            ? ` Check that ${roleArn} exists and that its trust policy allows sts:AssumeRole by ${session.arn || 'the signed-in role'} (see docs/organizations.md).`
            : '';
        log.warning(`Account ${accountId}: cannot assume ${roleArn} (${code}: ${(0,lib_log/* errorMessage */.gJ)(e)}); reported, the others go on.`);
        return {
            accountId,
            roleArn,
            failed: { code, message: `Could not assume ${roleArn}: ${(0,lib_log/* errorMessage */.gJ)(e)}.${hint}` },
        };
    }
}
/** The whole account stage: list, exclude, shard, then reach every account with bounded concurrency. */
async function resolveAccounts(options, session, clients, log) {
    const { source, all } = await accountList(options, session, clients, log);
    const s = options.shard;
    let shard;
    let mine = all;
    if (s) {
        shard = (0,org_shard/* shardInfo */.vu)(all, s.index, s.count);
        mine = (0,org_shard/* partition */.jB)(all, s.index, s.count);
        log.info(`Shard ${(0,org_shard/* shardLabel */.$_)(s)}: ${mine.length} of ${all.length} accounts.`);
    }
    const limit = (0,p_limit/* default */.A)(options.concurrency);
    const targets = await Promise.all(mine.map((id) => limit(() => reachAccount(id, options, session, clients, log))));
    return { source, all, targets, shard };
}

;// CONCATENATED MODULE: ./lib/pipeline/options.js

const signInOptions = (s) => ({ homeRegion: s.homeRegion, ...s.auth });
const accountOptions = (s) => ({
    homeRegion: s.homeRegion,
    accounts: s.organization.accounts,
    organization: s.organization.organization,
    excludeAccounts: s.organization.excludeAccounts,
    memberRoleName: s.organization.memberRoleName,
    roleSessionName: s.auth.roleSessionName,
    shard: s.organization.shard,
    concurrency: s.scope.concurrency,
});
/** What the scan reads; its accounts resolved (organization, member roles, shard) when it starts. */
const collectOptions = (s, session, deps, extra = {}) => ({
    homeRegion: s.homeRegion,
    scope: s.scope,
    v1UsageDays: s.remediation.v1UsageDays,
    accounts: () => resolveAccounts(accountOptions(s), session, deps.clients, deps.log),
    ...extra,
});
/** `today`: YYYY-MM-DD (UTC) against which exception expiry is judged. */
const assessOptions = (s, today) => ({
    rule: s.gate.rule,
    threshold: s.gate.threshold,
    includeStopped: s.scope.includeStopped,
    failOnRegionError: s.gate.failOnRegionError,
    failOnAccountError: s.gate.failOnAccountError,
    accountThreshold: s.gate.accountThreshold,
    gateOn: s.gate.gateOn,
    exceptions: s.exceptions,
    today,
    groupByTag: s.reports.groupByTag,
    hopLimitPolicy: s.reports.hopLimitPolicy,
});
const changeLogCommitOptions = (s) => ({
    commit: s.remediation.commitChangelog,
    path: s.remediation.changelogPath,
    token: s.github.token,
});
/** The day (UTC) of a moment, YYYY-MM-DD. */
const today = (now) => now.toISOString().slice(0, 10);


/***/ }),

/***/ 8617:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n8: () => (/* binding */ publishAudit),
  P$: () => (/* binding */ publishIacOnly)
});

// UNUSED EXPORTS: actionRef

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

// EXTERNAL MODULE: ./lib/report/templates.js
var templates = __webpack_require__(6341);
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
var report_markdown = __webpack_require__(5402);
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
    return `Rejected${instanceId.replace(/[^0-9a-zA-Z]/g, '')}`;
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
    const head = (0,dist/* stringify */.As)(templateHead(accountId, region, instanceIds.length), { lineWidth: 0 });
    const alarms = instanceIds.map((id) => `  ${logicalId(id)}:
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
    return `${head.replace(/\n?$/, '\n')}Resources:${instanceIds.length ? `\n${alarms.join('')}` : ' {}\n'}`;
}
/** The detection files, keyed by path relative to the report folder. */
function detectionFiles(instances) {
    const files = {
        [DETECTION_FILES.sigma]: (0,dist/* stringify */.As)(sigmaRule(), { lineWidth: 0 }),
    };
    const groups = new Map();
    for (const i of instances) {
        if (i.metadata.httpTokens !== 'required' || i.metadata.httpEndpoint === 'disabled')
            continue;
        if (!INSTANCE_ID.test(i.instanceId) || !ACCOUNT.test(i.accountId) || !REGION.test(i.region))
            continue;
        const k = `${i.accountId}/${i.region}`;
        const g = groups.get(k) ?? [];
        groups.set(k, g);
        g.push(i.instanceId);
    }
    const keys = [...groups.keys()].sort();
    for (const k of keys) {
        const [accountId, region] = k.split('/');
        const ids = groups.get(k).sort();
        for (let part = 0; part * ALARMS_PER_TEMPLATE < ids.length; part++) {
            const base = keys.length === 1
                ? 'detections/metadata-no-token-rejected'
                : `detections/metadata-no-token-rejected-${accountId}-${region}`;
            const name = part === 0 ? `${base}.yaml` : `${base}-part${part + 1}.yaml`;
            const slice = ids.slice(part * ALARMS_PER_TEMPLATE, (part + 1) * ALARMS_PER_TEMPLATE);
            files[name] =
                `# IMDS Guard: alarms on MetadataNoTokenRejected (IMDSv1 calls refused) for hardened instances.\n${alarmTemplateText(accountId, region, slice)}`;
        }
    }
    return files;
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
    for (const [name, text] of Object.entries(detectionFiles(assessment.instances))) {
        const path = (0,external_node_path_.resolve)(dir, name);
        (0,safe/* writeFileSafe */.nm)({ root: workspace, input: 'report-dir', path }, text);
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

/***/ 1451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tn: () => (/* binding */ writeHtml),
  a_: () => (/* binding */ writeJsonReport),
  hd: () => (/* binding */ writeMarkdownFile),
  xB: () => (/* binding */ writeOcsf),
  dx: () => (/* binding */ writeWorkspaceFile)
});

// UNUSED EXPORTS: writePieces

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
// EXTERNAL MODULE: ./lib/report/templates.js
var templates = __webpack_require__(6341);
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
    const dicts = new Map();
    const coded = fields.map((f) => !INLINE.has(f));
    for (const f of fields)
        dicts.set(f, new Map());
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
            const id = typeof r.instanceId === 'string' ? (0,model_text/* uriComponent */.qS)(r.instanceId) : '';
            const withId = url !== '' && id !== '' && url.endsWith(id);
            const values = fields.map((f, k) => {
                let v;
                if (f === 'urlBase')
                    v = withId ? url.slice(0, -id.length) : url;
                else if (f === 'urlId')
                    return withId ? 1 : 0;
                else
                    v = r[f];
                if (typeof v === 'boolean')
                    return v ? 1 : 0;
                if (v === undefined || v === null)
                    v = '';
                if (!coded[k] || typeof v !== 'string')
                    return v;
                const dict = dicts.get(f);
                let at = dict.get(v);
                if (at === undefined) {
                    at = dict.size;
                    dict.set(v, at);
                }
                return at;
            });
            out.push(values);
        }
        const text = scriptJson(JSON.stringify(out)).slice(1, -1);
        yield start === 0 ? text : `,${text}`;
    }
    const d = {};
    for (const [f, dict] of dicts)
        if (dict.size)
            d[String(fields.indexOf(f))] = [...dict.keys()];
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
var markdown = __webpack_require__(5402);
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
    const put = (text) => {
        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        if (used + text.length * 3 > buf.length) {
            writeBytes(fd, buf, used);
            used = 0;
        }
        if (text.length * 3 > buf.length) {
            const bytes = Buffer.from(text, 'utf8');
            writeBytes(fd, bytes, bytes.length);
        }
        else
            used += buf.write(text, used, 'utf8');
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

/***/ 2527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ markdownUrl),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   IZ: () => (/* binding */ trusted),
/* harmony export */   WV: () => (/* binding */ displayText),
/* harmony export */   YJ: () => (/* binding */ escapeDeep),
/* harmony export */   _b: () => (/* binding */ mermaidLabel)
/* harmony export */ });
/* unused harmony exports Trusted, truncate, escapeMarkdownFully */
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7798);
/**
 * Escaping for text that came from AWS (tag values, names, exception reasons, error messages): anyone
 * who can tag an instance controls it. HTML is escaped by Handlebars (kept on); Markdown has no such
 * guard, so every string of the view model goes through `escapeMarkdown` before a Markdown template
 * sees it, unless the view model marked it `Trusted` (Markdown the code built itself).
 *
 * Written here rather than taken from npm: the hazards are GitHub-specific (a `|` or a newline ends a
 * table cell, `@name` notifies someone, `#12`/URLs autolink, `<!--` could forge the sticky-comment
 * marker, raw HTML renders in comments), and the generic escapers (markdown-escape, mdast's `safe`)
 * cover CommonMark punctuation but none of cells, mentions or autolinks. One context (a GFM table cell
 * or inline text), one function, tested against a hostile fixture.
 */


const ZWSP = '&#8203;';
/** Markdown code the report built itself (never contains AWS-sourced text unescaped). */
class Trusted {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return this.value;
    }
    toJSON() {
        return this.value;
    }
}
const trusted = (value) => new Trusted(value);
/** Cuts to at most `max` code points (never inside a surrogate pair), marking the cut with `\u2026`. */
function truncate(text, max) {
    // No more UTF-16 units than `max` \u2192 no more code points either.
    if (text.length <= max)
        return text;
    const cps = Array.from(text);
    if (cps.length <= max)
        return text;
    return `${cps.slice(0, Math.max(0, max - 1)).join('')}\u2026`;
}
/** `cleanText`, then at most `max` code points. */
function displayText(raw, max) {
    return truncate((0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(raw ?? ''), max);
}
/**
 * What escapeMarkdown rewrites: `#` before a digit (`#123` would link an issue), the characters that
 * HTML or a table cell reads (`&`, `<`, `>`, `|`), `@` (a mention), and Markdown's punctuation (escaped
 * with a backslash).
 */
const MARKDOWN_SPECIAL = /#(?=\d)|[&<>|\\`*_~[\]()!$@]/g;
const MARKDOWN_ENTITY = {
    '#': `#${ZWSP}`,
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '|': '&#124;',
    // `@name` would notify; a zero-width space after @ breaks GitHub's mention (and team) detection.
    '@': `@${ZWSP}`,
};
/**
 * Text escapeMarkdown leaves as it is: letters, digits, spaces and `,/=%+.-`, not starting with what
 * opens a block (`-`, `+`, `=`, or digits then `.`/`)` and a space or the end: `1. x`, but not `2.7 y`).
 * Checked against the full escaper in test/report/escape.test.ts.
 */
const PLAIN = /^(?!\d+[.)](?:\s|$))[A-Za-z0-9][A-Za-z0-9 ,/=%+.-]*$/;
/**
 * Text safe in a GFM table cell and in inline Markdown: stays on one line, cannot close the cell,
 * open a link, image, code span, emphasis, HTML tag or comment, mention a user or team, reference an
 * issue, or autolink. Control characters become spaces; long values are shortened (by code point).
 */
function escapeMarkdown(raw, max = 200) {
    // Most values (ids, regions, counts, plain names) hold nothing to escape: returned as they are.
    if (raw === '')
        return raw;
    if (PLAIN.test(raw) && !/www\./i.test(raw))
        return truncate(raw, max);
    return escapeMarkdownFully(raw, max);
}
/** escapeMarkdown without its shortcut for plain text (exported for the test that they agree). */
function escapeMarkdownFully(raw, max = 200) {
    const oneLine = truncate((0,_model_text_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(raw), max);
    const out = oneLine.replace(MARKDOWN_SPECIAL, (ch) => MARKDOWN_ENTITY[ch] ?? `\\${ch}`);
    return (out
        // At the start of a line (a cell or paragraph), these could open a heading, list, quote or rule.
        .replace(/^([#+-])(?=\s|$)/, '\\$1')
        .replace(/^([=-]+)$/, (m) => `\\${m}`)
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
        // GitHub autolinks www. and scheme:// in text nodes, escaped or not: break them.
        .replace(/(www)\./gi, `$1${ZWSP}.`)
        .replace(/:\/\//g, `:${ZWSP}//`));
}
/** A URL for a Markdown link target: http(s) only, percent-encoded so `)`, spaces and `<` cannot end it. */
function markdownUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<>"'`\s|\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A Mermaid label (inside double quotes): only letters, digits, spaces and a little punctuation. */
function mermaidLabel(raw, max = 40) {
    return truncate(String(raw)
        .replace(/[^\p{L}\p{N} .,%/+-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(), max);
}
/**
 * Applies `escapeMarkdown` to every string in a view model (deeply), leaving `Trusted` values as
 * their raw Markdown and numbers/booleans as they are. The Markdown templates then need no helper,
 * so forgetting one cannot leak raw text.
 */
function escapeDeep(value) {
    return walk(value);
}
function walk(v) {
    if (typeof v === 'string')
        return escapeMarkdown(v, Number.POSITIVE_INFINITY);
    if (v instanceof Trusted)
        return v.value;
    if (Array.isArray(v))
        return v.map(walk);
    if (v && typeof v === 'object') {
        // Own enumerable keys, as Object.entries gives them, without an array per entry (a report walks
        // ~20 values for each of 100,000 rows).
        const out = {};
        const from = v;
        for (const k of Object.keys(from))
            out[k] = walk(from[k]);
        return out;
    }
    return v;
}


/***/ }),

/***/ 8387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ FOLD_AT),
/* harmony export */   Np: () => (/* binding */ cap),
/* harmony export */   RO: () => (/* binding */ rowsOf),
/* harmony export */   y2: () => (/* binding */ ALL)
/* harmony export */ });
const ALL = Number.POSITIVE_INFINITY;
/** A Markdown table longer than this is folded into a `<details>` block. */
const FOLD_AT = 15;
/** A table's rows in this fold: its own budget, else the posture tables'. */
const rowsOf = (f, k) => f[k] ?? f.posture;
function cap(rows, n) {
    return rows ? (n === ALL ? rows : rows.slice(0, n)) : [];
}


/***/ }),

/***/ 7703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   Q1: () => (/* binding */ formatTimeSeconds),
/* harmony export */   Zg: () => (/* binding */ REGION),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   q7: () => (/* binding */ formatScanTime),
/* harmony export */   vR: () => (/* binding */ profileName),
/* harmony export */   x8: () => (/* binding */ signed)
/* harmony export */ });
/* harmony import */ var _assess_assess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(854);
/** Formatting the report's numbers, percentages, durations and names: one format everywhere. Pure. */

// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 formatting helpers (pure) \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
const num = (n) => n.toLocaleString('en-US');
function pct(r) {
    return (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(r.compliant, r.inScope);
}
/** "3 d", "5 h", "12 min", "1.4 y": how long between two instants. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '\u2014';
    const min = Math.floor(ms / 60_000);
    if (min < 60)
        return `${min} min`;
    const h = Math.floor(min / 60);
    if (h < 48)
        return `${h} h`;
    const d = Math.floor(h / 24);
    if (d < 365)
        return `${d} d`;
    return `${(Math.floor((d / 365.25) * 10) / 10).toFixed(1)} y`;
}
function formatScanTime(iso) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return iso;
    return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
/** As formatScanTime, to the second (soak windows, which can be shorter than a minute). */
function formatTimeSeconds(iso) {
    const t = Date.parse(iso);
    if (Number.isNaN(t))
        return iso;
    return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
function formatMs(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.round(ms / 60_000)} min`;
}
/** Percentage points between two exact percentages, e.g. "+1.2 pp", "\u22120.4 pp", "\u00b10 pp". */
function formatDelta(now, before) {
    const d = now - before;
    if (Math.abs(d) < 1e-9)
        return { text: '\u00b10 pp', direction: 'same' };
    const abs = Math.abs(d);
    const shown = abs < 0.1 ? '<0.1' : (Math.floor(abs * 10) / 10).toFixed(1);
    return d > 0 ? { text: `+${shown} pp`, direction: 'up' } : { text: `\u2212${shown} pp`, direction: 'down' };
}
const signed = (n) => (n > 0 ? `+${num(n)}` : n < 0 ? `\u2212${num(-n)}` : '\u00b10');
/** The instance profile's name from its ARN (arn:aws:iam::1:instance-profile/path/Name \u2192 Name). */
function profileName(arn) {
    if (!arn)
        return '';
    const tail = arn.split(':instance-profile/')[1] ?? arn;
    return tail.split('/').pop() ?? tail;
}
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;


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

/***/ 4503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ consoleUrl),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   q: () => (/* binding */ linked)
/* harmony export */ });
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2527);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7703);
/**
 * Links to the AWS console: each instance, launch template and Auto Scaling group, in its own region
 * (and partition: GovCloud and China have their own console hosts). The console opens in whatever
 * account the reader is signed in to; the account id is shown beside every link.
 */



function consoleHost(region) {
    if (region.startsWith('us-gov-'))
        return `https://${region}.console.amazonaws-us-gov.com`;
    if (region.startsWith('cn-'))
        return `https://${region}.console.amazonaws.cn`;
    return `https://${region}.console.aws.amazon.com`;
}
/** The console page of a resource; '' when the region is not a region name (never a made-up host). */
function consoleUrl(kind, region, id) {
    if (!_format_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION */ .Zg.test(region) || !id)
        return '';
    const base = `${consoleHost(region)}/ec2/home?region=${region}#`;
    const v = (0,_model_text_js__WEBPACK_IMPORTED_MODULE_2__/* .uriComponent */ .qS)(id);
    switch (kind) {
        case 'instance':
            return `${base}InstanceDetails:instanceId=${v}`;
        case 'launch-template':
            return `${base}LaunchTemplateDetails:launchTemplateId=${v}`;
        case 'auto-scaling-group':
            return `${base}AutoScalingGroupDetails:id=${v};view=details`;
    }
}
/** `text` linked to `url` in Markdown (escaped text, encoded http(s) URL); plain escaped text without one. */
function markdownLink(text, url) {
    const safe = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(text, Number.POSITIVE_INFINITY);
    const href = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownUrl */ .$x)(url);
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .trusted */ .IZ)(href ? `[${safe}](${href})` : safe);
}
function linked(kind, region, id, text = id) {
    const url = consoleUrl(kind, region, id);
    return { text, url, link: markdownLink(text, url) };
}


/***/ }),

/***/ 5402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   b1: () => (/* binding */ LIMITS)
/* harmony export */ });
/* unused harmony exports LADDER, COMPACT, renderMarkdownWith */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _fold_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8387);
/* harmony import */ var _sections_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8755);
/* harmony import */ var _stream_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3332);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6341);
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
/** The largest rung that fits the medium's limit (the last rung always does for real fleets). */
function renderMarkdown(view, options) {
    const ladder = options.medium === 'comment' && !options.full ? COMPACT_LADDER : LADDER;
    const limit = LIMITS[options.medium];
    const max = options.max ?? limit.max;
    for (const [n, fold] of ladder.entries()) {
        // A rung is measured piece by piece; only the one that fits (or the last) is held as one string.
        if (n < ladder.length - 1 && max !== _fold_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL */ .y2) {
            let size = 0;
            for (const piece of rungPieces(view, fold, options).pieces()) {
                size += limit.size(piece);
                if (size > max)
                    break;
            }
            if (size > max)
                continue;
        }
        return renderMarkdownWith(view, fold, options);
    }
    return renderMarkdownWith(view, ladder[ladder.length - 1], options);
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
/** An object's text from its `member`s. */
const object = (members) => `{${members.slice(1)}}`;
/**
 * `JSON.stringify(instanceFinding(i, a, meta))`, written as text: the finding's constant members
 * once per run (`InstanceText`), each value through JSON.stringify, no finding object in between
 * (~77,000 findings at 100,000 instances: their objects were most of this file's cost).
 * test/report/ocsf.test.ts holds the two equal.
 */
class InstanceText {
    head;
    time;
    constructor(meta) {
        const time = Date.parse(meta.scannedAt);
        this.time = q(time);
        this.head = `{"activity_id":${ACTIVITY_CREATE},"activity_name":"Create","category_uid":${CATEGORY_UID},"category_name":"Findings","class_uid":${CLASS_UID},"class_name":"Compliance Finding","type_uid":${CLASS_UID * 100 + ACTIVITY_CREATE},"type_name":"Compliance Finding: Create","time":${this.time},"severity_id":`;
    }
    text(i, a, meta) {
        const f = instanceFacts(i, a);
        const suppressed = i.exception?.honoured;
        const uid = `imds-guard:${meta.ruleId}:${i.accountId}:${i.region}:${i.instanceId}`;
        const title = q(f.title);
        const control = q(f.control);
        const region = q(i.region);
        const metadata = `{"version":"${OCSF_VERSION}","profiles":["cloud"],"product":{"name":"IMDS Guard","vendor_name":"IMDS Guard","version":${q(meta.version)}},"event_code":${control}}`;
        const info = `{"uid":${q(uid)},"title":${title},"desc":${q(f.desc)},"types":[${control}],"created_time":${this.time},"attacks":[${q(ATTACK)}]}`;
        const compliance = `{"standards":${q(INSTANCE_STANDARDS)},"control":${control},"status_id":3,"status":"${STATUS[3]}","status_detail":${q(f.detail)}}`;
        const cloud = `{"provider":"AWS","region":${region},"account":{"uid":${q(i.accountId)},"type":"AWS Account","type_id":10}}`;
        const data = object(member('state', i.state) +
            member('metadata_options', i.metadata) +
            member('public_ip', i.publicIp) +
            member('instance_profile_arn', i.instanceProfileArn) +
            member('v1_calls', i.v1Calls) +
            member('console_url', f.consoleUrl));
        const resource = object(`${member('uid', i.instanceId)}${member('name', i.name)},"type":"AWS::EC2::Instance","data":${data},"region":${region},"cloud_partition":"${partition(i.region)}"`);
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

/***/ 8938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bM: () => (/* binding */ findingUrl),
/* harmony export */   dd: () => (/* binding */ exposureSection)
/* harmony export */ });
/* unused harmony exports EXPOSURE_ROWS, REACH_LABELS, exposureView, withExposureDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _assess_exposure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8577);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2527);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7703);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4503);
/**
 * The exposure section: has anyone already used an instance's credentials (GuardDuty), what
 * the credentials can reach (IAM), where GuardDuty could not look, and the other services that run
 * IMDS under their own rules. Raw strings (AWS values included): HTML escapes them, Markdown passes
 * the view through escapeDeep. Tables are bounded here (the full lists are in report.ocsf.json).
 */






/** Rows per table in the report (the rest: "and N more", all of them in report.ocsf.json). */
const EXPOSURE_ROWS = 50;
const REACH_LABELS = {
    admin: 'administrator',
    'iam-write': 'can change IAM',
    'data-wildcard': 'reads data on * (S3 / secrets / parameters / KMS)',
    unknown: 'unknown (not readable)',
    narrow: 'narrower',
};
const KIND_LABELS = {
    'sagemaker-notebook': 'SageMaker notebook instance',
    'beanstalk-environment': 'Elastic Beanstalk environment',
    'lightsail-instance': 'Lightsail instance',
};
function consoleHost(region) {
    if (region.startsWith('us-gov-'))
        return `https://${region}.console.amazonaws-us-gov.com`;
    if (region.startsWith('cn-'))
        return `https://${region}.console.amazonaws.cn`;
    return `https://${region}.console.aws.amazon.com`;
}
/** The GuardDuty console page of one finding; '' when the region is not a region name. */
function findingUrl(region, findingId) {
    if (!_format_js__WEBPACK_IMPORTED_MODULE_3__/* .REGION */ .Zg.test(region) || !/^[\w-]{1,300}$/.test(findingId))
        return '';
    return `${consoleHost(region)}/guardduty/home?region=${region}#/findings?macros=current&fId=${(0,_model_text_js__WEBPACK_IMPORTED_MODULE_5__/* .uriComponent */ .qS)(findingId)}`;
}
function findingLink(region, findingId, text) {
    const url = findingUrl(region, findingId);
    return { text, url, link: (0,_links_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownLink */ .iQ)(text, url) };
}
const more = (total) => (total > EXPOSURE_ROWS ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(total - EXPOSURE_ROWS) : '');
/** Places named inline (regions where GuardDuty is off\u2026): the first ones, then how many more. */
const PLACES = 20;
function someOf(items) {
    return items.length > PLACES
        ? `${items.slice(0, PLACES).join(', ')} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(items.length - PLACES)} more`
        : items.join(', ');
}
function exposureView(a) {
    const e = a.exposure;
    if (!e)
        return undefined;
    const exploited = e.exploited.slice(0, EXPOSURE_ROWS).map((x) => {
        const f = x.findings[0];
        return {
            instance: (0,_links_js__WEBPACK_IMPORTED_MODULE_4__/* .linked */ .q)('instance', x.region, x.instanceId),
            accountId: x.accountId,
            region: x.region,
            name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(x.name ?? '', 60),
            what: (0,_assess_exposure_js__WEBPACK_IMPORTED_MODULE_1__/* .findingLabel */ .Il)(f),
            when: f.updatedAt.slice(0, 16).replace('T', ' '),
            from: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)([
                f.remoteIp,
                f.asn && `AS${f.asn}`,
                f.asnOrg ?? f.org,
                f.country,
                f.remoteAccountId && `account ${f.remoteAccountId}`,
            ]
                .filter(Boolean)
                .join(' \u00b7 ') || 'not given', 160),
            finding: findingLink(f.region, f.findingId, (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(f.findingId, 40)),
            archived: f.archived ? 'archived' : 'active',
            count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(x.findings.length),
            joinedBy: f.joinedBy === 'session-name' ? 'role session name' : 'finding resource',
            state: x.bucket ? x.bucket : 'not in this scan',
            reach: x.reach ? REACH_LABELS[x.reach] : '',
        };
    });
    const gdRegions = e.guardDuty.regions;
    const off = gdRegions.filter((g) => g.status === 'disabled');
    const unread = gdRegions.filter((g) => g.status === 'unknown');
    const multi = new Set(gdRegions.map((g) => g.accountId)).size > 1;
    const where = (g) => multi ? `${g.region}@${g.accountId}` : g.region;
    const roles = e.roles.slice(0, EXPOSURE_ROWS).map((r) => ({
        profile: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.instanceProfileArn.slice(r.instanceProfileArn.lastIndexOf('/') + 1), 64),
        role: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.roleName ?? '\u2014', 64),
        accountId: r.accountId,
        level: REACH_LABELS[r.level],
        admin: r.level === 'admin',
        why: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.reasons.slice(0, 3).join('; '), 240),
        instances: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.instances),
        publicInstances: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.publicInstances),
    }));
    const rules = e.otherImds.rules.map((r) => ({
        id: r.id,
        name: r.name,
        description: r.description,
        total: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.total),
        compliant: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.compliant),
        allowV1: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.allowV1),
        unknown: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.unknown),
    }));
    const flagged = e.otherImds.resources.filter((r) => r.allowsV1 !== false);
    const resources = flagged.slice(0, EXPOSURE_ROWS).map((r) => ({
        kind: KIND_LABELS[r.kind],
        rule: r.rule,
        name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.name, 80),
        accountId: r.accountId,
        region: r.region,
        verdict: r.allowsV1 ? 'allows IMDSv1' : 'unknown',
        setting: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.setting, 80),
        assumption: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(r.assumption ?? '', 200),
    }));
    const errorGroups = new Map();
    for (const x of e.errors) {
        const k = `${x.service}:${x.operation} ${x.code}`;
        const g = errorGroups.get(k) ?? {
            what: `${x.service}:${x.operation}`,
            code: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(x.code, 80),
            count: 0,
            example: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(`${where(x)}: ${x.message}`, 200),
        };
        g.count++;
        errorGroups.set(k, g);
    }
    return {
        window: `${e.from.slice(0, 10)} to ${e.to.slice(0, 10)}`,
        exploitedCount: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(e.exploited.length),
        anyExploited: e.exploited.length > 0,
        exploited,
        exploitedMore: more(e.exploited.length),
        exploitedTotal: e.exploited.length,
        unjoined: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(e.unjoined.length),
        anyUnjoined: e.unjoined.length > 0,
        guardDuty: {
            enabled: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(e.guardDuty.enabled),
            regions: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(gdRegions.length),
            off: someOf(off.map(where)),
            offCount: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(off.length),
            anyOff: off.length > 0,
            unread: someOf(unread.map((g) => `${where(g)} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(g.code ?? 'Error', 60)})`)),
            unreadCount: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(unread.length),
            anyUnread: unread.length > 0,
        },
        reach: {
            counts: Object.keys(REACH_LABELS)
                .filter((l) => e.reachCounts[l] > 0)
                .map((l) => ({ label: REACH_LABELS[l], count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(e.reachCounts[l]) })),
            worst: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(e.worst),
            anyWorst: e.worst > 0,
            roles,
            any: e.roles.length > 0,
            more: more(e.roles.length),
        },
        other: {
            rules,
            resources,
            any: e.otherImds.resources.length > 0,
            anyFlagged: flagged.length > 0,
            lightsailUnavailable: someOf(e.otherImds.lightsailUnavailable.map(where)),
            more: more(flagged.length),
        },
        errors: [...errorGroups.values()].map((g) => ({ ...g, count: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(g.count) })),
        anyErrors: errorGroups.size > 0,
    };
}
/**
 * The section for a shortened rendering (markdown.ts's fold): at most `rows` exploited instances
 * (never fewer than 10: they lead the report).
 */
function foldExposure(v, rows) {
    const keep = Math.max(10, rows);
    if (v.exploited.length <= keep)
        return v;
    return { ...v, exploited: v.exploited.slice(0, keep), exploitedMore: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(v.exploitedTotal - keep) };
}
/**
 * The report's digest with what the exposure section says folded in, so the sticky comment is
 * updated when a finding appears or GuardDuty is switched off, even if no instance changed.
 */
function withExposureDigest(digest, a) {
    const e = a.exposure;
    if (!e)
        return digest;
    const said = JSON.stringify([
        e.exploited.map((x) => [
            x.accountId,
            x.instanceId,
            x.findings.map((f) => [f.findingId, f.updatedAt, f.archived]),
        ]),
        e.guardDuty.regions.map((g) => [g.accountId, g.region, g.status]),
        e.roles.map((r) => [r.accountId, r.instanceProfileArn, r.level]),
        e.otherImds.resources.map((r) => [r.kind, r.accountId, r.region, r.name, r.allowsV1 ?? null]),
    ]);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${digest}\0${said}`).digest('hex').slice(0, 32);
}
/** Shortened with the instance list (never below 10 exploited instances); says "and N more" itself. */
const exposureSection = {
    key: 'exposure',
    templates: {
        partial: 'exposure',
        markdown: __webpack_require__.ab + "exposure.md.hbs",
        html: __webpack_require__.ab + "exposure.html.hbs",
    },
    view: (a) => exposureView(a),
    digest: withExposureDigest,
    fold: (v, f) => foldExposure(v, f.instances),
};


/***/ }),

/***/ 8755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ SECTIONS),
  H_: () => (/* binding */ applySections),
  yn: () => (/* binding */ foldSections),
  di: () => (/* binding */ sectionNotes),
  dc: () => (/* binding */ sectionShow)
});

// EXTERNAL MODULE: ./lib/assess/asg.js
var asg = __webpack_require__(9491);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/fold.js
var fold = __webpack_require__(8387);
// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(7703);
// EXTERNAL MODULE: ./lib/report/links.js
var links = __webpack_require__(4503);
;// CONCATENATED MODULE: ./lib/report/sections/auto-scaling.js
/**
 * The Auto Scaling section: each group judged by the launch template version it actually launches
 * ($Default, $Latest or a number; mixed-instances overrides included), not only the template's
 * default. Markdown shows up to the posture tables' rows (the compact comment leaves it out).
 */





function versionText(l) {
    const n = l.versionNumber === undefined ? '?' : String(l.versionNumber);
    return /^\d+$/.test(l.version) ? n : `${l.version} \u2192 ${n}`;
}
function settingsText(l) {
    const v = l.settings;
    if (!v)
        return 'not read';
    if (v.httpEndpoint === 'disabled')
        return 'endpoint disabled';
    const hop = v.httpPutResponseHopLimit !== undefined ? `, hop limit ${v.httpPutResponseHopLimit}` : '';
    return `tokens ${v.httpTokens ?? 'unset'}${hop}`;
}
function autoScalingView(a) {
    const groups = a.autoScalingGroups;
    if (!groups?.length)
        return undefined;
    return {
        total: (0,format/* num */.bu)(groups.length),
        allowV1: (0,format/* num */.bu)(groups.filter((g) => g.allowsV1).length),
        rows: groups.map((g) => {
            const group = (0,links/* linked */.q)('auto-scaling-group', g.region, g.name, (0,report_escape/* displayText */.WV)(g.name, 80));
            const first = g.launches[0];
            const templateId = g.launchTemplateId ?? '';
            const tpl = (0,links/* linked */.q)('launch-template', g.region, templateId, (0,report_escape/* displayText */.WV)(g.launchTemplateName ?? templateId, 80));
            const extra = g.launches.length > 1 ? ` (+${g.launches.length - 1} override(s))` : '';
            return {
                name: group.text,
                url: group.url,
                link: group.link,
                accountId: g.accountId,
                region: g.region,
                template: tpl.text,
                templateUrl: tpl.url,
                templateLink: tpl.link,
                version: `${versionText(first)}${extra}`,
                settings: settingsText(first),
                verdict: asg/* LAUNCH_VERDICT_LABELS */.cG[g.verdict],
                allowsV1: g.allowsV1,
                reason: (0,report_escape/* displayText */.WV)(g.reason, 400),
            };
        }),
    };
}
/** The section's rows in a fold: its own budget (`autoScaling`), else the posture tables'. */
const rowsIn = (f) => f.autoScaling ?? f.posture;
const autoScalingSection = {
    key: 'autoScaling',
    templates: {
        partial: 'autoScaling',
        markdown: __webpack_require__.ab + "auto-scaling.md.hbs",
        html: __webpack_require__.ab + "auto-scaling.html.hbs",
    },
    view: (a) => autoScalingView(a),
    fold: (v, f) => ({ ...v, rows: (0,fold/* cap */.Np)(v.rows, rowsIn(f)) }),
    notes: (v, f) => {
        const shown = rowsIn(f);
        const total = v.rows.length;
        if (total <= shown)
            return [];
        return [
            shown === 0
                ? `The Auto Scaling group table (${(0,format/* num */.bu)(total)} rows) left out`
                : `The Auto Scaling group table shows the ${(0,format/* num */.bu)(shown)} worst of ${(0,format/* num */.bu)(total)}`,
        ];
    },
    show: (cut) => ({
        autoScaling: (cut?.rows.length ?? 0) > 0,
        autoScalingFolded: (cut?.rows.length ?? 0) > fold/* FOLD_AT */.Ik,
    }),
};

// EXTERNAL MODULE: ./lib/assess/assess.js + 3 modules
var assess = __webpack_require__(854);
;// CONCATENATED MODULE: ./lib/report/sections/by-tag.js
/**
 * The group-by-tag section (`group-by-tag`): one rollup per value of the tag, worst first, that adds
 * up to the fleet's totals. Markdown shows up to the posture tables' rows (the compact comment leaves
 * it out); the digest already covers it (substantiveDigest hashes the assessment's rollups).
 */




function byTagView(a) {
    const b = a.byTag;
    if (!b)
        return undefined;
    const rows0 = b.rows;
    const rows = b.rows.map((r) => ({
        value: r.untagged ? `(no ${(0,report_escape/* displayText */.WV)(b.key, 60)} tag)` : (0,report_escape/* displayText */.WV)(r.value, 80),
        untagged: r.untagged,
        inScope: (0,format/* num */.bu)(r.rollup.inScope),
        compliant: (0,format/* num */.bu)(r.rollup.compliant),
        percentText: (0,format/* pct */.Oe)(r.rollup),
        percentValue: r.rollup.percent.toFixed(4),
        v1: (0,format/* num */.bu)(r.rollup.buckets['v1-allowed']),
        inUse: a.v1Usage ? (0,format/* num */.bu)(r.inUse) : '\u2014',
        safe: a.v1Usage ? (0,format/* num */.bu)(r.safe) : '\u2014',
        disabled: (0,format/* num */.bu)(r.rollup.buckets.disabled),
        pending: (0,format/* num */.bu)(r.rollup.buckets.pending),
    }));
    const sum = (f) => rows0.reduce((n, r) => n + f(r), 0);
    const inScope = sum((r) => r.rollup.inScope);
    const compliant = sum((r) => r.rollup.compliant);
    return {
        key: (0,report_escape/* displayText */.WV)(b.key, 60),
        rows,
        totalText: `${(0,format/* num */.bu)(b.rows.length)} value(s) of ${(0,report_escape/* displayText */.WV)(b.key, 60)}; together ${(0,format/* num */.bu)(compliant)} of ${(0,format/* num */.bu)(inScope)} compliant (${(0,assess/* formatPercent */.l9)(compliant, inScope)}), the fleet's totals.`,
    };
}
/** The section's rows in a fold: its own budget (`byTag`), else the posture tables'. */
const by_tag_rowsIn = (f) => f.byTag ?? f.posture;
const byTagSection = {
    key: 'byTag',
    templates: {
        partial: 'byTag',
        markdown: __webpack_require__.ab + "by-tag.md.hbs",
        html: __webpack_require__.ab + "by-tag.html.hbs",
    },
    view: (a) => byTagView(a),
    fold: (v, f) => ({ ...v, rows: (0,fold/* cap */.Np)(v.rows, by_tag_rowsIn(f)) }),
    notes: (v, f) => {
        const shown = by_tag_rowsIn(f);
        const total = v.rows.length;
        if (total <= shown)
            return [];
        const what = `The per-${v.key} table`;
        return [
            shown === 0
                ? `${what} (${(0,format/* num */.bu)(total)} rows) left out`
                : `${what} shows the ${(0,format/* num */.bu)(shown)} worst of ${(0,format/* num */.bu)(total)}`,
        ];
    },
    show: (cut) => ({
        byTag: (cut?.rows.length ?? 0) > 0,
        byTagFolded: (cut?.rows.length ?? 0) > fold/* FOLD_AT */.Ik,
    }),
};

// EXTERNAL MODULE: ./lib/report/sections/exposure.js
var exposure = __webpack_require__(8938);
;// CONCATENATED MODULE: ./lib/report/sections/index.js



const SECTIONS = [byTagSection, autoScalingSection, exposure/* exposureSection */.dd];
/** A section seen through the keys it fills (one cast here instead of one per call site). */
const loose = (s) => s;
/** Fills the sections' parts of the view and folds what they say into its digest. */
function applySections(view, a, scannedAtMs) {
    for (const s of SECTIONS.map(loose)) {
        const v = s.view(a, scannedAtMs);
        if (v === undefined)
            continue;
        view[s.key] = v;
        if (s.digest)
            view.digest = s.digest(view.digest, a);
    }
}
/** The sections cut to a fold (markdown.ts), keyed as in the view. */
function foldSections(v, f) {
    const out = {};
    for (const s of SECTIONS.map(loose)) {
        const part = v[s.key];
        if (part !== undefined)
            out[s.key] = s.fold(part, f);
    }
    return out;
}
/** What the fold left out of the sections, in words. */
function sectionNotes(v, f) {
    return SECTIONS.map(loose).flatMap((s) => {
        const part = v[s.key];
        return part === undefined || !s.notes ? [] : s.notes(part, f);
    });
}
/** The sections' `show.*` flags for the cut view. */
function sectionShow(cut) {
    return Object.assign({}, ...SECTIONS.map(loose).map((s) => s.show?.(cut[s.key]) ?? {}));
}


/***/ }),

/***/ 3332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ renderPieces),
/* harmony export */   dt: () => (/* binding */ collapseBlankLines)
/* harmony export */ });
/* unused harmony export ROWS_PER_SLICE */
/**
 * Rows per slice: small enough that a slice's text (~1 KB a row of HTML) stays under V8's large-object
 * size (128 KB). Larger pieces go to the large-object space, which only a full GC empties: at 500 rows
 * a 100,000-instance report left ~100 MB of written pieces there at the peak.
 */
const ROWS_PER_SLICE = 100;
/** `data` with the list at `path` (two levels, as STREAMED_LISTS are) replaced by `rows`. */
function withList(data, path, rows) {
    const [top, key] = path.split('.');
    return { ...data, [top]: { ...data[top], [key]: rows } };
}
function listAt(data, path) {
    const [top, key] = path.split('.');
    return data[top]?.[key] ?? [];
}
/**
 * The pieces of `template` rendered with `data`. The long lists are read from `lists` (default: from
 * `data` itself) and each slice passes through `prepare` first (Markdown escapes its rows there), so
 * `data` may hold placeholders of the same length for them.
 */
function* renderPieces(template, data, lists = data, prepare = (rows) => rows) {
    const parts = template.main(data).split(template.marker);
    for (let n = 0; n < parts.length; n++) {
        if (n % 2 === 0) {
            if (parts[n])
                yield parts[n];
            continue;
        }
        const { path, rows } = template.lists[Number(parts[n])];
        const all = listAt(lists, path);
        if (all.length === 0) {
            // An empty list still renders its block (an {{else}} branch, if any).
            const text = rows(withList(data, path, []));
            if (text)
                yield text;
            continue;
        }
        for (let i = 0; i < all.length; i += ROWS_PER_SLICE) {
            const text = rows(withList(data, path, prepare(all.slice(i, i + ROWS_PER_SLICE))));
            if (text)
                yield text;
        }
    }
}
/**
 * `text.replace(/\n{3,}/g, '\n\n')` over a sequence of pieces: runs of newlines that span pieces are
 * collapsed as if the pieces were one string.
 */
function* collapseBlankLines(pieces) {
    let pending = 0;
    const run = (n) => (n >= 3 ? '\n\n' : '\n'.repeat(n));
    for (const piece of pieces) {
        let i = 0;
        while (i < piece.length && piece.charCodeAt(i) === 10)
            i++;
        if (i === piece.length) {
            pending += i;
            continue;
        }
        pending += i;
        let j = piece.length;
        while (j > i && piece.charCodeAt(j - 1) === 10)
            j--;
        yield run(pending) + piece.slice(i, j).replace(/\n{3,}/g, '\n\n');
        pending = piece.length - j;
    }
    if (pending)
        yield run(pending);
}


/***/ }),

/***/ 6341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kh: () => (/* binding */ htmlSplitTemplate),
/* harmony export */   Kt: () => (/* binding */ STREAMED_LISTS),
/* harmony export */   Mw: () => (/* binding */ markdownSplitTemplate),
/* harmony export */   NQ: () => (/* binding */ SafeString),
/* harmony export */   Sk: () => (/* binding */ tableScript),
/* harmony export */   XF: () => (/* binding */ applyTemplate),
/* harmony export */   Ze: () => (/* binding */ guardrailsTemplate),
/* harmony export */   m: () => (/* binding */ planTemplate),
/* harmony export */   sT: () => (/* binding */ iacOnlyTemplate),
/* harmony export */   vd: () => (/* binding */ registerIacPartials)
/* harmony export */ });
/* unused harmony exports markdownTemplate, htmlTemplate, splitTemplate */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var handlebars__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8508);
/* harmony import */ var _sections_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8755);
/**
 * Loads and compiles the Handlebars templates in /templates once. Each path is a literal
 * `new URL('../../templates/\u2026', import.meta.url)` so ncc copies the file next to dist/index.js.
 * Markdown compiles with `noEscape` (its view is escaped for Markdown beforehand, see escape.ts);
 * HTML keeps Handlebars' HTML escaping.
 */




const hb = handlebars__WEBPACK_IMPORTED_MODULE_2__.create();
let md;
let html;
let script;
/**
 * The report templates use Handlebars' built-in helpers only (`if`, `unless`, `each`): compiled with
 * `knownHelpersOnly`, a plain `{{value}}` is a property lookup, not a helper-or-property check (same
 * bytes; report.md 4\u20137 % faster to render at 100,000 instances).
 */
const REPORT_OPTIONS = { knownHelpersOnly: true };
function markdownTemplate() {
    md ??= hb.compile(readFileSync(/* unused asset import */ undefined, 'utf8'), {
        noEscape: true,
        strict: false,
        ...REPORT_OPTIONS,
    });
    return md;
}
function htmlTemplate() {
    html ??= hb.compile(readFileSync(/* unused asset import */ undefined, 'utf8'), REPORT_OPTIONS);
    return html;
}
/** The report's table script (vanilla JS) and its CSP hash, so the page allows that script only. */
function tableScript() {
    if (!script) {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(3222), __webpack_require__.b), 'utf8');
        if (/<\/script/i.test(text))
            throw new Error('templates/report-table.js must not contain </script');
        script = { text, hash: `sha256-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('base64')}` };
    }
    return script;
}
let plan;
let apply;
/** The plan and rollback-plan summary (templates/plan.md.hbs); its view is escaped like the report's. */
function planTemplate() {
    plan ??= hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(4886), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    });
    return plan;
}
/** The apply and rollback summary (templates/apply.md.hbs). */
function applyTemplate() {
    apply ??= hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(1075), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    });
    return apply;
}
let guardrails;
/** The guardrails section and its folder's README (templates/guardrails.md.hbs). */
function guardrailsTemplate() {
    guardrails ??= hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(9311), __webpack_require__.b), 'utf8'), { noEscape: true });
    return guardrails;
}
const SafeString = hb.SafeString;
let iacOnly;
let partials = false;
/** The IaC section's partials (`{{> iac}}` in report.md.hbs, `{{> iacHtml}}` in report.html.hbs). */
function registerIacPartials() {
    if (partials)
        return;
    // Compiled here, each with its own escaping: Markdown pre-escaped (noEscape), HTML by Handlebars.
    hb.registerPartial('iac', hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(2700), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    }));
    hb.registerPartial('guardrails', hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(9311), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    }));
    // Each section's parts (sections/): `{{> name}}` in report.md.hbs, `{{> nameHtml}}` in report.html.hbs.
    for (const { templates: t } of _sections_index_js__WEBPACK_IMPORTED_MODULE_3__/* .SECTIONS */ .bP) {
        hb.registerPartial(t.partial, hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(t.markdown, 'utf8'), { noEscape: true }));
        hb.registerPartial(`${t.partial}Html`, hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(t.html, 'utf8')));
    }
    hb.registerPartial('iacHtml', hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(9352), __webpack_require__.b), 'utf8')));
    partials = true;
}
/** The report of an offline run (IaC only, no live audit): templates/iac-only.md.hbs. */
function iacOnlyTemplate() {
    registerIacPartials();
    iacOnly ??= hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(6117), __webpack_require__.b), 'utf8'), {
        noEscape: true,
        strict: false,
    });
    return iacOnly;
}
/** The lists rendered a slice at a time (every other list is bounded by the fleet's regions, accounts\u2026). */
const STREAMED_LISTS = [
    'v1.rows',
    'usage.inUseRows',
    'usage.rejectedRows',
    'regressions.rows',
    'hopLimit.rows',
];
// Markers no value can contain: U+0001 and a per-process random nonce (Handlebars reads no NUL).
const NONCE = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');
function splitTemplate(source, options, paths = STREAMED_LISTS) {
    let main = source;
    const lists = [];
    for (const path of paths) {
        const open = `{{#each ${path}}}`;
        const at = main.indexOf(open);
        if (at < 0)
            continue;
        if (main.indexOf(open, at + 1) >= 0)
            throw new Error(`template: ${open} appears twice`);
        // The matching {{/each}} (nested each blocks counted).
        const tag = /\{\{[#/]each\b[^}]*\}\}/g;
        tag.lastIndex = at + open.length;
        let depth = 1;
        let close = -1;
        for (let m = tag.exec(main); m; m = tag.exec(main)) {
            depth += m[0].startsWith('{{#') ? 1 : -1;
            if (depth === 0) {
                close = m.index + m[0].length;
                break;
            }
        }
        if (close < 0)
            throw new Error(`template: ${open} is not closed`);
        let start = at;
        let end = close;
        // A standalone opening tag (alone on its line) takes its line's indentation and newline with it.
        const lineStart = main.lastIndexOf('\n', at - 1) + 1;
        const afterOpen = /^[ \t]*\r?\n/.exec(main.slice(at + open.length));
        const openAlone = /^[ \t]*$/.test(main.slice(lineStart, at)) && afterOpen !== null;
        if (openAlone)
            start = lineStart;
        // So does a standalone closing tag.
        const closeLineStart = main.lastIndexOf('\n', close - '{{/each}}'.length - 1) + 1;
        const afterClose = /^[ \t]*(\r?\n|$)/.exec(main.slice(close));
        const closeAlone = /^[ \t]*$/.test(main.slice(closeLineStart, close - '{{/each}}'.length)) && afterClose !== null;
        if (closeAlone)
            end = close + afterClose[0].length;
        // A tag that is not standalone in the whole template must not become one at the block's edge (the
        // start and end of a template count as line ends): an empty comment beside it keeps it inline.
        const block = `${openAlone ? '' : '{{!}}'}${main.slice(start, end)}${closeAlone ? '' : '{{!}}'}`;
        lists.push({ path, rows: hb.compile(block, options) });
        main = `${main.slice(0, start)}\u0001${NONCE}:${lists.length - 1}\u0001${main.slice(end)}`;
    }
    return {
        main: hb.compile(main, options),
        lists,
        marker: new RegExp(`\u0001${NONCE}:(\\d+)\u0001`),
    };
}
let mdSplit;
let htmlSplitT;
/** report.md.hbs, split (same options as markdownTemplate). */
function markdownSplitTemplate() {
    mdSplit ??= splitTemplate((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(8403), __webpack_require__.b), 'utf8'), {
        noEscape: true,
        strict: false,
        ...REPORT_OPTIONS,
    });
    return mdSplit;
}
/** report.html.hbs, split (same options as htmlTemplate). */
function htmlSplitTemplate() {
    htmlSplitT ??= splitTemplate((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(6671), __webpack_require__.b), 'utf8'), REPORT_OPTIONS);
    return htmlSplitT;
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


/***/ }),

/***/ 9054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ substantiveDigest),
/* harmony export */   GW: () => (/* binding */ trend),
/* harmony export */   KW: () => (/* binding */ emptyRegionsText),
/* harmony export */   MV: () => (/* binding */ regionRows),
/* harmony export */   Qd: () => (/* binding */ remediationStep),
/* harmony export */   b0: () => (/* binding */ COMPLIANCE_MAPPING),
/* harmony export */   y7: () => (/* binding */ instanceRow)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _assess_assess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(854);
/* harmony import */ var _model_action_name_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7036);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2527);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7703);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4503);
/* harmony import */ var _view_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3357);
/** The view's parts: instance and region rows, charts and trend, next steps, the substantive digest. */








// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 rows \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
function instanceRow(i, scannedAtMs, tagKey) {
    const risk = i.risk ?? 'no-role';
    const launched = i.launchTime ? Date.parse(i.launchTime) : Number.NaN;
    const up = Number.isNaN(launched) ? -1 : Math.max(0, scannedAtMs - launched);
    const stopped = i.state === 'stopped' || i.state === 'stopping';
    const hop = i.metadata.httpPutResponseHopLimit ?? 1;
    const url = (0,_links_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleUrl */ .B9)('instance', i.region, i.instanceId);
    let note = '';
    if (i.exception) {
        const e = i.exception;
        const until = e.expires ? ` until ${e.expires}` : '';
        note = e.honoured
            ? `Exempt${until}: ${e.reason}`
            : `Exemption ${e.valid ? 'expired' : 'invalid'}${until}: ${e.reason}`;
    }
    // Built as one literal with the usage and tag fields set after it (no spreads: a spread into a
    // literal with a getter copied each row's properties one by one, ~100,000 rows at 100,000 instances).
    const row = {
        risk,
        riskLabel: _view_types_js__WEBPACK_IMPORTED_MODULE_5__/* .RISK_LABELS */ .mC[risk],
        riskRank: _view_types_js__WEBPACK_IMPORTED_MODULE_5__/* .RISK_RANK */ .dw[risk],
        worst: risk === 'role-public',
        name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(i.name ?? '', 80),
        instanceId: i.instanceId,
        accountId: i.accountId,
        region: i.region,
        state: i.state,
        role: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .profileName */ .vR)(i.instanceProfileArn), 64),
        publicIp: i.publicIp ? 'yes' : 'no',
        hopLimit: hop,
        hopWide: hop > 1,
        runningFor: stopped ? `stopped (launched ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(up)} ago)` : up < 0 ? '\u2014' : (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(up),
        runningForSeconds: stopped || up < 0 ? -1 : Math.floor(up / 1000),
        note: (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)(note, 160),
        url,
        // Escaped when a Markdown rendering reads it: report.html draws every row, Markdown a few hundred.
        get link() {
            return (0,_links_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownLink */ .iQ)(i.instanceId, url);
        },
    };
    setUsage(row, i);
    if (tagKey !== undefined)
        row.tagValue = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .displayText */ .WV)((i.tags?.[tagKey] ?? '').trim(), 80);
    return row;
}
/** The row's usage fields (in this order: the rows' key order is what it was when they were spread in). */
function setUsage(row, i) {
    if (i.bucket !== 'v1-allowed' || i.v1Calls === undefined) {
        row.willBreak = false;
        row.v1CallsValue = -1;
        row.usage = i.bucket !== 'v1-allowed' ? '' : 'unknown';
        row.v1CallsText = row.usage;
        return;
    }
    const inUse = i.v1Calls > 0;
    row.usage = inUse ? 'in-use' : 'safe';
    row.v1CallsText = inUse ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(i.v1Calls)} (will break)` : '0 (safe)';
    row.v1CallsValue = inUse ? i.v1Calls : 0;
    row.willBreak = inUse;
}
function emptyRegionsText(a, multiAccount) {
    const empty = a.byRegion
        .filter((r) => r.rollup.inScope === 0)
        .map((r) => (multiAccount ? `${r.accountId}/${r.region}` : r.region));
    if (empty.length === 0)
        return '';
    const shown = empty.length > 40 ? [...empty.slice(0, 40), `and ${empty.length - 40} more`] : empty;
    return `${empty.length} region${empty.length === 1 ? '' : 's'} scanned with no in-scope instances: ${shown.join(', ')}.`;
}
function regionRows(a, previous) {
    return a.byRegion
        .map((r) => {
        const prev = previous?.regions[`${r.accountId}/${r.region}`];
        const v1 = r.rollup.buckets['v1-allowed'];
        const row = {
            accountId: r.accountId,
            region: r.region,
            inScope: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.rollup.inScope),
            compliant: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.rollup.compliant),
            percentText: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(r.rollup),
            percentValue: r.rollup.percent.toFixed(4),
            v1: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(v1),
            disabled: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.rollup.buckets.disabled),
            pending: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.rollup.buckets.pending),
            stopped: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(r.rollup.stopped),
            worse: prev ? v1 > prev[2] : false,
        };
        if (previous)
            row.deltaV1 = prev ? (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signed */ .x8)(v1 - prev[2]) : 'new';
        return { row, percent: r.rollup.percent, v1 };
    })
        .sort((x, y) => x.percent - y.percent ||
        y.v1 - x.v1 ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_6__/* .compareCode */ .fn)(x.row.accountId, y.row.accountId) ||
        (0,_model_text_js__WEBPACK_IMPORTED_MODULE_6__/* .compareCode */ .fn)(x.row.region, y.row.region))
        .map((x) => x.row);
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 charts \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
function trend(points, threshold) {
    if (points.length < 2)
        return undefined;
    const W = 640;
    const H = 220;
    const left = 44;
    const right = 16;
    const top = 14;
    const bottom = 34;
    const values = points.map((p) => p.percent);
    const min = Math.min(...values, threshold);
    const lo = Math.max(0, Math.floor((min - 5) / 10) * 10);
    const span = 100 - lo || 100;
    const xAt = (i) => left + (i * (W - left - right)) / (points.length - 1);
    const yAt = (v) => top + ((100 - v) / span) * (H - top - bottom);
    const svgPoints = points.map((p, i) => ({
        x: xAt(i).toFixed(1),
        y: yAt(p.percent).toFixed(1),
        label: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(p.at)}: ${(0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(p.compliant, p.inScope)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.compliant)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.inScope)})`,
    }));
    const mid = lo + span / 2;
    const day = (iso) => iso.slice(5, 10);
    const labelIdx = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])];
    const xLabels = labelIdx.map((i, n) => ({
        x: xAt(i).toFixed(1),
        label: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(points[i].at).slice(0, 10),
        anchor: n === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle',
    }));
    // Mermaid: labels are dates we format ourselves; values are numbers re-derived from counts.
    const mermaid = (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .trusted */ .IZ)([
        '```mermaid',
        'xychart-beta',
        `    title "IMDSv2 enforcement, last ${points.length} runs"`,
        `    x-axis [${points.map((p) => `"${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidLabel */ ._b)(day(p.at))}"`).join(', ')}]`,
        `    y-axis "Enforcement %" ${lo} --> 100`,
        `    line [${values.map((v) => (Math.floor(v * 10) / 10).toFixed(1)).join(', ')}]`,
        '```',
    ].join('\n'));
    return {
        runs: points.length,
        first: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(points[0].at),
        last: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(points[points.length - 1].at),
        mermaid,
        svg: {
            width: W,
            height: H,
            polyline: svgPoints.map((p) => `${p.x},${p.y}`).join(' '),
            points: svgPoints,
            thresholdY: yAt(Math.max(lo, threshold)).toFixed(1),
            gridlines: [100, mid, lo].map((v) => ({ y: yAt(v).toFixed(1), label: `${Math.round(v)}%` })),
            xLabels,
        },
        rows: [...points].reverse().map((p) => ({
            at: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatScanTime */ .q7)(p.at),
            percentText: (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(p.compliant, p.inScope),
            compliant: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.compliant),
            inScope: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.inScope),
            v1: (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .num */ .bu)(p.buckets[1]),
        })),
    };
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 next steps \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
const COMPLIANCE_MAPPING = [
    { framework: 'AWS Security Hub', control: 'EC2.8 (High)', scope: 'EC2 instances should use IMDSv2' },
    { framework: 'AWS Security Hub', control: 'EC2.170', scope: 'EC2 launch templates should use IMDSv2' },
    {
        framework: 'AWS Security Hub',
        control: 'AutoScaling.3',
        scope: 'Auto Scaling launch configurations should require IMDSv2',
    },
    {
        framework: 'CIS AWS Foundations',
        control: '5.6 (v2.0, v3.0)',
        scope: 'EC2 metadata service only allows IMDSv2',
    },
    {
        framework: 'CIS AWS Foundations',
        control: '5.7 (v4.0, v5.0)',
        scope: 'EC2 metadata service only allows IMDSv2',
    },
    {
        framework: 'CIS AWS Foundations',
        control: '6.7 (v6.0)',
        scope: 'EC2 metadata service only allows IMDSv2',
    },
    {
        framework: 'MITRE ATT&CK',
        control: 'T1552.005',
        scope: 'Unsecured Credentials: Cloud Instance Metadata API (mitigations M1042, M1037)',
    },
];
function remediationStep(a, meta) {
    const regions = [...new Set(a.instances.filter((i) => i.bucket === 'v1-allowed').map((i) => i.region))]
        .filter((r) => _format_js__WEBPACK_IMPORTED_MODULE_3__/* .REGION */ .Zg.test(r))
        .sort();
    const readRole = meta.roleToAssume && /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@\-/]+$/.test(meta.roleToAssume)
        ? meta.roleToAssume
        : undefined;
    // The account this audit scanned (apply runs per account): the role's, else the first in the report.
    const account = /^arn:aws[\w-]*:iam::(\d{12}):/.exec(readRole ?? '')?.[1] ??
        a.byAccount.map((x) => x.accountId).find((id) => /^\d{12}$/.test(id)) ??
        '123456789012';
    const partition = /^arn:(aws[\w-]*):/.exec(readRole ?? '')?.[1] ?? 'aws';
    // The sub-actions of the action that wrote this report (owner/repo@ref \u2192 owner/repo/plan@ref).
    const m = /^([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([\w./-]+)$/.exec(meta.actionRef);
    const [repo, ref] = m ? [m[1], m[2]] : [_model_action_name_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_REPOSITORY */ .Yx, _model_action_name_js__WEBPACK_IMPORTED_MODULE_7__/* .ACTION_MAJOR */ .JY];
    const regionList = regions.length ? regions.slice(0, 20).join(',') : 'all';
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .trusted */ .IZ)([
        `# Account ${account}. The complete workflow: .github/workflows/remediate.yml of IMDS Guard's repository.`,
        'concurrency: imds-guard-remediation',
        'jobs:',
        '  # 1. plan (read-only): what changes, after checking 14 days of MetadataNoToken',
        '  plan:',
        '    runs-on: ubuntu-latest',
        '    permissions: { id-token: write, contents: read }',
        '    outputs:',
        '      plan-digest: ${{ steps.plan.outputs.plan-digest }}',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - id: plan',
        `        uses: ${repo}/plan@${ref}`,
        '        with:',
        `          role-to-assume: ${readRole ?? `arn:${partition}:iam::${account}:role/IMDSGuardReadOnly`}`,
        `          regions: ${regionList}`,
        '          remediation: require-v2',
        '          v1-usage-days: 14',
        '      - uses: actions/upload-artifact@v4',
        '        with: { name: imds-guard-plan, path: imds-guard-plan.json }',
        "  # 2. apply exactly that plan (pinned by its digest), after the environment's reviewers approve",
        '  apply:',
        '    needs: plan',
        '    runs-on: ubuntu-latest',
        '    environment: imds-production',
        '    permissions: { id-token: write, contents: write }',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - uses: actions/download-artifact@v4',
        '        with: { name: imds-guard-plan }',
        `      - uses: ${repo}/apply@${ref}`,
        '        with:',
        '          plan-digest: ${{ needs.plan.outputs.plan-digest }}',
        `          role-to-assume: arn:${partition}:iam::${account}:role/IMDSGuardRemediation`,
        '          approval-environment: imds-production',
        '      - if: always()',
        '        uses: actions/upload-artifact@v4',
        '        with: { name: imds-guard-changelog, path: .imds-guard/changelog.jsonl, if-no-files-found: ignore }',
    ].join('\n'));
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 digest \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/**
 * A digest of what the report says, without what changes on every run (scan time, durations, run
 * links, the trend): the sticky comment is rewritten only when this changes.
 */
function substantiveDigest(a, reportId, version, baseline) {
    const v1 = a.instances
        .filter((i) => i.bucket === 'v1-allowed')
        .map((i) => [
        i.accountId,
        i.region,
        i.instanceId,
        i.name ?? '',
        i.state === 'stopped' || i.state === 'stopping' ? 'stopped' : 'up',
        i.risk ?? '',
        i.instanceProfileArn ?? '',
        i.metadata.httpPutResponseHopLimit ?? 1,
        i.exception ? [i.exception.honoured, i.exception.reason, i.exception.expires ?? ''] : null,
        // Whether it made IMDSv1 calls (not how many: that changes every day).
        i.v1Calls === undefined ? '' : i.v1Calls > 0,
    ]);
    const canonical = JSON.stringify({
        reportId,
        version,
        rule: a.rule.id,
        gate: [a.gate.passed, a.gate.threshold, a.gate.failures],
        totals: a.totals,
        regions: a.byRegion.map((r) => [r.accountId, r.region, r.rollup]),
        accounts: a.byAccount.map((x) => [x.accountId, x.status, x.error?.code ?? '', x.rollup]),
        failedRegions: a.failedRegions.map((r) => [
            r.accountId,
            r.region,
            r.error?.code ?? '',
            r.error?.message ?? '',
        ]),
        failedAccounts: a.failedAccounts.map((x) => [x.accountId, x.error?.code ?? '']),
        v1,
        posture: a.posture ?? null,
        autoScaling: (a.autoScalingGroups ?? []).map((g) => [g.accountId, g.region, g.name, g.verdict, g.reason]),
        rejected: a.instances.filter((i) => (i.v1Rejected ?? 0) > 0).map((i) => i.instanceId),
        byTag: a.byTag ? [a.byTag.key, a.byTag.rows.map((r) => [r.value, r.rollup])] : null,
        hopLimit: a.hopLimit ? a.hopLimit.findings.map((f) => [f.instanceId, f.hopLimit, f.allowed]) : null,
        outOfScope: a.outOfScope,
        baseline: baseline
            ? [
                baseline.scannedAt,
                baseline.regressions.map((r) => [r.instance.instanceId, r.was ?? '']),
                baseline.fixed,
            ]
            : null,
    });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical).digest('hex').slice(0, 32);
}


/***/ }),

/***/ 2870:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ ruleSplit),
/* harmony export */   k4: () => (/* binding */ hopLimitView),
/* harmony export */   x2: () => (/* binding */ usageView)
/* harmony export */ });
/* harmony import */ var _assess_assess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(854);
/* harmony import */ var _assess_usage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(177);
/* harmony import */ var _model_text_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7798);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7703);
/* harmony import */ var _links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4503);
/* harmony import */ var _view_parts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9054);
/* harmony import */ var _view_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3357);
/**
 * Parts of the view not yet declared as section modules (sections/): the rule's split (compliant
 * against not compliant, and what each is made of), who still uses IMDSv1, and hop-limit findings.
 * Pure, like view.ts; strings are raw text (Markdown escapes the whole view later).
 */








const BAR_WIDTH = 600;
/** The parts of the split, in bar order: compliant ones first. Labels depend on the rule. */
function parts(ruleId) {
    const orDisabled = ruleId === 'ec2.8-or-disabled';
    return [
        { key: 'v2-required', compliant: true, label: 'IMDSv2 required', cls: 'b-v2-required' },
        { key: 'pending', compliant: true, label: 'pending \u2192 required', cls: 'b-pending' },
        {
            key: 'disabled',
            compliant: true,
            label: orDisabled ? 'endpoint disabled' : 'endpoint disabled with tokens required',
            cls: 'b-disabled',
        },
        { key: 'exempt', compliant: true, label: 'exempted', cls: 'b-exempt' },
        { key: 'v1-allowed', compliant: false, label: 'IMDSv1 allowed', cls: 'b-v1-allowed' },
        {
            key: 'disabled',
            compliant: false,
            label: 'endpoint disabled, tokens optional',
            cls: 'b-disabled-open',
        },
        { key: 'pending', compliant: false, label: 'pending \u2192 optional', cls: 'b-pending-open' },
    ];
}
function partOf(i) {
    if (i.compliant)
        return { key: i.bucket, compliant: true };
    if (i.exception?.honoured)
        return { key: 'exempt', compliant: true };
    return { key: i.bucket, compliant: false };
}
/**
 * Compliant against not compliant under the named rule, and what each side is made of, so the
 * headline's numerator adds up: pending changes and endpoint-disabled instances with tokens required
 * count as compliant under EC2.8.
 */
function ruleSplit(a) {
    const t = a.totals;
    const counts = new Map();
    for (const i of a.instances) {
        const p = partOf(i);
        const k = `${p.compliant}/${p.key}`;
        counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    let x = 0;
    const segments = parts(a.rule.id).map((p) => {
        const count = counts.get(`${p.compliant}/${p.key}`) ?? 0;
        const width = t.inScope === 0 ? 0 : (count / t.inScope) * BAR_WIDTH;
        const seg = {
            bucket: p.key,
            compliant: p.compliant,
            label: `${p.compliant ? 'Compliant' : 'Not compliant'}: ${p.label}`,
            count,
            countText: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(count),
            shareText: t.inScope === 0 ? '0%' : (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(count, t.inScope),
            cls: p.cls,
            x: x.toFixed(2),
            width: width.toFixed(2),
        };
        x += width;
        return seg;
    });
    const line = (compliant) => {
        const shown = segments.filter((s) => s.compliant === compliant && s.count > 0);
        const total = shown.reduce((n, s) => n + s.count, 0);
        const head = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(total)} ${compliant ? 'compliant' : 'not compliant'}`;
        if (shown.length === 0)
            return head;
        if (shown.length === 1)
            return `${head}: all ${shown[0].label.replace(/^[^:]+: /, '')}`;
        return `${head} = ${shown.map((s) => `${s.countText} ${s.label.replace(/^[^:]+: /, '')}`).join(' + ')}`;
    };
    const notCompliant = t.inScope - t.compliant;
    const mermaid = t.inScope === 0
        ? undefined
        : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .trusted */ .IZ)([
            '```mermaid',
            `pie showData title In-scope instances under ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidLabel */ ._b)(a.rule.id)}`,
            ...(t.compliant ? [`    "Compliant" : ${t.compliant}`] : []),
            ...(notCompliant ? [`    "Not compliant" : ${notCompliant}`] : []),
            '```',
        ].join('\n'));
    return {
        segments,
        mermaid,
        total: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(t.inScope),
        width: BAR_WIDTH,
        compliantText: line(true),
        notCompliantText: line(false),
    };
}
function usageView(a, scannedAtMs) {
    const u = a.v1Usage;
    if (!u)
        return undefined;
    const inUse = a.instances
        .filter((i) => i.bucket === 'v1-allowed' && (i.v1Calls ?? 0) > 0)
        .sort((x, y) => (y.v1Calls ?? 0) - (x.v1Calls ?? 0) || (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .byRisk */ .x9)(x, y));
    const rejected = a.instances
        .filter(_assess_usage_js__WEBPACK_IMPORTED_MODULE_6__/* .brokenByHardening */ .dG)
        .sort((x, y) => (y.v1Rejected ?? 0) - (x.v1Rejected ?? 0) || (0,_model_text_js__WEBPACK_IMPORTED_MODULE_7__/* .compareCode */ .fn)(x.instanceId, y.instanceId));
    const errors = u.errors.map((e) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .WV)(`${e.metric} in ${e.region}${e.accountId ? ` (${e.accountId})` : ''}: ${e.code}`, 200));
    return {
        days: u.days,
        windowText: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatScanTime */ .q7)(u.from).slice(0, 10)} \u2192 ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatScanTime */ .q7)(u.to).slice(0, 10)}`,
        safe: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(u.safe),
        inUse: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(u.inUse),
        unknown: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(u.unknown),
        rejected: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(u.rejected),
        hasUnknown: u.unknown > 0,
        hasRejected: u.rejected > 0,
        inUseRows: _view_types_js__WEBPACK_IMPORTED_MODULE_5__/* .RowList */ .DI.of(inUse, (i) => (0,_view_parts_js__WEBPACK_IMPORTED_MODULE_4__/* .instanceRow */ .y7)(i, scannedAtMs)),
        rejectedRows: _view_types_js__WEBPACK_IMPORTED_MODULE_5__/* .RowList */ .DI.of(rejected, (i) => {
            const l = (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .linked */ .q)('instance', i.region, i.instanceId);
            return {
                name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .WV)(i.name ?? '', 80),
                instanceId: i.instanceId,
                url: l.url,
                link: l.link,
                accountId: i.accountId,
                region: i.region,
                rejected: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(i.v1Rejected ?? 0),
                rejectedValue: i.v1Rejected ?? 0,
            };
        }),
        errors: [...new Set(errors)],
    };
}
function hopLimitView(a) {
    const h = a.hopLimit;
    if (!h)
        return undefined;
    return {
        policy: `${h.policy.plain} for plain hosts, ${h.policy.container} for container hosts (hop-limit-policy: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .WV)(h.policy.raw, 40)})`,
        count: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(h.findings.length),
        containerHosts: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(h.containerHosts),
        rows: _view_types_js__WEBPACK_IMPORTED_MODULE_5__/* .RowList */ .DI.of(h.findings, (f) => {
            const l = (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .linked */ .q)('instance', f.region, f.instanceId);
            return {
                name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .WV)(f.name ?? '', 80),
                instanceId: f.instanceId,
                url: l.url,
                link: l.link,
                accountId: f.accountId,
                region: f.region,
                hopLimit: f.hopLimit,
                allowed: f.allowed,
                host: f.containerHost ? 'container host' : 'plain host',
            };
        }),
    };
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ RowList),
/* harmony export */   dw: () => (/* binding */ RISK_RANK),
/* harmony export */   mC: () => (/* binding */ RISK_LABELS),
/* harmony export */   tN: () => (/* binding */ BUCKET_LABELS)
/* harmony export */ });
const BUCKET_LABELS = {
    'v2-required': 'IMDSv2 required',
    'v1-allowed': 'IMDSv1 allowed',
    disabled: 'Endpoint disabled',
    pending: 'Change pending',
};
const RISK_LABELS = {
    'role-public': 'Role + public IP',
    role: 'Role',
    'no-role': 'No role',
};
const RISK_RANK = { 'role-public': 1, role: 2, 'no-role': 3 };
/**
 * A long list of report rows (one per instance: the IMDSv1-allowed list, who uses IMDSv1, broken by
 * hardening, regressions, hop limit), made a slice at a time as the report renders (stream.ts) rather
 * than all at once: at 100,000 instances the rows of a whole fleet are ~40 MB that no report needs
 * together. `length` is an own property, so templates read it (`{{#if rows.length}}`) as an array's.
 */
class RowList {
    length;
    rowsAt;
    constructor(length, rowsAt) {
        this.length = length;
        this.rowsAt = rowsAt;
    }
    static of(source, make) {
        return new RowList(source.length, (start, end) => source.slice(start, end).map((item) => make(item)));
    }
    /** Rows `start` to `end` (exclusive), made now; with no arguments, every row. */
    slice(start = 0, end = this.length) {
        return this.rowsAt(start, end);
    }
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
    for (const i of a.instances.filter((x) => x.instanceProfileArn)) {
        const name = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .profileName */ .vR)(i.instanceProfileArn);
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


/***/ }),

/***/ 5832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ optionalWorkspacePath),
/* harmony export */   Cg: () => (/* binding */ checkPath),
/* harmony export */   Hh: () => (/* binding */ tagKeyProblem),
/* harmony export */   Im: () => (/* binding */ listWithExcludes),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qh: () => (/* binding */ splitExcludes),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   VJ: () => (/* binding */ TRUE_WORDS),
/* harmony export */   WD: () => (/* binding */ FALSE_WORDS),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7418);
/**
 * How one input is read: each row of the inputs table (inputs.ts) names a field parser that turns the
 * input's text into its typed value, reporting what is wrong through the context. The parsers here are
 * the shapes several inputs share; an input with a grammar of its own has its parser beside its section.
 */


const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];
/** The text as given. */
const text = (raw) => raw;
/** The text, or undefined when it is empty. */
const optionalText = (raw) => raw || undefined;
const flag = (raw, ctx) => {
    const v = raw.toLowerCase();
    if (TRUE_WORDS.includes(v))
        return true;
    if (FALSE_WORDS.includes(v))
        return false;
    ctx.fail(`'${raw}' is not a boolean; use true or false`);
    return false;
};
const wholeNumber = (min, max) => (raw, ctx) => {
    if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
        ctx.fail(`'${raw}' is not a whole number from ${min} to ${max}`);
        return min;
    }
    return Number(raw);
};
const oneOf = (allowed) => (raw, ctx) => {
    const v = raw.toLowerCase();
    if (allowed.includes(v))
        return v;
    ctx.fail(`'${raw}' is not one of: ${allowed.join(', ')}`);
    return allowed[0];
};
/** Splits a list input on commas and newlines, trimming blanks (YAML block scalars work too). */
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/**
 * A list input's entries split into those it names and those it excludes: `!us-west-1`, `!i-0123\u2026`,
 * `!123456789012`, `!Key=Value` (regions, instances, accounts, tags).
 */
function splitExcludes(items) {
    const named = [];
    const excluded = [];
    for (const item of items) {
        if (item.startsWith('!'))
            excluded.push(item.slice(1).trim());
        else
            named.push(item);
    }
    return { named, excluded };
}
/** A list whose `!entry` items exclude; every entry, named or excluded, must match `pattern`. */
function listWithExcludes(items, pattern, what, ctx) {
    const bad = items.filter((i) => !pattern.test(i.startsWith('!') ? i.slice(1).trim() : i));
    if (bad.length)
        ctx.fail(`${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${what}`);
    return splitExcludes(items.filter((i) => !bad.includes(i)));
}
/** Why `key` is not an EC2 tag key (1 to 128 characters without control characters), or undefined. */
function tagKeyProblem(key) {
    if (key.length > 128)
        return `is ${key.length} characters long`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a tag key holds no control characters
    if (/[\u0000-\u001f\u007f]/.test(key))
        return 'contains a control character';
    return undefined;
}
/**
 * A path input resolved inside the workspace, or why not: absolute paths outside it, `..` escapes and
 * anything under `.git/` (hooks, config) are refused. Checked with the other inputs, before any AWS call.
 * This judges the text only; `workspacePath` also checks the path on disk for symbolic links
 * (src/fs/safe.ts linkProblem), and every read and write checks again when it opens the file.
 */
function resolveInWorkspace(workspace, value) {
    if (value.includes('\0'))
        return { problem: 'contains a NUL character' };
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace);
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(root, value);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)) {
        return {
            problem: `'${value}' is outside the workspace (${root}); give a path inside it, e.g. imds-guard/${value.split(/[\\/]/).pop() || 'file'}`,
        };
    }
    if (rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep)[0] === '.git') {
        return {
            problem: `'${value}' is inside .git/; IMDS Guard never writes or reads there. Choose another folder.`,
        };
    }
    return abs;
}
/**
 * A workspace path, as given ('' stays ''). `links`: whether the file may be a link that stays inside the
 * workspace (src/pipeline/files.ts). A glob is judged as text only.
 */
function checkPath(value, ctx, links = 'refuse') {
    if (value === '')
        return value;
    const r = resolveInWorkspace(ctx.workspace, value);
    if (typeof r !== 'string')
        ctx.fail(r.problem);
    else if (!/[*?[]/.test(value)) {
        const problem = (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .linkProblem */ .kD)(ctx.workspace, r, links, ctx.input);
        if (problem)
            ctx.fail(problem);
    }
    return value;
}
const workspacePath = (links = 'refuse') => (raw, ctx) => checkPath(raw, ctx, links);
const optionalWorkspacePath = (links = 'refuse') => (raw, ctx) => checkPath(raw, ctx, links) || undefined;


/***/ })

};
