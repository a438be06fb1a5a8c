import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '@service-pipeline/action-kit';
import { parseTargets, type TargetSpec } from '../../src/edit/index.js';

test('parses one target per line with kind, value paths and policy', () => {
  const input = [
    '# config repo targets',
    'apps/shop/deployment.yaml',
    '',
    'apps/shop/values.yaml helm tag=app.image.tag   # custom path',
    '  clusters/prod/kustomization.yaml kustomize',
    'apps/shop/release.yaml setter policy=flux-system:shop',
    'apps/shop/values-b.yaml repository=images[0].repo tag=images[0].tag digest=images[0].digest',
    'apps/shop/values-c.yaml helm image=global.images.shop',
    'apps/shop/flux.yaml policy=apps:shop-blue',
    'apps/shop/pod.yaml manifest',
    'apps/shop/any.yaml auto\r',
  ].join('\n');
  const expected: TargetSpec[] = [
    { file: 'apps/shop/deployment.yaml', kind: 'auto' },
    { file: 'apps/shop/values.yaml', kind: 'helm', paths: { tag: 'app.image.tag' } },
    { file: 'clusters/prod/kustomization.yaml', kind: 'kustomize' },
    { file: 'apps/shop/release.yaml', kind: 'setter', policy: 'flux-system:shop' },
    { file: 'apps/shop/values-b.yaml', kind: 'helm', paths: { repository: 'images[0].repo', tag: 'images[0].tag', digest: 'images[0].digest' } },
    { file: 'apps/shop/values-c.yaml', kind: 'helm', paths: { image: 'global.images.shop' } },
    { file: 'apps/shop/flux.yaml', kind: 'setter', policy: 'apps:shop-blue' },
    { file: 'apps/shop/pod.yaml', kind: 'manifest' },
    { file: 'apps/shop/any.yaml', kind: 'auto' },
  ];
  assert.deepEqual(parseTargets(input), expected);
});

test('bad target lines fail naming the input, the line and the fix', () => {
  const cases: [string, RegExp][] = [
    ['a.yaml\nb.yaml helmet', /^input "targets" line 2 \("b\.yaml helmet"\) has an unknown kind "helmet"; use one of auto, manifest, kustomize, helm, setter$/],
    ['a.yaml helm kustomize', /line 1 .* has a second kind "kustomize"/],
    ['a.yaml helm tag=', /line 1 .* has tag path ""; write a dotted path/],
    ['a.yaml helm tag=a..b', /has tag path "a\.\.b"/],
    ['a.yaml color=red', /has an unknown option "color"; use repository=, tag=, digest=, image= \(helm\), policy= \(setter\) or missing= \(kustomize\)/],
    ['a.yaml setter policy=shop', /has policy "shop"; write it as namespace:name/],
    ['a.yaml kustomize tag=x.y', /gives value paths to a kustomize target/],
    ['a.yaml manifest policy=a:b', /gives a policy to a manifest target/],
    ['a.yaml tag=x policy=a:b', /mixes value paths and a policy/],
    ['a.yaml image=x tag=y', /mixes image= with other paths/],
    ['a.yaml\n# c\na.yaml helm', /line 3 .* repeats a\.yaml; list each file once/],
    ['# only comments\n\n', /^input "targets" lists no file/],
  ];
  for (const [input, message] of cases) {
    assert.throws(
      () => parseTargets(input),
      (error: unknown) => error instanceof InputError && error.input === 'targets' && message.test(error.message),
      input,
    );
  }
  assert.throws(() => parseTargets('a.yaml bad', 'files'), /^InputError|input "files" line 1/);
});
