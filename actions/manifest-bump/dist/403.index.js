export const id = 403;
export const ids = [403];
export const modules = {

/***/ 6403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKS: () => (/* reexport */ src_options/* CHECKS */.ui),
  atOrAbove: () => (/* reexport */ src_findings/* atOrAbove */.kU),
  installValidationTools: () => (/* reexport */ installValidationTools),
  validateFiles: () => (/* reexport */ validateFiles),
  validateRepository: () => (/* reexport */ validateRepository)
});

// UNUSED EXPORTS: ConfigValidateError, DEPRECATIONS, ENGINES, EXEMPT_ANNOTATION, FAIL_ON, POLICY_RULES, SCHEMA_KUBERNETES_VERSION, SCHEMA_LOCATION_TEMPLATE, SCHEMA_SOURCE, SEVERITIES, UnknownKubernetesVersionError, countBySeverity, findRenderers, insideRoot, jsonReport, junitReport, parseConftest, parseKubeconform, parseKubernetesVersion, parsePluto, sarifReport, sortFindings, validationSummary, writeKubeconformSchemas

// EXTERNAL MODULE: ./node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(8604);
;// CONCATENATED MODULE: ./packages/config-validate/src/schemas/kubernetes.json
const kubernetes_namespaceObject = /*#__PURE__*/JSON.parse('{"BG":{"io.k8s.api.admissionregistration.v1.MatchCondition":{"properties":{"expression":{"type":"string"},"name":{"type":"string"}},"required":["name","expression"],"type":"object"},"io.k8s.api.admissionregistration.v1.MutatingWebhook":{"properties":{"admissionReviewVersions":{"items":{"type":"string"},"type":"array"},"clientConfig":{"$ref":"io.k8s.api.admissionregistration.v1.WebhookClientConfig#"},"failurePolicy":{"enum":["Fail","Ignore"],"nullable":true,"type":"string"},"matchConditions":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.MatchCondition#"},"nullable":true,"type":"array"},"matchPolicy":{"enum":["Equivalent","Exact"],"nullable":true,"type":"string"},"name":{"type":"string"},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"objectSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"reinvocationPolicy":{"enum":["IfNeeded","Never"],"nullable":true,"type":"string"},"rules":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.RuleWithOperations#"},"nullable":true,"type":"array"},"sideEffects":{"enum":["None","NoneOnDryRun","Some","Unknown"],"type":"string"},"timeoutSeconds":{"format":"int32","nullable":true,"type":"integer"}},"required":["name","clientConfig","sideEffects","admissionReviewVersions"],"type":"object"},"io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1"],"type":"string"},"kind":{"enum":["MutatingWebhookConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"webhooks":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.MutatingWebhook#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1.MutatingWebhookConfigurationList":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration#"},"type":"array"},"kind":{"enum":["MutatingWebhookConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1.RuleWithOperations":{"properties":{"apiGroups":{"items":{"type":"string"},"nullable":true,"type":"array"},"apiVersions":{"items":{"type":"string"},"nullable":true,"type":"array"},"operations":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"nullable":true,"type":"array"},"scope":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.admissionregistration.v1.ServiceReference":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"path":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"}},"required":["namespace","name"],"type":"object"},"io.k8s.api.admissionregistration.v1.ValidatingWebhook":{"properties":{"admissionReviewVersions":{"items":{"type":"string"},"type":"array"},"clientConfig":{"$ref":"io.k8s.api.admissionregistration.v1.WebhookClientConfig#"},"failurePolicy":{"enum":["Fail","Ignore"],"nullable":true,"type":"string"},"matchConditions":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.MatchCondition#"},"nullable":true,"type":"array"},"matchPolicy":{"enum":["Equivalent","Exact"],"nullable":true,"type":"string"},"name":{"type":"string"},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"objectSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"rules":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.RuleWithOperations#"},"nullable":true,"type":"array"},"sideEffects":{"enum":["None","NoneOnDryRun","Some","Unknown"],"type":"string"},"timeoutSeconds":{"format":"int32","nullable":true,"type":"integer"}},"required":["name","clientConfig","sideEffects","admissionReviewVersions"],"type":"object"},"io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1"],"type":"string"},"kind":{"enum":["ValidatingWebhookConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"webhooks":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.ValidatingWebhook#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1.ValidatingWebhookConfigurationList":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration#"},"type":"array"},"kind":{"enum":["ValidatingWebhookConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1.WebhookClientConfig":{"properties":{"caBundle":{"format":"byte","nullable":true,"type":"string"},"service":{"oneOf":[{"$ref":"io.k8s.api.admissionregistration.v1.ServiceReference#"},{"type":"null"}]},"url":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.admissionregistration.v1beta1.MutatingWebhook":{"properties":{"admissionReviewVersions":{"items":{"type":"string"},"nullable":true,"type":"array"},"clientConfig":{"$ref":"io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig#"},"failurePolicy":{"nullable":true,"type":"string"},"matchPolicy":{"nullable":true,"type":"string"},"name":{"type":"string"},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"objectSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"reinvocationPolicy":{"nullable":true,"type":"string"},"rules":{"items":{"$ref":"io.k8s.api.admissionregistration.v1beta1.RuleWithOperations#"},"nullable":true,"type":"array"},"sideEffects":{"nullable":true,"type":"string"},"timeoutSeconds":{"format":"int32","nullable":true,"type":"integer"}},"required":["name","clientConfig"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["MutatingWebhookConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"webhooks":{"items":{"$ref":"io.k8s.api.admissionregistration.v1beta1.MutatingWebhook#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfigurationList":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration#"},"type":"array"},"kind":{"enum":["MutatingWebhookConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.RuleWithOperations":{"properties":{"apiGroups":{"items":{"type":"string"},"nullable":true,"type":"array"},"apiVersions":{"items":{"type":"string"},"nullable":true,"type":"array"},"operations":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"nullable":true,"type":"array"},"scope":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.admissionregistration.v1beta1.ServiceReference":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"path":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"}},"required":["namespace","name"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhook":{"properties":{"admissionReviewVersions":{"items":{"type":"string"},"nullable":true,"type":"array"},"clientConfig":{"$ref":"io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig#"},"failurePolicy":{"nullable":true,"type":"string"},"matchPolicy":{"nullable":true,"type":"string"},"name":{"type":"string"},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"objectSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"rules":{"items":{"$ref":"io.k8s.api.admissionregistration.v1beta1.RuleWithOperations#"},"nullable":true,"type":"array"},"sideEffects":{"nullable":true,"type":"string"},"timeoutSeconds":{"format":"int32","nullable":true,"type":"integer"}},"required":["name","clientConfig"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["ValidatingWebhookConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"webhooks":{"items":{"$ref":"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhook#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfigurationList":{"properties":{"apiVersion":{"enum":["admissionregistration.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration#"},"type":"array"},"kind":{"enum":["ValidatingWebhookConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.admissionregistration.v1beta1.WebhookClientConfig":{"properties":{"caBundle":{"format":"byte","nullable":true,"type":"string"},"service":{"oneOf":[{"$ref":"io.k8s.api.admissionregistration.v1beta1.ServiceReference#"},{"type":"null"}]},"url":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1.ControllerRevision":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"data":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.runtime.RawExtension#"},{"type":"null"}]},"kind":{"enum":["ControllerRevision"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"revision":{"format":"int64","type":"integer"}},"required":["revision","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.ControllerRevisionList":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1.ControllerRevision#"},"type":"array"},"kind":{"enum":["ControllerRevisionList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.DaemonSet":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"kind":{"enum":["DaemonSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.DaemonSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.DaemonSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.DaemonSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1.DaemonSetList":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1.DaemonSet#"},"type":"array"},"kind":{"enum":["DaemonSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.DaemonSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"updateStrategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.DaemonSetUpdateStrategy#"},{"type":"null"}]}},"required":["selector","template"],"type":"object"},"io.k8s.api.apps.v1.DaemonSetStatus":{"properties":{"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1.DaemonSetCondition#"},"nullable":true,"type":"array"},"currentNumberScheduled":{"format":"int32","type":"integer"},"desiredNumberScheduled":{"format":"int32","type":"integer"},"numberAvailable":{"format":"int32","nullable":true,"type":"integer"},"numberMisscheduled":{"format":"int32","type":"integer"},"numberReady":{"format":"int32","type":"integer"},"numberUnavailable":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"updatedNumberScheduled":{"format":"int32","nullable":true,"type":"integer"}},"required":["currentNumberScheduled","numberMisscheduled","desiredNumberScheduled","numberReady"],"type":"object"},"io.k8s.api.apps.v1.DaemonSetUpdateStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.RollingUpdateDaemonSet#"},{"type":"null"}]},"type":{"enum":["OnDelete","RollingUpdate"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1.Deployment":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"kind":{"enum":["Deployment"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.DeploymentSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.DeploymentStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.DeploymentCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastUpdateTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1.DeploymentList":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1.Deployment#"},"type":"array"},"kind":{"enum":["DeploymentList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.DeploymentSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"paused":{"nullable":true,"type":"boolean"},"progressDeadlineSeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"strategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.DeploymentStrategy#"},{"type":"null"}]},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"}},"required":["selector","template"],"type":"object"},"io.k8s.api.apps.v1.DeploymentStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1.DeploymentCondition#"},"nullable":true,"type":"array"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"unavailableReplicas":{"format":"int32","nullable":true,"type":"integer"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1.DeploymentStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.RollingUpdateDeployment#"},{"type":"null"}]},"type":{"enum":["Recreate","RollingUpdate"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1.ReplicaSet":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"kind":{"enum":["ReplicaSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.ReplicaSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.ReplicaSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.ReplicaSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1.ReplicaSetList":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1.ReplicaSet#"},"type":"array"},"kind":{"enum":["ReplicaSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.ReplicaSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"template":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},{"type":"null"}]}},"required":["selector"],"type":"object"},"io.k8s.api.apps.v1.ReplicaSetStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1.ReplicaSetCondition#"},"nullable":true,"type":"array"},"fullyLabeledReplicas":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1.RollingUpdateDaemonSet":{"properties":{"maxSurge":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.apps.v1.RollingUpdateDeployment":{"properties":{"maxSurge":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy":{"properties":{"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"partition":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1.StatefulSet":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"kind":{"enum":["StatefulSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.StatefulSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.StatefulSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.StatefulSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1.StatefulSetList":{"properties":{"apiVersion":{"enum":["apps/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1.StatefulSet#"},"type":"array"},"kind":{"enum":["StatefulSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1.StatefulSetOrdinals":{"properties":{"start":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy":{"properties":{"whenDeleted":{"nullable":true,"type":"string"},"whenScaled":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1.StatefulSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"ordinals":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.StatefulSetOrdinals#"},{"type":"null"}]},"persistentVolumeClaimRetentionPolicy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy#"},{"type":"null"}]},"podManagementPolicy":{"enum":["OrderedReady","Parallel"],"nullable":true,"type":"string"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"serviceName":{"type":"string"},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"updateStrategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.StatefulSetUpdateStrategy#"},{"type":"null"}]},"volumeClaimTemplates":{"items":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"nullable":true,"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimStatus#"},{"type":"null"}]}},"type":"object"},"nullable":true,"type":"array"}},"required":["selector","template","serviceName"],"type":"object"},"io.k8s.api.apps.v1.StatefulSetStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1.StatefulSetCondition#"},"nullable":true,"type":"array"},"currentReplicas":{"format":"int32","nullable":true,"type":"integer"},"currentRevision":{"nullable":true,"type":"string"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"},"updateRevision":{"nullable":true,"type":"string"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1.StatefulSetUpdateStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy#"},{"type":"null"}]},"type":{"enum":["OnDelete","RollingUpdate"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1beta1.ControllerRevision":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"data":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.runtime.RawExtension#"},{"type":"null"}]},"kind":{"enum":["ControllerRevision"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"revision":{"format":"int64","type":"integer"}},"required":["revision","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.ControllerRevisionList":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta1.ControllerRevision#"},"type":"array"},"kind":{"enum":["ControllerRevisionList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.Deployment":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"kind":{"enum":["Deployment"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.DeploymentSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.DeploymentStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.DeploymentCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastUpdateTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1beta1.DeploymentList":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta1.Deployment#"},"type":"array"},"kind":{"enum":["DeploymentList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.DeploymentRollback":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"kind":{"enum":["DeploymentRollback"],"type":"string"},"name":{"type":"string"},"rollbackTo":{"$ref":"io.k8s.api.apps.v1beta1.RollbackConfig#"},"updatedAnnotations":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"}},"required":["name","rollbackTo","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.DeploymentSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"paused":{"nullable":true,"type":"boolean"},"progressDeadlineSeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"rollbackTo":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.RollbackConfig#"},{"type":"null"}]},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"strategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.DeploymentStrategy#"},{"type":"null"}]},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"}},"required":["template"],"type":"object"},"io.k8s.api.apps.v1beta1.DeploymentStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1beta1.DeploymentCondition#"},"nullable":true,"type":"array"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"unavailableReplicas":{"format":"int32","nullable":true,"type":"integer"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta1.DeploymentStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.RollingUpdateDeployment#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1beta1.RollbackConfig":{"properties":{"revision":{"format":"int64","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta1.RollingUpdateDeployment":{"properties":{"maxSurge":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.apps.v1beta1.RollingUpdateStatefulSetStrategy":{"properties":{"partition":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta1.Scale":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"kind":{"enum":["Scale"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.ScaleSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.ScaleStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.ScaleSpec":{"properties":{"replicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta1.ScaleStatus":{"properties":{"replicas":{"format":"int32","type":"integer"},"selector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"targetSelector":{"nullable":true,"type":"string"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1beta1.StatefulSet":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"kind":{"enum":["StatefulSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.StatefulSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.StatefulSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.StatefulSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1beta1.StatefulSetList":{"properties":{"apiVersion":{"enum":["apps/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta1.StatefulSet#"},"type":"array"},"kind":{"enum":["StatefulSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta1.StatefulSetSpec":{"properties":{"podManagementPolicy":{"nullable":true,"type":"string"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"serviceName":{"type":"string"},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"updateStrategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.StatefulSetUpdateStrategy#"},{"type":"null"}]},"volumeClaimTemplates":{"items":{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaim#"},"nullable":true,"type":"array"}},"required":["template","serviceName"],"type":"object"},"io.k8s.api.apps.v1beta1.StatefulSetStatus":{"properties":{"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1beta1.StatefulSetCondition#"},"nullable":true,"type":"array"},"currentReplicas":{"format":"int32","nullable":true,"type":"integer"},"currentRevision":{"nullable":true,"type":"string"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"},"updateRevision":{"nullable":true,"type":"string"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1beta1.StatefulSetUpdateStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta1.RollingUpdateStatefulSetStrategy#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1beta2.ControllerRevision":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"data":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.runtime.RawExtension#"},{"type":"null"}]},"kind":{"enum":["ControllerRevision"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"revision":{"format":"int64","type":"integer"}},"required":["revision","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.ControllerRevisionList":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta2.ControllerRevision#"},"type":"array"},"kind":{"enum":["ControllerRevisionList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.DaemonSet":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"kind":{"enum":["DaemonSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.DaemonSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.DaemonSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.DaemonSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1beta2.DaemonSetList":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta2.DaemonSet#"},"type":"array"},"kind":{"enum":["DaemonSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.DaemonSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"updateStrategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.DaemonSetUpdateStrategy#"},{"type":"null"}]}},"required":["selector","template"],"type":"object"},"io.k8s.api.apps.v1beta2.DaemonSetStatus":{"properties":{"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1beta2.DaemonSetCondition#"},"nullable":true,"type":"array"},"currentNumberScheduled":{"format":"int32","type":"integer"},"desiredNumberScheduled":{"format":"int32","type":"integer"},"numberAvailable":{"format":"int32","nullable":true,"type":"integer"},"numberMisscheduled":{"format":"int32","type":"integer"},"numberReady":{"format":"int32","type":"integer"},"numberUnavailable":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"updatedNumberScheduled":{"format":"int32","nullable":true,"type":"integer"}},"required":["currentNumberScheduled","numberMisscheduled","desiredNumberScheduled","numberReady"],"type":"object"},"io.k8s.api.apps.v1beta2.DaemonSetUpdateStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.RollingUpdateDaemonSet#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1beta2.Deployment":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"kind":{"enum":["Deployment"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.DeploymentSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.DeploymentStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.DeploymentCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastUpdateTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1beta2.DeploymentList":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta2.Deployment#"},"type":"array"},"kind":{"enum":["DeploymentList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.DeploymentSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"paused":{"nullable":true,"type":"boolean"},"progressDeadlineSeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"strategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.DeploymentStrategy#"},{"type":"null"}]},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"}},"required":["selector","template"],"type":"object"},"io.k8s.api.apps.v1beta2.DeploymentStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1beta2.DeploymentCondition#"},"nullable":true,"type":"array"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"unavailableReplicas":{"format":"int32","nullable":true,"type":"integer"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta2.DeploymentStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.RollingUpdateDeployment#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.apps.v1beta2.ReplicaSet":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"kind":{"enum":["ReplicaSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.ReplicaSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.ReplicaSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.ReplicaSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1beta2.ReplicaSetList":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta2.ReplicaSet#"},"type":"array"},"kind":{"enum":["ReplicaSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.ReplicaSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"template":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},{"type":"null"}]}},"required":["selector"],"type":"object"},"io.k8s.api.apps.v1beta2.ReplicaSetStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1beta2.ReplicaSetCondition#"},"nullable":true,"type":"array"},"fullyLabeledReplicas":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1beta2.RollingUpdateDaemonSet":{"properties":{"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.apps.v1beta2.RollingUpdateDeployment":{"properties":{"maxSurge":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.apps.v1beta2.RollingUpdateStatefulSetStrategy":{"properties":{"partition":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta2.Scale":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"kind":{"enum":["Scale"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.ScaleSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.ScaleStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.ScaleSpec":{"properties":{"replicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.apps.v1beta2.ScaleStatus":{"properties":{"replicas":{"format":"int32","type":"integer"},"selector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"targetSelector":{"nullable":true,"type":"string"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1beta2.StatefulSet":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"kind":{"enum":["StatefulSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.StatefulSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.StatefulSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.StatefulSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.apps.v1beta2.StatefulSetList":{"properties":{"apiVersion":{"enum":["apps/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.apps.v1beta2.StatefulSet#"},"type":"array"},"kind":{"enum":["StatefulSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.apps.v1beta2.StatefulSetSpec":{"properties":{"podManagementPolicy":{"nullable":true,"type":"string"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"serviceName":{"type":"string"},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"updateStrategy":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.StatefulSetUpdateStrategy#"},{"type":"null"}]},"volumeClaimTemplates":{"items":{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaim#"},"nullable":true,"type":"array"}},"required":["selector","template","serviceName"],"type":"object"},"io.k8s.api.apps.v1beta2.StatefulSetStatus":{"properties":{"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.apps.v1beta2.StatefulSetCondition#"},"nullable":true,"type":"array"},"currentReplicas":{"format":"int32","nullable":true,"type":"integer"},"currentRevision":{"nullable":true,"type":"string"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"},"updateRevision":{"nullable":true,"type":"string"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.apps.v1beta2.StatefulSetUpdateStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.apps.v1beta2.RollingUpdateStatefulSetStrategy#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authentication.v1.BoundObjectReference":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"uid":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authentication.v1.TokenRequest":{"properties":{"apiVersion":{"enum":["authentication.k8s.io/v1"],"type":"string"},"kind":{"enum":["TokenRequest"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authentication.v1.TokenRequestSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authentication.v1.TokenRequestStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authentication.v1.TokenRequestSpec":{"properties":{"audiences":{"items":{"type":"string"},"type":"array"},"boundObjectRef":{"oneOf":[{"$ref":"io.k8s.api.authentication.v1.BoundObjectReference#"},{"type":"null"}]},"expirationSeconds":{"format":"int64","nullable":true,"type":"integer"}},"required":["audiences"],"type":"object"},"io.k8s.api.authentication.v1.TokenRequestStatus":{"properties":{"expirationTimestamp":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},"token":{"type":"string"}},"required":["token","expirationTimestamp"],"type":"object"},"io.k8s.api.authentication.v1.TokenReview":{"properties":{"apiVersion":{"enum":["authentication.k8s.io/v1"],"type":"string"},"kind":{"enum":["TokenReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authentication.v1.TokenReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authentication.v1.TokenReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authentication.v1.TokenReviewSpec":{"properties":{"audiences":{"items":{"type":"string"},"nullable":true,"type":"array"},"token":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authentication.v1.TokenReviewStatus":{"properties":{"audiences":{"items":{"type":"string"},"nullable":true,"type":"array"},"authenticated":{"nullable":true,"type":"boolean"},"error":{"nullable":true,"type":"string"},"user":{"oneOf":[{"$ref":"io.k8s.api.authentication.v1.UserInfo#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.authentication.v1.UserInfo":{"properties":{"extra":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"nullable":true,"type":"object"},"groups":{"items":{"type":"string"},"nullable":true,"type":"array"},"uid":{"nullable":true,"type":"string"},"username":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authentication.v1beta1.TokenReview":{"properties":{"apiVersion":{"enum":["authentication.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["TokenReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authentication.v1beta1.TokenReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authentication.v1beta1.TokenReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authentication.v1beta1.TokenReviewSpec":{"properties":{"audiences":{"items":{"type":"string"},"nullable":true,"type":"array"},"token":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authentication.v1beta1.TokenReviewStatus":{"properties":{"audiences":{"items":{"type":"string"},"nullable":true,"type":"array"},"authenticated":{"nullable":true,"type":"boolean"},"error":{"nullable":true,"type":"string"},"user":{"oneOf":[{"$ref":"io.k8s.api.authentication.v1beta1.UserInfo#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.authentication.v1beta1.UserInfo":{"properties":{"extra":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"nullable":true,"type":"object"},"groups":{"items":{"type":"string"},"nullable":true,"type":"array"},"uid":{"nullable":true,"type":"string"},"username":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1.LocalSubjectAccessReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["LocalSubjectAccessReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1.SubjectAccessReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.SubjectAccessReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1.NonResourceAttributes":{"properties":{"path":{"nullable":true,"type":"string"},"verb":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1.NonResourceRule":{"properties":{"nonResourceURLs":{"items":{"type":"string"},"nullable":true,"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs"],"type":"object"},"io.k8s.api.authorization.v1.ResourceAttributes":{"properties":{"group":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"},"resource":{"nullable":true,"type":"string"},"subresource":{"nullable":true,"type":"string"},"verb":{"nullable":true,"type":"string"},"version":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1.ResourceRule":{"properties":{"apiGroups":{"items":{"type":"string"},"nullable":true,"type":"array"},"resourceNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"nullable":true,"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs"],"type":"object"},"io.k8s.api.authorization.v1.SelfSubjectAccessReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["SelfSubjectAccessReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.SubjectAccessReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1.SelfSubjectAccessReviewSpec":{"properties":{"nonResourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.NonResourceAttributes#"},{"type":"null"}]},"resourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.ResourceAttributes#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.authorization.v1.SelfSubjectRulesReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["SelfSubjectRulesReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.SubjectRulesReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1.SelfSubjectRulesReviewSpec":{"properties":{"namespace":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1.SubjectAccessReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["SubjectAccessReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1.SubjectAccessReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.SubjectAccessReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1.SubjectAccessReviewSpec":{"properties":{"extra":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"nullable":true,"type":"object"},"groups":{"items":{"type":"string"},"nullable":true,"type":"array"},"nonResourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.NonResourceAttributes#"},{"type":"null"}]},"resourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1.ResourceAttributes#"},{"type":"null"}]},"uid":{"nullable":true,"type":"string"},"user":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1.SubjectAccessReviewStatus":{"properties":{"allowed":{"type":"boolean"},"denied":{"nullable":true,"type":"boolean"},"evaluationError":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"}},"required":["allowed"],"type":"object"},"io.k8s.api.authorization.v1.SubjectRulesReviewStatus":{"properties":{"evaluationError":{"nullable":true,"type":"string"},"incomplete":{"type":"boolean"},"nonResourceRules":{"items":{"$ref":"io.k8s.api.authorization.v1.NonResourceRule#"},"type":"array"},"resourceRules":{"items":{"$ref":"io.k8s.api.authorization.v1.ResourceRule#"},"type":"array"}},"required":["resourceRules","nonResourceRules","incomplete"],"type":"object"},"io.k8s.api.authorization.v1beta1.LocalSubjectAccessReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["LocalSubjectAccessReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1beta1.NonResourceAttributes":{"properties":{"path":{"nullable":true,"type":"string"},"verb":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1beta1.NonResourceRule":{"properties":{"nonResourceURLs":{"items":{"type":"string"},"nullable":true,"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs"],"type":"object"},"io.k8s.api.authorization.v1beta1.ResourceAttributes":{"properties":{"group":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"},"resource":{"nullable":true,"type":"string"},"subresource":{"nullable":true,"type":"string"},"verb":{"nullable":true,"type":"string"},"version":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1beta1.ResourceRule":{"properties":{"apiGroups":{"items":{"type":"string"},"nullable":true,"type":"array"},"resourceNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"nullable":true,"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs"],"type":"object"},"io.k8s.api.authorization.v1beta1.SelfSubjectAccessReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["SelfSubjectAccessReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1beta1.SelfSubjectAccessReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1beta1.SelfSubjectAccessReviewSpec":{"properties":{"nonResourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.NonResourceAttributes#"},{"type":"null"}]},"resourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.ResourceAttributes#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.authorization.v1beta1.SelfSubjectRulesReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["SelfSubjectRulesReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1beta1.SelfSubjectRulesReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.SubjectRulesReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1beta1.SelfSubjectRulesReviewSpec":{"properties":{"namespace":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1beta1.SubjectAccessReview":{"properties":{"apiVersion":{"enum":["authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["SubjectAccessReview"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.authorization.v1beta1.SubjectAccessReviewSpec":{"properties":{"extra":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"nullable":true,"type":"object"},"group":{"items":{"type":"string"},"nullable":true,"type":"array"},"nonResourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.NonResourceAttributes#"},{"type":"null"}]},"resourceAttributes":{"oneOf":[{"$ref":"io.k8s.api.authorization.v1beta1.ResourceAttributes#"},{"type":"null"}]},"uid":{"nullable":true,"type":"string"},"user":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.authorization.v1beta1.SubjectAccessReviewStatus":{"properties":{"allowed":{"type":"boolean"},"denied":{"nullable":true,"type":"boolean"},"evaluationError":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"}},"required":["allowed"],"type":"object"},"io.k8s.api.authorization.v1beta1.SubjectRulesReviewStatus":{"properties":{"evaluationError":{"nullable":true,"type":"string"},"incomplete":{"type":"boolean"},"nonResourceRules":{"items":{"$ref":"io.k8s.api.authorization.v1beta1.NonResourceRule#"},"type":"array"},"resourceRules":{"items":{"$ref":"io.k8s.api.authorization.v1beta1.ResourceRule#"},"type":"array"}},"required":["resourceRules","nonResourceRules","incomplete"],"type":"object"},"io.k8s.api.autoscaling.v1.CrossVersionObjectReference":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler":{"properties":{"apiVersion":{"enum":["autoscaling/v1"],"type":"string"},"kind":{"enum":["HorizontalPodAutoscaler"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerList":{"properties":{"apiVersion":{"enum":["autoscaling/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler#"},"type":"array"},"kind":{"enum":["HorizontalPodAutoscalerList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerSpec":{"properties":{"maxReplicas":{"format":"int32","type":"integer"},"minReplicas":{"format":"int32","nullable":true,"type":"integer"},"scaleTargetRef":{"$ref":"io.k8s.api.autoscaling.v1.CrossVersionObjectReference#"},"targetCPUUtilizationPercentage":{"format":"int32","nullable":true,"type":"integer"}},"required":["scaleTargetRef","maxReplicas"],"type":"object"},"io.k8s.api.autoscaling.v1.HorizontalPodAutoscalerStatus":{"properties":{"currentCPUUtilizationPercentage":{"format":"int32","nullable":true,"type":"integer"},"currentReplicas":{"format":"int32","type":"integer"},"desiredReplicas":{"format":"int32","type":"integer"},"lastScaleTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"}},"required":["currentReplicas","desiredReplicas"],"type":"object"},"io.k8s.api.autoscaling.v1.Scale":{"properties":{"apiVersion":{"enum":["autoscaling/v1"],"type":"string"},"kind":{"enum":["Scale"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v1.ScaleSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v1.ScaleStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v1.ScaleSpec":{"properties":{"replicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.autoscaling.v1.ScaleStatus":{"properties":{"replicas":{"format":"int32","type":"integer"},"selector":{"nullable":true,"type":"string"}},"required":["replicas"],"type":"object"},"io.k8s.api.autoscaling.v2.ContainerResourceMetricSource":{"properties":{"container":{"type":"string"},"name":{"type":"string"},"target":{"$ref":"io.k8s.api.autoscaling.v2.MetricTarget#"}},"required":["name","target","container"],"type":"object"},"io.k8s.api.autoscaling.v2.ContainerResourceMetricStatus":{"properties":{"container":{"type":"string"},"current":{"$ref":"io.k8s.api.autoscaling.v2.MetricValueStatus#"},"name":{"type":"string"}},"required":["name","current","container"],"type":"object"},"io.k8s.api.autoscaling.v2.CrossVersionObjectReference":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.autoscaling.v2.ExternalMetricSource":{"properties":{"metric":{"$ref":"io.k8s.api.autoscaling.v2.MetricIdentifier#"},"target":{"$ref":"io.k8s.api.autoscaling.v2.MetricTarget#"}},"required":["metric","target"],"type":"object"},"io.k8s.api.autoscaling.v2.ExternalMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2.MetricValueStatus#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2.MetricIdentifier#"}},"required":["metric","current"],"type":"object"},"io.k8s.api.autoscaling.v2.HPAScalingPolicy":{"properties":{"periodSeconds":{"format":"int32","type":"integer"},"type":{"type":"string"},"value":{"format":"int32","type":"integer"}},"required":["type","value","periodSeconds"],"type":"object"},"io.k8s.api.autoscaling.v2.HPAScalingRules":{"properties":{"policies":{"items":{"$ref":"io.k8s.api.autoscaling.v2.HPAScalingPolicy#"},"nullable":true,"type":"array"},"selectPolicy":{"nullable":true,"type":"string"},"stabilizationWindowSeconds":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler":{"properties":{"apiVersion":{"enum":["autoscaling/v2"],"type":"string"},"kind":{"enum":["HorizontalPodAutoscaler"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior":{"properties":{"scaleDown":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.HPAScalingRules#"},{"type":"null"}]},"scaleUp":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.HPAScalingRules#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerList":{"properties":{"apiVersion":{"enum":["autoscaling/v2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler#"},"type":"array"},"kind":{"enum":["HorizontalPodAutoscalerList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerSpec":{"properties":{"behavior":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior#"},{"type":"null"}]},"maxReplicas":{"format":"int32","type":"integer"},"metrics":{"items":{"$ref":"io.k8s.api.autoscaling.v2.MetricSpec#"},"nullable":true,"type":"array"},"minReplicas":{"format":"int32","nullable":true,"type":"integer"},"scaleTargetRef":{"$ref":"io.k8s.api.autoscaling.v2.CrossVersionObjectReference#"}},"required":["scaleTargetRef","maxReplicas"],"type":"object"},"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerCondition#"},"nullable":true,"type":"array"},"currentMetrics":{"items":{"$ref":"io.k8s.api.autoscaling.v2.MetricStatus#"},"nullable":true,"type":"array"},"currentReplicas":{"format":"int32","nullable":true,"type":"integer"},"desiredReplicas":{"format":"int32","type":"integer"},"lastScaleTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"}},"required":["desiredReplicas"],"type":"object"},"io.k8s.api.autoscaling.v2.MetricIdentifier":{"properties":{"name":{"type":"string"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.autoscaling.v2.MetricSpec":{"properties":{"containerResource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ContainerResourceMetricSource#"},{"type":"null"}]},"external":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ExternalMetricSource#"},{"type":"null"}]},"object":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ObjectMetricSource#"},{"type":"null"}]},"pods":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.PodsMetricSource#"},{"type":"null"}]},"resource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ResourceMetricSource#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2.MetricStatus":{"properties":{"containerResource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ContainerResourceMetricStatus#"},{"type":"null"}]},"external":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ExternalMetricStatus#"},{"type":"null"}]},"object":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ObjectMetricStatus#"},{"type":"null"}]},"pods":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.PodsMetricStatus#"},{"type":"null"}]},"resource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2.ResourceMetricStatus#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2.MetricTarget":{"properties":{"averageUtilization":{"format":"int32","nullable":true,"type":"integer"},"averageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"type":{"type":"string"},"value":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2.MetricValueStatus":{"properties":{"averageUtilization":{"format":"int32","nullable":true,"type":"integer"},"averageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"value":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.autoscaling.v2.ObjectMetricSource":{"properties":{"describedObject":{"$ref":"io.k8s.api.autoscaling.v2.CrossVersionObjectReference#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2.MetricIdentifier#"},"target":{"$ref":"io.k8s.api.autoscaling.v2.MetricTarget#"}},"required":["describedObject","target","metric"],"type":"object"},"io.k8s.api.autoscaling.v2.ObjectMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2.MetricValueStatus#"},"describedObject":{"$ref":"io.k8s.api.autoscaling.v2.CrossVersionObjectReference#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2.MetricIdentifier#"}},"required":["metric","current","describedObject"],"type":"object"},"io.k8s.api.autoscaling.v2.PodsMetricSource":{"properties":{"metric":{"$ref":"io.k8s.api.autoscaling.v2.MetricIdentifier#"},"target":{"$ref":"io.k8s.api.autoscaling.v2.MetricTarget#"}},"required":["metric","target"],"type":"object"},"io.k8s.api.autoscaling.v2.PodsMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2.MetricValueStatus#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2.MetricIdentifier#"}},"required":["metric","current"],"type":"object"},"io.k8s.api.autoscaling.v2.ResourceMetricSource":{"properties":{"name":{"type":"string"},"target":{"$ref":"io.k8s.api.autoscaling.v2.MetricTarget#"}},"required":["name","target"],"type":"object"},"io.k8s.api.autoscaling.v2.ResourceMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2.MetricValueStatus#"},"name":{"type":"string"}},"required":["name","current"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricSource":{"properties":{"container":{"type":"string"},"name":{"type":"string"},"targetAverageUtilization":{"format":"int32","nullable":true,"type":"integer"},"targetAverageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"required":["name","container"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricStatus":{"properties":{"container":{"type":"string"},"currentAverageUtilization":{"format":"int32","nullable":true,"type":"integer"},"currentAverageValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"name":{"type":"string"}},"required":["name","currentAverageValue","container"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ExternalMetricSource":{"properties":{"metricName":{"type":"string"},"metricSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"targetAverageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"targetValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"required":["metricName"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ExternalMetricStatus":{"properties":{"currentAverageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"currentValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"metricName":{"type":"string"},"metricSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"required":["metricName","currentValue"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler":{"properties":{"apiVersion":{"enum":["autoscaling/v2beta1"],"type":"string"},"kind":{"enum":["HorizontalPodAutoscaler"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerList":{"properties":{"apiVersion":{"enum":["autoscaling/v2beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler#"},"type":"array"},"kind":{"enum":["HorizontalPodAutoscalerList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerSpec":{"properties":{"maxReplicas":{"format":"int32","type":"integer"},"metrics":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta1.MetricSpec#"},"nullable":true,"type":"array"},"minReplicas":{"format":"int32","nullable":true,"type":"integer"},"scaleTargetRef":{"$ref":"io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference#"}},"required":["scaleTargetRef","maxReplicas"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscalerCondition#"},"nullable":true,"type":"array"},"currentMetrics":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta1.MetricStatus#"},"nullable":true,"type":"array"},"currentReplicas":{"format":"int32","type":"integer"},"desiredReplicas":{"format":"int32","type":"integer"},"lastScaleTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"}},"required":["currentReplicas","desiredReplicas"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.MetricSpec":{"properties":{"containerResource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricSource#"},{"type":"null"}]},"external":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ExternalMetricSource#"},{"type":"null"}]},"object":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ObjectMetricSource#"},{"type":"null"}]},"pods":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.PodsMetricSource#"},{"type":"null"}]},"resource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ResourceMetricSource#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.MetricStatus":{"properties":{"containerResource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ContainerResourceMetricStatus#"},{"type":"null"}]},"external":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ExternalMetricStatus#"},{"type":"null"}]},"object":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ObjectMetricStatus#"},{"type":"null"}]},"pods":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.PodsMetricStatus#"},{"type":"null"}]},"resource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta1.ResourceMetricStatus#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ObjectMetricSource":{"properties":{"averageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"metricName":{"type":"string"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"target":{"$ref":"io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference#"},"targetValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"}},"required":["target","metricName","targetValue"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ObjectMetricStatus":{"properties":{"averageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"currentValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"metricName":{"type":"string"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"target":{"$ref":"io.k8s.api.autoscaling.v2beta1.CrossVersionObjectReference#"}},"required":["target","metricName","currentValue"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.PodsMetricSource":{"properties":{"metricName":{"type":"string"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"targetAverageValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"}},"required":["metricName","targetAverageValue"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.PodsMetricStatus":{"properties":{"currentAverageValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"metricName":{"type":"string"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"required":["metricName","currentAverageValue"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ResourceMetricSource":{"properties":{"name":{"type":"string"},"targetAverageUtilization":{"format":"int32","nullable":true,"type":"integer"},"targetAverageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.autoscaling.v2beta1.ResourceMetricStatus":{"properties":{"currentAverageUtilization":{"format":"int32","nullable":true,"type":"integer"},"currentAverageValue":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"name":{"type":"string"}},"required":["name","currentAverageValue"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricSource":{"properties":{"container":{"type":"string"},"name":{"type":"string"},"target":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricTarget#"}},"required":["name","target","container"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricStatus":{"properties":{"container":{"type":"string"},"current":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricValueStatus#"},"name":{"type":"string"}},"required":["name","current","container"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ExternalMetricSource":{"properties":{"metric":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricIdentifier#"},"target":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricTarget#"}},"required":["metric","target"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ExternalMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricValueStatus#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricIdentifier#"}},"required":["metric","current"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.HPAScalingPolicy":{"properties":{"periodSeconds":{"format":"int32","type":"integer"},"type":{"type":"string"},"value":{"format":"int32","type":"integer"}},"required":["type","value","periodSeconds"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.HPAScalingRules":{"properties":{"policies":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta2.HPAScalingPolicy#"},"nullable":true,"type":"array"},"selectPolicy":{"nullable":true,"type":"string"},"stabilizationWindowSeconds":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler":{"properties":{"apiVersion":{"enum":["autoscaling/v2beta2"],"type":"string"},"kind":{"enum":["HorizontalPodAutoscaler"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerBehavior":{"properties":{"scaleDown":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.HPAScalingRules#"},{"type":"null"}]},"scaleUp":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.HPAScalingRules#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerList":{"properties":{"apiVersion":{"enum":["autoscaling/v2beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler#"},"type":"array"},"kind":{"enum":["HorizontalPodAutoscalerList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerSpec":{"properties":{"behavior":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerBehavior#"},{"type":"null"}]},"maxReplicas":{"format":"int32","type":"integer"},"metrics":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricSpec#"},"nullable":true,"type":"array"},"minReplicas":{"format":"int32","nullable":true,"type":"integer"},"scaleTargetRef":{"$ref":"io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference#"}},"required":["scaleTargetRef","maxReplicas"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscalerCondition#"},"nullable":true,"type":"array"},"currentMetrics":{"items":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricStatus#"},"nullable":true,"type":"array"},"currentReplicas":{"format":"int32","type":"integer"},"desiredReplicas":{"format":"int32","type":"integer"},"lastScaleTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"}},"required":["currentReplicas","desiredReplicas"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.MetricIdentifier":{"properties":{"name":{"type":"string"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.MetricSpec":{"properties":{"containerResource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricSource#"},{"type":"null"}]},"external":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ExternalMetricSource#"},{"type":"null"}]},"object":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ObjectMetricSource#"},{"type":"null"}]},"pods":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.PodsMetricSource#"},{"type":"null"}]},"resource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ResourceMetricSource#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.MetricStatus":{"properties":{"containerResource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ContainerResourceMetricStatus#"},{"type":"null"}]},"external":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ExternalMetricStatus#"},{"type":"null"}]},"object":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ObjectMetricStatus#"},{"type":"null"}]},"pods":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.PodsMetricStatus#"},{"type":"null"}]},"resource":{"oneOf":[{"$ref":"io.k8s.api.autoscaling.v2beta2.ResourceMetricStatus#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.MetricTarget":{"properties":{"averageUtilization":{"format":"int32","nullable":true,"type":"integer"},"averageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"type":{"type":"string"},"value":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"required":["type"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.MetricValueStatus":{"properties":{"averageUtilization":{"format":"int32","nullable":true,"type":"integer"},"averageValue":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"value":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.autoscaling.v2beta2.ObjectMetricSource":{"properties":{"describedObject":{"$ref":"io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricIdentifier#"},"target":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricTarget#"}},"required":["describedObject","target","metric"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ObjectMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricValueStatus#"},"describedObject":{"$ref":"io.k8s.api.autoscaling.v2beta2.CrossVersionObjectReference#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricIdentifier#"}},"required":["metric","current","describedObject"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.PodsMetricSource":{"properties":{"metric":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricIdentifier#"},"target":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricTarget#"}},"required":["metric","target"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.PodsMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricValueStatus#"},"metric":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricIdentifier#"}},"required":["metric","current"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ResourceMetricSource":{"properties":{"name":{"type":"string"},"target":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricTarget#"}},"required":["name","target"],"type":"object"},"io.k8s.api.autoscaling.v2beta2.ResourceMetricStatus":{"properties":{"current":{"$ref":"io.k8s.api.autoscaling.v2beta2.MetricValueStatus#"},"name":{"type":"string"}},"required":["name","current"],"type":"object"},"io.k8s.api.batch.v1.CronJob":{"properties":{"apiVersion":{"enum":["batch/v1"],"type":"string"},"kind":{"enum":["CronJob"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.CronJobSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.CronJobStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.batch.v1.CronJobList":{"properties":{"apiVersion":{"enum":["batch/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.batch.v1.CronJob#"},"type":"array"},"kind":{"enum":["CronJobList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.batch.v1.CronJobSpec":{"properties":{"concurrencyPolicy":{"enum":["Allow","Forbid","Replace"],"nullable":true,"type":"string"},"failedJobsHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"jobTemplate":{"$ref":"io.k8s.api.batch.v1.JobTemplateSpec#"},"schedule":{"type":"string"},"startingDeadlineSeconds":{"format":"int64","nullable":true,"type":"integer"},"successfulJobsHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"suspend":{"nullable":true,"type":"boolean"},"timeZone":{"nullable":true,"type":"string"}},"required":["schedule","jobTemplate"],"type":"object"},"io.k8s.api.batch.v1.CronJobStatus":{"properties":{"active":{"items":{"$ref":"io.k8s.api.core.v1.ObjectReference#"},"nullable":true,"type":"array"},"lastScheduleTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastSuccessfulTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.batch.v1.Job":{"properties":{"apiVersion":{"enum":["batch/v1"],"type":"string"},"kind":{"enum":["Job"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.JobSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.JobStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.batch.v1.JobCondition":{"properties":{"lastProbeTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.batch.v1.JobList":{"properties":{"apiVersion":{"enum":["batch/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.batch.v1.Job#"},"type":"array"},"kind":{"enum":["JobList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.batch.v1.JobSpec":{"properties":{"activeDeadlineSeconds":{"format":"int64","nullable":true,"type":"integer"},"backoffLimit":{"format":"int32","nullable":true,"type":"integer"},"completionMode":{"enum":["Indexed","NonIndexed"],"nullable":true,"type":"string"},"completions":{"format":"int32","nullable":true,"type":"integer"},"manualSelector":{"nullable":true,"type":"boolean"},"parallelism":{"format":"int32","nullable":true,"type":"integer"},"podFailurePolicy":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.PodFailurePolicy#"},{"type":"null"}]},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"suspend":{"nullable":true,"type":"boolean"},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"ttlSecondsAfterFinished":{"format":"int32","nullable":true,"type":"integer"}},"required":["template"],"type":"object"},"io.k8s.api.batch.v1.JobStatus":{"properties":{"active":{"format":"int32","nullable":true,"type":"integer"},"completedIndexes":{"nullable":true,"type":"string"},"completionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"conditions":{"items":{"$ref":"io.k8s.api.batch.v1.JobCondition#"},"nullable":true,"type":"array"},"failed":{"format":"int32","nullable":true,"type":"integer"},"ready":{"format":"int32","nullable":true,"type":"integer"},"startTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"succeeded":{"format":"int32","nullable":true,"type":"integer"},"uncountedTerminatedPods":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.UncountedTerminatedPods#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.batch.v1.JobTemplateSpec":{"properties":{"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.JobSpec#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.batch.v1.PodFailurePolicy":{"properties":{"rules":{"items":{"$ref":"io.k8s.api.batch.v1.PodFailurePolicyRule#"},"type":"array"}},"required":["rules"],"type":"object"},"io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement":{"properties":{"containerName":{"nullable":true,"type":"string"},"operator":{"enum":["In","NotIn"],"type":"string"},"values":{"items":{"format":"int32","type":"integer"},"type":"array"}},"required":["operator","values"],"type":"object"},"io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern":{"properties":{"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.batch.v1.PodFailurePolicyRule":{"properties":{"action":{"enum":["Count","FailJob","Ignore"],"type":"string"},"onExitCodes":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.PodFailurePolicyOnExitCodesRequirement#"},{"type":"null"}]},"onPodConditions":{"items":{"$ref":"io.k8s.api.batch.v1.PodFailurePolicyOnPodConditionsPattern#"},"type":"array"}},"required":["action","onPodConditions"],"type":"object"},"io.k8s.api.batch.v1.UncountedTerminatedPods":{"properties":{"failed":{"items":{"type":"string"},"nullable":true,"type":"array"},"succeeded":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.batch.v1beta1.CronJob":{"properties":{"apiVersion":{"enum":["batch/v1beta1"],"type":"string"},"kind":{"enum":["CronJob"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.batch.v1beta1.CronJobSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.batch.v1beta1.CronJobStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.batch.v1beta1.CronJobList":{"properties":{"apiVersion":{"enum":["batch/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.batch.v1beta1.CronJob#"},"type":"array"},"kind":{"enum":["CronJobList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.batch.v1beta1.CronJobSpec":{"properties":{"concurrencyPolicy":{"nullable":true,"type":"string"},"failedJobsHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"jobTemplate":{"$ref":"io.k8s.api.batch.v1beta1.JobTemplateSpec#"},"schedule":{"type":"string"},"startingDeadlineSeconds":{"format":"int64","nullable":true,"type":"integer"},"successfulJobsHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"suspend":{"nullable":true,"type":"boolean"},"timeZone":{"nullable":true,"type":"string"}},"required":["schedule","jobTemplate"],"type":"object"},"io.k8s.api.batch.v1beta1.CronJobStatus":{"properties":{"active":{"items":{"$ref":"io.k8s.api.core.v1.ObjectReference#"},"nullable":true,"type":"array"},"lastScheduleTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastSuccessfulTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.batch.v1beta1.JobTemplateSpec":{"properties":{"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.batch.v1.JobSpec#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.certificates.v1.CertificateSigningRequest":{"properties":{"apiVersion":{"enum":["certificates.k8s.io/v1"],"type":"string"},"kind":{"enum":["CertificateSigningRequest"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.certificates.v1.CertificateSigningRequestSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.certificates.v1.CertificateSigningRequestStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.certificates.v1.CertificateSigningRequestCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastUpdateTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.certificates.v1.CertificateSigningRequestList":{"properties":{"apiVersion":{"enum":["certificates.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.certificates.v1.CertificateSigningRequest#"},"type":"array"},"kind":{"enum":["CertificateSigningRequestList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.certificates.v1.CertificateSigningRequestSpec":{"properties":{"expirationSeconds":{"format":"int32","nullable":true,"type":"integer"},"extra":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"nullable":true,"type":"object"},"groups":{"items":{"type":"string"},"nullable":true,"type":"array"},"request":{"format":"byte","type":"string"},"signerName":{"type":"string"},"uid":{"nullable":true,"type":"string"},"usages":{"items":{"type":"string"},"nullable":true,"type":"array"},"username":{"nullable":true,"type":"string"}},"required":["request","signerName"],"type":"object"},"io.k8s.api.certificates.v1.CertificateSigningRequestStatus":{"properties":{"certificate":{"format":"byte","nullable":true,"type":"string"},"conditions":{"items":{"$ref":"io.k8s.api.certificates.v1.CertificateSigningRequestCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.certificates.v1beta1.CertificateSigningRequest":{"properties":{"apiVersion":{"enum":["certificates.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["CertificateSigningRequest"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.certificates.v1beta1.CertificateSigningRequestSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.certificates.v1beta1.CertificateSigningRequestStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.certificates.v1beta1.CertificateSigningRequestCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastUpdateTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.certificates.v1beta1.CertificateSigningRequestList":{"properties":{"apiVersion":{"enum":["certificates.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.certificates.v1beta1.CertificateSigningRequest#"},"type":"array"},"kind":{"enum":["CertificateSigningRequestList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.certificates.v1beta1.CertificateSigningRequestSpec":{"properties":{"extra":{"additionalProperties":{"items":{"type":"string"},"type":"array"},"nullable":true,"type":"object"},"groups":{"items":{"type":"string"},"nullable":true,"type":"array"},"request":{"format":"byte","type":"string"},"signerName":{"nullable":true,"type":"string"},"uid":{"nullable":true,"type":"string"},"usages":{"items":{"type":"string"},"nullable":true,"type":"array"},"username":{"nullable":true,"type":"string"}},"required":["request"],"type":"object"},"io.k8s.api.certificates.v1beta1.CertificateSigningRequestStatus":{"properties":{"certificate":{"format":"byte","nullable":true,"type":"string"},"conditions":{"items":{"$ref":"io.k8s.api.certificates.v1beta1.CertificateSigningRequestCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.coordination.v1.Lease":{"properties":{"apiVersion":{"enum":["coordination.k8s.io/v1"],"type":"string"},"kind":{"enum":["Lease"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.coordination.v1.LeaseSpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.coordination.v1.LeaseList":{"properties":{"apiVersion":{"enum":["coordination.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.coordination.v1.Lease#"},"type":"array"},"kind":{"enum":["LeaseList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.coordination.v1.LeaseSpec":{"properties":{"acquireTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},{"type":"null"}]},"holderIdentity":{"nullable":true,"type":"string"},"leaseDurationSeconds":{"format":"int32","nullable":true,"type":"integer"},"leaseTransitions":{"format":"int32","nullable":true,"type":"integer"},"renewTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.coordination.v1beta1.Lease":{"properties":{"apiVersion":{"enum":["coordination.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["Lease"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.coordination.v1beta1.LeaseSpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.coordination.v1beta1.LeaseList":{"properties":{"apiVersion":{"enum":["coordination.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.coordination.v1beta1.Lease#"},"type":"array"},"kind":{"enum":["LeaseList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.coordination.v1beta1.LeaseSpec":{"properties":{"acquireTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},{"type":"null"}]},"holderIdentity":{"nullable":true,"type":"string"},"leaseDurationSeconds":{"format":"int32","nullable":true,"type":"integer"},"leaseTransitions":{"format":"int32","nullable":true,"type":"integer"},"renewTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"partition":{"format":"int32","nullable":true,"type":"integer"},"readOnly":{"nullable":true,"type":"boolean"},"volumeID":{"type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.Affinity":{"properties":{"nodeAffinity":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeAffinity#"},{"type":"null"}]},"podAffinity":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodAffinity#"},{"type":"null"}]},"podAntiAffinity":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodAntiAffinity#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.AttachedVolume":{"properties":{"devicePath":{"type":"string"},"name":{"type":"string"}},"required":["name","devicePath"],"type":"object"},"io.k8s.api.core.v1.AzureDiskVolumeSource":{"properties":{"cachingMode":{"enum":["None","ReadOnly","ReadWrite"],"nullable":true,"type":"string"},"diskName":{"type":"string"},"diskURI":{"type":"string"},"fsType":{"nullable":true,"type":"string"},"kind":{"enum":["Dedicated","Managed","Shared"],"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"required":["diskName","diskURI"],"type":"object"},"io.k8s.api.core.v1.AzureFilePersistentVolumeSource":{"properties":{"readOnly":{"nullable":true,"type":"boolean"},"secretName":{"type":"string"},"secretNamespace":{"nullable":true,"type":"string"},"shareName":{"type":"string"}},"required":["secretName","shareName"],"type":"object"},"io.k8s.api.core.v1.AzureFileVolumeSource":{"properties":{"readOnly":{"nullable":true,"type":"boolean"},"secretName":{"type":"string"},"shareName":{"type":"string"}},"required":["secretName","shareName"],"type":"object"},"io.k8s.api.core.v1.Binding":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["Binding"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"target":{"$ref":"io.k8s.api.core.v1.ObjectReference#"}},"required":["target","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.CSIPersistentVolumeSource":{"properties":{"controllerExpandSecretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"controllerPublishSecretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"driver":{"type":"string"},"fsType":{"nullable":true,"type":"string"},"nodeExpandSecretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"nodePublishSecretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"nodeStageSecretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"readOnly":{"nullable":true,"type":"boolean"},"volumeAttributes":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"volumeHandle":{"type":"string"}},"required":["driver","volumeHandle"],"type":"object"},"io.k8s.api.core.v1.CSIVolumeSource":{"properties":{"driver":{"type":"string"},"fsType":{"nullable":true,"type":"string"},"nodePublishSecretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]},"readOnly":{"nullable":true,"type":"boolean"},"volumeAttributes":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"}},"required":["driver"],"type":"object"},"io.k8s.api.core.v1.Capabilities":{"properties":{"add":{"items":{"type":"string"},"nullable":true,"type":"array"},"drop":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.CephFSPersistentVolumeSource":{"properties":{"monitors":{"items":{"type":"string"},"type":"array"},"path":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretFile":{"nullable":true,"type":"string"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"user":{"nullable":true,"type":"string"}},"required":["monitors"],"type":"object"},"io.k8s.api.core.v1.CephFSVolumeSource":{"properties":{"monitors":{"items":{"type":"string"},"type":"array"},"path":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretFile":{"nullable":true,"type":"string"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]},"user":{"nullable":true,"type":"string"}},"required":["monitors"],"type":"object"},"io.k8s.api.core.v1.CinderPersistentVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"volumeID":{"type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.CinderVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]},"volumeID":{"type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.ClaimSource":{"properties":{"resourceClaimName":{"nullable":true,"type":"string"},"resourceClaimTemplateName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.ClientIPConfig":{"properties":{"timeoutSeconds":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.core.v1.ComponentCondition":{"properties":{"error":{"nullable":true,"type":"string"},"message":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.ComponentStatus":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"conditions":{"items":{"$ref":"io.k8s.api.core.v1.ComponentCondition#"},"nullable":true,"type":"array"},"kind":{"enum":["ComponentStatus"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ComponentStatusList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.ComponentStatus#"},"type":"array"},"kind":{"enum":["ComponentStatusList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ConfigMap":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"binaryData":{"additionalProperties":{"format":"byte","type":"string"},"nullable":true,"type":"object"},"data":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"immutable":{"nullable":true,"type":"boolean"},"kind":{"enum":["ConfigMap"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ConfigMapEnvSource":{"properties":{"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.ConfigMapKeySelector":{"properties":{"key":{"type":"string"},"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"required":["key"],"type":"object"},"io.k8s.api.core.v1.ConfigMapList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.ConfigMap#"},"type":"array"},"kind":{"enum":["ConfigMapList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ConfigMapNodeConfigSource":{"properties":{"kubeletConfigKey":{"type":"string"},"name":{"type":"string"},"namespace":{"type":"string"},"resourceVersion":{"nullable":true,"type":"string"},"uid":{"nullable":true,"type":"string"}},"required":["namespace","name","kubeletConfigKey"],"type":"object"},"io.k8s.api.core.v1.ConfigMapProjection":{"properties":{"items":{"items":{"$ref":"io.k8s.api.core.v1.KeyToPath#"},"nullable":true,"type":"array"},"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.ConfigMapVolumeSource":{"properties":{"defaultMode":{"format":"int32","nullable":true,"type":"integer"},"items":{"items":{"$ref":"io.k8s.api.core.v1.KeyToPath#"},"nullable":true,"type":"array"},"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.Container":{"properties":{"args":{"items":{"type":"string"},"nullable":true,"type":"array"},"command":{"items":{"type":"string"},"nullable":true,"type":"array"},"env":{"items":{"$ref":"io.k8s.api.core.v1.EnvVar#"},"nullable":true,"type":"array"},"envFrom":{"items":{"$ref":"io.k8s.api.core.v1.EnvFromSource#"},"nullable":true,"type":"array"},"image":{"nullable":true,"type":"string"},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"nullable":true,"type":"string"},"lifecycle":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Lifecycle#"},{"type":"null"}]},"livenessProbe":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Probe#"},{"type":"null"}]},"name":{"type":"string"},"ports":{"items":{"$ref":"io.k8s.api.core.v1.ContainerPort#"},"nullable":true,"type":"array"},"readinessProbe":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Probe#"},{"type":"null"}]},"resizePolicy":{"items":{"$ref":"io.k8s.api.core.v1.ContainerResizePolicy#"},"nullable":true,"type":"array"},"resources":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceRequirements#"},{"type":"null"}]},"securityContext":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecurityContext#"},{"type":"null"}]},"startupProbe":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Probe#"},{"type":"null"}]},"stdin":{"nullable":true,"type":"boolean"},"stdinOnce":{"nullable":true,"type":"boolean"},"terminationMessagePath":{"nullable":true,"type":"string"},"terminationMessagePolicy":{"enum":["FallbackToLogsOnError","File"],"nullable":true,"type":"string"},"tty":{"nullable":true,"type":"boolean"},"volumeDevices":{"items":{"$ref":"io.k8s.api.core.v1.VolumeDevice#"},"nullable":true,"type":"array"},"volumeMounts":{"items":{"$ref":"io.k8s.api.core.v1.VolumeMount#"},"nullable":true,"type":"array"},"workingDir":{"nullable":true,"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.ContainerImage":{"properties":{"names":{"items":{"type":"string"},"nullable":true,"type":"array"},"sizeBytes":{"format":"int64","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.core.v1.ContainerPort":{"properties":{"containerPort":{"format":"int32","type":"integer"},"hostIP":{"nullable":true,"type":"string"},"hostPort":{"format":"int32","nullable":true,"type":"integer"},"name":{"nullable":true,"type":"string"},"protocol":{"enum":["SCTP","TCP","UDP"],"nullable":true,"type":"string"}},"required":["containerPort"],"type":"object"},"io.k8s.api.core.v1.ContainerResizePolicy":{"properties":{"resourceName":{"type":"string"},"restartPolicy":{"type":"string"}},"required":["resourceName","restartPolicy"],"type":"object"},"io.k8s.api.core.v1.ContainerState":{"properties":{"running":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ContainerStateRunning#"},{"type":"null"}]},"terminated":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ContainerStateTerminated#"},{"type":"null"}]},"waiting":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ContainerStateWaiting#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.ContainerStateRunning":{"properties":{"startedAt":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.ContainerStateTerminated":{"properties":{"containerID":{"nullable":true,"type":"string"},"exitCode":{"format":"int32","type":"integer"},"finishedAt":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"signal":{"format":"int32","nullable":true,"type":"integer"},"startedAt":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"required":["exitCode"],"type":"object"},"io.k8s.api.core.v1.ContainerStateWaiting":{"properties":{"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.ContainerStatus":{"properties":{"allocatedResources":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"containerID":{"nullable":true,"type":"string"},"image":{"type":"string"},"imageID":{"type":"string"},"lastState":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ContainerState#"},{"type":"null"}]},"name":{"type":"string"},"ready":{"type":"boolean"},"resources":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceRequirements#"},{"type":"null"}]},"restartCount":{"format":"int32","type":"integer"},"started":{"nullable":true,"type":"boolean"},"state":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ContainerState#"},{"type":"null"}]}},"required":["name","ready","restartCount","image","imageID"],"type":"object"},"io.k8s.api.core.v1.DaemonEndpoint":{"properties":{"Port":{"format":"int32","type":"integer"}},"required":["Port"],"type":"object"},"io.k8s.api.core.v1.DownwardAPIProjection":{"properties":{"items":{"items":{"$ref":"io.k8s.api.core.v1.DownwardAPIVolumeFile#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.DownwardAPIVolumeFile":{"properties":{"fieldRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectFieldSelector#"},{"type":"null"}]},"mode":{"format":"int32","nullable":true,"type":"integer"},"path":{"type":"string"},"resourceFieldRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceFieldSelector#"},{"type":"null"}]}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.DownwardAPIVolumeSource":{"properties":{"defaultMode":{"format":"int32","nullable":true,"type":"integer"},"items":{"items":{"$ref":"io.k8s.api.core.v1.DownwardAPIVolumeFile#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.EmptyDirVolumeSource":{"properties":{"medium":{"nullable":true,"type":"string"},"sizeLimit":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.EndpointAddress":{"properties":{"hostname":{"nullable":true,"type":"string"},"ip":{"type":"string"},"nodeName":{"nullable":true,"type":"string"},"targetRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]}},"required":["ip"],"type":"object"},"io.k8s.api.core.v1.EndpointPort":{"properties":{"appProtocol":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"port":{"format":"int32","type":"integer"},"protocol":{"enum":["SCTP","TCP","UDP"],"nullable":true,"type":"string"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.EndpointSubset":{"properties":{"addresses":{"items":{"$ref":"io.k8s.api.core.v1.EndpointAddress#"},"nullable":true,"type":"array"},"notReadyAddresses":{"items":{"$ref":"io.k8s.api.core.v1.EndpointAddress#"},"nullable":true,"type":"array"},"ports":{"items":{"$ref":"io.k8s.api.core.v1.EndpointPort#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.Endpoints":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["Endpoints"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"subsets":{"items":{"$ref":"io.k8s.api.core.v1.EndpointSubset#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.EndpointsList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Endpoints#"},"type":"array"},"kind":{"enum":["EndpointsList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.EnvFromSource":{"properties":{"configMapRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ConfigMapEnvSource#"},{"type":"null"}]},"prefix":{"nullable":true,"type":"string"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretEnvSource#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.EnvVar":{"properties":{"name":{"type":"string"},"value":{"nullable":true,"type":"string"},"valueFrom":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EnvVarSource#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.EnvVarSource":{"properties":{"configMapKeyRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ConfigMapKeySelector#"},{"type":"null"}]},"fieldRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectFieldSelector#"},{"type":"null"}]},"resourceFieldRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceFieldSelector#"},{"type":"null"}]},"secretKeyRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretKeySelector#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.EphemeralContainer":{"properties":{"args":{"items":{"type":"string"},"nullable":true,"type":"array"},"command":{"items":{"type":"string"},"nullable":true,"type":"array"},"env":{"items":{"$ref":"io.k8s.api.core.v1.EnvVar#"},"nullable":true,"type":"array"},"envFrom":{"items":{"$ref":"io.k8s.api.core.v1.EnvFromSource#"},"nullable":true,"type":"array"},"image":{"nullable":true,"type":"string"},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"nullable":true,"type":"string"},"lifecycle":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Lifecycle#"},{"type":"null"}]},"livenessProbe":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Probe#"},{"type":"null"}]},"name":{"type":"string"},"ports":{"items":{"$ref":"io.k8s.api.core.v1.ContainerPort#"},"nullable":true,"type":"array"},"readinessProbe":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Probe#"},{"type":"null"}]},"resizePolicy":{"items":{"$ref":"io.k8s.api.core.v1.ContainerResizePolicy#"},"nullable":true,"type":"array"},"resources":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceRequirements#"},{"type":"null"}]},"securityContext":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecurityContext#"},{"type":"null"}]},"startupProbe":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Probe#"},{"type":"null"}]},"stdin":{"nullable":true,"type":"boolean"},"stdinOnce":{"nullable":true,"type":"boolean"},"targetContainerName":{"nullable":true,"type":"string"},"terminationMessagePath":{"nullable":true,"type":"string"},"terminationMessagePolicy":{"enum":["FallbackToLogsOnError","File"],"nullable":true,"type":"string"},"tty":{"nullable":true,"type":"boolean"},"volumeDevices":{"items":{"$ref":"io.k8s.api.core.v1.VolumeDevice#"},"nullable":true,"type":"array"},"volumeMounts":{"items":{"$ref":"io.k8s.api.core.v1.VolumeMount#"},"nullable":true,"type":"array"},"workingDir":{"nullable":true,"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.EphemeralVolumeSource":{"properties":{"volumeClaimTemplate":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimTemplate#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.Event":{"properties":{"action":{"nullable":true,"type":"string"},"apiVersion":{"enum":["v1"],"type":"string"},"count":{"format":"int32","nullable":true,"type":"integer"},"eventTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},{"type":"null"}]},"firstTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"involvedObject":{"$ref":"io.k8s.api.core.v1.ObjectReference#"},"kind":{"enum":["Event"],"type":"string"},"lastTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"metadata":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},"reason":{"nullable":true,"type":"string"},"related":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"reportingComponent":{"nullable":true,"type":"string"},"reportingInstance":{"nullable":true,"type":"string"},"series":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EventSeries#"},{"type":"null"}]},"source":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EventSource#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"required":["metadata","involvedObject","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.EventList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Event#"},"type":"array"},"kind":{"enum":["EventList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.EventSeries":{"properties":{"count":{"format":"int32","nullable":true,"type":"integer"},"lastObservedTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.EventSource":{"properties":{"component":{"nullable":true,"type":"string"},"host":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.ExecAction":{"properties":{"command":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.FCVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"lun":{"format":"int32","nullable":true,"type":"integer"},"readOnly":{"nullable":true,"type":"boolean"},"targetWWNs":{"items":{"type":"string"},"nullable":true,"type":"array"},"wwids":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.FlexPersistentVolumeSource":{"properties":{"driver":{"type":"string"},"fsType":{"nullable":true,"type":"string"},"options":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]}},"required":["driver"],"type":"object"},"io.k8s.api.core.v1.FlexVolumeSource":{"properties":{"driver":{"type":"string"},"fsType":{"nullable":true,"type":"string"},"options":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]}},"required":["driver"],"type":"object"},"io.k8s.api.core.v1.FlockerVolumeSource":{"properties":{"datasetName":{"nullable":true,"type":"string"},"datasetUUID":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.GCEPersistentDiskVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"partition":{"format":"int32","nullable":true,"type":"integer"},"pdName":{"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"required":["pdName"],"type":"object"},"io.k8s.api.core.v1.GRPCAction":{"properties":{"port":{"format":"int32","type":"integer"},"service":{"nullable":true,"type":"string"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.GitRepoVolumeSource":{"properties":{"directory":{"nullable":true,"type":"string"},"repository":{"type":"string"},"revision":{"nullable":true,"type":"string"}},"required":["repository"],"type":"object"},"io.k8s.api.core.v1.GlusterfsPersistentVolumeSource":{"properties":{"endpoints":{"type":"string"},"endpointsNamespace":{"nullable":true,"type":"string"},"path":{"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"required":["endpoints","path"],"type":"object"},"io.k8s.api.core.v1.GlusterfsVolumeSource":{"properties":{"endpoints":{"type":"string"},"path":{"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"required":["endpoints","path"],"type":"object"},"io.k8s.api.core.v1.HTTPGetAction":{"properties":{"host":{"nullable":true,"type":"string"},"httpHeaders":{"items":{"$ref":"io.k8s.api.core.v1.HTTPHeader#"},"nullable":true,"type":"array"},"path":{"nullable":true,"type":"string"},"port":{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},"scheme":{"enum":["HTTP","HTTPS"],"nullable":true,"type":"string"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.HTTPHeader":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object"},"io.k8s.api.core.v1.Handler":{"properties":{"exec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ExecAction#"},{"type":"null"}]},"httpGet":{"oneOf":[{"$ref":"io.k8s.api.core.v1.HTTPGetAction#"},{"type":"null"}]},"tcpSocket":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TCPSocketAction#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.HostAlias":{"properties":{"hostnames":{"items":{"type":"string"},"nullable":true,"type":"array"},"ip":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.HostPathVolumeSource":{"properties":{"path":{"type":"string"},"type":{"enum":["","BlockDevice","CharDevice","Directory","DirectoryOrCreate","File","FileOrCreate","Socket"],"nullable":true,"type":"string"}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.ISCSIPersistentVolumeSource":{"properties":{"chapAuthDiscovery":{"nullable":true,"type":"boolean"},"chapAuthSession":{"nullable":true,"type":"boolean"},"fsType":{"nullable":true,"type":"string"},"initiatorName":{"nullable":true,"type":"string"},"iqn":{"type":"string"},"iscsiInterface":{"nullable":true,"type":"string"},"lun":{"format":"int32","type":"integer"},"portals":{"items":{"type":"string"},"nullable":true,"type":"array"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"targetPortal":{"type":"string"}},"required":["targetPortal","iqn","lun"],"type":"object"},"io.k8s.api.core.v1.ISCSIVolumeSource":{"properties":{"chapAuthDiscovery":{"nullable":true,"type":"boolean"},"chapAuthSession":{"nullable":true,"type":"boolean"},"fsType":{"nullable":true,"type":"string"},"initiatorName":{"nullable":true,"type":"string"},"iqn":{"type":"string"},"iscsiInterface":{"nullable":true,"type":"string"},"lun":{"format":"int32","type":"integer"},"portals":{"items":{"type":"string"},"nullable":true,"type":"array"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]},"targetPortal":{"type":"string"}},"required":["targetPortal","iqn","lun"],"type":"object"},"io.k8s.api.core.v1.KeyToPath":{"properties":{"key":{"type":"string"},"mode":{"format":"int32","nullable":true,"type":"integer"},"path":{"type":"string"}},"required":["key","path"],"type":"object"},"io.k8s.api.core.v1.Lifecycle":{"properties":{"postStart":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LifecycleHandler#"},{"type":"null"}]},"preStop":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LifecycleHandler#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.LifecycleHandler":{"properties":{"exec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ExecAction#"},{"type":"null"}]},"httpGet":{"oneOf":[{"$ref":"io.k8s.api.core.v1.HTTPGetAction#"},{"type":"null"}]},"tcpSocket":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TCPSocketAction#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.LimitRange":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["LimitRange"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LimitRangeSpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.LimitRangeItem":{"properties":{"default":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"defaultRequest":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"max":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"maxLimitRequestRatio":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"min":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.core.v1.LimitRangeList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.LimitRange#"},"type":"array"},"kind":{"enum":["LimitRangeList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.LimitRangeSpec":{"properties":{"limits":{"items":{"$ref":"io.k8s.api.core.v1.LimitRangeItem#"},"type":"array"}},"required":["limits"],"type":"object"},"io.k8s.api.core.v1.LoadBalancerIngress":{"properties":{"hostname":{"nullable":true,"type":"string"},"ip":{"nullable":true,"type":"string"},"ports":{"items":{"$ref":"io.k8s.api.core.v1.PortStatus#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.LoadBalancerStatus":{"properties":{"ingress":{"items":{"$ref":"io.k8s.api.core.v1.LoadBalancerIngress#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.LocalObjectReference":{"properties":{"name":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.LocalVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"path":{"type":"string"}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.NFSVolumeSource":{"properties":{"path":{"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"server":{"type":"string"}},"required":["server","path"],"type":"object"},"io.k8s.api.core.v1.Namespace":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["Namespace"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NamespaceSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NamespaceStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.NamespaceCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.NamespaceList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Namespace#"},"type":"array"},"kind":{"enum":["NamespaceList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.NamespaceSpec":{"properties":{"finalizers":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.NamespaceStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.core.v1.NamespaceCondition#"},"nullable":true,"type":"array"},"phase":{"enum":["Active","Terminating"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.Node":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["Node"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.NodeAddress":{"properties":{"address":{"type":"string"},"type":{"type":"string"}},"required":["type","address"],"type":"object"},"io.k8s.api.core.v1.NodeAffinity":{"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"io.k8s.api.core.v1.PreferredSchedulingTerm#"},"nullable":true,"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeSelector#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.NodeCondition":{"properties":{"lastHeartbeatTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.NodeConfigSource":{"properties":{"configMap":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ConfigMapNodeConfigSource#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.NodeConfigStatus":{"properties":{"active":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeConfigSource#"},{"type":"null"}]},"assigned":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeConfigSource#"},{"type":"null"}]},"error":{"nullable":true,"type":"string"},"lastKnownGood":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeConfigSource#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.NodeDaemonEndpoints":{"properties":{"kubeletEndpoint":{"oneOf":[{"$ref":"io.k8s.api.core.v1.DaemonEndpoint#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.NodeList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Node#"},"type":"array"},"kind":{"enum":["NodeList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.NodeSelector":{"properties":{"nodeSelectorTerms":{"items":{"$ref":"io.k8s.api.core.v1.NodeSelectorTerm#"},"type":"array"}},"required":["nodeSelectorTerms"],"type":"object"},"io.k8s.api.core.v1.NodeSelectorRequirement":{"properties":{"key":{"type":"string"},"operator":{"enum":["DoesNotExist","Exists","Gt","In","Lt","NotIn"],"type":"string"},"values":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["key","operator"],"type":"object"},"io.k8s.api.core.v1.NodeSelectorTerm":{"properties":{"matchExpressions":{"items":{"$ref":"io.k8s.api.core.v1.NodeSelectorRequirement#"},"nullable":true,"type":"array"},"matchFields":{"items":{"$ref":"io.k8s.api.core.v1.NodeSelectorRequirement#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.NodeSpec":{"properties":{"configSource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeConfigSource#"},{"type":"null"}]},"externalID":{"nullable":true,"type":"string"},"podCIDR":{"nullable":true,"type":"string"},"podCIDRs":{"items":{"type":"string"},"nullable":true,"type":"array"},"providerID":{"nullable":true,"type":"string"},"taints":{"items":{"$ref":"io.k8s.api.core.v1.Taint#"},"nullable":true,"type":"array"},"unschedulable":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.NodeStatus":{"properties":{"addresses":{"items":{"$ref":"io.k8s.api.core.v1.NodeAddress#"},"nullable":true,"type":"array"},"allocatable":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"capacity":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"conditions":{"items":{"$ref":"io.k8s.api.core.v1.NodeCondition#"},"nullable":true,"type":"array"},"config":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeConfigStatus#"},{"type":"null"}]},"daemonEndpoints":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeDaemonEndpoints#"},{"type":"null"}]},"images":{"items":{"$ref":"io.k8s.api.core.v1.ContainerImage#"},"nullable":true,"type":"array"},"nodeInfo":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeSystemInfo#"},{"type":"null"}]},"phase":{"enum":["Pending","Running","Terminated"],"nullable":true,"type":"string"},"volumesAttached":{"items":{"$ref":"io.k8s.api.core.v1.AttachedVolume#"},"nullable":true,"type":"array"},"volumesInUse":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.NodeSystemInfo":{"properties":{"architecture":{"type":"string"},"bootID":{"type":"string"},"containerRuntimeVersion":{"type":"string"},"kernelVersion":{"type":"string"},"kubeProxyVersion":{"type":"string"},"kubeletVersion":{"type":"string"},"machineID":{"type":"string"},"operatingSystem":{"type":"string"},"osImage":{"type":"string"},"systemUUID":{"type":"string"}},"required":["machineID","systemUUID","bootID","kernelVersion","osImage","containerRuntimeVersion","kubeletVersion","kubeProxyVersion","operatingSystem","architecture"],"type":"object"},"io.k8s.api.core.v1.ObjectFieldSelector":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"fieldPath":{"type":"string"}},"required":["fieldPath"],"type":"object"},"io.k8s.api.core.v1.ObjectReference":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"fieldPath":{"nullable":true,"type":"string"},"kind":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"},"resourceVersion":{"nullable":true,"type":"string"},"uid":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.PersistentVolume":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["PersistentVolume"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaim":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["PersistentVolumeClaim"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimCondition":{"properties":{"lastProbeTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaim#"},"type":"array"},"kind":{"enum":["PersistentVolumeClaimList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimSpec":{"properties":{"accessModes":{"items":{"type":"string"},"nullable":true,"type":"array"},"dataSource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TypedLocalObjectReference#"},{"type":"null"}]},"dataSourceRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TypedObjectReference#"},{"type":"null"}]},"resources":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceRequirements#"},{"type":"null"}]},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"storageClassName":{"nullable":true,"type":"string"},"volumeMode":{"enum":["Block","Filesystem"],"nullable":true,"type":"string"},"volumeName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimStatus":{"properties":{"accessModes":{"items":{"type":"string"},"nullable":true,"type":"array"},"allocatedResources":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"capacity":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"conditions":{"items":{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimCondition#"},"nullable":true,"type":"array"},"phase":{"enum":["Bound","Lost","Pending"],"nullable":true,"type":"string"},"resizeStatus":{"enum":["","ControllerExpansionFailed","ControllerExpansionInProgress","NodeExpansionFailed","NodeExpansionInProgress","NodeExpansionPending"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimTemplate":{"properties":{"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimSpec#"}},"required":["spec"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource":{"properties":{"claimName":{"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"required":["claimName"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.PersistentVolume#"},"type":"array"},"kind":{"enum":["PersistentVolumeList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PersistentVolumeSpec":{"properties":{"accessModes":{"items":{"type":"string"},"nullable":true,"type":"array"},"awsElasticBlockStore":{"oneOf":[{"$ref":"io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource#"},{"type":"null"}]},"azureDisk":{"oneOf":[{"$ref":"io.k8s.api.core.v1.AzureDiskVolumeSource#"},{"type":"null"}]},"azureFile":{"oneOf":[{"$ref":"io.k8s.api.core.v1.AzureFilePersistentVolumeSource#"},{"type":"null"}]},"capacity":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"cephfs":{"oneOf":[{"$ref":"io.k8s.api.core.v1.CephFSPersistentVolumeSource#"},{"type":"null"}]},"cinder":{"oneOf":[{"$ref":"io.k8s.api.core.v1.CinderPersistentVolumeSource#"},{"type":"null"}]},"claimRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"csi":{"oneOf":[{"$ref":"io.k8s.api.core.v1.CSIPersistentVolumeSource#"},{"type":"null"}]},"fc":{"oneOf":[{"$ref":"io.k8s.api.core.v1.FCVolumeSource#"},{"type":"null"}]},"flexVolume":{"oneOf":[{"$ref":"io.k8s.api.core.v1.FlexPersistentVolumeSource#"},{"type":"null"}]},"flocker":{"oneOf":[{"$ref":"io.k8s.api.core.v1.FlockerVolumeSource#"},{"type":"null"}]},"gcePersistentDisk":{"oneOf":[{"$ref":"io.k8s.api.core.v1.GCEPersistentDiskVolumeSource#"},{"type":"null"}]},"glusterfs":{"oneOf":[{"$ref":"io.k8s.api.core.v1.GlusterfsPersistentVolumeSource#"},{"type":"null"}]},"hostPath":{"oneOf":[{"$ref":"io.k8s.api.core.v1.HostPathVolumeSource#"},{"type":"null"}]},"iscsi":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ISCSIPersistentVolumeSource#"},{"type":"null"}]},"local":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalVolumeSource#"},{"type":"null"}]},"mountOptions":{"items":{"type":"string"},"nullable":true,"type":"array"},"nfs":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NFSVolumeSource#"},{"type":"null"}]},"nodeAffinity":{"oneOf":[{"$ref":"io.k8s.api.core.v1.VolumeNodeAffinity#"},{"type":"null"}]},"persistentVolumeReclaimPolicy":{"enum":["Delete","Recycle","Retain"],"nullable":true,"type":"string"},"photonPersistentDisk":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource#"},{"type":"null"}]},"portworxVolume":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PortworxVolumeSource#"},{"type":"null"}]},"quobyte":{"oneOf":[{"$ref":"io.k8s.api.core.v1.QuobyteVolumeSource#"},{"type":"null"}]},"rbd":{"oneOf":[{"$ref":"io.k8s.api.core.v1.RBDPersistentVolumeSource#"},{"type":"null"}]},"scaleIO":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ScaleIOPersistentVolumeSource#"},{"type":"null"}]},"storageClassName":{"nullable":true,"type":"string"},"storageos":{"oneOf":[{"$ref":"io.k8s.api.core.v1.StorageOSPersistentVolumeSource#"},{"type":"null"}]},"volumeMode":{"enum":["Block","Filesystem"],"nullable":true,"type":"string"},"vsphereVolume":{"oneOf":[{"$ref":"io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.PersistentVolumeStatus":{"properties":{"message":{"nullable":true,"type":"string"},"phase":{"enum":["Available","Bound","Failed","Pending","Released"],"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"pdID":{"type":"string"}},"required":["pdID"],"type":"object"},"io.k8s.api.core.v1.Pod":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["Pod"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PodAffinity":{"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"io.k8s.api.core.v1.WeightedPodAffinityTerm#"},"nullable":true,"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"io.k8s.api.core.v1.PodAffinityTerm#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.PodAffinityTerm":{"properties":{"labelSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"namespaces":{"items":{"type":"string"},"nullable":true,"type":"array"},"topologyKey":{"type":"string"}},"required":["topologyKey"],"type":"object"},"io.k8s.api.core.v1.PodAntiAffinity":{"properties":{"preferredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"io.k8s.api.core.v1.WeightedPodAffinityTerm#"},"nullable":true,"type":"array"},"requiredDuringSchedulingIgnoredDuringExecution":{"items":{"$ref":"io.k8s.api.core.v1.PodAffinityTerm#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.PodCondition":{"properties":{"lastProbeTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.PodDNSConfig":{"properties":{"nameservers":{"items":{"type":"string"},"nullable":true,"type":"array"},"options":{"items":{"$ref":"io.k8s.api.core.v1.PodDNSConfigOption#"},"nullable":true,"type":"array"},"searches":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.PodDNSConfigOption":{"properties":{"name":{"nullable":true,"type":"string"},"value":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.PodIP":{"properties":{"ip":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.PodList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Pod#"},"type":"array"},"kind":{"enum":["PodList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PodOS":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodReadinessGate":{"properties":{"conditionType":{"type":"string"}},"required":["conditionType"],"type":"object"},"io.k8s.api.core.v1.PodResourceClaim":{"properties":{"name":{"type":"string"},"source":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ClaimSource#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodSchedulingGate":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.PodSecurityContext":{"properties":{"fsGroup":{"format":"int64","nullable":true,"type":"integer"},"fsGroupChangePolicy":{"enum":["Always","OnRootMismatch"],"nullable":true,"type":"string"},"runAsGroup":{"format":"int64","nullable":true,"type":"integer"},"runAsNonRoot":{"nullable":true,"type":"boolean"},"runAsUser":{"format":"int64","nullable":true,"type":"integer"},"seLinuxOptions":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SELinuxOptions#"},{"type":"null"}]},"seccompProfile":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SeccompProfile#"},{"type":"null"}]},"supplementalGroups":{"items":{"format":"int64","type":"integer"},"nullable":true,"type":"array"},"sysctls":{"items":{"$ref":"io.k8s.api.core.v1.Sysctl#"},"nullable":true,"type":"array"},"windowsOptions":{"oneOf":[{"$ref":"io.k8s.api.core.v1.WindowsSecurityContextOptions#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.PodSpec":{"properties":{"activeDeadlineSeconds":{"format":"int64","nullable":true,"type":"integer"},"affinity":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Affinity#"},{"type":"null"}]},"automountServiceAccountToken":{"nullable":true,"type":"boolean"},"containers":{"items":{"$ref":"io.k8s.api.core.v1.Container#"},"type":"array"},"dnsConfig":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodDNSConfig#"},{"type":"null"}]},"dnsPolicy":{"enum":["ClusterFirst","ClusterFirstWithHostNet","Default","None"],"nullable":true,"type":"string"},"enableServiceLinks":{"nullable":true,"type":"boolean"},"ephemeralContainers":{"items":{"$ref":"io.k8s.api.core.v1.EphemeralContainer#"},"nullable":true,"type":"array"},"hostAliases":{"items":{"$ref":"io.k8s.api.core.v1.HostAlias#"},"nullable":true,"type":"array"},"hostIPC":{"nullable":true,"type":"boolean"},"hostNetwork":{"nullable":true,"type":"boolean"},"hostPID":{"nullable":true,"type":"boolean"},"hostUsers":{"nullable":true,"type":"boolean"},"hostname":{"nullable":true,"type":"string"},"imagePullSecrets":{"items":{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},"nullable":true,"type":"array"},"initContainers":{"items":{"$ref":"io.k8s.api.core.v1.Container#"},"nullable":true,"type":"array"},"nodeName":{"nullable":true,"type":"string"},"nodeSelector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"os":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodOS#"},{"type":"null"}]},"overhead":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"preemptionPolicy":{"enum":["Never","PreemptLowerPriority"],"nullable":true,"type":"string"},"priority":{"format":"int32","nullable":true,"type":"integer"},"priorityClassName":{"nullable":true,"type":"string"},"readinessGates":{"items":{"$ref":"io.k8s.api.core.v1.PodReadinessGate#"},"nullable":true,"type":"array"},"resourceClaims":{"items":{"$ref":"io.k8s.api.core.v1.PodResourceClaim#"},"nullable":true,"type":"array"},"restartPolicy":{"enum":["Always","Never","OnFailure"],"nullable":true,"type":"string"},"runtimeClassName":{"nullable":true,"type":"string"},"schedulerName":{"nullable":true,"type":"string"},"schedulingGates":{"items":{"$ref":"io.k8s.api.core.v1.PodSchedulingGate#"},"nullable":true,"type":"array"},"securityContext":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodSecurityContext#"},{"type":"null"}]},"serviceAccount":{"nullable":true,"type":"string"},"serviceAccountName":{"nullable":true,"type":"string"},"setHostnameAsFQDN":{"nullable":true,"type":"boolean"},"shareProcessNamespace":{"nullable":true,"type":"boolean"},"subdomain":{"nullable":true,"type":"string"},"terminationGracePeriodSeconds":{"format":"int64","nullable":true,"type":"integer"},"tolerations":{"items":{"$ref":"io.k8s.api.core.v1.Toleration#"},"nullable":true,"type":"array"},"topologySpreadConstraints":{"items":{"$ref":"io.k8s.api.core.v1.TopologySpreadConstraint#"},"nullable":true,"type":"array"},"volumes":{"items":{"$ref":"io.k8s.api.core.v1.Volume#"},"nullable":true,"type":"array"}},"required":["containers"],"type":"object"},"io.k8s.api.core.v1.PodStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.core.v1.PodCondition#"},"nullable":true,"type":"array"},"containerStatuses":{"items":{"$ref":"io.k8s.api.core.v1.ContainerStatus#"},"nullable":true,"type":"array"},"ephemeralContainerStatuses":{"items":{"$ref":"io.k8s.api.core.v1.ContainerStatus#"},"nullable":true,"type":"array"},"hostIP":{"nullable":true,"type":"string"},"initContainerStatuses":{"items":{"$ref":"io.k8s.api.core.v1.ContainerStatus#"},"nullable":true,"type":"array"},"message":{"nullable":true,"type":"string"},"nominatedNodeName":{"nullable":true,"type":"string"},"phase":{"enum":["Failed","Pending","Running","Succeeded","Unknown"],"nullable":true,"type":"string"},"podIP":{"nullable":true,"type":"string"},"podIPs":{"items":{"$ref":"io.k8s.api.core.v1.PodIP#"},"nullable":true,"type":"array"},"qosClass":{"enum":["BestEffort","Burstable","Guaranteed"],"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"resize":{"nullable":true,"type":"string"},"startTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.PodTemplate":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["PodTemplate"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"template":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PodTemplateList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.PodTemplate#"},"type":"array"},"kind":{"enum":["PodTemplateList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.PodTemplateSpec":{"properties":{"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodSpec#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.PortStatus":{"properties":{"error":{"nullable":true,"type":"string"},"port":{"format":"int32","type":"integer"},"protocol":{"enum":["SCTP","TCP","UDP"],"type":"string"}},"required":["port","protocol"],"type":"object"},"io.k8s.api.core.v1.PortworxVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"volumeID":{"type":"string"}},"required":["volumeID"],"type":"object"},"io.k8s.api.core.v1.PreferredSchedulingTerm":{"properties":{"preference":{"$ref":"io.k8s.api.core.v1.NodeSelectorTerm#"},"weight":{"format":"int32","type":"integer"}},"required":["weight","preference"],"type":"object"},"io.k8s.api.core.v1.Probe":{"properties":{"exec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ExecAction#"},{"type":"null"}]},"failureThreshold":{"format":"int32","nullable":true,"type":"integer"},"grpc":{"oneOf":[{"$ref":"io.k8s.api.core.v1.GRPCAction#"},{"type":"null"}]},"httpGet":{"oneOf":[{"$ref":"io.k8s.api.core.v1.HTTPGetAction#"},{"type":"null"}]},"initialDelaySeconds":{"format":"int32","nullable":true,"type":"integer"},"periodSeconds":{"format":"int32","nullable":true,"type":"integer"},"successThreshold":{"format":"int32","nullable":true,"type":"integer"},"tcpSocket":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TCPSocketAction#"},{"type":"null"}]},"terminationGracePeriodSeconds":{"format":"int64","nullable":true,"type":"integer"},"timeoutSeconds":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.core.v1.ProjectedVolumeSource":{"properties":{"defaultMode":{"format":"int32","nullable":true,"type":"integer"},"sources":{"items":{"$ref":"io.k8s.api.core.v1.VolumeProjection#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.QuobyteVolumeSource":{"properties":{"group":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"registry":{"type":"string"},"tenant":{"nullable":true,"type":"string"},"user":{"nullable":true,"type":"string"},"volume":{"type":"string"}},"required":["registry","volume"],"type":"object"},"io.k8s.api.core.v1.RBDPersistentVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"image":{"type":"string"},"keyring":{"nullable":true,"type":"string"},"monitors":{"items":{"type":"string"},"type":"array"},"pool":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretReference#"},{"type":"null"}]},"user":{"nullable":true,"type":"string"}},"required":["monitors","image"],"type":"object"},"io.k8s.api.core.v1.RBDVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"image":{"type":"string"},"keyring":{"nullable":true,"type":"string"},"monitors":{"items":{"type":"string"},"type":"array"},"pool":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]},"user":{"nullable":true,"type":"string"}},"required":["monitors","image"],"type":"object"},"io.k8s.api.core.v1.ReplicationController":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["ReplicationController"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ReplicationControllerSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ReplicationControllerStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ReplicationControllerCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.core.v1.ReplicationControllerList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.ReplicationController#"},"type":"array"},"kind":{"enum":["ReplicationControllerList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ReplicationControllerSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"selector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"template":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.ReplicationControllerStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.core.v1.ReplicationControllerCondition#"},"nullable":true,"type":"array"},"fullyLabeledReplicas":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.core.v1.ResourceClaim":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.ResourceFieldSelector":{"properties":{"containerName":{"nullable":true,"type":"string"},"divisor":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"resource":{"type":"string"}},"required":["resource"],"type":"object"},"io.k8s.api.core.v1.ResourceQuota":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["ResourceQuota"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceQuotaSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ResourceQuotaStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ResourceQuotaList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.ResourceQuota#"},"type":"array"},"kind":{"enum":["ResourceQuotaList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ResourceQuotaSpec":{"properties":{"hard":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"scopeSelector":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ScopeSelector#"},{"type":"null"}]},"scopes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.ResourceQuotaStatus":{"properties":{"hard":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"used":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"}},"type":"object"},"io.k8s.api.core.v1.ResourceRequirements":{"properties":{"claims":{"items":{"$ref":"io.k8s.api.core.v1.ResourceClaim#"},"nullable":true,"type":"array"},"limits":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"},"requests":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"}},"type":"object"},"io.k8s.api.core.v1.SELinuxOptions":{"properties":{"level":{"nullable":true,"type":"string"},"role":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"},"user":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.ScaleIOPersistentVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"gateway":{"type":"string"},"protectionDomain":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"$ref":"io.k8s.api.core.v1.SecretReference#"},"sslEnabled":{"nullable":true,"type":"boolean"},"storageMode":{"nullable":true,"type":"string"},"storagePool":{"nullable":true,"type":"string"},"system":{"type":"string"},"volumeName":{"nullable":true,"type":"string"}},"required":["gateway","system","secretRef"],"type":"object"},"io.k8s.api.core.v1.ScaleIOVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"gateway":{"type":"string"},"protectionDomain":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},"sslEnabled":{"nullable":true,"type":"boolean"},"storageMode":{"nullable":true,"type":"string"},"storagePool":{"nullable":true,"type":"string"},"system":{"type":"string"},"volumeName":{"nullable":true,"type":"string"}},"required":["gateway","system","secretRef"],"type":"object"},"io.k8s.api.core.v1.ScopeSelector":{"properties":{"matchExpressions":{"items":{"$ref":"io.k8s.api.core.v1.ScopedResourceSelectorRequirement#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.ScopedResourceSelectorRequirement":{"properties":{"operator":{"enum":["DoesNotExist","Exists","In","NotIn"],"type":"string"},"scopeName":{"enum":["BestEffort","CrossNamespacePodAffinity","NotBestEffort","NotTerminating","PriorityClass","Terminating"],"type":"string"},"values":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["scopeName","operator"],"type":"object"},"io.k8s.api.core.v1.SeccompProfile":{"properties":{"localhostProfile":{"nullable":true,"type":"string"},"type":{"enum":["Localhost","RuntimeDefault","Unconfined"],"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.core.v1.Secret":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"data":{"additionalProperties":{"format":"byte","type":"string"},"nullable":true,"type":"object"},"immutable":{"nullable":true,"type":"boolean"},"kind":{"enum":["Secret"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"stringData":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"type":{"nullable":true,"type":"string"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.SecretEnvSource":{"properties":{"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.SecretKeySelector":{"properties":{"key":{"type":"string"},"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"required":["key"],"type":"object"},"io.k8s.api.core.v1.SecretList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Secret#"},"type":"array"},"kind":{"enum":["SecretList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.SecretProjection":{"properties":{"items":{"items":{"$ref":"io.k8s.api.core.v1.KeyToPath#"},"nullable":true,"type":"array"},"name":{"nullable":true,"type":"string"},"optional":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.core.v1.SecretReference":{"properties":{"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.SecretVolumeSource":{"properties":{"defaultMode":{"format":"int32","nullable":true,"type":"integer"},"items":{"items":{"$ref":"io.k8s.api.core.v1.KeyToPath#"},"nullable":true,"type":"array"},"optional":{"nullable":true,"type":"boolean"},"secretName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.SecurityContext":{"properties":{"allowPrivilegeEscalation":{"nullable":true,"type":"boolean"},"capabilities":{"oneOf":[{"$ref":"io.k8s.api.core.v1.Capabilities#"},{"type":"null"}]},"privileged":{"nullable":true,"type":"boolean"},"procMount":{"enum":["Default","Unmasked"],"nullable":true,"type":"string"},"readOnlyRootFilesystem":{"nullable":true,"type":"boolean"},"runAsGroup":{"format":"int64","nullable":true,"type":"integer"},"runAsNonRoot":{"nullable":true,"type":"boolean"},"runAsUser":{"format":"int64","nullable":true,"type":"integer"},"seLinuxOptions":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SELinuxOptions#"},{"type":"null"}]},"seccompProfile":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SeccompProfile#"},{"type":"null"}]},"windowsOptions":{"oneOf":[{"$ref":"io.k8s.api.core.v1.WindowsSecurityContextOptions#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.Service":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"kind":{"enum":["Service"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ServiceSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ServiceStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ServiceAccount":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"automountServiceAccountToken":{"nullable":true,"type":"boolean"},"imagePullSecrets":{"items":{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},"nullable":true,"type":"array"},"kind":{"enum":["ServiceAccount"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"secrets":{"items":{"$ref":"io.k8s.api.core.v1.ObjectReference#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ServiceAccountList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.ServiceAccount#"},"type":"array"},"kind":{"enum":["ServiceAccountList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ServiceAccountTokenProjection":{"properties":{"audience":{"nullable":true,"type":"string"},"expirationSeconds":{"format":"int64","nullable":true,"type":"integer"},"path":{"type":"string"}},"required":["path"],"type":"object"},"io.k8s.api.core.v1.ServiceList":{"properties":{"apiVersion":{"enum":["v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.core.v1.Service#"},"type":"array"},"kind":{"enum":["ServiceList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.core.v1.ServicePort":{"properties":{"appProtocol":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"nodePort":{"format":"int32","nullable":true,"type":"integer"},"port":{"format":"int32","type":"integer"},"protocol":{"enum":["SCTP","TCP","UDP"],"nullable":true,"type":"string"},"targetPort":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.ServiceSpec":{"properties":{"allocateLoadBalancerNodePorts":{"nullable":true,"type":"boolean"},"clusterIP":{"nullable":true,"type":"string"},"clusterIPs":{"items":{"type":"string"},"nullable":true,"type":"array"},"externalIPs":{"items":{"type":"string"},"nullable":true,"type":"array"},"externalName":{"nullable":true,"type":"string"},"externalTrafficPolicy":{"enum":["Cluster","Local"],"nullable":true,"type":"string"},"healthCheckNodePort":{"format":"int32","nullable":true,"type":"integer"},"internalTrafficPolicy":{"enum":["Cluster","Local"],"nullable":true,"type":"string"},"ipFamilies":{"items":{"type":"string"},"nullable":true,"type":"array"},"ipFamilyPolicy":{"enum":["PreferDualStack","RequireDualStack","SingleStack"],"nullable":true,"type":"string"},"loadBalancerClass":{"nullable":true,"type":"string"},"loadBalancerIP":{"nullable":true,"type":"string"},"loadBalancerSourceRanges":{"items":{"type":"string"},"nullable":true,"type":"array"},"ports":{"items":{"$ref":"io.k8s.api.core.v1.ServicePort#"},"nullable":true,"type":"array"},"publishNotReadyAddresses":{"nullable":true,"type":"boolean"},"selector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"sessionAffinity":{"enum":["ClientIP","None"],"nullable":true,"type":"string"},"sessionAffinityConfig":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SessionAffinityConfig#"},{"type":"null"}]},"type":{"enum":["ClusterIP","ExternalName","LoadBalancer","NodePort"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.ServiceStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Condition#"},"nullable":true,"type":"array"},"loadBalancer":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LoadBalancerStatus#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.SessionAffinityConfig":{"properties":{"clientIP":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ClientIPConfig#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.StorageOSPersistentVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"volumeName":{"nullable":true,"type":"string"},"volumeNamespace":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.StorageOSVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"secretRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LocalObjectReference#"},{"type":"null"}]},"volumeName":{"nullable":true,"type":"string"},"volumeNamespace":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.Sysctl":{"properties":{"name":{"type":"string"},"value":{"type":"string"}},"required":["name","value"],"type":"object"},"io.k8s.api.core.v1.TCPSocketAction":{"properties":{"host":{"nullable":true,"type":"string"},"port":{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"}},"required":["port"],"type":"object"},"io.k8s.api.core.v1.Taint":{"properties":{"effect":{"enum":["NoExecute","NoSchedule","PreferNoSchedule"],"type":"string"},"key":{"type":"string"},"timeAdded":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"value":{"nullable":true,"type":"string"}},"required":["key","effect"],"type":"object"},"io.k8s.api.core.v1.Toleration":{"properties":{"effect":{"enum":["NoExecute","NoSchedule","PreferNoSchedule"],"nullable":true,"type":"string"},"key":{"nullable":true,"type":"string"},"operator":{"enum":["Equal","Exists"],"nullable":true,"type":"string"},"tolerationSeconds":{"format":"int64","nullable":true,"type":"integer"},"value":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.core.v1.TopologySelectorLabelRequirement":{"properties":{"key":{"type":"string"},"values":{"items":{"type":"string"},"type":"array"}},"required":["key","values"],"type":"object"},"io.k8s.api.core.v1.TopologySelectorTerm":{"properties":{"matchLabelExpressions":{"items":{"$ref":"io.k8s.api.core.v1.TopologySelectorLabelRequirement#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.core.v1.TopologySpreadConstraint":{"properties":{"labelSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"matchLabelKeys":{"items":{"type":"string"},"nullable":true,"type":"array"},"maxSkew":{"format":"int32","type":"integer"},"minDomains":{"format":"int32","nullable":true,"type":"integer"},"nodeAffinityPolicy":{"enum":["Honor","Ignore"],"nullable":true,"type":"string"},"nodeTaintsPolicy":{"enum":["Honor","Ignore"],"nullable":true,"type":"string"},"topologyKey":{"type":"string"},"whenUnsatisfiable":{"enum":["DoNotSchedule","ScheduleAnyway"],"type":"string"}},"required":["maxSkew","topologyKey","whenUnsatisfiable"],"type":"object"},"io.k8s.api.core.v1.TypedLocalObjectReference":{"properties":{"apiGroup":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.core.v1.TypedObjectReference":{"properties":{"apiGroup":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"nullable":true,"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.core.v1.Volume":{"properties":{"awsElasticBlockStore":{"oneOf":[{"$ref":"io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource#"},{"type":"null"}]},"azureDisk":{"oneOf":[{"$ref":"io.k8s.api.core.v1.AzureDiskVolumeSource#"},{"type":"null"}]},"azureFile":{"oneOf":[{"$ref":"io.k8s.api.core.v1.AzureFileVolumeSource#"},{"type":"null"}]},"cephfs":{"oneOf":[{"$ref":"io.k8s.api.core.v1.CephFSVolumeSource#"},{"type":"null"}]},"cinder":{"oneOf":[{"$ref":"io.k8s.api.core.v1.CinderVolumeSource#"},{"type":"null"}]},"configMap":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ConfigMapVolumeSource#"},{"type":"null"}]},"csi":{"oneOf":[{"$ref":"io.k8s.api.core.v1.CSIVolumeSource#"},{"type":"null"}]},"downwardAPI":{"oneOf":[{"$ref":"io.k8s.api.core.v1.DownwardAPIVolumeSource#"},{"type":"null"}]},"emptyDir":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EmptyDirVolumeSource#"},{"type":"null"}]},"ephemeral":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EphemeralVolumeSource#"},{"type":"null"}]},"fc":{"oneOf":[{"$ref":"io.k8s.api.core.v1.FCVolumeSource#"},{"type":"null"}]},"flexVolume":{"oneOf":[{"$ref":"io.k8s.api.core.v1.FlexVolumeSource#"},{"type":"null"}]},"flocker":{"oneOf":[{"$ref":"io.k8s.api.core.v1.FlockerVolumeSource#"},{"type":"null"}]},"gcePersistentDisk":{"oneOf":[{"$ref":"io.k8s.api.core.v1.GCEPersistentDiskVolumeSource#"},{"type":"null"}]},"gitRepo":{"oneOf":[{"$ref":"io.k8s.api.core.v1.GitRepoVolumeSource#"},{"type":"null"}]},"glusterfs":{"oneOf":[{"$ref":"io.k8s.api.core.v1.GlusterfsVolumeSource#"},{"type":"null"}]},"hostPath":{"oneOf":[{"$ref":"io.k8s.api.core.v1.HostPathVolumeSource#"},{"type":"null"}]},"iscsi":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ISCSIVolumeSource#"},{"type":"null"}]},"name":{"type":"string"},"nfs":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NFSVolumeSource#"},{"type":"null"}]},"persistentVolumeClaim":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource#"},{"type":"null"}]},"photonPersistentDisk":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource#"},{"type":"null"}]},"portworxVolume":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PortworxVolumeSource#"},{"type":"null"}]},"projected":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ProjectedVolumeSource#"},{"type":"null"}]},"quobyte":{"oneOf":[{"$ref":"io.k8s.api.core.v1.QuobyteVolumeSource#"},{"type":"null"}]},"rbd":{"oneOf":[{"$ref":"io.k8s.api.core.v1.RBDVolumeSource#"},{"type":"null"}]},"scaleIO":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ScaleIOVolumeSource#"},{"type":"null"}]},"secret":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretVolumeSource#"},{"type":"null"}]},"storageos":{"oneOf":[{"$ref":"io.k8s.api.core.v1.StorageOSVolumeSource#"},{"type":"null"}]},"vsphereVolume":{"oneOf":[{"$ref":"io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.core.v1.VolumeDevice":{"properties":{"devicePath":{"type":"string"},"name":{"type":"string"}},"required":["name","devicePath"],"type":"object"},"io.k8s.api.core.v1.VolumeMount":{"properties":{"mountPath":{"type":"string"},"mountPropagation":{"enum":["Bidirectional","HostToContainer","None"],"nullable":true,"type":"string"},"name":{"type":"string"},"readOnly":{"nullable":true,"type":"boolean"},"subPath":{"nullable":true,"type":"string"},"subPathExpr":{"nullable":true,"type":"string"}},"required":["name","mountPath"],"type":"object"},"io.k8s.api.core.v1.VolumeNodeAffinity":{"properties":{"required":{"oneOf":[{"$ref":"io.k8s.api.core.v1.NodeSelector#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.VolumeProjection":{"properties":{"configMap":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ConfigMapProjection#"},{"type":"null"}]},"downwardAPI":{"oneOf":[{"$ref":"io.k8s.api.core.v1.DownwardAPIProjection#"},{"type":"null"}]},"secret":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SecretProjection#"},{"type":"null"}]},"serviceAccountToken":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ServiceAccountTokenProjection#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource":{"properties":{"fsType":{"nullable":true,"type":"string"},"storagePolicyID":{"nullable":true,"type":"string"},"storagePolicyName":{"nullable":true,"type":"string"},"volumePath":{"type":"string"}},"required":["volumePath"],"type":"object"},"io.k8s.api.core.v1.WeightedPodAffinityTerm":{"properties":{"podAffinityTerm":{"$ref":"io.k8s.api.core.v1.PodAffinityTerm#"},"weight":{"format":"int32","type":"integer"}},"required":["weight","podAffinityTerm"],"type":"object"},"io.k8s.api.core.v1.WindowsSecurityContextOptions":{"properties":{"gmsaCredentialSpec":{"nullable":true,"type":"string"},"gmsaCredentialSpecName":{"nullable":true,"type":"string"},"hostProcess":{"nullable":true,"type":"boolean"},"runAsUserName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.discovery.v1.Endpoint":{"properties":{"addresses":{"items":{"type":"string"},"type":"array"},"conditions":{"oneOf":[{"$ref":"io.k8s.api.discovery.v1.EndpointConditions#"},{"type":"null"}]},"deprecatedTopology":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"hints":{"oneOf":[{"$ref":"io.k8s.api.discovery.v1.EndpointHints#"},{"type":"null"}]},"hostname":{"nullable":true,"type":"string"},"nodeName":{"nullable":true,"type":"string"},"targetRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"zone":{"nullable":true,"type":"string"}},"required":["addresses"],"type":"object"},"io.k8s.api.discovery.v1.EndpointConditions":{"properties":{"ready":{"nullable":true,"type":"boolean"},"serving":{"nullable":true,"type":"boolean"},"terminating":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.discovery.v1.EndpointHints":{"properties":{"forZones":{"items":{"$ref":"io.k8s.api.discovery.v1.ForZone#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.discovery.v1.EndpointPort":{"properties":{"appProtocol":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"},"protocol":{"enum":["SCTP","TCP","UDP"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.discovery.v1.EndpointSlice":{"properties":{"addressType":{"enum":["FQDN","IPv4","IPv6"],"type":"string"},"apiVersion":{"enum":["discovery.k8s.io/v1"],"type":"string"},"endpoints":{"items":{"$ref":"io.k8s.api.discovery.v1.Endpoint#"},"type":"array"},"kind":{"enum":["EndpointSlice"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"ports":{"items":{"$ref":"io.k8s.api.discovery.v1.EndpointPort#"},"nullable":true,"type":"array"}},"required":["addressType","endpoints","apiVersion","kind"],"type":"object"},"io.k8s.api.discovery.v1.EndpointSliceList":{"properties":{"apiVersion":{"enum":["discovery.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.discovery.v1.EndpointSlice#"},"type":"array"},"kind":{"enum":["EndpointSliceList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.discovery.v1.ForZone":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.discovery.v1beta1.Endpoint":{"properties":{"addresses":{"items":{"type":"string"},"type":"array"},"conditions":{"oneOf":[{"$ref":"io.k8s.api.discovery.v1beta1.EndpointConditions#"},{"type":"null"}]},"hints":{"oneOf":[{"$ref":"io.k8s.api.discovery.v1beta1.EndpointHints#"},{"type":"null"}]},"hostname":{"nullable":true,"type":"string"},"nodeName":{"nullable":true,"type":"string"},"targetRef":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"topology":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"}},"required":["addresses"],"type":"object"},"io.k8s.api.discovery.v1beta1.EndpointConditions":{"properties":{"ready":{"nullable":true,"type":"boolean"},"serving":{"nullable":true,"type":"boolean"},"terminating":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.discovery.v1beta1.EndpointHints":{"properties":{"forZones":{"items":{"$ref":"io.k8s.api.discovery.v1beta1.ForZone#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.discovery.v1beta1.EndpointPort":{"properties":{"appProtocol":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"},"protocol":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.discovery.v1beta1.EndpointSlice":{"properties":{"addressType":{"type":"string"},"apiVersion":{"enum":["discovery.k8s.io/v1beta1"],"type":"string"},"endpoints":{"items":{"$ref":"io.k8s.api.discovery.v1beta1.Endpoint#"},"type":"array"},"kind":{"enum":["EndpointSlice"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"ports":{"items":{"$ref":"io.k8s.api.discovery.v1beta1.EndpointPort#"},"nullable":true,"type":"array"}},"required":["addressType","endpoints","apiVersion","kind"],"type":"object"},"io.k8s.api.discovery.v1beta1.EndpointSliceList":{"properties":{"apiVersion":{"enum":["discovery.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.discovery.v1beta1.EndpointSlice#"},"type":"array"},"kind":{"enum":["EndpointSliceList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.discovery.v1beta1.ForZone":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.events.v1.Event":{"properties":{"action":{"nullable":true,"type":"string"},"apiVersion":{"enum":["events.k8s.io/v1"],"type":"string"},"deprecatedCount":{"format":"int32","nullable":true,"type":"integer"},"deprecatedFirstTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"deprecatedLastTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"deprecatedSource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EventSource#"},{"type":"null"}]},"eventTime":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},"kind":{"enum":["Event"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"note":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"regarding":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"related":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"reportingController":{"nullable":true,"type":"string"},"reportingInstance":{"nullable":true,"type":"string"},"series":{"oneOf":[{"$ref":"io.k8s.api.events.v1.EventSeries#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"required":["eventTime","apiVersion","kind"],"type":"object"},"io.k8s.api.events.v1.EventList":{"properties":{"apiVersion":{"enum":["events.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.events.v1.Event#"},"type":"array"},"kind":{"enum":["EventList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.events.v1.EventSeries":{"properties":{"count":{"format":"int32","type":"integer"},"lastObservedTime":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"}},"required":["count","lastObservedTime"],"type":"object"},"io.k8s.api.events.v1beta1.Event":{"properties":{"action":{"nullable":true,"type":"string"},"apiVersion":{"enum":["events.k8s.io/v1beta1"],"type":"string"},"deprecatedCount":{"format":"int32","nullable":true,"type":"integer"},"deprecatedFirstTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"deprecatedLastTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"deprecatedSource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.EventSource#"},{"type":"null"}]},"eventTime":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"},"kind":{"enum":["Event"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"note":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"regarding":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"related":{"oneOf":[{"$ref":"io.k8s.api.core.v1.ObjectReference#"},{"type":"null"}]},"reportingController":{"nullable":true,"type":"string"},"reportingInstance":{"nullable":true,"type":"string"},"series":{"oneOf":[{"$ref":"io.k8s.api.events.v1beta1.EventSeries#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"required":["eventTime","apiVersion","kind"],"type":"object"},"io.k8s.api.events.v1beta1.EventList":{"properties":{"apiVersion":{"enum":["events.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.events.v1beta1.Event#"},"type":"array"},"kind":{"enum":["EventList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.events.v1beta1.EventSeries":{"properties":{"count":{"format":"int32","type":"integer"},"lastObservedTime":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime#"}},"required":["count","lastObservedTime"],"type":"object"},"io.k8s.api.extensions.v1beta1.AllowedCSIDriver":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.extensions.v1beta1.AllowedFlexVolume":{"properties":{"driver":{"type":"string"}},"required":["driver"],"type":"object"},"io.k8s.api.extensions.v1beta1.AllowedHostPath":{"properties":{"pathPrefix":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.extensions.v1beta1.DaemonSet":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["DaemonSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.DaemonSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.DaemonSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.DaemonSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.extensions.v1beta1.DaemonSetList":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.DaemonSet#"},"type":"array"},"kind":{"enum":["DaemonSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.DaemonSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},"templateGeneration":{"format":"int64","nullable":true,"type":"integer"},"updateStrategy":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.DaemonSetUpdateStrategy#"},{"type":"null"}]}},"required":["template"],"type":"object"},"io.k8s.api.extensions.v1beta1.DaemonSetStatus":{"properties":{"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.DaemonSetCondition#"},"nullable":true,"type":"array"},"currentNumberScheduled":{"format":"int32","type":"integer"},"desiredNumberScheduled":{"format":"int32","type":"integer"},"numberAvailable":{"format":"int32","nullable":true,"type":"integer"},"numberMisscheduled":{"format":"int32","type":"integer"},"numberReady":{"format":"int32","type":"integer"},"numberUnavailable":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"updatedNumberScheduled":{"format":"int32","nullable":true,"type":"integer"}},"required":["currentNumberScheduled","numberMisscheduled","desiredNumberScheduled","numberReady"],"type":"object"},"io.k8s.api.extensions.v1beta1.DaemonSetUpdateStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.RollingUpdateDaemonSet#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.extensions.v1beta1.Deployment":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["Deployment"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.DeploymentSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.DeploymentStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.DeploymentCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"lastUpdateTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.extensions.v1beta1.DeploymentList":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.Deployment#"},"type":"array"},"kind":{"enum":["DeploymentList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.DeploymentRollback":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["DeploymentRollback"],"type":"string"},"name":{"type":"string"},"rollbackTo":{"$ref":"io.k8s.api.extensions.v1beta1.RollbackConfig#"},"updatedAnnotations":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"}},"required":["name","rollbackTo","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.DeploymentSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"paused":{"nullable":true,"type":"boolean"},"progressDeadlineSeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"revisionHistoryLimit":{"format":"int32","nullable":true,"type":"integer"},"rollbackTo":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.RollbackConfig#"},{"type":"null"}]},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"strategy":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.DeploymentStrategy#"},{"type":"null"}]},"template":{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"}},"required":["template"],"type":"object"},"io.k8s.api.extensions.v1beta1.DeploymentStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"collisionCount":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.DeploymentCondition#"},"nullable":true,"type":"array"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"unavailableReplicas":{"format":"int32","nullable":true,"type":"integer"},"updatedReplicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.extensions.v1beta1.DeploymentStrategy":{"properties":{"rollingUpdate":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.RollingUpdateDeployment#"},{"type":"null"}]},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.extensions.v1beta1.FSGroupStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.extensions.v1beta1.HTTPIngressPath":{"properties":{"backend":{"$ref":"io.k8s.api.extensions.v1beta1.IngressBackend#"},"path":{"nullable":true,"type":"string"},"pathType":{"nullable":true,"type":"string"}},"required":["backend"],"type":"object"},"io.k8s.api.extensions.v1beta1.HTTPIngressRuleValue":{"properties":{"paths":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.HTTPIngressPath#"},"type":"array"}},"required":["paths"],"type":"object"},"io.k8s.api.extensions.v1beta1.HostPortRange":{"properties":{"max":{"format":"int32","type":"integer"},"min":{"format":"int32","type":"integer"}},"required":["min","max"],"type":"object"},"io.k8s.api.extensions.v1beta1.IDRange":{"properties":{"max":{"format":"int64","type":"integer"},"min":{"format":"int64","type":"integer"}},"required":["min","max"],"type":"object"},"io.k8s.api.extensions.v1beta1.IPBlock":{"properties":{"cidr":{"type":"string"},"except":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["cidr"],"type":"object"},"io.k8s.api.extensions.v1beta1.Ingress":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["Ingress"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.IngressSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.IngressStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.IngressBackend":{"properties":{"resource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TypedLocalObjectReference#"},{"type":"null"}]},"serviceName":{"nullable":true,"type":"string"},"servicePort":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.IngressList":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.Ingress#"},"type":"array"},"kind":{"enum":["IngressList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.IngressRule":{"properties":{"host":{"nullable":true,"type":"string"},"http":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.HTTPIngressRuleValue#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.IngressSpec":{"properties":{"backend":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.IngressBackend#"},{"type":"null"}]},"ingressClassName":{"nullable":true,"type":"string"},"rules":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.IngressRule#"},"nullable":true,"type":"array"},"tls":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.IngressTLS#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.extensions.v1beta1.IngressStatus":{"properties":{"loadBalancer":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LoadBalancerStatus#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.IngressTLS":{"properties":{"hosts":{"items":{"type":"string"},"nullable":true,"type":"array"},"secretName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicy":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["NetworkPolicy"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicySpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicyEgressRule":{"properties":{"ports":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicyPort#"},"nullable":true,"type":"array"},"to":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicyPeer#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicyIngressRule":{"properties":{"from":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicyPeer#"},"nullable":true,"type":"array"},"ports":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicyPort#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicyList":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicy#"},"type":"array"},"kind":{"enum":["NetworkPolicyList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicyPeer":{"properties":{"ipBlock":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.IPBlock#"},{"type":"null"}]},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"podSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicyPort":{"properties":{"port":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"protocol":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.extensions.v1beta1.NetworkPolicySpec":{"properties":{"egress":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicyEgressRule#"},"nullable":true,"type":"array"},"ingress":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.NetworkPolicyIngressRule#"},"nullable":true,"type":"array"},"podSelector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"policyTypes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["podSelector"],"type":"object"},"io.k8s.api.extensions.v1beta1.PodSecurityPolicy":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["PodSecurityPolicy"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.PodSecurityPolicySpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.PodSecurityPolicyList":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.PodSecurityPolicy#"},"type":"array"},"kind":{"enum":["PodSecurityPolicyList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.PodSecurityPolicySpec":{"properties":{"allowPrivilegeEscalation":{"nullable":true,"type":"boolean"},"allowedCSIDrivers":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.AllowedCSIDriver#"},"nullable":true,"type":"array"},"allowedCapabilities":{"items":{"type":"string"},"nullable":true,"type":"array"},"allowedFlexVolumes":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.AllowedFlexVolume#"},"nullable":true,"type":"array"},"allowedHostPaths":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.AllowedHostPath#"},"nullable":true,"type":"array"},"allowedProcMountTypes":{"items":{"type":"string"},"nullable":true,"type":"array"},"allowedUnsafeSysctls":{"items":{"type":"string"},"nullable":true,"type":"array"},"defaultAddCapabilities":{"items":{"type":"string"},"nullable":true,"type":"array"},"defaultAllowPrivilegeEscalation":{"nullable":true,"type":"boolean"},"forbiddenSysctls":{"items":{"type":"string"},"nullable":true,"type":"array"},"fsGroup":{"$ref":"io.k8s.api.extensions.v1beta1.FSGroupStrategyOptions#"},"hostIPC":{"nullable":true,"type":"boolean"},"hostNetwork":{"nullable":true,"type":"boolean"},"hostPID":{"nullable":true,"type":"boolean"},"hostPorts":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.HostPortRange#"},"nullable":true,"type":"array"},"privileged":{"nullable":true,"type":"boolean"},"readOnlyRootFilesystem":{"nullable":true,"type":"boolean"},"requiredDropCapabilities":{"items":{"type":"string"},"nullable":true,"type":"array"},"runAsGroup":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.RunAsGroupStrategyOptions#"},{"type":"null"}]},"runAsUser":{"$ref":"io.k8s.api.extensions.v1beta1.RunAsUserStrategyOptions#"},"runtimeClass":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.RuntimeClassStrategyOptions#"},{"type":"null"}]},"seLinux":{"$ref":"io.k8s.api.extensions.v1beta1.SELinuxStrategyOptions#"},"supplementalGroups":{"$ref":"io.k8s.api.extensions.v1beta1.SupplementalGroupsStrategyOptions#"},"volumes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["seLinux","runAsUser","supplementalGroups","fsGroup"],"type":"object"},"io.k8s.api.extensions.v1beta1.ReplicaSet":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["ReplicaSet"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.ReplicaSetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.ReplicaSetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.ReplicaSetCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.api.extensions.v1beta1.ReplicaSetList":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.ReplicaSet#"},"type":"array"},"kind":{"enum":["ReplicaSetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.ReplicaSetSpec":{"properties":{"minReadySeconds":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","nullable":true,"type":"integer"},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"template":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PodTemplateSpec#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.ReplicaSetStatus":{"properties":{"availableReplicas":{"format":"int32","nullable":true,"type":"integer"},"conditions":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.ReplicaSetCondition#"},"nullable":true,"type":"array"},"fullyLabeledReplicas":{"format":"int32","nullable":true,"type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"readyReplicas":{"format":"int32","nullable":true,"type":"integer"},"replicas":{"format":"int32","type":"integer"}},"required":["replicas"],"type":"object"},"io.k8s.api.extensions.v1beta1.RollbackConfig":{"properties":{"revision":{"format":"int64","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.extensions.v1beta1.RollingUpdateDaemonSet":{"properties":{"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.RollingUpdateDeployment":{"properties":{"maxSurge":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.extensions.v1beta1.RunAsGroupStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"type":"string"}},"required":["rule"],"type":"object"},"io.k8s.api.extensions.v1beta1.RunAsUserStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"type":"string"}},"required":["rule"],"type":"object"},"io.k8s.api.extensions.v1beta1.RuntimeClassStrategyOptions":{"properties":{"allowedRuntimeClassNames":{"items":{"type":"string"},"type":"array"},"defaultRuntimeClassName":{"nullable":true,"type":"string"}},"required":["allowedRuntimeClassNames"],"type":"object"},"io.k8s.api.extensions.v1beta1.SELinuxStrategyOptions":{"properties":{"rule":{"type":"string"},"seLinuxOptions":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SELinuxOptions#"},{"type":"null"}]}},"required":["rule"],"type":"object"},"io.k8s.api.extensions.v1beta1.Scale":{"properties":{"apiVersion":{"enum":["extensions/v1beta1"],"type":"string"},"kind":{"enum":["Scale"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.ScaleSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.extensions.v1beta1.ScaleStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.extensions.v1beta1.ScaleSpec":{"properties":{"replicas":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.extensions.v1beta1.ScaleStatus":{"properties":{"replicas":{"format":"int32","type":"integer"},"selector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"targetSelector":{"nullable":true,"type":"string"}},"required":["replicas"],"type":"object"},"io.k8s.api.extensions.v1beta1.SupplementalGroupsStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.extensions.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.FlowDistinguisherMethod":{"properties":{"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.FlowSchema":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["FlowSchema"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.FlowSchemaSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.FlowSchemaStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.FlowSchemaCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.FlowSchemaList":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.FlowSchema#"},"type":"array"},"kind":{"enum":["FlowSchemaList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.FlowSchemaSpec":{"properties":{"distinguisherMethod":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.FlowDistinguisherMethod#"},{"type":"null"}]},"matchingPrecedence":{"format":"int32","nullable":true,"type":"integer"},"priorityLevelConfiguration":{"$ref":"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationReference#"},"rules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.PolicyRulesWithSubjects#"},"nullable":true,"type":"array"}},"required":["priorityLevelConfiguration"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.FlowSchemaStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.FlowSchemaCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.GroupSubject":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.LimitResponse":{"properties":{"queuing":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.QueuingConfiguration#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.LimitedPriorityLevelConfiguration":{"properties":{"assuredConcurrencyShares":{"format":"int32","nullable":true,"type":"integer"},"limitResponse":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.LimitResponse#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.NonResourcePolicyRule":{"properties":{"nonResourceURLs":{"items":{"type":"string"},"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs","nonResourceURLs"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PolicyRulesWithSubjects":{"properties":{"nonResourceRules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.NonResourcePolicyRule#"},"nullable":true,"type":"array"},"resourceRules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.ResourcePolicyRule#"},"nullable":true,"type":"array"},"subjects":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.Subject#"},"type":"array"}},"required":["subjects"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["PriorityLevelConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationList":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration#"},"type":"array"},"kind":{"enum":["PriorityLevelConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationReference":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationSpec":{"properties":{"limited":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.LimitedPriorityLevelConfiguration#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfigurationCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.QueuingConfiguration":{"properties":{"handSize":{"format":"int32","nullable":true,"type":"integer"},"queueLengthLimit":{"format":"int32","nullable":true,"type":"integer"},"queues":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta1.ResourcePolicyRule":{"properties":{"apiGroups":{"items":{"type":"string"},"type":"array"},"clusterScope":{"nullable":true,"type":"boolean"},"namespaces":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs","apiGroups","resources"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.ServiceAccountSubject":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"}},"required":["namespace","name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.Subject":{"properties":{"group":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.GroupSubject#"},{"type":"null"}]},"kind":{"type":"string"},"serviceAccount":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.ServiceAccountSubject#"},{"type":"null"}]},"user":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta1.UserSubject#"},{"type":"null"}]}},"required":["kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta1.UserSubject":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.FlowDistinguisherMethod":{"properties":{"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.FlowSchema":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta2"],"type":"string"},"kind":{"enum":["FlowSchema"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.FlowSchemaSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.FlowSchemaStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.FlowSchemaCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta2.FlowSchemaList":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.FlowSchema#"},"type":"array"},"kind":{"enum":["FlowSchemaList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.FlowSchemaSpec":{"properties":{"distinguisherMethod":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.FlowDistinguisherMethod#"},{"type":"null"}]},"matchingPrecedence":{"format":"int32","nullable":true,"type":"integer"},"priorityLevelConfiguration":{"$ref":"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationReference#"},"rules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.PolicyRulesWithSubjects#"},"nullable":true,"type":"array"}},"required":["priorityLevelConfiguration"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.FlowSchemaStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.FlowSchemaCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta2.GroupSubject":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.LimitResponse":{"properties":{"queuing":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.QueuingConfiguration#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.LimitedPriorityLevelConfiguration":{"properties":{"assuredConcurrencyShares":{"format":"int32","nullable":true,"type":"integer"},"borrowingLimitPercent":{"format":"int32","nullable":true,"type":"integer"},"lendablePercent":{"format":"int32","nullable":true,"type":"integer"},"limitResponse":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.LimitResponse#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.flowcontrol.v1beta2.NonResourcePolicyRule":{"properties":{"nonResourceURLs":{"items":{"type":"string"},"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs","nonResourceURLs"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PolicyRulesWithSubjects":{"properties":{"nonResourceRules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.NonResourcePolicyRule#"},"nullable":true,"type":"array"},"resourceRules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.ResourcePolicyRule#"},"nullable":true,"type":"array"},"subjects":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.Subject#"},"type":"array"}},"required":["subjects"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta2"],"type":"string"},"kind":{"enum":["PriorityLevelConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationList":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta2"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration#"},"type":"array"},"kind":{"enum":["PriorityLevelConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationReference":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationSpec":{"properties":{"limited":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.LimitedPriorityLevelConfiguration#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfigurationCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta2.QueuingConfiguration":{"properties":{"handSize":{"format":"int32","nullable":true,"type":"integer"},"queueLengthLimit":{"format":"int32","nullable":true,"type":"integer"},"queues":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta2.ResourcePolicyRule":{"properties":{"apiGroups":{"items":{"type":"string"},"type":"array"},"clusterScope":{"nullable":true,"type":"boolean"},"namespaces":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs","apiGroups","resources"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.ServiceAccountSubject":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"}},"required":["namespace","name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.Subject":{"properties":{"group":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.GroupSubject#"},{"type":"null"}]},"kind":{"type":"string"},"serviceAccount":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.ServiceAccountSubject#"},{"type":"null"}]},"user":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta2.UserSubject#"},{"type":"null"}]}},"required":["kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta2.UserSubject":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.FlowDistinguisherMethod":{"properties":{"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.FlowSchema":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta3"],"type":"string"},"kind":{"enum":["FlowSchema"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.FlowSchemaSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.FlowSchemaStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.FlowSchemaCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta3.FlowSchemaList":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta3"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.FlowSchema#"},"type":"array"},"kind":{"enum":["FlowSchemaList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.FlowSchemaSpec":{"properties":{"distinguisherMethod":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.FlowDistinguisherMethod#"},{"type":"null"}]},"matchingPrecedence":{"format":"int32","nullable":true,"type":"integer"},"priorityLevelConfiguration":{"$ref":"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationReference#"},"rules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.PolicyRulesWithSubjects#"},"nullable":true,"type":"array"}},"required":["priorityLevelConfiguration"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.FlowSchemaStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.FlowSchemaCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta3.GroupSubject":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.LimitResponse":{"properties":{"queuing":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.QueuingConfiguration#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.LimitedPriorityLevelConfiguration":{"properties":{"borrowingLimitPercent":{"format":"int32","nullable":true,"type":"integer"},"lendablePercent":{"format":"int32","nullable":true,"type":"integer"},"limitResponse":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.LimitResponse#"},{"type":"null"}]},"nominalConcurrencyShares":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta3.NonResourcePolicyRule":{"properties":{"nonResourceURLs":{"items":{"type":"string"},"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs","nonResourceURLs"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PolicyRulesWithSubjects":{"properties":{"nonResourceRules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.NonResourcePolicyRule#"},"nullable":true,"type":"array"},"resourceRules":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.ResourcePolicyRule#"},"nullable":true,"type":"array"},"subjects":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.Subject#"},"type":"array"}},"required":["subjects"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta3"],"type":"string"},"kind":{"enum":["PriorityLevelConfiguration"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationList":{"properties":{"apiVersion":{"enum":["flowcontrol.apiserver.k8s.io/v1beta3"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration#"},"type":"array"},"kind":{"enum":["PriorityLevelConfigurationList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationReference":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationSpec":{"properties":{"limited":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.LimitedPriorityLevelConfiguration#"},{"type":"null"}]},"type":{"type":"string"}},"required":["type"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfigurationCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta3.QueuingConfiguration":{"properties":{"handSize":{"format":"int32","nullable":true,"type":"integer"},"queueLengthLimit":{"format":"int32","nullable":true,"type":"integer"},"queues":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.flowcontrol.v1beta3.ResourcePolicyRule":{"properties":{"apiGroups":{"items":{"type":"string"},"type":"array"},"clusterScope":{"nullable":true,"type":"boolean"},"namespaces":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs","apiGroups","resources"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.ServiceAccountSubject":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"}},"required":["namespace","name"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.Subject":{"properties":{"group":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.GroupSubject#"},{"type":"null"}]},"kind":{"type":"string"},"serviceAccount":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.ServiceAccountSubject#"},{"type":"null"}]},"user":{"oneOf":[{"$ref":"io.k8s.api.flowcontrol.v1beta3.UserSubject#"},{"type":"null"}]}},"required":["kind"],"type":"object"},"io.k8s.api.flowcontrol.v1beta3.UserSubject":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.networking.v1.HTTPIngressPath":{"properties":{"backend":{"$ref":"io.k8s.api.networking.v1.IngressBackend#"},"path":{"nullable":true,"type":"string"},"pathType":{"enum":["Exact","ImplementationSpecific","Prefix"],"type":"string"}},"required":["pathType","backend"],"type":"object"},"io.k8s.api.networking.v1.HTTPIngressRuleValue":{"properties":{"paths":{"items":{"$ref":"io.k8s.api.networking.v1.HTTPIngressPath#"},"type":"array"}},"required":["paths"],"type":"object"},"io.k8s.api.networking.v1.IPBlock":{"properties":{"cidr":{"type":"string"},"except":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["cidr"],"type":"object"},"io.k8s.api.networking.v1.Ingress":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1"],"type":"string"},"kind":{"enum":["Ingress"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1.IngressBackend":{"properties":{"resource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TypedLocalObjectReference#"},{"type":"null"}]},"service":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressServiceBackend#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1.IngressClass":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1"],"type":"string"},"kind":{"enum":["IngressClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressClassSpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1.IngressClassList":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.networking.v1.IngressClass#"},"type":"array"},"kind":{"enum":["IngressClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1.IngressClassParametersReference":{"properties":{"apiGroup":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"nullable":true,"type":"string"},"scope":{"nullable":true,"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.networking.v1.IngressClassSpec":{"properties":{"controller":{"nullable":true,"type":"string"},"parameters":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressClassParametersReference#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1.IngressList":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.networking.v1.Ingress#"},"type":"array"},"kind":{"enum":["IngressList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1.IngressLoadBalancerIngress":{"properties":{"hostname":{"nullable":true,"type":"string"},"ip":{"nullable":true,"type":"string"},"ports":{"items":{"$ref":"io.k8s.api.networking.v1.IngressPortStatus#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1.IngressLoadBalancerStatus":{"properties":{"ingress":{"items":{"$ref":"io.k8s.api.networking.v1.IngressLoadBalancerIngress#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1.IngressPortStatus":{"properties":{"error":{"nullable":true,"type":"string"},"port":{"format":"int32","type":"integer"},"protocol":{"enum":["SCTP","TCP","UDP"],"type":"string"}},"required":["port","protocol"],"type":"object"},"io.k8s.api.networking.v1.IngressRule":{"properties":{"host":{"nullable":true,"type":"string"},"http":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.HTTPIngressRuleValue#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1.IngressServiceBackend":{"properties":{"name":{"type":"string"},"port":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.ServiceBackendPort#"},{"type":"null"}]}},"required":["name"],"type":"object"},"io.k8s.api.networking.v1.IngressSpec":{"properties":{"defaultBackend":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressBackend#"},{"type":"null"}]},"ingressClassName":{"nullable":true,"type":"string"},"rules":{"items":{"$ref":"io.k8s.api.networking.v1.IngressRule#"},"nullable":true,"type":"array"},"tls":{"items":{"$ref":"io.k8s.api.networking.v1.IngressTLS#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1.IngressStatus":{"properties":{"loadBalancer":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IngressLoadBalancerStatus#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1.IngressTLS":{"properties":{"hosts":{"items":{"type":"string"},"nullable":true,"type":"array"},"secretName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.networking.v1.NetworkPolicy":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1"],"type":"string"},"kind":{"enum":["NetworkPolicy"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.NetworkPolicySpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.NetworkPolicyStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1.NetworkPolicyEgressRule":{"properties":{"ports":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicyPort#"},"nullable":true,"type":"array"},"to":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicyPeer#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1.NetworkPolicyIngressRule":{"properties":{"from":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicyPeer#"},"nullable":true,"type":"array"},"ports":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicyPort#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1.NetworkPolicyList":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicy#"},"type":"array"},"kind":{"enum":["NetworkPolicyList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1.NetworkPolicyPeer":{"properties":{"ipBlock":{"oneOf":[{"$ref":"io.k8s.api.networking.v1.IPBlock#"},{"type":"null"}]},"namespaceSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"podSelector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1.NetworkPolicyPort":{"properties":{"endPort":{"format":"int32","nullable":true,"type":"integer"},"port":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"protocol":{"enum":["SCTP","TCP","UDP"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.networking.v1.NetworkPolicySpec":{"properties":{"egress":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicyEgressRule#"},"nullable":true,"type":"array"},"ingress":{"items":{"$ref":"io.k8s.api.networking.v1.NetworkPolicyIngressRule#"},"nullable":true,"type":"array"},"podSelector":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"policyTypes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["podSelector"],"type":"object"},"io.k8s.api.networking.v1.NetworkPolicyStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Condition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1.ServiceBackendPort":{"properties":{"name":{"nullable":true,"type":"string"},"number":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.networking.v1beta1.HTTPIngressPath":{"properties":{"backend":{"$ref":"io.k8s.api.networking.v1beta1.IngressBackend#"},"path":{"nullable":true,"type":"string"},"pathType":{"nullable":true,"type":"string"}},"required":["backend"],"type":"object"},"io.k8s.api.networking.v1beta1.HTTPIngressRuleValue":{"properties":{"paths":{"items":{"$ref":"io.k8s.api.networking.v1beta1.HTTPIngressPath#"},"type":"array"}},"required":["paths"],"type":"object"},"io.k8s.api.networking.v1beta1.Ingress":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["Ingress"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.networking.v1beta1.IngressSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.networking.v1beta1.IngressStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1beta1.IngressBackend":{"properties":{"resource":{"oneOf":[{"$ref":"io.k8s.api.core.v1.TypedLocalObjectReference#"},{"type":"null"}]},"serviceName":{"nullable":true,"type":"string"},"servicePort":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1beta1.IngressClass":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["IngressClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.networking.v1beta1.IngressClassSpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1beta1.IngressClassList":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.networking.v1beta1.IngressClass#"},"type":"array"},"kind":{"enum":["IngressClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1beta1.IngressClassParametersReference":{"properties":{"apiGroup":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"nullable":true,"type":"string"},"scope":{"nullable":true,"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.networking.v1beta1.IngressClassSpec":{"properties":{"controller":{"nullable":true,"type":"string"},"parameters":{"oneOf":[{"$ref":"io.k8s.api.networking.v1beta1.IngressClassParametersReference#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1beta1.IngressList":{"properties":{"apiVersion":{"enum":["networking.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.networking.v1beta1.Ingress#"},"type":"array"},"kind":{"enum":["IngressList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.networking.v1beta1.IngressRule":{"properties":{"host":{"nullable":true,"type":"string"},"http":{"oneOf":[{"$ref":"io.k8s.api.networking.v1beta1.HTTPIngressRuleValue#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1beta1.IngressSpec":{"properties":{"backend":{"oneOf":[{"$ref":"io.k8s.api.networking.v1beta1.IngressBackend#"},{"type":"null"}]},"ingressClassName":{"nullable":true,"type":"string"},"rules":{"items":{"$ref":"io.k8s.api.networking.v1beta1.IngressRule#"},"nullable":true,"type":"array"},"tls":{"items":{"$ref":"io.k8s.api.networking.v1beta1.IngressTLS#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.networking.v1beta1.IngressStatus":{"properties":{"loadBalancer":{"oneOf":[{"$ref":"io.k8s.api.core.v1.LoadBalancerStatus#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.networking.v1beta1.IngressTLS":{"properties":{"hosts":{"items":{"type":"string"},"nullable":true,"type":"array"},"secretName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.node.v1.Overhead":{"properties":{"podFixed":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"}},"type":"object"},"io.k8s.api.node.v1.RuntimeClass":{"properties":{"apiVersion":{"enum":["node.k8s.io/v1"],"type":"string"},"handler":{"type":"string"},"kind":{"enum":["RuntimeClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"overhead":{"oneOf":[{"$ref":"io.k8s.api.node.v1.Overhead#"},{"type":"null"}]},"scheduling":{"oneOf":[{"$ref":"io.k8s.api.node.v1.Scheduling#"},{"type":"null"}]}},"required":["handler","apiVersion","kind"],"type":"object"},"io.k8s.api.node.v1.RuntimeClassList":{"properties":{"apiVersion":{"enum":["node.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.node.v1.RuntimeClass#"},"type":"array"},"kind":{"enum":["RuntimeClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.node.v1.Scheduling":{"properties":{"nodeSelector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"tolerations":{"items":{"$ref":"io.k8s.api.core.v1.Toleration#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.node.v1beta1.Overhead":{"properties":{"podFixed":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},"nullable":true,"type":"object"}},"type":"object"},"io.k8s.api.node.v1beta1.RuntimeClass":{"properties":{"apiVersion":{"enum":["node.k8s.io/v1beta1"],"type":"string"},"handler":{"type":"string"},"kind":{"enum":["RuntimeClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"overhead":{"oneOf":[{"$ref":"io.k8s.api.node.v1beta1.Overhead#"},{"type":"null"}]},"scheduling":{"oneOf":[{"$ref":"io.k8s.api.node.v1beta1.Scheduling#"},{"type":"null"}]}},"required":["handler","apiVersion","kind"],"type":"object"},"io.k8s.api.node.v1beta1.RuntimeClassList":{"properties":{"apiVersion":{"enum":["node.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.node.v1beta1.RuntimeClass#"},"type":"array"},"kind":{"enum":["RuntimeClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.node.v1beta1.Scheduling":{"properties":{"nodeSelector":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"tolerations":{"items":{"$ref":"io.k8s.api.core.v1.Toleration#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.policy.v1.Eviction":{"properties":{"apiVersion":{"enum":["policy/v1"],"type":"string"},"deleteOptions":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions#"},{"type":"null"}]},"kind":{"enum":["Eviction"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1.PodDisruptionBudget":{"properties":{"apiVersion":{"enum":["policy/v1"],"type":"string"},"kind":{"enum":["PodDisruptionBudget"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.policy.v1.PodDisruptionBudgetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.policy.v1.PodDisruptionBudgetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1.PodDisruptionBudgetList":{"properties":{"apiVersion":{"enum":["policy/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.policy.v1.PodDisruptionBudget#"},"type":"array"},"kind":{"enum":["PodDisruptionBudgetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1.PodDisruptionBudgetSpec":{"properties":{"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"minAvailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"unhealthyPodEvictionPolicy":{"enum":["AlwaysAllow","IfHealthyBudget"],"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.policy.v1.PodDisruptionBudgetStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Condition#"},"nullable":true,"type":"array"},"currentHealthy":{"format":"int32","type":"integer"},"desiredHealthy":{"format":"int32","type":"integer"},"disruptedPods":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},"nullable":true,"type":"object"},"disruptionsAllowed":{"format":"int32","type":"integer"},"expectedPods":{"format":"int32","type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"}},"required":["disruptionsAllowed","currentHealthy","desiredHealthy","expectedPods"],"type":"object"},"io.k8s.api.policy.v1beta1.AllowedCSIDriver":{"properties":{"name":{"type":"string"}},"required":["name"],"type":"object"},"io.k8s.api.policy.v1beta1.AllowedFlexVolume":{"properties":{"driver":{"type":"string"}},"required":["driver"],"type":"object"},"io.k8s.api.policy.v1beta1.AllowedHostPath":{"properties":{"pathPrefix":{"nullable":true,"type":"string"},"readOnly":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.api.policy.v1beta1.Eviction":{"properties":{"apiVersion":{"enum":["policy/v1beta1"],"type":"string"},"deleteOptions":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions#"},{"type":"null"}]},"kind":{"enum":["Eviction"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1beta1.FSGroupStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.policy.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.policy.v1beta1.HostPortRange":{"properties":{"max":{"format":"int32","type":"integer"},"min":{"format":"int32","type":"integer"}},"required":["min","max"],"type":"object"},"io.k8s.api.policy.v1beta1.IDRange":{"properties":{"max":{"format":"int64","type":"integer"},"min":{"format":"int64","type":"integer"}},"required":["min","max"],"type":"object"},"io.k8s.api.policy.v1beta1.PodDisruptionBudget":{"properties":{"apiVersion":{"enum":["policy/v1beta1"],"type":"string"},"kind":{"enum":["PodDisruptionBudget"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.policy.v1beta1.PodDisruptionBudgetSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.api.policy.v1beta1.PodDisruptionBudgetStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1beta1.PodDisruptionBudgetList":{"properties":{"apiVersion":{"enum":["policy/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.policy.v1beta1.PodDisruptionBudget#"},"type":"array"},"kind":{"enum":["PodDisruptionBudgetList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1beta1.PodDisruptionBudgetSpec":{"properties":{"maxUnavailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"minAvailable":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.util.intstr.IntOrString#"},{"type":"null"}]},"selector":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.policy.v1beta1.PodDisruptionBudgetStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Condition#"},"nullable":true,"type":"array"},"currentHealthy":{"format":"int32","type":"integer"},"desiredHealthy":{"format":"int32","type":"integer"},"disruptedPods":{"additionalProperties":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},"nullable":true,"type":"object"},"disruptionsAllowed":{"format":"int32","type":"integer"},"expectedPods":{"format":"int32","type":"integer"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"}},"required":["disruptionsAllowed","currentHealthy","desiredHealthy","expectedPods"],"type":"object"},"io.k8s.api.policy.v1beta1.PodSecurityPolicy":{"properties":{"apiVersion":{"enum":["policy/v1beta1"],"type":"string"},"kind":{"enum":["PodSecurityPolicy"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.api.policy.v1beta1.PodSecurityPolicySpec#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1beta1.PodSecurityPolicyList":{"properties":{"apiVersion":{"enum":["policy/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.policy.v1beta1.PodSecurityPolicy#"},"type":"array"},"kind":{"enum":["PodSecurityPolicyList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.policy.v1beta1.PodSecurityPolicySpec":{"properties":{"allowPrivilegeEscalation":{"nullable":true,"type":"boolean"},"allowedCSIDrivers":{"items":{"$ref":"io.k8s.api.policy.v1beta1.AllowedCSIDriver#"},"nullable":true,"type":"array"},"allowedCapabilities":{"items":{"type":"string"},"nullable":true,"type":"array"},"allowedFlexVolumes":{"items":{"$ref":"io.k8s.api.policy.v1beta1.AllowedFlexVolume#"},"nullable":true,"type":"array"},"allowedHostPaths":{"items":{"$ref":"io.k8s.api.policy.v1beta1.AllowedHostPath#"},"nullable":true,"type":"array"},"allowedProcMountTypes":{"items":{"type":"string"},"nullable":true,"type":"array"},"allowedUnsafeSysctls":{"items":{"type":"string"},"nullable":true,"type":"array"},"defaultAddCapabilities":{"items":{"type":"string"},"nullable":true,"type":"array"},"defaultAllowPrivilegeEscalation":{"nullable":true,"type":"boolean"},"forbiddenSysctls":{"items":{"type":"string"},"nullable":true,"type":"array"},"fsGroup":{"$ref":"io.k8s.api.policy.v1beta1.FSGroupStrategyOptions#"},"hostIPC":{"nullable":true,"type":"boolean"},"hostNetwork":{"nullable":true,"type":"boolean"},"hostPID":{"nullable":true,"type":"boolean"},"hostPorts":{"items":{"$ref":"io.k8s.api.policy.v1beta1.HostPortRange#"},"nullable":true,"type":"array"},"privileged":{"nullable":true,"type":"boolean"},"readOnlyRootFilesystem":{"nullable":true,"type":"boolean"},"requiredDropCapabilities":{"items":{"type":"string"},"nullable":true,"type":"array"},"runAsGroup":{"oneOf":[{"$ref":"io.k8s.api.policy.v1beta1.RunAsGroupStrategyOptions#"},{"type":"null"}]},"runAsUser":{"$ref":"io.k8s.api.policy.v1beta1.RunAsUserStrategyOptions#"},"runtimeClass":{"oneOf":[{"$ref":"io.k8s.api.policy.v1beta1.RuntimeClassStrategyOptions#"},{"type":"null"}]},"seLinux":{"$ref":"io.k8s.api.policy.v1beta1.SELinuxStrategyOptions#"},"supplementalGroups":{"$ref":"io.k8s.api.policy.v1beta1.SupplementalGroupsStrategyOptions#"},"volumes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["seLinux","runAsUser","supplementalGroups","fsGroup"],"type":"object"},"io.k8s.api.policy.v1beta1.RunAsGroupStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.policy.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"type":"string"}},"required":["rule"],"type":"object"},"io.k8s.api.policy.v1beta1.RunAsUserStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.policy.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"type":"string"}},"required":["rule"],"type":"object"},"io.k8s.api.policy.v1beta1.RuntimeClassStrategyOptions":{"properties":{"allowedRuntimeClassNames":{"items":{"type":"string"},"type":"array"},"defaultRuntimeClassName":{"nullable":true,"type":"string"}},"required":["allowedRuntimeClassNames"],"type":"object"},"io.k8s.api.policy.v1beta1.SELinuxStrategyOptions":{"properties":{"rule":{"type":"string"},"seLinuxOptions":{"oneOf":[{"$ref":"io.k8s.api.core.v1.SELinuxOptions#"},{"type":"null"}]}},"required":["rule"],"type":"object"},"io.k8s.api.policy.v1beta1.SupplementalGroupsStrategyOptions":{"properties":{"ranges":{"items":{"$ref":"io.k8s.api.policy.v1beta1.IDRange#"},"nullable":true,"type":"array"},"rule":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.rbac.v1.AggregationRule":{"properties":{"clusterRoleSelectors":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.rbac.v1.ClusterRole":{"properties":{"aggregationRule":{"oneOf":[{"$ref":"io.k8s.api.rbac.v1.AggregationRule#"},{"type":"null"}]},"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["ClusterRole"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"rules":{"items":{"$ref":"io.k8s.api.rbac.v1.PolicyRule#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.ClusterRoleBinding":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["ClusterRoleBinding"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"roleRef":{"$ref":"io.k8s.api.rbac.v1.RoleRef#"},"subjects":{"items":{"$ref":"io.k8s.api.rbac.v1.Subject#"},"nullable":true,"type":"array"}},"required":["roleRef","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.ClusterRoleBindingList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1.ClusterRoleBinding#"},"type":"array"},"kind":{"enum":["ClusterRoleBindingList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.ClusterRoleList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1.ClusterRole#"},"type":"array"},"kind":{"enum":["ClusterRoleList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.PolicyRule":{"properties":{"apiGroups":{"items":{"type":"string"},"nullable":true,"type":"array"},"nonResourceURLs":{"items":{"type":"string"},"nullable":true,"type":"array"},"resourceNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"nullable":true,"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs"],"type":"object"},"io.k8s.api.rbac.v1.Role":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["Role"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"rules":{"items":{"$ref":"io.k8s.api.rbac.v1.PolicyRule#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.RoleBinding":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"kind":{"enum":["RoleBinding"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"roleRef":{"$ref":"io.k8s.api.rbac.v1.RoleRef#"},"subjects":{"items":{"$ref":"io.k8s.api.rbac.v1.Subject#"},"nullable":true,"type":"array"}},"required":["roleRef","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.RoleBindingList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1.RoleBinding#"},"type":"array"},"kind":{"enum":["RoleBindingList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.RoleList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1.Role#"},"type":"array"},"kind":{"enum":["RoleList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1.RoleRef":{"properties":{"apiGroup":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["apiGroup","kind","name"],"type":"object"},"io.k8s.api.rbac.v1.Subject":{"properties":{"apiGroup":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"nullable":true,"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.rbac.v1beta1.AggregationRule":{"properties":{"clusterRoleSelectors":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.rbac.v1beta1.ClusterRole":{"properties":{"aggregationRule":{"oneOf":[{"$ref":"io.k8s.api.rbac.v1beta1.AggregationRule#"},{"type":"null"}]},"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["ClusterRole"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"rules":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.PolicyRule#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.ClusterRoleBinding":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["ClusterRoleBinding"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"roleRef":{"$ref":"io.k8s.api.rbac.v1beta1.RoleRef#"},"subjects":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.Subject#"},"nullable":true,"type":"array"}},"required":["roleRef","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.ClusterRoleBindingList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.ClusterRoleBinding#"},"type":"array"},"kind":{"enum":["ClusterRoleBindingList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.ClusterRoleList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.ClusterRole#"},"type":"array"},"kind":{"enum":["ClusterRoleList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.PolicyRule":{"properties":{"apiGroups":{"items":{"type":"string"},"nullable":true,"type":"array"},"nonResourceURLs":{"items":{"type":"string"},"nullable":true,"type":"array"},"resourceNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"resources":{"items":{"type":"string"},"nullable":true,"type":"array"},"verbs":{"items":{"type":"string"},"type":"array"}},"required":["verbs"],"type":"object"},"io.k8s.api.rbac.v1beta1.Role":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["Role"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"rules":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.PolicyRule#"},"nullable":true,"type":"array"}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.RoleBinding":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["RoleBinding"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"roleRef":{"$ref":"io.k8s.api.rbac.v1beta1.RoleRef#"},"subjects":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.Subject#"},"nullable":true,"type":"array"}},"required":["roleRef","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.RoleBindingList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.RoleBinding#"},"type":"array"},"kind":{"enum":["RoleBindingList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.RoleList":{"properties":{"apiVersion":{"enum":["rbac.authorization.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.rbac.v1beta1.Role#"},"type":"array"},"kind":{"enum":["RoleList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.rbac.v1beta1.RoleRef":{"properties":{"apiGroup":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["apiGroup","kind","name"],"type":"object"},"io.k8s.api.rbac.v1beta1.Subject":{"properties":{"apiGroup":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespace":{"nullable":true,"type":"string"}},"required":["kind","name"],"type":"object"},"io.k8s.api.scheduling.v1.PriorityClass":{"properties":{"apiVersion":{"enum":["scheduling.k8s.io/v1"],"type":"string"},"globalDefault":{"nullable":true,"type":"boolean"},"kind":{"enum":["PriorityClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"preemptionPolicy":{"enum":["Never","PreemptLowerPriority"],"nullable":true,"type":"string"},"value":{"format":"int32","type":"integer"}},"required":["value","apiVersion","kind"],"type":"object"},"io.k8s.api.scheduling.v1.PriorityClassList":{"properties":{"apiVersion":{"enum":["scheduling.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.scheduling.v1.PriorityClass#"},"type":"array"},"kind":{"enum":["PriorityClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.scheduling.v1beta1.PriorityClass":{"properties":{"apiVersion":{"enum":["scheduling.k8s.io/v1beta1"],"type":"string"},"globalDefault":{"nullable":true,"type":"boolean"},"kind":{"enum":["PriorityClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"preemptionPolicy":{"nullable":true,"type":"string"},"value":{"format":"int32","type":"integer"}},"required":["value","apiVersion","kind"],"type":"object"},"io.k8s.api.scheduling.v1beta1.PriorityClassList":{"properties":{"apiVersion":{"enum":["scheduling.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.scheduling.v1beta1.PriorityClass#"},"type":"array"},"kind":{"enum":["PriorityClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.CSIDriver":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"kind":{"enum":["CSIDriver"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.storage.v1.CSIDriverSpec#"}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.CSIDriverList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1.CSIDriver#"},"type":"array"},"kind":{"enum":["CSIDriverList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.CSIDriverSpec":{"properties":{"attachRequired":{"nullable":true,"type":"boolean"},"fsGroupPolicy":{"nullable":true,"type":"string"},"podInfoOnMount":{"nullable":true,"type":"boolean"},"requiresRepublish":{"nullable":true,"type":"boolean"},"seLinuxMount":{"nullable":true,"type":"boolean"},"storageCapacity":{"nullable":true,"type":"boolean"},"tokenRequests":{"items":{"$ref":"io.k8s.api.storage.v1.TokenRequest#"},"nullable":true,"type":"array"},"volumeLifecycleModes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.storage.v1.CSINode":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"kind":{"enum":["CSINode"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.storage.v1.CSINodeSpec#"}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.CSINodeDriver":{"properties":{"allocatable":{"oneOf":[{"$ref":"io.k8s.api.storage.v1.VolumeNodeResources#"},{"type":"null"}]},"name":{"type":"string"},"nodeID":{"type":"string"},"topologyKeys":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["name","nodeID"],"type":"object"},"io.k8s.api.storage.v1.CSINodeList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1.CSINode#"},"type":"array"},"kind":{"enum":["CSINodeList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.CSINodeSpec":{"properties":{"drivers":{"items":{"$ref":"io.k8s.api.storage.v1.CSINodeDriver#"},"type":"array"}},"required":["drivers"],"type":"object"},"io.k8s.api.storage.v1.CSIStorageCapacity":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"capacity":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"kind":{"enum":["CSIStorageCapacity"],"type":"string"},"maximumVolumeSize":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"nodeTopology":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"storageClassName":{"type":"string"}},"required":["storageClassName","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.CSIStorageCapacityList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1.CSIStorageCapacity#"},"type":"array"},"kind":{"enum":["CSIStorageCapacityList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.StorageClass":{"properties":{"allowVolumeExpansion":{"nullable":true,"type":"boolean"},"allowedTopologies":{"items":{"$ref":"io.k8s.api.core.v1.TopologySelectorTerm#"},"nullable":true,"type":"array"},"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"kind":{"enum":["StorageClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"mountOptions":{"items":{"type":"string"},"nullable":true,"type":"array"},"parameters":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"provisioner":{"type":"string"},"reclaimPolicy":{"enum":["Delete","Recycle","Retain"],"nullable":true,"type":"string"},"volumeBindingMode":{"enum":["Immediate","WaitForFirstConsumer"],"nullable":true,"type":"string"}},"required":["provisioner","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.StorageClassList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1.StorageClass#"},"type":"array"},"kind":{"enum":["StorageClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.TokenRequest":{"properties":{"audience":{"type":"string"},"expirationSeconds":{"format":"int64","nullable":true,"type":"integer"}},"required":["audience"],"type":"object"},"io.k8s.api.storage.v1.VolumeAttachment":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"kind":{"enum":["VolumeAttachment"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.storage.v1.VolumeAttachmentSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.storage.v1.VolumeAttachmentStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.VolumeAttachmentList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1.VolumeAttachment#"},"type":"array"},"kind":{"enum":["VolumeAttachmentList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1.VolumeAttachmentSource":{"properties":{"inlineVolumeSpec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeSpec#"},{"type":"null"}]},"persistentVolumeName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.storage.v1.VolumeAttachmentSpec":{"properties":{"attacher":{"type":"string"},"nodeName":{"type":"string"},"source":{"$ref":"io.k8s.api.storage.v1.VolumeAttachmentSource#"}},"required":["attacher","source","nodeName"],"type":"object"},"io.k8s.api.storage.v1.VolumeAttachmentStatus":{"properties":{"attachError":{"oneOf":[{"$ref":"io.k8s.api.storage.v1.VolumeError#"},{"type":"null"}]},"attached":{"type":"boolean"},"attachmentMetadata":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"detachError":{"oneOf":[{"$ref":"io.k8s.api.storage.v1.VolumeError#"},{"type":"null"}]}},"required":["attached"],"type":"object"},"io.k8s.api.storage.v1.VolumeError":{"properties":{"message":{"nullable":true,"type":"string"},"time":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.storage.v1.VolumeNodeResources":{"properties":{"count":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.api.storage.v1beta1.CSIDriver":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["CSIDriver"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.storage.v1beta1.CSIDriverSpec#"}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.CSIDriverList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1beta1.CSIDriver#"},"type":"array"},"kind":{"enum":["CSIDriverList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.CSIDriverSpec":{"properties":{"attachRequired":{"nullable":true,"type":"boolean"},"fsGroupPolicy":{"nullable":true,"type":"string"},"podInfoOnMount":{"nullable":true,"type":"boolean"},"requiresRepublish":{"nullable":true,"type":"boolean"},"storageCapacity":{"nullable":true,"type":"boolean"},"tokenRequests":{"items":{"$ref":"io.k8s.api.storage.v1beta1.TokenRequest#"},"nullable":true,"type":"array"},"volumeLifecycleModes":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.api.storage.v1beta1.CSINode":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["CSINode"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.storage.v1beta1.CSINodeSpec#"}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.CSINodeDriver":{"properties":{"allocatable":{"oneOf":[{"$ref":"io.k8s.api.storage.v1beta1.VolumeNodeResources#"},{"type":"null"}]},"name":{"type":"string"},"nodeID":{"type":"string"},"topologyKeys":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["name","nodeID"],"type":"object"},"io.k8s.api.storage.v1beta1.CSINodeList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1beta1.CSINode#"},"type":"array"},"kind":{"enum":["CSINodeList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.CSINodeSpec":{"properties":{"drivers":{"items":{"$ref":"io.k8s.api.storage.v1beta1.CSINodeDriver#"},"type":"array"}},"required":["drivers"],"type":"object"},"io.k8s.api.storage.v1beta1.CSIStorageCapacity":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"capacity":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"kind":{"enum":["CSIStorageCapacity"],"type":"string"},"maximumVolumeSize":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.api.resource.Quantity#"},{"type":"null"}]},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"nodeTopology":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector#"},{"type":"null"}]},"storageClassName":{"type":"string"}},"required":["storageClassName","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.CSIStorageCapacityList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1beta1.CSIStorageCapacity#"},"type":"array"},"kind":{"enum":["CSIStorageCapacityList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.StorageClass":{"properties":{"allowVolumeExpansion":{"nullable":true,"type":"boolean"},"allowedTopologies":{"items":{"$ref":"io.k8s.api.core.v1.TopologySelectorTerm#"},"nullable":true,"type":"array"},"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["StorageClass"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"mountOptions":{"items":{"type":"string"},"nullable":true,"type":"array"},"parameters":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"provisioner":{"type":"string"},"reclaimPolicy":{"nullable":true,"type":"string"},"volumeBindingMode":{"nullable":true,"type":"string"}},"required":["provisioner","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.StorageClassList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1beta1.StorageClass#"},"type":"array"},"kind":{"enum":["StorageClassList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.TokenRequest":{"properties":{"audience":{"type":"string"},"expirationSeconds":{"format":"int64","nullable":true,"type":"integer"}},"required":["audience"],"type":"object"},"io.k8s.api.storage.v1beta1.VolumeAttachment":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["VolumeAttachment"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.api.storage.v1beta1.VolumeAttachmentSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.api.storage.v1beta1.VolumeAttachmentStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.VolumeAttachmentList":{"properties":{"apiVersion":{"enum":["storage.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.api.storage.v1beta1.VolumeAttachment#"},"type":"array"},"kind":{"enum":["VolumeAttachmentList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.api.storage.v1beta1.VolumeAttachmentSource":{"properties":{"inlineVolumeSpec":{"oneOf":[{"$ref":"io.k8s.api.core.v1.PersistentVolumeSpec#"},{"type":"null"}]},"persistentVolumeName":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.api.storage.v1beta1.VolumeAttachmentSpec":{"properties":{"attacher":{"type":"string"},"nodeName":{"type":"string"},"source":{"$ref":"io.k8s.api.storage.v1beta1.VolumeAttachmentSource#"}},"required":["attacher","source","nodeName"],"type":"object"},"io.k8s.api.storage.v1beta1.VolumeAttachmentStatus":{"properties":{"attachError":{"oneOf":[{"$ref":"io.k8s.api.storage.v1beta1.VolumeError#"},{"type":"null"}]},"attached":{"type":"boolean"},"attachmentMetadata":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"detachError":{"oneOf":[{"$ref":"io.k8s.api.storage.v1beta1.VolumeError#"},{"type":"null"}]}},"required":["attached"],"type":"object"},"io.k8s.api.storage.v1beta1.VolumeError":{"properties":{"message":{"nullable":true,"type":"string"},"time":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.api.storage.v1beta1.VolumeNodeResources":{"properties":{"count":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition":{"properties":{"format":{"nullable":true,"type":"string"},"jsonPath":{"type":"string"},"name":{"type":"string"},"priority":{"format":"int32","nullable":true,"type":"integer"},"type":{"type":"string"}},"required":["name","type","jsonPath"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion":{"properties":{"strategy":{"type":"string"},"webhook":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion#"},{"type":"null"}]}},"required":["strategy"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition":{"properties":{"apiVersion":{"enum":["apiextensions.k8s.io/v1"],"type":"string"},"kind":{"enum":["CustomResourceDefinition"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionList":{"properties":{"apiVersion":{"enum":["apiextensions.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition#"},"type":"array"},"kind":{"enum":["CustomResourceDefinitionList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames":{"properties":{"categories":{"items":{"type":"string"},"nullable":true,"type":"array"},"kind":{"type":"string"},"listKind":{"nullable":true,"type":"string"},"plural":{"type":"string"},"shortNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"singular":{"nullable":true,"type":"string"}},"required":["plural","kind"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec":{"properties":{"conversion":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion#"},{"type":"null"}]},"group":{"type":"string"},"names":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames#"},"preserveUnknownFields":{"nullable":true,"type":"boolean"},"scope":{"type":"string"},"versions":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion#"},"type":"array"}},"required":["group","names","scope","versions"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus":{"properties":{"acceptedNames":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames#"},{"type":"null"}]},"conditions":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionCondition#"},"nullable":true,"type":"array"},"storedVersions":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion":{"properties":{"additionalPrinterColumns":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition#"},"nullable":true,"type":"array"},"deprecated":{"nullable":true,"type":"boolean"},"deprecationWarning":{"nullable":true,"type":"string"},"name":{"type":"string"},"schema":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation#"},{"type":"null"}]},"served":{"type":"boolean"},"storage":{"type":"boolean"},"subresources":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources#"},{"type":"null"}]}},"required":["name","served","storage"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale":{"properties":{"labelSelectorPath":{"nullable":true,"type":"string"},"specReplicasPath":{"type":"string"},"statusReplicasPath":{"type":"string"}},"required":["specReplicasPath","statusReplicasPath"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources":{"properties":{"scale":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceScale#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresourceStatus#"},{"type":"null"}]}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation":{"properties":{"openAPIV3Schema":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},{"type":"null"}]}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation":{"properties":{"url":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON":{},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps":{"properties":{"$ref":{"nullable":true,"type":"string"},"$schema":{"nullable":true,"type":"string"},"additionalItems":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool#"},{"type":"null"}]},"additionalProperties":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool#"},{"type":"null"}]},"allOf":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},"nullable":true,"type":"array"},"anyOf":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},"nullable":true,"type":"array"},"default":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON#"},{"type":"null"}]},"definitions":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},"nullable":true,"type":"object"},"dependencies":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray#"},"nullable":true,"type":"object"},"enum":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON#"},"nullable":true,"type":"array"},"example":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON#"},{"type":"null"}]},"exclusiveMaximum":{"nullable":true,"type":"boolean"},"exclusiveMinimum":{"nullable":true,"type":"boolean"},"externalDocs":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation#"},{"type":"null"}]},"format":{"nullable":true,"type":"string"},"id":{"nullable":true,"type":"string"},"items":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray#"},{"type":"null"}]},"maxItems":{"format":"int64","nullable":true,"type":"integer"},"maxLength":{"format":"int64","nullable":true,"type":"integer"},"maxProperties":{"format":"int64","nullable":true,"type":"integer"},"maximum":{"format":"double","nullable":true,"type":"number"},"minItems":{"format":"int64","nullable":true,"type":"integer"},"minLength":{"format":"int64","nullable":true,"type":"integer"},"minProperties":{"format":"int64","nullable":true,"type":"integer"},"minimum":{"format":"double","nullable":true,"type":"number"},"multipleOf":{"format":"double","nullable":true,"type":"number"},"not":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},{"type":"null"}]},"nullable":{"nullable":true,"type":"boolean"},"oneOf":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},"nullable":true,"type":"array"},"pattern":{"nullable":true,"type":"string"},"patternProperties":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},"nullable":true,"type":"object"},"properties":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps#"},"nullable":true,"type":"object"},"required":{"items":{"type":"string"},"nullable":true,"type":"array"},"title":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"},"uniqueItems":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"path":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"}},"required":["namespace","name"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ValidationRule":{"properties":{"message":{"nullable":true,"type":"string"},"messageExpression":{"nullable":true,"type":"string"},"rule":{"type":"string"}},"required":["rule"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig":{"properties":{"caBundle":{"format":"byte","nullable":true,"type":"string"},"service":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ServiceReference#"},{"type":"null"}]},"url":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookConversion":{"properties":{"clientConfig":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.WebhookClientConfig#"},{"type":"null"}]},"conversionReviewVersions":{"items":{"type":"string"},"type":"array"}},"required":["conversionReviewVersions"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition":{"properties":{"JSONPath":{"type":"string"},"format":{"nullable":true,"type":"string"},"name":{"type":"string"},"priority":{"format":"int32","nullable":true,"type":"integer"},"type":{"type":"string"}},"required":["name","type","JSONPath"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceConversion":{"properties":{"conversionReviewVersions":{"items":{"type":"string"},"nullable":true,"type":"array"},"strategy":{"type":"string"},"webhookClientConfig":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.WebhookClientConfig#"},{"type":"null"}]}},"required":["strategy"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition":{"properties":{"apiVersion":{"enum":["apiextensions.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["CustomResourceDefinition"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionSpec#"},"status":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionStatus#"},{"type":"null"}]}},"required":["spec","apiVersion","kind"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionList":{"properties":{"apiVersion":{"enum":["apiextensions.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition#"},"type":"array"},"kind":{"enum":["CustomResourceDefinitionList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames":{"properties":{"categories":{"items":{"type":"string"},"nullable":true,"type":"array"},"kind":{"type":"string"},"listKind":{"nullable":true,"type":"string"},"plural":{"type":"string"},"shortNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"singular":{"nullable":true,"type":"string"}},"required":["plural","kind"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionSpec":{"properties":{"additionalPrinterColumns":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition#"},"nullable":true,"type":"array"},"conversion":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceConversion#"},{"type":"null"}]},"group":{"type":"string"},"names":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames#"},"preserveUnknownFields":{"nullable":true,"type":"boolean"},"scope":{"type":"string"},"subresources":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources#"},{"type":"null"}]},"validation":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation#"},{"type":"null"}]},"version":{"nullable":true,"type":"string"},"versions":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionVersion#"},"nullable":true,"type":"array"}},"required":["group","names","scope"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionStatus":{"properties":{"acceptedNames":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionNames#"},{"type":"null"}]},"conditions":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionCondition#"},"nullable":true,"type":"array"},"storedVersions":{"items":{"type":"string"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinitionVersion":{"properties":{"additionalPrinterColumns":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceColumnDefinition#"},"nullable":true,"type":"array"},"deprecated":{"nullable":true,"type":"boolean"},"deprecationWarning":{"nullable":true,"type":"string"},"name":{"type":"string"},"schema":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation#"},{"type":"null"}]},"served":{"type":"boolean"},"storage":{"type":"boolean"},"subresources":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources#"},{"type":"null"}]}},"required":["name","served","storage"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceScale":{"properties":{"labelSelectorPath":{"nullable":true,"type":"string"},"specReplicasPath":{"type":"string"},"statusReplicasPath":{"type":"string"}},"required":["specReplicasPath","statusReplicasPath"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceStatus":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresources":{"properties":{"scale":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceScale#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceSubresourceStatus#"},{"type":"null"}]}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceValidation":{"properties":{"openAPIV3Schema":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},{"type":"null"}]}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ExternalDocumentation":{"properties":{"url":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON":{},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps":{"properties":{"$ref":{"nullable":true,"type":"string"},"$schema":{"nullable":true,"type":"string"},"additionalItems":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool#"},{"type":"null"}]},"additionalProperties":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool#"},{"type":"null"}]},"allOf":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},"nullable":true,"type":"array"},"anyOf":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},"nullable":true,"type":"array"},"default":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON#"},{"type":"null"}]},"definitions":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},"nullable":true,"type":"object"},"dependencies":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrStringArray#"},"nullable":true,"type":"object"},"enum":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON#"},"nullable":true,"type":"array"},"example":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSON#"},{"type":"null"}]},"exclusiveMaximum":{"nullable":true,"type":"boolean"},"exclusiveMinimum":{"nullable":true,"type":"boolean"},"externalDocs":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ExternalDocumentation#"},{"type":"null"}]},"format":{"nullable":true,"type":"string"},"id":{"nullable":true,"type":"string"},"items":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrArray#"},{"type":"null"}]},"maxItems":{"format":"int64","nullable":true,"type":"integer"},"maxLength":{"format":"int64","nullable":true,"type":"integer"},"maxProperties":{"format":"int64","nullable":true,"type":"integer"},"maximum":{"format":"double","nullable":true,"type":"number"},"minItems":{"format":"int64","nullable":true,"type":"integer"},"minLength":{"format":"int64","nullable":true,"type":"integer"},"minProperties":{"format":"int64","nullable":true,"type":"integer"},"minimum":{"format":"double","nullable":true,"type":"number"},"multipleOf":{"format":"double","nullable":true,"type":"number"},"not":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},{"type":"null"}]},"nullable":{"nullable":true,"type":"boolean"},"oneOf":{"items":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},"nullable":true,"type":"array"},"pattern":{"nullable":true,"type":"string"},"patternProperties":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},"nullable":true,"type":"object"},"properties":{"additionalProperties":{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaProps#"},"nullable":true,"type":"object"},"required":{"items":{"type":"string"},"nullable":true,"type":"array"},"title":{"nullable":true,"type":"string"},"type":{"nullable":true,"type":"string"},"uniqueItems":{"nullable":true,"type":"boolean"}},"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrArray":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrBool":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.JSONSchemaPropsOrStringArray":{"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ServiceReference":{"properties":{"name":{"type":"string"},"namespace":{"type":"string"},"path":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"}},"required":["namespace","name"],"type":"object"},"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.WebhookClientConfig":{"properties":{"caBundle":{"format":"byte","nullable":true,"type":"string"},"service":{"oneOf":[{"$ref":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.ServiceReference#"},{"type":"null"}]},"url":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.api.resource.Quantity":{"oneOf":[{"type":"number"},{"format":"quantity","type":"string"}]},"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"nullable":true,"type":"string"},"name":{"type":"string"},"preferredVersion":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery#"},{"type":"null"}]},"serverAddressByClientCIDRs":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR#"},"nullable":true,"type":"array"},"versions":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery#"},"type":"array"}},"required":["name","versions"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroupList":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"groups":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup#"},"type":"array"},"kind":{"nullable":true,"type":"string"}},"required":["groups"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.APIResource":{"properties":{"categories":{"items":{"type":"string"},"nullable":true,"type":"array"},"group":{"nullable":true,"type":"string"},"kind":{"type":"string"},"name":{"type":"string"},"namespaced":{"type":"boolean"},"shortNames":{"items":{"type":"string"},"nullable":true,"type":"array"},"singularName":{"type":"string"},"storageVersionHash":{"nullable":true,"type":"string"},"verbs":{"items":{"type":"string"},"type":"array"},"version":{"nullable":true,"type":"string"}},"required":["name","singularName","namespaced","kind","verbs"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.APIResourceList":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"groupVersion":{"type":"string"},"kind":{"nullable":true,"type":"string"},"resources":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.APIResource#"},"type":"array"}},"required":["groupVersion","resources"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.APIVersions":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"kind":{"nullable":true,"type":"string"},"serverAddressByClientCIDRs":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR#"},"type":"array"},"versions":{"items":{"type":"string"},"type":"array"}},"required":["versions","serverAddressByClientCIDRs"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Condition":{"properties":{"lastTransitionTime":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},"message":{"type":"string"},"observedGeneration":{"format":"int64","nullable":true,"type":"integer"},"reason":{"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status","lastTransitionTime","reason","message"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"dryRun":{"items":{"type":"string"},"nullable":true,"type":"array"},"gracePeriodSeconds":{"format":"int64","nullable":true,"type":"integer"},"kind":{"nullable":true,"type":"string"},"orphanDependents":{"nullable":true,"type":"boolean"},"preconditions":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions#"},{"type":"null"}]},"propagationPolicy":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1":{"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.GroupVersionForDiscovery":{"properties":{"groupVersion":{"type":"string"},"version":{"type":"string"}},"required":["groupVersion","version"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector":{"properties":{"matchExpressions":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement#"},"nullable":true,"type":"array"},"matchLabels":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement":{"properties":{"key":{"type":"string"},"operator":{"type":"string"},"values":{"items":{"type":"string"},"nullable":true,"type":"array"}},"required":["key","operator"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta":{"properties":{"continue":{"nullable":true,"type":"string"},"remainingItemCount":{"format":"int64","nullable":true,"type":"integer"},"resourceVersion":{"nullable":true,"type":"string"},"selfLink":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"fieldsType":{"nullable":true,"type":"string"},"fieldsV1":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1#"},{"type":"null"}]},"manager":{"nullable":true,"type":"string"},"operation":{"nullable":true,"type":"string"},"subresource":{"nullable":true,"type":"string"},"time":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime":{"format":"date-time","type":"string"},"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta":{"properties":{"annotations":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"creationTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"deletionGracePeriodSeconds":{"format":"int64","nullable":true,"type":"integer"},"deletionTimestamp":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"finalizers":{"items":{"type":"string"},"nullable":true,"type":"array"},"generateName":{"nullable":true,"type":"string"},"generation":{"format":"int64","nullable":true,"type":"integer"},"labels":{"additionalProperties":{"type":"string"},"nullable":true,"type":"object"},"managedFields":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry#"},"nullable":true,"type":"array"},"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"},"ownerReferences":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference#"},"nullable":true,"type":"array"},"resourceVersion":{"nullable":true,"type":"string"},"selfLink":{"nullable":true,"type":"string"},"uid":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference":{"properties":{"apiVersion":{"type":"string"},"blockOwnerDeletion":{"nullable":true,"type":"boolean"},"controller":{"nullable":true,"type":"boolean"},"kind":{"type":"string"},"name":{"type":"string"},"uid":{"type":"string"}},"required":["apiVersion","kind","name","uid"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Patch":{"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions":{"properties":{"resourceVersion":{"nullable":true,"type":"string"},"uid":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.ServerAddressByClientCIDR":{"properties":{"clientCIDR":{"type":"string"},"serverAddress":{"type":"string"}},"required":["clientCIDR","serverAddress"],"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Status":{"properties":{"apiVersion":{"nullable":true,"type":"string"},"code":{"format":"int32","nullable":true,"type":"integer"},"details":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails#"},{"type":"null"}]},"kind":{"nullable":true,"type":"string"},"message":{"nullable":true,"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]},"reason":{"nullable":true,"type":"string"},"status":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause":{"properties":{"field":{"nullable":true,"type":"string"},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails":{"properties":{"causes":{"items":{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause#"},"nullable":true,"type":"array"},"group":{"nullable":true,"type":"string"},"kind":{"nullable":true,"type":"string"},"name":{"nullable":true,"type":"string"},"retryAfterSeconds":{"format":"int32","nullable":true,"type":"integer"},"uid":{"nullable":true,"type":"string"}},"type":"object"},"io.k8s.apimachinery.pkg.apis.meta.v1.Time":{"format":"date-time","type":"string"},"io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent":{"properties":{"object":{"$ref":"io.k8s.apimachinery.pkg.runtime.RawExtension#"},"type":{"type":"string"}},"required":["type","object"],"type":"object"},"io.k8s.apimachinery.pkg.runtime.RawExtension":{"type":"object"},"io.k8s.apimachinery.pkg.util.intstr.IntOrString":{"oneOf":[{"type":"string"},{"format":"int32","type":"integer"}]},"io.k8s.apimachinery.pkg.version.Info":{"properties":{"buildDate":{"type":"string"},"compiler":{"type":"string"},"gitCommit":{"type":"string"},"gitTreeState":{"type":"string"},"gitVersion":{"type":"string"},"goVersion":{"type":"string"},"major":{"type":"string"},"minor":{"type":"string"},"platform":{"type":"string"}},"required":["major","minor","gitVersion","gitCommit","gitTreeState","buildDate","goVersion","compiler","platform"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService":{"properties":{"apiVersion":{"enum":["apiregistration.k8s.io/v1"],"type":"string"},"kind":{"enum":["APIService"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceList":{"properties":{"apiVersion":{"enum":["apiregistration.k8s.io/v1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService#"},"type":"array"},"kind":{"enum":["APIServiceList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceSpec":{"properties":{"caBundle":{"format":"byte","nullable":true,"type":"string"},"group":{"nullable":true,"type":"string"},"groupPriorityMinimum":{"format":"int32","type":"integer"},"insecureSkipTLSVerify":{"nullable":true,"type":"boolean"},"service":{"oneOf":[{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference#"},{"type":"null"}]},"version":{"nullable":true,"type":"string"},"versionPriority":{"format":"int32","type":"integer"}},"required":["groupPriorityMinimum","versionPriority"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIServiceCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.ServiceReference":{"properties":{"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService":{"properties":{"apiVersion":{"enum":["apiregistration.k8s.io/v1beta1"],"type":"string"},"kind":{"enum":["APIService"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#"},{"type":"null"}]},"spec":{"oneOf":[{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceSpec#"},{"type":"null"}]},"status":{"oneOf":[{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceStatus#"},{"type":"null"}]}},"required":["apiVersion","kind"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceCondition":{"properties":{"lastTransitionTime":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.Time#"},{"type":"null"}]},"message":{"nullable":true,"type":"string"},"reason":{"nullable":true,"type":"string"},"status":{"type":"string"},"type":{"type":"string"}},"required":["type","status"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceList":{"properties":{"apiVersion":{"enum":["apiregistration.k8s.io/v1beta1"],"type":"string"},"items":{"items":{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService#"},"type":"array"},"kind":{"enum":["APIServiceList"],"type":"string"},"metadata":{"oneOf":[{"$ref":"io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta#"},{"type":"null"}]}},"required":["items","apiVersion","kind"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceSpec":{"properties":{"caBundle":{"format":"byte","nullable":true,"type":"string"},"group":{"nullable":true,"type":"string"},"groupPriorityMinimum":{"format":"int32","type":"integer"},"insecureSkipTLSVerify":{"nullable":true,"type":"boolean"},"service":{"oneOf":[{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.ServiceReference#"},{"type":"null"}]},"version":{"nullable":true,"type":"string"},"versionPriority":{"format":"int32","type":"integer"}},"required":["groupPriorityMinimum","versionPriority"],"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceStatus":{"properties":{"conditions":{"items":{"$ref":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIServiceCondition#"},"nullable":true,"type":"array"}},"type":"object"},"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.ServiceReference":{"properties":{"name":{"nullable":true,"type":"string"},"namespace":{"nullable":true,"type":"string"},"port":{"format":"int32","nullable":true,"type":"integer"}},"type":"object"}},"EZ":{"admissionregistration.k8s.io/v1/MutatingWebhookConfiguration":"io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration","admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration":"io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration","admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration":"io.k8s.api.admissionregistration.v1beta1.MutatingWebhookConfiguration","admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration":"io.k8s.api.admissionregistration.v1beta1.ValidatingWebhookConfiguration","apiextensions.k8s.io/v1/CustomResourceDefinition":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition","apiextensions.k8s.io/v1beta1/CustomResourceDefinition":"io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1beta1.CustomResourceDefinition","apiregistration.k8s.io/v1/APIService":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService","apiregistration.k8s.io/v1beta1/APIService":"io.k8s.kube-aggregator.pkg.apis.apiregistration.v1beta1.APIService","apps/v1/ControllerRevision":"io.k8s.api.apps.v1.ControllerRevision","apps/v1/DaemonSet":"io.k8s.api.apps.v1.DaemonSet","apps/v1/Deployment":"io.k8s.api.apps.v1.Deployment","apps/v1/ReplicaSet":"io.k8s.api.apps.v1.ReplicaSet","apps/v1/StatefulSet":"io.k8s.api.apps.v1.StatefulSet","apps/v1beta1/ControllerRevision":"io.k8s.api.apps.v1beta1.ControllerRevision","apps/v1beta1/Deployment":"io.k8s.api.apps.v1beta1.Deployment","apps/v1beta1/DeploymentRollback":"io.k8s.api.apps.v1beta1.DeploymentRollback","apps/v1beta1/Scale":"io.k8s.api.apps.v1beta1.Scale","apps/v1beta1/StatefulSet":"io.k8s.api.apps.v1beta1.StatefulSet","apps/v1beta2/ControllerRevision":"io.k8s.api.apps.v1beta2.ControllerRevision","apps/v1beta2/DaemonSet":"io.k8s.api.apps.v1beta2.DaemonSet","apps/v1beta2/Deployment":"io.k8s.api.apps.v1beta2.Deployment","apps/v1beta2/ReplicaSet":"io.k8s.api.apps.v1beta2.ReplicaSet","apps/v1beta2/Scale":"io.k8s.api.apps.v1beta2.Scale","apps/v1beta2/StatefulSet":"io.k8s.api.apps.v1beta2.StatefulSet","authentication.k8s.io/v1/TokenRequest":"io.k8s.api.authentication.v1.TokenRequest","authentication.k8s.io/v1/TokenReview":"io.k8s.api.authentication.v1.TokenReview","authentication.k8s.io/v1beta1/TokenReview":"io.k8s.api.authentication.v1beta1.TokenReview","authorization.k8s.io/v1/LocalSubjectAccessReview":"io.k8s.api.authorization.v1.LocalSubjectAccessReview","authorization.k8s.io/v1/SelfSubjectAccessReview":"io.k8s.api.authorization.v1.SelfSubjectAccessReview","authorization.k8s.io/v1/SelfSubjectRulesReview":"io.k8s.api.authorization.v1.SelfSubjectRulesReview","authorization.k8s.io/v1/SubjectAccessReview":"io.k8s.api.authorization.v1.SubjectAccessReview","authorization.k8s.io/v1beta1/LocalSubjectAccessReview":"io.k8s.api.authorization.v1beta1.LocalSubjectAccessReview","authorization.k8s.io/v1beta1/SelfSubjectAccessReview":"io.k8s.api.authorization.v1beta1.SelfSubjectAccessReview","authorization.k8s.io/v1beta1/SelfSubjectRulesReview":"io.k8s.api.authorization.v1beta1.SelfSubjectRulesReview","authorization.k8s.io/v1beta1/SubjectAccessReview":"io.k8s.api.authorization.v1beta1.SubjectAccessReview","autoscaling/v1/HorizontalPodAutoscaler":"io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler","autoscaling/v1/Scale":"io.k8s.api.autoscaling.v1.Scale","autoscaling/v2/HorizontalPodAutoscaler":"io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler","autoscaling/v2beta1/HorizontalPodAutoscaler":"io.k8s.api.autoscaling.v2beta1.HorizontalPodAutoscaler","autoscaling/v2beta2/HorizontalPodAutoscaler":"io.k8s.api.autoscaling.v2beta2.HorizontalPodAutoscaler","batch/v1/CronJob":"io.k8s.api.batch.v1.CronJob","batch/v1/Job":"io.k8s.api.batch.v1.Job","batch/v1beta1/CronJob":"io.k8s.api.batch.v1beta1.CronJob","certificates.k8s.io/v1/CertificateSigningRequest":"io.k8s.api.certificates.v1.CertificateSigningRequest","certificates.k8s.io/v1beta1/CertificateSigningRequest":"io.k8s.api.certificates.v1beta1.CertificateSigningRequest","coordination.k8s.io/v1/Lease":"io.k8s.api.coordination.v1.Lease","coordination.k8s.io/v1beta1/Lease":"io.k8s.api.coordination.v1beta1.Lease","discovery.k8s.io/v1/EndpointSlice":"io.k8s.api.discovery.v1.EndpointSlice","discovery.k8s.io/v1beta1/EndpointSlice":"io.k8s.api.discovery.v1beta1.EndpointSlice","events.k8s.io/v1/Event":"io.k8s.api.events.v1.Event","events.k8s.io/v1beta1/Event":"io.k8s.api.events.v1beta1.Event","extensions/v1beta1/DaemonSet":"io.k8s.api.extensions.v1beta1.DaemonSet","extensions/v1beta1/Deployment":"io.k8s.api.extensions.v1beta1.Deployment","extensions/v1beta1/DeploymentRollback":"io.k8s.api.extensions.v1beta1.DeploymentRollback","extensions/v1beta1/Ingress":"io.k8s.api.extensions.v1beta1.Ingress","extensions/v1beta1/NetworkPolicy":"io.k8s.api.extensions.v1beta1.NetworkPolicy","extensions/v1beta1/PodSecurityPolicy":"io.k8s.api.extensions.v1beta1.PodSecurityPolicy","extensions/v1beta1/ReplicaSet":"io.k8s.api.extensions.v1beta1.ReplicaSet","extensions/v1beta1/Scale":"io.k8s.api.extensions.v1beta1.Scale","flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema":"io.k8s.api.flowcontrol.v1beta1.FlowSchema","flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration":"io.k8s.api.flowcontrol.v1beta1.PriorityLevelConfiguration","flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema":"io.k8s.api.flowcontrol.v1beta2.FlowSchema","flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration":"io.k8s.api.flowcontrol.v1beta2.PriorityLevelConfiguration","flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema":"io.k8s.api.flowcontrol.v1beta3.FlowSchema","flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration":"io.k8s.api.flowcontrol.v1beta3.PriorityLevelConfiguration","networking.k8s.io/v1/Ingress":"io.k8s.api.networking.v1.Ingress","networking.k8s.io/v1/IngressClass":"io.k8s.api.networking.v1.IngressClass","networking.k8s.io/v1/NetworkPolicy":"io.k8s.api.networking.v1.NetworkPolicy","networking.k8s.io/v1beta1/Ingress":"io.k8s.api.networking.v1beta1.Ingress","networking.k8s.io/v1beta1/IngressClass":"io.k8s.api.networking.v1beta1.IngressClass","node.k8s.io/v1/RuntimeClass":"io.k8s.api.node.v1.RuntimeClass","node.k8s.io/v1beta1/RuntimeClass":"io.k8s.api.node.v1beta1.RuntimeClass","policy/v1/Eviction":"io.k8s.api.policy.v1.Eviction","policy/v1/PodDisruptionBudget":"io.k8s.api.policy.v1.PodDisruptionBudget","policy/v1beta1/Eviction":"io.k8s.api.policy.v1beta1.Eviction","policy/v1beta1/PodDisruptionBudget":"io.k8s.api.policy.v1beta1.PodDisruptionBudget","policy/v1beta1/PodSecurityPolicy":"io.k8s.api.policy.v1beta1.PodSecurityPolicy","rbac.authorization.k8s.io/v1/ClusterRole":"io.k8s.api.rbac.v1.ClusterRole","rbac.authorization.k8s.io/v1/ClusterRoleBinding":"io.k8s.api.rbac.v1.ClusterRoleBinding","rbac.authorization.k8s.io/v1/Role":"io.k8s.api.rbac.v1.Role","rbac.authorization.k8s.io/v1/RoleBinding":"io.k8s.api.rbac.v1.RoleBinding","rbac.authorization.k8s.io/v1beta1/ClusterRole":"io.k8s.api.rbac.v1beta1.ClusterRole","rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding":"io.k8s.api.rbac.v1beta1.ClusterRoleBinding","rbac.authorization.k8s.io/v1beta1/Role":"io.k8s.api.rbac.v1beta1.Role","rbac.authorization.k8s.io/v1beta1/RoleBinding":"io.k8s.api.rbac.v1beta1.RoleBinding","scheduling.k8s.io/v1/PriorityClass":"io.k8s.api.scheduling.v1.PriorityClass","scheduling.k8s.io/v1beta1/PriorityClass":"io.k8s.api.scheduling.v1beta1.PriorityClass","storage.k8s.io/v1/CSIDriver":"io.k8s.api.storage.v1.CSIDriver","storage.k8s.io/v1/CSINode":"io.k8s.api.storage.v1.CSINode","storage.k8s.io/v1/CSIStorageCapacity":"io.k8s.api.storage.v1.CSIStorageCapacity","storage.k8s.io/v1/StorageClass":"io.k8s.api.storage.v1.StorageClass","storage.k8s.io/v1/VolumeAttachment":"io.k8s.api.storage.v1.VolumeAttachment","storage.k8s.io/v1beta1/CSIDriver":"io.k8s.api.storage.v1beta1.CSIDriver","storage.k8s.io/v1beta1/CSINode":"io.k8s.api.storage.v1beta1.CSINode","storage.k8s.io/v1beta1/CSIStorageCapacity":"io.k8s.api.storage.v1beta1.CSIStorageCapacity","storage.k8s.io/v1beta1/StorageClass":"io.k8s.api.storage.v1beta1.StorageClass","storage.k8s.io/v1beta1/VolumeAttachment":"io.k8s.api.storage.v1beta1.VolumeAttachment","v1/Binding":"io.k8s.api.core.v1.Binding","v1/ComponentStatus":"io.k8s.api.core.v1.ComponentStatus","v1/ConfigMap":"io.k8s.api.core.v1.ConfigMap","v1/Endpoints":"io.k8s.api.core.v1.Endpoints","v1/Event":"io.k8s.api.core.v1.Event","v1/LimitRange":"io.k8s.api.core.v1.LimitRange","v1/Namespace":"io.k8s.api.core.v1.Namespace","v1/Node":"io.k8s.api.core.v1.Node","v1/PersistentVolume":"io.k8s.api.core.v1.PersistentVolume","v1/PersistentVolumeClaim":"io.k8s.api.core.v1.PersistentVolumeClaim","v1/Pod":"io.k8s.api.core.v1.Pod","v1/PodTemplate":"io.k8s.api.core.v1.PodTemplate","v1/ReplicationController":"io.k8s.api.core.v1.ReplicationController","v1/ResourceQuota":"io.k8s.api.core.v1.ResourceQuota","v1/Secret":"io.k8s.api.core.v1.Secret","v1/Service":"io.k8s.api.core.v1.Service","v1/ServiceAccount":"io.k8s.api.core.v1.ServiceAccount"},"Z3":"1.27.1","sP":"kubernetes-models@4.3.1"}');
;// CONCATENATED MODULE: ./packages/config-validate/src/schema-engine.ts


