/**
 * IaC benchmark: 500 Terraform files (2,000 resources) and one ~50 MB plan JSON, generated in
 * a temp dir, then the IaC stage's pure part as the Action runs it: expand the globs, read the files,
 * `readIacFiles` (HCL through the WebAssembly parser, the plan through JSON.parse), `assessIac`.
 * Prints wall time per step and peak RSS (sampled, and the process's maxRSS). Nothing is asserted.
 *
 *   tsx scripts/bench/iac.ts [--tf-files 500] [--plan-mb 50]
 *
 * Measured (Node 20, this machine): 500 files + 50 MB (46,962 changes) in ~3.0 s, peak RSS ~580 MB,
 * once src/iac/plan.ts finds each change's line from a one-pass address index. Its per-resource
 * `locate()` (a regex and a line count from the start of the text, per resource) is O(changes × size):
 * 1 MB takes ~1.5 s, 2 MB ~6.5 s, 50 MB would take about an hour.
 *
 * With the Terraform evaluator (expressions through HashiCorp's syntax tree, the deciding ones parsed
 * in batches): measured alternately with the literal-only reader on the same loaded machine (load
 * average ~9 on 2 cores), totals 6.6–9.3 s against 6.4–8.1 s, about 1.05× (the bound is 1.5×). Nearly
 * all of the Terraform time is the WebAssembly parser itself (`parse` of each file).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assessIac, liveInputsNeeded } from '../../src/assess/iac.js';
import { readIacFilesBounded } from '../../src/iac/bounded.js';
import { expandIacGlobs, readWorkspaceIacFiles } from '../../src/iac/workspace.js';

const { values } = parseArgs({
  options: { 'tf-files': { type: 'string', default: '500' }, 'plan-mb': { type: 'string', default: '50' } },
});
const tfFiles = Number(values['tf-files']);
const planBytes = Number(values['plan-mb']) * 1024 * 1024;

function tf(i: number): string {
  const tokens = ['required', 'optional', null][i % 3];
  const mo = tokens ? `\n  metadata_options {\n    http_tokens = "${tokens}"\n  }` : '';
  return `variable "ami_${i}" {\n  default = "ami-0${i.toString(16).padStart(16, '0')}"\n}\n\nresource "aws_instance" "web_${i}" {\n  ami           = var.ami_${i}\n  instance_type = "t3.micro"${mo}\n}\n\nresource "aws_launch_template" "lt_${i}" {\n  image_id = var.ami_${i}${mo}\n}\n\nresource "aws_autoscaling_group" "asg_${i}" {\n  max_size = 1\n  min_size = 1\n  launch_template {\n    id      = aws_launch_template.lt_${i}.id\n    version = "$Latest"\n  }\n}\n\n# imds-guard:ignore benchmark fixture ${i}\nresource "aws_instance" "legacy_${i}" {\n  metadata_options {\n    http_tokens = "optional"\n  }\n}\n`;
}

function change(i: number): string {
  const tokens = ['required', 'optional'][i % 2];
  return JSON.stringify({
    address: `module.fleet[${i % 97}].aws_instance.node_${i}`,
    mode: 'managed',
    type: 'aws_instance',
    name: `node_${i}`,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: {
      actions: [i % 5 === 0 ? 'update' : 'create'],
      before: i % 5 === 0 ? { metadata_options: [{ http_tokens: 'required' }] } : null,
      after: {
        ami: 'ami-0123456789abcdef0',
        instance_type: 't3.micro',
        metadata_options: [{ http_tokens: tokens, http_endpoint: 'enabled', http_put_response_hop_limit: 1 }],
        tags: { Name: `node-${i}`, Team: 'platform', CostCenter: `cc-${i % 13}` },
        user_data: 'x'.repeat(600),
      },
      after_unknown: { id: true, arn: true },
    },
  });
}

const dir = mkdtempSync(join(tmpdir(), 'imds-bench-iac-'));
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const mb = (b: number): string => (b / 1048576).toFixed(0);
try {
  for (let i = 0; i < tfFiles; i++) {
    const sub = join(dir, 'infra', `stack-${Math.floor(i / 25)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${i}.tf`), tf(i));
  }
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < planBytes; i++) {
    const c = change(i);
    parts.push(c);
    size += c.length + 1;
  }
  mkdirSync(join(dir, 'plan'), { recursive: true });
  writeFileSync(
    join(dir, 'plan', 'big.tfplan.json'),
    `{"format_version":"1.2","terraform_version":"1.9.8","resource_changes":[${parts.join(',')}]}`,
  );
  const baseline = process.memoryUsage().rss;
  peak = baseline;
  const t0 = performance.now();
  const files = await expandIacGlobs(dir, ['infra/**/*.tf', 'plan/*.json']);
  const t1 = performance.now();
  const read = await readWorkspaceIacFiles(dir, files);
  const t2 = performance.now();
  // As the Action reads them: in the bounded worker of the bundle (npm run bench builds it), else inline.
  const entry = existsSync('dist/iac-worker/index.js') ? resolve('dist/iac-worker/index.js') : undefined;
  const parsed = await readIacFilesBounded(
    { files: read.files, source: { kind: 'workspace', root: dir }, options: {} },
    entry,
  );
  const t3 = performance.now();
  const ctx = { defaultRegion: 'us-east-1' };
  const needs = liveInputsNeeded(parsed.resources, ctx);
  const { findings } = assessIac(parsed.resources, ctx);
  const t4 = performance.now();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `\n## IaC: ${tfFiles} .tf files + a ${mb(planBytes)} MB plan JSON (${parts.length.toLocaleString('en')} resource changes)\n`,
  );
  console.log(
    `| Files | Resources | Findings | Errors | Glob s | Read s | Parse + evaluate s (${entry ? 'bounded worker' : 'inline'}) | Assess s | Total s | Peak RSS MB | maxRSS MB |`,
  );
  console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const s = (a: number, b: number): string => ((b - a) / 1000).toFixed(2);
  console.log(
    `| ${files.length} | ${parsed.resources.length.toLocaleString('en')} | ${findings.length.toLocaleString('en')} | ${parsed.errors.length + read.errors.length} | ${s(t0, t1)} | ${s(t1, t2)} | ${s(t2, t3)} | ${s(t3, t4)} | ${s(t0, t4)} | ${mb(peak)} | ${mb(process.resourceUsage().maxRSS * 1024)} |`,
  );
  console.log(
    `\nRSS before reading: ${mb(baseline)} MB. Live inputs an online run would read: ${needs.regions.length} region(s), ${needs.amiIds.length} AMI(s).`,
  );
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
