import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Descriptor, digestOf, type ImageIndex, type ImageManifest, MediaType, type OciLayout, type RegistryClient } from '@service-pipeline/oci';

/** Where test graphs are written: a registry repository or an OCI layout. */
export interface GraphSink {
  putBlob(bytes: Buffer): Promise<void>;
  putManifest(bytes: Buffer, descriptor: Descriptor, tag?: string): Promise<void>;
}

export function registrySink(client: RegistryClient, repository: string): GraphSink {
  return {
    putBlob: async (bytes) => {
      await client.uploadBlob(repository, { digest: digestOf(bytes), size: bytes.length }, async () => Readable.from([bytes]));
    },
    putManifest: async (bytes, descriptor, tag) => {
      await client.putManifest(repository, tag ?? descriptor.digest, bytes, descriptor.mediaType);
    },
  };
}

export function layoutSink(layout: OciLayout): GraphSink {
  return {
    putBlob: async (bytes) => {
      await layout.writeBlob(bytes);
    },
    putManifest: async (bytes, descriptor, tag) => {
      await layout.writeBlob(bytes);
      if (tag !== undefined) await layout.addToIndex(descriptor, tag);
    },
  };
}

export interface ImageOptions {
  created?: Date;
  platform?: string;
  subject?: Descriptor;
  artifactType?: string;
  /** Shares a layer with other images (the blob is written once). */
  layer?: Buffer;
}

/** Small but complete images, indexes and referrers, the shapes buildx, cosign and oras write. */
export class GraphBuilder {
  constructor(private readonly sink: GraphSink) {}

  private async blob(bytes: Buffer, mediaType: string): Promise<Descriptor> {
    await this.sink.putBlob(bytes);
    return { mediaType, digest: digestOf(bytes), size: bytes.length };
  }

  private async manifest(value: ImageManifest | ImageIndex, tag?: string, extra: Partial<Descriptor> = {}): Promise<Descriptor> {
    const bytes = Buffer.from(JSON.stringify(value));
    const descriptor: Descriptor = { mediaType: value.mediaType!, digest: digestOf(bytes), size: bytes.length, ...extra };
    await this.sink.putManifest(bytes, descriptor, tag);
    return descriptor;
  }

  async image(options: ImageOptions = {}, tag?: string): Promise<Descriptor> {
    const [os, architecture] = (options.platform ?? 'linux/amd64').split('/') as [string, string];
    const artifact = options.artifactType !== undefined;
    const config = artifact
      ? await this.blob(Buffer.from('{}'), MediaType.ociEmpty)
      : await this.blob(
          Buffer.from(
            JSON.stringify({
              os,
              architecture,
              created: (options.created ?? new Date()).toISOString(),
              nonce: randomBytes(8).toString('hex'),
              rootfs: { type: 'layers', diff_ids: [] },
            }),
          ),
          MediaType.ociConfig,
        );
    const layer = await this.blob(options.layer ?? randomBytes(64), artifact ? 'application/octet-stream' : MediaType.ociLayerGzip);
    const manifest: ImageManifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      ...(artifact ? { artifactType: options.artifactType } : {}),
      config,
      layers: [layer],
      ...(options.subject ? { subject: { mediaType: options.subject.mediaType, digest: options.subject.digest, size: options.subject.size } } : {}),
    };
    return this.manifest(manifest, tag, { platform: { os, architecture } });
  }

  async index(children: Descriptor[], tag?: string): Promise<Descriptor> {
    return this.manifest({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: children }, tag);
  }

  /** A buildx attestation manifest for `image`, to place inside the image's index. */
  async buildxAttestation(image: Descriptor): Promise<Descriptor> {
    const statement = await this.blob(
      Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v0.1', nonce: randomBytes(8).toString('hex') })),
      'application/vnd.in-toto+json',
    );
    const config = await this.blob(
      Buffer.from(JSON.stringify({ architecture: 'unknown', os: 'unknown', rootfs: { type: 'layers', diff_ids: [] } })),
      MediaType.ociConfig,
    );
    const descriptor = await this.manifest({ schemaVersion: 2, mediaType: MediaType.ociManifest, config, layers: [statement] });
    return {
      ...descriptor,
      platform: { os: 'unknown', architecture: 'unknown' },
      annotations: { 'vnd.docker.reference.type': 'attestation-manifest', 'vnd.docker.reference.digest': image.digest },
    };
  }

  /** A cosign-style signature: an image manifest under the `sha256-<hex>.sig` tag. */
  async cosignSignature(image: Descriptor): Promise<Descriptor> {
    return this.image({ artifactType: 'application/vnd.dev.cosign.artifact.sig.v1+json' }, `${image.digest.replace(':', '-')}.sig`);
  }

  /** An OCI 1.1 referrer (`subject`), untagged unless a tag is given. */
  async referrer(subject: Descriptor, artifactType = 'application/spdx+json', tag?: string): Promise<Descriptor> {
    return this.image({ subject, artifactType }, tag);
  }
}
