/**
 * Octokit built for this run: `getOctokit(token, { baseUrl: apiUrl })`, so GITHUB_API_URL read by our
 * own context (GHES, loopback fakes) wins over what @actions/github read at import time.
 */
import { getOctokit } from '@actions/github';
import type { CommentApi, IssueComment } from './comment.js';
import type { GitHubContext } from './context.js';

export function octokitFor(token: string, ctx: Pick<GitHubContext, 'apiUrl'>): ReturnType<typeof getOctokit> {
  return getOctokit(token, { baseUrl: ctx.apiUrl });
}

export function commentApi(token: string, ctx: GitHubContext): CommentApi {
  const octokit = octokitFor(token, ctx);
  const repo = ctx.repository!;
  return {
    async list(issue) {
      return (await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      })) as IssueComment[];
    },
    async create(issue, body) {
      return (await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body }))
        .data as IssueComment;
    },
    async identity() {
      const r = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
      return r.viewer?.login || undefined;
    },
    async update(commentId, body) {
      return (await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body }))
        .data as IssueComment;
    },
  };
}
