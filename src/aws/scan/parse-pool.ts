/**
 * A second core for a large scan: a small pool of worker threads (one by default) that parse
 * DescribeInstances bodies (scan-worker.ts). The calling thread still makes every call — signing,
 * retries, pacing, deadlines and call counts stay where they were, and no credentials cross a thread —
 * and hands each raw page body to the least busy worker, getting compact Instance records back
 * (records.ts).
 *
 * Workers start only when needed: the first page of a region that has a next page (the raw body ends
 * with a `<nextToken>`). A fleet of small regions (one page each) never starts one: their pages are read
 * on the calling thread with the same reader (`parseInline`). Once started,
 * every later page of the scan goes to the pool. Workers are unref'd and closed at the end of the scan.
 *
 * Where the worker entry is: `scan-worker/index.js` beside the bundle (scripts/build.sh bundles it
 * into dist/ and dist/cli/), or `scan-worker.js` beside this module (tsc's lib/). Not found (tsx, tests
 * from source) → the same parser runs on the calling thread: still correct, just on one core.
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ByteBudget, type Chunks, decodeParts, forTransfer, hasNextToken } from './page-bytes.js';
import { Interner, type PackedPage, type PageRecords, recordsFromXml, unpackPage } from './records.js';

/** Worker threads at most, whatever `size` asks for. */
export const MAX_WORKERS = 4;

/**
 * Worker threads by default: one. A warm worker reads pages faster than the run's thread takes them
 * (100,000 instances over 17 regions: ~1.2 s of the worker's CPU over a ~6 s scan), so a second only
 * adds its own start-up, its own compile of the reader and its own heap. On 2 cores, paired against one
 * worker per core (docs/performance.md, "One parse worker"): peak RSS lower in every pair (medians 7–24
 * MB), CPU and the 17-region wall lower in 9 of 10 pairs.
 */
export const DEFAULT_WORKERS = 1;

/**
 * Each worker's heap limits. Without them a worker's heap is sized like the main thread's and V8
 * lets it grow far past what one page needs (peak RSS of a 100,000-instance audit on Node 24: 807 MB
 * unbounded, 566 MB bounded; see README "Scale and speed"). A page a worker cannot parse within them
 * (1,000 instances with hundreds of KB of tags each) is fetched again and parsed on the calling thread.
 */
export const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

/**
 * Bytes of raw pages held at once, being read or waiting for a worker (page-bytes.ts ByteBudget). Over
 * 17 regions, pages came in ~35–45 MB ahead of the workers when the endpoint answered quickly; 16 MB is
 * 8–15 pages of 1,000 instances (1.1–2 MB each), ~80–90 ms of the two workers' parsing.
 */
export const PAGE_BYTES_BUDGET = 16 * 1024 * 1024;

export interface ParsePoolOptions {
  /** Worker count, 1–MAX_WORKERS (default: DEFAULT_WORKERS). */
  size?: number;
  /** The worker entry (default: found beside the bundle or lib/; see above). */
  entry?: string | URL;
}

/** Where the worker entry is, or undefined (then pages are parsed on the calling thread). */
export function workerEntry(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  // Joined at run time (not `new URL('./x', import.meta.url)`) so ncc does not copy the file as an asset.
  const candidates = [[here, 'scan-worker', 'index.js'].join('/'), [here, 'scan-worker.js'].join('/')];
  return candidates.find((p) => existsSync(p));
}

interface Slot {
  worker: Worker;
  busy: number;
}

type Pending = {
  resolve: (p: PageRecords) => void;
  reject: (e: Error) => void;
  /** The worker it was sent to. */
  worker: Worker;
};

/**
 * A page handed to a worker that died before answering. The body went with it (transferred, not
 * copied), so the caller asks EC2 for the page again (the same request, as a retry would) and parses
 * the answer on its own thread (`parseLost`): a page that killed one worker is not handed to another.
 */
export class PageLost extends Error {
  override name = 'PageLost';
}

export class ParsePool {
  private slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closed = false;
  /** Workers started over the pool's life (tests: a small fleet starts none). */
  workersStarted = 0;
  /** Why workers were lost (each one's pages were asked for again and parsed on this thread). */
  readonly failures: string[] = [];
  /**
   * Pages parsed by a worker / on this thread (no worker left, or a page lost with one) / inline (small
   * regions); pages lost with a worker (each fetched again); and large regions' first pages, read for
   * their instance ids only (`sampled`).
   */
  readonly pages = { worker: 0, here: 0, inline: 0, lost: 0, sampled: 0 };
  /** One copy of the strings that repeat across the scan's records (records.ts). */
  readonly interner = new Interner();
  /** The raw pages' bytes this thread holds, read or waiting for a worker, at most (about). */
  readonly budget = new ByteBudget(PAGE_BYTES_BUDGET);

