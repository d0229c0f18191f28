/**
 * A DescribeInstances body as the chunks it arrived in (the HTTP response's reads, ~64 KB each), never
 * joined into one page-sized buffer: a page of 1,000 instances is megabytes, and glibc keeps freed
 * blocks of that size in its arenas. The chunks go to a parse worker by transfer (parse-pool.ts) and are
 * decoded there one by one, and read as those pieces.
 */

/** A body: its chunks, in order. */
export type Chunks = Uint8Array[];

/** Whether `b` is the whole of an ArrayBuffer of its own (safe to transfer: not a slice of Buffer's pool). */
export function ownsBuffer(b: Uint8Array): boolean {
  return b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
}

/**
 * The chunks ready to transfer, and their ArrayBuffers: a chunk that shares its ArrayBuffer (a slice of
 * a larger read, or of Buffer's pool) is copied first, so a transfer never detaches memory in use.
 */
export function forTransfer(chunks: Chunks): { chunks: Chunks; buffers: ArrayBuffer[] } {
  const own = chunks.map((c) => (ownsBuffer(c) ? c : new Uint8Array(c)));
  return { chunks: own, buffers: own.map((c) => c.buffer as ArrayBuffer) };
}

/** The body's first text (a leading byte-order mark is dropped, as one decode of the whole drops it). */
const first = new TextDecoder();
/** Every later piece: a U+FEFF inside the body is text. */
const rest = new TextDecoder('utf-8', { ignoreBOM: true });

/** Continuation bytes (10xxxxxx) a UTF-8 lead byte calls for, or 0 for ASCII and non-lead bytes. */
function needs(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  return 0;
}

/**
 * Where a chunk's text can end: before a multi-byte sequence its last bytes start but do not finish
 * (those bytes are decoded with the next chunk's first ones).
 */
function cutOf(c: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= c.length; back++) {
    const b = c[c.length - back];
    if (b < 0x80) return c.length; // ASCII: nothing open
    if (b >= 0xc0) return needs(b) >= back ? c.length - back : c.length; // a lead byte: open if short
    // a continuation byte: look further back for its lead
  }
  return c.length;
}

/**
 * The chunks as text, in pieces: joined, exactly `new TextDecoder().decode(whole body)` (U+FFFD for
 * bytes that are not UTF-8, as there), without joining the bytes. Each chunk is decoded on
 * TextDecoder's one-shot path (a string on V8's heap); a sequence split across two chunks is decoded
 * from its own few bytes. The pieces are read as they are (describe-instances-xml.ts reads a body in
 * windows), never joined into one page-sized string.
 */
export function decodeParts(chunks: Chunks): string[] {
  const parts: string[] = [];
  const decode = (b: Uint8Array) => parts.push((parts.length ? rest : first).decode(b));
  let carry: Uint8Array | undefined;
  for (const c of chunks) {
    let from = 0;
    if (carry) {
      // The open sequence's remaining continuation bytes (fewer if the body breaks it off).
      const want = needs(carry[0]) - (carry.length - 1);
      while (from < want && from < c.length && (c[from] & 0xc0) === 0x80) from++;
      const joined = new Uint8Array(carry.length + from);
      joined.set(carry);
      joined.set(c.subarray(0, from), carry.length);
      if (from < want && from === c.length) {
        // Still open at the end of this (tiny) chunk: carry it on.
        carry = joined;
        continue;
      }
      decode(joined);
      carry = undefined;
    }
    const cut = cutOf(c);
    if (cut > from) decode(c.subarray(from, cut));
    if (cut < c.length) carry = c.slice(Math.max(cut, from));
  }
  if (carry) decode(carry);
  return parts;
}

/** The chunks as one text (`decodeParts` joined): for readers that need the whole body at once. */
export function decodeChunks(chunks: Chunks): string {
  if (chunks.length === 1) return first.decode(chunks[0]);
  return decodeParts(chunks).join('');
}

