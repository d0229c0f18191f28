/**
 * The notice for a CloudWatch usage read that failed says the fix that fits the failure: a grant for
 * a refusal, another run for a service error, a look at the endpoint for an answer that is not AWS's
 * (telling a role that lacks nothing to add a permission sends its owners the wrong way).
 */
import { describe, expect, it } from 'vitest';
import { usageReadNotice } from '../../src/pipeline/usage.js';

const failed = (code: string) => ({
  metric: 'MetadataNoToken' as const,
  region: 'us-east-1',
  accountId: '111111111111',
  code,
  message: 'the service said so',
});

describe('usageReadNotice', () => {
  it.each(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'NotAuthorized'])(
    '%s: grant the read',
    (code) => {
      expect(usageReadNotice(failed(code), 3)).toBe(
        `Notice: could not read CloudWatch MetadataNoToken in 3 account/region(s) (e.g. us-east-1 of 111111111111: ${code}); their instances' IMDSv1 usage is reported as unknown. Grant cloudwatch:GetMetricData to the role to see it.`,
      );
    },
  );

  it.each(['InternalFailure', 'ServiceUnavailable', 'Throttling', 'TimeoutError'])(
    '%s: no grant, the next run reads it',
    (code) => {
      const text = usageReadNotice(failed(code), 1);
      expect(text).not.toContain('Grant');
      expect(text).toMatch(/: the next run reads it again\.$/);
    },
  );

  it("an answer that is not AWS's (HTTP 403 from a proxy): neither a grant nor another run", () => {
    const text = usageReadNotice(failed('HTTP 403'), 2);
    expect(text).not.toContain('Grant');
    expect(text).not.toContain('next run');
    expect(text).toMatch(/HTTP 403\); .* check what serves the CloudWatch endpoint\.$/);
  });
});
