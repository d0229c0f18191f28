/**
 * A parse worker (parse-pool.ts): raw DescribeInstances bodies in, packed Instance records out. No
 * credentials, no network: the calling thread makes the calls (retries, pacing, deadlines, call counts)
 * and only the parsing — most of a large scan's CPU — runs here. Bundled on its own by
 * scripts/build.sh (dist/scan-worker/index.js).
 */
import { parentPort } from 'node:worker_threads';
import { type Chunks, decodeParts, releaseChunks } from './page-bytes.js';
import { packedFromXml } from './records.js';

export interface ParseRequest {
  id: number;
  /** The body as the chunks it arrived in (page-bytes.ts), transferred. */
  body: Chunks;
  accountId: string;
  region: string;
}

parentPort?.on('message', (m: ParseRequest) => {
  try {
    const text = decodeParts(m.body);
    releaseChunks(m.body);
    // Packed (a string table and typed arrays, transferred): far cheaper to hand over than 1,000
    // structured-cloned records (records.ts PackedPage).
    // Straight from the reader's drafts: no record object is built only to be taken apart again.
    const packed = packedFromXml(text, m.accountId, m.region);
    parentPort?.postMessage({ id: m.id, packed }, [packed.ints.buffer, packed.hops.buffer]);
  } catch (e) {
    parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
