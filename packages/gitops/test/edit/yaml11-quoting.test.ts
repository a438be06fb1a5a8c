import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { editImage } from '../../src/edit/index.js';
import { isSafePlain, renderScalar } from '../../src/edit/yaml-source.js';

const VALUES = 'image:\n  repository: ghcr.io/acme/shop\n  tag: v1 # app\n';

function bumpTag(tag: string): string {
  return editImage(VALUES, { file: 'values.yaml', kind: 'helm' }, { name: 'ghcr.io/acme/shop', tag }, 'tag').text;
}

test('tags that YAML 1.1 or 1.2 would read as something else are written double-quoted', () => {
  const misread = [
    '1.20',
    '1e3',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    'Y',
    'NO',
    'True',
    'null',
    'Null',
    '0777',
    '1_000',
    '10',
    '0x1F',
    '0o17',
    '2024-01-01',
    '1.0e-3',
  ];
  for (const tag of misread.filter((t) => /^[\w][\w.-]*$/.test(t))) {
    assert.equal(bumpTag(tag), `image:\n  repository: ghcr.io/acme/shop\n  tag: "${tag}" # app\n`, tag);
  }
});

test('tags that are strings under both YAML versions stay plain', () => {
  for (const tag of [
    'v1.2.3',
    '1.2.3',
    'sha-0a1b2c3',
    'latest',
    '1.0-rc1',
    'main_2024',
    'v1e3',
    '1.20-alpine',
    'yes-please',
    'nulled',
    'x1_000',
    'NaN',
    'Infinity',
  ]) {
    assert.equal(bumpTag(tag), `image:\n  repository: ghcr.io/acme/shop\n  tag: ${tag} # app\n`, tag);
  }
});

test('isSafePlain: the YAML 1.1 traps, and plain strings', () => {
  const cases: [string, boolean][] = [
    ['~', false],
    ['12:30', false],
    ['12:30:45', false],
    ['-1', false],
    ['+1', false],
    ['', false],
    [' x', false],
    ['x ', false],
    ['a: b', false],
    ['a #b', false],
    ['#x', false],
    ['*x', false],
    ['&x', false],
    ['!x', false],
    ['@x', false],
    ['`x', false],
    ['%x', false],
    ['[x]', false],
    ['{x}', false],
    ['a,b', false],
    ['"x"', false],
    ["'x'", false],
    ['x\ny', false],
    ['=', false],
    ['<<', false],
    ['.nan', false],
    ['.inf', false],
    ['ghcr.io/acme/shop:1.20', true],
    [`ghcr.io/acme/shop@sha256:${'c'.repeat(64)}`, true],
    [`sha256:${'c'.repeat(64)}`, true],
    ['127.0.0.1:5000/a/b:1', true],
    ['nginx', true],
    ['a:b', true],
    ['x-1.2', true],
  ];
  for (const [value, safe] of cases) assert.equal(isSafePlain(value), safe, JSON.stringify(value));
});

test('renderScalar keeps the quote style and always reads back as the same string', () => {
  const values = ['1.20', 'yes', "it's", 'say "hi"', 'back\\slash', 'plain', '~', '12:30'];
  for (const value of values) {
    for (const style of ['plain', 'single', 'double'] as const) {
      const rendered = renderScalar(value, style);
      if (style === 'single') assert.ok(rendered.startsWith("'"), rendered);
      if (style === 'double') assert.ok(rendered.startsWith('"'), rendered);
      for (const version of ['1.1', '1.2'] as const) assert.equal(parse(`v: ${rendered}`, { version }).v, value, `${style} ${value} ${version}`);
    }
  }
});
