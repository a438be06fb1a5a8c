import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { TargetNotFoundError } from './errors.js';
import { imageValue, namesImage, normalisedName, splitImage } from './image-name.js';
import { applyPinnedFields, type FieldSlot } from './pinned-fields.js';
import type { NewImage, Pin } from './types.js';
import { keyOf, type PathKey } from './yaml-source.js';

type MarkerField = 'image' | 'tag' | 'name' | 'digest';

interface Marker {
  doc: number;
  path: PathKey[];
  node: Scalar;
  value: string;
  policy: string;
  field: MarkerField;
}

interface MarkerComment {
  /** Offset of the `#`. */
  offset: number;
  /** Zero-based line of the comment. */
  line: number;
  /** Whether only white space (or a `-` list indicator) precedes the comment on its line. */
  ownLine: boolean;
  policy: string;
  field: MarkerField;
}

/**
 * Flux reads a marker the way kyaml does: the whole comment, after its leading `#`s, is a JSON
 * object of strings whose `$imagepolicy` is `namespace:name` or `namespace:name:tag|name|digest`.
 */
function parseMarker(body: string): { policy: string; field: MarkerField } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.replace(/^#+/, ''));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) return undefined;
  const setter = (parsed as Record<string, string>)['$imagepolicy'];
  if (setter === undefined) return undefined;
  const [namespace, name, field, ...rest] = setter.split(':');
  if (!namespace || !name || rest.length > 0) return undefined;
  if (field === undefined) return { policy: `${namespace}:${name}`, field: 'image' };
  return field === 'tag' || field === 'name' || field === 'digest' ? { policy: `${namespace}:${name}`, field } : undefined;
}

/** Every comment in the text that is a marker, outside scalars (a `#` inside a string or block scalar is text). */
function markerComments(lines: string[], scalarRanges: [number, number][]): MarkerComment[] {
  const comments: MarkerComment[] = [];
  let lineStart = 0;
  lines.forEach((raw, line) => {
    const text = raw.replace(/\r$/, '');
    for (let i = text.indexOf('#'); i !== -1; i = text.indexOf('#', i + 1)) {
      if (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\t') continue;
      const offset = lineStart + i;
      if (scalarRanges.some(([start, end]) => offset >= start && offset < end)) continue;
      const marker = parseMarker(text.slice(i).trimEnd());
      if (marker) comments.push({ offset, line, ownLine: /^\uFEFF?[ \t]*(-[ \t]+)?$/.test(text.slice(0, i)), ...marker });
      break;
    }
    lineStart += raw.length + 1;
  });
  return comments;
}

/**
 * The values Flux's setters would set: a scalar value (not a key, not an alias) whose line
 * comment is a marker (after it on its line, with at most a `,` between: a marker after a flow
 * sequence or mapping belongs to the collection and is not applied), or whose head comment is
 * one (a marker alone on the line above a list item or a value that starts its own line; above
 * a `key: value` line it belongs to the key and is not applied). Markers found elsewhere are
 * returned as `ignored`, so the caller can say so.
 */
export function findMarkers(plan: EditPlan): { markers: Marker[]; ignored: number[] } {
  if (!plan.text.includes('$imagepolicy')) return { markers: [], ignored: [] };
  const values: { doc: number; path: PathKey[]; node: Scalar }[] = [];
  const ranges: [number, number][] = [];
  plan.docs.forEach((doc, index) => {
    const visit = (node: unknown, path: PathKey[]): void => {
      if (isScalar(node) && node.range) {
        ranges.push([node.range[0], node.range[1]]);
        values.push({ doc: index, path, node });
      } else if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && pair.key.range) ranges.push([pair.key.range[0], pair.key.range[1]]);
          const key = keyOf(pair);
          if (key !== undefined) visit(pair.value, [...path, key]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => visit(item, [...path, i]));
      }
    };
    visit(doc.contents, []);
  });
  const lines = plan.text.split('\n');
  const comments = markerComments(lines, ranges);
  const used = new Set<MarkerComment>();
  const markers: Marker[] = [];
  for (const value of values) {
    const comment = lineComment(plan, value.node, comments) ?? headComment(plan, lines, value.node, comments);
    const text = comment ? plan.valueOf(value.doc, value.node) : undefined;
    if (!comment || text === undefined) continue;
    used.add(comment);
    markers.push({ ...value, value: text, policy: comment.policy, field: comment.field });
  }
  return { markers, ignored: comments.filter((c) => !used.has(c)).map((c) => c.line + 1) };
}