/**
 * Frees each chunk's bytes now, not at the thread's next collection: a received chunk is a malloc'd
 * block that only its ArrayBuffer's collection gives back otherwise. Node 22 and later have
 * `ArrayBuffer.prototype.transfer`, and a zero-length transfer detaches the buffer and frees the block
 * (Node 24, paired runs of the 100,000-instance, 17-region audit: ~10 MB lower peak RSS); on Node 20
 * this does nothing and the collection still does it. Only for chunks that own their buffer
 * (`forTransfer`'s), once decoded.
 */
export function releaseChunks(chunks: Chunks): void {
  for (const c of chunks) {
    const b = c.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer; detached?: boolean };
    if (typeof b.transfer === 'function' && !b.detached) b.transfer(0);
  }
}

const NEXT_TOKEN = new TextEncoder().encode('<nextToken>');

/** A raw DescribeInstances body with a next page (EC2 writes `<nextToken>` after the reservations). */
export function hasNextToken(chunks: Chunks): boolean {
  const find = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(NEXT_TOKEN) >= 0;
  const k = NEXT_TOKEN.length - 1;
  // The body's last k bytes before the current chunk: a tag cut across chunks (any number) meets there.
  let tail: Uint8Array = new Uint8Array(0);
  for (const c of chunks) {
    const seam = new Uint8Array(tail.length + Math.min(k, c.length));
    seam.set(tail);
    seam.set(c.subarray(0, Math.min(k, c.length)), tail.length);
    if (find(seam) || find(c)) return true;
    // Fewer than k bytes so far: the seam is all of them (tail + the whole of a short chunk).
    tail = tail.length + c.length <= k ? seam : lastBytes(tail, c, k);
  }
  return false;
}

/** The bytes at a body's end that `rawNextToken` looks in (EC2 writes the token after the reservations). */
const TOKEN_TAIL_BYTES = 8192;
/** A token read from the raw bytes: base64 or URL-safe base64 characters only (no entity, no space). */
const PLAIN_TOKEN = /^[A-Za-z0-9+/=_-]+$/;

/**
 * A raw DescribeInstances body's `<nextToken>`, read from its last bytes before the body is parsed: the
 * next page can be asked for while this one is parsed. Undefined when there is none there, or when its
 * text is not plain (an entity, a space: then only the parse reads it exactly). The caller checks it
 * against the parsed page's token.
 */
export function rawNextToken(chunks: Chunks): string | undefined {
  const parts: Uint8Array[] = [];
  let need = TOKEN_TAIL_BYTES;
  for (let i = chunks.length - 1; i >= 0 && need > 0; i--) {
    const c = chunks[i];
    const take = Math.min(need, c.length);
    parts.unshift(c.subarray(c.length - take));
    need -= take;
  }
  const tail = Buffer.concat(parts).toString('latin1');
  const open = tail.lastIndexOf('<nextToken>');
  if (open < 0) return undefined;
  const close = tail.indexOf('</nextToken>', open);
  if (close < 0) return undefined;
  const token = tail.slice(open + '<nextToken>'.length, close);
  return PLAIN_TOKEN.test(token) ? token : undefined;
}

const ID_OPEN = Buffer.from('<instanceId>');
const ID_CLOSE = Buffer.from('</instanceId>');
/** An instance id as EC2 writes it: `i-` and lower-case hex (no entity, no space). */
const PLAIN_INSTANCE_ID = /^i-[0-9a-f]+$/;

/**
 * A raw DescribeInstances body's instance ids, in order, read without parsing the page: the text of
 * each `<instanceId>` element (EC2 writes one per instance, and none elsewhere in this answer).
 * Undefined when one is not plain (then only the parse reads it exactly) or when there is none. Each
 * id is a string of its own, not a slice of the page's text (which would keep the page alive).
 */
