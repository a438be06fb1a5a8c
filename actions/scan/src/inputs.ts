import { readFileSync } from 'node:fs';
import { asInput, defaultLayoutDir, InputError, Inputs } from '@service-pipeline/action-kit';
import { parseReference } from '@service-pipeline/oci';
import {
  FAIL_ON,
  type FailOn,
  type IgnoreEntry,
  parseDbRepositories,
  parseIgnoreFile,
  parseVexDocument,
  SCANNERS,
  type ScannerName,
  VexError,
  type VexStatement,
} from '@service-pipeline/scanners';
import { TOOLS } from '@service-pipeline/tools';

export type ScanSource = { kind: 'oci-layout'; dir: string; ref?: string } | { kind: 'image'; ref: string } | { kind: 'sbom'; path: string };

export interface ScanInputs {
  source: ScanSource;
  scanners: ScannerName[];
  failOn: FailOn;
  onlyFixed: boolean;
  ignore: IgnoreEntry[];
  vex: VexStatement[];
  maxDbAgeMs: number;
  dbRepositories: string[];
  tools: Record<ScannerName, { version?: string; path?: string }>;
  credentials?: { username: string; password: string };
  sarifCategory: string;
}

const TARGETS = ['oci-layout', 'image', 'sbom'] as const;

function readSource(inputs: Inputs): ScanSource {
  const given = TARGETS.filter((name) => inputs.has(name));
  if (given.length > 1) {
    throw new InputError(
      given[1]!,
      `is set together with ${given[0]}`,
      `scan one target per step: set exactly one of ${TARGETS.join(', ')} (add another scan step for the other)`,
    );
  }
  if (inputs.has('layout-ref') && (given[0] === 'image' || given[0] === 'sbom')) {
    throw new InputError('layout-ref', `is set, but the target is ${given[0]}, not an OCI layout`, 'remove layout-ref, or scan the layout instead');
  }
  if (given[0] === 'image') {
    const value = inputs.string('image');
    const ref = asInput('image', () => parseReference(value));
    if (ref.tag === undefined && ref.digest === undefined)
      throw new InputError(
        'image',
        `"${value}" has neither a tag nor a digest`,
        "name the image to scan, preferably by digest (the push action's image-ref output)",
      );
    return { kind: 'image', ref: value };
  }
  if (given[0] === 'sbom') return { kind: 'sbom', path: inputs.path('sbom', { mustExist: 'file' }) };
  const dir = inputs.path('oci-layout', { default: defaultLayoutDir(), mustExist: 'directory' });
  const ref = inputs.string('layout-ref');
  return { kind: 'oci-layout', dir, ...(ref ? { ref } : {}) };
}

function readScanners(inputs: Inputs): ScannerName[] {
  const names = inputs.list('scanners', { required: true });
  for (const name of names) {
    if (!(SCANNERS as readonly string[]).includes(name)) {
      throw new InputError('scanners', `names an unknown scanner "${name}"`, `use ${SCANNERS.join(', ')} or both, comma-separated`);
    }
  }
  return SCANNERS.filter((s) => names.includes(s));
}

function readTool(inputs: Inputs, scanner: ScannerName): { version?: string; path?: string } {
  const version = inputs.string(`${scanner}-version`).replace(/^v/, '');
  const path = inputs.path(`${scanner}-path`, { mustExist: 'file', access: 'execute' });
  if (version && path)
    throw new InputError(
      `${scanner}-version`,
      `is set together with ${scanner}-path`,
      `set only one: a binary given by path is used as is, whatever its version`,
    );
  const pinned = Object.keys(TOOLS[scanner].sha256);
  if (version && !pinned.includes(version)) {
    throw new InputError(
      `${scanner}-version`,
      `asks for ${scanner} ${version}, which the tool manifest has no checksums for`,
      `use ${pinned.join(' or ')}, or install ${scanner} yourself and pass ${scanner}-path`,
    );
  }
  return { ...(version ? { version } : {}), ...(path ? { path } : {}) };
}

function readIgnore(inputs: Inputs): IgnoreEntry[] {
  const path = inputs.path('ignore-file', { mustExist: 'file' });
  return path ? parseIgnoreFile(readFileSync(path, 'utf8'), inputs.string('ignore-file')) : [];
}

/** The OpenVEX documents, each read and checked (malformed or older than vex-max-age is an error naming the file). */
function readVex(inputs: Inputs): VexStatement[] {
  const maxAgeMs = inputs.duration('vex-max-age', '180d');
  return inputs.list('vex').flatMap((entry) => {
    const file = inputs.confine('vex', entry, 'read');
    try {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        throw new VexError(
          file,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
          'check the path (relative paths resolve against the workspace)',
        );
      }
      return parseVexDocument(text, file, { now: new Date(), maxAgeMs });
    } catch (error) {
      if (error instanceof VexError) throw new InputError('vex', `names a document that cannot be used: ${error.what}`, error.fix);
      throw error;
    }
  });
}

/** Reads and validates every input (the ignore file included) before anything is installed or scanned. */
export function readInputs(inputs = new Inputs()): ScanInputs {
  const password = inputs.secret('registry-password', { user: 'registry-username' });
  const username = inputs.string('registry-username');
  if ((username === '') !== (password === '')) {
    const missing = username === '' ? 'registry-username' : 'registry-password';
    throw new InputError(missing, 'is empty while the other registry credential is set', 'set both registry-username and registry-password, or neither');
  }
  const scanners = readScanners(inputs);
  const result: ScanInputs = {
    source: readSource(inputs),
    scanners,
    failOn: inputs.enumValue('fail-on', FAIL_ON, 'high'),
    onlyFixed: inputs.boolean('only-fixed', false),
    ignore: readIgnore(inputs),
    vex: readVex(inputs),
    maxDbAgeMs: inputs.duration('max-db-age', '3d'),
    dbRepositories: asInput('db-repository', () => parseDbRepositories(inputs.list('db-repository'))),
    tools: { trivy: readTool(inputs, 'trivy'), grype: readTool(inputs, 'grype') },
    sarifCategory: inputs.string('sarif-category', {
      default: 'container-scan',
      pattern: /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
      hint: 'use letters, digits, ".", "_", "-" and "/" between parts, e.g. container-scan/shop',
    }),
  };
  if (username !== '') {
    if (result.source.kind !== 'image')
      throw new InputError(
        'registry-username',
        `is set, but the target is ${result.source.kind}, not a registry image`,
        'remove the registry credentials, or scan the pushed image with image',
      );
    result.credentials = { username, password };
  }
  return result;
}
