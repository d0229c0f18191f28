export const id = 154;
export const ids = [154];
export const modules = {

/***/ 6773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyMode: () => (/* binding */ applyMode)
});

// EXTERNAL MODULE: ./lib/aws/session.js
var aws_session = __webpack_require__(7733);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(157);
;// CONCATENATED MODULE: ./lib/github/commit.js
/**
 * Commits the change log to the branch that ran the workflow, through GraphQL `createCommitOnBranch`
 * (a commit GitHub signs), with `expectedHeadOid` as an optimistic lock. The file's content is read at
 * the head being committed on and this run's lines are appended to it \u2014 never the workspace copy
 * overwriting what others committed since checkout. A moved head (STALE_DATA) re-reads and retries.
 */

class CommitError extends Error {
    name = 'CommitError';
}
const HEAD_QUERY = `query($owner: String!, $name: String!, $qualifiedName: String!) {
  repository(owner: $owner, name: $name) { ref(qualifiedName: $qualifiedName) { target { oid } } }
}`;
const COMMIT_MUTATION = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;
function octokitFor(token, apiUrl) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl });
}
/** Appends `lines` to `existing`, skipping lines already present (a retried run must not duplicate). */
function appendLines(existing, lines) {
    const have = new Set(existing.split('\n').filter((l) => l.trim() !== ''));
    const fresh = lines.filter((l) => l.trim() !== '' && !have.has(l));
    const base = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
    return { content: base + fresh.map((l) => `${l}\n`).join(''), added: fresh.length };
}
function isStale(e) {
    const errors = e?.errors;
    if (errors?.some((x) => x.type === 'STALE_DATA' || /expected branch to point to/i.test(x.message ?? '')))
        return true;
    return /expected branch to point to/i.test(e?.message ?? '');
}
async function headOid(octokit, t) {
    const r = await octokit.graphql(HEAD_QUERY, {
        owner: t.owner,
        name: t.repo,
        qualifiedName: `refs/heads/${t.branch}`,
    });
    const oid = r.repository?.ref?.target.oid;
    if (!oid)
        throw new CommitError(`branch '${t.branch}' was not found in ${t.owner}/${t.repo}`);
    return oid;
}
async function contentAt(octokit, t, oid) {
    try {
        const r = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
            owner: t.owner,
            repo: t.repo,
            path: t.path,
            ref: oid,
            headers: { accept: 'application/vnd.github.raw' },
        });
        return typeof r.data === 'string'
            ? r.data
            : Buffer.from(r.data).toString('utf8');
    }
    catch (e) {
        if (e.status === 404)
            return '';
        throw e;
    }
}
async function commitChangelog(octokit, target, lines, message, maxAttempts = 5) {
    let last;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const oid = await headOid(octokit, target);
        const existing = await contentAt(octokit, target, oid);
        const { content, added } = appendLines(existing, lines);
        if (added === 0)
            return { oid, attempts: attempt, added: 0 };
        try {
            const r = await octokit.graphql(COMMIT_MUTATION, {
                input: {
                    branch: { repositoryNameWithOwner: `${target.owner}/${target.repo}`, branchName: target.branch },
                    message,
                    expectedHeadOid: oid,
                    fileChanges: {
                        additions: [{ path: target.path, contents: Buffer.from(content).toString('base64') }],
                    },
                },
            });
            return {
                oid: r.createCommitOnBranch.commit.oid,
                url: r.createCommitOnBranch.commit.url,
                attempts: attempt,
                added,
            };
        }
        catch (e) {
            last = e;
            if (!isStale(e))
                throw e;
            // Someone pushed since we read the head: read again and re-append onto the new content.
        }
    }
    throw new CommitError(`the branch kept moving: ${maxAttempts} attempts to commit ${target.path} hit a newer head (${last?.message ?? ''})`);
}
/**
 * Commits this run's change-log lines to the branch the workflow ran on. A refused commit (protected
 * branch, ruleset, no token) never loses the log: it stays at `localPath` in the workspace for the
 * workflow's `if: always()` upload step, and the failure says where, why, and how to let it through.
 */
