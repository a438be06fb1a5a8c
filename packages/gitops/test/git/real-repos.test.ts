import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type BumpOptions, bumpImage, bumpImages, editImage, readBumpRecords } from '@service-pipeline/gitops';
import { parseAllDocuments } from 'yaml';
import { type ConfigRepo, createConfigRepo, filesOf } from '../../../../test/helpers/git-remote.js';
import { kustomizeBuild } from '../../../../test/helpers/kustomize.js';

// Bumps into config repositories and charts modelled on public ones (see fixtures/real/README.md).

const REAL = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/real');
const DIGEST = `sha256:${'c'.repeat(64)}`;
const author = { name: 'Bump Bot', email: 'bot@example.com' };

/** Every container image of a rendered kustomization, by kind/name/container. */
function imagesOf(rendered: string): Map<string, string> {
  const images = new Map<string, string>();
  for (const doc of parseAllDocuments(rendered)) {
    const object = doc.toJS() as {
      kind?: string;
      metadata?: { name?: string };
      spec?: { template?: { spec?: { containers?: { name: string; image: string }[] } } };
    } | null;
    for (const container of object?.spec?.template?.spec?.containers ?? [])
      images.set(`${object?.kind}/${object?.metadata?.name}/${container.name}`, container.image);
  }
  return images;
}

