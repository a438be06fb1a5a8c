import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Inputs } from '../src/index.js';

export function inputsFrom(values: Record<string, string>, workspace = '/workspace'): Inputs {
  return new Inputs((name) => values[name] ?? '', { workspace });
}

export interface FixtureResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Runner variables inherited from a CI job would redirect outputs and inputs away from stdout.
const INHERITED_RUNNER_ENV = /^(INPUT_|GITHUB_(OUTPUT|STEP_SUMMARY|STATE|ENV|PATH)$|RUNNER_DEBUG$|SP_DEBUG$)/;

/** Runs test/fixtures/<name> in a fresh Node process (the binary running the tests) with tsx. */
export function runFixture(name: string, env: Record<string, string> = {}): FixtureResult {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !INHERITED_RUNNER_ENV.test(key)));
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...inherited, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
