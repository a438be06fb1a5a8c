import { randomBytes } from 'node:crypto';
import type { Pin } from '../edit/index.js';
import { TargetEditor } from './bump-files.js';
import { type BumpRecord, compareBumps, readBumpRecords } from './bump-record.js';
import { type CommitCopy, type ConfigRepoTransport, QUEUE_NAMESPACE, type QueuedBump, recordKey } from './config-repo.js';
import { blobSha } from './git-objects.js';

/**
 * Batch mode: bumps of one branch landing together instead of racing.
 *
 * Uncoordinated retries of a compare-and-swap waste most attempts once many writers start
 * together (each landing costs the others their attempt, as in ALOHA, whose throughput tops out
 * near 1/e). In batch mode a refused bump publishes its commit under
 * `refs/service-pipeline/queue/<branch>/<ms>-<hex>` and waits; the run of the oldest queued bump
 * (or any run not queued itself) copies every queued bump it can onto the tip (a commit each,
 * with its own message, records and author), adds its own edit and lands them all in one atomic
 * push that also deletes their queue refs. The owner of a queued bump finds its ref gone and its commit in
 * the history. A queued bump is copied only when it still is what a bump writes: one parent in
 * the branch's recent history, records newer than anything landed for their images since, every
 * changed file untouched on the tip since, and its blobs exactly what the editor writes for its
 * records' images into those files. Anything else stays queued for its owner, who redoes it.
 */

/** A queued bump older than this is not landed by others (its run is gone or stuck) and is deleted. */
export const QUEUE_TTL_MS = 10 * 60_000;

/** A fresh queue ref for `branch`: ordered by time, unique by its random part. */
export function queueRef(branch: string, now = Date.now()): string {
  return `${QUEUE_NAMESPACE}/${branch}/${now}-${randomBytes(4).toString('hex')}`;
}

function queuedAt(ref: string): number {
  return Number(/\/(\d{13})-[0-9a-f]{8}$/.exec(ref)?.[1] ?? 0);
}

/** Queued further ahead than runners' clocks drift apart: not from a run, and deleted like an expired one. */
const CLOCK_SKEW_MS = 60_000;

function expired(ref: string, now: number): boolean {
  const age = now - queuedAt(ref);
  return age > QUEUE_TTL_MS || age < -CLOCK_SKEW_MS;
}

/**
 * A queued run waits while an older queued bump's run lands the queue (one copier at a time,
 * not every waiter copying the same bumps and all but one losing the race). A bump queued longer
 * ago than this no longer leads: its run may be gone (or it was never a run's), so the next
 * oldest run copies.
 */
export const LEADER_PATIENCE_MS = 30_000;

/** The oldest bump queued within LEADER_PATIENCE_MS: its run lands the queue. */
export function queueLeader(queued: readonly QueuedBump[], now = Date.now()): QueuedBump | undefined {
  return queued.filter((q) => Math.abs(now - queuedAt(q.ref)) <= LEADER_PATIENCE_MS).sort((a, b) => (a.ref < b.ref ? -1 : 1))[0];
}

/** Queued bumps looked at per landing: a flood of queue refs costs a bounded amount of reads each time. */
export const MAX_PER_PUSH = 100;

export interface Chain {
  /** The tip with every copied bump on it (the branch tip when none was). */
  tip: string;
  /** Queued bumps copied onto the chain, and queued bumps found landed, expired or no bump at all: deleted with the landing. */
  drop: QueuedBump[];
  /** How many of `drop` were copied. */
  copied: number;
  /** The records the copied bumps carry, to order this run's own images against. */
  records: BumpRecord[];
  /** Queued bumps left for their owners, each with why. */
  left: { ref: string; why: string }[];
}

