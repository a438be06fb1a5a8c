/**
 * Config validation benchmark: a generated config repository of 2,000 manifest files (20 CRDs,
 * and Deployments, Services, ConfigMaps, PodDisruptionBudgets and custom resources of those
 * CRDs), validated by the embedded engines (schemas with the CRDs, deprecations, policy pack,
 * admission policies). Baseline in the same run: reading and YAML-parsing the same files with
 * the same parser (the floor: no validation can be cheaper than reading the manifests).
 *
 *   node_modules/.bin/tsx bench/validate.bench.ts [--runs 7] [--files 2000]
 *
 * Times are medians of in-process runs after a warm-up, each a full validation (schemas are
 * compiled in every run, as in a fresh action). Peak memory is the maximum RSS of a fresh
 * process running the case once. Prints a Markdown table and writes bench/results/validate.json.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { validateRepository } from '@service-pipeline/config-validate';
import { LineCounter, parseAllDocuments } from 'yaml';
import { median, numberArg, writeResults } from './stats.js';

const execFileAsync = promisify(execFile);
const RUNS = numberArg('--runs', 7);
const FILES = numberArg('--files', 2_000);
const CRDS = 20;
const SELF = fileURLToPath(import.meta.url);

function crd(i: number): string {
  return `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: gadgets${i}.bench.example.com
spec:
  group: bench.example.com
  names: {kind: Gadget${i}, plural: gadgets${i}, singular: gadget${i}}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: {type: integer, minimum: 1}
                color: {type: string, enum: [red, green, blue]}
                port: {x-kubernetes-int-or-string: true}
                tags: {type: array, items: {type: string}}
                selector:
                  type: object
                  properties:
                    matchLabels: {type: object, additionalProperties: {type: string}}
`;
}

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: team-${i % 10}
  labels: {app: svc-${i}, team: team-${i % 10}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: svc-${i}}
  template:
    metadata:
      labels: {app: svc-${i}}
    spec:
      terminationGracePeriodSeconds: 30
      securityContext: {runAsNonRoot: true, runAsUser: 65532}
      containers:
        - name: app
          image: ghcr.io/acme/svc-${i}@sha256:${String(i).padStart(64, '0')}
          ports: [{name: http, containerPort: 8080}]
          env:
            - {name: LOG_LEVEL, value: info}
            - {name: PORT, value: "8080"}
          resources:
            requests: {cpu: 50m, memory: 64Mi}
            limits: {memory: 128Mi}
          readinessProbe: {httpGet: {path: /ready, port: http}}
          livenessProbe: {httpGet: {path: /healthz, port: http}}
          lifecycle: {preStop: {exec: {command: [sleep, "5"]}}}
`;
}

const MAKERS: ((i: number) => string)[] = [
  deployment,
  (i) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\n  namespace: team-${i % 10}\nspec:\n  selector: {app: svc-${i}}\n  ports:\n    - {name: http, port: 80, targetPort: http}\n`,
  (i) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${i}\n  namespace: team-${i % 10}\ndata:\n  config.yaml: |\n    level: info\n    feature: ${i}\n`,
  (i) =>
    `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: svc-${i - 3}\n  namespace: team-${(i - 3) % 10}\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: svc-${i - 3}}}\n`,
  (i) =>
    `apiVersion: bench.example.com/v1\nkind: Gadget${i % CRDS}\nmetadata:\n  name: gadget-${i}\n  namespace: team-${i % 10}\nspec:\n  size: ${1 + (i % 7)}\n  color: blue\n  port: http\n  tags: [a, b]\n  selector: {matchLabels: {app: svc-${i}}}\n`,
];

async function generate(dir: string): Promise<void> {
  await mkdir(join(dir, 'crds'), { recursive: true });
  for (let i = 0; i < CRDS; i++) await writeFile(join(dir, 'crds', `gadget${i}.yaml`), crd(i));
  for (let i = 0; i < FILES - CRDS; i++) {
    // A Deployment and its PodDisruptionBudget (3 files later) share a directory: one plain unit.
    const sub = join(dir, 'apps', `group-${Math.floor(i / MAKERS.length) % 10}`);
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `m${String(i).padStart(5, '0')}.yaml`), MAKERS[i % MAKERS.length]!(i));
  }
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.yaml')) out.push(join(entry.parentPath, entry.name));
  }
  return out;
}

/** The floor: read every file and parse every document to JS, with the engine's YAML options (and its synchronous reads). */
async function parseOnly(dir: string): Promise<number> {
  let documents = 0;
  for (const file of yamlFiles(dir)) {
    const counter = new LineCounter();
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'), { version: '1.1', uniqueKeys: true, merge: true, lineCounter: counter }) as ReturnType<
      typeof parseAllDocuments
    > &
      unknown[]) {
      doc.toJS();
      documents++;
    }
  }
  return documents;
}

