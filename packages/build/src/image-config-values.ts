/**
 * The values an append-mode build writes into the image config (ExposedPorts, User,
 * WorkingDir), checked against what a container runtime accepts, so a typo fails the build
 * instead of producing an image that does not start.
 */
import { posix } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';

const PORT = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/;
// A name (POSIX portable, as useradd takes it) or a numeric id, for both user and group.
const USER_PART = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}';
const USER = new RegExp(`^${USER_PART}(?::${USER_PART})?$`);

/** `8080`, `8080/tcp`, `53/udp`: ports 1-65535; returns them as written. */
export function checkPorts(ports: string[]): string[] {
  for (const port of ports) {
    const match = PORT.exec(port);
    const number = match ? Number(match[1]) : 0;
    if (number < 1 || number > 65_535) {
      throw new ActionError(
        `has an invalid port ${JSON.stringify(port.slice(0, 40))}`,
        'write a port number from 1 to 65535, optionally followed by /tcp, /udp or /sctp, e.g. 8080 or 53/udp',
      );
    }
  }
  return ports;
}

export function checkUser(user: string): string {
  if (!USER.test(user)) {
    throw new ActionError('must be a user name or uid, optionally :group or :gid', 'e.g. 65532:65532 (the distroless nonroot user) or nonroot');
  }
  return user;
}

/** An absolute path with nothing to resolve: no `..`, no `.`, no `//`, no trailing slash. */
export function isCleanAbsolutePath(path: string): boolean {
  return path.startsWith('/') && posix.normalize(path) === path && !path.split('/').includes('..');
}

export function checkWorkdir(workdir: string): string {
  if (workdir !== '' && !isCleanAbsolutePath(workdir)) {
    throw new ActionError('must be a clean absolute path', 'e.g. /app (no ".." and no "//")');
  }
  return workdir;
}
