import { Agent, createServer, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { listenOnLoopback } from './ports.js';

export type Fault =
  /** Answer directly without forwarding. Default body: a registry-style JSON error. */
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; headers?: Record<string, string> }
  /** Destroy the client socket without any response (after reading nothing). */
  | { kind: 'drop' }
  /**
   * Read `afterBytes` of the request body, then destroy the client socket; nothing reaches the
   * registry (as behind a proxy that buffers request bodies, nginx's default).
   */
  | { kind: 'cut'; afterBytes: number };

export type FaultPlan = (request: { n: number /* 1-based count of requests seen */; method: string; path: string }) => Fault | undefined;

export interface FaultRecord {
  kind: string;
  status?: number;
  method: string;
  /** Path including the query string. */
  path: string;
  n: number;
}

export interface FaultProxy {
  /** 'http://127.0.0.1:PORT' */
  url: string;
  /** '127.0.0.1:PORT' */
  host: string;
  stats: {
    requests: number;
    faults: FaultRecord[];
    forwarded: { n: number; method: string; path: string; status?: number }[];
    /** Request body bytes received from clients, cut requests included. */
    bodyBytes: number;
  };
  /** Replace the plan (request numbering continues). */
  setPlan(plan: FaultPlan): void;
  stop(): Promise<void>;
}

// RFC 9110 §7.6.1 plus the legacy proxy ones.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Pairs of [name, value] without hop-by-hop headers (including those named in Connection). */
function endToEnd(rawHeaders: string[], extraDrop: readonly string[] = []): [string, string][] {
  const drop = new Set([...HOP_BY_HOP, ...extraDrop]);
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.toLowerCase() === 'connection') {
      for (const token of rawHeaders[i + 1]!.split(',')) drop.add(token.trim().toLowerCase());
    }
  }
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!;
    if (!drop.has(name.toLowerCase())) out.push([name, rawHeaders[i + 1]!]);
  }
  return out;
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return req.headers['transfer-encoding'] !== undefined;
}

/** How long to keep draining a request body before answering a 'status' fault anyway (and closing). */
const DRAIN_LIMIT_MS = 5000;

/**
 * HTTP reverse proxy in front of `target` that injects faults according to `plan`.
 * Keeps the incoming Host header (so registry Location URLs point at the proxy) and streams bodies.
 */
export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const upstream = new URL(target);
  if (upstream.protocol !== 'http:') throw new Error(`startFaultProxy: only http targets are supported, got ${target}`);
  const agent = new Agent({ keepAlive: true });
  let currentPlan = plan;
  const stats: FaultProxy['stats'] = { requests: 0, faults: [], forwarded: [], bodyBytes: 0 };

  const answerWithFault = (req: IncomingMessage, res: ServerResponse, fault: Extract<Fault, { kind: 'status' }>, expectContinue: boolean): void => {
    const body = fault.body ?? JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: `injected fault: HTTP ${fault.status}`, detail: null }] });
    const headers: OutgoingHttpHeaders = {
      'content-type': fault.body === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      ...(fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : {}),
      ...fault.headers,
    };
    const send = (close: boolean): void => {
      if (res.headersSent || res.destroyed) return;
      if (close) headers.connection = 'close';
      res.writeHead(fault.status, headers);
      res.end(body);
    };
    if (!hasBody(req) || req.complete) {
      send(false);
      return;
    }
    if (expectContinue) {
      // The client waits for 100 Continue before sending the body: answer now and close the connection.
      res.once('finish', () => req.socket.destroySoon());
      send(true);
      return;
    }
    // Drain the body first so the client is not stuck writing into a connection nobody reads;
    // if it takes too long, answer anyway and close the connection.
    const timer = setTimeout(() => {
      res.once('finish', () => req.socket.destroy());
      send(true);
    }, DRAIN_LIMIT_MS);
    req.once('end', () => {
      clearTimeout(timer);
      send(false);
    });
    req.once('error', () => clearTimeout(timer));
    req.resume();
  };

  const forward = (req: IncomingMessage, res: ServerResponse, n: number, path: string): void => {
    const record: FaultProxy['stats']['forwarded'][number] = { n, method: req.method ?? 'GET', path };
    stats.forwarded.push(record);
    const headers = endToEnd(req.rawHeaders, ['expect']);
    const proxyReq = httpRequest({
      host: upstream.hostname,
      port: upstream.port || 80,
      method: req.method,
      path,
      headers: headers.flat(),
      agent,
      setHost: false,
    });
    proxyReq.on('response', (proxyRes) => {
      record.status = proxyRes.statusCode;
      const responseHeaders = endToEnd(proxyRes.rawHeaders);
      res.writeHead(proxyRes.statusCode ?? 502, proxyRes.statusMessage, responseHeaders.flat());
      pipeline(proxyRes, res, () => undefined);
    });
    proxyReq.on('error', (err) => {
      if (!res.headersSent) {
        const body = JSON.stringify({ errors: [{ code: 'BAD_GATEWAY', message: `fault proxy: upstream error: ${err.message}` }] });
        res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
        res.end(body);
      } else {
        res.destroy(err);
      }
    });
    // Client went away mid-request or mid-response: abort upstream too.
    res.on('close', () => {
      if (!res.writableFinished) proxyReq.destroy();
    });
    pipeline(req, proxyReq, () => undefined);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, expectContinue: boolean): void => {
    const n = ++stats.requests;
    req.on('data', (chunk: Buffer) => {
      stats.bodyBytes += chunk.length;
    });
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    let fault: Fault | undefined;
    try {
      fault = currentPlan({ n, method, path });
    } catch (err) {
      fault = { kind: 'status', status: 500, body: `fault plan threw: ${String(err)}` };
    }
    if (fault?.kind === 'drop') {
      stats.faults.push({ kind: 'drop', method, path, n });
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'cut') {
      stats.faults.push({ kind: 'cut', method, path, n });
      if (expectContinue) res.writeContinue();
      let read = 0;
      req.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= fault.afterBytes) req.socket.destroy();
      });
      req.on('end', () => req.socket.destroy());
      return;
    }
    if (fault?.kind === 'status') {
      stats.faults.push({ kind: 'status', status: fault.status, method, path, n });
      answerWithFault(req, res, fault, expectContinue);
      return;
    }
    if (expectContinue) res.writeContinue();
    forward(req, res, n, path);
  };

  const server = createServer({ keepAlive: true }, (req, res) => handle(req, res, false));
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => handle(req, res, true));
  server.on('clientError', (_err, socket) => socket.destroy());

  const port = await listenOnLoopback(server);
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    stats,
    setPlan(next) {
      currentPlan = next;
    },
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      return stopping;
    },
  };
}

/** Fault on every n-th request (n, 2n, 3n, ...). */
export function everyNth(n: number, fault: Fault): FaultPlan {
  if (!Number.isInteger(n) || n < 1) throw new Error(`everyNth: n must be a positive integer, got ${n}`);
  return (request) => (request.n % n === 0 ? fault : undefined);
}

/** Fault by 1-based request number, e.g. sequence({ 1: { kind: 'status', status: 503 }, 3: { kind: 'drop' } }). */
export function sequence(faults: Record<number, Fault>): FaultPlan {
  return (request) => faults[request.n];
}

/** Fault for requests matching a predicate (e.g. only blob PUTs), optionally only the first `times` matches. */
export function when(predicate: (request: { n: number; method: string; path: string }) => boolean, fault: Fault, times = Infinity): FaultPlan {
  let used = 0;
  return (request) => {
    if (used >= times || !predicate(request)) return undefined;
    used++;
    return fault;
  };
}
