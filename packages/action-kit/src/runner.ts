/**
 * The runner's workflow-command protocol (the part of @actions/core the actions use): log
 * commands on stdout, masks, outputs through the GITHUB_OUTPUT file, the failing exit code.
 * Written here because importing @actions/core also evaluates its OIDC client and undici,
 * which alone took an action's start-up past 3x a bare `node -e 0` (see BENCHMARKS.md,
 * start-up); the wire format is the one @actions/core writes.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command key=value,...::message`, escaped as the runner unescapes it. */
export function issueCommand(command: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** Masks `secret` in everything the job prints after this. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', secret);
}

/** Appends `name<<delimiter ... delimiter` to the GITHUB_OUTPUT file (or the legacy command outside one). */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', value, { name });
    return;
  }
  if (!existsSync(file)) throw new Error(`the GITHUB_OUTPUT file ${file} does not exist`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  // A value holding the delimiter could end the value early and forge another output.
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains the delimiter ${delimiter}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

export function warning(message: string): void {
  issueCommand('warning', message);
}

/** Where an annotation points in the repository (the runner shows it on that line of the PR diff). */
export interface AnnotationPlace {
  file?: string;
  line?: number;
  title?: string;
}

/** An `error`, `warning` or `notice` annotation at a file and line. */
export function annotate(level: 'error' | 'warning' | 'notice', message: string, place: AnnotationPlace = {}): void {
  const props: Record<string, string> = {};
  if (place.title) props['title'] = place.title;
  if (place.file) props['file'] = place.file;
  if (place.line !== undefined) props['line'] = String(place.line);
  issueCommand(level, message, props);
}

/** An error annotation and a failing exit code. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', '');
  }
}
