export const id = 773;
export const ids = [773];
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

/***/ 5773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planRollbackMode: () => (/* binding */ planRollbackMode)
});

// EXTERNAL MODULE: ./lib/assess/plan-file.js
var plan_file = __webpack_require__(1050);
// EXTERNAL MODULE: ./lib/assess/rollback.js
var rollback = __webpack_require__(7312);
// EXTERNAL MODULE: ./lib/assess/waves.js
var waves = __webpack_require__(8132);
// EXTERNAL MODULE: ./lib/aws/clients.js
var clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/reread.js
var reread = __webpack_require__(8972);
// EXTERNAL MODULE: ./lib/aws/session.js
var aws_session = __webpack_require__(7733);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(157);
;// CONCATENATED MODULE: ./lib/github/provenance.js
/**
 * Reads what GitHub knows about the change log's lines, for plan-rollback's provenance check
 * (assess/rollback.ts decides; `provenRecords` at the end walks the runs newest first, asking it of each):
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
/**
 * The records a rollback may use, judged by provenance. With a run id, that run's lines are judged; with
 * `last`, runs are judged newest first until one has an applied change IMDS Guard provably wrote (the
 * lines of newer runs left out on the way are listed). One GraphQL query for the line commits, one REST
 * call per run judged. No answer from GitHub: refused, unless rollback-run says unverified.
 */
async function provenRecords(lines, spec, target) {
    const source = await provenanceSource(target);
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

// EXTERNAL MODULE: ./lib/remediate/changelog.js
var changelog = __webpack_require__(3286);
// EXTERNAL MODULE: ./lib/pipeline/files.js
var files = __webpack_require__(4773);
// EXTERNAL MODULE: ./lib/pipeline/options.js + 1 modules
var options = __webpack_require__(4532);
// EXTERNAL MODULE: ./lib/pipeline/plan-output.js + 1 modules
var plan_output = __webpack_require__(3491);
;// CONCATENATED MODULE: ./lib/pipeline/plan-rollback.js
/**
 * mode: plan-rollback \u2014 read-only: a plan restoring the exact before-states one apply run recorded.
 *
 *   change log \u2500\u25ba provenance (only records IMDS Guard provably wrote) \u2500\u25ba the run's before-states \u2500\u25ba
 *   instance names (read with the signed-in session) \u2500\u25ba sealed rollback plan
 */











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
    const proven = await provenRecords(lines, spec, {
        token: settings.github.token,
        apiUrl: deps.github.apiUrl,
        repository: deps.github.repository,
        ref: deps.github.ref,
        path: r.changelogPath,
    });
    // Instances a wave's soak already restored automatically need no rollback: never re-apply them.
    const { records, restored } = (0,waves/* withoutAutoRestored */.G9)(proven.sorted.records);
    const { plan: bare, runId } = rollbackOf(records, proven, spec, settings, deps);
    const leftOut = (0,rollback/* leftOutRows */.rN)(proven.sorted.leftOut, r.changelogPath);
    for (const h of leftOut)
        deps.log.warning(`Rollback plan: ${h.resourceId} (${h.region}) ${h.reason}`);
    // 3. Instance names, read with the signed-in account's session, so the approver sees which instance
    //    each restore is for (apply runs per account: other accounts' items keep their ids). Read-only:
    //    reconciling records are written by the approved job.
    const session = await (0,aws_session/* signIn */.Jv)((0,options/* signInOptions */.Bt)(settings), deps.clients, deps.idToken, deps.log, deps.env);
    const names = await instanceNames(bare, session, deps);
    const { digest: _old, ...unsealed } = bare;
    const provenance = (0,rollback/* provenanceOfPlan */.ob)(proven.sorted, unsealed, leftOut.length, spec, r.changelogPath);
    const plan = (0,plan_file/* sealPlan */.tP)({
        ...unsealed,
        items: unsealed.items.map((i) => (names.has(i.resourceId) ? { ...i, name: names.get(i.resourceId) } : i)),
        heldBack: [...unsealed.heldBack, ...(0,rollback/* autoRestoredRows */.DZ)(restored, runId), ...leftOut],
        provenance,
    });
    (provenance.checked && !provenance.unverifiedPlanned ? deps.log.info : deps.log.warning)(provenance.statement);
    deps.log.info(`Rollback plan for run ${runId}: ${plan.items.length} change(s) to restore to their recorded before-state.`);
    await (0,plan_output/* writePlan */.p)(plan, r.planFile, deps, {});
    return { passed: true, failures: [], plan };
}
/** The rollback plan of the proven records, narrowed by the `instances` input. */
function rollbackOf(records, proven, spec, settings, deps) {
    const r = settings.remediation;
    try {
        return (0,rollback/* buildRollbackPlan */.aG)(records, {
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
}
/** The Name tags of the plan's instances in the signed-in account; a region that cannot be read lists ids. */
async function instanceNames(plan, session, deps) {
    const sessions = new Map([[session.accountId, session]]);
    const byRegion = new Map();
    for (const i of plan.items.filter((x) => x.kind === 'instance')) {
        if (!sessions.has(i.accountId))
            continue;
        const k = `${i.accountId}/${i.region}`;
        byRegion.set(k, [...(byRegion.get(k) ?? []), i.resourceId]);
    }
    const names = new Map();
    await Promise.all([...byRegion].map(async ([k, ids]) => {
        const [accountId, region] = k.split('/');
        try {
            const ec2 = deps.clients.ec2((0,clients/* sessionOf */.MC)(sessions, accountId), region);
            const { found } = await (0,reread/* rereadInstances */.Uv)(ec2, accountId, region, ids);
            for (const [id, inst] of found)
                if (inst.name)
                    names.set(id, inst.name);
        }
        catch (e) {
            deps.log.warning(`Rollback plan: could not read instance names in ${region} (${e.message}); the plan lists ids only.`);
        }
    }));
    return names;
}


/***/ })

};
