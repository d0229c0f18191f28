export const id = 28;
export const ids = [28];
export const modules = {

/***/ 3222:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "a5ba2eb8b7d58041773a.js";

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

module.exports = __webpack_require__.p + "61bd56ff58b932faec8b.hbs";

/***/ }),

/***/ 2700:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "69cde84a9209875b2293.hbs";

/***/ }),

/***/ 4886:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "83f1471c5cb1adf2e201.hbs";

/***/ }),

/***/ 6671:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "9d4a265adb23a26d14f5.hbs";

/***/ }),

/***/ 8403:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "038f5952cd4f516e11e2.hbs";

/***/ }),

/***/ 4028:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: coreLog

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-auto-scaling/dist-cjs/index.js
var dist_cjs = __webpack_require__(8932);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./lib/aws/clients.js
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
            h = new node_http_handler_dist_cjs.NodeHttpHandler({
                httpAgent: new external_node_http_.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_REGION }),
                httpsAgent: new external_node_https_.Agent({ keepAlive: true, maxSockets: SOCKETS_PER_REGION }),
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
        return this.get(session, budget, `ec2/${region}`, (c) => new client_ec2_dist_cjs/* EC2Client */.gu5(this.config(region, session, c)));
    }
    sts(session, region) {
        return this.get(session, 'gate', `sts/${region}`, (c) => new client_sts_dist_cjs/* STSClient */.iM(this.config(region, session, c)));
    }
    /** CloudWatch (readiness) is secondary by default. */
    cloudwatch(session, region, budget = 'secondary') {
        return this.get(session, budget, `cw/${region}`, (c) => new client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn(this.config(region, session, c)));
    }
    organizations(session, region) {
        return this.get(session, 'gate', `org/${region}`, (c) => new client_organizations_dist_cjs/* OrganizationsClient */.gnq(this.config(region, session, c)));
    }
    /** Auto Scaling (launch posture) is secondary by default. */
    autoscaling(session, region, budget = 'secondary') {
        return this.get(session, budget, `asg/${region}`, (c) => new dist_cjs/* AutoScalingClient */.yis(this.config(region, session, c)));
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
/** The error code of an SDK error (`RequestLimitExceeded`, `AuthFailure`, \u2026) or a network error. */
function awsErrorCode(e) {
    if (e && typeof e === 'object') {
        const err = e;
        return err.Code ?? err.code ?? err.name ?? 'Error';
    }
    return 'Error';
}

;// CONCATENATED MODULE: ./lib/deps.js
const VERSION = '0.1.0';

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/github/context.js
/** What the run knows about GitHub: read once from the runner's environment, passed down as data. */

function readContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
        pullRequest,
        isActions: env.GITHUB_ACTIONS === 'true',
    };
}

;// CONCATENATED MODULE: ./lib/log.js

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
function errorMessage(e) {
    return e instanceof Error ? e.message : String(e);
}

// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/model/metadata.js
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

;// CONCATENATED MODULE: ./lib/assess/waves.js
/**
 * Staged waves (issue 12), pure: the `waves` grammar, assigning a plan's items to waves (sealed into the
 * plan, so the digest covers them), and reading a staged plan's progress back from the change log so an
 * apply that was cancelled or killed between waves resumes without repeating a change.
 *
 *   waves: canary:1-per-region, 25%, 100%, soak=15, failure-budget=0
 *
 * Elements, in order: `[label:]size` with size `N-per-region` | `N-per-account` | `N-per-tag:KEY` (a
 * canary: N instances of each group not yet in a wave) | `N` (N more instances) | `P%` (more instances
 * until P % of the plan's instances are in waves so far) | `rest`. A list that does not end with
 * everything gets a final `rest` wave; waves left empty are dropped. Launch templates and account
 * defaults change in a final wave of their own, after every instance wave has soaked. The input's
 * `soak=MINUTES` and `failure-budget=N` elements are read by settings.ts, which gives parseWaves the rest.
 */

/** GitHub-hosted jobs end after 6 hours: the soaks of one plan must fit in 5.5 h, leaving time to apply. */
const MAX_TOTAL_SOAK_MINUTES = 330;
const SIZE = /^(?:(?<per>\d+)-per-(?:(?<group>region|account)|tag:(?<tag>.+))|(?<count>\d+)|(?<pct>\d+(?:\.\d+)?)%|(?<rest>rest|all))$/i;
/** Parses the waves of the `waves` input (settings.ts takes out soak= and failure-budget=); returns the problem (for InputError) when one is malformed. */
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
    const left = settingsOf({ ...settingsOf(changeBefore), ...settingsOf(changeAfter) });
    const after = {};
    for (const f of changedFields(left, settingsOf(changeBefore)))
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

