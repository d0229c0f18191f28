/**
 * The IMDSv1 usage reads' GetMetricData request bodies, two ways on the same batches, alternating, CPU
 * of this process:
 *
 *   objects  `metricDataBody` of `buildQueries(ids)`: 500 query objects (five objects each) serialized
 *   text     `queriesText({ ids, metric })`: the same JSON written from the ids
 *
 * Both give the same bytes (checked first). 400 batches of 500 ids, about what a 100,000-instance audit
 * sends for its two metrics.
 *
 *   tsx scripts/bench/metric-body.ts [--batches 400] [--rounds 7]
 */
import { parseArgs } from 'node:util';
import { buildQueries, metricDataBody, queriesText } from '../../src/aws/readiness.js';

const { values } = parseArgs({
  options: { batches: { type: 'string', default: '400' }, rounds: { type: 'string', default: '7' } },
});
const batches = Array.from({ length: Number(values.batches) }, (_, b) =>
  Array.from({ length: 500 }, (_, n) => `i-${(b * 500 + n).toString(16).padStart(17, '0')}`),
);
const window = { StartTime: new Date('2026-11-23T00:00:00Z'), EndTime: new Date('2026-12-07T00:00:00Z') };
const rest = `,"StartTime":${window.StartTime.getTime() / 1000},"EndTime":${window.EndTime.getTime() / 1000},"ScanBy":"TimestampDescending"}`;
const encoder = new TextEncoder();
const ways = {
  objects: (ids: string[]) =>
    metricDataBody({ MetricDataQueries: buildQueries(ids), ...window, ScanBy: 'TimestampDescending' }),
  text: (ids: string[]) =>
    encoder.encode(`{"MetricDataQueries":${queriesText({ ids, metric: 'MetadataNoToken' })}${rest}`),
};
type Way = keyof typeof ways;
if (Buffer.compare(Buffer.from(ways.objects(batches[0])), Buffer.from(ways.text(batches[0]))) !== 0)
  throw new Error('the two ways write different bodies');

const cpu: Record<Way, number[]> = { objects: [], text: [] };
for (let r = 0; r < Number(values.rounds); r++) {
  for (const way of (r % 2 ? ['text', 'objects'] : ['objects', 'text']) as Way[]) {
    const t = process.cpuUsage();
    for (const ids of batches) ways[way](ids);
    const used = process.cpuUsage(t);
    cpu[way].push((used.user + used.system) / 1000);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `${batches.length} batches of 500, Node ${process.version}, ${values.rounds} rounds alternating (CPU ms):`,
);
console.log('| way | median | range |\n|---|--:|--:|');
for (const [way, xs] of Object.entries(cpu))
  console.log(
    `| ${way} | ${median(xs).toFixed(0)} | ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} |`,
  );