async function engine(dir: string): Promise<number> {
  const result = await validateRepository({ root: dir, kubernetesVersion: '1.31' });
  if (result.findings.length > 0)
    throw new Error(
      `the generated repository should be clean: ${result.findings
        .slice(0, 3)
        .map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)
        .join('; ')}`,
    );
  return result.resources;
}

const CASES = { floor: parseOnly, engine } as const;
type CaseName = keyof typeof CASES;

async function child(name: CaseName, dir: string): Promise<void> {
  const started = performance.now();
  const count = await CASES[name](dir);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, count, maxRssKiB: process.resourceUsage().maxRSS }));
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'validate-bench-'));
  try {
    await generate(dir);
    const times: Record<CaseName, number[]> = { floor: [], engine: [] };
    // CPU time (user + system) next to wall time: on a shared, loaded machine it shows the work itself.
    const cpu: Record<CaseName, number[]> = { floor: [], engine: [] };
    const counts: Partial<Record<CaseName, number>> = {};
    for (const name of Object.keys(CASES) as CaseName[]) await CASES[name](dir); // warm-up (JIT)
    const load = loadavg()[0]!;
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order, so neither case always runs right after the other's garbage.
      const order = (Object.keys(CASES) as CaseName[])[run % 2 === 0 ? 'slice' : 'reverse']();
      for (const name of order) {
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        counts[name] = await CASES[name](dir);
        times[name].push(performance.now() - started);
        const used = process.cpuUsage(cpuStart);
        cpu[name].push((used.user + used.system) / 1000);
      }
    }
    const memory: Partial<Record<CaseName, { ms: number; maxRssKiB: number }>> = {};
    for (const name of Object.keys(CASES) as CaseName[]) {
      const { stdout } = await execFileAsync(process.execPath, [...process.execArgv, SELF, '--child', name, dir], { maxBuffer: 1 << 20 });
      memory[name] = JSON.parse(stdout) as { ms: number; maxRssKiB: number };
    }
    const floor = median(times.floor);
    const rows = (Object.keys(CASES) as CaseName[]).map((name) => {
      const m = median(times[name]);
      const c = median(cpu[name]);
      return {
        name,
        medianMs: Math.round(m),
        ratio: Number((m / floor).toFixed(2)),
        cpuMs: Math.round(c),
        cpuRatio: Number((c / median(cpu.floor)).toFixed(2)),
        firstRunInFreshProcessMs: Math.round(memory[name]!.ms),
        peakRssMiB: Math.round(memory[name]!.maxRssKiB / 1024),
        count: counts[name],
      };
    });
    console.log(
      `${FILES} files (${CRDS} CRDs), ${RUNS} runs, 1-minute load average ${load.toFixed(1)} at the start (${loadavg()[0]!.toFixed(1)} at the end)\n`,
    );
    console.log('| case | median wall | vs YAML parse | median CPU | vs YAML parse | fresh process, first run | peak RSS |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const label: Record<CaseName, string> = {
      floor: 'read + YAML parse (floor)',
      engine: 'embedded engines: render plan, schemas + CRDs, deprecations, policies',
    };
    for (const r of rows)
      console.log(
        `| ${label[r.name]} | ${r.medianMs} ms | ${r.ratio.toFixed(2)}x | ${r.cpuMs} ms | ${r.cpuRatio.toFixed(2)}x | ${r.firstRunInFreshProcessMs} ms | ${r.peakRssMiB} MiB |`,
      );
    console.log(`\nwrote ${await writeResults('validate', { files: FILES, crds: CRDS, runs: RUNS, loadAverage: [load, loadavg()[0]], times, cpu, rows })}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const i = process.argv.indexOf('--child');
if (i > 0) await child(process.argv[i + 1] as CaseName, process.argv[i + 2]!);
else await main();
