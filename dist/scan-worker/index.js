import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 274:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;
const ATTR_ESCAPE_RE = /[&<>"]/g;
const ATTR_ESCAPE_MAP = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
};
function escapeAttribute(value) {
    return value.replace(ATTR_ESCAPE_RE, (ch) => ATTR_ESCAPE_MAP[ch]);
}

const ELEMENT_ESCAPE_RE = /[&"'<>\r\n\u0085\u2028]/g;
const ELEMENT_ESCAPE_MAP = {
    "&": "&amp;",
    '"': "&quot;",
    "'": "&apos;",
    "<": "&lt;",
    ">": "&gt;",
    "\r": "&#x0D;",
    "\n": "&#x0A;",
    "\u0085": "&#x85;",
    "\u2028": "&#x2028;",
};
function escapeElement(value) {
    return value.replace(ELEMENT_ESCAPE_RE, (ch) => ELEMENT_ESCAPE_MAP[ch]);
}

class XmlText {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return escapeElement("" + this.value);
    }
}

class XmlNode {
    name;
    children;
    attributes = {};
    static of(name, childText, withName) {
        const node = new XmlNode(name);
        if (childText !== undefined) {
            node.addChildNode(new XmlText(childText));
        }
        if (withName !== undefined) {
            node.withName(withName);
        }
        return node;
    }
    constructor(name, children = []) {
        this.name = name;
        this.children = children;
    }
    withName(name) {
        this.name = name;
        return this;
    }
    addAttribute(name, value) {
        this.attributes[name] = value;
        return this;
    }
    addChildNode(child) {
        this.children.push(child);
        return this;
    }
    removeAttribute(name) {
        delete this.attributes[name];
        return this;
    }
    n(name) {
        this.name = name;
        return this;
    }
    c(child) {
        this.children.push(child);
        return this;
    }
    a(name, value) {
        if (value != null) {
            this.attributes[name] = value;
        }
        return this;
    }
    cc(input, field, withName = field) {
        if (input[field] != null) {
            const node = XmlNode.of(field, input[field]).withName(withName);
            this.c(node);
        }
    }
    l(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
            const nodes = valueProvider();
            nodes.map((node) => {
                node.withName(memberName);
                this.c(node);
            });
        }
    }
    lc(input, listName, memberName, valueProvider) {
        if (input[listName] != null) {
            const nodes = valueProvider();
            const containerNode = new XmlNode(memberName);
            nodes.map((node) => {
                containerNode.c(node);
            });
            this.c(containerNode);
        }
    }
    toString() {
        const hasChildren = Boolean(this.children.length);
        let xmlText = `<${this.name}`;
        const attributes = this.attributes;
        for (const attributeName of Object.keys(attributes)) {
            const attribute = attributes[attributeName];
            if (attribute != null) {
                xmlText += ` ${attributeName}="${escapeAttribute("" + attribute)}"`;
            }
        }
        return (xmlText += !hasChildren ? "/>" : `>${this.children.map((c) => c.toString()).join("")}</${this.name}>`);
    }
}

