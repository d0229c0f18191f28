/**
 * Links to the AWS console: each instance, launch template and Auto Scaling group, in its own region
 * (and partition: GovCloud and China have their own console hosts). The console opens in whatever
 * account the reader is signed in to; the account id is shown beside every link.
 */

import { uriComponent } from '../model/text.js';
import { escapeMarkdown, markdownUrl, trusted } from './escape.js';
import { REGION } from './format.js';
import type { Linked } from './view-types.js';

export type ConsoleKind = 'instance' | 'launch-template' | 'auto-scaling-group';

function consoleHost(region: string): string {
  if (region.startsWith('us-gov-')) return `https://${region}.console.amazonaws-us-gov.com`;
  if (region.startsWith('cn-')) return `https://${region}.console.amazonaws.cn`;
  return `https://${region}.console.aws.amazon.com`;
}

/** Each region's console base, or '' for a value that is not a region name (a report links every row). */
const bases = new Map<string, string>();

function consoleBase(region: string): string {
  let base = bases.get(region);
  if (base === undefined) {
    base = REGION.test(region) ? `${consoleHost(region)}/ec2/home?region=${region}#` : '';
    // Only region names are kept: a hostile value is checked each time, never stored.
    if (base) bases.set(region, base);
  }
  return base;
}

/** The console page of a resource; '' when the region is not a region name (never a made-up host). */
export function consoleUrl(kind: ConsoleKind, region: string, id: string): string {
  const base = id ? consoleBase(region) : '';
  if (!base) return '';
  const v = uriComponent(id);
  switch (kind) {
    case 'instance':
      return `${base}InstanceDetails:instanceId=${v}`;
    case 'launch-template':
      return `${base}LaunchTemplateDetails:launchTemplateId=${v}`;
    case 'auto-scaling-group':
      return `${base}AutoScalingGroupDetails:id=${v};view=details`;
  }
}

/** `text` linked to `url` in Markdown (escaped text, encoded http(s) URL); plain escaped text without one. */
export function markdownLink(text: string, url: string): ReturnType<typeof trusted> {
  const safe = escapeMarkdown(text, Number.POSITIVE_INFINITY);
  const href = markdownUrl(url);
  return trusted(href ? `[${safe}](${href})` : safe);
}

export function linked(kind: ConsoleKind, region: string, id: string, text = id): Linked {
  const url = consoleUrl(kind, region, id);
  return { text, url, link: markdownLink(text, url) };
}
