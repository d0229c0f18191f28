import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../../src/deps.js';
import type { CommentApi, IssueComment } from '../../src/github/comment.js';
import { readContext } from '../../src/github/context.js';
import type { Log } from '../../src/log.js';
import { publishAudit } from '../../src/publish/publish.js';
import { buildJsonReport } from '../../src/report/json.js';
import { parseSettings } from '../../src/settings/parse.js';
import { assessInventory, SCANNED_AT, smallAssessment, smallInventory } from './fixtures.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setup(inputs: Record<string, string>, event: { name: string; payload: object }) {
  const ws = mkdtempSync(join(tmpdir(), 'imds-publish-'));
  dirs.push(ws);
  writeFileSync(join(ws, 'event.json'), JSON.stringify(event.payload));
  const env = {
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_PATH: join(ws, 'event.json'),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: 'octo/infra',
    GITHUB_RUN_ID: '42',
    GITHUB_ACTIONS: 'true',
  };
  const lines: string[] = [];
  const log: Log = {
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    debug: () => {},
    secret: () => {},
  };
  const summaries: string[] = [];
  const outputs: Record<string, unknown> = {};
  const deps = {
    log,
    clients: undefined as never,
    github: readContext(env),
    outputs: {
      set: (k: string, v: unknown) => (outputs[k] = v),
      summary: async (m: string) => void summaries.push(m),
    },
    now: () => new Date(SCANNED_AT),
    env,
    version: '0.1.0',
  } as unknown as Deps;
  const settings = parseSettings((n) => inputs[n] ?? '', { GITHUB_TOKEN: 'ghs_x' });
  const comments: IssueComment[] = [];
  const api: CommentApi = {
    list: async () => comments,
    create: async (_i, body) => {
      const c = { id: comments.length + 1, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(c);
      return c;
    },
    identity: async () => 'github-actions[bot]',
    update: async (id, body) => {
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
  };
  return { ws, deps, settings, lines, summaries, comments, api };
}

const PR = {
  name: 'pull_request',
  payload: { pull_request: { number: 7, head: { repo: { full_name: 'octo/infra' } } } },
};

describe('publishAudit', () => {
  it('writes JSON, Markdown, HTML, the history line, the summary and one sticky comment', async () => {
    const t = setup({ 'history-file': '.imds-guard/history.jsonl' }, PR);
    const inv = smallInventory();
    const out = await publishAudit(t.settings, inv, smallAssessment(), t.deps, { commentApi: () => t.api });
    expect(out.htmlPath).toBe(join(t.ws, 'imds-guard-report/report.html'));
    expect(readFileSync(out.markdownPath!, 'utf8')).toContain('IMDS Guard: 54.5% IMDSv2 enforcement');
    expect(readFileSync(out.htmlPath!, 'utf8')).toContain('<!doctype html>');
    expect(readFileSync(join(t.ws, '.imds-guard/history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(t.summaries).toHaveLength(1);
    expect(out.comment).toMatchObject({ action: 'created' });
    expect(t.comments).toHaveLength(1);

    // Same posture, later scan: history grows, the comment is not rewritten.
    const later = { ...inv, scannedAt: '2026-05-05T03:00:00.000Z', durationMs: 9999 };
    const again = await publishAudit(t.settings, later, assessInventory(later), t.deps, {
      commentApi: () => t.api,
    });
    expect(again.comment).toMatchObject({ action: 'unchanged' });
    expect(readFileSync(join(t.ws, '.imds-guard/history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(t.summaries[1]).toContain('Since the previous run');
  });

  it('calls out a regression against baseline-report first', async () => {
    const t = setup({ 'baseline-report': 'baseline.json' }, PR);
    const before = smallInventory();
    before.instances = before.instances.filter((i) => i.name !== 'cache');
    writeFileSync(
      join(t.ws, 'baseline.json'),
      JSON.stringify(
        buildJsonReport(before, assessInventory(before), { version: '0.1.0', generatedAt: SCANNED_AT }),
      ),
    );
    await publishAudit(t.settings, smallInventory(), smallAssessment(), t.deps, { commentApi: () => t.api });
    expect(t.summaries[0]).toContain('1 instance(s) newly allow IMDSv1 since the baseline');
  });

  it('on a fork PR writes the summary, posts nothing and says why', async () => {
    const t = setup(
      {},
      {
        name: 'pull_request',
        payload: { pull_request: { number: 7, head: { repo: { full_name: 'evil/infra' } } } },
      },
    );
    const out = await publishAudit(t.settings, smallInventory(), smallAssessment(), t.deps, {
      commentApi: () => t.api,
    });
    expect(out.comment).toMatchObject({ action: 'skipped' });
    expect(t.comments).toHaveLength(0);
    expect(t.summaries).toHaveLength(1);
    expect(t.lines.join('\n')).toMatch(/Notice: No PR comment on #7: it comes from a fork/);
  });

  it('survives a missing baseline and an unreadable history line', async () => {
    const t = setup({ 'baseline-report': 'nope.json', 'history-file': 'h.jsonl', comment: 'never' }, PR);
    writeFileSync(join(t.ws, 'h.jsonl'), 'garbage\n');
    const out = await publishAudit(t.settings, smallInventory(), smallAssessment(), t.deps);
    expect(out.comment).toMatchObject({ action: 'skipped' });
    expect(t.lines.join('\n')).toContain('baseline-report nope.json does not exist');
    expect(t.lines.join('\n')).toContain('skipped 1 line(s)');
  });
});
