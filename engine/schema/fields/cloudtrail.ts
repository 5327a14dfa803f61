/**
 * Catalog entries of the CloudTrail reader's fields (parsers/cloudtrail), named and described as in
 * Falco's cloudtrail plugin (../shared/docs/field-vocabulary.md §3): `ct.*`, `s3.*`, `ec2.*`,
 * `ecr.*`, `iam.*`. Falco declares them as strings (`ct.readonly` is the text `true`), and so does
 * this catalog, except the byte counts. The common columns (actor, src_ip, target, …) are in
 * catalog.ts.
 *
 * The reader stores `requestParameters`, `responseElements` and `additionalEventData` flattened
 * under their own key spelling (`ct.request.userName`, `ct.response.subnetId`), so Falco's
 * lower-case names of the same values (`ct.request.username`, `s3.bucket`, `iam.role`, …) are
 * entries that read those keys. Any other flattened key is reached with
 * {@link cloudTrailSubtreeField}.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });
const int = (name: string, description: string): FieldInfo => attrField(name, 'int', description);
/** A field named `name` that reads the values the reader stores under `key`. */
const alias = (name: string, key: string, description: string, options: { multi?: boolean } = {}): FieldInfo =>
  ({ ...attrField(key, 'string', description, options), name });

/** Prefixes of the flattened subtrees: `ct.request.<path>` … */
export const CLOUDTRAIL_SUBTREE_PREFIXES: readonly string[] = ['ct.request.', 'ct.response.', 'ct.additionaleventdata.'];

