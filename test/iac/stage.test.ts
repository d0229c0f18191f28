/**
 * The IaC stage (src/pipeline/iac.ts) in process, with fakes passed in: which files it reads (never
 * outside the workspace or under .git/), the size cap, the live reads (only what an outcome depends on;
 * a failed read leaves the resource "depends" and is a warning), SARIF, annotations and the gate lines;
 * and the report's "This pull request" section (escaped, kept when the comment is folded).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EC2Client } from '@aws-sdk/client-ec2';
import { afterAll, describe, expect, it } from 'vitest';
import type { IacFinding } from '../../src/assess/iac.js';
import { hasLoadableCredentials } from '../../src/aws/credentials.js';
import type { Deps } from '../../src/deps.js';
import { readContext } from '../../src/github/context.js';
import { expandIacGlobs, readWorkspaceIacFiles } from '../../src/iac/workspace.js';
import type { Log } from '../../src/log.js';
import { failureLine, runIacStage } from '../../src/pipeline/iac.js';
import { liveGates } from '../../src/pipeline/judge.js';
import { type Annotate, annotateFindings } from '../../src/publish/annotations.js';
import { buildIacView } from '../../src/report/iac-view.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildView } from '../../src/report/view.js';
import { parseSettings } from '../../src/settings/parse.js';
import { assessInventory, bigInventory, META } from '../report/fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(join(tmpdir(), 'imds-iac-stage-'));
  dirs.push(ws);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, p)), { recursive: true });
    writeFileSync(join(ws, p), text);
  }
  return ws;
}

const TF = `provider "aws" {
  region = "eu-west-1"
}

resource "aws_instance" "unset" {
  ami = "ami-0123456789abcdef0"
}

resource "aws_instance" "optional" {
  metadata_options {
    http_tokens = "optional"
  }
}
`;

function harness(
  ws: string,
  inputs: Record<string, string>,
  ec2?: (cmd: { constructor: { name: string }; input: unknown }) => unknown,
) {
  const lines: string[] = [];
  const outputs: Record<string, unknown> = {};
  const calls: string[] = [];
  const log: Log = {
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    debug: () => {},
    secret: () => {},
  };
  const clients = {
    ec2: (_s: unknown, region: string) => {
      const c = new EC2Client({ region });
      c.send = (async (cmd: { constructor: { name: string }; input: unknown }) => {
        calls.push(`${region} ${cmd.constructor.name}`);
        if (!ec2) throw new Error('no AWS in this test');
        return ec2(cmd);
      }) as never;
      return c;
    },
  };
  const deps = {
    log,
    clients,
    github: readContext({ GITHUB_WORKSPACE: ws, GITHUB_EVENT_NAME: 'pull_request' }),
    outputs: { set: (k: string, v: unknown) => (outputs[k] = v), summary: async () => {} },
    now: () => new Date('2026-05-04T03:00:00Z'),
    env: {},
    version: '0.1.0',
  } as unknown as Deps;
  const settings = parseSettings((n) => inputs[n] ?? '', {});
  return { deps, settings, lines, outputs, calls };
}

describe('finding the files', () => {
  it('matches inside the workspace only: not .git/, not node_modules, not through a link that leaves it', async () => {
    const outside = workspace({ 'secret.tf': 'resource "aws_instance" "x" {}' });
    const ws = workspace({
      'infra/b.tf': TF,
      'infra/a.tf': TF,
      '.git/config.tf': TF,
      'node_modules/m/main.tf': TF,
    });
    symlinkSync(join(outside, 'secret.tf'), join(ws, 'infra/link.tf'));
    symlinkSync(outside, join(ws, 'infra/linked-dir'));
    expect(await expandIacGlobs(ws, ['**/*.tf'])).toEqual(['infra/a.tf', 'infra/b.tf']);
    expect(await expandIacGlobs(ws, ['infra'])).toEqual(['infra/a.tf', 'infra/b.tf']);
  });

  it('a file above the size cap is an error naming it; the others are read', async () => {
    const ws = workspace({ 'big.tf': 'x'.repeat(2048), 'small.tf': TF });
    const r = await readWorkspaceIacFiles(ws, ['big.tf', 'small.tf'], 1024);
    expect(r.files.map((f) => f.file)).toEqual(['small.tf']);
    expect(r.errors).toEqual([
      { file: 'big.tf', message: expect.stringMatching(/^not read: .* above the 0 MB limit/) },
    ]);
  });
});

