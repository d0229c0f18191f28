/**
 * Every core (src/aws/scan/parse-pool.ts, scan-worker.ts, records.ts): a large region's pages are parsed in
 * worker threads, and the scan still returns exactly the emulator's in-scope instances — no
 * duplicates, no gaps — with records equal, field for field, to what the SDK's own deserializer gives
 * (hostile tags included). A fleet of small regions never starts a worker.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AwsSession, ClientFactory } from '../../src/aws/clients.js';
import { scanRegion, stateFilter, toInstance } from '../../src/aws/inventory.js';
import { launchIso, readDrafts, WindowCut } from '../../src/aws/scan/describe-instances-xml.js';
import { hasNextToken, rawInstanceIds, rawNextToken } from '../../src/aws/scan/page-bytes.js';
import { DEFAULT_WORKERS, ParsePool } from '../../src/aws/scan/parse-pool.js';
import { scanPartitioned } from '../../src/aws/scan/partition.js';
import {
  INTERN_MAX,
  Interner,
  packedFromXml,
  packPage,
  recordsFromXml,
  unpackPage,
} from '../../src/aws/scan/records.js';
import type { Log } from '../../src/log.js';
import type { MetadataOptions } from '../../src/model/types.js';
import { type Emulator, generateFleet, mulberry32, startEmulator } from '../emulator/index.js';
import type { WorldFixture } from '../emulator/world.js';
import { recordsFromSdkTree } from './xml-reference.js';

const silent = { info: () => {}, warning: () => {}, error: () => {}, debug: () => {} } as unknown as Log;
const hex = (rng: () => number, n: number) =>
  Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
const ACCOUNT = '111111111111';
const SESSION: AwsSession = {
  accountId: ACCOUNT,
  credentials: { accessKeyId: 'AKIDWORK', secretAccessKey: 'x' },
};
/**
 * The TypeScript worker entry, loaded through tsx's ESM hooks registered inside the worker (Node 20
 * does not apply `--import tsx` to a worker's own entry). The bundle runs dist/scan-worker/index.js.
 */
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
  /\.cjs$/,
  '.mjs',
);
const WORKER_TS = new URL('../../src/aws/scan/scan-worker.ts', import.meta.url).href;
const poolOptions = () => ({
  size: 2,
  entry: new URL(
    `data:text/javascript,${encodeURIComponent(`import { register } from '${TSX_API}'; register(); await import('${WORKER_TS}');`)}`,
  ),
});

/** 12,000 instances with hostile tags in us-east-1 (some legacy 8-digit ids), 400 in eu-west-1. */
function world(): WorldFixture {
  const w = generateFleet({ seed: 5, regions: ['us-east-1'], instancesPerRegion: 12_000, hostileTags: true });
  const small = generateFleet({
    seed: 6,
    regions: ['eu-west-1'],
    instancesPerRegion: 400,
    hostileTags: true,
  });
  const rng = mulberry32(13);
  const instances = w.accounts[0].regions?.['us-east-1']?.instances ?? [];
  instances.forEach((i, n) => {
    i.instanceId = n % 40 === 0 ? `i-${hex(rng, 8)}` : `i-0${hex(rng, 16)}`;
  });
  const regions = w.accounts[0].regions ?? {};
  regions['eu-west-1'] = small.accounts[0].regions?.['eu-west-1'] ?? { instances: [] };
  w.accounts[0].enabledRegions = ['us-east-1', 'eu-west-1'];
  return w;
}

