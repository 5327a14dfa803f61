import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { K8sAuditReader } from '../../../parsers/k8saudit/k8saudit-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { K8SAUDIT_FIELDS, k8sUriParamField } from './k8saudit.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/k8saudit');

async function attrKeys(bytes: Uint8Array): Promise<Set<string>> {
  const { rows } = await collect(bytes, 0, { kind: 'k8saudit' }, (o, s) => new K8sAuditReader(o, s));
  return new Set(rows.flatMap((r) => Object.keys((r.attrs ?? {}) as object)));
}

describe('K8SAUDIT_FIELDS', () => {
  it('names are unique, in the ka. namespace, and compile to attrs lookups', () => {
    const names = K8SAUDIT_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of K8SAUDIT_FIELDS) {
      expect(field.name).toMatch(/^ka\.[a-zA-Z_.]+$/);
      expect(field.sql).toContain(`attrs['${field.name}']`);
      expect(field.description.length).toBeGreaterThan(10);
    }
    expect(K8SAUDIT_FIELDS.find((f) => f.name === 'ka.user.groups')).toMatchObject({ multi: true, sql: "attrs['ka.user.groups']" });
    expect(K8SAUDIT_FIELDS.find((f) => f.name === 'ka.verb')).toMatchObject({ sql: "attrs['ka.verb'][1]" });
    expect(names.filter((n) => n.startsWith('ka.req.pod.ephemeralContainers.'))).toHaveLength(14);
    expect(names.filter((n) => n.startsWith('ka.req.pod.initContainers.'))).toHaveLength(15);
  });

  it('k8sUriParamField quotes the parameter name', () => {
    expect(k8sUriParamField('command')).toMatchObject({ name: 'ka.uri.param[command]', sql: "attrs['ka.uri.param[command]']", multi: true });
    expect(k8sUriParamField("x'y").sql).toBe("attrs['ka.uri.param[x''y]']");
  });

  it('lists every attrs key the reader writes (real samples and a kitchen-sink event)', async () => {
    const keys = new Set<string>();
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) for (const k of await attrKeys(new Uint8Array(readFileSync(path.join(dataDir, name))))) keys.add(k);
    const container = { name: 'c', image: 'i:1', command: ['a'], args: ['b'], ports: [{ hostPort: 1 }],
      securityContext: { privileged: true, allowPrivilegeEscalation: true, readOnlyRootFilesystem: true, runAsUser: 1, runAsGroup: 1, procMount: 'Default', capabilities: { add: ['X'] } } };
    const spec = { hostNetwork: true, hostPID: true, hostIPC: true, securityContext: { runAsUser: 1, runAsGroup: 1, fsGroup: 1, supplementalGroups: [1] },
      volumes: [{ name: 'v', hostPath: { path: '/' } }, { name: 'f', flexVolume: { driver: 'd' } }], containers: [container], initContainers: [container], ephemeralContainers: [container] };
    const base = { kind: 'Event', apiVersion: 'audit.k8s.io/v1', auditID: 'x', stage: 'ResponseComplete', level: 'RequestResponse', verb: 'create', requestURI: '/x?a=1',
      user: { username: 'u', groups: ['g'] }, impersonatedUser: { username: 'i', groups: ['g'] }, sourceIPs: ['1.2.3.4'], userAgent: 'ua',
      responseStatus: { code: 403, reason: 'Forbidden' }, responseObject: { metadata: { name: 'n' } }, stageTimestamp: '2024-01-01T00:00:00Z',
      annotations: { 'authorization.k8s.io/decision': 'forbid', 'authorization.k8s.io/reason': 'r', 'authentication.openshift.io/decision': 'd', 'authentication.openshift.io/username': 'o',
        'validation.policy.admission.k8s.io/validation_failure': '[]', 'pod-security.kubernetes.io/audit-violations': 'v', cluster_name: 'c' } };
    const events = [
      { ...base, objectRef: { resource: 'pods', subresource: 'exec', namespace: 'n', name: 'p', apiGroup: '', apiVersion: 'v1' } },
      { ...base, objectRef: { resource: 'pods', namespace: 'n' }, requestObject: { spec } },
      { ...base, objectRef: { resource: 'roles', name: 'r' }, requestObject: { rules: [{ apiGroups: [''], resources: ['x'], verbs: ['get'], nonResourceURLs: ['/'] }] } },
      { ...base, objectRef: { resource: 'rolebindings', name: 'b' }, requestObject: { roleRef: { name: 'r' }, subjects: [{ kind: 'User', name: 'u' }, { kind: 'Group', name: 'g' }, { kind: 'ServiceAccount', name: 's', namespace: 'n' }] } },
      { ...base, objectRef: { resource: 'configmaps', name: 'c' }, requestObject: { data: {} } },
      { ...base, objectRef: { resource: 'services', name: 's' }, requestObject: { spec: { type: 'NodePort', ports: [{ port: 1 }] } } },
    ];
    for (const k of await attrKeys(utf8(events.map((e) => JSON.stringify(e)).join('\n')))) keys.add(k);
    const known = new Set(K8SAUDIT_FIELDS.map((f) => f.name));
    const unknown = [...keys].filter((k) => !known.has(k) && !k.startsWith('ka.uri.param['));
    expect(unknown).toEqual([]);
    const unused = [...known].filter((k) => !keys.has(k));
    expect(unused).toEqual([]);
  });
});
