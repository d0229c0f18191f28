export const id = 502;
export const ids = [502];
export const modules = {

/***/ 8502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runIacStage: () => (/* binding */ runIacStage)
});

// UNUSED EXPORTS: failureLine

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/assess/iac.js + 1 modules
var assess_iac = __webpack_require__(3052);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./lib/model/iac.js
var iac = __webpack_require__(7094);
;// CONCATENATED MODULE: ./lib/iac/cloudformation/tree.js
// The template as a small tree with line numbers, built once from YAML or JSON: maps keep their keys in
// order with each key's line (and column, from YAML), intrinsic functions (short or long form) are one
// node kind. Values are immutable once built, so YAML aliases may share a subtree.
/** An intrinsic function: `Ref`, `Condition` (short form only) or `Fn::*`, with its argument. */
class CFn {
    name;
    arg;
    line;
    constructor(name, arg, line) {
        this.name = name;
        this.arg = arg;
        this.line = line;
    }
}
class CList {
    items;
    line;
    end;
    lines;
    constructor(items, line, end = line, 
    /** 1-based line of each item, when known. */
    lines) {
        this.items = items;
        this.line = line;
        this.end = end;
        this.lines = lines;
    }
}
/** A mapping; a key given twice keeps its last value, as JSON.parse does. */
class CMap {
    keys;
    values;
    lines;
    line;
    end;
    cols;
    index;
    constructor(keys, values, 
    /** 1-based line of each key. */
    lines, line, 
    /** Last line of the map's content. */
    end = line, 
    /** 1-based column of each key (YAML only). */
    cols) {
        this.keys = keys;
        this.values = values;
        this.lines = lines;
        this.line = line;
        this.end = end;
        this.cols = cols;
    }
    find(key) {
        const n = this.keys.length;
        if (n <= 8) {
            for (let i = n - 1; i >= 0; i--)
                if (this.keys[i] === key)
                    return i;
            return -1;
        }
        if (!this.index) {
            this.index = new Map();
            for (let i = 0; i < n; i++)
                this.index.set(this.keys[i], i);
        }
        return this.index.get(key) ?? -1;
    }
    get(key) {
        const i = this.find(key);
        return i < 0 ? undefined : this.values[i];
    }
    has(key) {
        return this.find(key) >= 0;
    }
    lineOf(key) {
        const i = this.find(key);
        return i < 0 ? undefined : this.lines[i];
    }
    get size() {
        return this.keys.length;
    }
}
/** Long names of the intrinsic functions a single-key mapping can stand for. */
const isIntrinsicKey = (key) => key === 'Ref' || /^Fn::[A-Za-z0-9]+$/.test(key);
/** Short YAML tag (`!Sub`) \u2192 long name (`Fn::Sub`). */
const longName = (short) => short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
const isMapVal = (v) => v instanceof CMap;
/** The line a value starts on, when it carries one. */
function lineOfVal(v) {
    if (v instanceof CMap || v instanceof CList || v instanceof CFn)
        return v.line;
    return undefined;
}
/**
 * A bounded, canonical text of a value (JSON-like, intrinsics in long form): never longer than `max`
 * characters whatever the tree (aliases can make it a DAG), so it is safe in messages.
 */
