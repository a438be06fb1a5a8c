import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ActionError, type Logger } from '@service-pipeline/action-kit';
import { digestOf } from '@service-pipeline/oci';
import { readScannerOutput } from '../runners/process.js';
import { runSyft } from '../runners/syft.js';
import type { ScanTarget } from '../runners/target.js';
import { runTrivy } from '../runners/trivy.js';
import { type SbomFormat, validateCycloneDx, validateSpdx } from './validate.js';

export const SBOM_GENERATORS = ['trivy', 'syft'] as const;
export type SbomGenerator = (typeof SBOM_GENERATORS)[number];
export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const;

/** The OCI artifact type under which each format is attached to an image. */
export const SBOM_ARTIFACT_TYPES: Record<SbomFormat, string> = {
  cyclonedx: 'application/vnd.cyclonedx+json',
  spdx: 'application/spdx+json',
};

export const SBOM_FILE_NAMES: Record<SbomFormat, string> = {
  cyclonedx: 'sbom.cdx.json',
  spdx: 'sbom.spdx.json',
};

export interface GenerateSbomOptions {
  generator: SbomGenerator;
  /** The generator's executable (from installTool). */
  binary: string;
  /** One or both; each is written to `<outputDir>/sbom.cdx.json` / `sbom.spdx.json`. */
  formats: readonly SbomFormat[];
  target: Exclude<ScanTarget, { kind: 'sbom' }>;
  outputDir: string;
  /** trivy's cache dir (layer analysis is reused between the two formats). */
  cacheDir: string;
  platform?: string;
  logger: Logger;
}

export interface SbomFile {
  format: SbomFormat;
  path: string;
  /** `sha256:<hex>` of the file as written. */
  sha256: string;
  /** Components/packages that carry a purl. */
  packages: number;
}

export interface GeneratedSbom {
  files: SbomFile[];
  /** The package count (the same in every format; the first format's when they differ). */
  packages: number;
}

/** Writes the SBOM(s), then reads each back and validates the fields consumers rely on. */
export async function generateSbom(options: GenerateSbomOptions): Promise<GeneratedSbom> {
  if (options.formats.length === 0) throw new ActionError('no SBOM format requested', `ask for ${SBOM_FORMATS.join(' and/or ')}`);
  await mkdir(options.outputDir, { recursive: true });
  const paths = Object.fromEntries(options.formats.map((format) => [format, join(options.outputDir, SBOM_FILE_NAMES[format])])) as Partial<
    Record<SbomFormat, string>
  >;
  if (options.generator === 'syft') {
    await runSyft({
      binary: options.binary,
      target: options.target,
      outputs: paths,
      logger: options.logger,
      ...(options.platform ? { platform: options.platform } : {}),
    });
  } else {
    // trivy writes one format per run; the second run reuses the layer analysis in cacheDir.
    for (const format of options.formats) {
      await runTrivy({
        binary: options.binary,
        target: options.target,
        report: { kind: 'sbom', format: format === 'cyclonedx' ? 'cyclonedx' : 'spdx-json' },
        output: paths[format]!,
        cacheDir: options.cacheDir,
        // An SBOM lists packages; it needs no vulnerability DB and no network beyond the image.
        offline: true,
        logger: options.logger,
        ...(options.platform ? { platform: options.platform } : {}),
      });
    }
  }
  const files: SbomFile[] = [];
  for (const format of options.formats) {
    const path = paths[format]!;
    const bytes = await readScannerOutput(options.generator, path);
    let document: unknown;
    try {
      document = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new ActionError(
        `${path} written by ${options.generator} is not JSON (${(error as Error).message})`,
        'the generator crashed mid-write or printed to the file: re-run with debug logging',
      );
    }
    const packages = format === 'cyclonedx' ? validateCycloneDx(document, path) : validateSpdx(document, path);
    files.push({ format, path, sha256: digestOf(bytes), packages });
  }
  return { files, packages: files[0]!.packages };
}
