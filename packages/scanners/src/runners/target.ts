/** What a scanner or SBOM generator reads. */
export type ScanTarget =
  /** An OCI image layout directory; `digest` picks one image when the layout holds several. */
  | { kind: 'oci-layout'; dir: string; digest?: string }
  /** A registry reference (tag or digest). */
  | { kind: 'image'; ref: string }
  /** An SBOM file (CycloneDX or SPDX JSON) to scan instead of an image. */
  | { kind: 'sbom'; path: string }
  /** A directory of source or files. */
  | { kind: 'directory'; path: string };

export function describeTarget(target: ScanTarget): string {
  switch (target.kind) {
    case 'oci-layout':
      return `OCI layout ${target.dir}${target.digest ? `@${target.digest}` : ''}`;
    case 'image':
      return `image ${target.ref}`;
    case 'sbom':
      return `SBOM ${target.path}`;
    case 'directory':
      return `directory ${target.path}`;
  }
}
