import { InputError } from '@service-pipeline/action-kit';
import { type HelmPaths, TARGET_KINDS, type TargetKind, type TargetSpec } from './types.js';
import { parsePath } from './yaml-source.js';

const PATH_KEYS = ['repository', 'tag', 'digest', 'image'] as const;
const POLICY = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function isPathKey(key: string): key is (typeof PATH_KEYS)[number] {
  return (PATH_KEYS as readonly string[]).includes(key);
}

/**
 * The `targets` input: one target per line, `FILE [KIND] [KEY=VALUE...]` where KIND is auto
 * (default), manifest, kustomize, helm or setter; helm takes repository=, tag=, digest= or
 * image= value paths, setter takes policy=namespace:name and kustomize takes missing=add.
 * `#` starts a comment.
 */
export function parseTargets(input: string, inputName = 'targets'): TargetSpec[] {
  const targets: TargetSpec[] = [];
  input.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const fail = (what: string, fix: string): never => {
      throw new InputError(inputName, `line ${index + 1} ("${raw.trim()}") ${what}`, fix);
    };
    const [file, ...words] = line.split(/\s+/);
    let kind: TargetKind | 'auto' | undefined;
    const paths: HelmPaths = {};
    let policy: string | undefined;
    let addMissing = false;
    for (const word of words) {
      const eq = word.indexOf('=');
      if (eq === -1) {
        if (kind !== undefined) fail(`has a second kind "${word}"`, 'give one kind per line');
        if (word !== 'auto' && !(TARGET_KINDS as readonly string[]).includes(word)) {
          fail(`has an unknown kind "${word}"`, `use one of auto, ${TARGET_KINDS.join(', ')}`);
        }
        kind = word as TargetKind | 'auto';
        continue;
      }
      const key = word.slice(0, eq);
      const value = word.slice(eq + 1);
      if (key === 'policy') {
        if (!POLICY.test(value)) fail(`has policy "${value}"`, 'write it as namespace:name, e.g. policy=flux-system:shop');
        policy = value;
      } else if (key === 'missing') {
        if (value !== 'add' && value !== 'error')
          fail(`has missing=${value}`, 'write missing=add (add an images entry when the image has none) or missing=error (the default)');
        addMissing = value === 'add';
      } else if (isPathKey(key)) {
        if (!parsePath(value)) fail(`has ${key} path "${value}"`, 'write a dotted path, e.g. tag=app.image.tag or tag=images[0].tag');
        paths[key] = value;
      } else {
        fail(`has an unknown option "${key}"`, `use ${PATH_KEYS.map((k) => `${k}=`).join(', ')} (helm), policy= (setter) or missing= (kustomize)`);
      }
    }
    const hasPaths = Object.keys(paths).length > 0;
    if (hasPaths && kind !== undefined && kind !== 'helm' && kind !== 'auto')
      fail(`gives value paths to a ${kind} target`, 'value paths are for helm targets only');
    if (policy !== undefined && kind !== undefined && kind !== 'setter' && kind !== 'auto')
      fail(`gives a policy to a ${kind} target`, 'policy= is for setter targets only');
    if (hasPaths && policy !== undefined) fail('mixes value paths and a policy', 'use one target line per kind');
    if (addMissing && ((kind !== undefined && kind !== 'kustomize' && kind !== 'auto') || hasPaths || policy !== undefined))
      fail('gives missing=add to a target that is not kustomize', 'missing=add is for kustomization files only');
    if (paths.image !== undefined && Object.keys(paths).length > 1) fail('mixes image= with other paths', 'use image= alone for a single `repo:tag` value');
    if (targets.some((t) => t.file === file)) fail(`repeats ${file!}`, 'list each file once');
    const target: TargetSpec = { file: file!, kind: kind ?? (hasPaths ? 'helm' : policy !== undefined ? 'setter' : 'auto') };
    if (hasPaths) target.paths = paths;
    if (policy !== undefined) target.policy = policy;
    if (addMissing) target.addMissing = true;
    targets.push(target);
  });
  if (targets.length === 0) throw new InputError(inputName, 'lists no file', 'give one target file per line, e.g. apps/shop/deployment.yaml');
  return targets;
}
