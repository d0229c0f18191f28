import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startGitHub } from './github.js';
import { startOidc } from './oidc.js';
import { parseCommands, parseFileCommand, readInputDefaults, runAction } from './runner.js';

const dir = mkdtempSync(join(tmpdir(), 'runner-test-'));
const mod = (p: string) => pathToFileURL(resolve('node_modules', p)).href;

/** Write a throwaway "bundled action" into a temp dir and return its path. */
function script(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    `import * as core from '${mod('@actions/core/lib/core.js')}';\nimport * as fs from 'node:fs';\n${body}`,
  );
  return file;
}

afterAll(() => vi.unstubAllEnvs());

describe('runAction', () => {
  it('passes inputs/env like the runner and parses outputs, summary, annotations, masks', async () => {
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'parent-secret-must-not-leak');
    const entry = script(
      'action.mjs',
      `
      core.setSecret('s3cr3t');
      core.setOutput('regions', core.getInput('regions'));
      core.setOutput('dry-run', core.getInput('dry-run'));
      core.setOutput('report', 'line 1\\nline 2');
      core.setOutput('aws', String(Object.keys(process.env).filter((k) => k.startsWith('AWS_'))));
      core.setOutput('event', JSON.parse(fs.readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')).pull_request.number);
      core.setOutput('cwd-is-workspace', String(process.cwd() === process.env.GITHUB_WORKSPACE));
      core.setOutput('ref', process.env.GITHUB_REF);
      core.exportVariable('IMDS_GUARD_SEEN', '1');
      core.saveState('started', 'yes');
      core.warning('2 instances allow IMDSv1', { title: 'IMDSv1: exposed', file: 'inventory.csv', startLine: 3 });
      await core.summary.addHeading('IMDS Guard').addRaw('all good').write();
      core.setFailed('boom\\nsecond line');
      `,
    );
    const r = await runAction({
      entry,
      actionYml: false,
      inputs: { regions: 'us-east-1,eu-west-1', 'dry-run': 'true' },
      env: { AWS_REGION: 'us-east-1' },
      event: {
        name: 'pull_request',
        payload: { number: 12, pull_request: { number: 12, head: { ref: 'feat' } } },
      },
    });
    expect(r.env['INPUT_DRY-RUN']).toBe('true');
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({
      regions: 'us-east-1,eu-west-1',
      'dry-run': 'true',
      report: 'line 1\nline 2',
      aws: 'AWS_REGION',
      event: '12',
      'cwd-is-workspace': 'true',
      ref: 'refs/pull/12/merge',
    });
    expect(r.exportedEnv).toEqual({ IMDS_GUARD_SEEN: '1' });
    expect(r.state).toEqual({ started: 'yes' });
    expect(r.summary).toContain('<h1>IMDS Guard</h1>');
    expect(r.secretsMasked).toEqual(['s3cr3t']);
    expect(r.annotations).toEqual([
      {
        level: 'warning',
        message: '2 instances allow IMDSv1',
        properties: { title: 'IMDSv1: exposed', file: 'inventory.csv', line: '3' },
      },
      { level: 'error', message: 'boom\nsecond line', properties: {} },
    ]);
    r.cleanup();
  });

  it('applies action.yml input defaults, evaluating github.* expressions', async () => {
    const yml = join(dir, 'action.yml');
    writeFileSync(
      yml,
      `name: t
inputs:
  github-token:
    description: token
    default: \${{ github.token }}
  mode:
    default: 'audit' # comment
  repo:
    default: "\${{ github.repository }}"
  template: # block scalar
    default: |
      a
      b
  no-default:
    required: false
runs:
  using: node24
  main: dist/index.js
`,
    );
    const entry = script(
      'inputs.mjs',
      `for (const k of ['github-token','mode','repo','template']) core.setOutput(k, core.getInput(k));`,
    );
    const r = await runAction({ entry, actionYml: yml, githubToken: 'ghs_x', inputs: { mode: 'gate' } });
    expect(r.outputs).toEqual({
      'github-token': 'ghs_x',
      mode: 'gate',
      repo: 'octo/infra',
      template: 'a\nb',
    });
    expect(r.env).not.toHaveProperty('INPUT_NO-DEFAULT');
    r.cleanup();
  });

  it('talks to the fakes from a subprocess via GITHUB_API_URL and ACTIONS_ID_TOKEN_REQUEST_*', async () => {
    const [gh, oidc] = await Promise.all([startGitHub(), startOidc()]);
    const entry = script(
      'fakes.mjs',
      `
      const { getOctokit, context } = await import('${mod('@actions/github/lib/github.js')}');
      const jwt = await core.getIDToken('sts.amazonaws.com');
      const octokit = getOctokit(core.getInput('github-token'));
      await octokit.rest.issues.createComment({ ...context.repo, issue_number: context.issue.number, body: 'jwt:' + jwt.length });
      `,
    );
    const r = await runAction({
      entry,
      actionYml: false,
      inputs: { 'github-token': 'ghs_abc' },
      env: { GITHUB_API_URL: gh.url, ...oidc.env },
      event: { name: 'pull_request', payload: { number: 5, pull_request: { number: 5 } } },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(gh.comments.get(5)?.[0].body).toMatch(/^jwt:\d+$/);
    expect(gh.requests[0].headers.authorization).toBe('token ghs_abc');
    expect(r.secretsMasked).toEqual([oidc.issued[0]]);
    await Promise.all([gh.close(), oidc.close()]);
    r.cleanup();
  });

  it('kills the action on timeout', async () => {
    const entry = script('hang.mjs', 'setInterval(() => {}, 1000);');
    const r = await runAction({ entry, actionYml: false, timeoutMs: 300 });
    expect(r).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    r.cleanup();
  });
});

describe('parsers', () => {
  it('parses name=value and heredoc file commands', () => {
    const text = 'a=1\nb<<ghadelimiter_x\nmulti\nline\nghadelimiter_x\nc=x<<y\n';
    expect(parseFileCommand(text)).toEqual({ a: '1', b: 'multi\nline', c: 'x<<y' });
  });

  it('unescapes command data/properties and honours stop-commands', () => {
    const cmds = parseCommands(
      '  ::error file=a%2Cb.ts,title=x%3Ay::50%25%0Adone\n::stop-commands::tok\n::error::ignored\n::tok::\n::notice::after',
    );
    expect(cmds.map((c) => [c.command, c.message])).toEqual([
      ['error', '50%\ndone'],
      ['stop-commands', 'tok'],
      ['notice', 'after'],
    ]);
    expect(cmds[0].properties).toEqual({ file: 'a,b.ts', title: 'x:y' });
  });

  it('reads only the inputs block of action.yml', () => {
    expect(
      readInputDefaults(
        'inputs:\n  x:\n    default: >-\n      a\n      b\noutputs:\n  y:\n    default: no\n',
      ),
    ).toEqual({
      x: 'a b',
    });
  });
});
