import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { type Logger, silentLogger } from '@service-pipeline/action-kit';
import { AdmissionPolicies } from './admission-policies.js';
import { crdSchemas } from './crds.js';
import { checkDeprecations } from './deprecations.js';
import { type ParsedFile, parseManifestFile, parseSourceDocuments, type Resource } from './documents.js';
import { ConfigValidateError } from './errors.js';
import { type Finding, sortFindings } from './findings.js';
import { type KubernetesVersion, parseKubernetesVersion } from './kubernetes-version.js';
import { CHECKS, type Check, type Engine, insideRoot } from './options.js';
import { checkPolicies } from './policy-pack.js';
import { type Renderers, renderHelm, renderKustomize, SourceIndex } from './render.js';
import { kustomizePatchFiles, planRenderUnits, type RenderUnit, scanRepository } from './repository.js';
import { SCHEMA_KUBERNETES_VERSION, SchemaEngine } from './schema-engine.js';
import { runTools, type ToolBinaries } from './tools/run-tools.js';

export { CHECKS, type Check, ENGINES, type Engine, insideRoot } from './options.js';

export interface ValidateOptions {
  kubernetesVersion: string;
  /** Default: all three. */
  checks?: readonly Check[];
  logger?: Logger;
}

export interface ValidateRepositoryOptions extends ValidateOptions {
  /** The repository root: every path stays inside it. */
  root: string;
  /** The directory to validate, relative to root (default: the whole repository). */
  path?: string;
  /** Default: embedded. */
  engine?: Engine;
  /** Rego policies for conftest, relative to root. */
  policyDir?: string;
  renderers?: Renderers;
  tools?: ToolBinaries;
}

export interface ValidationResult {
  findings: Finding[];
  /** Rendered and plain objects that were checked. */
  resources: number;
  /** What was rendered, e.g. `kustomize overlays/prod (Application shop-prod)`. */
  units: string[];
  kubernetesVersion: string;
  schemaKubernetesVersion: string;
  /** The real tools that ran (engine tools or both): name -> binary path. */
  tools: Record<string, string>;
}

function checksOf(options: ValidateOptions): Set<Check> {
  return new Set(options.checks ?? CHECKS);
}

function yamlFindings(parsed: ParsedFile, ignoreNonManifests: boolean): Finding[] {
  const findings: Finding[] = [];
  if (parsed.error) {
    findings.push({
      tool: 'render',
      rule: 'yaml/invalid',
      severity: 'error',
      file: parsed.file,
      line: parsed.error.line,
      message: `invalid YAML: ${parsed.error.message}`,
      fix: 'fix the YAML syntax at this line (indentation, quoting, duplicate keys)',
    });
  }
  // A file without any Kubernetes object is not a manifest (values, config); half an object is a mistake.
  const looksLikeManifest = parsed.resources.length > 0 || parsed.notResources.some((n) => n.missing.length === 1) || !ignoreNonManifests;
  if (looksLikeManifest) {
    for (const n of parsed.notResources) {
      findings.push({
        tool: 'schema',
        rule: 'schema/not-a-resource',
        severity: 'error',
        file: n.file,
        line: n.line,
        message: `this document has no ${n.missing.join(' or ')}`,
        fix: 'add apiVersion and kind, or move non-manifest YAML out of the manifest directories',
      });
    }
  }
  return findings;
}

