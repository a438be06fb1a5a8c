/**
 * Dockerfile mode of the build action with buildah (daemonless, works as root on a plain
 * runner). `buildahCommands` plans the exact command lines (pure, unit-tested);
 * `buildWithBuildah` checks the inputs, runs them and reads the result back from the OCI
 * image layout the push action consumes.
 *
 * Output: `buildah push <image> oci:<layoutDir>:<refName>` (one platform: the index.json
 * entry named `refName` is the image manifest). Several platforms are built one at a time,
 * each pushed to its own staging layout, and the OCI index is written here in the order the
 * platforms were requested: `buildah build --manifest` lists them in the order they finished,
 * so its index digest changed from run to run. An older entry with the same name loses the
 * name, so the name stays unique.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ActionError } from '@service-pipeline/action-kit/errors';
import { runCommand, SpawnError } from '@service-pipeline/action-kit/exec';
import {
  configPlatform,
  copyIntoLayout,
  type Descriptor,
  isIndex,
  isPlatform,
  OciLayout,
  openImage,
  parsePlatform,
  samePlatform,
  writeImageOrIndex,
} from '@service-pipeline/oci';
import { SECRET_ID } from './secrets.js';

export interface DockerfileBuild {
  /** Build context directory (relative paths: against the working directory). */
  context: string;
  /** The Dockerfile (relative paths: against the working directory, like `docker build -f`). */
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  /** e.g. ['linux/amd64']; several give an OCI index in this order; [] = the host's. */
  platforms: string[];
  /** `--timestamp` (created time, history, file times in new layers) and the SOURCE_DATE_EPOCH build arg. */
  sourceDateEpoch: number;
  /** `--secret id=<id>,src=<src>`: files RUN --mount=type=secret can read, never stored in the image. */
  secrets: { id: string; src: string }[];
  /** The OCI image layout the result is written to (created when missing), and its ref name there. */
  layoutDir: string;
  refName: string;
  /** A private storage instead of buildah's default (/var/lib/containers/storage for root). */
  storage?: { root: string; runroot: string; driver: 'vfs' | 'overlay' };
  /** chroot needs no OCI runtime (good inside containers); oci (buildah's default) uses runc/crun. */
  isolation?: 'chroot' | 'oci';
  pull?: 'missing' | 'never' | 'always';
  /**
   * Registries served over plain HTTP or with an untrusted certificate (e.g. 127.0.0.1:5000 in
   * tests). buildah 1.28 has no per-registry switch on the command line, so any entry turns
   * `--tls-verify=false` on for every pull of the build.
   */
  registriesInsecure?: string[];
  /** The buildah executable, default `buildah` from PATH. */
  buildah?: string;
}

export interface BuildahCommand {
  argv: string[];
  /** Set on the commands of one platform of a multi-platform build. */
  platform?: string;
  /** cleanup steps may fail harmlessly (nothing to remove); build and push may not. */
  step: 'build' | 'push' | 'cleanup';
  ignoreFailure?: boolean;
}

export interface BuildLog {
  info(message: string): void;
  debug(message: string): void;
}

export interface BuildahResult {
  digest: string;
  layoutDir: string;
  refName: string;
}

const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OUTPUT_TAIL = 20;

function invalid(what: string, fix: string): never {
  throw new ActionError(what, fix);
}

