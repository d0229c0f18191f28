/**
 * What a parse worker does with a page, two ways on the same bytes, alternating, CPU of this one thread:
 *
 *   records  the page read into records (`recordsFromXml`, values not copied), then packed (`packPage`)
 *   direct   the page read straight into the packed form (`packedFromXml`: no record objects)
 *
 * or, with --chunks, as a parse worker gets it (64 KB chunks, decoded there):
 *
 *   joined   the chunks decoded and joined into one text (`decodeChunks`), read whole
 *   windows  the chunks' decoded pieces (`decodeParts`) read in windows, as the worker does
 *
 * Both produce the same packed page (checked on every page before timing). The pages are the floor's
 * (scripts/bench/pages.ts): the speed bench's fleet, one chain per region, fetched once and kept.
 *
 *   tsx scripts/bench/parse.ts [--instances 100000] [--regions all|a,b] [--rounds 7] [--chunks]
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { decodeChunks, decodeParts } from '../../src/aws/scan/page-bytes.js';
import { packedFromXml, packPage, recordsFromXml } from '../../src/aws/scan/records.js';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';
import { startEmulatorProcess } from './emulator-process.js';
import { agent, everyPage } from './pages.js';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '100000' },
    regions: { type: 'string', default: 'all' },
    rounds: { type: 'string', default: '7' },
    chunks: { type: 'boolean', default: false },
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

/** Each page as the HTTP reads hand it over: 64 KB chunks of their own. */
const chunksOf = new Map<Buffer, Uint8Array[]>();
for (const { body } of pages) {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < body.length; at += 65_536)
    chunks.push(new Uint8Array(body.subarray(at, at + 65_536)));
  chunksOf.set(body, chunks);
}
type Way = (body: Buffer, region: string) => unknown;
const ways: Record<string, Way> = values.chunks
  ? {
      joined: (body, region) => packedFromXml(decodeChunks(chunksOf.get(body) ?? []), ACCOUNT, region),
      windows: (body, region) => packedFromXml(decodeParts(chunksOf.get(body) ?? []), ACCOUNT, region),
    }
  : {
      records: (body, region) => packPage(recordsFromXml(body.toString('utf8'), ACCOUNT, region, false)),
      direct: (body, region) => packedFromXml(body.toString('utf8'), ACCOUNT, region),
    };
const names = Object.keys(ways);
let bytes = 0;
for (const { region, body } of pages) {
  bytes += body.length;
  if (!isDeepStrictEqual(ways[names[0]](body, region), ways[names[1]](body, region)))
    throw new Error(`${region}: the two ways disagree`);
}

const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
const rounds = Number(values.rounds);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 ? [...names].reverse() : names;
  for (const way of order) {
    const t = process.cpuUsage();
    for (const { region, body } of pages) ways[way](body, region);
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
