import { hasExplicitRegistry } from '@service-pipeline/oci';
import { isMap, isScalar } from 'yaml';
import { type ChartUsage, chartUsage } from './chart-usage.js';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { imageValue, namesImage, normalisedName, splitImage } from './image-name.js';
import { applyPinnedFields, type FieldSlot, mapSlot } from './pinned-fields.js';
import type { EditContext, HelmPaths, NewImage, Pin } from './types.js';
import { nodeAt, type PathKey, pairOf, parsePath } from './yaml-source.js';

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
 * Helm values: `image.repository` (with `image.registry` when the chart splits it, as Bitnami's
 * and Grafana's do) / `image.tag` / `image.digest` or `image.sha` (or custom paths), or one
 * `image: repo:tag` string. Aliases are followed (`image: *defaults`). The repository is only
 * read, to check it names the image. When the chart's templates are in the repository, only
 * keys they read are written, a digest in the form they use (`@sha256:{{ .sha }}` takes the hex
 * alone); when they are not, a key that is not in the file is never invented.
 */
export function editHelmValues(plan: EditPlan, paths: HelmPaths | undefined, image: NewImage, wanted: string, pin: Pin, chart?: EditContext['chart']): void {
  const custom = paths ?? {};
  const single = custom.image !== undefined ? pathOf(custom.image) : undefined;
  const anchor = custom.tag ?? custom.repository ?? custom.digest;
  const base = anchor !== undefined ? pathOf(anchor).slice(0, -1) : ['image'];
  const seen: string[] = [];
  let matched = 0;
  plan.docs.forEach((doc, index) => {
    const singlePath = single ?? (anchor === undefined && isScalar(nodeAt(doc.contents, ['image'], doc)?.node) ? ['image'] : undefined);
    if (singlePath) {
      const at = nodeAt(doc.contents, singlePath, doc);
      const value = at ? plan.valueOf(index, at.node) : undefined;
      if (value === undefined) return;
      seen.push(`${plan.pathText(index, singlePath)}: ${value}`);
      if (!namesImage(value, wanted)) return;
      matched++;
      plan.observe(splitImage(value));
      plan.setScalar(index, singlePath, at!.node, imageValue(splitImage(value).name, image, pin));
      plan.carries.tag ||= pin !== 'digest';
      plan.carries.digest ||= pin !== 'tag';
      return;
    }
    const map = nodeAt(doc.contents, base, doc)?.node;
    // A chart keeping the digest's hex alone names the key `sha` (Grafana, Prometheus community charts).
    const digestKey =
      custom.digest !== undefined ? pathOf(custom.digest) : [...base, isMap(map) && !pairOf(map, 'digest') && pairOf(map, 'sha') ? 'sha' : 'digest'];
    const fieldPaths = {
      repository: custom.repository !== undefined ? pathOf(custom.repository) : [...base, 'repository'],
      tag: custom.tag !== undefined ? pathOf(custom.tag) : [...base, 'tag'],
      digest: digestKey,
    };
    const repository = nodeAt(doc.contents, fieldPaths.repository, doc);
    const tag = nodeAt(doc.contents, fieldPaths.tag, doc);
    const digest = nodeAt(doc.contents, fieldPaths.digest, doc);
    if (!repository && !tag && !digest) return;
    if (repository) {
      const name = plan.valueOf(index, repository.node);
      const registry = plan.valueOf(index, pairOf(repository.parent, 'registry')?.value);
      const full = registry && name && !hasExplicitRegistry(name) ? `${registry}/${name}` : name;
      seen.push(`${plan.pathText(index, fieldPaths.repository)}: ${full ?? '(not a string)'}`);
      if (full === undefined || normalisedName(full) !== wanted) return;
    } else {
      plan.note(`no ${plan.pathText(index, fieldPaths.repository)} to check the image name against`);
    }
    matched++;
    const usage = (path: PathKey[]) => (chart ? chartUsage(chart, path.slice(0, -1)) : undefined);
    applyPinnedFields(
      plan,
      slot(plan, index, fieldPaths.tag, [fieldPaths.repository, fieldPaths.digest], usage(fieldPaths.tag)),
      slot(plan, index, fieldPaths.digest, [fieldPaths.tag, fieldPaths.repository], usage(fieldPaths.digest)),
      image,
      pin,
    );
  });
  if (matched === 0) {
    const looked = single
      ? [single]
      : [
          [...base, 'repository'],
          [...base, 'tag'],
          [...base, 'digest'],
        ];
    throw notFound(plan, image, seen.length > 0 ? seen.join(', ') : `none of ${looked.map((p) => plan.pathText(0, p)).join(', ')}`);
  }
}

/**
 * A value slot at `path`, creatable when its parent map exists. The chart decides: a key its
 * templates never read is not written, and a missing one is created only when they read it.
 * Without the chart, an existing key is written and a missing digest is not invented.
 */
function slot(plan: EditPlan, doc: number, path: PathKey[], siblings: PathKey[][], usage: ChartUsage | undefined): FieldSlot {
  const document = plan.docs[doc]!;
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? document.contents : nodeAt(document.contents, parentPath, document)?.node;
  const key = path.at(-1);
  const label = plan.pathText(doc, path);
  if (!isMap(parent) || typeof key !== 'string') return { label, current: undefined, creatable: false, set: () => undefined };
  const sameParent = siblings.filter((s) => s.length === path.length && s.slice(0, -1).join('\0') === parentPath.join('\0')).map((s) => String(s.at(-1)));
  const field = mapSlot(plan, doc, parent, parentPath, key, sameParent);
  if (usage) {
    if (!usage.reads(key)) return { ...field, unread: `the chart's templates (${usage.where}) never read ${label}` };
    return { ...field, form: usage.form(key) };
  }
  if (key === 'sha') field.form = 'hex';
  if (field.current === undefined && key !== 'tag') {
    return {
      ...field,
      creatable: false,
      unread: `${plan.file} has no ${label} and the chart's templates are not in the config repository to tell whether it would be read (add the key to ${plan.file} if the chart reads it)`,
    };
  }
  return field;
}
