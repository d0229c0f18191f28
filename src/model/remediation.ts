/** Plans, waves and the change log: what apply does and records. */

import type { MetadataOptions } from './inventory.js';
import type { GateTarget, Remediation, TagFilter } from './settings.js';

export type PlanKind = 'instance' | 'launch-template' | 'account-defaults';

export interface PlanItem {
  kind: PlanKind;
  accountId: string;
  region: string;
  /** instance id, launch template id, or 'account-defaults'. */
  resourceId: string;
  name?: string;
  before: MetadataOptions;
  /** Only the fields that change. */
  after: MetadataOptions;
  reason: string;
  /** Sum of MetadataNoToken over the readiness window; undefined when not measured. */
  v1Calls?: number;
  /** For launch templates: the default version before the change (for rollback). */
  beforeVersion?: number;
  /** For launch templates in a rollback plan: the default version to set back. */
  afterVersion?: number;
  /** Staged plans: the 1-based wave this item is applied in (see Plan.waves). */
  wave?: number;
}

export interface HeldBackItem {
  accountId: string;
  region: string;
  resourceId: string;
  name?: string;
  reason: string;
  v1Calls?: number;
}

export interface Plan {
  schema: 'imds-guard/plan';
  version: 1;
  createdAt: string;
  scannedAt: string;
  mode: 'plan' | 'rollback';
  remediation: Remediation | 'restore';
  v1UsageDays: number;
  /** What selected the plan's resources, as the plan job was given it (shown to the approver). */
  selectedBy?: PlanSelection;
  items: PlanItem[];
  heldBack: HeldBackItem[];
  /** Staged plans: the waves, soak and failure budget apply follows. Covered by the digest. */
  waves?: PlanWaves;
  /** Rollback plans: whether the records it restores were proven to be IMDS Guard's own (see docs, "Provenance"). */
  provenance?: PlanProvenance;
  /** sha256 over the canonical JSON of everything above. */
  digest: string;
}

/**
 * What a rollback plan's provenance check found: the change-log records it restores are the Action's own
 * (written by a run of this repository's workflow and committed by the token's identity), or why not.
 */
export interface PlanProvenance {
  /** False when the check could not be made (no token, no API access, not on a branch). */
  checked: boolean;
  /** One sentence for the approver: what was checked and what was found, or why nothing was. */
  statement: string;
  /** The identity the change-log commits were checked against (the token's GraphQL `viewer`). */
  identity?: string;
  /** Records left out as not written by IMDS Guard (also listed in heldBack, with run, line and why). */
  leftOut: number;
  /** Records planned although unproven, because `rollback-run` says `unverified`. */
  unverifiedPlanned: number;
}

/** A staged plan's waves, as sealed in the plan. */
export interface PlanWaves {
  /** The `waves` input the plan job was given. */
  spec: string;
  soakMinutes: number;
  failureBudget: number;
  waves: PlanWave[];
}

export interface PlanWave {
  /** 1-based. */
  wave: number;
  /** What chose this wave's items, e.g. `canary: 1-per-region`, `25%`, `rest`. */
  definition: string;
  /** Items in the wave (instances, or launch templates and account defaults in a final posture wave). */
  items: number;
  /** False for the final wave of launch templates and account defaults: no instance metrics to soak. */
  soak: boolean;
}

/** The inputs that chose a plan's resources, recorded in the plan so the approver sees them. */
export interface PlanSelection {
  accountId?: string;
  regions: 'all' | string[];
  excludeRegions: string[];
  targets: GateTarget[];
  instances: string[];
  /** The CSV `instances: file: PATH` named: its path and the sha256 of its content when the plan was made. */
  instancesFile?: { path: string; sha256: string; rows: number };
  tags: TagFilter[];
  excludeInstances: string[];
  excludeTags: TagFilter[];
  /** Rollback plans: the run whose changes they undo. */
  rollbackRun?: string;
}

/** The final outcome of one attempted change. */
/**
 * `unknown`: the write may or may not have been carried out (its answer was lost and the confirming
 * re-read failed too). It stays open, like an intent without an outcome, until a later run re-reads.
 */
export type ChangeResult = 'applied' | 'failed' | 'drifted' | 'skipped' | 'unknown';
/**
 * A change-log line's result: an outcome, or `started` — the write-ahead intent appended (and fsynced)
 * BEFORE the AWS write, with the before-state and the intended after-state. An intent followed by no
 * outcome for the same run and resource means the process died with the answer on the wire: the next
 * apply/rollback re-reads the resource and appends a reconciling outcome (`reconciledBy`).
 */
export type ChangeRecordResult = ChangeResult | 'started';

