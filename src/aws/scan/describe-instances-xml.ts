/**
 * A DescribeInstances response body → the model's Instance records, in one pass over the XML text
 * with `indexOf`, reading only the ~15 elements a record holds.
 *
 * Written here rather than taken from a library, and why: the SDK's own parser (`parseXML` of
 * @aws-sdk/xml-builder) builds an object tree of every element — ~60 members an instance, block
 * devices, network interfaces — one character at a time; on a 100,000-instance scan that was ~80 µs
 * an instance, most of the scan's CPU. Streaming XML parsers on npm (sax, saxes, txml) still hand
 * every element and text node to JavaScript callbacks. This reader visits every tag too (to track
 * where it is), but holds no element name as a string: depth is an integer, each open element's kind a
 * small integer decided from its name compared in place, and text is copied only for the elements it
 * keeps (1.27 s against 1.85 s for slicing and stacking every name, on the 183 MB of the speed
 * bench's 17-region pages, medians of 5).
 *
 * It reproduces what `parseXML` + records.ts's reading of its tree give, value for value
 * (test/aws/workers.test.ts compares them on the emulator's pages, hostile tags included, and on
 * randomly damaged XML): `\r\n` read as `\n`; the entities and numeric references `parseXML` decodes,
 * the same way (`String.fromCharCode`); CDATA kept raw; comments and processing instructions
 * skipped; a value of only whitespace with a newline read as empty; nothing read after the root
 * element closes. Mismatched or unclosed tags, and text before the root, throw, as the SDK does.
 */
import type { Instance, MetadataOptions } from '../../model/types.js';

/** One page: its instances (every reservation's) and the token of the next page. */
export interface PageRecords {
  instances: Instance[];
  nextToken?: string;
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  const t = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  if (!t.includes('&')) return t;
  return t.replace(ENTITY, (_, hex: string, dec: string, named: string) => {
    if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
    if (dec) return String.fromCharCode(Number.parseInt(dec, 10));
    return NAMED[named] ?? '';
  });
}

/** The text of a leaf element from its raw content (between `>` and `</`), as parseXML reads it. */
function leafText(raw: string): string {
  let text: string;
  if (!raw.includes('<')) text = decode(raw);
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
        if (end < 0) fail('unclosed CDATA');
        text += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
        at = end + 3;
      } else if (raw.startsWith('<!--', lt)) {
        const end = raw.indexOf('-->', lt + 4);
        if (end < 0) fail('unclosed comment');
        at = end + 3;
      } else if (raw.startsWith('<?', lt)) {
        const end = raw.indexOf('?>', lt + 2);
        if (end < 0) fail('unclosed processing instruction');
        at = end + 2;
      } else fail('an element or declaration inside a value'); // a value is text, never markup
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
function own(s: string): string {
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
] as const;

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
] as const;

/**
 * What an open element is, as a small integer, decided once when it opens from its depth, its parent's
 * kind and its name (compared in place, no slice): the reader never holds element names as strings.
 */
const OTHER = 0;
const RESERVATION_SET = 1; // depth 1
const NEXT_TOKEN = 2; // depth 1
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
const AT_DEPTH_5: Array<Array<[string, number]> | undefined> = [];
for (const [name, k] of [
  ...INSTANCE_FIELDS.map((name, n): [string, number] => [name, FIELD + n]),
  ['tagSet', TAG_SET],
  ['metadataOptions', METADATA],
  ['instanceState', INSTANCE_STATE],
  ['iamInstanceProfile', PROFILE],
] as Array<[string, number]>) {
  const list = AT_DEPTH_5[name.length] ?? [];
  list.push([name, k]);
  AT_DEPTH_5[name.length] = list;
}

/** The name at xml[from, from + len) is `name`. */
const named = (xml: string, from: number, len: number, name: string) =>
  len === name.length && xml.startsWith(name, from);

function indexIn(list: readonly string[], xml: string, from: number, len: number): number {
  for (let k = 0; k < list.length; k++) if (named(xml, from, len, list[k])) return k;
  return -1;
}

/** Where a field's value is in `Draft.fields` (INSTANCE_FIELDS order). */
export const F = {
  instanceId: 0,
  instanceType: 1,
  platform: 2,
  platformDetails: 3,
  launchTime: 4,
  imageId: 5,
  vpcId: 6,
  ipAddress: 7,
} as const;
/** Where a metadata option's value is in `Draft.metadata` (METADATA_OPTION_ELEMENTS order). */
export const HOP_LIMIT = 1;

