/**
 * In-process audit against the emulator: GuardDuty exfiltration findings rank their instance first,
 * a region without GuardDuty is reported as off (never "no findings"), an administrator role on a
 * public v1-allowed instance is the top risk among the rest, and SageMaker / Elastic Beanstalk /
 * Lightsail resources appear under their own rules, outside the EC2.8 percentage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readIacFiles } from '../../src/iac/index.js';
import { exposureWorld, exposureId as id, EXPOSURE_KEY as KEY } from '../emulator/exposure-world.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanupWorkspaces, emulatorEnv, runInProcess } from '../support/inprocess.js';
import { ocsfProblems } from '../support/ocsf.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: exposureWorld() });
});
afterAll(async () => emu?.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});
afterEach(() => cleanupWorkspaces());

interface OcsfFinding {
  severity_id: number;
  compliance: { control: string };
  resources: Array<{ uid: string; name?: string }>;
  enrichments?: Array<{ name: string; value: string }>;
}

const env = () => emulatorEnv(emu.url, KEY);

describe('audit with exposure context', () => {
  it('ranks the exploited instance first, then administrator + public IP; GuardDuty off is said per region', async () => {
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    const md = readFileSync(join(r.workspace, 'imds-guard-report', 'report.md'), 'utf8');
    // Exploited: joined through the role session name, with the remote IP and the console link.
    expect(md).toMatch(/1 instance\(s\) whose credentials were already used elsewhere/);
    expect(md).toContain('credentials used from outside this instance \\(outside AWS\\)');
    expect(md).toContain('joined by role session name');
    expect(md).toContain('198.51.100.23');
    expect(md).toContain('guardduty/home?region=us-east-1#/findings?macros=current&fId=finding-outside-1');
    // eu-west-1 has no detector: off, not "no findings".
    expect(md).toMatch(/\*\*GuardDuty is off\*\* in 1 region\(s\): eu-west-1/);
    // The IMDSv1 list, worst first: exploited (2), administrator + public (1), then public narrow (3).
    const v1Section = md.slice(md.indexOf('### 3 instance(s) allow IMDSv1 (highest risk first)'));
    const rows = [...v1Section.matchAll(/^\|.*?\[(i-0000000000000e00[1-3])\]/gm)].map((m) => m[1]);
    expect(rows).toEqual([id(2), id(1), id(3)]);
    // Reach: the administrator role, the worst case counted.
    expect(md).toMatch(/\*\*1\*\* instance\(s\) allow IMDSv1, have a public IP and an administrator role/);
    // Other IMDS services under their own rules; the EC2.8 percentage counts the 4 EC2 instances only.
    expect(md).toMatch(/\| sagemaker-notebook-imdsv2 \| .* \| 1 \| 0 \| 1 \| 0 \|/);
    expect(md).toMatch(/\| beanstalk-imdsv1-disabled \| .* \| 1 \| 0 \| 1 \| 0 \|/);
    expect(md).toMatch(/\| lightsail-imdsv2 \| .* \| 2 \| 1 \| 1 \| 0 \|/);
    expect(r.outputs['in-scope-count']).toBe(4);
    expect(r.lines.join('\n')).toMatch(/Exposure: 1 GuardDuty instance-credential exfiltration finding/);
    expect(r.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('a refused GuardDuty or IAM read is a warning and unknown; the audit still passes', async () => {
    emu.world.data.accounts[0].roles = [
      { name: 'IMDSGuardAudit', readOnly: true, deniedOperations: ['guardduty:*', 'iam:GetInstanceProfile'] },
    ];
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    expect(r.result?.passed).toBe(true);
    const md = readFileSync(join(r.workspace, 'imds-guard-report', 'report.md'), 'utf8');
    expect(md).toMatch(
      /\*\*Could not read\*\* GuardDuty in 2 region\(s\): eu-west-1 \\\(AccessDeniedException\\\), us-east-1 \\\(AccessDeniedException\\\)/,
    );
    expect(md).not.toMatch(/GuardDuty is off/);
    expect(md).toMatch(/\*\*2\*\* unknown \\\(not readable\\\)/);
    expect(r.lines.join('\n')).toMatch(
      /warning Exposure: guardduty:ListDetectors failed with AccessDeniedException/,
    );
  });

  it('writes the Sigma rule, the alarm template and report.ocsf.json, which validates', async () => {
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    const dir = join(r.workspace, 'imds-guard-report');
    expect(readFileSync(join(dir, 'detections', 'imds-traffic.sigma.yml'), 'utf8')).toContain(
      '1 of ip_* or 1 of http_*',
    );
    const alarms = readFileSync(join(dir, 'detections', 'metadata-no-token-rejected.yaml'), 'utf8');
    const read = await readIacFiles([{ file: 'metadata-no-token-rejected.yaml', text: alarms }]);
    expect(read.errors).toEqual([]);
    expect(alarms).toContain(id(4));
    const findings = JSON.parse(readFileSync(join(dir, 'report.ocsf.json'), 'utf8')) as OcsfFinding[];
    expect(findings.flatMap((f) => ocsfProblems(f))).toEqual([]);
    // EC2.8: the three v1-allowed instances, the exploited one first and Critical with its GuardDuty context.
    const ec2 = findings.filter((f) => f.compliance.control === 'EC2.8');
    expect(ec2.map((f) => f.resources[0].uid).sort()).toEqual([id(1), id(2), id(3)]);
    const exploited = ec2.find((f) => f.resources[0].uid === id(2))!;
    expect(exploited.severity_id).toBe(5);
    expect(exploited.enrichments?.[0]).toMatchObject({
      name: 'guardduty.instance_credential_exfiltration',
      value: 'finding-outside-1',
    });
    const admin = ec2.find((f) => f.resources[0].uid === id(1))!;
    expect(admin.severity_id).toBe(5);
    expect(admin.enrichments).toEqual([expect.objectContaining({ name: 'iam.role_reach', value: 'admin' })]);
    // The other services: their own controls, one finding per resource that allows IMDSv1.
    expect(
      findings
        .filter((f) => f.compliance.control !== 'EC2.8')
        .map((f) => `${f.compliance.control} ${f.resources[0].name}`)
        .sort(),
    ).toEqual([
      'beanstalk-imdsv1-disabled shop/shop-prod',
      'lightsail-imdsv2 blog',
      'sagemaker-notebook-imdsv2 research',
    ]);
  });
});
