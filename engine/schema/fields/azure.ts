/**
 * Catalog entries of the Azure / Entra ID / Microsoft 365 reader (parsers/azure). Falco has no
 * plugin for these logs; names follow the Azure Monitor / Graph spelling. The log's own object is
 * flattened under `azure.properties.*` in its Graph / Activity Log spelling whichever shape it came
 * in (Event Hubs, REST, Graph, Log Analytics with camel-cased columns); M365 records keep their
 * PascalCase names there.
 */
import type { FieldInfo } from '../../api.js';
import { attrField } from '../attr-field.js';

const s = (name: string, description: string): FieldInfo => attrField(name, 'string', description);
const list = (name: string, description: string): FieldInfo => attrField(name, 'string', description, { multi: true });

/** Open-ended subtrees the reader flattens. */
export const AZURE_SUBTREE_PREFIXES: readonly { readonly prefix: string; readonly description: string }[] = [
  { prefix: 'azure.properties.', description: 'Azure / Entra ID / M365 record member (properties, Graph object, or the M365 record)' },
  { prefix: 'azure.identity.', description: 'Azure Activity Log caller identity member (identity.authorization, identity.claims)' },
  { prefix: 'azure.additionalDetails.', description: 'Entra ID audit additional detail by key' },
  { prefix: 'azure.parameters.', description: 'M365 cmdlet parameter by name (Parameters[])' },
  { prefix: 'azure.extendedProperties.', description: 'M365 extended property by name (ExtendedProperties[])' },
  { prefix: 'azure.modifiedProperties.', description: 'M365 modified property new value by name (ModifiedProperties[])' },
];

/** Every fixed Azure field of the catalog, in display order. */
export const AZURE_FIELDS: readonly FieldInfo[] = [
  s('azure.logType', 'Which log the record belongs to: activity, entra-audit, signin, m365, resource-log'),
  s('azure.shape', 'Form the record came in: resource-log (Event Hubs/storage), activity-api, graph, log-analytics, m365-api, m365-search'),
  s('azure.operationName', 'Operation: MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE, Add member to role, Sign-in activity, an M365 Operation'),
  s('azure.category', 'Category: Administrative, Security, Policy…; the Entra audit category (UserManagement, RoleManagement…); SignInLogs…'),
  s('azure.resultType', 'Result as the envelope writes it: Start, Success, Failed; sign-in error code; M365 ResultStatus'),
  s('azure.resultSignature', 'Result sub-status, e.g. Succeeded.OK, Forbidden'),
  s('azure.resultDescription', 'Result description, e.g. the sign-in failure text'),
  s('azure.correlationId', 'Correlation id shared by the records of one operation'),
  s('azure.callerIpAddress', 'Caller IP address as written (may carry a port)'),
  s('azure.tenantId', 'Entra ID tenant id (M365: OrganizationId)'),
  s('azure.subscriptionId', 'Azure subscription id (from the resource id)'),
  s('azure.resourceGroup', 'Resource group (from the resource id)'),
  s('azure.resourceProvider', 'Resource provider namespace, e.g. MICROSOFT.COMPUTE (from the resource id)'),
  s('azure.resourceId', 'Full Azure resource id the record is about'),
  s('azure.level', 'Severity level: Critical, Error, Warning, Informational (or its number)'),
  s('azure.location', 'Azure region of the resource (Activity Log location)'),
  attrField('azure.durationMs', 'int', 'Duration of the operation in ms'),
  s('azure.identity', 'Caller identity: the identity object (authorization, claims) as JSON text, or the sign-in identity name'),
  s('azure.caller', 'Activity Log caller: UPN claim, else name claim, caller, application id'),
  s('azure.activityDisplayName', 'Entra ID audit activity, e.g. Add member to role, Update application'),
  s('azure.loggedByService', 'Entra ID service that logged the audit record, e.g. Core Directory, PIM'),
  s('azure.initiatedBy', 'Entra ID audit initiator: user principal name, else app display name'),
  list('azure.targets', 'Entra ID audit target resources: user principal name, else display name, else id'),
  s('azure.result', 'Entra ID audit result: success, failure, timeout'),
  s('azure.resultReason', 'Entra ID audit result reason'),
  s('azure.userPrincipalName', 'Sign-in user principal name'),
  s('azure.appDisplayName', 'Sign-in application'),
  s('azure.clientAppUsed', 'Sign-in client app: Browser, IMAP4, Exchange ActiveSync, …'),
  s('azure.status.errorCode', 'Sign-in error code; 0 is success (50126 bad password, 50053 locked, …)'),
  s('azure.status.failureReason', 'Sign-in failure reason'),
  s('azure.conditionalAccessStatus', 'Conditional Access result: success, failure, notApplied'),
  s('azure.riskLevel', 'Sign-in risk level (during sign-in, else aggregated)'),
  s('azure.authenticationRequirement', 'Sign-in authentication requirement: singleFactorAuthentication, multiFactorAuthentication'),
  s('azure.geo.country', 'Sign-in country or region'),
  s('azure.geo.city', 'Sign-in city'),
  s('azure.workload', 'M365 workload: Exchange, SharePoint, OneDrive, AzureActiveDirectory, MicrosoftTeams, …'),
  attrField('azure.recordType', 'int', 'M365 record type number (1 ExchangeAdmin, 15 AzureActiveDirectoryStsLogon, …)'),
  s('azure.recordTypeName', 'M365 record type name'),
  s('azure.userType', 'M365 user type: Regular, Admin, DcAdmin, System, Application, ServicePrincipal, …'),
  s('azure.userKey', 'M365 user key (alternative id of the user)'),
  s('azure.objectId', 'M365 object acted on (ObjectId)'),
  s('azure.organizationName', 'M365 organization name'),
];
