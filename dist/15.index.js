export const id = 15;
export const ids = [15];
export const modules = {

/***/ 3491:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ writePlan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
;// CONCATENATED MODULE: ./lib/report/provenance.js

function provenanceSummary(p) {
    const head = p.checked
        ? p.unverifiedPlanned
            ? '### Provenance: checked \u2014 unverified records planned'
            : '### Provenance: checked'
        : '### Provenance: NOT checked';
    return `${head}\n\n${(0,report_escape/* escapeMarkdown */.FV)(p.statement, 2000)}\n`;
}

// EXTERNAL MODULE: ./lib/report/remediation.js
var remediation = __webpack_require__(1495);
// EXTERNAL MODULE: ./lib/pipeline/files.js
var files = __webpack_require__(4773);
;// CONCATENATED MODULE: ./lib/pipeline/plan-output.js
/** The plan file both planning modes write: sealed, in the workspace, its digest an output. */





/** Writes the sealed plan to `plan-file`, outputs its path and digest, and shows it to the approver. */
async function writePlan(plan, planFile, deps, extra) {
    const path = (0,files/* workspacePath */.X5)(deps, planFile, 'plan-file');
    (0,safe/* writeFileSafe */.nm)({ root: deps.github.workspace, input: 'plan-file', path }, `${JSON.stringify(plan, null, 2)}\n`);
    deps.outputs.set('plan-file', path);
    deps.outputs.set('plan-digest', plan.digest);
    deps.log.info(`Plan written to ${planFile} (plan-digest ${plan.digest}).`);
    await deps.outputs.summary((0,remediation/* planSummary */.MM)(plan, (0,external_node_path_.relative)(deps.github.workspace, path) || path, extra));
    if (plan.provenance)
        await deps.outputs.summary(provenanceSummary(plan.provenance));
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planMode: () => (/* binding */ planMode)
});

// EXTERNAL MODULE: ./lib/assess/plan.js
var assess_plan = __webpack_require__(5087);
// EXTERNAL MODULE: ./lib/assess/rules.js
var rules = __webpack_require__(3529);
// EXTERNAL MODULE: ./lib/aws/clients.js
var clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/collect.js + 6 modules
var collect = __webpack_require__(8798);
// EXTERNAL MODULE: ./lib/aws/readiness.js
var readiness = __webpack_require__(6509);
// EXTERNAL MODULE: ./lib/aws/session.js
var aws_session = __webpack_require__(7733);
// EXTERNAL MODULE: ./lib/pipeline/options.js + 1 modules
var options = __webpack_require__(4532);
// EXTERNAL MODULE: ./lib/pipeline/plan-output.js + 1 modules
var plan_output = __webpack_require__(3491);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/assess/plan-file.js
var plan_file = __webpack_require__(1050);
// EXTERNAL MODULE: ./lib/assess/selection.js
var selection = __webpack_require__(4000);
// EXTERNAL MODULE: ./lib/assess/waves.js
var assess_waves = __webpack_require__(8132);
// EXTERNAL MODULE: ./lib/pipeline/files.js
var files = __webpack_require__(4773);
;// CONCATENATED MODULE: ./lib/pipeline/plan-steps.js
/**
 * The steps of mode: plan around the judging: the `instances` CSV read before any AWS call, what selected
 * the plan (recorded in it), and the plan staged into the `waves` input's waves.
 */





