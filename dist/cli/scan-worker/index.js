import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./lib/aws/scan/page-bytes.js
/**
 * A DescribeInstances body as the chunks it arrived in (the HTTP response's reads, ~64 KB each), never
 * joined into one page-sized buffer: a page of 1,000 instances is megabytes, and glibc keeps freed
 * blocks of that size in its arenas. The chunks go to a parse worker by transfer (parse-pool.ts) and are
 * decoded there one by one, and read as those pieces.
 */
/** Whether `b` is the whole of an ArrayBuffer of its own (safe to transfer: not a slice of Buffer's pool). */
function ownsBuffer(b) {
    return b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
}
/**
 * The chunks ready to transfer, and their ArrayBuffers: a chunk that shares its ArrayBuffer (a slice of
 * a larger read, or of Buffer's pool) is copied first, so a transfer never detaches memory in use.
 */
function forTransfer(chunks) {
    const own = chunks.map((c) => (ownsBuffer(c) ? c : new Uint8Array(c)));
    return { chunks: own, buffers: own.map((c) => c.buffer) };
}
/** The body's first text (a leading byte-order mark is dropped, as one decode of the whole drops it). */
const first = new TextDecoder();
/** Every later piece: a U+FEFF inside the body is text. */
const rest = new TextDecoder('utf-8', { ignoreBOM: true });
/** Continuation bytes (10xxxxxx) a UTF-8 lead byte calls for, or 0 for ASCII and non-lead bytes. */
function needs(lead) {
    if (lead >= 0xf0 && lead <= 0xf4)
        return 3;
    if (lead >= 0xe0 && lead <= 0xef)
        return 2;
    if (lead >= 0xc2 && lead <= 0xdf)
        return 1;
    return 0;
}
/**
 * Where a chunk's text can end: before a multi-byte sequence its last bytes start but do not finish
 * (those bytes are decoded with the next chunk's first ones).
 */
