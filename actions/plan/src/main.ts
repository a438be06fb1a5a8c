import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { actionLogger, InputError, run, setOutputs, writeSummary } from '@service-pipeline/action-kit';
import { describePlan, parseConfigFile, planOutputs, planPipeline, readCommitFacts, readRunnerEvent, resolveConfig } from '@service-pipeline/plan';
import { readInputs } from './inputs.js';

async function main(): Promise<void> {
  const inputs = readInputs();
  const sources = [{ where: 'the workflow inputs', raw: inputs.overrides }];
  if (inputs.config) {
    const text = await readFile(inputs.config, 'utf8').catch(() => {
      throw new InputError('config', `names ${inputs.config}, which is not a readable file`, 'commit the pipeline config file, or leave config empty');
    });
    const name = relative(inputs.path, inputs.config);
    sources.unshift({ where: name, raw: parseConfigFile(text, name) });
  }
  const config = resolveConfig(...sources);
  const event = await readRunnerEvent(process.env);
  const facts = await readCommitFacts(inputs.path, config, event.pullRequest?.headSha ?? event.sha);
  const plan = planPipeline({ ...event, commitTime: facts.commitTime, config, version: facts.version, secrets: inputs.secretsSet });
  actionLogger.info(describePlan(plan));
  setOutputs({ ...planOutputs(plan), json: JSON.stringify(plan) });
  await writeSummary({ heading: `Pipeline plan: ${plan.kind}`, paragraphs: ['```', describePlan(plan), '```'] });
}

await run('plan', main);
