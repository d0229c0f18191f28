import type { Faults } from './faults.js';
import type { Params } from './query.js';
import type { ChangeRecord, Recorder } from './recorder.js';
import type { Principal, World } from './world.js';

/** Shared emulator state visible to handlers. */
export interface Core {
  world: World;
  faults: Faults;
  recorder: Recorder;
  /** Delay before a modified instance's metadata State turns from pending to applied (ms). */
  applyDelayMs: number;
  /** Page size for DescribeInstances when MaxResults is omitted. */
  ec2DefaultMaxResults: number;
}

export interface Ctx {
  core: Core;
  service: string;
  operation: string;
  region: string;
  account: string;
  principal: Principal;
  /** Form parameters (query protocols). */
  params: Params;
  /** Parsed JSON body (JSON protocols). */
  json: Record<string, unknown>;
  now: number;
  requestId: string;
  /** Set by a handler: how many items its response returned (for the per-item latency model). */
  items?: number;
}

export function recordChange(
  ctx: Ctx,
  c: Pick<ChangeRecord, 'resourceType' | 'resourceId' | 'before' | 'after'>,
): ChangeRecord {
  return ctx.core.recorder.change({
    ...c,
    time: ctx.now,
    account: ctx.account,
    region: ctx.region,
    service: ctx.service,
    operation: ctx.operation,
    principal: ctx.principal.arn,
  });
}
