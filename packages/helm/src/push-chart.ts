/**
 * A packaged chart pushed as Helm stores charts in OCI registries (`helm push`): an OCI image
 * manifest whose config is the chart metadata as JSON and whose one layer is the chart archive,
 * each with Helm's own media type, tagged with the chart version (`+` written as `_`, which tags
 * cannot hold). `helm pull oci://...` and Argo CD / Flux read it as a chart.
 */
import { digestOf, ensureBlob, MediaType, type RegistryClient } from '@service-pipeline/oci';
import type { PackagedChart } from './chart.js';

export const HelmMediaType = {
  config: 'application/vnd.cncf.helm.config.v1+json',
  chart: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
  provenance: 'application/vnd.cncf.helm.chart.provenance.v1.prov',
} as const;

export interface PushedChart {
  /** `<registry>/<repository>:<tag>` */
  ref: string;
  repository: string;
  tag: string;
  digest: string;
}

/** The tag a chart version is stored under. */
export function chartTag(version: string): string {
  return version.replaceAll('+', '_');
}

/** Pushes the chart to `<namespace>/<chart name>` on the client's registry (`namespace` as in `helm push chart oci://registry/<namespace>`). */
export async function pushChart(client: RegistryClient, namespace: string, chart: PackagedChart): Promise<PushedChart> {
  const repository = `${namespace.replace(/^\/+|\/+$/g, '')}/${chart.metadata.name}`;
  const config = Buffer.from(JSON.stringify(chart.metadata));
  const blobs = [
    { mediaType: HelmMediaType.config, bytes: config },
    { mediaType: HelmMediaType.chart, bytes: chart.archive },
  ].map((blob) => ({ ...blob, digest: digestOf(blob.bytes), size: blob.bytes.length }));
  for (const blob of blobs) await ensureBlob(client, repository, blob, blob.bytes);
  const [configBlob, chartBlob] = blobs;
  const manifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    config: { mediaType: configBlob!.mediaType, digest: configBlob!.digest, size: configBlob!.size },
    layers: [{ mediaType: chartBlob!.mediaType, digest: chartBlob!.digest, size: chartBlob!.size }],
    annotations: {
      'org.opencontainers.image.title': chart.metadata.name,
      'org.opencontainers.image.version': chart.metadata.version,
      ...(chart.metadata.description ? { 'org.opencontainers.image.description': chart.metadata.description } : {}),
    },
  };
  const tag = chartTag(chart.metadata.version);
  const digest = await client.putManifest(repository, tag, Buffer.from(JSON.stringify(manifest)), MediaType.ociManifest);
  return { ref: `${client.registry}/${repository}:${tag}`, repository, tag, digest };
}
