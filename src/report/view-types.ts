/** The shape of the report's view model: what every template may place (built by view.ts). */
import type { Assessment, Bucket, RiskTier } from '../model/types.js';
import type { BaselineDiff } from './baseline.js';
import type { Trusted } from './escape.js';
import type { GuardrailsView } from './guardrails-view.js';
import type { HistoryEntry } from './history.js';
import type { IacView } from './iac-view.js';

export interface ViewMeta {
  version: string;
  /** comment-id: the report's identity (sticky comment marker, history entries). */
  reportId: string;
  repository?: string;
  runUrl?: string;
  /** `owner/repo@ref` for the remediation step. */
  actionRef: string;
  roleToAssume?: string;
  /** Display paths of the files written (relative to the workspace). */
  files: { json: string; markdown: string; html: string };
  historyLength: number;
}

export interface ViewInput {
  assessment: Assessment;
  meta: ViewMeta;
  /** Past runs, oldest first, NOT including this one. */
  history?: HistoryEntry[];
  baseline?: BaselineDiff;
  /** The pull request's infrastructure code (the report opens with it). */
  iac?: IacView;
  /** The preventive policies that would keep IMDSv1 from coming back (with the next steps). */
  guardrails?: GuardrailsView;
  /** False when the live threshold is reported but does not gate (a pull request, pr-gate: iac). */
  liveGates?: boolean;
}

export const BUCKET_LABELS: Record<Bucket, string> = {
  'v2-required': 'IMDSv2 required',
  'v1-allowed': 'IMDSv1 allowed',
  disabled: 'Endpoint disabled',
  pending: 'Change pending',
};

export const RISK_LABELS: Record<RiskTier, string> = {
  'role-public': 'Role + public IP',
  role: 'Role',
  'no-role': 'No role',
};

export const RISK_RANK: Record<RiskTier, number> = { 'role-public': 1, role: 2, 'no-role': 3 };

/**
 * A long list of report rows (one per instance: the IMDSv1-allowed list, who uses IMDSv1, broken by
 * hardening, regressions, hop limit), made a slice at a time as the report renders (stream.ts) rather
 * than all at once: at 100,000 instances the rows of a whole fleet are ~40 MB that no report needs
 * together. `length` is an own property, so templates read it (`{{#if rows.length}}`) as an array's.
 */
export class RowList<T> {
  private constructor(
    readonly length: number,
    private readonly rowsAt: (start: number, end: number) => T[],
  ) {}

  static of<S, T>(source: readonly S[], make: (item: S) => T): RowList<T> {
    return new RowList(source.length, (start, end) => source.slice(start, end).map((item) => make(item)));
  }

  /** Rows `start` to `end` (exclusive), made now; with no arguments, every row. */
  slice(start = 0, end = this.length): T[] {
    return this.rowsAt(start, end);
  }
}

/** A long list as the view holds it (a RowList), or a slice of it made for one rendering. */
export type Rows<T> = RowList<T> | T[];

export interface InstanceRow {
  risk: RiskTier;
  riskLabel: string;
  riskRank: number;
  worst: boolean;
  name: string;
  instanceId: string;
  accountId: string;
  region: string;
  state: string;
  role: string;
  publicIp: string;
  hopLimit: number;
  hopWide: boolean;
  runningFor: string;
  /** For sorting; -1 when unknown. */
  runningForSeconds: number;
  note: string;
  /** Regressions only: what it was in the baseline. */
  was?: string;
  /** The instance's page in the AWS console ('' when the region is not a known region name). */
  url: string;
  /** Markdown: the id linked to its console page. */
  link: Trusted;
  /** IMDSv1 calls in the window: 'in-use' (will break), 'safe' (none), 'unknown', '' (not read). */
  usage: '' | 'in-use' | 'safe' | 'unknown';
  /** e.g. '42 (will break)', '0 (safe)', 'unknown', '' when not read. */
  v1CallsText: string;
  /** For sorting: the call count, -1 when unknown or not read. */
  v1CallsValue: number;
  /** Made IMDSv1 calls in the window: requiring tokens breaks it. */
  willBreak: boolean;
  /** The `group-by-tag` value ('' untagged; absent without group-by-tag). */
  tagValue?: string;
}

/** A resource linked to its AWS console page: HTML uses `url`, Markdown `link`. */
export interface Linked {
  text: string;
  url: string;
  link: Trusted;
}

export interface RegionRow {
  accountId: string;
  region: string;
  inScope: string;
  compliant: string;
  percentText: string;
  percentValue: string;
  v1: string;
  disabled: string;
  pending: string;
  stopped: string;
  deltaV1?: string;
  worse: boolean;
}

export interface Segment {
  /** Which part of the rule's split: a bucket, or `exempt` (honoured exemptions). */
  bucket: Bucket | 'exempt';
  /** Counted as compliant under the rule. */
  compliant: boolean;
  label: string;
  count: number;
  countText: string;
  shareText: string;
  cls: string;
  x: string;
  width: string;
}

export interface TrendView {
  runs: number;
  first: string;
  last: string;
  mermaid: Trusted;
  svg: {
    width: number;
    height: number;
    polyline: string;
    points: Array<{ x: string; y: string; label: string }>;
    thresholdY: string;
    gridlines: Array<{ y: string; label: string }>;
    xLabels: Array<{ x: string; label: string; anchor: string }>;
  };
  rows: Array<{ at: string; percentText: string; compliant: string; inScope: string; v1: string }>;
}

