import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type AttachedArtifact, attachArtifact, type Descriptor, type RegistryClient } from '@service-pipeline/oci';
import { SBOM_ARTIFACT_TYPES, type SbomFile } from './generate.js';

export interface AttachedSbom extends AttachedArtifact {
  format: SbomFile['format'];
}

/** Pushes an SBOM as an OCI artifact whose `subject` is the image (referrers API, else the tag fallback). */
export async function attachSbom(client: RegistryClient, repository: string, subject: Descriptor, file: SbomFile, created = new Date()): Promise<AttachedSbom> {
  const attached = await attachArtifact(client, repository, subject, {
    artifactType: SBOM_ARTIFACT_TYPES[file.format],
    bytes: await readFile(file.path),
    title: basename(file.path),
    created,
  });
  return { format: file.format, ...attached };
}
