/**
 * The repository that publishes the Action. Every `uses:` in the README, the docs and the workflows names
 * it (test/unit/docs.test.ts checks), and so do the CLI's help and the report's fallback action reference.
 */
export const ACTION_REPOSITORY = 'imds-guard/imds-guard';

/** The major version a workflow pins: the release workflow moves this tag to every `vX.Y.Z` it publishes. */
export const ACTION_MAJOR = 'v1';

/** `imds-guard/imds-guard@v1`, or a sub-action: `imds-guard/imds-guard/plan@v1`. */
export function actionUses(subAction?: 'plan' | 'apply' | 'merge'): string {
  return `${ACTION_REPOSITORY}${subAction ? `/${subAction}` : ''}@${ACTION_MAJOR}`;
}
