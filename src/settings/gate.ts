/** What fails the check: the rule, the thresholds, scan errors, the gated targets and exemptions. */
import { DEFAULT_EXEMPTION_TAG_KEY } from '../model/ids.js';
import type { ComplianceRuleId, GateTarget } from '../model/settings.js';
import { FALSE_WORDS, type FieldParser, splitList, TRUE_WORDS, tagKeyProblem } from './fields.js';

const RULES: Record<string, ComplianceRuleId> = {
  'ec2.8': 'ec2.8',
  'ec2.8-or-disabled': 'ec2.8-or-disabled',
};
const GATE_TARGETS: readonly GateTarget[] = ['instances', 'launch-templates', 'account-defaults'];

export const complianceRule: FieldParser<ComplianceRuleId> = (raw, ctx) => {
  const rule = RULES[raw.toLowerCase()];
  if (!rule) ctx.fail(`'${raw}' is not one of: ${Object.keys(RULES).join(', ')}`);
  return rule ?? 'ec2.8';
};

/** `threshold: 95` or `threshold: 95, per-account=90` (every account must also reach its own). */
export const thresholds: FieldParser<{ fleet: number; perAccount?: number }> = (raw, ctx) => {
  const asPercent = (s: string): number | undefined =>
    /^\d+(\.\d+)?$/.test(s) && Number(s) <= 100 ? Number(s) : undefined;
  const items = splitList(raw);
  let fleet: number | undefined = items.length ? undefined : 100;
  let perAccount: number | undefined;
  for (const item of items) {
    const m = /^per-account\s*=\s*(.*)$/i.exec(item);
    const value = asPercent(m ? m[1].trim() : item);
    if (value === undefined || (!m && fleet !== undefined) || (m && perAccount !== undefined)) {
      ctx.fail(
        `'${raw}' is not a percentage with an optional per-account one; use a number from 0 to 100, e.g. 95 or '95, per-account=90'`,
      );
      return { fleet: 100 };
    }
    if (m) perAccount = value;
    else fleet = value;
  }
  return { fleet: fleet ?? 100, perAccount };
};

/** true (unread regions and accounts fail), false, regions or accounts (only those). */
export const failOnScanError: FieldParser<{ failOnRegionError: boolean; failOnAccountError: boolean }> = (
  raw,
  ctx,
) => {
  const v = raw.toLowerCase();
  if (FALSE_WORDS.includes(v)) return { failOnRegionError: false, failOnAccountError: false };
  if (v === 'regions') return { failOnRegionError: true, failOnAccountError: false };
  if (v === 'accounts') return { failOnRegionError: false, failOnAccountError: true };
  if (!TRUE_WORDS.includes(v))
    ctx.fail(
      `'${raw}' is not one of: true (a region or account that could not be read fails the run), false (gate on what was read), regions (only unread regions fail), accounts (only unread accounts fail)`,
    );
  return { failOnRegionError: true, failOnAccountError: true };
};

/** A list of gate targets, each one of GATE_TARGETS. */
export const targets: FieldParser<GateTarget[]> = (raw, ctx) => {
  const list = splitList(raw) as GateTarget[];
  const bad = list.filter((g) => !GATE_TARGETS.includes(g));
  if (bad.length) ctx.fail(`'${bad.join(', ')}' is not among: ${GATE_TARGETS.join(', ')}`);
  return list;
};

/** `gate-on`: the targets, instances always among them. */
export const gateOn: FieldParser<GateTarget[]> = (raw, ctx) => {
  const list = targets(raw, ctx);
  return list.includes('instances') ? list : ['instances', ...list];
};

/** false, true (tag key imds-guard:exempt), or the tag key itself. */
export const exceptionsInput: FieldParser<{ enabled: boolean; tagKey: string }> = (raw, ctx) => {
  if (TRUE_WORDS.includes(raw.toLowerCase())) return { enabled: true, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
  if (FALSE_WORDS.includes(raw.toLowerCase())) return { enabled: false, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
  const problem = tagKeyProblem(raw);
  if (!problem) return { enabled: true, tagKey: raw };
  ctx.fail(
    `is neither true, false nor a tag key: a tag key is 1 to 128 characters without control characters, and this value ${problem}. Give true (tag key ${DEFAULT_EXEMPTION_TAG_KEY}), false, or the tag key that marks exemptions (e.g. Owner-Exempt)`,
  );
  return { enabled: false, tagKey: DEFAULT_EXEMPTION_TAG_KEY };
};
