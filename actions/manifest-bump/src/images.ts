import { asInput, checkPathText, InputError, type Inputs, PathRefusedError } from '@service-pipeline/action-kit';
import { isBranchPart, type NewImage, normaliseRepoPath, PathEscapeError, type Pin, parseTargets, splitImage, type TargetSpec } from '@service-pipeline/gitops';
import { parseReference } from '@service-pipeline/oci';

/** What to write: one image, several in one commit, or the images another environment runs. */
export type ImageSelection = { kind: 'bump'; images: NewImage[] } | { kind: 'promote'; names: string[]; from: { environment: string; targets: TargetSpec[] } };

// One trailer record per image lands in the commit message: keep it readable and bounded.
const MAX_IMAGES = 100;

/**
 * `image` (one reference) or `images` (one per line); with `promote-from`, names without tag or
 * digest, whose references are read from that environment's `promote-from-targets`.
 */
export function readImageSelection(inputs: Inputs): ImageSelection {
  const single = inputs.string('image');
  const several = inputs.list('images', { commas: false });
  if (single !== '' && several.length > 0)
    throw new InputError('images', 'is set together with image', 'use image for one reference, or images for several (one per line), not both');
  if (several.length > MAX_IMAGES)
    throw new InputError('images', `lists ${several.length} images, more than ${MAX_IMAGES}`, `split the release into bumps of at most ${MAX_IMAGES} images`);
  const values = single !== '' ? [['image', single] as const] : several.map((value) => ['images', value] as const);
  if (values.length === 0)
    throw new InputError('image', 'is required', 'pass the pushed image, e.g. ghcr.io/acme/shop:1.2.3@sha256:... (or several as images, one per line)');
  const from = inputs.string('promote-from');
  if (from === '') {
    if (inputs.string('promote-from-targets', { multiline: true }) !== '')
      throw new InputError(
        'promote-from-targets',
        'is set but promote-from is empty',
        'name the environment to promote from in promote-from, or drop promote-from-targets',
      );
    return { kind: 'bump', images: values.map(([input, value]) => reference(input, value)) };
  }
  if (!isBranchPart(from))
    throw new InputError(
      'promote-from',
      `must be an environment name (got ${JSON.stringify(from.slice(0, 80))})`,
      'use letters, digits, ".", "_" and "-", e.g. staging',
    );
  const names = values.map(([input, value]) => {
    const ref = asInput(input, () => parseReference(value));
    if (ref.tag !== undefined || ref.digest !== undefined) {
      throw new InputError(
        input,
        `carries a tag or digest (${value}) but promote-from is set`,
        `pass the name alone, e.g. ${splitImage(value).name}: the reference is read from ${from}`,
      );
    }
    return splitImage(value).name;
  });
  const targets = repoTargets(
    inputs.string('promote-from-targets', { required: true, multiline: true, hint: `list the files that say what ${from} runs, one per line` }),
    'promote-from-targets',
  );
  return { kind: 'promote', names, from: { environment: from, targets } };
}

function reference(input: 'image' | 'images', value: string): NewImage {
  asInput(input, () => parseReference(value, { requireTagOrDigest: true }));
  // The name as written (not docker.io-normalised) is what the manifests in the config repo spell.
  return splitImage(value);
}

/** The pin every image supports when none is given: tag+digest when each has both. */
export function automaticPin(selection: ImageSelection): Pin | undefined {
  if (selection.kind === 'promote') return undefined;
  const { images } = selection;
  if (images.every((i) => i.tag !== undefined && i.digest !== undefined)) return 'tag+digest';
  if (images.every((i) => i.digest !== undefined)) return 'digest';
  return 'tag';
}

export type Transport = 'git' | 'github-api';

/**
 * `auto` commits through GitHub's Git Data API (no clone) when it can: push mode, a token, and a
 * repository on this GitHub server; otherwise through git.
 */
export function readTransport(inputs: Inputs, usable: { pushMode: boolean; token: boolean; onGitHub: boolean }): Transport {
  const chosen = inputs.enumValue('transport', ['auto', 'git', 'github-api'] as const, 'auto');
  const why = !usable.pushMode
    ? 'mode is pull-request (its bot branch needs a lease, which only git offers)'
    : !usable.token
      ? 'no token is set'
      : !usable.onGitHub
        ? 'the repository is not on this GitHub server'
        : undefined;
  if (chosen === 'github-api' && why) throw new InputError('transport', `is github-api but ${why}`, 'use transport: git (or auto)');
  if (chosen === 'auto') return why ? 'git' : 'github-api';
  return chosen;
}

const REPO_PATH_MAX_BYTES = 1024;

/** A path that stays inside the repository: no `..`, no absolute path, nothing in `.git`, and one git and the kernel can take. */
export function repoPath(value: string, input: string): string {
  // Checked here, before the clone: a name git or the kernel cannot take is a raw ENAMETOOLONG there.
  try {
    checkPathText(value);
  } catch (error) {
    if (error instanceof PathRefusedError) throw new InputError(input, `file ${JSON.stringify(value.slice(0, 80))} ${error.what}`, error.fix);
    throw error;
  }
  if (Buffer.byteLength(value) > REPO_PATH_MAX_BYTES)
    throw new InputError(
      input,
      `file ${JSON.stringify(value.slice(0, 80))} is ${Buffer.byteLength(value)} bytes long`,
      `name files of at most ${REPO_PATH_MAX_BYTES} bytes (the checkout's own path must fit under Linux's 4095)`,
    );
  try {
    return normaliseRepoPath(value);
  } catch (error) {
    if (error instanceof PathEscapeError)
      throw new InputError(input, error.message, 'name files relative to the config repository root, without ".." or a leading "/"');
    throw error;
  }
}

/** Target lines whose paths stay inside the repository. */
export function repoTargets(value: string, input: 'targets' | 'promote-from-targets'): TargetSpec[] {
  const specs = parseTargets(value, input);
  for (const spec of specs) repoPath(spec.file, input);
  return specs;
}
