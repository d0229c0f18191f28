export const id = 691;
export const ids = [691];
export const modules = {

/***/ 4691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planMode: () => (/* binding */ planMode),
  planRollbackMode: () => (/* binding */ planRollbackMode)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/assess/plan.js
var assess_plan = __webpack_require__(5087);
// EXTERNAL MODULE: ./lib/assess/plan-file.js
var plan_file = __webpack_require__(1050);
// EXTERNAL MODULE: ./lib/assess/rollback.js
var rollback = __webpack_require__(7312);
// EXTERNAL MODULE: ./lib/assess/rules.js
var rules = __webpack_require__(3529);
// EXTERNAL MODULE: ./lib/assess/selection.js
var selection = __webpack_require__(4000);
// EXTERNAL MODULE: ./lib/assess/waves.js
var waves = __webpack_require__(8132);
// EXTERNAL MODULE: ./lib/aws/clients.js
var clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/collect.js + 7 modules
var collect = __webpack_require__(2522);
// EXTERNAL MODULE: ./lib/aws/readiness.js
var readiness = __webpack_require__(6509);
// EXTERNAL MODULE: ./lib/aws/reread.js
var reread = __webpack_require__(8972);
// EXTERNAL MODULE: ./lib/aws/session.js
var aws_session = __webpack_require__(7733);
// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(6675);
;// CONCATENATED MODULE: ./lib/github/provenance.js
/**
 * Reads what GitHub knows about the change log's lines, for plan-rollback's provenance check
 * (assess/rollback.ts `judgeProvenance` decides; this module only reads):
 *
 *   - which commit brought each line of the change log at the branch head into the repository, who
 *     authored it and whether GitHub signed it, and the token's own identity \u2014 one GraphQL query;
 *   - each run a record names: `GET /repos/{owner}/{repo}/actions/runs/{run_id}` (404: no such run here).
 *
 * Why blame: GraphQL `Commit.blame(path:)` attributes every line of the file at one commit to the commit
 * that introduced it, in ONE request whatever the file's history. The REST alternative (list the commits
 * touching the path, then `GET /commits/{sha}` for each one's patch) costs one request per apply run
 * ever made, and GitHub drops `patch` from large diffs. Blame is sound for this question: a line a person
 * added or edited is attributed to that person's commit, and `Commit.file(path:)` at the same commit
 * gives the text the line numbers refer to.
 *
 * Why `viewer`: the change-log commits are made with `createCommitOnBranch` and the job's token, so GitHub
 * makes the token's identity their author (`github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for an
 * app token) and signs them. REST `GET /user` answers 403 to installation tokens; GraphQL `viewer` answers
 * both installation and user tokens with the login, and needs no permission.
 *
 * Permissions: `contents: read` (blame and file) and `actions: read` (workflow runs).
 */

/** The check could not be made: no answer, or not one to rely on. `reason` says why and how to fix it. */
class ProvenanceUnavailable extends Error {
    name = 'ProvenanceUnavailable';
}
const BLAME_QUERY = `query($owner: String!, $name: String!, $ref: String!, $path: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          file(path: $path) { object { ... on Blob { text isTruncated } } }
          blame(path: $path) {
            ranges {
              startingLine
              endingLine
              commit {
                oid
                committedDate
                author { user { login } }
                signature { isValid wasSignedByGitHub }
              }
            }
          }
        }
      }
    }
  }
}`;
function why(e) {
    const status = e?.status;
    // Octokit appends ` - <documentation_url>` to GitHub's message.
    const msg = (e?.message ?? String(e))
        .split('\n')[0]
        .replace(/ - https?:\/\/\S+$/, '')
        .slice(0, 200);
    return status ? `HTTP ${status}: ${msg}` : msg;
}
/** Who committed each line of the change log at the branch head, and the token's identity. */
async function readLineCommits(octokit, t) {
    let data;
    try {
        data = await octokit.graphql(BLAME_QUERY, {
            owner: t.owner,
            name: t.repo,
            ref: `refs/heads/${t.branch}`,
            path: t.path,
        });
    }
    catch (e) {
        throw new ProvenanceUnavailable(`GitHub did not answer the change log's blame query (${why(e)})`);
    }
    const identity = data.viewer?.login;
    if (!identity)
        throw new ProvenanceUnavailable("GitHub did not name the token's identity (GraphQL viewer)");
    const target = data.repository?.ref?.target;
    if (!target?.oid) {
        throw new ProvenanceUnavailable(`branch '${t.branch}' was not found in ${t.owner}/${t.repo} (run plan-rollback on the branch the change log is committed to)`);
    }
    const lineCommits = new Map();
    const file = target.file?.object;
    if (file && typeof file.text === 'string') {
        if (file.isTruncated)
            throw new ProvenanceUnavailable(`${t.path} at ${t.branch} is too large for GitHub to return its text; start a new change log file (changelog-path)`);
        const lines = file.text.split('\n');
        for (const r of target.blame?.ranges ?? []) {
            const c = r.commit;
            const commit = {
                oid: c.oid,
                committedDate: c.committedDate,
                author: c.author?.user?.login ?? undefined,
                signedByGitHub: Boolean(c.signature?.isValid && c.signature?.wasSignedByGitHub),
            };
            for (let n = r.startingLine; n <= r.endingLine && n <= lines.length; n++) {
                const text = lines[n - 1].trim();
                if (!text)
                    continue;
                lineCommits.set(text, [...(lineCommits.get(text) ?? []), commit]);
            }
        }
    }
    return {
        identity,
        repository: `${t.owner}/${t.repo}`,
        branch: t.branch,
        path: t.path,
        headOid: target.oid,
        lineCommits,
    };
}
/** `GET /actions/runs/{id}` for each run id: the run, null on 404; anything else makes the check unavailable. */
async function readRuns(octokit, t, runIds) {
    const runs = new Map();
    // A run id is a positive integer; anything else (e.g. a CLI run's `local-\u2026`) names no Actions run.
    for (const id of runIds)
        if (!/^[1-9]\d{0,19}$/.test(id))
            runs.set(id, null);
    const ask = [...new Set(runIds)].filter((id) => !runs.has(id));
    // A few at a time: each record's run is usually one of a handful.
    for (let i = 0; i < ask.length; i += 8) {
        await Promise.all(ask.slice(i, i + 8).map(async (id) => {
            try {
                const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                    owner: t.owner,
                    repo: t.repo,
                    run_id: Number(id),
                });
                runs.set(id, {
                    id: String(data.id),
                    repository: data.repository?.full_name ?? '',
                    path: data.path ?? '',
                    status: data.status ?? '',
                    event: data.event ?? '',
                    runAttempt: data.run_attempt ?? 1,
                    createdAt: data.created_at,
                    updatedAt: data.updated_at,
                });
            }
            catch (e) {
                if (e.status === 404)
                    runs.set(id, null);
                else
                    throw new ProvenanceUnavailable(`GitHub did not answer GET /actions/runs/${id} (${why(e)})`);
            }
        }));
    }
    return runs;
}
async function provenanceSource(t) {
    const branch = t.ref?.startsWith('refs/heads/') ? t.ref.slice('refs/heads/'.length) : undefined;
    const missing = !t.token
        ? 'no github-token'
        : !t.repository
            ? 'GITHUB_REPOSITORY is not set'
            : !branch
                ? `the run is not on a branch (ref '${t.ref ?? ''}')`
                : undefined;
    if (missing)
        return { unavailable: missing };
    const octokit = (0,github/* getOctokit */.Q)(t.token, { baseUrl: t.apiUrl });
    const repo = t.repository;
    try {
        const lines = await readLineCommits(octokit, {
            ...repo,
            branch: branch,
            path: t.path.replace(/^\.\//, ''),
        });
        const facts = { ...lines, runs: new Map() };
        return {
            facts,
            async readRuns(ids) {
                const todo = ids.filter((id) => !facts.runs.has(id));
                if (!todo.length)
                    return;
                for (const [id, run] of await readRuns(octokit, repo, todo))
                    facts.runs.set(id, run);
            },
        };
    }
    catch (e) {
        if (e instanceof ProvenanceUnavailable)
            return { unavailable: e.message };
        throw e;
    }
}

// EXTERNAL MODULE: ./lib/remediate/changelog.js
var changelog = __webpack_require__(3286);
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
;// CONCATENATED MODULE: ./lib/pipeline/plan.js
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
        const text = (0,files/* readWorkspaceFile */.sL)(deps, 'instances', r.selection.instancesFile, 'inside');
        fileRows = (0,selection/* parseInstancesCsv */.ac)(text, r.selection.instancesFile);
        instancesFile = {
            path: r.selection.instancesFile,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
            rows: fileRows.length,
        };
        deps.log.info(`instances (file: ${r.selection.instancesFile}): ${fileRows.length} instance id(s) from ${r.selection.instancesFile}`);
    }
    // 2. Sign in and collect; every account's session travels on with its facts.
    const session = await (0,aws_session/* signIn */.Jv)(settings, deps.clients, deps.idToken, deps.log, deps.env);
    // A plan needs the fleet and its posture, not the exposure context (GuardDuty, IAM, other services).
    const { inventory, sessions } = await (0,collect/* collectInventory */.r)(settings, session, deps.clients, deps.log, deps.now, {
        exposure: false,
    });
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
    const seen = new Set();
    const targets = [
        ...cands.candidates.filter((c) => (0,assess_plan/* needsReadiness */.Q0)(c.instance.metadata, c.after)).map((c) => c.instance),
        ...posture.templates.flatMap((t) => (0,assess_plan/* templateReadinessInstances */.z2)(t, postureInput.instances)),
    ]
        .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
        .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
    const { usage, calls } = await (0,readiness/* measureV1Usage */.P7)(targets, {
        days: r.v1UsageDays,
        now: deps.now(),
        cloudwatch: (accountId, region) => deps.clients.cloudwatch((0,clients/* sessionOf */.MC)(sessions, accountId), region),
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
    const flat = (0,assess_plan/* buildPlan */.Gg)({ ...input, createdAt: deps.now().toISOString(), selectedBy }, cands, usage, r.includeInUse, (0,assess_plan/* buildPostureItems */.L_)(postureInput, usage, r.includeInUse));
    // 6. Staged waves: each item's wave, the soak and the failure budget, sealed with the rest.
    let plan = flat;
    if (r.waves) {
        const tags = new Map(inventory.instances.map((i) => [i.instanceId, i.tags]));
        plan = (0,plan_file/* sealPlan */.tP)((0,waves/* planWithWaves */.wv)(flat, r.waves, (it, key) => tags.get(it.resourceId)?.[key]));
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
        failures.push(`None of the ${named.size} instance(s) named in instances${r.selection.instancesFile ? ' (and its file)' : ''} exist in the scanned regions (${notFound
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
    return { passed: failures.length === 0, failures, inventory, plan };
}
async function planRollbackMode(settings, deps) {
    const r = settings.remediation;
    // 1. The change log: parsed (and validated) before any AWS call.
    const text = (0,files/* readOptionalWorkspaceFile */.KO)(deps, 'changelog-path', r.changelogPath);
    if (text === undefined) {
        throw new Error(`changelog-path: no change log at ${r.changelogPath}. Check out the branch the apply run committed it to (or set changelog-path).`);
    }
    const spec = (0,rollback/* parseRollbackRun */.JE)(r.rollbackRun ?? 'last');
    const lines = (0,changelog/* parseChangeLogLines */.jP)(text, r.changelogPath);
    // 2. Provenance: only records IMDS Guard wrote are restored (docs/remediation.md, "Provenance").
    const proven = await provenRecords(lines, spec, settings, deps);
    // Instances a wave's soak already restored automatically need no rollback: never re-apply them.
    const { records, restored } = (0,waves/* withoutAutoRestored */.G9)(proven.sorted.records);
    let built;
    try {
        built = (0,rollback/* buildRollbackPlan */.aG)(records, {
            run: proven.run ?? spec.run,
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
        }, proven.sorted.unproven);
    }
    catch (e) {
        // Nothing of the run passed: say what was left out rather than "no applied changes".
        throw (e instanceof plan_file/* PlanError */.W6 && (0,rollback/* noProvenRunError */.zW)(proven.sorted.leftOut, spec, r.changelogPath)) || e;
    }
    const { plan: bare, runId } = built;
    const leftOut = (0,rollback/* leftOutRows */.rN)(proven.sorted.leftOut, r.changelogPath);
    for (const h of leftOut)
        deps.log.warning(`Rollback plan: ${h.resourceId} (${h.region}) ${h.reason}`);
    // 3. Instance names, read with the signed-in account's session, so the approver sees which instance
    //    each restore is for (apply runs per account: other accounts' items keep their ids). Read-only:
    //    reconciling records are written by the approved job.
    const session = await (0,aws_session/* signIn */.Jv)(settings, deps.clients, deps.idToken, deps.log, deps.env);
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
            const { found } = await (0,reread/* rereadInstances */.Uv)(deps.clients.ec2((0,clients/* sessionOf */.MC)(sessions, accountId), region), accountId, region, ids);
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
    const provenance = (0,rollback/* provenanceOfPlan */.ob)(proven.sorted, unsealed, leftOut.length, spec, r.changelogPath);
    const plan = (0,plan_file/* sealPlan */.tP)({
        ...unsealed,
        items: unsealed.items.map((i) => (names.has(i.resourceId) ? { ...i, name: names.get(i.resourceId) } : i)),
        heldBack: [...unsealed.heldBack, ...autoRestored, ...leftOut],
        provenance,
    });
    (provenance.checked && !provenance.unverifiedPlanned ? deps.log.info : deps.log.warning)(provenance.statement);
    deps.log.info(`Rollback plan for run ${runId}: ${plan.items.length} change(s) to restore to their recorded before-state.`);
    await writePlan(plan, settings, deps, {});
    return { passed: true, failures: [], plan };
}
/**
 * The records a rollback may use, judged by provenance. With a run id, that run's lines are judged; with
 * `last`, runs are judged newest first until one has an applied change IMDS Guard provably wrote (the
 * lines of newer runs left out on the way are listed). One GraphQL query for the line commits, one REST
 * call per run judged. No answer from GitHub: refused, unless rollback-run says unverified.
 */
async function provenRecords(lines, spec, settings, deps) {
    const source = await provenanceSource({
        token: settings.github.token,
        apiUrl: deps.github.apiUrl,
        repository: deps.github.repository,
        ref: deps.github.ref,
        path: settings.remediation.changelogPath,
    });
    const unavailable = (why) => ({ sorted: (0,rollback/* sortByProvenance */.vo)(lines, { unavailable: why }, spec) });
    if ('unavailable' in source)
        return unavailable(source.unavailable);
    const order = spec.run === 'last' ? (0,rollback/* candidateRuns */.a0)(lines.map((l) => l.record)) : [spec.run];
    const skipped = [];
    let last;
    for (const run of order) {
        const mine = lines.filter((l) => l.record.runId === run);
        try {
            await source.readRuns([...new Set(mine.map((l) => (0,rollback/* writerOf */.bi)(l.record)))]);
        }
        catch (e) {
            if (e instanceof ProvenanceUnavailable)
                return unavailable(e.message);
            throw e;
        }
        const sorted = (0,rollback/* sortByProvenance */.vo)(mine, source.facts, spec);
        last = sorted;
        const ok = spec.run !== 'last' || sorted.records.some((x) => x.result === 'applied' && x.mode !== 'rollback');
        if (ok)
            return { sorted: { ...sorted, leftOut: [...skipped, ...sorted.leftOut] }, run };
        skipped.push(...sorted.leftOut);
    }
    // Nothing to roll back: an empty sort that carries everything left out, for the error.
    const empty = {
        records: [],
        unproven: new Map(),
        leftOut: skipped,
        lineOf: new Map(),
        checked: last?.checked ?? { identity: source.facts.identity },
    };
    return { sorted: empty };
}
/** Writes the sealed plan, outputs its path and digest, and shows it to the approver. */
async function writePlan(plan, settings, deps, extra) {
    const path = (0,files/* workspacePath */.X5)(deps, settings.remediation.planFile, 'plan-file');
    (0,safe/* writeFileSafe */.nm)({ root: deps.github.workspace, input: 'plan-file', path }, `${JSON.stringify(plan, null, 2)}\n`);
    deps.outputs.set('plan-file', path);
    deps.outputs.set('plan-digest', plan.digest);
    deps.log.info(`Plan written to ${settings.remediation.planFile} (plan-digest ${plan.digest}).`);
    await deps.outputs.summary((0,remediation/* planSummary */.MM)(plan, (0,external_node_path_.relative)(deps.github.workspace, path) || path, extra));
    if (plan.provenance)
        await deps.outputs.summary(provenanceSummary(plan.provenance));
}


/***/ })

};
