/**
 * What moto itself must do for each tool: the work behind `npm run bench -- moto`'s walls. moto answers
 * every request in one Python process, so on moto a tool's wall cannot be shorter than the time moto
 * spends serving its calls. This scenario puts a loopback proxy in front of moto that forwards one
 * request at a time, runs the bare parallel DescribeInstances pass and the bundled Action through it
 * (same fleet as the moto scenario), and prints per operation the calls and the milliseconds moto took
 * to answer them one by one: their sum is that floor for each tool. Then where moto sat idle during
 * each tool's run: before its first call, between calls (the longest gaps, with the call that ended
 * each), and after its last answer.
 *
 *   tsx scripts/bench/moto-calls.ts           IMDS_GUARD_ENTRY / IMDS_GUARD_NODE as for the other scenarios
 *
 * Needs python3 with moto's server, as the moto scenario does; without it, says so and exits 0.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { motoVersion } from '../../test/support/moto.js';
import { actionNodeVersion, runBarePass, runBundled, startMotoBenchFleet } from './run-action.js';

const entry = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');

interface Served {
  operation: string;
  status: number;
  ms: number;
  /** When moto was given the request and when its answer ended (performance.now()). */
  start: number;
  end: number;
}

/** The operation a request names: awsQuery's Action, awsJson's X-Amz-Target, or a REST method and path. */
function operationOf(body: string, target: string | undefined, method: string, path: string): string {
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(body)?.[1];
  if (action) return action;
  if (target) return target.slice(target.indexOf('.') + 1);
  return `${method} ${path.split('?')[0]}`;
}

/** A proxy to `upstream` that forwards one request at a time and records how long each took to answer. */
async function serialProxy(upstream: URL) {
  const served: Served[] = [];
  let queue: Promise<void> = Promise.resolve();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = operationOf(
        body.toString('latin1'),
        req.headers['x-amz-target'] as string | undefined,
        req.method ?? 'GET',
        req.url ?? '/',
      );
      const forward = () =>
        new Promise<void>((done) => {
          const started = performance.now();
          const up = request(
            {
              host: upstream.hostname,
              port: upstream.port,
              path: req.url,
              method: req.method,
              headers: req.headers,
            },
            (answer) => {
              const out: Buffer[] = [];
              answer.on('data', (c: Buffer) => out.push(c));
              answer.on('end', () => {
                const end = performance.now();
                served.push({
                  operation,
                  status: answer.statusCode ?? 0,
                  ms: end - started,
                  start: started,
                  end,
                });
                res.writeHead(answer.statusCode ?? 502, answer.headers);
                res.end(Buffer.concat(out));
                done();
              });
            },
          );
          up.on('error', () => {
            res.writeHead(502).end();
            done();
          });
          up.end(body);
        });
      queue = queue.then(forward);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => server.close(),
  };
}

function table(title: string, served: Served[]): number {
  const by = new Map<string, { calls: number; errors: number; ms: number }>();
  for (const s of served) {
    const row = by.get(s.operation) ?? { calls: 0, errors: 0, ms: 0 };
    row.calls++;
    if (s.status >= 400) row.errors++;
    row.ms += s.ms;
    by.set(s.operation, row);
  }
  const total = served.reduce((n, s) => n + s.ms, 0);
  console.log(
    `\n${title}: ${served.length} calls, moto served them in ${(total / 1000).toFixed(2)} s one at a time\n`,
  );
  console.log('| operation | calls | of them 4xx/5xx | moto ms | ms a call |');
  console.log('|---|--:|--:|--:|--:|');
  for (const [op, r] of [...by].sort((a, b) => b[1].ms - a[1].ms))
    console.log(`| ${op} | ${r.calls} | ${r.errors} | ${r.ms.toFixed(0)} | ${(r.ms / r.calls).toFixed(1)} |`);
  return total;
}

/** Where moto had nothing to do while a tool ran (`from`–`to`: the tool's process): gaps of 10 ms or more. */
function idle(title: string, from: number, to: number, served: Served[]): void {
  const gaps: { ms: number; at: number; before: string }[] = [];
  let at = from;
  for (const s of [...served].sort((a, b) => a.start - b.start)) {
    if (s.start - at >= 10) gaps.push({ ms: s.start - at, at: at - from, before: s.operation });
    at = Math.max(at, s.end);
  }
  const first = gaps[0]?.at === 0 ? gaps.shift() : undefined;
  const between = gaps.reduce((n, g) => n + g.ms, 0);
  const longest = [...gaps].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\n${title}: the process took ${s(to - from)}; moto idle ${s(first?.ms ?? 0)} before the first call, ${s(between)} between calls${longest.length ? ` (longest: ${longest.map((g) => `${s(g.ms)} at ${s(g.at)}, before ${g.before}`).join('; ')})` : ''}, ${s(to - at)} after the last answer.`,
  );
}

const version = motoVersion();
if (!version) {
  console.log(
    "\n## moto calls: skipped — python3 with moto's server is not installed here (pip install 'moto[server]').",
  );
  process.exit(0);
}
const moto = await startMotoBenchFleet();
const proxy = await serialProxy(new URL(moto.url));
try {
  console.log(
    `\n## moto ${version}, one request at a time: what moto does for each tool (the Action on Node ${actionNodeVersion()})`,
  );
  // One unrecorded run of each first: moto's first answers of an operation are slower.
  await runBarePass(proxy.url);
  await runBundled(proxy.url, entry);
  proxy.served.length = 0;
  const timed = async (run: () => Promise<unknown>) => {
    const from = performance.now();
    await run();
    return { from, to: performance.now(), served: proxy.served.splice(0) };
  };
  const barePass = await timed(() => runBarePass(proxy.url));
  const bare = table('The bare pass', barePass.served);
  const whole = await timed(() => runBundled(proxy.url, entry));
  const audit = table('The whole audit', whole.served);
  idle('The bare pass', barePass.from, barePass.to, barePass.served);
  idle('The whole audit', whole.from, whole.to, whole.served);
  console.log(
    `\nmoto's own time: the audit ${(audit / 1000).toFixed(2)} s against the bare pass's ${(bare / 1000).toFixed(2)} s (${(audit / bare).toFixed(2)}×). On moto neither can finish sooner than that, whatever it does itself.`,
  );
} finally {
  proxy.close();
  moto.stop();
}
