import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Inputs } from '../src/index.js';

export function inputsFrom(values: Record<string, string>, workspace = '/workspace'): Inputs {
  return new Inputs((name) => values[name] ?? '', { workspace });
}

/** Runs fn with the given variables set (undefined unsets), then restores what was there. */
export function withEnv(vars: Record<string, string | undefined>, fn: () => void): void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(vars);
  try {
    fn();
  } finally {
    apply(saved);
  }
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
