/**
 * What a service team decides once about its pipeline: where the image goes, which environments
 * it moves through, which branches are feature branches, which stages it wants and who is told.
 * Read from a YAML file (`--config`, `config` input) and from the reusable workflow's inputs,
 * both through `resolveConfig`, so one set of rules validates every way in.
 */
import { posix } from 'node:path';
import { GITHUB_REPOSITORY_NAME } from '@service-pipeline/action-kit';
import { parse } from 'yaml';
import { PlanError } from './errors.js';

export const STAGES = ['test', 'build', 'scan', 'sbom', 'push', 'attest', 'helm', 'bump', 'release', 'promote', 'prune', 'cleanup', 'notify'] as const;
export type Stage = (typeof STAGES)[number];

/** Native runners per platform: each platform builds on its own machine, no emulation. */
export const DEFAULT_RUNNERS: Readonly<Record<string, string>> = {
  'linux/amd64': 'ubuntu-24.04',
  'linux/arm64': 'ubuntu-24.04-arm',
  'linux/arm/v7': 'ubuntu-24.04-arm',
};

export interface PipelineConfig {
  /** Image repository without tag; empty: `ghcr.io/<owner>/<repo>` of the service repository. */
  image: string;
  platforms: string[];
  /** Runner label per platform (overrides DEFAULT_RUNNERS). */
  runners: Record<string, string>;
  /** In order: a release bumps the first; promotion moves a version to the next ones by pull request. */
  environments: string[];
  /** Environment a feature-branch image is bumped into (never one of `environments`: the plan refuses); empty: none. */
  previewEnvironment: string;
  /** Globs (`*` within a segment, `**` across) of branches whose pushes make pre-releases; other non-default branches only validate. */
  featureBranches: string[];
  /** Stages switched on; a stage that is off never runs, whatever the event. */
  stages: Record<Stage, boolean>;
  /** Directory of a Helm chart to push as an OCI artifact; empty: the service has no chart. */
  chart: string;
  /** OCI repository prefix the chart goes under; empty: `<image registry>/<owner>/charts`. */
  chartRepository: string;
  /** File holding the version (e.g. VERSION); empty: the next version comes from the last tag and the commits. */
  versionFile: string;
  /** Prefix of version tags in git. */
  tagPrefix: string;
  /** Dependent repositories told about a release with a repository_dispatch event. */
  dispatchRepositories: string[];
  /** Post the result to a Slack-compatible webhook (its URL is the secret `notify-webhook-url`). */
  webhook: boolean;
}

export const DEFAULT_CONFIG: Readonly<PipelineConfig> = {
  image: '',
  platforms: ['linux/amd64'],
  runners: {},
  environments: ['production'],
  previewEnvironment: '',
  featureBranches: ['**'],
  stages: {
    test: true,
    build: true,
    scan: true,
    sbom: true,
    push: true,
    attest: true,
    helm: true,
    bump: true,
    release: true,
    promote: true,
    prune: false,
    cleanup: true,
    notify: true,
  },
  chart: '',
  chartRepository: '',
  versionFile: '',
  tagPrefix: 'v',
  dispatchRepositories: [],
  webhook: false,
};

const KEYS = {
  image: 'image',
  platforms: 'platforms',
  runners: 'runners',
  environments: 'environments',
  previewEnvironment: 'preview-environment',
  featureBranches: 'feature-branches',
  stages: 'stages',
  chart: 'chart',
  chartRepository: 'chart-repository',
  versionFile: 'version-file',
  tagPrefix: 'tag-prefix',
  dispatchRepositories: 'dispatch-repositories',
  webhook: 'webhook',
} as const satisfies Record<keyof PipelineConfig, string>;

const ENVIRONMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const IMAGE = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]{1,5})?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+$/;
const RUNNER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const TAG_PREFIX = /^[A-Za-z0-9_./-]{0,20}$/;

/** A config value as given: from YAML (any shape) or from a workflow input (a string). */
export type RawConfig = Partial<Record<(typeof KEYS)[keyof typeof KEYS], unknown>>;

function bad(where: string, key: string, what: string, fix: string): PlanError {
  return new PlanError(`${where}: ${key} ${what}`, fix);
}

