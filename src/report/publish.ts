/**
 * Saying it: writes the JSON report and the job summary, and sets the audit's outputs.
 * (The full Markdown/HTML reports and the sticky PR comment build on this.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatPercent } from '../assess/assess.js';
import type { Deps } from '../deps.js';
import type { Assessment, Inventory, Settings } from '../types.js';
import { buildJsonReport } from './json.js';

export interface Published {
  jsonPath: string;
}

export async function writeFileEnsuringDir(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

export async function publishAudit(
  settings: Settings,
  inventory: Inventory,
  assessment: Assessment,
  deps: Deps,
): Promise<Published> {
  const jsonPath = resolve(deps.github.workspace, settings.reports.jsonPath);
  const report = buildJsonReport(inventory, assessment, {
    version: deps.version,
    generatedAt: deps.now().toISOString(),
    run: {
      repository: deps.github.repository && `${deps.github.repository.owner}/${deps.github.repository.repo}`,
      runId: deps.github.runId,
      runUrl: deps.github.runUrl,
      event: deps.github.eventName || undefined,
    },
  });
  await writeFileEnsuringDir(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  deps.log.info(`JSON report: ${jsonPath}`);

  if (settings.reports.summary) await deps.outputs.summary(basicSummary(assessment));
  return { jsonPath };
}

function basicSummary(a: Assessment): string {
  const t = a.totals;
  const lines = [
    `## IMDS Guard: ${formatPercent(t.compliant, t.inScope)} IMDSv2 enforcement ${a.gate.passed ? '✅' : '❌'}`,
    '',
    `**${t.compliant} of ${t.inScope}** in-scope instances compliant under **${a.rule.name}** (threshold ${a.gate.threshold}%).`,
    '',
    '| Account | Region | In scope | Compliant | % | v1 allowed |',
    '|---|---|--:|--:|--:|--:|',
    ...a.byRegion.map(
      (r) =>
        `| ${r.accountId} | ${r.region} | ${r.rollup.inScope} | ${r.rollup.compliant} | ${formatPercent(r.rollup.compliant, r.rollup.inScope)} | ${r.rollup.buckets['v1-allowed']} |`,
    ),
  ];
  for (const f of a.failedRegions) lines.push('', `⚠️ ${f.region} (${f.accountId}) failed: ${f.error?.code}`);
  return `${lines.join('\n')}\n`;
}
