/** What the run knows about GitHub: read once from the runner's environment, passed down as data. */
import { readFileSync } from 'node:fs';

export interface GitHubContext {
  eventName: string;
  /** The parsed event payload ({} when absent). */
  payload: Record<string, unknown>;
  repository?: { owner: string; repo: string };
  serverUrl: string;
  apiUrl: string;
  runId: string;
  runAttempt: string;
  runUrl?: string;
  actor?: string;
  sha?: string;
  ref?: string;
  refName?: string;
  workflow?: string;
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/x.yml@refs/heads/main` (the change log records it). */
  workflowRef?: string;
  workspace: string;
  runnerTemp: string;
  /** Pull request number for pull_request / pull_request_target events. */
  pullRequest?: { number: number; isFork: boolean };
  /**
   * The revision a change is judged against: `pull_request.base.sha` on pull_request* events,
   * `merge_group.base_sha` in a merge queue. Absent on other events.
   */
  base?: { sha: string; ref?: string };
  isActions: boolean;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? `local-${Date.now()}`;
  const repository = owner && repo ? { owner, repo } : undefined;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let pullRequest: GitHubContext['pullRequest'];
  const pr = payload.pull_request as
    | {
        number?: number;
        head?: { repo?: { full_name?: string } | null };
        base?: { repo?: { full_name?: string } };
      }
    | undefined;
  if (pr?.number) {
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name ?? env.GITHUB_REPOSITORY;
    pullRequest = { number: pr.number, isFork: head !== undefined && head !== base };
  }
  return {
    eventName,
    base: baseOf(eventName, payload),
    payload,
    repository,
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    runUrl:
      repository && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    actor: env.GITHUB_ACTOR,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    refName: env.GITHUB_REF_NAME,
    workflow: env.GITHUB_WORKFLOW,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
    pullRequest,
    isActions: env.GITHUB_ACTIONS === 'true',
  };
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Events that judge a change before it merges: pull requests and the merge queue. */
export function isChangeEvent(eventName: string): boolean {
  return eventName.startsWith('pull_request') || eventName === 'merge_group';
}

function baseOf(eventName: string, payload: Record<string, unknown>): GitHubContext['base'] {
  if (eventName.startsWith('pull_request')) {
    const base = (payload.pull_request as { base?: { sha?: unknown; ref?: unknown } } | undefined)?.base;
    if (typeof base?.sha === 'string' && SHA.test(base.sha))
      return { sha: base.sha, ref: typeof base.ref === 'string' ? base.ref : undefined };
  }
  if (eventName === 'merge_group') {
    const group = payload.merge_group as { base_sha?: unknown; base_ref?: unknown } | undefined;
    if (typeof group?.base_sha === 'string' && SHA.test(group.base_sha))
      return {
        sha: group.base_sha,
        ref: typeof group.base_ref === 'string' ? group.base_ref : undefined,
      };
  }
  return undefined;
}
