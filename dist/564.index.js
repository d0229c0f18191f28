export const id = 564;
export const ids = [564];
export const modules = {

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
            (containerTemplates.size > 0 &&
                !!i.launchTemplateId &&
                containerTemplates.has(`${i.accountId}/${i.region}/${i.launchTemplateId}`));
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
        (0,reach/* compareReach */.F9)(ea?.reach?.level ?? 'narrow', eb?.reach?.level ?? 'narrow') ||
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
            // Exploited first, then the risk tier (0\u20132), then the role's reach (0\u20134): one number.
            rank: (e?.findings.length ? 0 : 100) + RISK_ORDER[i.risk ?? 'no-role'] * 10 + (0,reach/* reachRank */.un)(e?.reach?.level),
            hop: i.metadata.httpPutResponseHopLimit ?? 1,
            launch: i.launchTime ?? '',
        };
    });
    keyed.sort((a, b) => a.rank - b.rank ||
        b.hop - a.hop ||
        (0,model_text/* compareCode */.fn)(a.launch, b.launch) ||
        (0,model_text/* compareCode */.fn)(a.i.instanceId, b.i.instanceId));
    return keyed.map((k) => k.i);
}
function assessInstance(instance, options, inPlace = false) {
    const bucket = (0,rules/* bucketOf */.AU)(instance.metadata);
    const compliant = (0,rules/* isCompliant */.Mm)(instance.metadata, options.rule);
    let assessed;
    if (inPlace && !('bucket' in instance)) {
        // The scanned record itself gains the assessment's fields, in the order a copy would have them.
        assessed = instance;
        assessed.bucket = bucket;
        assessed.compliant = compliant;
    }
    else {
        // Object.assign, not a spread: Node 20's V8 gives each spread copy of a record that came from a
        // worker a hidden class of its own (100,000 instances, 100,000 classes, ~50 MB of shape data).
        // Node 24 shares them either way; Object.assign shares them on both.
        assessed = Object.assign({}, instance, { bucket, compliant });
    }
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
/** The group of an account's region, by account then region (no key string built per instance). */
function groupFor(groups, accountId, region) {
    let regions = groups.get(accountId);
    if (!regions) {
        regions = new Map();
        groups.set(accountId, regions);
    }
    let g = regions.get(region);
    if (!g) {
        g = { accountId, region, rollup: emptyRollup(), instances: [] };
        regions.set(region, g);
    }
    return g;
}
/**
 * The assessment of an inventory. With `inPlace`, its in-scope instances become the assessed ones (each
 * record gains its assessment's fields; one already assessed is copied as without it): for a caller that
 * drops the scanned list right after, as an audit does, a large fleet is then held once, not twice (at
 * 100,000 instances, ~30 MB less heap while it is assessed and ~10 MB less for the reports).
 */
function assess(inventory, options, { inPlace = false } = {}) {
    const totals = emptyRollup();
    const groups = new Map();
    const accounts = new Map();
    for (const r of inventory.regions) {
        if (r.status === 'ok')
            groupFor(groups, r.accountId, r.region);
    }
    for (const a of inventory.accounts)
        accounts.set(a.accountId, emptyRollup());
    // In the inventory's order (expired exceptions are listed in it), and by account and region.
    const instances = [];
    let outOfScope = 0;
    for (const instance of inventory.instances) {
        if (!(0,rules/* inScope */.SB)(instance, options.includeStopped)) {
            outOfScope++;
            continue;
        }
        const a = assessInstance(instance, options, inPlace);
        instances.push(a);
        add(totals, a);
        const g = groupFor(groups, a.accountId, a.region);
        add(g.rollup, a);
        g.instances.push(a);
        add(rollupFor(accounts, a.accountId), a);
    }
    finish(totals);
    const regionGroups = [...groups.values()]
        .flatMap((regions) => [...regions.values()])
        .sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region));
    const byRegion = regionGroups.map((g) => ({
        accountId: g.accountId,
        region: g.region,
        rollup: finish(g.rollup),
    }));
    // Ordered by account, region and id: the regions in order, each one's instances by id (a sort of
    // each region's instances by id alone, not of the whole fleet by three keys).
    const ordered = regionGroups.flatMap((g) => g.instances.sort((a, b) => (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId)));
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
        instances: ordered,
        outOfScope,
        expiredExceptions,
        gate: { passed: true, threshold: options.threshold, percent: totals.percent, failures: [] },
    };
    const posture = (0,assess_posture/* assessPosture */.HZ)(inventory);
    if (posture)
        assessment.posture = posture;
    if (inventory.v1Usage)
        assessment.v1Usage = (0,usage/* assessV1Usage */.ZM)(ordered, inventory.v1Usage);
    if (inventory.exposure)
        assessment.exposure = (0,exposure/* assessExposure */.mB)(inventory.exposure, ordered);
    if (inventory.autoScalingLaunches)
        assessment.autoScalingGroups = (0,asg/* evaluateAutoScalingGroups */.kk)(inventory.autoScalingLaunches);
    if (options.groupByTag)
        assessment.byTag = tagRollups(ordered, options.groupByTag);
    if (options.hopLimitPolicy)
        assessment.hopLimit = hopLimitFindings(ordered, inventory.launchTemplates ?? [], options.hopLimitPolicy);
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
        .sort((a, b) => (0,_model_reach_js__WEBPACK_IMPORTED_MODULE_0__/* .compareReach */ .F9)(a.level, b.level) ||
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
    const tags = instance.tags;
    if (!tags)
        return false;
    // Read for every instance, twice (the hop-limit findings and the guardrails): no closure per key.
    for (const k of Object.keys(tags)) {
        if (CONTAINER_TAG_KEYS.has(k))
            return true;
        for (const p of CONTAINER_TAG_PREFIXES)
            if (k.startsWith(p))
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
    let last;
    for (const i of instances) {
        // Instances come by location: most have the one before's account and region.
        if (last && last.accountId === i.accountId && last.region === i.region)
            continue;
        last = i;
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

/***/ 8132:
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
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1279);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7309);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5041);
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
            h = new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_4__.NodeHttpHandler({
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
        return this.get(session, budget, `ec2/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .EC2Client */ .gu(this.config(region, session, c)));
    }
    sts(session, region) {
        return this.get(session, 'gate', `sts/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .STSClient */ .iM(this.config(region, session, c)));
    }
    /** CloudWatch (readiness) is secondary by default. */
    cloudwatch(session, region, budget = 'secondary') {
        return this.get(session, budget, `cw/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .CloudWatchClient */ .WB(this.config(region, session, c)));
    }
    organizations(session, region) {
        return this.get(session, 'gate', `org/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .OrganizationsClient */ .gn(this.config(region, session, c)));
    }
    /** Auto Scaling (launch posture) is secondary by default. */
    autoscaling(session, region, budget = 'secondary') {
        return this.get(session, budget, `asg/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .AutoScalingClient */ .yi(this.config(region, session, c)));
    }
    /** Exposure context (GuardDuty, IAM, other IMDS services): secondary, never fatal. */
    guardduty(session, region) {
        return this.get(session, 'secondary', `gd/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .GuardDutyClient */ .xI(this.config(region, session, c)));
    }
    /** IAM is global: one client per session (signed for `region`, the home region). */
    iam(session, region) {
        return this.get(session, 'secondary', 'iam', (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .IAMClient */ .h8(this.config(region, session, c)));
    }
    sagemaker(session, region) {
        return this.get(session, 'secondary', `sm/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .SageMakerClient */ .kH(this.config(region, session, c)));
    }
    beanstalk(session, region) {
        return this.get(session, 'secondary', `eb/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .ElasticBeanstalkClient */ .E8(this.config(region, session, c)));
    }
    lightsail(session, region) {
        return this.get(session, 'secondary', `ls/${region}`, (c) => new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .LightsailClient */ .dS(this.config(region, session, c)));
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
// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/posture.js
var aws_posture = __webpack_require__(3305);
// EXTERNAL MODULE: ./lib/aws/sdk.js
var sdk = __webpack_require__(5041);
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
        const page = await ec2.send(new sdk/* DescribeLaunchTemplateVersionsCommand */.Pt({
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
        const out = await client.send(new sdk/* ListDetectorsCommand */.pg({ MaxResults: 50 }));
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
            const out = await client.send(new sdk/* ListFindingsCommand */.m_({
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
            const out = await client.send(new sdk/* GetFindingsCommand */.OX({ DetectorId: detectorId, FindingIds: ids.slice(i, i + FINDINGS_BATCH) }));
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

// EXTERNAL MODULE: ./lib/model/reach.js
var model_reach = __webpack_require__(5798);
;// CONCATENATED MODULE: ./lib/aws/iam.js




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
                    version = (await iam.send(new sdk/* GetPolicyCommand */.s4({ PolicyArn: arn }))).Policy?.DefaultVersionId;
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
                    const v = await iam.send(new sdk/* GetPolicyVersionCommand */.G4({ PolicyArn: arn, VersionId: version }));
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
                        const out = await iam.send(new sdk/* ListAttachedRolePoliciesCommand */.wf({ RoleName: roleName, Marker: marker }));
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
                        const out = await iam.send(new sdk/* ListRolePoliciesCommand */.Y7({ RoleName: roleName, Marker: marker }));
                        for (const name of out.PolicyNames ?? []) {
                            try {
                                const d = await iam.send(new sdk/* GetRolePolicyCommand */.Dk({ RoleName: roleName, PolicyName: name }));
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
            const out = await iam.send(new sdk/* GetInstanceProfileCommand */.Q({ InstanceProfileName: name }));
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
        const judged = (0,model_reach/* reachOf */.xw)(docs);
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

;// CONCATENATED MODULE: ./lib/aws/other-imds.js



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
                const out = await c.sagemaker.send(new sdk/* ListNotebookInstancesCommand */.HD({ MaxResults: 100, NextToken: token }));
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
                const d = await c.sagemaker.send(new sdk/* DescribeNotebookInstanceCommand */.Vr({ NotebookInstanceName: name }));
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
                const out = await c.beanstalk.send(new sdk/* DescribeEnvironmentsCommand */.$8({ IncludeDeleted: false, MaxRecords: 1000, NextToken: token }));
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
                const out = await c.beanstalk.send(new sdk/* DescribeConfigurationSettingsCommand */.yA({ ApplicationName: env.app, EnvironmentName: env.name }));
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
                const out = await c.lightsail.send(new sdk/* GetInstancesCommand */.g4({ pageToken: token }));
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
 * Resolves after one I/O poll: when the scan starts, the regions' secondary reads wait for it, so every
 * region's first DescribeInstances is on its socket first. Setting up a call costs the run's thread
 * about a millisecond (the SDK's middleware, signing), and a scan starts ~10 per region: over 24 regions
 * the first DescribeInstances waited ~0.2 s behind that set-up. Set up one region per turn instead, the
 * reads made moto (a single-threaded emulator) slower in 13 rounds of 16 (docs/performance.md).
 */
function afterOnePoll() {
    const turn = () => new Promise((r) => setImmediate(r));
    return turn().then(turn);
}
/**
 * One region: its instances under the concurrency slot and, started just after them on the secondary
 * budget, its posture, exposure and Auto Scaling launches (awaited after the slot is released, so no
 * region's scan, nor the next region's start, waits on a secondary call).
 */
async function collectRegion(account, region, c) {
    const { options, clients, withPosture, exposure } = c;
    const { result, posture, asgLaunches } = await c.limit(async () => {
        let settle = () => { };
        const scanned = new Promise((r) => {
            settle = r;
        });
        // The region's instances first: its first DescribeInstances is the scan's critical path.
        const scanning = (0,inventory/* scanRegion */.Gw)(clients.ec2(account, region, 'gate'), account.accountId, region, options.scope.includeStopped, c.log, c.pool, options.onInstances && ((list) => options.onInstances?.(account, list)));
        scanning.catch(() => undefined); // awaited below, once the secondary reads are started
        await c.secondaryStart;
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
        const result = await scanning;
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
    // Large regions' pages are parsed on a worker thread (scan/parse-pool.ts); small fleets never start one.
    const pool = new parse_pool/* ParsePool */.o0();
    const context = {
        options,
        clients,
        log,
        pool,
        limit,
        withPosture,
        exposure,
        secondaryStart: afterOnePoll(),
    };
    const jobs = plan.flatMap(({ account, regions }) => regions.map((r) => collectRegion(account, r, context)));
    options.onScanStarted?.();
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

// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/aws/clients.js
var clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/scan/parse-pool.js
var parse_pool = __webpack_require__(3855);
// EXTERNAL MODULE: ./lib/aws/sdk.js
var sdk = __webpack_require__(5041);
// EXTERNAL MODULE: ./lib/aws/scan/page-bytes.js
var page_bytes = __webpack_require__(2406);
// EXTERNAL MODULE: ./lib/aws/scan/raw-body.js
var raw_body = __webpack_require__(5622);
;// CONCATENATED MODULE: ./lib/aws/scan/partition.js




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
/**
 * Whether a first page's ids let the rest of the region be partitioned: every id of EC2's shape (the
 * prefixes then provably cover them all) and not concentrated under one prefix.
 */
function partitionable(sampleIds) {
    return sampleIds.every((id) => prefixOf(id) !== undefined) && !concentrated(sampleIds);
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
async function page(ec2, filters, next, pacer, parse, first = false) {
    // The worker parsing it died with the body: ask again (as a retry would) and parse it here.
    const again = () => pageOnce(ec2, filters, next, pacer, parse, true, first);
    let answer;
    try {
        answer = await pageOnce(ec2, filters, next, pacer, parse, false, first);
    }
    catch (e) {
        if (e instanceof parse_pool/* PageLost */.or)
            return again();
        throw e;
    }
    if (!answer.early)
        return answer;
    const read = answer.page.catch(async (e) => {
        if (e instanceof parse_pool/* PageLost */.or)
            return (await again()).page;
        throw e;
    });
    read.catch(() => undefined); // thrown where the page is awaited
    return { ...answer, page: read };
}
async function pageOnce(ec2, filters, next, pacer, parse, lost, first) {
    await pacer.take();
    const command = new sdk/* DescribeInstancesCommand */.bN({ Filters: filters, MaxResults: PAGE_SIZE, NextToken: next });
    let records;
    let parsing;
    let early;
    let sample;
    if (parse) {
        const { pool, accountId, region } = parse;
        (0,raw_body/* takeRawBody */.w)(command, 'imdsGuardParsePool', EMPTY_RESPONSE, (body) => {
            const bytes = (0,page_bytes/* chunksBytes */.o2)(body);
            // A large region's first page that can be partitioned: its instances come back in the
            // partitions, so only its ids are read (the partitions' plan, and the check that they came back).
            if (first && (0,page_bytes/* hasNextToken */.xb)(body)) {
                const ids = (0,page_bytes/* rawInstanceIds */.SM)(body);
                if (ids && partitionable(ids)) {
                    sample = ids;
                    pool.sampled();
                    pool.budget.release(bytes);
                    // The page's bytes go now, not at this thread's next collection.
                    (0,page_bytes/* releaseChunks */.IP)(body.filter(page_bytes/* ownsBuffer */.IC));
                    return;
                }
            }
            // A large region's page goes to a worker (or, lost once, is read here); a small region's one
            // page is read here too, by the same reader (a third of the SDK's parse time, no object tree).
            // Its bytes count against the pool's budget until it is parsed (read before the transfer).
            const large = pool.wants(body);
            if (large && !lost) {
                early = (0,page_bytes/* rawNextToken */.HV)(body);
                parsing = pool.parse(body, accountId, region).finally(() => pool.budget.release(bytes));
                parsing.catch(() => undefined); // thrown where the page is awaited
                return;
            }
            try {
                records = large
                    ? pool.parseLost(body, accountId, region)
                    : pool.parseInline(body, accountId, region);
            }
            finally {
                pool.budget.release(bytes);
            }
        }, (stream) => pool.budget.read(stream));
    }
    const out = await ec2.send(command);
    if (sample) {
        const p = { ids: sample };
        return { next: undefined, early: false, page: Promise.resolve(p) };
    }
    if (parsing) {
        const token = early;
        const read = parsing.then((r) => {
            if (token !== undefined && r.nextToken !== token)
                throw new Error(`DescribeInstances page: the nextToken read from the raw body is not the parsed page's (${JSON.stringify(token.slice(0, 64))})`);
            return { records: r, next: r.nextToken };
        });
        if (token !== undefined)
            return { next: token, early: true, page: read };
        const p = await read;
        return { next: p.next, early: false, page: Promise.resolve(p) };
    }
    const p = records ? { records, next: records.nextToken } : { out, next: out.NextToken };
    return { next: p.next, early: false, page: Promise.resolve(p) };
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
    if (p.ids)
        return p.ids;
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
    const first = await (await page(ec2, opts.filters, undefined, pacer, opts.parse, true)).page;
    opts.onPage?.();
    if (!first.ids && !first.next) {
        emit(first, opts);
        return { pages, partitions: 0 };
    }
    const ids = idsOf(first);
    const sample = new Set();
    for (const id of ids)
        if (id)
            sample.add(id);
    // Every id kept so far: no instance is passed on twice, whatever the endpoint answers.
    const seen = new Set();
    /** Set when the partitions' answers are not to be trusted: every chain stops after its page. */
    let unproven;
    /**
     * Pages one chain to its end (or until `unproven` is set); `inspect` sees each page first. A page
     * whose token came early is read while the next one is asked for; pages are inspected and emitted in
     * their order, and a failed one stops the chain.
     */
    const chain = async (filters, start, inspect) => {
        let next = start;
        let handled = Promise.resolve();
        let failed = false;
        do {
            const answer = await page(ec2, filters, next, pacer, opts.parse);
            pages++;
            opts.onPage?.();
            const before = handled;
            handled = answer.page.then(async (p) => {
                await before;
                inspect?.(p);
                emit(p, opts, seen);
            });
            handled.catch(() => {
                failed = true;
            });
            if (!answer.early)
                await handled;
            next = answer.next;
        } while (next && unproven === undefined && !failed);
        await handled;
    };
    if (ids.some((id) => !id) || !partitionable(ids)) {
        // Read serially on from the first page (an ids-only page is never this: it was read as one because
        // it is partitionable).
        for (const id of sample)
            seen.add(id);
        emit(first, opts);
        await chain(opts.filters, first.next);
        return { pages, partitions: 0 };
    }
    // The partitions list every instance of the region, the first page's too: that page's records are
    // not passed on (a parsed one is dropped), each instance is as its partition's page has it.
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
    // From the start: the first page's instances were never passed on.
    await chain(opts.filters, undefined);
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
        out = await ec2.send(new sdk/* DescribeRegionsCommand */.cA({ AllRegions: true }));
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
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _mapping_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7775);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5041);




/** Values per `image-id` filter in one DescribeImages call. */
const IMAGE_CHUNK = 200;
async function readAccountDefaults(ec2, accountId, region) {
    const out = await ec2.send(new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .GetInstanceMetadataDefaultsCommand */ .YL({}));
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
    const pager = (0,_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeLaunchTemplateVersions */ .ZY)({ client: ec2, pageSize: 200 }, { Versions: ['$Latest', '$Default'] });
    for await (const page of pager)
        versions.push(...(page.LaunchTemplateVersions ?? []));
    return templatesFromVersions(versions, accountId, region);
}
async function readImages(ec2, accountId, region, imageIds) {
    const ids = [...new Set(imageIds)].sort();
    const out = [];
    for (let i = 0; i < ids.length; i += IMAGE_CHUNK) {
        // A filter, not ImageIds: a deregistered image then is simply absent instead of failing the call.
        const pager = (0,_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeImages */ .Xi)({ client: ec2 }, {
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
/**
 * Every Auto Scaling group of the region, as the API describes it (read once, used twice), without
 * its instances (IncludeInstances=false): a group's launch settings are what is read here, and its
 * members are the scan's. The instance lists were most of the answer's bytes.
 */
async function listAutoScalingGroups(asg) {
    const out = [];
    const pager = (0,_sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .paginateDescribeAutoScalingGroups */ .ZJ)({ client: asg, pageSize: 100 }, { IncludeInstances: false });
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
/* unused harmony exports buildQueries, readMetricDataBody, metricDataBody, queriesText */
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(370);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _scan_page_bytes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2406);
/* harmony import */ var _scan_raw_body_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5622);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5041);






/** GetMetricData accepts at most 500 queries per call. */
const MAX_QUERIES_PER_CALL = 500;
const DAY_S = 86_400;
/** The window measured: whole days, aligned to midnight UTC, ending at or after `now`. */
function usageWindow(now, days) {
    const end = new Date(Math.ceil(now.getTime() / (DAY_S * 1000)) * DAY_S * 1000);
    return { start: new Date(end.getTime() - days * DAY_S * 1000), end };
}
/** Query ids must start with a lower-case letter and hold only letters, digits and underscores. */
const QUERY_IDS = Array.from({ length: MAX_QUERIES_PER_CALL }, (_, n) => `m${n}`);
const queryId = (n) => QUERY_IDS[n] ?? `m${n}`;
const QUOTED_IDS = QUERY_IDS.map((id) => JSON.stringify(id));
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
/** A result's member named in an error: the id is the service's text, so not at any length. */
const named = (id, member) => `${JSON.stringify(id.slice(0, 64))}'s ${member}`;
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
        if (raw !== undefined && raw !== null && !Array.isArray(raw))
            return bad(named(id, 'Values'));
        if (code !== undefined && code !== null && typeof code !== 'string')
            bad(named(id, 'StatusCode'));
        const list = raw ? numbers(raw) : [];
        if (!list)
            return bad(named(id, 'Values'));
        addValues(page.values, id, list);
        if (typeof code === 'string')
            page.status.set(id, statusOf(code, messages));
    }
    return page;
}
/**
 * A result's Values as numbers: the parsed array itself when every value is a number (most results
 * hold none or only numbers: nothing is copied), the non-finite doubles the protocol writes as strings
 * read as numbers, undefined when any value is neither.
 */
function numbers(raw) {
    let i = 0;
    while (i < raw.length && typeof raw[i] === 'number')
        i++;
    if (i === raw.length)
        return raw;
    const list = raw.slice(0, i);
    for (; i < raw.length; i++) {
        const v = raw[i];
        if (typeof v === 'number')
            list.push(v);
        else if (v === 'NaN' || v === 'Infinity' || v === '-Infinity')
            list.push(Number(v));
        else
            return undefined;
    }
    return list;
}
/** Adds an id's values; `list` is taken over (a list made for this call, not copied). */
function addValues(values, id, list) {
    const have = values.get(id);
    if (have)
        have.push(...list);
    else
        values.set(id, list);
}
const encoder = new TextEncoder();
const EMPTY_JSON = encoder.encode('{}');
/** The members after MetricDataQueries, in the SDK serializer's order; undefined ones are left out. */
function restOfBody(input) {
    const seconds = (d) => (d === undefined ? undefined : d.getTime() / 1000);
    return JSON.stringify({
        StartTime: seconds(input.StartTime),
        EndTime: seconds(input.EndTime),
        NextToken: input.NextToken,
        ScanBy: input.ScanBy,
        MaxDatapoints: input.MaxDatapoints,
        LabelOptions: input.LabelOptions,
    });
}
/** `{"MetricDataQueries":[\u2026]` and the other members: the body's text. */
function bodyText(queriesJson, input) {
    const rest = restOfBody(input);
    return `{"MetricDataQueries":${queriesJson}${rest === '{}' ? '}' : `,${rest.slice(1)}`}`;
}
/**
 * A GetMetricData request body (AWS JSON 1.0), as the SDK's serializer writes it: the input's members
 * in order, undefined ones left out, timestamps as epoch seconds (test/aws/metric-data.test.ts holds
 * it to the SDK's bytes). Written here because the SDK's schema walk took ~3 ms of CPU per 500-query
 * batch, ~0.6 s of a 100,000-instance audit's run thread; this takes about a quarter of that.
 */
function metricDataBody(input) {
    return encoder.encode(bodyText(JSON.stringify(input.MetricDataQueries), input));
}
/** One query's JSON around its Id and its instance id, as JSON.stringify writes `buildQueries`' query. */
const queryTemplates = new Map();
function queryTemplate(metric) {
    let t = queryTemplates.get(metric);
    if (!t) {
        // Made from buildQueries itself, with markers no JSON text of a query holds otherwise.
        const text = JSON.stringify(buildQueries(['\u0001'], metric)[0]);
        const id = text.indexOf(JSON.stringify(queryId(0)));
        const value = text.indexOf(JSON.stringify('\u0001'));
        t = [
            text.slice(0, id),
            text.slice(id + JSON.stringify(queryId(0)).length, value),
            text.slice(value + JSON.stringify('\u0001').length),
        ];
        queryTemplates.set(metric, t);
    }
    return t;
}
/** `JSON.stringify(buildQueries(ids, metric))`, written from the ids. */
function queriesText({ ids, metric }) {
    const [head, middle, tail] = queryTemplate(metric);
    let text = '[';
    for (let n = 0; n < ids.length; n++)
        text += `${n ? ',' : ''}${head}${QUOTED_IDS[n] ?? JSON.stringify(queryId(n))}${middle}${JSON.stringify(ids[n])}${tail}`;
    return `${text}]`;
}
/**
 * The command's input for a batch: its MetricDataQueries are `buildQueries(ids, metric)`, made only
 * when something reads them (the body is `queriesText`; a client without the SDK's stack, such as a
 * test's stand-in, reads the input itself).
 */
function inputWithQueries(queries, rest) {
    let made;
    const input = { ...rest };
    Object.defineProperty(input, 'MetricDataQueries', {
        enumerable: true,
        configurable: true,
        get: () => {
            made ??= buildQueries(queries.ids, queries.metric);
            return made;
        },
    });
    return input;
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
    let values = new Map();
    let status = new Map();
    let first = true;
    let next;
    // The queries' JSON is the same on every page of the batch.
    const queriesJson = Array.isArray(queries) ? JSON.stringify(queries) : queriesText(queries);
    do {
        onCall();
        const rest = {
            StartTime: window.start,
            EndTime: window.end,
            NextToken: next,
            ScanBy: window.scanBy ?? 'TimestampDescending',
        };
        const input = Array.isArray(queries)
            ? { MetricDataQueries: queries, ...rest }
            : inputWithQueries(queries, rest);
        // The SDK serializes the batch without its queries; the body sent is metricDataBody(input)'s text.
        const command = new _sdk_js__WEBPACK_IMPORTED_MODULE_3__/* .GetMetricDataCommand */ .So(input);
        (0,_scan_raw_body_js__WEBPACK_IMPORTED_MODULE_4__/* .sendRawBody */ .F)(command, 'imdsGuardMetricDataBody', encoder.encode(bodyText(queriesJson, rest)), {
            ...rest,
            MetricDataQueries: [],
        });
        let page;
        (0,_scan_raw_body_js__WEBPACK_IMPORTED_MODULE_4__/* .takeRawBody */ .w)(command, 'imdsGuardMetricData', EMPTY_JSON, (body) => {
            page = readMetricDataBody((0,_scan_page_bytes_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeChunks */ .$N)(body));
        });
        const out = await cw.send(command);
        const got = page;
        if (got && first) {
            // The first page's maps are this answer's (most batches are one page).
            values = got.values;
            status = got.status;
            next = got.next;
        }
        else if (got) {
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
        first = false;
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
    let extra;
    for (const id of answer.values.keys())
        if (extra === undefined && !asked.has(id))
            extra = id;
    for (const id of answer.status.keys())
        if (extra === undefined && !asked.has(id))
            extra = id;
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
            const wrong = values && notACount(values);
            out.set(id, wrong === undefined
                ? { values: values ?? [] }
                : { code: 'NotACount', unknown: `a value of ${wrong}, which is not a count` });
        }
    }
    return out;
}
/** The first value that is not a count (NaN, \u00b1Infinity, negative), or undefined. */
function notACount(values) {
    for (const v of values)
        if (!Number.isFinite(v) || v < 0)
            return v;
    return undefined;
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
                const answer = await metricValues(cw, { ids, metric }, this.window, () => this.calls++);
                const readings = judgeAnswer(QUERY_IDS.slice(0, ids.length), answer);
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
/* harmony export */   HV: () => (/* binding */ rawNextToken),
/* harmony export */   IC: () => (/* binding */ ownsBuffer),
/* harmony export */   IP: () => (/* binding */ releaseChunks),
/* harmony export */   SM: () => (/* binding */ rawInstanceIds),
/* harmony export */   nQ: () => (/* binding */ decodeParts),
/* harmony export */   o2: () => (/* binding */ chunksBytes),
/* harmony export */   xb: () => (/* binding */ hasNextToken),
/* harmony export */   zq: () => (/* binding */ forTransfer)
/* harmony export */ });
/**
 * A DescribeInstances body as the chunks it arrived in (the HTTP response's reads, ~64 KB each), never
 * joined into one page-sized buffer: a page of 1,000 instances is megabytes, and glibc keeps freed
 * blocks of that size in its arenas. The chunks go to a parse worker by transfer (parse-pool.ts) and are
 * decoded there one by one, and read as those pieces.
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
 * The chunks as text, in pieces: joined, exactly `new TextDecoder().decode(whole body)` (U+FFFD for
 * bytes that are not UTF-8, as there), without joining the bytes. Each chunk is decoded on
 * TextDecoder's one-shot path (a string on V8's heap); a sequence split across two chunks is decoded
 * from its own few bytes. The pieces are read as they are (describe-instances-xml.ts reads a body in
 * windows), never joined into one page-sized string.
 */
function decodeParts(chunks) {
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
    return parts;
}
/** The chunks as one text (`decodeParts` joined): for readers that need the whole body at once. */
function decodeChunks(chunks) {
    if (chunks.length === 1)
        return first.decode(chunks[0]);
    return decodeParts(chunks).join('');
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
/** The bytes at a body's end that `rawNextToken` looks in (EC2 writes the token after the reservations). */
const TOKEN_TAIL_BYTES = 8192;
/** A token read from the raw bytes: base64 or URL-safe base64 characters only (no entity, no space). */
const PLAIN_TOKEN = /^[A-Za-z0-9+/=_-]+$/;
/**
 * A raw DescribeInstances body's `<nextToken>`, read from its last bytes before the body is parsed: the
 * next page can be asked for while this one is parsed. Undefined when there is none there, or when its
 * text is not plain (an entity, a space: then only the parse reads it exactly). The caller checks it
 * against the parsed page's token.
 */
function rawNextToken(chunks) {
    const parts = [];
    let need = TOKEN_TAIL_BYTES;
    for (let i = chunks.length - 1; i >= 0 && need > 0; i--) {
        const c = chunks[i];
        const take = Math.min(need, c.length);
        parts.unshift(c.subarray(c.length - take));
        need -= take;
    }
    const tail = Buffer.concat(parts).toString('latin1');
    const open = tail.lastIndexOf('<nextToken>');
    if (open < 0)
        return undefined;
    const close = tail.indexOf('</nextToken>', open);
    if (close < 0)
        return undefined;
    const token = tail.slice(open + '<nextToken>'.length, close);
    return PLAIN_TOKEN.test(token) ? token : undefined;
}
const ID_OPEN = Buffer.from('<instanceId>');
const ID_CLOSE = Buffer.from('</instanceId>');
/** An instance id as EC2 writes it: `i-` and lower-case hex (no entity, no space). */
const PLAIN_INSTANCE_ID = /^i-[0-9a-f]+$/;
/**
 * A raw DescribeInstances body's instance ids, in order, read without parsing the page: the text of
 * each `<instanceId>` element (EC2 writes one per instance, and none elsewhere in this answer).
 * Undefined when one is not plain (then only the parse reads it exactly) or when there is none. Each
 * id is a string of its own, not a slice of the page's text (which would keep the page alive).
 */
function rawInstanceIds(chunks) {
    // The chunks joined: a tag cut across chunks is whole there. A `<` in a value is escaped, so each
    // `<instanceId>` is a tag (a multi-byte character's bytes are all above ASCII).
    const body = Buffer.concat(chunks);
    const ids = [];
    for (let at = body.indexOf(ID_OPEN); at >= 0; at = body.indexOf(ID_OPEN, at)) {
        const start = at + ID_OPEN.length;
        const end = body.indexOf(ID_CLOSE, start);
        if (end < 0)
            return undefined;
        const id = body.toString('latin1', start, end);
        if (!PLAIN_INSTANCE_ID.test(id))
            return undefined;
        ids.push(id);
        at = end;
    }
    return ids.length ? ids : undefined;
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
/* unused harmony exports MAX_WORKERS, DEFAULT_WORKERS, WORKER_LIMITS, PAGE_BYTES_BUDGET, workerEntry */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5919);
/* harmony import */ var _page_bytes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2406);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1118);
/**
 * A second core for a large scan: a small pool of worker threads (one by default) that parse
 * DescribeInstances bodies (scan-worker.ts). The calling thread still makes every call \u2014 signing,
 * retries, pacing, deadlines and call counts stay where they were, and no credentials cross a thread \u2014
 * and hands each raw page body to the least busy worker, getting compact Instance records back
 * (records.ts).
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






/** Worker threads at most, whatever `size` asks for. */
const MAX_WORKERS = 4;
/**
 * Worker threads by default: one. A warm worker reads pages faster than the run's thread takes them
 * (100,000 instances over 17 regions: ~1.2 s of the worker's CPU over a ~6 s scan), so a second only
 * adds its own start-up, its own compile of the reader and its own heap. On 2 cores, paired against one
 * worker per core (docs/performance.md, "One parse worker"): peak RSS lower in every pair (medians 7\u201324
 * MB), CPU and the 17-region wall lower in 9 of 10 pairs.
 */
const DEFAULT_WORKERS = 1;
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
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
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
     * regions); pages lost with a worker (each fetched again); and large regions' first pages, read for
     * their instance ids only (`sampled`).
     */
    pages = { worker: 0, here: 0, inline: 0, lost: 0, sampled: 0 };
    /** One copy of the strings that repeat across the scan's records (records.ts). */
    interner = new _records_js__WEBPACK_IMPORTED_MODULE_5__/* .Interner */ .Ms();
    /** The raw pages' bytes this thread holds, read or waiting for a worker, at most (about). */
    budget = new _page_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .ByteBudget */ .Gz(PAGE_BYTES_BUDGET);
    constructor(options = {}) {
        this.options = options;
    }
    /** Set by the first page that has a next page: from then on every page goes to the pool. */
    large = false;
    /** True once a page showed a large region (every later page goes to the pool). */
    get running() {
        return this.large;
    }
    /**
     * A large region's first page, read for its instance ids only (partition.ts): its instances come
     * back in the partitions, and every later page goes to the pool.
     */
    sampled() {
        this.large = true;
        this.pages.sampled++;
    }
    /** Whether a raw page should go to the pool: a large region has been seen, or this page shows one. */
    wants(body) {
        if (!this.large && (0,_page_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .hasNextToken */ .xb)(body))
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
                const { chunks, buffers } = (0,_page_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .forTransfer */ .zq)(body);
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
        const size = Math.max(1, Math.min(MAX_WORKERS, this.options.size ?? DEFAULT_WORKERS));
        for (let n = 0; n < size; n++) {
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(entry, { resourceLimits: WORKER_LIMITS });
            worker.unref();
            worker.on('message', (m) => {
                const p = this.pending.get(m.id);
                if (!p)
                    return;
                this.pending.delete(m.id);
                if (m.packed) {
                    this.pages.worker++;
                    p.resolve((0,_records_js__WEBPACK_IMPORTED_MODULE_5__/* .unpackPage */ .IP)(m.packed, this.interner));
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
    return (0,_records_js__WEBPACK_IMPORTED_MODULE_5__/* .recordsFromXml */ .Gx)((0,_page_bytes_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeParts */ .nQ)(body), accountId, region);
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
                if (end < 0)
                    fail('unclosed CDATA');
                text += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
                at = end + 3;
            }
            else if (raw.startsWith('<!--', lt)) {
                const end = raw.indexOf('-->', lt + 4);
                if (end < 0)
                    fail('unclosed comment');
                at = end + 3;
            }
            else if (raw.startsWith('<?', lt)) {
                const end = raw.indexOf('?>', lt + 2);
                if (end < 0)
                    fail('unclosed processing instruction');
                at = end + 2;
            }
            else
                fail('an element or declaration inside a value'); // a value is text, never markup
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
    /** The window being read (readWindow). */
    xml = '';
    constructor(accountId, copy, sink) {
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
/**
 * The raw body of a DescribeInstances response (whole, or in the pieces it was decoded in) \u2192 records
 * (the same as toInstance over the SDK's output).
 */
function recordsFromXml(xml, accountId, region, 
/**
 * Copy each value out of the page (`own`), so records kept for the run do not keep their page.
 * false only where the records die with the page.
 */
copy = true, windows = describe_instances_xml_WINDOWS) {
    return describe_instances_xml_readWhole(xml, (text) => {
        const instances = [];
        const nextToken = describe_instances_xml_readDrafts(text, accountId, copy, (d, owner) => instances.push(record(d, owner, region)), windows);
        return nextToken ? { instances, nextToken } : { instances };
    });
}
const describe_instances_xml_WINDOWS = { window: 32 * 1024, margin: 4 * 1024 };
/**
 * A window ended inside a construct it could not carry on with (a tag, comment or CDATA section
 * longer than the margin, or a body that is not XML there): the body is read again whole
 * (`readWhole`), which reads it or refuses it exactly as before.
 */
class WindowCut extends Error {
}
/**
 * `read` on the body; when it is in pieces and a window cut a construct (`WindowCut`), `read` again on
 * the pieces joined. `read` starts afresh each time (its drafts so far are dropped).
 */
function describe_instances_xml_readWhole(text, read) {
    if (typeof text === 'string' || text.length < 2)
        return read(text);
    try {
        return read(text);
    }
    catch (e) {
        if (e instanceof WindowCut)
            return read(text.join(''));
        throw e;
    }
}
/** Where the reader is in a body read in windows: its open elements and its position in the window. */
class Cursor {
    /** Per open element, outermost first: where its name starts in the window and its length. */
    nameAt = [];
    nameLen = [];
    /** An open element's name, once its window is gone (its nameAt is then -1). */
    names = [];
    top = 0;
    sawRoot = false;
    /** Content start of the innermost open element while it has no child element (a leaf so far). */
    leafFrom = -1;
    pos = 0;
    /** The root element closed: nothing after it is read. */
    done = false;
    /** The name of the open element at `depth`. */
    name(xml, depth) {
        const at = this.nameAt[depth];
        return at < 0 ? this.names[depth] : xml.slice(at, at + this.nameLen[depth]);
    }
    /**
     * A window's reading stops at `pos`: the next window starts there, or at the content of an open leaf
     * the reader keeps (an open element of another kind reads none of its content: its start is dropped).
     * Moves the cursor to the next window's terms; returns where that window starts in `xml`.
     */
    leave(xml, kind, leafFrom, pos) {
        let keep = pos;
        let leaf = leafFrom;
        if (leaf >= 0) {
            if (readsText(kind[this.top - 1]))
                keep = Math.min(keep, leaf);
            else
                leaf = -1;
        }
        const { nameAt, nameLen, names } = this;
        for (let d = 0; d < this.top; d++) {
            if (nameAt[d] >= keep)
                nameAt[d] -= keep;
            else if (nameAt[d] >= 0) {
                names[d] = own(xml.slice(nameAt[d], nameAt[d] + nameLen[d]));
                nameAt[d] = -1;
            }
        }
        this.leafFrom = leaf < 0 ? -1 : leaf - keep;
        this.pos = pos - keep;
        return keep;
    }
}
/** A leaf of this kind is read as text when it closes (PageReader.leaf does nothing with the others). */
function readsText(k) {
    return k === NEXT_TOKEN || k === OWNER_ID || (k >= STATE_NAME && k !== TAG);
}
/**
 * Reads a DescribeInstances body, handing each instance's draft to `sink` (in document order, a
 * reservation's instances when it closes); returns the page's next token. `copy`: copy each value out
 * of the page (`own`); false only where the values die with the page (a parse worker packs them and
 * posts copies). A body in pieces is read in windows (`Windows`) and may throw `WindowCut`: call it
 * through `readWhole`.
 */
function describe_instances_xml_readDrafts(text, accountId, copy, sink, windows = describe_instances_xml_WINDOWS) {
    const reader = new PageReader(accountId, copy, sink);
    const at = new Cursor();
    let xml;
    if (typeof text === 'string' || text.length < 2) {
        // Whole, or a body of one piece (or none: an empty body).
        xml = typeof text === 'string' ? text : (text[0] ?? '');
        readWindow(reader, at, xml, Number.POSITIVE_INFINITY);
    }
    else {
        xml = '';
        let next = 0;
        for (;;) {
            // What the last window left, and pieces until the window is long enough (at least one, so every
            // window reads further into the body), joined: `join` makes one flat string, where `+` would make
            // a rope that every character the loop reads goes through.
            const pieces = [xml];
            let length = xml.length;
            do
                length += pieces[pieces.push(text[next++]) - 1].length;
            while (next < text.length && length < windows.window);
            xml = pieces.length === 2 && pieces[0] === '' ? pieces[1] : pieces.join('');
            const final = next >= text.length;
            if (final) {
                readWindow(reader, at, xml, Number.POSITIVE_INFINITY);
                break;
            }
            let keep;
            try {
                keep = readWindow(reader, at, xml, Math.max(0, xml.length - windows.margin));
            }
            catch {
                throw new WindowCut();
            }
            if (at.done)
                break;
            xml = xml.slice(keep);
        }
    }
    if (!at.sawRoot)
        fail('no root element');
    if (at.top)
        fail(`missing closing tag </${at.name(xml, at.top - 1)}>`);
    return reader.nextToken;
}
/**
 * Reads `xml` from the cursor. `limit` infinite: the body's last window, read to its end. Otherwise a
 * tag starting at or past `limit` is left for the next window: returns where that window starts in
 * this one (from there on everything not yet read, and the content of an open leaf the reader keeps),
 * the cursor moved there; -1 once the root element closed (`at.done`) or the body is read.
 */
function readWindow(reader, at, xml, limit) {
    reader.xml = xml;
    const kind = reader.kind;
    const nameAt = at.nameAt;
    const nameLen = at.nameLen;
    const names = at.names;
    let top = at.top;
    let sawRoot = at.sawRoot;
    let leafFrom = at.leafFrom;
    let pos = at.pos;
    // The last window reads to the text's end (a small integer, not infinity, in the loop's comparison).
    const stop = limit > xml.length ? xml.length + 1 : limit;
    for (;;) {
        const lt = xml.indexOf('<', pos);
        if (lt < 0 || lt >= stop)
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
            if (gt < 0 ||
                xml.charCodeAt(gt) !== 62 ||
                !(nameAt[depth] >= 0
                    ? sameName(xml, nameAt[depth], lt + 2, nameLen[depth])
                    : xml.startsWith(names[depth], lt + 2)))
                gt = closingTag(xml, lt, depth < 0 ? '' : at.name(xml, depth));
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
            if (top === 0) {
                at.done = true;
                break;
            }
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
            if (depth === 0) {
                at.done = true;
                break;
            }
            continue;
        }
        top = depth + 1;
        leafFrom = gt + 1;
        pos = next > 0 ? next : gt + 1;
    }
    at.top = top;
    at.sawRoot = sawRoot;
    if (limit === Number.POSITIVE_INFINITY || at.done) {
        at.leafFrom = leafFrom;
        at.pos = pos;
        return -1;
    }
    return at.leave(xml, kind, leafFrom, pos);
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
    metadataCopies = new Map();
    metadataCount = 0;
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
        i.metadata = this.metadata(i.metadata);
        return i;
    }
    /**
     * One frozen copy of each distinct metadata-options value (same keys, same order, same values). A
     * fleet holds a handful of them (HttpTokens \u00d7 endpoint \u00d7 hop limit \u00d7 tags \u00d7 IPv6), and a copy per
     * record was ~8 MB of a 100,000-instance audit's live heap and as many objects for every full
     * collection to mark. Frozen, so a change meant for one instance cannot reach the others: a write
     * throws. Past INTERN_MAX distinct values, and when `m` holds its keys in another order than the
     * model's (the readers write them in it) or keys of its own, a record keeps its own object.
     */
    metadata(m) {
        const shared = this.sharedMetadata(m.httpTokens, m.httpPutResponseHopLimit, m.httpEndpoint, m.httpProtocolIpv6, m.instanceMetadataTags, m.state);
        return shared && sameKeys(shared, m) ? shared : m;
    }
    /**
     * The shared copy of the metadata options with these values (METADATA_KEYS' order, undefined =
     * absent), found by the values themselves: one map per key, no key text built per record; its keys
     * are in that order, as both readers write them. Undefined for a value first seen past the bound.
     */
    sharedMetadata(httpTokens, hop, httpEndpoint, httpProtocolIpv6, instanceMetadataTags, state) {
        // Past the bound no level is made either: a new value finds nothing and keeps its own object.
        const make = this.metadataCount < INTERN_MAX;
        // Map keys compare -0 and 0 as one; a hop limit of -0 is its own value (Object.is).
        let at = metadataLevel(this.metadataCopies, httpTokens, make);
        if (at)
            at = metadataLevel(at, Object.is(hop, -0) ? NEG_ZERO : hop, make);
        if (at)
            at = metadataLevel(at, httpEndpoint, make);
        if (at)
            at = metadataLevel(at, httpProtocolIpv6, make);
        if (at)
            at = metadataLevel(at, instanceMetadataTags, make);
        if (!at)
            return undefined;
        const hit = at.get(state);
        if (hit !== undefined || !make)
            return hit;
        const out = metadataObject([httpTokens, hop, httpEndpoint, httpProtocolIpv6, instanceMetadataTags, state], (v) => this.s(v));
        const shared = Object.freeze(out);
        at.set(state, shared);
        this.metadataCount++;
        return shared;
    }
}
/** Metadata options from their values in METADATA_KEYS' order (undefined = absent), strings through `str`. */
function metadataObject(values, str) {
    const out = {};
    METADATA_KEYS.forEach((k, n) => {
        const v = values[n];
        if (v !== undefined)
            out[k] = typeof v === 'string' ? str(v) : v;
    });
    return out;
}
/** The same keys in the same order (what JSON.stringify writes them in). */
function sameKeys(a, b) {
    const x = Object.keys(a);
    const y = Object.keys(b);
    return x.length === y.length && x.every((k, n) => k === y[n]);
}
/** The level below `at` for the value `v`; made when it is the first and `make` allows. */
function metadataLevel(at, v, make) {
    let next = at.get(v);
    if (next === undefined && make) {
        next = new Map();
        at.set(v, next);
    }
    return next;
}
/** `Interner.sharedMetadata`'s key for a hop limit of -0. */
const NEG_ZERO = Symbol('-0');
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
 * A raw DescribeInstances body (whole, or in the pieces it was decoded in) \u2192 its packed page, equal to
 * `packPage(recordsFromXml(\u2026))` without the records in between (what a parse worker posts). Values are
 * not copied out of the page: the packed page is cloned when posted.
 */
function packedFromXml(xml, accountId, region, windows = WINDOWS) {
    return readWhole(xml, (text) => {
        const packer = new Packer();
        const nextToken = readDrafts(text, accountId, false, (d, owner) => packer.addDraft(d, owner, region), windows);
        // recordsFromXml keeps a next token only when it is not empty.
        return packer.finish(nextToken || undefined);
    });
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
        // The metadata values in METADATA_KEYS' order, the hop limit apart (Packer.add writes them so).
        const tokens = s(ints[k]);
        const hop = p.hops[2 * r + 1] === 1 ? p.hops[2 * r] : undefined;
        const endpoint = s(ints[k + 1]);
        const ipv6 = s(ints[k + 2]);
        const metadataTags = s(ints[k + 3]);
        const metadataState = s(ints[k + 4]);
        k += METADATA_KEYS.length - 1;
        const metadata = interner.sharedMetadata(tokens, hop, endpoint, ipv6, metadataTags, metadataState) ??
            metadataObject([tokens, hop, endpoint, ipv6, metadataTags, metadataState], (v) => v);
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
            metadata,
            launchTemplateId: tags['aws:ec2launchtemplate:id'],
            autoScalingGroup: tags['aws:autoscaling:groupName'],
        });
    }
    return p.nextToken === undefined ? { instances } : { instances, nextToken: p.nextToken };
}


/***/ }),

/***/ 5041:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $8: () => (/* binding */ DescribeEnvironmentsCommand),
/* harmony export */   A5: () => (/* binding */ paginateListAccounts),
/* harmony export */   B_: () => (/* binding */ CreateLaunchTemplateVersionCommand),
/* harmony export */   Dk: () => (/* binding */ GetRolePolicyCommand),
/* harmony export */   E8: () => (/* binding */ ElasticBeanstalkClient),
/* harmony export */   G4: () => (/* binding */ GetPolicyVersionCommand),
/* harmony export */   HD: () => (/* binding */ ListNotebookInstancesCommand),
/* harmony export */   OX: () => (/* binding */ GetFindingsCommand),
/* harmony export */   Pt: () => (/* binding */ DescribeLaunchTemplateVersionsCommand),
/* harmony export */   Q: () => (/* binding */ GetInstanceProfileCommand),
/* harmony export */   QL: () => (/* binding */ AssumeRoleCommand),
/* harmony export */   So: () => (/* binding */ GetMetricDataCommand),
/* harmony export */   Vr: () => (/* binding */ DescribeNotebookInstanceCommand),
/* harmony export */   WB: () => (/* binding */ CloudWatchClient),
/* harmony export */   WH: () => (/* binding */ AssumeRoleWithWebIdentityCommand),
/* harmony export */   Xi: () => (/* binding */ paginateDescribeImages),
/* harmony export */   Y7: () => (/* binding */ ListRolePoliciesCommand),
/* harmony export */   YL: () => (/* binding */ GetInstanceMetadataDefaultsCommand),
/* harmony export */   ZJ: () => (/* binding */ paginateDescribeAutoScalingGroups),
/* harmony export */   ZY: () => (/* binding */ paginateDescribeLaunchTemplateVersions),
/* harmony export */   a5: () => (/* binding */ ModifyInstanceMetadataOptionsCommand),
/* harmony export */   bN: () => (/* binding */ DescribeInstancesCommand),
/* harmony export */   cA: () => (/* binding */ DescribeRegionsCommand),
/* harmony export */   dS: () => (/* binding */ LightsailClient),
/* harmony export */   dd: () => (/* binding */ ModifyLaunchTemplateCommand),
/* harmony export */   g4: () => (/* binding */ GetInstancesCommand),
/* harmony export */   gn: () => (/* binding */ OrganizationsClient),
/* harmony export */   gr: () => (/* binding */ ModifyInstanceMetadataDefaultsCommand),
/* harmony export */   gu: () => (/* binding */ EC2Client),
/* harmony export */   h8: () => (/* binding */ IAMClient),
/* harmony export */   iM: () => (/* binding */ STSClient),
/* harmony export */   kH: () => (/* binding */ SageMakerClient),
/* harmony export */   m_: () => (/* binding */ ListFindingsCommand),
/* harmony export */   pg: () => (/* binding */ ListDetectorsCommand),
/* harmony export */   s4: () => (/* binding */ GetPolicyCommand),
/* harmony export */   wf: () => (/* binding */ ListAttachedRolePoliciesCommand),
/* harmony export */   xI: () => (/* binding */ GuardDutyClient),
/* harmony export */   yA: () => (/* binding */ DescribeConfigurationSettingsCommand),
/* harmony export */   yi: () => (/* binding */ AutoScalingClient),
/* harmony export */   zI: () => (/* binding */ GetCallerIdentityCommand)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5152);
/* harmony import */ var _smithy_core__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(402);
/* harmony import */ var _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2658);
/* harmony import */ var _smithy_core_config__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7291);
/* harmony import */ var _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2085);
/* harmony import */ var _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3422);
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3609);
/* harmony import */ var _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6890);
/* harmony import */ var _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7523);
/* harmony import */ var _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5861);
/* harmony import */ var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2430);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1279);
/* harmony import */ var _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7288);
/* harmony import */ var _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9542);
/* harmony import */ var _smithy_middleware_compression__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(190);
/* harmony import */ var _aws_sdk_signature_v4_multi_region__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5785);


















// node_modules/@aws-sdk/client-auto-scaling/dist-es/auth/httpAuthSchemeProvider.js
const defaultAutoScalingHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$9(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "autoscaling",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultAutoScalingHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$9(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$9 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$9 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "autoscaling"
	});
};
const commonParams$9 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-auto-scaling/package.json
var version$9 = "3.1169.0";
// node_modules/@aws-sdk/client-auto-scaling/dist-es/endpoint/bdd.js
const k$9 = "ref";
const a$9 = -1;
const b$9 = true;
const c$9 = "isSet";
const d$9 = "PartitionResult";
const e$9 = "booleanEquals";
const f$9 = "getAttr";
const g$9 = { [k$9]: "Endpoint" };
const h$9 = { [k$9]: d$9 };
const i$9 = {};
const j$9 = [{ [k$9]: "Region" }];
const _data$10 = {
	conditions: [
		[c$9, [g$9]],
		[c$9, j$9],
		[
			"aws.partition",
			j$9,
			d$9
		],
		[e$9, [{ [k$9]: "UseFIPS" }, b$9]],
		[e$9, [{ [k$9]: "UseDualStack" }, b$9]],
		[e$9, [{
			fn: f$9,
			argv: [h$9, "supportsDualStack"]
		}, b$9]],
		[e$9, [{
			fn: f$9,
			argv: [h$9, "supportsFIPS"]
		}, b$9]],
		["stringEquals", [{
			fn: f$9,
			argv: [h$9, "name"]
		}, "aws-us-gov"]]
	],
	results: [
		[a$9],
		[a$9, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$9, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$9, i$9],
		["https://autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i$9],
		[a$9, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://autoscaling.{Region}.amazonaws.com", i$9],
		["https://autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}", i$9],
		[a$9, "FIPS is enabled but this partition does not support FIPS"],
		["https://autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}", i$9],
		[a$9, "DualStack is enabled but this partition does not support DualStack"],
		["https://autoscaling.{Region}.{PartitionResult#dnsSuffix}", i$9],
		[a$9, "Invalid Configuration: Missing Region"]
	]
};
const root$9 = 2;
const nodes$9 = new Int32Array([
	-1,
	1,
	-1,
	0,
	13,
	3,
	1,
	4,
	100000012,
	2,
	5,
	100000012,
	3,
	8,
	6,
	4,
	7,
	100000011,
	5,
	100000009,
	100000010,
	4,
	11,
	9,
	6,
	10,
	100000008,
	7,
	100000006,
	100000007,
	5,
	12,
	100000005,
	6,
	100000004,
	100000005,
	3,
	100000001,
	14,
	4,
	100000002,
	100000003
]);
const bdd$9 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$9, root$9, _data$10.conditions, _data$10.results);
// node_modules/@aws-sdk/client-auto-scaling/dist-es/endpoint/endpointResolver.js
const cache$9 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$9 = (endpointParams, context = {}) => {
	return cache$9.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$9, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-auto-scaling/dist-es/models/AutoScalingServiceException.js
var AutoScalingServiceException = class AutoScalingServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.autoscaling#AutoScalingServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, AutoScalingServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/models/errors.js
var ActiveInstanceRefreshNotFoundFault = class ActiveInstanceRefreshNotFoundFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#ActiveInstanceRefreshNotFoundFault";
	name = "ActiveInstanceRefreshNotFoundFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ActiveInstanceRefreshNotFoundFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ActiveInstanceRefreshNotFoundFault.prototype);
	}
};
var AlreadyExistsFault = class AlreadyExistsFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#AlreadyExistsFault";
	name = "AlreadyExistsFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "AlreadyExistsFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AlreadyExistsFault.prototype);
	}
};
var ResourceContentionFault = class ResourceContentionFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#ResourceContentionFault";
	name = "ResourceContentionFault";
	$fault = "server";
	constructor(opts) {
		super({
			name: "ResourceContentionFault",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, ResourceContentionFault.prototype);
	}
};
var ServiceLinkedRoleFailure = class ServiceLinkedRoleFailure extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#ServiceLinkedRoleFailure";
	name = "ServiceLinkedRoleFailure";
	$fault = "server";
	constructor(opts) {
		super({
			name: "ServiceLinkedRoleFailure",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, ServiceLinkedRoleFailure.prototype);
	}
};
var InstanceRefreshInProgressFault = class InstanceRefreshInProgressFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#InstanceRefreshInProgressFault";
	name = "InstanceRefreshInProgressFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InstanceRefreshInProgressFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InstanceRefreshInProgressFault.prototype);
	}
};
var LimitExceededFault$1 = class LimitExceededFault$1 extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#LimitExceededFault";
	name = "LimitExceededFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "LimitExceededFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, LimitExceededFault$1.prototype);
	}
};
var ResourceInUseFault = class ResourceInUseFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#ResourceInUseFault";
	name = "ResourceInUseFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ResourceInUseFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceInUseFault.prototype);
	}
};
var ScalingActivityInProgressFault = class ScalingActivityInProgressFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#ScalingActivityInProgressFault";
	name = "ScalingActivityInProgressFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ScalingActivityInProgressFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ScalingActivityInProgressFault.prototype);
	}
};
var InvalidNextToken$1 = class InvalidNextToken$1 extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#InvalidNextToken";
	name = "InvalidNextToken";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidNextToken",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidNextToken$1.prototype);
	}
};
var IdempotentCallInProgressFault = class IdempotentCallInProgressFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#IdempotentCallInProgressFault";
	name = "IdempotentCallInProgressFault";
	$fault = "server";
	Message;
	constructor(opts) {
		super({
			name: "IdempotentCallInProgressFault",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, IdempotentCallInProgressFault.prototype);
		this.Message = opts.Message;
	}
};
var IdempotentParameterMismatchError = class IdempotentParameterMismatchError extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#IdempotentParameterMismatchError";
	name = "IdempotentParameterMismatchError";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "IdempotentParameterMismatchError",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, IdempotentParameterMismatchError.prototype);
		this.Message = opts.Message;
	}
};
var IrreversibleInstanceRefreshFault = class IrreversibleInstanceRefreshFault extends AutoScalingServiceException {
	static shapeId = "com.amazonaws.autoscaling#IrreversibleInstanceRefreshFault";
	name = "IrreversibleInstanceRefreshFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "IrreversibleInstanceRefreshFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, IrreversibleInstanceRefreshFault.prototype);
	}
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/schemas/schemas_0.js
const _AC$2 = "AcceleratorCount";
const _ACR$2 = "AcceleratorCountRequest";
const _AEF = "AlreadyExistsFault";
const _AIRNFF = "ActiveInstanceRefreshNotFoundFault";
const _AIT$1 = "AllowedInstanceTypes";
const _AM$1 = "AcceleratorManufacturers";
const _ANc = "AcceleratorNames";
const _ASG = "AutoScalingGroup";
const _ASGARN = "AutoScalingGroupARN";
const _ASGN = "AutoScalingGroupName";
const _ASGNT = "AutoScalingGroupNamesType";
const _ASGNu = "AutoScalingGroupNames";
const _ASGT = "AutoScalingGroupsType";
const _ASGu = "AutoScalingGroups";
const _ATMMB$1 = "AcceleratorTotalMemoryMiB";
const _ATMMBR$1 = "AcceleratorTotalMemoryMiBRequest";
const _ATcc$1 = "AcceleratorTypes";
const _AZ$2 = "AvailabilityZones";
const _AZD = "AvailabilityZoneDistribution";
const _AZI$1 = "AvailabilityZoneIds";
const _AZIP = "AvailabilityZoneImpairmentPolicy";
const _AZIv = "AvailabilityZoneId";
const _AZv = "AvailabilityZone";
const _BEBM$1 = "BaselineEbsBandwidthMbps";
const _BEBMR$1 = "BaselineEbsBandwidthMbpsRequest";
const _BM$1 = "BareMetal";
const _BP$2 = "BurstablePerformance";
const _BPF$1 = "BaselinePerformanceFactors";
const _BPFR$1 = "BaselinePerformanceFactorsRequest";
const _CDS = "CapacityDistributionStrategy";
const _CM$1 = "CpuManufacturers";
const _CPFR$1 = "CpuPerformanceFactorRequest";
const _CR$1 = "CapacityRebalance";
const _CRI$1 = "CapacityReservationIds";
const _CRP$1 = "CapacityReservationPreference";
const _CRRGA$1 = "CapacityReservationResourceGroupArns";
const _CRS = "CapacityReservationSpecification";
const _CRT$1 = "CapacityReservationTarget";
const _CT$3 = "CreatedTime";
const _Co$2 = "Context";
const _Cp$1 = "Cpu";
const _DASGe = "DescribeAutoScalingGroups";
const _DC$1 = "DesiredCapacity";
const _DCT = "DesiredCapacityType";
const _DCe = "DefaultCooldown";
const _DIW = "DefaultInstanceWarmup";
const _DP$1 = "DeletionProtection";
const _DS$2 = "DistributionSegment";
const _DSi = "DistributionSegments";
const _EIT = "ExcludedInstanceTypes";
const _EM = "EnabledMetrics";
const _EMn = "EnabledMetric";
const _F = "Filters";
const _Fi$2 = "Filter";
const _Gr$1 = "Granularity";
const _HCGP = "HealthCheckGracePeriod";
const _HCT = "HealthCheckType";
const _HS$1 = "HealthStatus";
const _I$4 = "Instances";
const _ICIPF = "IdempotentCallInProgressFault";
const _ID$3 = "InstancesDistribution";
const _IF$1 = "InstanceFamily";
const _IG = "InstanceGenerations";
const _IIRF = "IrreversibleInstanceRefreshFault";
const _IIm$2 = "ImageId";
const _IIn$2 = "IncludeInstances";
const _IIns = "InstanceId";
const _ILP = "InstanceLifecyclePolicy";
const _IMP = "InstanceMaintenancePolicy";
const _IMR$1 = "IncludeManagedResources";
const _INT$1 = "InvalidNextToken";
const _IPME = "IdempotentParameterMismatchError";
const _IRIPF = "InstanceRefreshInProgressFault";
const _IRP = "InstanceReusePolicy";
const _IRns = "InstanceRequirements";
const _IT$3 = "InstanceType";
const _IZHCB = "ImpairedZoneHealthCheckBehavior";
const _Ide = "Identifier";
const _In$2 = "Instance";
const _K$3 = "Key";
const _LBN$1 = "LoadBalancerNames";
const _LCN = "LaunchConfigurationName";
const _LEF$1 = "LimitExceededFault";
const _LS = "LifecycleState";
const _LST$1 = "LocalStorageTypes";
const _LSo$1 = "LocalStorage";
const _LT$2 = "LaunchTemplate";
const _LTI$1 = "LaunchTemplateId";
const _LTN$1 = "LaunchTemplateName";
const _LTO = "LaunchTemplateOverrides";
const _LTS = "LaunchTemplateSpecification";
const _M$6 = "Message";
const _MGBPVC$1 = "MemoryGiBPerVCpu";
const _MGBPVCR$1 = "MemoryGiBPerVCpuRequest";
const _MGPC = "MaxGroupPreparedCapacity";
const _MHP = "MinHealthyPercentage";
const _MHPa = "MaxHealthyPercentage";
const _MIL = "MaxInstanceLifetime";
const _MIP = "MixedInstancesPolicy";
const _MMB$1 = "MemoryMiB";
const _MMBR$1 = "MemoryMiBRequest";
const _MR$5 = "MaxRecords";
const _MS = "MinSize";
const _MSPAPOOODP$1 = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice";
const _MSa = "MaxSize";
const _Ma$3 = "Max";
const _Met$1 = "Metric";
const _Mi = "Min";
const _N$5 = "Name";
const _NBG = "NetworkBandwidthGbps";
const _NBGR$1 = "NetworkBandwidthGbpsRequest";
const _NIC$1 = "NetworkInterfaceCount";
const _NICR$1 = "NetworkInterfaceCountRequest";
const _NIPFSI = "NewInstancesProtectedFromScaleIn";
const _NT$4 = "NextToken";
const _O$1 = "Operator";
const _ODAS = "OnDemandAllocationStrategy";
const _ODBC = "OnDemandBaseCapacity";
const _ODMPPOLP$1 = "OnDemandMaxPricePercentageOverLowestPrice";
const _ODPABC = "OnDemandPercentageAboveBaseCapacity";
const _Ov = "Overrides";
const _PAL = "PropagateAtLaunch";
const _PC$2 = "PredictedCapacity";
const _PFRR$1 = "PerformanceFactorReferenceRequest";
const _PFRSR$1 = "PerformanceFactorReferenceSetRequest";
const _PFSI = "ProtectedFromScaleIn";
const _PG = "PlacementGroup";
const _PNr = "ProcessName";
const _PS$1 = "PoolState";
const _Pri = "Principal";
const _R$4 = "References";
const _RCF = "ResourceContentionFault";
const _RHS$1 = "RequireHibernateSupport";
const _RIUF = "ResourceInUseFault";
const _RIe$1 = "ResourceId";
const _ROSI = "ReuseOnScaleIn";
const _RT$2 = "RetentionTriggers";
const _RTe$1 = "ResourceType";
const _Re$2 = "Reference";
const _S$3 = "Status";
const _SAIPF = "ScalingActivityInProgressFault";
const _SAS = "SpotAllocationStrategy";
const _SIP = "SpotInstancePools";
const _SLRARN = "ServiceLinkedRoleARN";
const _SLRF = "ServiceLinkedRoleFailure";
const _SMP = "SpotMaxPrice";
const _SMPPOLP$1 = "SpotMaxPricePercentageOverLowestPrice";
const _SP$1 = "SuspendedProcesses";
const _SPu = "SuspendedProcess";
const _SRu = "SuspensionReason";
const _T$6 = "Tags";
const _TCT = "TargetCapacityTypes";
const _TD$1 = "TagDescription";
const _TDL = "TagDescriptionList";
const _TGARN = "TargetGroupARNs";
const _THA = "TerminateHookAbandon";
const _TLSGB$1 = "TotalLocalStorageGB";
const _TLSGBR$1 = "TotalLocalStorageGBRequest";
const _TP = "TerminationPolicies";
const _TS$1 = "TrafficSources";
const _TSI = "TrafficSourceIdentifier";
const _Ty$2 = "Type";
const _V$4 = "Value";
const _VCC$1 = "VCpuCount";
const _VCCR$1 = "VCpuCountRequest";
const _VPCZI = "VPCZoneIdentifier";
const _Va$4 = "Values";
const _Ve$2 = "Version";
const _WC = "WeightedCapacity";
const _WPC = "WarmPoolConfiguration";
const _WPS = "WarmPoolSize";
const _ZSE = "ZonalShiftEnabled";
const _aQE$4 = "awsQueryError";
const _c$8 = "client";
const _e$8 = "error";
const _hE$8 = "httpError";
const _i$1 = "item";
const _m$7 = "message";
const _s$9 = "smithy.ts.sdk.synthetic.com.amazonaws.autoscaling";
const _se$5 = "server";
const _xN$1 = "xmlName";
const n0$9 = "com.amazonaws.autoscaling";
const _s_registry$9 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$9);
var AutoScalingServiceException$ = [
	-3,
	_s$9,
	"AutoScalingServiceException",
	0,
	[],
	[]
];
_s_registry$9.registerError(AutoScalingServiceException$, AutoScalingServiceException);
const n0_registry$8 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$9);
var ActiveInstanceRefreshNotFoundFault$ = [
	-3,
	n0$9,
	_AIRNFF,
	{
		[_aQE$4]: [`ActiveInstanceRefreshNotFound`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(ActiveInstanceRefreshNotFoundFault$, ActiveInstanceRefreshNotFoundFault);
var AlreadyExistsFault$ = [
	-3,
	n0$9,
	_AEF,
	{
		[_aQE$4]: [`AlreadyExists`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(AlreadyExistsFault$, AlreadyExistsFault);
var IdempotentCallInProgressFault$ = [
	-3,
	n0$9,
	_ICIPF,
	{
		[_aQE$4]: [`IdempotentCallInProgress`, 500],
		[_e$8]: _se$5,
		[_hE$8]: 500
	},
	[_M$6],
	[0]
];
n0_registry$8.registerError(IdempotentCallInProgressFault$, IdempotentCallInProgressFault);
var IdempotentParameterMismatchError$ = [
	-3,
	n0$9,
	_IPME,
	{
		[_aQE$4]: [`IdempotentParameterMismatch`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_M$6],
	[0]
];
n0_registry$8.registerError(IdempotentParameterMismatchError$, IdempotentParameterMismatchError);
var InstanceRefreshInProgressFault$ = [
	-3,
	n0$9,
	_IRIPF,
	{
		[_aQE$4]: [`InstanceRefreshInProgress`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(InstanceRefreshInProgressFault$, InstanceRefreshInProgressFault);
var InvalidNextToken$$1 = [
	-3,
	n0$9,
	_INT$1,
	{
		[_aQE$4]: [`InvalidNextToken`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(InvalidNextToken$$1, InvalidNextToken$1);
var IrreversibleInstanceRefreshFault$ = [
	-3,
	n0$9,
	_IIRF,
	{
		[_aQE$4]: [`IrreversibleInstanceRefresh`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(IrreversibleInstanceRefreshFault$, IrreversibleInstanceRefreshFault);
var LimitExceededFault$$1 = [
	-3,
	n0$9,
	_LEF$1,
	{
		[_aQE$4]: [`LimitExceeded`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(LimitExceededFault$$1, LimitExceededFault$1);
var ResourceContentionFault$ = [
	-3,
	n0$9,
	_RCF,
	{
		[_aQE$4]: [`ResourceContention`, 500],
		[_e$8]: _se$5,
		[_hE$8]: 500
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(ResourceContentionFault$, ResourceContentionFault);
var ResourceInUseFault$ = [
	-3,
	n0$9,
	_RIUF,
	{
		[_aQE$4]: [`ResourceInUse`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(ResourceInUseFault$, ResourceInUseFault);
var ScalingActivityInProgressFault$ = [
	-3,
	n0$9,
	_SAIPF,
	{
		[_aQE$4]: [`ScalingActivityInProgress`, 400],
		[_e$8]: _c$8,
		[_hE$8]: 400
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(ScalingActivityInProgressFault$, ScalingActivityInProgressFault);
var ServiceLinkedRoleFailure$ = [
	-3,
	n0$9,
	_SLRF,
	{
		[_aQE$4]: [`ServiceLinkedRoleFailure`, 500],
		[_e$8]: _se$5,
		[_hE$8]: 500
	},
	[_m$7],
	[0]
];
n0_registry$8.registerError(ServiceLinkedRoleFailure$, ServiceLinkedRoleFailure);
const errorTypeRegistries$9 = [_s_registry$9, n0_registry$8];
var AcceleratorCountRequest$$1 = [
	3,
	n0$9,
	_ACR$2,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var AcceleratorTotalMemoryMiBRequest$$1 = [
	3,
	n0$9,
	_ATMMBR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var AutoScalingGroup$ = [
	3,
	n0$9,
	_ASG,
	0,
	[
		_ASGN,
		_MS,
		_MSa,
		_DC$1,
		_DCe,
		_AZ$2,
		_HCT,
		_CT$3,
		_ASGARN,
		_LCN,
		_LT$2,
		_MIP,
		_PC$2,
		_AZI$1,
		_LBN$1,
		_TGARN,
		_HCGP,
		_I$4,
		_SP$1,
		_PG,
		_VPCZI,
		_EM,
		_S$3,
		_T$6,
		_TP,
		_NIPFSI,
		_SLRARN,
		_MIL,
		_CR$1,
		_WPC,
		_WPS,
		_Co$2,
		_DCT,
		_DIW,
		_TS$1,
		_IMP,
		_DP$1,
		_AZD,
		_AZIP,
		_CRS,
		_ILP,
		_O$1
	],
	[
		0,
		1,
		1,
		1,
		1,
		64,
		0,
		4,
		0,
		0,
		() => LaunchTemplateSpecification$,
		[() => MixedInstancesPolicy$, 0],
		1,
		64,
		64,
		64,
		1,
		() => Instances,
		() => SuspendedProcesses,
		0,
		0,
		() => EnabledMetrics,
		0,
		() => TagDescriptionList,
		64,
		2,
		0,
		1,
		2,
		() => WarmPoolConfiguration$,
		1,
		0,
		0,
		1,
		() => TrafficSources,
		() => InstanceMaintenancePolicy$,
		0,
		() => AvailabilityZoneDistribution$,
		() => AvailabilityZoneImpairmentPolicy$,
		() => CapacityReservationSpecification$,
		() => InstanceLifecyclePolicy$,
		() => Operator$
	],
	8
];
var AutoScalingGroupNamesType$ = [
	3,
	n0$9,
	_ASGNT,
	0,
	[
		_ASGNu,
		_IIn$2,
		_IMR$1,
		_NT$4,
		_MR$5,
		_F
	],
	[
		64,
		2,
		2,
		0,
		1,
		() => Filters
	]
];
var AutoScalingGroupsType$ = [
	3,
	n0$9,
	_ASGT,
	0,
	[_ASGu, _NT$4],
	[[() => AutoScalingGroups, 0], 0],
	1
];
var AvailabilityZoneDistribution$ = [
	3,
	n0$9,
	_AZD,
	0,
	[_CDS],
	[0]
];
var AvailabilityZoneImpairmentPolicy$ = [
	3,
	n0$9,
	_AZIP,
	0,
	[_ZSE, _IZHCB],
	[2, 0]
];
var BaselineEbsBandwidthMbpsRequest$$1 = [
	3,
	n0$9,
	_BEBMR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var BaselinePerformanceFactorsRequest$$1 = [
	3,
	n0$9,
	_BPFR$1,
	0,
	[_Cp$1],
	[[() => CpuPerformanceFactorRequest$$1, 0]]
];
var CapacityReservationSpecification$ = [
	3,
	n0$9,
	_CRS,
	0,
	[_CRP$1, _CRT$1],
	[0, () => CapacityReservationTarget$$1]
];
var CapacityReservationTarget$$1 = [
	3,
	n0$9,
	_CRT$1,
	0,
	[_CRI$1, _CRRGA$1],
	[64, 64]
];
var CpuPerformanceFactorRequest$$1 = [
	3,
	n0$9,
	_CPFR$1,
	0,
	[_R$4],
	[[() => PerformanceFactorReferenceSetRequest$1, { [_xN$1]: _Re$2 }]]
];
var DistributionSegment$ = [
	3,
	n0$9,
	_DS$2,
	0,
	[_TCT],
	[64]
];
var EnabledMetric$ = [
	3,
	n0$9,
	_EMn,
	0,
	[_Met$1, _Gr$1],
	[0, 0]
];
var Filter$$1 = [
	3,
	n0$9,
	_Fi$2,
	0,
	[_N$5, _Va$4],
	[0, 64]
];
var Instance$$2 = [
	3,
	n0$9,
	_In$2,
	0,
	[
		_IIns,
		_AZv,
		_LS,
		_HS$1,
		_PFSI,
		_IT$3,
		_AZIv,
		_LCN,
		_LT$2,
		_IIm$2,
		_WC
	],
	[
		0,
		0,
		0,
		0,
		2,
		0,
		0,
		0,
		() => LaunchTemplateSpecification$,
		0,
		0
	],
	5
];
var InstanceLifecyclePolicy$ = [
	3,
	n0$9,
	_ILP,
	0,
	[_RT$2],
	[() => RetentionTriggers$]
];
var InstanceMaintenancePolicy$ = [
	3,
	n0$9,
	_IMP,
	0,
	[_MHP, _MHPa],
	[1, 1]
];
var InstanceRequirements$$1 = [
	3,
	n0$9,
	_IRns,
	0,
	[
		_VCC$1,
		_MMB$1,
		_CM$1,
		_MGBPVC$1,
		_EIT,
		_IG,
		_SMPPOLP$1,
		_MSPAPOOODP$1,
		_ODMPPOLP$1,
		_BM$1,
		_BP$2,
		_RHS$1,
		_NIC$1,
		_LSo$1,
		_LST$1,
		_TLSGB$1,
		_BEBM$1,
		_ATcc$1,
		_AC$2,
		_AM$1,
		_ANc,
		_ATMMB$1,
		_NBG,
		_AIT$1,
		_BPF$1
	],
	[
		() => VCpuCountRequest$,
		() => MemoryMiBRequest$$1,
		64,
		() => MemoryGiBPerVCpuRequest$$1,
		64,
		64,
		1,
		1,
		1,
		0,
		0,
		2,
		() => NetworkInterfaceCountRequest$$1,
		0,
		64,
		() => TotalLocalStorageGBRequest$$1,
		() => BaselineEbsBandwidthMbpsRequest$$1,
		64,
		() => AcceleratorCountRequest$$1,
		64,
		64,
		() => AcceleratorTotalMemoryMiBRequest$$1,
		() => NetworkBandwidthGbpsRequest$$1,
		64,
		[() => BaselinePerformanceFactorsRequest$$1, 0]
	],
	2
];
var InstanceReusePolicy$ = [
	3,
	n0$9,
	_IRP,
	0,
	[_ROSI],
	[2]
];
var InstancesDistribution$ = [
	3,
	n0$9,
	_ID$3,
	0,
	[
		_ODAS,
		_ODBC,
		_ODPABC,
		_SAS,
		_SIP,
		_SMP,
		_DSi
	],
	[
		0,
		1,
		1,
		0,
		1,
		0,
		() => DistributionSegments
	]
];
var LaunchTemplate$$1 = [
	3,
	n0$9,
	_LT$2,
	0,
	[_LTS, _Ov],
	[() => LaunchTemplateSpecification$, [() => Overrides, 0]]
];
var LaunchTemplateOverrides$ = [
	3,
	n0$9,
	_LTO,
	0,
	[
		_IT$3,
		_WC,
		_LTS,
		_IRns,
		_IIm$2
	],
	[
		0,
		0,
		() => LaunchTemplateSpecification$,
		[() => InstanceRequirements$$1, 0],
		0
	]
];
var LaunchTemplateSpecification$ = [
	3,
	n0$9,
	_LTS,
	0,
	[
		_LTI$1,
		_LTN$1,
		_Ve$2
	],
	[
		0,
		0,
		0
	]
];
var MemoryGiBPerVCpuRequest$$1 = [
	3,
	n0$9,
	_MGBPVCR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var MemoryMiBRequest$$1 = [
	3,
	n0$9,
	_MMBR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1],
	1
];
var MixedInstancesPolicy$ = [
	3,
	n0$9,
	_MIP,
	0,
	[_LT$2, _ID$3],
	[[() => LaunchTemplate$$1, 0], () => InstancesDistribution$]
];
var NetworkBandwidthGbpsRequest$$1 = [
	3,
	n0$9,
	_NBGR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var NetworkInterfaceCountRequest$$1 = [
	3,
	n0$9,
	_NICR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var Operator$ = [
	3,
	n0$9,
	_O$1,
	0,
	[_Pri],
	[0],
	1
];
var PerformanceFactorReferenceRequest$$1 = [
	3,
	n0$9,
	_PFRR$1,
	0,
	[_IF$1],
	[0]
];
var RetentionTriggers$ = [
	3,
	n0$9,
	_RT$2,
	0,
	[_THA],
	[0]
];
var SuspendedProcess$ = [
	3,
	n0$9,
	_SPu,
	0,
	[_PNr, _SRu],
	[0, 0]
];
var TagDescription$ = [
	3,
	n0$9,
	_TD$1,
	0,
	[
		_RIe$1,
		_RTe$1,
		_K$3,
		_V$4,
		_PAL
	],
	[
		0,
		0,
		0,
		0,
		2
	]
];
var TotalLocalStorageGBRequest$$1 = [
	3,
	n0$9,
	_TLSGBR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1]
];
var TrafficSourceIdentifier$ = [
	3,
	n0$9,
	_TSI,
	0,
	[_Ide, _Ty$2],
	[0, 0],
	1
];
var VCpuCountRequest$ = [
	3,
	n0$9,
	_VCCR$1,
	0,
	[_Mi, _Ma$3],
	[1, 1],
	1
];
var WarmPoolConfiguration$ = [
	3,
	n0$9,
	_WPC,
	0,
	[
		_MGPC,
		_MS,
		_PS$1,
		_S$3,
		_IRP
	],
	[
		1,
		1,
		0,
		0,
		() => InstanceReusePolicy$
	]
];
var AutoScalingGroups = [
	1,
	n0$9,
	_ASGu,
	0,
	[() => AutoScalingGroup$, 0]
];
var DistributionSegments = [
	1,
	n0$9,
	_DSi,
	0,
	() => DistributionSegment$
];
var EnabledMetrics = [
	1,
	n0$9,
	_EM,
	0,
	() => EnabledMetric$
];
var Filters = [
	1,
	n0$9,
	_F,
	0,
	() => Filter$$1
];
var Instances = [
	1,
	n0$9,
	_I$4,
	0,
	() => Instance$$2
];
var Overrides = [
	1,
	n0$9,
	_Ov,
	0,
	[() => LaunchTemplateOverrides$, 0]
];
var PerformanceFactorReferenceSetRequest$1 = [
	1,
	n0$9,
	_PFRSR$1,
	0,
	[() => PerformanceFactorReferenceRequest$$1, { [_xN$1]: _i$1 }]
];
var SuspendedProcesses = [
	1,
	n0$9,
	_SP$1,
	0,
	() => SuspendedProcess$
];
var TagDescriptionList = [
	1,
	n0$9,
	_TDL,
	0,
	() => TagDescription$
];
var TrafficSources = [
	1,
	n0$9,
	_TS$1,
	0,
	() => TrafficSourceIdentifier$
];
var DescribeAutoScalingGroups$ = [
	9,
	n0$9,
	_DASGe,
	0,
	() => AutoScalingGroupNamesType$,
	() => AutoScalingGroupsType$
];
// node_modules/@aws-sdk/client-auto-scaling/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$19 = (config) => {
	return {
		apiVersion: "2011-01-01",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$9,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAutoScalingHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsQueryProtocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.autoscaling",
			errorTypeRegistries: errorTypeRegistries$9,
			xmlNamespace: "http://autoscaling.amazonaws.com/doc/2011-01-01/",
			version: "2011-01-01",
			serviceTarget: "AutoScaling_2011_01_01"
		},
		serviceId: config?.serviceId ?? "Auto Scaling",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/runtimeConfig.js
const getRuntimeConfig$18 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$19(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 9e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$9
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$9 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$9 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$9 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$9(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$9(extensionConfiguration));
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/AutoScalingClient.js
var AutoScalingClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$18(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$9(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$9(_config_6);
		const _config_8 = resolveRuntimeExtensions$9(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultAutoScalingHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/commandBuilder.js
const command$9 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$9, "AutoScaling_2011_01_01", "AutoScalingClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$9 = {};
const _mw0$9 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-auto-scaling/dist-es/commands/DescribeAutoScalingGroupsCommand.js
var DescribeAutoScalingGroupsCommand = class extends command$9(_ep0$9, _mw0$9, "DescribeAutoScalingGroups", DescribeAutoScalingGroups$) {};
// node_modules/@aws-sdk/client-auto-scaling/dist-es/pagination/DescribeAutoScalingGroupsPaginator.js
const paginateDescribeAutoScalingGroups = (0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.createPaginator)(AutoScalingClient, DescribeAutoScalingGroupsCommand, "NextToken", "NextToken", "MaxRecords");
// node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthSchemeProvider.js
const defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$8(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "monitoring",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultCloudWatchHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$8(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$8 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$8 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "monitoring"
	});
};
const commonParams$8 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-cloudwatch/package.json
var version$8 = "3.1162.0";
// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/bdd.js
const k$8 = "ref";
const a$8 = -1;
const b$8 = true;
const c$8 = "isSet";
const d$8 = "PartitionResult";
const e$8 = "booleanEquals";
const f$8 = "getAttr";
const g$8 = { [k$8]: "Endpoint" };
const h$8 = { [k$8]: d$8 };
const i$8 = {};
const j$8 = [{ [k$8]: "Region" }];
const _data$9 = {
	conditions: [
		[c$8, [g$8]],
		[c$8, j$8],
		[
			"aws.partition",
			j$8,
			d$8
		],
		[e$8, [{ [k$8]: "UseFIPS" }, b$8]],
		[e$8, [{ [k$8]: "UseDualStack" }, b$8]],
		["stringEquals", [{
			fn: f$8,
			argv: [h$8, "name"]
		}, "aws-us-gov"]],
		[e$8, [{
			fn: f$8,
			argv: [h$8, "supportsFIPS"]
		}, b$8]],
		[e$8, [{
			fn: f$8,
			argv: [h$8, "supportsDualStack"]
		}, b$8]]
	],
	results: [
		[a$8],
		[a$8, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$8, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$8, i$8],
		["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i$8],
		["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i$8],
		["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i$8],
		[a$8, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i$8],
		[a$8, "FIPS is enabled but this partition does not support FIPS"],
		[a$8, "DualStack is enabled but this partition does not support DualStack"],
		[a$8, "Invalid Configuration: Missing Region"]
	]
};
const root$8 = 2;
const nodes$8 = new Int32Array([
	-1,
	1,
	-1,
	0,
	14,
	3,
	1,
	4,
	100000011,
	2,
	5,
	100000011,
	3,
	8,
	6,
	4,
	7,
	100000004,
	7,
	100000005,
	100000010,
	4,
	11,
	9,
	5,
	100000004,
	10,
	6,
	100000008,
	100000009,
	5,
	100000005,
	12,
	6,
	13,
	100000007,
	7,
	100000006,
	100000007,
	3,
	100000001,
	15,
	4,
	100000002,
	100000003
]);
const bdd$8 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$8, root$8, _data$9.conditions, _data$9.results);
// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/endpointResolver.js
const cache$8 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$8 = (endpointParams, context = {}) => {
	return cache$8.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$8, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-cloudwatch/dist-es/models/CloudWatchServiceException.js
var CloudWatchServiceException = class CloudWatchServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, CloudWatchServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/models/errors.js
var ConflictException$3 = class ConflictException$3 extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#ConflictException";
	name = "ConflictException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ConflictException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConflictException$3.prototype);
		this.Message = opts.Message;
	}
};
var KmsAccessDeniedException = class KmsAccessDeniedException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
	name = "KmsAccessDeniedException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "KmsAccessDeniedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, KmsAccessDeniedException.prototype);
		this.Message = opts.Message;
	}
};
var KmsKeyDisabledException = class KmsKeyDisabledException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
	name = "KmsKeyDisabledException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "KmsKeyDisabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, KmsKeyDisabledException.prototype);
		this.Message = opts.Message;
	}
};
var KmsKeyNotFoundException = class KmsKeyNotFoundException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
	name = "KmsKeyNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "KmsKeyNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, KmsKeyNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var ResourceNotFoundException$2 = class ResourceNotFoundException$2 extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
	name = "ResourceNotFoundException";
	$fault = "client";
	ResourceType;
	ResourceId;
	Message;
	constructor(opts) {
		super({
			name: "ResourceNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceNotFoundException$2.prototype);
		this.ResourceType = opts.ResourceType;
		this.ResourceId = opts.ResourceId;
		this.Message = opts.Message;
	}
};
var ConcurrentModificationException$2 = class ConcurrentModificationException$2 extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
	name = "ConcurrentModificationException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ConcurrentModificationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConcurrentModificationException$2.prototype);
		this.Message = opts.Message;
	}
};
var DashboardInvalidInputError = class DashboardInvalidInputError extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
	name = "DashboardInvalidInputError";
	$fault = "client";
	dashboardValidationMessages;
	constructor(opts) {
		super({
			name: "DashboardInvalidInputError",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DashboardInvalidInputError.prototype);
		this.dashboardValidationMessages = opts.dashboardValidationMessages;
	}
};
var DashboardNotFoundError = class DashboardNotFoundError extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
	name = "DashboardNotFoundError";
	$fault = "client";
	constructor(opts) {
		super({
			name: "DashboardNotFoundError",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DashboardNotFoundError.prototype);
	}
};
var ResourceConflict = class ResourceConflict extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
	name = "ResourceConflict";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ResourceConflict",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceConflict.prototype);
	}
};
var ResourceNotFound$1 = class ResourceNotFound$1 extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
	name = "ResourceNotFound";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ResourceNotFound",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceNotFound$1.prototype);
	}
};
var InternalServiceFault = class InternalServiceFault extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
	name = "InternalServiceFault";
	$fault = "server";
	Message;
	constructor(opts) {
		super({
			name: "InternalServiceFault",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, InternalServiceFault.prototype);
		this.Message = opts.Message;
	}
};
var InvalidParameterCombinationException = class InvalidParameterCombinationException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
	name = "InvalidParameterCombinationException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidParameterCombinationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidParameterCombinationException.prototype);
	}
};
var InvalidParameterValueException = class InvalidParameterValueException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
	name = "InvalidParameterValueException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidParameterValueException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
	}
};
var MissingRequiredParameterException = class MissingRequiredParameterException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
	name = "MissingRequiredParameterException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "MissingRequiredParameterException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, MissingRequiredParameterException.prototype);
	}
};
var InvalidNextToken = class InvalidNextToken extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
	name = "InvalidNextToken";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidNextToken",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidNextToken.prototype);
	}
};
var LimitExceededException$1 = class LimitExceededException$1 extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
	name = "LimitExceededException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "LimitExceededException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, LimitExceededException$1.prototype);
		this.Message = opts.Message;
	}
};
var LimitExceededFault = class LimitExceededFault extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
	name = "LimitExceededFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "LimitExceededFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, LimitExceededFault.prototype);
	}
};
var InvalidFormatFault = class InvalidFormatFault extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
	name = "InvalidFormatFault";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidFormatFault",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidFormatFault.prototype);
	}
};
var ValidationException = class ValidationException extends CloudWatchServiceException {
	static shapeId = "com.amazonaws.cloudwatch#ValidationException";
	name = "ValidationException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ValidationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ValidationException.prototype);
	}
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js
const _AI = "AccountId";
const _CE$3 = "ConflictException";
const _CME$2 = "ConcurrentModificationException";
const _Cod$1 = "Code";
const _D$4 = "Dimensions";
const _DIIE = "DashboardInvalidInputError";
const _DNFE = "DashboardNotFoundError";
const _DP = "DataPath";
const _DVM = "DashboardValidationMessage";
const _DVMa = "DashboardValidationMessages";
const _Di = "Dimension";
const _ET$1 = "EndTime";
const _Ex = "Expression";
const _GMD = "GetMetricData";
const _GMDI = "GetMetricDataInput";
const _GMDO = "GetMetricDataOutput";
const _I$3 = "Id";
const _IFF = "InvalidFormatFault";
const _INT = "InvalidNextToken";
const _IPCE = "InvalidParameterCombinationException";
const _IPVE = "InvalidParameterValueException";
const _ISF = "InternalServiceFault";
const _KADE = "KmsAccessDeniedException";
const _KKDE = "KmsKeyDisabledException";
const _KKNFE = "KmsKeyNotFoundException";
const _L$1 = "Label";
const _LEE$1 = "LimitExceededException";
const _LEF = "LimitExceededFault";
const _LO$1 = "LabelOptions";
const _M$5 = "Message";
const _MDQ = "MetricDataQueries";
const _MDQe = "MetricDataQuery";
const _MDR = "MetricDataResults";
const _MDRM = "MetricDataResultMessages";
const _MDRe = "MetricDataResult";
const _MDa = "MaxDatapoints";
const _MDes = "MessageData";
const _MN$1 = "MetricName";
const _MRPE = "MissingRequiredParameterException";
const _MSe = "MetricStat";
const _Mes = "Messages";
const _Met = "Metric";
const _N$4 = "Namespace";
const _NT$3 = "NextToken";
const _Na$1 = "Name";
const _P$4 = "Period";
const _RC = "ResourceConflict";
const _RD = "ReturnData";
const _RI = "ResourceId";
const _RNF$1 = "ResourceNotFound";
const _RNFE$3 = "ResourceNotFoundException";
const _RT$1 = "ResourceType";
const _SB = "ScanBy";
const _SCta = "StatusCode";
const _ST$1 = "StartTime";
const _St$3 = "Stat";
const _Ti$2 = "Timezone";
const _Tim = "Timestamps";
const _U$1 = "Unit";
const _V$3 = "Value";
const _VE = "ValidationException";
const _Va$3 = "Values";
const _aQE$3 = "awsQueryError";
const _c$7 = "client";
const _dVM = "dashboardValidationMessages";
const _e$7 = "error";
const _hE$7 = "httpError";
const _m$6 = "message";
const _s$8 = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
const _se$4 = "server";
const n0$8 = "com.amazonaws.cloudwatch";
const _s_registry$8 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$8);
var CloudWatchServiceException$ = [
	-3,
	_s$8,
	"CloudWatchServiceException",
	0,
	[],
	[]
];
_s_registry$8.registerError(CloudWatchServiceException$, CloudWatchServiceException);
const n0_registry$7 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$8);
var ConcurrentModificationException$$2 = [
	-3,
	n0$8,
	_CME$2,
	{
		[_aQE$3]: [`ConcurrentModificationException`, 429],
		[_e$7]: _c$7,
		[_hE$7]: 429
	},
	[_M$5],
	[0]
];
n0_registry$7.registerError(ConcurrentModificationException$$2, ConcurrentModificationException$2);
var ConflictException$$3 = [
	-3,
	n0$8,
	_CE$3,
	{
		[_e$7]: _c$7,
		[_hE$7]: 409
	},
	[_M$5],
	[0]
];
n0_registry$7.registerError(ConflictException$$3, ConflictException$3);
var DashboardInvalidInputError$ = [
	-3,
	n0$8,
	_DIIE,
	{
		[_aQE$3]: [`InvalidParameterInput`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6, _dVM],
	[0, () => DashboardValidationMessages]
];
n0_registry$7.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
var DashboardNotFoundError$ = [
	-3,
	n0$8,
	_DNFE,
	{
		[_aQE$3]: [`ResourceNotFound`, 404],
		[_e$7]: _c$7,
		[_hE$7]: 404
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(DashboardNotFoundError$, DashboardNotFoundError);
var InternalServiceFault$ = [
	-3,
	n0$8,
	_ISF,
	{
		[_aQE$3]: [`InternalServiceError`, 500],
		[_e$7]: _se$4,
		[_hE$7]: 500
	},
	[_M$5],
	[0]
];
n0_registry$7.registerError(InternalServiceFault$, InternalServiceFault);
var InvalidFormatFault$ = [
	-3,
	n0$8,
	_IFF,
	{
		[_aQE$3]: [`InvalidFormat`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(InvalidFormatFault$, InvalidFormatFault);
var InvalidNextToken$ = [
	-3,
	n0$8,
	_INT,
	{
		[_aQE$3]: [`InvalidNextToken`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(InvalidNextToken$, InvalidNextToken);
var InvalidParameterCombinationException$ = [
	-3,
	n0$8,
	_IPCE,
	{
		[_aQE$3]: [`InvalidParameterCombination`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterValueException$ = [
	-3,
	n0$8,
	_IPVE,
	{
		[_aQE$3]: [`InvalidParameterValue`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var KmsAccessDeniedException$ = [
	-3,
	n0$8,
	_KADE,
	{ [_e$7]: _c$7 },
	[_M$5],
	[0],
	1
];
n0_registry$7.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
var KmsKeyDisabledException$ = [
	-3,
	n0$8,
	_KKDE,
	{ [_e$7]: _c$7 },
	[_M$5],
	[0],
	1
];
n0_registry$7.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
	-3,
	n0$8,
	_KKNFE,
	{ [_e$7]: _c$7 },
	[_M$5],
	[0],
	1
];
n0_registry$7.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var LimitExceededException$$1 = [
	-3,
	n0$8,
	_LEE$1,
	{
		[_aQE$3]: [`LimitExceededException`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_M$5],
	[0]
];
n0_registry$7.registerError(LimitExceededException$$1, LimitExceededException$1);
var LimitExceededFault$ = [
	-3,
	n0$8,
	_LEF,
	{
		[_aQE$3]: [`LimitExceeded`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(LimitExceededFault$, LimitExceededFault);
var MissingRequiredParameterException$ = [
	-3,
	n0$8,
	_MRPE,
	{
		[_aQE$3]: [`MissingParameter`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
var ResourceConflict$ = [
	-3,
	n0$8,
	_RC,
	{
		[_aQE$3]: [`ResourceConflict`, 409],
		[_e$7]: _c$7,
		[_hE$7]: 409
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(ResourceConflict$, ResourceConflict);
var ResourceNotFound$$1 = [
	-3,
	n0$8,
	_RNF$1,
	{
		[_aQE$3]: [`ResourceNotFound`, 404],
		[_e$7]: _c$7,
		[_hE$7]: 404
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(ResourceNotFound$$1, ResourceNotFound$1);
var ResourceNotFoundException$$2 = [
	-3,
	n0$8,
	_RNFE$3,
	{
		[_aQE$3]: [`ResourceNotFoundException`, 404],
		[_e$7]: _c$7,
		[_hE$7]: 404
	},
	[
		_RT$1,
		_RI,
		_M$5
	],
	[
		0,
		0,
		0
	]
];
n0_registry$7.registerError(ResourceNotFoundException$$2, ResourceNotFoundException$2);
var ValidationException$ = [
	-3,
	n0$8,
	_VE,
	{
		[_aQE$3]: [`ValidationError`, 400],
		[_e$7]: _c$7,
		[_hE$7]: 400
	},
	[_m$6],
	[0]
];
n0_registry$7.registerError(ValidationException$, ValidationException);
const errorTypeRegistries$8 = [_s_registry$8, n0_registry$7];
var DashboardValidationMessage$ = [
	3,
	n0$8,
	_DVM,
	0,
	[_DP, _M$5],
	[0, 0]
];
var Dimension$ = [
	3,
	n0$8,
	_Di,
	0,
	[_Na$1, _V$3],
	[0, 0],
	2
];
var GetMetricDataInput$ = [
	3,
	n0$8,
	_GMDI,
	0,
	[
		_MDQ,
		_ST$1,
		_ET$1,
		_NT$3,
		_SB,
		_MDa,
		_LO$1
	],
	[
		() => MetricDataQueries,
		4,
		4,
		0,
		0,
		1,
		() => LabelOptions$
	],
	3
];
var GetMetricDataOutput$ = [
	3,
	n0$8,
	_GMDO,
	0,
	[
		_MDR,
		_NT$3,
		_Mes
	],
	[
		() => MetricDataResults,
		0,
		() => MetricDataResultMessages
	]
];
var LabelOptions$ = [
	3,
	n0$8,
	_LO$1,
	0,
	[_Ti$2],
	[0]
];
var MessageData$ = [
	3,
	n0$8,
	_MDes,
	0,
	[_Cod$1, _V$3],
	[0, 0]
];
var Metric$ = [
	3,
	n0$8,
	_Met,
	0,
	[
		_N$4,
		_MN$1,
		_D$4
	],
	[
		0,
		0,
		() => Dimensions
	]
];
var MetricDataQuery$ = [
	3,
	n0$8,
	_MDQe,
	0,
	[
		_I$3,
		_MSe,
		_Ex,
		_L$1,
		_RD,
		_P$4,
		_AI
	],
	[
		0,
		() => MetricStat$,
		0,
		0,
		2,
		1,
		0
	],
	1
];
var MetricDataResult$ = [
	3,
	n0$8,
	_MDRe,
	0,
	[
		_I$3,
		_L$1,
		_Tim,
		_Va$3,
		_SCta,
		_Mes
	],
	[
		0,
		0,
		68,
		65,
		0,
		() => MetricDataResultMessages
	]
];
var MetricStat$ = [
	3,
	n0$8,
	_MSe,
	0,
	[
		_Met,
		_P$4,
		_St$3,
		_U$1
	],
	[
		() => Metric$,
		1,
		0,
		0
	],
	3
];
var DashboardValidationMessages = [
	1,
	n0$8,
	_DVMa,
	0,
	() => DashboardValidationMessage$
];
var Dimensions = [
	1,
	n0$8,
	_D$4,
	0,
	() => Dimension$
];
var MetricDataQueries = [
	1,
	n0$8,
	_MDQ,
	0,
	() => MetricDataQuery$
];
var MetricDataResultMessages = [
	1,
	n0$8,
	_MDRM,
	0,
	() => MessageData$
];
var MetricDataResults = [
	1,
	n0$8,
	_MDR,
	0,
	() => MetricDataResult$
];
var GetMetricData$ = [
	9,
	n0$8,
	_GMD,
	0,
	() => GetMetricDataInput$,
	() => GetMetricDataOutput$
];
// node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$17 = (config) => {
	return {
		apiVersion: "2010-08-01",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$8,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsJson1_0Protocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.cloudwatch",
			errorTypeRegistries: errorTypeRegistries$8,
			xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
			version: "2010-08-01",
			serviceTarget: "GraniteServiceVersion20100801",
			awsQueryCompatible: true
		},
		serviceId: config?.serviceId ?? "CloudWatch",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.js
const getRuntimeConfig$16 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$17(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 9e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$8
		}),
		disableRequestCompression: config?.disableRequestCompression ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_middleware_compression__WEBPACK_IMPORTED_MODULE_15__/* .NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS */ .N6, config),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_middleware_compression__WEBPACK_IMPORTED_MODULE_15__/* .NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS */ .D6, config),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$8 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$8 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$8 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$8(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$8(extensionConfiguration));
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/CloudWatchClient.js
var CloudWatchClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$16(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$8(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$8(_config_6);
		const _config_8 = (0,_smithy_middleware_compression__WEBPACK_IMPORTED_MODULE_15__/* .resolveCompressionConfig */ .XB)(_config_7);
		const _config_9 = resolveRuntimeExtensions$8(_config_8, configuration?.extensions || []);
		this.config = _config_9;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js
const command$8 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$8, "GraniteServiceVersion20100801", "CloudWatchClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$8 = {};
const _mw0$8 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricDataCommand.js
var GetMetricDataCommand = class extends command$8(_ep0$8, _mw0$8, "GetMetricData", GetMetricData$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthSchemeProvider.js
const defaultEC2HttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$7(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "ec2",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultEC2HttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$7(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$7 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$7 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "ec2"
	});
};
const commonParams$7 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-ec2/package.json
var version$7 = "3.1169.0";
// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/bdd.js
const k$7 = "ref";
const a$7 = -1;
const b$7 = true;
const c$7 = "isSet";
const d$7 = "PartitionResult";
const e$7 = "booleanEquals";
const f$7 = "getAttr";
const g$7 = { [k$7]: "Endpoint" };
const h$7 = { [k$7]: d$7 };
const i$7 = {};
const j$7 = [{ [k$7]: "Region" }];
const _data$8 = {
	conditions: [
		[c$7, [g$7]],
		[c$7, j$7],
		[
			"aws.partition",
			j$7,
			d$7
		],
		[e$7, [{ [k$7]: "UseFIPS" }, b$7]],
		[e$7, [{ [k$7]: "UseDualStack" }, b$7]],
		[e$7, [{
			fn: f$7,
			argv: [h$7, "supportsDualStack"]
		}, b$7]],
		[e$7, [{
			fn: f$7,
			argv: [h$7, "supportsFIPS"]
		}, b$7]],
		["stringEquals", [{
			fn: f$7,
			argv: [h$7, "name"]
		}, "aws-us-gov"]]
	],
	results: [
		[a$7],
		[a$7, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$7, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$7, i$7],
		["https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i$7],
		[a$7, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://ec2.{Region}.amazonaws.com", i$7],
		["https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}", i$7],
		[a$7, "FIPS is enabled but this partition does not support FIPS"],
		["https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}", i$7],
		[a$7, "DualStack is enabled but this partition does not support DualStack"],
		["https://ec2.{Region}.{PartitionResult#dnsSuffix}", i$7],
		[a$7, "Invalid Configuration: Missing Region"]
	]
};
const root$7 = 2;
const nodes$7 = new Int32Array([
	-1,
	1,
	-1,
	0,
	13,
	3,
	1,
	4,
	100000012,
	2,
	5,
	100000012,
	3,
	8,
	6,
	4,
	7,
	100000011,
	5,
	100000009,
	100000010,
	4,
	11,
	9,
	6,
	10,
	100000008,
	7,
	100000006,
	100000007,
	5,
	12,
	100000005,
	6,
	100000004,
	100000005,
	3,
	100000001,
	14,
	4,
	100000002,
	100000003
]);
const bdd$7 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$7, root$7, _data$8.conditions, _data$8.results);
// node_modules/@aws-sdk/client-ec2/dist-es/endpoint/endpointResolver.js
const cache$7 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$7 = (endpointParams, context = {}) => {
	return cache$7.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$7, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-ec2/dist-es/models/EC2ServiceException.js
var EC2ServiceException = class EC2ServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, EC2ServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-ec2/dist-es/schemas/schemas_0.js
const _AC$1 = "AcceleratorCount";
const _ACIA = "AssociateCarrierIpAddress";
const _ACR$1 = "AcceleratorCountRequest";
const _AIT = "AllowedInstanceTypes";
const _AITS = "AllowedInstanceTypeSet";
const _AITl = "AllowedInstanceType";
const _AItt = "AttachmentId";
const _AL = "AccountLevel";
const _ALI = "AmiLaunchIndex";
const _AMSc = "AcceleratorManufacturerSet";
const _AMc = "AcceleratorManufacturers";
const _AMcc = "AcceleratorManufacturer";
const _ANSc = "AcceleratorNameSet";
const _ANcc = "AcceleratorNames";
const _ANcce = "AcceleratorName";
const _APIAss = "AssociatePublicIpAddress";
const _ARll = "AllRegions";
const _ARss = "AssociatedResource";
const _ARuto = "AutoRecovery";
const _ASSm = "AmdSevSnp";
const _ATMMB = "AcceleratorTotalMemoryMiB";
const _ATMMBR = "AcceleratorTotalMemoryMiBRequest";
const _ATSc = "AcceleratorTypeSet";
const _ATc$1 = "AcceleratorTypes";
const _ATcc = "AcceleratorType";
const _ATtt = "AttachTime";
const _AZ$1 = "AvailabilityZone";
const _AZI = "AvailabilityZoneId";
const _Af$1 = "Affinity";
const _Ar$2 = "Arn";
const _Arc = "Architecture";
const _Ass = "Association";
const _Att = "Attachment";
const _BDM = "BlockDeviceMapping";
const _BDML = "BlockDeviceMappingList";
const _BDMl = "BlockDeviceMappings";
const _BDMlo = "BlockDurationMinutes";
const _BEBM = "BaselineEbsBandwidthMbps";
const _BEBMR = "BaselineEbsBandwidthMbpsRequest";
const _BM = "BootMode";
const _BMa = "BareMetal";
const _BP$1 = "BurstablePerformance";
const _BPF = "BaselinePerformanceFactors";
const _BPFR = "BaselinePerformanceFactorsRequest";
const _BW = "BandwidthWeighting";
const _CBI = "CapacityBlockId";
const _CBr = "CreatedBy";
const _CCor = "CoreCount";
const _CCp = "CpuCredits";
const _CDr = "CreationDate";
const _CFAS = "CriticalFixAvailableSince";
const _CI = "CarrierIp";
const _CIBM = "CurrentInstanceBootMode";
const _CLTV = "CreateLaunchTemplateVersion";
const _CLTVR = "CreateLaunchTemplateVersionRequest";
const _CLTVRr = "CreateLaunchTemplateVersionResult";
const _CM = "CpuManufacturers";
const _CMSp = "CpuManufacturerSet";
const _CMp = "CpuManufacturer";
const _CO = "CpuOptions";
const _COI = "CustomerOwnedIp";
const _CPF$1 = "CpuPerformanceFactor";
const _CPFR = "CpuPerformanceFactorRequest";
const _CRI = "CapacityReservationId";
const _CRP = "CapacityReservationPreference";
const _CRRGA = "CapacityReservationResourceGroupArn";
const _CRSR = "CapacityReservationSpecificationResponse";
const _CRSa = "CapacityReservationSpecification";
const _CRT = "CapacityReservationTarget";
const _CRTR = "CapacityReservationTargetResponse";
const _CSRred = "CreditSpecificationRequest";
const _CSr = "CreditSpecification";
const _CT$2 = "ClientToken";
const _CTC = "ConnectionTrackingConfiguration";
const _CTS = "ConnectionTrackingSpecification";
const _CTSR = "ConnectionTrackingSpecificationRequest";
const _CTSRo = "ConnectionTrackingSpecificationResponse";
const _CTre = "CreateTime";
const _Co$1 = "Code";
const _Conf$1 = "Configured";
const _Cou$1 = "Count";
const _Cp = "Cpu";
const _DASi = "DisableApiStop";
const _DAT = "DisableApiTermination";
const _DI$1 = "DeviceIndex";
const _DIRes = "DescribeImagesRequest";
const _DIResc = "DescribeImagesResult";
const _DIRescr = "DescribeInstancesRequest";
const _DIRescri = "DescribeInstancesResult";
const _DIes = "DescribeImages";
const _DIesc = "DescribeInstances";
const _DLTVRes = "DescribeLaunchTemplateVersionsRequest";
const _DLTVResc = "DescribeLaunchTemplateVersionsResult";
const _DLTVe = "DescribeLaunchTemplateVersions";
const _DN$1 = "DeviceName";
const _DOT = "DeleteOnTermination";
const _DPer = "DeregistrationProtection";
const _DR = "DryRun";
const _DRRe = "DescribeRegionsRequest";
const _DRRes = "DescribeRegionsResult";
const _DRes = "DescribeRegions";
const _DTe = "DeprecationTime";
const _DVN = "DefaultVersionNumber";
const _DVef = "DefaultVersion";
const _De = "Description";
const _EBD = "EbsBlockDevice";
const _EBSL = "ExecutableByStringList";
const _EBx = "ExecutableBy";
const _ECI = "EbsCardIndex";
const _EGA = "ElasticGpuAssociation";
const _EGAI = "ElasticGpuAssociationId";
const _EGAL = "ElasticGpuAssociationList";
const _EGAS = "ElasticGpuAssociationState";
const _EGAT = "ElasticGpuAssociationTime";
const _EGAl = "ElasticGpuAssociations";
const _EGIl = "ElasticGpuId";
const _EGSL = "ElasticGpuSpecificationList";
const _EGSR = "ElasticGpuSpecificationResponse";
const _EGSRL = "ElasticGpuSpecificationResponseList";
const _EGSla = "ElasticGpuSpecification";
const _EGSlas = "ElasticGpuSpecifications";
const _EIA = "ElasticInferenceAccelerator";
const _EIAA = "ElasticInferenceAcceleratorAssociation";
const _EIAAI = "ElasticInferenceAcceleratorAssociationId";
const _EIAAL = "ElasticInferenceAcceleratorAssociationList";
const _EIAAS = "ElasticInferenceAcceleratorAssociationState";
const _EIAAT = "ElasticInferenceAcceleratorAssociationTime";
const _EIAAl = "ElasticInferenceAcceleratorArn";
const _EIAAla = "ElasticInferenceAcceleratorAssociations";
const _EIAl = "ElasticInferenceAccelerators";
const _EIBD = "EbsInstanceBlockDevice";
const _EITSx = "ExcludedInstanceTypeSet";
const _EITxc = "ExcludedInstanceTypes";
const _EITxcl = "ExcludedInstanceType";
const _EO = "EbsOptimized";
const _EOn = "EnclaveOptions";
const _EQC = "EnaQueueCount";
const _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
const _ERNDAR = "EnableResourceNameDnsARecord";
const _ESE = "EnaSrdEnabled";
const _ESS = "EnaSrdSpecification";
const _ESSR = "EnaSrdSpecificationRequest";
const _ESUE = "EnaSrdUdpEnabled";
const _ESUS = "EnaSrdUdpSpecification";
const _ESUSR = "EnaSrdUdpSpecificationRequest";
const _ESna = "EnaSupport";
const _ESr = "ErrorSet";
const _EU = "ExecutableUsers";
const _Eb = "Ebs";
const _En = "Enabled";
const _Enc = "Encrypted";
const _Endp = "Endpoint";
const _Err = "Errors";
const _FLi = "FilterList";
const _FSD = "FindingScanDate";
const _FTE = "FreeTierEligible";
const _Fi$1 = "Filters";
const _Fil = "Filter";
const _G$1 = "Groups";
const _GIL = "GroupIdentifierList";
const _GIMD = "GetInstanceMetadataDefaults";
const _GIMDR = "GetInstanceMetadataDefaultsRequest";
const _GIMDRe = "GetInstanceMetadataDefaultsResult";
const _GISL = "GroupIdStringList";
const _GIr = "GroupId";
const _GIrou = "GroupIdentifier";
const _GN$1 = "GroupName";
const _Ge = "Geography";
const _HBD = "HiddenByDefault";
const _HE = "HttpEndpoint";
const _HFAS = "HighFixAvailableSince";
const _HFSL = "HighestFindingSeverityLabel";
const _HIo = "HostId";
const _HO = "HibernationOptions";
const _HPI = "HttpProtocolIpv6";
const _HPRHL = "HttpPutResponseHopLimit";
const _HRGA = "HostResourceGroupArn";
const _HT = "HttpTokens";
const _HTE = "HttpTokensEnforced";
const _HTo = "HostnameType";
const _Hy = "Hypervisor";
const _I$2 = "Id";
const _IA$1 = "Ipv6Addresses";
const _IAC = "Ipv6AddressCount";
const _IAESS = "InstanceAttachmentEnaSrdSpecification";
const _IAESUS = "InstanceAttachmentEnaSrdUdpSpecification";
const _IAm$1 = "ImageAllowed";
const _IApv = "Ipv6Address";
const _IBDM = "InstanceBlockDeviceMapping";
const _IBDML = "InstanceBlockDeviceMappingList";
const _ID$2 = "IncludeDeprecated";
const _IDn$1 = "IncludeDisabled";
const _IF = "InstanceFamily";
const _IFAS = "InformationalFixAvailableSince";
const _IGS = "InstanceGenerationSet";
const _IGns = "InstanceGenerations";
const _IGnst = "InstanceGeneration";
const _II = "InstanceId";
const _IIA = "InstanceIpv6Address";
const _IIAL = "InstanceIpv6AddressList";
const _IIALR = "InstanceIpv6AddressListRequest";
const _IIAR = "InstanceIpv6AddressRequest";
const _IIB = "InstanceInterruptionBehavior";
const _IIP$1 = "IamInstanceProfile";
const _IIPL = "InstanceIpv4PrefixList";
const _IIPLn = "InstanceIpv6PrefixList";
const _IIPn = "InstanceIpv4Prefix";
const _IIPns = "InstanceIpv6Prefix";
const _IISB = "InstanceInitiatedShutdownBehavior";
const _IISL = "ImageIdStringList";
const _IISLn = "InstanceIdStringList";
const _IIm$1 = "ImageId";
const _IIma = "ImageIds";
const _IIn$1 = "InstanceIds";
const _IL$1 = "ImageLocation";
const _ILm = "ImageList";
const _ILn = "InstanceLifecycle";
const _ILns = "InstanceList";
const _IMDR = "InstanceMetadataDefaultsResponse";
const _IMO$1 = "InstanceMaintenanceOptions";
const _IMORnst = "InstanceMetadataOptionsResponse";
const _IMOn = "InstanceMetadataOptions";
const _IMOns = "InstanceMarketOptions";
const _IMR = "IncludeManagedResources";
const _IMT = "InstanceMetadataTags";
const _INI = "InstanceNetworkInterface";
const _INIA = "InstanceNetworkInterfaceAssociation";
const _INIAn = "InstanceNetworkInterfaceAttachment";
const _INIL = "InstanceNetworkInterfaceList";
const _INIS = "InstanceNetworkInterfaceSpecification";
const _INPO = "InstanceNetworkPerformanceOptions";
const _IOA = "ImageOwnerAlias";
const _IOI = "IpOwnerId";
const _IPC = "Ipv6PrefixCount";
const _IPCp = "Ipv4PrefixCount";
const _IPIA = "InstancePrivateIpAddress";
const _IPIAL = "InstancePrivateIpAddressList";
const _IPIs = "IsPrimaryIpv6";
const _IPLRpv = "Ipv4PrefixListResponse";
const _IPLRpvr = "Ipv6PrefixListResponse";
const _IPLpvr = "Ipv4PrefixList";
const _IPLpvref = "Ipv6PrefixList";
const _IPSRp = "Ipv4PrefixSpecificationRequest";
const _IPSRpv = "Ipv4PrefixSpecificationResponse";
const _IPSRpvr = "Ipv6PrefixSpecificationRequest";
const _IPSRpvre = "Ipv6PrefixSpecificationResponse";
const _IPp = "Ipv6Prefixes";
const _IPpv = "Ipv6Prefix";
const _IPpvr = "Ipv4Prefixes";
const _IPpvre = "Ipv4Prefix";
const _IR = "InstanceRequirements";
const _IRR = "InstanceRequirementsRequest";
const _ISIA = "InstanceSecondaryInterfaceAttachment";
const _ISIL = "InstanceSecondaryInterfaceList";
const _ISIPIA = "InstanceSecondaryInterfacePrivateIpAddress";
const _ISIPIAL = "InstanceSecondaryInterfacePrivateIpAddressList";
const _ISIS = "InstanceSecondaryInterfaceSpecification";
const _ISIn = "InstanceSecondaryInterface";
const _ISmd = "ImdsSupport";
const _ISnsta = "InstanceState";
const _IT$2 = "InstanceType";
const _ITIns = "InstanceTypeItem";
const _ITSn = "InstanceTypeSpecification";
const _ITm = "ImageType";
const _ITnt = "InterfaceType";
const _IW = "ImageWatermarks";
const _IWL = "ImageWatermarkList";
const _IWm = "ImageWatermark";
const _Im$1 = "Images";
const _Ima = "Image";
const _In$1 = "Instance";
const _Ins = "Instances";
const _Io = "Iops";
const _K$2 = "Key";
const _KI = "KernelId";
const _KKI$1 = "KmsKeyId";
const _KN = "KeyName";
const _LCA = "LicenseConfigurationArn";
const _LCi = "LicenseConfiguration";
const _LFAS = "LowFixAvailableSince";
const _LL = "LicenseList";
const _LLT = "LastLaunchedTime";
const _LST = "LocalStorageTypes";
const _LSTS = "LocalStorageTypeSet";
const _LSTo = "LocalStorageType";
const _LSi = "LicenseSpecifications";
const _LSic = "LicenseSpecification";
const _LSo = "LocalStorage";
const _LT$1 = "LaunchTemplate";
const _LTBDM = "LaunchTemplateBlockDeviceMapping";
const _LTBDML = "LaunchTemplateBlockDeviceMappingList";
const _LTBDMR = "LaunchTemplateBlockDeviceMappingRequest";
const _LTBDMRL = "LaunchTemplateBlockDeviceMappingRequestList";
const _LTCO = "LaunchTemplateCpuOptions";
const _LTCOR = "LaunchTemplateCpuOptionsRequest";
const _LTCRSR = "LaunchTemplateCapacityReservationSpecificationRequest";
const _LTCRSRa = "LaunchTemplateCapacityReservationSpecificationResponse";
const _LTD = "LaunchTemplateData";
const _LTEBD = "LaunchTemplateEbsBlockDevice";
const _LTEBDR = "LaunchTemplateEbsBlockDeviceRequest";
const _LTEIA = "LaunchTemplateElasticInferenceAccelerator";
const _LTEIAL = "LaunchTemplateElasticInferenceAcceleratorList";
const _LTEIAR = "LaunchTemplateElasticInferenceAcceleratorResponse";
const _LTEIARL = "LaunchTemplateElasticInferenceAcceleratorResponseList";
const _LTEO = "LaunchTemplateEnclaveOptions";
const _LTEOR = "LaunchTemplateEnclaveOptionsRequest";
const _LTESS = "LaunchTemplateEnaSrdSpecification";
const _LTESUS = "LaunchTemplateEnaSrdUdpSpecification";
const _LTHO = "LaunchTemplateHibernationOptions";
const _LTHOR = "LaunchTemplateHibernationOptionsRequest";
const _LTI = "LaunchTemplateId";
const _LTIIPS = "LaunchTemplateIamInstanceProfileSpecification";
const _LTIIPSR = "LaunchTemplateIamInstanceProfileSpecificationRequest";
const _LTIMO = "LaunchTemplateInstanceMaintenanceOptions";
const _LTIMOR = "LaunchTemplateInstanceMaintenanceOptionsRequest";
const _LTIMORa = "LaunchTemplateInstanceMarketOptionsRequest";
const _LTIMORau = "LaunchTemplateInstanceMetadataOptionsRequest";
const _LTIMOa = "LaunchTemplateInstanceMarketOptions";
const _LTIMOau = "LaunchTemplateInstanceMetadataOptions";
const _LTINIS = "LaunchTemplateInstanceNetworkInterfaceSpecification";
const _LTINISL = "LaunchTemplateInstanceNetworkInterfaceSpecificationList";
const _LTINISR = "LaunchTemplateInstanceNetworkInterfaceSpecificationRequest";
const _LTINISRL = "LaunchTemplateInstanceNetworkInterfaceSpecificationRequestList";
const _LTISIS = "LaunchTemplateInstanceSecondaryInterfaceSpecification";
const _LTISISL = "LaunchTemplateInstanceSecondaryInterfaceSpecificationList";
const _LTISISR = "LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest";
const _LTISISRL = "LaunchTemplateInstanceSecondaryInterfaceSpecificationRequestList";
const _LTLC = "LaunchTemplateLicenseConfiguration";
const _LTLCR = "LaunchTemplateLicenseConfigurationRequest";
const _LTLL = "LaunchTemplateLicenseList";
const _LTLSLR = "LaunchTemplateLicenseSpecificationListRequest";
const _LTM = "LaunchTemplatesMonitoring";
const _LTMR = "LaunchTemplatesMonitoringRequest";
const _LTN = "LaunchTemplateName";
const _LTNPO = "LaunchTemplateNetworkPerformanceOptions";
const _LTNPOR = "LaunchTemplateNetworkPerformanceOptionsRequest";
const _LTP = "LaunchTemplatePlacement";
const _LTPDNO = "LaunchTemplatePrivateDnsNameOptions";
const _LTPDNOR = "LaunchTemplatePrivateDnsNameOptionsRequest";
const _LTPR = "LaunchTemplatePlacementRequest";
const _LTSMO = "LaunchTemplateSpotMarketOptions";
const _LTSMOR = "LaunchTemplateSpotMarketOptionsRequest";
const _LTTS = "LaunchTemplateTagSpecification";
const _LTTSL = "LaunchTemplateTagSpecificationList";
const _LTTSR = "LaunchTemplateTagSpecificationRequest";
const _LTTSRL = "LaunchTemplateTagSpecificationRequestList";
const _LTV = "LaunchTemplateVersion";
const _LTVS = "LaunchTemplateVersionSet";
const _LTVa = "LaunchTemplateVersions";
const _LTau$1 = "LaunchTime";
const _LVN = "LatestVersionNumber";
const _Lic = "Licenses";
const _M$4 = "Min";
const _MAa = "MacAddress";
const _MB = "ManagedBy";
const _MCI = "MetricCategoryId";
const _MCIL = "MetricCategoryIdList";
const _MCIe = "MetricCategoryIds";
const _MEM = "ManagedExceptionMessage";
const _MFAS = "MediumFixAvailableSince";
const _MGBPVC = "MemoryGiBPerVCpu";
const _MGBPVCR = "MemoryGiBPerVCpuRequest";
const _MIMD = "ModifyInstanceMetadataDefaults";
const _MIMDR = "ModifyInstanceMetadataDefaultsRequest";
const _MIMDRo = "ModifyInstanceMetadataDefaultsResult";
const _MIMORod = "ModifyInstanceMetadataOptionsRequest";
const _MIMORodi = "ModifyInstanceMetadataOptionsResult";
const _MIMOo = "ModifyInstanceMetadataOptions";
const _MLT = "ModifyLaunchTemplate";
const _MLTR = "ModifyLaunchTemplateRequest";
const _MLTRo = "ModifyLaunchTemplateResult";
const _MMB = "MemoryMiB";
const _MMBR = "MemoryMiBRequest";
const _MO = "MetadataOptions";
const _MOa = "MaintenanceOptions";
const _MPax = "MaxPrice";
const _MR$4 = "MaxResults";
const _MSPAPOOODP = "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice";
const _MTa = "MarketType";
const _MV = "MinVersion";
const _MVa = "MaxVersion";
const _Ma$2 = "Max";
const _Mana = "Managed";
const _Me = "Message";
const _Mon = "Monitoring";
const _N$3 = "Name";
const _NBGR = "NetworkBandwidthGbpsRequest";
const _NBGe = "NetworkBandwidthGbps";
const _NCI = "NetworkCardIndex";
const _ND = "NoDevice";
const _NIC = "NetworkInterfaceCount";
const _NICR = "NetworkInterfaceCountRequest";
const _NII$2 = "NetworkInterfaceId";
const _NIe$1 = "NetworkInterface";
const _NIet = "NetworkInterfaces";
const _NPO = "NetworkPerformanceOptions";
const _NTe$1 = "NextToken";
const _NV = "NestedVirtualization";
const _OA$1 = "OutpostArn";
const _ODMPPOLP = "OnDemandMaxPricePercentageOverLowestPrice";
const _OI$1 = "OwnerId";
const _OIS = "OptInStatus";
const _ORpe = "OperatorRequest";
const _ORper = "OperatorResponse";
const _OSL = "OwnerStringList";
const _Op$1 = "Operator";
const _Ow$1 = "Owners";
const _Own = "Owner";
const _P$3 = "Principal";
const _PCIr = "ProductCodeId";
const _PCLr = "ProductCodeList";
const _PCT = "ProductCodeType";
const _PCr$2 = "ProductCode";
const _PCro = "ProductCodes";
const _PDN$1 = "PrivateDnsName";
const _PDNO = "PrivateDnsNameOptions";
const _PDNORr = "PrivateDnsNameOptionsResponse";
const _PDNub = "PublicDnsName";
const _PDl = "PlatformDetails";
const _PFR = "PerformanceFactorReference";
const _PFRR = "PerformanceFactorReferenceRequest";
const _PFRS = "PerformanceFactorReferenceSet";
const _PFRSR = "PerformanceFactorReferenceSetRequest";
const _PI$3 = "PublicIp";
const _PIAC = "PrivateIpAddressCount";
const _PIAS = "PrivateIpAddressSpecification";
const _PIASL = "PrivateIpAddressSpecificationList";
const _PIAr$1 = "PrivateIpAddress";
const _PIAri = "PrivateIpAddresses";
const _PIAu = "PublicIpAddress";
const _PIr = "PrimaryIpv6";
const _PN$2 = "PartitionNumber";
const _PSPN = "PublicSsmParameterName";
const _Pl = "Platform";
const _Pla$1 = "Placement";
const _Prim = "Primary";
const _Pu = "Public";
const _R$3 = "Return";
const _RAeso = "ResolveAlias";
const _RDI = "RamDiskId";
const _RDN = "RootDeviceName";
const _RDT = "RootDeviceType";
const _REIT = "RequireEncryptionInTransit";
const _RGL = "RegionGeographyList";
const _RGe = "RegionGeography";
const _RHS = "RequireHibernateSupport";
const _RIa = "RamdiskId";
const _RIe = "ReservationId";
const _RIeq = "RequesterId";
const _RL$1 = "RegionList";
const _RLTD = "RequestLaunchTemplateData";
const _RLTDe = "ResponseLaunchTemplateData";
const _RLe = "ReservationList";
const _RMe = "RebootMigration";
const _RN$3 = "RegionName";
const _RNSL = "RegionNameStringList";
const _RNe = "RegionNames";
const _RTe = "ResourceType";
const _Ref = "References";
const _Refe = "Reference";
const _Reg = "Regions";
const _Regi = "Region";
const _Rese = "Reservations";
const _Reser = "Reservation";
const _SDC = "SourceDestCheck";
const _SDV = "SetDefaultVersion";
const _SDp = "SpreadDomain";
const _SGI = "SecurityGroupId";
const _SGISL = "SecurityGroupIdStringList";
const _SGIe = "SecurityGroupIds";
const _SGSL = "SecurityGroupStringList";
const _SGe$1 = "SecurityGroups";
const _SGec = "SecurityGroup";
const _SICT = "SourceImageCreationTime";
const _SII = "SourceImageId";
const _SIIec = "SecondaryInterfaceId";
const _SIIo = "SourceInstanceId";
const _SIPIAS = "SecondaryInterfacePrivateIpAddressSpecification";
const _SIPIASL = "SecondaryInterfacePrivateIpAddressSpecificationList";
const _SIPIASLR = "SecondaryInterfacePrivateIpAddressSpecificationListRequest";
const _SIPIASR = "SecondaryInterfacePrivateIpAddressSpecificationRequest";
const _SIRI = "SpotInstanceRequestId";
const _SIRo = "SourceImageRegion";
const _SIT = "SupportedInstanceTypes";
const _SITS = "SupportedInstanceTypeSet";
const _SITp = "SpotInstanceType";
const _SIec = "SecondaryInterfaces";
const _SIeco = "SecondaryInterface";
const _SIn = "SnapshotId";
const _SIu$1 = "SubnetId";
const _SMPPOLP = "SpotMaxPricePercentageOverLowestPrice";
const _SNI$1 = "SecondaryNetworkId";
const _SNS = "SriovNetSupport";
const _SO$2 = "SpotOptions";
const _SPIAC = "SecondaryPrivateIpAddressCount";
const _SRc = "ScanResults";
const _SRt = "StateReason";
const _SSIe = "SecondarySubnetId";
const _STR = "StateTransitionReason";
const _SUD = "SensitiveUserData";
const _SV$1 = "SourceVersion";
const _St$2 = "State";
const _Sta = "Status";
const _T$5 = "Tags";
const _TET = "TcpEstablishedTimeout";
const _TL$1 = "TagList";
const _TLSGB = "TotalLocalStorageGB";
const _TLSGBR = "TotalLocalStorageGBRequest";
const _TPC = "ThreadsPerCore";
const _TS = "TagSpecifications";
const _TSa = "TagSpecification";
const _TSp = "TpmSupport";
const _Ta$2 = "Tag";
const _Te = "Tenancy";
const _Th$1 = "Throughput";
const _Ty$1 = "Type";
const _UDs = "UserData";
const _UIT = "UnsupportedInstanceTypes";
const _UITS = "UnsupportedInstanceTypeSet";
const _UO = "UsageOperation";
const _UOUT = "UsageOperationUpdateTime";
const _UST = "UdpStreamTimeout";
const _UTd = "UdpTimeout";
const _V$2 = "Value";
const _VCC = "VCpuCount";
const _VCCR = "VCpuCountRange";
const _VCCRR = "VCpuCountRangeRequest";
const _VD$1 = "VersionDescription";
const _VEa = "ValidationError";
const _VI$2 = "VpcId";
const _VIR = "VolumeInitializationRate";
const _VIo = "VolumeId";
const _VN = "VirtualName";
const _VNe = "VersionNumber";
const _VOI = "VolumeOwnerId";
const _VSL = "ValueStringList";
const _VSLe = "VersionStringList";
const _VSo = "VolumeSize";
const _VT = "VolumeType";
const _VTir = "VirtualizationType";
const _VU = "ValidUntil";
const _VW = "ValidationWarning";
const _Va$2 = "Values";
const _Ve$1 = "Versions";
const _W = "Warning";
const _WCT = "WatermarkCreationTime";
const _WK = "WatermarkKey";
const _aCIA = "associateCarrierIpAddress";
const _aCc = "acceleratorCount";
const _aITS = "allowedInstanceTypeSet";
const _aIt = "attachmentId";
const _aL = "accountLevel";
const _aLI = "amiLaunchIndex";
const _aMS$1 = "acceleratorManufacturerSet";
const _aNS = "acceleratorNameSet";
const _aPIA = "associatePublicIpAddress";
const _aRs = "associatedResource";
const _aRut = "autoRecovery";
const _aSS = "amdSevSnp";
const _aTMMB = "acceleratorTotalMemoryMiB";
const _aTSc = "acceleratorTypeSet";
const _aTt = "attachTime";
const _aZ$2 = "availabilityZone";
const _aZI = "availabilityZoneId";
const _af$1 = "affinity";
const _ar$1 = "arn";
const _arc = "architecture";
const _ass = "association";
const _at = "attachment";
const _bDM = "blockDeviceMapping";
const _bDMS = "blockDeviceMappingSet";
const _bDMl = "blockDurationMinutes";
const _bEBM = "baselineEbsBandwidthMbps";
const _bM = "bootMode";
const _bMa = "bareMetal";
const _bP$1 = "burstablePerformance";
const _bPF = "baselinePerformanceFactors";
const _bW = "bandwidthWeighting";
const _cBI = "capacityBlockId";
const _cBr = "createdBy";
const _cCo$1 = "coreCount";
const _cCp = "cpuCredits";
const _cDr = "creationDate";
const _cFAS = "criticalFixAvailableSince";
const _cI = "carrierIp";
const _cIBM = "currentInstanceBootMode";
const _cMSp = "cpuManufacturerSet";
const _cO = "cpuOptions";
const _cOI = "customerOwnedIp";
const _cRI = "capacityReservationId";
const _cRP = "capacityReservationPreference";
const _cRRGA = "capacityReservationResourceGroupArn";
const _cRSa = "capacityReservationSpecification";
const _cRT = "capacityReservationTarget";
const _cSr = "creditSpecification";
const _cT$1 = "clientToken";
const _cTC = "connectionTrackingConfiguration";
const _cTSo = "connectionTrackingSpecification";
const _cTre = "createTime";
const _co$2 = "code";
const _conf = "configured";
const _cou$1 = "count";
const _cp = "cpu";
const _dASi = "disableApiStop";
const _dAT = "disableApiTermination";
const _dI$1 = "deviceIndex";
const _dN$1 = "deviceName";
const _dNn = "dnsName";
const _dOT = "deleteOnTermination";
const _dPe = "deregistrationProtection";
const _dR = "dryRun";
const _dTe = "deprecationTime";
const _dVN = "defaultVersionNumber";
const _dVef = "defaultVersion";
const _de = "description";
const _eCI = "ebsCardIndex";
const _eGAI = "elasticGpuAssociationId";
const _eGAS = "elasticGpuAssociationState";
const _eGASl = "elasticGpuAssociationSet";
const _eGAT = "elasticGpuAssociationTime";
const _eGI = "elasticGpuId";
const _eGSS = "elasticGpuSpecificationSet";
const _eIAA = "elasticInferenceAcceleratorArn";
const _eIAAI = "elasticInferenceAcceleratorAssociationId";
const _eIAAS = "elasticInferenceAcceleratorAssociationState";
const _eIAASl = "elasticInferenceAcceleratorAssociationSet";
const _eIAAT = "elasticInferenceAcceleratorAssociationTime";
const _eIAS = "elasticInferenceAcceleratorSet";
const _eITSx = "excludedInstanceTypeSet";
const _eO = "ebsOptimized";
const _eOn = "enclaveOptions";
const _eQC = "enaQueueCount";
const _eQN = "ec2QueryName";
const _eRNDAAAAR = "enableResourceNameDnsAAAARecord";
const _eRNDAR = "enableResourceNameDnsARecord";
const _eSE = "enaSrdEnabled";
const _eSS = "enaSrdSpecification";
const _eSUE = "enaSrdUdpEnabled";
const _eSUS = "enaSrdUdpSpecification";
const _eSna = "enaSupport";
const _eSr = "errorSet";
const _eb = "ebs";
const _en = "enabled";
const _enc = "encrypted";
const _fSD = "findingScanDate";
const _fTE = "freeTierEligible";
const _gIr = "groupId";
const _gN$1 = "groupName";
const _gS$1 = "geographySet";
const _gSr = "groupSet";
const _h$2 = "hypervisor";
const _hBD = "hiddenByDefault";
const _hE$6 = "httpEndpoint";
const _hFAS = "highFixAvailableSince";
const _hFSL = "highestFindingSeverityLabel";
const _hI = "hostId";
const _hO = "hibernationOptions";
const _hPI$1 = "httpProtocolIpv6";
const _hPRHL$1 = "httpPutResponseHopLimit";
const _hRGA = "hostResourceGroupArn";
const _hT = "httpTokens";
const _hTE = "httpTokensEnforced";
const _hTo = "hostnameType";
const _i = "id";
const _iAC = "ipv6AddressCount";
const _iASp = "ipv6AddressesSet";
const _iAm$1 = "imageAllowed";
const _iAp$2 = "ipAddress";
const _iApv = "ipv6Address";
const _iF = "instanceFamily";
const _iFAS = "informationalFixAvailableSince";
const _iGSn = "instanceGenerationSet";
const _iI = "instanceId";
const _iIB = "instanceInterruptionBehavior";
const _iIP$1 = "iamInstanceProfile";
const _iISB = "instanceInitiatedShutdownBehavior";
const _iIma = "imageId";
const _iL = "imageLocation";
const _iLn = "instanceLifecycle";
const _iMO = "instanceMetadataOptions";
const _iMOn = "instanceMarketOptions";
const _iMT = "instanceMetadataTags";
const _iOA = "imageOwnerAlias";
const _iOI = "imageOwnerId";
const _iOIp = "ipOwnerId";
const _iPCp = "ipv4PrefixCount";
const _iPCpv = "ipv6PrefixCount";
const _iPIs = "isPrimaryIpv6";
const _iPSpvr = "ipv4PrefixSet";
const _iPSpvre = "ipv6PrefixSet";
const _iPpv = "ipv4Prefix";
const _iPpvr = "ipv6Prefix";
const _iPs = "isPublic";
const _iR = "instanceRequirements";
const _iSma = "imagesSet";
const _iSmag = "imageState";
const _iSmd = "imdsSupport";
const _iSns = "instancesSet";
const _iSnst$1 = "instanceState";
const _iT$1 = "instanceType";
const _iTSn = "instanceTypeSpecification";
const _iTm = "imageType";
const _iTnt = "interfaceType";
const _iWS = "imageWatermarkSet";
const _io$1 = "iops";
const _it = "item";
const _k$1 = "key";
const _kI = "kernelId";
const _kKI = "kmsKeyId";
const _kN = "keyName";
const _lCA = "licenseConfigurationArn";
const _lFAS = "lowFixAvailableSince";
const _lLT = "lastLaunchedTime";
const _lSTS = "localStorageTypeSet";
const _lSic = "licenseSet";
const _lSo = "localStorage";
const _lT$1 = "launchTemplate";
const _lTD = "launchTemplateData";
const _lTI = "launchTemplateId";
const _lTN = "launchTemplateName";
const _lTV = "launchTemplateVersion";
const _lTVS = "launchTemplateVersionSet";
const _lTau$1 = "launchTime";
const _lVN = "latestVersionNumber";
const _m$5 = "min";
const _mAa = "macAddress";
const _mB = "managedBy";
const _mCIS = "metricCategoryIdSet";
const _mEM = "managedExceptionMessage";
const _mFAS = "mediumFixAvailableSince";
const _mGBPVC = "memoryGiBPerVCpu";
const _mMB = "memoryMiB";
const _mO$1 = "metadataOptions";
const _mOa = "maintenanceOptions";
const _mP = "maxPrice";
const _mR$1 = "maxResults";
const _mSPAPOOODP = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice";
const _mTa = "marketType";
const _ma$1 = "max";
const _mana = "managed";
const _me = "message";
const _mon = "monitoring";
const _n$2 = "name";
const _nBGe = "networkBandwidthGbps";
const _nCI = "networkCardIndex";
const _nD = "noDevice";
const _nIC = "networkInterfaceCount";
const _nII$1 = "networkInterfaceId";
const _nIS = "networkInterfaceSet";
const _nPO = "networkPerformanceOptions";
const _nTe = "nextToken";
const _nV = "nestedVirtualization";
const _oA$1 = "outpostArn";
const _oDMPPOLP = "onDemandMaxPricePercentageOverLowestPrice";
const _oI$1 = "ownerId";
const _oIS = "optInStatus";
const _ope = "operator";
const _p$1 = "principal";
const _pC$1 = "productCodes";
const _pCr = "productCode";
const _pDNO = "privateDnsNameOptions";
const _pDNr = "privateDnsName";
const _pDNu$1 = "publicDnsName";
const _pDl = "platformDetails";
const _pI$1 = "publicIp";
const _pIAC = "privateIpAddressCount";
const _pIAS = "privateIpAddressesSet";
const _pIASr = "privateIpAddressSet";
const _pIAr$1 = "privateIpAddress";
const _pIri = "primaryIpv6";
const _pN$1 = "partitionNumber";
const _pSPN = "publicSsmParameterName";
const _pl = "platform";
const _pla$1 = "placement";
const _prim = "primary";
const _r$1 = "return";
const _rDI = "ramDiskId";
const _rDN = "rootDeviceName";
const _rDT = "rootDeviceType";
const _rEIT = "requireEncryptionInTransit";
const _rEe = "regionEndpoint";
const _rHS = "requireHibernateSupport";
const _rI = "reservationId";
const _rIa = "ramdiskId";
const _rIeg = "regionInfo";
const _rIeq = "requesterId";
const _rMe = "rebootMigration";
const _rNe$1 = "regionName";
const _rSe = "referenceSet";
const _rSes = "reservationSet";
const _rTe = "resourceType";
const _re$1 = "reason";
const _s$7 = "smithy.ts.sdk.synthetic.com.amazonaws.ec2";
const _sDC = "sourceDestCheck";
const _sDp = "spreadDomain";
const _sGIS = "securityGroupIdSet";
const _sGSe = "securityGroupSet";
const _sICT = "sourceImageCreationTime";
const _sII = "sourceInstanceId";
const _sIIe = "secondaryInterfaceId";
const _sIIo = "sourceImageId";
const _sIR = "sourceImageRegion";
const _sIRI = "spotInstanceRequestId";
const _sISe = "secondaryInterfaceSet";
const _sIT = "spotInstanceType";
const _sITS = "supportedInstanceTypeSet";
const _sIn = "snapshotId";
const _sIu$1 = "subnetId";
const _sMPPOLP = "spotMaxPricePercentageOverLowestPrice";
const _sNI$1 = "secondaryNetworkId";
const _sNSr = "sriovNetSupport";
const _sO$1 = "spotOptions";
const _sPIAC = "secondaryPrivateIpAddressCount";
const _sRc = "scanResults";
const _sRt = "stateReason";
const _sSI = "secondarySubnetId";
const _st$2 = "state";
const _sta = "status";
const _tET = "tcpEstablishedTimeout";
const _tLSGB = "totalLocalStorageGB";
const _tPC = "threadsPerCore";
const _tS = "tagSet";
const _tSS = "tagSpecificationSet";
const _tSp = "tpmSupport";
const _te = "tenancy";
const _th$2 = "throughput";
const _ty = "type";
const _uDs = "userData";
const _uITS = "unsupportedInstanceTypeSet";
const _uO = "usageOperation";
const _uOUT = "usageOperationUpdateTime";
const _uST = "udpStreamTimeout";
const _uTd = "udpTimeout";
const _v$1 = "value";
const _vCC = "vCpuCount";
const _vD = "versionDescription";
const _vI$1 = "vpcId";
const _vIR = "volumeInitializationRate";
const _vIo = "volumeId";
const _vN = "virtualName";
const _vNe = "versionNumber";
const _vOI = "volumeOwnerId";
const _vSo = "volumeSize";
const _vT = "volumeType";
const _vTi = "virtualizationType";
const _vU = "validUntil";
const _w = "warning";
const _wCT = "watermarkCreationTime";
const _wK = "watermarkKey";
const _xN = "xmlName";
const n0$7 = "com.amazonaws.ec2";
const _s_registry$7 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$7);
var EC2ServiceException$ = [
	-3,
	_s$7,
	"EC2ServiceException",
	0,
	[],
	[]
];
_s_registry$7.registerError(EC2ServiceException$, EC2ServiceException);
const errorTypeRegistries$7 = [_s_registry$7];
var SensitiveUserData = [
	0,
	n0$7,
	_SUD,
	8,
	0
];
var AcceleratorCount$ = [
	3,
	n0$7,
	_AC$1,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var AcceleratorCountRequest$ = [
	3,
	n0$7,
	_ACR$1,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var AcceleratorTotalMemoryMiB$ = [
	3,
	n0$7,
	_ATMMB,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var AcceleratorTotalMemoryMiBRequest$ = [
	3,
	n0$7,
	_ATMMBR,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var BaselineEbsBandwidthMbps$ = [
	3,
	n0$7,
	_BEBM,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var BaselineEbsBandwidthMbpsRequest$ = [
	3,
	n0$7,
	_BEBMR,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var BaselinePerformanceFactors$ = [
	3,
	n0$7,
	_BPF,
	0,
	[_Cp],
	[[() => CpuPerformanceFactor$, {
		[_eQN]: `Cpu`,
		[_xN]: _cp
	}]]
];
var BaselinePerformanceFactorsRequest$ = [
	3,
	n0$7,
	_BPFR,
	0,
	[_Cp],
	[[() => CpuPerformanceFactorRequest$, 0]]
];
var BlockDeviceMapping$ = [
	3,
	n0$7,
	_BDM,
	0,
	[
		_Eb,
		_ND,
		_DN$1,
		_VN
	],
	[
		[() => EbsBlockDevice$, {
			[_eQN]: `Ebs`,
			[_xN]: _eb
		}],
		[0, {
			[_eQN]: `NoDevice`,
			[_xN]: _nD
		}],
		[0, {
			[_eQN]: `DeviceName`,
			[_xN]: _dN$1
		}],
		[0, {
			[_eQN]: `VirtualName`,
			[_xN]: _vN
		}]
	]
];
var CapacityReservationSpecificationResponse$ = [
	3,
	n0$7,
	_CRSR,
	0,
	[_CRP, _CRT],
	[[0, {
		[_eQN]: `CapacityReservationPreference`,
		[_xN]: _cRP
	}], [() => CapacityReservationTargetResponse$, {
		[_eQN]: `CapacityReservationTarget`,
		[_xN]: _cRT
	}]]
];
var CapacityReservationTarget$ = [
	3,
	n0$7,
	_CRT,
	0,
	[_CRI, _CRRGA],
	[0, 0]
];
var CapacityReservationTargetResponse$ = [
	3,
	n0$7,
	_CRTR,
	0,
	[_CRI, _CRRGA],
	[[0, {
		[_eQN]: `CapacityReservationId`,
		[_xN]: _cRI
	}], [0, {
		[_eQN]: `CapacityReservationResourceGroupArn`,
		[_xN]: _cRRGA
	}]]
];
var ConnectionTrackingSpecification$ = [
	3,
	n0$7,
	_CTS,
	0,
	[
		_TET,
		_UTd,
		_UST
	],
	[
		[1, {
			[_eQN]: `TcpEstablishedTimeout`,
			[_xN]: _tET
		}],
		[1, {
			[_eQN]: `UdpTimeout`,
			[_xN]: _uTd
		}],
		[1, {
			[_eQN]: `UdpStreamTimeout`,
			[_xN]: _uST
		}]
	]
];
var ConnectionTrackingSpecificationRequest$ = [
	3,
	n0$7,
	_CTSR,
	0,
	[
		_TET,
		_UST,
		_UTd
	],
	[
		1,
		1,
		1
	]
];
var ConnectionTrackingSpecificationResponse$ = [
	3,
	n0$7,
	_CTSRo,
	0,
	[
		_TET,
		_UST,
		_UTd
	],
	[
		[1, {
			[_eQN]: `TcpEstablishedTimeout`,
			[_xN]: _tET
		}],
		[1, {
			[_eQN]: `UdpStreamTimeout`,
			[_xN]: _uST
		}],
		[1, {
			[_eQN]: `UdpTimeout`,
			[_xN]: _uTd
		}]
	]
];
var CpuOptions$ = [
	3,
	n0$7,
	_CO,
	0,
	[
		_CCor,
		_TPC,
		_ASSm,
		_NV
	],
	[
		[1, {
			[_eQN]: `CoreCount`,
			[_xN]: _cCo$1
		}],
		[1, {
			[_eQN]: `ThreadsPerCore`,
			[_xN]: _tPC
		}],
		[0, {
			[_eQN]: `AmdSevSnp`,
			[_xN]: _aSS
		}],
		[0, {
			[_eQN]: `NestedVirtualization`,
			[_xN]: _nV
		}]
	]
];
var CpuPerformanceFactor$ = [
	3,
	n0$7,
	_CPF$1,
	0,
	[_Ref],
	[[() => PerformanceFactorReferenceSet, {
		[_eQN]: `ReferenceSet`,
		[_xN]: _rSe
	}]]
];
var CpuPerformanceFactorRequest$ = [
	3,
	n0$7,
	_CPFR,
	0,
	[_Ref],
	[[() => PerformanceFactorReferenceSetRequest, { [_xN]: _Refe }]]
];
var CreateLaunchTemplateVersionRequest$ = [
	3,
	n0$7,
	_CLTVR,
	0,
	[
		_LTD,
		_DR,
		_CT$2,
		_LTI,
		_LTN,
		_SV$1,
		_VD$1,
		_RAeso
	],
	[
		[() => RequestLaunchTemplateData$, 0],
		2,
		[0, 4],
		0,
		0,
		0,
		0,
		2
	],
	1
];
var CreateLaunchTemplateVersionResult$ = [
	3,
	n0$7,
	_CLTVRr,
	0,
	[_LTV, _W],
	[[() => LaunchTemplateVersion$, {
		[_eQN]: `LaunchTemplateVersion`,
		[_xN]: _lTV
	}], [() => ValidationWarning$, {
		[_eQN]: `Warning`,
		[_xN]: _w
	}]]
];
var CreditSpecification$ = [
	3,
	n0$7,
	_CSr,
	0,
	[_CCp],
	[[0, {
		[_eQN]: `CpuCredits`,
		[_xN]: _cCp
	}]]
];
var CreditSpecificationRequest$ = [
	3,
	n0$7,
	_CSRred,
	0,
	[_CCp],
	[0],
	1
];
var DescribeImagesRequest$ = [
	3,
	n0$7,
	_DIRes,
	0,
	[
		_EU,
		_IIma,
		_Ow$1,
		_ID$2,
		_IDn$1,
		_MR$4,
		_NTe$1,
		_DR,
		_Fi$1
	],
	[
		[() => ExecutableByStringList, { [_xN]: _EBx }],
		[() => ImageIdStringList, { [_xN]: _IIm$1 }],
		[() => OwnerStringList, { [_xN]: _Own }],
		2,
		2,
		1,
		0,
		[2, {
			[_eQN]: `DryRun`,
			[_xN]: _dR
		}],
		[() => FilterList, { [_xN]: _Fil }]
	]
];
var DescribeImagesResult$ = [
	3,
	n0$7,
	_DIResc,
	0,
	[_NTe$1, _Im$1],
	[[0, {
		[_eQN]: `NextToken`,
		[_xN]: _nTe
	}], [() => ImageList, {
		[_eQN]: `ImagesSet`,
		[_xN]: _iSma
	}]]
];
var DescribeInstancesRequest$ = [
	3,
	n0$7,
	_DIRescr,
	0,
	[
		_IIn$1,
		_IMR,
		_DR,
		_Fi$1,
		_NTe$1,
		_MR$4
	],
	[
		[() => InstanceIdStringList, { [_xN]: _II }],
		2,
		[2, {
			[_eQN]: `DryRun`,
			[_xN]: _dR
		}],
		[() => FilterList, { [_xN]: _Fil }],
		[0, {
			[_eQN]: `NextToken`,
			[_xN]: _nTe
		}],
		[1, {
			[_eQN]: `MaxResults`,
			[_xN]: _mR$1
		}]
	]
];
var DescribeInstancesResult$ = [
	3,
	n0$7,
	_DIRescri,
	0,
	[_NTe$1, _Rese],
	[[0, {
		[_eQN]: `NextToken`,
		[_xN]: _nTe
	}], [() => ReservationList, {
		[_eQN]: `ReservationSet`,
		[_xN]: _rSes
	}]]
];
var DescribeLaunchTemplateVersionsRequest$ = [
	3,
	n0$7,
	_DLTVRes,
	0,
	[
		_DR,
		_LTI,
		_LTN,
		_Ve$1,
		_MV,
		_MVa,
		_NTe$1,
		_MR$4,
		_Fi$1,
		_RAeso,
		_IMR
	],
	[
		2,
		0,
		0,
		[() => VersionStringList, { [_xN]: _LTV }],
		0,
		0,
		0,
		1,
		[() => FilterList, { [_xN]: _Fil }],
		2,
		2
	]
];
var DescribeLaunchTemplateVersionsResult$ = [
	3,
	n0$7,
	_DLTVResc,
	0,
	[_LTVa, _NTe$1],
	[[() => LaunchTemplateVersionSet, {
		[_eQN]: `LaunchTemplateVersionSet`,
		[_xN]: _lTVS
	}], [0, {
		[_eQN]: `NextToken`,
		[_xN]: _nTe
	}]]
];
var DescribeRegionsRequest$ = [
	3,
	n0$7,
	_DRRe,
	0,
	[
		_RNe,
		_ARll,
		_DR,
		_Fi$1
	],
	[
		[() => RegionNameStringList, { [_xN]: _RN$3 }],
		2,
		[2, {
			[_eQN]: `DryRun`,
			[_xN]: _dR
		}],
		[() => FilterList, { [_xN]: _Fil }]
	]
];
var DescribeRegionsResult$ = [
	3,
	n0$7,
	_DRRes,
	0,
	[_Reg],
	[[() => RegionList, {
		[_eQN]: `RegionInfo`,
		[_xN]: _rIeg
	}]]
];
var EbsBlockDevice$ = [
	3,
	n0$7,
	_EBD,
	0,
	[
		_DOT,
		_Io,
		_SIn,
		_VSo,
		_VT,
		_KKI$1,
		_Th$1,
		_OA$1,
		_AZ$1,
		_Enc,
		_VIR,
		_AZI,
		_ECI
	],
	[
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[1, {
			[_eQN]: `Iops`,
			[_xN]: _io$1
		}],
		[0, {
			[_eQN]: `SnapshotId`,
			[_xN]: _sIn
		}],
		[1, {
			[_eQN]: `VolumeSize`,
			[_xN]: _vSo
		}],
		[0, {
			[_eQN]: `VolumeType`,
			[_xN]: _vT
		}],
		[0, {
			[_eQN]: `KmsKeyId`,
			[_xN]: _kKI
		}],
		[1, {
			[_eQN]: `Throughput`,
			[_xN]: _th$2
		}],
		[0, {
			[_eQN]: `OutpostArn`,
			[_xN]: _oA$1
		}],
		[0, {
			[_eQN]: `AvailabilityZone`,
			[_xN]: _aZ$2
		}],
		[2, {
			[_eQN]: `Encrypted`,
			[_xN]: _enc
		}],
		1,
		0,
		1
	]
];
var EbsInstanceBlockDevice$ = [
	3,
	n0$7,
	_EIBD,
	0,
	[
		_ATtt,
		_DOT,
		_Sta,
		_VIo,
		_ARss,
		_VOI,
		_Op$1,
		_ECI
	],
	[
		[4, {
			[_eQN]: `AttachTime`,
			[_xN]: _aTt
		}],
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[0, {
			[_eQN]: `Status`,
			[_xN]: _sta
		}],
		[0, {
			[_eQN]: `VolumeId`,
			[_xN]: _vIo
		}],
		[0, {
			[_eQN]: `AssociatedResource`,
			[_xN]: _aRs
		}],
		[0, {
			[_eQN]: `VolumeOwnerId`,
			[_xN]: _vOI
		}],
		[() => OperatorResponse$, {
			[_eQN]: `Operator`,
			[_xN]: _ope
		}],
		[1, {
			[_eQN]: `EbsCardIndex`,
			[_xN]: _eCI
		}]
	]
];
var ElasticGpuAssociation$ = [
	3,
	n0$7,
	_EGA,
	0,
	[
		_EGIl,
		_EGAI,
		_EGAS,
		_EGAT
	],
	[
		[0, {
			[_eQN]: `ElasticGpuId`,
			[_xN]: _eGI
		}],
		[0, {
			[_eQN]: `ElasticGpuAssociationId`,
			[_xN]: _eGAI
		}],
		[0, {
			[_eQN]: `ElasticGpuAssociationState`,
			[_xN]: _eGAS
		}],
		[0, {
			[_eQN]: `ElasticGpuAssociationTime`,
			[_xN]: _eGAT
		}]
	]
];
var ElasticGpuSpecification$ = [
	3,
	n0$7,
	_EGSla,
	0,
	[_Ty$1],
	[0],
	1
];
var ElasticGpuSpecificationResponse$ = [
	3,
	n0$7,
	_EGSR,
	0,
	[_Ty$1],
	[[0, {
		[_eQN]: `Type`,
		[_xN]: _ty
	}]]
];
var ElasticInferenceAcceleratorAssociation$ = [
	3,
	n0$7,
	_EIAA,
	0,
	[
		_EIAAl,
		_EIAAI,
		_EIAAS,
		_EIAAT
	],
	[
		[0, {
			[_eQN]: `ElasticInferenceAcceleratorArn`,
			[_xN]: _eIAA
		}],
		[0, {
			[_eQN]: `ElasticInferenceAcceleratorAssociationId`,
			[_xN]: _eIAAI
		}],
		[0, {
			[_eQN]: `ElasticInferenceAcceleratorAssociationState`,
			[_xN]: _eIAAS
		}],
		[4, {
			[_eQN]: `ElasticInferenceAcceleratorAssociationTime`,
			[_xN]: _eIAAT
		}]
	]
];
var EnaSrdSpecificationRequest$ = [
	3,
	n0$7,
	_ESSR,
	0,
	[_ESE, _ESUS],
	[2, () => EnaSrdUdpSpecificationRequest$]
];
var EnaSrdUdpSpecificationRequest$ = [
	3,
	n0$7,
	_ESUSR,
	0,
	[_ESUE],
	[2]
];
var EnclaveOptions$ = [
	3,
	n0$7,
	_EOn,
	0,
	[_En],
	[[2, {
		[_eQN]: `Enabled`,
		[_xN]: _en
	}]]
];
var Filter$ = [
	3,
	n0$7,
	_Fil,
	0,
	[_N$3, _Va$2],
	[0, [() => ValueStringList, { [_xN]: _V$2 }]]
];
var GetInstanceMetadataDefaultsRequest$ = [
	3,
	n0$7,
	_GIMDR,
	0,
	[_DR],
	[2]
];
var GetInstanceMetadataDefaultsResult$ = [
	3,
	n0$7,
	_GIMDRe,
	0,
	[_AL],
	[[() => InstanceMetadataDefaultsResponse$, {
		[_eQN]: `AccountLevel`,
		[_xN]: _aL
	}]]
];
var GroupIdentifier$ = [
	3,
	n0$7,
	_GIrou,
	0,
	[_GIr, _GN$1],
	[[0, {
		[_eQN]: `GroupId`,
		[_xN]: _gIr
	}], [0, {
		[_eQN]: `GroupName`,
		[_xN]: _gN$1
	}]]
];
var HibernationOptions$ = [
	3,
	n0$7,
	_HO,
	0,
	[_Conf$1],
	[[2, {
		[_eQN]: `Configured`,
		[_xN]: _conf
	}]]
];
var IamInstanceProfile$$1 = [
	3,
	n0$7,
	_IIP$1,
	0,
	[_Ar$2, _I$2],
	[[0, {
		[_eQN]: `Arn`,
		[_xN]: _ar$1
	}], [0, {
		[_eQN]: `Id`,
		[_xN]: _i
	}]]
];
var Image$ = [
	3,
	n0$7,
	_Ima,
	0,
	[
		_PDl,
		_UO,
		_BDMl,
		_De,
		_ESna,
		_Hy,
		_IOA,
		_N$3,
		_RDN,
		_RDT,
		_SNS,
		_SRt,
		_T$5,
		_VTir,
		_BM,
		_TSp,
		_DTe,
		_ISmd,
		_SIIo,
		_DPer,
		_LLT,
		_IAm$1,
		_SII,
		_SIRo,
		_FTE,
		_PSPN,
		_IW,
		_SRc,
		_ITSn,
		_IIm$1,
		_IL$1,
		_St$2,
		_OI$1,
		_CDr,
		_Pu,
		_PCro,
		_Arc,
		_ITm,
		_KI,
		_RIa,
		_Pl
	],
	[
		[0, {
			[_eQN]: `PlatformDetails`,
			[_xN]: _pDl
		}],
		[0, {
			[_eQN]: `UsageOperation`,
			[_xN]: _uO
		}],
		[() => BlockDeviceMappingList, {
			[_eQN]: `BlockDeviceMapping`,
			[_xN]: _bDM
		}],
		[0, {
			[_eQN]: `Description`,
			[_xN]: _de
		}],
		[2, {
			[_eQN]: `EnaSupport`,
			[_xN]: _eSna
		}],
		[0, {
			[_eQN]: `Hypervisor`,
			[_xN]: _h$2
		}],
		[0, {
			[_eQN]: `ImageOwnerAlias`,
			[_xN]: _iOA
		}],
		[0, {
			[_eQN]: `Name`,
			[_xN]: _n$2
		}],
		[0, {
			[_eQN]: `RootDeviceName`,
			[_xN]: _rDN
		}],
		[0, {
			[_eQN]: `RootDeviceType`,
			[_xN]: _rDT
		}],
		[0, {
			[_eQN]: `SriovNetSupport`,
			[_xN]: _sNSr
		}],
		[() => StateReason$, {
			[_eQN]: `StateReason`,
			[_xN]: _sRt
		}],
		[() => TagList$1, {
			[_eQN]: `TagSet`,
			[_xN]: _tS
		}],
		[0, {
			[_eQN]: `VirtualizationType`,
			[_xN]: _vTi
		}],
		[0, {
			[_eQN]: `BootMode`,
			[_xN]: _bM
		}],
		[0, {
			[_eQN]: `TpmSupport`,
			[_xN]: _tSp
		}],
		[0, {
			[_eQN]: `DeprecationTime`,
			[_xN]: _dTe
		}],
		[0, {
			[_eQN]: `ImdsSupport`,
			[_xN]: _iSmd
		}],
		[0, {
			[_eQN]: `SourceInstanceId`,
			[_xN]: _sII
		}],
		[0, {
			[_eQN]: `DeregistrationProtection`,
			[_xN]: _dPe
		}],
		[0, {
			[_eQN]: `LastLaunchedTime`,
			[_xN]: _lLT
		}],
		[2, {
			[_eQN]: `ImageAllowed`,
			[_xN]: _iAm$1
		}],
		[0, {
			[_eQN]: `SourceImageId`,
			[_xN]: _sIIo
		}],
		[0, {
			[_eQN]: `SourceImageRegion`,
			[_xN]: _sIR
		}],
		[2, {
			[_eQN]: `FreeTierEligible`,
			[_xN]: _fTE
		}],
		[0, {
			[_eQN]: `PublicSsmParameterName`,
			[_xN]: _pSPN
		}],
		[() => ImageWatermarkList, {
			[_eQN]: `ImageWatermarkSet`,
			[_xN]: _iWS
		}],
		[() => ScanResults$, {
			[_eQN]: `ScanResults`,
			[_xN]: _sRc
		}],
		[() => InstanceTypeSpecification$, {
			[_eQN]: `InstanceTypeSpecification`,
			[_xN]: _iTSn
		}],
		[0, {
			[_eQN]: `ImageId`,
			[_xN]: _iIma
		}],
		[0, {
			[_eQN]: `ImageLocation`,
			[_xN]: _iL
		}],
		[0, {
			[_eQN]: `ImageState`,
			[_xN]: _iSmag
		}],
		[0, {
			[_eQN]: `ImageOwnerId`,
			[_xN]: _iOI
		}],
		[0, {
			[_eQN]: `CreationDate`,
			[_xN]: _cDr
		}],
		[2, {
			[_eQN]: `IsPublic`,
			[_xN]: _iPs
		}],
		[() => ProductCodeList, {
			[_eQN]: `ProductCodes`,
			[_xN]: _pC$1
		}],
		[0, {
			[_eQN]: `Architecture`,
			[_xN]: _arc
		}],
		[0, {
			[_eQN]: `ImageType`,
			[_xN]: _iTm
		}],
		[0, {
			[_eQN]: `KernelId`,
			[_xN]: _kI
		}],
		[0, {
			[_eQN]: `RamdiskId`,
			[_xN]: _rIa
		}],
		[0, {
			[_eQN]: `Platform`,
			[_xN]: _pl
		}]
	]
];
var ImageWatermark$ = [
	3,
	n0$7,
	_IWm,
	0,
	[
		_WK,
		_SIRo,
		_SII,
		_SICT,
		_WCT
	],
	[
		[0, {
			[_eQN]: `WatermarkKey`,
			[_xN]: _wK
		}],
		[0, {
			[_eQN]: `SourceImageRegion`,
			[_xN]: _sIR
		}],
		[0, {
			[_eQN]: `SourceImageId`,
			[_xN]: _sIIo
		}],
		[4, {
			[_eQN]: `SourceImageCreationTime`,
			[_xN]: _sICT
		}],
		[4, {
			[_eQN]: `WatermarkCreationTime`,
			[_xN]: _wCT
		}]
	]
];
var Instance$$1 = [
	3,
	n0$7,
	_In$1,
	0,
	[
		_Arc,
		_BDMl,
		_CT$2,
		_EO,
		_ESna,
		_Hy,
		_IIP$1,
		_ILn,
		_EGAl,
		_EIAAla,
		_NIet,
		_OA$1,
		_RDN,
		_RDT,
		_SGe$1,
		_SDC,
		_SIRI,
		_SNS,
		_SRt,
		_T$5,
		_VTir,
		_CO,
		_CBI,
		_CRI,
		_CRSa,
		_HO,
		_Lic,
		_MO,
		_EOn,
		_BM,
		_PDl,
		_UO,
		_UOUT,
		_PDNO,
		_IApv,
		_TSp,
		_MOa,
		_CIBM,
		_NPO,
		_Op$1,
		_SIec,
		_II,
		_IIm$1,
		_St$2,
		_PDN$1,
		_PDNub,
		_STR,
		_KN,
		_ALI,
		_PCro,
		_IT$2,
		_LTau$1,
		_Pla$1,
		_KI,
		_RIa,
		_Pl,
		_Mon,
		_SIu$1,
		_VI$2,
		_PIAr$1,
		_PIAu
	],
	[
		[0, {
			[_eQN]: `Architecture`,
			[_xN]: _arc
		}],
		[() => InstanceBlockDeviceMappingList, {
			[_eQN]: `BlockDeviceMapping`,
			[_xN]: _bDM
		}],
		[0, {
			[_eQN]: `ClientToken`,
			[_xN]: _cT$1
		}],
		[2, {
			[_eQN]: `EbsOptimized`,
			[_xN]: _eO
		}],
		[2, {
			[_eQN]: `EnaSupport`,
			[_xN]: _eSna
		}],
		[0, {
			[_eQN]: `Hypervisor`,
			[_xN]: _h$2
		}],
		[() => IamInstanceProfile$$1, {
			[_eQN]: `IamInstanceProfile`,
			[_xN]: _iIP$1
		}],
		[0, {
			[_eQN]: `InstanceLifecycle`,
			[_xN]: _iLn
		}],
		[() => ElasticGpuAssociationList, {
			[_eQN]: `ElasticGpuAssociationSet`,
			[_xN]: _eGASl
		}],
		[() => ElasticInferenceAcceleratorAssociationList, {
			[_eQN]: `ElasticInferenceAcceleratorAssociationSet`,
			[_xN]: _eIAASl
		}],
		[() => InstanceNetworkInterfaceList, {
			[_eQN]: `NetworkInterfaceSet`,
			[_xN]: _nIS
		}],
		[0, {
			[_eQN]: `OutpostArn`,
			[_xN]: _oA$1
		}],
		[0, {
			[_eQN]: `RootDeviceName`,
			[_xN]: _rDN
		}],
		[0, {
			[_eQN]: `RootDeviceType`,
			[_xN]: _rDT
		}],
		[() => GroupIdentifierList, {
			[_eQN]: `GroupSet`,
			[_xN]: _gSr
		}],
		[2, {
			[_eQN]: `SourceDestCheck`,
			[_xN]: _sDC
		}],
		[0, {
			[_eQN]: `SpotInstanceRequestId`,
			[_xN]: _sIRI
		}],
		[0, {
			[_eQN]: `SriovNetSupport`,
			[_xN]: _sNSr
		}],
		[() => StateReason$, {
			[_eQN]: `StateReason`,
			[_xN]: _sRt
		}],
		[() => TagList$1, {
			[_eQN]: `TagSet`,
			[_xN]: _tS
		}],
		[0, {
			[_eQN]: `VirtualizationType`,
			[_xN]: _vTi
		}],
		[() => CpuOptions$, {
			[_eQN]: `CpuOptions`,
			[_xN]: _cO
		}],
		[0, {
			[_eQN]: `CapacityBlockId`,
			[_xN]: _cBI
		}],
		[0, {
			[_eQN]: `CapacityReservationId`,
			[_xN]: _cRI
		}],
		[() => CapacityReservationSpecificationResponse$, {
			[_eQN]: `CapacityReservationSpecification`,
			[_xN]: _cRSa
		}],
		[() => HibernationOptions$, {
			[_eQN]: `HibernationOptions`,
			[_xN]: _hO
		}],
		[() => LicenseList, {
			[_eQN]: `LicenseSet`,
			[_xN]: _lSic
		}],
		[() => InstanceMetadataOptionsResponse$, {
			[_eQN]: `MetadataOptions`,
			[_xN]: _mO$1
		}],
		[() => EnclaveOptions$, {
			[_eQN]: `EnclaveOptions`,
			[_xN]: _eOn
		}],
		[0, {
			[_eQN]: `BootMode`,
			[_xN]: _bM
		}],
		[0, {
			[_eQN]: `PlatformDetails`,
			[_xN]: _pDl
		}],
		[0, {
			[_eQN]: `UsageOperation`,
			[_xN]: _uO
		}],
		[4, {
			[_eQN]: `UsageOperationUpdateTime`,
			[_xN]: _uOUT
		}],
		[() => PrivateDnsNameOptionsResponse$, {
			[_eQN]: `PrivateDnsNameOptions`,
			[_xN]: _pDNO
		}],
		[0, {
			[_eQN]: `Ipv6Address`,
			[_xN]: _iApv
		}],
		[0, {
			[_eQN]: `TpmSupport`,
			[_xN]: _tSp
		}],
		[() => InstanceMaintenanceOptions$, {
			[_eQN]: `MaintenanceOptions`,
			[_xN]: _mOa
		}],
		[0, {
			[_eQN]: `CurrentInstanceBootMode`,
			[_xN]: _cIBM
		}],
		[() => InstanceNetworkPerformanceOptions$, {
			[_eQN]: `NetworkPerformanceOptions`,
			[_xN]: _nPO
		}],
		[() => OperatorResponse$, {
			[_eQN]: `Operator`,
			[_xN]: _ope
		}],
		[() => InstanceSecondaryInterfaceList, {
			[_eQN]: `SecondaryInterfaceSet`,
			[_xN]: _sISe
		}],
		[0, {
			[_eQN]: `InstanceId`,
			[_xN]: _iI
		}],
		[0, {
			[_eQN]: `ImageId`,
			[_xN]: _iIma
		}],
		[() => InstanceState$$1, {
			[_eQN]: `InstanceState`,
			[_xN]: _iSnst$1
		}],
		[0, {
			[_eQN]: `PrivateDnsName`,
			[_xN]: _pDNr
		}],
		[0, {
			[_eQN]: `DnsName`,
			[_xN]: _dNn
		}],
		[0, {
			[_eQN]: `Reason`,
			[_xN]: _re$1
		}],
		[0, {
			[_eQN]: `KeyName`,
			[_xN]: _kN
		}],
		[1, {
			[_eQN]: `AmiLaunchIndex`,
			[_xN]: _aLI
		}],
		[() => ProductCodeList, {
			[_eQN]: `ProductCodes`,
			[_xN]: _pC$1
		}],
		[0, {
			[_eQN]: `InstanceType`,
			[_xN]: _iT$1
		}],
		[4, {
			[_eQN]: `LaunchTime`,
			[_xN]: _lTau$1
		}],
		[() => Placement$, {
			[_eQN]: `Placement`,
			[_xN]: _pla$1
		}],
		[0, {
			[_eQN]: `KernelId`,
			[_xN]: _kI
		}],
		[0, {
			[_eQN]: `RamdiskId`,
			[_xN]: _rIa
		}],
		[0, {
			[_eQN]: `Platform`,
			[_xN]: _pl
		}],
		[() => Monitoring$, {
			[_eQN]: `Monitoring`,
			[_xN]: _mon
		}],
		[0, {
			[_eQN]: `SubnetId`,
			[_xN]: _sIu$1
		}],
		[0, {
			[_eQN]: `VpcId`,
			[_xN]: _vI$1
		}],
		[0, {
			[_eQN]: `PrivateIpAddress`,
			[_xN]: _pIAr$1
		}],
		[0, {
			[_eQN]: `IpAddress`,
			[_xN]: _iAp$2
		}]
	]
];
var InstanceAttachmentEnaSrdSpecification$ = [
	3,
	n0$7,
	_IAESS,
	0,
	[_ESE, _ESUS],
	[[2, {
		[_eQN]: `EnaSrdEnabled`,
		[_xN]: _eSE
	}], [() => InstanceAttachmentEnaSrdUdpSpecification$, {
		[_eQN]: `EnaSrdUdpSpecification`,
		[_xN]: _eSUS
	}]]
];
var InstanceAttachmentEnaSrdUdpSpecification$ = [
	3,
	n0$7,
	_IAESUS,
	0,
	[_ESUE],
	[[2, {
		[_eQN]: `EnaSrdUdpEnabled`,
		[_xN]: _eSUE
	}]]
];
var InstanceBlockDeviceMapping$ = [
	3,
	n0$7,
	_IBDM,
	0,
	[_DN$1, _Eb],
	[[0, {
		[_eQN]: `DeviceName`,
		[_xN]: _dN$1
	}], [() => EbsInstanceBlockDevice$, {
		[_eQN]: `Ebs`,
		[_xN]: _eb
	}]]
];
var InstanceIpv4Prefix$ = [
	3,
	n0$7,
	_IIPn,
	0,
	[_IPpvre],
	[[0, {
		[_eQN]: `Ipv4Prefix`,
		[_xN]: _iPpv
	}]]
];
var InstanceIpv6Address$ = [
	3,
	n0$7,
	_IIA,
	0,
	[_IApv, _IPIs],
	[[0, {
		[_eQN]: `Ipv6Address`,
		[_xN]: _iApv
	}], [2, {
		[_eQN]: `IsPrimaryIpv6`,
		[_xN]: _iPIs
	}]]
];
var InstanceIpv6AddressRequest$ = [
	3,
	n0$7,
	_IIAR,
	0,
	[_IApv],
	[0]
];
var InstanceIpv6Prefix$ = [
	3,
	n0$7,
	_IIPns,
	0,
	[_IPpv],
	[[0, {
		[_eQN]: `Ipv6Prefix`,
		[_xN]: _iPpvr
	}]]
];
var InstanceMaintenanceOptions$ = [
	3,
	n0$7,
	_IMO$1,
	0,
	[_ARuto, _RMe],
	[[0, {
		[_eQN]: `AutoRecovery`,
		[_xN]: _aRut
	}], [0, {
		[_eQN]: `RebootMigration`,
		[_xN]: _rMe
	}]]
];
var InstanceMetadataDefaultsResponse$ = [
	3,
	n0$7,
	_IMDR,
	0,
	[
		_HT,
		_HPRHL,
		_HE,
		_IMT,
		_MB,
		_MEM,
		_HTE
	],
	[
		[0, {
			[_eQN]: `HttpTokens`,
			[_xN]: _hT
		}],
		[1, {
			[_eQN]: `HttpPutResponseHopLimit`,
			[_xN]: _hPRHL$1
		}],
		[0, {
			[_eQN]: `HttpEndpoint`,
			[_xN]: _hE$6
		}],
		[0, {
			[_eQN]: `InstanceMetadataTags`,
			[_xN]: _iMT
		}],
		[0, {
			[_eQN]: `ManagedBy`,
			[_xN]: _mB
		}],
		[0, {
			[_eQN]: `ManagedExceptionMessage`,
			[_xN]: _mEM
		}],
		[0, {
			[_eQN]: `HttpTokensEnforced`,
			[_xN]: _hTE
		}]
	]
];
var InstanceMetadataOptionsResponse$ = [
	3,
	n0$7,
	_IMORnst,
	0,
	[
		_St$2,
		_HT,
		_HPRHL,
		_HE,
		_HPI,
		_IMT
	],
	[
		[0, {
			[_eQN]: `State`,
			[_xN]: _st$2
		}],
		[0, {
			[_eQN]: `HttpTokens`,
			[_xN]: _hT
		}],
		[1, {
			[_eQN]: `HttpPutResponseHopLimit`,
			[_xN]: _hPRHL$1
		}],
		[0, {
			[_eQN]: `HttpEndpoint`,
			[_xN]: _hE$6
		}],
		[0, {
			[_eQN]: `HttpProtocolIpv6`,
			[_xN]: _hPI$1
		}],
		[0, {
			[_eQN]: `InstanceMetadataTags`,
			[_xN]: _iMT
		}]
	]
];
var InstanceNetworkInterface$ = [
	3,
	n0$7,
	_INI,
	0,
	[
		_Ass,
		_Att,
		_De,
		_G$1,
		_IA$1,
		_MAa,
		_NII$2,
		_OI$1,
		_PDN$1,
		_PIAr$1,
		_PIAri,
		_SDC,
		_Sta,
		_SIu$1,
		_VI$2,
		_ITnt,
		_IPpvr,
		_IPp,
		_CTC,
		_Op$1
	],
	[
		[() => InstanceNetworkInterfaceAssociation$, {
			[_eQN]: `Association`,
			[_xN]: _ass
		}],
		[() => InstanceNetworkInterfaceAttachment$, {
			[_eQN]: `Attachment`,
			[_xN]: _at
		}],
		[0, {
			[_eQN]: `Description`,
			[_xN]: _de
		}],
		[() => GroupIdentifierList, {
			[_eQN]: `GroupSet`,
			[_xN]: _gSr
		}],
		[() => InstanceIpv6AddressList, {
			[_eQN]: `Ipv6AddressesSet`,
			[_xN]: _iASp
		}],
		[0, {
			[_eQN]: `MacAddress`,
			[_xN]: _mAa
		}],
		[0, {
			[_eQN]: `NetworkInterfaceId`,
			[_xN]: _nII$1
		}],
		[0, {
			[_eQN]: `OwnerId`,
			[_xN]: _oI$1
		}],
		[0, {
			[_eQN]: `PrivateDnsName`,
			[_xN]: _pDNr
		}],
		[0, {
			[_eQN]: `PrivateIpAddress`,
			[_xN]: _pIAr$1
		}],
		[() => InstancePrivateIpAddressList, {
			[_eQN]: `PrivateIpAddressesSet`,
			[_xN]: _pIAS
		}],
		[2, {
			[_eQN]: `SourceDestCheck`,
			[_xN]: _sDC
		}],
		[0, {
			[_eQN]: `Status`,
			[_xN]: _sta
		}],
		[0, {
			[_eQN]: `SubnetId`,
			[_xN]: _sIu$1
		}],
		[0, {
			[_eQN]: `VpcId`,
			[_xN]: _vI$1
		}],
		[0, {
			[_eQN]: `InterfaceType`,
			[_xN]: _iTnt
		}],
		[() => InstanceIpv4PrefixList, {
			[_eQN]: `Ipv4PrefixSet`,
			[_xN]: _iPSpvr
		}],
		[() => InstanceIpv6PrefixList, {
			[_eQN]: `Ipv6PrefixSet`,
			[_xN]: _iPSpvre
		}],
		[() => ConnectionTrackingSpecificationResponse$, {
			[_eQN]: `ConnectionTrackingConfiguration`,
			[_xN]: _cTC
		}],
		[() => OperatorResponse$, {
			[_eQN]: `Operator`,
			[_xN]: _ope
		}]
	]
];
var InstanceNetworkInterfaceAssociation$ = [
	3,
	n0$7,
	_INIA,
	0,
	[
		_CI,
		_COI,
		_IOI,
		_PDNub,
		_PI$3
	],
	[
		[0, {
			[_eQN]: `CarrierIp`,
			[_xN]: _cI
		}],
		[0, {
			[_eQN]: `CustomerOwnedIp`,
			[_xN]: _cOI
		}],
		[0, {
			[_eQN]: `IpOwnerId`,
			[_xN]: _iOIp
		}],
		[0, {
			[_eQN]: `PublicDnsName`,
			[_xN]: _pDNu$1
		}],
		[0, {
			[_eQN]: `PublicIp`,
			[_xN]: _pI$1
		}]
	]
];
var InstanceNetworkInterfaceAttachment$ = [
	3,
	n0$7,
	_INIAn,
	0,
	[
		_ATtt,
		_AItt,
		_DOT,
		_DI$1,
		_Sta,
		_NCI,
		_ESS,
		_EQC
	],
	[
		[4, {
			[_eQN]: `AttachTime`,
			[_xN]: _aTt
		}],
		[0, {
			[_eQN]: `AttachmentId`,
			[_xN]: _aIt
		}],
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[1, {
			[_eQN]: `DeviceIndex`,
			[_xN]: _dI$1
		}],
		[0, {
			[_eQN]: `Status`,
			[_xN]: _sta
		}],
		[1, {
			[_eQN]: `NetworkCardIndex`,
			[_xN]: _nCI
		}],
		[() => InstanceAttachmentEnaSrdSpecification$, {
			[_eQN]: `EnaSrdSpecification`,
			[_xN]: _eSS
		}],
		[1, {
			[_eQN]: `EnaQueueCount`,
			[_xN]: _eQC
		}]
	]
];
var InstanceNetworkPerformanceOptions$ = [
	3,
	n0$7,
	_INPO,
	0,
	[_BW],
	[[0, {
		[_eQN]: `BandwidthWeighting`,
		[_xN]: _bW
	}]]
];
var InstancePrivateIpAddress$ = [
	3,
	n0$7,
	_IPIA,
	0,
	[
		_Ass,
		_Prim,
		_PDN$1,
		_PIAr$1
	],
	[
		[() => InstanceNetworkInterfaceAssociation$, {
			[_eQN]: `Association`,
			[_xN]: _ass
		}],
		[2, {
			[_eQN]: `Primary`,
			[_xN]: _prim
		}],
		[0, {
			[_eQN]: `PrivateDnsName`,
			[_xN]: _pDNr
		}],
		[0, {
			[_eQN]: `PrivateIpAddress`,
			[_xN]: _pIAr$1
		}]
	]
];
var InstanceRequirements$ = [
	3,
	n0$7,
	_IR,
	0,
	[
		_VCC,
		_MMB,
		_CM,
		_MGBPVC,
		_EITxc,
		_IGns,
		_SMPPOLP,
		_ODMPPOLP,
		_BMa,
		_BP$1,
		_RHS,
		_NIC,
		_LSo,
		_LST,
		_TLSGB,
		_BEBM,
		_ATc$1,
		_AC$1,
		_AMc,
		_ANcc,
		_ATMMB,
		_NBGe,
		_AIT,
		_MSPAPOOODP,
		_BPF,
		_REIT
	],
	[
		[() => VCpuCountRange$, {
			[_eQN]: `VCpuCount`,
			[_xN]: _vCC
		}],
		[() => MemoryMiB$, {
			[_eQN]: `MemoryMiB`,
			[_xN]: _mMB
		}],
		[() => CpuManufacturerSet, {
			[_eQN]: `CpuManufacturerSet`,
			[_xN]: _cMSp
		}],
		[() => MemoryGiBPerVCpu$, {
			[_eQN]: `MemoryGiBPerVCpu`,
			[_xN]: _mGBPVC
		}],
		[() => ExcludedInstanceTypeSet, {
			[_eQN]: `ExcludedInstanceTypeSet`,
			[_xN]: _eITSx
		}],
		[() => InstanceGenerationSet, {
			[_eQN]: `InstanceGenerationSet`,
			[_xN]: _iGSn
		}],
		[1, {
			[_eQN]: `SpotMaxPricePercentageOverLowestPrice`,
			[_xN]: _sMPPOLP
		}],
		[1, {
			[_eQN]: `OnDemandMaxPricePercentageOverLowestPrice`,
			[_xN]: _oDMPPOLP
		}],
		[0, {
			[_eQN]: `BareMetal`,
			[_xN]: _bMa
		}],
		[0, {
			[_eQN]: `BurstablePerformance`,
			[_xN]: _bP$1
		}],
		[2, {
			[_eQN]: `RequireHibernateSupport`,
			[_xN]: _rHS
		}],
		[() => NetworkInterfaceCount$, {
			[_eQN]: `NetworkInterfaceCount`,
			[_xN]: _nIC
		}],
		[0, {
			[_eQN]: `LocalStorage`,
			[_xN]: _lSo
		}],
		[() => LocalStorageTypeSet, {
			[_eQN]: `LocalStorageTypeSet`,
			[_xN]: _lSTS
		}],
		[() => TotalLocalStorageGB$, {
			[_eQN]: `TotalLocalStorageGB`,
			[_xN]: _tLSGB
		}],
		[() => BaselineEbsBandwidthMbps$, {
			[_eQN]: `BaselineEbsBandwidthMbps`,
			[_xN]: _bEBM
		}],
		[() => AcceleratorTypeSet, {
			[_eQN]: `AcceleratorTypeSet`,
			[_xN]: _aTSc
		}],
		[() => AcceleratorCount$, {
			[_eQN]: `AcceleratorCount`,
			[_xN]: _aCc
		}],
		[() => AcceleratorManufacturerSet, {
			[_eQN]: `AcceleratorManufacturerSet`,
			[_xN]: _aMS$1
		}],
		[() => AcceleratorNameSet, {
			[_eQN]: `AcceleratorNameSet`,
			[_xN]: _aNS
		}],
		[() => AcceleratorTotalMemoryMiB$, {
			[_eQN]: `AcceleratorTotalMemoryMiB`,
			[_xN]: _aTMMB
		}],
		[() => NetworkBandwidthGbps$, {
			[_eQN]: `NetworkBandwidthGbps`,
			[_xN]: _nBGe
		}],
		[() => AllowedInstanceTypeSet, {
			[_eQN]: `AllowedInstanceTypeSet`,
			[_xN]: _aITS
		}],
		[1, {
			[_eQN]: `MaxSpotPriceAsPercentageOfOptimalOnDemandPrice`,
			[_xN]: _mSPAPOOODP
		}],
		[() => BaselinePerformanceFactors$, {
			[_eQN]: `BaselinePerformanceFactors`,
			[_xN]: _bPF
		}],
		[2, {
			[_eQN]: `RequireEncryptionInTransit`,
			[_xN]: _rEIT
		}]
	]
];
var InstanceRequirementsRequest$ = [
	3,
	n0$7,
	_IRR,
	0,
	[
		_VCC,
		_MMB,
		_CM,
		_MGBPVC,
		_EITxc,
		_IGns,
		_SMPPOLP,
		_ODMPPOLP,
		_BMa,
		_BP$1,
		_RHS,
		_NIC,
		_LSo,
		_LST,
		_TLSGB,
		_BEBM,
		_ATc$1,
		_AC$1,
		_AMc,
		_ANcc,
		_ATMMB,
		_NBGe,
		_AIT,
		_MSPAPOOODP,
		_BPF,
		_REIT
	],
	[
		() => VCpuCountRangeRequest$,
		() => MemoryMiBRequest$,
		[() => CpuManufacturerSet, { [_xN]: _CMp }],
		() => MemoryGiBPerVCpuRequest$,
		[() => ExcludedInstanceTypeSet, { [_xN]: _EITxcl }],
		[() => InstanceGenerationSet, { [_xN]: _IGnst }],
		1,
		1,
		0,
		0,
		2,
		() => NetworkInterfaceCountRequest$,
		0,
		[() => LocalStorageTypeSet, { [_xN]: _LSTo }],
		() => TotalLocalStorageGBRequest$,
		() => BaselineEbsBandwidthMbpsRequest$,
		[() => AcceleratorTypeSet, { [_xN]: _ATcc }],
		() => AcceleratorCountRequest$,
		[() => AcceleratorManufacturerSet, { [_xN]: _AMcc }],
		[() => AcceleratorNameSet, { [_xN]: _ANcce }],
		() => AcceleratorTotalMemoryMiBRequest$,
		() => NetworkBandwidthGbpsRequest$,
		[() => AllowedInstanceTypeSet, { [_xN]: _AITl }],
		1,
		[() => BaselinePerformanceFactorsRequest$, 0],
		2
	],
	2
];
var InstanceSecondaryInterface$ = [
	3,
	n0$7,
	_ISIn,
	0,
	[
		_Att,
		_MAa,
		_SIIec,
		_OI$1,
		_PIAri,
		_SDC,
		_Sta,
		_SSIe,
		_SNI$1,
		_ITnt
	],
	[
		[() => InstanceSecondaryInterfaceAttachment$, {
			[_eQN]: `Attachment`,
			[_xN]: _at
		}],
		[0, {
			[_eQN]: `MacAddress`,
			[_xN]: _mAa
		}],
		[0, {
			[_eQN]: `SecondaryInterfaceId`,
			[_xN]: _sIIe
		}],
		[0, {
			[_eQN]: `OwnerId`,
			[_xN]: _oI$1
		}],
		[() => InstanceSecondaryInterfacePrivateIpAddressList, {
			[_eQN]: `PrivateIpAddressSet`,
			[_xN]: _pIASr
		}],
		[2, {
			[_eQN]: `SourceDestCheck`,
			[_xN]: _sDC
		}],
		[0, {
			[_eQN]: `Status`,
			[_xN]: _sta
		}],
		[0, {
			[_eQN]: `SecondarySubnetId`,
			[_xN]: _sSI
		}],
		[0, {
			[_eQN]: `SecondaryNetworkId`,
			[_xN]: _sNI$1
		}],
		[0, {
			[_eQN]: `InterfaceType`,
			[_xN]: _iTnt
		}]
	]
];
var InstanceSecondaryInterfaceAttachment$ = [
	3,
	n0$7,
	_ISIA,
	0,
	[
		_ATtt,
		_AItt,
		_DOT,
		_DI$1,
		_Sta,
		_NCI
	],
	[
		[4, {
			[_eQN]: `AttachTime`,
			[_xN]: _aTt
		}],
		[0, {
			[_eQN]: `AttachmentId`,
			[_xN]: _aIt
		}],
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[1, {
			[_eQN]: `DeviceIndex`,
			[_xN]: _dI$1
		}],
		[0, {
			[_eQN]: `Status`,
			[_xN]: _sta
		}],
		[1, {
			[_eQN]: `NetworkCardIndex`,
			[_xN]: _nCI
		}]
	]
];
var InstanceSecondaryInterfacePrivateIpAddress$ = [
	3,
	n0$7,
	_ISIPIA,
	0,
	[_PIAr$1],
	[[0, {
		[_eQN]: `PrivateIpAddress`,
		[_xN]: _pIAr$1
	}]]
];
var InstanceState$$1 = [
	3,
	n0$7,
	_ISnsta,
	0,
	[_Co$1, _N$3],
	[[1, {
		[_eQN]: `Code`,
		[_xN]: _co$2
	}], [0, {
		[_eQN]: `Name`,
		[_xN]: _n$2
	}]]
];
var InstanceTypeItem$ = [
	3,
	n0$7,
	_ITIns,
	0,
	[_IT$2],
	[[0, {
		[_eQN]: `InstanceType`,
		[_xN]: _iT$1
	}]]
];
var InstanceTypeSpecification$ = [
	3,
	n0$7,
	_ITSn,
	0,
	[_SIT, _UIT],
	[[() => SupportedInstanceTypeSet, {
		[_eQN]: `SupportedInstanceTypeSet`,
		[_xN]: _sITS
	}], [() => UnsupportedInstanceTypeSet, {
		[_eQN]: `UnsupportedInstanceTypeSet`,
		[_xN]: _uITS
	}]]
];
var Ipv4PrefixSpecificationRequest$ = [
	3,
	n0$7,
	_IPSRp,
	0,
	[_IPpvre],
	[0]
];
var Ipv4PrefixSpecificationResponse$ = [
	3,
	n0$7,
	_IPSRpv,
	0,
	[_IPpvre],
	[[0, {
		[_eQN]: `Ipv4Prefix`,
		[_xN]: _iPpv
	}]]
];
var Ipv6PrefixSpecificationRequest$ = [
	3,
	n0$7,
	_IPSRpvr,
	0,
	[_IPpv],
	[0]
];
var Ipv6PrefixSpecificationResponse$ = [
	3,
	n0$7,
	_IPSRpvre,
	0,
	[_IPpv],
	[[0, {
		[_eQN]: `Ipv6Prefix`,
		[_xN]: _iPpvr
	}]]
];
var LaunchTemplate$ = [
	3,
	n0$7,
	_LT$1,
	0,
	[
		_LTI,
		_LTN,
		_CTre,
		_CBr,
		_DVN,
		_LVN,
		_T$5,
		_Op$1
	],
	[
		[0, {
			[_eQN]: `LaunchTemplateId`,
			[_xN]: _lTI
		}],
		[0, {
			[_eQN]: `LaunchTemplateName`,
			[_xN]: _lTN
		}],
		[4, {
			[_eQN]: `CreateTime`,
			[_xN]: _cTre
		}],
		[0, {
			[_eQN]: `CreatedBy`,
			[_xN]: _cBr
		}],
		[1, {
			[_eQN]: `DefaultVersionNumber`,
			[_xN]: _dVN
		}],
		[1, {
			[_eQN]: `LatestVersionNumber`,
			[_xN]: _lVN
		}],
		[() => TagList$1, {
			[_eQN]: `TagSet`,
			[_xN]: _tS
		}],
		[() => OperatorResponse$, {
			[_eQN]: `Operator`,
			[_xN]: _ope
		}]
	]
];
var LaunchTemplateBlockDeviceMapping$ = [
	3,
	n0$7,
	_LTBDM,
	0,
	[
		_DN$1,
		_VN,
		_Eb,
		_ND
	],
	[
		[0, {
			[_eQN]: `DeviceName`,
			[_xN]: _dN$1
		}],
		[0, {
			[_eQN]: `VirtualName`,
			[_xN]: _vN
		}],
		[() => LaunchTemplateEbsBlockDevice$, {
			[_eQN]: `Ebs`,
			[_xN]: _eb
		}],
		[0, {
			[_eQN]: `NoDevice`,
			[_xN]: _nD
		}]
	]
];
var LaunchTemplateBlockDeviceMappingRequest$ = [
	3,
	n0$7,
	_LTBDMR,
	0,
	[
		_DN$1,
		_VN,
		_Eb,
		_ND
	],
	[
		0,
		0,
		() => LaunchTemplateEbsBlockDeviceRequest$,
		0
	]
];
var LaunchTemplateCapacityReservationSpecificationRequest$ = [
	3,
	n0$7,
	_LTCRSR,
	0,
	[_CRP, _CRT],
	[0, () => CapacityReservationTarget$]
];
var LaunchTemplateCapacityReservationSpecificationResponse$ = [
	3,
	n0$7,
	_LTCRSRa,
	0,
	[_CRP, _CRT],
	[[0, {
		[_eQN]: `CapacityReservationPreference`,
		[_xN]: _cRP
	}], [() => CapacityReservationTargetResponse$, {
		[_eQN]: `CapacityReservationTarget`,
		[_xN]: _cRT
	}]]
];
var LaunchTemplateCpuOptions$ = [
	3,
	n0$7,
	_LTCO,
	0,
	[
		_CCor,
		_TPC,
		_ASSm,
		_NV
	],
	[
		[1, {
			[_eQN]: `CoreCount`,
			[_xN]: _cCo$1
		}],
		[1, {
			[_eQN]: `ThreadsPerCore`,
			[_xN]: _tPC
		}],
		[0, {
			[_eQN]: `AmdSevSnp`,
			[_xN]: _aSS
		}],
		[0, {
			[_eQN]: `NestedVirtualization`,
			[_xN]: _nV
		}]
	]
];
var LaunchTemplateCpuOptionsRequest$ = [
	3,
	n0$7,
	_LTCOR,
	0,
	[
		_CCor,
		_TPC,
		_ASSm,
		_NV
	],
	[
		1,
		1,
		0,
		0
	]
];
var LaunchTemplateEbsBlockDevice$ = [
	3,
	n0$7,
	_LTEBD,
	0,
	[
		_Enc,
		_DOT,
		_Io,
		_KKI$1,
		_SIn,
		_VSo,
		_VT,
		_Th$1,
		_VIR,
		_ECI
	],
	[
		[2, {
			[_eQN]: `Encrypted`,
			[_xN]: _enc
		}],
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[1, {
			[_eQN]: `Iops`,
			[_xN]: _io$1
		}],
		[0, {
			[_eQN]: `KmsKeyId`,
			[_xN]: _kKI
		}],
		[0, {
			[_eQN]: `SnapshotId`,
			[_xN]: _sIn
		}],
		[1, {
			[_eQN]: `VolumeSize`,
			[_xN]: _vSo
		}],
		[0, {
			[_eQN]: `VolumeType`,
			[_xN]: _vT
		}],
		[1, {
			[_eQN]: `Throughput`,
			[_xN]: _th$2
		}],
		[1, {
			[_eQN]: `VolumeInitializationRate`,
			[_xN]: _vIR
		}],
		[1, {
			[_eQN]: `EbsCardIndex`,
			[_xN]: _eCI
		}]
	]
];
var LaunchTemplateEbsBlockDeviceRequest$ = [
	3,
	n0$7,
	_LTEBDR,
	0,
	[
		_Enc,
		_DOT,
		_Io,
		_KKI$1,
		_SIn,
		_VSo,
		_VT,
		_Th$1,
		_VIR,
		_ECI
	],
	[
		2,
		2,
		1,
		0,
		0,
		1,
		0,
		1,
		1,
		1
	]
];
var LaunchTemplateElasticInferenceAccelerator$ = [
	3,
	n0$7,
	_LTEIA,
	0,
	[_Ty$1, _Cou$1],
	[0, 1],
	1
];
var LaunchTemplateElasticInferenceAcceleratorResponse$ = [
	3,
	n0$7,
	_LTEIAR,
	0,
	[_Ty$1, _Cou$1],
	[[0, {
		[_eQN]: `Type`,
		[_xN]: _ty
	}], [1, {
		[_eQN]: `Count`,
		[_xN]: _cou$1
	}]]
];
var LaunchTemplateEnaSrdSpecification$ = [
	3,
	n0$7,
	_LTESS,
	0,
	[_ESE, _ESUS],
	[[2, {
		[_eQN]: `EnaSrdEnabled`,
		[_xN]: _eSE
	}], [() => LaunchTemplateEnaSrdUdpSpecification$, {
		[_eQN]: `EnaSrdUdpSpecification`,
		[_xN]: _eSUS
	}]]
];
var LaunchTemplateEnaSrdUdpSpecification$ = [
	3,
	n0$7,
	_LTESUS,
	0,
	[_ESUE],
	[[2, {
		[_eQN]: `EnaSrdUdpEnabled`,
		[_xN]: _eSUE
	}]]
];
var LaunchTemplateEnclaveOptions$ = [
	3,
	n0$7,
	_LTEO,
	0,
	[_En],
	[[2, {
		[_eQN]: `Enabled`,
		[_xN]: _en
	}]]
];
var LaunchTemplateEnclaveOptionsRequest$ = [
	3,
	n0$7,
	_LTEOR,
	0,
	[_En],
	[2]
];
var LaunchTemplateHibernationOptions$ = [
	3,
	n0$7,
	_LTHO,
	0,
	[_Conf$1],
	[[2, {
		[_eQN]: `Configured`,
		[_xN]: _conf
	}]]
];
var LaunchTemplateHibernationOptionsRequest$ = [
	3,
	n0$7,
	_LTHOR,
	0,
	[_Conf$1],
	[2]
];
var LaunchTemplateIamInstanceProfileSpecification$ = [
	3,
	n0$7,
	_LTIIPS,
	0,
	[_Ar$2, _N$3],
	[[0, {
		[_eQN]: `Arn`,
		[_xN]: _ar$1
	}], [0, {
		[_eQN]: `Name`,
		[_xN]: _n$2
	}]]
];
var LaunchTemplateIamInstanceProfileSpecificationRequest$ = [
	3,
	n0$7,
	_LTIIPSR,
	0,
	[_Ar$2, _N$3],
	[0, 0]
];
var LaunchTemplateInstanceMaintenanceOptions$ = [
	3,
	n0$7,
	_LTIMO,
	0,
	[_ARuto],
	[[0, {
		[_eQN]: `AutoRecovery`,
		[_xN]: _aRut
	}]]
];
var LaunchTemplateInstanceMaintenanceOptionsRequest$ = [
	3,
	n0$7,
	_LTIMOR,
	0,
	[_ARuto],
	[0]
];
var LaunchTemplateInstanceMarketOptions$ = [
	3,
	n0$7,
	_LTIMOa,
	0,
	[_MTa, _SO$2],
	[[0, {
		[_eQN]: `MarketType`,
		[_xN]: _mTa
	}], [() => LaunchTemplateSpotMarketOptions$, {
		[_eQN]: `SpotOptions`,
		[_xN]: _sO$1
	}]]
];
var LaunchTemplateInstanceMarketOptionsRequest$ = [
	3,
	n0$7,
	_LTIMORa,
	0,
	[_MTa, _SO$2],
	[0, () => LaunchTemplateSpotMarketOptionsRequest$]
];
var LaunchTemplateInstanceMetadataOptions$ = [
	3,
	n0$7,
	_LTIMOau,
	0,
	[
		_St$2,
		_HT,
		_HPRHL,
		_HE,
		_HPI,
		_IMT
	],
	[
		[0, {
			[_eQN]: `State`,
			[_xN]: _st$2
		}],
		[0, {
			[_eQN]: `HttpTokens`,
			[_xN]: _hT
		}],
		[1, {
			[_eQN]: `HttpPutResponseHopLimit`,
			[_xN]: _hPRHL$1
		}],
		[0, {
			[_eQN]: `HttpEndpoint`,
			[_xN]: _hE$6
		}],
		[0, {
			[_eQN]: `HttpProtocolIpv6`,
			[_xN]: _hPI$1
		}],
		[0, {
			[_eQN]: `InstanceMetadataTags`,
			[_xN]: _iMT
		}]
	]
];
var LaunchTemplateInstanceMetadataOptionsRequest$ = [
	3,
	n0$7,
	_LTIMORau,
	0,
	[
		_HT,
		_HPRHL,
		_HE,
		_HPI,
		_IMT
	],
	[
		0,
		1,
		0,
		0,
		0
	]
];
var LaunchTemplateInstanceNetworkInterfaceSpecification$ = [
	3,
	n0$7,
	_LTINIS,
	0,
	[
		_ACIA,
		_APIAss,
		_DOT,
		_De,
		_DI$1,
		_G$1,
		_ITnt,
		_IAC,
		_IA$1,
		_NII$2,
		_PIAr$1,
		_PIAri,
		_SPIAC,
		_SIu$1,
		_NCI,
		_IPpvr,
		_IPCp,
		_IPp,
		_IPC,
		_PIr,
		_ESS,
		_CTS,
		_EQC
	],
	[
		[2, {
			[_eQN]: `AssociateCarrierIpAddress`,
			[_xN]: _aCIA
		}],
		[2, {
			[_eQN]: `AssociatePublicIpAddress`,
			[_xN]: _aPIA
		}],
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[0, {
			[_eQN]: `Description`,
			[_xN]: _de
		}],
		[1, {
			[_eQN]: `DeviceIndex`,
			[_xN]: _dI$1
		}],
		[() => GroupIdStringList, {
			[_eQN]: `GroupSet`,
			[_xN]: _gSr
		}],
		[0, {
			[_eQN]: `InterfaceType`,
			[_xN]: _iTnt
		}],
		[1, {
			[_eQN]: `Ipv6AddressCount`,
			[_xN]: _iAC
		}],
		[() => InstanceIpv6AddressList, {
			[_eQN]: `Ipv6AddressesSet`,
			[_xN]: _iASp
		}],
		[0, {
			[_eQN]: `NetworkInterfaceId`,
			[_xN]: _nII$1
		}],
		[0, {
			[_eQN]: `PrivateIpAddress`,
			[_xN]: _pIAr$1
		}],
		[() => PrivateIpAddressSpecificationList, {
			[_eQN]: `PrivateIpAddressesSet`,
			[_xN]: _pIAS
		}],
		[1, {
			[_eQN]: `SecondaryPrivateIpAddressCount`,
			[_xN]: _sPIAC
		}],
		[0, {
			[_eQN]: `SubnetId`,
			[_xN]: _sIu$1
		}],
		[1, {
			[_eQN]: `NetworkCardIndex`,
			[_xN]: _nCI
		}],
		[() => Ipv4PrefixListResponse, {
			[_eQN]: `Ipv4PrefixSet`,
			[_xN]: _iPSpvr
		}],
		[1, {
			[_eQN]: `Ipv4PrefixCount`,
			[_xN]: _iPCp
		}],
		[() => Ipv6PrefixListResponse, {
			[_eQN]: `Ipv6PrefixSet`,
			[_xN]: _iPSpvre
		}],
		[1, {
			[_eQN]: `Ipv6PrefixCount`,
			[_xN]: _iPCpv
		}],
		[2, {
			[_eQN]: `PrimaryIpv6`,
			[_xN]: _pIri
		}],
		[() => LaunchTemplateEnaSrdSpecification$, {
			[_eQN]: `EnaSrdSpecification`,
			[_xN]: _eSS
		}],
		[() => ConnectionTrackingSpecification$, {
			[_eQN]: `ConnectionTrackingSpecification`,
			[_xN]: _cTSo
		}],
		[1, {
			[_eQN]: `EnaQueueCount`,
			[_xN]: _eQC
		}]
	]
];
var LaunchTemplateInstanceNetworkInterfaceSpecificationRequest$ = [
	3,
	n0$7,
	_LTINISR,
	0,
	[
		_ACIA,
		_APIAss,
		_DOT,
		_De,
		_DI$1,
		_G$1,
		_ITnt,
		_IAC,
		_IA$1,
		_NII$2,
		_PIAr$1,
		_PIAri,
		_SPIAC,
		_SIu$1,
		_NCI,
		_IPpvr,
		_IPCp,
		_IPp,
		_IPC,
		_PIr,
		_ESS,
		_CTS,
		_EQC
	],
	[
		2,
		2,
		2,
		0,
		1,
		[() => SecurityGroupIdStringList, { [_xN]: _SGI }],
		0,
		1,
		[() => InstanceIpv6AddressListRequest, 0],
		0,
		0,
		[() => PrivateIpAddressSpecificationList, 0],
		1,
		0,
		1,
		[() => Ipv4PrefixList, { [_xN]: _IPpvre }],
		1,
		[() => Ipv6PrefixList, { [_xN]: _IPpv }],
		1,
		2,
		() => EnaSrdSpecificationRequest$,
		() => ConnectionTrackingSpecificationRequest$,
		1
	]
];
var LaunchTemplateInstanceSecondaryInterfaceSpecification$ = [
	3,
	n0$7,
	_LTISIS,
	0,
	[
		_DOT,
		_DI$1,
		_PIAri,
		_PIAC,
		_SSIe,
		_ITnt,
		_NCI
	],
	[
		[2, {
			[_eQN]: `DeleteOnTermination`,
			[_xN]: _dOT
		}],
		[1, {
			[_eQN]: `DeviceIndex`,
			[_xN]: _dI$1
		}],
		[() => SecondaryInterfacePrivateIpAddressSpecificationList, {
			[_eQN]: `PrivateIpAddressesSet`,
			[_xN]: _pIAS
		}],
		[1, {
			[_eQN]: `PrivateIpAddressCount`,
			[_xN]: _pIAC
		}],
		[0, {
			[_eQN]: `SecondarySubnetId`,
			[_xN]: _sSI
		}],
		[0, {
			[_eQN]: `InterfaceType`,
			[_xN]: _iTnt
		}],
		[1, {
			[_eQN]: `NetworkCardIndex`,
			[_xN]: _nCI
		}]
	]
];
var LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest$ = [
	3,
	n0$7,
	_LTISISR,
	0,
	[
		_DOT,
		_DI$1,
		_PIAri,
		_PIAC,
		_SSIe,
		_ITnt,
		_NCI
	],
	[
		2,
		1,
		[() => SecondaryInterfacePrivateIpAddressSpecificationListRequest, { [_xN]: _PIAr$1 }],
		1,
		0,
		0,
		1
	]
];
var LaunchTemplateLicenseConfiguration$ = [
	3,
	n0$7,
	_LTLC,
	0,
	[_LCA],
	[[0, {
		[_eQN]: `LicenseConfigurationArn`,
		[_xN]: _lCA
	}]]
];
var LaunchTemplateLicenseConfigurationRequest$ = [
	3,
	n0$7,
	_LTLCR,
	0,
	[_LCA],
	[0]
];
var LaunchTemplateNetworkPerformanceOptions$ = [
	3,
	n0$7,
	_LTNPO,
	0,
	[_BW],
	[[0, {
		[_eQN]: `BandwidthWeighting`,
		[_xN]: _bW
	}]]
];
var LaunchTemplateNetworkPerformanceOptionsRequest$ = [
	3,
	n0$7,
	_LTNPOR,
	0,
	[_BW],
	[0]
];
var LaunchTemplatePlacement$ = [
	3,
	n0$7,
	_LTP,
	0,
	[
		_AZ$1,
		_AZI,
		_Af$1,
		_GN$1,
		_HIo,
		_Te,
		_SDp,
		_HRGA,
		_PN$2,
		_GIr
	],
	[
		[0, {
			[_eQN]: `AvailabilityZone`,
			[_xN]: _aZ$2
		}],
		[0, {
			[_eQN]: `AvailabilityZoneId`,
			[_xN]: _aZI
		}],
		[0, {
			[_eQN]: `Affinity`,
			[_xN]: _af$1
		}],
		[0, {
			[_eQN]: `GroupName`,
			[_xN]: _gN$1
		}],
		[0, {
			[_eQN]: `HostId`,
			[_xN]: _hI
		}],
		[0, {
			[_eQN]: `Tenancy`,
			[_xN]: _te
		}],
		[0, {
			[_eQN]: `SpreadDomain`,
			[_xN]: _sDp
		}],
		[0, {
			[_eQN]: `HostResourceGroupArn`,
			[_xN]: _hRGA
		}],
		[1, {
			[_eQN]: `PartitionNumber`,
			[_xN]: _pN$1
		}],
		[0, {
			[_eQN]: `GroupId`,
			[_xN]: _gIr
		}]
	]
];
var LaunchTemplatePlacementRequest$ = [
	3,
	n0$7,
	_LTPR,
	0,
	[
		_AZ$1,
		_AZI,
		_Af$1,
		_GN$1,
		_HIo,
		_Te,
		_SDp,
		_HRGA,
		_PN$2,
		_GIr
	],
	[
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		1,
		0
	]
];
var LaunchTemplatePrivateDnsNameOptions$ = [
	3,
	n0$7,
	_LTPDNO,
	0,
	[
		_HTo,
		_ERNDAR,
		_ERNDAAAAR
	],
	[
		[0, {
			[_eQN]: `HostnameType`,
			[_xN]: _hTo
		}],
		[2, {
			[_eQN]: `EnableResourceNameDnsARecord`,
			[_xN]: _eRNDAR
		}],
		[2, {
			[_eQN]: `EnableResourceNameDnsAAAARecord`,
			[_xN]: _eRNDAAAAR
		}]
	]
];
var LaunchTemplatePrivateDnsNameOptionsRequest$ = [
	3,
	n0$7,
	_LTPDNOR,
	0,
	[
		_HTo,
		_ERNDAR,
		_ERNDAAAAR
	],
	[
		0,
		2,
		2
	]
];
var LaunchTemplatesMonitoring$ = [
	3,
	n0$7,
	_LTM,
	0,
	[_En, _MCIe],
	[[2, {
		[_eQN]: `Enabled`,
		[_xN]: _en
	}], [() => MetricCategoryIdList, {
		[_eQN]: `MetricCategoryIdSet`,
		[_xN]: _mCIS
	}]]
];
var LaunchTemplatesMonitoringRequest$ = [
	3,
	n0$7,
	_LTMR,
	0,
	[_En, _MCIe],
	[2, [() => MetricCategoryIdList, { [_xN]: _MCI }]]
];
var LaunchTemplateSpotMarketOptions$ = [
	3,
	n0$7,
	_LTSMO,
	0,
	[
		_MPax,
		_SITp,
		_BDMlo,
		_VU,
		_IIB
	],
	[
		[0, {
			[_eQN]: `MaxPrice`,
			[_xN]: _mP
		}],
		[0, {
			[_eQN]: `SpotInstanceType`,
			[_xN]: _sIT
		}],
		[1, {
			[_eQN]: `BlockDurationMinutes`,
			[_xN]: _bDMl
		}],
		[4, {
			[_eQN]: `ValidUntil`,
			[_xN]: _vU
		}],
		[0, {
			[_eQN]: `InstanceInterruptionBehavior`,
			[_xN]: _iIB
		}]
	]
];
var LaunchTemplateSpotMarketOptionsRequest$ = [
	3,
	n0$7,
	_LTSMOR,
	0,
	[
		_MPax,
		_SITp,
		_BDMlo,
		_VU,
		_IIB
	],
	[
		0,
		0,
		1,
		4,
		0
	]
];
var LaunchTemplateTagSpecification$ = [
	3,
	n0$7,
	_LTTS,
	0,
	[_RTe, _T$5],
	[[0, {
		[_eQN]: `ResourceType`,
		[_xN]: _rTe
	}], [() => TagList$1, {
		[_eQN]: `TagSet`,
		[_xN]: _tS
	}]]
];
var LaunchTemplateTagSpecificationRequest$ = [
	3,
	n0$7,
	_LTTSR,
	0,
	[_RTe, _T$5],
	[0, [() => TagList$1, { [_xN]: _Ta$2 }]]
];
var LaunchTemplateVersion$ = [
	3,
	n0$7,
	_LTV,
	0,
	[
		_LTI,
		_LTN,
		_VNe,
		_VD$1,
		_CTre,
		_CBr,
		_DVef,
		_LTD,
		_Op$1
	],
	[
		[0, {
			[_eQN]: `LaunchTemplateId`,
			[_xN]: _lTI
		}],
		[0, {
			[_eQN]: `LaunchTemplateName`,
			[_xN]: _lTN
		}],
		[1, {
			[_eQN]: `VersionNumber`,
			[_xN]: _vNe
		}],
		[0, {
			[_eQN]: `VersionDescription`,
			[_xN]: _vD
		}],
		[4, {
			[_eQN]: `CreateTime`,
			[_xN]: _cTre
		}],
		[0, {
			[_eQN]: `CreatedBy`,
			[_xN]: _cBr
		}],
		[2, {
			[_eQN]: `DefaultVersion`,
			[_xN]: _dVef
		}],
		[() => ResponseLaunchTemplateData$, {
			[_eQN]: `LaunchTemplateData`,
			[_xN]: _lTD
		}],
		[() => OperatorResponse$, {
			[_eQN]: `Operator`,
			[_xN]: _ope
		}]
	]
];
var LicenseConfiguration$ = [
	3,
	n0$7,
	_LCi,
	0,
	[_LCA],
	[[0, {
		[_eQN]: `LicenseConfigurationArn`,
		[_xN]: _lCA
	}]]
];
var MemoryGiBPerVCpu$ = [
	3,
	n0$7,
	_MGBPVC,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var MemoryGiBPerVCpuRequest$ = [
	3,
	n0$7,
	_MGBPVCR,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var MemoryMiB$ = [
	3,
	n0$7,
	_MMB,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var MemoryMiBRequest$ = [
	3,
	n0$7,
	_MMBR,
	0,
	[_M$4, _Ma$2],
	[1, 1],
	1
];
var ModifyInstanceMetadataDefaultsRequest$ = [
	3,
	n0$7,
	_MIMDR,
	0,
	[
		_HT,
		_HPRHL,
		_HE,
		_IMT,
		_DR,
		_HTE
	],
	[
		0,
		1,
		0,
		0,
		2,
		0
	]
];
var ModifyInstanceMetadataDefaultsResult$ = [
	3,
	n0$7,
	_MIMDRo,
	0,
	[_R$3],
	[[2, {
		[_eQN]: `Return`,
		[_xN]: _r$1
	}]]
];
var ModifyInstanceMetadataOptionsRequest$ = [
	3,
	n0$7,
	_MIMORod,
	0,
	[
		_II,
		_HT,
		_HPRHL,
		_HE,
		_DR,
		_HPI,
		_IMT
	],
	[
		0,
		0,
		1,
		0,
		2,
		0,
		0
	],
	1
];
var ModifyInstanceMetadataOptionsResult$ = [
	3,
	n0$7,
	_MIMORodi,
	0,
	[_II, _IMOn],
	[[0, {
		[_eQN]: `InstanceId`,
		[_xN]: _iI
	}], [() => InstanceMetadataOptionsResponse$, {
		[_eQN]: `InstanceMetadataOptions`,
		[_xN]: _iMO
	}]]
];
var ModifyLaunchTemplateRequest$ = [
	3,
	n0$7,
	_MLTR,
	0,
	[
		_DR,
		_CT$2,
		_LTI,
		_LTN,
		_DVef
	],
	[
		2,
		[0, 4],
		0,
		0,
		[0, { [_xN]: _SDV }]
	]
];
var ModifyLaunchTemplateResult$ = [
	3,
	n0$7,
	_MLTRo,
	0,
	[_LT$1],
	[[() => LaunchTemplate$, {
		[_eQN]: `LaunchTemplate`,
		[_xN]: _lT$1
	}]]
];
var Monitoring$ = [
	3,
	n0$7,
	_Mon,
	0,
	[_MCIe, _St$2],
	[[() => MetricCategoryIdList, {
		[_eQN]: `MetricCategoryIdSet`,
		[_xN]: _mCIS
	}], [0, {
		[_eQN]: `State`,
		[_xN]: _st$2
	}]]
];
var NetworkBandwidthGbps$ = [
	3,
	n0$7,
	_NBGe,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var NetworkBandwidthGbpsRequest$ = [
	3,
	n0$7,
	_NBGR,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var NetworkInterfaceCount$ = [
	3,
	n0$7,
	_NIC,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var NetworkInterfaceCountRequest$ = [
	3,
	n0$7,
	_NICR,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var OperatorRequest$ = [
	3,
	n0$7,
	_ORpe,
	0,
	[_P$3],
	[0]
];
var OperatorResponse$ = [
	3,
	n0$7,
	_ORper,
	0,
	[
		_Mana,
		_P$3,
		_HBD
	],
	[
		[2, {
			[_eQN]: `Managed`,
			[_xN]: _mana
		}],
		[0, {
			[_eQN]: `Principal`,
			[_xN]: _p$1
		}],
		[2, {
			[_eQN]: `HiddenByDefault`,
			[_xN]: _hBD
		}]
	]
];
var PerformanceFactorReference$ = [
	3,
	n0$7,
	_PFR,
	0,
	[_IF],
	[[0, {
		[_eQN]: `InstanceFamily`,
		[_xN]: _iF
	}]]
];
var PerformanceFactorReferenceRequest$ = [
	3,
	n0$7,
	_PFRR,
	0,
	[_IF],
	[0]
];
var Placement$ = [
	3,
	n0$7,
	_Pla$1,
	0,
	[
		_AZI,
		_Af$1,
		_GN$1,
		_PN$2,
		_HIo,
		_Te,
		_SDp,
		_HRGA,
		_GIr,
		_AZ$1
	],
	[
		[0, {
			[_eQN]: `AvailabilityZoneId`,
			[_xN]: _aZI
		}],
		[0, {
			[_eQN]: `Affinity`,
			[_xN]: _af$1
		}],
		[0, {
			[_eQN]: `GroupName`,
			[_xN]: _gN$1
		}],
		[1, {
			[_eQN]: `PartitionNumber`,
			[_xN]: _pN$1
		}],
		[0, {
			[_eQN]: `HostId`,
			[_xN]: _hI
		}],
		[0, {
			[_eQN]: `Tenancy`,
			[_xN]: _te
		}],
		[0, {
			[_eQN]: `SpreadDomain`,
			[_xN]: _sDp
		}],
		[0, {
			[_eQN]: `HostResourceGroupArn`,
			[_xN]: _hRGA
		}],
		[0, {
			[_eQN]: `GroupId`,
			[_xN]: _gIr
		}],
		[0, {
			[_eQN]: `AvailabilityZone`,
			[_xN]: _aZ$2
		}]
	]
];
var PrivateDnsNameOptionsResponse$ = [
	3,
	n0$7,
	_PDNORr,
	0,
	[
		_HTo,
		_ERNDAR,
		_ERNDAAAAR
	],
	[
		[0, {
			[_eQN]: `HostnameType`,
			[_xN]: _hTo
		}],
		[2, {
			[_eQN]: `EnableResourceNameDnsARecord`,
			[_xN]: _eRNDAR
		}],
		[2, {
			[_eQN]: `EnableResourceNameDnsAAAARecord`,
			[_xN]: _eRNDAAAAR
		}]
	]
];
var PrivateIpAddressSpecification$ = [
	3,
	n0$7,
	_PIAS,
	0,
	[_Prim, _PIAr$1],
	[[2, {
		[_eQN]: `Primary`,
		[_xN]: _prim
	}], [0, {
		[_eQN]: `PrivateIpAddress`,
		[_xN]: _pIAr$1
	}]]
];
var ProductCode$$1 = [
	3,
	n0$7,
	_PCr$2,
	0,
	[_PCIr, _PCT],
	[[0, {
		[_eQN]: `ProductCode`,
		[_xN]: _pCr
	}], [0, {
		[_eQN]: `Type`,
		[_xN]: _ty
	}]]
];
var Region$ = [
	3,
	n0$7,
	_Regi,
	0,
	[
		_OIS,
		_Ge,
		_RN$3,
		_Endp
	],
	[
		[0, {
			[_eQN]: `OptInStatus`,
			[_xN]: _oIS
		}],
		[() => RegionGeographyList, {
			[_eQN]: `GeographySet`,
			[_xN]: _gS$1
		}],
		[0, {
			[_eQN]: `RegionName`,
			[_xN]: _rNe$1
		}],
		[0, {
			[_eQN]: `RegionEndpoint`,
			[_xN]: _rEe
		}]
	]
];
var RegionGeography$ = [
	3,
	n0$7,
	_RGe,
	0,
	[_N$3],
	[[0, {
		[_eQN]: `Name`,
		[_xN]: _n$2
	}]]
];
var RequestLaunchTemplateData$ = [
	3,
	n0$7,
	_RLTD,
	0,
	[
		_KI,
		_EO,
		_IIP$1,
		_BDMl,
		_NIet,
		_IIm$1,
		_IT$2,
		_KN,
		_Mon,
		_Pla$1,
		_RDI,
		_DAT,
		_IISB,
		_UDs,
		_TS,
		_EGSlas,
		_EIAl,
		_SGIe,
		_SGe$1,
		_IMOns,
		_CSr,
		_CO,
		_CRSa,
		_LSi,
		_HO,
		_MO,
		_EOn,
		_IR,
		_PDNO,
		_MOa,
		_DASi,
		_Op$1,
		_NPO,
		_SIec
	],
	[
		0,
		2,
		() => LaunchTemplateIamInstanceProfileSpecificationRequest$,
		[() => LaunchTemplateBlockDeviceMappingRequestList, { [_xN]: _BDM }],
		[() => LaunchTemplateInstanceNetworkInterfaceSpecificationRequestList, { [_xN]: _NIe$1 }],
		0,
		0,
		0,
		[() => LaunchTemplatesMonitoringRequest$, 0],
		() => LaunchTemplatePlacementRequest$,
		0,
		2,
		0,
		[() => SensitiveUserData, 0],
		[() => LaunchTemplateTagSpecificationRequestList, { [_xN]: _TSa }],
		[() => ElasticGpuSpecificationList, { [_xN]: _EGSla }],
		[() => LaunchTemplateElasticInferenceAcceleratorList, { [_xN]: _EIA }],
		[() => SecurityGroupIdStringList, { [_xN]: _SGI }],
		[() => SecurityGroupStringList, { [_xN]: _SGec }],
		() => LaunchTemplateInstanceMarketOptionsRequest$,
		() => CreditSpecificationRequest$,
		() => LaunchTemplateCpuOptionsRequest$,
		() => LaunchTemplateCapacityReservationSpecificationRequest$,
		[() => LaunchTemplateLicenseSpecificationListRequest, { [_xN]: _LSic }],
		() => LaunchTemplateHibernationOptionsRequest$,
		() => LaunchTemplateInstanceMetadataOptionsRequest$,
		() => LaunchTemplateEnclaveOptionsRequest$,
		[() => InstanceRequirementsRequest$, 0],
		() => LaunchTemplatePrivateDnsNameOptionsRequest$,
		() => LaunchTemplateInstanceMaintenanceOptionsRequest$,
		2,
		() => OperatorRequest$,
		() => LaunchTemplateNetworkPerformanceOptionsRequest$,
		[() => LaunchTemplateInstanceSecondaryInterfaceSpecificationRequestList, { [_xN]: _SIeco }]
	]
];
var Reservation$ = [
	3,
	n0$7,
	_Reser,
	0,
	[
		_RIe,
		_OI$1,
		_RIeq,
		_G$1,
		_Ins
	],
	[
		[0, {
			[_eQN]: `ReservationId`,
			[_xN]: _rI
		}],
		[0, {
			[_eQN]: `OwnerId`,
			[_xN]: _oI$1
		}],
		[0, {
			[_eQN]: `RequesterId`,
			[_xN]: _rIeq
		}],
		[() => GroupIdentifierList, {
			[_eQN]: `GroupSet`,
			[_xN]: _gSr
		}],
		[() => InstanceList$1, {
			[_eQN]: `InstancesSet`,
			[_xN]: _iSns
		}]
	]
];
var ResponseLaunchTemplateData$ = [
	3,
	n0$7,
	_RLTDe,
	0,
	[
		_KI,
		_EO,
		_IIP$1,
		_BDMl,
		_NIet,
		_IIm$1,
		_IT$2,
		_KN,
		_Mon,
		_Pla$1,
		_RDI,
		_DAT,
		_IISB,
		_UDs,
		_TS,
		_EGSlas,
		_EIAl,
		_SGIe,
		_SGe$1,
		_IMOns,
		_CSr,
		_CO,
		_CRSa,
		_LSi,
		_HO,
		_MO,
		_EOn,
		_IR,
		_PDNO,
		_MOa,
		_DASi,
		_Op$1,
		_NPO,
		_SIec
	],
	[
		[0, {
			[_eQN]: `KernelId`,
			[_xN]: _kI
		}],
		[2, {
			[_eQN]: `EbsOptimized`,
			[_xN]: _eO
		}],
		[() => LaunchTemplateIamInstanceProfileSpecification$, {
			[_eQN]: `IamInstanceProfile`,
			[_xN]: _iIP$1
		}],
		[() => LaunchTemplateBlockDeviceMappingList, {
			[_eQN]: `BlockDeviceMappingSet`,
			[_xN]: _bDMS
		}],
		[() => LaunchTemplateInstanceNetworkInterfaceSpecificationList, {
			[_eQN]: `NetworkInterfaceSet`,
			[_xN]: _nIS
		}],
		[0, {
			[_eQN]: `ImageId`,
			[_xN]: _iIma
		}],
		[0, {
			[_eQN]: `InstanceType`,
			[_xN]: _iT$1
		}],
		[0, {
			[_eQN]: `KeyName`,
			[_xN]: _kN
		}],
		[() => LaunchTemplatesMonitoring$, {
			[_eQN]: `Monitoring`,
			[_xN]: _mon
		}],
		[() => LaunchTemplatePlacement$, {
			[_eQN]: `Placement`,
			[_xN]: _pla$1
		}],
		[0, {
			[_eQN]: `RamDiskId`,
			[_xN]: _rDI
		}],
		[2, {
			[_eQN]: `DisableApiTermination`,
			[_xN]: _dAT
		}],
		[0, {
			[_eQN]: `InstanceInitiatedShutdownBehavior`,
			[_xN]: _iISB
		}],
		[() => SensitiveUserData, {
			[_eQN]: `UserData`,
			[_xN]: _uDs
		}],
		[() => LaunchTemplateTagSpecificationList, {
			[_eQN]: `TagSpecificationSet`,
			[_xN]: _tSS
		}],
		[() => ElasticGpuSpecificationResponseList, {
			[_eQN]: `ElasticGpuSpecificationSet`,
			[_xN]: _eGSS
		}],
		[() => LaunchTemplateElasticInferenceAcceleratorResponseList, {
			[_eQN]: `ElasticInferenceAcceleratorSet`,
			[_xN]: _eIAS
		}],
		[() => ValueStringList, {
			[_eQN]: `SecurityGroupIdSet`,
			[_xN]: _sGIS
		}],
		[() => ValueStringList, {
			[_eQN]: `SecurityGroupSet`,
			[_xN]: _sGSe
		}],
		[() => LaunchTemplateInstanceMarketOptions$, {
			[_eQN]: `InstanceMarketOptions`,
			[_xN]: _iMOn
		}],
		[() => CreditSpecification$, {
			[_eQN]: `CreditSpecification`,
			[_xN]: _cSr
		}],
		[() => LaunchTemplateCpuOptions$, {
			[_eQN]: `CpuOptions`,
			[_xN]: _cO
		}],
		[() => LaunchTemplateCapacityReservationSpecificationResponse$, {
			[_eQN]: `CapacityReservationSpecification`,
			[_xN]: _cRSa
		}],
		[() => LaunchTemplateLicenseList, {
			[_eQN]: `LicenseSet`,
			[_xN]: _lSic
		}],
		[() => LaunchTemplateHibernationOptions$, {
			[_eQN]: `HibernationOptions`,
			[_xN]: _hO
		}],
		[() => LaunchTemplateInstanceMetadataOptions$, {
			[_eQN]: `MetadataOptions`,
			[_xN]: _mO$1
		}],
		[() => LaunchTemplateEnclaveOptions$, {
			[_eQN]: `EnclaveOptions`,
			[_xN]: _eOn
		}],
		[() => InstanceRequirements$, {
			[_eQN]: `InstanceRequirements`,
			[_xN]: _iR
		}],
		[() => LaunchTemplatePrivateDnsNameOptions$, {
			[_eQN]: `PrivateDnsNameOptions`,
			[_xN]: _pDNO
		}],
		[() => LaunchTemplateInstanceMaintenanceOptions$, {
			[_eQN]: `MaintenanceOptions`,
			[_xN]: _mOa
		}],
		[2, {
			[_eQN]: `DisableApiStop`,
			[_xN]: _dASi
		}],
		[() => OperatorResponse$, {
			[_eQN]: `Operator`,
			[_xN]: _ope
		}],
		[() => LaunchTemplateNetworkPerformanceOptions$, {
			[_eQN]: `NetworkPerformanceOptions`,
			[_xN]: _nPO
		}],
		[() => LaunchTemplateInstanceSecondaryInterfaceSpecificationList, {
			[_eQN]: `SecondaryInterfaceSet`,
			[_xN]: _sISe
		}]
	]
];
var ScanResults$ = [
	3,
	n0$7,
	_SRc,
	0,
	[
		_HFSL,
		_FSD,
		_IFAS,
		_LFAS,
		_MFAS,
		_HFAS,
		_CFAS
	],
	[
		[0, {
			[_eQN]: `HighestFindingSeverityLabel`,
			[_xN]: _hFSL
		}],
		[4, {
			[_eQN]: `FindingScanDate`,
			[_xN]: _fSD
		}],
		[4, {
			[_eQN]: `InformationalFixAvailableSince`,
			[_xN]: _iFAS
		}],
		[4, {
			[_eQN]: `LowFixAvailableSince`,
			[_xN]: _lFAS
		}],
		[4, {
			[_eQN]: `MediumFixAvailableSince`,
			[_xN]: _mFAS
		}],
		[4, {
			[_eQN]: `HighFixAvailableSince`,
			[_xN]: _hFAS
		}],
		[4, {
			[_eQN]: `CriticalFixAvailableSince`,
			[_xN]: _cFAS
		}]
	]
];
var SecondaryInterfacePrivateIpAddressSpecification$ = [
	3,
	n0$7,
	_SIPIAS,
	0,
	[_PIAr$1],
	[[0, {
		[_eQN]: `PrivateIpAddress`,
		[_xN]: _pIAr$1
	}]]
];
var SecondaryInterfacePrivateIpAddressSpecificationRequest$ = [
	3,
	n0$7,
	_SIPIASR,
	0,
	[_PIAr$1],
	[0]
];
var StateReason$ = [
	3,
	n0$7,
	_SRt,
	0,
	[_Co$1, _Me],
	[[0, {
		[_eQN]: `Code`,
		[_xN]: _co$2
	}], [0, {
		[_eQN]: `Message`,
		[_xN]: _me
	}]]
];
var Tag$$4 = [
	3,
	n0$7,
	_Ta$2,
	0,
	[_K$2, _V$2],
	[[0, {
		[_eQN]: `Key`,
		[_xN]: _k$1
	}], [0, {
		[_eQN]: `Value`,
		[_xN]: _v$1
	}]]
];
var TotalLocalStorageGB$ = [
	3,
	n0$7,
	_TLSGB,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var TotalLocalStorageGBRequest$ = [
	3,
	n0$7,
	_TLSGBR,
	0,
	[_M$4, _Ma$2],
	[1, 1]
];
var ValidationError$ = [
	3,
	n0$7,
	_VEa,
	0,
	[_Co$1, _Me],
	[[0, {
		[_eQN]: `Code`,
		[_xN]: _co$2
	}], [0, {
		[_eQN]: `Message`,
		[_xN]: _me
	}]]
];
var ValidationWarning$ = [
	3,
	n0$7,
	_VW,
	0,
	[_Err],
	[[() => ErrorSet, {
		[_eQN]: `ErrorSet`,
		[_xN]: _eSr
	}]]
];
var VCpuCountRange$ = [
	3,
	n0$7,
	_VCCR,
	0,
	[_M$4, _Ma$2],
	[[1, {
		[_eQN]: `Min`,
		[_xN]: _m$5
	}], [1, {
		[_eQN]: `Max`,
		[_xN]: _ma$1
	}]]
];
var VCpuCountRangeRequest$ = [
	3,
	n0$7,
	_VCCRR,
	0,
	[_M$4, _Ma$2],
	[1, 1],
	1
];
var AcceleratorManufacturerSet = [
	1,
	n0$7,
	_AMSc,
	0,
	[0, { [_xN]: _it }]
];
var AcceleratorNameSet = [
	1,
	n0$7,
	_ANSc,
	0,
	[0, { [_xN]: _it }]
];
var AcceleratorTypeSet = [
	1,
	n0$7,
	_ATSc,
	0,
	[0, { [_xN]: _it }]
];
var AllowedInstanceTypeSet = [
	1,
	n0$7,
	_AITS,
	0,
	[0, { [_xN]: _it }]
];
var BlockDeviceMappingList = [
	1,
	n0$7,
	_BDML,
	0,
	[() => BlockDeviceMapping$, { [_xN]: _it }]
];
var CpuManufacturerSet = [
	1,
	n0$7,
	_CMSp,
	0,
	[0, { [_xN]: _it }]
];
var ElasticGpuAssociationList = [
	1,
	n0$7,
	_EGAL,
	0,
	[() => ElasticGpuAssociation$, { [_xN]: _it }]
];
var ElasticGpuSpecificationList = [
	1,
	n0$7,
	_EGSL,
	0,
	[() => ElasticGpuSpecification$, { [_xN]: _EGSla }]
];
var ElasticGpuSpecificationResponseList = [
	1,
	n0$7,
	_EGSRL,
	0,
	[() => ElasticGpuSpecificationResponse$, { [_xN]: _it }]
];
var ElasticInferenceAcceleratorAssociationList = [
	1,
	n0$7,
	_EIAAL,
	0,
	[() => ElasticInferenceAcceleratorAssociation$, { [_xN]: _it }]
];
var ErrorSet = [
	1,
	n0$7,
	_ESr,
	0,
	[() => ValidationError$, { [_xN]: _it }]
];
var ExcludedInstanceTypeSet = [
	1,
	n0$7,
	_EITSx,
	0,
	[0, { [_xN]: _it }]
];
var ExecutableByStringList = [
	1,
	n0$7,
	_EBSL,
	0,
	[0, { [_xN]: _EBx }]
];
var FilterList = [
	1,
	n0$7,
	_FLi,
	0,
	[() => Filter$, { [_xN]: _Fil }]
];
var GroupIdentifierList = [
	1,
	n0$7,
	_GIL,
	0,
	[() => GroupIdentifier$, { [_xN]: _it }]
];
var GroupIdStringList = [
	1,
	n0$7,
	_GISL,
	0,
	[0, { [_xN]: _gIr }]
];
var ImageIdStringList = [
	1,
	n0$7,
	_IISL,
	0,
	[0, { [_xN]: _IIm$1 }]
];
var ImageList = [
	1,
	n0$7,
	_ILm,
	0,
	[() => Image$, { [_xN]: _it }]
];
var ImageWatermarkList = [
	1,
	n0$7,
	_IWL,
	0,
	[() => ImageWatermark$, { [_xN]: _it }]
];
var InstanceBlockDeviceMappingList = [
	1,
	n0$7,
	_IBDML,
	0,
	[() => InstanceBlockDeviceMapping$, { [_xN]: _it }]
];
var InstanceGenerationSet = [
	1,
	n0$7,
	_IGS,
	0,
	[0, { [_xN]: _it }]
];
var InstanceIdStringList = [
	1,
	n0$7,
	_IISLn,
	0,
	[0, { [_xN]: _II }]
];
var InstanceIpv4PrefixList = [
	1,
	n0$7,
	_IIPL,
	0,
	[() => InstanceIpv4Prefix$, { [_xN]: _it }]
];
var InstanceIpv6AddressList = [
	1,
	n0$7,
	_IIAL,
	0,
	[() => InstanceIpv6Address$, { [_xN]: _it }]
];
var InstanceIpv6AddressListRequest = [
	1,
	n0$7,
	_IIALR,
	0,
	[() => InstanceIpv6AddressRequest$, { [_xN]: _IIA }]
];
var InstanceIpv6PrefixList = [
	1,
	n0$7,
	_IIPLn,
	0,
	[() => InstanceIpv6Prefix$, { [_xN]: _it }]
];
var InstanceList$1 = [
	1,
	n0$7,
	_ILns,
	0,
	[() => Instance$$1, { [_xN]: _it }]
];
var InstanceNetworkInterfaceList = [
	1,
	n0$7,
	_INIL,
	0,
	[() => InstanceNetworkInterface$, { [_xN]: _it }]
];
var InstancePrivateIpAddressList = [
	1,
	n0$7,
	_IPIAL,
	0,
	[() => InstancePrivateIpAddress$, { [_xN]: _it }]
];
var InstanceSecondaryInterfaceList = [
	1,
	n0$7,
	_ISIL,
	0,
	[() => InstanceSecondaryInterface$, { [_xN]: _it }]
];
var InstanceSecondaryInterfacePrivateIpAddressList = [
	1,
	n0$7,
	_ISIPIAL,
	0,
	[() => InstanceSecondaryInterfacePrivateIpAddress$, { [_xN]: _it }]
];
var Ipv4PrefixList = [
	1,
	n0$7,
	_IPLpvr,
	0,
	[() => Ipv4PrefixSpecificationRequest$, { [_xN]: _it }]
];
var Ipv4PrefixListResponse = [
	1,
	n0$7,
	_IPLRpv,
	0,
	[() => Ipv4PrefixSpecificationResponse$, { [_xN]: _it }]
];
var Ipv6PrefixList = [
	1,
	n0$7,
	_IPLpvref,
	0,
	[() => Ipv6PrefixSpecificationRequest$, { [_xN]: _it }]
];
var Ipv6PrefixListResponse = [
	1,
	n0$7,
	_IPLRpvr,
	0,
	[() => Ipv6PrefixSpecificationResponse$, { [_xN]: _it }]
];
var LaunchTemplateBlockDeviceMappingList = [
	1,
	n0$7,
	_LTBDML,
	0,
	[() => LaunchTemplateBlockDeviceMapping$, { [_xN]: _it }]
];
var LaunchTemplateBlockDeviceMappingRequestList = [
	1,
	n0$7,
	_LTBDMRL,
	0,
	[() => LaunchTemplateBlockDeviceMappingRequest$, { [_xN]: _BDM }]
];
var LaunchTemplateElasticInferenceAcceleratorList = [
	1,
	n0$7,
	_LTEIAL,
	0,
	[() => LaunchTemplateElasticInferenceAccelerator$, { [_xN]: _it }]
];
var LaunchTemplateElasticInferenceAcceleratorResponseList = [
	1,
	n0$7,
	_LTEIARL,
	0,
	[() => LaunchTemplateElasticInferenceAcceleratorResponse$, { [_xN]: _it }]
];
var LaunchTemplateInstanceNetworkInterfaceSpecificationList = [
	1,
	n0$7,
	_LTINISL,
	0,
	[() => LaunchTemplateInstanceNetworkInterfaceSpecification$, { [_xN]: _it }]
];
var LaunchTemplateInstanceNetworkInterfaceSpecificationRequestList = [
	1,
	n0$7,
	_LTINISRL,
	0,
	[() => LaunchTemplateInstanceNetworkInterfaceSpecificationRequest$, { [_xN]: _INIS }]
];
var LaunchTemplateInstanceSecondaryInterfaceSpecificationList = [
	1,
	n0$7,
	_LTISISL,
	0,
	[() => LaunchTemplateInstanceSecondaryInterfaceSpecification$, { [_xN]: _it }]
];
var LaunchTemplateInstanceSecondaryInterfaceSpecificationRequestList = [
	1,
	n0$7,
	_LTISISRL,
	0,
	[() => LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest$, { [_xN]: _ISIS }]
];
var LaunchTemplateLicenseList = [
	1,
	n0$7,
	_LTLL,
	0,
	[() => LaunchTemplateLicenseConfiguration$, { [_xN]: _it }]
];
var LaunchTemplateLicenseSpecificationListRequest = [
	1,
	n0$7,
	_LTLSLR,
	0,
	[() => LaunchTemplateLicenseConfigurationRequest$, { [_xN]: _it }]
];
var LaunchTemplateTagSpecificationList = [
	1,
	n0$7,
	_LTTSL,
	0,
	[() => LaunchTemplateTagSpecification$, { [_xN]: _it }]
];
var LaunchTemplateTagSpecificationRequestList = [
	1,
	n0$7,
	_LTTSRL,
	0,
	[() => LaunchTemplateTagSpecificationRequest$, { [_xN]: _LTTSR }]
];
var LaunchTemplateVersionSet = [
	1,
	n0$7,
	_LTVS,
	0,
	[() => LaunchTemplateVersion$, { [_xN]: _it }]
];
var LicenseList = [
	1,
	n0$7,
	_LL,
	0,
	[() => LicenseConfiguration$, { [_xN]: _it }]
];
var LocalStorageTypeSet = [
	1,
	n0$7,
	_LSTS,
	0,
	[0, { [_xN]: _it }]
];
var MetricCategoryIdList = [
	1,
	n0$7,
	_MCIL,
	0,
	[0, { [_xN]: _it }]
];
var OwnerStringList = [
	1,
	n0$7,
	_OSL,
	0,
	[0, { [_xN]: _Own }]
];
var PerformanceFactorReferenceSet = [
	1,
	n0$7,
	_PFRS,
	0,
	[() => PerformanceFactorReference$, { [_xN]: _it }]
];
var PerformanceFactorReferenceSetRequest = [
	1,
	n0$7,
	_PFRSR,
	0,
	[() => PerformanceFactorReferenceRequest$, { [_xN]: _it }]
];
var PrivateIpAddressSpecificationList = [
	1,
	n0$7,
	_PIASL,
	0,
	[() => PrivateIpAddressSpecification$, { [_xN]: _it }]
];
var ProductCodeList = [
	1,
	n0$7,
	_PCLr,
	0,
	[() => ProductCode$$1, { [_xN]: _it }]
];
var RegionGeographyList = [
	1,
	n0$7,
	_RGL,
	0,
	[() => RegionGeography$, { [_xN]: _it }]
];
var RegionList = [
	1,
	n0$7,
	_RL$1,
	0,
	[() => Region$, { [_xN]: _it }]
];
var RegionNameStringList = [
	1,
	n0$7,
	_RNSL,
	0,
	[0, { [_xN]: _RN$3 }]
];
var ReservationList = [
	1,
	n0$7,
	_RLe,
	0,
	[() => Reservation$, { [_xN]: _it }]
];
var SecondaryInterfacePrivateIpAddressSpecificationList = [
	1,
	n0$7,
	_SIPIASL,
	0,
	[() => SecondaryInterfacePrivateIpAddressSpecification$, { [_xN]: _it }]
];
var SecondaryInterfacePrivateIpAddressSpecificationListRequest = [
	1,
	n0$7,
	_SIPIASLR,
	0,
	[() => SecondaryInterfacePrivateIpAddressSpecificationRequest$, { [_xN]: _SIPIAS }]
];
var SecurityGroupIdStringList = [
	1,
	n0$7,
	_SGISL,
	0,
	[0, { [_xN]: _SGI }]
];
var SecurityGroupStringList = [
	1,
	n0$7,
	_SGSL,
	0,
	[0, { [_xN]: _SGec }]
];
var SupportedInstanceTypeSet = [
	1,
	n0$7,
	_SITS,
	0,
	[() => InstanceTypeItem$, { [_xN]: _it }]
];
var TagList$1 = [
	1,
	n0$7,
	_TL$1,
	0,
	[() => Tag$$4, { [_xN]: _it }]
];
var UnsupportedInstanceTypeSet = [
	1,
	n0$7,
	_UITS,
	0,
	[() => InstanceTypeItem$, { [_xN]: _it }]
];
var ValueStringList = [
	1,
	n0$7,
	_VSL,
	0,
	[0, { [_xN]: _it }]
];
var VersionStringList = [
	1,
	n0$7,
	_VSLe,
	0,
	[0, { [_xN]: _it }]
];
var CreateLaunchTemplateVersion$ = [
	9,
	n0$7,
	_CLTV,
	0,
	() => CreateLaunchTemplateVersionRequest$,
	() => CreateLaunchTemplateVersionResult$
];
var DescribeImages$ = [
	9,
	n0$7,
	_DIes,
	0,
	() => DescribeImagesRequest$,
	() => DescribeImagesResult$
];
var DescribeInstances$ = [
	9,
	n0$7,
	_DIesc,
	0,
	() => DescribeInstancesRequest$,
	() => DescribeInstancesResult$
];
var DescribeLaunchTemplateVersions$ = [
	9,
	n0$7,
	_DLTVe,
	0,
	() => DescribeLaunchTemplateVersionsRequest$,
	() => DescribeLaunchTemplateVersionsResult$
];
var DescribeRegions$ = [
	9,
	n0$7,
	_DRes,
	0,
	() => DescribeRegionsRequest$,
	() => DescribeRegionsResult$
];
var GetInstanceMetadataDefaults$ = [
	9,
	n0$7,
	_GIMD,
	0,
	() => GetInstanceMetadataDefaultsRequest$,
	() => GetInstanceMetadataDefaultsResult$
];
var ModifyInstanceMetadataDefaults$ = [
	9,
	n0$7,
	_MIMD,
	0,
	() => ModifyInstanceMetadataDefaultsRequest$,
	() => ModifyInstanceMetadataDefaultsResult$
];
var ModifyInstanceMetadataOptions$ = [
	9,
	n0$7,
	_MIMOo,
	0,
	() => ModifyInstanceMetadataOptionsRequest$,
	() => ModifyInstanceMetadataOptionsResult$
];
var ModifyLaunchTemplate$ = [
	9,
	n0$7,
	_MLT,
	0,
	() => ModifyLaunchTemplateRequest$,
	() => ModifyLaunchTemplateResult$
];
// node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$15 = (config) => {
	return {
		apiVersion: "2016-11-15",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$7,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEC2HttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsEc2QueryProtocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.ec2",
			errorTypeRegistries: errorTypeRegistries$7,
			xmlNamespace: "http://ec2.amazonaws.com/doc/2016-11-15",
			version: "2016-11-15",
			serviceTarget: "AmazonEC2"
		},
		serviceId: config?.serviceId ?? "EC2",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-ec2/dist-es/runtimeConfig.js
const getRuntimeConfig$14 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$15(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 9e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$7
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-ec2/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$7 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$7 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-ec2/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$7 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$7(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$7(extensionConfiguration));
};
// node_modules/@aws-sdk/client-ec2/dist-es/EC2Client.js
var EC2Client = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$14(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$7(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$7(_config_6);
		const _config_8 = resolveRuntimeExtensions$7(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultEC2HttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-ec2/dist-es/commandBuilder.js
const command$7 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$7, "AmazonEC2", "EC2Client", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$7 = {};
const _mw0$7 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-ec2/dist-es/commands/CreateLaunchTemplateVersionCommand.js
var CreateLaunchTemplateVersionCommand = class extends command$7(_ep0$7, _mw0$7, "CreateLaunchTemplateVersion", CreateLaunchTemplateVersion$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeImagesCommand.js
var DescribeImagesCommand = class extends command$7(_ep0$7, _mw0$7, "DescribeImages", DescribeImages$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeInstancesCommand.js
var DescribeInstancesCommand = class extends command$7(_ep0$7, _mw0$7, "DescribeInstances", DescribeInstances$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeLaunchTemplateVersionsCommand.js
var DescribeLaunchTemplateVersionsCommand = class extends command$7(_ep0$7, _mw0$7, "DescribeLaunchTemplateVersions", DescribeLaunchTemplateVersions$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeRegionsCommand.js
var DescribeRegionsCommand = class extends command$7(_ep0$7, _mw0$7, "DescribeRegions", DescribeRegions$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/GetInstanceMetadataDefaultsCommand.js
var GetInstanceMetadataDefaultsCommand = class extends command$7(_ep0$7, _mw0$7, "GetInstanceMetadataDefaults", GetInstanceMetadataDefaults$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/ModifyInstanceMetadataDefaultsCommand.js
var ModifyInstanceMetadataDefaultsCommand = class extends command$7(_ep0$7, _mw0$7, "ModifyInstanceMetadataDefaults", ModifyInstanceMetadataDefaults$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/ModifyInstanceMetadataOptionsCommand.js
var ModifyInstanceMetadataOptionsCommand = class extends command$7(_ep0$7, _mw0$7, "ModifyInstanceMetadataOptions", ModifyInstanceMetadataOptions$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/commands/ModifyLaunchTemplateCommand.js
var ModifyLaunchTemplateCommand = class extends command$7(_ep0$7, _mw0$7, "ModifyLaunchTemplate", ModifyLaunchTemplate$) {};
// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeImagesPaginator.js
const paginateDescribeImages = (0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.createPaginator)(EC2Client, DescribeImagesCommand, "NextToken", "NextToken", "MaxResults");
// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeLaunchTemplateVersionsPaginator.js
const paginateDescribeLaunchTemplateVersions = (0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.createPaginator)(EC2Client, DescribeLaunchTemplateVersionsCommand, "NextToken", "NextToken", "MaxResults");
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/auth/httpAuthSchemeProvider.js
const defaultElasticBeanstalkHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$6(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "elasticbeanstalk",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultElasticBeanstalkHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$6(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$6 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$6 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "elasticbeanstalk"
	});
};
const commonParams$6 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-elastic-beanstalk/package.json
var version$6 = "3.1138.0";
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/endpoint/bdd.js
const k$6 = "ref";
const a$6 = -1;
const b$6 = true;
const c$6 = "isSet";
const d$6 = "PartitionResult";
const e$6 = "booleanEquals";
const f$6 = "getAttr";
const g$6 = { [k$6]: "Endpoint" };
const h$6 = { [k$6]: d$6 };
const i$6 = {};
const j$6 = [{ [k$6]: "Region" }];
const _data$7 = {
	conditions: [
		[c$6, [g$6]],
		[c$6, j$6],
		[
			"aws.partition",
			j$6,
			d$6
		],
		[e$6, [{ [k$6]: "UseFIPS" }, b$6]],
		[e$6, [{ [k$6]: "UseDualStack" }, b$6]],
		[e$6, [{
			fn: f$6,
			argv: [h$6, "supportsDualStack"]
		}, b$6]],
		[e$6, [{
			fn: f$6,
			argv: [h$6, "supportsFIPS"]
		}, b$6]],
		["stringEquals", [{
			fn: f$6,
			argv: [h$6, "name"]
		}, "aws-us-gov"]]
	],
	results: [
		[a$6],
		[a$6, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$6, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$6, i$6],
		["https://elasticbeanstalk-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i$6],
		[a$6, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://elasticbeanstalk.{Region}.amazonaws.com", i$6],
		["https://elasticbeanstalk-fips.{Region}.{PartitionResult#dnsSuffix}", i$6],
		[a$6, "FIPS is enabled but this partition does not support FIPS"],
		["https://elasticbeanstalk.{Region}.{PartitionResult#dualStackDnsSuffix}", i$6],
		[a$6, "DualStack is enabled but this partition does not support DualStack"],
		["https://elasticbeanstalk.{Region}.{PartitionResult#dnsSuffix}", i$6],
		[a$6, "Invalid Configuration: Missing Region"]
	]
};
const root$6 = 2;
const nodes$6 = new Int32Array([
	-1,
	1,
	-1,
	0,
	13,
	3,
	1,
	4,
	100000012,
	2,
	5,
	100000012,
	3,
	8,
	6,
	4,
	7,
	100000011,
	5,
	100000009,
	100000010,
	4,
	11,
	9,
	6,
	10,
	100000008,
	7,
	100000006,
	100000007,
	5,
	12,
	100000005,
	6,
	100000004,
	100000005,
	3,
	100000001,
	14,
	4,
	100000002,
	100000003
]);
const bdd$6 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$6, root$6, _data$7.conditions, _data$7.results);
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/endpoint/endpointResolver.js
const cache$6 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$6 = (endpointParams, context = {}) => {
	return cache$6.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$6, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/models/ElasticBeanstalkSyntheticServiceException.js
var ElasticBeanstalkSyntheticServiceException = class ElasticBeanstalkSyntheticServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, ElasticBeanstalkSyntheticServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/models/errors.js
var InsufficientPrivilegesException = class InsufficientPrivilegesException extends ElasticBeanstalkSyntheticServiceException {
	name = "InsufficientPrivilegesException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InsufficientPrivilegesException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InsufficientPrivilegesException.prototype);
	}
};
var ElasticBeanstalkServiceException = class ElasticBeanstalkServiceException extends ElasticBeanstalkSyntheticServiceException {
	name = "ElasticBeanstalkServiceException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ElasticBeanstalkServiceException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ElasticBeanstalkServiceException.prototype);
	}
};
var ManagedActionInvalidStateException = class ManagedActionInvalidStateException extends ElasticBeanstalkSyntheticServiceException {
	name = "ManagedActionInvalidStateException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ManagedActionInvalidStateException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ManagedActionInvalidStateException.prototype);
	}
};
var TooManyEnvironmentsException = class TooManyEnvironmentsException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyEnvironmentsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyEnvironmentsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyEnvironmentsException.prototype);
	}
};
var TooManyApplicationsException = class TooManyApplicationsException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyApplicationsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyApplicationsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyApplicationsException.prototype);
	}
};
var CodeBuildNotInServiceRegionException = class CodeBuildNotInServiceRegionException extends ElasticBeanstalkSyntheticServiceException {
	name = "CodeBuildNotInServiceRegionException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "CodeBuildNotInServiceRegionException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, CodeBuildNotInServiceRegionException.prototype);
	}
};
var S3LocationNotInServiceRegionException = class S3LocationNotInServiceRegionException extends ElasticBeanstalkSyntheticServiceException {
	name = "S3LocationNotInServiceRegionException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "S3LocationNotInServiceRegionException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, S3LocationNotInServiceRegionException.prototype);
	}
};
var TooManyApplicationVersionsException = class TooManyApplicationVersionsException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyApplicationVersionsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyApplicationVersionsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyApplicationVersionsException.prototype);
	}
};
var TooManyBucketsException = class TooManyBucketsException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyBucketsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyBucketsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyBucketsException.prototype);
	}
};
var TooManyConfigurationTemplatesException = class TooManyConfigurationTemplatesException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyConfigurationTemplatesException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyConfigurationTemplatesException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyConfigurationTemplatesException.prototype);
	}
};
var TooManyPlatformsException = class TooManyPlatformsException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyPlatformsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyPlatformsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyPlatformsException.prototype);
	}
};
var S3SubscriptionRequiredException = class S3SubscriptionRequiredException extends ElasticBeanstalkSyntheticServiceException {
	name = "S3SubscriptionRequiredException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "S3SubscriptionRequiredException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, S3SubscriptionRequiredException.prototype);
	}
};
var OperationInProgressException = class OperationInProgressException extends ElasticBeanstalkSyntheticServiceException {
	name = "OperationInProgressException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "OperationInProgressException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OperationInProgressException.prototype);
	}
};
var SourceBundleDeletionException = class SourceBundleDeletionException extends ElasticBeanstalkSyntheticServiceException {
	name = "SourceBundleDeletionException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "SourceBundleDeletionException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, SourceBundleDeletionException.prototype);
	}
};
var PlatformVersionStillReferencedException = class PlatformVersionStillReferencedException extends ElasticBeanstalkSyntheticServiceException {
	name = "PlatformVersionStillReferencedException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "PlatformVersionStillReferencedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PlatformVersionStillReferencedException.prototype);
	}
};
var InvalidRequestException = class InvalidRequestException extends ElasticBeanstalkSyntheticServiceException {
	name = "InvalidRequestException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidRequestException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidRequestException.prototype);
	}
};
var ResourceNotFoundException$1 = class ResourceNotFoundException$1 extends ElasticBeanstalkSyntheticServiceException {
	name = "ResourceNotFoundException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ResourceNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceNotFoundException$1.prototype);
	}
};
var ResourceTypeNotSupportedException = class ResourceTypeNotSupportedException extends ElasticBeanstalkSyntheticServiceException {
	name = "ResourceTypeNotSupportedException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ResourceTypeNotSupportedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceTypeNotSupportedException.prototype);
	}
};
var TooManyTagsException = class TooManyTagsException extends ElasticBeanstalkSyntheticServiceException {
	name = "TooManyTagsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "TooManyTagsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyTagsException.prototype);
	}
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/schemas/schemas_0.js
const _AN$2 = "ApplicationName";
const _AOIP = "AbortableOperationInProgress";
const _CBNISRE = "CodeBuildNotInServiceRegionException";
const _CNAME = "CNAME";
const _COS = "ConfigurationOptionSetting";
const _COSL = "ConfigurationOptionSettingsList";
const _CSD$1 = "ConfigurationSettingsDescription";
const _CSDL = "ConfigurationSettingsDescriptionList";
const _CSDo = "ConfigurationSettingsDescriptions";
const _CSo = "ConfigurationSettings";
const _D$3 = "Description";
const _DC = "DateCreated";
const _DCS = "DescribeConfigurationSettings";
const _DCSM = "DescribeConfigurationSettingsMessage";
const _DE = "DescribeEnvironments";
const _DEM = "DescribeEnvironmentsMessage";
const _DS$1 = "DeploymentStatus";
const _DU = "DateUpdated";
const _Do$2 = "Domain";
const _E$2 = "Environments";
const _EA = "EnvironmentArn";
const _EBSE = "ElasticBeanstalkServiceException";
const _ED = "EnvironmentDescription";
const _EDL = "EnvironmentDescriptionsList";
const _EDM = "EnvironmentDescriptionsMessage";
const _EI$2 = "EnvironmentId";
const _EIn$1 = "EnvironmentIds";
const _EL = "EnvironmentLinks";
const _ELn = "EnvironmentLink";
const _EN = "EnvironmentName";
const _ENn = "EnvironmentNames";
const _ERDn = "EnvironmentResourcesDescription";
const _ETn$1 = "EnvironmentTier";
const _EURL = "EndpointURL";
const _H$1 = "Health";
const _HS = "HealthStatus";
const _ID$1 = "IncludeDeleted";
const _IDBT = "IncludedDeletedBackTo";
const _IPE = "InsufficientPrivilegesException";
const _IRE = "InvalidRequestException";
const _LBD = "LoadBalancerDescription";
const _LBLD = "LoadBalancerListenersDescription";
const _LBN = "LoadBalancerName";
const _LBo = "LoadBalancer";
const _LN = "LinkName";
const _Li$1 = "Listener";
const _Lis = "Listeners";
const _MAISE = "ManagedActionInvalidStateException";
const _MR$3 = "MaxRecords";
const _N$2 = "Name";
const _NT$2 = "NextToken";
const _Na = "Namespace";
const _OIPE = "OperationInProgressException";
const _ON = "OptionName";
const _OR = "OperationsRole";
const _OS = "OptionSettings";
const _PA$3 = "PlatformArn";
const _PVSRE = "PlatformVersionStillReferencedException";
const _Po$2 = "Port";
const _Pro$1 = "Protocol";
const _RN$2 = "ResourceName";
const _RNFE$2 = "ResourceNotFoundException";
const _RTNSE = "ResourceTypeNotSupportedException";
const _Re$1 = "Resources";
const _S$2 = "Status";
const _SBDE = "SourceBundleDeletionException";
const _SLNISRE = "S3LocationNotInServiceRegionException";
const _SSN = "SolutionStackName";
const _SSRE = "S3SubscriptionRequiredException";
const _TMAE = "TooManyApplicationsException";
const _TMAVE = "TooManyApplicationVersionsException";
const _TMBE = "TooManyBucketsException";
const _TMCTE = "TooManyConfigurationTemplatesException";
const _TMEE = "TooManyEnvironmentsException";
const _TMPE = "TooManyPlatformsException";
const _TMTE = "TooManyTagsException";
const _TN$1 = "TemplateName";
const _Ti$1 = "Tier";
const _Ty = "Type";
const _VL = "VersionLabel";
const _Va$1 = "Value";
const _Ve = "Version";
const _aQE$2 = "awsQueryError";
const _c$6 = "client";
const _e$6 = "error";
const _hE$5 = "httpError";
const _m$4 = "message";
const _s$6 = "smithy.ts.sdk.synthetic.com.amazonaws.elasticbeanstalk";
const n0$6 = "com.amazonaws.elasticbeanstalk";
const _s_registry$6 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$6);
var ElasticBeanstalkSyntheticServiceException$ = [
	-3,
	_s$6,
	"ElasticBeanstalkSyntheticServiceException",
	0,
	[],
	[]
];
_s_registry$6.registerError(ElasticBeanstalkSyntheticServiceException$, ElasticBeanstalkSyntheticServiceException);
const n0_registry$6 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$6);
var CodeBuildNotInServiceRegionException$ = [
	-3,
	n0$6,
	_CBNISRE,
	{
		[_aQE$2]: [`CodeBuildNotInServiceRegionException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(CodeBuildNotInServiceRegionException$, CodeBuildNotInServiceRegionException);
var ElasticBeanstalkServiceException$ = [
	-3,
	n0$6,
	_EBSE,
	{ [_e$6]: _c$6 },
	[_m$4],
	[0]
];
n0_registry$6.registerError(ElasticBeanstalkServiceException$, ElasticBeanstalkServiceException);
var InsufficientPrivilegesException$ = [
	-3,
	n0$6,
	_IPE,
	{
		[_aQE$2]: [`InsufficientPrivilegesException`, 403],
		[_e$6]: _c$6,
		[_hE$5]: 403
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(InsufficientPrivilegesException$, InsufficientPrivilegesException);
var InvalidRequestException$ = [
	-3,
	n0$6,
	_IRE,
	{
		[_aQE$2]: [`InvalidRequestException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(InvalidRequestException$, InvalidRequestException);
var ManagedActionInvalidStateException$ = [
	-3,
	n0$6,
	_MAISE,
	{
		[_aQE$2]: [`ManagedActionInvalidStateException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(ManagedActionInvalidStateException$, ManagedActionInvalidStateException);
var OperationInProgressException$ = [
	-3,
	n0$6,
	_OIPE,
	{
		[_aQE$2]: [`OperationInProgressFailure`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(OperationInProgressException$, OperationInProgressException);
var PlatformVersionStillReferencedException$ = [
	-3,
	n0$6,
	_PVSRE,
	{
		[_aQE$2]: [`PlatformVersionStillReferencedException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(PlatformVersionStillReferencedException$, PlatformVersionStillReferencedException);
var ResourceNotFoundException$$1 = [
	-3,
	n0$6,
	_RNFE$2,
	{
		[_aQE$2]: [`ResourceNotFoundException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(ResourceNotFoundException$$1, ResourceNotFoundException$1);
var ResourceTypeNotSupportedException$ = [
	-3,
	n0$6,
	_RTNSE,
	{
		[_aQE$2]: [`ResourceTypeNotSupportedException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(ResourceTypeNotSupportedException$, ResourceTypeNotSupportedException);
var S3LocationNotInServiceRegionException$ = [
	-3,
	n0$6,
	_SLNISRE,
	{
		[_aQE$2]: [`S3LocationNotInServiceRegionException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(S3LocationNotInServiceRegionException$, S3LocationNotInServiceRegionException);
var S3SubscriptionRequiredException$ = [
	-3,
	n0$6,
	_SSRE,
	{
		[_aQE$2]: [`S3SubscriptionRequiredException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(S3SubscriptionRequiredException$, S3SubscriptionRequiredException);
var SourceBundleDeletionException$ = [
	-3,
	n0$6,
	_SBDE,
	{
		[_aQE$2]: [`SourceBundleDeletionFailure`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(SourceBundleDeletionException$, SourceBundleDeletionException);
var TooManyApplicationsException$ = [
	-3,
	n0$6,
	_TMAE,
	{
		[_aQE$2]: [`TooManyApplicationsException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyApplicationsException$, TooManyApplicationsException);
var TooManyApplicationVersionsException$ = [
	-3,
	n0$6,
	_TMAVE,
	{ [_e$6]: _c$6 },
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyApplicationVersionsException$, TooManyApplicationVersionsException);
var TooManyBucketsException$ = [
	-3,
	n0$6,
	_TMBE,
	{
		[_aQE$2]: [`TooManyBucketsException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyBucketsException$, TooManyBucketsException);
var TooManyConfigurationTemplatesException$ = [
	-3,
	n0$6,
	_TMCTE,
	{
		[_aQE$2]: [`TooManyConfigurationTemplatesException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyConfigurationTemplatesException$, TooManyConfigurationTemplatesException);
var TooManyEnvironmentsException$ = [
	-3,
	n0$6,
	_TMEE,
	{
		[_aQE$2]: [`TooManyEnvironmentsException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyEnvironmentsException$, TooManyEnvironmentsException);
var TooManyPlatformsException$ = [
	-3,
	n0$6,
	_TMPE,
	{
		[_aQE$2]: [`TooManyPlatformsException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyPlatformsException$, TooManyPlatformsException);
var TooManyTagsException$ = [
	-3,
	n0$6,
	_TMTE,
	{
		[_aQE$2]: [`TooManyTagsException`, 400],
		[_e$6]: _c$6,
		[_hE$5]: 400
	},
	[_m$4],
	[0]
];
n0_registry$6.registerError(TooManyTagsException$, TooManyTagsException);
const errorTypeRegistries$6 = [_s_registry$6, n0_registry$6];
var ConfigurationOptionSetting$ = [
	3,
	n0$6,
	_COS,
	0,
	[
		_RN$2,
		_Na,
		_ON,
		_Va$1
	],
	[
		0,
		0,
		0,
		0
	]
];
var ConfigurationSettingsDescription$ = [
	3,
	n0$6,
	_CSD$1,
	0,
	[
		_SSN,
		_PA$3,
		_AN$2,
		_TN$1,
		_D$3,
		_EN,
		_DS$1,
		_DC,
		_DU,
		_OS
	],
	[
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		4,
		4,
		() => ConfigurationOptionSettingsList
	]
];
var ConfigurationSettingsDescriptions$ = [
	3,
	n0$6,
	_CSDo,
	0,
	[_CSo],
	[() => ConfigurationSettingsDescriptionList]
];
var DescribeConfigurationSettingsMessage$ = [
	3,
	n0$6,
	_DCSM,
	0,
	[
		_AN$2,
		_TN$1,
		_EN
	],
	[
		0,
		0,
		0
	],
	1
];
var DescribeEnvironmentsMessage$ = [
	3,
	n0$6,
	_DEM,
	0,
	[
		_AN$2,
		_VL,
		_EIn$1,
		_ENn,
		_ID$1,
		_IDBT,
		_MR$3,
		_NT$2
	],
	[
		0,
		0,
		64,
		64,
		2,
		4,
		1,
		0
	]
];
var EnvironmentDescription$ = [
	3,
	n0$6,
	_ED,
	0,
	[
		_EN,
		_EI$2,
		_AN$2,
		_VL,
		_SSN,
		_PA$3,
		_TN$1,
		_D$3,
		_EURL,
		_CNAME,
		_DC,
		_DU,
		_S$2,
		_AOIP,
		_H$1,
		_HS,
		_Re$1,
		_Ti$1,
		_EL,
		_EA,
		_OR
	],
	[
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		4,
		4,
		0,
		2,
		0,
		0,
		() => EnvironmentResourcesDescription$,
		() => EnvironmentTier$,
		() => EnvironmentLinks,
		0,
		0
	]
];
var EnvironmentDescriptionsMessage$ = [
	3,
	n0$6,
	_EDM,
	0,
	[_E$2, _NT$2],
	[() => EnvironmentDescriptionsList, 0]
];
var EnvironmentLink$ = [
	3,
	n0$6,
	_ELn,
	0,
	[_LN, _EN],
	[0, 0]
];
var EnvironmentResourcesDescription$ = [
	3,
	n0$6,
	_ERDn,
	0,
	[_LBo],
	[() => LoadBalancerDescription$]
];
var EnvironmentTier$ = [
	3,
	n0$6,
	_ETn$1,
	0,
	[
		_N$2,
		_Ty,
		_Ve
	],
	[
		0,
		0,
		0
	]
];
var Listener$ = [
	3,
	n0$6,
	_Li$1,
	0,
	[_Pro$1, _Po$2],
	[0, 1]
];
var LoadBalancerDescription$ = [
	3,
	n0$6,
	_LBD,
	0,
	[
		_LBN,
		_Do$2,
		_Lis
	],
	[
		0,
		0,
		() => LoadBalancerListenersDescription
	]
];
var ConfigurationOptionSettingsList = [
	1,
	n0$6,
	_COSL,
	0,
	() => ConfigurationOptionSetting$
];
var ConfigurationSettingsDescriptionList = [
	1,
	n0$6,
	_CSDL,
	0,
	() => ConfigurationSettingsDescription$
];
var EnvironmentDescriptionsList = [
	1,
	n0$6,
	_EDL,
	0,
	() => EnvironmentDescription$
];
var EnvironmentLinks = [
	1,
	n0$6,
	_EL,
	0,
	() => EnvironmentLink$
];
var LoadBalancerListenersDescription = [
	1,
	n0$6,
	_LBLD,
	0,
	() => Listener$
];
var DescribeConfigurationSettings$ = [
	9,
	n0$6,
	_DCS,
	0,
	() => DescribeConfigurationSettingsMessage$,
	() => ConfigurationSettingsDescriptions$
];
var DescribeEnvironments$ = [
	9,
	n0$6,
	_DE,
	0,
	() => DescribeEnvironmentsMessage$,
	() => EnvironmentDescriptionsMessage$
];
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$13 = (config) => {
	return {
		apiVersion: "2010-12-01",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$6,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultElasticBeanstalkHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsQueryProtocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.elasticbeanstalk",
			errorTypeRegistries: errorTypeRegistries$6,
			xmlNamespace: "http://elasticbeanstalk.amazonaws.com/docs/2010-12-01/",
			version: "2010-12-01",
			serviceTarget: "AWSElasticBeanstalkService"
		},
		serviceId: config?.serviceId ?? "Elastic Beanstalk",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/runtimeConfig.js
const getRuntimeConfig$12 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$13(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$6
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$6 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$6 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$6 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$6(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$6(extensionConfiguration));
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/ElasticBeanstalkClient.js
var ElasticBeanstalkClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$12(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$6(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$6(_config_6);
		const _config_8 = resolveRuntimeExtensions$6(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultElasticBeanstalkHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/commandBuilder.js
const command$6 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$6, "AWSElasticBeanstalkService", "ElasticBeanstalkClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$6 = {};
const _mw0$6 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/commands/DescribeConfigurationSettingsCommand.js
var DescribeConfigurationSettingsCommand = class extends command$6(_ep0$6, _mw0$6, "DescribeConfigurationSettings", DescribeConfigurationSettings$) {};
// node_modules/@aws-sdk/client-elastic-beanstalk/dist-es/commands/DescribeEnvironmentsCommand.js
var DescribeEnvironmentsCommand = class extends command$6(_ep0$6, _mw0$6, "DescribeEnvironments", DescribeEnvironments$) {};
// node_modules/@aws-sdk/client-guardduty/dist-es/auth/httpAuthSchemeProvider.js
const defaultGuardDutyHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$5(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "guardduty",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultGuardDutyHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$5(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$5 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-guardduty/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$5 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "guardduty"
	});
};
const commonParams$5 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-guardduty/package.json
var version$5 = "3.1178.0";
// node_modules/@aws-sdk/client-guardduty/dist-es/endpoint/bdd.js
const k$5 = "ref";
const a$5 = -1;
const b$5 = true;
const c$5 = "isSet";
const d$5 = "PartitionResult";
const e$5 = "booleanEquals";
const f$5 = "getAttr";
const g$5 = { [k$5]: "Endpoint" };
const h$5 = { [k$5]: d$5 };
const i$5 = {};
const j$5 = [{ [k$5]: "Region" }];
const _data$6 = {
	conditions: [
		[c$5, [g$5]],
		[c$5, j$5],
		[
			"aws.partition",
			j$5,
			d$5
		],
		[e$5, [{ [k$5]: "UseFIPS" }, b$5]],
		[e$5, [{ [k$5]: "UseDualStack" }, b$5]],
		[e$5, [{
			fn: f$5,
			argv: [h$5, "supportsDualStack"]
		}, b$5]],
		[e$5, [{
			fn: f$5,
			argv: [h$5, "supportsFIPS"]
		}, b$5]],
		["stringEquals", [{
			fn: f$5,
			argv: [h$5, "name"]
		}, "aws-us-gov"]]
	],
	results: [
		[a$5],
		[a$5, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$5, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$5, i$5],
		["https://guardduty-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i$5],
		[a$5, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://guardduty.{Region}.amazonaws.com", i$5],
		["https://guardduty-fips.{Region}.{PartitionResult#dnsSuffix}", i$5],
		[a$5, "FIPS is enabled but this partition does not support FIPS"],
		["https://guardduty.{Region}.{PartitionResult#dualStackDnsSuffix}", i$5],
		[a$5, "DualStack is enabled but this partition does not support DualStack"],
		["https://guardduty.{Region}.{PartitionResult#dnsSuffix}", i$5],
		[a$5, "Invalid Configuration: Missing Region"]
	]
};
const root$5 = 2;
const nodes$5 = new Int32Array([
	-1,
	1,
	-1,
	0,
	13,
	3,
	1,
	4,
	100000012,
	2,
	5,
	100000012,
	3,
	8,
	6,
	4,
	7,
	100000011,
	5,
	100000009,
	100000010,
	4,
	11,
	9,
	6,
	10,
	100000008,
	7,
	100000006,
	100000007,
	5,
	12,
	100000005,
	6,
	100000004,
	100000005,
	3,
	100000001,
	14,
	4,
	100000002,
	100000003
]);
const bdd$5 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$5, root$5, _data$6.conditions, _data$6.results);
// node_modules/@aws-sdk/client-guardduty/dist-es/endpoint/endpointResolver.js
const cache$5 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$5 = (endpointParams, context = {}) => {
	return cache$5.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$5, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-guardduty/dist-es/models/GuardDutyServiceException.js
var GuardDutyServiceException = class GuardDutyServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.guardduty#GuardDutyServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, GuardDutyServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-guardduty/dist-es/models/errors.js
var BadRequestException = class BadRequestException extends GuardDutyServiceException {
	static shapeId = "com.amazonaws.guardduty#BadRequestException";
	name = "BadRequestException";
	$fault = "client";
	Message;
	Type;
	constructor(opts) {
		super({
			name: "BadRequestException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, BadRequestException.prototype);
		this.Message = opts.Message;
		this.Type = opts.Type;
	}
};
var InternalServerErrorException = class InternalServerErrorException extends GuardDutyServiceException {
	static shapeId = "com.amazonaws.guardduty#InternalServerErrorException";
	name = "InternalServerErrorException";
	$fault = "server";
	Message;
	Type;
	constructor(opts) {
		super({
			name: "InternalServerErrorException",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, InternalServerErrorException.prototype);
		this.Message = opts.Message;
		this.Type = opts.Type;
	}
};
var AccessDeniedException$2 = class AccessDeniedException$2 extends GuardDutyServiceException {
	static shapeId = "com.amazonaws.guardduty#AccessDeniedException";
	name = "AccessDeniedException";
	$fault = "client";
	Message;
	Type;
	constructor(opts) {
		super({
			name: "AccessDeniedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccessDeniedException$2.prototype);
		this.Message = opts.Message;
		this.Type = opts.Type;
	}
};
var ConflictException$2 = class ConflictException$2 extends GuardDutyServiceException {
	static shapeId = "com.amazonaws.guardduty#ConflictException";
	name = "ConflictException";
	$fault = "client";
	Message;
	Type;
	constructor(opts) {
		super({
			name: "ConflictException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConflictException$2.prototype);
		this.Message = opts.Message;
		this.Type = opts.Type;
	}
};
var ResourceNotFoundException = class ResourceNotFoundException extends GuardDutyServiceException {
	static shapeId = "com.amazonaws.guardduty#ResourceNotFoundException";
	name = "ResourceNotFoundException";
	$fault = "client";
	Message;
	Type;
	constructor(opts) {
		super({
			name: "ResourceNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
		this.Message = opts.Message;
		this.Type = opts.Type;
	}
};
// node_modules/@aws-sdk/client-guardduty/dist-es/schemas/schemas_0.js
const _A$3 = "Account";
const _AACA = "AwsApiCallAction";
const _AASA = "AssociatedAttackSequenceArn";
const _AASG = "AutoscalingAutoScalingGroup";
const _AC = "ApiCall";
const _ACL = "AccessControlList";
const _ADE$2 = "AccessDeniedException";
const _AFd = "AddressFamily";
const _AIc = "AccountId";
const _AIct = "ActorIds";
const _AId = "AdditionalInfo";
const _AK = "AccessKey";
const _AKD = "AccessKeyDetails";
const _AKI$1 = "AccessKeyId";
const _ALP = "AccountLevelPermissions";
const _AM = "AuthMethod";
const _AN$1 = "AttributeName";
const _AOn = "AnomalyObject";
const _AOs = "AsnOrg";
const _AP$1 = "ActorProcess";
const _APA = "AccountPublicAccess";
const _APE = "AllowPrivilegeEscalation";
const _APF = "AnomalyProfileFeatures";
const _APFO = "AnomalyProfileFeatureObjects";
const _APRA = "AllowsPublicReadAccess";
const _APWA = "AllowsPublicWriteAccess";
const _APn = "AnomalyProfiles";
const _AR$1 = "AffectedResources";
const _ASC = "ActiveServicesCount";
const _ASN = "AwsServiceName";
const _AST = "AdditionalSequenceTypes";
const _ASu = "AutonomousSystem";
const _AT = "ActionType";
const _AU = "AnomalyUnusual";
const _AUBF = "AnomalyUnusualBehaviorFeature";
const _AZ = "AvailabilityZone";
const _Ac$1 = "Action";
const _Act = "Activity";
const _Activi = "Activities";
const _Acto = "Actor";
const _Actor = "Actors";
const _Af = "Affiliated";
const _Al = "Allowed";
const _An = "Anomaly";
const _Ap = "Api";
const _App = "Application";
const _Ar$1 = "Arn";
const _Arch = "Archived";
const _Asn = "Asn";
const _B = "Behavior";
const _BG = "BedrockGuardrail";
const _BGD = "BedrockGuardrailDetails";
const _BGR = "BedrockGuardrailResource";
const _BGe = "BedrockGuardrails";
const _BLP = "BucketLevelPermissions";
const _BP = "BucketPolicy";
const _BPA = "BlockPublicAccess";
const _BPAl = "BlockPublicAcls";
const _BPAu = "BucketPublicAccess";
const _BPP = "BlockPublicPolicy";
const _BRA = "BaselineResourceArn";
const _BRE = "BadRequestException";
const _BVN = "BackupVaultName";
const _Bl = "Blocked";
const _C$1 = "City";
const _CA$1 = "CreatedAt";
const _CCo = "CountryCode";
const _CDRN = "CustomDetectionRuleName";
const _CDo = "ConnectionDirection";
const _CDon = "ContainerDetails";
const _CE$2 = "ConflictException";
const _CFR = "ContainerFindingResource";
const _CLE = "CommandLineExample";
const _CN = "CityName";
const _CNo = "CountryName";
const _CP = "CloudPartition";
const _CPF = "ContentPolicyFilters";
const _CPFo = "ContentPolicyFilter";
const _CR = "ContainerRuntime";
const _CS = "CloudformationStack";
const _CSD = "ContinuousScanDetails";
const _CT$1 = "CallerType";
const _CTr = "CreatedTime";
const _CU = "ContainerUids";
const _CUr = "CredentialUid";
const _Co = "Condition";
const _Cod = "Code";
const _Con = "Container";
const _Conf = "Confidence";
const _Conn = "Connection";
const _Cont = "Containers";
const _Conte = "Context";
const _Cou = "Count";
const _Count = "Country";
const _Cri = "Criterion";
const _D$2 = "Description";
const _DAe = "DefinitionArn";
const _DCI = "DbClusterIdentifier";
const _DD = "DomainDetails";
const _DI = "DetectorId";
const _DIA$1 = "DbInstanceArn";
const _DII = "DbInstanceIdentifier";
const _DIet = "DetectorIds";
const _DN = "DeviceName";
const _DRA = "DnsRequestAction";
const _DRI = "DbiResourceId";
const _DSGA = "DbShardGroupArn";
const _DSGI = "DbShardGroupIdentifier";
const _DSGRI = "DbShardGroupResourceId";
const _DSSE = "DefaultServerSideEncryption";
const _DWS = "DomainWithSuffix";
const _Dat = "Data";
const _Data = "Database";
const _Det = "Detection";
const _Dir = "Direction";
const _Do$1 = "Domain";
const _EC = "ErrorCode";
const _ECD = "EksClusterDetails";
const _ECDc = "EcsClusterDetails";
const _ECc = "EcsCluster";
const _ECk = "EksCluster";
const _EFS = "EventFirstSeen";
const _EI$1 = "Ec2Image";
const _EIDc = "Ec2ImageDetails";
const _EIU = "Ec2InstanceUids";
const _EIc = "Ec2Instance";
const _EIn = "EndpointIds";
const _EKA = "EncryptionKeyArn";
const _ELS = "EventLastSeen";
const _ELT = "Ec2LaunchTemplate";
const _ENI = "Ec2NetworkInterface";
const _ENIU = "Ec2NetworkInterfaceUids";
const _EP = "ExecutablePath";
const _EPf = "EffectivePermission";
const _ESD = "EbsSnapshotDetails";
const _ESx = "ExecutableSha256";
const _ET = "EndTime";
const _ETD = "EcsTaskDetails";
const _ETa = "ETag";
const _ETc = "EcsTask";
const _ETn = "EncryptionType";
const _EV = "Ec2Vpc";
const _EVD = "EbsVolumeDetails";
const _EVSD = "EbsVolumeScanDetails";
const _EVn = "EngineVersion";
const _End = "Endpoints";
const _Eng = "Engine";
const _Eq = "Eq";
const _Equ = "Equals";
const _Er = "Error";
const _Eu = "Euid";
const _Ev = "Evidence";
const _FA = "FunctionArn";
const _FCin = "FindingCriteria";
const _FI = "FindingIds";
const _FLA = "FailedLoginAttempts";
const _FNe = "FeatureName";
const _FNil = "FileName";
const _FNu = "FunctionName";
const _FO = "FileOperation";
const _FP = "FilePath";
const _FPi = "FilePaths";
const _FSA = "FirstSeenAt";
const _FSTi = "FileSystemType";
const _FV = "FunctionVersion";
const _Fi = "Findings";
const _File = "Files";
const _Fin = "Finding";
const _Fl = "Flags";
const _G = "Guardrails";
const _GA = "GuardrailArn";
const _GAu = "GuardrailAction";
const _GFRet = "GetFindingsRequest";
const _GFReti = "GetFindingsResponse";
const _GFe = "GetFindings";
const _GI = "GroupId";
const _GL = "GeoLocation";
const _GN = "GroupName";
const _GS = "GuardrailSource";
const _GT = "GreaterThan";
const _GTOE = "GreaterThanOrEqual";
const _GV = "GuardrailVersion";
const _Gr = "Group";
const _Gro = "Groups";
const _Gt = "Gt";
const _Gte = "Gte";
const _H = "Hash";
const _HIPC = "HostIPC";
const _HN = "HostNetwork";
const _HP = "HostPath";
const _HPID = "HostPID";
const _HSTD = "HighestSeverityThreatDetails";
const _IAV = "IpAddressV4";
const _IAVp = "IpAddressV6";
const _IAm = "ImageArn";
const _IAp = "Ipv6Addresses";
const _ICt = "ItemCount";
const _ID = "ImageDescription";
const _IDL = "ItemDetailsList";
const _IDn = "InstanceDetails";
const _IDt = "ItemDetails";
const _IIP = "IamInstanceProfile";
const _IIPV = "IamInstanceProfileV2";
const _IIm = "ImageId";
const _IIn = "InstanceId";
const _IP$1 = "ImagePrefix";
const _IPA = "IgnorePublicAcls";
const _IPN$1 = "IanaProtocolNumber";
const _IPt = "ItemPath";
const _IPte = "ItemPaths";
const _IS = "InstanceState";
const _ISD = "IncrementalScanDetails";
const _ISEE = "InternalServerErrorException";
const _IT$1 = "InstanceType";
const _IU = "ImageUid";
const _IUm = "ImpersonatedUser";
const _Id = "Id";
const _Im = "Image";
const _In = "Indicators";
const _Ind = "Indicator";
const _Ip = "Ip";
const _Isp = "Isp";
const _Issu = "Issuer";
const _KACA = "KubernetesApiCallAction";
const _KD = "KubernetesDetails";
const _KKA = "KmsKeyArn";
const _KMKA = "KmsMasterKeyArn";
const _KPCD = "KubernetesPermissionCheckedDetails";
const _KRBD = "KubernetesRoleBindingDetails";
const _KRD = "KubernetesRoleDetails";
const _KRT = "KubernetesResourcesTypes";
const _KUD = "KubernetesUserDetails";
const _KW = "KubernetesWorkload";
const _KWD = "KubernetesWorkloadDetails";
const _Ke = "Key";
const _Ki = "Kind";
const _L = "Lt";
const _LAo = "LoginAttribute";
const _LAog = "LoginAttributes";
const _LD = "LambdaDetails";
const _LDR = "ListDetectorsRequest";
const _LDRi = "ListDetectorsResponse";
const _LDi = "ListDetectors";
const _LFRis = "ListFindingsRequest";
const _LFRist = "ListFindingsResponse";
const _LFis = "ListFindings";
const _LID = "LocalIpDetails";
const _LMA = "LastModifiedAt";
const _LNI$1 = "LocalNetworkInterface";
const _LO = "LineageObject";
const _LP = "LibraryPath";
const _LPD = "LocalPortDetails";
const _LPV = "LdPreloadValue";
const _LSA = "LastSeenAt";
const _LT = "LessThan";
const _LTOE = "LessThanOrEqual";
const _LTa = "LaunchType";
const _LTau = "LaunchTime";
const _La = "Lat";
const _Lat = "Latitude";
const _Li = "Lineage";
const _Lo = "Location";
const _Lon = "Lon";
const _Long = "Longitude";
const _Lt = "Lte";
const _M$3 = "Message";
const _MA = "ModifiedAt";
const _MD = "ModelDetail";
const _MDo = "ModelDetails";
const _MFP = "ModuleFilePath";
const _MIo = "ModelId";
const _MN = "ModuleName";
const _MPFSC = "MalwareProtectionFindingsScanConfiguration";
const _MPo = "ModifyingProcess";
const _MPou = "MountPath";
const _MR$2 = "MaxResults";
const _MRem = "MemoryRegions";
const _MSD$1 = "MalwareScanDetails";
const _MSf = "MfaStatus";
const _MSo = "MountSource";
const _MSod = "ModuleSha256";
const _MTo = "MountTarget";
const _Ma$1 = "Matches";
const _N$1 = "Name";
const _NC = "NetworkConnection";
const _NCA = "NetworkConnectionAction";
const _NE = "NotEquals";
const _NEe = "NetworkEndpoint";
const _NEet = "NetworkEndpoints";
const _NGL = "NetworkGeoLocation";
const _NI = "NetworkInterfaces";
const _NII$1 = "NetworkInterfaceId";
const _NIP = "NestedItemPath";
const _NIe = "NetworkInterface";
const _NM = "NotMatches";
const _NP = "NamespacePid";
const _NT$1 = "NextToken";
const _Nam = "Namespace";
const _Ne = "Neq";
const _Nu = "Number";
const _O = "Observations";
const _OA = "OutpostArn";
const _OAb = "ObjectArn";
const _OB = "OrderBy";
const _OI = "OwnerId";
const _Op = "Operation";
const _Or = "Organization";
const _Org = "Org";
const _Ow = "Owner";
const _P$2 = "Process";
const _PA$2 = "PublicAccess";
const _PAA = "PublicAclAccess";
const _PAC = "PublicAccessConfiguration";
const _PAIB = "PublicAclIgnoreBehavior";
const _PBRB = "PublicBucketRestrictBehavior";
const _PC$1 = "ProductCodes";
const _PCe = "PermissionConfiguration";
const _PCr$1 = "ProductCode";
const _PD$1 = "ProcessDetails";
const _PDN = "PrivateDnsName";
const _PDNu = "PublicDnsName";
const _PI$2 = "PrincipalId";
const _PIA = "PrivateIpAddresses";
const _PIAD = "PrivateIpAddressDetails";
const _PIAr = "PrivateIpAddress";
const _PIu = "PublicIp";
const _PN$1 = "PortName";
const _PPA = "PortProbeAction";
const _PPAu = "PublicPolicyAccess";
const _PPD = "PortProbeDetails";
const _PPDo = "PortProbeDetail";
const _PRA = "PublicReadAccess";
const _PS = "ProfileSubtype";
const _PT = "ProfileType";
const _PTr = "ProductType";
const _PU = "ParentUuid";
const _PWA = "PublicWriteAccess";
const _Pa$1 = "Path";
const _Par = "Partition";
const _Para = "Parameters";
const _Pi = "Pid";
const _Pla = "Platform";
const _Po$1 = "Port";
const _Priv = "Privileged";
const _Pro = "Profiles";
const _Prot = "Protocol";
const _Pw = "Pwd";
const _R$2 = "Region";
const _RAD = "RemoteAccountDetails";
const _RAP = "ReleaseAgentPath";
const _RAe = "ResourceArn";
const _RBP = "RuncBinaryPath";
const _RCIC = "RegisteredContainerInstancesCount";
const _RCu = "RuntimeContext";
const _RDID = "RdsDbInstanceDetails";
const _RDUD = "RdsDbUserDetails";
const _RDe = "ResourceData";
const _RDun = "RuntimeDetails";
const _RFP = "RelatedFilePaths";
const _RID = "RemoteIpDetails";
const _RIev = "RevisionId";
const _RLAA = "RdsLoginAttemptAction";
const _RLDD = "RdsLimitlessDbDetails";
const _RN$1 = "ResourceName";
const _RNFE$1 = "ResourceNotFoundException";
const _RPA = "RecoveryPointArn";
const _RPB = "RestrictPublicBuckets";
const _RPD = "RemotePortDetails";
const _RPDe = "RecoveryPointDetails";
const _RRK = "RoleRefKind";
const _RRN = "RoleRefName";
const _RReso = "ResourceRole";
const _RT = "ResourceType";
const _RTC = "RunningTasksCount";
const _RU = "RequestUri";
const _RUe = "ResourceUids";
const _RV = "ResourceV2";
const _Re = "Resources";
const _Reso = "Resource";
const _Ro$1 = "Role";
const _S$1 = "Session";
const _SAI = "ServiceAdditionalInfo";
const _SAN = "ServiceAccountName";
const _SAn = "SnapshotArn";
const _SAt = "StartedAt";
const _SBD = "S3BucketDetails";
const _SBDu = "S3BucketDetail";
const _SBt = "StartedBy";
const _SBu = "S3Bucket";
const _SC = "SecurityContext";
const _SCA = "ScanCompletedAt";
const _SCCSD = "ScanConfigurationContinuousScanDetails";
const _SCc = "ScanConfiguration";
const _SCca = "ScanCategory";
const _SCo = "SortCriteria";
const _SCt = "StatusCode";
const _SD = "ScanDetections";
const _SFP = "ScanFilePath";
const _SG$1 = "SecurityGroups";
const _SGe = "SecurityGroup";
const _SHFP = "ShellHistoryFilePath";
const _SI$1 = "ScanId";
const _SIC = "ScannedItemCount";
const _SIe = "SequenceIndicators";
const _SIi = "SignalIndicators";
const _SIo = "SourceIps";
const _SIu = "SubnetId";
const _SIub$1 = "SubnetIds";
const _SLA = "SuccessfulLoginAttempts";
const _SN$1 = "ServiceName";
const _SNI = "SubNetId";
const _SNe = "SessionName";
const _SO$1 = "S3Object";
const _SOD = "S3ObjectDetails";
const _SODb = "S3ObjectDetail";
const _SOU = "S3ObjectUids";
const _SP = "ScriptPath";
const _SPo = "SocketPath";
const _SS = "SensitiveString";
const _SSA = "ScanStartedAt";
const _ST = "StartTime";
const _STN = "ScanThreatName";
const _STNc = "ScanThreatNames";
const _STc = "ScanType";
const _SV = "SchemaVersion";
const _SVD = "ScannedVolumeDetails";
const _SVDk = "SkippedVolumeDetails";
const _Se = "Service";
const _Seq = "Sequence";
const _Sev = "Severity";
const _Sh = "Sha256";
const _Sho = "Shortened";
const _Si = "Signals";
const _Sig = "Signal";
const _So = "Sources";
const _Sou = "Source";
const _Ss = "Ssl";
const _St$1 = "Status";
const _Sub = "Subresource";
const _T$4 = "Type";
const _TCA = "TaskCreatedAt";
const _TCoo = "ToolCategory";
const _TD = "TaskDetails";
const _TDA = "TaskDefinitionArn";
const _TDBN = "ThreatDetectedByName";
const _TDIC = "ThreatsDetectedItemCount";
const _TFI = "TriggerFindingId";
const _TFP = "ThreatFilePath";
const _TFS = "ThreatFileSha256";
const _TG = "TotalGb";
const _TID = "ThreatIntelligenceDetails";
const _TIDh = "ThreatIntelligenceDetail";
const _TLN = "ThreatListName";
const _TN = "ThreatName";
const _TNh = "ThreatNames";
const _TNo = "ToolName";
const _TPar = "TargetProcess";
const _TT = "TriggerType";
const _Tag = "Tags";
const _Tag_ = "Tag";
const _Tex = "Text";
const _Th = "Threats";
const _Thr = "Threat";
const _Ti = "Title";
const _U = "Uid";
const _UA = "UserAgent";
const _UAp = "UpdatedAt";
const _UF = "UserFeedback";
const _UI$1 = "UserId";
const _UN = "UserName";
const _UT = "UserType";
const _UTC = "UniqueThreatCount";
const _UTNC = "UniqueThreatNameCount";
const _Un = "Unusual";
const _Us = "User";
const _Use = "Username";
const _Uu = "Uuid";
const _V$1 = "Version";
const _VA = "VolumeArn";
const _VC = "VpcConfig";
const _VD = "VolumeDetail";
const _VDo = "VolumeDetails";
const _VI$1 = "VersionId";
const _VIp = "VpcId";
const _VM = "VolumeMounts";
const _VMo = "VolumeMount";
const _VOAI = "VpcOwnerAccountId";
const _VSIGB$1 = "VolumeSizeInGB";
const _VTo = "VolumeType";
const _Va = "Values";
const _Val$1 = "Value";
const _Ver = "Verb";
const _Vo = "Volumes";
const _Vol = "Volume";
const _a$2 = "account";
const _aACA = "awsApiCallAction";
const _aASA = "associatedAttackSequenceArn";
const _aASG = "autoscalingAutoScalingGroup";
const _aCL = "accessControlList";
const _aFd = "addressFamily";
const _aIc = "accountId";
const _aIct = "actorIds";
const _aId = "additionalInfo";
const _aK = "accessKey";
const _aKD = "accessKeyDetails";
const _aKI = "accessKeyId";
const _aLP = "accountLevelPermissions";
const _aM = "authMethod";
const _aN = "attributeName";
const _aO = "asnOrg";
const _aPA = "accountPublicAccess";
const _aPE = "allowPrivilegeEscalation";
const _aPRA = "allowsPublicReadAccess";
const _aPWA = "allowsPublicWriteAccess";
const _aR = "affectedResources";
const _aSC = "activeServicesCount";
const _aSN = "awsServiceName";
const _aST = "additionalSequenceTypes";
const _aSu = "autonomousSystem";
const _aT$1 = "actionType";
const _aZ$1 = "availabilityZone";
const _ac = "action";
const _activ = "activities";
const _actor = "actors";
const _af = "affiliated";
const _al = "allowed";
const _an = "anomaly";
const _ap = "api";
const _app = "application";
const _ar = "arn";
const _arch = "archived";
const _asn = "asn";
const _b = "behavior";
const _bG = "bedrockGuardrail";
const _bGD = "bedrockGuardrailDetails";
const _bLP = "bucketLevelPermissions";
const _bP = "bucketPolicy";
const _bPA = "blockPublicAccess";
const _bPAl = "blockPublicAcls";
const _bPAu = "bucketPublicAccess";
const _bPP = "blockPublicPolicy";
const _bRA = "baselineResourceArn";
const _bVN = "backupVaultName";
const _bl = "blocked";
const _c$5 = "client";
const _cA$1 = "createdAt";
const _cCo = "countryCode";
const _cD = "connectionDirection";
const _cDRN = "customDetectionRuleName";
const _cDo = "containerDetails";
const _cLE = "commandLineExample";
const _cN = "cityName";
const _cNo = "countryName";
const _cP = "cloudPartition";
const _cPF = "contentPolicyFilters";
const _cR = "containerRuntime";
const _cSD = "continuousScanDetails";
const _cSl = "cloudformationStack";
const _cT = "callerType";
const _cTr = "createdTime";
const _cU = "containerUids";
const _cUr = "credentialUid";
const _ci$1 = "city";
const _co$1 = "confidence";
const _conn = "connection";
const _cont = "containers";
const _conta = "container";
const _conte = "context";
const _cou = "count";
const _countr = "country";
const _cri = "criterion";
const _d$1 = "description";
const _dAe = "definitionArn";
const _dCI = "dbClusterIdentifier";
const _dD = "domainDetails";
const _dI = "detectorId";
const _dIA = "dbInstanceArn";
const _dII = "dbInstanceIdentifier";
const _dIet = "detectorIds";
const _dN = "deviceName";
const _dRA = "dnsRequestAction";
const _dRI = "dbiResourceId";
const _dSGA = "dbShardGroupArn";
const _dSGI = "dbShardGroupIdentifier";
const _dSGRI = "dbShardGroupResourceId";
const _dSSE = "defaultServerSideEncryption";
const _dWS = "domainWithSuffix";
const _dat = "data";
const _data$5 = "database";
const _det$1 = "detection";
const _dir = "direction";
const _do = "domain";
const _e$5 = "error";
const _eC = "errorCode";
const _eCD = "eksClusterDetails";
const _eCDc = "ecsClusterDetails";
const _eCc = "ecsCluster";
const _eCk = "eksCluster";
const _eFS = "eventFirstSeen";
const _eI = "ec2Instance";
const _eIDc = "ec2ImageDetails";
const _eIU = "ec2InstanceUids";
const _eIc = "ec2Image";
const _eIn = "endpointIds";
const _eKA = "encryptionKeyArn";
const _eLS = "eventLastSeen";
const _eLT = "ec2LaunchTemplate";
const _eNI = "ec2NetworkInterface";
const _eNIU = "ec2NetworkInterfaceUids";
const _eP = "executablePath";
const _ePf = "effectivePermission";
const _eSD = "ebsSnapshotDetails";
const _eSx = "executableSha256";
const _eT = "endTime";
const _eTa = "eTag";
const _eTc = "ecsTask";
const _eTn = "encryptionType";
const _eVD = "ebsVolumeDetails";
const _eVSD = "ebsVolumeScanDetails";
const _eVc = "ec2Vpc";
const _eVn = "engineVersion";
const _end = "endpoints";
const _eng = "engine";
const _eq = "eq";
const _equ = "equals";
const _eu = "euid";
const _ev = "evidence";
const _fA = "functionArn";
const _fCin = "findingCriteria";
const _fI = "findingIds";
const _fLA = "failedLoginAttempts";
const _fN = "functionName";
const _fNe = "featureName";
const _fNil = "fileName";
const _fO = "fileOperation";
const _fP = "filePath";
const _fPi = "filePaths";
const _fSA = "firstSeenAt";
const _fSTi = "fileSystemType";
const _fV = "functionVersion";
const _fi = "findings";
const _file = "files";
const _fl = "flags";
const _g = "guardrails";
const _gA = "guardrailArn";
const _gAu = "guardrailAction";
const _gI = "groupId";
const _gL = "geoLocation";
const _gN = "groupName";
const _gS = "guardrailSource";
const _gT = "greaterThan";
const _gTOE = "greaterThanOrEqual";
const _gV = "guardrailVersion";
const _gr = "group";
const _gro = "groups";
const _gt = "gt";
const _gte = "gte";
const _h$1 = "hash";
const _hE$4 = "httpError";
const _hIPC = "hostIPC";
const _hN = "hostNetwork";
const _hP = "hostPath";
const _hPID = "hostPID";
const _hQ = "httpQuery";
const _hSTD = "highestSeverityThreatDetails";
const _ht$1 = "http";
const _iAV = "ipAddressV4";
const _iAVp = "ipAddressV6";
const _iAm = "imageArn";
const _iAp$1 = "ipv6Addresses";
const _iCt = "itemCount";
const _iD = "imageDescription";
const _iDn = "instanceDetails";
const _iDt = "itemDetails";
const _iIP = "iamInstanceProfile";
const _iIm = "imageId";
const _iIn = "instanceId";
const _iP = "imagePrefix";
const _iPA = "ignorePublicAcls";
const _iPN = "ianaProtocolNumber";
const _iPt = "itemPath";
const _iPte = "itemPaths";
const _iS = "instanceState";
const _iSD$1 = "incrementalScanDetails";
const _iT = "instanceType";
const _iU = "imageUid";
const _iUm = "impersonatedUser";
const _id = "id";
const _im = "image";
const _ip = "ip";
const _isp = "isp";
const _issu = "issuer";
const _jN = "jsonName";
const _kACA = "kubernetesApiCallAction";
const _kD = "kubernetesDetails";
const _kKA = "kmsKeyArn";
const _kMKA = "kmsMasterKeyArn";
const _kPCD = "kubernetesPermissionCheckedDetails";
const _kRBD = "kubernetesRoleBindingDetails";
const _kRD = "kubernetesRoleDetails";
const _kUD = "kubernetesUserDetails";
const _kW = "kubernetesWorkload";
const _kWD = "kubernetesWorkloadDetails";
const _ke = "key";
const _ki = "kind";
const _l$1 = "lt";
const _lD = "lambdaDetails";
const _lID = "localIpDetails";
const _lMA = "lastModifiedAt";
const _lNI = "localNetworkInterface";
const _lP = "libraryPath";
const _lPD = "localPortDetails";
const _lPV = "ldPreloadValue";
const _lSA = "lastSeenAt";
const _lT = "lessThan";
const _lTOE = "lessThanOrEqual";
const _lTa = "launchType";
const _lTau = "launchTime";
const _la = "lat";
const _li = "lineage";
const _lo = "location";
const _lon = "lon";
const _lt = "lte";
const _m$3 = "message";
const _mA = "modifiedAt";
const _mD = "modelDetails";
const _mFP = "moduleFilePath";
const _mIo = "modelId";
const _mN = "moduleName";
const _mPo = "modifyingProcess";
const _mPou = "mountPath";
const _mR = "maxResults";
const _mRe = "memoryRegions";
const _mSD = "malwareScanDetails";
const _mSf = "mfaStatus";
const _mSo = "mountSource";
const _mSod = "moduleSha256";
const _mTo = "mountTarget";
const _ma = "matches";
const _n$1 = "name";
const _nCA = "networkConnectionAction";
const _nE = "notEquals";
const _nI = "networkInterfaces";
const _nII = "networkInterfaceId";
const _nIP = "nestedItemPath";
const _nM = "notMatches";
const _nP = "namespacePid";
const _nT = "nextToken";
const _nam = "namespace";
const _ne$1 = "neq";
const _nu = "number";
const _o = "observations";
const _oA = "outpostArn";
const _oAb = "objectArn";
const _oB = "orderBy";
const _oI = "ownerId";
const _op = "operation";
const _or = "org";
const _org = "organization";
const _ow = "owner";
const _p = "process";
const _pA = "publicAccess";
const _pAA = "publicAclAccess";
const _pAIB = "publicAclIgnoreBehavior";
const _pBRB = "publicBucketRestrictBehavior";
const _pC = "productCodes";
const _pCI = "productCodeId";
const _pCT = "productCodeType";
const _pCe = "permissionConfiguration";
const _pDN = "privateDnsName";
const _pDNu = "publicDnsName";
const _pI = "principalId";
const _pIA$1 = "privateIpAddresses";
const _pIAr = "privateIpAddress";
const _pIu = "publicIp";
const _pN = "portName";
const _pPA = "portProbeAction";
const _pPAu = "publicPolicyAccess";
const _pPD = "portProbeDetails";
const _pRA = "publicReadAccess";
const _pS = "profileSubtype";
const _pT$1 = "profileType";
const _pU = "parentUuid";
const _pWA = "publicWriteAccess";
const _pa$1 = "path";
const _par = "partition";
const _para = "parameters";
const _pi = "pid";
const _pla = "platform";
const _po = "port";
const _priv = "privileged";
const _pro$1 = "profiles";
const _prot = "protocol";
const _pw = "pwd";
const _r = "region";
const _rAD = "remoteAccountDetails";
const _rAP = "releaseAgentPath";
const _rAe = "resourceArn";
const _rBP = "runcBinaryPath";
const _rCIC = "registeredContainerInstancesCount";
const _rDID = "rdsDbInstanceDetails";
const _rDUD = "rdsDbUserDetails";
const _rDu = "runtimeDetails";
const _rFP = "relatedFilePaths";
const _rID = "remoteIpDetails";
const _rIev = "revisionId";
const _rLAA = "rdsLoginAttemptAction";
const _rLDD = "rdsLimitlessDbDetails";
const _rN = "resourceName";
const _rPA = "recoveryPointArn";
const _rPB = "restrictPublicBuckets";
const _rPD = "remotePortDetails";
const _rPDe = "recoveryPointDetails";
const _rRK = "roleRefKind";
const _rRN = "roleRefName";
const _rReso = "resourceRole";
const _rT$1 = "resourceType";
const _rTC = "runningTasksCount";
const _rU = "requestUri";
const _rUe = "resourceUids";
const _re = "resources";
const _reso = "resource";
const _ro = "role";
const _s$5 = "smithy.ts.sdk.synthetic.com.amazonaws.guardduty";
const _sAN = "serviceAccountName";
const _sAn = "snapshotArn";
const _sAt = "startedAt";
const _sBD = "s3BucketDetails";
const _sBt = "startedBy";
const _sBu = "s3Bucket";
const _sC$1 = "securityContext";
const _sCA = "scanCompletedAt";
const _sCc = "scanConfiguration";
const _sCca = "scanCategory";
const _sCo = "sortCriteria";
const _sCt = "statusCode";
const _sD = "scanDetections";
const _sG = "securityGroups";
const _sHFP = "shellHistoryFilePath";
const _sI = "scanId";
const _sIC = "scannedItemCount";
const _sIP = "sourceIPs";
const _sIe = "sequenceIndicators";
const _sIi = "signalIndicators";
const _sIu = "subnetId";
const _sIub = "subnetIds";
const _sLA = "successfulLoginAttempts";
const _sN = "serviceName";
const _sNI = "subNetId";
const _sNe = "sessionName";
const _sO = "s3Object";
const _sOD = "s3ObjectDetails";
const _sOU = "s3ObjectUids";
const _sP = "scriptPath";
const _sPo = "socketPath";
const _sSA = "scanStartedAt";
const _sT = "startTime";
const _sTc = "scanType";
const _sV = "schemaVersion";
const _sVD = "scannedVolumeDetails";
const _sVDk = "skippedVolumeDetails";
const _se$3 = "server";
const _seq = "sequence";
const _ser = "service";
const _ses = "session";
const _sev = "severity";
const _sh = "sha256";
const _sho = "shortened";
const _si = "signals";
const _so = "sources";
const _sou = "source";
const _ss = "ssl";
const _st$1 = "status";
const _sub = "subresource";
const _t$1 = "type";
const _tCoo = "toolCategory";
const _tD = "taskDetails";
const _tDA = "taskDefinitionArn";
const _tDBN = "threatDetectedByName";
const _tDIC = "threatsDetectedItemCount";
const _tFI = "triggerFindingId";
const _tFP = "threatFilePath";
const _tFS = "threatFileSha256";
const _tG = "totalGb";
const _tID = "threatIntelligenceDetails";
const _tLN = "threatListName";
const _tN = "threatName";
const _tNh = "threatNames";
const _tNo = "toolName";
const _tPar = "targetProcess";
const _tT = "triggerType";
const _tag = "tags";
const _tex = "text";
const _th$1 = "threats";
const _ti = "title";
const _u = "uid";
const _uA = "userAgent";
const _uAp = "updatedAt";
const _uF = "userFeedback";
const _uI = "userId";
const _uN = "userName";
const _uT = "userType";
const _uTC = "uniqueThreatCount";
const _uTNC = "uniqueThreatNameCount";
const _un = "unusual";
const _us$1 = "user";
const _use = "username";
const _uu = "uuid";
const _v = "version";
const _vA = "volumeArn";
const _vC = "vpcConfig";
const _vI = "versionId";
const _vIp = "vpcId";
const _vM = "volumeMounts";
const _vOAI = "vpcOwnerAccountId";
const _vSIGB = "volumeSizeInGB";
const _vTo = "volumeType";
const _va$1 = "values";
const _val = "value";
const _ver = "verb";
const _vo = "volumes";
const n0$5 = "com.amazonaws.guardduty";
const _s_registry$5 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$5);
var GuardDutyServiceException$ = [
	-3,
	_s$5,
	"GuardDutyServiceException",
	0,
	[],
	[]
];
_s_registry$5.registerError(GuardDutyServiceException$, GuardDutyServiceException);
const n0_registry$5 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$5);
var AccessDeniedException$$2 = [
	-3,
	n0$5,
	_ADE$2,
	{
		[_e$5]: _c$5,
		[_hE$4]: 403
	},
	[_M$3, _T$4],
	[[0, { [_jN]: _m$3 }], [0, { [_jN]: _t$1 }]]
];
n0_registry$5.registerError(AccessDeniedException$$2, AccessDeniedException$2);
var BadRequestException$ = [
	-3,
	n0$5,
	_BRE,
	{
		[_e$5]: _c$5,
		[_hE$4]: 400
	},
	[_M$3, _T$4],
	[[0, { [_jN]: _m$3 }], [0, { [_jN]: _t$1 }]]
];
n0_registry$5.registerError(BadRequestException$, BadRequestException);
var ConflictException$$2 = [
	-3,
	n0$5,
	_CE$2,
	{
		[_e$5]: _c$5,
		[_hE$4]: 409
	},
	[_M$3, _T$4],
	[[0, { [_jN]: _m$3 }], [0, { [_jN]: _t$1 }]]
];
n0_registry$5.registerError(ConflictException$$2, ConflictException$2);
var InternalServerErrorException$ = [
	-3,
	n0$5,
	_ISEE,
	{
		[_e$5]: _se$3,
		[_hE$4]: 500
	},
	[_M$3, _T$4],
	[[0, { [_jN]: _m$3 }], [0, { [_jN]: _t$1 }]]
];
n0_registry$5.registerError(InternalServerErrorException$, InternalServerErrorException);
var ResourceNotFoundException$ = [
	-3,
	n0$5,
	_RNFE$1,
	{
		[_e$5]: _c$5,
		[_hE$4]: 404
	},
	[_M$3, _T$4],
	[[0, { [_jN]: _m$3 }], [0, { [_jN]: _t$1 }]]
];
n0_registry$5.registerError(ResourceNotFoundException$, ResourceNotFoundException);
const errorTypeRegistries$5 = [_s_registry$5, n0_registry$5];
var SensitiveString = [
	0,
	n0$5,
	_SS,
	8,
	0
];
var AccessControlList$ = [
	3,
	n0$5,
	_ACL,
	0,
	[_APRA, _APWA],
	[[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
var AccessKey$ = [
	3,
	n0$5,
	_AK,
	0,
	[
		_PI$2,
		_UN,
		_UT
	],
	[
		[0, { [_jN]: _pI }],
		[0, { [_jN]: _uN }],
		[0, { [_jN]: _uT }]
	]
];
var AccessKeyDetails$ = [
	3,
	n0$5,
	_AKD,
	0,
	[
		_AKI$1,
		_PI$2,
		_UN,
		_UT
	],
	[
		[0, { [_jN]: _aKI }],
		[0, { [_jN]: _pI }],
		[0, { [_jN]: _uN }],
		[0, { [_jN]: _uT }]
	]
];
var Account$$1 = [
	3,
	n0$5,
	_A$3,
	0,
	[_U, _N$1],
	[[0, { [_jN]: _u }], [0, { [_jN]: _a$2 }]],
	1
];
var AccountLevelPermissions$ = [
	3,
	n0$5,
	_ALP,
	0,
	[_BPA],
	[[() => BlockPublicAccess$, { [_jN]: _bPA }]]
];
var Action$ = [
	3,
	n0$5,
	_Ac$1,
	0,
	[
		_AT,
		_AACA,
		_DRA,
		_NCA,
		_PPA,
		_KACA,
		_KPCD,
		_KRBD,
		_KRD,
		_RLAA
	],
	[
		[0, { [_jN]: _aT$1 }],
		[() => AwsApiCallAction$, { [_jN]: _aACA }],
		[() => DnsRequestAction$, { [_jN]: _dRA }],
		[() => NetworkConnectionAction$, { [_jN]: _nCA }],
		[() => PortProbeAction$, { [_jN]: _pPA }],
		[() => KubernetesApiCallAction$, { [_jN]: _kACA }],
		[() => KubernetesPermissionCheckedDetails$, { [_jN]: _kPCD }],
		[() => KubernetesRoleBindingDetails$, { [_jN]: _kRBD }],
		[() => KubernetesRoleDetails$, { [_jN]: _kRD }],
		[() => RdsLoginAttemptAction$, { [_jN]: _rLAA }]
	]
];
var Activity$ = [
	3,
	n0$5,
	_Act,
	0,
	[_T$4, _Ap],
	[[0, { [_jN]: _t$1 }], [() => ApiCall$, { [_jN]: _ap }]],
	1
];
var Actor$ = [
	3,
	n0$5,
	_Acto,
	0,
	[
		_Id,
		_Us,
		_S$1,
		_P$2
	],
	[
		[0, { [_jN]: _id }],
		[() => User$, { [_jN]: _us$1 }],
		[() => Session$, { [_jN]: _ses }],
		[() => ActorProcess$, { [_jN]: _p }]
	],
	1
];
var ActorProcess$ = [
	3,
	n0$5,
	_AP$1,
	0,
	[
		_N$1,
		_Pa$1,
		_Sh
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _pa$1 }],
		[0, { [_jN]: _sh }]
	],
	2
];
var AdditionalInfo$ = [
	3,
	n0$5,
	_AId,
	0,
	[_VI$1, _DN],
	[[0, { [_jN]: _vI }], [0, { [_jN]: _dN }]]
];
var Anomaly$ = [
	3,
	n0$5,
	_An,
	0,
	[_Pro, _Un],
	[[() => AnomalyProfiles, { [_jN]: _pro$1 }], [() => AnomalyUnusual$, { [_jN]: _un }]]
];
var AnomalyObject$ = [
	3,
	n0$5,
	_AOn,
	0,
	[
		_PT,
		_PS,
		_O
	],
	[
		[0, { [_jN]: _pT$1 }],
		[0, { [_jN]: _pS }],
		[() => Observations$, { [_jN]: _o }]
	]
];
var AnomalyUnusual$ = [
	3,
	n0$5,
	_AU,
	0,
	[_B],
	[[() => Behavior, { [_jN]: _b }]]
];
var ApiCall$ = [
	3,
	n0$5,
	_AC,
	0,
	[
		_Op,
		_Se,
		_Er,
		_UA
	],
	[
		[0, { [_jN]: _op }],
		[0, { [_jN]: _ser }],
		[0, { [_jN]: _e$5 }],
		[0, { [_jN]: _uA }]
	]
];
var AutonomousSystem$ = [
	3,
	n0$5,
	_ASu,
	0,
	[_N$1, _Nu],
	[[0, { [_jN]: _n$1 }], [1, { [_jN]: _nu }]],
	2
];
var AutoscalingAutoScalingGroup$ = [
	3,
	n0$5,
	_AASG,
	0,
	[_EIU],
	[[64, { [_jN]: _eIU }]]
];
var AwsApiCallAction$ = [
	3,
	n0$5,
	_AACA,
	0,
	[
		_Ap,
		_CT$1,
		_DD,
		_EC,
		_UA,
		_RID,
		_SN$1,
		_RAD,
		_AR$1
	],
	[
		[0, { [_jN]: _ap }],
		[0, { [_jN]: _cT }],
		[() => DomainDetails$, { [_jN]: _dD }],
		[0, { [_jN]: _eC }],
		[0, { [_jN]: _uA }],
		[() => RemoteIpDetails$, { [_jN]: _rID }],
		[0, { [_jN]: _sN }],
		[() => RemoteAccountDetails$, { [_jN]: _rAD }],
		[128, { [_jN]: _aR }]
	]
];
var BedrockGuardrail$ = [
	3,
	n0$5,
	_BG,
	0,
	[_Ar$1, _V$1],
	[[0, { [_jN]: _ar }], [0, { [_jN]: _v }]]
];
var BedrockGuardrailDetails$ = [
	3,
	n0$5,
	_BGD,
	0,
	[
		_GA,
		_GV,
		_G,
		_GAu,
		_GS,
		_CPF
	],
	[
		[0, { [_jN]: _gA }],
		[0, { [_jN]: _gV }],
		[() => BedrockGuardrails, { [_jN]: _g }],
		[0, { [_jN]: _gAu }],
		[0, { [_jN]: _gS }],
		[() => ContentPolicyFilters, { [_jN]: _cPF }]
	]
];
var BedrockGuardrailResource$ = [
	3,
	n0$5,
	_BGR,
	0,
	[
		_V$1,
		_GAu,
		_GS
	],
	[
		[0, { [_jN]: _v }],
		[0, { [_jN]: _gAu }],
		[0, { [_jN]: _gS }]
	]
];
var BlockPublicAccess$ = [
	3,
	n0$5,
	_BPA,
	0,
	[
		_IPA,
		_RPB,
		_BPAl,
		_BPP
	],
	[
		[2, { [_jN]: _iPA }],
		[2, { [_jN]: _rPB }],
		[2, { [_jN]: _bPAl }],
		[2, { [_jN]: _bPP }]
	]
];
var BucketLevelPermissions$ = [
	3,
	n0$5,
	_BLP,
	0,
	[
		_ACL,
		_BP,
		_BPA
	],
	[
		[() => AccessControlList$, { [_jN]: _aCL }],
		[() => BucketPolicy$, { [_jN]: _bP }],
		[() => BlockPublicAccess$, { [_jN]: _bPA }]
	]
];
var BucketPolicy$ = [
	3,
	n0$5,
	_BP,
	0,
	[_APRA, _APWA],
	[[2, { [_jN]: _aPRA }], [2, { [_jN]: _aPWA }]]
];
var City$ = [
	3,
	n0$5,
	_C$1,
	0,
	[_CN],
	[[0, { [_jN]: _cN }]]
];
var CloudformationStack$ = [
	3,
	n0$5,
	_CS,
	0,
	[_EIU],
	[[64, { [_jN]: _eIU }]]
];
var Condition$ = [
	3,
	n0$5,
	_Co,
	0,
	[
		_Eq,
		_Ne,
		_Gt,
		_Gte,
		_L,
		_Lt,
		_Equ,
		_NE,
		_GT,
		_GTOE,
		_LT,
		_LTOE,
		_Ma$1,
		_NM
	],
	[
		[64, { [_jN]: _eq }],
		[64, { [_jN]: _ne$1 }],
		[1, { [_jN]: _gt }],
		[1, { [_jN]: _gte }],
		[1, { [_jN]: _l$1 }],
		[1, { [_jN]: _lt }],
		[64, { [_jN]: _equ }],
		[64, { [_jN]: _nE }],
		[1, { [_jN]: _gT }],
		[1, { [_jN]: _gTOE }],
		[1, { [_jN]: _lT }],
		[1, { [_jN]: _lTOE }],
		[64, { [_jN]: _ma }],
		[64, { [_jN]: _nM }]
	]
];
var Container$ = [
	3,
	n0$5,
	_Con,
	0,
	[
		_CR,
		_Id,
		_N$1,
		_Im,
		_IP$1,
		_VM,
		_SC
	],
	[
		[0, { [_jN]: _cR }],
		[0, { [_jN]: _id }],
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _im }],
		[0, { [_jN]: _iP }],
		[() => VolumeMounts, { [_jN]: _vM }],
		[() => SecurityContext$, { [_jN]: _sC$1 }]
	]
];
var ContainerFindingResource$ = [
	3,
	n0$5,
	_CFR,
	0,
	[_Im, _IU],
	[[0, { [_jN]: _im }], [0, { [_jN]: _iU }]],
	1
];
var ContentPolicyFilter$ = [
	3,
	n0$5,
	_CPFo,
	0,
	[
		_T$4,
		_Conf,
		_Ac$1
	],
	[
		[0, { [_jN]: _t$1 }],
		[0, { [_jN]: _co$1 }],
		[0, { [_jN]: _ac }]
	]
];
var Country$ = [
	3,
	n0$5,
	_Count,
	0,
	[_CCo, _CNo],
	[[0, { [_jN]: _cCo }], [0, { [_jN]: _cNo }]]
];
var DefaultServerSideEncryption$ = [
	3,
	n0$5,
	_DSSE,
	0,
	[_ETn, _KMKA],
	[[0, { [_jN]: _eTn }], [0, { [_jN]: _kMKA }]]
];
var Detection$ = [
	3,
	n0$5,
	_Det,
	0,
	[_An, _Seq],
	[[() => Anomaly$, { [_jN]: _an }], [() => Sequence$, { [_jN]: _seq }]]
];
var DnsRequestAction$ = [
	3,
	n0$5,
	_DRA,
	0,
	[
		_Do$1,
		_Prot,
		_Bl,
		_DWS,
		_VOAI
	],
	[
		[0, { [_jN]: _do }],
		[0, { [_jN]: _prot }],
		[2, { [_jN]: _bl }],
		[0, { [_jN]: _dWS }],
		[0, { [_jN]: _vOAI }]
	]
];
var DomainDetails$ = [
	3,
	n0$5,
	_DD,
	0,
	[_Do$1],
	[[0, { [_jN]: _do }]]
];
var EbsSnapshotDetails$ = [
	3,
	n0$5,
	_ESD,
	0,
	[_SAn],
	[[0, { [_jN]: _sAn }]]
];
var EbsVolumeDetails$ = [
	3,
	n0$5,
	_EVD,
	0,
	[_SVD, _SVDk],
	[[() => VolumeDetails, { [_jN]: _sVD }], [() => VolumeDetails, { [_jN]: _sVDk }]]
];
var EbsVolumeScanDetails$ = [
	3,
	n0$5,
	_EVSD,
	0,
	[
		_SI$1,
		_SSA,
		_SCA,
		_TFI,
		_So,
		_SD,
		_STc
	],
	[
		[0, { [_jN]: _sI }],
		[4, { [_jN]: _sSA }],
		[4, { [_jN]: _sCA }],
		[0, { [_jN]: _tFI }],
		[64, { [_jN]: _so }],
		[() => ScanDetections$, { [_jN]: _sD }],
		[0, { [_jN]: _sTc }]
	]
];
var Ec2Image$ = [
	3,
	n0$5,
	_EI$1,
	0,
	[_EIU],
	[[64, { [_jN]: _eIU }]]
];
var Ec2ImageDetails$ = [
	3,
	n0$5,
	_EIDc,
	0,
	[_IAm],
	[[0, { [_jN]: _iAm }]]
];
var Ec2Instance$ = [
	3,
	n0$5,
	_EIc,
	0,
	[
		_AZ,
		_ID,
		_IS,
		_IIP,
		_IT$1,
		_OA,
		_Pla,
		_PC$1,
		_ENIU
	],
	[
		[0, { [_jN]: _aZ$1 }],
		[0, { [_jN]: _iD }],
		[0, { [_jN]: _iS }],
		[() => IamInstanceProfile$, 0],
		[0, { [_jN]: _iT }],
		[0, { [_jN]: _oA }],
		[0, { [_jN]: _pla }],
		[() => ProductCodes, { [_jN]: _pC }],
		[64, { [_jN]: _eNIU }]
	]
];
var Ec2LaunchTemplate$ = [
	3,
	n0$5,
	_ELT,
	0,
	[_EIU, _V$1],
	[[64, { [_jN]: _eIU }], [0, { [_jN]: _v }]]
];
var Ec2NetworkInterface$ = [
	3,
	n0$5,
	_ENI,
	0,
	[
		_IAp,
		_PIA,
		_PIu,
		_SG$1,
		_SNI,
		_VIp
	],
	[
		[64, { [_jN]: _iAp$1 }],
		[() => PrivateIpAddresses, { [_jN]: _pIA$1 }],
		[0, { [_jN]: _pIu }],
		[() => SecurityGroups, { [_jN]: _sG }],
		[0, { [_jN]: _sNI }],
		[0, { [_jN]: _vIp }]
	]
];
var Ec2Vpc$ = [
	3,
	n0$5,
	_EV,
	0,
	[_EIU],
	[[64, { [_jN]: _eIU }]]
];
var EcsCluster$ = [
	3,
	n0$5,
	_ECc,
	0,
	[_St$1, _EIU],
	[[0, { [_jN]: _st$1 }], [64, { [_jN]: _eIU }]]
];
var EcsClusterDetails$ = [
	3,
	n0$5,
	_ECDc,
	0,
	[
		_N$1,
		_Ar$1,
		_St$1,
		_ASC,
		_RCIC,
		_RTC,
		_Tag,
		_TD
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _ar }],
		[0, { [_jN]: _st$1 }],
		[1, { [_jN]: _aSC }],
		[1, { [_jN]: _rCIC }],
		[1, { [_jN]: _rTC }],
		[() => Tags, { [_jN]: _tag }],
		[() => EcsTaskDetails$, { [_jN]: _tD }]
	]
];
var EcsTask$ = [
	3,
	n0$5,
	_ETc,
	0,
	[
		_CA$1,
		_TDA,
		_LTa,
		_CU
	],
	[
		[4, { [_jN]: _cA$1 }],
		[0, { [_jN]: _tDA }],
		[0, { [_jN]: _lTa }],
		[64, { [_jN]: _cU }]
	]
];
var EcsTaskDetails$ = [
	3,
	n0$5,
	_ETD,
	0,
	[
		_Ar$1,
		_DAe,
		_V$1,
		_TCA,
		_SAt,
		_SBt,
		_Tag,
		_Vo,
		_Cont,
		_Gr,
		_LTa
	],
	[
		[0, { [_jN]: _ar }],
		[0, { [_jN]: _dAe }],
		[0, { [_jN]: _v }],
		[4, { [_jN]: _cA$1 }],
		[4, { [_jN]: _sAt }],
		[0, { [_jN]: _sBt }],
		[() => Tags, { [_jN]: _tag }],
		[() => Volumes, { [_jN]: _vo }],
		[() => Containers, { [_jN]: _cont }],
		[0, { [_jN]: _gr }],
		[0, { [_jN]: _lTa }]
	]
];
var EksCluster$ = [
	3,
	n0$5,
	_ECk,
	0,
	[
		_Ar$1,
		_CA$1,
		_St$1,
		_VIp,
		_EIU
	],
	[
		[0, { [_jN]: _ar }],
		[4, { [_jN]: _cA$1 }],
		[0, { [_jN]: _st$1 }],
		[0, { [_jN]: _vIp }],
		[64, { [_jN]: _eIU }]
	]
];
var EksClusterDetails$ = [
	3,
	n0$5,
	_ECD,
	0,
	[
		_N$1,
		_Ar$1,
		_VIp,
		_St$1,
		_Tag,
		_CA$1
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _ar }],
		[0, { [_jN]: _vIp }],
		[0, { [_jN]: _st$1 }],
		[() => Tags, { [_jN]: _tag }],
		[4, { [_jN]: _cA$1 }]
	]
];
var Evidence$ = [
	3,
	n0$5,
	_Ev,
	0,
	[_TID],
	[[() => ThreatIntelligenceDetails, { [_jN]: _tID }]]
];
var Finding$ = [
	3,
	n0$5,
	_Fin,
	0,
	[
		_AIc,
		_Ar$1,
		_CA$1,
		_Id,
		_R$2,
		_Reso,
		_SV,
		_Sev,
		_T$4,
		_UAp,
		_Conf,
		_D$2,
		_Par,
		_Se,
		_Ti,
		_AASA,
		_CDRN
	],
	[
		[0, { [_jN]: _aIc }],
		[0, { [_jN]: _ar }],
		[0, { [_jN]: _cA$1 }],
		[0, { [_jN]: _id }],
		[0, { [_jN]: _r }],
		[() => Resource$, { [_jN]: _reso }],
		[0, { [_jN]: _sV }],
		[1, { [_jN]: _sev }],
		[0, { [_jN]: _t$1 }],
		[0, { [_jN]: _uAp }],
		[1, { [_jN]: _co$1 }],
		[0, { [_jN]: _d$1 }],
		[0, { [_jN]: _par }],
		[() => Service$, { [_jN]: _ser }],
		[0, { [_jN]: _ti }],
		[0, { [_jN]: _aASA }],
		[0, { [_jN]: _cDRN }]
	],
	10
];
var FindingCriteria$ = [
	3,
	n0$5,
	_FCin,
	0,
	[_Cri],
	[[() => Criterion, { [_jN]: _cri }]]
];
var GeoLocation$ = [
	3,
	n0$5,
	_GL,
	0,
	[_La, _Lon],
	[[1, { [_jN]: _la }], [1, { [_jN]: _lon }]]
];
var GetFindingsRequest$ = [
	3,
	n0$5,
	_GFRet,
	0,
	[
		_DI,
		_FI,
		_SCo
	],
	[
		[0, 1],
		[64, { [_jN]: _fI }],
		[() => SortCriteria$, { [_jN]: _sCo }]
	],
	2
];
var GetFindingsResponse$ = [
	3,
	n0$5,
	_GFReti,
	0,
	[_Fi],
	[[() => Findings, { [_jN]: _fi }]],
	1
];
var HighestSeverityThreatDetails$ = [
	3,
	n0$5,
	_HSTD,
	0,
	[
		_Sev,
		_TN,
		_Cou
	],
	[
		[0, { [_jN]: _sev }],
		[0, { [_jN]: _tN }],
		[1, { [_jN]: _cou }]
	]
];
var HostPath$ = [
	3,
	n0$5,
	_HP,
	0,
	[_Pa$1],
	[[0, { [_jN]: _pa$1 }]]
];
var IamInstanceProfile$ = [
	3,
	n0$5,
	_IIP,
	0,
	[_Ar$1, _Id],
	[[0, { [_jN]: _ar }], [0, { [_jN]: _id }]]
];
var IamInstanceProfileV2$ = [
	3,
	n0$5,
	_IIPV,
	0,
	[_EIU],
	[[64, { [_jN]: _eIU }]]
];
var ImpersonatedUser$ = [
	3,
	n0$5,
	_IUm,
	0,
	[_Use, _Gro],
	[[0, { [_jN]: _use }], [64, { [_jN]: _gro }]]
];
var IncrementalScanDetails$ = [
	3,
	n0$5,
	_ISD,
	0,
	[_BRA],
	[[0, { [_jN]: _bRA }]],
	1
];
var Indicator$ = [
	3,
	n0$5,
	_Ind,
	0,
	[
		_Ke,
		_Va,
		_Ti
	],
	[
		[0, { [_jN]: _ke }],
		[64, { [_jN]: _va$1 }],
		[0, { [_jN]: _ti }]
	],
	1
];
var InstanceDetails$ = [
	3,
	n0$5,
	_IDn,
	0,
	[
		_AZ,
		_IIP,
		_ID,
		_IIm,
		_IIn,
		_IS,
		_IT$1,
		_OA,
		_LTau,
		_NI,
		_Pla,
		_PC$1,
		_Tag
	],
	[
		[0, { [_jN]: _aZ$1 }],
		[() => IamInstanceProfile$, { [_jN]: _iIP }],
		[0, { [_jN]: _iD }],
		[0, { [_jN]: _iIm }],
		[0, { [_jN]: _iIn }],
		[0, { [_jN]: _iS }],
		[0, { [_jN]: _iT }],
		[0, { [_jN]: _oA }],
		[0, { [_jN]: _lTau }],
		[() => NetworkInterfaces, { [_jN]: _nI }],
		[0, { [_jN]: _pla }],
		[() => ProductCodes, { [_jN]: _pC }],
		[() => Tags, { [_jN]: _tag }]
	]
];
var ItemDetails$ = [
	3,
	n0$5,
	_IDt,
	0,
	[
		_RAe,
		_IPt,
		_H,
		_AId
	],
	[
		[0, { [_jN]: _rAe }],
		[0, { [_jN]: _iPt }],
		[0, { [_jN]: _h$1 }],
		[() => AdditionalInfo$, { [_jN]: _aId }]
	]
];
var ItemPath$ = [
	3,
	n0$5,
	_IPt,
	0,
	[_NIP, _H],
	[[0, { [_jN]: _nIP }], [0, { [_jN]: _h$1 }]]
];
var KubernetesApiCallAction$ = [
	3,
	n0$5,
	_KACA,
	0,
	[
		_RU,
		_Ver,
		_Reso,
		_Sub,
		_Nam,
		_RN$1,
		_SIo,
		_UA,
		_RID,
		_SCt,
		_Para
	],
	[
		[0, { [_jN]: _rU }],
		[0, { [_jN]: _ver }],
		[0, { [_jN]: _reso }],
		[0, { [_jN]: _sub }],
		[0, { [_jN]: _nam }],
		[0, { [_jN]: _rN }],
		[64, { [_jN]: _sIP }],
		[0, { [_jN]: _uA }],
		[() => RemoteIpDetails$, { [_jN]: _rID }],
		[1, { [_jN]: _sCt }],
		[0, { [_jN]: _para }]
	]
];
var KubernetesDetails$ = [
	3,
	n0$5,
	_KD,
	0,
	[_KUD, _KWD],
	[[() => KubernetesUserDetails$, { [_jN]: _kUD }], [() => KubernetesWorkloadDetails$, { [_jN]: _kWD }]]
];
var KubernetesPermissionCheckedDetails$ = [
	3,
	n0$5,
	_KPCD,
	0,
	[
		_Ver,
		_Reso,
		_Nam,
		_Al
	],
	[
		[0, { [_jN]: _ver }],
		[0, { [_jN]: _reso }],
		[0, { [_jN]: _nam }],
		[2, { [_jN]: _al }]
	]
];
var KubernetesRoleBindingDetails$ = [
	3,
	n0$5,
	_KRBD,
	0,
	[
		_Ki,
		_N$1,
		_U,
		_RRN,
		_RRK
	],
	[
		[0, { [_jN]: _ki }],
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _u }],
		[0, { [_jN]: _rRN }],
		[0, { [_jN]: _rRK }]
	]
];
var KubernetesRoleDetails$ = [
	3,
	n0$5,
	_KRD,
	0,
	[
		_Ki,
		_N$1,
		_U
	],
	[
		[0, { [_jN]: _ki }],
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _u }]
	]
];
var KubernetesUserDetails$ = [
	3,
	n0$5,
	_KUD,
	0,
	[
		_Use,
		_U,
		_Gro,
		_SNe,
		_IUm
	],
	[
		[0, { [_jN]: _use }],
		[0, { [_jN]: _u }],
		[64, { [_jN]: _gro }],
		[64, { [_jN]: _sNe }],
		[() => ImpersonatedUser$, { [_jN]: _iUm }]
	]
];
var KubernetesWorkload$ = [
	3,
	n0$5,
	_KW,
	0,
	[
		_CU,
		_Nam,
		_KRT
	],
	[
		[64, { [_jN]: _cU }],
		[0, { [_jN]: _nam }],
		[0, { [_jN]: _t$1 }]
	]
];
var KubernetesWorkloadDetails$ = [
	3,
	n0$5,
	_KWD,
	0,
	[
		_N$1,
		_T$4,
		_U,
		_Nam,
		_HN,
		_SAN,
		_Cont,
		_Vo,
		_HIPC,
		_HPID
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _t$1 }],
		[0, { [_jN]: _u }],
		[0, { [_jN]: _nam }],
		[2, { [_jN]: _hN }],
		[0, { [_jN]: _sAN }],
		[() => Containers, { [_jN]: _cont }],
		[() => Volumes, { [_jN]: _vo }],
		[2, { [_jN]: _hIPC }],
		[2, { [_jN]: _hPID }]
	]
];
var LambdaDetails$ = [
	3,
	n0$5,
	_LD,
	0,
	[
		_FA,
		_FNu,
		_D$2,
		_LMA,
		_RIev,
		_FV,
		_Ro$1,
		_VC,
		_Tag
	],
	[
		[0, { [_jN]: _fA }],
		[0, { [_jN]: _fN }],
		[0, { [_jN]: _d$1 }],
		[4, { [_jN]: _lMA }],
		[0, { [_jN]: _rIev }],
		[0, { [_jN]: _fV }],
		[0, { [_jN]: _ro }],
		[() => VpcConfig$, { [_jN]: _vC }],
		[() => Tags, { [_jN]: _tag }]
	]
];
var LineageObject$ = [
	3,
	n0$5,
	_LO,
	0,
	[
		_ST,
		_NP,
		_UI$1,
		_N$1,
		_Pi,
		_Uu,
		_EP,
		_Eu,
		_PU
	],
	[
		[4, { [_jN]: _sT }],
		[1, { [_jN]: _nP }],
		[1, { [_jN]: _uI }],
		[0, { [_jN]: _n$1 }],
		[1, { [_jN]: _pi }],
		[0, { [_jN]: _uu }],
		[0, { [_jN]: _eP }],
		[1, { [_jN]: _eu }],
		[0, { [_jN]: _pU }]
	]
];
var ListDetectorsRequest$ = [
	3,
	n0$5,
	_LDR,
	0,
	[_MR$2, _NT$1],
	[[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListDetectorsResponse$ = [
	3,
	n0$5,
	_LDRi,
	0,
	[_DIet, _NT$1],
	[[64, { [_jN]: _dIet }], [0, { [_jN]: _nT }]],
	1
];
var ListFindingsRequest$ = [
	3,
	n0$5,
	_LFRis,
	0,
	[
		_DI,
		_FCin,
		_SCo,
		_MR$2,
		_NT$1
	],
	[
		[0, 1],
		[() => FindingCriteria$, { [_jN]: _fCin }],
		[() => SortCriteria$, { [_jN]: _sCo }],
		[1, { [_jN]: _mR }],
		[0, { [_jN]: _nT }]
	],
	1
];
var ListFindingsResponse$ = [
	3,
	n0$5,
	_LFRist,
	0,
	[_FI, _NT$1],
	[[64, { [_jN]: _fI }], [0, { [_jN]: _nT }]],
	1
];
var LocalIpDetails$ = [
	3,
	n0$5,
	_LID,
	0,
	[_IAV, _IAVp],
	[[() => SensitiveString, { [_jN]: _iAV }], [() => SensitiveString, { [_jN]: _iAVp }]]
];
var LocalPortDetails$ = [
	3,
	n0$5,
	_LPD,
	0,
	[_Po$1, _PN$1],
	[[1, { [_jN]: _po }], [0, { [_jN]: _pN }]]
];
var LoginAttribute$ = [
	3,
	n0$5,
	_LAo,
	0,
	[
		_Us,
		_App,
		_FLA,
		_SLA
	],
	[
		[0, { [_jN]: _us$1 }],
		[0, { [_jN]: _app }],
		[1, { [_jN]: _fLA }],
		[1, { [_jN]: _sLA }]
	]
];
var MalwareProtectionFindingsScanConfiguration$ = [
	3,
	n0$5,
	_MPFSC,
	0,
	[_TT, _ISD],
	[[0, { [_jN]: _tT }], [() => IncrementalScanDetails$, { [_jN]: _iSD$1 }]]
];
var MalwareScanDetails$ = [
	3,
	n0$5,
	_MSD$1,
	0,
	[
		_Th,
		_SI$1,
		_STc,
		_SCca,
		_SCc,
		_UTC
	],
	[
		[() => Threats, { [_jN]: _th$1 }],
		[0, { [_jN]: _sI }],
		[0, { [_jN]: _sTc }],
		[0, { [_jN]: _sCca }],
		[() => MalwareProtectionFindingsScanConfiguration$, { [_jN]: _sCc }],
		[1, { [_jN]: _uTC }]
	]
];
var ModelDetail$ = [
	3,
	n0$5,
	_MD,
	0,
	[_MIo],
	[[0, { [_jN]: _mIo }]]
];
var NetworkConnection$ = [
	3,
	n0$5,
	_NC,
	0,
	[_Dir],
	[[0, { [_jN]: _dir }]],
	1
];
var NetworkConnectionAction$ = [
	3,
	n0$5,
	_NCA,
	0,
	[
		_Bl,
		_CDo,
		_LPD,
		_Prot,
		_LID,
		_LNI$1,
		_RID,
		_RPD
	],
	[
		[2, { [_jN]: _bl }],
		[0, { [_jN]: _cD }],
		[() => LocalPortDetails$, { [_jN]: _lPD }],
		[0, { [_jN]: _prot }],
		[() => LocalIpDetails$, { [_jN]: _lID }],
		[0, { [_jN]: _lNI }],
		[() => RemoteIpDetails$, { [_jN]: _rID }],
		[() => RemotePortDetails$, { [_jN]: _rPD }]
	]
];
var NetworkEndpoint$ = [
	3,
	n0$5,
	_NEe,
	0,
	[
		_Id,
		_Ip,
		_Do$1,
		_Po$1,
		_Lo,
		_ASu,
		_Conn
	],
	[
		[0, { [_jN]: _id }],
		[0, { [_jN]: _ip }],
		[0, { [_jN]: _do }],
		[1, { [_jN]: _po }],
		[() => NetworkGeoLocation$, { [_jN]: _lo }],
		[() => AutonomousSystem$, { [_jN]: _aSu }],
		[() => NetworkConnection$, { [_jN]: _conn }]
	],
	1
];
var NetworkGeoLocation$ = [
	3,
	n0$5,
	_NGL,
	0,
	[
		_C$1,
		_Count,
		_Lat,
		_Long
	],
	[
		[0, { [_jN]: _ci$1 }],
		[0, { [_jN]: _countr }],
		[1, { [_jN]: _la }],
		[1, { [_jN]: _lon }]
	],
	4
];
var NetworkInterface$ = [
	3,
	n0$5,
	_NIe,
	0,
	[
		_IAp,
		_NII$1,
		_PDN,
		_PIAr,
		_PIA,
		_PDNu,
		_PIu,
		_SG$1,
		_SIu,
		_VIp
	],
	[
		[64, { [_jN]: _iAp$1 }],
		[0, { [_jN]: _nII }],
		[0, { [_jN]: _pDN }],
		[() => SensitiveString, { [_jN]: _pIAr }],
		[() => PrivateIpAddresses, { [_jN]: _pIA$1 }],
		[0, { [_jN]: _pDNu }],
		[0, { [_jN]: _pIu }],
		[() => SecurityGroups, { [_jN]: _sG }],
		[0, { [_jN]: _sIu }],
		[0, { [_jN]: _vIp }]
	]
];
var Observations$ = [
	3,
	n0$5,
	_O,
	0,
	[_Tex, _Nu],
	[[64, { [_jN]: _tex }], [65, { [_jN]: _nu }]]
];
var Organization$ = [
	3,
	n0$5,
	_Or,
	0,
	[
		_Asn,
		_AOs,
		_Isp,
		_Org
	],
	[
		[0, { [_jN]: _asn }],
		[0, { [_jN]: _aO }],
		[0, { [_jN]: _isp }],
		[0, { [_jN]: _or }]
	]
];
var Owner$ = [
	3,
	n0$5,
	_Ow,
	0,
	[_Id],
	[[0, { [_jN]: _id }]]
];
var PermissionConfiguration$ = [
	3,
	n0$5,
	_PCe,
	0,
	[_BLP, _ALP],
	[[() => BucketLevelPermissions$, { [_jN]: _bLP }], [() => AccountLevelPermissions$, { [_jN]: _aLP }]]
];
var PortProbeAction$ = [
	3,
	n0$5,
	_PPA,
	0,
	[_Bl, _PPD],
	[[2, { [_jN]: _bl }], [() => PortProbeDetails, { [_jN]: _pPD }]]
];
var PortProbeDetail$ = [
	3,
	n0$5,
	_PPDo,
	0,
	[
		_LPD,
		_LID,
		_RID
	],
	[
		[() => LocalPortDetails$, { [_jN]: _lPD }],
		[() => LocalIpDetails$, { [_jN]: _lID }],
		[() => RemoteIpDetails$, { [_jN]: _rID }]
	]
];
var PrivateIpAddressDetails$ = [
	3,
	n0$5,
	_PIAD,
	0,
	[_PDN, _PIAr],
	[[0, { [_jN]: _pDN }], [() => SensitiveString, { [_jN]: _pIAr }]]
];
var ProcessDetails$ = [
	3,
	n0$5,
	_PD$1,
	0,
	[
		_N$1,
		_EP,
		_ESx,
		_NP,
		_Pw,
		_Pi,
		_ST,
		_Uu,
		_PU,
		_Us,
		_UI$1,
		_Eu,
		_Li
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _eP }],
		[0, { [_jN]: _eSx }],
		[1, { [_jN]: _nP }],
		[0, { [_jN]: _pw }],
		[1, { [_jN]: _pi }],
		[4, { [_jN]: _sT }],
		[0, { [_jN]: _uu }],
		[0, { [_jN]: _pU }],
		[0, { [_jN]: _us$1 }],
		[1, { [_jN]: _uI }],
		[1, { [_jN]: _eu }],
		[() => Lineage, { [_jN]: _li }]
	]
];
var ProductCode$ = [
	3,
	n0$5,
	_PCr$1,
	0,
	[_Cod, _PTr],
	[[0, { [_jN]: _pCI }], [0, { [_jN]: _pCT }]]
];
var PublicAccess$ = [
	3,
	n0$5,
	_PA$2,
	0,
	[_PCe, _EPf],
	[[() => PermissionConfiguration$, { [_jN]: _pCe }], [0, { [_jN]: _ePf }]]
];
var PublicAccessConfiguration$ = [
	3,
	n0$5,
	_PAC,
	0,
	[
		_PAA,
		_PPAu,
		_PAIB,
		_PBRB
	],
	[
		[0, { [_jN]: _pAA }],
		[0, { [_jN]: _pPAu }],
		[0, { [_jN]: _pAIB }],
		[0, { [_jN]: _pBRB }]
	]
];
var RdsDbInstanceDetails$ = [
	3,
	n0$5,
	_RDID,
	0,
	[
		_DII,
		_Eng,
		_EVn,
		_DCI,
		_DIA$1,
		_DRI,
		_Tag
	],
	[
		[0, { [_jN]: _dII }],
		[0, { [_jN]: _eng }],
		[0, { [_jN]: _eVn }],
		[0, { [_jN]: _dCI }],
		[0, { [_jN]: _dIA }],
		[0, { [_jN]: _dRI }],
		[() => Tags, { [_jN]: _tag }]
	]
];
var RdsDbUserDetails$ = [
	3,
	n0$5,
	_RDUD,
	0,
	[
		_Us,
		_App,
		_Data,
		_Ss,
		_AM
	],
	[
		[0, { [_jN]: _us$1 }],
		[0, { [_jN]: _app }],
		[0, { [_jN]: _data$5 }],
		[0, { [_jN]: _ss }],
		[0, { [_jN]: _aM }]
	]
];
var RdsLimitlessDbDetails$ = [
	3,
	n0$5,
	_RLDD,
	0,
	[
		_DSGI,
		_DSGRI,
		_DSGA,
		_Eng,
		_EVn,
		_DCI,
		_Tag
	],
	[
		[0, { [_jN]: _dSGI }],
		[0, { [_jN]: _dSGRI }],
		[0, { [_jN]: _dSGA }],
		[0, { [_jN]: _eng }],
		[0, { [_jN]: _eVn }],
		[0, { [_jN]: _dCI }],
		[() => Tags, { [_jN]: _tag }]
	]
];
var RdsLoginAttemptAction$ = [
	3,
	n0$5,
	_RLAA,
	0,
	[_RID, _LAog],
	[[() => RemoteIpDetails$, { [_jN]: _rID }], [() => LoginAttributes, 0]]
];
var RecoveryPointDetails$ = [
	3,
	n0$5,
	_RPDe,
	0,
	[
		_RPA,
		_BVN,
		_CSD
	],
	[
		[0, { [_jN]: _rPA }],
		[0, { [_jN]: _bVN }],
		[() => ScanConfigurationContinuousScanDetails$, { [_jN]: _cSD }]
	]
];
var RemoteAccountDetails$ = [
	3,
	n0$5,
	_RAD,
	0,
	[
		_AIc,
		_Af,
		_ASN
	],
	[
		[0, { [_jN]: _aIc }],
		[2, { [_jN]: _af }],
		[0, { [_jN]: _aSN }]
	]
];
var RemoteIpDetails$ = [
	3,
	n0$5,
	_RID,
	0,
	[
		_C$1,
		_Count,
		_GL,
		_IAV,
		_IAVp,
		_Or
	],
	[
		[() => City$, { [_jN]: _ci$1 }],
		[() => Country$, { [_jN]: _countr }],
		[() => GeoLocation$, { [_jN]: _gL }],
		[() => SensitiveString, { [_jN]: _iAV }],
		[() => SensitiveString, { [_jN]: _iAVp }],
		[() => Organization$, { [_jN]: _org }]
	]
];
var RemotePortDetails$ = [
	3,
	n0$5,
	_RPD,
	0,
	[_Po$1, _PN$1],
	[[1, { [_jN]: _po }], [0, { [_jN]: _pN }]]
];
var Resource$ = [
	3,
	n0$5,
	_Reso,
	0,
	[
		_AKD,
		_SBD,
		_IDn,
		_ECD,
		_KD,
		_RT,
		_EVD,
		_ECDc,
		_CDon,
		_LD,
		_RDID,
		_RLDD,
		_RDUD,
		_ESD,
		_EIDc,
		_RPDe,
		_BGD,
		_MDo
	],
	[
		[() => AccessKeyDetails$, { [_jN]: _aKD }],
		[() => S3BucketDetails, { [_jN]: _sBD }],
		[() => InstanceDetails$, { [_jN]: _iDn }],
		[() => EksClusterDetails$, { [_jN]: _eCD }],
		[() => KubernetesDetails$, { [_jN]: _kD }],
		[0, { [_jN]: _rT$1 }],
		[() => EbsVolumeDetails$, { [_jN]: _eVD }],
		[() => EcsClusterDetails$, { [_jN]: _eCDc }],
		[() => Container$, { [_jN]: _cDo }],
		[() => LambdaDetails$, { [_jN]: _lD }],
		[() => RdsDbInstanceDetails$, { [_jN]: _rDID }],
		[() => RdsLimitlessDbDetails$, { [_jN]: _rLDD }],
		[() => RdsDbUserDetails$, { [_jN]: _rDUD }],
		[() => EbsSnapshotDetails$, { [_jN]: _eSD }],
		[() => Ec2ImageDetails$, { [_jN]: _eIDc }],
		[() => RecoveryPointDetails$, { [_jN]: _rPDe }],
		[() => BedrockGuardrailDetails$, { [_jN]: _bGD }],
		[() => ModelDetails, { [_jN]: _mD }]
	]
];
var ResourceData$ = [
	3,
	n0$5,
	_RDe,
	0,
	[
		_SBu,
		_EIc,
		_AK,
		_ENI,
		_SO$1,
		_ECk,
		_KW,
		_Con,
		_ECc,
		_ETc,
		_IIP,
		_AASG,
		_ELT,
		_EV,
		_EI$1,
		_CS,
		_BG
	],
	[
		[() => S3Bucket$, { [_jN]: _sBu }],
		[() => Ec2Instance$, { [_jN]: _eI }],
		[() => AccessKey$, { [_jN]: _aK }],
		[() => Ec2NetworkInterface$, { [_jN]: _eNI }],
		[() => S3Object$, { [_jN]: _sO }],
		[() => EksCluster$, { [_jN]: _eCk }],
		[() => KubernetesWorkload$, { [_jN]: _kW }],
		[() => ContainerFindingResource$, { [_jN]: _conta }],
		[() => EcsCluster$, { [_jN]: _eCc }],
		[() => EcsTask$, { [_jN]: _eTc }],
		[() => IamInstanceProfileV2$, { [_jN]: _iIP }],
		[() => AutoscalingAutoScalingGroup$, { [_jN]: _aASG }],
		[() => Ec2LaunchTemplate$, { [_jN]: _eLT }],
		[() => Ec2Vpc$, { [_jN]: _eVc }],
		[() => Ec2Image$, { [_jN]: _eIc }],
		[() => CloudformationStack$, { [_jN]: _cSl }],
		[() => BedrockGuardrailResource$, { [_jN]: _bG }]
	]
];
var ResourceV2$ = [
	3,
	n0$5,
	_RV,
	0,
	[
		_U,
		_RT,
		_N$1,
		_AIc,
		_R$2,
		_Se,
		_CP,
		_Tag,
		_Dat
	],
	[
		[0, { [_jN]: _u }],
		[0, { [_jN]: _rT$1 }],
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _aIc }],
		[0, { [_jN]: _r }],
		[0, { [_jN]: _ser }],
		[0, { [_jN]: _cP }],
		[() => Tags, { [_jN]: _tag }],
		[() => ResourceData$, { [_jN]: _dat }]
	],
	2
];
var RuntimeContext$ = [
	3,
	n0$5,
	_RCu,
	0,
	[
		_MPo,
		_MA,
		_SP,
		_LP,
		_LPV,
		_SPo,
		_RBP,
		_RAP,
		_MSo,
		_MTo,
		_FSTi,
		_Fl,
		_MN,
		_MFP,
		_MSod,
		_SHFP,
		_TPar,
		_AFd,
		_IPN$1,
		_MRem,
		_TNo,
		_TCoo,
		_SN$1,
		_CLE,
		_TFP,
		_FO,
		_FP,
		_RFP
	],
	[
		[() => ProcessDetails$, { [_jN]: _mPo }],
		[4, { [_jN]: _mA }],
		[0, { [_jN]: _sP }],
		[0, { [_jN]: _lP }],
		[0, { [_jN]: _lPV }],
		[0, { [_jN]: _sPo }],
		[0, { [_jN]: _rBP }],
		[0, { [_jN]: _rAP }],
		[0, { [_jN]: _mSo }],
		[0, { [_jN]: _mTo }],
		[0, { [_jN]: _fSTi }],
		[64, { [_jN]: _fl }],
		[0, { [_jN]: _mN }],
		[0, { [_jN]: _mFP }],
		[0, { [_jN]: _mSod }],
		[0, { [_jN]: _sHFP }],
		[() => ProcessDetails$, { [_jN]: _tPar }],
		[0, { [_jN]: _aFd }],
		[1, { [_jN]: _iPN }],
		[64, { [_jN]: _mRe }],
		[0, { [_jN]: _tNo }],
		[0, { [_jN]: _tCoo }],
		[0, { [_jN]: _sN }],
		[0, { [_jN]: _cLE }],
		[0, { [_jN]: _tFP }],
		[0, { [_jN]: _fO }],
		[0, { [_jN]: _fP }],
		[64, { [_jN]: _rFP }]
	]
];
var RuntimeDetails$ = [
	3,
	n0$5,
	_RDun,
	0,
	[_P$2, _Conte],
	[[() => ProcessDetails$, { [_jN]: _p }], [() => RuntimeContext$, { [_jN]: _conte }]]
];
var S3Bucket$ = [
	3,
	n0$5,
	_SBu,
	0,
	[
		_OI,
		_CA$1,
		_ETn,
		_EKA,
		_EPf,
		_PRA,
		_PWA,
		_APA,
		_BPAu,
		_SOU
	],
	[
		[0, { [_jN]: _oI }],
		[4, { [_jN]: _cA$1 }],
		[0, { [_jN]: _eTn }],
		[0, { [_jN]: _eKA }],
		[0, { [_jN]: _ePf }],
		[0, { [_jN]: _pRA }],
		[0, { [_jN]: _pWA }],
		[() => PublicAccessConfiguration$, { [_jN]: _aPA }],
		[() => PublicAccessConfiguration$, { [_jN]: _bPAu }],
		[64, { [_jN]: _sOU }]
	]
];
var S3BucketDetail$ = [
	3,
	n0$5,
	_SBDu,
	0,
	[
		_Ar$1,
		_N$1,
		_T$4,
		_CA$1,
		_Ow,
		_Tag,
		_DSSE,
		_PA$2,
		_SOD
	],
	[
		[0, { [_jN]: _ar }],
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _t$1 }],
		[4, { [_jN]: _cA$1 }],
		[() => Owner$, { [_jN]: _ow }],
		[() => Tags, { [_jN]: _tag }],
		[() => DefaultServerSideEncryption$, { [_jN]: _dSSE }],
		[() => PublicAccess$, { [_jN]: _pA }],
		[() => S3ObjectDetails, { [_jN]: _sOD }]
	]
];
var S3Object$ = [
	3,
	n0$5,
	_SO$1,
	0,
	[
		_ETa,
		_Ke,
		_VI$1
	],
	[
		[0, { [_jN]: _eTa }],
		[0, { [_jN]: _ke }],
		[0, { [_jN]: _vI }]
	]
];
var S3ObjectDetail$ = [
	3,
	n0$5,
	_SODb,
	0,
	[
		_OAb,
		_Ke,
		_ETa,
		_H,
		_VI$1
	],
	[
		[0, { [_jN]: _oAb }],
		[0, { [_jN]: _ke }],
		[0, { [_jN]: _eTa }],
		[0, { [_jN]: _h$1 }],
		[0, { [_jN]: _vI }]
	]
];
var ScanConfigurationContinuousScanDetails$ = [
	3,
	n0$5,
	_SCCSD,
	0,
	[_ET, _ST],
	[[4, { [_jN]: _eT }], [4, { [_jN]: _sT }]],
	1
];
var ScanDetections$ = [
	3,
	n0$5,
	_SD,
	0,
	[
		_SIC,
		_TDIC,
		_HSTD,
		_TDBN
	],
	[
		[() => ScannedItemCount$, { [_jN]: _sIC }],
		[() => ThreatsDetectedItemCount$, { [_jN]: _tDIC }],
		[() => HighestSeverityThreatDetails$, { [_jN]: _hSTD }],
		[() => ThreatDetectedByName$, { [_jN]: _tDBN }]
	]
];
var ScanFilePath$ = [
	3,
	n0$5,
	_SFP,
	0,
	[
		_FP,
		_VA,
		_H,
		_FNil
	],
	[
		[0, { [_jN]: _fP }],
		[0, { [_jN]: _vA }],
		[0, { [_jN]: _h$1 }],
		[0, { [_jN]: _fNil }]
	]
];
var ScannedItemCount$ = [
	3,
	n0$5,
	_SIC,
	0,
	[
		_TG,
		_File,
		_Vo
	],
	[
		[1, { [_jN]: _tG }],
		[1, { [_jN]: _file }],
		[1, { [_jN]: _vo }]
	]
];
var ScanThreatName$ = [
	3,
	n0$5,
	_STN,
	0,
	[
		_N$1,
		_Sev,
		_ICt,
		_FPi
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _sev }],
		[1, { [_jN]: _iCt }],
		[() => FilePaths, { [_jN]: _fPi }]
	]
];
var SecurityContext$ = [
	3,
	n0$5,
	_SC,
	0,
	[_Priv, _APE],
	[[2, { [_jN]: _priv }], [2, { [_jN]: _aPE }]]
];
var SecurityGroup$ = [
	3,
	n0$5,
	_SGe,
	0,
	[_GI, _GN],
	[[0, { [_jN]: _gI }], [0, { [_jN]: _gN }]]
];
var Sequence$ = [
	3,
	n0$5,
	_Seq,
	0,
	[
		_U,
		_D$2,
		_Si,
		_Actor,
		_Re,
		_End,
		_SIe,
		_AST
	],
	[
		[0, { [_jN]: _u }],
		[0, { [_jN]: _d$1 }],
		[() => Signals, { [_jN]: _si }],
		[() => Actors, { [_jN]: _actor }],
		[() => Resources, { [_jN]: _re }],
		[() => NetworkEndpoints, { [_jN]: _end }],
		[() => Indicators, { [_jN]: _sIe }],
		[64, { [_jN]: _aST }]
	],
	3
];
var Service$ = [
	3,
	n0$5,
	_Se,
	0,
	[
		_Ac$1,
		_Ev,
		_Arch,
		_Cou,
		_DI,
		_EFS,
		_ELS,
		_RReso,
		_SN$1,
		_UF,
		_AId,
		_FNe,
		_EVSD,
		_RDun,
		_Det,
		_MSD$1
	],
	[
		[() => Action$, { [_jN]: _ac }],
		[() => Evidence$, { [_jN]: _ev }],
		[2, { [_jN]: _arch }],
		[1, { [_jN]: _cou }],
		[0, { [_jN]: _dI }],
		[0, { [_jN]: _eFS }],
		[0, { [_jN]: _eLS }],
		[0, { [_jN]: _rReso }],
		[0, { [_jN]: _sN }],
		[0, { [_jN]: _uF }],
		[() => ServiceAdditionalInfo$, { [_jN]: _aId }],
		[0, { [_jN]: _fNe }],
		[() => EbsVolumeScanDetails$, { [_jN]: _eVSD }],
		[() => RuntimeDetails$, { [_jN]: _rDu }],
		[() => Detection$, { [_jN]: _det$1 }],
		[() => MalwareScanDetails$, { [_jN]: _mSD }]
	]
];
var ServiceAdditionalInfo$ = [
	3,
	n0$5,
	_SAI,
	0,
	[_Val$1, _T$4],
	[[0, { [_jN]: _val }], [0, { [_jN]: _t$1 }]]
];
var Session$ = [
	3,
	n0$5,
	_S$1,
	0,
	[
		_U,
		_MSf,
		_CTr,
		_Issu
	],
	[
		[0, { [_jN]: _u }],
		[0, { [_jN]: _mSf }],
		[4, { [_jN]: _cTr }],
		[0, { [_jN]: _issu }]
	]
];
var Signal$ = [
	3,
	n0$5,
	_Sig,
	0,
	[
		_U,
		_T$4,
		_N$1,
		_CA$1,
		_UAp,
		_FSA,
		_LSA,
		_Cou,
		_D$2,
		_Sev,
		_RUe,
		_AIct,
		_EIn,
		_SIi,
		_Activi
	],
	[
		[0, { [_jN]: _u }],
		[0, { [_jN]: _t$1 }],
		[0, { [_jN]: _n$1 }],
		[4, { [_jN]: _cA$1 }],
		[4, { [_jN]: _uAp }],
		[4, { [_jN]: _fSA }],
		[4, { [_jN]: _lSA }],
		[1, { [_jN]: _cou }],
		[0, { [_jN]: _d$1 }],
		[1, { [_jN]: _sev }],
		[64, { [_jN]: _rUe }],
		[64, { [_jN]: _aIct }],
		[64, { [_jN]: _eIn }],
		[() => Indicators, { [_jN]: _sIi }],
		[() => Activities, { [_jN]: _activ }]
	],
	8
];
var SortCriteria$ = [
	3,
	n0$5,
	_SCo,
	0,
	[_AN$1, _OB],
	[[0, { [_jN]: _aN }], [0, { [_jN]: _oB }]]
];
var Tag$$3 = [
	3,
	n0$5,
	_Tag_,
	0,
	[_Ke, _Val$1],
	[[0, { [_jN]: _ke }], [0, { [_jN]: _val }]]
];
var Threat$ = [
	3,
	n0$5,
	_Thr,
	0,
	[
		_N$1,
		_Sou,
		_IPte,
		_Cou,
		_H,
		_IDt
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _sou }],
		[() => ItemPaths, { [_jN]: _iPte }],
		[1, { [_jN]: _cou }],
		[0, { [_jN]: _h$1 }],
		[() => ItemDetailsList, { [_jN]: _iDt }]
	]
];
var ThreatDetectedByName$ = [
	3,
	n0$5,
	_TDBN,
	0,
	[
		_ICt,
		_UTNC,
		_Sho,
		_TNh
	],
	[
		[1, { [_jN]: _iCt }],
		[1, { [_jN]: _uTNC }],
		[2, { [_jN]: _sho }],
		[() => ScanThreatNames, { [_jN]: _tNh }]
	]
];
var ThreatIntelligenceDetail$ = [
	3,
	n0$5,
	_TIDh,
	0,
	[
		_TLN,
		_TNh,
		_TFS
	],
	[
		[0, { [_jN]: _tLN }],
		[64, { [_jN]: _tNh }],
		[0, { [_jN]: _tFS }]
	]
];
var ThreatsDetectedItemCount$ = [
	3,
	n0$5,
	_TDIC,
	0,
	[_File],
	[[1, { [_jN]: _file }]]
];
var User$ = [
	3,
	n0$5,
	_Us,
	0,
	[
		_N$1,
		_U,
		_T$4,
		_CUr,
		_A$3
	],
	[
		[0, { [_jN]: _n$1 }],
		[0, { [_jN]: _u }],
		[0, { [_jN]: _t$1 }],
		[0, { [_jN]: _cUr }],
		[() => Account$$1, { [_jN]: _a$2 }]
	],
	3
];
var Volume$ = [
	3,
	n0$5,
	_Vol,
	0,
	[_N$1, _HP],
	[[0, { [_jN]: _n$1 }], [() => HostPath$, { [_jN]: _hP }]]
];
var VolumeDetail$ = [
	3,
	n0$5,
	_VD,
	0,
	[
		_VA,
		_VTo,
		_DN,
		_VSIGB$1,
		_ETn,
		_SAn,
		_KKA
	],
	[
		[0, { [_jN]: _vA }],
		[0, { [_jN]: _vTo }],
		[0, { [_jN]: _dN }],
		[1, { [_jN]: _vSIGB }],
		[0, { [_jN]: _eTn }],
		[0, { [_jN]: _sAn }],
		[0, { [_jN]: _kKA }]
	]
];
var VolumeMount$ = [
	3,
	n0$5,
	_VMo,
	0,
	[_N$1, _MPou],
	[[0, { [_jN]: _n$1 }], [0, { [_jN]: _mPou }]]
];
var VpcConfig$ = [
	3,
	n0$5,
	_VC,
	0,
	[
		_SIub$1,
		_VIp,
		_SG$1
	],
	[
		[64, { [_jN]: _sIub }],
		[0, { [_jN]: _vIp }],
		[() => SecurityGroups, { [_jN]: _sG }]
	]
];
var Activities = [
	1,
	n0$5,
	_Activi,
	0,
	[() => Activity$, 0]
];
var Actors = [
	1,
	n0$5,
	_Actor,
	0,
	[() => Actor$, 0]
];
var AnomalyProfileFeatureObjects = [
	1,
	n0$5,
	_APFO,
	0,
	[() => AnomalyObject$, 0]
];
var BedrockGuardrails = [
	1,
	n0$5,
	_BGe,
	0,
	[() => BedrockGuardrail$, 0]
];
var Containers = [
	1,
	n0$5,
	_Cont,
	0,
	[() => Container$, 0]
];
var ContentPolicyFilters = [
	1,
	n0$5,
	_CPF,
	0,
	[() => ContentPolicyFilter$, 0]
];
var FilePaths = [
	1,
	n0$5,
	_FPi,
	0,
	[() => ScanFilePath$, 0]
];
var Findings = [
	1,
	n0$5,
	_Fi,
	0,
	[() => Finding$, 0]
];
var Indicators = [
	1,
	n0$5,
	_In,
	0,
	[() => Indicator$, 0]
];
var ItemDetailsList = [
	1,
	n0$5,
	_IDL,
	0,
	[() => ItemDetails$, 0]
];
var ItemPaths = [
	1,
	n0$5,
	_IPte,
	0,
	[() => ItemPath$, 0]
];
var Lineage = [
	1,
	n0$5,
	_Li,
	0,
	[() => LineageObject$, 0]
];
var LoginAttributes = [
	1,
	n0$5,
	_LAog,
	0,
	[() => LoginAttribute$, 0]
];
var ModelDetails = [
	1,
	n0$5,
	_MDo,
	0,
	[() => ModelDetail$, 0]
];
var NetworkEndpoints = [
	1,
	n0$5,
	_NEet,
	0,
	[() => NetworkEndpoint$, 0]
];
var NetworkInterfaces = [
	1,
	n0$5,
	_NI,
	0,
	[() => NetworkInterface$, 0]
];
var PortProbeDetails = [
	1,
	n0$5,
	_PPD,
	0,
	[() => PortProbeDetail$, 0]
];
var PrivateIpAddresses = [
	1,
	n0$5,
	_PIA,
	0,
	[() => PrivateIpAddressDetails$, 0]
];
var ProductCodes = [
	1,
	n0$5,
	_PC$1,
	0,
	[() => ProductCode$, 0]
];
var Resources = [
	1,
	n0$5,
	_Re,
	0,
	[() => ResourceV2$, 0]
];
var S3BucketDetails = [
	1,
	n0$5,
	_SBD,
	0,
	[() => S3BucketDetail$, 0]
];
var S3ObjectDetails = [
	1,
	n0$5,
	_SOD,
	0,
	[() => S3ObjectDetail$, 0]
];
var ScanThreatNames = [
	1,
	n0$5,
	_STNc,
	0,
	[() => ScanThreatName$, 0]
];
var SecurityGroups = [
	1,
	n0$5,
	_SG$1,
	0,
	[() => SecurityGroup$, 0]
];
var Signals = [
	1,
	n0$5,
	_Si,
	0,
	[() => Signal$, 0]
];
var Tags = [
	1,
	n0$5,
	_Tag,
	0,
	[() => Tag$$3, 0]
];
var ThreatIntelligenceDetails = [
	1,
	n0$5,
	_TID,
	0,
	[() => ThreatIntelligenceDetail$, 0]
];
var Threats = [
	1,
	n0$5,
	_Th,
	0,
	[() => Threat$, 0]
];
var VolumeDetails = [
	1,
	n0$5,
	_VDo,
	0,
	[() => VolumeDetail$, 0]
];
var VolumeMounts = [
	1,
	n0$5,
	_VM,
	0,
	[() => VolumeMount$, 0]
];
var Volumes = [
	1,
	n0$5,
	_Vo,
	0,
	[() => Volume$, 0]
];
var AnomalyProfileFeatures = [
	2,
	n0$5,
	_APF,
	0,
	[0, 0],
	[() => AnomalyProfileFeatureObjects, 0]
];
var AnomalyProfiles = [
	2,
	n0$5,
	_APn,
	0,
	[0, 0],
	[() => AnomalyProfileFeatures, 0]
];
var AnomalyUnusualBehaviorFeature = [
	2,
	n0$5,
	_AUBF,
	0,
	[0, 0],
	[() => AnomalyObject$, 0]
];
var Behavior = [
	2,
	n0$5,
	_B,
	0,
	[0, 0],
	[() => AnomalyUnusualBehaviorFeature, 0]
];
var Criterion = [
	2,
	n0$5,
	_Cri,
	0,
	[0, 0],
	[() => Condition$, 0]
];
var GetFindings$ = [
	9,
	n0$5,
	_GFe,
	{ [_ht$1]: [
		"POST",
		"/detector/{DetectorId}/findings/get",
		200
	] },
	() => GetFindingsRequest$,
	() => GetFindingsResponse$
];
var ListDetectors$ = [
	9,
	n0$5,
	_LDi,
	{ [_ht$1]: [
		"GET",
		"/detector",
		200
	] },
	() => ListDetectorsRequest$,
	() => ListDetectorsResponse$
];
var ListFindings$ = [
	9,
	n0$5,
	_LFis,
	{ [_ht$1]: [
		"POST",
		"/detector/{DetectorId}/findings",
		200
	] },
	() => ListFindingsRequest$,
	() => ListFindingsResponse$
];
// node_modules/@aws-sdk/client-guardduty/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$11 = (config) => {
	return {
		apiVersion: "2017-11-28",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$5,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultGuardDutyHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsRestJsonProtocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.guardduty",
			errorTypeRegistries: errorTypeRegistries$5,
			version: "2017-11-28",
			serviceTarget: "GuardDutyAPIService"
		},
		serviceId: config?.serviceId ?? "GuardDuty",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-guardduty/dist-es/runtimeConfig.js
const getRuntimeConfig$10 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$11(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$5
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-guardduty/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$5 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$5 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-guardduty/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$5 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$5(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$5(extensionConfiguration));
};
// node_modules/@aws-sdk/client-guardduty/dist-es/GuardDutyClient.js
var GuardDutyClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$10(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$5(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$5(_config_6);
		const _config_8 = resolveRuntimeExtensions$5(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultGuardDutyHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-guardduty/dist-es/commandBuilder.js
const command$5 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$5, "GuardDutyAPIService", "GuardDutyClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$5 = {};
const _mw0$5 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-guardduty/dist-es/commands/GetFindingsCommand.js
var GetFindingsCommand = class extends command$5(_ep0$5, _mw0$5, "GetFindings", GetFindings$) {};
// node_modules/@aws-sdk/client-guardduty/dist-es/commands/ListDetectorsCommand.js
var ListDetectorsCommand = class extends command$5(_ep0$5, _mw0$5, "ListDetectors", ListDetectors$) {};
// node_modules/@aws-sdk/client-guardduty/dist-es/commands/ListFindingsCommand.js
var ListFindingsCommand = class extends command$5(_ep0$5, _mw0$5, "ListFindings", ListFindings$) {};
// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthSchemeProvider.js
const defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$4(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "iam",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultIAMHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$4(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$4 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$4 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "iam"
	});
};
const commonParams$4 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-iam/package.json
var version$4 = "3.1178.0";
// node_modules/@aws-sdk/client-iam/dist-es/endpoint/bdd.js
const v = "ref";
const w = "authSchemes";
const x = "name";
const y = "signingRegion";
const a$4 = -1;
const b$4 = true;
const c$4 = "isSet";
const d$4 = "PartitionResult";
const e$4 = "stringEquals";
const f$4 = "booleanEquals";
const g$4 = "getAttr";
const h$4 = { [v]: "Endpoint" };
const i$4 = {
	"fn": g$4,
	"argv": [{ [v]: d$4 }, "name"]
};
const j$4 = { [v]: d$4 };
const k$4 = { [w]: [{
	[x]: "sigv4",
	[y]: "us-east-1"
}] };
const l$3 = { [w]: [{
	[x]: "sigv4",
	[y]: "cn-north-1"
}] };
const m$3 = { [w]: [{
	[x]: "sigv4",
	[y]: "us-gov-west-1"
}] };
const n$2 = { [w]: [{
	[x]: "sigv4",
	[y]: "us-iso-east-1"
}] };
const o$1 = { [w]: [{
	[x]: "sigv4",
	[y]: "us-isob-east-1"
}] };
const p$1 = { [w]: [{
	[x]: "sigv4",
	[y]: "eu-isoe-west-1"
}] };
const q$1 = { [w]: [{
	[x]: "sigv4",
	[y]: "us-isof-south-1"
}] };
const s = { [w]: [{
	[x]: "sigv4",
	[y]: "eusc-de-east-1"
}] };
const t = { [w]: [{
	[x]: "sigv4",
	[y]: "{PartitionResult#implicitGlobalRegion}"
}] };
const u = [{ [v]: "Region" }];
const _data$4 = {
	conditions: [
		[c$4, [h$4]],
		[c$4, u],
		[
			"aws.partition",
			u,
			d$4
		],
		[e$4, [i$4, "aws"]],
		[e$4, [i$4, "aws-cn"]],
		[e$4, [i$4, "aws-us-gov"]],
		[e$4, [i$4, "aws-iso"]],
		[f$4, [{ [v]: "UseFIPS" }, b$4]],
		[f$4, [{ [v]: "UseDualStack" }, b$4]],
		[e$4, [i$4, "aws-iso-b"]],
		[e$4, [i$4, "aws-iso-e"]],
		[e$4, [i$4, "aws-iso-f"]],
		[e$4, [i$4, "aws-eusc"]],
		[f$4, [{
			fn: g$4,
			argv: [j$4, "supportsDualStack"]
		}, b$4]],
		[f$4, [{
			fn: g$4,
			argv: [j$4, "supportsFIPS"]
		}, b$4]]
	],
	results: [
		[a$4],
		[a$4, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$4, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[h$4, {}],
		["https://iam.amazonaws.com", k$4],
		["https://iam-fips.amazonaws.com", k$4],
		["https://iam.global.api.aws", k$4],
		["https://iam-fips.global.api.aws", k$4],
		["https://iam.global.api.amazonwebservices.com.cn", l$3],
		["https://iam-fips.api.amazonwebservices.com.cn", l$3],
		["https://iam.cn-north-1.amazonaws.com.cn", l$3],
		["https://iam-fips.amazonaws.com.cn", l$3],
		["https://iam.us-gov.api.aws", m$3],
		["https://iam.us-gov.amazonaws.com", m$3],
		["https://iam.us-iso-east-1.c2s.ic.gov", n$2],
		["https://iam-fips.us-iso-east-1.c2s.ic.gov", n$2],
		["https://iam.api.aws.ic.gov", n$2],
		["https://iam-fips.api.aws.ic.gov", n$2],
		["https://iam.us-isob-east-1.sc2s.sgov.gov", o$1],
		["https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o$1],
		["https://iam.api.aws.scloud", o$1],
		["https://iam-fips.api.aws.scloud", o$1],
		["https://iam.eu-isoe-west-1.cloud.adc-e.uk", p$1],
		["https://iam-fips.cloud.adc-e.uk", p$1],
		["https://iam.api.cloud-aws.adc-e.uk", p$1],
		["https://iam-fips.api.cloud-aws.adc-e.uk", p$1],
		["https://iam.us-isof-south-1.csp.hci.ic.gov", q$1],
		["https://iam-fips.csp.hci.ic.gov", q$1],
		["https://iam.api.aws.hci.ic.gov", q$1],
		["https://iam-fips.api.aws.hci.ic.gov", q$1],
		["https://iam.eusc-de-east-1.amazonaws.eu", s],
		["https://iam-fips.amazonaws.eu", s],
		["https://iam.global.api.amazonwebservices.eu", s],
		["https://iam-fips.api.amazonwebservices.eu", s],
		["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
		[a$4, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
		[a$4, "FIPS is enabled but this partition does not support FIPS"],
		["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
		[a$4, "DualStack is enabled but this partition does not support DualStack"],
		["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
		[a$4, "Invalid Configuration: Missing Region"]
	]
};
const root$4 = 2;
const nodes$4 = new Int32Array([
	-1,
	1,
	-1,
	0,
	42,
	3,
	1,
	4,
	100000041,
	2,
	5,
	100000041,
	3,
	39,
	6,
	4,
	36,
	7,
	5,
	35,
	8,
	6,
	32,
	9,
	7,
	20,
	10,
	8,
	15,
	11,
	9,
	100000018,
	12,
	10,
	100000022,
	13,
	11,
	100000026,
	14,
	12,
	100000030,
	100000040,
	9,
	100000020,
	16,
	10,
	100000024,
	17,
	11,
	100000028,
	18,
	12,
	100000032,
	19,
	13,
	100000038,
	100000039,
	8,
	26,
	21,
	9,
	100000019,
	22,
	10,
	100000023,
	23,
	11,
	100000027,
	24,
	12,
	100000031,
	25,
	14,
	100000036,
	100000037,
	9,
	100000021,
	27,
	10,
	100000025,
	28,
	11,
	100000029,
	29,
	12,
	100000033,
	30,
	13,
	31,
	100000035,
	14,
	100000034,
	100000035,
	7,
	34,
	33,
	8,
	100000016,
	100000014,
	8,
	100000017,
	100000015,
	8,
	100000012,
	100000013,
	7,
	38,
	37,
	8,
	100000008,
	100000010,
	8,
	100000009,
	100000011,
	7,
	41,
	40,
	8,
	100000006,
	100000004,
	8,
	100000007,
	100000005,
	7,
	100000001,
	43,
	8,
	100000002,
	100000003
]);
const bdd$4 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$4, root$4, _data$4.conditions, _data$4.results);
// node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js
const cache$4 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$4 = (endpointParams, context = {}) => {
	return cache$4.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$4, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-iam/dist-es/models/IAMServiceException.js
var IAMServiceException = class IAMServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, IAMServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-iam/dist-es/models/errors.js
var ConcurrentModificationException$1 = class ConcurrentModificationException$1 extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#ConcurrentModificationException";
	name = "ConcurrentModificationException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ConcurrentModificationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConcurrentModificationException$1.prototype);
	}
};
var NoSuchEntityException = class NoSuchEntityException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#NoSuchEntityException";
	name = "NoSuchEntityException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "NoSuchEntityException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, NoSuchEntityException.prototype);
	}
};
var ServiceFailureException = class ServiceFailureException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#ServiceFailureException";
	name = "ServiceFailureException";
	$fault = "server";
	constructor(opts) {
		super({
			name: "ServiceFailureException",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, ServiceFailureException.prototype);
	}
};
var AccountNotManagementOrDelegatedAdministratorException = class AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#AccountNotManagementOrDelegatedAdministratorException";
	name = "AccountNotManagementOrDelegatedAdministratorException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccountNotManagementOrDelegatedAdministratorException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountNotManagementOrDelegatedAdministratorException.prototype);
		this.Message = opts.Message;
	}
};
var EntityAlreadyExistsException = class EntityAlreadyExistsException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#EntityAlreadyExistsException";
	name = "EntityAlreadyExistsException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "EntityAlreadyExistsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, EntityAlreadyExistsException.prototype);
	}
};
var InvalidInputException$2 = class InvalidInputException$2 extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#InvalidInputException";
	name = "InvalidInputException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidInputException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidInputException$2.prototype);
	}
};
var LimitExceededException = class LimitExceededException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#LimitExceededException";
	name = "LimitExceededException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "LimitExceededException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, LimitExceededException.prototype);
	}
};
var MalformedPolicyDocumentException$2 = class MalformedPolicyDocumentException$2 extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#MalformedPolicyDocumentException";
	name = "MalformedPolicyDocumentException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "MalformedPolicyDocumentException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, MalformedPolicyDocumentException$2.prototype);
	}
};
var NameConflictException = class NameConflictException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#NameConflictException";
	name = "NameConflictException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "NameConflictException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, NameConflictException.prototype);
	}
};
var RoleModifiedException = class RoleModifiedException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#RoleModifiedException";
	name = "RoleModifiedException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "RoleModifiedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, RoleModifiedException.prototype);
	}
};
var RoleTemplateDisabledException = class RoleTemplateDisabledException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#RoleTemplateDisabledException";
	name = "RoleTemplateDisabledException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "RoleTemplateDisabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, RoleTemplateDisabledException.prototype);
	}
};
var UnmodifiableEntityException = class UnmodifiableEntityException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#UnmodifiableEntityException";
	name = "UnmodifiableEntityException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "UnmodifiableEntityException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, UnmodifiableEntityException.prototype);
	}
};
var PolicyNotAttachableException = class PolicyNotAttachableException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#PolicyNotAttachableException";
	name = "PolicyNotAttachableException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "PolicyNotAttachableException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyNotAttachableException.prototype);
	}
};
var EntityTemporarilyUnmodifiableException = class EntityTemporarilyUnmodifiableException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#EntityTemporarilyUnmodifiableException";
	name = "EntityTemporarilyUnmodifiableException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "EntityTemporarilyUnmodifiableException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, EntityTemporarilyUnmodifiableException.prototype);
	}
};
var InvalidUserTypeException = class InvalidUserTypeException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#InvalidUserTypeException";
	name = "InvalidUserTypeException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidUserTypeException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidUserTypeException.prototype);
	}
};
var PasswordPolicyViolationException = class PasswordPolicyViolationException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#PasswordPolicyViolationException";
	name = "PasswordPolicyViolationException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "PasswordPolicyViolationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PasswordPolicyViolationException.prototype);
	}
};
var OpenIdIdpCommunicationErrorException = class OpenIdIdpCommunicationErrorException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#OpenIdIdpCommunicationErrorException";
	name = "OpenIdIdpCommunicationErrorException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "OpenIdIdpCommunicationErrorException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OpenIdIdpCommunicationErrorException.prototype);
	}
};
var ServiceNotSupportedException = class ServiceNotSupportedException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#ServiceNotSupportedException";
	name = "ServiceNotSupportedException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ServiceNotSupportedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ServiceNotSupportedException.prototype);
	}
};
var DeleteConflictException = class DeleteConflictException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#DeleteConflictException";
	name = "DeleteConflictException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "DeleteConflictException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DeleteConflictException.prototype);
	}
};
var OrganizationNotFoundException = class OrganizationNotFoundException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#OrganizationNotFoundException";
	name = "OrganizationNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "OrganizationNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OrganizationNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var OrganizationNotInAllFeaturesModeException = class OrganizationNotInAllFeaturesModeException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#OrganizationNotInAllFeaturesModeException";
	name = "OrganizationNotInAllFeaturesModeException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "OrganizationNotInAllFeaturesModeException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OrganizationNotInAllFeaturesModeException.prototype);
		this.Message = opts.Message;
	}
};
var ServiceAccessNotEnabledException = class ServiceAccessNotEnabledException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#ServiceAccessNotEnabledException";
	name = "ServiceAccessNotEnabledException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ServiceAccessNotEnabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ServiceAccessNotEnabledException.prototype);
		this.Message = opts.Message;
	}
};
var FeatureDisabledException = class FeatureDisabledException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#FeatureDisabledException";
	name = "FeatureDisabledException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "FeatureDisabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, FeatureDisabledException.prototype);
	}
};
var InvalidAuthenticationCodeException = class InvalidAuthenticationCodeException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#InvalidAuthenticationCodeException";
	name = "InvalidAuthenticationCodeException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidAuthenticationCodeException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidAuthenticationCodeException.prototype);
	}
};
var CallerIsNotManagementAccountException = class CallerIsNotManagementAccountException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#CallerIsNotManagementAccountException";
	name = "CallerIsNotManagementAccountException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "CallerIsNotManagementAccountException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, CallerIsNotManagementAccountException.prototype);
		this.Message = opts.Message;
	}
};
var FeatureEnabledException = class FeatureEnabledException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#FeatureEnabledException";
	name = "FeatureEnabledException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "FeatureEnabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, FeatureEnabledException.prototype);
	}
};
var ReportGenerationLimitExceededException = class ReportGenerationLimitExceededException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#ReportGenerationLimitExceededException";
	name = "ReportGenerationLimitExceededException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ReportGenerationLimitExceededException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ReportGenerationLimitExceededException.prototype);
	}
};
var CredentialReportExpiredException = class CredentialReportExpiredException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#CredentialReportExpiredException";
	name = "CredentialReportExpiredException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "CredentialReportExpiredException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, CredentialReportExpiredException.prototype);
	}
};
var CredentialReportNotPresentException = class CredentialReportNotPresentException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#CredentialReportNotPresentException";
	name = "CredentialReportNotPresentException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "CredentialReportNotPresentException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, CredentialReportNotPresentException.prototype);
	}
};
var CredentialReportNotReadyException = class CredentialReportNotReadyException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#CredentialReportNotReadyException";
	name = "CredentialReportNotReadyException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "CredentialReportNotReadyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, CredentialReportNotReadyException.prototype);
	}
};
var UnrecognizedPublicKeyEncodingException = class UnrecognizedPublicKeyEncodingException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#UnrecognizedPublicKeyEncodingException";
	name = "UnrecognizedPublicKeyEncodingException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "UnrecognizedPublicKeyEncodingException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, UnrecognizedPublicKeyEncodingException.prototype);
	}
};
var PolicyEvaluationException = class PolicyEvaluationException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#PolicyEvaluationException";
	name = "PolicyEvaluationException";
	$fault = "server";
	constructor(opts) {
		super({
			name: "PolicyEvaluationException",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, PolicyEvaluationException.prototype);
	}
};
var KeyPairMismatchException = class KeyPairMismatchException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#KeyPairMismatchException";
	name = "KeyPairMismatchException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "KeyPairMismatchException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, KeyPairMismatchException.prototype);
	}
};
var MalformedCertificateException = class MalformedCertificateException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#MalformedCertificateException";
	name = "MalformedCertificateException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "MalformedCertificateException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, MalformedCertificateException.prototype);
	}
};
var DuplicateCertificateException = class DuplicateCertificateException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#DuplicateCertificateException";
	name = "DuplicateCertificateException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "DuplicateCertificateException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicateCertificateException.prototype);
	}
};
var InvalidCertificateException = class InvalidCertificateException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#InvalidCertificateException";
	name = "InvalidCertificateException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidCertificateException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidCertificateException.prototype);
	}
};
var DuplicateSSHPublicKeyException = class DuplicateSSHPublicKeyException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#DuplicateSSHPublicKeyException";
	name = "DuplicateSSHPublicKeyException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "DuplicateSSHPublicKeyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicateSSHPublicKeyException.prototype);
	}
};
var InvalidPublicKeyException = class InvalidPublicKeyException extends IAMServiceException {
	static shapeId = "com.amazonaws.iam#InvalidPublicKeyException";
	name = "InvalidPublicKeyException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidPublicKeyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidPublicKeyException.prototype);
	}
};
// node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
const _A$2 = "Arn";
const _ACt = "AttachmentCount";
const _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
const _AP = "AttachedPolicy";
const _APB = "AttachedPermissionsBoundary";
const _APt = "AttachedPolicies";
const _ARPD = "AssumeRolePolicyDocument";
const _CD = "CreateDate";
const _CINMAE = "CallerIsNotManagementAccountException";
const _CME$1 = "ConcurrentModificationException";
const _CREE = "CredentialReportExpiredException";
const _CRNPE = "CredentialReportNotPresentException";
const _CRNRE = "CredentialReportNotReadyException";
const _D$1 = "Description";
const _DCE = "DeleteConflictException";
const _DCEu = "DuplicateCertificateException";
const _DSSHPKE = "DuplicateSSHPublicKeyException";
const _DVI = "DefaultVersionId";
const _Do = "Document";
const _EAEE = "EntityAlreadyExistsException";
const _ETUE = "EntityTemporarilyUnmodifiableException";
const _FDE = "FeatureDisabledException";
const _FEE = "FeatureEnabledException";
const _GIP = "GetInstanceProfile";
const _GIPR = "GetInstanceProfileRequest";
const _GIPRe = "GetInstanceProfileResponse";
const _GP = "GetPolicy";
const _GPR = "GetPolicyRequest";
const _GPRe = "GetPolicyResponse";
const _GPV = "GetPolicyVersion";
const _GPVR = "GetPolicyVersionRequest";
const _GPVRe = "GetPolicyVersionResponse";
const _GRP = "GetRolePolicy";
const _GRPR = "GetRolePolicyRequest";
const _GRPRe = "GetRolePolicyResponse";
const _IA = "IsAttachable";
const _IACE = "InvalidAuthenticationCodeException";
const _ICE = "InvalidCertificateException";
const _IDV = "IsDefaultVersion";
const _IIE$2 = "InvalidInputException";
const _IP = "InstanceProfile";
const _IPI$1 = "InstanceProfileId";
const _IPKE = "InvalidPublicKeyException";
const _IPN = "InstanceProfileName";
const _IT = "IsTruncated";
const _IUTE = "InvalidUserTypeException";
const _K$1 = "Key";
const _KPME = "KeyPairMismatchException";
const _LARP = "ListAttachedRolePolicies";
const _LARPR = "ListAttachedRolePoliciesRequest";
const _LARPRi = "ListAttachedRolePoliciesResponse";
const _LEE = "LimitExceededException";
const _LRP = "ListRolePolicies";
const _LRPR = "ListRolePoliciesRequest";
const _LRPRi = "ListRolePoliciesResponse";
const _LUD = "LastUsedDate";
const _M$2 = "Message";
const _MCE = "MalformedCertificateException";
const _MI = "MaxItems";
const _MPDE$2 = "MalformedPolicyDocumentException";
const _MSD = "MaxSessionDuration";
const _MSSD = "MaxSigninSessionDuration";
const _Ma = "Marker";
const _NCE = "NameConflictException";
const _NSEE = "NoSuchEntityException";
const _OIICEE = "OpenIdIdpCommunicationErrorException";
const _ONFE = "OrganizationNotFoundException";
const _ONIAFME = "OrganizationNotInAllFeaturesModeException";
const _PA$1 = "PolicyArn";
const _PB = "PermissionsBoundary";
const _PBA = "PermissionsBoundaryArn";
const _PBT = "PermissionsBoundaryType";
const _PBUC = "PermissionsBoundaryUsageCount";
const _PD = "PolicyDocument";
const _PEE = "PolicyEvaluationException";
const _PI$1 = "PolicyId";
const _PN = "PolicyName";
const _PNAE$1 = "PolicyNotAttachableException";
const _PNo = "PolicyNames";
const _PPVE = "PasswordPolicyViolationException";
const _PPat = "PathPrefix";
const _PV = "PolicyVersion";
const _Pa = "Path";
const _Po = "Policy";
const _R$1 = "Region";
const _RGLEE = "ReportGenerationLimitExceededException";
const _RIo = "RoleId";
const _RLU = "RoleLastUsed";
const _RME = "RoleModifiedException";
const _RN = "RoleName";
const _RTDE = "RoleTemplateDisabledException";
const _Ro = "Role";
const _Rol = "Roles";
const _SANEE = "ServiceAccessNotEnabledException";
const _SFE = "ServiceFailureException";
const _SNSE = "ServiceNotSupportedException";
const _SRT = "SourceRoleTemplate";
const _T$3 = "Tags";
const _TA = "TemplateArn";
const _TMV = "TemplateMinorVersion";
const _Ta$1 = "Tag";
const _UD = "UpdateDate";
const _UEE = "UnmodifiableEntityException";
const _UPKEE = "UnrecognizedPublicKeyEncodingException";
const _VI = "VersionId";
const _Val = "Value";
const _aPLT = "attachedPoliciesListType";
const _aQE$1 = "awsQueryError";
const _c$4 = "client";
const _e$4 = "error";
const _hE$3 = "httpError";
const _m$2 = "message";
const _rLT = "roleListType";
const _s$4 = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
const _se$2 = "server";
const _tLT$1 = "tagListType";
const n0$4 = "com.amazonaws.iam";
const _s_registry$4 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$4);
var IAMServiceException$ = [
	-3,
	_s$4,
	"IAMServiceException",
	0,
	[],
	[]
];
_s_registry$4.registerError(IAMServiceException$, IAMServiceException);
const n0_registry$4 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$4);
var AccountNotManagementOrDelegatedAdministratorException$ = [
	-3,
	n0$4,
	_ANMODAE,
	{
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_M$2],
	[0]
];
n0_registry$4.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
var CallerIsNotManagementAccountException$ = [
	-3,
	n0$4,
	_CINMAE,
	{
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_M$2],
	[0]
];
n0_registry$4.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
var ConcurrentModificationException$$1 = [
	-3,
	n0$4,
	_CME$1,
	{
		[_aQE$1]: [`ConcurrentModification`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(ConcurrentModificationException$$1, ConcurrentModificationException$1);
var CredentialReportExpiredException$ = [
	-3,
	n0$4,
	_CREE,
	{
		[_aQE$1]: [`ReportExpired`, 410],
		[_e$4]: _c$4,
		[_hE$3]: 410
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
var CredentialReportNotPresentException$ = [
	-3,
	n0$4,
	_CRNPE,
	{
		[_aQE$1]: [`ReportNotPresent`, 410],
		[_e$4]: _c$4,
		[_hE$3]: 410
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
var CredentialReportNotReadyException$ = [
	-3,
	n0$4,
	_CRNRE,
	{
		[_aQE$1]: [`ReportInProgress`, 404],
		[_e$4]: _c$4,
		[_hE$3]: 404
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
var DeleteConflictException$ = [
	-3,
	n0$4,
	_DCE,
	{
		[_aQE$1]: [`DeleteConflict`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(DeleteConflictException$, DeleteConflictException);
var DuplicateCertificateException$ = [
	-3,
	n0$4,
	_DCEu,
	{
		[_aQE$1]: [`DuplicateCertificate`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(DuplicateCertificateException$, DuplicateCertificateException);
var DuplicateSSHPublicKeyException$ = [
	-3,
	n0$4,
	_DSSHPKE,
	{
		[_aQE$1]: [`DuplicateSSHPublicKey`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
var EntityAlreadyExistsException$ = [
	-3,
	n0$4,
	_EAEE,
	{
		[_aQE$1]: [`EntityAlreadyExists`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
var EntityTemporarilyUnmodifiableException$ = [
	-3,
	n0$4,
	_ETUE,
	{
		[_aQE$1]: [`EntityTemporarilyUnmodifiable`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
var FeatureDisabledException$ = [
	-3,
	n0$4,
	_FDE,
	{
		[_aQE$1]: [`FeatureDisabled`, 404],
		[_e$4]: _c$4,
		[_hE$3]: 404
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(FeatureDisabledException$, FeatureDisabledException);
var FeatureEnabledException$ = [
	-3,
	n0$4,
	_FEE,
	{
		[_aQE$1]: [`FeatureEnabled`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(FeatureEnabledException$, FeatureEnabledException);
var InvalidAuthenticationCodeException$ = [
	-3,
	n0$4,
	_IACE,
	{
		[_aQE$1]: [`InvalidAuthenticationCode`, 403],
		[_e$4]: _c$4,
		[_hE$3]: 403
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
var InvalidCertificateException$ = [
	-3,
	n0$4,
	_ICE,
	{
		[_aQE$1]: [`InvalidCertificate`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(InvalidCertificateException$, InvalidCertificateException);
var InvalidInputException$$2 = [
	-3,
	n0$4,
	_IIE$2,
	{
		[_aQE$1]: [`InvalidInput`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(InvalidInputException$$2, InvalidInputException$2);
var InvalidPublicKeyException$ = [
	-3,
	n0$4,
	_IPKE,
	{
		[_aQE$1]: [`InvalidPublicKey`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
var InvalidUserTypeException$ = [
	-3,
	n0$4,
	_IUTE,
	{
		[_aQE$1]: [`InvalidUserType`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(InvalidUserTypeException$, InvalidUserTypeException);
var KeyPairMismatchException$ = [
	-3,
	n0$4,
	_KPME,
	{
		[_aQE$1]: [`KeyPairMismatch`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(KeyPairMismatchException$, KeyPairMismatchException);
var LimitExceededException$ = [
	-3,
	n0$4,
	_LEE,
	{
		[_aQE$1]: [`LimitExceeded`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(LimitExceededException$, LimitExceededException);
var MalformedCertificateException$ = [
	-3,
	n0$4,
	_MCE,
	{
		[_aQE$1]: [`MalformedCertificate`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(MalformedCertificateException$, MalformedCertificateException);
var MalformedPolicyDocumentException$$2 = [
	-3,
	n0$4,
	_MPDE$2,
	{
		[_aQE$1]: [`MalformedPolicyDocument`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(MalformedPolicyDocumentException$$2, MalformedPolicyDocumentException$2);
var NameConflictException$ = [
	-3,
	n0$4,
	_NCE,
	{
		[_aQE$1]: [`NameConflict`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(NameConflictException$, NameConflictException);
var NoSuchEntityException$ = [
	-3,
	n0$4,
	_NSEE,
	{
		[_aQE$1]: [`NoSuchEntity`, 404],
		[_e$4]: _c$4,
		[_hE$3]: 404
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(NoSuchEntityException$, NoSuchEntityException);
var OpenIdIdpCommunicationErrorException$ = [
	-3,
	n0$4,
	_OIICEE,
	{
		[_aQE$1]: [`OpenIdIdpCommunicationError`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
var OrganizationNotFoundException$ = [
	-3,
	n0$4,
	_ONFE,
	{
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_M$2],
	[0]
];
n0_registry$4.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var OrganizationNotInAllFeaturesModeException$ = [
	-3,
	n0$4,
	_ONIAFME,
	{
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_M$2],
	[0]
];
n0_registry$4.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var PasswordPolicyViolationException$ = [
	-3,
	n0$4,
	_PPVE,
	{
		[_aQE$1]: [`PasswordPolicyViolation`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
var PolicyEvaluationException$ = [
	-3,
	n0$4,
	_PEE,
	{
		[_aQE$1]: [`PolicyEvaluation`, 500],
		[_e$4]: _se$2,
		[_hE$3]: 500
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(PolicyEvaluationException$, PolicyEvaluationException);
var PolicyNotAttachableException$ = [
	-3,
	n0$4,
	_PNAE$1,
	{
		[_aQE$1]: [`PolicyNotAttachable`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
var ReportGenerationLimitExceededException$ = [
	-3,
	n0$4,
	_RGLEE,
	{
		[_aQE$1]: [`ReportGenerationLimitExceeded`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
var RoleModifiedException$ = [
	-3,
	n0$4,
	_RME,
	{
		[_aQE$1]: [`RoleModified`, 409],
		[_e$4]: _c$4,
		[_hE$3]: 409
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(RoleModifiedException$, RoleModifiedException);
var RoleTemplateDisabledException$ = [
	-3,
	n0$4,
	_RTDE,
	{
		[_aQE$1]: [`RoleTemplateDisabled`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
var ServiceAccessNotEnabledException$ = [
	-3,
	n0$4,
	_SANEE,
	{
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_M$2],
	[0]
];
n0_registry$4.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
var ServiceFailureException$ = [
	-3,
	n0$4,
	_SFE,
	{
		[_aQE$1]: [`ServiceFailure`, 500],
		[_e$4]: _se$2,
		[_hE$3]: 500
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(ServiceFailureException$, ServiceFailureException);
var ServiceNotSupportedException$ = [
	-3,
	n0$4,
	_SNSE,
	{
		[_aQE$1]: [`NotSupportedService`, 404],
		[_e$4]: _c$4,
		[_hE$3]: 404
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
var UnmodifiableEntityException$ = [
	-3,
	n0$4,
	_UEE,
	{
		[_aQE$1]: [`UnmodifiableEntity`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
var UnrecognizedPublicKeyEncodingException$ = [
	-3,
	n0$4,
	_UPKEE,
	{
		[_aQE$1]: [`UnrecognizedPublicKeyEncoding`, 400],
		[_e$4]: _c$4,
		[_hE$3]: 400
	},
	[_m$2],
	[0]
];
n0_registry$4.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
const errorTypeRegistries$4 = [_s_registry$4, n0_registry$4];
var AttachedPermissionsBoundary$ = [
	3,
	n0$4,
	_APB,
	0,
	[_PBT, _PBA],
	[0, 0]
];
var AttachedPolicy$ = [
	3,
	n0$4,
	_AP,
	0,
	[_PN, _PA$1],
	[0, 0]
];
var GetInstanceProfileRequest$ = [
	3,
	n0$4,
	_GIPR,
	0,
	[_IPN],
	[0],
	1
];
var GetInstanceProfileResponse$ = [
	3,
	n0$4,
	_GIPRe,
	0,
	[_IP],
	[() => InstanceProfile$],
	1
];
var GetPolicyRequest$ = [
	3,
	n0$4,
	_GPR,
	0,
	[_PA$1],
	[0],
	1
];
var GetPolicyResponse$ = [
	3,
	n0$4,
	_GPRe,
	0,
	[_Po],
	[() => Policy$]
];
var GetPolicyVersionRequest$ = [
	3,
	n0$4,
	_GPVR,
	0,
	[_PA$1, _VI],
	[0, 0],
	2
];
var GetPolicyVersionResponse$ = [
	3,
	n0$4,
	_GPVRe,
	0,
	[_PV],
	[() => PolicyVersion$]
];
var GetRolePolicyRequest$ = [
	3,
	n0$4,
	_GRPR,
	0,
	[_RN, _PN],
	[0, 0],
	2
];
var GetRolePolicyResponse$ = [
	3,
	n0$4,
	_GRPRe,
	0,
	[
		_RN,
		_PN,
		_PD
	],
	[
		0,
		0,
		0
	],
	3
];
var InstanceProfile$ = [
	3,
	n0$4,
	_IP,
	0,
	[
		_Pa,
		_IPN,
		_IPI$1,
		_A$2,
		_CD,
		_Rol,
		_T$3
	],
	[
		0,
		0,
		0,
		0,
		4,
		() => roleListType,
		() => tagListType$1
	],
	6
];
var ListAttachedRolePoliciesRequest$ = [
	3,
	n0$4,
	_LARPR,
	0,
	[
		_RN,
		_PPat,
		_Ma,
		_MI
	],
	[
		0,
		0,
		0,
		1
	],
	1
];
var ListAttachedRolePoliciesResponse$ = [
	3,
	n0$4,
	_LARPRi,
	0,
	[
		_APt,
		_IT,
		_Ma
	],
	[
		() => attachedPoliciesListType,
		2,
		0
	]
];
var ListRolePoliciesRequest$ = [
	3,
	n0$4,
	_LRPR,
	0,
	[
		_RN,
		_Ma,
		_MI
	],
	[
		0,
		0,
		1
	],
	1
];
var ListRolePoliciesResponse$ = [
	3,
	n0$4,
	_LRPRi,
	0,
	[
		_PNo,
		_IT,
		_Ma
	],
	[
		64,
		2,
		0
	],
	1
];
var Policy$ = [
	3,
	n0$4,
	_Po,
	0,
	[
		_PN,
		_PI$1,
		_A$2,
		_Pa,
		_DVI,
		_ACt,
		_PBUC,
		_IA,
		_D$1,
		_CD,
		_UD,
		_T$3
	],
	[
		0,
		0,
		0,
		0,
		0,
		1,
		1,
		2,
		0,
		4,
		4,
		() => tagListType$1
	]
];
var PolicyVersion$ = [
	3,
	n0$4,
	_PV,
	0,
	[
		_Do,
		_VI,
		_IDV,
		_CD
	],
	[
		0,
		0,
		2,
		4
	]
];
var Role$ = [
	3,
	n0$4,
	_Ro,
	0,
	[
		_Pa,
		_RN,
		_RIo,
		_A$2,
		_CD,
		_ARPD,
		_D$1,
		_MSD,
		_MSSD,
		_PB,
		_T$3,
		_RLU,
		_SRT
	],
	[
		0,
		0,
		0,
		0,
		4,
		0,
		0,
		1,
		1,
		() => AttachedPermissionsBoundary$,
		() => tagListType$1,
		() => RoleLastUsed$,
		() => SourceRoleTemplate$
	],
	5
];
var RoleLastUsed$ = [
	3,
	n0$4,
	_RLU,
	0,
	[_LUD, _R$1],
	[4, 0]
];
var SourceRoleTemplate$ = [
	3,
	n0$4,
	_SRT,
	0,
	[_TA, _TMV],
	[0, 1],
	2
];
var Tag$$2 = [
	3,
	n0$4,
	_Ta$1,
	0,
	[_K$1, _Val],
	[0, 0],
	2
];
var attachedPoliciesListType = [
	1,
	n0$4,
	_aPLT,
	0,
	() => AttachedPolicy$
];
var roleListType = [
	1,
	n0$4,
	_rLT,
	0,
	() => Role$
];
var tagListType$1 = [
	1,
	n0$4,
	_tLT$1,
	0,
	() => Tag$$2
];
var GetInstanceProfile$ = [
	9,
	n0$4,
	_GIP,
	0,
	() => GetInstanceProfileRequest$,
	() => GetInstanceProfileResponse$
];
var GetPolicy$ = [
	9,
	n0$4,
	_GP,
	0,
	() => GetPolicyRequest$,
	() => GetPolicyResponse$
];
var GetPolicyVersion$ = [
	9,
	n0$4,
	_GPV,
	0,
	() => GetPolicyVersionRequest$,
	() => GetPolicyVersionResponse$
];
var GetRolePolicy$ = [
	9,
	n0$4,
	_GRP,
	0,
	() => GetRolePolicyRequest$,
	() => GetRolePolicyResponse$
];
var ListAttachedRolePolicies$ = [
	9,
	n0$4,
	_LARP,
	0,
	() => ListAttachedRolePoliciesRequest$,
	() => ListAttachedRolePoliciesResponse$
];
var ListRolePolicies$ = [
	9,
	n0$4,
	_LRP,
	0,
	() => ListRolePoliciesRequest$,
	() => ListRolePoliciesResponse$
];
// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$9 = (config) => {
	return {
		apiVersion: "2010-05-08",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$4,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsQueryProtocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.iam",
			errorTypeRegistries: errorTypeRegistries$4,
			xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
			version: "2010-05-08",
			serviceTarget: "AWSIdentityManagementV20100508"
		},
		serviceId: config?.serviceId ?? "IAM",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js
const getRuntimeConfig$8 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$9(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$4
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$4 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$4 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-iam/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$4 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$4(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$4(extensionConfiguration));
};
// node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js
var IAMClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$8(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$4(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$4(_config_6);
		const _config_8 = resolveRuntimeExtensions$4(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
const command$4 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$4, "AWSIdentityManagementV20100508", "IAMClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$4 = {};
const _mw0$4 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-iam/dist-es/commands/GetInstanceProfileCommand.js
var GetInstanceProfileCommand = class extends command$4(_ep0$4, _mw0$4, "GetInstanceProfile", GetInstanceProfile$) {};
// node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyCommand.js
var GetPolicyCommand = class extends command$4(_ep0$4, _mw0$4, "GetPolicy", GetPolicy$) {};
// node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyVersionCommand.js
var GetPolicyVersionCommand = class extends command$4(_ep0$4, _mw0$4, "GetPolicyVersion", GetPolicyVersion$) {};
// node_modules/@aws-sdk/client-iam/dist-es/commands/GetRolePolicyCommand.js
var GetRolePolicyCommand = class extends command$4(_ep0$4, _mw0$4, "GetRolePolicy", GetRolePolicy$) {};
// node_modules/@aws-sdk/client-iam/dist-es/commands/ListAttachedRolePoliciesCommand.js
var ListAttachedRolePoliciesCommand = class extends command$4(_ep0$4, _mw0$4, "ListAttachedRolePolicies", ListAttachedRolePolicies$) {};
// node_modules/@aws-sdk/client-iam/dist-es/commands/ListRolePoliciesCommand.js
var ListRolePoliciesCommand = class extends command$4(_ep0$4, _mw0$4, "ListRolePolicies", ListRolePolicies$) {};
// node_modules/@aws-sdk/client-lightsail/dist-es/auth/httpAuthSchemeProvider.js
const defaultLightsailHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$3(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "lightsail",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultLightsailHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$3(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$3 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-lightsail/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$3 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "lightsail"
	});
};
const commonParams$3 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-lightsail/package.json
var version$3 = "3.1169.0";
// node_modules/@aws-sdk/client-lightsail/dist-es/endpoint/bdd.js
const k$3 = "ref";
const a$3 = -1;
const b$3 = true;
const c$3 = "isSet";
const d$3 = "PartitionResult";
const e$3 = "booleanEquals";
const f$3 = "getAttr";
const g$3 = { [k$3]: "Endpoint" };
const h$3 = { [k$3]: d$3 };
const i$3 = {};
const j$3 = [{ [k$3]: "Region" }];
const _data$3 = {
	conditions: [
		[c$3, [g$3]],
		[c$3, j$3],
		[
			"aws.partition",
			j$3,
			d$3
		],
		[e$3, [{ [k$3]: "UseFIPS" }, b$3]],
		[e$3, [{ [k$3]: "UseDualStack" }, b$3]],
		[e$3, [{
			fn: f$3,
			argv: [h$3, "supportsDualStack"]
		}, b$3]],
		[e$3, [{
			fn: f$3,
			argv: [h$3, "supportsFIPS"]
		}, b$3]]
	],
	results: [
		[a$3],
		[a$3, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$3, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$3, i$3],
		["https://lightsail-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i$3],
		[a$3, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://lightsail-fips.{Region}.{PartitionResult#dnsSuffix}", i$3],
		[a$3, "FIPS is enabled but this partition does not support FIPS"],
		["https://lightsail.{Region}.{PartitionResult#dualStackDnsSuffix}", i$3],
		[a$3, "DualStack is enabled but this partition does not support DualStack"],
		["https://lightsail.{Region}.{PartitionResult#dnsSuffix}", i$3],
		[a$3, "Invalid Configuration: Missing Region"]
	]
};
const root$3 = 2;
const nodes$3 = new Int32Array([
	-1,
	1,
	-1,
	0,
	12,
	3,
	1,
	4,
	100000011,
	2,
	5,
	100000011,
	3,
	8,
	6,
	4,
	7,
	100000010,
	5,
	100000008,
	100000009,
	4,
	10,
	9,
	6,
	100000006,
	100000007,
	5,
	11,
	100000005,
	6,
	100000004,
	100000005,
	3,
	100000001,
	13,
	4,
	100000002,
	100000003
]);
const bdd$3 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$3, root$3, _data$3.conditions, _data$3.results);
// node_modules/@aws-sdk/client-lightsail/dist-es/endpoint/endpointResolver.js
const cache$3 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$3 = (endpointParams, context = {}) => {
	return cache$3.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$3, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-lightsail/dist-es/models/LightsailServiceException.js
var LightsailServiceException = class LightsailServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.lightsail#LightsailServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, LightsailServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-lightsail/dist-es/models/errors.js
var AccessDeniedException$1 = class AccessDeniedException$1 extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#AccessDeniedException";
	name = "AccessDeniedException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "AccessDeniedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccessDeniedException$1.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var AccountSetupInProgressException = class AccountSetupInProgressException extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#AccountSetupInProgressException";
	name = "AccountSetupInProgressException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "AccountSetupInProgressException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountSetupInProgressException.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var InvalidInputException$1 = class InvalidInputException$1 extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#InvalidInputException";
	name = "InvalidInputException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "InvalidInputException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidInputException$1.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var NotFoundException = class NotFoundException extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#NotFoundException";
	name = "NotFoundException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "NotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, NotFoundException.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var OperationFailureException = class OperationFailureException extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#OperationFailureException";
	name = "OperationFailureException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "OperationFailureException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OperationFailureException.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var RegionSetupInProgressException = class RegionSetupInProgressException extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#RegionSetupInProgressException";
	name = "RegionSetupInProgressException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "RegionSetupInProgressException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, RegionSetupInProgressException.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var ServiceException$1 = class ServiceException$1 extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#ServiceException";
	name = "ServiceException";
	$fault = "server";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "ServiceException",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, ServiceException$1.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
var UnauthenticatedException = class UnauthenticatedException extends LightsailServiceException {
	static shapeId = "com.amazonaws.lightsail#UnauthenticatedException";
	name = "UnauthenticatedException";
	$fault = "client";
	code;
	docs;
	tip;
	constructor(opts) {
		super({
			name: "UnauthenticatedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, UnauthenticatedException.prototype);
		this.code = opts.code;
		this.docs = opts.docs;
		this.tip = opts.tip;
	}
};
// node_modules/@aws-sdk/client-lightsail/dist-es/schemas/schemas_0.js
const _ADE$1 = "AccessDeniedException";
const _AO = "AddOn";
const _AOL = "AddOnList";
const _ASIPE = "AccountSetupInProgressException";
const _D = "Disk";
const _DL = "DiskList";
const _GIRet = "GetInstancesRequest";
const _GIRetn = "GetInstancesResult";
const _GIe = "GetInstances";
const _I$1 = "Instance";
const _IH = "InstanceHardware";
const _IHS = "InstanceHealthStatus";
const _IHSD = "InstanceHealthStatusDetail";
const _IHSDL = "InstanceHealthStatusDetailList";
const _IIE$1 = "InvalidInputException";
const _IL = "InstanceList";
const _IMO = "InstanceMetadataOptions";
const _IN = "InstanceNetworking";
const _IPI = "InstancePortInfo";
const _IPIL = "InstancePortInfoList";
const _ISn = "InstanceState";
const _MT = "MonthlyTransfer";
const _NFE = "NotFoundException";
const _OFE = "OperationFailureException";
const _RL = "ResourceLocation";
const _RSIPE = "RegionSetupInProgressException";
const _SE$2 = "ServiceException";
const _T$2 = "Tag";
const _TL = "TagList";
const _UE = "UnauthenticatedException";
const _a$1 = "arn";
const _aDc = "accessDirection";
const _aF = "accessFrom";
const _aMS = "autoMountStatus";
const _aOd = "addOns";
const _aS = "attachmentState";
const _aT = "attachedTo";
const _aTc = "accessType";
const _aZ = "availabilityZone";
const _bI = "blueprintId";
const _bIu = "bundleId";
const _bNl = "blueprintName";
const _c$3 = "client";
const _cA = "createdAt";
const _cC = "cpuCount";
const _cLA = "cidrListAliases";
const _cNom = "commonName";
const _ci = "cidrs";
const _co = "code";
const _d = "docs";
const _det = "details";
const _disks = "disks";
const _du = "duration";
const _e$3 = "error";
const _fPr = "fromPort";
const _gIU = "gbInUse";
const _gPMA = "gbPerMonthAllocated";
const _h = "hardware";
const _hE$2 = "httpError";
const _hEt = "httpEndpoint";
const _hPI = "httpProtocolIpv6";
const _hPRHL = "httpPutResponseHopLimit";
const _hTt = "httpTokens";
const _ht = "http";
const _iAT = "ipAddressType";
const _iAp = "ipv6Addresses";
const _iAst = "isAttached";
const _iCp = "ipv6Cidrs";
const _iHS = "includeHealthStatus";
const _iSD = "isSystemDisk";
const _iSIs = "isStaticIp";
const _iSm = "impairedSince";
const _iSnst = "instanceStatus";
const _in = "instances";
const _io = "iops";
const _k = "key";
const _l = "location";
const _m$1 = "message";
const _mO = "metadataOptions";
const _mT = "monthlyTransfer";
const _n = "name";
const _nPT = "nextPageToken";
const _nSTOD = "nextSnapshotTimeOfDay";
const _ne = "networking";
const _pIA = "privateIpAddress";
const _pIAu = "publicIpAddress";
const _pT = "pageToken";
const _pa = "path";
const _por = "ports";
const _pro = "protocol";
const _rNe = "regionName";
const _rSIG = "ramSizeInGb";
const _rT = "resourceType";
const _s$3 = "smithy.ts.sdk.synthetic.com.amazonaws.lightsail";
const _sC = "supportCode";
const _sIG = "sizeInGb";
const _sKN = "sshKeyName";
const _sS = "systemStatus";
const _sTOD = "snapshotTimeOfDay";
const _se$1 = "server";
const _st = "status";
const _stat = "state";
const _t = "tip";
const _tPo = "toPort";
const _ta = "tags";
const _th = "threshold";
const _us = "username";
const _va = "value";
const n0$3 = "com.amazonaws.lightsail";
const _s_registry$3 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$3);
var LightsailServiceException$ = [
	-3,
	_s$3,
	"LightsailServiceException",
	0,
	[],
	[]
];
_s_registry$3.registerError(LightsailServiceException$, LightsailServiceException);
const n0_registry$3 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$3);
var AccessDeniedException$$1 = [
	-3,
	n0$3,
	_ADE$1,
	{
		[_e$3]: _c$3,
		[_hE$2]: 403
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(AccessDeniedException$$1, AccessDeniedException$1);
var AccountSetupInProgressException$ = [
	-3,
	n0$3,
	_ASIPE,
	{
		[_e$3]: _c$3,
		[_hE$2]: 428
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(AccountSetupInProgressException$, AccountSetupInProgressException);
var InvalidInputException$$1 = [
	-3,
	n0$3,
	_IIE$1,
	{
		[_e$3]: _c$3,
		[_hE$2]: 400
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(InvalidInputException$$1, InvalidInputException$1);
var NotFoundException$ = [
	-3,
	n0$3,
	_NFE,
	{
		[_e$3]: _c$3,
		[_hE$2]: 404
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(NotFoundException$, NotFoundException);
var OperationFailureException$ = [
	-3,
	n0$3,
	_OFE,
	{
		[_e$3]: _c$3,
		[_hE$2]: 400
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(OperationFailureException$, OperationFailureException);
var RegionSetupInProgressException$ = [
	-3,
	n0$3,
	_RSIPE,
	{
		[_e$3]: _c$3,
		[_hE$2]: 428
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(RegionSetupInProgressException$, RegionSetupInProgressException);
var ServiceException$$1 = [
	-3,
	n0$3,
	_SE$2,
	{
		[_e$3]: _se$1,
		[_hE$2]: 500
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(ServiceException$$1, ServiceException$1);
var UnauthenticatedException$ = [
	-3,
	n0$3,
	_UE,
	{
		[_e$3]: _c$3,
		[_hE$2]: 401
	},
	[
		_co,
		_d,
		_m$1,
		_t
	],
	[
		0,
		0,
		0,
		0
	]
];
n0_registry$3.registerError(UnauthenticatedException$, UnauthenticatedException);
const errorTypeRegistries$3 = [_s_registry$3, n0_registry$3];
var AddOn$ = [
	3,
	n0$3,
	_AO,
	0,
	[
		_n,
		_st,
		_sTOD,
		_nSTOD,
		_th,
		_du
	],
	[
		0,
		0,
		0,
		0,
		0,
		0
	]
];
var Disk$ = [
	3,
	n0$3,
	_D,
	0,
	[
		_n,
		_a$1,
		_sC,
		_cA,
		_l,
		_rT,
		_ta,
		_aOd,
		_sIG,
		_iSD,
		_io,
		_pa,
		_stat,
		_aT,
		_iAst,
		_aS,
		_gIU,
		_aMS
	],
	[
		0,
		0,
		0,
		4,
		() => ResourceLocation$,
		0,
		() => TagList,
		() => AddOnList,
		1,
		2,
		1,
		0,
		0,
		0,
		2,
		0,
		1,
		0
	]
];
var GetInstancesRequest$ = [
	3,
	n0$3,
	_GIRet,
	0,
	[_pT, _iHS],
	[0, 2]
];
var GetInstancesResult$ = [
	3,
	n0$3,
	_GIRetn,
	0,
	[_in, _nPT],
	[() => InstanceList, 0]
];
var Instance$ = [
	3,
	n0$3,
	_I$1,
	0,
	[
		_n,
		_a$1,
		_sC,
		_cA,
		_l,
		_rT,
		_ta,
		_bI,
		_bNl,
		_bIu,
		_aOd,
		_iSIs,
		_pIA,
		_pIAu,
		_iAp,
		_iAT,
		_h,
		_ne,
		_stat,
		_us,
		_sKN,
		_mO,
		_iSnst,
		_sS
	],
	[
		0,
		0,
		0,
		4,
		() => ResourceLocation$,
		0,
		() => TagList,
		0,
		0,
		0,
		() => AddOnList,
		2,
		0,
		0,
		64,
		0,
		() => InstanceHardware$,
		() => InstanceNetworking$,
		() => InstanceState$,
		0,
		0,
		() => InstanceMetadataOptions$,
		() => InstanceHealthStatus$,
		() => InstanceHealthStatus$
	]
];
var InstanceHardware$ = [
	3,
	n0$3,
	_IH,
	0,
	[
		_cC,
		_disks,
		_rSIG
	],
	[
		1,
		() => DiskList,
		1
	]
];
var InstanceHealthStatus$ = [
	3,
	n0$3,
	_IHS,
	0,
	[_st, _det],
	[0, () => InstanceHealthStatusDetailList]
];
var InstanceHealthStatusDetail$ = [
	3,
	n0$3,
	_IHSD,
	0,
	[
		_n,
		_st,
		_iSm
	],
	[
		0,
		0,
		4
	]
];
var InstanceMetadataOptions$ = [
	3,
	n0$3,
	_IMO,
	0,
	[
		_stat,
		_hTt,
		_hEt,
		_hPRHL,
		_hPI
	],
	[
		0,
		0,
		0,
		1,
		0
	]
];
var InstanceNetworking$ = [
	3,
	n0$3,
	_IN,
	0,
	[_mT, _por],
	[() => MonthlyTransfer$, () => InstancePortInfoList]
];
var InstancePortInfo$ = [
	3,
	n0$3,
	_IPI,
	0,
	[
		_fPr,
		_tPo,
		_pro,
		_aF,
		_aTc,
		_cNom,
		_aDc,
		_ci,
		_iCp,
		_cLA
	],
	[
		1,
		1,
		0,
		0,
		0,
		0,
		0,
		64,
		64,
		64
	]
];
var InstanceState$ = [
	3,
	n0$3,
	_ISn,
	0,
	[_co, _n],
	[1, 0]
];
var MonthlyTransfer$ = [
	3,
	n0$3,
	_MT,
	0,
	[_gPMA],
	[1]
];
var ResourceLocation$ = [
	3,
	n0$3,
	_RL,
	0,
	[_aZ, _rNe],
	[0, 0]
];
var Tag$$1 = [
	3,
	n0$3,
	_T$2,
	0,
	[_k, _va],
	[0, 0]
];
var AddOnList = [
	1,
	n0$3,
	_AOL,
	0,
	() => AddOn$
];
var DiskList = [
	1,
	n0$3,
	_DL,
	0,
	() => Disk$
];
var InstanceHealthStatusDetailList = [
	1,
	n0$3,
	_IHSDL,
	0,
	() => InstanceHealthStatusDetail$
];
var InstanceList = [
	1,
	n0$3,
	_IL,
	0,
	() => Instance$
];
var InstancePortInfoList = [
	1,
	n0$3,
	_IPIL,
	0,
	() => InstancePortInfo$
];
var TagList = [
	1,
	n0$3,
	_TL,
	0,
	() => Tag$$1
];
var GetInstances$ = [
	9,
	n0$3,
	_GIe,
	{ [_ht]: [
		"POST",
		"/ls/api/2016-11-28/GetInstances",
		200
	] },
	() => GetInstancesRequest$,
	() => GetInstancesResult$
];
// node_modules/@aws-sdk/client-lightsail/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$7 = (config) => {
	return {
		apiVersion: "2016-11-28",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$3,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultLightsailHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsJson1_1Protocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.lightsail",
			errorTypeRegistries: errorTypeRegistries$3,
			version: "2016-11-28",
			serviceTarget: "Lightsail_20161128"
		},
		serviceId: config?.serviceId ?? "Lightsail",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-lightsail/dist-es/runtimeConfig.js
const getRuntimeConfig$6 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$7(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$3
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-lightsail/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$3 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$3 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-lightsail/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$3 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$3(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$3(extensionConfiguration));
};
// node_modules/@aws-sdk/client-lightsail/dist-es/LightsailClient.js
var LightsailClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$6(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$3(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$3(_config_6);
		const _config_8 = resolveRuntimeExtensions$3(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultLightsailHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-lightsail/dist-es/commandBuilder.js
const command$3 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$3, "Lightsail_20161128", "LightsailClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$3 = {};
const _mw0$3 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-lightsail/dist-es/commands/GetInstancesCommand.js
var GetInstancesCommand = class extends command$3(_ep0$3, _mw0$3, "GetInstances", GetInstances$) {};
// node_modules/@aws-sdk/client-organizations/dist-es/auth/httpAuthSchemeProvider.js
const defaultOrganizationsHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$2(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "organizations",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultOrganizationsHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$2(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$2 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-organizations/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$2 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "organizations"
	});
};
const commonParams$2 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-organizations/package.json
var version$2 = "3.1169.0";
// node_modules/@aws-sdk/client-organizations/dist-es/endpoint/bdd.js
const l$2 = "ref";
const m$2 = "authSchemes";
const n$1 = "signingRegion";
const a$2 = -1;
const b$2 = true;
const c$2 = "isSet";
const d$2 = "PartitionResult";
const e$2 = "booleanEquals";
const f$2 = "getAttr";
const g$2 = { [l$2]: "Endpoint" };
const h$2 = { [l$2]: d$2 };
const i$2 = { [m$2]: [{
	"name": "sigv4",
	[n$1]: "us-gov-west-1"
}] };
const j$2 = { [m$2]: [{
	"name": "sigv4",
	[n$1]: "{PartitionResult#implicitGlobalRegion}"
}] };
const k$2 = [{ [l$2]: "Region" }];
const _data$2 = {
	conditions: [
		[c$2, [g$2]],
		[c$2, k$2],
		[
			"aws.partition",
			k$2,
			d$2
		],
		[e$2, [{ [l$2]: "UseFIPS" }, b$2]],
		[e$2, [{ [l$2]: "UseDualStack" }, b$2]],
		["stringEquals", [{
			fn: f$2,
			argv: [h$2, "name"]
		}, "aws-us-gov"]],
		[e$2, [{
			fn: f$2,
			argv: [h$2, "supportsFIPS"]
		}, b$2]],
		[e$2, [{
			fn: f$2,
			argv: [h$2, "supportsDualStack"]
		}, b$2]]
	],
	results: [
		[a$2],
		[a$2, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$2, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[g$2, {}],
		["https://organizations.us-gov-west-1.amazonaws.com", i$2],
		["https://organizations.us-gov-west-1.api.aws", i$2],
		["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j$2],
		[a$2, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j$2],
		[a$2, "FIPS is enabled but this partition does not support FIPS"],
		["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j$2],
		[a$2, "DualStack is enabled but this partition does not support DualStack"],
		["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j$2],
		[a$2, "Invalid Configuration: Missing Region"]
	]
};
const root$2 = 2;
const nodes$2 = new Int32Array([
	-1,
	1,
	-1,
	0,
	14,
	3,
	1,
	4,
	100000013,
	2,
	5,
	100000013,
	3,
	8,
	6,
	4,
	7,
	100000012,
	7,
	100000010,
	100000011,
	4,
	11,
	9,
	5,
	100000004,
	10,
	6,
	100000008,
	100000009,
	5,
	100000005,
	12,
	6,
	13,
	100000007,
	7,
	100000006,
	100000007,
	3,
	100000001,
	15,
	4,
	100000002,
	100000003
]);
const bdd$2 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$2, root$2, _data$2.conditions, _data$2.results);
// node_modules/@aws-sdk/client-organizations/dist-es/endpoint/endpointResolver.js
const cache$2 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$2 = (endpointParams, context = {}) => {
	return cache$2.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$2, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-organizations/dist-es/models/OrganizationsServiceException.js
var OrganizationsServiceException = class OrganizationsServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.organizations#OrganizationsServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, OrganizationsServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-organizations/dist-es/models/errors.js
var AccessDeniedException = class AccessDeniedException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccessDeniedException";
	name = "AccessDeniedException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccessDeniedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccessDeniedException.prototype);
		this.Message = opts.Message;
	}
};
var AccessDeniedForDependencyException = class AccessDeniedForDependencyException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccessDeniedForDependencyException";
	name = "AccessDeniedForDependencyException";
	$fault = "client";
	Message;
	Reason;
	constructor(opts) {
		super({
			name: "AccessDeniedForDependencyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccessDeniedForDependencyException.prototype);
		this.Message = opts.Message;
		this.Reason = opts.Reason;
	}
};
var AWSOrganizationsNotInUseException = class AWSOrganizationsNotInUseException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AWSOrganizationsNotInUseException";
	name = "AWSOrganizationsNotInUseException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AWSOrganizationsNotInUseException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AWSOrganizationsNotInUseException.prototype);
		this.Message = opts.Message;
	}
};
var ConcurrentModificationException = class ConcurrentModificationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ConcurrentModificationException";
	name = "ConcurrentModificationException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ConcurrentModificationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
		this.Message = opts.Message;
	}
};
var ConstraintViolationException = class ConstraintViolationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ConstraintViolationException";
	name = "ConstraintViolationException";
	$fault = "client";
	Message;
	Reason;
	constructor(opts) {
		super({
			name: "ConstraintViolationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConstraintViolationException.prototype);
		this.Message = opts.Message;
		this.Reason = opts.Reason;
	}
};
var HandshakeAlreadyInStateException = class HandshakeAlreadyInStateException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#HandshakeAlreadyInStateException";
	name = "HandshakeAlreadyInStateException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "HandshakeAlreadyInStateException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, HandshakeAlreadyInStateException.prototype);
		this.Message = opts.Message;
	}
};
var HandshakeConstraintViolationException = class HandshakeConstraintViolationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#HandshakeConstraintViolationException";
	name = "HandshakeConstraintViolationException";
	$fault = "client";
	Message;
	Reason;
	constructor(opts) {
		super({
			name: "HandshakeConstraintViolationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, HandshakeConstraintViolationException.prototype);
		this.Message = opts.Message;
		this.Reason = opts.Reason;
	}
};
var HandshakeNotFoundException = class HandshakeNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#HandshakeNotFoundException";
	name = "HandshakeNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "HandshakeNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, HandshakeNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var InvalidHandshakeTransitionException = class InvalidHandshakeTransitionException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#InvalidHandshakeTransitionException";
	name = "InvalidHandshakeTransitionException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "InvalidHandshakeTransitionException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidHandshakeTransitionException.prototype);
		this.Message = opts.Message;
	}
};
var InvalidInputException = class InvalidInputException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#InvalidInputException";
	name = "InvalidInputException";
	$fault = "client";
	Message;
	Reason;
	constructor(opts) {
		super({
			name: "InvalidInputException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidInputException.prototype);
		this.Message = opts.Message;
		this.Reason = opts.Reason;
	}
};
var MasterCannotLeaveOrganizationException = class MasterCannotLeaveOrganizationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#MasterCannotLeaveOrganizationException";
	name = "MasterCannotLeaveOrganizationException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "MasterCannotLeaveOrganizationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, MasterCannotLeaveOrganizationException.prototype);
		this.Message = opts.Message;
	}
};
var ServiceException = class ServiceException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ServiceException";
	name = "ServiceException";
	$fault = "server";
	Message;
	constructor(opts) {
		super({
			name: "ServiceException",
			$fault: "server",
			...opts
		});
		Object.setPrototypeOf(this, ServiceException.prototype);
		this.Message = opts.Message;
	}
};
var TooManyRequestsException = class TooManyRequestsException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#TooManyRequestsException";
	name = "TooManyRequestsException";
	$fault = "client";
	Type;
	Message;
	constructor(opts) {
		super({
			name: "TooManyRequestsException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TooManyRequestsException.prototype);
		this.Type = opts.Type;
		this.Message = opts.Message;
	}
};
var AccountAlreadyClosedException = class AccountAlreadyClosedException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccountAlreadyClosedException";
	name = "AccountAlreadyClosedException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccountAlreadyClosedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountAlreadyClosedException.prototype);
		this.Message = opts.Message;
	}
};
var AccountAlreadyRegisteredException = class AccountAlreadyRegisteredException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccountAlreadyRegisteredException";
	name = "AccountAlreadyRegisteredException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccountAlreadyRegisteredException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountAlreadyRegisteredException.prototype);
		this.Message = opts.Message;
	}
};
var AccountNotFoundException = class AccountNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccountNotFoundException";
	name = "AccountNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccountNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var AccountNotRegisteredException = class AccountNotRegisteredException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccountNotRegisteredException";
	name = "AccountNotRegisteredException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccountNotRegisteredException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountNotRegisteredException.prototype);
		this.Message = opts.Message;
	}
};
var AccountOwnerNotVerifiedException = class AccountOwnerNotVerifiedException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AccountOwnerNotVerifiedException";
	name = "AccountOwnerNotVerifiedException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AccountOwnerNotVerifiedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AccountOwnerNotVerifiedException.prototype);
		this.Message = opts.Message;
	}
};
var AlreadyInOrganizationException = class AlreadyInOrganizationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#AlreadyInOrganizationException";
	name = "AlreadyInOrganizationException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "AlreadyInOrganizationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, AlreadyInOrganizationException.prototype);
		this.Message = opts.Message;
	}
};
var DuplicatePolicyAttachmentException = class DuplicatePolicyAttachmentException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#DuplicatePolicyAttachmentException";
	name = "DuplicatePolicyAttachmentException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "DuplicatePolicyAttachmentException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicatePolicyAttachmentException.prototype);
		this.Message = opts.Message;
	}
};
var PolicyChangesInProgressException = class PolicyChangesInProgressException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyChangesInProgressException";
	name = "PolicyChangesInProgressException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyChangesInProgressException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyChangesInProgressException.prototype);
		this.Message = opts.Message;
	}
};
var PolicyNotFoundException = class PolicyNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyNotFoundException";
	name = "PolicyNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var PolicyTypeNotEnabledException = class PolicyTypeNotEnabledException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyTypeNotEnabledException";
	name = "PolicyTypeNotEnabledException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyTypeNotEnabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyTypeNotEnabledException.prototype);
		this.Message = opts.Message;
	}
};
var TargetNotFoundException = class TargetNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#TargetNotFoundException";
	name = "TargetNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "TargetNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, TargetNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var UnsupportedAPIEndpointException = class UnsupportedAPIEndpointException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#UnsupportedAPIEndpointException";
	name = "UnsupportedAPIEndpointException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "UnsupportedAPIEndpointException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, UnsupportedAPIEndpointException.prototype);
		this.Message = opts.Message;
	}
};
var ConflictException$1 = class ConflictException$1 extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ConflictException";
	name = "ConflictException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ConflictException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConflictException$1.prototype);
		this.Message = opts.Message;
	}
};
var FinalizingOrganizationException = class FinalizingOrganizationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#FinalizingOrganizationException";
	name = "FinalizingOrganizationException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "FinalizingOrganizationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, FinalizingOrganizationException.prototype);
		this.Message = opts.Message;
	}
};
var DuplicateOrganizationalUnitException = class DuplicateOrganizationalUnitException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#DuplicateOrganizationalUnitException";
	name = "DuplicateOrganizationalUnitException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "DuplicateOrganizationalUnitException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicateOrganizationalUnitException.prototype);
		this.Message = opts.Message;
	}
};
var ParentNotFoundException = class ParentNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ParentNotFoundException";
	name = "ParentNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ParentNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ParentNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var DuplicatePolicyException = class DuplicatePolicyException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#DuplicatePolicyException";
	name = "DuplicatePolicyException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "DuplicatePolicyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicatePolicyException.prototype);
		this.Message = opts.Message;
	}
};
var MalformedPolicyDocumentException$1 = class MalformedPolicyDocumentException$1 extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#MalformedPolicyDocumentException";
	name = "MalformedPolicyDocumentException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "MalformedPolicyDocumentException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, MalformedPolicyDocumentException$1.prototype);
		this.Message = opts.Message;
	}
};
var PolicyTypeNotAvailableForOrganizationException = class PolicyTypeNotAvailableForOrganizationException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyTypeNotAvailableForOrganizationException";
	name = "PolicyTypeNotAvailableForOrganizationException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyTypeNotAvailableForOrganizationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyTypeNotAvailableForOrganizationException.prototype);
		this.Message = opts.Message;
	}
};
var OrganizationNotEmptyException = class OrganizationNotEmptyException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#OrganizationNotEmptyException";
	name = "OrganizationNotEmptyException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "OrganizationNotEmptyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OrganizationNotEmptyException.prototype);
		this.Message = opts.Message;
	}
};
var OrganizationalUnitNotEmptyException = class OrganizationalUnitNotEmptyException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotEmptyException";
	name = "OrganizationalUnitNotEmptyException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "OrganizationalUnitNotEmptyException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OrganizationalUnitNotEmptyException.prototype);
		this.Message = opts.Message;
	}
};
var OrganizationalUnitNotFoundException = class OrganizationalUnitNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotFoundException";
	name = "OrganizationalUnitNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "OrganizationalUnitNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OrganizationalUnitNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var PolicyInUseException = class PolicyInUseException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyInUseException";
	name = "PolicyInUseException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyInUseException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyInUseException.prototype);
		this.Message = opts.Message;
	}
};
var ResourcePolicyNotFoundException = class ResourcePolicyNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ResourcePolicyNotFoundException";
	name = "ResourcePolicyNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ResourcePolicyNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourcePolicyNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var CreateAccountStatusNotFoundException = class CreateAccountStatusNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#CreateAccountStatusNotFoundException";
	name = "CreateAccountStatusNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "CreateAccountStatusNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, CreateAccountStatusNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var EffectivePolicyNotFoundException = class EffectivePolicyNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#EffectivePolicyNotFoundException";
	name = "EffectivePolicyNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "EffectivePolicyNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, EffectivePolicyNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var ResponsibilityTransferNotFoundException = class ResponsibilityTransferNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ResponsibilityTransferNotFoundException";
	name = "ResponsibilityTransferNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ResponsibilityTransferNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResponsibilityTransferNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var PolicyNotAttachedException = class PolicyNotAttachedException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyNotAttachedException";
	name = "PolicyNotAttachedException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyNotAttachedException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyNotAttachedException.prototype);
		this.Message = opts.Message;
	}
};
var RootNotFoundException = class RootNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#RootNotFoundException";
	name = "RootNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "RootNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, RootNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var PolicyTypeAlreadyEnabledException = class PolicyTypeAlreadyEnabledException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#PolicyTypeAlreadyEnabledException";
	name = "PolicyTypeAlreadyEnabledException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "PolicyTypeAlreadyEnabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PolicyTypeAlreadyEnabledException.prototype);
		this.Message = opts.Message;
	}
};
var DuplicateHandshakeException = class DuplicateHandshakeException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#DuplicateHandshakeException";
	name = "DuplicateHandshakeException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "DuplicateHandshakeException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicateHandshakeException.prototype);
		this.Message = opts.Message;
	}
};
var ChildNotFoundException = class ChildNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ChildNotFoundException";
	name = "ChildNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ChildNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ChildNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var DestinationParentNotFoundException = class DestinationParentNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#DestinationParentNotFoundException";
	name = "DestinationParentNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "DestinationParentNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DestinationParentNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var DuplicateAccountException = class DuplicateAccountException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#DuplicateAccountException";
	name = "DuplicateAccountException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "DuplicateAccountException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, DuplicateAccountException.prototype);
		this.Message = opts.Message;
	}
};
var SourceParentNotFoundException = class SourceParentNotFoundException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#SourceParentNotFoundException";
	name = "SourceParentNotFoundException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "SourceParentNotFoundException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, SourceParentNotFoundException.prototype);
		this.Message = opts.Message;
	}
};
var InvalidResponsibilityTransferTransitionException = class InvalidResponsibilityTransferTransitionException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#InvalidResponsibilityTransferTransitionException";
	name = "InvalidResponsibilityTransferTransitionException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "InvalidResponsibilityTransferTransitionException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidResponsibilityTransferTransitionException.prototype);
		this.Message = opts.Message;
	}
};
var ResponsibilityTransferAlreadyInStatusException = class ResponsibilityTransferAlreadyInStatusException extends OrganizationsServiceException {
	static shapeId = "com.amazonaws.organizations#ResponsibilityTransferAlreadyInStatusException";
	name = "ResponsibilityTransferAlreadyInStatusException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ResponsibilityTransferAlreadyInStatusException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResponsibilityTransferAlreadyInStatusException.prototype);
		this.Message = opts.Message;
	}
};
// node_modules/@aws-sdk/client-organizations/dist-es/schemas/schemas_0.js
const _A$1 = "Account";
const _AACE = "AccountAlreadyClosedException";
const _AARE = "AccountAlreadyRegisteredException";
const _ADE = "AccessDeniedException";
const _ADFDE = "AccessDeniedForDependencyException";
const _AIOE = "AlreadyInOrganizationException";
const _AN = "AccountName";
const _ANFE = "AccountNotFoundException";
const _ANRE = "AccountNotRegisteredException";
const _AONVE = "AccountOwnerNotVerifiedException";
const _AWSONIUE = "AWSOrganizationsNotInUseException";
const _Acc = "Accounts";
const _Ar = "Arn";
const _CASNFE = "CreateAccountStatusNotFoundException";
const _CE$1 = "ConflictException";
const _CME = "ConcurrentModificationException";
const _CNFE = "ChildNotFoundException";
const _CVE = "ConstraintViolationException";
const _DAE = "DuplicateAccountException";
const _DHE = "DuplicateHandshakeException";
const _DOUE = "DuplicateOrganizationalUnitException";
const _DPAE = "DuplicatePolicyAttachmentException";
const _DPE = "DuplicatePolicyException";
const _DPNFE = "DestinationParentNotFoundException";
const _E$1 = "Email";
const _EPNFE = "EffectivePolicyNotFoundException";
const _FOE = "FinalizingOrganizationException";
const _HAISE = "HandshakeAlreadyInStateException";
const _HCVE = "HandshakeConstraintViolationException";
const _HNFE = "HandshakeNotFoundException";
const _I = "Id";
const _IHTE = "InvalidHandshakeTransitionException";
const _IIE = "InvalidInputException";
const _IRTTE = "InvalidResponsibilityTransferTransitionException";
const _JM = "JoinedMethod";
const _JT = "JoinedTimestamp";
const _LA = "ListAccounts";
const _LAR = "ListAccountsRequest";
const _LARi = "ListAccountsResponse";
const _M$1 = "Message";
const _MCLOE = "MasterCannotLeaveOrganizationException";
const _MPDE$1 = "MalformedPolicyDocumentException";
const _MR$1 = "MaxResults";
const _N = "Name";
const _NT = "NextToken";
const _ONEE = "OrganizationNotEmptyException";
const _OUNEE = "OrganizationalUnitNotEmptyException";
const _OUNFE = "OrganizationalUnitNotFoundException";
const _P$1 = "Paths";
const _PCIPE = "PolicyChangesInProgressException";
const _PIUE = "PolicyInUseException";
const _PNAE = "PolicyNotAttachedException";
const _PNFE = "ParentNotFoundException";
const _PNFEo = "PolicyNotFoundException";
const _PTAEE = "PolicyTypeAlreadyEnabledException";
const _PTNAFOE = "PolicyTypeNotAvailableForOrganizationException";
const _PTNEE = "PolicyTypeNotEnabledException";
const _R = "Reason";
const _RNFE = "RootNotFoundException";
const _RPNFE = "ResourcePolicyNotFoundException";
const _RTAISE = "ResponsibilityTransferAlreadyInStatusException";
const _RTNFE = "ResponsibilityTransferNotFoundException";
const _S = "Status";
const _SE$1 = "ServiceException";
const _SPNFE = "SourceParentNotFoundException";
const _St = "State";
const _T$1 = "Type";
const _TMRE = "TooManyRequestsException";
const _TNFE = "TargetNotFoundException";
const _UAPIEE = "UnsupportedAPIEndpointException";
const _c$2 = "client";
const _e$2 = "error";
const _hE$1 = "httpError";
const _s$2 = "smithy.ts.sdk.synthetic.com.amazonaws.organizations";
const _se = "server";
const n0$2 = "com.amazonaws.organizations";
const _s_registry$2 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$2);
var OrganizationsServiceException$ = [
	-3,
	_s$2,
	"OrganizationsServiceException",
	0,
	[],
	[]
];
_s_registry$2.registerError(OrganizationsServiceException$, OrganizationsServiceException);
const n0_registry$2 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$2);
var AccessDeniedException$ = [
	-3,
	n0$2,
	_ADE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 403
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AccessDeniedException$, AccessDeniedException);
var AccessDeniedForDependencyException$ = [
	-3,
	n0$2,
	_ADFDE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 403
	},
	[_M$1, _R],
	[0, 0]
];
n0_registry$2.registerError(AccessDeniedForDependencyException$, AccessDeniedForDependencyException);
var AccountAlreadyClosedException$ = [
	-3,
	n0$2,
	_AACE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AccountAlreadyClosedException$, AccountAlreadyClosedException);
var AccountAlreadyRegisteredException$ = [
	-3,
	n0$2,
	_AARE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AccountAlreadyRegisteredException$, AccountAlreadyRegisteredException);
var AccountNotFoundException$ = [
	-3,
	n0$2,
	_ANFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AccountNotFoundException$, AccountNotFoundException);
var AccountNotRegisteredException$ = [
	-3,
	n0$2,
	_ANRE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
var AccountOwnerNotVerifiedException$ = [
	-3,
	n0$2,
	_AONVE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 403
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AccountOwnerNotVerifiedException$, AccountOwnerNotVerifiedException);
var AlreadyInOrganizationException$ = [
	-3,
	n0$2,
	_AIOE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AlreadyInOrganizationException$, AlreadyInOrganizationException);
var AWSOrganizationsNotInUseException$ = [
	-3,
	n0$2,
	_AWSONIUE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(AWSOrganizationsNotInUseException$, AWSOrganizationsNotInUseException);
var ChildNotFoundException$ = [
	-3,
	n0$2,
	_CNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ChildNotFoundException$, ChildNotFoundException);
var ConcurrentModificationException$ = [
	-3,
	n0$2,
	_CME,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$$1 = [
	-3,
	n0$2,
	_CE$1,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ConflictException$$1, ConflictException$1);
var ConstraintViolationException$ = [
	-3,
	n0$2,
	_CVE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1, _R],
	[0, 0]
];
n0_registry$2.registerError(ConstraintViolationException$, ConstraintViolationException);
var CreateAccountStatusNotFoundException$ = [
	-3,
	n0$2,
	_CASNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(CreateAccountStatusNotFoundException$, CreateAccountStatusNotFoundException);
var DestinationParentNotFoundException$ = [
	-3,
	n0$2,
	_DPNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(DestinationParentNotFoundException$, DestinationParentNotFoundException);
var DuplicateAccountException$ = [
	-3,
	n0$2,
	_DAE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(DuplicateAccountException$, DuplicateAccountException);
var DuplicateHandshakeException$ = [
	-3,
	n0$2,
	_DHE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(DuplicateHandshakeException$, DuplicateHandshakeException);
var DuplicateOrganizationalUnitException$ = [
	-3,
	n0$2,
	_DOUE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(DuplicateOrganizationalUnitException$, DuplicateOrganizationalUnitException);
var DuplicatePolicyAttachmentException$ = [
	-3,
	n0$2,
	_DPAE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(DuplicatePolicyAttachmentException$, DuplicatePolicyAttachmentException);
var DuplicatePolicyException$ = [
	-3,
	n0$2,
	_DPE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(DuplicatePolicyException$, DuplicatePolicyException);
var EffectivePolicyNotFoundException$ = [
	-3,
	n0$2,
	_EPNFE,
	{ [_e$2]: _c$2 },
	[_M$1],
	[0]
];
n0_registry$2.registerError(EffectivePolicyNotFoundException$, EffectivePolicyNotFoundException);
var FinalizingOrganizationException$ = [
	-3,
	n0$2,
	_FOE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(FinalizingOrganizationException$, FinalizingOrganizationException);
var HandshakeAlreadyInStateException$ = [
	-3,
	n0$2,
	_HAISE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(HandshakeAlreadyInStateException$, HandshakeAlreadyInStateException);
var HandshakeConstraintViolationException$ = [
	-3,
	n0$2,
	_HCVE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1, _R],
	[0, 0]
];
n0_registry$2.registerError(HandshakeConstraintViolationException$, HandshakeConstraintViolationException);
var HandshakeNotFoundException$ = [
	-3,
	n0$2,
	_HNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(HandshakeNotFoundException$, HandshakeNotFoundException);
var InvalidHandshakeTransitionException$ = [
	-3,
	n0$2,
	_IHTE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(InvalidHandshakeTransitionException$, InvalidHandshakeTransitionException);
var InvalidInputException$ = [
	-3,
	n0$2,
	_IIE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 400
	},
	[_M$1, _R],
	[0, 0]
];
n0_registry$2.registerError(InvalidInputException$, InvalidInputException);
var InvalidResponsibilityTransferTransitionException$ = [
	-3,
	n0$2,
	_IRTTE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(InvalidResponsibilityTransferTransitionException$, InvalidResponsibilityTransferTransitionException);
var MalformedPolicyDocumentException$$1 = [
	-3,
	n0$2,
	_MPDE$1,
	{
		[_e$2]: _c$2,
		[_hE$1]: 400
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(MalformedPolicyDocumentException$$1, MalformedPolicyDocumentException$1);
var MasterCannotLeaveOrganizationException$ = [
	-3,
	n0$2,
	_MCLOE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(MasterCannotLeaveOrganizationException$, MasterCannotLeaveOrganizationException);
var OrganizationalUnitNotEmptyException$ = [
	-3,
	n0$2,
	_OUNEE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(OrganizationalUnitNotEmptyException$, OrganizationalUnitNotEmptyException);
var OrganizationalUnitNotFoundException$ = [
	-3,
	n0$2,
	_OUNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
var OrganizationNotEmptyException$ = [
	-3,
	n0$2,
	_ONEE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(OrganizationNotEmptyException$, OrganizationNotEmptyException);
var ParentNotFoundException$ = [
	-3,
	n0$2,
	_PNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ParentNotFoundException$, ParentNotFoundException);
var PolicyChangesInProgressException$ = [
	-3,
	n0$2,
	_PCIPE,
	{ [_e$2]: _c$2 },
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyChangesInProgressException$, PolicyChangesInProgressException);
var PolicyInUseException$ = [
	-3,
	n0$2,
	_PIUE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyInUseException$, PolicyInUseException);
var PolicyNotAttachedException$ = [
	-3,
	n0$2,
	_PNAE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyNotAttachedException$, PolicyNotAttachedException);
var PolicyNotFoundException$ = [
	-3,
	n0$2,
	_PNFEo,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyNotFoundException$, PolicyNotFoundException);
var PolicyTypeAlreadyEnabledException$ = [
	-3,
	n0$2,
	_PTAEE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyTypeAlreadyEnabledException$, PolicyTypeAlreadyEnabledException);
var PolicyTypeNotAvailableForOrganizationException$ = [
	-3,
	n0$2,
	_PTNAFOE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyTypeNotAvailableForOrganizationException$, PolicyTypeNotAvailableForOrganizationException);
var PolicyTypeNotEnabledException$ = [
	-3,
	n0$2,
	_PTNEE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(PolicyTypeNotEnabledException$, PolicyTypeNotEnabledException);
var ResourcePolicyNotFoundException$ = [
	-3,
	n0$2,
	_RPNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
var ResponsibilityTransferAlreadyInStatusException$ = [
	-3,
	n0$2,
	_RTAISE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 409
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ResponsibilityTransferAlreadyInStatusException$, ResponsibilityTransferAlreadyInStatusException);
var ResponsibilityTransferNotFoundException$ = [
	-3,
	n0$2,
	_RTNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ResponsibilityTransferNotFoundException$, ResponsibilityTransferNotFoundException);
var RootNotFoundException$ = [
	-3,
	n0$2,
	_RNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(RootNotFoundException$, RootNotFoundException);
var ServiceException$ = [
	-3,
	n0$2,
	_SE$1,
	{
		[_e$2]: _se,
		[_hE$1]: 500
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(ServiceException$, ServiceException);
var SourceParentNotFoundException$ = [
	-3,
	n0$2,
	_SPNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(SourceParentNotFoundException$, SourceParentNotFoundException);
var TargetNotFoundException$ = [
	-3,
	n0$2,
	_TNFE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 404
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(TargetNotFoundException$, TargetNotFoundException);
var TooManyRequestsException$ = [
	-3,
	n0$2,
	_TMRE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 429
	},
	[_T$1, _M$1],
	[0, 0]
];
n0_registry$2.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedAPIEndpointException$ = [
	-3,
	n0$2,
	_UAPIEE,
	{
		[_e$2]: _c$2,
		[_hE$1]: 403
	},
	[_M$1],
	[0]
];
n0_registry$2.registerError(UnsupportedAPIEndpointException$, UnsupportedAPIEndpointException);
const errorTypeRegistries$2 = [_s_registry$2, n0_registry$2];
var AccountName = [
	0,
	n0$2,
	_AN,
	8,
	0
];
var Email = [
	0,
	n0$2,
	_E$1,
	8,
	0
];
var Account$ = [
	3,
	n0$2,
	_A$1,
	0,
	[
		_I,
		_Ar,
		_E$1,
		_N,
		_S,
		_St,
		_P$1,
		_JM,
		_JT
	],
	[
		0,
		0,
		[() => Email, 0],
		[() => AccountName, 0],
		0,
		0,
		64,
		0,
		4
	]
];
var ListAccountsRequest$ = [
	3,
	n0$2,
	_LAR,
	0,
	[_NT, _MR$1],
	[0, 1]
];
var ListAccountsResponse$ = [
	3,
	n0$2,
	_LARi,
	0,
	[_Acc, _NT],
	[[() => Accounts, 0], 0]
];
var Accounts = [
	1,
	n0$2,
	_Acc,
	0,
	[() => Account$, 0]
];
var ListAccounts$ = [
	9,
	n0$2,
	_LA,
	0,
	() => ListAccountsRequest$,
	() => ListAccountsResponse$
];
// node_modules/@aws-sdk/client-organizations/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$5 = (config) => {
	return {
		apiVersion: "2016-11-28",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$2,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOrganizationsHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsJson1_1Protocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.organizations",
			errorTypeRegistries: errorTypeRegistries$2,
			xmlNamespace: "http://organizations.amazonaws.com/doc/2016-11-28/",
			version: "2016-11-28",
			serviceTarget: "AWSOrganizationsV20161128"
		},
		serviceId: config?.serviceId ?? "Organizations",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-organizations/dist-es/runtimeConfig.js
const getRuntimeConfig$4 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$5(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$2
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-organizations/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$2 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$2 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-organizations/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$2 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$2(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$2(extensionConfiguration));
};
// node_modules/@aws-sdk/client-organizations/dist-es/OrganizationsClient.js
var OrganizationsClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$4(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$2(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$2(_config_6);
		const _config_8 = resolveRuntimeExtensions$2(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultOrganizationsHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-organizations/dist-es/commandBuilder.js
const command$2 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$2, "AWSOrganizationsV20161128", "OrganizationsClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$2 = {};
const _mw0$2 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-organizations/dist-es/commands/ListAccountsCommand.js
var ListAccountsCommand = class extends command$2(_ep0$2, _mw0$2, "ListAccounts", ListAccounts$) {};
// node_modules/@aws-sdk/client-organizations/dist-es/pagination/ListAccountsPaginator.js
const paginateListAccounts = (0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.createPaginator)(OrganizationsClient, ListAccountsCommand, "NextToken", "NextToken", "MaxResults");
// node_modules/@aws-sdk/client-sagemaker/dist-es/auth/httpAuthSchemeProvider.js
const defaultSageMakerHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
function createAwsAuthSigv4HttpAuthOption$1(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "sagemaker",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
const defaultSageMakerHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		default: options.push(createAwsAuthSigv4HttpAuthOption$1(authParameters));
	}
	return options;
};
const resolveHttpAuthSchemeConfig$1 = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	return Object.assign(config_0, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters$1 = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		defaultSigningName: "sagemaker"
	});
};
const commonParams$1 = {
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-sagemaker/package.json
var version$1 = "3.1142.0";
// node_modules/@aws-sdk/client-sagemaker/dist-es/endpoint/bdd.js
const m$1 = "ref";
const a$1 = -1;
const b$1 = true;
const c$1 = "isSet";
const d$1 = "PartitionResult";
const e$1 = "booleanEquals";
const f$1 = "getAttr";
const g$1 = "stringEquals";
const h$1 = { [m$1]: "Endpoint" };
const i$1 = { [m$1]: d$1 };
const j$1 = {
	"fn": f$1,
	"argv": [i$1, "name"]
};
const k$1 = {};
const l$1 = [{ [m$1]: "Region" }];
const _data$1 = {
	conditions: [
		[c$1, [h$1]],
		[c$1, l$1],
		[
			"aws.partition",
			l$1,
			d$1
		],
		[e$1, [{ [m$1]: "UseFIPS" }, b$1]],
		[e$1, [{ [m$1]: "UseDualStack" }, b$1]],
		[e$1, [{
			fn: f$1,
			argv: [i$1, "supportsDualStack"]
		}, b$1]],
		[e$1, [{
			fn: f$1,
			argv: [i$1, "supportsFIPS"]
		}, b$1]],
		[g$1, [j$1, "aws"]],
		[g$1, [j$1, "aws-us-gov"]]
	],
	results: [
		[a$1],
		[a$1, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a$1, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[h$1, k$1],
		["https://api.sagemaker-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k$1],
		[a$1, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://api-fips.sagemaker.{Region}.amazonaws.com", k$1],
		["https://api.sagemaker-fips.{Region}.{PartitionResult#dnsSuffix}", k$1],
		[a$1, "FIPS is enabled but this partition does not support FIPS"],
		["https://api.sagemaker.{Region}.{PartitionResult#dualStackDnsSuffix}", k$1],
		[a$1, "DualStack is enabled but this partition does not support DualStack"],
		["https://api.sagemaker.{Region}.{PartitionResult#dnsSuffix}", k$1],
		[a$1, "Invalid Configuration: Missing Region"]
	]
};
const root$1 = 2;
const nodes$1 = new Int32Array([
	-1,
	1,
	-1,
	0,
	14,
	3,
	1,
	4,
	100000012,
	2,
	5,
	100000012,
	3,
	8,
	6,
	4,
	7,
	100000011,
	5,
	100000009,
	100000010,
	4,
	12,
	9,
	6,
	10,
	100000008,
	7,
	100000006,
	11,
	8,
	100000006,
	100000007,
	5,
	13,
	100000005,
	6,
	100000004,
	100000005,
	3,
	100000001,
	15,
	4,
	100000002,
	100000003
]);
const bdd$1 = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes$1, root$1, _data$1.conditions, _data$1.results);
// node_modules/@aws-sdk/client-sagemaker/dist-es/endpoint/endpointResolver.js
const cache$1 = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS"
	]
});
const defaultEndpointResolver$1 = (endpointParams, context = {}) => {
	return cache$1.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd$1, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-sagemaker/dist-es/models/SageMakerServiceException.js
var SageMakerServiceException = class SageMakerServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, SageMakerServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/models/errors.js
var ResourceLimitExceeded = class ResourceLimitExceeded extends SageMakerServiceException {
	name = "ResourceLimitExceeded";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ResourceLimitExceeded",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceLimitExceeded.prototype);
		this.Message = opts.Message;
	}
};
var ResourceNotFound = class ResourceNotFound extends SageMakerServiceException {
	name = "ResourceNotFound";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ResourceNotFound",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceNotFound.prototype);
		this.Message = opts.Message;
	}
};
var ConflictException = class ConflictException extends SageMakerServiceException {
	name = "ConflictException";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ConflictException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ConflictException.prototype);
		this.Message = opts.Message;
	}
};
var ResourceInUse = class ResourceInUse extends SageMakerServiceException {
	name = "ResourceInUse";
	$fault = "client";
	Message;
	constructor(opts) {
		super({
			name: "ResourceInUse",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ResourceInUse.prototype);
		this.Message = opts.Message;
	}
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/schemas/schemas_0.js
const _ACR = "AdditionalCodeRepositories";
const _ACRE = "AdditionalCodeRepositoryEquals";
const _ATc = "AcceleratorTypes";
const _CE = "ConflictException";
const _CT = "CreationTime";
const _CTA = "CreationTimeAfter";
const _CTB = "CreationTimeBefore";
const _DCR = "DefaultCodeRepository";
const _DCRC = "DefaultCodeRepositoryContains";
const _DIA = "DirectInternetAccess";
const _DNIIe = "DescribeNotebookInstanceInput";
const _DNIO = "DescribeNotebookInstanceOutput";
const _DNIe = "DescribeNotebookInstance";
const _FR = "FailureReason";
const _IAT = "IpAddressType";
const _IMSC = "InstanceMetadataServiceConfiguration";
const _ITn = "InstanceType";
const _KKI = "KmsKeyId";
const _LMT = "LastModifiedTime";
const _LMTA = "LastModifiedTimeAfter";
const _LMTB = "LastModifiedTimeBefore";
const _LNI = "ListNotebookInstances";
const _LNII = "ListNotebookInstancesInput";
const _LNIO = "ListNotebookInstancesOutput";
const _M = "Message";
const _MIMSV = "MinimumInstanceMetadataServiceVersion";
const _MR = "MaxResults";
const _NCa = "NameContains";
const _NIA = "NotebookInstanceArn";
const _NII = "NetworkInterfaceId";
const _NILCN = "NotebookInstanceLifecycleConfigName";
const _NILCNC = "NotebookInstanceLifecycleConfigNameContains";
const _NIN = "NotebookInstanceName";
const _NIS = "NotebookInstanceStatus";
const _NISL = "NotebookInstanceSummaryList";
const _NISo = "NotebookInstanceSummary";
const _NIot = "NotebookInstances";
const _NTe = "NextToken";
const _PIl = "PlatformIdentifier";
const _RAo = "RoleArn";
const _RAoo = "RootAccess";
const _RIU = "ResourceInUse";
const _RLE = "ResourceLimitExceeded";
const _RNF = "ResourceNotFound";
const _SBo = "SortBy";
const _SE = "StatusEquals";
const _SG = "SecurityGroups";
const _SIub = "SubnetId";
const _SO = "SortOrder";
const _Ur = "Url";
const _VSIGB = "VolumeSizeInGB";
const _c$1 = "client";
const _e$1 = "error";
const _s$1 = "smithy.ts.sdk.synthetic.com.amazonaws.sagemaker";
const n0$1 = "com.amazonaws.sagemaker";
const _s_registry$1 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s$1);
var SageMakerServiceException$ = [
	-3,
	_s$1,
	"SageMakerServiceException",
	0,
	[],
	[]
];
_s_registry$1.registerError(SageMakerServiceException$, SageMakerServiceException);
const n0_registry$1 = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0$1);
var ConflictException$ = [
	-3,
	n0$1,
	_CE,
	{ [_e$1]: _c$1 },
	[_M],
	[0]
];
n0_registry$1.registerError(ConflictException$, ConflictException);
var ResourceInUse$ = [
	-3,
	n0$1,
	_RIU,
	{ [_e$1]: _c$1 },
	[_M],
	[0]
];
n0_registry$1.registerError(ResourceInUse$, ResourceInUse);
var ResourceLimitExceeded$ = [
	-3,
	n0$1,
	_RLE,
	{ [_e$1]: _c$1 },
	[_M],
	[0]
];
n0_registry$1.registerError(ResourceLimitExceeded$, ResourceLimitExceeded);
var ResourceNotFound$ = [
	-3,
	n0$1,
	_RNF,
	{ [_e$1]: _c$1 },
	[_M],
	[0]
];
n0_registry$1.registerError(ResourceNotFound$, ResourceNotFound);
const errorTypeRegistries$1 = [_s_registry$1, n0_registry$1];
var DescribeNotebookInstanceInput$ = [
	3,
	n0$1,
	_DNIIe,
	0,
	[_NIN],
	[0],
	1
];
var DescribeNotebookInstanceOutput$ = [
	3,
	n0$1,
	_DNIO,
	0,
	[
		_NIA,
		_NIN,
		_NIS,
		_FR,
		_Ur,
		_ITn,
		_IAT,
		_SIub,
		_SG,
		_RAo,
		_KKI,
		_NII,
		_LMT,
		_CT,
		_NILCN,
		_DIA,
		_VSIGB,
		_ATc,
		_DCR,
		_ACR,
		_RAoo,
		_PIl,
		_IMSC
	],
	[
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		0,
		64,
		0,
		0,
		0,
		4,
		4,
		0,
		0,
		1,
		64,
		0,
		64,
		0,
		0,
		() => InstanceMetadataServiceConfiguration$
	]
];
var InstanceMetadataServiceConfiguration$ = [
	3,
	n0$1,
	_IMSC,
	0,
	[_MIMSV],
	[0],
	1
];
var ListNotebookInstancesInput$ = [
	3,
	n0$1,
	_LNII,
	0,
	[
		_NTe,
		_MR,
		_SBo,
		_SO,
		_NCa,
		_CTB,
		_CTA,
		_LMTB,
		_LMTA,
		_SE,
		_NILCNC,
		_DCRC,
		_ACRE
	],
	[
		0,
		1,
		0,
		0,
		0,
		4,
		4,
		4,
		4,
		0,
		0,
		0,
		0
	]
];
var ListNotebookInstancesOutput$ = [
	3,
	n0$1,
	_LNIO,
	0,
	[_NTe, _NIot],
	[0, () => NotebookInstanceSummaryList]
];
var NotebookInstanceSummary$ = [
	3,
	n0$1,
	_NISo,
	0,
	[
		_NIN,
		_NIA,
		_NIS,
		_Ur,
		_ITn,
		_CT,
		_LMT,
		_NILCN,
		_DCR,
		_ACR
	],
	[
		0,
		0,
		0,
		0,
		0,
		4,
		4,
		0,
		0,
		64
	],
	2
];
var NotebookInstanceSummaryList = [
	1,
	n0$1,
	_NISL,
	0,
	() => NotebookInstanceSummary$
];
var DescribeNotebookInstance$ = [
	9,
	n0$1,
	_DNIe,
	0,
	() => DescribeNotebookInstanceInput$,
	() => DescribeNotebookInstanceOutput$
];
var ListNotebookInstances$ = [
	9,
	n0$1,
	_LNI,
	0,
	() => ListNotebookInstancesInput$,
	() => ListNotebookInstancesOutput$
];
// node_modules/@aws-sdk/client-sagemaker/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$3 = (config) => {
	return {
		apiVersion: "2017-07-24",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver$1,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSageMakerHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [{
			schemeId: "aws.auth#sigv4",
			identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
			signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
		}],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsJson1_1Protocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.sagemaker",
			errorTypeRegistries: errorTypeRegistries$1,
			xmlNamespace: "http://sagemaker.amazonaws.com/doc/2017-05-13/",
			version: "2017-07-24",
			serviceTarget: "SageMaker"
		},
		serviceId: config?.serviceId ?? "SageMaker",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/runtimeConfig.js
const getRuntimeConfig$2 = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$3(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version$1
		}),
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration$1 = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig$1 = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions$1 = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration$1(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig$1(extensionConfiguration));
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/SageMakerClient.js
var SageMakerClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig$2(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters$1(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig$1(_config_6);
		const _config_8 = resolveRuntimeExtensions$1(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultSageMakerHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({ "aws.auth#sigv4": config.credentials })
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-sagemaker/dist-es/commandBuilder.js
const command$1 = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams$1, "SageMaker", "SageMakerClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0$1 = {};
const _mw0$1 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-sagemaker/dist-es/commands/DescribeNotebookInstanceCommand.js
var DescribeNotebookInstanceCommand = class extends command$1(_ep0$1, _mw0$1, "DescribeNotebookInstance", DescribeNotebookInstance$) {};
// node_modules/@aws-sdk/client-sagemaker/dist-es/commands/ListNotebookInstancesCommand.js
var ListNotebookInstancesCommand = class extends command$1(_ep0$1, _mw0$1, "ListNotebookInstances", ListNotebookInstances$) {};
// node_modules/@aws-sdk/client-sts/dist-es/endpoint/bdd.js
const q = "ref";
const a = -1;
const b = true;
const c = "isSet";
const d = "PartitionResult";
const e = "booleanEquals";
const f = "stringEquals";
const g = "getAttr";
const h = "us-east-1";
const i = "sigv4";
const j = "sts";
const k = "https://sts.{Region}.{PartitionResult#dnsSuffix}";
const l = { [q]: "Endpoint" };
const m = { [q]: "Region" };
const n = { [q]: d };
const o = {};
const p = [m];
const _data = {
	conditions: [
		[c, [l]],
		[c, p],
		[
			"aws.partition",
			p,
			d
		],
		[e, [{ [q]: "UseFIPS" }, b]],
		[e, [{ [q]: "UseDualStack" }, b]],
		[f, [m, "aws-global"]],
		[e, [{ [q]: "UseGlobalEndpoint" }, b]],
		[f, [m, "eu-central-1"]],
		[e, [{
			fn: g,
			argv: [n, "supportsDualStack"]
		}, b]],
		[e, [{
			fn: g,
			argv: [n, "supportsFIPS"]
		}, b]],
		[f, [m, "ap-south-1"]],
		[f, [m, "eu-north-1"]],
		[f, [m, "eu-west-1"]],
		[f, [m, "eu-west-2"]],
		[f, [m, "eu-west-3"]],
		[f, [m, "sa-east-1"]],
		[f, [m, h]],
		[f, [m, "us-east-2"]],
		[f, [m, "us-west-2"]],
		[f, [m, "us-west-1"]],
		[f, [m, "ca-central-1"]],
		[f, [m, "ap-southeast-1"]],
		[f, [m, "ap-northeast-1"]],
		[f, [m, "ap-southeast-2"]],
		[f, [{
			fn: g,
			argv: [n, "name"]
		}, "aws-us-gov"]]
	],
	results: [
		[a],
		["https://sts.amazonaws.com", { authSchemes: [{
			name: i,
			signingName: j,
			signingRegion: h
		}] }],
		[k, { authSchemes: [{
			name: i,
			signingName: j,
			signingRegion: "{Region}"
		}] }],
		[a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
		[a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
		[l, o],
		["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
		[a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
		["https://sts.{Region}.amazonaws.com", o],
		["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
		[a, "FIPS is enabled but this partition does not support FIPS"],
		["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
		[a, "DualStack is enabled but this partition does not support DualStack"],
		[k, o],
		[a, "Invalid Configuration: Missing Region"]
	]
};
const root = 2;
const nodes = new Int32Array([
	-1,
	1,
	-1,
	0,
	30,
	3,
	1,
	4,
	100000014,
	2,
	5,
	100000014,
	3,
	25,
	6,
	4,
	24,
	7,
	5,
	100000001,
	8,
	6,
	9,
	100000013,
	7,
	100000001,
	10,
	10,
	100000001,
	11,
	11,
	100000001,
	12,
	12,
	100000001,
	13,
	13,
	100000001,
	14,
	14,
	100000001,
	15,
	15,
	100000001,
	16,
	16,
	100000001,
	17,
	17,
	100000001,
	18,
	18,
	100000001,
	19,
	19,
	100000001,
	20,
	20,
	100000001,
	21,
	21,
	100000001,
	22,
	22,
	100000001,
	23,
	23,
	100000001,
	100000002,
	8,
	100000011,
	100000012,
	4,
	28,
	26,
	9,
	27,
	100000010,
	24,
	100000008,
	100000009,
	8,
	29,
	100000007,
	9,
	100000006,
	100000007,
	3,
	100000003,
	31,
	4,
	100000004,
	100000005
]);
const bdd = _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
// node_modules/@aws-sdk/client-sts/dist-es/endpoint/endpointResolver.js
const cache = new _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.EndpointCache({
	size: 50,
	params: [
		"Endpoint",
		"Region",
		"UseDualStack",
		"UseFIPS",
		"UseGlobalEndpoint"
	]
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
	return cache.get(endpointParams, () => (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.decideEndpoint)(bdd, {
		endpointParams,
		logger: context.logger
	}));
};
_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.customEndpointFunctions.aws = _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.awsEndpointFunctions;
// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthSchemeProvider.js
const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
	if (!input) throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
	const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
	const instructionsFn = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
	if (!instructionsFn) throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
	const endpointParameters = await (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveParams)(input, { getEndpointParameterInstructions: instructionsFn }, config);
	return Object.assign(defaultParameters, endpointParameters);
};
const _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => {
	return {
		operation: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getSmithyContext)(context).operation,
		region: await (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.region)() || (() => {
			throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
		})()
	};
};
const defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption(authParameters) {
	return {
		schemeId: "aws.auth#sigv4",
		signingProperties: {
			name: "sts",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
	return {
		schemeId: "aws.auth#sigv4a",
		signingProperties: {
			name: "sts",
			region: authParameters.region
		},
		propertiesExtractor: (config, context) => ({ signingProperties: {
			config,
			context
		} })
	};
}
function createSmithyApiNoAuthHttpAuthOption(authParameters) {
	return { schemeId: "smithy.api#noAuth" };
}
const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
	const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
		const authSchemes = defaultEndpointResolver(authParameters).properties?.authSchemes;
		if (!authSchemes) return defaultHttpAuthSchemeResolver(authParameters);
		const options = [];
		for (const scheme of authSchemes) {
			const { name: resolvedName, properties = {}, ...rest } = scheme;
			const name = resolvedName.toLowerCase();
			if (resolvedName !== name) console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
			let schemeId;
			if (name === "sigv4a") {
				schemeId = "aws.auth#sigv4a";
				const sigv4Present = authSchemes.find((s) => {
					const name = s.name.toLowerCase();
					return name !== "sigv4a" && name.startsWith("sigv4");
				});
				if (_aws_sdk_signature_v4_multi_region__WEBPACK_IMPORTED_MODULE_16__.SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) continue;
			} else if (name.startsWith("sigv4")) schemeId = "aws.auth#sigv4";
			else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
			const createOption = createHttpAuthOptionFunctions[schemeId];
			if (!createOption) throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
			const option = createOption(authParameters);
			option.schemeId = schemeId;
			option.signingProperties = {
				...option.signingProperties || {},
				...rest,
				...properties
			};
			options.push(option);
		}
		return options;
	};
	return endpointRuleSetHttpAuthSchemeProvider;
};
const _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
	const options = [];
	switch (authParameters.operation) {
		case "AssumeRoleWithSAML":
			options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
			options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
			break;
		case "AssumeRoleWithWebIdentity":
			options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
			options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
			break;
		default:
			options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
			options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
	}
	return options;
};
const defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSTSHttpAuthSchemeProvider, {
	"aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
	"aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
	"smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
});
const resolveHttpAuthSchemeConfig = (config) => {
	const config_0 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4Config)(config);
	const config_1 = (0,_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.resolveAwsSdkSigV4AConfig)(config_0);
	return Object.assign(config_1, { authSchemePreference: (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.normalizeProvider)(config.authSchemePreference ?? []) });
};
// node_modules/@aws-sdk/client-sts/dist-es/endpoint/EndpointParameters.js
const resolveClientEndpointParameters = (options) => {
	return Object.assign(options, {
		useDualstackEndpoint: options.useDualstackEndpoint ?? false,
		useFipsEndpoint: options.useFipsEndpoint ?? false,
		useGlobalEndpoint: options.useGlobalEndpoint ?? false,
		defaultSigningName: "sts"
	});
};
const commonParams = {
	UseGlobalEndpoint: {
		type: "builtInParams",
		name: "useGlobalEndpoint"
	},
	UseFIPS: {
		type: "builtInParams",
		name: "useFipsEndpoint"
	},
	Endpoint: {
		type: "builtInParams",
		name: "endpoint"
	},
	Region: {
		type: "builtInParams",
		name: "region"
	},
	UseDualStack: {
		type: "builtInParams",
		name: "useDualstackEndpoint"
	}
};
// node_modules/@aws-sdk/client-sts/package.json
var version = "3.1169.0";
// node_modules/@aws-sdk/client-sts/dist-es/models/STSServiceException.js
var STSServiceException = class STSServiceException extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.ServiceException {
	static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
	constructor(options) {
		super(options);
		Object.setPrototypeOf(this, STSServiceException.prototype);
	}
};
// node_modules/@aws-sdk/client-sts/dist-es/models/errors.js
var ExpiredTokenException = class ExpiredTokenException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#ExpiredTokenException";
	name = "ExpiredTokenException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ExpiredTokenException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ExpiredTokenException.prototype);
	}
};
var MalformedPolicyDocumentException = class MalformedPolicyDocumentException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
	name = "MalformedPolicyDocumentException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "MalformedPolicyDocumentException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
	}
};
var PackedPolicyTooLargeException = class PackedPolicyTooLargeException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
	name = "PackedPolicyTooLargeException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "PackedPolicyTooLargeException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, PackedPolicyTooLargeException.prototype);
	}
};
var RegionDisabledException = class RegionDisabledException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#RegionDisabledException";
	name = "RegionDisabledException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "RegionDisabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, RegionDisabledException.prototype);
	}
};
var IDPRejectedClaimException = class IDPRejectedClaimException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
	name = "IDPRejectedClaimException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "IDPRejectedClaimException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, IDPRejectedClaimException.prototype);
	}
};
var InvalidIdentityTokenException = class InvalidIdentityTokenException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
	name = "InvalidIdentityTokenException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidIdentityTokenException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidIdentityTokenException.prototype);
	}
};
var IDPCommunicationErrorException = class IDPCommunicationErrorException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
	name = "IDPCommunicationErrorException";
	$fault = "client";
	$retryable = {};
	constructor(opts) {
		super({
			name: "IDPCommunicationErrorException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, IDPCommunicationErrorException.prototype);
	}
};
var InvalidAuthorizationMessageException = class InvalidAuthorizationMessageException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#InvalidAuthorizationMessageException";
	name = "InvalidAuthorizationMessageException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "InvalidAuthorizationMessageException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, InvalidAuthorizationMessageException.prototype);
	}
};
var ExpiredTradeInTokenException = class ExpiredTradeInTokenException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#ExpiredTradeInTokenException";
	name = "ExpiredTradeInTokenException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "ExpiredTradeInTokenException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, ExpiredTradeInTokenException.prototype);
	}
};
var JWTPayloadSizeExceededException = class JWTPayloadSizeExceededException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#JWTPayloadSizeExceededException";
	name = "JWTPayloadSizeExceededException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "JWTPayloadSizeExceededException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, JWTPayloadSizeExceededException.prototype);
	}
};
var OutboundWebIdentityFederationDisabledException = class OutboundWebIdentityFederationDisabledException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";
	name = "OutboundWebIdentityFederationDisabledException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "OutboundWebIdentityFederationDisabledException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, OutboundWebIdentityFederationDisabledException.prototype);
	}
};
var SessionDurationEscalationException = class SessionDurationEscalationException extends STSServiceException {
	static shapeId = "com.amazonaws.sts#SessionDurationEscalationException";
	name = "SessionDurationEscalationException";
	$fault = "client";
	constructor(opts) {
		super({
			name: "SessionDurationEscalationException",
			$fault: "client",
			...opts
		});
		Object.setPrototypeOf(this, SessionDurationEscalationException.prototype);
	}
};
// node_modules/@aws-sdk/client-sts/dist-es/schemas/schemas_0.js
const _A = "Arn";
const _AKI = "AccessKeyId";
const _AR = "AssumeRole";
const _ARI = "AssumedRoleId";
const _ARR = "AssumeRoleRequest";
const _ARRs = "AssumeRoleResponse";
const _ARU = "AssumedRoleUser";
const _ARWWI = "AssumeRoleWithWebIdentity";
const _ARWWIR = "AssumeRoleWithWebIdentityRequest";
const _ARWWIRs = "AssumeRoleWithWebIdentityResponse";
const _Ac = "Account";
const _Au = "Audience";
const _C = "Credentials";
const _CA = "ContextAssertion";
const _DS = "DurationSeconds";
const _E = "Expiration";
const _EI = "ExternalId";
const _ETE = "ExpiredTokenException";
const _ETITE = "ExpiredTradeInTokenException";
const _GCI = "GetCallerIdentity";
const _GCIR = "GetCallerIdentityRequest";
const _GCIRe = "GetCallerIdentityResponse";
const _IAME = "InvalidAuthorizationMessageException";
const _IDPCEE = "IDPCommunicationErrorException";
const _IDPRCE = "IDPRejectedClaimException";
const _IITE = "InvalidIdentityTokenException";
const _JWTPSEE = "JWTPayloadSizeExceededException";
const _K = "Key";
const _MPDE = "MalformedPolicyDocumentException";
const _MSTS = "MinimumSessionTokenSize";
const _OWIFDE = "OutboundWebIdentityFederationDisabledException";
const _P = "Policy";
const _PA = "PolicyArns";
const _PAro = "ProviderArn";
const _PC = "ProvidedContexts";
const _PCLT = "ProvidedContextsListType";
const _PCr = "ProvidedContext";
const _PDT = "PolicyDescriptorType";
const _PI = "ProviderId";
const _PPS = "PackedPolicySize";
const _PPTLE = "PackedPolicyTooLargeException";
const _Pr = "Provider";
const _RA = "RoleArn";
const _RDE = "RegionDisabledException";
const _RSN = "RoleSessionName";
const _SAK = "SecretAccessKey";
const _SDEE = "SessionDurationEscalationException";
const _SFWIT = "SubjectFromWebIdentityToken";
const _SI = "SourceIdentity";
const _SN = "SerialNumber";
const _STS = "SessionTokenSize";
const _STU = "SessionTokenUtilization";
const _STe = "SessionToken";
const _T = "Tags";
const _TC = "TokenCode";
const _TTK = "TransitiveTagKeys";
const _Ta = "Tag";
const _UI = "UserId";
const _V = "Value";
const _WIT = "WebIdentityToken";
const _a = "arn";
const _aKST = "accessKeySecretType";
const _aQE = "awsQueryError";
const _c = "client";
const _cTT = "clientTokenType";
const _e = "error";
const _hE = "httpError";
const _m = "message";
const _pDLT = "policyDescriptorListType";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
const _tLT = "tagListType";
const n0 = "com.amazonaws.sts";
const _s_registry = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(_s);
var STSServiceException$ = [
	-3,
	_s,
	"STSServiceException",
	0,
	[],
	[]
];
_s_registry.registerError(STSServiceException$, STSServiceException);
const n0_registry = new _smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.TypeRegistry(n0);
var ExpiredTokenException$ = [
	-3,
	n0,
	_ETE,
	{
		[_aQE]: [`ExpiredTokenException`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
var ExpiredTradeInTokenException$ = [
	-3,
	n0,
	_ETITE,
	{
		[_aQE]: [`ExpiredTradeInTokenException`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
var IDPCommunicationErrorException$ = [
	-3,
	n0,
	_IDPCEE,
	{
		[_aQE]: [`IDPCommunicationError`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
var IDPRejectedClaimException$ = [
	-3,
	n0,
	_IDPRCE,
	{
		[_aQE]: [`IDPRejectedClaim`, 403],
		[_e]: _c,
		[_hE]: 403
	},
	[_m],
	[0]
];
n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
var InvalidAuthorizationMessageException$ = [
	-3,
	n0,
	_IAME,
	{
		[_aQE]: [`InvalidAuthorizationMessageException`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
var InvalidIdentityTokenException$ = [
	-3,
	n0,
	_IITE,
	{
		[_aQE]: [`InvalidIdentityToken`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
var JWTPayloadSizeExceededException$ = [
	-3,
	n0,
	_JWTPSEE,
	{
		[_aQE]: [`JWTPayloadSizeExceededException`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
var MalformedPolicyDocumentException$ = [
	-3,
	n0,
	_MPDE,
	{
		[_aQE]: [`MalformedPolicyDocument`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var OutboundWebIdentityFederationDisabledException$ = [
	-3,
	n0,
	_OWIFDE,
	{
		[_aQE]: [`OutboundWebIdentityFederationDisabledException`, 403],
		[_e]: _c,
		[_hE]: 403
	},
	[_m],
	[0]
];
n0_registry.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
var PackedPolicyTooLargeException$ = [
	-3,
	n0,
	_PPTLE,
	{
		[_aQE]: [`PackedPolicyTooLarge`, 400],
		[_e]: _c,
		[_hE]: 400
	},
	[_m],
	[0]
];
n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
var RegionDisabledException$ = [
	-3,
	n0,
	_RDE,
	{
		[_aQE]: [`RegionDisabledException`, 403],
		[_e]: _c,
		[_hE]: 403
	},
	[_m],
	[0]
];
n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
var SessionDurationEscalationException$ = [
	-3,
	n0,
	_SDEE,
	{
		[_aQE]: [`SessionDurationEscalationException`, 403],
		[_e]: _c,
		[_hE]: 403
	},
	[_m],
	[0]
];
n0_registry.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
const errorTypeRegistries = [_s_registry, n0_registry];
var accessKeySecretType = [
	0,
	n0,
	_aKST,
	8,
	0
];
var clientTokenType = [
	0,
	n0,
	_cTT,
	8,
	0
];
var AssumedRoleUser$ = [
	3,
	n0,
	_ARU,
	0,
	[_ARI, _A],
	[0, 0],
	2
];
var AssumeRoleRequest$ = [
	3,
	n0,
	_ARR,
	0,
	[
		_RA,
		_RSN,
		_PA,
		_P,
		_DS,
		_T,
		_TTK,
		_EI,
		_SN,
		_TC,
		_SI,
		_PC,
		_MSTS
	],
	[
		0,
		0,
		() => policyDescriptorListType,
		0,
		1,
		() => tagListType,
		64,
		0,
		0,
		0,
		0,
		() => ProvidedContextsListType,
		1
	],
	2
];
var AssumeRoleResponse$ = [
	3,
	n0,
	_ARRs,
	0,
	[
		_C,
		_ARU,
		_PPS,
		_SI,
		_STU,
		_STS
	],
	[
		[() => Credentials$, 0],
		() => AssumedRoleUser$,
		1,
		0,
		1,
		1
	]
];
var AssumeRoleWithWebIdentityRequest$ = [
	3,
	n0,
	_ARWWIR,
	0,
	[
		_RA,
		_RSN,
		_WIT,
		_PI,
		_PA,
		_P,
		_DS,
		_MSTS
	],
	[
		0,
		0,
		[() => clientTokenType, 0],
		0,
		() => policyDescriptorListType,
		0,
		1,
		1
	],
	3
];
var AssumeRoleWithWebIdentityResponse$ = [
	3,
	n0,
	_ARWWIRs,
	0,
	[
		_C,
		_SFWIT,
		_ARU,
		_PPS,
		_Pr,
		_Au,
		_SI,
		_STU,
		_STS
	],
	[
		[() => Credentials$, 0],
		0,
		() => AssumedRoleUser$,
		1,
		0,
		0,
		0,
		1,
		1
	]
];
var Credentials$ = [
	3,
	n0,
	_C,
	0,
	[
		_AKI,
		_SAK,
		_STe,
		_E
	],
	[
		0,
		[() => accessKeySecretType, 0],
		0,
		4
	],
	4
];
var GetCallerIdentityRequest$ = [
	3,
	n0,
	_GCIR,
	0,
	[],
	[]
];
var GetCallerIdentityResponse$ = [
	3,
	n0,
	_GCIRe,
	0,
	[
		_UI,
		_Ac,
		_A
	],
	[
		0,
		0,
		0
	]
];
var PolicyDescriptorType$ = [
	3,
	n0,
	_PDT,
	0,
	[_a],
	[0]
];
var ProvidedContext$ = [
	3,
	n0,
	_PCr,
	0,
	[_PAro, _CA],
	[0, 0]
];
var Tag$ = [
	3,
	n0,
	_Ta,
	0,
	[_K, _V],
	[0, 0],
	2
];
var policyDescriptorListType = [
	1,
	n0,
	_pDLT,
	0,
	() => PolicyDescriptorType$
];
var ProvidedContextsListType = [
	1,
	n0,
	_PCLT,
	0,
	() => ProvidedContext$
];
var tagListType = [
	1,
	n0,
	_tLT,
	0,
	() => Tag$
];
var AssumeRole$ = [
	9,
	n0,
	_AR,
	0,
	() => AssumeRoleRequest$,
	() => AssumeRoleResponse$
];
var AssumeRoleWithWebIdentity$ = [
	9,
	n0,
	_ARWWI,
	0,
	() => AssumeRoleWithWebIdentityRequest$,
	() => AssumeRoleWithWebIdentityResponse$
];
var GetCallerIdentity$ = [
	9,
	n0,
	_GCI,
	0,
	() => GetCallerIdentityRequest$,
	() => GetCallerIdentityResponse$
];
// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.shared.js
const getRuntimeConfig$1 = (config) => {
	return {
		apiVersion: "2011-06-15",
		base64Decoder: config?.base64Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromBase64,
		base64Encoder: config?.base64Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toBase64,
		disableHostPrefix: config?.disableHostPrefix ?? false,
		endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
		extensions: config?.extensions ?? [],
		httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
		httpAuthSchemes: config?.httpAuthSchemes ?? [
			{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
				signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
			},
			{
				schemeId: "aws.auth#sigv4a",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
				signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4ASigner()
			},
			{
				schemeId: "smithy.api#noAuth",
				identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
				signer: new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.NoAuthSigner()
			}
		],
		logger: config?.logger ?? new _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.NoOpLogger(),
		protocol: config?.protocol ?? _aws_sdk_core_protocols__WEBPACK_IMPORTED_MODULE_7__.AwsQueryProtocol,
		protocolSettings: config?.protocolSettings ?? {
			defaultNamespace: "com.amazonaws.sts",
			errorTypeRegistries,
			xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
			version: "2011-06-15",
			serviceTarget: "AWSSecurityTokenServiceV20110615"
		},
		serviceId: config?.serviceId ?? "STS",
		sha256: config?.sha256 ?? _smithy_core_checksum__WEBPACK_IMPORTED_MODULE_8__.Sha256,
		signerConstructor: config?.signerConstructor ?? _aws_sdk_signature_v4_multi_region__WEBPACK_IMPORTED_MODULE_16__.SignatureV4MultiRegion,
		urlParser: config?.urlParser ?? _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.parseUrl,
		utf8Decoder: config?.utf8Decoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.fromUtf8,
		utf8Encoder: config?.utf8Encoder ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.toUtf8
	};
};
// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.js
const getRuntimeConfig = (config) => {
	(0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.emitWarningIfUnsupportedVersion)(process.version);
	const defaultsMode = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveDefaultsModeConfig)(config);
	const defaultConfigProvider = () => defaultsMode().then(_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.loadConfigsForDefaultMode);
	const clientSharedValues = getRuntimeConfig$1(config);
	(0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.emitWarningIfUnsupportedVersion)(process.version);
	const loaderConfig = {
		profile: config?.profile,
		logger: clientSharedValues.logger
	};
	return {
		...clientSharedValues,
		...config,
		runtime: "node",
		defaultsMode,
		authSchemePreference: config?.authSchemePreference ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
		bodyLengthChecker: config?.bodyLengthChecker ?? _smithy_core_serde__WEBPACK_IMPORTED_MODULE_6__.calculateBodyLength,
		credentialDefaultProvider: config?.credentialDefaultProvider ?? _aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6,
		defaultSocketTimeout: (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getDefaultSocketTimeout)(config?.requestHandler, 3e5),
		defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.createDefaultUserAgentProvider)({
			serviceId: clientSharedValues.serviceId,
			clientVersion: version
		}),
		httpAuthSchemes: config?.httpAuthSchemes ?? [
			{
				schemeId: "aws.auth#sigv4",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await (0,_aws_sdk_credential_provider_node__WEBPACK_IMPORTED_MODULE_11__/* .defaultProvider */ .v6)(idProps?.__config || {})()),
				signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4Signer()
			},
			{
				schemeId: "aws.auth#sigv4a",
				identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
				signer: new _aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.AwsSdkSigV4ASigner()
			},
			{
				schemeId: "smithy.api#noAuth",
				identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
				signer: new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.NoAuthSigner()
			}
		],
		maxAttempts: config?.maxAttempts ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
		region: config?.region ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_OPTIONS, {
			..._smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_REGION_CONFIG_FILE_OPTIONS,
			...loaderConfig
		}),
		requestHandler: _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
		retryMode: config?.retryMode ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)({
			..._smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.NODE_RETRY_MODE_CONFIG_OPTIONS,
			default: async () => (await defaultConfigProvider()).retryMode || _smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.DEFAULT_RETRY_MODE
		}, config),
		sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_httpAuthSchemes__WEBPACK_IMPORTED_MODULE_2__.NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
		streamCollector: config?.streamCollector ?? _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_13__.streamCollector,
		useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		useFipsEndpoint: config?.useFipsEndpoint ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
		userAgentAppId: config?.userAgentAppId ?? (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.loadConfig)(_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
	};
};
// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
	const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
	let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
	let _credentials = runtimeConfig.credentials;
	return {
		setHttpAuthScheme(httpAuthScheme) {
			const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
			if (index === -1) _httpAuthSchemes.push(httpAuthScheme);
			else _httpAuthSchemes.splice(index, 1, httpAuthScheme);
		},
		httpAuthSchemes() {
			return _httpAuthSchemes;
		},
		setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
			_httpAuthSchemeProvider = httpAuthSchemeProvider;
		},
		httpAuthSchemeProvider() {
			return _httpAuthSchemeProvider;
		},
		setCredentials(credentials) {
			_credentials = credentials;
		},
		credentials() {
			return _credentials;
		}
	};
};
const resolveHttpAuthRuntimeConfig = (config) => {
	return {
		httpAuthSchemes: config.httpAuthSchemes(),
		httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
		credentials: config.credentials()
	};
};
// node_modules/@aws-sdk/client-sts/dist-es/runtimeExtensions.js
const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
	const extensionConfiguration = Object.assign((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.getDefaultExtensionConfiguration)(runtimeConfig), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
	extensions.forEach((extension) => extension.configure(extensionConfiguration));
	return Object.assign(runtimeConfig, (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};
// node_modules/@aws-sdk/client-sts/dist-es/STSClient.js
var STSClient = class extends _smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.Client {
	config;
	constructor(...[configuration]) {
		const _config_0 = getRuntimeConfig(configuration || {});
		super(_config_0);
		this.initConfig = _config_0;
		const _config_1 = resolveClientEndpointParameters(_config_0);
		const _config_2 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveUserAgentConfig)(_config_1);
		const _config_3 = (0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.resolveRetryConfig)(_config_2);
		const _config_4 = (0,_smithy_core_config__WEBPACK_IMPORTED_MODULE_10__.resolveRegionConfig)(_config_3);
		const _config_5 = (0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.resolveHostHeaderConfig)(_config_4);
		const _config_6 = (0,_smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.resolveEndpointConfig)(_config_5);
		const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
		const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
		this.config = _config_8;
		this.middlewareStack.use((0,_smithy_core_schema__WEBPACK_IMPORTED_MODULE_5__.getSchemaSerdePlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getUserAgentPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_retry__WEBPACK_IMPORTED_MODULE_12__.getRetryPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core_protocols__WEBPACK_IMPORTED_MODULE_9__.getContentLengthPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getHostHeaderPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getLoggerPlugin)(this.config));
		this.middlewareStack.use((0,_aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_4__.getRecursionDetectionPlugin)(this.config));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
			httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
			identityProviderConfigProvider: async (config) => new _smithy_core__WEBPACK_IMPORTED_MODULE_14__.DefaultIdentityProviderConfig({
				"aws.auth#sigv4": config.credentials,
				"aws.auth#sigv4a": config.credentials
			})
		}));
		this.middlewareStack.use((0,_smithy_core__WEBPACK_IMPORTED_MODULE_14__.getHttpSigningPlugin)(this.config));
	}
	destroy() {
		super.destroy();
	}
};
// node_modules/@aws-sdk/client-sts/dist-es/commandBuilder.js
const command = (0,_smithy_core_client__WEBPACK_IMPORTED_MODULE_1__.makeBuilder)(commonParams, "AWSSecurityTokenServiceV20110615", "STSClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_3__.getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];
// node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleCommand.js
var AssumeRoleCommand = class extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {};
// node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleWithWebIdentityCommand.js
var AssumeRoleWithWebIdentityCommand = class extends command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {};
// node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js
var GetCallerIdentityCommand = class extends command(_ep0, _mw0, "GetCallerIdentity", GetCallerIdentity$) {};



/***/ }),

/***/ 7733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ signIn)
/* harmony export */ });
/* unused harmony exports SignInError, MISSING_ID_TOKEN_PERMISSION, decodeJwtClaims, fetchIdToken, assumedAccount */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7309);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6933);
/* harmony import */ var _sdk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5041);



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
            const id = await clients.sts(_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CHAIN */ .GK, homeRegion).send(new _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .GetCallerIdentityCommand */ .zI({}));
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
        assumed = await clients.sts(_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSIGNED */ .ke, homeRegion).send(new _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .AssumeRoleWithWebIdentityCommand */ .WH({
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
        const id = await clients.sts(session, homeRegion).send(new _sdk_js__WEBPACK_IMPORTED_MODULE_2__/* .GetCallerIdentityCommand */ .zI({}));
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
/* harmony export */   f4: () => (/* binding */ writeAll),
/* harmony export */   k0: () => (/* binding */ UnsafePathError),
/* harmony export */   kD: () => (/* binding */ linkProblem),
/* harmony export */   nm: () => (/* binding */ writeFileSafe),
/* harmony export */   os: () => (/* binding */ readFileSafe)
/* harmony export */ });
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
/** UTF-16 code units of a file's text encoded at a time (UTF-8 takes at most 3 bytes for each). */
const WRITE_CHUNK_CHARS = 16 * 1024;
/**
 * The one buffer every text is encoded into, a chunk at a time (writes are synchronous, so it is never
 * in use twice). Encoding a large text whole made a buffer of its size outside V8's heap, kept until
 * a collection freed it: the detection files of a 100,000-instance audit are ~36 MB.
 */
const writeChunk = Buffer.allocUnsafe(WRITE_CHUNK_CHARS * 3);
/**
 * Writes the whole string to the descriptor as UTF-8 (writeSync may write less than asked): the bytes
 * of `Buffer.from(content)`, a surrogate pair never cut between two chunks.
 */
function writeAll(fd, content) {
    for (let at = 0; at < content.length;) {
        let end = Math.min(at + WRITE_CHUNK_CHARS, content.length);
        const last = content.charCodeAt(end - 1);
        if (end < content.length && last >= 0xd800 && last <= 0xdbff)
            end--;
        const length = writeChunk.write(content.substring(at, end), 0, 'utf8');
        let off = 0;
        while (off < length)
            off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, writeChunk, off, length - off);
        at = end;
    }
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
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
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
            // The sums are on the instances now. The readers' maps (an entry per instance measured) would
            // otherwise stay alive, with this stream, through the reports: 3.6 MB of a 100,000-instance
            // audit's live heap (docs/performance.md).
            v1Usage.usage.clear();
            rejectedUsage.usage.clear();
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
/**
 * mode: audit \u2014 read-only. The nightly audit and the required check on infrastructure pull requests:
 *
 *   inputs \u2192 sign in \u2192 inventory (IMDSv1 usage read while the scan runs) \u2192 [the IaC check] \u2192 assessment \u2192
 *   reports \u2192 gate
 *
 * With `iac` set and no way into AWS (a fork's pull request, no role), the IaC check runs alone, offline.
 */








/** How often the run's thread is looked at for idleness while the scan starts (ms). */
const IDLE_SAMPLE_MS = 20;
/** The share of a sample's time the run's thread may have been busy and still count as idle. */
const IDLE_UTILIZATION = 0.5;
/**
 * Runs `work` the first time the run's thread is mostly idle (waiting on AWS) after `start`; `stop`
 * gives up waiting. Used for the reports: loaded then, they are not loaded before the scan's first call
 * or after it, and a scan that ends first leaves them to the reports.
 */
function whenIdle(work) {
    let timer;
    return {
        start: () => {
            let last = external_node_perf_hooks_.performance.eventLoopUtilization();
            timer = setInterval(() => {
                const now = external_node_perf_hooks_.performance.eventLoopUtilization();
                const busy = external_node_perf_hooks_.performance.eventLoopUtilization(now, last).utilization;
                last = now;
                if (busy >= IDLE_UTILIZATION)
                    return;
                clearInterval(timer);
                work();
            }, IDLE_SAMPLE_MS);
        },
        stop: () => clearInterval(timer),
    };
}
/**
 * Loads the report stack. Never rejects: a module that cannot be loaded fails again, and says why,
 * when the reports need it.
 */
async function prepareReports() {
    try {
        await (0,judge/* loadReportStack */.t0)();
    }
    catch {
        // Left to the reports' own load.
    }
}
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
        await (await (0,judge/* loadReportStack */.t0)()).publishIacOnly(settings, iac, deps);
        deps.outputs.set('passed', iac.gateFailures.length === 0);
        return { passed: iac.gateFailures.length === 0, failures: iac.gateFailures };
    }
    const session = await (0,aws_session/* signIn */.Jv)((0,options/* signInOptions */.Bt)(settings), deps.clients, deps.idToken, deps.log, deps.env);
    const usage = v1UsageStream({
        days: settings.remediation.v1UsageDays,
        concurrency: settings.scope.concurrency,
        includeStopped: settings.scope.includeStopped,
    }, deps);
    // The reports' modules load while the scan waits on AWS, not before its first call or after it:
    // once every region's scan has started, at the first moment the run's thread is idle.
    const warm = whenIdle(() => void prepareReports());
    const { inventory, sessions } = await (0,collect/* collectInventory */.r)((0,options/* collectOptions */.Dn)(settings, session, deps, {
        onInstances: usage.add,
        onRegionScanned: usage.flush,
        onScanStarted: warm.start,
    }), session, deps.clients, deps.log, deps.now).finally(warm.stop);
    await usage.finish(inventory, sessions);
    const iac = iacOn ? await judgeIac(settings, deps, session, inventory.accountDefaults) : undefined;
    return (0,judge/* judgeAndPublish */.Uh)(settings, deps, inventory, undefined, iac);
}
/** The IaC stage, its annotations on the diff. Its parsers are loaded only when `iac` is set. */
async function judgeIac(settings, deps, session, knownDefaults) {
    const { runIacStage } = await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(619), __webpack_require__.e(451), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 8502));
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
            return (await Promise.all(/* import() */[__webpack_require__.e(210), __webpack_require__.e(382), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 6408))).mergeMode(settings, deps);
        case 'plan':
            return (await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(175), __webpack_require__.e(619), __webpack_require__.e(221), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 3015))).planMode(settings, deps);
        case 'plan-rollback':
            return (await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(157), __webpack_require__.e(175), __webpack_require__.e(619), __webpack_require__.e(221), __webpack_require__.e(581), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 5773))).planRollbackMode(settings, deps);
        case 'apply':
        case 'rollback':
            return (await Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(157), __webpack_require__.e(175), __webpack_require__.e(619), __webpack_require__.e(221), __webpack_require__.e(581), __webpack_require__.e(154)]).then(__webpack_require__.bind(__webpack_require__, 6773))).applyMode(settings, deps);
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
var assess_waves = __webpack_require__(8132);
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
/* harmony export */   F9: () => (/* binding */ compareReach),
/* harmony export */   un: () => (/* binding */ reachRank),
/* harmony export */   xw: () => (/* binding */ reachOf)
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
    return reachRank(a) - reachRank(b);
}
/** A level's place in `compareReach`'s order, from 0 (admin) to 4 (narrow, and no level). */
function reachRank(level) {
    return RANK[level ?? 'narrow'];
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
/* harmony export */   Uh: () => (/* binding */ judgeAndPublish),
/* harmony export */   t0: () => (/* binding */ loadReportStack)
/* harmony export */ });
/* unused harmony export liveGates */
/* harmony import */ var _assess_assess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(854);
/* harmony import */ var _assess_guardrails_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5782);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8120);
/* harmony import */ var _heap_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6557);
/* harmony import */ var _report_view_sections_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2870);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4532);
/**
 * Judging a collected (or merged) inventory: the assessment, its log lines, the guardrails, the reports
 * and the outputs; the gate's verdict is the run's. The audit and merge pipelines end here.
 */






/**
 * The reports' modules and the libraries only they use (Handlebars, yaml, Ajv, the GitHub client: ~1.5 MB
 * of the bundle), loaded when first needed, or earlier by an audit while its scan waits on AWS: not
 * before a run's first AWS call.
 */
const loadReportStack = () => Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(157), __webpack_require__.e(815), __webpack_require__.e(210), __webpack_require__.e(619), __webpack_require__.e(451), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 8617));
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
    // In place: the scanned list is replaced by the assessed one below (one copy of a large fleet).
    const assessment = (0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .assess */ .no)(inventory, (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .assessOptions */ .nG)(settings, (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .today */ .Ec)(deps.now())), { inPlace: true });
    // Shard reports hold in-scope instances only; their out-of-scope counts add up.
    if (mergedOutOfScope !== undefined)
        assessment.outOfScope = mergedOutOfScope;
    const t = assessment.totals;
    const accounts = inventory.accounts.length > 1
        ? `; ${assessment.accountsScanned} account${assessment.accountsScanned === 1 ? '' : 's'}${assessment.failedAccounts.length ? ` (${assessment.failedAccounts.length} failed)` : ''}`
        : '';
    const split = (0,_report_view_sections_js__WEBPACK_IMPORTED_MODULE_4__/* .ruleSplit */ .F6)(assessment);
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    deps.log.info(`IMDSv2 enforcement: ${(0,_assess_assess_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(t.compliant, t.inScope)} \u2014 ${t.compliant} of ${t.inScope} in-scope instances compliant under ${assessment.rule.id}: ${split.compliantText}; ${split.notCompliantText} (${plural(assessment.regionsScanned, 'region')}${accounts}, ${inventory.durationMs} ms, ${plural(Object.values(inventory.apiCalls).reduce((a, b) => a + b, 0), 'API call')}).`);
    const pc = assessment.posture?.counts;
    if (pc) {
        deps.log.info(`Launch posture: ${pc.launchTemplates.allowV1} of ${pc.launchTemplates.total} launch templates allow IMDSv1; account defaults allow IMDSv1 in ${pc.accountDefaults.allowV1} of ${pc.accountDefaults.regions} regions; ${pc.images.v2Only} of ${pc.images.total} AMIs in use are ImdsSupport v2.0; ${pc.autoScalingGroupsOnLaunchConfigurations} Auto Scaling groups on launch configurations${pc.errors ? `; ${pc.errors} posture calls failed` : ''}.`);
    }
    // The assessed list (the in-scope records, assessed in place) replaces the scanned one, which nothing
    // reads after assessment.
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
    const { publishAudit } = await loadReportStack();
    const published = await publishAudit(settings, inventory, assessment, deps, {
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

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/org/shard.js
var org_shard = __webpack_require__(6270);
// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/sdk.js
var sdk = __webpack_require__(5041);
;// CONCATENATED MODULE: ./lib/aws/accounts.js





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
        for await (const page of (0,sdk/* paginateListAccounts */.A5)({ client: org, pageSize: 20 }, {})) {
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
        const out = await sts.send(new sdk/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: options.roleSessionName }));
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
/**
 * A count as en-US writes it (`12,345`). Whole numbers are grouped here: `toLocaleString` goes through
 * ICU, ~1 \u00b5s a call, and a 100,000-instance report writes hundreds of thousands of counts.
 */
function num(n) {
    if (!Number.isSafeInteger(n) || Object.is(n, -0))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    if (digits.length <= 3)
        return n < 0 ? `-${digits}` : digits;
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
}
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
const PROFILE_MARK = ':instance-profile/';
/** The instance profile's name from its ARN (arn:aws:iam::1:instance-profile/path/Name \u2192 Name). */
function profileName(arn) {
    if (!arn)
        return '';
    // What follows the first ':instance-profile/' (up to a second one), then its last path segment:
    // found by index, no arrays (read for every instance by several reports).
    const from = arn.indexOf(PROFILE_MARK);
    let tail = arn;
    if (from >= 0) {
        const next = arn.indexOf(PROFILE_MARK, from + PROFILE_MARK.length);
        tail = arn.slice(from + PROFILE_MARK.length, next < 0 ? undefined : next);
    }
    return tail.slice(tail.lastIndexOf('/') + 1);
}
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;


/***/ }),

/***/ 4503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ consoleUrl),
/* harmony export */   Yj: () => (/* binding */ withMarkdownLink),
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
/** Each region's console base, or '' for a value that is not a region name (a report links every row). */
const bases = new Map();
function consoleBase(region) {
    let base = bases.get(region);
    if (base === undefined) {
        base = _format_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION */ .Zg.test(region) ? `${consoleHost(region)}/ec2/home?region=${region}#` : '';
        // Only region names are kept: a hostile value is checked each time, never stored.
        if (base)
            bases.set(region, base);
    }
    return base;
}
/** The console page of a resource; '' when the region is not a region name (never a made-up host). */
function consoleUrl(kind, region, id) {
    const base = id ? consoleBase(region) : '';
    if (!base)
        return '';
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
/**
 * Gives `row` a `link` property: its Markdown link (`instanceId` to `url`), made when a rendering
 * reads it (report.html draws every row and reads the url; Markdown reads a few hundred). One getter
 * serves every row: a getter written in each row's literal is a closure, a context and an accessor
 * pair of its own per row, and keeps the literal off V8's fast path (3\u20135\u00d7 the time of the same literal
 * without it, about twice the allocation: ~150 MB over a 100,000-instance report.html).
 */
function withMarkdownLink(row) {
    return Object.defineProperty(row, 'link', ROW_LINK);
}
function rowLink() {
    return markdownLink(this.instanceId, this.url);
}
const ROW_LINK = Object.freeze({ get: rowLink, enumerable: true, configurable: true });
function linked(kind, region, id, text = id) {
    const url = consoleUrl(kind, region, id);
    return { text, url, link: markdownLink(text, url) };
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
    // One literal, then the link, the usage and the tag fields (no spreads, no getter in the literal:
    // links.ts withMarkdownLink).
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
    };
    (0,_links_js__WEBPACK_IMPORTED_MODULE_4__/* .withMarkdownLink */ .Yj)(row);
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
    // Counted by side, then bucket (no key built per instance).
    const counts = { compliant: new Map(), open: new Map() };
    for (const i of a.instances) {
        const p = partOf(i);
        const side = p.compliant ? counts.compliant : counts.open;
        side.set(p.key, (side.get(p.key) ?? 0) + 1);
    }
    let x = 0;
    const segments = parts(a.rule.id).map((p) => {
        const count = (p.compliant ? counts.compliant : counts.open).get(p.key) ?? 0;
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
            // The link is made when a Markdown rendering reads it (report.html reads the url).
            return (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .withMarkdownLink */ .Yj)({
                name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .WV)(i.name ?? '', 80),
                instanceId: i.instanceId,
                url: (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleUrl */ .B9)('instance', i.region, i.instanceId),
                accountId: i.accountId,
                region: i.region,
                rejected: (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .num */ .bu)(i.v1Rejected ?? 0),
                rejectedValue: i.v1Rejected ?? 0,
            });
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
            return (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .withMarkdownLink */ .Yj)({
                name: (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .displayText */ .WV)(f.name ?? '', 80),
                instanceId: f.instanceId,
                url: (0,_links_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleUrl */ .B9)('instance', f.region, f.instanceId),
                accountId: f.accountId,
                region: f.region,
                hopLimit: f.hopLimit,
                allowed: f.allowed,
                host: f.containerHost ? 'container host' : 'plain host',
            });
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