function writeKey(obj) {
    Object.defineProperty(obj, "__proto__", { value: undefined, writable: true, enumerable: true, configurable: true });
}
function parseXML(xml) {
    const state = new AwsXmlParser(xml);
    return state.parse();
}
class AwsXmlParser {
    x;
    i = 0;
    z;
    constructor(x) {
        this.x = x;
        this.x = x.replace(/\r\n?/g, "\n");
        this.z = this.x.length;
    }
    parse() {
        const p = this;
        const { z } = p;
        while (p.i < z) {
            p.trim();
            if (p.i >= z) {
                break;
            }
            if (p.isNext("<?")) {
                p.readTo("?>");
                p.trim();
            }
            else if (p.isNext("<!--")) {
                p.readTo("-->");
                p.trim();
            }
            else if (p.isNext("<!DOCTYPE", false)) {
                p.skipDoctype();
                p.trim();
            }
            else if (p.x[p.i] === "<") {
                const root = p.parseTag();
                return { [root.tag]: root.value };
            }
            else {
                throw new Error("@aws-sdk XML parse error: unexpected content.");
            }
        }
        throw new Error("@aws-sdk XML parse error: no root element.");
    }
    isNext(s, caseSensitive = true) {
        const p = this;
        if (caseSensitive) {
            return p.x.startsWith(s, p.i);
        }
        return p.x.toLowerCase().startsWith(s.toLowerCase(), p.i);
    }
    readTo(stop) {
        const p = this;
        const _i = p.x.indexOf(stop, p.i);
        if (_i === -1) {
            throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);
        }
        const result = p.x.slice(p.i, _i);
        p.i = _i + stop.length;
        return result;
    }
    trim() {
        const p = this;
        while (p.i < p.z && " \t\r\n".includes(p.x[p.i])) {
            ++p.i;
        }
    }
    readAttrValue() {
        const p = this;
        const quote = p.x[p.i];
        ++p.i;
        let value = "";
        while (p.i < p.z && p.x[p.i] !== quote) {
            value += p.x[p.i++];
        }
        ++p.i;
        return p.decodeEntities(value);
    }
    parseTag() {
        const p = this;
        ++p.i;
        let tag = "";
        while (p.i < p.z && !" \t\r\n>/".includes(p.x[p.i])) {
            tag += p.x[p.i++];
        }
        let hasAttrs = false;
        const attrs = {};
        while (p.i < p.z) {
            p.trim();
            if (">/".includes(p.x[p.i])) {
                break;
            }
            let name = "";
            while (p.i < p.z && !"= \t\r\n>/?".includes(p.x[p.i])) {
                name += p.x[p.i++];
            }
            p.trim();
            if (p.x[p.i] !== "=") {
                break;
            }
            ++p.i;
            p.trim();
            if (name === "__proto__") {
                writeKey(attrs);
            }
            attrs[name] = p.readAttrValue();
            hasAttrs = true;
        }
        if (p.i >= p.z) {
            throw new Error("@aws-sdk XML parse error: unexpected end of input.");
        }
        if (p.x[p.i] === "/") {
            ++p.i;
            if (p.i >= p.z || p.x[p.i] !== ">") {
                throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
            }
            ++p.i;
            return { tag, value: hasAttrs ? attrs : "" };
        }
        if (p.x[p.i] !== ">") {
            throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
        }
        ++p.i;
        const textParts = [];
        const childTags = [];
        let hasElementChild = false;
        while (p.i < p.z) {
            if (p.isNext("</")) {
                break;
            }
            if (p.x[p.i] === "<") {
                if (p.isNext("<!--")) {
                    p.readTo("-->");
                }
                else if (p.isNext("<![CDATA[")) {
                    p.i += 9;
                    textParts.push(p.readTo("]]>"));
                }
                else if (p.isNext("<?")) {
                    p.readTo("?>");
                }
                else {
                    hasElementChild = true;
                    childTags.push(p.parseTag());
                }
            }
            else {
                let text = "";
                while (p.i < p.z && p.x[p.i] !== "<") {
                    text += p.x[p.i++];
                }
                textParts.push(p.decodeEntities(text));
            }
        }
        if (!p.isNext("</")) {
            throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);
        }
        p.i += 2;
        const closeTag = p.readTo(">").trim();
        if (closeTag !== tag) {
            throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);
        }
        if (!hasAttrs && textParts.length === 0 && !hasElementChild) {
            return { tag, value: "" };
        }
        if (!hasAttrs && !hasElementChild) {
            const text = textParts.length === 1 ? textParts[0] : textParts.join("");
            if (text.trim() === "" && text.includes("\n")) {
                return { tag, value: "" };
            }
            return { tag, value: text };
        }
        const obj = {};
        for (const text of textParts) {
            if (text.trim() === "" && text.includes("\n")) {
                continue;
            }
            obj["#text"] = "#text" in obj ? obj["#text"] + text : text;
        }
        for (const child of childTags) {
            if (child.tag === "__proto__") {
                writeKey(obj);
            }
            if (child.tag in obj) {
                if (Array.isArray(obj[child.tag])) {
                    obj[child.tag].push(child.value);
                }
                else {
                    obj[child.tag] = [obj[child.tag], child.value];
                }
            }
            else {
                obj[child.tag] = child.value;
            }
        }
        for (const [k, v] of Object.entries(attrs)) {
            if (k === "__proto__") {
                writeKey(obj);
            }
            obj[k] = v;
        }
        return { tag, value: obj };
    }
    static ENTITIES = {
        amp: "&",
        lt: "<",
        gt: ">",
        quot: '"',
        apos: "'",
    };
    skipDoctype() {
        const p = this;
        p.i += 9;
        let depth = 0;
        while (p.i < p.z) {
            const c = p.x[p.i];
            if (c === "[") {
                ++depth;
            }
            else if (c === "]") {
                --depth;
            }
            else if (c === ">" && depth === 0) {
                ++p.i;
                return;
            }
            ++p.i;
        }
        throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
    }
    decodeEntities(s) {
        return s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex, dec, named) => {
            if (hex) {
                return String.fromCharCode(parseInt(hex, 16));
            }
            if (dec) {
                return String.fromCharCode(parseInt(dec, 10));
            }
            return AwsXmlParser.ENTITIES[named] ?? "";
        });
    }
}