/** The embedded engines over a set of resources; `context` objects (CRDs, policies, PDBs) inform but are not reported on. */
function embeddedChecks(resources: Resource[], context: Resource[], checks: Set<Check>, version: KubernetesVersion): Finding[] {
  const findings: Finding[] = [];
  const all = [...resources, ...context];
  if (checks.has('schema')) {
    const crds = crdSchemas(all);
    const engine = new SchemaEngine(crds.schemas);
    findings.push(...crds.findings.filter((f) => resources.some((r) => r.file === f.file)));
    for (const bad of engine.invalid) {
      findings.push({
        tool: 'schema',
        rule: 'schema/invalid-crd',
        severity: 'error',
        ...bad.custom.crd.locate(['spec', 'versions', bad.custom.versionIndex, 'schema', 'openAPIV3Schema']),
        kind: 'CustomResourceDefinition',
        name: bad.custom.crd.name,
        message: `CRD ${bad.custom.crd.name}: the openAPIV3Schema of ${bad.custom.apiVersion} is not a valid schema: ${bad.message}`,
        fix: 'fix the schema; the API server rejects this CRD',
      });
    }
    for (const r of resources) findings.push(...engine.validate(r));
  }
  if (checks.has('deprecations')) findings.push(...checkDeprecations(resources, version));
  if (checks.has('policies')) {
    const units = new Map<string, Resource[]>();
    for (const r of resources) units.set(r.renderedBy, [...(units.get(r.renderedBy) ?? []), r]);
    for (const [unit, members] of units) {
      const pdbs = context.filter((c) => c.kind === 'PodDisruptionBudget' && c.renderedBy === unit);
      findings.push(...checkPolicies([...members, ...pdbs]).filter((f) => members.some((m) => m.file === f.file)));
    }
    const admission = new AdmissionPolicies(all);
    findings.push(...admission.findings.filter((f) => resources.some((r) => r.file === f.file)));
    for (const r of resources) findings.push(...admission.evaluate(r));
  }
  return findings;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.tool}\0${f.rule}\0${f.file}\0${f.line}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function plainUnit(file: string): string {
  return `plain ${posix.dirname(file)}`;
}

export interface RenderedRepository {
  resources: Resource[];
  /** Problems found while reading and rendering (invalid YAML, a renderer that failed or is missing). */
  findings: Finding[];
  units: RenderUnit[];
}

/**
 * Reads the plain manifests under `dir` (repository-relative) and renders what Argo CD, Flux and
 * the repository's kustomizations and charts deploy, every object with its source file and line.
 */
export async function renderRepository(
  root: string,
  dir: string,
  options: { skip?: string[]; renderers: Renderers; logger?: Logger },
): Promise<RenderedRepository> {
  const log = options.logger ?? silentLogger;
  const layout = scanRepository(root, dir, options.skip ?? []);
  const findings: Finding[] = [];
  const resources: Resource[] = [];
  const index = new SourceIndex();
  for (const file of layout.plainFiles) {
    const parsed = parseManifestFile(file, readFileSync(join(root, file), 'utf8'));
    for (const r of parsed.resources) r.renderedBy = plainUnit(file);
    resources.push(...parsed.resources);
    findings.push(...yamlFindings(parsed, true));
  }
  // Sources of rendered objects: YAML inside kustomizations, for provenance (and syntax errors).
  const patches = kustomizePatchFiles(root, layout.kustomizeDirs);
  for (const file of yamlUnder(root, layout.kustomizeDirs)) {
    const { documents, error } = parseSourceDocuments(file, readFileSync(join(root, file), 'utf8'));
    index.add(documents, patches.has(file));
    if (error) findings.push(...yamlFindings({ file, resources: [], notResources: [], error }, true));
  }
  const units = planRenderUnits(root, layout, resources);
  for (const unit of units) {
    log.info(`rendering ${unit.label}`);
    const rendered = unit.kind === 'kustomize' ? await renderKustomize(root, unit, options.renderers, index) : await renderHelm(root, unit, options.renderers);
    for (const r of rendered.resources) if (!r.namespace && unit.namespace) r.namespace = unit.namespace;
    resources.push(...rendered.resources);
    findings.push(...rendered.findings);
  }
  return { resources, findings, units };
}

/**
 * Validates a config repository: renders what is deployed (plain manifests, kustomizations,
 * Helm charts, Argo CD Applications and Flux objects pointing into it), then checks schemas,
 * deprecated APIs and policies with the embedded engines and/or the real tools.
 */