/**
 * Who wrote a change-log line: the run (id and attempt), the workflow (GITHUB_WORKFLOW_REF, e.g.
 * `octo/infra/.github/workflows/harden.yml@refs/heads/main`) and the digest of the plan that run applied
 * (the pinned digest it verified). Stamped by the Action on every line it appends; plan-rollback checks it
 * against the Actions API and the commits that brought the line into the repository.
 */
export interface RecordProvenance {
  runId: string;
  runAttempt: string;
  workflow?: string;
  planDigest: string;
}

export interface ChangeRecord {
  time: string;
  runId: string;
  runUrl?: string;
  actor?: string;
  mode: 'apply' | 'rollback';
  kind: PlanKind;
  accountId: string;
  region: string;
  resourceId: string;
  before: MetadataOptions;
  after: MetadataOptions;
  result: ChangeRecordResult;
  errorCode?: string;
  errorMessage?: string;
  planDigest: string;
  beforeVersion?: number;
  afterVersion?: number;
  /** On a reconciling outcome: the run id that re-read the resource (runId stays the intent's run). */
  reconciledBy?: string;
  /** Staged plans: the wave the change belongs to. */
  wave?: number;
  /**
   * Set on the records of an automatic restore after a wave's soak: the evidence that the
   * change broke the instance. The record restores the exact before-state of the wave's change.
   */
  autoRollback?: AutoRollbackEvidence;
  /** The run that wrote this line (for a reconciling outcome: the reconciling run, not the intent's). */
  writtenBy?: RecordProvenance;
}

export interface AutoRollbackEvidence {
  metric: 'MetadataNoTokenRejected' | 'StatusCheckFailed';
  /** `Sum` for MetadataNoTokenRejected (refused IMDSv1 calls); `Maximum` per period for StatusCheckFailed. */
  statistic: 'Sum' | 'Maximum';
  /** The datapoints of the window added up: refused calls, or periods with a failed status check. */
  sum: number;
  periodSeconds: number;
  /** The window read: from the wave's first change to the end of the soak (ISO 8601). */
  from: string;
  to: string;
  wave: number;
  reason: string;
}

// ───────────────────────────── provenance facts (read by github/provenance.ts) ─────────────────────────────

/** The commit that added a line, as the provenance check needs it. */
export interface LineCommit {
  oid: string;
  committedDate: string;
  /** The GitHub login GitHub matched to the commit's author (undefined: no GitHub account). */
  author?: string;
  /** The commit carries GitHub's own valid signature (createCommitOnBranch, the web UI, the API). */
  signedByGitHub: boolean;
}

/** A workflow run as `GET /actions/runs/{id}` describes it (the fields the check reads). */
export interface RunFact {
  id: string;
  /** owner/repo the run belongs to. */
  repository: string;
  /** The workflow file, e.g. `.github/workflows/harden.yml`. */
  path: string;
  status: string;
  event: string;
  runAttempt: number;
  createdAt: string;
  updatedAt: string;
}

export interface ProvenanceFacts {
  identity: string;
  repository: string;
  branch: string;
  path: string;
  /** The change-log commit blamed (the branch head when read). */
  headOid: string;
  /** Each committed line's text (trimmed) → the commits that introduced a line with that text. */
  lineCommits: Map<string, LineCommit[]>;
  /** Run id → the run, or null when GitHub answered 404 (not a run of this repository). */
  runs: Map<string, RunFact | null>;
}

// ───────────────────────────── outcomes ─────────────────────────────

/** One DryRun permission check (per account and region, per write operation). */
export interface DryRunResult {
  accountId: string;
  region: string;
  /** The write operation proved (default ModifyInstanceMetadataOptions). */
  operation?: string;
  ok: boolean;
  code: string;
  message: string;
}

/** What applying one (account, region) did. */
export interface RegionOutcome {
  accountId: string;
  region: string;
  counts: Record<ChangeResult, number>;
  durationMs: number;
  modifyCalls: number;
  throttled: number;
}

export interface ApplyOutcome {
  regions: RegionOutcome[];
  counts: Record<ChangeResult, number>;
  durationMs: number;
}

export interface WaveRollback {
  resourceId: string;
  region: string;
  /** Why it was restored (the evidence, in words). */
  why: string;
  /** The restore's outcome: applied = restored. */
  result: string;
}

export interface WaveReport {
  wave: number;
  definition: string;
  planned: number;
  /** Changed by this run. */
  applied: number;
  /** Changed by an earlier run of the same plan (not sent again). */
  earlier: number;
  /** Not applied: drifted, skipped, failed, unknown (this run or earlier). */
  notApplied: number;
  rolledBack: WaveRollback[];
  status: 'soaked' | 'soaked-earlier' | 'applied' | 'stopped' | 'unverified' | 'not-started';
  /** The soak window read, when one was. */
  window?: { from: string; to: string; periodSeconds: number };
}
