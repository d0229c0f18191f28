export const id = 867;
export const ids = [867];
export const modules = {

/***/ 1867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMode: () => (/* binding */ planMode),
/* harmony export */   planRollbackMode: () => (/* binding */ planRollbackMode)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _assess_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5087);
/* harmony import */ var _assess_plan_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1050);
/* harmony import */ var _assess_rollback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7312);
/* harmony import */ var _assess_rules_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3529);
/* harmony import */ var _assess_selection_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4000);
/* harmony import */ var _assess_waves_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(8132);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6933);
/* harmony import */ var _aws_collect_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8012);
/* harmony import */ var _aws_readiness_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6509);
/* harmony import */ var _aws_reread_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8972);
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7733);
/* harmony import */ var _remediate_changelog_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(3286);
/* harmony import */ var _report_remediation_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(1495);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(4773);
/**
 * mode: plan and mode: plan-rollback \u2014 read-only. Each writes a sealed plan file and outputs its digest
 * (`plan-digest`), which the approved apply job takes through `needs` and checks before any AWS call.
 *
 *   plan:          inputs \u2192 sign in \u2192 inventory (every account's session kept) \u2192 candidates \u2192
 *                  readiness (MetadataNoToken, each account read with its own session) \u2192 plan
 *   plan-rollback: change log \u2192 the exact before-states of one run \u2192 re-read names and current state
 *                  (each account with its own session) \u2192 rollback plan
 */


















