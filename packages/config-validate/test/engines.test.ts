import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pluralOf } from '../src/admission-policies.js';
import { DEPRECATIONS, validateFiles } from '../src/index.js';
import { imageParts, preStopSleepSeconds } from '../src/policy-pack.js';
import { where } from './helpers.js';

const pod = (spec: string, meta = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n${meta}spec:\n${spec}`;

describe('embedded engines', () => {
  test('image references: tag and digest', () => {
    assert.deepEqual(imageParts('ghcr.io/acme/shop'), {});
    assert.deepEqual(imageParts('ghcr.io/acme/shop:1.2'), { tag: '1.2' });
    assert.deepEqual(imageParts('localhost:5000/shop'), {});
    assert.deepEqual(imageParts('localhost:5000/shop:latest@sha256:ab'), { tag: 'latest', digest: 'sha256:ab' });
  });

  test('preStop sleeps: exec, shell and the sleep action', () => {
    assert.equal(preStopSleepSeconds({ exec: { command: ['sleep', '5'] } }), 5);
    assert.equal(preStopSleepSeconds({ exec: { command: ['/bin/sh', '-c', 'sleep 15 && kill -TERM 1'] } }), 15);
    assert.equal(preStopSleepSeconds({ sleep: { seconds: 7 } }), 7);
    assert.equal(preStopSleepSeconds({ httpGet: { path: '/drain', port: 80 } }), undefined);
  });

  test('plural resource names as admission rules spell them', () => {
    assert.deepEqual(['Deployment', 'Ingress', 'NetworkPolicy', 'ConfigMap', 'Endpoints'].map(pluralOf), [
      'deployments',
      'ingresses',
      'networkpolicies',
      'configmaps',
      'endpoints',
    ]);
  });

  test('every deprecation names a replacement that is itself not removed, or says why there is none', () => {
    for (const d of DEPRECATIONS) {
      assert.ok(d.deprecatedIn <= d.removedIn, d.apiVersion);
      if (!d.replacement) {
        assert.ok(d.note, `${d.apiVersion} ${d.kinds}`);
        continue;
      }
      for (const kind of d.kinds) {
        const next = DEPRECATIONS.find((x) => x.apiVersion === d.replacement && x.kinds.includes(kind));
        if (next) assert.ok(next.removedIn > d.removedIn, `${d.apiVersion} ${kind} -> ${d.replacement}`);
      }
    }
  });

  test('deprecations against the target version: nothing before, warning when deprecated, error when removed', () => {
    const files = [
      {
        path: 'fs.yaml',
        text: 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: f\nspec:\n  priorityLevelConfiguration:\n    name: x\n',
      },
    ];
    const at = (v: string) => validateFiles(files, { kubernetesVersion: v, checks: ['deprecations'] }).findings.map((f) => `${f.severity} ${f.rule}`);
    assert.deepEqual(at('1.28'), []);
    assert.deepEqual(at('1.29'), ['warning deprecations/deprecated']);
    assert.deepEqual(at('v1.32.4'), ['error deprecations/removed']);
    const removed = validateFiles(files, { kubernetesVersion: '1.33', checks: ['deprecations'] }).findings[0]!;
    assert.match(removed.fix, /use flowcontrol\.apiserver\.k8s\.io\/v1 \(available since 1\.29\)/);
  });

  test('in-memory files (a bump about to be pushed): findings at their lines, the repository context informs', () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 3',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      securityContext: {runAsNonRoot: true}',
      '      containers:',
      '        - name: web',
      '          image: ghcr.io/acme/web:latest',
      '          resources: {requests: {cpu: 10m, memory: 10Mi}, limits: {memory: 20Mi}}',
      '          readinessProbe: {tcpSocket: {port: 80}}',
      '          livenessProbe: {tcpSocket: {port: 80}}',
      '          lifecycle: {preStop: {exec: {command: [sleep, "3"]}}}',
      '',
    ].join('\n');
    const pdb = 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: web}}\n';
    const alone = validateFiles([{ path: 'apps/web/deployment.yaml', text: deployment }], { kubernetesVersion: '1.30' });
    assert.deepEqual(where(alone.findings), ['apps/web/deployment.yaml:6 SP-AVAIL-001', 'apps/web/deployment.yaml:14 SP-IMG-001']);
    // The PDB lives next to it in the repository, in the same unit (directory).
    const withContext = validateFiles([{ path: 'apps/web/deployment.yaml', text: deployment }], {
      kubernetesVersion: '1.30',
      context: [{ path: 'apps/web/pdb.yaml', text: pdb }],
    });
    assert.deepEqual(where(withContext.findings), ['apps/web/deployment.yaml:14 SP-IMG-001']);
  });

  test('exemptions silence named rules only; an unknown id is a warning', () => {
    const text = pod(
      '  containers:\n    - name: c\n      image: busybox\n',
      '  annotations:\n    config-validate.service-pipeline.dev/exempt: "SP-IMG-001 SP-RES-001,SP-TYPO"\n',
    );
    const result = validateFiles([{ path: 'p.yaml', text }], { kubernetesVersion: '1.30', checks: ['policies'] });
    assert.deepEqual(where(result.findings), ['p.yaml:6 SP-EXEMPT-001', 'p.yaml:9 SP-SEC-001']);
  });

  test('admission policies: violations, unbound policies, and what cannot be evaluated is never a pass', () => {
    const policy = (name: string, expression: string, extra = '') =>
      `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: ${name}\nspec:\n  matchConstraints:\n    resourceRules:\n      - {apiGroups: [""], apiVersions: [v1], operations: [CREATE], resources: [pods]}\n${extra}  validations:\n    - expression: ${JSON.stringify(expression)}\n`;
    const binding = (name: string, action = 'Deny') =>
      `apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata:\n  name: ${name}\nspec:\n  policyName: ${name}\n  validationActions: [${action}]\n`;
    const context = [
      { path: 'p/names.yaml', text: `${policy('names', "object.metadata.name.startsWith('app-')")}---\n${binding('names')}` },
      {
        path: 'p/quota.yaml',
        text: `${policy('quota', "quantity(object.spec.containers[0].resources.limits.memory).isLessThan(quantity('1Gi'))")}---\n${binding('quota', 'Warn')}`,
      },
      { path: 'p/unbound.yaml', text: policy('unbound', 'true') },
      { path: 'p/broken.yaml', text: `${policy('broken', 'object.spec.(')}---\n${binding('broken')}` },
      { path: 'p/ns.yaml', text: `${policy('ns', 'true', '    namespaceSelector: {matchLabels: {env: prod}}\n')}---\n${binding('ns')}` },
    ];
    const text = pod(
      '  securityContext: {runAsNonRoot: true}\n  containers:\n    - name: c\n      image: busybox:1.36\n      resources: {limits: {memory: 2Gi}}\n',
    );
    const result = validateFiles([{ path: 'pod.yaml', text }, ...context], { kubernetesVersion: '1.30', checks: ['policies'] });
    const lines = result.findings.filter((f) => f.tool === 'admission-policies').map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule}`);
    assert.deepEqual(lines, [
      'p/broken.yaml:10 error admission-policies/invalid-policy',
      'p/unbound.yaml:1 info admission-policies/unbound',
      'pod.yaml:1 error admission-policies/could-not-evaluate',
      'pod.yaml:1 warning admission-policies/could-not-evaluate',
      'pod.yaml:4 error vap/names',
    ]);
    const cannot = result.findings.filter((f) => f.rule === 'admission-policies/could-not-evaluate').map((f) => f.message);
    assert.ok(
      cannot.some((m) => /ValidatingAdmissionPolicy quota .*quantity/.test(m)),
      cannot.join('\n'),
    );
    assert.ok(
      cannot.some((m) => /ValidatingAdmissionPolicy ns .*selects namespaces by label/.test(m)),
      cannot.join('\n'),
    );
  });
});