/** The `instances` input's CSV (`file: PATH`): its rows, and what the plan records of it. */
function readInstancesFile(settings, deps) {
    const path = settings.remediation.selection.instancesFile;
    if (!path)
        return { rows: [] };
    const text = (0,files/* readWorkspaceFile */.sL)(deps, 'instances', path, 'inside');
    const rows = (0,selection/* parseInstancesCsv */.ac)(text, path);
    deps.log.info(`instances (file: ${path}): ${rows.length} instance id(s) from ${path}`);
    return {
        rows,
        recorded: { path, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'), rows: rows.length },
    };
}
/** What selected the plan's resources, recorded in it. */
function selectionOf(settings, inventory, instancesFile) {
    const { selection, targets } = settings.remediation;
    return {
        accountId: inventory.callerAccountId,
        regions: settings.scope.regions,
        excludeRegions: settings.scope.excludeRegions,
        targets,
        instances: selection.instances,
        tags: selection.tags,
        excludeInstances: selection.excludeInstances,
        excludeTags: selection.excludeTags,
        ...(instancesFile ? { instancesFile } : {}),
    };
}
/** The plan staged into the `waves` input's waves (each item's wave, the soak and budget), or as it is. */
function staged(flat, settings, inventory, deps) {
    const waves = settings.remediation.waves;
    if (!waves)
        return flat;
    const tags = new Map(inventory.instances.map((i) => [i.instanceId, i.tags]));
    const plan = (0,plan_file/* sealPlan */.tP)((0,assess_waves/* planWithWaves */.wv)(flat, waves, (it, key) => tags.get(it.resourceId)?.[key]));
    const w = plan.waves;
    deps.log.info(`Waves: ${w.waves.map((x) => `${x.wave}. ${x.definition} (${x.items})`).join('; ')}; soak ${w.soakMinutes} min, failure budget ${w.failureBudget}.`);
    if (w.soakMinutes < 10 && w.waves.length > 1)
        deps.log.warning(`waves: soak=${w.soakMinutes} is shorter than CloudWatch needs to show refused IMDSv1 calls reliably (EC2 publishes its metrics every 5 minutes, 1 with detailed monitoring, a few minutes late); use soak=10 or more.`);
    return plan;
}

;// CONCATENATED MODULE: ./lib/pipeline/plan.js
/**
 * mode: plan \u2014 read-only. Writes a sealed plan file and outputs its digest (`plan-digest`), which the
 * approved apply job takes through `needs` and checks before any AWS call.
 *
 *   inputs \u2192 sign in \u2192 inventory (every account's session kept) \u2192 candidates \u2192 readiness
 *   (MetadataNoToken, each account read with its own session) \u2192 plan \u2192 waves \u2192 plan file
 */









async function planMode(settings, deps) {
    const r = settings.remediation;
    const postureTargets = r.targets.filter((t) => t !== 'instances');
    if (postureTargets.length && r.action !== 'require-v2')
        deps.log.warning(`remediation-targets: ${postureTargets.join(', ')} are remediated only with remediation: require-v2; not planned with ${r.action}.`);
    // 1. Inputs first: a bad file fails before any AWS call.
    const file = readInstancesFile(settings, deps);
    // 2. Sign in and collect; every account's session travels on with its facts.
    const session = await (0,aws_session/* signIn */.Jv)((0,options/* signInOptions */.Bt)(settings), deps.clients, deps.idToken, deps.log, deps.env);
    // A plan needs the fleet and its posture, not the exposure context (GuardDuty, IAM, other services).
    const { inventory, sessions } = await (0,collect/* collectInventory */.r)((0,options/* collectOptions */.Dn)(settings, session, deps, { exposure: false }), session, deps.clients, deps.log, deps.now);
    // 3. Judge: which resources change, to what.
    const input = {
        instances: inventory.instances,
        selection: r.selection,
        fileRows: file.rows,
        policy: { remediation: r.action, hopLimit: r.hopLimit },
        exceptions: settings.exceptions,
        today: (0,options/* today */.Ec)(deps.now()),
        includeStopped: settings.scope.includeStopped,
        createdAt: deps.now().toISOString(),
        scannedAt: inventory.scannedAt,
        v1UsageDays: r.v1UsageDays,
    };
    const cands = r.targets.includes('instances')
        ? (0,assess_plan/* planCandidates */.I9)(input)
        : { candidates: [], heldBack: [], expiredExceptions: [] };
    const postureInput = {
        targets: r.targets,
        remediation: r.action,
        accountDefaults: inventory.accountDefaults ?? [],
        launchTemplates: inventory.launchTemplates ?? [],
        postureErrors: inventory.postureErrors ?? [],
        instances: inventory.instances.filter((i) => (0,rules/* inScope */.SB)(i, settings.scope.includeStopped)),
        v1UsageDays: r.v1UsageDays,
    };
    const posture = (0,assess_plan/* postureCandidates */.jv)(postureInput);
    // 4. Readiness: MetadataNoToken of every instance a change would break, read in its own account.
    const targets = (0,assess_plan/* readinessTargets */.l9)(cands, posture.templates, postureInput.instances);
    const { usage, calls } = await (0,readiness/* measureV1Usage */.P7)(targets, {
        days: r.v1UsageDays,
        now: deps.now(),
        cloudwatch: (accountId, region) => deps.clients.cloudwatch((0,clients/* sessionOf */.MC)(sessions, accountId), region),
        log: deps.log,
    });
    if (targets.length)
        deps.log.info(`Readiness: MetadataNoToken over ${r.v1UsageDays} days for ${targets.length} instance(s) in ${calls} GetMetricData call(s).`);
    // 5. Freeze the plan, with what selected it; 6. stage it into waves, sealed with the rest.
    const selectedBy = selectionOf(settings, inventory, file.recorded);
    const flat = (0,assess_plan/* buildPlan */.Gg)({ ...input, createdAt: deps.now().toISOString(), selectedBy }, cands, usage, r.includeInUse, (0,assess_plan/* buildPostureItems */.L_)(postureInput, usage, r.includeInUse));
    const plan = staged(flat, settings, inventory, deps);
    // 7. Write it, and say what it does not cover.
    const named = new Set([...r.selection.instances, ...file.rows.map((f) => f.instanceId)]);
    const missing = (0,assess_plan/* namedNotFound */.l_)(plan, named, Boolean(r.selection.instancesFile));
    if (missing.warning)
        deps.log.warning(missing.warning);
    const expired = cands.expiredExceptions.map((e) => `${e.instance.instanceId} (${e.instance.region}): ${e.expires ? `expired ${e.expires}` : 'malformed'} \u2014 ${e.reason}`);
    for (const e of expired)
        deps.log.warning(`Exception not honoured: ${e}`);
    const gaps = (0,assess_plan/* planScanFailures */.GI)(inventory, settings.gate);
    const inUse = plan.heldBack.filter((h) => (h.v1Calls ?? 0) > 0).length;
    deps.log.info(`Plan (${plan.remediation}): ${plan.items.length} change(s) (${r.targets.join(', ')}), ${plan.heldBack.length} held back (${inUse} still using IMDSv1).`);
    await (0,plan_output/* writePlan */.p)(plan, r.planFile, deps, { expired, failedRegions: gaps.failedRegions });
    const failures = [...(missing.failure ? [missing.failure] : []), ...gaps.failures];
    return { passed: failures.length === 0, failures, inventory, plan };
}


/***/ })

};
