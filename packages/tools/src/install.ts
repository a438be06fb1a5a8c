import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { ActionError, type Logger } from '@service-pipeline/action-kit';
import { runCommand, SpawnError } from '@service-pipeline/action-kit/exec';
import { readInstallRecord, writeInstallRecord } from './install-record.js';
import { TOOLS, type ToolName, type ToolSpec } from './manifest.js';
import { currentPlatform, isToolPlatform, TOOL_PLATFORMS, type ToolPlatform } from './platform.js';

export interface InstallToolOptions {
  /** A version listed in the manifest; default: the pinned one. */
  version?: string;
  /**
   * Replaces the release download root (a mirror or GitHub Enterprise Server). `{tag}` and
   * `{version}` are substituted; without them the archive is fetched from `<baseUrl>/<tag>/<asset>`.
   */
  baseUrl?: string;
  logger: Logger;
  /** An installed binary to use as is (its version is only reported). */
  path?: string;
  /** Default: this machine's. */
  platform?: string;
  /**
   * Where releases are installed and install records kept. Default: RUNNER_TOOL_CACHE (GitHub
   * runners set it); the CLI passes the user's cache directory.
   */
  cacheDir?: string;
}

export interface InstalledTool {
  path: string;
  version: string;
  source: 'path' | 'PATH' | 'cache' | 'download';
}

