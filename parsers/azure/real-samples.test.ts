import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { createAzureReader } from './azure-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/azure');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party Azure samples: ${dataDir} is absent`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dataDir, name)));
const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'azure' }, createAzureReader);

describe.skipIf(!hasData)('third-party Azure samples (../shared/data/azure)', () => {
  it('Entra ID AuditLogs rows exported from Log Analytics (Golden SAML): app credential added, permission granted', async () => {
    const bytes = read('otrf_goldensaml_AADAuditEvents.jsonl');
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ kind: 'azure', events: 4, bytes: 10496, warningCount: 0 });
    expect(rows.map((r) => [r.src_offset, r.src_length, r.ts])).toEqual([
      [0n, 2609, 1627910965983000000n], [2611n, 2521, 1627910965983000000n], [5134n, 2507, 1627910712246000000n], [7643n, 2851, 1627910840017000000n],
    ]);
    expect(rows[0]).toMatchObject({
      evt_type: 'Update application – Certificates and secrets management', evt_category: 'admin', actor: 'pgustavo@simulandlabs.com',
      actor_type: 'user', account: '00000000-0000-0000-0000-000000000000', target: 'SimuLandApp', outcome: 'success', failed: false,
      request_id: 'Directory_10065ffb-8199-48bc-8ff5-912cb5b8295a_AUMVX_13992832',
      user_agent: 'Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.17763.1971',
    });
    expect(rows[0].attrs).toMatchObject({
      'azure.logType': ['entra-audit'], 'azure.shape': ['log-analytics'], 'azure.category': ['ApplicationManagement'],
      'azure.correlationId': ['10065ffb-8199-48bc-8ff5-912cb5b8295a'], 'azure.loggedByService': ['Core Directory'],
      'azure.initiatedBy': ['pgustavo@simulandlabs.com'], 'azure.targets': ['SimuLandApp'],
      'azure.properties.initiatedBy.user.id': ['aead923d-498b-4f64-a66c-2af91447a8b6'],
      'azure.properties.targetResources.modifiedProperties.displayName': ['KeyDescription', 'Included Updated Properties'],
      'azure.additionalDetails.User-Agent': ['Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.17763.1971'],
      'azure.properties.aadOperationType': ['Update'],
    });
    expect(rows[3]).toMatchObject({ evt_type: 'Add delegated permission grant', target: 'Microsoft Graph' });
    expect(rows[3].attrs).toMatchObject({ 'azure.properties.permissions': ['User.Read Mail.ReadWrite'], 'azure.targets': ['Microsoft Graph', '0d2f5969-011b-460d-ac74-3291d227d49f'] });
    for (const chunk of [1, 7, 4096]) expect((await parse(bytes, chunk)).rows).toEqual(rows);
  });

  it('Microsoft 365 unified audit log (JSON lines, last line unterminated): Exchange admin cmdlets and a sign-in', async () => {
    const bytes = read('plaso_microsoft365_unified_audit_log.jsonl');
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ events: 4, warningCount: 0 });
    expect(rows.map((r) => [r.ts, r.evt_type, r.evt_category])).toEqual([
      [1651928153000000000n, 'Install-DefaultSharingPolicy', 'admin'], [1651928178000000000n, 'Set-MailboxPlan', 'admin'],
      [1651928184000000000n, 'Set-AdminAuditLogConfig', 'admin'], [1652022821000000000n, 'UserLoggedIn', 'auth'],
    ]);
    expect(rows[2]).toMatchObject({
      actor: 'NT AUTHORITY\\SYSTEM (Microsoft.Exchange.Servicehost)', actor_type: 'DcAdmin', account: '5a0f38c6-710b-4503-92c0-3a9f6e00f726',
      target: 'sst5f.onmicrosoft.com\\Admin Audit Log Settings', outcome: 'success', request_id: 'cc0bb5b2-b540-4640-5e1c-08da3028fe4f',
    });
    expect(rows[2].attrs).toMatchObject({
      'azure.logType': ['m365'], 'azure.workload': ['Exchange'], 'azure.recordType': ['1'], 'azure.recordTypeName': ['ExchangeAdmin'],
      'azure.parameters.AdminAuditLogEnabled': ['True'], 'azure.organizationName': ['sst5f.onmicrosoft.com'],
    });
    expect(rows[3]).toMatchObject({ actor: 'piet@sst5f.onmicrosoft.com', actor_type: 'Regular', src_ip: '0.0.0.0', outcome: 'success', target: '00000003-0000-0000-c000-000000000000' });
    expect(rows[3].attrs).toMatchObject({ 'azure.recordTypeName': ['AzureActiveDirectoryStsLogon'] });
    for (const chunk of [1, 7, 4096]) expect((await parse(bytes, chunk)).rows).toEqual(rows);
  });
});
