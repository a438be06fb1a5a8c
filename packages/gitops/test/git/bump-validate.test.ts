import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { type BumpOptions, BumpValidationError, bumpImage } from '@service-pipeline/gitops';
import { type ConfigRepo, createConfigRepo } from '../../../../test/helpers/git-remote.js';
import { goTool } from '../../../../test/helpers/tools.js';

const IMAGE = 'ghcr.io/acme/shop';
const FILE = 'apps/prod/deployment.yaml';
// Shaped like argocd-example-apps' guestbook Deployment: no securityContext, so the policy pack
// already finds SP-SEC-001 (may run as root) before any bump.
const deployment = (tag: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: shop',
    '  labels: {team: storefront}',
    'spec:',
    '  replicas: 1',
    '  selector:',
    '    matchLabels: {app: shop}',
    '  template:',
    '    metadata:',
    '      labels: {app: shop}',
    '    spec:',
    '      containers:',
    '        - name: shop',
    `          image: ${IMAGE}:${tag}`,
    '',
  ].join('\n');
// The cluster's own admission rule, kept next to the manifests: no release candidates in prod.
const POLICY = `apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: no-release-candidates
spec:
  failurePolicy: Fail
  matchConstraints:
    resourceRules:
      - apiGroups: ["apps"]
        apiVersions: ["v1"]
        operations: ["CREATE", "UPDATE"]
        resources: ["deployments"]
  validations:
    - expression: "object.spec.template.spec.containers.all(c, !c.image.matches('-rc[0-9]*$'))"
      message: "production runs released images, not release candidates"
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicyBinding
metadata:
  name: no-release-candidates
spec:
  policyName: no-release-candidates
  validationActions: [Deny]
`;

const options = (repo: ConfigRepo, tag: string, extra: Partial<BumpOptions> = {}): BumpOptions => ({
  remote: repo.url,
  image: { name: IMAGE, tag },
  service: 'shop',
  targets: [{ file: FILE, kind: 'manifest' }],
  pin: 'tag',
  environment: 'prod',
  author: { name: 'Bump Bot', email: 'bot@example.com' },
  mode: 'push',
  maxAttempts: 3,
  validate: { kubernetesVersion: '1.31', failOn: 'error' },
  ...extra,
});