/** The Kubernetes version the embedded schemas describe (see scripts/kubernetes-schemas.ts). */
const SCHEMA_KUBERNETES_VERSION = kubernetes_namespaceObject.Z3;
const SCHEMA_SOURCE = kubernetes_namespaceObject.sP;
const BUILTIN_KINDS = kubernetes_namespaceObject.EZ;
// Formats are descriptive in the Kubernetes OpenAPI; the API server checks them, not the schema.
const FORMATS = [
    'int32',
    'int64',
    'double',
    'float',
    'byte',
    'quantity',
    'date-time',
    'date',
    'int-or-string',
    'password',
    'uri',
    'email',
    'hostname',
    'ipv4',
    'ipv6',
    'uuid',
    'duration',
    'binary',
];
const SCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf'];
function isSchema(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * Strict mode, as kubeconform -strict: an object schema that lists its properties rejects any other.
 * `oneOf: [{$ref}, {type: null}]` becomes the `$ref` alone (nulls are dropped before validation,
 * as the API server's decoder treats them as absent), which keeps error messages to the point.
 */
function strictCopy(schema, preserveUnknown = false) {
    if (!isSchema(schema))
        return schema;
    const out = { ...schema };
    const oneOf = out['oneOf'];
    if (Array.isArray(oneOf) &&
        oneOf.length === 2 &&
        isSchema(oneOf[0]) &&
        typeof oneOf[0]['$ref'] === 'string' &&
        isSchema(oneOf[1]) &&
        oneOf[1]['type'] === 'null') {
        delete out['oneOf'];
        out['$ref'] = oneOf[0]['$ref'];
    }
    const preserve = preserveUnknown || out['x-kubernetes-preserve-unknown-fields'] === true;
    if (isSchema(out['properties'])) {
        out['properties'] = Object.fromEntries(Object.entries(out['properties']).map(([k, v]) => [k, strictCopy(v)]));
        if (!('additionalProperties' in out) && !preserve)
            out['additionalProperties'] = false;
    }
    if (isSchema(out['additionalProperties']))
        out['additionalProperties'] = strictCopy(out['additionalProperties']);
    if (isSchema(out['items']))
        out['items'] = strictCopy(out['items']);
    for (const key of SCHEMA_LISTS)
        if (Array.isArray(out[key]))
            out[key] = out[key].map((s) => strictCopy(s));
    return out;
}
function hasNull(value) {
    if (value === null)
        return true;
    if (typeof value !== 'object')
        return false;
    for (const v of Array.isArray(value) ? value : Object.values(value))
        if (hasNull(v))
            return true;
    return false;
}
/** Drops null-valued fields (recursively), as the API server's decoder does for optional fields. */
function withoutNulls(value) {
    return hasNull(value) ? dropNulls(value) : value;
}
function dropNulls(value) {
    if (Array.isArray(value))
        return value.map(dropNulls);
    if (!isSchema(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== null)
            out[k] = dropNulls(v);
    return out;
}
function newAjv() {
    // optimize: false compiles a Deployment's schema in a third of the time and validates about as fast.
    return new ajv.Ajv({ strict: false, allErrors: true, formats: Object.fromEntries(FORMATS.map((f) => [f, true])), code: { optimize: false } });
}
function apiGroupOf(apiVersion) {
    return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}
// VAP objects are read and checked field by field by the admission-policy engine; the 1.27.1 schema set predates their GA API.
const CHECKED_ELSEWHERE = new Set(['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding']);
/**
 * The embedded schema engine: Kubernetes schemas compiled once per kind on first use, plus the
 * CRDs of the repository. Strict: unknown fields are errors; unknown kinds are reported.
 */
// Built-in schemas are added once per process and each kind is compiled on first use, then reused.
let builtin;
function builtinSchemas() {
    if (!builtin) {
        const ajv = newAjv();
        for (const [id, schema] of Object.entries(kubernetes_namespaceObject.BG))
            ajv.addSchema(strictSchema(schema, id), id);
        builtin = { ajv, compiled: new Map() };
    }
    return builtin;
}
class SchemaEngine {
    #ajv;
    #compiled;
    #custom = new Map();
    invalid = [];
    constructor(customSchemas = []) {
        const shared = builtinSchemas();
        this.#ajv = shared.ajv;
        this.#compiled = shared.compiled;
        for (const custom of customSchemas)
            this.#addCustom(custom);
    }
    #addCustom(custom) {
        const key = `${custom.apiVersion}/${custom.kind}`;
        try {
            this.#custom.set(key, this.#ajv.compile(customResourceSchema(custom.schema, 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#')));
        }
        catch (error) {
            this.invalid.push({ custom, message: error.message });
        }
    }
    /** Whether a schema exists for the kind (built in, or from a CRD of the repository). */
    knows(apiVersion, kind) {
        const key = `${apiVersion}/${kind}`;
        return key in BUILTIN_KINDS || this.#custom.has(key);
    }
    #validator(resource) {
        const key = `${resource.apiVersion}/${resource.kind}`;
        const custom = this.#custom.get(key);
        if (custom)
            return custom;
        const id = BUILTIN_KINDS[key];
        if (!id)
            return undefined;
        let compiled = this.#compiled.get(id);
        if (!compiled) {
            compiled = this.#ajv.getSchema(id);
            this.#compiled.set(id, compiled);
        }
        return compiled;
    }
    validate(resource) {
        const base = findingBase(resource);
        const validator = this.#validator(resource);
        if (!validator) {
            if (CHECKED_ELSEWHERE.has(resource.kind) && apiGroupOf(resource.apiVersion) === 'admissionregistration.k8s.io')
                return [];
            return [
                {
                    ...base,
                    rule: 'schema/unknown-kind',
                    severity: 'error',
                    ...resource.locate(['kind']),
                    message: `no schema for ${resource.apiVersion} ${resource.kind}: it is neither a Kubernetes ${SCHEMA_KUBERNETES_VERSION} API nor defined by a CRD in the repository`,
                    fix: 'check apiVersion and kind for typos, or add the CRD that defines it to the repository (its openAPIV3Schema is used)',
                },
            ];
        }
        if (validator(withoutNulls(resource.object)))
            return [];
        return describeErrors(validator.errors ?? []).map(({ path, ...e }) => ({ ...base, ...e, ...resource.locate(path) }));
    }
}
/** A CRD's openAPIV3Schema as a strict schema of the whole object (the API server adds apiVersion, kind and metadata). */
function customResourceSchema(schema, objectMetaRef) {
    const root = strictCopy(schema);
    const properties = isSchema(root['properties']) ? root['properties'] : {};
    root['properties'] = { ...properties, apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { $ref: objectMetaRef } };
    if (root['x-kubernetes-preserve-unknown-fields'] !== true && !('additionalProperties' in root))
        root['additionalProperties'] = false;
    return intOrString(root);
}
/**
 * A built-in definition in strict mode (see strictCopy). kubernetes-models' generator dropped the
 * `x-kubernetes-*` properties of JSONSchemaProps (it reads them as vendor extensions), so CRD
 * schemas may use any `x-kubernetes-` key.
 */
function strictSchema(schema, id) {
    const strict = strictCopy(schema);
    if (/\.apiextensions\.v1(beta1)?\.JSONSchemaProps$/.test(id))
        strict['patternProperties'] = { '^x-kubernetes-': {} };
    return strict;
}
/** `x-kubernetes-int-or-string: true` allows an integer or a string, whatever `type` says. */
function intOrString(schema) {
    if (!isSchema(schema))
        return schema;
    let out = { ...schema };
    if (out['x-kubernetes-int-or-string'] === true) {
        delete out['type'];
        delete out['format'];
        out = { ...out, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    }
    if (isSchema(out['properties']))
        out['properties'] = Object.fromEntries(Object.entries(out['properties']).map(([k, v]) => [k, intOrString(v)]));
    if (isSchema(out['additionalProperties']))
        out['additionalProperties'] = intOrString(out['additionalProperties']);
    if (isSchema(out['items']))
        out['items'] = intOrString(out['items']);
    for (const key of SCHEMA_LISTS)
        if (Array.isArray(out[key]))
            out[key] = out[key].map(intOrString);
    return out;
}
function findingBase(resource) {
    return {
        tool: 'schema',
        file: resource.file,
        kind: resource.kind,
        apiVersion: resource.apiVersion,
        ...(resource.namespace ? { namespace: resource.namespace } : {}),
        ...(resource.name ? { name: resource.name } : {}),
    };
}
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/** `spec.template.spec.containers[0].image` */
function dotted(path) {
    let out = '';
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$-]*$/.test(p) ? `${out ? '.' : ''}${p}` : `[${JSON.stringify(p)}]`;
    return out || '(root)';
}
/** One finding per problem: alternatives of a oneOf/anyOf collapse into the one error about the field. */
function describeErrors(errors) {
    const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    const out = [];
    const seen = new Set();
    for (const error of errors) {
        const insideUnion = unions.some((u) => u !== error && error.instancePath === u.instancePath && error.schemaPath.startsWith(`${u.schemaPath.replace(/\/(oneOf|anyOf)$/, '')}/${u.keyword}/`));
        if (insideUnion)
            continue;
        const path = pathOf(error.instancePath);
        let described;
        if (error.keyword === 'additionalProperties') {
            const field = [...path, String(error.params.additionalProperty)];
            described = {
                rule: 'schema/unknown-field',
                severity: 'error',
                path: field,
                message: `unknown field ${dotted(field)}`,
                fix: 'remove the field or fix its spelling (strict mode: the API server would drop or reject it)',
            };
        }
        else if (error.keyword === 'required') {
            const missing = error.params.missingProperty;
            described = { rule: 'schema/missing-field', severity: 'error', path, message: `${dotted([...path, missing])} is required`, fix: `add ${missing}` };
        }
        else if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
            const forms = errors
                .filter((e) => e !== error && e.instancePath === error.instancePath && e.keyword === 'type')
                .map((e) => e.params.type);
            described = {
                rule: 'schema/invalid-value',
                severity: 'error',
                path,
                message: `${dotted(path)} must be ${forms.length > 0 ? [...new Set(forms)].join(' or ') : 'one of the allowed forms'}`,
                fix: 'change the value to the documented type',
            };
        }
        else if (error.keyword === 'enum') {
            const allowed = error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ');
            described = {
                rule: 'schema/invalid-value',
                severity: 'error',
                path,
                message: `${dotted(path)} must be one of ${allowed}`,
                fix: 'use one of the allowed values',
            };
        }
        else {
            described = {
                rule: 'schema/invalid-value',
                severity: 'error',
                path,
                message: `${dotted(path)} ${error.message ?? 'is invalid'}`,
                fix: 'change the value to match the API schema',
            };
        }
        const key = `${described.rule} ${described.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(described);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/config-validate/src/deprecations.ts

const d = (apiVersion, kinds, deprecatedIn, removedIn, replacement, replacementSince, note) => ({
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
const DEPRECATIONS = [
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
    d('policy/v1beta1', ['PodSecurityPolicy'], 21, 25, undefined, undefined, 'PodSecurityPolicy has no replacement API: use Pod Security Admission (namespace labels) or a ValidatingAdmissionPolicy'),
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
const INDEX = new Map(DEPRECATIONS.flatMap((entry) => entry.kinds.map((kind) => [`${entry.apiVersion}/${kind}`, entry])));
function deprecationOf(apiVersion, kind) {
    return INDEX.get(`${apiVersion}/${kind}`);
}
/** Removed (error) or deprecated (warning) API versions for the target Kubernetes release. */
function checkDeprecations(resources, target) {
    const findings = [];
    for (const resource of resources) {
        const entry = deprecationOf(resource.apiVersion, resource.kind);
        if (!entry || target.minor < entry.deprecatedIn)
            continue;
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

// EXTERNAL MODULE: ./packages/config-validate/src/errors.ts
var errors = __webpack_require__(7469);
// EXTERNAL MODULE: ./packages/config-validate/src/findings.ts
var src_findings = __webpack_require__(5236);
// EXTERNAL MODULE: ./packages/config-validate/src/kubernetes-version.ts
var kubernetes_version = __webpack_require__(487);
;// CONCATENATED MODULE: ./packages/config-validate/src/workloads.ts
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** Where each workload kind keeps its pod template's spec. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Rollout: ['spec', 'template', 'spec'],
};
/** Workloads that run until replaced, so they need probes and a graceful shutdown. */
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Rollout']);
function getIn(value, path) {
    let node = value;
    for (const key of path) {
        if (typeof key === 'number')
            node = Array.isArray(node) ? node[key] : undefined;
        else
            node = record(node)?.[key];
        if (node === undefined)
            return undefined;
    }
    return node;
}
function podSpecOf(resource) {
    const path = POD_SPEC_PATHS[resource.kind];
    if (!path)
        return undefined;
    const spec = record(getIn(resource.object, path));
    return spec ? { spec, path } : undefined;
}
function containersOf(pod) {
    const out = [];
    for (const [field, init] of [
        ['initContainers', true],
        ['containers', false],
    ]) {
        list(pod.spec[field]).forEach((c, i) => {
            const container = record(c);
            if (container)
                out.push({ container, path: [...pod.path, field, i], init });
        });
    }
    return out;
}
function labelsOf(value) {
    const labels = record(record(value)?.['labels']) ?? {};
    return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)]));
}
/** metav1.LabelSelector semantics: every matchLabels pair and every matchExpressions requirement hold. */
function selectorMatches(selector, labels) {
    const s = record(selector);
    if (!s)
        return false;
    for (const [k, v] of Object.entries(record(s['matchLabels']) ?? {}))
        if (labels[k] !== String(v))
            return false;
    for (const raw of list(s['matchExpressions'])) {
        const r = record(raw);
        if (!r)
            return false;
        const values = list(r.values).map(String);
        const has = Object.hasOwn(labels, r.key);
        if (r.operator === 'In' && !(has && values.includes(labels[r.key])))
            return false;
        if (r.operator === 'NotIn' && has && values.includes(labels[r.key]))
            return false;
        if (r.operator === 'Exists' && !has)
            return false;
        if (r.operator === 'DoesNotExist' && has)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/config-validate/src/policy-pack.ts


/** The annotation that exempts one resource from named rules: `SP-RES-001, SP-PROBE-001`. */
const EXEMPT_ANNOTATION = 'config-validate.service-pipeline.dev/exempt';
const policy_pack_POLICY_RULES = [
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
const RULES = new Map(policy_pack_POLICY_RULES.map((r) => [r.id, r]));
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);
const DEFAULT_GRACE_SECONDS = 30;
function exemptions(resource) {
    const value = record(record(resource.object['metadata'])?.['annotations'])?.[EXEMPT_ANNOTATION];
    const ids = typeof value === 'string' ? value.split(/[\s,]+/).filter((s) => s !== '') : [];
    return { ids: new Set(ids), unknown: ids.filter((id) => !RULES.has(id)) };
}
/** Splits `registry/repo:tag@sha256:...` into its tag and digest (either may be absent). */
function imageParts(image) {
    const at = image.indexOf('@');
    const digest = at >= 0 ? image.slice(at + 1) : undefined;
    const name = at >= 0 ? image.slice(0, at) : image;
    const colon = name.lastIndexOf(':');
    const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
    return { ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function isDistroless(image) {
    return /(^|[/.-])distroless([/:@-]|$)/.test(image) || /(^|\/)chainguard\/static([:@]|$)/.test(image);
}
function shellOf(command) {
    const first = list(command)[0];
    if (typeof first !== 'string')
        return undefined;
    const base = first.split('/').pop() ?? '';
    return SHELLS.has(base) ? first : undefined;
}
/** The seconds a preStop hook sleeps: `sleep N`, `sh -c "sleep N"` or the sleep action. */
function preStopSleepSeconds(preStop) {
    const hook = record(preStop);
    const action = record(hook?.['sleep'])?.['seconds'];
    if (typeof action === 'number')
        return action;
    const command = list(record(hook?.['exec'])?.['command']).map(String).join(' ');
    const match = /(?:^|[\s;&|])(?:\/bin\/|\/usr\/bin\/)?sleep\s+(\d+(?:\.\d+)?)s?\b/.exec(command);
    return match ? Number(match[1]) : undefined;
}
function checkContainer(c, emit, pod, longRunning, grace) {
    const name = String(c.container['name'] ?? '?');
    const image = typeof c.container['image'] === 'string' ? c.container['image'] : '';
    const at = (...rest) => [...c.path, ...rest];
    if (image) {
        const { tag, digest } = imageParts(image);
        if (!digest && (!tag || tag === 'latest')) {
            emit('SP-IMG-001', at('image'), `container ${name} runs ${image}, ${tag ? 'the moving tag latest' : 'which has no tag or digest'}`, 'pin the image by digest (image@sha256:...) or an immutable version tag; manifest-bump writes digests');
        }
        const shell = shellOf(c.container['command']);
        if (shell && isDistroless(image)) {
            emit('SP-IMG-002', at('command'), `container ${name} starts ${shell}, but ${image} is distroless and has no shell`, 'run the binary directly (exec form: command: ["/app/server"]) and move start-up logic into the program');
        }
    }
    const podSc = record(pod.spec['securityContext']) ?? {};
    const sc = record(c.container['securityContext']) ?? {};
    const runAsUser = sc['runAsUser'] ?? podSc['runAsUser'];
    const runAsNonRoot = sc['runAsNonRoot'] ?? podSc['runAsNonRoot'];
    if (runAsUser === 0) {
        emit('SP-SEC-001', record(c.container['securityContext']) && 'runAsUser' in sc ? at('securityContext', 'runAsUser') : [...pod.path, 'securityContext', 'runAsUser'], `container ${name} runs as UID 0 (root)`, 'set runAsUser to a non-zero UID (distroless nonroot is 65532) and runAsNonRoot: true');
    }
    else if (runAsNonRoot !== true && runAsUser === undefined) {
        emit('SP-SEC-001', c.path, `container ${name} may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set`, 'set securityContext.runAsNonRoot: true (pod or container) and runAsUser: 65532');
    }
    if (c.init)
        return;
    const resources = record(c.container['resources']) ?? {};
    const missing = [
        ['requests', 'cpu'],
        ['requests', 'memory'],
        ['limits', 'memory'],
    ]
        .filter(([group, key]) => record(resources[group])?.[key] === undefined)
        .map(([g, k]) => `${g}.${k}`);
    if (missing.length > 0)
        emit('SP-RES-001', c.path, `container ${name} sets no ${missing.join(', ')}`, 'set resources.requests.cpu, resources.requests.memory and resources.limits.memory');
    if (!longRunning)
        return;
    const probes = ['readinessProbe', 'livenessProbe'].filter((p) => c.container[p] === undefined);
    if (probes.length > 0)
        emit('SP-PROBE-001', c.path, `container ${name} has no ${probes.join(' and ')}`, 'add an httpGet, grpc or tcpSocket readinessProbe and livenessProbe');
    const preStop = record(c.container['lifecycle'])?.['preStop'];
    if (preStop === undefined) {
        emit('SP-AVAIL-002', c.path, `container ${name} has no preStop hook`, 'add lifecycle.preStop (e.g. exec: command: ["sleep", "5"], or the sleep action on Kubernetes 1.30+) so traffic drains before shutdown');
        return;
    }
    const sleep = preStopSleepSeconds(preStop);
    if (sleep !== undefined && grace <= sleep) {
        const gracePath = pod.spec['terminationGracePeriodSeconds'] === undefined ? at('lifecycle', 'preStop') : [...pod.path, 'terminationGracePeriodSeconds'];
        emit('SP-AVAIL-003', gracePath, `container ${name} sleeps ${sleep}s in preStop but terminationGracePeriodSeconds is ${grace}s`, `set terminationGracePeriodSeconds above ${sleep} (the sleep plus the time the process needs to shut down)`);
    }
}
/**
 * Runs the embedded policy pack over the resources of one rendered unit (a kustomize overlay,
 * a Helm release, a plain directory): PodDisruptionBudgets only count in the unit that deploys them.
 */
function checkPolicies(resources) {
    const findings = [];
    const pdbs = resources.filter((r) => r.kind === 'PodDisruptionBudget' && r.apiVersion.startsWith('policy/'));
    for (const resource of resources) {
        const { ids: exempt, unknown } = exemptions(resource);
        const emit = (id, path, message, fix) => {
            if (exempt.has(id))
                return;
            const rule = RULES.get(id);
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
                fix: `use rule ids of the pack (${policy_pack_POLICY_RULES.map((r) => r.id).join(', ')})`,
            });
        }
        if (resource.kind === 'Secret' && resource.apiVersion === 'v1') {
            for (const field of ['data', 'stringData']) {
                const data = record(resource.object[field]);
                if (data && Object.keys(data).length > 0) {
                    emit('SP-SEC-002', [field], `Secret ${resource.name} commits ${Object.keys(data).length} key(s) in ${field}`, 'remove it from git and rotate the values; declare an ExternalSecret (external-secrets) or a SealedSecret instead');
                    break;
                }
            }
        }
        const pod = podSpecOf(resource);
        if (!pod)
            continue;
        const longRunning = LONG_RUNNING.has(resource.kind);
        const graceValue = pod.spec['terminationGracePeriodSeconds'];
        const grace = typeof graceValue === 'number' ? graceValue : DEFAULT_GRACE_SECONDS;
        for (const c of containersOf(pod))
            checkContainer(c, emit, pod, longRunning, grace);
        const replicas = getIn(resource.object, ['spec', 'replicas']);
        if ((resource.kind === 'Deployment' || resource.kind === 'StatefulSet') && typeof replicas === 'number' && replicas > 1) {
            const labels = labelsOf(getIn(resource.object, ['spec', 'template', 'metadata']));
            const covered = pdbs.some((pdb) => (pdb.namespace ?? '') === (resource.namespace ?? '') && selectorMatches(getIn(pdb.object, ['spec', 'selector']), labels));
            if (!covered)
                emit('SP-AVAIL-001', ['spec', 'replicas'], `${resource.kind} ${resource.name} runs ${replicas} replicas and no PodDisruptionBudget selects its pods`, 'add a policy/v1 PodDisruptionBudget (minAvailable or maxUnavailable) whose selector matches the pod template labels');
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/config-validate/src/reports.ts


/** The JSON report (the action's `report` output points at it). */
function jsonReport(result) {
    return `${JSON.stringify({ ...result, counts: countBySeverity(result.findings) }, null, 2)}\n`;
}
/** Step summary: counts, then one table per file. */
function validationSummary(result, failOn) {
    const counts = countBySeverity(result.findings);
    const byFile = new Map();
    for (const f of result.findings)
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const paragraphs = [
        `${result.resources} resource(s) checked against Kubernetes ${result.kubernetesVersion} (schemas: ${result.schemaKubernetesVersion}); ${SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}; fail-on: ${failOn}.`,
    ];
    if (result.units.length > 0)
        paragraphs.push(`Rendered: ${result.units.map((u) => `\`${u}\``).join(', ')}.`);
    if (result.findings.length === 0)
        paragraphs.push('No findings.');
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
const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/** SARIF 2.1.0 for code scanning: one run, one rule per rule id, locations relative to the repository root. */
function sarifReport(findings, options) {
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
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JUnit XML: a test suite per file, a failing test case per finding at or above fail-on. */
function junitReport(findings, failing) {
    const byFile = new Map();
    for (const f of findings)
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 9 modules
var src = __webpack_require__(5984);
// EXTERNAL MODULE: ./packages/action-kit/src/exec.ts + 1 modules
var exec = __webpack_require__(4181);
;// CONCATENATED MODULE: ./packages/tools/src/install-record.ts



const RECORDS = 'install-records';
function recordFile(cacheDir, tool, path) {
    return (0,external_node_path_.join)(cacheDir, RECORDS, `${tool}-${(0,external_node_crypto_.createHash)('sha256').update(path).digest('hex').slice(0, 16)}.json`);
}
async function fileIdentity(path) {
    try {
        const info = await (0,promises_.stat)(path);
        return { size: info.size, mtimeMs: info.mtimeMs };
    }
    catch {
        return undefined;
    }
}
/** The record of `path`, when there is one and the file is still the one it describes. */
async function readInstallRecord(cacheDir, tool, path) {
    let record;
    try {
        record = JSON.parse(await (0,promises_.readFile)(recordFile(cacheDir, tool, path), 'utf8'));
    }
    catch {
        return undefined;
    }
    const now = await fileIdentity(path);
    if (!now || record.path !== path || record.tool !== tool || typeof record.version !== 'string')
        return undefined;
    return record.size === now.size && record.mtimeMs === now.mtimeMs ? record : undefined;
}
/** Records `path` as `tool` at `version` (atomically: concurrent installs never read half a record). */
async function writeInstallRecord(cacheDir, entry) {
    const identity = await fileIdentity(entry.path);
    if (!identity)
        throw new Error(`cannot record ${entry.path}: it does not exist`);
    const record = { ...entry, ...identity, recordedAt: new Date().toISOString() };
    const file = recordFile(cacheDir, entry.tool, entry.path);
    await (0,promises_.mkdir)((0,external_node_path_.join)(cacheDir, RECORDS), { recursive: true });
    const partial = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    await (0,promises_.writeFile)(partial, `${JSON.stringify(record, null, 2)}\n`);
    await (0,promises_.rename)(partial, file);
    return record;
}

;// CONCATENATED MODULE: ./packages/tools/src/manifest.ts
const goreleaser = (name, os, arch, sep = '_') => (version, platform) => {
    const [o, a] = platform.split('-');
    return `${name}_${version}_${os[o]}${sep}${arch[a]}.tar.gz`;
};
const lowerGo = { os: { linux: 'linux', darwin: 'darwin' }, arch: { x64: 'amd64', arm64: 'arm64' } };
/*
 * Digests: trivy 0.69.2, grype and syft from cashapp/hermit-packages (trivy.hcl, grype.hcl,
 * syft.hcl), which records the sha256 of each GitHub release asset; trivy 0.74.0 from several
 * projects' pinned install scripts that copy trivy_0.74.0_checksums.txt (the Linux digests agree
 * across four of them, the macOS ones come from one); kubeconform from a pinned Bazel rule
 * (silence-operator, kubeconform.bzl) and hermit's kubeconform.hcl, which agree.
 * Runners download these; the tests run the same tools built from GO_TOOLS below. grype and syft
 * stay at older releases here: no published digest of grype 0.121.3 or syft 1.57.1 was found.
 */
const TOOLS = {
    trivy: {
        name: 'trivy',
        version: '0.74.0',
        baseUrl: 'https://github.com/aquasecurity/trivy/releases/download/{tag}',
        asset: goreleaser('trivy', { linux: 'Linux', darwin: 'macOS' }, { x64: '64bit', arm64: 'ARM64' }, '-'),
        binary: 'trivy',
        sha256: {
            '0.74.0': {
                'linux-x64': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
                'linux-arm64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
                'darwin-x64': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
                'darwin-arm64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
            },
            '0.69.2': {
                'linux-x64': 'affa59a1e37d86e4b8ab2cd02f0ab2e63d22f1bf9cf6a7aa326c884e25e26ce3',
                'linux-arm64': 'c73b97699c317b0d25532b3f188564b4e29d13d5472ce6f8eb078082546a6481',
                'darwin-x64': '41f6eac3ebe3a00448a16f08038b55ce769fe2d5128cb0d64bdf282cdad4831a',
                'darwin-arm64': '320c0e6af90b5733b9326da0834240e944c6f44091e50019abdf584237ff4d0c',
            },
        },
        versionArgs: ['--version'],
        versionPattern: /^Version:\s*v?(\S+)/m,
    },
    grype: {
        name: 'grype',
        version: '0.92.2',
        baseUrl: 'https://github.com/anchore/grype/releases/download/{tag}',
        asset: goreleaser('grype', lowerGo.os, lowerGo.arch),
        binary: 'grype',
        sha256: {
            '0.92.2': {
                'linux-x64': '0b378a8d4153aa71d9ce95a3597f241a90f98b957a5694041d0ec04c6600b115',
                'linux-arm64': 'da22daf543e84f6eefc00643e45aa555b9e53481f849823c5a3a8ede700b499a',
                'darwin-x64': 'b59dc689268dba6ada9bfee477759ba9a63a552eac965a618d57fd65cbd41a94',
                'darwin-arm64': 'e3458eb528b6734af937eb18aff7e58e52afbbd0e8b52635c215e84bfe8c5f19',
            },
        },
        versionArgs: ['--version'],
        versionPattern: /^grype\s+v?(\S+)/m,
    },
    syft: {
        name: 'syft',
        version: '1.16.0',
        baseUrl: 'https://github.com/anchore/syft/releases/download/{tag}',
        asset: goreleaser('syft', lowerGo.os, lowerGo.arch),
        binary: 'syft',
        sha256: {
            '1.16.0': {
                'linux-x64': '38bf84931e898d4d01c39fc806f89ae3eebac56313978dacd96156f1f9f85bc7',
                'darwin-x64': 'f654b10a7ab4b18779586450d3b0f9e447017d9c74f1122495e281762d5799e9',
                'darwin-arm64': '0b6afa3b2f9448e96b7855e8341445690d0d60b5f6189672f9beab2bbc4250f2',
            },
        },
        versionArgs: ['--version'],
        versionPattern: /^syft\s+v?(\S+)/m,
    },
    kubeconform: {
        name: 'kubeconform',
        version: '0.8.0',
        baseUrl: 'https://github.com/yannh/kubeconform/releases/download/{tag}',
        asset: (_version, platform) => `kubeconform-${platform.replace('x64', 'amd64')}.tar.gz`,
        binary: 'kubeconform',
        sha256: {
            '0.8.0': {
                'linux-x64': '9bc2bffbf71f261128533edaf912153948b7ff238f9a531ae6d34466ec287883',
                'linux-arm64': '1f53fc8e81258197a35e8603054162a5af1de8c5af13746c71ab680d9534ed87',
                'darwin-x64': '71dbc87ac9f24099a62b93570e65aa06312ba6ac8aea63b7f86e9d999edf5a92',
                'darwin-arm64': 'f84f4dfbebf4a6b0b230385fa065a39ea35e02608c2b50d025dcf64775a69d67',
            },
        },
        versionArgs: ['-v'],
        versionPattern: /^v?(\d+\.\d+\.\d+)/m,
    },
    // Digests from hermit's conftest.hcl (the archive URLs it verified), the release's own names lower-cased.
    conftest: {
        name: 'conftest',
        version: '0.56.0',
        baseUrl: 'https://github.com/open-policy-agent/conftest/releases/download/{tag}',
        asset: (version, platform) => `conftest_${version}_${platform.startsWith('darwin') ? 'darwin' : 'linux'}_${platform.endsWith('x64') ? 'x86_64' : 'arm64'}.tar.gz`,
        binary: 'conftest',
        sha256: {
            '0.56.0': {
                'linux-x64': '620f41640d63bbde1646a108ce2816ba54c980466ceebb7e754dda2d508e8cd5',
                'darwin-arm64': 'f84ecd403bf2f3ecff508bbee4f3a4ec7bef5290a472c0e902501354a2277a59',
            },
        },
        versionArgs: ['--version'],
        versionPattern: /^Conftest:\s*v?(\S+)/m,
    },
};
/*
 * Go module pins, newest that build on this project's Go (1.26): grype v0.122+ and
 * kustomize/v5 v5.8.3 need Go 1.27; kustomize/v5 v5.8.2 brings kustomize/api v0.21.2.
 */
const GO_TOOLS = {
    trivy: {
        module: 'github.com/aquasecurity/trivy',
        version: 'v0.74.0',
        package: 'github.com/aquasecurity/trivy/cmd/trivy',
        binary: 'trivy',
        ldflags: ['github.com/aquasecurity/trivy/pkg/version/app.ver={version}'],
        env: { GOEXPERIMENT: 'jsonv2' },
    },
    grype: {
        module: 'github.com/anchore/grype',
        version: 'v0.121.3',
        package: 'github.com/anchore/grype/cmd/grype',
        binary: 'grype',
        ldflags: ['main.version={version}'],
    },
    syft: {
        module: 'github.com/anchore/syft',
        version: 'v1.57.1',
        package: 'github.com/anchore/syft/cmd/syft',
        binary: 'syft',
        ldflags: ['main.version={version}'],
        versionFrom: 'github.com/anchore/grype',
    },
    opa: {
        module: 'github.com/open-policy-agent/opa',
        version: 'v1.22.4',
        package: 'github.com/open-policy-agent/opa',
        binary: 'opa',
    },
    conftest: {
        module: 'github.com/open-policy-agent/conftest',
        version: 'v0.71.1',
        package: 'github.com/open-policy-agent/conftest',
        binary: 'conftest',
        ldflags: ['github.com/open-policy-agent/conftest/internal/version.Version={version}'],
    },
    kubeconform: {
        module: 'github.com/yannh/kubeconform',
        version: 'v0.8.0',
        package: 'github.com/yannh/kubeconform/cmd/kubeconform',
        binary: 'kubeconform',
        ldflags: ['main.version=v{version}'],
    },
    helm: {
        module: 'helm.sh/helm/v4',
        version: 'v4.3.2',
        package: 'helm.sh/helm/v4/cmd/helm',
        binary: 'helm',
        ldflags: ['helm.sh/helm/v4/internal/version.version=v{version}', 'helm.sh/helm/v4/internal/version.gitTreeState=clean'],
    },
    kustomize: {
        module: 'sigs.k8s.io/kustomize/kustomize/v5',
        version: 'v5.8.2',
        package: 'sigs.k8s.io/kustomize/kustomize/v5',
        binary: 'kustomize',
    },
    crane: {
        module: 'github.com/google/go-containerregistry',
        version: 'v0.22.1',
        package: 'github.com/google/go-containerregistry/cmd/crane',
        binary: 'crane',
        ldflags: ['github.com/google/go-containerregistry/cmd/crane/cmd.Version={version}'],
    },
    oras: {
        module: 'oras.land/oras',
        version: 'v1.3.6',
        package: 'oras.land/oras/cmd/oras',
        binary: 'oras',
        ldflags: [
            'oras.land/oras/internal/version.Version={version}',
            'oras.land/oras/internal/version.BuildMetadata=',
            'oras.land/oras/internal/version.GitTreeState=clean',
        ],
    },
    registry: {
        module: 'github.com/distribution/distribution/v3',
        version: 'v3.1.2',
        package: 'github.com/distribution/distribution/v3/cmd/registry',
        binary: 'registry',
        ldflags: ['github.com/distribution/distribution/v3/version.version=v{version}'],
    },
    pluto: {
        module: 'github.com/fairwindsops/pluto/v5',
        version: 'v5.24.0',
        package: 'github.com/fairwindsops/pluto/v5',
        binary: 'pluto',
        notServed: 'the Go module proxy answers 403 Forbidden for github.com/fairwindsops/pluto/v5 (and github.com/FairwindsOps/pluto/v5)',
    },
};

;// CONCATENATED MODULE: ./packages/tools/src/platform.ts

const TOOL_PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'];
function isToolPlatform(value) {
    return TOOL_PLATFORMS.includes(value);
}
/** The release platform of this machine; the tools publish archives only for these four. */
function currentPlatform(os = process.platform, arch = process.arch) {
    const platform = `${os}-${arch}`;
    if (!isToolPlatform(platform)) {
        throw new src/* ActionError */.lZ(`no pinned tool release for platform ${platform}`, `run on one of ${TOOL_PLATFORMS.join(', ')}, or pass the path of an installed binary`);
    }
    return platform;
}

;// CONCATENATED MODULE: ./packages/tools/src/install.ts









/** The downloaded archive is not the one the manifest pins: never extracted, never run. */
class ChecksumMismatchError extends src/* ActionError */.lZ {
    url;
    expected;
    actual;
    constructor(url, expected, actual) {
        super(`the archive downloaded from ${url} has sha256 ${actual}, expected ${expected}`, 'the download was tampered with or the mirror serves another build: point base-url at an unmodified copy of the official release');
        this.url = url;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ChecksumMismatchError';
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The version a binary reports, or undefined when it cannot say (it still may be usable). */
async function binaryVersion(spec, file) {
    try {
        const result = await (0,exec/* runCommand */.d1)(file, spec.versionArgs, { captureStdout: true, keepLines: 20 });
        return spec.versionPattern.exec(`${result.stdout}\n${result.tail.join('\n')}`)?.[1];
    }
    catch (error) {
        if (error instanceof exec/* SpawnError */.G$)
            return undefined;
        throw error;
    }
}
/** The first executable `binary` in PATH's directories. */
async function install_findOnPath(binary) {
    for (const dir of (process.env['PATH'] ?? '').split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_.join)(dir, binary);
        if (await isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function releaseUrl(spec, version, platform, baseUrl) {
    const tag = `v${version}`;
    const root = (baseUrl ?? spec.baseUrl).replace(/\/+$/, '');
    const folder = /\{tag\}|\{version\}/.test(root) ? root.replaceAll('{tag}', tag).replaceAll('{version}', version) : `${root}/${tag}`;
    return `${folder}/${spec.asset(version, platform)}`;
}
function resolveRelease(spec, options) {
    const version = (options.version ?? spec.version).replace(/^v/, '');
    const pinned = spec.sha256[version];
    if (!pinned) {
        throw new src/* ActionError */.lZ(`${spec.name} ${version} is not in the pinned tool manifest`, `use ${Object.keys(spec.sha256).join(' or ')}, or pass the path of an installed ${spec.name} binary`);
    }
    let platform;
    if (options.platform === undefined)
        platform = currentPlatform();
    else if (isToolPlatform(options.platform))
        platform = options.platform;
    else
        throw new src/* ActionError */.lZ(`unknown tool platform "${options.platform}"`, `use one of ${TOOL_PLATFORMS.join(', ')}`);
    const sha256 = pinned[platform];
    if (!sha256) {
        throw new src/* ActionError */.lZ(`no verified ${spec.name} ${version} release for ${platform}`, `the manifest pins ${Object.keys(pinned).join(', ')}; install ${spec.name} yourself and pass its path`);
    }
    return { version, platform, sha256 };
}
function toolCacheDir(options) {
    const dir = options.cacheDir ?? process.env['RUNNER_TOOL_CACHE'];
    if (!dir)
        throw new src/* ActionError */.lZ('RUNNER_TOOL_CACHE is not set', 'set RUNNER_TOOL_CACHE to a writable directory (GitHub runners set it), or pass the path of an installed binary');
    return dir;
}
/**
 * The version of a binary found in place: from its install record when it has one, else asked
 * once (`--version`) and recorded, so later runs start the tool only to do its work.
 */
async function versionInPlace(spec, path, origin, options) {
    const cacheDir = options.cacheDir ?? process.env['RUNNER_TOOL_CACHE'];
    const recorded = cacheDir ? await readInstallRecord(cacheDir, spec.name, path) : undefined;
    if (recorded)
        return recorded.version;
    const version = await binaryVersion(spec, path);
    if (cacheDir && version !== undefined)
        await writeInstallRecord(cacheDir, { tool: spec.name, version, path, origin });
    return version;
}
async function download(spec, release, cacheDir, options) {
    const dir = (0,external_node_path_.join)(cacheDir, spec.name, release.version, release.platform);
    const url = releaseUrl(spec, release.version, release.platform, options.baseUrl);
    options.logger.info(`Downloading ${spec.name} ${release.version} from ${url}`);
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    // The tool cache (and the HTTP client it brings) loads only when a download is needed.
    const toolCache = await Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(912)]).then(__webpack_require__.bind(__webpack_require__, 3912));
    // Staged next to the cache so the final rename stays on one file system; removed whatever happens.
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(cacheDir, `.${spec.name}-`));
    try {
        let archive;
        try {
            archive = await toolCache.downloadTool(url, (0,external_node_path_.join)(staging, 'archive.tar.gz'));
        }
        catch (error) {
            const status = error instanceof toolCache.HTTPError ? ` (HTTP ${error.httpStatusCode})` : '';
            throw new src/* ActionError */.lZ(`cannot download ${spec.name} ${release.version} from ${url}${status}`, 'check base-url (mirrors must keep the release folder layout) and the network', { cause: error });
        }
        const actual = await sha256File(archive);
        if (actual !== release.sha256)
            throw new ChecksumMismatchError(url, release.sha256, actual);
        const extracted = await toolCache.extractTar(archive, (0,external_node_path_.join)(staging, 'extracted'));
        if (!(await isExecutable((0,external_node_path_.join)(extracted, spec.binary)))) {
            throw new src/* ActionError */.lZ(`the ${spec.name} archive from ${url} has no executable ${spec.binary}`, 'the release layout changed: update the tool manifest');
        }
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(dir), { recursive: true });
        await (0,promises_.rename)(extracted, dir);
        const path = (0,external_node_path_.join)(dir, spec.binary);
        // The record is written last: a binary without one is an interrupted install, never used.
        await writeInstallRecord(cacheDir, { tool: spec.name, version: release.version, path, origin: url, archiveSha256: actual });
        return path;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * Finds or installs a pinned tool: a given path, a binary on PATH at the pinned version, the
 * tool cache, or a download whose sha256 is checked against the manifest before the archive
 * is opened. Versions come from install records, so a tool is started only to do its work.
 */
async function installTool(tool, options) {
    const spec = typeof tool === 'string' ? TOOLS[tool] : tool;
    const log = options.logger;
    if (options.path !== undefined) {
        if (!(await isExecutable(options.path))) {
            throw new src/* ActionError */.lZ(`${spec.name} binary ${options.path} does not exist or is not executable`, `install ${spec.name} there or leave the path empty to download the pinned release`);
        }
        return { path: options.path, version: (await versionInPlace(spec, options.path, 'path', options)) ?? 'unknown', source: 'path' };
    }
    const release = resolveRelease(spec, options);
    const onPath = await install_findOnPath(spec.binary);
    if (onPath) {
        const found = await versionInPlace(spec, onPath, 'PATH', options);
        if (found === release.version)
            return { path: onPath, version: found, source: 'PATH' };
        log.debug(`${onPath} reports version ${found ?? 'unknown'}, not the pinned ${release.version}; installing the pinned release`);
    }
    const cacheDir = toolCacheDir(options);
    const cached = (0,external_node_path_.join)(cacheDir, spec.name, release.version, release.platform, spec.binary);
    if (await readInstallRecord(cacheDir, spec.name, cached))
        return { path: cached, version: release.version, source: 'cache' };
    return { path: await download(spec, release, cacheDir, options), version: release.version, source: 'download' };
}

;// CONCATENATED MODULE: ./packages/tools/src/index.ts





;// CONCATENATED MODULE: ./packages/config-validate/src/tools/install.ts


/** helm, kustomize and kubectl: a given path, else PATH (GitHub's runner images ship all three). */
async function findRenderers(paths = {}) {
    const helm = paths.helm ?? (await findOnPath('helm'));
    const kustomize = paths.kustomize ?? (await findOnPath('kustomize'));
    const kubectl = await findOnPath('kubectl');
    return { ...(helm ? { helm } : {}), ...(kustomize ? { kustomize } : {}), ...(kubectl ? { kubectl } : {}) };
}
/**
 * kubeconform and conftest through the pinned, checksum-verified installer; pluto from a given
 * path or PATH only (no checksum is pinned for it, so it is never downloaded).
 */
async function installValidationTools(options) {
    if (options.engine === 'embedded')
        return {};
    const install = async (tool) => (await installTool(tool, {
        logger: options.logger,
        ...(options.paths[tool] ? { path: options.paths[tool] } : {}),
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    })).path;
    const out = {};
    if (options.checks.includes('schema'))
        out.kubeconform = await install('kubeconform');
    if (options.checks.includes('policies') && options.policyDir)
        out.conftest = await install('conftest');
    if (options.checks.includes('deprecations')) {
        const pluto = options.paths.pluto ?? (await install_findOnPath('pluto'));
        if (!pluto)
            throw new errors/* ConfigValidateError */.r('pluto is not installed and no pluto-path was given (engine tools/both checks deprecations with pluto)', 'install pluto on the runner and pass pluto-path, or use engine: embedded for deprecations');
        out.pluto = pluto;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/config-validate/src/tools/kubeconform-schemas.ts




/** kubeconform's -schema-location template for the directory written by writeKubeconformSchemas. */
const SCHEMA_LOCATION_TEMPLATE = '{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json';
const REF = /^(.+)#$/;
/** Rewrites `"$ref": "<id>#"` into `#/definitions/<id>` and collects every definition it reaches. */
function inline(schema, definitions, reached) {
    if (Array.isArray(schema))
        return schema.map((s) => inline(s, definitions, reached));
    if (schema === null || typeof schema !== 'object')
        return schema;
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === '$ref' && typeof value === 'string' && REF.test(value)) {
            const id = REF.exec(value)[1];
            out[key] = `#/definitions/${id}`;
            if (!reached.has(id)) {
                reached.set(id, null);
                reached.set(id, inline(definitions[id], definitions, reached));
            }
        }
        else if (key === 'properties' && value && typeof value === 'object') {
            out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inline(v, definitions, reached)]));
        }
        else {
            out[key] = inline(value, definitions, reached);
        }
    }
    return out;
}
function standalone(root, definitions) {
    const reached = new Map();
    const top = inline(root, definitions, reached);
    return { ...top, definitions: Object.fromEntries(reached) };
}
/**
 * Writes the embedded Kubernetes schemas and the repository's CRD schemas in kubeconform's
 * layout, so kubeconform validates offline against the same source as the embedded engine.
 */
