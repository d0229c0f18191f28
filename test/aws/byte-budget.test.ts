/**
 * Back-pressure on raw pages (page-bytes.ts ByteBudget): bodies read through it never hold much more
 * than its limit at once, however fast they arrive; the oldest reader always goes on, so a limit
 * smaller than one body still finishes; a failed read gives its bytes back. And heap.ts collectNow
 * collects without leaving a global `gc` behind.
 */
import { describe, expect, it } from 'vitest';
import { ByteBudget, chunksBytes } from '../../src/aws/scan/page-bytes.js';
import { collectNow } from '../../src/heap.js';

const CHUNK = 64 * 1024;

/** A body of `chunks` chunks of CHUNK bytes, each byte its body's number; yields between chunks. */
async function* body(n: number, chunks: number, fail = false): AsyncIterable<Uint8Array> {
  for (let c = 0; c < chunks; c++) {
    await new Promise((r) => setImmediate(r));
    if (fail && c === chunks - 1) throw new Error('connection reset');
    yield new Uint8Array(CHUNK).fill(n);
  }
}

describe('ByteBudget', () => {
  it('40 bodies arriving at once, parsed slowly: at most the limit, a chunk per reader and one body; every byte read', async () => {
    const budget = new ByteBudget(1024 * 1024);
    let parsing = Promise.resolve();
    const pages = await Promise.all(
      Array.from({ length: 40 }, async (_, n) => {
        const chunks = await budget.read(body(n, 8));
        const bytes = chunksBytes(chunks);
        // One "worker": pages are parsed one after another, 2 ms each, then their bytes come back.
        parsing = parsing.then(async () => {
          await new Promise((r) => setTimeout(r, 2));
          budget.release(bytes);
        });
        await parsing;
        return chunks;
      }),
    );
    expect(pages.map((p) => chunksBytes(p))).toEqual(Array(40).fill(8 * CHUNK));
    for (const [n, p] of pages.entries()) expect(p.every((c) => c.every((b) => b === n))).toBe(true);
    expect(budget.held).toBe(0);
    expect(budget.peak).toBeGreaterThan(1024 * 1024 - CHUNK);
    expect(budget.peak).toBeLessThanOrEqual(1024 * 1024 + 40 * CHUNK + 8 * CHUNK);
    // Without the budget the 40 bodies (20 MiB) would all be held before the first was parsed.
    expect(budget.peak).toBeLessThan(40 * 8 * CHUNK);
  });

  it('a limit below one body: the oldest reader goes on, and every body is read', async () => {
    const budget = new ByteBudget(CHUNK);
    const sizes = await Promise.all(
      Array.from({ length: 5 }, async (_, n) => {
        const chunks = await budget.read(body(n, 4));
        const bytes = chunksBytes(chunks);
        setTimeout(() => budget.release(bytes), 1);
        return bytes;
      }),
    );
    expect(sizes).toEqual(Array(5).fill(4 * CHUNK));
    await new Promise((r) => setTimeout(r, 10));
    expect(budget.held).toBe(0);
  });

  it('a read that fails gives back what it had read, and the others go on', async () => {
    const budget = new ByteBudget(2 * CHUNK);
    const failed = budget.read(body(0, 3, true));
    const ok = budget.read(body(1, 3));
    await expect(failed).rejects.toThrow('connection reset');
    const chunks = await ok;
    expect(chunksBytes(chunks)).toBe(3 * CHUNK);
    expect(budget.held).toBe(3 * CHUNK);
    budget.release(3 * CHUNK);
    expect(budget.held).toBe(0);
  });
});

describe('collectNow', () => {
  it('runs a full collection and leaves no global gc', () => {
    collectNow();
    collectNow();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
