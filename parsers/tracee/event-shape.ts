/**
 * The two JSON shapes `tracee --output json` has written: the long-standing `trace.Event`
 * (`timestamp` in ns, `eventName`, `processId`, `args: [{name, type, value}]`, `metadata` for
 * signature findings) and the newer `v1beta1.Event` (`timestamp: {seconds, nanos}`, `name`,
 * `workload.process…`, `data: [{name, <typed value>}]`, `threat`). The newer one is turned into
 * the older one's terms here so that one writer fills the row.
 * Reference: aquasecurity/tracee types/trace/trace.go and docs/docs/outputs/event-structure.md.
 */
import { type JsonObject, arr, int, obj, str } from '../falco/json-values.js';

/** One argument of an event. */
export interface TraceeArg { readonly name: string; readonly value: unknown }

/** A Tracee event in the terms of `trace.Event`, whatever shape it came in. */
export interface TraceeEvent {
  /** the raw timestamp value (ns integer, `{seconds, nanos}`, or RFC 3339 text) */
  readonly timestamp: unknown;
  readonly eventName: string;
  readonly eventId: string | null;
  readonly processId: unknown;
  readonly threadId: unknown;
  readonly parentProcessId: unknown;
  readonly hostProcessId: unknown;
  readonly hostThreadId: unknown;
  readonly hostParentProcessId: unknown;
  readonly userId: unknown;
  readonly processName: string | null;
  readonly executable: string | null;
  readonly hostName: string | null;
  readonly cgroupId: unknown;
  readonly mountNamespace: unknown;
  readonly pidNamespace: unknown;
  readonly threadStartTime: unknown;
  readonly processEntityId: unknown;
  readonly parentEntityId: unknown;
  readonly containerId: string | null;
  readonly containerName: string | null;
  readonly containerImage: string | null;
  readonly containerImageDigest: string | null;
  readonly podName: string | null;
  readonly podNamespace: string | null;
  readonly podUid: string | null;
  readonly matchedPolicies: readonly unknown[];
  readonly syscall: string | null;
  readonly returnValue: unknown;
  readonly args: readonly TraceeArg[];
  /** signature findings: `metadata` (trace.Event) or `threat` (v1beta1) */
  readonly signature: JsonObject | null;
  readonly version: 'trace.Event' | 'v1beta1';
}

/** True for a `trace.Event` record. */
export function isLegacyEvent(r: JsonObject): boolean {
  return typeof r.eventName === 'string' && (r.timestamp !== undefined || r.processId !== undefined) && (r.args === undefined || r.args === null || Array.isArray(r.args));
}

/** True for a `v1beta1.Event` record. */
export function isV1beta1Event(r: JsonObject): boolean {
  return typeof r.name === 'string' && obj(r.workload) !== null && (obj(r.timestamp) !== null || typeof r.timestamp === 'string');
}

/** The event in `trace.Event` terms, or null when the record is neither shape. */
export function traceeEvent(value: unknown): TraceeEvent | null {
  const r = obj(value);
  if (r === null) return null;
  if (isLegacyEvent(r)) return fromLegacy(r);
  if (isV1beta1Event(r)) return fromV1beta1(r);
  return null;
}

function fromLegacy(r: JsonObject): TraceeEvent {
  const container = obj(r.container) ?? {};
  const k8s = obj(r.kubernetes) ?? {};
  return {
    timestamp: r.timestamp, eventName: r.eventName as string, eventId: str(r.eventId) ?? (int(r.eventId) === null ? null : String(r.eventId)),
    processId: r.processId, threadId: r.threadId, parentProcessId: r.parentProcessId,
    hostProcessId: r.hostProcessId, hostThreadId: r.hostThreadId, hostParentProcessId: r.hostParentProcessId,
    userId: r.userId, processName: str(r.processName), executable: str(obj(r.executable)?.path), hostName: str(r.hostName),
    cgroupId: r.cgroupId, mountNamespace: r.mountNamespace, pidNamespace: r.pidNamespace, threadStartTime: r.threadStartTime,
    processEntityId: r.processEntityId, parentEntityId: r.parentEntityId,
    // before v0.10 the container and pod were flat members
    containerId: str(container.id) ?? str(r.containerId), containerName: str(container.name) ?? str(r.containerName),
    containerImage: str(container.image) ?? str(r.containerImage), containerImageDigest: str(container.imageDigest),
    podName: str(k8s.podName) ?? str(r.podName), podNamespace: str(k8s.podNamespace) ?? str(r.podNamespace), podUid: str(k8s.podUID) ?? str(r.podUID),
    matchedPolicies: arr(r.matchedPolicies), syscall: str(r.syscall), returnValue: r.returnValue,
    args: arr(r.args).flatMap((a) => { const arg = obj(a); return arg !== null && typeof arg.name === 'string' ? [{ name: arg.name, value: arg.value }] : []; }),
    signature: obj(r.metadata), version: 'trace.Event',
  };
}

/** The value of a `{value: x}` wrapper (protobuf's wrapped scalars), or the value itself. */
function unwrap(value: unknown): unknown {
  const o = obj(value);
  return o !== null && 'value' in o ? o.value : value;
}

/** The one typed member of a v1beta1 EventValue (`str`, `int32`, `str_array.value`, `sockaddr`, …). */
function dataValue(item: JsonObject): unknown {
  for (const [key, value] of Object.entries(item)) if (key !== 'name') return unwrap(value);
  return undefined;
}

function fromV1beta1(r: JsonObject): TraceeEvent {
  const workload = obj(r.workload) ?? {};
  const process = obj(workload.process) ?? {};
  const thread = obj(process.thread) ?? {};
  const parent = obj(arr(process.ancestors)[0]);
  const container = obj(workload.container) ?? {};
  const pod = obj(workload.k8s) ?? obj(workload.pod) ?? {};
  const threat = obj(r.threat);
  const signature = threat === null ? null : { ...threat, Properties: { ...(obj(threat.properties) ?? {}), signatureName: threat.name, Severity: threat.severity } };
  return {
    timestamp: r.timestamp, eventName: r.name as string, eventId: r.id === undefined ? null : String(r.id),
    processId: unwrap(process.pid), threadId: thread.tid, parentProcessId: unwrap(parent?.pid),
    hostProcessId: unwrap(process.host_pid), hostThreadId: thread.host_tid, hostParentProcessId: unwrap(parent?.host_pid),
    userId: unwrap(obj(process.real_user)?.id), processName: str(thread.name), executable: str(obj(process.executable)?.path),
    hostName: str(r.hostname) ?? str(r.host_name), cgroupId: undefined, mountNamespace: undefined, pidNamespace: undefined,
    threadStartTime: thread.start_time, processEntityId: process.unique_id ?? thread.unique_id, parentEntityId: parent?.unique_id,
    containerId: str(container.id), containerName: str(container.name), containerImage: str(obj(container.image)?.name),
    containerImageDigest: str(arr(obj(container.image)?.repo_digests)[0]),
    podName: str(pod.name), podNamespace: str(obj(pod.namespace)?.name) ?? str(pod.namespace), podUid: str(pod.id),
    matchedPolicies: arr(obj(r.policies)?.matched), syscall: str(thread.syscall), returnValue: undefined,
    args: arr(r.data).flatMap((d) => { const item = obj(d); return item !== null && typeof item.name === 'string' ? [{ name: item.name, value: dataValue(item) }] : []; }),
    signature, version: 'v1beta1',
  };
}
