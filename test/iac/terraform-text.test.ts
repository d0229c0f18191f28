// The one-pass HCL scanner (block headers, real ends, comments) and the reader on random input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTerraform } from '../../src/iac/terraform.js';
import { blockSuppressions, scanHcl } from '../../src/iac/text.js';

describe('scanHcl', () => {
  it('ends blocks at their matching brace, whatever strings, interpolations, heredocs and comments hold', () => {
    const text = [
      'resource "aws_instance" "a" {', // 1
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform source, not a JS template
      '  name = "}{ ${jsonencode({ a = "}" })} $${x} }"', // 2
      '  data = <<-EOT', // 3
      '    } not a brace', // 4
      '    EOT', // 5
      '  # } comment', // 6
      '  /* } block', // 7
      '     comment } */', // 8
      '  nested {', // 9
      '    x = 1', // 10
      '  }', // 11
      '}', // 12
      '  module "m" {', // 13
      '    source = "./m" // }', // 14
      '  }', // 15
      'locals { a = 1 }', // 16
      'variable x {', // 17
      '}', // 18
    ].join('\n');
    const { blocks, comments, commentOnly } = scanHcl(text);
    expect(blocks).toEqual([
      { keyword: 'resource', labels: ['aws_instance', 'a'], line: 1, endLine: 12 },
      { keyword: 'module', labels: ['m'], line: 13, endLine: 15 },
      { keyword: 'locals', labels: [], line: 16, endLine: 16 },
      { keyword: 'variable', labels: ['x'], line: 17, endLine: 18 },
    ]);
    expect([...comments.keys()]).toEqual([6, 7, 8, 14]);
    expect([...commentOnly]).toEqual([6, 7, 8]);
  });

  it('takes markers from comments in the block and directly above it only', () => {
    const text = [
      '# imds-guard:ignore not mine: a blank line follows',
      '',
      '# checkov:skip=CKV_AWS_79:above',
      'resource "aws_instance" "a" {',
      '  tags = { a = "# imds-guard:ignore in a string" }',
      '  ami = "x" # imds-guard:ignore inline reason',
      '}',
      '# imds-guard:ignore below',
    ].join('\n');
    const scan = scanHcl(text);
    const b = scan.blocks[0];
    expect(blockSuppressions(scan, b.line, b.endLine).map((s) => [s.line, s.reason])).toEqual([
      [3, 'above'],
      [6, 'inline reason'],
    ]);
  });

  it('never throws and keeps every block inside the text, on any input', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'r',
            'e',
            's',
            ' ',
            '"',
            '{',
            '}',
            '$',
            '#',
            '/',
            '*',
            '<',
            '\n',
            'E',
            'O',
            'T',
            '-',
          ),
        }),
        (text) => {
          const lines = text.split('\n').length;
          for (const b of scanHcl(text).blocks) {
            expect(b.line).toBeGreaterThanOrEqual(1);
            expect(b.endLine).toBeGreaterThanOrEqual(b.line);
            expect(b.endLine).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readTerraform on random input', () => {
  it('never throws: bad files are errors, the rest is read', async () => {
    const piece = fc.constantFrom(
      'resource "aws_instance" "a" {',
      'metadata_options {',
      'http_tokens = var.t',
      'http_tokens = local.t ? "required" : "optional"',
      'count = length(var.l)',
      'for_each = { for k, v in var.m : k => v }',
      'locals { t = local.t }',
      'variable "t" { default = "optional" }',
      'module "m" { source = "./m" }',
      'dynamic "metadata_options" {',
      'content {',
      '}',
      '"${',
      '<<EOT',
      'EOT',
      '# imds-guard:ignore x',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 25 }), async (parts) => {
        const r = await readTerraform([{ file: 'p/main.tf', text: parts.join('\n') }]);
        expect(Array.isArray(r.resources)).toBe(true);
        for (const e of r.errors) expect(e.file).toBe('p/main.tf');
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
