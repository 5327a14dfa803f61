/**
 * Catalog entries of the Kubernetes audit reader's `ka.*` fields (parsers/k8saudit), named and
 * described as in Falco's k8saudit plugin (../shared/docs/field-vocabulary.md §4). Falco declares
 * every one of them as a string (`ka.response.code` is the text `403`, flags are `true`/`false`),
 * and so does this catalog, so Falco conditions compare the same way. The common columns
 * (actor, src_ip, target, k8s_ns, …) are in catalog.ts.
 *
 * `ka.uri.param[NAME]` takes an argument: {@link k8sUriParamField} gives the entry for one name.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });

/** The per-container fields, repeated for containers, initContainers and ephemeralContainers. */
function containerFields(family: 'containers' | 'initContainers' | 'ephemeralContainers'): FieldInfo[] {
  const p = `ka.req.pod.${family}`;
  const of = `requestObject.spec.${family}[]`;
  const fields = [
    list(`${p}.name`, `Names of the ${family} in the request (${of}.name)`),
    list(`${p}.image`, `Images of the ${family} in the request (${of}.image)`),
    list(`${p}.image.repository`, `Image repositories of the ${family} (image without tag or digest)`),
    list(`${p}.command`, `Commands of the ${family}, one space-joined item per container`),
    list(`${p}.args`, `Args of the ${family}, one space-joined item per container`),
    list(`${p}.privileged`, `securityContext.privileged of the ${family} (true/false; missing values skipped)`),
    list(`${p}.allow_privilege_escalation`, `securityContext.allowPrivilegeEscalation of the ${family}`),
    list(`${p}.read_only_fs`, `securityContext.readOnlyRootFilesystem of the ${family}`),
    list(`${p}.run_as_user`, `securityContext.runAsUser of the ${family}`),
    list(`${p}.eff_run_as_user`, `Effective uid of each of the ${family}: its runAsUser, else the pod's, else 0`),
    list(`${p}.run_as_group`, `securityContext.runAsGroup of the ${family}`),
    list(`${p}.eff_run_as_group`, `Effective gid of each of the ${family}: its runAsGroup, else the pod's, else 0`),
    list(`${p}.proc_mount`, `securityContext.procMount of the ${family}`),
    list(`${p}.add_capabilities`, `Capabilities added by the ${family} (securityContext.capabilities.add)`),
  ];
  if (family !== 'ephemeralContainers') fields.push(list(`${p}.host_port`, `Host ports of the ${family} (hostPort, else containerPort)`));
  return fields;
}

