/**
 * Fills the columns and `attrs` of one row from a CloudTrail event record (or from the outer
 * fields of a LookupEvents / Lake row whose embedded event is broken). The reader sets the
 * identity columns (evt_num, source, offsets, raw) and commits the row.
 */
import { COL } from '../common/arrow-schema.js';
import { type EventBatchBuilder } from '../common/event-batch-builder.js';
import { eventTimeNs } from './event-time.js';
import {
  actorOf, argsSummary, booleanText, categoryOf, datadogFacts, ec2ImageIds, ec2Name, falcoUser, infoOf,
  isDatadogForwarded, isIpAddress, originalUser, s3Facts, targetOf,
} from './event-fields.js';
import { DEFAULT_FLATTEN_LIMITS, FlatAttrs, type FlattenLimits } from '../common/flat-attrs.js';
import { safeStringify } from './flatten.js';
import { type Json, asObject, stringAt } from './record-shape.js';

const AMAZONAWS = '.amazonaws.com';

/** Where the row's time came from: null when the record has none that parses. */
export type TimeSource = 'eventTime' | '@timestamp' | 'EventTime' | null;

/** What writing a row found out, for the reader's warnings. */
export interface WriteResult {
  readonly timeSource: TimeSource;
  /** the time member that was present but is not a time stamp */
  readonly badTime?: string;
  /** what `attrs` had to leave out or cut */
  readonly cuts: readonly string[];
}

/** Falco's `ct.shortsrc`: the event source without `.amazonaws.com`. */
function shortSource(source: string): string {
  return source.length > AMAZONAWS.length && source.endsWith(AMAZONAWS) ? source.slice(0, -AMAZONAWS.length) : source;
}

/** A member as text: strings as is, other JSON values as JSON text; null/absent → undefined. */
function jsonText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : safeStringify(value) ?? undefined;
}

/** Writes rows of CloudTrail events into a batch builder. */
export class CloudTrailRowWriter {
  constructor(private readonly b: EventBatchBuilder, private readonly limits: FlattenLimits = DEFAULT_FLATTEN_LIMITS) {}

