import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type EditContext, editImage, type NewImage, type Pin, type TargetKind, type TargetSpec } from '../../src/edit/index.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/edit');
const NEW_DIGEST = `sha256:${'b'.repeat(64)}`;
const SHOP: NewImage = { name: 'ghcr.io/acme/shop', tag: '1.4.0', digest: NEW_DIGEST };
const OLD_SHOP = 'ghcr.io/acme/shop:1.3.9';

/** [path, line, old, new] */
type ExpectedChange = [string, number, string, string];

interface Case {
  target?: Partial<TargetSpec>;
  /** The chart's templates, when the values file belongs to one in the repository. */
  context?: EditContext;
  image?: NewImage;
  pin?: Pin;
  kind: TargetKind;
  changes: ExpectedChange[];
  notes?: RegExp[];
}

const CT = 'spec.template.spec.containers';
/** A chart whose deployment template reads repository, tag and digest of `image`. */
const READS_DIGEST: EditContext = {
  chart: {
    dir: '',
    templates: [
      {
        path: 'templates/deployment.yaml',
        text: 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}{{ with .Values.image.digest }}@{{ . }}{{ end }}"\n',
      },
    ],
  },
};
const cases: Record<string, Case> = {
  'manifest-deployment-tag': {
    kind: 'manifest',
    changes: [[`${CT}[0].image`, 15, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']],
    notes: [/edited as manifest because it holds Kubernetes objects/],
  },
  'manifest-init-and-containers': {
    target: { kind: 'manifest' },
    kind: 'manifest',
    changes: [
      ['spec.template.spec.initContainers[0].image', 10, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`${CT}[0].image`, 14, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
    ],
  },
  'manifest-statefulset-digest': {
    image: { name: 'ghcr.io/acme/shop', digest: NEW_DIGEST },
    pin: 'digest',
    kind: 'manifest',
    changes: [[`${CT}[0].image`, 11, OLD_SHOP, `ghcr.io/acme/shop@${NEW_DIGEST}`]],
  },
  'manifest-cronjob-tag-digest': {
    pin: 'tag+digest',
    kind: 'manifest',
    changes: [['spec.jobTemplate.spec.template.spec.containers[0].image', 14, `${OLD_SHOP}@sha256:${'a'.repeat(64)}`, `ghcr.io/acme/shop:1.4.0@${NEW_DIGEST}`]],
  },
  'manifest-pod-ephemeral': { kind: 'manifest', changes: [['spec.ephemeralContainers[0].image', 11, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
  'manifest-docker-hub-short-name': {
    image: { name: 'docker.io/library/nginx', tag: '1.27.1' },
    kind: 'manifest',
    changes: [
      [`${CT}[0].image`, 10, 'nginx:1.25', 'nginx:1.27.1'],
      [`${CT}[1].image`, 12, 'docker.io/library/nginx', 'docker.io/library/nginx:1.27.1'],
      [`${CT}[2].image`, 14, 'index.docker.io/library/nginx:1.24', 'index.docker.io/library/nginx:1.27.1'],
    ],
  },
  'manifest-multi-document': {
    kind: 'manifest',
    changes: [
      [`doc[1].${CT}[0].image`, 20, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`doc[2].${CT}[0].image`, 32, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
    ],
  },
  'manifest-quoting-kept': {
    kind: 'manifest',
    changes: [
      ['spec.template.spec.initContainers[0].image', 10, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`${CT}[0].image`, 13, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`${CT}[1].image`, 15, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
    ],
  },
  'manifest-flow-style': { kind: 'manifest', changes: [[`${CT}[0].image`, 7, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
  // The anchored value changes once, so every alias of it changes too: each is reported.
  'manifest-anchor-and-aliases': {
    kind: 'manifest',
    changes: [
      ['metadata.annotations["pipeline/image"]', 6, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      ['spec.template.spec.initContainers[0].image', 6, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`${CT}[0].image`, 6, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`${CT}[0].env[0].value`, 6, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
    ],
  },
  'manifest-block-scalar': { kind: 'manifest', changes: [[`${CT}[0].image`, 11, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
  'manifest-custom-resource-pod-template': { kind: 'manifest', changes: [[`${CT}[0].image`, 14, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
  'manifest-registry-port-and-case': { kind: 'manifest', changes: [['spec.containers[1].image', 10, 'ghcr.io/Acme/Shop:1.3.9', 'ghcr.io/Acme/Shop:1.4.0']] },
  'manifest-equal-noop': { kind: 'manifest', changes: [] },
  'manifest-yaml11-safe-image-plain': {
    image: { name: 'ghcr.io/acme/shop', tag: '1.20' },
    kind: 'manifest',
    changes: [['spec.containers[0].image', 7, OLD_SHOP, 'ghcr.io/acme/shop:1.20']],
  },

  'kustomize-newtag': {
    target: { file: 'kustomization.yaml' },
    kind: 'kustomize',
    changes: [['images[0].newTag', 8, '1.3.9', '1.4.0']],
    notes: [/because it is a Kustomization/],
  },
  'kustomize-insert-newtag': {
    target: { file: 'overlays/prod/kustomization.yaml' },
    kind: 'kustomize',
    changes: [['images[0].newTag', 5, '', '1.4.0']],
    notes: [/kustomization file with images/],
  },
  'kustomize-match-newname': { kind: 'kustomize', changes: [['images[0].newTag', 5, '1.3.9', '1.4.0']] },
  'kustomize-digest-updates-tag': {
    pin: 'digest',
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 4, '1.3.9', '1.4.0'],
      ['images[0].digest', 5, '', NEW_DIGEST],
    ],
  },
  'kustomize-digest-keeps-unknown-tag': {
    image: { name: 'ghcr.io/acme/shop', digest: NEW_DIGEST },
    pin: 'digest',
    kind: 'kustomize',
    changes: [['images[0].digest', 5, `sha256:${'a'.repeat(64)}`, NEW_DIGEST]],
    notes: [/images\[0\]\.newTag keeps 1\.3\.9: with pin "digest" the digest decides/],
  },
  'kustomize-flow-entry': {
    pin: 'tag+digest',
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 3, '1.3.9', '1.4.0'],
      ['images[0].digest', 3, '', NEW_DIGEST],
    ],
  },
  'kustomize-tag-pin-clears-digest': {
    image: { name: 'ghcr.io/acme/shop', tag: '1.4.0' },
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 4, '1.3.9', '1.4.0'],
      ['images[0].digest', 5, `sha256:${'a'.repeat(64)}`, ''],
    ],
    notes: [/^images\[0\]\.digest was cleared/],
  },
  // missing=add: an image without an entry gets one, as `kustomize edit set image` does.
  'kustomize-add-missing-entry': {
    target: { addMissing: true },
    pin: 'tag+digest',
    kind: 'kustomize',
    changes: [['images[1]', 8, '', `ghcr.io/acme/shop:1.4.0@${NEW_DIGEST}`]],
    notes: [/added an images entry for ghcr\.io\/acme\/shop \(missing=add\)/],
  },
  'kustomize-add-missing-list': {
    target: { addMissing: true, kind: 'kustomize' },
    kind: 'kustomize',
    changes: [['images', 6, '', 'ghcr.io/acme/shop:1.4.0']],
  },
  'kustomize-flow-list-insert': {
    pin: 'tag+digest',
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 2, '', '1.4.0'],
      ['images[0].digest', 2, '', NEW_DIGEST],
    ],
  },
  'kustomize-tag-pin-refreshes-digest': {
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 4, '1.3.9', '1.4.0'],
      ['images[0].digest', 5, `sha256:${'a'.repeat(64)}`, NEW_DIGEST],
    ],
  },
  'kustomize-insert-inherits-quotes': {
    pin: 'tag+digest',
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 4, '1.3.9', '1.4.0'],
      ['images[0].digest', 5, '', NEW_DIGEST],
    ],
  },
  'kustomize-yaml11-tags': { image: { name: 'ghcr.io/acme/shop', tag: '1.20' }, kind: 'kustomize', changes: [['images[0].newTag', 4, 'v1.3.9', '1.20']] },
  'kustomize-component-other-filename': { target: { file: 'components/shop.yaml' }, kind: 'kustomize', changes: [['images[0].newTag', 5, '1.3.9', '1.4.0']] },

  'helm-default-paths': { target: { file: 'values.yaml' }, kind: 'helm', changes: [['image.tag', 8, '1.3.9', '1.4.0']], notes: [/top-level image value/] },
  'helm-insert-digest': {
    target: { kind: 'helm' },
    context: READS_DIGEST,
    pin: 'tag+digest',
    kind: 'helm',
    changes: [
      ['image.tag', 3, '1.3.9', '1.4.0'],
      ['image.digest', 4, '', NEW_DIGEST],
    ],
  },
  'helm-custom-paths': {
    target: { kind: 'helm', paths: { repository: 'app.image.repo', tag: 'app.image.version' } },
    kind: 'helm',
    changes: [['app.image.version', 4, '1.3.9', '1.4.0']],
  },
  'helm-single-image-string': {
    target: { kind: 'helm' },
    pin: 'tag+digest',
    kind: 'helm',
    changes: [['image', 1, OLD_SHOP, `ghcr.io/acme/shop:1.4.0@${NEW_DIGEST}`]],
  },
  'helm-bitnami-registry': {
    target: { kind: 'helm' },
    pin: 'digest',
    kind: 'helm',
    changes: [
      ['image.tag', 4, '1.3.9-debian-12-r0', '1.4.0'],
      ['image.digest', 5, '', NEW_DIGEST],
    ],
  },
  'helm-empty-tag': { target: { kind: 'helm' }, kind: 'helm', changes: [['image.tag', 3, '', '1.4.0']] },
  'helm-empty-tag-with-comment': { target: { kind: 'helm' }, kind: 'helm', changes: [['image.tag', 3, '', '1.4.0']] },
  'helm-top-level-paths-bom': {
    target: { kind: 'helm', paths: { repository: 'repo', tag: 'tag' } },
    kind: 'helm',
    changes: [['tag', 2, '', '1.4.0']],
  },
  // Without the chart's templates, a digest key that is not in the file is never invented.
  'helm-digest-not-invented': {
    target: { kind: 'helm' },
    pin: 'tag+digest',
    kind: 'helm',
    changes: [['image.tag', 3, '1.3.9', '1.4.0']],
    notes: [/^image\.digest was not written: helm-digest-not-invented\.yaml has no image\.digest and the chart's templates are not in the config repository/],
  },
  // A tag-only bump clears a digest that would keep the old image running.
  'helm-tag-pin-clears-digest': {
    image: { name: 'ghcr.io/acme/shop', tag: '1.4.0' },
    kind: 'helm',
    changes: [
      ['image.tag', 3, '1.3.9', '1.4.0'],
      ['image.digest', 4, `sha256:${'a'.repeat(64)}`, ''],
    ],
    notes: [/^image\.digest was cleared \(it pinned sha256:a+\)/],
  },
  'helm-alias-map': {
    target: { kind: 'helm' },
    pin: 'tag+digest',
    kind: 'helm',
    changes: [
      ['defaults.tag', 4, '1.3.9', '1.4.0'],
      ['image.tag', 4, '1.3.9', '1.4.0'],
      ['defaults.digest', 5, '', NEW_DIGEST],
      ['image.digest', 5, '', NEW_DIGEST],
    ],
  },
  'helm-tag-only-map': {
    target: { file: 'values.yaml' },
    kind: 'helm',
    changes: [['image.tag', 2, '1.3.9', '1.4.0']],
    notes: [/^no image\.repository to check the image name against/],
  },
  'helm-custom-single-image-path': {
    target: { paths: { image: 'global.images.shop' } },
    kind: 'helm',
    changes: [['global.images.shop', 3, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']],
    notes: [/because value paths were given/],
  },

  'setter-full-image': { kind: 'setter', changes: [[`${CT}[0].image`, 10, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']], notes: [/\$imagepolicy markers/] },
  'setter-name-and-tag': { kind: 'setter', changes: [['spec.values.image.tag', 9, '1.3.9', '1.4.0']] },
  'setter-list-items': { kind: 'setter', changes: [['images[0]', 2, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
  'setter-policy-selects': { target: { kind: 'setter', policy: 'apps:shop-green' }, kind: 'setter', changes: [['green.tag', 4, '1.3.9', '1.4.0']] },
  'setter-tag-and-digest': {
    pin: 'tag+digest',
    kind: 'setter',
    changes: [
      ['image.tag', 3, '1.3.9', '1.4.0'],
      ['image.digest', 4, `sha256:${'a'.repeat(64)}`, NEW_DIGEST],
    ],
  },
  // Applied where Flux applies them (lines 15, 19, 32, 34, 35), left alone and named elsewhere.
  'setter-flux-placements': {
    kind: 'setter',
    changes: [
      [`${CT}[0].image`, 15, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      [`${CT}[1].args[0]`, 19, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      ['spec.template.spec.sidecars[0]', 32, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      ['spec.template.spec.sidecars[1]', 34, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
      ['spec.template.spec.sidecars[2]', 35, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0'],
    ],
    notes: [8, 24, 26, 28].map((line) => new RegExp(`^line ${line}: the \\$imagepolicy marker is not on a value Flux would set`)),
  },
  // An explicit policy selects its markers whatever image they name (the image moved registry), as in Flux.
  'setter-policy-moves-registry': {
    target: { policy: 'flux-system:shop' },
    kind: 'setter',
    changes: [
      ['spec.values.image.repository', 6, 'docker.io/acme/shop', 'ghcr.io/acme/shop'],
      ['spec.values.image.tag', 7, '1.3.9', '1.4.0'],
      ['spec.values.sidecar', 8, 'docker.io/acme/shop:1.3.9', 'ghcr.io/acme/shop:1.4.0'],
    ],
  },
  'setter-in-kustomization': { target: { file: 'kustomization.yaml' }, kind: 'setter', changes: [['images[0].newTag', 6, '1.3.9', '1.4.0']] },
  'setter-full-image-digest-pin': {
    image: { name: 'ghcr.io/acme/shop', digest: NEW_DIGEST },
    pin: 'digest',
    kind: 'setter',
    changes: [['spec.image', 2, OLD_SHOP, `ghcr.io/acme/shop@${NEW_DIGEST}`]],
  },

  'bytes-bom-crlf-no-final-newline': { kind: 'manifest', changes: [['spec.containers[0].image', 8, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
  'bytes-crlf-kustomize-insert': {
    pin: 'tag+digest',
    kind: 'kustomize',
    changes: [
      ['images[0].newTag', 4, '1.3.9', '1.4.0'],
      ['images[0].digest', 5, '', NEW_DIGEST],
    ],
  },
  'bytes-insert-at-eof-without-newline': {
    target: { kind: 'helm' },
    context: READS_DIGEST,
    pin: 'tag+digest',
    kind: 'helm',
    changes: [
      ['image.tag', 3, '1.3.9', '1.4.0'],
      ['image.digest', 4, '', NEW_DIGEST],
    ],
  },
  'bytes-tabs-and-trailing-spaces-in-comments': { kind: 'manifest', changes: [['spec.containers[0].image', 6, OLD_SHOP, 'ghcr.io/acme/shop:1.4.0']] },
};

interface Variant {
  name: string;
  applies: (input: string) => boolean;
  transform: (text: string) => string;
}

/** Every fixture also runs with CRLF line endings, a BOM and without its final newline. */
const variants: Variant[] = [
  { name: 'as written', applies: () => true, transform: (text) => text },
  { name: 'CRLF', applies: (input) => !input.includes('\r'), transform: (text) => text.replaceAll('\n', '\r\n') },
  { name: 'BOM', applies: (input) => !input.startsWith('\uFEFF'), transform: (text) => `\uFEFF${text}` },
  { name: 'no final newline', applies: (input) => input.endsWith('\n'), transform: (text) => text.replace(/\r?\n$/, '') },
];

function readFixture(name: string): { input: string; expected: string } {
  const input = readFileSync(path.join(FIXTURES, name, 'input.yaml'), 'utf8');
  const expectedFile = path.join(FIXTURES, name, 'expected.yaml');
  return { input, expected: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : input };
}

test('every fixture directory has a case and every case a fixture', () => {
  assert.deepEqual(readdirSync(FIXTURES).sort(), Object.keys(cases).sort());
});

for (const [name, spec] of Object.entries(cases)) {
  test(`edits ${name} byte-exactly`, async (t) => {
    const { input, expected } = readFixture(name);
    const target: TargetSpec = { file: `${name}.yaml`, kind: 'auto', ...spec.target };
    for (const variant of variants.filter((v) => v.applies(input))) {
      await t.test(variant.name, () => {
        const result = editImage(variant.transform(input), target, spec.image ?? SHOP, spec.pin ?? 'tag', spec.context);
        assert.equal(result.text, variant.transform(expected));
        assert.equal(result.kind, spec.kind);
        assert.deepEqual(
          result.changes.map((c) => [c.path, c.line, c.old, c.new]),
          spec.changes,
        );
        for (const change of result.changes) {
          assert.equal(change.file, target.file);
          assert.equal(change.kind, spec.kind);
        }
        for (const note of spec.notes ?? [])
          assert.ok(
            result.notes.some((n) => note.test(n)),
            `a note matching ${note} in ${JSON.stringify(result.notes)}`,
          );
      });
    }
  });
}

test('editing the edited text again with the same image changes nothing', () => {
  for (const [name, spec] of Object.entries(cases)) {
    const { expected } = readFixture(name);
    const target: TargetSpec = { file: `${name}.yaml`, kind: 'auto', ...spec.target };
    const again = editImage(expected, target, spec.image ?? SHOP, spec.pin ?? 'tag', spec.context);
    assert.equal(again.text, expected, name);
    assert.deepEqual(again.changes, [], name);
  }
});
