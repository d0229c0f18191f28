/**
 * src/aws/scan/page-bytes.ts: a body kept as the chunks it arrived in reads exactly as the whole body does.
 * decodeChunks against one TextDecoder over the joined bytes, on random splits of text with multi-byte
 * characters, byte-order marks and bytes that are not UTF-8; hasNextToken wherever the chunks cut the tag.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeChunks,
  decodeParts,
  forTransfer,
  hasNextToken,
  ownsBuffer,
  rawInstanceIds,
  rawNextToken,
  releaseChunks,
} from '../../src/aws/scan/page-bytes.js';
import { mulberry32 } from '../emulator/index.js';

const whole = (b: Uint8Array) => new TextDecoder().decode(b);

/** `bytes` cut at random places into 1–12 chunks (some of one or two bytes). */
function split(bytes: Uint8Array, rng: () => number): Uint8Array[] {
  const cuts = new Set<number>();
  const n = Math.floor(rng() * 12);
  for (let i = 0; i < n; i++) cuts.add(Math.floor(rng() * (bytes.length + 1)));
  const at = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.slice(at[i], end));
}

const PIECES = ['<a>', 'é', '€', '𝄞', '\uFEFF', 'x', '&amp;', 'ü', '日本', '</a>'];
const BAD = [
  [0xff],
  [0xc0, 0x80],
  [0xe0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90],
  [0x80],
  [0xe2, 0x82],
  [0xf0],
];

describe('decodeChunks', () => {
  it('reads random splits of text as one decode of the whole (5,000 cases)', () => {
    const rng = mulberry32(7);
    const enc = new TextEncoder();
    for (let n = 0; n < 5000; n++) {
      const parts: number[] = [];
      if (rng() < 0.2) parts.push(0xef, 0xbb, 0xbf); // a leading byte-order mark
      const len = 1 + Math.floor(rng() * 30);
      for (let i = 0; i < len; i++) {
        if (rng() < 0.15) parts.push(...BAD[Math.floor(rng() * BAD.length)]);
        else parts.push(...enc.encode(PIECES[Math.floor(rng() * PIECES.length)]));
      }
      const bytes = Uint8Array.from(parts);
      const chunks = split(bytes, rng);
      expect(
        decodeChunks(chunks),
        `case ${n}: ${[...bytes].join(',')} as ${chunks.map((c) => c.length)}`,
      ).toBe(whole(bytes));
      // The pieces a parse worker reads: joined, the same text.
      expect(decodeParts(chunks).join('')).toBe(whole(bytes));
    }
  });

  it('a sequence split byte by byte, a BOM split at the start, a U+FEFF inside', () => {
    const bytes = new TextEncoder().encode('\uFEFFa𝄞b\uFEFFc€');
    const bytewise = [...bytes].map((b) => Uint8Array.of(b));
    expect(decodeChunks(bytewise)).toBe('a𝄞b\uFEFFc€');
    expect(decodeChunks([bytes.slice(0, 2), bytes.slice(2)])).toBe(whole(bytes));
    expect(decodeChunks([])).toBe('');
  });
});

describe('hasNextToken', () => {
  it('finds the tag whole in a chunk, or cut across two, and not when it is absent', () => {
    const enc = new TextEncoder();
    const body = enc.encode(
      '<DescribeInstancesResponse><reservationSet/><nextToken>abc</nextToken></DescribeInstancesResponse>',
    );
    const at = Buffer.from(body).indexOf('<nextToken>');
    for (let cut = 0; cut <= body.length; cut++)
      expect(hasNextToken([body.slice(0, cut), body.slice(cut)]), `cut at ${cut}`).toBe(true);
    expect(hasNextToken([body.slice(0, at + 3), body.slice(at + 3, at + 6), body.slice(at + 6)])).toBe(true);
    const none = enc.encode('<DescribeInstancesResponse><reservationSet/></DescribeInstancesResponse>');
    for (let cut = 0; cut <= none.length; cut++)
      expect(hasNextToken([none.slice(0, cut), none.slice(cut)])).toBe(false);
  });
});

