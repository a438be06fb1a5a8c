import { type VexStatement, vexVerdict } from '../vex.js';
import { type IgnoreEntry, isExpired } from './ignore-file.js';
import { type Finding, parsePurl, type Severity, severityRank } from './model.js';

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface GatePolicy {
  /** Lowest severity that blocks; `none` reports without blocking on findings. */
  failOn: FailOn;
  /** Block only findings a fixed version exists for. */
  onlyFixed: boolean;
  ignore: IgnoreEntry[];
  /** OpenVEX statements (readVexFiles): `not_affected` suppresses, `affected` never lets VEX suppress. */
  vex?: VexStatement[];
  /** The scanned image's digest, which VEX products may name. */
  imageDigest?: string;
  now: Date;
}

export interface GateResult {
  verdict: 'pass' | 'fail';
  /** Findings that fail the gate, in report order. */
  blocking: Finding[];
  /** Findings a VEX `not_affected` statement suppressed, with the statement (still reported, never gated). */
  suppressed: { finding: Finding; statement: VexStatement }[];
  /** Findings a VEX statement says are exploitable (`affected`): gated as usual, never suppressed. */
  affected: { finding: Finding; statement: VexStatement }[];
  /** Findings an ignore entry accepted, with the entry (still reported, never gated). */
  ignored: { finding: Finding; entry: IgnoreEntry }[];
  /** Entries past their expiry date: they no longer hide anything, and they fail the gate. */
  expired: IgnoreEntry[];
  /** Entries that matched no finding: probably fixed upstream, worth removing. */
  unused: IgnoreEntry[];
  /** Why the verdict is `fail`, one sentence each; empty on pass. */
  reasons: string[];
}

/**
 * The policy decision, kept apart from reporting: every finding stays in the report, only this
 * says whether the image may ship. `unknown` severity is the lowest level, so it blocks only with
 * `fail-on: low` (no scanner rated it; dropping it silently would be worse). Expired ignore
 * entries fail the gate whatever `fail-on` says, so an accepted risk cannot outlive its review
 * date unnoticed.
 */
export function evaluateGate(findings: Finding[], policy: GatePolicy): GateResult {
  const expired = policy.ignore.filter((entry) => isExpired(entry, policy.now));
  const active = policy.ignore.filter((entry) => !isExpired(entry, policy.now));
  const used = new Set<IgnoreEntry>();
  const ignored: GateResult['ignored'] = [];
  const blocking: Finding[] = [];
  const suppressed: GateResult['suppressed'] = [];
  const affected: GateResult['affected'] = [];
  for (const finding of findings) {
    const vex = vexVerdict(policy.vex ?? [], finding, policy.imageDigest);
    if (vex.affectedBy) affected.push({ finding, statement: vex.affectedBy });
    if (vex.suppressedBy) {
      suppressed.push({ finding, statement: vex.suppressedBy });
      continue;
    }
    const entry = active.find((e) => matches(e, finding));
    if (entry) {
      used.add(entry);
      ignored.push({ finding, entry });
      continue;
    }
    if (blocks(finding, policy)) blocking.push(finding);
  }

  const reasons: string[] = [];
  if (blocking.length > 0) {
    const threshold = policy.failOn === 'low' ? 'any severity' : `${policy.failOn} or higher`;
    const shown = blocking.slice(0, 5).map((f) => `${f.id} (${f.severity}, ${f.packages[0]?.name ?? f.source})`);
    reasons.push(
      `${blocking.length} ${policy.onlyFixed ? 'fixable ' : ''}finding${blocking.length === 1 ? '' : 's'} at ${threshold}: ${shown.join(', ')}${blocking.length > shown.length ? ', …' : ''}`,
    );
  }
  for (const entry of expired) {
    reasons.push(
      `the ignore entry for ${entry.id} (${entry.file}:${entry.line}) expired on ${entry.expires}: fix the finding, or review the risk and set a new expires date`,
    );
  }
  return {
    verdict: reasons.length > 0 ? 'fail' : 'pass',
    blocking,
    suppressed,
    affected,
    ignored,
    expired,
    unused: active.filter((entry) => !used.has(entry)),
    reasons,
  };
}

function blocks(finding: Finding, policy: GatePolicy): boolean {
  if (policy.failOn === 'none') return false;
  if (policy.onlyFixed && finding.fixState !== 'fixed') return false;
  return finding.severity === 'unknown' ? policy.failOn === 'low' : severityRank(finding.severity) >= severityRank(policy.failOn as Severity);
}

/** The id matches the finding's id or any alias; the package, when given, any affected package, its source or purl. */
export function matches(entry: IgnoreEntry, finding: Finding): boolean {
  const id = entry.id.toUpperCase();
  if (finding.id.toUpperCase() !== id && !finding.aliases.some((a) => a.toUpperCase() === id)) return false;
  const wanted = entry.package;
  if (wanted === undefined || wanted === finding.source) return true;
  return finding.packages.some((p) => p.name === wanted || (p.purl !== undefined && (p.purl === wanted || purlWithoutVersion(p.purl) === wanted)));
}

function purlWithoutVersion(purl: string): string {
  const parsed = parsePurl(purl);
  return parsed ? `pkg:${parsed.type}/${parsed.namespace ? `${parsed.namespace}/` : ''}${parsed.name}` : purl;
}
