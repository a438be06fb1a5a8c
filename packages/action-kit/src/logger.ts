import * as core from './runner.js';

/** Lets library code log without knowing whether it runs inside an action, a CLI or a test. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  group: (name, fn) => core.group(name, fn),
};

export const consoleLogger: Logger = {
  // Read at call time so SP_DEBUG can be toggled without reloading the module.
  debug: (message) => {
    if (process.env['SP_DEBUG'] === '1') process.stderr.write(`debug: ${message}\n`);
  },
  info: (message) => {
    process.stdout.write(`${message}\n`);
  },
  warning: (message) => {
    process.stderr.write(`warning: ${message}\n`);
  },
  group: (name, fn) => {
    process.stdout.write(`== ${name} ==\n`);
    return fn();
  },
};

export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  group: (_name, fn) => fn(),
};
