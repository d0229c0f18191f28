/**
 * A DescribeInstances response body → the model's Instance records, in one pass over the XML text
 * with `indexOf`, reading only the ~15 elements a record holds.
 *
 * Written here rather than taken from a library, and why: the SDK's own parser (`parseXML` of
 * @aws-sdk/xml-builder) builds an object tree of every element — ~60 members an instance, block
 * devices, network interfaces — one character at a time; on a 100,000-instance scan that was ~80 µs
 * an instance, most of the scan's CPU. Streaming XML parsers on npm (sax, saxes, txml) still hand
 * every element and text node to JavaScript callbacks. This reader visits every tag too (to track
 * where it is), but copies text only for the elements it keeps.
 *
 * It reproduces what `parseXML` + records.ts's reading of its tree give, value for value
 * (test/aws/workers.test.ts compares them on the emulator's pages, hostile tags included, and on
 * randomly damaged XML): `\r\n` read as `\n`; the entities and numeric references `parseXML` decodes,
 * the same way (`String.fromCharCode`); CDATA kept raw; comments and processing instructions
 * skipped; a value of only whitespace with a newline read as empty; nothing read after the root
 * element closes. Mismatched or unclosed tags, and text before the root, throw, as the SDK does.
 */
import type { Instance, MetadataOptions } from '../model/types.js';

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
        text += raw.slice(lt + 9, end).replace(/\r\n?/g, '\n');
        at = end + 3;
      } else if (raw.startsWith('<!--', lt)) at = raw.indexOf('-->', lt + 4) + 3;
      else at = raw.indexOf('?>', lt + 2) + 2; // <?…?>
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

/** The metadata fields read, in the model's key order (mapping.ts fromSdkMetadata). */
const METADATA_FIELDS = [
  'httpTokens',
  'httpPutResponseHopLimit',
  'httpEndpoint',
  'httpProtocolIpv6',
  'instanceMetadataTags',
  'state',
] as const;
type MetadataField = (typeof METADATA_FIELDS)[number];

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

interface Draft {
  fields: Record<string, string>;
  state?: string;
  profileArn?: string;
  metadata: Partial<Record<MetadataField, string>>;
  tags: Record<string, string>;
  tagKey?: string;
  tagValue?: string;
}

function record(d: Draft, accountId: string, region: string): Instance {
  const f = d.fields;
  const tags = d.tags;
  const metadata: Record<string, unknown> = {};
  for (const k of METADATA_FIELDS) {
    const v = d.metadata[k];
    if (v === undefined) continue;
    if (k === 'httpPutResponseHopLimit') {
      if (v !== '') metadata[k] = Number(v);
    } else metadata[k] = v;
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
    metadata: metadata as MetadataOptions,
    launchTemplateId: tags['aws:ec2launchtemplate:id'],
    autoScalingGroup: tags['aws:autoscaling:groupName'],
  };
}

