import type { GitHubFake, Schema } from './github-fake.js';

export interface FakePulls {
  pulls: Schema<'pull-request-simple'>[];
  labels: string[][];
  reviewers: unknown[];
}

/** The pull-request routes the bump uses (list, open, update, labels, reviewers) for one repository. */
export function servePulls(github: GitHubFake, owner: string, repo: string): FakePulls {
  const state: FakePulls = { pulls: [], labels: [], reviewers: [] };
  const { pulls } = state;
  const htmlUrl = (n: number) => `https://github.example/${owner}/${repo}/pull/${n}`;
  github.route('GET', `/repos/${owner}/${repo}/pulls`, (req) => ({
    body: pulls.filter((p) => p.state === 'open' && `${owner}:${p.head.ref}` === req.query.get('head') && p.base.ref === req.query.get('base')),
  }));
  github.route('POST', `/repos/${owner}/${repo}/pulls`, (req) => {
    const body = req.body as { head: string; base: string; title: string; body: string };
    const pull = {
      number: pulls.length + 1,
      state: 'open',
      title: body.title,
      body: body.body,
      html_url: htmlUrl(pulls.length + 1),
      head: { ref: body.head },
      base: { ref: body.base },
    } as Schema<'pull-request-simple'>;
    pulls.push(pull);
    return { status: 201, body: pull as unknown as Schema<'pull-request'> };
  });
  github.route('PATCH', `/repos/${owner}/${repo}/pulls/:number`, (req) => {
    const pull = pulls.find((p) => p.number === Number(req.params.number))!;
    Object.assign(pull, req.body as object);
    return { body: pull as unknown as Schema<'pull-request'> };
  });
  github.route('POST', `/repos/${owner}/${repo}/issues/:number/labels`, (req) => {
    state.labels.push((req.body as { labels: string[] }).labels);
    return { body: [] as Schema<'label'>[] };
  });
  github.route('POST', `/repos/${owner}/${repo}/pulls/:number/requested_reviewers`, (req) => {
    state.reviewers.push(req.body);
    return { status: 201, body: pulls.find((p) => p.number === Number(req.params.number)) };
  });
  return state;
}