async function writeKubeconformSchemas(dir, custom) {
    const definitions = kubernetes_namespaceObject.BG;
    // The same strict reading as the embedded engine: listed properties only.
    const strictDefinitions = Object.fromEntries(Object.entries(definitions).map(([id, s]) => [id, strictSchema(s, id)]));
    const files = new Map();
    for (const [key, id] of Object.entries(kubernetes_namespaceObject.EZ)) {
        const parts = key.split('/');
        const kind = parts.pop();
        const version = parts.pop();
        // kubeconform's {{ .Group }} is the part of apiVersion before '/', which for core ("v1") is the version.
        const group = parts.join('/') || version;
        files.set((0,external_node_path_.join)(group, `${kind.toLowerCase()}_${version}.json`), standalone(strictDefinitions[id], strictDefinitions));
    }
    for (const c of custom) {
        const [group, version] = c.apiVersion.split('/');
        files.set((0,external_node_path_.join)(group, `${c.kind.toLowerCase()}_${version}.json`), standalone(customResourceSchema(c.schema, 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta#'), strictDefinitions));
    }
    for (const [file, schema] of files) {
        await (0,promises_.mkdir)((0,external_node_path_.join)(dir, file, '..'), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, file), JSON.stringify(schema));
    }
}

;// CONCATENATED MODULE: ./packages/config-validate/src/tools/tool-output.ts

class ToolOutputError extends Error {
}
function json(tool, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ToolOutputError(`${tool} did not print JSON: ${text.slice(0, 200)}`);
    }
}
function resourceFor(files, reported, tool) {
    const resource = files.get(reported) ?? [...files.entries()].find(([name]) => reported.endsWith(`/${name}`) || name.endsWith(`/${reported}`))?.[1];
    if (!resource)
        throw new ToolOutputError(`${tool} reported ${reported}, which is not one of the files it was given`);
    return resource;
}
function tool_output_pathOf(pointer) {
    return pointer
        .split('/')
        .filter((p) => p !== '')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/**
 * kubeconform 0.8 lists only the top of a nested validation error in validationErrors
 * (`/spec: validation failed`); the leaves are in msg as `- at '<pointer>': <message>`.
 */
function leafErrors(listed, msg) {
    if (listed.some((e) => e.msg !== 'validation failed'))
        return listed.filter((e) => e.msg !== 'validation failed');
    const leaves = [...msg.matchAll(/- at '([^']*)': (.*?)(?=\s+- at '|$)/g)].map((m) => ({ path: m[1], msg: m[2].trim() }));
    const useful = leaves.filter((e) => e.msg !== 'validation failed');
    return useful.length > 0 ? useful : listed;
}
/**
 * kubeconform -output json: `{resources: [{filename, kind, name, version, status, msg, validationErrors: [{path, msg}]}]}`.
 * Exit code 0: all valid; 1: some resource is invalid or could not be validated; anything else: the run failed.
 */
