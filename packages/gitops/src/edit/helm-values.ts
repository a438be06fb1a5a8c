import { isMap, isScalar } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { hasExplicitRegistry } from '@service-pipeline/oci';
import { imageValue, namesImage, normalisedName, splitImage } from './image-name.js';
import { applyPinnedFields, mapSlot, type FieldSlot } from './pinned-fields.js';
import type { EditContext, HelmPaths, NewImage, Pin } from './types.js';
import { nodeAt, pairOf, parsePath, type PathKey } from './yaml-source.js';

function pathOf(text: string): PathKey[] {
  const path = parsePath(text);
  if (!path) throw new Error(`"${text}" is not a value path (write it like image.tag or images[0].tag)`);
  return path;
}

function notFound(plan: EditPlan, image: NewImage, found: string): TargetNotFoundError {
  return new TargetNotFoundError(
    plan.file,
    'helm',
    image.name,
    found,
    'point the target at the values keys, e.g. `values.yaml helm tag=app.image.tag`, or check the image name',
  );
}

/**
 * Helm values: `image.repository` / `image.tag` / `image.digest` (or custom paths), or one
 * `image: repo:tag` string. The repository is only read, to check it names the image; a
 * missing tag or digest key is created next to its siblings when the pin needs it.
 */
export function editHelmValues(plan: EditPlan, paths: HelmPaths | undefined, image: NewImage, wanted: string, pin: Pin, _chart?: EditContext['chart']): void {
  const custom = paths ?? {};
  const single = custom.image !== undefined ? pathOf(custom.image) : undefined;
  const anchor = custom.tag ?? custom.repository ?? custom.digest;
  const base = anchor !== undefined ? pathOf(anchor).slice(0, -1) : ['image'];
  const fieldPaths = {
    repository: custom.repository !== undefined ? pathOf(custom.repository) : [...base, 'repository'],
    tag: custom.tag !== undefined ? pathOf(custom.tag) : [...base, 'tag'],
    digest: custom.digest !== undefined ? pathOf(custom.digest) : [...base, 'digest'],
  };
  const seen: string[] = [];
  let matched = 0;
  plan.docs.forEach((doc, index) => {
    const singlePath = single ?? (anchor === undefined && isScalar(nodeAt(doc.contents, ['image'])?.node) ? ['image'] : undefined);
    if (singlePath) {
      const at = nodeAt(doc.contents, singlePath);
      const value = at ? plan.valueOf(index, at.node) : undefined;
      if (value === undefined) return;
      seen.push(`${plan.pathText(index, singlePath)}: ${value}`);
      if (!namesImage(value, wanted)) return;
      matched++;
      plan.setScalar(index, singlePath, at!.node, imageValue(splitImage(value).name, image, pin));
      return;
    }
    const repository = nodeAt(doc.contents, fieldPaths.repository);
    const tag = nodeAt(doc.contents, fieldPaths.tag);
    const digest = nodeAt(doc.contents, fieldPaths.digest);
    if (!repository && !tag && !digest) return;
    if (repository) {
      const name = plan.valueOf(index, repository.node);
      const registry = plan.valueOf(index, pairOf(repository.parent, 'registry')?.value);
      // Charts like Bitnami's split the name into `registry` and `repository`.
      const full = registry && name && !hasExplicitRegistry(name) ? `${registry}/${name}` : name;
      seen.push(`${plan.pathText(index, fieldPaths.repository)}: ${full ?? '(not a string)'}`);
      if (full === undefined || normalisedName(full) !== wanted) return;
    } else {
      plan.note(`no ${plan.pathText(index, fieldPaths.repository)} to check the image name against`);
    }
    matched++;
    applyPinnedFields(plan, slot(plan, index, fieldPaths.tag, [fieldPaths.repository, fieldPaths.digest]), slot(plan, index, fieldPaths.digest, [fieldPaths.tag, fieldPaths.repository]), image, pin);
  });
  if (matched === 0) {
    const looked = single ? [single] : [fieldPaths.repository, fieldPaths.tag, fieldPaths.digest];
    throw notFound(plan, image, seen.length > 0 ? seen.join(', ') : `none of ${looked.map((p) => plan.pathText(0, p)).join(', ')}`);
  }
}

/** A value slot at `path`; creatable when its parent map exists, inserted after a sibling from `siblings`. */
function slot(plan: EditPlan, doc: number, path: PathKey[], siblings: PathKey[][]): FieldSlot {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? plan.docs[doc]!.contents : nodeAt(plan.docs[doc]!.contents, parentPath)?.node;
  const key = path.at(-1);
  if (!isMap(parent) || typeof key !== 'string') {
    return { label: plan.pathText(doc, path), current: undefined, creatable: false, set: () => undefined };
  }
  const sameParent = siblings.filter((s) => s.length === path.length && s.slice(0, -1).join('\0') === parentPath.join('\0')).map((s) => String(s.at(-1)));
  return mapSlot(plan, doc, parent, parentPath, key, sameParent);
}
