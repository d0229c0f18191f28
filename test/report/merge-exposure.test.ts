/**
 * `mode: merge` keeps the exposure context: each shard's report.json carries its exposure (validated
 * against schemas/report.schema.json), the merged inventory rebuilds the facts, and the organization
 * report shows both shards' exfiltration findings, GuardDuty reads, role reach and other-IMDS rows.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import type { Inventory } from '../../src/model/types.js';
import { MergeError, mergeInventories, type ShardReport, verifyShards } from '../../src/readback/shards.js';
import { buildJsonReport } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { parseJsonReport } from '../../src/report/validate.js';
import { buildView } from '../../src/report/view.js';
import { ACCOUNTS, options, orgInventory } from '../org/shard-fixtures.js';
import { META } from './fixtures.js';

const OUTSIDE = 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS' as const;
const PROFILE = 'arn:aws:iam::1:instance-profile/x';

/** Exposure facts for every scanned account of an inventory, named after the account. */
function withExposure(inv: Inventory): Inventory {
  const ok = inv.accounts.filter((a) => a.status === 'ok').map((a) => a.accountId);
  inv.exposure = {
    from: '2026-11-08T00:00:00.000Z',
    to: '2026-11-22T00:00:00.000Z',
    guardDuty: ok.map((accountId) => ({
      accountId,
      region: 'us-east-1',
      status: 'enabled' as const,
      detectorId: `d${accountId}`,
      findings: 1,
    })),
    findings: ok.map((accountId) => {
      const v1 = inv.instances.find((i) => i.accountId === accountId && i.instanceProfileArn)!;
      return {
        accountId,
        region: v1.region,
        detectorId: `d${accountId}`,
        findingId: `finding-${accountId}`,
        type: OUTSIDE,
        instanceId: v1.instanceId,
        joinedBy: 'session-name' as const,
        principalId: `AROAEXAMPLE:${v1.instanceId}`,
        updatedAt: '2026-11-20T00:00:00.000Z',
        archived: false,
        remoteIp: '198.51.100.7',
      };
    }),
    roles: ok.map((accountId) => ({
      accountId,
      instanceProfileArn: PROFILE,
      roleName: `role-${accountId}`,
      level: 'admin' as const,
      reasons: ['AdministratorAccess (AWS managed)'],
      policies: ['AdministratorAccess'],
      errors: [],
    })),
    otherImds: ok.map((accountId) => ({
      kind: 'sagemaker-notebook' as const,
      accountId,
      region: 'eu-west-1',
      name: `notebook-${accountId}`,
      allowsV1: true,
      setting: 'MinimumInstanceMetadataServiceVersion=1',
    })),
    errors: ok.map((accountId) => ({
      accountId,
      region: 'eu-west-1',
      service: 'lightsail' as const,
      operation: 'GetInstances',
      code: 'AccessDeniedException',
      message: 'denied',
    })),
  };
  return inv;
}

function shards(n: number): Array<{ file: string; report: ShardReport }> {
  return Array.from({ length: n }, (_, i) => {
    const inv = withExposure(orgInventory(ACCOUNTS, { index: i + 1, count: n }));
    const built = buildJsonReport(inv, assess(inv, options), { version: 't', generatedAt: 'now' });
    const file = `shard-${i + 1}/report.json`;
    // Through the text and the schema, as merge reads a downloaded artifact.
    const report = parseJsonReport(JSON.stringify({ ...built, shard: inv.shard }), file) as ShardReport;
    return { file, report };
  });
}

describe('merge keeps the exposure context', () => {
  it('report.json carries exposure, and a merged report of two shards carries both shards’ exposure', () => {
    const two = shards(2);
    for (const { report } of two) expect(report.exposure?.exploited.length).toBeGreaterThan(0);
    verifyShards(two);
    const { inventory } = mergeInventories(two.map((r) => r.report));
    const merged = assess(inventory, options);
    const whole = assess(withExposure(orgInventory(ACCOUNTS)), options);

    const exposure = merged.exposure!;
    for (const { report } of two) {
      const own = report.exposure!;
      for (const e of own.exploited)
        expect(exposure.exploited.map((x) => x.instanceId)).toContain(e.instanceId);
      for (const r of own.otherImds.resources)
        expect(exposure.otherImds.resources.map((x) => x.name)).toContain(r.name);
      for (const g of own.guardDuty.regions)
        expect(exposure.guardDuty.regions.map((x) => x.accountId)).toContain(g.accountId);
      for (const r of own.roles) expect(exposure.roles.map((x) => x.roleName)).toContain(r.roleName);
    }
    // Exactly what one unsharded run judges (the order of reads that tie aside).
    const byAccount = <T extends { accountId: string }>(list: T[]) =>
      [...list].sort((a, b) => a.accountId.localeCompare(b.accountId));
    const sorted = (e: typeof exposure) => ({
      ...e,
      guardDuty: { ...e.guardDuty, regions: byAccount(e.guardDuty.regions) },
      roles: byAccount(e.roles),
      errors: byAccount(e.errors),
    });
    expect(sorted(exposure)).toEqual(sorted(whole.exposure!));
    expect(merged.instances.map((i) => i.instanceId)).toEqual(whole.instances.map((i) => i.instanceId));

    // The organization report shows them: every exploited instance and every notebook of both shards.
    const md = renderMarkdown(buildView({ assessment: merged, meta: META }), { medium: 'file' }).markdown;
    for (const { report } of two) {
      for (const e of report.exposure!.exploited) expect(md).toContain(e.instanceId);
      for (const r of report.exposure!.otherImds.resources) expect(md).toContain(r.name);
    }
  });

  it('refuses a shard whose exposure speaks for another shard’s account', () => {
    const two = shards(2);
    const other = two[1].report.exposure!.exploited[0];
    const forged: ShardReport = {
      ...two[0].report,
      exposure: {
        ...two[0].report.exposure!,
        unjoined: [{ ...other.findings[0], instanceId: undefined }],
      },
    };
    expect(() => verifyShards([{ file: 'forged.json', report: forged }, two[1]])).toThrow(MergeError);
    expect(() => verifyShards([{ file: 'forged.json', report: forged }, two[1]])).toThrow(
      /\/exposure\/unjoined\/0/,
    );
  });
});
