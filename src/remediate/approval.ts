/**
 * The approval gate, pure: a change is made only from a run whose GitHub OIDC token carries the
 * `environment` claim of the approval environment (the one with required reviewers). GitHub puts
 * that claim in the token only for a job that named the environment and passed its protection rules.
 */

export class RefusedError extends Error {
  override name = 'RefusedError';
}

export interface ApprovalInput {
  mode: 'apply' | 'rollback';
  claims?: Record<string, unknown>;
  environment: string;
  eventName: string;
  usedOidc: boolean;
}

/** Throws RefusedError with what to fix; returns when approved. */
export function checkApproval(a: ApprovalInput): void {
  const refuse = (why: string) => {
    throw new RefusedError(`${a.mode} refused: ${why} Nothing was changed.`);
  };
  if (a.eventName.startsWith('pull_request') || a.eventName === 'merge_group') {
    refuse(`runs on ${a.eventName} events are never allowed to change instances.`);
  }
  if (!a.usedOidc || !a.claims) {
    refuse(
      `no GitHub OIDC token, so no environment claim to check. Set role-to-assume to the write role and run the job with \`environment: ${a.environment}\` and \`permissions: id-token: write\`; credentials from elsewhere cannot prove approval.`,
    );
  }
  const claims = a.claims!;
  const env = claims.environment;
  if (typeof env !== 'string' || env === '') {
    refuse(
      `the OIDC token has no environment claim: the job did not run in an environment. Add \`environment: ${a.environment}\` to the apply job (the environment's required reviewers are the approval).`,
    );
  }
  if (env !== a.environment) {
    refuse(
      `the OIDC token's environment claim is '${String(env)}', not approval-environment '${a.environment}'.`,
    );
  }
  const event = claims.event_name;
  if (typeof event === 'string' && (event.startsWith('pull_request') || event === 'merge_group')) {
    refuse(`the OIDC token was issued to a ${event} run.`);
  }
  const sub = claims.sub;
  if (typeof sub === 'string' && !sub.endsWith(`:environment:${a.environment}`)) {
    refuse(`the OIDC token's sub '${sub}' is not an environment subject for '${a.environment}'.`);
  }
}
