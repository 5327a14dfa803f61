import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGcpAuditReader } from '../../../parsers/gcpaudit/gcpaudit-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { GCPAUDIT_FIELDS, GCPAUDIT_SUBTREE_PREFIXES } from './gcpaudit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/gcpaudit');

/** A kitchen-sink record per shape, so the check does not depend on the samples being present. */
const SYNTHETIC: unknown[] = [{"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {"code": 7, "message": "m", "details": [{"reason": "r"}]}, "authenticationInfo": {"principalEmail": "a@b.c", "principalSubject": "user:a@b.c", "serviceAccountDelegationInfo": [{"firstPartyPrincipal": {"principalEmail": "d@e.f"}}]}, "requestMetadata": {"callerIp": "1.2.3.4", "callerSuppliedUserAgent": "ua"}, "serviceName": "s", "methodName": "m", "resourceName": "r", "authorizationInfo": [{"permission": "p", "granted": true, "resource": "r"}], "resourceLocation": {"currentLocations": ["us"]}, "request": {"a": 1}, "response": {"b": 2}, "metadata": {"datasetChange": {"bindingDeltas": [{"action": "ADD"}]}}, "serviceData": {"x": 1}, "numResponseItems": "3"}, "resource": {"type": "logging_sink", "labels": {"project_id": "p", "name": "sink", "function_name": "f", "database_id": "d", "instance_id": "i", "network_id": "n", "subnetwork_name": "sn", "subnetwork_id": "si", "zone_name": "z", "email_id": "e", "unique_id": "u", "bucket_name": "b", "zone": "us-central1-a"}}, "insertId": "i", "timestamp": "2024-01-01T00:00:00Z", "receiveTimestamp": "2024-01-01T00:00:01Z", "severity": "ERROR", "logName": "projects/p/logs/cloudaudit.googleapis.com%2Factivity", "labels": {"k": "v"}, "operation": {"id": "o"}, "trace": "t"}, {"logName": "projects/p/logs/app", "timestamp": "2024-01-01T00:00:00Z", "textPayload": "hi", "resource": {"type": "global"}}, {"logName": "projects/p/logs/app", "timestamp": "2024-01-01T00:00:00Z", "protoPayload": {"@type": "x", "a": 1}}];

describe('GCPAUDIT_FIELDS', () => {
  it('names are unique, in the gcp namespace, and compile to attrs lookups', () => {
    const names = GCPAUDIT_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of GCPAUDIT_FIELDS) {
      expect(field.name).toMatch(/^gcp\.[A-Za-z0-9_.]+$/);
      expect(field.description.length).toBeGreaterThan(5);
      expect(field.sql).toMatch(/^(TRY_CAST\()?attrs\['[A-Za-z0-9_.]+'\](\[1\])?( AS BIGINT\))?$/);
    }
    for (const { prefix } of GCPAUDIT_SUBTREE_PREFIXES) expect(prefix).toMatch(/^gcp\.[A-Za-z_.]+\.$/);
  });

  it('lists every attrs key the reader writes, or covers it with a subtree prefix', async () => {
    const keys = new Set<string>();
    const inputs = [utf8(SYNTHETIC.map((r) => JSON.stringify(r)).join('\n'))];
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) inputs.push(new Uint8Array(readFileSync(path.join(dataDir, name))));
    for (const bytes of inputs) {
      const { rows } = await collect(bytes, 0, { kind: 'gcpaudit' }, createGcpAuditReader);
      for (const row of rows) for (const key of Object.keys((row.attrs ?? {}) as object)) keys.add(key);
    }
    const known = new Set(GCPAUDIT_FIELDS.map((f) => f.name));
    const unlisted = [...keys].filter((k) => !known.has(k) && !GCPAUDIT_SUBTREE_PREFIXES.some(({ prefix }) => k.startsWith(prefix)));
    expect(unlisted).toEqual([]);
    expect(keys.size).toBeGreaterThan(10);
  });
});