function parseKubeconform(stdout, exitCode, files) {
    if (exitCode !== 0 && exitCode !== 1)
        throw new ToolOutputError(`kubeconform exited with ${exitCode}`);
    const doc = json('kubeconform', stdout);
    const findings = [];
    for (const entry of doc.resources ?? []) {
        if (entry.status === 'statusValid' || entry.status === 'statusSkipped' || entry.status === 'statusEmpty')
            continue;
        const resource = resourceFor(files, entry.filename, 'kubeconform');
        const base = { ...findingBase(resource), tool: 'kubeconform', severity: 'error' };
        if (entry.status === 'statusInvalid' && entry.validationErrors?.length) {
            for (const e of leafErrors(entry.validationErrors, entry.msg ?? '')) {
                findings.push({
                    ...base,
                    rule: 'kubeconform/invalid',
                    ...resource.locate(tool_output_pathOf(e.path)),
                    message: `${e.path || '/'}: ${e.msg}`,
                    fix: 'change the field to match the API schema',
                });
            }
        }
        else {
            const missing = /could not find schema/.test(entry.msg ?? '');
            findings.push({
                ...base,
                rule: missing ? 'kubeconform/no-schema' : 'kubeconform/error',
                ...resource.locate(missing ? ['kind'] : []),
                message: entry.msg ?? entry.status,
                fix: missing ? 'check apiVersion and kind, or add the CRD to the repository' : 'fix the resource so kubeconform can read it',
            });
        }
    }
    if (exitCode === 1 && findings.length === 0)
        throw new ToolOutputError('kubeconform exited with 1 but reported no invalid resource');
    return findings;
}
/**
 * pluto detect-files -o json: `{items: [{name, filePath, api: {version, kind, deprecated-in, removed-in, replacement-api}, deprecated, removed}], target-versions}`.
 * Exit code 0: nothing found; 2: deprecated APIs; 3: removed APIs; anything else: the run failed.
 */
