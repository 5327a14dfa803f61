/**
 * The values of one CloudTrail event record that need more than a member look-up: Falco's
 * `ct.user` and `ct.info`, the actor, the resource acted on, the event category and the short
 * argument summary. JSON paths and Falco's rules: ../shared/docs/field-vocabulary.md §3.
 *
 * Forwarders rewrite records. The Datadog CloudTrail forwarder (recognised by `aws.invoked_function_arn`
 * or its `http`/`network`/`evt` members) moves `sourceIPAddress` to `network.client.ip`,
 * `userAgent` to `http.useragent` and `requestID` to `http.request_id`; those are read back
 * when the CloudTrail member is missing, and the original S3 object is kept as the forwarder's.
 */
import { type Json, asObject, stringAt } from './record-shape.js';

/** Falco's `ct.user`: the caller normalized per identity type (absent for unknown types). */
export function falcoUser(identity: Json | undefined): string | undefined {
  switch (stringAt(identity, 'type')) {
    case 'Root':
    case 'IAMUser': return stringAt(identity, 'userName');
    case 'AWSService': return stringAt(identity, 'invokedBy');
    case 'AssumedRole': return stringAt(asObject(asObject(identity?.sessionContext)?.sessionIssuer), 'userName') ?? 'AssumedRole';
    case 'AWSAccount': return 'AWSAccount';
    case 'FederatedUser': return 'FederatedUser';
    default: return undefined;
  }
}

/** Falco's `ct.originaluser`: the role session name of an assumed role, else the user name. */
export function originalUser(identity: Json | undefined): string | undefined {
  if (stringAt(identity, 'type') !== 'AssumedRole') return stringAt(identity, 'userName');
  const arnParts = stringAt(identity, 'arn')?.split('/');
  if (arnParts !== undefined && arnParts.length >= 3) return arnParts[2];
  const principalParts = stringAt(identity, 'principalId')?.split(':');
  return principalParts !== undefined && principalParts.length >= 2 ? principalParts[1] : undefined;
}

/**
 * The `actor` column: the caller's ARN; without one the calling service (`invokedBy`), Falco's
 * user name, or the principal id; for records with no `userIdentity` at all, null.
 */
export function actorOf(identity: Json | undefined): string | undefined {
  return stringAt(identity, 'arn') ?? stringAt(identity, 'invokedBy') ?? stringAt(identity, 'userName')
    ?? stringAt(identity, 'principalId') ?? falcoUser(identity);
}

/** A member that is a JSON boolean, or a `"true"`/`"false"` string, as `true`/`false` text. */
export function booleanText(value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower;
  }
  return undefined;
}

const STS_AUTH = /^(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|AssumeRoot|GetSessionToken|GetFederationToken)$/;

/**
 * `auth` for sign-ins and credential issuance (console sign-in records, `signin.amazonaws.com`,
 * STS AssumeRole* / GetSessionToken / GetFederationToken, IAM Identity Center sign-ins),
 * `cloud-api` for everything else.
 */
export function categoryOf(eventName: string | undefined, eventSource: string | undefined, eventType: string | undefined): 'auth' | 'cloud-api' {
  if (eventType === 'AwsConsoleSignIn' || eventName === 'ConsoleLogin') return 'auth';
  if (eventSource === 'signin.amazonaws.com') return 'auth';
  if (eventSource === 'sts.amazonaws.com' && eventName !== undefined && STS_AUTH.test(eventName)) return 'auth';
  if (eventSource === 'sso.amazonaws.com' && (eventName === 'Authenticate' || eventName === 'Federate')) return 'auth';
  return 'cloud-api';
}

/**
 * `requestParameters` members naming the resource acted on, most specific first (used when the
 * record has no `resources[].ARN`). Each is a string, or an array whose first string is taken;
 * `instancesSet.items` is EC2's list of instances.
 */
const TARGET_KEYS: readonly string[] = [
  'instanceId', 'instanceIds', 'userName', 'roleName', 'roleArn', 'groupName', 'policyArn', 'policyName',
  'secretId', 'functionName', 'trailName', 'name', 'keyId', 'repositoryName', 'clusterName', 'cluster',
  'logGroupName', 'tableName', 'dBInstanceIdentifier', 'stackName', 'topicArn', 'queueUrl', 'documentName',
  'snapshotId', 'volumeId', 'imageId', 'vpcId', 'subnetId', 'groupId', 'resourceArn', 'arn', 'target',
];