describe('rawNextToken', () => {
  const body = (token: string, padding = 5_000) =>
    new TextEncoder().encode(
      `<DescribeInstancesResponse><reservationSet>${'<item/>'.repeat(padding)}</reservationSet><nextToken>${token}</nextToken></DescribeInstancesResponse>`,
    );
  it('reads a plain token at the end of the body wherever the chunks cut it', () => {
    const rng = mulberry32(9);
    for (const token of ['eyJ2IjoiMiIsImMiOiJ4In0=', 'AAAA/bbbb+cc_dd-ee==', '42']) {
      const bytes = body(token);
      expect(rawNextToken([bytes])).toBe(token);
      for (let n = 0; n < 200; n++) expect(rawNextToken(split(bytes, rng))).toBe(token);
    }
  });
  it('leaves to the parse a token it cannot read exactly, and finds none where there is none', () => {
    expect(rawNextToken([body('a&amp;b')])).toBeUndefined();
    expect(rawNextToken([body(' abc ')])).toBeUndefined();
    expect(rawNextToken([body('')])).toBeUndefined();
    expect(
      rawNextToken([
        new TextEncoder().encode('<DescribeInstancesResponse><reservationSet/></DescribeInstancesResponse>'),
      ]),
    ).toBeUndefined();
    // Not within the last 8 KB: the parse reads it.
    const early = new TextEncoder().encode(
      `<DescribeInstancesResponse><nextToken>abc</nextToken><reservationSet>${'<item/>'.repeat(2_000)}</reservationSet></DescribeInstancesResponse>`,
    );
    expect(rawNextToken([early])).toBeUndefined();
    expect(rawNextToken([])).toBeUndefined();
  });
});

describe('rawInstanceIds', () => {
  const item = (id: string, tag = 'x') =>
    `<item><instanceId>${id}</instanceId><tagSet><item><key>k</key><value>${tag}</value></item></tagSet></item>`;
  const body = (items: string[]) =>
    new TextEncoder().encode(
      `<DescribeInstancesResponse><reservationSet><item><instancesSet>${items.join('')}</instancesSet></item></reservationSet><nextToken>t</nextToken></DescribeInstancesResponse>`,
    );
  it('reads every instance id in order, wherever the chunks cut the tags, past multi-byte tag values', () => {
    const rng = mulberry32(21);
    const ids = ['i-0123456789abcdef0', 'i-1234abcd', 'i-0fedcba9876543210'];
    const bytes = body(ids.map((id, n) => item(id, ['日本', '&lt;instanceId&gt;i-0bad', '𝄞é'][n])));
    expect(rawInstanceIds([bytes])).toEqual(ids);
    for (let n = 0; n < 300; n++) expect(rawInstanceIds(split(bytes, rng))).toEqual(ids);
  });
  it('leaves to the parse an id it cannot read exactly, and a page without ids', () => {
    for (const odd of ['i-0ABC', 'i-&#x30;1', ' i-01', 'i-01 ', 'x-01', '', 'i-'])
      expect(rawInstanceIds([body([item('i-0123'), item(odd)])]), odd).toBeUndefined();
    expect(rawInstanceIds([body([])])).toBeUndefined();
    expect(rawInstanceIds([new TextEncoder().encode('<a><instanceId>i-01')])).toBeUndefined();
    expect(rawInstanceIds([])).toBeUndefined();
  });
});

describe('forTransfer', () => {
  it('transfers chunks that own their memory, copies those that share it', () => {
    const slab = new ArrayBuffer(64);
    const shared = new Uint8Array(slab, 8, 16);
    const own = new Uint8Array(32);
    expect(ownsBuffer(shared)).toBe(false);
    expect(ownsBuffer(own)).toBe(true);
    const t = forTransfer([shared, own]);
    expect(t.chunks[1]).toBe(own);
    expect(t.chunks[0]).not.toBe(shared);
    expect(t.buffers).toEqual([t.chunks[0].buffer, own.buffer]);
    expect(t.buffers).not.toContain(slab);
  });
});

describe('releaseChunks', () => {
  it('detaches every chunk where ArrayBuffer.prototype.transfer exists (Node 22+), and leaves them on Node 20', () => {
    const { chunks } = forTransfer([new TextEncoder().encode('<a>1</a>'), new Uint8Array(70_000).fill(65)]);
    const text = decodeChunks(chunks);
    releaseChunks(chunks);
    const native = typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer === 'function';
    expect(chunks.map((c) => c.buffer.byteLength)).toEqual(native ? [0, 0] : [8, 70_000]);
    // Released once, a second call is harmless; what was decoded stays.
    releaseChunks(chunks);
    expect(text).toBe(`<a>1</a>${'A'.repeat(70_000)}`);
  });
});
