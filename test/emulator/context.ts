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
  /** DescribeInstances' rendered-XML cache (EmulatorOptions.renderCache), when on. */
  renderCache?: RenderCache;
}

/**
 * Each instance's DescribeInstances XML, rendered once and reused while the world stands still. The
 * server bumps `generation` on every request that can change the world (any operation that is not a
 * Describe/Get/List, any control-API request); an entry also keys on the one field reads change
 * (metadata options State, which settle() turns from pending to applied).
 */
export class RenderCache {
  generation = 0;
  hits = 0;
  private readonly entries = new WeakMap<object, { generation: number; state: string; xml: Buffer }>();

  get(instance: object, state: string): Buffer | undefined {
    const e = this.entries.get(instance);
    if (e && e.generation === this.generation && e.state === state) {
      this.hits++;
      return e.xml;
    }
    return undefined;
  }

  set(instance: object, state: string, xml: string): Buffer {
    const bytes = Buffer.from(xml);
    this.entries.set(instance, { generation: this.generation, state, xml: bytes });
    return bytes;
  }
}

/**
 * A body made of text and instances' XML already encoded (RenderCache). A 1,000-instance page is
 * then copied from cached bytes once, instead of being built as a multi-MB string that is flattened
 * and encoded again on every request: that encoding was ~2 s of the emulator's CPU per
 * 100,000-instance audit, on the cores the measured Action shares.
 */
export class XmlBytes {
  private readonly parts: Buffer[] = [];
  private text = '';

  add(s: string): this {
    this.text += s;
    return this;
  }

  addBytes(b: Buffer): this {
    this.flush();
    this.parts.push(b);
    return this;
  }

  /** The whole body: `head`, the parts, then `tail`. */
  toBuffer(head = '', tail = ''): Buffer {
    this.flush();
    return Buffer.concat([Buffer.from(head), ...this.parts, Buffer.from(tail)]);
  }

  private flush(): void {
    if (this.text) this.parts.push(Buffer.from(this.text));
    this.text = '';
  }
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
