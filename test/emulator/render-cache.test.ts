/**
 * The render cache (EmulatorOptions.renderCache, used by the speed bench): with it on, every
 * DescribeInstances answer is byte for byte the answer of an emulator without it, across writes
 * (ModifyInstanceMetadataOptions), a pending change settling, and a control-API reset.
 */
import { ModifyInstanceMetadataOptionsCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ec2, STATIC, smallWorld } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';

let cached: Emulator;
let plain: Emulator;
beforeAll(async () => {
  // Modified metadata options stay `pending` for 300 ms, so a later read sees them settle.
  cached = await startEmulator({ world: smallWorld(), renderCache: true, applyDelayMs: 300 });
  plain = await startEmulator({ world: smallWorld(), applyDelayMs: 300 });
});
afterAll(async () => {
  await cached.close();
  await plain.close();
});

/** The raw DescribeInstances body, request id removed (each answer has its own). */
async function describe(emu: Emulator): Promise<string> {
  const res = await fetch(`${emu.url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=${STATIC.accessKeyId}/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: 'Action=DescribeInstances&Version=2016-11-15',
  });
  expect(res.status).toBe(200);
  return (await res.text()).replace(/<requestId>[^<]*<\/requestId>/, '');
}

it('answers exactly as without it, across a write, a pending change settling and a reset', async () => {
  const both = async () => {
    const [a, b] = [await describe(cached), await describe(plain)];
    expect(a).toBe(b);
    expect(a).toContain('<instanceId>');
    return a;
  };
  const first = await both();
  expect(await both()).toBe(first);
  for (const emu of [cached, plain])
    await ec2(emu).send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: 'i-00000000000000001', HttpTokens: 'required' }),
    );
  const pending = await both();
  expect(pending).not.toBe(first);
  expect(pending).toContain('<state>pending</state>');
  await new Promise((r) => setTimeout(r, 350));
  const settled = await both();
  const pendings = (xml: string) => xml.split('<state>pending</state>').length;
  expect(pendings(settled)).toBe(pendings(pending) - 1);
  for (const emu of [cached, plain])
    await fetch(`${emu.url}/__emulator/reset`, { method: 'POST', body: '{"world":true}' });
  expect(await both()).toBe(first);
  expect(cached.renderCacheHits).toBeGreaterThan(0);
  expect(plain.renderCacheHits).toBe(0);
});
