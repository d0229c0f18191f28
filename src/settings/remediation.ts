/** What a plan changes, and which instances it selects. */
import { INSTANCE_ID } from '../model/ids.js';
import type { Remediation, TagFilter } from '../model/settings.js';
import {
  checkPath,
  type FieldParser,
  listWithExcludes,
  splitExcludes,
  splitList,
  wholeNumber,
} from './fields.js';

const REMEDIATIONS: readonly Remediation[] = ['require-v2', 'disable', 'allow-v1'];

/** `require-v2` or `require-v2, include-in-use` (plan instances still calling IMDSv1 too). */
export const remediationInput: FieldParser<{ action: Remediation; includeInUse: boolean }> = (raw, ctx) => {
  const words = splitList(raw.toLowerCase());
  const action = words.filter((w) => (REMEDIATIONS as readonly string[]).includes(w));
  const other = words.filter(
    (w) => !(REMEDIATIONS as readonly string[]).includes(w) && w !== 'include-in-use',
  );
  if (action.length !== 1 || other.length)
    ctx.fail(
      `'${raw}' is not one of: ${REMEDIATIONS.join(', ')}, optionally followed by include-in-use (e.g. 'require-v2, include-in-use')`,
    );
  return {
    action: (action[0] ?? REMEDIATIONS[0]) as Remediation,
    includeInUse: words.includes('include-in-use'),
  };
};

export interface InstancesInput {
  instances: string[];
  excludeInstances: string[];
  /** `file: PATH`: a CSV of instances (a change ticket's export). */
  instancesFile?: string;
}

/** Instance ids, `!` entries that leave instances out, and one `file: PATH`. */
export const instancesInput: FieldParser<InstancesInput> = (raw, ctx) => {
  const items = splitList(raw);
  const fileItems = items.filter((i) => /^file\s*:/i.test(i));
  if (fileItems.length > 1) ctx.fail(`names ${fileItems.length} files; name one CSV (file: PATH)`);
  const file = fileItems.length ? fileItems[0].replace(/^file\s*:\s*/i, '') : '';
  const { named, excluded } = listWithExcludes(
    items.filter((i) => !fileItems.includes(i)),
    INSTANCE_ID,
    'instance ids (i-0123456789abcdef0, or !i-0123456789abcdef0 to leave one out)',
    ctx,
  );
  return {
    instances: named,
    excludeInstances: excluded,
    instancesFile: checkPath(file, ctx, 'inside') || undefined,
  };
};

function parseTagFilters(raw: string): TagFilter[] | string {
  const filters: TagFilter[] = [];
  for (const item of splitList(raw)) {
    const eq = item.indexOf('=');
    const key = (eq < 0 ? item : item.slice(0, eq)).trim();
    if (!key) return `'${item}' has no tag key; write Key=Value, or Key alone to match any value`;
    filters.push(eq < 0 ? { key } : { key, value: item.slice(eq + 1).trim() });
  }
  return filters;
}

/** `Key=Value`, `Key`, and `!Key=Value` entries that leave the instances that match out. */
export const tagsInput: FieldParser<{ tags: TagFilter[]; excludeTags: TagFilter[] }> = (raw, ctx) => {
  const { named, excluded } = splitExcludes(splitList(raw));
  const parse = (items: string[], prefix: string): TagFilter[] => {
    const parsed = parseTagFilters(items.join('\n'));
    if (typeof parsed !== 'string') return parsed;
    const item = items.find((i) => typeof parseTagFilters(i) === 'string') ?? '';
    ctx.fail(
      `'${prefix}${item}' has no tag key; write Key=Value, Key alone to match any value, or !Key=Value to leave the instances that match out`,
    );
    return [];
  };
  return { tags: parse(named, ''), excludeTags: parse(excluded, '!') };
};

/** `hop-limit`: empty, or 1–64. */
export const hopLimit: FieldParser<number | undefined> = (raw, ctx) =>
  raw ? wholeNumber(1, 64)(raw, ctx) : undefined;
