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
      (containerTemplates.size > 0 &&
        !!i.launchTemplateId &&
        containerTemplates.has(`${i.accountId}/${i.region}/${i.launchTemplateId}`));
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
