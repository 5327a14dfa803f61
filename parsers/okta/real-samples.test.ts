import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { createOktaReader } from './okta-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/okta');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party Okta samples: ${dataDir} is absent`);

const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'okta' }, createOktaReader);

describe.skipIf(!hasData)('third-party Okta sample (../shared/data/okta, Sentinel Okta_CL flattened array)', () => {
  const bytes = hasData ? new Uint8Array(readFileSync(path.join(dataDir, 'sentinelplayground_Okta_CL_flattened.json'))) : new Uint8Array();

  it('reads all 593 events with their time, type, actor and outcome', async () => {
    const { rows, summary } = await parse(bytes);
    expect(summary).toMatchObject({ kind: 'okta', events: 593, bytes: 2093070, warningCount: 0 });
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const count = (predicate: (r: Record<string, unknown>) => boolean) => rows.filter(predicate).length;
    expect(count((r) => r.evt_type === 'system.import.start')).toBe(182);
    expect(count((r) => r.outcome === 'success')).toBe(363);
    expect(count((r) => r.outcome === 'failure' && r.failed === true)).toBe(39);
    expect(count((r) => r.outcome === 'CHALLENGE' && r.failed === false)).toBe(12);
    expect(count((r) => r.outcome === null && r.failed === null)).toBe(179);
    expect(count((r) => r.src_ip !== null)).toBe(165);
    expect(count((r) => r.evt_category === 'auth')).toBeGreaterThan(100);
    expect(rows[0]).toMatchObject({
      evt_num: 1n, src_offset: 5n, ts: 1590531319883000000n, evt_type: 'policy.evaluate_sign_on', evt_category: 'auth',
      actor: 'user100@abccompany.com', actor_type: 'User', request_id: '62c3328c-9f9e-11ea-86e9-e5b0d2d0f179', target: 'default',
    });
    expect(rows[1]).toMatchObject({
      ts: 1590531324061000000n, evt_type: 'user.authentication.auth_via_mfa', src_ip: '65.65.65.65', outcome: 'failure', failed: true,
      user_agent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:76.0) Gecko/20100101 Firefox/76.0', target: 'user100@accenture.com',
    });
    expect(rows[1].attrs).toMatchObject({
      'okta.evt.type': ['user.authentication.auth_via_mfa'], 'okta.evt.legacytype': ['core.user.factor.attempt_fail'],
      'okta.actor.alternateid': ['user100@abccompany.com'], 'okta.actor.Type': ['User'], 'okta.client.ip': ['65.65.65.65'],
      'okta.client.geo.city': ['Los Angeles'], 'okta.client.geo.lon': ['-118.275'], 'okta.result': ['FAILURE'],
      'okta.useragent.browser': ['FIREFOX'], 'okta.target.user.alternateid': ['user100@accenture.com'], 'okta.security.asnumber': ['10993'],
      'okta.requesturi': ['/api/v1/authn/factors/password/verify'], 'okta.request.ipchain': ['65.65.65.65'],
      'okta.debugdata.factor': ['PASSWORD_AS_FACTOR'], 'okta.shape': ['log-analytics'],
    });
    expect(rows[278]).toMatchObject({ evt_num: 279n, evt_type: 'group.application_assignment.remove', evt_category: 'admin', request_id: '98a2d42c-54d0-11ea-ae9d-ab1307f05e53' });
    expect(rows[278].attrs).toMatchObject({ 'okta.target.group.name': ['Everyone'], 'okta.target.app.alternateid': ['Comcast-Contour-Web'], 'okta.targets.displayName': ['Everyone', 'OpenID Connect Client'] });
    expect(rows[592]).toMatchObject({ src_offset: 2089776n, ts: 1590159821279000000n, evt_type: 'system.import.download.start', actor: 'system@okta.com', src_ip: null });
    expect(rows[592].raw as string).toMatch(/^\{\s+"TenantId"[\s\S]*"Type": "Okta_CL",[\s\S]*\}$/);
  });

  it('gives the same rows in any chunking', async () => {
    const whole = await parse(bytes);
    for (const chunk of [997, 65536]) expect((await parse(bytes, chunk)).rows).toEqual(whole.rows);
  });
});
