import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./lib/aws/page-bytes.js
/**
 * A DescribeInstances body as the chunks it arrived in (the HTTP response's reads, ~64 KB each), never
 * joined into one page-sized buffer: a page of 1,000 instances is megabytes, and glibc keeps freed
 * blocks of that size in its arenas. The chunks go to a parse worker by transfer (parse-pool.ts) and are
 * decoded there one by one.
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
 * The chunks as text: exactly `new TextDecoder().decode(whole body)` (U+FFFD for bytes that are not
 * UTF-8, as there), without joining the bytes. Each chunk is decoded on TextDecoder's one-shot path (a
 * string on V8's heap); a sequence split across two chunks is decoded from its own few bytes.
 */
function decodeChunks(chunks) {
    if (chunks.length === 1)
        return first.decode(chunks[0]);
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
    return parts.join('');
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

;// CONCATENATED MODULE: ./lib/aws/describe-instances-xml.js
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
                text += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
                at = end + 3;
            }
            else if (raw.startsWith('<!--', lt))
                at = raw.indexOf('-->', lt + 4) + 3;
            else
                at = raw.indexOf('?>', lt + 2) + 2; // <?\u2026?>
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
/** The metadata fields read, in the model's key order (mapping.ts fromSdkMetadata). */
const METADATA_FIELDS = [
    'httpTokens',
    'httpPutResponseHopLimit',
    'httpEndpoint',
    'httpProtocolIpv6',
    'instanceMetadataTags',
    'state',
];
/** The instance's own leaf elements that a record keeps. */
const INSTANCE_FIELDS = new Set([
    'instanceId',
    'instanceType',
    'platform',
    'platformDetails',
    'launchTime',
    'imageId',
    'vpcId',
    'ipAddress',
]);
function record(d, accountId, region) {
    const f = d.fields;
    const tags = d.tags;
    const metadata = {};
    for (const k of METADATA_FIELDS) {
        const v = d.metadata[k];
        if (v === undefined)
            continue;
        if (k === 'httpPutResponseHopLimit') {
            if (v !== '')
                metadata[k] = Number(v);
        }
        else
            metadata[k] = v;
    }
    const launch = f.launchTime;
    return {
        instanceId: f.instanceId ?? '',
        accountId,
        region,
        state: d.state ?? 'unknown',
        name: tags.Name,
        tags,
        instanceType: f.instanceType,
        platform: f.platformDetails ?? f.platform,
        launchTime: launch === undefined ? undefined : new Date(launch).toISOString(),
        imageId: f.imageId,
        vpcId: f.vpcId,
        publicIp: Boolean(f.ipAddress),
        instanceProfileArn: d.profileArn,
        metadata: metadata,
        launchTemplateId: tags['aws:ec2launchtemplate:id'],
        autoScalingGroup: tags['aws:autoscaling:groupName'],
    };
}
/** The raw body of a DescribeInstances response \u2192 records (the same as toInstance over the SDK's output). */
function recordsFromXml(xml, accountId, region) {
    const instances = [];
    let nextToken;
    // Where we are: the names of the open elements, outermost first.
    const stack = [];
    let sawRoot = false;
    // The reservation's owner and instances (its ownerId may come after its instancesSet).
    let owner;
    let reservation = [];
    let draft;
    // Content start of the innermost open element while it has no child element (a leaf so far).
    let leafFrom = -1;
    let pos = 0;
    const fail = (what) => {
        throw new Error(`DescribeInstances: unexpected response body (${what})`);
    };
    /**
     * A leaf closed at `depth`, its raw content at xml[from, to): its text is read (and copied, below)
     * only when it is one of a record's elements.
     */
    const text = (from, to) => (from < 0 ? '' : own(leafText(xml.slice(from, to))));
    const leaf = (depth, name, from, to) => {
        if (depth === 1 && name === 'nextToken')
            nextToken = text(from, to);
        else if (depth === 3 && name === 'ownerId' && stack[1] === 'reservationSet')
            owner = text(from, to);
        if (!draft)
            return;
        if (depth === 5) {
            if (INSTANCE_FIELDS.has(name) && !(name in draft.fields))
                draft.fields[name] = text(from, to);
        }
        else if (depth === 6) {
            const parent = stack[5];
            if (parent === 'instanceState' && name === 'name')
                draft.state ??= text(from, to);
            else if (parent === 'iamInstanceProfile' && name === 'arn')
                draft.profileArn ??= text(from, to);
            else if (parent === 'metadataOptions' && METADATA_FIELDS.includes(name))
                draft.metadata[name] ??= text(from, to);
        }
        else if (depth === 7 && stack[5] === 'tagSet' && stack[6] === 'item') {
            if (name === 'key')
                draft.tagKey ??= text(from, to);
            else if (name === 'value')
                draft.tagValue ??= text(from, to);
        }
    };
    const open = (depth, name) => {
        if (depth === 0) {
            if (name !== 'DescribeInstancesResponse')
                fail(`root <${name}>`);
            sawRoot = true;
        }
        else if (depth === 2 && name === 'item' && stack[1] === 'reservationSet') {
            owner = undefined;
            reservation = [];
        }
        else if (depth === 4 &&
            name === 'item' &&
            stack[3] === 'instancesSet' &&
            stack[1] === 'reservationSet') {
            draft = { fields: {}, metadata: {}, tags: {} };
        }
        else if (depth === 6 && name === 'item' && draft && stack[5] === 'tagSet') {
            draft.tagKey = undefined;
            draft.tagValue = undefined;
        }
    };
    const close = (depth, name) => {
        if (depth === 6 && name === 'item' && draft && stack[5] === 'tagSet') {
            if (draft.tagKey !== undefined)
                draft.tags[draft.tagKey] = draft.tagValue ?? '';
        }
        else if (depth === 4 && draft && name === 'item' && stack[3] === 'instancesSet') {
            reservation.push(draft);
            draft = undefined;
        }
        else if (depth === 2 && name === 'item' && stack[1] === 'reservationSet') {
            for (const d of reservation)
                instances.push(record(d, owner ?? accountId, region));
            reservation = [];
        }
    };
    for (;;) {
        const lt = xml.indexOf('<', pos);
        if (lt < 0)
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
            const gt = xml.indexOf('>', lt + 2);
            if (gt < 0)
                fail('unclosed tag');
            const depth = stack.length - 1;
            // `</name>` exactly as opened: compared in place (no slice); anything else as parseXML reads it.
            const name = depth >= 0 ? stack[depth] : '';
            if (depth < 0 || gt !== lt + 2 + name.length || !xml.startsWith(name, lt + 2)) {
                const written = xml.slice(lt + 2, gt).trim();
                if (written !== name || depth < 0)
                    fail(`mismatched </${written}>`);
            }
            if (leafFrom >= 0)
                leaf(depth, name, leafFrom, lt);
            close(depth, name);
            stack.pop();
            leafFrom = -1;
            pos = gt + 1;
            // The root closed: what follows is not read (parseXML stops there too).
            if (stack.length === 0)
                break;
            continue;
        }
        // An opening tag: its name, then (rarely: the root's xmlns) attributes, quoted values skipped.
        let end = lt + 1;
        for (; end < xml.length; end++) {
            const ch = xml.charCodeAt(end);
            if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13)
                break;
        }
        const name = xml.slice(lt + 1, end);
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
                fail(`'/' inside <${name}>`);
            else
                gt++;
        }
        if (gt >= xml.length)
            fail('unclosed tag');
        if (!name)
            fail('empty tag name');
        const depth = stack.length;
        open(depth, name);
        if (xml.charCodeAt(gt - 1) === 47 /* self-closing */) {
            stack.push(name);
            leaf(depth, name, -1, -1);
            close(depth, name);
            stack.pop();
            leafFrom = -1;
        }
        else {
            stack.push(name);
            leafFrom = gt + 1;
        }
        pos = gt + 1;
    }
    if (!sawRoot)
        fail('no root element');
    if (stack.length)
        fail(`missing closing tag </${stack[stack.length - 1]}>`);
    return nextToken ? { instances, nextToken } : { instances };
}

;// CONCATENATED MODULE: ./lib/aws/records.js

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
        const m = i.metadata;
        for (const k of Object.keys(m))
            if (typeof m[k] === 'string')
                m[k] = this.s(m[k]);
        return i;
    }
}

;// CONCATENATED MODULE: ./lib/aws/scan-worker.js
/**
 * A parse worker (parse-pool.ts): raw DescribeInstances bodies in, compact Instance records out. No
 * credentials, no network: the calling thread makes the calls (retries, pacing, deadlines, call counts)
 * and only the parsing \u2014 most of a large scan's CPU \u2014 runs here. Bundled on its own by
 * scripts/build.sh (dist/scan-worker/index.js).
 */



external_node_worker_threads_namespaceObject.parentPort?.on('message', (m) => {
    try {
        const text = decodeChunks(m.body);
        releaseChunks(m.body);
        const page = recordsFromXml(text, m.accountId, m.region);
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: m.id, page });
    }
    catch (e) {
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
});

