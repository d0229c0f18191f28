/**
 * An endpoint that answers something other than AWS's XML (an HTML error page: a proxy, or an emulator
 * such as moto for an operation it does not implement) is reported by its HTTP status and how the body
 * begins, not by the SDK's parser error ("mismatched tags … inspect the hidden field").
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EC2Client, GetInstanceMetadataDefaultsCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awsErrorCode } from '../../src/aws/clients.js';
import { errorMessage, unreadableAnswer } from '../../src/log.js';

const HTML_500 =
  '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';
const AWS_DENIED =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>r1</RequestID></Response>';

let server: Server;
let answer: { status: number; body: string; type: string };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, { 'content-type': answer.type });
      res.end(answer.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function failure(a: typeof answer): Promise<unknown> {
  answer = a;
  const ec2 = new EC2Client({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  try {
    await ec2.send(new GetInstanceMetadataDefaultsCommand({}));
  } catch (e) {
    return e;
  } finally {
    ec2.destroy();
  }
  throw new Error('the call succeeded');
}

describe('an answer that is not AWS’s', () => {
  it('an HTML 500 page: "HTTP 500" and the start of the page', async () => {
    const e = await failure({ status: 500, body: HTML_500, type: 'text/html; charset=utf-8' });
    expect(awsErrorCode(e)).toBe('HTTP 500');
    const message = errorMessage(e);
    expect(message).toBe(
      `HTTP 500, an answer that is not AWS's (it begins "<!doctype html> <html lang=en> <title>500 Internal Server Error</title> <h1>Inte…")`,
    );
    expect(message).not.toMatch(/mismatched|hidden field|\n/);
  });

  it('a 200 whose body is not XML is an unreadable answer too', async () => {
    const e = await failure({ status: 200, body: 'hello', type: 'text/plain' });
    expect(unreadableAnswer(e)).toEqual({ status: 200, begins: 'hello' });
    expect(awsErrorCode(e)).toBe('HTTP 200');
  });

  it('AWS’s own error keeps its code and message', async () => {
    const e = await failure({ status: 403, body: AWS_DENIED, type: 'text/xml' });
    expect(unreadableAnswer(e)).toBeUndefined();
    expect(awsErrorCode(e)).toBe('UnauthorizedOperation');
    expect(errorMessage(e)).toBe('You are not authorized to perform this operation.');
  });

  it('other errors are as they were', () => {
    expect(errorMessage(new Error('socket hang up'))).toBe('socket hang up');
    expect(errorMessage('plain')).toBe('plain');
    expect(awsErrorCode(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe('TimeoutError');
  });
});
