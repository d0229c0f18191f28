/** The words of the IaC check's judging: its rules, levels and verdicts (assess/iac.ts judges). */

export type IacRuleId =
  | 'IMDSG001'
  | 'IMDSG002'
  | 'IMDSG003'
  | 'IMDSG004'
  | 'IMDSG005'
  | 'IMDSG006'
  | 'IMDSG007'
  | 'IMDSG008'
  | 'IMDSG009'
  | 'IMDSG010'
  | 'IMDSG011';
export type IacLevel = 'error' | 'warning' | 'note';

export interface IacRule {
  id: IacRuleId;
  title: string;
  level: IacLevel;
  /** SARIF `security-severity` (0–10, as a string). */
  securitySeverity: string;
  help: string;
  /** checkov ids whose skip comment also suppresses this rule. */
  checkovIds: string[];
  /** The live audit's rule for the same setting (the other services' rows in the report). */
  liveRule?: string;
  /** SARIF tags besides the common ones (the service). */
  tags?: string[];
}

export type IacDependency =
  | { kind: 'account-default'; region?: string; assumed?: boolean }
  | { kind: 'ami'; amiId?: string; expression?: string }
  | { kind: 'template'; reference: string };

export type IacVerdictStatus = 'no-v1' | 'allows-v1' | 'depends' | 'unknown' | 'not-applicable';

export interface IacVerdict {
  status: IacVerdictStatus;
  ruleId?: IacRuleId;
  why: string;
  dependsOn: IacDependency[];
}
