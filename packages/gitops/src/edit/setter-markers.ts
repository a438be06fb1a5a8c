import { isAlias, isScalar } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { imageValue, namesImage, splitImage } from './image-name.js';
import { applyPinnedFields, type FieldSlot } from './pinned-fields.js';
import type { NewImage, Pin } from './types.js';
import { walk, type PathKey } from './yaml-source.js';

type MarkerField = 'image' | 'tag' | 'name' | 'digest';

interface Marker {
  doc: number;
  path: PathKey[];
  node: unknown;
  value: string;
  policy: string;
  field: MarkerField;
}

const MARKER_COMMENT = /^[ \t]*#[ \t]*(\{.*\})[ \t]*$/;

function parseMarker(comment: string): { policy: string; field: MarkerField } | undefined {
  const match = MARKER_COMMENT.exec(comment);
  if (!match) return undefined;
  let setter: unknown;
  try {
    setter = (JSON.parse(match[1]!) as Record<string, unknown>)['$imagepolicy'];
  } catch {
    return undefined;
  }
  if (typeof setter !== 'string') return undefined;
  const [namespace, name, field, ...rest] = setter.split(':');
  if (!namespace || !name || rest.length > 0) return undefined;
  if (field === undefined) return { policy: `${namespace}:${name}`, field: 'image' };
  return field === 'tag' || field === 'name' || field === 'digest' ? { policy: `${namespace}:${name}`, field } : undefined;
}

/** Values followed on their line by a Flux `# {"$imagepolicy": "ns:name[:tag|:name|:digest]"}` comment. */
export function findMarkers(plan: EditPlan): Marker[] {
  const markers: Marker[] = [];
  if (!plan.text.includes('$imagepolicy')) return markers;
  plan.docs.forEach((doc, index) => {
    walk(doc.contents, [], (node, path) => {
      if ((!isScalar(node) && !isAlias(node)) || !node.range) return;
      const end = node.range[1];
      const lineEnd = plan.text.slice(end).search(/\r?\n|$/);
      const marker = parseMarker(plan.text.slice(end, end + lineEnd));
      const value = plan.valueOf(index, node);
      if (marker && value !== undefined) markers.push({ doc: index, path, node, value, ...marker });
    });
  });
  return markers;
}

/**
 * Flux setter markers: a full-image marker gets name (as written) plus the pinned suffix; `:tag`
 * and `:digest` markers follow the pinning rule; `:name` markers stay. Markers are grouped by
 * policy; a group is chosen by `policy`, or else by a full or `:name` marker naming the image.
 */
export function editSetterMarkers(plan: EditPlan, policy: string | undefined, image: NewImage, wanted: string, pin: Pin): void {
  const markers = findMarkers(plan);
  const policies = [...new Set(markers.map((marker) => marker.policy))];
  const chosen = policies.filter((candidate) => {
    const named = markers.filter((m) => m.policy === candidate && (m.field === 'image' || m.field === 'name'));
    const namesIt = named.some((m) => namesImage(m.value, wanted));
    if (policy !== undefined) return candidate === policy && (named.length === 0 || namesIt);
    return namesIt;
  });
  if (chosen.length === 0) {
    const names = [...new Set(markers.filter((m) => m.field === 'image' || m.field === 'name').map((m) => splitImage(m.value).name))];
    throw new TargetNotFoundError(
      plan.file,
      'setter',
      image.name,
      markers.length === 0
        ? 'no $imagepolicy marker'
        : `policies ${policies.join(', ')}${names.length > 0 ? ` naming ${names.join(', ')}` : ''}${policy !== undefined ? ` (wanted ${policy})` : ''}`,
      policy === undefined ? 'check the image name, or select the markers with policy=namespace:name' : 'check the policy and image name',
    );
  }
  for (const group of chosen) {
    const of = (field: MarkerField): Marker[] => markers.filter((m) => m.policy === group && m.field === field);
    const full = of('image');
    for (const marker of full) plan.setScalar(marker.doc, marker.path, marker.node, imageValue(splitImage(marker.value).name, image, pin));
    // A full-image marker already carries tag and digest, so a missing :tag/:digest marker is fine then.
    applyPinnedFields(plan, markerSlot(plan, group, 'tag', of('tag'), full.length > 0), markerSlot(plan, group, 'digest', of('digest'), full.length > 0), image, pin);
  }
}

function markerSlot(plan: EditPlan, policy: string, field: 'tag' | 'digest', markers: Marker[], covered: boolean): FieldSlot {
  return {
    label: `the ${policy}:${field} marker`,
    current: markers[0]?.value,
    creatable: covered,
    set(value) {
      for (const marker of markers) plan.setScalar(marker.doc, marker.path, marker.node, value);
    },
  };
}
