/**
 * Rollback provenance: a rollback only undoes what IMDS Guard itself wrote. The judge (pure) over a
 * table of records and facts, the opt-in, and the GitHub reader against the loopback fake with lines
 * committed the way apply commits them (createCommitOnBranch) and lines pushed by someone else.
 */
import { getOctokit } from '@actions/github';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildRollbackPlan,
  judgeRecord,
  type LoggedRecord,
  leftOutRows,
  noProvenRunError,
  parseRollbackRun,
  provenanceOfPlan,
  sortByProvenance,
} from '../../src/assess/rollback.js';
import { commitChangelog } from '../../src/github/commit.js';
import { provenanceSource } from '../../src/github/provenance.js';
import type { ChangeRecord, LineCommit, ProvenanceFacts, RunFact } from '../../src/model/types.js';
import { parseChangeLogLines, provenanceOf } from '../../src/remediate/changelog.js';
import { provenanceSummary } from '../../src/report/provenance.js';
import { type GitHubServer, OCTOCAT, startGitHub } from '../support/github.js';

const REPO = 'octo/infra';
const WORKFLOW = `${REPO}/.github/workflows/imds-guard.yml@refs/heads/main`;
const BOT = 'github-actions[bot]';
const DIGEST = `sha256:${'a'.repeat(64)}`;

const rec = (over: Partial<ChangeRecord> = {}): ChangeRecord => {
  const r: ChangeRecord = {
    time: '2026-03-01T10:00:00.000Z',
    runId: '100',
    mode: 'apply',
    kind: 'instance',
    accountId: '111111111111',
    region: 'us-east-1',
    resourceId: 'i-0123456789abcdef0',
    before: { httpTokens: 'optional', httpPutResponseHopLimit: 64 },
    after: { httpTokens: 'required', httpPutResponseHopLimit: 1 },
    result: 'applied',
    planDigest: DIGEST,
    ...over,
  };
  if (!('writtenBy' in over))
    r.writtenBy = provenanceOf({ runId: r.runId, runAttempt: '1', workflowRef: WORKFLOW }, r.planDigest);
  return r;
};
const line = (r: ChangeRecord, n = 1): LoggedRecord => ({ record: r, line: n, text: JSON.stringify(r) });
const run = (over: Partial<RunFact> = {}): RunFact => ({
  id: '100',
  repository: REPO,
  path: '.github/workflows/imds-guard.yml',
  status: 'completed',
  event: 'workflow_dispatch',
  runAttempt: 1,
  createdAt: '2026-03-01T09:59:00Z',
  updatedAt: '2026-03-01T10:05:00Z',
  ...over,
});
const botCommit: LineCommit = {
  oid: 'c'.repeat(40),
  committedDate: '2026-03-01T10:01:00Z',
  author: BOT,
  signedByGitHub: true,
};
function facts(
  lines: LoggedRecord[],
  over: { commit?: LineCommit; runs?: Record<string, RunFact | null> } = {},
) {
  const f: ProvenanceFacts = {
    identity: BOT,
    repository: REPO,
    branch: 'main',
    path: '.imds-guard/changelog.jsonl',
    headOid: 'h'.repeat(40),
    lineCommits: new Map(lines.map((l) => [l.text, [over.commit ?? botCommit]])),
    runs: new Map(Object.entries(over.runs ?? { '100': run() })),
  };
  return f;
}

describe('rollback-run values', () => {
  it.each([
    ['last', { run: 'last', unverified: false }],
    ['777', { run: '777', unverified: false }],
    ['last, unverified', { run: 'last', unverified: true }],
    [' 777 unverified ', { run: '777', unverified: true }],
  ])('%j', (value, want) => expect(parseRollbackRun(value)).toEqual(want));
  it.each([
    ['', /is empty/],
    ['unverified', /names no run/],
    ['777, yes', /more than a run/],
    ['1 2', /more than a run/],
  ])('%j is refused, naming the input and the fix', (value, msg) => {
    expect(() => parseRollbackRun(value)).toThrow(msg);
    expect(() => parseRollbackRun(value)).toThrow(/Input 'rollback-run'.*unverified/);
  });
});