async function commitChangeLog(options, deps, run) {
    if (!options.commit)
        return { note: 'left in the workspace (commit-changelog: false)' };
    if (run.lines.length === 0)
        return { note: 'nothing to commit' };
    const repo = deps.github.repository;
    const ref = deps.github.ref ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const kept = `The change log is kept at ${run.localPath} (upload it with the workflow's if: always() artifact step) and the changes in AWS stand.`;
    const why = !options.token
        ? 'no github-token'
        : !repo
            ? 'GITHUB_REPOSITORY is not set'
            : !branch
                ? `the run is not on a branch (ref '${ref}')`
                : undefined;
    if (why) {
        return {
            note: `not committed: ${why}`,
            failure: `The change log was not committed (${why}). ${kept} Commit it yourself, or set commit-changelog: false to opt out.`,
        };
    }
    const c = run.counts;
    try {
        const res = await commitChangelog(octokitFor(options.token, deps.github.apiUrl), { owner: repo.owner, repo: repo.repo, branch: branch, path: options.path.replace(/^\.\//, '') }, run.lines, {
            headline: `imds-guard: ${run.mode} change log for run ${deps.github.runId}`,
            body: `${c.applied ?? 0} applied, ${c.drifted ?? 0} drifted, ${c.failed ?? 0} failed, ${c.unknown ?? 0} unknown, ${c.skipped ?? 0} skipped.${deps.github.runUrl ? `\n\nRun: ${deps.github.runUrl}` : ''}${deps.github.actor ? `\nActor: ${deps.github.actor}` : ''}`,
        });
        deps.log.info(`Change log committed to ${branch}: ${res.url ?? res.oid} (${res.added} line(s), ${res.attempts} attempt(s)).`);
        return { url: res.url };
    }
    catch (e) {
        const msg = e?.message ?? String(e);
        const protectedBranch = /protected|ruleset|rule violation|Repository rule|not permitted|403|Resource not accessible/i.test(msg);
        const how = protectedBranch
            ? ` The branch '${branch}' refuses the commit (branch protection or a ruleset): add the GitHub Actions app (or the token's identity) to the ruleset's bypass list, or run remediation from a dedicated branch that allows it (docs/remediation.md, "Committing the change log").`
            : '';
        return {
            note: 'commit failed',
            failure: `Committing the change log to ${branch} failed: ${msg}.${how} ${kept}`,
        };
    }
}

;// CONCATENATED MODULE: ./lib/remediate/approval.js
/**
 * The approval gate, pure: a change is made only from a run whose GitHub OIDC token carries the
 * `environment` claim of the approval environment (the one with required reviewers). GitHub puts
 * that claim in the token only for a job that named the environment and passed its protection rules.
 */
class RefusedError extends Error {
    name = 'RefusedError';
}
/** Throws RefusedError with what to fix; returns when approved. */
function checkApproval(a) {
    const refuse = (why) => {
        throw new RefusedError(`${a.mode} refused: ${why} Nothing was changed.`);
    };
    if (a.eventName.startsWith('pull_request') || a.eventName === 'merge_group') {
        refuse(`runs on ${a.eventName} events are never allowed to change instances.`);
    }
    if (!a.usedOidc || !a.claims) {
        refuse(`no GitHub OIDC token, so no environment claim to check. Set role-to-assume to the write role and run the job with \`environment: ${a.environment}\` and \`permissions: id-token: write\`; credentials from elsewhere cannot prove approval.`);
    }
    const claims = a.claims;
    const env = claims.environment;
    if (typeof env !== 'string' || env === '') {
        refuse(`the OIDC token has no environment claim: the job did not run in an environment. Add \`environment: ${a.environment}\` to the apply job (the environment's required reviewers are the approval).`);
    }
    if (env !== a.environment) {
        refuse(`the OIDC token's environment claim is '${String(env)}', not approval-environment '${a.environment}'.`);
    }
    const event = claims.event_name;
    if (typeof event === 'string' && (event.startsWith('pull_request') || event === 'merge_group')) {
        refuse(`the OIDC token was issued to a ${event} run.`);
    }
    const sub = claims.sub;
    if (typeof sub === 'string' && !sub.endsWith(`:environment:${a.environment}`)) {
        refuse(`the OIDC token's sub '${sub}' is not an environment subject for '${a.environment}'.`);
    }
}

// EXTERNAL MODULE: ./lib/remediate/changelog.js
var changelog = __webpack_require__(3286);
// EXTERNAL MODULE: ./lib/aws/clients.js
var clients = __webpack_require__(6933);
// EXTERNAL MODULE: ./lib/aws/metric-timing.js
var metric_timing = __webpack_require__(3772);
// EXTERNAL MODULE: ./lib/aws/reread.js
var reread = __webpack_require__(8972);
// EXTERNAL MODULE: ./lib/model/metadata.js
var metadata = __webpack_require__(9160);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./lib/aws/mapping.js
var mapping = __webpack_require__(7775);
// EXTERNAL MODULE: ./lib/aws/sdk.js
var sdk = __webpack_require__(5041);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
;// CONCATENATED MODULE: ./lib/remediate/apply-common.js
function groupByRegion(items) {
    const groups = new Map();
    for (const it of items) {
        const k = `${it.accountId}/${it.region}`;
        const g = groups.get(k);
        if (g)
            g.push(it);
        else
            groups.set(k, [it]);
    }
    return [...groups.values()];
}
const emptyCounts = () => ({
    applied: 0,
    failed: 0,
    drifted: 0,
    unknown: 0,
    skipped: 0,
});
/** What a region's apply starts with, instances or posture: its counters, clients and record writer. */
function startRegion(group, opts) {
    const { accountId, region } = group[0];
    const clock = opts.clock ?? (() => performance.now());
    const started = clock();
    const out = {
        accountId,
        region,
        counts: emptyCounts(),
        durationMs: 0,
        modifyCalls: 0,
        throttled: 0,
    };
    /** Writes one change record (the caller's onRecord appends and fsyncs it) and counts outcomes. */
    const record = (item, result, before, after, extra = {}) => {
        opts.onRecord({
            time: opts.now().toISOString(),
            ...opts.base,
            kind: item.kind,
            accountId,
            region,
            resourceId: item.resourceId,
            before,
            after,
            result,
            ...extra,
        });
        if (result !== 'started')
            out.counts[result]++;
    };
    const finish = () => {
        out.durationMs = clock() - started;
        return out;
    };
    return {
        accountId,
        region,
        out,
        read: opts.clients.read(accountId, region),
        write: opts.clients.write(accountId, region),
        record,
        finish,
    };
}
const errorFields = (code, message) => ({ errorCode: code, errorMessage: message });

;// CONCATENATED MODULE: ./lib/remediate/pacing.js
/**
 * Pacing AWS writes: a client-side token bucket per (account, region, bucket) matching EC2's
 * documented write buckets, and one paced send with our own throttle and transient retries (the
 * write client makes one attempt per send, so a retried call can never yield a second change record).
 */


/** EC2's documented bucket for ModifyInstanceMetadataOptions, per account per region. */
const MODIFY_METADATA_BUCKET = { burst: 100, refillPerSecond: 5 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * A client-side token bucket: `take()` resolves when a token is available, first come first served.
 * It starts full (as AWS's does) at the first take; `drain()` empties it when AWS says we were too
 * optimistic (someone else shares the bucket), so we fall back to the refill rate.
 */
class TokenBucketLimiter {
    spec;
    clock;
    wait;
    tokens;
    last = -1;
    chain = Promise.resolve();
    waits = 0;
    constructor(spec, clock = () => performance.now(), wait = sleep) {
        this.spec = spec;
        this.clock = clock;
        this.wait = wait;
        this.tokens = spec.burst;
    }
    refill() {
        const now = this.clock();
        if (this.last < 0)
            this.last = now;
        this.tokens = Math.min(this.spec.burst, this.tokens + ((now - this.last) / 1000) * this.spec.refillPerSecond);
        this.last = now;
    }
    take() {
        const next = this.chain.then(async () => {
            this.refill();
            while (this.tokens < 1) {
                this.waits++;
                await this.wait(Math.ceil(((1 - this.tokens) / this.spec.refillPerSecond) * 1000));
                this.refill();
            }
            this.tokens -= 1;
        });
        this.chain = next;
        return next;
    }
    drain() {
        this.refill();
        this.tokens = Math.min(this.tokens, 0);
    }
    /** Lower bound on the time N calls take from a full bucket, in ms. */
    static boundMs(n, spec) {
        return (Math.max(0, n - spec.burst) / spec.refillPerSecond) * 1000;
    }
}
const THROTTLE_CODES = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException']);
/** Failures where the call may or may not have reached EC2: retried, and settled by a re-read. */
const TRANSIENT_CODES = new Set([
    'InternalError',
    'InternalFailure',
    'ServiceUnavailable',
    'Unavailable',
    'TimeoutError',
    'RequestTimeout',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'EAI_AGAIN',
]);
/**
 * May the call have failed on the way (and be worth retrying)? AWS 5xx, the SDK's network and timeout
 * errors. A programming error (TypeError, RangeError, \u2026) is never transient: retrying it would only
 * repeat it, and it must surface as itself.
 */
function isTransient(e) {
    if (!e || typeof e !== 'object')
        return false;
    if (isProgrammingError(e))
        return false;
    const code = (0,clients/* awsErrorCode */.J6)(e);
    const status = e.$metadata?.httpStatusCode;
    return TRANSIENT_CODES.has(code) || (status !== undefined && status >= 500);
}
function isProgrammingError(e) {
    return (e instanceof TypeError ||
        e instanceof RangeError ||
        e instanceof ReferenceError ||
        e instanceof SyntaxError ||
        e instanceof EvalError);
}
/** AWS answered and refused (HTTP 4xx): the request was not carried out. */
function isRefusal(e) {
    const status = e?.$metadata?.httpStatusCode;
    return status !== undefined && status >= 400 && status < 500;
}
/** One write with our own throttle/transient retries (the write client makes one attempt per send). */
async function sendPaced(send, bucket, opts, out) {
    let throttles = 0;
    let transients = 0;
    let ambiguous = false;
    for (;;) {
        await bucket.take();
        if (out)
            out.modifyCalls++;
        try {
            return { ok: true, value: await send() };
        }
        catch (e) {
            const code = (0,clients/* awsErrorCode */.J6)(e);
            if (THROTTLE_CODES.has(code)) {
                if (out)
                    out.throttled++;
                bucket.drain();
                if (++throttles <= (opts.maxThrottleRetries ?? 8))
                    continue;
                return {
                    ok: false,
                    code,
                    message: `still throttled after ${throttles} attempts: ${(0,lib_log/* errorMessage */.gJ)(e)}`,
                    ambiguous,
                };
            }
            if (isTransient(e)) {
                ambiguous = true;
                if (++transients <= (opts.maxTransientRetries ?? 3)) {
                    await sleep((opts.backoffMs ?? 200) * 2 ** (transients - 1) * (0.5 + Math.random()));
                    continue;
                }
            }
            // Only an answer from AWS (a 4xx) says for sure that nothing changed; anything else \u2014 a
            // programming error thrown around the send included \u2014 leaves the outcome to a re-read.
            return { ok: false, code, message: (0,lib_log/* errorMessage */.gJ)(e), ambiguous: ambiguous || !isRefusal(e) };
        }
    }
}

;// CONCATENATED MODULE: ./lib/remediate/apply-instances.js









// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 calls \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** The ModifyInstanceMetadataOptions input: the instance and only the fields that change. */
function modifyInput(instanceId, change, dryRun = false) {
    const input = {
        InstanceId: instanceId,
        ...(0,mapping/* toSdkMetadata */.zv)(change, metadata/* METADATA_FIELDS */.At),
    };
    if (dryRun)
        input.DryRun = true;
    return input;
}
/**
 * One DryRun ModifyInstanceMetadataOptions per (account, region), on a real planned instance with
 * its real change: `DryRunOperation` proves the permission; anything else refuses the apply.
 */
async function dryRunRegions(items, opts, limiters) {
    return Promise.all(groupByRegion(items).map(async (group) => {
        const { accountId, region } = group[0];
        const ec2 = opts.clients.write(accountId, region);
        const limiter = limiters?.get(`${accountId}/${region}`);
        const cmd = () => new sdk/* ModifyInstanceMetadataOptionsCommand */.a5(modifyInput(group[0].resourceId, group[0].after, true));
        for (let attempt = 0;; attempt++) {
            await limiter?.take();
            try {
                await ec2.send(cmd());
                // A DryRun that "succeeds" did not run dry: never expected from EC2.
                return {
                    accountId,
                    region,
                    ok: false,
                    code: 'DryRunIgnored',
                    message: 'DryRun call returned success; refusing to trust this endpoint',
                };
            }
            catch (e) {
                const code = (0,clients/* awsErrorCode */.J6)(e);
                if (code === 'DryRunOperation')
                    return { accountId, region, ok: true, code, message: 'permission confirmed' };
                if ((THROTTLE_CODES.has(code) || isTransient(e)) && attempt < (opts.maxThrottleRetries ?? 8)) {
                    limiter?.drain();
                    await sleep(Math.min(2000, (opts.backoffMs ?? 200) * 2 ** attempt));
                    continue;
                }
                return { accountId, region, ok: false, code, message: (0,lib_log/* errorMessage */.gJ)(e) };
            }
        }
    }));
}
/** Applies every item (after DryRun has passed). Never throws for one instance's failure. */
async function applyItems(items, opts, limiters = new Map()) {
    const clock = opts.clock ?? (() => performance.now());
    const started = clock();
    const regionLimit = (0,p_limit/* default */.A)(opts.regionConcurrency ?? 32);
    const regions = await Promise.all(groupByRegion(items).map((group) => regionLimit(() => applyRegion(group, opts, limiterFor(limiters, group[0], opts)))));
    const counts = emptyCounts();
    for (const r of regions)
        for (const k of Object.keys(counts))
            counts[k] += r.counts[k];
    return { regions, counts, durationMs: clock() - started };
}
function limiterFor(limiters, at, opts) {
    const k = `${at.accountId}/${at.region}`;
    let l = limiters.get(k);
    if (!l) {
        l = new TokenBucketLimiter(opts.bucket ?? MODIFY_METADATA_BUCKET, opts.clock);
        limiters.set(k, l);
    }
    return l;
}
async function applyRegion(group, opts, limiter) {
    const { accountId, region, out, read, write, record, finish } = startRegion(group, opts);
    const batch = opts.rereadBatch ?? 100;
    const inFlight = (0,p_limit/* default */.A)(opts.concurrencyPerRegion ?? 16);
    for (let off = 0; off < group.length; off += batch) {
        const chunk = group.slice(off, off + batch);
        let state;
        try {
            state = await (0,reread/* rereadInstances */.Uv)(read, accountId, region, chunk.map((i) => i.resourceId));
        }
        catch (e) {
            // Without a fresh read we cannot rule out drift: change nothing in this chunk.
            const err = errorFields((0,clients/* awsErrorCode */.J6)(e), `could not re-read the instance before changing it: ${(0,lib_log/* errorMessage */.gJ)(e)}`);
            opts.log.warning(`${region}: ${err.errorCode} re-reading ${chunk.length} instance(s); they are skipped`);
            for (const item of chunk)
                record(item, 'skipped', {}, {}, err);
            continue;
        }
        await Promise.all(chunk.map((item) => inFlight(async () => {
            const inst = state.found.get(item.resourceId);
            if (!inst || state.missing.has(item.resourceId)) {
                record(item, 'skipped', {}, {}, errorFields('InvalidInstanceID.NotFound', 'the instance no longer exists'));
                return;
            }
            const current = (0,metadata/* settingsOf */.f5)(inst.metadata);
            if (inst.state === 'terminated' || inst.state === 'shutting-down') {
                record(item, 'skipped', current, current, errorFields('IncorrectInstanceState', `the instance is ${inst.state}`));
                return;
            }
            const drift = (0,metadata/* driftOf */.$p)(item.before, current);
            if (drift.length) {
                record(item, 'drifted', current, current, errorFields('Drifted', `changed since the plan: ${drift.map((f) => `${f} ${String(item.before[f])} \u2192 ${String(current[f])}`).join(', ')}`));
                return;
            }
            const target = { ...current, ...(0,metadata/* settingsOf */.f5)(item.after) };
            // Write-ahead: the intent is on disk before the request leaves.
            record(item, 'started', current, target);
            const result = await modifyWithRetry(write, item, limiter, opts, out);
            if (result.ok) {
                record(item, 'applied', current, target);
                return;
            }
            // An ambiguous failure (connection lost, 5xx) may still have changed the instance: settle it
            // by reading, so the log says what AWS did.
            if (result.ambiguous) {
                let now;
                try {
                    now = (await (0,reread/* rereadInstances */.Uv)(read, accountId, region, [item.resourceId])).found.get(item.resourceId);
                }
                catch (e) {
                    // Neither the answer nor the re-read: AWS may have applied it. Recorded as unknown, with the
                    // intended after-state, so the next run re-reads it and rollback can restore it.
                    record(item, 'unknown', current, target, errorFields(result.code, `outcome unknown: ${result.message}; the confirming re-read failed too (${(0,lib_log/* errorMessage */.gJ)(e)}). The next apply or rollback re-reads it.`));
                    return;
                }
                if (now && (0,metadata/* driftOf */.$p)(target, (0,metadata/* settingsOf */.f5)(now.metadata)).length === 0) {
                    record(item, 'applied', current, target, errorFields(result.code, `applied (confirmed by re-read after: ${result.message})`));
                    return;
                }
            }
            record(item, 'failed', current, current, errorFields(result.code, `${result.message} (wanted ${(0,metadata/* describeFields */.VO)(item.after)})`));
        })));
    }
    return finish();
}
function modifyWithRetry(ec2, item, limiter, opts, out) {
    return sendPaced(() => ec2.send(new sdk/* ModifyInstanceMetadataOptionsCommand */.a5(modifyInput(item.resourceId, item.after))), limiter, opts, out);
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 DryRun \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/**
 * Per (account, region) with posture items: a DryRun of every write that region's items will make \u2014
 * ModifyInstanceMetadataDefaults with the real change; CreateLaunchTemplateVersion (apply) and
 * ModifyLaunchTemplate on a real planned template. `DryRunOperation` proves the permission.
 */

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/remediate/apply-posture.js
/**
 * Applying the new-launch half of a plan: account metadata defaults (ModifyInstanceMetadataDefaults,
 * per account per region) and launch templates (CreateLaunchTemplateVersion from the current default
 * version with HttpTokens=required, then ModifyLaunchTemplate to make it the default).
 *
 * The same rules as instances (apply.ts): DryRun per region before anything changes, a fresh read
 * right before each change (drift = the defaults or the default version changed since the plan), a
 * write-ahead `started` intent before each write and one outcome after, RequestLimitExceeded retried
 * by us against a client-side token bucket \u2014 ModifyInstanceMetadataDefaults has AWS's smallest bucket
 * (2 burst, 2 per second per account per region); CreateLaunchTemplateVersion / ModifyLaunchTemplate
 * share the mutating bucket (50 burst, 5 per second).
 *
 * Launch templates: a `MetadataOptions` given in `LaunchTemplateData` REPLACES the inherited block
 * (AWS semantics), so every metadata field of the source version is carried over explicitly. Versions
 * are never deleted: rollback only sets the default version back.
 */










/** EC2's bucket for ModifyInstanceMetadataDefaults, per account per region. */
const METADATA_DEFAULTS_BUCKET = { burst: 2, refillPerSecond: 2 };
/** EC2's bucket for other mutating calls (CreateLaunchTemplateVersion, ModifyLaunchTemplate). */
const MUTATING_BUCKET = { burst: 50, refillPerSecond: 5 };
const isPostureItem = (i) => i.kind !== 'instance';
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 pure parts \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/**
 * The MetadataOptions block of the new version: every field the source version sets, carried over
 * (the block replaces the inherited one), with the change on top. Unset fields stay unset.
 */
function newVersionMetadata(source, change) {
    return (0,mapping/* toSdkMetadata */.zv)({ ...source, ...change }, metadata/* METADATA_FIELDS */.At);
}
/** ModifyInstanceMetadataDefaults input: only the fields that change (`no-preference` / -1 clear one). */
function defaultsInput(change, dryRun = false) {
    const input = (0,mapping/* toSdkMetadata */.zv)(change, metadata/* DEFAULTS_FIELDS */.Rw);
    if (dryRun)
        input.DryRun = true;
    return input;
}
/** Idempotency token for CreateLaunchTemplateVersion: a retried or re-run create returns the same version. */
function versionClientToken(digest, runId, templateId) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${digest}|${runId}|${templateId}`).digest('hex').slice(0, 64);
}
function limiter(limiters, at, kind, clock) {
    const k = `${at.accountId}/${at.region}/${kind}`;
    let l = limiters.get(k);
    if (!l) {
        l = new TokenBucketLimiter(kind === 'defaults' ? METADATA_DEFAULTS_BUCKET : MUTATING_BUCKET, clock);
        limiters.set(k, l);
    }
    return l;
}
async function dryRunPosture(items, opts, limiters) {
    const results = [];
    await Promise.all(groupByRegion(items.filter(isPostureItem)).map(async (group) => {
        const { accountId, region } = group[0];
        const ec2 = opts.clients.write(accountId, region);
        const checks = [];
        const defaults = group.find((i) => i.kind === 'account-defaults');
        if (defaults) {
            checks.push({
                operation: 'ModifyInstanceMetadataDefaults',
                kind: 'defaults',
                send: () => ec2.send(new sdk/* ModifyInstanceMetadataDefaultsCommand */.gr(defaultsInput(defaults.after, true))),
            });
        }
        const lt = group.find((i) => i.kind === 'launch-template');
        if (lt) {
            if (lt.afterVersion === undefined) {
                checks.push({
                    operation: 'CreateLaunchTemplateVersion',
                    kind: 'mutating',
                    send: () => ec2.send(new sdk/* CreateLaunchTemplateVersionCommand */.B_({
                        DryRun: true,
                        LaunchTemplateId: lt.resourceId,
                        SourceVersion: String(lt.beforeVersion),
                        LaunchTemplateData: { MetadataOptions: newVersionMetadata(lt.before, lt.after) },
                    })),
                });
            }
            checks.push({
                operation: 'ModifyLaunchTemplate',
                kind: 'mutating',
                send: () => ec2.send(new sdk/* ModifyLaunchTemplateCommand */.dd({
                    DryRun: true,
                    LaunchTemplateId: lt.resourceId,
                    DefaultVersion: String(lt.beforeVersion),
                })),
            });
        }
        for (const c of checks) {
            const bucket = limiter(limiters, group[0], c.kind, opts.clock);
            const r = await sendPaced(c.send, bucket, {
                ...opts,
                maxTransientRetries: opts.maxThrottleRetries ?? 8,
            });
            const base = { accountId, region, operation: c.operation };
            if (r.ok) {
                results.push({
                    ...base,
                    ok: false,
                    code: 'DryRunIgnored',
                    message: 'DryRun call returned success; refusing to trust this endpoint',
                });
            }
            else if (r.code === 'DryRunOperation') {
                results.push({ ...base, ok: true, code: r.code, message: 'permission confirmed' });
            }
            else {
                results.push({ ...base, ok: false, code: r.code, message: r.message });
            }
        }
    }));
    return results.sort((a, b) => `${a.accountId}/${a.region}`.localeCompare(`${b.accountId}/${b.region}`));
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 apply \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** Applies the launch-template and account-default items (after DryRun has passed). Never throws for one item. */
async function applyPostureItems(items, opts, limiters = new Map()) {
    const clock = opts.clock ?? (() => performance.now());
    const started = clock();
    const regionLimit = (0,p_limit/* default */.A)(opts.regionConcurrency ?? 32);
    const regions = await Promise.all(groupByRegion(items.filter(isPostureItem)).map((group) => regionLimit(() => apply_posture_applyRegion(group, opts, limiters))));
    const counts = emptyCounts();
    for (const r of regions)
        for (const k of Object.keys(counts))
            counts[k] += r.counts[k];
    return { regions, counts, durationMs: clock() - started };
}
async function apply_posture_applyRegion(group, opts, limiters) {
    const run = { ...startRegion(group, opts), opts, limiters };
    // Templates in a region run one after another (few per region; the mutating bucket paces them).
    for (const item of group) {
        if (item.kind === 'account-defaults')
            await applyDefaults(run, item);
        else
            await applyTemplate(run, item);
    }
    return run.finish();
}
/** Account defaults: re-read, judge drift, change, and confirm an ambiguous answer by re-reading. */
async function applyDefaults(run, item) {
    const { accountId, region, out, read, write, record, opts, limiters } = run;
    const failure = (e) => errorFields((0,clients/* awsErrorCode */.J6)(e), (0,lib_log/* errorMessage */.gJ)(e));
    let now;
    try {
        now = await (0,reread/* readDefaults */.D8)(read, accountId, region);
    }
    catch (e) {
        const f = failure(e);
        record(item, 'skipped', {}, {}, { ...f, errorMessage: `could not re-read the account defaults: ${f.errorMessage}` });
        return;
    }
    if (now.managedBy === 'declarative-policy') {
        record(item, 'skipped', now.state, now.state, {
            errorCode: 'DeclarativePolicy',
            errorMessage: 'the account defaults are now managed by a declarative policy and cannot be changed from the account',
        });
        return;
    }
    const drift = (0,metadata/* defaultsDrift */.aL)(item.before, now.state);
    if (drift.length) {
        record(item, 'drifted', now.state, now.state, {
            errorCode: 'Drifted',
            errorMessage: `changed since the plan: ${drift.map((f) => `${f} ${String(item.before[f] ?? 'unset')} \u2192 ${String(now.state[f] ?? 'unset')}`).join(', ')}`,
        });
        return;
    }
    const target = (0,metadata/* applyDefaultsChange */.l2)(now.state, item.after);
    record(item, 'started', now.state, target);
    const bucket = limiter(limiters, item, 'defaults', opts.clock);
    const r = await sendPaced(() => write.send(new sdk/* ModifyInstanceMetadataDefaultsCommand */.gr(defaultsInput(item.after))), bucket, opts, out);
    if (r.ok) {
        record(item, 'applied', now.state, target);
        return;
    }
    if (r.ambiguous) {
        try {
            const again = await (0,reread/* readDefaults */.D8)(read, accountId, region);
            if ((0,metadata/* defaultsDrift */.aL)(target, again.state).length === 0) {
                record(item, 'applied', now.state, target, {
                    errorCode: r.code,
                    errorMessage: `applied (confirmed by re-read after: ${r.message})`,
                });
                return;
            }
        }
        catch (e) {
            record(item, 'unknown', now.state, target, {
                errorCode: r.code,
                errorMessage: `outcome unknown: ${r.message}; the confirming re-read failed too (${(0,lib_log/* errorMessage */.gJ)(e)}). The next apply or rollback re-reads it.`,
            });
            return;
        }
    }
    record(item, 'failed', now.state, now.state, {
        errorCode: r.code,
        errorMessage: `${r.message} (wanted ${(0,metadata/* describeFields */.VO)(item.after)})`,
    });
}
/** A launch template: a new default version with the change (or back to the recorded one). */
async function applyTemplate(run, item) {
    const { out, read, write, record, opts, limiters } = run;
    const failure = (e) => errorFields((0,clients/* awsErrorCode */.J6)(e), (0,lib_log/* errorMessage */.gJ)(e));
    let cur;
    try {
        cur = await (0,reread/* readDefaultVersion */.o8)(read, item.resourceId);
    }
    catch (e) {
        const f = failure(e);
        record(item, 'skipped', {}, {}, { ...f, errorMessage: `could not re-read the launch template: ${f.errorMessage}` });
        return;
    }
    if (!cur) {
        record(item, 'skipped', {}, {}, {
            errorCode: 'InvalidLaunchTemplateId.NotFound',
            errorMessage: 'the launch template no longer exists',
        });
        return;
    }
    const v = { beforeVersion: cur.version, afterVersion: cur.version };
    if (cur.version !== item.beforeVersion) {
        record(item, 'drifted', cur.metadata, cur.metadata, {
            ...v,
            errorCode: 'Drifted',
            errorMessage: `the default version changed since the plan: ${item.beforeVersion} \u2192 ${cur.version}`,
        });
        return;
    }
    const bucket = limiter(limiters, item, 'mutating', opts.clock);
    const rollback = item.afterVersion !== undefined;
    const target = rollback ? item.after : { ...cur.metadata, ...item.after };
    let newVersion = item.afterVersion;
    if (!rollback) {
        record(item, 'started', cur.metadata, target, { beforeVersion: cur.version });
        const created = await sendPaced(() => write.send(new sdk/* CreateLaunchTemplateVersionCommand */.B_({
            LaunchTemplateId: item.resourceId,
            SourceVersion: String(cur.version),
            VersionDescription: `imds-guard: ${(0,metadata/* describeFields */.VO)(item.after)} (run ${opts.base.runId})`.slice(0, 255),
            LaunchTemplateData: { MetadataOptions: newVersionMetadata(cur.metadata, item.after) },
            ClientToken: versionClientToken(opts.base.planDigest, opts.base.runId, item.resourceId),
        })), bucket, opts, out);
        newVersion = created.ok ? created.value.LaunchTemplateVersion?.VersionNumber : undefined;
        if (!created.ok || newVersion === undefined) {
            record(item, 'failed', cur.metadata, cur.metadata, {
                ...v,
                errorCode: created.ok ? 'NoVersion' : created.code,
                errorMessage: `CreateLaunchTemplateVersion: ${created.ok ? 'no version number in the answer' : created.message}`,
            });
            return;
        }
    }
    // Second intent: now the new default version is known (the reconciler compares against it).
    record(item, 'started', cur.metadata, target, { beforeVersion: cur.version, afterVersion: newVersion });
    const set = await sendPaced(() => write.send(new sdk/* ModifyLaunchTemplateCommand */.dd({
        LaunchTemplateId: item.resourceId,
        DefaultVersion: String(newVersion),
    })), bucket, opts, out);
    const done = { beforeVersion: cur.version, afterVersion: newVersion };
    if (set.ok) {
        record(item, 'applied', cur.metadata, target, done);
        return;
    }
    if (set.ambiguous) {
        try {
            const again = await (0,reread/* readDefaultVersion */.o8)(read, item.resourceId);
            if (again?.version === newVersion) {
                record(item, 'applied', cur.metadata, target, {
                    ...done,
                    errorCode: set.code,
                    errorMessage: `applied (confirmed by re-read after: ${set.message})`,
                });
                return;
            }
        }
        catch (e) {
            record(item, 'unknown', cur.metadata, target, {
                ...done,
                errorCode: set.code,
                errorMessage: `outcome unknown: ${set.message}; the confirming re-read failed too (${(0,lib_log/* errorMessage */.gJ)(e)}). The next apply or rollback re-reads it.`,
            });
            return;
        }
    }
    record(item, 'failed', cur.metadata, cur.metadata, {
        ...v,
        errorCode: set.code,
        errorMessage: `ModifyLaunchTemplate: ${set.message}${rollback ? '' : ` (version ${newVersion} was created but is not the default)`}`,
    });
}

;// CONCATENATED MODULE: ./lib/remediate/outcome.js

const zeroOutcome = () => ({
    regions: [],
    counts: emptyCounts(),
    durationMs: 0,
});
/** Instance and posture outcomes as one (rows of the same account/region summed). */
function mergeOutcomes(a, b) {
    const rows = new Map();
    for (const r of [...a.regions, ...b.regions]) {
        const k = `${r.accountId}/${r.region}`;
        const have = rows.get(k);
        if (!have)
            rows.set(k, { ...r, counts: { ...r.counts } });
        else {
            for (const c of Object.keys(have.counts))
                have.counts[c] += r.counts[c];
            have.modifyCalls += r.modifyCalls;
            have.throttled += r.throttled;
            have.durationMs = Math.max(have.durationMs, r.durationMs);
        }
    }
    const counts = { ...a.counts };
    for (const c of Object.keys(counts))
        counts[c] += b.counts[c];
    return {
        regions: [...rows.values()].sort((x, y) => `${x.accountId}/${x.region}`.localeCompare(`${y.accountId}/${y.region}`)),
        counts,
        durationMs: Math.max(a.durationMs, b.durationMs),
    };
}

;// CONCATENATED MODULE: ./lib/remediate/reconcile.js
/**
 * Reconciliation: the start of every apply/rollback settles intents an earlier run left without an
 * outcome (the process died with AWS's answer on the wire). Each such resource is re-read and a
 * reconciling outcome is appended to the log (`reconciledBy` = this run), so the log again says
 * exactly what AWS did. The reads are injected (tests pass fakes); the judgement is
 * changelog.ts#reconcileRecord (pure).
 */


async function reconcileIntents(intents, readers, ctx) {
    const records = [];
    const unsettled = [];
    const observed = new Map();
    const mine = intents.filter((i) => {
        if (i.accountId === ctx.accountId)
            return true;
        unsettled.push({
            intent: i,
            why: `account ${i.accountId} is not the signed-in account ${ctx.accountId}; reconcile it from that account's apply`,
        });
        return false;
    });
    // Instances: one batched read per region.
    const byRegion = new Map();
    for (const i of mine.filter((x) => x.kind === 'instance')) {
        const k = `${i.accountId}/${i.region}`;
        byRegion.set(k, [...(byRegion.get(k) ?? []), i]);
    }
    await Promise.all([...byRegion.values()].map(async (group) => {
        const { accountId, region } = group[0];
        try {
            const found = await readers.instances(accountId, region, group.map((g) => g.resourceId));
            for (const g of group) {
                const m = found.get(g.resourceId);
                observed.set(g, m ? { state: m } : undefined);
            }
        }
        catch (e) {
            for (const g of group)
                unsettled.push({ intent: g, why: `re-read failed: ${(0,lib_log/* errorMessage */.gJ)(e)}` });
        }
    }));
    await Promise.all(mine
        .filter((x) => x.kind !== 'instance')
        .map(async (i) => {
        try {
            observed.set(i, i.kind === 'launch-template'
                ? await readers.launchTemplate(i.accountId, i.region, i.resourceId)
                : { state: await readers.accountDefaults(i.accountId, i.region) });
        }
        catch (e) {
            unsettled.push({ intent: i, why: `re-read failed: ${(0,lib_log/* errorMessage */.gJ)(e)}` });
        }
    }));
    for (const i of mine) {
        if (!observed.has(i))
            continue;
        const r = (0,changelog/* reconcileRecord */.CL)(i, observed.get(i), { runId: ctx.runId, time: ctx.now().toISOString() });
        records.push(r);
        ctx.log.info(`Reconciled ${i.kind} ${i.resourceId} (${i.region}) of run ${i.runId}: ${r.result}${r.errorMessage ? ` \u2014 ${r.errorMessage}` : ''}`);
    }
    for (const u of unsettled) {
        ctx.log.warning(`${u.intent.kind} ${u.intent.resourceId} (${u.intent.region}) of run ${u.intent.runId}: outcome still unknown \u2014 ${u.why}`);
    }
    return { records, unsettled };
}

