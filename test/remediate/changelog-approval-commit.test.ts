import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { appendLines, commitChangelog } from '../../src/github/commit.js';
import type { ChangeRecord } from '../../src/model/types.js';
import { checkApproval } from '../../src/remediate/approval.js';
import { ChangeLogWriter, parseChangeLog } from '../../src/remediate/changelog.js';
import { startGitHub } from '../support/github.js';

const rec = (over: Partial<ChangeRecord> = {}): ChangeRecord => ({
  time: '2026-03-01T10:00:00.000Z',
  runId: '1',
  mode: 'apply',
  kind: 'instance',
  accountId: '111111111111',
  region: 'us-east-1',
  resourceId: 'i-0123456789abcdef0',
  before: { httpTokens: 'optional' },
  after: { httpTokens: 'required' },
  result: 'applied',
  planDigest: 'sha256:x',
  ...over,
});

describe('change log', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('appends whole lines (creating the folder) and reads them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-'));
    dirs.push(dir);
    const path = join(dir, 'a/b/changelog.jsonl');
    const w = new ChangeLogWriter(path);
    w.append(rec());
    w.append(rec({ resourceId: 'i-0123456789abcdef1', result: 'failed', errorCode: 'X', errorMessage: 'y' }));
    w.close();
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(parseChangeLog(text, 'c.jsonl').map((r) => r.result)).toEqual(['applied', 'failed']);
  });

  it('names file and line for bad records, and recognises a torn last line', () => {
    const good = JSON.stringify(rec());
    expect(() => parseChangeLog(`${good}\n{"time":1}\n`, 'log.jsonl')).toThrow(/log\.jsonl:2: missing time/);
    expect(() => parseChangeLog(`${good}\n${good.slice(0, 20)}`, 'log.jsonl')).toThrow(
      /log\.jsonl:2: .*cut off/,
    );
    expect(() => parseChangeLog(`${JSON.stringify(rec({ result: 'maybe' as never }))}\n`, 'l')).toThrow(
      /l:1: result 'maybe'/,
    );
    expect(parseChangeLog('\n\n', 'l')).toEqual([]);
  });
});

describe('approval', () => {
  const base = {
    mode: 'apply' as const,
    environment: 'prod',
    eventName: 'workflow_dispatch',
    usedOidc: true,
  };
  const claims = { environment: 'prod', sub: 'repo:o/r:environment:prod', event_name: 'workflow_dispatch' };
  it.each([
    ['approved', { claims }, undefined],
    ['pull_request event', { claims, eventName: 'pull_request_target' }, /pull_request_target events/],
    ['no OIDC', { claims: undefined, usedOidc: false }, /no GitHub OIDC token/],
    ['no environment claim', { claims: { sub: 'repo:o/r:environment:prod' } }, /no environment claim/],
    [
      'other environment',
      { claims: { ...claims, environment: 'dev' } },
      /'dev', not approval-environment 'prod'/,
    ],
    [
      'token from a PR run',
      { claims: { ...claims, event_name: 'pull_request' } },
      /issued to a pull_request run/,
    ],
    [
      'sub not an environment',
      { claims: { ...claims, sub: 'repo:o/r:ref:refs/heads/main' } },
      /not an environment subject/,
    ],
  ] as const)('%s', (_n, over, error) => {
    const run = () => checkApproval({ ...base, ...over } as Parameters<typeof checkApproval>[0]);
    if (error) expect(run).toThrow(error);
    else expect(run).not.toThrow();
  });
});

describe('commit helpers', () => {
  it('appendLines adds a newline when needed and never repeats a line', () => {
    expect(appendLines('', ['a', 'b'])).toEqual({ content: 'a\nb\n', added: 2 });
    expect(appendLines('x', ['a'])).toEqual({ content: 'x\na\n', added: 1 });
    expect(appendLines('a\n', ['a', 'b'])).toEqual({ content: 'a\nb\n', added: 1 });
  });

  it('commits with expectedHeadOid = the head read, appending to the file at head; retries on a moved head', async () => {
    const gh = await startGitHub({
      files: { 'log.jsonl': 'old\n' },
      moveHeadOnce: { files: { 'log.jsonl': 'old\nsomeone-else\n' } },
    });
    try {
      const octokit = getOctokit('ghs_x', { baseUrl: gh.url });
      const res = await commitChangelog(
        octokit,
        { owner: 'octo', repo: 'infra', branch: 'main', path: 'log.jsonl' },
        ['new1', 'new2'],
        {
          headline: 'imds-guard: change log for run 1',
        },
      );
      expect(res.attempts).toBe(2);
      expect(gh.files['log.jsonl']).toBe('old\nsomeone-else\nnew1\nnew2\n');
      const last = gh.commits.at(-1)!;
      expect(last.parentOid).not.toBe(gh.commits[0].oid);
      expect(res.oid).toBe(gh.head('main'));
    } finally {
      await gh.close();
    }
  });
});
