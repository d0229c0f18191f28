/** The shape of the report's view model: what every template may place (built by view.ts). */
import type { Assessment, Bucket, RiskTier } from '../model/types.js';
import type { BaselineDiff } from './baseline.js';
import type { Trusted } from './escape.js';
import type { GuardrailsView } from './guardrails.js';
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
  bucket: Bucket;
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
  split: { segments: Segment[]; mermaid?: Trusted; total: string; width: number };
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
    rows: InstanceRow[];
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
    rows: InstanceRow[];
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
