import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAzureReader } from '../../../parsers/azure/azure-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { AZURE_FIELDS, AZURE_SUBTREE_PREFIXES } from './azure.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/azure');

/** A kitchen-sink record per shape, so the check does not depend on the samples being present. */
const SYNTHETIC: unknown[] = [{"time": "2024-01-01T00:00:00Z", "resourceId": "/subscriptions/s/resourceGroups/g/providers/P/x", "operationName": "o", "category": "Administrative", "resultType": "Success", "resultSignature": "s", "resultDescription": "d", "durationMs": "1", "callerIpAddress": "1.2.3.4", "correlationId": "c", "level": "Information", "location": "l", "tenantId": "t", "identity": {"claims": {"name": "n"}}, "properties": {"a": 1}}, {"activityDateTime": "2024-01-01T00:00:00Z", "activityDisplayName": "a", "loggedByService": "s", "result": "failure", "resultReason": "r", "initiatedBy": {"app": {"displayName": "app"}}, "targetResources": [{"displayName": "t"}], "additionalDetails": [{"key": "k", "value": "v"}]}, {"createdDateTime": "2024-01-01T00:00:00Z", "userPrincipalName": "u@x", "appDisplayName": "a", "clientAppUsed": "c", "status": {"errorCode": 1, "failureReason": "f"}, "conditionalAccessStatus": "s", "riskLevelDuringSignIn": "low", "authenticationRequirement": "r", "location": {"city": "c", "countryOrRegion": "NL"}}, {"CreationTime": "2024-01-01T00:00:00", "Id": "i", "Operation": "o", "OrganizationId": "t", "RecordType": 1, "ResultStatus": "True", "UserKey": "k", "UserType": 2, "Workload": "Exchange", "ObjectId": "o", "UserId": "u", "OrganizationName": "n", "Parameters": [{"Name": "p", "Value": "v"}], "ExtendedProperties": [{"Name": "e", "Value": "v"}], "ModifiedProperties": [{"Name": "m", "NewValue": "v"}]}, {"eventTimestamp": "2024-01-01T00:00:00Z", "operationName": {"value": "o"}, "category": {"value": "Policy"}, "status": {"value": "Succeeded"}, "caller": "c", "resourceId": "/subscriptions/s/x"}];

describe('AZURE_FIELDS', () => {
  it('names are unique, in the azure namespace, and compile to attrs lookups', () => {
    const names = AZURE_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of AZURE_FIELDS) {
      expect(field.name).toMatch(/^azure\.[A-Za-z0-9_.]+$/);
      expect(field.description.length).toBeGreaterThan(5);
      expect(field.sql).toMatch(/^(TRY_CAST\()?attrs\['[A-Za-z0-9_.]+'\](\[1\])?( AS BIGINT\))?$/);
    }
    for (const { prefix } of AZURE_SUBTREE_PREFIXES) expect(prefix).toMatch(/^azure\.[A-Za-z_.]+\.$/);
  });

  it('lists every attrs key the reader writes, or covers it with a subtree prefix', async () => {
    const keys = new Set<string>();
    const inputs = [utf8(SYNTHETIC.map((r) => JSON.stringify(r)).join('\n'))];
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) inputs.push(new Uint8Array(readFileSync(path.join(dataDir, name))));
    for (const bytes of inputs) {
      const { rows } = await collect(bytes, 0, { kind: 'azure' }, createAzureReader);
      for (const row of rows) for (const key of Object.keys((row.attrs ?? {}) as object)) keys.add(key);
    }
    const known = new Set(AZURE_FIELDS.map((f) => f.name));
    const unlisted = [...keys].filter((k) => !known.has(k) && !AZURE_SUBTREE_PREFIXES.some(({ prefix }) => k.startsWith(prefix)));
    expect(unlisted).toEqual([]);
    expect(keys.size).toBeGreaterThan(10);
  });
});
