import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isMap } from 'yaml';
import { EditPlan } from '../../src/edit/edit-plan.js';
import { EditVerificationError, editImage, type NewImage, type Pin, TargetNotFoundError, type TargetSpec, YamlSyntaxError } from '../../src/edit/index.js';
import { pairOf, parseYaml } from '../../src/edit/yaml-source.js';

const _OLD_DIGEST = `sha256:${'a'.repeat(64)}`;
const NEW_DIGEST = `sha256:${'b'.repeat(64)}`;
const SHOP: NewImage = { name: 'ghcr.io/acme/shop', tag: '1.4.0', digest: NEW_DIGEST };
const POD = (image: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`;

test('malformed YAML fails with file:line:col and the parser reason', () => {
  const cases: [string, string, RegExp][] = [
    [
      'unclosed flow sequence',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: [ghcr.io/acme/shop:1\n',
      /^apps\/bad\.yaml:7:\d+: invalid YAML: /,
    ],
    ['bad indentation', 'image:\n  repository: ghcr.io/acme/shop\n tag: 1.0\n', /^apps\/bad\.yaml:3:\d+: invalid YAML: /],
    ['duplicate key', 'image:\n  tag: 1.0\n  tag: 1.1\n', /^apps\/bad\.yaml:3:3: invalid YAML: Map keys must be unique/],
    ['error in the second document', 'a: 1\n---\nb: [\n', /^apps\/bad\.yaml:4:1: invalid YAML: /],
    ['tab indentation', 'image:\n\ttag: 1.0\n', /^apps\/bad\.yaml:2:\d+: invalid YAML: /],
  ];
  for (const [name, text, message] of cases) {
    assert.throws(
      () => editImage(text, { file: 'apps/bad.yaml', kind: 'auto' }, SHOP, 'tag'),
      (error: unknown) => error instanceof YamlSyntaxError && message.test(error.message) && error.file === 'apps/bad.yaml',
      name,
    );
  }
});

test('a target that does not hold the image fails naming file, kind, image and what was found', () => {
  const cases: [string, string, TargetSpec, NewImage, RegExp[]][] = [
    [
      'manifest with other images',
      POD('ghcr.io/acme/other:1'),
      { file: 'pod.yaml', kind: 'manifest' },
      SHOP,
      [/^pod\.yaml \(manifest\): no target for image ghcr\.io\/acme\/shop; found container images ghcr\.io\/acme\/other:1/],
    ],
    [
      'manifest: same path, other registry',
      POD('docker.io/acme/shop:1'),
      { file: 'pod.yaml', kind: 'auto' },
      SHOP,
      [/found container images docker\.io\/acme\/shop:1/],
    ],
    [
      'manifest without containers',
      'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n',
      { file: 'cm.yaml', kind: 'auto' },
      SHOP,
      [/\(manifest\).*found no container image/],
    ],
    [
      'kustomize with other images',
      'kind: Kustomization\nimages:\n  - name: redis\n    newTag: "7"\n',
      { file: 'kustomization.yaml', kind: 'kustomize' },
      SHOP,
      [/\(kustomize\).*found images redis/, /add an entry `- name: ghcr\.io\/acme\/shop`/],
    ],
    ['kustomize without images', 'kind: Kustomization\nresources: [a.yaml]\n', { file: 'k.yaml', kind: 'kustomize' }, SHOP, [/found no `images:` list/]],
    [
      'helm repository of another image',
      'image:\n  repository: ghcr.io/acme/other\n  tag: "1"\n',
      { file: 'values.yaml', kind: 'helm' },
      SHOP,
      [/\(helm\).*found image\.repository: ghcr\.io\/acme\/other/],
    ],
    [
      'helm without the paths',
      'replicas: 1\n',
      { file: 'values.yaml', kind: 'helm', paths: { tag: 'app.image.tag' } },
      SHOP,
      [/found none of app\.image\.repository, app\.image\.tag, app\.image\.digest/],
    ],
    [
      'helm custom image path missing',
      'images: {}\n',
      { file: 'values.yaml', kind: 'helm', paths: { image: 'images.shop' } },
      SHOP,
      [/found none of images\.shop$|found none of images\.shop;/],
    ],
    ['helm single string of another image', 'image: redis:7\n', { file: 'values.yaml', kind: 'helm' }, SHOP, [/found image: redis:7/]],
    [
      'setter markers without a name and no policy',
      'tag: 1.0 # {"$imagepolicy": "apps:shop:tag"}\n',
      { file: 'v.yaml', kind: 'auto' },
      SHOP,
      [/\(setter\).*found policies apps:shop/, /policy=namespace:name/],
    ],
    [
      'setter policy not present',
      'image: ghcr.io/acme/shop:1 # {"$imagepolicy": "apps:shop"}\n',
      { file: 'v.yaml', kind: 'setter', policy: 'apps:other' },
      SHOP,
      [/found policies apps:shop naming ghcr\.io\/acme\/shop \(wanted apps:other\)/],
    ],
    ['setter kind without markers', POD('ghcr.io/acme/shop:1'), { file: 'pod.yaml', kind: 'setter' }, SHOP, [/found no \$imagepolicy marker/]],
    [
      'auto cannot tell the kind',
      'foo: bar\nlist: [1, 2]\n',
      { file: 'misc.yaml', kind: 'auto' },
      SHOP,
      [/^misc\.yaml \(auto\)/, /name the kind in the targets line/],
    ],
    ['empty file', '', { file: 'empty.yaml', kind: 'auto' }, SHOP, [/^empty\.yaml \(auto\)/]],
  ];
  for (const [name, text, target, image, messages] of cases) {
    assert.throws(
      () => editImage(text, target, image, 'tag'),
      (error: unknown) => error instanceof TargetNotFoundError && messages.every((m) => m.test(error.message)),
      name,
    );
  }
});

test('edits that would deploy something else than the pin asks are refused', () => {
  const cases: [string, string, TargetSpec, NewImage, Pin, RegExp][] = [
    [
      'digest pin without a :digest marker',
      'name: ghcr.io/acme/shop # {"$imagepolicy": "apps:shop:name"}\ntag: "1.3" # {"$imagepolicy": "apps:shop:tag"}\n',
      { file: 'v.yaml', kind: 'auto' },
      SHOP,
      'digest',
      /pin "digest" needs the apps:shop:digest marker, which does not exist/,
    ],
    [
      'multi-line block scalar image',
      'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: |\n        ghcr.io/acme/shop:1\n        extra\n',
      { file: 'pod.yaml', kind: 'auto' },
      SHOP,
      'tag',
      /pod\.yaml: the block scalar at spec\.containers\[0\]\.image holds more than one line/,
    ],
    [
      'one anchored scalar serving as both tag and digest',
      'kind: Kustomization\nimages:\n  - name: ghcr.io/acme/shop\n    newTag: &v "1.3"\n    digest: *v\n',
      { file: 'kustomization.yaml', kind: 'auto' },
      SHOP,
      'tag+digest',
      /images\[0\]\.digest shares its value with another target that gets 1\.4\.0.*separate scalars/,
    ],
  ];
  for (const [name, text, target, image, pin, message] of cases) {
    assert.throws(
      () => editImage(text, target, image, pin),
      (error: unknown) => error instanceof Error && message.test(error.message),
      name,
    );
  }
});

test('the new image must carry what the pin needs, and no tag in its name', () => {
  const text = POD('ghcr.io/acme/shop:1');
  const target: TargetSpec = { file: 'pod.yaml', kind: 'manifest' };
  assert.throws(() => editImage(text, target, { name: 'ghcr.io/acme/shop', digest: NEW_DIGEST }, 'tag'), /pin "tag" needs the image's tag.*; use pin "digest"/);
  assert.throws(() => editImage(text, target, { name: 'ghcr.io/acme/shop', tag: '1' }, 'digest'), /pin "digest" needs the image's digest.*; use pin "tag"/);
  assert.throws(
    () => editImage(text, target, { name: 'ghcr.io/acme/shop', tag: '1' }, 'tag+digest'),
    /pin "tag\+digest" needs the image's digest.*; use pin "tag"/,
  );
  assert.throws(() => editImage(text, target, { name: 'ghcr.io/acme/shop:1', tag: '2' }, 'tag'), /carries a tag or digest/);
  assert.throws(() => editImage(text, target, { name: 'ghcr.io/acme/shop', tag: '-bad' }, 'tag'), /tag "-bad" is invalid/);
  assert.throws(() => editImage(text, target, { name: 'ghcr.io/acme/shop', digest: 'sha256:xyz' }, 'digest'), /is not a digest/);
});

test('an edit that changes more than the planned values is an internal error and yields no text', () => {
  const text = 'image:\n  repository: ghcr.io/acme/shop\n  tag: "1"\n';
  const plan = new EditPlan(text, 'values.yaml', parseYaml(text, 'values.yaml'));
  const image = plan.docs[0]!.contents;
  assert.ok(isMap(image));
  const map = pairOf(image, 'image')!.value;
  assert.ok(isMap(map));
  // A second `tag:` key makes the result invalid YAML: verification must catch it.
  plan.insertAfter(0, map, pairOf(map, 'repository')!, 'tag', '2', ['image', 'tag']);
  assert.throws(
    () => plan.apply('helm'),
    (error: unknown) =>
      error instanceof EditVerificationError && /internal error: editing values\.yaml would change the file into invalid YAML/.test(error.message),
  );

  const other = new EditPlan(text, 'values.yaml', parseYaml(text, 'values.yaml'));
  const otherMap = pairOf(other.docs[0]!.contents, 'image')!.value;
  assert.ok(isMap(otherMap));
  // Planned as image.digest but written as `pullPolicy`: a change outside the intended paths.
  other.insertAfter(0, otherMap, pairOf(otherMap, 'tag')!, 'pullPolicy', 'Always', ['image', 'digest']);
  assert.throws(
    () => other.apply('helm'),
    (error: unknown) =>
      error instanceof EditVerificationError && /would change image\.digest, which is not an intended path|image\.pullPolicy/.test(error.message),
  );
});
