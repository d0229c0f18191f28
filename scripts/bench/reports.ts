/**
 * The work after a large audit's scan, again in this process from one audit's report.json, each part
 * timed: the assessment, the guardrails, the view, report.json, report.md, report.html,
 * report.ocsf.json and the detection files; then the peak RSS of each part alone (a child process per
 * part) above the process's RSS once the report is loaded.
 *
 *   tsx scripts/bench/reports.ts FILE [--runs 3]
 *
 * FILE is a report.json an audit wrote (for example the 100,000-instance, 17-region audit of
 * docs/performance.md: run the Action against the emulator with IMDS_BENCH_KEEP=1 and keep its
 * imds-guard-report/). The reports render the report's own assessment (its instances, rollups, usage
 * and posture); fields a report does not carry (failed regions and accounts, expired exceptions) are
 * empty. The assessment is made again from the report's instances, their assessed fields taken off, in
 * a fixed shuffled order (a scan's instances come as the pages arrive, not sorted); its exposure, usage
 * and posture are left out. Output files go to a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type AssessOptions, assess } from '../../src/assess/assess.js';
import { buildGuardrails } from '../../src/assess/guardrails.js';
import { DEFAULT_EXEMPTION_TAG_KEY } from '../../src/model/ids.js';
import type { Assessment, Inventory } from '../../src/model/types.js';
import { writeHtml, writeJsonReport, writeMarkdownFile, writeOcsf } from '../../src/publish/write.js';
import { detectionFileEntries } from '../../src/report/detections.js';
import type { JsonReport } from '../../src/report/json.js';
import { parseJsonReport } from '../../src/report/validate.js';
import { buildView, type ViewInput } from '../../src/report/view.js';
import { parseHopLimitPolicy } from '../../src/settings/hop-limit.js';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, phase: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error('usage: tsx scripts/bench/reports.ts FILE [--runs 3]  (FILE: a report.json an audit wrote)');
  process.exit(2);
}
const file = resolve(positionals[0]);
const report = parseJsonReport(readFileSync(file, 'utf8'), file);
const assessment = {
  ...report,
  failedRegions: [],
  failedAccounts: [],
  regionsScanned: report.regions.length,
  accountsScanned: report.accounts.length,
  expiredExceptions: [],
} as unknown as Assessment;
const meta = {
  version: report.tool.version,
  reportId: 'bench',
  files: { json: 'report.json', markdown: 'report.md', html: 'report.html' },
  historyLength: 30,
} as ViewInput['meta'];
const out = mkdtempSync(join(tmpdir(), 'imds-guard-reports-'));
const view = () => buildView({ assessment, meta });

// The assessment's input: the report's instances as a scan gives them (no assessed fields), in an
// order that is the same every run but not the report's (a linear congruential shuffle).
const scanned = report.instances.map((i) => {
  const { bucket, compliant, risk, exception, ...instance } = i;
  return instance;
});
let seed = 1;
for (let k = scanned.length - 1; k > 0; k--) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  const j = seed % (k + 1);
  [scanned[k], scanned[j]] = [scanned[j], scanned[k]];
}
const inventory = {
  ...report,
  instances: scanned,
  exposure: undefined,
  v1Usage: undefined,
} as unknown as Inventory;
const assessOptions: AssessOptions = {
  rule: report.rule.id,
  threshold: report.threshold,
  includeStopped: true,
  failOnRegionError: false,
  failOnAccountError: false,
  exceptions: { enabled: true, tagKey: DEFAULT_EXEMPTION_TAG_KEY },
  today: report.scannedAt.slice(0, 10),
  hopLimitPolicy: parseHopLimitPolicy(''),
};

type Phase = 'assess' | 'guardrails' | 'view' | 'json' | 'markdown' | 'html' | 'ocsf' | 'detections';
const PHASES: Record<Phase, (r: JsonReport) => Promise<unknown>> = {
  assess: async () => assess(inventory, assessOptions),
  guardrails: async () =>
    buildGuardrails({
      instances: assessment.instances,
      accountDefaults: [],
      launchTemplates: report.posture?.launchTemplates ?? [],
      exemptionTagKey: DEFAULT_EXEMPTION_TAG_KEY,
    }),
  view: async () => view(),
  json: (r) => writeJsonReport(join(out, 'report.json'), r),
  markdown: () => writeMarkdownFile(join(out, 'report.md'), view()),
  html: () => writeHtml(join(out, 'report.html'), view()),
  ocsf: () =>
    writeOcsf(join(out, 'report.ocsf.json'), assessment, {
      version: report.tool.version,
      scannedAt: assessment.scannedAt,
      ruleId: assessment.rule.id,
    }),
  detections: async () => {
    for (const [name, text] of detectionFileEntries(assessment.instances)) {
      const path = join(out, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  },
};

try {
  const phase = values.phase as Phase | undefined;
  if (phase) {
    // One phase alone, in a child: its peak RSS above the RSS once the report is loaded.
    await new Promise((r) => setTimeout(r, 200));
    const base = process.memoryUsage().rss;
    let peak = base;
    const sample = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    await PHASES[phase](report);
    clearInterval(sample);
    console.log(JSON.stringify({ base: base / 2 ** 20, peak: peak / 2 ** 20 }));
  } else {
    console.log(`${report.instances.length} instances (${file})\n`);
    console.log(
      '| run | assessment s | guardrails s | view s | JSON s | Markdown s (view included) | HTML s (view included) | OCSF s | detections s |',
    );
    console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (let run = 1; run <= Number(values.runs); run++) {
      const times: string[] = [];
      for (const p of Object.keys(PHASES) as Phase[]) {
        const t0 = performance.now();
        await PHASES[p](report);
        times.push(((performance.now() - t0) / 1000).toFixed(2));
      }
      console.log(`| ${run} | ${times.join(' | ')} |`);
    }
    console.log('\n| phase alone | RSS once loaded MB | peak MB | above |');
    console.log('|---|--:|--:|--:|');
    const script = fileURLToPath(import.meta.url);
    for (const p of Object.keys(PHASES) as Phase[]) {
      const child = spawnSync(process.execPath, [...process.execArgv, script, file, '--phase', p], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`phase ${p}: ${child.stderr}`);
      const { base, peak } = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}');
      console.log(`| ${p} | ${base.toFixed(0)} | ${peak.toFixed(0)} | +${(peak - base).toFixed(0)} |`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
