/**
 * Links to the AWS console: each instance, launch template and Auto Scaling group, in its own region
 * (and partition: GovCloud and China have their own console hosts). The console opens in whatever
 * account the reader is signed in to; the account id is shown beside every link.
 */

import { uriComponent } from '../model/text.js';
import { escapeMarkdown, markdownUrl, type Trusted, trusted } from './escape.js';
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

/**
 * Gives `row` a `link` property: its Markdown link (`instanceId` to `url`), made when a rendering
 * reads it (report.html draws every row and reads the url; Markdown reads a few hundred). One getter
 * serves every row: a getter written in each row's literal is a closure, a context and an accessor
 * pair of its own per row, and keeps the literal off V8's fast path (3–5× the time of the same literal
 * without it, about twice the allocation: ~150 MB over a 100,000-instance report.html).
 */
export function withMarkdownLink<T extends { instanceId: string; url: string }>(
  row: T,
): T & { readonly link: Trusted } {
  return Object.defineProperty(row, 'link', ROW_LINK) as T & { readonly link: Trusted };
}

function rowLink(this: { instanceId: string; url: string }): Trusted {
  return markdownLink(this.instanceId, this.url);
}

const ROW_LINK: PropertyDescriptor = Object.freeze({ get: rowLink, enumerable: true, configurable: true });

export function linked(kind: ConsoleKind, region: string, id: string, text = id): Linked {
  const url = consoleUrl(kind, region, id);
  return { text, url, link: markdownLink(text, url) };
}