function cutOf(c) {
    for (let back = 1; back <= 3 && back <= c.length; back++) {
        const b = c[c.length - back];
        if (b < 0x80)
            return c.length; // ASCII: nothing open
        if (b >= 0xc0)
            return needs(b) >= back ? c.length - back : c.length; // a lead byte: open if short
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
function decodeParts(chunks) {
    const parts = [];
    const decode = (b) => parts.push((parts.length ? rest : first).decode(b));
    let carry;
    for (const c of chunks) {
        let from = 0;
        if (carry) {
            // The open sequence's remaining continuation bytes (fewer if the body breaks it off).
            const want = needs(carry[0]) - (carry.length - 1);
            while (from < want && from < c.length && (c[from] & 0xc0) === 0x80)
                from++;
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
        if (cut > from)
            decode(c.subarray(from, cut));
        if (cut < c.length)
            carry = c.slice(Math.max(cut, from));
    }
    if (carry)
        decode(carry);
    return parts;
}
/** The chunks as one text (`decodeParts` joined): for readers that need the whole body at once. */
function decodeChunks(chunks) {
    if (chunks.length === 1)
        return first.decode(chunks[0]);
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
function releaseChunks(chunks) {
    for (const c of chunks) {
        const b = c.buffer;
        if (typeof b.transfer === 'function' && !b.detached)
            b.transfer(0);
    }
}
const NEXT_TOKEN = new TextEncoder().encode('<nextToken>');
/** A raw DescribeInstances body with a next page (EC2 writes `<nextToken>` after the reservations). */
function hasNextToken(chunks) {
    const find = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(NEXT_TOKEN) >= 0;
    const k = NEXT_TOKEN.length - 1;
    // The body's last k bytes before the current chunk: a tag cut across chunks (any number) meets there.
    let tail = new Uint8Array(0);
    for (const c of chunks) {
        const seam = new Uint8Array(tail.length + Math.min(k, c.length));
        seam.set(tail);
        seam.set(c.subarray(0, Math.min(k, c.length)), tail.length);
        if (find(seam) || find(c))
            return true;
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
function rawNextToken(chunks) {
    const parts = [];
    let need = TOKEN_TAIL_BYTES;
    for (let i = chunks.length - 1; i >= 0 && need > 0; i--) {
        const c = chunks[i];
        const take = Math.min(need, c.length);
        parts.unshift(c.subarray(c.length - take));
        need -= take;
    }
    const tail = Buffer.concat(parts).toString('latin1');
    const open = tail.lastIndexOf('<nextToken>');
    if (open < 0)
        return undefined;
    const close = tail.indexOf('</nextToken>', open);
    if (close < 0)
        return undefined;
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
function rawInstanceIds(chunks) {
    // The chunks joined: a tag cut across chunks is whole there. A `<` in a value is escaped, so each
    // `<instanceId>` is a tag (a multi-byte character's bytes are all above ASCII).
    const body = Buffer.concat(chunks);
    const ids = [];
    for (let at = body.indexOf(ID_OPEN); at >= 0; at = body.indexOf(ID_OPEN, at)) {
        const start = at + ID_OPEN.length;
        const end = body.indexOf(ID_CLOSE, start);
        if (end < 0)
            return undefined;
        const id = body.toString('latin1', start, end);
        if (!PLAIN_INSTANCE_ID.test(id))
            return undefined;
        ids.push(id);
        at = end;
    }
    return ids.length ? ids : undefined;
}
/** The last `k` bytes of `before` followed by `c`. */
function lastBytes(before, c, k) {
    if (c.length >= k)
        return c.slice(c.length - k);
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
class ByteBudget {
    limit;
    /** Bytes of bodies being read. */
    reading = 0;
    /** Bytes of bodies read whole and not yet given back (their pages are being parsed). */
    read_ = 0;
    /** Readers in the order they started. */
    active = [];
    waiting = [];
    /** The most bytes held at once (tests, benchmarks). */
    peak = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Bytes held now: read and not yet given back. */
    get held() {
        return this.reading + this.read_;
    }
    /**
     * Reads `body` chunk by chunk within the budget. Its bytes stay counted until `release` gives them
     * back (after the page is parsed); a read that fails gives back what it had read.
     */
    async read(body) {
        const me = {};
        this.active.push(me);
        const chunks = [];
        let n = 0;
        try {
            const it = body[Symbol.asyncIterator]();
            for (;;) {
                while (this.held >= this.limit && (this.read_ > 0 || this.active[0] !== me))
                    await new Promise((resume) => this.waiting.push(resume));
                const next = await it.next();
                if (next.done)
                    break;
                const c = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
                chunks.push(c);
                n += c.byteLength;
                this.reading += c.byteLength;
                if (this.held > this.peak)
                    this.peak = this.held;
            }
            this.read_ += n;
            return chunks;
        }
        finally {
            this.reading -= n;
            this.active.splice(this.active.indexOf(me), 1);
            // Bytes moved or came back, and the first reader may have changed: let the waiting look again.
            this.wake();
        }
    }
    /** Gives back `n` bytes of a body `read` returned (its page was parsed, or dropped). */
    release(n) {
        this.read_ -= n;
        this.wake();
    }
    wake() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resume of waiting)
            resume();
    }
}
/** The bytes of a body's chunks (read before they are transferred: transferred chunks are empty). */
function chunksBytes(chunks) {
    let n = 0;
    for (const c of chunks)
        n += c.byteLength;
    return n;
}

;// CONCATENATED MODULE: ./lib/aws/mapping.js
/** Model field \u2192 SDK parameter, for every metadata field any EC2 call carries. */
const SDK_FIELD = {
    httpTokens: 'HttpTokens',
    httpPutResponseHopLimit: 'HttpPutResponseHopLimit',
    httpEndpoint: 'HttpEndpoint',
    httpProtocolIpv6: 'HttpProtocolIpv6',
    instanceMetadataTags: 'InstanceMetadataTags',
    httpTokensEnforced: 'HttpTokensEnforced',
    state: 'State',
};
/** SDK MetadataOptions (any of the three shapes) \u2192 model; absent fields stay absent. */
function mapping_fromSdkMetadata(m) {
    const out = {};
    if (!m)
        return out;
    const src = m;
    for (const [field, param] of Object.entries(SDK_FIELD)) {
        const v = src[param];
        if (v !== undefined && v !== null)
            out[field] = v;
    }
    return out;
}
/** Model \u2192 SDK parameters, only the given `fields` that are set (a write sends only what changes). */
function toSdkMetadata(m, fields) {
    const out = {};
    for (const f of fields) {
        const v = m[f];
        if (v !== undefined)
            out[SDK_FIELD[f]] = v;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/aws/scan/describe-instances-xml.js
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s) {
    const t = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
    if (!t.includes('&'))
        return t;
    return t.replace(ENTITY, (_, hex, dec, named) => {
        if (hex)
            return String.fromCharCode(Number.parseInt(hex, 16));
        if (dec)
            return String.fromCharCode(Number.parseInt(dec, 10));
        return NAMED[named] ?? '';
    });
}
/** The text of a leaf element from its raw content (between `>` and `</`), as parseXML reads it. */
function leafText(raw) {
    let text;
    if (!raw.includes('<'))
        text = decode(raw);
    else {
        // Comments and CDATA sections inside a value (EC2 writes neither; XML allows both).
        text = '';
        let at = 0;
        while (at < raw.length) {
            const lt = raw.indexOf('<', at);
            if (lt < 0) {
                text += decode(raw.slice(at));
                break;
            }
            text += decode(raw.slice(at, lt));
            if (raw.startsWith('<![CDATA[', lt)) {
                const end = raw.indexOf(']]>', lt + 9);
                if (end < 0)
                    fail('unclosed CDATA');
                text += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
                at = end + 3;
            }
            else if (raw.startsWith('<!--', lt)) {
                const end = raw.indexOf('-->', lt + 4);
                if (end < 0)
                    fail('unclosed comment');
                at = end + 3;
            }
            else if (raw.startsWith('<?', lt)) {
                const end = raw.indexOf('?>', lt + 2);
                if (end < 0)
                    fail('unclosed processing instruction');
                at = end + 2;
            }
            else
                fail('an element or declaration inside a value'); // a value is text, never markup
        }
    }
    return text.trim() === '' && text.includes('\n') ? '' : text;
}
/**
 * A copy of `s` that does not hold the page. V8 makes a slice of 13 characters or more a view into
 * the string it was cut from: a record keeping a few such values would keep its whole page (megabytes)
 * alive for the rest of the run (measured on 50 pages of 1,000: 2.3 KB retained a record, 0.7 KB with
 * the copies; test/aws/page-retention.test.ts). Prepending a character and slicing it off again
 * flattens the value into a string of its own.
 */
function own(s) {
    return s.length < 13 ? s : ` ${s}`.slice(1);
}
/** The metadataOptions child elements a record keeps, in the model's key order (mapping.ts fromSdkMetadata). */
const METADATA_OPTION_ELEMENTS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
    'state',
];
/** The instance's own leaf elements that a record keeps. */
const INSTANCE_FIELDS = [
    'instanceId',
    'instanceType',
    'platform',
    'platformDetails',
    'launchTime',
    'imageId',
    'vpcId',
    'ipAddress',
];
/**
 * What an open element is, as a small integer, decided once when it opens from its depth, its parent's
 * kind and its name (compared in place, no slice): the reader never holds element names as strings.
 */
const OTHER = 0;
const RESERVATION_SET = 1; // depth 1
const describe_instances_xml_NEXT_TOKEN = 2; // depth 1
const RESERVATION = 3; // depth 2, an item of reservationSet
const OWNER_ID = 4; // depth 3
const INSTANCES_SET = 5; // depth 3
const INSTANCE = 6; // depth 4, an item of instancesSet
const INSTANCE_STATE = 7; // depth 5
const PROFILE = 8;
const METADATA = 9;
const TAG_SET = 10;
const STATE_NAME = 11; // depth 6
const PROFILE_ARN = 12;
const TAG = 13; // depth 6, an item of tagSet
const TAG_KEY = 14; // depth 7
const TAG_VALUE = 15;
/** depth 5: FIELD + the index in INSTANCE_FIELDS; depth 6 in metadataOptions: METADATA_FIELD + index. */
const FIELD = 32;
const METADATA_FIELD = 64;
/** The instance's children the reader keeps, by the length of their names: [name, kind]. */
const AT_DEPTH_5 = [];
for (const [name, k] of [
    ...INSTANCE_FIELDS.map((name, n) => [name, FIELD + n]),
    ['tagSet', TAG_SET],
    ['metadataOptions', METADATA],
    ['instanceState', INSTANCE_STATE],
    ['iamInstanceProfile', PROFILE],
]) {
    const list = AT_DEPTH_5[name.length] ?? [];
    list.push([name, k]);
    AT_DEPTH_5[name.length] = list;
}
/** The name at xml[from, from + len) is `name`. */
const named = (xml, from, len, name) => len === name.length && xml.startsWith(name, from);
function indexIn(list, xml, from, len) {
    for (let k = 0; k < list.length; k++)
        if (named(xml, from, len, list[k]))
            return k;
    return -1;
}
/** Where a field's value is in `Draft.fields` (INSTANCE_FIELDS order). */
const F = {
    instanceId: 0,
    instanceType: 1,
    platform: 2,
    platformDetails: 3,
    launchTime: 4,
    imageId: 5,
    vpcId: 6,
    ipAddress: 7,
};
/** Where a metadata option's value is in `Draft.metadata` (METADATA_OPTION_ELEMENTS order). */
const HOP_LIMIT = 1;
/**
 * An instance's elements as read, before it becomes a record (`record`) or a packed row (records.ts):
 * the first value of each element kept, by position (slots of one shape, not keyed objects: the reader
 * fills ~15 a record).
 */
class Draft {
    /** INSTANCE_FIELDS' values (`F`). */
    fields = [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
    ];
    /** METADATA_OPTION_ELEMENTS' values. */
    metadata = [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
    ];
    state = undefined;
    profileArn = undefined;
    tags = {};
    tagKey = undefined;
    tagValue = undefined;
}
/**
 * A launch time already as `toISOString` writes it, in a range where Date reads it unchanged (days 29\u201331
 * may roll into the next month: those go through Date).
 */
const ISO_AS_WRITTEN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
/**
 * The record's launch time: the element's value as ISO 8601 (a value Date cannot read throws). EC2
 * writes it as `toISOString` would: such a value is kept as it is (parsing and writing a Date per
 * instance was a tenth of a worker's time).
 */
function launchIso(launch) {
    if (launch === undefined)
        return undefined;
    return ISO_AS_WRITTEN.test(launch) ? launch : new Date(launch).toISOString();
}
function record(d, accountId, region) {
    const f = d.fields;
    const tags = d.tags;
    const metadata = {};
    METADATA_OPTION_ELEMENTS.forEach((k, n) => {
        const v = d.metadata[n];
        if (v === undefined)
            return;
        if (n === HOP_LIMIT) {
            if (v !== '')
                metadata[k] = Number(v);
        }
        else
            metadata[k] = v;
    });
    return {
        instanceId: f[F.instanceId] ?? '',
        accountId,
        region,
        state: d.state ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: f[F.instanceType],
        platform: f[F.platformDetails] ?? f[F.platform],
        launchTime: launchIso(f[F.launchTime]),
        imageId: f[F.imageId],
        vpcId: f[F.vpcId],
        publicIp: Boolean(f[F.ipAddress]),
        instanceProfileArn: d.profileArn,
        metadata: metadata,
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}
/**
 * What the reader knows of the page so far. Its steps are methods rather than closures in
 * recordsFromXml: a closure that reads `xml` would move that variable out of the reading loop's
 * registers into a heap context, and every character the loop reads would load it from there (the
 * reader took ~3\u00d7 as long).
 */
class PageReader {
    accountId;
    copy;
    sink;
    nextToken;
    /** Per open element, outermost first: its kind. */
    kind = [];
    // The reservation's owner and instances (its ownerId may come after its instancesSet).
    owner;
    reservation = [];
    draft;
    /** The window being read (readWindow). */
    xml = '';
    constructor(accountId, copy, sink) {
        this.accountId = accountId;
        this.copy = copy;
        this.sink = sink;
    }
    /** The kind of an element opening at `depth`, its name at xml[from, from + len). */
    kindOf(depth, from, len) {
        const xml = this.xml;
        const kind = this.kind;
        switch (depth) {
            case 1:
                if (named(xml, from, len, 'reservationSet'))
                    return RESERVATION_SET;
                return named(xml, from, len, 'nextToken') ? describe_instances_xml_NEXT_TOKEN : OTHER;
            case 2:
                return kind[1] === RESERVATION_SET && named(xml, from, len, 'item') ? RESERVATION : OTHER;
            case 3:
                if (kind[1] !== RESERVATION_SET)
                    return OTHER;
                if (named(xml, from, len, 'ownerId'))
                    return OWNER_ID;
                return named(xml, from, len, 'instancesSet') ? INSTANCES_SET : OTHER;
            case 4:
                return kind[3] === INSTANCES_SET && named(xml, from, len, 'item') ? INSTANCE : OTHER;
            case 5: {
                // An instance's ~35 children, ~12 of them read: only the names of this length are compared.
                const names = this.draft && len < AT_DEPTH_5.length ? AT_DEPTH_5[len] : undefined;
                if (names)
                    for (const [name, k] of names)
                        if (xml.startsWith(name, from))
                            return k;
                return OTHER;
            }
            case 6: {
                const parent = kind[5];
                if (parent === TAG_SET)
                    return named(xml, from, len, 'item') ? TAG : OTHER;
                if (parent === INSTANCE_STATE)
                    return named(xml, from, len, 'name') ? STATE_NAME : OTHER;
                if (parent === PROFILE)
                    return named(xml, from, len, 'arn') ? PROFILE_ARN : OTHER;
                if (parent !== METADATA)
                    return OTHER;
                const k = indexIn(METADATA_OPTION_ELEMENTS, xml, from, len);
                return k >= 0 ? METADATA_FIELD + k : OTHER;
            }
            case 7:
                if (kind[5] !== TAG_SET || kind[6] !== TAG)
                    return OTHER;
                if (named(xml, from, len, 'key'))
                    return TAG_KEY;
                return named(xml, from, len, 'value') ? TAG_VALUE : OTHER;
            default:
                return OTHER;
        }
    }
    /** The text of a leaf, its raw content at xml[from, to) (a copy: see `own`). */
    text(from, to) {
        if (from < 0)
            return '';
        const xml = this.xml;
        // Most values hold no markup, entity, carriage return or newline: one look at each character
        // decides that, and such a value is its characters as written.
        let plain = true;
        for (let i = from; i < to; i++) {
            const c = xml.charCodeAt(i);
            if (c === 60 || c === 38 || c === 13 || c === 10) {
                plain = false;
                break;
            }
        }
        const text = plain ? xml.slice(from, to) : leafText(xml.slice(from, to));
        return this.copy ? own(text) : text;
    }
    /**
     * A leaf of kind `k` closed, its raw content at xml[from, to) (from < 0: self-closing): its text is
     * read only when it is one of a record's elements.
     */
    leaf(k, from, to) {
        if (k === OTHER)
            return;
        if (k === describe_instances_xml_NEXT_TOKEN)
            this.nextToken = this.text(from, to);
        else if (k === OWNER_ID)
            this.owner = this.text(from, to);
        const draft = this.draft;
        if (!draft)
            return;
        if (k >= METADATA_FIELD)
            draft.metadata[k - METADATA_FIELD] ??= this.text(from, to);
        else if (k >= FIELD)
            draft.fields[k - FIELD] ??= this.text(from, to);
        else if (k === STATE_NAME)
            draft.state ??= this.text(from, to);
        else if (k === PROFILE_ARN)
            draft.profileArn ??= this.text(from, to);
        else if (k === TAG_KEY)
            draft.tagKey ??= this.text(from, to);
        else if (k === TAG_VALUE)
            draft.tagValue ??= this.text(from, to);
    }
    open(k) {
        if (k === RESERVATION) {
            this.owner = undefined;
            this.reservation = [];
        }
        else if (k === INSTANCE) {
            if (this.kind[1] === RESERVATION_SET)
                this.draft = new Draft();
        }
        else if (k === TAG && this.draft) {
            this.draft.tagKey = undefined;
            this.draft.tagValue = undefined;
        }
    }
    close(k) {
        const draft = this.draft;
        if (k === TAG && draft) {
            if (draft.tagKey !== undefined)
                draft.tags[draft.tagKey] = draft.tagValue ?? '';
        }
        else if (k === INSTANCE && draft) {
            this.reservation.push(draft);
            this.draft = undefined;
        }
        else if (k === RESERVATION) {
            const owner = this.owner ?? this.accountId;
            for (const d of this.reservation)
                this.sink(d, owner);
            this.reservation = [];
        }
    }
}
function fail(what) {
    throw new Error(`DescribeInstances: unexpected response body (${what})`);
}
/**
 * The raw body of a DescribeInstances response (whole, or in the pieces it was decoded in) \u2192 records
 * (the same as toInstance over the SDK's output).
 */
function recordsFromXml(xml, accountId, region, 
/**
 * Copy each value out of the page (`own`), so records kept for the run do not keep their page.
 * false only where the records die with the page.
 */
copy = true, windows = WINDOWS) {
    return readWhole(xml, (text) => {
        const instances = [];
        const nextToken = readDrafts(text, accountId, copy, (d, owner) => instances.push(record(d, owner, region)), windows);
        return nextToken ? { instances, nextToken } : { instances };
    });
}
const WINDOWS = { window: 32 * 1024, margin: 4 * 1024 };
/**
 * A window ended inside a construct it could not carry on with (a tag, comment or CDATA section
 * longer than the margin, or a body that is not XML there): the body is read again whole
 * (`readWhole`), which reads it or refuses it exactly as before.
 */
class WindowCut extends Error {
}
/**
 * `read` on the body; when it is in pieces and a window cut a construct (`WindowCut`), `read` again on
 * the pieces joined. `read` starts afresh each time (its drafts so far are dropped).
 */
function readWhole(text, read) {
    if (typeof text === 'string' || text.length < 2)
        return read(text);
    try {
        return read(text);
    }
    catch (e) {
        if (e instanceof WindowCut)
            return read(text.join(''));
        throw e;
    }
}
/** Where the reader is in a body read in windows: its open elements and its position in the window. */
class Cursor {
    /** Per open element, outermost first: where its name starts in the window and its length. */
    nameAt = [];
    nameLen = [];
    /** An open element's name, once its window is gone (its nameAt is then -1). */
    names = [];
    top = 0;
    sawRoot = false;
    /** Content start of the innermost open element while it has no child element (a leaf so far). */
    leafFrom = -1;
    pos = 0;
    /** The root element closed: nothing after it is read. */
    done = false;
    /** The name of the open element at `depth`. */
    name(xml, depth) {
        const at = this.nameAt[depth];
        return at < 0 ? this.names[depth] : xml.slice(at, at + this.nameLen[depth]);
    }
    /**
     * A window's reading stops at `pos`: the next window starts there, or at the content of an open leaf
     * the reader keeps (an open element of another kind reads none of its content: its start is dropped).
     * Moves the cursor to the next window's terms; returns where that window starts in `xml`.
     */
    leave(xml, kind, leafFrom, pos) {
        let keep = pos;
        let leaf = leafFrom;
        if (leaf >= 0) {
            if (readsText(kind[this.top - 1]))
                keep = Math.min(keep, leaf);
            else
                leaf = -1;
        }
        const { nameAt, nameLen, names } = this;
        for (let d = 0; d < this.top; d++) {
            if (nameAt[d] >= keep)
                nameAt[d] -= keep;
            else if (nameAt[d] >= 0) {
                names[d] = own(xml.slice(nameAt[d], nameAt[d] + nameLen[d]));
                nameAt[d] = -1;
            }
        }
        this.leafFrom = leaf < 0 ? -1 : leaf - keep;
        this.pos = pos - keep;
        return keep;
    }
}
/** A leaf of this kind is read as text when it closes (PageReader.leaf does nothing with the others). */
function readsText(k) {
    return k === describe_instances_xml_NEXT_TOKEN || k === OWNER_ID || (k >= STATE_NAME && k !== TAG);
}
/**
 * Reads a DescribeInstances body, handing each instance's draft to `sink` (in document order, a
 * reservation's instances when it closes); returns the page's next token. `copy`: copy each value out
 * of the page (`own`); false only where the values die with the page (a parse worker packs them and
 * posts copies). A body in pieces is read in windows (`Windows`) and may throw `WindowCut`: call it
 * through `readWhole`.
 */
function readDrafts(text, accountId, copy, sink, windows = WINDOWS) {
    const reader = new PageReader(accountId, copy, sink);
    const at = new Cursor();
    let xml;
    if (typeof text === 'string' || text.length < 2) {
        // Whole, or a body of one piece (or none: an empty body).
        xml = typeof text === 'string' ? text : (text[0] ?? '');
        readWindow(reader, at, xml, Number.POSITIVE_INFINITY);
    }
    else {
        xml = '';
        let next = 0;
        for (;;) {
            // What the last window left, and pieces until the window is long enough (at least one, so every
            // window reads further into the body), joined: `join` makes one flat string, where `+` would make
            // a rope that every character the loop reads goes through.
            const pieces = [xml];
            let length = xml.length;
            do
                length += pieces[pieces.push(text[next++]) - 1].length;
            while (next < text.length && length < windows.window);
            xml = pieces.length === 2 && pieces[0] === '' ? pieces[1] : pieces.join('');
            const final = next >= text.length;
            if (final) {
                readWindow(reader, at, xml, Number.POSITIVE_INFINITY);
                break;
            }
            let keep;
            try {
                keep = readWindow(reader, at, xml, Math.max(0, xml.length - windows.margin));
            }
            catch {
                throw new WindowCut();
            }
            if (at.done)
                break;
            xml = xml.slice(keep);
        }
    }
    if (!at.sawRoot)
        fail('no root element');
    if (at.top)
        fail(`missing closing tag </${at.name(xml, at.top - 1)}>`);
    return reader.nextToken;
}
/**
 * Reads `xml` from the cursor. `limit` infinite: the body's last window, read to its end. Otherwise a
 * tag starting at or past `limit` is left for the next window: returns where that window starts in
 * this one (from there on everything not yet read, and the content of an open leaf the reader keeps),
 * the cursor moved there; -1 once the root element closed (`at.done`) or the body is read.
 */
function readWindow(reader, at, xml, limit) {
    reader.xml = xml;
    const kind = reader.kind;
    const nameAt = at.nameAt;
    const nameLen = at.nameLen;
    const names = at.names;
    let top = at.top;
    let sawRoot = at.sawRoot;
    let leafFrom = at.leafFrom;
    let pos = at.pos;
    // The last window reads to the text's end (a small integer, not infinity, in the loop's comparison).
    const stop = limit > xml.length ? xml.length + 1 : limit;
    for (;;) {
        const lt = xml.indexOf('<', pos);
        if (lt < 0 || lt >= stop)
            break;
        // Before the root element only markup and whitespace may stand (parseXML refuses other text).
        if (!sawRoot && xml.slice(pos, lt).trim() !== '')
            fail('text before the root element');
        const c = xml.charCodeAt(lt + 1);
        if (c === 33 /* ! */) {
            if (xml.startsWith('<!--', lt))
                pos = xml.indexOf('-->', lt + 4) + 3;
            else if (xml.startsWith('<![CDATA[', lt))
                pos = xml.indexOf(']]>', lt + 9) + 3;
            else
                pos = xml.indexOf('>', lt + 2) + 1; // <!DOCTYPE \u2026> (parseXML skips it too)
            if (pos <= 2)
                fail('unclosed comment, CDATA or DOCTYPE');
            continue;
        }
        if (c === 63 /* ? */) {
            pos = xml.indexOf('?>', lt + 2) + 2;
            if (pos < 2)
                fail('unclosed processing instruction');
            continue;
        }
        if (c === 47 /* / */) {
            const depth = top - 1;
            // `</name>` exactly as opened: compared in place (no slice, no search for its `>`); anything
            // else as parseXML reads it.
            let gt = depth < 0 ? -1 : lt + 2 + nameLen[depth];
            if (gt < 0 ||
                xml.charCodeAt(gt) !== 62 ||
                !(nameAt[depth] >= 0
                    ? sameName(xml, nameAt[depth], lt + 2, nameLen[depth])
                    : xml.startsWith(names[depth], lt + 2)))
                gt = closingTag(xml, lt, depth < 0 ? '' : at.name(xml, depth));
            const k = kind[depth];
            if (k !== OTHER) {
                if (leafFrom >= 0)
                    reader.leaf(k, leafFrom, lt);
                reader.close(k);
            }
            top = depth;
            leafFrom = -1;
            pos = gt + 1;
            // The root closed: what follows is not read (parseXML stops there too).
            if (top === 0) {
                at.done = true;
                break;
            }
            continue;
        }
        // An opening tag: its name, then (rarely: the root's xmlns) attributes, quoted values skipped.
        let end = lt + 1;
        for (;;) {
            // Letters (most of every name EC2 writes) are above '>' (62): one comparison each. Past the
            // end of the text charCodeAt is NaN, which ends the name too.
            let ch = xml.charCodeAt(end);
            while (ch > 62)
                ch = xml.charCodeAt(++end);
            if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch))
                break;
            end++;
        }
        let gt = end;
        while (gt < xml.length && xml.charCodeAt(gt) !== 62) {
            const ch = xml.charCodeAt(gt);
            if (ch === 34 || ch === 39) {
                const q = xml.indexOf(ch === 34 ? '"' : "'", gt + 1);
                if (q < 0)
                    fail('unclosed attribute value');
                gt = q + 1;
            }
            else if (ch === 47 && xml.charCodeAt(gt + 1) !== 62)
                fail(`'/' inside <${xml.slice(lt + 1, end)}>`);
            else
                gt++;
        }
        if (gt >= xml.length)
            fail('unclosed tag');
        const from = lt + 1;
        const len = end - from;
        if (len === 0)
            fail('empty tag name');
        const depth = top;
        if (depth === 0) {
            if (!named(xml, from, len, 'DescribeInstancesResponse'))
                fail(`root <${xml.slice(from, end)}>`);
            sawRoot = true;
        }
        // Below depth 5 an element inside one the records do not read is not read either (most of a
        // page: block devices, network interfaces\u2026): no call to decide it.
        const k = depth > 5 && kind[depth - 1] === OTHER ? OTHER : reader.kindOf(depth, from, len);
        nameAt[depth] = from;
        nameLen[depth] = len;
        kind[depth] = k;
        if (k !== OTHER)
            reader.open(k);
        if (xml.charCodeAt(gt - 1) === 47 /* self-closing */) {
            if (k !== OTHER) {
                reader.leaf(k, -1, -1);
                reader.close(k);
            }
            leafFrom = -1;
            pos = gt + 1;
            continue;
        }
        // A leaf written `<name>text</name>` (most elements of a page): its closing tag read in this step.
        const next = xml.indexOf('<', gt + 1);
        const close = next + 2 + len;
        if (next > 0 &&
            xml.charCodeAt(next + 1) === 47 &&
            xml.charCodeAt(close) === 62 &&
            sameName(xml, from, next + 2, len)) {
            if (k !== OTHER) {
                reader.leaf(k, gt + 1, next);
                reader.close(k);
            }
            pos = close + 1;
            if (depth === 0) {
                at.done = true;
                break;
            }
            continue;
        }
        top = depth + 1;
        leafFrom = gt + 1;
        pos = next > 0 ? next : gt + 1;
    }
    at.top = top;
    at.sawRoot = sawRoot;
    if (limit === Number.POSITIVE_INFINITY || at.done) {
        at.leafFrom = leafFrom;
        at.pos = pos;
        return -1;
    }
    return at.leave(xml, kind, leafFrom, pos);
}
/**
 * Where the closing tag at `lt` ends (its `>`), when it is not `</name>` written exactly as opened:
 * its name read as parseXML reads it (spaces around it allowed); a mismatched name throws.
 */
function closingTag(xml, lt, name) {
    const gt = xml.indexOf('>', lt + 2);
    if (gt < 0)
        fail('unclosed tag');
    const written = xml.slice(lt + 2, gt).trim();
    if (name === '' || written !== name)
        fail(`mismatched </${written}>`);
    return gt;
}
/** xml[a, a + len) and xml[b, b + len) hold the same characters. */
function sameName(xml, a, b, len) {
    for (let i = 0; i < len; i++)
        if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./lib/aws/scan/records.js

function toInstance(i, accountId, region) {
    const tags = {};
    for (const t of i.Tags ?? [])
        if (t.Key !== undefined)
            tags[t.Key] = t.Value ?? '';
    const m = i.MetadataOptions ?? {};
    return {
        instanceId: i.InstanceId ?? '',
        accountId,
        region,
        state: i.State?.Name ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: i.InstanceType,
        platform: i.PlatformDetails ?? i.Platform,
        launchTime: i.LaunchTime?.toISOString(),
        imageId: i.ImageId,
        vpcId: i.VpcId,
        publicIp: Boolean(i.PublicIpAddress),
        instanceProfileArn: i.IamInstanceProfile?.Arn,
        metadata: fromSdkMetadata(m),
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}


/**
 * At most this many distinct strings are kept: enough for every value that repeats across a fleet
 * (types, AMIs, profiles, tag values such as environments and teams), while a tag whose every value
 * is different (an owner's ARN per instance, say) cannot grow the table without bound.
 */
const INTERN_MAX = 50_000;
/** One copy of each repeated string (per scan): the pool's records arrive as fresh copies. */
class Interner {
    strings = new Map();
    metadataCopies = new Map();
    metadataCount = 0;
    /** Distinct strings kept. */
    get size() {
        return this.strings.size;
    }
    s(v) {
        if (v === undefined)
            return v;
        const hit = this.strings.get(v);
        if (hit !== undefined)
            return hit;
        if (this.strings.size < INTERN_MAX)
            this.strings.set(v, v);
        return v;
    }
    /** Interns a record in place; name / launch template / group share their tag's string. */
    instance(i) {
        i.accountId = this.s(i.accountId);
        i.region = this.s(i.region);
        i.state = this.s(i.state);
        i.instanceType = this.s(i.instanceType);
        i.platform = this.s(i.platform);
        i.imageId = this.s(i.imageId);
        i.vpcId = this.s(i.vpcId);
        i.instanceProfileArn = this.s(i.instanceProfileArn);
        const tags = i.tags;
        // Every tag value but the Name, which is nearly always the instance's own.
        for (const k of Object.keys(tags))
            if (k !== 'Name')
                tags[k] = this.s(tags[k]);
        if (tags.Name !== undefined)
            i.name = tags.Name;
        i.launchTemplateId = tags['aws:ec2launchtemplate:id'];
        i.autoScalingGroup = tags['aws:autoscaling:groupName'];
        i.metadata = this.metadata(i.metadata);
        return i;
    }
    /**
     * One frozen copy of each distinct metadata-options value (same keys, same order, same values). A
     * fleet holds a handful of them (HttpTokens \u00d7 endpoint \u00d7 hop limit \u00d7 tags \u00d7 IPv6), and a copy per
     * record was ~8 MB of a 100,000-instance audit's live heap and as many objects for every full
     * collection to mark. Frozen, so a change meant for one instance cannot reach the others: a write
     * throws. Past INTERN_MAX distinct values, and when `m` holds its keys in another order than the
     * model's (the readers write them in it) or keys of its own, a record keeps its own object.
     */
    metadata(m) {
        const shared = this.sharedMetadata(m.httpTokens, m.httpPutResponseHopLimit, m.httpEndpoint, m.httpProtocolIpv6, m.instanceMetadataTags, m.state);
        return shared && sameKeys(shared, m) ? shared : m;
    }
    /**
     * The shared copy of the metadata options with these values (METADATA_KEYS' order, undefined =
     * absent), found by the values themselves: one map per key, no key text built per record; its keys
     * are in that order, as both readers write them. Undefined for a value first seen past the bound.
     */
    sharedMetadata(httpTokens, hop, httpEndpoint, httpProtocolIpv6, instanceMetadataTags, state) {
        // Past the bound no level is made either: a new value finds nothing and keeps its own object.
        const make = this.metadataCount < INTERN_MAX;
        // Map keys compare -0 and 0 as one; a hop limit of -0 is its own value (Object.is).
        let at = metadataLevel(this.metadataCopies, httpTokens, make);
        if (at)
            at = metadataLevel(at, Object.is(hop, -0) ? NEG_ZERO : hop, make);
        if (at)
            at = metadataLevel(at, httpEndpoint, make);
        if (at)
            at = metadataLevel(at, httpProtocolIpv6, make);
        if (at)
            at = metadataLevel(at, instanceMetadataTags, make);
        if (!at)
            return undefined;
        const hit = at.get(state);
        if (hit !== undefined || !make)
            return hit;
        const out = metadataObject([httpTokens, hop, httpEndpoint, httpProtocolIpv6, instanceMetadataTags, state], (v) => this.s(v));
        const shared = Object.freeze(out);
        at.set(state, shared);
        this.metadataCount++;
        return shared;
    }
}
/** Metadata options from their values in METADATA_KEYS' order (undefined = absent), strings through `str`. */
function metadataObject(values, str) {
    const out = {};
    METADATA_KEYS.forEach((k, n) => {
        const v = values[n];
        if (v !== undefined)
            out[k] = typeof v === 'string' ? str(v) : v;
    });
    return out;
}
/** The same keys in the same order (what JSON.stringify writes them in). */
function sameKeys(a, b) {
    const x = Object.keys(a);
    const y = Object.keys(b);
    return x.length === y.length && x.every((k, n) => k === y[n]);
}
/** The level below `at` for the value `v`; made when it is the first and `make` allows. */
function metadataLevel(at, v, make) {
    let next = at.get(v);
    if (next === undefined && make) {
        next = new Map();
        at.set(v, next);
    }
    return next;
}
/** `Interner.sharedMetadata`'s key for a hop limit of -0. */
const NEG_ZERO = Symbol('-0');
/** The string fields of a record, in the order `ints` holds them. */
const FIXED = [
    'instanceId',
    'accountId',
    'region',
    'state',
    'instanceType',
    'platform',
    'launchTime',
    'imageId',
    'vpcId',
    'instanceProfileArn',
];
/** The metadata fields, in the model's key order (mapping.ts fromSdkMetadata); the hop limit is a number. */
const METADATA_KEYS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
    'state',
];
const HOP = 'httpPutResponseHopLimit';
/**
 * Builds a packed page a record at a time: from records (`add`) or straight from the reader's drafts
 * (`addDraft`, what a worker does: no record object is built only to be taken apart again). Both write
 * exactly what the other would for the same instance.
 */
class Packer {
    strings = [];
    at = new Map();
    ints = [];
    hops = [];
    count = 0;
    /** A value that repeats across records: stored once in the page's table. */
    index(s) {
        if (s === undefined)
            return -1;
        let n = this.at.get(s);
        if (n === undefined) {
            n = this.strings.length;
            this.strings.push(s);
            this.at.set(s, n);
        }
        return n;
    }
    /** A value nearly always the record's own (id, launch time, Name): stored without a table lookup. */
    unique(s) {
        if (s === undefined)
            return -1;
        this.strings.push(s);
        return this.strings.length - 1;
    }
    /** publicIp, the hop limit, then the tags (FIXED and the metadata strings written before). */
    rest(publicIp, hop, tags) {
        const ints = this.ints;
        ints.push(publicIp ? 1 : 0);
        this.hops.push(typeof hop === 'number' ? hop : 0, typeof hop === 'number' ? 1 : 0);
        const keys = Object.keys(tags);
        ints.push(keys.length);
        for (const k of keys)
            ints.push(this.index(k), k === 'Name' ? this.unique(tags[k]) : this.index(tags[k]));
        this.count++;
    }
    add(i) {
        const ints = this.ints;
        for (const f of FIXED)
            ints.push(f === 'instanceId' || f === 'launchTime' ? this.unique(i[f]) : this.index(i[f]));
        const m = i.metadata;
        for (const k of METADATA_KEYS)
            if (k !== HOP)
                ints.push(this.index(m[k]));
        this.rest(i.publicIp, m[HOP], i.tags);
    }
    /** The record describe-instances-xml.ts `record` would build from `d`, packed as `add` packs it. */
    addDraft(d, accountId, region) {
        const f = d.fields;
        this.ints.push(this.unique(f[F.instanceId] ?? ''), this.index(accountId), this.index(region), this.index(d.state ?? 'unknown'), this.index(f[F.instanceType]), this.index(f[F.platformDetails] ?? f[F.platform]), this.unique(launchIso(f[F.launchTime])), this.index(f[F.imageId]), this.index(f[F.vpcId]), this.index(d.profileArn));
        // The metadata values in METADATA_KEYS' order (the reader's), the hop limit apart.
        const m = d.metadata;
        for (let n = 0; n < METADATA_KEYS.length; n++)
            if (n !== HOP_LIMIT)
                this.ints.push(this.index(m[n]));
        const hop = m[HOP_LIMIT];
        this.rest(Boolean(f[F.ipAddress]), hop === undefined || hop === '' ? undefined : Number(hop), d.tags);
    }
    finish(nextToken) {
        const packed = {
            strings: this.strings,
            ints: Int32Array.from(this.ints),
            hops: Float64Array.from(this.hops),
            count: this.count,
        };
        if (nextToken !== undefined)
            packed.nextToken = nextToken;
        return packed;
    }
}
function packPage(page) {
    const packer = new Packer();
    for (const i of page.instances)
        packer.add(i);
    return packer.finish(page.nextToken);
}
/**
 * A raw DescribeInstances body (whole, or in the pieces it was decoded in) \u2192 its packed page, equal to
 * `packPage(recordsFromXml(\u2026))` without the records in between (what a parse worker posts). Values are
 * not copied out of the page: the packed page is cloned when posted.
 */
function packedFromXml(xml, accountId, region, windows = WINDOWS) {
    return readWhole(xml, (text) => {
        const packer = new Packer();
        const nextToken = readDrafts(text, accountId, false, (d, owner) => packer.addDraft(d, owner, region), windows);
        // recordsFromXml keeps a next token only when it is not empty.
        return packer.finish(nextToken || undefined);
    });
}
/**
 * The records of a packed page, exactly as the worker had them (same keys, same order, same values),
 * their repeated strings taken from `interner` as `Interner.instance` would (the Name, the id and the
 * launch time stay the page's own).
 */
function unpackPage(p, interner) {
    const own = p.strings;
    const shared = new Array(own.length);
    const s = (n) => {
        if (n < 0)
            return undefined;
        let v = shared[n];
        if (v === undefined) {
            v = interner.s(own[n]);
            shared[n] = v;
        }
        return v;
    };
    const raw = (n) => (n < 0 ? undefined : own[n]);
    const ints = p.ints;
    const instances = [];
    let k = 0;
    for (let r = 0; r < p.count; r++) {
        const instanceId = raw(ints[k]) ?? '';
        const accountId = s(ints[k + 1]);
        const region = s(ints[k + 2]);
        const state = s(ints[k + 3]);
        const instanceType = s(ints[k + 4]);
        const platform = s(ints[k + 5]);
        const launchTime = raw(ints[k + 6]);
        const imageId = s(ints[k + 7]);
        const vpcId = s(ints[k + 8]);
        const instanceProfileArn = s(ints[k + 9]);
        k += FIXED.length;
        // The metadata values in METADATA_KEYS' order, the hop limit apart (Packer.add writes them so).
        const tokens = s(ints[k]);
        const hop = p.hops[2 * r + 1] === 1 ? p.hops[2 * r] : undefined;
        const endpoint = s(ints[k + 1]);
        const ipv6 = s(ints[k + 2]);
        const metadataTags = s(ints[k + 3]);
        const metadataState = s(ints[k + 4]);
        k += METADATA_KEYS.length - 1;
        const metadata = interner.sharedMetadata(tokens, hop, endpoint, ipv6, metadataTags, metadataState) ??
            metadataObject([tokens, hop, endpoint, ipv6, metadataTags, metadataState], (v) => v);
        const publicIp = ints[k++] === 1;
        const tagCount = ints[k++];
        const tags = {};
        for (let t = 0; t < tagCount; t++, k += 2) {
            const key = raw(ints[k]);
            tags[key] = (key === 'Name' ? raw(ints[k + 1]) : s(ints[k + 1]));
        }
        instances.push({
            instanceId,
            accountId,
            region,
            state,
            name: tags.Name,
            tags,
            instanceType,
            platform,
            launchTime,
            imageId,
            vpcId,
            publicIp,
            instanceProfileArn,
            metadata,
            launchTemplateId: tags['aws:ec2launchtemplate:id'],
            autoScalingGroup: tags['aws:autoscaling:groupName'],
        });
    }
    return p.nextToken === undefined ? { instances } : { instances, nextToken: p.nextToken };
}

;// CONCATENATED MODULE: ./lib/aws/scan/scan-worker.js
/**
 * A parse worker (parse-pool.ts): raw DescribeInstances bodies in, packed Instance records out. No
 * credentials, no network: the calling thread makes the calls (retries, pacing, deadlines, call counts)
 * and only the parsing \u2014 most of a large scan's CPU \u2014 runs here. Bundled on its own by
 * scripts/build.sh (dist/scan-worker/index.js).
 */



external_node_worker_threads_namespaceObject.parentPort?.on('message', (m) => {
    try {
        const text = decodeParts(m.body);
        releaseChunks(m.body);
        // Packed (a string table and typed arrays, transferred): far cheaper to hand over than 1,000
        // structured-cloned records (records.ts PackedPage).
        // Straight from the reader's drafts: no record object is built only to be taken apart again.
        const packed = packedFromXml(text, m.accountId, m.region);
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: m.id, packed }, [packed.ints.buffer, packed.hops.buffer]);
    }
    catch (e) {
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
});