/**
 * An instance's elements as read, before it becomes a record (`record`) or a packed row (records.ts):
 * the first value of each element kept, by position (slots of one shape, not keyed objects: the reader
 * fills ~15 a record).
 */
export class Draft {
  /** INSTANCE_FIELDS' values (`F`). */
  readonly fields: (string | undefined)[] = [
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
  readonly metadata: (string | undefined)[] = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ];
  state: string | undefined = undefined;
  profileArn: string | undefined = undefined;
  readonly tags: Record<string, string> = {};
  tagKey: string | undefined = undefined;
  tagValue: string | undefined = undefined;
}

/**
 * A launch time already as `toISOString` writes it, in a range where Date reads it unchanged (days 29–31
 * may roll into the next month: those go through Date).
 */
const ISO_AS_WRITTEN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * The record's launch time: the element's value as ISO 8601 (a value Date cannot read throws). EC2
 * writes it as `toISOString` would: such a value is kept as it is (parsing and writing a Date per
 * instance was a tenth of a worker's time).
 */
export function launchIso(launch: string | undefined): string | undefined {
  if (launch === undefined) return undefined;
  return ISO_AS_WRITTEN.test(launch) ? launch : new Date(launch).toISOString();
}

/** Receives each instance of a page, with the account that owns its reservation. */
export type DraftSink = (d: Draft, accountId: string) => void;

function record(d: Draft, accountId: string, region: string): Instance {
  const f = d.fields;
  const tags = d.tags;
  const metadata: Record<string, unknown> = {};
  METADATA_OPTION_ELEMENTS.forEach((k, n) => {
    const v = d.metadata[n];
    if (v === undefined) return;
    if (n === HOP_LIMIT) {
      if (v !== '') metadata[k] = Number(v);
    } else metadata[k] = v;
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
    metadata: metadata as MetadataOptions,
    launchTemplateId: tags['aws:ec2launchtemplate:id'],
    autoScalingGroup: tags['aws:autoscaling:groupName'],
  };
}

/**
 * What the reader knows of the page so far. Its steps are methods rather than closures in
 * recordsFromXml: a closure that reads `xml` would move that variable out of the reading loop's
 * registers into a heap context, and every character the loop reads would load it from there (the
 * reader took ~3× as long).
 */
class PageReader {
  nextToken: string | undefined;
  /** Per open element, outermost first: its kind. */
  readonly kind: number[] = [];
  // The reservation's owner and instances (its ownerId may come after its instancesSet).
  owner: string | undefined;
  reservation: Draft[] = [];
  draft: Draft | undefined;

  /** The window being read (readWindow). */
  xml = '';

  constructor(
    private readonly accountId: string,
    private readonly copy: boolean,
    private readonly sink: DraftSink,
  ) {}

  /** The kind of an element opening at `depth`, its name at xml[from, from + len). */
  kindOf(depth: number, from: number, len: number): number {
    const xml = this.xml;
    const kind = this.kind;
    switch (depth) {
      case 1:
        if (named(xml, from, len, 'reservationSet')) return RESERVATION_SET;
        return named(xml, from, len, 'nextToken') ? NEXT_TOKEN : OTHER;
      case 2:
        return kind[1] === RESERVATION_SET && named(xml, from, len, 'item') ? RESERVATION : OTHER;
      case 3:
        if (kind[1] !== RESERVATION_SET) return OTHER;
        if (named(xml, from, len, 'ownerId')) return OWNER_ID;
        return named(xml, from, len, 'instancesSet') ? INSTANCES_SET : OTHER;
      case 4:
        return kind[3] === INSTANCES_SET && named(xml, from, len, 'item') ? INSTANCE : OTHER;
      case 5: {
        // An instance's ~35 children, ~12 of them read: only the names of this length are compared.
        const names = this.draft && len < AT_DEPTH_5.length ? AT_DEPTH_5[len] : undefined;
        if (names) for (const [name, k] of names) if (xml.startsWith(name, from)) return k;
        return OTHER;
      }
      case 6: {
        const parent = kind[5];
        if (parent === TAG_SET) return named(xml, from, len, 'item') ? TAG : OTHER;
        if (parent === INSTANCE_STATE) return named(xml, from, len, 'name') ? STATE_NAME : OTHER;
        if (parent === PROFILE) return named(xml, from, len, 'arn') ? PROFILE_ARN : OTHER;
        if (parent !== METADATA) return OTHER;
        const k = indexIn(METADATA_OPTION_ELEMENTS, xml, from, len);
        return k >= 0 ? METADATA_FIELD + k : OTHER;
      }
      case 7:
        if (kind[5] !== TAG_SET || kind[6] !== TAG) return OTHER;
        if (named(xml, from, len, 'key')) return TAG_KEY;
        return named(xml, from, len, 'value') ? TAG_VALUE : OTHER;
      default:
        return OTHER;
    }
  }

  /** The text of a leaf, its raw content at xml[from, to) (a copy: see `own`). */
  private text(from: number, to: number): string {
    if (from < 0) return '';
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
  leaf(k: number, from: number, to: number): void {
    if (k === OTHER) return;
    if (k === NEXT_TOKEN) this.nextToken = this.text(from, to);
    else if (k === OWNER_ID) this.owner = this.text(from, to);
    const draft = this.draft;
    if (!draft) return;
    if (k >= METADATA_FIELD) draft.metadata[k - METADATA_FIELD] ??= this.text(from, to);
    else if (k >= FIELD) draft.fields[k - FIELD] ??= this.text(from, to);
    else if (k === STATE_NAME) draft.state ??= this.text(from, to);
    else if (k === PROFILE_ARN) draft.profileArn ??= this.text(from, to);
    else if (k === TAG_KEY) draft.tagKey ??= this.text(from, to);
    else if (k === TAG_VALUE) draft.tagValue ??= this.text(from, to);
  }

  open(k: number): void {
    if (k === RESERVATION) {
      this.owner = undefined;
      this.reservation = [];
    } else if (k === INSTANCE) {
      if (this.kind[1] === RESERVATION_SET) this.draft = new Draft();
    } else if (k === TAG && this.draft) {
      this.draft.tagKey = undefined;
      this.draft.tagValue = undefined;
    }
  }

  close(k: number): void {
    const draft = this.draft;
    if (k === TAG && draft) {
      if (draft.tagKey !== undefined) draft.tags[draft.tagKey] = draft.tagValue ?? '';
    } else if (k === INSTANCE && draft) {
      this.reservation.push(draft);
      this.draft = undefined;
    } else if (k === RESERVATION) {
      const owner = this.owner ?? this.accountId;
      for (const d of this.reservation) this.sink(d, owner);
      this.reservation = [];
    }
  }
}

function fail(what: string): never {
  throw new Error(`DescribeInstances: unexpected response body (${what})`);
}

/**
 * The raw body of a DescribeInstances response (whole, or in the pieces it was decoded in) → records
 * (the same as toInstance over the SDK's output).
 */
export function recordsFromXml(
  xml: BodyText,
  accountId: string,
  region: string,
  /**
   * Copy each value out of the page (`own`), so records kept for the run do not keep their page.
   * false only where the records die with the page.
   */
  copy = true,
  windows: Windows = WINDOWS,
): PageRecords {
  return readWhole(xml, (text) => {
    const instances: Instance[] = [];
    const nextToken = readDrafts(
      text,
      accountId,
      copy,
      (d, owner) => instances.push(record(d, owner, region)),
      windows,
    );
    return nextToken ? { instances, nextToken } : { instances };
  });
}

/** A body's text: whole, or as the pieces it was decoded in (page-bytes.ts `decodeParts`), in order. */
export type BodyText = string | readonly string[];

/**
 * How a body given in pieces is read: a window at a time, each at least `window` characters (the
 * pieces, and what the last window left, joined), read up to `margin` characters before its end; the
 * rest goes into the next window. A page joined whole is one string of ~800 KB, and V8 gives every
 * string over 128 KB pages of its own, mapped fresh and given back when it is collected: ~45,000 of
 * the ~145,000 page faults of a 100,000-instance audit. Windows stay in the young generation, whose
 * pages are reused (the 183 MB of the speed bench's pages, decoded and read: 0.84 s of CPU in windows
 * against 0.93 s joined; scripts/bench/parse.ts --chunks).
 */
export interface Windows {
  window: number;
  margin: number;
}
export const WINDOWS: Windows = { window: 32 * 1024, margin: 4 * 1024 };

/**
 * A window ended inside a construct it could not carry on with (a tag, comment or CDATA section
 * longer than the margin, or a body that is not XML there): the body is read again whole
 * (`readWhole`), which reads it or refuses it exactly as before.
 */
export class WindowCut extends Error {}

/**
 * `read` on the body; when it is in pieces and a window cut a construct (`WindowCut`), `read` again on
 * the pieces joined. `read` starts afresh each time (its drafts so far are dropped).
 */
export function readWhole<T>(text: BodyText, read: (text: BodyText) => T): T {
  if (typeof text === 'string' || text.length < 2) return read(text);
  try {
    return read(text);
  } catch (e) {
    if (e instanceof WindowCut) return read(text.join(''));
    throw e;
  }
}

/** Where the reader is in a body read in windows: its open elements and its position in the window. */
class Cursor {
  /** Per open element, outermost first: where its name starts in the window and its length. */
  readonly nameAt: number[] = [];
  readonly nameLen: number[] = [];
  /** An open element's name, once its window is gone (its nameAt is then -1). */
  readonly names: string[] = [];
  top = 0;
  sawRoot = false;
  /** Content start of the innermost open element while it has no child element (a leaf so far). */
  leafFrom = -1;
  pos = 0;
  /** The root element closed: nothing after it is read. */
  done = false;

  /** The name of the open element at `depth`. */
  name(xml: string, depth: number): string {
    const at = this.nameAt[depth];
    return at < 0 ? this.names[depth] : xml.slice(at, at + this.nameLen[depth]);
  }

  /**
   * A window's reading stops at `pos`: the next window starts there, or at the content of an open leaf
   * the reader keeps (an open element of another kind reads none of its content: its start is dropped).
   * Moves the cursor to the next window's terms; returns where that window starts in `xml`.
   */
  leave(xml: string, kind: readonly number[], leafFrom: number, pos: number): number {
    let keep = pos;
    let leaf = leafFrom;
    if (leaf >= 0) {
      if (readsText(kind[this.top - 1])) keep = Math.min(keep, leaf);
      else leaf = -1;
    }
    const { nameAt, nameLen, names } = this;
    for (let d = 0; d < this.top; d++) {
      if (nameAt[d] >= keep) nameAt[d] -= keep;
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
function readsText(k: number): boolean {
  return k === NEXT_TOKEN || k === OWNER_ID || (k >= STATE_NAME && k !== TAG);
}

/**
 * Reads a DescribeInstances body, handing each instance's draft to `sink` (in document order, a
 * reservation's instances when it closes); returns the page's next token. `copy`: copy each value out
 * of the page (`own`); false only where the values die with the page (a parse worker packs them and
 * posts copies). A body in pieces is read in windows (`Windows`) and may throw `WindowCut`: call it
 * through `readWhole`.
 */
export function readDrafts(
  text: BodyText,
  accountId: string,
  copy: boolean,
  sink: DraftSink,
  windows: Windows = WINDOWS,
): string | undefined {
  const reader = new PageReader(accountId, copy, sink);
  const at = new Cursor();
  let xml: string;
  if (typeof text === 'string' || text.length < 2) {
    // Whole, or a body of one piece (or none: an empty body).
    xml = typeof text === 'string' ? text : (text[0] ?? '');
    readWindow(reader, at, xml, Number.POSITIVE_INFINITY);
  } else {
    xml = '';
    let next = 0;
    for (;;) {
      // What the last window left, and pieces until the window is long enough (at least one, so every
      // window reads further into the body), joined: `join` makes one flat string, where `+` would make
      // a rope that every character the loop reads goes through.
      const pieces = [xml];
      let length = xml.length;
      do length += pieces[pieces.push(text[next++]) - 1].length;
      while (next < text.length && length < windows.window);
      xml = pieces.length === 2 && pieces[0] === '' ? pieces[1] : pieces.join('');
      const final = next >= text.length;
      if (final) {
        readWindow(reader, at, xml, Number.POSITIVE_INFINITY);
        break;
      }
      let keep: number;
      try {
        keep = readWindow(reader, at, xml, Math.max(0, xml.length - windows.margin));
      } catch {
        throw new WindowCut();
      }
      if (at.done) break;
      xml = xml.slice(keep);
    }
  }
  if (!at.sawRoot) fail('no root element');
  if (at.top) fail(`missing closing tag </${at.name(xml, at.top - 1)}>`);
  return reader.nextToken;
}

/**
 * Reads `xml` from the cursor. `limit` infinite: the body's last window, read to its end. Otherwise a
 * tag starting at or past `limit` is left for the next window: returns where that window starts in
 * this one (from there on everything not yet read, and the content of an open leaf the reader keeps),
 * the cursor moved there; -1 once the root element closed (`at.done`) or the body is read.
 */
function readWindow(reader: PageReader, at: Cursor, xml: string, limit: number): number {
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
    if (lt < 0 || lt >= stop) break;
    // Before the root element only markup and whitespace may stand (parseXML refuses other text).
    if (!sawRoot && xml.slice(pos, lt).trim() !== '') fail('text before the root element');
    const c = xml.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) pos = xml.indexOf('-->', lt + 4) + 3;
      else if (xml.startsWith('<![CDATA[', lt)) pos = xml.indexOf(']]>', lt + 9) + 3;
      else pos = xml.indexOf('>', lt + 2) + 1; // <!DOCTYPE …> (parseXML skips it too)
      if (pos <= 2) fail('unclosed comment, CDATA or DOCTYPE');
      continue;
    }
    if (c === 63 /* ? */) {
      pos = xml.indexOf('?>', lt + 2) + 2;
      if (pos < 2) fail('unclosed processing instruction');
      continue;
    }
    if (c === 47 /* / */) {
      const depth = top - 1;
      // `</name>` exactly as opened: compared in place (no slice, no search for its `>`); anything
      // else as parseXML reads it.
      let gt = depth < 0 ? -1 : lt + 2 + nameLen[depth];
      if (
        gt < 0 ||
        xml.charCodeAt(gt) !== 62 ||
        !(nameAt[depth] >= 0
          ? sameName(xml, nameAt[depth], lt + 2, nameLen[depth])
          : xml.startsWith(names[depth], lt + 2))
      )
        gt = closingTag(xml, lt, depth < 0 ? '' : at.name(xml, depth));
      const k = kind[depth];
      if (k !== OTHER) {
        if (leafFrom >= 0) reader.leaf(k, leafFrom, lt);
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
      while (ch > 62) ch = xml.charCodeAt(++end);
      if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13 || Number.isNaN(ch))
        break;
      end++;
    }
    let gt = end;
    while (gt < xml.length && xml.charCodeAt(gt) !== 62) {
      const ch = xml.charCodeAt(gt);
      if (ch === 34 || ch === 39) {
        const q = xml.indexOf(ch === 34 ? '"' : "'", gt + 1);
        if (q < 0) fail('unclosed attribute value');
        gt = q + 1;
      } else if (ch === 47 && xml.charCodeAt(gt + 1) !== 62) fail(`'/' inside <${xml.slice(lt + 1, end)}>`);
      else gt++;
    }
    if (gt >= xml.length) fail('unclosed tag');
    const from = lt + 1;
    const len = end - from;
    if (len === 0) fail('empty tag name');
    const depth = top;
    if (depth === 0) {
      if (!named(xml, from, len, 'DescribeInstancesResponse')) fail(`root <${xml.slice(from, end)}>`);
      sawRoot = true;
    }
    // Below depth 5 an element inside one the records do not read is not read either (most of a
    // page: block devices, network interfaces…): no call to decide it.
    const k = depth > 5 && kind[depth - 1] === OTHER ? OTHER : reader.kindOf(depth, from, len);
    nameAt[depth] = from;
    nameLen[depth] = len;
    kind[depth] = k;
    if (k !== OTHER) reader.open(k);
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
    if (
      next > 0 &&
      xml.charCodeAt(next + 1) === 47 &&
      xml.charCodeAt(close) === 62 &&
      sameName(xml, from, next + 2, len)
    ) {
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
function closingTag(xml: string, lt: number, name: string): number {
  const gt = xml.indexOf('>', lt + 2);
  if (gt < 0) fail('unclosed tag');
  const written = xml.slice(lt + 2, gt).trim();
  if (name === '' || written !== name) fail(`mismatched </${written}>`);
  return gt;
}

/** xml[a, a + len) and xml[b, b + len) hold the same characters. */
function sameName(xml: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (xml.charCodeAt(a + i) !== xml.charCodeAt(b + i)) return false;
  return true;
}
