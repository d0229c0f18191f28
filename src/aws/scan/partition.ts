/**
 * Parallel pages inside a large region. DescribeInstances pagination is a serial chain (each page
 * needs the previous page's NextToken), and a real 1,000-instance page takes seconds, so a region of
 * 100,000 instances would be 100 pages in a row. When the first page comes back with a NextToken, the
 * rest of the region is split into disjoint partitions by `instance-id` prefix, each paged on its own
 * chain, all at once:
 *
 *   - Candidate prefixes: `i-0X*` for each hex X (16) and `i-X*` for X in 1–f (15). Every instance id is
 *     `i-` + 8 or 17 lower-case hex digits, so each id matches exactly one candidate: together they are
 *     disjoint and complete. (Only the `*` wildcard is used: EC2's `?` is documented both as "exactly
 *     one" and "zero or one" character, and the partition must not depend on which.)
 *   - Long ids usually start with `0`, legacy ids with anything: the first page's ids (a sample) weigh
 *     each candidate (count + 1, so an unseen prefix is never assumed empty), and the candidates are
 *     packed, heaviest first, into at most 16 partitions (one filter of OR'ed values each, far under
 *     EC2's 200 values per call).
 *   - The first page's instances reappear in their partitions, so that page is not parsed: its instance
 *     ids are read from the raw body (page-bytes.ts `rawInstanceIds`) for the plan and the check below,
 *     and each instance is kept as its partition's page has it (an instance that leaves the state
 *     filter in between is not listed). A 17-region, 100,000-instance audit reads 17,000 fewer records,
 *     and each region's partitions start as soon as its first page has arrived, not once a worker has
 *     parsed it. Every id is kept once in any case, whatever the endpoint answers.
 *   - The partition is checked as it runs, not only assumed from EC2's documentation: an id outside
 *     its partition's values (an endpoint that ignores the filter) stops the partitions, and so does
 *     fewer than half of the first page coming back in them (one that reads `*` literally and matches
 *     nothing; an instance that stopped since the first page legitimately leaves, not half of them in
 *     seconds). The region is then read again in one chain from its start, without the instances
 *     already kept: complete, and the result says why.
 *   - If any id of the first page is not of that shape, the partition cannot be proven complete; if more
 *     than half of the first page shares one prefix, it would not be even: either way the first page is
 *     parsed and the region goes on serially from its NextToken (correct, just slower).
 *   - Calls: 1 + Σ ceil(n_p / 1000) ≤ the serial minimum + the partitions' first pages. Small regions
 *     (no NextToken on the first page) still cost one call. When the partitions are found untrustworthy,
 *     a chain may have asked for one page more before it stops, and the serial read asks for the first
 *     page again.
 *   - A chain does not wait for a page's parse: when a worker reads the page, its NextToken is read from
 *     the raw body's last bytes (page-bytes.ts `rawNextToken`) and the next page is asked for at once;
 *     the parsed page must carry the same token. Pages are still inspected and kept in their order.
 *   - Pace: the partitions of one region share a client-side token bucket below EC2's non-mutating
 *     bucket (100 burst, 20/s per account and region), leaving headroom for the posture calls.
 */
import type {
  DescribeInstancesCommandOutput,
  EC2Client,
  Instance as Ec2Instance,
  Filter,
} from '@aws-sdk/client-ec2';
import type { Instance } from '../../model/types.js';
import { DescribeInstancesCommand } from '../sdk.js';
import {
  chunksBytes,
  hasNextToken,
  ownsBuffer,
  rawInstanceIds,
  rawNextToken,
  releaseChunks,
} from './page-bytes.js';
import { PageLost, type ParsePool } from './parse-pool.js';
import { takeRawBody } from './raw-body.js';
import type { PageRecords } from './records.js';

export const PAGE_SIZE = 1000;
export const MAX_PARTITIONS = 16;
const HEX = '0123456789abcdef';
/** Ids the prefixes provably cover: `i-` and at least two hex digits (EC2: 8 or 17). */
const PARTITIONABLE_ID = /^i-[0-9a-f]{2}/;

/** The 31 disjoint, complete candidate prefixes (without the trailing `*`). */
export const CANDIDATE_PREFIXES: readonly string[] = [
  ...[...HEX].map((x) => `i-0${x}`),
  ...[...HEX.slice(1)].map((x) => `i-${x}`),
];

