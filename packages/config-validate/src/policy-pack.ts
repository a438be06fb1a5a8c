import type { ObjectPath, Resource } from './documents.js';
import type { Finding, Severity } from './findings.js';
import { findingBase } from './schema-engine.js';
import { type ContainerAt, containersOf, getIn, LONG_RUNNING, labelsOf, list, podSpecOf, record, selectorMatches } from './workloads.js';

export interface PolicyRule {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
}

/** The annotation that exempts one resource from named rules: `SP-RES-001, SP-PROBE-001`. */
export const EXEMPT_ANNOTATION = 'config-validate.service-pipeline.dev/exempt';

export const POLICY_RULES: PolicyRule[] = [
  {
    id: 'SP-IMG-001',
    title: 'images are pinned',
    severity: 'error',
    rationale: 'a tag-less or :latest image changes under a running Deployment; deploy a digest or an immutable version tag',
  },
  {
    id: 'SP-IMG-002',
    title: 'no shell entrypoint in distroless images',
    severity: 'error',
    rationale: 'distroless images have no shell, so a /bin/sh command fails at start-up',
  },
  {
    id: 'SP-SEC-001',
    title: 'containers run as non-root',
    severity: 'error',
    rationale: 'a container running as UID 0 turns any escape into root on the node',
  },
  {
    id: 'SP-SEC-002',
    title: 'no Secret data committed to git',
    severity: 'error',
    rationale: 'anything in git is readable by everyone with clone access, forever; keep secrets in a secret store',
  },
  {
    id: 'SP-AVAIL-001',
    title: 'a PodDisruptionBudget covers every replicated workload',
    severity: 'warning',
    rationale: 'without a PDB a node drain may evict all replicas at once',
  },
  {
    id: 'SP-AVAIL-002',
    title: 'containers have a preStop hook',
    severity: 'warning',
    rationale: 'a preStop sleep lets endpoints and load balancers stop sending traffic before the process exits',
  },
  {
    id: 'SP-AVAIL-003',
    title: 'the grace period outlasts the preStop sleep',
    severity: 'error',
    rationale: 'the kubelet kills the container when terminationGracePeriodSeconds ends, in the middle of a longer preStop',
  },
  {
    id: 'SP-RES-001',
    title: 'resource requests and limits are set',
    severity: 'warning',
    rationale: 'without requests the scheduler overcommits nodes; without a memory limit one pod can starve its neighbours',
  },
  {
    id: 'SP-PROBE-001',
    title: 'long-running containers have readiness and liveness probes',
    severity: 'warning',
    rationale: 'without probes traffic reaches pods that are not ready and hung pods are never restarted',
  },
];

const RULES = new Map(POLICY_RULES.map((r) => [r.id, r]));
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);
const DEFAULT_GRACE_SECONDS = 30;

function exemptions(resource: Resource): { ids: Set<string>; unknown: string[] } {
  const value = record(record(resource.object['metadata'])?.['annotations'])?.[EXEMPT_ANNOTATION];
  const ids = typeof value === 'string' ? value.split(/[\s,]+/).filter((s) => s !== '') : [];
  return { ids: new Set(ids), unknown: ids.filter((id) => !RULES.has(id)) };
}