describe('validate: config-validate checks the edited files before anything is committed', () => {
  const repos: ConfigRepo[] = [];
  const config = async (files: Record<string, string> = {}): Promise<ConfigRepo> => {
    const repo = await createConfigRepo({ [FILE]: deployment('1.0.0'), ...files });
    repos.push(repo);
    return repo;
  };
  after(async () => {
    for (const repo of repos) await repo.remove();
  });

  test('a bump that brings in a finding commits nothing and names it; the suggested fix (validate-fail-on: never) then lands', async () => {
    const repo = await config();
    const head = await repo.head();
    const error = await bumpImage(options(repo, 'latest')).then(
      () => assert.fail('the bump to :latest was pushed'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof BumpValidationError, String(error));
    assert.match(
      error.message,
      /the edited files fail validation, so nothing was committed: apps\/prod\/deployment\.yaml:16 error SP-IMG-001: images are pinned: container shop runs ghcr\.io\/acme\/shop:latest, the moving tag latest/,
    );
    assert.match(error.message, /; or set validate-fail-on to never to let such findings through$/);
    assert.deepEqual(
      error.findings.map((f) => f.rule),
      ['SP-IMG-001'],
      'the finding the file already had (SP-SEC-001) is not blamed on the bump',
    );
    assert.equal(await repo.head(), head);
    assert.equal(await repo.read(FILE), deployment('1.0.0'));

    const fixed = await bumpImage(options(repo, 'latest', { validate: { kubernetesVersion: '1.31', failOn: 'never' } }));
    assert.equal(fixed.result, 'pushed');
    assert.equal(await repo.read(FILE), deployment('latest'));
  });

  test('an admission policy kept beside the manifest refuses the bump; a released tag passes and old findings become a note', async () => {
    const repo = await config({ 'apps/prod/policy.yaml': POLICY });
    const head = await repo.head();
    await assert.rejects(bumpImage(options(repo, '2.0.0-rc1')), (e: unknown) => {
      assert.ok(e instanceof BumpValidationError, String(e));
      assert.deepEqual(
        e.findings.map((f) => [f.tool, f.file, f.message]),
        [['admission-policies', FILE, 'Deny by ValidatingAdmissionPolicy no-release-candidates: production runs released images, not release candidates']],
      );
      return true;
    });
    assert.equal(await repo.head(), head);

    const result = await bumpImage(options(repo, '2.0.0'));
    assert.equal(result.result, 'pushed');
    assert.equal(await repo.read(FILE), deployment('2.0.0'));
    assert.ok(
      result.notes.some((n) =>
        /^validation: \d finding\(s\) at or above error were already in the edited files before this bump \(not caused by it\), e\.g\. apps\/prod\/deployment\.yaml:\d+ SP-SEC-001: /.test(
          n,
        ),
      ),
      result.notes.join('\n'),
    );
  });

  test('a dry run validates too; values files are named as not checked', async () => {
    const repo = await config({ 'charts/shop/values.yaml': `image:\n  repository: ${IMAGE}\n  tag: "1.0.0"\n` });
    await assert.rejects(bumpImage(options(repo, 'latest', { dryRun: true })), BumpValidationError);
    const values = await bumpImage(options(repo, '2.0.0', { targets: [{ file: 'charts/shop/values.yaml', kind: 'helm' }] }));
    assert.equal(values.result, 'pushed');
    assert.ok(
      values.notes.some((n) => n.startsWith('validation: not checked: charts/shop/values.yaml (no Kubernetes objects')),
      values.notes.join('\n'),
    );
  });

  test("engine tools: the real conftest runs the repository's Rego policies on the edit, kubeconform the schemas", async () => {
    const rego = [
      'package main',
      '',
      'import rego.v1',
      '',
      'deny contains msg if {',
      '\tinput.kind == "Deployment"',
      '\tsome c in input.spec.template.spec.containers',
      '\tregex.match(`-(rc|SNAPSHOT)[0-9]*$`, c.image)',
      '\tmsg := sprintf("container %s runs the pre-release %s", [c.name, c.image])',
      '}',
      '',
    ].join('\n');
    const repo = await config({ 'policy/releases.rego': rego });
    const head = await repo.head();
    // pluto's module is not served by the Go proxy here, so deprecations stay with the embedded table.
    const validate = {
      kubernetesVersion: '1.31',
      failOn: 'error' as const,
      checks: ['schema', 'policies'] as const,
      engine: 'tools' as const,
      policyDir: 'policy',
      tools: { kubeconform: goTool('kubeconform'), conftest: goTool('conftest') },
    };
    await assert.rejects(bumpImage(options(repo, '2.0.0-rc1', { validate })), (e: unknown) => {
      assert.ok(e instanceof BumpValidationError, String(e));
      assert.deepEqual(
        e.findings.map((f) => [f.tool, f.file, f.message]),
        [['conftest', FILE, 'container shop runs the pre-release ghcr.io/acme/shop:2.0.0-rc1']],
      );
      return true;
    });
    assert.equal(await repo.head(), head);
    // The embedded engine alone does not run Rego: the same bump passes it.
    assert.equal((await bumpImage(options(repo, '2.0.0-rc1', { dryRun: true }))).result, 'dry-run');

    const released = await bumpImage(options(repo, '2.0.0', { validate }));
    assert.equal(released.result, 'pushed');
    assert.equal(await repo.read(FILE), deployment('2.0.0'));
    await assert.rejects(
      bumpImage(options(repo, '2.0.1', { validate: { ...validate, policyDir: 'policies' } })),
      /validate-policy-dir "policies" holds no files in the config repository; point validate-policy-dir at the directory of Rego policies/,
    );
    await assert.rejects(bumpImage(options(repo, '2.0.1', { validate: { ...validate, policyDir: '../policy' } })), /contains "\.\."/);
  });
});