;// CONCATENATED MODULE: ./lib/assess/plan-file.js
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
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(rest)).digest('hex')}`;
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
                : Object.keys(settingsOf(it.after)).length > 0
            : it.kind === 'account-defaults'
                ? defaultsDrift(it.before, applyDefaultsChange(it.before, it.after)).length > 0
                : changedFields(it.before, it.after).length > 0;
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
    const waves = wavesProblem(p);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./lib/aws/page-bytes.js
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

;// CONCATENATED MODULE: ./lib/aws/mapping.js
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

;// CONCATENATED MODULE: ./lib/aws/describe-instances-xml.js
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
 * alive for the rest of the run (measured on 50 pages of 1,000: 2.3 KB retained a record, 0.7 KB with copies).
 * Prepending a character and slicing it off again flattens the value into a string of its own.
 */
function own(s) {
    return s.length < 13 ? s : ` ${s}`.slice(1);
}
/** The metadata fields read, in the model's key order (mapping.ts fromSdkMetadata). */
const describe_instances_xml_METADATA_FIELDS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
    'state',
];
/** The instance's own leaf elements that a record keeps. */
const INSTANCE_FIELDS = new Set([
    'instanceId',
    'instanceType',
    'platform',
    'platformDetails',
    'launchTime',
    'imageId',
    'vpcId',
    'ipAddress',
]);
function record(d, accountId, region) {
    const f = d.fields;
    const tags = d.tags;
    const metadata = {};
    for (const k of describe_instances_xml_METADATA_FIELDS) {
        const v = d.metadata[k];
        if (v === undefined)
            continue;
        if (k === 'httpPutResponseHopLimit') {
            if (v !== '')
                metadata[k] = Number(v);
        }
        else
            metadata[k] = v;
    }
    const launch = f.launchTime;
    return {
        instanceId: f.instanceId ?? '',
        accountId,
        region,
        state: d.state ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: f.instanceType,
        platform: f.platformDetails ?? f.platform,
        launchTime: launch === undefined ? undefined : new Date(launch).toISOString(),
        imageId: f.imageId,
        vpcId: f.vpcId,
        publicIp: Boolean(f.ipAddress),
        instanceProfileArn: d.profileArn,
        metadata: metadata,
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}
/** The raw body of a DescribeInstances response \u2192 records (the same as toInstance over the SDK's output). */
function recordsFromXml(xml, accountId, region) {
    const instances = [];
    let nextToken;
    // Where we are: the names of the open elements, outermost first.
    const stack = [];
    let sawRoot = false;
    // The reservation's owner and instances (its ownerId may come after its instancesSet).
    let owner;
    let reservation = [];
    let draft;
    // Content start of the innermost open element while it has no child element (a leaf so far).
    let leafFrom = -1;
    let pos = 0;
    const fail = (what) => {
        throw new Error(`DescribeInstances: unexpected response body (${what})`);
    };
    /**
     * A leaf closed at `depth`, its raw content at xml[from, to): its text is read (and copied, below)
     * only when it is one of a record's elements.
     */
    const text = (from, to) => (from < 0 ? '' : own(leafText(xml.slice(from, to))));
    const leaf = (depth, name, from, to) => {
        if (depth === 1 && name === 'nextToken')
            nextToken = text(from, to);
        else if (depth === 3 && name === 'ownerId' && stack[1] === 'reservationSet')
            owner = text(from, to);
        if (!draft)
            return;
        if (depth === 5) {
            if (INSTANCE_FIELDS.has(name) && !(name in draft.fields))
                draft.fields[name] = text(from, to);
        }
        else if (depth === 6) {
            const parent = stack[5];
            if (parent === 'instanceState' && name === 'name')
                draft.state ??= text(from, to);
            else if (parent === 'iamInstanceProfile' && name === 'arn')
                draft.profileArn ??= text(from, to);
            else if (parent === 'metadataOptions' && describe_instances_xml_METADATA_FIELDS.includes(name))
                draft.metadata[name] ??= text(from, to);
        }
        else if (depth === 7 && stack[5] === 'tagSet' && stack[6] === 'item') {
            if (name === 'key')
                draft.tagKey ??= text(from, to);
            else if (name === 'value')
                draft.tagValue ??= text(from, to);
        }
    };
    const open = (depth, name) => {
        if (depth === 0) {
            if (name !== 'DescribeInstancesResponse')
                fail(`root <${name}>`);
            sawRoot = true;
        }
        else if (depth === 2 && name === 'item' && stack[1] === 'reservationSet') {
            owner = undefined;
            reservation = [];
        }
        else if (depth === 4 &&
            name === 'item' &&
            stack[3] === 'instancesSet' &&
            stack[1] === 'reservationSet') {
            draft = { fields: {}, metadata: {}, tags: {} };
        }
        else if (depth === 6 && name === 'item' && draft && stack[5] === 'tagSet') {
            draft.tagKey = undefined;
            draft.tagValue = undefined;
        }
    };
    const close = (depth, name) => {
        if (depth === 6 && name === 'item' && draft && stack[5] === 'tagSet') {
            if (draft.tagKey !== undefined)
                draft.tags[draft.tagKey] = draft.tagValue ?? '';
        }
        else if (depth === 4 && draft && name === 'item' && stack[3] === 'instancesSet') {
            reservation.push(draft);
            draft = undefined;
        }
        else if (depth === 2 && name === 'item' && stack[1] === 'reservationSet') {
            for (const d of reservation)
                instances.push(record(d, owner ?? accountId, region));
            reservation = [];
        }
    };
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
            const gt = xml.indexOf('>', lt + 2);
            if (gt < 0)
                fail('unclosed tag');
            const depth = stack.length - 1;
            // `</name>` exactly as opened: compared in place (no slice); anything else as parseXML reads it.
            const name = depth >= 0 ? stack[depth] : '';
            if (depth < 0 || gt !== lt + 2 + name.length || !xml.startsWith(name, lt + 2)) {
                const written = xml.slice(lt + 2, gt).trim();
                if (written !== name || depth < 0)
                    fail(`mismatched </${written}>`);
            }
            if (leafFrom >= 0)
                leaf(depth, name, leafFrom, lt);
            close(depth, name);
            stack.pop();
            leafFrom = -1;
            pos = gt + 1;
            // The root closed: what follows is not read (parseXML stops there too).
            if (stack.length === 0)
                break;
            continue;
        }
        // An opening tag: its name, then (rarely: the root's xmlns) attributes, quoted values skipped.
        let end = lt + 1;
        for (; end < xml.length; end++) {
            const ch = xml.charCodeAt(end);
            if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13)
                break;
        }
        const name = xml.slice(lt + 1, end);
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
                fail(`'/' inside <${name}>`);
            else
                gt++;
        }
        if (gt >= xml.length)
            fail('unclosed tag');
        if (!name)
            fail('empty tag name');
        const depth = stack.length;
        open(depth, name);
        if (xml.charCodeAt(gt - 1) === 47 /* self-closing */) {
            stack.push(name);
            leaf(depth, name, -1, -1);
            close(depth, name);
            stack.pop();
            leafFrom = -1;
        }
        else {
            stack.push(name);
            leafFrom = gt + 1;
        }
        pos = gt + 1;
    }
    if (!sawRoot)
        fail('no root element');
    if (stack.length)
        fail(`missing closing tag </${stack[stack.length - 1]}>`);
    return nextToken ? { instances, nextToken } : { instances };
}

;// CONCATENATED MODULE: ./lib/aws/records.js

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
        metadata: fromSdkMetadata(m),
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}

/** One copy of each repeated string (per scan): the pool's records arrive as fresh copies. */
class Interner {
    strings = new Map();
    s(v) {
        if (v === undefined)
            return v;
        const hit = this.strings.get(v);
        if (hit !== undefined)
            return hit;
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
        for (const k of Object.keys(tags))
            if (k.startsWith('aws:'))
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

;// CONCATENATED MODULE: ./lib/aws/parse-pool.js
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
/** Where the worker entry is, or undefined (then pages are parsed on the calling thread). */
function workerEntry() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    // Joined at run time (not `new URL('./x', import.meta.url)`) so ncc does not copy the file as an asset.
    const candidates = [[here, 'scan-worker', 'index.js'].join('/'), [here, 'scan-worker.js'].join('/')];
    return candidates.find((p) => (0,external_node_fs_.existsSync)(p));
}
/**
 * A page handed to a worker that died before answering. The body went with it (transferred, not
 * copied), so the caller asks EC2 for the page again (the same request, as a retry would) and parses
 * the answer on its own thread (`parseLost`): a page that killed one worker is not handed to another.
 */
class PageLost extends Error {
    name = 'PageLost';
}
class parse_pool_ParsePool {
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
    pages = { worker: 0, main: 0, inline: 0, lost: 0 };
    /** One copy of the strings that repeat across the scan's records (records.ts). */
    interner = new Interner();
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
        if (!this.large && hasNextToken(body))
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
                const { chunks, buffers } = forTransfer(body);
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
        return readPage(body, accountId, region);
    }
    /** Parses a large region's page on this thread: no worker is left, or the page was lost with one. */
    parseLost(body, accountId, region) {
        this.pages.main++;
        return readPage(body, accountId, region);
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
        const size = Math.max(1, Math.min(MAX_WORKERS, this.options.size ?? (0,external_node_os_.availableParallelism)()));
        for (let n = 0; n < size; n++) {
            const worker = new external_node_worker_threads_.Worker(entry, { resourceLimits: WORKER_LIMITS });
            worker.unref();
            worker.on('message', (m) => {
                const p = this.pending.get(m.id);
                if (!p)
                    return;
                this.pending.delete(m.id);
                if (m.page) {
                    this.pages.worker++;
                    p.resolve(m.page);
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
    return recordsFromXml(decodeChunks(body), accountId, region);
}

;// CONCATENATED MODULE: ./lib/aws/partition.js
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
 *   - The first page's instances reappear in their partitions: they are kept once, by id.
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
 * The page's raw body is read below the SDK's deserializer (a middleware after it on this command's
 * stack, so signing, retries, deadlines and call counting are untouched). With a pool, the body is
 * read into records (records.ts recordsFromXml: in a worker for a large region, on this thread for a
 * small one) and the SDK is handed an empty response to deserialize. Error responses (not 200) always
 * go to the SDK.
 */
async function page(ec2, filters, next, pacer, parse) {
    try {
        return await pageOnce(ec2, filters, next, pacer, parse, false);
    }
    catch (e) {
        // The worker parsing it died with the body: ask again (as a retry would) and parse it here.
        if (e instanceof PageLost)
            return pageOnce(ec2, filters, next, pacer, parse, true);
        throw e;
    }
}
async function pageOnce(ec2, filters, next, pacer, parse, lost) {
    await pacer.take();
    const command = new client_ec2_dist_cjs/* DescribeInstancesCommand */.bNs({ Filters: filters, MaxResults: PAGE_SIZE, NextToken: next });
    let records;
    if (parse) {
        const { pool, accountId, region } = parse;
        command.middlewareStack.addRelativeTo(
        // biome-ignore lint/suspicious/noExplicitAny: a deserialize-step middleware over the raw HttpResponse.
        (nxt) => async (args) => {
            const result = await nxt(args);
            const res = result.response;
            records = undefined;
            if (res.statusCode !== 200 || !res.body)
                return result;
            const body = await readChunks(res.body);
            // A large region's page goes to a worker (or, lost once, is read here); a small region's one
            // page is read here too, by the same reader (a third of the SDK's parse time, no object tree).
            if (!pool.wants(body))
                records = pool.parseInline(body, accountId, region);
            else if (lost)
                records = pool.parseLost(body, accountId, region);
            else
                records = await pool.parse(body, accountId, region);
            res.body = EMPTY_RESPONSE;
            return result;
        }, { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'imdsGuardParsePool' });
    }
    const out = await ec2.send(command);
    if (records)
        return { records, next: records.nextToken };
    return { out, next: out.NextToken };
}
const EMPTY_RESPONSE = new TextEncoder().encode('<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><reservationSet/></DescribeInstancesResponse>');
/** The raw body as the chunks it arrived in (page-bytes.ts: never joined into one page-sized buffer). */
async function readChunks(body) {
    if (body instanceof Uint8Array)
        return [body];
    const chunks = [];
    for await (const c of body)
        chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
    return chunks;
}
function emit(p, opts, skip) {
    if (p.records) {
        let list = p.records.instances;
        if (skip?.size)
            list = list.filter((i) => !skip.has(i.instanceId));
        if (list.length)
            opts.parse?.onRecords(list);
        return;
    }
    for (const r of p.out?.Reservations ?? []) {
        let list = r.Instances ?? [];
        if (skip?.size)
            list = list.filter((i) => !(i.InstanceId && skip.has(i.InstanceId)));
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
    const seen = new Set();
    let shaped = true;
    for (const id of idsOf(first)) {
        if (id)
            seen.add(id);
        if (!id || !prefixOf(id))
            shaped = false;
    }
    const chain = async (filters, start, skip) => {
        let next = start;
        do {
            const p = await page(ec2, filters, next, pacer, opts.parse);
            pages++;
            opts.onPage?.();
            emit(p, opts, skip);
            next = p.next;
        } while (next);
    };
    if (!shaped || concentrated(seen)) {
        await chain(opts.filters, first.next);
        return { pages, partitions: 0 };
    }
    const plan = planPartitions(seen, opts.maxPartitions);
    // One failing chain fails the region: the others are left to finish (their results are dropped).
    await Promise.all(plan.map((values) => chain([...opts.filters, { Name: 'instance-id', Values: values }], undefined, seen)));
    return { pages, partitions: plan.length };
}

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
        out = await ec2.send(new client_ec2_dist_cjs/* DescribeRegionsCommand */.cAn({ AllRegions: true }));
    }
    catch (e) {
        const region = await ec2.config.region();
        throw new AwsCallError(`DescribeRegions in ${region}${accountId ? ` for account ${accountId}` : ''} failed (${awsErrorCode(e)}: ${errorMessage(e)}). The region list comes from aws-region (${region}); retry the run, or check ec2:DescribeRegions in the role's policy.`, awsErrorCode(e));
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
                const records = list.map((i) => toInstance(i, ownerId ?? accountId, region));
                for (const i of records)
                    instances.push(i);
                onInstances?.(records);
            },
            // Large regions' pages are parsed by the pool's workers into interned records.
            parse: pool && {
                pool,
                accountId,
                region,
                onRecords: (list) => {
                    for (const i of list)
                        instances.push(pool.interner.instance(i));
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
    }
    catch (e) {
        const error = { code: awsErrorCode(e), message: errorMessage(e) };
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

;// CONCATENATED MODULE: ./lib/aws/posture.js
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
    const out = await ec2.send(new client_ec2_dist_cjs/* GetInstanceMetadataDefaultsCommand */.YLR({}));
    const d = out.AccountLevel ?? {};
    const defaults = { accountId, region };
    const { state: _state, httpProtocolIpv6: _ipv6, ...fields } = fromSdkMetadata(d);
    Object.assign(defaults, fields);
    if (d.ManagedBy)
        defaults.managedBy = d.ManagedBy;
    return defaults;
}
/** One launch template version's metadata settings (the posture's and the Auto Scaling groups'). */
function versionInfo(v) {
    const m = fromSdkMetadata(v.LaunchTemplateData?.MetadataOptions);
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
    const pager = (0,client_ec2_dist_cjs/* paginateDescribeLaunchTemplateVersions */.ZY3)({ client: ec2, pageSize: 200 }, { Versions: ['$Latest', '$Default'] });
    for await (const page of pager)
        versions.push(...(page.LaunchTemplateVersions ?? []));
    return templatesFromVersions(versions, accountId, region);
}
async function readImages(ec2, accountId, region, imageIds) {
    const ids = [...new Set(imageIds)].sort();
    const out = [];
    for (let i = 0; i < ids.length; i += IMAGE_CHUNK) {
        // A filter, not ImageIds: a deregistered image then is simply absent instead of failing the call.
        const pager = (0,client_ec2_dist_cjs/* paginateDescribeImages */.XiR)({ client: ec2 }, {
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
    const pager = (0,dist_cjs/* paginateDescribeAutoScalingGroups */.ZJr)({ client: asg, pageSize: 100 }, {});
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
            errors.push({ accountId, region, operation, code: awsErrorCode(e), message: errorMessage(e) });
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

;// CONCATENATED MODULE: ./lib/aws/reread.js
/**
 * Re-reading what a change touches, right before it is made and when its outcome is unknown:
 * instances by id, a launch template's default version, an account's metadata defaults. Read-only.
 */







/** Current state of instances, by id, in one DescribeInstances per call (InstanceIds, no MaxResults). */
async function rereadInstances(ec2, accountId, region, ids) {
    const found = new Map();
    const missing = new Set();
    let pending = [...ids];
    // An id that no longer exists fails the whole call (InvalidInstanceID.NotFound, naming the ids):
    // drop the named ids and ask again; if the message names none we can match, bisect.
    while (pending.length) {
        try {
            const out = await ec2.send(new client_ec2_dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: pending }));
            const seen = new Set();
            for (const r of out.Reservations ?? []) {
                for (const i of (r.Instances ?? [])) {
                    const inst = toInstance(i, r.OwnerId ?? accountId, region);
                    found.set(inst.instanceId, inst);
                    seen.add(inst.instanceId);
                }
            }
            for (const id of pending)
                if (!seen.has(id))
                    missing.add(id);
            pending = [];
        }
        catch (e) {
            const code = awsErrorCode(e);
            if (code !== 'InvalidInstanceID.NotFound' && code !== 'InvalidInstanceID.Malformed')
                throw e;
            const named = pending.filter((id) => errorMessage(e).includes(id));
            if (named.length) {
                for (const id of named)
                    missing.add(id);
                pending = pending.filter((id) => !named.includes(id));
            }
            else if (pending.length === 1) {
                missing.add(pending[0]);
                pending = [];
            }
            else {
                const half = Math.ceil(pending.length / 2);
                const a = await rereadInstances(ec2, accountId, region, pending.slice(0, half));
                const b = await rereadInstances(ec2, accountId, region, pending.slice(half));
                for (const m of [a, b]) {
                    for (const [k, v] of m.found)
                        found.set(k, v);
                    for (const k of m.missing)
                        missing.add(k);
                }
                pending = [];
            }
        }
    }
    return { found, missing };
}
/** The default version of a template and its metadata; undefined when the template no longer exists. */
async function readDefaultVersion(ec2, templateId) {
    try {
        const out = await ec2.send(new client_ec2_dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({ LaunchTemplateId: templateId, Versions: ['$Default'] }));
        const v = out.LaunchTemplateVersions?.[0];
        if (!v || v.VersionNumber === undefined)
            return undefined;
        return {
            version: v.VersionNumber,
            metadata: templateMetadata(v.LaunchTemplateData?.MetadataOptions),
        };
    }
    catch (e) {
        if (/^InvalidLaunchTemplate(Id|Name)\.NotFound/.test(awsErrorCode(e)))
            return undefined;
        throw e;
    }
}
async function readDefaults(ec2, accountId, region) {
    const d = await readAccountDefaults(ec2, accountId, region);
    return { managedBy: d.managedBy, state: defaultsSettings(d) };
}
/** A launch template version's settings (never `state`, `httpTokensEnforced`). */
function templateMetadata(m) {
    const { state: _s, httpTokensEnforced: _e, ...settings } = fromSdkMetadata(m);
    return settings;
}

;// CONCATENATED MODULE: ./lib/aws/session.js
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
                log.info(`GitHub OIDC token request failed (${errorMessage(e)}); retrying in ${Math.round(delay)} ms`);
                await sleep(delay);
            }
        }
    }
    throw new SignInError(`Could not get a GitHub OIDC token after ${attempts} attempts: ${errorMessage(last)}`, 'id-token-request');
}
async function signIn(settings, clients, idToken, log, env = process.env) {
    // Never let the SDK fetch credentials (or a region) from an instance metadata service unless told to.
    if (!settings.auth.allowInstanceCredentials)
        env.AWS_EC2_METADATA_DISABLED = 'true';
    const homeRegion = settings.homeRegion;
    const { roleToAssume } = settings.auth;
    if (!roleToAssume) {
        log.info('No role-to-assume: using the AWS SDK default credential chain.');
        try {
            const id = await clients.sts(DEFAULT_CHAIN, homeRegion).send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
            return { accountId: id.Account ?? '', arn: id.Arn ?? '' };
        }
        catch (e) {
            throw new SignInError(`No AWS credentials found (${awsErrorCode(e)}: ${errorMessage(e)}). Set role-to-assume to sign in with GitHub OIDC, or provide credentials another way${settings.auth.allowInstanceCredentials ? '' : ' (instance metadata credentials are off; set allow-instance-credentials: true only on an EC2 runner you trust)'}.`, 'no-credentials', `${awsErrorCode(e)}: ${errorMessage(e)}`);
        }
    }
    if (!idToken || !env.ACTIONS_ID_TOKEN_REQUEST_URL)
        throw new SignInError(MISSING_ID_TOKEN_PERMISSION, 'no-id-token');
    const token = await fetchIdToken(idToken, settings.auth.audience, log);
    log.secret(token);
    const claims = decodeJwtClaims(token);
    log.info(`Signing in to ${roleToAssume} with GitHub OIDC (sub: ${String(claims.sub ?? '?')}).`);
    let assumed;
    try {
        assumed = await clients.sts(UNSIGNED, homeRegion).send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
            RoleArn: roleToAssume,
            RoleSessionName: settings.auth.roleSessionName,
            WebIdentityToken: token,
            DurationSeconds: settings.auth.roleDurationSeconds,
        }));
    }
    catch (e) {
        const code = awsErrorCode(e);
        const hint = code === 'AccessDenied'
            ? ` Check the role's trust policy: it must trust token.actions.githubusercontent.com with aud '${settings.auth.audience}' and a sub matching '${String(claims.sub ?? '')}'.`
            : /DurationSeconds|MaxSessionDuration|session duration/i.test(errorMessage(e))
                ? ` Input 'role-duration-seconds' (${settings.auth.roleDurationSeconds}) exceeds the role's maximum session duration: lower role-duration-seconds, or raise the role's MaxSessionDuration.`
                : '';
        throw new SignInError(`Could not assume ${roleToAssume} with the GitHub OIDC token (${code}: ${errorMessage(e)}).${hint}`, 'assume-role', `${code}: ${errorMessage(e)}`);
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
        const id = await clients.sts(session, homeRegion).send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
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
async function commitChangeLog(settings, deps, run) {
    const r = settings.remediation;
    if (!r.commitChangelog)
        return { note: 'left in the workspace (commit-changelog: false)' };
    if (run.lines.length === 0)
        return { note: 'nothing to commit' };
    const repo = deps.github.repository;
    const ref = deps.github.ref ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const kept = `The change log is kept at ${run.localPath} (upload it with the workflow's if: always() artifact step) and the changes in AWS stand.`;
    const why = !settings.github.token
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
        const res = await commitChangelog(octokitFor(settings.github.token, deps.github.apiUrl), { owner: repo.owner, repo: repo.repo, branch: branch, path: r.changelogPath.replace(/^\.\//, '') }, run.lines, {
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

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
;// CONCATENATED MODULE: ./lib/remediate/pacing.js
/**
 * Pacing AWS writes: a client-side token bucket per (account, region, bucket) matching EC2's
 * documented write buckets, and one paced send with our own throttle and transient retries (the
 * write client makes one attempt per send, so a retried call can never yield a second change record).
 */


/** EC2's documented bucket for ModifyInstanceMetadataOptions, per account per region. */
const MODIFY_METADATA_BUCKET = { burst: 100, refillPerSecond: 5 };
const pacing_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
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
    constructor(spec, clock = () => performance.now(), wait = pacing_sleep) {
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
    const code = awsErrorCode(e);
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
            const code = awsErrorCode(e);
            if (THROTTLE_CODES.has(code)) {
                if (out)
                    out.throttled++;
                bucket.drain();
                if (++throttles <= (opts.maxThrottleRetries ?? 8))
                    continue;
                return {
                    ok: false,
                    code,
                    message: `still throttled after ${throttles} attempts: ${errorMessage(e)}`,
                    ambiguous,
                };
            }
            if (isTransient(e)) {
                ambiguous = true;
                if (++transients <= (opts.maxTransientRetries ?? 3)) {
                    await pacing_sleep((opts.backoffMs ?? 200) * 2 ** (transients - 1) * (0.5 + Math.random()));
                    continue;
                }
            }
            // Only an answer from AWS (a 4xx) says for sure that nothing changed; anything else \u2014 a
            // programming error thrown around the send included \u2014 leaves the outcome to a re-read.
            return { ok: false, code, message: errorMessage(e), ambiguous: ambiguous || !isRefusal(e) };
        }
    }
}

;// CONCATENATED MODULE: ./lib/remediate/apply-instances.js
/**
 * Applying a plan to AWS: prove the permission (DryRun per region), then per instance re-read the
 * state, skip drifted ones, and ModifyInstanceMetadataOptions with only the fields that change.
 *
 * Regions run in parallel; within an (account, region) calls are paced by a token bucket matching
 * EC2's bucket for this call (burst 100, 5 per second), and RequestLimitExceeded is retried by us
 * (the write client makes a single attempt per send), so a retried call can never yield a second
 * change record. Write-ahead: `onRecord` gets a `started` intent (before-state + intended after-state)
 * BEFORE the first modify call of an instance, and exactly one outcome record after its final outcome,
 * so a crash with the answer on the wire leaves an intent the next run reconciles (reconcile.ts).
 */








// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 calls \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** The ModifyInstanceMetadataOptions input: the instance and only the fields that change. */
function modifyInput(instanceId, change, dryRun = false) {
    const input = {
        InstanceId: instanceId,
        ...toSdkMetadata(change, METADATA_FIELDS),
    };
    if (dryRun)
        input.DryRun = true;
    return input;
}
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
/**
 * One DryRun ModifyInstanceMetadataOptions per (account, region), on a real planned instance with
 * its real change: `DryRunOperation` proves the permission; anything else refuses the apply.
 */
async function dryRunRegions(items, opts, limiters) {
    return Promise.all(groupByRegion(items).map(async (group) => {
        const { accountId, region } = group[0];
        const ec2 = opts.clients.write(accountId, region);
        const limiter = limiters?.get(`${accountId}/${region}`);
        const cmd = () => new client_ec2_dist_cjs/* ModifyInstanceMetadataOptionsCommand */.a5G(modifyInput(group[0].resourceId, group[0].after, true));
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
                const code = awsErrorCode(e);
                if (code === 'DryRunOperation')
                    return { accountId, region, ok: true, code, message: 'permission confirmed' };
                if ((THROTTLE_CODES.has(code) || isTransient(e)) && attempt < (opts.maxThrottleRetries ?? 8)) {
                    limiter?.drain();
                    await pacing_sleep(Math.min(2000, (opts.backoffMs ?? 200) * 2 ** attempt));
                    continue;
                }
                return { accountId, region, ok: false, code, message: errorMessage(e) };
            }
        }
    }));
}
const emptyCounts = () => ({
    applied: 0,
    failed: 0,
    drifted: 0,
    unknown: 0,
    skipped: 0,
});
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
async function applyRegion(group, opts, limiter) {
    const { accountId, region, out, read, write, record, finish } = startRegion(group, opts);
    const batch = opts.rereadBatch ?? 100;
    const inFlight = (0,p_limit/* default */.A)(opts.concurrencyPerRegion ?? 16);
    for (let off = 0; off < group.length; off += batch) {
        const chunk = group.slice(off, off + batch);
        let state;
        try {
            state = await rereadInstances(read, accountId, region, chunk.map((i) => i.resourceId));
        }
        catch (e) {
            // Without a fresh read we cannot rule out drift: change nothing in this chunk.
            const err = errorFields(awsErrorCode(e), `could not re-read the instance before changing it: ${errorMessage(e)}`);
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
            const current = settingsOf(inst.metadata);
            if (inst.state === 'terminated' || inst.state === 'shutting-down') {
                record(item, 'skipped', current, current, errorFields('IncorrectInstanceState', `the instance is ${inst.state}`));
                return;
            }
            const drift = driftOf(item.before, current);
            if (drift.length) {
                record(item, 'drifted', current, current, errorFields('Drifted', `changed since the plan: ${drift.map((f) => `${f} ${String(item.before[f])} \u2192 ${String(current[f])}`).join(', ')}`));
                return;
            }
            const target = { ...current, ...settingsOf(item.after) };
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
                    now = (await rereadInstances(read, accountId, region, [item.resourceId])).found.get(item.resourceId);
                }
                catch (e) {
                    // Neither the answer nor the re-read: AWS may have applied it. Recorded as unknown, with the
                    // intended after-state, so the next run re-reads it and rollback can restore it.
                    record(item, 'unknown', current, target, errorFields(result.code, `outcome unknown: ${result.message}; the confirming re-read failed too (${errorMessage(e)}). The next apply or rollback re-reads it.`));
                    return;
                }
                if (now && driftOf(target, settingsOf(now.metadata)).length === 0) {
                    record(item, 'applied', current, target, errorFields(result.code, `applied (confirmed by re-read after: ${result.message})`));
                    return;
                }
            }
            record(item, 'failed', current, current, errorFields(result.code, `${result.message} (wanted ${describeFields(item.after)})`));
        })));
    }
    return finish();
}
function modifyWithRetry(ec2, item, limiter, opts, out) {
    return sendPaced(() => ec2.send(new client_ec2_dist_cjs/* ModifyInstanceMetadataOptionsCommand */.a5G(modifyInput(item.resourceId, item.after))), limiter, opts, out);
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 DryRun \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/**
 * Per (account, region) with posture items: a DryRun of every write that region's items will make \u2014
 * ModifyInstanceMetadataDefaults with the real change; CreateLaunchTemplateVersion (apply) and
 * ModifyLaunchTemplate on a real planned template. `DryRunOperation` proves the permission.
 */

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
    return toSdkMetadata({ ...source, ...change }, METADATA_FIELDS);
}
/** ModifyInstanceMetadataDefaults input: only the fields that change (`no-preference` / -1 clear one). */
function defaultsInput(change, dryRun = false) {
    const input = toSdkMetadata(change, DEFAULTS_FIELDS);
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
                send: () => ec2.send(new client_ec2_dist_cjs/* ModifyInstanceMetadataDefaultsCommand */.grh(defaultsInput(defaults.after, true))),
            });
        }
        const lt = group.find((i) => i.kind === 'launch-template');
        if (lt) {
            if (lt.afterVersion === undefined) {
                checks.push({
                    operation: 'CreateLaunchTemplateVersion',
                    kind: 'mutating',
                    send: () => ec2.send(new client_ec2_dist_cjs/* CreateLaunchTemplateVersionCommand */.B_$({
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
                send: () => ec2.send(new client_ec2_dist_cjs/* ModifyLaunchTemplateCommand */.ddr({
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
    const { accountId, region, out, read, write, record, finish } = startRegion(group, opts);
    const failure = (e) => errorFields(awsErrorCode(e), errorMessage(e));
    // Templates in a region run one after another (few per region; the mutating bucket paces them).
    for (const item of group) {
        if (item.kind === 'account-defaults')
            await applyDefaults(item);
        else
            await applyTemplate(item);
    }
    return finish();
    async function applyDefaults(item) {
        let now;
        try {
            now = await readDefaults(read, accountId, region);
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
        const drift = defaultsDrift(item.before, now.state);
        if (drift.length) {
            record(item, 'drifted', now.state, now.state, {
                errorCode: 'Drifted',
                errorMessage: `changed since the plan: ${drift.map((f) => `${f} ${String(item.before[f] ?? 'unset')} \u2192 ${String(now.state[f] ?? 'unset')}`).join(', ')}`,
            });
            return;
        }
        const target = applyDefaultsChange(now.state, item.after);
        record(item, 'started', now.state, target);
        const bucket = limiter(limiters, item, 'defaults', opts.clock);
        const r = await sendPaced(() => write.send(new client_ec2_dist_cjs/* ModifyInstanceMetadataDefaultsCommand */.grh(defaultsInput(item.after))), bucket, opts, out);
        if (r.ok) {
            record(item, 'applied', now.state, target);
            return;
        }
        if (r.ambiguous) {
            try {
                const again = await readDefaults(read, accountId, region);
                if (defaultsDrift(target, again.state).length === 0) {
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
                    errorMessage: `outcome unknown: ${r.message}; the confirming re-read failed too (${errorMessage(e)}). The next apply or rollback re-reads it.`,
                });
                return;
            }
        }
        record(item, 'failed', now.state, now.state, {
            errorCode: r.code,
            errorMessage: `${r.message} (wanted ${describeFields(item.after)})`,
        });
    }
    async function applyTemplate(item) {
        let cur;
        try {
            cur = await readDefaultVersion(read, item.resourceId);
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
            const created = await sendPaced(() => write.send(new client_ec2_dist_cjs/* CreateLaunchTemplateVersionCommand */.B_$({
                LaunchTemplateId: item.resourceId,
                SourceVersion: String(cur.version),
                VersionDescription: `imds-guard: ${describeFields(item.after)} (run ${opts.base.runId})`.slice(0, 255),
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
        const set = await sendPaced(() => write.send(new client_ec2_dist_cjs/* ModifyLaunchTemplateCommand */.ddr({
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
                const again = await readDefaultVersion(read, item.resourceId);
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
                    errorMessage: `outcome unknown: ${set.message}; the confirming re-read failed too (${errorMessage(e)}). The next apply or rollback re-reads it.`,
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
    if (a.eventName.startsWith('pull_request')) {
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
    if (typeof event === 'string' && event.startsWith('pull_request')) {
        refuse(`the OIDC token was issued to a ${event} run.`);
    }
    const sub = claims.sub;
    if (typeof sub === 'string' && !sub.endsWith(`:environment:${a.environment}`)) {
        refuse(`the OIDC token's sub '${sub}' is not an environment subject for '${a.environment}'.`);
    }
}

;// CONCATENATED MODULE: ./lib/assess/exceptions.js
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

;// CONCATENATED MODULE: ./lib/assess/posture.js
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

;// CONCATENATED MODULE: ./lib/assess/rules.js
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

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./lib/assess/guardrails.js

// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 constants \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
const DEFAULT_EXEMPTION_TAG_KEY = 'imds-guard:exempt';
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
    return (a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region) || (0,model_text/* compareCode */.fn)(idOf(a), idOf(b));
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
function shellQuote(s) {
    return /^[A-Za-z0-9._/-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function accountDefaultsCommand(region, hopLimit) {
    return `aws ec2 modify-instance-metadata-defaults --region ${shellQuote(region)} --http-tokens required --http-put-response-hop-limit ${hopLimit}`;
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 the whole \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
function buildGuardrails(input) {
    const tagKey = input.exemptionTagKey || DEFAULT_EXEMPTION_TAG_KEY;
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
    // Would block: launch templates (default version; latest too when it differs).
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
    // Account defaults, per account/region: every region read, plus regions with instances but no defaults.
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
                parameters: { HttpTokens: 'required', HttpPutResponseHopLimit: hop.value },
                command: accountDefaultsCommand(d.region, hop.value),
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
            parameters: { HttpTokens: 'required', HttpPutResponseHopLimit: hop.value },
            command: accountDefaultsCommand(i.region, hop.value),
        });
    }
    targets.sort(byLocation(() => ''));
    // In force.
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
    // Notes.
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

;// CONCATENATED MODULE: ./lib/assess/hop-limit.js
/**
 * Hop limit, container-aware (Config rule ec2-token-hop-limit-check): a hop limit above 1 lets
 * containers on the host reach the metadata service; container hosts (EKS, ECS) need 2. Findings are
 * instances above the policy for their kind of host. Pure.
 */


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
function hopLimitFindings(instances, launchTemplates, policy) {
    const containerTemplates = new Set(launchTemplates
        .filter((t) => isContainerTemplateName(t.name))
        .map((t) => `${t.accountId}/${t.region}/${t.launchTemplateId}`));
    const findings = [];
    let containerHosts = 0;
    for (const i of instances) {
        const container = isContainerHost(i) ||
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

;// CONCATENATED MODULE: ./lib/settings.js
/**
 * Every input, parsed and validated once into one typed Settings object. The Action (action.yml
 * inputs) and the CLI (flags) both feed this through an InputReader, so validation lives here only.
 *
 * Defaults are held here, not only in action.yml: the runner applies action.yml defaults, but a
 * `node dist/index.js` run by hand does not. test/settings.test.ts checks the two agree.
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
/** Which modes read an input: the Action's sub-actions and the CLI's per-command help derive from this. */
const ALL = ['audit', 'merge', 'plan', 'plan-rollback', 'apply', 'rollback'];
const SIGNED_IN = ['audit', 'plan', 'plan-rollback', 'apply', 'rollback'];
const SCANS = ['audit', 'plan'];
const REPORTS = ['audit', 'merge'];
const PLANS = ['plan'];
const APPLIES = ['apply', 'rollback'];
const REMEDIATION = ['plan', 'plan-rollback', 'apply', 'rollback'];
/**
 * THE table of inputs. The defaults (DEFAULTS), the CLI's flags, and the check of action.yml
 * (test/unit/settings.test.ts: the same names, the same defaults) all derive from it; parseSettings
 * reads every input through it.
 */
const INPUTS = {
    mode: { default: 'audit', modes: ALL },
    'role-to-assume': { default: '', modes: SIGNED_IN },
    'aws-region': { default: '', modes: SIGNED_IN },
    audience: { default: 'sts.amazonaws.com', modes: SIGNED_IN },
    'role-session-name': { default: 'imds-guard', modes: SIGNED_IN },
    'role-duration-seconds': { default: '3600', modes: SIGNED_IN },
    'allow-instance-credentials': { default: 'false', modes: SIGNED_IN },
    regions: { default: 'all', modes: SCANS },
    'include-stopped': { default: 'true', modes: SCANS },
    concurrency: { default: '32', modes: SCANS },
    'compliance-rule': { default: 'ec2.8', modes: REPORTS },
    threshold: { default: '100', modes: REPORTS },
    'fail-on-scan-error': { default: 'true', modes: [...REPORTS, 'plan'] },
    'account-threshold': { default: '', modes: REPORTS },
    'gate-on': { default: 'instances', modes: REPORTS },
    exceptions: { default: 'false', modes: [...REPORTS, 'plan'] },
    iac: { default: '', modes: ['audit'] },
    'pr-gate': { default: 'iac', modes: ['audit'] },
    'report-dir': { default: 'imds-guard-report', modes: REPORTS },
    'job-summary': { default: 'true', modes: REPORTS },
    comment: { default: 'auto', modes: REPORTS },
    'comment-id': { default: 'imds-guard', modes: REPORTS },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a runner expression, written as action.yml has it
    'github-token': { default: '', actionDefault: '${{ github.token }}', modes: [...REPORTS, ...APPLIES] },
    'history-file': { default: '', modes: REPORTS },
    'history-length': { default: '30', modes: REPORTS },
    'baseline-report': { default: '', modes: REPORTS },
    'group-by-tag': { default: '', modes: REPORTS },
    'hop-limit-policy': { default: '1,container=2', modes: REPORTS },
    accounts: { default: '', modes: SCANS },
    'member-role-name': { default: 'IMDSGuardAudit', modes: SCANS },
    shard: { default: '', modes: ['audit'] },
    'merge-reports': { default: '', modes: ['merge'] },
    remediation: { default: 'require-v2', modes: PLANS },
    'hop-limit': { default: '', modes: PLANS },
    instances: { default: '', modes: [...PLANS, 'plan-rollback'] },
    'instances-file': { default: '', modes: PLANS },
    tags: { default: '', modes: PLANS },
    'v1-usage-days': { default: '14', modes: [...PLANS, 'audit'] },
    'include-in-use': { default: 'false', modes: PLANS },
    'plan-file': { default: 'imds-guard-plan.json', modes: REMEDIATION },
    'plan-digest': { default: '', modes: APPLIES },
    'plan-max-age-hours': { default: '24', modes: APPLIES },
    'approval-environment': { default: '', modes: APPLIES },
    'changelog-path': { default: '.imds-guard/changelog.jsonl', modes: REMEDIATION },
    'commit-changelog': { default: 'true', modes: APPLIES },
    'rollback-run': { default: '', modes: ['plan-rollback'] },
    'remediation-targets': { default: 'instances', modes: PLANS },
    waves: { default: '', modes: PLANS },
};
/** Each input's default, exactly as action.yml declares it (derived from INPUTS). */
const DEFAULTS = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [k, v.default]));
const MODES = ['audit', 'plan', 'apply', 'plan-rollback', 'rollback', 'merge'];
const settings_RULES = {
    'ec2.8': 'ec2.8',
    'ec2.8-or-disabled': 'ec2.8-or-disabled',
};
const settings_REMEDIATIONS = ['require-v2', 'disable', 'allow-v1'];
const GATE_TARGETS = ['instances', 'launch-templates', 'account-defaults'];
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
const REGION_NAME = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
const INSTANCE_ID = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;
const ACCOUNT_ID = /^\d{12}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const PLAN_DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * A path input resolved inside the workspace, or why not: absolute paths outside it, `..` escapes and
 * anything under `.git/` (hooks, config) are refused. Checked with the other inputs, before any AWS call.
 */
function resolveInWorkspace(workspace, value) {
    if (value.includes('\0'))
        return { problem: 'contains a NUL character' };
    const root = (0,external_node_path_.resolve)(workspace);
    const abs = (0,external_node_path_.resolve)(root, value);
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        return {
            problem: `'${value}' is outside the workspace (${root}); give a path inside it, e.g. imds-guard/${value.split(/[\\/]/).pop() || 'file'}`,
        };
    }
    if (rel.split(external_node_path_.sep)[0] === '.git') {
        return {
            problem: `'${value}' is inside .git/; IMDS Guard never writes or reads there. Choose another folder.`,
        };
    }
    return abs;
}
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
const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];
/** Why `key` is not an EC2 tag key (1 to 128 characters without control characters), or undefined. */
function tagKeyProblem(key) {
    if (key.length > 128)
        return `is ${key.length} characters long`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a tag key holds no control characters
    if (/[\u0000-\u001f\u007f]/.test(key))
        return 'contains a control character';
    return undefined;
}
/** The soak and failure budget of a `waves` list without `soak=` / `failure-budget=` elements. */
const WAVE_DEFAULTS = { soakMinutes: 15, failureBudget: 0 };
function parseTagFilters(raw) {
    const filters = [];
    for (const item of splitList(raw)) {
        const eq = item.indexOf('=');
        const key = (eq < 0 ? item : item.slice(0, eq)).trim();
        if (!key)
            return `'${item}' has no tag key; write Key=Value, or Key alone to match any value`;
        filters.push(eq < 0 ? { key } : { key, value: item.slice(eq + 1).trim() });
    }
    return filters;
}
/** Parses and validates every input. Throws InputError listing every problem at once. */
function parseSettings(read, env = process.env) {
    const problems = [];
    const get = (name) => {
        const v = read(name).trim();
        return v !== '' ? v : (DEFAULTS[name] ?? '');
    };
    const fail = (input, message) => problems.push({ input, message });
    const bool = (name) => {
        const v = get(name).toLowerCase();
        if (TRUE_WORDS.includes(v))
            return true;
        if (FALSE_WORDS.includes(v))
            return false;
        fail(name, `'${get(name)}' is not a boolean; use true or false`);
        return false;
    };
    const int = (name, min, max) => {
        const raw = get(name);
        if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
            fail(name, `'${raw}' is not a whole number from ${min} to ${max}`);
            return min;
        }
        return Number(raw);
    };
    const percent = (name) => {
        const raw = get(name);
        if (raw === '')
            return undefined;
        if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) > 100) {
            fail(name, `'${raw}' is not a percentage; use a number from 0 to 100 (e.g. 95 or 99.5)`);
            return 100;
        }
        return Number(raw);
    };
    const oneOf = (name, allowed) => {
        const v = get(name).toLowerCase();
        if (!allowed.includes(v)) {
            fail(name, `'${get(name)}' is not one of: ${allowed.join(', ')}`);
            return allowed[0];
        }
        return v;
    };
    /** A list input whose `!entry` items exclude; every entry, named or excluded, must match `pattern`. */
    const listWithExcludes = (name, items, pattern, what) => {
        const bad = items.filter((i) => !pattern.test(i.startsWith('!') ? i.slice(1).trim() : i));
        if (bad.length)
            fail(name, `${bad.map((b) => `'${b}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not ${what}`);
        return splitExcludes(items.filter((i) => !bad.includes(i)));
    };
    const tags = (name) => {
        const { named, excluded } = splitExcludes(splitList(get(name)));
        const parse = (items, prefix) => {
            const parsed = parseTagFilters(items.join('\n'));
            if (typeof parsed !== 'string')
                return parsed;
            const item = items.find((i) => typeof parseTagFilters(i) === 'string') ?? '';
            fail(name, `'${prefix}${item}' has no tag key; write Key=Value, Key alone to match any value, or !Key=Value to leave the instances that match out`);
            return [];
        };
        return { named: parse(named, ''), excluded: parse(excluded, '!') };
    };
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const path = (name) => {
        const v = get(name);
        if (v === '')
            return v;
        const r = resolveInWorkspace(workspace, v);
        if (typeof r !== 'string')
            fail(name, r.problem);
        return v;
    };
    const mode = oneOf('mode', MODES);
    const roleToAssume = read('role-to-assume').trim() || undefined;
    if (roleToAssume && !ROLE_ARN.test(roleToAssume)) {
        fail('role-to-assume', `'${roleToAssume}' is not an IAM role ARN; expected arn:aws:iam::123456789012:role/RoleName`);
    }
    const sessionName = get('role-session-name');
    if (!SESSION_NAME.test(sessionName)) {
        fail('role-session-name', `'${sessionName}' must be 2\u201364 characters of letters, digits and +=,.@_-`);
    }
    // regions: `all`, names, and `!name` entries that exclude (only excludes = every enabled region but those).
    const regionItems = splitList(get('regions'));
    const allRegions = regionItems.some((r) => r.toLowerCase() === 'all');
    const { named: namedRegions, excluded: excludeRegions } = listWithExcludes('regions', regionItems.filter((r) => r.toLowerCase() !== 'all'), REGION_NAME, 'region names (e.g. us-east-1, or !us-west-1 to exclude one), nor `all`');
    if (regionItems.length === 0) {
        fail('regions', 'is empty; use `all`, a list such as us-east-1,eu-west-1, or !us-west-1 to skip one');
    }
    else if (allRegions && namedRegions.length) {
        fail('regions', `lists \`all\` with named regions (${namedRegions.join(', ')}); give \`all\` (with !region entries to skip some) or only the regions to scan`);
    }
    const regions = namedRegions.length ? namedRegions : 'all';
    // accounts: '' (the signed-in account), `organization`, 12-digit ids, and `!id` entries that exclude.
    const accountItems = splitList(get('accounts'));
    const organization = accountItems.some((a) => a.toLowerCase() === 'organization');
    const { named: accountIds, excluded: excludeAccounts } = listWithExcludes('accounts', accountItems.filter((a) => a.toLowerCase() !== 'organization'), ACCOUNT_ID, '12-digit account ids (or !123456789012 to exclude one), nor `organization` (every ACTIVE account of the AWS Organization)');
    if (organization && accountIds.length) {
        fail('accounts', `lists account ids (${accountIds.join(', ')}) with organization, which scans every ACTIVE account already; keep organization and skip accounts with !123456789012, or list only the ids to scan`);
    }
    else if (excludeAccounts.length && !organization && !accountIds.length) {
        fail('accounts', `only excludes (${excludeAccounts.map((a) => `!${a}`).join(', ')}) and names nothing to scan; add organization (e.g. organization, !${excludeAccounts[0]}) or the account ids to scan`);
    }
    else if (accountIds.length && accountIds.every((a) => excludeAccounts.includes(a))) {
        fail('accounts', 'excludes every account it names: nothing would be scanned. Remove some ! entries.');
    }
    // exceptions: false, true (tag key imds-guard:exempt), or the tag key itself.
    const exceptionsRaw = get('exceptions');
    let exceptions = { enabled: false, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
    if (TRUE_WORDS.includes(exceptionsRaw.toLowerCase())) {
        exceptions = { enabled: true, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
    }
    else if (!FALSE_WORDS.includes(exceptionsRaw.toLowerCase())) {
        const problem = tagKeyProblem(exceptionsRaw);
        if (problem) {
            fail('exceptions', `is neither true, false nor a tag key: a tag key is 1 to 128 characters without control characters, and this value ${problem}. Give true (tag key ${DEFAULT_EXEMPTION_TAG_KEY}), false, or the tag key that marks exemptions (e.g. Owner-Exempt)`);
        }
        else
            exceptions = { enabled: true, tagKey: exceptionsRaw };
    }
    // fail-on-scan-error: true (unread regions and accounts fail), false, regions or accounts (only those).
    const scanErrorRaw = get('fail-on-scan-error');
    const scanError = scanErrorRaw.toLowerCase();
    let failOnRegionError = true;
    let failOnAccountError = true;
    if (FALSE_WORDS.includes(scanError))
        [failOnRegionError, failOnAccountError] = [false, false];
    else if (scanError === 'regions')
        failOnAccountError = false;
    else if (scanError === 'accounts')
        failOnRegionError = false;
    else if (!TRUE_WORDS.includes(scanError)) {
        fail('fail-on-scan-error', `'${scanErrorRaw}' is not one of: true (a region or account that could not be read fails the run), false (gate on what was read), regions (only unread regions fail), accounts (only unread accounts fail)`);
    }
    // instances and tags: `!` entries leave instances out.
    const { named: instanceIds, excluded: excludeInstances } = listWithExcludes('instances', splitList(get('instances')), INSTANCE_ID, 'instance ids (i-0123456789abcdef0, or !i-0123456789abcdef0 to leave one out)');
    const tagFilters = tags('tags');
    const rule = settings_RULES[get('compliance-rule').toLowerCase()];
    if (!rule)
        fail('compliance-rule', `'${get('compliance-rule')}' is not one of: ${Object.keys(settings_RULES).join(', ')}`);
    const gateOn = splitList(get('gate-on'));
    const badGate = gateOn.filter((g) => !GATE_TARGETS.includes(g));
    if (badGate.length)
        fail('gate-on', `'${badGate.join(', ')}' is not among: ${GATE_TARGETS.join(', ')}`);
    if (!gateOn.includes('instances'))
        gateOn.unshift('instances');
    const remTargets = splitList(get('remediation-targets'));
    const badTargets = remTargets.filter((g) => !GATE_TARGETS.includes(g));
    if (badTargets.length) {
        fail('remediation-targets', `'${badTargets.join(', ')}' is not among: ${GATE_TARGETS.join(', ')}`);
    }
    let shard;
    const shardRaw = get('shard');
    if (shardRaw) {
        const m = /^(\d+)\/(\d+)$/.exec(shardRaw);
        if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
            fail('shard', `'${shardRaw}' must be i/n with 1 \u2264 i \u2264 n, e.g. 2/4 (use \${{ matrix.shard }}/4)`);
        }
        else
            shard = { index: Number(m[1]), count: Number(m[2]) };
    }
    const memberRoleName = get('member-role-name');
    if (!ROLE_NAME.test(memberRoleName))
        fail('member-role-name', `'${memberRoleName}' is not an IAM role name`);
    const hopRaw = get('hop-limit');
    let hopLimit;
    if (hopRaw)
        hopLimit = int('hop-limit', 1, 64);
    const commitChangelog = bool('commit-changelog');
    const reportDir = path('report-dir');
    const comment = oneOf('comment', ['auto', 'always', 'never']);
    // waves: the waves (assess/waves.ts parseWaves), plus `soak=MINUTES` and `failure-budget=N` elements.
    let waves;
    const wavesRaw = get('waves');
    if (wavesRaw) {
        let soakMinutes = WAVE_DEFAULTS.soakMinutes;
        let failureBudget = WAVE_DEFAULTS.failureBudget;
        const waveItems = [];
        const given = new Set();
        for (const item of splitList(wavesRaw)) {
            const setting = /^(soak|failure-budget)\s*=\s*(.*)$/i.exec(item);
            if (!setting) {
                if (/^(soak|failure[-_ ]?budget)\b/i.test(item)) {
                    fail('waves', `'${item}' is not a wave nor a setting; write soak=MINUTES (e.g. soak=15, soak=0.5 for 30 s) and failure-budget=N (e.g. failure-budget=2)`);
                }
                else
                    waveItems.push(item);
                continue;
            }
            const key = setting[1].toLowerCase();
            if (given.has(key)) {
                fail('waves', `gives ${key}= twice; keep one`);
                continue;
            }
            given.add(key);
            if (key === 'soak') {
                const m = /^(\d+(?:\.\d+)?)\s*m?$/i.exec(setting[2]);
                if (!m || Number(m[1]) > MAX_TOTAL_SOAK_MINUTES) {
                    fail('waves', `'${item}' is not a soak of 0 to ${MAX_TOTAL_SOAK_MINUTES} minutes; write soak=15, soak=15m or soak=0.5 (30 s)`);
                }
                else
                    soakMinutes = Number(m[1]);
            }
            else if (!/^\d+$/.test(setting[2]) || Number(setting[2]) > 100000) {
                fail('waves', `'${item}' is not a failure budget; write failure-budget=N, a whole number of instances from 0 to 100000`);
            }
            else
                failureBudget = Number(setting[2]);
        }
        const specs = waveItems.length === 0 && given.size
            ? `sets ${[...given].map((k) => `${k}=`).join(' and ')} but lists no waves; list them too, e.g. canary:1-per-region, 25%, 100%, soak=15`
            : parseWaves(waveItems.join(','));
        if (typeof specs === 'string')
            fail('waves', specs);
        else {
            waves = { raw: wavesRaw, specs, soakMinutes, failureBudget };
            const tooLong = soakProblem(instanceWaveCount(specs), soakMinutes);
            if (tooLong)
                fail('waves', tooLong);
        }
    }
    const groupByTag = get('group-by-tag').trim();
    if (groupByTag && tagKeyProblem(groupByTag))
        fail('group-by-tag', 'a tag key is 1 to 128 characters without control characters (e.g. Team)');
    let hopLimitPolicy;
    try {
        hopLimitPolicy = parseHopLimitPolicy(get('hop-limit-policy'));
    }
    catch (e) {
        fail('hop-limit-policy', e.message.replace(/^hop-limit-policy: /, ''));
    }
    const homeRegion = read('aws-region').trim() || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
    if (!REGION_NAME.test(homeRegion))
        fail('aws-region', `'${homeRegion}' is not a region name (e.g. us-east-1)`);
    const settings = {
        mode,
        homeRegion,
        auth: {
            roleToAssume,
            audience: get('audience'),
            roleSessionName: sessionName,
            roleDurationSeconds: int('role-duration-seconds', 900, 43200),
            allowInstanceCredentials: bool('allow-instance-credentials'),
        },
        scope: {
            regions,
            excludeRegions,
            includeStopped: bool('include-stopped'),
            concurrency: int('concurrency', 1, 64),
        },
        gate: {
            rule: rule ?? 'ec2.8',
            threshold: percent('threshold') ?? 100,
            failOnRegionError,
            failOnAccountError,
            accountThreshold: percent('account-threshold'),
            gateOn,
        },
        exceptions,
        iac: {
            globs: splitList(get('iac')).filter((g) => {
                const r = resolveInWorkspace(workspace, g);
                if (typeof r !== 'string')
                    fail('iac', r.problem);
                return typeof r === 'string';
            }),
            prGate: oneOf('pr-gate', ['iac', 'iac-and-live']),
        },
        reports: {
            jsonPath: `${reportDir}/report.json`,
            htmlPath: `${reportDir}/report.html`,
            sarifPath: `${reportDir}/iac.sarif`,
            markdownPath: `${reportDir}/report.md`,
            summary: bool('job-summary'),
            comment,
            commentId: get('comment-id'),
            historyFile: path('history-file') || undefined,
            historyLength: int('history-length', 1, 1000),
            baselineReport: path('baseline-report') || undefined,
            groupByTag: groupByTag || undefined,
            hopLimitPolicy,
        },
        github: { token: read('github-token').trim() || env.GITHUB_TOKEN || undefined },
        organization: {
            accounts: accountIds,
            organization,
            memberRoleName,
            excludeAccounts,
            shard,
            mergeReports: path('merge-reports') || undefined,
        },
        remediation: {
            action: oneOf('remediation', settings_REMEDIATIONS),
            hopLimit,
            selection: {
                instances: instanceIds,
                instancesFile: path('instances-file') || undefined,
                tags: tagFilters.named,
                excludeInstances,
                excludeTags: tagFilters.excluded,
            },
            v1UsageDays: int('v1-usage-days', 1, 455),
            includeInUse: bool('include-in-use'),
            planFile: path('plan-file'),
            planDigest: get('plan-digest') || undefined,
            planMaxAgeHours: int('plan-max-age-hours', 1, 720),
            approvalEnvironment: get('approval-environment') || undefined,
            changelogPath: path('changelog-path'),
            commitChangelog,
            rollbackRun: get('rollback-run') || undefined,
            targets: remTargets.length ? remTargets : ['instances'],
            ...(waves ? { waves } : {}),
        },
    };
    // Cross-input rules.
    if (mode === 'merge' && !settings.organization.mergeReports) {
        fail('merge-reports', 'is required with mode: merge (a folder or glob of JSON reports from the shards)');
    }
    if ((mode === 'apply' || mode === 'rollback') && !settings.remediation.approvalEnvironment) {
        fail('approval-environment', `is required with mode: ${mode}; name the GitHub Environment whose required reviewers approve changes`);
    }
    if (mode === 'plan-rollback' && !settings.remediation.rollbackRun) {
        fail('rollback-run', 'is required with mode: plan-rollback (the run id whose changes to undo, or `last`)');
    }
    if (mode === 'apply' || mode === 'rollback') {
        const d = settings.remediation.planDigest;
        if (!d) {
            fail('plan-digest', `is required with mode: ${mode}: pass the plan job's output, e.g. plan-digest: \${{ needs.plan.outputs.plan-digest }}, so only the reviewed plan is applied`);
        }
        else if (!PLAN_DIGEST.test(d)) {
            fail('plan-digest', `'${d}' is not a plan digest (sha256:<64 hex digits>, the plan job's plan-digest output)`);
        }
    }
    if (regions !== 'all' && regions.every((r) => excludeRegions.includes(r))) {
        fail('regions', `excludes every region it names (${regions.join(', ')}): nothing would be scanned. Remove some ! entries.`);
    }
    if (settings.remediation.action === 'disable' && hopLimit !== undefined) {
        fail('hop-limit', 'has no effect with remediation: disable; remove it');
    }
    if (problems.length)
        throw new InputError(problems);
    return settings;
}

;// CONCATENATED MODULE: ./lib/assess/selection.js
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
        rows = (0,sync/* parse */.qg)(text.replace(/^\uFEFF/, ''), {
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
        const looksLikeId = INSTANCE_ID.test(data[0][0] ?? '');
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
        if (!INSTANCE_ID.test(id)) {
            throw new InputFileError(file, line, `'${id}' is not an instance id (expected i- and 8 or 17 hex digits, e.g. i-0123456789abcdef0)`);
        }
        const sel = { instanceId: id };
        if (regionCol >= 0 && row[regionCol]) {
            if (!REGION_NAME.test(row[regionCol])) {
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

;// CONCATENATED MODULE: ./lib/assess/plan.js
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
    const fields = changedFields(before, want);
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
    const scoped = input.instances.filter((i) => inScope(i, input.includeStopped));
    const sel = applySelection(scoped, input.selection, input.fileRows);
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
        const ex = exceptionOf(i, input.exceptions.tagKey, input.exceptions.enabled, input.today);
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
const itemOrder = (a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) ||
    (0,model_text/* compareCode */.fn)(a.region, b.region) ||
    (KIND_ORDER[a.kind ?? 'instance'] ?? 9) - (KIND_ORDER[b.kind ?? 'instance'] ?? 9) ||
    (0,model_text/* compareCode */.fn)(a.resourceId, b.resourceId);
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
            before: settingsOf(i.metadata),
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
    return sealPlan({
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
            if (templateVerdict(t).allowsV1)
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
            if (!defaultsVerdict(d).allowsV1)
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
        const verdict = templateVerdict(t);
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
            before: settingsOf(before),
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
            before: defaultsSettings(d),
            after: { httpTokens: 'required' },
            reason: `${defaultsVerdict(d).reason}: set the region's default HttpTokens=required (existing instances are not changed)`,
        });
    }
    return { items, heldBack };
}

;// CONCATENATED MODULE: ./lib/assess/rollback.js
/**
 * Rollback plans from the change log: which run, which records, and for each the exact before-state
 * to restore. Intents without a settled outcome (a crash, or an unknown outcome) are included and
 * restored only if AWS shows the change was made (apply's drift check). Pure.
 */



/** Which run 'last' means: the most recent apply run with applied changes (never a rollback run). */
function resolveRun(records, run) {
    if (run !== 'last')
        return run;
    for (let i = records.length - 1; i >= 0; i--)
        if (records[i].result === 'applied' && records[i].mode !== 'rollback')
            return records[i].runId;
    return undefined;
}
/**
 * Intents with no settled outcome after them: the process died with the answer on the wire, or the
 * outcome was recorded as `unknown`. The next run re-reads each and records what AWS has.
 */
function openIntents(records) {
    const open = new Map();
    for (const r of records) {
        const k = `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
        if (r.result === 'started') {
            open.delete(k);
            open.set(k, r);
        }
        else if (r.result !== 'unknown')
            open.delete(k);
    }
    return [...open.values()];
}
/** The rollback item for one applied (or outcome-unknown) record: every field it altered, set back. */
function rollback_restoreItem(r, reason) {
    const base = { kind: r.kind, accountId: r.accountId, region: r.region, resourceId: r.resourceId, reason };
    if (r.kind === 'launch-template') {
        if (r.beforeVersion === undefined || r.afterVersion === undefined || r.beforeVersion === r.afterVersion)
            return undefined;
        return {
            ...base,
            before: settingsOf(r.after),
            after: settingsOf(r.before),
            beforeVersion: r.afterVersion,
            afterVersion: r.beforeVersion,
        };
    }
    if (r.kind === 'account-defaults') {
        const left = applyDefaultsChange(r.before, r.after);
        const was = defaultsSettings(r.before);
        const restore = {};
        for (const f of defaultsDrift(was, left)) {
            const v = was[f] ?? (f === 'httpPutResponseHopLimit' ? -1 : 'no-preference');
            restore[f] = v;
        }
        if (Object.keys(restore).length === 0)
            return undefined;
        return { ...base, before: left, after: restore };
    }
    const leftState = { ...settingsOf(r.before), ...settingsOf(r.after) };
    const restore = {};
    for (const f of changedFields(leftState, settingsOf(r.before)))
        restore[f] = r.before[f];
    if (Object.keys(restore).length === 0)
        return undefined;
    return { ...base, before: settingsOf(leftState), after: restore };
}
/**
 * A plan that restores each applied change's exact before-state. The plan's before is the state the
 * change left (so apply's drift check refuses resources someone changed since), its after is every
 * field the change altered, set back to what it was (`no-preference` for an account default that was
 * unset; the old default version for a launch template). An intent of the run that still has no
 * outcome (reconciliation could not read it) is planned too: its drift check restores it only if AWS
 * shows the change was made.
 */
function buildRollbackPlan(records, sel, createdAt, selectedBy) {
    const runId = resolveRun(records, sel.run);
    if (!runId)
        throw new PlanError('rollback-run: last \u2014 the change log has no applied changes to roll back');
    const applied = records.filter((r) => r.runId === runId && r.result === 'applied');
    const unknown = openIntents(records).filter((r) => r.runId === runId);
    if (applied.length === 0 && unknown.length === 0) {
        const runs = [...new Set(records.map((r) => r.runId))].slice(-10);
        throw new PlanError(`rollback-run: run ${runId} has no applied changes in the change log${runs.length ? ` (runs in the log: ${runs.join(', ')})` : ''}`);
    }
    const items = [];
    const heldBack = [];
    const seen = new Set();
    let matched = 0;
    const candidates = [
        ...[...applied].reverse().map((r) => ({
            r,
            reason: `restore the before-state recorded by run ${runId} at ${r.time}${r.reconciledBy ? ` (outcome reconciled by run ${r.reconciledBy})` : ''}`,
        })),
        ...unknown.map((r) => ({
            r,
            reason: `outcome unknown (run ${runId} wrote an intent at ${r.time} but no outcome): restored only if AWS shows the change was made`,
        })),
    ];
    // The last applied record per resource wins (a run changes a resource at most once, but be safe).
    for (const { r, reason } of candidates) {
        const key = `${r.kind}/${r.accountId}/${r.region}/${r.resourceId}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        if (sel.instances?.length && !sel.instances.includes(r.resourceId))
            continue;
        matched++;
        if (sel.excludeInstances?.includes(r.resourceId)) {
            heldBack.push({
                accountId: r.accountId,
                region: r.region,
                resourceId: r.resourceId,
                reason: `excluded by instances (!${r.resourceId})`,
            });
            continue;
        }
        const item = rollback_restoreItem(r, reason);
        if (item)
            items.push(item);
        else if (r.result === 'started') {
            heldBack.push({
                accountId: r.accountId,
                region: r.region,
                resourceId: r.resourceId,
                reason: 'outcome unknown and not reconcilable from the log (re-run rollback once AWS can be read)',
            });
        }
    }
    if (sel.instances?.length) {
        for (const id of sel.instances) {
            if (!applied.some((r) => r.resourceId === id) && !unknown.some((r) => r.resourceId === id)) {
                heldBack.push({
                    accountId: '',
                    region: '',
                    resourceId: id,
                    reason: `run ${runId} did not change this instance`,
                });
            }
        }
    }
    items.sort(itemOrder);
    heldBack.sort(itemOrder);
    const plan = sealPlan({
        schema: 'imds-guard/plan',
        version: 1,
        createdAt,
        scannedAt: createdAt,
        mode: 'rollback',
        remediation: 'restore',
        v1UsageDays: 0,
        ...(selectedBy ? { selectedBy } : {}),
        items,
        heldBack,
    });
    return { plan, runId, matched };
}

;// CONCATENATED MODULE: ./lib/remediate/changelog.js
/**
 * The change log, write-ahead: before every AWS write a `started` intent (before-state + intended
 * after-state) is appended and fsynced; after the final outcome, one outcome line. A crash therefore
 * leaves either an outcome or an intent for every change AWS made. `unresolvedIntents` pairs them;
 * `reconcileRecord` turns an unpaired intent plus a fresh read of AWS into the reconciling outcome the
 * next apply/rollback appends. Reading validates every line and names file and line on error.
 */




class ChangeLogError extends Error {
    name = 'ChangeLogError';
}
/** Appends records to a JSON-lines file; each append is one write(2) of a whole line, then fsync. */
class ChangeLogWriter {
    path;
    fd;
    written = 0;
    constructor(path) {
        this.path = path;
    }
    open() {
        if (this.fd !== undefined)
            return;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.path), { recursive: true });
        this.fd = (0,external_node_fs_.openSync)(this.path, 'a');
    }
    append(record) {
        this.open();
        const line = `${JSON.stringify(record)}\n`;
        // One write of the whole line (O_APPEND): lines never interleave, a crash cuts at most the last one.
        (0,external_node_fs_.writeSync)(this.fd, line);
        (0,external_node_fs_.fsyncSync)(this.fd);
        this.written++;
    }
    close() {
        if (this.fd !== undefined) {
            (0,external_node_fs_.closeSync)(this.fd);
            this.fd = undefined;
        }
    }
}
const RESULTS = [
    'applied',
    'failed',
    'drifted',
    'skipped',
    'unknown',
    'started',
];
/**
 * Parses a change log. Blank lines are ignored; a final line without a newline that is not valid
 * JSON (a torn write from a crash) is reported as such. Every other problem names the line.
 */
function parseChangeLog(text, file) {
    const lines = text.split('\n');
    const records = [];
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n].trim();
        if (!line)
            continue;
        const where = `${file}:${n + 1}`;
        let r;
        try {
            r = JSON.parse(line);
        }
        catch (e) {
            const torn = n === lines.length - 1;
            throw new ChangeLogError(`${where}: not a JSON line (${e.message})${torn ? ' \u2014 the last line looks cut off (a crash mid-write?); check it against AWS and remove it' : '; each line must be one JSON change record'}`);
        }
        const missing = ['time', 'runId', 'accountId', 'region', 'resourceId', 'result'].filter((k) => typeof r[k] !== 'string' || r[k] === '');
        if (missing.length)
            throw new ChangeLogError(`${where}: missing ${missing.join(', ')}; not an IMDS Guard change record`);
        if (!RESULTS.includes(r.result)) {
            throw new ChangeLogError(`${where}: result '${r.result}' is not one of ${RESULTS.join(', ')}`);
        }
        if (!r.before || typeof r.before !== 'object' || !r.after || typeof r.after !== 'object') {
            throw new ChangeLogError(`${where}: before and after must be objects of metadata options`);
        }
        records.push({ kind: 'instance', ...r });
    }
    return records;
}
// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 write-ahead pairing \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** One attempt's identity: a run changes a resource at most once per mode. */
function attemptKey(r) {
    return `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
}
/**
 * Intents (`started`) with no later outcome for the same attempt, in log order: the process died
 * between the AWS write and its outcome line. A launch template writes two intents (before
 * CreateLaunchTemplateVersion, then with afterVersion before ModifyLaunchTemplate): the last one counts.
 */
/** Intents with no settled outcome (see assess/plan.ts `openIntents`): reconciled by the next run. */
const unresolvedIntents = openIntents;
/** Only the final outcome lines (intents dropped). */
function outcomes(records) {
    return records.filter((r) => r.result !== 'started');
}
function sameState(kind, want, have) {
    return kind === 'account-defaults'
        ? defaultsDrift(want, have).length === 0
        : driftOf(settingsOf(want), settingsOf(have)).length === 0;
}
/**
 * The reconciling outcome for an unresolved intent, from a fresh read: `applied` when AWS shows the
 * intended state (so rollback restores it), `failed`/NotApplied when it shows the before-state,
 * `drifted`/OutcomeUnknown when it shows neither, `skipped` when the resource is gone. Pure.
 */
function reconcileRecord(intent, observed, by) {
    const { result: _r, errorCode: _c, errorMessage: _m, ...base } = intent;
    const rec = (result, extra) => ({
        ...base,
        time: by.time,
        result,
        reconciledBy: by.runId,
        ...extra,
    });
    const lead = `outcome unknown \u2014 state re-read by run ${by.runId}`;
    if (!observed) {
        return rec('skipped', {
            before: {},
            after: {},
            errorCode: 'OutcomeUnknown',
            errorMessage: `${lead}: the resource no longer exists`,
        });
    }
    const isTemplate = intent.kind === 'launch-template';
    const applied = isTemplate
        ? intent.afterVersion !== undefined && observed.version === intent.afterVersion
        : sameState(intent.kind, intent.after, observed.state);
    if (applied)
        return rec('applied', { errorCode: 'Reconciled', errorMessage: `${lead}: the change was made` });
    const notApplied = isTemplate
        ? observed.version === intent.beforeVersion
        : sameState(intent.kind, intent.before, observed.state);
    const now = { before: observed.state, after: observed.state };
    if (isTemplate)
        Object.assign(now, { beforeVersion: observed.version, afterVersion: observed.version });
    if (notApplied) {
        return rec('failed', {
            ...now,
            errorCode: 'NotApplied',
            errorMessage: `${lead}: the change was not made${isTemplate && intent.afterVersion === undefined ? ' (a version the interrupted call may have created is not the default)' : ''}`,
        });
    }
    return rec('drifted', {
        ...now,
        errorCode: 'OutcomeUnknown',
        errorMessage: `${lead}: AWS shows neither the before-state nor the intended state; someone else changed it`,
    });
}

;// CONCATENATED MODULE: ./lib/remediate/outcome.js
/** Outcomes of instance and posture writes, summed per (account, region) for the log and the summary. */

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
                unsettled.push({ intent: g, why: `re-read failed: ${errorMessage(e)}` });
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
            unsettled.push({ intent: i, why: `re-read failed: ${errorMessage(e)}` });
        }
    }));
    for (const i of mine) {
        if (!observed.has(i))
            continue;
        const r = reconcileRecord(i, observed.get(i), { runId: ctx.runId, time: ctx.now().toISOString() });
        records.push(r);
        ctx.log.info(`Reconciled ${i.kind} ${i.resourceId} (${i.region}) of run ${i.runId}: ${r.result}${r.errorMessage ? ` \u2014 ${r.errorMessage}` : ''}`);
    }
    for (const u of unsettled) {
        ctx.log.warning(`${u.intent.kind} ${u.intent.resourceId} (${u.intent.region}) of run ${u.intent.runId}: outcome still unknown \u2014 ${u.why}`);
    }
    return { records, unsettled };
}

;// CONCATENATED MODULE: ./lib/aws/readiness.js
/**
 * Readiness: has an instance made IMDSv1 calls lately? CloudWatch `AWS/EC2` `MetadataNoToken`
 * (dimension InstanceId), summed over the window \u2014 the AWS migration path's "confirm it is 0" step.
 * Batched: one GetMetricData per 500 instances per (account, region), paginated by NextToken.
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
/**
 * One GetMetricData batch (at most 500 queries), every page of it: the values returned per query id.
 * `onCall` counts each call (pages included). Shared by readiness and the soak after a wave.
 */
async function metricValues(cw, queries, window, onCall) {
    const values = new Map();
    let next;
    do {
        onCall();
        const out = await cw.send(new client_cloudwatch_dist_cjs/* GetMetricDataCommand */.Soe({
            MetricDataQueries: queries,
            StartTime: window.start,
            EndTime: window.end,
            NextToken: next,
            ScanBy: window.scanBy ?? 'TimestampDescending',
        }));
        for (const r of out.MetricDataResults ?? []) {
            if (!r.Id)
                continue;
            const have = values.get(r.Id);
            if (have)
                have.push(...(r.Values ?? []));
            else
                values.set(r.Id, [...(r.Values ?? [])]);
        }
        next = out.NextToken;
    } while (next);
    return values;
}
const sum = (xs) => (xs ?? []).reduce((a, b) => a + b, 0);
/**
 * Usage read while the scan is still running: instances are added as their pages arrive, each full
 * batch of 500 (per account and region) is sent at once, `flush` sends a region's partial batch when
 * its listing ends, and `finish` sends what is left and waits for every answer. A large region's
 * CloudWatch reads then overlap its own listing instead of following it. An (account, region) batch whose call fails gives each of its instances `{error}`
 * (the plan holds them back: unknown usage is not zero usage).
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
        this.limit = (0,p_limit/* default */.A)(opts.concurrency ?? 8);
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
                const values = await metricValues(cw, buildQueries(ids, metric), this.window, () => this.calls++);
                ids.forEach((id, n) => {
                    this.usage.set(id, { v1Calls: Math.round(sum(values.get(queryId(n)))) });
                });
            }
            catch (e) {
                if (opts.onError)
                    opts.onError({
                        accountId,
                        region,
                        code: awsErrorCode(e),
                        message: errorMessage(e),
                        instances: chunk.length,
                    });
                else
                    opts.log.warning(`${region}${accountId ? ` (account ${accountId})` : ''}: could not read ${metric} \u2014 ${awsErrorCode(e)}: ${errorMessage(e)}. ${chunk.length} instance(s) are held back (readiness unknown).`);
                for (const id of ids)
                    this.usage.set(id, { error: awsErrorCode(e) });
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
const soak_sum = (xs) => (xs ?? []).reduce((a, b) => a + b, 0);
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
    const perCall = Math.floor(MAX_QUERIES_PER_CALL / 2);
    let calls = 0;
    const limit = (0,p_limit/* default */.A)(opts.concurrency ?? 8);
    await Promise.all([...groups.values()].map((group) => limit(async () => {
        const { accountId, region } = group[0];
        const cw = opts.cloudwatch(accountId, region);
        for (let off = 0; off < group.length; off += perCall) {
            const ids = group.slice(off, off + perCall).map((t) => t.instanceId);
            try {
                const values = await metricValues(cw, soakQueries(ids, periodSeconds), { start, end, scanBy: 'TimestampAscending' }, () => calls++);
                const rejected = new Map(ids.map((id, n) => [id, soak_sum(values.get(`r${n}`))]));
                // Maximum per period is 0 or 1: counted, the number of periods with a failed check.
                const failed = new Map(ids.map((id, n) => [id, (values.get(`s${n}`) ?? []).filter((v) => v > 0).length]));
                for (const id of ids) {
                    readings.set(id, {
                        ...window,
                        rejected: Math.round(rejected.get(id) ?? 0),
                        statusCheckFailed: failed.get(id) ?? 0,
                    });
                }
            }
            catch (e) {
                const error = `${awsErrorCode(e)}: ${errorMessage(e)}`;
                opts.log.warning(`${region} (account ${accountId}): could not read MetadataNoTokenRejected/StatusCheckFailed \u2014 ${error}. ${ids.length} instance(s) cannot be verified.`);
                for (const id of ids)
                    readings.set(id, { ...window, error });
            }
        }
    })));
    return { readings, calls };
}

;// CONCATENATED MODULE: ./lib/remediate/waves.js






const notStarted = (from, to) => from === to ? `wave ${from} not started` : `waves ${from}\u2013${to} not started`;
const waves_key = (r) => `${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
/**
 * Before the first change: can the write role read the soak metrics? One GetMetricData per region with
 * instances left to change (a wave whose soak cannot be read would stop the run half way).
 */
async function soakPreflight(plan, logged, opts) {
    const progress = planProgress(plan, logged);
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
        const error = r && 'error' in r ? r.error : undefined;
        return {
            accountId: g[0].accountId,
            region: g[0].region,
            operation: 'cloudwatch:GetMetricData (soak)',
            ok: !error,
            code: error ? error.split(':')[0] : 'ok',
            message: error ?? 'soak metrics readable',
        };
    }));
}
function evidence(r, wave) {
    if ('error' in r)
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
    const staged = plan.waves;
    if (!staged)
        throw new Error('internal: runWaves needs a staged plan');
    const log = opts.apply.log;
    const now = opts.apply.now;
    const sleep = opts.sleep ?? pacing_sleep;
    const progress = planProgress(plan, logged);
    const byKey = new Map(plan.items.map((i) => [waves_key(i), i]));
    const soakMs = staged.soakMinutes * 60_000;
    let outcome = zeroOutcome();
    let restores = zeroOutcome();
    const reports = [];
    let stopped;
    for (const w of staged.waves) {
        const items = plan.items.filter((i) => i.wave === w.wave);
        const report = {
            wave: w.wave,
            definition: w.definition,
            planned: items.length,
            applied: 0,
            earlier: items.filter((i) => progress.get(i)?.state !== 'todo').length,
            notApplied: 0,
            rolledBack: [],
            status: 'not-started',
        };
        reports.push(report);
        if (stopped)
            continue;
        const todo = items.filter((i) => progress.get(i)?.state === 'todo');
        // 1. Apply what the log does not show as done.
        const onRecord = (rec) => {
            opts.apply.onRecord({ ...rec, wave: w.wave });
            const it = byKey.get(waves_key(rec));
            if (!it || rec.result === 'started')
                return;
            if (rec.result === 'applied') {
                report.applied++;
                progress.set(it, { state: 'applied', at: rec.time, before: rec.before, after: rec.after });
            }
            else {
                report.notApplied++;
                progress.set(it, rec.result === 'failed' ? { state: 'todo' } : { state: 'settled', result: rec.result });
            }
        };
        if (todo.length) {
            log.info(`Wave ${w.wave}/${staged.waves.length} (${w.definition}): applying ${todo.length} change(s)\u2026`);
            const waveOpts = { ...opts.apply, onRecord };
            const inst = todo.filter((i) => i.kind === 'instance');
            const post = todo.filter((i) => i.kind !== 'instance');
            const [a, b] = await Promise.all([
                inst.length ? applyItems(inst, waveOpts, opts.limiters) : zeroOutcome(),
                post.length ? applyPostureItems(post, waveOpts, opts.postureLimiters) : zeroOutcome(),
            ]);
            // A failed item stays to do: a later run with the same plan retries it.
            outcome = mergeOutcomes(outcome, mergeOutcomes(a, b));
        }
        report.status = 'applied';
        if (!w.soak)
            continue;
        // 2. Soak: the wave's changed instances (this run or earlier, not yet restored).
        const changed = items.filter((i) => i.kind === 'instance' && progress.get(i)?.state === 'applied');
        if (changed.length === 0) {
            log.info(`Wave ${w.wave}: no instance changed, nothing to soak.`);
            report.status = 'soaked';
            continue;
        }
        if (todo.length === 0 && waveSoaked(plan, w.wave, logged)) {
            log.info(`Wave ${w.wave}: applied and soaked by an earlier run of this plan; not soaked again.`);
            report.status = 'soaked-earlier';
            continue;
        }
        const times = changed.map((i) => Date.parse(progress.get(i).at));
        const first = new Date(Math.min(...times));
        const wait = Math.max(...times) + soakMs - now().getTime();
        if (wait > 0) {
            log.info(`Wave ${w.wave}: soaking ${(wait / 60_000).toFixed(wait < 60_000 ? 2 : 1)} min before reading MetadataNoTokenRejected and StatusCheckFailed of ${changed.length} instance(s)\u2026`);
            await sleep(wait);
        }
        const { readings, calls } = await readSoak(changed.map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.resourceId })), { from: first, now: now(), cloudwatch: opts.cloudwatch, log });
        const any = readings.values().next().value;
        if (any)
            report.window = { from: any.from, to: any.to, periodSeconds: any.periodSeconds };
        const unread = changed.filter((i) => {
            const r = readings.get(i.resourceId);
            return !r || 'error' in r;
        });
        const broken = changed
            .map((i) => ({ item: i, ev: evidence(readings.get(i.resourceId), w.wave) }))
            .filter((x) => Boolean(x.ev));
        log.info(`Wave ${w.wave}: soak read for ${changed.length} instance(s) in ${calls} GetMetricData call(s): ${broken.length} broke${unread.length ? `, ${unread.length} unreadable` : ''}.`);
        // 3. Restore what broke, at once, through the same paced write-ahead path.
        if (broken.length) {
            const evOf = new Map(broken.map((b) => [waves_key(b.item), b.ev]));
            const restoreItems = broken.map(({ item }) => {
                const p = progress.get(item);
                return restoreItem(item, p.before, p.after);
            });
            for (const b of broken)
                log.warning(`${b.item.resourceId} (${b.item.region}): ${b.ev.reason}`);
            const r = await applyItems(restoreItems, {
                ...opts.apply,
                onRecord: (rec) => {
                    const ev = evOf.get(waves_key(rec));
                    opts.apply.onRecord({ ...rec, wave: w.wave, ...(ev ? { autoRollback: ev } : {}) });
                    const it = byKey.get(waves_key(rec));
                    if (!it || !ev || rec.result === 'started')
                        return;
                    if (rec.result === 'applied')
                        progress.set(it, { state: 'restored', record: rec });
                    report.rolledBack.push({
                        resourceId: rec.resourceId,
                        region: rec.region,
                        why: ev.reason,
                        result: rec.result === 'applied'
                            ? 'restored'
                            : `${rec.result}${rec.errorMessage ? `: ${rec.errorMessage}` : ''}`,
                    });
                },
            }, opts.limiters);
            restores = mergeOutcomes(restores, r);
        }
        report.status = 'soaked';
        // 4. Go on only within the failure budget, and only when every instance could be verified.
        const notRestored = report.rolledBack.filter((x) => x.result !== 'restored').length;
        const brokenTotal = restoredCount(progress) + notRestored;
        const more = w.wave < staged.waves.length;
        if (unread.length) {
            report.status = 'unverified';
            stopped = `wave ${w.wave}: the soak metrics of ${unread.length} instance(s) could not be read (unknown is not healthy)${more ? `; ${notStarted(w.wave + 1, staged.waves.length)}` : ''}. Grant the write role cloudwatch:GetMetricData; a later apply with this plan verifies wave ${w.wave} again and goes on.`;
        }
        else if (brokenTotal > staged.failureBudget) {
            report.status = more ? 'stopped' : 'soaked';
            stopped = `wave ${w.wave}: ${brokenTotal} instance(s) broke after requiring IMDSv2 (restored automatically${notRestored ? `, ${notRestored} restore(s) did not succeed` : ''}), more than failure-budget=${staged.failureBudget}${more ? `; ${notStarted(w.wave + 1, staged.waves.length)}` : ''}. Fix or exclude those workloads and make a new plan.`;
        }
        else if (broken.length) {
            log.warning(`Wave ${w.wave}: ${broken.length} instance(s) restored; ${brokenTotal} of failure-budget=${staged.failureBudget} used \u2014 going on.`);
        }
        if (stopped)
            log.warning(`Stopping: ${stopped}`);
    }
    return { outcome, restores, waves: reports, stopped, brokenTotal: restoredCount(progress) };
}

;// CONCATENATED MODULE: ./lib/report/escape.js
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
    return truncate((0,model_text/* cleanText */.X5)(raw ?? ''), max);
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
 * opens a block (`-`, `+`, `=`, or digits then `.`/`)`). Checked against the full escaper in
 * test/report/escape.test.ts.
 */
const PLAIN = /^(?!\d+[.)])[A-Za-z0-9][A-Za-z0-9 ,/=%+.-]*$/;
/**
 * Text safe in a GFM table cell and in inline Markdown: stays on one line, cannot close the cell,
 * open a link, image, code span, emphasis, HTML tag or comment, mention a user or team, reference an
 * issue, or autolink. Control characters become spaces; long values are shortened (by code point).
 */
function escapeMarkdown(raw, max = 200) {
    // Most values (ids, regions, counts, plain names) hold nothing to escape: returned as they are.
    if (PLAIN.test(raw) && !/www\./i.test(raw))
        return truncate(raw, max);
    return escapeMarkdownFully(raw, max);
}
/** escapeMarkdown without its shortcut for plain text (exported for the test that they agree). */
function escapeMarkdownFully(raw, max = 200) {
    const oneLine = truncate((0,model_text/* cleanText */.X5)(raw), max);
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
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = walk(x);
        return out;
    }
    return v;
}

;// CONCATENATED MODULE: ./lib/assess/asg.js
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
    if (isStopped(i))
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

;// CONCATENATED MODULE: ./lib/assess/usage.js
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
            const s = usageState(i);
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

;// CONCATENATED MODULE: ./lib/assess/assess.js
/**
 * Inventory \u2192 Assessment: buckets, compliance, risk, rollups and the gate. Pure: no I/O, no clock
 * (the caller passes `today` for exception expiry).
 */










function optionsFromSettings(settings, today) {
    return {
        rule: settings.gate.rule,
        threshold: settings.gate.threshold,
        includeStopped: settings.scope.includeStopped,
        failOnRegionError: settings.gate.failOnRegionError,
        failOnAccountError: settings.gate.failOnAccountError,
        accountThreshold: settings.gate.accountThreshold,
        gateOn: settings.gate.gateOn,
        exceptions: settings.exceptions,
        today,
        groupByTag: settings.reports.groupByTag,
        hopLimitPolicy: settings.reports.hopLimitPolicy,
    };
}
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
/** Worst first: role + public IP, role, neither; then hop limit > 1, then oldest launch, then id. */
function byRisk(a, b) {
    return (RISK_ORDER[a.risk ?? 'no-role'] - RISK_ORDER[b.risk ?? 'no-role'] ||
        (b.metadata.httpPutResponseHopLimit ?? 1) - (a.metadata.httpPutResponseHopLimit ?? 1) ||
        (0,model_text/* compareCode */.fn)(a.launchTime ?? '', b.launchTime ?? '') ||
        (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId));
}
function assessInstance(instance, options) {
    const bucket = bucketOf(instance.metadata);
    const compliant = isCompliant(instance.metadata, options.rule);
    // Object.assign, not a spread: Node 20's V8 gives each spread copy of a record that came from a
    // worker a hidden class of its own (100,000 instances, 100,000 classes, ~50 MB of shape data).
    // Node 24 shares them either way; Object.assign shares them on both.
    const assessed = Object.assign({}, instance, { bucket, compliant });
    if (allowsV1(instance.metadata))
        assessed.risk = riskOf(instance);
    const exception = exceptionOf(instance, options.exceptions.tagKey, options.exceptions.enabled, options.today);
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
        if (!inScope(instance, options.includeStopped)) {
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
        rule: RULES[options.rule],
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
    const posture = assessPosture(inventory);
    if (posture)
        assessment.posture = posture;
    if (inventory.v1Usage)
        assessment.v1Usage = assessV1Usage(instances, inventory.v1Usage);
    if (inventory.autoScalingLaunches)
        assessment.autoScalingGroups = evaluateAutoScalingGroups(inventory.autoScalingLaunches);
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
        const unread = (p.errors ?? []).filter((e) => gateTargetOf(e.operation) === target);
        if (unread.length && options.failOnRegionError) {
            failures.push(`${target} could not be read in ${unread.length} region(s) (${listSome(unread.map((e) => `${where(e)}: ${e.code}`))}); the gate cannot vouch for them. Grant ${unread[0].operation} to the role, or set fail-on-scan-error: false.`);
        }
    }
    return failures;
}

;// CONCATENATED MODULE: ./lib/report/format.js
/** Formatting the report's numbers, percentages, durations and names: one format everywhere. Pure. */

// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 formatting helpers (pure) \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
const num = (n) => n.toLocaleString('en-US');
function pct(r) {
    return formatPercent(r.compliant, r.inScope);
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

// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
;// CONCATENATED MODULE: ./lib/report/templates.js
/**
 * Loads and compiles the Handlebars templates in /templates once. Each path is a literal
 * `new URL('../../templates/\u2026', import.meta.url)` so ncc copies the file next to dist/index.js.
 * Markdown compiles with `noEscape` (its view is escaped for Markdown beforehand, see escape.ts);
 * HTML keeps Handlebars' HTML escaping.
 */



const hb = lib.create();
let md;
let html;
let script;
function markdownTemplate() {
    md ??= hb.compile(readFileSync(/* unused asset import */ undefined, 'utf8'), {
        noEscape: true,
        strict: false,
    });
    return md;
}
function htmlTemplate() {
    html ??= hb.compile(readFileSync(/* unused asset import */ undefined, 'utf8'));
    return html;
}
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
let plan;
let apply;
/** The plan and rollback-plan summary (templates/plan.md.hbs); its view is escaped like the report's. */
function planTemplate() {
    plan ??= hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(4886), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    });
    return plan;
}
/** The apply and rollback summary (templates/apply.md.hbs). */
function applyTemplate() {
    apply ??= hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(1075), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    });
    return apply;
}
let guardrails;
/** The guardrails section and its folder's README (templates/guardrails.md.hbs). */
function guardrailsTemplate() {
    guardrails ??= hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(9311), __webpack_require__.b), 'utf8'), { noEscape: true });
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
    hb.registerPartial('iac', hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(2700), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    }));
    hb.registerPartial('guardrails', hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(9311), __webpack_require__.b), 'utf8'), {
        noEscape: true,
    }));
    hb.registerPartial('iacHtml', hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(9352), __webpack_require__.b), 'utf8')));
    partials = true;
}
/** The report of an offline run (IaC only, no live audit): templates/iac-only.md.hbs. */
function iacOnlyTemplate() {
    registerIacPartials();
    iacOnly ??= hb.compile((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(6117), __webpack_require__.b), 'utf8'), {
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
const NONCE = (0,external_node_crypto_.createHash)('sha256').update(`${process.pid} ${Math.random()} ${Date.now()}`).digest('hex');
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
    mdSplit ??= splitTemplate((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(8403), __webpack_require__.b), 'utf8'), {
        noEscape: true,
        strict: false,
    });
    return mdSplit;
}
/** report.html.hbs, split (same options as htmlTemplate). */
function htmlSplitTemplate() {
    htmlSplitT ??= splitTemplate((0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(6671), __webpack_require__.b), 'utf8'), {});
    return htmlSplitT;
}

