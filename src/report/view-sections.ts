/**
 * Parts of the view not yet declared as section modules (sections/): the rule's split (compliant
 * against not compliant, and what each is made of), who still uses IMDSv1, and hop-limit findings.
 * Pure, like view.ts; strings are raw text (Markdown escapes the whole view later).
 */

import { byRisk, formatPercent } from '../assess/assess.js';
import { brokenByHardening } from '../assess/usage.js';
import { compareCode } from '../model/text.js';
import type { AssessedInstance, Assessment } from '../model/types.js';
import { displayText, mermaidLabel, trusted } from './escape.js';
import { formatScanTime, num } from './format.js';
import { consoleUrl, withMarkdownLink } from './links.js';
import { instanceRow } from './view-parts.js';
import type { HopLimitView, ReportView, Segment, UsageView } from './view-types.js';
import { RowList } from './view-types.js';

const BAR_WIDTH = 600;

type Part = { key: Segment['bucket']; compliant: boolean; label: string; cls: string };

/** The parts of the split, in bar order: compliant ones first. Labels depend on the rule. */
function parts(ruleId: string): Part[] {
  const orDisabled = ruleId === 'ec2.8-or-disabled';
  return [
    { key: 'v2-required', compliant: true, label: 'IMDSv2 required', cls: 'b-v2-required' },
    { key: 'pending', compliant: true, label: 'pending → required', cls: 'b-pending' },
    {
      key: 'disabled',
      compliant: true,
      label: orDisabled ? 'endpoint disabled' : 'endpoint disabled with tokens required',
      cls: 'b-disabled',
    },
    { key: 'exempt', compliant: true, label: 'exempted', cls: 'b-exempt' },
    { key: 'v1-allowed', compliant: false, label: 'IMDSv1 allowed', cls: 'b-v1-allowed' },
    {
      key: 'disabled',
      compliant: false,
      label: 'endpoint disabled, tokens optional',
      cls: 'b-disabled-open',
    },
    { key: 'pending', compliant: false, label: 'pending → optional', cls: 'b-pending-open' },
  ];
}

function partOf(i: AssessedInstance): { key: Segment['bucket']; compliant: boolean } {
  if (i.compliant) return { key: i.bucket, compliant: true };
  if (i.exception?.honoured) return { key: 'exempt', compliant: true };
  return { key: i.bucket, compliant: false };
}

/**
 * Compliant against not compliant under the named rule, and what each side is made of, so the
 * headline's numerator adds up: pending changes and endpoint-disabled instances with tokens required
 * count as compliant under EC2.8.
 */
export function ruleSplit(a: Assessment): ReportView['split'] {
  const t = a.totals;
  // Counted by side, then bucket (no key built per instance).
  const counts = { compliant: new Map<string, number>(), open: new Map<string, number>() };
  for (const i of a.instances) {
    const p = partOf(i);
    const side = p.compliant ? counts.compliant : counts.open;
    side.set(p.key, (side.get(p.key) ?? 0) + 1);
  }
  let x = 0;
  const segments: Segment[] = parts(a.rule.id).map((p) => {
    const count = (p.compliant ? counts.compliant : counts.open).get(p.key) ?? 0;
    const width = t.inScope === 0 ? 0 : (count / t.inScope) * BAR_WIDTH;
    const seg: Segment = {
      bucket: p.key,
      compliant: p.compliant,
      label: `${p.compliant ? 'Compliant' : 'Not compliant'}: ${p.label}`,
      count,
      countText: num(count),
      shareText: t.inScope === 0 ? '0%' : formatPercent(count, t.inScope),
      cls: p.cls,
      x: x.toFixed(2),
      width: width.toFixed(2),
    };
    x += width;
    return seg;
  });
  const line = (compliant: boolean) => {
    const shown = segments.filter((s) => s.compliant === compliant && s.count > 0);
    const total = shown.reduce((n, s) => n + s.count, 0);
    const head = `${num(total)} ${compliant ? 'compliant' : 'not compliant'}`;
    if (shown.length === 0) return head;
    if (shown.length === 1) return `${head}: all ${shown[0].label.replace(/^[^:]+: /, '')}`;
    return `${head} = ${shown.map((s) => `${s.countText} ${s.label.replace(/^[^:]+: /, '')}`).join(' + ')}`;
  };
  const notCompliant = t.inScope - t.compliant;
  const mermaid =
    t.inScope === 0
      ? undefined
      : trusted(
          [
            '```mermaid',
            `pie showData title In-scope instances under ${mermaidLabel(a.rule.id)}`,
            ...(t.compliant ? [`    "Compliant" : ${t.compliant}`] : []),
            ...(notCompliant ? [`    "Not compliant" : ${notCompliant}`] : []),
            '```',
          ].join('\n'),
        );
  return {
    segments,
    mermaid,
    total: num(t.inScope),
    width: BAR_WIDTH,
    compliantText: line(true),
    notCompliantText: line(false),
  };
}

export function usageView(a: Assessment, scannedAtMs: number): UsageView | undefined {
  const u = a.v1Usage;
  if (!u) return undefined;
  const inUse = a.instances
    .filter((i) => i.bucket === 'v1-allowed' && (i.v1Calls ?? 0) > 0)
    .sort((x, y) => (y.v1Calls ?? 0) - (x.v1Calls ?? 0) || byRisk(x, y));
  const rejected = a.instances
    .filter(brokenByHardening)
    .sort((x, y) => (y.v1Rejected ?? 0) - (x.v1Rejected ?? 0) || compareCode(x.instanceId, y.instanceId));
  const errors = u.errors.map((e) =>
    displayText(`${e.metric} in ${e.region}${e.accountId ? ` (${e.accountId})` : ''}: ${e.code}`, 200),
  );
  return {
    days: u.days,
    windowText: `${formatScanTime(u.from).slice(0, 10)} → ${formatScanTime(u.to).slice(0, 10)}`,
    safe: num(u.safe),
    inUse: num(u.inUse),
    unknown: num(u.unknown),
    rejected: num(u.rejected),
    hasUnknown: u.unknown > 0,
    hasRejected: u.rejected > 0,
    inUseRows: RowList.of(inUse, (i) => instanceRow(i, scannedAtMs)),
    rejectedRows: RowList.of(rejected, (i) => {
      // The link is made when a Markdown rendering reads it (report.html reads the url).
      return withMarkdownLink({
        name: displayText(i.name ?? '', 80),
        instanceId: i.instanceId,
        url: consoleUrl('instance', i.region, i.instanceId),
        accountId: i.accountId,
        region: i.region,
        rejected: num(i.v1Rejected ?? 0),
        rejectedValue: i.v1Rejected ?? 0,
      });
    }),
    errors: [...new Set(errors)],
  };
}

export function hopLimitView(a: Assessment): HopLimitView | undefined {
  const h = a.hopLimit;
  if (!h) return undefined;
  return {
    policy: `${h.policy.plain} for plain hosts, ${h.policy.container} for container hosts (hop-limit-policy: ${displayText(h.policy.raw, 40)})`,
    count: num(h.findings.length),
    containerHosts: num(h.containerHosts),
    rows: RowList.of(h.findings, (f) => {
      return withMarkdownLink({
        name: displayText(f.name ?? '', 80),
        instanceId: f.instanceId,
        url: consoleUrl('instance', f.region, f.instanceId),
        accountId: f.accountId,
        region: f.region,
        hopLimit: f.hopLimit,
        allowed: f.allowed,
        host: f.containerHost ? 'container host' : 'plain host',
      });
    }),
  };
}
