import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { checkPreset, PRESET_DOCKERFILE_NAME, PRESETS, PresetError, preparePresetDockerfile, presetDockerfile } from '../src/index.js';

const GOLDEN = resolve(import.meta.dirname, 'fixtures/presets');

describe('preset Dockerfiles', () => {
  for (const preset of PRESETS) {
    test(`${preset}: matches fixtures/presets/${preset}.Dockerfile`, async () => {
      assert.equal(presetDockerfile(preset), await readFile(join(GOLDEN, `${preset}.Dockerfile`), 'utf8'));
    });
  }

  test('every preset ends in a distroless nonroot stage with a vector-form start and overridable images', () => {
    const finals = { go: 'static-debian12:nonroot', node: 'nodejs22-debian12:nonroot', python: 'python3-debian12:nonroot', java: 'java21-debian12:nonroot' };
    for (const preset of PRESETS) {
      const text = presetDockerfile(preset);
      assert.ok(text.includes(`ARG BASE_IMAGE=gcr.io/distroless/${finals[preset]}`), preset);
      assert.match(text, /^ARG BUILDER_IMAGE=/m, preset);
      const final = text.slice(text.lastIndexOf('FROM '));
      assert.ok(final.startsWith('FROM ${BASE_IMAGE}\n'), preset);
      assert.match(final, /^USER 65532:65532$/m, preset);
      assert.doesNotMatch(final, /^RUN /m, `${preset}: no RUN in the distroless stage (no shell there)`);
      assert.match(final, /^(ENTRYPOINT|CMD) \["[^"]+"(, "[^"]+")*\]$/m, preset);
    }
    assert.match(presetDockerfile('go'), /CGO_ENABLED=0 .*go build -trimpath/);
    assert.match(presetDockerfile('node'), /npm ci --omit=dev/);
  });

  test('options: go package, node/python entry, port', () => {
    assert.match(presetDockerfile('go', { goPackage: './cmd/server', port: 9090 }), /-o \/out\/app \.\/cmd\/server\n[\s\S]*EXPOSE 9090\n/);
    assert.match(presetDockerfile('node', { entry: 'src/server.js' }), /CMD \["src\/server\.js"\]\n$/);
    assert.match(presetDockerfile('python', { entry: 'app.py' }), /CMD \["app\.py"\]\n$/);
  });

  const bad: [string, () => unknown, RegExp][] = [
    ['unknown preset', () => checkPreset('ruby'), /^preset "ruby" is unknown$/],
    ['entry outside the context', () => presetDockerfile('node', { entry: '../x.js' }), /node entry "\.\.\/x\.js" is not a relative path/],
    ['absolute go package', () => presetDockerfile('go', { goPackage: '/src' }), /go package "\/src"/],
    ['quote in entry', () => presetDockerfile('python', { entry: 'a"b.py' }), /python entry/],
    ['port', () => presetDockerfile('go', { port: 70000 }), /port 70000 is not a TCP port/],
  ];
  for (const [title, fn, pattern] of bad) {
    test(`rejects: ${title}`, () => {
      assert.throws(fn, (error: unknown) => error instanceof PresetError && error instanceof ActionError && pattern.test(error.what) && error.fix.length > 0);
    });
  }

  test('the unknown-preset error lists the allowed values', () => {
    assert.throws(
      () => checkPreset('Go'),
      (error: unknown) => error instanceof PresetError && error.fix === 'use one of go, node, python, java, or write a Dockerfile',
    );
  });

  test('preparePresetDockerfile saves the file in the context; node takes package.json main', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'preset-'));
    try {
      await assert.rejects(preparePresetDockerfile('node', dir), /package\.json, which does not exist/);
      await writeFile(join(dir, 'package.json'), '{"name":"x","main":"./server.js"}');
      const { path, text } = await preparePresetDockerfile('node', dir);
      assert.equal(path, join(dir, PRESET_DOCKERFILE_NAME));
      assert.equal(await readFile(path, 'utf8'), text);
      assert.match(text, /CMD \["server\.js"\]/);
      await writeFile(join(dir, 'package.json'), '{');
      await assert.rejects(preparePresetDockerfile('node', dir), /package\.json is not valid JSON/);
      assert.equal((await preparePresetDockerfile('go', dir)).text, presetDockerfile('go'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
