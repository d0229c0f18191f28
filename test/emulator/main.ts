// Standalone emulator process.
//   tsx test/emulator/main.ts --seed 1 --instances 300 --regions us-east-1,eu-west-1 [--accounts 3]
//        [--latency-ms 50] [--throttle] [--fleet file.json] [--port N] [--apply-delay-ms N]
//        [--hostile-tags] [--dump-fleet out.json] [--render-cache]
//        [--latency-by-operation DescribeInstances=100,GetMetricData=80] [--latency-per-item DescribeInstances=2]
// Prints one JSON line {"url","port",...} on stdout when listening; serves until SIGTERM/SIGINT.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type GenerateFleetOptions, generateFleet } from './fleet.js';
import { type EmulatorOptions, startEmulator } from './server.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    instances: { type: 'string' },
    'instances-per-region': { type: 'string' },
    regions: { type: 'string', default: 'us-east-1' },
    accounts: { type: 'string', default: '1' },
    'latency-ms': { type: 'string' },
    'latency-by-operation': { type: 'string' },
    'latency-per-item': { type: 'string' },
    throttle: { type: 'boolean', default: false },
    fleet: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    'apply-delay-ms': { type: 'string' },
    'hostile-tags': { type: 'boolean', default: false },
    'suspended-accounts': { type: 'string' },
    'dump-fleet': { type: 'string' },
    'render-cache': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(
    'usage: tsx test/emulator/main.ts [--seed N] [--instances TOTAL | --instances-per-region N] [--regions a,b]\n' +
      '  [--accounts N|id,id] [--latency-ms N] [--throttle] [--fleet file.json] [--port N] [--apply-delay-ms N]\n' +
      '  [--hostile-tags] [--suspended-accounts N] [--dump-fleet out.json] [--render-cache]\n' +
      '  [--latency-by-operation Op=ms,…] [--latency-per-item Op=ms,…  (ms per returned item)]\n',
  );
  process.exit(0);
}

const regions = values.regions
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const accounts =
  /^\d+$/.test(values.accounts) && values.accounts.length < 12
    ? Number(values.accounts)
    : values.accounts.split(',');
const fleet: GenerateFleetOptions = {
  seed: Number(values.seed),
  regions,
  accounts,
  hostileTags: values['hostile-tags'],
  suspendedAccounts: values['suspended-accounts'] ? Number(values['suspended-accounts']) : undefined,
};
if (values['instances-per-region']) fleet.instancesPerRegion = Number(values['instances-per-region']);
else fleet.total = Number(values.instances ?? 20 * regions.length);

/** `Op=ms,Op=ms` → { Op: ms }. */
const perOperation = (v: string | undefined): Record<string, number> | undefined =>
  v
    ? Object.fromEntries(
        v
          .split(',')
          .filter(Boolean)
          .map((kv) => {
            const [op, ms] = kv.split('=');
            return [op.trim(), Number(ms)];
          }),
      )
    : undefined;

const opts: EmulatorOptions = {
  host: values.host,
  port: values.port ? Number(values.port) : 0,
  throttle: values.throttle,
  latencyMs: values['latency-ms'] ? Number(values['latency-ms']) : undefined,
  latencyByOperation: perOperation(values['latency-by-operation']),
  latencyPerItemMs: perOperation(values['latency-per-item']),
  applyDelayMs: values['apply-delay-ms'] ? Number(values['apply-delay-ms']) : undefined,
  renderCache: values['render-cache'],
};
if (values.fleet) opts.fleetFile = values.fleet;
else opts.fleet = fleet;

if (values['dump-fleet'] && !values.fleet)
  writeFileSync(values['dump-fleet'], JSON.stringify(generateFleet(fleet), null, 1));

const emu = await startEmulator(opts);
const summary = emu.world.summary();
let instances = 0;
for (const acc of Object.values(summary)) for (const r of Object.values(acc)) instances += r.total ?? 0;
process.stdout.write(
  `${JSON.stringify({
    url: emu.url,
    port: emu.port,
    accounts: emu.world.accounts.map((a) => a.id),
    regions: [...new Set(emu.world.accounts.flatMap((a) => Object.keys(a.regions ?? {})))],
    instances,
    control: `${emu.url}/__emulator/`,
  })}\n`,
);

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await emu.close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
