/**
 * The reusable workflow follows the plan: for every event of the plan table, every job's and
 * step's `if:` is evaluated with @actions/expressions against the plan job's outputs (and the
 * runner's job-status rules), and the jobs that would run must be exactly the plan's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { jobsOf, type Plan, planOutputs, planPipeline } from '@service-pipeline/plan';
import { parse } from 'yaml';
import { PLAN_CASES } from '../packages/plan/test/plan-table.js';
import { REPO_ROOT } from './helpers/action-runner.js';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string;
  'timeout-minutes'?: number;
  outputs?: Record<string, string>;
  steps?: Step[];
}

const WORKFLOW = parse(readFileSync(join(REPO_ROOT, 'workflows/reusable/service-pipeline.yml'), 'utf8')) as { jobs: Record<string, Job> };
const OWN_ACTIONS = './.service-pipeline-actions/actions/';
const STATUS_FUNCTIONS = /\b(always|success|failure|cancelled)\(\)/;

type Result = 'success' | 'skipped';

function dict(values: Record<string, data.ExpressionData>): data.Dictionary {
  return new data.Dictionary(...Object.entries(values).map(([key, value]) => ({ key, value })));
}

function strings(values: Record<string, string>): data.Dictionary {
  return dict(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, new data.StringData(v)])));
}

/** The expression inside `${{ }}` (or the bare `if:` text). */
function expressionOf(text: string): string {
  const match = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(text);
  return match ? match[1]! : text;
}

/** Evaluates an expression the way the runner does for a job whose needs ended with `results`. */
function evaluate(text: string, context: data.Dictionary, results: Result[]): data.ExpressionData {
  const expression = expressionOf(text);
  const status = (value: boolean) => ({ minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value) });
  const functions = new Map([
    ['always', { name: 'always', ...status(true) }],
    ['success', { name: 'success', ...status(results.every((r) => r === 'success')) }],
    ['failure', { name: 'failure', ...status(false) }],
    ['cancelled', { name: 'cancelled', ...status(false) }],
  ]);
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(
    lexed.tokens,
    ['needs', 'steps', 'inputs', 'github', 'matrix', 'strategy', 'runner', 'job', 'secrets'],
    [...functions.values()],
  ).parse();
  return new Evaluator(parsed, context, functions).evaluate();
}

/** `if:` without a status function means `success() && (...)`, as the runner reads it. */
function runs(condition: string | undefined, context: data.Dictionary, results: Result[]): boolean {
  const text = condition === undefined ? 'success()' : STATUS_FUNCTIONS.test(condition) ? expressionOf(condition) : `success() && (${expressionOf(condition)})`;
  return truthy(evaluate(text, context, results));
}

/** The runner's truthiness: false, '', 0 and null are false; everything else is true. */
function truthy(value: data.ExpressionData): boolean {
  if (value instanceof data.BooleanData) return value.value;
  if (value instanceof data.StringData) return value.value !== '';
  if (value instanceof data.NumberData) return value.value !== 0 && !Number.isNaN(value.value);
  return !(value instanceof data.Null);
}

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Outputs a job or step would set when it ran: every declared output, non-empty. */
function ranOutputs(names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, `<${name}>`]));
}

function actionOutputs(uses: string | undefined): string[] {
  if (!uses?.startsWith(OWN_ACTIONS)) return [];
  const action = parse(readFileSync(join(REPO_ROOT, 'actions', uses.slice(OWN_ACTIONS.length), 'action.yml'), 'utf8')) as { outputs?: Record<string, unknown> };
  return Object.keys(action.outputs ?? {});
}

interface Simulation {
  jobs: string[];
  environments: string[];
  /** job -> the names (or ids) of its steps that run. */
  steps: Record<string, string[]>;
}

