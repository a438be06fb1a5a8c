import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { imageFilesystem } from '../src/image-filesystem.js';
import { layoutSource } from '../src/image-source.js';
import { writeImage, writeLayer } from '../src/image-writer.js';
import type { ImageManifest } from '../src/manifest.js';
import { OciLayout } from '../src/oci-layout.js';
import { tarHeaders } from '../src/tar-reader.js';

test('reads GNU tar headers written by the system tar, including long names and links', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tar-reader-'));
  try {
    const root = join(dir, 'root');
    const long = `${'d'.repeat(60)}/${'f'.repeat(90)}.txt`;
    await mkdir(join(root, 'bin'), { recursive: true });
    await mkdir(join(root, 'd'.repeat(60)), { recursive: true });
    await writeFile(join(root, 'bin', 'busybox'), Buffer.alloc(3000, 7), { mode: 0o755 });
    await symlink('busybox', join(root, 'bin', 'sh'));
    await writeFile(join(root, long), 'x');
    for (const format of ['gnu', 'posix', 'ustar']) {
      const archive = join(dir, `${format}.tar`);
      try {
        execFileSync('tar', ['--format', format, '-cf', archive, '-C', root, '.']);
      } catch {
        assert.equal(format, 'ustar', 'only ustar may refuse a name this long');
        continue;
      }
      const headers = [];
      for await (const header of tarHeaders(createReadStream(archive))) headers.push(header);
      const byPath = new Map(headers.map((h) => [h.path.replace(/\/$/, ''), h]));
      assert.equal(byPath.get('bin/busybox')?.size, 3000, format);
      assert.equal(byPath.get('bin/busybox')?.mode, 0o755, format);
      assert.deepEqual([byPath.get('bin/sh')?.type, byPath.get('bin/sh')?.linkTarget], ['symlink', 'busybox'], format);
      assert.equal(byPath.get(long)?.type, 'file', `${format}: long name`);
      assert.equal(byPath.get('bin')?.type, 'directory', format);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('applies layers with whiteouts and opaque directories', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'image-fs-'));
  try {
    const layout = await OciLayout.create(dir);
    const lower = await writeLayer(layout, [
      { path: 'bin/sh', type: 'file', content: Buffer.from('sh'), mode: 0o755 },
      { path: 'etc/passwd', type: 'file', content: Buffer.from('root:x:0:0') },
      { path: 'var/cache/a', type: 'file', content: Buffer.from('a') },
      { path: 'var/cache/b', type: 'file', content: Buffer.from('b') },
    ]);
    const upper = await writeLayer(layout, [
      { path: 'bin/.wh.sh', type: 'file', content: Buffer.alloc(0) },
      { path: 'var/cache/.wh..wh..opq', type: 'file', content: Buffer.alloc(0) },
      { path: 'var/cache/c', type: 'file', content: Buffer.from('c') },
      { path: 'app/server', type: 'file', content: Buffer.from('bin'), mode: 0o755 },
    ]);
    const descriptor = await writeImage(layout, { layers: [lower, upper], platform: { os: 'linux', architecture: 'amd64' } });
    const files = await imageFilesystem(layoutSource(layout), (await layout.readManifest(descriptor)) as ImageManifest);
    assert.deepEqual([...files.keys()].filter((p) => files.get(p)!.type === 'file').sort(), ['app/server', 'etc/passwd', 'var/cache/c']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
