export const id = 341;
export const ids = [341];
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

/***/ 6341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STREAMED_LISTS: () => (/* binding */ STREAMED_LISTS),
/* harmony export */   SafeString: () => (/* binding */ SafeString),
/* harmony export */   applyTemplate: () => (/* binding */ applyTemplate),
/* harmony export */   guardrailsTemplate: () => (/* binding */ guardrailsTemplate),
/* harmony export */   htmlSplitTemplate: () => (/* binding */ htmlSplitTemplate),
/* harmony export */   htmlTemplate: () => (/* binding */ htmlTemplate),
/* harmony export */   iacOnlyTemplate: () => (/* binding */ iacOnlyTemplate),
/* harmony export */   markdownSplitTemplate: () => (/* binding */ markdownSplitTemplate),
/* harmony export */   markdownTemplate: () => (/* binding */ markdownTemplate),
/* harmony export */   planTemplate: () => (/* binding */ planTemplate),
/* harmony export */   registerIacPartials: () => (/* binding */ registerIacPartials),
/* harmony export */   splitTemplate: () => (/* binding */ splitTemplate),
/* harmony export */   tableScript: () => (/* binding */ tableScript),
/* harmony export */   warmReportTemplates: () => (/* binding */ warmReportTemplates)
/* harmony export */ });
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
    md ??= hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(8403), __webpack_require__.b), 'utf8'), {
        noEscape: true,
        strict: false,
        ...REPORT_OPTIONS,
    });
    return md;
}
function htmlTemplate() {
    html ??= hb.compile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(new URL(/* asset import */ __webpack_require__(6671), __webpack_require__.b), 'utf8'), REPORT_OPTIONS);
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
/**
 * Compiles now every template an audit's reports render. Handlebars compiles a template at its first
 * render (~0.1 s for these, more than report.md's whole rendering at 100,000 instances): the audit calls
 * this while its scan waits on AWS, so that time is not spent after the scan. Each template is rendered
 * once with no data, which compiles it (and, through it, the partials it names); one that fails to
 * render without data is compiled all the same. It never throws: a template that cannot be read or
 * compiled fails again, the same way, when the report renders it.
 */
function warmReportTemplates() {
    const templates = [];
    try {
        registerIacPartials();
        templates.push(guardrailsTemplate());
        for (const split of [markdownSplitTemplate(), htmlSplitTemplate()])
            templates.push(split.main, ...split.lists.map((l) => l.rows));
        for (const partial of Object.values(hb.partials))
            if (typeof partial === 'function')
                templates.push(partial);
    }
    catch {
        // A template that cannot be read or split: the report's own render fails on it, and says why.
        return;
    }
    for (const t of templates) {
        try {
            t({});
        }
        catch {
            // Compiled, or not compilable: either way the report's own render says so.
        }
    }
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


/***/ })

};