function simulate(plan: Plan): Simulation {
  const outputs = { ...planOutputs(plan), json: JSON.stringify(plan) };
  const results: Record<string, Result> = {};
  const needsContext: Record<string, data.ExpressionData> = {};
  const simulation: Simulation = { jobs: [], environments: [], steps: {} };
  for (const [name, job] of Object.entries(WORKFLOW.jobs)) {
    const needs = needsOf(job);
    const context = dict({ needs: dict(Object.fromEntries(needs.map((n) => [n, needsContext[n]!]))) });
    const ran = runs(
      job.if,
      context,
      needs.map((n) => results[n]!),
    );
    results[name] = ran ? 'success' : 'skipped';
    const jobOutputs = name === 'plan' ? outputs : ran ? ranOutputs(Object.keys(job.outputs ?? {})) : {};
    needsContext[name] = dict({ result: new data.StringData(results[name]), outputs: strings(jobOutputs) });
    if (!ran) continue;
    simulation.jobs.push(name);
    if (job.environment) simulation.environments.push(evaluate(job.environment, context, []).coerceString());
    const stepsContext: Record<string, data.ExpressionData> = {};
    simulation.steps[name] = [];
    for (const step of job.steps ?? []) {
      const stepRuns = runs(step.if, dict({ needs: context.get('needs') as data.Dictionary, steps: dict(stepsContext) }), ['success']);
      if (step.id) stepsContext[step.id] = dict({ outputs: strings(stepRuns ? ranOutputs(actionOutputs(step.uses)) : {}) });
      if (stepRuns) simulation.steps[name].push(step.id ?? step.name ?? step.uses ?? 'run');
    }
  }
  return simulation;
}

describe('the reusable workflow follows the plan', () => {
  for (const { name, input } of PLAN_CASES) {
    test(name, () => {
      const plan = planPipeline(input);
      const run = simulate(plan);
      assert.deepEqual(run.jobs, jobsOf(plan));
      assert.deepEqual(run.environments, plan.bump ? [plan.bump.environment] : []);
      if (plan.build) {
        assert.equal(run.steps['build']!.includes('Test'), plan.test);
        assert.equal(run.steps['build']!.includes('scan'), plan.scan);
        assert.equal(run.steps['image']!.includes('sbom'), plan.sbom);
      }
    });
  }

  test('the feature-branch case bumps only the preview environment, never production', () => {
    const feature = PLAN_CASES.find((c) => c.name === 'push to a feature branch')!;
    const run = simulate(planPipeline(feature.input));
    assert.deepEqual(run.environments, ['preview']);
    assert.ok(!run.jobs.includes('promote') && !run.jobs.includes('release'));
  });

  test('every if: reads only the plan and earlier results, never the event or the inputs', () => {
    const conditions = Object.entries(WORKFLOW.jobs).flatMap(([name, job]) => [
      { where: `job ${name}`, text: job.if },
      ...(job.steps ?? []).map((step) => ({ where: `job ${name} step ${step.id ?? step.name ?? step.uses}`, text: step.if })),
    ]);
    for (const { where, text } of conditions) {
      if (text === undefined) continue;
      assert.doesNotMatch(text, /\b(github|inputs|secrets|vars|env)\./, `${where}: if: ${text}`);
    }
  });

  test('every plan output is wired through the plan job, and every one the jobs read exists', () => {
    const plan = planPipeline(PLAN_CASES[4]!.input);
    const wired = Object.keys(WORKFLOW.jobs['plan']!.outputs ?? {});
    assert.deepEqual(wired.sort(), [...Object.keys(planOutputs(plan)), 'json'].sort());
    const text = readFileSync(join(REPO_ROOT, 'workflows/reusable/service-pipeline.yml'), 'utf8');
    for (const [, output] of text.matchAll(/needs\.plan\.outputs\.([a-z-]+)/g))
      assert.ok(wired.includes(output!), `needs.plan.outputs.${output} is not a plan output`);
  });

  test('every job has a timeout and declares its permissions; OIDC and attestations only in the attest job', () => {
    for (const [name, job] of Object.entries(WORKFLOW.jobs) as [string, Job & { permissions?: Record<string, string> }][]) {
      assert.ok(typeof job['timeout-minutes'] === 'number' && job['timeout-minutes'] > 0, `job ${name} has no timeout-minutes`);
      assert.ok(job.permissions, `job ${name} declares no permissions`);
      const signs = job.permissions['id-token'] === 'write' || job.permissions['attestations'] === 'write';
      assert.equal(signs, name === 'attest', `job ${name}: id-token/attestations write`);
    }
  });
});
