/**
 * The native Okta System Log `LogEvent` (no real sample), written from Okta's System Log API
 * reference. SYNTHETIC records: ids, names and addresses are made up. And bad input.
 */
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { createOktaReader } from './okta-reader.js';

const parse = (text: string | Uint8Array, chunk = 0) => collect(typeof text === 'string' ? utf8(text) : text, chunk, { kind: 'okta' }, createOktaReader);

const privilegeGrant = {
  uuid: 'syn-0001', published: '2024-02-01T08:00:00.123Z', eventType: 'user.account.privilege.grant', version: '0', severity: 'INFO',
  legacyEventType: 'core.user.admin_privilege.granted', displayMessage: 'Grant user privilege',
  actor: { id: '00u1', type: 'User', alternateId: 'mallory@example.com', displayName: 'Mallory' },
  client: {
    userAgent: { rawUserAgent: 'curl/8.5.0', os: 'Unknown', browser: 'UNKNOWN' }, zone: 'null', device: 'Unknown', ipAddress: '203.0.113.9',
    geographicalContext: { city: 'Amsterdam', state: 'North Holland', country: 'Netherlands', postalCode: '1012', geolocation: { lat: 52.37, lon: 4.89 } },
  },
  outcome: { result: 'SUCCESS', reason: null },
  target: [
    { id: '00u9', type: 'User', alternateId: 'backdoor@example.com', displayName: 'Backdoor' },
    { id: '00g1', type: 'UserGroup', alternateId: 'unknown', displayName: 'Super Admins' },
  ],
  transaction: { type: 'WEB', id: 'tx-1', detail: {} },
  debugContext: { debugData: { requestUri: '/api/v1/users/00u9/roles', behaviors: '{New Geo-Location=POSITIVE}', originalPrincipal: { id: '00u2', type: 'User', alternateId: 'helpdesk@example.com', displayName: 'Help Desk' } } },
  authenticationContext: { authenticationStep: 0, externalSessionId: 'sess-1', credentialType: 'PASSWORD' },
  securityContext: { asNumber: 64496, asOrg: 'Example AS', isp: 'Example ISP', domain: 'example.net', isProxy: true },
  request: { ipChain: [{ ip: '203.0.113.9' }, { ip: '10.0.0.1' }] },
};

const sessionStart = {
  uuid: 'syn-0002', published: '2024-02-01T07:59:00Z', eventType: 'user.session.start', severity: 'WARN', displayMessage: 'User login to Okta',
  actor: { id: '00u1', type: 'User', alternateId: 'mallory@example.com', displayName: 'Mallory' },
  client: { ipAddress: '198.51.100.20', userAgent: { rawUserAgent: 'python-requests/2.31' } },
  outcome: { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' },
  target: [], debugContext: { debugData: { requestUri: '/app/salesforce/abc123/sso/saml' } },
};

describe('Okta: native System Log events (synthetic)', () => {
  it('reads the /api/v1/logs array: actor, client, outcome, targets, Falco field names', async () => {
    const { rows, summary } = await parse(JSON.stringify([privilegeGrant, sessionStart], null, 2));
    expect(summary).toMatchObject({ events: 2, warningCount: 0 });
    expect(rows[0]).toMatchObject({
      ts: 1706774400123000000n, evt_type: 'user.account.privilege.grant', evt_category: 'admin', actor: 'mallory@example.com', actor_type: 'User',
      src_ip: '203.0.113.9', user_agent: 'curl/8.5.0', target: 'backdoor@example.com', outcome: 'success', failed: false, request_id: 'syn-0001',
    });
    expect(rows[0].attrs).toMatchObject({
      'okta.shape': ['native'], 'okta.target.user.alternateid': ['backdoor@example.com'], 'okta.target.group.name': ['Super Admins'],
      'okta.principal.alternateid': ['helpdesk@example.com'], 'okta.security.isproxy': ['true'], 'okta.security.asnumber': ['64496'],
      'okta.client.geo.lat': ['52.37'], 'okta.client.geo.lon': ['4.89'], 'okta.authentication.step': ['0'], 'okta.behaviors': ['{New Geo-Location=POSITIVE}'],
      'okta.request.ipchain': ['203.0.113.9', '10.0.0.1'], 'okta.transaction.type': ['WEB'], 'okta.client.zone': ['null'],
    });
    expect(rows[1]).toMatchObject({ evt_category: 'auth', outcome: 'failure', failed: true, target: null, args: 'message=User login to Okta result=FAILURE reason=INVALID_CREDENTIALS' });
    expect(rows[1].attrs).toMatchObject({ 'okta.app': ['salesforce'], 'okta.reason': ['INVALID_CREDENTIALS'] });
  });

  it('JSON lines give the same rows as the array', async () => {
    const lines = await parse(`${JSON.stringify(privilegeGrant)}\n${JSON.stringify(sessionStart)}\n`);
    const array = await parse(JSON.stringify([privilegeGrant, sessionStart]));
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ src_offset: _o, ...rest }) => rest);
    expect(strip(lines.rows)).toEqual(strip(array.rows));
  });
});

describe('Okta: bad input', () => {
  it('skips a broken and a foreign record, keeps non-UTF-8 text, reports a truncated end', async () => {
    const good = JSON.stringify(sessionStart);
    const bytes = utf8(`${good}\n{"eventType": "x", "published": \n{"action":"org.add_member"}\n${good.replace('Mallory', 'Mall\u00f6ry')}\n${good.slice(0, 30)}`);
    bytes[bytes.indexOf(0xc3)] = 0x80;
    const { rows, warnings } = await parse(bytes, 5);
    expect(rows.map((r) => (r.attrs as Record<string, string[]>)['okta.actor.name'][0])).toEqual(['Mallory', 'Mall\uFFFD\uFFFDry']);
    expect(warnings.map((w) => w.line)).toEqual([2, 3, 4, 5]);
    expect(warnings[1].message).toMatch(/is not an Okta System Log event \(it has no eventType/);
  });

  it('a truncated .gz keeps every event before the damage', async () => {
    const events = Array.from({ length: 200 }, (_, i) => JSON.stringify({ ...sessionStart, uuid: `u-${i}` })).join('\n');
    const gz = gzipSync(utf8(events));
    const { rows, end } = await parse(gz.subarray(0, Math.floor(gz.length * 0.6)), 4096);
    expect(end.type).toBe('error');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(200);
    expect(rows.map((r) => r.request_id)).toEqual(Array.from({ length: rows.length }, (_, i) => `u-${i}`));
  });
});
