/**
 * Shapes without a real sample, written from Microsoft's schema references (Activity Log event
 * schema, resource-log schema, Graph directoryAudit / signIn, Log Analytics SigninLogs /
 * AzureActivity / OfficeActivity, Management Activity API). SYNTHETIC records: names, ids and
 * addresses are made up.
 */
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { createAzureReader } from './azure-reader.js';

const parse = (text: string | Uint8Array, chunk = 0) => collect(typeof text === 'string' ? utf8(text) : text, chunk, { kind: 'azure' }, createAzureReader);
const SUB = '0a1b2c3d-0000-4000-8000-000000000001';
const TENANT = '72f988bf-0000-4000-8000-000000000002';
const VM = `/SUBSCRIPTIONS/${SUB.toUpperCase()}/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.COMPUTE/VIRTUALMACHINES/VM-1`;

const eventHubActivity = {
  time: '2024-02-01T08:00:00.1234567Z', resourceId: VM, operationName: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/RUNCOMMAND/ACTION',
  category: 'Administrative', resultType: 'Success', resultSignature: 'Succeeded.OK', durationMs: '1500', callerIpAddress: '203.0.113.9',
  correlationId: 'c0ffee00-0000-4000-8000-000000000003', level: 'Information', location: 'westeurope',
  identity: {
    authorization: { scope: VM, action: 'Microsoft.Compute/virtualMachines/runCommand/action', evidence: { role: 'Contributor' } },
    claims: { 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': 'mallory@contoso.example', appid: 'app-1' },
  },
  properties: { statusCode: 'OK', serviceRequestId: 'req-42', eventCategory: 'Administrative', entity: VM, message: 'Microsoft.Compute/virtualMachines/runCommand/action' },
};

const eventHubSignIn = {
  time: '2024-02-01T07:59:00Z', resourceId: `/tenants/${TENANT}/providers/Microsoft.aadiam`, operationName: 'Sign-in activity',
  category: 'SignInLogs', tenantId: TENANT, resultType: '50126', resultDescription: 'Invalid username or password.',
  callerIpAddress: '198.51.100.20', correlationId: 'corr-si-1', identity: 'Mallory', level: 4, location: 'NL',
  properties: {
    id: 'si-1', createdDateTime: '2024-02-01T07:59:00.5Z', userDisplayName: 'Mallory', userPrincipalName: 'mallory@contoso.example',
    userId: 'u-1', appId: 'app-office', appDisplayName: 'Office 365 Exchange Online', ipAddress: '198.51.100.20', clientAppUsed: 'IMAP4',
    userAgent: 'python-requests/2.31', conditionalAccessStatus: 'notApplied',
    status: { errorCode: 50126, failureReason: 'Invalid username or password.' },
    location: { city: 'Amsterdam', state: 'Noord-Holland', countryOrRegion: 'NL' },
  },
};

const graphAudit = {
  id: 'Directory_abc', category: 'RoleManagement', correlationId: 'corr-2', result: 'success', resultReason: '',
  activityDisplayName: 'Add member to role', activityDateTime: '2024-02-01T08:05:00Z', loggedByService: 'Core Directory', operationType: 'Assign',
  initiatedBy: { app: null, user: { id: 'u-1', displayName: null, userPrincipalName: 'mallory@contoso.example', ipAddress: '203.0.113.9' } },
  targetResources: [{ id: 'u-9', displayName: null, type: 'User', userPrincipalName: 'backdoor@contoso.example', modifiedProperties: [{ displayName: 'Role.DisplayName', oldValue: null, newValue: '"Global Administrator"' }] }],
  additionalDetails: [],
};

const graphSignIn = {
  id: 'si-2', createdDateTime: '2024-02-01T08:10:00Z', userPrincipalName: 'mallory@contoso.example', appDisplayName: 'Azure Portal',
  ipAddress: '203.0.113.9', clientAppUsed: 'Browser', status: { errorCode: 0, failureReason: 'Other.' }, isInteractive: true,
  location: { city: 'Rotterdam', countryOrRegion: 'NL' }, resourceTenantId: TENANT,
};

const laSignIn = {
  TenantId: TENANT, TimeGenerated: '2024-02-01T08:11:00.000Z', OperationName: 'Sign-in activity', Category: 'NonInteractiveUserSignInLogs',
  ResultType: '0', Identity: 'Mallory', UserPrincipalName: 'mallory@contoso.example', AppDisplayName: 'Microsoft Graph', IPAddress: '203.0.113.9',
  Status: '{"errorCode":0}', LocationDetails: '{"city":"Rotterdam","countryOrRegion":"NL"}', Id: 'si-3', Type: 'AADNonInteractiveUserSignInLogs',
};

const laActivity = {
  TenantId: TENANT, TimeGenerated: '2024-02-01T08:12:00Z', OperationNameValue: 'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE',
  OperationName: 'Create role assignment', CategoryValue: 'Administrative', ActivityStatusValue: 'Failure', ActivitySubstatusValue: 'Forbidden',
  Caller: 'mallory@contoso.example', CallerIpAddress: '203.0.113.9', CorrelationId: 'corr-3', SubscriptionId: SUB, ResourceGroup: 'RG-PROD',
  _ResourceId: `/subscriptions/${SUB}/resourcegroups/rg-prod/providers/microsoft.authorization/roleassignments/ra-1`,
  Properties_d: { statusCode: 'Forbidden', message: 'denied' }, EventDataId: 'ev-3', Type: 'AzureActivity',
};

const m365Failed = {
  CreationTime: '2024-02-01T07:58:00', Id: 'm-1', Operation: 'UserLoginFailed', OrganizationId: TENANT, RecordType: 15,
  ResultStatus: 'Failed', UserKey: 'u-1', UserType: 0, Workload: 'AzureActiveDirectory', ClientIP: '198.51.100.20:51234',
  ObjectId: '00000002-0000-0ff1-ce00-000000000000', UserId: 'mallory@contoso.example', LogonError: 'InvalidUserNameOrPassword',
  ExtendedProperties: [{ Name: 'UserAgent', Value: 'python-requests/2.31' }, { Name: 'RequestType', Value: 'OAuth2:Token' }],
};

const officeActivity = {
  TenantId: TENANT, TimeGenerated: '2024-02-01T08:20:00Z', Operation: 'New-InboxRule', OfficeWorkload: 'Exchange', RecordType: 'ExchangeAdmin',
  UserId: 'mallory@contoso.example', ClientIP: '203.0.113.9', ResultStatus: 'True', OfficeObjectId: 'mallory\\fwd', OfficeId: 'm-2',
  Parameters: '[{"Name":"ForwardTo","Value":"drop@evil.example"}]', Type: 'OfficeActivity',
};

describe('Azure: synthetic shapes', () => {
  it('Event Hubs {"records": […]}: Activity Log admin action and an Entra sign-in failure', async () => {
    const { rows, summary } = await parse(JSON.stringify({ records: [eventHubActivity, eventHubSignIn] }));
    expect(summary).toMatchObject({ events: 2, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      ts: 1706774400123456700n, evt_type: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/RUNCOMMAND/ACTION', evt_category: 'admin',
      actor: 'mallory@contoso.example', actor_type: 'user', src_ip: '203.0.113.9', account: SUB.toUpperCase(), region: 'westeurope',
      target: VM, outcome: 'success', failed: false, request_id: 'req-42',
    });
    expect(rows[0].attrs).toMatchObject({
      'azure.logType': ['activity'], 'azure.category': ['Administrative'], 'azure.resultType': ['Success'], 'azure.resourceGroup': ['RG-PROD'],
      'azure.resourceProvider': ['MICROSOFT.COMPUTE'], 'azure.identity.authorization.evidence.role': ['Contributor'],
      'azure.properties.statusCode': ['OK'], 'azure.correlationId': ['c0ffee00-0000-4000-8000-000000000003'],
    });
    expect(JSON.parse((rows[0].attrs as Record<string, string[]>)['azure.identity'][0])).toMatchObject({ authorization: { evidence: { role: 'Contributor' } } });
    expect(rows[1]).toMatchObject({
      ts: 1706774340500000000n, evt_type: 'Sign-in activity', evt_category: 'auth', actor: 'mallory@contoso.example', actor_type: 'user',
      src_ip: '198.51.100.20', user_agent: 'python-requests/2.31', account: TENANT, target: 'Office 365 Exchange Online',
      outcome: '50126', failed: true, request_id: 'si-1',
    });
    expect(rows[1].attrs).toMatchObject({
      'azure.status.errorCode': ['50126'], 'azure.status.failureReason': ['Invalid username or password.'], 'azure.clientAppUsed': ['IMAP4'],
      'azure.geo.city': ['Amsterdam'], 'azure.properties.location.state': ['Noord-Holland'], 'azure.identity': ['Mallory'],
    });
  });

  it('Microsoft Graph {"value": […]}: directoryAudit and signIn', async () => {
    const { rows } = await parse(JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits', value: [graphAudit, graphSignIn] }));
    expect(rows[0]).toMatchObject({
      evt_type: 'Add member to role', evt_category: 'admin', actor: 'mallory@contoso.example', actor_type: 'user', src_ip: '203.0.113.9',
      target: 'backdoor@contoso.example', outcome: 'success', request_id: 'Directory_abc', ts: 1706774700000000000n,
    });
    expect(rows[0].attrs).toMatchObject({ 'azure.shape': ['graph'], 'azure.properties.targetResources.modifiedProperties.newValue': ['"Global Administrator"'] });
    expect(rows[1]).toMatchObject({ evt_type: 'Sign-in activity', outcome: 'success', failed: false, account: TENANT, target: 'Azure Portal' });
  });

  it('Log Analytics rows: non-interactive sign-in, AzureActivity, OfficeActivity', async () => {
    const { rows, summary } = await parse([laSignIn, laActivity, officeActivity].map((r) => JSON.stringify(r)).join('\n'));
    expect(summary.warningCount).toBe(0);
    expect(rows[0]).toMatchObject({ evt_category: 'auth', actor: 'mallory@contoso.example', outcome: 'success', src_ip: '203.0.113.9', target: 'Microsoft Graph', request_id: 'si-3' });
    expect(rows[0].attrs).toMatchObject({ 'azure.geo.city': ['Rotterdam'], 'azure.properties.status.errorCode': ['0'] });
    expect(rows[1]).toMatchObject({
      evt_type: 'MICROSOFT.AUTHORIZATION/ROLEASSIGNMENTS/WRITE', evt_category: 'admin', actor: 'mallory@contoso.example', outcome: 'failure', failed: true,
      account: SUB, request_id: 'ev-3',
    });
    expect(rows[1].attrs).toMatchObject({ 'azure.properties.message': ['denied'], 'azure.resultSignature': ['Forbidden'] });
    expect(rows[2]).toMatchObject({ evt_type: 'New-InboxRule', target: 'mallory\\fwd', outcome: 'success', request_id: 'm-2', src_ip: '203.0.113.9' });
    expect(rows[2].attrs).toMatchObject({ 'azure.parameters.ForwardTo': ['drop@evil.example'], 'azure.workload': ['Exchange'], 'azure.shape': ['log-analytics'] });
  });

  it('Microsoft 365: a failed login, also inside a Search-UnifiedAuditLog result', async () => {
    const wrapped = { RecordType: 'AzureActiveDirectoryStsLogon', CreationDate: '2024-02-01T07:58:00', UserIds: 'mallory@contoso.example', Operations: 'UserLoginFailed', AuditData: JSON.stringify(m365Failed) };
    const { rows } = await parse(`${JSON.stringify(m365Failed)}\n${JSON.stringify(wrapped)}\n`);
    for (const row of rows) {
      expect(row).toMatchObject({
        ts: 1706774280000000000n, evt_type: 'UserLoginFailed', evt_category: 'auth', actor: 'mallory@contoso.example', src_ip: '198.51.100.20',
        user_agent: 'python-requests/2.31', outcome: 'failure', failed: true, account: TENANT,
      });
    }
    expect(rows[1].attrs).toMatchObject({ 'azure.shape': ['m365-search'], 'azure.extendedProperties.RequestType': ['OAuth2:Token'] });
  });
});

describe('Azure: bad input', () => {
  it('keeps the good records around broken, foreign, truncated and non-UTF-8 ones', async () => {
    const good = JSON.stringify(graphSignIn);
    const bytes = utf8(`${good}\n{"value": [1, 2\n{"TimeGenerated":"2024-01-01T00:00:00Z","Type":"Syslog"}\n${good.replace('Azure Portal', 'Azure Port\u00e9')}\n${good.slice(0, 40)}`);
    bytes[bytes.indexOf(0xc3)] = 0xfe;
    for (const chunk of [0, 1, 17]) {
      const { rows, warnings } = await parse(bytes, chunk);
      expect(rows.map((r) => r.target)).toEqual(['Azure Portal', 'Azure Port\uFFFD\uFFFD']);
      expect(warnings.map((w) => w.line)).toEqual([2, 3, 4, 5]);
      expect(warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/not a JSON record/), expect.stringMatching(/not an Activity Log, Entra ID audit or sign-in/),
        expect.stringMatching(/not UTF-8/), expect.stringMatching(/input ends inside/),
      ]);
    }
  });
});
