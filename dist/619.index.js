export const id = 619;
export const ids = [619];
export const modules = {

/***/ 3222:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "b51595ff495bd3155533.js";

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
        markdown: 'exposure.md.hbs',
        html: 'exposure.html.hbs',
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
        markdown: 'auto-scaling.md.hbs',
        html: 'auto-scaling.html.hbs',
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
        markdown: 'by-tag.md.hbs',
        html: 'by-tag.html.hbs',
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
/* harmony export */   Kt: () => (/* binding */ STREAMED_LISTS),
/* harmony export */   X0: () => (/* binding */ listMarker),
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
/** The lists rendered a slice at a time (every other list is bounded by the fleet's regions, accounts\u2026). */
const STREAMED_LISTS = [
    'v1.rows',
    'usage.inUseRows',
    'usage.rejectedRows',
    'regressions.rows',
    'hopLimit.rows',
];
/**
 * The data variable (`{{{@\u2026}}}`) that stands in a split template's main part where its list `n` was
 * (scripts/templates.ts `splitSource`); the renderer sets it to a marker no value can hold.
 */
const listMarker = (n) => `imdsGuardList${n}`;
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

/***/ 8619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kt: () => (/* reexport */ stream/* STREAMED_LISTS */.Kt),
  NQ: () => (/* binding */ SafeString),
  XF: () => (/* binding */ applyTemplate),
  Ze: () => (/* binding */ guardrailsTemplate),
  Kh: () => (/* binding */ htmlSplitTemplate),
  sT: () => (/* binding */ iacOnlyTemplate),
  Mw: () => (/* binding */ markdownSplitTemplate),
  m: () => (/* binding */ planTemplate),
  vd: () => (/* binding */ registerIacPartials),
  Sk: () => (/* binding */ tableScript)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/handlebars/runtime.js
var runtime = __webpack_require__(576);
// EXTERNAL MODULE: ./lib/report/sections/index.js + 2 modules
var sections = __webpack_require__(8755);
// EXTERNAL MODULE: ./lib/report/stream.js
var stream = __webpack_require__(3332);
;// CONCATENATED MODULE: ./lib/report/templates.compiled.js
const SPECS = {
    "report.md.hbs": {
        main: { "0": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "marker") : depth0), depth0)) != null ? stack1 : "")
                    + "\n";
            }, "1": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "compliantText") : stack1), depth0)) != null ? stack1 : "")
                    + " \u00b7 "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "notCompliantText") : stack1), depth0)) != null ? stack1 : "")
                    + "\n";
            }, "2": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n**Who still uses IMDSv1** (CloudWatch MetadataNoToken, last "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0)) != null ? stack1 : "")
                    + " days): **"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "safe") : stack1), depth0)) != null ? stack1 : "")
                    + "** made no IMDSv1 calls \u2014 safe to harden now \u00b7 **"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUse") : stack1), depth0)) != null ? stack1 : "")
                    + "** made IMDSv1 calls \u2014 will break"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "hasUnknown") : stack1), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 195 }, "end": { "line": 13, "column": 254 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "hasRejected") : stack1), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 254 }, "end": { "line": 13, "column": 357 } } })) != null ? stack1 : "")
                    + ".\n";
            }, "3": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 "
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "unknown") : stack1), depth0)) != null ? stack1 : "")
                    + " unknown";
            }, "4": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 **"
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "rejected") : stack1), depth0)) != null ? stack1 : "")
                    + "** broken by hardening (MetadataNoTokenRejected)";
            }, "5": function (container, depth0, helpers, partials, data) {
                return "\nNo in-scope instances were found: the fleet counts as 100% by definition.\n";
            }, "6": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n**Since the previous run** ("
                    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "since") : stack1), depth0)) != null ? stack1 : "")
                    + "): "
                    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "text") : stack1), depth0)) != null ? stack1 : "")
                    + ", IMDSv1-allowed instances "
                    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "v1Text") : stack1), depth0)) != null ? stack1 : "")
                    + "."
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "ruleChanged") : stack1), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 134 }, "end": { "line": 21, "column": 264 } } })) != null ? stack1 : "")
                    + "\n";
            }, "7": function (container, depth0, helpers, partials, data) {
                return " The previous run used another compliance rule: the numbers are not directly comparable.";
            }, "8": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n> [!CAUTION]\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "failures") : stack1), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 9 } } })) != null ? stack1 : "");
            }, "9": function (container, depth0, helpers, partials, data) {
                var stack1;
                return "> - "
                    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                    + "\n";
            }, "10": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n> [!NOTE]\n> The short form: the headline, this pull request's findings and the top risks. The full report (every instance, region, owner, Auto Scaling group and the trend) is in "
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "runLink") : depth0), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 168 }, "end": { "line": 33, "column": 225 } } })) != null ? stack1 : "")
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "fullReport") : depth0), depth0)) != null ? stack1 : "")
                    + ".\n";
            }, "11": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "the [run summary]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "runLink") : depth0), depth0)) != null ? stack1 : "")
                    + ") and ";
            }, "12": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### \u26a0\ufe0f "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "countText") : stack1), depth0)) != null ? stack1 : "")
                    + " instance(s) newly allow IMDSv1 since the baseline ("
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "since") : stack1), depth0)) != null ? stack1 : "")
                    + ")\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regressionsFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 42, "column": 7 } } })) != null ? stack1 : "")
                    + "| Risk | Name | Instance | Region | Before | Role | Public IP | Hop limit |\n|---|---|---|---|---|---|---|--:|\n"
                    + ((stack1 = alias1((data && lookupProperty(data, "imdsGuardList3")), depth0)) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regressionsFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 21 }, "end": { "line": 48, "column": 7 } } })) != null ? stack1 : "");
            }, "13": function (container, depth0, helpers, partials, data) {
                return "<details open><summary>Newly exposed instances</summary>\n\n";
            }, "14": function (container, depth0, helpers, partials, data) {
                return "\n\n</details>\n";
            }, "15": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "unless").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regressions") : stack1), { "name": "unless", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 54, "column": 11 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "");
            }, "16": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n**Since the baseline** ("
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "since") : stack1), depth0)) != null ? stack1 : "")
                    + ", "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "percentText") : stack1), depth0)) != null ? stack1 : "")
                    + "): no instance newly allows IMDSv1.\n";
            }, "17": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\nBaseline "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "since") : stack1), depth0)) != null ? stack1 : "")
                    + ": "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "percentText") : stack1), depth0)) != null ? stack1 : "")
                    + "; "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "fixed") : stack1), depth0)) != null ? stack1 : "")
                    + " instance(s) fixed, "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "removed") : stack1), depth0)) != null ? stack1 : "")
                    + " gone since.\n";
            }, "18": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "folded") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "");
            }, "19": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n> [!NOTE]\n> "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "medium") : depth0)) != null ? lookupProperty(stack1, "file") : stack1), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.program(21, data, 0), "data": data, "loc": { "start": { "line": 65, "column": 2 }, "end": { "line": 65, "column": 178 } } })) != null ? stack1 : "")
                    + " The full report is in "
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "fullReport") : depth0), depth0)) != null ? stack1 : "")
                    + "."
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "runLink") : depth0), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 216 }, "end": { "line": 65, "column": 266 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, (depth0 != null ? lookupProperty(depth0, "folded") : depth0), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 68, "column": 9 } } })) != null ? stack1 : "");
            }, "20": function (container, depth0, helpers, partials, data) {
                return "A summary: the long lists are shortened.";
            }, "21": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "Shortened to fit GitHub's size limit for this "
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "medium") : depth0)) != null ? lookupProperty(stack1, "comment") : stack1), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.program(23, data, 0), "data": data, "loc": { "start": { "line": 65, "column": 115 }, "end": { "line": 65, "column": 170 } } })) != null ? stack1 : "")
                    + ".";
            }, "22": function (container, depth0, helpers, partials, data) {
                return "comment";
            }, "23": function (container, depth0, helpers, partials, data) {
                return "job summary";
            }, "24": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " [Run summary]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "runLink") : depth0), depth0)) != null ? stack1 : "")
                    + ").";
            }, "25": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "pie") : depth0), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 79, "column": 7 } } })) != null ? stack1 : "");
            }, "26": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Split\n\n"
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "pie") : depth0), depth0)) != null ? stack1 : "")
                    + "\n\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "segments") : stack1), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 78, "column": 0 }, "end": { "line": 78, "column": 100 } } })) != null ? stack1 : "")
                    + "in scope: **"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "total") : stack1), depth0)) != null ? stack1 : "")
                    + "**\n";
            }, "27": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "count") : depth0), { "name": "if", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 78, "column": 24 }, "end": { "line": 78, "column": 91 } } })) != null ? stack1 : "");
            }, "28": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0)) != null ? stack1 : "")
                    + ": **"
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "countText") : depth0), depth0)) != null ? stack1 : "")
                    + "** ("
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "shareText") : depth0), depth0)) != null ? stack1 : "")
                    + ") \u00b7 ";
            }, "29": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Who still uses IMDSv1 (last "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0)) != null ? stack1 : "")
                    + " days, "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "windowText") : stack1), depth0)) != null ? stack1 : "")
                    + ")\n\n- No IMDSv1 calls in "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0)) != null ? stack1 : "")
                    + " days \u2014 safe to harden now: **"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "safe") : stack1), depth0)) != null ? stack1 : "")
                    + "**\n- Made IMDSv1 calls \u2014 requiring IMDSv2 will break them until their software is updated: **"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUse") : stack1), depth0)) != null ? stack1 : "")
                    + "**\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "hasUnknown") : stack1), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 87, "column": 0 }, "end": { "line": 89, "column": 7 } } })) != null ? stack1 : "")
                    + "- Require IMDSv2 and had IMDSv1 calls refused (MetadataNoTokenRejected) \u2014 broken by hardening: **"
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "rejected") : stack1), depth0)) != null ? stack1 : "")
                    + "**\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1), { "name": "each", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 91, "column": 0 }, "end": { "line": 93, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "usageRows") : stack1), { "name": "if", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 94, "column": 0 }, "end": { "line": 106, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "rejectedRows") : stack1), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 107, "column": 0 }, "end": { "line": 113, "column": 28 } } })) != null ? stack1 : "")
                    + "\n";
            }, "30": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "- Unknown (CloudWatch could not be read): **"
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "unknown") : stack1), depth0)) != null ? stack1 : "")
                    + "**\n";
            }, "31": function (container, depth0, helpers, partials, data) {
                var stack1;
                return "- Not read: "
                    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                    + "\n";
            }, "32": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "usageFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 96, "column": 0 }, "end": { "line": 99, "column": 7 } } })) != null ? stack1 : "")
                    + "| IMDSv1 calls | Name | Instance | Account | Region | Risk | Role (instance profile) |\n|--:|---|---|---|---|---|---|\n"
                    + ((stack1 = container.lambda((data && lookupProperty(data, "imdsGuardList1")), depth0)) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "usageFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 102, "column": 21 }, "end": { "line": 105, "column": 7 } } })) != null ? stack1 : "");
            }, "33": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<details><summary>"
                    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUseRows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                    + " instance(s) that made IMDSv1 calls</summary>\n\n";
            }, "34": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n**Broken by hardening** (IMDSv1 calls refused in the window):\n\n| Refused calls | Name | Instance | Account | Region |\n|--:|---|---|---|---|\n"
                    + ((stack1 = container.lambda((data && lookupProperty(data, "imdsGuardList2")), depth0)) != null ? stack1 : "");
            }, "35": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Trend ("
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "runs") : stack1), depth0)) != null ? stack1 : "")
                    + " runs, "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "first") : stack1), depth0)) != null ? stack1 : "")
                    + " \u2192 "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "last") : stack1), depth0)) != null ? stack1 : "")
                    + ")\n\n"
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "trendChart") : depth0), depth0)) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "trendTable") : stack1), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 121, "column": 0 }, "end": { "line": 132, "column": 7 } } })) != null ? stack1 : "");
            }, "36": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n<details><summary>Runs</summary>\n\n| Scan | Enforcement | Compliant | In scope | IMDSv1 allowed |\n|---|--:|--:|--:|--:|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 127, "column": 0 }, "end": { "line": 129, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n";
            }, "37": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "at") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "percentText") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "compliant") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "inScope") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "38": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Accounts (worst first)\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "accountsFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 138, "column": 0 }, "end": { "line": 141, "column": 7 } } })) != null ? stack1 : "")
                    + "| Account | Status | Enforcement | Compliant | In scope | IMDSv1 allowed | Problem |\n|---|---|--:|--:|--:|--:|---|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "accounts") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 144, "column": 0 }, "end": { "line": 146, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "accountsFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 147, "column": 0 }, "end": { "line": 150, "column": 7 } } })) != null ? stack1 : "");
            }, "39": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<details><summary>"
                    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "accounts") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                    + " accounts</summary>\n\n";
            }, "40": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "failed") : depth0), { "name": "if", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 145, "column": 18 }, "end": { "line": 145, "column": 41 } } })) != null ? stack1 : "")
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "status") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "percentText") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "compliant") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "inScope") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "reason") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "41": function (container, depth0, helpers, partials, data) {
                return "\u274c ";
            }, "42": function (container, depth0, helpers, partials, data) {
                return "\n</details>\n";
            }, "43": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Regions (worst first)\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(44, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 156, "column": 0 }, "end": { "line": 174, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "emptyText") : stack1), { "name": "if", "hash": {}, "fn": container.program(54, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 175, "column": 0 }, "end": { "line": 178, "column": 7 } } })) != null ? stack1 : "");
            }, "44": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regionsFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(45, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 157, "column": 0 }, "end": { "line": 160, "column": 7 } } })) != null ? stack1 : "")
                    + "| "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "showAccount") : stack1), { "name": "if", "hash": {}, "fn": container.program(46, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 161, "column": 2 }, "end": { "line": 161, "column": 46 } } })) != null ? stack1 : "")
                    + "Region | Enforcement | Compliant | In scope | IMDSv1 allowed | Disabled | Pending | Stopped |"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "0") : stack1)) != null ? lookupProperty(stack1, "deltaV1") : stack1), { "name": "if", "hash": {}, "fn": container.program(47, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 161, "column": 139 }, "end": { "line": 161, "column": 187 } } })) != null ? stack1 : "")
                    + "\n|"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "showAccount") : stack1), { "name": "if", "hash": {}, "fn": container.program(48, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 162, "column": 1 }, "end": { "line": 162, "column": 39 } } })) != null ? stack1 : "")
                    + "---|--:|--:|--:|--:|--:|--:|--:|"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "0") : stack1)) != null ? lookupProperty(stack1, "deltaV1") : stack1), { "name": "if", "hash": {}, "fn": container.program(49, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 162, "column": 71 }, "end": { "line": 162, "column": 112 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(50, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 163, "column": 0 }, "end": { "line": 165, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regionsFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(42, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 166, "column": 0 }, "end": { "line": 169, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regionsCut") : stack1), { "name": "if", "hash": {}, "fn": container.program(53, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 170, "column": 0 }, "end": { "line": 173, "column": 7 } } })) != null ? stack1 : "");
            }, "45": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<details><summary>"
                    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                    + " regions</summary>\n\n";
            }, "46": function (container, depth0, helpers, partials, data) {
                return "Account | ";
            }, "47": function (container, depth0, helpers, partials, data) {
                return " \u0394 IMDSv1 |";
            }, "48": function (container, depth0, helpers, partials, data) {
                return "---|";
            }, "49": function (container, depth0, helpers, partials, data) {
                return "--:|";
            }, "50": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depths[1] != null ? lookupProperty(depths[1], "regions") : depths[1])) != null ? lookupProperty(stack1, "showAccount") : stack1), { "name": "if", "hash": {}, "fn": container.program(51, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 164, "column": 2 }, "end": { "line": 164, "column": 55 } } })) != null ? stack1 : "")
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "percentText") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "compliant") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "inScope") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "disabled") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "pending") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "stopped") : depth0), depth0)) != null ? stack1 : "")
                    + " |"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "deltaV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(52, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 164, "column": 167 }, "end": { "line": 164, "column": 203 } } })) != null ? stack1 : "")
                    + "\n";
            }, "51": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + " | ";
            }, "52": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " "
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "deltaV1") : depth0), depth0)) != null ? stack1 : "")
                    + " |";
            }, "53": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n\u2026and "
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regionsCutText") : stack1), depth0)) != null ? stack1 : "")
                    + " more region(s) in the full report.\n";
            }, "54": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n"
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "emptyText") : stack1), depth0)) != null ? stack1 : "")
                    + "\n";
            }, "55": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Not scanned\n\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "failedAccounts") : stack1), { "name": "each", "hash": {}, "fn": container.program(56, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 184, "column": 0 }, "end": { "line": 186, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "failed") : stack1), { "name": "each", "hash": {}, "fn": container.program(57, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 187, "column": 0 }, "end": { "line": 189, "column": 9 } } })) != null ? stack1 : "");
            }, "56": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "- \u274c Account "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + ": "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "code") : depth0), depth0)) != null ? stack1 : "")
                    + " \u2014 "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "message") : depth0), depth0)) != null ? stack1 : "")
                    + "\n";
            }, "57": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "- \u274c "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " ("
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + "): "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "code") : depth0), depth0)) != null ? stack1 : "")
                    + " \u2014 "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "message") : depth0), depth0)) != null ? stack1 : "")
                    + "\n";
            }, "58": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "totalText") : stack1), depth0)) != null ? stack1 : "")
                    + " instance(s) allow IMDSv1 (highest risk first)\n\nRole + public IP: **"
                    + ((stack1 = alias1(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1)) != null ? lookupProperty(stack1, "0") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                    + "** \u00b7 role only: **"
                    + ((stack1 = alias1(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1)) != null ? lookupProperty(stack1, "1") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                    + "** \u00b7 no role: **"
                    + ((stack1 = alias1(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1)) != null ? lookupProperty(stack1, "2") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                    + "**. A hop limit above 1 lets containers on the host reach the metadata service too.\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "instances") : stack1), { "name": "if", "hash": {}, "fn": container.program(59, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 196, "column": 0 }, "end": { "line": 212, "column": 7 } } })) != null ? stack1 : "");
            }, "59": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "instancesFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(60, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 198, "column": 0 }, "end": { "line": 201, "column": 7 } } })) != null ? stack1 : "")
                    + "| Risk | Name | Instance | Region | State | Role (instance profile) | Public IP | Hop limit |"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(61, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 202, "column": 93 }, "end": { "line": 202, "column": 147 } } })) != null ? stack1 : "")
                    + " Running for | Note |\n|---|---|---|---|---|---|---|--:|"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(49, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 203, "column": 33 }, "end": { "line": 203, "column": 57 } } })) != null ? stack1 : "")
                    + "---|---|\n"
                    + ((stack1 = container.lambda((data && lookupProperty(data, "imdsGuardList0")), depth0)) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "instancesFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 204, "column": 21 }, "end": { "line": 207, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "instancesCut") : stack1), { "name": "if", "hash": {}, "fn": container.program(62, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 208, "column": 0 }, "end": { "line": 211, "column": 7 } } })) != null ? stack1 : "");
            }, "60": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<details><summary>Show "
                    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                    + " instance(s)</summary>\n\n";
            }, "61": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " IMDSv1 calls ("
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0)) != null ? stack1 : "")
                    + " d) |";
            }, "62": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n\u2026and "
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "instancesCutText") : stack1), depth0)) != null ? stack1 : "")
                    + " lower-risk instance(s) in the full report.\n";
            }, "63": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Hop limit above the policy ("
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                    + ")\n\nPolicy: "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "policy") : stack1), depth0)) != null ? stack1 : "")
                    + ". A hop limit above 1 lets containers on the host reach the metadata service (AWS Config ec2-token-hop-limit-check); "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "containerHosts") : stack1), depth0)) != null ? stack1 : "")
                    + " container host(s) recognised by their tags or launch template.\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "hopLimitRows") : stack1), { "name": "if", "hash": {}, "fn": container.program(64, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 220, "column": 0 }, "end": { "line": 232, "column": 7 } } })) != null ? stack1 : "");
            }, "64": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "hopLimitFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(65, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 222, "column": 0 }, "end": { "line": 225, "column": 7 } } })) != null ? stack1 : "")
                    + "| Name | Instance | Account | Region | Hop limit | Allowed | Host |\n|---|---|---|---|--:|--:|---|\n"
                    + ((stack1 = container.lambda((data && lookupProperty(data, "imdsGuardList4")), depth0)) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "hopLimitFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 228, "column": 21 }, "end": { "line": 231, "column": 7 } } })) != null ? stack1 : "");
            }, "65": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<details><summary>"
                    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                    + " instance(s)</summary>\n\n";
            }, "66": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Role usage\n\n"
                    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "withRole") : stack1), depth0)) != null ? stack1 : "")
                    + " in-scope instance(s) have an instance profile (role credentials served by IMDS):\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1), { "name": "each", "hash": {}, "fn": container.program(67, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 239, "column": 0 }, "end": { "line": 241, "column": 9 } } })) != null ? stack1 : "")
                    + "\n<details><summary>By instance profile</summary>\n\n| Instance profile | Instances | IMDSv1 allowed | \u2026with public IP |\n|---|--:|--:|--:|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "profiles") : stack1), { "name": "each", "hash": {}, "fn": container.program(68, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 247, "column": 0 }, "end": { "line": 249, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n";
            }, "67": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "- "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0)) != null ? stack1 : "")
                    + ": **"
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "count") : depth0), depth0)) != null ? stack1 : "")
                    + "**\n";
            }, "68": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "profile") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "instances") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "public") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "69": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Launch templates, account defaults and AMIs\n\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "summary") : stack1), { "name": "each", "hash": {}, "fn": container.program(70, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 257, "column": 0 }, "end": { "line": 259, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "accountDefaults") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 260, "column": 0 }, "end": { "line": 271, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchTemplates") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(74, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 272, "column": 0 }, "end": { "line": 283, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "images") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(76, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 284, "column": 0 }, "end": { "line": 295, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchConfigurations") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(78, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 296, "column": 0 }, "end": { "line": 307, "column": 7 } } })) != null ? stack1 : "");
            }, "70": function (container, depth0, helpers, partials, data) {
                var stack1;
                return "- "
                    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                    + "\n";
            }, "71": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n<details><summary>Account defaults (per region)</summary>\n\n| Account | Region | HttpTokens | Hop limit | Endpoint | Managed by | Verdict |\n|---|---|---|---|---|---|---|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "accountDefaults") : stack1), { "name": "each", "hash": {}, "fn": container.program(72, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 266, "column": 0 }, "end": { "line": 268, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n";
            }, "72": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "tokens") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "hop") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "endpoint") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "managedBy") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "allowsV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 267, "column": 85 }, "end": { "line": 267, "column": 111 } } })) != null ? stack1 : "")
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "verdict") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "73": function (container, depth0, helpers, partials, data) {
                return "\u26a0\ufe0f ";
            }, "74": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n<details><summary>Launch templates</summary>\n\n| Name | Id | Account | Region | Default version | Latest version | Instances | Auto Scaling groups | Verdict |\n|---|---|---|---|---|---|--:|---|---|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchTemplates") : stack1), { "name": "each", "hash": {}, "fn": container.program(75, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 278, "column": 0 }, "end": { "line": 280, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n";
            }, "75": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "link") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "defaultVersion") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "latestVersion") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "instances") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "groups") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "allowsV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 279, "column": 123 }, "end": { "line": 279, "column": 149 } } })) != null ? stack1 : "")
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "verdict") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "76": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n<details><summary>AMIs in use</summary>\n\n| AMI | Name | Account | Region | ImdsSupport | Instances |\n|---|---|---|---|---|--:|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "images") : stack1), { "name": "each", "hash": {}, "fn": container.program(77, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 290, "column": 0 }, "end": { "line": 292, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n";
            }, "77": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "id") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "support") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "instances") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "78": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n<details><summary>Auto Scaling groups on launch configurations</summary>\n\n| Group | Account | Region | Launch configuration |\n|---|---|---|---|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchConfigurations") : stack1), { "name": "each", "hash": {}, "fn": container.program(79, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 302, "column": 0 }, "end": { "line": 304, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n";
            }, "79": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "configuration") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "80": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Exemptions that no longer count\n\n| Instance | Name | Region | Reason | Expires |\n|---|---|---|---|---|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "expiredExceptions") : depth0), { "name": "each", "hash": {}, "fn": container.program(81, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 315, "column": 0 }, "end": { "line": 317, "column": 9 } } })) != null ? stack1 : "");
            }, "81": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "instanceId") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "reason") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "expires") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "82": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### What to do next\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "allCompliant") : stack1), { "name": "if", "hash": {}, "fn": container.program(83, data, 0), "inverse": container.program(84, data, 0), "data": data, "loc": { "start": { "line": 323, "column": 0 }, "end": { "line": 337, "column": 7 } } })) != null ? stack1 : "")
                    + "\n<details><summary>Compliance mapping</summary>\n\n| Framework | Control | What it checks |\n|---|---|---|\n"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "mapping") : stack1), { "name": "each", "hash": {}, "fn": container.program(86, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 343, "column": 0 }, "end": { "line": 345, "column": 9 } } })) != null ? stack1 : "")
                    + "\n</details>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0), { "name": "if", "hash": {}, "fn": container.program(87, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 348, "column": 0 }, "end": { "line": 351, "column": 7 } } })) != null ? stack1 : "");
            }, "83": function (container, depth0, helpers, partials, data) {
                return "Every in-scope instance already refuses IMDSv1. Keep it that way: require IMDSv2 in the account defaults and launch templates.\n";
            }, "84": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "steps") : stack1), { "name": "each", "hash": {}, "fn": container.program(85, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 326, "column": 0 }, "end": { "line": 328, "column": 9 } } })) != null ? stack1 : "")
                    + "\n<details><summary>Remediation workflow (plan \u2192 approve \u2192 apply)</summary>\n\n```yaml\n"
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "step") : depth0), depth0)) != null ? stack1 : "")
                    + "\n```\n\n</details>\n";
            }, "85": function (container, depth0, helpers, partials, data) {
                var stack1;
                return "1. "
                    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                    + "\n";
            }, "86": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "| "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "framework") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "control") : depth0), depth0)) != null ? stack1 : "")
                    + " | "
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "scope") : depth0), depth0)) != null ? stack1 : "")
                    + " |\n";
            }, "87": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n"
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "guardrails"), (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0), { "name": "guardrails", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
            }, "88": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "\n### Full report\n\nEvery row, sortable and filterable, in ["
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "files") : depth0)) != null ? lookupProperty(stack1, "html") : stack1), depth0)) != null ? stack1 : "")
                    + "]("
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "): [instances that allow IMDSv1]("
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-v1) ("
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "totalText") : stack1), depth0)) != null ? stack1 : "")
                    + ") \u00b7 [regions]("
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-regions)"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(89, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 357, "column": 174 }, "end": { "line": 357, "column": 236 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "regressions") : depth0), { "name": "if", "hash": {}, "fn": container.program(90, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 357, "column": 236 }, "end": { "line": 357, "column": 313 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "byTag") : depth0), { "name": "if", "hash": {}, "fn": container.program(91, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 357, "column": 313 }, "end": { "line": 357, "column": 377 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0), { "name": "if", "hash": {}, "fn": container.program(92, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 357, "column": 377 }, "end": { "line": 357, "column": 447 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0), { "name": "if", "hash": {}, "fn": container.program(93, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 357, "column": 447 }, "end": { "line": 357, "column": 504 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "posture") : depth0), { "name": "if", "hash": {}, "fn": container.program(94, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 357, "column": 504 }, "end": { "line": 357, "column": 598 } } })) != null ? stack1 : "")
                    + ". Every row as data: "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "files") : depth0)) != null ? lookupProperty(stack1, "json") : stack1), depth0)) != null ? stack1 : "")
                    + ".\n";
            }, "89": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [who uses IMDSv1]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-usage)";
            }, "90": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [since the baseline]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-regressions)";
            }, "91": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [by "
                    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0)) != null ? stack1 : "")
                    + "]("
                    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-by-tag)";
            }, "92": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [Auto Scaling groups]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-asg)";
            }, "93": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [hop limit]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-hop)";
            }, "94": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [launch templates, account defaults and AMIs]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "htmlHref") : depth0), depth0)) != null ? stack1 : "")
                    + "#h-posture)";
            }, "95": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "runLink") : depth0), { "name": "if", "hash": {}, "fn": container.program(96, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 360, "column": 71 }, "end": { "line": 360, "column": 122 } } })) != null ? stack1 : "");
            }, "96": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 [run summary]("
                    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "runLink") : depth0), depth0)) != null ? stack1 : "")
                    + ")";
            }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "marker") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 2, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "iac"), depth0, { "name": "iac", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + "## "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "statusIcon") : stack1), depth0)) != null ? stack1 : "")
                    + " IMDS Guard: "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "percentText") : stack1), depth0)) != null ? stack1 : "")
                    + " IMDSv2 enforcement \u2014 "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "statusText") : stack1), depth0)) != null ? stack1 : "")
                    + " (threshold "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "thresholdText") : stack1), depth0)) != null ? stack1 : "")
                    + ")\n\n**"
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "compliant") : stack1), depth0)) != null ? stack1 : "")
                    + " of "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "inScope") : stack1), depth0)) != null ? stack1 : "")
                    + "** in-scope instances are compliant under **"
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleName") : stack1), depth0)) != null ? stack1 : "")
                    + "** ("
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleId") : stack1), depth0)) != null ? stack1 : "")
                    + "). "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "accountsScanned") : stack1), depth0)) != null ? stack1 : "")
                    + " account(s), "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "regionsScanned") : stack1), depth0)) != null ? stack1 : "")
                    + " region(s) scanned "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "scannedAtText") : stack1), depth0)) != null ? stack1 : "")
                    + " in "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "durationText") : stack1), depth0)) != null ? stack1 : "")
                    + ".\n"
                    + ((stack1 = lookupProperty(helpers, "unless").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "emptyFleet") : stack1), { "name": "unless", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 10, "column": 11 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "emptyFleet") : stack1), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1), { "name": "if", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "failures") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "compact") : depth0), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 34, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regressions") : stack1), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "regressions") : depth0), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "exposure"), depth0, { "name": "exposure", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "unless").call(alias1, (depth0 != null ? lookupProperty(depth0, "compact") : depth0), { "name": "unless", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 70, "column": 11 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "charts") : stack1), { "name": "if", "hash": {}, "fn": container.program(25, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 80, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "usage") : stack1), { "name": "if", "hash": {}, "fn": container.program(29, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 81, "column": 0 }, "end": { "line": 114, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "byTag"), depth0, { "name": "byTag", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "trend") : stack1), { "name": "if", "hash": {}, "fn": container.program(35, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 116, "column": 0 }, "end": { "line": 133, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "accounts") : stack1), { "name": "if", "hash": {}, "fn": container.program(38, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 134, "column": 0 }, "end": { "line": 151, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "regions") : stack1), { "name": "if", "hash": {}, "fn": container.program(43, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 152, "column": 0 }, "end": { "line": 179, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "hasProblems") : stack1), { "name": "if", "hash": {}, "fn": container.program(55, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 180, "column": 0 }, "end": { "line": 190, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "total") : stack1), { "name": "if", "hash": {}, "fn": container.program(58, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 191, "column": 0 }, "end": { "line": 213, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "autoScaling"), depth0, { "name": "autoScaling", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "hopLimit") : stack1), { "name": "if", "hash": {}, "fn": container.program(63, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 215, "column": 0 }, "end": { "line": 233, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "roles") : stack1), { "name": "if", "hash": {}, "fn": container.program(66, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 234, "column": 0 }, "end": { "line": 252, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "posture") : stack1), { "name": "if", "hash": {}, "fn": container.program(69, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 253, "column": 0 }, "end": { "line": 308, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "exceptions") : stack1), { "name": "if", "hash": {}, "fn": container.program(80, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 309, "column": 0 }, "end": { "line": 318, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "next") : stack1), { "name": "if", "hash": {}, "fn": container.program(82, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 319, "column": 0 }, "end": { "line": 352, "column": 7 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "medium") : depth0)) != null ? lookupProperty(stack1, "file") : stack1), { "name": "if", "hash": {}, "fn": container.program(88, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 353, "column": 0 }, "end": { "line": 358, "column": 7 } } })) != null ? stack1 : "")
                    + "\n<sub>IMDS Guard "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "version") : depth0), depth0)) != null ? stack1 : "")
                    + " \u00b7 report "
                    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "reportId") : depth0), depth0)) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "medium") : depth0)) != null ? lookupProperty(stack1, "comment") : stack1), { "name": "if", "hash": {}, "fn": container.program(95, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 360, "column": 49 }, "end": { "line": 360, "column": 129 } } })) != null ? stack1 : "")
                    + " \u00b7 full report: "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "files") : depth0)) != null ? lookupProperty(stack1, "html") : stack1), depth0)) != null ? stack1 : "")
                    + ", "
                    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "files") : depth0)) != null ? lookupProperty(stack1, "json") : stack1), depth0)) != null ? stack1 : "")
                    + "</sub>\n";
            }, "usePartial": true, "useData": true, "useDepths": true },
        lists: [
            { path: "v1.rows", spec: { "0": function (container, depth0, helpers, partials, data, blockParams, depths) {
                        var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return "| "
                            + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "worst") : depth0), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 2 }, "end": { "line": 2, "column": 25 } } })) != null ? stack1 : "")
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "riskLabel") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "link") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "state") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "role") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "publicIp") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0), depth0)) != null ? stack1 : "")
                            + " |"
                            + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depths[1] != null ? lookupProperty(depths[1], "usage") : depths[1]), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 128 }, "end": { "line": 2, "column": 196 } } })) != null ? stack1 : "")
                            + " "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "runningFor") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0, "note") : depth0), depth0)) != null ? stack1 : "")
                            + " |\n";
                    }, "1": function (container, depth0, helpers, partials, data) {
                        return "\ud83d\udd34 ";
                    }, "2": function (container, depth0, helpers, partials, data) {
                        var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return " "
                            + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "willBreak") : depth0), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 145 }, "end": { "line": 2, "column": 172 } } })) != null ? stack1 : "")
                            + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0, "v1CallsText") : depth0), depth0)) != null ? stack1 : "")
                            + " |";
                    }, "3": function (container, depth0, helpers, partials, data) {
                        return "\u26a0\ufe0f ";
                    }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data, blockParams, depths) {
                        var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 9 } } })) != null ? stack1 : "");
                    }, "useData": true, "useDepths": true } },
            { path: "usage.inUseRows", spec: { "0": function (container, depth0, helpers, partials, data) {
                        var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return "| "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "v1CallsText") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "link") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "riskLabel") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "role") : depth0), depth0)) != null ? stack1 : "")
                            + " |\n";
                    }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
                        var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUseRows") : stack1), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 9 } } })) != null ? stack1 : "");
                    }, "useData": true } },
            { path: "usage.rejectedRows", spec: { "0": function (container, depth0, helpers, partials, data) {
                        var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return "| "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "rejected") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "link") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                            + " |\n";
                    }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
                        var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "rejectedRows") : stack1), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 9 } } })) != null ? stack1 : "");
                    }, "useData": true } },
            { path: "regressions.rows", spec: { "0": function (container, depth0, helpers, partials, data) {
                        var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return "| "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "riskLabel") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "link") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "was") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "role") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "publicIp") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0), depth0)) != null ? stack1 : "")
                            + " |\n";
                    }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
                        var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 9 } } })) != null ? stack1 : "");
                    }, "useData": true } },
            { path: "hopLimit.rows", spec: { "0": function (container, depth0, helpers, partials, data) {
                        var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return "| "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "link") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "allowed") : depth0), depth0)) != null ? stack1 : "")
                            + " | "
                            + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0, "host") : depth0), depth0)) != null ? stack1 : "")
                            + " |\n";
                    }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
                        var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                                return parent[propertyName];
                            }
                            return undefined;
                        };
                        return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 3, "column": 9 } } })) != null ? stack1 : "");
                    }, "useData": true } },
        ],
    },
    "report.html.hbs": {
        main: { "0": function (container, depth0, helpers, partials, data) {
                var lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "repository") : depth0), depth0))
                    + " \u00b7 ";
            }, "1": function (container, depth0, helpers, partials, data) {
                var lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 <a href=\""
                    + container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "runUrl") : depth0), depth0))
                    + "\">workflow run</a>";
            }, "2": function (container, depth0, helpers, partials, data) {
                return "pass";
            }, "3": function (container, depth0, helpers, partials, data) {
                return "fail";
            }, "4": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<p class=\"makeup\" data-testid=\"makeup\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "compliantText") : stack1), depth0))
                    + "<br>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "notCompliantText") : stack1), depth0))
                    + "</p>";
            }, "5": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<p data-testid=\"usage-line\">Who still uses IMDSv1 (last "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0))
                    + " days): <strong>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "safe") : stack1), depth0))
                    + "</strong> safe to harden now \u00b7 <strong>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUse") : stack1), depth0))
                    + "</strong> will break"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "hasUnknown") : stack1), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 123, "column": 191 }, "end": { "line": 123, "column": 250 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "hasRejected") : stack1), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 123, "column": 250 }, "end": { "line": 123, "column": 340 } } })) != null ? stack1 : "")
                    + "</p>";
            }, "6": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 "
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "unknown") : stack1), depth0))
                    + " unknown";
            }, "7": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return " \u00b7 <strong>"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "rejected") : stack1), depth0))
                    + "</strong> broken by hardening";
            }, "8": function (container, depth0, helpers, partials, data) {
                return "<p>No in-scope instances were found: the fleet counts as 100% by definition.</p>";
            }, "9": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<p>Since the previous run ("
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "since") : stack1), depth0))
                    + "): <strong>"
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "text") : stack1), depth0))
                    + "</strong>, IMDSv1-allowed "
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "v1Text") : stack1), depth0))
                    + "."
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1)) != null ? lookupProperty(stack1, "ruleChanged") : stack1), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 125, "column": 167 }, "end": { "line": 125, "column": 256 } } })) != null ? stack1 : "")
                    + "</p>";
            }, "10": function (container, depth0, helpers, partials, data) {
                return " The previous run used another compliance rule.";
            }, "11": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "; "
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "exempted") : stack1), depth0))
                    + " exempted";
            }, "12": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<div class=\"alert\" role=\"alert\">\n  <strong>Gate failed</strong>\n  <ul>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "failures") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 133, "column": 6 }, "end": { "line": 133, "column": 59 } } })) != null ? stack1 : "")
                    + "</ul>\n</div>\n";
            }, "13": function (container, depth0, helpers, partials, data) {
                return "<li>"
                    + container.escapeExpression(container.lambda(depth0, depth0))
                    + "</li>";
            }, "14": function (container, depth0, helpers, partials, data) {
                return "  <p>Every in-scope instance already refuses IMDSv1. Keep it that way: require IMDSv2 in the account defaults and launch templates.</p>\n";
            }, "15": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <ol>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "steps") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 142, "column": 6 }, "end": { "line": 142, "column": 52 } } })) != null ? stack1 : "")
                    + "</ol>\n  <p>The remediation workflow (plan \u2192 approve \u2192 apply):</p>\n  <pre><code>"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "step") : stack1), depth0))
                    + "</code></pre>\n";
            }, "16": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "framework") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "control") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "scope") : depth0), depth0))
                    + "</td></tr>";
            }, "17": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-regressions\">\n  <h2 id=\"h-regressions\">Since the baseline ("
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "since") : stack1), depth0))
                    + ", "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "percentText") : stack1), depth0))
                    + ")</h2>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.program(19, data, 0), "data": data, "loc": { "start": { "line": 157, "column": 2 }, "end": { "line": 166, "column": 9 } } })) != null ? stack1 : "")
                    + "</section>\n";
            }, "18": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"alert\" role=\"alert\"><strong>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "countText") : stack1), depth0))
                    + " instance(s) newly allow IMDSv1.</strong> "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "fixed") : stack1), depth0))
                    + " fixed, "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "removed") : stack1), depth0))
                    + " gone since.</div>\n  <div class=\"table-wrap\"><table id=\"regressions\" data-rows=\"regressions-data\" class=\"sortable\">\n    <caption>Instances that allow IMDSv1 now and did not in the baseline</caption>\n    <thead><tr><th scope=\"col\">Risk</th><th scope=\"col\">Name</th><th scope=\"col\">Instance</th><th scope=\"col\">Region</th><th scope=\"col\">Before</th><th scope=\"col\">Role</th><th scope=\"col\">Public IP</th><th scope=\"col\" class=\"num\" data-type=\"num\">Hop limit</th></tr></thead>\n    <tbody></tbody>\n  </table>\u003Cscript type=\"application/json\" id=\"regressions-data\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "tables") : depth0)) != null ? lookupProperty(stack1, "regressions") : stack1), depth0))
                    + "\u003C/script></div>\n";
            }, "19": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <p>No instance newly allows IMDSv1. "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "fixed") : stack1), depth0))
                    + " fixed, "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "regressions") : depth0)) != null ? lookupProperty(stack1, "removed") : stack1), depth0))
                    + " gone since.</p>\n";
            }, "20": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + " "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "countText") : depth0), depth0))
                    + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : (container.nullContext || {}), (data && lookupProperty(data, "last")), { "name": "unless", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 173, "column": 75 }, "end": { "line": 173, "column": 105 } } })) != null ? stack1 : "");
            }, "21": function (container, depth0, helpers, partials, data) {
                return ", ";
            }, "22": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<rect class=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "cls") : depth0), depth0))
                    + "\" x=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "x") : depth0), depth0))
                    + "\" y=\"0\" width=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "width") : depth0), depth0))
                    + "\" height=\"28\"><title>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + ": "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "countText") : depth0), depth0))
                    + " ("
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "shareText") : depth0), depth0))
                    + ")</title></rect>";
            }, "23": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "count") : depth0), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 177, "column": 28 }, "end": { "line": 177, "column": 210 } } })) != null ? stack1 : "");
            }, "24": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<li"
                    + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "compliant") : depth0), { "name": "unless", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 177, "column": 44 }, "end": { "line": 177, "column": 98 } } })) != null ? stack1 : "")
                    + "><i class=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "cls") : depth0), depth0))
                    + "\" aria-hidden=\"true\"></i>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + ": <strong>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "countText") : depth0), depth0))
                    + "</strong> ("
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "shareText") : depth0), depth0))
                    + ")</li>";
            }, "25": function (container, depth0, helpers, partials, data) {
                return " class=\"not-compliant\"";
            }, "26": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-usage\">\n  <h2 id=\"h-usage\">Who still uses IMDSv1 (last "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0))
                    + " days, "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "windowText") : stack1), depth0))
                    + ")</h2>\n  <ul class=\"counts\">\n    <li><strong data-testid=\"usage-safe\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "safe") : stack1), depth0))
                    + "</strong>no IMDSv1 calls: safe to harden now</li>\n    <li><strong data-testid=\"usage-in-use\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUse") : stack1), depth0))
                    + "</strong>made IMDSv1 calls: will break</li>\n    "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "hasUnknown") : stack1), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 187, "column": 4 }, "end": { "line": 187, "column": 96 } } })) != null ? stack1 : "")
                    + "\n    <li><strong data-testid=\"usage-rejected\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "rejected") : stack1), depth0))
                    + "</strong>broken by hardening (MetadataNoTokenRejected)</li>\n  </ul>\n  "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 190, "column": 2 }, "end": { "line": 190, "column": 183 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "inUseRows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 191, "column": 2 }, "end": { "line": 197, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "rejectedRows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 198, "column": 2 }, "end": { "line": 204, "column": 9 } } })) != null ? stack1 : "")
                    + "</section>\n";
            }, "27": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<li><strong>"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "unknown") : stack1), depth0))
                    + "</strong>unknown (not read)</li>";
            }, "28": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<div class=\"alert warn\"><strong>Not read</strong> (their instances count as unknown)<ul>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 190, "column": 117 }, "end": { "line": 190, "column": 165 } } })) != null ? stack1 : "")
                    + "</ul></div>";
            }, "29": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table id=\"usage\" data-rows=\"usage-data\" class=\"sortable\">\n    <caption>Instances that made IMDSv1 calls (CloudWatch MetadataNoToken): requiring IMDSv2 breaks them</caption>\n    <thead><tr><th scope=\"col\" class=\"num\" data-type=\"num\">IMDSv1 calls</th><th scope=\"col\">Name</th><th scope=\"col\">Instance</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\" data-type=\"num\">Risk</th><th scope=\"col\">Role (instance profile)</th></tr></thead>\n    <tbody></tbody>\n  </table>\u003Cscript type=\"application/json\" id=\"usage-data\">"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "tables") : depth0)) != null ? lookupProperty(stack1, "usage") : stack1), depth0))
                    + "\u003C/script></div>\n";
            }, "30": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table id=\"rejected\" data-rows=\"rejected-data\" class=\"sortable\">\n    <caption>Broken by hardening: IMDSv2 required, IMDSv1 calls refused (MetadataNoTokenRejected)</caption>\n    <thead><tr><th scope=\"col\" class=\"num\" data-type=\"num\">Refused calls</th><th scope=\"col\">Name</th><th scope=\"col\">Instance</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th></tr></thead>\n    <tbody></tbody>\n  </table>\u003Cscript type=\"application/json\" id=\"rejected-data\">"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "tables") : depth0)) != null ? lookupProperty(stack1, "rejected") : stack1), depth0))
                    + "\u003C/script></div>\n";
            }, "31": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-trend\">\n  <h2 id=\"h-trend\">Trend: last "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "runs") : stack1), depth0))
                    + " runs</h2>\n  <svg role=\"img\" aria-labelledby=\"trend-title\" viewBox=\"0 0 "
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "width") : stack1), depth0))
                    + " "
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "height") : stack1), depth0))
                    + "\" width=\"100%\" style=\"max-width:"
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "width") : stack1), depth0))
                    + "px\">\n    <title id=\"trend-title\">IMDSv2 enforcement from "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "first") : stack1), depth0))
                    + " to "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "last") : stack1), depth0))
                    + "</title>\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "gridlines") : stack1), { "name": "each", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 215, "column": 4 }, "end": { "line": 215, "column": 191 } } })) != null ? stack1 : "")
                    + "\n    <line class=\"threshold\" x1=\"44\" x2=\"624\" y1=\""
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "thresholdY") : stack1), depth0))
                    + "\" y2=\""
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "thresholdY") : stack1), depth0))
                    + "\"><title>Threshold "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "thresholdText") : stack1), depth0))
                    + "</title></line>\n    <polyline class=\"line\" points=\""
                    + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "polyline") : stack1), depth0))
                    + "\"></polyline>\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "points") : stack1), { "name": "each", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 218, "column": 4 }, "end": { "line": 218, "column": 120 } } })) != null ? stack1 : "")
                    + "\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "svg") : stack1)) != null ? lookupProperty(stack1, "xLabels") : stack1), { "name": "each", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 219, "column": 4 }, "end": { "line": 219, "column": 105 } } })) != null ? stack1 : "")
                    + "\n  </svg>\n  <details><summary>Runs</summary>\n  <div class=\"table-wrap\"><table>\n    <caption>Past runs, newest first</caption>\n    <thead><tr><th scope=\"col\">Scan</th><th scope=\"col\" class=\"num\">Enforcement</th><th scope=\"col\" class=\"num\">Compliant</th><th scope=\"col\" class=\"num\">In scope</th><th scope=\"col\" class=\"num\">IMDSv1 allowed</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "trend") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 225, "column": 11 }, "end": { "line": 225, "column": 193 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n  </details>\n</section>\n";
            }, "32": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<line class=\"grid\" x1=\"44\" x2=\"624\" y1=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "y") : depth0), depth0))
                    + "\" y2=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "y") : depth0), depth0))
                    + "\"></line><text x=\"38\" y=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "y") : depth0), depth0))
                    + "\" text-anchor=\"end\" dominant-baseline=\"middle\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + "</text>";
            }, "33": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<circle class=\"dot\" cx=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "x") : depth0), depth0))
                    + "\" cy=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "y") : depth0), depth0))
                    + "\" r=\"3\"><title>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + "</title></circle>";
            }, "34": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<text x=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "x") : depth0), depth0))
                    + "\" y=\"212\" text-anchor=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "anchor") : depth0), depth0))
                    + "\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + "</text>";
            }, "35": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "at") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "percentText") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "compliant") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "inScope") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0))
                    + "</td></tr>";
            }, "36": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-accounts\">\n  <h2 id=\"h-accounts\">Accounts (worst first)</h2>\n  <div class=\"table-wrap\"><table id=\"accounts\" class=\"sortable\">\n    <thead><tr><th scope=\"col\">Account</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"num\" data-type=\"num\">Enforcement</th><th scope=\"col\" class=\"num\" data-type=\"num\">Compliant</th><th scope=\"col\" class=\"num\" data-type=\"num\">In scope</th><th scope=\"col\" class=\"num\" data-type=\"num\">IMDSv1 allowed</th><th scope=\"col\">Problem</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "accounts") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 236, "column": 11 }, "end": { "line": 237, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n</section>\n";
            }, "37": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "failed") : depth0), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 236, "column": 37 }, "end": { "line": 236, "column": 72 } } })) != null ? stack1 : "")
                    + "><td class=\"id\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "status") : depth0), depth0))
                    + "</td><td class=\"num\" data-sort=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "percentValue") : depth0), depth0))
                    + "\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "percentText") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "compliant") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "inScope") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0))
                    + "</td><td class=\"text\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "reason") : depth0), depth0))
                    + "</td></tr>\n    ";
            }, "38": function (container, depth0, helpers, partials, data) {
                return " class=\"worst\"";
            }, "39": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table id=\"regions\" class=\"sortable\">\n    <thead><tr>"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "showAccount") : stack1), { "name": "if", "hash": {}, "fn": container.program(40, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 246, "column": 15 }, "end": { "line": 246, "column": 77 } } })) != null ? stack1 : "")
                    + "<th scope=\"col\">Region</th><th scope=\"col\" class=\"num\" data-type=\"num\">Enforcement</th><th scope=\"col\" class=\"num\" data-type=\"num\">Compliant</th><th scope=\"col\" class=\"num\" data-type=\"num\">In scope</th><th scope=\"col\" class=\"num\" data-type=\"num\">IMDSv1 allowed</th><th scope=\"col\" class=\"num\" data-type=\"num\">Disabled</th><th scope=\"col\" class=\"num\" data-type=\"num\">Pending</th><th scope=\"col\" class=\"num\" data-type=\"num\">Stopped</th>"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "0") : stack1)) != null ? lookupProperty(stack1, "deltaV1") : stack1), { "name": "if", "hash": {}, "fn": container.program(41, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 246, "column": 511 }, "end": { "line": 246, "column": 589 } } })) != null ? stack1 : "")
                    + "</tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(42, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 247, "column": 11 }, "end": { "line": 248, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n  ";
            }, "40": function (container, depth0, helpers, partials, data) {
                return "<th scope=\"col\">Account</th>";
            }, "41": function (container, depth0, helpers, partials, data) {
                return "<th scope=\"col\" class=\"num\">\u0394 IMDSv1</th>";
            }, "42": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr>"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depths[1] != null ? lookupProperty(depths[1], "regions") : depths[1])) != null ? lookupProperty(stack1, "showAccount") : stack1), { "name": "if", "hash": {}, "fn": container.program(43, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 247, "column": 37 }, "end": { "line": 247, "column": 107 } } })) != null ? stack1 : "")
                    + "<td>"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + "</td><td class=\"num\" data-sort=\""
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "percentValue") : depth0), depth0))
                    + "\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "percentText") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "compliant") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "inScope") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "disabled") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "pending") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "stopped") : depth0), depth0))
                    + "</td>"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "deltaV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(44, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 247, "column": 381 }, "end": { "line": 247, "column": 435 } } })) != null ? stack1 : "")
                    + "</tr>\n    ";
            }, "43": function (container, depth0, helpers, partials, data) {
                var lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<td class=\"id\">"
                    + container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "</td>";
            }, "44": function (container, depth0, helpers, partials, data) {
                var lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<td class=\"num\">"
                    + container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "deltaV1") : depth0), depth0))
                    + "</td>";
            }, "45": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "emptyText") : stack1), { "name": "unless", "hash": {}, "fn": container.program(46, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 250, "column": 10 }, "end": { "line": 250, "column": 92 } } })) != null ? stack1 : "");
            }, "46": function (container, depth0, helpers, partials, data) {
                return "<p>No region was scanned successfully.</p>";
            }, "47": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<p class=\"muted\">"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "emptyText") : stack1), depth0))
                    + "</p>";
            }, "48": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"alert warn\"><strong>Not scanned</strong><ul>\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "failedAccounts") : stack1), { "name": "each", "hash": {}, "fn": container.program(49, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 254, "column": 4 }, "end": { "line": 254, "column": 99 } } })) != null ? stack1 : "")
                    + "\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "failed") : stack1), { "name": "each", "hash": {}, "fn": container.program(50, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 255, "column": 4 }, "end": { "line": 255, "column": 96 } } })) != null ? stack1 : "")
                    + "\n  </ul></div>\n";
            }, "49": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<li>Account "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + ": "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "code") : depth0), depth0))
                    + " \u2014 "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "message") : depth0), depth0))
                    + "</li>";
            }, "50": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<li>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + " ("
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "): "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "code") : depth0), depth0))
                    + " \u2014 "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "message") : depth0), depth0))
                    + "</li>";
            }, "51": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <p>Role + public IP: <strong>"
                    + alias2(alias1(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1)) != null ? lookupProperty(stack1, "0") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0))
                    + "</strong> \u00b7 role only: <strong>"
                    + alias2(alias1(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1)) != null ? lookupProperty(stack1, "1") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0))
                    + "</strong> \u00b7 no role: <strong>"
                    + alias2(alias1(((stack1 = ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1)) != null ? lookupProperty(stack1, "2") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0))
                    + "</strong>. Highest risk first; a hop limit above 1 lets containers reach the metadata service too.</p>\n  <div class=\"filter\" hidden><label for=\"v1-filter\">Filter</label><input id=\"v1-filter\" type=\"search\" data-filter=\"v1\" data-status=\"v1-status\" placeholder=\"name, id, region, role\u2026\" autocomplete=\"off\">"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "byTag") : depth0), { "name": "if", "hash": {}, "fn": container.program(52, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 264, "column": 200 }, "end": { "line": 264, "column": 445 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(55, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 264, "column": 445 }, "end": { "line": 264, "column": 717 } } })) != null ? stack1 : "")
                    + "<span id=\"v1-status\" class=\"muted\" aria-live=\"polite\"></span></div>\n  <div class=\"table-wrap\"><table id=\"v1\" data-rows=\"v1-data\" class=\"sortable\">\n    <caption>Instances that allow IMDSv1 ("
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "totalText") : stack1), depth0))
                    + "), highest risk first</caption>\n    <thead><tr><th scope=\"col\" data-type=\"num\">Risk</th><th scope=\"col\">Name</th><th scope=\"col\">Instance</th><th scope=\"col\" class=\"opt\">Account</th><th scope=\"col\">Region</th><th scope=\"col\" class=\"opt\">State</th><th scope=\"col\">Role (instance profile)</th><th scope=\"col\">Public IP</th><th scope=\"col\" class=\"num opt\" data-type=\"num\">Hop limit</th>"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(56, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 267, "column": 351 }, "end": { "line": 267, "column": 451 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "byTag") : depth0), { "name": "if", "hash": {}, "fn": container.program(57, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 267, "column": 451 }, "end": { "line": 267, "column": 517 } } })) != null ? stack1 : "")
                    + "<th scope=\"col\" class=\"num opt\" data-type=\"num\">Running for</th><th scope=\"col\" class=\"opt\">Note</th></tr></thead>\n    <tbody></tbody>\n  </table>\u003Cscript type=\"application/json\" id=\"v1-data\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "tables") : depth0)) != null ? lookupProperty(stack1, "v1") : stack1), depth0))
                    + "\u003C/script></div>\n  ";
            }, "52": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<label for=\"v1-tag\">"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0))
                    + "</label><select id=\"v1-tag\" data-filter-tag=\"v1\"><option value=\"*\">all</option>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(53, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 264, "column": 325 }, "end": { "line": 264, "column": 429 } } })) != null ? stack1 : "")
                    + "</select>";
            }, "53": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<option value=\""
                    + ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "untagged") : depth0), { "name": "unless", "hash": {}, "fn": container.program(54, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 264, "column": 360 }, "end": { "line": 264, "column": 400 } } })) != null ? stack1 : "")
                    + "\">"
                    + container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "value") : depth0), depth0))
                    + "</option>";
            }, "54": function (container, depth0, helpers, partials, data) {
                var lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "value") : depth0), depth0));
            }, "55": function (container, depth0, helpers, partials, data) {
                return "<label for=\"v1-usage\">IMDSv1 calls</label><select id=\"v1-usage\" data-filter-usage=\"v1\"><option value=\"*\">all</option><option value=\"in-use\">will break</option><option value=\"safe\">safe to harden</option><option value=\"unknown\">unknown</option></select>";
            }, "56": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<th scope=\"col\" class=\"num\" data-type=\"num\">IMDSv1 calls ("
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "usage") : depth0)) != null ? lookupProperty(stack1, "days") : stack1), depth0))
                    + " d)</th>";
            }, "57": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<th scope=\"col\" class=\"opt\">"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0))
                    + "</th>";
            }, "58": function (container, depth0, helpers, partials, data) {
                return "<p>None: every in-scope instance refuses IMDSv1.</p>";
            }, "59": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<li>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "label") : depth0), depth0))
                    + ": <strong>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "count") : depth0), depth0))
                    + "</strong></li>";
            }, "60": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table id=\"profiles\" class=\"sortable\">\n    <thead><tr><th scope=\"col\">Instance profile</th><th scope=\"col\" class=\"num\" data-type=\"num\">Instances</th><th scope=\"col\" class=\"num\" data-type=\"num\">IMDSv1 allowed</th><th scope=\"col\" class=\"num\" data-type=\"num\">\u2026with public IP</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "profiles") : stack1), { "name": "each", "hash": {}, "fn": container.program(61, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 280, "column": 11 }, "end": { "line": 281, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n";
            }, "61": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td class=\"text\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "profile") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "instances") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "v1") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "public") : depth0), depth0))
                    + "</td></tr>\n    ";
            }, "62": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-hop\">\n  <h2 id=\"h-hop\">Hop limit above the policy ("
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), depth0))
                    + ")</h2>\n  <p>Policy: "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "policy") : stack1), depth0))
                    + ". A hop limit above 1 lets containers on the host reach the metadata service (AWS Config <code>ec2-token-hop-limit-check</code>); "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "containerHosts") : stack1), depth0))
                    + " container host(s) recognised by their tags or launch template.</p>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(63, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 292, "column": 2 }, "end": { "line": 297, "column": 9 } } })) != null ? stack1 : "")
                    + "</section>\n";
            }, "63": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table id=\"hop\" data-rows=\"hop-data\" class=\"sortable\">\n    <thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Instance</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\" class=\"num\" data-type=\"num\">Hop limit</th><th scope=\"col\" class=\"num\" data-type=\"num\">Allowed</th><th scope=\"col\">Host</th></tr></thead>\n    <tbody></tbody>\n  </table>\u003Cscript type=\"application/json\" id=\"hop-data\">"
                    + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "tables") : depth0)) != null ? lookupProperty(stack1, "hop") : stack1), depth0))
                    + "\u003C/script></div>\n";
            }, "64": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-posture\">\n  <h2 id=\"h-posture\">Launch templates, account defaults and AMIs</h2>\n  <ul>"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "summary") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 304, "column": 6 }, "end": { "line": 304, "column": 57 } } })) != null ? stack1 : "")
                    + "</ul>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "accountDefaults") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(65, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 305, "column": 2 }, "end": { "line": 310, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchTemplates") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(67, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 311, "column": 2 }, "end": { "line": 316, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "images") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(71, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 317, "column": 2 }, "end": { "line": 322, "column": 9 } } })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchConfigurations") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(73, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 323, "column": 2 }, "end": { "line": 328, "column": 9 } } })) != null ? stack1 : "")
                    + "</section>\n";
            }, "65": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table class=\"sortable\"><caption>Account defaults for new launches (per region)</caption>\n    <thead><tr><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">HttpTokens</th><th scope=\"col\">Hop limit</th><th scope=\"col\">Endpoint</th><th scope=\"col\">Managed by</th><th scope=\"col\">Verdict</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "accountDefaults") : stack1), { "name": "each", "hash": {}, "fn": container.program(66, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 308, "column": 11 }, "end": { "line": 309, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody></table></div>\n";
            }, "66": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr"
                    + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "allowsV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 308, "column": 47 }, "end": { "line": 308, "column": 84 } } })) != null ? stack1 : "")
                    + "><td class=\"id\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "tokens") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "hop") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "endpoint") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "managedBy") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "verdict") : depth0), depth0))
                    + "</td></tr>\n    ";
            }, "67": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table class=\"sortable\"><caption>Launch templates (default and latest version)</caption>\n    <thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Id</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">Default version</th><th scope=\"col\">Latest version</th><th scope=\"col\" class=\"num\" data-type=\"num\">Instances</th><th scope=\"col\">Auto Scaling groups</th><th scope=\"col\">Verdict</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchTemplates") : stack1), { "name": "each", "hash": {}, "fn": container.program(68, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 314, "column": 11 }, "end": { "line": 315, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody></table></div>\n";
            }, "68": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "allowsV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 314, "column": 47 }, "end": { "line": 314, "column": 84 } } })) != null ? stack1 : "")
                    + "><td class=\"text name\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0))
                    + "</td><td class=\"id\">"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "url") : depth0), { "name": "if", "hash": {}, "fn": container.program(69, data, 0), "inverse": container.program(70, data, 0), "data": data, "loc": { "start": { "line": 314, "column": 135 }, "end": { "line": 314, "column": 212 } } })) != null ? stack1 : "")
                    + "</td><td class=\"id\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "</td><td class=\"nowrap\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + "</td><td>"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "defaultVersion") : depth0), depth0))
                    + "</td><td>"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "latestVersion") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "instances") : depth0), depth0))
                    + "</td><td class=\"text\">"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "groups") : depth0), depth0))
                    + "</td><td>"
                    + alias3(alias2((depth0 != null ? lookupProperty(depth0, "verdict") : depth0), depth0))
                    + "</td></tr>\n    ";
            }, "69": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<a href=\""
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "url") : depth0), depth0))
                    + "\" rel=\"noreferrer\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "id") : depth0), depth0))
                    + "</a>";
            }, "70": function (container, depth0, helpers, partials, data) {
                var lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return container.escapeExpression(container.lambda((depth0 != null ? lookupProperty(depth0, "id") : depth0), depth0));
            }, "71": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table class=\"sortable\"><caption>AMIs in use</caption>\n    <thead><tr><th scope=\"col\">AMI</th><th scope=\"col\">Name</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">ImdsSupport</th><th scope=\"col\" class=\"num\" data-type=\"num\">Instances</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "images") : stack1), { "name": "each", "hash": {}, "fn": container.program(72, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 320, "column": 11 }, "end": { "line": 321, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody></table></div>\n";
            }, "72": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td class=\"id\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "id") : depth0), depth0))
                    + "</td><td class=\"text name\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0))
                    + "</td><td class=\"id\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "support") : depth0), depth0))
                    + "</td><td class=\"num\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "instances") : depth0), depth0))
                    + "</td></tr>\n    ";
            }, "73": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "  <div class=\"table-wrap\"><table class=\"sortable\"><caption>Auto Scaling groups still on launch configurations (AutoScaling.3)</caption>\n    <thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">Launch configuration</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "posture") : depth0)) != null ? lookupProperty(stack1, "launchConfigurations") : stack1), { "name": "each", "hash": {}, "fn": container.program(74, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 326, "column": 11 }, "end": { "line": 327, "column": 13 } } })) != null ? stack1 : "")
                    + "</tbody></table></div>\n";
            }, "74": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td class=\"text name\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0))
                    + "</td><td class=\"id\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "accountId") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + "</td><td class=\"text\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "configuration") : depth0), depth0))
                    + "</td></tr>\n    ";
            }, "75": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-exceptions\">\n  <h2 id=\"h-exceptions\">Exemptions that no longer count</h2>\n  <div class=\"table-wrap\"><table>\n    <thead><tr><th scope=\"col\">Instance</th><th scope=\"col\">Name</th><th scope=\"col\">Region</th><th scope=\"col\">Reason</th><th scope=\"col\">Expires</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "expiredExceptions") : depth0), { "name": "each", "hash": {}, "fn": container.program(76, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 337, "column": 11 }, "end": { "line": 337, "column": 196 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n</section>\n";
            }, "76": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td class=\"id\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "instanceId") : depth0), depth0))
                    + "</td><td class=\"text name\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "name") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "region") : depth0), depth0))
                    + "</td><td class=\"text\">"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "reason") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "expires") : depth0), depth0))
                    + "</td></tr>";
            }, "77": function (container, depth0, helpers, partials, data) {
                var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<section aria-labelledby=\"h-guardrails\">\n  <h2 id=\"h-guardrails\">Guardrails: keep IMDSv1 from coming back</h2>\n  <p>Preventive policies written to the report folder (<code>guardrails/</code>).</p>\n  <div class=\"table-wrap\"><table>\n    <thead><tr><th scope=\"col\">Policy</th><th scope=\"col\">File</th><th scope=\"col\">In force</th><th scope=\"col\">Would have blocked in the current fleet</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(78, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 349, "column": 11 }, "end": { "line": 349, "column": 146 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n  <p><strong>Hop limit:</strong> "
                    + alias3(alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0)) != null ? lookupProperty(stack1, "hopLimit") : stack1), depth0))
                    + "</p>\n  <p><strong>Launches the SCP would deny</strong> ("
                    + alias3(alias2(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0)) != null ? lookupProperty(stack1, "denied") : stack1)) != null ? lookupProperty(stack1, "count") : stack1), depth0))
                    + "): "
                    + alias3(alias2(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0)) != null ? lookupProperty(stack1, "denied") : stack1)) != null ? lookupProperty(stack1, "ids") : stack1), depth0))
                    + "</p>\n  "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0)) != null ? lookupProperty(stack1, "notes") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(79, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 353, "column": 2 }, "end": { "line": 353, "column": 101 } } })) != null ? stack1 : "")
                    + "\n</section>\n";
            }, "78": function (container, depth0, helpers, partials, data) {
                var alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<tr><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "policy") : depth0), depth0))
                    + "</td><td><code>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "file") : depth0), depth0))
                    + "</code></td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "inForce") : depth0), depth0))
                    + "</td><td>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "wouldBlock") : depth0), depth0))
                    + "</td></tr>";
            }, "79": function (container, depth0, helpers, partials, data) {
                var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<ul>"
                    + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0)) != null ? lookupProperty(stack1, "notes") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 353, "column": 37 }, "end": { "line": 353, "column": 89 } } })) != null ? stack1 : "")
                    + "</ul>";
            }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data, blockParams, depths) {
                var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                    if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                        return parent[propertyName];
                    }
                    return undefined;
                };
                return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "scriptHash") : depth0), depth0))
                    + "'; img-src data:; base-uri 'none'; form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "title") : depth0), depth0))
                    + ": "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "percentText") : stack1), depth0))
                    + " IMDSv2 enforcement ("
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "statusText") : stack1), depth0))
                    + ")</title>\n<style>\n:root {\n  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;\n  --pass: #1a7f37; --fail: #cf222e; --warn: #9a6700; --link: #0969da;\n  --b-v2-required: #1a7f37; --b-disabled: #6e7781; --b-pending: #bf8700; --b-v1-allowed: #cf222e;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;\n    --pass: #3fb950; --fail: #f85149; --warn: #d29922; --link: #4493f8;\n    --b-v2-required: #3fb950; --b-disabled: #9198a1; --b-pending: #d29922; --b-v1-allowed: #f85149;\n  }\n}\n* { box-sizing: border-box; }\nbody { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; }\nmain { max-width: 1440px; margin: 0 auto; padding: 24px; }\nh1 { font-size: 1.4rem; margin: 0 0 4px; }\nh2 { font-size: 1.15rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }\na { color: var(--link); }\n.muted { color: var(--muted); }\n.hero { display: flex; flex-wrap: wrap; gap: 24px; align-items: center; padding: 20px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }\n.big { font-size: 3rem; font-weight: 700; line-height: 1; }\n.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 600; color: #fff; }\n.badge.pass { background: var(--pass); } .badge.fail { background: var(--fail); }\n.alert { border-left: 4px solid var(--fail); background: var(--panel); padding: 8px 16px; margin: 16px 0; }\n.alert.warn { border-color: var(--warn); }\n.table-wrap { overflow-x: auto; }\ntable { border-collapse: collapse; width: 100%; font-size: 0.9rem; }\ncaption { text-align: left; color: var(--muted); padding: 4px 0; caption-side: top; }\nth, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }\nth { background: var(--panel); position: sticky; top: 0; }\ntd.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }\ntd.id { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; white-space: nowrap; }\ntd.text { overflow-wrap: anywhere; max-width: 28ch; }\ntr.worst td:first-child { color: var(--fail); font-weight: 600; }\nbutton.sort { all: unset; cursor: pointer; font-weight: 600; }\nbutton.sort:focus-visible { outline: 2px solid var(--link); }\nth[aria-sort=\"ascending\"] button.sort::after { content: \" \u25b2\"; }\nth[aria-sort=\"descending\"] button.sort::after { content: \" \u25bc\"; }\n.filter { margin: 8px 0; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }\n.filter input { padding: 6px 10px; min-width: 280px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }\n.legend { display: flex; flex-wrap: wrap; gap: 16px; list-style: none; padding: 0; margin: 8px 0; }\n.legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }\n.b-v2-required { fill: var(--b-v2-required); background: var(--b-v2-required); }\n.b-disabled { fill: var(--b-disabled); background: var(--b-disabled); }\n.b-pending { fill: var(--b-pending); background: var(--b-pending); }\n.b-v1-allowed { fill: var(--b-v1-allowed); background: var(--b-v1-allowed); }\n.b-exempt { fill: var(--b-v2-required); background: var(--b-v2-required); opacity: 0.55; }\n.b-disabled-open { fill: var(--b-disabled); background: repeating-linear-gradient(45deg, var(--b-disabled) 0 3px, var(--b-v1-allowed) 3px 6px); }\n.b-pending-open { fill: var(--b-pending); background: repeating-linear-gradient(45deg, var(--b-pending) 0 3px, var(--b-v1-allowed) 3px 6px); }\n.legend li.not-compliant { opacity: 0.95; }\n.makeup { margin: 4px 0; }\ntd.id a, td.nowrap, td.name { white-space: nowrap; overflow-wrap: normal; }\ntd.nowrap { font-variant-numeric: tabular-nums; }\n.usage-in-use td:first-child { color: var(--fail); font-weight: 600; }\n.pager { margin: 8px 0; display: flex; gap: 12px; align-items: center; }\n.pager button { padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); cursor: pointer; }\n.pager button:disabled { opacity: 0.5; cursor: default; }\n.pager[hidden], .filter[hidden] { display: none; }\n.filter select { padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }\n.counts { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; }\n.counts li { padding: 8px 14px; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }\n.counts strong { font-size: 1.3rem; display: block; }\nsvg text { fill: var(--muted); font-size: 11px; }\nsvg .grid { stroke: var(--line); }\nsvg .line { fill: none; stroke: var(--link); stroke-width: 2; }\nsvg .dot { fill: var(--link); }\nsvg .threshold { stroke: var(--fail); stroke-dasharray: 4 4; }\npre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 12px; overflow-x: auto; font-size: 0.85rem; }\nfooter { margin-top: 40px; color: var(--muted); font-size: 0.85rem; }\nnav.toc { position: sticky; top: 0; z-index: 3; background: var(--bg); border-bottom: 1px solid var(--line); padding: 6px 0; margin: 0 0 8px; overflow-x: auto; white-space: nowrap; font-size: 0.85rem; }\nnav.toc a { margin-right: 14px; text-decoration: none; }\nnav.toc a:hover { text-decoration: underline; }\nh2 { scroll-margin-top: 44px; }\nbutton.cols { padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); cursor: pointer; }\n@media (max-width: 1000px) {\n  main { padding: 12px; }\n  table:not(.all-cols) .opt { display: none; }\n  table { font-size: 0.85rem; }\n  th, td { padding: 4px 6px; }\n  td.text { max-width: 22ch; }\n}\n@media (min-width: 1001px) { button.cols { display: none; } }\n@media print {\n  :root { --bg: #fff; --fg: #000; --panel: #f3f3f3; --line: #bbb; }\n  .filter, .pager, button.sort::after, nav.toc, button.cols { display: none; }\n  table .opt { display: table-cell; }\n  th { position: static; }\n  main { max-width: none; padding: 0; }\n  h2 { break-after: avoid; }\n  tr { break-inside: avoid; }\n  a::after { content: \" (\" attr(href) \")\"; font-size: 0.8em; }\n}\n</style>\n</head>\n<body>\n<main>\n<noscript><p class=\"muted\">The instance tables are drawn by the page's script: every row is also in "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "files") : depth0)) != null ? lookupProperty(stack1, "json") : stack1), depth0))
                    + ".</p></noscript>\n<header>\n  <h1>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "title") : depth0), depth0))
                    + "</h1>\n  <p class=\"muted\">"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "repository") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 110, "column": 19 }, "end": { "line": 110, "column": 61 } } })) != null ? stack1 : "")
                    + "scanned "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "scannedAtText") : stack1), depth0))
                    + " in "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "durationText") : stack1), depth0))
                    + " \u00b7 "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "accountsScanned") : stack1), depth0))
                    + " account(s), "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "regionsScanned") : stack1), depth0))
                    + " region(s)"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "runUrl") : depth0), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 110, "column": 205 }, "end": { "line": 110, "column": 266 } } })) != null ? stack1 : "")
                    + "</p>\n</header>\n\n"
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "iacHtml"), depth0, { "name": "iacHtml", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + "<section class=\"hero\" aria-label=\"Headline\">\n  <div>\n    <div class=\"big\" data-testid=\"percent\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "percentText") : stack1), depth0))
                    + "</div>\n    <div class=\"muted\">IMDSv2 enforcement</div>\n  </div>\n  <div>\n    <p><span class=\"badge "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "passed") : stack1), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.program(3, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 120, "column": 26 }, "end": { "line": 120, "column": 72 } } })) != null ? stack1 : "")
                    + "\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "statusText") : stack1), depth0))
                    + "</span> threshold "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "thresholdText") : stack1), depth0))
                    + "</p>\n    <p><strong>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "compliant") : stack1), depth0))
                    + " of "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "inScope") : stack1), depth0))
                    + "</strong> in-scope instances compliant under <strong>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleName") : stack1), depth0))
                    + "</strong> ("
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleId") : stack1), depth0))
                    + ").<br><span class=\"muted\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleDescription") : stack1), depth0))
                    + "</span></p>\n    "
                    + ((stack1 = lookupProperty(helpers, "unless").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "emptyFleet") : stack1), { "name": "unless", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 122, "column": 4 }, "end": { "line": 122, "column": 142 } } })) != null ? stack1 : "")
                    + "\n    "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 123, "column": 4 }, "end": { "line": 123, "column": 351 } } })) != null ? stack1 : "")
                    + "\n    "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "emptyFleet") : stack1), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 124, "column": 4 }, "end": { "line": 124, "column": 118 } } })) != null ? stack1 : "")
                    + "\n    "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "change") : stack1), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 125, "column": 4 }, "end": { "line": 125, "column": 267 } } })) != null ? stack1 : "")
                    + "\n    <p class=\"muted\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "outOfScope") : stack1), depth0))
                    + " out of scope (terminated, shutting down"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "hasExempted") : stack1), { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 126, "column": 84 }, "end": { "line": 126, "column": 151 } } })) != null ? stack1 : "")
                    + ") \u00b7 "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "stopped") : stack1), depth0))
                    + " stopped instances included</p>\n  </div>\n</section>\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "failures") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 130, "column": 0 }, "end": { "line": 135, "column": 7 } } })) != null ? stack1 : "")
                    + "\n<section aria-labelledby=\"h-next\">\n  <h2 id=\"h-next\">What to do next</h2>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "allCompliant") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.program(15, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 139, "column": 2 }, "end": { "line": 145, "column": 9 } } })) != null ? stack1 : "")
                    + "  <div class=\"table-wrap\"><table>\n    <caption>Compliance mapping</caption>\n    <thead><tr><th scope=\"col\">Framework</th><th scope=\"col\">Control</th><th scope=\"col\">What it checks</th></tr></thead>\n    <tbody>"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "next") : depth0)) != null ? lookupProperty(stack1, "mapping") : stack1), { "name": "each", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 149, "column": 11 }, "end": { "line": 149, "column": 111 } } })) != null ? stack1 : "")
                    + "</tbody>\n  </table></div>\n</section>\n\n"
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "exposureHtml"), depth0, { "name": "exposureHtml", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "regressions") : depth0), { "name": "if", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 154, "column": 0 }, "end": { "line": 168, "column": 7 } } })) != null ? stack1 : "")
                    + "\n<section aria-labelledby=\"h-split\">\n  <h2 id=\"h-split\">Split of "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "total") : stack1), depth0))
                    + " in-scope instances under "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleId") : stack1), depth0))
                    + "</h2>\n  <svg role=\"img\" aria-labelledby=\"split-title\" viewBox=\"0 0 "
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "width") : stack1), depth0))
                    + " 28\" width=\"100%\" preserveAspectRatio=\"none\" style=\"max-height:40px\">\n    <title id=\"split-title\">"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "segments") : stack1), { "name": "each", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 173, "column": 28 }, "end": { "line": 173, "column": 114 } } })) != null ? stack1 : "")
                    + "</title>\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "segments") : stack1), { "name": "each", "hash": {}, "fn": container.program(22, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 174, "column": 4 }, "end": { "line": 174, "column": 167 } } })) != null ? stack1 : "")
                    + "\n  </svg>\n  <ul class=\"legend\">\n    "
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "split") : depth0)) != null ? lookupProperty(stack1, "segments") : stack1), { "name": "each", "hash": {}, "fn": container.program(23, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 177, "column": 4 }, "end": { "line": 177, "column": 219 } } })) != null ? stack1 : "")
                    + "\n  </ul>\n</section>\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "usage") : depth0), { "name": "if", "hash": {}, "fn": container.program(26, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 181, "column": 0 }, "end": { "line": 206, "column": 7 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "byTagHtml"), depth0, { "name": "byTagHtml", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "trend") : depth0), { "name": "if", "hash": {}, "fn": container.program(31, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 210, "column": 0 }, "end": { "line": 229, "column": 7 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "accounts") : depth0), { "name": "if", "hash": {}, "fn": container.program(36, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 231, "column": 0 }, "end": { "line": 240, "column": 7 } } })) != null ? stack1 : "")
                    + "\n<section aria-labelledby=\"h-regions\">\n  <h2 id=\"h-regions\">Regions (worst first)</h2>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(39, data, 0, blockParams, depths), "inverse": container.program(45, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 244, "column": 2 }, "end": { "line": 250, "column": 99 } } })) != null ? stack1 : "")
                    + "\n  "
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "emptyText") : stack1), { "name": "if", "hash": {}, "fn": container.program(47, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 251, "column": 2 }, "end": { "line": 251, "column": 76 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "hasProblems") : stack1), { "name": "if", "hash": {}, "fn": container.program(48, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 252, "column": 2 }, "end": { "line": 257, "column": 9 } } })) != null ? stack1 : "")
                    + "</section>\n\n<section aria-labelledby=\"h-v1\">\n  <h2 id=\"h-v1\">"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "totalText") : stack1), depth0))
                    + " instance(s) allow IMDSv1</h2>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? lookupProperty(stack1, "total") : stack1), { "name": "if", "hash": {}, "fn": container.program(51, data, 0, blockParams, depths), "inverse": container.program(58, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 262, "column": 2 }, "end": { "line": 270, "column": 69 } } })) != null ? stack1 : "")
                    + "\n</section>\n\n<section aria-labelledby=\"h-roles\">\n  <h2 id=\"h-roles\">Role usage</h2>\n  <p>"
                    + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "withRole") : stack1), depth0))
                    + " in-scope instance(s) have an instance profile (role credentials served by IMDS).</p>\n  <ul>"
                    + ((stack1 = lookupProperty(helpers, "each").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "tiers") : stack1), { "name": "each", "hash": {}, "fn": container.program(59, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 276, "column": 6 }, "end": { "line": 276, "column": 82 } } })) != null ? stack1 : "")
                    + "</ul>\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "roles") : depth0)) != null ? lookupProperty(stack1, "profiles") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(60, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 277, "column": 2 }, "end": { "line": 283, "column": 9 } } })) != null ? stack1 : "")
                    + "</section>\n\n"
                    + ((stack1 = container.invokePartial(lookupProperty(partials, "autoScalingHtml"), depth0, { "name": "autoScalingHtml", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0), { "name": "if", "hash": {}, "fn": container.program(62, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 288, "column": 0 }, "end": { "line": 299, "column": 7 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "posture") : depth0), { "name": "if", "hash": {}, "fn": container.program(64, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 301, "column": 0 }, "end": { "line": 330, "column": 7 } } })) != null ? stack1 : "")
                    + "\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "expiredExceptions") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(75, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 332, "column": 0 }, "end": { "line": 340, "column": 7 } } })) != null ? stack1 : "")
                    + "\n\n"
                    + ((stack1 = lookupProperty(helpers, "if").call(alias3, (depth0 != null ? lookupProperty(depth0, "guardrails") : depth0), { "name": "if", "hash": {}, "fn": container.program(77, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 343, "column": 0 }, "end": { "line": 355, "column": 7 } } })) != null ? stack1 : "")
                    + "\n<footer>IMDS Guard "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "version") : depth0), depth0))
                    + " \u00b7 report "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "reportId") : depth0), depth0))
                    + " \u00b7 digest "
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "digest") : depth0), depth0))
                    + "</footer>\n</main>\n\u003Cscript>"
                    + alias2(alias1((depth0 != null ? lookupProperty(depth0, "script") : depth0), depth0))
                    + "\u003C/script>\n</body>\n</html>\n";
            }, "usePartial": true, "useData": true, "useDepths": true },
        lists: [],
    },
    "plan.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "**Selected by:** "
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "selection") : depth0), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 17 }, "end": { "line": 8, "column": 96 } } })) != null ? stack1 : "")
                + "\n\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "unless").call(alias1, (data && lookupProperty(data, "first")), { "name": "unless", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 36 }, "end": { "line": 8, "column": 68 } } })) != null ? stack1 : "")
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 68 }, "end": { "line": 8, "column": 76 } } }) : helper))) != null ? stack1 : "")
                + ": "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 78 }, "end": { "line": 8, "column": 87 } } }) : helper))) != null ? stack1 : "");
        }, "2": function (container, depth0, helpers, partials, data) {
            return " \u00b7 ";
        }, "3": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "### Waves \u2014 soak "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "soakMinutes") : stack1), depth0)) != null ? stack1 : "")
                + " min each, failure budget "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "failureBudget") : stack1), depth0)) != null ? stack1 : "")
                + "\n\nApply runs the waves in order. After each wave it waits the soak, reads `MetadataNoTokenRejected` (Sum) and `StatusCheckFailed` (Maximum) of the wave's instances, restores every instance that broke to its exact before-state, and stops before the next wave when more than "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "failureBudget") : stack1), depth0)) != null ? stack1 : "")
                + " instance(s) broke. (waves: "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "spec") : stack1), depth0)) != null ? stack1 : "")
                + ")\n\n| Wave | Definition | Items | Soak |\n|--:|---|--:|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "waves") : stack1), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 20, "column": 9 } } })) != null ? stack1 : "")
                + "\n";
        }, "4": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "wave") || (depth0 != null ? lookupProperty(depth0, "wave") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "wave", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "definition") || (depth0 != null ? lookupProperty(depth0, "definition") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "definition", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 13 }, "end": { "line": 19, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "items") || (depth0 != null ? lookupProperty(depth0, "items") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "items", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 30 }, "end": { "line": 19, "column": 39 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "soak") || (depth0 != null ? lookupProperty(depth0, "soak") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "soak", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 42 }, "end": { "line": 19, "column": 50 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "5": function (container, depth0, helpers, partials, data, blockParams, depths) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "staged") : depth0), { "name": "if", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 2 }, "end": { "line": 24, "column": 30 } } })) != null ? stack1 : "")
                + "Account | Region | Resource | Name | Change | Unchanged |"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "showUsage") : depth0), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 87 }, "end": { "line": 24, "column": 146 } } })) != null ? stack1 : "")
                + " Why |\n|"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "staged") : depth0), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 1 }, "end": { "line": 25, "column": 26 } } })) != null ? stack1 : "")
                + "---|---|---|---|---|---|"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "showUsage") : depth0), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 50 }, "end": { "line": 25, "column": 78 } } })) != null ? stack1 : "")
                + "---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, (depth0 != null ? lookupProperty(depth0, "items") : depth0), { "name": "each", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "moreItems") : depth0), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "");
        }, "6": function (container, depth0, helpers, partials, data) {
            return "Wave | ";
        }, "7": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " IMDSv1 calls ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "v1UsageDays") || (depth0 != null ? lookupProperty(depth0, "v1UsageDays") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "v1UsageDays", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 119 }, "end": { "line": 24, "column": 134 } } }) : helper))) != null ? stack1 : "")
                + " d) |";
        }, "8": function (container, depth0, helpers, partials, data) {
            return "--:|";
        }, "9": function (container, depth0, helpers, partials, data, blockParams, depths) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depths[1] != null ? lookupProperty(depths[1], "staged") : depths[1]), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 2 }, "end": { "line": 27, "column": 37 } } })) != null ? stack1 : "")
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 37 }, "end": { "line": 27, "column": 50 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 53 }, "end": { "line": 27, "column": 63 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceId") || (depth0 != null ? lookupProperty(depth0, "resourceId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceId", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 66 }, "end": { "line": 27, "column": 80 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 83 }, "end": { "line": 27, "column": 91 } } }) : helper))) != null ? stack1 : "")
                + " | **"
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "change") || (depth0 != null ? lookupProperty(depth0, "change") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 96 }, "end": { "line": 27, "column": 106 } } }) : helper))) != null ? stack1 : "")
                + "** | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "kept") || (depth0 != null ? lookupProperty(depth0, "kept") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "kept", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 111 }, "end": { "line": 27, "column": 119 } } }) : helper))) != null ? stack1 : "")
                + " |"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depths[1] != null ? lookupProperty(depths[1], "showUsage") : depths[1]), { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 121 }, "end": { "line": 27, "column": 162 } } })) != null ? stack1 : "")
                + " "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 163 }, "end": { "line": 27, "column": 173 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "10": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = ((helper = (helper = lookupProperty(helpers, "wave") || (depth0 != null ? lookupProperty(depth0, "wave") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "wave", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 19 }, "end": { "line": 27, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + " | ";
        }, "11": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "v1Calls") || (depth0 != null ? lookupProperty(depth0, "v1Calls") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "v1Calls", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 142 }, "end": { "line": 27, "column": 153 } } }) : helper))) != null ? stack1 : "")
                + " |";
        }, "12": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u2026and "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "moreItems") || (depth0 != null ? lookupProperty(depth0, "moreItems") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "moreItems", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 5 }, "end": { "line": 31, "column": 18 } } }) : helper))) != null ? stack1 : "")
                + " more: see the plan file.\n";
        }, "13": function (container, depth0, helpers, partials, data) {
            return "Nothing to change: every selected resource is already in the target state, held back or exempt.\n";
        }, "14": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Held back ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "heldBackCount") || (depth0 != null ? lookupProperty(depth0, "heldBackCount") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(alias1, { "name": "heldBackCount", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 15 }, "end": { "line": 38, "column": 32 } } }) : helper))) != null ? stack1 : "")
                + ")\n\n| Account | Region | Resource | Name | Reason |\n|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, (depth0 != null ? lookupProperty(depth0, "heldBack") : depth0), { "name": "each", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "moreHeldBack") : depth0), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 48, "column": 7 } } })) != null ? stack1 : "");
        }, "15": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 15 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 18 }, "end": { "line": 43, "column": 28 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceId") || (depth0 != null ? lookupProperty(depth0, "resourceId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceId", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 31 }, "end": { "line": 43, "column": 45 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 48 }, "end": { "line": 43, "column": 56 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 59 }, "end": { "line": 43, "column": 69 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "16": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u2026and "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "moreHeldBack") || (depth0 != null ? lookupProperty(depth0, "moreHeldBack") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "moreHeldBack", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 5 }, "end": { "line": 47, "column": 21 } } }) : helper))) != null ? stack1 : "")
                + " more: see the plan file.\n";
        }, "17": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Expired or malformed exceptions ("
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "expired") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + ")\n\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "expired") : depth0), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 56, "column": 9 } } })) != null ? stack1 : "");
        }, "18": function (container, depth0, helpers, partials, data) {
            var stack1;
            return "- "
                + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                + "\n";
        }, "19": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u26a0\ufe0f Not scanned, so not planned: "
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "failedRegions") : depth0), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 32 }, "end": { "line": 60, "column": 103 } } })) != null ? stack1 : "")
                + "\n";
        }, "20": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "unless").call(depth0 != null ? depth0 : (container.nullContext || {}), (data && lookupProperty(data, "first")), { "name": "unless", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 55 }, "end": { "line": 60, "column": 86 } } })) != null ? stack1 : "")
                + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "");
        }, "21": function (container, depth0, helpers, partials, data) {
            return ", ";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data, blockParams, depths) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "## "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 3 }, "end": { "line": 1, "column": 12 } } }) : helper))) != null ? stack1 : "")
                + "\n\n**plan-digest** `"
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "digest") || (depth0 != null ? lookupProperty(depth0, "digest") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "digest", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 17 }, "end": { "line": 3, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + "` \u2014 apply takes this value from the plan job (`needs.<plan job>.outputs.plan-digest`) and refuses any plan whose content hashes to something else.\n\nScanned "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "scannedAt") || (depth0 != null ? lookupProperty(depth0, "scannedAt") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "scannedAt", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 8 }, "end": { "line": 5, "column": 21 } } }) : helper))) != null ? stack1 : "")
                + ", planned "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "createdAt") || (depth0 != null ? lookupProperty(depth0, "createdAt") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "createdAt", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 31 }, "end": { "line": 5, "column": 44 } } }) : helper))) != null ? stack1 : "")
                + ". Plan file: "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "file") || (depth0 != null ? lookupProperty(depth0, "file") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "file", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 57 }, "end": { "line": 5, "column": 65 } } }) : helper))) != null ? stack1 : "")
                + ".\n\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "selection") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "staged") : depth0), { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "items") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.program(13, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "heldBack") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "expired") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "failedRegions") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(19, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 58, "column": 0 }, "end": { "line": 61, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true, "useDepths": true },
    "apply.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "## IMDS Guard: "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "mode") || (depth0 != null ? lookupProperty(depth0, "mode") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(alias1, { "name": "mode", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 15 }, "end": { "line": 2, "column": 23 } } }) : helper))) != null ? stack1 : "")
                + " refused \u2014 permission check failed\n\nA DryRun of each write operation per region proves the write permission before anything changes. Nothing was changed.\n\n| Account | Region | Operation | Result |\n|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, (depth0 != null ? lookupProperty(depth0, "dryRun") : depth0), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "");
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 15 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 18 }, "end": { "line": 9, "column": 28 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "operation") || (depth0 != null ? lookupProperty(depth0, "operation") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "operation", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 31 }, "end": { "line": 9, "column": 44 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "result") || (depth0 != null ? lookupProperty(depth0, "result") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "result", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 47 }, "end": { "line": 9, "column": 57 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "2": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "## "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 3 }, "end": { "line": 12, "column": 12 } } }) : helper))) != null ? stack1 : "")
                + "\n\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "planDigest") : depth0), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "regions") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "staged") : depth0), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 48, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "reconciled") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 60, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "notApplied") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 70, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "applied") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 82, "column": 7 } } })) != null ? stack1 : "");
        }, "3": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "Plan `"
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "planDigest") || (depth0 != null ? lookupProperty(depth0, "planDigest") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "planDigest", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 6 }, "end": { "line": 15, "column": 20 } } }) : helper))) != null ? stack1 : "")
                + "` ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "planned") || (depth0 != null ? lookupProperty(depth0, "planned") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "planned", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 23 }, "end": { "line": 15, "column": 34 } } }) : helper))) != null ? stack1 : "")
                + "), "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "seconds") || (depth0 != null ? lookupProperty(depth0, "seconds") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "seconds", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 37 }, "end": { "line": 15, "column": 48 } } }) : helper))) != null ? stack1 : "")
                + " s. Change log: "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "changelog") || (depth0 != null ? lookupProperty(depth0, "changelog") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "changelog", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 64 }, "end": { "line": 15, "column": 77 } } }) : helper))) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "commitUrl") : depth0), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 77 }, "end": { "line": 15, "column": 130 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "note") : depth0), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 130 }, "end": { "line": 15, "column": 160 } } })) != null ? stack1 : "")
                + ".\n\n";
        }, "4": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " \u2014 committed in "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "commitUrl") || (depth0 != null ? lookupProperty(depth0, "commitUrl") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "commitUrl", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 110 }, "end": { "line": 15, "column": 123 } } }) : helper))) != null ? stack1 : "");
        }, "5": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " \u2014 "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "note") || (depth0 != null ? lookupProperty(depth0, "note") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "note", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 145 }, "end": { "line": 15, "column": 153 } } }) : helper))) != null ? stack1 : "");
        }, "6": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| Account | Region | Applied | Drifted | Failed | Unknown | Skipped | Modify calls | Throttled | Time |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "regions") : depth0), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 23, "column": 9 } } })) != null ? stack1 : "");
        }, "7": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 2 }, "end": { "line": 22, "column": 15 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 18 }, "end": { "line": 22, "column": 28 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "applied") || (depth0 != null ? lookupProperty(depth0, "applied") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "applied", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 31 }, "end": { "line": 22, "column": 42 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "drifted") || (depth0 != null ? lookupProperty(depth0, "drifted") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "drifted", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 45 }, "end": { "line": 22, "column": 56 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "failed") || (depth0 != null ? lookupProperty(depth0, "failed") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "failed", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 59 }, "end": { "line": 22, "column": 69 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "unknown") || (depth0 != null ? lookupProperty(depth0, "unknown") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "unknown", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 72 }, "end": { "line": 22, "column": 83 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "skipped") || (depth0 != null ? lookupProperty(depth0, "skipped") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "skipped", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 86 }, "end": { "line": 22, "column": 97 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "modifyCalls") || (depth0 != null ? lookupProperty(depth0, "modifyCalls") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "modifyCalls", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 100 }, "end": { "line": 22, "column": 115 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "throttled") || (depth0 != null ? lookupProperty(depth0, "throttled") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "throttled", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 118 }, "end": { "line": 22, "column": 131 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "seconds") || (depth0 != null ? lookupProperty(depth0, "seconds") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "seconds", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 134 }, "end": { "line": 22, "column": 145 } } }) : helper))) != null ? stack1 : "")
                + " s |\n";
        }, "8": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Waves \u2014 soak "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "soakMinutes") : stack1), depth0)) != null ? stack1 : "")
                + " min, failure budget "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "failureBudget") : stack1), depth0)) != null ? stack1 : "")
                + " ("
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "brokenTotal") : stack1), depth0)) != null ? stack1 : "")
                + " used)\n\n| Wave | Definition | Planned | Applied now | Done earlier | Not applied | Rolled back | Soak window read | Status |\n|--:|---|--:|--:|--:|--:|--:|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "waves") : stack1), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 33, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "stopped") : stack1), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "rolledBack") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "");
        }, "9": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "wave") || (depth0 != null ? lookupProperty(depth0, "wave") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "wave", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 2 }, "end": { "line": 32, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "definition") || (depth0 != null ? lookupProperty(depth0, "definition") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "definition", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 13 }, "end": { "line": 32, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "planned") || (depth0 != null ? lookupProperty(depth0, "planned") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "planned", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 30 }, "end": { "line": 32, "column": 41 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "applied") || (depth0 != null ? lookupProperty(depth0, "applied") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "applied", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 44 }, "end": { "line": 32, "column": 55 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "earlier") || (depth0 != null ? lookupProperty(depth0, "earlier") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "earlier", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 58 }, "end": { "line": 32, "column": 69 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "notApplied") || (depth0 != null ? lookupProperty(depth0, "notApplied") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "notApplied", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 72 }, "end": { "line": 32, "column": 86 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "rolledBack") || (depth0 != null ? lookupProperty(depth0, "rolledBack") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "rolledBack", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 89 }, "end": { "line": 32, "column": 103 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "window") || (depth0 != null ? lookupProperty(depth0, "window") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "window", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 106 }, "end": { "line": 32, "column": 116 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 119 }, "end": { "line": 32, "column": 129 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "10": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u274c **Stopped at "
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "stopped") : stack1), depth0)) != null ? stack1 : "")
                + "**\n";
        }, "11": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n#### Rolled back automatically\n\n| Wave | Resource | Region | Restore | Why |\n|--:|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "staged") : depth0)) != null ? lookupProperty(stack1, "rolledBack") : stack1), { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 0 }, "end": { "line": 46, "column": 9 } } })) != null ? stack1 : "");
        }, "12": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "wave") || (depth0 != null ? lookupProperty(depth0, "wave") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "wave", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 2 }, "end": { "line": 45, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceId") || (depth0 != null ? lookupProperty(depth0, "resourceId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceId", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 13 }, "end": { "line": 45, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 30 }, "end": { "line": 45, "column": 40 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "result") || (depth0 != null ? lookupProperty(depth0, "result") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "result", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 43 }, "end": { "line": 45, "column": 53 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "why") || (depth0 != null ? lookupProperty(depth0, "why") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 56 }, "end": { "line": 45, "column": 63 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "13": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Reconciled: "
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "reconciled") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + " earlier change(s) without a settled outcome\n\nThe run that made them stopped between the AWS call and its outcome, or could not confirm it; AWS was re-read and the outcome appended to the change log.\n\n| Run | Kind | Resource | Region | AWS shows | Detail |\n|---|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "reconciled") : depth0), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 59, "column": 9 } } })) != null ? stack1 : "");
        }, "14": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "runId") || (depth0 != null ? lookupProperty(depth0, "runId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "runId", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 2 }, "end": { "line": 58, "column": 11 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "kind") || (depth0 != null ? lookupProperty(depth0, "kind") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 14 }, "end": { "line": 58, "column": 22 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceId") || (depth0 != null ? lookupProperty(depth0, "resourceId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceId", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 25 }, "end": { "line": 58, "column": 39 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 42 }, "end": { "line": 58, "column": 52 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "shows") || (depth0 != null ? lookupProperty(depth0, "shows") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "shows", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 55 }, "end": { "line": 58, "column": 64 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "detail") || (depth0 != null ? lookupProperty(depth0, "detail") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "detail", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 67 }, "end": { "line": 58, "column": 77 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "15": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Not applied\n\n| Resource | Region | Result | Code | Detail |\n|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "notApplied") : depth0), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "");
        }, "16": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceId") || (depth0 != null ? lookupProperty(depth0, "resourceId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceId", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 68, "column": 16 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 19 }, "end": { "line": 68, "column": 29 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "result") || (depth0 != null ? lookupProperty(depth0, "result") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "result", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 32 }, "end": { "line": 68, "column": 42 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "code") || (depth0 != null ? lookupProperty(depth0, "code") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 45 }, "end": { "line": 68, "column": 53 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "detail") || (depth0 != null ? lookupProperty(depth0, "detail") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "detail", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 56 }, "end": { "line": 68, "column": 66 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "17": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>Applied ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "appliedCount") || (depth0 != null ? lookupProperty(depth0, "appliedCount") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(alias1, { "name": "appliedCount", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 27 }, "end": { "line": 73, "column": 43 } } }) : helper))) != null ? stack1 : "")
                + ")</summary>\n\n| Resource | Region | Change | Unchanged |\n|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, (depth0 != null ? lookupProperty(depth0, "applied") : depth0), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 77, "column": 0 }, "end": { "line": 79, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "18": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceId") || (depth0 != null ? lookupProperty(depth0, "resourceId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceId", "hash": {}, "data": data, "loc": { "start": { "line": 78, "column": 2 }, "end": { "line": 78, "column": 16 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 78, "column": 19 }, "end": { "line": 78, "column": 29 } } }) : helper))) != null ? stack1 : "")
                + " | **"
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "change") || (depth0 != null ? lookupProperty(depth0, "change") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "change", "hash": {}, "data": data, "loc": { "start": { "line": 78, "column": 34 }, "end": { "line": 78, "column": 44 } } }) : helper))) != null ? stack1 : "")
                + "** | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "kept") || (depth0 != null ? lookupProperty(depth0, "kept") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "kept", "hash": {}, "data": data, "loc": { "start": { "line": 78, "column": 49 }, "end": { "line": 78, "column": 57 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "refused") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 83, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "guardrails.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "policy") || (depth0 != null ? lookupProperty(depth0, "policy") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "policy", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 12 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "file") || (depth0 != null ? lookupProperty(depth0, "file") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "file", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 15 }, "end": { "line": 8, "column": 23 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "inForce") || (depth0 != null ? lookupProperty(depth0, "inForce") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "inForce", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 26 }, "end": { "line": 8, "column": 37 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "wouldBlock") || (depth0 != null ? lookupProperty(depth0, "wouldBlock") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "wouldBlock", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 40 }, "end": { "line": 8, "column": 54 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n| Launch template | Name | Account / region | Versions | Reason |\n|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "templates") : depth0), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "");
        }, "2": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 8 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 11 }, "end": { "line": 23, "column": 19 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 22 }, "end": { "line": 23, "column": 35 } } }) : helper))) != null ? stack1 : "")
                + " / "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 38 }, "end": { "line": 23, "column": 48 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "versions") || (depth0 != null ? lookupProperty(depth0, "versions") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "versions", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 51 }, "end": { "line": 23, "column": 63 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 66 }, "end": { "line": 23, "column": 76 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "3": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Notes\n\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "notes") : depth0), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 32, "column": 9 } } })) != null ? stack1 : "");
        }, "4": function (container, depth0, helpers, partials, data) {
            var stack1;
            return "- "
                + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                + "\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "### Guardrails: keep IMDSv1 from coming back\n\nHardening the fleet does not stop the next launch from allowing IMDSv1. These preventive policies, written to the report folder, would hold the line.\n\n| Policy | File | In force | Would have blocked in the current fleet |\n|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, (depth0 != null ? lookupProperty(depth0, "rows") : depth0), { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "")
                + "\n**Hop limit:** "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "hopLimit") || (depth0 != null ? lookupProperty(depth0, "hopLimit") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(alias1, { "name": "hopLimit", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 15 }, "end": { "line": 11, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + "\n\n**Launches the SCP would deny** ("
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "denied") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                + "): "
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "denied") : depth0)) != null ? lookupProperty(stack1, "ids") : stack1), depth0)) != null ? stack1 : "")
                + "\n\n**Over the hop limit** ("
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "overHop") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                + "): "
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "overHop") : depth0)) != null ? lookupProperty(stack1, "ids") : stack1), depth0)) != null ? stack1 : "")
                + "\n\n**Exempt, carved out by "
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "exempt") : depth0)) != null ? lookupProperty(stack1, "tagKey") : stack1), depth0)) != null ? stack1 : "")
                + "** ("
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "exempt") : depth0)) != null ? lookupProperty(stack1, "count") : stack1), depth0)) != null ? stack1 : "")
                + "): "
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "exempt") : depth0)) != null ? lookupProperty(stack1, "ids") : stack1), depth0)) != null ? stack1 : "")
                + "\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "templates") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "notes") : depth0)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "iac.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "## "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "statusIcon") : stack1), depth0)) != null ? stack1 : "")
                + " This pull request "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "statusText") : stack1), depth0)) != null ? stack1 : "")
                + "\n\n"
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "scopeText") : stack1), depth0)) != null ? stack1 : "")
                + " checked. "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "gateText") : stack1), depth0)) != null ? stack1 : "")
                + "\n\n"
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "attributionText") : stack1), depth0)) != null ? stack1 : "")
                + "\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "offline") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "suppressed") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 41, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "existing") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "notices") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 60, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "skipped") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 70, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "dependsOn") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 80, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "live") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 81, "column": 0 }, "end": { "line": 90, "column": 7 } } })) != null ? stack1 : "")
                + "\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            return "\nRun offline (no role, no AWS credentials): no AWS call was made, so settings an unset HttpTokens resolves to (the region's account default, the AMI's ImdsSupport) were not read.\n";
        }, "2": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n| | Resource | File | Why | Fix |\n|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 17, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "cutText") : stack1), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "");
        }, "3": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "icon") || (depth0 != null ? lookupProperty(depth0, "icon") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "icon", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 2 }, "end": { "line": 16, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "ruleId") || (depth0 != null ? lookupProperty(depth0, "ruleId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "ruleId", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 11 }, "end": { "line": 16, "column": 21 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resource") || (depth0 != null ? lookupProperty(depth0, "resource") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resource", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 24 }, "end": { "line": 16, "column": 36 } } }) : helper))) != null ? stack1 : "")
                + " ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceType") || (depth0 != null ? lookupProperty(depth0, "resourceType") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceType", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 38 }, "end": { "line": 16, "column": 54 } } }) : helper))) != null ? stack1 : "")
                + ") | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "location") || (depth0 != null ? lookupProperty(depth0, "location") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 58 }, "end": { "line": 16, "column": 70 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "why") || (depth0 != null ? lookupProperty(depth0, "why") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 73 }, "end": { "line": 16, "column": 80 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "fix") || (depth0 != null ? lookupProperty(depth0, "fix") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "fix", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 83 }, "end": { "line": 16, "column": 90 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "4": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u2026and "
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "cutText") : stack1), depth0)) != null ? stack1 : "")
                + " more finding(s) in the SARIF file and the full report.\n";
        }, "5": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n**Could not be checked** (fix the file, or narrow the `iac` globs):\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 9 } } })) != null ? stack1 : "");
        }, "6": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "- \u274c "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "file") || (depth0 != null ? lookupProperty(depth0, "file") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "file", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 4 }, "end": { "line": 27, "column": 12 } } }) : helper))) != null ? stack1 : "")
                + ": "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "message") || (depth0 != null ? lookupProperty(depth0, "message") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 14 }, "end": { "line": 27, "column": 25 } } }) : helper))) != null ? stack1 : "")
                + "\n";
        }, "7": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>"
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "suppressed") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + " suppressed finding(s), with their reasons</summary>\n\n| Resource | File | Rule | Reason |\n|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "suppressed") : stack1), { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 38, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "8": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resource") || (depth0 != null ? lookupProperty(depth0, "resource") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resource", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 2 }, "end": { "line": 37, "column": 14 } } }) : helper))) != null ? stack1 : "")
                + " ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "resourceType") || (depth0 != null ? lookupProperty(depth0, "resourceType") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceType", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 16 }, "end": { "line": 37, "column": 32 } } }) : helper))) != null ? stack1 : "")
                + ") | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "location") || (depth0 != null ? lookupProperty(depth0, "location") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 36 }, "end": { "line": 37, "column": 48 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "ruleId") || (depth0 != null ? lookupProperty(depth0, "ruleId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "ruleId", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 51 }, "end": { "line": 37, "column": 61 } } }) : helper))) != null ? stack1 : "")
                + " ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "tool") || (depth0 != null ? lookupProperty(depth0, "tool") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "tool", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 63 }, "end": { "line": 37, "column": 71 } } }) : helper))) != null ? stack1 : "")
                + ") | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 75 }, "end": { "line": 37, "column": 85 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "9": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>"
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "existingText") : stack1), depth0)) != null ? stack1 : "")
                + "</summary>\n\n| | Resource | File | Why | Fix |\n|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "existing") : stack1), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "10": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n**Not fully evaluated** ("
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "notices") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + "):\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "notices") : stack1), { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 59, "column": 9 } } })) != null ? stack1 : "");
        }, "11": function (container, depth0, helpers, partials, data) {
            var stack1;
            return "- \u26a0\ufe0f "
                + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                + "\n";
        }, "12": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>"
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "skipped") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + " matched file(s) not read as IaC</summary>\n\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "skipped") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 0 }, "end": { "line": 67, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "13": function (container, depth0, helpers, partials, data) {
            var stack1;
            return "- "
                + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
                + "\n";
        }, "14": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>What the outcome depends on ("
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "dependsOn") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + ")</summary>\n\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "dependsOn") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 75, "column": 0 }, "end": { "line": 77, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "15": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>Live settings read</summary>\n\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "live") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 85, "column": 0 }, "end": { "line": 87, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "iac") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 92, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "iac.html.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, alias3 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<section aria-labelledby=\"h-iac\">\n  <h2 id=\"h-iac\">This pull request: "
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "statusText") : stack1), depth0))
                + "</h2>\n  <p><span class=\"badge "
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "passed") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 4, "column": 24 }, "end": { "line": 4, "column": 65 } } })) != null ? stack1 : "")
                + "\">"
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "passed") : stack1), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 4, "column": 67 }, "end": { "line": 4, "column": 112 } } })) != null ? stack1 : "")
                + "</span> "
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "scopeText") : stack1), depth0))
                + " checked. "
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "gateText") : stack1), depth0))
                + "</p>\n  <p>"
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "attributionText") : stack1), depth0))
                + "</p>\n  "
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "offline") : stack1), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 2 }, "end": { "line": 6, "column": 165 } } })) != null ? stack1 : "")
                + "\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 2 }, "end": { "line": 16, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 2 }, "end": { "line": 21, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "suppressed") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 2 }, "end": { "line": 32, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "notices") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 2 }, "end": { "line": 37, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "existing") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 2 }, "end": { "line": 48, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "skipped") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 2 }, "end": { "line": 53, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias3, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "dependsOn") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 2 }, "end": { "line": 58, "column": 9 } } })) != null ? stack1 : "")
                + "</section>\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            return "pass";
        }, "2": function (container, depth0, helpers, partials, data) {
            return "fail";
        }, "3": function (container, depth0, helpers, partials, data) {
            return "Passed";
        }, "4": function (container, depth0, helpers, partials, data) {
            return "Failed";
        }, "5": function (container, depth0, helpers, partials, data) {
            return "<p class=\"muted\">Run offline (no role, no AWS credentials): no AWS call was made; account defaults and AMI ImdsSupport were not read.</p>";
        }, "6": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <div class=\"table-wrap\"><table id=\"iac\">\n    <caption>What this pull request adds or changes that allows IMDSv1</caption>\n    <thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Rule</th><th scope=\"col\">Resource</th><th scope=\"col\">File</th><th scope=\"col\">Why</th><th scope=\"col\">Fix</th></tr></thead>\n    <tbody>\n    "
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 4 }, "end": { "line": 13, "column": 13 } } })) != null ? stack1 : "")
                + "    </tbody>\n  </table></div>\n";
        }, "7": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 30 }, "end": { "line": 12, "column": 39 } } }) : helper)))
                + "</td><td class=\"id\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "ruleId") || (depth0 != null ? lookupProperty(depth0, "ruleId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "ruleId", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 59 }, "end": { "line": 12, "column": 69 } } }) : helper)))
                + "</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "resource") || (depth0 != null ? lookupProperty(depth0, "resource") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resource", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 91 }, "end": { "line": 12, "column": 103 } } }) : helper)))
                + " ("
                + alias4(((helper = (helper = lookupProperty(helpers, "resourceType") || (depth0 != null ? lookupProperty(depth0, "resourceType") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceType", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 105 }, "end": { "line": 12, "column": 121 } } }) : helper)))
                + ")</td><td class=\"id\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "location") || (depth0 != null ? lookupProperty(depth0, "location") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 142 }, "end": { "line": 12, "column": 154 } } }) : helper)))
                + "</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "why") || (depth0 != null ? lookupProperty(depth0, "why") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 176 }, "end": { "line": 12, "column": 183 } } }) : helper)))
                + "</td><td class=\"text\"><code>"
                + alias4(((helper = (helper = lookupProperty(helpers, "fix") || (depth0 != null ? lookupProperty(depth0, "fix") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "fix", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 211 }, "end": { "line": 12, "column": 218 } } }) : helper)))
                + "</code></td></tr>\n";
        }, "8": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <div class=\"alert\" role=\"alert\"><strong>Could not be checked</strong>\n    <ul>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 8 }, "end": { "line": 19, "column": 67 } } })) != null ? stack1 : "")
                + "</ul>\n  </div>\n";
        }, "9": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<li>"
                + alias4(((helper = (helper = lookupProperty(helpers, "file") || (depth0 != null ? lookupProperty(depth0, "file") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "file", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 32 }, "end": { "line": 19, "column": 40 } } }) : helper)))
                + ": "
                + alias4(((helper = (helper = lookupProperty(helpers, "message") || (depth0 != null ? lookupProperty(depth0, "message") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "message", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 42 }, "end": { "line": 19, "column": 53 } } }) : helper)))
                + "</li>";
        }, "10": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <details><summary>"
                + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "suppressed") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0))
                + " suppressed finding(s), with their reasons</summary>\n  <div class=\"table-wrap\"><table id=\"iac-suppressed\">\n    <thead><tr><th scope=\"col\">Resource</th><th scope=\"col\">File</th><th scope=\"col\">Rule</th><th scope=\"col\">Reason</th></tr></thead>\n    <tbody>\n    "
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "suppressed") : stack1), { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 4 }, "end": { "line": 28, "column": 13 } } })) != null ? stack1 : "")
                + "    </tbody>\n  </table></div>\n  </details>\n";
        }, "11": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "resource") || (depth0 != null ? lookupProperty(depth0, "resource") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resource", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 49 }, "end": { "line": 27, "column": 61 } } }) : helper)))
                + " ("
                + alias4(((helper = (helper = lookupProperty(helpers, "resourceType") || (depth0 != null ? lookupProperty(depth0, "resourceType") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceType", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 63 }, "end": { "line": 27, "column": 79 } } }) : helper)))
                + ")</td><td class=\"id\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "location") || (depth0 != null ? lookupProperty(depth0, "location") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 100 }, "end": { "line": 27, "column": 112 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "ruleId") || (depth0 != null ? lookupProperty(depth0, "ruleId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "ruleId", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 121 }, "end": { "line": 27, "column": 131 } } }) : helper)))
                + " ("
                + alias4(((helper = (helper = lookupProperty(helpers, "tool") || (depth0 != null ? lookupProperty(depth0, "tool") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "tool", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 133 }, "end": { "line": 27, "column": 141 } } }) : helper)))
                + ")</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 164 }, "end": { "line": 27, "column": 174 } } }) : helper)))
                + "</td></tr>\n";
        }, "12": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <div class=\"alert\" role=\"status\"><strong>Not fully evaluated</strong>\n    <ul>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "notices") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 8 }, "end": { "line": 35, "column": 55 } } })) != null ? stack1 : "")
                + "</ul>\n  </div>\n";
        }, "13": function (container, depth0, helpers, partials, data) {
            return "<li>"
                + container.escapeExpression(container.lambda(depth0, depth0))
                + "</li>";
        }, "14": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <details><summary>"
                + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "existingText") : stack1), depth0))
                + "</summary>\n  <div class=\"table-wrap\"><table id=\"iac-existing\">\n    <thead><tr><th scope=\"col\">Level</th><th scope=\"col\">Rule</th><th scope=\"col\">Resource</th><th scope=\"col\">File</th><th scope=\"col\">Why</th></tr></thead>\n    <tbody>\n    "
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "existing") : stack1), { "name": "each", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 4 }, "end": { "line": 44, "column": 13 } } })) != null ? stack1 : "")
                + "    </tbody>\n  </table></div>\n  </details>\n";
        }, "15": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 34 }, "end": { "line": 43, "column": 43 } } }) : helper)))
                + "</td><td class=\"id\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "ruleId") || (depth0 != null ? lookupProperty(depth0, "ruleId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "ruleId", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 63 }, "end": { "line": 43, "column": 73 } } }) : helper)))
                + "</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "resource") || (depth0 != null ? lookupProperty(depth0, "resource") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resource", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 95 }, "end": { "line": 43, "column": 107 } } }) : helper)))
                + " ("
                + alias4(((helper = (helper = lookupProperty(helpers, "resourceType") || (depth0 != null ? lookupProperty(depth0, "resourceType") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "resourceType", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 109 }, "end": { "line": 43, "column": 125 } } }) : helper)))
                + ")</td><td class=\"id\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "location") || (depth0 != null ? lookupProperty(depth0, "location") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "location", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 146 }, "end": { "line": 43, "column": 158 } } }) : helper)))
                + "</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "why") || (depth0 != null ? lookupProperty(depth0, "why") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 180 }, "end": { "line": 43, "column": 187 } } }) : helper)))
                + "</td></tr>\n";
        }, "16": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <details><summary>"
                + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "skipped") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0))
                + " matched file(s) not read as IaC</summary>\n  <ul>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "skipped") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 6 }, "end": { "line": 51, "column": 53 } } })) != null ? stack1 : "")
                + "</ul>\n  </details>\n";
        }, "17": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <details><summary>What the outcome depends on ("
                + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "dependsOn") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0))
                + ")</summary>\n  <ul>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "iac") : depth0)) != null ? lookupProperty(stack1, "dependsOn") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 6 }, "end": { "line": 56, "column": 55 } } })) != null ? stack1 : "")
                + "</ul>\n  </details>\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "iac") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 60, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "iac-only.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = ((helper = (helper = lookupProperty(helpers, "marker") || (depth0 != null ? lookupProperty(depth0, "marker") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "marker", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 14 }, "end": { "line": 1, "column": 24 } } }) : helper))) != null ? stack1 : "")
                + "\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " \u00b7 [run summary]("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "runLink") || (depth0 != null ? lookupProperty(depth0, "runLink") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "runLink", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 81 }, "end": { "line": 8, "column": 92 } } }) : helper))) != null ? stack1 : "")
                + ")";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "marker") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 2, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = container.invokePartial(lookupProperty(partials, "iac"), depth0, { "name": "iac", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "")
                + "### Live posture\n\nNot audited: no role-to-assume and no AWS credentials. Set `role-to-assume` (and `id-token: write`) to see the live fleet beside the pull request's code.\n\n<sub>IMDS Guard "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "version") || (depth0 != null ? lookupProperty(depth0, "version") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "version", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 16 }, "end": { "line": 8, "column": 27 } } }) : helper))) != null ? stack1 : "")
                + " \u00b7 report "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "reportId") || (depth0 != null ? lookupProperty(depth0, "reportId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reportId", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 37 }, "end": { "line": 8, "column": 49 } } }) : helper))) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "runLink") : depth0), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 49 }, "end": { "line": 8, "column": 100 } } })) != null ? stack1 : "")
                + " \u00b7 SARIF: "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "sarifFile") || (depth0 != null ? lookupProperty(depth0, "sarifFile") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "sarifFile", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 110 }, "end": { "line": 8, "column": 123 } } }) : helper))) != null ? stack1 : "")
                + "</sub>\n";
        }, "usePartial": true, "useData": true },
    "by-tag.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### By "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0)) != null ? stack1 : "")
                + " (worst first)\n\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "byTagFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "")
                + "| "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0)) != null ? stack1 : "")
                + " | Enforcement | Compliant | In scope | IMDSv1 allowed | \u2026made IMDSv1 calls | \u2026safe to harden | Disabled | Pending |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "byTagFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "")
                + "\n"
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "totalText") : stack1), depth0)) != null ? stack1 : "")
                + "\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<details><summary>"
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + " values</summary>\n\n";
        }, "2": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 11 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "percentText") || (depth0 != null ? lookupProperty(depth0, "percentText") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "percentText", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 14 }, "end": { "line": 12, "column": 29 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "compliant") || (depth0 != null ? lookupProperty(depth0, "compliant") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "compliant", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 32 }, "end": { "line": 12, "column": 45 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "inScope") || (depth0 != null ? lookupProperty(depth0, "inScope") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "inScope", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 48 }, "end": { "line": 12, "column": 59 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "v1") || (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "v1", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 62 }, "end": { "line": 12, "column": 68 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "inUse") || (depth0 != null ? lookupProperty(depth0, "inUse") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "inUse", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 71 }, "end": { "line": 12, "column": 80 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "safe") || (depth0 != null ? lookupProperty(depth0, "safe") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "safe", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 83 }, "end": { "line": 12, "column": 91 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "disabled") || (depth0 != null ? lookupProperty(depth0, "disabled") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "disabled", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 94 }, "end": { "line": 12, "column": 106 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "pending") || (depth0 != null ? lookupProperty(depth0, "pending") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "pending", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 109 }, "end": { "line": 12, "column": 120 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "3": function (container, depth0, helpers, partials, data) {
            return "\n</details>\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "byTag") : stack1), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "by-tag.html.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<section aria-labelledby=\"h-by-tag\">\n  <h2 id=\"h-by-tag\">By "
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0))
                + " (worst first)</h2>\n  <div class=\"filter\" hidden><label for=\"by-tag-filter\">Filter</label><input id=\"by-tag-filter\" type=\"search\" data-filter=\"by-tag\" data-status=\"by-tag-status\" placeholder=\""
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0))
                + " value\u2026\" autocomplete=\"off\"><span id=\"by-tag-status\" class=\"muted\" aria-live=\"polite\"></span></div>\n  <div class=\"table-wrap\"><table id=\"by-tag\" class=\"sortable\">\n    <caption>"
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "totalText") : stack1), depth0))
                + "</caption>\n    <thead><tr><th scope=\"col\">"
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "key") : stack1), depth0))
                + "</th><th scope=\"col\" class=\"num\" data-type=\"num\">Enforcement</th><th scope=\"col\" class=\"num\" data-type=\"num\">Compliant</th><th scope=\"col\" class=\"num\" data-type=\"num\">In scope</th><th scope=\"col\" class=\"num\" data-type=\"num\">IMDSv1 allowed</th><th scope=\"col\" class=\"num\" data-type=\"num\">\u2026made IMDSv1 calls</th><th scope=\"col\" class=\"num\" data-type=\"num\">\u2026safe to harden</th><th scope=\"col\" class=\"num\" data-type=\"num\">Disabled</th><th scope=\"col\" class=\"num\" data-type=\"num\">Pending</th></tr></thead>\n    <tbody>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "byTag") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 11 }, "end": { "line": 9, "column": 13 } } })) != null ? stack1 : "")
                + "</tbody>\n  </table></div>\n</section>\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "untagged") : depth0), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 34 }, "end": { "line": 8, "column": 74 } } })) != null ? stack1 : "")
                + "><td class=\"text name\">"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "untagged") : depth0), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 97 }, "end": { "line": 8, "column": 155 } } })) != null ? stack1 : "")
                + "</td><td class=\"num\" data-sort=\""
                + alias4(((helper = (helper = lookupProperty(helpers, "percentValue") || (depth0 != null ? lookupProperty(depth0, "percentValue") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "percentValue", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 187 }, "end": { "line": 8, "column": 203 } } }) : helper)))
                + "\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "percentText") || (depth0 != null ? lookupProperty(depth0, "percentText") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "percentText", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 205 }, "end": { "line": 8, "column": 220 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "compliant") || (depth0 != null ? lookupProperty(depth0, "compliant") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "compliant", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 241 }, "end": { "line": 8, "column": 254 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "inScope") || (depth0 != null ? lookupProperty(depth0, "inScope") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "inScope", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 275 }, "end": { "line": 8, "column": 286 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "v1") || (depth0 != null ? lookupProperty(depth0, "v1") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "v1", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 307 }, "end": { "line": 8, "column": 313 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "inUse") || (depth0 != null ? lookupProperty(depth0, "inUse") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "inUse", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 334 }, "end": { "line": 8, "column": 343 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "safe") || (depth0 != null ? lookupProperty(depth0, "safe") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "safe", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 364 }, "end": { "line": 8, "column": 372 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "disabled") || (depth0 != null ? lookupProperty(depth0, "disabled") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "disabled", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 393 }, "end": { "line": 8, "column": 405 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "pending") || (depth0 != null ? lookupProperty(depth0, "pending") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "pending", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 426 }, "end": { "line": 8, "column": 437 } } }) : helper)))
                + "</td></tr>\n    ";
        }, "2": function (container, depth0, helpers, partials, data) {
            return " class=\"untagged\"";
        }, "3": function (container, depth0, helpers, partials, data) {
            var helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<em>"
                + container.escapeExpression(((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 117 }, "end": { "line": 8, "column": 126 } } }) : helper)))
                + "</em>";
        }, "4": function (container, depth0, helpers, partials, data) {
            var helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return container.escapeExpression(((helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 139 }, "end": { "line": 8, "column": 148 } } }) : helper)));
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "byTag") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "auto-scaling.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### Auto Scaling groups, as they launch ("
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "allowV1") : stack1), depth0)) != null ? stack1 : "")
                + " of "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "total") : stack1), depth0)) != null ? stack1 : "")
                + " launch a version that allows IMDSv1)\n\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "autoScalingFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "")
                + "| Group | Account | Region | Launch template | Version launched | Its settings | Verdict |\n|---|---|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "autoScalingFolded") : stack1), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "");
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<details><summary>"
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1)) != null ? lookupProperty(stack1, "length") : stack1), depth0)) != null ? stack1 : "")
                + " groups</summary>\n\n";
        }, "2": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "link") || (depth0 != null ? lookupProperty(depth0, "link") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "link", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 13 }, "end": { "line": 12, "column": 26 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 29 }, "end": { "line": 12, "column": 39 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "templateLink") || (depth0 != null ? lookupProperty(depth0, "templateLink") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "templateLink", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 42 }, "end": { "line": 12, "column": 58 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "version") || (depth0 != null ? lookupProperty(depth0, "version") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "version", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 61 }, "end": { "line": 12, "column": 72 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "settings") || (depth0 != null ? lookupProperty(depth0, "settings") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "settings", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 75 }, "end": { "line": 12, "column": 87 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "allowsV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 90 }, "end": { "line": 12, "column": 116 } } })) != null ? stack1 : "")
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "verdict") || (depth0 != null ? lookupProperty(depth0, "verdict") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "verdict", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 116 }, "end": { "line": 12, "column": 127 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "3": function (container, depth0, helpers, partials, data) {
            return "\u26a0\ufe0f ";
        }, "4": function (container, depth0, helpers, partials, data) {
            return "\n</details>\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "show") : depth0)) != null ? lookupProperty(stack1, "autoScaling") : stack1), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "auto-scaling.html.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<section aria-labelledby=\"h-asg\">\n  <h2 id=\"h-asg\">Auto Scaling groups, as they launch</h2>\n  <p><strong>"
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "allowV1") : stack1), depth0))
                + " of "
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "total") : stack1), depth0))
                + "</strong> groups launch a launch template version that allows IMDSv1 \u2014 the version each group actually uses ($Default, $Latest or a number; mixed-instances overrides included), not only the template's default.</p>\n  <div class=\"table-wrap\"><table id=\"asg\" class=\"sortable\">\n    <thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">Launch template</th><th scope=\"col\">Version launched</th><th scope=\"col\">Its settings</th><th scope=\"col\">Verdict</th><th scope=\"col\">Why</th></tr></thead>\n    <tbody>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0)) != null ? lookupProperty(stack1, "rows") : stack1), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 11 }, "end": { "line": 8, "column": 13 } } })) != null ? stack1 : "")
                + "</tbody>\n  </table></div>\n</section>\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "allowsV1") : depth0), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 40 }, "end": { "line": 7, "column": 77 } } })) != null ? stack1 : "")
                + "><td class=\"text name\">"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "url") : depth0), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 100 }, "end": { "line": 7, "column": 181 } } })) != null ? stack1 : "")
                + "</td><td class=\"id\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 201 }, "end": { "line": 7, "column": 214 } } }) : helper)))
                + "</td><td class=\"nowrap\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 238 }, "end": { "line": 7, "column": 248 } } }) : helper)))
                + "</td><td class=\"text name\">"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "templateUrl") : depth0), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 7, "column": 275 }, "end": { "line": 7, "column": 380 } } })) != null ? stack1 : "")
                + "</td><td class=\"nowrap\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "version") || (depth0 != null ? lookupProperty(depth0, "version") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "version", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 404 }, "end": { "line": 7, "column": 415 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "settings") || (depth0 != null ? lookupProperty(depth0, "settings") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "settings", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 424 }, "end": { "line": 7, "column": 436 } } }) : helper)))
                + "</td><td class=\"nowrap\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "verdict") || (depth0 != null ? lookupProperty(depth0, "verdict") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "verdict", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 460 }, "end": { "line": 7, "column": 471 } } }) : helper)))
                + "</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "reason") || (depth0 != null ? lookupProperty(depth0, "reason") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reason", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 493 }, "end": { "line": 7, "column": 503 } } }) : helper)))
                + "</td></tr>\n    ";
        }, "2": function (container, depth0, helpers, partials, data) {
            return " class=\"worst\"";
        }, "3": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<a href=\""
                + alias4(((helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 120 }, "end": { "line": 7, "column": 127 } } }) : helper)))
                + "\" rel=\"noreferrer\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 146 }, "end": { "line": 7, "column": 154 } } }) : helper)))
                + "</a>";
        }, "4": function (container, depth0, helpers, partials, data) {
            var helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return container.escapeExpression(((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 166 }, "end": { "line": 7, "column": 174 } } }) : helper)));
        }, "5": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<a href=\""
                + alias4(((helper = (helper = lookupProperty(helpers, "templateUrl") || (depth0 != null ? lookupProperty(depth0, "templateUrl") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "templateUrl", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 303 }, "end": { "line": 7, "column": 318 } } }) : helper)))
                + "\" rel=\"noreferrer\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "template") || (depth0 != null ? lookupProperty(depth0, "template") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "template", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 337 }, "end": { "line": 7, "column": 349 } } }) : helper)))
                + "</a>";
        }, "6": function (container, depth0, helpers, partials, data) {
            var helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return container.escapeExpression(((helper = (helper = lookupProperty(helpers, "template") || (depth0 != null ? lookupProperty(depth0, "template") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "template", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 361 }, "end": { "line": 7, "column": 373 } } }) : helper)));
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "autoScaling") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "exposure.md.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyExploited") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 4 }, "end": { "line": 3, "column": 198 } } })) != null ? stack1 : "")
                + " (GuardDuty, MITRE ATT&CK T1552.005, "
                + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "window") : stack1), depth0)) != null ? stack1 : "")
                + ")\n\nGuardDuty read in **"
                + ((stack1 = alias2(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "enabled") : stack1), depth0)) != null ? stack1 : "")
                + "** of "
                + ((stack1 = alias2(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "regions") : stack1), depth0)) != null ? stack1 : "")
                + " region(s)."
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "anyOff") : stack1), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 97 }, "end": { "line": 5, "column": 285 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "anyUnread") : stack1), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 285 }, "end": { "line": 5, "column": 458 } } })) != null ? stack1 : "")
                + "\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyExploited") : stack1), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyUnjoined") : stack1), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "unless").call(alias1, (depth0 != null ? lookupProperty(depth0, "compact") : depth0), { "name": "unless", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 75, "column": 11 } } })) != null ? stack1 : "");
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\ud83d\udea8 "
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploitedCount") : stack1), depth0)) != null ? stack1 : "")
                + " instance(s) whose credentials were already used elsewhere";
        }, "2": function (container, depth0, helpers, partials, data) {
            return "Already exploited? No instance-credential exfiltration finding";
        }, "3": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " **GuardDuty is off** in "
                + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "offCount") : stack1), depth0)) != null ? stack1 : "")
                + " region(s): "
                + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "off") : stack1), depth0)) != null ? stack1 : "")
                + " \u2014 nothing there can be said about stolen credentials.";
        }, "4": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " **Could not read** GuardDuty in "
                + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "unreadCount") : stack1), depth0)) != null ? stack1 : "")
                + " region(s): "
                + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "unread") : stack1), depth0)) != null ? stack1 : "")
                + " \u2014 unknown, not clean.";
        }, "5": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n| Instance | Account | Region | What GuardDuty saw | Last updated (UTC) | From | Finding | IMDS now | Role reach |\n|---|---|---|---|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploited") : stack1), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploitedMore") : stack1), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "");
        }, "6": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : (container.nullContext || {}), alias3 = container.hooks.helperMissing, alias4 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "instance") : depth0)) != null ? lookupProperty(stack1, "link") : stack1), depth0)) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "name") : depth0), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 19 }, "end": { "line": 11, "column": 49 } } })) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 52 }, "end": { "line": 11, "column": 65 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 68 }, "end": { "line": 11, "column": 78 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "what") || (depth0 != null ? lookupProperty(depth0, "what") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "what", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 81 }, "end": { "line": 11, "column": 89 } } }) : helper))) != null ? stack1 : "")
                + " ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "archived") || (depth0 != null ? lookupProperty(depth0, "archived") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "archived", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 91 }, "end": { "line": 11, "column": 103 } } }) : helper))) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias2, (depth0 != null ? lookupProperty(depth0, "count") : depth0), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 103 }, "end": { "line": 11, "column": 145 } } })) != null ? stack1 : "")
                + "; joined by "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "joinedBy") || (depth0 != null ? lookupProperty(depth0, "joinedBy") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "joinedBy", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 157 }, "end": { "line": 11, "column": 169 } } }) : helper))) != null ? stack1 : "")
                + ") | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "when") || (depth0 != null ? lookupProperty(depth0, "when") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 173 }, "end": { "line": 11, "column": 181 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "from") || (depth0 != null ? lookupProperty(depth0, "from") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "from", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 184 }, "end": { "line": 11, "column": 192 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "finding") : depth0)) != null ? lookupProperty(stack1, "link") : stack1), depth0)) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "state") || (depth0 != null ? lookupProperty(depth0, "state") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 214 }, "end": { "line": 11, "column": 223 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "reach") || (depth0 != null ? lookupProperty(depth0, "reach") : depth0)) != null ? helper : alias3), (typeof helper === alias4 ? helper.call(alias2, { "name": "reach", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 226 }, "end": { "line": 11, "column": 235 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "7": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " ("
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 33 }, "end": { "line": 11, "column": 41 } } }) : helper))) != null ? stack1 : "")
                + ")";
        }, "8": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ", "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 118 }, "end": { "line": 11, "column": 127 } } }) : helper))) != null ? stack1 : "")
                + " finding(s)";
        }, "9": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u2026and "
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploitedMore") : stack1), depth0)) != null ? stack1 : "")
                + " more (every finding is in report.ocsf.json).\n";
        }, "10": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n"
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "unjoined") : stack1), depth0)) != null ? stack1 : "")
                + " exfiltration finding(s) name no instance (no `:i-\u2026` role session name and no resource instance).\n";
        }, "11": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "any") : stack1), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 38, "column": 7 } } })) != null ? stack1 : "")
                + "\n### Other services that run an instance metadata service (not in the "
                + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleId") : stack1), depth0)) != null ? stack1 : "")
                + " percentage)\n\n| Rule | What it checks | Resources | Require IMDSv2 | Allow IMDSv1 | Unknown |\n|---|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "rules") : stack1), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 0 }, "end": { "line": 46, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "lightsailUnavailable") : stack1), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 0 }, "end": { "line": 50, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "anyFlagged") : stack1), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyErrors") : stack1), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 0 }, "end": { "line": 74, "column": 7 } } })) != null ? stack1 : "");
        }, "12": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n### What the credentials can reach (instance profiles on IMDSv1-allowed instances)\n\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "counts") : stack1), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 27, "column": 95 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "anyWorst") : stack1), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 95 }, "end": { "line": 27, "column": 250 } } })) != null ? stack1 : "")
                + "\n\n| Instance profile | Role | Account | Reach | Why | v1 instances | with public IP |\n|---|---|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "roles") : stack1), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 33, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "more") : stack1), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "");
        }, "13": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "unless").call(alias1, (data && lookupProperty(data, "first")), { "name": "unless", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 31 }, "end": { "line": 27, "column": 63 } } })) != null ? stack1 : "")
                + "**"
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 65 }, "end": { "line": 27, "column": 74 } } }) : helper))) != null ? stack1 : "")
                + "** "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "label") || (depth0 != null ? lookupProperty(depth0, "label") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 77 }, "end": { "line": 27, "column": 86 } } }) : helper))) != null ? stack1 : "");
        }, "14": function (container, depth0, helpers, partials, data) {
            return " \u00b7 ";
        }, "15": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " \u2014 **"
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "worst") : stack1), depth0)) != null ? stack1 : "")
                + "** instance(s) allow IMDSv1, have a public IP and an administrator role: the worst case.";
        }, "16": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "profile") || (depth0 != null ? lookupProperty(depth0, "profile") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "profile", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 2 }, "end": { "line": 32, "column": 13 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "role") || (depth0 != null ? lookupProperty(depth0, "role") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "role", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 16 }, "end": { "line": 32, "column": 24 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 27 }, "end": { "line": 32, "column": 40 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "admin") : depth0), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 32, "column": 43 }, "end": { "line": 32, "column": 93 } } })) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "why") || (depth0 != null ? lookupProperty(depth0, "why") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 96 }, "end": { "line": 32, "column": 103 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "instances") || (depth0 != null ? lookupProperty(depth0, "instances") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "instances", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 106 }, "end": { "line": 32, "column": 119 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "publicInstances") || (depth0 != null ? lookupProperty(depth0, "publicInstances") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "publicInstances", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 122 }, "end": { "line": 32, "column": 141 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "17": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "**"
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 58 }, "end": { "line": 32, "column": 67 } } }) : helper))) != null ? stack1 : "")
                + "**";
        }, "18": function (container, depth0, helpers, partials, data) {
            var stack1, helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = ((helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 77 }, "end": { "line": 32, "column": 86 } } }) : helper))) != null ? stack1 : "");
        }, "19": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u2026and "
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "more") : stack1), depth0)) != null ? stack1 : "")
                + " more.\n";
        }, "20": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 2 }, "end": { "line": 45, "column": 8 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "description") || (depth0 != null ? lookupProperty(depth0, "description") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 11 }, "end": { "line": 45, "column": 26 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "total") || (depth0 != null ? lookupProperty(depth0, "total") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 29 }, "end": { "line": 45, "column": 38 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "compliant") || (depth0 != null ? lookupProperty(depth0, "compliant") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "compliant", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 41 }, "end": { "line": 45, "column": 54 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "allowV1") || (depth0 != null ? lookupProperty(depth0, "allowV1") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "allowV1", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 57 }, "end": { "line": 45, "column": 68 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "unknown") || (depth0 != null ? lookupProperty(depth0, "unknown") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "unknown", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 71 }, "end": { "line": 45, "column": 82 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "21": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\nLightsail is not offered in "
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "lightsailUnavailable") : stack1), depth0)) != null ? stack1 : "")
                + ": nothing to audit there.\n";
        }, "22": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n| Resource | Kind | Rule | Account | Region | Verdict | Setting | Assumed |\n|---|---|---|---|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "resources") : stack1), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 57, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "more") : stack1), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 58, "column": 0 }, "end": { "line": 61, "column": 7 } } })) != null ? stack1 : "");
        }, "23": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 2 }, "end": { "line": 56, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "kind") || (depth0 != null ? lookupProperty(depth0, "kind") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 13 }, "end": { "line": 56, "column": 21 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "rule") || (depth0 != null ? lookupProperty(depth0, "rule") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "rule", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 24 }, "end": { "line": 56, "column": 32 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 35 }, "end": { "line": 56, "column": 48 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 51 }, "end": { "line": 56, "column": 61 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "verdict") || (depth0 != null ? lookupProperty(depth0, "verdict") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "verdict", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 64 }, "end": { "line": 56, "column": 75 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "setting") || (depth0 != null ? lookupProperty(depth0, "setting") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "setting", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 78 }, "end": { "line": 56, "column": 89 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "assumption") || (depth0 != null ? lookupProperty(depth0, "assumption") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "assumption", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 92 }, "end": { "line": 56, "column": 106 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "24": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n\u2026and "
                + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "more") : stack1), depth0)) != null ? stack1 : "")
                + " more.\n";
        }, "25": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "\n<details><summary>Exposure reads that failed (reported as unknown)</summary>\n\n| Call | Error | Where | Example |\n|---|---|---|---|\n"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1), { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 0 }, "end": { "line": 71, "column": 9 } } })) != null ? stack1 : "")
                + "\n</details>\n";
        }, "26": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "| "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "what") || (depth0 != null ? lookupProperty(depth0, "what") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "what", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 2 }, "end": { "line": 70, "column": 10 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "code") || (depth0 != null ? lookupProperty(depth0, "code") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 13 }, "end": { "line": 70, "column": 21 } } }) : helper))) != null ? stack1 : "")
                + " | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 24 }, "end": { "line": 70, "column": 33 } } }) : helper))) != null ? stack1 : "")
                + " place(s) | "
                + ((stack1 = ((helper = (helper = lookupProperty(helpers, "example") || (depth0 != null ? lookupProperty(depth0, "example") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "example", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 45 }, "end": { "line": 70, "column": 56 } } }) : helper))) != null ? stack1 : "")
                + " |\n";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "exposure") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 76, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
    "exposure.html.hbs": { "0": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.lambda, alias3 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<section aria-labelledby=\"h-exposure\" data-testid=\"exposure\">\n  <h2 id=\"h-exposure\">"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyExploited") : stack1), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 22 }, "end": { "line": 3, "column": 213 } } })) != null ? stack1 : "")
                + "</h2>\n  <p class=\"muted\">GuardDuty InstanceCredentialExfiltration findings (MITRE ATT&amp;CK T1552.005), "
                + alias3(alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "window") : stack1), depth0))
                + ".</p>\n  <p data-testid=\"guardduty-coverage\">GuardDuty read in <strong>"
                + alias3(alias2(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "enabled") : stack1), depth0))
                + "</strong> of "
                + alias3(alias2(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "regions") : stack1), depth0))
                + " region(s)."
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "anyOff") : stack1), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 148 }, "end": { "line": 5, "column": 296 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "anyUnread") : stack1), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 296 }, "end": { "line": 5, "column": 482 } } })) != null ? stack1 : "")
                + "</p>\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyExploited") : stack1), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 2 }, "end": { "line": 12, "column": 9 } } })) != null ? stack1 : "")
                + "  "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyUnjoined") : stack1), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 2 }, "end": { "line": 13, "column": 107 } } })) != null ? stack1 : "")
                + "\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "any") : stack1), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 21, "column": 9 } } })) != null ? stack1 : "")
                + "  <h3>Other services that run an instance metadata service</h3>\n  <p class=\"muted\">Audited under their own rules, not in the "
                + alias3(alias2(((stack1 = (depth0 != null ? lookupProperty(depth0, "headline") : depth0)) != null ? lookupProperty(stack1, "ruleId") : stack1), depth0))
                + " percentage.</p>\n  <div class=\"table-wrap\"><table data-testid=\"other-imds\">\n    <thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">What it checks</th><th scope=\"col\" class=\"num\">Resources</th><th scope=\"col\" class=\"num\">Require IMDSv2</th><th scope=\"col\" class=\"num\">Allow IMDSv1</th><th scope=\"col\" class=\"num\">Unknown</th></tr></thead>\n    <tbody>"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "rules") : stack1), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 11 }, "end": { "line": 26, "column": 239 } } })) != null ? stack1 : "")
                + "</tbody>\n  </table></div>\n  "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "lightsailUnavailable") : stack1), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 2 }, "end": { "line": 28, "column": 165 } } })) != null ? stack1 : "")
                + "\n"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "anyFlagged") : stack1), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 2 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "anyErrors") : stack1), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 2 }, "end": { "line": 39, "column": 9 } } })) != null ? stack1 : "")
                + "</section>\n";
        }, "1": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploitedCount") : stack1), depth0))
                + " instance(s) whose credentials were already used elsewhere";
        }, "2": function (container, depth0, helpers, partials, data) {
            return "Already exploited? No instance-credential exfiltration finding";
        }, "3": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " <strong>GuardDuty is off</strong> in "
                + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "offCount") : stack1), depth0))
                + " region(s): "
                + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "off") : stack1), depth0))
                + ".";
        }, "4": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " <strong>Could not read</strong> GuardDuty in "
                + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "unreadCount") : stack1), depth0))
                + " region(s): "
                + alias2(alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "guardDuty") : stack1)) != null ? lookupProperty(stack1, "unread") : stack1), depth0))
                + " (unknown, not clean).";
        }, "5": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <div class=\"table-wrap\"><table data-testid=\"exploited\">\n    <thead><tr><th scope=\"col\">Instance</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">What GuardDuty saw</th><th scope=\"col\">Last updated (UTC)</th><th scope=\"col\">From</th><th scope=\"col\">Finding</th><th scope=\"col\">IMDS now</th><th scope=\"col\">Role reach</th></tr></thead>\n    <tbody>"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploited") : stack1), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 11 }, "end": { "line": 9, "column": 542 } } })) != null ? stack1 : "")
                + "</tbody>\n  </table></div>\n  "
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploitedMore") : stack1), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 122 } } })) != null ? stack1 : "")
                + "\n";
        }, "6": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr class=\"worst\"><td class=\"id\">"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "instance") : depth0)) != null ? lookupProperty(stack1, "url") : stack1), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 9, "column": 72 }, "end": { "line": 9, "column": 189 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "name") : depth0), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 189 }, "end": { "line": 9, "column": 219 } } })) != null ? stack1 : "")
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 228 }, "end": { "line": 9, "column": 241 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 250 }, "end": { "line": 9, "column": 260 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "what") || (depth0 != null ? lookupProperty(depth0, "what") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "what", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 269 }, "end": { "line": 9, "column": 277 } } }) : helper)))
                + " ("
                + alias4(((helper = (helper = lookupProperty(helpers, "archived") || (depth0 != null ? lookupProperty(depth0, "archived") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "archived", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 279 }, "end": { "line": 9, "column": 291 } } }) : helper)))
                + "; joined by "
                + alias4(((helper = (helper = lookupProperty(helpers, "joinedBy") || (depth0 != null ? lookupProperty(depth0, "joinedBy") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "joinedBy", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 303 }, "end": { "line": 9, "column": 315 } } }) : helper)))
                + ")</td><td class=\"nowrap\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "when") || (depth0 != null ? lookupProperty(depth0, "when") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 340 }, "end": { "line": 9, "column": 348 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "from") || (depth0 != null ? lookupProperty(depth0, "from") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "from", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 357 }, "end": { "line": 9, "column": 365 } } }) : helper)))
                + "</td><td>"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = (depth0 != null ? lookupProperty(depth0, "finding") : depth0)) != null ? lookupProperty(stack1, "url") : stack1), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 9, "column": 374 }, "end": { "line": 9, "column": 487 } } })) != null ? stack1 : "")
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "state") || (depth0 != null ? lookupProperty(depth0, "state") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "state", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 496 }, "end": { "line": 9, "column": 505 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "reach") || (depth0 != null ? lookupProperty(depth0, "reach") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "reach", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 514 }, "end": { "line": 9, "column": 523 } } }) : helper)))
                + "</td></tr>";
        }, "7": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<a href=\""
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "instance") : depth0)) != null ? lookupProperty(stack1, "url") : stack1), depth0))
                + "\" rel=\"noreferrer\">"
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "instance") : depth0)) != null ? lookupProperty(stack1, "text") : stack1), depth0))
                + "</a>";
        }, "8": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "instance") : depth0)) != null ? lookupProperty(stack1, "text") : stack1), depth0));
        }, "9": function (container, depth0, helpers, partials, data) {
            var helper, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " ("
                + container.escapeExpression(((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing), (typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}), { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 203 }, "end": { "line": 9, "column": 211 } } }) : helper)))
                + ")";
        }, "10": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = container.lambda, alias2 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<a href=\""
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "finding") : depth0)) != null ? lookupProperty(stack1, "url") : stack1), depth0))
                + "\" rel=\"noreferrer\">"
                + alias2(alias1(((stack1 = (depth0 != null ? lookupProperty(depth0, "finding") : depth0)) != null ? lookupProperty(stack1, "text") : stack1), depth0))
                + "</a>";
        }, "11": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "finding") : depth0)) != null ? lookupProperty(stack1, "text") : stack1), depth0));
        }, "12": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<p>\u2026and "
                + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "exploitedMore") : stack1), depth0))
                + " more (every finding is in report.ocsf.json).</p>";
        }, "13": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<p>"
                + container.escapeExpression(container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "unjoined") : stack1), depth0))
                + " exfiltration finding(s) name no instance.</p>";
        }, "14": function (container, depth0, helpers, partials, data) {
            var stack1, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <h3>What the credentials can reach</h3>\n  <p>"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "counts") : stack1), { "name": "each", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 5 }, "end": { "line": 16, "column": 113 } } })) != null ? stack1 : "")
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "anyWorst") : stack1), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 113 }, "end": { "line": 16, "column": 265 } } })) != null ? stack1 : "")
                + "</p>\n  <div class=\"table-wrap\"><table data-testid=\"reach\">\n    <thead><tr><th scope=\"col\">Instance profile</th><th scope=\"col\">Role</th><th scope=\"col\">Account</th><th scope=\"col\">Reach</th><th scope=\"col\">Why</th><th scope=\"col\" class=\"num\">v1 instances</th><th scope=\"col\" class=\"num\">with public IP</th></tr></thead>\n    <tbody>"
                + ((stack1 = lookupProperty(helpers, "each").call(alias1, ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "roles") : stack1), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 11 }, "end": { "line": 19, "column": 273 } } })) != null ? stack1 : "")
                + "</tbody>\n  </table></div>\n";
        }, "15": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "unless").call(alias1, (data && lookupProperty(data, "first")), { "name": "unless", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 36 }, "end": { "line": 16, "column": 68 } } })) != null ? stack1 : "")
                + "<strong>"
                + alias4(((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 76 }, "end": { "line": 16, "column": 85 } } }) : helper)))
                + "</strong> "
                + alias4(((helper = (helper = lookupProperty(helpers, "label") || (depth0 != null ? lookupProperty(depth0, "label") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 95 }, "end": { "line": 16, "column": 104 } } }) : helper)));
        }, "16": function (container, depth0, helpers, partials, data) {
            return " \u00b7 ";
        }, "17": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return " \u2014 <strong>"
                + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "reach") : stack1)) != null ? lookupProperty(stack1, "worst") : stack1), depth0))
                + "</strong> instance(s) allow IMDSv1, have a public IP and an administrator role.";
        }, "18": function (container, depth0, helpers, partials, data) {
            var stack1, helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr"
                + ((stack1 = lookupProperty(helpers, "if").call(alias1, (depth0 != null ? lookupProperty(depth0, "admin") : depth0), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 44 }, "end": { "line": 19, "column": 78 } } })) != null ? stack1 : "")
                + "><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "profile") || (depth0 != null ? lookupProperty(depth0, "profile") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "profile", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 83 }, "end": { "line": 19, "column": 94 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "role") || (depth0 != null ? lookupProperty(depth0, "role") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "role", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 103 }, "end": { "line": 19, "column": 111 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 120 }, "end": { "line": 19, "column": 133 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "level") || (depth0 != null ? lookupProperty(depth0, "level") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "level", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 142 }, "end": { "line": 19, "column": 151 } } }) : helper)))
                + "</td><td class=\"text\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "why") || (depth0 != null ? lookupProperty(depth0, "why") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "why", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 173 }, "end": { "line": 19, "column": 180 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "instances") || (depth0 != null ? lookupProperty(depth0, "instances") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "instances", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 201 }, "end": { "line": 19, "column": 214 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "publicInstances") || (depth0 != null ? lookupProperty(depth0, "publicInstances") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "publicInstances", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 235 }, "end": { "line": 19, "column": 254 } } }) : helper)))
                + "</td></tr>";
        }, "19": function (container, depth0, helpers, partials, data) {
            return " class=\"worst\"";
        }, "20": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr><td><code>"
                + alias4(((helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 55 }, "end": { "line": 26, "column": 61 } } }) : helper)))
                + "</code></td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "description") || (depth0 != null ? lookupProperty(depth0, "description") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 77 }, "end": { "line": 26, "column": 92 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "total") || (depth0 != null ? lookupProperty(depth0, "total") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "total", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 113 }, "end": { "line": 26, "column": 122 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "compliant") || (depth0 != null ? lookupProperty(depth0, "compliant") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "compliant", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 143 }, "end": { "line": 26, "column": 156 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "allowV1") || (depth0 != null ? lookupProperty(depth0, "allowV1") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "allowV1", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 177 }, "end": { "line": 26, "column": 188 } } }) : helper)))
                + "</td><td class=\"num\">"
                + alias4(((helper = (helper = lookupProperty(helpers, "unknown") || (depth0 != null ? lookupProperty(depth0, "unknown") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "unknown", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 209 }, "end": { "line": 26, "column": 220 } } }) : helper)))
                + "</td></tr>";
        }, "21": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<p class=\"muted\">Lightsail is not offered in "
                + container.escapeExpression(container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "lightsailUnavailable") : stack1), depth0))
                + ": nothing to audit there.</p>";
        }, "22": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <div class=\"table-wrap\"><table>\n    <thead><tr><th scope=\"col\">Resource</th><th scope=\"col\">Kind</th><th scope=\"col\">Rule</th><th scope=\"col\">Account</th><th scope=\"col\">Region</th><th scope=\"col\">Verdict</th><th scope=\"col\">Setting</th><th scope=\"col\">Assumed</th></tr></thead>\n    <tbody>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "other") : stack1)) != null ? lookupProperty(stack1, "resources") : stack1), { "name": "each", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 11 }, "end": { "line": 32, "column": 231 } } })) != null ? stack1 : "")
                + "</tbody>\n  </table></div>\n";
        }, "23": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<tr><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 53 }, "end": { "line": 32, "column": 61 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "kind") || (depth0 != null ? lookupProperty(depth0, "kind") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 70 }, "end": { "line": 32, "column": 78 } } }) : helper)))
                + "</td><td><code>"
                + alias4(((helper = (helper = lookupProperty(helpers, "rule") || (depth0 != null ? lookupProperty(depth0, "rule") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "rule", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 93 }, "end": { "line": 32, "column": 101 } } }) : helper)))
                + "</code></td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "accountId") || (depth0 != null ? lookupProperty(depth0, "accountId") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "accountId", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 117 }, "end": { "line": 32, "column": 130 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "region") || (depth0 != null ? lookupProperty(depth0, "region") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "region", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 139 }, "end": { "line": 32, "column": 149 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "verdict") || (depth0 != null ? lookupProperty(depth0, "verdict") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "verdict", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 158 }, "end": { "line": 32, "column": 169 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "setting") || (depth0 != null ? lookupProperty(depth0, "setting") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "setting", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 178 }, "end": { "line": 32, "column": 189 } } }) : helper)))
                + "</td><td>"
                + alias4(((helper = (helper = lookupProperty(helpers, "assumption") || (depth0 != null ? lookupProperty(depth0, "assumption") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "assumption", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 198 }, "end": { "line": 32, "column": 212 } } }) : helper)))
                + "</td></tr>";
        }, "24": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "  <details><summary>Exposure reads that failed (reported as unknown)</summary>\n  <ul>"
                + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : (container.nullContext || {}), ((stack1 = (depth0 != null ? lookupProperty(depth0, "exposure") : depth0)) != null ? lookupProperty(stack1, "errors") : stack1), { "name": "each", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 6 }, "end": { "line": 37, "column": 119 } } })) != null ? stack1 : "")
                + "</ul>\n  </details>\n";
        }, "25": function (container, depth0, helpers, partials, data) {
            var helper, alias1 = depth0 != null ? depth0 : (container.nullContext || {}), alias2 = container.hooks.helperMissing, alias3 = "function", alias4 = container.escapeExpression, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return "<li><code>"
                + alias4(((helper = (helper = lookupProperty(helpers, "what") || (depth0 != null ? lookupProperty(depth0, "what") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "what", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 41 }, "end": { "line": 37, "column": 49 } } }) : helper)))
                + "</code> "
                + alias4(((helper = (helper = lookupProperty(helpers, "code") || (depth0 != null ? lookupProperty(depth0, "code") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "code", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 57 }, "end": { "line": 37, "column": 65 } } }) : helper)))
                + " in "
                + alias4(((helper = (helper = lookupProperty(helpers, "count") || (depth0 != null ? lookupProperty(depth0, "count") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "count", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 69 }, "end": { "line": 37, "column": 78 } } }) : helper)))
                + " place(s), e.g. "
                + alias4(((helper = (helper = lookupProperty(helpers, "example") || (depth0 != null ? lookupProperty(depth0, "example") : depth0)) != null ? helper : alias2), (typeof helper === alias3 ? helper.call(alias1, { "name": "example", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 94 }, "end": { "line": 37, "column": 105 } } }) : helper)))
                + "</li>";
        }, "compiler": [8, ">= 4.3.0"], "main": function (container, depth0, helpers, partials, data) {
            var stack1, lookupProperty = container.lookupProperty || function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                    return parent[propertyName];
                }
                return undefined;
            };
            return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : (container.nullContext || {}), (depth0 != null ? lookupProperty(depth0, "exposure") : depth0), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 41, "column": 7 } } })) != null ? stack1 : "");
        }, "useData": true },
};

