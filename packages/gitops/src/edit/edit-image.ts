import { detectKind } from './detect-kind.js';
import { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { editHelmValues } from './helm-values.js';
import { checkNewImage } from './image-name.js';
import { editKustomizeImages } from './kustomize-images.js';
import { editManifestImages } from './manifest-images.js';
import { editSetterMarkers } from './setter-markers.js';
import type { EditContext, EditResult, NewImage, Pin, TargetSpec } from './types.js';
import { parseYaml } from './yaml-source.js';

/**
 * Points the target in `text` at the new image, changing only the scalars that hold it: every
 * other byte (comments, quoting, line endings, BOM) stays. The result is re-parsed and checked
 * to differ from the input in exactly the reported paths. Equal values give no changes and the
 * same text.
 */
export function editImage(text: string, target: TargetSpec, image: NewImage, pin: Pin, context: EditContext = {}): EditResult {
  const wanted = checkNewImage(image, pin);
  const plan = new EditPlan(text, target.file, parseYaml(text, target.file));
  let kind = target.kind;
  if (kind === 'auto') {
    const detected = detectKind(plan, target);
    kind = detected.kind;
    plan.note(`edited as ${kind} because ${detected.reason}`);
  }
  switch (kind) {
    case 'manifest':
      editManifestImages(plan, image, wanted, pin);
      break;
    case 'kustomize':
      editKustomizeImages(plan, image, wanted, pin, target.addMissing);
      break;
    case 'helm':
      editHelmValues(plan, target.paths, image, wanted, pin, context.chart);
      break;
    case 'setter':
      editSetterMarkers(plan, target.policy, image, wanted, pin);
      break;
  }
  const result = { kind, notes: plan.notes, carries: plan.carries, current: plan.current };
  if (plan.isEmpty) return { text, changes: [], ...result };
  return { ...plan.apply(kind), ...result };
}

const PROBE: Omit<NewImage, 'name'> = { tag: 'service-pipeline-probe', digest: `sha256:${'0'.repeat(64)}` };

/**
 * What a target holds for an image (one entry per place it is referenced), found the way an
 * edit would find it; undefined when the target does not reference the image. Promotion reads
 * an environment's files with it.
 */
export function readImage(text: string, target: TargetSpec, name: string, context: EditContext = {}): { tag?: string; digest?: string }[] | undefined {
  try {
    return editImage(text, target, { name, ...PROBE }, 'tag+digest', context).current;
  } catch (error) {
    if (error instanceof TargetNotFoundError) return undefined;
    throw error;
  }
}
