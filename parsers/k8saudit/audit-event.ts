/**
 * One `audit.k8s.io` Event object → one row of `events`: the common columns (time, verb, actor,
 * source IP, target, outcome, …), the `ka.*` fields in `attrs` under Falco's names
 * (../shared/docs/field-vocabulary.md §4), and the interactive-session marks (`ka.session`) that
 * the correlation and replay work keys on.
 */
import { COL } from '../common/arrow-schema.js';
import { type EventBatchBuilder } from '../common/event-batch-builder.js';
import { type AttrAdder, addRequestFields, arrayAt, asObject, jsonText, objectAt, stringAt } from './request-fields.js';
import { parseRfc3339Ns } from '../common/rfc3339.js';
import { type UriParam, parseUriParams, uriPath } from './uri-params.js';

type Json = Record<string, unknown>;

/** Longest value kept in one attrs entry; longer ones are cut with a warning. */
export const MAX_ATTR_VALUE_CHARS = 64 * 1024;
/** Most distinct query parameters kept as `ka.uri.param[…]` keys per record. */
export const MAX_URI_PARAMS = 64;

/** The kinds of interactive session a request opens, in `ka.session`. */
export type SessionKind = 'exec' | 'attach' | 'debug' | 'portforward';

/** What the splitter knew about the record. */
export interface AuditRecord {
  readonly value: Json;
  readonly text: string;
  readonly offset: number;
  readonly length: number;
  readonly line: number;
}

/** How a parsed JSON value is to be read. */
export type RecordClass = { readonly kind: 'event' } | { readonly kind: 'list' } | { readonly kind: 'skip'; readonly why: string };

/**
 * An audit Event (v1, v1beta1, v1alpha1), an EventList to be split, or something else with the
 * reason it is skipped. Events need an `auditID`, or a `verb` and a `requestURI`.
 */
export function classifyRecord(value: unknown): RecordClass {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'skip', why: `it is ${Array.isArray(value) ? 'an array' : `a JSON ${value === null ? 'null' : typeof value}`}, not an object` };
  }
  const record = value as Json;
  const apiVersion = record.apiVersion;
  const kind = record.kind;
  if (apiVersion !== undefined && (typeof apiVersion !== 'string' || !apiVersion.startsWith('audit.k8s.io/'))) {
    return { kind: 'skip', why: `its apiVersion ${preview(apiVersion)} is not audit.k8s.io` };
  }
  if (kind === 'EventList') return { kind: 'list' };
  if (kind !== undefined && kind !== 'Event') return { kind: 'skip', why: `its kind ${preview(kind)} is not Event` };
  const hasId = typeof record.auditID === 'string' && record.auditID !== '';
  if (!hasId && !(typeof record.verb === 'string' && typeof record.requestURI === 'string')) {
    return { kind: 'skip', why: 'it has no auditID (nor a verb and requestURI)' };
  }
  return { kind: 'event' };
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The session a request opens, from its resource, subresource and verb. */
export function sessionKind(resource: string | undefined, subresource: string | undefined, verb: string | undefined): SessionKind | undefined {
  if (resource !== 'pods') return undefined;
  switch (subresource) {
    case 'exec': return 'exec';
    case 'attach': return 'attach';
    case 'portforward': return 'portforward';
    // `kubectl debug` adds an ephemeral container with a patch (an update with older clients)
    case 'ephemeralcontainers': return verb === 'patch' || verb === 'update' || verb === 'create' ? 'debug' : undefined;
    default: return undefined;
  }
}

/** Warns about one record: message only, the writer adds its position. */
export type RecordWarn = (message: string) => void;

/** Writes audit events into a batch builder (the caller sets evt_num and commits). */
export class AuditEventWriter {
  private warn: RecordWarn = () => {};
  private readonly adder: AttrAdder = (key, values) => this.addAttr(key, values);

  constructor(private readonly builder: EventBatchBuilder) {}

  /** Fills the current row from `record` (evt_num, source_id and source_kind are the caller's). */
  write(record: AuditRecord, warn: RecordWarn): void {
    this.warn = warn;
    const b = this.builder;
    const e = record.value;
    b.setInt64(COL.src_offset, record.offset);
    b.setInt32(COL.src_length, record.length);
    b.setUtf8(COL.raw, record.text);
    this.writeTime(e);
    const verb = stringAt(e, 'verb');
    const uri = stringAt(e, 'requestURI');
    const ref = objectAt(e, 'objectRef');
    const resource = stringAt(ref, 'resource');
    const subresource = stringAt(ref, 'subresource');
    const session = sessionKind(resource, subresource, verb);
    if (verb !== undefined) b.setUtf8(COL.evt_type, verb);
    b.setUtf8(COL.evt_category, session ? 'k8s-session' : 'k8s-api');
    b.setUtf8(COL.args, uri === undefined ? verb ?? '' : `${verb ?? ''} ${uri}`.trim());
    const request = e.requestObject;
    if (request !== undefined && request !== null) b.setUtf8(COL.args_json, JSON.stringify(request));
    this.writeIdentity(e);
    this.writeOutcome(e);
    this.writeTarget(e, ref, verb, uri);
    const params = this.writeUri(uri);
    if (session) this.writeSession(e, session, params);
    const requestObject = asObject(request);
    if (requestObject) addRequestFields(this.adder, requestObject, resource, stringAt(ref, 'name'));
    const response = objectAt(e, 'responseObject');
    this.attr('ka.resp.name', stringAt(objectAt(response, 'metadata'), 'name'));
  }

