/** Small deterministic fleets for the report tests, assessed with the real (pure) assessment. */
import { assess, byRisk } from '../../src/assess/assess.js';
import type { Assessment, Instance, Inventory, MetadataOptions } from '../../src/model/types.js';
import { diffBaseline } from '../../src/report/baseline.js';
import type { HistoryEntry } from '../../src/report/history.js';
import { buildJsonReport } from '../../src/report/json.js';
import type { ViewMeta } from '../../src/report/view.js';
import { buildView, type ReportView } from '../../src/report/view.js';

export const SCANNED_AT = '2026-05-04T03:00:00.000Z';
export const ACCOUNT = '111111111111';
export const ACCOUNT2 = '222222222222';

const V2: MetadataOptions = {
  httpTokens: 'required',
  httpEndpoint: 'enabled',
  httpPutResponseHopLimit: 1,
  state: 'applied',
};
const V1: MetadataOptions = {
  httpTokens: 'optional',
  httpEndpoint: 'enabled',
  httpPutResponseHopLimit: 1,
  state: 'applied',
};
const OFF: MetadataOptions = {
  httpTokens: 'optional',
  httpEndpoint: 'disabled',
  httpPutResponseHopLimit: 1,
  state: 'applied',
};
const PENDING: MetadataOptions = {
  httpTokens: 'required',
  httpEndpoint: 'enabled',
  httpPutResponseHopLimit: 1,
  state: 'pending',
};