/** A list from YAML (a sequence) or from an input (comma- or newline-separated). */
function list(where: string, key: string, value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (typeof item !== 'string') throw bad(where, key, `holds ${JSON.stringify(item)}, which is not a string`, 'write each entry as a string');
        return item.trim();
      })
      .filter((item) => item !== '');
  }
  if (typeof value === 'string')
    return value
      .split(/[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  throw bad(where, key, 'is not a list', 'write a YAML list, or a comma-separated string');
}

function text(where: string, key: string, value: unknown, pattern: RegExp, example: string): string {
  if (typeof value !== 'string' || (value !== '' && !pattern.test(value))) {
    throw bad(where, key, `is ${JSON.stringify(value)}, which is not valid`, `write it like ${example}`);
  }
  return value;
}

function bool(where: string, key: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw bad(where, key, `is ${JSON.stringify(value)}`, 'write true or false');
}

function stages(where: string, value: unknown, base: Record<Stage, boolean>): Record<Stage, boolean> {
  const result = { ...base };
  // A string lists the stages that are switched OFF ("helm, prune"), the short form for an input.
  if (typeof value === 'string') {
    for (const name of list(where, 'stages', value)) {
      const stage = name.replace(/^-/, '');
      if (!(STAGES as readonly string[]).includes(stage))
        throw bad(where, 'stages', `names "${name}", which is not a stage`, `stages are ${STAGES.join(', ')}`);
      result[stage as Stage] = false;
    }
    return result;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad(where, 'stages', 'is not a map of stage: true|false', `e.g. stages: { helm: false }; stages are ${STAGES.join(', ')}`);
  for (const [name, on] of Object.entries(value)) {
    if (!(STAGES as readonly string[]).includes(name)) throw bad(where, 'stages', `names "${name}", which is not a stage`, `stages are ${STAGES.join(', ')}`);
    result[name as Stage] = bool(where, `stages.${name}`, on);
  }
  return result;
}

function runners(where: string, value: unknown): Record<string, string> {
  if (typeof value === 'string') {
    const out: Record<string, string> = {};
    for (const entry of list(where, 'runners', value)) {
      const [platform, label, ...rest] = entry.split('=').map((part) => part.trim());
      if (!platform || !label || rest.length > 0)
        throw bad(where, 'runners', `entry "${entry}" is not platform=runner-label`, 'write e.g. linux/arm64=ubuntu-24.04-arm');
      out[platform] = label;
    }
    return runners(where, out);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw bad(where, 'runners', 'is not a map of platform: runner-label', 'e.g. runners: { linux/arm64: ubuntu-24.04-arm }');
  const out: Record<string, string> = {};
  for (const [platform, label] of Object.entries(value)) {
    text(where, 'runners', platform, PLATFORM, 'linux/arm64');
    out[platform] = text(where, `runners.${platform}`, label, RUNNER, 'ubuntu-24.04-arm');
  }
  return out;
}

/**
 * Layers config sources over the defaults, later ones winning key by key, and validates each
 * value where it came from (`where` names the file or the input set for the error).
 */
export function resolveConfig(...sources: { where: string; raw: RawConfig }[]): PipelineConfig {
  const config: PipelineConfig = structuredClone(DEFAULT_CONFIG) as PipelineConfig;
  for (const { where, raw } of sources) {
    for (const key of Object.keys(raw)) {
      if (!(Object.values(KEYS) as string[]).includes(key)) {
        throw new PlanError(`${where}: unknown key "${key}"`, `keys are ${Object.values(KEYS).join(', ')}`);
      }
    }
    const value = (field: keyof PipelineConfig): unknown => raw[KEYS[field]];
    const given = (field: keyof PipelineConfig): boolean => value(field) !== undefined && value(field) !== null && value(field) !== '';
    if (given('image')) config.image = text(where, KEYS.image, value('image'), IMAGE, 'ghcr.io/acme/shop (lowercase, no tag)');
    if (given('platforms'))
      config.platforms = list(where, KEYS.platforms, value('platforms')).map((p) => text(where, KEYS.platforms, p, PLATFORM, 'linux/arm64'));
    if (given('runners')) config.runners = { ...config.runners, ...runners(where, value('runners')) };
    if (given('environments'))
      config.environments = list(where, KEYS.environments, value('environments')).map((e) => text(where, KEYS.environments, e, ENVIRONMENT, 'staging'));
    if (given('previewEnvironment')) config.previewEnvironment = text(where, KEYS.previewEnvironment, value('previewEnvironment'), ENVIRONMENT, 'preview');
    if (given('featureBranches')) config.featureBranches = list(where, KEYS.featureBranches, value('featureBranches'));
    if (given('stages')) config.stages = stages(where, value('stages'), config.stages);
    if (given('chart'))
      config.chart = text(
        where,
        KEYS.chart,
        value('chart'),
        /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\n]{1,200}$/,
        'charts/shop (a directory inside the repository)',
      );
    if (given('chartRepository')) config.chartRepository = text(where, KEYS.chartRepository, value('chartRepository'), IMAGE, 'ghcr.io/acme/charts');
    if (given('versionFile'))
      config.versionFile = text(
        where,
        KEYS.versionFile,
        value('versionFile'),
        /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\n]{1,200}$/,
        'VERSION (a file inside the repository)',
      );
    if (raw[KEYS.tagPrefix] !== undefined) config.tagPrefix = text(where, KEYS.tagPrefix, value('tagPrefix'), TAG_PREFIX, 'v');
    if (given('dispatchRepositories'))
      config.dispatchRepositories = list(where, KEYS.dispatchRepositories, value('dispatchRepositories')).map((r) =>
        text(where, KEYS.dispatchRepositories, r, GITHUB_REPOSITORY_NAME, 'acme/integration-tests'),
      );
    if (given('webhook')) config.webhook = bool(where, KEYS.webhook, value('webhook'));
  }
  if (config.platforms.length === 0) throw new PlanError('platforms is empty', 'list at least one platform, e.g. linux/amd64');
  if (new Set(config.environments).size !== config.environments.length)
    throw new PlanError(`environments lists a name twice (${config.environments.join(', ')})`, 'list each environment once, in promotion order');
  return config;
}

/** Reads a config file's text (YAML); `file` names it in errors. */
export function parseConfigFile(textContent: string, file: string): RawConfig {
  let doc: unknown;
  try {
    doc = parse(textContent);
  } catch (error) {
    throw new PlanError(`${file} is not valid YAML (${(error as Error).message.split('\n')[0]})`, 'fix the YAML syntax');
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc))
    throw new PlanError(`${file} is not a map of settings`, `write keys such as environments: [staging, production]`);
  return doc as RawConfig;
}

/** Runner label for a platform: the config's, else GitHub's native runner for it. */
export function runnerFor(config: PipelineConfig, platform: string): string {
  const label = config.runners[platform] ?? DEFAULT_RUNNERS[platform];
  if (!label) throw new PlanError(`no runner is known for platform ${platform}`, `add runners: { ${platform}: <runner label> } to the config`);
  return label;
}

/** `*` matches within a path segment, `**` across segments, `?` one character (Node's glob rules). */
export function matchesBranch(branch: string, glob: string): boolean {
  return posix.matchesGlob(branch, glob);
}
