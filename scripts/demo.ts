/**
 * `npm run demo`: the Action end to end, no AWS account and no network needed.
 *
 * Starts the loopback AWS emulator with a sample fleet, a loopback GitHub OIDC token endpoint and a
 * loopback GitHub API, then runs dist/index.js exactly as the runner would — first as a nightly
 * audit, then as a pull-request check that posts the sticky comment — and prints where everything is.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startEmulator } from '../test/emulator/index.js';
import { startGitHub } from '../test/support/github.js';
import { startOidc } from '../test/support/oidc.js';
import { runAction } from '../test/support/runner.js';

// IMDS_GUARD_DEMO_OUT: another folder for the outputs (the demo's own test writes under test-output/).
const out = resolve(process.env.IMDS_GUARD_DEMO_OUT ?? 'demo-output');
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const emu = await startEmulator({
  fleet: {
    seed: 42,
    regions: REGIONS,
    total: 360,
    mix: { v2Required: 0.62, v1Allowed: 0.3, disabled: 0.05, pending: 0.03 },
    states: { running: 0.82, stopped: 0.12, terminated: 0.04, shuttingDown: 0.02 },
  },
  latencyMs: 20,
});
const oidc = await startOidc({ repository: 'octo/infra' });
const gh = await startGitHub({ repository: 'octo/infra', files: { '.imds-guard/changelog.jsonl': '' } });
const role = 'arn:aws:iam::111111111111:role/IMDSGuardReadOnly';
const env = { ...oidc.env, AWS_ENDPOINT_URL: emu.url, GITHUB_API_URL: gh.url };
// One workspace for the nightly and the pull-request run, as a cache or a checkout keeps it between
// runs: the trend history (history-file, a path inside the workspace) accumulates there.
const workspace = join(out, 'workspace');
mkdirSync(workspace, { recursive: true });

try {
  console.log(
    `AWS emulator ${emu.url}: ${REGIONS.length} regions with instances, 360 instances (seed 42).\n`,
  );

  const entry = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
  const nightly = await runAction({
    entry,
    inputs: { 'role-to-assume': role, threshold: '80', 'history-file': 'history.jsonl' },
    env,
    workspace,
    event: { name: 'schedule', payload: { schedule: '17 3 * * *' } },
    githubToken: 'ghs_demo',
  });
  save('nightly', nightly);

  // The required check, as .github/workflows/required-check.yml runs it: an infrastructure repository
  // whose base branch already has a legacy IMDSv1 instance. Pull request #7 adds a compliant launch
  // template (passes: the legacy finding is listed as already on the base branch); #8 adds an instance
  // that allows IMDSv1 (fails on its own finding). The live posture is reported beside, not gating.
  const infra = infraRepository(join(out, 'infra-repo'));
  copyFileSync(join(workspace, 'history.jsonl'), join(infra.ws, 'history.jsonl'));
  const requiredCheck = {
    'role-to-assume': role,
    threshold: '80',
    'history-file': 'history.jsonl',
    iac: 'infra/**',
    'pr-gate': 'iac',
  };
  const pullRequest = (number: number, head: string) => {
    git(infra.ws, 'checkout', '-q', head);
    return runAction({
      entry,
      inputs: requiredCheck,
      env,
      workspace: infra.ws,
      event: {
        name: 'pull_request',
        payload: {
          number,
          pull_request: {
            number,
            head: { sha: head, repo: { full_name: 'octo/infra' } },
            base: { sha: infra.base, ref: 'main', repo: { full_name: 'octo/infra' } },
          },
          repository: { full_name: 'octo/infra', name: 'infra', owner: { login: 'octo' } },
        },
      },
      githubToken: 'ghs_demo',
    });
  };
  const pr = await pullRequest(7, infra.compliant);
  save('pull-request', pr);
  const prV1 = await pullRequest(8, infra.addsV1);
  save('pull-request-v1', prV1);
  copyFileSync(join(infra.ws, 'history.jsonl'), join(out, 'history.jsonl'));
  const comment = gh.comments.get(7)?.[0];
  if (comment) writeFileSync(join(out, 'pull-request', 'comment.md'), comment.body);
  const commentV1 = gh.comments.get(8)?.[0];
  if (commentV1) writeFileSync(join(out, 'pull-request-v1', 'comment.md'), commentV1.body);

  // Remediation, as the workflow_dispatch jobs of docs/remediation.md run it: a read-only plan for
  // the dev instances, then apply in the approval environment, then an exact rollback.
  const oidcApproved = await startOidc({ repository: 'octo/infra', environment: 'production' });
  const writeRole = 'arn:aws:iam::111111111111:role/IMDSGuardRemediation';
  const dispatch = { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } };
  try {
    const planned = await runAction({
      entry,
      inputs: {
        mode: 'plan',
        'role-to-assume': role,
        tags: 'Environment=dev',
        regions: 'us-east-1,eu-west-1',
      },
      env,
      event: dispatch,
    });
    const planText = readFileSync(planned.outputs['plan-file'], 'utf8');
    const appliedEnv = { ...oidcApproved.env, AWS_ENDPOINT_URL: emu.url, GITHUB_API_URL: gh.url };
    const approval = { 'role-to-assume': writeRole, 'approval-environment': 'production' };
    // The apply job takes the plan job's plan-digest output (through `needs` in the workflow).
    const applied = await runAction({
      entry,
      inputs: {
        mode: 'apply',
        ...approval,
        'plan-digest': planned.outputs['plan-digest'],
      },
      env: appliedEnv,
      event: dispatch,
      workspaceFiles: { 'imds-guard-plan.json': planText },
      githubToken: 'ghs_demo',
    });
    // The apply job committed the change log to the repository (here the loopback GitHub).
    const changelog = gh.files['.imds-guard/changelog.jsonl'] ?? '';
    // Rollback goes the same way: a read-only plan-rollback job, then the approved rollback, pinned.
    const rollbackPlanned = await runAction({
      entry,
      inputs: { mode: 'plan-rollback', 'role-to-assume': role, 'rollback-run': 'last' },
      env,
      event: dispatch,
      workspaceFiles: { '.imds-guard/changelog.jsonl': changelog },
      // Provenance: the records' runs and the commits that added them, checked with the job's token.
      githubToken: 'ghs_demo',
    });
    const rollbackPlan = readFileSync(rollbackPlanned.outputs['plan-file'], 'utf8');
    const rolledBack = await runAction({
      entry,
      inputs: {
        mode: 'rollback',
        ...approval,
        'plan-digest': rollbackPlanned.outputs['plan-digest'],
        'commit-changelog': 'false',
      },
      env: appliedEnv,
      event: dispatch,
      workspaceFiles: { '.imds-guard/changelog.jsonl': changelog, 'imds-guard-plan.json': rollbackPlan },
    });
    const dir = join(out, 'remediation');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plan.json'), planText);
    writeFileSync(join(dir, 'plan-summary.md'), planned.summary);
    writeFileSync(join(dir, 'apply-summary.md'), applied.summary);
    writeFileSync(join(dir, 'rollback-plan.json'), rollbackPlan);
    writeFileSync(join(dir, 'rollback-plan-summary.md'), rollbackPlanned.summary);
    writeFileSync(join(dir, 'rollback-summary.md'), rolledBack.summary);
    writeFileSync(join(dir, 'changelog.jsonl'), readFileSync(rolledBack.outputs['changelog-path'], 'utf8'));
    console.log(
      `remediation: plan exit ${planned.exitCode}, apply exit ${applied.exitCode} (${applied.outputs['applied-count']} applied, ${applied.outputs['failed-count']} failed), rollback plan exit ${rollbackPlanned.exitCode}, rollback exit ${rolledBack.exitCode} (${rolledBack.outputs['applied-count']} restored)`,
    );
  } finally {
    await oidcApproved.close();
  }

  console.log(`\nEverything is in ${out}/:`);
  console.log('  nightly/summary.md        the job summary of the nightly audit');
  console.log('  nightly/report.html       the standalone HTML report (open it in a browser)');
  console.log('  nightly/report.md         the Markdown report');
  console.log('  nightly/report.json       the JSON report');
  console.log('  nightly/log.txt           what the Action printed');
  console.log(
    `  pull-request/comment.md   PR #7's sticky comment: adds a compliant launch template (exit ${pr.exitCode}); the legacy instance is listed as already on the base branch${comment ? '' : ' (not posted — see the log)'}`,
  );
  console.log(
    `  pull-request-v1/comment.md PR #8's sticky comment: adds an instance that allows IMDSv1 (exit ${prV1.exitCode}): its own finding gates`,
  );
  console.log(
    '  infra-repo/               the infrastructure repository both pull requests were judged in (git)',
  );
  console.log('  history.jsonl             the trend history both runs appended to');
  console.log(
    '  remediation/              plan (dev instances) → approved apply → rollback plan → approved exact rollback: summaries, plans, change log',
  );
  console.log(
    `\nGate: ${nightly.outputs.passed === 'true' ? 'passed' : 'failed'} at ${nightly.outputs['enforcement-percent']}% (threshold 80%; exit code ${nightly.exitCode}): the demo fleet is below the threshold on purpose, to show a failing check.`,
  );
} finally {
  await Promise.all([emu.close(), oidc.close(), gh.close()]);
}

/** Runs git quietly, as a fixed identity (the demo needs no git configuration of the machine). */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Demo',
      GIT_AUTHOR_EMAIL: 'demo@example.com',
      GIT_COMMITTER_NAME: 'Demo',
      GIT_COMMITTER_EMAIL: 'demo@example.com',
    },
  }).trim();
}

