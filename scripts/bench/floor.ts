/**
 * The CPU floor of an audit: one Node process doing only what the audit must do with the bytes — every
 * region's DescribeInstances pages received over loopback from the emulator (SigV4-signed requests,
 * one page chain per region, all regions at once), the audit's fields read in one pass over each body
 * (a scanner that tracks depth with integers and reads only the elements a record keeps), records
 * deduplicated by instance id, classified (src/assess/rules.ts bucketOf), written as JSON Lines, and a
 * summary. No SDK, no workers, no reports. Its CPU is what the Action's CPU is compared with
 * (`npm run bench -- speed` prints the ratio).
 *
 * A second pass (not measured) fetches the same pages again and checks that the scanner's records are
 * exactly the project's parser's (src/aws/scan/describe-instances-xml.ts `recordsFromXml`) on every record.
 *
 *   tsx scripts/bench/floor.ts [--instances 100000] [--regions all|a,b] [--json]
 *
 * The fleet is the speed bench's (emulator seed 1, the instance count over the regions given; default:
 * the 17-region scenario). `--json` prints one JSON line of figures (what speed.ts reads).
 */
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { bucketOf } from '../../src/assess/rules.js';
import { recordsFromXml } from '../../src/aws/scan/describe-instances-xml.js';
import type { Instance, MetadataOptions } from '../../src/model/types.js';
import { DEFAULT_REGIONS } from '../../test/emulator/index.js';
import { startEmulatorProcess } from './emulator-process.js';
import { agent, describe, everyPage } from './pages.js';

// ---- The one-pass scanner ----

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A leaf's text as the project's parser reads it (entities, `\r\n`, whitespace-only with a newline). */
function text(raw: string): string {
  let t = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (t.includes('&'))
    t = t.replace(ENTITY, (_, hex: string, dec: string, named: string) => {
      if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
      if (dec) return String.fromCharCode(Number.parseInt(dec, 10));
      return NAMED[named] ?? '';
    });
  return t.includes('\n') && t.trim() === '' ? '' : t;
}

// Where the scanner is, as small integers: the element open at depth 5 (an instance's child) and 6.
const NONE = 0;
const STATE = 1;
const PROFILE = 2;
const METADATA = 3;
const TAGS = 4;

const METADATA_FIELDS = [
  'httpTokens',
  'httpPutResponseHopLimit',
  'httpEndpoint',
  'httpProtocolIpv6',
  'instanceMetadataTags',
  'state',
] as const;
const INSTANCE_FIELDS = [
  'instanceId',
  'instanceType',
  'platform',
  'platformDetails',
  'launchTime',
  'imageId',
  'vpcId',
  'ipAddress',
] as const;

/** `name` starts at `at` in `xml` and is followed by `>` (elements EC2 writes carry no attributes here). */
const is = (xml: string, at: number, end: number, name: string) =>
  end - at === name.length && xml.startsWith(name, at);

interface Draft {
  f: Record<string, string>;
  state?: string;
  arn?: string;
  m: Record<string, string>;
  tags: Record<string, string>;
  key?: string;
  value?: string;
}

function toRecord(d: Draft, accountId: string, region: string): Instance {
  const f = d.f;
  const metadata: Record<string, unknown> = {};
  for (const k of METADATA_FIELDS) {
    const v = d.m[k];
    if (v === undefined) continue;
    if (k === 'httpPutResponseHopLimit') {
      if (v !== '') metadata[k] = Number(v);
    } else metadata[k] = v;
  }
  const tags = d.tags;
  return {
    instanceId: f.instanceId ?? '',
    accountId,
    region,
    state: d.state ?? 'unknown',
    name: tags.Name,
    tags,
    instanceType: f.instanceType,
    platform: f.platformDetails ?? f.platform,
    launchTime: f.launchTime === undefined ? undefined : new Date(f.launchTime).toISOString(),
    imageId: f.imageId,
    vpcId: f.vpcId,
    publicIp: Boolean(f.ipAddress),
    instanceProfileArn: d.arn,
    metadata: metadata as MetadataOptions,
    launchTemplateId: tags['aws:ec2launchtemplate:id'],
    autoScalingGroup: tags['aws:autoscaling:groupName'],
  };
}

/** A leaf the records read: its text runs to the next '<' (its closing tag). */
function leafAt(xml: string, gt: number, selfClosing: boolean): string {
  if (selfClosing) return '';
  const close = xml.indexOf('<', gt + 1);
  if (xml.charCodeAt(close + 1) !== 47) throw new Error('floor scanner: markup inside a value');
  return text(xml.slice(gt + 1, close));
}

