import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { components } from '@octokit/openapi-types';
import { listenOnLoopback } from './ports.js';

/**
 * The base of every GitHub REST API fake in the tests: a real HTTP server on 127.0.0.1 with a
 * route table, bearer-token checks and a request log. Route handlers return bodies typed with
 * `@octokit/openapi-types` (e.g. `Schema<'package-version'>[]`), so a fake cannot drift from the
 * shapes the real API documents without the typecheck noticing.
 */
export type Schema<K extends keyof components['schemas']> = components['schemas'][K];

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. `/orgs/acme/packages/container/shop/versions`. */
  path: string;
  query: URLSearchParams;
  /** Values of the `:name` segments of the matched route. */
  params: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** The bearer token (or `token <x>`) sent, if any. */
  token: string | undefined;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as JSON; omit for an empty body (e.g. 204). */
  body?: unknown;
}

export type FakeHandler = (req: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
}

export interface GitHubFake {
  /** `http://127.0.0.1:PORT` (what GITHUB_API_URL is set to). */
  url: string;
  /** Every request answered, in order. */
  log: LoggedRequest[];
  /** Adds a route; `pattern` uses `:name` segments, e.g. `/repos/:owner/:repo/pulls`. */
  route(method: string, pattern: string, handler: FakeHandler): void;
  /**
   * Runs before routing; a returned response is sent as is (rate limits, outages, auth
   * failures injected by a test).
   */
  intercept(fn: ((req: FakeRequest) => FakeResponse | undefined) | undefined): void;
  stop(): Promise<void>;
}

export interface GitHubFakeOptions {
  /** Tokens accepted; a request without one of them gets 401 "Bad credentials". Default: any token. */
  tokens?: string[];
}

interface Route {
  method: string;
  segments: string[];
  handler: FakeHandler;
}

function matchRoute(route: Route, method: string, parts: string[]): Record<string, string> | undefined {
  if (route.method !== method || route.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, seg] of route.segments.entries()) {
    const part = parts[i]!;
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(part);
    else if (seg !== part) return undefined;
  }
  return params;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

function send(res: ServerResponse, reply: FakeResponse): number {
  const status = reply.status ?? 200;
  const headers: Record<string, string> = { ...reply.headers };
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  if (body !== '') headers['content-type'] ??= 'application/json; charset=utf-8';
  res.writeHead(status, headers);
  res.end(body);
  return status;
}

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  const routes: Route[] = [];
  const log: LoggedRequest[] = [];
  let interceptor: ((req: FakeRequest) => FakeResponse | undefined) | undefined;

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = (req.method ?? 'GET').toUpperCase();
      const auth = req.headers.authorization;
      const token = auth?.replace(/^(bearer|token)\s+/i, '');
      let status = 500;
      try {
        const fakeReq: FakeRequest = {
          method,
          path: url.pathname,
          query: url.searchParams,
          params: {},
          headers: req.headers,
          token,
          body: await readJson(req),
        };
        const injected = interceptor?.(fakeReq);
        if (injected) {
          status = send(res, injected);
        } else if (options.tokens && (token === undefined || !options.tokens.includes(token))) {
          status = send(res, { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } });
        } else {
          const parts = url.pathname.split('/').filter((p) => p !== '');
          let reply: FakeResponse | undefined;
          for (const route of routes) {
            const params = matchRoute(route, method, parts);
            if (params) {
              reply = await route.handler({ ...fakeReq, params });
              break;
            }
          }
          status = send(res, reply ?? { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
        }
      } catch (err) {
        status = send(res, { status: 500, body: { message: `fake failed: ${(err as Error).message}` } });
      }
      log.push({ method, path: url.pathname, query: url.search, status });
    })();
  });
  const port = await listenOnLoopback(server);

  return {
    url: `http://127.0.0.1:${port}`,
    log,
    route(method, pattern, handler) {
      routes.push({ method: method.toUpperCase(), segments: pattern.split('/').filter((p) => p !== ''), handler });
    },
    intercept(fn) {
      interceptor = fn;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
