import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGitHubReader } from '../../../parsers/github/github-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { GITHUB_FIELDS, GITHUB_SUBTREE_PREFIXES } from './github.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/github');

/** A kitchen-sink record per shape, so the check does not depend on the samples being present. */
const SYNTHETIC: unknown[] = [{"@timestamp": 1, "_document_id": "d", "action": "repo.create", "actor": "a", "actor_id": 1, "actor_ip": "1.2.3.4", "actor_location": {"country_code": "NL"}, "org": "o", "org_id": 1, "business": "b", "business_id": 1, "repo": "o/r", "repository": "o/r", "repository_public": true, "visibility": "private", "user": "u", "user_id": 1, "team": "t", "operation_type": "create", "created_at": 1, "request_id": "r", "user_agent": "ua", "hashed_token": "h", "token_scopes": "repo", "programmatic_access_type": "p", "transport_protocol_name": "http", "permission": "admin", "data": {"x": 1}}];

describe('GITHUB_FIELDS', () => {
  it('names are unique, in the github namespace, and compile to attrs lookups', () => {
    const names = GITHUB_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of GITHUB_FIELDS) {
      expect(field.name).toMatch(/^github\.[A-Za-z0-9_.]+$/);
      expect(field.description.length).toBeGreaterThan(5);
      expect(field.sql).toMatch(/^(TRY_CAST\()?attrs\['[A-Za-z0-9_.]+'\](\[1\])?( AS BIGINT\))?$/);
    }
    for (const { prefix } of GITHUB_SUBTREE_PREFIXES) expect(prefix).toMatch(/^github\.[A-Za-z_.]+\.$/);
  });

  it('lists every attrs key the reader writes, or covers it with a subtree prefix', async () => {
    const keys = new Set<string>();
    const inputs = [utf8(SYNTHETIC.map((r) => JSON.stringify(r)).join('\n'))];
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) inputs.push(new Uint8Array(readFileSync(path.join(dataDir, name))));
    for (const bytes of inputs) {
      const { rows } = await collect(bytes, 0, { kind: 'github' }, createGitHubReader);
      for (const row of rows) for (const key of Object.keys((row.attrs ?? {}) as object)) keys.add(key);
    }
    const known = new Set(GITHUB_FIELDS.map((f) => f.name));
    const unlisted = [...keys].filter((k) => !known.has(k) && !GITHUB_SUBTREE_PREFIXES.some(({ prefix }) => k.startsWith(prefix)));
    expect(unlisted).toEqual([]);
    expect(keys.size).toBeGreaterThan(10);
  });
});