/** Entries sorted by key: flags in a stable order, whatever order the inputs came in. */
function sortedPairs(record: Record<string, string>): [string, string][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The flags buildah and buildx take alike, in this order: --file, --target, --platform, the
 * build args (with SOURCE_DATE_EPOCH) and labels sorted by key, --secret.
 */
export function dockerfileFlags(build: DockerfileBuild, platforms: string[] = build.platforms): string[] {
  const buildArgs = { ...build.buildArgs, SOURCE_DATE_EPOCH: String(build.sourceDateEpoch) };
  return [
    '--file',
    resolve(build.dockerfile),
    ...(build.target !== undefined ? ['--target', build.target] : []),
    ...(platforms.length > 0 ? ['--platform', platforms.join(',')] : []),
    ...sortedPairs(buildArgs).flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    ...sortedPairs(build.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    ...build.secrets.flatMap((s) => ['--secret', `id=${s.id},src=${resolve(s.src)}`]),
  ];
}

/** The image name the build is tagged with in buildah's storage between `build` and `push`. */
export function localImageName(build: Pick<DockerfileBuild, 'layoutDir' | 'refName'>): string {
  const hash = createHash('sha256')
    .update(`${resolve(build.layoutDir)}\0${build.refName}`)
    .digest('hex')
    .slice(0, 16);
  return `localhost/service-pipeline-build:${hash}`;
}

function globalOptions(build: DockerfileBuild): string[] {
  const s = build.storage;
  return s ? ['--root', resolve(s.root), '--runroot', resolve(s.runroot), '--storage-driver', s.driver] : [];
}

/** Checks everything a command line is made of; the buildx and buildah planners share it. */
export function validateDockerfileBuild(build: DockerfileBuild): void {
  if (!Number.isSafeInteger(build.sourceDateEpoch) || build.sourceDateEpoch < 0) {
    invalid(`source date epoch ${build.sourceDateEpoch} is not a whole number of seconds since 1970`, 'use the commit time, e.g. `git log -1 --format=%ct`');
  }
  for (const platform of build.platforms) {
    if (!isPlatform(platform)) invalid(`platform "${platform}" is not os/arch[/variant]`, 'write platforms like linux/amd64 or linux/arm/v7');
  }
  if (new Set(build.platforms).size !== build.platforms.length)
    invalid(`platforms ${build.platforms.join(',')} name a platform twice`, 'list each platform once');
  for (const name of Object.keys(build.buildArgs)) {
    if (!ARG_NAME.test(name)) invalid(`build arg name "${name}" is not valid`, 'use letters, digits and underscores, not starting with a digit');
  }
  for (const key of Object.keys(build.labels)) {
    if (key === '' || key.includes('=') || /\s/.test(key))
      invalid(`label key "${key}" is not valid`, 'use a key without "=" or spaces, e.g. org.opencontainers.image.source');
  }
  for (const secret of build.secrets) {
    if (!SECRET_ID.test(secret.id)) invalid(`secret id "${secret.id}" is not valid`, 'use letters, digits, ".", "_" and "-" (RUN --mount=type=secret,id=<id>)');
    if (secret.src === '' || secret.src.includes(','))
      invalid(`secret "${secret.id}" has an invalid source path "${secret.src}"`, 'give a file path without commas');
  }
  if (resolve(build.layoutDir).includes(':'))
    invalid(`OCI layout path ${resolve(build.layoutDir)} contains ":"`, 'buildah reads oci:<path>:<ref> up to the first colon; choose a directory without ":"');
  if (!/^[A-Za-z0-9._\-:@/+]+$/.test(build.refName))
    invalid(`ref name "${build.refName}" is not a valid OCI layout ref name`, 'use letters, digits and . _ - : @ / +, e.g. "latest" or a tag');
  if (build.target !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(build.target))
    invalid(`target "${build.target}" is not a stage name or index`, 'name a stage of the Dockerfile (FROM ... AS <name>)');
}

/** True when `version` (e.g. "1.28.2") is at least major.minor; unknown versions count as new. */
function atLeast(version: string | undefined, major: number, minor: number): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!match) return true;
  const [maj, min] = [Number(match[1]), Number(match[2])];
  return maj > major || (maj === major && min >= minor);
}

/**
 * The buildah command lines for a build, in order: pure (only path.resolve against the
 * working directory), so the exact argv can be tested and logged. `version` (buildah's, when
 * known) drops flags older releases reject: --identity-label came with 1.25, so with 1.24
 * and older the image carries an io.buildah.version label.
 */