/** The candidate prefix an instance id falls under (undefined when it is not of EC2's shape). */
export function prefixOf(id: string): string | undefined {
  if (!PARTITIONABLE_ID.test(id)) return undefined;
  return id[2] === '0' ? id.slice(0, 4) : id.slice(0, 3);
}

/**
 * Packs the candidate prefixes into at most `max` partitions balanced by the sample (longest
 * processing time first): each partition is a list of `instance-id` filter values (`i-0a*`, …).
 */
export function planPartitions(sampleIds: Iterable<string>, max = MAX_PARTITIONS): string[][] {
  const weight = new Map<string, number>(CANDIDATE_PREFIXES.map((p) => [p, 1]));
  for (const id of sampleIds) {
    const p = prefixOf(id);
    if (p) weight.set(p, (weight.get(p) ?? 1) + 1);
  }
  const order = [...CANDIDATE_PREFIXES].sort(
    (a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a.localeCompare(b),
  );
  const bins = Array.from({ length: Math.min(max, order.length) }, () => ({ w: 0, values: [] as string[] }));
  for (const p of order) {
    let lightest = bins[0];
    for (const b of bins) if (b.w < lightest.w) lightest = b;
    lightest.w += weight.get(p) ?? 0;
    lightest.values.push(`${p}*`);
  }
  return bins.map((b) => b.values.sort());
}

/**
 * True when more than half of the first page falls under one candidate prefix (ids issued in sequence,
 * or a first page ordered by id): the prefixes would not split the region evenly, so the serial chain
 * is cheaper (no partition first pages spent for nothing).
 */
export function concentrated(sampleIds: Iterable<string>): boolean {
  const count = new Map<string, number>();
  let n = 0;
  for (const id of sampleIds) {
    const p = prefixOf(id) ?? '';
    count.set(p, (count.get(p) ?? 0) + 1);
    n++;
  }
  return Math.max(0, ...count.values()) * 2 > n;
}

/**
 * Whether a first page's ids let the rest of the region be partitioned: every id of EC2's shape (the
 * prefixes then provably cover them all) and not concentrated under one prefix.
 */
export function partitionable(sampleIds: readonly string[]): boolean {
  return sampleIds.every((id) => prefixOf(id) !== undefined) && !concentrated(sampleIds);
}

/** A token bucket shared by the chains of one region (client-side pacing under EC2's bucket). */
export class Pacer {
  private tokens: number;
  private last = Date.now();
  private queue: Promise<void> = Promise.resolve();
  constructor(
    private readonly burst = 60,
    private readonly perSecond = 15,
  ) {
    this.tokens = burst;
  }
  /** Resolves when a call may start. */
  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      const now = Date.now();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
      this.last = now;
      if (this.tokens < 1) {
        const wait = ((1 - this.tokens) / this.perSecond) * 1000;
        await new Promise((r) => setTimeout(r, wait));
        this.tokens = 1;
        this.last = Date.now();
      }
      this.tokens -= 1;
    });
    this.queue = turn;
    return turn;
  }
}

export interface PartitionedScanOptions {
  filters: Filter[];
  /** Called with each page's instances, as they arrive (from several chains at once). */
  onInstances: (instances: Ec2Instance[], ownerId: string | undefined) => void;
  /** Called once per page (for progress logs). */
  onPage?: () => void;
  pacer?: Pacer;
  maxPartitions?: number;
  /**
   * Read the pages with the project's reader (parse-pool.ts: a large region's in worker threads, a
   * small region's on this thread): each page reaches `onRecords` as Instance records instead of
   * `onInstances`. A record's account is its reservation's owner, or `accountId` when it names none.
   */
  parse?: { pool: ParsePool; accountId: string; region: string; onRecords: (instances: Instance[]) => void };
}

export interface PartitionedScanResult {
  pages: number;
  /** Number of partitions paged in parallel (0: the region fit in one page or fell back to serial). */
  partitions: number;
  /**
   * Why the partitions' answers could not be trusted (the endpoint did not apply the `instance-id`
   * filter as EC2 documents it), when the region was read again in one chain.
   */
  unproven?: string;
}

/**
 * One page: the SDK's output, or (when the parse pool took the raw body) records, or (a large region's
 * first page that can be partitioned) only its instance ids, read from the raw body.
 */
interface Page {
  out?: DescribeInstancesCommandOutput;
  records?: PageRecords;
  ids?: string[];
  next?: string;
}

