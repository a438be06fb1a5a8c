import { collectImage, type Descriptor, type ImageSource, type OciLayout } from '@service-pipeline/oci';

/**
 * Copies an image (blobs and manifests, children first) from `source` into `target`
 * without naming it there: engines write each result to a staging layout, and the build
 * names the final image (or the index assembled from several) itself.
 */
export async function copyIntoLayout(source: ImageSource, root: Descriptor, target: OciLayout): Promise<void> {
  const graph = await collectImage(source, root);
  for (const blob of graph.blobs) {
    if (!(await target.hasBlob(blob.digest))) await target.writeBlobStream(await source.openBlob(blob));
  }
  for (const manifest of graph.manifests) {
    if (!(await target.hasBlob(manifest.descriptor.digest))) await target.writeBlob(manifest.bytes);
  }
}
