import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { createGitHubReader } from './github-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/github');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party GitHub samples: ${dataDir} is absent`);

const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'github' }, createGitHubReader);

describe.skipIf(!hasData)('third-party GitHub sample (../shared/data/github)', () => {
  it('org audit log JSON lines (Elastic test excerpt): 36 events, ms epoch times, members, teams, rejected pushes', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(dataDir, 'elastic_integrations_github_audit_excerpt_first36.jsonl')));
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ kind: 'github', events: 36, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      evt_num: 1n, src_offset: 0n, src_length: 116, ts: 1583364251067000000n, evt_type: 'organization_default_label.create',
      evt_category: 'admin', actor: 'github-actor', actor_type: 'user', account: 'Example-Org', outcome: null, failed: null,
    });
    expect(rows[3]).toMatchObject({ ts: 1583364382722000000n, evt_type: 'org.invite_member', target: 'github-user', args: 'org=Example-Org user=github-user' });
    expect(rows[3].attrs).toEqual({
      'github.actor': ['github-actor'], 'github.org': ['Example-Org'], 'github.created_at': ['1583364382722'], 'github.action': ['org.invite_member'],
      'github.actor_location.country_code': ['US'], 'github.user': ['github-user'], 'github.country_code': ['US'],
    });
    expect(rows[16]).toMatchObject({ evt_type: 'team.create', target: 'Example-Org/authors', args_json: '{"team":"Example-Org/authors"}' });
    expect(rows[16].attrs).toMatchObject({ 'github.data.team': ['Example-Org/authors'] });
    const rejected = rows.filter((r) => r.evt_type === 'protected_branch.rejected_ref_update');
    expect(rejected.map((r) => [r.target, r.outcome, r.failed])).toEqual(Array(4).fill(['Example-Org/repo-123', 'failure', true]));
    expect(rows.filter((r) => r.evt_category === 'admin')).toHaveLength(36);
    for (const chunk of [1, 7, 4096]) expect((await parse(bytes, chunk)).rows).toEqual(rows);
  });
});