  /**
   * The row of one event record. `outer` is the LookupEvents / Lake row the event was embedded in
   * (its EventTime stands in for a missing eventTime); `envelope` names a wrapper it was taken from.
   */
  writeEvent(event: Json, outer?: Json, envelope?: string): WriteResult {
    const b = this.b;
    const attrs = new FlatAttrs(this.limits);
    const put = (key: string, value: string | undefined) => { if (value !== undefined) attrs.add(key, value); };
    const identity = asObject(event.userIdentity);
    const eventName = stringAt(event, 'eventName');
    const eventSource = stringAt(event, 'eventSource');
    const eventType = stringAt(event, 'eventType');
    const errorCode = stringAt(event, 'errorCode');
    const forwarded = isDatadogForwarded(event) ? datadogFacts(event) : undefined;
    const srcIp = stringAt(event, 'sourceIPAddress') ?? forwarded?.srcIp;
    const userAgent = stringAt(event, 'userAgent') ?? forwarded?.userAgent;
    const requestId = stringAt(event, 'requestID') ?? forwarded?.requestId;
    const eventId = stringAt(event, 'eventID') ?? stringAt(outer, 'EventId');
    const region = stringAt(event, 'awsRegion');
    const account = stringAt(event, 'recipientAccountId') ?? stringAt(identity, 'accountId');
    const user = falcoUser(identity);
    const readOnly = booleanText(event.readOnly);
    const s3 = s3Facts(event);
    const time = this.timeOf(event, outer);

    if (time.ns !== null) b.setInt64(COL.ts, time.ns);
    if (eventName !== undefined) b.setUtf8(COL.evt_type, eventName);
    b.setUtf8(COL.evt_category, categoryOf(eventName, eventSource, eventType));
    b.setBool(COL.failed, errorCode !== undefined);
    b.setUtf8(COL.outcome, errorCode ?? 'success');
    if (errorCode !== undefined) b.setUtf8(COL.errno_name, errorCode);
    setText(b, COL.actor, actorOf(identity));
    setText(b, COL.actor_type, stringAt(identity, 'type'));
    if (srcIp !== undefined && isIpAddress(srcIp)) b.setUtf8(COL.src_ip, srcIp);
    setText(b, COL.user_agent, userAgent);
    setText(b, COL.account, account);
    setText(b, COL.region, region);
    setText(b, COL.target, targetOf(event));
    setText(b, COL.request_id, requestId ?? eventId);
    setText(b, COL.args, argsSummary(event.requestParameters));
    setText(b, COL.args_json, event.requestParameters === undefined || event.requestParameters === null ? undefined : jsonText(event.requestParameters));

    put('ct.id', eventId);
    put('ct.name', eventName);
    put('ct.src', eventSource);
    put('ct.shortsrc', eventSource === undefined ? undefined : shortSource(eventSource));
    put('ct.user', user);
    put('ct.originaluser', originalUser(identity));
    put('ct.user.accountid', stringAt(identity, 'accountId') ?? stringAt(event, 'recipientAccountId'));
    put('ct.user.identitytype', stringAt(identity, 'type'));
    put('ct.user.principalid', stringAt(identity, 'principalId'));
    put('ct.user.arn', stringAt(identity, 'arn'));
    put('ct.user.accesskeyid', stringAt(identity, 'accessKeyId'));
    put('ct.user.invokedby', stringAt(identity, 'invokedBy'));
    put('ct.user.sessionissuer.arn', stringAt(asObject(asObject(identity?.sessionContext)?.sessionIssuer), 'arn'));
    put('ct.mfaauthenticated', booleanText(asObject(asObject(identity?.sessionContext)?.attributes)?.mfaAuthenticated));
    put('ct.srcip', srcIp);
    put('ct.useragent', userAgent);
    put('ct.region', region);
    put('ct.error', errorCode);
    put('ct.errormessage', stringAt(event, 'errorMessage'));
    put('ct.readonly', readOnly);
    put('ct.managementevent', booleanText(event.managementEvent));
    put('ct.requestid', requestId);
    put('ct.eventtype', eventType);
    put('ct.eventcategory', stringAt(event, 'eventCategory'));
    put('ct.eventversion', stringAt(event, 'eventVersion'));
    put('ct.apiversion', stringAt(event, 'apiVersion'));
    put('ct.recipientaccountid', stringAt(event, 'recipientAccountId'));
    put('ct.sharedeventid', stringAt(event, 'sharedEventID'));
    put('ct.vpcendpointid', stringAt(event, 'vpcEndpointId'));
    put('ct.sessioncredentialfromconsole', booleanText(event.sessionCredentialFromConsole));
    put('ct.serviceeventdetails', jsonText(event.serviceEventDetails));
    put('ct.edgedevicedetails', jsonText(event.edgeDeviceDetails));
    const addendum = asObject(event.addendum);
    put('ct.addendum.reason', jsonText(addendum?.reason));
    put('ct.addendum.updatedfields', jsonText(addendum?.updatedFields));
    put('ct.addendum.originalrequestid', jsonText(addendum?.originalRequestID));
    put('ct.addendum.originaleventid', jsonText(addendum?.originalEventID));
    const tls = asObject(event.tlsDetails);
    put('ct.tlsdetails.tlsversion', stringAt(tls, 'tlsVersion'));
    put('ct.tlsdetails.ciphersuite', stringAt(tls, 'cipherSuite'));
    put('ct.tlsdetails.clientprovidedhostheader', stringAt(tls, 'clientProvidedHostHeader'));
    this.resources(event.resources, attrs);
    put('ct.info', infoOf(event, { user, srcIp, eventName, failed: errorCode !== undefined, readOnly }, s3));
    put('s3.uri', s3.uri);
    put('s3.bytes', s3.bytes?.toString());
    put('s3.bytes.in', s3.bytesIn?.toString());
    put('s3.bytes.out', s3.bytesOut?.toString());
    put('ec2.name', ec2Name(event));
    for (const id of ec2ImageIds(event)) attrs.add('ec2.imageids', id);
    if (forwarded !== undefined) {
      put('ct.forwarder', 'datadog');
      put('ct.forwarder.s3uri', forwarded.s3Uri);
    } else {
      put('ct.forwarder', envelope);
    }
    this.subtree('ct.request', event.requestParameters, attrs, false);
    this.subtree('ct.response', event.responseElements, attrs, true);
    this.subtree('ct.additionaleventdata', event.additionalEventData, attrs, true);

    for (const [key, values] of attrs.entries) b.addAttr(key, values);
    return { timeSource: time.source, badTime: time.bad, cuts: [...attrs.cuts] };
  }

