import { isMap, isSeq, type YAMLSeq } from 'yaml';
import type { EditPlan } from './edit-plan.js';
import { EditConflictError, TargetNotFoundError } from './errors.js';
import { normalisedName } from './image-name.js';
import { applyPinnedFields, mapSlot } from './pinned-fields.js';
import type { NewImage, Pin } from './types.js';
import { pairOf, renderScalar } from './yaml-source.js';

/** Whether a document is a Kustomization (or Component) by its `kind`. */
export function isKustomization(contents: unknown): boolean {
  const kind = pairOf(contents, 'kind');
  return kind !== undefined && ['Kustomization', 'Component'].includes(String((kind.value as { value?: unknown } | null)?.value));
}

/**
 * kustomization.yaml `images:` entries whose `name` or `newName` is the image: `newTag` and
 * `digest` follow the pin (kustomize uses the digest when both are set). With `addMissing`, an
 * image without an entry gets one, as `kustomize edit set image` does.
 */
export function editKustomizeImages(plan: EditPlan, image: NewImage, wanted: string, pin: Pin, addMissing = false): void {
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
  if (matched > 0) return;
  if (addMissing) {
    addEntry(plan, image, pin);
    return;
  }
  throw new TargetNotFoundError(
    plan.file,
    'kustomize',
    image.name,
    found.length > 0 ? `images ${[...new Set(found)].join(', ')}` : 'no `images:` list',
    `add an entry \`- name: ${image.name}\` to images: (or add missing=add to the target line), or check the image name`,
  );
}

/** Appends `- name: <image>` with the pinned fields to `images:` (created at the end of the Kustomization when absent). */
function addEntry(plan: EditPlan, image: NewImage, pin: Pin): void {
  const index = plan.docs.findIndex((doc) => isKustomization(doc.contents) || pairOf(doc.contents, 'images') !== undefined);
  const doc = plan.docs[index];
  const fields: [string, string][] = [
    ['name', image.name],
    ...(pin !== 'digest' ? [['newTag', image.tag!] as [string, string]] : []),
    ...(pin !== 'tag' ? [['digest', image.digest!] as [string, string]] : []),
  ];
  const value = Object.fromEntries(fields);
  const images = doc ? pairOf(doc.contents, 'images') : undefined;
  const summary = `${image.name}${pin !== 'digest' ? `:${image.tag}` : ''}${pin !== 'tag' ? `@${image.digest}` : ''}`;
  const fail = (why: string) =>
    new EditConflictError(plan.file, `cannot add an images entry for ${image.name}: ${why}`, `add \`- name: ${image.name}\` to images: by hand once`);
  if (!doc) throw fail('no document is a Kustomization');
  if (images && isSeq(images.value) && !images.value.flow && images.value.items.length > 0) {
    const seq = images.value as YAMLSeq;
    const first = seq.items[0] as { range?: [number, number, number] };
    const last = seq.items.at(-1) as { range?: [number, number, number] };
    const lineStart = plan.text.lastIndexOf('\n', first.range![0] - 1) + 1;
    const dash = plan.text.slice(lineStart, first.range![0]).replace(/^\uFEFF/, '');
    if (!/^[ \t]*-[ \t]+$/.test(dash)) throw fail('the images list is not one entry per line');
    let at = last.range![1];
    while (at < plan.text.length && plan.text[at] !== '\n' && plan.text[at] !== '\r') at++;
    at = Math.min(at, plan.text.length);
    // The last entry may end after its line break (a block value); insert at its line end.
    while (at > 0 && (plan.text[at - 1] === '\n' || plan.text[at - 1] === '\r')) at--;
    const eol = plan.eolAt(at);
    const indent = dash.replace(/-[ \t]+$/, '');
    const text = fields.map(([k, v], i) => `${eol}${indent}${i === 0 ? '- ' : '  '}${k}: ${renderScalar(v, 'plain')}`).join('');
    plan.insertNode(at, text, eol.length + indent.length + 2 + 'name: '.length, index, ['images', seq.items.length], value, summary);
  } else if (!images) {
    const end = doc.range[1];
    const eol = plan.eolAt(end);
    const before = end > 0 && plan.text[end - 1] !== '\n' ? eol : '';
    if (index !== plan.docs.length - 1 && before === '') throw fail('the Kustomization is not the last document');
    // A file without a final line break keeps ending without one.
    const text = `${before}images:${fields.map(([k, v], i) => `${eol}${i === 0 ? '- ' : '  '}${k}: ${renderScalar(v, 'plain')}`).join('')}${before === '' ? eol : ''}`;
    plan.insertNode(end, text, before.length + 'images:'.length + eol.length + 2 + 'name: '.length, index, ['images'], [value], summary);
  } else {
    throw fail('images: is not a block list of entries');
  }
  plan.note(`added an images entry for ${image.name} (missing=add)`);
  plan.carries.tag = pin !== 'digest';
  plan.carries.digest = pin !== 'tag';
}