function describeVal(v, max = 120) {
    let out = '';
    const stack = [v];
    while (stack.length > 0 && out.length <= max) {
        const x = stack.pop();
        if (x !== null && typeof x === 'object' && 'raw' in x) {
            out += x.raw;
        }
        else if (x instanceof CFn) {
            stack.push(x.arg, { raw: ' ' });
            out += x.name;
        }
        else if (x instanceof CList) {
            out += '[';
            stack.push({ raw: ']' });
            for (let i = x.items.length - 1; i >= 0; i--) {
                stack.push(x.items[i]);
                if (i > 0)
                    stack.push({ raw: ',' });
            }
        }
        else if (x instanceof CMap) {
            out += '{';
            stack.push({ raw: '}' });
            for (let i = x.keys.length - 1; i >= 0; i--) {
                stack.push(x.values[i], { raw: `${JSON.stringify(x.keys[i])}:` });
                if (i > 0)
                    stack.push({ raw: ',' });
            }
        }
        else {
            out += x === undefined ? 'undefined' : JSON.stringify(x);
        }
    }
    return out.length > max ? `${out.slice(0, max)}\u2026` : out;
}
/** Canonical text for equality of two unevaluated expressions; undefined when too large to compare. */
function formOf(v) {
    const s = describeVal(v, 4000);
    return s.endsWith('\u2026') ? undefined : s;
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation/evaluate.js

const NO_VALUE = Symbol('AWS::NoValue');
/** A value known only at deploy time. `parts` is its canonical form (undefined: not comparable). */
class Unknown {
    reason;
    parts;
    ref;
    constructor(reason, parts, 
    /** A reference to a resource of this template (Ref / GetAtt). */
    ref) {
        this.reason = reason;
        this.parts = parts;
        this.ref = ref;
    }
}
const PSEUDO = new Set([
    'AWS::AccountId',
    'AWS::NotificationARNs',
    'AWS::Partition',
    'AWS::Region',
    'AWS::StackId',
    'AWS::StackName',
    'AWS::URLSuffix',
]);
const atomOf = (v) => {
    const f = formOf(v);
    return f === undefined ? undefined : [{ atom: f }];
};
function partsEqual(a, b) {
    if (!a || !b || a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x === 'string' ? x !== y : typeof y === 'string' || x.atom !== y.atom)
            return false;
    }
    return true;
}
/** Concatenation of strings and unknowns; literal neighbours merge so equal strings get equal forms. */
function concat(pieces, reason) {
    const nonEmpty = pieces.filter((p) => p !== '');
    // `!Sub "${LT.LaunchTemplateId}"` is the attribute itself: keep what it refers to
    if (nonEmpty.length === 1 && nonEmpty[0] instanceof Unknown)
        return nonEmpty[0];
    const parts = [];
    let comparable = true;
    for (const p of pieces) {
        if (typeof p === 'string') {
            if (p === '')
                continue;
            const last = parts[parts.length - 1];
            if (typeof last === 'string')
                parts[parts.length - 1] = last + p;
            else
                parts.push(p);
        }
        else if (p.parts) {
            for (const q of p.parts) {
                const last = parts[parts.length - 1];
                if (typeof q === 'string' && typeof last === 'string')
                    parts[parts.length - 1] = last + q;
                else
                    parts.push(q);
            }
        }
        else
            comparable = false;
    }
    if (comparable && parts.every((p) => typeof p === 'string'))
        return parts.join('');
    const first = pieces.find((p) => p instanceof Unknown);
    return new Unknown(first ? `${reason} (${first.reason})` : reason, comparable ? parts : undefined);
}
/** The trace without repeated places, first occurrence kept. */
function dedupeTrace(t) {
    const seen = new Set();
    return t.filter((o) => {
        const k = `${o.file}\0${o.line}\0${o.what}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
const isScalar = (v) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
/** Strict three-valued equality of evaluated values (CloudFormation compares strings). */
function equals(a, b) {
    if (isScalar(a) && isScalar(b))
        return String(a) === String(b);
    if (a instanceof Unknown || b instanceof Unknown) {
        if (a instanceof Unknown && b instanceof Unknown && partsEqual(a.parts, b.parts))
            return true;
        return undefined;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length)
            return false;
        let all = true;
        for (let i = 0; i < a.length; i++) {
            const e = equals(a[i], b[i]);
            if (e === false)
                return false;
            if (e === undefined)
                all = false;
        }
        return all ? true : undefined;
    }
    return undefined;
}
const MAX_STEPS = 5_000_000;
class Evaluator {
    scope;
    condMemo = new Map();
    condBusy = new Set();
    steps = 0;
    constructor(scope) {
        this.scope = scope;
    }
    /** Reduces the intrinsic functions at the top of `v` (not inside maps and lists). */
    resolve(v, t) {
        let x = v;
        for (let guard = 0; x instanceof CFn; guard++) {
            if (guard > 64)
                return new Unknown(`${describeVal(x)} (too deeply nested to evaluate)`, undefined);
            if (++this.steps > MAX_STEPS)
                return new Unknown(`${describeVal(x)} (the template takes too many steps to evaluate)`, undefined);
            x = this.call(x, t);
        }
        return x;
    }
    /** A string (numbers and booleans as CloudFormation writes them), or Unknown. */
    str(v, t) {
        const r = this.resolve(v, t);
        if (typeof r === 'string')
            return r;
        if (typeof r === 'number' || typeof r === 'boolean')
            return String(r);
        if (r instanceof Unknown)
            return r;
        return new Unknown(`${describeVal(v)} (not a string)`, undefined);
    }
    /** A list with its elements resolved (AWS::NoValue elements removed), or Unknown. */
    list(v, t) {
        const r = this.resolve(v, t);
        if (r instanceof Unknown)
            return r;
        const items = r instanceof CList ? r.items : Array.isArray(r) ? r : undefined;
        if (!items)
            return new Unknown(`${describeVal(v)} (not a list)`, undefined);
        const out = [];
        for (const it of items) {
            const e = this.resolve(it, t);
            if (e !== NO_VALUE && e !== undefined)
                out.push(e);
        }
        return out;
    }
    /** Property `key` of a resolved map value; an unknown map gives an unknown property. */
    prop(m, key, t) {
        if (m instanceof CMap)
            return this.resolve(m.get(key), t);
        if (m instanceof Unknown)
            return new Unknown(m.reason, undefined);
        return undefined;
    }
    /** A fully evaluated value (maps stay maps: their members resolve on access). */
    full(v, t) {
        const r = this.resolve(v, t);
        if (r instanceof CList || Array.isArray(r))
            return this.list(r, t);
        return r;
    }
    condition(name, t) {
        const hit = this.condMemo.get(name);
        if (hit) {
            t.push(...hit.trace);
            return hit.value;
        }
        const def = this.scope.conditions?.get(name);
        if (def === undefined)
            return new Unknown(`condition ${name} is not defined`, undefined);
        if (this.condBusy.has(name))
            return new Unknown(`condition ${name} refers to itself`, undefined);
        if (this.condBusy.size >= 64)
            return new Unknown(`condition ${name} is nested too deep to evaluate`, undefined);
        this.condBusy.add(name);
        const own = [
            {
                file: this.scope.file,
                line: this.scope.conditions?.lineOf(name),
                what: `condition ${name}`,
                place: 'elsewhere',
            },
        ];
        const r = this.bool(def, own);
        this.condBusy.delete(name);
        const value = r instanceof Unknown ? new Unknown(`condition ${name} ${r.reason}`, undefined) : r;
        // conditions built from conditions would repeat their traces without bound: keep the first few places
        const trace = dedupeTrace(own).slice(0, 16);
        this.condMemo.set(name, { value, trace });
        t.push(...trace);
        return value;
    }
    /** A condition expression \u2192 true / false / Unknown. */
    bool(v, t) {
        if (v instanceof CMap && v.size === 1 && v.keys[0] === 'Condition') {
            const name = this.str(v.values[0], t);
            return typeof name === 'string' ? this.condition(name, t) : name;
        }
        const r = this.resolve(v, t);
        if (typeof r === 'boolean')
            return r;
        if (r === 'true' || r === 'false')
            return r === 'true';
        if (r instanceof Unknown)
            return new Unknown(`depends on ${r.reason}`, undefined);
        return new Unknown(`is not a condition: ${describeVal(v)}`, undefined);
    }
    args(f, n) {
        const a = f.arg instanceof CList ? f.arg.items : undefined;
        return a && a.length >= n ? a : undefined;
    }
    call(f, t) {
        const bad = (why) => new Unknown(`${describeVal(f)} (${why})`, undefined);
        switch (f.name) {
            case 'Ref': {
                const name = this.str(f.arg, t);
                return typeof name === 'string' ? this.ref(name, t) : bad('the name is not known');
            }
            case 'Condition': {
                const name = this.str(f.arg, t);
                return typeof name === 'string' ? this.condition(name, t) : bad('the name is not known');
            }
            case 'Fn::GetAtt': {
                const a = this.args(f, 2);
                const res = a ? this.str(a[0], t) : undefined;
                const attr = a ? this.str(a[1], t) : undefined;
                if (typeof res !== 'string')
                    return bad('not a resource attribute');
                return new Unknown(describeVal(f), typeof attr === 'string' ? [{ atom: `GetAtt ${res}.${attr}` }] : atomOf(f), { resource: res, attr: typeof attr === 'string' ? attr : undefined });
            }
            case 'Fn::If': {
                const a = this.args(f, 3);
                if (!a)
                    return bad('expects [condition, value if true, value if false]');
                const name = this.str(a[0], t);
                if (typeof name !== 'string')
                    return bad('the condition name is not known');
                const c = this.condition(name, t);
                if (c === true)
                    return this.resolve(a[1], t);
                if (c === false)
                    return this.resolve(a[2], t);
                const yes = this.full(a[1], t);
                const no = this.full(a[2], t);
                if (yes !== undefined && no !== undefined && equals(yes, no) === true)
                    return yes;
                return new Unknown(`${describeVal(f)} (${c.reason})`, atomOf(f));
            }
            case 'Fn::Equals': {
                const a = this.args(f, 2);
                if (!a)
                    return bad('expects two values');
                const x = this.full(a[0], t);
                const y = this.full(a[1], t);
                if (x === undefined || y === undefined)
                    return bad('a value is missing');
                const e = equals(x, y);
                if (e !== undefined)
                    return e;
                const u = [x, y].find((z) => z instanceof Unknown);
                return new Unknown(u ? u.reason : `${describeVal(f)} (values that cannot be compared)`, undefined);
            }
            case 'Fn::And':
            case 'Fn::Or': {
                const a = this.args(f, 1);
                if (!a)
                    return bad('expects a list of conditions');
                const stop = f.name === 'Fn::Or';
                let unknown;
                for (const c of a) {
                    const b = this.bool(c, t);
                    if (b === stop)
                        return stop;
                    if (b instanceof Unknown)
                        unknown ??= b;
                }
                return unknown ? new Unknown(unknown.reason, undefined) : !stop;
            }
            case 'Fn::Not': {
                const a = this.args(f, 1);
                const b = a ? this.bool(a[0], t) : bad('expects [condition]');
                return b instanceof Unknown ? b : !b;
            }
            case 'Fn::FindInMap':
                return this.findInMap(f, t);
            case 'Fn::Sub':
                return this.sub(f, t);
            case 'Fn::Join': {
                const a = this.args(f, 2);
                if (!a)
                    return bad('expects [delimiter, list]');
                const d = this.str(a[0], t);
                const items = this.list(a[1], t);
                if (typeof d !== 'string')
                    return bad('the delimiter is not known');
                if (items instanceof Unknown)
                    return new Unknown(`${describeVal(f)} (${items.reason})`, atomOf(f));
                const pieces = [];
                items.forEach((it, i) => {
                    if (i > 0)
                        pieces.push(d);
                    pieces.push(this.str(it, t));
                });
                return concat(pieces, describeVal(f));
            }
            case 'Fn::Select': {
                const a = this.args(f, 2);
                if (!a)
                    return bad('expects [index, list]');
                const i = this.str(a[0], t);
                const items = this.list(a[1], t);
                if (typeof i !== 'string' || items instanceof Unknown)
                    return new Unknown(describeVal(f), atomOf(f));
                const n = Number(i);
                return Number.isInteger(n) && n >= 0 && n < items.length
                    ? items[n]
                    : bad(`index ${i} is outside the list: CloudFormation rejects it`);
            }
            case 'Fn::Split': {
                const a = this.args(f, 2);
                if (!a)
                    return bad('expects [delimiter, string]');
                const d = this.str(a[0], t);
                const s = this.str(a[1], t);
                if (typeof d !== 'string' || typeof s !== 'string' || d === '')
                    return new Unknown(describeVal(f), atomOf(f));
                return s.split(d);
            }
            case 'Fn::Base64': {
                const s = this.str(f.arg, t);
                return typeof s === 'string'
                    ? Buffer.from(s, 'utf8').toString('base64')
                    : new Unknown(describeVal(f), atomOf(f));
            }
            case 'Fn::Length': {
                const items = this.list(f.arg, t);
                return items instanceof Unknown ? new Unknown(describeVal(f), atomOf(f)) : items.length;
            }
            case 'Fn::ToJsonString': {
                const j = this.toJson(f.arg, t, 0);
                return j instanceof Unknown ? new Unknown(describeVal(f), atomOf(f)) : JSON.stringify(j);
            }
            default:
                // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform \u2026: known at deploy time only.
                return new Unknown(describeVal(f), atomOf(f));
        }
    }
    toJson(v, t, depth) {
        const r = this.resolve(v, t);
        if (depth > 64 || r instanceof Unknown)
            return r instanceof Unknown ? r : new Unknown('too deep', undefined);
        if (r instanceof CMap) {
            const o = Object.create(null);
            for (let i = 0; i < r.size; i++) {
                const x = this.toJson(r.values[i], t, depth + 1);
                if (x instanceof Unknown)
                    return x;
                if (x !== NO_VALUE)
                    o[r.keys[i]] = x;
            }
            return o;
        }
        if (r instanceof CList || Array.isArray(r)) {
            const items = this.list(r, t);
            if (items instanceof Unknown)
                return items;
            const out = [];
            for (const it of items) {
                const x = this.toJson(it, t, depth + 1);
                if (x instanceof Unknown)
                    return x;
                out.push(x);
            }
            return out;
        }
        return r === undefined ? null : r;
    }
    ref(name, t) {
        if (name === 'AWS::NoValue')
            return NO_VALUE;
        if (PSEUDO.has(name))
            return new Unknown(`Ref "${name}" (known at deploy time)`, [{ atom: `Ref ${name}` }]);
        const p = this.scope.params.get(name);
        if (p) {
            t.push(p.origin);
            return p.value;
        }
        if (this.scope.resources.has(name))
            return new Unknown(`Ref "${name}"`, [{ atom: `Ref ${name}` }], { resource: name });
        return new Unknown(`Ref "${name}" (no parameter or resource of that name)`, undefined);
    }
    findInMap(f, t) {
        const a = this.args(f, 3);
        if (!a)
            return new Unknown(`${describeVal(f)} (expects [map, key, key])`, undefined);
        const maps = this.scope.mappings;
        const name = this.str(a[0], t);
        const top = this.str(a[1], t);
        const second = this.str(a[2], t);
        const opts = a[3] instanceof CMap ? a[3] : undefined;
        const fallback = opts?.has('DefaultValue') ? opts.get('DefaultValue') : undefined;
        const unknown = (why) => new Unknown(`${describeVal(f)} (${why})`, atomOf(f));
        if (typeof name !== 'string')
            return unknown(name.reason);
        const map = maps?.get(name);
        if (!(map instanceof CMap))
            return fallback !== undefined ? this.resolve(fallback, t) : unknown('no such mapping');
        const origin = (topKey, entry) => ({
            file: this.scope.file,
            line: entry.lineOf(second) ?? map.lineOf(topKey),
            what: `mapping ${name}.${topKey}.${second}`,
            place: 'elsewhere',
        });
        if (typeof second !== 'string')
            return unknown(second.reason);
        if (typeof top !== 'string') {
            // The first key is known only at deploy (e.g. the region): the value is known when every entry agrees.
            let agreed;
            for (let i = 0; i < map.size; i++) {
                const entry = map.values[i];
                const v = entry instanceof CMap ? this.full(entry.get(second), []) : undefined;
                if (v === undefined || v instanceof Unknown)
                    return unknown(top.reason);
                if (agreed !== undefined && equals(agreed, v) !== true)
                    return unknown(top.reason);
                agreed = v;
            }
            if (agreed === undefined)
                return unknown(top.reason);
            t.push({
                file: this.scope.file,
                line: map.line,
                what: `mapping ${name} (the same ${second} for every key)`,
                place: 'elsewhere',
            });
            return agreed;
        }
        const entry = map.get(top);
        if (entry instanceof CMap && entry.has(second)) {
            t.push(origin(top, entry));
            return this.resolve(entry.get(second), t);
        }
        if (fallback !== undefined)
            return this.resolve(fallback, t);
        return unknown(`mapping ${name} has no ${top}.${second}: CloudFormation rejects the template`);
    }
    sub(f, t) {
        let template = f.arg;
        let vars;
        if (f.arg instanceof CList) {
            template = f.arg.items[0];
            vars = f.arg.items[1] instanceof CMap ? f.arg.items[1] : undefined;
        }
        const s = this.str(template, t);
        if (typeof s !== 'string')
            return new Unknown(describeVal(f), atomOf(f));
        const pieces = [];
        let last = 0;
        for (const m of s.matchAll(/\$\{([^}]*)\}/g)) {
            pieces.push(s.slice(last, m.index));
            last = (m.index ?? 0) + m[0].length;
            const name = m[1].trim();
            if (name.startsWith('!')) {
                pieces.push(`\${${name.slice(1)}}`);
                continue;
            }
            if (vars?.has(name)) {
                pieces.push(this.str(vars.get(name), t));
                continue;
            }
            const dot = name.indexOf('.');
            if (dot > 0 && !this.scope.params.has(name)) {
                const res = name.slice(0, dot);
                pieces.push(new Unknown(`GetAtt ${name}`, [{ atom: `GetAtt ${name}` }], {
                    resource: res,
                    attr: name.slice(dot + 1),
                }));
                continue;
            }
            const r = this.ref(name, t);
            pieces.push(Array.isArray(r) ? r.map(String).join(',') : this.str(r, t));
        }
        pieces.push(s.slice(last));
        return concat(pieces, describeVal(f));
    }
}

// EXTERNAL MODULE: ./lib/model/text.js
var model_text = __webpack_require__(7798);
;// CONCATENATED MODULE: ./lib/iac/text.js
// Small text helpers shared by the IaC readers: safe copies of hostile values, line numbers,
// and in-source suppression markers.

/** A value copied from a file into a message: no control or format characters, bounded length. */
function clean(value, max = 200) {
    const s = (0,model_text/* cleanText */.X5)(String(value));
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
function lineOfOffset(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
const IMDS_GUARD = /imds-guard:ignore\b[ \t:]*(.*)$/;
const CHECKOV = /checkov:skip=(CKV2?_AWS_\d+)(?::(.*))?$/;
const COMMENT = /^\s*(#|\/\/|\/\*|\*)/;
function stripCommentEnd(s) {
    return s.replace(/\*\/\s*$/, '').trim();
}
/** Markers on one line (in a comment). */
function markersInLine(line, lineNo) {
    const out = [];
    const g = IMDS_GUARD.exec(line);
    if (g) {
        const reason = clean(stripCommentEnd(g[1] ?? ''));
        out.push({ tool: 'imds-guard', reason, line: lineNo, valid: reason.length > 0 });
    }
    const c = CHECKOV.exec(line);
    if (c) {
        const reason = clean(stripCommentEnd(c[2] ?? ''));
        out.push({ tool: 'checkov', ruleId: c[1], reason, line: lineNo, valid: reason.length > 0 });
    }
    return out;
}
/**
 * Suppression markers for a block spanning lines [start, end] (1-based, inclusive): markers in
 * comments inside the block and in the run of comment lines directly above it.
 */
function suppressionsForBlock(lines, start, end) {
    const out = [];
    let first = start;
    while (first - 2 >= 0 && COMMENT.test(lines[first - 2]))
        first--;
    for (let n = first; n <= end && n <= lines.length; n++) {
        const text = lines[n - 1];
        if (n >= start && !/#|\/\/|\/\*/.test(text))
            continue;
        out.push(...markersInLine(text, n));
    }
    return out;
}
/**
 * End line of a top-level block that starts at `start`: the line before the next top-level block
 * start (as told by `isStart`), minus the comment lines that lead into that next block.
 */
function blockEndLine(lines, start, isStart) {
    let next = lines.length + 1;
    for (let n = start + 1; n <= lines.length; n++) {
        if (isStart(lines[n - 1])) {
            next = n;
            break;
        }
    }
    let end = next - 1;
    while (end > start && (COMMENT.test(lines[end - 1]) || lines[end - 1].trim() === ''))
        end--;
    return end;
}
const HEADER = /^([A-Za-z_][\w-]*)((?:\s+(?:"(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*))*)\s*\{/;
const LABEL = /"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w-]*)/g;
function headerOf(rest) {
    const m = HEADER.exec(rest);
    if (!m)
        return undefined;
    const labels = [];
    LABEL.lastIndex = 0;
    for (let l = LABEL.exec(m[2]); l; l = LABEL.exec(m[2])) {
        if (l[1] !== undefined) {
            try {
                labels.push(JSON.parse(`"${l[1]}"`));
            }
            catch {
                labels.push(l[1]);
            }
        }
        else
            labels.push(l[2]);
    }
    return { keyword: m[1], labels };
}
/**
 * One pass over HCL text: every top-level block with its real end (braces matched, skipping strings
 * with their interpolations, heredocs and comments), and where the comments are. Linear in the text.
 * Unbalanced input ends every open block at the last line.
 */
function scanHcl(text) {
    const blocks = [];
    const comments = new Map();
    const commentOnly = new Set();
    const addComment = (line, s) => {
        const prev = comments.get(line);
        comments.set(line, prev === undefined ? s : `${prev} ${s}`);
    };
    // Context stack: 'c' code (brace depth counted in `depth`), 's' string, 'i' interpolation in a string.
    const stack = [{ kind: 'c', braces: 0 }];
    let depth = 0;
    let line = 1;
    let lineStart = true;
    let open;
    const n = text.length;
    let i = 0;
    while (i < n) {
        const ch = text.charCodeAt(i);
        const top = stack[stack.length - 1];
        if (ch === 10) {
            line++;
            lineStart = true;
            i++;
            if (top.kind === 's')
                stack.pop(); // a quoted string never spans lines: recover
            continue;
        }
        if (top.kind === 's') {
            if (ch === 92)
                i += 2;
            else if (ch === 34) {
                stack.pop();
                i++;
            }
            else if ((ch === 36 || ch === 37) && text.charCodeAt(i + 1) === 123) {
                stack.push({ kind: 'i', braces: 0 });
                i += 2;
            }
            else if ((ch === 36 || ch === 37) &&
                text.charCodeAt(i + 1) === ch &&
                text.charCodeAt(i + 2) === 123) {
                i += 3;
            }
            else
                i++;
            continue;
        }
        // code or interpolation
        if (ch === 32 || ch === 9 || ch === 13) {
            i++;
            continue;
        }
        const wasLineStart = lineStart;
        lineStart = false;
        if (ch === 35 || (ch === 47 && text.charCodeAt(i + 1) === 47)) {
            let e = text.indexOf('\n', i);
            if (e < 0)
                e = n;
            addComment(line, text.slice(i, e));
            if (wasLineStart)
                commentOnly.add(line);
            i = e;
            continue;
        }
        if (ch === 47 && text.charCodeAt(i + 1) === 42) {
            let e = text.indexOf('*/', i + 2);
            e = e < 0 ? n : e + 2;
            const body = text.slice(i, e).split('\n');
            for (const [k, part] of body.entries()) {
                addComment(line + k, part);
                if (k > 0 || wasLineStart)
                    commentOnly.add(line + k);
            }
            line += body.length - 1;
            i = e;
            continue;
        }
        if (ch === 34) {
            stack.push({ kind: 's', braces: 0 });
            i++;
            continue;
        }
        if (ch === 60 && text.charCodeAt(i + 1) === 60) {
            const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
            if (m) {
                // skip to the line that holds only the marker
                let p = i + m[0].length;
                line++;
                for (;;) {
                    let e = text.indexOf('\n', p);
                    if (e < 0)
                        e = n;
                    if (text.slice(p, e).trim() === m[1] || e >= n) {
                        i = e;
                        break;
                    }
                    p = e + 1;
                    line++;
                }
                continue;
            }
        }
        if (ch === 123) {
            if (top.kind === 'i')
                top.braces++;
            else {
                if (depth === 0 && stack.length === 1 && !open) {
                    // the header is the text from the start of this line to this brace
                    const ls = text.lastIndexOf('\n', i - 1) + 1;
                    const h = headerOf(text.slice(ls, i + 1).trim());
                    if (h)
                        open = { ...h, line, endLine: line };
                }
                depth++;
            }
            i++;
            continue;
        }
        if (ch === 125) {
            if (top.kind === 'i') {
                if (top.braces === 0)
                    stack.pop();
                else
                    top.braces--;
            }
            else if (depth > 0) {
                depth--;
                if (depth === 0 && open) {
                    open.endLine = line;
                    blocks.push(open);
                    open = undefined;
                }
            }
            i++;
            continue;
        }
        i++;
    }
    if (open) {
        open.endLine = line;
        blocks.push(open);
    }
    return { blocks, comments, commentOnly };
}
/**
 * Suppression markers of the block spanning lines [start, end]: those in comments inside the block
 * and in the run of comment-only lines directly above it. Text in strings and heredocs never counts.
 */
function blockSuppressions(scan, start, end) {
    const out = [];
    let first = start;
    while (first > 1 && scan.commentOnly.has(first - 1))
        first--;
    for (let n = first; n <= end; n++) {
        const c = scan.comments.get(n);
        if (c !== undefined)
            out.push(...markersInLine(c, n));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation/foreach.js



/** Nodes the expansion may create in one template (CloudFormation allows 500 resources a template). */
const MAX_EXPANDED = 100_000;
const LOOP = 'Fn::ForEach::';
function substitute(v, id, value, budget) {
    const plain = `\${${id}}`;
    const amp = `&{${id}}`;
    const alnum = value.replace(/[^A-Za-z0-9]/g, '');
    const memo = new Map();
    const str = (s) => s.includes(plain) || s.includes(amp) ? s.split(plain).join(value).split(amp).join(alnum) : s;
    const walk = (x) => {
        if (x === null || typeof x !== 'object')
            return typeof x === 'string' ? str(x) : x;
        const hit = memo.get(x);
        if (hit !== undefined)
            return hit;
        if (--budget.left < 0)
            throw new RangeError('expansion budget');
        let out;
        if (x instanceof CFn)
            out = x.name === 'Ref' && x.arg === id ? value : new CFn(x.name, walk(x.arg), x.line);
        else if (x instanceof CList)
            out = new CList(x.items.map(walk), x.line, x.end, x.lines);
        else
            out = new CMap(x.keys.map(str), x.values.map(walk), x.lines, x.line, x.end, x.cols);
        memo.set(x, out);
        return out;
    };
    return walk(v);
}
/** The resources of the Resources section, loops expanded, in document order. */
function expandResources(file, resources, ev, notices) {
    const out = [];
    const budget = { left: MAX_EXPANDED };
    const loop = (key, v, line, entry, depth) => {
        const name = key.slice(LOOP.length);
        const say = (message) => {
            notices.push({ file, line, message: clean(`Fn::ForEach::${name}: ${message}`, 300) });
        };
        const a = v instanceof CList ? v.items : [];
        const [ident, collection, fragment] = a;
        if (typeof ident !== 'string' || !(fragment instanceof CMap) || depth > 5) {
            say('not of the form [Identifier, Collection, {OutputKey: OutputValue}]; its resources are not judged');
            return;
        }
        const items = ev.list(collection ?? null, []);
        if (items instanceof Unknown) {
            say(`its collection ${items.reason} is known only at deploy time; its resources are not judged`);
            return;
        }
        for (const item of items) {
            if (typeof item !== 'string' && typeof item !== 'number') {
                say('a collection item is not a string; its resources are not judged');
                return;
            }
            let copy;
            try {
                copy = substitute(fragment, ident, String(item), budget);
            }
            catch {
                say(`expands to more than ${MAX_EXPANDED.toLocaleString('en-US')} nodes; the rest is not judged`);
                return;
            }
            if (copy instanceof CMap)
                walk(copy, line, entry, depth + 1);
        }
    };
    const walk = (map, at, entry, depth) => {
        for (let i = 0; i < map.size; i++) {
            const key = map.keys[i];
            const line = at ?? map.lines[i];
            const e = entry ?? i;
            if (key.startsWith(LOOP))
                loop(key, map.values[i], line, e, depth);
            else
                out.push({ id: key, def: map.values[i], line, entry: e });
        }
    };
    walk(resources, undefined, undefined, 0);
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/iac/cloudformation/json.js
// A strict JSON reader that keeps the line of every key and value, building the template tree directly.
// JSON.parse keeps no positions, and the `yaml` package spends ~300 bytes of syntax tree per token on
// JSON (flow collections): a 5 MB CDK template would need gigabytes. One linear pass here, bounded depth.

class JsonSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const MAX_DEPTH = 512;
/** Shared by every empty map and list (the tree is never changed once built). */
const NONE = [];
/** Values a document may have (measured worst case, `[{},{},\u2026]`: ~350 MB peak RSS); CDK output has far fewer. */
const MAX_JSON_VALUES = 1_000_000;
function parseJsonTree(text) {
    let i = 0;
    let line = 1;
    const n = text.length;
    const fail = (what) => {
        const near = i < n ? `${JSON.stringify(text.slice(i, i + 12))}` : 'the end of the file';
        throw new JsonSyntaxError(`${what} at line ${line} (near ${near})`, line);
    };
    const ws = () => {
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 10)
                line++;
            else if (c !== 32 && c !== 9 && c !== 13)
                return;
            i++;
        }
    };
    const str = () => {
        const start = ++i;
        let escaped = false;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 34)
                break;
            if (c === 92) {
                escaped = true;
                i += 2;
                continue;
            }
            if (c < 32)
                fail('control character in a string');
            i++;
        }
        if (i >= n)
            fail('unterminated string');
        const raw = text.slice(start, i++);
        if (!escaped)
            return raw;
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            return fail('bad escape in a string');
        }
    };
    const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    let count = 0;
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            fail(`nested deeper than ${MAX_DEPTH} levels`);
        if (++count > MAX_JSON_VALUES)
            fail(`too large to read: more than ${MAX_JSON_VALUES.toLocaleString('en-US')} values`);
        ws();
        const c = text[i];
        const at = line;
        if (c === '{') {
            i++;
            const keys = [];
            const values = [];
            const lines = [];
            ws();
            if (text[i] === '}') {
                i++;
                return new CMap(NONE, NONE, NONE, at, line);
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected a quoted key');
                lines.push(line);
                keys.push(str());
                ws();
                if (text[i] !== ':')
                    fail("expected ':'");
                i++;
                values.push(value(depth + 1));
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    break;
                }
                fail("expected ',' or '}'");
            }
            if (keys.length === 1 && isIntrinsicKey(keys[0]))
                return new CFn(keys[0], values[0], at);
            // a grown array keeps spare room: small ones are copied to their exact size
            return keys.length < 16
                ? new CMap(keys.slice(), values.slice(), lines.slice(), at, line)
                : new CMap(keys, values, lines, at, line);
        }
        if (c === '[') {
            i++;
            const items = [];
            const lines = [];
            ws();
            if (text[i] === ']') {
                i++;
                return new CList(NONE, at, line, NONE);
            }
            for (;;) {
                ws();
                lines.push(line);
                items.push(value(depth + 1));
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    break;
                }
                fail("expected ',' or ']'");
            }
            return items.length < 16
                ? new CList(items.slice(), at, line, lines.slice())
                : new CList(items, at, line, lines);
        }
        if (c === '"')
            return str();
        if (text.startsWith('true', i)) {
            i += 4;
            return true;
        }
        if (text.startsWith('false', i)) {
            i += 5;
            return false;
        }
        if (text.startsWith('null', i)) {
            i += 4;
            return null;
        }
        NUM.lastIndex = i;
        const m = NUM.exec(text);
        if (m) {
            i += m[0].length;
            return Number(m[0]);
        }
        return fail(i >= n ? 'unexpected end of the file' : 'unexpected character');
    };
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    const root = value(0);
    ws();
    if (i < n)
        fail('unexpected text after the JSON value');
    return root;
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation/parse.js
// Template text \u2192 tree (./tree.ts) and the YAML comments with their lines. JSON goes through the
// position-keeping JSON reader; YAML through the `yaml` package (short-form intrinsics as custom tags),
// after one pass of its lexer that collects comments (a `#` inside a quoted or block scalar is no comment)
// and refuses documents whose syntax tree would not fit in memory.



const INTRINSICS = new Set([
    'Ref',
    'Condition',
    'Base64',
    'Sub',
    'GetAtt',
    'If',
    'Equals',
    'Join',
    'Select',
    'FindInMap',
    'Split',
    'And',
    'Or',
    'Not',
    'ImportValue',
    'GetAZs',
    'Cidr',
    'Length',
    'ToJsonString',
    'Transform',
]);
/** Custom tags so every short form parses (kept as-is; the tree builder gives it its long form). */
const CFN_TAGS = [...INTRINSICS].flatMap((name) => [
    { tag: `!${name}`, resolve: (s) => s },
    { tag: `!${name}`, collection: 'seq', resolve: (n) => n },
    { tag: `!${name}`, collection: 'map', resolve: (n) => n },
]);
/** Lexer tokens a YAML document may have (a token in a flow collection counts 2.5): the `yaml` package needs
 * up to ~400 MB of syntax tree for them (measured: 1.2 M block tokens of a 6 MB template \u2192 397 MB peak RSS). */
const MAX_YAML_TOKENS = 1_250_000;
/** Nodes a document may reach through YAML aliases (the `yaml` package's toJS uses maxAliasCount for this). */
const MAX_EXPANDED_NODES = 1_000_000;
const parse_MAX_DEPTH = 400;
class TemplateSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const CONTROL = new Set(['\u{FEFF}', '\x02', '\x18', '\x1f']);
/** One pass of the YAML lexer: comments with their positions, and the weighted token count. */
function lexPass(text) {
    const comments = [];
    let weight = 0;
    let flow = 0;
    let line = 1;
    let onlyBlanks = true;
    for (const tok of new dist/* Lexer */.JG().lex(text)) {
        if (tok.length === 1 && CONTROL.has(tok))
            continue;
        weight += flow > 0 ? 2.5 : 1;
        if (weight > MAX_YAML_TOKENS)
            break;
        const c = tok[0];
        if (c === '#') {
            // col is only used to compare indentation: the offset inside the line is enough.
            comments.push({ line, col: 0, ownLine: onlyBlanks, text: tok });
            continue;
        }
        if (c === '[' || c === '{')
            flow++;
        else if ((c === ']' || c === '}') && flow > 0)
            flow--;
        const nl = tok.lastIndexOf('\n');
        if (nl < 0) {
            if (c !== ' ' && c !== '\t')
                onlyBlanks = false;
            continue;
        }
        for (let k = 0; k < tok.length; k++)
            if (tok.charCodeAt(k) === 10)
                line++;
        onlyBlanks = tok.slice(nl + 1).trim() === '';
    }
    return { comments, weight };
}
/** Columns of comments (1-based), filled from the line starts once. */
function fillColumns(text, comments) {
    if (comments.length === 0)
        return;
    let line = 1;
    let pos = 0;
    for (const c of comments) {
        while (line < c.line) {
            pos = text.indexOf('\n', pos) + 1;
            line++;
        }
        c.col = text.indexOf('#', pos) - pos + 1;
        if (!c.ownLine) {
            // a trailing comment: find the `#` that starts this comment's text on the line
            const end = text.indexOf('\n', pos);
            const lineText = text.slice(pos, end < 0 ? undefined : end);
            const at = lineText.lastIndexOf(c.text);
            if (at >= 0)
                c.col = at + 1;
        }
    }
}
function fromYaml(text) {
    const { comments, weight } = lexPass(text);
    if (weight > MAX_YAML_TOKENS) {
        throw new TemplateSyntaxError(`too large to read: more than ${MAX_YAML_TOKENS.toLocaleString('en-US')} YAML tokens (CloudFormation accepts templates up to 1 MB)`);
    }
    fillColumns(text, comments);
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        customTags: CFN_TAGS,
        lineCounter: lc,
        uniqueKeys: false,
        prettyErrors: false,
    });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new TemplateSyntaxError(`not valid YAML: ${e.message.split('\n')[0]}`, e.linePos?.[0]?.line ?? (e.pos ? lc.linePos(e.pos[0]).line : undefined));
    }
    const lineAt = (offset) => (offset === undefined ? 0 : lc.linePos(offset).line);
    const colAt = (offset) => (offset === undefined ? 0 : lc.linePos(offset).col);
    const memo = new Map();
    let expanded = 0;
    let aliases = false;
    const convert = (node, depth) => {
        if (depth > parse_MAX_DEPTH)
            throw new TemplateSyntaxError(`nested deeper than ${parse_MAX_DEPTH} levels`);
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
            aliases = true;
            const target = node.resolve(doc);
            const hit = target ? memo.get(target) : undefined;
            if (!target || !hit) {
                throw new TemplateSyntaxError(`YAML alias *${node.source} refers to an unknown or enclosing anchor`, lineAt(node.range?.[0]));
            }
            expanded += hit.size;
            if (expanded > MAX_EXPANDED_NODES) {
                throw new TemplateSyntaxError(`YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes`, lineAt(node.range?.[0]));
            }
            return hit.val;
        }
        const n = node;
        const anchored = 'anchor' in n && typeof n.anchor === 'string' && n.anchor !== '';
        const before = expanded;
        expanded++;
        const val = convertNode(n, depth);
        if (anchored)
            memo.set(n, { val, size: expanded - before });
        return val;
    };
    const convertNode = (n, depth) => {
        const start = lineAt(n.range?.[0]);
        const end = lineAt(Math.max(n.range?.[0] ?? 0, (n.range?.[1] ?? 1) - 1));
        let val;
        if ((0,dist/* isMap */.jh)(n)) {
            const keys = [];
            const values = [];
            const lines = [];
            const cols = [];
            for (const pair of n.items) {
                const k = convert(pair.key, depth + 1);
                keys.push(typeof k === 'string' ? k : k === null ? '' : typeof k === 'object' ? describeVal(k) : String(k));
                const kr = pair.key?.range?.[0];
                lines.push(kr === undefined ? start : lineAt(kr));
                cols.push(kr === undefined ? 0 : colAt(kr));
                values.push(convert(pair.value, depth + 1));
            }
            val =
                keys.length === 1 && isIntrinsicKey(keys[0]) && !n.tag
                    ? new CFn(keys[0], values[0], start)
                    : keys.length < 16
                        ? new CMap(keys.slice(), values.slice(), lines.slice(), start, end, cols.slice())
                        : new CMap(keys, values, lines, start, end, cols);
        }
        else if ((0,dist/* isSeq */.oP)(n)) {
            val = new CList(n.items.map((x) => convert(x, depth + 1)), start, end, n.items.map((x) => lineAt(x?.range?.[0]) || start));
        }
        else if ((0,dist/* isScalar */.jn)(n)) {
            const v = n.value;
            val =
                v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
                    ? v
                    : typeof v === 'bigint'
                        ? Number(v)
                        : String(v);
        }
        else {
            val = null;
        }
        const tag = n.tag;
        if (tag?.startsWith('!') && INTRINSICS.has(tag.slice(1))) {
            const name = tag.slice(1);
            if (name === 'GetAtt' && typeof val === 'string') {
                const dot = val.indexOf('.');
                val = new CList(dot < 0 ? [val] : [val.slice(0, dot), val.slice(dot + 1)], start);
            }
            return new CFn(longName(name), val, start);
        }
        return val;
    };
    const root = convert(doc.contents, 0);
    return { root, comments, aliases };
}
/** Parses a template (or parameters file). Throws TemplateSyntaxError with a line where known. */
function parseTemplate(text) {
    const first = text.trimStart()[0];
    if (first === '{' || first === '[') {
        try {
            return { root: parseJsonTree(text), comments: [], aliases: false };
        }
        catch (e) {
            if (!(e instanceof JsonSyntaxError))
                throw e;
            // YAML flow style is not JSON: try YAML; if that fails too, the JSON error is the useful one.
            try {
                return fromYaml(text);
            }
            catch {
                throw new TemplateSyntaxError(`not valid JSON: ${e.message}`, e.line);
            }
        }
    }
    return fromYaml(text);
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation/params.js




const SHAPES = 'expected one of: a JSON or YAML list of "Key=Value" strings (aws cloudformation deploy --parameter-overrides), ' +
    '{"Parameters": {"Key": "Value"}} (CodePipeline template configuration), or ' +
    '[{"ParameterKey": "Key", "ParameterValue": "Value"}] (aws cloudformation create-stack)';
const scalarText = (v) => typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
/** Reads a CloudFormation parameters file. Never throws. */
function parseParameterFile(file, text) {
    const fail = (message, line) => ({
        ok: false,
        error: { file, message: clean(message, 600), line },
    });
    let root;
    try {
        root = parseTemplate(text).root;
    }
    catch (e) {
        if (e instanceof TemplateSyntaxError)
            return fail(`not a parameters file: ${e.message}`, e.line);
        throw e;
    }
    const values = new Map();
    if (root instanceof CMap && root.get('Parameters') instanceof CMap) {
        const p = root.get('Parameters');
        for (let i = 0; i < p.size; i++) {
            const v = scalarText(p.values[i]);
            if (v === undefined)
                return fail(`parameter ${p.keys[i]} is not a string; ${SHAPES}`, p.lines[i]);
            values.set(p.keys[i], { value: v, line: p.lines[i] });
        }
        return { ok: true, parameters: { file, values } };
    }
    if (root instanceof CList) {
        for (const [i, item] of root.items.entries()) {
            const itemLine = root.lines?.[i];
            if (typeof item === 'string') {
                const eq = item.indexOf('=');
                if (eq <= 0)
                    return fail(`"${item.slice(0, 60)}" is not Key=Value; ${SHAPES}`, itemLine);
                values.set(item.slice(0, eq), { value: item.slice(eq + 1), line: itemLine });
                continue;
            }
            if (item instanceof CMap && typeof item.get('ParameterKey') === 'string') {
                const key = item.get('ParameterKey');
                const previous = item.get('UsePreviousValue') === true || item.get('UsePreviousValue') === 'true';
                const v = scalarText(item.get('ParameterValue'));
                if (v === undefined && !previous)
                    return fail(`parameter ${key} has no ParameterValue; ${SHAPES}`, item.line);
                values.set(key, { value: v ?? '', line: item.lineOf('ParameterValue') ?? item.line, previous });
                continue;
            }
            return fail(`unexpected entry ${describeVal(item, 60)}; ${SHAPES}`, itemLine);
        }
        return { ok: true, parameters: { file, values } };
    }
    return fail(SHAPES);
}
const isListType = (type) => type === 'CommaDelimitedList' || type.startsWith('List<');
/** The parameters of a template with the value a deploy would get. */
function resolveParameters(file, section, overrides) {
    const out = new Map();
    if (!(section instanceof CMap))
        return out;
    for (let i = 0; i < section.size; i++) {
        const name = section.keys[i];
        const def = section.values[i];
        const line = section.lines[i];
        const decl = def instanceof CMap ? def : undefined;
        const type = typeof decl?.get('Type') === 'string' ? decl?.get('Type') : 'String';
        const given = overrides?.values.get(name);
        const dflt = decl ? scalarText(decl.get('Default')) : undefined;
        const allowed = decl?.get('AllowedValues');
        let raw;
        let origin;
        if (given?.previous) {
            out.set(name, {
                name,
                line,
                type,
                value: new Unknown(`parameter ${name} keeps the running stack's value (UsePreviousValue)`, [
                    { atom: `Ref ${name}` },
                ]),
                origin: {
                    file: overrides.file,
                    line: given.line,
                    what: `parameter ${name} UsePreviousValue`,
                    place: 'elsewhere',
                },
            });
            continue;
        }
        if (given) {
            raw = given.value;
            origin = {
                file: overrides.file,
                line: given.line,
                what: `parameter ${name} = "${clean(raw, 60)}" (${overrides.file})`,
                place: 'elsewhere',
            };
        }
        else if (dflt !== undefined) {
            raw = dflt;
            origin = {
                file,
                line: decl?.lineOf('Default') ?? line,
                what: `parameter ${name} default "${clean(raw, 60)}"`,
                place: 'elsewhere',
            };
        }
        else if (allowed instanceof CList &&
            allowed.items.length === 1 &&
            scalarText(allowed.items[0]) !== undefined) {
            raw = scalarText(allowed.items[0]);
            origin = {
                file,
                line: decl?.lineOf('AllowedValues') ?? line,
                what: `parameter ${name} (its only allowed value)`,
                place: 'elsewhere',
            };
        }
        else {
            origin = { file, line, what: `parameter ${name} (no default)`, place: 'elsewhere' };
        }
        let value;
        if (raw === undefined) {
            value = new Unknown(`Ref "${name}" (parameter without a default or a value in a parameters file)`, [
                { atom: `Ref ${name}` },
            ]);
        }
        else if (type.startsWith('AWS::SSM::Parameter::Value<')) {
            value = new Unknown(`Ref "${name}" (SSM parameter ${clean(raw, 120)}, read at deploy time)`, [
                { atom: `Ref ${name}` },
            ]);
        }
        else if (isListType(type)) {
            value = raw.split(',').map((s) => s.trim());
        }
        else {
            value = raw;
        }
        out.set(name, { name, line, type, value, origin });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation/settings.js




const primaryOrigin = (t) => t.find((o) => o.what.startsWith('parameter')) ?? t[0];
const dedupe = (t) => dedupeTrace(t);
function toSetting(v, t, num = false) {
    if (v === undefined || v === null || v === NO_VALUE)
        return { state: 'unset' };
    const origins = dedupe(t);
    const origin = primaryOrigin(origins);
    const withOrigin = (s) => (origin ? { ...s, origin } : s);
    if (v instanceof Unknown)
        return withOrigin({ state: 'unknown', reason: clean(v.reason) });
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
        const text = String(v);
        if (text.includes('{{resolve:'))
            return withOrigin({ state: 'unknown', reason: clean(`dynamic reference ${text}`) });
        // EC2 rejects a value with hidden characters: keep it out of the report as a value.
        if ((0,model_text/* cleanText */.X5)(text) !== text || text.length > 200)
            return withOrigin({ state: 'unknown', reason: clean(`the unusable value ${JSON.stringify(text)}`) });
        const via = origins.length ? clean(origins.map((o) => o.what).join(', ')) : undefined;
        const known = (value) => withOrigin({ state: 'known', value, ...(via ? { via } : {}) });
        if (!num)
            return known(text);
        const n = Number(text);
        return Number.isFinite(n) && text.trim() !== ''
            ? known(n)
            : withOrigin({ state: 'unknown', reason: clean(text) });
    }
    return withOrigin({ state: 'unknown', reason: clean(`${describeVal(v)} (not a single value)`) });
}
/** What an evaluated value is, for a message. */
const describeValue = (v) => v instanceof Unknown ? v.reason : v === undefined || v === NO_VALUE ? '' : describeVal(v);

;// CONCATENATED MODULE: ./lib/iac/cloudformation/suppress.js


function metadataSuppressions(meta) {
    const out = [];
    if (!(meta instanceof CMap))
        return out;
    const checkov = meta.get('checkov');
    const skips = checkov instanceof CMap ? checkov.get('skip') : undefined;
    if (skips instanceof CList) {
        skips.items.forEach((s, i) => {
            if (s instanceof CMap && typeof s.get('id') === 'string') {
                const comment = s.get('comment');
                const reason = typeof comment === 'string' ? clean(comment) : '';
                out.push({
                    tool: 'checkov',
                    ruleId: clean(s.get('id')),
                    reason,
                    line: skips.lines?.[i] ?? s.line,
                    valid: reason.length > 0,
                });
            }
        });
    }
    const own = meta.get('imds-guard');
    if (own instanceof CMap && own.has('ignore')) {
        const v = own.get('ignore');
        const reason = typeof v === 'string' ? clean(v) : '';
        out.push({ tool: 'imds-guard', reason, line: own.lineOf('ignore'), valid: reason.length > 0 });
    }
    return out;
}
/**
 * Comment markers per Resources entry. A comment belongs to entry i when it is on the lines of the entry,
 * or in the unbroken run of own-line comments (no deeper than the logical id) directly above it, or after
 * its last line and indented deeper than its logical id (before the next entry). `limit` is the first
 * line after the Resources section.
 */
function commentSuppressions(spans, comments, limit) {
    const out = spans.map(() => []);
    if (spans.length === 0 || comments.length === 0)
        return out;
    const ownLine = new Map();
    for (const c of comments)
        if (c.ownLine)
            ownLine.set(c.line, c);
    const above = new Map();
    spans.forEach((s, i) => {
        for (let l = s.line - 1; l > 0; l--) {
            const c = ownLine.get(l);
            if (!c || c.col > s.col)
                break;
            above.set(l, i);
        }
    });
    let idx = -1;
    for (const c of comments) {
        if (!/imds-guard:ignore|checkov:skip=/.test(c.text))
            continue;
        while (idx + 1 < spans.length && spans[idx + 1].line <= c.line)
            idx++;
        let owner;
        if (above.has(c.line))
            owner = above.get(c.line);
        else if (idx >= 0 && c.line <= spans[idx].end)
            owner = idx;
        else if (idx >= 0 && c.line < limit && c.col > spans[idx].col)
            owner = idx;
        if (owner !== undefined)
            out[owner].push(...markersInLine(c.text, c.line));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/cloudformation.js
// CloudFormation templates (YAML or JSON; CDK synth output is JSON) \u2192 IacResource, evaluated the way a
// deploy would evaluate them: parameters (defaults, or a parameters file), conditions, Fn::If /
// AWS::NoValue, FindInMap, Sub / Join / Select, Fn::ForEach, and the links from instances, ASGs and node
// groups to their launch template (by id or by name) or launch configuration. One linear pass over the
// template; see ./cloudformation/ for the parts. CloudFormation has no resource type for account-level
// metadata defaults.











const KINDS = {
    'AWS::EC2::Instance': 'instance',
    'AWS::EC2::LaunchTemplate': 'launch-template',
    'AWS::AutoScaling::LaunchConfiguration': 'launch-configuration',
    'AWS::AutoScaling::AutoScalingGroup': 'autoscaling-group',
    'AWS::EKS::Nodegroup': 'eks-node-group',
    'AWS::SageMaker::NotebookInstance': 'sagemaker-notebook',
    'AWS::ElasticBeanstalk::Environment': 'beanstalk-environment',
    'AWS::ElasticBeanstalk::ConfigurationTemplate': 'beanstalk-template',
    'AWS::Lightsail::Instance': 'lightsail-instance',
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** For already-parsed JSON: a `Resources` object with at least one `AWS::` type (loops included). */
function isCloudFormation(json) {
    if (!isObj(json) || !isObj(json.Resources))
        return false;
    return Object.entries(json.Resources).some(([k, r]) => (isObj(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::')) ||
        (k.startsWith('Fn::ForEach::') && JSON.stringify(r).includes('"AWS::')));
}
const hasAwsType = (resources) => resources.values.some((r, i) => {
    if (resources.keys[i].startsWith('Fn::ForEach::'))
        return describeVal(r, 100_000).includes('"AWS::');
    const t = r instanceof CMap ? r.get('Type') : undefined;
    return typeof t === 'string' && t.startsWith('AWS::');
});
/** A key under which two launch template names compare equal (literal, or the same expression). */
function nameKey(v) {
    if (typeof v === 'string' || typeof v === 'number')
        return `s:${v}`;
    if (v instanceof Unknown && v.parts)
        return `u:${JSON.stringify(v.parts)}`;
    return undefined;
}
class TemplateReader {
    file;
    root;
    resources = [];
    notices = [];
    ev;
    types = new Map();
    ltNames = new Map();
    lcNames = new Map();
    decls = [];
    constructor(file, root, options) {
        this.file = file;
        this.root = root;
        const params = resolveParameters(file, root.get('Parameters'), options.parameters);
        for (const name of options.parameters?.values.keys() ?? []) {
            if (!params.has(name))
                this.notices.push({
                    file: options.parameters.file,
                    line: options.parameters.values.get(name)?.line,
                    message: clean(`parameter ${name} is not declared in ${file}`),
                });
        }
        const section = (k) => {
            const v = root.get(k);
            return v instanceof CMap ? v : undefined;
        };
        const resourceIds = new Set();
        this.ev = new Evaluator({
            file,
            params,
            mappings: section('Mappings'),
            conditions: section('Conditions'),
            resources: resourceIds,
        });
        const resources = section('Resources');
        this.decls = expandResources(file, resources, this.ev, this.notices);
        for (const d of this.decls) {
            resourceIds.add(d.id);
            const type = d.def instanceof CMap ? d.def.get('Type') : undefined;
            if (typeof type === 'string')
                this.types.set(d.id, type);
        }
        this.checkTransforms(resources);
    }
    checkTransforms(resources) {
        const tr = this.root.get('Transform');
        const names = (tr instanceof CList ? tr.items : [tr]).filter((x) => typeof x === 'string');
        const loops = resources.keys.some((k) => k.startsWith('Fn::ForEach::'));
        if (loops && !names.includes('AWS::LanguageExtensions'))
            this.notices.push({
                file: this.file,
                line: this.root.lineOf('Resources'),
                message: 'Fn::ForEach needs "Transform: AWS::LanguageExtensions"; without it CloudFormation rejects the template (the loops were expanded anyway)',
            });
        for (const n of names) {
            if (n !== 'AWS::LanguageExtensions' && !n.startsWith('AWS::Serverless'))
                this.notices.push({
                    file: this.file,
                    line: this.root.lineOf('Transform'),
                    message: clean(`the macro ${n} can rewrite the template at deploy time; it was judged as written`),
                });
        }
    }
    props(d, t) {
        return d.def instanceof CMap ? this.ev.resolve(d.def.get('Properties'), t) : undefined;
    }
    indexNames() {
        for (const d of this.decls) {
            const type = this.types.get(d.id);
            const [prop, index] = type === 'AWS::EC2::LaunchTemplate'
                ? ['LaunchTemplateName', this.ltNames]
                : type === 'AWS::AutoScaling::LaunchConfiguration'
                    ? ['LaunchConfigurationName', this.lcNames]
                    : [undefined, undefined];
            if (!prop || !index)
                continue;
            // A template whose Condition is false does not exist: it cannot be the one a name means.
            const cond = d.def instanceof CMap ? d.def.get('Condition') : undefined;
            if (typeof cond === 'string' && this.ev.condition(cond, []) === false)
                continue;
            const key = nameKey(this.ev.prop(this.props(d, []), prop, []));
            if (!key)
                continue;
            const ids = index.get(key);
            if (ids)
                ids.push(d.id);
            else
                index.set(key, [d.id]);
        }
    }
    read(comments, limit) {
        this.indexNames();
        const resources = this.root.get('Resources');
        const spans = resources.keys.map((_, i) => {
            const v = resources.values[i];
            const end = v instanceof CMap || v instanceof CList ? v.end : resources.lines[i];
            return {
                line: resources.lines[i],
                col: resources.cols?.[i] ?? 1,
                end: Math.max(end, resources.lines[i]),
            };
        });
        const marks = commentSuppressions(spans, comments, limit);
        for (const d of this.decls) {
            const type = this.types.get(d.id);
            const kind = type ? KINDS[type] : undefined;
            if (!kind || !type)
                continue;
            const def = d.def;
            const res = {
                kind,
                address: clean(d.id),
                resourceType: type,
                file: this.file,
                line: d.line,
                format: 'cloudformation',
                suppressions: [...metadataSuppressions(def.get('Metadata')), ...marks[d.entry]],
                key: `${this.file}#${clean(d.id)}`,
            };
            const related = [];
            this.condition(def, res, related);
            const pt = [];
            const props = this.props(d, pt);
            if (iac/* SERVICE_KINDS */.o1.has(kind))
                res.service = this.service(kind, props, pt, related);
            if (kind === 'instance' || kind === 'launch-template' || kind === 'launch-configuration') {
                const dt = [...pt];
                const data = kind === 'launch-template' ? this.ev.prop(props, 'LaunchTemplateData', dt) : props;
                res.metadata = this.metadata(data, dt, related);
                const at = [...dt];
                const ami = this.ev.prop(data, 'ImageId', at);
                if (typeof ami === 'string' && ami.startsWith('ami-'))
                    res.amiId = clean(ami);
                else if (ami !== undefined && ami !== NO_VALUE && ami !== null)
                    res.amiExpression = clean(describeValue(ami));
            }
            if (kind === 'instance' || kind === 'autoscaling-group' || kind === 'eks-node-group') {
                const rt = [...pt];
                const ref = this.templateRef(props, rt);
                if (ref) {
                    res.template = ref;
                    related.push(...rt);
                }
            }
            const rel = dedupe(related);
            if (rel.length)
                res.related = rel.slice(0, 10);
            this.resources.push(res);
        }
    }
    condition(def, res, related) {
        const name = def.get('Condition');
        if (typeof name !== 'string')
            return;
        const t = [];
        const c = this.ev.condition(name, t);
        related.push(...t);
        if (c === false)
            res.notCreated = clean(`Condition ${name} is false with these parameters`);
        else if (c instanceof Unknown)
            res.notes = [clean(`created only when condition ${name} is true; ${c.reason}`, 300)];
    }
    metadata(data, base, related) {
        const mt = [...base];
        const mo = this.ev.prop(data, 'MetadataOptions', mt);
        const one = (key, num = false) => {
            const t = [...mt];
            const s = toSetting(this.ev.prop(mo, key, t), t, num);
            if (s.state !== 'unset')
                related.push(...t);
            return s;
        };
        if (mo instanceof CMap) {
            return {
                httpTokens: one('HttpTokens'),
                httpEndpoint: one('HttpEndpoint'),
                hopLimit: one('HttpPutResponseHopLimit', true),
                instanceMetadataTags: one('InstanceMetadataTags'),
            };
        }
        const whole = toSetting(mo, mt);
        if (whole.state !== 'unset')
            related.push(...mt);
        const u = whole.state === 'unknown' || whole.state === 'unset'
            ? whole
            : { state: 'unknown', reason: clean(`MetadataOptions is ${describeValue(mo)}`) };
        return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
    }
    /** One setting, with the places that decided it added to the resource's related locations. */
    serviceSetting(v, t, related) {
        const out = toSetting(v, t);
        if (out.state !== 'unset')
            related.push(...t);
        return out;
    }
    /** The IMDS setting of another service's resource (SageMaker, Elastic Beanstalk, Lightsail). */
    service(kind, props, base, related) {
        const p = (m, k, t) => this.ev.prop(m, k, t);
        if (kind === 'sagemaker-notebook') {
            const t = [...base];
            const v = p(p(props, 'InstanceMetadataServiceConfiguration', t), 'MinimumInstanceMetadataServiceVersion', t);
            return { setting: this.serviceSetting(v, t, related) };
        }
        if (kind === 'lightsail-instance')
            return { setting: { state: 'unset' } };
        const t = [...base];
        const options = p(props, 'OptionSettings', t);
        let setting = { state: 'unset' };
        const list = options === undefined || options === NO_VALUE ? [] : this.ev.list(options, t);
        if (list instanceof Unknown)
            setting = { state: 'unknown', reason: clean(`OptionSettings: ${list.reason}`) };
        else {
            for (const o of list) {
                const ot = [...t];
                const ns = p(o, 'Namespace', ot);
                const name = p(o, 'OptionName', ot);
                if (ns instanceof Unknown || name instanceof Unknown || o instanceof Unknown) {
                    const u = [o, ns, name].find((x) => x instanceof Unknown);
                    if (setting.state === 'unset')
                        setting = {
                            state: 'unknown',
                            reason: clean(`an option whose namespace or name depends on ${u.reason}`),
                        };
                    continue;
                }
                if (ns === 'aws:autoscaling:launchconfiguration' && name === 'DisableIMDSv1') {
                    setting = this.serviceSetting(p(o, 'Value', ot), ot, related);
                    break;
                }
            }
        }
        const st = [...base];
        const stack = this.serviceSetting(p(props, 'SolutionStackName', st), st, related);
        const at = [...base];
        const out = {
            setting,
            platform: stack.state !== 'unset' ? stack : this.serviceSetting(p(props, 'PlatformArn', at), at, related),
        };
        if (kind === 'beanstalk-environment') {
            const tt = [...base];
            const tv = p(props, 'TemplateName', tt);
            const target = this.linked(tv, 'AWS::ElasticBeanstalk::ConfigurationTemplate', [undefined]);
            if (target)
                out.configTemplate = { state: 'known', value: clean(target) };
            else if (tv !== undefined && tv !== NO_VALUE)
                out.configTemplate = this.serviceSetting(tv, tt, related);
        }
        return out;
    }
    linked(v, type, attrs) {
        if (!(v instanceof Unknown) || !v.ref)
            return undefined;
        return this.types.get(v.ref.resource) === type && attrs.includes(v.ref.attr) ? v.ref.resource : undefined;
    }
    templateRef(props, t) {
        const p = (m, k) => this.ev.prop(m, k, t);
        const mip = p(p(props, 'MixedInstancesPolicy'), 'LaunchTemplate');
        const spec = p(props, 'LaunchTemplate') ?? p(mip, 'LaunchTemplateSpecification');
        if (spec instanceof CMap) {
            const id = p(spec, 'LaunchTemplateId') ?? p(spec, 'Id');
            const name = p(spec, 'LaunchTemplateName') ?? p(spec, 'Name');
            let target = this.linked(id, 'AWS::EC2::LaunchTemplate', [undefined, 'LaunchTemplateId']);
            if (!target && id === undefined) {
                const hits = this.ltNames.get(nameKey(name) ?? '');
                if (hits?.length === 1)
                    target = hits[0];
            }
            const ref = target
                ? { kind: 'launch-template', target: clean(target) }
                : {
                    kind: 'launch-template',
                    expression: clean(id !== undefined
                        ? `LaunchTemplateId ${typeof id === 'string' ? JSON.stringify(id) : describeValue(id)}`
                        : `LaunchTemplateName ${typeof name === 'string' ? JSON.stringify(name) : describeValue(name)}${(this.ltNames.get(nameKey(name) ?? '')?.length ?? 0) > 1
                            ? ' (several launch templates have this name)'
                            : ''}`),
                };
            const ver = p(spec, 'Version');
            if (typeof ver === 'string' || typeof ver === 'number')
                ref.version = clean(ver);
            else if (ver instanceof Unknown) {
                const attr = ver.ref?.attr;
                ref.version =
                    attr === 'LatestVersionNumber'
                        ? '$Latest'
                        : attr === 'DefaultVersionNumber'
                            ? '$Default'
                            : clean(ver.reason);
            }
            return ref;
        }
        if (spec instanceof Unknown)
            return { kind: 'launch-template', expression: clean(spec.reason) };
        const lc = p(props, 'LaunchConfigurationName');
        if (lc === undefined || lc === NO_VALUE || lc === null)
            return undefined;
        let target = this.linked(lc, 'AWS::AutoScaling::LaunchConfiguration', [undefined]);
        if (!target) {
            const hits = this.lcNames.get(nameKey(lc) ?? '');
            if (hits?.length === 1)
                target = hits[0];
        }
        return target
            ? { kind: 'launch-configuration', target: clean(target) }
            : {
                kind: 'launch-configuration',
                expression: clean(typeof lc === 'string' ? JSON.stringify(lc) : describeValue(lc)),
            };
    }
}
const looksLikeTemplate = (text) => text.includes('AWS::') && /\bResources\b/.test(text);
/**
 * Reads one file that may be a CloudFormation template. Not a template (no `Resources` with `AWS::`
 * types) \u2192 `skipped`; a file that looks like a template but does not parse \u2192 an error with its line.
 */
function readCloudFormation(file, text, options = {}) {
    const skip = (reason) => ({
        resources: [],
        errors: [],
        skipped: [{ file, reason }],
    });
    if (!text.includes('AWS::'))
        return skip('not a CloudFormation template (no AWS:: resource types)');
    let parsed;
    try {
        parsed = parseTemplate(text);
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const line = e instanceof TemplateSyntaxError ? e.line : undefined;
        if (!looksLikeTemplate(text))
            return skip(clean(`not a CloudFormation template (${message})`));
        const prefix = e instanceof TemplateSyntaxError ? '' : 'could not be read: ';
        return { resources: [], errors: [{ file, message: clean(`${prefix}${message}`, 300), line }] };
    }
    const root = parsed.root;
    const resources = root instanceof CMap ? root.get('Resources') : undefined;
    if (!(root instanceof CMap) || !(resources instanceof CMap) || !hasAwsType(resources))
        return skip('not a CloudFormation template (no Resources with AWS:: types)');
    let reader;
    try {
        reader = new TemplateReader(file, root, options);
        // Comments after the Resources section belong to no resource.
        const at = root.keys.lastIndexOf('Resources');
        const next = root.lines[at + 1];
        reader.read(parsed.comments, next !== undefined && next > root.lines[at] ? next : Number.POSITIVE_INFINITY);
    }
    catch (e) {
        if (!(e instanceof RangeError))
            throw e;
        return { resources: [], errors: [{ file, message: clean(`could not be evaluated: ${e.message}`) }] };
    }
    if (parsed.aliases)
        reader.notices.push({
            file,
            message: 'uses YAML anchors and aliases, which CloudFormation does not accept; judged as if they were expanded',
        });
    return {
        resources: reader.resources,
        errors: [],
        ...(reader.notices.length ? { notices: reader.notices } : {}),
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/iac/hcl-wasm.js
// Loads HashiCorp's HCL parser (Go, compiled to WebAssembly, shipped by @cdktf/hcl2json) lazily.
//
// Why not `import { parse } from '@cdktf/hcl2json'`: that module starts loading its .wasm at import
// time from `__dirname` through fs-extra, which an ESM ncc bundle neither defines nor relocates, so
// the whole bundle would crash at start. Here the .wasm is loaded only when a .tf file is read, from
// (1) `hcl2json.wasm.gz` beside the running bundle (the build must copy
// node_modules/@cdktf/hcl2json/main.wasm.gz there: ncc's asset relocation corrupts binary files),
// or (2) the installed package (tests, tsx, lib/).





let bridge;
const WASM_FILE_NAME = 'hcl2json.wasm.gz';
function wasmCandidates() {
    const out = [];
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    out.push([here, WASM_FILE_NAME].join('/'));
    try {
        const req = (0,external_node_module_.createRequire)(import.meta.url);
        out.push((0,external_node_path_.join)((0,external_node_path_.dirname)(req.resolve('@cdktf/hcl2json/package.json')), 'main.wasm.gz'));
    }
    catch {
        // not installed next to us: the bundle copy is the only candidate
    }
    return out;
}
async function load() {
    const path = wasmCandidates().find((p) => (0,external_node_fs_.existsSync)(p));
    if (!path)
        throw new Error(`HCL parser not found (${WASM_FILE_NAME} is missing beside the bundle)`);
    await __webpack_require__.e(/* import() */ 45).then(__webpack_require__.t.bind(__webpack_require__, 3045, 19));
    const g = globalThis;
    const go = new g.Go();
    const { instance } = await g.WebAssembly.instantiate((0,external_node_zlib_.gunzipSync)((0,external_node_fs_.readFileSync)(path)), go.importObject);
    const root = {};
    g.__parse_terraform_config_wasm__ = root;
    void go.run(instance);
    return root;
}
/** Parses HCL2 text to the JSON shape of hcl2json (blocks as arrays, expressions as "${\u2026}"). */
async function parseHcl(filename, text) {
    return (await hclParser()).parse(filename, text);
}
function call(b, name, args) {
    let done = false;
    let error = null;
    let out = '';
    b[name](...args, (err, res) => {
        done = true;
        error = err;
        out = res ?? '';
    });
    if (!done)
        throw new Error(`HCL parser: ${name} did not answer synchronously`);
    if (error)
        throw new Error(error);
    return out;
}
let parser;
function hclParser() {
    parser ??= (async () => {
        bridge ??= load();
        const b = await bridge;
        return {
            parse: (filename, text) => JSON.parse(call(b, 'parse', [filename, text]) || '{}'),
            expressionAst: (text) => {
                const ast = JSON.parse(call(b, 'getExpressionAst', ['expr.tf', text]) || 'null');
                if (!ast)
                    throw new Error('not an expression');
                return ast;
            },
        };
    })();
    return parser;
}

;// CONCATENATED MODULE: ./lib/iac/terraform/values.js
// The values Terraform expressions evaluate to here: JSON-like data (null, string, number, bool,
// lists, objects with a null prototype), and Unknown \u2014 a value the code does not fix (a variable
// without default, a data source, an attribute the provider computes). An Unknown may carry `refs`:
// the resources (config addresses) it stands for, so `aws_launch_template.this[0].id` still tells an
// ASG which template it launches from after it went through locals, conditionals and splats.
class values_Unknown {
    reason;
    refs;
    constructor(reason, refs = []) {
        this.reason = reason;
        this.refs = refs;
    }
}
/** An evaluation error (a missing attribute, a wrong type): `try` and `can` catch it. */
class TfError extends Error {
}
const isUnknown = (v) => v instanceof values_Unknown;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof values_Unknown);
/** An object without prototype, so a hostile key (`__proto__`) is an ordinary key. */
function obj(entries) {
    const o = Object.create(null);
    if (entries)
        for (const [k, v] of entries)
            o[k] = v;
    return o;
}
/** Plain JSON (from hcl2json / JSON.parse) \u2192 Value; strings are taken literally. */
function fromJson(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (Array.isArray(v))
        return v.map(fromJson);
    if (typeof v === 'object')
        return obj(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
    return null;
}
/** The first Unknown anywhere in a value, or undefined when the value is wholly known. */
function firstUnknown(v) {
    if (v instanceof values_Unknown)
        return v;
    if (Array.isArray(v)) {
        for (const x of v) {
            const u = firstUnknown(x);
            if (u)
                return u;
        }
    }
    else if (isObject(v)) {
        for (const k in v) {
            const u = firstUnknown(v[k]);
            if (u)
                return u;
        }
    }
    return undefined;
}
/** Every resource reference carried by Unknowns in a value. */
function refsIn(v, out = new Set()) {
    if (v instanceof values_Unknown)
        for (const r of v.refs)
            out.add(r);
    else if (Array.isArray(v))
        for (const x of v)
            refsIn(x, out);
    else if (isObject(v))
        for (const k in v)
            refsIn(v[k], out);
    return out;
}
/** An Unknown that keeps the references of the values it stands for. */
function unknownOf(reason, ...from) {
    const refs = new Set();
    for (const f of from)
        refsIn(f, refs);
    return new values_Unknown(reason, [...refs]);
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (v instanceof values_Unknown)
        return 'unknown';
    if (typeof v === 'object')
        return 'object';
    return typeof v;
}
/** Terraform's conversion to string (numbers and bools convert; null and collections do not). */
function asString(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    throw new TfError(`a string is required, got ${typeName(v)}`);
}
function asNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))
        return Number(v);
    throw new TfError(`a number is required, got ${typeName(v)}`);
}
function asBool(v) {
    if (typeof v === 'boolean')
        return v;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new TfError(`a bool is required, got ${typeName(v)}`);
}
function asList(v) {
    if (Array.isArray(v))
        return v;
    throw new TfError(`a list is required, got ${typeName(v)}`);
}
function equal(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => equal(x, b[i]));
    if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
    }
    return false;
}
/** Short text of a value, for notes and reasons. */
function show(v, max = 60) {
    let s;
    if (v instanceof values_Unknown)
        s = '(unknown)';
    else if (typeof v === 'string')
        s = JSON.stringify(v);
    else {
        try {
            s = JSON.stringify(v) ?? 'null';
        }
        catch {
            s = '(value)';
        }
    }
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}

;// CONCATENATED MODULE: ./lib/iac/terraform/functions.js
// Terraform's built-in functions that real modules use to pick metadata options and launch templates.
// Each takes evaluated arguments. "strict" functions return Unknown when any argument holds an
// Unknown (their result depends on it; references do not pass through them); the others handle
// Unknowns themselves and keep the references of the values they pass through (`one`, `element`,
// `coalesce`, `lookup`, `concat`, \u2026). `try` and `can` are in the evaluator: they need lazy arguments.

const arity = (args, min, max = min) => {
    if (args.length < min || args.length > max)
        throw new TfError(`wrong number of arguments (${args.length})`);
};
/** Elements of a list, or of a map's values (sorted by key, as Terraform iterates maps). */
function functions_elements(v) {
    if (Array.isArray(v))
        return v;
    if (isObject(v))
        return Object.keys(v)
            .sort()
            .map((k) => v[k]);
    throw new TfError(`a collection is required, got ${typeName(v)}`);
}
function strict(f) {
    return (args, name) => {
        for (const a of args) {
            const u = firstUnknown(a);
            if (u)
                return new values_Unknown(u.reason);
        }
        return f(args, name);
    };
}
/** Passes through: an Unknown argument (itself, not inside) makes the result unknown with its refs. */
function shallow(f) {
    return (args, name) => {
        const u = args.find(isUnknown);
        if (u)
            return unknownOf(u.reason, ...args.filter(isUnknown));
        return f(args, name);
    };
}
function uniq(list) {
    const out = [];
    for (const x of list)
        if (!out.some((y) => equal(x, y)))
            out.push(x);
    return out;
}
function format(spec, args) {
    let i = 0;
    return spec.replace(/%(%|([-+ #0]*)(\d*)(?:\.(\d+))?([sdvqtfegxXob]))/g, (_m, pct, _flags, width, prec, verb) => {
        if (pct === '%')
            return '%';
        if (i >= args.length)
            throw new TfError('format: not enough arguments');
        const a = args[i++];
        let s;
        if (verb === 'd')
            s = String(Math.trunc(asNumber(a)));
        else if (verb === 'f')
            s = asNumber(a).toFixed(prec === undefined ? 6 : Number(prec));
        else if (verb === 'q')
            s = JSON.stringify(asString(a));
        else if (verb === 'v' && typeof a !== 'string' && typeof a !== 'number' && typeof a !== 'boolean')
            s = JSON.stringify(a);
        else if (verb === 't')
            s = String(asBool(a));
        else if (verb === 'x')
            s = Math.trunc(asNumber(a)).toString(16);
        else if (verb === 'X')
            s = Math.trunc(asNumber(a)).toString(16).toUpperCase();
        else if (verb === 'o')
            s = Math.trunc(asNumber(a)).toString(8);
        else if (verb === 'b')
            s = Math.trunc(asNumber(a)).toString(2);
        else
            s = asString(a);
        return width ? s.padStart(Number(width)) : s;
    });
}
function flatten(v) {
    const out = [];
    for (const x of v) {
        if (Array.isArray(x))
            out.push(...flatten(x));
        else
            out.push(x);
    }
    return out;
}
function mapOf(v) {
    if (isObject(v))
        return v;
    throw new TfError(`a map is required, got ${typeName(v)}`);
}
const FUNCTIONS = {
    lookup: (args) => {
        arity(args, 2, 3);
        const [m, k, d] = args;
        if (isUnknown(k) || firstUnknown(k))
            return unknownOf(firstUnknown(k).reason, m);
        if (isUnknown(m))
            return unknownOf(m.reason, m);
        const key = asString(k);
        const map = mapOf(m);
        if (Object.hasOwn(map, key))
            return map[key];
        if (args.length === 3)
            return d;
        throw new TfError(`lookup: no key ${JSON.stringify(key)}`);
    },
    coalesce: (args) => {
        const seen = [];
        for (const a of args) {
            if (isUnknown(a)) {
                seen.push(a);
                continue;
            }
            if (a === null || a === '')
                continue;
            return seen.length ? unknownOf(seen[0].reason, ...seen, a) : a;
        }
        if (seen.length)
            return unknownOf(seen[0].reason, ...seen);
        throw new TfError('coalesce: no non-null, non-empty argument');
    },
    coalescelist: shallow((args) => {
        for (const a of args)
            if (asList(a).length)
                return a;
        throw new TfError('coalescelist: every list is empty');
    }),
    merge: shallow((args) => {
        const out = obj();
        for (const a of args)
            if (a !== null)
                Object.assign(out, mapOf(a));
        return out;
    }),
    concat: shallow((args) => args.flatMap((a) => asList(a))),
    contains: strict((args) => {
        arity(args, 2);
        return asList(args[0]).some((x) => equal(x, args[1]));
    }),
    length: (args) => {
        arity(args, 1);
        const [v] = args;
        if (isUnknown(v))
            return new values_Unknown(v.reason);
        if (typeof v === 'string')
            return [...v].length;
        if (Array.isArray(v))
            return v.length;
        if (isObject(v))
            return Object.keys(v).length;
        throw new TfError(`length: not a collection (${typeName(v)})`);
    },
    element: (args) => {
        arity(args, 2);
        const [l, i] = args;
        if (isUnknown(i))
            return unknownOf(i.reason, l);
        if (isUnknown(l))
            return unknownOf(l.reason, l);
        const list = asList(l);
        if (!list.length)
            throw new TfError('element: empty list');
        const n = Math.trunc(asNumber(i));
        return list[((n % list.length) + list.length) % list.length];
    },
    one: (args) => {
        arity(args, 1);
        const [v] = args;
        if (isUnknown(v))
            return unknownOf(v.reason, v);
        if (v === null)
            return null;
        const list = functions_elements(v);
        if (list.length > 1)
            throw new TfError('one: more than one element');
        return list.length ? list[0] : null;
    },
    lower: strict((a) => asString(a[0]).toLowerCase()),
    upper: strict((a) => asString(a[0]).toUpperCase()),
    title: strict((a) => asString(a[0]).replace(/\b\w/g, (c) => c.toUpperCase())),
    trimspace: strict((a) => asString(a[0]).trim()),
    tostring: strict((a) => (a[0] === null ? null : asString(a[0]))),
    tobool: strict((a) => (a[0] === null ? null : asBool(a[0]))),
    tonumber: strict((a) => (a[0] === null ? null : asNumber(a[0]))),
    format: strict((a) => format(asString(a[0]), a.slice(1))),
    join: strict((a) => {
        arity(a, 2, 99);
        return a
            .slice(1)
            .flatMap((l) => asList(l))
            .map(asString)
            .join(asString(a[0]));
    }),
    keys: shallow((a) => Object.keys(mapOf(a[0])).sort()),
    values: shallow((a) => functions_elements(mapOf(a[0]))),
    flatten: shallow((a) => flatten(asList(a[0]))),
    compact: strict((a) => asList(a[0]).filter((x) => x !== null && x !== '')),
    toset: (a) => {
        const [v] = a;
        if (isUnknown(v))
            return unknownOf(v.reason, v);
        const list = uniq(asList(v));
        const u = list.find(isUnknown);
        if (u)
            return unknownOf(u.reason, ...list);
        return list.every((x) => typeof x === 'string') ? [...list].sort() : list;
    },
    tolist: shallow((a) => functions_elements(a[0])),
    tomap: shallow((a) => mapOf(a[0])),
    distinct: shallow((a) => uniq(asList(a[0]))),
    replace: strict((a) => {
        arity(a, 3);
        const [s, from, to] = a.map(asString);
        const re = /^\/(.*)\/$/.exec(from);
        if (re)
            return s.replace(new RegExp(re[1], 'g'), to.replace(/\$\{?(\w+)\}?/g, '$$$1'));
        return s.split(from).join(to);
    }),
    split: strict((a) => {
        arity(a, 2);
        const s = asString(a[1]);
        return s === '' ? [''] : s.split(asString(a[0]));
    }),
    startswith: strict((a) => asString(a[0]).startsWith(asString(a[1]))),
    endswith: strict((a) => asString(a[0]).endsWith(asString(a[1]))),
    substr: strict((a) => {
        const s = [...asString(a[0])];
        const off = asNumber(a[1]);
        const len = asNumber(a[2]);
        const start = off < 0 ? s.length + off : off;
        return s.slice(start, len < 0 ? undefined : start + len).join('');
    }),
    min: strict((a) => Math.min(...a.map(asNumber))),
    max: strict((a) => Math.max(...a.map(asNumber))),
    abs: strict((a) => Math.abs(asNumber(a[0]))),
    floor: strict((a) => Math.floor(asNumber(a[0]))),
    ceil: strict((a) => Math.ceil(asNumber(a[0]))),
    range: strict((a) => {
        const nums = a.map(asNumber);
        const [start, end, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
        if (step === 0)
            throw new TfError('range: step 0');
        const out = [];
        for (let x = start; step > 0 ? x < end : x > end; x += step) {
            out.push(x);
            if (out.length > 10000)
                throw new TfError('range: too many elements');
        }
        return out;
    }),
    zipmap: strict((a) => {
        const k = asList(a[0]).map(asString);
        const v = asList(a[1]);
        return obj(k.map((key, i) => [key, v[i] ?? null]));
    }),
    slice: shallow((a) => asList(a[0]).slice(asNumber(a[1]), asNumber(a[2]))),
    reverse: shallow((a) => [...asList(a[0])].reverse()),
    sort: strict((a) => asList(a[0]).map(asString).sort()),
    index: strict((a) => {
        const i = asList(a[0]).findIndex((x) => equal(x, a[1]));
        if (i < 0)
            throw new TfError('index: not found');
        return i;
    }),
    setunion: strict((a) => uniq(a.flatMap((l) => asList(l)))),
    setintersection: strict((a) => {
        const [first, ...rest] = a.map((l) => asList(l));
        return uniq(first ?? []).filter((x) => rest.every((r) => r.some((y) => equal(x, y))));
    }),
    setsubtract: strict((a) => uniq(asList(a[0])).filter((x) => !asList(a[1]).some((y) => equal(x, y)))),
    alltrue: strict((a) => asList(a[0]).every((x) => asBool(x))),
    anytrue: strict((a) => asList(a[0]).some((x) => asBool(x))),
    regex: strict((a) => {
        const m = new RegExp(asString(a[0])).exec(asString(a[1]));
        if (!m)
            throw new TfError('regex: no match');
        return m.length > 1 ? m.slice(1).map((x) => x ?? null) : m[0];
    }),
    jsonencode: strict((a) => JSON.stringify(a[0])),
    trimprefix: strict((a) => {
        const [s, p] = a.map(asString);
        return s.startsWith(p) ? s.slice(p.length) : s;
    }),
    trimsuffix: strict((a) => {
        const [s, p] = a.map(asString);
        return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
    }),
    nonsensitive: (a) => a[0],
    sensitive: (a) => a[0],
    type: (a) => typeName(a[0]),
};
const hasFunction = (name) => Object.hasOwn(FUNCTIONS, name);
/** Names of functions whose result is fixed only when the run happens (timestamp, uuid, file reads). */
const RUNTIME_FUNCTIONS = new Set([
    'timestamp',
    'uuid',
    'bcrypt',
    'file',
    'fileexists',
    'templatefile',
    'filebase64',
    'fileset',
    'plantimestamp',
]);


;// CONCATENATED MODULE: ./lib/iac/terraform/eval.js


const withNames = (scope, names) => ({
    names: new Map([...scope.names, ...names]),
    resolve: scope.resolve,
});
const MAX_REASON = 120;
/** Expression text for a reason: one line, at most ~120 characters, cut only between tokens. */
function shortText(text, max = MAX_REASON) {
    const s = text.replace(/\s+/g, ' ').trim();
    if (s.length <= max)
        return s;
    // Token boundaries outside string literals: before a space, a dot, an opening bracket; after a
    // comma or a closing bracket.
    let cut = -1;
    let inStr = false;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (inStr && c === '\\') {
            i++;
            continue;
        }
        if (c === '"')
            inStr = !inStr;
        if (inStr || i === 0)
            continue;
        let at = -1;
        if (c === ' ' || c === '.' || c === '(' || c === '[' || c === '{')
            at = i;
        else if (c === ',' || c === ')' || c === ']' || c === '}')
            at = i + 1;
        if (at > 0 && at <= max - 1)
            cut = at;
        if (at > max - 1) {
            if (cut < 0)
                cut = at; // one token longer than the limit: kept whole
            break;
        }
    }
    if (cut < 0 || cut >= s.length)
        return s;
    return `${s.slice(0, cut).trimEnd()}\u2026`;
}
/** Where each attribute of an object literal comes from (an attribute's own origin beats its object's). */
const keyOrigins = new WeakMap();
function originAt(container, key, fallback) {
    if (container !== null && typeof container === 'object') {
        const m = keyOrigins.get(container);
        if (m)
            return m.get(String(key));
    }
    return fallback;
}
/** A reason: the expression (cut between tokens) and why it is not known, about 120 characters at most. */
function because(text, why) {
    return `${shortText(text, Math.max(40, MAX_REASON - why.length - 3))} (${why})`;
}
const utf8 = new TextEncoder();
const utf8d = new TextDecoder();
const BATCH = 200;
class eval_Evaluator {
    parser;
    cache = new Map();
    /** Parser calls made (a batch counts once). */
    calls = 0;
    constructor(parser) {
        this.parser = parser;
    }
    ast(text) {
        let hit = this.cache.get(text);
        if (!hit) {
            this.calls++;
            try {
                hit = { node: this.parser.expressionAst(text), src: text };
            }
            catch (e) {
                hit = e instanceof Error ? e : new Error(String(e));
            }
            this.cache.set(text, hit);
        }
        if (hit instanceof Error)
            throw hit;
        return hit;
    }
    /**
     * Parses many expressions in few parser calls (as the elements of one tuple per batch): each call
     * costs far more than its size. A batch the parser refuses is left to the lazy path, one by one.
     */
    prefetch(texts) {
        const todo = [...new Set(texts)].filter((t) => !this.cache.has(t));
        for (let i = 0; i < todo.length; i += BATCH) {
            const chunk = todo.slice(i, i + BATCH);
            const src = `[\n${chunk.join(',\n')}\n]`;
            this.calls++;
            try {
                const tuple = this.parser.expressionAst(src);
                const kids = tuple.type === 'tuple' ? (tuple.children ?? []) : [];
                if (kids.length !== chunk.length)
                    continue;
                for (const [j, t] of chunk.entries())
                    this.cache.set(t, { node: kids[j], src });
            }
            catch {
                // one of them does not parse: each is parsed alone when needed
            }
        }
    }
    /** An expression's source text (hcl2json form "${\u2026}", a template, or a literal) \u2192 value. */
    raw(raw, scope) {
        if (typeof raw === 'string')
            return this.str(raw, scope);
        if (raw === null || raw === undefined)
            return { v: null };
        if (typeof raw === 'number' || typeof raw === 'boolean')
            return { v: raw };
        if (Array.isArray(raw)) {
            const items = raw.map((x) => this.raw(x, scope));
            return { v: items.map((x) => x.v), o: items.find((x) => x.o)?.o };
        }
        if (typeof raw === 'object') {
            const out = obj();
            const origins = new Map();
            for (const [rawKey, x] of Object.entries(raw)) {
                let k = rawKey;
                if (/^\$\{[\s\S]*\}$/.test(rawKey)) {
                    const kv = this.raw(rawKey, scope).v;
                    if (isUnknown(kv))
                        return { v: unknownOf(kv.reason) };
                    k = asString(kv);
                }
                const e = this.raw(x, scope);
                out[k] = e.v;
                if (e.o)
                    origins.set(k, e.o);
            }
            keyOrigins.set(out, origins);
            return { v: out };
        }
        return { v: null };
    }
    /** Evaluates, turning evaluation errors into an Unknown that says why. */
    safe(raw, scope) {
        try {
            return this.raw(raw, scope);
        }
        catch (e) {
            return {
                v: new values_Unknown(because(exprText(raw), shortText(e instanceof Error ? e.message : String(e), 60))),
            };
        }
    }
    str(s, scope) {
        if (!s.includes('${') && !s.includes('%{'))
            return { v: s };
        const stripped = s.replace(/\$\$\{|%%\{/g, '');
        if (!stripped.includes('${') && !stripped.includes('%{'))
            return { v: s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') };
        if (s.startsWith('${') && s.endsWith('}')) {
            let parsed;
            try {
                parsed = this.ast(s.slice(2, -1));
            }
            catch {
                parsed = undefined;
            }
            if (parsed)
                return this.node(parsed.node, parsed.src, scope);
        }
        // A template with text around its interpolations: as a heredoc, which takes the text as it is.
        let marker = 'EOT';
        while (s.includes(marker))
            marker += '_';
        const src = `<<${marker}\n${s}\n${marker}\n`;
        const parsed = this.ast(src);
        const r = this.node(parsed.node, parsed.src, scope);
        if (typeof r.v === 'string' && r.v.endsWith('\n'))
            r.v = r.v.slice(0, -1);
        return r;
    }
    node(n, src, scope) {
        const kids = n.children ?? [];
        const meta = n.meta ?? {};
        switch (n.type) {
            case 'literalValue': {
                const t = meta.type;
                const v = String(meta.value ?? '');
                if (t === 'number')
                    return { v: Number(v) };
                if (t === 'bool')
                    return { v: v === 'true' };
                if (t === 'string')
                    return { v };
                return { v: null };
            }
            case 'templateWrap':
                return this.node(kids[0], src, scope);
            case 'template': {
                let out = '';
                let o;
                const quoted = String(meta.value ?? '').startsWith('"');
                for (const k of kids) {
                    if (k.type === 'literalValue' && k.meta?.type === 'string') {
                        out += unescapeLiteral(String(k.meta.value ?? ''), quoted);
                        continue;
                    }
                    const e = this.node(k, src, scope);
                    o ??= e.o;
                    if (isUnknown(e.v))
                        return { v: new values_Unknown(e.v.reason), o };
                    const u = firstUnknown(e.v);
                    if (u)
                        return { v: new values_Unknown(u.reason), o };
                    if (e.v === null)
                        throw new TfError('null in a string template');
                    out += asString(e.v);
                }
                return { v: out, o };
            }
            case 'tuple': {
                const items = kids.map((k) => this.node(k, src, scope));
                return { v: items.map((x) => x.v), o: items.find((x) => x.o)?.o };
            }
            case 'object': {
                const out = obj();
                const origins = new Map();
                for (let i = 0; i + 1 < kids.length; i += 2) {
                    const key = this.key(kids[i], src, scope);
                    const val = this.node(kids[i + 1], src, scope);
                    if (isUnknown(key))
                        return { v: unknownOf(key.reason) };
                    out[asString(key)] = val.v;
                    if (val.o)
                        origins.set(asString(key), val.o);
                }
                keyOrigins.set(out, origins);
                return { v: out };
            }
            case '':
                if (!kids.length)
                    return { v: new values_Unknown(shortText(slice(src, n))) };
                return this.node(kids[0], src, scope);
            case 'scopeTraversal':
                return this.traversal((meta.traversal ?? []), String(meta.value ?? ''), scope);
            case 'relativeTraversal': {
                const base = this.node(kids[0], src, scope);
                return this.apply(base, (meta.traversal ?? []), String(meta.value ?? ''));
            }
            case 'index': {
                const col = this.node(kids[0], src, scope);
                const key = this.node(kids[1], src, scope);
                if (isUnknown(key.v))
                    return { v: unknownOf(key.v.reason, col.v), o: col.o ?? key.o };
                return {
                    v: index(col.v, key.v, String(meta.value ?? '')),
                    o: originAt(col.v, key.v, col.o ?? key.o),
                };
            }
            case 'splat':
                return this.splat(n, src, scope);
            case 'conditional': {
                const c = this.node(kids[0], src, scope);
                if (isUnknown(c.v) || firstUnknown(c.v)) {
                    const t = this.quiet(kids[1], src, scope);
                    const f = this.quiet(kids[2], src, scope);
                    const u = (isUnknown(c.v) ? c.v : firstUnknown(c.v));
                    // The references go on only when no branch could name something else (a variable, a literal id).
                    const keep = [t, f].every((b) => refsIn(b).size > 0 || isNothing(b));
                    return { v: new values_Unknown(u.reason, keep ? [...refsIn(t), ...refsIn(f)] : []), o: c.o };
                }
                const pick = asBool(c.v) ? kids[1] : kids[2];
                const r = this.node(pick, src, scope);
                return { v: r.v, o: c.o ?? r.o };
            }
            case 'unaryOp': {
                const x = this.node(kids[0], src, scope);
                const u = firstUnknown(x.v);
                if (u)
                    return { v: new values_Unknown(u.reason), o: x.o };
                if (meta.operator === 'logicalNot')
                    return { v: !asBool(x.v), o: x.o };
                return { v: -asNumber(x.v), o: x.o };
            }
            case 'binaryOp':
                return this.binary(String(meta.operator), kids, src, scope);
            case 'for':
                return this.forExpr(n, src, scope);
            case 'function':
                return this.call(n, src, scope);
            default:
                return { v: new values_Unknown(because(String(meta.value ?? slice(src, n)), 'not evaluated')) };
        }
    }
    /** Evaluates a branch that may not be taken (for its references only): errors give null. */
    quiet(n, src, scope) {
        try {
            return this.node(n, src, scope).v;
        }
        catch {
            return null;
        }
    }
    key(n, src, scope) {
        const kids = n.children ?? [];
        if (n.type === '' && !kids.length)
            return slice(src, n).trim();
        const inner = n.type === '' ? kids[0] : n;
        if (inner.type === 'scopeTraversal' &&
            (inner.meta?.traversal ?? []).length === 1 &&
            !slice(src, n).trim().startsWith('('))
            return String(inner.meta?.traversal?.[0].segment);
        return this.node(inner, src, scope).v;
    }
    traversal(parts, text, scope) {
        const root = parts[0]?.segment ?? '';
        const bound = scope.names.get(root);
        if (bound)
            return this.apply(bound, parts.slice(1), text);
        const { ev, used } = scope.resolve(parts, text);
        return this.apply(ev, parts.slice(used), text);
    }
    apply(base, parts, text) {
        let v = base.v;
        let o = base.o;
        for (const p of parts) {
            if (isUnknown(v))
                return { v: new values_Unknown(v.reason === '' ? shortText(text) : v.reason, v.refs), o };
            const key = p.type === 'nameTraversal' ? p.segment : indexKey(p.segment);
            const next = p.type === 'nameTraversal' ? attr(v, p.segment) : index(v, key, text);
            o = originAt(v, key, o);
            v = next;
        }
        return { v, o };
    }
    splat(n, src, scope) {
        const kids = n.children ?? [];
        const base = this.node(kids[0], src, scope);
        const each = kids[1];
        const parts = each && each.type === 'relativeTraversal' ? (each.meta?.traversal ?? []) : [];
        const text = String(n.meta?.value ?? '');
        if (isUnknown(base.v))
            return { v: base.v, o: base.o };
        const list = base.v === null ? [] : Array.isArray(base.v) ? base.v : [base.v];
        return { v: list.map((x) => this.apply({ v: x }, parts, text).v), o: base.o };
    }
    binary(op, kids, src, scope) {
        const l = this.node(kids[0], src, scope);
        const o = l.o;
        if (op === 'logicalAnd' || op === 'logicalOr') {
            const short = op !== 'logicalAnd';
            if (!isUnknown(l.v) && asBool(l.v) === short)
                return { v: short, o };
            const r = this.node(kids[1], src, scope);
            if (!isUnknown(r.v) && asBool(r.v) === short)
                return { v: short, o: r.o ?? o };
            if (isUnknown(l.v))
                return { v: new values_Unknown(l.v.reason), o };
            if (isUnknown(r.v))
                return { v: new values_Unknown(r.v.reason), o: o ?? r.o };
            return { v: !short, o: o ?? r.o };
        }
        const r = this.node(kids[1], src, scope);
        if ((op === 'equal' || op === 'notEqual') &&
            (l.v === null || r.v === null) &&
            !isUnknown(l.v) &&
            !isUnknown(r.v))
            return { v: (l.v === r.v) === (op === 'equal'), o: o ?? r.o };
        const u = firstUnknown(l.v) ?? firstUnknown(r.v);
        if (u)
            return { v: new values_Unknown(u.reason), o: o ?? r.o };
        const oo = o ?? r.o;
        switch (op) {
            case 'equal':
                return { v: equal(l.v, r.v), o: oo };
            case 'notEqual':
                return { v: !equal(l.v, r.v), o: oo };
            case 'greaterThan':
                return { v: asNumber(l.v) > asNumber(r.v), o: oo };
            case 'greaterThanOrEqual':
                return { v: asNumber(l.v) >= asNumber(r.v), o: oo };
            case 'lessThan':
                return { v: asNumber(l.v) < asNumber(r.v), o: oo };
            case 'lessThanOrEqual':
                return { v: asNumber(l.v) <= asNumber(r.v), o: oo };
            case 'add':
                return { v: asNumber(l.v) + asNumber(r.v), o: oo };
            case 'subtract':
                return { v: asNumber(l.v) - asNumber(r.v), o: oo };
            case 'multiply':
                return { v: asNumber(l.v) * asNumber(r.v), o: oo };
            case 'divide':
                return { v: asNumber(l.v) / asNumber(r.v), o: oo };
            case 'modulo':
                return { v: asNumber(l.v) % asNumber(r.v), o: oo };
            default:
                throw new TfError(`operator ${op}`);
        }
    }
    forExpr(n, src, scope) {
        const kids = n.children ?? [];
        const m = n.meta;
        const isObj = m.openRangeValue === '{';
        const hasCond = typeof m.conditionalExpression === 'string' && m.conditionalExpression !== '';
        let i = 1;
        const keyNode = isObj ? kids[i++] : undefined;
        const valNode = kids[i++];
        const condNode = hasCond ? kids[i++] : undefined;
        const col = this.node(kids[0], src, scope);
        if (isUnknown(col.v))
            return { v: unknownOf(col.v.reason, col.v), o: col.o };
        const keyVar = String(m.keyVar ?? '');
        const valVar = String(m.valVar ?? '');
        let pairs;
        if (Array.isArray(col.v))
            pairs = col.v.map((x, j) => [j, x]);
        else if (isObject(col.v))
            pairs = Object.keys(col.v)
                .sort()
                .map((k) => [k, col.v[k]]);
        else
            throw new TfError(`for: cannot iterate over ${typeName(col.v)}`);
        const list = [];
        const out = obj();
        let o = col.o;
        for (const [k, v] of pairs) {
            const names = [[valVar, { v, o: col.o }]];
            if (keyVar)
                names.push([keyVar, { v: k, o: col.o }]);
            const inner = withNames(scope, names);
            if (condNode) {
                const c = this.node(condNode, src, inner);
                if (isUnknown(c.v))
                    return { v: unknownOf(c.v.reason, col.v), o: c.o ?? o };
                if (!asBool(c.v))
                    continue;
            }
            const val = this.node(valNode, src, inner);
            o ??= val.o;
            if (keyNode) {
                const key = this.node(keyNode, src, inner);
                if (isUnknown(key.v))
                    return { v: unknownOf(key.v.reason, col.v), o };
                const ks = asString(key.v);
                if (m.groupedValue) {
                    const g = out[ks];
                    out[ks] = Array.isArray(g) ? [...g, val.v] : [val.v];
                }
                else
                    out[ks] = val.v;
            }
            else
                list.push(val.v);
        }
        return { v: keyNode ? out : list, o };
    }
    call(n, src, scope) {
        const name = String(n.meta?.name ?? '').replace(/^provider::[^:]+::/, '');
        const kids = n.children ?? [];
        const text = String(n.meta?.value ?? name);
        if (name === 'try' || name === 'can') {
            for (const k of kids) {
                try {
                    const r = this.node(k, src, scope);
                    if (name === 'can')
                        return { v: isUnknown(r.v) ? new values_Unknown(r.v.reason) : true, o: r.o };
                    return r;
                }
                catch (e) {
                    if (!(e instanceof TfError))
                        throw e;
                }
            }
            if (name === 'can')
                return { v: false };
            throw new TfError('try: every argument failed');
        }
        if (RUNTIME_FUNCTIONS.has(name))
            return { v: new values_Unknown(because(text, 'not evaluated offline')) };
        const fn = FUNCTIONS[name];
        if (!fn)
            return { v: new values_Unknown(because(text, `function ${name} not evaluated`)) };
        const args = kids.map((k) => this.node(k, src, scope));
        let values = args.map((a) => a.v);
        if (n.meta?.expandedFinalArgument && values.length) {
            const last = values[values.length - 1];
            if (isUnknown(last))
                return { v: unknownOf(last.reason, last) };
            values = [...values.slice(0, -1), ...(Array.isArray(last) ? last : [])];
        }
        const v = fn(values, name);
        const same = args.find((a) => a.v === v && a.o);
        return { v, o: same?.o ?? args.find((a) => a.o)?.o };
    }
}
const ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** A template's literal text as the parser hands it over (source form) \u2192 its value. */
function unescapeLiteral(raw, quoted) {
    const s = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
    if (!quoted)
        return s;
    return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e) => {
        if (e.length > 1)
            return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
        return ESCAPES[e] ?? m;
    });
}
/** null, "", [] or {}: a value that names nothing. */
function isNothing(v) {
    if (v === null || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    return isObject(v) && Object.keys(v).length === 0;
}
function slice(src, n) {
    const r = n.range;
    if (!r)
        return '';
    const bytes = utf8.encode(src);
    return utf8d.decode(bytes.slice(r.start.byte, r.end.byte));
}
function indexKey(segment) {
    if (segment.startsWith('"')) {
        try {
            return JSON.parse(segment);
        }
        catch {
            return segment.slice(1, -1);
        }
    }
    return /^-?\d+(\.\d+)?$/.test(segment) ? Number(segment) : segment;
}
function attr(v, name) {
    if (isUnknown(v))
        return v;
    if (isObject(v)) {
        if (Object.hasOwn(v, name))
            return v[name];
        throw new TfError(`no attribute "${name}"`);
    }
    if (v === null)
        throw new TfError(`attribute "${name}" of null`);
    throw new TfError(`attribute "${name}" of a ${typeName(v)}`);
}
function index(v, key, text) {
    if (isUnknown(v))
        return v;
    if (Array.isArray(v)) {
        const i = asNumber(key);
        if (!Number.isInteger(i) || i < 0 || i >= v.length)
            throw new TfError(`index ${i} out of range in ${shortText(text, 60)}`);
        return v[i];
    }
    if (isObject(v)) {
        const k = asString(key);
        if (Object.hasOwn(v, k))
            return v[k];
        throw new TfError(`no key ${JSON.stringify(k)}`);
    }
    throw new TfError(`cannot index a ${typeName(v)}`);
}
/** The source text of a raw hcl2json value, for messages. */
function exprText(raw) {
    if (typeof raw === 'string') {
        const m = /^\$\{([\s\S]*)\}$/.exec(raw);
        return m ? m[1] : raw;
    }
    try {
        return JSON.stringify(raw) ?? 'null';
    }
    catch {
        return '(value)';
    }
}

;// CONCATENATED MODULE: ./lib/iac/terraform/folder.js

const isRaw = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** hcl2json gives a block as an array of bodies; the first one. */
const firstBody = (v) => Array.isArray(v) ? (isRaw(v[0]) ? v[0] : undefined) : isRaw(v) ? v : undefined;
const bodies = (v) => (Array.isArray(v) ? v.filter(isRaw) : isRaw(v) ? [v] : []);
/** Line (1-based) of `name =` (or `"name":`) between lines start and end, inclusive. */
function attrLine(lines, start, end, name) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^\\s*(?:${esc}|"${esc}")\\s*[=:](?!=)`);
    for (let n = Math.max(1, start); n <= Math.min(end, lines.length); n++)
        if (re.test(lines[n - 1]))
            return n;
    return undefined;
}
function origin(file, line, what, place = 'elsewhere') {
    const w = clean(what, 200);
    return line === undefined ? { file, what: w, place } : { file, line, what: w, place };
}
/** Parses one .tf file; a file that is not valid HCL is an error with its line. */
function parseTfFile(parser, file, text) {
    if (file.endsWith('.tf.json'))
        return parseTfJson(file, text);
    try {
        const json = parser.parse(file, text);
        return { file, text, lines: text.split(/\r?\n/), json, scan: scanHcl(text) };
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const line = /:(\d+),\d+-/.exec(msg);
        return {
            file,
            message: `not valid HCL: ${clean(msg, 400)}`,
            line: line ? Number(line[1]) : undefined,
        };
    }
}
/** Terraform's JSON syntax: the same structure as hcl2json's output; blocks are located by their keys. */
function parseTfJson(file, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        return { file, message: `not valid JSON: ${clean(e instanceof Error ? e.message : String(e))}` };
    }
    if (!isRaw(json))
        return { file, message: 'not a Terraform JSON configuration (not an object)' };
    const lines = text.split(/\r?\n/);
    const blocks = [];
    const keyLine = (key, from) => attrLine(lines, from, lines.length, JSON.stringify(key).slice(1, -1));
    for (const keyword of ['resource', 'data']) {
        const at = keyLine(keyword, 1) ?? 1;
        const byType = isRaw(json[keyword]) ? json[keyword] : {};
        for (const [type, named] of Object.entries(byType)) {
            const t = keyLine(type, at) ?? at;
            for (const name of Object.keys(isRaw(named) ? named : {})) {
                const line = keyLine(name, t) ?? t;
                blocks.push({ keyword, labels: [type, name], line, endLine: line });
            }
        }
    }
    for (const keyword of ['variable', 'module', 'output']) {
        const at = keyLine(keyword, 1) ?? 1;
        for (const name of Object.keys(isRaw(json[keyword]) ? json[keyword] : {})) {
            const line = keyLine(name, at) ?? at;
            blocks.push({ keyword, labels: [name], line, endLine: line });
        }
    }
    return { file, text, lines, json, scan: { blocks, comments: new Map(), commentOnly: new Set() } };
}
function byKeyword(blocks, keyword) {
    return blocks.filter((b) => b.keyword === keyword);
}
/** The declarations of a folder's files, each matched with its block's position. */
function folderDef(folder, files) {
    const def = {
        folder,
        files,
        variables: new Map(),
        locals: new Map(),
        resources: new Map(),
        data: new Set(),
        modules: new Map(),
        outputs: new Map(),
        providers: [],
        moves: [],
    };
    for (const f of files) {
        const blocks = f.scan.blocks;
        const index = new Map();
        for (const b of blocks) {
            const k = [b.keyword, ...b.labels].join('\u0000');
            if (!index.has(k))
                index.set(k, b);
        }
        const find = (keyword, labels) => index.get([keyword, ...labels].join('\u0000'));
        const j = f.json;
        if (isRaw(j.resource)) {
            for (const [type, named] of Object.entries(j.resource)) {
                if (!isRaw(named))
                    continue;
                for (const [name, list] of Object.entries(named)) {
                    const body = firstBody(list) ?? {};
                    const key = `${type}.${name}`;
                    if (def.resources.has(key))
                        continue;
                    const b = find('resource', [type, name]);
                    def.resources.set(key, {
                        type,
                        name,
                        body,
                        file: f.file,
                        line: b?.line,
                        end: b?.endLine,
                        suppressions: b ? blockSuppressions(f.scan, b.line, b.endLine) : [],
                    });
                }
            }
        }
        if (isRaw(j.data)) {
            for (const [type, named] of Object.entries(j.data)) {
                if (isRaw(named))
                    for (const name of Object.keys(named))
                        def.data.add(`${type}.${name}`);
            }
        }
        if (isRaw(j.variable)) {
            for (const [name, list] of Object.entries(j.variable)) {
                const b = find('variable', [name]);
                def.variables.set(name, {
                    body: firstBody(list) ?? {},
                    file: f.file,
                    line: b?.line,
                    end: b?.endLine,
                });
            }
        }
        if (isRaw(j.module)) {
            for (const [name, list] of Object.entries(j.module)) {
                const b = find('module', [name]);
                def.modules.set(name, {
                    name,
                    body: firstBody(list) ?? {},
                    file: f.file,
                    line: b?.line,
                    end: b?.endLine,
                });
            }
        }
        if (isRaw(j.output)) {
            for (const [name, list] of Object.entries(j.output)) {
                const b = find('output', [name]);
                def.outputs.set(name, { raw: firstBody(list)?.value, file: f.file, line: b?.line, end: b?.endLine });
            }
        }
        const localBlocks = byKeyword(blocks, 'locals');
        for (const [i, body] of bodies(j.locals).entries()) {
            const b = localBlocks[i];
            for (const [name, raw] of Object.entries(body)) {
                const line = b ? attrLine(f.lines, b.line + 1, b.endLine, name) : undefined;
                def.locals.set(name, { raw, file: f.file, line });
            }
        }
        if (isRaw(j.provider)) {
            const providerBlocks = blocks.filter((b) => b.keyword === 'provider' && b.labels[0] === 'aws');
            for (const [i, body] of bodies(j.provider.aws).entries()) {
                const b = providerBlocks[i];
                def.providers.push({ body, file: f.file, line: b?.line, end: b?.endLine });
            }
        }
        const movedBlocks = byKeyword(blocks, 'moved');
        for (const [i, body] of bodies(j.moved).entries()) {
            const from = traversalText(body.from);
            const to = traversalText(body.to);
            if (from && to)
                def.moves.push({ from, to, file: f.file, line: movedBlocks[i]?.line });
        }
    }
    return def;
}
/** `${aws_instance.a}` \u2192 `aws_instance.a` (a moved block's from / to). */
function traversalText(raw) {
    if (typeof raw !== 'string')
        return undefined;
    const m = /^\$\{([\s\S]*)\}$/.exec(raw);
    return clean((m ? m[1] : raw).trim(), 300);
}

;// CONCATENATED MODULE: ./lib/iac/terraform/types.js

const NO_NAMES = {
    names: new Map(),
    resolve: (_p, text) => ({ ev: { v: new values_Unknown(`${text} (not allowed in a type)`) }, used: 1 }),
};
function convertToType(ev, typeRaw, value) {
    const m = /^\$\{([\s\S]*)\}$/.exec(typeRaw);
    const text = m ? m[1] : typeRaw;
    try {
        const parsed = ev.ast(text);
        return convert(ev, parsed.node, parsed.src, value);
    }
    catch {
        return value;
    }
}
function types_typeName(n) {
    if (n.type === 'scopeTraversal')
        return String(n.meta?.traversal?.[0]?.segment ?? '');
    if (n.type === 'function')
        return String(n.meta?.name ?? '');
    return '';
}
function convert(ev, t, src, v) {
    if (v === null || isUnknown(v))
        return v;
    const name = types_typeName(t);
    const kids = t.children ?? [];
    switch (name) {
        case 'string':
            return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
        case 'number':
            return typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
        case 'bool':
            return v === 'true' ? true : v === 'false' ? false : v;
        case 'list':
        case 'set':
            return Array.isArray(v) && kids[0] ? v.map((x) => convert(ev, kids[0], src, x)) : v;
        case 'map':
            return isObject(v) && kids[0]
                ? obj(Object.entries(v).map(([k, x]) => [k, convert(ev, kids[0], src, x)]))
                : v;
        case 'object':
            return isObject(v) && kids[0]?.type === 'object' ? object(ev, kids[0], src, v) : v;
        default:
            return v;
    }
}
function object(ev, spec, src, v) {
    const out = obj(Object.entries(v));
    const kids = spec.children ?? [];
    for (let i = 0; i + 1 < kids.length; i += 2) {
        const keyNode = kids[i];
        const inner = keyNode.children?.[0];
        const key = inner?.type === 'scopeTraversal'
            ? String(inner.meta?.traversal?.[0]?.segment ?? '')
            : keyNode.children?.length
                ? String(ev.node(keyNode, src, NO_NAMES).v)
                : sliceKey(src, keyNode);
        let attrType = kids[i + 1];
        let def = null;
        if (types_typeName(attrType) === 'optional') {
            const args = attrType.children ?? [];
            attrType = args[0];
            if (args[1])
                def = ev.node(args[1], src, NO_NAMES).v;
            if (out[key] === undefined || out[key] === null)
                out[key] = def === null ? null : convert(ev, attrType, src, def);
        }
        if (out[key] !== undefined && attrType)
            out[key] = convert(ev, attrType, src, out[key]);
    }
    return out;
}
function sliceKey(src, n) {
    const r = n.range;
    if (!r)
        return '';
    return Buffer.from(src, 'utf8').subarray(r.start.byte, r.end.byte).toString('utf8').trim();
}

;// CONCATENATED MODULE: ./lib/iac/terraform/instance.js




class Instance {
    def;
    ev;
    path;
    configPath;
    vars;
    locals = new Map();
    /** Module calls evaluated from here: their expansion and instances (for `module.x.output`). */
    children = new Map();
    outputsValue;
    evaluating = new Set();
    expansions = new Map();
    scope;
    constructor(def, ev, 
    /** Address prefix with instance keys: `module.web[0].` ('' for the root). */
    path, 
    /** Address prefix without instance keys: `module.web.`. */
    configPath, vars) {
        this.def = def;
        this.ev = ev;
        this.path = path;
        this.configPath = configPath;
        this.vars = vars;
        this.scope = { names: new Map(), resolve: (parts, text) => this.resolve(parts, text) };
    }
    resolve(parts, text) {
        const root = parts[0]?.segment ?? '';
        const second = parts[1]?.type === 'nameTraversal' ? parts[1].segment : undefined;
        const all = parts.length;
        const unknown = (why, used = all) => ({
            ev: { v: new values_Unknown(because(text, why)) },
            used,
        });
        if (root === 'var' && second) {
            const v = this.vars.get(second);
            if (v)
                return { ev: v, used: 2 };
            return this.def.variables.has(second)
                ? unknown('no default', 2)
                : { ev: { v: new values_Unknown(`var.${second} (not declared)`) }, used: 2 };
        }
        if (root === 'local' && second)
            return { ev: this.local(second), used: 2 };
        if (root === 'count' || root === 'each')
            return unknown(`outside a ${root === 'count' ? 'count' : 'for_each'}`);
        if (root === 'data')
            return unknown('data source, read at plan time');
        if (root === 'path')
            return unknown('a path, not evaluated');
        if (root === 'terraform')
            return unknown('set when Terraform runs');
        if (root === 'self')
            return unknown('known after apply');
        if (root === 'module' && second) {
            if (!this.def.modules.has(second))
                return unknown('module not declared');
            const child = this.children.get(second);
            if (!child)
                return unknown(`output of module "${second}", not evaluated`);
            const exp = child.expansion;
            const outs = child.instances.map((c) => c.outputs());
            if (exp.kind === 'count')
                return { ev: { v: outs }, used: 2 };
            if (exp.kind === 'each')
                return { ev: { v: obj(exp.items.map(([k], i) => [k, outs[i]])) }, used: 2 };
            if (exp.kind === 'unknown')
                return unknown(`module "${second}" has instances not known from the code`);
            return { ev: { v: outs[0] }, used: 2 };
        }
        if (second && this.def.resources.has(`${root}.${second}`)) {
            return { ev: { v: this.resourceValue(`${root}.${second}`, text) }, used: 2 };
        }
        return unknown('not declared');
    }
    /** A resource's value: its attributes are known after apply; each instance stands for the resource. */
    resourceValue(key, text) {
        const ref = `${this.configPath}${key}`;
        const unk = new values_Unknown(because(text, 'known after apply'), [ref]);
        const exp = this.expansion(key);
        if (exp.kind === 'count')
            return Array.from({ length: exp.n }, () => unk);
        if (exp.kind === 'each')
            return obj(exp.items.map(([k]) => [k, unk]));
        return unk;
    }
    /** This instance's outputs as one object (each evaluated once). */
    outputs() {
        if (this.outputsValue)
            return this.outputsValue;
        const out = obj();
        this.outputsValue = out;
        for (const [name, decl] of this.def.outputs)
            out[name] = this.ev.safe(decl.raw, this.scope).v;
        return out;
    }
    local(name) {
        const hit = this.locals.get(name);
        if (hit)
            return hit;
        const decl = this.def.locals.get(name);
        if (!decl)
            return { v: new values_Unknown(`local.${name} (not declared)`) };
        if (this.evaluating.has(name))
            return { v: new values_Unknown(`local.${name} (refers to itself)`) };
        this.evaluating.add(name);
        try {
            const r = this.ev.safe(decl.raw, this.scope);
            const out = { v: r.v, o: r.o ?? origin(decl.file, decl.line, `local.${name}`) };
            this.locals.set(name, out);
            return out;
        }
        finally {
            this.evaluating.delete(name);
        }
    }
    /** The instances of a resource (`type.name`) or a module call (`module.name`). */
    expansion(key) {
        const hit = this.expansions.get(key);
        if (hit)
            return hit;
        const body = key.startsWith('module.')
            ? this.def.modules.get(key.slice(7))?.body
            : this.def.resources.get(key)?.body;
        this.expansions.set(key, { kind: 'unknown', reason: 'refers to itself', attr: 'count' });
        const exp = body ? this.expand(body) : { kind: 'single' };
        this.expansions.set(key, exp);
        return exp;
    }
    expand(body) {
        if (body.count !== undefined) {
            const r = this.ev.safe(body.count, this.scope);
            const u = firstUnknown(r.v);
            if (u)
                return { kind: 'unknown', reason: u.reason, attr: 'count' };
            try {
                return { kind: 'count', n: Math.max(0, Math.trunc(asNumber(r.v))), o: r.o };
            }
            catch (e) {
                return { kind: 'unknown', reason: e instanceof Error ? e.message : String(e), attr: 'count' };
            }
        }
        if (body.for_each !== undefined) {
            const r = this.ev.safe(body.for_each, this.scope);
            if (isUnknown(r.v))
                return { kind: 'unknown', reason: r.v.reason, attr: 'for_each' };
            if (isObject(r.v)) {
                const m = r.v;
                return {
                    kind: 'each',
                    items: Object.keys(m)
                        .sort()
                        .map((k) => [k, m[k]]),
                    o: r.o,
                };
            }
            if (Array.isArray(r.v)) {
                const u = r.v.find((x) => isUnknown(x));
                if (u)
                    return { kind: 'unknown', reason: u.reason, attr: 'for_each' };
                try {
                    const keys = [...new Set(r.v.map((x) => asString(x)))].sort();
                    return { kind: 'each', items: keys.map((k) => [k, k]), o: r.o };
                }
                catch {
                    return { kind: 'unknown', reason: 'for_each of a list that is not of strings', attr: 'for_each' };
                }
            }
            if (r.v === null)
                return { kind: 'unknown', reason: 'for_each is null', attr: 'for_each' };
            return { kind: 'unknown', reason: 'for_each is not a map or set', attr: 'for_each' };
        }
        return { kind: 'single' };
    }
    /** The instance keys of an expansion, with the names `count.index` / `each.key` / `each.value`. */
    static keys(exp) {
        if (exp.kind === 'count')
            return Array.from({ length: exp.n }, (_, i) => ({
                suffix: `[${i}]`,
                names: [['count', { v: obj([['index', i]]), o: exp.o }]],
            }));
        if (exp.kind === 'each')
            return exp.items.map(([k, v]) => ({
                suffix: `[${JSON.stringify(k)}]`,
                names: [
                    [
                        'each',
                        {
                            v: obj([
                                ['key', k],
                                ['value', v],
                            ]),
                            o: exp.o,
                        },
                    ],
                ],
            }));
        if (exp.kind === 'unknown') {
            const u = new values_Unknown(exp.reason);
            const names = exp.attr === 'count'
                ? [['count', { v: obj([['index', u]]) }]]
                : [
                    [
                        'each',
                        {
                            v: obj([
                                ['key', u],
                                ['value', u],
                            ]),
                        },
                    ],
                ];
            return [{ suffix: '', names }];
        }
        return [{ suffix: '', names: [] }];
    }
}
/** The value a variable gets: `given` (a .tfvars value, a module argument) or the declared default,
 * converted to the declared type (`optional(type, default)` attributes filled in). */
function variableValue(ev, def, name, given) {
    const decl = def.variables.get(name);
    if (!decl)
        return given;
    let out = given;
    const nullable = decl.body.nullable !== false;
    if (!out || (out.v === null && !nullable)) {
        if (!('default' in decl.body))
            return out;
        const line = decl.line
            ? attrLine(def.files.find((f) => f.file === decl.file)?.lines ?? [], decl.line + 1, decl.end ?? decl.line, 'default')
            : undefined;
        const what = `variable "${name}" default`;
        const empty = {
            names: new Map(),
            resolve: (_p, text) => ({
                ev: { v: new values_Unknown(`${text} (not allowed in a default)`) },
                used: 1,
            }),
        };
        const r = ev.safe(decl.body.default, empty);
        out = { v: r.v, o: origin(decl.file, line ?? decl.line, what), what };
    }
    if (typeof decl.body.type === 'string' && out.v !== null && !isUnknown(out.v)) {
        out = { ...out, v: convertToType(ev, decl.body.type, out.v) };
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/terraform/blocks.js




/** Blocks named `name` in a body, static or `dynamic`, as (content, scope) pairs; or why unknown. */
function blocks(inst, body, name, scope) {
    const items = bodies(body[name]).map((b) => ({ body: b, scope }));
    const dyn = bodies(body.dynamic).flatMap((d) => bodies(d[name]));
    for (const d of dyn) {
        const each = inst.ev.safe(d.for_each, scope);
        if (isUnknown(each.v))
            return { unknown: `dynamic "${name}" for_each: ${each.v.reason}` };
        const iter = typeof d.iterator === 'string' ? exprText(d.iterator).trim() : name;
        const content = firstBody(d.content) ?? {};
        const pairs = Array.isArray(each.v)
            ? each.v.map((v, i) => [i, v])
            : each.v !== null && typeof each.v === 'object'
                ? Object.keys(each.v)
                    .sort()
                    .map((k) => [k, each.v[k]])
                : [];
        for (const [k, v] of pairs) {
            const bound = {
                v: obj([
                    ['key', k],
                    ['value', v],
                ]),
                o: each.o,
            };
            items.push({ body: content, scope: withNames(scope, [[iter, bound]]) });
        }
    }
    return { items };
}
function setting(inst, body, attr, scope, place, num) {
    const raw = body?.[attr];
    if (raw === undefined)
        return { state: 'unset' };
    const r = inst.ev.safe(raw, scope);
    const u = firstUnknown(r.v);
    if (u)
        return { state: 'unknown', reason: clean(u.reason) };
    if (r.v === null)
        return { state: 'unset' };
    if (typeof r.v === 'object')
        return { state: 'unknown', reason: clean(because(exprText(raw), 'not a single value')) };
    const line = attrLine(place.lines, place.start, place.end, attr);
    const literal = typeof raw !== 'string' || !raw.includes('${');
    const o = r.o ?? origin(place.file, line ?? place.start, `${attr} in ${place.what}`, 'attribute');
    const value = num ? Number(r.v) : String(r.v);
    if (num && !Number.isFinite(value))
        return { state: 'unknown', reason: clean(`${exprText(raw)} is not a number`) };
    const out = { state: 'known', value, origin: o };
    if (!literal) {
        const text = shortText(exprText(raw), 80);
        out.via = clean(r.o && r.o.what !== text ? `${text} (${r.o.what})` : text);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/terraform/services.js





const NAMESPACE = 'aws:autoscaling:launchconfiguration';
const OPTION = 'DisableIMDSv1';
const CONFIG_TEMPLATE = 'aws_elastic_beanstalk_configuration_template.';
const services_text = (x) => x.state === 'known' ? { ...x, value: String(x.value) } : x;
function sagemaker(inst, body, scope, place) {
    const b = blocks(inst, body, 'instance_metadata_service_configuration', scope);
    if ('unknown' in b)
        return { setting: { state: 'unknown', reason: clean(b.unknown) } };
    const first = b.items[0];
    if (!first)
        return { setting: { state: 'unset' } };
    return {
        setting: services_text(setting(inst, first.body, 'minimum_instance_metadata_service_version', first.scope, place, false)),
    };
}
/** The lines of the `setting` block that names DisableIMDSv1, so its `value` line is the one found. */
function optionPlace(place) {
    for (let n = place.start; n <= Math.min(place.end, place.lines.length); n++) {
        if (!place.lines[n - 1]?.includes(OPTION))
            continue;
        const after = attrLine(place.lines, n, Math.min(place.end, n + 3), 'value');
        const start = after ?? Math.max(place.start, n - 3);
        return { ...place, start, end: after ?? n };
    }
    return place;
}
/** `setting { namespace name value }` blocks (static or dynamic): the value of DisableIMDSv1. */
function beanstalkOption(inst, body, scope, place) {
    const b = blocks(inst, body, 'setting', scope);
    if ('unknown' in b)
        return { state: 'unknown', reason: clean(b.unknown) };
    let undecided;
    for (const item of b.items) {
        const ns = inst.ev.safe(item.body.namespace, item.scope).v;
        const name = inst.ev.safe(item.body.name, item.scope).v;
        const u = firstUnknown(ns) ?? firstUnknown(name);
        if (u) {
            // A block whose namespace or name is not known may be this option.
            undecided ??= `a setting block whose namespace or name depends on ${u.reason}`;
            continue;
        }
        if (ns === NAMESPACE && name === OPTION)
            return services_text(setting(inst, item.body, 'value', item.scope, optionPlace(place), false));
    }
    return undecided ? { state: 'unknown', reason: clean(undecided) } : { state: 'unset' };
}
function platformOf(inst, body, scope, place) {
    const stack = services_text(setting(inst, body, 'solution_stack_name', scope, place, false));
    return stack.state !== 'unset' ? stack : services_text(setting(inst, body, 'platform_arn', scope, place, false));
}
/** The configuration template an environment starts from: its address when it is a reference. */
function configTemplate(inst, raw, scope) {
    if (raw === undefined)
        return undefined;
    const r = inst.ev.safe(raw, scope);
    const targets = [
        ...new Set([...refsIn(r.v)].filter((x) => x.slice(x.lastIndexOf('aws_')).startsWith(CONFIG_TEMPLATE))),
    ];
    if (targets.length === 1)
        return { state: 'known', value: clean(targets[0], 400) };
    if (typeof r.v === 'string')
        return { state: 'known', value: clean(r.v) };
    if (r.v === null)
        return undefined;
    return {
        state: 'unknown',
        reason: clean(isUnknown(r.v) ? r.v.reason : shortText(exprText(raw))),
    };
}
/** The service setting of one resource of another service. */
function readService(inst, kind, body, scope, place) {
    if (kind === 'sagemaker-notebook')
        return sagemaker(inst, body, scope, place);
    if (kind === 'lightsail-instance')
        return { setting: { state: 'unset' } };
    const out = {
        setting: beanstalkOption(inst, body, scope, place),
        platform: platformOf(inst, body, scope, place),
    };
    if (kind === 'beanstalk-environment') {
        const t = configTemplate(inst, body.template_name, scope);
        if (t)
            out.configTemplate = t;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/terraform/resources.js
// IacResources of one module instance: every resource of a kind the check judges, once per instance
// (count / for_each), with its metadata options, launch template link and AMI evaluated.







const TERRAFORM_KINDS = {
    aws_instance: 'instance',
    aws_spot_instance_request: 'spot-instance',
    aws_launch_template: 'launch-template',
    aws_launch_configuration: 'launch-configuration',
    aws_autoscaling_group: 'autoscaling-group',
    aws_eks_node_group: 'eks-node-group',
    aws_ec2_instance_metadata_defaults: 'account-defaults',
    aws_sagemaker_notebook_instance: 'sagemaker-notebook',
    aws_elastic_beanstalk_environment: 'beanstalk-environment',
    aws_elastic_beanstalk_configuration_template: 'beanstalk-template',
    aws_lightsail_instance: 'lightsail-instance',
};
const SETTINGS = [
    ['httpTokens', 'http_tokens'],
    ['httpEndpoint', 'http_endpoint'],
    ['hopLimit', 'http_put_response_hop_limit'],
    ['instanceMetadataTags', 'instance_metadata_tags'],
];
function metadataFrom(inst, body, scope, place) {
    const out = {};
    for (const [key, attr] of SETTINGS)
        out[key] = setting(inst, body, attr, scope, place, key === 'hopLimit');
    return out;
}
function allUnknown(reason) {
    const u = { state: 'unknown', reason: clean(reason) };
    return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
}
function readMetadata(inst, body, scope, place) {
    const b = blocks(inst, body, 'metadata_options', scope);
    if ('unknown' in b)
        return allUnknown(b.unknown);
    const first = b.items[0];
    return metadataFrom(inst, first?.body, first?.scope ?? scope, place);
}
function templateRef(inst, kind, idRaw, versionRaw, scope) {
    const type = kind === 'launch-template' ? 'aws_launch_template.' : 'aws_launch_configuration.';
    const r = inst.ev.safe(idRaw, scope);
    const targets = [...refsIn(r.v)].filter((x) => x.slice(x.lastIndexOf('aws_')).startsWith(type));
    const distinct = [...new Set(targets)];
    let ref;
    if (distinct.length === 1)
        ref = { kind, target: clean(distinct[0], 400) };
    else if (typeof r.v === 'string')
        ref = { kind, expression: clean(r.v) };
    else
        ref = { kind, expression: clean(shortText(exprText(idRaw))) };
    if (versionRaw !== undefined) {
        const v = inst.ev.safe(versionRaw, scope);
        ref.version =
            typeof v.v === 'string' || typeof v.v === 'number'
                ? clean(String(v.v))
                : clean(shortText(exprText(versionRaw)));
    }
    return ref;
}
function readTemplate(inst, type, body, scope) {
    const lt = blocks(inst, body, 'launch_template', scope);
    if ('unknown' in lt)
        return { kind: 'launch-template', expression: clean(lt.unknown) };
    const first = lt.items[0];
    if (first && type !== 'aws_autoscaling_group') {
        return templateRef(inst, 'launch-template', first.body.id ?? first.body.name, first.body.version, first.scope);
    }
    if (first)
        return templateRef(inst, 'launch-template', first.body.id ?? first.body.name, first.body.version, first.scope);
    const mip = blocks(inst, body, 'mixed_instances_policy', scope);
    if ('unknown' in mip)
        return { kind: 'launch-template', expression: clean(mip.unknown) };
    for (const m of mip.items) {
        const l = blocks(inst, m.body, 'launch_template', m.scope);
        if ('unknown' in l)
            return { kind: 'launch-template', expression: clean(l.unknown) };
        for (const x of l.items) {
            const spec = blocks(inst, x.body, 'launch_template_specification', x.scope);
            if ('unknown' in spec)
                return { kind: 'launch-template', expression: clean(spec.unknown) };
            const s = spec.items[0];
            if (s)
                return templateRef(inst, 'launch-template', s.body.launch_template_id ?? s.body.launch_template_name, s.body.version, s.scope);
        }
    }
    if (type === 'aws_autoscaling_group' && body.launch_configuration !== undefined)
        return templateRef(inst, 'launch-configuration', body.launch_configuration, undefined, scope);
    return undefined;
}
function lines(inst, file) {
    return inst.def.files.find((f) => f.file === file)?.lines ?? [];
}
/** The IacResources of one module instance. */
function instanceResources(inst, ctx) {
    const out = [];
    // In the parser's order (per file, by type then name), as the reports have always listed them.
    for (const [key, decl] of inst.def.resources) {
        const kind = TERRAFORM_KINDS[decl.type];
        if (!kind)
            continue;
        const exp = inst.expansion(key);
        const base = (suffix) => {
            const address = `${inst.path}${key}${suffix}`;
            const r = {
                kind,
                address: clean(address, 400),
                resourceType: decl.type,
                file: decl.file,
                line: decl.line,
                format: 'terraform',
                suppressions: decl.suppressions,
                key: `${ctx.rootFolder}:${clean(address, 400)}`,
            };
            if (ctx.related.length)
                r.related = ctx.related;
            if (ctx.region)
                r.region = ctx.region;
            if (ctx.notCreated)
                r.notCreated = ctx.notCreated;
            return r;
        };
        if ((exp.kind === 'count' && exp.n === 0) || (exp.kind === 'each' && exp.items.length === 0)) {
            const r = base('');
            r.notCreated ??=
                exp.kind === 'count' ? 'count = 0 with these inputs' : 'for_each is empty with these inputs';
            fill(inst, decl, kind, r, withNames(inst.scope, Instance.keys({
                kind: 'unknown',
                reason: 'no instance',
                attr: exp.kind === 'count' ? 'count' : 'for_each',
            })[0].names));
            out.push(r);
            continue;
        }
        for (const k of Instance.keys(exp)) {
            const r = base(k.suffix);
            if (exp.kind === 'unknown')
                r.notes = [clean(`${exp.attr} not known from the code: ${shortText(exp.reason, 100)}`)];
            fill(inst, decl, kind, r, withNames(inst.scope, k.names));
            out.push(r);
        }
    }
    return out;
}
function fill(inst, decl, kind, r, scope) {
    const body = decl.body;
    const place = {
        file: decl.file,
        lines: lines(inst, decl.file),
        start: decl.line ?? 1,
        end: decl.end ?? decl.line ?? 1,
        what: `${decl.type}.${decl.name}`,
    };
    if (iac/* SERVICE_KINDS */.o1.has(kind)) {
        r.service = readService(inst, kind, body, scope, place);
        return;
    }
    if (kind === 'account-defaults')
        r.metadata = metadataFrom(inst, body, scope, place);
    else if (kind !== 'autoscaling-group' && kind !== 'eks-node-group')
        r.metadata = readMetadata(inst, body, scope, place);
    const ami = body.ami ?? body.image_id;
    if (ami !== undefined) {
        const a = inst.ev.safe(ami, scope);
        if (typeof a.v === 'string' && a.v.startsWith('ami-'))
            r.amiId = clean(a.v);
        else if (typeof a.v === 'string')
            r.amiExpression = clean(a.v);
        else
            r.amiExpression = clean(isUnknown(a.v) ? a.v.reason : shortText(exprText(ami)));
    }
    if (kind !== 'launch-template' && kind !== 'launch-configuration' && kind !== 'account-defaults') {
        const ref = readTemplate(inst, decl.type, body, scope);
        if (ref)
            r.template = ref;
    }
}

const DECIDING = new Set([
    'count',
    'for_each',
    'ami',
    'image_id',
    'metadata_options',
    'launch_template',
    'mixed_instances_policy',
    'launch_configuration',
    'http_tokens',
    'http_endpoint',
    'http_put_response_hop_limit',
    'instance_metadata_tags',
    'instance_metadata_service_configuration',
    'setting',
    'solution_stack_name',
    'platform_arn',
    'template_name',
]);
/** The expressions that decide the judged resources of a folder (for {@link Evaluator.prefetch}). */
function decidingExpressions(resources) {
    const out = [];
    const walk = (v, take) => {
        if (typeof v === 'string') {
            if (take && v.startsWith('${') && v.endsWith('}'))
                out.push(v.slice(2, -1));
        }
        else if (Array.isArray(v))
            for (const x of v)
                walk(x, take);
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                walk(x, take || DECIDING.has(k) || k === 'dynamic');
    };
    for (const r of resources)
        if (TERRAFORM_KINDS[r.type])
            walk(r.body, false);
    return out;
}

;// CONCATENATED MODULE: ./lib/iac/terraform.js








const terraform_MAX_DEPTH = 10;
const META_ARGS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on', 'lifecycle']);
const folderOf = (file) => file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
const baseName = (file) => file.slice(file.lastIndexOf('/') + 1);
const isVarFile = (file) => file.endsWith('.tfvars') || file.endsWith('.tfvars.json');
const isAuto = (name) => /\.auto\.tfvars(\.json)?$/.test(name);
/** `a/b` + `../c` \u2192 `a/c`; '.' for the workspace root; undefined when it leaves the workspace. */
function joinFolder(base, rel) {
    const out = base === '.' ? [] : base.split('/');
    for (const p of rel.split('/')) {
        if (p === '' || p === '.')
            continue;
        if (p === '..') {
            if (!out.length)
                return undefined;
            out.pop();
        }
        else
            out.push(p);
    }
    return out.length ? out.join('/') : '.';
}
const inFolder = (folder, name) => (folder === '.' ? name : `${folder}/${name}`);
async function loadFolder(run, folder) {
    if (run.defs.has(folder))
        return run.defs.get(folder) ?? null;
    let names = [...run.given.keys()].filter((f) => folderOf(f) === folder && !isVarFile(f));
    const texts = new Map();
    for (const n of names)
        texts.set(n, run.given.get(n) ?? '');
    if (!names.length && run.source) {
        const listed = await run.source.listFolder(folder);
        names = listed
            .filter((n) => n.endsWith('.tf') || n.endsWith('.tf.json'))
            .sort()
            .map((n) => inFolder(folder, n));
        for (const n of names) {
            const t = await run.source.readFile(n);
            if (t !== undefined)
                texts.set(n, t);
        }
    }
    const files = [];
    for (const [file, text] of texts) {
        const p = parseTfFile(run.parser, file, text);
        if ('json' in p)
            files.push(p);
        else
            run.errors.push(p);
    }
    const def = files.length ? folderDef(folder, files) : null;
    run.defs.set(folder, def);
    return def;
}
async function readText(run, file) {
    return run.given.get(file) ?? (await run.source?.readFile(file));
}
function varFileValues(run, file, text) {
    const values = new Map();
    const lines = text.split(/\r?\n/);
    const what = baseName(file);
    const scope = {
        names: new Map(),
        resolve: (_p, t) => ({
            ev: { v: new values_Unknown(`${t} (not allowed in a var file)`) },
            used: 1,
        }),
    };
    let json;
    try {
        json = file.endsWith('.json')
            ? JSON.parse(text)
            : run.parser.parse(file, text);
        if (!isRaw(json))
            throw new Error('not an object');
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const line = /:(\d+),\d+-/.exec(msg);
        run.errors.push({
            file,
            message: `not a valid var file: ${clean(msg, 400)}`,
            line: line ? Number(line[1]) : undefined,
        });
        return undefined;
    }
    for (const [name, raw] of Object.entries(json)) {
        const v = file.endsWith('.json') ? { v: fromJson(raw) } : run.ev.safe(raw, scope);
        values.set(name, { v: v.v, o: origin(file, attrLine(lines, 1, lines.length, name), what), what });
    }
    return { file, values };
}
/** The root module's variables: defaults < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars
 * (lexical) < other .tfvars not named (lexical, with a notice) < var files named by the caller. */
async function rootVariables(run, def, varFiles, named) {
    const order = (n) => n === 'terraform.tfvars' ? 0 : n === 'terraform.tfvars.json' ? 1 : isAuto(n) ? 2 : 3;
    const local = varFiles
        .filter((f) => !named.includes(f))
        .sort((a, b) => order(baseName(a)) - order(baseName(b)) || (baseName(a) < baseName(b) ? -1 : 1));
    const given = new Map();
    for (const f of [...local, ...named]) {
        const text = await readText(run, f);
        if (text === undefined) {
            run.notices.push({ file: f, message: `var file ${clean(f)} could not be read` });
            continue;
        }
        if (order(baseName(f)) === 3 && !named.includes(f)) {
            run.notices.push({
                file: f,
                message: `${clean(baseName(f))} is not loaded by Terraform unless passed with -var-file; it was applied after the *.auto.tfvars files. Name the var files your pipeline passes in input iac (var-file: PATH, in order) so the check uses the same ones.`,
            });
        }
        const vals = varFileValues(run, f, text);
        if (vals)
            for (const [k, v] of vals.values)
                given.set(k, v);
    }
    const out = new Map();
    for (const name of def.variables.keys()) {
        const v = variableValue(run.ev, def, name, given.get(name));
        if (v)
            out.set(name, v);
    }
    return out;
}
async function modulesJson(run, root) {
    const file = inFolder(root, '.terraform/modules/modules.json');
    const text = await readText(run, file);
    if (text === undefined)
        return undefined;
    try {
        const j = JSON.parse(text);
        const dirs = new Map();
        for (const m of Array.isArray(j.Modules) ? j.Modules : []) {
            if (typeof m?.Key === 'string' && typeof m.Dir === 'string')
                dirs.set(m.Key, m.Dir);
        }
        return { dirs };
    }
    catch {
        run.notices.push({
            file,
            message: `${clean(file)} is not valid JSON: downloaded modules were not evaluated`,
        });
        return undefined;
    }
}
function regionOf(inst) {
    for (const p of inst.def.providers) {
        if (p.body.alias !== undefined || p.body.region === undefined)
            continue;
        const r = inst.ev.safe(p.body.region, inst.scope);
        if (typeof r.v === 'string')
            return clean(r.v);
    }
    return undefined;
}
const isLocalSource = (s) => s.startsWith('./') || s.startsWith('../');
/** The module instances a module instance calls (their folders read, their variables bound). */
async function children(run, inst, w, region) {
    const out = [];
    for (const call of inst.def.modules.values()) {
        const source = typeof call.body.source === 'string' ? call.body.source : undefined;
        const label = `module "${call.name}" (source ${clean(source ?? exprText(call.body.source), 120)})`;
        const notice = (why) => {
            run.notices.push({
                file: call.file,
                line: call.line,
                message: clean(`${label} was not evaluated: ${why}`, 400),
            });
        };
        if (!source) {
            notice('its source is not a literal string');
            continue;
        }
        const keyPath = [...w.keyPath, call.name];
        let folder;
        if (isLocalSource(source))
            folder = joinFolder(inst.def.folder, source);
        else {
            const dir = w.modulesJson?.dirs.get(keyPath.join('.'));
            if (dir !== undefined)
                folder = joinFolder(w.rootFolder, dir);
            else {
                notice('its code is not in the checkout; run terraform init before the check, or commit a plan');
                continue;
            }
        }
        if (!folder) {
            notice('its folder is outside the workspace');
            continue;
        }
        if (w.chain.includes(folder)) {
            notice(`it calls ${clean(folder)} again (a module cycle)`);
            continue;
        }
        if (w.chain.length >= terraform_MAX_DEPTH) {
            notice(`modules nest deeper than ${terraform_MAX_DEPTH} levels`);
            continue;
        }
        const child = await loadFolder(run, folder);
        if (!child) {
            notice(`no .tf files in ${clean(folder)}`);
            continue;
        }
        const exp = inst.expansion(`module.${call.name}`);
        const lines = inst.def.files.find((f) => f.file === call.file)?.lines ?? [];
        const callSite = origin(call.file, call.line, `module "${call.name}" call`);
        const zero = (exp.kind === 'count' && exp.n === 0) || (exp.kind === 'each' && exp.items.length === 0);
        const keys = zero ? [{ suffix: '', names: [] }] : Instance.keys(exp);
        const made = [];
        for (const k of keys) {
            const scope = withNames(inst.scope, k.names);
            const vars = new Map();
            for (const name of child.variables.keys()) {
                let given;
                if (Object.hasOwn(call.body, name) && !META_ARGS.has(name)) {
                    const r = run.ev.safe(call.body[name], scope);
                    const what = `module "${call.name}" argument ${name}`;
                    const line = call.line ? attrLine(lines, call.line + 1, call.end ?? call.line, name) : undefined;
                    given = { v: r.v, o: r.o ?? origin(call.file, line ?? call.line, what), what: r.o?.what ?? what };
                }
                const v = variableValue(run.ev, child, name, given);
                if (v)
                    vars.set(name, v);
            }
            const childInst = new Instance(child, run.ev, `${inst.path}module.${call.name}${k.suffix}.`, `${inst.configPath}module.${call.name}.`, vars);
            made.push([k.suffix, childInst]);
            out.push({
                inst: childInst,
                walk: {
                    ...w,
                    chain: [...w.chain, folder],
                    keyPath,
                    related: [...w.related, callSite],
                    region,
                    notCreated: w.notCreated ??
                        (zero
                            ? `module "${call.name}" ${exp.kind === 'count' ? 'count = 0' : 'for_each is empty'} with these inputs`
                            : undefined),
                },
            });
        }
        if (!zero)
            inst.children.set(call.name, { expansion: exp, instances: made.map(([, i]) => i) });
    }
    return out;
}
async function evaluate(run, inst, w) {
    if (!run.prefetched.has(inst.def)) {
        run.prefetched.add(inst.def);
        run.ev.prefetch(decidingExpressions(inst.def.resources.values()));
    }
    const region = regionOf(inst) ?? w.region;
    // Children first, so this module's expressions can read their outputs.
    const kids = await children(run, inst, w, region);
    run.resources.push(...instanceResources(inst, {
        related: w.related,
        region,
        rootFolder: w.rootFolder,
        notCreated: w.notCreated,
    }));
    for (const m of inst.def.moves)
        run.moves.push({
            folder: w.rootFolder,
            from: clean(`${inst.path}${m.from}`, 400),
            to: clean(`${inst.path}${m.to}`, 400),
        });
    for (const k of kids)
        await evaluate(run, k.inst, k.walk);
}
/** Reads every Terraform file given (any folders): each folder that no other given folder calls as a
 * local module is a root, evaluated with its defaults and var files; the others through their calls. */
async function readTerraform(files, options = {}) {
    const parser = await hclParser();
    const run = {
        parser,
        ev: new eval_Evaluator(parser),
        source: options.source,
        given: new Map(files.map((f) => [f.file, f.text])),
        defs: new Map(),
        errors: [],
        notices: [],
        resources: [],
        moves: [],
        prefetched: new Set(),
    };
    const folders = [...new Set(files.filter((f) => !isVarFile(f.file)).map((f) => folderOf(f.file)))].sort();
    for (const f of folders)
        await loadFolder(run, f);
    const loaded = folders.map((f) => run.defs.get(f)).filter((d) => !!d);
    run.ev.prefetch(loaded.flatMap((d) => decidingExpressions(d.resources.values())));
    for (const d of loaded)
        run.prefetched.add(d);
    const called = new Map();
    for (const f of folders) {
        const def = run.defs.get(f);
        for (const call of def?.modules.values() ?? []) {
            const s = call.body.source;
            if (typeof s !== 'string' || !isLocalSource(s))
                continue;
            const target = joinFolder(f, s);
            if (target && target !== f && folders.includes(target))
                called.set(target, [...(called.get(target) ?? []), f]);
        }
    }
    const roots = folders.filter((f) => !called.has(f) && run.defs.get(f));
    // A folder reached by no root (modules that call each other in a cycle) is evaluated as a root too.
    const reached = new Set(roots);
    let grew = true;
    while (grew) {
        grew = false;
        for (const [target, callers] of called)
            if (!reached.has(target) && callers.some((c) => reached.has(c))) {
                reached.add(target);
                grew = true;
            }
    }
    for (const f of folders)
        if (!reached.has(f) && run.defs.get(f))
            roots.push(f);
    const varFilesGiven = files.filter((f) => isVarFile(f.file)).map((f) => f.file);
    const named = options.varFiles ?? [];
    for (const root of roots) {
        const def = run.defs.get(root);
        if (!def)
            continue;
        const mine = new Set(varFilesGiven.filter((f) => folderOf(f) === root));
        if (options.source) {
            for (const n of await options.source.listFolder(root))
                if (n === 'terraform.tfvars' || n === 'terraform.tfvars.json' || isAuto(n))
                    mine.add(inFolder(root, n));
        }
        const namedHere = named.filter((f) => folderOf(f) === root || roots.length === 1);
        const before = run.resources.length;
        try {
            const vars = await rootVariables(run, def, [...mine], namedHere);
            const inst = new Instance(def, run.ev, '', '', vars);
            await evaluate(run, inst, {
                rootFolder: root,
                modulesJson: await modulesJson(run, root),
                chain: [root],
                keyPath: [],
                related: [],
            });
        }
        catch (e) {
            // never expected; the folder is reported rather than the whole check failing
            run.resources.length = before;
            run.errors.push({
                file: def.files[0]?.file ?? root,
                message: `could not be evaluated: ${clean(e instanceof Error ? e.message : String(e))}`,
            });
        }
    }
    for (const f of named) {
        if (!roots.some((r) => folderOf(f) === r) && roots.length !== 1)
            run.notices.push({
                file: f,
                message: `var file ${clean(f)} is in no folder evaluated as a root module, so it was not applied`,
            });
    }
    for (const f of varFilesGiven) {
        if (!roots.includes(folderOf(f)) && !folders.includes(folderOf(f)))
            run.notices.push({
                file: f,
                message: `var file ${clean(f)} has no .tf files beside it, so it was not applied`,
            });
    }
    return {
        resources: run.resources,
        errors: run.errors,
        notices: run.notices,
        moves: run.moves,
    };
}


;// CONCATENATED MODULE: ./lib/iac/plan.js
// Terraform plan JSON (`terraform show -json`) \u2192 IacResource. Values come from
// resource_changes[].change (before / after / after_unknown); references (ASG \u2192 launch template) and
// the variable an unknown value depends on come from `configuration`. A plan carries no source
// positions: the caller's lookup maps an address to its .tf block, else the address is located in
// the plan file's text.



const plan_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v) => Array.isArray(v) && plan_isObj(v[0]) ? v[0] : plan_isObj(v) ? v : undefined;
function isTerraformPlan(json) {
    return plan_isObj(json) && 'format_version' in json && ('planned_values' in json || 'resource_changes' in json);
}
function action(actions) {
    if (!Array.isArray(actions))
        return undefined;
    const a = actions.join(',');
    if (a === 'delete,create' || a === 'create,delete')
        return 'replace';
    return ['create', 'update', 'delete', 'no-op', 'read'].includes(a) ? a : undefined;
}
/** Strips instance keys: module.a["x"].aws_instance.b[0] \u2192 module.a.aws_instance.b */
const plan_folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
function configAddress(address) {
    return address.replace(/\[[^\]]*\]/g, '');
}
function collectConfig(mod, prefix, out) {
    if (!plan_isObj(mod))
        return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
        if (plan_isObj(r) && typeof r.address === 'string')
            out.set(prefix + r.address, r);
    }
    const calls = plan_isObj(mod.module_calls) ? mod.module_calls : {};
    for (const [name, call] of Object.entries(calls)) {
        if (plan_isObj(call))
            collectConfig(call.module, `${prefix}module.${name}.`, out);
    }
}
function refs(expr) {
    return plan_isObj(expr) && Array.isArray(expr.references) ? expr.references.map(String) : [];
}
const KEYS = [
    ['httpTokens', 'http_tokens'],
    ['httpEndpoint', 'http_endpoint'],
    ['hopLimit', 'http_put_response_hop_limit'],
    ['instanceMetadataTags', 'instance_metadata_tags'],
];
function metadata(values, unknown, config, flat) {
    const block = flat ? values : first(values?.metadata_options);
    const unk = flat ? unknown : plan_isObj(unknown) ? unknown.metadata_options : undefined;
    const wholeUnknown = unk === true;
    const unkLeaves = flat ? (plan_isObj(unk) ? unk : undefined) : first(unk);
    const cfg = flat ? config : first(config?.metadata_options);
    const out = {};
    for (const [key, attr] of KEYS) {
        const v = block?.[attr];
        if (v !== undefined && v !== null && v !== '') {
            out[key] = { state: 'known', value: key === 'hopLimit' ? Number(v) : String(v) };
        }
        else if (wholeUnknown || unkLeaves?.[attr] === true) {
            const r = refs(cfg?.[attr]);
            // The block is absent from the configuration: the provider computes it at apply, i.e. EC2's
            // launch-time default applies, which is exactly "unset".
            out[key] =
                cfg === undefined && wholeUnknown
                    ? { state: 'unset' }
                    : { state: 'unknown', reason: clean(r[0] ?? 'known after apply') };
        }
        else
            out[key] = { state: 'unset' };
    }
    return out;
}
/** A plan value: known, unknown until apply (with the reference it comes from), or unset. */
function planValue(v, unknown, cfg) {
    if (v !== undefined && v !== null && v !== '' && typeof v !== 'object')
        return { state: 'known', value: clean(String(v)) };
    if (unknown)
        return { state: 'unknown', reason: clean(refs(cfg)[0] ?? 'known after apply') };
    return { state: 'unset' };
}
/** The other services' IMDS setting from a plan's values (see terraform/services.ts for the source). */
function planService(kind, values, unknown, config, prefix) {
    const unk = plan_isObj(unknown) ? unknown : {};
    const out = { setting: { state: 'unset' } };
    if (kind === 'sagemaker-notebook') {
        const u = unk.instance_metadata_service_configuration;
        out.setting = planValue(first(values?.instance_metadata_service_configuration)?.minimum_instance_metadata_service_version, u === true || first(u)?.minimum_instance_metadata_service_version === true, first(config?.instance_metadata_service_configuration)?.minimum_instance_metadata_service_version);
        return out;
    }
    if (kind === 'lightsail-instance')
        return out;
    const settings = Array.isArray(values?.setting) ? values.setting.filter(plan_isObj) : [];
    const hit = settings.find((x) => x.namespace === 'aws:autoscaling:launchconfiguration' && x.name === 'DisableIMDSv1');
    // A block whose namespace or name is known only after apply may be this option.
    const undecided = unk.setting === true ||
        settings.some((x) => typeof x.namespace !== 'string' || typeof x.name !== 'string');
    out.setting = hit
        ? planValue(hit.value, hit.value === undefined || hit.value === null, undefined)
        : undecided
            ? { state: 'unknown', reason: 'a setting block known only after apply' }
            : { state: 'unset' };
    const stack = planValue(values?.solution_stack_name, unk.solution_stack_name === true, config?.solution_stack_name);
    out.platform =
        stack.state !== 'unset'
            ? stack
            : planValue(values?.platform_arn, unk.platform_arn === true, config?.platform_arn);
    if (kind === 'beanstalk-environment') {
        const target = refs(config?.template_name).find((r) => r.slice(r.lastIndexOf('aws_')).startsWith('aws_elastic_beanstalk_configuration_template.'));
        const t = planValue(values?.template_name, unk.template_name === true, config?.template_name);
        const address = target?.split('.').slice(0, 2).join('.');
        if (address)
            out.configTemplate = { state: 'known', value: clean(`${prefix}${address}`) };
        else if (t.state !== 'unset')
            out.configTemplate = t;
    }
    return out;
}
function plan_templateRef(kind, cfgExpr, value, version, prefix) {
    const type = kind === 'launch-template' ? 'aws_launch_template.' : 'aws_launch_configuration.';
    const target = refs(cfgExpr).find((r) => r.startsWith(type) && r.split('.').length === 2);
    if (target)
        return {
            kind,
            target: prefix + target.replace(/\[[^\]]*\]/g, ''),
            version: version,
        };
    if (typeof value === 'string' && value)
        return { kind, expression: clean(value), version: version };
    if (cfgExpr === undefined && value === undefined)
        return undefined;
    return {
        kind,
        expression: clean(refs(cfgExpr)[0] ?? 'known after apply'),
        version: version,
    };
}
function versionOf(cfg, value) {
    const c = cfg?.version;
    if (plan_isObj(c) && 'constant_value' in c)
        return clean(String(c.constant_value));
    if (refs(c).length)
        return clean(refs(c)[0]);
    return typeof value?.version === 'string' ? clean(value.version) : undefined;
}
function readRef(type, after, cfg, prefix) {
    const ex = plan_isObj(cfg?.expressions) ? cfg.expressions : undefined;
    const lt = first(ex?.launch_template);
    const ltv = first(after?.launch_template);
    if (lt || ltv)
        return plan_templateRef('launch-template', lt?.id ?? lt?.name, ltv?.id ?? ltv?.name, versionOf(lt, ltv), prefix);
    const mip = first(first(first(ex?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
    const mipv = first(first(first(after?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
    if (mip || mipv) {
        const id = mip?.launch_template_id ?? mip?.launch_template_name;
        return plan_templateRef('launch-template', id, mipv?.launch_template_id ?? mipv?.launch_template_name, versionOf(mip, mipv), prefix);
    }
    if (type === 'aws_autoscaling_group' && (ex?.launch_configuration || after?.launch_configuration)) {
        return plan_templateRef('launch-configuration', ex?.launch_configuration, after?.launch_configuration, undefined, prefix);
    }
    return undefined;
}
/** A regex source matching the JSON string of `key`, each letter written plainly or as a \\uXXXX escape. */
function jsonKey(key) {
    const letters = [...key].map((c) => {
        const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
        const any = [...hex].map((h) => (/[a-f]/.test(h) ? `[${h}${h.toUpperCase()}]` : h)).join('');
        return `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|\\\\u${any})`;
    });
    return `"${letters.join('')}"`;
}
const ADDRESS = new RegExp(`${jsonKey('address')}\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`, 'g');
const RESOURCE_CHANGES = new RegExp(jsonKey('resource_changes'));
/** Line of each resource change's "address" in the plan text, in one pass (a plan can be 50 MB; its
 * keys may be written with \\u escapes). */
function addressLines(text) {
    const out = new Map();
    const start = Math.max(0, RESOURCE_CHANGES.exec(text)?.index ?? 0);
    const re = new RegExp(ADDRESS.source, 'g');
    re.lastIndex = start;
    let line = lineOfOffset(text, start);
    let at = start;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        for (let i = at; i < m.index; i++)
            if (text.charCodeAt(i) === 10)
                line++;
        at = m.index;
        try {
            const address = JSON.parse(m[1]);
            if (!out.has(address))
                out.set(address, line);
        }
        catch {
            // not a JSON string: the change has no line
        }
    }
    return out;
}
function plan_regionOf(plan, key) {
    const providers = plan_isObj(first(plan.configuration)?.provider_config)
        ? first(plan.configuration)?.provider_config
        : {};
    const k = typeof key === 'string' ? key : 'aws';
    const prov = first(providers[k]) ?? first(providers[k.split(':').pop() ?? 'aws']);
    const region = plan_isObj(prov?.expressions) ? prov.expressions.region : undefined;
    if (plan_isObj(region) && typeof region.constant_value === 'string')
        return region.constant_value;
    const ref = refs(region).find((r) => r.startsWith('var.'));
    const vars = plan_isObj(plan.variables) ? plan.variables : {};
    const v = ref ? first(vars[ref.slice(4)])?.value : undefined;
    return typeof v === 'string' ? v : undefined;
}
function readTerraformPlan(file, text, plan, lookup) {
    const config = new Map();
    collectConfig(first(plan.configuration)?.root_module, '', config);
    const resources = [];
    const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    const lines = addressLines(text);
    for (const rc of changes) {
        if (!plan_isObj(rc) || rc.mode === 'data' || typeof rc.type !== 'string' || typeof rc.address !== 'string')
            continue;
        const kind = TERRAFORM_KINDS[rc.type];
        const change = first(rc.change);
        if (!kind || !change)
            continue;
        const act = action(change.actions);
        const after = plan_isObj(change.after) ? change.after : undefined;
        const before = plan_isObj(change.before) ? change.before : undefined;
        const cfg = config.get(configAddress(rc.address));
        const cfgEx = plan_isObj(cfg?.expressions) ? cfg.expressions : undefined;
        const flat = kind === 'account-defaults';
        const moduleAddr = typeof rc.module_address === 'string' ? `${configAddress(rc.module_address)}.` : '';
        const src = lookup?.(configAddress(rc.address)) ?? lookup?.(rc.address);
        const res = {
            kind,
            address: clean(rc.address),
            resourceType: rc.type,
            file: src?.file ?? file,
            line: src ? src.line : lines.get(rc.address),
            format: 'terraform-plan',
            action: act,
            suppressions: src?.suppressions ?? [],
            key: `${plan_folderOf(file)}:${clean(rc.address, 400)}`,
        };
        const region = plan_regionOf(plan, cfg?.provider_config_key);
        if (region)
            res.region = clean(region);
        if (iac/* SERVICE_KINDS */.o1.has(kind)) {
            res.service = planService(kind, after ?? before, after ? change.after_unknown : undefined, cfgEx, moduleAddr);
            resources.push(res);
            continue;
        }
        if (kind !== 'autoscaling-group' && kind !== 'eks-node-group') {
            res.metadata = after
                ? metadata(after, change.after_unknown, cfgEx, flat)
                : before
                    ? metadata(before, undefined, cfgEx, flat)
                    : undefined;
            if (before && after)
                res.before = metadata(before, undefined, cfgEx, flat);
            const ami = (after ?? before)?.ami ?? (after ?? before)?.image_id;
            if (typeof ami === 'string' && ami.startsWith('ami-'))
                res.amiId = clean(ami);
            else if (cfgEx?.ami || cfgEx?.image_id)
                res.amiExpression = clean(refs(cfgEx.ami ?? cfgEx.image_id)[0] ?? 'known after apply');
        }
        if (kind !== 'launch-template' && kind !== 'launch-configuration' && kind !== 'account-defaults') {
            const ref = readRef(rc.type, after ?? before, cfg, moduleAddr);
            if (ref)
                res.template = ref;
        }
        resources.push(res);
    }
    return { resources, errors: [] };
}

;// CONCATENATED MODULE: ./lib/iac/index.js




const TERRAFORM_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;
const TEMPLATE_FILE = /\.(ya?ml|json|template)$/i;
/**
 * Detects a file's format: Terraform by its extension; JSON by content (a plan has `format_version`
 * and `resource_changes`, a template `Resources` of `AWS::` types); any other YAML/JSON/.template file
 * goes to the CloudFormation reader, which tells a template from other YAML by its resources.
 */
function detectFormat(file, text) {
    if (TERRAFORM_FILE.test(file))
        return { format: /\.tfvars(\.json)?$/.test(file) ? 'terraform-vars' : 'terraform' };
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (e) {
            return { format: 'unknown', problem: `not valid JSON: ${clean(e instanceof Error ? e.message : e)}` };
        }
        if (isTerraformPlan(json))
            return { format: 'terraform-plan', json };
        if (isCloudFormation(json))
            return { format: 'cloudformation', json };
        return { format: 'unknown' };
    }
    if (TEMPLATE_FILE.test(file) || /\bAWS::/.test(text))
        return { format: 'cloudformation' };
    if (HCL_START.test(text))
        return { format: 'terraform' };
    return { format: 'unknown' };
}
const HCL_START = /^\s*(resource|variable|provider|module|data|locals|terraform|output)\s*("|\{)/m;
const iac_folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
/** A lookup from Terraform addresses to the .tf blocks read from source (root-module addresses),
 * optionally only those in one folder (a plan's own folder). */
function sourceLookup(resources, folder) {
    const byAddress = new Map();
    for (const r of resources) {
        // a module's resources are in its own folder; their key names the root folder they belong to
        const inFolder = r.key ? r.key.startsWith(`${folder}:`) : iac_folderOf(r.file) === folder;
        if (r.format !== 'terraform' || (folder !== undefined && !inFolder))
            continue;
        const list = byAddress.get(configAddress(r.address)) ?? [];
        // count / for_each instances of one block are one location
        if (!list.some((x) => x.file === r.file && x.line === r.line))
            list.push({ file: r.file, line: r.line, suppressions: r.suppressions });
        byAddress.set(configAddress(r.address), list);
    }
    // Ambiguous (the same address in two folders): do not guess.
    return (address) => {
        const hits = byAddress.get(configAddress(address));
        return hits && hits.length === 1 ? hits[0] : undefined;
    };
}
/** The parameters file named for each template, read and parsed; a bad one is an error naming it. */
async function templateParameters(options, errors) {
    const out = new Map();
    for (const { template, file } of options.cfnParameters ?? []) {
        const text = await options.source?.readFile(file);
        if (text === undefined) {
            errors.push({
                file,
                message: `the parameters file named for ${template} (input iac, parameters:) does not exist or is not a regular file`,
            });
            continue;
        }
        const parsed = parseParameterFile(file, text);
        if (parsed.ok)
            out.set(template, parsed.parameters);
        else
            errors.push(parsed.error);
    }
    return out;
}
/**
 * Reads every file; never throws on bad input. Source is always judged: a plan never removes the .tf
 * resource it covers (a stale or edited plan cannot launder source) \u2014 both are returned, and the caller
 * keeps the stricter verdict.
 */
async function readIacFiles(files, options = {}) {
    const resources = [];
    const errors = [];
    const skipped = [];
    const notices = [];
    const moves = [];
    const terraform = [];
    const plans = [];
    const parameters = await templateParameters(options, errors);
    const parameterFiles = new Set((options.cfnParameters ?? []).map((p) => p.file));
    for (const f of files) {
        if (parameterFiles.has(f.file))
            continue;
        try {
            const { format, json, problem } = detectFormat(f.file, f.text);
            if (format === 'terraform-plan')
                plans.push({ ...f, json: json });
            else if (format === 'cloudformation') {
                const r = readCloudFormation(f.file, f.text, { parameters: parameters.get(f.file) });
                resources.push(...r.resources);
                errors.push(...r.errors);
                skipped.push(...(r.skipped ?? []));
                notices.push(...(r.notices ?? []));
            }
            else if (format === 'terraform' || format === 'terraform-vars')
                terraform.push(f);
            else if (problem)
                errors.push({ file: f.file, message: problem });
            else
                skipped.push({
                    file: f.file,
                    reason: 'JSON, but neither a Terraform plan (format_version + resource_changes) nor a CloudFormation template (Resources of AWS:: types)',
                });
        }
        catch (e) {
            errors.push({
                file: f.file,
                message: `could not be read: ${clean(e instanceof Error ? e.message : e)}`,
            });
        }
    }
    const hcl = [];
    if (terraform.length) {
        const r = await readTerraform(terraform, { source: options.source, varFiles: options.varFiles });
        hcl.push(...r.resources);
        errors.push(...r.errors);
        notices.push(...(r.notices ?? []));
        moves.push(...(r.moves ?? []));
    }
    resources.push(...hcl);
    for (const p of plans) {
        const r = readTerraformPlan(p.file, p.text, p.json, options.lookup ?? sourceLookup(hcl, iac_folderOf(p.file)));
        resources.push(...r.resources);
        errors.push(...r.errors);
    }
    for (const r of resources)
        r.key ??= r.format === 'cloudformation' ? `${r.file}#${r.address}` : `${iac_folderOf(r.file)}:${r.address}`;
    return { resources, errors, skipped, notices, moves };
}




// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
;// CONCATENATED MODULE: ./lib/iac/sources.js
// Where the IaC readers get files: the workspace as checked out, or one commit read with git (the
// base a pull request is compared with). Both stay inside the repository: the workspace source never
// follows a symbolic link, the git source reads blobs only (links and submodules are not files).




/** Files above this size are not read (a 50 MB plan JSON reads fine). */
const MAX_IAC_FILE_BYTES = 100 * 1024 * 1024;
/** Paths the globs never match: git's own folder, dependencies, Terraform's download cache. */
const IAC_IGNORE = ['**/.git/**', '.git/**', '**/node_modules/**', '**/.terraform/**'];
const normalFolder = (folder) => {
    const parts = folder.split('/').filter((p) => p !== '' && p !== '.');
    return parts.includes('..') ? undefined : parts.join('/');
};
/** The checkout, read without following links. */
function workspaceSource(workspace) {
    const root = (0,external_node_path_.resolve)(workspace);
    return {
        async listFolder(folder) {
            const f = normalFolder(folder);
            if (f === undefined)
                return [];
            try {
                const entries = await (0,promises_.readdir)((0,external_node_path_.resolve)(root, f), { withFileTypes: true });
                return entries.filter((e) => e.isFile()).map((e) => e.name);
            }
            catch {
                return [];
            }
        },
        async readFile(file) {
            const f = normalFolder(file);
            if (!f)
                return undefined;
            const path = (0,external_node_path_.resolve)(root, f);
            // Every folder on the way and the file itself: none may be a link.
            const parts = f.split('/');
            for (let i = 1; i <= parts.length; i++) {
                try {
                    const st = await (0,promises_.lstat)((0,external_node_path_.resolve)(root, ...parts.slice(0, i)));
                    if (st.isSymbolicLink())
                        return undefined;
                    if (i === parts.length && (!st.isFile() || st.size > MAX_IAC_FILE_BYTES))
                        return undefined;
                }
                catch {
                    return undefined;
                }
            }
            return (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
        },
    };
}
function git(cwd, args, env = {}) {
    return new Promise((done) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
        }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
            done({ code, stdout, stderr });
        });
    });
}
const hasCommit = async (cwd, sha) => (await git(cwd, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
/** The job's token as an HTTP header for one git command, passed in the environment (never argv). */
function tokenEnv(token, serverUrl) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/*$/, '/')}.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
/**
 * Opens commit `sha` of the checkout at `workspace`, fetching that one commit from `origin` when a
 * shallow checkout lacks it (first with the checkout's own credentials, then with the job's token).
 */
async function openGitRevision(workspace, sha, options = {}) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        return { ok: false, problem: `'${sha}' is not a commit id` };
    const inside = await git(workspace, ['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true')
        return {
            ok: false,
            problem: 'the workspace is not a git checkout (no actions/checkout step before this one?)',
        };
    let fetched = false;
    if (!(await hasCommit(workspace, sha))) {
        const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha];
        let r = await git(workspace, args);
        if (r.code !== 0 && options.token)
            r = await git(workspace, args, tokenEnv(options.token, options.serverUrl ?? 'https://github.com'));
        if (r.code !== 0 || !(await hasCommit(workspace, sha)))
            return {
                ok: false,
                problem: `the base commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched from origin (${firstLine(r.stderr)})`,
            };
        fetched = true;
    }
    const tree = await git(workspace, ['ls-tree', '-r', '-z', '--full-tree', sha]);
    if (tree.code !== 0)
        return {
            ok: false,
            problem: `git could not list commit ${sha.slice(0, 12)} (${firstLine(tree.stderr)})`,
        };
    const files = new Map();
    const folders = new Map();
    for (const entry of tree.stdout.split('\0')) {
        const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(entry);
        // Regular files only: a link (120000) or a submodule (160000) is not read.
        if (m?.[2] !== 'blob' || (m[1] !== '100644' && m[1] !== '100755'))
            continue;
        files.set(m[4], { oid: m[3] });
        const slash = m[4].lastIndexOf('/');
        const folder = slash < 0 ? '' : m[4].slice(0, slash);
        const list = folders.get(folder) ?? [];
        list.push(m[4].slice(slash + 1));
        folders.set(folder, list);
    }
    const readMany = (paths) => catFiles(workspace, paths, files);
    return {
        ok: true,
        fetched,
        revision: {
            sha,
            files,
            readMany,
            async listFolder(folder) {
                const f = normalFolder(folder);
                return f === undefined ? [] : [...(folders.get(f) ?? [])];
            },
            async readFile(file) {
                const f = normalFolder(file);
                if (!f || !files.has(f))
                    return undefined;
                return (await readMany([f])).get(f);
            },
        },
    };
}
const firstLine = (s) => s.trim().split('\n').pop()?.slice(0, 300) || 'no message';
/** Reads blobs through one `git cat-file --batch`; files over the size limit are left out. */
function catFiles(cwd, paths, files) {
    const wanted = paths.filter((p) => files.has(p));
    const out = new Map();
    if (!wanted.length)
        return Promise.resolve(out);
    return new Promise((done, fail) => {
        const child = (0,external_node_child_process_.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
        const chunks = [];
        child.stdout.on('data', (c) => chunks.push(c));
        child.on('error', fail);
        child.on('close', () => {
            const buf = Buffer.concat(chunks);
            let at = 0;
            for (const path of wanted) {
                const nl = buf.indexOf(10, at);
                if (nl < 0)
                    break;
                const header = buf.toString('utf8', at, nl).split(' ');
                at = nl + 1;
                if (header[1] === 'missing' || header.length < 3)
                    continue;
                const size = Number(header[2]);
                if (size <= MAX_IAC_FILE_BYTES)
                    out.set(path, buf.toString('utf8', at, at + size));
                at += size + 1;
            }
            done(out);
        });
        child.stdin.end(`${wanted.map((p) => files.get(p).oid).join('\n')}\n`);
    });
}
/** The revision's files the globs match (the same rules as the workspace glob: no dot folders). */
function matchRevision(revision, globs) {
    const isMatch = picomatch(globs, { ignore: IAC_IGNORE });
    return [...revision.files.keys()].filter((p) => isMatch(p)).sort();
}

;// CONCATENATED MODULE: ./lib/iac/bounded.js
// Reading IaC files under a time and memory bound: a hostile file (a quadratic shape, a parser bomb, a
// file that is huge in memory) becomes a named error for that file, while every other file is still
// judged. The files are read together in a worker thread with a heap limit and a deadline; when that
// fails, each file is read alone under the per-file bound to find the culprits, then the rest together.






/** One file read alone: 10 s and 512 MB of heap (a 50 MB plan reads in about a second). */
const PER_FILE_LIMITS = { heapMb: 512, ms: 10_000 };
/** All files together: the per-file bound, widened by the input's size. */
function batchLimits(files) {
    const mb = files.reduce((n, f) => n + f.text.length, 0) / 1048576;
    return {
        heapMb: Math.min(4096, 512 + Math.ceil(mb * 12)),
        ms: 10_000 + Math.ceil(mb * 2000) + files.length * 50,
    };
}
async function sourceOf(spec) {
    if (spec.kind === 'workspace')
        return workspaceSource(spec.root);
    const opened = await openGitRevision(spec.workspace, spec.sha);
    if (!opened.ok)
        throw new Error(opened.problem);
    return opened.revision;
}
/** What the worker runs (and the calling thread, when there is no worker bundle). */
async function readJob(job) {
    return readIacFiles(job.files, { ...job.options, source: await sourceOf(job.source) });
}
/** The worker entry beside the bundle (dist/iac-worker/index.js) or beside this module (lib/). */
function readWorkerEntry() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    // Joined at run time (not `new URL('./x', import.meta.url)`) so ncc does not copy the file as an asset.
    const candidates = [[here, 'iac-worker', 'index.js'].join('/'), [here, 'read-worker.js'].join('/')];
    return candidates.find((p) => (0,external_node_fs_.existsSync)(p));
}
function inWorker(entry, job, limits) {
    return new Promise((done) => {
        let settled = false;
        const worker = new external_node_worker_threads_.Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
        const finish = (o) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            void worker.terminate();
            done(o);
        };
        const timer = setTimeout(() => finish({ ok: false, why: `reading it took longer than ${Math.round(limits.ms / 1000)} s` }), limits.ms);
        worker.on('message', (m) => finish(m.result ? { ok: true, result: m.result } : { ok: false, why: `the reader failed: ${m.error}` }));
        worker.on('error', (e) => finish({
            ok: false,
            why: e.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `reading it needed more than ${limits.heapMb} MB of memory`
                : `the reader stopped: ${e.message}`,
        }));
        worker.on('exit', (code) => finish({ ok: false, why: `the reader stopped (exit ${code})` }));
        worker.postMessage(job);
    });
}
/**
 * Reads the files as readIacFiles does, bounded. Without a worker bundle (tests run from source) it
 * reads on the calling thread, unbounded.
 */
async function readIacFilesBounded(job, entry = readWorkerEntry(), limits = {}) {
    if (!entry || !job.files.length)
        return readJob(job);
    const all = await inWorker(entry, job, limits.batch ?? batchLimits(job.files));
    if (all.ok)
        return all.result;
    // Find the files that cannot be read within the bound on their own; read the others together.
    const errors = [];
    const kept = [];
    for (const f of job.files) {
        const alone = await inWorker(entry, { ...job, files: [f] }, limits.perFile ?? PER_FILE_LIMITS);
        if (alone.ok)
            kept.push(f);
        else
            errors.push({ file: f.file, message: `not checked: ${alone.why}` });
    }
    const rest = kept.length
        ? await inWorker(entry, { ...job, files: kept }, limits.batch ?? batchLimits(kept))
        : undefined;
    if (rest && !rest.ok) {
        // Each file reads alone, but not together: none can be judged with its folder, so none passes.
        for (const f of kept)
            errors.push({ file: f.file, message: `not checked: together with the other files, ${rest.why}` });
        return { resources: [], errors };
    }
    const result = rest?.ok ? rest.result : { resources: [], errors: [] };
    return { ...result, errors: [...errors, ...result.errors] };
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./lib/fs/safe.js
var safe = __webpack_require__(7418);
;// CONCATENATED MODULE: ./lib/iac/workspace.js
// The IaC files of the live checkout: the globs' matches (never outside the workspace), read through the one mechanism that keeps every read inside
// the workspace (src/fs/safe.ts): a symbolic link whose target leaves the workspace, a FIFO or a device is
// refused and named, even when it was swapped in after the globs matched. A link to another file of the
// workspace is read as that file (a `providers.tf` shared between root modules is a common layout).





const MB = 1048576;
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(external_node_path_.sep) && !/^\.git($|[\\/])/.test(rel);
}
/**
 * The workspace files the globs match, sorted, never outside the workspace (symbolic links are not
 * followed, and a matched link that resolves outside is dropped) and never under `.git/`.
 */
async function expandIacGlobs(workspace, globs) {
    if (!globs.length)
        return [];
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const matched = await (0,tinyglobby_dist/* glob */.TI)(globs, {
        cwd: root,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: IAC_IGNORE,
    });
    const out = new Set();
    for (const rel of matched) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, rel));
        }
        catch {
            continue;
        }
        if (inside(root, real) && inside(root, (0,external_node_path_.resolve)(root, rel)))
            out.add(rel.split(external_node_path_.sep).join('/'));
    }
    return [...out].sort();
}
/** Reads the files; one that is too large, unreadable or reached through a link becomes an error naming it. */
async function readWorkspaceIacFiles(workspace, files, maxBytes = MAX_IAC_FILE_BYTES) {
    const out = [];
    const errors = [];
    for (const file of files) {
        try {
            const size = (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(workspace, file)).size;
            if (size > maxBytes) {
                errors.push({
                    file,
                    message: `not read: ${(size / MB).toFixed(1)} MB is above the ${Math.round(maxBytes / MB)} MB limit for one IaC file`,
                });
                continue;
            }
            const text = (0,safe/* readFileSafe */.os)({ root: workspace, input: 'iac', path: file }, { links: 'inside', maxBytes });
            if (text === undefined)
                errors.push({ file, message: 'could not be read (ENOENT)' });
            else
                out.push({ file, text });
        }
        catch (e) {
            errors.push({
                file,
                message: e instanceof safe/* UnsafePathError */.k0
                    ? `not read: ${e.message}`
                    : `could not be read (${e.code ?? 'error'})`,
            });
        }
    }
    return { files: out, errors };
}

