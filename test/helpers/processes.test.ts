import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { NODE_BINARY, REPO_ROOT } from './action-runner.js';
import { freePort } from './ports.js';
import { type ManagedProcess, OUTPUT_LIMIT, runningPids, startProcess, waitForHttp } from './processes.js';

const node = NODE_BINARY;
const started: ManagedProcess[] = [];
let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sp-processes-test-'));
});
after(async () => {
  await Promise.all(started.map((p) => p.stop()));
  await rm(dir, { recursive: true, force: true });
});

function start(...args: Parameters<typeof startProcess>): ManagedProcess {
  const p = startProcess(...args);
  started.push(p);
  return p;
}

/** Running (a zombie waiting for a reaper counts as dead; PID 1 in some sandboxes reaps slowly). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

const HTTP_SERVER = `
const http = require('node:http');
const port = Number(process.argv[1]);
console.log('booting on', port, 'env', process.env.SP_TEST_VAR, 'cwd', process.cwd());
console.error('to stderr');
setTimeout(() => {
  http.createServer((req, res) => { res.statusCode = req.url === '/teapot' ? 418 : 204; res.end(); })
    .listen(port, '127.0.0.1', () => console.log('listening'));
}, 300);
process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(0); });
`;

describe('freePort', () => {
  test('returns distinct bindable ports on 127.0.0.1', async () => {
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    for (const port of ports) assert.ok(Number.isInteger(port) && port > 0 && port < 65536);
    assert.equal(new Set(ports).size, ports.length, `distinct: ${ports.join(', ')}`);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ports[0], '127.0.0.1', () => resolve());
    });
    await new Promise((r) => server.close(r));
  });
});

describe('startProcess / waitForHttp', () => {
  test('starts a server, waits for it, captures output, stops it with SIGTERM', async () => {
    const port = await freePort();
    const logFile = join(dir, 'server.log');
    const p = start(node, ['-e', HTTP_SERVER, String(port)], { env: { SP_TEST_VAR: 'hello' }, cwd: dir, logFile });
    assert.ok(p.pid > 0);
    assert.ok(p.running);
    assert.ok(runningPids().includes(p.pid));
    await waitForHttp(`http://127.0.0.1:${port}/`, { process: p });
    await waitForHttp(`http://127.0.0.1:${port}/teapot`, { okStatuses: [418] });
    assert.match(p.output(), /booting on \d+ env hello cwd .*sp-processes-test-/);
    assert.match(p.output(), /to stderr/);
    await p.stop();
    assert.equal(p.running, false);
    assert.equal(p.exitCode, 0);
    assert.match(p.output(), /got SIGTERM/);
    assert.equal(alive(p.pid), false);
    assert.ok(!runningPids().includes(p.pid));
    assert.match(await readFile(logFile, 'utf8'), /listening[\s\S]*got SIGTERM/);
    await p.stop(); // idempotent
  });

  test('SIGKILL after the grace period when SIGTERM is ignored', async () => {
    const p = start(node, ['-e', 'process.on("SIGTERM", () => console.log("ignoring")); console.log("ready"); setInterval(() => {}, 1000);']);
    while (!p.output().includes('ready')) await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    await p.stop(400);
    const elapsed = Date.now() - t0;
    assert.ok(elapsed >= 350, `stopped after ${elapsed} ms`);
    assert.equal(p.signal, 'SIGKILL');
    assert.match(p.output(), /ignoring/);
    assert.equal(alive(p.pid), false);
  });

  test('output keeps only the last 64 KiB', async () => {
    const p = start(node, ['-e', `process.stdout.write('A'.repeat(${OUTPUT_LIMIT}) + 'B'.repeat(${OUTPUT_LIMIT}) + 'END')`]);
    await p.exited;
    const out = p.output();
    assert.equal(out.length, OUTPUT_LIMIT);
    assert.ok(out.endsWith('END'));
    assert.ok(!out.includes('A'));
  });

  test('inheritEnv: false gives a clean environment', async () => {
    const p = start(node, ['-e', 'console.log(JSON.stringify(Object.keys(process.env).sort()))'], { inheritEnv: false, env: { ONLY: '1' } });
    await p.exited;
    assert.deepEqual(JSON.parse(p.output()), ['ONLY']);
  });

  test('waitForHttp times out with the process output, and fails fast when the process exits', async () => {
    const port = await freePort();
    const silent = start(node, ['-e', 'console.log("never listens"); setInterval(() => {}, 1000);']);
    await assert.rejects(waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 400, process: silent }), (err: Error) => {
      assert.match(err.message, /not up after 400 ms/);
      assert.match(err.message, /never listens/);
      return true;
    });
    await silent.stop();

    // "exited early", not "not up after 60000 ms": it stopped waiting when the process died.
    const crashing = start(node, ['-e', 'console.error("config error: boom"); process.exit(3)']);
    await assert.rejects(waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 60_000, process: crashing }), /exited early \(code 3[\s\S]*config error: boom/);

    // Wrong status keeps polling until timeout.
    const server = start(node, ['-e', HTTP_SERVER, String(port)]);
    await waitForHttp(`http://127.0.0.1:${port}/`, { process: server });
    await assert.rejects(waitForHttp(`http://127.0.0.1:${port}/`, { okStatuses: [200], timeoutMs: 300 }), /HTTP 204 \(want 200\)/);
  });

  test('a missing binary reports instead of hanging', async () => {
    const p = start('/nonexistent/binary-xyz', []);
    await p.exited;
    assert.equal(p.running, false);
    assert.match(p.output(), /failed to start .*ENOENT/);
    await assert.rejects(waitForHttp('http://127.0.0.1:1/', { process: p, timeoutMs: 2000 }), /exited early/);
    await p.stop();
  });

  test('the exit handler SIGKILLs children left running when the test process exits', async () => {
    const script = join(dir, 'leaky.mts');
    const helper = new URL('./processes.ts', import.meta.url).href;
    await writeFile(
      script,
      `import { startProcess } from ${JSON.stringify(helper)};\n` +
        `const p = startProcess(${JSON.stringify(node)}, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)']);\n` +
        `console.log(p.pid);\n` +
        `setTimeout(() => process.exit(0), 200);\n`,
    );
    const { stdout } = await promisify(execFile)(node, ['--import', 'tsx', script], { cwd: REPO_ROOT, timeout: 20000 });
    const pid = Number(stdout.trim());
    assert.ok(pid > 0, stdout);
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(alive(pid), false, `child ${pid} still alive`);

    // Also when the loop simply runs dry (children do not keep the process alive).
    await writeFile(
      script,
      `import { startProcess } from ${JSON.stringify(helper)};\nconsole.log(startProcess(${JSON.stringify(node)}, ['-e', 'setInterval(() => {}, 1000)']).pid);\n`,
    );
    const second = await promisify(execFile)(node, ['--import', 'tsx', script], { cwd: REPO_ROOT, timeout: 20000 });
    const pid2 = Number(second.stdout.trim());
    for (let i = 0; i < 50 && alive(pid2); i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(alive(pid2), false, `child ${pid2} still alive`);
  });
});
