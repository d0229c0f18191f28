/**
 * The Auto Scaling section: each group judged by the launch template version it actually launches
 * ($Default, $Latest or a number; mixed-instances overrides included), not only the template's
 * default. Markdown shows up to the posture tables' rows (the compact comment leaves it out).
 */
import { LAUNCH_VERDICT_LABELS } from '../../assess/asg.js';
import type { Assessment, AutoScalingLaunchVerdict } from '../../model/types.js';
import { displayText, type Trusted } from '../escape.js';
import { cap, FOLD_AT, type Fold } from '../fold.js';
import { num } from '../format.js';
import { linked } from '../links.js';
import type { Section } from './section.js';

export interface AutoScalingView {
  total: string;
  allowV1: string;
  rows: Array<{
    name: string;
    url: string;
    link: Trusted;
    accountId: string;
    region: string;
    template: string;
    templateUrl: string;
    templateLink: Trusted;
    /** e.g. '$Latest → 3', '2', '$Default → 1'. */
    version: string;
    settings: string;
    verdict: string;
    allowsV1: boolean;
    reason: string;
  }>;
}

function versionText(l: AutoScalingLaunchVerdict): string {
  const n = l.versionNumber === undefined ? '?' : String(l.versionNumber);
  return /^\d+$/.test(l.version) ? n : `${l.version} → ${n}`;
}

function settingsText(l: AutoScalingLaunchVerdict): string {
  const v = l.settings;
  if (!v) return 'not read';
  if (v.httpEndpoint === 'disabled') return 'endpoint disabled';
  const hop = v.httpPutResponseHopLimit !== undefined ? `, hop limit ${v.httpPutResponseHopLimit}` : '';
  return `tokens ${v.httpTokens ?? 'unset'}${hop}`;
}

function autoScalingView(a: Assessment): AutoScalingView | undefined {
  const groups = a.autoScalingGroups;
  if (!groups?.length) return undefined;
  return {
    total: num(groups.length),
    allowV1: num(groups.filter((g) => g.allowsV1).length),
    rows: groups.map((g) => {
      const group = linked('auto-scaling-group', g.region, g.name, displayText(g.name, 80));
      const first = g.launches[0];
      const templateId = g.launchTemplateId ?? '';
      const tpl = linked(
        'launch-template',
        g.region,
        templateId,
        displayText(g.launchTemplateName ?? templateId, 80),
      );
      const extra = g.launches.length > 1 ? ` (+${g.launches.length - 1} override(s))` : '';
      return {
        name: group.text,
        url: group.url,
        link: group.link,
        accountId: g.accountId,
        region: g.region,
        template: tpl.text,
        templateUrl: tpl.url,
        templateLink: tpl.link,
        version: `${versionText(first)}${extra}`,
        settings: settingsText(first),
        verdict: LAUNCH_VERDICT_LABELS[g.verdict],
        allowsV1: g.allowsV1,
        reason: displayText(g.reason, 400),
      };
    }),
  };
}

/** The section's rows in a fold: its own budget (`autoScaling`), else the posture tables'. */
const rowsIn = (f: Fold): number => f.autoScaling ?? f.posture;

export const autoScalingSection: Section<'autoScaling'> = {
  key: 'autoScaling',
  templates: {
    partial: 'autoScaling',
    markdown: 'auto-scaling.md.hbs',
    html: 'auto-scaling.html.hbs',
  },
  view: (a) => autoScalingView(a),
  fold: (v, f) => ({ ...v, rows: cap(v.rows, rowsIn(f)) }),
  notes: (v, f) => {
    const shown = rowsIn(f);
    const total = v.rows.length;
    if (total <= shown) return [];
    return [
      shown === 0
        ? `The Auto Scaling group table (${num(total)} rows) left out`
        : `The Auto Scaling group table shows the ${num(shown)} worst of ${num(total)}`,
    ];
  },
  show: (cut) => ({
    autoScaling: (cut?.rows.length ?? 0) > 0,
    autoScalingFolded: (cut?.rows.length ?? 0) > FOLD_AT,
  }),
};

declare module '../view-types.js' {
  interface ReportView {
    /** Auto Scaling groups judged by the version they launch (sections/auto-scaling.ts). */
    autoScaling?: AutoScalingView;
  }
}

declare module '../fold.js' {
  interface Fold {
    /** Rows of the Auto Scaling table (default: the posture tables'). */
    autoScaling?: number;
  }
}