  private attr(key: string, value: string | undefined): void {
    if (value !== undefined) this.addAttr(key, value);
  }

  private addAttr(key: string, values: string | readonly string[]): void {
    const list = typeof values === 'string' ? [values] : values;
    if (list.some((v) => v.length > MAX_ATTR_VALUE_CHARS)) {
      this.warn(`${key} is longer than ${MAX_ATTR_VALUE_CHARS} characters; it was cut (raw holds the whole record)`);
      this.builder.addAttr(key, list.map((v) => (v.length > MAX_ATTR_VALUE_CHARS ? v.slice(0, MAX_ATTR_VALUE_CHARS) : v)));
      return;
    }
    this.builder.addAttr(key, list);
  }

  /** ts: stage time, else request received, else the v1alpha1/v1beta1 `timestamp`, else metadata's; latency = stage − received. */
  private writeTime(e: Json): void {
    const stage = this.stamp(e, 'stageTimestamp');
    const received = this.stamp(e, 'requestReceivedTimestamp');
    const ts = stage ?? received ?? this.stamp(e, 'timestamp') ?? this.stamp(objectAt(e, 'metadata'), 'creationTimestamp');
    if (ts === null) this.warn('the event has no valid time stamp (stageTimestamp, requestReceivedTimestamp, timestamp); its ts is empty');
    else this.builder.setInt64(COL.ts, ts);
    if (stage !== null && received !== null && stage >= received) this.builder.setInt64(COL.latency_ns, stage - received);
  }

  private stamp(e: Json | undefined, key: string): bigint | null {
    const value = e?.[key];
    if (value === undefined || value === null) return null;
    const ns = typeof value === 'string' ? parseRfc3339Ns(value) : null;
    if (ns === null) this.warn(`${key} ${preview(value)} is not an RFC 3339 time; it was ignored`);
    return ns;
  }

  private writeIdentity(e: Json): void {
    const b = this.builder;
    const auditId = stringAt(e, 'auditID');
    if (auditId !== undefined) b.setUtf8(COL.request_id, auditId);
    this.attr('ka.auditid', auditId);
    this.attr('ka.stage', stringAt(e, 'stage'));
    this.attr('ka.level', stringAt(e, 'level'));
    this.attr('ka.verb', stringAt(e, 'verb'));
    const user = objectAt(e, 'user');
    const userName = stringAt(user, 'username');
    if (userName !== undefined) {
      b.setUtf8(COL.actor, userName);
      b.setUtf8(COL.actor_type, userName.startsWith('system:serviceaccount:') ? 'k8s-serviceaccount' : 'k8s-user');
    }
    this.attr('ka.user.name', userName);
    this.strings('ka.user.groups', arrayAt(user, 'groups'));
    const impersonated = objectAt(e, 'impersonatedUser');
    this.attr('ka.impuser.name', stringAt(impersonated, 'username'));
    this.strings('ka.impuser.groups', arrayAt(impersonated, 'groups'));
    const ips = arrayAt(e, 'sourceIPs').filter((ip): ip is string => typeof ip === 'string');
    if (ips.length > 0) b.setUtf8(COL.src_ip, ips[0]);
    this.strings('ka.sourceips', ips);
    const agent = stringAt(e, 'userAgent');
    if (agent !== undefined) b.setUtf8(COL.user_agent, agent);
    this.attr('ka.useragent', agent);
    const annotations = objectAt(e, 'annotations');
    for (const [key, annotation] of ANNOTATION_FIELDS) this.attr(key, stringAt(annotations, annotation));
  }

  private strings(key: string, values: readonly unknown[]): void {
    const texts = values.map(jsonText).filter((v): v is string => v !== undefined);
    if (texts.length > 0) this.addAttr(key, texts);
  }

