/**
 * The one mapping between the SDK's MetadataOptions shapes (instances, launch template versions,
 * account defaults: the same PascalCase fields) and the model's camelCase `MetadataOptions`. Reads map
 * SDK → model with `fromSdkMetadata`; writes build their parameters with `toSdkMetadata`.
 */
import type { MetadataOptions } from '../model/types.js';

/** Model field → SDK parameter, for every metadata field any EC2 call carries. */
export const SDK_FIELD = {
  httpTokens: 'HttpTokens',
  httpPutResponseHopLimit: 'HttpPutResponseHopLimit',
  httpEndpoint: 'HttpEndpoint',
  httpProtocolIpv6: 'HttpProtocolIpv6',
  instanceMetadataTags: 'InstanceMetadataTags',
  httpTokensEnforced: 'HttpTokensEnforced',
  state: 'State',
} as const satisfies Record<keyof MetadataOptions, string>;

type SdkField = (typeof SDK_FIELD)[keyof typeof SDK_FIELD];
export type SdkMetadata = Partial<Record<SdkField, string | number>>;

/** SDK MetadataOptions (any of the three shapes) → model; absent fields stay absent. */
export function fromSdkMetadata(m: object | undefined): MetadataOptions {
  const out: Record<string, unknown> = {};
  if (!m) return out;
  const src = m as SdkMetadata;
  for (const [field, param] of Object.entries(SDK_FIELD)) {
    const v = src[param as SdkField];
    if (v !== undefined && v !== null) out[field] = v;
  }
  return out as MetadataOptions;
}

/** Model → SDK parameters, only the given `fields` that are set (a write sends only what changes). */
export function toSdkMetadata(
  m: MetadataOptions,
  fields: ReadonlyArray<keyof MetadataOptions>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const f of fields) {
    const v = m[f];
    if (v !== undefined) out[SDK_FIELD[f]] = v;
  }
  return out;
}
