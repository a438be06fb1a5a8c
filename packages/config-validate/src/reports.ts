import type { SummarySection } from '@service-pipeline/action-kit';
import { countBySeverity, type Finding, resourceLabel, SEVERITIES, type Severity } from './findings.js';
import { POLICY_RULES } from './policy-pack.js';
import type { ValidationResult } from './validate.js';

/** The JSON report (the action's `report` output points at it). */
export function jsonReport(result: ValidationResult): string {
  return `${JSON.stringify({ ...result, counts: countBySeverity(result.findings) }, null, 2)}\n`;
}

/** Step summary: counts, then one table per file. */
export function validationSummary(result: ValidationResult, failOn: string): SummarySection {
  const counts = countBySeverity(result.findings);
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const paragraphs = [
    `${result.resources} resource(s) checked against Kubernetes ${result.kubernetesVersion} (schemas: ${result.schemaKubernetesVersion}); ${SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}; fail-on: ${failOn}.`,
  ];
  if (result.units.length > 0) paragraphs.push(`Rendered: ${result.units.map((u) => `\`${u}\``).join(', ')}.`);
  if (result.findings.length === 0) paragraphs.push('No findings.');
  return {
    heading: 'Config validation',
    paragraphs,
    tables: [...byFile.entries()].map(([file, findings]) => ({
      caption: file,
      headers: ['line', 'severity', 'rule', 'resource', 'message', 'fix'],
      rows: findings.map((f) => [f.line, f.severity, f.rule, resourceLabel(f), f.message, f.fix]),
    })),
  };
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 for code scanning: one run, one rule per rule id, locations relative to the repository root. */
export function sarifReport(findings: Finding[], options: { category: string; root?: string }): string {
  const rules = [...new Map(findings.map((f) => [f.rule, f])).values()].map((f) => {
    const pack = POLICY_RULES.find((r) => r.id === f.rule);
    return {
      id: f.rule,
      name: f.rule.replace(/[^A-Za-z0-9]+/g, ''),
      shortDescription: { text: pack ? pack.title : f.rule },
      fullDescription: { text: pack ? pack.rationale : `${f.tool} finding ${f.rule}` },
      defaultConfiguration: { level: SARIF_LEVEL[f.severity] },
      properties: { tags: ['kubernetes', f.tool] },
    };
  });
  const prefix = options.root && options.root !== '.' ? `${options.root.replace(/\/$/, '')}/` : '';
  const results = findings.map((f) => ({
    ruleId: f.rule,
    level: SARIF_LEVEL[f.severity],
    message: { text: `${f.message}${f.kind ? ` [${resourceLabel(f)}]` : ''}. Fix: ${f.fix}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: `${prefix}${f.file}`, uriBaseId: '%SRCROOT%' }, region: { startLine: f.line } } }],
    partialFingerprints: { primaryLocationLineHash: `${f.rule}:${f.file}:${f.kind ?? ''}/${f.namespace ?? ''}/${f.name ?? ''}` },
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'service-pipeline config-validate', informationUri: 'https://github.com/', rules } },
        automationDetails: { id: `${options.category}/` },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: a test suite per file, a failing test case per finding at or above fail-on. */
export function junitReport(findings: Finding[], failing: (f: Finding) => boolean): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const suites = [...byFile.entries()].map(([file, list]) => {
    const cases = list.map((f) => {
      const name = xml(`${f.rule} ${resourceLabel(f)} line ${f.line}`.trim());
      const body = failing(f)
        ? `<failure type="${xml(f.severity)}" message="${xml(f.message)}">${xml(`${file}:${f.line}: ${f.message}\nFix: ${f.fix}`)}</failure>`
        : `<system-out>${xml(`${f.severity}: ${f.message}`)}</system-out>`;
      return `    <testcase classname="${xml(file)}" name="${name}">${body}</testcase>`;
    });
    const failures = list.filter(failing).length;
    return `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${failures}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const failures = findings.filter(failing).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="config-validate" tests="${findings.length}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}