/** The raw body of a DescribeInstances response → records (the same as toInstance over the SDK's output). */
export function recordsFromXml(xml: string, accountId: string, region: string): PageRecords {
  const instances: Instance[] = [];
  let nextToken: string | undefined;
  // Where we are: the names of the open elements, outermost first.
  const stack: string[] = [];
  let sawRoot = false;
  // The reservation's owner and instances (its ownerId may come after its instancesSet).
  let owner: string | undefined;
  let reservation: Draft[] = [];
  let draft: Draft | undefined;
  // Content start of the innermost open element while it has no child element (a leaf so far).
  let leafFrom = -1;
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`DescribeInstances: unexpected response body (${what})`);
  };

  /**
   * A leaf closed at `depth`, its raw content at xml[from, to): its text is read (and copied, below)
   * only when it is one of a record's elements.
   */
  const text = (from: number, to: number) => (from < 0 ? '' : own(leafText(xml.slice(from, to))));
  const leaf = (depth: number, name: string, from: number, to: number) => {
    if (depth === 1 && name === 'nextToken') nextToken = text(from, to);
    else if (depth === 3 && name === 'ownerId' && stack[1] === 'reservationSet') owner = text(from, to);
    if (!draft) return;
    if (depth === 5) {
      if (INSTANCE_FIELDS.has(name) && !(name in draft.fields)) draft.fields[name] = text(from, to);
    } else if (depth === 6) {
      const parent = stack[5];
      if (parent === 'instanceState' && name === 'name') draft.state ??= text(from, to);
      else if (parent === 'iamInstanceProfile' && name === 'arn') draft.profileArn ??= text(from, to);
      else if (parent === 'metadataOptions' && (METADATA_FIELDS as readonly string[]).includes(name))
        draft.metadata[name as MetadataField] ??= text(from, to);
    } else if (depth === 7 && stack[5] === 'tagSet' && stack[6] === 'item') {
      if (name === 'key') draft.tagKey ??= text(from, to);
      else if (name === 'value') draft.tagValue ??= text(from, to);
    }
  };

  const open = (depth: number, name: string) => {
    if (depth === 0) {
      if (name !== 'DescribeInstancesResponse') fail(`root <${name}>`);
      sawRoot = true;
    } else if (depth === 2 && name === 'item' && stack[1] === 'reservationSet') {
      owner = undefined;
      reservation = [];
    } else if (
      depth === 4 &&
      name === 'item' &&
      stack[3] === 'instancesSet' &&
      stack[1] === 'reservationSet'
    ) {
      draft = { fields: {}, metadata: {}, tags: {} };
    } else if (depth === 6 && name === 'item' && draft && stack[5] === 'tagSet') {
      draft.tagKey = undefined;
      draft.tagValue = undefined;
    }
  };

  const close = (depth: number, name: string) => {
    if (depth === 6 && name === 'item' && draft && stack[5] === 'tagSet') {
      if (draft.tagKey !== undefined) draft.tags[draft.tagKey] = draft.tagValue ?? '';
    } else if (depth === 4 && draft && name === 'item' && stack[3] === 'instancesSet') {
      reservation.push(draft);
      draft = undefined;
    } else if (depth === 2 && name === 'item' && stack[1] === 'reservationSet') {
      for (const d of reservation) instances.push(record(d, owner ?? accountId, region));
      reservation = [];
    }
  };

  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) break;
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
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) fail('unclosed tag');
      const depth = stack.length - 1;
      // `</name>` exactly as opened: compared in place (no slice); anything else as parseXML reads it.
      const name = depth >= 0 ? stack[depth] : '';
      if (depth < 0 || gt !== lt + 2 + name.length || !xml.startsWith(name, lt + 2)) {
        const written = xml.slice(lt + 2, gt).trim();
        if (written !== name || depth < 0) fail(`mismatched </${written}>`);
      }
      if (leafFrom >= 0) leaf(depth, name, leafFrom, lt);
      close(depth, name);
      stack.pop();
      leafFrom = -1;
      pos = gt + 1;
      // The root closed: what follows is not read (parseXML stops there too).
      if (stack.length === 0) break;
      continue;
    }
    // An opening tag: its name, then (rarely: the root's xmlns) attributes, quoted values skipped.
    let end = lt + 1;
    for (; end < xml.length; end++) {
      const ch = xml.charCodeAt(end);
      if (ch === 62 || ch === 47 || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
    }
    const name = xml.slice(lt + 1, end);
    let gt = end;
    while (gt < xml.length && xml.charCodeAt(gt) !== 62) {
      const ch = xml.charCodeAt(gt);
      if (ch === 34 || ch === 39) {
        const q = xml.indexOf(ch === 34 ? '"' : "'", gt + 1);
        if (q < 0) fail('unclosed attribute value');
        gt = q + 1;
      } else if (ch === 47 && xml.charCodeAt(gt + 1) !== 62) fail(`'/' inside <${name}>`);
      else gt++;
    }
    if (gt >= xml.length) fail('unclosed tag');
    if (!name) fail('empty tag name');
    const depth = stack.length;
    open(depth, name);
    if (xml.charCodeAt(gt - 1) === 47 /* self-closing */) {
      stack.push(name);
      leaf(depth, name, -1, -1);
      close(depth, name);
      stack.pop();
      leafFrom = -1;
    } else {
      stack.push(name);
      leafFrom = gt + 1;
    }
    pos = gt + 1;
  }
  if (!sawRoot) fail('no root element');
  if (stack.length) fail(`missing closing tag </${stack[stack.length - 1]}>`);
  return nextToken ? { instances, nextToken } : { instances };
}
