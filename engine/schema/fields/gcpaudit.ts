/**
 * Catalog entries of the GCP audit-log reader (parsers/gcpaudit): Falco's gcpaudit plugin names
 * (../shared/docs/field-vocabulary.md §5.1) plus the LogEntry fields Falco leaves out. Falco's
 * gcp.authorizationInfo, gcp.policyDelta, gcp.request and gcp.resourceLabels hold JSON text (the
 * rules match `gcp.policyDelta contains "allUsers"`); their members are also flattened under the
 * subtree prefixes below.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });

/** Open-ended subtrees the reader flattens (objects joined with dots, arrays as several values). */
export const GCPAUDIT_SUBTREE_PREFIXES: readonly { readonly prefix: string; readonly description: string }[] = [
  { prefix: 'gcp.request.', description: 'GCP API request member (protoPayload.request)' },
  { prefix: 'gcp.response.', description: 'GCP API response member (protoPayload.response)' },
  { prefix: 'gcp.metadata.', description: 'GCP audit metadata member (protoPayload.metadata)' },
  { prefix: 'gcp.serviceData.', description: 'GCP legacy service data member (protoPayload.serviceData)' },
  { prefix: 'gcp.status.details.', description: 'GCP error detail member (protoPayload.status.details)' },
  { prefix: 'gcp.authorizationInfo.', description: 'GCP authorization check member (protoPayload.authorizationInfo[])' },
  { prefix: 'gcp.policyDelta.', description: 'GCP IAM binding delta member' },
  { prefix: 'gcp.resourceLabels.', description: 'GCP monitored resource label (resource.labels)' },
  { prefix: 'gcp.labels.', description: 'GCP log entry label (labels)' },
  { prefix: 'gcp.operation.', description: 'GCP long-running operation member (operation)' },
  { prefix: 'gcp.jsonPayload.', description: 'GCP non-audit log entry member (jsonPayload)' },
  { prefix: 'gcp.protoPayload.', description: 'GCP non-audit protoPayload member' },
];

/** Every fixed GCP field of the catalog, in display order. */
export const GCPAUDIT_FIELDS: readonly FieldInfo[] = [
  s('gcp.methodName', 'API method, e.g. storage.setIamPermissions, v1.compute.instances.insert (protoPayload.methodName)'),
  s('gcp.serviceName', 'API service, e.g. storage.googleapis.com, iam.googleapis.com (protoPayload.serviceName)'),
  s('gcp.user', 'Principal that acted: user or service account e-mail (authenticationInfo.principalEmail)'),
  s('gcp.principalSubject', 'Principal as a typed subject, e.g. user:alice@example.com, serviceAccount:… (authenticationInfo.principalSubject)'),
  list('gcp.delegationChain', 'Service accounts / principals an impersonation went through (authenticationInfo.serviceAccountDelegationInfo)'),
  s('gcp.callerIP', 'Caller IP address as written, or private / gce-internal-ip (requestMetadata.callerIp)'),
  s('gcp.userAgent', 'Caller user agent (requestMetadata.callerSuppliedUserAgent)'),
  s('gcp.authorizationInfo', 'Authorization checks performed, as JSON text (protoPayload.authorizationInfo)'),
  list('gcp.authorizationInfo.permission', 'Permissions checked (authorizationInfo[].permission)'),
  list('gcp.authorizationInfo.granted', 'Whether each permission was granted: true/false (authorizationInfo[].granted)'),
  list('gcp.authorizationInfo.resource', 'Resources the permissions were checked on (authorizationInfo[].resource)'),
  s('gcp.resourceName', 'Full name of the resource acted on (protoPayload.resourceName)'),
  list('gcp.resourceLocation', 'Current locations of the resource (protoPayload.resourceLocation.currentLocations)'),
  s('gcp.policyDelta', 'IAM binding changes (action/role/member) as JSON text: serviceData.policyDelta for gcs_bucket, else metadata.datasetChange'),
  s('gcp.request', 'The API request as JSON text (protoPayload.request); its members under gcp.request.*'),
  attrField('gcp.status.code', 'int', 'google.rpc status code of the call; 0 or absent is success, 7 PERMISSION_DENIED, 16 UNAUTHENTICATED'),
  s('gcp.status.message', 'Error message of a failed call (protoPayload.status.message)'),
  attrField('gcp.numResponseItems', 'int', 'Number of items returned by a list call (protoPayload.numResponseItems)'),
  s('gcp.logName', 'Log the entry belongs to, e.g. projects/p/logs/cloudaudit.googleapis.com%2Factivity'),
  s('gcp.logType', 'Audit log of the entry: activity, data_access, system_event, policy; or the log id of other logs'),
  s('gcp.severity', 'Log entry severity: DEFAULT, INFO, NOTICE, WARNING, ERROR, …'),
  s('gcp.insertId', 'Unique id of the log entry (insertId)'),
  s('gcp.time', 'Log entry timestamp as written (RFC 3339)'),
  s('gcp.receiveTimestamp', 'When Cloud Logging received the entry (RFC 3339)'),
  s('gcp.trace', 'Trace the entry belongs to (trace)'),
  s('gcp.resourceType', 'Monitored resource type, e.g. gcs_bucket, gce_instance, service_account (resource.type)'),
  s('gcp.resourceLabels', 'All monitored resource labels as JSON text (resource.labels)'),
  s('gcp.projectId', 'Project id (resource.labels.project_id, else the project of logName)'),
  s('gcp.location', 'Region/location: resource.labels.location, else region, else the zone without its last 2 characters'),
  s('gcp.cloudfunctions.function', 'Cloud Function name (resource.labels.function_name)'),
  s('gcp.cloudsql.databaseId', 'Cloud SQL database id (resource.labels.database_id)'),
  s('gcp.compute.instanceId', 'Compute Engine instance id (resource.labels.instance_id)'),
  s('gcp.compute.networkId', 'VPC network id (resource.labels.network_id)'),
  s('gcp.compute.subnetwork', 'Subnetwork name (resource.labels.subnetwork_name)'),
  s('gcp.compute.subnetworkId', 'Subnetwork id (resource.labels.subnetwork_id)'),
  s('gcp.dns.zone', 'Cloud DNS zone (resource.labels.zone_name)'),
  s('gcp.iam.serviceAccount', 'Service account e-mail (resource.labels.email_id)'),
  s('gcp.iam.serviceAccountId', 'Service account unique id (resource.labels.unique_id)'),
  s('gcp.logging.sink', 'Logging sink name (resource.labels.name of logging_sink resources)'),
  s('gcp.storage.bucket', 'Cloud Storage bucket (resource.labels.bucket_name)'),
  s('gcp.textPayload', 'Text of a non-audit log entry (textPayload)'),
];