// EXTERNAL MODULE: ./lib/publish/write.js + 1 modules
var write = __webpack_require__(1451);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// IaC findings \u2192 SARIF 2.1.0 for github/codeql-action/upload-sarif. Every result has a file location
// (code scanning rejects results without one); fingerprints hash rule + file + address, not the
// line, so a finding keeps its identity when lines move. A finding that is not the change's own (already
// on the base branch, or a plan no-op) is a `note` with `baselineState: unchanged`, so code scanning
// raises no error alert the change did not cause; related locations point at what decides a value.



const sarif_safe = (v) => (0,model_text/* cleanText */.X5)(v);
/** Repo-relative URI: forward slashes, no leading ./ or /, each segment percent-encoded. */
function toSarifUri(file) {
    const parts = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/');
    return parts.map((p) => (0,model_text/* uriComponent */.qS)(p)).join('/');
}
function fingerprint(f) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${f.ruleId}\0${toSarifUri(f.file)}\0${f.address}`)
        .digest('hex');
}
function rules() {
    return assess_iac/* IAC_RULES */.or.map((r) => ({
        id: r.id,
        name: r.title
            .replace(/[^A-Za-z0-9]+/g, ' ')
            .trim()
            .replace(/ (\w)/g, (_, c) => c.toUpperCase()),
        shortDescription: { text: r.title },
        fullDescription: { text: r.help },
        help: { text: r.help, markdown: r.help },
        defaultConfiguration: { level: r.level },
        properties: {
            'security-severity': r.securitySeverity,
            tags: ['security', 'aws', ...(r.tags ?? ['ec2']), 'imds', 'external/cwe/cwe-918'],
            precision: 'high',
            ...(r.liveRule ? { 'imdsGuard/liveRule': r.liveRule } : {}),
        },
    }));
}
function findingsToSarif(findings, options = {}) {
    const index = new Map(assess_iac/* IAC_RULES */.or.map((r, i) => [r.id, i]));
    const results = findings.map((f) => {
        const result = {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: f.attributed ? f.level : 'note',
            baselineState: f.baseline ?? (f.attributed ? 'new' : 'unchanged'),
            message: { text: sarif_safe(`${f.message} Fix: ${f.fix}`) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: toSarifUri(f.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line && f.line > 0 ? f.line : 1 },
                    },
                    logicalLocations: [
                        {
                            name: sarif_safe(f.address),
                            kind: 'resource',
                            fullyQualifiedName: sarif_safe(f.address.startsWith(`${f.resourceType}.`) || f.address.includes(`.${f.resourceType}.`)
                                ? f.address
                                : `${f.resourceType}::${f.address}`),
                        },
                    ],
                },
            ],
            partialFingerprints: { 'imdsGuard/v1': fingerprint(f) },
            properties: { attributed: f.attributed, ...(f.action ? { planAction: f.action } : {}) },
        };
        if (f.related?.length) {
            result.relatedLocations = f.related.map((o, i) => ({
                id: i + 1,
                message: { text: sarif_safe(o.what) },
                physicalLocation: {
                    artifactLocation: { uri: toSarifUri(o.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine: o.line && o.line > 0 ? o.line : 1 },
                },
            }));
        }
        if (f.suppression) {
            result.suppressions = [
                { kind: 'inSource', justification: sarif_safe(`${f.suppression.tool}: ${f.suppression.reason}`) },
            ];
        }
        return result;
    });
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'IMDS Guard',
                        informationUri: options.informationUri,
                        semanticVersion: options.version,
                        rules: rules(),
                    },
                },
                originalUriBaseIds: {
                    '%SRCROOT%': { description: { text: 'The repository root (GITHUB_WORKSPACE).' } },
                },
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./lib/assess/iac-baseline.js

/** The identity of a resource across revisions (readers fill `key`; the file and address otherwise). */
const resourceKey = (r) => r.key ?? `${r.file}#${r.address}`;
const settingText = (x) => !x || x.state === 'unset' ? '-' : x.state === 'known' ? `=${String(x.value)}` : `?${x.reason}`;
/** What decides the resource's IMDS outcome, as text: its own settings, its template's, its verdict. */
function effective(r, all, verdict, depth = 0) {
    const m = r.metadata;
    const x = r.service;
    const own = m
        ? [m.httpTokens, m.httpEndpoint, m.hopLimit, m.instanceMetadataTags].map(settingText).join(',')
        : x
            ? [x.setting, x.platform, x.configTemplate].map(settingText).join(',')
            : '';
    const target = r.template?.target ? all.get(r, r.template.target) : undefined;
    const via = r.template
        ? `${r.template.kind}:${r.template.target ?? r.template.expression ?? ''}@${r.template.version ?? ''}${target && depth < 3 ? `{${effective(target, all, '', depth + 1)}}` : ''}`
        : '';
    return [r.notCreated ? 'not-created' : '', own, via, r.amiId ?? r.amiExpression ?? '', verdict].join('|');
}
/** The signature of every resource of one revision, by key (the first of a key wins). */
function signatures(resources, ctx) {
    const all = (0,assess_iac/* indexByAddress */.ap)(resources);
    const out = new Map();
    for (const r of resources) {
        const key = resourceKey(r);
        if (out.has(key))
            continue;
        const v = (0,assess_iac/* judgeInIndex */.DX)(r, all, ctx);
        out.set(key, effective(r, all, `${v.status}:${v.ruleId ?? ''}`));
    }
    return out;
}
/** The head key a `moved` block points from: `folder:to` was `folder:from` at the base. */
function movedFrom(moves) {
    const m = new Map();
    for (const mv of moves)
        m.set(`${mv.folder}:${mv.to}`, `${mv.folder}:${mv.from}`);
    return m;
}
/**
 * Compares the head's resources with the base's. A key the base lacks is new, unless a `moved` block
 * says it was another address there; a key whose signature differs is updated.
 */
