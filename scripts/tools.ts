#!/usr/bin/env -S pnpm exec tsx
// `pnpm run tools [TOOL...]`: builds the pinned Go tools (packages/tools/src/manifest.ts,
// GO_TOOLS) from the Go module proxy into a cache outside the checkout, then prints exactly one
// line per tool on stdout: `<tool> <version> <path>`, `<tool> not served` (the proxy refuses the
// module; the reason goes to stderr) or `<tool> build failed` (exit 1). Progress goes to stderr.
//
// Several worktrees and CI runs on one machine share the cache: each tool version is built
// under a lock into a temporary directory that is renamed into place, so a reader never sees a
// half-written binary and only the first caller builds. Builds use at most 2 parallel jobs.
// The project's own Go programs the tests run (GO_PROGRAMS: the trivy and grype DB writers) are
// built the same way, keyed by a hash of their sources, and printed as `<name> <hash> <path>`.
//
// Environment: GO (the go command, default `go` on PATH; needs Go >= 1.26), XDG_CACHE_HOME,
// GOMODCACHE, GOCACHE (all honoured, so a fresh machine can be measured with empty ones).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { GO_PROGRAMS, type GoProgramName, goProgramDir, goProgramPath, goToolPath } from '../packages/tools/src/go-tools.js';
import { GO_TOOLS, type GoBuild, type GoToolName } from '../packages/tools/src/manifest.js';

const GO = process.env['GO'] || 'go';
const MIN_GO_MINOR = 26;
/** The machines have 2 cores shared with other work: never more than 2 compile jobs. */
const JOBS = '2';

/** Running go commands, stopped with the script. */
const children = new Set<ChildProcess>();

