import { isMap, isSeq } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { normalisedName } from './image-name.js';
import { applyPinnedFields, mapSlot } from './pinned-fields.js';
import type { NewImage, Pin } from './types.js';
import { pairOf } from './yaml-source.js';

/** Whether a document is a Kustomization (or Component) by its `kind`. */
export function isKustomization(contents: unknown): boolean {
  const kind = pairOf(contents, 'kind');
  return kind !== undefined && ['Kustomization', 'Component'].includes(String((kind.value as { value?: unknown } | null)?.value));
}

/**
 * kustomization.yaml `images:` entries whose `name` or `newName` is the image: `newTag` and
 * `digest` follow the pin (kustomize uses the digest when both are set).
 */
export function editKustomizeImages(plan: EditPlan, image: NewImage, wanted: string, pin: Pin): void {
  const found: string[] = [];
  let matched = 0;
  plan.docs.forEach((doc, index) => {
    const images = pairOf(doc.contents, 'images');
    if (!images || !isSeq(images.value)) return;
    images.value.items.forEach((entry, position) => {
      if (!isMap(entry)) return;
      const names = ['name', 'newName']
        .map((key) => plan.valueOf(index, pairOf(entry, key)?.value))
        .filter((name): name is string => name !== undefined && name !== '');
      found.push(...names);
      if (!names.some((name) => normalisedName(name) === wanted)) return;
      matched++;
      const path = ['images', position];
      applyPinnedFields(
        plan,
        mapSlot(plan, index, entry, path, 'newTag', ['newName', 'name']),
        mapSlot(plan, index, entry, path, 'digest', ['newTag', 'newName', 'name']),
        image,
        pin,
      );
    });
  });
  if (matched === 0) {
    throw new TargetNotFoundError(
      plan.file,
      'kustomize',
      image.name,
      found.length > 0 ? `images ${[...new Set(found)].join(', ')}` : 'no `images:` list',
      `add an entry \`- name: ${image.name}\` to images:, or check the image name`,
    );
  }
}
