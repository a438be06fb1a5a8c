import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DatabaseUnavailableError } from '../../src/db/index.js';
import { classifyGrypeFailure, classifyTrivyFailure, grypeArgs, grypeEnv, type ScanTarget, syftArgs, syftEnv, trivyArgs, trivyEnv } from '../../src/index.js';

const layout: ScanTarget = { kind: 'oci-layout', dir: '/tmp/layout' };
const pinned: ScanTarget = { kind: 'oci-layout', dir: '/tmp/layout', digest: `sha256:${'a'.repeat(64)}` };
const image: ScanTarget = { kind: 'image', ref: 'ghcr.io/acme/shop:1.0' };
const local: ScanTarget = { kind: 'image', ref: `127.0.0.1:5000/acme/shop@sha256:${'b'.repeat(64)}` };
const sbom: ScanTarget = { kind: 'sbom', path: '/tmp/sbom.cdx.json' };
const dir: ScanTarget = { kind: 'directory', path: '/src' };

describe('trivyArgs', () => {
  const vulns = { kind: 'vulnerabilities' } as const;
  const cases: [string, Parameters<typeof trivyArgs>[0], string[]][] = [
    [
      'layout, vulnerabilities',
      { target: layout, report: vulns, output: 'r.json' },
      ['image', '--format', 'json', '--scanners', 'vuln', '--list-all-pkgs', '--output', 'r.json', '--input', '/tmp/layout'],
    ],
    [
      'layout image by digest',
      { target: pinned, report: vulns, output: 'r.json' },
      ['image', '--format', 'json', '--scanners', 'vuln', '--list-all-pkgs', '--output', 'r.json', '--input', `/tmp/layout@sha256:${'a'.repeat(64)}`],
    ],
    [
      'registry image, CycloneDX',
      { target: image, report: { kind: 'sbom', format: 'cyclonedx' }, output: 'b.json' },
      ['image', '--format', 'cyclonedx', '--output', 'b.json', '--image-src', 'remote', 'ghcr.io/acme/shop:1.0'],
    ],
    [
      'SBOM file',
      { target: sbom, report: vulns, output: 'r.json' },
      ['sbom', '--format', 'json', '--scanners', 'vuln', '--list-all-pkgs', '--output', 'r.json', '/tmp/sbom.cdx.json'],
    ],
    [
      'directory, SPDX, platform',
      { target: dir, report: { kind: 'sbom', format: 'spdx-json' }, output: 's.json', platform: 'linux/arm64' },
      ['filesystem', '--format', 'spdx-json', '--output', 's.json', '--platform', 'linux/arm64', '/src'],
    ],
  ];
  for (const [name, options, expected] of cases) test(name, () => assert.deepEqual(trivyArgs(options), expected));
});

describe('trivyEnv', () => {
  const base = { PATH: '/usr/bin', TRIVY_SKIP_DB_UPDATE: 'inherited' };
  test('cache dir, progress off, DB repositories in order', () => {
    const env = trivyEnv({
      target: layout,
      cacheDir: '/c',
      db: { repositories: ['mirror.example.com/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'] },
      env: { PATH: '/usr/bin' },
    });
    assert.deepEqual(env, {
      PATH: '/usr/bin',
      TRIVY_CACHE_DIR: '/c',
      TRIVY_NO_PROGRESS: 'true',
      TRIVY_SKIP_VERSION_CHECK: 'true',
      TRIVY_DISABLE_VEX_NOTICE: 'true',
      TRIVY_DB_REPOSITORY: 'mirror.example.com/trivy-db:2,ghcr.io/aquasecurity/trivy-db:2',
    });
  });
  test('skip-db-update and offline', () => {
    const skip = trivyEnv({ target: layout, cacheDir: '/c', db: { skipUpdate: true }, env: { PATH: '/usr/bin' } });
    assert.equal(skip['TRIVY_SKIP_DB_UPDATE'], 'true');
    assert.equal(skip['TRIVY_SKIP_JAVA_DB_UPDATE'], 'true');
    assert.equal(skip['TRIVY_OFFLINE_SCAN'], undefined);
    const offline = trivyEnv({ target: layout, cacheDir: '/c', offline: true, env: { PATH: '/usr/bin' } });
    assert.equal(offline['TRIVY_OFFLINE_SCAN'], 'true');
    assert.equal(offline['TRIVY_SKIP_DB_UPDATE'], 'true');
  });
  test('an inherited variable is kept unless the runner sets it; loopback registries are plain HTTP', () => {
    assert.equal(trivyEnv({ target: layout, cacheDir: '/c', env: base })['TRIVY_SKIP_DB_UPDATE'], 'inherited');
    assert.equal(trivyEnv({ target: local, cacheDir: '/c', env: base })['TRIVY_INSECURE'], 'true');
    assert.equal(trivyEnv({ target: image, cacheDir: '/c', env: base })['TRIVY_INSECURE'], undefined);
  });
});

