import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { assessReports, parseTrivyReport, parseVexDocument, readVexFiles, scanSummary, VexError, type VexStatement } from '../src/index.js';
import { trivyDebian } from './findings/fixtures.js';
import { tempDir } from './temp-dir.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const DAY = 24 * 3_600_000;
const OPTIONS = { now: NOW, maxAgeMs: 180 * DAY };
const IMAGE = `sha256:${'d'.repeat(64)}`;

function document(statements: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': 'https://openvex.dev/docs/example/vex-1',
    author: 'Shop Team <shop@example.test>',
    timestamp: '2026-03-01T09:00:00Z',
    version: 1,
    statements,
    ...extra,
  });
}

const notAffectedLibc = {
  vulnerability: { name: 'CVE-2023-4911' },
  products: [{ '@id': `pkg:oci/shop@${encodeURIComponent(IMAGE)}`, subcomponents: [{ '@id': 'pkg:deb/debian/libc6' }] }],
  status: 'not_affected',
  justification: 'vulnerable_code_not_in_execute_path',
  impact_statement: 'no setuid binaries: GLIBC_TUNABLES cannot raise privileges',
};

function gate(vex: VexStatement[], failOn: 'high' | 'critical' = 'high') {
  return assessReports({
    target: 'shop',
    reports: [parseTrivyReport(trivyDebian())],
    policy: { failOn, onlyFixed: false, ignore: [], vex, imageDigest: IMAGE, now: NOW },
    sarif: { artifactUri: 'shop', category: 'test' },
  });
}

test('VEX not_affected with a justification suppresses the finding; it stays in the report and the summary shows why', () => {
  const vex = parseVexDocument(
    document([
      notAffectedLibc,
      { vulnerability: 'GHSA-35jh-r3h4-6jhm', products: ['pkg:npm/lodash@4.17.20'], status: 'not_affected', justification: 'vulnerable_code_not_present' },
    ]),
    'security/shop.openvex.json',
    OPTIONS,
  );
  const before = gate([]);
  const after = gate(vex);
  const blocking = (a: ReturnType<typeof gate>): string[] => a.gate.blocking.map((f) => f.id).sort();
  assert.deepEqual(blocking(before), ['CVE-2021-23337', 'CVE-2023-31484', 'CVE-2023-45853', 'CVE-2023-4911', 'CVE-2023-5363']);
  assert.deepEqual(
    blocking(after),
    ['CVE-2023-31484', 'CVE-2023-45853', 'CVE-2023-5363'],
    'the alias GHSA-... matched CVE-2021-23337; libc6 matched as a subcomponent of the image',
  );
  assert.deepEqual(after.gate.suppressed.map((s) => s.finding.id).sort(), ['CVE-2021-23337', 'CVE-2023-4911']);
  assert.deepEqual(after.report.counts, before.report.counts, 'counts describe the image, not the policy');
  const libc = after.report.findings.find((f) => f.id === 'CVE-2023-4911')!;
  assert.equal(libc.blocking, false);
  assert.deepEqual(libc.suppressedBy, {
    file: 'security/shop.openvex.json',
    statement: 0,
    status: 'not_affected',
    justification: 'vulnerable_code_not_in_execute_path',
    impactStatement: 'no setuid binaries: GLIBC_TUNABLES cannot raise privileges',
  });
  const table = scanSummary(after.report).tables!.find((t) => t.caption === 'Not affected, by VEX')!;
  assert.deepEqual(
    table.rows.find((r) => r[0] === 'CVE-2023-4911'),
    [
      'CVE-2023-4911',
      'high',
      'libc-bin, libc6',
      'vulnerable_code_not_in_execute_path: no setuid binaries: GLIBC_TUNABLES cannot raise privileges',
      '`security/shop.openvex.json` (statement 1)',
    ],
  );
});

test('VEX affected cannot be suppressed, not even by a not_affected statement of another document', () => {
  const vex = [
    ...parseVexDocument(document([notAffectedLibc]), 'a.openvex.json', OPTIONS),
    ...parseVexDocument(
      document([
        {
          vulnerability: { name: 'CVE-2023-4911' },
          products: [{ '@id': 'pkg:deb/debian/libc6@2.36-9+deb12u1' }],
          status: 'affected',
          action_statement: 'upgrade the base image',
        },
      ]),
      'b.openvex.json',
      OPTIONS,
    ),
  ];
  const result = gate(vex);
  assert.ok(result.gate.blocking.some((f) => f.id === 'CVE-2023-4911'));
  assert.deepEqual(result.gate.suppressed, []);
  assert.equal(result.report.findings.find((f) => f.id === 'CVE-2023-4911')!.affectedBy?.file, 'b.openvex.json');
});

