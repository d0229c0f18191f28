/**
 * Apply throughput under EC2's token bucket: 2,000 instances over 4 regions against the loopback
 * emulator with AWS's ModifyInstanceMetadataOptions bucket (burst 100, 5 per second per region).
 * The bound: a region with n calls (n-1 changes + 1 DryRun) cannot finish faster than
 * (n - 100) / 5 seconds; regions run in parallel, so the fleet's bound is the largest region's.
 *
 *   tsx scripts/bench/apply.ts [--instances 2000] [--regions 4] [--json]
 *
 * Prints wall time vs the bound (goal ≤ 1.15×) and checks zero lost or duplicated changes.
 */
import { parseArgs } from 'node:util';
import { ClientFactory } from '../../src/aws/clients.js';
import { silentLog } from '../../src/log.js';
import type { ChangeRecord, PlanItem } from '../../src/model/types.js';
import { applyItems, dryRunRegions, limiterFor } from '../../src/remediate/apply-instances.js';
import { MODIFY_METADATA_BUCKET, TokenBucketLimiter } from '../../src/remediate/pacing.js';
import { startEmulator } from '../../test/emulator/index.js';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2000' },
    regions: { type: 'string', default: '4' },
    json: { type: 'boolean', default: false },
  },
});
const total = Number(values.instances);
const regionNames = [
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-southeast-2',
  'eu-central-1',
  'ap-northeast-1',
].slice(0, Number(values.regions));
const ACCOUNT = '111111111111';
const perRegion = Math.ceil(total / regionNames.length);

const regions: Record<string, { instances: unknown[] }> = {};
const items: PlanItem[] = [];
let made = 0;
regionNames.forEach((region, r) => {
  const instances: unknown[] = [];
  for (let k = 0; k < perRegion && made < total; k++, made++) {
    const instanceId = `i-${r.toString(16)}${k.toString(16).padStart(16, '0')}`;
    instances.push({
      instanceId,
      reservationId: `r-${instanceId.slice(2)}`,
      state: 'running',
      metadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 1 },
    });
    items.push({
      kind: 'instance',
      accountId: ACCOUNT,
      region,
      resourceId: instanceId,
      before: {
        httpTokens: 'optional',
        httpPutResponseHopLimit: 1,
        httpEndpoint: 'enabled',
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'disabled',
      },
      after: { httpTokens: 'required' },
      reason: 'bench',
    });
  }
  regions[region] = { instances };
});

const emu = await startEmulator({
  world: { accounts: [{ id: ACCOUNT, regions }] } as never,
  throttle: true, // AWS bucket sizes: ModifyInstanceMetadataOptions 100 burst / 5 per s per account per region
});
process.env.AWS_ENDPOINT_URL = emu.url;
process.env.AWS_EC2_METADATA_DISABLED = 'true';
const creds = {
  accountId: '123456789012',
  credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
};
const reads = new ClientFactory(5);
const writes = new ClientFactory(1);
const clients = {
  read: (_a: string, region: string) => reads.ec2(creds, region),
  write: (_a: string, region: string) => writes.ec2(creds, region),
};

const records: ChangeRecord[] = [];
let intents = 0;
const limiters = new Map<string, TokenBucketLimiter>();
for (const it of items) limiterFor(limiters, it, {});
const started = performance.now();
const dry = await dryRunRegions(items, { clients, log: silentLog }, limiters);
if (dry.some((d) => !d.ok)) throw new Error(`DryRun failed: ${JSON.stringify(dry)}`);
const outcome = await applyItems(
  items,
  {
    clients,
    log: silentLog,
    now: () => new Date(),
    // Write-ahead: a `started` intent before each modify, then the outcome (intents counted apart).
    onRecord: (r) => {
      if (r.result === 'started') intents++;
      else records.push(r);
    },
    base: { runId: 'bench', mode: 'apply', planDigest: 'sha256:bench' },
  },
  limiters,
);
const wallMs = performance.now() - started;

const biggest = Math.max(...regionNames.map((r) => items.filter((i) => i.region === r).length));
const boundMs = TokenBucketLimiter.boundMs(biggest + 1, MODIFY_METADATA_BUCKET);
const changed = emu.changes.map((c) => c.resourceId);
const recorded = records.filter((r) => r.result === 'applied').map((r) => r.resourceId);
const dupChanges = changed.length - new Set(changed).size;
const dupRecords = records.length - new Set(records.map((r) => r.resourceId)).size;
const planned = new Set(items.map((i) => i.resourceId));
const lost = [...planned].filter((id) => !changed.includes(id) || !recorded.includes(id)).length;
const throttled = outcome.regions.reduce((n, r) => n + r.throttled, 0);
const modifyCalls = emu.callLog.filter((c) => c.operation === 'ModifyInstanceMetadataOptions').length;
const describeCalls = emu.callLog.filter((c) => c.operation === 'DescribeInstances').length;

const result = {
  scenario: 'apply-throughput',
  instances: items.length,
  regions: regionNames.length,
  wallSeconds: Number((wallMs / 1000).toFixed(1)),
  boundSeconds: Number((boundMs / 1000).toFixed(1)),
  ratio: boundMs > 0 ? Number((wallMs / boundMs).toFixed(3)) : null,
  goalRatio: 1.15,
  applied: outcome.counts.applied,
  failed: outcome.counts.failed,
  lost,
  duplicateChanges: dupChanges,
  duplicateRecords: dupRecords,
  intents,
  throttledRetries: throttled,
  modifyCalls,
  describeCalls,
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(
    `apply throughput: ${result.instances} instances over ${result.regions} regions (EC2 bucket 100 burst, 5/s per region)`,
  );
  console.log(
    `  wall ${result.wallSeconds} s vs bound ${result.boundSeconds} s → ${result.ratio}× (goal ≤ ${result.goalRatio}×)`,
  );
  console.log(
    `  applied ${result.applied}, failed ${result.failed}, lost ${lost}, duplicate changes ${dupChanges}, duplicate records ${dupRecords}, write-ahead intents ${intents}`,
  );
  console.log(
    `  calls: ${modifyCalls} ModifyInstanceMetadataOptions (incl. ${regionNames.length} DryRun, ${throttled} throttled retries), ${describeCalls} DescribeInstances`,
  );
}
reads.destroy();
writes.destroy();
await emu.close();
const ok =
  lost === 0 &&
  dupChanges === 0 &&
  dupRecords === 0 &&
  intents === items.length &&
  outcome.counts.applied === items.length;
process.exit(ok ? 0 : 1);