  constructor(private readonly options: ParsePoolOptions = {}) {}

  /** Set by the first page that has a next page: from then on every page goes to the pool. */
  private large = false;

  /** True once a page showed a large region (every later page goes to the pool). */
  get running(): boolean {
    return this.large;
  }

  /**
   * A large region's first page, read for its instance ids only (partition.ts): its instances come
   * back in the partitions, and every later page goes to the pool.
   */
  sampled(): void {
    this.large = true;
    this.pages.sampled++;
  }

  /** Whether a raw page should go to the pool: a large region has been seen, or this page shows one. */
  wants(body: Chunks): boolean {
    if (!this.large && hasNextToken(body)) this.large = true;
    return this.large;
  }

  /**
   * Parses one raw DescribeInstances body (in a worker when one can run). Its chunks are transferred to
   * the worker, not copied: the caller must not use them afterwards. Rejects with PageLost when the
   * worker dies first.
   */
  async parse(body: Chunks, accountId: string, region: string): Promise<PageRecords> {
    const slot = this.slot();
    if (!slot) return this.parseLost(body, accountId, region);
    const id = this.nextId++;
    slot.busy++;
    try {
      return await new Promise<PageRecords>((resolve, reject) => {
        this.pending.set(id, { resolve, reject, worker: slot.worker });
        // Transferred: a copy would be one more page of allocations on each side, and glibc keeps
        // freed blocks in its arenas (README "Scale and speed").
        const { chunks, buffers } = forTransfer(body);
        slot.worker.postMessage({ id, body: chunks, accountId, region }, buffers);
      });
    } finally {
      slot.busy--;
    }
  }

  /** Parses a small region's page on this thread (no worker is started for it). */
  parseInline(body: Chunks, accountId: string, region: string): PageRecords {
    this.pages.inline++;
    return this.interned(readPage(body, accountId, region));
  }

  /** Parses a large region's page on this thread: no worker is left, or the page was lost with one. */
  parseLost(body: Chunks, accountId: string, region: string): PageRecords {
    this.pages.here++;
    return this.interned(readPage(body, accountId, region));
  }

  /** A page read on this thread, its repeated strings shared as a worker's unpacked page's are. */
  private interned(page: PageRecords): PageRecords {
    for (const i of page.instances) this.interner.instance(i);
    return page;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private slot(): Slot | undefined {
    if (this.closed) return undefined;
    if (this.slots.length === 0) this.start();
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.busy < best.busy) best = s;
    return best;
  }

  private start(): void {
    const entry = this.options.entry ?? workerEntry();
    if (!entry) return;
    const size = Math.max(1, Math.min(MAX_WORKERS, this.options.size ?? DEFAULT_WORKERS));
    for (let n = 0; n < size; n++) {
      const worker = new Worker(entry, { resourceLimits: WORKER_LIMITS });
      worker.unref();
      worker.on('message', (m: { id: number; packed?: PackedPage; error?: string }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.packed) {
          this.pages.worker++;
          p.resolve(unpackPage(m.packed, this.interner));
        } else p.reject(new Error(`DescribeInstances page could not be parsed: ${m.error}`));
      });
      worker.on('error', (e) => this.lost(worker, e));
      // An exit nobody asked for (close() sets `closed` first) loses the worker too.
      worker.on('exit', (code) => {
        if (!this.closed) this.lost(worker, new Error(`parse worker exited with code ${code}`));
      });
      this.slots.push({ worker, busy: 0 });
      this.workersStarted++;
    }
  }

  /**
   * A worker died (out of its heap on a huge page, or crashed): it leaves the pool, and the pages it
   * held are rejected with PageLost (the caller fetches each again and parses it on its own thread; a
   * page that thread cannot parse either fails its region). The other workers keep theirs.
   */
  private lost(worker: Worker, e: Error): void {
    if (!this.slots.some((s) => s.worker === worker)) return; // 'error' then 'exit': once
    this.slots = this.slots.filter((s) => s.worker !== worker);
    this.failures.push(e.message);
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      this.pages.lost++;
      p.reject(new PageLost(`the parse worker holding this page stopped (${e.message})`));
    }
    // No worker left: later pages are parsed on this thread (slot() finds none).
    if (this.slots.length === 0) this.closed = true;
  }
}

function readPage(body: Chunks, accountId: string, region: string): PageRecords {
  return recordsFromXml(decodeParts(body), accountId, region);
}
