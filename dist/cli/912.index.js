export const id = 912;
export const ids = [912];
export const modules = {

/***/ 4912:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  annotateErrors: () => (/* binding */ annotateErrors),
  annotateFindings: () => (/* binding */ annotateFindings),
  runIacStage: () => (/* binding */ runIacStage)
});

// UNUSED EXPORTS: MAX_IAC_FILE_BYTES, expandIacGlobs, failureLine, readWorkspaceIacFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./lib/assess/iac.js
var iac = __webpack_require__(8841);
// EXTERNAL MODULE: ./lib/aws/posture.js
var posture = __webpack_require__(3305);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
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

;// CONCATENATED MODULE: ./lib/iac/cloudformation.js
// CloudFormation templates (YAML or JSON; CDK synth output is JSON) \u2192 IacResource. Parsed with the
// `yaml` package (JSON is YAML), keeping the AST for line numbers; short-form intrinsics (!Ref, !Sub \u2026)
// are registered as custom tags and turned into their long form ({ "Fn::Sub": \u2026 }).
// CloudFormation has no resource type for account-level metadata defaults.


const INTRINSICS = [
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
].concat([
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
const longName = (short) => short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;
/** Custom tags so every short form parses (kept as-is; toJs wraps it in its long form). */
const CFN_TAGS = INTRINSICS.flatMap((name) => [
    { tag: `!${name}`, resolve: (s) => s },
    { tag: `!${name}`, collection: 'seq', resolve: (n) => n },
    { tag: `!${name}`, collection: 'map', resolve: (n) => n },
]);
const KINDS = {
    'AWS::EC2::Instance': 'instance',
    'AWS::EC2::LaunchTemplate': 'launch-template',
    'AWS::AutoScaling::LaunchConfiguration': 'launch-configuration',
    'AWS::AutoScaling::AutoScalingGroup': 'autoscaling-group',
    'AWS::EKS::Nodegroup': 'eks-node-group',
};
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function toJs(node) {
    let value;
    if ((0,yaml_dist/* isMap */.jh)(node)) {
        const o = {};
        for (const pair of node.items)
            o[String(toJs(pair.key))] = toJs(pair.value);
        value = o;
    }
    else if ((0,yaml_dist/* isSeq */.oP)(node))
        value = node.items.map(toJs);
    else if ((0,yaml_dist/* isScalar */.jn)(node))
        value = node.value;
    else
        return node ?? null;
    const tag = node.tag;
    if (tag?.startsWith('!') && INTRINSICS.includes(tag.slice(1))) {
        const name = tag.slice(1);
        const v = name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value;
        return { [longName(name)]: v };
    }
    return value;
}
function isCloudFormation(json) {
    if (!isObj(json) || !isObj(json.Resources))
        return false;
    return Object.values(json.Resources).some((r) => isObj(r) && typeof r.Type === 'string' && r.Type.startsWith('AWS::'));
}
/** A short description of an intrinsic for an "unknown because \u2026" reason. */
function describe(v) {
    if (isObj(v)) {
        const [k, arg] = Object.entries(v)[0] ?? ['?', undefined];
        return clean(`${k} ${JSON.stringify(arg)}`, 120);
    }
    return clean(JSON.stringify(v), 120);
}
function setting(raw, num = false) {
    if (raw === undefined || raw === null)
        return { state: 'unset' };
    if (typeof raw === 'string' || typeof raw === 'number') {
        if (num) {
            const n = Number(raw);
            return Number.isFinite(n)
                ? { state: 'known', value: n }
                : { state: 'unknown', reason: clean(raw) };
        }
        return { state: 'known', value: String(raw) };
    }
    return { state: 'unknown', reason: describe(raw) };
}
function metadata(mo) {
    if (mo !== undefined && !isObj(mo)) {
        const u = { state: 'unknown', reason: describe(mo) };
        return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
    }
    return {
        httpTokens: setting(mo?.HttpTokens),
        httpEndpoint: setting(mo?.HttpEndpoint),
        hopLimit: setting(mo?.HttpPutResponseHopLimit, true),
        instanceMetadataTags: setting(mo?.InstanceMetadataTags),
    };
}
function refTarget(v, resources) {
    const id = isObj(v)
        ? (v.Ref ?? (Array.isArray(v['Fn::GetAtt']) ? v['Fn::GetAtt'][0] : undefined))
        : undefined;
    return typeof id === 'string' && id in resources ? id : undefined;
}
function templateRef(props, resources) {
    const mip = isObj(props.MixedInstancesPolicy) ? props.MixedInstancesPolicy.LaunchTemplate : undefined;
    const spec = props.LaunchTemplate ?? (isObj(mip) ? mip.LaunchTemplateSpecification : undefined);
    if (isObj(spec)) {
        const idv = spec.LaunchTemplateId ?? spec.LaunchTemplateName ?? spec.Id ?? spec.Name;
        const target = refTarget(idv, resources);
        const ver = spec.Version;
        const version = ver === undefined
            ? undefined
            : typeof ver === 'string' || typeof ver === 'number'
                ? String(ver)
                : describe(ver);
        const ref = target
            ? { kind: 'launch-template', target }
            : { kind: 'launch-template', expression: describe(idv) };
        if (version)
            ref.version = /LatestVersionNumber/.test(version)
                ? '$Latest'
                : /DefaultVersionNumber/.test(version)
                    ? '$Default'
                    : version;
        return ref;
    }
    if (props.LaunchConfigurationName !== undefined) {
        const target = refTarget(props.LaunchConfigurationName, resources);
        return target
            ? { kind: 'launch-configuration', target }
            : { kind: 'launch-configuration', expression: describe(props.LaunchConfigurationName) };
    }
    return undefined;
}
function metadataSuppressions(meta) {
    const out = [];
    if (!isObj(meta))
        return out;
    const skips = isObj(meta.checkov) ? meta.checkov.skip : undefined;
    for (const s of Array.isArray(skips) ? skips : []) {
        if (isObj(s) && typeof s.id === 'string') {
            const reason = typeof s.comment === 'string' ? clean(s.comment) : '';
            out.push({ tool: 'checkov', ruleId: clean(s.id), reason, valid: reason.length > 0 });
        }
    }
    const own = meta['imds-guard'];
    if (isObj(own) && own.ignore !== undefined) {
        const reason = typeof own.ignore === 'string' ? clean(own.ignore) : '';
        out.push({ tool: 'imds-guard', reason, valid: reason.length > 0 });
    }
    return out;
}
function readCloudFormation(file, text) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, {
        customTags: CFN_TAGS,
        lineCounter,
        uniqueKeys: false,
        prettyErrors: false,
    });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        return {
            resources: [],
            errors: [{ file, message: `not valid YAML/JSON: ${clean(e.message.split('\n')[0])}`, line }],
        };
    }
    const root = toJs(doc.contents);
    if (!isCloudFormation(root))
        return { resources: [], errors: [], skipped: [{ file, reason: 'no AWS:: resources' }] };
    const resourcesNode = (0,yaml_dist/* isMap */.jh)(doc.contents)
        ? doc.contents.items.find((p) => toJs(p.key) === 'Resources')?.value
        : undefined;
    const lines = text.split(/\r?\n/);
    const yamlLike = !text.trimStart().startsWith('{');
    const resources = [];
    for (const [id, def] of Object.entries(root.Resources)) {
        if (!isObj(def) || typeof def.Type !== 'string')
            continue;
        const kind = KINDS[def.Type];
        if (!kind)
            continue;
        const props = isObj(def.Properties) ? def.Properties : {};
        const pair = (0,yaml_dist/* isMap */.jh)(resourcesNode) ? resourcesNode.items.find((p) => toJs(p.key) === id) : undefined;
        const offset = pair?.key?.range?.[0];
        const line = offset !== undefined ? lineCounter.linePos(offset).line : undefined;
        const res = {
            kind,
            address: clean(id),
            resourceType: def.Type,
            file,
            line,
            format: 'cloudformation',
            suppressions: metadataSuppressions(def.Metadata),
        };
        if (line && yamlLike) {
            const indent = /^\s*/.exec(lines[line - 1])?.[0].length ?? 0;
            const isStart = (l) => l.trim() !== '' && !l.trim().startsWith('#') && (/^\s*/.exec(l)?.[0].length ?? 0) <= indent;
            res.suppressions.push(...suppressionsForBlock(lines, line, blockEndLine(lines, line, isStart)));
        }
        const data = kind === 'launch-template' ? (isObj(props.LaunchTemplateData) ? props.LaunchTemplateData : {}) : props;
        if (kind === 'instance' || kind === 'launch-template' || kind === 'launch-configuration') {
            res.metadata = metadata(data.MetadataOptions);
            const ami = data.ImageId;
            if (typeof ami === 'string' && ami.startsWith('ami-'))
                res.amiId = clean(ami);
            else if (ami !== undefined)
                res.amiExpression = describe(ami);
        }
        if (kind === 'instance' || kind === 'autoscaling-group' || kind === 'eks-node-group') {
            const ref = templateRef(props, root.Resources);
            if (ref)
                res.template = ref;
        }
        resources.push(res);
    }
    return { resources, errors: [] };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
    bridge ??= load();
    const b = await bridge;
    const out = await new Promise((resolve, reject) => {
        b.parse(filename, text, (err, res) => (err ? reject(new Error(err)) : resolve(res ?? '{}')));
    });
    return JSON.parse(out);
}

