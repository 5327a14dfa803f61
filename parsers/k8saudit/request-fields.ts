/**
 * The `ka.req.*` fields Falco's k8saudit plugin extracts from an audit event's `requestObject`
 * (../shared/docs/field-vocabulary.md §4.1–4.2): pod spec and per-container security settings,
 * volumes, role rules, bindings, services and configmap data. Values are strings; non-string JSON
 * values are their JSON text (`true`, `0`, `{"kind":"User",…}`) as Falco returns them.
 *
 * Two deliberate differences from the plugin, both toward what Kubernetes means:
 * - `…image.repository` drops a digest (`@sha256:…`) and a tag after the last `/`, so
 *   `registry:5000/app:1.0` gives `registry:5000/app` (the plugin cuts at the first `:` and
 *   gives `registry`);
 * - `…run_as_user` / `…run_as_group` and the `eff_` variants read `securityContext`, where
 *   Kubernetes puts them (the plugin reads `runAsUser` directly under the container and the spec,
 *   which a real pod never has); `eff_` falls back to the pod's `securityContext`, then to `0`
 *   as the plugin does.
 */

/** Receives one field and its values (empty lists are never passed). */
export type AttrAdder = (key: string, values: string | readonly string[]) => void;

type Json = Record<string, unknown>;

/** A JSON value as an object, or undefined when it is not one. */
export function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Json : undefined;
}

/** A JSON object member as an object, or undefined. */
export function objectAt(value: unknown, key: string): Json | undefined {
  return asObject(asObject(value)?.[key]);
}

/** A JSON object member as an array (empty when absent or not an array). */
export function arrayAt(value: Json | undefined, key: string): unknown[] {
  const member = value?.[key];
  return Array.isArray(member) ? member : [];
}

/** A JSON object member as a string, or undefined (non-strings are not coerced). */
export function stringAt(value: Json | undefined, key: string): string | undefined {
  const member = value?.[key];
  return typeof member === 'string' ? member : undefined;
}

/** A JSON value as Falco renders it: strings as is, other values as JSON text; null/absent → undefined. */
export function jsonText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The repository part of an image reference: no digest, no tag. */
export function imageRepository(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at < 0 ? image : image.slice(0, at);
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest;
}

function add(adder: AttrAdder, key: string, values: readonly (string | undefined)[]): void {
  const kept = values.filter((v): v is string => v !== undefined);
  if (kept.length > 0) adder(key, kept);
}

function containerFields(adder: AttrAdder, prefix: string, containers: readonly Json[], spec: Json, hasHostPort: boolean): void {
  if (containers.length === 0) return;
  const security = containers.map((c) => objectAt(c, 'securityContext'));
  const podSecurity = objectAt(spec, 'securityContext');
  const images = containers.map((c) => stringAt(c, 'image'));
  add(adder, `${prefix}.name`, containers.map((c) => stringAt(c, 'name')));
  add(adder, `${prefix}.image`, images);
  add(adder, `${prefix}.image.repository`, images.map((i) => (i === undefined ? undefined : imageRepository(i))));
  add(adder, `${prefix}.command`, containers.map((c) => joinedStrings(c.command)));
  add(adder, `${prefix}.args`, containers.map((c) => joinedStrings(c.args)));
  add(adder, `${prefix}.privileged`, security.map((s) => jsonText(s?.privileged)));
  add(adder, `${prefix}.allow_privilege_escalation`, security.map((s) => jsonText(s?.allowPrivilegeEscalation)));
  add(adder, `${prefix}.read_only_fs`, security.map((s) => jsonText(s?.readOnlyRootFilesystem)));
  add(adder, `${prefix}.run_as_user`, security.map((s) => jsonText(s?.runAsUser)));
  add(adder, `${prefix}.run_as_group`, security.map((s) => jsonText(s?.runAsGroup)));
  add(adder, `${prefix}.eff_run_as_user`, security.map((s) => jsonText(s?.runAsUser ?? podSecurity?.runAsUser) ?? '0'));
  add(adder, `${prefix}.eff_run_as_group`, security.map((s) => jsonText(s?.runAsGroup ?? podSecurity?.runAsGroup) ?? '0'));
  add(adder, `${prefix}.proc_mount`, security.map((s) => jsonText(s?.procMount)));
  add(adder, `${prefix}.add_capabilities`, security.flatMap((s) => arrayAt(objectAt(s, 'capabilities'), 'add').map(jsonText)));
  if (hasHostPort) {
    const ports = containers.flatMap((c) => objects(arrayAt(c, 'ports')));
    add(adder, `${prefix}.host_port`, ports.map((p) => jsonText(p.hostPort ?? p.containerPort)));
  }
}

/** `command`/`args` of a container: its strings joined by spaces (as the plugin does). */
function joinedStrings(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((v) => jsonText(v) ?? '').join(' ');
}

function objects(values: readonly unknown[]): Json[] {
  return values.flatMap((v): Json[] => { const o = asObject(v); return o ? [o] : []; });
}