/** Renders the kustomization at `dir` of the repository's branch head, with every file of the head written out. */
async function render(repo: ConfigRepo, files: string[], dir: string): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'sp-render-'));
  try {
    for (const file of files) {
      await mkdir(dirname(join(out, file)), { recursive: true });
      await writeFile(join(out, file), await repo.read(file));
    }
    return await kustomizeBuild(join(out, dir));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * `kubectl kustomize` before and after: the rendered output differs only in the expected image
 * values (several are accepted where kustomize versions differ: kustomize 3 renders a tag plus
 * digest entry as `name@digest`, kustomize 5 as `name:tag@digest`).
 */
async function assertOnlyImagesChanged(
  repo: ConfigRepo,
  files: string[],
  dir: string,
  before: string,
  expected: Record<string, string | string[]>,
): Promise<void> {
  const after = await render(repo, files, dir);
  const was = imagesOf(before);
  const now = imagesOf(after);
  assert.deepEqual([...now.keys()].sort(), [...was.keys()].sort());
  for (const [where, image] of now) {
    const wanted = [expected[where] ?? was.get(where)!].flat();
    assert.ok(wanted.includes(image), `${where}: ${image} is one of ${wanted.join(', ')}`);
  }
  // Put the old images back into the new render: what remains must be the old render exactly.
  let restored = after;
  for (const [where, image] of now) restored = restored.replace(`image: ${image}`, `image: ${was.get(where)}`);
  assert.equal(restored, before, 'nothing but the images changed in the rendered output');
}

describe('bumps into config repositories modelled on real ones', () => {
  const repos: ConfigRepo[] = [];
  const config = async (fixture: string): Promise<{ repo: ConfigRepo; files: Record<string, string> }> => {
    const files = await filesOf(join(REAL, fixture), fixture);
    const repo = await createConfigRepo(files);
    repos.push(repo);
    return { repo, files };
  };
  after(async () => {
    for (const repo of repos) await repo.remove();
  });
  const options = (repo: ConfigRepo, extra: Partial<BumpOptions> & Pick<BumpOptions, 'image' | 'targets'>): BumpOptions => ({
    remote: repo.url,
    pin: 'tag+digest',
    environment: 'prod',
    service: extra.image.name.split('/').pop()!,
    created: '2026-06-01T00:00:00Z',
    author,
    mode: 'push',
    maxAttempts: 3,
    ...extra,
  });

  test('argocd-example-apps kustomize-guestbook: no images list, missing=add adds the entry; only the image changes when rendered', async () => {
    const { repo, files } = await config('argocd-kustomize-guestbook');
    const before = await render(repo, Object.keys(files), 'argocd-kustomize-guestbook');
    const image = { name: 'gcr.io/heptio-images/ks-guestbook-demo', tag: '0.2', digest: DIGEST };
    const result = await bumpImage(
      options(repo, { image, targets: [{ file: 'argocd-kustomize-guestbook/kustomization.yaml', kind: 'kustomize', addMissing: true }] }),
    );
    assert.equal(result.result, 'pushed');
    assert.equal(
      await repo.read('argocd-kustomize-guestbook/kustomization.yaml'),
      `${files['argocd-kustomize-guestbook/kustomization.yaml']}images:\n- name: gcr.io/heptio-images/ks-guestbook-demo\n  newTag: "0.2"\n  digest: ${DIGEST}\n`,
    );
    await assertOnlyImagesChanged(repo, Object.keys(files), 'argocd-kustomize-guestbook', before, {
      'Deployment/kustomize-guestbook-ui/guestbook-ui': [
        `gcr.io/heptio-images/ks-guestbook-demo:0.2@${DIGEST}`,
        `gcr.io/heptio-images/ks-guestbook-demo@${DIGEST}`,
      ],
    });
  });

  test('argocd-example-apps helm-guestbook: the templates read no digest, so none is written, and the commit does not claim one', async () => {
    const { repo, files } = await config('argocd-helm-guestbook');
    const image = { name: 'gcr.io/heptio-images/ks-guestbook-demo', tag: '0.2', digest: DIGEST };
    const result = await bumpImage(options(repo, { image, targets: [{ file: 'argocd-helm-guestbook/values.yaml', kind: 'auto' }] }));
    assert.equal(result.result, 'pushed');
    // 0.2 unquoted would be a number: the new tag is quoted so the chart renders the string.
    assert.equal(await repo.read('argocd-helm-guestbook/values.yaml'), files['argocd-helm-guestbook/values.yaml']!.replace('tag: 0.1', 'tag: "0.2"'));
    assert.ok(
      result.notes.some((n) => /image\.digest was not written: the chart's templates \(argocd-helm-guestbook\/templates\) never read image\.digest/.test(n)),
      JSON.stringify(result.notes),
    );
    const [commit] = await repo.log();
    assert.equal(commit!.subject, 'Bump ks-guestbook-demo in prod to 0.2');
    const [record] = readBumpRecords(`${commit!.subject}\n\n${commit!.body}`);
    assert.equal(record!.digest, undefined);
    assert.equal(record!.tag, '0.2');
  });

  test('microservices-demo: three services released in one commit; only their images change when rendered', async () => {
    const { repo, files } = await config('microservices-demo-kustomize');
    const overlay = 'microservices-demo-kustomize/overlays/prod';
    const before = await render(repo, Object.keys(files), overlay);
    const registry = 'us-central1-docker.pkg.dev/google-samples/microservices-demo';
    const services = ['emailservice', 'frontend', 'cartservice'];
    const result = await bumpImages({
      ...options(repo, { image: { name: `${registry}/x` }, targets: [] }),
      images: services.map((s) => ({ image: { name: `${registry}/${s}`, tag: 'v0.10.6' }, service: s, created: '2026-06-01T00:00:00Z' })),
      targets: [{ file: `${overlay}/kustomization.yaml`, kind: 'kustomize' }],
      pin: 'tag',
    });
    assert.equal(result.result, 'pushed');
    assert.equal((await repo.log()).length, 2, 'one commit');
    await assertOnlyImagesChanged(
      repo,
      Object.keys(files),
      overlay,
      before,
      Object.fromEntries(services.map((s) => [`Deployment/${s}/server`, `${registry}/${s}:v0.10.6`])),
    );
  });

  test('grafana chart: split registry, digest written as the hex its template prefixes with @sha256:', async () => {
    const { repo, files } = await config('grafana-chart');
    const result = await bumpImage(
      options(repo, {
        image: { name: 'docker.io/grafana/grafana', tag: '11.3.0', digest: DIGEST },
        targets: [{ file: 'grafana-chart/values.yaml', kind: 'helm' }],
      }),
    );
    assert.equal(result.result, 'pushed');
    assert.equal(
      await repo.read('grafana-chart/values.yaml'),
      files['grafana-chart/values.yaml']!.replace('  tag: ""\n  sha: ""', `  tag: "11.3.0"\n  sha: "${'c'.repeat(64)}"`),
    );
    assert.deepEqual(
      result.changes.map((c) => [c.path, c.new]),
      [
        ['image.tag', '11.3.0'],
        ['image.sha', 'c'.repeat(64)],
      ],
    );
  });

  test('bitnami chart: the whole image map goes to common.images.image, which reads .imageRoot.digest: tag and full digest are written', async () => {
    const { repo, files } = await config('bitnami-chart');
    const result = await bumpImage(
      options(repo, {
        image: { name: 'docker.io/bitnami/nginx', tag: '1.27.2-debian-12-r0', digest: DIGEST },
        targets: [{ file: 'bitnami-chart/values.yaml', kind: 'helm' }],
      }),
    );
    assert.equal(result.result, 'pushed');
    assert.equal(
      await repo.read('bitnami-chart/values.yaml'),
      files['bitnami-chart/values.yaml']!.replace('tag: 1.27.1-debian-12-r2\n  digest: ""', `tag: 1.27.2-debian-12-r0\n  digest: "${DIGEST}"`),
    );
  });

  test('a single reference string', async () => {
    const { repo, files } = await config('single-image-chart');
    const result = await bumpImage(
      options(repo, { image: { name: 'ghcr.io/acme/web', tag: '1.1.0', digest: DIGEST }, targets: [{ file: 'single-image-chart/values.yaml', kind: 'auto' }] }),
    );
    assert.equal(result.result, 'pushed');
    assert.equal(
      await repo.read('single-image-chart/values.yaml'),
      files['single-image-chart/values.yaml']!.replace('ghcr.io/acme/web:1.0.0', `ghcr.io/acme/web:1.1.0@${DIGEST}`),
    );
  });

  test("Flux's own setter test data: the edit gives Flux's expected files byte for byte", async () => {
    const flux = join(REAL, 'flux-setters');
    const read = (file: string) => readFile(join(flux, file), 'utf8');
    const policy = { name: 'index.repo.fake/updated', tag: 'v1.0.1' };
    const withDigest = { name: 'docker.io/library/image', tag: 'v1.0.0', digest: 'sha256:6745aaad46d795c9836632e1fb62f24b7e7f4c843144da8e47a5465c411a14be' };
    let kustomization = editImage(
      await read('original/kustomization.yml'),
      { file: 'kustomization.yml', kind: 'setter', policy: 'automation-ns:policy' },
      policy,
      'tag',
    ).text;
    kustomization = editImage(
      kustomization,
      { file: 'kustomization.yml', kind: 'setter', policy: 'automation-ns:policy-with-digest' },
      withDigest,
      'tag+digest',
    ).text;
    assert.equal(kustomization, await read('expected/kustomization.yml'));
    const marked = editImage(await read('original/marked.yaml'), { file: 'marked.yaml', kind: 'auto', policy: 'automation-ns:policy' }, policy, 'tag');
    assert.equal(marked.text, await read('expected/marked.yaml'));
  });
});