describe('worker-parsed scan against the emulator', () => {
  let emu: Emulator;
  let clients: ClientFactory;
  beforeAll(async () => {
    emu = await startEmulator({ world: world(), throttle: true });
    vi.stubEnv('AWS_ENDPOINT_URL', emu.url);
    clients = new ClientFactory(3);
  });
  afterAll(async () => {
    clients.destroy();
    vi.unstubAllEnvs();
    await emu.close();
  });

  const inScope = (region: string) => {
    const states = new Set(stateFilter(true)[0].Values);
    return emu.world
      .region(ACCOUNT, region)
      .instances.filter((i) => states.has(i.state))
      .map((i) => i.instanceId)
      .sort();
  };

  /** The SDK's own reading of every in-scope instance of a region, through toInstance. */
  const bySdk = async (region: string) => {
    const ec2 = new EC2Client({ region, endpoint: emu.url, credentials: SESSION.credentials });
    const out = new Map<string, ReturnType<typeof toInstance>>();
    let next: string | undefined;
    do {
      const page = await ec2.send(
        new DescribeInstancesCommand({ Filters: stateFilter(true), MaxResults: 1000, NextToken: next }),
      );
      for (const r of page.Reservations ?? [])
        for (const i of r.Instances ?? [])
          out.set(i.InstanceId ?? '', toInstance(i, r.OwnerId ?? ACCOUNT, region));
      next = page.NextToken;
    } while (next);
    ec2.destroy();
    return out;
  };

  it('a large region: pages parsed in workers; exactly the emulator’s ids, none twice; records equal the SDK’s', async () => {
    const pool = new ParsePool(poolOptions());
    try {
      emu.reset();
      const r = await scanRegion(clients.ec2(SESSION, 'us-east-1'), ACCOUNT, 'us-east-1', true, silent, pool);
      expect(r.scan.status).toBe('ok');
      expect(pool.workersStarted).toBe(2);
      // The first page is read for its ids only: its instances come back in the partitions.
      expect(pool.pages.sampled).toBe(1);
      expect(pool.pages.worker).toBe(r.scan.pages - 1);
      expect(pool.pages.here).toBe(0);
      const ids = r.instances.map((i) => i.instanceId);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(inScope('us-east-1'));
      expect(emu.counts().DescribeInstances).toBe(r.scan.pages);
      const sdk = await bySdk('us-east-1');
      for (const i of r.instances) expect(i, i.instanceId).toStrictEqual(sdk.get(i.instanceId));
    } finally {
      await pool.close();
    }
  });

  it('by default one worker reads every page of a large region', async () => {
    const { size: _, ...entryOnly } = poolOptions();
    const pool = new ParsePool(entryOnly);
    try {
      emu.reset();
      const r = await scanRegion(clients.ec2(SESSION, 'us-east-1'), ACCOUNT, 'us-east-1', true, silent, pool);
      expect(r.scan.status).toBe('ok');
      expect(DEFAULT_WORKERS).toBe(1);
      expect(pool.workersStarted).toBe(1);
      expect(pool.pages.worker).toBe(r.scan.pages - pool.pages.sampled);
      expect(pool.pages.here).toBe(0);
      expect(r.instances.map((i) => i.instanceId).sort()).toEqual(inScope('us-east-1'));
    } finally {
      await pool.close();
    }
  });

  it('a page being parsed does not hold up its chain: the next page is asked for from its raw token', async () => {
    // A worker that hands each page back 300 ms late; one partition, so one chain of twelve pages.
    const slow = new URL(
      `data:text/javascript,${encodeURIComponent(
        `import { register } from '${TSX_API}'; register(); import { parentPort } from 'node:worker_threads'; const post = parentPort.postMessage.bind(parentPort); parentPort.postMessage = (m, t) => setTimeout(() => post(m, t), 300); await import('${WORKER_TS}');`,
      )}`,
    );
    const pool = new ParsePool({ size: 1, entry: slow });
    // Pages of this one chain in the worker at once: one at a time if each waited for the one before.
    let parsing = 0;
    let most = 0;
    const parse = pool.parse.bind(pool);
    pool.parse = async (...args) => {
      most = Math.max(most, ++parsing);
      try {
        return await parse(...args);
      } finally {
        parsing--;
      }
    };
    try {
      emu.reset();
      const ids: string[] = [];
      const result = await scanPartitioned(clients.ec2(SESSION, 'us-east-1'), {
        filters: stateFilter(true),
        onInstances: () => {
          throw new Error('every page is read into records');
        },
        maxPartitions: 1,
        parse: {
          pool,
          accountId: ACCOUNT,
          region: 'us-east-1',
          onRecords: (list) => {
            for (const i of list) ids.push(i.instanceId);
          },
        },
      });
      expect(result.partitions).toBe(1);
      expect(pool.pages.worker).toBeGreaterThan(10);
      expect(most).toBeGreaterThan(1);
      expect(emu.counts().DescribeInstances).toBe(result.pages);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(inScope('us-east-1'));
    } finally {
      await pool.close();
    }
  });

  it('small regions start no worker (their one page is read on this thread, by the same reader)', async () => {
    const pool = new ParsePool(poolOptions());
    try {
      emu.reset();
      const r = await scanRegion(clients.ec2(SESSION, 'eu-west-1'), ACCOUNT, 'eu-west-1', true, silent, pool);
      expect(r.instances.map((i) => i.instanceId).sort()).toEqual(inScope('eu-west-1'));
      expect(emu.counts().DescribeInstances).toBe(1);
      expect(pool.workersStarted).toBe(0);
      expect(pool.pages).toEqual({ worker: 0, here: 0, inline: 1, lost: 0, sampled: 0 });
      const sdk = await bySdk('eu-west-1');
      for (const i of r.instances) expect(i).toStrictEqual(sdk.get(i.instanceId));
    } finally {
      await pool.close();
    }
  });

  it.each([
    ['exits', 'process.exit(3)'],
    ['throws (as on running out of its heap)', "throw new Error('out of memory')"],
  ])(
    'a worker that dies (%s) mid-scan: its pages are fetched again and parsed here, nothing lost or doubled',
    async (_, death) => {
      const entry = new URL(
        `data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => { ${death}; });`)}`,
      );
      const pool = new ParsePool({ size: 2, entry });
      try {
        emu.reset();
        const r = await scanRegion(
          clients.ec2(SESSION, 'us-east-1'),
          ACCOUNT,
          'us-east-1',
          true,
          silent,
          pool,
        );
        expect(r.scan.status).toBe('ok');
        expect(pool.workersStarted).toBe(2);
        expect(pool.failures).toHaveLength(2);
        expect(pool.pages.here).toBeGreaterThan(0);
        // Each page lost with a worker cost one more call (the body went with the worker).
        expect(pool.pages.lost).toBeGreaterThan(0);
        expect(emu.counts().DescribeInstances).toBe(r.scan.pages + pool.pages.lost);
        const ids = r.instances.map((i) => i.instanceId);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual(inScope('us-east-1'));
      } finally {
        await pool.close();
      }
    },
  );

  it('recordsFromXml gives exactly what the SDK parser gives on every raw page of the region (hostile tags)', async () => {
    const auth =
      'AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0';
    let token: string | undefined;
    let pages = 0;
    let instances = 0;
    do {
      const body = `Action=DescribeInstances&Version=2016-11-15&MaxResults=1000${token ? `&NextToken=${encodeURIComponent(token)}` : ''}`;
      const xml = await (
        await fetch(emu.url, { method: 'POST', body, headers: { authorization: auth } })
      ).text();
      const ours = recordsFromXml(xml, ACCOUNT, 'us-east-1');
      expect(ours).toStrictEqual(recordsFromSdkTree(xml, ACCOUNT, 'us-east-1'));
      // As a worker hands the page back (packed, cloned): the same records, keys in the same order.
      const back = unpackPage(structuredClone(packPage(ours)), new Interner());
      expect(back).toStrictEqual(ours);
      expect(JSON.stringify(back)).toBe(JSON.stringify(ours));
      // What a worker posts, read straight from the body: the same packed page.
      expect(packedFromXml(xml, ACCOUNT, 'us-east-1')).toStrictEqual(packPage(ours));
      // The next token read from the raw bytes (the next page is asked for before this one is parsed).
      const bytes = Buffer.from(xml);
      const pieces = Array.from({ length: Math.ceil(bytes.length / 97) }, (_, k) =>
        bytes.subarray(k * 97, k * 97 + 97),
      );
      expect(rawNextToken([bytes])).toBe(ours.nextToken);
      expect(rawNextToken(pieces)).toBe(ours.nextToken);
      // A first page's ids read from the raw bytes (the partitions' plan): the parse's, in order.
      expect(rawInstanceIds(pieces)).toEqual(ours.instances.map((i) => i.instanceId));
      if (pages === 0) rawPage = xml;
      pages++;
      instances += ours.instances.length;
      token = ours.nextToken;
    } while (token);
    expect(pages).toBeGreaterThan(10);
    expect(instances).toBe(12_000);
  });

  it('a chunk in a slice of a shared ArrayBuffer is copied before its transfer: the slab stays whole', async () => {
    const pool = new ParsePool(poolOptions());
    try {
      const xml = `<DescribeInstancesResponse><reservationSet><item><ownerId>${ACCOUNT}</ownerId><instancesSet><item><instanceId>i-0123456789abcdef0</instanceId><instanceState><name>running</name></instanceState></item></instancesSet></item></reservationSet><nextToken>t</nextToken></DescribeInstancesResponse>`;
      // Three views into one ArrayBuffer, as Buffer.from of < 4 KB cuts them from its shared pool.
      const slab = new ArrayBuffer(8192);
      const before = Buffer.from(slab, 0, 64);
      const body = Buffer.from(slab, 64, Buffer.byteLength(xml));
      const after = Buffer.from(slab, 64 + body.byteLength, 64);
      before.write('the pool slab before it'.padEnd(64));
      body.write(xml);
      after.write('the pool slab after it'.padEnd(64));
      const page = await pool.parse([body], ACCOUNT, 'us-east-1');
      expect(page.instances.map((i) => i.instanceId)).toEqual(['i-0123456789abcdef0']);
      expect(pool.pages.worker).toBe(1);
      expect(body.toString()).toBe(xml);
      expect(before.toString().trim()).toBe('the pool slab before it');
      expect(after.toString().trim()).toBe('the pool slab after it');
      expect(slab.byteLength).toBe(8192);
      // A body that is a whole ArrayBuffer of its own is transferred (detached here).
      const own = new Uint8Array(Buffer.from(xml));
      expect(own.byteLength).toBe(own.buffer.byteLength);
      await pool.parse([own], ACCOUNT, 'us-east-1');
      expect(own.byteLength).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('no worker entry available: the same parser on the calling thread, same result', async () => {
    const pool = new ParsePool({ entry: '' });
    try {
      const r = await scanRegion(clients.ec2(SESSION, 'us-east-1'), ACCOUNT, 'us-east-1', true, silent, pool);
      expect(pool.workersStarted).toBe(0);
      expect(pool.pages.here).toBe(r.scan.pages - pool.pages.sampled);
      expect(pool.pages.sampled).toBe(1);
      const ids = r.instances.map((i) => i.instanceId);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(inScope('us-east-1'));
    } finally {
      await pool.close();
    }
  });
});

/** The first raw page of the hostile region (set by the test above). */
let rawPage = '';

const windowRng = mulberry32(2024);

/**
 * `xml` cut into pieces at random places (1–700 characters) and read in small windows (64–1,000
 * characters, read up to 16–300 before their end: tags and comments cross them, and some are longer
 * than the margin): exactly what reading it whole gives, or the same refusal.
 */
function sameInWindows(xml: string): void {
  const rng = windowRng;
  const parts: string[] = [];
  for (let at = 0; at < xml.length; ) {
    const n = 1 + Math.floor(rng() * 700);
    parts.push(xml.slice(at, at + n));
    at += n;
  }
  const windows = { window: 64 + Math.floor(rng() * 936), margin: 16 + Math.floor(rng() * 284) };
  const how = `${parts.length} pieces, windows ${JSON.stringify(windows)}`;
  let whole: unknown;
  let error = '';
  try {
    whole = recordsFromXml(xml, ACCOUNT, 'us-east-1');
  } catch (e) {
    error = (e as Error).message;
  }
  if (error) {
    expect(() => recordsFromXml(parts, ACCOUNT, 'us-east-1', true, windows), how).toThrow(error);
    expect(() => packedFromXml(parts, ACCOUNT, 'us-east-1', windows), how).toThrow(error);
    return;
  }
  expect(recordsFromXml(parts, ACCOUNT, 'us-east-1', true, windows), how).toStrictEqual(whole);
  expect(packedFromXml(parts, ACCOUNT, 'us-east-1', windows), how).toStrictEqual(
    packedFromXml(xml, ACCOUNT, 'us-east-1'),
  );
}

/** Both readers on `xml`: the same records, or both refuse it (and the same read in windows). */
function sameReading(xml: string): 'same' | 'both refused' {
  let ref: unknown;
  let refError: unknown;
  try {
    ref = recordsFromSdkTree(xml, ACCOUNT, 'us-east-1');
  } catch (e) {
    refError = e;
  }
  sameInWindows(xml);
  if (refError) {
    expect(() => recordsFromXml(xml, ACCOUNT, 'us-east-1'), xml.slice(0, 300)).toThrow();
    expect(() => packedFromXml(xml, ACCOUNT, 'us-east-1'), xml.slice(0, 300)).toThrow();
    return 'both refused';
  }
  expect(recordsFromXml(xml, ACCOUNT, 'us-east-1')).toStrictEqual(ref);
  expect(packedFromXml(xml, ACCOUNT, 'us-east-1')).toStrictEqual(
    packPage(recordsFromXml(xml, ACCOUNT, 'us-east-1')),
  );
  return 'same';
}

describe('recordsFromXml against the SDK parser, on what XML allows and on damaged bodies', () => {
  it('CRLF, entities and numeric references, CDATA, comments, processing instructions, whitespace-only values', () => {
    expect(rawPage.length).toBeGreaterThan(100_000);
    const page = rawPage.slice(0, rawPage.indexOf('</item></instancesSet>') + 200);
    const variants = [
      rawPage.replace(/\n/g, '\r\n'),
      rawPage.replace(/<value>([^<]*)<\/value>/g, '<value><![CDATA[$1]]></value>'),
      rawPage.replace(/<value>([^<]{3})/g, '<value><!-- c -->$1<?pi x?>'),
      rawPage.replace(
        /<value>([^<]*)<\/value>/g,
        '<value>  &#x41;&#66;&#x1F600;&apos;&quot;&nbsp;$1\r\n</value>',
      ),
      rawPage.replace(/<instanceType>[^<]*<\/instanceType>/g, '<instanceType>\n   \n</instanceType>'),
      rawPage.replace(/<ipAddress>[^<]*<\/ipAddress>/g, '<ipAddress/>'),
      rawPage.replace(
        '<DescribeInstancesResponse',
        '<!-- lead -->\n<!DOCTYPE x>\n<DescribeInstancesResponse',
      ),
      // End tags with whitespace inside (compared in place only when written exactly as opened).
      rawPage.replace(/<\/instanceId>/g, '</instanceId >').replace(/<\/key>/g, '</key\n>'),
      // Attributes on elements a record keeps (a quoted '>' and '/' included).
      rawPage
        .replace(/<instanceId>/g, '<instanceId\tkind="a>/b" x=\'1\'>')
        .replace(/<key>/g, '<key a-1:b="">'),
    ];
    for (const v of variants) expect(sameReading(v)).toBe('same');
    // A body cut off mid-document.
    expect(sameReading(page)).toBe('both refused');
    // An end tag that only starts like its element's name, or names another element.
    expect(sameReading(rawPage.replace('</instanceId>', '</instanceIdX>'))).toBe('both refused');
    expect(sameReading(rawPage.replace('</instanceId>', '</instanceI>'))).toBe('both refused');
    expect(sameReading(rawPage.replace('</imageId>', '</instanceId>'))).toBe('both refused');
    // A body that ends inside a tag's name.
    expect(sameReading(rawPage.slice(0, rawPage.indexOf('<instanceId>') + 6))).toBe('both refused');
    // Text before the root is refused; whatever follows the root's end is not read.
    expect(sameReading(`x${rawPage}`)).toBe('both refused');
    expect(sameReading(`${rawPage}<junk a="1">&`)).toBe('same');
  });

  it('randomly damaged bodies: the same records or both refuse (2,000 cases)', () => {
    const rng = mulberry32(99);
    const base = rawPage.slice(0, 40_000);
    const tail = '</item></instancesSet></item></reservationSet></DescribeInstancesResponse>';
    const cut = base.slice(0, base.lastIndexOf('</item></instancesSet>')) + tail;
    expect(sameReading(cut)).toBe('same');
    const outcomes = { same: 0, 'both refused': 0 };
    for (let n = 0; n < 2_000; n++) {
      let xml = cut;
      const at = Math.floor(rng() * xml.length);
      const kind = n % 4;
      if (kind === 0)
        xml = xml.slice(0, at); // truncated
      else if (kind === 1)
        xml = xml.slice(0, at) + xml.slice(at + 1); // a character lost
      else if (kind === 2)
        xml = xml.slice(0, at) + '<>&/"\n'[Math.floor(rng() * 6)] + xml.slice(at); // one inserted
      else xml = xml.slice(0, at) + String.fromCharCode(32 + Math.floor(rng() * 95)) + xml.slice(at + 1); // replaced
      outcomes[sameReading(xml)]++;
    }
    // Both kinds of outcome occurred, so the comparison covered accepted and refused bodies.
    expect(outcomes.same).toBeGreaterThan(100);
    expect(outcomes['both refused']).toBeGreaterThan(100);
  });
});

describe('records', () => {
  const xml = (items: string, next = '') =>
    `<DescribeInstancesResponse><reservationSet><item><ownerId>1</ownerId><instancesSet>${items}</instancesSet></item></reservationSet>${next}</DescribeInstancesResponse>`;

  it('recordsFromXml: one item or several, entities, empty and missing values, next token', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">' +
      '<reservationSet><item><ownerId>222222222222</ownerId><instancesSet><item><instanceId>i-0a</instanceId>' +
      '<instanceState><code>16</code><name>running</name></instanceState><launchTime>2024-01-02T03:04:05.000Z</launchTime>' +
      '<tagSet><item><key>Name</key><value> a &amp; &lt;b&gt; </value></item><item><key>e</key><value/></item><item><key>f</key></item></tagSet>' +
      '<metadataOptions><state>applied</state><httpTokens>optional</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit></metadataOptions>' +
      '</item></instancesSet></item></reservationSet><nextToken>t&amp;1</nextToken></DescribeInstancesResponse>';
    const page = recordsFromXml(xml, ACCOUNT, 'us-east-1');
    expect(page.nextToken).toBe('t&1');
    expect(page.instances).toHaveLength(1);
    const [i] = page.instances;
    expect(i).toMatchObject({
      instanceId: 'i-0a',
      accountId: '222222222222',
      state: 'running',
      name: ' a & <b> ',
      tags: { Name: ' a & <b> ', e: '', f: '' },
      launchTime: '2024-01-02T03:04:05.000Z',
      publicIp: false,
      metadata: { state: 'applied', httpTokens: 'optional', httpPutResponseHopLimit: 2 },
    });
    expect(hasNextToken([new TextEncoder().encode(xml)])).toBe(true);
    expect(hasNextToken([new TextEncoder().encode(xml.replace(/<nextToken>.*<\/nextToken>/, ''))])).toBe(
      false,
    );
  });

  it('markup inside a value the records keep is refused, never read in a loop without end', () => {
    for (const value of [
      'a<b>c</b>',
      'a<![DATA[x]]>b',
      'a<!DOCTYPE x>b',
      '<![CDATA[x',
      'a<!-- x',
      'a<?pi x',
    ]) {
      const body = xml(
        `<item><instanceId>i-1</instanceId><tagSet><item><key>k</key><value>${value}</value></item></tagSet></item>`,
      );
      expect(() => recordsFromXml(body, ACCOUNT, 'us-east-1'), value).toThrow(/unexpected response body/);
    }
  });

  /** A page of `n` instances whose tags, token and comments are long enough to cross small windows. */
  const longPage = (n: number) =>
    `<?xml version="1.0"?>\n<DescribeInstancesResponse xmlns="x"><reservationSet><item><ownerId>1</ownerId><instancesSet>${Array.from(
      { length: n },
      (_, k) =>
        `<item><instanceId>i-0${k}</instanceId><instanceType>t3.micro</instanceType><instanceState><code>16</code><name>running</name></instanceState><!-- c${k} --><metadataOptions><httpTokens>optional</httpTokens><httpPutResponseHopLimit>2</httpPutResponseHopLimit></metadataOptions><tagSet><item><key>Name</key><value>v${k}&amp;<![CDATA[x<y]]>\r\nz</value></item><item><key>k${'x'.repeat(k * 7)}</key><value>${'y'.repeat(k * 11)}</value></item></tagSet><blockDeviceMappingSet><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-1</volumeId></ebs></item></blockDeviceMappingSet></item>`,
    ).join(
      '\n',
    )}</instancesSet></item><item><instancesSet><item><instanceId>i-0last</instanceId></item></instancesSet><ownerId>2</ownerId></item></reservationSet><nextToken>${'t'.repeat(900)}</nextToken></DescribeInstancesResponse>`;
  const piecesOf = (text: string, rng: () => number, most: number) => {
    const parts: string[] = [];
    for (let at = 0; at < text.length; ) {
      const n = 1 + Math.floor(rng() * most);
      parts.push(text.slice(at, at + n));
      at += n;
    }
    return parts;
  };

  it('a body in pieces is read in windows: values, tokens and comments longer than a window carry across', () => {
    const page = longPage(30);
    const whole = recordsFromXml(page, ACCOUNT, 'us-east-1');
    expect(whole.instances).toHaveLength(31);
    expect(whole.nextToken).toBe('t'.repeat(900));
    const rng = mulberry32(3);
    for (let n = 0; n < 200; n++) {
      const parts = piecesOf(page, rng, 400);
      // Margins longer than any tag here: read in windows throughout, never again whole.
      const windows = { window: 64 + Math.floor(rng() * 500), margin: 120 + Math.floor(rng() * 200) };
      const drafts: string[] = [];
      const token = readDrafts(parts, ACCOUNT, true, (d) => drafts.push(d.fields[0] ?? ''), windows);
      expect(token).toBe(whole.nextToken);
      expect(drafts).toEqual(whole.instances.map((i) => i.instanceId));
      expect(recordsFromXml(parts, ACCOUNT, 'us-east-1', true, windows)).toStrictEqual(whole);
    }
    // An empty body, or one of a single piece, as when read whole.
    expect(() => recordsFromXml([], ACCOUNT, 'us-east-1')).toThrow('(no root element)');
    expect(() => packedFromXml([''], ACCOUNT, 'us-east-1')).toThrow('(no root element)');
    expect(recordsFromXml([page], ACCOUNT, 'us-east-1')).toStrictEqual(whole);
    // A comment longer than the margin cuts a window: readDrafts says so, and the body is read whole.
    const commented = page.replace('<!-- c3 -->', `<!-- ${'c'.repeat(500)} -->`);
    const parts = piecesOf(commented, rng, 100);
    const windows = { window: 200, margin: 100 };
    expect(() => readDrafts(parts, ACCOUNT, true, () => {}, windows)).toThrow(WindowCut);
    expect(recordsFromXml(parts, ACCOUNT, 'us-east-1', true, windows)).toStrictEqual(
      recordsFromXml(commented, ACCOUNT, 'us-east-1'),
    );
    expect(packedFromXml(parts, ACCOUNT, 'us-east-1', windows)).toStrictEqual(
      packedFromXml(commented, ACCOUNT, 'us-east-1'),
    );
  });

  it('damaged bodies read in windows: exactly what reading them whole gives, or the same refusal (20,000 cases)', () => {
    const page = longPage(30);
    const rng = mulberry32(1);
    const outcomes = { read: 0, refused: 0 };
    for (let n = 0; n < 20_000; n++) {
      let body = page;
      const at = Math.floor(rng() * body.length);
      const kind = n % 5;
      if (kind === 0) body = body.slice(0, at);
      else if (kind === 1) body = body.slice(0, at) + body.slice(at + 1);
      else if (kind === 2) body = body.slice(0, at) + '<>&/"\n!?-['[Math.floor(rng() * 11)] + body.slice(at);
      else if (kind === 3)
        body = body.slice(0, at) + String.fromCharCode(32 + Math.floor(rng() * 95)) + body.slice(at + 1);
      const parts = piecesOf(body, rng, 400);
      const windows = { window: 16 + Math.floor(rng() * 600), margin: 1 + Math.floor(rng() * 200) };
      let whole = '';
      let inWindows = '';
      try {
        whole = JSON.stringify(recordsFromXml(body, ACCOUNT, 'us-east-1'));
        outcomes.read++;
      } catch (e) {
        whole = (e as Error).message;
        outcomes.refused++;
      }
      try {
        inWindows = JSON.stringify(recordsFromXml(parts, ACCOUNT, 'us-east-1', true, windows));
      } catch (e) {
        inWindows = (e as Error).message;
      }
      if (inWindows !== whole) expect({ n, windows, inWindows }).toEqual({ n, windows, inWindows: whole });
    }
    expect(outcomes.read).toBeGreaterThan(1_000);
    expect(outcomes.refused).toBeGreaterThan(1_000);
  });

  it('packPage / unpackPage: absent values stay absent, odd hop limits and empty pages survive, strings shared', () => {
    const page = recordsFromXml(
      xml(
        '<item><instanceId>i-1</instanceId><ipAddress>1.2.3.4</ipAddress><metadataOptions><httpPutResponseHopLimit>x</httpPutResponseHopLimit></metadataOptions>' +
          '<tagSet><item><key>Name</key><value>web</value></item><item><key>team</key><value>web</value></item><item><key>aws:autoscaling:groupName</key><value>g</value></item></tagSet></item>' +
          '<item><instanceId>i-2</instanceId><metadataOptions><httpPutResponseHopLimit></httpPutResponseHopLimit><httpTokens>required</httpTokens></metadataOptions></item>' +
          '<item><instanceType>t3.micro</instanceType></item>',
        '<nextToken>n</nextToken>',
      ),
      ACCOUNT,
      'us-east-1',
    );
    const interner = new Interner();
    const back = unpackPage(structuredClone(packPage(page)), interner);
    expect(back).toStrictEqual(page);
    expect(Number.isNaN(back.instances[0].metadata.httpPutResponseHopLimit)).toBe(true);
    expect('httpPutResponseHopLimit' in back.instances[1].metadata).toBe(false);
    expect(back.instances[0].autoScalingGroup).toBe('g');
    // The team tag's value is the scan's shared copy; the Name stays the page's own.
    expect(interner.s('web')).toBe(back.instances[0].tags.team);
    const empty = recordsFromXml(xml(''), ACCOUNT, 'us-east-1');
    expect(unpackPage(structuredClone(packPage(empty)), interner)).toStrictEqual(empty);
    // Read straight into the packed form (a worker's path): the same page, odd values and all.
    for (const body of [
      xml(
        '<item><instanceId>i-1</instanceId><ipAddress>1.2.3.4</ipAddress><metadataOptions><httpPutResponseHopLimit>x</httpPutResponseHopLimit></metadataOptions>' +
          '<tagSet><item><key>Name</key><value>web</value></item><item><key>team</key><value>web</value></item></tagSet></item>' +
          '<item><metadataOptions><httpPutResponseHopLimit></httpPutResponseHopLimit></metadataOptions><launchTime>2026-01-02T03:04:05.000Z</launchTime></item>',
        '<nextToken>n</nextToken>',
      ),
      xml('<item><instanceId>i-3</instanceId></item>', '<nextToken></nextToken>'),
      xml(''),
    ]) {
      const packed = packedFromXml(body, ACCOUNT, 'us-east-1');
      expect(packed).toStrictEqual(packPage(recordsFromXml(body, ACCOUNT, 'us-east-1')));
      expect(unpackPage(structuredClone(packed), new Interner())).toStrictEqual(
        recordsFromXml(body, ACCOUNT, 'us-east-1'),
      );
    }
  });

  it('launch times: kept as written only where Date would write them unchanged', () => {
    const viaDate = (v: string) => {
      try {
        return new Date(v).toISOString();
      } catch {
        return 'throws';
      }
    };
    const ours = (v: string) => {
      try {
        return launchIso(v);
      } catch {
        return 'throws';
      }
    };
    const two = (lo: number, hi: number) =>
      fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two(0, 13), two(0, 32), two(0, 25), two(0, 61), two(0, 61))
      .map(([y, mo, d, h, mi, se]) => `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${se}.123Z`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (v) => {
        expect(ours(v)).toBe(viaDate(v));
      }),
      { numRuns: 5000 },
    );
    for (const v of [
      '2026-02-30T00:00:00.000Z',
      '2026-02-28T23:59:59.999Z',
      '2024-01-01T00:00:00Z',
      '2024-01-01T24:00:00.000Z',
    ])
      expect(ours(v)).toBe(viaDate(v));
    expect(launchIso(undefined)).toBeUndefined();
  });

  it('Interner: one copy of repeated strings, name shares the Name tag', () => {
    const interner = new Interner();
    const make = () =>
      recordsFromXml(
        '<DescribeInstancesResponse><reservationSet><item><ownerId>1</ownerId><instancesSet><item><instanceId>i-1</instanceId><instanceType>t3.micro</instanceType><tagSet><item><key>Name</key><value>web</value></item></tagSet></item></instancesSet></item></reservationSet></DescribeInstancesResponse>',
        ACCOUNT,
        ['us', 'east', '1'].join('-'),
      ).instances[0];
    const a = interner.instance(make());
    const b = interner.instance(make());
    expect(a).toStrictEqual(b);
    expect(a.name).toBe('web');
  });

  it('Interner: one frozen metadata-options object per distinct value, never shared across different ones', () => {
    const body = xml(
      ['required', 'required', 'optional', 'required']
        .map(
          (tokens, n) =>
            `<item><instanceId>i-${n}</instanceId><metadataOptions><httpTokens>${tokens}</httpTokens><httpPutResponseHopLimit>${n === 3 ? 1 : 2}</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint></metadataOptions></item>`,
        )
        .join(''),
    );
    const interner = new Interner();
    const packed = packedFromXml(body, ACCOUNT, 'us-east-1');
    const [a, b, c, d] = unpackPage(structuredClone(packed), interner).instances;
    // Equal to the SDK-path records, field for field; the first two hold one object.
    expect([a, b, c, d]).toStrictEqual(recordsFromXml(body, ACCOUNT, 'us-east-1').instances);
    expect(a.metadata).toBe(b.metadata);
    expect(c.metadata).not.toBe(a.metadata);
    expect(d.metadata).not.toBe(a.metadata);
    expect(Object.isFrozen(a.metadata)).toBe(true);
    // A change meant for one instance cannot reach the others: it throws.
    expect(() => {
      (a.metadata as Record<string, unknown>).httpTokens = 'optional';
    }).toThrow(TypeError);
    expect(b.metadata.httpTokens).toBe('required');
    // The next page's records share the same objects; a record read on this thread too.
    const again = unpackPage(structuredClone(packed), interner).instances;
    expect(again[0].metadata).toBe(a.metadata);
    expect(interner.instance(recordsFromXml(body, ACCOUNT, 'us-east-1').instances[2]).metadata).toBe(
      c.metadata,
    );
    // Values that would spell the same text run together, a number and its text, 0 and -0: different
    // objects. The same values in another key order (what report.json and the OCSF file write them in)
    // or with a key of their own are not shared: such a record keeps its own object.
    const odd = [
      { httpTokens: 'x', httpEndpoint: 'y' },
      { httpTokens: 'xhttpEndpoint:y' },
      { httpTokens: 'x:', httpEndpoint: 'y' },
      { httpTokens: 'x', httpPutResponseHopLimit: 1 },
      { httpTokens: 'x', httpPutResponseHopLimit: '1' } as unknown as MetadataOptions,
      { httpPutResponseHopLimit: 0 },
      { httpPutResponseHopLimit: -0 },
      { httpPutResponseHopLimit: Number.NaN },
      {},
    ];
    const shared = odd.map((m) => interner.metadata({ ...m }));
    expect(new Set(shared).size).toBe(odd.length);
    shared.forEach((m, n) => {
      expect(m).toStrictEqual(odd[n]);
      expect(Object.keys(m)).toStrictEqual(Object.keys(odd[n]));
      expect(Object.is(m.httpPutResponseHopLimit, odd[n].httpPutResponseHopLimit)).toBe(true);
      expect(Object.isFrozen(m)).toBe(true);
      expect(interner.metadata({ ...odd[n] })).toBe(m);
    });
    for (const own of [
      { httpEndpoint: 'y', httpTokens: 'x' },
      { httpTokens: 'x', httpEndpoint: 'y', httpTokensEnforced: 'enabled' },
    ]) {
      const kept = interner.metadata(own);
      expect(kept).toBe(own);
      expect(Object.isFrozen(kept)).toBe(false);
    }
  });

  it('Interner: at most INTERN_MAX metadata-options values are kept; past them a record keeps its own', () => {
    const interner = new Interner();
    for (let n = 0; n < INTERN_MAX; n++) interner.metadata({ httpPutResponseHopLimit: n });
    const own: MetadataOptions = { httpPutResponseHopLimit: -1 };
    expect(interner.metadata(own)).toBe(own);
    expect(Object.isFrozen(own)).toBe(false);
    // A value first seen past the bound is never shared, the second time either.
    for (let n = 0; n < 2; n++) {
      const late: MetadataOptions = { httpTokens: 'late', httpPutResponseHopLimit: 3 };
      expect(interner.metadata(late)).toBe(late);
    }
    // Values seen before the bound are still shared.
    expect(interner.metadata({ httpPutResponseHopLimit: 7 })).toBe(
      interner.metadata({ httpPutResponseHopLimit: 7 }),
    );
  });

  it('Interner: keeps tag values but the Name, and at most INTERN_MAX strings', () => {
    const interner = new Interner();
    const tags = (n: number) => ({
      Name: `web-${n}`,
      Environment: 'prod',
      Owner: `arn:aws:iam::1:user/u${n}`,
    });
    const make = (n: number) => ({
      ...recordsFromXml(
        '<DescribeInstancesResponse><reservationSet><item><ownerId>1</ownerId><instancesSet><item><instanceId>i-1</instanceId></item></instancesSet></item></reservationSet></DescribeInstancesResponse>',
        ACCOUNT,
        'us-east-1',
      ).instances[0],
      tags: tags(n),
    });
    const first = interner.instance(make(0));
    // account, region, state, 'prod' and the first owner: the Name is not kept.
    expect(interner.size).toBe(5);
    expect(first.tags).toStrictEqual(tags(0));
    expect(first.name).toBe('web-0');
    for (let n = 1; n < INTERN_MAX + 10; n++) {
      const i = interner.instance(make(n));
      if (n % 10_000 === 0) expect(i.tags).toStrictEqual(tags(n));
    }
    // Every owner differs: the table stops at its bound, and values pass through unchanged.
    expect(interner.size).toBe(INTERN_MAX);
    expect(interner.s('new value')).toBe('new value');
    expect(interner.size).toBe(INTERN_MAX);
  });
});
