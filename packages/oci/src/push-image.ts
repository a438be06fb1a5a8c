import { type Logger, silentLogger } from '@service-pipeline/action-kit';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { mapLimit } from './concurrency.js';
import { collectImage, type ImageGraph } from './image-graph.js';
import type { ImageSource } from './image-source.js';
import { type Descriptor, isIndex, manifestMediaType } from './manifest.js';
import type { RegistryClient } from './registry-client.js';

export interface PushImageOptions {
  source: ImageSource;
  root: Descriptor;
  client: RegistryClient;
  repository: string;
  tags: string[];
  /** Blob transfers in flight at once. */
  concurrency?: number;
  chunkSize?: number;
  /** Repositories on the target registry to mount blobs from before uploading. */
  mountFrom?: string[];
  logger?: Logger;
}

export interface TransferCounts {
  count: number;
  bytes: number;
}

export interface PushReport {
  digest: string;
  mediaType: string;
  size: number;
  tags: string[];
  platforms: { digest: string; platform?: Descriptor['platform'] }[];
  blobs: { uploaded: TransferCounts; mounted: TransferCounts; existing: TransferCounts };
  manifests: { written: number; existing: number };
  durationMs: number;
}

function add(counts: TransferCounts, bytes: number): void {
  counts.count += 1;
  counts.bytes += bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Copies an image to `repository` and points every tag at it. Order is the whole point:
 * blobs first (HEAD, then mount, then upload), then child manifests by digest, and only
 * when all of that is on the registry the root manifest under each tag. A push that fails
 * anywhere before the last step leaves every tag where it was.
 */
export async function pushImage(options: PushImageOptions): Promise<PushReport> {
  const started = Date.now();
  const log = options.logger ?? silentLogger;
  const { client, repository } = options;
  const graph: ImageGraph = await collectImage(options.source, options.root);
  const report: PushReport = {
    digest: graph.root.descriptor.digest,
    mediaType: manifestMediaType(graph.root.manifest, graph.root.descriptor.mediaType),
    size: graph.root.bytes.length,
    tags: [],
    platforms: isIndex(graph.root.manifest) ? graph.root.manifest.manifests.map((m) => ({ digest: m.digest, platform: m.platform })) : [],
    blobs: { uploaded: { count: 0, bytes: 0 }, mounted: { count: 0, bytes: 0 }, existing: { count: 0, bytes: 0 } },
    manifests: { written: 0, existing: 0 },
    durationMs: 0,
  };

  const mountFrom = [...(options.mountFrom ?? [])];
  const origin = options.source.location;
  if (origin && origin.registry === client.registry && origin.repository !== repository) mountFrom.unshift(origin.repository);

  await mapLimit(graph.blobs, options.concurrency ?? 4, async (blob) => {
    if ((await client.hasBlob(repository, blob.digest)) !== undefined) {
      add(report.blobs.existing, blob.size);
      log.debug(`${blob.digest} already present`);
      return;
    }
    const began = Date.now();
    const outcome = await client.uploadBlob(repository, blob, () => options.source.openBlob(blob), { chunkSize: options.chunkSize, mountFrom });
    add(outcome === 'mounted' ? report.blobs.mounted : report.blobs.uploaded, blob.size);
    log.info(`${outcome} ${blob.digest.slice(0, 19)} (${formatBytes(blob.size)}) in ${Date.now() - began} ms`);
  });

  for (const node of graph.manifests) {
    if (node === graph.root) continue;
    const mediaType = manifestMediaType(node.manifest, node.descriptor.mediaType);
    if (await client.headManifest(repository, node.descriptor.digest)) {
      report.manifests.existing += 1;
      continue;
    }
    await client.putManifest(repository, node.descriptor.digest, node.bytes, mediaType);
    report.manifests.written += 1;
  }

  const targets = options.tags.length > 0 ? options.tags : [report.digest];
  for (const tag of targets) {
    try {
      await client.putManifest(repository, tag, graph.root.bytes, report.mediaType);
    } catch (error) {
      if (report.tags.length === 0) throw error;
      // Tags cannot be written atomically; say exactly which ones already moved.
      throw new ActionError(
        `${(error as Error).message}; tags already pointing at ${report.digest}: ${report.tags.join(', ')}`,
        'fix the cause and run the push again (it is idempotent: present blobs are skipped)',
        { cause: error },
      );
    }
    if (tag !== report.digest) report.tags.push(tag);
    log.info(`${client.registry}/${repository}:${tag} -> ${report.digest}`);
  }
  report.manifests.written += 1;
  report.durationMs = Date.now() - started;
  return report;
}
