/** `hop-limit-policy` (Config rule ec2-token-hop-limit-check): e.g. `1,container=2`. */
import type { HopLimitPolicy } from '../model/settings.js';
import type { FieldParser } from './fields.js';

const DEFAULT_HOP_LIMIT_POLICY: HopLimitPolicy = { raw: '1,container=2', plain: 1, container: 2 };

/**
 * `1` (every host), `container=2`, `1,container=2`, `plain=1,container=3`. Unnamed = plain hosts; a
 * part left out keeps its default (1 plain, 2 container). Throws with what to fix.
 */
export function parseHopLimitPolicy(raw: string): HopLimitPolicy {
  const policy: HopLimitPolicy = {
    ...DEFAULT_HOP_LIMIT_POLICY,
    raw: raw.trim() || DEFAULT_HOP_LIMIT_POLICY.raw,
  };
  for (const part of raw.split(/[,\s]+/).filter(Boolean)) {
    const m = /^(?:(plain|container)=)?(\d{1,2})$/.exec(part);
    const n = m ? Number(m[2]) : Number.NaN;
    if (!m || n < 1 || n > 64)
      throw new Error(
        `hop-limit-policy: '${part}' is not N, plain=N or container=N with N from 1 to 64 (e.g. '1,container=2')`,
      );
    if (m[1] === 'container') policy.container = n;
    else policy.plain = n;
  }
  return policy;
}

export const hopLimitPolicy: FieldParser<HopLimitPolicy | undefined> = (raw, ctx) => {
  try {
    return parseHopLimitPolicy(raw);
  } catch (e) {
    ctx.fail((e as Error).message.replace(/^hop-limit-policy: /, ''));
    return undefined;
  }
};
