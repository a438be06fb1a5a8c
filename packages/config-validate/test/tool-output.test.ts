import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseManifestFile } from '../src/documents.js';
import { parseConftest, parseKubeconform, parseKubernetesVersion, parsePluto } from '../src/index.js';

const manifest = parseManifestFile(
  'apps/legacy/all.yaml',
  'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec: {}\n---\napiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: batch\nspec:\n  matchingPrecedence: 10\n',
);
const files = new Map([
  ['00000-ingress.yaml', manifest.resources[0]!],
  ['00001-flowschema.yaml', manifest.resources[1]!],
]);

describe('tool output parsers', () => {
  // pluto's Go module is refused by the module proxy here, so pluto never runs in these tests:
  // its parser is tested with output in pluto's documented `detect-files -o json` format
  // (Output{name, filePath, namespace, api{version, kind, deprecated-in, removed-in, replacement-api}, deprecated, removed}).
  const plutoOutput = JSON.stringify({
    items: [
      {
        name: 'web',
        filePath: '/tmp/x/manifests/00000-ingress.yaml',
        namespace: '',
        api: {
          version: 'extensions/v1beta1',
          kind: 'Ingress',
          'deprecated-in': 'v1.14.0',
          'removed-in': 'v1.22.0',
          'replacement-api': 'networking.k8s.io/v1',
          'replacement-available-in': 'v1.19.0',
          component: 'k8s',
        },
        deprecated: true,
        removed: true,
        replacementAvailable: true,
      },
      {
        name: 'batch',
        filePath: '/tmp/x/manifests/00001-flowschema.yaml',
        namespace: '',
        api: {
          version: 'flowcontrol.apiserver.k8s.io/v1beta3',
          kind: 'FlowSchema',
          'deprecated-in': 'v1.29.0',
          'removed-in': 'v1.32.0',
          'replacement-api': 'flowcontrol.apiserver.k8s.io/v1',
          component: 'k8s',
        },
        deprecated: true,
        removed: false,
        replacementAvailable: true,
      },
    ],
    'target-versions': { k8s: 'v1.29.0' },
  });

  test('pluto: removed (exit 3) and deprecated items at the apiVersion line of the source file', () => {
    const findings = parsePluto(plutoOutput, 3, files, parseKubernetesVersion('1.29'));
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule} ${f.fix}`),
      [
        'apps/legacy/all.yaml:1 error pluto/removed use networking.k8s.io/v1',
        'apps/legacy/all.yaml:7 warning pluto/deprecated use flowcontrol.apiserver.k8s.io/v1',
      ],
    );
  });

  test('pluto: exit 0 prints a sentence, not JSON; other exit codes and empty reports are errors', () => {
    assert.deepEqual(parsePluto('There were no resources found with known deprecated apiVersions.\n', 0, files, parseKubernetesVersion('1.29')), []);
    assert.throws(() => parsePluto('', 1, files, parseKubernetesVersion('1.29')), /pluto exited with 1/);
    assert.throws(() => parsePluto('{"items":[]}', 2, files, parseKubernetesVersion('1.29')), /exited with 2 but reported nothing/);
    assert.throws(
      () => parsePluto(JSON.stringify({ items: [{ name: 'x', filePath: '/elsewhere/other.yaml', api: {} }] }), 2, files, parseKubernetesVersion('1.29')),
      /not one of the files it was given/,
    );
  });

  test('kubeconform: exit codes mapped deliberately, missing schemas apart from invalid fields', () => {
    const out = JSON.stringify({
      resources: [
        {
          filename: '00000-ingress.yaml',
          kind: 'Ingress',
          name: 'web',
          version: 'extensions/v1beta1',
          status: 'statusInvalid',
          msg: "problem validating schema. Check JSON formatting: jsonschema validation failed with 'file:///s.json#' - at '/spec': validation failed   - at '/spec/foo': additional properties 'x' not allowed",
          validationErrors: [{ path: '/spec', msg: 'validation failed' }],
        },
        {
          filename: '00001-flowschema.yaml',
          kind: 'FlowSchema',
          name: 'batch',
          version: 'flowcontrol.apiserver.k8s.io/v1beta3',
          status: 'statusError',
          msg: 'could not find schema for FlowSchema',
        },
      ],
    });
    const findings = parseKubeconform(out, 1, files);
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`),
      [
        "apps/legacy/all.yaml:5 kubeconform/invalid /spec/foo: additional properties 'x' not allowed",
        'apps/legacy/all.yaml:8 kubeconform/no-schema could not find schema for FlowSchema',
      ],
    );
    assert.deepEqual(parseKubeconform('{"resources":[]}', 0, files), []);
    assert.throws(() => parseKubeconform('{"resources":[]}', 1, files), /exited with 1 but reported no invalid resource/);
    assert.throws(() => parseKubeconform('panic: boom', 2, files), /kubeconform exited with 2/);
    assert.throws(() => parseKubeconform('not json', 0, files), /did not print JSON/);
  });

  test('conftest: failures are errors, warnings warnings, the package names the rule', () => {
    const out = JSON.stringify([
      {
        filename: '/w/manifests/00000-ingress.yaml',
        namespace: 'main',
        successes: 1,
        failures: [{ msg: 'no public ingress' }],
        warnings: [{ msg: 'add a team label', metadata: { id: 'TEAM-1' } }],
      },
      { filename: '/w/manifests/00001-flowschema.yaml', namespace: 'main', successes: 2 },
    ]);
    const findings = parseConftest(out, 1, files, 'policy');
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule} ${f.message}`),
      ['apps/legacy/all.yaml:1 error conftest/main no public ingress', 'apps/legacy/all.yaml:1 warning conftest/TEAM-1 add a team label'],
    );
    assert.throws(() => parseConftest('[]', 1, files, 'policy'), /exited with 1 but reported no failure/);
    assert.throws(() => parseConftest('{}', 0, files, 'policy'), /not print a JSON array/);
  });
});
