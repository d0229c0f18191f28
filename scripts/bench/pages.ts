/**
 * DescribeInstances pages as the floor receives them (scripts/bench/floor.ts, parse.ts): SigV4-signed
 * requests over loopback, one page chain per region, every chain at once. No SDK.
 */
import { createHash, createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';

type Bytes = string | ArrayBuffer | ArrayBufferView;
const asBytes = (b: Bytes) =>
  typeof b === 'string' || ArrayBuffer.isView(b) ? b : new Uint8Array(b as ArrayBuffer);

/** SHA-256 / HMAC-SHA-256 from node:crypto, as SignatureV4 takes it. */
class Sha256 {
  private readonly h;
  constructor(secret?: Bytes) {
    this.h = secret ? createHmac('sha256', asBytes(secret) as string) : createHash('sha256');
  }
  update(data: Bytes) {
    this.h.update(asBytes(data) as string);
  }
  async digest() {
    return new Uint8Array(this.h.digest());
  }
}

export const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const credentials = { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' };
const STATES = ['pending', 'running', 'stopping', 'stopped'];

/** One DescribeInstances page of `region`: its body as bytes (chunks joined). */
export async function describe(endpoint: URL, region: string, token: string | undefined): Promise<Buffer> {
  let body = 'Action=DescribeInstances&Version=2016-11-15&Filter.1.Name=instance-state-name';
  STATES.forEach((s, i) => {
    body += `&Filter.1.Value.${i + 1}=${s}`;
  });
  body += '&MaxResults=1000';
  if (token) body += `&NextToken=${encodeURIComponent(token)}`;
  const signer = new SignatureV4({ service: 'ec2', region, credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: endpoint.hostname,
    port: Number(endpoint.port),
    path: '/',
    query: {},
    headers: {
      host: endpoint.host,
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
    },
    body,
  });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        method: 'POST',
        host: endpoint.hostname,
        port: endpoint.port,
        path: '/',
        headers: signed.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`DescribeInstances ${region}: HTTP ${res.statusCode}`)),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Every page of every region, each handed to `page` as it arrives (chains run side by side). */
export async function everyPage(
  endpoint: URL,
  regions: string[],
  page: (region: string, body: Buffer) => string | undefined,
) {
  await Promise.all(
    regions.map(async (region) => {
      let token: string | undefined;
      do token = page(region, await describe(endpoint, region, token));
      while (token);
    }),
  );
}
