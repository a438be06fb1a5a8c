import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  evaluateGate,
  type FailOn,
  type Finding,
  type FixState,
  type IgnoreEntry,
  mergeFindings,
  parseGrypeReport,
  parseTrivyReport,
  type Severity,
} from '../../src/findings/index.js';
import { grypeDebian, trivyDebian } from './fixtures.js';

const NOW = new Date('2026-11-21T12:00:00Z');

function finding(id: string, severity: Severity, fixState: FixState, extra: Partial<Finding> = {}): Finding {
  return {
    id,
    aliases: [],
    severity,
    severityByScanner: { trivy: severity },
    fixState,
    title: id,
    source: 'pkg',
    packages: [{ name: 'pkg', type: 'deb', installedVersion: '1', fixedVersions: fixState === 'fixed' ? ['2'] : [], scanners: ['trivy'] }],
    scanners: ['trivy'],
    ...extra,
  };
}

const entry = (id: string, extra: Partial<IgnoreEntry> = {}): IgnoreEntry => ({ id, reason: 'accepted', file: 'ignore.yml', line: 3, ...extra });

describe('evaluateGate: fail-on x only-fixed', () => {
  const rows: [Severity, FixState, FailOn, boolean, 'pass' | 'fail'][] = [
    ['critical', 'fixed', 'critical', false, 'fail'],
    ['high', 'fixed', 'critical', false, 'pass'],
    ['high', 'fixed', 'high', false, 'fail'],
    ['high', 'not-fixed', 'high', false, 'fail'],
    ['high', 'not-fixed', 'high', true, 'pass'],
    ['high', 'wont-fix', 'high', true, 'pass'],
    ['high', 'unknown', 'high', true, 'pass'],
    ['critical', 'fixed', 'high', true, 'fail'],
    ['medium', 'fixed', 'high', false, 'pass'],
    ['medium', 'fixed', 'medium', false, 'fail'],
    ['low', 'fixed', 'medium', false, 'pass'],
    ['low', 'not-fixed', 'low', false, 'fail'],
    ['unknown', 'not-fixed', 'medium', false, 'pass'],
    ['unknown', 'not-fixed', 'low', false, 'fail'],
    ['critical', 'fixed', 'none', false, 'pass'],
  ];
  for (const [severity, fixState, failOn, onlyFixed, verdict] of rows) {
    test(`${severity}/${fixState} with fail-on ${failOn}${onlyFixed ? ', only-fixed' : ''} -> ${verdict}`, () => {
      const result = evaluateGate([finding('CVE-2024-1', severity, fixState)], { failOn, onlyFixed, ignore: [], now: NOW });
      assert.equal(result.verdict, verdict);
      assert.equal(result.blocking.length, verdict === 'fail' ? 1 : 0);
      assert.equal(result.reasons.length, verdict === 'fail' ? 1 : 0);
    });
  }

  test('no findings pass even at fail-on low', () => {
    assert.equal(evaluateGate([], { failOn: 'low', onlyFixed: false, ignore: [], now: NOW }).verdict, 'pass');
  });
});

