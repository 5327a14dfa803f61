import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { createGcpAuditReader } from './gcpaudit-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/gcpaudit');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party GCP audit samples: ${dataDir} is absent`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dataDir, name)));
const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'gcpaudit' }, createGcpAuditReader);

describe.skipIf(!hasData)('third-party GCP audit samples (../shared/data/gcpaudit)', () => {
  it('org policy denies a service account key (pretty object): failure, status, principal', async () => {
    const bytes = read('gcpmitre_admin_org_policy_sa_key_denied.json');
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ kind: 'gcpaudit', events: 1, bytes: 2441, warningCount: 0 });
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(rows[0]).toMatchObject({
      evt_num: 1n, source_kind: 'gcpaudit', src_offset: 0n, src_length: 2440, ts: 1631502872382833870n,
      evt_type: 'google.iam.admin.v1.CreateServiceAccountKey', evt_category: 'admin', actor: 'user@domain.com', actor_type: 'user',
      src_ip: '8.8.8.8', account: '[PROJECT_ID]', target: 'projects/-/serviceAccounts/106627732878159666173',
      outcome: 'FAILED_PRECONDITION', failed: true, request_id: '1kmaz5nf159nie',
    });
    expect(rows[0].raw).toBe(new TextDecoder().decode(bytes.subarray(0, 2440)));
    expect(JSON.parse(rows[0].args_json as string)).toMatchObject({ private_key_type: 2 });
    expect(rows[0].attrs).toMatchObject({
      'gcp.methodName': ['google.iam.admin.v1.CreateServiceAccountKey'], 'gcp.serviceName': ['iam.googleapis.com'],
      'gcp.user': ['user@domain.com'], 'gcp.callerIP': ['8.8.8.8'], 'gcp.status.code': ['9'],
      'gcp.status.message': ['Key creation is not allowed on this service account.'],
      'gcp.status.details.violations.type': ['constraints/iam.disableServiceAccountKeyCreation'],
      'gcp.iam.serviceAccount': ['domain-pub-sub@[PROJECT_ID].iam.gserviceaccount.com'], 'gcp.iam.serviceAccountId': ['106627732878159666173'],
      'gcp.authorizationInfo.permission': ['iam.serviceAccountKeys.create'], 'gcp.logType': ['activity'], 'gcp.severity': ['ERROR'],
      'gcp.request.private_key_type': ['2'], 'gcp.resourceType': ['service_account'],
    });
  });

  it('project SSH metadata (pretty object): two authorization checks, global location', async () => {
    const { rows, summary } = await parse(read('gcpmitre_admin_set_project_ssh_metadata.json'));
    expect(summary).toMatchObject({ events: 1, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      ts: 1631501536113032000n, evt_type: 'v1.compute.projects.setCommonInstanceMetadata', outcome: 'success', failed: false,
      region: 'global', account: '[PROJECT_NUMBER]', target: 'projects/[PROJECT_ID]',
    });
    expect((rows[0].attrs as Record<string, string[]>)['gcp.authorizationInfo.permission']).toEqual(['compute.projects.setCommonInstanceMetadata', 'iam.serviceAccounts.actAs']);
    expect((rows[0].attrs as Record<string, string[]>)['gcp.response.status']).toEqual(['RUNNING']);
  });

  it('GCS object read (data access log): bucket, location, cloud-api', async () => {
    const { rows } = await parse(read('gcpmitre_data_access_gcs_object_get.json'));
    expect(rows[0]).toMatchObject({ ts: 1631502189008513033n, evt_type: 'storage.objects.get', evt_category: 'cloud-api', region: 'us', outcome: 'success' });
    expect(rows[0].attrs).toMatchObject({ 'gcp.storage.bucket': ['scc-export-sample'], 'gcp.location': ['us'], 'gcp.logType': ['data_access'], 'gcp.projectId': ['[PROJECT_ID]'] });
  });

  it('gcloud logging export (JSON lines): 9 audit entries and 2 other log entries, same rows in any chunking', async () => {
    const bytes = read('plaso_gcp_logging.jsonl');
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ events: 11, warningCount: 0 });
    expect(rows.map((r) => r.src_offset)).toEqual([0n, 922n, 3135n, 4071n, 6644n, 8326n, 9296n, 13922n, 14400n, 14750n, 20076n]);
    expect(rows.map((r) => r.ts)).toEqual([
      1634612267339377000n, 1634612259354769000n, 1634612151658015000n, 1634612146097818000n, 1634611428064377809n, 1634611342986298000n,
      1634611333839954000n, 1634609141496590981n, 1634609040272384509n, 1714162210024055000n, 1733248724882119699n,
    ]);
    expect(rows.filter((r) => r.evt_category === 'log').map((r) => [r.evt_type, r.args])).toEqual([['testlog', 'This is a json payload'], ['testlog', 'This is a text payload']]);
    expect(rows[5]).toMatchObject({ evt_type: 'beta.compute.instances.insert', region: 'us-central1', account: 'fake-project', src_ip: '1.1.1.1' });
    expect(rows[9].attrs).toMatchObject({
      'gcp.delegationChain': ['service-account-one@fake-project.com', 'service-account-two@fake-project.com'],
      'gcp.location': ['us-central1'], 'gcp.compute.instanceId': [expect.any(String)],
      'gcp.labels.compute.googleapis.com/root_trigger_id': ['b0966c41-45b9-4484-b3b9-b436bfdde977'],
    });
    expect(rows[10]).toMatchObject({ evt_type: 'google.iam.admin.v1.CreateServiceAccount', outcome: 'PERMISSION_DENIED', failed: true });
    expect(rows[7].attrs).toMatchObject({ 'gcp.jsonPayload.actor.user': ['fakeemailxyz@gmail.com'], 'gcp.logType': ['testlog'] });
    for (const chunk of [1, 7, 4096]) {
      const again = await parse(bytes, chunk);
      expect(again.rows).toEqual(rows);
    }
  });
});
