/**
 * The IaC read worker (bounded.ts): files in, IacReadResult out, under the time and heap limits its
 * caller sets. No network, no credentials: it reads the workspace or one git commit, nothing else.
 * Bundled on its own by scripts/build.sh (dist/iac-worker/index.js).
 */
import { parentPort } from 'node:worker_threads';
import { type ReadJob, readJob } from './bounded.js';

parentPort?.on('message', async (job: ReadJob) => {
  try {
    parentPort?.postMessage({ result: await readJob(job) });
  } catch (e) {
    parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