function parsePluto(stdout, exitCode, files, target) {
    if (exitCode !== 0 && exitCode !== 2 && exitCode !== 3)
        throw new ToolOutputError(`pluto exited with ${exitCode}`);
    // With nothing to report pluto prints a sentence instead of JSON.
    if (exitCode === 0 && !stdout.trim().startsWith('{'))
        return [];
    const doc = json('pluto', stdout);
    const findings = [];
    for (const item of doc.items ?? []) {
        if (!item.filePath)
            throw new ToolOutputError(`pluto reported ${item.name ?? 'an item'} without filePath`);
        const resource = resourceFor(files, item.filePath, 'pluto');
        const api = item.api ?? {};
        const replacement = api['replacement-api'] ? `use ${api['replacement-api']}` : 'remove it';
        findings.push({
            ...findingBase(resource),
            tool: 'pluto',
            rule: item.removed ? 'pluto/removed' : 'pluto/deprecated',
            severity: item.removed ? 'error' : 'warning',
            ...resource.locate(['apiVersion']),
            message: item.removed
                ? `${api.version} ${api.kind} is removed in ${api['removed-in']} (target ${target.text})`
                : `${api.version} ${api.kind} is deprecated in ${api['deprecated-in']}${api['removed-in'] ? ` and removed in ${api['removed-in']}` : ''} (target ${target.text})`,
            fix: replacement,
        });
    }
    if (exitCode !== 0 && findings.length === 0)
        throw new ToolOutputError(`pluto exited with ${exitCode} but reported nothing`);
    return findings;
}
/**
 * conftest test --output json: `[{filename, namespace, successes, warnings: [{msg}], failures: [{msg}]}]`.
 * Exit code 0: no failure; 1: failures; anything else: the run failed.
 */