/** Copies the queued bumps of others (all but `own`) that can land as they are onto `tip`. */
export async function chainQueued(
  transport: ConfigRepoTransport,
  tip: string,
  queued: readonly QueuedBump[],
  options: { own?: string; committer: { name: string; email: string }; depth: number; now?: number },
): Promise<Chain> {
  const now = options.now ?? Date.now();
  const chain: Chain = { tip, drop: [], copied: 0, records: [], left: [] };
  // The oldest first, and at most MAX_PER_PUSH of them: the rest wait for the next landing.
  const others = queued
    .filter((q) => q.ref !== options.own)
    .sort((a, b) => (a.ref < b.ref ? -1 : 1))
    .slice(0, MAX_PER_PUSH);
  if (others.length === 0) return chain;
  // A queued ref may name anything (whoever can push refs can write one): what is no bump commit is deleted.
  const commits = new Map(await Promise.all(others.map(async (q) => [q.ref, await transport.readCommit(q.commit).catch(() => undefined)] as const)));
  const bases = new Set([...commits.values()].flatMap((c) => c?.parents.slice(0, 1) ?? []));
  const history = await transport.history(tip, options.depth * 10, bases);
  // The checks that need reads run for every queued bump at once; then the copies, in queue
  // order, each on the one before (a later bump of a file or image already copied is left).
  const tipTree = await transport.tree(tip);
  const checked = await Promise.all(
    others.map(async (q) => {
      if (expired(q.ref, now)) return { q, found: 'expired' as const };
      try {
        return { q, found: await copyable(q) };
      } catch (error) {
        return { q, found: `could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
      }
    }),
  );
  const touched = new Set<string>();
  const copies: CommitCopy[] = [];
  for (const { q, found } of checked) {
    if (found === 'expired' || found === 'landed' || found === 'not a bump') chain.drop.push(q);
    else if (typeof found === 'string') chain.left.push({ ref: q.ref, why: found });
    else {
      const file = found.files.find((f) => touched.has(f.path));
      const record = found.records.find((r) => chain.records.some((c) => recordKey(c) === recordKey(r)));
      if (file || record) {
        chain.left.push({
          ref: q.ref,
          why: file ? `${file.path} is changed by an earlier queued bump` : `${record!.image} is bumped by an earlier queued bump`,
        });
        continue;
      }
      copies.push({ from: q.commit, files: found.files });
      for (const f of found.files) touched.add(f.path);
      chain.records.push(...found.records);
      chain.drop.push(q);
      chain.copied++;
    }
  }
  if (copies.length > 0) chain.tip = await transport.copyCommits(tip, copies, options.committer);
  return chain;

  async function copyable(q: QueuedBump): Promise<string | { files: { path: string; mode: string; sha: string }[]; records: BumpRecord[] }> {
    const commit = commits.get(q.ref);
    // No run queues anything but a one-parent commit with bump records: anything else is deleted.
    if (!commit) return 'not a bump';
    const records = readBumpRecords(commit.message);
    if (commit.parents.length !== 1 || records.length === 0) return 'not a bump';
    const base = history.findIndex((c) => c.sha === commit.parents[0]);
    if (base === -1) return `made on ${commit.parents[0]!.slice(0, 12)}, not in the last ${options.depth * 10} commits of the branch`;
    const since = history.slice(0, base);
    if (since.some((c) => sameMessage(c.message, commit.message))) return 'landed';
    for (const record of records) {
      const newer = landedSince(since, record);
      if (newer && compareBumps(record, newer) !== 'newer') return `${record.image} in ${record.environment} has landed since as ${newer.tag ?? newer.digest}`;
    }
    const changed = await transport.changedFiles(commit.parents[0]!, q.commit);
    if (typeof changed === 'string') return changed;
    for (const file of changed) {
      const now = await tipTree.entry(file.path);
      if (now?.sha !== file.old || now.mode !== file.mode) return `${file.path} changed since it was queued`;
    }
    const why = await reproduced(transport, commit.parents[0]!, changed, records);
    if (why) return why;
    return { files: changed.map(({ path, mode, sha }) => ({ path, mode, sha })), records };
  }
}

/**
 * Why the editor, given the records' images and the changed files (detected, default Helm
 * paths), does not write exactly the queued blobs on the queued bump's parent; undefined when it
 * does. So only what a bump of those images would write is ever copied, whoever queued it.
 */
async function reproduced(
  transport: ConfigRepoTransport,
  parent: string,
  changed: readonly { path: string; sha: string }[],
  records: readonly BumpRecord[],
): Promise<string | undefined> {
  const pin: Pin | undefined = records.every((r) => r.tag && r.digest)
    ? 'tag+digest'
    : records.every((r) => r.tag)
      ? 'tag'
      : records.every((r) => r.digest)
        ? 'digest'
        : undefined;
  if (!pin) return 'its records pin tags and digests unevenly';
  const images = records.map((r) => ({ name: r.image, ...(r.tag ? { tag: r.tag } : {}), ...(r.digest ? { digest: r.digest } : {}) }));
  try {
    const editor = new TargetEditor(
      transport,
      changed.map((f) => ({ file: f.path, kind: 'auto' as const })),
      images,
      pin,
    );
    const written = new Map((await editor.edit(parent)).writes.map((w) => [w.path, blobSha(w.text)]));
    const differs = changed.find((f) => written.get(f.path) !== f.sha);
    return differs || written.size !== changed.length ? `${differs?.path ?? 'a file'} is not what a bump of its records writes` : undefined;
  } catch (error) {
    return `its records cannot be re-applied (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/** Commit messages compared as both transports give them (the API drops the trailing newline). */
export function sameMessage(a: string, b: string): boolean {
  return a.trimEnd() === b.trimEnd();
}

function landedSince(commits: readonly { message: string }[], record: BumpRecord): BumpRecord | undefined {
  for (const c of commits) {
    const found = readBumpRecords(c.message).find((r) => recordKey(r) === recordKey(record));
    if (found) return found;
  }
  return undefined;
}