describe('reading the files', () => {
  it('refuses a file or folder link that leaves the workspace (swapped in after the glob), naming it, never reading it', async () => {
    const outside = workspace({ 'secret.tf': 'resource "aws_instance" "leaked" {}' });
    const ws = workspace({ 'infra/a.tf': TF });
    symlinkSync(join(outside, 'secret.tf'), join(ws, 'infra/link.tf'));
    symlinkSync(outside, join(ws, 'infra/linked-dir'));
    const r = await readWorkspaceIacFiles(ws, ['infra/a.tf', 'infra/link.tf', 'infra/linked-dir/secret.tf']);
    expect(r.files.map((f) => f.file)).toEqual(['infra/a.tf']);
    expect(r.errors.map((e) => e.file)).toEqual(['infra/link.tf', 'infra/linked-dir/secret.tf']);
    for (const e of r.errors) {
      expect(e.message).toMatch(/symbolic link \(to outside the workspace\)/);
      expect(e.message).not.toContain('leaked');
      expect(e.message).not.toContain(outside);
    }
  });

  it('reads a link to another file of the workspace as that file', async () => {
    const ws = workspace({ 'shared/providers.tf': 'provider "aws" {\n  region = "eu-west-1"\n}\n' });
    mkdirSync(join(ws, 'app'), { recursive: true });
    symlinkSync(join(ws, 'shared/providers.tf'), join(ws, 'app/providers.tf'));
    const r = await readWorkspaceIacFiles(ws, ['app/providers.tf']);
    expect(r.errors).toEqual([]);
    expect(r.files).toEqual([
      { file: 'app/providers.tf', text: 'provider "aws" {\n  region = "eu-west-1"\n}\n' },
    ]);
  });
});

