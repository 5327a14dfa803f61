import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createOktaReader } from '../../../parsers/okta/okta-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { OKTA_FIELDS, OKTA_SUBTREE_PREFIXES } from './okta.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/okta');

/** A kitchen-sink record per shape, so the check does not depend on the samples being present. */
const SYNTHETIC: unknown[] = [{"uuid": "u", "published": "2024-01-01T00:00:00Z", "eventType": "user.session.start", "version": "0", "severity": "INFO", "legacyEventType": "l", "displayMessage": "m", "actor": {"id": "i", "type": "User", "alternateId": "a", "displayName": "d"}, "client": {"userAgent": {"rawUserAgent": "r", "os": "o", "browser": "b"}, "zone": "z", "device": "d", "id": "c", "ipAddress": "1.2.3.4", "geographicalContext": {"city": "c", "state": "s", "country": "c", "postalCode": "p", "geolocation": {"lat": 1, "lon": 2}}}, "outcome": {"result": "SUCCESS", "reason": "r"}, "target": [{"id": "1", "type": "User", "alternateId": "a", "displayName": "d"}, {"id": "2", "type": "UserGroup", "alternateId": "a", "displayName": "g"}, {"id": "3", "type": "AppInstance", "alternateId": "app", "displayName": "x"}], "transaction": {"type": "WEB", "id": "t"}, "debugContext": {"debugData": {"requestUri": "/app/x/y", "behaviors": "b", "logOnlySecurityData": "{}", "originalPrincipal": {"id": "i", "alternateId": "a", "type": "User", "displayName": "d"}}}, "authenticationContext": {"authenticationStep": 0, "externalSessionId": "e", "authenticationProvider": "p", "credentialProvider": "c", "credentialType": "t"}, "securityContext": {"asNumber": 1, "asOrg": "o", "isp": "i", "domain": "d", "isProxy": false}, "request": {"ipChain": [{"ip": "1.2.3.4"}]}}];

describe('OKTA_FIELDS', () => {
  it('names are unique, in the okta namespace, and compile to attrs lookups', () => {
    const names = OKTA_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of OKTA_FIELDS) {
      expect(field.name).toMatch(/^okta\.[A-Za-z0-9_.]+$/);
      expect(field.description.length).toBeGreaterThan(5);
      expect(field.sql).toMatch(/^(TRY_CAST\()?attrs\['[A-Za-z0-9_.]+'\](\[1\])?( AS BIGINT\))?$/);
    }
    for (const { prefix } of OKTA_SUBTREE_PREFIXES) expect(prefix).toMatch(/^okta\.[A-Za-z_.]+\.$/);
  });

  it('lists every attrs key the reader writes, or covers it with a subtree prefix', async () => {
    const keys = new Set<string>();
    const inputs = [utf8(SYNTHETIC.map((r) => JSON.stringify(r)).join('\n'))];
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) inputs.push(new Uint8Array(readFileSync(path.join(dataDir, name))));
    for (const bytes of inputs) {
      const { rows } = await collect(bytes, 0, { kind: 'okta' }, createOktaReader);
      for (const row of rows) for (const key of Object.keys((row.attrs ?? {}) as object)) keys.add(key);
    }
    const known = new Set(OKTA_FIELDS.map((f) => f.name));
    const unlisted = [...keys].filter((k) => !known.has(k) && !OKTA_SUBTREE_PREFIXES.some(({ prefix }) => k.startsWith(prefix)));
    expect(unlisted).toEqual([]);
    expect(keys.size).toBeGreaterThan(10);
  });
});
