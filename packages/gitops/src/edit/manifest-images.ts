import { isMap, isSeq } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { imageValue, namesImage, splitImage } from './image-name.js';
import type { NewImage, Pin } from './types.js';
import { keyOf, type PathKey, pairOf, walk } from './yaml-source.js';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

interface ContainerImage {
  doc: number;
  path: PathKey[];
  node: unknown;
  value: string;
}

/**
 * Every container `image:` in a pod spec anywhere in the documents, so Deployments, Jobs,
 * CronJobs (jobTemplate), Pods and custom resources with pod templates are all covered.
 */
export function containerImages(plan: EditPlan): ContainerImage[] {
  const images: ContainerImage[] = [];
  plan.docs.forEach((doc, index) => {
    walk(doc.contents, [], (node, path) => {
      if (!isMap(node)) return;
      for (const pair of node.items) {
        const key = keyOf(pair);
        if (key === undefined || !CONTAINER_LISTS.has(key) || !isSeq(pair.value)) continue;
        pair.value.items.forEach((container, position) => {
          const image = pairOf(container, 'image');
          const value = image ? plan.valueOf(index, image.value) : undefined;
          if (image && value !== undefined) images.push({ doc: index, path: [...path, key, position, 'image'], node: image.value, value });
        });
      }
    });
  });
  return images;
}

/** Rewrites the matching container images to the name as written plus the pinned tag/digest. */
export function editManifestImages(plan: EditPlan, image: NewImage, wanted: string, pin: Pin): void {
  const images = containerImages(plan);
  const matches = images.filter((found) => namesImage(found.value, wanted));
  if (matches.length === 0) {
    throw new TargetNotFoundError(
      plan.file,
      'manifest',
      image.name,
      images.length > 0 ? `container images ${[...new Set(images.map((found) => found.value))].join(', ')}` : 'no container image',
      'check the image name (registry and path must match; tag and digest are ignored) or the target file',
    );
  }
  for (const match of matches) {
    plan.observe(splitImage(match.value));
    plan.setScalar(match.doc, match.path, match.node, imageValue(splitImage(match.value).name, image, pin));
  }
  plan.carries.tag = pin !== 'digest';
  plan.carries.digest = pin !== 'tag';
}