describe('the stage', () => {
  it('offline: no AWS call; the unset resource depends on the account default; SARIF and gate lines', async () => {
    const ws = workspace({ 'infra/main.tf': TF });
    const h = harness(ws, { iac: 'infra/*.tf' });
    const r = await runIacStage(h.settings, h.deps);
    expect(h.calls).toEqual([]);
    expect(r.offline).toBe(true);
    expect(
      r.attributed.map((f) => [f.ruleId, f.address, f.line]).sort((a, b) => Number(a[2]) - Number(b[2])),
    ).toEqual([
      ['IMDSG003', 'aws_instance.unset', 5],
      ['IMDSG001', 'aws_instance.optional', 9],
    ]);
    expect(r.dependsOn[0].text).toMatch(/account default HttpTokens in eu-west-1/);
    expect(r.gateFailures).toEqual([
      'aws_instance.optional (infra/main.tf:9) allows IMDSv1 [IMDSG001]: HttpTokens is explicitly optional. Fix: metadata_options { http_tokens = "required" }',
    ]);
    const sarif = JSON.parse(readFileSync(h.outputs['sarif-file'] as string, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(2);
  });

  it('offline: a SageMaker notebook left at version 1 fails under its own rule; an AL2023 environment left unset warns', async () => {
    const ws = workspace({
      'ml/main.tf': `resource "aws_sagemaker_notebook_instance" "nb" {
  name          = "nb"
  role_arn      = "arn:aws:iam::111122223333:role/nb"
  instance_type = "ml.t3.medium"
}

resource "aws_elastic_beanstalk_environment" "web" {
  name                = "web"
  application         = "app"
  solution_stack_name = "64bit Amazon Linux 2023 v4.3.0 running Python 3.11"
}
`,
    });
    const h = harness(ws, { iac: 'ml/*.tf' });
    const r = await runIacStage(h.settings, h.deps);
    expect(h.calls).toEqual([]);
    expect(r.attributed.map((f) => [f.ruleId, f.level, f.address])).toEqual([
      ['IMDSG010', 'warning', 'aws_elastic_beanstalk_environment.web'],
      ['IMDSG009', 'error', 'aws_sagemaker_notebook_instance.nb'],
    ]);
    expect(r.gateFailures).toEqual([
      'aws_sagemaker_notebook_instance.nb (ml/main.tf:1) allows IMDSv1 [IMDSG009]: MinimumInstanceMetadataServiceVersion is unset: SageMaker creates the notebook instance with version 1 (IMDSv1 and IMDSv2). Fix: instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }',
    ]);
  });

  it('with a session: reads the account default, then only the AMIs still deciding; v2.0 AMI passes', async () => {
    const ws = workspace({ 'infra/main.tf': TF });
    const h = harness(ws, { iac: 'infra/*.tf' }, (cmd) =>
      cmd.constructor.name === 'GetInstanceMetadataDefaultsCommand'
        ? { AccountLevel: {} }
        : { Images: [{ ImageId: 'ami-0123456789abcdef0', ImdsSupport: 'v2.0' }] },
    );
    const r = await runIacStage(h.settings, h.deps, { accountId: '111111111111' } as never);
    expect(h.calls).toEqual([
      'eu-west-1 GetInstanceMetadataDefaultsCommand',
      'eu-west-1 DescribeImagesCommand',
    ]);
    expect(r.attributed.map((f) => f.address)).toEqual(['aws_instance.optional']);
    expect(r.live.accountDefaults).toEqual({ 'eu-west-1': 'no-preference' });
    expect(r.live.amis).toEqual({ 'ami-0123456789abcdef0': 'v2.0' });
  });

  it('a failed live read is a warning and leaves the resource "depends"', async () => {
    const ws = workspace({ 'infra/main.tf': TF });
    const h = harness(ws, { iac: 'infra/*.tf' }, () => {
      throw Object.assign(new Error('not authorized'), { name: 'UnauthorizedOperation' });
    });
    const r = await runIacStage(h.settings, h.deps, { accountId: '111111111111' } as never);
    expect(r.attributed.find((f) => f.address === 'aws_instance.unset')?.ruleId).toBe('IMDSG003');
    expect(
      h.lines.some((l) => /^warning IaC: account default HttpTokens in eu-west-1 could not be read/.test(l)),
    ).toBe(true);
  });
});

describe('annotations and the gate', () => {
  const f = (over: Partial<IacFinding>): IacFinding => ({
    ruleId: 'IMDSG001',
    level: 'error',
    address: 'aws_instance.a',
    resourceType: 'aws_instance',
    file: 'main.tf',
    line: 3,
    message: 'aws_instance aws_instance.a: HttpTokens is explicitly optional.',
    fix: 'metadata_options { http_tokens = "required" }',
    attributed: true,
    ...over,
  });

  it('one annotation per unsuppressed finding; plan no-ops are notices', () => {
    const seen: Parameters<Annotate>[] = [];
    annotateFindings(
      [
        f({}),
        f({ suppression: { tool: 'checkov', reason: 'vendor' } }),
        f({ level: 'warning', ruleId: 'IMDSG003' }),
        f({ attributed: false, action: 'no-op' }),
      ],
      (...a) => seen.push(a),
    );
    expect(seen.map(([level, , w]) => [level, w.file, w.startLine, (w.title ?? '').slice(0, 20)])).toEqual([
      ['error', 'main.tf', 3, 'IMDS Guard IMDSG001:'],
      ['warning', 'main.tf', 3, 'IMDS Guard IMDSG003:'],
      ['notice', 'main.tf', 3, 'IMDS Guard IMDSG001:'],
    ]);
    expect(failureLine(f({}))).toBe(
      'aws_instance.a (main.tf:3) allows IMDSv1 [IMDSG001]: HttpTokens is explicitly optional. Fix: metadata_options { http_tokens = "required" }',
    );
  });

  it('on a pull request the live threshold gates only with pr-gate: iac-and-live; elsewhere it always does', () => {
    const ws = workspace({});
    const h = harness(ws, { iac: 'x.tf' });
    const iac = {} as never;
    expect(liveGates(h.settings, h.deps, iac)).toBe(false);
    expect(liveGates(h.settings, h.deps, undefined)).toBe(true);
    expect(liveGates(harness(ws, { iac: 'x.tf', 'pr-gate': 'iac-and-live' }).settings, h.deps, iac)).toBe(
      true,
    );
    const push = { ...h.deps, github: { ...h.deps.github, eventName: 'push' } };
    expect(liveGates(h.settings, push, iac)).toBe(true);
    const group = { ...h.deps, github: { ...h.deps.github, eventName: 'merge_group' } };
    expect(liveGates(h.settings, group, iac)).toBe(false);
  });

  it('counts only credentials the SDK could load, never a config file that holds only a region', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imdsg-creds-'));
    const config = join(dir, 'config');
    const credentials = join(dir, 'credentials');
    writeFileSync(config, '[default]\nregion = us-east-1\n');
    const env = { HOME: dir, AWS_CONFIG_FILE: config, AWS_SHARED_CREDENTIALS_FILE: credentials };
    expect(await hasLoadableCredentials(env)).toBe(false);
    expect(await hasLoadableCredentials({ HOME: '/nonexistent-home' })).toBe(false);
    expect(await hasLoadableCredentials({ ...env, AWS_PROFILE: 'missing' })).toBe(false);
    expect(await hasLoadableCredentials({ AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://x' })).toBe(true);
    expect(await hasLoadableCredentials({ AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 's' })).toBe(
      true,
    );
    writeFileSync(
      config,
      '[profile ops]\nrole_arn = arn:aws:iam::111122223333:role/x\nsource_profile = default\n',
    );
    expect(await hasLoadableCredentials({ ...env, AWS_PROFILE: 'ops' })).toBe(true);
    writeFileSync(credentials, '[default]\naws_access_key_id = AKIA\naws_secret_access_key = s\n');
    expect(await hasLoadableCredentials(env)).toBe(true);
  });
});

describe('the "This pull request" section', () => {
  const HOSTILE = 'aws_instance.x | <img src=x> @octo/admins [a](http://e.vil)';

  async function stage() {
    const ws = workspace({
      'infra/main.tf': `resource "aws_instance" "x" {\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n`,
    });
    const h = harness(ws, { iac: 'infra/*.tf' });
    const r = await runIacStage(h.settings, h.deps);
    r.attributed[0].address = HOSTILE;
    return r;
  }

  it('opens the comment, escapes what came from the repository, and survives folding before the live detail', async () => {
    const r = await stage();
    const iac = buildIacView(r, false, true);
    const view = buildView({
      assessment: assessInventory(bigInventory(3000), 100),
      meta: META,
      iac,
      liveGates: false,
    });
    const full = renderMarkdown(view, { medium: 'comment', marker: '<!-- m -->' });
    expect(full.markdown.startsWith('<!-- m -->\n## ❌ This pull request adds or changes 1 resource')).toBe(
      true,
    );
    expect(full.markdown).not.toContain('<img');
    expect(full.markdown).not.toMatch(/@octo/);
    expect(full.markdown).toContain('&#124;');
    // A tight limit drops the live instance list first; the IaC row stays.
    const tight = renderMarkdown(view, { medium: 'comment', max: 20_000 });
    expect(tight.folded.join('\n')).toMatch(/instance list/);
    expect(tight.markdown).toContain('This pull request');
    expect(tight.markdown).toContain('infra/main.tf:1');
    expect(tight.markdown).toContain('below the threshold: reported, not gating');
  });
});
