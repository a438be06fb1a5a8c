import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type ContainerConfig, OciLayout, openImage, type TarEntry, writeImage, writeIndex, writeLayer } from '@service-pipeline/oci';
import { checkImage, distrolessCheck } from '../src/distroless-check.js';

const base: TarEntry[] = [
  { path: 'etc/passwd', type: 'file', content: Buffer.from('root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n') },
  { path: 'tmp', type: 'directory', mode: 0o1777 },
  { path: 'app/server', type: 'file', content: Buffer.from('\x7fELF'), mode: 0o755 },
];
const goodConfig: ContainerConfig = { User: '65532:65532', Entrypoint: ['/app/server'] };

test('config findings: root users, shell-form entrypoint and cmd, shell healthcheck', () => {
  const cases: [ContainerConfig, string[]][] = [
    [goodConfig, []],
    [{ ...goodConfig, User: 'nonroot' }, []],
    [{ ...goodConfig, User: '' }, ['root-user']],
    [{ ...goodConfig, User: 'root' }, ['root-user']],
    [{ ...goodConfig, User: '0:0' }, ['root-user']],
    [{ User: '65532', Entrypoint: ['/bin/sh', '-c', 'exec /app/server'] }, ['shell-entrypoint']],
    [{ User: '65532', Cmd: ['sh', '-c', 'server'] }, ['shell-entrypoint']],
    [{ User: '65532', Entrypoint: ['/app/server', '-c', 'config.yaml'] }, []],
    [{ ...goodConfig, Healthcheck: { Test: ['CMD-SHELL', 'curl -f localhost'] } }, ['shell-healthcheck']],
    [{ ...goodConfig, Healthcheck: { Test: ['CMD', '/app/server', '-healthcheck'] } }, []],
  ];
  for (const [config, expected] of cases) {
    const findings = checkImage('linux/amd64', { os: 'linux', architecture: 'amd64', config }, new Map());
    assert.deepEqual(
      findings.map((f) => f.kind),
      expected,
      JSON.stringify(config),
    );
  }
});

test('filesystem findings on real layers: planted shells and package managers, removed ones are fine', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'distroless-'));
  try {
    const layout = await OciLayout.create(dir);
    const clean = await writeImage(layout, {
      layers: [await writeLayer(layout, base)],
      platform: { os: 'linux', architecture: 'amd64' },
      config: goodConfig,
      refName: 'clean',
    });
    assert.deepEqual(await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, ref: 'clean' })), []);

    const planted = await writeLayer(layout, [
      { path: 'bin/busybox', type: 'file', content: Buffer.from('bb'), mode: 0o755 },
      { path: 'bin/sh', type: 'symlink', linkTarget: 'busybox' },
      { path: 'usr/bin/apt-get', type: 'file', content: Buffer.from('apt'), mode: 0o755 },
      { path: 'usr/share/doc/bash/README', type: 'file', content: Buffer.from('docs are not a shell') },
    ]);
    const dirty = await writeImage(layout, {
      layers: [await writeLayer(layout, base), planted],
      platform: { os: 'linux', architecture: 'arm64' },
      config: { ...goodConfig, User: 'root' },
      refName: 'dirty',
    });
    const findings = await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, ref: 'dirty' }));
    assert.deepEqual(findings.map((f) => `${f.platform} ${f.kind} ${f.path ?? ''}`.trim()).sort(), [
      'linux/arm64 package-manager /usr/bin/apt-get',
      'linux/arm64 root-user',
      'linux/arm64 shell /bin/busybox',
      'linux/arm64 shell /bin/sh',
    ]);
    assert.match(findings.find((f) => f.path === '/bin/sh')!.detail, /link to busybox/);

    // A later layer that deletes the shell makes the image clean again.
    const removal = await writeLayer(layout, [
      { path: 'bin/.wh.sh', type: 'file', content: Buffer.alloc(0) },
      { path: 'bin/.wh.busybox', type: 'file', content: Buffer.alloc(0) },
      { path: 'usr/bin/.wh.apt-get', type: 'file', content: Buffer.alloc(0) },
    ]);
    const _fixed = await writeImage(layout, {
      layers: [await writeLayer(layout, base), planted, removal],
      platform: { os: 'linux', architecture: 'amd64' },
      config: goodConfig,
      refName: 'fixed',
    });
    assert.deepEqual(await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, ref: 'fixed' })), []);

    const index = await writeIndex(layout, [clean, dirty], { refName: 'both' });
    const perPlatform = await distrolessCheck(await openImage({ kind: 'layout', dir: layout.dir, digest: index.digest }));
    assert.ok(perPlatform.length === 4 && perPlatform.every((f) => f.platform === 'linux/arm64'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