export interface ReportView {
  title: string;
  reportId: string;
  version: string;
  repository: string;
  runUrl?: string;
  files: ViewMeta['files'];
  digest: string;
  iac?: IacView;
  guardrails?: GuardrailsView;
  headline: {
    percentText: string;
    thresholdText: string;
    passed: boolean;
    statusText: string;
    statusIcon: string;
    ruleId: string;
    ruleName: string;
    ruleDescription: string;
    compliant: string;
    inScope: string;
    emptyFleet: boolean;
    accountsScanned: string;
    regionsScanned: string;
    scannedAt: string;
    scannedAtText: string;
    durationText: string;
    outOfScope: string;
    stopped: string;
    exempted: string;
    hasExempted: boolean;
    failures: string[];
    change?: {
      text: string;
      direction: 'up' | 'down' | 'same';
      since: string;
      v1Text: string;
      ruleChanged: boolean;
    };
  };
  split: {
    segments: Segment[];
    mermaid?: Trusted;
    total: string;
    width: number;
    /** e.g. '225 compliant = 208 IMDSv2 required + 12 pending → required + 5 endpoint disabled with tokens required'. */
    compliantText: string;
    /** e.g. '118 not compliant = 110 IMDSv1 allowed + 8 endpoint disabled, tokens optional'. */
    notCompliantText: string;
  };
  /** Who still uses IMDSv1 (CloudWatch MetadataNoToken over `v1-usage-days`), when read. */
  usage?: UsageView;
  /** Hop-limit findings against `hop-limit-policy`. */
  hopLimit?: HopLimitView;
  regions: {
    /** Regions with in-scope instances (an empty region is listed in `emptyText` instead). */
    rows: RegionRow[];
    /** e.g. '12 regions with no in-scope instances: ap-northeast-1, …'; '' when none. */
    emptyText: string;
    showAccount: boolean;
    failed: Array<{ accountId: string; region: string; code: string; message: string }>;
    failedAccounts: Array<{ accountId: string; code: string; message: string }>;
    hasProblems: boolean;
  };
  accounts?: {
    rows: Array<{
      accountId: string;
      status: string;
      failed: boolean;
      inScope: string;
      compliant: string;
      percentText: string;
      percentValue: string;
      v1: string;
      reason: string;
    }>;
  };
  v1: {
    total: number;
    totalText: string;
    rows: Rows<InstanceRow>;
    tiers: Array<{ tier: RiskTier; label: string; count: string }>;
    worstCount: string;
  };
  roles: {
    withRole: string;
    tiers: Array<{ label: string; count: string }>;
    profiles: Array<{ profile: string; instances: string; v1: string; public: string }>;
    profileCount: number;
  };
  regressions?: {
    since: string;
    count: number;
    countText: string;
    rows: Rows<InstanceRow>;
    fixed: string;
    removed: string;
    percentText: string;
    ruleChanged: boolean;
  };
  posture?: {
    summary: string[];
    accountDefaults: Array<{
      accountId: string;
      region: string;
      tokens: string;
      hop: string;
      endpoint: string;
      managedBy: string;
      allowsV1: boolean;
      verdict: string;
    }>;
    launchTemplates: Array<{
      name: string;
      id: string;
      url: string;
      link: Trusted;
      accountId: string;
      region: string;
      defaultVersion: string;
      latestVersion: string;
      instances: string;
      groups: string;
      allowsV1: boolean;
      verdict: string;
    }>;
    images: Array<{
      id: string;
      name: string;
      accountId: string;
      region: string;
      support: string;
      instances: string;
      v2: boolean;
    }>;
    launchConfigurations: Array<{ name: string; accountId: string; region: string; configuration: string }>;
  };
  expiredExceptions: Array<{
    instanceId: string;
    name: string;
    region: string;
    reason: string;
    expires: string;
  }>;
  trend?: TrendView;
  next: {
    allCompliant: boolean;
    step: Trusted;
    steps: string[];
    mapping: Array<{ framework: string; control: string; scope: string }>;
  };
}

export interface UsageView {
  days: number;
  windowText: string;
  safe: string;
  inUse: string;
  unknown: string;
  rejected: string;
  hasUnknown: boolean;
  hasRejected: boolean;
  /** v1-allowed instances that made IMDSv1 calls, most calls first. */
  inUseRows: Rows<InstanceRow>;
  /** Instances that require tokens and had IMDSv1 calls refused: broken by hardening. */
  rejectedRows: Rows<{
    name: string;
    instanceId: string;
    url: string;
    link: Trusted;
    accountId: string;
    region: string;
    rejected: string;
    rejectedValue: number;
  }>;
  /** Reads that failed, one line each (e.g. 'us-east-1 (111…): AccessDenied'). */
  errors: string[];
}

export interface HopLimitView {
  policy: string;
  count: string;
  containerHosts: string;
  rows: Rows<{
    name: string;
    instanceId: string;
    url: string;
    link: Trusted;
    accountId: string;
    region: string;
    hopLimit: number;
    allowed: number;
    host: string;
  }>;
}