/**
 * A page's answer: its next token as soon as it is known, the page once it is read. A page a worker
 * parses has its token read from the raw body (`early`): the next page is asked for while this one is
 * parsed, and the parsed page's token must be the same.
 */
interface Answer {
  next?: string;
  early: boolean;
  page: Promise<Page>;
}

/**
 * One page. With a pool, its raw body is taken from below the SDK's deserializer (raw-body.ts) and
 * read into records (records.ts recordsFromXml: in a worker for a large region, on this thread for a
 * small one).
 */
async function page(
  ec2: EC2Client,
  filters: Filter[],
  next: string | undefined,
  pacer: Pacer,
  parse: PartitionedScanOptions['parse'],
  first = false,
): Promise<Answer> {
  // The worker parsing it died with the body: ask again (as a retry would) and parse it here.
  const again = () => pageOnce(ec2, filters, next, pacer, parse, true, first);
  let answer: Answer;
  try {
    answer = await pageOnce(ec2, filters, next, pacer, parse, false, first);
  } catch (e) {
    if (e instanceof PageLost) return again();
    throw e;
  }
  if (!answer.early) return answer;
  const read = answer.page.catch(async (e) => {
    if (e instanceof PageLost) return (await again()).page;
    throw e;
  });
  read.catch(() => undefined); // thrown where the page is awaited
  return { ...answer, page: read };
}

async function pageOnce(
  ec2: EC2Client,
  filters: Filter[],
  next: string | undefined,
  pacer: Pacer,
  parse: PartitionedScanOptions['parse'],
  lost: boolean,
  first: boolean,
): Promise<Answer> {
  await pacer.take();
  const command = new DescribeInstancesCommand({ Filters: filters, MaxResults: PAGE_SIZE, NextToken: next });
  let records: PageRecords | undefined;
  let parsing: Promise<PageRecords> | undefined;
  let early: string | undefined;
  let sample: string[] | undefined;
  if (parse) {
    const { pool, accountId, region } = parse;
    takeRawBody(
      command,
      'imdsGuardParsePool',
      EMPTY_RESPONSE,
      (body) => {
        const bytes = chunksBytes(body);
        // A large region's first page that can be partitioned: its instances come back in the
        // partitions, so only its ids are read (the partitions' plan, and the check that they came back).
        if (first && hasNextToken(body)) {
          const ids = rawInstanceIds(body);
          if (ids && partitionable(ids)) {
            sample = ids;
            pool.sampled();
            pool.budget.release(bytes);
            // The page's bytes go now, not at this thread's next collection.
            releaseChunks(body.filter(ownsBuffer));
            return;
          }
        }
        // A large region's page goes to a worker (or, lost once, is read here); a small region's one
        // page is read here too, by the same reader (a third of the SDK's parse time, no object tree).
        // Its bytes count against the pool's budget until it is parsed (read before the transfer).
        const large = pool.wants(body);
        if (large && !lost) {
          early = rawNextToken(body);
          parsing = pool.parse(body, accountId, region).finally(() => pool.budget.release(bytes));
          parsing.catch(() => undefined); // thrown where the page is awaited
          return;
        }
        try {
          records = large
            ? pool.parseLost(body, accountId, region)
            : pool.parseInline(body, accountId, region);
        } finally {
          pool.budget.release(bytes);
        }
      },
      (stream) => pool.budget.read(stream),
    );
  }
  const out = await ec2.send(command);
  if (sample) {
    const p: Page = { ids: sample };
    return { next: undefined, early: false, page: Promise.resolve(p) };
  }
  if (parsing) {
    const token = early;
    const read = parsing.then((r): Page => {
      if (token !== undefined && r.nextToken !== token)
        throw new Error(
          `DescribeInstances page: the nextToken read from the raw body is not the parsed page's (${JSON.stringify(token.slice(0, 64))})`,
        );
      return { records: r, next: r.nextToken };
    });
    if (token !== undefined) return { next: token, early: true, page: read };
    const p = await read;
    return { next: p.next, early: false, page: Promise.resolve(p) };
  }
  const p: Page = records ? { records, next: records.nextToken } : { out, next: out.NextToken };
  return { next: p.next, early: false, page: Promise.resolve(p) };
}

const EMPTY_RESPONSE = new TextEncoder().encode(
  '<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><reservationSet/></DescribeInstancesResponse>',
);

