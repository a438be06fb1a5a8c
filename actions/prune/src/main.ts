import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError, actionLogger, InputError, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { registryClientFor } from '@service-pipeline/oci';
import {
  addInUseReference,
  collectInUseFromPath,
  emptyInUse,
  GhcrOptionError,
  GhcrProvider,
  OciLayoutProvider,
  OciProvider,
  type PruneProvider,
  prune,
} from '@service-pipeline/prune';
import { readInputs, type Target } from './inputs.js';
import { pruneSummary } from './summary.js';

async function openProvider(target: Target, concurrency: number): Promise<PruneProvider> {
  switch (target.provider) {
    case 'ghcr':
      try {
        return new GhcrProvider({
          image: target.image,
          token: target.token,
          concurrency,
          logger: actionLogger,
          ...(target.apiUrl ? { apiUrl: target.apiUrl } : {}),
          ...(target.registry ? { registryUrl: target.registry } : {}),
        });
      } catch (error) {
        if (error instanceof GhcrOptionError) throw new InputError(error.option, error.reason, error.fix);
        throw error;
      }
    case 'oci': {
      const { registry, repository } = target.reference;
      const client = await registryClientFor(registry, { logger: actionLogger, credentials: target.credentials });
      return new OciProvider({ client, repository, concurrency });
    }
    case 'oci-layout':
      return OciLayoutProvider.open(target.dir);
  }
}

async function main(): Promise<void> {
  const inputs = readInputs();
  const provider = await openProvider(inputs.target, inputs.concurrency);
  const inUse = emptyInUse();
  for (const ref of inputs.inUseRefs) addInUseReference(inUse, ref, provider.repository);
  for (const path of inputs.inUsePaths) {
    const found = await collectInUseFromPath(inUse, path, provider.repository);
    actionLogger.info(`in-use: ${found} image references in ${path}`);
  }

  const result = await actionLogger.group(`Pruning ${provider.repository}${inputs.dryRun ? ' (dry run)' : ''}`, () =>
    prune(provider, {
      graceMs: inputs.graceMs,
      keepUntagged: inputs.keepUntagged,
      tags: inputs.tags,
      inUse,
      dryRun: inputs.dryRun,
      deleteOrphanedReferrers: inputs.deleteOrphanedReferrers,
      concurrency: inputs.concurrency,
      logger: actionLogger,
      ...(inputs.maxDeletions !== undefined ? { maxDeletions: inputs.maxDeletions } : {}),
    }),
  );

  const planPath = join(await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'prune-plan-')), 'plan.json');
  await writeFile(
    planPath,
    `${JSON.stringify({ provider: provider.kind, repository: provider.repository, dryRun: result.dryRun, refused: result.refused, entries: result.plan.entries, deletionWaves: result.plan.waves.map((w) => w.map((e) => e.digest)) }, null, 2)}\n`,
  );
  const kept = result.plan.entries.filter((e) => e.action === 'keep');
  setOutputs({
    'deleted-count': result.deleted.length,
    deleted: result.deleted.map((e) => ({ digest: e.digest, ...(e.versionId !== undefined ? { versionId: e.versionId } : {}), kind: e.kind })),
    'protected-count': kept.length,
    plan: planPath,
  });
  await writeSummary(pruneSummary(result));
  if (result.refused)
    throw new ActionError(
      `${provider.repository}: ${result.refused}`,
      `review the plan (${planPath}); raise max-deletions if it is right, or narrow delete-tags / raise grace`,
    );
}

await run('prune', main);
