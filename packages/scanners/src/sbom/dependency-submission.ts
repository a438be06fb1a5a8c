import { ActionError } from '@service-pipeline/action-kit';
import type { GitHubClient } from '@service-pipeline/action-kit/github';

/** The request body of POST /repos/{owner}/{repo}/dependency-graph/snapshots, as Octokit types it. */
export type DependencySnapshot = Pick<
  Parameters<GitHubClient['rest']['dependencyGraph']['createRepositorySnapshot']>[0] & object,
  'version' | 'sha' | 'ref' | 'job' | 'detector' | 'manifests' | 'scanned'
>;
type ResolvedDependency = NonNullable<NonNullable<DependencySnapshot['manifests']>[string]['resolved']>[string];

interface SbomPackage {
  id: string;
  purl: string;
  dependsOn: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Components with a purl and the dependency graph of a CycloneDX document; the root is metadata.component. */
function cycloneDxPackages(doc: Json): { packages: SbomPackage[]; roots: string[] } {
  const graph = new Map(list(doc['dependencies']).map((d) => [String(d['ref']), (Array.isArray(d['dependsOn']) ? d['dependsOn'] : []).map(String)]));
  const packages: SbomPackage[] = [];
  const walk = (components: Json[]): void => {
    for (const c of components) {
      if (typeof c['purl'] === 'string') {
        const id = typeof c['bom-ref'] === 'string' ? c['bom-ref'] : c['purl'];
        packages.push({ id, purl: c['purl'], dependsOn: graph.get(id) ?? [] });
      }
      walk(list(c['components']));
    }
  };
  walk(list(doc['components']));
  const root = isObject(doc['metadata']) && isObject(doc['metadata']['component']) ? String(doc['metadata']['component']['bom-ref'] ?? '') : '';
  return { packages, roots: graph.get(root) ?? [] };
}

/** Packages with a purl external reference and the DEPENDS_ON / CONTAINS relationships of an SPDX 2 document. */
function spdxPackages(doc: Json): { packages: SbomPackage[]; roots: string[] } {
  const edges = list(doc['relationships']).filter((r) => r['relationshipType'] === 'DEPENDS_ON' || r['relationshipType'] === 'CONTAINS');
  const described = new Set(
    list(doc['relationships'])
      .filter((r) => r['relationshipType'] === 'DESCRIBES')
      .map((r) => String(r['relatedSpdxElement'])),
  );
  const packages: SbomPackage[] = [];
  for (const p of list(doc['packages'])) {
    const purl = list(p['externalRefs']).find((r) => r['referenceType'] === 'purl')?.['referenceLocator'];
    if (typeof purl !== 'string') continue;
    const id = String(p['SPDXID']);
    packages.push({ id, purl, dependsOn: edges.filter((e) => e['spdxElementId'] === id).map((e) => String(e['relatedSpdxElement'])) });
  }
  return { packages, roots: edges.filter((e) => described.has(String(e['spdxElementId']))).map((e) => String(e['relatedSpdxElement'])) };
}

export interface SnapshotOptions {
  /** The parsed SBOM (CycloneDX or SPDX JSON) and its path, for messages. */
  sbom: unknown;
  path: string;
  /** What the manifest is called in the dependency graph: the image the SBOM describes. */
  manifest: string;
  sha: string;
  ref: string;
  job: { correlator: string; id: string; html_url?: string };
  detector: { name: string; version: string; url: string };
  scanned: Date;
}

/**
 * The SBOM's packages as a dependency snapshot: every package with a purl, keyed by purl, with
 * what it depends on; `direct` for what the image's root names (when the SBOM has a graph),
 * `indirect` for the rest of a graph, no relationship where the SBOM records none. All runtime:
 * they are in the shipped image.
 */
export function dependencySnapshot(options: SnapshotOptions): DependencySnapshot {
  const doc = options.sbom;
  if (!isObject(doc)) throw new ActionError(`${options.path} is not an SBOM object`, 'pass the CycloneDX or SPDX JSON the sbom step wrote');
  const { packages, roots } =
    doc['bomFormat'] === 'CycloneDX'
      ? cycloneDxPackages(doc)
      : typeof doc['spdxVersion'] === 'string'
        ? spdxPackages(doc)
        : (() => {
            throw new ActionError(`${options.path} is neither CycloneDX nor SPDX JSON`, 'submit the cyclonedx or spdx output of this action');
          })();
  const purlOf = new Map(packages.map((p) => [p.id, p.purl]));
  const hasGraph = roots.length > 0;
  const resolved: Record<string, ResolvedDependency> = {};
  for (const p of packages) {
    resolved[p.purl] = {
      package_url: p.purl,
      scope: 'runtime',
      ...(hasGraph ? { relationship: roots.includes(p.id) ? 'direct' : 'indirect' } : {}),
      dependencies: [...new Set(p.dependsOn.flatMap((id) => (purlOf.has(id) ? [purlOf.get(id)!] : [])))],
    };
  }
  return {
    version: 0,
    sha: options.sha,
    ref: options.ref,
    job: options.job,
    detector: options.detector,
    scanned: options.scanned.toISOString(),
    manifests: { [options.manifest]: { name: options.manifest, resolved } },
  };
}

/** Submits the snapshot; GitHub answering INVALID is an error with its message. */
export async function submitDependencySnapshot(
  client: GitHubClient,
  repository: string,
  snapshot: DependencySnapshot,
): Promise<{ id: number; result: string; message: string }> {
  const [owner, repo] = repository.split('/') as [string, string];
  const { data } = await client.rest.dependencyGraph.createRepositorySnapshot({ owner, repo, ...snapshot });
  if (data.result === 'INVALID')
    throw new ActionError(
      `GitHub rejected the dependency snapshot for ${repository}: ${data.message}`,
      'report this with the SBOM attached: the snapshot built from it was malformed',
    );
  return { id: data.id, result: data.result, message: data.message };
}
