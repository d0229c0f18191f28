/** The live settings an unset HttpTokens resolves to: account defaults and AMI ImdsSupport, read-only. */
import {
  type AccountDefaultTokens,
  type AmiImdsSupport,
  type IacResolverContext,
  liveInputsNeeded,
} from '../assess/iac.js';
import type { IacStageResult } from '../assess/iac-result.js';
import { readAccountDefaults, readImages } from '../aws/posture.js';
import type { Session } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { errorMessage } from '../log.js';
import type { IacResource } from '../model/iac.js';
import type { AccountDefaults } from '../model/types.js';

function toTokens(value: string | undefined): AccountDefaultTokens {
  return value === 'required' || value === 'optional' ? value : 'no-preference';
}

/** Reads (read-only) the account defaults and AMI ImdsSupport the outcome depends on; failures are warnings. */
export async function readLiveContext(
  resources: IacResource[],
  ctx: IacResolverContext,
  session: Session,
  deps: Deps,
  known: readonly AccountDefaults[],
): Promise<IacStageResult['live']> {
  const live: IacStageResult['live'] = { accountDefaults: {}, amis: {}, problems: [] };
  const accountDefaults: Record<string, AccountDefaultTokens | undefined> = {};
  ctx.accountDefaults = accountDefaults;
  // The live audit of this run already read the signed-in account's defaults: not read twice.
  const audited = new Map(known.filter((d) => d.accountId === session.accountId).map((d) => [d.region, d]));
  for (const region of liveInputsNeeded(resources, ctx).regions) {
    const have = audited.get(region);
    if (have) {
      accountDefaults[region] = toTokens(have.httpTokens);
      live.accountDefaults[region] = accountDefaults[region];
      continue;
    }
    try {
      const d = await readAccountDefaults(
        deps.clients.ec2(session, region, 'secondary'),
        session.accountId,
        region,
      );
      accountDefaults[region] = toTokens(d.httpTokens);
      live.accountDefaults[region] = accountDefaults[region];
    } catch (e) {
      live.problems.push(`account default HttpTokens in ${region} could not be read: ${errorMessage(e)}`);
    }
  }
  // Only the AMIs still deciding an outcome once the account defaults are known.
  const amiIds = liveInputsNeeded(resources, ctx).amiIds;
  if (!amiIds.length) return live;
  const amiSupport: Record<string, AmiImdsSupport | undefined> = {};
  ctx.amiImdsSupport = amiSupport;
  // An AMI id is regional: ask the region of the (first) resource that launches it.
  const regionOf = new Map<string, string>();
  for (const r of resources)
    if (r.amiId && !regionOf.has(r.amiId)) regionOf.set(r.amiId, r.region ?? ctx.defaultRegion ?? '');
  const byRegion = new Map<string, string[]>();
  for (const id of amiIds) {
    const region = regionOf.get(id) ?? '';
    byRegion.set(region, [...(byRegion.get(region) ?? []), id]);
  }
  for (const [region, ids] of byRegion) {
    try {
      const images = await readImages(
        deps.clients.ec2(session, region, 'secondary'),
        session.accountId,
        region,
        ids,
      );
      for (const img of images) amiSupport[img.imageId] = img.imdsSupport === 'v2.0' ? 'v2.0' : 'none';
      for (const id of ids) {
        if (amiSupport[id]) live.amis[id] = amiSupport[id];
        else live.problems.push(`AMI ${id} was not found in ${region} (not visible to the account)`);
      }
    } catch (e) {
      live.problems.push(
        `ImdsSupport of ${ids.join(', ')} in ${region} could not be read: ${errorMessage(e)}`,
      );
    }
  }
  return live;
}