/** Every CloudTrail field of the catalog, in display order. */
export const CLOUDTRAIL_FIELDS: readonly FieldInfo[] = [
  s('ct.name', 'API action of the record (eventName): ConsoleLogin, PutBucketPolicy, RunInstances, …'),
  s('ct.src', 'Service endpoint that received the call (eventSource), e.g. s3.amazonaws.com'),
  s('ct.shortsrc', 'Service name: eventSource without .amazonaws.com (s3, iam, ec2, …)'),
  s('ct.user', 'Caller as Falco names it: user name (Root/IAMUser), invokedBy (AWSService), the role name (AssumedRole), AWSAccount, FederatedUser'),
  s('ct.originaluser', 'User or role session name (3rd part of an assumed-role ARN, else userIdentity.userName)'),
  s('ct.user.accountid', 'Account id of the caller (userIdentity.accountId, else recipientAccountId)'),
  s('ct.user.identitytype', 'Identity type of the caller: Root, IAMUser, AssumedRole, AWSService, FederatedUser, AWSAccount, …'),
  s('ct.user.principalid', 'Principal id of the caller (userIdentity.principalId)'),
  s('ct.user.arn', 'ARN of the caller (userIdentity.arn)'),
  s('ct.user.accesskeyid', 'Access key the call was signed with (userIdentity.accessKeyId): pivot on a leaked key'),
  s('ct.user.invokedby', 'Service that made the call on the caller\'s behalf (userIdentity.invokedBy)'),
  s('ct.user.sessionissuer.arn', 'Role (or user) that issued the session of an assumed role (sessionContext.sessionIssuer.arn)'),
  s('ct.mfaauthenticated', 'Whether the session was MFA-authenticated: true/false (sessionContext.attributes.mfaAuthenticated)'),
  s('ct.srcip', 'Caller IP address, or the AWS service host name (sourceIPAddress)'),
  s('ct.useragent', 'Caller user agent (userAgent)'),
  s('ct.region', 'Region of the call (awsRegion)'),
  s('ct.error', 'Error code of a failed call (errorCode), e.g. AccessDenied; absent on success'),
  s('ct.errormessage', 'Error text of a failed call (errorMessage)'),
  s('ct.readonly', 'true if the call only reads state, false if it changes it (readOnly)'),
  s('ct.managementevent', 'true for management events, false for data events (managementEvent)'),
  s('ct.id', 'Unique id of the CloudTrail record (eventID)'),
  s('ct.requestid', 'Request id of the call (requestID)'),
  s('ct.eventtype', 'Record type: AwsApiCall, AwsServiceEvent, AwsConsoleSignIn, AwsConsoleAction, … (eventType)'),
  alias('ct.type', 'ct.eventtype', 'Record type (eventType); same as ct.eventtype'),
  s('ct.eventcategory', 'Category: Management, Data, Insight, NetworkActivity (eventCategory)'),
  alias('ct.category', 'ct.eventcategory', 'Category of the record (eventCategory); same as ct.eventcategory'),
  s('ct.eventversion', 'Version of the record format (eventVersion)'),
  s('ct.apiversion', 'API version of the call (apiVersion)'),
  s('ct.recipientaccountid', 'Account that received the record (recipientAccountId)'),
  s('ct.sharedeventid', 'Id shared by the copies of one event delivered to several accounts (sharedEventID)'),
  s('ct.vpcendpointid', 'VPC endpoint the request came through (vpcEndpointId)'),
  s('ct.sessioncredentialfromconsole', 'Whether the credentials came from a console session: true/false (sessionCredentialFromConsole)'),
  s('ct.serviceeventdetails', 'Details of a service event, as JSON text (serviceEventDetails)'),
  s('ct.edgedevicedetails', 'Edge-device details, as JSON text (edgeDeviceDetails)'),
  s('ct.addendum.reason', 'Why the record was amended or delivered late (addendum.reason)'),
  s('ct.addendum.updatedfields', 'Fields the addendum updated (addendum.updatedFields)'),
  s('ct.addendum.originalrequestid', 'Request id of the original record (addendum.originalRequestID)'),
  s('ct.addendum.originaleventid', 'Event id of the original record (addendum.originalEventID)'),
  s('ct.tlsdetails.tlsversion', 'TLS version of the request (tlsDetails.tlsVersion)'),
  s('ct.tlsdetails.ciphersuite', 'TLS cipher suite of the request (tlsDetails.cipherSuite)'),
  s('ct.tlsdetails.clientprovidedhostheader', 'Host header sent by the client (tlsDetails.clientProvidedHostHeader)'),
  list('ct.resources', 'Resources of the record: each resources[] ARN (S3 ARNPrefix; JSON text of a resource with neither)'),
  s('ct.info', 'One-line summary as Falco writes it: <user> via <srcip> [!]<←|→> <eventName> plus Size/URI/Bucket/Key/Host'),
  { name: 'ct.request', type: 'string', sql: 'args_json', description: 'Whole requestParameters object as JSON text' },
  s('ct.response', 'Whole responseElements object as JSON text'),
  s('ct.additionaleventdata', 'Whole additionalEventData object as JSON text'),
  alias('ct.request.availabilityzone', 'ct.request.availabilityZone', 'Availability zone in the request (requestParameters.availabilityZone)'),
  s('ct.request.cluster', 'ECS/EKS cluster in the request (requestParameters.cluster)'),
  alias('ct.request.functionname', 'ct.request.functionName', 'Lambda function name in the request (requestParameters.functionName)'),
  alias('ct.request.groupname', 'ct.request.groupName', 'IAM or security group name in the request (requestParameters.groupName)'),
  alias('ct.request.host', 'ct.request.Host', 'Host (e.g. S3 bucket endpoint) in the request (requestParameters.Host)'),
  s('ct.request.name', 'Name of the entity acted on (requestParameters.name)'),
  s('ct.request.policy', 'Policy document in the request (requestParameters.policy)'),
  s('ct.request.reason', 'Reason in the request (requestParameters.reason)'),
  s('ct.request.target', 'Target in the request, e.g. an SSM session target (requestParameters.target)'),
  alias('ct.request.documentname', 'ct.request.documentName', 'SSM document name in the request (requestParameters.documentName)'),
  alias('ct.request.serialnumber', 'ct.request.serialNumber', 'MFA device serial number in the request (requestParameters.serialNumber)'),
  alias('ct.request.servicename', 'ct.request.serviceName', 'Service name in the request (requestParameters.serviceName)'),
  alias('ct.request.subnetid', 'ct.request.subnetId', 'Subnet id in the request (requestParameters.subnetId)'),
  alias('ct.request.taskdefinition', 'ct.request.taskDefinition', 'ECS task definition in the request (requestParameters.taskDefinition)'),
  alias('ct.request.username', 'ct.request.userName', 'User name in the request, e.g. the IAM user created (requestParameters.userName)'),
  alias('ct.response.subnetid', 'ct.response.subnetId', 'Subnet id returned in the response (responseElements.subnetId)'),
  alias('ct.response.reservationid', 'ct.response.reservationId', 'Reservation id returned in the response (responseElements.reservationId)'),
  s('ct.forwarder', 'What delivered the record other than a trail: datadog (its CloudTrail forwarder), eventbridge'),
  s('ct.forwarder.s3uri', 'CloudTrail log file the forwarder read the record from (s3://bucket/key)'),
  s('s3.uri', 'Object URI s3://<bucketName>/<key> of the request'),
  alias('s3.bucket', 'ct.request.bucketName', 'Bucket name of the request (requestParameters.bucketName)'),
  alias('s3.key', 'ct.request.key', 'Object key of the request (requestParameters.key)'),
  int('s3.bytes', 'Bytes moved: additionalEventData.bytesTransferredIn + bytesTransferredOut'),
  int('s3.bytes.in', 'Bytes uploaded (additionalEventData.bytesTransferredIn)'),
  int('s3.bytes.out', 'Bytes downloaded (additionalEventData.bytesTransferredOut)'),
  s('ec2.name', 'Name tag given to an instance at launch (tagSpecificationSet)'),
  list('ec2.imageids', 'Image (AMI) ids of the launched instances, else of the request'),
  alias('ec2.imageid', 'ec2.imageids', 'First image (AMI) id of ec2.imageids'),
  alias('ecr.repository', 'ct.request.repositoryName', 'ECR repository name in the request (requestParameters.repositoryName)'),
  alias('ecr.imagetag', 'ct.request.imageTag', 'ECR image tag in the request (requestParameters.imageTag)'),
  alias('iam.role', 'ct.request.roleName', 'IAM role name in the request (requestParameters.roleName)'),
  alias('iam.policy', 'ct.request.policyName', 'IAM policy name in the request (requestParameters.policyName)'),
];

/**
 * The entry of a flattened key not listed above (`ct.request.instancesSet.items.instanceId`,
 * `ct.additionaleventdata.MFAUsed`), or undefined when `name` is not under a subtree prefix.
 * Multi-valued: arrays put several values under one key, and `=` means any of them.
 */
export function cloudTrailSubtreeField(name: string): FieldInfo | undefined {
  const prefix = CLOUDTRAIL_SUBTREE_PREFIXES.find((p) => name.startsWith(p) && name.length > p.length);
  if (prefix === undefined) return undefined;
  const what = prefix === 'ct.request.' ? 'requestParameters' : prefix === 'ct.response.' ? 'responseElements' : 'additionalEventData';
  return attrField(name, 'string', `${what}.${name.slice(prefix.length)} of the record (flattened; arrays give several values)`, { multi: true });
}
