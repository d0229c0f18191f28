/**
 * V8's old generation, kept close to what the run holds. An audit's live heap is a compact record per
 * instance (~90–140 MB at 100,000 instances); after each full collection V8 let the old generation
 * grow to two to four times the live size before it marked again, so much of a 100,000-instance
 * audit's peak RSS was garbage nobody had collected yet. With the growing factor fixed at 1.5 those
 * peaks fell by ~100 MB on Node 20, for up to ~1 s more CPU (README "Scale and speed").
 *
 * An Action cannot pass V8 flags on its command line (action.yml names only the script), so the flag
 * is set at startup. It is one V8 reads each time it sizes the heap after a collection, so setting it
 * once the isolate runs takes effect from the next collection on — unlike the heap's maximum sizes,
 * which are fixed when the isolate starts. Process-wide: the parse workers use it too.
 */
import { setFlagsFromString } from 'node:v8';

/** The old generation may grow to (1 + this / 100) × its live size before the next full collection. */
export const HEAP_GROWING_PERCENT = 50;

export function tuneHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
