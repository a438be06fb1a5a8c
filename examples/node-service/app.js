import { createServer } from 'node:http';

/** The service: GET /healthz for probes, GET / says who and which version answers. */
export function createApp({ version = process.env.APP_VERSION ?? 'dev' } = {}) {
  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end('method not allowed\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok\n');
      return;
    }
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ service: 'node-service', version }));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  });
}