export async function validateRepository(options: ValidateRepositoryOptions): Promise<ValidationResult> {
  const log = options.logger ?? silentLogger;
  const version = parseKubernetesVersion(options.kubernetesVersion);
  if (!statSync(options.root, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigValidateError(`the repository root ${options.root} is not a directory`, 'point it at a checkout of the config repository');
  const root = realpathSync(options.root);
  const dir = insideRoot(root, options.path ?? '.', 'path');
  const policyDir = options.policyDir ? insideRoot(root, options.policyDir, 'policy-dir') : undefined;
  const engine = options.engine ?? 'embedded';
  const checks = checksOf(options);

  const { resources, findings, units } = await renderRepository(root, dir, {
    ...(policyDir ? { skip: [policyDir] } : {}),
    renderers: options.renderers ?? {},
    logger: log,
  });

  if (engine !== 'tools') findings.push(...embeddedChecks(resources, [], checks, version));
  else if (checks.has('policies')) {
    // The embedded pack and admission policies have no external equivalent other than conftest's Rego.
    findings.push(...embeddedChecks(resources, [], new Set(['policies']), version).filter((f) => f.tool === 'admission-policies'));
  }
  let tools: Record<string, string> = {};
  if (engine !== 'embedded') {
    const result = await runTools({ root, resources, checks, version, ...(policyDir ? { policyDir } : {}), binaries: options.tools ?? {}, logger: log });
    findings.push(...result.findings);
    tools = result.binaries;
  } else if (policyDir && checks.has('policies')) {
    findings.push({
      tool: 'conftest',
      rule: 'conftest/not-run',
      severity: 'warning',
      file: policyDir,
      line: 1,
      message: `the Rego policies in ${policyDir} were not evaluated: the embedded engine does not run Rego`,
      fix: 'set engine: tools or both so conftest evaluates them',
    });
  }
  return {
    findings: sortFindings(dedupe(findings)),
    resources: resources.length,
    units: units.map((u) => u.label),
    kubernetesVersion: version.text,
    schemaKubernetesVersion: SCHEMA_KUBERNETES_VERSION,
    tools,
  };
}

function yamlUnder(root: string, dirs: string[]): string[] {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = dir === '.' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory() && !entry.name.startsWith('.')) walk(rel);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !/^kustomization\.ya?ml$/.test(entry.name)) out.add(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return [...out].sort();
}

export interface InMemoryFile {
  /** Repository-relative path, `/`-separated. */
  path: string;
  text: string;
}

/**
 * The embedded checks on file contents held in memory (e.g. the files a manifest bump is about
 * to push), as plain manifests. `context` files (the repository's CRDs, admission policies,
 * PodDisruptionBudgets) inform the checks but are not reported on.
 */
export function validateFiles(files: InMemoryFile[], options: ValidateOptions & { context?: InMemoryFile[] }): ValidationResult {
  const version = parseKubernetesVersion(options.kubernetesVersion);
  const findings: Finding[] = [];
  const resources: Resource[] = [];
  for (const f of files) {
    const parsed = parseManifestFile(f.path, f.text);
    for (const r of parsed.resources) r.renderedBy = plainUnit(f.path);
    resources.push(...parsed.resources);
    findings.push(...yamlFindings(parsed, true));
  }
  const context = (options.context ?? [])
    .filter((c) => !files.some((f) => f.path === c.path))
    .flatMap((c) => parseManifestFile(c.path, c.text).resources.map((r) => Object.assign(r, { renderedBy: plainUnit(c.path) })));
  findings.push(...embeddedChecks(resources, context, checksOf(options), version));
  return {
    findings: sortFindings(dedupe(findings)),
    resources: resources.length,
    units: [],
    kubernetesVersion: version.text,
    schemaKubernetesVersion: SCHEMA_KUBERNETES_VERSION,
    tools: {},
  };
}
