// The expression evaluator, one table per feature: each row is Terraform source for `local.x` and
// the value Terraform gives it (or the Unknown it cannot know offline).
import { beforeAll, describe, expect, it } from 'vitest';
import { type HclParser, hclParser } from '../../src/iac/hcl-wasm.js';
import { Evaluator, shortText } from '../../src/iac/terraform/eval.js';
import { folderDef, parseTfFile } from '../../src/iac/terraform/folder.js';
import { Instance, type VarValue, variableValue } from '../../src/iac/terraform/instance.js';
import { isUnknown, type Value } from '../../src/iac/terraform/values.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await hclParser();
});

const DECLS = `
variable "hardened" {
  default = false
}
variable "tokens" {
  default = "optional"
}
variable "none" {}
variable "list" {
  default = ["a", "b", "c"]
}
variable "map" {
  default = { a = "x", b = "y" }
}
variable "workers" {
  default = [{ name = "w1", metadata_http_tokens = "required" }, { name = "w2" }]
}
variable "cfg" {
  type = object({
    http_tokens = optional(string, "required")
    hop         = optional(number, 1)
    nested      = optional(object({ inner = optional(string, "deep") }), {})
  })
  default = {}
}
variable "nodes" {
  type    = map(object({ tokens = optional(string, "required") }))
  default = { a = {}, b = { tokens = "optional" } }
}
resource "aws_launch_template" "this" {
  count = 2
}
resource "aws_launch_template" "keyed" {
  for_each = toset(["a", "b"])
}
resource "aws_launch_template" "single" {}
data "aws_ami" "al2" {}
`;

function evalLocal(expr: string): Value {
  const tf = `${DECLS}\nlocals {\n  x = ${expr}\n}\n`;
  const f = parseTfFile(parser, 'm/main.tf', tf);
  if (!('json' in f)) throw new Error(f.message);
  const def = folderDef('m', [f]);
  const ev = new Evaluator(parser);
  const vars = new Map<string, VarValue>();
  for (const name of def.variables.keys()) {
    const v = variableValue(ev, def, name, undefined);
    if (v) vars.set(name, v);
  }
  return new Instance(def, ev, '', '', vars).local('x').v;
}

const plain = (v: Value): unknown => JSON.parse(JSON.stringify(v));

