/**
 * The next version of a service: semver, taken from a file the service keeps, or computed from
 * the last version tag and the conventional-commit types of the commits since it
 * (`feat` -> minor, a `!` after the type or a `BREAKING CHANGE:` footer -> major, anything else ->
 * patch; for 0.y.z a breaking change bumps the minor, as semver's "anything may change" allows).
 */
import semver from 'semver';
import { PlanError } from './errors.js';

export interface VersionFacts {
  /** Content of the service's version file, when it keeps one. */
  file?: { path: string; content: string };
  /** The newest version tag reachable from the commit (e.g. `v1.4.2`), if any. */
  lastTag?: string;
  /** Full messages of the commits after `lastTag` (all commits when there is none), newest first. */
  commits: string[];
}

export type Bump = 'major' | 'minor' | 'patch';

const HEADER = /^(?<type>[a-z]+)(?:\([^)\n]*\))?(?<breaking>!)?: \S/i;

/** The release type one conventional commit asks for (non-conventional messages count as a patch). */
export function commitBump(message: string): Bump {
  const [header = ''] = message.split('\n', 1);
  const match = HEADER.exec(header);
  if (match?.groups?.breaking || /^BREAKING[ -]CHANGE: /m.test(message)) return 'major';
  if (match?.groups?.type?.toLowerCase() === 'feat') return 'minor';
  return 'patch';
}

const ORDER: Bump[] = ['patch', 'minor', 'major'];

/** The largest bump the commits ask for; undefined when there are none. */
export function releaseType(commits: string[]): Bump | undefined {
  let best: Bump | undefined;
  for (const message of commits) {
    const bump = commitBump(message);
    if (best === undefined || ORDER.indexOf(bump) > ORDER.indexOf(best)) best = bump;
  }
  return best;
}

/** `v1.2.3` -> `1.2.3` when it is a strict semver release after the prefix; undefined otherwise. */
export function versionOfTag(tag: string, prefix: string): string | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const version = tag.slice(prefix.length);
  return semver.valid(version) === version ? version : undefined;
}

export interface NextVersion {
  version: string;
  /** Where it came from, for the plan's explanation. */
  source: string;
}

/**
 * The version this release gets, or undefined when nothing changed since the last version tag
 * (a rebuild of an already released commit releases nothing new).
 */
export function nextVersion(facts: VersionFacts, prefix: string): NextVersion | undefined {
  if (facts.file) {
    const version = facts.file.content.trim().replace(/^v/, '');
    if (semver.valid(version) !== version || semver.prerelease(version) !== null) {
      throw new PlanError(
        `${facts.file.path} holds "${facts.file.content.trim().slice(0, 40)}", which is not a semver release version`,
        'write one version such as 1.4.0 (no pre-release part) into the file',
      );
    }
    return { version, source: facts.file.path };
  }
  const last = facts.lastTag === undefined ? undefined : versionOfTag(facts.lastTag, prefix);
  if (facts.lastTag !== undefined && last === undefined) {
    throw new PlanError(
      `the last version tag "${facts.lastTag}" is not ${prefix}X.Y.Z semver`,
      `tag releases as ${prefix}1.2.3, or set tag-prefix to the prefix your tags use`,
    );
  }
  const type = releaseType(facts.commits);
  if (type === undefined) return undefined;
  if (last === undefined) return { version: type === 'major' ? '1.0.0' : '0.1.0', source: `${facts.commits.length} commit(s), no earlier version tag` };
  const effective = semver.major(last) === 0 && type === 'major' ? 'minor' : type;
  return { version: semver.inc(last, effective)!, source: `${type} change(s) in ${facts.commits.length} commit(s) since ${facts.lastTag}` };
}