describe('judgeRecord', () => {
  const genuine = line(rec());
  it('keeps a record committed by the token identity, signed by GitHub, during its run of the named workflow', () => {
    expect(judgeRecord(genuine, facts([genuine]))).toEqual({ ok: true });
  });
  it('keeps a reconciling record judged by the reconciling run', () => {
    const r = rec({
      runId: '777',
      reconciledBy: '100',
      writtenBy: provenanceOf({ runId: '100', runAttempt: '1', workflowRef: WORKFLOW }, DIGEST),
    });
    expect(judgeRecord(line(r), facts([line(r)]))).toEqual({ ok: true });
  });

  const cases: Array<[string, LoggedRecord, Parameters<typeof facts>[1], RegExp]> = [
    ['a line not in the committed log', genuine, { commit: undefined }, /not in .* as committed to main/],
    [
      'a line pushed by someone else',
      genuine,
      { commit: { ...botCommit, author: 'mallory', signedByGitHub: false } },
      /commit ccccccc by mallory, not signed by GitHub, not a change-log commit of github-actions\[bot\]/,
    ],
    [
      "a push that gives the bot's email as author (not signed by GitHub)",
      genuine,
      { commit: { ...botCommit, signedByGitHub: false } },
      /by github-actions\[bot\], not signed by GitHub/,
    ],
    [
      'a signed commit by another identity (the web UI)',
      genuine,
      { commit: { ...botCommit, author: 'octocat' } },
      /by octocat, not a change-log commit/,
    ],
    [
      'a run GitHub does not know (404)',
      genuine,
      { runs: { '100': null } },
      /run 100 is not a workflow run of octo\/infra/,
    ],
    [
      'a run that has not run',
      genuine,
      { runs: { '100': run({ status: 'queued' }) } },
      /has not run \(status queued\)/,
    ],
    [
      "a pull request's run",
      genuine,
      { runs: { '100': run({ event: 'pull_request' }) } },
      /ran on pull_request/,
    ],
    [
      'a run of another workflow',
      genuine,
      { runs: { '100': run({ path: '.github/workflows/ci.yml' }) } },
      /is of workflow .github\/workflows\/ci.yml, not octo\/infra\/.github\/workflows\/imds-guard.yml/,
    ],
    [
      'a commit made outside the run',
      genuine,
      { runs: { '100': run({ createdAt: '2026-03-02T00:00:00Z', updatedAt: '2026-03-02T00:10:00Z' }) } },
      /outside run 100/,
    ],
    [
      'an attempt the run never had',
      line(
        rec({ writtenBy: provenanceOf({ runId: '100', runAttempt: '3', workflowRef: WORKFLOW }, DIGEST) }),
      ),
      {},
      /has no attempt 3/,
    ],
    [
      'a stamp naming another run',
      line(rec({ writtenBy: provenanceOf({ runId: '5', runAttempt: '1', workflowRef: WORKFLOW }, DIGEST) })),
      {},
      /stamp names run 5/,
    ],
  ];
  it.each(cases)('leaves out %s', (_, l, over, why) => {
    const f = facts([l], over);
    if (over && 'commit' in over && over.commit === undefined) f.lineCommits.clear();
    const v = judgeRecord(l, f);
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.why).toMatch(why);
  });

  it('proves an old record (no stamp) by its commit and run, and says so', () => {
    const old = line(rec({ writtenBy: undefined }));
    expect(judgeRecord(old, facts([old]))).toEqual({
      ok: true,
      note: expect.stringMatching(/recorded before provenance stamps; proven by commit ccccccc and run 100/),
    });
    const spec = parseRollbackRun('last');
    const sorted = sortByProvenance([old], facts([old]), spec);
    const { plan } = buildRollbackPlan(sorted.records, { run: 'last' }, 'now');
    expect(provenanceOfPlan(sorted, plan, 0, spec, 'log').statement).toMatch(
      /1 applied record\(s\) predate provenance stamps: proven by their commit and run/,
    );
    // Not proven: left out, with the fix.
    const pushed = facts([old], { commit: { ...botCommit, author: 'octocat', signedByGitHub: false } });
    expect(judgeRecord(old, pushed).ok).toBe(false);
    const out = sortByProvenance([old], pushed, spec);
    expect(leftOutRows(out.leftOut, 'log')[0].reason).toMatch(
      /predates provenance stamps and its commit does not prove it: roll those instances back with mode: plan, remediation: allow-v1 and an instances list, or re-record them\)$/,
    );
  });
});

