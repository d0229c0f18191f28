/**
 * The Action's entry (action.yml `main`). The run happens in a worker thread; this thread loads
 * nothing else (the run is its own chunk, imported in the worker), forwards the worker's exit code,
 * and turns a worker that died (out of memory, a crash) into the Action's failure.
 *
 * Why a worker: a worker is the one place Node lets a running process choose a heap's sizes
 * (`resourceLimits`), and an Action cannot pass V8 flags (action.yml names only the script). What it
 * bounds is the young generation, which V8 sizes by the machine: Node 24 gives the main thread 64 MB
 * of semi-space, Node 20 32 MB. On Node 24 the worker took a 100,000-instance audit's peak RSS from
 * ~575 to ~440 MB, for ~90 ms more startup (README "Scale and speed"). The old generation keeps V8's
 * default limit; src/heap.ts sets its growing factor, process-wide.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, Worker } from 'node:worker_threads';
import { tuneHeap, tuneStreams } from './heap.js';
import { safeLogText } from './model/text.js';

/** The run's young generation (MB). 12 MB measured the same; 48 MB, 4 % less CPU and 21 MB more peak RSS. */
const RUN_YOUNG_GENERATION_MB = 24;

if (isMainThread) {
  tuneHeap();
  const run = new Worker(fileURLToPath(import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: RUN_YOUNG_GENERATION_MB },
  });
  let failed = false;
  run.on('error', (e) => {
    failed = true;
    // An ::error:: workflow command, escaped as @actions/core escapes its data (not loaded here).
    const text = safeLogText(`IMDS Guard stopped: ${e.message}`);
    process.stdout.write(
      `::error::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`,
    );
  });
  run.on('exit', (code) => {
    process.exitCode = failed && code === 0 ? 1 : code;
  });
} else {
  tuneStreams();
  const { main } = await import('./main.js');
  await main();
}
