import { execFile } from 'node:child_process';
import { createPrivateKey, type KeyObject, randomBytes, randomUUID, sign, X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { listenOnLoopback } from './ports.js';
import { type ManagedProcess, startOnFreePort, startProcess } from './processes.js';

const execFileAsync = promisify(execFile);

export const REGISTRY_BINARY = process.env.TEST_REGISTRY_BINARY ?? '/usr/bin/docker-registry';

export type RegistryAuth = 'none' | 'htpasswd' | 'token';

export interface StartRegistryOptions {
  auth?: RegistryAuth;
  /** Default { tester: 'secret-pass' } for htpasswd/token (ignored for 'none'). */
  users?: Record<string, string>;
  /** storage.delete.enabled, default true. */
  deleteEnabled?: boolean;
  /**
   * Token mode only: actions granted to `user` (undefined = anonymous) on `repository`.
   * Default: every valid user gets all requested actions; anonymous gets nothing.
   * Only called for `repository:` scopes; other resource types (e.g. registry:catalog:*) use the default rule.
   */
  grant?: (user: string | undefined, repository: string, requested: string[]) => string[];
  /** Token mode only: JWT signing algorithm / key type, default 'ES256' (EC P-256). */
  tokenAlgorithm?: 'ES256' | 'RS256';
}

export interface TokenRequestRecord {
  /** Basic-auth user name sent (also recorded when the password was wrong). */
  user?: string;
  scopes: string[];
  service?: string;
  method: string;
  /** HTTP status the token server answered with. */
  status: number;
  /** Access granted in the issued token (empty when none was issued). */
  access: { type: string; name: string; actions: string[] }[];
}

export interface TestRegistry {
  /** 'http://127.0.0.1:PORT' */
  url: string;
  /** '127.0.0.1:PORT' — the registry part of image references. */
  host: string;
  storageDir: string;
  users: Record<string, string>;
  /** Token mode only. `url` is the realm, e.g. http://127.0.0.1:PORT/token. */
  tokenServer?: { url: string; service: string; issuer: string; requests: TokenRequestRecord[] };
  process: ManagedProcess;
  /** Stops the registry (and token server) and removes the temp dirs. Idempotent. */
  stop(): Promise<void>;
  /** Registry process output (last 64 KiB). */
  logs(): string;
}

const DEFAULT_USERS: Record<string, string> = { tester: 'secret-pass' };
const TOKEN_ISSUER = 'service-pipeline-test-token-issuer';

export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'none';
  const users = auth === 'none' ? {} : { ...(options.users ?? DEFAULT_USERS) };
  const dir = await mkdtemp(join(tmpdir(), 'sp-registry-'));
  const storageDir = join(dir, 'storage');
  let tokenServer: TokenServer | undefined;
  try {
    await mkdir(storageDir);
    let authConfig: Record<string, unknown> | undefined;
    if (auth === 'htpasswd') {
      const path = join(dir, 'htpasswd');
      await writeFile(path, await htpasswdFile(users), { mode: 0o600 });
      authConfig = { htpasswd: { realm: 'test-registry', path } };
    }

    const { host, process: started } = await startOnFreePort(
      async (host) => {
        if (auth === 'token') {
          // The service name is the registry host, the way ghcr.io uses service="ghcr.io".
          tokenServer ??= await startTokenServer(dir, users, host, options);
          tokenServer.service = host;
          authConfig = {
            token: {
              realm: tokenServer.url,
              service: host,
              issuer: TOKEN_ISSUER,
              rootcertbundle: tokenServer.certPath,
            },
          };
        }
        const config: Record<string, unknown> = {
          version: 0.1,
          log: { level: 'warn', formatter: 'text', fields: { service: 'registry' } },
          storage: {
            filesystem: { rootdirectory: storageDir },
            delete: { enabled: options.deleteEnabled ?? true },
            maintenance: { uploadpurging: { enabled: false } },
          },
          http: { addr: host, secret: randomBytes(16).toString('hex') },
          health: { storagedriver: { enabled: false } },
        };
        if (authConfig !== undefined) config.auth = authConfig;
        const configPath = join(dir, 'config.yml');
        await writeFile(configPath, stringify(config));
        // Clean env: distribution reads REGISTRY_* variables as config overrides.
        return startProcess(REGISTRY_BINARY, ['serve', configPath], {
          inheritEnv: false,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, TMPDIR: dir },
          cwd: dir,
        });
      },
      { path: '/v2/', okStatuses: [200, 401] },
    );
    const ts = tokenServer;
    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}`,
      host,
      storageDir,
      users,
      ...(ts ? { tokenServer: { url: ts.url, service: ts.service, issuer: TOKEN_ISSUER, requests: ts.requests } } : {}),
      process: started,
      logs: () => started.output(),
      stop() {
        stopping ??= (async () => {
          await Promise.all([started.stop(), ts?.close()]);
          await rm(dir, { recursive: true, force: true });
        })();
        return stopping;
      },
    };
  } catch (err) {
    await tokenServer?.close();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

async function htpasswdFile(users: Record<string, string>): Promise<string> {
  const lines: string[] = [];
  for (const [user, pass] of Object.entries(users)) {
    // bcrypt (-B) is the only hash distribution accepts.
    const { stdout } = await execFileAsync('htpasswd', ['-Bbn', user, pass]);
    lines.push(stdout.trim());
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Token server (Docker registry token protocol, as served by ghcr.io / auth.docker.io)

interface TokenServer {
  url: string;
  service: string;
  certPath: string;
  requests: TokenRequestRecord[];
  close(): Promise<void>;
}

interface SigningMaterial {
  alg: 'ES256' | 'RS256';
  key: KeyObject;
  x5c: string;
  certPath: string;
}

async function createSigningMaterial(dir: string, alg: 'ES256' | 'RS256'): Promise<SigningMaterial> {
  const keyPath = join(dir, 'token-signing.key');
  const certPath = join(dir, 'token-signing.crt');
  const newkey = alg === 'ES256' ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1'] : ['-newkey', 'rsa:2048'];
  await execFileAsync('openssl', [
    'req',
    '-x509',
    ...newkey,
    '-nodes',
    '-sha256',
    '-days',
    '2',
    '-subj',
    '/CN=service-pipeline test token issuer',
    '-keyout',
    keyPath,
    '-out',
    certPath,
  ]);
  const key = createPrivateKey(await readFile(keyPath));
  const cert = new X509Certificate(await readFile(certPath));
  return { alg, key, x5c: cert.raw.toString('base64'), certPath };
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function signJwt(material: SigningMaterial, claims: Record<string, unknown>): string {
  const header = { typ: 'JWT', alg: material.alg, x5c: [material.x5c] };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature =
    material.alg === 'ES256'
      ? sign('sha256', Buffer.from(signingInput), { key: material.key, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(signingInput), material.key);
  return `${signingInput}.${base64url(signature)}`;
}

interface ParsedScope {
  type: string;
  name: string;
  actions: string[];
}

/** `repository:owner/name:pull,push` (the name may contain ':' only in theory; actions are after the last ':'). */
function parseScope(scope: string): ParsedScope | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first <= 0 || last === first) return undefined;
  const type = scope.slice(0, first);
  const name = scope.slice(first + 1, last);
  const actions = scope
    .slice(last + 1)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (name === '') return undefined;
  return { type, name, actions };
}

function parseBasic(header: string | undefined): { user: string; pass: string } | undefined {
  if (header === undefined) return undefined;
  const m = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!m?.[1]) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return { user: decoded, pass: '' };
  return { user: decoded.slice(0, i), pass: decoded.slice(i + 1) };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function startTokenServer(dir: string, users: Record<string, string>, initialService: string, options: StartRegistryOptions): Promise<TokenServer> {
  const material = await createSigningMaterial(dir, options.tokenAlgorithm ?? 'ES256');
  const requests: TokenRequestRecord[] = [];
  const grant = options.grant;

  const json = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://token.invalid');
    if (url.pathname !== '/token') {
      json(res, 404, { errors: [{ code: 'NOT_FOUND', message: 'not found' }] });
      return;
    }
    let scopes: string[];
    let service: string | undefined;
    let credentials = parseBasic(req.headers.authorization);
    if (req.method === 'GET') {
      scopes = url.searchParams
        .getAll('scope')
        .flatMap((s) => s.split(' '))
        .filter((s) => s !== '');
      service = url.searchParams.get('service') ?? undefined;
    } else if (req.method === 'POST') {
      // OAuth2 password grant variant (docker login --password-stdin / refresh flows).
      const form = new URLSearchParams(await readBody(req));
      scopes = form
        .getAll('scope')
        .flatMap((s) => s.split(' '))
        .filter((s) => s !== '');
      service = form.get('service') ?? undefined;
      if (form.get('grant_type') === 'password') {
        credentials = { user: form.get('username') ?? '', pass: form.get('password') ?? '' };
      }
    } else {
      res.writeHead(405, { allow: 'GET, POST' }).end();
      return;
    }
    const record: TokenRequestRecord = {
      ...(credentials ? { user: credentials.user } : {}),
      scopes,
      ...(service !== undefined ? { service } : {}),
      method: req.method,
      status: 0,
      access: [],
    };
    requests.push(record);

    if (credentials !== undefined && (!Object.hasOwn(users, credentials.user) || users[credentials.user] !== credentials.pass)) {
      record.status = 401;
      json(res, 401, {
        errors: [{ code: 'UNAUTHORIZED', message: 'incorrect username or password' }],
        details: 'incorrect username or password',
      });
      return;
    }
    const user = credentials?.user;

    const merged = new Map<string, ParsedScope>();
    for (const raw of scopes) {
      const scope = parseScope(raw);
      if (scope === undefined) continue;
      const key = `${scope.type}\u0000${scope.name}`;
      const existing = merged.get(key);
      if (existing) existing.actions = [...new Set([...existing.actions, ...scope.actions])];
      else merged.set(key, { ...scope, actions: [...new Set(scope.actions)] });
    }
    const access: { type: string; name: string; actions: string[] }[] = [];
    for (const scope of merged.values()) {
      let actions: string[];
      if (scope.type === 'repository' && grant !== undefined) actions = grant(user, scope.name, [...scope.actions]);
      else actions = user !== undefined ? scope.actions : [];
      access.push({ type: scope.type, name: scope.name, actions: [...new Set(actions)] });
    }

    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: TOKEN_ISSUER,
      sub: user ?? '',
      aud: service ?? server.service,
      exp: now + 300,
      nbf: now - 1,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const token = signJwt(material, claims);
    record.status = 200;
    record.access = access;
    json(res, 200, { token, access_token: token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() });
  };

  const http: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, { errors: [{ code: 'INTERNAL', message: String(err) }] });
      else res.destroy();
    });
  });
  const port = await listenOnLoopback(http);
  let closing: Promise<void> | undefined;
  const server: TokenServer = {
    url: `http://127.0.0.1:${port}/token`,
    service: initialService,
    certPath: material.certPath,
    requests,
    close() {
      closing ??= new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      return closing;
    },
  };
  return server;
}