  /**
   * The row of a LookupEvents / Lake row from its outer fields only (its `CloudTrailEvent` was
   * broken): name, source, time, user name, access key, resources; no outcome is known.
   */
  writeOuterOnly(row: Json): WriteResult {
    const b = this.b;
    const attrs = new FlatAttrs(this.limits);
    const put = (key: string, value: string | undefined) => { if (value !== undefined) attrs.add(key, value); };
    const eventName = stringAt(row, 'EventName');
    const eventSource = stringAt(row, 'EventSource');
    const eventId = stringAt(row, 'EventId');
    const time = eventTimeNs(row.EventTime);
    const resources = Array.isArray(row.Resources) ? row.Resources.map(asObject) : [];
    const names = resources.flatMap((r) => stringAt(r, 'ResourceName') ?? []);

    if (time !== null) b.setInt64(COL.ts, time);
    if (eventName !== undefined) b.setUtf8(COL.evt_type, eventName);
    b.setUtf8(COL.evt_category, categoryOf(eventName, eventSource, undefined));
    setText(b, COL.actor, stringAt(row, 'Username'));
    setText(b, COL.target, names[0]);
    setText(b, COL.request_id, eventId);
    put('ct.id', eventId);
    put('ct.name', eventName);
    put('ct.src', eventSource);
    put('ct.shortsrc', eventSource === undefined ? undefined : shortSource(eventSource));
    put('ct.originaluser', stringAt(row, 'Username'));
    put('ct.user.accesskeyid', stringAt(row, 'AccessKeyId'));
    put('ct.readonly', booleanText(row.ReadOnly));
    for (const name of names) attrs.add('ct.resources', name);
    for (const [key, values] of attrs.entries) b.addAttr(key, values);
    const bad = time === null && row.EventTime !== undefined ? jsonText(row.EventTime) : undefined;
    return { timeSource: time === null ? null : 'EventTime', badTime: bad, cuts: [...attrs.cuts] };
  }

  private timeOf(event: Json, outer: Json | undefined): { ns: bigint | null; source: TimeSource; bad?: string } {
    const candidates: [TimeSource, unknown][] = [['eventTime', event.eventTime], ['@timestamp', event['@timestamp']], ['EventTime', outer?.EventTime]];
    let bad: string | undefined;
    for (const [source, value] of candidates) {
      if (value === undefined || value === null) continue;
      const ns = eventTimeNs(value);
      if (ns !== null) return { ns, source, bad };
      bad ??= `${source} ${(jsonText(value) ?? '').slice(0, 60)}`;
    }
    return { ns: null, source: null, bad };
  }

  /** `ct.resources`: each resource's ARN (or S3's `ARNPrefix`; a resource with neither as its JSON text). */
  private resources(value: unknown, attrs: FlatAttrs): void {
    if (!Array.isArray(value)) return;
    for (const resource of value) {
      const object = asObject(resource);
      const arn = stringAt(object, 'ARN') ?? stringAt(object, 'arn') ?? stringAt(object, 'ARNPrefix');
      const text = arn ?? jsonText(resource);
      if (text !== undefined) attrs.add('ct.resources', text);
    }
  }

  /** `prefix` as JSON text (unless the column args_json holds it) and `prefix.*` flattened. */
  private subtree(prefix: string, value: unknown, attrs: FlatAttrs, keepText: boolean): void {
    if (value === undefined || value === null) return;
    if (keepText) {
      const text = jsonText(value);
      if (text !== undefined) attrs.add(prefix, text);
    }
    const object = asObject(value);
    if (object === undefined) return;
    for (const [name, member] of Object.entries(object)) attrs.flatten(`${prefix}.${name}`, member);
  }
}

function setText(b: EventBatchBuilder, col: number, value: string | undefined): void {
  if (value !== undefined) b.setUtf8(col, value);
}
