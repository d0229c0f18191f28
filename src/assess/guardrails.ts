/**
 * Guardrails: from what an audit found, the preventive policies that keep IMDSv1 from coming back once
 * the fleet is hardened, and what each of them would have blocked in the current fleet.
 *
 *   - the EC2 declarative policy for instance metadata defaults (AWS Organizations, `ec2_attributes`);
 *   - a service control policy that denies launches without `ec2:MetadataHttpTokens=required` and
 *     denies weakening an instance's tokens, with the exempted instances carved out by their tag;
 *   - the per-region account defaults (ModifyInstanceMetadataDefaults) and the CLI commands to set them.
 *
 * Pure: no I/O, no clock. The files and the report section are rendered by src/report/guardrails.ts.
 * The input types (src/model/guardrails.ts) are narrow on purpose: the audit's AssessedInstance /
 * AccountDefaults / LaunchTemplateInfo satisfy them structurally.
 */
import type {
  AccountDefaultsTarget,
  Condition,
  DeclarativePolicyDocument,
  GuardrailAccountDefaults,
  GuardrailInput,
  GuardrailInstance,
  GuardrailLaunchTemplate,
  GuardrailLaunchTemplateVersion,
  Guardrails,
  HopLimitDecision,
  InForceStatus,
  LaunchTemplateBlock,
  PolicyStatement,
  ServiceControlPolicyDocument,
} from '../model/guardrails.js';
import { DEFAULT_EXEMPTION_TAG_KEY } from '../model/ids.js';
import { compareCode, shellWord } from '../model/text.js';

export type {
  AccountDefaultsTarget,
  AssignValue,
  Condition,
  DeclarativePolicyDocument,
  GuardrailAccountDefaults,
  GuardrailInput,
  GuardrailInstance,
  GuardrailLaunchTemplate,
  GuardrailLaunchTemplateVersion,
  Guardrails,
  HopLimitDecision,
  InForceStatus,
  LaunchTemplateBlock,
  PolicyStatement,
  ServiceControlPolicyDocument,
} from '../model/guardrails.js';

// ───────────────────────────── constants ─────────────────────────────

export const SCP_SIZE_LIMIT = 5_120;
export const GUARDRAIL_FILES = {
  declarativePolicy: 'guardrails/declarative-policy.json',
  scp: 'guardrails/scp.json',
  accountDefaults: 'guardrails/account-defaults.sh',
  readme: 'guardrails/README.md',
} as const;

const INSTANCE_ARN = 'arn:aws:ec2:*:*:instance/*';
/** Exact tag keys that mark a container host (EKS managed/self-managed nodes, ECS managed instances). */
const CONTAINER_TAG_KEYS = new Set([
  'eks:cluster-name',
  'aws:eks:cluster-name',
  'eks:nodegroup-name',
  'AmazonECSManaged',
]);
const CONTAINER_TAG_PREFIXES = ['kubernetes.io/cluster/'];
const CONTAINER_NAME_RE = /(^|[^a-z0-9])(eks|ecs)([^a-z0-9]|$)/i;
const OUT_OF_SCOPE = new Set(['terminated', 'shutting-down']);

// ───────────────────────────── helpers ─────────────────────────────

const key = (accountId: string, region: string) => `${accountId}/${region}`;

function byLocation<T extends { accountId: string; region: string }>(idOf: (t: T) => string) {
  return (a: T, b: T) =>
    compareCode(a.accountId, b.accountId) || compareCode(a.region, b.region) || compareCode(idOf(a), idOf(b));
}

export function isContainerHost(instance: Pick<GuardrailInstance, 'tags'>): boolean {
  const tags = instance.tags;
  if (!tags) return false;
  // Read for every instance, twice (the hop-limit findings and the guardrails): no closure per key.
  for (const k of Object.keys(tags)) {
    if (CONTAINER_TAG_KEYS.has(k)) return true;
    for (const p of CONTAINER_TAG_PREFIXES) if (k.startsWith(p)) return true;
  }
  return false;
}

export function isContainerTemplateName(name: string): boolean {
  return CONTAINER_NAME_RE.test(name);
}