export function buildahCommands(build: DockerfileBuild, options: { version?: string } = {}): BuildahCommand[] {
  validateDockerfileBuild(build);
  const bin = build.buildah ?? 'buildah';
  const global = globalOptions(build);
  const name = localImageName(build);

  const buildArgv = (platforms: string[]): string[] => [
    bin,
    ...global,
    'build',
    '--format',
    'oci',
    // No io.buildah.version label: the image should not change with the buildah version.
    ...(atLeast(options.version, 1, 25) ? ['--identity-label=false'] : []),
    '--timestamp',
    String(build.sourceDateEpoch),
    ...dockerfileFlags(build, platforms),
    ...(build.isolation !== undefined ? ['--isolation', build.isolation] : []),
    ...(build.pull !== undefined ? [`--pull=${build.pull}`] : []),
    ...((build.registriesInsecure ?? []).length > 0 ? ['--tls-verify=false'] : []),
    '--tag',
    name,
    resolve(build.context),
  ];
  const one = (platforms: string[], destination: string, platform?: string): BuildahCommand[] =>
    [
      { step: 'build' as const, argv: buildArgv(platforms) },
      { step: 'push' as const, argv: [bin, ...global, 'push', '--format', 'oci', name, destination] },
      { step: 'cleanup' as const, argv: [bin, ...global, 'rmi', name], ignoreFailure: true },
    ].map((command) => (platform ? { ...command, platform } : command));

  if (build.platforms.length <= 1) return one(build.platforms, `oci:${resolve(build.layoutDir)}:${build.refName}`);
  return build.platforms.flatMap((platform) => one([platform], `oci:${stagingLayout(build, platform)}:${build.refName}`, platform));
}

/** Where one platform of a multi-platform build is written before the index is assembled. */
export function stagingLayout(build: Pick<DockerfileBuild, 'layoutDir'>, platform: string): string {
  return join(stagingRoot(build), platform.replaceAll('/', '-'));
}

function stagingRoot(build: Pick<DockerfileBuild, 'layoutDir'>): string {
  return `${resolve(build.layoutDir)}.platforms`;
}

/** The per-platform images in the requested order, as one OCI index named `refName` in the layout. */
async function assembleIndex(build: DockerfileBuild): Promise<void> {
  const target = await OciLayout.create(resolve(build.layoutDir));
  const manifests: Descriptor[] = [];
  for (const text of build.platforms) {
    const staged = await openImage({ kind: 'layout', dir: stagingLayout(build, text), ref: build.refName });
    const images = await staged.platforms();
    if (isIndex(staged.manifest) || images.length !== 1)
      throw new ActionError(`buildah wrote an index for ${text}, not an image`, 'report this with the buildah version and the Dockerfile');
    const platform = parsePlatform(text);
    if (!samePlatform(configPlatform(images[0]!.config), platform)) {
      throw new ActionError(
        `buildah built ${images[0]!.platform} when ${text} was asked for`,
        "check that the Dockerfile's final FROM image offers that platform",
      );
    }
    await copyIntoLayout(staged.source, staged.root, target);
    manifests.push({ mediaType: staged.root.mediaType, digest: staged.root.digest, size: staged.root.size, platform });
  }
  await writeImageOrIndex(target, manifests, { refName: build.refName });
}

/** buildah's version (e.g. "1.28.2"), or undefined when it is not installed or does not run. */
export async function buildahAvailable(bin = 'buildah'): Promise<string | undefined> {
  try {
    const result = await runCommand(bin, ['--version'], { keepLines: 5 });
    if (result.code !== 0) return undefined;
    const match = /version\s+(\S+)/.exec(result.tail.join('\n'));
    return match?.[1] ?? result.tail.join(' ').trim();
  } catch {
    return undefined;
  }
}

function quote(arg: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}

export function formatCommand(argv: readonly string[]): string {
  return argv.map(quote).join(' ');
}

/** The failing Dockerfile instruction and reason from buildah's `Error: building at STEP "...": ...` line. */
export function failedStep(lines: readonly string[]): { step?: string; reason?: string; error?: string } {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const step = /building at STEP "(.*)": (.*)$/.exec(line);
    if (step) return { step: step[1]!, reason: step[2]! };
  }
  // `Error: 2 errors occurred:` is followed by the errors, one `\t* ...` line each.
  let index = -1;
  for (let i = lines.length - 1; i >= 0 && index === -1; i--) if (lines[i]!.startsWith('Error: ')) index = i;
  if (index === -1) return {};
  const details = lines
    .slice(index + 1)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = lines[index]!.slice('Error: '.length);
  return { error: details.length > 0 && first.endsWith(':') ? `${first} ${details.join(' ')}` : first };
}

