/**
 * recordsFromXml's records do not hold their page. V8 cuts a long slice as a view into the string it
 * came from, so records built from slices of a page's text would keep every page of the scan alive
 * (megabytes each). A child process parses pages whose instances carry kilobytes the records do not
 * keep, holds the records, and measures what stays on the heap after a full collection. Sizes, not
 * times.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'imds-retain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
import { recordsFromXml } from ${JSON.stringify(resolve('src/aws/scan/describe-instances-xml.ts'))};
const filler = '<privateDnsName>ip-10-158-254-180.ec2.internal</privateDnsName>'.repeat(60);
const instance = (n) =>
  '<item><reservationId>r-' + n + '</reservationId><ownerId>111111111111</ownerId><instancesSet><item>' +
  '<instanceId>i-0abc' + String(n).padStart(13, '0') + '</instanceId><imageId>ami-0123456789abcdef0</imageId>' +
  '<instanceState><code>16</code><name>running</name></instanceState>' + filler +
  '<iamInstanceProfile><arn>arn:aws:iam::111111111111:instance-profile/role-' + n + '</arn></iamInstanceProfile>' +
  '<tagSet><item><key>Name</key><value>node-' + n + '-of-the-fleet</value></item></tagSet>' +
  '<metadataOptions><httpTokens>required</httpTokens></metadataOptions></item></instancesSet></item>';
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const kept = [];
let bytes = 0;
for (let p = 0; p < 20; p++) {
  const parts = ['<DescribeInstancesResponse><reservationSet>'];
  for (let n = 0; n < 1000; n++) parts.push(instance(p * 1000 + n));
  parts.push('</reservationSet></DescribeInstancesResponse>');
  const xml = Buffer.from(parts.join('')).toString('utf8');
  bytes += xml.length;
  kept.push(recordsFromXml(xml, '111111111111', 'us-east-1').instances);
}
globalThis.gc();
const retained = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ retained, bytes, records: kept.reduce((n, l) => n + l.length, 0), sample: kept[7][3] }));
`;

it('records hold their own values, not the page text they were read from', () => {
  const file = join(dir, 'retain.mts');
  writeFileSync(file, SCRIPT);
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { encoding: 'utf8' });
  const { retained, bytes, records, sample } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  expect(records).toBe(20_000);
  expect(sample).toMatchObject({
    instanceId: 'i-0abc0000000007003',
    name: 'node-7003-of-the-fleet',
    instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/role-7003',
  });
  // The pages are ~90 MB of text; the records themselves ~0.5 KB each.
  expect(bytes).toBeGreaterThan(80_000_000);
  expect(retained).toBeLessThan(0.2 * bytes);
}, 60_000);