function parseConftest(stdout, exitCode, files, policyDir) {
    if (exitCode !== 0 && exitCode !== 1)
        throw new ToolOutputError(`conftest exited with ${exitCode}`);
    const results = json('conftest', stdout);
    if (!Array.isArray(results))
        throw new ToolOutputError('conftest did not print a JSON array');
    const findings = [];
    for (const result of results) {
        const resource = resourceFor(files, result.filename, 'conftest');
        const ns = result.namespace ?? 'main';
        for (const [list, severity] of [
            [result.failures, 'error'],
            [result.warnings, 'warning'],
        ]) {
            for (const r of list ?? []) {
                const rule = typeof r.metadata?.['id'] === 'string' ? r.metadata['id'] : ns;
                findings.push({
                    ...findingBase(resource),
                    tool: 'conftest',
                    rule: `conftest/${rule}`,
                    severity,
                    line: resource.line,
                    message: r.msg,
                    fix: `change the resource to satisfy the Rego policy (package ${ns} in ${policyDir})`,
                });
            }
        }
    }
    if (exitCode === 1 && !findings.some((f) => f.severity === 'error'))
        throw new ToolOutputError('conftest exited with 1 but reported no failure');
    return findings;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@marcbachmann+cel-js@8.0.0/node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(6694);
;// CONCATENATED MODULE: ./packages/config-validate/src/admission-policies.ts



const GROUP = 'admissionregistration.k8s.io';
/** Thrown inside evaluation: the expression uses something this evaluator cannot evaluate. */
class CannotEvaluate extends Error {
}
function newEnvironment() {
    return new lib/* Environment */.OH({ unlistedVariablesAreDyn: true, enableOptionalTypes: true, homogeneousAggregateLiterals: false });
}
/** CEL has distinct int and double types; YAML integers become ints as the API server's do. */
function toCel(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? BigInt(value) : value;
    if (Array.isArray(value))
        return value.map(toCel);
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
    return value;
}
/** The first `object.a.b` field an expression reads: the line a violation points at. */
function fieldOf(expression) {
    const match = /\bobject\.((?:[A-Za-z_][\w]*\.?)+)/.exec(expression);
    if (!match)
        return [];
    const parts = match[1].replace(/\.$/, '').split('.');
    // A trailing method call (`.startsWith(`) is not a field.
    if (expression[match.index + match[0].length] === '(')
        parts.pop();
    return parts;
}
/** The lower-case plural the API server uses in resource rules (`deployments`, `ingresses`, `networkpolicies`). */
function pluralOf(kind) {
    const lower = kind.toLowerCase();
    // Kinds whose resource name is already plural.
    if (lower === 'endpoints')
        return lower;
    if (/(s|x|z|ch|sh)$/.test(lower))
        return `${lower}es`;
    if (/[^aeiou]y$/.test(lower))
        return `${lower.slice(0, -1)}ies`;
    return `${lower}s`;
}
function strings(value) {
    return list(value).filter((v) => typeof v === 'string');
}
function ruleMatches(rule, resource, plural) {
    const group = apiGroupOf(resource.apiVersion);
    const version = resource.apiVersion.split('/').pop();
    const any = (values, value) => values.includes('*') || values.includes(value);
    const operations = strings(rule['operations']);
    // Argo CD and Flux create or update what the repository declares.
    const operationMatches = operations.length === 0 || operations.some((o) => o === '*' || o === 'CREATE' || o === 'UPDATE');
    const resources = strings(rule['resources']).filter((r) => !r.includes('/'));
    return (operationMatches &&
        any(strings(rule['apiGroups']), group) &&
        any(strings(rule['apiVersions']), version) &&
        (resources.includes('*') || resources.includes(plural)));
}
function rulesMatch(match, resource, plural) {
    if (!match)
        return true;
    const include = list(match['resourceRules'])
        .map(record)
        .filter((r) => r !== undefined);
    const exclude = list(match['excludeResourceRules'])
        .map(record)
        .filter((r) => r !== undefined);
    if (match['resourceRules'] !== undefined && !include.some((r) => ruleMatches(r, resource, plural)))
        return false;
    return !exclude.some((r) => ruleMatches(r, resource, plural));
}
function isEmptySelector(selector) {
    const s = record(selector);
    return !s || (Object.keys(record(s['matchLabels']) ?? {}).length === 0 && list(s['matchExpressions']).length === 0);
}
/**
 * ValidatingAdmissionPolicy objects and their bindings, found in the repository, evaluated with a
 * CEL implementation against the rendered resources: the cluster's admission rules fail the pull
 * request instead of the sync. What cannot be evaluated is reported, never passed.
 */
class AdmissionPolicies {
    policies = [];
    bindings = [];
    /** Problems in the policies themselves (they would be rejected by the API server). */
    findings = [];
    #env = newEnvironment();
    #plurals = new Map();
    #namespaces = new Map();
    #all;
    constructor(all) {
        this.#all = all;
        for (const r of all) {
            if (r.kind === 'CustomResourceDefinition') {
                const names = record(getIn(r.object, ['spec', 'names']));
                if (typeof names?.['kind'] === 'string' && typeof names['plural'] === 'string')
                    this.#plurals.set(names['kind'], names['plural']);
            }
            if (r.kind === 'Namespace' && r.apiVersion === 'v1')
                this.#namespaces.set(r.name, r);
        }
        for (const r of all.filter((x) => apiGroupOf(x.apiVersion) === GROUP)) {
            if (r.kind === 'ValidatingAdmissionPolicy')
                this.#addPolicy(r);
            if (r.kind === 'ValidatingAdmissionPolicyBinding')
                this.#addBinding(r);
        }
        for (const policy of this.policies) {
            if (!this.bindings.some((b) => b.policyName === policy.name)) {
                this.findings.push({
                    ...findingBase(policy.resource),
                    tool: 'admission-policies',
                    rule: 'admission-policies/unbound',
                    severity: 'info',
                    line: policy.resource.line,
                    message: `ValidatingAdmissionPolicy ${policy.name} has no binding in the repository, so the cluster does not enforce it`,
                    fix: 'add a ValidatingAdmissionPolicyBinding with policyName and validationActions, or remove the policy',
                });
            }
        }
    }
    #invalid(resource, path, message) {
        this.findings.push({
            ...findingBase(resource),
            tool: 'admission-policies',
            rule: 'admission-policies/invalid-policy',
            severity: 'error',
            ...resource.locate(path),
            message: `${resource.kind} ${resource.name}: ${message}`,
            fix: 'fix the policy; the API server rejects it as written',
        });
    }
    #compile(resource, path, expression) {
        if (typeof expression !== 'string' || expression.trim() === '') {
            this.#invalid(resource, path, `${path.join('.')} must be a CEL expression`);
            return undefined;
        }
        try {
            return { expression, program: this.#env.parse(expression), line: resource.locate(path).line };
        }
        catch (error) {
            this.#invalid(resource, path, `the CEL expression does not parse: ${error.message.split('\n')[0]}`);
            return undefined;
        }
    }
    #addPolicy(r) {
        const spec = record(r.object['spec']);
        if (!spec)
            return this.#invalid(r, [], 'spec is required');
        const matchConstraints = record(spec['matchConstraints']);
        if (!matchConstraints || list(matchConstraints['resourceRules']).length === 0)
            return this.#invalid(r, ['spec'], 'spec.matchConstraints.resourceRules is required');
        const named = (field) => list(spec[field]).flatMap((entry, i) => {
            const e = record(entry);
            const compiled = this.#compile(r, ['spec', field, i, 'expression'], e?.['expression']);
            return compiled && typeof e?.['name'] === 'string' ? [{ name: e['name'], compiled }] : [];
        });
        const validations = list(spec['validations']).flatMap((entry, i) => {
            const e = record(entry);
            const compiled = this.#compile(r, ['spec', 'validations', i, 'expression'], e?.['expression']);
            if (!compiled)
                return [];
            const messageExpression = e?.['messageExpression'] === undefined ? undefined : this.#compile(r, ['spec', 'validations', i, 'messageExpression'], e['messageExpression']);
            return [
                {
                    compiled,
                    ...(typeof e?.['message'] === 'string' ? { message: e['message'] } : {}),
                    ...(messageExpression ? { messageExpression } : {}),
                    ...(typeof e?.['reason'] === 'string' ? { reason: e['reason'] } : {}),
                },
            ];
        });
        if (list(spec['validations']).length === 0)
            return this.#invalid(r, ['spec'], 'spec.validations is empty (this engine checks validations; audit annotations alone are not evaluated)');
        const paramKind = record(spec['paramKind']);
        this.policies.push({
            resource: r,
            name: r.name,
            matchConstraints,
            matchConditions: named('matchConditions'),
            variables: named('variables'),
            validations,
            ...(paramKind ? { paramKind: { apiVersion: String(paramKind['apiVersion']), kind: String(paramKind['kind']) } } : {}),
            failurePolicy: typeof spec['failurePolicy'] === 'string' ? spec['failurePolicy'] : 'Fail',
        });
    }
    #addBinding(r) {
        const spec = record(r.object['spec']);
        const policyName = spec?.['policyName'];
        if (typeof policyName !== 'string')
            return this.#invalid(r, ['spec'], 'spec.policyName is required');
        const actions = strings(spec?.['validationActions']);
        if (actions.length === 0)
            return this.#invalid(r, ['spec'], 'spec.validationActions is required (Deny, Warn and/or Audit)');
        const matchResources = record(spec?.['matchResources']);
        const paramRef = record(spec?.['paramRef']);
        this.bindings.push({ resource: r, policyName, actions, ...(matchResources ? { matchResources } : {}), ...(paramRef ? { paramRef } : {}) });
    }
    /** Evaluates every bound policy that matches the resource. */
    evaluate(resource) {
        const findings = [];
        const plural = this.#plurals.get(resource.kind) ?? pluralOf(resource.kind);
        for (const binding of this.bindings) {
            const policy = this.policies.find((p) => p.name === binding.policyName);
            if (!policy)
                continue;
            const severity = binding.actions.includes('Deny') ? 'error' : binding.actions.includes('Warn') ? 'warning' : 'info';
            const base = { ...findingBase(resource), tool: 'admission-policies', severity, ...resource.locate([]) };
            const cannot = (why) => {
                findings.push({
                    ...base,
                    rule: 'admission-policies/could-not-evaluate',
                    message: `could not evaluate ValidatingAdmissionPolicy ${policy.name} (binding ${binding.resource.name}): ${why}`,
                    fix: 'check this rule by hand or with a dry-run against a cluster; the result is unknown, not a pass',
                });
            };
            try {
                const matched = this.#matches(policy, binding, resource, plural);
                if (!matched)
                    continue;
                const context = this.#context(policy, binding, resource);
                if (context === 'skip')
                    continue;
                if (!this.#conditionsHold(policy, context))
                    continue;
                for (const v of policy.validations) {
                    const result = this.#run(v.compiled, context);
                    if (result === true)
                        continue;
                    if (result !== false)
                        throw new CannotEvaluate(`the expression ${JSON.stringify(v.compiled.expression)} returned ${typeof result}, not a bool`);
                    let message = v.message ?? `failed expression: ${v.compiled.expression}`;
                    if (v.messageExpression) {
                        try {
                            const m = this.#run(v.messageExpression, context);
                            if (typeof m === 'string' && m !== '')
                                message = m;
                        }
                        catch {
                            // The API server falls back to message (or the expression) when messageExpression fails.
                        }
                    }
                    findings.push({
                        ...base,
                        ...resource.locate(fieldOf(v.compiled.expression)),
                        rule: `vap/${policy.name}`,
                        message: `${binding.actions.join('/')} by ValidatingAdmissionPolicy ${policy.name}: ${message}${v.reason ? ` (${v.reason})` : ''}`,
                        fix: `change the resource to satisfy ${JSON.stringify(v.compiled.expression)} (policy in ${policy.resource.file}:${v.compiled.line})`,
                    });
                }
            }
            catch (error) {
                if (error instanceof CannotEvaluate)
                    cannot(error.message);
                else
                    throw error;
            }
        }
        return findings;
    }
    #matches(policy, binding, resource, plural) {
        for (const match of [policy.matchConstraints, binding.matchResources]) {
            if (!match)
                continue;
            if (!rulesMatch(match, resource, plural))
                return false;
            if (!isEmptySelector(match['objectSelector']) && !selectorMatches(match['objectSelector'], labelsOf(resource.object['metadata'])))
                return false;
            if (!isEmptySelector(match['namespaceSelector'])) {
                const ns = resource.namespace ? this.#namespaces.get(resource.namespace) : undefined;
                if (!ns)
                    throw new CannotEvaluate(`it selects namespaces by label and the repository has no Namespace object for ${resource.namespace ? `"${resource.namespace}"` : 'this resource (it sets no namespace; Argo CD or Flux assigns one)'}`);
                if (!selectorMatches(match['namespaceSelector'], labelsOf(ns.object['metadata'])))
                    return false;
            }
        }
        return true;
    }
    #context(policy, binding, resource) {
        let params = null;
        if (policy.paramKind) {
            const ref = binding.paramRef;
            const name = ref?.['name'];
            const found = this.#all.find((r) => r.apiVersion === policy.paramKind.apiVersion && r.kind === policy.paramKind.kind && (typeof name !== 'string' || r.name === name));
            if (!found) {
                if (ref?.['parameterNotFoundAction'] === 'Allow')
                    return 'skip';
                throw new CannotEvaluate(`its parameter ${policy.paramKind.kind} ${typeof name === 'string' ? name : '(by selector)'} is not in the repository`);
            }
            params = toCel(found.object);
        }
        const [group, version] = resource.apiVersion.includes('/') ? resource.apiVersion.split('/') : ['', resource.apiVersion];
        const namespaceObject = resource.namespace ? this.#namespaces.get(resource.namespace)?.object : undefined;
        const context = {
            object: toCel(resource.object),
            oldObject: null,
            params,
            namespaceObject: namespaceObject ? toCel(namespaceObject) : null,
            request: { operation: 'CREATE', name: resource.name, namespace: resource.namespace ?? '', kind: { group, version, kind: resource.kind }, dryRun: false },
            variables: {},
        };
        const variables = {};
        for (const v of policy.variables) {
            variables[v.name] = this.#run(v.compiled, { ...context, variables });
        }
        context['variables'] = variables;
        return context;
    }
    #conditionsHold(policy, context) {
        for (const c of policy.matchConditions) {
            const result = this.#run(c.compiled, context);
            if (result === false)
                return false;
            if (result !== true)
                throw new CannotEvaluate(`matchCondition ${c.name} returned ${typeof result}, not a bool`);
        }
        return true;
    }
    #run(compiled, context) {
        try {
            return compiled.program(context);
        }
        catch (error) {
            if (error instanceof lib/* ParseError */.mB)
                throw new CannotEvaluate(`${JSON.stringify(compiled.expression)} does not parse`);
            const message = error.message.split('\n')[0] ?? '';
            // A missing field is an evaluation error in the cluster too, but there the API server has
            // applied defaults first (replicas, securityContext, ...), which a rendered manifest lacks.
            throw new CannotEvaluate(`${JSON.stringify(compiled.expression)}: ${message}${/No such key/.test(message) ? ' (the field is absent here; the API server may default it)' : ''}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/config-validate/src/crds.ts

function crds_record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function isCrd(resource) {
    return resource.kind === 'CustomResourceDefinition' && resource.apiVersion.startsWith('apiextensions.k8s.io/');
}
/**
 * The openAPIV3Schema of every served version of the repository's CRDs, so custom resources
 * (Argo CD, Flux, external-secrets, cert-manager...) are validated like built-in ones. A CRD
 * without a usable schema is itself a finding.
 */
function crdSchemas(resources) {
    const schemas = [];
    const findings = [];
    for (const crd of resources.filter(isCrd)) {
        const spec = crds_record(crd.object['spec']) ?? {};
        const group = typeof spec['group'] === 'string' ? spec['group'] : '';
        const kind = crds_record(spec['names'])?.['kind'];
        const invalid = (at, message) => {
            findings.push({
                ...findingBase(crd),
                rule: 'schema/invalid-crd',
                severity: 'error',
                ...at,
                message: `CRD ${crd.name}: ${message}`,
                fix: 'fix the CRD: every served version needs a structural spec.versions[].schema.openAPIV3Schema',
            });
        };
        if (!group || typeof kind !== 'string') {
            invalid(crd.locate(['spec']), 'spec.group and spec.names.kind are required');
            continue;
        }
        const versions = Array.isArray(spec['versions']) ? spec['versions'] : [];
        if (versions.length === 0)
            invalid(crd.locate(['spec']), 'spec.versions is empty');
        versions.forEach((entry, i) => {
            const version = crds_record(entry);
            const name = version?.['name'];
            if (typeof name !== 'string')
                return invalid(crd.locate(['spec', 'versions', i]), `spec.versions[${i}].name is missing`);
            if (version?.['served'] === false)
                return;
            // apiextensions.k8s.io/v1beta1 kept one schema for all versions in spec.validation.
            const schema = crds_record(crds_record(version?.['schema'])?.['openAPIV3Schema']) ?? crds_record(crds_record(spec['validation'])?.['openAPIV3Schema']);
            const at = crd.locate(['spec', 'versions', i, 'schema', 'openAPIV3Schema']);
            if (!schema)
                return invalid(at, `version ${name} has no openAPIV3Schema`);
            if (schema['type'] !== 'object')
                return invalid(at, `version ${name}: openAPIV3Schema.type must be "object" (a structural schema)`);
            schemas.push({ apiVersion: `${group}/${name}`, kind, schema, crd, versionIndex: i });
        });
    }
    return { schemas, findings };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./packages/config-validate/src/documents.ts

// Kubernetes decodes manifests with sigs.k8s.io/yaml, i.e. YAML 1.1 scalars (yes/no/on/off are booleans).
const YAML_OPTIONS = { version: '1.1', uniqueKeys: true, merge: true };
function nodeLine(node, counter) {
    const start = node?.range?.[0];
    return start === undefined ? undefined : counter.linePos(start).line;
}
/** The line of the deepest node on `path` that exists, or of the key that holds it. */
function lineFinder(doc, counter, fallback) {
    return (path) => {
        let node = doc.contents;
        let line = nodeLine(doc.contents ?? undefined, counter) ?? fallback;
        for (const key of path) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => p.key?.value === key);
                if (!pair)
                    break;
                line = nodeLine(pair.key, counter) ?? line;
                node = pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number' && key < node.items.length) {
                node = node.items[key];
                line = nodeLine(node, counter) ?? line;
            }
            else
                break;
        }
        return line;
    };
}
/**
 * Parses every YAML document of a file; a syntax error ends the file with its line. The syntax
 * trees are not kept: a field's line is looked up by parsing the file again, only for the rare
 * object that has a finding (keeping 2,000 trees alive doubles the garbage collector's work).
 */
function parseSourceDocuments(file, text) {
    const counter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { ...YAML_OPTIONS, lineCounter: counter });
    if (!Array.isArray(docs))
        return { documents: [] };
    let trees;
    const tree = (index) => {
        if (!trees) {
            const again = new dist/* LineCounter */.HN();
            trees = { docs: (0,dist/* parseAllDocuments */.hR)(text, { ...YAML_OPTIONS, lineCounter: again }), counter: again };
        }
        return { doc: trees.docs[index], counter: trees.counter };
    };
    const documents = [];
    for (const [index, doc] of docs.entries()) {
        const problem = doc.errors[0];
        if (problem) {
            const line = counter.linePos(problem.pos[0]).line;
            return { documents, error: { file, line, message: problem.message.split('\n')[0] } };
        }
        if (doc.contents === null)
            continue;
        const line = nodeLine(doc.contents, counter) ?? 1;
        let value;
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (error) {
            return { documents, error: { file, line, message: error.message } };
        }
        documents.push({
            file,
            line,
            value,
            lineOf: (path) => {
                const { doc: d, counter: c } = tree(index);
                return lineFinder(d, c, line)(path);
            },
            has: (path) => tree(index).doc.hasIn(path),
        });
    }
    return { documents };
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function toResource(object, at) {
    const metadata = isObject(object['metadata']) ? object['metadata'] : {};
    const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : undefined;
    return {
        object,
        apiVersion: String(object['apiVersion']),
        kind: String(object['kind']),
        name: typeof metadata['name'] === 'string' ? metadata['name'] : '',
        ...(namespace ? { namespace } : {}),
        file: at.file,
        line: at.line,
        locate: at.locate,
        renderedBy: at.renderedBy,
    };
}
/** Splits a document into Kubernetes objects (a `kind: List` into its items). */
function resourcesOf(document, renderedBy, out) {
    const value = document.value;
    if (!isObject(value)) {
        out.notResources.push({ file: document.file, line: document.line, missing: ['apiVersion', 'kind'] });
        return;
    }
    const missing = ['apiVersion', 'kind'].filter((k) => typeof value[k] !== 'string' || value[k] === '');
    if (missing.length > 0) {
        out.notResources.push({ file: document.file, line: document.line, missing });
        return;
    }
    if (value['kind'] === 'List' && Array.isArray(value['items'])) {
        value['items'].forEach((item, i) => {
            const lineOf = (path) => document.lineOf(['items', i, ...path]);
            const has = (path) => document.has(['items', i, ...path]);
            const locate = document.locate ? (path) => document.locate(['items', i, ...path]) : undefined;
            resourcesOf({ file: document.file, line: lineOf([]), value: item, lineOf, has, ...(locate ? { locate } : {}) }, renderedBy, out);
        });
        return;
    }
    const locate = document.locate ?? ((path) => ({ file: document.file, line: document.lineOf(path) }));
    out.resources.push(toResource(value, { file: document.file, line: document.line, locate, renderedBy }));
}
/** Parses a manifest file into resources, keeping the line of every object and field. */
function parseManifestFile(file, text, renderedBy = 'plain') {
    const { documents, error } = parseSourceDocuments(file, text);
    const out = { resources: [], notResources: [] };
    for (const document of documents)
        resourcesOf(document, renderedBy, out);
    return { file, ...out, ...(error ? { error } : {}) };
}
function looksLikeKubernetesObject(value) {
    return isObject(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string';
}

// EXTERNAL MODULE: ./packages/config-validate/src/options.ts
var src_options = __webpack_require__(2986);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/config-validate/src/render.ts









const ORIGIN = 'config.kubernetes.io/origin';
/** Every YAML document of the repository by kind and name, to map rendered objects back to their source. */
class SourceIndex {
    #byKind = new Map();
    #patches = new Set();
    /** `patch`: the file is a kustomize patch (it changes an object declared elsewhere). */
    add(documents, patch = false) {
        for (const doc of documents) {
            if (patch)
                this.#patches.add(doc);
            const kind = record(doc.value)?.['kind'];
            if (typeof kind !== 'string')
                continue;
            const docs = this.#byKind.get(kind) ?? [];
            docs.push(doc);
            this.#byKind.set(kind, docs);
        }
    }
    /** Source documents declaring this object (exact name first, then names a prefix/suffix extends), nearest to `near` first. */
    candidates(kind, name, near) {
        const docs = this.#byKind.get(kind) ?? [];
        const nameOf = (d) => String(record(record(d.value)?.['metadata'])?.['name'] ?? '');
        const score = (d) => {
            const n = nameOf(d);
            const nameScore = n === name ? 0 : n !== '' && name.includes(n) ? 1 : 9;
            const dirScore = near.some((dir) => d.file.startsWith(`${dir}/`) || dir === '.') ? 0 : 1;
            return nameScore * 2 + dirScore;
        };
        return docs.filter((d) => score(d) < 18).sort((a, b) => score(a) - score(b));
    }
    isPatch(doc) {
        return this.#patches.has(doc);
    }
}
/** A unit that rendered nothing, and the finding that says why. */
function nothingRendered(finding) {
    return { resources: [], notResources: [], findings: [finding] };
}
function renderFailure(unit, rule, message, fix) {
    return { tool: 'render', rule, severity: 'error', file: unit.origin.file, line: unit.origin.line, message, fix };
}
/**
 * The line of a field in the documents an object came from: an overlay's patch that sets the
 * field wins over the base that declares the object; otherwise the nearest ancestor in the base.
 */
function locator(primary, others) {
    return (path) => {
        for (const doc of [...others, primary])
            if (doc.has(path))
                return { file: doc.file, line: doc.lineOf(path) };
        return { file: primary.file, line: primary.lineOf(path) };
    };
}
async function kustomizeBuild(root, unit, renderers) {
    const target = (0,external_node_path_.join)(root, unit.dir);
    if (renderers.kustomize) {
        // A wrapper kustomization asks for origin annotations without touching the repository.
        const wrapper = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'config-validate-kustomize-'));
        await (0,promises_.writeFile)((0,external_node_path_.join)(wrapper, 'kustomization.yaml'), (0,dist/* stringify */.As)({ resources: [(0,external_node_path_.relative)(wrapper, target)], buildMetadata: ['originAnnotations'] }));
        const result = await (0,exec/* runCommand */.d1)(renderers.kustomize, ['build', wrapper], { captureStdout: true, keepLines: 20 });
        if (result.code !== 0) {
            await (0,promises_.rm)(wrapper, { recursive: true, force: true });
            return renderFailure(unit, 'render/failed', `kustomize build ${unit.dir} failed: ${result.tail.slice(-3).join(' ')}`, 'fix the kustomization (run kustomize build locally to see the whole error)');
        }
        return { text: result.stdout, wrapper };
    }
    if (renderers.kubectl) {
        const result = await (0,exec/* runCommand */.d1)(renderers.kubectl, ['kustomize', target], { captureStdout: true, keepLines: 20 });
        if (result.code !== 0)
            return renderFailure(unit, 'render/failed', `kubectl kustomize ${unit.dir} failed: ${result.tail.slice(-3).join(' ')}`, 'fix the kustomization (run kubectl kustomize locally to see the whole error)');
        return { text: result.stdout };
    }
    return renderFailure(unit, 'render/tool-missing', `${unit.dir} is a kustomization, but neither kustomize nor kubectl is installed, so it was not rendered or checked`, 'install kustomize (or kubectl) on the runner, or pass kustomize-path');
}
function originFile(root, wrapper, object) {
    const annotations = record(record(object['metadata'])?.['annotations']);
    const origin = annotations?.[ORIGIN];
    if (!annotations || typeof origin !== 'string')
        return undefined;
    delete annotations[ORIGIN];
    if (Object.keys(annotations).length === 0)
        delete record(object['metadata'])['annotations'];
    const path = /^path:\s*(.+)$/m.exec(origin)?.[1]?.trim();
    if (!path)
        return undefined;
    const abs = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(wrapper, path);
    return (0,src/* isInside */.FK)(root, abs) ? (0,src_options/* toPosix */.d7)((0,external_node_path_.relative)(root, abs)) : undefined;
}
async function renderKustomize(root, unit, renderers, index) {
    const built = await kustomizeBuild(root, unit, renderers);
    if ('rule' in built)
        return nothingRendered(built);
    try {
        const { documents, error } = parseSourceDocuments(unit.dir, built.text);
        if (error)
            return nothingRendered(renderFailure(unit, 'render/failed', `kustomize output for ${unit.dir} is not YAML: ${error.message}`, 'report this: the renderer wrote invalid YAML'));
        const out = { resources: [], notResources: [], findings: [] };
        for (const doc of documents) {
            const object = record(doc.value);
            if (!object)
                continue;
            const file = built.wrapper ? originFile(root, built.wrapper, object) : undefined;
            const kind = String(object['kind'] ?? '');
            const name = String(record(object['metadata'])?.['name'] ?? '');
            const candidates = index.candidates(kind, name, [unit.dir]);
            const primary = (file ? candidates.find((c) => c.file === file) : undefined) ?? candidates.find((c) => !index.isPatch(c)) ?? candidates[0];
            const at = primary
                ? {
                    file: primary.file,
                    line: primary.line,
                    value: object,
                    lineOf: primary.lineOf,
                    has: () => false,
                    locate: locator(primary, candidates.filter((c) => c !== primary && index.isPatch(c) && c.file.startsWith(`${unit.dir}/`))),
                }
                : { file: file ?? unit.origin.file, line: file ? 1 : unit.origin.line, value: object, lineOf: () => (file ? 1 : unit.origin.line), has: () => false };
            resourcesOf(at, unit.label, out);
        }
        return out;
    }
    finally {
        if (built.wrapper)
            await (0,promises_.rm)(built.wrapper, { recursive: true, force: true });
    }
}
/** The line of a field in a Helm template: its key after the document's `kind:` line (templates are not YAML). */
function templateLocator(lines, kind) {
    const kindLine = Math.max(0, lines.findIndex((l) => new RegExp(`^kind:\\s*${kind}\\s*$`).test(l)));
    return {
        line: kindLine + 1,
        lineOf: (path) => {
            const key = [...path].reverse().find((p) => typeof p === 'string');
            if (!key)
                return kindLine + 1;
            const keyPattern = new RegExp(`^\\s*(- )?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`);
            for (let i = kindLine; i < lines.length; i++) {
                if (i > kindLine && /^---/.test(lines[i]))
                    break;
                if (keyPattern.test(lines[i]))
                    return i + 1;
            }
            return kindLine + 1;
        },
    };
}
async function renderHelm(root, unit, renderers) {
    if (!renderers.helm) {
        return nothingRendered(renderFailure(unit, 'render/tool-missing', `${unit.chartDir} is a Helm chart, but helm is not installed, so it was not rendered or checked`, 'install helm on the runner, or pass helm-path'));
    }
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'config-validate-helm-'));
    try {
        const args = ['template', unit.release, (0,external_node_path_.join)(root, unit.chartDir)];
        for (const f of unit.valueFiles)
            args.push('-f', (0,external_node_path_.join)(root, f));
        if (unit.values !== undefined && unit.values !== null) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(temp, 'inline-values.yaml'), (0,dist/* stringify */.As)(unit.values));
            args.push('-f', (0,external_node_path_.join)(temp, 'inline-values.yaml'));
        }
        if (unit.namespace)
            args.push('--namespace', unit.namespace);
        let result;
        try {
            result = await (0,exec/* runCommand */.d1)(renderers.helm, args, { captureStdout: true, keepLines: 20 });
        }
        catch (error) {
            if (error instanceof exec/* SpawnError */.G$)
                return nothingRendered(renderFailure(unit, 'render/tool-missing', `cannot run helm (${error.message})`, 'install helm on the runner, or pass helm-path'));
            throw error;
        }
        if (result.code !== 0) {
            return nothingRendered(renderFailure(unit, 'render/failed', `helm template ${unit.chartDir} failed: ${result.tail.slice(-3).join(' ')}`, 'fix the chart or its values (run helm template locally to see the whole error)'));
        }
        const out = { resources: [], notResources: [], findings: [] };
        const chartName = external_node_path_.posix.basename(unit.chartDir === '.' ? root : unit.chartDir);
        const templates = new Map();
        // helm separates documents with `---\n# Source: <chart>/templates/<file>`.
        for (const chunk of result.stdout.split(/^---\s*$/m)) {
            const source = /^# Source: (.+)$/m.exec(chunk)?.[1]?.trim();
            const { documents } = parseSourceDocuments(unit.chartDir, chunk);
            for (const doc of documents) {
                const object = record(doc.value);
                if (!object)
                    continue;
                const inChart = source ? source.replace(new RegExp(`^${chartName}/`), '') : undefined;
                const file = inChart ? external_node_path_.posix.join(unit.chartDir, inChart) : external_node_path_.posix.join(unit.chartDir, 'Chart.yaml');
                if (!templates.has(file))
                    templates.set(file, (await (0,promises_.readFile)((0,external_node_path_.join)(root, file), 'utf8').catch(() => '')).split('\n'));
                const at = templateLocator(templates.get(file), String(object['kind'] ?? ''));
                resourcesOf({ file, line: at.line, value: object, lineOf: at.lineOf, has: () => false }, unit.label, out);
            }
        }
        return out;
    }
    finally {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/config-validate/src/repository.ts






const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const SKIP_DIRS = new Set(['.git', 'node_modules']);
function isKustomizeDir(abs) {
    return KUSTOMIZATION_FILES.some((f) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(abs, f), { throwIfNoEntry: false })?.isFile());
}
/** Walks `dir` (repository-relative) and sorts its YAML into plain manifests, charts and kustomizations. */
function scanRepository(root, dir, skip = []) {
    const layout = { plainFiles: [], chartDirs: [], kustomizeDirs: [] };
    const walk = (rel, owned) => {
        const abs = (0,external_node_path_.join)(root, rel);
        const entries = (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        const isChart = entries.some((e) => e.isFile() && e.name === 'Chart.yaml');
        if (isChart) {
            layout.chartDirs.push((0,src_options/* toPosix */.d7)(rel) || '.');
            return;
        }
        const kustomize = isKustomizeDir(abs);
        if (kustomize)
            layout.kustomizeDirs.push((0,src_options/* toPosix */.d7)(rel) || '.');
        for (const entry of entries) {
            const child = rel === '' ? entry.name : (0,external_node_path_.join)(rel, entry.name);
            if (entry.isDirectory()) {
                if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name) || skip.includes((0,src_options/* toPosix */.d7)(child)))
                    continue;
                walk(child, owned || kustomize);
            }
            else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !owned && !kustomize) {
                layout.plainFiles.push((0,src_options/* toPosix */.d7)(child));
            }
        }
    };
    walk(dir === '.' ? '' : dir, false);
    return layout;
}
function readYaml(abs) {
    try {
        return record((0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(abs, 'utf8')));
    }
    catch {
        return undefined;
    }
}
function kustomizationOf(root, dir) {
    for (const f of KUSTOMIZATION_FILES) {
        const abs = (0,external_node_path_.join)(root, dir, f);
        if ((0,external_node_fs_.statSync)(abs, { throwIfNoEntry: false })?.isFile())
            return readYaml(abs);
    }
    return undefined;
}
/** Kustomizations that another kustomization includes: rendered through the one that includes them. */
function referencedKustomizations(root, dirs) {
    const referenced = new Set();
    for (const dir of dirs) {
        const k = kustomizationOf(root, dir) ?? {};
        for (const field of ['resources', 'bases', 'components']) {
            for (const entry of list(k[field])) {
                if (typeof entry !== 'string' || entry.includes('://'))
                    continue;
                const target = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, entry));
                if (dirs.includes(target))
                    referenced.add(target);
            }
        }
    }
    return referenced;
}
function valuesFilesOf(root, chartDir) {
    return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, chartDir))
        .filter((f) => /^values[-.][\w.-]+\.ya?ml$/.test(f))
        .sort()
        .map((f) => external_node_path_.posix.join(chartDir, f));
}
/** Whether a repository-relative path exists as `kind` and stays inside the repository, symlinks resolved. */
function inside(root, rel, kind) {
    const normal = external_node_path_.posix.normalize(rel);
    if (normal.startsWith('..') || external_node_path_.posix.isAbsolute(normal))
        return false;
    const stats = (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, normal), { throwIfNoEntry: false });
    if (!stats || (kind === 'directory' ? !stats.isDirectory() : !stats.isFile()))
        return false;
    return (0,src/* isInside */.FK)((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, normal)));
}
/** A repository path an Argo CD or Flux object points at, or undefined when it is outside the repository. */
function repoPath(root, value, base = '.') {
    if (typeof value !== 'string' || value === '')
        return undefined;
    const normal = external_node_path_.posix.normalize(external_node_path_.posix.join(base, value.replace(/^\.\//, ''))).replace(/\/$/, '') || '.';
    return inside(root, normal, 'directory') ? normal : undefined;
}
function existingFile(root, candidates) {
    return candidates.find((c) => inside(root, c, 'file'));
}
/**
 * What is deployed: the sources of Argo CD Applications and Flux Kustomizations/HelmReleases
 * that point into the repository, every kustomization no other kustomization includes, and
 * every chart nothing points at (once per values-<env>.yaml).
 */
function planRenderUnits(root, layout, plain) {
    const units = [];
    const claimed = new Set();
    const kustomizeUnit = (dir, origin, namespace, by) => {
        claimed.add(dir);
        units.push({ kind: 'kustomize', dir, origin, ...(namespace ? { namespace } : {}), label: `kustomize ${dir}${by}` });
    };
    const helmUnit = (chartDir, valueFiles, values, release, namespace, origin, by) => {
        claimed.add(chartDir);
        const valuesNote = valueFiles.length > 0 ? ` -f ${valueFiles.map((f) => external_node_path_.posix.relative(chartDir, f)).join(' -f ')}` : '';
        units.push({
            kind: 'helm',
            chartDir,
            valueFiles,
            ...(values !== undefined ? { values } : {}),
            release,
            ...(namespace ? { namespace } : {}),
            origin,
            label: `helm ${chartDir}${valuesNote}${by}`,
        });
    };
    const sourceUnit = (dir, origin, namespace, helm = {}) => {
        const by = ` (${origin.kind} ${origin.name})`;
        if (layout.chartDirs.includes(dir)) {
            const files = list(helm.valueFiles).filter((v) => typeof v === 'string');
            const valueFiles = files.flatMap((f) => existingFile(root, [external_node_path_.posix.join(dir, f), external_node_path_.posix.normalize(f.replace(/^\.\//, ''))]) ?? []);
            helmUnit(dir, valueFiles, helm.values, helm.release ?? origin.name, namespace, { file: origin.file, line: origin.line }, by);
        }
        else if (isKustomizeDir((0,external_node_path_.join)(root, dir))) {
            kustomizeUnit(dir, { file: origin.file, line: origin.line }, namespace, by);
        }
        // A plain directory's files are validated as written.
    };
    for (const r of plain) {
        const group = r.apiVersion.split('/')[0];
        if (group === 'argoproj.io' && r.kind === 'Application') {
            const spec = record(r.object['spec']) ?? {};
            const namespace = getIn(spec, ['destination', 'namespace']);
            const sources = [record(spec['source']), ...list(spec['sources']).map(record)].filter((s) => s !== undefined);
            for (const source of sources) {
                const dir = repoPath(root, source['path']);
                if (!dir)
                    continue;
                const helm = record(source['helm']) ?? {};
                const values = typeof helm['values'] === 'string' ? (0,dist/* parse */.qg)(helm['values']) : helm['valuesObject'];
                sourceUnit(dir, r, typeof namespace === 'string' ? namespace : undefined, {
                    valueFiles: helm['valueFiles'],
                    values,
                    release: typeof helm['releaseName'] === 'string' ? helm['releaseName'] : r.name,
                });
            }
        }
        else if (group === 'kustomize.toolkit.fluxcd.io' && r.kind === 'Kustomization') {
            const dir = repoPath(root, getIn(r.object, ['spec', 'path']));
            const namespace = getIn(r.object, ['spec', 'targetNamespace']);
            if (dir)
                sourceUnit(dir, r, typeof namespace === 'string' ? namespace : undefined);
        }
        else if (group === 'helm.toolkit.fluxcd.io' && r.kind === 'HelmRelease') {
            const chart = record(getIn(r.object, ['spec', 'chart', 'spec']));
            if (record(chart?.['sourceRef'])?.['kind'] !== 'GitRepository')
                continue;
            const dir = repoPath(root, chart?.['chart']);
            const namespace = getIn(r.object, ['spec', 'targetNamespace']) ?? r.namespace;
            const release = getIn(r.object, ['spec', 'releaseName']);
            if (dir)
                sourceUnit(dir, r, typeof namespace === 'string' ? namespace : undefined, {
                    valueFiles: chart?.['valuesFiles'],
                    values: getIn(r.object, ['spec', 'values']),
                    release: typeof release === 'string' ? release : r.name,
                });
        }
    }
    const referenced = referencedKustomizations(root, layout.kustomizeDirs);
    for (const dir of layout.kustomizeDirs) {
        if (claimed.has(dir) || referenced.has(dir))
            continue;
        const file = KUSTOMIZATION_FILES.map((f) => external_node_path_.posix.join(dir, f)).find((f) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, f), { throwIfNoEntry: false })) ?? dir;
        kustomizeUnit(dir, { file, line: 1 }, undefined, '');
    }
    for (const chartDir of layout.chartDirs) {
        if (claimed.has(chartDir))
            continue;
        const origin = { file: external_node_path_.posix.join(chartDir, 'Chart.yaml'), line: 1 };
        const envs = valuesFilesOf(root, chartDir);
        const name = external_node_path_.posix.basename(chartDir === '.' ? root : chartDir);
        if (envs.length === 0)
            helmUnit(chartDir, [], undefined, name, undefined, origin, '');
        for (const values of envs)
            helmUnit(chartDir, [values], undefined, name, undefined, origin, '');
    }
    return units;
}
/** `relative` that always uses `/`, for repository paths in findings. */
function repoRelative(root, abs) {
    return toPosix(relative(root, abs));
}
/** Files that kustomizations use as patches (strategic merge or JSON 6902), repository-relative. */
function kustomizePatchFiles(root, dirs) {
    const files = new Set();
    for (const dir of dirs) {
        const k = kustomizationOf(root, dir) ?? {};
        const paths = [
            ...list(k['patches']).map((p) => record(p)?.['path']),
            ...list(k['patchesStrategicMerge']),
            ...list(k['patchesJson6902']).map((p) => record(p)?.['path']),
        ];
        for (const p of paths)
            if (typeof p === 'string' && !p.includes('\n'))
                files.add(external_node_path_.posix.normalize(external_node_path_.posix.join(dir, p)));
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/config-validate/src/tools/run-tools.ts









class ToolMissingError extends errors/* ConfigValidateError */.r {
    tool;
    constructor(tool) {
        super(`${tool} is needed for engine tools or both, but no ${tool} binary was given`, `let the action install it, pass ${tool}-path, or use engine: embedded`);
        this.tool = tool;
    }
}
function need(binaries, tool) {
    const path = binaries[tool];
    if (!path)
        throw new ToolMissingError(tool);
    return path;
}
/**
 * Runs kubeconform (schemas), pluto (deprecated APIs) and conftest (Rego policies) on the same
 * rendered resources as the embedded engines: one file per resource, so every report maps back
 * to the resource's source file and line.
 */
async function runTools(run) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'config-validate-tools-'));
    try {
        const files = new Map();
        const manifests = (0,external_node_path_.join)(dir, 'manifests');
        await (0,promises_.mkdir)(manifests);
        const names = [];
        for (const [i, resource] of run.resources.entries()) {
            const name = `${String(i).padStart(5, '0')}-${resource.kind.toLowerCase()}.yaml`;
            await (0,promises_.writeFile)((0,external_node_path_.join)(manifests, name), (0,dist/* stringify */.As)(resource.object));
            files.set(name, resource);
            names.push((0,external_node_path_.join)(manifests, name));
        }
        const findings = [];
        const ran = {};
        if (run.checks.has('schema') && names.length > 0) {
            const kubeconform = need(run.binaries, 'kubeconform');
            const schemas = (0,external_node_path_.join)(dir, 'schemas');
            await writeKubeconformSchemas(schemas, crdSchemas(run.resources).schemas);
            // Like the embedded engine, leave admission policies to the admission-policy engine: the 1.27.1 schema set predates their GA API.
            const args = [
                '-strict',
                '-output',
                'json',
                '-skip',
                'ValidatingAdmissionPolicy,ValidatingAdmissionPolicyBinding',
                '-schema-location',
                (0,external_node_path_.join)(schemas, SCHEMA_LOCATION_TEMPLATE),
                ...names,
            ];
            const result = await (0,exec/* runCommand */.d1)(kubeconform, args, { captureStdout: true, cwd: manifests });
            findings.push(...parseKubeconform(result.stdout, result.code, files));
            ran['kubeconform'] = kubeconform;
        }
        if (run.checks.has('deprecations') && names.length > 0) {
            const pluto = need(run.binaries, 'pluto');
            const result = await (0,exec/* runCommand */.d1)(pluto, ['detect-files', '-d', manifests, '-o', 'json', '--target-versions', `k8s=v${run.version.text}.0`], {
                captureStdout: true,
                cwd: manifests,
            });
            findings.push(...parsePluto(result.stdout, result.code, files, run.version));
            ran['pluto'] = pluto;
        }
        if (run.checks.has('policies') && run.policyDir && names.length > 0) {
            const conftest = need(run.binaries, 'conftest');
            const result = await (0,exec/* runCommand */.d1)(conftest, ['test', '--no-color', '--all-namespaces', '--output', 'json', '--policy', (0,external_node_path_.join)(run.root, run.policyDir), ...names], { captureStdout: true, cwd: manifests });
            findings.push(...parseConftest(result.stdout, result.code, files, run.policyDir));
            ran['conftest'] = conftest;
        }
        return { findings, binaries: ran };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/config-validate/src/validate.ts

















function checksOf(options) {
    return new Set(options.checks ?? src_options/* CHECKS */.ui);
}
function yamlFindings(parsed, ignoreNonManifests) {
    const findings = [];
    if (parsed.error) {
        findings.push({
            tool: 'render',
            rule: 'yaml/invalid',
            severity: 'error',
            file: parsed.file,
            line: parsed.error.line,
            message: `invalid YAML: ${parsed.error.message}`,
            fix: 'fix the YAML syntax at this line (indentation, quoting, duplicate keys)',
        });
    }
    // A file without any Kubernetes object is not a manifest (values, config); half an object is a mistake.
    const looksLikeManifest = parsed.resources.length > 0 || parsed.notResources.some((n) => n.missing.length === 1) || !ignoreNonManifests;
    if (looksLikeManifest) {
        for (const n of parsed.notResources) {
            findings.push({
                tool: 'schema',
                rule: 'schema/not-a-resource',
                severity: 'error',
                file: n.file,
                line: n.line,
                message: `this document has no ${n.missing.join(' or ')}`,
                fix: 'add apiVersion and kind, or move non-manifest YAML out of the manifest directories',
            });
        }
    }
    return findings;
}
/** The embedded engines over a set of resources; `context` objects (CRDs, policies, PDBs) inform but are not reported on. */
function embeddedChecks(resources, context, checks, version) {
    const findings = [];
    const all = [...resources, ...context];
    if (checks.has('schema')) {
        const crds = crdSchemas(all);
        const engine = new SchemaEngine(crds.schemas);
        findings.push(...crds.findings.filter((f) => resources.some((r) => r.file === f.file)));
        for (const bad of engine.invalid) {
            findings.push({
                tool: 'schema',
                rule: 'schema/invalid-crd',
                severity: 'error',
                ...bad.custom.crd.locate(['spec', 'versions', bad.custom.versionIndex, 'schema', 'openAPIV3Schema']),
                kind: 'CustomResourceDefinition',
                name: bad.custom.crd.name,
                message: `CRD ${bad.custom.crd.name}: the openAPIV3Schema of ${bad.custom.apiVersion} is not a valid schema: ${bad.message}`,
                fix: 'fix the schema; the API server rejects this CRD',
            });
        }
        for (const r of resources)
            findings.push(...engine.validate(r));
    }
    if (checks.has('deprecations'))
        findings.push(...checkDeprecations(resources, version));
    if (checks.has('policies')) {
        const units = new Map();
        for (const r of resources)
            units.set(r.renderedBy, [...(units.get(r.renderedBy) ?? []), r]);
        for (const [unit, members] of units) {
            const pdbs = context.filter((c) => c.kind === 'PodDisruptionBudget' && c.renderedBy === unit);
            findings.push(...checkPolicies([...members, ...pdbs]).filter((f) => members.some((m) => m.file === f.file)));
        }
        const admission = new AdmissionPolicies(all);
        findings.push(...admission.findings.filter((f) => resources.some((r) => r.file === f.file)));
        for (const r of resources)
            findings.push(...admission.evaluate(r));
    }
    return findings;
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.tool}\0${f.rule}\0${f.file}\0${f.line}\0${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function plainUnit(file) {
    return `plain ${external_node_path_.posix.dirname(file)}`;
}
/**
 * Reads the plain manifests under `dir` (repository-relative) and renders what Argo CD, Flux and
 * the repository's kustomizations and charts deploy, every object with its source file and line.
 */
async function renderRepository(root, dir, options) {
    const log = options.logger ?? src/* silentLogger */.qq;
    const layout = scanRepository(root, dir, options.skip ?? []);
    const findings = [];
    const resources = [];
    const index = new SourceIndex();
    for (const file of layout.plainFiles) {
        const parsed = parseManifestFile(file, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'));
        for (const r of parsed.resources)
            r.renderedBy = plainUnit(file);
        resources.push(...parsed.resources);
        findings.push(...yamlFindings(parsed, true));
    }
    // Sources of rendered objects: YAML inside kustomizations, for provenance (and syntax errors).
    const patches = kustomizePatchFiles(root, layout.kustomizeDirs);
    for (const file of yamlUnder(root, layout.kustomizeDirs)) {
        const { documents, error } = parseSourceDocuments(file, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8'));
        index.add(documents, patches.has(file));
        if (error)
            findings.push(...yamlFindings({ file, resources: [], notResources: [], error }, true));
    }
    const units = planRenderUnits(root, layout, resources);
    for (const unit of units) {
        log.info(`rendering ${unit.label}`);
        const rendered = unit.kind === 'kustomize' ? await renderKustomize(root, unit, options.renderers, index) : await renderHelm(root, unit, options.renderers);
        for (const r of rendered.resources)
            if (!r.namespace && unit.namespace)
                r.namespace = unit.namespace;
        resources.push(...rendered.resources);
        findings.push(...rendered.findings);
    }
    return { resources, findings, units };
}
/**
 * Validates a config repository: renders what is deployed (plain manifests, kustomizations,
 * Helm charts, Argo CD Applications and Flux objects pointing into it), then checks schemas,
 * deprecated APIs and policies with the embedded engines and/or the real tools.
 */
async function validateRepository(options) {
    const log = options.logger ?? src/* silentLogger */.qq;
    const version = (0,kubernetes_version/* parseKubernetesVersion */.i6)(options.kubernetesVersion);
    if (!(0,external_node_fs_.statSync)(options.root, { throwIfNoEntry: false })?.isDirectory())
        throw new errors/* ConfigValidateError */.r(`the repository root ${options.root} is not a directory`, 'point it at a checkout of the config repository');
    const root = (0,external_node_fs_.realpathSync)(options.root);
    const dir = (0,src_options/* insideRoot */.p0)(root, options.path ?? '.', 'path');
    const policyDir = options.policyDir ? (0,src_options/* insideRoot */.p0)(root, options.policyDir, 'policy-dir') : undefined;
    const engine = options.engine ?? 'embedded';
    const checks = checksOf(options);
    const { resources, findings, units } = await renderRepository(root, dir, {
        ...(policyDir ? { skip: [policyDir] } : {}),
        renderers: options.renderers ?? {},
        logger: log,
    });
    if (engine !== 'tools')
        findings.push(...embeddedChecks(resources, [], checks, version));
    else if (checks.has('policies')) {
        // The embedded pack and admission policies have no external equivalent other than conftest's Rego.
        findings.push(...embeddedChecks(resources, [], new Set(['policies']), version).filter((f) => f.tool === 'admission-policies'));
    }
    let tools = {};
    if (engine !== 'embedded') {
        const result = await runTools({ root, resources, checks, version, ...(policyDir ? { policyDir } : {}), binaries: options.tools ?? {}, logger: log });
        findings.push(...result.findings);
        tools = result.binaries;
    }
    else if (policyDir && checks.has('policies')) {
        findings.push({
            tool: 'conftest',
            rule: 'conftest/not-run',
            severity: 'warning',
            file: policyDir,
            line: 1,
            message: `the Rego policies in ${policyDir} were not evaluated: the embedded engine does not run Rego`,
            fix: 'set engine: tools or both so conftest evaluates them',
        });
    }
    return {
        findings: (0,src_findings/* sortFindings */.Tc)(dedupe(findings)),
        resources: resources.length,
        units: units.map((u) => u.label),
        kubernetesVersion: version.text,
        schemaKubernetesVersion: SCHEMA_KUBERNETES_VERSION,
        tools,
    };
}
function yamlUnder(root, dirs) {
    const out = new Set();
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true })) {
            const rel = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            if (entry.isDirectory() && !entry.name.startsWith('.'))
                walk(rel);
            else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !/^kustomization\.ya?ml$/.test(entry.name))
                out.add(rel);
        }
    };
    for (const dir of dirs)
        walk(dir);
    return [...out].sort();
}
/**
 * The embedded checks on file contents held in memory (e.g. the files a manifest bump is about
 * to push), as plain manifests. `context` files (the repository's CRDs, admission policies,
 * PodDisruptionBudgets) inform the checks but are not reported on.
 */
function validateFiles(files, options) {
    const version = (0,kubernetes_version/* parseKubernetesVersion */.i6)(options.kubernetesVersion);
    const findings = [];
    const resources = [];
    for (const f of files) {
        const parsed = parseManifestFile(f.path, f.text);
        for (const r of parsed.resources)
            r.renderedBy = plainUnit(f.path);
        resources.push(...parsed.resources);
        findings.push(...yamlFindings(parsed, true));
    }
    const context = (options.context ?? [])
        .filter((c) => !files.some((f) => f.path === c.path))
        .flatMap((c) => parseManifestFile(c.path, c.text).resources.map((r) => Object.assign(r, { renderedBy: plainUnit(c.path) })));
    findings.push(...embeddedChecks(resources, context, checksOf(options), version));
    return {
        findings: (0,src_findings/* sortFindings */.Tc)(dedupe(findings)),
        resources: resources.length,
        units: [],
        kubernetesVersion: version.text,
        schemaKubernetesVersion: SCHEMA_KUBERNETES_VERSION,
        tools: {},
    };
}

;// CONCATENATED MODULE: ./packages/config-validate/src/index.ts













/***/ })

};