/** First string of a string or an array of strings. */
function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string');
  return undefined;
}

/**
 * The `target` column: the first `resources[].ARN`; else `bucketName` (with `/key` when the
 * request names an object), else the first instance of `instancesSet.items[].instanceId`, else
 * the first of TARGET_KEYS present in `requestParameters`.
 */
export function targetOf(event: Json): string | undefined {
  const resources = event.resources;
  if (Array.isArray(resources)) {
    for (const resource of resources) {
      const arn = stringAt(asObject(resource), 'ARN') ?? stringAt(asObject(resource), 'arn');
      if (arn !== undefined) return arn;
    }
  }
  const request = asObject(event.requestParameters);
  if (request === undefined) return undefined;
  const bucket = stringAt(request, 'bucketName');
  if (bucket !== undefined) {
    const key = stringAt(request, 'key');
    return key === undefined ? bucket : `${bucket}/${key}`;
  }
  const items = asObject(request.instancesSet)?.items;
  if (Array.isArray(items)) {
    for (const item of items) {
      const id = stringAt(asObject(item), 'instanceId');
      if (id !== undefined) return id;
    }
  }
  for (const key of TARGET_KEYS) {
    const value = firstString(request[key]);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

/** Falco's `s3.uri`, `s3.bytes` and friends, computed from the request and additional data. */
export interface S3Facts {
  readonly uri?: string;
  readonly bytesIn?: number;
  readonly bytesOut?: number;
  readonly bytes?: number;
}

function byteCount(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.trunc(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)) return Math.trunc(Number(value));
  return undefined;
}

export function s3Facts(event: Json): S3Facts {
  const request = asObject(event.requestParameters);
  const extra = asObject(event.additionalEventData);
  const bucket = stringAt(request, 'bucketName');
  const key = stringAt(request, 'key');
  const bytesIn = byteCount(extra?.bytesTransferredIn);
  const bytesOut = byteCount(extra?.bytesTransferredOut);
  return {
    uri: bucket !== undefined && key !== undefined ? `s3://${bucket}/${key}` : undefined,
    bytesIn, bytesOut,
    bytes: bytesIn === undefined && bytesOut === undefined ? undefined : (bytesIn ?? 0) + (bytesOut ?? 0),
  };
}

/** Falco's `ec2.name`: the `Name` tag given to an instance at launch. */
export function ec2Name(event: Json): string | undefined {
  const specs = asObject(asObject(event.requestParameters)?.tagSpecificationSet)?.items;
  if (!Array.isArray(specs)) return undefined;
  for (const spec of specs) {
    const object = asObject(spec);
    if (stringAt(object, 'resourceType') !== 'instance' || !Array.isArray(object?.tags)) continue;
    for (const tag of object.tags) if (stringAt(asObject(tag), 'key') === 'Name') return stringAt(asObject(tag), 'value');
  }
  return undefined;
}

/** Falco's `ec2.imageids`: image ids of the launched instances, else of the request. */
export function ec2ImageIds(event: Json): string[] {
  const items = asObject(asObject(event.responseElements)?.instancesSet)?.items;
  if (Array.isArray(items)) return items.flatMap((item) => stringAt(asObject(item), 'imageId') ?? []);
  const request = asObject(event.requestParameters);
  const single = stringAt(request, 'imageId')
    ?? stringAt(asObject(asObject(request?.DescribeFastLaunchImagesRequest)?.ImageId), 'content')
    ?? stringAt(asObject(request?.launchSpecification), 'imageId');
  return single === undefined ? [] : [single];
}

/** What `ct.info` is made of. */
export interface InfoParts {
  readonly user: string | undefined;
  readonly srcIp: string | undefined;
  readonly eventName: string | undefined;
  readonly failed: boolean;
  readonly readOnly: string | undefined;
}

/**
 * Falco's `ct.info`: `<user> via <srcip> [!]<←|→> <eventName>` (`←` read-only, `→` mutating or
 * unknown-but-not-read-only as Falco does), then `Size=`/`URI=`/`Bucket=`/`Key=`/`Host=` details.
 */
export function infoOf(event: Json, parts: InfoParts, s3: S3Facts): string {
  const arrow = parts.readOnly === 'false' ? '→' : '←';
  const via = parts.srcIp === undefined ? '' : ` via ${parts.srcIp}`;
  let info = `${parts.user ?? '<NA>'}${via} ${parts.failed ? '!' : ''}${arrow} ${parts.eventName ?? '<NA>'}`;
  const request = asObject(event.requestParameters);
  if (parts.eventName === 'PutBucketPublicAccessBlock') {
    const config = asObject(request?.PublicAccessBlockConfiguration);
    if (config === undefined) return info;
    const flag = (name: string) => `${name}=${config[name] === true}`;
    return `${info} ${['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'].map(flag).join(' ')}`;
  }
  if (s3.bytes !== undefined) info += ` Size=${s3.bytes}`;
  const bucket = stringAt(request, 'bucketName');
  const key = stringAt(request, 'key');
  const host = stringAt(request, 'Host');
  if (s3.uri !== undefined) return `${info} URI=${s3.uri}`;
  if (bucket !== undefined) return `${info} Bucket=${bucket}`;
  if (key !== undefined) return `${info} Key=${key}`;
  if (host !== undefined) return `${info} Host=${host}`;
  return info;
}

const ARG_VALUE_MAX = 120;
const ARGS_MAX = 1024;

/** One argument value for the summary: strings as is, the rest as compact JSON, cut at 120. */
function argValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    // a value nested too deep to serialize: the summary says so instead of failing the row
    text = '…';
  }
  return text.length > ARG_VALUE_MAX ? `${text.slice(0, ARG_VALUE_MAX - 1)}…` : text;
}