function decideHopLimit(
  instances: GuardrailInstance[],
  templates: GuardrailLaunchTemplate[],
  forced?: number,
): HopLimitDecision {
  const containerHosts = instances.filter(isContainerHost).map((i) => i.instanceId);
  const containerLaunchTemplates = templates
    .filter((t) => isContainerTemplateName(t.name))
    .map((t) => t.launchTemplateId);
  if (forced !== undefined) {
    if (!Number.isInteger(forced) || forced < 1 || forced > 64)
      throw new Error(`hop limit must be an integer from 1 to 64, got ${forced}`);
    return {
      value: forced,
      reason: `${forced}: set explicitly.`,
      containerHosts,
      containerLaunchTemplates,
    };
  }
  const n = containerHosts.length + containerLaunchTemplates.length;
  if (n > 0) {
    const parts: string[] = [];
    if (containerHosts.length)
      parts.push(`${containerHosts.length} container host instance(s) (EKS/ECS tags)`);
    if (containerLaunchTemplates.length)
      parts.push(`${containerLaunchTemplates.length} launch template(s) named for EKS/ECS`);
    return {
      value: 2,
      reason: `2: the fleet has ${parts.join(' and ')}; containers reach IMDS through one more network hop, so a hop limit of 1 would cut their IMDSv2 token off.`,
      containerHosts,
      containerLaunchTemplates,
    };
  }
  return {
    value: 1,
    reason:
      '1: no container hosts found (no eks:cluster-name, aws:eks:cluster-name, kubernetes.io/cluster/*, AmazonECSManaged tags, no launch template named for EKS/ECS); 1 keeps tokens on the instance itself (AWS Config ec2-token-hop-limit-check default).',
    containerHosts,
    containerLaunchTemplates,
  };
}

function hasTag(i: GuardrailInstance, tagKey: string): boolean {
  return Object.hasOwn(i.tags ?? {}, tagKey);
}

// ───────────────────────────── policies ─────────────────────────────

export function declarativePolicyDocument(hopLimit: number): DeclarativePolicyDocument {
  return {
    ec2_attributes: {
      instance_metadata_defaults: {
        http_tokens: { '@@assign': 'required' },
        http_put_response_hop_limit: { '@@assign': String(hopLimit) },
        http_endpoint: { '@@assign': 'enabled' },
        instance_metadata_tags: { '@@assign': 'disabled' },
      },
    },
  };
}

export interface ScpOptions {
  hopLimit: number;
  exemptionTagKey: string;
  carveOut: boolean;
  denyHopLimit: boolean;
  breakGlassPrincipalArns?: string[];
}

export function serviceControlPolicyDocument(o: ScpOptions): ServiceControlPolicyDocument {
  const requestTag = `aws:RequestTag/${o.exemptionTagKey}`;
  const resourceTag = `aws:ResourceTag/${o.exemptionTagKey}`;
  const breakGlass = (o.breakGlassPrincipalArns ?? []).filter((a) => a.length > 0);
  const exceptPrincipals: Condition = breakGlass.length
    ? { ArnNotLike: { 'aws:PrincipalARN': breakGlass } }
    : {};
  const statements: PolicyStatement[] = [
    {
      Sid: 'DenyRunInstancesWithoutImdsv2',
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: INSTANCE_ARN,
      Condition: {
        StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' },
        ...(o.carveOut ? { Null: { [requestTag]: 'true' } } : {}),
      },
    },
    {
      Sid: 'DenyWeakeningImdsv2',
      Effect: 'Deny',
      Action: 'ec2:ModifyInstanceMetadataOptions',
      Resource: INSTANCE_ARN,
      Condition: {
        StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' },
        ...(o.carveOut ? { Null: { [resourceTag]: 'true' } } : {}),
        ...exceptPrincipals,
      },
    },
  ];
  if (o.denyHopLimit)
    statements.push({
      Sid: `DenyHopLimitAbove${o.hopLimit}`,
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: INSTANCE_ARN,
      Condition: {
        NumericGreaterThan: { 'ec2:MetadataHttpPutResponseHopLimit': String(o.hopLimit) },
        ...(o.carveOut ? { Null: { [requestTag]: 'true' } } : {}),
      },
    });
  if (o.carveOut && breakGlass.length)
    // Without this, anyone allowed to tag could exempt themselves from the two denies above.
    statements.push({
      Sid: 'DenyExemptionTagOutsideBreakGlass',
      Effect: 'Deny',
      Action: ['ec2:CreateTags', 'ec2:DeleteTags'],
      Resource: INSTANCE_ARN,
      Condition: {
        'ForAnyValue:StringEquals': { 'aws:TagKeys': [o.exemptionTagKey] },
        ...exceptPrincipals,
      },
    });
  return { Version: '2012-10-17', Statement: statements };
}

