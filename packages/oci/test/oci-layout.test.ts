import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { writeImage, writeIndex, writeLayer } from '../src/image-writer.js';
import { tarStream } from '../src/layer-tar.js';
import { ANNOTATION_REF_NAME } from '../src/manifest.js';
import { OciLayout } from '../src/oci-layout.js';

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-layout-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const entries = [
  { path: 'app', type: 'directory' as const },
  { path: 'app/server', type: 'file' as const, content: Buffer.from('#!binary\n'), mode: 0o755 },
  { path: `deep/${'x'.repeat(120)}.txt`, type: 'file' as const, content: Buffer.from('long name') },
  { path: 'app/link', type: 'symlink' as const, linkTarget: 'server' },
  { path: 'etc/passwd', type: 'file' as const, content: Buffer.from('nonroot:x:65532:65532::/home/nonroot:/sbin/nologin\n'), uid: 0, gid: 0 },
];

test('tar layers are reproducible and readable by GNU tar', async () => {
  await withDir(async (dir) => {
    const chunks: Buffer[] = [];
    for await (const c of tarStream(entries, { mtime: 1_700_000_000 })) chunks.push(c as Buffer);
    const again: Buffer[] = [];
    for await (const c of tarStream([...entries].reverse(), { mtime: 1_700_000_000 })) again.push(c as Buffer);
    assert.deepEqual(Buffer.concat(chunks), Buffer.concat(again));
    await writeFile(join(dir, 'layer.tar'), Buffer.concat(chunks));
    const listing = execFileSync('tar', ['-tvf', join(dir, 'layer.tar'), '--numeric-owner'], { encoding: 'utf8' });
    assert.match(listing, /app\/server/);
    assert.match(listing, /app\/link -> server/);
    assert.match(listing, new RegExp(`deep/${'x'.repeat(120)}\\.txt`));
    assert.match(listing, /2023-11-14/);
    assert.match(listing, /-rwxr-xr-x 0\/0/);
  });
});

test('writes and reads a single-platform and a multi-platform image', async () => {
  await withDir(async (dir) => {
    const layout = await OciLayout.create(dir);
    const layer = await writeLayer(layout, entries);
    const tar = gunzipSync(await layout.readBlob(layer.descriptor));
    assert.equal(`sha256:${createHash('sha256').update(tar).digest('hex')}`, layer.diffId);
    const amd64 = await writeImage(layout, {
      layers: [layer],
      platform: { os: 'linux', architecture: 'amd64' },
      config: { User: '65532' },
      refName: 'app-amd64',
    });
    const arm64 = await writeImage(layout, { layers: [layer], platform: { os: 'linux', architecture: 'arm64' }, config: { User: '65532' } });
    const index = await writeIndex(layout, [amd64, arm64], { refName: 'latest' });

    const reopened = await OciLayout.open(dir);
    assert.equal((await reopened.resolve('latest')).digest, index.digest);
    assert.equal((await reopened.resolve('app-amd64')).digest, amd64.digest);
    await assert.rejects(reopened.resolve(), /holds 2 images \(it holds "app-amd64", "latest"\)/);
    await assert.rejects(reopened.resolve('nope'), /no image named "nope" \(it holds "app-amd64", "latest"\)/);

    // Replacing a ref name keeps one entry per name.
    await reopened.addToIndex(arm64, 'app-amd64');
    const entriesNow = (await reopened.index()).manifests.filter((m) => m.annotations?.[ANNOTATION_REF_NAME] === 'app-amd64');
    assert.equal(entriesNow.length, 1);
    assert.equal(entriesNow[0]!.digest, arm64.digest);

    // umoci, an independent implementation, accepts the layout.
    const stat = execFileSync('umoci', ['stat', '--image', `${dir}:app-amd64`], { encoding: 'utf8' });
    assert.match(stat, /LAYER|History|CREATED/i);
  });
});

test('corrupt, missing and foreign layouts fail with what to do', async () => {
  await withDir(async (dir) => {
    await assert.rejects(OciLayout.open(dir), /is not an OCI image layout \(no oci-layout file\); point oci-layout at/);
    const layout = await OciLayout.create(dir);
    await assert.rejects(layout.resolve(), /holds no image; build the image/);
    const blob = await layout.writeBlob('hello');
    await writeFile(layout.blobPath(blob.digest), 'jello');
    await assert.rejects(layout.readBlob(blob), /is corrupt/);
    const stream = layout.openBlob(blob);
    await assert.rejects(async () => {
      for await (const _ of stream) void _;
    }, /content digest is sha256:[0-9a-f]+, expected/);
    await assert.rejects(layout.readBlob({ digest: `sha256:${'0'.repeat(64)}`, size: 1 }), /is missing blob/);
    await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}');
    await assert.rejects(OciLayout.open(dir), /imageLayoutVersion 2\.0\.0/);
  });
});