/** Every `ka.*` field the k8saudit reader stores in `attrs`, in display order. */
export const K8SAUDIT_FIELDS: readonly FieldInfo[] = [
  s('ka.auditid', 'Audit ID of the request, shared by its stages (auditID)'),
  s('ka.stage', 'Stage of the audit event: RequestReceived, ResponseStarted, ResponseComplete, Panic'),
  s('ka.level', 'Audit level the policy chose: Metadata, Request, RequestResponse'),
  s('ka.verb', 'API verb: get, list, watch, create, update, patch, delete, …'),
  s('ka.uri', 'Request URI with its query string (requestURI)'),
  s('ka.user.name', 'Authenticated user (system:serviceaccount:NS:NAME for service accounts)'),
  list('ka.user.groups', 'Groups of the authenticated user'),
  s('ka.impuser.name', 'Impersonated user name (impersonatedUser.username)'),
  list('ka.impuser.groups', 'Groups of the impersonated user'),
  list('ka.sourceips', 'Client IP addresses (sourceIPs; the first is the original client)'),
  s('ka.useragent', 'Client user agent'),
  s('ka.target.resource', 'Resource type acted on (pods, secrets, configmaps, clusterrolebindings, …)'),
  s('ka.target.subresource', 'Subresource (exec, attach, portforward, ephemeralcontainers, log, …)'),
  s('ka.target.name', 'Name of the object acted on (objectRef.name)'),
  s('ka.target.namespace', 'Namespace of the object acted on (objectRef.namespace)'),
  s('ka.target.apigroup', 'API group of the object acted on (objectRef.apiGroup; empty for the core group)'),
  s('ka.target.apiversion', 'API version of the object acted on (objectRef.apiVersion)'),
  s('ka.target.pod.name', 'Name of the pod acted on, from the response (pods without subresource)'),
  s('ka.response.code', 'HTTP status code of the response, as text (403)'),
  s('ka.response.reason', 'Reason of the response status (Forbidden, NotFound, …)'),
  s('ka.resp.name', 'Name of the object in the response (responseObject.metadata.name)'),
  s('ka.auth.decision', 'Authorization decision: allow or forbid'),
  s('ka.auth.reason', 'Authorization reason (the RBAC binding that allowed it)'),
  s('ka.auth.openshift.decision', 'OpenShift authentication decision'),
  s('ka.auth.openshift.username', 'OpenShift authenticated user name'),
  s('ka.validations.admission.policy.failure', 'ValidatingAdmissionPolicy failure (JSON text)'),
  s('ka.security.pod.violations', 'Pod Security admission audit violations'),
  s('ka.cluster.name', 'Cluster name annotation (set by some managed-cluster integrations)'),
  s('ka.session', 'Interactive session the request opens: exec, attach, debug (kubectl debug), portforward'),
  ...containerFields('containers'),
  s('ka.req.container.image', 'Deprecated: image of the first container in the request'),
  s('ka.req.container.image.repository', 'Deprecated: image repository of the first container'),
  s('ka.req.container.privileged', 'Deprecated: true if any container of the request is privileged, else false'),
  s('ka.req.container.host_network', 'Deprecated alias of ka.req.pod.host_network'),
  s('ka.req.pod.host_network', 'Pod hostNetwork flag in the request'),
  s('ka.req.pod.host_pid', 'Pod hostPID flag in the request'),
  s('ka.req.pod.host_ipc', 'Pod hostIPC flag in the request'),
  s('ka.req.pod.run_as_user', 'Pod-level securityContext.runAsUser'),
  s('ka.req.pod.run_as_group', 'Pod-level securityContext.runAsGroup'),
  s('ka.req.pod.fs_group', 'Pod-level securityContext.fsGroup'),
  list('ka.req.pod.supplemental_groups', 'Pod-level securityContext.supplementalGroups'),
  list('ka.req.pod.volumes.hostpath', 'hostPath paths of the pod volumes in the request'),
  list('ka.req.pod.volumes.flexvolume_driver', 'Flexvolume drivers of the pod volumes'),
  list('ka.req.pod.volumes.volume_type', 'Volume types of the pod volumes (hostPath, secret, configMap, …)'),
  ...containerFields('initContainers'),
  ...containerFields('ephemeralContainers'),
  list('ka.req.role.rules', 'Rules of a Role/ClusterRole in the request, each as JSON text'),
  list('ka.req.role.rules.apiGroups', 'API groups of all the rules'),
  list('ka.req.role.rules.resources', 'Resources of all the rules'),
  list('ka.req.role.rules.verbs', 'Verbs of all the rules'),
  list('ka.req.role.rules.nonResourceURLs', 'Non-resource URLs of all the rules'),
  s('ka.req.binding.role', 'Role referenced by a (Cluster)RoleBinding in the request (roleRef.name)'),
  list('ka.req.binding.subjects', 'Subjects of the binding, each as JSON text'),
  list('ka.req.binding.subjects.user_names', 'User subjects of the binding'),
  list('ka.req.binding.subjects.group_names', 'Group subjects of the binding'),
  list('ka.req.binding.subjects.serviceaccount_names', 'Service-account subjects of the binding'),
  list('ka.req.binding.subjects.serviceaccount_ns_names', 'Service-account subjects of the binding as NS:NAME'),
  s('ka.req.configmap.name', 'Name of the configmap in the request'),
  s('ka.req.configmap.obj', 'Data of the configmap in the request, as JSON text'),
  s('ka.req.service.type', 'Service type in the request (ClusterIP, NodePort, LoadBalancer, …)'),
  list('ka.req.service.ports', 'Service ports in the request, each as JSON text'),
];

/** Prefix of the argument field `ka.uri.param[NAME]`. */
export const K8S_URI_PARAM_FIELD = 'ka.uri.param';

/**
 * The entry for `ka.uri.param[NAME]`: every value of query parameter NAME of the request URI, in
 * order (`ka.uri.param[command]` is the argv of an exec). The reader stores each parameter under
 * the key `ka.uri.param[NAME]`; NAME is quoted by attrField, never spliced raw.
 */
export function k8sUriParamField(name: string): FieldInfo {
  return attrField(`${K8S_URI_PARAM_FIELD}[${name}]`, 'string', `Values of query parameter ${name} of the request URI`, { multi: true });
}
