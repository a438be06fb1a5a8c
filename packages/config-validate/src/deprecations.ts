import type { Resource } from './documents.js';
import type { Finding } from './findings.js';
import type { KubernetesVersion } from './kubernetes-version.js';
import { findingBase } from './schema-engine.js';

/** One API version of some kinds that Kubernetes stopped serving. */
export interface Deprecation {
  apiVersion: string;
  kinds: string[];
  /** Minor release (1.x) from which the API server warns about it. */
  deprecatedIn: number;
  /** Minor release (1.x) that no longer serves it. */
  removedIn: number;
  /** The API version to move to, or undefined when there is none. */
  replacement?: string;
  /** Minor release in which the replacement became available. */
  replacementSince?: number;
  note?: string;
}

const d = (
  apiVersion: string,
  kinds: string[],
  deprecatedIn: number,
  removedIn: number,
  replacement: string | undefined,
  replacementSince?: number,
  note?: string,
): Deprecation => ({
  apiVersion,
  kinds,
  deprecatedIn,
  removedIn,
  ...(replacement ? { replacement } : {}),
  ...(replacementSince ? { replacementSince } : {}),
  ...(note ? { note } : {}),
});

/**
 * Facts from the upstream "Deprecated API Migration Guide" (kubernetes.io, Removed APIs by
 * release, v1.16 to v1.32). Where the guide names no deprecation release, the API counts as
 * deprecated from the release in which its replacement became available.
 */
export const DEPRECATIONS: Deprecation[] = [
  // v1.32
  d('flowcontrol.apiserver.k8s.io/v1beta3', ['FlowSchema', 'PriorityLevelConfiguration'], 29, 32, 'flowcontrol.apiserver.k8s.io/v1', 29),
  // v1.29
  d('flowcontrol.apiserver.k8s.io/v1beta2', ['FlowSchema', 'PriorityLevelConfiguration'], 26, 29, 'flowcontrol.apiserver.k8s.io/v1', 29),
  // v1.27
  d('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], 24, 27, 'storage.k8s.io/v1', 24),
  // v1.26
  d('flowcontrol.apiserver.k8s.io/v1beta1', ['FlowSchema', 'PriorityLevelConfiguration'], 23, 26, 'flowcontrol.apiserver.k8s.io/v1beta3', 26),
  d('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], 23, 26, 'autoscaling/v2', 23),
  // v1.25
  d('batch/v1beta1', ['CronJob'], 21, 25, 'batch/v1', 21),
  d('discovery.k8s.io/v1beta1', ['EndpointSlice'], 21, 25, 'discovery.k8s.io/v1', 21),
  d('events.k8s.io/v1beta1', ['Event'], 19, 25, 'events.k8s.io/v1', 19),
  d('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], 23, 25, 'autoscaling/v2', 23),
  d('policy/v1beta1', ['PodDisruptionBudget'], 21, 25, 'policy/v1', 21),
  d(
    'policy/v1beta1',
    ['PodSecurityPolicy'],
    21,
    25,
    undefined,
    undefined,
    'PodSecurityPolicy has no replacement API: use Pod Security Admission (namespace labels) or a ValidatingAdmissionPolicy',
  ),
  d('node.k8s.io/v1beta1', ['RuntimeClass'], 20, 25, 'node.k8s.io/v1', 20),
  // v1.22
  d('admissionregistration.k8s.io/v1beta1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], 16, 22, 'admissionregistration.k8s.io/v1', 16),
  d('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], 16, 22, 'apiextensions.k8s.io/v1', 16),
  d('apiregistration.k8s.io/v1beta1', ['APIService'], 10, 22, 'apiregistration.k8s.io/v1', 10),
  d('authentication.k8s.io/v1beta1', ['TokenReview'], 6, 22, 'authentication.k8s.io/v1', 6),
  d('authorization.k8s.io/v1beta1', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview'], 6, 22, 'authorization.k8s.io/v1', 6),
  d('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], 19, 22, 'certificates.k8s.io/v1', 19),
  d('coordination.k8s.io/v1beta1', ['Lease'], 14, 22, 'coordination.k8s.io/v1', 14),
  d('extensions/v1beta1', ['Ingress'], 14, 22, 'networking.k8s.io/v1', 19),
  d('networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], 19, 22, 'networking.k8s.io/v1', 19),
  d('rbac.authorization.k8s.io/v1beta1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], 8, 22, 'rbac.authorization.k8s.io/v1', 8),
  d('scheduling.k8s.io/v1beta1', ['PriorityClass'], 14, 22, 'scheduling.k8s.io/v1', 14),
  d('storage.k8s.io/v1beta1', ['CSIDriver'], 19, 22, 'storage.k8s.io/v1', 19),
  d('storage.k8s.io/v1beta1', ['CSINode'], 17, 22, 'storage.k8s.io/v1', 17),
  d('storage.k8s.io/v1beta1', ['StorageClass'], 6, 22, 'storage.k8s.io/v1', 6),
  d('storage.k8s.io/v1beta1', ['VolumeAttachment'], 13, 22, 'storage.k8s.io/v1', 13),
  // v1.16
  d('extensions/v1beta1', ['NetworkPolicy'], 8, 16, 'networking.k8s.io/v1', 8),
  d('extensions/v1beta1', ['DaemonSet', 'Deployment', 'ReplicaSet'], 9, 16, 'apps/v1', 9),
  d('apps/v1beta1', ['Deployment', 'StatefulSet', 'ReplicaSet'], 9, 16, 'apps/v1', 9),
  d('apps/v1beta2', ['DaemonSet', 'Deployment', 'StatefulSet', 'ReplicaSet'], 9, 16, 'apps/v1', 9),
  d('extensions/v1beta1', ['PodSecurityPolicy'], 11, 16, 'policy/v1beta1', 10),
];

const INDEX = new Map<string, Deprecation>(DEPRECATIONS.flatMap((entry) => entry.kinds.map((kind) => [`${entry.apiVersion}/${kind}`, entry] as const)));

export function deprecationOf(apiVersion: string, kind: string): Deprecation | undefined {
  return INDEX.get(`${apiVersion}/${kind}`);
}

/** Removed (error) or deprecated (warning) API versions for the target Kubernetes release. */
export function checkDeprecations(resources: Resource[], target: KubernetesVersion): Finding[] {
  const findings: Finding[] = [];
  for (const resource of resources) {
    const entry = deprecationOf(resource.apiVersion, resource.kind);
    if (!entry || target.minor < entry.deprecatedIn) continue;
    const removed = target.minor >= entry.removedIn;
    const replacement = entry.replacement ? `use ${entry.replacement} (available since 1.${entry.replacementSince})` : (entry.note ?? 'remove it');
    findings.push({
      ...findingBase(resource),
      tool: 'deprecations',
      rule: removed ? 'deprecations/removed' : 'deprecations/deprecated',
      severity: removed ? 'error' : 'warning',
      ...resource.locate(['apiVersion']),
      message: removed
        ? `${resource.apiVersion} ${resource.kind} is no longer served since Kubernetes 1.${entry.removedIn} (target ${target.text})`
        : `${resource.apiVersion} ${resource.kind} is deprecated since Kubernetes 1.${entry.deprecatedIn} and removed in 1.${entry.removedIn} (target ${target.text})`,
      fix: entry.replacement ? `${replacement}; see the notable changes in the Kubernetes deprecated API migration guide` : replacement,
    });
  }
  return findings;
}
