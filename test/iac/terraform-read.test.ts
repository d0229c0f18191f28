// Terraform source read as Terraform evaluates it: instances, var files, modules, links, notices,
// suppressions. Each "regression" case failed with the reader that only resolved literals and `var.x`.
import { describe, expect, it } from 'vitest';
import { assessIac } from '../../src/assess/iac.js';
import { readIacFiles } from '../../src/iac/index.js';
import { readTerraform } from '../../src/iac/terraform.js';
import type { IacFileSource, IacResource } from '../../src/model/iac.js';

type Files = Record<string, string>;
const list = (files: Files) => Object.entries(files).map(([file, text]) => ({ file, text }));

/** An IacFileSource over an in-memory tree (what the pipeline gives for the checkout). */
function memorySource(files: Files): IacFileSource {
  return {
    listFolder: async (folder) => {
      const prefix = folder === '.' ? '' : `${folder}/`;
      return Object.keys(files)
        .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
        .map((f) => f.slice(prefix.length));
    },
    readFile: async (file) => files[file],
  };
}

const get = (rs: IacResource[], address: string): IacResource => {
  const r = rs.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${rs.map((x) => x.address).join(', ')}`);
  return r;
};

const verdictOf = (rs: IacResource[], address: string) =>
  assessIac(rs).verdicts.find((v) => v.address === address)?.verdict;

describe('regressions (each wrong with the literal-only reader)', () => {
  it('a module argument http_tokens = "optional" overrides the child default: error on module.web.aws_instance.this', async () => {
    const files = {
      'infra/main.tf': 'module "web" {\n  source      = "./modules/web"\n  http_tokens = "optional"\n}\n',
      'infra/modules/web/main.tf':
        'variable "http_tokens" {\n  default = "required"\n}\n\nresource "aws_instance" "this" {\n  metadata_options {\n    http_tokens = var.http_tokens\n  }\n}\n',
    };
    const { resources, errors } = await readIacFiles(list(files));
    expect(errors).toEqual([]);
    // the child folder is judged only through its call, not a second time with its defaults
    expect(resources.map((r) => r.address)).toEqual(['module.web.aws_instance.this']);
    const r = get(resources, 'module.web.aws_instance.this');
    expect(r).toMatchObject({
      file: 'infra/modules/web/main.tf',
      line: 5,
      key: 'infra:module.web.aws_instance.this',
      related: [{ file: 'infra/main.tf', line: 1, what: 'module "web" call', place: 'elsewhere' }],
    });
    expect(r.metadata?.httpTokens).toMatchObject({
      state: 'known',
      value: 'optional',
      origin: {
        file: 'infra/main.tf',
        line: 3,
        what: 'module "web" argument http_tokens',
        place: 'elsewhere',
      },
    });
    const { findings } = assessIac(resources);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'IMDSG001',
        level: 'error',
        address: 'module.web.aws_instance.this',
      }),
    ]);
  });

  it('.tfvars precedence: a named (non-auto) .tfvars beats defaults.auto.tfvars, with a notice when not named', async () => {
    const files = {
      'env/main.tf':
        'variable "tokens" {\n  default = "required"\n}\nresource "aws_instance" "a" {\n  metadata_options {\n    http_tokens = var.tokens\n  }\n}\n',
      'env/defaults.auto.tfvars': 'tokens = "required"\n',
      'env/prod.tfvars': '# production\ntokens = "optional"\n',
    };
    const unnamed = await readIacFiles(list(files));
    expect(get(unnamed.resources, 'aws_instance.a').metadata?.httpTokens).toMatchObject({
      value: 'optional',
      via: 'var.tokens (prod.tfvars)',
      origin: { file: 'env/prod.tfvars', line: 2, what: 'prod.tfvars', place: 'elsewhere' },
    });
    expect(unnamed.notices).toEqual([
      expect.objectContaining({ file: 'env/prod.tfvars', message: expect.stringMatching(/-var-file/) }),
    ]);
    const named = await readIacFiles(list(files), { varFiles: ['env/prod.tfvars'] });
    expect(named.notices).toEqual([]);
    expect(get(named.resources, 'aws_instance.a').metadata?.httpTokens).toMatchObject({ value: 'optional' });
  });

  it('an HCL ternary through a local over a bool variable default allows IMDSv1', async () => {
    const text =
      'variable "hardened" {\n  type    = bool\n  default = false\n}\nlocals {\n  tokens = var.hardened ? "required" : "optional"\n}\nresource "aws_instance" "web" {\n  metadata_options {\n    http_tokens = local.tokens\n  }\n}\n';
    const { resources } = await readIacFiles([{ file: 'app/main.tf', text }]);
    const t = get(resources, 'aws_instance.web').metadata?.httpTokens;
    expect(t).toMatchObject({
      state: 'known',
      value: 'optional',
      origin: { file: 'app/main.tf', line: 3, what: 'variable "hardened" default', place: 'elsewhere' },
    });
    expect(verdictOf(resources, 'aws_instance.web')?.status).toBe('allows-v1');
  });

  it('a folder of only module blocks gets a notice per module it cannot evaluate', async () => {
    const text =
      'module "eks" {\n  source  = "terraform-aws-modules/eks/aws"\n  version = "~> 17.0"\n}\n\nmodule "vpc" {\n  source = "git::https://example.com/vpc.git"\n}\n';
    const { resources, notices } = await readIacFiles([{ file: 'live/main.tf', text }]);
    expect(resources).toEqual([]);
    expect(notices).toEqual([
      {
        file: 'live/main.tf',
        line: 1,
        message:
          'module "eks" (source terraform-aws-modules/eks/aws) was not evaluated: its code is not in the checkout; run terraform init before the check, or commit a plan',
      },
      expect.objectContaining({
        file: 'live/main.tf',
        line: 6,
        message: expect.stringMatching(/^module "vpc"/),
      }),
    ]);
  });

  it('a suppression marker above an indented block belongs to that block only', async () => {
    const text = [
      'resource "aws_instance" "first" {',
      '  metadata_options {',
      '    http_tokens = "optional"',
      '  }',
      '  user_data = <<-EOT',
      '    # imds-guard:ignore text in a heredoc is no marker',
      '  EOT',
      '  tags = { Note = "# imds-guard:ignore nor is text in a string" }',
      '}',
      '',
      '  # imds-guard:ignore vendor agent needs v1 until Q3',
      '  resource "aws_instance" "second" {',
      '    metadata_options {',
      '      http_tokens = "optional"',
      '    }',
      '  }',
    ].join('\n');
    const { resources } = await readIacFiles([{ file: 'x/main.tf', text }]);
    expect(get(resources, 'aws_instance.first').suppressions).toEqual([]);
    expect(get(resources, 'aws_instance.second').suppressions).toEqual([
      { tool: 'imds-guard', reason: 'vendor agent needs v1 until Q3', line: 11, valid: true },
    ]);
  });

  it('terraform-aws-eks v17 shape: lookup over worker_groups with a local default "optional" allows IMDSv1', async () => {
    const text = `variable "worker_groups" {
  type    = any
  default = [{ name = "default" }, { name = "hardened", metadata_http_tokens = "required" }]
}
variable "workers_group_defaults" {
  type    = any
  default = {}
}
locals {
  worker_group_count = length(var.worker_groups)
  workers_group_defaults_defaults = {
    name                 = "count"
    metadata_http_tokens = "optional"
    metadata_http_put_response_hop_limit = null
  }
  workers_group_defaults = merge(local.workers_group_defaults_defaults, var.workers_group_defaults)
}
resource "aws_launch_configuration" "workers" {
  count = local.worker_group_count
  name_prefix = "\${lookup(var.worker_groups[count.index], "name", count.index)}-"
  metadata_options {
    http_tokens                 = lookup(var.worker_groups[count.index], "metadata_http_tokens", local.workers_group_defaults["metadata_http_tokens"])
    http_put_response_hop_limit = lookup(var.worker_groups[count.index], "metadata_http_put_response_hop_limit", local.workers_group_defaults["metadata_http_put_response_hop_limit"])
  }
}
`;
    const { resources } = await readIacFiles([{ file: 'eks/workers.tf', text }]);
    expect(resources.map((r) => r.address)).toEqual([
      'aws_launch_configuration.workers[0]',
      'aws_launch_configuration.workers[1]',
    ]);
    const w0 = get(resources, 'aws_launch_configuration.workers[0]');
    expect(w0.metadata?.httpTokens).toMatchObject({
      value: 'optional',
      origin: {
        file: 'eks/workers.tf',
        line: 11,
        what: 'local.workers_group_defaults_defaults',
        place: 'elsewhere',
      },
    });
    expect(w0.metadata?.hopLimit).toEqual({ state: 'unset' });
    expect(verdictOf(resources, 'aws_launch_configuration.workers[0]')?.status).toBe('allows-v1');
    expect(get(resources, 'aws_launch_configuration.workers[1]').metadata?.httpTokens).toMatchObject({
      value: 'required',
    });
  });
});

describe('Terraform JSON syntax (.tf.json)', () => {
  it('is read like .tf: variables, expressions, blocks as objects or arrays, lines of the keys', async () => {
    const text = JSON.stringify(
      {
        variable: { tokens: { default: 'optional' } },
        resource: {
          aws_instance: {
            // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform JSON syntax, not a JS template
            web: { metadata_options: { http_tokens: '${var.tokens}' } },
            db: [{ metadata_options: [{ http_tokens: 'required' }] }],
          },
        },
      },
      null,
      2,
    );
    const { resources, errors } = await readIacFiles([{ file: 'j/main.tf.json', text }]);
    expect(errors).toEqual([]);
    expect(get(resources, 'aws_instance.web')).toMatchObject({
      line: 9,
      metadata: { httpTokens: { state: 'known', value: 'optional' } },
    });
    expect(get(resources, 'aws_instance.db').metadata?.httpTokens).toMatchObject({ value: 'required' });
  });
});

describe('count / for_each instances', () => {
  const text = `variable "n" {
  default = 2
}
variable "envs" {
  default = { prod = "required", dev = "optional" }
}
resource "aws_instance" "counted" {
  count = var.n
  metadata_options {
    http_tokens = count.index == 0 ? "required" : "optional"
  }
}
resource "aws_instance" "each" {
  for_each = var.envs
  metadata_options {
    http_tokens = each.value
  }
}
resource "aws_instance" "none" {
  count = 0
}
resource "aws_instance" "empty" {
  for_each = {}
}
resource "aws_instance" "unknown" {
  count = data.aws_ami.x.id == "" ? 0 : 1
}
`;

  it('one resource per instance with Terraform addresses; none → one resource not created; unknown → one with a note', async () => {
    const { resources } = await readTerraform([{ file: 'c/main.tf', text }]);
    // listed in the parser's order: by type, then name
    expect(resources.map((r) => [r.address, r.key, r.notCreated])).toEqual([
      ['aws_instance.counted[0]', 'c:aws_instance.counted[0]', undefined],
      ['aws_instance.counted[1]', 'c:aws_instance.counted[1]', undefined],
      ['aws_instance.each["dev"]', 'c:aws_instance.each["dev"]', undefined],
      ['aws_instance.each["prod"]', 'c:aws_instance.each["prod"]', undefined],
      ['aws_instance.empty', 'c:aws_instance.empty', 'for_each is empty with these inputs'],
      ['aws_instance.none', 'c:aws_instance.none', 'count = 0 with these inputs'],
      ['aws_instance.unknown', 'c:aws_instance.unknown', undefined],
    ]);
    expect(get(resources, 'aws_instance.counted[1]').metadata?.httpTokens).toMatchObject({
      value: 'optional',
    });
    expect(get(resources, 'aws_instance.each["prod"]').metadata?.httpTokens).toMatchObject({
      value: 'required',
    });
    expect(get(resources, 'aws_instance.unknown').notes).toEqual([
      'count not known from the code: data.aws_ami.x.id (data source, read at plan time)',
    ]);
  });
});

describe('dynamic blocks and launch template links', () => {
  it('evaluates dynamic metadata_options over a collection and links ASG / node group / instance to their template', async () => {
    const text = `variable "mo" {
  type = object({ http_tokens = optional(string, "optional"), hop = optional(number, 2) })
  default = {}
}
resource "aws_launch_template" "lt" {
  count = 1
  dynamic "metadata_options" {
    for_each = var.mo != null ? [var.mo] : []
    iterator = m
    content {
      http_tokens                 = m.value.http_tokens
      http_put_response_hop_limit = m.value.hop
    }
  }
}
locals {
  lt_id = try(aws_launch_template.lt[0].id, null)
  spec  = { id = local.lt_id, version = "$Latest" }
}
resource "aws_autoscaling_group" "asg" {
  dynamic "launch_template" {
    for_each = [local.spec]
    content {
      id      = launch_template.value.id
      version = launch_template.value.version
    }
  }
}
resource "aws_eks_node_group" "ng" {
  launch_template {
    id      = one(aws_launch_template.lt[*].id)
    version = aws_launch_template.lt[0].latest_version
  }
}
resource "aws_instance" "from_lt" {
  launch_template {
    name = element(aws_launch_template.lt.*.name, 0)
  }
}
`;
    const { resources } = await readTerraform([{ file: 'd/main.tf', text }]);
    const lt = get(resources, 'aws_launch_template.lt[0]');
    expect(lt.metadata?.httpTokens).toMatchObject({ value: 'optional' });
    expect(lt.metadata?.hopLimit).toMatchObject({ value: 2 });
    expect(get(resources, 'aws_autoscaling_group.asg').template).toEqual({
      kind: 'launch-template',
      target: 'aws_launch_template.lt',
      version: '$Latest',
    });
    expect(get(resources, 'aws_eks_node_group.ng').template?.target).toBe('aws_launch_template.lt');
    expect(get(resources, 'aws_instance.from_lt').template?.target).toBe('aws_launch_template.lt');
    for (const a of ['aws_autoscaling_group.asg', 'aws_eks_node_group.ng', 'aws_instance.from_lt'])
      expect(verdictOf(resources, a)?.status, a).toBe('allows-v1');
  });
});

describe('var files', () => {
  const main =
    'variable "tokens" {\n  default = "a"\n}\nresource "aws_instance" "a" {\n  metadata_options {\n    http_tokens = var.tokens\n  }\n}\n';
  const tokens = async (files: Files, varFiles?: string[], source?: IacFileSource) => {
    const r = await readTerraform(list(files), { varFiles, source });
    const t = get(r.resources, 'aws_instance.a').metadata?.httpTokens;
    return t?.state === 'known' ? t.value : t?.state;
  };

  it.each([
    [{}, 'a'],
    [{ 'r/terraform.tfvars': 'tokens = "b"' }, 'b'],
    [{ 'r/terraform.tfvars': 'tokens = "b"', 'r/terraform.tfvars.json': '{"tokens": "c"}' }, 'c'],
    [{ 'r/terraform.tfvars.json': '{"tokens": "c"}', 'r/a.auto.tfvars': 'tokens = "d"' }, 'd'],
    [{ 'r/b.auto.tfvars': 'tokens = "e"', 'r/a.auto.tfvars.json': '{"tokens": "d"}' }, 'e'],
    [{ 'r/z.auto.tfvars': 'tokens = "e"', 'r/prod.tfvars': 'tokens = "f"' }, 'f'],
  ])(
    'default < terraform.tfvars < .json < *.auto (lexical) < unnamed .tfvars: %j → %s',
    async (vars, expected) => {
      expect(await tokens({ 'r/main.tf': main, ...vars })).toBe(expected);
    },
  );

  it('var files named by the caller apply last, in the order given, also read through the source', async () => {
    const files = { 'r/main.tf': main, 'r/x.auto.tfvars': 'tokens = "auto"' };
    const source = memorySource({
      'r/envs/one.tfvars': 'tokens = "one"',
      'r/envs/two.tfvars': 'tokens = "two"',
    });
    expect(await tokens(files, ['r/envs/two.tfvars', 'r/envs/one.tfvars'], source)).toBe('one');
    expect(await tokens(files, ['r/envs/one.tfvars', 'r/envs/two.tfvars'], source)).toBe('two');
  });

  it('finds terraform.tfvars beside the root through the source when the globs did not match it', async () => {
    const source = memorySource({ 'r/main.tf': main, 'r/terraform.tfvars': 'tokens = "from-source"' });
    expect(await tokens({ 'r/main.tf': main }, undefined, source)).toBe('from-source');
  });
});

describe('modules', () => {
  const child = `variable "tokens" {
  default = "required"
}
variable "lt_count" {
  default = 1
}
resource "aws_launch_template" "this" {
  count = var.lt_count
  metadata_options {
    http_tokens = var.tokens
  }
}
resource "aws_autoscaling_group" "this" {
  launch_template {
    id = aws_launch_template.this[0].id
  }
}
moved {
  from = aws_launch_template.old
  to   = aws_launch_template.this
}
`;

  it('evaluates local modules with count, nested, region inherited, links inside the module, moved blocks', async () => {
    const files = {
      'stack/main.tf': `provider "aws" {
  region = var.region
}
variable "region" {
  default = "eu-west-1"
}
variable "legacy" {
  default = true
}
module "web" {
  source = "../modules/app"
  count  = 2
  tokens = count.index == 1 && var.legacy ? "optional" : "required"
}
module "wrapper" {
  source = "./wrapper"
}
`,
      'stack/wrapper/main.tf': 'module "inner" {\n  source   = "../../modules/app"\n  lt_count = 0\n}\n',
    };
    const source = memorySource({ 'modules/app/main.tf': child });
    const { resources, moves, notices } = await readIacFiles(list(files), { source });
    expect(notices).toEqual([]);
    expect(resources.map((r) => [r.address, r.notCreated])).toEqual([
      ['module.web[0].aws_autoscaling_group.this', undefined],
      ['module.web[0].aws_launch_template.this[0]', undefined],
      ['module.web[1].aws_autoscaling_group.this', undefined],
      ['module.web[1].aws_launch_template.this[0]', undefined],
      ['module.wrapper.module.inner.aws_autoscaling_group.this', undefined],
      ['module.wrapper.module.inner.aws_launch_template.this', 'count = 0 with these inputs'],
    ]);
    const lt1 = get(resources, 'module.web[1].aws_launch_template.this[0]');
    expect(lt1).toMatchObject({
      file: 'modules/app/main.tf',
      line: 7,
      region: 'eu-west-1',
      key: 'stack:module.web[1].aws_launch_template.this[0]',
      related: [{ file: 'stack/main.tf', line: 10, what: 'module "web" call', place: 'elsewhere' }],
    });
    expect(lt1.metadata?.httpTokens).toMatchObject({ value: 'optional' });
    expect(get(resources, 'module.web[0].aws_autoscaling_group.this').template?.target).toBe(
      'module.web.aws_launch_template.this',
    );
    expect(get(resources, 'module.wrapper.module.inner.aws_autoscaling_group.this').related).toEqual([
      { file: 'stack/main.tf', line: 15, what: 'module "wrapper" call', place: 'elsewhere' },
      { file: 'stack/wrapper/main.tf', line: 1, what: 'module "inner" call', place: 'elsewhere' },
    ]);
    expect(moves).toContainEqual({
      folder: 'stack',
      from: 'module.web[0].aws_launch_template.old',
      to: 'module.web[0].aws_launch_template.this',
    });
  });

  it('evaluates a downloaded module from .terraform/modules/modules.json, else says how to get it', async () => {
    const root = 'live/main.tf';
    const files = { [root]: 'module "app" {\n  source = "acme/app/aws"\n  tokens = "optional"\n}\n' };
    const source = memorySource({
      'live/.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          { Key: 'app', Source: 'registry.terraform.io/acme/app/aws', Dir: '.terraform/modules/app' },
        ],
      }),
      'live/.terraform/modules/app/main.tf': child,
    });
    const r = await readTerraform(list(files), { source });
    expect(r.notices).toEqual([]);
    expect(get(r.resources, 'module.app.aws_launch_template.this[0]')).toMatchObject({
      file: 'live/.terraform/modules/app/main.tf',
      metadata: { httpTokens: { state: 'known', value: 'optional' } },
    });
    const without = await readTerraform(list(files));
    expect(without.resources).toEqual([]);
    expect(without.notices?.[0].message).toMatch(/terraform init/);
  });

  it("reads a local module's outputs: an ASG in the root links to the module's launch template", async () => {
    const files = {
      'root/main.tf': `module "lt" {
  source = "./lt"
  tokens = "optional"
}
resource "aws_autoscaling_group" "asg" {
  launch_template {
    id      = module.lt.id
    version = module.lt.version
  }
}
`,
      'root/lt/main.tf': `variable "tokens" {}
resource "aws_launch_template" "this" {
  metadata_options {
    http_tokens = var.tokens
  }
}
output "id" {
  value = aws_launch_template.this.id
}
output "version" {
  value = "$Latest"
}
`,
    };
    const { resources } = await readIacFiles(list(files));
    expect(get(resources, 'aws_autoscaling_group.asg').template).toEqual({
      kind: 'launch-template',
      target: 'module.lt.aws_launch_template.this',
      version: '$Latest',
    });
    expect(verdictOf(resources, 'aws_autoscaling_group.asg')?.status).toBe('allows-v1');
  });

  it("locates a plan's module resources at the module's block (file, line, suppression)", async () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'module.web.aws_instance.this',
          module_address: 'module.web',
          mode: 'managed',
          type: 'aws_instance',
          name: 'this',
          change: {
            actions: ['create'],
            before: null,
            after: { metadata_options: [{ http_tokens: 'optional' }] },
          },
        },
      ],
    };
    const files = {
      'infra/tfplan.json': JSON.stringify(plan),
      'infra/main.tf': 'module "web" {\n  source = "./modules/web"\n}\n',
      'infra/modules/web/main.tf':
        '# imds-guard:ignore legacy agent, replaced in Q3\nresource "aws_instance" "this" {\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n',
    };
    const { resources } = await readIacFiles(list(files));
    // The source is judged too (a plan never hides it); the plan's resource is located at its block.
    expect(resources.map((r) => r.format).sort()).toEqual(['terraform', 'terraform-plan']);
    expect(resources.find((r) => r.format === 'terraform-plan')).toMatchObject({
      format: 'terraform-plan',
      file: 'infra/modules/web/main.tf',
      line: 2,
      key: 'infra:module.web.aws_instance.this',
      suppressions: [expect.objectContaining({ reason: 'legacy agent, replaced in Q3' })],
    });
  });

  it('refuses a module cycle with a notice', async () => {
    const files = {
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      'b/main.tf': 'module "a" {\n  source = "../a"\n}\nresource "aws_instance" "x" {}\n',
    };
    const r = await readTerraform(list(files));
    expect(r.notices?.some((n) => /cycle/.test(n.message))).toBe(true);
    expect(r.resources.length).toBeGreaterThan(0);
  });
});

describe('unknown settings name their expression', () => {
  it('with a reason cut between tokens', async () => {
    const text = `resource "aws_instance" "a" {
  metadata_options {
    http_tokens = data.aws_ssm_parameter.very_long_parameter_name_for_the_metadata_tokens_setting_of_this_fleet.value == "strict" ? "required" : "optional"
    http_endpoint = terraform.workspace == "prod" ? "enabled" : "disabled"
  }
}
`;
    const { resources } = await readTerraform([{ file: 'u/main.tf', text }]);
    const t = get(resources, 'aws_instance.a').metadata;
    expect(t?.httpTokens.state).toBe('unknown');
    const reason = t?.httpTokens.state === 'unknown' ? t.httpTokens.reason : '';
    expect(reason.length).toBeLessThanOrEqual(125);
    expect(reason.endsWith('… (data source, read at plan time)')).toBe(true);
    expect(reason).toBe('data.aws_ssm_parameter… (data source, read at plan time)');
    expect(t?.httpEndpoint).toEqual({
      state: 'unknown',
      reason: 'terraform.workspace (set when Terraform runs)',
    });
  });

  it('an invalid file is an error with its line; the other files are still read', async () => {
    const r = await readTerraform([
      { file: 'm/bad.tf', text: 'resource "aws_instance" "x" {\n  ami = \n}\n' },
      { file: 'm/good.tf', text: 'resource "aws_instance" "y" {}\n' },
    ]);
    expect(r.errors).toEqual([expect.objectContaining({ file: 'm/bad.tf', line: 2 })]);
    expect(r.resources.map((x) => x.address)).toEqual(['aws_instance.y']);
  });
});