/** Pod spec fields (`requestObject.spec` of a pod create/update or an ephemeral-container patch). */
function podSpecFields(adder: AttrAdder, spec: Json): void {
  const containers = objects(arrayAt(spec, 'containers'));
  containerFields(adder, 'ka.req.pod.containers', containers, spec, true);
  containerFields(adder, 'ka.req.pod.initContainers', objects(arrayAt(spec, 'initContainers')), spec, true);
  containerFields(adder, 'ka.req.pod.ephemeralContainers', objects(arrayAt(spec, 'ephemeralContainers')), spec, false);
  if (containers.length > 0) {
    const first = stringAt(containers[0], 'image');
    add(adder, 'ka.req.container.image', [first]);
    add(adder, 'ka.req.container.image.repository', [first === undefined ? undefined : imageRepository(first)]);
    const anyPrivileged = containers.some((c) => objectAt(c, 'securityContext')?.privileged === true);
    adder('ka.req.container.privileged', anyPrivileged ? 'true' : 'false');
  }
  add(adder, 'ka.req.pod.host_ipc', [jsonText(spec.hostIPC)]);
  add(adder, 'ka.req.pod.host_network', [jsonText(spec.hostNetwork)]);
  add(adder, 'ka.req.container.host_network', [jsonText(spec.hostNetwork)]);
  add(adder, 'ka.req.pod.host_pid', [jsonText(spec.hostPID)]);
  const security = objectAt(spec, 'securityContext');
  add(adder, 'ka.req.pod.run_as_user', [jsonText(security?.runAsUser)]);
  add(adder, 'ka.req.pod.run_as_group', [jsonText(security?.runAsGroup)]);
  add(adder, 'ka.req.pod.fs_group', [jsonText(security?.fsGroup)]);
  add(adder, 'ka.req.pod.supplemental_groups', arrayAt(security, 'supplementalGroups').map(jsonText));
  const volumes = objects(arrayAt(spec, 'volumes'));
  add(adder, 'ka.req.pod.volumes.hostpath', volumes.map((v) => stringAt(objectAt(v, 'hostPath'), 'path')));
  add(adder, 'ka.req.pod.volumes.flexvolume_driver', volumes.map((v) => stringAt(objectAt(v, 'flexVolume'), 'driver')));
  add(adder, 'ka.req.pod.volumes.volume_type', volumes.flatMap((v) => Object.keys(v).filter((k) => k !== 'name')));
}

function roleFields(adder: AttrAdder, request: Json): void {
  const rules = objects(arrayAt(request, 'rules'));
  add(adder, 'ka.req.role.rules', rules.map(jsonText));
  for (const [member, key] of [['apiGroups', 'ka.req.role.rules.apiGroups'], ['nonResourceURLs', 'ka.req.role.rules.nonResourceURLs'],
    ['verbs', 'ka.req.role.rules.verbs'], ['resources', 'ka.req.role.rules.resources']] as const) {
    add(adder, key, rules.flatMap((r) => arrayAt(r, member).map(jsonText)));
  }
}

function bindingFields(adder: AttrAdder, request: Json): void {
  const subjects = objects(arrayAt(request, 'subjects'));
  add(adder, 'ka.req.binding.subjects', subjects.map(jsonText));
  const ofKind = (kind: string) => subjects.filter((s) => s.kind === kind);
  add(adder, 'ka.req.binding.subjects.user_names', ofKind('User').map((s) => stringAt(s, 'name')));
  add(adder, 'ka.req.binding.subjects.group_names', ofKind('Group').map((s) => stringAt(s, 'name')));
  const accounts = ofKind('ServiceAccount');
  add(adder, 'ka.req.binding.subjects.serviceaccount_names', accounts.map((s) => stringAt(s, 'name')));
  add(adder, 'ka.req.binding.subjects.serviceaccount_ns_names', accounts.map((s) => `${stringAt(s, 'namespace') ?? ''}:${stringAt(s, 'name') ?? ''}`));
  add(adder, 'ka.req.binding.role', [stringAt(objectAt(request, 'roleRef'), 'name')]);
}

/**
 * Adds the `ka.req.*` fields of `requestObject` for the resource it was sent to. Resources are
 * matched so that a field means what its name says (a deployment's `spec.replicas` is not a pod
 * flag); pods and their `ephemeralcontainers` subresource give the pod fields.
 */
export function addRequestFields(adder: AttrAdder, request: Json, resource: string | undefined, name: string | undefined): void {
  switch (resource) {
    case 'pods': {
      const spec = objectAt(request, 'spec');
      if (spec) podSpecFields(adder, spec);
      return;
    }
    case 'roles': case 'clusterroles': return roleFields(adder, request);
    case 'rolebindings': case 'clusterrolebindings': return bindingFields(adder, request);
    case 'configmaps':
      add(adder, 'ka.req.configmap.name', [name]);
      add(adder, 'ka.req.configmap.obj', [jsonText(objectAt(request, 'data'))]);
      return;
    case 'services': {
      const spec = objectAt(request, 'spec');
      add(adder, 'ka.req.service.type', [stringAt(spec, 'type')]);
      add(adder, 'ka.req.service.ports', arrayAt(spec, 'ports').map(jsonText));
      return;
    }
    default:
  }
}
