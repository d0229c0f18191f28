/** The guardrails section's view: the policies as built, what they would block, what is in force. */
import { GUARDRAIL_FILES, type Guardrails } from '../assess/guardrails.js';

const MAX_IDS = 50;

function ids(list: string[]): string {
  if (!list.length) return 'none';
  const shown = list.slice(0, MAX_IDS).join(', ');
  return list.length > MAX_IDS ? `${shown} and ${list.length - MAX_IDS} more` : shown;
}

/** The section's data: raw strings (HTML escapes them; Markdown passes them through escapeDeep). */
export function guardrailsView(g: Guardrails) {
  const wb = g.wouldBlock;
  const inf = g.inForce;
  const scp = g.serviceControlPolicy;
  return {
    rows: [
      {
        policy: 'EC2 declarative policy (instance metadata defaults, organization-wide)',
        file: GUARDRAIL_FILES.declarativePolicy,
        inForce: `${inf.declarativePolicy.status} (${inf.declarativePolicy.regions.length} region(s))`,
        wouldBlock: `new launches get tokens required, hop limit ${g.declarativePolicy.hopLimit.value}`,
      },
      {
        policy: `Service control policy (${scp.characters} of ${scp.limit} characters)`,
        file: GUARDRAIL_FILES.scp,
        inForce: inf.serviceControlPolicy.status,
        wouldBlock: `${wb.runInstances.count} launch(es) without IMDSv2, ${wb.hopLimit.count} over hop limit ${wb.hopLimit.limit}, ${wb.launchTemplates.count} launch template(s)`,
      },
      {
        policy: 'Account defaults per region (ModifyInstanceMetadataDefaults)',
        file: GUARDRAIL_FILES.accountDefaults,
        inForce: `${inf.accountDefaults.status} (${inf.accountDefaults.compliant.length} of ${g.accountDefaults.length} region(s))`,
        wouldBlock: `${wb.accountDefaults.count} region(s) to change`,
      },
    ],
    hopLimit: g.declarativePolicy.hopLimit.reason,
    denied: { count: wb.runInstances.count, ids: ids(wb.runInstances.instanceIds) },
    overHop: { count: wb.hopLimit.count, ids: ids(wb.hopLimit.instanceIds) },
    exempt: {
      tagKey: wb.exempt.tagKey,
      count: wb.exempt.carvedOut ? String(wb.exempt.count) : 'no carve-out',
      ids: ids(wb.exempt.instanceIds),
    },
    templates: wb.launchTemplates.items.map((t) => ({
      id: t.launchTemplateId,
      name: t.name,
      accountId: t.accountId,
      region: t.region,
      versions: t.versions.join(', '),
      reason: t.reason,
    })),
    notes: g.notes,
  };
}

export type GuardrailsView = ReturnType<typeof guardrailsView>;
