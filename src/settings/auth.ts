/** Sign-in inputs: the role, its session, and the home region. */
import { REGION_NAME, ROLE_ARN, ROLE_NAME, SESSION_NAME } from '../model/ids.js';
import type { FieldParser } from './fields.js';

export const roleArn: FieldParser<string | undefined> = (raw, ctx) => {
  if (raw && !ROLE_ARN.test(raw))
    ctx.fail(`'${raw}' is not an IAM role ARN; expected arn:aws:iam::123456789012:role/RoleName`);
  return raw || undefined;
};

export const sessionName: FieldParser<string> = (raw, ctx) => {
  if (!SESSION_NAME.test(raw)) ctx.fail(`'${raw}' must be 2–64 characters of letters, digits and +=,.@_-`);
  return raw;
};

export const roleName: FieldParser<string> = (raw, ctx) => {
  if (!ROLE_NAME.test(raw)) ctx.fail(`'${raw}' is not an IAM role name`);
  return raw;
};

/** `aws-region`, else AWS_REGION, else AWS_DEFAULT_REGION, else us-east-1. */
export const homeRegion: FieldParser<string> = (raw, ctx) => {
  const region = raw || ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION || 'us-east-1';
  if (!REGION_NAME.test(region)) ctx.fail(`'${region}' is not a region name (e.g. us-east-1)`);
  return region;
};

/** `github-token`, else GITHUB_TOKEN. */
export const githubToken: FieldParser<string | undefined> = (raw, ctx) =>
  raw || ctx.env.GITHUB_TOKEN || undefined;