test('VEX statements about another image, another package version or another vulnerability change nothing', () => {
  const other = `sha256:${'e'.repeat(64)}`;
  const vex = parseVexDocument(
    document([
      { ...notAffectedLibc, products: [{ '@id': `pkg:oci/shop@${encodeURIComponent(other)}`, subcomponents: [{ '@id': 'pkg:deb/debian/libc6' }] }] },
      {
        vulnerability: { name: 'CVE-2023-5363' },
        products: [{ '@id': 'pkg:deb/debian/openssl@3.0.11-1' }],
        status: 'not_affected',
        justification: 'component_not_present',
      },
      {
        vulnerability: { name: 'CVE-2099-0001' },
        products: [{ '@id': 'pkg:deb/debian/zlib1g' }],
        status: 'not_affected',
        justification: 'component_not_present',
      },
      { vulnerability: { name: 'CVE-2023-45853' }, products: [{ hashes: { 'sha-256': 'd'.repeat(64) } }], status: 'fixed' },
    ]),
    'x.openvex.json',
    OPTIONS,
  );
  assert.deepEqual(gate(vex).gate.suppressed, []);
});

test('malformed or expired VEX is an error naming the file', async (t) => {
  const bad: [string, RegExp][] = [
    ['{', /x\.json is not valid OpenVEX: not JSON/],
    [
      JSON.stringify({ '@context': 'https://example.test', '@id': 'x', author: 'a', timestamp: '2026-03-01T00:00:00Z', version: 1, statements: [] }),
      /@context is not an https:\/\/openvex\.dev\/ns/,
    ],
    [document([notAffectedLibc], { author: undefined }), /author is missing/],
    [document([notAffectedLibc], { timestamp: 'yesterday' }), /timestamp is missing or not a date/],
    [document([notAffectedLibc], { timestamp: '2026-04-01T00:00:00Z' }), /dated in the future/],
    [document([]), /has no statements/],
    [document([{ ...notAffectedLibc, status: 'maybe' }]), /statements\[0\]\.status "maybe" is not one of not_affected, affected, fixed, under_investigation/],
    [
      document([{ ...notAffectedLibc, justification: undefined, impact_statement: undefined }]),
      /statements\[0\] says not_affected without a justification or impact_statement/,
    ],
    [document([{ ...notAffectedLibc, justification: 'trust me' }]), /justification "trust me" is not one of component_not_present/],
    [document([{ ...notAffectedLibc, status: 'affected', justification: undefined }]), /says affected without an action_statement/],
    [document([{ ...notAffectedLibc, products: [] }]), /statements\[0\] names no product/],
    [document([{ ...notAffectedLibc, vulnerability: {} }]), /statements\[0\]\.vulnerability has no name/],
  ];
  for (const [text, message] of bad) {
    assert.throws(
      () => parseVexDocument(text, 'x.json', OPTIONS),
      (e: unknown) => e instanceof VexError && e.file === 'x.json' && message.test(e.message),
      String(message),
    );
  }
  assert.throws(
    () =>
      parseVexDocument(document([notAffectedLibc], { timestamp: '2025-01-01T00:00:00Z', last_updated: '2025-06-01T00:00:00Z' }), 'old.openvex.json', OPTIONS),
    /^VexError: VEX document old\.openvex\.json expired: last issued 2025-06-01T00:00:00\.000Z, 282d 12h ago, more than vex-max-age 180d 0h; review its statements and re-issue it/,
  );
  const dir = await tempDir(t, 'vex-');
  await writeFile(join(dir, 'good.json'), document([notAffectedLibc]));
  assert.equal((await readVexFiles([join(dir, 'good.json')], OPTIONS)).length, 1);
  await assert.rejects(readVexFiles([join(dir, 'good.json'), join(dir, 'missing.json')], OPTIONS), /VEX document .*missing\.json cannot be read \(ENOENT\)/);
});
