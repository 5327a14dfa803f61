/**
 * Shapes without a real sample, written from Google's AuditLog / LogEntry reference (SYNTHETIC
 * records: names, ids and addresses are made up), and bad input.
 */
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { createGcpAuditReader } from './gcpaudit-reader.js';

const parse = (text: string | Uint8Array, chunk = 0) => collect(typeof text === 'string' ? utf8(text) : text, chunk, { kind: 'gcpaudit' }, createGcpAuditReader);

const setIamPolicy = {
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    status: {},
    authenticationInfo: {
      principalEmail: 'deployer@demo-proj.iam.gserviceaccount.com',
      serviceAccountDelegationInfo: [{ firstPartyPrincipal: { principalEmail: 'alice@example.com' } }],
    },
    requestMetadata: { callerIp: 'private', callerSuppliedUserAgent: 'google-cloud-sdk gcloud/450.0.0' },
    serviceName: 'storage.googleapis.com',
    methodName: 'storage.setIamPermissions',
    authorizationInfo: [{ resource: 'projects/_/buckets/loot', permission: 'storage.buckets.setIamPolicy', granted: true }],
    resourceName: 'projects/_/buckets/loot',
    serviceData: {
      '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData',
      policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/storage.objectViewer', member: 'allUsers' }] },
    },
  },
  insertId: 'syn-1',
  resource: { type: 'gcs_bucket', labels: { bucket_name: 'loot', project_id: 'demo-proj', location: 'europe-west1' } },
  timestamp: '2024-03-01T10:00:00.123456789+01:00',
  severity: 'NOTICE',
  logName: 'projects/demo-proj/logs/cloudaudit.googleapis.com%2Factivity',
};

const login = {
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    methodName: 'google.login.LoginService.loginFailure',
    serviceName: 'login.googleapis.com',
    authenticationInfo: { principalEmail: 'bob@example.com' },
    requestMetadata: { callerIp: '2001:db8::7' },
    status: { code: 16, message: 'bad password' },
    metadata: { event: [{ eventName: 'login_failure', eventType: 'login' }] },
  },
  insertId: 'syn-2',
  resource: { type: 'audited_resource', labels: { service: 'login.googleapis.com', method: 'google.login.LoginService.loginFailure' } },
  timestamp: '2024-03-01T09:00:01Z',
  logName: 'organizations/123/logs/cloudaudit.googleapis.com%2Fdata_access',
};

const vm = {
  protoPayload: {
    '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
    methodName: 'v1.compute.instances.delete',
    authenticationInfo: { principalSubject: 'serviceAccount:ci@demo-proj.iam.gserviceaccount.com' },
    requestMetadata: { callerIp: '198.51.100.4' },
    resourceName: 'projects/demo-proj/zones/us-central1-a/instances/web-1',
    status: { code: 7, message: 'Required permission denied' },
  },
  insertId: 'syn-3',
  resource: { type: 'gce_instance', labels: { instance_id: '42', zone: 'us-central1-a', project_id: 'demo-proj' } },
  timestamp: '2024-03-01T09:00:02Z',
  logName: 'projects/demo-proj/logs/cloudaudit.googleapis.com%2Factivity',
};

describe('GCP audit: synthetic shapes', () => {
  it('an exported JSON array: policy delta from serviceData on gcs_bucket, delegation, non-IP caller, time offset', async () => {
    const { rows, summary } = await parse(JSON.stringify([setIamPolicy, login, vm], null, 2));
    expect(summary).toMatchObject({ events: 3, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      ts: 1709283600123456789n, evt_type: 'storage.setIamPermissions', evt_category: 'admin', actor: 'deployer@demo-proj.iam.gserviceaccount.com',
      actor_type: 'serviceAccount', src_ip: null, region: 'europe-west1', account: 'demo-proj', target: 'projects/_/buckets/loot', outcome: 'success',
    });
    expect(rows[0].attrs).toMatchObject({
      'gcp.policyDelta': ['[{"action":"ADD","role":"roles/storage.objectViewer","member":"allUsers"}]'],
      'gcp.policyDelta.member': ['allUsers'], 'gcp.callerIP': ['private'], 'gcp.delegationChain': ['alice@example.com'],
      'gcp.storage.bucket': ['loot'], 'gcp.location': ['europe-west1'],
    });
    expect(rows[1]).toMatchObject({ evt_category: 'auth', outcome: 'UNAUTHENTICATED', failed: true, src_ip: '2001:db8::7', account: null });
    expect(rows[1].attrs).toMatchObject({ 'gcp.metadata.event.eventName': ['login_failure'], 'gcp.logType': ['data_access'] });
    expect(rows[2]).toMatchObject({ actor: 'serviceAccount:ci@demo-proj.iam.gserviceaccount.com', actor_type: 'serviceAccount', region: 'us-central1', outcome: 'PERMISSION_DENIED' });
    expect(rows[2].attrs).toMatchObject({ 'gcp.compute.instanceId': ['42'], 'gcp.location': ['us-central1'] });
  });

  it('a Logging API response ({"entries": […]}) gives the same rows', async () => {
    const plain = await parse(JSON.stringify([setIamPolicy, login, vm]));
    const wrapped = await parse(JSON.stringify({ entries: [setIamPolicy, login, vm], nextPageToken: 'x' }));
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ src_offset: _o, ...rest }) => rest);
    expect(strip(wrapped.rows)).toEqual(strip(plain.rows));
  });
});

describe('GCP audit: bad input', () => {
  const lines = [setIamPolicy, login, vm].map((r) => JSON.stringify(r));

  it('a broken record among good ones, a record of another shape, a truncated last record', async () => {
    const input = `${lines[0]}\n{"protoPayload": {"methodName": "x"\n${lines[1]}\n{"finding": {"name": "f"}}\n${lines[2].slice(0, 100)}`;
    for (const chunk of [0, 1, 13]) {
      const { rows, warnings } = await parse(input, chunk);
      expect(rows.map((r) => r.request_id)).toEqual(['syn-1', 'syn-2']);
      expect(warnings.map((w) => w.line)).toEqual([2, 4, 5]);
      expect(warnings[0].message).toMatch(/broken/);
      expect(warnings[1].message).toMatch(/not a GCP log entry/);
      expect(warnings[2].message).toMatch(/input ends inside a JSON record/);
    }
  });

  it('non-UTF-8 bytes inside a record: kept, replaced, reported', async () => {
    const bytes = utf8(`${lines[2].replace('web-1', 'web-\u00ff')}\n`);
    const at = bytes.indexOf(0xc3);
    bytes[at] = 0xff; // a lone 0xff where UTF-8 had c3 bf
    const { rows, warnings } = await parse(bytes);
    expect(rows).toHaveLength(1);
    expect(rows[0].target).toMatch(/web-\uFFFD/);
    expect(warnings[0].message).toMatch(/not UTF-8/);
  });
});