export function rawInstanceIds(chunks: Chunks): string[] | undefined {
  // The chunks joined: a tag cut across chunks is whole there. A `<` in a value is escaped, so each
  // `<instanceId>` is a tag (a multi-byte character's bytes are all above ASCII).
  const body = Buffer.concat(chunks);
  const ids: string[] = [];
  for (let at = body.indexOf(ID_OPEN); at >= 0; at = body.indexOf(ID_OPEN, at)) {
    const start = at + ID_OPEN.length;
    const end = body.indexOf(ID_CLOSE, start);
    if (end < 0) return undefined;
    const id = body.toString('latin1', start, end);
    if (!PLAIN_INSTANCE_ID.test(id)) return undefined;
    ids.push(id);
    at = end;
  }
  return ids.length ? ids : undefined;
}

/** The last `k` bytes of `before` followed by `c`. */
function lastBytes(before: Uint8Array, c: Uint8Array, k: number): Uint8Array {
  if (c.length >= k) return c.slice(c.length - k);
  const out = new Uint8Array(k);
  out.set(before.subarray(before.length - (k - c.length)));
  out.set(c, k - c.length);
  return out;
}

/**
 * Back-pressure on the pages' bytes: how many bytes of raw bodies this thread holds, being read or
 * waiting for a parse worker, at most (about). When the endpoint answers faster than the workers parse
 * (17 regions' partitions answering within the same second), the bytes would otherwise pile up in
 * memory; past the limit, a body's next chunk is not read, so the rest waits in the socket (the
 * sender's buffers, TCP's window) until a parsed page gives its bytes back.
 *
 * No reader waits for ever: while a read page holds bytes, its parse will give them back; when only
 * partly read bodies hold them, the one that started first goes on, finishes, and becomes such a page.
 * Readers look before each chunk, and those that look together all go on, so the limit can be passed
 * by about a chunk per reader (~64 KB each), and by the rest of the first reader's body.
 */
export class ByteBudget {
  /** Bytes of bodies being read. */
  private reading = 0;
  /** Bytes of bodies read whole and not yet given back (their pages are being parsed). */
  private read_ = 0;
  /** Readers in the order they started. */
  private readonly active: object[] = [];
  private waiting: Array<() => void> = [];
  /** The most bytes held at once (tests, benchmarks). */
  peak = 0;

  constructor(readonly limit: number) {}

  /** Bytes held now: read and not yet given back. */
  get held(): number {
    return this.reading + this.read_;
  }

  /**
   * Reads `body` chunk by chunk within the budget. Its bytes stay counted until `release` gives them
   * back (after the page is parsed); a read that fails gives back what it had read.
   */
  async read(body: AsyncIterable<Uint8Array | string>): Promise<Chunks> {
    const me = {};
    this.active.push(me);
    const chunks: Chunks = [];
    let n = 0;
    try {
      const it = body[Symbol.asyncIterator]();
      for (;;) {
        while (this.held >= this.limit && (this.read_ > 0 || this.active[0] !== me))
          await new Promise<void>((resume) => this.waiting.push(resume));
        const next = await it.next();
        if (next.done) break;
        const c = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        chunks.push(c);
        n += c.byteLength;
        this.reading += c.byteLength;
        if (this.held > this.peak) this.peak = this.held;
      }
      this.read_ += n;
      return chunks;
    } finally {
      this.reading -= n;
      this.active.splice(this.active.indexOf(me), 1);
      // Bytes moved or came back, and the first reader may have changed: let the waiting look again.
      this.wake();
    }
  }

  /** Gives back `n` bytes of a body `read` returned (its page was parsed, or dropped). */
  release(n: number): void {
    this.read_ -= n;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume();
  }
}

/** The bytes of a body's chunks (read before they are transferred: transferred chunks are empty). */
export function chunksBytes(chunks: Chunks): number {
  let n = 0;
  for (const c of chunks) n += c.byteLength;
  return n;
}
