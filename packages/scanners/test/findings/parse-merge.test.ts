import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Finding, MalformedReportError, mergeFindings, type ParsedReport, parseGrypeReport, parseTrivyReport } from '../../src/findings/index.js';
import { grypeDebian, trivyDebian } from './fixtures.js';

const byId = (findings: Finding[], id: string): Finding => {
  const found = findings.find((f) => f.id === id);
  assert.ok(found, `finding ${id} in ${findings.map((f) => f.id).join(', ')}`);
  return found;
};

describe('parseTrivyReport (SchemaVersion 2)', () => {
  const report = parseTrivyReport(trivyDebian());

  test('reads every vulnerability of every result with package, purl, versions, layer and status', () => {
    assert.equal(report.scanner, 'trivy');
    assert.equal(report.scannerVersion, '0.57.1');
    assert.equal(report.findings.length, 10);
    const libc = report.findings.find((f) => f.id === 'CVE-2023-4911' && f.package.name === 'libc6')!;
    assert.deepEqual(libc.package, {
      name: 'libc6',
      type: 'deb',
      version: '2.36-9+deb12u1',
      purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u1?arch=amd64&distro=debian-12.1',
      sourceName: 'glibc',
    });
    assert.deepEqual(libc.fixedVersions, ['2.36-9+deb12u3']);
    assert.equal(libc.fixState, 'fixed');
    assert.equal(libc.severity, 'high');
    assert.match(libc.layer?.digest ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.match(libc.layer?.diffId ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal(libc.url, 'https://avd.aquasec.com/nvd/cve-2023-4911');
  });

  test('maps Status, falls back to vendor severities, and reads GHSA aliases from VendorIDs and advisory links', () => {
    const find = (id: string) => report.findings.find((f) => f.id === id)!;
    assert.equal(find('CVE-2023-45853').fixState, 'wont-fix');
    assert.equal(find('CVE-2011-3374').fixState, 'not-fixed');
    assert.equal(find('CVE-2023-31484').severity, 'high', 'Severity UNKNOWN: the highest VendorSeverity (nvd: 3)');
    assert.equal(find('TEMP-0517018-A83CE6').severity, 'unknown');
    assert.equal(find('TEMP-0517018-A83CE6').title, '[sysvinit: no-root option in expert installer exposes locally exploitable security flaw]');
    assert.deepEqual(find('CVE-2021-23337').aliases, ['GHSA-35jh-r3h4-6jhm']);
    assert.deepEqual(find('CVE-2011-3374').aliases, []);
    assert.deepEqual(find('CVE-2023-44487').aliases, ['GHSA-qppj-fm5r-hxr3'], 'a GHSA in VendorIDs');
    assert.deepEqual(report.findings.find((f) => f.id === 'CVE-2023-4911' && f.package.name === 'libc6')!.aliases, [], 'a DSA covers many CVEs: not an alias');
    assert.equal(find('CVE-2023-44487').package.type, 'golang');
  });

  test('refuses what is not a SchemaVersion 2 report, naming the scanner', () => {
    for (const [input, message] of [
      ['not json', /trivy report is malformed: not JSON/],
      ['[]', /top level is not a JSON object/],
      ['{"SchemaVersion": 1, "Results": []}', /SchemaVersion is 1, expected 2/],
      ['{"SchemaVersion": 2, "Results": {}}', /Results is not an array/],
      ['{"SchemaVersion": 2, "Results": [{"Vulnerabilities": [{"PkgName": "x"}]}]}', /lacks VulnerabilityID/],
    ] as const) {
      assert.throws(
        () => parseTrivyReport(input),
        (e: unknown) => e instanceof MalformedReportError && message.test(e.message),
        input,
      );
    }
    assert.deepEqual(parseTrivyReport('{"SchemaVersion": 2}').findings, [], 'a clean image has no Results');
  });
});

describe('parseGrypeReport', () => {
  const report = parseGrypeReport(grypeDebian());

  test('reads matches with upstream source, fix state, related ids as aliases and the layer diffID', () => {
    assert.equal(report.scannerVersion, '0.84.0');
    assert.equal(report.findings.length, 8);
    const lodash = report.findings.find((f) => f.id === 'GHSA-35jh-r3h4-6jhm')!;
    assert.deepEqual(lodash.aliases, ['CVE-2021-23337']);
    assert.equal(lodash.package.type, 'npm');
    assert.equal(lodash.title, 'Command Injection in lodash');
    assert.equal(lodash.layer?.digest, undefined, 'grype knows only the diffID');
    assert.match(lodash.layer?.diffId ?? '', /^sha256:/);
    const zlib = report.findings.find((f) => f.id === 'CVE-2023-45853')!;
    assert.equal(zlib.severity, 'low', 'Negligible counts as low');
    assert.equal(zlib.fixState, 'wont-fix');
    assert.equal(zlib.package.sourceName, 'zlib');
    assert.deepEqual(zlib.aliases, [], 'a related record with the same id is not an alias');
    assert.equal(report.findings.find((f) => f.id === 'CVE-2023-5363')!.severity, 'high', 'Unknown: the related NVD rating');
    assert.equal(report.sources.get('deb/debian/libc-bin'), 'glibc');
  });

  test('refuses a document without matches', () => {
    assert.throws(() => parseGrypeReport('{"source": {}}'), /grype report is malformed: it has no "matches" array/);
    assert.deepEqual(parseGrypeReport('{"matches": []}').findings, []);
  });
});

describe('mergeFindings', () => {
  const reports = (): ParsedReport[] => [parseTrivyReport(trivyDebian()), parseGrypeReport(grypeDebian())];
  const merged = mergeFindings(reports());

  test('one finding per vulnerability and source package, highest severity first', () => {
    assert.deepEqual(
      merged.map((f) => `${f.severity} ${f.id} ${f.source}`),
      [
        'critical CVE-2021-44906 minimist',
        'critical CVE-2023-45853 zlib',
        'high CVE-2021-23337 lodash',
        'high CVE-2023-4911 glibc',
        'high CVE-2023-5363 openssl',
        'high CVE-2023-31484 perl',
        'medium CVE-2023-44487 golang.org/x/net',
        'low CVE-2011-3374 apt',
        'unknown TEMP-0517018-A83CE6 sysvinit',
      ],
    );
  });

  test('binary packages of one source become one finding that lists each package once, with both layers ids', () => {
    const glibc = byId(merged, 'CVE-2023-4911');
    assert.deepEqual(
      glibc.packages.map((p) => `${p.name}@${p.installedVersion} ${p.scanners.join('+')}`),
      ['libc-bin@2.36-9+deb12u1 trivy+grype', 'libc6@2.36-9+deb12u1 trivy+grype'],
    );
    assert.equal(glibc.fixedVersion, '2.36-9+deb12u3');
    assert.equal(glibc.title, 'glibc: buffer overflow in ld.so leading to privilege escalation');
    assert.ok(
      glibc.packages.every((p) => p.layer?.digest && p.layer.diffId),
      'trivy digest and grype diffID kept together',
    );
    const openssl = byId(merged, 'CVE-2023-5363');
    assert.deepEqual(
      openssl.packages.map((p) => `${p.name} ${p.scanners.join('+')}`),
      ['libssl3 trivy+grype', 'openssl trivy'],
    );
  });

  test('a GHSA from grype and its CVE from trivy merge under the CVE; the same package in two paths is one package', () => {
    const lodash = byId(merged, 'CVE-2021-23337');
    assert.deepEqual(lodash.aliases, ['GHSA-35jh-r3h4-6jhm']);
    assert.deepEqual(lodash.scanners, ['trivy', 'grype']);
    assert.equal(lodash.packages.length, 1);
    assert.equal(lodash.url, 'https://avd.aquasec.com/nvd/cve-2021-23337', 'the url of the record named by the canonical id');
    const minimist = byId(merged, 'CVE-2021-44906');
    assert.deepEqual(minimist.aliases, ['GHSA-xvch-5gv4-984h'], 'a grype-only GHSA still gets its CVE as id');
    assert.equal(minimist.fixedVersion, '0.2.4, 1.2.6');
    assert.equal(byId(merged, 'CVE-2023-44487').packages[0]?.purl, 'pkg:golang/golang.org/x/net@v0.10.0');
  });

  test("severity disagreement: the highest wins, and each scanner's rating is kept", () => {
    const zlib = byId(merged, 'CVE-2023-45853');
    assert.equal(zlib.severity, 'critical');
    assert.deepEqual(zlib.severityByScanner, { trivy: 'critical', grype: 'low' });
    assert.equal(zlib.fixState, 'wont-fix');
    assert.deepEqual(byId(merged, 'CVE-2023-44487').severityByScanner, { trivy: 'medium', grype: 'medium' });
  });

  test("a source learnt from one scanner groups the other scanner's packages too", () => {
    const trivy = parseTrivyReport(trivyDebian());
    trivy.sources.clear();
    for (const f of trivy.findings) delete f.package.sourceName;
    const glibc = byId(mergeFindings([trivy, parseGrypeReport(grypeDebian())]), 'CVE-2023-4911');
    assert.equal(glibc.source, 'glibc');
    assert.equal(glibc.packages.length, 2);
    const alone = mergeFindings([trivy]).filter((f) => f.id === 'CVE-2023-4911');
    assert.deepEqual(
      alone.map((f) => f.source),
      ['libc-bin', 'libc6'],
      'without any source information each package stands alone',
    );
  });

  test('the output does not depend on report or finding order', () => {
    const shuffled = reports().reverse();
    for (const r of shuffled) r.findings.reverse();
    assert.deepEqual(mergeFindings(shuffled), merged);
    assert.equal(JSON.stringify(mergeFindings(reports())), JSON.stringify(merged));
  });

  test('one scanner alone: its own duplicates merge, the scanner list says who found it', () => {
    const grypeOnly = mergeFindings([parseGrypeReport(grypeDebian())]);
    assert.equal(grypeOnly.length, 6);
    assert.ok(grypeOnly.every((f) => f.scanners.join() === 'grype'));
    assert.equal(byId(grypeOnly, 'CVE-2021-23337').packages.length, 1);
  });
});