function lineComment(plan: EditPlan, node: Scalar, comments: MarkerComment[]): MarkerComment | undefined {
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
  const end = node.range![1];
  return comments.find((c) => c.offset >= end && /^[ \t]*,?[ \t]*$/.test(plan.text.slice(end, c.offset)));
}

function headComment(plan: EditPlan, lines: string[], node: Scalar, comments: MarkerComment[]): MarkerComment | undefined {
  const start = node.range![0];
  const lineStart = plan.text.lastIndexOf('\n', start - 1) + 1;
  if (!/^\uFEFF?[ \t]*(-[ \t]+)*$/.test(plan.text.slice(lineStart, start))) return undefined;
  const line = plan.parsed.lineCounter.linePos(start).line - 1;
  const above = comments.find((c) => c.line === line - 1 && c.ownLine);
  if (!above) return undefined;
  // Comment lines above it would make one multi-line head comment, which is no marker to Flux.
  const before = lines[line - 2];
  return before !== undefined && /^\uFEFF?[ \t]*#/.test(before) ? undefined : above;
}

/**
 * Flux setter markers: a full-image marker gets the name plus the pinned suffix; `:tag` and
 * `:digest` markers follow the pinning rule; `:name` markers hold the name. Markers are grouped
 * by policy. An explicit `policy` selects its group whatever name it holds, as in Flux, and a
 * name that differs (the image moved to another registry) is rewritten to the new one; without
 * it, a group is chosen by a full or `:name` marker naming the image, and names stay as written.
 */
export function editSetterMarkers(plan: EditPlan, policy: string | undefined, image: NewImage, wanted: string, pin: Pin): void {
  const { markers, ignored } = findMarkers(plan);
  const skipped =
    ignored.length > 0
      ? `; the markers on line ${ignored.join(', ')} are not applied, as in Flux: a marker goes after the value on its line, or alone on the line above a list item`
      : '';
  for (const line of ignored) {
    plan.note(
      `line ${line}: the $imagepolicy marker is not on a value Flux would set (it follows a flow sequence or mapping, or sits above a key), so it was left alone; put it after the image value on its line`,
    );
  }
  const policies = [...new Set(markers.map((marker) => marker.policy))];
  const named = (group: string) => markers.filter((m) => m.policy === group && (m.field === 'image' || m.field === 'name'));
  const chosen = policy !== undefined ? policies.filter((p) => p === policy) : policies.filter((p) => named(p).some((m) => namesImage(m.value, wanted)));
  if (chosen.length === 0) {
    const names = [...new Set(markers.filter((m) => m.field === 'image' || m.field === 'name').map((m) => splitImage(m.value).name))];
    throw new TargetNotFoundError(
      plan.file,
      'setter',
      image.name,
      `${markers.length === 0 ? 'no $imagepolicy marker' : `policies ${policies.join(', ')}${names.length > 0 ? ` naming ${names.join(', ')}` : ''}${policy !== undefined ? ` (wanted ${policy})` : ''}`}${skipped}`,
      policy === undefined
        ? 'check the image name, or select the markers with policy=namespace:name'
        : `check the policy: the file has ${policies.length > 0 ? policies.join(', ') : 'none'}`,
    );
  }
  for (const group of chosen) {
    const of = (field: MarkerField): Marker[] => markers.filter((m) => m.policy === group && m.field === field);
    const nameFor = (written: string): string => (normalisedName(written) === wanted ? written : image.name);
    const full = of('image');
    for (const marker of full) {
      plan.observe(splitImage(marker.value));
      plan.setScalar(marker.doc, marker.path, marker.node, imageValue(nameFor(splitImage(marker.value).name), image, pin));
    }
    for (const marker of of('name')) plan.setScalar(marker.doc, marker.path, marker.node, nameFor(marker.value));
    if (full.length > 0) {
      plan.carries.tag ||= pin !== 'digest';
      plan.carries.digest ||= pin !== 'tag';
    }
    // A full-image marker already carries tag and digest, so a missing :tag/:digest marker is fine then.
    applyPinnedFields(
      plan,
      markerSlot(plan, group, 'tag', of('tag'), full.length > 0),
      markerSlot(plan, group, 'digest', of('digest'), full.length > 0),
      image,
      pin,
    );
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
