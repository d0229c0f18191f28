/** The shapes of AWS identifiers the inputs, the change log and the instance lists accept. */
export const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/;
export const REGION_NAME = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
export const INSTANCE_ID = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;
export const ACCOUNT_ID = /^\d{12}$/;
/** An STS role session name. */
export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/** An IAM role name (no path). */
export const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
/** A plan's digest, as the plan job outputs it. */
export const PLAN_DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The tag key that marks an exemption when `exceptions: true`. */
export const DEFAULT_EXEMPTION_TAG_KEY = 'imds-guard:exempt';
