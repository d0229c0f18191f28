/**
 * Hop limit, container-aware (Config rule ec2-token-hop-limit-check): a hop limit above 1 lets
 * containers on the host reach the metadata service; container hosts (EKS, ECS) need 2. Findings are
 * instances above the policy for their kind of host. Pure.
 */

import { compareCode } from '../model/text.js';
import type {
  AssessedInstance,
  HopLimitAssessment,
  HopLimitPolicy,
  LaunchTemplateInfo,
} from '../model/types.js';
import { isContainerHost, isContainerTemplateName } from './guardrails.js';

export const DEFAULT_HOP_LIMIT_POLICY: HopLimitPolicy = { raw: '1,container=2', plain: 1, container: 2 };

/**
 * `1` (every host), `container=2`, `1,container=2`, `plain=1,container=3`. Unnamed = plain hosts; a
 * part left out keeps its default (1 plain, 2 container). Throws with what to fix.
 */
export function parseHopLimitPolicy(raw: string): HopLimitPolicy {
  const policy: HopLimitPolicy = {
    ...DEFAULT_HOP_LIMIT_POLICY,
    raw: raw.trim() || DEFAULT_HOP_LIMIT_POLICY.raw,
  };
  for (const part of raw.split(/[,\s]+/).filter(Boolean)) {
    const m = /^(?:(plain|container)=)?(\d{1,2})$/.exec(part);
    const n = m ? Number(m[2]) : Number.NaN;
    if (!m || n < 1 || n > 64)
      throw new Error(
        `hop-limit-policy: '${part}' is not N, plain=N or container=N with N from 1 to 64 (e.g. '1,container=2')`,
      );
    if (m[1] === 'container') policy.container = n;
    else policy.plain = n;
  }
  return policy;
}

export function hopLimitFindings(
  instances: readonly AssessedInstance[],
  launchTemplates: readonly Pick<LaunchTemplateInfo, 'accountId' | 'region' | 'launchTemplateId' | 'name'>[],
  policy: HopLimitPolicy,
): HopLimitAssessment {
  const containerTemplates = new Set(
    launchTemplates
      .filter((t) => isContainerTemplateName(t.name))
      .map((t) => `${t.accountId}/${t.region}/${t.launchTemplateId}`),
  );
  const findings: HopLimitAssessment['findings'] = [];
  let containerHosts = 0;
  for (const i of instances) {
    const container =
      isContainerHost(i) ||
      (!!i.launchTemplateId && containerTemplates.has(`${i.accountId}/${i.region}/${i.launchTemplateId}`));
    if (container) containerHosts++;
    if (i.bucket === 'disabled') continue; // no metadata service to reach
    const hop = i.metadata.httpPutResponseHopLimit ?? 1;
    const allowed = container ? policy.container : policy.plain;
    if (hop > allowed) {
      const f: HopLimitAssessment['findings'][number] = {
        instanceId: i.instanceId,
        accountId: i.accountId,
        region: i.region,
        hopLimit: hop,
        allowed,
        containerHost: container,
      };
      if (i.name) f.name = i.name;
      findings.push(f);
    }
  }
  findings.sort(
    (a, b) => b.hopLimit - b.allowed - (a.hopLimit - a.allowed) || compareCode(a.instanceId, b.instanceId),
  );
  return { policy, findings, containerHosts };
}
