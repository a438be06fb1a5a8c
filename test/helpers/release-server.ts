import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { listenOnLoopback } from './ports.js';

export interface ReleaseServer {
  /** Base URL to pass as the installer's `baseUrl` (files live at `<url>/<tag>/<asset>`). */
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Adds or replaces a file served at `path` (e.g. `/v1.2.3/tool_1.2.3_linux_amd64.tar.gz`). */
  serve(path: string, body: Buffer): void;
  close(): Promise<void>;
}

/** A local stand-in for a GitHub releases download folder: static files, 404 for the rest. */
export async function startReleaseServer(): Promise<ReleaseServer> {
  const files = new Map<string, Buffer>();
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const body = files.get(path);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    serve: (path, body) => files.set(path, body),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ReleaseArchive {
  archive: Buffer;
  sha256: string;
  /** goreleaser's checksums.txt line for the archive. */
  checksums: string;
}

/**
 * A release archive like goreleaser's: a tar.gz whose top level holds `binary`, here a shell
 * script that prints `versionOutput` for any arguments (so it runs as a real process).
 */
export async function makeReleaseArchive(assetName: string, binary: string, versionOutput: string): Promise<ReleaseArchive> {
  const dir = await mkdtemp(join(tmpdir(), 'release-archive-'));
  try {
    const content = join(dir, 'content');
    await mkdir(content);
    await writeFile(join(content, binary), `#!/bin/sh\nprintf '%s\\n' '${versionOutput.replaceAll("'", "'\\''")}'\n`);
    await chmod(join(content, binary), 0o755);
    await writeFile(join(content, 'LICENSE'), 'Apache-2.0\n');
    const file = join(dir, assetName);
    const result = await runCommand('tar', ['-czf', file, '-C', content, binary, 'LICENSE']);
    if (result.code !== 0) throw new Error(`tar failed: ${result.tail.join('\n')}`);
    const archive = await readFile(file);
    const sha256 = createHash('sha256').update(archive).digest('hex');
    return { archive, sha256, checksums: `${sha256}  ${assetName}\n` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