const profile = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:instance-profile/${name}`;

export function instance(n: number, over: Partial<Instance> = {}): Instance {
  const id = `i-${n.toString(16).padStart(17, '0')}`;
  return {
    instanceId: id,
    accountId: ACCOUNT,
    region: 'us-east-1',
    state: 'running',
    name: `web-${n}`,
    tags: { Name: `web-${n}` },
    launchTime: '2026-04-01T00:00:00.000Z',
    publicIp: false,
    metadata: V2,
    ...over,
  };
}

/** 12 instances, 2 regions, one failed region: every bucket and every risk tier. */
export function smallInventory(): Inventory {
  const instances: Instance[] = [
    instance(1),
    instance(2, { region: 'eu-west-1', name: 'api-1', tags: { Name: 'api-1' } }),
    instance(3, {
      metadata: { ...V1, httpPutResponseHopLimit: 2 },
      name: 'jenkins',
      instanceProfileArn: profile('ci-runner'),
      publicIp: true,
      launchTime: '2025-01-10T00:00:00.000Z',
    }),
    instance(4, {
      metadata: V1,
      name: 'etl-worker',
      instanceProfileArn: profile('etl'),
      launchTime: '2026-05-03T22:30:00.000Z',
    }),
    instance(5, {
      metadata: V1,
      name: 'bastion',
      publicIp: true,
      region: 'eu-west-1',
      tags: { Name: 'bastion', 'imds-guard:exempt': 'vendor agent needs v1; expires=2026-12-31' },
    }),
    instance(6, { metadata: V1, name: 'old-box', state: 'stopped', launchTime: '2026-03-01T00:00:00.000Z' }),
    instance(7, { metadata: OFF, name: 'locked-down' }),
    instance(8, { metadata: PENDING, name: 'migrating', instanceProfileArn: profile('etl') }),
    instance(9, { metadata: V2, instanceProfileArn: profile('web') }),
    instance(10, { state: 'terminated', metadata: V1 }),
    instance(11, {
      metadata: V1,
      name: 'cache',
      instanceProfileArn: profile('web'),
      region: 'eu-west-1',
      launchTime: '2026-05-04T02:50:00.000Z',
    }),
    instance(12, { metadata: V2, region: 'eu-west-1' }),
  ];
  return {
    scannedAt: SCANNED_AT,
    durationMs: 4321,
    callerAccountId: ACCOUNT,
    accounts: [{ accountId: ACCOUNT, status: 'ok' }],
    regions: [
      { accountId: ACCOUNT, region: 'eu-west-1', status: 'ok', instances: 4, pages: 1, durationMs: 900 },
      { accountId: ACCOUNT, region: 'us-east-1', status: 'ok', instances: 8, pages: 1, durationMs: 800 },
      {
        accountId: ACCOUNT,
        region: 'ap-south-2',
        status: 'failed',
        instances: 0,
        pages: 0,
        durationMs: 30,
        error: {
          code: 'UnauthorizedOperation',
          message: 'You are not authorized to perform this operation.',
        },
      },
    ],
    instances,
    apiCalls: { DescribeInstances: 3, DescribeRegions: 1 },
  };
}

export function assessInventory(inv: Inventory, threshold = 80, failOnRegionError = true): Assessment {
  return assess(inv, {
    rule: 'ec2.8',
    threshold,
    includeStopped: true,
    failOnRegionError,
    failOnAccountError: true,
    exceptions: { enabled: true, tagKey: 'imds-guard:exempt' },
    today: SCANNED_AT.slice(0, 10),
  });
}

export function smallAssessment(): Assessment {
  return assessInventory(smallInventory());
}

export const META: ViewMeta = {
  version: '0.1.0',
  reportId: 'imds-guard',
  repository: 'octo/infra',
  runUrl: 'https://github.com/octo/infra/actions/runs/42',
  actionRef: 'imds-guard/imds-guard@v1',
  roleToAssume: 'arn:aws:iam::111111111111:role/IMDSGuardAudit',
  files: {
    json: 'imds-guard-report/report.json',
    markdown: 'imds-guard-report/report.md',
    html: 'imds-guard-report/report.html',
  },
  historyLength: 30,
};

export function pastRuns(n: number): HistoryEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const compliant = 4 + Math.min(i, 2);
    return {
      v: 1 as const,
      at: new Date(Date.parse(SCANNED_AT) - (n - i) * 86_400_000).toISOString(),
      id: 'imds-guard',
      rule: 'ec2.8',
      percent: (compliant / 11) * 100,
      compliant,
      inScope: 11,
      passed: false,
      buckets: [compliant - 1, 11 - compliant - 2, 1, 1] as [number, number, number, number],
      regions: {
        '111111111111/us-east-1': [3, 7, 4 - Math.min(i, 2)],
        '111111111111/eu-west-1': [2, 4, 2],
      } as Record<string, [number, number, number]>,
    };
  });
}

/** Values anyone who can tag an instance could set. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '| a | b |\n|---|---|',
  '@here @octo/security-team hi @admin',
  '${{ secrets.GITHUB_TOKEN }}',
  '"quoted" & \'single\' <b>bold</b>',
  '`code` **bold** [link](https://evil.example) ![img](https://evil.example/x.png)',
  '<!-- imds-guard:sticky-comment id=imds-guard digest=00 --> ]]> &amp; &lt;',
  '\u202Eevil\u202C rtl',
  'emoji 🚀🔥 ünïcödé 漢字',
  'line1\r\nline2\ttab',
  'x'.repeat(300),
  '</details><img src=x onerror=alert(1)>',
  '\u0000\u0007ctl',
  '```mermaid\npie\n"x" : 1\n```',
  '# heading',
  '- list item',
  '> quote',
  '1. item',
  'see #123 and www.evil.example and http://evil.example',
  '$\\LaTeX$ ~~strike~~ _em_',
  '{{7*7}} {{{raw}}}',
  '\\| escaped pipe \\',
  '%%{init: {"theme":"dark"}}%% graph TD; A-->B',
];

export function hostileInventory(): Inventory {
  const inv = smallInventory();
  inv.instances = HOSTILE.map((value, n) =>
    instance(100 + n, {
      name: value,
      tags: { Name: value, 'imds-guard:exempt': n % 3 === 0 ? `${value}; expires=2020-01-01` : value },
      metadata: V1,
      instanceProfileArn: profile(`p${n}`),
      publicIp: n % 2 === 0,
    }),
  );
  inv.regions = inv.regions.map((r) =>
    r.status === 'failed' ? { ...r, error: { code: 'Weird|Code', message: HOSTILE.join(' ') } } : r,
  );
  return inv;
}

/** Splits a GFM table row on the pipes GitHub would split on (unescaped, outside nothing else). */
export function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/);
}

export function bigInventory(n: number): Inventory {
  const regions = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'eu-west-1',
    'eu-central-1',
    'ap-southeast-1',
    'ap-northeast-1',
  ];
  const accounts = Array.from({ length: 25 }, (_, i) => String(100000000000 + i));
  const instances: Instance[] = [];
  for (let i = 0; i < n; i++) {
    const v1 = i % 10 < 7;
    instances.push(
      instance(i + 1, {
        accountId: accounts[i % accounts.length],
        region: regions[i % regions.length],
        name: `payments-api-${i}-production-workload-with-a-long-name`,
        metadata: v1 ? { httpTokens: 'optional', httpPutResponseHopLimit: 2 } : { httpTokens: 'required' },
        instanceProfileArn:
          i % 3 ? `arn:aws:iam::${accounts[i % accounts.length]}:instance-profile/role-${i % 40}` : undefined,
        publicIp: i % 5 === 0,
      }),
    );
  }
  return {
    scannedAt: SCANNED_AT,
    durationMs: 60_000,
    callerAccountId: accounts[0],
    accounts: accounts.map((accountId) => ({ accountId, status: 'ok' as const })),
    regions: accounts.flatMap((accountId) =>
      regions.map((region) => ({
        accountId,
        region,
        status: 'ok' as const,
        instances: 0,
        pages: 1,
        durationMs: 1,
      })),
    ),
    instances,
    apiCalls: {},
  };
}

/** The small fleet with posture, 5 past runs and a baseline: every section of the report. */
/**
 * The small fleet with what the newer sections read: owner tags (Team), IMDSv1 usage from CloudWatch
 * (one instance calls IMDSv1, one is unknown, one v2 instance had calls refused), Auto Scaling groups
 * launching $Latest / $Default / a pinned endpoint-disabled version, and an EKS node at hop limit 2.
 */
export function richInventory(): Inventory {
  const inv = smallInventory();
  const team: Record<string, string> = {
    'web-1': 'payments',
    jenkins: 'platform',
    'etl-worker': 'payments',
    bastion: 'platform',
    cache: 'search',
    'api-1': 'search',
  };
  const calls: Record<string, number> = { jenkins: 0, 'etl-worker': 1234, bastion: 0, cache: 17 };
  for (const i of inv.instances) {
    const name = i.name ?? '';
    if (team[name]) i.tags = { ...i.tags, Team: team[name] };
    if (name in calls) i.v1Calls = calls[name];
  }
  inv.instances.find(
    (i) => i.instanceProfileArn === profile('web') && i.metadata.httpTokens === 'required',
  )!.v1Rejected = 5;
  inv.instances.push(
    instance(13, {
      name: 'eks-node',
      metadata: { ...V2, httpPutResponseHopLimit: 2 },
      tags: { Name: 'eks-node', 'eks:cluster-name': 'prod', Team: 'platform' },
    }),
  );
  inv.v1Usage = {
    days: 14,
    from: '2026-04-21T00:00:00.000Z',
    to: '2026-05-05T00:00:00.000Z',
    errors: [],
  };
  const lt = 'lt-0123456789abcdef0';
  inv.autoScalingLaunches = {
    groups: [
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        name: 'web-asg',
        refs: [{ source: 'launch-template', launchTemplateId: lt, version: '$Latest' }],
      },
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        name: 'api-asg',
        refs: [{ source: 'launch-template', launchTemplateId: lt, version: '$Default' }],
      },
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        name: 'batch-asg',
        refs: [
          { source: 'mixed-instances-policy', launchTemplateId: 'lt-0fedcba9876543210', version: '2' },
          { source: 'override', launchTemplateId: lt, version: '$Latest', instanceType: 'c7g.large' },
        ],
      },
    ],
    templates: [
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        launchTemplateId: lt,
        name: 'web-template',
        defaultVersionNumber: 3,
        latestVersionNumber: 4,
        versions: [
          { versionNumber: 3, httpTokens: 'optional' },
          { versionNumber: 4, httpTokens: 'required', httpPutResponseHopLimit: 1 },
        ],
      },
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        launchTemplateId: 'lt-0fedcba9876543210',
        name: 'batch',
        defaultVersionNumber: 1,
        latestVersionNumber: 2,
        versions: [{ versionNumber: 2, httpTokens: 'optional', httpEndpoint: 'disabled' }],
      },
    ],
    errors: [],
  };
  return inv;
}

export function richAssessment(): Assessment {
  return assess(richInventory(), {
    rule: 'ec2.8',
    threshold: 80,
    includeStopped: true,
    failOnRegionError: true,
    failOnAccountError: true,
    exceptions: { enabled: true, tagKey: 'imds-guard:exempt' },
    today: SCANNED_AT.slice(0, 10),
    groupByTag: 'Team',
    hopLimitPolicy: { raw: '1,container=2', plain: 1, container: 2 },
  });
}

export function richView(): ReportView {
  const a = richAssessment();
  a.posture = {
    accountDefaults: [
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        httpTokens: 'required',
        httpPutResponseHopLimit: 2,
        allowsV1: false,
      },
      { accountId: ACCOUNT, region: 'eu-west-1', allowsV1: true },
    ],
    launchTemplates: [
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        launchTemplateId: 'lt-0123456789abcdef0',
        name: 'web-template',
        defaultVersion: { versionNumber: 3, httpTokens: 'optional' },
        latestVersion: { versionNumber: 4, httpTokens: 'required' },
        instancesUsing: 2,
        autoScalingGroups: ['web-asg'],
        allowsV1: true,
      },
    ],
    images: [
      {
        accountId: ACCOUNT,
        region: 'us-east-1',
        imageId: 'ami-0123456789abcdef0',
        name: 'al2023',
        imdsSupport: 'v2.0',
        instancesUsing: 4,
      },
    ],
    autoScalingGroupsOnLaunchConfigurations: [],
  };
  const before = smallInventory();
  before.instances = before.instances.filter((i) => i.name !== 'cache');
  const baseline = diffBaseline(
    a,
    buildJsonReport(before, assessInventory(before), { version: '0.1.0', generatedAt: SCANNED_AT }),
    byRisk,
  );
  return buildView({ assessment: a, meta: META, history: pastRuns(5), baseline });
}

/**
 * The rows of a long table's data block in report.html (`<script type="application/json" id="ID-data">`),
 * decoded as templates/report-table.js reads them: one object per row, keyed by field, with `url` the
 * console link the page draws.
 */
export function dataRows(html: string, id: string): Array<Record<string, unknown>> {
  const m = new RegExp(`<script type="application/json" id="${id}-data">([^<]*)</script>`).exec(html);
  if (!m) throw new Error(`no data block for table ${id}`);
  const d = JSON.parse(m[1]) as {
    fields: string[];
    rows: unknown[][];
    dicts: Record<string, string[]>;
  };
  return d.rows.map((row) => {
    const out: Record<string, unknown> = {};
    d.fields.forEach((f, k) => {
      const dict = d.dicts[String(k)];
      out[f] = dict && typeof row[k] === 'number' ? dict[row[k] as number] : row[k];
    });
    const base = String(out.urlBase ?? '');
    out.url = base && out.urlId ? base + encodeURIComponent(String(out.instanceId)) : base;
    return out;
  });
}
