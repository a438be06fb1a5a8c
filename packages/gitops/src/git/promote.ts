import { ActionError } from '@service-pipeline/action-kit';
import { type Pin, readImage, type TargetSpec } from '../edit/index.js';
import { type BumpImagesOptions, type BumpResult, type ImageBump, runBump } from './bump.js';
import { TargetEditor } from './bump-files.js';
import { recordKey } from './config-repo.js';
import { checkedRepoPath } from './repo-paths.js';

export interface PromoteOptions extends Omit<BumpImagesOptions, 'images' | 'pin'> {
  /** The images to promote, by name (no tag or digest): their references are read from `from`. */
  images: { name: string; service?: string }[];
  /** The environment whose running images are copied, and the files that say what it runs. */
  from: { environment: string; targets: TargetSpec[] };
  /** What to write into this environment. Default: what the source files carry (tag and digest when both do). */
  pin?: Pin;
}

/**
 * Promotion: copies the image references environment A runs (read from A's files at the tip of
 * the branch) into environment B's targets, in one commit, usually through a pull request. Each
 * promoted image keeps the build time and source of the bump that brought it to A (when A's
 * history still has it), so B's own out-of-order guard orders promotions like bumps.
 */
export async function promoteImages(options: PromoteOptions): Promise<BumpResult> {
  const { from, images } = options;
  if (images.length === 0) throw new Error('promoteImages: no image');
  if (from.environment === options.environment)
    throw new ActionError(`the promotion copies ${from.environment} into itself`, 'set the environment to promote into, different from the source environment');
  const sourceTargets = from.targets.map((target) => ({
    ...target,
    file: checkedRepoPath(target.file, 'name the source files relative to the config repository root, without ".." or a leading "/"'),
  }));
  const group = options.group ?? (images.length === 1 ? serviceOf(images[0]!) : `promotion-from-${from.environment}`);
  const bump: BumpImagesOptions = {
    ...options,
    group,
    commitMessage: options.commitMessage ?? `Promote {service} from ${from.environment} to {environment}: {new}`,
    images: [],
    pin: options.pin ?? 'tag',
  };
  return runBump(
    bump,
    (field, index) => `images[${index}].${field === 'image' ? 'name' : field}`,
    async (transport, tip, depth) => {
      const files = await new TargetEditor(transport, sourceTargets, [], 'tag').readFiles(tip);
      const notes: string[] = [];
      const refs = images.map(({ name }) => {
        const held = files.flatMap((file) => readImage(file.text, file.target, name, file.chart ? file.chart.context : {}) ?? []);
        if (held.length === 0) {
          throw new ActionError(
            `${from.environment} does not run ${name}: none of ${sourceTargets.map((t) => t.file).join(', ')} references it`,
            "check the image name and the source environment's target files",
          );
        }
        const tags = [...new Set(held.map((h) => h.tag).filter((t): t is string => t !== undefined))];
        const digests = [...new Set(held.map((h) => h.digest).filter((d): d is string => d !== undefined))];
        if (tags.length > 1 || digests.length > 1) {
          throw new ActionError(
            `the files of ${from.environment} hold different references of ${name} (${[...tags, ...digests].join(', ')})`,
            `make ${from.environment} run one reference of it first, or promote from the one target that says what runs`,
          );
        }
        return { name, tag: tags[0], digest: digests[0] };
      });
      const landed = await transport.findRecords(
        tip,
        images.map(({ name }) => ({ image: name, environment: from.environment })),
        { depth },
      );
      const pin =
        options.pin ??
        (refs.every((r) => r.tag && r.digest) ? 'tag+digest' : refs.every((r) => r.tag) ? 'tag' : refs.every((r) => r.digest) ? 'digest' : undefined);
      if (!pin) throw new ActionError(`the images of ${from.environment} carry neither a common tag nor a common digest`, 'promote them separately');
      const promoted: ImageBump[] = refs.map((ref, index) => {
        const record = landed.get(recordKey({ image: ref.name, environment: from.environment }));
        const same = record && (ref.digest !== undefined ? record.digest === ref.digest : record.tag === ref.tag);
        if (!same)
          notes.push(
            `no bump record of ${ref.name} ${ref.tag ?? ref.digest} in ${from.environment}'s history: it is promoted without a build time, so ${options.environment} orders it by its tag`,
          );
        return {
          image: { name: ref.name, ...(ref.tag !== undefined ? { tag: ref.tag } : {}), ...(ref.digest !== undefined ? { digest: ref.digest } : {}) },
          service: images[index]!.service ?? record?.service ?? serviceOf(images[index]!),
          ...(same && record.created ? { created: record.created } : {}),
          ...(same
            ? {
                source: {
                  ...(record.sourceRepository ? { repository: record.sourceRepository } : {}),
                  ...(record.sourceCommit ? { commit: record.sourceCommit } : {}),
                  ...(record.runUrl ? { runUrl: record.runUrl } : {}),
                },
              }
            : {}),
        };
      });
      return { images: promoted, pin, notes };
    },
  );
}

function serviceOf(image: { name: string; service?: string }): string {
  return image.service ?? image.name.split('/').pop()!;
}
