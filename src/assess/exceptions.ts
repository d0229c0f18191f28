/**
 * Exceptions as code: a tag (default `imds-guard:exempt`) whose value reads `reason; expires=YYYY-MM-DD`.
 * An exception is honoured only when the `exceptions` input is on, it has a reason, and it has not
 * expired; expired and malformed ones are reported so they get renewed or removed.
 */
import type { ExceptionInfo, Instance } from '../model/types.js';

const EXPIRES = /(?:^|;)\s*expires\s*=\s*([^;]*)/i;

export function parseException(value: string, today: string): ExceptionInfo {
  const m = EXPIRES.exec(value);
  const reason = value.replace(EXPIRES, '').replace(/;\s*$/, '').trim();
  let expires: string | undefined;
  let valid = reason.length > 0;
  if (m) {
    expires = m[1].trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(`${expires}T00:00:00Z`)))
      valid = false;
  }
  // An exception is valid through the whole of its expiry day (UTC).
  const expired = valid && expires !== undefined && expires < today;
  return { reason, expires, expired, valid, honoured: false };
}

export function exceptionOf(
  instance: Instance,
  tagKey: string,
  enabled: boolean,
  today: string,
): ExceptionInfo | undefined {
  const value = instance.tags[tagKey];
  if (value === undefined) return undefined;
  const info = parseException(value, today);
  info.honoured = enabled && info.valid && !info.expired;
  return info;
}