/** The downloaded archive is not the one the manifest pins: never extracted, never run. */
export class ChecksumMismatchError extends ActionError {
  constructor(
    readonly url: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      `the archive downloaded from ${url} has sha256 ${actual}, expected ${expected}`,
      'the download was tampered with or the mirror serves another build: point base-url at an unmodified copy of the official release',
    );
    this.name = 'ChecksumMismatchError';
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The version a binary reports, or undefined when it cannot say (it still may be usable). */
export async function binaryVersion(spec: ToolSpec, file: string): Promise<string | undefined> {
  try {
    const result = await runCommand(file, spec.versionArgs, { captureStdout: true, keepLines: 20 });
    return spec.versionPattern.exec(`${result.stdout}\n${result.tail.join('\n')}`)?.[1];
  } catch (error) {
    if (error instanceof SpawnError) return undefined;
    throw error;
  }
}

/** The first executable `binary` in PATH's directories. */
export async function findOnPath(binary: string): Promise<string | undefined> {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, binary);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export function releaseUrl(spec: ToolSpec, version: string, platform: ToolPlatform, baseUrl?: string): string {
  const tag = `v${version}`;
  const root = (baseUrl ?? spec.baseUrl).replace(/\/+$/, '');
  const folder = /\{tag\}|\{version\}/.test(root) ? root.replaceAll('{tag}', tag).replaceAll('{version}', version) : `${root}/${tag}`;
  return `${folder}/${spec.asset(version, platform)}`;
}

function resolveRelease(spec: ToolSpec, options: InstallToolOptions): { version: string; platform: ToolPlatform; sha256: string } {
  const version = (options.version ?? spec.version).replace(/^v/, '');
  const pinned = spec.sha256[version];
  if (!pinned) {
    throw new ActionError(
      `${spec.name} ${version} is not in the pinned tool manifest`,
      `use ${Object.keys(spec.sha256).join(' or ')}, or pass the path of an installed ${spec.name} binary`,
    );
  }
  let platform: ToolPlatform;
  if (options.platform === undefined) platform = currentPlatform();
  else if (isToolPlatform(options.platform)) platform = options.platform;
  else throw new ActionError(`unknown tool platform "${options.platform}"`, `use one of ${TOOL_PLATFORMS.join(', ')}`);
  const sha256 = pinned[platform];
  if (!sha256) {
    throw new ActionError(
      `no verified ${spec.name} ${version} release for ${platform}`,
      `the manifest pins ${Object.keys(pinned).join(', ')}; install ${spec.name} yourself and pass its path`,
    );
  }
  return { version, platform, sha256 };
}

function toolCacheDir(options: InstallToolOptions): string {
  const dir = options.cacheDir ?? process.env['RUNNER_TOOL_CACHE'];
  if (!dir)
    throw new ActionError(
      'RUNNER_TOOL_CACHE is not set',
      'set RUNNER_TOOL_CACHE to a writable directory (GitHub runners set it), or pass the path of an installed binary',
    );
  return dir;
}

/**
 * The version of a binary found in place: from its install record when it has one, else asked
 * once (`--version`) and recorded, so later runs start the tool only to do its work.
 */
async function versionInPlace(spec: ToolSpec, path: string, origin: 'path' | 'PATH', options: InstallToolOptions): Promise<string | undefined> {
  const cacheDir = options.cacheDir ?? process.env['RUNNER_TOOL_CACHE'];
  const recorded = cacheDir ? await readInstallRecord(cacheDir, spec.name, path) : undefined;
  if (recorded) return recorded.version;
  const version = await binaryVersion(spec, path);
  if (cacheDir && version !== undefined) await writeInstallRecord(cacheDir, { tool: spec.name, version, path, origin });
  return version;
}

async function download(
  spec: ToolSpec,
  release: { version: string; platform: ToolPlatform; sha256: string },
  cacheDir: string,
  options: InstallToolOptions,
): Promise<string> {
  const dir = join(cacheDir, spec.name, release.version, release.platform);
  const url = releaseUrl(spec, release.version, release.platform, options.baseUrl);
  options.logger.info(`Downloading ${spec.name} ${release.version} from ${url}`);
  await mkdir(cacheDir, { recursive: true });
  // The tool cache (and the HTTP client it brings) loads only when a download is needed.
  const toolCache = await import('@actions/tool-cache');
  // Staged next to the cache so the final rename stays on one file system; removed whatever happens.
  const staging = await mkdtemp(join(cacheDir, `.${spec.name}-`));
  try {
    let archive: string;
    try {
      archive = await toolCache.downloadTool(url, join(staging, 'archive.tar.gz'));
    } catch (error) {
      const status = error instanceof toolCache.HTTPError ? ` (HTTP ${error.httpStatusCode})` : '';
      throw new ActionError(
        `cannot download ${spec.name} ${release.version} from ${url}${status}`,
        'check base-url (mirrors must keep the release folder layout) and the network',
        { cause: error },
      );
    }
    const actual = await sha256File(archive);
    if (actual !== release.sha256) throw new ChecksumMismatchError(url, release.sha256, actual);
    const extracted = await toolCache.extractTar(archive, join(staging, 'extracted'));
    if (!(await isExecutable(join(extracted, spec.binary)))) {
      throw new ActionError(`the ${spec.name} archive from ${url} has no executable ${spec.binary}`, 'the release layout changed: update the tool manifest');
    }
    await rm(dir, { recursive: true, force: true });
    await mkdir(dirname(dir), { recursive: true });
    await rename(extracted, dir);
    const path = join(dir, spec.binary);
    // The record is written last: a binary without one is an interrupted install, never used.
    await writeInstallRecord(cacheDir, { tool: spec.name, version: release.version, path, origin: url, archiveSha256: actual });
    return path;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Finds or installs a pinned tool: a given path, a binary on PATH at the pinned version, the
 * tool cache, or a download whose sha256 is checked against the manifest before the archive
 * is opened. Versions come from install records, so a tool is started only to do its work.
 */
export async function installTool(tool: ToolName | ToolSpec, options: InstallToolOptions): Promise<InstalledTool> {
  const spec: ToolSpec = typeof tool === 'string' ? TOOLS[tool] : tool;
  const log = options.logger;
  if (options.path !== undefined) {
    if (!(await isExecutable(options.path))) {
      throw new ActionError(
        `${spec.name} binary ${options.path} does not exist or is not executable`,
        `install ${spec.name} there or leave the path empty to download the pinned release`,
      );
    }
    return { path: options.path, version: (await versionInPlace(spec, options.path, 'path', options)) ?? 'unknown', source: 'path' };
  }
  const release = resolveRelease(spec, options);

  const onPath = await findOnPath(spec.binary);
  if (onPath) {
    const found = await versionInPlace(spec, onPath, 'PATH', options);
    if (found === release.version) return { path: onPath, version: found, source: 'PATH' };
    log.debug(`${onPath} reports version ${found ?? 'unknown'}, not the pinned ${release.version}; installing the pinned release`);
  }

  const cacheDir = toolCacheDir(options);
  const cached = join(cacheDir, spec.name, release.version, release.platform, spec.binary);
  if (await readInstallRecord(cacheDir, spec.name, cached)) return { path: cached, version: release.version, source: 'cache' };
  return { path: await download(spec, release, cacheDir, options), version: release.version, source: 'download' };
}