;// CONCATENATED MODULE: ./lib/report/remediation.js
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
    if (s.instancesFile)
        add('instances-file', `${s.instancesFile.path} (${s.instancesFile.rows} rows, sha256 ${s.instancesFile.sha256.slice(0, 12)}\u2026)`);
    add('tags', list([...s.tags.map(tag), ...s.excludeTags.map((t) => not(tag(t)))]));
    return rows;
}
/** A reviewer reads the change itself: `httpTokens: optional \u2192 required`. */
function transitionText(it) {
    if (it.kind === 'launch-template') {
        return it.afterVersion !== undefined
            ? `default version ${it.beforeVersion} \u2192 ${it.afterVersion}`
            : `new version from default ${it.beforeVersion} with ${describeFields(it.after)}, made default`;
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
    return describeFields(kept) || '\u2014';
}
function planSummary(plan, file, extra = {}) {
    const view = {
        title: plan.mode === 'rollback'
            ? `IMDS Guard rollback plan: ${countText(plan)} to restore`
            : `IMDS Guard plan (${plan.remediation}): ${countText(plan)} to change`,
        digest: plan.digest,
        // Times as every report shows them (format.ts): '2026-05-04 03:00 UTC'.
        scannedAt: formatScanTime(plan.scannedAt),
        createdAt: formatScanTime(plan.createdAt),
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
    return planTemplate()(escapeDeep(view));
}
function refusedDryRunSummary(results, mode = 'apply') {
    return applyTemplate()(escapeDeep({
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
    return applyTemplate()(escapeDeep({ title: `IMDS Guard ${mode}: nothing to change`, reconciled: reconciledRows(reconciled) }));
}
function applySummary(mode, plan, outcome, records, changelog, reconciled = [], staged) {
    const c = outcome.counts;
    const ok = c.failed === 0 && c.unknown === 0 && !staged?.stopped;
    const applied = records.filter((r) => r.result === 'applied');
    const ver = (r) => r.kind === 'launch-template' ? { beforeVersion: r.beforeVersion, afterVersion: r.afterVersion } : {};
    const commitHref = markdownUrl(changelog.commitUrl);
    const view = {
        title: `IMDS Guard ${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped ${ok ? '\u2705' : '\u274c'}`,
        planDigest: plan.digest,
        planned: countText(plan),
        seconds: (outcome.durationMs / 1000).toFixed(1),
        changelog: changelog.path,
        commitUrl: trusted(commitHref ? `[commit](${commitHref})` : ''),
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
    return applyTemplate()(escapeDeep(view));
}
const WAVE_STATUS = {
    soaked: '\u2705 soaked',
    'soaked-earlier': '\u2705 soaked by an earlier run',
    applied: 'applied',
    stopped: '\u274c stopped: over the failure budget',
    unverified: '\u274c soak not readable',
    'not-started': 'not started',
};
/** Per wave: what changed, what was rolled back automatically and why (staged plans, issue 12). */
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
                ? `${formatTimeSeconds(w.window.from)} \u2192 ${formatTimeSeconds(w.window.to)} (${w.window.periodSeconds} s)`
                : '\u2014',
            status: WAVE_STATUS[w.status],
        })),
        rolledBack: staged.waves.flatMap((w) => w.rolledBack.slice(0, MAX_ROWS).map((r) => ({ wave: String(w.wave), ...r }))),
    };
}

;// CONCATENATED MODULE: ./lib/pipeline/files.js
/**
 * Files the modes read from the workspace. Paths were checked to stay inside the workspace (and out of
 * `.git/`) with the other inputs; errors name the input and never echo a file's content.
 */


class WorkspaceFileError extends Error {
    name = 'WorkspaceFileError';
}
/** The absolute path of a workspace-relative path input (re-checked: the input table checked it first). */
function workspacePath(deps, value, input = 'path') {
    const r = resolveInWorkspace(deps.github.workspace, value);
    if (typeof r !== 'string')
        throw new WorkspaceFileError(`Input '${input}': ${r.problem}`);
    return r;
}
/** A workspace file's text, or an error naming the input and what is wrong (never its content). */
function readWorkspaceFile(deps, input, value) {
    const path = workspacePath(deps, value, input);
    let isFile;
    try {
        isFile = (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        throw new WorkspaceFileError(`Input '${input}': ${value} does not exist (paths are relative to the workspace, ${deps.github.workspace}).`);
    }
    if (!isFile)
        throw new WorkspaceFileError(`Input '${input}': ${value} is a directory, not a file; name the file.`);
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new WorkspaceFileError(`Input '${input}': ${value} cannot be read (${e.code ?? 'error'}).`);
    }
}

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
/** Never from code under review: a pull request's workflow may not change AWS. */
function refuseOnEvent(mode, deps) {
    const ev = deps.github.eventName;
    if (ev.startsWith('pull_request')) {
        throw new RefusedError(`mode: ${mode} refuses to run on ${ev} events: changes are made only from an approved workflow run (workflow_dispatch with an environment), never from code under review.`);
    }
}
/** The plan file, checked against the digest the plan job output, its age, and its kind. */
function loadPinnedPlan(mode, settings, deps) {
    const r = settings.remediation;
    const text = readWorkspaceFile(deps, 'plan-file', r.planFile);
    const plan = parsePlan(text, r.planFile);
    const want = mode === 'apply' ? 'plan' : 'rollback';
    if (plan.mode !== want) {
        throw new PlanError(`${r.planFile}: a ${plan.mode} plan cannot be applied with mode: ${mode}; ${plan.mode === 'rollback' ? 'use mode: rollback' : 'make a rollback plan with mode: plan-rollback'}.`);
    }
    const problem = checkPlan(plan, r.planFile, deps.now(), r.planMaxAgeHours, r.planDigest ?? '');
    if (problem)
        throw new RefusedError(`${mode} refused: ${problem} Nothing was changed.`);
    return plan;
}
async function executePlan(mode, settings, deps) {
    const r = settings.remediation;
    // 1. Local checks, before any AWS call: event, pinned plan, change log.
    refuseOnEvent(mode, deps);
    const plan = loadPinnedPlan(mode, settings, deps);
    const changelogPath = workspacePath(deps, r.changelogPath, 'changelog-path');
    let logged = (0,external_node_fs_.existsSync)(changelogPath)
        ? parseChangeLog((0,external_node_fs_.readFileSync)(changelogPath, 'utf8'), r.changelogPath)
        : [];
    // 2. Sign in; approval before any AWS write (and before the DryRun): the OIDC environment claim.
    const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
    checkApproval({
        mode,
        claims: session.oidcClaims,
        environment: r.approvalEnvironment ?? '',
        eventName: deps.github.eventName,
        usedOidc: Boolean(settings.auth.roleToAssume),
    });
    deps.log.info(`Approved: OIDC environment claim '${String(session.oidcClaims?.environment)}' matches approval-environment; applying plan ${plan.digest}.`);
    const foreign = [...new Set(plan.items.map((i) => i.accountId))].filter((a) => a !== session.accountId);
    if (foreign.length) {
        throw new RefusedError(`${mode} refused: the plan changes account(s) ${foreign.join(', ')}, but this run is signed in to ${session.accountId}. Run one apply per account with that account's write role. Nothing was changed.`);
    }
    // Every per-account call below goes through the session of the account it is about.
    const sessions = new Map([[session.accountId, session]]);
    const read = (accountId, region) => deps.clients.ec2(sessionOf(sessions, accountId), region);
    // The write client makes one attempt per send: pacing.ts retries throttling itself, so it counts
    // every attempt against its token bucket and writes exactly one outcome per change.
    const writeClients = new ClientFactory(1);
    const clients = {
        read,
        write: (accountId, region) => writeClients.ec2(sessionOf(sessions, accountId), region),
    };
    deps.outputs.set('changelog-path', changelogPath);
    const writer = new ChangeLogWriter(changelogPath);
    const lines = [];
    const append = (rec) => {
        writer.append(rec);
        lines.push(JSON.stringify(rec));
    };
    const commit = (counts) => commitChangeLog(settings, deps, { lines, mode, counts, localPath: changelogPath });
    try {
        // 3. Reconcile: intents an earlier run left open (it died with the answer on the wire, or the
        //    outcome was unknown). Each is re-read and what AWS has is recorded.
        let reconciled = [];
        const open = unresolvedIntents(logged);
        if (open.length) {
            deps.log.info(`Change log: ${open.length} change(s) of earlier runs have no settled outcome \u2014 re-reading them.`);
            const rec = await reconcileIntents(open, {
                instances: async (accountId, region, ids) => {
                    const { found } = await rereadInstances(read(accountId, region), accountId, region, ids);
                    return new Map([...found].map(([id, inst]) => [id, settingsOf(inst.metadata)]));
                },
                launchTemplate: async (accountId, region, id) => {
                    const v = await readDefaultVersion(read(accountId, region), id);
                    return v && { state: v.metadata, version: v.version };
                },
                accountDefaults: async (accountId, region) => (await readDefaults(read(accountId, region), accountId, region)).state,
            }, { runId: deps.github.runId, now: deps.now, accountId: session.accountId, log: deps.log });
            for (const x of rec.records)
                append(x);
            reconciled = rec.records;
            logged = [...logged, ...rec.records];
        }
        if (plan.items.length === 0) {
            deps.log.info('The plan changes nothing; no AWS writes made.');
            deps.outputs.set('applied-count', 0);
            deps.outputs.set('failed-count', 0);
            const committed = await commit(zeroOutcome().counts);
            if (committed.failure)
                deps.log.warning(committed.failure);
            await deps.outputs.summary(nothingToChangeSummary(mode, reconciled));
            return { passed: !committed.failure, failures: committed.failure ? [committed.failure] : [] };
        }
        // 4. DryRun: prove every write permission before the first change.
        const instanceItems = plan.items.filter((i) => i.kind === 'instance');
        const postureItems = plan.items.filter(isPostureItem);
        const limiters = new Map();
        for (const it of instanceItems)
            limiterFor(limiters, it, {});
        const postureLimiters = new Map();
        // Staged plans (issue 12) also read CloudWatch after each wave: prove that before the first change.
        const staged = mode === 'apply' && plan.waves !== undefined;
        // The soak's reads decide whether the next wave starts: they keep the gate's retry budget.
        const cloudwatch = (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region, 'gate');
        const dry = [
            ...(instanceItems.length
                ? await dryRunRegions(instanceItems, { clients, log: deps.log }, limiters)
                : []),
            ...(postureItems.length ? await dryRunPosture(postureItems, { clients }, postureLimiters) : []),
            ...(staged ? await soakPreflight(plan, logged, { cloudwatch, now: deps.now, log: deps.log }) : []),
        ];
        const denied = dry.filter((d) => !d.ok);
        if (denied.length) {
            await deps.outputs.summary(refusedDryRunSummary(dry));
            const committed = await commit(zeroOutcome().counts);
            if (committed.failure)
                deps.log.warning(committed.failure);
            throw new RefusedError(`${mode} refused: the DryRun permission check failed in ${denied.map((d) => `${d.region} (${d.operation ?? 'ModifyInstanceMetadataOptions'} ${d.code}: ${d.message})`).join('; ')}. Grant the write role the actions in docs/remediation.md. Nothing was changed.`);
        }
        deps.log.info(`DryRun passed (${dry.length} check(s)); applying ${plan.items.length} change(s)\u2026`);
        // 5. Apply: every change written to the log the moment it happens, intent first.
        const records = [];
        const onRecord = (rec) => {
            append(rec);
            if (rec.result === 'started')
                return;
            records.push(rec);
            if (rec.result !== 'applied')
                deps.log.warning(`${rec.resourceId} (${rec.region}): ${rec.result} \u2014 ${rec.errorCode}: ${rec.errorMessage}`);
        };
        const applyOpts = {
            clients,
            log: deps.log,
            now: deps.now,
            base: {
                runId: deps.github.runId,
                runUrl: deps.github.runUrl,
                actor: deps.github.actor,
                mode,
                planDigest: plan.digest,
            },
            onRecord,
        };
        let waveRun;
        let outcome;
        if (staged) {
            // Wave by wave: apply, soak, restore what broke, stop beyond the failure budget (remediate/waves.ts).
            waveRun = await runWaves(plan, logged, { apply: applyOpts, limiters, postureLimiters, cloudwatch });
            outcome = waveRun.outcome;
        }
        else {
            const [a, b] = await Promise.all([
                instanceItems.length ? applyItems(instanceItems, applyOpts, limiters) : zeroOutcome(),
                postureItems.length ? applyPostureItems(postureItems, applyOpts, postureLimiters) : zeroOutcome(),
            ]);
            outcome = mergeOutcomes(a, b);
        }
        const c = outcome.counts;
        deps.log.info(`${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped in ${(outcome.durationMs / 1000).toFixed(1)} s. Change log: ${r.changelogPath}`);
        deps.outputs.set('applied-count', c.applied);
        deps.outputs.set('failed-count', c.failed + c.unknown);
        // 6. The change log, committed; a refused commit never loses it (it stays in the workspace).
        const failures = [];
        if (c.failed)
            failures.push(`${c.failed} change(s) failed; see the change log (${r.changelogPath}).`);
        if (c.unknown) {
            failures.push(`${c.unknown} change(s) have an unknown outcome (AWS may have applied them); the next apply or rollback re-reads and records them.`);
        }
        if (waveRun) {
            const rc = waveRun.restores.counts;
            deps.outputs.set('rolled-back-count', rc.applied);
            if (rc.failed + rc.unknown + rc.drifted + rc.skipped) {
                failures.push(`${rc.failed + rc.unknown + rc.drifted + rc.skipped} automatic restore(s) did not succeed: those instances still require IMDSv2 and their workload is failing; see the change log (${r.changelogPath}).`);
            }
            if (waveRun.stopped)
                failures.push(`Stopped at ${waveRun.stopped}`);
        }
        const committed = await commit(c);
        if (committed.failure)
            failures.push(committed.failure);
        await deps.outputs.summary(applySummary(mode, plan, outcome, records.filter((x) => !x.autoRollback), { path: r.changelogPath, commitUrl: committed.url, note: committed.note }, reconciled, waveRun && { waves: waveRun.waves, stopped: waveRun.stopped, brokenTotal: waveRun.brokenTotal }));
        return { passed: failures.length === 0, failures };
    }
    finally {
        writer.close();
        writeClients.destroy();
    }
}

;// CONCATENATED MODULE: ./lib/org/shard.js
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
        for await (const page of (0,client_organizations_dist_cjs/* paginateListAccounts */.A53)({ client: org, pageSize: 20 }, {})) {
            for (const a of page.Accounts ?? [])
                if (a.Id && isActive(a))
                    ids.push(a.Id);
        }
    }
    catch (e) {
        const code = awsErrorCode(e);
        const hint = code === 'AWSOrganizationsNotInUseException'
            ? ' This account is not in an organization; list the member account ids in `accounts` instead.'
            : code.startsWith('AccessDenied')
                ? ` Sign in with a role of the management account or of a delegated administrator for Organizations, allowed organizations:ListAccounts (see docs/organizations.md); ${session.arn || 'the signed-in role'} is not.`
                : '';
        throw new AccountListError(`accounts: organization, but ListAccounts failed (${code}: ${errorMessage(e)}).${hint}`);
    }
    return [...new Set(ids)].sort();
}
function isActive(a) {
    const state = a.State ?? a.Status;
    return state === 'ACTIVE';
}
/** The account list (before sharding), sorted and without exclusions. */
async function accountList(settings, session, clients, log) {
    const o = settings.organization;
    let source;
    let ids;
    if (o.organization) {
        source = 'organization';
        ids = await listOrganizationAccounts(clients, session, settings.homeRegion);
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
async function reachAccount(accountId, settings, session, clients, log) {
    if (accountId === session.accountId) {
        // The signed-in session itself: its clients are the ones sign-in already built.
        return session;
    }
    const roleArn = memberRoleArn(partitionOf(session.arn), accountId, settings.organization.memberRoleName);
    try {
        const sts = clients.sts(session, settings.homeRegion);
        const out = await sts.send(new client_sts_dist_cjs/* AssumeRoleCommand */.QL({ RoleArn: roleArn, RoleSessionName: settings.auth.roleSessionName }));
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
        const code = awsErrorCode(e);
        const hint = code === 'AccessDenied'
            ? ` Check that ${roleArn} exists and that its trust policy allows sts:AssumeRole by ${session.arn || 'the signed-in role'} (see docs/organizations.md).`
            : '';
        log.warning(`Account ${accountId}: cannot assume ${roleArn} (${code}: ${errorMessage(e)}); reported, the others go on.`);
        return {
            accountId,
            roleArn,
            failed: { code, message: `Could not assume ${roleArn}: ${errorMessage(e)}.${hint}` },
        };
    }
}
/** The whole account stage: list, exclude, shard, then reach every account with bounded concurrency. */
async function resolveAccounts(settings, session, clients, log) {
    const { source, all } = await accountList(settings, session, clients, log);
    const s = settings.organization.shard;
    let shard;
    let mine = all;
    if (s) {
        shard = shardInfo(all, s.index, s.count);
        mine = partition(all, s.index, s.count);
        log.info(`Shard ${shardLabel(s)}: ${mine.length} of ${all.length} accounts.`);
    }
    const limit = (0,p_limit/* default */.A)(settings.scope.concurrency);
    const targets = await Promise.all(mine.map((id) => limit(() => reachAccount(id, settings, session, clients, log))));
    return { source, all, targets, shard };
}

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
    const groups = await (listed ?? listAutoScalingGroups(autoscaling));
    return groups.map((g) => groupLaunch(g, accountId, region)).sort((a, b) => a.name.localeCompare(b.name));
}
async function describeVersions(ec2, template, versions) {
    const out = [];
    let next;
    do {
        const page = await ec2.send(new client_ec2_dist_cjs/* DescribeLaunchTemplateVersionsCommand */.Ptd({
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
            const code = awsErrorCode(e);
            if (!/VersionNotFound/.test(code) || specs.length === 2) {
                errors.push({
                    accountId,
                    region,
                    operation: 'DescribeLaunchTemplateVersions',
                    code,
                    message: errorMessage(e),
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
                    code: awsErrorCode(e2),
                    message: errorMessage(e2),
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
            versions: numbers.map((n) => versionInfo(byNumber.get(n))),
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
            code: awsErrorCode(e),
            message: errorMessage(e),
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
 */









/** Regions of one account in a multi-account scan: a named region the account lacks fails that region only. */
function regionsFor(list, settings, single) {
    try {
        return {
            regions: selectRegions(list, settings.scope.regions, settings.scope.excludeRegions),
            missing: [],
        };
    }
    catch (e) {
        if (single || !(e instanceof RegionSelectionError))
            throw e;
        const wanted = settings.scope.regions === 'all' ? list.enabled : settings.scope.regions;
        const exclude = new Set(settings.scope.excludeRegions);
        const chosen = [...new Set(wanted)].filter((r) => !exclude.has(r));
        return {
            regions: chosen.filter((r) => list.enabled.includes(r)).sort(),
            missing: chosen.filter((r) => !list.enabled.includes(r)).sort(),
        };
    }
}
async function collectInventory(settings, session, clients, log, now, options = {}) {
    const started = now();
    let targets = options.accounts;
    let shard = options.shard;
    if (!targets) {
        const resolved = await resolveAccounts(settings, session, clients, log);
        targets = resolved.targets;
        shard = resolved.shard;
    }
    const withPosture = options.posture ?? true;
    const limit = (0,p_limit/* default */.A)(settings.scope.concurrency);
    const accountScans = targets
        .filter((t) => t.failed)
        .map((t) => ({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed', error: t.failed }));
    const reachable = targets.filter((t) => !t.failed);
    const single = reachable.length === 1 && targets.length === 1;
    // One DescribeRegions per account, concurrently; a named region the (only) account lacks is an input
    // error raised before any instance is scanned.
    const regionFailures = [];
    const plan = [];
    const listed = await Promise.all(reachable.map((t) => limit(async () => {
        try {
            return { t, list: await listRegions(clients.ec2(t, settings.homeRegion), t.accountId) };
        }
        catch (e) {
            if (single)
                throw e;
            return { t, error: { code: awsErrorCode(e), message: errorMessage(e) } };
        }
    })));
    for (const { t, list, error } of listed) {
        if (!list) {
            log.warning(`Account ${t.accountId}: DescribeRegions failed (${error?.code}: ${error?.message}).`);
            accountScans.push({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed', error });
            continue;
        }
        const { regions, missing } = regionsFor(list, settings, single);
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
    const regionCount = plan.reduce((n, p) => n + p.regions.length, 0);
    log.info(`Scanning ${regionCount} region${regionCount === 1 ? '' : 's'} across ${plan.length} account${plan.length === 1 ? '' : 's'} (up to ${settings.scope.concurrency} at a time)${withPosture ? ', with launch posture' : ''}\u2026`);
    // The concurrency slot covers the instance scan only: posture (secondary calls, on clients with the
    // short retry budget) starts with the scan and is awaited after it, so no region's scan \u2014 nor the
    // next region's start \u2014 waits on a secondary call.
    // Large regions' pages are parsed on every core (parse-pool.ts); small fleets never start a worker.
    const pool = new parse_pool_ParsePool();
    const jobs = plan.flatMap(({ account, regions }) => regions.map(async (region) => {
        const { result, posture, asgLaunches } = await limit(async () => {
            let settle = () => { };
            const scanned = new Promise((r) => {
                settle = r;
            });
            // One DescribeAutoScalingGroups listing feeds the posture and the groups' launches.
            const autoscaling = clients.autoscaling(account, region, 'secondary');
            const groups = withPosture ? listAutoScalingGroups(autoscaling) : undefined;
            groups?.catch(() => undefined); // awaited (and reported) by the posture below
            const posture = withPosture
                ? collectRegionPosture({ ec2: clients.ec2(account, region, 'secondary'), autoscaling, groups }, account.accountId, region, scanned)
                : undefined;
            // Auto Scaling groups as they launch (the launch template version each uses), beside the posture.
            const asgLaunches = withPosture
                ? collectRegionAsgLaunches({ ec2: clients.ec2(account, region, 'secondary'), autoscaling, groups }, account.accountId, region)
                : undefined;
            const ec2 = clients.ec2(account, region, 'gate');
            const result = await scanRegion(ec2, account.accountId, region, settings.scope.includeStopped, log, pool, options.onInstances && ((list) => options.onInstances?.(account, list)));
            options.onRegionScanned?.(account, region);
            settle(result.scan.status === 'ok' ? result.instances : undefined);
            return { result, posture, asgLaunches };
        });
        return { ...result, posture: await posture, asgLaunches: await asgLaunches };
    }));
    const results = await Promise.all(jobs).finally(() => pool.close());
    if (pool.workersStarted) {
        log.info(`Parsed ${pool.pages.worker} DescribeInstances page(s) of large regions in ${pool.workersStarted} worker thread(s)${pool.pages.main ? `, ${pool.pages.main} on the run's own thread` : ''}.`);
        if (pool.failures.length)
            log.info(`${pool.failures.length} parse worker(s) stopped (${pool.failures[0]}); the ${pool.pages.lost} page(s) they held were asked for again and parsed on the run's own thread.`);
    }
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
    if (postureErrors.length)
        logPostureErrors(postureErrors, log);
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
        Object.assign(inventory, { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors });
        inventory.autoScalingLaunches = mergeAsgLaunches(launches);
    }
    if (shard)
        inventory.shard = shard;
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
    for (const [key, g] of groups) {
        const [operation, code] = key.split(' ');
        const accounts = new Set(g.map((e) => e.accountId)).size;
        log.warning(`Launch posture: ${operation} failed with ${code} in ${g.length} region(s) of ${accounts} account(s) (e.g. ${g[0].region}: ${g[0].message}); reported, the audit goes on.`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

;// CONCATENATED MODULE: ./lib/github/octokit.js
/**
 * Octokit built for this run: `getOctokit(token, { baseUrl: apiUrl })`, so GITHUB_API_URL read by our
 * own context (GHES, loopback fakes) wins over what @actions/github read at import time.
 */

function octokit_octokitFor(token, ctx) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: ctx.apiUrl });
}
function commentApi(token, ctx) {
    const octokit = octokit_octokitFor(token, ctx);
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

;// CONCATENATED MODULE: ./lib/report/baseline.js
const baseline_key = (i) => `${i.accountId}/${i.region}/${i.instanceId}`;
function diffBaseline(a, baseline, order) {
    const before = new Map();
    for (const i of baseline.instances)
        before.set(baseline_key(i), i.bucket);
    const now = new Set();
    const regressions = [];
    for (const i of a.instances) {
        now.add(baseline_key(i));
        if (i.bucket !== 'v1-allowed')
            continue;
        const was = before.get(baseline_key(i));
        if (was !== 'v1-allowed')
            regressions.push(was ? { instance: i, was } : { instance: i });
    }
    regressions.sort((x, y) => order(x.instance, y.instance));
    let fixed = 0;
    let removed = 0;
    const bucketNow = new Map(a.instances.map((i) => [baseline_key(i), i.bucket]));
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

;// CONCATENATED MODULE: ./lib/report/guardrails.js
/**
 * Saying the guardrails (issue 12): the preventive policies computed by assess/guardrails.ts, as the
 * files written to the report folder (policy JSON, the account-defaults script, a README) and as a
 * section of the report. Markdown goes through the one escaper (`escapeDeep`): template names and
 * instance ids come from AWS.
 */



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
                file: GUARDRAIL_FILES.declarativePolicy,
                inForce: `${inf.declarativePolicy.status} (${inf.declarativePolicy.regions.length} region(s))`,
                wouldBlock: `new launches get tokens required, hop limit ${g.declarativePolicy.hopLimit.value}`,
            },
            {
                policy: `Service control policy (${scp.characters} of ${scp.limit} characters)`,
                file: GUARDRAIL_FILES.scp,
                inForce: inf.serviceControlPolicy.status,
                wouldBlock: `${wb.runInstances.count} launch(es) without IMDSv2, ${wb.hopLimit.count} over hop limit ${wb.hopLimit.limit}, ${wb.launchTemplates.count} launch template(s)`,
            },
            {
                policy: 'Account defaults per region (ModifyInstanceMetadataDefaults)',
                file: GUARDRAIL_FILES.accountDefaults,
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
/** The section in Markdown (also the README of the guardrails folder). */
function guardrailsMarkdown(g) {
    return guardrailsTemplate()(escapeDeep(guardrailsView(g)));
}
/** A POSIX shell word on one line (a newline in a comment would start a command): quoted unless plainly safe. */
function shellWord(raw) {
    const s = (0,model_text/* cleanText */.X5)(raw);
    return /^[A-Za-z0-9._-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
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
        lines.push(`# \u2500\u2500 account ${shellWord(a)}`);
        for (const t of g.accountDefaults.filter((x) => x.accountId === a)) {
            if (t.command) {
                if (t.status === 'unknown')
                    lines.push(`# ${shellWord(t.region)}: defaults not read by the audit`);
                lines.push(t.command);
                commands++;
            }
            else if (t.status === 'declarative-policy')
                lines.push(`# ${shellWord(t.region)}: managed by a declarative policy (HttpTokens ${shellWord(t.current.httpTokens ?? 'unset')})`);
            else
                lines.push(`# ${shellWord(t.region)}: already requires tokens`);
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
        [GUARDRAIL_FILES.declarativePolicy]: `${JSON.stringify(g.declarativePolicy.document, null, 2)}\n`,
        [GUARDRAIL_FILES.scp]: scpText(g.serviceControlPolicy.document),
        [GUARDRAIL_FILES.accountDefaults]: accountDefaultsScript(g),
        [GUARDRAIL_FILES.readme]: `# IMDS Guard guardrails\n\n${guardrailsMarkdown(g)}`,
    };
}

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
/** Validates one parsed line; undefined when it is not a usable entry. */
function validEntry(x) {
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

;// CONCATENATED MODULE: ./lib/report/stream.js
/**
 * Rendering a report a slice of rows at a time: the template's long lists (templates.ts
 * `splitTemplate`) are rendered ROWS_PER_SLICE rows at a time, and the pieces are written to the file
 * as they come, so memory holds one slice's text, not a whole 40 MB report (and its copies) at once.
 * The text is byte for byte what rendering the whole template in one go gives.
 */

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
/** Writes the pieces to `path` in batches of about 64 KB (below the large-object size, as above). */
async function writePieces(path, pieces) {
    const file = await (0,promises_.open)(path, 'w');
    try {
        let batch = [];
        let size = 0;
        for (const piece of pieces) {
            batch.push(piece);
            size += piece.length;
            if (size >= 1 << 16) {
                await file.write(batch.join(''));
                batch = [];
                size = 0;
            }
        }
        if (batch.length)
            await file.write(batch.join(''));
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./lib/report/html.js
/**
 * The standalone HTML report: one file, no external assets (inline CSS, inline SVG, one inline
 * script allowed by its CSP hash), readable in light/dark mode and in print. Handlebars escapes
 * every value; the only unescaped insertion is the script file shipped with the templates.
 */


function htmlPieces(view) {
    const script = tableScript();
    registerIacPartials();
    return renderPieces(htmlSplitTemplate(), {
        ...view,
        script: new SafeString(script.text),
        scriptHash: script.hash,
    });
}
function renderHtml(view) {
    return [...htmlPieces(view)].join('');
}
/** report.html, written to `path` a slice of rows at a time (the same bytes as renderHtml). */
async function writeHtml(path, view) {
    await writePieces(path, htmlPieces(view));
}

;// CONCATENATED MODULE: ./lib/assess/iac.js
// Pure judging of IaC resources for IMDSv1 (issue 9). No I/O: the live facts an unset HttpTokens
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
];
const iacRule = (id) => IAC_RULES.find((r) => r.id === id);
const s = (v) => (0,model_text/* cleanText */.X5)(String(v)).slice(0, 200);
const q = (v) => `"${s(v)}"`;
function describeDependency(d) {
    if (d.kind === 'account-default')
        return `the account default HttpTokens in ${d.region ? s(d.region) : 'the deploy region (not named in the code)'}`;
    if (d.kind === 'ami')
        return d.amiId
            ? `the ImdsSupport of AMI ${s(d.amiId)}`
            : `the ImdsSupport of the AMI (${d.expression ? s(d.expression) : 'given at launch'})`;
    return `launch template ${s(d.reference)}, which is not in the scanned code`;
}
function unsetTokens(r, ctx) {
    const region = r.region ?? ctx.defaultRegion;
    const def = region ? ctx.accountDefaults?.[region] : undefined;
    const where = region ? s(region) : 'the deploy region';
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
                why: `HttpTokens unset; account default in ${where} has no preference and AMI ${s(r.amiId)} has ImdsSupport v2.0`,
                dependsOn: [],
            };
        if (support === 'none') {
            return {
                status: 'allows-v1',
                ruleId: 'IMDSG002',
                dependsOn: [],
                why: `HttpTokens unset, the account default in ${where} has no preference and AMI ${s(r.amiId)} has no ImdsSupport v2.0, so EC2 launches it with tokens optional`,
            };
        }
        return {
            status: 'depends',
            ruleId: 'IMDSG003',
            why: `HttpTokens unset; the account default in ${where} has no preference, so it depends on ${describeDependency(ami)}`,
            dependsOn: [ami],
        };
    }
    const deps = [{ kind: 'account-default', region }];
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
const via = (x) => (x.state === 'known' && x.via ? ` (from ${s(x.via)})` : '');
function judgeMetadata(r, m, ctx) {
    const endpoint = known(m.httpEndpoint);
    if (endpoint === 'disabled')
        return { status: 'no-v1', why: `IMDS endpoint disabled${via(m.httpEndpoint)}`, dependsOn: [] };
    const tokens = m.httpTokens;
    if (tokens.state === 'known' && tokens.value === 'required')
        return { status: 'no-v1', why: `HttpTokens required${via(tokens)}`, dependsOn: [] };
    if (tokens.state === 'unknown')
        return {
            status: 'unknown',
            ruleId: 'IMDSG006',
            why: `HttpTokens depends on ${s(tokens.reason)}`,
            dependsOn: [],
        };
    if (tokens.state === 'known' && tokens.value === 'optional') {
        if (m.httpEndpoint.state === 'unknown') {
            return {
                status: 'unknown',
                ruleId: 'IMDSG006',
                why: `HttpTokens optional and HttpEndpoint depends on ${s(m.httpEndpoint.reason)}`,
                dependsOn: [],
            };
        }
        return {
            status: 'allows-v1',
            ruleId: 'IMDSG001',
            why: `HttpTokens is explicitly optional${via(tokens)}`,
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
        const target = t.target ? all.get(t.target) : undefined;
        if (target && depth < 3) {
            const v = judgeWith(target, all, ctx, depth + 1);
            return { ...v, why: `launches from ${s(label)}: ${v.why}` };
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
function indexByAddress(resources) {
    const m = new Map();
    for (const r of resources)
        if (r.action !== 'delete')
            m.set(r.address.replace(/\[[^\]]*\]/g, ''), r);
    return m;
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
/** The exact attribute to set, per resource type and rule. */
function fixFor(resourceType, ruleId, templateLabel) {
    const hop = ruleId === 'IMDSG005' || ruleId === 'IMDSG007';
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
    return `${inTemplate} in the launch template it uses${templateLabel ? ` (${s(templateLabel)})` : ''}`;
}
function suppressionFor(r, rule) {
    const hit = r.suppressions.find((x) => x.valid && (x.tool === 'imds-guard' || (x.ruleId !== undefined && rule.checkovIds.includes(x.ruleId))));
    return hit ? { tool: hit.tool, reason: s(hit.reason) } : undefined;
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
const NOT_ATTRIBUTED = new Set(['no-op', 'read', 'delete']);
function assessIac(resources, ctx = {}) {
    const all = indexByAddress(resources);
    const findings = [];
    const verdicts = [];
    for (const r of resources) {
        const attributed = !(r.action && NOT_ATTRIBUTED.has(r.action));
        const verdict = judgeWith(r, all, ctx, 0);
        const base = { address: s(r.address), resourceType: s(r.resourceType), file: r.file, line: r.line };
        verdicts.push({ ...base, attributed, verdict });
        const raw = [];
        if (verdict.ruleId && verdict.status !== 'no-v1')
            raw.push({ ruleId: verdict.ruleId, why: verdict.why });
        raw.push(...weakenings(r));
        const hop = known(r.metadata?.hopLimit);
        if (hop !== undefined &&
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
        for (const f of raw) {
            const rule = iacRule(f.ruleId);
            const tmpl = r.template ? (r.template.target ?? r.template.expression) : undefined;
            const finding = {
                ...base,
                ruleId: f.ruleId,
                level: rule.level,
                message: `${s(r.resourceType)} ${s(r.address)}: ${f.why}.${note}`,
                fix: fixFor(r.resourceType, f.ruleId, tmpl),
                attributed,
                action: r.action,
            };
            const sup = suppressionFor(r, rule);
            if (sup)
                finding.suppression = sup;
            findings.push(finding);
        }
    }
    return { findings, verdicts };
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
            address: s(r.address),
            file: r.file,
            line: r.line,
            text: `depends on ${v.dependsOn.map(describeDependency).join(' and ')}`,
        });
    }
    return { regions: [...regions].sort(), amiIds: [...amiIds].sort(), dependsOn };
}

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
        rule: iacRule(f.ruleId).title,
        resource: displayText(f.address, 160),
        resourceType: displayText(f.resourceType, 80),
        location: displayText(`${f.file}${f.line ? `:${f.line}` : ''}`, 200),
        action: f.action ?? '',
        // The message starts with "<type> <address>: "; the row has its own columns for those.
        why: displayText(f.message.replace(/^[^:]*: /, ''), 400),
        fix: displayText(f.fix, 200),
    };
}
const sorted = (list) => [...list].sort((a, b) => ORDER[a.level] - ORDER[b.level] || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
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
        ? `${allowing ? `adds or changes ${num(allowing)} resource setting(s) that allow IMDSv1` : 'cannot be fully checked'}${r.errors.length ? ` (${num(r.errors.length)} file(s) could not be checked)` : ''}`
        : warnings
            ? `allows no IMDSv1 as written; ${num(warnings)} warning(s)`
            : 'allows no IMDSv1';
    const view = {
        statusIcon: passed ? (warnings ? '\u26a0\ufe0f' : '\u2705') : '\u274c',
        statusText,
        scopeText: `${num(r.resourceCount)} resource(s) in ${num(r.files.length)} file(s)${formats.length ? ` (${formats.join(', ')})` : ''}`,
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
        suppressed: sorted(r.suppressed).map((f) => ({
            ...row(f),
            reason: displayText(f.suppression?.reason ?? '', 300),
            tool: f.suppression?.tool ?? '',
        })),
        errors: r.errors.map((e) => ({
            file: displayText(`${e.file}${e.line ? `:${e.line}` : ''}`, 200),
            message: displayText(e.message, 400),
        })),
        dependsOn: r.dependsOn.map((d) => displayText(`${d.address} (${d.file}${d.line ? `:${d.line}` : ''}) ${d.text}`, 400)),
        live: [
            ...Object.entries(r.live.accountDefaults).map(([region, t]) => `Account default HttpTokens in ${region}: ${t}`),
            ...Object.entries(r.live.amis).map(([id, s]) => `AMI ${id}: ImdsSupport ${s === 'v2.0' ? 'v2.0' : 'not set'}`),
            ...r.live.problems.map((p) => `Not read: ${p}`),
        ].map((t) => displayText(t, 300)),
    };
    return { ...view, digest: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(view)).digest('hex').slice(0, 32) };
}

;// CONCATENATED MODULE: ./lib/report/json.js
/**
 * The JSON report: schema `imds-guard/report`, version 1. Documented in docs/report-schema.md.
 * Fields added since (all optional, so version 1 readers keep working): each instance's `v1Calls` /
 * `v1Rejected`, and `v1Usage`, `autoScalingGroups`, `byTag`, `hopLimit`.
 * It carries the whole inventory (assessed), rollups, failures, the rule and the gate, so a later
 * run can diff against it (baseline-report) and `mode: merge` can rebuild an organization report.
 */


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
        shard: inventory.shard,
        apiCalls: inventory.apiCalls,
    };
}
/**
 * Writes the report without building it as one string: the header pretty-printed, then the
 * instances one per line (a 100k-instance fleet would otherwise be a ~90 MB string in memory, and
 * one line per instance keeps diffs of committed reports readable).
 */
async function writeJsonReport(path, report) {
    const { instances, ...head } = report;
    const headText = JSON.stringify({ ...head, instances: [] }, null, 2);
    const cut = headText.lastIndexOf('"instances": []');
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const file = await (0,promises_.open)(path, 'w');
    try {
        await file.write(`${headText.slice(0, cut)}"instances": [`);
        const CHUNK = 2000;
        for (let i = 0; i < instances.length; i += CHUNK) {
            const lines = instances
                .slice(i, i + CHUNK)
                .map((x, j) => `${i + j === 0 ? '' : ','}\n    ${JSON.stringify(x)}`);
            await file.write(lines.join(''));
        }
        await file.write(`${instances.length ? '\n  ' : ''}]${headText.slice(cut + '"instances": []'.length)}\n`);
    }
    finally {
        await file.close();
    }
}
/** Validates a report read from disk (baseline-report, merge-reports); the error names the file. */
function parseJsonReport(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${source} is not JSON (${e.message}); expected an IMDS Guard report.json`);
    }
    const r = data;
    if (r?.schema !== REPORT_SCHEMA)
        throw new Error(`${source} is not an IMDS Guard report (schema is not '${REPORT_SCHEMA}')`);
    if (r.version !== REPORT_VERSION) {
        throw new Error(`${source} has report version ${String(r.version)}; this version of IMDS Guard reads version ${REPORT_VERSION}`);
    }
    if (!Array.isArray(r.instances) || !Array.isArray(r.regions) || !r.totals) {
        throw new Error(`${source} is missing instances, regions or totals`);
    }
    return r;
}

;// CONCATENATED MODULE: ./lib/report/links.js
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
    if (!REGION.test(region) || !id)
        return '';
    const base = `${consoleHost(region)}/ec2/home?region=${region}#`;
    const v = encodeURIComponent(id);
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
    const safe = escapeMarkdown(text, Number.POSITIVE_INFINITY);
    const href = markdownUrl(url);
    return trusted(href ? `[${safe}](${href})` : safe);
}
function linked(kind, region, id, text = id) {
    const url = consoleUrl(kind, region, id);
    return { text, url, link: markdownLink(text, url) };
}

;// CONCATENATED MODULE: ./lib/report/view-types.js
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

;// CONCATENATED MODULE: ./lib/report/view-parts.js
/** The view's parts: instance and region rows, charts and trend, next steps, the substantive digest. */







// \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500 rows \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
function instanceRow(i, scannedAtMs, tagKey) {
    const risk = i.risk ?? 'no-role';
    const launched = i.launchTime ? Date.parse(i.launchTime) : Number.NaN;
    const up = Number.isNaN(launched) ? -1 : Math.max(0, scannedAtMs - launched);
    const stopped = i.state === 'stopped' || i.state === 'stopping';
    const hop = i.metadata.httpPutResponseHopLimit ?? 1;
    let note = '';
    if (i.exception) {
        const e = i.exception;
        const until = e.expires ? ` until ${e.expires}` : '';
        note = e.honoured
            ? `Exempt${until}: ${e.reason}`
            : `Exemption ${e.valid ? 'expired' : 'invalid'}${until}: ${e.reason}`;
    }
    return {
        risk,
        riskLabel: RISK_LABELS[risk],
        riskRank: RISK_RANK[risk],
        worst: risk === 'role-public',
        name: displayText(i.name ?? '', 80),
        instanceId: i.instanceId,
        accountId: i.accountId,
        region: i.region,
        state: i.state,
        role: displayText(profileName(i.instanceProfileArn), 64),
        publicIp: i.publicIp ? 'yes' : 'no',
        hopLimit: hop,
        hopWide: hop > 1,
        runningFor: stopped ? `stopped (launched ${formatDuration(up)} ago)` : up < 0 ? '\u2014' : formatDuration(up),
        runningForSeconds: stopped || up < 0 ? -1 : Math.floor(up / 1000),
        note: displayText(note, 160),
        ...(({ url, link }) => ({ url, link }))(linked('instance', i.region, i.instanceId)),
        ...usageOf(i),
        ...(tagKey === undefined ? {} : { tagValue: displayText((i.tags?.[tagKey] ?? '').trim(), 80) }),
    };
}
function usageOf(i) {
    const none = { willBreak: false, v1CallsValue: -1 };
    if (i.bucket !== 'v1-allowed')
        return { ...none, usage: '', v1CallsText: '' };
    if (i.v1Calls === undefined)
        return { ...none, usage: 'unknown', v1CallsText: 'unknown' };
    return i.v1Calls > 0
        ? {
            usage: 'in-use',
            v1CallsText: `${num(i.v1Calls)} (will break)`,
            v1CallsValue: i.v1Calls,
            willBreak: true,
        }
        : { usage: 'safe', v1CallsText: '0 (safe)', v1CallsValue: 0, willBreak: false };
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
            inScope: num(r.rollup.inScope),
            compliant: num(r.rollup.compliant),
            percentText: pct(r.rollup),
            percentValue: r.rollup.percent.toFixed(4),
            v1: num(v1),
            disabled: num(r.rollup.buckets.disabled),
            pending: num(r.rollup.buckets.pending),
            stopped: num(r.rollup.stopped),
            worse: prev ? v1 > prev[2] : false,
        };
        if (previous)
            row.deltaV1 = prev ? signed(v1 - prev[2]) : 'new';
        return { row, percent: r.rollup.percent, v1 };
    })
        .sort((x, y) => x.percent - y.percent ||
        y.v1 - x.v1 ||
        (0,model_text/* compareCode */.fn)(x.row.accountId, y.row.accountId) ||
        (0,model_text/* compareCode */.fn)(x.row.region, y.row.region))
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
        label: `${formatScanTime(p.at)}: ${formatPercent(p.compliant, p.inScope)} (${num(p.compliant)} of ${num(p.inScope)})`,
    }));
    const mid = lo + span / 2;
    const day = (iso) => iso.slice(5, 10);
    const labelIdx = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])];
    const xLabels = labelIdx.map((i, n) => ({
        x: xAt(i).toFixed(1),
        label: formatScanTime(points[i].at).slice(0, 10),
        anchor: n === 0 ? 'start' : i === points.length - 1 ? 'end' : 'middle',
    }));
    // Mermaid: labels are dates we format ourselves; values are numbers re-derived from counts.
    const mermaid = trusted([
        '```mermaid',
        'xychart-beta',
        `    title "IMDSv2 enforcement, last ${points.length} runs"`,
        `    x-axis [${points.map((p) => `"${mermaidLabel(day(p.at))}"`).join(', ')}]`,
        `    y-axis "Enforcement %" ${lo} --> 100`,
        `    line [${values.map((v) => (Math.floor(v * 10) / 10).toFixed(1)).join(', ')}]`,
        '```',
    ].join('\n'));
    return {
        runs: points.length,
        first: formatScanTime(points[0].at),
        last: formatScanTime(points[points.length - 1].at),
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
            at: formatScanTime(p.at),
            percentText: formatPercent(p.compliant, p.inScope),
            compliant: num(p.compliant),
            inScope: num(p.inScope),
            v1: num(p.buckets[1]),
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
        .filter((r) => REGION.test(r))
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
    const [repo, ref] = m ? [m[1], m[2]] : ['your-org/imds-guard', 'v1'];
    const regionList = regions.length ? regions.slice(0, 20).join(',') : 'all';
    return trusted([
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
    return (0,external_node_crypto_.createHash)('sha256').update(canonical).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./lib/report/view-sections.js
/**
 * The view's newer sections: the rule's split (compliant against not compliant, and what each is made
 * of), who still uses IMDSv1, the fleet by owner tag, Auto Scaling groups as they launch, and hop-limit
 * findings. Pure, like view.ts; strings are raw text (Markdown escapes the whole view later).
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
            countText: num(count),
            shareText: t.inScope === 0 ? '0%' : formatPercent(count, t.inScope),
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
        const head = `${num(total)} ${compliant ? 'compliant' : 'not compliant'}`;
        if (shown.length === 0)
            return head;
        if (shown.length === 1)
            return `${head}: all ${shown[0].label.replace(/^[^:]+: /, '')}`;
        return `${head} = ${shown.map((s) => `${s.countText} ${s.label.replace(/^[^:]+: /, '')}`).join(' + ')}`;
    };
    const notCompliant = t.inScope - t.compliant;
    const mermaid = t.inScope === 0
        ? undefined
        : trusted([
            '```mermaid',
            `pie showData title In-scope instances under ${mermaidLabel(a.rule.id)}`,
            ...(t.compliant ? [`    "Compliant" : ${t.compliant}`] : []),
            ...(notCompliant ? [`    "Not compliant" : ${notCompliant}`] : []),
            '```',
        ].join('\n'));
    return {
        segments,
        mermaid,
        total: num(t.inScope),
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
        .sort((x, y) => (y.v1Calls ?? 0) - (x.v1Calls ?? 0) || byRisk(x, y));
    const rejected = a.instances
        .filter(brokenByHardening)
        .sort((x, y) => (y.v1Rejected ?? 0) - (x.v1Rejected ?? 0) || (0,model_text/* compareCode */.fn)(x.instanceId, y.instanceId));
    const errors = u.errors.map((e) => displayText(`${e.metric} in ${e.region}${e.accountId ? ` (${e.accountId})` : ''}: ${e.code}`, 200));
    return {
        days: u.days,
        windowText: `${formatScanTime(u.from).slice(0, 10)} \u2192 ${formatScanTime(u.to).slice(0, 10)}`,
        safe: num(u.safe),
        inUse: num(u.inUse),
        unknown: num(u.unknown),
        rejected: num(u.rejected),
        hasUnknown: u.unknown > 0,
        hasRejected: u.rejected > 0,
        inUseRows: RowList.of(inUse, (i) => instanceRow(i, scannedAtMs)),
        rejectedRows: RowList.of(rejected, (i) => {
            const l = linked('instance', i.region, i.instanceId);
            return {
                name: displayText(i.name ?? '', 80),
                instanceId: i.instanceId,
                url: l.url,
                link: l.link,
                accountId: i.accountId,
                region: i.region,
                rejected: num(i.v1Rejected ?? 0),
                rejectedValue: i.v1Rejected ?? 0,
            };
        }),
        errors: [...new Set(errors)],
    };
}
function byTagView(a) {
    const b = a.byTag;
    if (!b)
        return undefined;
    const rows0 = b.rows;
    const rows = b.rows.map((r) => ({
        value: r.untagged ? `(no ${displayText(b.key, 60)} tag)` : displayText(r.value, 80),
        untagged: r.untagged,
        inScope: num(r.rollup.inScope),
        compliant: num(r.rollup.compliant),
        percentText: pct(r.rollup),
        percentValue: r.rollup.percent.toFixed(4),
        v1: num(r.rollup.buckets['v1-allowed']),
        inUse: a.v1Usage ? num(r.inUse) : '\u2014',
        safe: a.v1Usage ? num(r.safe) : '\u2014',
        disabled: num(r.rollup.buckets.disabled),
        pending: num(r.rollup.buckets.pending),
    }));
    const sum = (f) => rows0.reduce((n, r) => n + f(r), 0);
    const inScope = sum((r) => r.rollup.inScope);
    const compliant = sum((r) => r.rollup.compliant);
    return {
        key: displayText(b.key, 60),
        rows,
        totalText: `${num(b.rows.length)} value(s) of ${displayText(b.key, 60)}; together ${num(compliant)} of ${num(inScope)} compliant (${formatPercent(compliant, inScope)}), the fleet's totals.`,
    };
}
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
        total: num(groups.length),
        allowV1: num(groups.filter((g) => g.allowsV1).length),
        rows: groups.map((g) => {
            const group = linked('auto-scaling-group', g.region, g.name, displayText(g.name, 80));
            const first = g.launches[0];
            const templateId = g.launchTemplateId ?? '';
            const tpl = linked('launch-template', g.region, templateId, displayText(g.launchTemplateName ?? templateId, 80));
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
                verdict: LAUNCH_VERDICT_LABELS[g.verdict],
                allowsV1: g.allowsV1,
                reason: displayText(g.reason, 400),
            };
        }),
    };
}
function hopLimitView(a) {
    const h = a.hopLimit;
    if (!h)
        return undefined;
    return {
        policy: `${h.policy.plain} for plain hosts, ${h.policy.container} for container hosts (hop-limit-policy: ${displayText(h.policy.raw, 40)})`,
        count: num(h.findings.length),
        containerHosts: num(h.containerHosts),
        rows: RowList.of(h.findings, (f) => {
            const l = linked('instance', f.region, f.instanceId);
            return {
                name: displayText(f.name ?? '', 80),
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

;// CONCATENATED MODULE: ./lib/report/view.js
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
    let change;
    if (previous) {
        const d = formatDelta(t.percent, previous.percent);
        change = {
            ...d,
            since: formatScanTime(previous.at),
            v1Text: signed(t.buckets['v1-allowed'] - previous.buckets[1]),
            ruleChanged: previous.rule !== '' && previous.rule !== a.rule.id,
        };
    }
    const v1Instances = a.instances.filter((i) => i.bucket === 'v1-allowed').sort(byRisk);
    const withRole = a.instances.filter((i) => i.instanceProfileArn);
    const profiles = new Map();
    for (const i of withRole) {
        const name = profileName(i.instanceProfileArn);
        const p = profiles.get(name) ?? { instances: 0, v1: 0, pub: 0 };
        p.instances++;
        if (i.bucket === 'v1-allowed')
            p.v1++;
        if (i.risk === 'role-public')
            p.pub++;
        profiles.set(name, p);
    }
    const multiAccount = a.byAccount.length > 1 || new Set(a.byRegion.map((r) => r.accountId)).size > 1;
    const failures = a.gate.failures.map((f) => displayText(f, 2000));
    const view = {
        title: 'IMDS Guard report',
        reportId: meta.reportId,
        version: meta.version,
        repository: meta.repository ?? '',
        runUrl: meta.runUrl,
        files: meta.files,
        digest: input.iac
            ? (0,external_node_crypto_.createHash)('sha256')
                .update(`${substantiveDigest(a, meta.reportId, meta.version, input.baseline)}\0${input.iac.digest}`)
                .digest('hex')
                .slice(0, 32)
            : substantiveDigest(a, meta.reportId, meta.version, input.baseline),
        iac: input.iac,
        guardrails: input.guardrails,
        headline: {
            percentText: formatPercent(t.compliant, t.inScope),
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
            compliant: num(t.compliant),
            inScope: num(t.inScope),
            emptyFleet: t.inScope === 0,
            accountsScanned: num(a.accountsScanned),
            regionsScanned: num(a.regionsScanned),
            scannedAt: a.scannedAt,
            scannedAtText: formatScanTime(a.scannedAt),
            durationText: formatMs(a.durationMs),
            outOfScope: num(a.outOfScope),
            stopped: num(t.stopped),
            exempted: num(t.exempted),
            hasExempted: t.exempted > 0,
            failures: input.liveGates === false ? [] : failures,
            change,
        },
        split: ruleSplit(a),
        usage: usageView(a, scannedAtMs),
        byTag: byTagView(a),
        autoScaling: autoScalingView(a),
        hopLimit: hopLimitView(a),
        regions: {
            rows: regionRows(a, previous).filter((r) => r.inScope !== '0'),
            emptyText: emptyRegionsText(a, multiAccount),
            showAccount: multiAccount,
            failed: a.failedRegions.map((r) => ({
                accountId: r.accountId,
                region: r.region,
                code: displayText(r.error?.code ?? 'Error', 80),
                message: displayText(r.error?.message ?? '', 200),
            })),
            failedAccounts: a.failedAccounts.map((x) => ({
                accountId: x.accountId,
                code: displayText(x.error?.code ?? 'Error', 80),
                message: displayText(x.error?.message ?? '', 200),
            })),
            hasProblems: a.failedRegions.length + a.failedAccounts.length > 0,
        },
        v1: {
            total: v1Instances.length,
            totalText: num(v1Instances.length),
            rows: RowList.of(v1Instances, (i) => instanceRow(i, scannedAtMs, a.byTag?.key)),
            tiers: ['role-public', 'role', 'no-role'].map((tier) => ({
                tier,
                label: RISK_LABELS[tier],
                count: num(t.risk[tier]),
            })),
            worstCount: num(t.risk['role-public']),
        },
        roles: {
            withRole: num(t.withRole),
            tiers: [
                { label: 'IMDSv1 allowed, role + public IP', count: num(t.risk['role-public']) },
                { label: 'IMDSv1 allowed, role', count: num(t.risk.role) },
                {
                    label: 'Not exposed to IMDSv1 (v2 required, disabled or pending)',
                    count: num(t.withRole - t.risk['role-public'] - t.risk.role),
                },
            ],
            profiles: [...profiles.entries()]
                .sort((x, y) => y[1].v1 - x[1].v1 ||
                y[1].pub - x[1].pub ||
                y[1].instances - x[1].instances ||
                x[0].localeCompare(y[0]))
                .map(([profile, p]) => ({
                profile: displayText(profile, 64),
                instances: num(p.instances),
                v1: num(p.v1),
                public: num(p.pub),
            })),
            profileCount: profiles.size,
        },
        expiredExceptions: a.expiredExceptions.map((i) => ({
            instanceId: i.instanceId,
            name: displayText(i.name ?? '', 80),
            region: i.region,
            reason: displayText(i.exception?.reason ?? '', 120),
            expires: i.exception?.expires ?? (i.exception?.valid ? '' : 'invalid'),
        })),
        next: {
            allCompliant: t.buckets['v1-allowed'] === 0,
            step: remediationStep(a, meta),
            steps: [
                'Run a plan: it lists exactly which instances change and holds back any that made IMDSv1 calls (CloudWatch MetadataNoToken) in the window.',
                'Apply the reviewed plan through a GitHub Environment with required reviewers; every change is recorded with its before-state and can be rolled back per instance.',
                'Watch MetadataNoTokenRejected after the change, then require IMDSv2 in the account defaults and launch templates so new launches stay compliant.',
            ],
            mapping: COMPLIANCE_MAPPING,
        },
    };
    if (multiAccount) {
        view.accounts = {
            rows: a.byAccount.map((x) => ({
                accountId: x.accountId,
                status: x.status,
                failed: x.status === 'failed',
                inScope: num(x.rollup.inScope),
                compliant: num(x.rollup.compliant),
                percentText: x.status === 'failed' ? '\u2014' : pct(x.rollup),
                percentValue: x.status === 'failed' ? '-1' : x.rollup.percent.toFixed(4),
                v1: num(x.rollup.buckets['v1-allowed']),
                reason: x.error ? displayText(`${x.error.code}: ${x.error.message}`, 200) : '',
            })),
        };
    }
    if (input.baseline) {
        const b = input.baseline;
        view.regressions = {
            since: formatScanTime(b.scannedAt),
            count: b.regressions.length,
            countText: num(b.regressions.length),
            rows: RowList.of(b.regressions, (r) => ({
                ...instanceRow(r.instance, scannedAtMs),
                was: r.was ? BUCKET_LABELS[r.was] : 'new instance',
            })),
            fixed: num(b.fixed),
            removed: num(b.removed),
            percentText: formatPercent(b.compliant, b.inScope),
            ruleChanged: b.ruleChanged,
        };
    }
    if (a.posture)
        view.posture = posture(a);
    const current = {
        v: 1,
        at: a.scannedAt,
        id: meta.reportId,
        rule: a.rule.id,
        percent: t.percent,
        compliant: t.compliant,
        inScope: t.inScope,
        passed: a.gate.passed,
        buckets: [t.buckets['v2-required'], t.buckets['v1-allowed'], t.buckets.disabled, t.buckets.pending],
        regions: {},
    };
    const tr = trend([...history, current].slice(-Math.max(2, meta.historyLength)), a.gate.threshold);
    if (tr)
        view.trend = tr;
    return view;
}
function tokensText(t) {
    return t === 'required' ? 'required' : t === 'optional' ? 'optional' : 'no preference';
}
function posture(a) {
    const p = a.posture;
    const defaults = [...p.accountDefaults]
        .sort((x, y) => Number(y.allowsV1) - Number(x.allowsV1) ||
        (0,model_text/* compareCode */.fn)(x.accountId, y.accountId) ||
        (0,model_text/* compareCode */.fn)(x.region, y.region))
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
        name: displayText(lt.name, 80),
        id: lt.launchTemplateId,
        ...(({ url, link }) => ({ url, link }))(linked('launch-template', lt.region, lt.launchTemplateId)),
        accountId: lt.accountId,
        region: lt.region,
        defaultVersion: version(lt.defaultVersion),
        latestVersion: version(lt.latestVersion),
        instances: num(lt.instancesUsing),
        groups: displayText(lt.autoScalingGroups.join(', '), 120),
        allowsV1: lt.allowsV1,
        verdict: lt.allowsV1 ? 'allows IMDSv1' : 'IMDSv2 only',
    }));
    const images = [...p.images]
        .sort((x, y) => Number(x.imdsSupport === 'v2.0') - Number(y.imdsSupport === 'v2.0') ||
        y.instancesUsing - x.instancesUsing ||
        (0,model_text/* compareCode */.fn)(x.imageId, y.imageId))
        .map((im) => ({
        id: im.imageId,
        name: displayText(im.name ?? '', 80),
        accountId: im.accountId,
        region: im.region,
        support: im.imdsSupport === 'v2.0' ? 'v2.0 (launches as IMDSv2)' : 'not set',
        instances: num(im.instancesUsing),
        v2: im.imdsSupport === 'v2.0',
    }));
    const lcs = p.autoScalingGroupsOnLaunchConfigurations.map((g) => ({
        name: displayText(g.name, 80),
        accountId: g.accountId,
        region: g.region,
        configuration: displayText(g.launchConfigurationName ?? '', 80),
    }));
    const summary = [];
    if (defaults.length)
        summary.push(`${num(defaults.filter((d) => d.allowsV1).length)} of ${num(defaults.length)} account/region defaults let new launches allow IMDSv1`);
    if (templates.length)
        summary.push(`${num(templates.filter((d) => d.allowsV1).length)} of ${num(templates.length)} launch templates allow IMDSv1`);
    if (images.length)
        summary.push(`${num(images.filter((d) => !d.v2).length)} of ${num(images.length)} AMIs in use are not marked ImdsSupport v2.0`);
    if (lcs.length)
        summary.push(`${num(lcs.length)} Auto Scaling groups still use launch configurations (AutoScaling.3)`);
    return {
        summary,
        accountDefaults: defaults,
        launchTemplates: templates,
        images,
        launchConfigurations: lcs,
    };
}

;// CONCATENATED MODULE: ./lib/report/markdown.js
/**
 * Markdown rendering for three media: the report.md file (everything), the job summary (\u2264 1 MiB per
 * step) and the sticky PR comment (\u2264 65,536 characters). One template; a size ladder of `Fold`s
 * drops whole rows-from-the-bottom of the least important lists first, then whole sections, most
 * detailed first, and says what was cut and where the full report is. Text is never cut mid-table
 * or mid-character: only whole rows and whole sections leave.
 */




const rowsOf = (f, k) => f[k] ?? f.posture;
const markdown_ALL = Number.POSITIVE_INFINITY;
const FULL = {
    iac: markdown_ALL,
    regressions: markdown_ALL,
    instances: markdown_ALL,
    regions: markdown_ALL,
    accounts: markdown_ALL,
    posture: markdown_ALL,
    profiles: markdown_ALL,
    exceptions: markdown_ALL,
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
    iac: markdown_ALL,
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
    byTag: 0,
    autoScaling: 0,
    hopLimit: 0,
};
const COMPACT_LADDER = [
    COMPACT,
    { ...COMPACT, iac: 200 },
    { ...COMPACT, iac: 50, regressions: 0, instances: 0 },
];
/** GitHub's limits with a margin for what the runner or the API adds. */
const LIMITS = {
    file: { size: (s) => s.length, max: markdown_ALL, unit: 'characters' },
    // 1 MiB per step; the runner appends a newline. Bytes.
    summary: { size: (s) => Buffer.byteLength(s, 'utf8'), max: 1_048_576 - 16_384, unit: 'bytes' },
    // 65,536 characters; UTF-16 length \u2265 code points, so this is safe whichever GitHub counts.
    comment: { size: (s) => s.length, max: 65_536 - 256, unit: 'characters' },
};
function cap(rows, n) {
    return rows ? (n === markdown_ALL ? rows : rows.slice(0, n)) : [];
}
function foldNotes(v, f) {
    const notes = [];
    const rows = (what, shown, total, which) => {
        if (total <= shown)
            return;
        notes.push(shown === 0
            ? `${what} (${num(total)} rows) left out`
            : `${what} shows the ${num(shown)} ${which} of ${num(total)}`);
    };
    rows("This pull request's IaC findings", f.iac, v.iac?.rows.length ?? 0, 'first');
    if (v.iac && f.iac !== markdown_ALL) {
        const extra = v.iac.existing.length + v.iac.suppressed.length + v.iac.dependsOn.length;
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
                : `Launch-template / account-default / AMI tables show up to ${num(f.posture)} rows each`);
    }
    rows('Expired exemptions', f.exceptions, v.expiredExceptions.length, 'first');
    rows('Instances that made IMDSv1 calls', rowsOf(f, 'usage'), v.usage?.inUseRows.length ?? 0, 'busiest');
    rows('Instances broken by hardening', rowsOf(f, 'usage'), v.usage?.rejectedRows.length ?? 0, 'first');
    rows(`The per-${v.byTag?.key ?? 'tag'} table`, rowsOf(f, 'byTag'), v.byTag?.rows.length ?? 0, 'worst');
    rows('The Auto Scaling group table', rowsOf(f, 'autoScaling'), v.autoScaling?.rows.length ?? 0, 'worst');
    rows('The hop-limit table', rowsOf(f, 'hopLimit'), v.hopLimit?.rows.length ?? 0, 'first');
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
        rows: cap(v.iac.rows, f.iac),
        cutText: v.iac.rows.length > f.iac ? num(v.iac.rows.length - f.iac) : '',
        ...(f.iac === markdown_ALL ? {} : { existing: [], suppressed: [], dependsOn: [], live: [] }),
    };
    return {
        ...v,
        iac,
        regressions: v.regressions && { ...v.regressions, rows: cap(v.regressions.rows, f.regressions) },
        v1: { ...v.v1, rows: cap(v.v1.rows, f.instances) },
        regions: { ...v.regions, rows: cap(v.regions.rows, f.regions) },
        accounts: v.accounts && { rows: cap(v.accounts.rows, f.accounts) },
        roles: { ...v.roles, profiles: cap(v.roles.profiles, f.profiles) },
        posture: p && {
            summary: p.summary,
            accountDefaults: cap(p.accountDefaults, f.posture),
            launchTemplates: cap(p.launchTemplates, f.posture),
            images: cap(p.images, f.posture),
            launchConfigurations: cap(p.launchConfigurations, f.posture),
        },
        expiredExceptions: cap(v.expiredExceptions, f.exceptions),
        trend: f.trend ? v.trend : undefined,
        usage: v.usage && {
            ...v.usage,
            inUseRows: cap(v.usage.inUseRows, rowsOf(f, 'usage')),
            rejectedRows: cap(v.usage.rejectedRows, rowsOf(f, 'usage')),
        },
        byTag: v.byTag && { ...v.byTag, rows: cap(v.byTag.rows, rowsOf(f, 'byTag')) },
        autoScaling: v.autoScaling && {
            ...v.autoScaling,
            rows: cap(v.autoScaling.rows, rowsOf(f, 'autoScaling')),
        },
        hopLimit: v.hopLimit && { ...v.hopLimit, rows: cap(v.hopLimit.rows, rowsOf(f, 'hopLimit')) },
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
    for (const path of STREAMED_LISTS) {
        const [top, key] = path.split('.');
        const parent = lite[top];
        const rows = parent?.[key];
        if (parent && rows)
            lite = { ...lite, [top]: { ...parent, [key]: new Array(rows.length) } };
    }
    const FOLD_AT = 15;
    const where = options.medium === 'comment' && view.runUrl && !compact ? 'the run summary, ' : '';
    const data = {
        ...escapeDeep({
            ...lite,
            folded,
            fullReport: compact
                ? `${view.files.html} (HTML) in the run's artifacts`
                : `${where}${view.files.html} (HTML) and ${view.files.markdown} in the run's workspace`,
        }),
        marker: options.marker ? trusted(options.marker).value : '',
        runLink: markdownUrl(view.runUrl) ?? '',
        medium: { [options.medium]: true },
        compact,
        show: {
            usage: !!view.usage && !compact,
            usageRows: (sliced.usage?.inUseRows.length ?? 0) > 0,
            usageFolded: (sliced.usage?.inUseRows.length ?? 0) > FOLD_AT,
            rejectedRows: (sliced.usage?.rejectedRows.length ?? 0) > 0,
            byTag: (sliced.byTag?.rows.length ?? 0) > 0,
            byTagFolded: (sliced.byTag?.rows.length ?? 0) > FOLD_AT,
            autoScaling: (sliced.autoScaling?.rows.length ?? 0) > 0,
            autoScalingFolded: (sliced.autoScaling?.rows.length ?? 0) > FOLD_AT,
            hopLimit: !!view.hopLimit && !compact && (view.hopLimit?.rows.length ?? 0) > 0,
            hopLimitRows: (sliced.hopLimit?.rows.length ?? 0) > 0,
            hopLimitFolded: (sliced.hopLimit?.rows.length ?? 0) > FOLD_AT,
            regressions: (view.regressions?.count ?? 0) > 0 && fold.regressions > 0,
            regressionsFolded: (sliced.regressions?.rows.length ?? 0) > FOLD_AT,
            instances: sliced.v1.rows.length > 0,
            instancesFolded: sliced.v1.rows.length > FOLD_AT,
            instancesCut: view.v1.rows.length - sliced.v1.rows.length,
            instancesCutText: num(view.v1.rows.length - sliced.v1.rows.length),
            regions: sliced.regions.rows.length > 0 || view.regions.emptyText !== '',
            regionsFolded: sliced.regions.rows.length > FOLD_AT,
            regionsCutText: num(view.regions.rows.length - sliced.regions.rows.length),
            regionsCut: view.regions.rows.length > sliced.regions.rows.length,
            accounts: (sliced.accounts?.rows.length ?? 0) > 0,
            accountsFolded: (sliced.accounts?.rows.length ?? 0) > FOLD_AT,
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
    registerIacPartials();
    const pieces = () => collapseBlankLines(renderPieces(markdownSplitTemplate(), data, lists, (rows) => escapeDeep(rows)));
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
    const ladder = options.medium === 'file'
        ? [FULL]
        : options.medium === 'comment' && !options.full
            ? COMPACT_LADDER
            : LADDER;
    const limit = LIMITS[options.medium];
    const max = options.max ?? limit.max;
    for (const [n, fold] of ladder.entries()) {
        // A rung is measured piece by piece; only the one that fits (or the last) is held as one string.
        if (n < ladder.length - 1 && max !== markdown_ALL) {
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
/** report.md (every row), written to `path` a slice of rows at a time. */
async function writeMarkdownFile(path, view) {
    await writePieces(path, rungPieces(view, FULL, { medium: 'file' }).pieces());
}

;// CONCATENATED MODULE: ./lib/report/publish.js
/**
 * Saying it: writes report.json, report.md and report.html, appends the run to the history file,
 * writes the job summary and the sticky PR comment. One view model (view.ts) feeds every format.
 * Publishing never changes the audit's result: a comment that cannot be posted is a log line.
 */
















async function writeFileEnsuringDir(path, content) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, content);
}
async function readOptional(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
function displayPath(workspace, path) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel && !rel.startsWith('..') ? rel : path;
}
function actionRef(env) {
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    return repo && ref ? `${repo}@${ref}` : 'imds-guard/imds-guard@v1';
}
async function publishAudit(settings, inventory, assessment, deps, options = {}) {
    const ws = deps.github.workspace;
    const r = settings.reports;
    const jsonPath = (0,external_node_path_.resolve)(ws, r.jsonPath);
    const htmlPath = (0,external_node_path_.resolve)(ws, r.htmlPath);
    const markdownPath = (0,external_node_path_.resolve)(ws, r.markdownPath);
    const repository = deps.github.repository && `${deps.github.repository.owner}/${deps.github.repository.repo}`;
    const report = buildJsonReport(inventory, assessment, {
        version: deps.version,
        generatedAt: deps.now().toISOString(),
        run: {
            repository,
            runId: deps.github.runId,
            runUrl: deps.github.runUrl,
            event: deps.github.eventName || undefined,
        },
    });
    await writeJsonReport(jsonPath, report);
    if (options.guardrails) {
        const dir = (0,external_node_path_.dirname)(jsonPath);
        for (const [name, text] of Object.entries(guardrailFiles(options.guardrails)))
            await writeFileEnsuringDir((0,external_node_path_.resolve)(dir, name), text);
        deps.log.info(`Guardrails: preventive policies written to ${displayPath(ws, (0,external_node_path_.resolve)(dir, 'guardrails'))}/.`);
    }
    deps.log.info(`JSON report: ${jsonPath}`);
    // History (trend) and baseline (regressions): optional, and never fatal.
    let history;
    let historyPath;
    let historyText = '';
    if (r.historyFile) {
        historyPath = (0,external_node_path_.resolve)(ws, r.historyFile);
        try {
            historyText = (await readOptional(historyPath)) ?? '';
            const parsed = parseHistory(historyText, r.commentId);
            history = parsed.entries;
            if (parsed.skipped)
                deps.log.warning(`${r.historyFile}: skipped ${parsed.skipped} line(s) that are not IMDS Guard history entries.`);
        }
        catch (e) {
            deps.log.warning(`Could not read history-file ${r.historyFile}: ${errorMessage(e)}; the trend starts over.`);
            history = [];
        }
    }
    let baseline;
    if (r.baselineReport) {
        const path = (0,external_node_path_.resolve)(ws, r.baselineReport);
        try {
            const text = await readOptional(path);
            if (text === undefined)
                deps.log.warning(`baseline-report ${r.baselineReport} does not exist; no regressions are called out.`);
            else
                baseline = diffBaseline(assessment, parseJsonReport(text, r.baselineReport), byRisk);
        }
        catch (e) {
            deps.log.warning(`baseline-report: ${errorMessage(e)}; no regressions are called out.`);
        }
    }
    const view = buildView({
        assessment,
        history,
        baseline,
        iac: options.iac && buildIacView(options.iac, options.liveGates !== false, isPullRequest(deps)),
        guardrails: options.guardrails && guardrailsView(options.guardrails),
        liveGates: options.liveGates,
        meta: {
            version: deps.version,
            reportId: r.commentId,
            repository,
            runUrl: deps.github.runUrl,
            actionRef: actionRef(deps.env),
            roleToAssume: settings.auth.roleToAssume,
            files: {
                json: displayPath(ws, jsonPath),
                markdown: displayPath(ws, markdownPath),
                html: displayPath(ws, htmlPath),
            },
            historyLength: r.historyLength,
        },
    });
    // Written a slice of rows at a time: a large fleet's report is never one string in memory.
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(markdownPath), { recursive: true });
    await writeMarkdownFile(markdownPath, view);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(htmlPath), { recursive: true });
    await writeHtml(htmlPath, view);
    deps.log.info(`HTML report: ${htmlPath}`);
    if (historyPath) {
        const entry = historyEntry(assessment, r.commentId, deps.github.runId);
        try {
            await writeFileEnsuringDir(historyPath, appendHistory(historyText, entry, Math.max(HISTORY_KEEP_MIN, r.historyLength)));
            deps.log.info(`History: appended this run to ${r.historyFile}.`);
        }
        catch (e) {
            deps.log.warning(`Could not write history-file ${r.historyFile}: ${errorMessage(e)}`);
        }
    }
    const published = { jsonPath, htmlPath, markdownPath, historyPath };
    if (r.summary) {
        const summary = renderMarkdown(view, { medium: 'summary' });
        published.summaryFolded = summary.folded;
        if (summary.folded.length)
            deps.log.info(`Job summary shortened to ${summary.size} bytes: ${summary.folded.join('; ')}.`);
        await deps.outputs.summary(summary.markdown);
    }
    published.comment = await publishComment(settings, view, deps, options);
    return published;
}
const isPullRequest = (deps) => deps.github.eventName.startsWith('pull_request');
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
                ...(keep === Number.POSITIVE_INFINITY ? {} : { existing: [], suppressed: [], dependsOn: [] }),
            };
            const markdown = iacOnlyTemplate()({
                ...escapeDeep({ iac: cut, version: deps.version, reportId: settings.reports.commentId }),
                sarifFile: escapeDeep(displayPath(ws, iac.sarifPath)),
                marker: mark ? trusted(mark).value : '',
                runLink: markdownUrl(deps.github.runUrl) ?? '',
            }).replace(/\n{3,}/g, '\n\n');
            if (LIMITS[medium].size(markdown) <= LIMITS[medium].max)
                return markdown;
        }
        return '';
    };
    await writeFileEnsuringDir(markdownPath, render('file'));
    const published = { jsonPath: '', markdownPath };
    deps.outputs.set('report-markdown', markdownPath);
    if (settings.reports.summary)
        await deps.outputs.summary(render('summary'));
    published.comment = await publishComment(settings, view.digest, deps, options, (m) => render('comment', m));
    return published;
}
async function publishComment(settings, view, deps, options, renderBody) {
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
        : renderMarkdown(view, { medium: 'comment', marker: mark });
    const api = (options.commentApi ?? ((token, d) => commentApi(token, d.github)))(settings.github.token, deps);
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

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/iac/text.js
// Small text helpers shared by the IaC readers: safe copies of hostile values, line numbers,
// and in-source suppression markers.

/** A value copied from a file into a message: no control or format characters, bounded length. */
function clean(value, max = 200) {
    const s = (0,model_text/* cleanText */.X5)(String(value));
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
const IMDS_GUARD = /imds-guard:ignore\b[ \t:]*(.*)$/;
const CHECKOV = /checkov:skip=(CKV2?_AWS_\d+)(?::(.*))?$/;
const COMMENT = /^\s*(#|\/\/|\/\*|\*)/;
function stripCommentEnd(s) {
    return s.replace(/\*\/\s*$/, '').trim();
}
/** Markers on one line (in a comment). */
function markersInLine(line, lineNo) {
    const out = [];
    const g = IMDS_GUARD.exec(line);
    if (g) {
        const reason = clean(stripCommentEnd(g[1] ?? ''));
        out.push({ tool: 'imds-guard', reason, line: lineNo, valid: reason.length > 0 });
    }
    const c = CHECKOV.exec(line);
    if (c) {
        const reason = clean(stripCommentEnd(c[2] ?? ''));
        out.push({ tool: 'checkov', ruleId: c[1], reason, line: lineNo, valid: reason.length > 0 });
    }
    return out;
}
/**
 * Suppression markers for a block spanning lines [start, end] (1-based, inclusive): markers in
 * comments inside the block and in the run of comment lines directly above it.
 */
function suppressionsForBlock(lines, start, end) {
    const out = [];
    let first = start;
    while (first - 2 >= 0 && COMMENT.test(lines[first - 2]))
        first--;
    for (let n = first; n <= end && n <= lines.length; n++) {
        const text = lines[n - 1];
        if (n >= start && !/#|\/\/|\/\*/.test(text))
            continue;
        out.push(...markersInLine(text, n));
    }
    return out;
}
/**
 * End line of a top-level block that starts at `start`: the line before the next top-level block
 * start (as told by `isStart`), minus the comment lines that lead into that next block.
 */
function blockEndLine(lines, start, isStart) {
    let next = lines.length + 1;
    for (let n = start + 1; n <= lines.length; n++) {
        if (isStart(lines[n - 1])) {
            next = n;
            break;
        }
    }
    let end = next - 1;
    while (end > start && (COMMENT.test(lines[end - 1]) || lines[end - 1].trim() === ''))
        end--;
    return end;
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation.js
// CloudFormation templates (YAML or JSON; CDK synth output is JSON) \u2192 IacResource. Parsed with the
// `yaml` package (JSON is YAML), keeping the AST for line numbers; short-form intrinsics (!Ref, !Sub \u2026)
// are registered as custom tags and turned into their long form ({ "Fn::Sub": \u2026 }).
// CloudFormation has no resource type for account-level metadata defaults.


const INTRINSICS = [
    'Ref',
    'Condition',
    'Base64',
    'Sub',
    'GetAtt',
    'If',
    'Equals',
    'Join',
    'Select',
    'FindInMap',
].concat([
    'Split',
    'And',
    'Or',
    'Not',
    'ImportValue',
    'GetAZs',
    'Cidr',
    'Length',
    'ToJsonString',
    'Transform',
]);
const longName = (short) => short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
/** Custom tags so every short form parses (kept as-is; toJs wraps it in its long form). */
const CFN_TAGS = INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (s) => s },
    { tag: `!${name}`, collection: 'seq', resolve: (n) => n },
    { tag: `!${name}`, collection: 'map', resolve: (n) => n },
]);
const KINDS = {
    'AWS::EC2::Instance': 'instance',
    'AWS::EC2::LaunchTemplate': 'launch-template',
    'AWS::AutoScaling::LaunchConfiguration': 'launch-configuration',
    'AWS::AutoScaling::AutoScalingGroup': 'autoscaling-group',
    'AWS::EKS::Nodegroup': 'eks-node-group',
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function toJs(node) {
    let value;
    if ((0,yaml_dist/* isMap */.jh)(node)) {
        const o = {};
        for (const pair of node.items)
            o[String(toJs(pair.key))] = toJs(pair.value);
        value = o;
    }
    else if ((0,yaml_dist/* isSeq */.oP)(node))
        value = node.items.map(toJs);
    else if ((0,yaml_dist/* isScalar */.jn)(node))
        value = node.value;
    else
        return node ?? null;
    const tag = node.tag;
    if (tag?.startsWith('!') && INTRINSICS.includes(tag.slice(1))) {
        const name = tag.slice(1);
        const v = name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value;
        return { [longName(name)]: v };
    }
    return value;
}
function isCloudFormation(json) {
    if (!isObj(json) || !isObj(json.Resources))
        return false;
    return Object.values(json.Resources).some((r) => isObj(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::'));
}
/** A short description of an intrinsic for an "unknown because \u2026" reason. */
function describe(v) {
    if (isObj(v)) {
        const [k, arg] = Object.entries(v)[0] ?? ['?', undefined];
        return clean(`${k} ${JSON.stringify(arg)}`, 120);
    }
    return clean(JSON.stringify(v), 120);
}
function setting(raw, num = false) {
    if (raw === undefined || raw === null)
        return { state: 'unset' };
    if (typeof raw === 'string' || typeof raw === 'number') {
        if (num) {
            const n = Number(raw);
            return Number.isFinite(n)
                ? { state: 'known', value: n }
                : { state: 'unknown', reason: clean(raw) };
        }
        return { state: 'known', value: String(raw) };
    }
    return { state: 'unknown', reason: describe(raw) };
}
function metadata(mo) {
    if (mo !== undefined && !isObj(mo)) {
        const u = { state: 'unknown', reason: describe(mo) };
        return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
    }
    return {
        httpTokens: setting(mo?.HttpTokens),
        httpEndpoint: setting(mo?.HttpEndpoint),
        hopLimit: setting(mo?.HttpPutResponseHopLimit, true),
        instanceMetadataTags: setting(mo?.InstanceMetadataTags),
    };
}
function refTarget(v, resources) {
    const id = isObj(v)
        ? (v.Ref ?? (Array.isArray(v['Fn::GetAtt']) ? v['Fn::GetAtt'][0] : undefined))
        : undefined;
    return typeof id === 'string' && id in resources ? id : undefined;
}
function templateRef(props, resources) {
    const mip = isObj(props.MixedInstancesPolicy) ? props.MixedInstancesPolicy.LaunchTemplate : undefined;
    const spec = props.LaunchTemplate ?? (isObj(mip) ? mip.LaunchTemplateSpecification : undefined);
    if (isObj(spec)) {
        const idv = spec.LaunchTemplateId ?? spec.LaunchTemplateName ?? spec.Id ?? spec.Name;
        const target = refTarget(idv, resources);
        const ver = spec.Version;
        const version = ver === undefined
            ? undefined
            : typeof ver === 'string' || typeof ver === 'number'
                ? String(ver)
                : describe(ver);
        const ref = target
            ? { kind: 'launch-template', target }
            : { kind: 'launch-template', expression: describe(idv) };
        if (version)
            ref.version = /LatestVersionNumber/.test(version)
                ? '$Latest'
                : /DefaultVersionNumber/.test(version)
                    ? '$Default'
                    : version;
        return ref;
    }
    if (props.LaunchConfigurationName !== undefined) {
        const target = refTarget(props.LaunchConfigurationName, resources);
        return target
            ? { kind: 'launch-configuration', target }
            : { kind: 'launch-configuration', expression: describe(props.LaunchConfigurationName) };
    }
    return undefined;
}
function metadataSuppressions(meta) {
    const out = [];
    if (!isObj(meta))
        return out;
    const skips = isObj(meta.checkov) ? meta.checkov.skip : undefined;
    for (const s of Array.isArray(skips) ? skips : []) {
        if (isObj(s) && typeof s.id === 'string') {
            const reason = typeof s.comment === 'string' ? clean(s.comment) : '';
            out.push({ tool: 'checkov', ruleId: clean(s.id), reason, valid: reason.length > 0 });
        }
    }
    const own = meta['imds-guard'];
    if (isObj(own) && own.ignore !== undefined) {
        const reason = typeof own.ignore === 'string' ? clean(own.ignore) : '';
        out.push({ tool: 'imds-guard', reason, valid: reason.length > 0 });
    }
    return out;
}
function readCloudFormation(file, text) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
        customTags: CFN_TAGS,
        lineCounter,
        uniqueKeys: false,
        prettyErrors: false,
    });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        return {
            resources: [],
            errors: [{ file, message: `not valid YAML/JSON: ${clean(e.message.split('\n')[0])}`, line }],
        };
    }
    const root = toJs(doc.contents);
    if (!isCloudFormation(root))
        return { resources: [], errors: [], skipped: [{ file, reason: 'no AWS:: resources' }] };
    const resourcesNode = (0,yaml_dist/* isMap */.jh)(doc.contents)
        ? doc.contents.items.find((p) => toJs(p.key) === 'Resources')?.value
        : undefined;
    const lines = text.split(/\r?\n/);
    const yamlLike = !text.trimStart().startsWith('{');
    const resources = [];
    for (const [id, def] of Object.entries(root.Resources)) {
        if (!isObj(def) || typeof def.Type !== 'string')
            continue;
        const kind = KINDS[def.Type];
        if (!kind)
            continue;
        const props = isObj(def.Properties) ? def.Properties : {};
        const pair = (0,yaml_dist/* isMap */.jh)(resourcesNode) ? resourcesNode.items.find((p) => toJs(p.key) === id) : undefined;
        const offset = pair?.key?.range?.[0];
        const line = offset !== undefined ? lineCounter.linePos(offset).line : undefined;
        const res = {
            kind,
            address: clean(id),
            resourceType: def.Type,
            file,
            line,
            format: 'cloudformation',
            suppressions: metadataSuppressions(def.Metadata),
        };
        if (line && yamlLike) {
            const indent = /^\s*/.exec(lines[line - 1])?.[0].length ?? 0;
            const isStart = (l) => l.trim() !== '' && !l.trim().startsWith('#') && (/^\s*/.exec(l)?.[0].length ?? 0) <= indent;
            res.suppressions.push(...suppressionsForBlock(lines, line, blockEndLine(lines, line, isStart)));
        }
        const data = kind === 'launch-template' ? (isObj(props.LaunchTemplateData) ? props.LaunchTemplateData : {}) : props;
        if (kind === 'instance' || kind === 'launch-template' || kind === 'launch-configuration') {
            res.metadata = metadata(data.MetadataOptions);
            const ami = data.ImageId;
            if (typeof ami === 'string' && ami.startsWith('ami-'))
                res.amiId = clean(ami);
            else if (ami !== undefined)
                res.amiExpression = describe(ami);
        }
        if (kind === 'instance' || kind === 'autoscaling-group' || kind === 'eks-node-group') {
            const ref = templateRef(props, root.Resources);
            if (ref)
                res.template = ref;
        }
        resources.push(res);
    }
    return { resources, errors: [] };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/iac/hcl-wasm.js
// Loads HashiCorp's HCL parser (Go, compiled to WebAssembly, shipped by @cdktf/hcl2json) lazily.
//
// Why not `import { parse } from '@cdktf/hcl2json'`: that module starts loading its .wasm at import
// time from `__dirname` through fs-extra, which an ESM ncc bundle neither defines nor relocates, so
// the whole bundle would crash at start. Here the .wasm is loaded only when a .tf file is read, from
// (1) `hcl2json.wasm.gz` beside the running bundle (the build must copy
// node_modules/@cdktf/hcl2json/main.wasm.gz there: ncc's asset relocation corrupts binary files),
// or (2) the installed package (tests, tsx, lib/).





let bridge;
const WASM_FILE_NAME = 'hcl2json.wasm.gz';
function wasmCandidates() {
    const out = [];
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    out.push([here, WASM_FILE_NAME].join('/'));
    try {
        const req = (0,external_node_module_.createRequire)(import.meta.url);
        out.push((0,external_node_path_.join)((0,external_node_path_.dirname)(req.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz'));
    }
    catch {
        // not installed next to us: the bundle copy is the only candidate
    }
    return out;
}
async function load() {
    const path = wasmCandidates().find((p) => (0,external_node_fs_.existsSync)(p));
    if (!path)
        throw new Error(`HCL parser not found (${WASM_FILE_NAME} is missing beside the bundle)`);
    await __webpack_require__.e(/* import() */ 45).then(__webpack_require__.t.bind(__webpack_require__, 3045, 19));
    const g = globalThis;
    const go = new g.Go();
    const { instance } = await g.WebAssembly.instantiate((0,external_node_zlib_.gunzipSync)((0,external_node_fs_.readFileSync)(path)), go.importObject);
    const root = {};
    g.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    return root;
}
/** Parses HCL2 text to the JSON shape of hcl2json (blocks as arrays, expressions as "${\u2026}"). */
async function parseHcl(filename, text) {
    bridge ??= load();
    const b = await bridge;
    const out = await new Promise((resolve, reject) => {
        b.parse(filename, text, (err, res) => (err ? reject(new Error(err)) : resolve(res ?? '{}')));
    });
    return JSON.parse(out);
}

;// CONCATENATED MODULE: ./lib/iac/terraform.js


const TERRAFORM_KINDS = {
    aws_instance: 'instance',
    aws_spot_instance_request: 'spot-instance',
    aws_launch_template: 'launch-template',
    aws_launch_configuration: 'launch-configuration',
    aws_autoscaling_group: 'autoscaling-group',
    aws_eks_node_group: 'eks-node-group',
    aws_ec2_instance_metadata_defaults: 'account-defaults',
};
const terraform_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const terraform_first = (v) => Array.isArray(v) && terraform_isObj(v[0]) ? v[0] : terraform_isObj(v) ? v : undefined;
const EXPR = /^\$\{([\s\S]*)\}$/;
/** `optional(type, default)` attributes of a variable's object type, e.g. http_tokens \u2192 "required". */
function optionalDefaults(type) {
    const out = {};
    if (typeof type !== 'string')
        return out;
    const re = /(\w+)\s*=\s*optional\(\s*\w+\s*,\s*("[^"]*"|-?\d+|true|false)\s*\)/g;
    for (let m = re.exec(type); m; m = re.exec(type))
        out[m[1]] = JSON.parse(m[2]);
    return out;
}
/** An object value of an object-typed variable gets the type's optional(\u2026, default) attributes. */
function withOptionals(value, optionals) {
    return terraform_isObj(value) && Object.keys(optionals).length ? { ...optionals, ...value } : value;
}
function terraform_walk(base, path, optionals) {
    let v = base;
    for (const [i, key] of path.entries()) {
        if (!terraform_isObj(v))
            return undefined;
        v = key in v ? v[key] : i === 0 ? optionals[key] : undefined;
    }
    return v;
}
function resolve(expr, scope) {
    const e = expr.trim();
    const v = /^var\.(\w+)((?:\.\w+)*)$/.exec(e);
    if (v) {
        const entry = scope.vars.get(v[1]);
        if (!entry)
            return { ok: false, reason: `var.${v[1]} (not declared)` };
        if (!entry.known)
            return { ok: false, reason: `var.${v[1]} (no default)` };
        const path = v[2] ? v[2].slice(1).split('.') : [];
        return { ok: true, value: terraform_walk(entry.value, path, entry.optionals), via: `${e} (${entry.via})` };
    }
    const it = scope.iter && new RegExp(`^${scope.iter.name}\\.value((?:\\.\\w+)*)$`).exec(e);
    if (it && scope.iter) {
        const path = it[1] ? it[1].slice(1).split('.') : [];
        return { ok: true, value: terraform_walk(scope.iter.value, path, {}), via: 'dynamic block' };
    }
    return { ok: false, reason: e };
}
function resolveValue(raw, scope) {
    if (typeof raw !== 'string')
        return { ok: true, value: raw };
    const m = EXPR.exec(raw);
    if (!m)
        return raw.includes('${') ? { ok: false, reason: raw } : { ok: true, value: raw };
    const r = resolve(m[1], scope);
    if (!r.ok)
        return r;
    if (typeof r.value === 'string' && r.value.includes('${'))
        return { ok: false, reason: m[1] };
    return r;
}
function terraform_setting(raw, scope, num = false) {
    if (raw === undefined)
        return { state: 'unset' };
    const r = resolveValue(raw, scope);
    if (!r.ok)
        return { state: 'unknown', reason: clean(r.reason) };
    if (r.value === null || r.value === undefined)
        return { state: 'unset' };
    if (num) {
        const n = Number(r.value);
        if (!Number.isFinite(n))
            return { state: 'unknown', reason: clean(String(r.value)) };
        return { state: 'known', value: n, via: r.via && clean(r.via) };
    }
    return { state: 'known', value: String(r.value), via: r.via && clean(r.via) };
}
function metadataFrom(block, scope) {
    return {
        httpTokens: terraform_setting(block?.http_tokens, scope),
        httpEndpoint: terraform_setting(block?.http_endpoint, scope),
        hopLimit: terraform_setting(block?.http_put_response_hop_limit, scope, true),
        instanceMetadataTags: terraform_setting(block?.instance_metadata_tags, scope),
    };
}
const allUnknown = (reason) => {
    const u = { state: 'unknown', reason: clean(reason) };
    return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
};
/** Elements a dynamic block's for_each yields, or the reason they cannot be known. */
function forEachElements(raw, scope) {
    if (Array.isArray(raw)) {
        const items = [];
        for (const el of raw) {
            const r = resolveValue(el, scope);
            if (!r.ok)
                return r;
            items.push(r.value);
        }
        return { ok: true, items };
    }
    const m = typeof raw === 'string' ? EXPR.exec(raw) : null;
    if (!m)
        return { ok: false, reason: String(raw) };
    const e = m[1].trim();
    const cond = /^(\S+)\s*(!=|==)\s*null\s*\?\s*(\[\s*\1\s*\]|\[\s*\])\s*:\s*(\[\s*\1\s*\]|\[\s*\])$/.exec(e);
    if (cond) {
        const r = resolve(cond[1], scope);
        if (!r.ok)
            return r;
        const isNull = r.value === null || r.value === undefined;
        const branch = (cond[2] === '!=') !== isNull ? cond[3] : cond[4];
        return { ok: true, items: branch.replace(/\s/g, '') === '[]' ? [] : [r.value] };
    }
    const r = resolve(e, scope);
    if (!r.ok)
        return r;
    return Array.isArray(r.value) ? { ok: true, items: r.value } : { ok: false, reason: e };
}
function readMetadata(body, scope) {
    const staticBlock = terraform_first(body.metadata_options);
    if (staticBlock)
        return metadataFrom(staticBlock, scope);
    const dyn = terraform_first(body.dynamic)?.metadata_options;
    const d = Array.isArray(dyn) ? terraform_first(dyn) : undefined;
    if (!d)
        return undefined;
    const items = forEachElements(d.for_each, scope);
    if (!items.ok)
        return allUnknown(`dynamic "metadata_options" for_each = ${items.reason}`);
    if (items.items.length === 0)
        return undefined;
    const iterRaw = typeof d.iterator === 'string' ? (EXPR.exec(d.iterator)?.[1] ?? d.iterator) : 'metadata_options';
    const content = terraform_first(d.content);
    return metadataFrom(content, { ...scope, iter: { name: iterRaw.trim(), value: items.items[0] } });
}
function exprText(raw) {
    if (typeof raw !== 'string')
        return clean(JSON.stringify(raw));
    return clean(EXPR.exec(raw)?.[1] ?? raw);
}
function terraform_templateRef(kind, idOrName, version) {
    const type = kind === 'launch-template' ? 'aws_launch_template' : 'aws_launch_configuration';
    const text = exprText(idOrName);
    const m = new RegExp(`^(?:module\\.\\S+\\.)?(${type}\\.[\\w-]+)(?:\\[[^\\]]*\\])?\\.(?:id|name|arn)$`).exec(text);
    const ref = m ? { kind, target: m[1] } : { kind, expression: text };
    if (version !== undefined)
        ref.version = exprText(version);
    return ref;
}
function readTemplateRef(type, body) {
    const dyn = terraform_first(body.dynamic)?.launch_template;
    const dynContent = Array.isArray(dyn) ? terraform_first(terraform_first(dyn)?.content) : undefined;
    const lt = terraform_first(body.launch_template) ?? dynContent;
    if (lt)
        return terraform_templateRef('launch-template', lt.id ?? lt.name, lt.version);
    const mip = terraform_first(terraform_first(body.mixed_instances_policy)?.launch_template);
    const spec = terraform_first(mip?.launch_template_specification);
    if (spec) {
        return terraform_templateRef('launch-template', spec.launch_template_id ?? spec.launch_template_name, spec.version);
    }
    if (type === 'aws_autoscaling_group' && body.launch_configuration !== undefined) {
        return terraform_templateRef('launch-configuration', body.launch_configuration, undefined);
    }
    return undefined;
}
const BLOCK_START = /^(resource|data|module|variable|output|locals|provider|terraform|moved|import|check)\b/;
/** Reads the .tf and .tfvars files of ONE folder together (variables resolve across them). */
async function readTerraformFolder(files) {
    const errors = [];
    const parsed = [];
    for (const f of files) {
        try {
            parsed.push({ ...f, json: await parseHcl(f.file, f.text), vars: f.file.endsWith('.tfvars') });
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            const line = /:(\d+),\d+/.exec(msg);
            errors.push({
                file: f.file,
                message: `not valid HCL: ${clean(msg, 400)}`,
                line: line ? Number(line[1]) : undefined,
            });
        }
    }
    const scope = { vars: new Map() };
    for (const p of parsed.filter((x) => !x.vars)) {
        for (const [name, decls] of Object.entries(terraform_isObj(p.json.variable) ? p.json.variable : {})) {
            const d = terraform_first(decls) ?? {};
            const known = 'default' in d && !JSON.stringify(d.default ?? null).includes('${');
            const optionals = optionalDefaults(d.type);
            scope.vars.set(name, { value: withOptionals(d.default, optionals), known, via: 'default', optionals });
        }
    }
    const tfvars = parsed
        .filter((x) => x.vars)
        .sort((a, b) => Number(a.file.endsWith('.auto.tfvars')) - Number(b.file.endsWith('.auto.tfvars')) ||
        a.file.localeCompare(b.file));
    for (const p of tfvars) {
        for (const [name, value] of Object.entries(p.json)) {
            const prev = scope.vars.get(name);
            const known = !JSON.stringify(value ?? null).includes('${');
            const optionals = prev?.optionals ?? {};
            scope.vars.set(name, {
                value: withOptionals(value, optionals),
                known,
                via: p.file.split('/').pop() ?? p.file,
                optionals,
            });
        }
    }
    let region;
    for (const p of parsed) {
        const providers = terraform_first(p.json.provider)?.aws;
        for (const prov of Array.isArray(providers) ? providers : []) {
            if (terraform_isObj(prov) && prov.alias === undefined && prov.region !== undefined) {
                const r = resolveValue(prov.region, scope);
                if (r.ok && typeof r.value === 'string')
                    region = r.value;
            }
        }
    }
    const resources = [];
    for (const p of parsed.filter((x) => !x.vars)) {
        const lines = p.text.split(/\r?\n/);
        const byType = terraform_isObj(p.json.resource) ? p.json.resource : {};
        for (const [type, named] of Object.entries(byType)) {
            const kind = TERRAFORM_KINDS[type];
            if (!kind || !terraform_isObj(named))
                continue;
            for (const [name, bodies] of Object.entries(named)) {
                const body = terraform_first(bodies) ?? {};
                const re = new RegExp(`^\\s*resource\\s+"${type}"\\s+"${name.replace(/[^\w-]/g, '')}"`);
                const idx = lines.findIndex((l) => re.test(l));
                const line = idx >= 0 ? idx + 1 : undefined;
                const end = line ? blockEndLine(lines, line, (l) => BLOCK_START.test(l)) : 0;
                const res = {
                    kind,
                    address: `${type}.${name}`,
                    resourceType: type,
                    file: p.file,
                    line,
                    format: 'terraform',
                    suppressions: line ? suppressionsForBlock(lines, line, end) : [],
                };
                if (region)
                    res.region = region;
                if (kind === 'account-defaults')
                    res.metadata = metadataFrom(body, scope);
                else if (kind !== 'autoscaling-group' && kind !== 'eks-node-group')
                    res.metadata = readMetadata(body, scope) ?? metadataFrom(undefined, scope);
                const ami = body.ami ?? body.image_id;
                if (ami !== undefined) {
                    const a = resolveValue(ami, scope);
                    if (a.ok && typeof a.value === 'string' && a.value.startsWith('ami-'))
                        res.amiId = a.value;
                    else
                        res.amiExpression = a.ok ? exprText(a.value) : clean(a.reason);
                }
                const ref = kind === 'launch-template' || kind === 'launch-configuration'
                    ? undefined
                    : readTemplateRef(type, body);
                if (ref)
                    res.template = ref;
                if (body.count !== undefined)
                    res.notes = [`count = ${exprText(body.count)}`];
                resources.push(res);
            }
        }
    }
    return { resources, errors };
}

;// CONCATENATED MODULE: ./lib/iac/plan.js


const plan_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const plan_first = (v) => Array.isArray(v) && plan_isObj(v[0]) ? v[0] : plan_isObj(v) ? v : undefined;
function isTerraformPlan(json) {
    return plan_isObj(json) && 'format_version' in json && ('planned_values' in json || 'resource_changes' in json);
}
function action(actions) {
    if (!Array.isArray(actions))
        return undefined;
    const a = actions.join(',');
    if (a === 'delete,create' || a === 'create,delete')
        return 'replace';
    return ['create', 'update', 'delete', 'no-op', 'read'].includes(a) ? a : undefined;
}
/** Strips instance keys: module.a["x"].aws_instance.b[0] \u2192 module.a.aws_instance.b */
function configAddress(address) {
    return address.replace(/\[[^\]]*\]/g, '');
}
function collectConfig(mod, prefix, out) {
    if (!plan_isObj(mod))
        return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
        if (plan_isObj(r) && typeof r.address === 'string')
            out.set(prefix + r.address, r);
    }
    const calls = plan_isObj(mod.module_calls) ? mod.module_calls : {};
    for (const [name, call] of Object.entries(calls)) {
        if (plan_isObj(call))
            collectConfig(call.module, `${prefix}module.${name}.`, out);
    }
}
function refs(expr) {
    return plan_isObj(expr) && Array.isArray(expr.references) ? expr.references.map(String) : [];
}
const KEYS = [
    ['httpTokens', 'http_tokens'],
    ['httpEndpoint', 'http_endpoint'],
    ['hopLimit', 'http_put_response_hop_limit'],
    ['instanceMetadataTags', 'instance_metadata_tags'],
];
function plan_metadata(values, unknown, config, flat) {
    const block = flat ? values : plan_first(values?.metadata_options);
    const unk = flat ? unknown : plan_isObj(unknown) ? unknown.metadata_options : undefined;
    const wholeUnknown = unk === true;
    const unkLeaves = flat ? (plan_isObj(unk) ? unk : undefined) : plan_first(unk);
    const cfg = flat ? config : plan_first(config?.metadata_options);
    const out = {};
    for (const [key, attr] of KEYS) {
        const v = block?.[attr];
        if (v !== undefined && v !== null && v !== '') {
            out[key] = { state: 'known', value: key === 'hopLimit' ? Number(v) : String(v) };
        }
        else if (wholeUnknown || unkLeaves?.[attr] === true) {
            const r = refs(cfg?.[attr]);
            // The block is absent from the configuration: the provider computes it at apply, i.e. EC2's
            // launch-time default applies, which is exactly "unset".
            out[key] =
                cfg === undefined && wholeUnknown
                    ? { state: 'unset' }
                    : { state: 'unknown', reason: clean(r[0] ?? 'known after apply') };
        }
        else
            out[key] = { state: 'unset' };
    }
    return out;
}
function plan_templateRef(kind, cfgExpr, value, version, prefix) {
    const type = kind === 'launch-template' ? 'aws_launch_template.' : 'aws_launch_configuration.';
    const target = refs(cfgExpr).find((r) => r.startsWith(type) && r.split('.').length === 2);
    if (target)
        return {
            kind,
            target: prefix + target.replace(/\[[^\]]*\]/g, ''),
            version: version,
        };
    if (typeof value === 'string' && value)
        return { kind, expression: clean(value), version: version };
    if (cfgExpr === undefined && value === undefined)
        return undefined;
    return {
        kind,
        expression: clean(refs(cfgExpr)[0] ?? 'known after apply'),
        version: version,
    };
}
function versionOf(cfg, value) {
    const c = cfg?.version;
    if (plan_isObj(c) && 'constant_value' in c)
        return clean(String(c.constant_value));
    if (refs(c).length)
        return clean(refs(c)[0]);
    return typeof value?.version === 'string' ? clean(value.version) : undefined;
}
function readRef(type, after, cfg, prefix) {
    const ex = plan_isObj(cfg?.expressions) ? cfg.expressions : undefined;
    const lt = plan_first(ex?.launch_template);
    const ltv = plan_first(after?.launch_template);
    if (lt || ltv)
        return plan_templateRef('launch-template', lt?.id ?? lt?.name, ltv?.id ?? ltv?.name, versionOf(lt, ltv), prefix);
    const mip = plan_first(plan_first(plan_first(ex?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
    const mipv = plan_first(plan_first(plan_first(after?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
    if (mip || mipv) {
        const id = mip?.launch_template_id ?? mip?.launch_template_name;
        return plan_templateRef('launch-template', id, mipv?.launch_template_id ?? mipv?.launch_template_name, versionOf(mip, mipv), prefix);
    }
    if (type === 'aws_autoscaling_group' && (ex?.launch_configuration || after?.launch_configuration)) {
        return plan_templateRef('launch-configuration', ex?.launch_configuration, after?.launch_configuration, undefined, prefix);
    }
    return undefined;
}
function locate(text, address) {
    const start = Math.max(0, text.indexOf('"resource_changes"'));
    const needle = new RegExp(`"address"\\s*:\\s*${JSON.stringify(address).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
    needle.lastIndex = start;
    const m = needle.exec(text) ?? new RegExp(needle.source).exec(text);
    return m ? lineOfOffset(text, m.index) : undefined;
}
/** Line of each resource change's "address" in the plan text, in one pass (a plan can be 50 MB). */
function addressLines(text) {
    const out = new Map();
    const start = Math.max(0, text.indexOf('"resource_changes"'));
    const re = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g;
    re.lastIndex = start;
    let line = lineOfOffset(text, start);
    let at = start;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        for (let i = at; i < m.index; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        at = m.index;
        try {
            const address = JSON.parse(m[1]);
            if (!out.has(address))
                out.set(address, line);
        }
        catch {
            // not a JSON string: locate() finds it the slow way
        }
    }
    return out;
}
function regionOf(plan, key) {
    const providers = plan_isObj(plan_first(plan.configuration)?.provider_config)
        ? plan_first(plan.configuration)?.provider_config
        : {};
    const k = typeof key === 'string' ? key : 'aws';
    const prov = plan_first(providers[k]) ?? plan_first(providers[k.split(':').pop() ?? 'aws']);
    const region = plan_isObj(prov?.expressions) ? prov.expressions.region : undefined;
    if (plan_isObj(region) && typeof region.constant_value === 'string')
        return region.constant_value;
    const ref = refs(region).find((r) => r.startsWith('var.'));
    const vars = plan_isObj(plan.variables) ? plan.variables : {};
    const v = ref ? plan_first(vars[ref.slice(4)])?.value : undefined;
    return typeof v === 'string' ? v : undefined;
}
function readTerraformPlan(file, text, plan, lookup) {
    const config = new Map();
    collectConfig(plan_first(plan.configuration)?.root_module, '', config);
    const resources = [];
    const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    const lines = addressLines(text);
    for (const rc of changes) {
        if (!plan_isObj(rc) || rc.mode === 'data' || typeof rc.type !== 'string' || typeof rc.address !== 'string')
            continue;
        const kind = TERRAFORM_KINDS[rc.type];
        const change = plan_first(rc.change);
        if (!kind || !change)
            continue;
        const act = action(change.actions);
        const after = plan_isObj(change.after) ? change.after : undefined;
        const before = plan_isObj(change.before) ? change.before : undefined;
        const cfg = config.get(configAddress(rc.address));
        const cfgEx = plan_isObj(cfg?.expressions) ? cfg.expressions : undefined;
        const flat = kind === 'account-defaults';
        const moduleAddr = typeof rc.module_address === 'string' ? `${configAddress(rc.module_address)}.` : '';
        const src = lookup?.(configAddress(rc.address)) ?? lookup?.(rc.address);
        const res = {
            kind,
            address: clean(rc.address),
            resourceType: rc.type,
            file: src?.file ?? file,
            line: src ? src.line : (lines.get(rc.address) ?? locate(text, rc.address)),
            format: 'terraform-plan',
            action: act,
            suppressions: src?.suppressions ?? [],
        };
        const region = regionOf(plan, cfg?.provider_config_key);
        if (region)
            res.region = clean(region);
        if (kind !== 'autoscaling-group' && kind !== 'eks-node-group') {
            res.metadata = after
                ? plan_metadata(after, change.after_unknown, cfgEx, flat)
                : before
                    ? plan_metadata(before, undefined, cfgEx, flat)
                    : undefined;
            if (before && after)
                res.before = plan_metadata(before, undefined, cfgEx, flat);
            const ami = (after ?? before)?.ami ?? (after ?? before)?.image_id;
            if (typeof ami === 'string' && ami.startsWith('ami-'))
                res.amiId = clean(ami);
            else if (cfgEx?.ami || cfgEx?.image_id)
                res.amiExpression = clean(refs(cfgEx.ami ?? cfgEx.image_id)[0] ?? 'known after apply');
        }
        if (kind !== 'launch-template' && kind !== 'launch-configuration' && kind !== 'account-defaults') {
            const ref = readRef(rc.type, after ?? before, cfg, moduleAddr);
            if (ref)
                res.template = ref;
        }
        resources.push(res);
    }
    return { resources, errors: [] };
}

;// CONCATENATED MODULE: ./lib/iac/index.js




const HCL_START = /^\s*(resource|variable|provider|module|data|locals|terraform|output)\s*("|\{)/m;
/** Detects a file's format from its content (the extension only tells .tfvars from .tf). */
function detectFormat(file, text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{')) {
        try {
            const json = JSON.parse(text);
            if (isTerraformPlan(json))
                return { format: 'terraform-plan', json };
            if (isCloudFormation(json))
                return { format: 'cloudformation', json };
        }
        catch {
            // not JSON: fall through (YAML flow mapping or HCL)
        }
    }
    if (/\bAWSTemplateFormatVersion\b|^Resources\s*:/m.test(text) || /\bType\s*:\s*['"]?AWS::/.test(text)) {
        return { format: 'cloudformation' };
    }
    if (file.endsWith('.tfvars'))
        return { format: 'terraform-vars' };
    if (HCL_START.test(text) || file.endsWith('.tf'))
        return { format: 'terraform' };
    return { format: 'unknown' };
}
const folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
/** A lookup from Terraform addresses to the .tf blocks read from source (root-module addresses),
 * optionally only those in one folder (a plan's own folder). */
function sourceLookup(resources, folder) {
    const byAddress = new Map();
    for (const r of resources) {
        if (r.format !== 'terraform' || (folder !== undefined && folderOf(r.file) !== folder))
            continue;
        const list = byAddress.get(r.address) ?? [];
        list.push({ file: r.file, line: r.line, suppressions: r.suppressions });
        byAddress.set(r.address, list);
    }
    // Ambiguous (the same address in two folders): do not guess.
    return (address) => {
        const hits = byAddress.get(configAddress(address));
        return hits && hits.length === 1 ? hits[0] : undefined;
    };
}
async function readIacFiles(files, options = {}) {
    const resources = [];
    const errors = [];
    const skipped = [];
    const folders = new Map();
    const plans = [];
    for (const f of files) {
        try {
            const { format, json } = detectFormat(f.file, f.text);
            if (format === 'terraform-plan')
                plans.push({ ...f, json: json });
            else if (format === 'cloudformation') {
                const r = readCloudFormation(f.file, f.text);
                resources.push(...r.resources);
                errors.push(...r.errors);
                skipped.push(...(r.skipped ?? []));
            }
            else if (format === 'terraform' || format === 'terraform-vars') {
                const list = folders.get(folderOf(f.file)) ?? [];
                list.push(f);
                folders.set(folderOf(f.file), list);
            }
            else if (f.text.trimStart().startsWith('{')) {
                errors.push({ file: f.file, message: jsonProblem(f.text) });
            }
            else {
                skipped.push({ file: f.file, reason: 'not Terraform, a Terraform plan or CloudFormation' });
            }
        }
        catch (e) {
            errors.push({
                file: f.file,
                message: `could not be read: ${clean(e instanceof Error ? e.message : e)}`,
            });
        }
    }
    const hcl = [];
    for (const folderFiles of folders.values()) {
        const r = await readTerraformFolder(folderFiles);
        hcl.push(...r.resources);
        errors.push(...r.errors);
    }
    resources.push(...hcl);
    const covered = new Set();
    for (const p of plans) {
        const r = readTerraformPlan(p.file, p.text, p.json, options.lookup ?? sourceLookup(hcl, folderOf(p.file)));
        resources.push(...r.resources);
        errors.push(...r.errors);
        for (const x of r.resources)
            if (x.file !== p.file)
                covered.add(`${x.file}\0${configAddress(x.address)}`);
    }
    // A plan is more accurate than its source: a .tf block the plan covers is judged from the plan.
    const kept = resources.filter((r) => r.format !== 'terraform' || !covered.has(`${r.file}\0${r.address}`));
    return { resources: kept, errors, skipped };
}
function jsonProblem(text) {
    try {
        JSON.parse(text);
        return 'JSON, but neither a Terraform plan (format_version + resource_changes) nor a CloudFormation template (Resources with AWS:: types)';
    }
    catch (e) {
        return `not valid JSON: ${clean(e instanceof Error ? e.message : e)}`;
    }
}




;// CONCATENATED MODULE: ./lib/report/sarif.js
// IaC findings \u2192 SARIF 2.1.0 for github/codeql-action/upload-sarif. Every result has a file location
// (code scanning rejects results without one); fingerprints hash rule + file + address, not the
// line, so a finding keeps its identity when lines move.



const safe = (v) => (0,model_text/* cleanText */.X5)(v);
/** Repo-relative URI: forward slashes, no leading ./ or /, each segment percent-encoded. */
function toSarifUri(file) {
    const parts = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/');
    return parts.map((p) => encodeURIComponent(p)).join('/');
}
function fingerprint(f) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${f.ruleId}\0${toSarifUri(f.file)}\0${f.address}`)
        .digest('hex');
}
function rules() {
    return IAC_RULES.map((r) => ({
        id: r.id,
        name: r.title
            .replace(/[^A-Za-z0-9]+/g, ' ')
            .trim()
            .replace(/ (\w)/g, (_, c) => c.toUpperCase()),
        shortDescription: { text: r.title },
        fullDescription: { text: r.help },
        help: { text: r.help, markdown: r.help },
        defaultConfiguration: { level: r.level },
        properties: {
            'security-severity': r.securitySeverity,
            tags: ['security', 'aws', 'ec2', 'imds', 'external/cwe/cwe-918'],
            precision: 'high',
        },
    }));
}
function findingsToSarif(findings, options = {}) {
    const index = new Map(IAC_RULES.map((r, i) => [r.id, i]));
    const results = findings.map((f) => {
        const result = {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: f.level,
            message: { text: safe(`${f.message} Fix: ${f.fix}`) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: toSarifUri(f.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line && f.line > 0 ? f.line : 1 },
                    },
                    logicalLocations: [
                        {
                            name: safe(f.address),
                            kind: 'resource',
                            fullyQualifiedName: safe(`${f.resourceType}.${f.address}`),
                        },
                    ],
                },
            ],
            partialFingerprints: { 'imdsGuard/v1': fingerprint(f) },
            properties: { attributed: f.attributed, ...(f.action ? { planAction: f.action } : {}) },
        };
        if (f.suppression) {
            result.suppressions = [
                { kind: 'inSource', justification: safe(`${f.suppression.tool}: ${f.suppression.reason}`) },
            ];
        }
        return result;
    });
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'IMDS Guard',
                        informationUri: options.informationUri,
                        semanticVersion: options.version,
                        rules: rules(),
                    },
                },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The repository root (GITHUB_WORKSPACE).' } },
                },
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./lib/pipeline/iac.js
/**
 * The pull request's infrastructure code (issue 9): workspace globs \u2192 files \u2192 IaC readers \u2192 (with AWS
 * access) the live settings an unset HttpTokens resolves to \u2192 findings \u2192 SARIF, annotations and the
 * gate's lines. Offline (no session) it makes no AWS call and says what each outcome depends on.
 */










/** Files above this size are reported as errors, not read (a 50 MB plan JSON reads fine). */
const MAX_IAC_FILE_BYTES = 100 * 1024 * 1024;
// ----- finding the files ---------------------------------------------------------------------------
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(external_node_path_.sep) && !/^\.git($|[\\/])/.test(rel);
}
/**
 * The workspace files the globs match, sorted, never outside the workspace (symbolic links are not
 * followed, and a matched link that resolves outside is dropped) and never under `.git/`.
 */
async function expandIacGlobs(workspace, globs) {
    if (!globs.length)
        return [];
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const matched = await (0,dist/* glob */.TI)(globs, {
        cwd: root,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ['**/.git/**', '.git/**', '**/node_modules/**', '**/.terraform/**'],
    });
    const out = new Set();
    for (const rel of matched) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, rel));
        }
        catch {
            continue;
        }
        if (inside(root, real) && inside(root, (0,external_node_path_.resolve)(root, rel)))
            out.add(rel.split(external_node_path_.sep).join('/'));
    }
    return [...out].sort();
}
/** Reads the files; one that is too large or unreadable becomes an error naming it. */
async function readWorkspaceIacFiles(workspace, files, maxBytes = MAX_IAC_FILE_BYTES) {
    const out = [];
    const errors = [];
    for (const file of files) {
        const path = (0,external_node_path_.resolve)(workspace, file);
        try {
            const size = (0,external_node_fs_.statSync)(path).size;
            if (size > maxBytes) {
                errors.push({
                    file,
                    message: `not read: ${(size / 1048576).toFixed(1)} MB is above the ${Math.round(maxBytes / 1048576)} MB limit for one IaC file`,
                });
                continue;
            }
            out.push({ file, text: await (0,promises_.readFile)(path, 'utf8') });
        }
        catch (e) {
            errors.push({ file, message: `could not be read (${e.code ?? 'error'})` });
        }
    }
    return { files: out, errors };
}
// ----- the live settings an unset HttpTokens resolves to ---------------------------------------------
function toTokens(value) {
    return value === 'required' || value === 'optional' ? value : 'no-preference';
}
/** Reads (read-only) the account defaults and AMI ImdsSupport the outcome depends on; failures are warnings. */
async function readLiveContext(resources, ctx, session, deps, known) {
    const live = { accountDefaults: {}, amis: {}, problems: [] };
    const accountDefaults = {};
    ctx.accountDefaults = accountDefaults;
    // The live audit of this run already read the signed-in account's defaults: not read twice.
    const audited = new Map(known.filter((d) => d.accountId === session.accountId).map((d) => [d.region, d]));
    for (const region of liveInputsNeeded(resources, ctx).regions) {
        const have = audited.get(region);
        if (have) {
            accountDefaults[region] = toTokens(have.httpTokens);
            live.accountDefaults[region] = accountDefaults[region];
            continue;
        }
        try {
            const d = await readAccountDefaults(deps.clients.ec2(session, region, 'secondary'), session.accountId, region);
            accountDefaults[region] = toTokens(d.httpTokens);
            live.accountDefaults[region] = accountDefaults[region];
        }
        catch (e) {
            live.problems.push(`account default HttpTokens in ${region} could not be read: ${errorMessage(e)}`);
        }
    }
    // Only the AMIs still deciding an outcome once the account defaults are known.
    const amiIds = liveInputsNeeded(resources, ctx).amiIds;
    if (!amiIds.length)
        return live;
    const amiSupport = {};
    ctx.amiImdsSupport = amiSupport;
    // An AMI id is regional: ask the region of the (first) resource that launches it.
    const regionOf = new Map();
    for (const r of resources)
        if (r.amiId && !regionOf.has(r.amiId))
            regionOf.set(r.amiId, r.region ?? ctx.defaultRegion ?? '');
    const byRegion = new Map();
    for (const id of amiIds) {
        const region = regionOf.get(id) ?? '';
        byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
    }
    for (const [region, ids] of byRegion) {
        try {
            const images = await readImages(deps.clients.ec2(session, region, 'secondary'), session.accountId, region, ids);
            for (const img of images)
                amiSupport[img.imageId] = img.imdsSupport === 'v2.0' ? 'v2.0' : 'none';
            for (const id of ids) {
                if (amiSupport[id])
                    live.amis[id] = amiSupport[id];
                else
                    live.problems.push(`AMI ${id} was not found in ${region} (not visible to the account)`);
            }
        }
        catch (e) {
            live.problems.push(`ImdsSupport of ${ids.join(', ')} in ${region} could not be read: ${errorMessage(e)}`);
        }
    }
    return live;
}
// ----- the stage ---------------------------------------------------------------------------------------
const iac_location = (f) => `${f.file}${f.line ? `:${f.line}` : ''}`;
/** The gate's line for one finding: resource, file and line, why, fix. */
function failureLine(f) {
    const why = f.message.startsWith(`${f.resourceType} ${f.address}: `)
        ? f.message.slice(f.resourceType.length + f.address.length + 3)
        : f.message;
    return `${f.address} (${iac_location(f)}) allows IMDSv1 [${f.ruleId}]: ${why} Fix: ${f.fix}`;
}
async function runIacStage(settings, deps, session, 
/** Account defaults the live audit of this run already read (reused, not read again). */
knownDefaults = []) {
    const ws = deps.github.workspace;
    const files = await expandIacGlobs(ws, settings.iac.globs);
    deps.log.info(`IaC: ${files.length} file(s) match ${settings.iac.globs.join(', ')}${session ? '' : ' (offline: no AWS access, nothing live is read)'}.`);
    if (!files.length)
        deps.log.warning(`IaC: no file matches input 'iac' (${settings.iac.globs.join(', ')}); nothing to check.`);
    const read = await readWorkspaceIacFiles(ws, files);
    const parsed = await readIacFiles(read.files);
    const errors = [...read.errors, ...parsed.errors];
    const ctx = { defaultRegion: settings.homeRegion };
    const live = session
        ? await readLiveContext(parsed.resources, ctx, session, deps, knownDefaults)
        : { accountDefaults: {}, amis: {}, problems: [] };
    for (const p of live.problems)
        deps.log.warning(`IaC: ${p}; the resources it decides are reported as "depends".`);
    const { findings, verdicts } = assessIac(parsed.resources, ctx);
    const suppressed = findings.filter((f) => f.suppression);
    const attributed = findings.filter((f) => f.attributed && !f.suppression);
    const notAttributed = findings.filter((f) => !f.attributed && !f.suppression);
    const sarifPath = (0,external_node_path_.resolve)(ws, settings.reports.sarifPath);
    await writeFileEnsuringDir(sarifPath, `${JSON.stringify(findingsToSarif(findings, { version: deps.version }), null, 2)}\n`);
    deps.outputs.set('sarif-file', sarifPath);
    for (const e of errors)
        deps.log.info(`IaC: ${iac_location(e)} was not checked: ${e.message}`);
    const errorsOnly = attributed.filter((f) => f.level === 'error');
    deps.log.info(`IaC: ${parsed.resources.length} resource(s) in ${files.length - errors.length} file(s); this change: ${errorsOnly.length} allow IMDSv1, ${attributed.length - errorsOnly.length} warning(s)/note(s); ${suppressed.length} suppressed; ${errors.length} file error(s). SARIF: ${sarifPath}`);
    return {
        files,
        findings,
        attributed,
        notAttributed,
        suppressed,
        errors,
        skipped: parsed.skipped ?? [],
        verdicts,
        resourceCount: parsed.resources.length,
        offline: !session,
        dependsOn: liveInputsNeeded(parsed.resources, ctx).dependsOn,
        live,
        sarifPath,
        // A file that could not be checked cannot pass: it might hold what the gate is there to stop.
        gateFailures: [
            ...errorsOnly.map(failureLine),
            ...errors.map((e) => `${iac_location(e)} could not be checked: ${e.message}`),
        ],
    };
}
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
            title: `IMDS Guard ${f.ruleId}: ${iacRule(f.ruleId).title}`,
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

;// CONCATENATED MODULE: ./lib/pipeline/audit.js











function today(now) {
    return now.toISOString().slice(0, 10);
}
/**
 * Credentials the SDK's default chain would find without instance metadata (which is never used
 * unasked): the environment, a web-identity or container provider, or a shared credentials/config file
 * (a terminal user's ~/.aws).
 */
function hasAwsCredentials(env) {
    const home = env.HOME ?? env.USERPROFILE ?? '';
    const files = [
        env.AWS_SHARED_CREDENTIALS_FILE ?? (home && (0,external_node_path_.join)(home, '.aws', 'credentials')),
        env.AWS_CONFIG_FILE ?? (home && (0,external_node_path_.join)(home, '.aws', 'config')),
    ];
    return (['AWS_ACCESS_KEY_ID', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE'].some((k) => env[k]) ||
        Object.keys(env).some((k) => k.startsWith('AWS_CONTAINER_CREDENTIALS_') && env[k]) ||
        files.some((f) => Boolean(f) && (0,external_node_fs_.existsSync)(f)));
}
async function auditMode(settings, deps) {
    const iacOn = settings.iac.globs.length > 0;
    // A fork's pull request gets no OIDC token even when the workflow names a role: with `iac` set that
    // is no reason to fail \u2014 the IaC check runs offline, as it does with no role at all.
    const noOidc = Boolean(settings.auth.roleToAssume) && !deps.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (iacOn && ((!settings.auth.roleToAssume && !hasAwsCredentials(deps.env)) || noOidc)) {
        // The IaC check needs no AWS access: a fork's PR or a repository without a role still gets it.
        deps.log.info(noOidc
            ? 'role-to-assume is set but this job cannot get a GitHub OIDC token (a fork pull request, or no `id-token: write`): checking the IaC only, offline (no AWS call, no live audit).'
            : 'No role-to-assume and no AWS credentials: checking the IaC only, offline (no AWS call, no live audit).');
        const iac = await judgeIac(settings, deps);
        await publishIacOnly(settings, iac, deps);
        deps.outputs.set('passed', iac.gateFailures.length === 0);
        return { passed: iac.gateFailures.length === 0, failures: iac.gateFailures };
    }
    const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
    const usage = v1UsageStream(settings, deps);
    const { inventory, sessions } = await collectInventory(settings, session, deps.clients, deps.log, deps.now, {
        onInstances: usage.add,
        onRegionScanned: usage.flush,
    });
    await usage.finish(inventory, sessions);
    const iac = iacOn ? await judgeIac(settings, deps, session, inventory.accountDefaults) : undefined;
    return judgeAndPublish(settings, deps, inventory, undefined, iac);
}
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
function v1UsageStream(settings, deps) {
    const days = settings.remediation.v1UsageDays;
    const now = deps.now();
    const { start, end } = usageWindow(now, days);
    const read = { days, from: start.toISOString(), to: end.toISOString(), errors: [] };
    const reader = (metric) => new V1UsageReader({
        days,
        now,
        metric,
        concurrency: settings.scope.concurrency,
        cloudwatch: (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region),
        log: deps.log,
        onError: (e) => read.errors.push({ ...e, metric }),
    });
    // Each account's session, from the scan of its first page.
    const sessions = new Map();
    const noToken = reader('MetadataNoToken');
    const rejected = reader('MetadataNoTokenRejected');
    const measured = (i) => inScope(i, settings.scope.includeStopped);
    // Who is asked what: MetadataNoToken for those that may still use IMDSv1, MetadataNoTokenRejected
    // for those that require tokens (a pending change is neither yet).
    const mayUseV1 = (i) => allowsV1(i.metadata) && i.metadata.state !== 'pending';
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
        deps.log.info(`Notice: could not read CloudWatch ${e.metric} in ${n} account/region(s) (e.g. ${e.region}${e.accountId ? ` of ${e.accountId}` : ''}: ${e.code}); their instances' IMDSv1 usage is reported as unknown. Grant cloudwatch:GetMetricData to the role to see it.`);
    }
}
/** The IaC stage, its annotations on the diff. */
async function judgeIac(settings, deps, session, knownDefaults) {
    const iac = await runIacStage(settings, deps, session, knownDefaults);
    annotateFindings(iac.findings, deps.outputs.annotate);
    annotateErrors(iac.errors, deps.outputs.annotate);
    return iac;
}
/**
 * Which verdicts fail the run. On a pull request with `iac` set, what the change adds gates; the live
 * threshold gates too only with `pr-gate: iac-and-live` (a check no pull request can pass gets switched
 * off). Elsewhere the live threshold gates, plus the IaC errors when `iac` is set.
 */
function liveGates(settings, deps, iac) {
    return !iac || !deps.github.eventName.startsWith('pull_request') || settings.iac.prGate === 'iac-and-live';
}
/** Assessment \u2192 log line \u2192 reports \u2192 outputs; the gate's verdict is the run's. */
async function judgeAndPublish(settings, deps, inventory, mergedOutOfScope, iac) {
    const assessment = assess(inventory, optionsFromSettings(settings, today(deps.now())));
    // Shard reports hold in-scope instances only; their out-of-scope counts add up.
    if (mergedOutOfScope !== undefined)
        assessment.outOfScope = mergedOutOfScope;
    const t = assessment.totals;
    const accounts = inventory.accounts.length > 1
        ? `; ${assessment.accountsScanned} account${assessment.accountsScanned === 1 ? '' : 's'}${assessment.failedAccounts.length ? ` (${assessment.failedAccounts.length} failed)` : ''}`
        : '';
    deps.log.info(`IMDSv2 enforcement: ${formatPercent(t.compliant, t.inScope)} \u2014 ${t.compliant} of ${t.inScope} in-scope instances compliant under ${assessment.rule.id} (${t.buckets['v1-allowed']} allow IMDSv1, ${t.buckets.disabled} disabled, ${t.buckets.pending} pending; ${assessment.regionsScanned} regions${accounts}, ${inventory.durationMs} ms, ${Object.values(inventory.apiCalls).reduce((a, b) => a + b, 0)} API calls).`);
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
        ? buildGuardrails({
            instances: assessment.instances,
            accountDefaults: inventory.accountDefaults,
            launchTemplates: inventory.launchTemplates,
            exemptionTagKey: settings.exceptions.tagKey,
        })
        : undefined;
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
    deps.outputs.set('enforcement-percent', formatPercent(t.compliant, t.inScope).replace('%', ''));
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

;// CONCATENATED MODULE: ./lib/report/shards.js
/**
 * `mode: merge`: the shard reports of a matrix (downloaded artifacts: a folder or a glob) become the
 * one organization report \u2014 exactly as if one job had scanned everything. The shards are checked
 * first (all n present exactly once, the same account list, each covering its own partition), then
 * the inventory is rebuilt from their union and assessed by the same pure assess(), and published by
 * the same publishAudit path as an audit.
 */





class MergeError extends Error {
    name = 'MergeError';
}
const GLOB_CHARS = /[*?[]/;
/** `**` any path, `*` any name part, `?` one character; `[...]` classes are passed through. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                i++;
                if (glob[i + 1] === '/') {
                    i++;
                    re += '(?:.*/)?';
                }
                else
                    re += '.*';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = glob.indexOf(']', i);
            if (end < 0)
                re += '\\[';
            else {
                re += glob.slice(i, end + 1);
                i = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
async function shards_walk(dir) {
    const out = [];
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            out.push(...(await shards_walk(p)));
        else if (e.isFile())
            out.push(p);
    }
    return out;
}
/**
 * The report files named by `merge-reports`: a folder (every *.json below it, as
 * actions/download-artifact lays them out) or a glob such as `shards/** /report.json`.
 */
async function findReports(spec, cwd) {
    const path = (0,external_node_path_.resolve)(cwd, spec);
    if (!GLOB_CHARS.test(spec)) {
        const s = await (0,promises_.stat)(path).catch(() => undefined);
        if (!s)
            throw new MergeError(`merge-reports: '${spec}' does not exist (resolved to ${path}).`);
        if (s.isFile())
            return [path];
        return (await shards_walk(path)).filter((f) => f.endsWith('.json')).sort();
    }
    // The fixed leading folders of the glob are walked; the rest is matched.
    const parts = path.split(external_node_path_.sep);
    const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
    const base = parts.slice(0, firstGlob).join(external_node_path_.sep) || external_node_path_.sep;
    const pattern = globToRegExp(parts.slice(firstGlob).join('/'));
    const files = await shards_walk(base).catch(() => []);
    return files.filter((f) => pattern.test((0,external_node_path_.relative)(base, f).split(external_node_path_.sep).join('/'))).sort();
}
async function readShardReports(spec, cwd) {
    const files = await findReports(spec, cwd);
    if (files.length === 0) {
        throw new MergeError(`merge-reports: '${spec}' matched no JSON files. Download the shards' report artifacts first (actions/download-artifact with a pattern and path).`);
    }
    const out = [];
    for (const file of files) {
        const report = parseJsonReport(await (0,promises_.readFile)(file, 'utf8'), (0,external_node_path_.relative)(cwd, file) || file);
        out.push({ file, report });
    }
    return out;
}
/** Bounds of a shard record: a matrix has at most 256 jobs; an organization at most 100,000 accounts. */
const MAX_SHARDS = 256;
const MAX_ACCOUNTS = 100_000;
/**
 * Checks a report's `shard` against the schema, with bounds, before anything is built from it: a
 * corrupt or hostile shard file (count = 1e9, accounts not a list\u2026) is refused naming the file.
 */
function validateShard(shard, file) {
    const bad = (what) => new MergeError(`${file}: its 'shard' record ${what}. Use the report.json the sharded audit wrote, unedited.`);
    if (!shard || typeof shard !== 'object' || Array.isArray(shard))
        throw bad('is not an object');
    const s = shard;
    const int = (v) => typeof v === 'number' && Number.isInteger(v);
    if (!int(s.count) || s.count < 1 || s.count > MAX_SHARDS)
        throw bad(`has count ${JSON.stringify(s.count)?.slice(0, 40)}, not a whole number from 1 to ${MAX_SHARDS}`);
    if (!int(s.index) || s.index < 1 || s.index > s.count)
        throw bad(`has index ${JSON.stringify(s.index)?.slice(0, 40)}, not a whole number from 1 to its count`);
    for (const key of ['accounts', 'assigned']) {
        const list = s[key];
        if (!Array.isArray(list) || list.length > MAX_ACCOUNTS)
            throw bad(`has ${key} that is not a list of at most ${MAX_ACCOUNTS} account ids`);
        if (!list.every((a) => typeof a === 'string' && /^\d{12}$/.test(a)))
            throw bad(`has ${key} with an entry that is not a 12-digit account id`);
    }
}
const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
/**
 * Refuses anything but one complete set of shards of one account list: every index 1..n exactly once,
 * the same n and the same accounts in all, and each report covering exactly its own partition.
 */
function verifyShards(reports) {
    const name = (f) => f;
    const unsharded = reports.filter((r) => !r.report.shard);
    if (unsharded.length) {
        throw new MergeError(`${unsharded.map((r) => name(r.file)).join(', ')} ${unsharded.length === 1 ? 'was' : 'were'} not written by a sharded audit (no 'shard' in the report). Run the audit jobs with shard: \${{ matrix.shard }}/N, or point merge-reports at the shards' reports only.`);
    }
    for (const { file, report } of reports)
        validateShard(report.shard, name(file));
    const first = reports[0].report.shard;
    const { count, accounts } = first;
    for (const { file, report } of reports) {
        const s = report.shard;
        if (s.count !== count) {
            throw new MergeError(`${name(file)} is shard ${shardLabel(s)}, but ${name(reports[0].file)} is shard ${shardLabel(first)}: the reports come from different matrices.`);
        }
        if (!sameList(s.accounts, accounts)) {
            throw new MergeError(`${name(file)} (shard ${shardLabel(s)}) partitioned a different account list than ${name(reports[0].file)} (${s.accounts.length} vs ${accounts.length} accounts): the shards were not given the same accounts (the organization changed between jobs, or the inputs differ). Re-run the matrix.`);
        }
        const expected = partition(accounts, s.index, s.count);
        if (!sameList([...s.assigned].sort(), expected)) {
            throw new MergeError(`${name(file)} (shard ${shardLabel(s)}) did not scan its own partition of the account list.`);
        }
        const scanned = [...new Set(report.accounts.map((a) => a.accountId))].sort();
        if (!sameList(scanned, expected)) {
            throw new MergeError(`${name(file)} (shard ${shardLabel(s)}) reports accounts ${scanned.join(', ') || '(none)'}, but its partition is ${expected.join(', ') || '(none)'}.`);
        }
    }
    const seen = new Map();
    for (const { file, report } of reports) {
        const i = report.shard.index;
        const prev = seen.get(i);
        if (prev) {
            throw new MergeError(`Shard ${i}/${count} appears twice (${name(prev)} and ${name(file)}). Download each shard's report once (e.g. one artifact per shard, a fresh folder per run).`);
        }
        seen.set(i, file);
    }
    const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !seen.has(i));
    if (missing.length) {
        throw new MergeError(`Shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (found ${[
            ...seen.keys(),
        ]
            .sort((a, b) => a - b)
            .map((i) => `${i}/${count}`)
            .join(', ')}). A merged report must cover every shard; check that every matrix job succeeded in writing and uploading its report.`);
    }
    return { count, accounts };
}
/** An assessed instance back to the collected fact (assess() judges it again). */
function shards_toInstance(a) {
    const { bucket: _b, compliant: _c, risk: _r, exception: _e, ...instance } = a;
    return instance;
}
const strip = (x) => {
    const { allowsV1: _a, reason: _r, ...rest } = x;
    return rest;
};
/**
 * The inventory one unsharded run would have collected: the union of the shards' facts (each account
 * is in exactly one shard), in the same order collectInventory produces.
 */
function mergeInventories(reports) {
    const ordered = [...reports].sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
    const byPlace = (a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId) || (0,model_text/* compareCode */.fn)(a.region, b.region);
    const apiCalls = {};
    const accountDefaults = [];
    const launchTemplates = [];
    const images = [];
    const autoScalingGroups = [];
    const postureErrors = [];
    let withPosture = false;
    for (const r of ordered) {
        for (const [op, n] of Object.entries(r.apiCalls ?? {}))
            apiCalls[op] = (apiCalls[op] ?? 0) + n;
        const p = r.posture;
        if (!p)
            continue;
        withPosture = true;
        accountDefaults.push(...p.accountDefaults.map(strip));
        launchTemplates.push(...p.launchTemplates.map(strip));
        images.push(...p.images);
        autoScalingGroups.push(...p.autoScalingGroupsOnLaunchConfigurations);
        postureErrors.push(...(p.errors ?? []));
    }
    const scannedAt = ordered.map((r) => r.scannedAt).sort()[0];
    const inventory = {
        scannedAt,
        // The matrix ran in parallel: the slowest shard is the organization's scan time.
        durationMs: Math.max(...ordered.map((r) => r.durationMs)),
        callerAccountId: ordered[0].callerAccountId,
        accounts: ordered.flatMap((r) => r.accounts).sort((a, b) => (0,model_text/* compareCode */.fn)(a.accountId, b.accountId)),
        regions: ordered.flatMap((r) => r.regions).sort(byPlace),
        instances: ordered
            .flatMap((r) => r.instances.map(shards_toInstance))
            .sort((a, b) => byPlace(a, b) || (0,model_text/* compareCode */.fn)(a.instanceId, b.instanceId)),
        apiCalls,
    };
    if (withPosture)
        Object.assign(inventory, { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors });
    // Who still uses IMDSv1: the sums travel on the instances; the window and failed reads are joined.
    const usage = ordered.filter((r) => r.v1Usage);
    if (usage.length) {
        const u = usage[0].v1Usage;
        inventory.v1Usage = {
            days: u.days,
            from: u.from,
            to: u.to,
            errors: usage.flatMap((r) => r.v1Usage.errors),
        };
    }
    // Auto Scaling groups as they launch: each shard judged its own accounts' groups; rebuilt as facts.
    const groups = ordered.flatMap((r) => r.autoScalingGroups ?? []);
    if (ordered.some((r) => r.autoScalingGroups))
        inventory.autoScalingLaunches = launchesFromVerdicts(groups);
    return { inventory, outOfScope: ordered.reduce((n, r) => n + (r.outOfScope ?? 0), 0) };
}
/** `mode: merge`'s inventory: read, verify and union the shard reports. */
async function loadMergedInventory(spec, cwd, log) {
    const reports = await readShardReports(spec, cwd);
    const { count, accounts } = verifyShards(reports);
    log.info(`Merging ${count} shard report${count === 1 ? '' : 's'} covering ${accounts.length} account${accounts.length === 1 ? '' : 's'}: ${reports.map((r) => (0,external_node_path_.relative)(cwd, r.file) || r.file).join(', ')}.`);
    return mergeInventories(reports.map((r) => r.report));
}
/** The facts behind shard reports' Auto Scaling verdicts (each launch carries its resolved version). */
function launchesFromVerdicts(groups) {
    const templates = new Map();
    const out = { groups: [], templates: [], errors: [] };
    for (const g of groups) {
        out.groups.push({
            accountId: g.accountId,
            region: g.region,
            name: g.name,
            refs: g.launches.map((l) => {
                const { versionNumber: _n, settings: _s, verdict: _v, ...ref } = l;
                return ref;
            }),
        });
        for (const l of g.launches) {
            if (!l.launchTemplateId || !l.settings)
                continue;
            const k = `${g.accountId}/${g.region}/${l.launchTemplateId}`;
            let t = templates.get(k);
            if (!t) {
                t = {
                    accountId: g.accountId,
                    region: g.region,
                    launchTemplateId: l.launchTemplateId,
                    name: l.launchTemplateName ?? '',
                    versions: [],
                };
                templates.set(k, t);
            }
            if (!t.versions.some((v) => v.versionNumber === l.settings.versionNumber))
                t.versions.push(l.settings);
            // What $Default / $Latest resolved to in the shard, so the merged verdict is the shard's.
            if (l.version === '$Default' || l.version === '')
                t.defaultVersionNumber = l.versionNumber;
            if (l.version === '$Latest')
                t.latestVersionNumber = l.versionNumber;
        }
    }
    out.templates = [...templates.values()];
    return out;
}

;// CONCATENATED MODULE: ./lib/pipeline/merge.js


async function mergeMode(settings, deps) {
    const { inventory, outOfScope } = await loadMergedInventory(settings.organization.mergeReports ?? '', deps.github.workspace, deps.log);
    return judgeAndPublish(settings, deps, inventory, outOfScope);
}

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


















const plan_today = (d) => d.toISOString().slice(0, 10);
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
        const text = readWorkspaceFile(deps, 'instances-file', r.selection.instancesFile);
        fileRows = parseInstancesCsv(text, r.selection.instancesFile);
        instancesFile = {
            path: r.selection.instancesFile,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
            rows: fileRows.length,
        };
        deps.log.info(`instances-file: ${fileRows.length} instance id(s) from ${r.selection.instancesFile}`);
    }
    // 2. Sign in and collect; every account's session travels on with its facts.
    const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
    const { inventory, sessions } = await collectInventory(settings, session, deps.clients, deps.log, deps.now);
    // 3. Judge: which resources change, to what.
    const input = {
        instances: inventory.instances,
        selection: r.selection,
        fileRows,
        policy: { remediation: r.action, hopLimit: r.hopLimit },
        exceptions: settings.exceptions,
        today: plan_today(deps.now()),
        includeStopped: settings.scope.includeStopped,
        createdAt: deps.now().toISOString(),
        scannedAt: inventory.scannedAt,
        v1UsageDays: r.v1UsageDays,
    };
    const cands = r.targets.includes('instances')
        ? planCandidates(input)
        : { candidates: [], heldBack: [], expiredExceptions: [] };
    const postureInput = {
        targets: r.targets,
        remediation: r.action,
        accountDefaults: inventory.accountDefaults ?? [],
        launchTemplates: inventory.launchTemplates ?? [],
        postureErrors: inventory.postureErrors ?? [],
        instances: inventory.instances.filter((i) => inScope(i, settings.scope.includeStopped)),
        v1UsageDays: r.v1UsageDays,
    };
    const posture = postureCandidates(postureInput);
    // 4. Readiness: MetadataNoToken of every instance a change would break, read in its own account.
    const seen = new Set();
    const targets = [
        ...cands.candidates.filter((c) => needsReadiness(c.instance.metadata, c.after)).map((c) => c.instance),
        ...posture.templates.flatMap((t) => templateReadinessInstances(t, postureInput.instances)),
    ]
        .filter((i) => !seen.has(i.instanceId) && Boolean(seen.add(i.instanceId)))
        .map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.instanceId }));
    const { usage, calls } = await measureV1Usage(targets, {
        days: r.v1UsageDays,
        now: deps.now(),
        cloudwatch: (accountId, region) => deps.clients.cloudwatch(sessionOf(sessions, accountId), region),
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
    const flat = buildPlan({ ...input, createdAt: deps.now().toISOString(), selectedBy }, cands, usage, r.includeInUse, buildPostureItems(postureInput, usage, r.includeInUse));
    // 6. Staged waves (issue 12): each item's wave, the soak and the failure budget, sealed with the rest.
    let plan = flat;
    if (r.waves) {
        const tags = new Map(inventory.instances.map((i) => [i.instanceId, i.tags]));
        plan = sealPlan(planWithWaves(flat, r.waves, (it, key) => tags.get(it.resourceId)?.[key]));
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
    const path = workspacePath(deps, r.changelogPath, 'changelog-path');
    if (!(0,external_node_fs_.existsSync)(path)) {
        throw new Error(`changelog-path: no change log at ${r.changelogPath}. Check out the branch the apply run committed it to (or set changelog-path).`);
    }
    // Instances a wave's soak already restored automatically need no rollback: never re-apply them.
    const { records, restored } = withoutAutoRestored(parseChangeLog((0,external_node_fs_.readFileSync)(path, 'utf8'), r.changelogPath));
    const { plan: bare, runId } = buildRollbackPlan(records, {
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
    const session = await signIn(settings, deps.clients, deps.idToken, deps.log, deps.env);
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
            const { found } = await rereadInstances(deps.clients.ec2(sessionOf(sessions, accountId), region), accountId, region, ids);
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
    const plan = sealPlan({
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
    const path = workspacePath(deps, settings.remediation.planFile, 'plan-file');
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(plan, null, 2)}\n`);
    deps.outputs.set('plan-file', path);
    deps.outputs.set('plan-digest', plan.digest);
    deps.log.info(`Plan written to ${settings.remediation.planFile} (plan-digest ${plan.digest}).`);
    await deps.outputs.summary(planSummary(plan, (0,external_node_path_.relative)(deps.github.workspace, path) || path, extra));
}

;// CONCATENATED MODULE: ./lib/run.js




function run(settings, deps) {
    switch (settings.mode) {
        case 'audit':
            return auditMode(settings, deps);
        case 'merge':
            return mergeMode(settings, deps);
        case 'plan':
            return planMode(settings, deps);
        case 'plan-rollback':
            return planRollbackMode(settings, deps);
        case 'apply':
        case 'rollback':
            return applyMode(settings, deps);
    }
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
async function main(env = process.env) {
    const clients = new ClientFactory();
    try {
        const settings = parseSettings((name) => core/* getInput */.V4(name), env);
        if (settings.github.token)
            core/* setSecret */.Pq(settings.github.token);
        const deps = {
            log: coreLog,
            clients,
            idToken: env.ACTIONS_ID_TOKEN_REQUEST_URL ? (aud) => core/* getIDToken */.V9(aud) : undefined,
            github: readContext(env),
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
        core/* setFailed */.C1((0,model_text/* safeLogText */.Ht)(e instanceof InputError ? e.message : `IMDS Guard: ${errorMessage(e)}`));
    }
    finally {
        clients.destroy();
    }
}


/***/ })

};
