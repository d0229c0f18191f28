/**
 * Connection pools (src/aws/clients.ts): one per region, as AWS's endpoints are regional. Under an
 * endpoint override every region's calls go to one origin; a single pool would then hold the whole
 * scan (17 regions × 16 partitions) to SOCKETS_PER_REGION connections. A loopback server holds each
 * request open until it sees how many arrive together.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { type AwsSession, ClientFactory, SOCKETS_PER_REGION } from '../../src/aws/clients.js';

const account = (id: string): AwsSession => ({
  accountId: id,
  credentials: { accessKeyId: `AKID${id}`, secretAccessKey: 'x' },
});
const BODY =
  '<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo/></DescribeRegionsResponse>';

let server: http.Server;
let open = 0;
let mostOpen = 0;
/** Requests wait here until `release` (or until as many as `want` are open at once). */
let held: http.ServerResponse[] = [];
let want = 0;
const release = () => {
  for (const res of held) res.end(BODY);
  held = [];
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      open++;
      mostOpen = Math.max(mostOpen, open);
      res.on('finish', () => open--);
      res.setHeader('content-type', 'text/xml');
      held.push(res);
      if (open >= want) release();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  vi.stubEnv('AWS_ENDPOINT_URL', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** Sends `n` calls per (session, region) at once; returns the most requests the server saw open together. */
async function burst(clients: ClientFactory, targets: Array<[AwsSession, string]>, n: number) {
  mostOpen = 0;
  want = targets.length * n;
  // Past the point where more could arrive, whatever is held is let go (a shared pool stops at its size).
  const timer = setInterval(() => {
    if (held.length && held.length === open) release();
  }, 500);
  try {
    await Promise.all(
      targets.flatMap(([s, region]) =>
        Array.from({ length: n }, () => clients.ec2(s, region).send(new DescribeRegionsCommand({}))),
      ),
    );
  } finally {
    clearInterval(timer);
  }
  return mostOpen;
}

it('each region has its own connections, even when one endpoint serves every region', async () => {
  const clients = new ClientFactory(1);
  try {
    expect(
      await burst(
        clients,
        [
          [account('111111111111'), 'us-east-1'],
          [account('111111111111'), 'eu-west-1'],
        ],
        SOCKETS_PER_REGION,
      ),
    ).toBe(2 * SOCKETS_PER_REGION);
  } finally {
    clients.destroy();
  }
});

it('accounts share a region’s connections (an organization scan does not open a pool per account)', async () => {
  const clients = new ClientFactory(1);
  try {
    expect(
      await burst(
        clients,
        [
          [account('111111111111'), 'us-east-1'],
          [account('222222222222'), 'us-east-1'],
        ],
        SOCKETS_PER_REGION,
      ),
    ).toBe(SOCKETS_PER_REGION);
  } finally {
    clients.destroy();
  }
});
