import type { GitHubClient } from '@service-pipeline/action-kit/github';

export interface PullRequestRequest {
  owner: string;
  repo: string;
  /** The bot branch, e.g. `service-pipeline/prod/shop`. */
  head: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
}

export interface PullRequestResult {
  url: string;
  number: number;
  created: boolean;
}

/**
 * Keeps exactly one open pull request per bot branch: updates the title and body of the one
 * that is open, or opens it, then adds labels and requests reviewers (both idempotent on GitHub).
 * Reviewers given as `org/team` are requested as teams.
 */
export async function upsertPullRequest(client: GitHubClient, request: PullRequestRequest): Promise<PullRequestResult> {
  const { owner, repo, head, base, title, body } = request;
  const open = await client.rest.pulls.list({ owner, repo, head: `${owner}:${head}`, base, state: 'open', per_page: 1 });
  const existing = open.data[0];
  const pull = existing
    ? (await client.rest.pulls.update({ owner, repo, pull_number: existing.number, title, body })).data
    : (await client.rest.pulls.create({ owner, repo, head, base, title, body, maintainer_can_modify: true })).data;
  if (request.labels.length > 0) await client.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: request.labels });
  const users = request.reviewers.filter((r) => !r.includes('/'));
  const teams = request.reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1));
  if (users.length + teams.length > 0) {
    await client.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, reviewers: users, team_reviewers: teams });
  }
  return { url: pull.html_url, number: pull.number, created: existing === undefined };
}