__webpack_unused_export__ = XmlNode;
__webpack_unused_export__ = XmlText;
exports.h4 = parseXML;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./node_modules/@aws-sdk/xml-builder/dist-cjs/index.js
var dist_cjs = __nccwpck_require__(274);
;// CONCATENATED MODULE: ./lib/aws/mapping.js
/** Model field → SDK parameter, for every metadata field any EC2 call carries. */
const SDK_FIELD = {
    httpTokens: 'HttpTokens',
    httpPutResponseHopLimit: 'HttpPutResponseHopLimit',
    httpEndpoint: 'HttpEndpoint',
    httpProtocolIpv6: 'HttpProtocolIpv6',
    instanceMetadataTags: 'InstanceMetadataTags',
    httpTokensEnforced: 'HttpTokensEnforced',
    state: 'State',
};
/** SDK MetadataOptions (any of the three shapes) → model; absent fields stay absent. */
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
/** Model → SDK parameters, only the given `fields` that are set (a write sends only what changes). */
function toSdkMetadata(m, fields) {
    const out = {};
    for (const f of fields) {
        const v = m[f];
        if (v !== undefined)
            out[SDK_FIELD[f]] = v;
    }
    return out;
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
/** A list element of EC2's XML (`<x><item/>…</x>`): parseXML gives one item as an object, several as an array. */
function items(set) {
    const item = set?.item;
    if (item === undefined || item === null)
        return [];
    return Array.isArray(item) ? item : [item];
}
/** A text value as the SDK's deserializer reads it (a `#text` node when the element has attributes). */
function records_text(v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'object')
        return '#text' in v ? String(v['#text']) : undefined;
    return String(v);
}
/** InstanceMetadataOptionsResponse as the SDK's schema has it (no HttpTokensEnforced in this shape). */
function metadataFromXml(m) {
    const out = {};
    if (!m || typeof m !== 'object')
        return out;
    const set = (field, v) => {
        if (v !== undefined)
            out[field] = v;
    };
    set('httpTokens', records_text(m.httpTokens));
    const hop = records_text(m.httpPutResponseHopLimit);
    set('httpPutResponseHopLimit', hop === undefined || hop === '' ? undefined : Number(hop));
    set('httpEndpoint', records_text(m.httpEndpoint));
    set('httpProtocolIpv6', records_text(m.httpProtocolIpv6));
    set('instanceMetadataTags', records_text(m.instanceMetadataTags));
    set('state', records_text(m.state));
    // The model's key order (fromSdkMetadata): tokens, hop limit, endpoint, ipv6, tags, state.
    return out;
}
/** The raw body of a DescribeInstances response → records (the same as toInstance over the SDK's output). */
function recordsFromXml(xml, accountId, region) {
    const doc = (0,dist_cjs/* parseXML */.h4)(xml);
    const root = doc?.DescribeInstancesResponse;
    if (!root || typeof root !== 'object')
        throw new Error('DescribeInstances: unexpected response body');
    const instances = [];
    for (const r of items(root.reservationSet)) {
        const owner = records_text(r.ownerId) ?? accountId;
        for (const i of items(r.instancesSet)) {
            const tags = {};
            for (const t of items(i.tagSet)) {
                const key = records_text(t.key);
                if (key !== undefined)
                    tags[key] = records_text(t.value) ?? '';
            }
            const launch = records_text(i.launchTime);
            instances.push({
                instanceId: records_text(i.instanceId) ?? '',
                accountId: owner,
                region,
                state: records_text(i.instanceState?.name) ?? 'unknown',
                name: tags.Name,
                tags,
                instanceType: records_text(i.instanceType),
                platform: records_text(i.platformDetails) ?? records_text(i.platform),
                launchTime: launch === undefined ? undefined : new Date(launch).toISOString(),
                imageId: records_text(i.imageId),
                vpcId: records_text(i.vpcId),
                publicIp: Boolean(records_text(i.ipAddress)),
                instanceProfileArn: records_text(i.iamInstanceProfile?.arn),
                metadata: metadataFromXml(i.metadataOptions),
                launchTemplateId: tags['aws:ec2launchtemplate:id'],
                autoScalingGroup: tags['aws:autoscaling:groupName'],
            });
        }
    }
    const nextToken = records_text(root.nextToken);
    return nextToken ? { instances, nextToken } : { instances };
}
/** One copy of each repeated string (per scan): the pool's records arrive as fresh copies. */
class Interner {
    strings = new Map();
    s(v) {
        if (v === undefined)
            return v;
        const hit = this.strings.get(v);
        if (hit !== undefined)
            return hit;
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
        for (const k of Object.keys(tags))
            if (k.startsWith('aws:'))
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
 * credentials, no network: the main thread makes the calls (retries, pacing, deadlines, call counts)
 * and only the parsing — most of a large scan's CPU — runs here. Bundled on its own by
 * scripts/build.sh (dist/scan-worker/index.js).
 */


const decoder = new TextDecoder();
external_node_worker_threads_namespaceObject.parentPort?.on('message', (m) => {
    try {
        const page = recordsFromXml(decoder.decode(m.body), m.accountId, m.region);
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: m.id, page });
    }
    catch (e) {
        external_node_worker_threads_namespaceObject.parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
    }
});

