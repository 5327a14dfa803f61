import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { K8sAuditReader } from './k8saudit-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/k8saudit');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party Kubernetes audit samples: ${dataDir} is absent`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dataDir, name)));
const parse = (bytes: Uint8Array, chunkSize = 0) => collect(bytes, chunkSize, { kind: 'k8saudit' }, (o, s) => new K8sAuditReader(o, s));
const attrs = (row: Record<string, unknown>) => row.attrs as Record<string, string[]>;

describe.skipIf(!hasData)('third-party Kubernetes audit samples (../shared/data/k8saudit)', () => {
  it('every sample parses without warnings, identically in 1-, 7-, 4096-byte and whole chunks', async () => {
    const counts: Record<string, number> = {};
    for (const name of readdirSync(dataDir).sort()) {
      const bytes = read(name);
      const whole = await parse(bytes);
      expect(whole.summary).toMatchObject({ kind: 'k8saudit', bytes: bytes.length, warningCount: 0 });
      expect(whole.summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      counts[name] = whole.summary.events;
      for (const size of [1, 7, 4096]) expect((await parse(bytes, size)).rows).toEqual(whole.rows);
      // raw is the exact record text at src_offset/src_length
      const text = new TextDecoder().decode(bytes);
      for (const row of whole.rows) expect(text.slice(Number(row.src_offset), Number(row.src_offset) + (row.src_length as number))).toBe(row.raw);
    }
    expect(counts).toEqual({
      'audit2rbac_demo_impersonation.jsonl': 37,
      'falco_k8s_audit_anonymous_creates_namespace_foo.json': 1,
      'falco_k8s_audit_attach_pod.json': 1,
      'falco_k8s_audit_create_configmap_sensitive_values.json': 6,
      'falco_k8s_audit_create_kube_system_secret.json': 1,
      'falco_k8s_audit_create_nginx_pod_privileged.json': 1,
      'falco_k8s_audit_exec_pod.json': 1,
    });
  });

  it('exec: a k8s-session row with the command, container, pod and ns timestamps', async () => {
    const { rows } = await parse(read('falco_k8s_audit_exec_pod.json'));
    expect(rows[0]).toMatchObject({
      evt_num: 1n, source_kind: 'k8saudit', evt_type: 'create', evt_category: 'k8s-session',
      ts: 1540561114902914000n, latency_ns: 35_798_000n, // 13:38:34.902914 − 13:38:34.867116
      cmdline: 'bash', k8s_ns: 'default', k8s_pod: 'nginx-deployment-7998647bdf-phvq7', k8s_container: 'nginx1',
      actor: 'minikube-user', actor_type: 'k8s-user', src_ip: '192.168.99.1', res: 101n, failed: false, outcome: '101',
      target: 'pods/exec default/nginx-deployment-7998647bdf-phvq7', request_id: 'ca1ed9f4-7bf4-4c85-81a8-1b11253d1ba6',
      args: 'create /api/v1/namespaces/default/pods/nginx-deployment-7998647bdf-phvq7/exec?command=bash&container=nginx1&container=nginx1&stdin=true&stdout=true&tty=true',
      args_json: null,
    });
    expect(attrs(rows[0])).toMatchObject({
      'ka.session': ['exec'], 'ka.stage': ['ResponseStarted'], 'ka.verb': ['create'], 'ka.target.subresource': ['exec'],
      'ka.uri.param[command]': ['bash'], 'ka.uri.param[container]': ['nginx1', 'nginx1'], 'ka.uri.param[tty]': ['true'],
      'ka.user.groups': ['system:masters', 'system:authenticated'], 'ka.auth.decision': ['allow'],
    });
  });

  it('attach: marked as an attach session on its container, no command', async () => {
    const { rows } = await parse(read('falco_k8s_audit_attach_pod.json'));
    expect(rows[0]).toMatchObject({
      evt_category: 'k8s-session', k8s_container: 'nginx1', cmdline: null, k8s_pod: 'nginx-deployment-7998647bdf-phvq7',
      ts: 1540561366808261000n, target: 'pods/attach default/nginx-deployment-7998647bdf-phvq7',
    });
    expect(attrs(rows[0])['ka.session']).toEqual(['attach']);
  });

  it('privileged pod create: pod fields from requestObject, the pod name from the response, a service-account actor', async () => {
    const { rows } = await parse(read('falco_k8s_audit_create_nginx_pod_privileged.json'));
    const row = rows[0];
    expect(row).toMatchObject({
      evt_type: 'create', evt_category: 'k8s-api', actor: 'system:serviceaccount:kube-system:replicaset-controller',
      actor_type: 'k8s-serviceaccount', src_ip: '::1', k8s_pod: 'nginx-deployment-5cdcc99dbf-rgw6z', k8s_ns: 'default',
      target: 'pods default/nginx-deployment-5cdcc99dbf-rgw6z', res: 201n, failed: false, ts: 1540476552581541000n,
    });
    expect(JSON.parse(row.args_json as string)).toMatchObject({ kind: 'Pod', spec: { containers: [{ name: 'nginx', securityContext: { privileged: true } }] } });
    expect(attrs(row)).toMatchObject({
      'ka.req.pod.containers.privileged': ['true'], 'ka.req.container.privileged': ['true'],
      'ka.req.pod.containers.image': ['nginx'], 'ka.req.pod.containers.name': ['nginx'],
      'ka.target.pod.name': ['nginx-deployment-5cdcc99dbf-rgw6z'], 'ka.resp.name': ['nginx-deployment-5cdcc99dbf-rgw6z'],
      'ka.user.groups': ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'],
      'ka.level': ['RequestResponse'],
    });
    expect(attrs(row)['ka.req.pod.host_network']).toBeUndefined();
    expect(attrs(row)['ka.req.pod.volumes.hostpath']).toBeUndefined();
  });

  it('configmaps: the data object as ka.req.configmap.obj (what the sensitive-values rule matches)', async () => {
    const { rows } = await parse(read('falco_k8s_audit_create_configmap_sensitive_values.json'));
    expect(rows.map((r) => r.request_id)).toEqual(['9a2bb12c-b9f7-4d34-809c-671e8c7e1e06', '7139c58a-6787-4cb2-8fd4-c68c308fc16d',
      'd222e22f-0947-4af0-853e-c66f6bd0de33', '7e93bc59-e3da-4d53-95bc-e3faaf54ffdb', '6beb5311-472e-48ce-80a6-4c6388fc17da', 'efafb264-39ca-444f-b70e-0180f47f5628']);
    expect(JSON.parse(attrs(rows[4])['ka.req.configmap.obj'][0])['access.properties']).toBe('password = MY-ID\naws_secret_access_key = MY-KEY\n');
    expect(attrs(rows[0])['ka.req.configmap.name']).toEqual(['my-config']);
    expect(rows[0]).toMatchObject({ target: 'configmaps default/my-config', ts: 1540547480717013000n, src_offset: 0n });
    expect(rows[1].src_offset).toBe(BigInt((rows[0].src_length as number) + 1));
  });

  it('v1 secret create (no timestamp member) and v1beta1 anonymous namespace create', async () => {
    const secret = (await parse(read('falco_k8s_audit_create_kube_system_secret.json'))).rows[0];
    expect(secret).toMatchObject({
      ts: 1585076029025530000n, user_agent: 'kubeadm/v1.16.2 (linux/amd64) kubernetes/c97fe50', actor: 'admin',
      target: 'secrets kube-system/bootstrap-token-ne7bxu', k8s_ns: 'kube-system', k8s_pod: null,
    });
    expect(attrs(secret)['ka.useragent']).toEqual(['kubeadm/v1.16.2 (linux/amd64) kubernetes/c97fe50']);
    const namespace = (await parse(read('falco_k8s_audit_anonymous_creates_namespace_foo.json'))).rows[0];
    expect(namespace).toMatchObject({ actor: 'system:anonymous', actor_type: 'k8s-user', target: 'namespaces foo', k8s_ns: null, ts: 1540475929736141000n });
  });

  it('audit2rbac (2017 v1, only `timestamp`): impersonation, forbidden requests, non-resource URLs', async () => {
    const { rows } = await parse(read('audit2rbac_demo_impersonation.jsonl'));
    expect(rows).toHaveLength(37);
    expect(rows.filter((r) => r.failed === true)).toHaveLength(11); // 403s; 26 are 200s
    expect(rows.filter((r) => attrs(r)['ka.impuser.name']?.[0] === 'bob')).toHaveLength(29);
    expect(rows[0]).toMatchObject({ ts: 1505159705000000000n, latency_ns: null, actor: 'system:admin', res: 403n, outcome: '403', failed: true, target: 'pods default' });
    expect(attrs(rows[0])).toMatchObject({ 'ka.impuser.name': ['bob'], 'ka.impuser.groups': ['system:authenticated'], 'ka.response.reason': ['Forbidden'] });
    expect(attrs(rows[1])['ka.uri.param[includeUninitialized]']).toEqual(['true']);
    expect(rows[9]).toMatchObject({ evt_type: 'get', target: '/api', k8s_ns: null });
    const sa = rows.find((r) => attrs(r)['ka.impuser.name']?.[0] === 'system:serviceaccount:ns1:sa1');
    expect(attrs(sa ?? {})['ka.impuser.groups']).toEqual(['system:serviceaccounts', 'system:serviceaccounts:ns1', 'system:authenticated']);
  });
});
