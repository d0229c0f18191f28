/**
 * V8's old generation, kept close to what the run holds. An audit's live heap is a compact record per
 * instance (~60–100 MB on the run's thread at 100,000 instances); left to its own heuristics V8 let
 * the old generation grow to two to four times the live size before it marked again, so much of a
 * 100,000-instance audit's peak RSS was garbage nobody had collected yet. The growing factor is fixed
 * at 2: on the 17-region, 100,000-instance audit it used ~0.5 s less CPU than 1.5 (what it was while
 * the run held more) for 10–30 MB more peak RSS; 2.5 saved no more, and V8's own heuristics saved ~0.3 s
 * more for another 10–15 MB of it (docs/performance.md, "The heap's growing factor").
 *
 * An Action cannot pass V8 flags on its command line (action.yml names only the script), so the flag
 * is set at startup. It is one V8 reads each time it sizes the heap after a collection, so setting it
 * once the isolate runs takes effect from the next collection on — unlike the heap's maximum sizes,
 * which are fixed when the isolate starts. Process-wide: the parse workers use it too.
 */
import { setDefaultHighWaterMark } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The old generation may grow to (1 + this / 100) × its live size before the next full collection. */
export const HEAP_GROWING_PERCENT = 100;

export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** Bytes a stream buffers before it stops reading: Node 20's default (Node 22 raised it to 64 KiB). */
export const STREAM_HIGH_WATER_MARK = 16 * 1024;

/**
 * Streams buffer at most STREAM_HIGH_WATER_MARK bytes before they stop reading, as on Node 20: a large
 * audit's partitions answer together, hundreds of responses at once, and each response waiting for
 * the parse pool's byte budget holds what its stream buffered (page-bytes.ts `ByteBudget`). Node 24,
 * the 17-region, 100,000-instance audit: ~8 MiB lower peak RSS, the same CPU (docs/performance.md).
 * Per thread: called in the thread that opens the connections.
 */
export function tuneStreams(): void {
  setDefaultHighWaterMark(false, STREAM_HIGH_WATER_MARK);
}

let fullCollection: (() => void) | undefined;

/**
 * One full collection, now: called once a large audit's scan is over and before its reports. What the
 * scan left (raw pages, the SDK's objects, replaced records) is then freed before the reports add
 * their own garbage, instead of being marked together with it at the reports' peak. 17 regions,
 * 100,000 instances, Node 24, paired runs (medians of 6): 369 against 392 MiB peak, the highest 387
 * against 424, for 70–95 ms. V8's `gc` is taken from a fresh context while the flag is on, then the
 * flag goes off again: no global `gc` appears anywhere.
 */
export function collectNow(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    try {
      fullCollection = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  fullCollection();
}