/** The SCP as written to guardrails/scp.json. */
export function scpText(doc: ServiceControlPolicyDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function accountDefaultsCommand(region: string, hopLimit: number): string {
  return `aws ec2 modify-instance-metadata-defaults --region ${shellWord(region)} --http-tokens required --http-put-response-hop-limit ${hopLimit}`;
}

// ───────────────────────────── the whole ─────────────────────────────

/** Launch templates the SCP would stop: their default version, and the latest when it differs. */
function launchTemplateBlocks(templates: GuardrailLaunchTemplate[]): LaunchTemplateBlock[] {
  const ltBlocks: LaunchTemplateBlock[] = [];
  for (const t of templates) {
    const versions: number[] = [];
    const fails = (v?: GuardrailLaunchTemplateVersion) => v !== undefined && v.httpTokens !== 'required';
    if (fails(t.defaultVersion)) versions.push(t.defaultVersion.versionNumber);
    if (
      t.latestVersion &&
      t.latestVersion.versionNumber !== t.defaultVersion.versionNumber &&
      fails(t.latestVersion)
    )
      versions.push(t.latestVersion.versionNumber);
    if (!versions.length) continue;
    const tokens = t.defaultVersion.httpTokens ?? 'unset';
    const reason =
      t.defaultVersion.httpTokens === undefined
        ? fails(t.latestVersion) && versions.length > 1
          ? 'default version does not set HttpTokens (a launch that does not set it carries no ec2:MetadataHttpTokens, which StringNotEquals denies); latest version allows IMDSv1'
          : 'default version does not set HttpTokens (a launch that does not set it carries no ec2:MetadataHttpTokens, which StringNotEquals denies)'
        : t.defaultVersion.httpTokens !== 'required'
          ? `default version sets HttpTokens=${tokens}`
          : `latest version (${t.latestVersion?.versionNumber}) allows IMDSv1; launches and Auto Scaling groups using $Latest would be denied`;
    ltBlocks.push({
      accountId: t.accountId,
      region: t.region,
      launchTemplateId: t.launchTemplateId,
      name: t.name,
      versions,
      httpTokens: tokens,
      instancesUsing: t.instancesUsing ?? 0,
      reason,
    });
  }

  return ltBlocks;
}

/** Account defaults, per account/region: every region read, plus regions with instances but no defaults. */
function accountDefaultTargets(
  defaults: GuardrailAccountDefaults[],
  instances: GuardrailInstance[],
  hopLimit: number,
): AccountDefaultsTarget[] {
  const targets: AccountDefaultsTarget[] = [];
  const seen = new Set<string>();
  for (const d of defaults) {
    const k = key(d.accountId, d.region);
    if (seen.has(k)) continue;
    seen.add(k);
    const current = {
      httpTokens: d.httpTokens,
      httpPutResponseHopLimit: d.httpPutResponseHopLimit,
      managedBy: d.managedBy,
    };
    if (d.managedBy === 'declarative-policy')
      targets.push({ accountId: d.accountId, region: d.region, current, status: 'declarative-policy' });
    else if (d.httpTokens === 'required')
      targets.push({ accountId: d.accountId, region: d.region, current, status: 'compliant' });
    else
      targets.push({
        accountId: d.accountId,
        region: d.region,
        current,
        status: 'needs-change',
        parameters: { HttpTokens: 'required', HttpPutResponseHopLimit: hopLimit },
        command: accountDefaultsCommand(d.region, hopLimit),
      });
  }
  let last: GuardrailInstance | undefined;
  for (const i of instances) {
    // Instances come by location: most have the one before's account and region.
    if (last && last.accountId === i.accountId && last.region === i.region) continue;
    last = i;
    const k = key(i.accountId, i.region);
    if (seen.has(k)) continue;
    seen.add(k);
    targets.push({
      accountId: i.accountId,
      region: i.region,
      current: {},
      status: 'unknown',
      parameters: { HttpTokens: 'required', HttpPutResponseHopLimit: hopLimit },
      command: accountDefaultsCommand(i.region, hopLimit),
    });
  }
  targets.sort(byLocation(() => ''));

  return targets;
}

/** Whether the declarative policy and the account defaults are in force, region by region. */
function inForce(targets: AccountDefaultsTarget[]) {
  const where = (pred: (t: AccountDefaultsTarget) => boolean) =>
    targets.filter(pred).map((t) => key(t.accountId, t.region));
  const dpRequired = where((t) => t.status === 'declarative-policy' && t.current.httpTokens === 'required');
  const dpNotRequired = where(
    (t) => t.status === 'declarative-policy' && t.current.httpTokens !== 'required',
  );
  const known = targets.filter((t) => t.status !== 'unknown').length;
  const dpStatus: InForceStatus =
    known === 0
      ? 'unknown'
      : dpRequired.length === known
        ? 'in-force'
        : dpRequired.length + dpNotRequired.length > 0
          ? 'partial'
          : 'not-in-force';
  const compliant = where(
    (t) =>
      t.status === 'compliant' || (t.status === 'declarative-policy' && t.current.httpTokens === 'required'),
  );
  const needsChange = where((t) => t.status === 'needs-change');
  const unknown = where((t) => t.status === 'unknown');
  const adStatus: InForceStatus =
    targets.length === 0
      ? 'unknown'
      : compliant.length === targets.length
        ? 'in-force'
        : compliant.length > 0
          ? 'partial'
          : unknown.length === targets.length
            ? 'unknown'
            : 'not-in-force';

  return { dpRequired, dpNotRequired, known, dpStatus, compliant, needsChange, unknown, adStatus };
}

/** What the reader must know about the guardrails as built. */
function guardrailNotes(c: {
  hop: { reason: string };
  tagKey: string;
  carveOut: boolean;
  honoured: GuardrailInstance[];
  notHonoured: GuardrailInstance[];
  tagged: GuardrailInstance[];
  input: GuardrailInput;
  unknown: string[];
  dpNotRequired: string[];
  ltBlocks: LaunchTemplateBlock[];
}): string[] {
  const { hop, tagKey, carveOut, honoured, notHonoured, tagged, input, unknown, dpNotRequired, ltBlocks } = c;
  const notes: string[] = [];
  notes.push(`Hop limit ${hop.reason}`);
  if (carveOut)
    notes.push(
      `Instances tagged ${tagKey} are carved out of the SCP (aws:RequestTag at launch, aws:ResourceTag on modify): ${honoured.length} honoured exception(s).`,
    );
  else
    notes.push(
      tagged.length
        ? `No exception is honoured, so the SCP has no carve-out for ${tagKey}; the ${tagged.length} tagged instance(s) are held to it.`
        : `No instance carries ${tagKey}, so the SCP has no carve-out.`,
    );
  if (carveOut && notHonoured.length)
    notes.push(
      `${notHonoured.length} instance(s) carry ${tagKey} without an honoured exception (expired, malformed or exceptions off); the tag carve-out would still let them through: remove or renew the tags.`,
    );
  if (carveOut && !input.breakGlassPrincipalArns?.length)
    notes.push(
      `Anyone allowed to tag instances can set ${tagKey} and pass the carve-out; give break-glass principals to add a deny on that tag for everyone else, or restrict ec2:CreateTags on it separately.`,
    );
  notes.push(
    'DenyWeakeningImdsv2 uses StringNotEquals: a ModifyInstanceMetadataOptions call that does not end with tokens required (including one that only changes the hop limit or endpoint without --http-tokens required) is denied on non-exempt instances; a rollback to optional needs the exemption tag or a break-glass principal.',
  );
  notes.push(
    'The declarative policy sets defaults for new launches org-wide and locks the account defaults; a launch that explicitly asks for HttpTokens=optional still gets it, which is what the SCP denies. Neither changes existing instances.',
  );
  notes.push(
    'Whether the SCP is attached is not read by the audit (it does not call Organizations policy APIs): check with aws organizations list-policies --filter SERVICE_CONTROL_POLICY.',
  );
  if (unknown.length)
    notes.push(
      `Account defaults were not read for ${unknown.length} region(s) with instances (${unknown.join(', ')}); their commands are included so the run is complete.`,
    );
  if (dpNotRequired.length)
    notes.push(
      `${dpNotRequired.length} region(s) are managed by a declarative policy that does not require tokens (${dpNotRequired.join(', ')}): change the organization's policy, not the account.`,
    );
  if (ltBlocks.length)
    notes.push(
      `${ltBlocks.length} launch template(s) would fail to launch under the SCP: set MetadataOptions HttpTokens=required in a new default version first.`,
    );

  return notes;
}

export function buildGuardrails(input: GuardrailInput): Guardrails {
  const tagKey = input.exemptionTagKey || DEFAULT_EXEMPTION_TAG_KEY;
  const instances = input.instances
    .filter((i) => !OUT_OF_SCOPE.has(i.state ?? ''))
    .sort(byLocation((i) => i.instanceId));
  const templates = [...(input.launchTemplates ?? [])].sort(byLocation((t) => t.launchTemplateId));
  const defaults = [...(input.accountDefaults ?? [])].sort(byLocation(() => ''));
  const notes: string[] = [];

  // Hop limit.
  const hop = decideHopLimit(instances, templates, input.hopLimit);

  // Exemptions: the SCP carves out by tag presence, so a stale tag passes as well as an honoured one.
  const tagged = instances.filter((i) => hasTag(i, tagKey));
  const honoured = tagged.filter((i) => i.exception?.honoured === true);
  const notHonoured = tagged.filter((i) => i.exception?.honoured !== true);
  const carveOut = input.carveOutExemptions ?? honoured.length > 0;
  const denyHopLimit = input.denyHopLimit ?? true;
  const exempt = (i: GuardrailInstance) => carveOut && hasTag(i, tagKey);

  // SCP.
  const scp = serviceControlPolicyDocument({
    hopLimit: hop.value,
    exemptionTagKey: tagKey,
    carveOut,
    denyHopLimit,
    breakGlassPrincipalArns: input.breakGlassPrincipalArns,
  });
  const text = scpText(scp);
  const minified = JSON.stringify(scp).length;
  if (text.length > SCP_SIZE_LIMIT)
    notes.push(
      `The SCP is ${text.length} characters as written (${minified} minified); AWS accepts at most ${SCP_SIZE_LIMIT}.`,
    );

  // Would block: launches.
  const launchDenied = instances.filter((i) => i.metadata.httpTokens !== 'required' && !exempt(i));
  const byBucket: Record<string, number> = {};
  for (const i of launchDenied) byBucket[i.bucket] = (byBucket[i.bucket] ?? 0) + 1;
  const hopDenied = denyHopLimit
    ? instances.filter((i) => (i.metadata.httpPutResponseHopLimit ?? 1) > hop.value && !exempt(i))
    : [];

  const ltBlocks = launchTemplateBlocks(templates);
  const targets = accountDefaultTargets(defaults, instances, hop.value);
  const force = inForce(targets);
  const { dpRequired, dpNotRequired, known, dpStatus, compliant, needsChange, unknown, adStatus } = force;
  notes.push(
    ...guardrailNotes({
      hop,
      tagKey,
      carveOut,
      honoured,
      notHonoured,
      tagged,
      input,
      unknown,
      dpNotRequired,
      ltBlocks,
    }),
  );

  return {
    declarativePolicy: { document: declarativePolicyDocument(hop.value), hopLimit: hop },
    serviceControlPolicy: {
      document: scp,
      characters: text.length,
      minifiedCharacters: minified,
      limit: SCP_SIZE_LIMIT,
      withinLimit: text.length <= SCP_SIZE_LIMIT,
      exemptionTagKey: tagKey,
      exemptionCarveOut: carveOut,
      hopLimitDeny: denyHopLimit,
    },
    accountDefaults: targets,
    inForce: {
      declarativePolicy: {
        status: dpStatus,
        regions: dpRequired,
        managedNotRequired: dpNotRequired,
        reason:
          dpStatus === 'in-force'
            ? 'Every region read reports ManagedBy declarative-policy with HttpTokens required.'
            : dpStatus === 'unknown'
              ? 'No account defaults were read.'
              : `${dpRequired.length} of ${known} region(s) read are managed by a declarative policy that requires tokens.`,
      },
      serviceControlPolicy: {
        status: 'unknown',
        reason: 'The audit does not read Organizations policies.',
      },
      accountDefaults: {
        status: adStatus,
        compliant,
        needsChange,
        unknown,
        reason: `${compliant.length} of ${targets.length} region(s) already require tokens for new launches.`,
      },
    },
    wouldBlock: {
      runInstances: {
        count: launchDenied.length,
        instanceIds: launchDenied.map((i) => i.instanceId),
        byBucket,
      },
      hopLimit: {
        limit: hop.value,
        count: hopDenied.length,
        instanceIds: hopDenied.map((i) => i.instanceId),
      },
      launchTemplates: {
        count: ltBlocks.length,
        instancesUsing: ltBlocks.reduce((s, b) => s + b.instancesUsing, 0),
        items: ltBlocks,
      },
      accountDefaults: { count: needsChange.length + unknown.length, regions: [...needsChange, ...unknown] },
      exempt: {
        tagKey,
        carvedOut: carveOut,
        count: honoured.length,
        instanceIds: honoured.map((i) => i.instanceId),
        notHonouredInstanceIds: notHonoured.map((i) => i.instanceId),
      },
    },
    notes,
  };
}