/** Splits `registry/repo:tag@sha256:...` into its tag and digest (either may be absent). */
export function imageParts(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return { ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

function isDistroless(image: string): boolean {
  return /(^|[/.-])distroless([/:@-]|$)/.test(image) || /(^|\/)chainguard\/static([:@]|$)/.test(image);
}

function shellOf(command: unknown): string | undefined {
  const first = list(command)[0];
  if (typeof first !== 'string') return undefined;
  const base = first.split('/').pop() ?? '';
  return SHELLS.has(base) ? first : undefined;
}

/** The seconds a preStop hook sleeps: `sleep N`, `sh -c "sleep N"` or the sleep action. */
export function preStopSleepSeconds(preStop: unknown): number | undefined {
  const hook = record(preStop);
  const action = record(hook?.['sleep'])?.['seconds'];
  if (typeof action === 'number') return action;
  const command = list(record(hook?.['exec'])?.['command']).map(String).join(' ');
  const match = /(?:^|[\s;&|])(?:\/bin\/|\/usr\/bin\/)?sleep\s+(\d+(?:\.\d+)?)s?\b/.exec(command);
  return match ? Number(match[1]) : undefined;
}

type Emit = (id: string, path: ObjectPath, message: string, fix: string) => void;

function checkContainer(c: ContainerAt, emit: Emit, pod: { spec: Record<string, unknown>; path: ObjectPath }, longRunning: boolean, grace: number): void {
  const name = String(c.container['name'] ?? '?');
  const image = typeof c.container['image'] === 'string' ? c.container['image'] : '';
  const at = (...rest: ObjectPath): ObjectPath => [...c.path, ...rest];
  if (image) {
    const { tag, digest } = imageParts(image);
    if (!digest && (!tag || tag === 'latest')) {
      emit(
        'SP-IMG-001',
        at('image'),
        `container ${name} runs ${image}, ${tag ? 'the moving tag latest' : 'which has no tag or digest'}`,
        'pin the image by digest (image@sha256:...) or an immutable version tag; manifest-bump writes digests',
      );
    }
    const shell = shellOf(c.container['command']);
    if (shell && isDistroless(image)) {
      emit(
        'SP-IMG-002',
        at('command'),
        `container ${name} starts ${shell}, but ${image} is distroless and has no shell`,
        'run the binary directly (exec form: command: ["/app/server"]) and move start-up logic into the program',
      );
    }
  }
  const podSc = record(pod.spec['securityContext']) ?? {};
  const sc = record(c.container['securityContext']) ?? {};
  const runAsUser = sc['runAsUser'] ?? podSc['runAsUser'];
  const runAsNonRoot = sc['runAsNonRoot'] ?? podSc['runAsNonRoot'];
  if (runAsUser === 0) {
    emit(
      'SP-SEC-001',
      record(c.container['securityContext']) && 'runAsUser' in sc ? at('securityContext', 'runAsUser') : [...pod.path, 'securityContext', 'runAsUser'],
      `container ${name} runs as UID 0 (root)`,
      'set runAsUser to a non-zero UID (distroless nonroot is 65532) and runAsNonRoot: true',
    );
  } else if (runAsNonRoot !== true && runAsUser === undefined) {
    emit(
      'SP-SEC-001',
      c.path,
      `container ${name} may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set`,
      'set securityContext.runAsNonRoot: true (pod or container) and runAsUser: 65532',
    );
  }
  if (c.init) return;
  const resources = record(c.container['resources']) ?? {};
  const missing = [
    ['requests', 'cpu'],
    ['requests', 'memory'],
    ['limits', 'memory'],
  ]
    .filter(([group, key]) => record(resources[group!])?.[key!] === undefined)
    .map(([g, k]) => `${g}.${k}`);
  if (missing.length > 0)
    emit(
      'SP-RES-001',
      c.path,
      `container ${name} sets no ${missing.join(', ')}`,
      'set resources.requests.cpu, resources.requests.memory and resources.limits.memory',
    );
  if (!longRunning) return;
  const probes = ['readinessProbe', 'livenessProbe'].filter((p) => c.container[p] === undefined);
  if (probes.length > 0)
    emit('SP-PROBE-001', c.path, `container ${name} has no ${probes.join(' and ')}`, 'add an httpGet, grpc or tcpSocket readinessProbe and livenessProbe');
  const preStop = record(c.container['lifecycle'])?.['preStop'];
  if (preStop === undefined) {
    emit(
      'SP-AVAIL-002',
      c.path,
      `container ${name} has no preStop hook`,
      'add lifecycle.preStop (e.g. exec: command: ["sleep", "5"], or the sleep action on Kubernetes 1.30+) so traffic drains before shutdown',
    );
    return;
  }
  const sleep = preStopSleepSeconds(preStop);
  if (sleep !== undefined && grace <= sleep) {
    const gracePath = pod.spec['terminationGracePeriodSeconds'] === undefined ? at('lifecycle', 'preStop') : [...pod.path, 'terminationGracePeriodSeconds'];
    emit(
      'SP-AVAIL-003',
      gracePath,
      `container ${name} sleeps ${sleep}s in preStop but terminationGracePeriodSeconds is ${grace}s`,
      `set terminationGracePeriodSeconds above ${sleep} (the sleep plus the time the process needs to shut down)`,
    );
  }
}

/**
 * Runs the embedded policy pack over the resources of one rendered unit (a kustomize overlay,
 * a Helm release, a plain directory): PodDisruptionBudgets only count in the unit that deploys them.
 */
export function checkPolicies(resources: Resource[]): Finding[] {
  const findings: Finding[] = [];
  const pdbs = resources.filter((r) => r.kind === 'PodDisruptionBudget' && r.apiVersion.startsWith('policy/'));
  for (const resource of resources) {
    const { ids: exempt, unknown } = exemptions(resource);
    const emit: Emit = (id, path, message, fix) => {
      if (exempt.has(id)) return;
      const rule = RULES.get(id)!;
      findings.push({
        ...findingBase(resource),
        tool: 'policies',
        rule: id,
        severity: rule.severity,
        ...resource.locate(path),
        message: `${rule.title}: ${message}`,
        fix,
      });
    };
    for (const id of unknown) {
      findings.push({
        ...findingBase(resource),
        tool: 'policies',
        rule: 'SP-EXEMPT-001',
        severity: 'warning',
        ...resource.locate(['metadata', 'annotations', EXEMPT_ANNOTATION]),
        message: `the exemption names ${id}, which is not a rule of the policy pack`,
        fix: `use rule ids of the pack (${POLICY_RULES.map((r) => r.id).join(', ')})`,
      });
    }
    if (resource.kind === 'Secret' && resource.apiVersion === 'v1') {
      for (const field of ['data', 'stringData']) {
        const data = record(resource.object[field]);
        if (data && Object.keys(data).length > 0) {
          emit(
            'SP-SEC-002',
            [field],
            `Secret ${resource.name} commits ${Object.keys(data).length} key(s) in ${field}`,
            'remove it from git and rotate the values; declare an ExternalSecret (external-secrets) or a SealedSecret instead',
          );
          break;
        }
      }
    }
    const pod = podSpecOf(resource);
    if (!pod) continue;
    const longRunning = LONG_RUNNING.has(resource.kind);
    const graceValue = pod.spec['terminationGracePeriodSeconds'];
    const grace = typeof graceValue === 'number' ? graceValue : DEFAULT_GRACE_SECONDS;
    for (const c of containersOf(pod)) checkContainer(c, emit, pod, longRunning, grace);
    const replicas = getIn(resource.object, ['spec', 'replicas']);
    if ((resource.kind === 'Deployment' || resource.kind === 'StatefulSet') && typeof replicas === 'number' && replicas > 1) {
      const labels = labelsOf(getIn(resource.object, ['spec', 'template', 'metadata']));
      const covered = pdbs.some(
        (pdb) => (pdb.namespace ?? '') === (resource.namespace ?? '') && selectorMatches(getIn(pdb.object, ['spec', 'selector']), labels),
      );
      if (!covered)
        emit(
          'SP-AVAIL-001',
          ['spec', 'replicas'],
          `${resource.kind} ${resource.name} runs ${replicas} replicas and no PodDisruptionBudget selects its pods`,
          'add a policy/v1 PodDisruptionBudget (minAvailable or maxUnavailable) whose selector matches the pod template labels',
        );
    }
  }
  return findings;
}
