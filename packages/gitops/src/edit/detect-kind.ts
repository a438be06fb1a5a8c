import path from 'node:path';
import { isMap } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { isKustomization } from './kustomize-images.js';
import { findMarkers } from './setter-markers.js';
import type { TargetKind, TargetSpec } from './types.js';
import { pairOf } from './yaml-source.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/**
 * Picks the target kind of a file for `auto`, most explicit signal first: setter markers are
 * the author's own declaration, then a Kustomization, then Kubernetes objects, then Helm values.
 */
export function detectKind(plan: EditPlan, target: TargetSpec): { kind: TargetKind; reason: string } {
  if (target.paths !== undefined) return { kind: 'helm', reason: 'value paths were given' };
  if (target.policy !== undefined) return { kind: 'setter', reason: 'a policy was given' };
  const { markers, ignored } = findMarkers(plan);
  if (markers.length + ignored.length > 0) return { kind: 'setter', reason: 'it has $imagepolicy markers' };
  const contents = plan.docs.map((doc) => doc.contents);
  if (contents.some(isKustomization)) return { kind: 'kustomize', reason: 'it is a Kustomization' };
  if (KUSTOMIZATION_FILES.has(path.posix.basename(target.file)) && contents.some((c) => pairOf(c, 'images') !== undefined)) {
    return { kind: 'kustomize', reason: 'it is a kustomization file with images' };
  }
  if (contents.some((c) => pairOf(c, 'apiVersion') !== undefined && pairOf(c, 'kind') !== undefined)) {
    return { kind: 'manifest', reason: 'it holds Kubernetes objects' };
  }
  if (contents.some((c) => isMap(c) && pairOf(c, 'image') !== undefined)) return { kind: 'helm', reason: 'it has a top-level image value' };
  throw new TargetNotFoundError(
    target.file,
    'auto',
    '(any)',
    'no $imagepolicy marker, Kustomization, Kubernetes object or top-level image value',
    'name the kind in the targets line, e.g. `values.yaml helm tag=app.image.tag`',
  );
}