;// CONCATENATED MODULE: ./lib/iac/terraform.js


const TERRAFORM_KINDS = {
    aws_instance: 'instance',
    aws_spot_instance_request: 'spot-instance',
    aws_launch_template: 'launch-template',
    aws_launch_configuration: 'launch-configuration',
    aws_autoscaling_group: 'autoscaling-group',
    aws_eks_node_group: 'eks-node-group',
    aws_ec2_instance_metadata_defaults: 'account-defaults',
};
const terraform_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v) => Array.isArray(v) && terraform_isObj(v[0]) ? v[0] : terraform_isObj(v) ? v : undefined;
const EXPR = /^\$\{([\s\S]*)\}$/;
/** `optional(type, default)` attributes of a variable's object type, e.g. http_tokens \u2192 "required". */
function optionalDefaults(type) {
    const out = {};
    if (typeof type !== 'string')
        return out;
    const re = /(\w+)\s*=\s*optional\(\s*\w+\s*,\s*("[^"]*"|-?\d+|true|false)\s*\)/g;
    for (let m = re.exec(type); m; m = re.exec(type))
        out[m[1]] = JSON.parse(m[2]);
    return out;
}
/** An object value of an object-typed variable gets the type's optional(\u2026, default) attributes. */
function withOptionals(value, optionals) {
    return terraform_isObj(value) && Object.keys(optionals).length ? { ...optionals, ...value } : value;
}
function walk(base, path, optionals) {
    let v = base;
    for (const [i, key] of path.entries()) {
        if (!terraform_isObj(v))
            return undefined;
        v = key in v ? v[key] : i === 0 ? optionals[key] : undefined;
    }
    return v;
}
function resolve(expr, scope) {
    const e = expr.trim();
    const v = /^var\.(\w+)((?:\.\w+)*)$/.exec(e);
    if (v) {
        const entry = scope.vars.get(v[1]);
        if (!entry)
            return { ok: false, reason: `var.${v[1]} (not declared)` };
        if (!entry.known)
            return { ok: false, reason: `var.${v[1]} (no default)` };
        const path = v[2] ? v[2].slice(1).split('.') : [];
        return { ok: true, value: walk(entry.value, path, entry.optionals), via: `${e} (${entry.via})` };
    }
    const it = scope.iter && new RegExp(`^${scope.iter.name}\\.value((?:\\.\\w+)*)$`).exec(e);
    if (it && scope.iter) {
        const path = it[1] ? it[1].slice(1).split('.') : [];
        return { ok: true, value: walk(scope.iter.value, path, {}), via: 'dynamic block' };
    }
    return { ok: false, reason: e };
}
function resolveValue(raw, scope) {
    if (typeof raw !== 'string')
        return { ok: true, value: raw };
    const m = EXPR.exec(raw);
    if (!m)
        return raw.includes('${') ? { ok: false, reason: raw } : { ok: true, value: raw };
    const r = resolve(m[1], scope);
    if (!r.ok)
        return r;
    if (typeof r.value === 'string' && r.value.includes('${'))
        return { ok: false, reason: m[1] };
    return r;
}
function terraform_setting(raw, scope, num = false) {
    if (raw === undefined)
        return { state: 'unset' };
    const r = resolveValue(raw, scope);
    if (!r.ok)
        return { state: 'unknown', reason: clean(r.reason) };
    if (r.value === null || r.value === undefined)
        return { state: 'unset' };
    if (num) {
        const n = Number(r.value);
        if (!Number.isFinite(n))
            return { state: 'unknown', reason: clean(String(r.value)) };
        return { state: 'known', value: n, via: r.via && clean(r.via) };
    }
    return { state: 'known', value: String(r.value), via: r.via && clean(r.via) };
}
function metadataFrom(block, scope) {
    return {
        httpTokens: terraform_setting(block?.http_tokens, scope),
        httpEndpoint: terraform_setting(block?.http_endpoint, scope),
        hopLimit: terraform_setting(block?.http_put_response_hop_limit, scope, true),
        instanceMetadataTags: terraform_setting(block?.instance_metadata_tags, scope),
    };
}
const allUnknown = (reason) => {
    const u = { state: 'unknown', reason: clean(reason) };
    return { httpTokens: u, httpEndpoint: u, hopLimit: u, instanceMetadataTags: u };
};
/** Elements a dynamic block's for_each yields, or the reason they cannot be known. */
function forEachElements(raw, scope) {
    if (Array.isArray(raw)) {
        const items = [];
        for (const el of raw) {
            const r = resolveValue(el, scope);
            if (!r.ok)
                return r;
            items.push(r.value);
        }
        return { ok: true, items };
    }
    const m = typeof raw === 'string' ? EXPR.exec(raw) : null;
    if (!m)
        return { ok: false, reason: String(raw) };
    const e = m[1].trim();
    const cond = /^(\S+)\s*(!=|==)\s*null\s*\?\s*(\[\s*\1\s*\]|\[\s*\])\s*:\s*(\[\s*\1\s*\]|\[\s*\])$/.exec(e);
    if (cond) {
        const r = resolve(cond[1], scope);
        if (!r.ok)
            return r;
        const isNull = r.value === null || r.value === undefined;
        const branch = (cond[2] === '!=') !== isNull ? cond[3] : cond[4];
        return { ok: true, items: branch.replace(/\s/g, '') === '[]' ? [] : [r.value] };
    }
    const r = resolve(e, scope);
    if (!r.ok)
        return r;
    return Array.isArray(r.value) ? { ok: true, items: r.value } : { ok: false, reason: e };
}
function readMetadata(body, scope) {
    const staticBlock = first(body.metadata_options);
    if (staticBlock)
        return metadataFrom(staticBlock, scope);
    const dyn = first(body.dynamic)?.metadata_options;
    const d = Array.isArray(dyn) ? first(dyn) : undefined;
    if (!d)
        return undefined;
    const items = forEachElements(d.for_each, scope);
    if (!items.ok)
        return allUnknown(`dynamic "metadata_options" for_each = ${items.reason}`);
    if (items.items.length === 0)
        return undefined;
    const iterRaw = typeof d.iterator === 'string' ? (EXPR.exec(d.iterator)?.[1] ?? d.iterator) : 'metadata_options';
    const content = first(d.content);
    return metadataFrom(content, { ...scope, iter: { name: iterRaw.trim(), value: items.items[0] } });
}
function exprText(raw) {
    if (typeof raw !== 'string')
        return clean(JSON.stringify(raw));
    return clean(EXPR.exec(raw)?.[1] ?? raw);
}
function terraform_templateRef(kind, idOrName, version) {
    const type = kind === 'launch-template' ? 'aws_launch_template' : 'aws_launch_configuration';
    const text = exprText(idOrName);
    const m = new RegExp(`^(?:module\\.\\S+\\.)?(${type}\\.[\\w-]+)(?:\\[[^\\]]*\\])?\\.(?:id|name|arn)$`).exec(text);
    const ref = m ? { kind, target: m[1] } : { kind, expression: text };
    if (version !== undefined)
        ref.version = exprText(version);
    return ref;
}
function readTemplateRef(type, body) {
    const dyn = first(body.dynamic)?.launch_template;
    const dynContent = Array.isArray(dyn) ? first(first(dyn)?.content) : undefined;
    const lt = first(body.launch_template) ?? dynContent;
    if (lt)
        return terraform_templateRef('launch-template', lt.id ?? lt.name, lt.version);
    const mip = first(first(body.mixed_instances_policy)?.launch_template);
    const spec = first(mip?.launch_template_specification);
    if (spec) {
        return terraform_templateRef('launch-template', spec.launch_template_id ?? spec.launch_template_name, spec.version);
    }
    if (type === 'aws_autoscaling_group' && body.launch_configuration !== undefined) {
        return terraform_templateRef('launch-configuration', body.launch_configuration, undefined);
    }
    return undefined;
}
const BLOCK_START = /^(resource|data|module|variable|output|locals|provider|terraform|moved|import|check)\b/;
/** Reads the .tf and .tfvars files of ONE folder together (variables resolve across them). */
async function readTerraformFolder(files) {
    const errors = [];
    const parsed = [];
    for (const f of files) {
        try {
            parsed.push({ ...f, json: await parseHcl(f.file, f.text), vars: f.file.endsWith('.tfvars') });
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            const line = /:(\d+),\d+/.exec(msg);
            errors.push({
                file: f.file,
                message: `not valid HCL: ${clean(msg, 400)}`,
                line: line ? Number(line[1]) : undefined,
            });
        }
    }
    const scope = { vars: new Map() };
    for (const p of parsed.filter((x) => !x.vars)) {
        for (const [name, decls] of Object.entries(terraform_isObj(p.json.variable) ? p.json.variable : {})) {
            const d = first(decls) ?? {};
            const known = 'default' in d && !JSON.stringify(d.default ?? null).includes('${');
            const optionals = optionalDefaults(d.type);
            scope.vars.set(name, { value: withOptionals(d.default, optionals), known, via: 'default', optionals });
        }
    }
    const tfvars = parsed
        .filter((x) => x.vars)
        .sort((a, b) => Number(a.file.endsWith('.auto.tfvars')) - Number(b.file.endsWith('.auto.tfvars')) ||
        a.file.localeCompare(b.file));
    for (const p of tfvars) {
        for (const [name, value] of Object.entries(p.json)) {
            const prev = scope.vars.get(name);
            const known = !JSON.stringify(value ?? null).includes('${');
            const optionals = prev?.optionals ?? {};
            scope.vars.set(name, {
                value: withOptionals(value, optionals),
                known,
                via: p.file.split('/').pop() ?? p.file,
                optionals,
            });
        }
    }
    let region;
    for (const p of parsed) {
        const providers = first(p.json.provider)?.aws;
        for (const prov of Array.isArray(providers) ? providers : []) {
            if (terraform_isObj(prov) && prov.alias === undefined && prov.region !== undefined) {
                const r = resolveValue(prov.region, scope);
                if (r.ok && typeof r.value === 'string')
                    region = r.value;
            }
        }
    }
    const resources = [];
    for (const p of parsed.filter((x) => !x.vars)) {
        const lines = p.text.split(/\r?\n/);
        const byType = terraform_isObj(p.json.resource) ? p.json.resource : {};
        for (const [type, named] of Object.entries(byType)) {
            const kind = TERRAFORM_KINDS[type];
            if (!kind || !terraform_isObj(named))
                continue;
            for (const [name, bodies] of Object.entries(named)) {
                const body = first(bodies) ?? {};
                const re = new RegExp(`^\\s*resource\\s+"${type}"\\s+"${name.replace(/[^\w-]/g, '')}"`);
                const idx = lines.findIndex((l) => re.test(l));
                const line = idx >= 0 ? idx + 1 : undefined;
                const end = line ? blockEndLine(lines, line, (l) => BLOCK_START.test(l)) : 0;
                const res = {
                    kind,
                    address: `${type}.${name}`,
                    resourceType: type,
                    file: p.file,
                    line,
                    format: 'terraform',
                    suppressions: line ? suppressionsForBlock(lines, line, end) : [],
                };
                if (region)
                    res.region = region;
                if (kind === 'account-defaults')
                    res.metadata = metadataFrom(body, scope);
                else if (kind !== 'autoscaling-group' && kind !== 'eks-node-group')
                    res.metadata = readMetadata(body, scope) ?? metadataFrom(undefined, scope);
                const ami = body.ami ?? body.image_id;
                if (ami !== undefined) {
                    const a = resolveValue(ami, scope);
                    if (a.ok && typeof a.value === 'string' && a.value.startsWith('ami-'))
                        res.amiId = a.value;
                    else
                        res.amiExpression = a.ok ? exprText(a.value) : clean(a.reason);
                }
                const ref = kind === 'launch-template' || kind === 'launch-configuration'
                    ? undefined
                    : readTemplateRef(type, body);
                if (ref)
                    res.template = ref;
                if (body.count !== undefined)
                    res.notes = [`count = ${exprText(body.count)}`];
                resources.push(res);
            }
        }
    }
    return { resources, errors };
}

;// CONCATENATED MODULE: ./lib/iac/plan.js


const plan_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const plan_first = (v) => Array.isArray(v) && plan_isObj(v[0]) ? v[0] : plan_isObj(v) ? v : undefined;
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
function plan_metadata(values, unknown, config, flat) {
    const block = flat ? values : plan_first(values?.metadata_options);
    const unk = flat ? unknown : plan_isObj(unknown) ? unknown.metadata_options : undefined;
    const wholeUnknown = unk === true;
    const unkLeaves = flat ? (plan_isObj(unk) ? unk : undefined) : plan_first(unk);
    const cfg = flat ? config : plan_first(config?.metadata_options);
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
    const lt = plan_first(ex?.launch_template);
    const ltv = plan_first(after?.launch_template);
    if (lt || ltv)
        return plan_templateRef('launch-template', lt?.id ?? lt?.name, ltv?.id ?? ltv?.name, versionOf(lt, ltv), prefix);
    const mip = plan_first(plan_first(plan_first(ex?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
    const mipv = plan_first(plan_first(plan_first(after?.mixed_instances_policy)?.launch_template)?.launch_template_specification);
    if (mip || mipv) {
        const id = mip?.launch_template_id ?? mip?.launch_template_name;
        return plan_templateRef('launch-template', id, mipv?.launch_template_id ?? mipv?.launch_template_name, versionOf(mip, mipv), prefix);
    }
    if (type === 'aws_autoscaling_group' && (ex?.launch_configuration || after?.launch_configuration)) {
        return plan_templateRef('launch-configuration', ex?.launch_configuration, after?.launch_configuration, undefined, prefix);
    }
    return undefined;
}
function locate(text, address) {
    const start = Math.max(0, text.indexOf('"resource_changes"'));
    const needle = new RegExp(`"address"\\s*:\\s*${JSON.stringify(address).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
    needle.lastIndex = start;
    const m = needle.exec(text) ?? new RegExp(needle.source).exec(text);
    return m ? lineOfOffset(text, m.index) : undefined;
}
/** Line of each resource change's "address" in the plan text, in one pass (a plan can be 50 MB). */
function addressLines(text) {
    const out = new Map();
    const start = Math.max(0, text.indexOf('"resource_changes"'));
    const re = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g;
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
            // not a JSON string: locate() finds it the slow way
        }
    }
    return out;
}
function regionOf(plan, key) {
    const providers = plan_isObj(plan_first(plan.configuration)?.provider_config)
        ? plan_first(plan.configuration)?.provider_config
        : {};
    const k = typeof key === 'string' ? key : 'aws';
    const prov = plan_first(providers[k]) ?? plan_first(providers[k.split(':').pop() ?? 'aws']);
    const region = plan_isObj(prov?.expressions) ? prov.expressions.region : undefined;
    if (plan_isObj(region) && typeof region.constant_value === 'string')
        return region.constant_value;
    const ref = refs(region).find((r) => r.startsWith('var.'));
    const vars = plan_isObj(plan.variables) ? plan.variables : {};
    const v = ref ? plan_first(vars[ref.slice(4)])?.value : undefined;
    return typeof v === 'string' ? v : undefined;
}
function readTerraformPlan(file, text, plan, lookup) {
    const config = new Map();
    collectConfig(plan_first(plan.configuration)?.root_module, '', config);
    const resources = [];
    const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
    const lines = addressLines(text);
    for (const rc of changes) {
        if (!plan_isObj(rc) || rc.mode === 'data' || typeof rc.type !== 'string' || typeof rc.address !== 'string')
            continue;
        const kind = TERRAFORM_KINDS[rc.type];
        const change = plan_first(rc.change);
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
            line: src ? src.line : (lines.get(rc.address) ?? locate(text, rc.address)),
            format: 'terraform-plan',
            action: act,
            suppressions: src?.suppressions ?? [],
        };
        const region = regionOf(plan, cfg?.provider_config_key);
        if (region)
            res.region = clean(region);
        if (kind !== 'autoscaling-group' && kind !== 'eks-node-group') {
            res.metadata = after
                ? plan_metadata(after, change.after_unknown, cfgEx, flat)
                : before
                    ? plan_metadata(before, undefined, cfgEx, flat)
                    : undefined;
            if (before && after)
                res.before = plan_metadata(before, undefined, cfgEx, flat);
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




const HCL_START = /^\s*(resource|variable|provider|module|data|locals|terraform|output)\s*("|\{)/m;
/** Detects a file's format from its content (the extension only tells .tfvars from .tf). */
function detectFormat(file, text) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{')) {
        try {
            const json = JSON.parse(text);
            if (isTerraformPlan(json))
                return { format: 'terraform-plan', json };
            if (isCloudFormation(json))
                return { format: 'cloudformation', json };
        }
        catch {
            // not JSON: fall through (YAML flow mapping or HCL)
        }
    }
    if (/\bAWSTemplateFormatVersion\b|^Resources\s*:/m.test(text) || /\bType\s*:\s*['"]?AWS::/.test(text)) {
        return { format: 'cloudformation' };
    }
    if (file.endsWith('.tfvars'))
        return { format: 'terraform-vars' };
    if (HCL_START.test(text) || file.endsWith('.tf'))
        return { format: 'terraform' };
    return { format: 'unknown' };
}
const folderOf = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
/** A lookup from Terraform addresses to the .tf blocks read from source (root-module addresses),
 * optionally only those in one folder (a plan's own folder). */
function sourceLookup(resources, folder) {
    const byAddress = new Map();
    for (const r of resources) {
        if (r.format !== 'terraform' || (folder !== undefined && folderOf(r.file) !== folder))
            continue;
        const list = byAddress.get(r.address) ?? [];
        list.push({ file: r.file, line: r.line, suppressions: r.suppressions });
        byAddress.set(r.address, list);
    }
    // Ambiguous (the same address in two folders): do not guess.
    return (address) => {
        const hits = byAddress.get(configAddress(address));
        return hits && hits.length === 1 ? hits[0] : undefined;
    };
}
async function readIacFiles(files, options = {}) {
    const resources = [];
    const errors = [];
    const skipped = [];
    const folders = new Map();
    const plans = [];
    for (const f of files) {
        try {
            const { format, json } = detectFormat(f.file, f.text);
            if (format === 'terraform-plan')
                plans.push({ ...f, json: json });
            else if (format === 'cloudformation') {
                const r = readCloudFormation(f.file, f.text);
                resources.push(...r.resources);
                errors.push(...r.errors);
                skipped.push(...(r.skipped ?? []));
            }
            else if (format === 'terraform' || format === 'terraform-vars') {
                const list = folders.get(folderOf(f.file)) ?? [];
                list.push(f);
                folders.set(folderOf(f.file), list);
            }
            else if (f.text.trimStart().startsWith('{')) {
                errors.push({ file: f.file, message: jsonProblem(f.text) });
            }
            else {
                skipped.push({ file: f.file, reason: 'not Terraform, a Terraform plan or CloudFormation' });
            }
        }
        catch (e) {
            errors.push({
                file: f.file,
                message: `could not be read: ${clean(e instanceof Error ? e.message : e)}`,
            });
        }
    }
    const hcl = [];
    for (const folderFiles of folders.values()) {
        const r = await readTerraformFolder(folderFiles);
        hcl.push(...r.resources);
        errors.push(...r.errors);
    }
    resources.push(...hcl);
    const covered = new Set();
    for (const p of plans) {
        const r = readTerraformPlan(p.file, p.text, p.json, options.lookup ?? sourceLookup(hcl, folderOf(p.file)));
        resources.push(...r.resources);
        errors.push(...r.errors);
        for (const x of r.resources)
            if (x.file !== p.file)
                covered.add(`${x.file}\0${configAddress(x.address)}`);
    }
    // A plan is more accurate than its source: a .tf block the plan covers is judged from the plan.
    const kept = resources.filter((r) => r.format !== 'terraform' || !covered.has(`${r.file}\0${r.address}`));
    return { resources: kept, errors, skipped };
}
function jsonProblem(text) {
    try {
        JSON.parse(text);
        return 'JSON, but neither a Terraform plan (format_version + resource_changes) nor a CloudFormation template (Resources with AWS:: types)';
    }
    catch (e) {
        return `not valid JSON: ${clean(e instanceof Error ? e.message : e)}`;
    }
}




// EXTERNAL MODULE: ./lib/log.js
var log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/report/publish.js + 13 modules
var publish = __webpack_require__(4190);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/report/sarif.js
// IaC findings \u2192 SARIF 2.1.0 for github/codeql-action/upload-sarif. Every result has a file location
// (code scanning rejects results without one); fingerprints hash rule + file + address, not the
// line, so a finding keeps its identity when lines move.



const safe = (v) => (0,model_text/* cleanText */.X5)(v);
/** Repo-relative URI: forward slashes, no leading ./ or /, each segment percent-encoded. */
function toSarifUri(file) {
    const parts = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/');
    return parts.map((p) => encodeURIComponent(p)).join('/');
}
function fingerprint(f) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${f.ruleId}\0${toSarifUri(f.file)}\0${f.address}`)
        .digest('hex');
}
function rules() {
    return iac/* IAC_RULES */.or.map((r) => ({
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
            tags: ['security', 'aws', 'ec2', 'imds', 'external/cwe/cwe-918'],
            precision: 'high',
        },
    }));
}
function findingsToSarif(findings, options = {}) {
    const index = new Map(iac/* IAC_RULES */.or.map((r, i) => [r.id, i]));
    const results = findings.map((f) => {
        const result = {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId),
            level: f.level,
            message: { text: safe(`${f.message} Fix: ${f.fix}`) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: toSarifUri(f.file), uriBaseId: '%SRCROOT%' },
                        region: { startLine: f.line && f.line > 0 ? f.line : 1 },
                    },
                    logicalLocations: [
                        {
                            name: safe(f.address),
                            kind: 'resource',
                            fullyQualifiedName: safe(`${f.resourceType}.${f.address}`),
                        },
                    ],
                },
            ],
            partialFingerprints: { 'imdsGuard/v1': fingerprint(f) },
            properties: { attributed: f.attributed, ...(f.action ? { planAction: f.action } : {}) },
        };
        if (f.suppression) {
            result.suppressions = [
                { kind: 'inSource', justification: safe(`${f.suppression.tool}: ${f.suppression.reason}`) },
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

;// CONCATENATED MODULE: ./lib/pipeline/iac.js
/**
 * The pull request's infrastructure code (issue 9): workspace globs \u2192 files \u2192 IaC readers \u2192 (with AWS
 * access) the live settings an unset HttpTokens resolves to \u2192 findings \u2192 SARIF, annotations and the
 * gate's lines. Offline (no session) it makes no AWS call and says what each outcome depends on.
 */










/** Files above this size are reported as errors, not read (a 50 MB plan JSON reads fine). */
const MAX_IAC_FILE_BYTES = 100 * 1024 * 1024;
// ----- finding the files ---------------------------------------------------------------------------
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
    const matched = await (0,dist/* glob */.TI)(globs, {
        cwd: root,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ['**/.git/**', '.git/**', '**/node_modules/**', '**/.terraform/**'],
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
/** Reads the files; one that is too large or unreadable becomes an error naming it. */
async function readWorkspaceIacFiles(workspace, files, maxBytes = MAX_IAC_FILE_BYTES) {
    const out = [];
    const errors = [];
    for (const file of files) {
        const path = (0,external_node_path_.resolve)(workspace, file);
        try {
            const size = (0,external_node_fs_.statSync)(path).size;
            if (size > maxBytes) {
                errors.push({
                    file,
                    message: `not read: ${(size / 1048576).toFixed(1)} MB is above the ${Math.round(maxBytes / 1048576)} MB limit for one IaC file`,
                });
                continue;
            }
            out.push({ file, text: await (0,promises_.readFile)(path, 'utf8') });
        }
        catch (e) {
            errors.push({ file, message: `could not be read (${e.code ?? 'error'})` });
        }
    }
    return { files: out, errors };
}
// ----- the live settings an unset HttpTokens resolves to ---------------------------------------------
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
    for (const region of (0,iac/* liveInputsNeeded */.NV)(resources, ctx).regions) {
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
    const amiIds = (0,iac/* liveInputsNeeded */.NV)(resources, ctx).amiIds;
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
// ----- the stage ---------------------------------------------------------------------------------------
const iac_location = (f) => `${f.file}${f.line ? `:${f.line}` : ''}`;
/** The gate's line for one finding: resource, file and line, why, fix. */
function failureLine(f) {
    const why = f.message.startsWith(`${f.resourceType} ${f.address}: `)
        ? f.message.slice(f.resourceType.length + f.address.length + 3)
        : f.message;
    return `${f.address} (${iac_location(f)}) allows IMDSv1 [${f.ruleId}]: ${why} Fix: ${f.fix}`;
}
async function runIacStage(settings, deps, session, 
/** Account defaults the live audit of this run already read (reused, not read again). */
knownDefaults = []) {
    const ws = deps.github.workspace;
    const files = await expandIacGlobs(ws, settings.iac.globs);
    deps.log.info(`IaC: ${files.length} file(s) match ${settings.iac.globs.join(', ')}${session ? '' : ' (offline: no AWS access, nothing live is read)'}.`);
    if (!files.length)
        deps.log.warning(`IaC: no file matches input 'iac' (${settings.iac.globs.join(', ')}); nothing to check.`);
    const read = await readWorkspaceIacFiles(ws, files);
    const parsed = await readIacFiles(read.files);
    const errors = [...read.errors, ...parsed.errors];
    const ctx = { defaultRegion: settings.homeRegion };
    const live = session
        ? await readLiveContext(parsed.resources, ctx, session, deps, knownDefaults)
        : { accountDefaults: {}, amis: {}, problems: [] };
    for (const p of live.problems)
        deps.log.warning(`IaC: ${p}; the resources it decides are reported as "depends".`);
    const { findings, verdicts } = (0,iac/* assessIac */.i9)(parsed.resources, ctx);
    const suppressed = findings.filter((f) => f.suppression);
    const attributed = findings.filter((f) => f.attributed && !f.suppression);
    const notAttributed = findings.filter((f) => !f.attributed && !f.suppression);
    const sarifPath = (0,external_node_path_.resolve)(ws, settings.reports.sarifPath);
    await (0,publish/* writeFileEnsuringDir */.AK)(sarifPath, `${JSON.stringify(findingsToSarif(findings, { version: deps.version }), null, 2)}\n`);
    deps.outputs.set('sarif-file', sarifPath);
    for (const e of errors)
        deps.log.info(`IaC: ${iac_location(e)} was not checked: ${e.message}`);
    const errorsOnly = attributed.filter((f) => f.level === 'error');
    deps.log.info(`IaC: ${parsed.resources.length} resource(s) in ${files.length - errors.length} file(s); this change: ${errorsOnly.length} allow IMDSv1, ${attributed.length - errorsOnly.length} warning(s)/note(s); ${suppressed.length} suppressed; ${errors.length} file error(s). SARIF: ${sarifPath}`);
    return {
        files,
        findings,
        attributed,
        notAttributed,
        suppressed,
        errors,
        skipped: parsed.skipped ?? [],
        verdicts,
        resourceCount: parsed.resources.length,
        offline: !session,
        dependsOn: (0,iac/* liveInputsNeeded */.NV)(parsed.resources, ctx).dependsOn,
        live,
        sarifPath,
        // A file that could not be checked cannot pass: it might hold what the gate is there to stop.
        gateFailures: [
            ...errorsOnly.map(failureLine),
            ...errors.map((e) => `${iac_location(e)} could not be checked: ${e.message}`),
        ],
    };
}
const ANNOTATION = { error: 'error', warning: 'warning', note: 'notice' };
/**
 * One annotation per unsuppressed finding, on its file and line (suppressed ones are listed, not
 * annotated); a finding on a resource the change leaves as it is (plan no-op) is only a notice.
 */
function annotateFindings(findings, annotate) {
    for (const f of findings) {
        if (f.suppression)
            continue;
        annotate(f.attributed ? ANNOTATION[f.level] : 'notice', `${f.message} Fix: ${f.fix}`, {
            file: f.file,
            startLine: f.line,
            title: `IMDS Guard ${f.ruleId}: ${(0,iac/* iacRule */.IY)(f.ruleId).title}`,
        });
    }
}
/** A parse error as an annotation on the file it names. */
function annotateErrors(errors, annotate) {
    for (const e of errors)
        annotate('error', e.message, {
            file: e.file,
            startLine: e.line,
            title: 'IMDS Guard: IaC file not checked',
        });
}


/***/ })

};
