/** Which engine produced a finding: an embedded one, or a real tool run on the runner. */
export const FINDING_TOOLS = ['render', 'schema', 'deprecations', 'policies', 'admission-policies', 'kubeconform', 'pluto', 'conftest'] as const;
export type FindingTool = (typeof FINDING_TOOLS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** `fail-on`: the lowest severity that fails the run; `never` only reports. */
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** One problem in the config repository, at the file and line a person has to change. */
export interface Finding {
  tool: FindingTool;
  /** Stable rule id, e.g. `SP-IMG-001`, `schema/unknown-field`, `deprecations/removed`. */
  rule: string;
  severity: Severity;
  /** Path relative to the repository root, `/`-separated. */
  file: string;
  /** 1-based line in `file`. */
  line: number;
  kind?: string;
  apiVersion?: string;
  namespace?: string;
  name?: string;
  message: string;
  fix: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] <= RANK[failOn];
}

/** File, then line, then severity, then rule: the order reports and annotations use. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      RANK[a.severity] - RANK[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A label for the resource a finding is about: `Deployment shop/web`. */
export function resourceLabel(f: Pick<Finding, 'kind' | 'namespace' | 'name'>): string {
  if (!f.kind) return '';
  return `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name ?? ''}`.trim();
}
