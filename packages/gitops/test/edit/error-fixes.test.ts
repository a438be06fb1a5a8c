import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActionError, InputError } from '@service-pipeline/action-kit';
import { editImage, type NewImage, type Pin, parseTargets, type TargetSpec } from '../../src/edit/index.js';

// Every error the editor and the targets parser give suggests a fix. Each case here takes the
// failing input, checks the error and its suggestion, applies exactly that suggestion, and
// checks that the edit then works: no hint may lead into another error.

const NEW_DIGEST = `sha256:${'b'.repeat(64)}`;
const SHOP: NewImage = { name: 'ghcr.io/acme/shop', tag: '1.4.0', digest: NEW_DIGEST };
const POD = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`;

interface Edit {
  text: string;
  target: TargetSpec;
  image: NewImage;
  pin: Pin;
}

interface Case {
  name: string;
  failing: Edit;
  /** What the error must say, its suggested fix included. */
  message: RegExp;
  /** The suggestion, applied. */
  fixed: (edit: Edit) => Edit;
}

const edit = (text: string, target: Partial<TargetSpec> = {}, image: NewImage = SHOP, pin: Pin = 'tag'): Edit => ({
  text,
  target: { file: 'f.yaml', kind: 'auto', ...target },
  image,
  pin,
});

const cases: Case[] = [
  {
    name: 'invalid YAML',
    failing: edit('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: [ghcr.io/acme/shop:1\n'),
    message: /f\.yaml:\d+:\d+: invalid YAML: .*; fix the YAML in f\.yaml/,
    fixed: (e) => ({ ...e, text: POD('ghcr.io/acme/shop:1') }),
  },
  {
    name: 'a manifest without the image',
    failing: edit(POD('ghcr.io/acme/shop:1'), {}, { name: 'ghcr.io/acme/shopp', tag: '2' }),
    message: /no target for image ghcr\.io\/acme\/shopp; found container images ghcr\.io\/acme\/shop:1; check the image name/,
    fixed: (e) => ({ ...e, image: { name: 'ghcr.io/acme/shop', tag: '2' } }),
  },
  {
    name: 'a Kustomization without an entry for the image: add it by hand',
    failing: edit('kind: Kustomization\nimages:\n  - name: redis\n    newTag: "7"\n', { kind: 'kustomize' }),
    message: /add an entry `- name: ghcr\.io\/acme\/shop` to images: \(or add missing=add to the target line\)/,
    fixed: (e) => ({ ...e, text: `${e.text}  - name: ghcr.io/acme/shop\n` }),
  },
  {
    name: 'a Kustomization without an entry for the image: missing=add',
    failing: edit('kind: Kustomization\nimages:\n  - name: redis\n    newTag: "7"\n', { kind: 'kustomize' }),
    message: /or add missing=add to the target line/,
    fixed: (e) => ({ ...e, target: parseTargets('f.yaml kustomize missing=add')[0]! }),
  },
  {
    name: 'helm values under other keys',
    failing: edit('app:\n  image:\n    repository: ghcr.io/acme/shop\n    tag: "1"\n', { kind: 'helm' }),
    message: /found none of image\.repository, image\.tag, image\.digest; point the target at the values keys, e\.g\. `values\.yaml helm tag=app\.image\.tag`/,
    fixed: (e) => ({ ...e, target: { ...parseTargets('f.yaml helm tag=app.image.tag')[0]! } }),
  },
  {
    name: 'auto cannot tell the kind',
    failing: edit('app:\n  image:\n    repository: ghcr.io/acme/shop\n    tag: "1"\n'),
    message: /name the kind in the targets line, e\.g\. `values\.yaml helm tag=app\.image\.tag`/,
    fixed: (e) => ({ ...e, target: parseTargets('f.yaml helm tag=app.image.tag')[0]! }),
  },
  {
    name: 'setter markers that name no image, without a policy',
    failing: edit('tag: 1.0 # {"$imagepolicy": "apps:shop:tag"}\n'),
    message: /found policies apps:shop; check the image name, or select the markers with policy=namespace:name/,
    fixed: (e) => ({ ...e, target: parseTargets('f.yaml policy=apps:shop')[0]! }),
  },
  {
    name: 'setter markers of another policy',
    failing: edit('image: ghcr.io/acme/shop:1 # {"$imagepolicy": "apps:shop"}\n', { kind: 'setter', policy: 'apps:other' }),
    message: /check the policy: the file has apps:shop/,
    fixed: (e) => ({ ...e, target: { ...e.target, policy: 'apps:shop' } }),
  },
  {
    name: 'a digest pin without a :digest marker: use the pin the file has',
    failing: edit('name: ghcr.io/acme/shop # {"$imagepolicy": "apps:shop:name"}\ntag: "1.3" # {"$imagepolicy": "apps:shop:tag"}\n', {}, SHOP, 'digest'),
    message:
      /pin "digest" needs the apps:shop:digest marker, which does not exist; use pin "tag" \(the file has the apps:shop:tag marker\), or add the apps:shop:digest marker to the file/,
    fixed: (e) => ({ ...e, pin: 'tag' }),
  },
  {
    name: 'a digest pin without a :digest marker: add the marker',
    failing: edit('name: ghcr.io/acme/shop # {"$imagepolicy": "apps:shop:name"}\ntag: "1.3" # {"$imagepolicy": "apps:shop:tag"}\n', {}, SHOP, 'digest'),
    message: /or add the apps:shop:digest marker to the file/,
    fixed: (e) => ({ ...e, text: `${e.text}digest: "" # {"$imagepolicy": "apps:shop:digest"}\n` }),
  },
  {
    name: 'a multi-line block scalar image',
    failing: edit('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: |\n        ghcr.io/acme/shop:1\n        extra\n'),
    message: /holds more than one line; write the image value on one line/,
    fixed: (e) => ({ ...e, text: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/shop:1\n' }),
  },
  {
    name: 'one anchored scalar as both tag and digest',
    failing: edit('kind: Kustomization\nimages:\n  - name: ghcr.io/acme/shop\n    newTag: &v "1.3"\n    digest: *v\n', {}, SHOP, 'tag+digest'),
    message: /shares its value with another target.*; give the two values separate scalars instead of one anchor/,
    fixed: (e) => ({ ...e, text: 'kind: Kustomization\nimages:\n  - name: ghcr.io/acme/shop\n    newTag: "1.3"\n    digest: ""\n' }),
  },
  {
    name: 'a value path that names a map',
    failing: edit('app:\n  image:\n    repository: ghcr.io/acme/shop\n    tag: {a: 1}\n', { kind: 'helm', paths: { tag: 'app.image.tag' } }),
    message: /app\.image\.tag is not a scalar value; point the target at a string value/,
    fixed: (e) => ({ ...e, text: 'app:\n  image:\n    repository: ghcr.io/acme/shop\n    tag: "1"\n' }),
  },
  {
    name: 'a sha key (hex of sha256) and a sha512 image',
    failing: edit(
      'image:\n  repository: ghcr.io/acme/shop\n  tag: "1"\n  sha: ""\n',
      { kind: 'helm' },
      { ...SHOP, digest: `sha512:${'b'.repeat(128)}` },
      'tag+digest',
    ),
    message: /image\.sha takes the hex of a sha256 digest.*; push the image with its sha256 digest/,
    fixed: (e) => ({ ...e, image: SHOP }),
  },
  {
    name: 'missing=add into a flow list',
    failing: edit('kind: Kustomization\nimages: [{name: redis, newTag: "7"}]\n', { kind: 'kustomize', addMissing: true }),
    message:
      /cannot add an images entry for ghcr\.io\/acme\/shop: images: is not a block list of entries; add `- name: ghcr\.io\/acme\/shop` to images: by hand once/,
    fixed: (e) => ({ ...e, text: 'kind: Kustomization\nimages: [{name: redis, newTag: "7"}, {name: ghcr.io/acme/shop}]\n' }),
  },
  ...(['ghcr.io/Acme/Shop', 'registry.example.com/Acme/shop', 'docker.io/Acme/shop'] as const).map(
    (name): Case => ({
      name: `an uppercase repository name (${name})`,
      failing: edit(POD(`${name.toLowerCase()}:1`), {}, { name, tag: '2' }),
      message: /has uppercase letters in its repository name, which registries and Kubernetes refuse; use (\S+)$/,
      fixed: (e) => ({ ...e, image: { ...e.image, name: name.toLowerCase() } }),
    }),
  ),
  {
    name: 'pin tag for a digest-only image',
    failing: edit(POD('ghcr.io/acme/shop:1'), {}, { name: 'ghcr.io/acme/shop', digest: NEW_DIGEST }, 'tag'),
    message: /pin "tag" needs the image's tag, but ghcr\.io\/acme\/shop has none; use pin "digest"/,
    fixed: (e) => ({ ...e, pin: 'digest' }),
  },
  {
    name: 'pin tag+digest for a tag-only image',
    failing: edit(POD('ghcr.io/acme/shop:1'), {}, { name: 'ghcr.io/acme/shop', tag: '2' }, 'tag+digest'),
    message: /pin "tag\+digest" needs the image's digest, but ghcr\.io\/acme\/shop has none; use pin "tag"/,
    fixed: (e) => ({ ...e, pin: 'tag' }),
  },
  {
    name: 'a name that carries its tag',
    failing: edit(POD('ghcr.io/acme/shop:1'), {}, { name: 'ghcr.io/acme/shop:2', tag: '2' }),
    message: /carries a tag or digest; pass the name alone and the tag and digest separately/,
    fixed: (e) => ({ ...e, image: { name: 'ghcr.io/acme/shop', tag: '2' } }),
  },
];

for (const c of cases) {
  test(`the fix an error suggests works: ${c.name}`, () => {
    const run = (e: Edit) => editImage(e.text, e.target, e.image, e.pin);
    assert.throws(
      () => run(c.failing),
      (error: unknown) => error instanceof ActionError && c.message.test(error.message),
      c.name,
    );
    const result = run(c.fixed(c.failing));
    assert.ok(result.changes.length > 0, `${c.name}: the fixed edit changes the target`);
  });
}

test('the fixes the targets parser suggests work', () => {
  const fixes: [string, RegExp, string][] = [
    ['b.yaml helmet', /use one of auto, manifest, kustomize, helm, setter/, 'b.yaml helm'],
    ['a.yaml helm kustomize', /give one kind per line/, 'a.yaml helm'],
    ['a.yaml helm tag=', /write a dotted path, e\.g\. tag=app\.image\.tag/, 'a.yaml helm tag=app.image.tag'],
    ['a.yaml color=red', /use repository=, tag=, digest=, image= \(helm\), policy= \(setter\) or missing= \(kustomize\)/, 'a.yaml tag=app.image.tag'],
    ['a.yaml setter policy=shop', /write it as namespace:name, e\.g\. policy=flux-system:shop/, 'a.yaml setter policy=flux-system:shop'],
    ['a.yaml kustomize tag=x.y', /value paths are for helm targets only/, 'a.yaml helm tag=x.y'],
    ['a.yaml manifest policy=a:b', /policy= is for setter targets only/, 'a.yaml setter policy=a:b'],
    ['a.yaml tag=x policy=a:b', /use one target line per kind/, 'a.yaml tag=x'],
    ['a.yaml image=x tag=y', /use image= alone for a single `repo:tag` value/, 'a.yaml image=x'],
    ['a.yaml kustomize missing=yes', /write missing=add .* or missing=error/, 'a.yaml kustomize missing=add'],
    ['a.yaml helm missing=add', /missing=add is for kustomization files only/, 'a.yaml kustomize missing=add'],
    ['a.yaml\na.yaml helm', /list each file once/, 'a.yaml helm'],
    ['# nothing', /give one target file per line, e\.g\. apps\/shop\/deployment\.yaml/, 'apps/shop/deployment.yaml'],
  ];
  for (const [input, fix, fixed] of fixes) {
    assert.throws(
      () => parseTargets(input),
      (error: unknown) => error instanceof InputError && fix.test(error.message),
      input,
    );
    assert.ok(parseTargets(fixed).length > 0, fixed);
  }
});