describe('evaluateGate: ignore entries', () => {
  const findings = [
    finding('CVE-2021-23337', 'high', 'fixed', {
      aliases: ['GHSA-35jh-r3h4-6jhm'],
      source: 'lodash',
      packages: [{ name: 'lodash', purl: 'pkg:npm/lodash@4.17.20', type: 'npm', installedVersion: '4.17.20', fixedVersions: ['4.17.21'], scanners: ['trivy'] }],
    }),
    finding('CVE-2023-4911', 'high', 'fixed', {
      source: 'glibc',
      packages: [
        { name: 'libc-bin', type: 'deb', installedVersion: '2.36', fixedVersions: [], scanners: ['trivy'] },
        { name: 'libc6', type: 'deb', installedVersion: '2.36', fixedVersions: [], scanners: ['trivy'] },
      ],
    }),
  ];
  const gate = (ignore: IgnoreEntry[]) => evaluateGate(findings, { failOn: 'high', onlyFixed: false, ignore, now: NOW });

  test('an entry matches by alias, package name, source or purl; ignored findings stay reported', () => {
    for (const ignore of [
      [entry('GHSA-35jh-r3h4-6jhm'), entry('CVE-2023-4911', { package: 'glibc' })],
      [entry('cve-2021-23337', { package: 'pkg:npm/lodash' }), entry('CVE-2023-4911', { package: 'libc6' })],
      [entry('CVE-2021-23337', { package: 'pkg:npm/lodash@4.17.20' }), entry('CVE-2023-4911', { expires: '2026-11-21' })],
    ]) {
      const result = gate(ignore);
      assert.equal(result.verdict, 'pass', JSON.stringify(ignore));
      assert.equal(result.ignored.length, 2);
      assert.deepEqual(result.unused, []);
    }
  });

  test('an entry for another package does not hide the finding and is reported unused', () => {
    const result = gate([entry('CVE-2023-4911', { package: 'zlib1g' }), entry('CVE-2021-23337')]);
    assert.equal(result.verdict, 'fail');
    assert.deepEqual(
      result.blocking.map((f) => f.id),
      ['CVE-2023-4911'],
    );
    assert.deepEqual(
      result.unused.map((e) => e.package),
      ['zlib1g'],
    );
    assert.match(result.reasons[0]!, /^1 finding at high or higher: CVE-2023-4911 \(high, libc-bin\)$/);
  });

  test('an expired entry hides nothing and fails the gate even when nothing else blocks', () => {
    const expired = entry('CVE-2021-23337', { expires: '2026-11-20', line: 7 });
    const result = gate([expired, entry('CVE-2023-4911')]);
    assert.equal(result.verdict, 'fail');
    assert.deepEqual(result.expired, [expired]);
    assert.deepEqual(result.unused, [], 'expired entries are reported as expired, not unused');
    assert.deepEqual(
      result.blocking.map((f) => f.id),
      ['CVE-2021-23337'],
    );
    assert.ok(
      result.reasons.some((r) => /the ignore entry for CVE-2021-23337 \(ignore\.yml:7\) expired on 2026-11-20: .*set a new expires date/.test(r)),
      result.reasons.join('\n'),
    );

    const quiet = evaluateGate(findings, { failOn: 'none', onlyFixed: false, ignore: [expired], now: NOW });
    assert.equal(quiet.verdict, 'fail', 'fail-on none does not excuse an expired entry');
    assert.equal(quiet.blocking.length, 0);
  });

  test('an entry for an absent vulnerability passes with a warning-worthy unused entry', () => {
    const result = evaluateGate([], { failOn: 'high', onlyFixed: false, ignore: [entry('CVE-2019-0001')], now: NOW });
    assert.equal(result.verdict, 'pass');
    assert.deepEqual(
      result.unused.map((e) => e.id),
      ['CVE-2019-0001'],
    );
  });
});

test('the fixture pair: fail-on high blocks five findings; only-fixed keeps the fixable ones', () => {
  const merged = mergeFindings([parseTrivyReport(trivyDebian()), parseGrypeReport(grypeDebian())]);
  const all = evaluateGate(merged, { failOn: 'high', onlyFixed: false, ignore: [], now: NOW });
  assert.deepEqual(
    all.blocking.map((f) => f.id),
    ['CVE-2021-44906', 'CVE-2023-45853', 'CVE-2021-23337', 'CVE-2023-4911', 'CVE-2023-5363', 'CVE-2023-31484'],
  );
  const fixable = evaluateGate(merged, { failOn: 'high', onlyFixed: true, ignore: [], now: NOW });
  assert.deepEqual(
    fixable.blocking.map((f) => f.id),
    ['CVE-2021-44906', 'CVE-2021-23337', 'CVE-2023-4911', 'CVE-2023-5363'],
  );
  assert.match(fixable.reasons[0]!, /^4 fixable findings at high or higher: /);
});