const log = (line: string): void => void process.stderr.write(`tools: ${line}\n`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs go under bash, whose `times` then reports the CPU time of go and every compiler and
 * linker it ran: on a shared machine wall time says little about what a build costs.
 */
async function runTimed(args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<Run & { cpuSeconds?: number }> {
  const result = await run(['-c', '"$@"; status=$?; times >&2; exit $status', 'bash', GO, ...args], env, cwd, 'bash');
  const lines = result.stderr.trimEnd().split('\n');
  const children = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(lines.at(-1) ?? '');
  if (!children) return result;
  const cpuSeconds = Math.round(Number(children[1]) * 60 + Number(children[2]) + Number(children[3]) * 60 + Number(children[4]));
  return { ...result, stderr: lines.slice(0, -2).join('\n'), cpuSeconds };
}

function run(args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string, command = GO): Promise<Run> {
  return new Promise((resolve, reject) => {
    // Its own process group, so an interrupt stops go and the compilers it started together.
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, GOTOOLCHAIN: 'local', CGO_ENABLED: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}

/** The proxy's answer for a module it does not serve (it lists no version / refuses the zip). */
const REFUSED = /\b(403 Forbidden|404 Not Found|410 Gone)\b|not available/;

class NotServedError extends Error {}

async function checkGo(): Promise<string> {
  let result: Run;
  try {
    result = await run(['env', 'GOVERSION']);
  } catch {
    throw new Error(`cannot run "${GO}": install Go 1.${MIN_GO_MINOR} or newer (https://go.dev/dl) or set GO to its go binary`);
  }
  const version = result.stdout.trim();
  const minor = /^go1\.(\d+)/.exec(version)?.[1];
  if (result.code !== 0 || minor === undefined || Number(minor) < MIN_GO_MINOR) {
    throw new Error(`"${GO}" is ${version || 'unusable'}; the pinned tools need Go 1.${MIN_GO_MINOR} or newer: put /usr/local/go/bin first on PATH or set GO`);
  }
  return version;
}

/** Downloads a module (not its dependencies) and returns its go.mod, refusals as NotServedError. */
async function downloadModule(module: string, version: string): Promise<{ goMod: string }> {
  const result = await run(['mod', 'download', '-json', `${module}@${version}`]);
  let info: { GoMod?: string; Error?: string } = {};
  try {
    info = JSON.parse(result.stdout) as typeof info;
  } catch {
    // no JSON: the error is on stderr
  }
  const error = info.Error ?? (result.code !== 0 ? result.stderr.trim() : undefined);
  if (error !== undefined) {
    if (REFUSED.test(error)) throw new NotServedError(`the Go module proxy refuses ${module}@${version}: ${error.split('\n').join(' ')}`);
    throw new Error(`go mod download ${module}@${version} failed: ${error}`);
  }
  return { goMod: await readFile(info.GoMod!, 'utf8') };
}

/** The version of `dependency` that the go.mod of `module@version` requires. */
async function requiredVersion(module: string, version: string, dependency: string): Promise<string | undefined> {
  const { goMod } = await downloadModule(module, version);
  const escaped = dependency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*(?:require\\s+)?${escaped}\\s+(v\\S+)`, 'm').exec(goMod)?.[1];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock directory holding the owner's PID. A lock whose owner has died (killed CI run) is
 * taken over; a lock without a PID yet is young by construction unless it is a minute old.
 */
async function withLock<T>(lockDir: string, what: string, body: () => Promise<T>): Promise<T> {
  let announced = false;
  for (;;) {
    try {
      await mkdir(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(await readFile(join(lockDir, 'pid'), 'utf8').catch(() => ''));
    const age =
      Date.now() -
      (await stat(lockDir).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      ));
    if ((pid > 0 && !isAlive(pid)) || (!(pid > 0) && age > 60_000)) {
      log(`removing the stale lock ${lockDir} (owner ${pid > 0 ? `PID ${pid} is gone` : 'never wrote its PID'})`);
      await rm(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) log(`waiting for PID ${pid || '?'}, which is building ${what}`);
    announced = true;
    await sleep(2000);
  }
  cleanups.add(lockDir);
  try {
    await writeFile(join(lockDir, 'pid'), String(process.pid));
    return await body();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
    cleanups.delete(lockDir);
  }
}

/** Directories to remove when the script is interrupted (locks and half-built temp dirs). */
const cleanups = new Set<string>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const child of children) if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    // Synchronously, then exit at once: an asynchronous pause would let the main loop go on to
    // the next tool and take (and leave) its lock.
    for (const dir of cleanups) rmSync(dir, { recursive: true, force: true });
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function ldflags(build: GoBuild): string {
  const plain = build.version.replace(/^v/, '');
  return ['-s', '-w', ...(build.ldflags ?? []).map((x) => `-X=${x.replaceAll('{version}', plain)}`)].join(' ');
}

/** One thing to build: where it lands and how to build it into a temporary directory. */
interface Target {
  name: string;
  /** Module version, or the source hash of one of the project's programs. */
  version: string;
  path: string;
  /** Checks to run under the lock before building (may download modules). */
  prepare?: () => Promise<void>;
  args: (temp: string) => string[];
  env?: Record<string, string>;
  cwd?: string;
  record: Record<string, unknown>;
}

function toolTarget(name: GoToolName): Target {
  const spec: GoBuild = GO_TOOLS[name];
  return {
    name,
    version: spec.version,
    path: goToolPath(name),
    prepare: async () => {
      if (spec.versionFrom !== undefined) {
        const brought = await requiredVersion(spec.versionFrom, GO_TOOLS_BY_MODULE.get(spec.versionFrom)!.version, spec.module);
        if (brought !== spec.version) {
          throw new Error(
            `${spec.versionFrom} requires ${spec.module} ${brought ?? '(none)'}, the manifest pins ${spec.version}: pin GO_TOOLS.${name}.version to ${brought} in packages/tools/src/manifest.ts`,
          );
        }
      }
      await downloadModule(spec.module, spec.version);
    },
    args: () => ['install', '-p', JOBS, '-trimpath', `-ldflags=${ldflags(spec)}`, `${spec.package}@${spec.version}`],
    env: { ...spec.env },
    record: { ...spec },
  };
}

function programTarget(name: GoProgramName): Target {
  const path = goProgramPath(name);
  return {
    name,
    version: basename(dirname(path)),
    path,
    // go.sum pins every module: -mod=readonly refuses to build anything it does not list.
    args: (temp) => ['build', '-p', JOBS, '-mod=readonly', '-trimpath', '-ldflags=-s -w', '-o', join(temp, name), '.'],
    cwd: goProgramDir(name),
    record: { program: GO_PROGRAMS[name] },
  };
}

async function build(target: Target, goVersion: string): Promise<string> {
  const versionDir = dirname(target.path);
  const binary = basename(target.path);
  if (await exists(target.path)) return target.path;
  await mkdir(dirname(versionDir), { recursive: true });
  return withLock(`${versionDir}.lock`, `${target.name} ${target.version}`, async () => {
    if (await exists(target.path)) return target.path; // built by the lock's previous owner
    await target.prepare?.();
    const temp = join(dirname(versionDir), `.tmp-${target.version}-${process.pid}-${randomBytes(4).toString('hex')}`);
    cleanups.add(temp);
    try {
      await mkdir(temp);
      log(`building ${target.name} ${target.version}`);
      const started = performance.now();
      const result = await runTimed(target.args(temp), { ...target.env, GOBIN: temp }, target.cwd);
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      if (result.code !== 0) {
        if (REFUSED.test(result.stderr)) throw new NotServedError(`a module ${target.name} needs is not served: ${lastLines(result.stderr)}`);
        throw new Error(`go ${target.args(temp).join(' ')} failed:\n${lastLines(result.stderr)}`);
      }
      const size = (await stat(join(temp, binary))).size;
      await writeFile(
        join(temp, 'build.json'),
        `${JSON.stringify({ ...target.record, go: goVersion, seconds, cpuSeconds: result.cpuSeconds, bytes: size, builtAt: new Date().toISOString() }, null, 2)}\n`,
      );
      await rename(temp, versionDir);
      log(`built ${target.name} ${target.version} in ${seconds} s, ${result.cpuSeconds ?? '?'} s of CPU (${(size / 1048576).toFixed(1)} MiB)`);
      return target.path;
    } finally {
      await rm(temp, { recursive: true, force: true });
      cleanups.delete(temp);
    }
  });
}

const GO_TOOLS_BY_MODULE = new Map<string, GoBuild>(Object.values(GO_TOOLS).map((b: GoBuild) => [b.module, b]));

function lastLines(text: string, count = 15): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

async function main(): Promise<number> {
  const tools = Object.keys(GO_TOOLS) as GoToolName[];
  const programs = Object.keys(GO_PROGRAMS) as GoProgramName[];
  const all: string[] = [...tools, ...programs];
  const asked = process.argv.slice(2).filter((a) => a !== '--');
  const unknown = asked.filter((a) => !all.includes(a));
  if (unknown.length > 0) {
    log(`unknown tool ${unknown.join(', ')}; the pinned tools are ${all.join(', ')}`);
    return 2;
  }
  const names = asked.length > 0 ? asked : all;
  const goVersion = await checkGo();
  const started = performance.now();
  const lines: string[] = [];
  let failed = false;
  for (const name of names) {
    const target = (tools as string[]).includes(name) ? toolTarget(name as GoToolName) : programTarget(name as GoProgramName);
    try {
      lines.push(`${name} ${target.version} ${await build(target, goVersion)}`);
    } catch (error) {
      if (error instanceof NotServedError) {
        log(`${name}: ${error.message}`);
        lines.push(`${name} not served`);
      } else {
        log(`${name}: ${(error as Error).message}`);
        lines.push(`${name} build failed`);
        failed = true;
      }
    }
  }
  log(`done in ${Math.round((performance.now() - started) / 1000)} s with ${goVersion}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log((error as Error).message);
    process.exit(1);
  },
);
