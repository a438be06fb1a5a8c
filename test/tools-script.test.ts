/**
 * scripts/tools.ts (`pnpm run tools`) with a stand-in `go` command, so the cache, the lock, the
 * atomic rename and the output lines are tested without the module proxy. The real builds run
 * in .ci/run, and every tool they make is run by the tests that need it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCommand } from '@service-pipeline/action-kit/exec';
import { GO_TOOLS } from '@service-pipeline/tools';
import { tempDir } from '../packages/scanners/test/temp-dir.js';
import { NODE_BINARY, REPO_ROOT } from './helpers/action-runner.js';

/** A `go` that answers like the real one for what the script asks, and logs each build. */
const FAKE_GO = `#!/bin/sh
log="$FAKE_GO_LOG"
case "$1" in
  env) echo "$FAKE_GO_VERSION"; exit 0 ;;
  mod)
    m="\${4%@*}"
    case "$m" in
      *pluto*) printf '{"Path":"%s","Error":"reading https://proxy.golang.org/%s/@v/list: 403 Forbidden"}\\n' "$m" "$m"; exit 1 ;;
    esac
    f="$FAKE_GO_DIR/$(echo "$m" | tr / _).mod"
    printf 'module %s\\nrequire (\\n\\tgithub.com/anchore/syft v1.57.1\\n)\\n' "$m" > "$f"
    printf '{"Path":"%s","GoMod":"%s"}\\n' "$m" "$f"; exit 0 ;;
  install)
    for a in "$@"; do pkg="$a"; done
    echo "install $pkg" >> "$log"
    sleep "\${FAKE_GO_SLEEP:-1}"
    name=$(basename "\${pkg%@*}")
    case "$name" in v[0-9]*) name=$(basename "$(dirname "\${pkg%@*}")") ;; esac
    printf '#!/bin/sh\\necho %s\\n' "$pkg" > "$GOBIN/$name"; chmod +x "$GOBIN/$name"; exit 0 ;;
esac
echo "fake go: unexpected $*" >&2; exit 2
`;

async function setUp(t: Parameters<typeof tempDir>[0]): Promise<{ env: NodeJS.ProcessEnv; cache: string; log: string }> {
  const dir = await tempDir(t, 'tools-script-');
  const bin = join(dir, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'go'), FAKE_GO);
  await chmod(join(bin, 'go'), 0o755);
  const log = join(dir, 'builds.log');
  await writeFile(log, '');
  const env = { ...process.env, GO: join(bin, 'go'), XDG_CACHE_HOME: join(dir, 'xdg'), FAKE_GO_LOG: log, FAKE_GO_DIR: dir, FAKE_GO_VERSION: 'go1.26.8' };
  return { env, cache: join(dir, 'xdg', 'service-pipeline', 'go-tools'), log };
}

function tools(env: NodeJS.ProcessEnv, args: string[]) {
  return runCommand(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/tools.ts', ...args], { cwd: REPO_ROOT, env, captureStdout: true });
}

describe('pnpm run tools (scripts/tools.ts)', () => {
  test('two concurrent runs build each tool once and both print one line per tool', async (t) => {
    const { env, cache, log } = await setUp(t);
    const [a, b] = await Promise.all([tools(env, ['kubeconform', 'syft', 'pluto']), tools(env, ['kubeconform', 'syft', 'pluto'])]);
    const expected = [
      `kubeconform ${GO_TOOLS.kubeconform.version} ${join(cache, 'kubeconform', GO_TOOLS.kubeconform.version, 'kubeconform')}`,
      `syft ${GO_TOOLS.syft.version} ${join(cache, 'syft', GO_TOOLS.syft.version, 'syft')}`,
      'pluto not served',
    ];
    for (const run of [a, b]) {
      assert.equal(run.code, 0, run.tail.join('\n'));
      assert.deepEqual(run.stdout.trim().split('\n'), expected);
    }
    assert.deepEqual((await readFile(log, 'utf8')).trim().split('\n').sort(), [
      `install ${GO_TOOLS.syft.package}@${GO_TOOLS.syft.version}`,
      `install ${GO_TOOLS.kubeconform.package}@${GO_TOOLS.kubeconform.version}`,
    ]);
    assert.match([...a.tail, ...b.tail].join('\n'), /pluto: the Go module proxy refuses .*403 Forbidden/);
    const record = JSON.parse(await readFile(join(cache, 'syft', GO_TOOLS.syft.version, 'build.json'), 'utf8')) as { module: string; go: string };
    assert.deepEqual([record.module, record.go], [GO_TOOLS.syft.module, 'go1.26.8']);
    // A warm run builds nothing.
    const warm = await tools(env, ['kubeconform']);
    assert.equal(warm.stdout.trim(), expected[0]);
    assert.equal((await readFile(log, 'utf8')).trim().split('\n').length, 2);
  });

  test('a lock left by a process that died is taken over; no temporary directory stays behind', async (t) => {
    const { env, cache } = await setUp(t);
    const dead = await runCommand('/bin/sh', ['-c', 'echo $$'], { captureStdout: true });
    const lock = join(cache, 'opa', `${GO_TOOLS.opa.version}.lock`);
    await mkdir(lock, { recursive: true });
    await writeFile(join(lock, 'pid'), dead.stdout.trim());
    const run = await tools(env, ['opa']);
    assert.equal(run.code, 0, run.tail.join('\n'));
    assert.match(run.tail.join('\n'), /removing the stale lock .* is gone/);
    assert.ok((await stat(join(cache, 'opa', GO_TOOLS.opa.version, 'opa'))).isFile());
    await assert.rejects(stat(lock), { code: 'ENOENT' });
  });

  test('a Go older than 1.26 and an unknown tool are refused before any build', async (t) => {
    const { env, log } = await setUp(t);
    const old = await tools({ ...env, FAKE_GO_VERSION: 'go1.19.8' }, ['opa']);
    assert.equal(old.code, 1);
    assert.match(old.tail.join('\n'), /is go1\.19\.8; the pinned tools need Go 1\.26 or newer: put \/usr\/local\/go\/bin first on PATH or set GO/);
    const unknown = await tools(env, ['trivvy']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.tail.join('\n'), /unknown tool trivvy; the pinned tools are trivy, grype/);
    assert.equal(await readFile(log, 'utf8'), '');
  });

  test('interrupted, it leaves no lock and no half-built directory, and starts no further tool', async (t) => {
    const { env, cache, log } = await setUp(t);
    const child = spawn(NODE_BINARY, ['--import', 'tsx', 'scripts/tools.ts', 'kubeconform', 'opa'], {
      cwd: REPO_ROOT,
      env: { ...env, FAKE_GO_SLEEP: '30' },
      stdio: 'ignore',
    });
    const exited = once(child, 'exit');
    const lock = join(cache, 'kubeconform', `${GO_TOOLS.kubeconform.version}.lock`);
    for (let i = 0; i < 200 && !(await readFile(log, 'utf8')).includes('install'); i++) await sleep(100);
    assert.ok((await stat(lock)).isDirectory(), 'kubeconform is being built');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 143);
    const left = (await readdir(cache, { recursive: true })).filter((p) => p.endsWith('.lock') || p.includes('.tmp-'));
    assert.deepEqual(left, []);
    assert.equal((await readFile(log, 'utf8')).trim().split('\n').length, 1, 'opa was not started');
  });
});