describe('sortByProvenance and the plan', () => {
  const genuine = line(rec(), 1);
  // A hand-written applied line for an instance IMDS Guard never touched (run 777, hop limit 64).
  const forged = line(
    rec({
      runId: '777',
      resourceId: 'i-0fedcba9876543210',
      writtenBy: provenanceOf({ runId: '777', runAttempt: '1', workflowRef: WORKFLOW }, DIGEST),
    }),
    2,
  );

  it('leaves out and lists a forged line; the genuine run is planned', () => {
    const f = facts([genuine, forged], { runs: { '100': run(), '777': null } });
    f.lineCommits.set(forged.text, [
      { ...botCommit, oid: 'f'.repeat(40), author: 'mallory', signedByGitHub: false },
    ]);
    const spec = parseRollbackRun('last');
    const sorted = sortByProvenance([genuine, forged], f, spec);
    expect(sorted.records).toEqual([genuine.record]);
    const rows = leftOutRows(sorted.leftOut, '.imds-guard/changelog.jsonl');
    expect(rows).toEqual([
      expect.objectContaining({
        resourceId: 'i-0fedcba9876543210',
        reason: expect.stringMatching(
          /^not written by IMDS Guard — left out: run 777, .imds-guard\/changelog.jsonl line 2 \(the line came in commit fffffff by mallory/,
        ),
      }),
    ]);
    const { plan } = buildRollbackPlan(sorted.records, { run: 'last' }, '2026-03-02T00:00:00Z');
    expect(plan.items.map((i) => i.resourceId)).toEqual(['i-0123456789abcdef0']);
    const p = provenanceOfPlan(sorted, plan, rows.length, spec, 'log');
    expect(p).toMatchObject({ checked: true, identity: BOT, leftOut: 1, unverifiedPlanned: 0 });
    expect(p.statement).toMatch(/1 record\(s\) not written by IMDS Guard were left out/);
  });

  it('a run whose every record is left out is an error naming each, not an empty rollback', () => {
    const f = facts([forged], { runs: { '777': null } });
    const spec = parseRollbackRun('777');
    const sorted = sortByProvenance([forged], f, spec);
    expect(sorted.records).toEqual([]);
    expect(noProvenRunError(sorted.leftOut, spec, 'log')?.message).toMatch(
      /no applied change of run 777 .* written by IMDS Guard\. 1 record\(s\) left out: i-0fedcba9876543210 \(not written by IMDS Guard — left out: run 777, log line 2 \(run 777 is not a workflow run of octo\/infra\)\).*rollback-run: 777, unverified/,
    );
  });

  it('unverified opts in: the unproven record is planned and named as such', () => {
    const f = facts([forged], { runs: { '777': null } });
    const spec = parseRollbackRun('777 unverified');
    const sorted = sortByProvenance([forged], f, spec);
    const { plan } = buildRollbackPlan(sorted.records, { run: '777' }, 'now', undefined, sorted.unproven);
    expect(plan.items[0].reason).toMatch(/\(unverified: run 777 is not a workflow run of octo\/infra\)$/);
    const p = provenanceOfPlan(sorted, plan, 0, spec, 'log');
    expect(p).toMatchObject({ checked: true, unverifiedPlanned: 1 });
    expect(p.statement).toMatch(/1 change\(s\) are planned from records that did NOT pass/);
  });

  it('without GitHub: refused with the fix, or planned with a plain statement when opted in', () => {
    const why = { unavailable: 'no github-token' };
    expect(() => sortByProvenance([genuine], why, parseRollbackRun('last'))).toThrow(
      /plan-rollback refused: provenance was not checked \(no github-token\).*actions: read, contents: read.*rollback-run: last, unverified/,
    );
    const spec = parseRollbackRun('last, unverified');
    const sorted = sortByProvenance([genuine], why, spec);
    const { plan } = buildRollbackPlan(sorted.records, { run: 'last' }, 'now', undefined, sorted.unproven);
    expect(plan.items[0].reason).toMatch(/\(unverified: provenance not checked\)$/);
    expect(provenanceOfPlan(sorted, plan, 0, spec, 'log')).toMatchObject({
      checked: false,
      statement: expect.stringMatching(/^Provenance was NOT checked \(no github-token\)/),
      unverifiedPlanned: 1,
    });
  });
});

describe('provenanceSource against the fake GitHub', () => {
  let gh: GitHubServer | undefined;
  afterEach(async () => {
    await gh?.close();
    gh = undefined;
  });
  const PATH = '.imds-guard/changelog.jsonl';

  async function commitLines(server: GitHubServer, lines: string[]) {
    const octokit = getOctokit('ghs_test', { baseUrl: server.url });
    await commitChangelog(octokit, { owner: 'octo', repo: 'infra', branch: 'main', path: PATH }, lines, {
      headline: 'imds-guard: apply change log for run 4242424242',
    });
  }

  it('keeps what the Action committed, leaves out a line someone else pushed for a real run', async () => {
    gh = await startGitHub({ files: { [PATH]: '' } });
    const mine = rec({
      runId: '4242424242',
      writtenBy: provenanceOf({ runId: '4242424242', runAttempt: '1', workflowRef: WORKFLOW }, DIGEST),
    });
    await commitLines(gh, [JSON.stringify(mine)]);
    // Same run, another instance, but added by octocat's push (not a change-log commit).
    const pushed = rec({
      runId: '4242424242',
      resourceId: 'i-0aaaaaaaaaaaaaaaa',
      writtenBy: mine.writtenBy,
    });
    const text = `${JSON.stringify(mine)}\n${JSON.stringify(pushed)}\n`;
    gh.setHead('main', { [PATH]: text });
    const source = await provenanceSource({
      token: 'ghs_test',
      apiUrl: gh.url,
      repository: { owner: 'octo', repo: 'infra' },
      ref: 'refs/heads/main',
      path: `./${PATH}`,
    });
    if ('unavailable' in source) throw new Error(source.unavailable);
    await source.readRuns(['4242424242']);
    const lines = parseChangeLogLines(text, PATH);
    const sorted = sortByProvenance(lines, source.facts, parseRollbackRun('4242424242'));
    expect(sorted.records.map((r) => r.resourceId)).toEqual([mine.resourceId]);
    expect(sorted.leftOut.map(({ l, why }) => [l.line, why])).toEqual([
      [
        2,
        expect.stringMatching(
          /by octocat, not signed by GitHub, not a change-log commit of github-actions\[bot\]/,
        ),
      ],
    ]);
    // One GraphQL query for every line, one REST call for the run.
    expect(
      gh.requests.filter((r) => r.path === '/graphql' && /blame/.test(JSON.stringify(r.body))),
    ).toHaveLength(1);
    expect(gh.requests.filter((r) => r.path.endsWith('/actions/runs/4242424242'))).toHaveLength(1);
  });

  it('404 for a run is a fact (left out); 403 and a missing token make the check unavailable', async () => {
    gh = await startGitHub({ files: { [PATH]: '' }, actionsRead: false });
    const target = {
      token: 'ghs_test',
      apiUrl: gh.url,
      repository: { owner: 'octo', repo: 'infra' },
      ref: 'refs/heads/main',
      path: PATH,
    };
    const source = await provenanceSource(target);
    if ('unavailable' in source) throw new Error(source.unavailable);
    await expect(source.readRuns(['4242424242'])).rejects.toThrow(
      /^GitHub did not answer GET \/actions\/runs\/4242424242 \(HTTP 403: Resource not accessible by integration\)$/,
    );
    expect(await provenanceSource({ ...target, token: undefined })).toEqual({
      unavailable: 'no github-token',
    });
    expect(await provenanceSource({ ...target, ref: 'refs/tags/v1' })).toEqual({
      unavailable: "the run is not on a branch (ref 'refs/tags/v1')",
    });
    const offline = await provenanceSource({ ...target, apiUrl: 'http://127.0.0.1:9' });
    expect(offline).toEqual({
      unavailable: expect.stringMatching(/did not answer the change log's blame query/),
    });

    const open = await startGitHub({ files: { [PATH]: '' } });
    try {
      const s = await provenanceSource({ ...target, apiUrl: open.url });
      if ('unavailable' in s) throw new Error(s.unavailable);
      await s.readRuns(['777', 'local-1']);
      expect(s.facts.runs.get('777')).toBeNull();
      expect(s.facts.runs.get('local-1')).toBeNull();
      expect(open.requests.filter((r) => r.path.includes('/actions/runs/'))).toHaveLength(1);
    } finally {
      await open.close();
    }
    expect(OCTOCAT.login).toBe('octocat');
  });
});

describe('change-log lines (hostile input)', () => {
  it('every parsed record keeps its 1-based line number and exact text; anything else is a ChangeLogError', () => {
    const good = JSON.stringify(rec());
    const lineArb = fc.oneof(
      fc.constant(good),
      fc.constant(''),
      fc.constant('null'),
      fc.constant('[]'),
      fc.constant(JSON.stringify({ ...rec(), writtenBy: { runId: 7 } })),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 8 }), (ls) => {
        const text = ls.join('\n');
        let parsed: ReturnType<typeof parseChangeLogLines>;
        try {
          parsed = parseChangeLogLines(text, 'log');
        } catch (e) {
          expect((e as Error).name).toBe('ChangeLogError');
          expect((e as Error).message).toMatch(/^log:\d+: /);
          return;
        }
        for (const p of parsed) {
          expect(text.split('\n')[p.line - 1].trim()).toBe(p.text);
          expect(JSON.parse(p.text)).toMatchObject({ runId: p.record.runId });
        }
      }),
    );
  });

  it('a hostile run id or instance id cannot form Markdown or a workflow command in the summary', () => {
    const evil = line(rec({ runId: '777\n::error::pwned', resourceId: '<img src=x>|@octocat' }), 3);
    const f = facts([evil], { runs: {} });
    const spec = parseRollbackRun('last');
    const sorted = sortByProvenance([evil], f, spec);
    const p = provenanceOfPlan(sorted, { items: [] }, 1, spec, 'log');
    const md = provenanceSummary({
      ...p,
      statement: `${p.statement} ${leftOutRows(sorted.leftOut, 'log')[0].reason}`,
    });
    expect(md).not.toMatch(/\n::error::/);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/[^\\]\|/);
    expect(md).not.toMatch(/(^|[^`\w])@octocat/);
  });
});