describe('functions', () => {
  it.each([
    ['lookup(var.map, "a", "d")', 'x'],
    ['lookup(var.map, "z", "d")', 'd'],
    ['try(var.map.z, "fallback")', 'fallback'],
    ['try(var.map.a, "fallback")', 'x'],
    ['can(var.map.z)', false],
    ['can(var.map.a)', true],
    ['coalesce(null, "", "c")', 'c'],
    ['merge(var.map, { c = "z" })', { a: 'x', b: 'y', c: 'z' }],
    ['concat(["a"], ["b", "c"])', ['a', 'b', 'c']],
    ['contains(var.list, "b")', true],
    ['length(var.list)', 3],
    ['length("héllo")', 5],
    ['element(var.list, 4)', 'b'],
    ['one(["only"])', 'only'],
    ['one([])', null],
    ['lower("AbC")', 'abc'],
    ['upper("AbC")', 'ABC'],
    ['tostring(2)', '2'],
    ['tobool("true")', true],
    ['tonumber("42")', 42],
    ['format("%s-%d-%q", "a", 7, "b")', 'a-7-"b"'],
    ['join(",", var.list)', 'a,b,c'],
    ['keys(var.map)', ['a', 'b']],
    ['values(var.map)', ['x', 'y']],
    ['flatten([["a"], [["b"]], "c"])', ['a', 'b', 'c']],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['toset(["b", "a", "b"])', ['a', 'b']],
    ['tolist(var.map)', ['x', 'y']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['distinct(["a", "a", "b"])', ['a', 'b']],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("abc123", "/[0-9]+/", "")', 'abc'],
    ['split(",", "a,b")', ['a', 'b']],
    ['startswith("required", "req")', true],
    ['endswith("required", "ired")', true],
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['abs(-4)', 4],
    ['merge([{ a = 1 }, { b = 2 }]...)', { a: 1, b: 2 }],
  ])('%s', (expr, expected) => {
    expect(plain(evalLocal(expr))).toEqual(expected);
  });
});

describe('operators, conditionals, for, splat, index', () => {
  it.each([
    ['var.hardened ? "required" : "optional"', 'optional'],
    ['!var.hardened && var.tokens == "optional"', true],
    ['var.tokens != null ? var.tokens : "required"', 'optional'],
    ['1 + 2 * 3 - 4 / 2', 5],
    ['7 % 4 >= 3', true],
    ['-(2)', -2],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform source, not a JS template
    ['"${var.tokens}-x"', 'optional-x'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform source, not a JS template
    ['"tokens: ${upper(var.tokens)}"', 'tokens: OPTIONAL'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform source, not a JS template
    ['"$${not} ${var.tokens}"', '${not} optional'],
    ['"%{ if var.hardened }on%{ else }off%{ endif }"', 'off'],
    ['[for s in var.list : upper(s) if s != "b"]', ['A', 'C']],
    ['{ for k, v in var.map : v => k }', { x: 'a', y: 'b' }],
    ['{ for w in var.workers : "g" => w.name... }', { g: ['w1', 'w2'] }],
    ['var.workers[*].name', ['w1', 'w2']],
    ['var.workers.*.name', ['w1', 'w2']],
    ['var.workers[0]["name"]', 'w1'],
    ['var.list[1]', 'b'],
    ['(var.map)["b"]', 'y'],
    ['var.map[var.list[0]]', 'x'],
    ['{ (var.tokens) = 1, plain = 2, "quoted" = 3 }', { optional: 1, plain: 2, quoted: 3 }],
    ['lookup(var.workers[1], "metadata_http_tokens", "optional")', 'optional'],
    ['null', null],
  ])('%s', (expr, expected) => {
    expect(plain(evalLocal(expr))).toEqual(expected);
  });
});

describe('optional() attributes of object types', () => {
  it('fills defaults, nested, and through map(object(...))', () => {
    expect(plain(evalLocal('var.cfg'))).toEqual({
      http_tokens: 'required',
      hop: 1,
      nested: { inner: 'deep' },
    });
    expect(plain(evalLocal('var.nodes'))).toEqual({ a: { tokens: 'required' }, b: { tokens: 'optional' } });
  });
});

describe('unknowns', () => {
  it.each([
    ['var.none', 'var.none (no default)'],
    ['var.undeclared', 'var.undeclared (not declared)'],
    ['data.aws_ami.al2.id', 'data.aws_ami.al2.id (data source, read at plan time)'],
    ['terraform.workspace', 'terraform.workspace (set when Terraform runs)'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform source, not a JS template
    ['"${path.module}/x"', 'path.module (a path, not evaluated)'],
    ['var.none == "x" ? "a" : "b"', 'var.none (no default)'],
    ['try(var.none, "x")', 'var.none (no default)'],
    ['upper(var.none)', 'var.none (no default)'],
    ['timestamp()', 'timestamp() (not evaluated offline)'],
  ])('%s → unknown: %s', (expr, reason) => {
    const v = evalLocal(expr);
    expect(isUnknown(v) && v.reason).toBe(reason);
  });

  it('a known condition picks its branch even when the other one is unknown', () => {
    expect(evalLocal('var.hardened ? var.none : "optional"')).toBe('optional');
    expect(evalLocal('var.hardened && var.none == "x"')).toBe(false);
    expect(evalLocal('coalesce(null, var.tokens)')).toBe('optional');
  });

  it('resource references stay references through locals, conditionals, splats, one/element/try/coalesce', () => {
    for (const expr of [
      'aws_launch_template.this[0].id',
      'one(aws_launch_template.single[*].id)',
      'element(aws_launch_template.this[*].id, 1)',
      'try(aws_launch_template.this[0].id, null)',
      'coalesce(null, aws_launch_template.single.id)',
      'var.hardened ? null : aws_launch_template.keyed["a"].name',
      'var.none != null ? aws_launch_template.single.id : ""',
    ]) {
      const v = evalLocal(expr);
      expect(isUnknown(v), expr).toBe(true);
      expect(isUnknown(v) && v.refs.length, expr).toBe(1);
    }
    // a branch that may name another template (a variable without value, a literal id) drops the link
    for (const expr of [
      'var.none != null ? aws_launch_template.single.id : var.none',
      'var.none != null ? aws_launch_template.single.id : "lt-0123456789abcdef0"',
    ]) {
      const v = evalLocal(expr);
      expect(isUnknown(v) && v.refs, expr).toEqual([]);
    }
    const n = evalLocal('format("%s", aws_launch_template.single.id)');
    expect(isUnknown(n) && n.refs).toEqual([]);
    expect(evalLocal('length(aws_launch_template.this)')).toBe(2);
  });
});

describe('reasons are short and cut between tokens', () => {
  it('keeps at most ~120 characters and never splits a name or a string', () => {
    const long = `lookup(var.worker_groups[count.index], "metadata_http_tokens", local.workers_group_defaults["metadata_http_tokens"]) == "x" ? "a" : "b"`;
    const s = shortText(long);
    expect(s.length).toBeLessThanOrEqual(121);
    expect(s.endsWith('…')).toBe(true);
    const body = s.slice(0, -1);
    expect(long.startsWith(body)).toBe(true);
    expect(/[\w"]/.test(long[body.length] ?? ' ') && /[\w]$/.test(body)).toBe(false);
    expect(shortText('var.a')).toBe('var.a');
  });
});