/**
 * One pass over a DescribeInstances body: depth as an integer, an element's name compared in place
 * (no slice) and only where its depth makes it one the records read; text copied only for those.
 * Made for the well-formed bodies the emulator writes: markup inside a value it reads (a comment,
 * CDATA) is refused rather than read.
 */
export function scan(xml: string, accountId: string, region: string) {
  const instances: Instance[] = [];
  let nextToken: string | undefined;
  let depth = 0;
  let inReservations = false;
  let inInstances = false;
  let owner: string | undefined;
  let reservation: Draft[] = [];
  let d: Draft | undefined;
  let at5 = NONE;
  let inTagItem = false;
  let pos = 0;
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 63 /* ? */) {
      pos = xml.indexOf('?>', lt) + 2;
      continue;
    }
    if (c === 33 /* ! */) throw new Error('floor scanner: markup it does not read');
    if (c === 47 /* / */) {
      depth--;
      if (depth === 6 && inTagItem && at5 === TAGS && d) {
        if (d.key !== undefined) d.tags[d.key] = d.value ?? '';
        inTagItem = false;
      } else if (depth === 5) at5 = NONE;
      else if (depth === 4 && d && inInstances) {
        reservation.push(d);
        d = undefined;
      } else if (depth === 3) inInstances = false;
      else if (depth === 2 && inReservations) {
        for (const r of reservation) instances.push(toRecord(r, owner ?? accountId, region));
        reservation = [];
        owner = undefined;
      } else if (depth === 1) inReservations = false;
      // No '<' inside a closing tag: the next search may start right after its '</'.
      pos = lt + 2;
      if (depth === 0) break;
      continue;
    }
    let end = lt + 1;
    for (let ch = xml.charCodeAt(end); ch !== 62 && ch !== 32 && ch !== 47; ch = xml.charCodeAt(++end));
    const gt = xml.charCodeAt(end) === 62 ? end : xml.indexOf('>', end);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const from = lt + 1;
    switch (depth) {
      case 1:
        if (is(xml, from, end, 'reservationSet')) inReservations = true;
        else if (is(xml, from, end, 'nextToken')) nextToken = leafAt(xml, gt, selfClosing);
        break;
      case 3:
        if (!inReservations) break;
        if (is(xml, from, end, 'instancesSet')) inInstances = true;
        else if (is(xml, from, end, 'ownerId')) owner = leafAt(xml, gt, selfClosing);
        break;
      case 4:
        if (inInstances) d = { f: {}, m: {}, tags: {} };
        break;
      case 5:
        if (!d) break;
        if (is(xml, from, end, 'tagSet')) at5 = TAGS;
        else if (is(xml, from, end, 'metadataOptions')) at5 = METADATA;
        else if (is(xml, from, end, 'instanceState')) at5 = STATE;
        else if (is(xml, from, end, 'iamInstanceProfile')) at5 = PROFILE;
        else
          for (const k of INSTANCE_FIELDS)
            if (is(xml, from, end, k)) {
              if (!(k in d.f)) d.f[k] = leafAt(xml, gt, selfClosing);
              break;
            }
        break;
      case 6:
        if (!d) break;
        if (at5 === TAGS) {
          inTagItem = true;
          d.key = undefined;
          d.value = undefined;
        } else if (at5 === STATE) {
          if (is(xml, from, end, 'name')) d.state ??= leafAt(xml, gt, selfClosing);
        } else if (at5 === PROFILE) {
          if (is(xml, from, end, 'arn')) d.arn ??= leafAt(xml, gt, selfClosing);
        } else if (at5 === METADATA)
          for (const k of METADATA_FIELDS)
            if (is(xml, from, end, k)) {
              d.m[k] ??= leafAt(xml, gt, selfClosing);
              break;
            }
        break;
      case 7:
        if (d && inTagItem) {
          if (is(xml, from, end, 'key')) d.key ??= leafAt(xml, gt, selfClosing);
          else if (is(xml, from, end, 'value')) d.value ??= leafAt(xml, gt, selfClosing);
        }
        break;
    }
    if (!selfClosing) depth++;
    else if (depth === 4 && d && inInstances) {
      reservation.push(d);
      d = undefined;
    }
    pos = gt + 1;
  }
  return { instances, nextToken };
}

