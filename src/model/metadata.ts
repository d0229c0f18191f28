/**
 * The metadata-options algebra: which fields a change touches, drift between a recorded and a current
 * state, and account defaults' "no preference" semantics. Pure, shared by every stage.
 */
import type { MetadataOptions } from './types.js';

/** The metadata fields a plan may change and drift is judged on (`state` is AWS's progress, not a setting). */
export const METADATA_FIELDS = [
  'httpTokens',
  'httpPutResponseHopLimit',
  'httpEndpoint',
  'httpProtocolIpv6',
  'instanceMetadataTags',
] as const satisfies ReadonlyArray<keyof MetadataOptions>;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** The settings half of a MetadataOptions (no `state`), keys in a fixed order, absent fields dropped. */
export function settingsOf(m: MetadataOptions): MetadataOptions {
  const out: MetadataOptions = {};
  for (const f of METADATA_FIELDS) if (m[f] !== undefined) (out as Record<string, unknown>)[f] = m[f];
  return out;
}

/** The fields in which `b` differs from `a` (only fields `b` sets). */
export function changedFields(a: MetadataOptions, b: MetadataOptions): MetadataField[] {
  return METADATA_FIELDS.filter((f) => b[f] !== undefined && a[f] !== b[f]);
}

/** Fields whose current value differs from the recorded one (drift). Fields unknown on either side are compared too. */
export function driftOf(recorded: MetadataOptions, current: MetadataOptions): MetadataField[] {
  return METADATA_FIELDS.filter((f) => recorded[f] !== current[f]);
}

/** Account metadata defaults (per region): an absent field is "no preference". */
export const DEFAULTS_FIELDS = [
  'httpTokens',
  'httpPutResponseHopLimit',
  'httpEndpoint',
  'instanceMetadataTags',
  'httpTokensEnforced',
] as const satisfies ReadonlyArray<keyof MetadataOptions>;
export type DefaultsField = (typeof DEFAULTS_FIELDS)[number];

/** The defaults half of a MetadataOptions, fixed key order; `no-preference` and hop limit -1 are absence. */
export function defaultsSettings(m: MetadataOptions): MetadataOptions {
  const out: MetadataOptions = {};
  for (const f of DEFAULTS_FIELDS) {
    const v = m[f];
    if (v === undefined || v === 'no-preference' || v === -1) continue;
    (out as Record<string, unknown>)[f] = v;
  }
  return out;
}

/** Defaults fields that differ (absence compared too). */
export function defaultsDrift(recorded: MetadataOptions, current: MetadataOptions): DefaultsField[] {
  const a = defaultsSettings(recorded);
  const b = defaultsSettings(current);
  return DEFAULTS_FIELDS.filter((f) => a[f] !== b[f]);
}

/** The defaults after ModifyInstanceMetadataDefaults with `change` (no-preference / -1 clear a field). */
export function applyDefaultsChange(current: MetadataOptions, change: MetadataOptions): MetadataOptions {
  const out: MetadataOptions = { ...defaultsSettings(current) };
  for (const f of DEFAULTS_FIELDS) {
    const v = change[f];
    if (v === undefined) continue;
    if (v === 'no-preference' || v === -1) delete out[f];
    else (out as Record<string, unknown>)[f] = v;
  }
  return defaultsSettings(out);
}

export function describeFields(m: MetadataOptions): string {
  return [...METADATA_FIELDS, 'httpTokensEnforced' as const]
    .filter((f) => m[f] !== undefined)
    .map((f) => `${f}=${m[f]}`)
    .join(', ');
}

/** Readiness of one instance: MetadataNoToken sum, or the error that stopped us measuring it. */
export type Readiness = { v1Calls: number } | { error: string };
