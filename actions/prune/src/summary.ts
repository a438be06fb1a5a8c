import type { SummarySection } from '@service-pipeline/action-kit';
import type { PlanEntry, PruneResult } from '@service-pipeline/prune';

/** Long tables make the job summary unreadable; the plan output has every row. */
const MAX_ROWS = 100;

function rows(entries: PlanEntry[]): string[][] {
  return entries.slice(0, MAX_ROWS).map((e) => [`\`${e.digest.slice(0, 19)}\``, e.kind, e.tags.map((t) => `\`${t}\``).join(' '), e.reason]);
}

function caption(label: string, entries: PlanEntry[]): string {
  return entries.length > MAX_ROWS ? `${label} (first ${MAX_ROWS} of ${entries.length}; see the plan output)` : label;
}

export function pruneSummary(result: PruneResult): SummarySection {
  const planned = result.plan.waves.flat();
  const deleted = result.dryRun || result.refused ? planned : result.deleted;
  const kept = result.plan.entries.filter((e) => e.action === 'keep');
  const verb = result.dryRun ? 'would delete' : result.refused ? 'refused to delete' : 'deleted';
  const paragraphs = [`${verb} ${deleted.length} manifest(s), kept ${kept.length}.`];
  if (result.refused) paragraphs.push(`**Brake:** ${result.refused}.`);
  if (result.droppedAtRecheck.length > 0) paragraphs.push(`${result.droppedAtRecheck.length} candidate(s) became reachable during the run and were kept.`);
  const orphansKept = kept.filter((e) => e.orphanOf !== undefined).length;
  if (orphansKept > 0)
    paragraphs.push(
      `${orphansKept} signature(s), attestation(s) or SBOM(s) whose subject is not in this repository were kept; set delete-orphaned-referrers: true to delete them (not where cosign keeps signatures apart, COSIGN_REPOSITORY).`,
    );
  const missing = result.plan.entries.filter((e) => e.action === 'missing');
  if (missing.length > 0)
    paragraphs.push(
      `${missing.length} referenced manifest(s) were already missing: ${missing.map((e) => `\`${e.digest.slice(0, 19)}\` (${e.reason})`).join(', ')}.`,
    );
  const headers = ['Digest', 'Kind', 'Tags', 'Why'];
  return {
    heading: `Prune ${result.repository}${result.dryRun ? ' (dry run)' : ''}`,
    paragraphs,
    tables: [
      { caption: caption(result.dryRun || result.refused ? 'Planned deletions' : 'Deleted', deleted), headers, rows: rows(deleted) },
      { caption: caption('Protected', kept), headers, rows: rows(kept) },
    ],
  };
}