// ---- The run ----

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '100000' },
    regions: { type: 'string', default: 'all' },
    json: { type: 'boolean', default: false },
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
const endpoint = new URL(emu.url);
// Every enabled region is scanned, as the Action does (empty ones cost a call).
const scanned = [...new Set([...DEFAULT_REGIONS, ...regions])];
const dir = mkdtempSync(join(tmpdir(), 'imds-floor-'));
try {
  // Warm the connection pool and the code paths on one small region's page (not counted).
  await describe(endpoint, scanned[0], undefined);

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = createWriteStream(join(dir, 'instances.jsonl'));
  const seen = new Set<string>();
  const buckets: Record<string, number> = {};
  let bytes = 0;
  let pages = 0;
  let lines: string[] = [];
  // Wall per step on this one thread (ms): bytes → string, the scan, dedupe + classify + JSON Lines.
  const stage: Record<string, number> = { decode: 0, scan: 0, records: 0, checkScan: 0, checkProject: 0 };
  await everyPage(endpoint, scanned, (region, body) => {
    bytes += body.length;
    pages++;
    let t = performance.now();
    const xml = body.toString('utf8');
    stage.decode += performance.now() - t;
    t = performance.now();
    const page = scan(xml, ACCOUNT, region);
    stage.scan += performance.now() - t;
    t = performance.now();
    for (const i of page.instances) {
      if (seen.has(i.instanceId)) continue;
      seen.add(i.instanceId);
      const bucket = bucketOf(i.metadata);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
      lines.push(JSON.stringify({ ...i, bucket }));
    }
    out.write(`${lines.join('\n')}\n`);
    lines = [];
    stage.records += performance.now() - t;
    return page.nextToken;
  });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  const summary = { instances: seen.size, pages, bytes, buckets, regions: scanned.length };
  writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const used = process.cpuUsage(cpu0);
  const cpuS = (used.user + used.system) / 1e6;
  const wallS = (performance.now() - t0) / 1000;

  // The check (not measured): the same pages, the scanner against the project's parser, every record.
  let checked = 0;
  const mismatches: string[] = [];
  await everyPage(endpoint, scanned, (region, body) => {
    const xml = body.toString('utf8');
    let t = performance.now();
    const mine = scan(xml, ACCOUNT, region);
    stage.checkScan += performance.now() - t;
    t = performance.now();
    const theirs = recordsFromXml(xml, ACCOUNT, region);
    stage.checkProject += performance.now() - t;
    if (mine.nextToken !== theirs.nextToken) mismatches.push(`${region}: nextToken`);
    if (mine.instances.length !== theirs.instances.length) mismatches.push(`${region}: record count`);
    mine.instances.forEach((r, k) => {
      checked++;
      if (!isDeepStrictEqual(r, theirs.instances[k])) mismatches.push(`${region} ${r.instanceId}`);
    });
    return theirs.nextToken;
  });
  const stagesS = Object.fromEntries(Object.entries(stage).map(([k, v]) => [k, Math.round(v) / 1000]));
  const figures = {
    stagesS,
    fleet: Number(values.instances),
    regionsWithInstances: regions.length,
    ...summary,
    cpuS,
    wallS,
    recordsChecked: checked,
    mismatches: mismatches.length,
  };
  if (values.json) console.log(JSON.stringify(figures));
  else {
    console.log(
      `\n## CPU floor: ${Number(values.instances).toLocaleString('en')} instances over ${regions.length} region(s) (${scanned.length} scanned), Node ${process.version}\n`,
    );
    console.log(
      '| pages | MB received | records | CPU s | wall s | records checked against recordsFromXml | mismatches |',
    );
    console.log('|--:|--:|--:|--:|--:|--:|--:|');
    console.log(
      `| ${pages} | ${(bytes / 1e6).toFixed(1)} | ${seen.size} | ${cpuS.toFixed(2)} | ${wallS.toFixed(2)} | ${checked} | ${mismatches.length} |`,
    );
    console.log(
      `\nWall per step (s): decode ${stagesS.decode}, scan ${stagesS.scan}, dedupe + classify + JSON Lines ${stagesS.records}. ` +
        `The check pass, same bytes: this scanner ${stagesS.checkScan} s, recordsFromXml ${stagesS.checkProject} s.`,
    );
    console.log(`Buckets: ${JSON.stringify(buckets)}`);
  }
  if (mismatches.length) {
    console.error(`The floor scanner disagrees with recordsFromXml: ${mismatches.slice(0, 5).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  agent.destroy();
  await emu.stop();
}