/** The demo's infrastructure repository: main with a legacy instance, and two pull-request heads. */
function infraRepository(ws: string): { ws: string; base: string; compliant: string; addsV1: string } {
  mkdirSync(join(ws, 'infra'), { recursive: true });
  const commit = (files: Record<string, string>, message: string): string => {
    for (const [p, text] of Object.entries(files)) writeFileSync(join(ws, p), text);
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', message);
    return git(ws, 'rev-parse', 'HEAD');
  };
  git(ws, 'init', '-q', '-b', 'main');
  const base = commit(
    {
      'infra/legacy.tf': [
        '# A batch host from before the IMDSv2 migration: it still allows IMDSv1.',
        'resource "aws_instance" "legacy_batch" {',
        '  ami           = "ami-0123456789abcdef0"',
        '  instance_type = "m5.large"',
        '  metadata_options {',
        '    http_tokens = "optional"',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    'legacy batch host',
  );
  const compliant = commit(
    {
      'infra/web.tf': [
        'variable "hardened" {',
        '  type    = bool',
        '  default = true',
        '}',
        '',
        'resource "aws_launch_template" "web" {',
        '  name_prefix = "web-"',
        '  metadata_options {',
        '    http_tokens                 = var.hardened ? "required" : "optional"',
        '    http_put_response_hop_limit = 1',
        '  }',
        '}',
        '',
        'resource "aws_autoscaling_group" "web" {',
        '  min_size = 2',
        '  max_size = 6',
        '  launch_template {',
        '    id      = aws_launch_template.web.id',
        '    version = "$Latest"',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    'web tier behind a launch template',
  );
  git(ws, 'checkout', '-q', '-b', 'reporting', base);
  const addsV1 = commit(
    {
      'infra/reporting.tf': [
        'resource "aws_instance" "reporting" {',
        '  ami           = "ami-0123456789abcdef0"',
        '  instance_type = "t3.small"',
        '  metadata_options {',
        '    http_tokens = "optional"',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    'reporting host',
  );
  return { ws, base, compliant, addsV1 };
}

function save(name: string, r: Awaited<ReturnType<typeof runAction>>) {
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary.md'), r.summary);
  writeFileSync(join(dir, 'log.txt'), `${r.stdout}${r.stderr}`);
  writeFileSync(join(dir, 'outputs.json'), `${JSON.stringify(r.outputs, null, 2)}\n`);
  for (const key of ['report-json', 'report-html', 'report-markdown']) {
    const path = r.outputs[key];
    if (path) cpSync(path, join(dir, path.split('/').at(-1) ?? key));
  }
  console.log(
    `${name}: exit ${r.exitCode}; ${r.outputs['compliant-count']} of ${r.outputs['in-scope-count']} compliant (${r.outputs['enforcement-percent']}%), ${r.outputs['v1-allowed-count']} allow IMDSv1`,
  );
}
