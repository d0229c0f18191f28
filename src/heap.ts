/**
 * V8's old generation, kept close to what the run holds. An audit's live heap is a compact record per
 * instance (~90 MB at 100,000 instances); after each full collection V8 lets the old generation grow
 * to up to about four times the live size before it marks again, so a 100,000-instance audit peaked
 * at 470–570 MB of RSS, mostly garbage nobody had collected yet (README "Scale and speed"). With the
 * growing factor fixed at 1.5 the peak stays under 400 MB, for about a second more CPU at that size.
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
