import { ActionError } from '@service-pipeline/action-kit';
import { type Change, type EditContext, editImage, type NewImage, type Pin, TargetNotFoundError, type TargetSpec } from '../edit/index.js';
import { chartContextFor } from './chart-context.js';
import type { ConfigRepoTransport, FileWrite, Tree } from './config-repo.js';
import { MissingTargetFileError, PathEscapeError, resolveInTree } from './repo-paths.js';

/** An edit of one image in one file, as the bump reports it. */
export interface ImageChange extends Change {
  /** The image name the change belongs to. */
  image: string;
}

export interface EditedFiles {
  /** Per image name: whether some target carries its tag / its digest once edited. */
  carries: Map<string, { tag: boolean; digest: boolean }>;
  writes: FileWrite[];
  /** For the diff: every edited file before and after. */
  texts: { path: string; before: string; after: string }[];
  changes: ImageChange[];
  notes: string[];
}

interface CachedEdit {
  text: string;
  changes: ImageChange[];
  notes: string[];
  /** Images the file holds (changed or already current), with what it carries of each. */
  held: Map<string, { tag: boolean; digest: boolean }>;
  /** Why each image the file does not hold was not found, for the error when no file holds it. */
  misses: Map<string, TargetNotFoundError>;
}

/**
 * Reads the target files from a commit's tree and applies every image to every target that
 * holds it, in memory. A file that holds none of the images, or an image that no file holds,
 * is an error (the editor's, naming the file and what it found). Edits are cached by the blob
 * and chart template hashes they were made from, so a retry on a new branch tip re-edits only
 * the files that changed in between.
 */
export class TargetEditor {
  private readonly cache = new Map<string, CachedEdit>();
  private readonly blobs = new Map<string, string>();

  constructor(
    private readonly transport: ConfigRepoTransport,
    private readonly targets: readonly TargetSpec[],
    private readonly images: readonly NewImage[],
    private readonly pin: Pin,
  ) {}

  /** The targets at a commit: resolved path, blob, text and (for values files of a chart in the repository) the chart. */
  async readFiles(commit: string) {
    const tree = await this.transport.tree(commit);
    const resolved = await Promise.all(this.targets.map(async (target) => ({ target, ...(await this.resolve(tree, target.file)) })));
    const contexts = new Map(
      await Promise.all(resolved.map(async ({ path }) => [path, await chartContextFor(tree, path, (shas) => this.read(shas))] as const)),
    );
    await this.read(resolved.map((r) => r.entry.sha));
    return resolved.map((r) => ({ ...r, text: this.blobs.get(r.entry.sha)!, chart: contexts.get(r.path) }));
  }

  async edit(commit: string): Promise<EditedFiles> {
    const resolved = await this.readFiles(commit);
    const contexts = new Map(resolved.map((r) => [r.path, r.chart]));

    const byPath = new Map<string, typeof resolved>();
    for (const r of resolved) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);
    const result: EditedFiles = { carries: new Map(), writes: [], texts: [], changes: [], notes: [] };
    const held = result.carries;
    const misses = new Map<string, TargetNotFoundError>();
    for (const [path, group] of byPath) {
      const context = contexts.get(path);
      const key = [path, group[0]!.entry.sha, ...group.map((g) => g.target.file), ...(context?.key ?? [])].join('\0');
      const edit =
        this.cache.get(key) ??
        this.editFile(
          this.blobs.get(group[0]!.entry.sha)!,
          group.map((g) => g.target),
          context?.context,
        );
      this.cache.set(key, edit);
      for (const [image, carries] of edit.held) {
        const sum = held.get(image) ?? { tag: false, digest: false };
        held.set(image, { tag: sum.tag || carries.tag, digest: sum.digest || carries.digest });
      }
      for (const [image, miss] of edit.misses) if (!misses.has(image)) misses.set(image, miss);
      result.changes.push(...edit.changes);
      result.notes.push(...edit.notes);
      const before = this.blobs.get(group[0]!.entry.sha)!;
      if (edit.text !== before) {
        result.writes.push({ path, mode: group[0]!.entry.mode, text: edit.text });
        result.texts.push({ path, before, after: edit.text });
      }
    }
    for (const image of this.images) {
      if (!held.has(image.name)) throw misses.get(image.name) ?? new ActionError(`no target holds ${image.name}`, 'add the file that references it to targets');
    }
    return result;
  }

  /** Every image in every target of one file, one after another on the same text. */
  private editFile(original: string, targets: TargetSpec[], context: EditContext | undefined): CachedEdit {
    let text = original;
    const changes: ImageChange[] = [];
    const notes: string[] = [];
    const held = new Map<string, { tag: boolean; digest: boolean }>();
    const misses = new Map<string, TargetNotFoundError>();
    for (const target of targets) {
      let count = 0;
      let firstMiss: TargetNotFoundError | undefined;
      for (const image of this.images) {
        try {
          const edit = editImage(text, target, image, this.pin, context);
          text = edit.text;
          const sum = held.get(image.name) ?? { tag: false, digest: false };
          held.set(image.name, { tag: sum.tag || edit.carries.tag, digest: sum.digest || edit.carries.digest });
          count++;
          changes.push(...edit.changes.map((c) => ({ ...c, file: target.file, image: image.name })));
          notes.push(...edit.notes.map((note) => `${target.file}: ${note}`));
        } catch (error) {
          if (!(error instanceof TargetNotFoundError) || this.images.length === 1) throw error;
          firstMiss ??= error;
          if (!misses.has(image.name)) misses.set(image.name, error);
        }
      }
      if (count === 0 && firstMiss) throw firstMiss;
    }
    return { text, changes, notes: [...new Set(notes)], held, misses };
  }

  private async resolve(tree: Tree, file: string) {
    try {
      return await resolveInTree(tree, file, async (sha) => (await this.read([sha])).get(sha)!);
    } catch (error) {
      if (error instanceof PathEscapeError)
        throw new ActionError(error.message, 'point the target at the real file inside the config repository', { cause: error });
      if (error instanceof MissingTargetFileError)
        throw new ActionError(error.message, 'check the targets input: paths are relative to the config repository root and case-sensitive', { cause: error });
      throw error;
    }
  }

  private async read(shas: readonly string[]): Promise<Map<string, string>> {
    const missing = shas.filter((sha) => !this.blobs.has(sha));
    if (missing.length > 0) for (const [sha, text] of await this.transport.readBlobs(missing)) this.blobs.set(sha, text);
    return new Map(shas.map((sha) => [sha, this.blobs.get(sha)!]));
  }
}