async function checkInputs(build: DockerfileBuild): Promise<void> {
  const context = resolve(build.context);
  const contextInfo = await stat(context).catch(() => undefined);
  if (!contextInfo)
    throw new ActionError(
      `the build context ${context} does not exist`,
      'check the context input (relative paths start at the working directory); check out the repository first',
    );
  if (!contextInfo.isDirectory())
    throw new ActionError(`the build context ${context} is not a directory`, 'point context at the directory holding the files the Dockerfile copies');
  const dockerfile = resolve(build.dockerfile);
  const fileInfo = await stat(dockerfile).catch(() => undefined);
  if (!fileInfo?.isFile()) {
    throw new ActionError(
      `the Dockerfile ${dockerfile} ${fileInfo ? 'is not a file' : 'does not exist'}`,
      'check the dockerfile input (relative paths start at the working directory, not at the context)',
    );
  }
  for (const secret of build.secrets) {
    const info = await stat(resolve(secret.src)).catch(() => undefined);
    if (!info?.isFile())
      throw new ActionError(
        `the file ${resolve(secret.src)} for secret "${secret.id}" does not exist`,
        'write the secret to that file before the build, or fix its src',
      );
  }
}

/**
 * Builds a Dockerfile with buildah into `layoutDir` (named `refName`) and returns the digest
 * of that index.json entry. buildah's output goes to log.debug, the commands to log.info.
 */
export async function buildWithBuildah(build: DockerfileBuild, log: BuildLog): Promise<BuildahResult> {
  const bin = build.buildah ?? 'buildah';
  const version = await buildahAvailable(bin);
  if (version === undefined) {
    throw new ActionError(
      `buildah is not available (could not run "${bin} --version")`,
      'install buildah on the runner (e.g. apt-get install -y buildah), or use engine buildx, or the append mode',
    );
  }
  log.debug(`buildah ${version}`);
  const commands = buildahCommands(build, { version });
  await checkInputs(build);

  const run = async (command: BuildahCommand): Promise<void> => {
    log.info(`$ ${formatCommand(command.argv)}`);
    let result;
    try {
      result = await runCommand(command.argv[0]!, command.argv.slice(1), { onLine: (line) => log.debug(line) });
    } catch (error) {
      if (command.ignoreFailure) return;
      if (error instanceof SpawnError && error.code === 'ENOENT')
        throw new ActionError(`buildah is not available (${error.message})`, 'install buildah on the runner, or use engine buildx, or the append mode');
      throw error;
    }
    if (result.code === 0 || command.ignoreFailure) return;
    const tail = result.tail.slice(-OUTPUT_TAIL);
    const output = `\n--- last ${tail.length} lines of buildah output ---\n${tail.join('\n')}`;
    const exit = result.code === null ? `signal ${result.signal}` : `exit code ${result.code}`;
    if (command.step === 'build') {
      const { step, reason, error } = failedStep(result.tail);
      if (step !== undefined) {
        throw new ActionError(
          `buildah could not build ${resolve(build.dockerfile)}: the instruction ${step} failed (${reason})${output}`,
          'fix that instruction (its output is above); rerun the build locally with the logged buildah command to debug',
        );
      }
      throw new ActionError(
        `buildah could not build ${resolve(build.dockerfile)} (${error ?? exit})${output}`,
        'check that the base images exist and can be pulled and that the Dockerfile is valid; the buildah output above says more',
      );
    }
    throw new ActionError(
      `buildah could not write the image to the OCI layout ${resolve(build.layoutDir)} (${exit})${output}`,
      'check that the directory is writable and is an OCI layout (or does not exist yet)',
    );
  };

  const multi = build.platforms.length > 1;
  // buildah creates the layout directory but not its parent.
  if (multi) await mkdir(stagingRoot(build), { recursive: true });
  let failure: unknown;
  try {
    for (const command of commands) {
      // After a failure only the cleanup runs, so nothing is left in buildah's storage.
      if (failure !== undefined && command.step !== 'cleanup') continue;
      if (command.step === 'build' && command.platform) log.info(`building ${command.platform}`);
      await run(command).catch((error: unknown) => {
        if (command.step !== 'cleanup') failure = error;
      });
    }
    if (failure === undefined && multi) await assembleIndex(build);
  } finally {
    if (multi) await rm(stagingRoot(build), { recursive: true, force: true });
  }
  if (failure !== undefined) throw failure;

  const layout = await OciLayout.open(resolve(build.layoutDir));
  const descriptor = await layout.resolve(build.refName);
  log.info(`built ${descriptor.digest} into ${resolve(build.layoutDir)} as "${build.refName}"`);
  return { digest: descriptor.digest, layoutDir: resolve(build.layoutDir), refName: build.refName };
}