/** Emits a page's instances, each id once: `seen` holds the ids kept so far, and takes the new ones. */
function emit(p: Page, opts: PartitionedScanOptions, seen?: Set<string>): void {
  const fresh = (id: string | undefined) => {
    if (!id || !seen) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  if (p.records) {
    let list = p.records.instances;
    if (seen) list = list.filter((i) => fresh(i.instanceId));
    if (list.length) opts.parse?.onRecords(list);
    return;
  }
  for (const r of p.out?.Reservations ?? []) {
    let list = r.Instances ?? [];
    if (seen) list = list.filter((i) => fresh(i.InstanceId));
    if (list.length) opts.onInstances(list, r.OwnerId);
  }
}

/** The instance ids of a page (either form). */
function idsOf(p: Page): Array<string | undefined> {
  if (p.ids) return p.ids;
  if (p.records) return p.records.instances.map((i) => i.instanceId || undefined);
  return (p.out?.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId));
}

/**
 * Every instance matching `filters` in the region of `ec2`, each exactly once: one call for a small
 * region, parallel partitions for a large one. Throws the first failing call's error.
 */
export async function scanPartitioned(
  ec2: EC2Client,
  opts: PartitionedScanOptions,
): Promise<PartitionedScanResult> {
  const pacer = opts.pacer ?? new Pacer();
  let pages = 1;
  const first = await (await page(ec2, opts.filters, undefined, pacer, opts.parse, true)).page;
  opts.onPage?.();
  if (!first.ids && !first.next) {
    emit(first, opts);
    return { pages, partitions: 0 };
  }
  const ids = idsOf(first);
  const sample = new Set<string>();
  for (const id of ids) if (id) sample.add(id);
  // Every id kept so far: no instance is passed on twice, whatever the endpoint answers.
  const seen = new Set<string>();
  /** Set when the partitions' answers are not to be trusted: every chain stops after its page. */
  let unproven: string | undefined;

  /**
   * Pages one chain to its end (or until `unproven` is set); `inspect` sees each page first. A page
   * whose token came early is read while the next one is asked for; pages are inspected and emitted in
   * their order, and a failed one stops the chain.
   */
  const chain = async (filters: Filter[], start: string | undefined, inspect?: (p: Page) => void) => {
    let next = start;
    let handled: Promise<void> = Promise.resolve();
    let failed = false;
    do {
      const answer = await page(ec2, filters, next, pacer, opts.parse);
      pages++;
      opts.onPage?.();
      const before = handled;
      handled = answer.page.then(async (p) => {
        await before;
        inspect?.(p);
        emit(p, opts, seen);
      });
      handled.catch(() => {
        failed = true;
      });
      if (!answer.early) await handled;
      next = answer.next;
    } while (next && unproven === undefined && !failed);
    await handled;
  };

  if (ids.some((id) => !id) || !partitionable(ids as string[])) {
    // Read serially on from the first page (an ids-only page is never this: it was read as one because
    // it is partitionable).
    for (const id of sample) seen.add(id);
    emit(first, opts);
    await chain(opts.filters, first.next);
    return { pages, partitions: 0 };
  }
  // The partitions list every instance of the region, the first page's too: that page's records are
  // not passed on (a parsed one is dropped), each instance is as its partition's page has it.
  const plan = planPartitions(sample, opts.maxPartitions);
  const back = new Set<string>();
  // One failing chain fails the region: the others are left to finish (their results are dropped).
  await Promise.all(
    plan.map((values) => {
      const prefixes = new Set(values.map((v) => v.slice(0, -1)));
      return chain([...opts.filters, { Name: 'instance-id', Values: values }], undefined, (p) => {
        for (const id of idsOf(p)) {
          const prefix = id && prefixOf(id);
          if (!prefix || !prefixes.has(prefix))
            unproven ??= `instance ${JSON.stringify((id ?? '').slice(0, 64))} came back under instance-id ${values.join(',')}`;
          else if (sample.has(id)) back.add(id);
        }
      });
    }),
  );
  if (unproven === undefined && back.size * 2 < sample.size)
    unproven = `${back.size} of the first page's ${sample.size} instances came back in the instance-id partitions`;
  if (unproven === undefined) return { pages, partitions: plan.length };
  const reason = unproven;
  unproven = undefined;
  // From the start: the first page's instances were never passed on.
  await chain(opts.filters, undefined);
  return { pages, partitions: 0, unproven: reason };
}
