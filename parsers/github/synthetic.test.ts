/**
 * Enterprise / streaming audit-log shapes (no real sample), written from GitHub's audit-log
 * documentation. SYNTHETIC records: names, ids and addresses are made up. And bad input.
 */
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { createGitHubReader } from './github-reader.js';

const parse = (text: string | Uint8Array, chunk = 0) => collect(typeof text === 'string' ? utf8(text) : text, chunk, { kind: 'github' }, createGitHubReader);

const clone = {
  '@timestamp': 1706774400123, _document_id: 'doc-1', action: 'git.clone', actor: 'mallory', actor_id: 101, actor_ip: '203.0.113.9',
  actor_location: { country_code: 'NL' }, business: 'acme-ent', org: 'acme', org_id: 7, repository: 'acme/secrets', repository_public: false,
  transport_protocol_name: 'http', user_agent: 'git/2.43.0', programmatic_access_type: 'Personal access token (classic)',
  token_scopes: 'repo,admin:org', hashed_token: 'abc=', request_id: 'req-1', created_at: 1706774400123,
};
const tokenCreate = {
  '@timestamp': 1706774300000, action: 'personal_access_token.request_created', actor: 'mallory', org: 'acme', operation_type: 'create',
  created_at: '2024-02-01T07:58:20Z', user: 'mallory',
};
const memberAdd = {
  '@timestamp': 1706774500000, action: 'org.add_member', actor: 'dependabot[bot]', org: 'acme', user: 'backdoor', operation_type: 'create',
  created_at: '2024-02-01T08:01:40.000+00:00', permission: 'admin',
};

describe('GitHub: synthetic enterprise audit-log events', () => {
  it('maps times in ms or ISO, IPs, tokens, categories and targets', async () => {
    const { rows, summary } = await parse(JSON.stringify([clone, tokenCreate, memberAdd]));
    expect(summary).toMatchObject({ events: 3, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      ts: 1706774400123000000n, evt_type: 'git.clone', evt_category: 'cloud-api', actor: 'mallory', src_ip: '203.0.113.9', user_agent: 'git/2.43.0',
      account: 'acme', target: 'acme/secrets', request_id: 'req-1',
    });
    expect(rows[0].attrs).toMatchObject({
      'github.token_scopes': ['repo', 'admin:org'], 'github.timestamp': ['1706774400123'], 'github.document_id': ['doc-1'],
      'github.actor_ip': ['203.0.113.9'], 'github.country_code': ['NL'], 'github.repository_public': ['false'], 'github.business': ['acme-ent'],
    });
    expect(rows[1]).toMatchObject({ ts: 1706774300000000000n, evt_category: 'auth', target: 'mallory' });
    expect(rows[2]).toMatchObject({ ts: 1706774500000000000n, evt_category: 'admin', actor_type: 'bot', target: 'backdoor' });
  });

  it('falls back to created_at as ISO text when @timestamp is absent', async () => {
    const { rows } = await parse(JSON.stringify({ action: 'repo.destroy', actor: 'a', org: 'acme', repo: 'acme/x', created_at: '2024-02-01T08:00:00.5-02:00' }));
    expect(rows[0]).toMatchObject({ ts: 1706781600500000000n, evt_category: 'admin', target: 'acme/x' });
  });
});

describe('GitHub: bad input', () => {
  it('a webhook body, a broken line, non-UTF-8 bytes and a huge record (> 10 MB) with a value cut to the limit', async () => {
    const webhook = { action: 'created', sender: { login: 'x' }, repository: { full_name: 'acme/x' } };
    const huge = { ...memberAdd, data: { blob: 'x'.repeat(11 * 1024 * 1024) } };
    const text = `${JSON.stringify(webhook)}\n{"action": "org.add_member", "actor":\n${JSON.stringify(memberAdd).replace('backdoor', 'backd\u00f6or')}\n${JSON.stringify(huge)}\n`;
    const bytes = utf8(text);
    bytes[bytes.indexOf(0xc3)] = 0xc0;
    const { rows, warnings } = await parse(bytes, 1 << 20);
    expect(rows.map((r) => r.target)).toEqual(['backd\uFFFD\uFFFDor', 'backdoor']);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 3, 4]);
    expect(warnings[0].message).toMatch(/not a GitHub audit-log event/);
    expect(warnings[3].message).toMatch(/a value of github.data.blob longer than 65536 characters/);
    expect((rows[1].attrs as Record<string, string[]>)['github.data.blob'][0]).toHaveLength(65537);
    expect((rows[1].raw as string).length).toBeGreaterThan(11 * 1024 * 1024);
  });
});
