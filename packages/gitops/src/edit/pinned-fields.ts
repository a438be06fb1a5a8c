import { isScalar, type Pair, type YAMLMap } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { EditConflictError } from './errors.js';
import type { NewImage, Pin } from './types.js';
import { pairOf, type PathKey } from './yaml-source.js';

/** A tag or digest value of a target: present in the file, creatable next to a sibling, or neither. */
export interface FieldSlot {
  /** Where it is, for messages, e.g. `images[0].newTag`. */
  label: string;
  /** The value as written; undefined when the key is absent. */
  current: string | undefined;
  /** Whether a missing key can be inserted. */
  creatable: boolean;
  set(value: string): void;
}

/** A slot for `key` in a map: replaced in place, or inserted after the first existing sibling in `after`. */
export function mapSlot(plan: EditPlan, doc: number, map: YAMLMap, mapPath: PathKey[], key: string, after: string[]): FieldSlot {
  const path = [...mapPath, key];
  const pair = pairOf(map, key);
  return {
    label: plan.pathText(doc, path),
    current: pair ? (plan.valueOf(doc, pair.value) ?? '') : undefined,
    creatable: true,
    set(value) {
      if (pair) {
        plan.setScalar(doc, path, pair.value ?? null, value);
        return;
      }
      const sibling = after.map((name) => pairOf(map, name)).find((p): p is Pair => p !== undefined && isScalar(p.key)) ?? map.items.at(-1);
      if (!sibling) throw new EditConflictError(plan.file, `${plan.pathText(doc, mapPath)} is empty`, `add the ${key} key by hand once`);
      plan.insertAfter(doc, map, sibling, key, value, path);
    },
  };
}

function isEmptyValue(value: string | undefined): boolean {
  return value === undefined || value === '' || value === '~' || value === 'null';
}

/**
 * The one pinning rule for every target kind that keeps tag and digest apart:
 * - the pinned fields are written, and created next to a sibling when missing;
 * - an unpinned field that exists is kept consistent: it gets the new value when the image
 *   has one; a tag without a new tag is left (the digest decides what runs) and noted;
 *   a digest without a new digest is refused, as it would keep running the old image.
 * Nothing is ever deleted.
 */
export function applyPinnedFields(plan: EditPlan, tag: FieldSlot, digest: FieldSlot, image: NewImage, pin: Pin): void {
  const pinsTag = pin !== 'digest';
  const pinsDigest = pin !== 'tag';
  for (const [slot, pinned] of [[tag, pinsTag], [digest, pinsDigest]] as const) {
    if (pinned && slot.current === undefined && !slot.creatable) {
      throw new EditConflictError(plan.file, `pin "${pin}" needs ${slot.label}, which does not exist`, `add it to the file or use another pin`);
    }
  }
  if (pinsTag) tag.set(image.tag!);
  else if (!isEmptyValue(tag.current)) {
    if (image.tag !== undefined) tag.set(image.tag);
    else plan.note(`${tag.label} keeps ${tag.current}: with pin "digest" the digest decides which image runs`);
  }
  if (pinsDigest) digest.set(image.digest!);
  else if (!isEmptyValue(digest.current)) {
    if (image.digest !== undefined) digest.set(image.digest);
    else {
      throw new EditConflictError(
        plan.file,
        `${digest.label} pins ${digest.current}, which would keep the old image running after a tag-only bump`,
        'use pin "tag+digest" (or "digest"), or remove the digest from the file',
      );
    }
  }
}
