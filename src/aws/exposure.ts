/**
 * The exposure reads of an audit, beside the scan: GuardDuty and the other IMDS services per
 * (account, region), started with each region's scan and awaited after it; IAM once per account for
 * the instance profiles of v1-allowed instances, once the scan has listed them. Every read is
 * secondary (short retry budget) and never fatal: failures are ExposureErrors, reported as unknown.
 */
import type { Log } from '../log.js';
import { compareCode } from '../model/text.js';
import type { ExposureError, ExposureRead, Instance } from '../model/types.js';
import type { AwsSession, ClientFactory } from './clients.js';
import { type GuardDutyRead, readGuardDuty } from './guardduty.js';
import { type RoleReachReader, roleReachReader } from './iam.js';
import { type OtherImdsRead, readOtherImds } from './other-imds.js';

export interface ExposureCollector {
  /** Starts the region's reads (call with its scan); nothing is awaited here. */
  region(session: AwsSession, region: string): void;
  /** A region's instances, once listed: the roles of its v1-allowed instances start being read. */
  scanned(session: AwsSession, instances: readonly Instance[]): void;
  /** Reads the roles behind v1-allowed instances and gathers everything. */
  finish(instances: readonly Instance[], sessions: ReadonlyMap<string, AwsSession>): Promise<ExposureRead>;
}

export function exposureCollector(
  clients: ClientFactory,
  homeRegion: string,
  window: { from: Date; to: Date },
  log: Log,
): ExposureCollector {
  const pending: Array<Promise<{ gd: GuardDutyRead; other: OtherImdsRead }>> = [];
  const readers = new Map<string, RoleReachReader>();
  const addProfiles = (session: AwsSession, instances: readonly Instance[]) => {
    for (const i of instances) {
      if (!exposedProfile(i) || i.accountId !== session.accountId) continue;
      let r = readers.get(i.accountId);
      if (!r) {
        r = roleReachReader(clients.iam(session, homeRegion), i.accountId);
        readers.set(i.accountId, r);
      }
      r.add(i.instanceProfileArn!);
    }
  };
  return {
    region(session, region) {
      const p = Promise.all([
        readGuardDuty(clients.guardduty(session, region), session.accountId, region, window),
        readOtherImds(
          {
            sagemaker: clients.sagemaker(session, region),
            beanstalk: clients.beanstalk(session, region),
            lightsail: clients.lightsail(session, region),
          },
          session.accountId,
          region,
        ),
      ]).then(([gd, other]) => ({ gd, other }));
      pending.push(p);
    },
    scanned: addProfiles,
    async finish(instances, sessions) {
      // Profiles of instances a region's scan did not hand over (e.g. a caller that never called scanned).
      for (const [accountId, session] of sessions)
        addProfiles(
          session,
          instances.filter((i) => i.accountId === accountId),
        );
      const [regional, iam] = await Promise.all([
        Promise.all(pending),
        Promise.all([...readers.values()].map((r) => r.finish())),
      ]);
      const read: ExposureRead = {
        from: window.from.toISOString(),
        to: window.to.toISOString(),
        guardDuty: [],
        findings: [],
        roles: [],
        otherImds: [],
        errors: [],
      };
      for (const { gd, other } of regional) {
        read.guardDuty.push(gd.read);
        read.findings.push(...gd.findings);
        read.otherImds.push(...other.resources);
        if (other.unavailable.includes('lightsail')) {
          read.lightsailUnavailable ??= [];
          read.lightsailUnavailable.push({ accountId: gd.read.accountId, region: gd.read.region });
        }
        read.errors.push(...gd.errors, ...other.errors);
      }
      for (const r of iam) {
        read.roles.push(...r.roles);
        read.errors.push(...r.errors);
      }
      const byPlace = (a: { accountId: string; region: string }, b: { accountId: string; region: string }) =>
        compareCode(a.accountId, b.accountId) || compareCode(a.region, b.region);
      read.guardDuty.sort(byPlace);
      read.findings.sort((a, b) => byPlace(a, b) || compareCode(a.findingId, b.findingId));
      read.otherImds.sort(byPlace);
      read.errors.sort(byPlace);
      logExposure(read, log);
      return read;
    },
  };
}

/** An instance whose instance profile's credentials IMDSv1 would hand out. */
function exposedProfile(i: Instance): boolean {
  return (
    Boolean(i.instanceProfileArn) &&
    i.metadata.httpEndpoint !== 'disabled' &&
    i.metadata.httpTokens !== 'required' &&
    i.state !== 'terminated' &&
    i.state !== 'shutting-down'
  );
}

function logExposure(read: ExposureRead, log: Log): void {
  const off = read.guardDuty.filter((g) => g.status === 'disabled').length;
  const unknown = read.guardDuty.filter((g) => g.status === 'unknown').length;
  log.info(
    `Exposure: ${read.findings.length} GuardDuty instance-credential exfiltration finding(s) in ${read.guardDuty.length - off - unknown} region(s) read${off ? `; GuardDuty is off in ${off} region(s)` : ''}${unknown ? `; ${unknown} region(s) could not be read` : ''}; ${read.roles.length} instance profile(s) on v1-allowed instances read; ${read.otherImds.length} SageMaker/Elastic Beanstalk/Lightsail resource(s).`,
  );
  const groups = new Map<string, ExposureError[]>();
  for (const e of read.errors) {
    const k = `${e.service}:${e.operation} ${e.code}`;
    const g = groups.get(k) ?? [];
    groups.set(k, g);
    g.push(e);
  }
  for (const g of groups.values())
    log.warning(
      `Exposure: ${g[0].service}:${g[0].operation} failed with ${g[0].code} in ${g.length} place(s) (e.g. ${g[0].region} of ${g[0].accountId}: ${g[0].message}); reported as unknown, the audit goes on.`,
    );
}