;// CONCATENATED MODULE: ./lib/report/templates.js
/**
 * The Handlebars templates in /templates, precompiled when the Action is built (scripts/templates.ts \u2192
 * templates.compiled.ts) and loaded here with Handlebars' runtime alone: no template is parsed or
 * compiled at run time (that was ~0.1 s of every run), and the compiler is not in the bundle.
 * Markdown templates are compiled with `noEscape` (their view is escaped for Markdown beforehand, see
 * escape.ts); HTML keeps Handlebars' HTML escaping.
 */







const hb = runtime.create();
function spec(file) {
    const s = SPECS[file];
    if (!s)
        throw new Error(`templates/${file} is not precompiled: run \`npm run templates\``);
    return s;
}
const isSplit = (s) => 'lists' in s && Array.isArray(s.lists);
/** The template of templates/`file`, ready to render. */
function template(file) {
    const s = spec(file);
    if (isSplit(s))
        throw new Error(`templates/${file} is split: render it slice by slice (stream.ts)`);
    return hb.template(s);
}
const once = (make) => {
    let value;
    return () => {
        value ??= make();
        return value;
    };
};
let script;
/** The report's table script (vanilla JS) and its CSP hash, so the page allows that script only. */
function tableScript() {
    if (!script) {
        const text = (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(3222), __webpack_require__.b), 'utf8');
        if (/<\/script/i.test(text))
            throw new Error('templates/report-table.js must not contain </script');
        script = { text, hash: `sha256-${(0,external_node_crypto_.createHash)('sha256').update(text).digest('base64')}` };
    }
    return script;
}
/** The plan and rollback-plan summary (templates/plan.md.hbs); its view is escaped like the report's. */
const planTemplate = once(() => template('plan.md.hbs'));
/** The apply and rollback summary (templates/apply.md.hbs). */
const applyTemplate = once(() => template('apply.md.hbs'));
/** The guardrails section and its folder's README (templates/guardrails.md.hbs). */
const guardrailsTemplate = once(() => template('guardrails.md.hbs'));
const SafeString = hb.SafeString;
let partials = false;
/** The partials the reports name: `{{> iac}}`, `{{> guardrails}}`, each section's `{{> name}}` / `{{> nameHtml}}`. */
function registerIacPartials() {
    if (partials)
        return;
    hb.registerPartial('iac', template('iac.md.hbs'));
    hb.registerPartial('guardrails', template('guardrails.md.hbs'));
    for (const { templates: t } of sections/* SECTIONS */.bP) {
        hb.registerPartial(t.partial, template(t.markdown));
        hb.registerPartial(`${t.partial}Html`, template(t.html));
    }
    hb.registerPartial('iacHtml', template('iac.html.hbs'));
    partials = true;
}
/** The report of an offline run (IaC only, no live audit): templates/iac-only.md.hbs. */
const iacOnlyTemplate = once(() => {
    registerIacPartials();
    return template('iac-only.md.hbs');
});
// Markers no value can contain: U+0001 and a per-process random nonce (Handlebars reads no NUL).
const NONCE = (0,external_node_crypto_.createHash)('sha256').update(`${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');
function splitTemplate(file) {
    const s = spec(file);
    if (!isSplit(s))
        throw new Error(`templates/${file} is not split`);
    const main = hb.template(s.main);
    // `{{{@imdsGuardListN}}}` in the main template (stream.ts listMarker): the marker of list N.
    const markers = {};
    s.lists.forEach((_, n) => {
        markers[(0,stream/* listMarker */.X0)(n)] = `\u0001${NONCE}:${n}\u0001`;
    });
    return {
        main: (data) => main(data, { data: markers }),
        lists: s.lists.map((l) => ({ path: l.path, rows: hb.template(l.spec) })),
        marker: new RegExp(`\u0001${NONCE}:(\\d+)\u0001`),
    };
}
/** report.md.hbs, split. */
const markdownSplitTemplate = once(() => splitTemplate('report.md.hbs'));
/** report.html.hbs, split. */
const htmlSplitTemplate = once(() => splitTemplate('report.html.hbs'));


/***/ })

};
