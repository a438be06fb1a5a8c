import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { editImage } from '../../src/edit/index.js';

const text = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\r\n\u0085\u2028\u2029]/g, ' '));
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);

/** One top-level line (or block) of unrelated YAML in many styles; `n` keeps keys unique. */
const unrelated = (n: number, eol: string): fc.Arbitrary<string> =>
  fc.oneof(
    text.map((t) => `#${t}`),
    fc.constant(''),
    word.map((w) => `key${n}: ${w}`),
    text.map((t) => `key${n}: '${t.replaceAll("'", "''")}'`),
    text.map((t) => `key${n}: ${JSON.stringify(t)}   # ${t}`),
    fc.array(word, { maxLength: 3 }).map((ws) => `key${n}: [${ws.join(', ')}]`),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => `key${n}: |-${eol}${ws.map((w) => `  ${w}`).join(eol)}`),
    word.map((w) => `key${n}: &anchor${n} ${w}${eol}ref${n}: *anchor${n}`),
    fc.constantFrom('1.20', 'yes', '0777', '~', '12:30', '1_000').map((v) => `key${n}: ${v}`),
  );

const lines = (offset: number, eol: string): fc.Arbitrary<string[]> =>
  fc.integer({ min: 0, max: 6 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => unrelated(offset + i, eol))));

const tag = fc.stringMatching(/^[\w][\w.-]{0,12}$/);
const digest = fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256:${hex}`);

const scenario = fc.constantFrom('\n', '\r\n').chain((eol) =>
  fc.record({
    eol: fc.constant(eol),
    before: lines(0, eol),
    after: lines(100, eol),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    quote: fc.constantFrom('', "'", '"'),
    oldTag: tag,
    oldDigest: fc.option(digest, { nil: undefined }),
    newTag: tag,
    trailingComment: fc.option(text, { nil: undefined }),
  }),
);

test('random edits keep every byte outside the image scalar', () => {
  fc.assert(
    fc.property(scenario, ({ eol, before, after, bom, finalNewline, quote, oldTag, oldDigest, newTag, trailingComment }) => {
      const old = `ghcr.io/acme/shop:${oldTag}${oldDigest ? `@${oldDigest}` : ''}`;
      const head = [...before, 'apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '    - name: shop', '      image: '].join(eol);
      const prefix = `${bom ? '\uFEFF' : ''}${head}`;
      const suffix = `${trailingComment !== undefined ? ` #${trailingComment}` : ''}${['', ...after].join(eol)}${finalNewline ? eol : ''}`;
      const input = `${prefix}${quote}${old}${quote}${suffix}`;
      const result = editImage(input, { file: 'pod.yaml', kind: 'manifest' }, { name: 'ghcr.io/acme/shop', tag: newTag }, 'tag');
      const wanted = `ghcr.io/acme/shop:${newTag}`;
      if (wanted === old) {
        assert.equal(result.text, input);
        assert.deepEqual(result.changes, []);
        return;
      }
      assert.ok(result.text.startsWith(prefix), 'bytes before the scalar');
      assert.ok(result.text.endsWith(suffix), 'bytes after the scalar');
      const scalar = result.text.slice(prefix.length, result.text.length - suffix.length);
      if (quote !== '') assert.ok(scalar.startsWith(quote) && scalar.endsWith(quote), `quotes kept: ${scalar}`);
      for (const version of ['1.1', '1.2'] as const) assert.equal(parse(`v: ${scalar}`, { version }).v, wanted, `YAML ${version} reads ${scalar}`);
      assert.deepEqual(
        result.changes.map((c) => [c.path, c.old, c.new]),
        [['spec.containers[0].image', old, wanted]],
      );
    }),
    { numRuns: 400 },
  );
});

test('random tag bumps in Helm values are read back as the same string by YAML 1.1 and 1.2', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('\n', '\r\n').chain((eol) => fc.tuple(fc.constant(eol), lines(0, eol), lines(100, eol))),
      fc.constantFrom('', "'", '"'),
      tag,
      fc.oneof(tag, fc.constantFrom('1.20', '1e3', 'yes', 'no', 'on', 'off', 'y', 'n', 'null', '0777', '1_000', '2024-01-01', '10')),
      ([eol, before, after], quote, oldTag, newTag) => {
        const prefix = [...before, 'image:', '  repository: ghcr.io/acme/shop', '  tag: '].join(eol);
        const suffix = ['', '  pullPolicy: IfNotPresent', ...after, ''].join(eol);
        const input = `${prefix}${quote}${oldTag}${quote}${suffix}`;
        const result = editImage(input, { file: 'values.yaml', kind: 'helm' }, { name: 'ghcr.io/acme/shop', tag: newTag }, 'tag');
        if (newTag === oldTag) {
          assert.equal(result.text, input);
          return;
        }
        assert.ok(result.text.startsWith(prefix) && result.text.endsWith(suffix), 'bytes around the scalar');
        const scalar = result.text.slice(prefix.length, result.text.length - suffix.length);
        if (quote !== '') assert.equal(scalar, `${quote}${newTag}${quote}`);
        for (const version of ['1.1', '1.2'] as const) assert.equal(parse(`v: ${scalar}`, { version }).v, newTag, `YAML ${version} reads ${scalar}`);
      },
    ),
    { numRuns: 300 },
  );
});
