/**
 * A registry with the OCI referrers API, next to Debian's docker-registry (startRegistry), which
 * has none: attach and prune are tested against both the API and the `sha256-<hex>` tag
 * fallback. distribution v3.1.2 has no referrers endpoint either (checked in its source), so
 * this is go-containerregistry's pkg/registry in a small program (test/helpers/referrers-registry)
 * that `pnpm run tools` builds. No auth, manifests in memory, blobs on disk, deletes allowed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startOnFreePort, startProcess } from './processes.js';
import type { TestRegistry } from './registry.js';
import { goProgram } from './tools.js';

export async function startReferrersRegistry(): Promise<TestRegistry> {
  const binary = goProgram('referrers-registry');
  const dir = await mkdtemp(join(tmpdir(), 'sp-referrers-registry-'));
  const storageDir = join(dir, 'blobs');
  try {
    const { host, process: started } = await startOnFreePort(
      async (host) =>
        startProcess(binary, ['-addr', host, '-blobs', storageDir], {
          inheritEnv: false,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, TMPDIR: dir },
          cwd: dir,
        }),
      { path: '/v2/', okStatuses: [200] },
    );
    let stopping: Promise<void> | undefined;
    return {
      url: `http://${host}`,
      host,
      storageDir,
      users: {},
      process: started,
      logs: () => started.output(),
      stop() {
        stopping ??= (async () => {
          await started.stop();
          await rm(dir, { recursive: true, force: true });
        })();
        return stopping;
      },
    };
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}