function compareWithBase(head, base, ctx, moves = []) {
    const before = signatures(base, ctx);
    const now = signatures(head, ctx);
    const from = movedFrom(moves);
    return head.map((r) => {
        const key = resourceKey(r);
        const suffix = /(\[[^\]]*\])*$/.exec(key)?.[0] ?? '';
        const moved = from.get(key.slice(0, key.length - suffix.length));
        const was = before.get(key) ?? (moved !== undefined ? before.get(moved + suffix) : undefined);
        if (was === undefined)
            return 'new';
        return was === now.get(key) ? 'unchanged' : 'updated';
    });
}

;// CONCATENATED MODULE: ./lib/pipeline/iac-base.js



const CHECKOUT_FIX = 'fetch the base with actions/checkout (`fetch-depth: 0`), or give the job `contents: read` so the Action can fetch that one commit';
/**
 * Which findings are the change's own: on a pull request or in a merge queue, the same globs are read
 * at the base revision and each resource compared (new, updated, unchanged); elsewhere, or with
 * `pr-gate: \u2026, everything`, every resource counts. A base that cannot be read makes every finding count,
 * and says why.
 */
async function attributeToChange(settings, deps, head, ctx, headFiles) {
    const base = deps.github.base;
    if (settings.iac.judge === 'everything')
        return {
            attribution: {
                mode: 'everything',
                text: 'every resource is judged (pr-gate: everything), not only what the change adds.',
            },
        };
    if (!base)
        return {
            attribution: {
                mode: 'no-base',
                text: `every resource is judged: a ${deps.github.eventName || 'local'} run has no base revision to compare with.`,
            },
        };
    const short = base.sha.slice(0, 12);
    const opened = await openGitRevision(deps.github.workspace, base.sha, {
        token: settings.github.token,
        serverUrl: deps.github.serverUrl,
    });
    if (!opened.ok)
        return {
            attribution: {
                mode: 'unavailable',
                base: short,
                text: `the base revision could not be read, so every finding counts as this change's own: ${opened.problem}. To judge only what the change adds, ${CHECKOUT_FIX}.`,
            },
        };
    const { read: baseRead, texts } = await readRevision(opened.revision, settings, deps.github.workspace);
    // A file that cannot be read, unchanged since the base, is not this change's doing: listed, not gating.
    const baseErrors = new Set(baseRead.errors.map((e) => e.file));
    const unchangedErrors = new Set(headFiles.filter((f) => baseErrors.has(f.file) && texts.get(f.file) === f.text).map((f) => f.file));
    const states = compareWithBase(head.resources, baseRead.resources, ctx, head.moves ?? []);
    // A file that could not be read at the base cannot show what was already there.
    const unreadable = new Set(baseRead.errors.map((e) => e.file));
    for (const [i, r] of head.resources.entries())
        if (unreadable.has(r.file))
            states[i] = 'new';
    const count = (s) => states.filter((x) => x === s).length;
    return {
        states,
        unchangedErrors,
        attribution: {
            mode: 'compared',
            base: short,
            text: `compared with the base ${base.ref ? `${base.ref} ` : ''}(${short}${opened.fetched ? ', fetched' : ''}): ${count('new')} resource(s) new, ${count('updated')} changed, ${count('unchanged')} as they were${unreadable.size ? `; ${unreadable.size} file(s) could not be read there, so their resources count as new` : ''}.`,
        },
    };
}
/** The globs' files at a revision, read as IaC the same way as the checkout. */
async function readRevision(revision, settings, workspace) {
    const paths = matchRevision(revision, settings.iac.globs);
    const texts = await revision.readMany(paths);
    const read = await readIacFilesBounded({
        files: [...texts].map(([file, text]) => ({ file, text })),
        source: { kind: 'git', workspace, sha: revision.sha },
        options: { varFiles: settings.iac.varFiles, cfnParameters: settings.iac.cfnParameters },
    });
    return { read, texts };
}

