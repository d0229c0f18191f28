/**
 * What a parse worker does with a page, two ways on the same bytes, alternating, CPU of this one thread:
 *
 *   records  the page read into records (`recordsFromXml`, values not copied), then packed (`packPage`)
 *   direct   the page read straight into the packed form (`packedFromXml`: no record objects)
 *
 * Both produce the same packed page (checked on every page before timing). The pages are the floor's
 * (scripts/bench/pages.ts): the speed bench's fleet, one chain per region, fetched once and kept.
 *
 *   tsx scripts/bench/parse.ts [--instances 100000] [--regions all|a,b] [--rounds 7]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { packedFromXml, packPage, recordsFromXml } from '../../src/aws/scan/records.js';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';
import { startEmulatorProcess } from './emulator-process.js';
import { agent, everyPage } from './pages.js';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '100000' },
    regions: { type: 'string', default: 'all' },
    rounds: { type: 'string', default: '7' },
  },
});
const regions = values.regions === 'all' ? [...DEFAULT_REGIONS] : values.regions.split(',');
const ACCOUNT = '000000000000';
const emu = await startEmulatorProcess([
  '--seed',
  '1',
  '--instances',
  values.instances,
  '--regions',
  regions.join(','),
  '--render-cache',
]);
const pages: Array<{ region: string; body: Buffer }> = [];
try {
  await everyPage(new URL(emu.url), [...new Set([...DEFAULT_REGIONS, ...regions])], (region, body) => {
    pages.push({ region, body });
    return recordsFromXml(body.toString('utf8'), ACCOUNT, region).nextToken;
  });
} finally {
  agent.destroy();
  await emu.stop();
}

const ways = {
  records: (xml: string, region: string) => packPage(recordsFromXml(xml, ACCOUNT, region, false)),
  direct: (xml: string, region: string) => packedFromXml(xml, ACCOUNT, region),
};
let bytes = 0;
for (const { region, body } of pages) {
  bytes += body.length;
  const xml = body.toString('utf8');
  if (!isDeepStrictEqual(ways.records(xml, region), ways.direct(xml, region)))
    throw new Error(`${region}: the two ways disagree`);
}

const cpu: Record<keyof typeof ways, number[]> = { records: [], direct: [] };
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  const order = (r % 2 ? ['direct', 'records'] : ['records', 'direct']) as Array<keyof typeof ways>;
  for (const way of order) {
    const t = process.cpuUsage();
    for (const { region, body } of pages) ways[way](body.toString('utf8'), region);
    const used = process.cpuUsage(t);
    cpu[way].push((used.user + used.system) / 1e6);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB, Node ${process.version}, ${rounds} rounds alternating (CPU s, decode included):`,
);
console.log('| way | median | range |\n|---|--:|--:|');
for (const [way, xs] of Object.entries(cpu))
  console.log(
    `| ${way} | ${median(xs).toFixed(3)} | ${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)} |`,
  );