/**
 * The `args` column: `name=value` for each top-level member of `requestParameters` (null members
 * left out), space-separated, cut at 1024 characters. Null when there are no parameters.
 */
export function argsSummary(request: unknown): string | undefined {
  const object = asObject(request);
  if (object === undefined) return undefined;
  const parts: string[] = [];
  let length = 0;
  for (const [name, value] of Object.entries(object)) {
    if (value === null || value === undefined) continue;
    const part = `${name}=${argValue(value)}`;
    length += part.length + 1;
    parts.push(part);
    if (length > ARGS_MAX) break;
  }
  if (parts.length === 0) return undefined;
  const text = parts.join(' ');
  return text.length > ARGS_MAX ? `${text.slice(0, ARGS_MAX - 1)}…` : text;
}

/** Whether the record went through the Datadog CloudTrail forwarder. */
export function isDatadogForwarded(event: Json): boolean {
  const aws = asObject(event.aws);
  return stringAt(aws, 'invoked_function_arn') !== undefined
    || (asObject(event.http) !== undefined && asObject(event.network) !== undefined && asObject(event.evt) !== undefined);
}

/** The members a forwarder moved out of the record, read back (Datadog's layout). */
export interface ForwardedFacts {
  readonly srcIp?: string;
  readonly userAgent?: string;
  readonly requestId?: string;
  /** the CloudTrail log file the forwarder read the record from */
  readonly s3Uri?: string;
}

export function datadogFacts(event: Json): ForwardedFacts {
  const http = asObject(event.http);
  const s3 = asObject(asObject(event.aws)?.s3);
  const bucket = stringAt(s3, 'bucket');
  const key = stringAt(s3, 'key');
  return {
    srcIp: stringAt(asObject(asObject(event.network)?.client), 'ip'),
    userAgent: stringAt(http, 'useragent'),
    requestId: stringAt(http, 'request_id'),
    s3Uri: bucket !== undefined && key !== undefined ? `s3://${bucket}/${key}` : undefined,
  };
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*$/;

/** Whether `sourceIPAddress` is an address (it can also be `ec2.amazonaws.com`, `AWS Internal`). */
export function isIpAddress(text: string): boolean {
  return IPV4.test(text) || (IPV6.test(text) && text.includes(':') && text.length <= 45);
}