// EXTERNAL MODULE: ./lib/aws/posture.js
var posture = __webpack_require__(3305);
// EXTERNAL MODULE: ./lib/log.js
var log = __webpack_require__(7309);
;// CONCATENATED MODULE: ./lib/pipeline/iac-live.js
/** The live settings an unset HttpTokens resolves to: account defaults and AMI ImdsSupport, read-only. */



function toTokens(value) {
    return value === 'required' || value === 'optional' ? value : 'no-preference';
}
/** Reads (read-only) the account defaults and AMI ImdsSupport the outcome depends on; failures are warnings. */
async function readLiveContext(resources, ctx, session, deps, known) {
    const live = { accountDefaults: {}, amis: {}, problems: [] };
    const accountDefaults = {};
    ctx.accountDefaults = accountDefaults;
    // The live audit of this run already read the signed-in account's defaults: not read twice.
    const audited = new Map(known.filter((d) => d.accountId === session.accountId).map((d) => [d.region, d]));
    for (const region of (0,assess_iac/* liveInputsNeeded */.NV)(resources, ctx).regions) {
        const have = audited.get(region);
        if (have) {
            accountDefaults[region] = toTokens(have.httpTokens);
            live.accountDefaults[region] = accountDefaults[region];
            continue;
        }
        try {
            const d = await (0,posture/* readAccountDefaults */.WR)(deps.clients.ec2(session, region, 'secondary'), session.accountId, region);
            accountDefaults[region] = toTokens(d.httpTokens);
            live.accountDefaults[region] = accountDefaults[region];
        }
        catch (e) {
            live.problems.push(`account default HttpTokens in ${region} could not be read: ${(0,log/* errorMessage */.gJ)(e)}`);
        }
    }
    // Only the AMIs still deciding an outcome once the account defaults are known.
    const amiIds = (0,assess_iac/* liveInputsNeeded */.NV)(resources, ctx).amiIds;
    if (!amiIds.length)
        return live;
    const amiSupport = {};
    ctx.amiImdsSupport = amiSupport;
    // An AMI id is regional: ask the region of the (first) resource that launches it.
    const regionOf = new Map();
    for (const r of resources)
        if (r.amiId && !regionOf.has(r.amiId))
            regionOf.set(r.amiId, r.region ?? ctx.defaultRegion ?? '');
    const byRegion = new Map();
    for (const id of amiIds) {
        const region = regionOf.get(id) ?? '';
        byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
    }
    for (const [region, ids] of byRegion) {
        try {
            const images = await (0,posture/* readImages */.H)(deps.clients.ec2(session, region, 'secondary'), session.accountId, region, ids);
            for (const img of images)
                amiSupport[img.imageId] = img.imdsSupport === 'v2.0' ? 'v2.0' : 'none';
            for (const id of ids) {
                if (amiSupport[id])
                    live.amis[id] = amiSupport[id];
                else
                    live.problems.push(`AMI ${id} was not found in ${region} (not visible to the account)`);
            }
        }
        catch (e) {
            live.problems.push(`ImdsSupport of ${ids.join(', ')} in ${region} could not be read: ${(0,log/* errorMessage */.gJ)(e)}`);
        }
    }
    return live;
}