describe('grype and syft arguments', () => {
  const cases: [ScanTarget, string][] = [
    [layout, 'oci-dir:/tmp/layout'],
    [image, 'registry:ghcr.io/acme/shop:1.0'],
    [sbom, 'sbom:/tmp/sbom.cdx.json'],
    [dir, 'dir:/src'],
  ];
  for (const [target, source] of cases) {
    test(`${target.kind} -> ${source}`, () => {
      assert.deepEqual(grypeArgs({ target, output: 'g.json' }), [source, '--output', 'json', '--file', 'g.json']);
      assert.deepEqual(syftArgs({ target, outputs: { cyclonedx: 'b.cdx.json', spdx: 'b.spdx.json' } }), [
        'scan',
        source,
        '--output',
        'cyclonedx-json=b.cdx.json',
        '--output',
        'spdx-json=b.spdx.json',
      ]);
    });
  }
  test('platform, DB settings and plain HTTP for loopback registries', () => {
    assert.deepEqual(grypeArgs({ target: image, output: 'g.json', platform: 'linux/arm64' }).slice(-2), ['--platform', 'linux/arm64']);
    const env = grypeEnv({
      target: local,
      cacheDir: '/g',
      skipDbUpdate: true,
      maxDbAgeHours: 48,
      dbUpdateUrl: 'https://mirror.example.com/grype/listing.json',
      env: {},
    });
    assert.deepEqual(env, {
      GRYPE_DB_CACHE_DIR: '/g',
      GRYPE_CHECK_FOR_APP_UPDATE: 'false',
      GRYPE_DB_UPDATE_URL: 'https://mirror.example.com/grype/listing.json',
      GRYPE_DB_AUTO_UPDATE: 'false',
      GRYPE_DB_VALIDATE_AGE: 'true',
      GRYPE_DB_MAX_ALLOWED_BUILT_AGE: '48h',
      GRYPE_REGISTRY_INSECURE_USE_HTTP: 'true',
    });
    assert.deepEqual(syftEnv({ target: local, env: {} }), { SYFT_CHECK_FOR_APP_UPDATE: 'false', SYFT_REGISTRY_INSECURE_USE_HTTP: 'true' });
    assert.throws(() => syftArgs({ target: image, outputs: {} }), /no output/);
  });
});

describe('failure classification', () => {
  const trivyCases: [string, string[], string | undefined][] = [
    ['first run with --skip-db-update', ['2024-01-01T00:00:00Z\t\x1b[31mERROR\x1b[0m\tThe first run cannot skip downloading DB'], 'missing'],
    ['newer trivy download error', ['2024-01-01T00:00:00Z\tFATAL\tinit error: DB error: failed to download vulnerability DB: OCI repository error'], 'missing'],
    ['log stops while downloading', ['INFO\tNeed to update DB', 'INFO\tDB Repository: 127.0.0.1:9/trivy-db', 'INFO\tDownloading DB...'], 'missing'],
    ['stale DB', ['FATAL\tDB error: the vulnerability DB is too old'], 'stale'],
    ['schema', ['FATAL\tDB error: the DB schema version is 1 but trivy needs 2'], 'schema'],
    ['image not found: the scanner failed', ['FATAL\timage scan error: unable to inspect the image (no such file or directory)'], undefined],
    ['DB fetched, then the scan failed', ['INFO\tDownloading DB...', 'INFO\tDetected OS: debian', 'FATAL\tscan error: panic'], undefined],
  ];
  for (const [name, tail, problem] of trivyCases) {
    test(`trivy: ${name}`, () => {
      const error = classifyTrivyFailure({ tail });
      if (problem === undefined) return assert.equal(error, undefined);
      assert.ok(error instanceof DatabaseUnavailableError);
      assert.equal(error.problem, problem);
      assert.equal(error.scanner, 'trivy');
    });
  }
  test('trivy 0.74: the causes under "1 error occurred:" are part of the message', () => {
    const error = classifyTrivyFailure({
      tail: [
        '2026-12-06T07:05:15Z\tINFO\t[vulndb] Downloading artifact...\trepo="mirror.gcr.io/aquasec/trivy-db:2"',
        '2026-12-06T07:05:15Z\tFATAL\tFatal error\trun error: init error: DB error: failed to download vulnerability DB: OCI repository error: 1 error occurred:',
        '\t* Get "https://mirror.gcr.io/v2/": dial tcp: lookup mirror.gcr.io on 10.255.255.53:53: no such host',
        '',
      ],
    });
    assert.ok(error instanceof DatabaseUnavailableError);
    assert.equal(error.problem, 'missing');
    assert.match(
      error.what,
      /OCI repository error: 1 error occurred: Get "https:\/\/mirror\.gcr\.io\/v2\/": dial tcp: lookup mirror\.gcr\.io on 10\.255\.255\.53:53: no such host$/,
    );
  });
  const grypeCases: [string, string[], string | undefined][] = [
    ['stale', ['[0000] ERROR the vulnerability database was built 12 days ago (max allowed age is 5 days)'], 'stale'],
    [
      'cannot download',
      [
        'failed to load vulnerability db: unable to update vulnerability database: Get "https://toolbox-data.anchore.io/grype/databases/listing.json": dial tcp: lookup failed',
      ],
      'missing',
    ],
    ['not a DB problem', ["[0000] ERROR could not determine source: an error occurred attempting to resolve 'oci-dir:/nope'"], undefined],
  ];
  for (const [name, tail, problem] of grypeCases) {
    test(`grype: ${name}`, () => {
      const error = classifyGrypeFailure({ tail });
      if (problem === undefined) return assert.equal(error, undefined);
      assert.ok(error instanceof DatabaseUnavailableError);
      assert.equal(error.problem, problem);
    });
  }
});
