/**
 * src/heap.ts: the growing factor set at startup takes effect in a running isolate. A child process
 * holds a live set and churns garbage past it; with tuneHeap() its heap's peak stays much closer to the
 * live set than with a loose factor (5, `--heap-growing-percent=400`) set the same way. The reference is
 * a factor, not V8's own heuristics, which differ between Node versions. Sizes, not times. And the
 * streams' buffering, set per thread.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'imds-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { tuneHeap } from ${JSON.stringify(resolve('src/heap.ts'))};
if (process.argv[2] === 'tuned') tuneHeap();
else setFlagsFromString('--heap-growing-percent=400');
const live = [];
for (let i = 0; i < 600_000; i++) live.push({ id: 'i-' + i.toString(16).padStart(17, '0'), n: i, tags: ['k' + (i % 97)] });
let peak = 0;
for (let round = 0; round < 40; round++) {
  let garbage = [];
  for (let i = 0; i < 200_000; i++) garbage.push({ s: 'x' + i + '-' + round, a: [i, round] });
  garbage = null;
  peak = Math.max(peak, getHeapStatistics().total_heap_size);
}
console.log(JSON.stringify({ peak, held: live.length }));
`;

function peakHeap(mode: 'tuned' | 'loose'): number {
  const file = join(dir, 'churn.mts');
  writeFileSync(file, SCRIPT);
  const out = execFileSync(process.execPath, ['--import', 'tsx', file, mode], { encoding: 'utf8' });
  const { peak, held } = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  expect(held).toBe(600_000);
  return peak;
}

it('tuneHeap, set once the isolate runs, keeps the peak heap well below a loose factor', () => {
  const tuned = peakHeap('tuned');
  const loose = peakHeap('loose');
  expect(tuned).toBeLessThan(0.75 * loose);
}, 60_000);

it('tuneStreams: streams made afterwards in this thread stop reading at 16 KiB, as on Node 20', async () => {
  const { getDefaultHighWaterMark, PassThrough, setDefaultHighWaterMark } = await import('node:stream');
  const { STREAM_HIGH_WATER_MARK, tuneStreams } = await import('../../src/heap.js');
  const before = getDefaultHighWaterMark(false);
  try {
    tuneStreams();
    expect(STREAM_HIGH_WATER_MARK).toBe(16 * 1024);
    expect(new PassThrough().readableHighWaterMark).toBe(STREAM_HIGH_WATER_MARK);
    expect(new PassThrough().writableHighWaterMark).toBe(STREAM_HIGH_WATER_MARK);
  } finally {
    setDefaultHighWaterMark(false, before);
  }
});