;// CONCATENATED MODULE: ./lib/pipeline/iac.js
/**
 * The pull request's infrastructure code: workspace globs \u2192 files \u2192 IaC readers \u2192 (with AWS access) the
 * live settings an unset HttpTokens resolves to (iac-live.ts) \u2192 the same globs read at the base revision
 * and compared per resource (iac-base.ts) \u2192 findings \u2192 SARIF and the gate's lines. Offline (no session) it
 * makes no AWS call and says what each outcome depends on.
 */








const iac_location = (f) => `${f.file}${f.line ? `:${f.line}` : ''}`;
/** The gate's line for one finding: resource, file and line, why, fix. */
function failureLine(f) {
    const why = f.message.startsWith(`${f.resourceType} ${f.address}: `)
        ? f.message.slice(f.resourceType.length + f.address.length + 3)
        : f.message;
    const verb = f.ruleId === 'IMDSG006' ? 'may allow IMDSv1 (a value the check cannot resolve)' : 'allows IMDSv1';
    return `${f.address} (${iac_location(f)}) ${verb} [${f.ruleId}]: ${why} Fix: ${f.fix}`;
}
async function runIacStage(settings, deps, session, 
/** Account defaults the live audit of this run already read (reused, not read again). */
knownDefaults = []) {
    const ws = deps.github.workspace;
    const { iac } = settings;
    const files = await expandIacGlobs(ws, iac.globs);
    deps.log.info(`IaC: ${files.length} file(s) match ${iac.globs.join(', ')}${session ? '' : ' (offline: no AWS access, nothing live is read)'}.`);
    if (!files.length)
        deps.log.warning(`IaC: no file matches input 'iac' (${iac.globs.join(', ')}); nothing to check.`);
    const read = await readWorkspaceIacFiles(ws, files);
    const parsed = await readIacFilesBounded({
        files: read.files,
        source: { kind: 'workspace', root: ws },
        options: { varFiles: iac.varFiles, cfnParameters: iac.cfnParameters },
    });
    const errors = [...read.errors, ...parsed.errors];
    const ctx = { defaultRegion: settings.homeRegion };
    const live = session
        ? await readLiveContext(parsed.resources, ctx, session, deps, knownDefaults)
        : { accountDefaults: {}, amis: {}, problems: [] };
    for (const p of live.problems)
        deps.log.warning(`IaC: ${p}; the resources it decides are reported as "depends".`);
    const { attribution, states, unchangedErrors } = await attributeToChange(settings, deps, parsed, ctx, read.files);
    deps.log.info(`IaC: ${attribution.text}`);
    const { findings, verdicts, disagreements } = (0,assess_iac/* assessIac */.i9)(parsed.resources, ctx, {
        unresolved: iac.unresolved,
        baseline: states ? (_r, i) => states[i] : undefined,
    });
    for (const d of disagreements)
        deps.log.warning(`IaC: ${iac_location(d)} ${d.address}: ${d.text}.`);
    for (const n of parsed.notices ?? [])
        deps.log.warning(`IaC: ${iac_location(n)}: ${n.message}`);
    for (const k of parsed.skipped ?? [])
        deps.log.info(`IaC: ${k.file} was not read as IaC: ${k.reason}.`);
    const suppressed = findings.filter((f) => f.suppression);
    const attributed = findings.filter((f) => f.attributed && !f.suppression);
    const notAttributed = findings.filter((f) => !f.attributed && !f.suppression);
    const sarifPath = (0,external_node_path_.resolve)(ws, settings.reports.sarifPath);
    await (0,write/* writeWorkspaceFile */.dx)(ws, 'report-dir', sarifPath, `${JSON.stringify(findingsToSarif(findings, { version: deps.version }), null, 2)}\n`);
    deps.outputs.set('sarif-file', sarifPath);
    for (const e of errors)
        deps.log.info(`IaC: ${iac_location(e)} was not checked: ${e.message}${unchangedErrors?.has(e.file) ? ' (unchanged since the base, where it could not be read either: not gating)' : ''}`);
    const errorsOnly = attributed.filter((f) => f.level === 'error');
    deps.log.info(`IaC: ${parsed.resources.length} resource(s) in ${files.length - errors.length} file(s); this change: ${errorsOnly.length} error(s), ${attributed.length - errorsOnly.length} warning(s)/note(s); ${notAttributed.length} not the change's own; ${suppressed.length} suppressed; ${errors.length} file error(s). SARIF: ${sarifPath}`);
    return {
        files,
        findings,
        attributed,
        notAttributed,
        suppressed,
        errors,
        skipped: parsed.skipped ?? [],
        notices: parsed.notices ?? [],
        disagreements,
        attribution,
        verdicts,
        resourceCount: parsed.resources.length,
        offline: !session,
        dependsOn: (0,assess_iac/* liveInputsNeeded */.NV)(parsed.resources, ctx).dependsOn,
        live,
        sarifPath,
        // A file that could not be checked cannot pass: it might hold what the gate is there to stop \u2014
        // unless it is exactly as it was at the base, where it could not be read either.
        gateFailures: [
            ...errorsOnly.map(failureLine),
            ...errors
                .filter((e) => !unchangedErrors?.has(e.file))
                .map((e) => `${iac_location(e)} could not be checked: ${e.message}`),
        ],
    };
}


/***/ })

};
