import { isScalar, type Pair, type YAMLMap } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { EditConflictError } from './errors.js';
import type { NewImage, Pin } from './types.js';
import { type PathKey, pairOf } from './yaml-source.js';

/** A tag or digest value of a target: present in the file, creatable next to a sibling, or neither. */
export interface FieldSlot {
  /** Where it is, for messages, e.g. `images[0].newTag`. */
  label: string;
  /** The value as written; undefined when the key is absent. */
  current: string | undefined;
  /** Whether a missing key can be inserted. */
  creatable: boolean;
  /** Why the value is not written even if it exists (e.g. the chart's templates never read it). */
  unread?: string;
  /** A digest written as the hex alone (a chart's `sha:` key rendered as `@sha256:{{ .sha }}`). */
  form?: 'full' | 'hex';
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

const written = (slot: FieldSlot): boolean => !slot.unread && (slot.current !== undefined || slot.creatable);

/**
 * The one pinning rule for every target kind that keeps tag and digest apart:
 * - the pinned fields are written (created next to a sibling when missing and creatable); with
 *   tag+digest, a field the target cannot carry is left out and said so, as long as the other
 *   one is written; a pin the target cannot carry at all is refused, naming a pin that works;
 * - an unpinned field that exists is kept consistent: it gets the new value when the image has
 *   one; a tag without a new tag is left (the digest decides what runs) and noted; a digest
 *   without a new digest is cleared, as it would keep running the old image.
 */
export function applyPinnedFields(plan: EditPlan, tag: FieldSlot, digest: FieldSlot, image: NewImage, pin: Pin): void {
  const heldDigest = digest.unread || !digest.current ? undefined : digest.form === 'hex' ? `sha256:${digest.current}` : digest.current;
  plan.observe({ tag: tag.unread ? undefined : tag.current, digest: heldDigest });
  const slots = { tag, digest };
  const pinned = { tag: pin !== 'digest', digest: pin !== 'tag' };
  for (const field of ['tag', 'digest'] as const) {
    const slot = slots[field];
    if (!pinned[field] || written(slot)) continue;
    const other = field === 'tag' ? 'digest' : 'tag';
    const why = slot.unread ?? 'which does not exist';
    if (pin === 'tag+digest' && written(slots[other])) {
      plan.note(`${slot.label} was not written: ${why}`);
      pinned[field] = false;
      continue;
    }
    const works = written(slots[other]) && image[other] !== undefined;
    throw new EditConflictError(
      plan.file,
      `pin "${pin}" needs ${slot.label}, ${why}`,
      works ? `use pin "${other}" (the file has ${slots[other].label}), or add ${slot.label} to the file` : `add ${slot.label} to the file`,
    );
  }
  if (pinned.tag) setField(plan, tag, image.tag!, 'tag');
  else if (!isEmptyValue(tag.current) && !tag.unread) {
    if (image.tag !== undefined) setField(plan, tag, image.tag, 'tag');
    else plan.note(`${tag.label} keeps ${tag.current}: with pin "digest" the digest decides which image runs`);
  }
  if (pinned.digest) setField(plan, digest, image.digest!, 'digest');
  else if (!isEmptyValue(digest.current) && !digest.unread) {
    if (image.digest !== undefined) setField(plan, digest, image.digest, 'digest');
    else {
      digest.set('');
      plan.note(`${digest.label} was cleared (it pinned ${digest.current}): with pin "${pin}" and no new digest, it would keep the old image running`);
    }
  }
}

function setField(plan: EditPlan, slot: FieldSlot, value: string, field: 'tag' | 'digest'): void {
  if (slot.form === 'hex' && !value.startsWith('sha256:')) {
    throw new EditConflictError(
      plan.file,
      `${slot.label} takes the hex of a sha256 digest (the chart writes @sha256:{{ ... }}), but the image's digest is ${value.split(':')[0]}`,
      'push the image with its sha256 digest',
    );
  }
  slot.set(slot.form === 'hex' ? value.slice(value.indexOf(':') + 1) : value);
  plan.carries[field] = true;
}
