// What a change adds, judged against its base revision: each resource of the head is new (not at the
// base), updated (its effective metadata settings or verdict differ) or unchanged. Pure: both sides come
// in already read, with the same live context, so only the code's own change can tell them apart.
import type { IacMove, IacResource, IacSetting } from '../model/iac.js';
import {
  type BaselineState,
  type IacResolverContext,
  indexByAddress,
  judgeInIndex,
  type TemplateIndex,
} from './iac.js';

/** The identity of a resource across revisions (readers fill `key`; the file and address otherwise). */
export const resourceKey = (r: IacResource): string => r.key ?? `${r.file}#${r.address}`;

const settingText = (x: IacSetting<unknown> | undefined): string =>
  !x || x.state === 'unset' ? '-' : x.state === 'known' ? `=${String(x.value)}` : `?${x.reason}`;

/** What decides the resource's IMDS outcome, as text: its own settings, its template's, its verdict. */
function effective(r: IacResource, all: TemplateIndex, verdict: string, depth = 0): string {
  const m = r.metadata;
  const x = r.service;
  const own = m
    ? [m.httpTokens, m.httpEndpoint, m.hopLimit, m.instanceMetadataTags].map(settingText).join(',')
    : x
      ? [x.setting, x.platform, x.configTemplate].map(settingText).join(',')
      : '';
  const target = r.template?.target ? all.get(r, r.template.target) : undefined;
  const via = r.template
    ? `${r.template.kind}:${r.template.target ?? r.template.expression ?? ''}@${r.template.version ?? ''}${
        target && depth < 3 ? `{${effective(target, all, '', depth + 1)}}` : ''
      }`
    : '';
  return [r.notCreated ? 'not-created' : '', own, via, r.amiId ?? r.amiExpression ?? '', verdict].join('|');
}

/** The signature of every resource of one revision, by key (the first of a key wins). */
export function signatures(resources: IacResource[], ctx: IacResolverContext): Map<string, string> {
  const all = indexByAddress(resources);
  const out = new Map<string, string>();
  for (const r of resources) {
    const key = resourceKey(r);
    if (out.has(key)) continue;
    const v = judgeInIndex(r, all, ctx);
    out.set(key, effective(r, all, `${v.status}:${v.ruleId ?? ''}`));
  }
  return out;
}

/** The head key a `moved` block points from: `folder:to` was `folder:from` at the base. */
function movedFrom(moves: IacMove[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const mv of moves) m.set(`${mv.folder}:${mv.to}`, `${mv.folder}:${mv.from}`);
  return m;
}

/**
 * Compares the head's resources with the base's. A key the base lacks is new, unless a `moved` block
 * says it was another address there; a key whose signature differs is updated.
 */
export function compareWithBase(
  head: IacResource[],
  base: IacResource[],
  ctx: IacResolverContext,
  moves: IacMove[] = [],
): BaselineState[] {
  const before = signatures(base, ctx);
  const now = signatures(head, ctx);
  const from = movedFrom(moves);
  return head.map((r) => {
    const key = resourceKey(r);
    const suffix = /(\[[^\]]*\])*$/.exec(key)?.[0] ?? '';
    const moved = from.get(key.slice(0, key.length - suffix.length));
    const was = before.get(key) ?? (moved !== undefined ? before.get(moved + suffix) : undefined);
    if (was === undefined) return 'new';
    return was === now.get(key) ? 'unchanged' : 'updated';
  });
}