const today = (d) => d.toISOString().slice(0, 10);
async function planMode(settings, deps) {
    const r = settings.remediation;
    const postureTargets = r.targets.filter((t) => t !== 'instances');
    if (postureTargets.length && r.action !== 'require-v2') {
        deps.log.warning(`remediation-targets: ${postureTargets.join(', ')} are remediated only with remediation: require-v2; not planned with ${r.action}.`);
    }
    // 1. Inputs first: a bad file fails before any AWS call.
    let fileRows = [];
    let instancesFile;
    if (r.selection.instancesFile) {
        const text = (0,_files_js__WEBPACK_IMPORTED_MODULE_16__/* .readWorkspaceFile */ .sL)(deps, 'instances-file', r.selection.instancesFile);
        fileRows = (0,_assess_selection_js__WEBPACK_IMPORTED_MODULE_8__/* .parseInstancesCsv */ .ac)(text, r.selection.instancesFile);
        instancesFile = {
            path: r.selection.instancesFile,
            sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex'),
            rows: fileRows.length,
        };
        deps.log.info(`instances-file: ${fileRows.length} instance id(s) from ${r.selection.instancesFile}`);
    }
    // 2. Sign in and collect; every account's session travels on with its facts.
    const session = await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_13__/* .signIn */ .Jv)(settings, deps.clients, deps.idToken, deps.log, deps.env);
    const { inventory, sessions } = await (0,_aws_collect_js__WEBPACK_IMPORTED_MODULE_10__/* .collectInventory */ .r)(settings, session, deps.clients, deps.log, deps.now);
    // 3. Judge: which resources change, to what.
    const input = {
        instances: inventory.instances,
        selection: r.selection,
        fileRows,
        policy: { remediation: r.action, hopLimit: r.hopLimit },
        exceptions: settings.exceptions,
        today: today(deps.now()),
        includeStopped: settings.scope.includeStopped,
        createdAt: deps.now().toISOString(),
        scannedAt: inventory.scannedAt,
        v1UsageDays: r.v1UsageDays,
    };
    const cands = r.targets.includes('instances')
        ? (0,_assess_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .planCandidates */ .I9)(input)
        : { candidates: [], heldBack: [], expiredExceptions: [] };
    const postureInput = {
        targets: r.targets,
        remediation: r.action,
        accountDefaults: inventory.accountDefaults ?? [],
        launchTemplates: inventory.launchTemplates ?? [],
        postureErrors: inventory.postureErrors ?? [],
        instances: inventory.instances.filter((i) => (0,_assess_rules_js__WEBPACK_IMPORTED_MODULE_7__/* .inScope */ .SB)(i, settings.scope.includeStopped)),
        v1UsageDays: r.v1UsageDays,
    };
    const posture = (0,_assess_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .postureCandidates */ .jv)(postureInput);
    // 4. Readiness: MetadataNoToken of every instance a change would break, read in its own account.
    const seen = new Set();
    const targets = [
        ...cands.candidates.filter((c) => (0,_assess_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .needsReadiness */ .Q0)(c.instance.metadata, c.after)).map((c) => c.instance),
        ...posture.templates.flatMap((t) => (0,_assess_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .templateReadinessInstances */ .z2)(t, postureInput.instances)),
    ]
        .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
        .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
    const { usage, calls } = await (0,_aws_readiness_js__WEBPACK_IMPORTED_MODULE_11__/* .measureV1Usage */ .P7)(targets, {
        days: r.v1UsageDays,
        now: deps.now(),
        cloudwatch: (accountId, region) => deps.clients.cloudwatch((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_9__/* .sessionOf */ .MC)(sessions, accountId), region),
        log: deps.log,
    });
    if (targets.length) {
        deps.log.info(`Readiness: MetadataNoToken over ${r.v1UsageDays} days for ${targets.length} instance(s) in ${calls} GetMetricData call(s).`);
    }
    // 5. Freeze the plan, with what selected it.
    const selectedBy = {
        accountId: inventory.callerAccountId,
        regions: settings.scope.regions,
        excludeRegions: settings.scope.excludeRegions,
        targets: r.targets,
        instances: r.selection.instances,
        tags: r.selection.tags,
        excludeInstances: r.selection.excludeInstances,
        excludeTags: r.selection.excludeTags,
    };
    if (instancesFile)
        selectedBy.instancesFile = instancesFile;
    const flat = (0,_assess_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildPlan */ .Gg)({ ...input, createdAt: deps.now().toISOString(), selectedBy }, cands, usage, r.includeInUse, (0,_assess_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .buildPostureItems */ .L_)(postureInput, usage, r.includeInUse));
    // 6. Staged waves (issue 12): each item's wave, the soak and the failure budget, sealed with the rest.
    let plan = flat;
    if (r.waves) {
        const tags = new Map(inventory.instances.map((i) => [i.instanceId, i.tags]));
        plan = (0,_assess_plan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .sealPlan */ .tP)((0,_assess_waves_js__WEBPACK_IMPORTED_MODULE_17__/* .planWithWaves */ .wv)(flat, r.waves, (it, key) => tags.get(it.resourceId)?.[key]));
        const w = plan.waves;
        deps.log.info(`Waves: ${w.waves.map((x) => `${x.wave}. ${x.definition} (${x.items})`).join('; ')}; soak ${w.soakMinutes} min, failure budget ${w.failureBudget}.`);
        if (w.soakMinutes < 10 && w.waves.length > 1) {
            deps.log.warning(`waves: soak=${w.soakMinutes} is shorter than CloudWatch needs to show refused IMDSv1 calls reliably (EC2 publishes its metrics every 5 minutes, 1 with detailed monitoring, a few minutes late); use soak=10 or more.`);
        }
    }
    const failures = [];
    const named = new Set([...r.selection.instances, ...fileRows.map((f) => f.instanceId)]);
    const notFound = plan.heldBack.filter((h) => named.has(h.resourceId) && /not found/.test(h.reason));
    if (named.size && notFound.length === named.size) {
        failures.push(`None of the ${named.size} instance(s) named in instances${r.selection.instancesFile ? '/instances-file' : ''} exist in the scanned regions (${notFound
            .slice(0, 10)
            .map((h) => h.resourceId)
            .join(', ')}${notFound.length > 10 ? ', \u2026' : ''}). Check the ids and the regions input; the plan changes nothing.`);
    }
    else if (notFound.length) {
        deps.log.warning(`${notFound.length} named instance(s) were not found in the scanned regions: ${notFound
            .slice(0, 10)
            .map((h) => h.resourceId)
            .join(', ')}${notFound.length > 10 ? ', \u2026' : ''}.`);
    }
    const expired = cands.expiredExceptions.map((e) => `${e.instance.instanceId} (${e.instance.region}): ${e.expires ? `expired ${e.expires}` : 'malformed'} \u2014 ${e.reason}`);
    for (const e of expired)
        deps.log.warning(`Exception not honoured: ${e}`);
    const failedRegions = inventory.regions
        .filter((x) => x.status === 'failed')
        .map((x) => `${x.region} (${x.error?.code})`);
    const inUse = plan.heldBack.filter((h) => (h.v1Calls ?? 0) > 0).length;
    deps.log.info(`Plan (${plan.remediation}): ${plan.items.length} change(s) (${r.targets.join(', ')}), ${plan.heldBack.length} held back (${inUse} still using IMDSv1).`);
    await writePlan(plan, settings, deps, { expired, failedRegions });
    if (failedRegions.length && settings.gate.failOnRegionError) {
        failures.push(`${failedRegions.length} region scan(s) failed (${failedRegions.join(', ')}); the plan does not cover them. Set fail-on-scan-error: false to accept a partial plan.`);
    }
    // An account that could not be reached (its member role refused, say) is as missing as a region.
    const failedAccounts = inventory.accounts
        .filter((x) => x.status === 'failed')
        .map((x) => `${x.accountId} (${x.error?.code})`);
    if (failedAccounts.length && settings.gate.failOnAccountError) {
        failures.push(`${failedAccounts.length} account(s) could not be read (${failedAccounts.join(', ')}); the plan does not cover them. Set fail-on-scan-error: regions (or false) to accept a plan without them.`);
    }
    return { passed: failures.length === 0, failures, inventory };
}
async function planRollbackMode(settings, deps) {
    const r = settings.remediation;
    // 1. The change log: parsed (and validated) before any AWS call.
    const path = (0,_files_js__WEBPACK_IMPORTED_MODULE_16__/* .workspacePath */ .X5)(deps, r.changelogPath, 'changelog-path');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path)) {
        throw new Error(`changelog-path: no change log at ${r.changelogPath}. Check out the branch the apply run committed it to (or set changelog-path).`);
    }
    // Instances a wave's soak already restored automatically need no rollback: never re-apply them.
    const { records, restored } = (0,_assess_waves_js__WEBPACK_IMPORTED_MODULE_17__/* .withoutAutoRestored */ .G9)((0,_remediate_changelog_js__WEBPACK_IMPORTED_MODULE_14__/* .parseChangeLog */ .OJ)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'), r.changelogPath));
    const { plan: bare, runId } = (0,_assess_rollback_js__WEBPACK_IMPORTED_MODULE_6__/* .buildRollbackPlan */ .aG)(records, {
        run: r.rollbackRun ?? 'last',
        instances: r.selection.instances,
        excludeInstances: r.selection.excludeInstances,
    }, deps.now().toISOString(), {
        regions: settings.scope.regions,
        excludeRegions: settings.scope.excludeRegions,
        targets: [],
        instances: r.selection.instances,
        tags: [],
        excludeInstances: r.selection.excludeInstances,
        excludeTags: [],
        rollbackRun: r.rollbackRun ?? 'last',
    });
    // 2. Instance names, read with the signed-in account's session, so the approver sees which instance
    //    each restore is for (apply runs per account: other accounts' items keep their ids). Read-only:
    //    reconciling records are written by the approved job.
    const session = await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_13__/* .signIn */ .Jv)(settings, deps.clients, deps.idToken, deps.log, deps.env);
    const sessions = new Map([[session.accountId, session]]);
    const byRegion = new Map();
    for (const i of bare.items.filter((x) => x.kind === 'instance')) {
        if (!sessions.has(i.accountId))
            continue;
        const k = `${i.accountId}/${i.region}`;
        byRegion.set(k, [...(byRegion.get(k) ?? []), i.resourceId]);
    }
    const names = new Map();
    await Promise.all([...byRegion].map(async ([k, ids]) => {
        const [accountId, region] = k.split('/');
        try {
            const { found } = await (0,_aws_reread_js__WEBPACK_IMPORTED_MODULE_12__/* .rereadInstances */ .Uv)(deps.clients.ec2((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_9__/* .sessionOf */ .MC)(sessions, accountId), region), accountId, region, ids);
            for (const [id, inst] of found)
                if (inst.name)
                    names.set(id, inst.name);
        }
        catch (e) {
            deps.log.warning(`Rollback plan: could not read instance names in ${region} (${e.message}); the plan lists ids only.`);
        }
    }));
    const { digest: _old, ...unsealed } = bare;
    const autoRestored = restored
        .filter((x) => x.runId === runId)
        .map((x) => ({
        accountId: x.accountId,
        region: x.region,
        resourceId: x.resourceId,
        reason: `already restored automatically after wave ${x.autoRollback?.wave} (${x.autoRollback?.metric} ${x.autoRollback?.sum}): nothing to roll back`,
    }));
    const plan = (0,_assess_plan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .sealPlan */ .tP)({
        ...unsealed,
        items: unsealed.items.map((i) => (names.has(i.resourceId) ? { ...i, name: names.get(i.resourceId) } : i)),
        heldBack: [...unsealed.heldBack, ...autoRestored],
    });
    deps.log.info(`Rollback plan for run ${runId}: ${plan.items.length} change(s) to restore to their recorded before-state.`);
    await writePlan(plan, settings, deps, {});
    return { passed: true, failures: [] };
}
/** Writes the sealed plan, outputs its path and digest, and shows it to the approver. */
async function writePlan(plan, settings, deps, extra) {
    const path = (0,_files_js__WEBPACK_IMPORTED_MODULE_16__/* .workspacePath */ .X5)(deps, settings.remediation.planFile, 'plan-file');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, `${JSON.stringify(plan, null, 2)}\n`);
    deps.outputs.set('plan-file', path);
    deps.outputs.set('plan-digest', plan.digest);
    deps.log.info(`Plan written to ${settings.remediation.planFile} (plan-digest ${plan.digest}).`);
    await deps.outputs.summary((0,_report_remediation_js__WEBPACK_IMPORTED_MODULE_15__/* .planSummary */ .MM)(plan, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(deps.github.workspace, path) || path, extra));
}


/***/ })

};
