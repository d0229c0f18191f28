/**
 * The floor the issue compares the audit with: a bare parallel DescribeInstances pass — DescribeRegions,
 * then every enabled region's pages (one chain per region, all regions at once), the SDK's own parse,
 * nothing else (no sign-in, posture, usage, assessment or reports). Plain JavaScript so it starts as
 * fast as `node dist/index.js` does (no TypeScript loader). Prints `{ instances, calls, wallS }`.
 *
 *   AWS_ENDPOINT_URL=http://127.0.0.1:PORT node scripts/bench/bare-pass.mjs
 */
import { DescribeInstancesCommand, DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';

const started = performance.now();
const client = (region) => new EC2Client({ region, endpoint: process.env.AWS_ENDPOINT_URL });
const home = client(process.env.AWS_REGION ?? 'us-east-1');
const regions = (await home.send(new DescribeRegionsCommand({}))).Regions.map((r) => r.RegionName);
let calls = 1;
const counts = await Promise.all(
  regions.map(async (region) => {
    const ec2 = client(region);
    let n = 0;
    let token;
    do {
      const out = await ec2.send(
        new DescribeInstancesCommand({
          MaxResults: 1000,
          NextToken: token,
          Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }],
        }),
      );
      calls++;
      for (const r of out.Reservations ?? []) n += r.Instances?.length ?? 0;
      token = out.NextToken;
    } while (token);
    return n;
  }),
);
const instances = counts.reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ instances, calls, wallS: (performance.now() - started) / 1000 }));
