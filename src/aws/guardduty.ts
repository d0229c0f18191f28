/**
 * Has anyone already used an instance's credentials (MITRE ATT&CK T1552.005)? GuardDuty's
 * InstanceCredentialExfiltration.OutsideAWS / .InsideAWS findings, read per (account, region):
 *   ListDetectors                 1 (no detector: GuardDuty is off there — said, never "no findings")
 *   ListFindings                  ceil(findings / 50), with a FindingCriteria on the two types and
 *                                 updatedAt within the window; archived findings are not filtered out
 *   GetFindings                   ceil(findings / 50)
 * Each finding is joined to its instance through the access key's principal (`ROLEID:i-…`, the role
 * session name instance-profile credentials carry), else through the finding's resource instance.
 * A refusal or error is recorded (status `unknown`) and the audit goes on.
 */
import type { Finding, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { errorMessage } from '../log.js';
import {
  EXFILTRATION_TYPES,
  type ExfiltrationFinding,
  type ExfiltrationType,
  type ExposureError,
  type GuardDutyRegionRead,
} from '../model/types.js';
import { awsErrorCode } from './clients.js';
import { GetFindingsCommand, ListDetectorsCommand, ListFindingsCommand } from './sdk.js';

/** Finding ids per GetFindings call (the API's maximum). */
export const FINDINGS_BATCH = 50;
/** Pages of ListFindings read at most (50 ids each): 1,000 exfiltration findings in a region is plenty to rank. */
const MAX_PAGES = 20;

const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;

/** The instance id of a principal `ROLEID:i-…` (or an assumed-role ARN ending `/i-…`); undefined otherwise. */
export function instanceOfPrincipal(principal: string | undefined): string | undefined {
  if (!principal) return undefined;
  const m = /[:/](i-[0-9a-f]{8,17})$/.exec(principal);
  return m && INSTANCE_ID.test(m[1]) ? m[1] : undefined;
}

function iso(t: string | undefined): string | undefined {
  if (!t) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** One GuardDuty finding → the fields the report uses (undefined when it is not an exfiltration finding). */
export function toExfiltration(
  f: Finding,
  accountId: string,
  region: string,
  detectorId: string,
): ExfiltrationFinding | undefined {
  const type = f.Type as ExfiltrationType;
  if (!f.Id || !EXFILTRATION_TYPES.includes(type)) return undefined;
  const key = f.Resource?.AccessKeyDetails;
  const fromPrincipal = instanceOfPrincipal(key?.PrincipalId);
  const resourceInstance = f.Resource?.InstanceDetails?.InstanceId;
  const fromResource = resourceInstance && INSTANCE_ID.test(resourceInstance) ? resourceInstance : undefined;
  const action = f.Service?.Action?.AwsApiCallAction;
  const ip = action?.RemoteIpDetails;
  const out: ExfiltrationFinding = {
    accountId: f.AccountId ?? accountId,
    region: f.Region ?? region,
    detectorId,
    findingId: f.Id,
    type,
    updatedAt: iso(f.UpdatedAt) ?? f.UpdatedAt ?? '',
    archived: f.Service?.Archived === true,
  };
  const instanceId = fromPrincipal ?? fromResource;
  if (instanceId) {
    out.instanceId = instanceId;
    out.joinedBy = fromPrincipal ? 'session-name' : 'resource';
  }
  const set = <K extends keyof ExfiltrationFinding>(k: K, v: ExfiltrationFinding[K] | undefined) => {
    if (v !== undefined && v !== '') out[k] = v;
  };
  set('principalId', key?.PrincipalId);
  set('userName', key?.UserName);
  set('accessKeyId', key?.AccessKeyId);
  set('severity', f.Severity);
  set('firstSeen', iso(f.Service?.EventFirstSeen));
  set('lastSeen', iso(f.Service?.EventLastSeen));
  set('count', f.Service?.Count);
  set('remoteIp', ip?.IpAddressV4 ?? ip?.IpAddressV6);
  set('asn', ip?.Organization?.Asn);
  set('asnOrg', ip?.Organization?.AsnOrg);
  set('org', ip?.Organization?.Org);
  set('isp', ip?.Organization?.Isp);
  set('country', ip?.Country?.CountryName);
  set('remoteAccountId', action?.RemoteAccountDetails?.AccountId);
  return out;
}

export interface GuardDutyRead {
  read: GuardDutyRegionRead;
  findings: ExfiltrationFinding[];
  errors: ExposureError[];
}

/** GuardDuty's exfiltration findings of one (account, region), updated within [from, to]. Never throws. */
export async function readGuardDuty(
  client: GuardDutyClient,
  accountId: string,
  region: string,
  window: { from: Date; to: Date },
): Promise<GuardDutyRead> {
  const read: GuardDutyRegionRead = { accountId, region, status: 'unknown', findings: 0 };
  const errors: ExposureError[] = [];
  const failed = (operation: string, e: unknown): GuardDutyRead => {
    const code = awsErrorCode(e);
    const message = errorMessage(e);
    read.status = 'unknown';
    read.code = code;
    read.message = message;
    errors.push({ accountId, region, service: 'guardduty', operation, code, message });
    return { read, findings: [], errors };
  };
  let detectorId: string | undefined;
  try {
    // An account has at most one detector per region; the first page is the answer.
    const out = await client.send(new ListDetectorsCommand({ MaxResults: 50 }));
    detectorId = out.DetectorIds?.[0];
  } catch (e) {
    return failed('ListDetectors', e);
  }
  if (!detectorId) {
    read.status = 'disabled';
    return { read, findings: [], errors };
  }
  read.detectorId = detectorId;
  const ids: string[] = [];
  try {
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await client.send(
        new ListFindingsCommand({
          DetectorId: detectorId,
          MaxResults: FINDINGS_BATCH,
          NextToken: token,
          FindingCriteria: {
            Criterion: {
              type: { Equals: [...EXFILTRATION_TYPES] },
              updatedAt: {
                GreaterThanOrEqual: window.from.getTime(),
                LessThanOrEqual: window.to.getTime(),
              },
            },
          },
        }),
      );
      ids.push(...(out.FindingIds ?? []));
      token = out.NextToken || undefined;
      if (!token) break;
    }
  } catch (e) {
    return failed('ListFindings', e);
  }
  const findings: ExfiltrationFinding[] = [];
  try {
    for (let i = 0; i < ids.length; i += FINDINGS_BATCH) {
      const out = await client.send(
        new GetFindingsCommand({ DetectorId: detectorId, FindingIds: ids.slice(i, i + FINDINGS_BATCH) }),
      );
      for (const f of out.Findings ?? []) {
        const x = toExfiltration(f, accountId, region, detectorId);
        if (x) findings.push(x);
      }
    }
  } catch (e) {
    return failed('GetFindings', e);
  }
  read.status = 'enabled';
  read.findings = findings.length;
  return { read, findings, errors };
}