// EXTERNAL MODULE: ./lib/assess/waves.js
var waves = __webpack_require__(8132);
// EXTERNAL MODULE: ./lib/aws/readiness.js
var readiness = __webpack_require__(6509);
;// CONCATENATED MODULE: ./lib/aws/soak.js






const MINUTE = 60_000;
/**
 * The window and period: whole minutes from the change (floored) to now (rounded up); the period a
 * multiple of 60 s with at most ~60 datapoints per query over a 5.5 h soak.
 */
function soakWindow(from, now) {
    const start = new Date(Math.floor(from.getTime() / MINUTE) * MINUTE);
    const end = new Date(Math.max(start.getTime() + MINUTE, Math.ceil(now.getTime() / MINUTE) * MINUTE));
    const minutes = (end.getTime() - start.getTime()) / MINUTE;
    return { start, end, periodSeconds: 60 * Math.max(1, Math.ceil(minutes / 60)) };
}
function soakQueries(instanceIds, periodSeconds) {
    return instanceIds.flatMap((id, n) => [
        {
            Id: `r${n}`,
            MetricStat: {
                Metric: {
                    Namespace: 'AWS/EC2',
                    MetricName: 'MetadataNoTokenRejected',
                    Dimensions: [{ Name: 'InstanceId', Value: id }],
                },
                Period: periodSeconds,
                Stat: 'Sum',
            },
            ReturnData: true,
        },
        {
            Id: `s${n}`,
            MetricStat: {
                Metric: {
                    Namespace: 'AWS/EC2',
                    MetricName: 'StatusCheckFailed',
                    Dimensions: [{ Name: 'InstanceId', Value: id }],
                },
                Period: periodSeconds,
                Stat: 'Maximum',
            },
            ReturnData: true,
        },
    ]);
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** MetadataNoTokenRejected and StatusCheckFailed of every target over [from, now]. */
async function readSoak(targets, opts) {
    const { start, end, periodSeconds } = soakWindow(opts.from, opts.now);
    const window = { from: start.toISOString(), to: end.toISOString(), periodSeconds };
    const readings = new Map();
    const groups = new Map();
    for (const t of targets) {
        const k = `${t.accountId}/${t.region}`;
        groups.set(k, [...(groups.get(k) ?? []), t]);
    }
    const perCall = Math.floor(readiness/* MAX_QUERIES_PER_CALL */.pL / 2);
    let calls = 0;
    const limit = (0,p_limit/* default */.A)(opts.concurrency ?? 8);
    await Promise.all([...groups.values()].map((group) => limit(async () => {
        const { accountId, region } = group[0];
        const cw = opts.cloudwatch(accountId, region);
        for (let off = 0; off < group.length; off += perCall) {
            const ids = group.slice(off, off + perCall).map((t) => t.instanceId);
            try {
                const answer = await (0,readiness/* metricValues */.tZ)(cw, soakQueries(ids, periodSeconds), { start, end, scanBy: 'TimestampAscending' }, () => calls++);
                const judged = (0,readiness/* judgeAnswer */._n)(ids.flatMap((_, n) => [`r${n}`, `s${n}`]), answer);
                ids.forEach((id, n) => {
                    const r = judged.get(`r${n}`);
                    const s = judged.get(`s${n}`);
                    const unknown = [
                        'values' in r ? undefined : `MetadataNoTokenRejected: ${r.unknown}`,
                        'values' in s ? undefined : `StatusCheckFailed: ${s.unknown}`,
                    ].filter((x) => x !== undefined);
                    const reading = {
                        ...window,
                        rejected: 'values' in r ? Math.round(sum(r.values)) : 0,
                        // Maximum per period is 0 or 1: counted, the number of periods with a failed check.
                        statusCheckFailed: 'values' in s ? s.values.filter((v) => v > 0).length : 0,
                    };
                    if (unknown.length)
                        reading.unknown = unknown.join('; ');
                    else {
                        const late = incomplete(id, opts);
                        if (late)
                            reading.unknown = late;
                    }
                    readings.set(id, reading);
                });
            }
            catch (e) {
                const error = `${(0,clients/* awsErrorCode */.J6)(e)}: ${(0,lib_log/* errorMessage */.gJ)(e)}`;
                opts.log.warning(`${region} (account ${accountId}): could not read MetadataNoTokenRejected/StatusCheckFailed \u2014 ${error}. ${ids.length} instance(s) cannot be verified.`);
                for (const id of ids)
                    readings.set(id, { ...window, error });
            }
        }
    })));
    return { readings, calls };
}
/** Why the window cannot yet show an instance healthy (no complete period after the last change), or undefined. */
function incomplete(id, opts) {
    const c = opts.complete;
    if (!c)
        return undefined;
    const period = c.periods.get(id) ?? c.timing.basicPeriodSeconds;
    const ready = (0,metric_timing/* publishedAfter */.Ny)(c.lastChange, period, c.timing);
    if (opts.now.getTime() >= ready.getTime())
        return undefined;
    return `the window holds no complete ${period} s period after the last change (${c.lastChange.toISOString()}) that CloudWatch has published yet (${monitoringWords(period, c.timing)}; complete at ${ready.toISOString()})`;
}
const monitoringWords = (period, t) => `${period === t.detailedPeriodSeconds && period !== t.basicPeriodSeconds ? 'detailed' : 'basic'} monitoring, ${period} s periods, published up to ${t.publishDelaySeconds} s late`;
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 monitoring: the metric period \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/**
 * `Monitoring.State` of instances, read with DescribeInstances (by id, 1,000 per call). An instance
 * whose state cannot be read is left out: it counts as basic monitoring, the longer period (a longer
 * wait, never an early verdict).
 */
async function readMonitoring(ec2, ids, log) {
    const out = new Map();
    for (let off = 0; off < ids.length; off += 1000) {
        const chunk = ids.slice(off, off + 1000);
        try {
            const res = await ec2.send(new sdk/* DescribeInstancesCommand */.bN({ InstanceIds: [...chunk] }));
            for (const r of res.Reservations ?? [])
                for (const i of r.Instances ?? [])
                    if (i.InstanceId && i.Monitoring?.State)
                        out.set(i.InstanceId, i.Monitoring.State);
        }
        catch (e) {
            log.info(`Could not read the monitoring state of ${chunk.length} instance(s) (${(0,clients/* awsErrorCode */.J6)(e)}: ${(0,lib_log/* errorMessage */.gJ)(e)}); their soak waits for a basic-monitoring period.`);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/remediate/waves.js








const notStarted = (from, to) => from === to ? `wave ${from} not started` : `waves ${from}\u2013${to} not started`;
const key = (r) => `${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
/**
 * Before the first change: can the write role read the soak metrics? One GetMetricData per region with
 * instances left to change (a wave whose soak cannot be read would stop the run half way).
 */
async function soakPreflight(plan, logged, opts) {
    const progress = (0,waves/* planProgress */.vR)(plan, logged);
    const soakWaves = new Set((plan.waves?.waves ?? []).filter((w) => w.soak).map((w) => w.wave));
    const todo = plan.items.filter((i) => i.kind === 'instance' && soakWaves.has(i.wave ?? 0) && progress.get(i)?.state === 'todo');
    return Promise.all(groupByRegion(todo).map(async (g) => {
        const now = opts.now();
        const { readings } = await readSoak([{ ...g[0], instanceId: g[0].resourceId }], {
            from: new Date(now.getTime() - 60_000),
            now,
            cloudwatch: opts.cloudwatch,
            log: opts.log,
        });
        const r = readings.get(g[0].resourceId);
        // A refusal of the read: the call failed, or CloudWatch answered a query Forbidden.
        const forbidden = r && !('error' in r) && r.unknown?.includes('StatusCode Forbidden');
        const error = r && 'error' in r ? r.error : forbidden ? r.unknown : undefined;
        return {
            accountId: g[0].accountId,
            region: g[0].region,
            operation: 'cloudwatch:GetMetricData (soak)',
            ok: !error,
            code: forbidden ? 'Forbidden' : error ? error.split(':')[0] : 'ok',
            message: error ?? 'soak metrics readable',
        };
    }));
}
function evidence(r, wave) {
    if (!r || 'error' in r)
        return undefined;
    const base = { periodSeconds: r.periodSeconds, from: r.from, to: r.to, wave };
    if (r.rejected > 0) {
        return {
            ...base,
            metric: 'MetadataNoTokenRejected',
            statistic: 'Sum',
            sum: r.rejected,
            reason: `wave ${wave} soak: ${r.rejected} IMDSv1 call(s) refused (MetadataNoTokenRejected Sum, ${r.from} \u2192 ${r.to}, period ${r.periodSeconds} s): the workload still uses IMDSv1; restored to its before-state`,
        };
    }
    if (r.statusCheckFailed > 0) {
        return {
            ...base,
            metric: 'StatusCheckFailed',
            statistic: 'Maximum',
            sum: r.statusCheckFailed,
            reason: `wave ${wave} soak: status check failed in ${r.statusCheckFailed} period(s) (StatusCheckFailed Maximum, ${r.from} \u2192 ${r.to}, period ${r.periodSeconds} s); restored to its before-state`,
        };
    }
    return undefined;
}
/** Runs the staged plan's waves in order. Never throws for one instance; returns why it stopped. */
async function runWaves(plan, logged, opts) {
    if (!plan.waves)
        throw new Error('internal: runWaves needs a staged plan');
    const run = new WaveRun(plan, plan.waves, logged, opts);
    for (const w of plan.waves.waves)
        await run.wave(w);
    return {
        outcome: run.outcome,
        restores: run.restores,
        waves: run.reports,
        stopped: run.stopped,
        brokenTotal: (0,waves/* restoredCount */.WZ)(run.progress),
    };
}
/** One run of a staged plan: each wave applied, soaked, restored where it broke, and judged. */
class WaveRun {
    plan;
    staged;
    logged;
    opts;
    outcome = zeroOutcome();
    restores = zeroOutcome();
    reports = [];
    stopped;
    progress;
    byKey;
    log;
    constructor(plan, staged, logged, opts) {
        this.plan = plan;
        this.staged = staged;
        this.logged = logged;
        this.opts = opts;
        this.progress = (0,waves/* planProgress */.vR)(plan, logged);
        this.byKey = new Map(plan.items.map((i) => [key(i), i]));
        this.log = opts.apply.log;
    }
    async wave(w) {
        const items = this.plan.items.filter((i) => i.wave === w.wave);
        const report = {
            wave: w.wave,
            definition: w.definition,
            planned: items.length,
            applied: 0,
            earlier: items.filter((i) => this.progress.get(i)?.state !== 'todo').length,
            notApplied: 0,
            rolledBack: [],
            status: 'not-started',
        };
        this.reports.push(report);
        if (this.stopped)
            return;
        // 1. Apply what the log does not show as done.
        const todo = items.filter((i) => this.progress.get(i)?.state === 'todo');
        if (todo.length)
            await this.apply(w, todo, report);
        report.status = 'applied';
        if (!w.soak)
            return;
        // 2. Soak: the wave's changed instances (this run or earlier, not yet restored).
        const changed = items.filter((i) => i.kind === 'instance' && this.progress.get(i)?.state === 'applied');
        if (changed.length === 0) {
            this.log.info(`Wave ${w.wave}: no instance changed, nothing to soak.`);
            report.status = 'soaked';
            return;
        }
        if (todo.length === 0 && (0,waves/* waveSoaked */.Pq)(this.plan, w.wave, this.logged)) {
            this.log.info(`Wave ${w.wave}: applied and soaked by an earlier run of this plan; not soaked again.`);
            report.status = 'soaked-earlier';
            return;
        }
        const { broken, unread } = await this.soak(w, changed, report);
        // 3. Restore what broke, at once, through the same paced write-ahead path.
        if (broken.length)
            await this.restore(w, broken, report);
        report.status = 'soaked';
        // 4. Go on only within the failure budget, and only when every instance could be verified.
        this.judge(w, report, broken, unread);
    }
    async apply(w, todo, report) {
        const onRecord = (rec) => {
            this.opts.apply.onRecord({ ...rec, wave: w.wave });
            const it = this.byKey.get(key(rec));
            if (!it || rec.result === 'started')
                return;
            if (rec.result === 'applied') {
                report.applied++;
                this.progress.set(it, { state: 'applied', at: rec.time, before: rec.before, after: rec.after });
            }
            else {
                report.notApplied++;
                this.progress.set(it, rec.result === 'failed' ? { state: 'todo' } : { state: 'settled', result: rec.result });
            }
        };
        this.log.info(`Wave ${w.wave}/${this.staged.waves.length} (${w.definition}): applying ${todo.length} change(s)\u2026`);
        const waveOpts = { ...this.opts.apply, onRecord };
        const inst = todo.filter((i) => i.kind === 'instance');
        const post = todo.filter((i) => i.kind !== 'instance');
        const [a, b] = await Promise.all([
            inst.length ? applyItems(inst, waveOpts, this.opts.limiters) : zeroOutcome(),
            post.length ? applyPostureItems(post, waveOpts, this.opts.postureLimiters) : zeroOutcome(),
        ]);
        // A failed item stays to do: a later run with the same plan retries it.
        this.outcome = mergeOutcomes(this.outcome, mergeOutcomes(a, b));
    }
    /** Waits out the soak (and CloudWatch's publishing), then reads each changed instance's metrics. */
    async soak(w, changed, report) {
        const { opts, log } = this;
        const timing = opts.timing ?? metric_timing/* EC2_METRIC_TIMING */.LB;
        const times = changed.map((i) => Date.parse(this.progress.get(i).at));
        const first = new Date(Math.min(...times));
        const last = new Date(Math.max(...times));
        const periods = await this.periods(changed, timing);
        await this.waitForSoak(w, changed.length, last, periods, timing);
        const { readings, calls } = await readSoak(changed.map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.resourceId })), {
            from: first,
            now: opts.apply.now(),
            cloudwatch: opts.cloudwatch,
            log,
            complete: { lastChange: last, periods, timing },
        });
        const any = readings.values().next().value;
        if (any)
            report.window = { from: any.from, to: any.to, periodSeconds: any.periodSeconds };
        const broken = changed
            .map((i) => ({ item: i, ev: evidence(readings.get(i.resourceId), w.wave) }))
            .filter((x) => Boolean(x.ev));
        const brokenSet = new Set(broken.map((b) => b.item));
        // Not broken, and not shown healthy: the read failed, or what it read cannot decide.
        const unread = [];
        for (const i of changed) {
            if (brokenSet.has(i))
                continue;
            const r = readings.get(i.resourceId);
            const failed = !r || 'error' in r;
            const why = !r ? 'no reading' : 'error' in r ? `could not read its metrics: ${r.error}` : r.unknown;
            if (why !== undefined)
                unread.push({ item: i, why, failed });
        }
        for (const u of unread)
            log.warning(`${u.item.resourceId} (${u.item.region}): wave ${w.wave} soak outcome unknown, not broken \u2014 ${u.why}.`);
        log.info(`Wave ${w.wave}: soak read for ${changed.length} instance(s) in ${calls} GetMetricData call(s): ${broken.length} broke${unread.length ? `, ${unread.length} unknown` : ''}.`);
        return { broken, unread };
    }
    /** Each instance's metric period (its monitoring). */
    async periods(changed, timing) {
        const periods = new Map();
        for (const g of groupByRegion(changed)) {
            const ec2 = this.opts.apply.clients.read(g[0].accountId, g[0].region);
            const states = await readMonitoring(ec2, g.map((i) => i.resourceId), this.log);
            for (const i of g)
                periods.set(i.resourceId, (0,metric_timing/* monitoringPeriod */.Uw)(states.get(i.resourceId), timing));
        }
        return periods;
    }
    /** Until the soak has passed and a whole period after the last change is published. */
    async waitForSoak(w, count, last, periods, timing) {
        const ready = Math.max(...[...periods.values()].map((p) => (0,metric_timing/* publishedAfter */.Ny)(last, p, timing).getTime()));
        const soakEnd = last.getTime() + this.staged.soakMinutes * 60_000;
        const wait = Math.max(soakEnd, ready) - this.opts.apply.now().getTime();
        if (wait <= 0)
            return;
        const longer = ready > soakEnd
            ? ` (${((ready - soakEnd) / 60_000).toFixed(ready - soakEnd < 60_000 ? 2 : 1)} min more than soak=${this.staged.soakMinutes}: CloudWatch publishes a whole ${Math.max(...periods.values())} s period after the last change only then)`
            : '';
        this.log.info(`Wave ${w.wave}: soaking ${(wait / 60_000).toFixed(wait < 60_000 ? 2 : 1)} min before reading MetadataNoTokenRejected and StatusCheckFailed of ${count} instance(s)${longer}\u2026`);
        await (this.opts.sleep ?? sleep)(wait);
    }
    async restore(w, broken, report) {
        const evOf = new Map(broken.map((b) => [key(b.item), b.ev]));
        const restoreItems = broken.map(({ item }) => {
            const p = this.progress.get(item);
            return (0,waves/* restoreItem */.KF)(item, p.before, p.after);
        });
        for (const b of broken)
            this.log.warning(`${b.item.resourceId} (${b.item.region}): ${b.ev.reason}`);
        const onRecord = (rec) => {
            const ev = evOf.get(key(rec));
            this.opts.apply.onRecord({ ...rec, wave: w.wave, ...(ev ? { autoRollback: ev } : {}) });
            const it = this.byKey.get(key(rec));
            if (!it || !ev || rec.result === 'started')
                return;
            if (rec.result === 'applied')
                this.progress.set(it, { state: 'restored', record: rec });
            report.rolledBack.push({
                resourceId: rec.resourceId,
                region: rec.region,
                why: ev.reason,
                result: rec.result === 'applied'
                    ? 'restored'
                    : `${rec.result}${rec.errorMessage ? `: ${rec.errorMessage}` : ''}`,
            });
        };
        const r = await applyItems(restoreItems, { ...this.opts.apply, onRecord }, this.opts.limiters);
        this.restores = mergeOutcomes(this.restores, r);
    }
    /** Stops the run when a soak outcome is unknown or the failure budget is spent. */
    judge(w, report, broken, unread) {
        const { staged } = this;
        const notRestored = report.rolledBack.filter((x) => x.result !== 'restored').length;
        const brokenTotal = (0,waves/* restoredCount */.WZ)(this.progress) + notRestored;
        const more = w.wave < staged.waves.length;
        const rest = more ? `; ${notStarted(w.wave + 1, staged.waves.length)}` : '';
        if (unread.length) {
            report.status = 'unverified';
            const named = unread
                .slice(0, 3)
                .map((u) => `${u.item.resourceId} (${u.item.region}): ${u.why}`)
                .join('; ');
            const refused = unread.some((u) => u.failed || u.why.includes('Forbidden'));
            const alsoBroken = broken.length
                ? `; ${broken.length} other instance(s) broke (restored automatically, ${brokenTotal} of failure-budget=${staged.failureBudget} used)`
                : '';
            this.stopped = `wave ${w.wave}: the soak outcome of ${unread.length} instance(s) is unknown, not broken (unknown is not healthy) \u2014 ${named}${unread.length > 3 ? `; and ${unread.length - 3} more` : ''}${alsoBroken}${rest}. They keep their change (nothing showed them broken); ${refused ? 'grant the write role cloudwatch:GetMetricData, then ' : ''}a later apply with this plan verifies wave ${w.wave} again and goes on.`;
        }
        else if (brokenTotal > staged.failureBudget) {
            report.status = more ? 'stopped' : 'soaked';
            this.stopped = `wave ${w.wave}: ${brokenTotal} instance(s) broke after requiring IMDSv2 (restored automatically${notRestored ? `, ${notRestored} restore(s) did not succeed` : ''}), more than failure-budget=${staged.failureBudget}${rest}. Fix or exclude those workloads and make a new plan.`;
        }
        else if (broken.length) {
            this.log.warning(`Wave ${w.wave}: ${broken.length} instance(s) restored; ${brokenTotal} of failure-budget=${staged.failureBudget} used \u2014 going on.`);
        }
        if (this.stopped)
            this.log.warning(`Stopping: ${this.stopped}`);
    }
}

;// CONCATENATED MODULE: ./lib/remediate/execute.js










class PlanExecution {
    ctx;
    /** The lines this run appended to the change log, as written (what gets committed). */
    lines = [];
    writer;
    writeClients = new clients/* ClientFactory */.S2(1);
    applyClients;
    writtenBy;
    instanceItems;
    postureItems;
    limiters = new Map();
    postureLimiters = new Map();
    cloudwatch;
    constructor(ctx) {
        this.ctx = ctx;
        // Every per-account call goes through the session of the account it is about.
        const sessions = new Map([[ctx.session.accountId, ctx.session]]);
        // The write client makes one attempt per send: pacing.ts retries throttling itself, so it counts
        // every attempt against its token bucket and writes exactly one outcome per change.
        this.applyClients = {
            read: (accountId, region) => ctx.clients.ec2((0,clients/* sessionOf */.MC)(sessions, accountId), region),
            write: (accountId, region) => this.writeClients.ec2((0,clients/* sessionOf */.MC)(sessions, accountId), region),
        };
        this.cloudwatch = (accountId, region) => 
        // The soak's reads decide whether the next wave starts: they keep the gate's retry budget.
        ctx.clients.cloudwatch((0,clients/* sessionOf */.MC)(sessions, accountId), region, 'gate');
        this.writer = new changelog/* ChangeLogWriter */.e1(ctx.changelogPath, ctx.workspace);
        this.writtenBy = (0,changelog/* provenanceOf */.Jj)(ctx.github, ctx.plan.digest);
        this.instanceItems = ctx.plan.items.filter((i) => i.kind === 'instance');
        this.postureItems = ctx.plan.items.filter(isPostureItem);
        for (const it of this.instanceItems)
            limiterFor(this.limiters, it, {});
    }
    /** A staged plan (waves) soaks and reads CloudWatch after each wave. */
    get staged() {
        return this.ctx.mode === 'apply' && this.ctx.plan.waves !== undefined;
    }
    /** Writes one record to the change log (durable when this returns), stamped with this run. */
    append(rec) {
        const stamped = { ...rec, writtenBy: this.writtenBy };
        this.writer.append(stamped);
        this.lines.push(JSON.stringify(stamped));
    }
    /**
     * Intents an earlier run left open (it died with the answer on the wire, or the outcome was unknown):
     * each is re-read and what AWS has is recorded. Returns the records written.
     */
    async reconcile(logged) {
        const open = (0,changelog/* unresolvedIntents */.BO)([...logged]);
        if (!open.length)
            return [];
        const { log, now, session } = this.ctx;
        log.info(`Change log: ${open.length} change(s) of earlier runs have no settled outcome \u2014 re-reading them.`);
        const read = this.applyClients.read;
        const rec = await reconcileIntents(open, {
            instances: async (accountId, region, ids) => {
                const { found } = await (0,reread/* rereadInstances */.Uv)(read(accountId, region), accountId, region, ids);
                return new Map([...found].map(([id, inst]) => [id, (0,metadata/* settingsOf */.f5)(inst.metadata)]));
            },
            launchTemplate: async (accountId, region, id) => {
                const v = await (0,reread/* readDefaultVersion */.o8)(read(accountId, region), id);
                return v && { state: v.metadata, version: v.version };
            },
            accountDefaults: async (accountId, region) => (await (0,reread/* readDefaults */.D8)(read(accountId, region), accountId, region)).state,
        }, { runId: this.ctx.github.runId, now, accountId: session.accountId, log });
        for (const x of rec.records)
            this.append(x);
        return rec.records;
    }
    /** Proves every write permission (and, for waves, the soak's reads) before the first change. */
    async dryRun(logged) {
        const { log, now } = this.ctx;
        const clients = this.applyClients;
        return [
            ...(this.instanceItems.length
                ? await dryRunRegions(this.instanceItems, { clients, log }, this.limiters)
                : []),
            ...(this.postureItems.length
                ? await dryRunPosture(this.postureItems, { clients }, this.postureLimiters)
                : []),
            ...(this.staged
                ? await soakPreflight(this.ctx.plan, [...logged], { cloudwatch: this.cloudwatch, now, log })
                : []),
        ];
    }
    /** Applies the plan: every change written to the log the moment it happens, intent first. */
    async apply(logged) {
        const { ctx } = this;
        const records = [];
        const apply = {
            clients: this.applyClients,
            log: ctx.log,
            now: ctx.now,
            base: {
                runId: ctx.github.runId,
                runUrl: ctx.github.runUrl,
                actor: ctx.github.actor,
                mode: ctx.mode,
                planDigest: ctx.plan.digest,
            },
            onRecord: (rec) => {
                this.append(rec);
                if (rec.result === 'started')
                    return;
                records.push(rec);
                if (rec.result !== 'applied')
                    ctx.log.warning(`${rec.resourceId} (${rec.region}): ${rec.result} \u2014 ${rec.errorCode}: ${rec.errorMessage}`);
            },
        };
        if (this.staged) {
            // Wave by wave: apply, soak, restore what broke, stop beyond the failure budget (waves.ts).
            const timing = (0,metric_timing/* metricTiming */.xJ)(ctx.env);
            const waveRun = await runWaves(ctx.plan, [...logged], {
                apply,
                limiters: this.limiters,
                postureLimiters: this.postureLimiters,
                cloudwatch: this.cloudwatch,
                // The test-only override (metric-timing.ts) when it holds; else EC2's own numbers.
                timing: 'problem' in timing ? metric_timing/* EC2_METRIC_TIMING */.LB : timing,
            });
            return { outcome: waveRun.outcome, records: records.filter((x) => !x.autoRollback), waveRun };
        }
        const [a, b] = await Promise.all([
            this.instanceItems.length ? applyItems(this.instanceItems, apply, this.limiters) : zeroOutcome(),
            this.postureItems.length
                ? applyPostureItems(this.postureItems, apply, this.postureLimiters)
                : zeroOutcome(),
        ]);
        return { outcome: mergeOutcomes(a, b), records };
    }
    close() {
        this.writer.close();
        this.writeClients.destroy();
    }
}
/** Why the run fails, in words: failed and unknown changes, restores that did not succeed, a stop. */
function applyFailures(applied, changelog) {
    const c = applied.outcome.counts;
    const failures = [];
    if (c.failed)
        failures.push(`${c.failed} change(s) failed; see the change log (${changelog}).`);
    if (c.unknown)
        failures.push(`${c.unknown} change(s) have an unknown outcome (AWS may have applied them); the next apply or rollback re-reads and records them.`);
    const waveRun = applied.waveRun;
    if (waveRun) {
        const rc = waveRun.restores.counts;
        const notRestored = rc.failed + rc.unknown + rc.drifted + rc.skipped;
        if (notRestored)
            failures.push(`${notRestored} automatic restore(s) did not succeed: those instances still require IMDSv2 and their workload is failing; see the change log (${changelog}).`);
        if (waveRun.stopped)
            failures.push(`Stopped at ${waveRun.stopped}`);
    }
    return failures;
}

// EXTERNAL MODULE: ./lib/report/remediation.js
var remediation = __webpack_require__(1495);
// EXTERNAL MODULE: ./lib/assess/plan-file.js
var plan_file = __webpack_require__(1050);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(8120);
// EXTERNAL MODULE: ./lib/pipeline/files.js
var files = __webpack_require__(4773);
;// CONCATENATED MODULE: ./lib/pipeline/apply-gates.js
/**
 * The gates an apply or rollback passes before any AWS write: never on a change event, only the pinned
 * and fresh plan of the right kind, only with the approval environment's OIDC claim, only in the plan's
 * account.
 */




/** Never from code under review: a pull request's workflow may not change AWS. */
function refuseOnEvent(mode, deps) {
    const ev = deps.github.eventName;
    if ((0,context/* isChangeEvent */.P)(ev)) {
        throw new RefusedError(`mode: ${mode} refuses to run on ${ev} events: changes are made only from an approved workflow run (workflow_dispatch with an environment), never from code under review.`);
    }
}
/** The plan file, checked against the digest the plan job output, its age, and its kind. */
function loadPinnedPlan(mode, settings, deps) {
    const r = settings.remediation;
    const text = (0,files/* readWorkspaceFile */.sL)(deps, 'plan-file', r.planFile);
    const plan = (0,plan_file/* parsePlan */.vS)(text, r.planFile);
    const want = mode === 'apply' ? 'plan' : 'rollback';
    if (plan.mode !== want) {
        throw new plan_file/* PlanError */.W6(`${r.planFile}: a ${plan.mode} plan cannot be applied with mode: ${mode}; ${plan.mode === 'rollback' ? 'use mode: rollback' : 'make a rollback plan with mode: plan-rollback'}.`);
    }
    const problem = (0,plan_file/* checkPlan */.Gy)(plan, r.planFile, deps.now(), r.planMaxAgeHours, r.planDigest ?? '');
    if (problem)
        throw new RefusedError(`${mode} refused: ${problem} Nothing was changed.`);
    return plan;
}
/** The OIDC environment claim must be the approval environment, and the plan this session's account. */
function approve(mode, plan, session, settings, deps) {
    checkApproval({
        mode,
        claims: session.oidcClaims,
        environment: settings.remediation.approvalEnvironment ?? '',
        eventName: deps.github.eventName,
        usedOidc: Boolean(settings.auth.roleToAssume),
    });
    deps.log.info(`Approved: OIDC environment claim '${String(session.oidcClaims?.environment)}' matches approval-environment; applying plan ${plan.digest}.`);
    const foreign = [...new Set(plan.items.map((i) => i.accountId))].filter((a) => a !== session.accountId);
    if (foreign.length)
        throw new RefusedError(`${mode} refused: the plan changes account(s) ${foreign.join(', ')}, but this run is signed in to ${session.accountId}. Run one apply per account with that account's write role. Nothing was changed.`);
}

// EXTERNAL MODULE: ./lib/pipeline/options.js + 1 modules
var options = __webpack_require__(4532);
;// CONCATENATED MODULE: ./lib/pipeline/apply.js
/**
 * mode: apply and mode: rollback \u2014 the only modes that change AWS, through one gated path:
 *
 *   plan file \u2500\u25ba pinned digest (plan-digest input) \u2500\u25ba change log parsed \u2500\u25ba sign in \u2500\u25ba approval (OIDC
 *   environment claim) \u2500\u25ba reconcile earlier unknown outcomes \u2500\u25ba DryRun per region \u2500\u25ba apply
 *   (write-ahead change log) \u2500\u25ba commit the change log
 *
 * Everything before sign-in is local and refuses bad input before any AWS call. apply takes a plan
 * made by mode: plan; rollback takes one made by mode: plan-rollback. Both are pinned by digest.
 */










async function applyMode(settings, deps) {
    return executePlan(settings.mode === 'rollback' ? 'rollback' : 'apply', settings, deps);
}
async function executePlan(mode, settings, deps) {
    const r = settings.remediation;
    // 1. Local checks, before any AWS call: event, pinned plan, change log.
    refuseOnEvent(mode, deps);
    const plan = loadPinnedPlan(mode, settings, deps);
    const changelogPath = (0,files/* workspacePath */.X5)(deps, r.changelogPath, 'changelog-path');
    // Read, then appended to: never through a link (checked here, before any AWS call, and again on open).
    const loggedText = (0,files/* readOptionalWorkspaceFile */.KO)(deps, 'changelog-path', r.changelogPath);
    let logged = loggedText === undefined ? [] : (0,changelog/* parseChangeLog */.OJ)(loggedText, r.changelogPath);
    // 2. Sign in; approval before any AWS write (and before the DryRun): the OIDC environment claim.
    const session = await (0,aws_session/* signIn */.Jv)((0,options/* signInOptions */.Bt)(settings), deps.clients, deps.idToken, deps.log, deps.env);
    approve(mode, plan, session, settings, deps);
    deps.outputs.set('changelog-path', changelogPath);
    const run = new PlanExecution({
        mode,
        plan,
        session,
        changelogPath,
        ...deps,
        workspace: deps.github.workspace,
    });
    const commit = (counts) => commitChangeLog((0,options/* changeLogCommitOptions */.MM)(settings), deps, {
        lines: run.lines,
        mode,
        counts,
        localPath: changelogPath,
    });
    try {
        // 3. Reconcile the outcomes earlier runs left unknown.
        const reconciled = await run.reconcile(logged);
        logged = [...logged, ...reconciled];
        if (plan.items.length === 0) {
            deps.log.info('The plan changes nothing; no AWS writes made.');
            deps.outputs.set('applied-count', 0);
            deps.outputs.set('failed-count', 0);
            const committed = await commit(zeroOutcome().counts);
            if (committed.failure)
                deps.log.warning(committed.failure);
            await deps.outputs.summary((0,remediation/* nothingToChangeSummary */.Rg)(mode, reconciled));
            return { passed: !committed.failure, failures: committed.failure ? [committed.failure] : [] };
        }
        // 4. DryRun: prove every write permission before the first change.
        const dry = await run.dryRun(logged);
        const denied = dry.filter((d) => !d.ok);
        if (denied.length) {
            await deps.outputs.summary((0,remediation/* refusedDryRunSummary */.d3)(dry));
            const committed = await commit(zeroOutcome().counts);
            if (committed.failure)
                deps.log.warning(committed.failure);
            throw new RefusedError(`${mode} refused: the DryRun permission check failed in ${denied.map((d) => `${d.region} (${d.operation ?? 'ModifyInstanceMetadataOptions'} ${d.code}: ${d.message})`).join('; ')}. Grant the write role the actions in docs/remediation.md. Nothing was changed.`);
        }
        deps.log.info(`DryRun passed (${dry.length} check(s)); applying ${plan.items.length} change(s)\u2026`);
        // 5. Apply: every change written to the log the moment it happens, intent first.
        const applied = await run.apply(logged);
        const c = applied.outcome.counts;
        deps.log.info(`${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped in ${(applied.outcome.durationMs / 1000).toFixed(1)} s. Change log: ${r.changelogPath}`);
        deps.outputs.set('applied-count', c.applied);
        deps.outputs.set('failed-count', c.failed + c.unknown);
        if (applied.waveRun)
            deps.outputs.set('rolled-back-count', applied.waveRun.restores.counts.applied);
        // 6. The change log, committed; a refused commit never loses it (it stays in the workspace).
        const failures = applyFailures(applied, r.changelogPath);
        const committed = await commit(c);
        if (committed.failure)
            failures.push(committed.failure);
        const w = applied.waveRun;
        await deps.outputs.summary((0,remediation/* applySummary */.HD)(mode, plan, applied.outcome, applied.records, { path: r.changelogPath, commitUrl: committed.url, note: committed.note }, reconciled, w && { waves: w.waves, stopped: w.stopped, brokenTotal: w.brokenTotal }));
        return { passed: failures.length === 0, failures };
    }
    finally {
        run.close();
    }
}


/***/ })

};