  /** outcome = the HTTP code as text, else the authorization decision; failed = code ≥ 400 or forbid. */
  private writeOutcome(e: Json): void {
    const b = this.builder;
    const status = objectAt(e, 'responseStatus');
    const code = status?.code;
    const decision = stringAt(objectAt(e, 'annotations'), 'authorization.k8s.io/decision');
    if (typeof code === 'number' && Number.isSafeInteger(code)) {
      b.setInt64(COL.res, code);
      b.setBool(COL.failed, code >= 400);
      b.setUtf8(COL.outcome, String(code));
    } else if (decision !== undefined) {
      b.setUtf8(COL.outcome, decision);
      if (decision === 'forbid' || decision === 'allow') b.setBool(COL.failed, decision === 'forbid');
    }
    this.attr('ka.response.code', jsonText(code));
    this.attr('ka.response.reason', stringAt(status, 'reason'));
  }

  /** target = `resource[/subresource] namespace/name` (the URI path for non-resource requests). */
  private writeTarget(e: Json, ref: Json | undefined, verb: string | undefined, uri: string | undefined): void {
    const b = this.builder;
    const resource = stringAt(ref, 'resource');
    const subresource = stringAt(ref, 'subresource');
    const namespace = stringAt(ref, 'namespace');
    const responseName = stringAt(objectAt(objectAt(e, 'responseObject'), 'metadata'), 'name');
    // a create names its object only in the response (`generateName` pods)
    const name = stringAt(ref, 'name') ?? (verb === 'create' && subresource === undefined ? responseName : undefined);
    for (const [key, member] of [['ka.target.resource', 'resource'], ['ka.target.subresource', 'subresource'], ['ka.target.name', 'name'],
      ['ka.target.namespace', 'namespace'], ['ka.target.apigroup', 'apiGroup'], ['ka.target.apiversion', 'apiVersion']] as const) {
      this.attr(key, stringAt(ref, member));
    }
    if (resource === 'pods' && subresource === undefined) this.attr('ka.target.pod.name', responseName);
    if (namespace !== undefined) b.setUtf8(COL.k8s_ns, namespace);
    if (resource === 'pods' && name !== undefined) b.setUtf8(COL.k8s_pod, name);
    if (resource !== undefined) {
      const what = subresource === undefined ? resource : `${resource}/${subresource}`;
      const where = namespace !== undefined && name !== undefined ? `${namespace}/${name}` : namespace ?? name;
      b.setUtf8(COL.target, where === undefined ? what : `${what} ${where}`);
    } else if (uri !== undefined) {
      b.setUtf8(COL.target, uriPath(uri));
    }
  }

  /** ka.uri and one `ka.uri.param[NAME]` per query parameter, all its values in order. */
  private writeUri(uri: string | undefined): readonly UriParam[] {
    if (uri === undefined) return [];
    this.addAttr('ka.uri', uri);
    const { params, dropped } = parseUriParams(uri, MAX_URI_PARAMS);
    for (const p of params) this.addAttr(`ka.uri.param[${p.name}]`, p.values);
    if (dropped > 0) this.warn(`the request URI has more than ${MAX_URI_PARAMS} distinct query parameters; ${dropped} were not kept as ka.uri.param[…] (ka.uri has them all)`);
    return params;
  }

  /**
   * ka.session; exec: the command (`command` parameters joined) and the container; attach and
   * portforward: the container when named; debug: the ephemeral container kubectl added (the last
   * one of the patched spec) and its command, when the audit level kept the request body.
   */
  private writeSession(e: Json, session: SessionKind, params: readonly UriParam[]): void {
    const b = this.builder;
    this.addAttr('ka.session', session);
    const param = (name: string) => params.find((p) => p.name === name)?.values;
    if (session === 'debug') {
      const added = asObject(arrayAt(objectAt(e.requestObject, 'spec'), 'ephemeralContainers').at(-1));
      const name = stringAt(added, 'name');
      if (name !== undefined) b.setUtf8(COL.k8s_container, name);
      const argv = [...arrayAt(added, 'command'), ...arrayAt(added, 'args')];
      if (argv.length > 0) b.setUtf8(COL.cmdline, argv.map((a) => jsonText(a) ?? '').join(' '));
      return;
    }
    const command = param('command');
    if (session === 'exec' && command !== undefined) b.setUtf8(COL.cmdline, command.join(' '));
    const container = param('container')?.[0];
    if (container !== undefined) b.setUtf8(COL.k8s_container, container);
  }
}

/** `ka.*` fields read from `annotations`. */
const ANNOTATION_FIELDS: readonly (readonly [string, string])[] = [
  ['ka.auth.decision', 'authorization.k8s.io/decision'],
  ['ka.auth.reason', 'authorization.k8s.io/reason'],
  ['ka.auth.openshift.decision', 'authentication.openshift.io/decision'],
  ['ka.auth.openshift.username', 'authentication.openshift.io/username'],
  ['ka.validations.admission.policy.failure', 'validation.policy.admission.k8s.io/validation_failure'],
  ['ka.security.pod.violations', 'pod-security.kubernetes.io/audit-violations'],
  ['ka.cluster.name', 'cluster_name'],
];
