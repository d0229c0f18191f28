/**
 * A response's raw body read below the SDK's deserializer, and a request's body written after its
 * serializer: middlewares on one command's stack, so endpoints, signing, retries, deadlines and call
 * counting are the SDK's as before. Used where the SDK's generic (de)serializing was most of a large
 * audit's CPU: DescribeInstances pages (partition.ts) and GetMetricData batches (readiness.ts). Error
 * responses (not 200) always go to the SDK.
 */
import type { Chunks } from './page-bytes.js';

interface RawBodyCommand {
  middlewareStack: {
    addRelativeTo(
      // biome-ignore lint/suspicious/noExplicitAny: the SDK's handler arguments and output, by step.
      middleware: (next: any) => (args: unknown) => Promise<any>,
      options: { relation: 'before' | 'after'; toMiddleware: string; name: string },
    ): void;
  };
}

/** Reads a response's body stream into its chunks (default: all at once; ByteBudget.read: within a budget). */
export type BodyReader = (body: AsyncIterable<Uint8Array | string>) => Promise<Chunks>;

/**
 * Hands each 200 response's body to `take` (as the chunks it arrived in, read by `read`), then gives
 * the SDK `empty` to deserialize in its place. `take` runs once per attempt that got a 200.
 */
export function takeRawBody(
  command: RawBodyCommand,
  name: string,
  empty: Uint8Array,
  take: (body: Chunks) => Promise<void> | void,
  read: BodyReader = readAll,
): void {
  command.middlewareStack.addRelativeTo(
    (next) => async (args) => {
      const result = await next(args);
      const res = result.response as { statusCode?: number; body?: unknown };
      if (res.statusCode !== 200 || !res.body) return result;
      const body = res.body instanceof Uint8Array ? once(res.body) : res.body;
      await take(await read(body as AsyncIterable<Uint8Array | string>));
      res.body = empty;
      return result;
    },
    { relation: 'after', toMiddleware: 'deserializerMiddleware', name },
  );
}

/** A body the handler already holds whole, as a stream of one chunk. */
async function* once(body: Uint8Array): AsyncIterable<Uint8Array> {
  yield body;
}

/** The raw body as the chunks it arrived in (page-bytes.ts: never joined into one page-sized buffer). */
async function readAll(body: AsyncIterable<Uint8Array | string>): Promise<Chunks> {
  const chunks: Chunks = [];
  for await (const c of body) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return chunks;
}

/**
 * Sends `body` instead of the body the SDK's serializer would write for the command's input: the
 * serializer is given `light` (the input without its bulk) by a middleware before it, and a middleware
 * after it puts `body` in the request, so the content length (set here), the signature and the
 * retries are computed over these bytes. `command.input` stays the whole input.
 */
export function sendRawBody(command: RawBodyCommand, name: string, body: Uint8Array, light: object): void {
  command.middlewareStack.addRelativeTo((next) => (args) => next({ ...(args as object), input: light }), {
    relation: 'before',
    toMiddleware: 'serializerMiddleware',
    name: `${name}Input`,
  });
  command.middlewareStack.addRelativeTo(
    (next) => async (args) => {
      const request = (args as { request: { body?: unknown; headers: Record<string, string> } }).request;
      request.body = body;
      for (const h of Object.keys(request.headers))
        if (h.toLowerCase() === 'content-length') delete request.headers[h];
      request.headers['content-length'] = String(body.byteLength);
      return next(args);
    },
    { relation: 'after', toMiddleware: 'serializerMiddleware', name },
  );
}
