/**
 * The exposure section: hostile values from GuardDuty and IAM stay text on every surface, the digest
 * follows what the section says (so the sticky comment updates), and GuardDuty being off or unread
 * is never read as "no findings".
 */
import { describe, expect, it } from 'vitest';
import { byRisk } from '../../src/assess/assess.js';
import type { ExposureRead, Inventory } from '../../src/model/types.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildView } from '../../src/report/view.js';
import { ACCOUNT, assessInventory, HOSTILE, META, smallInventory } from './fixtures.js';

const OUTSIDE = 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS' as const;

function withExposure(inv: Inventory, read: Partial<ExposureRead>): Inventory {
  inv.exposure = {
    from: '2026-04-20T00:00:00.000Z',
    to: '2026-05-05T00:00:00.000Z',
    guardDuty: [],
    findings: [],
    roles: [],
    otherImds: [],
    errors: [],
    ...read,
  };
  return inv;
}

describe('exposure view', () => {
  it('hostile finding and policy values stay text in Markdown and HTML', () => {
    const inv = smallInventory();
    const v1 = inv.instances.find((i) => i.metadata.httpTokens === 'optional')!;
    for (const [n, evil] of HOSTILE.entries()) {
      withExposure(inv, {
        guardDuty: [{ accountId: ACCOUNT, region: 'us-east-1', status: 'enabled', findings: 1 }],
        findings: [
          {
            accountId: ACCOUNT,
            region: 'us-east-1',
            detectorId: 'd',
            findingId: `f${n}`,
            type: OUTSIDE,
            instanceId: v1.instanceId,
            joinedBy: 'session-name',
            updatedAt: '2026-05-01T00:00:00.000Z',
            archived: false,
            asnOrg: evil,
            country: evil,
          },
        ],
        otherImds: [
          {
            kind: 'lightsail-instance',
            accountId: ACCOUNT,
            region: 'us-east-1',
            name: evil,
            allowsV1: true,
            setting: evil,
          },
        ],
      });
      const view = buildView({ assessment: assessInventory(inv), meta: META });
      const md = renderMarkdown(view, { medium: 'file' }).markdown;
      const section = md.slice(md.indexOf('whose credentials were already used'), md.indexOf('### Split'));
      expect(section).not.toContain('<script>');
      expect(section).not.toContain('](https://evil.example)');
      expect(section).not.toMatch(/\n# heading/);
      expect(section).not.toContain('@here');
      const html = renderHtml(view);
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).not.toContain('<img src=x onerror');
    }
  });

  it('the digest changes when a finding appears; GuardDuty off and unread are said, never "no findings"', () => {
    const base = withExposure(smallInventory(), {
      guardDuty: [
        { accountId: ACCOUNT, region: 'us-east-1', status: 'disabled', findings: 0 },
        {
          accountId: ACCOUNT,
          region: 'eu-west-1',
          status: 'unknown',
          findings: 0,
          code: 'AccessDeniedException',
        },
      ],
    });
    const quiet = buildView({ assessment: assessInventory(base), meta: META });
    const md = renderMarkdown(quiet, { medium: 'file' }).markdown;
    expect(md).toContain('**GuardDuty is off** in 1 region(s): us-east-1');
    expect(md).toContain('**Could not read** GuardDuty in 1 region(s): eu-west-1');
    expect(md).toContain('unknown, not clean');

    // The lowest-risk v1-allowed instance without exposure context…
    const plain = assessInventory(smallInventory())
      .instances.filter((i) => i.bucket === 'v1-allowed')
      .sort(byRisk);
    const last = plain[plain.length - 1].instanceId;
    expect(plain[0].instanceId).not.toBe(last);
    const inv = smallInventory();
    const v1 = inv.instances.find((i) => i.instanceId === last)!;
    withExposure(inv, {
      guardDuty: base.exposure!.guardDuty,
      findings: [
        {
          accountId: ACCOUNT,
          region: v1.region,
          detectorId: 'd',
          findingId: 'f1',
          type: OUTSIDE,
          instanceId: v1.instanceId,
          updatedAt: '2026-05-01T00:00:00.000Z',
          archived: false,
        },
      ],
    });
    const a = assessInventory(inv);
    const loud = buildView({ assessment: a, meta: META });
    expect(loud.digest).not.toBe(quiet.digest);
    // …leads every risk-ordered list once its credentials were seen used elsewhere.
    expect(a.instances.filter((i) => i.bucket === 'v1-allowed').sort(byRisk)[0].instanceId).toBe(
      v1.instanceId,
    );
  });

  it('the compact PR comment keeps 10 exploited instances and says how many more; report.md keeps them all', () => {
    const inv = smallInventory();
    const extra = Array.from({ length: 30 }, (_, n) => ({
      ...inv.instances[0],
      instanceId: `i-${(0xe000 + n).toString(16).padStart(17, '0')}`,
      metadata: { httpTokens: 'optional' },
    }));
    inv.instances.push(...extra);
    withExposure(inv, {
      guardDuty: [{ accountId: ACCOUNT, region: 'us-east-1', status: 'enabled', findings: 30 }],
      findings: extra.map((i, n) => ({
        accountId: ACCOUNT,
        region: 'us-east-1',
        detectorId: 'd',
        findingId: `f${n}`,
        type: OUTSIDE,
        instanceId: i.instanceId,
        updatedAt: '2026-05-01T00:00:00.000Z',
        archived: false,
      })),
    });
    const view = buildView({ assessment: assessInventory(inv), meta: META });
    const count = (md: string) => (md.match(/credentials used from outside this instance/g) ?? []).length;
    const comment = renderMarkdown(view, { medium: 'comment' }).markdown;
    expect(count(comment)).toBe(10);
    expect(comment).toContain('…and 20 more');
    expect(count(renderMarkdown(view, { medium: 'file' }).markdown)).toBe(30);
  });
});
