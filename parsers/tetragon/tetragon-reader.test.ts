import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { TetragonReader } from './tetragon-reader.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/tetragon');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the real Tetragon samples: ${dataDir} is absent`);

const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'tetragon' }, (o, s) => new TetragonReader(o, s));
const read = (name: string) => new Uint8Array(readFileSync(path.join(dataDir, name)));

const process = {
  exec_id: 'bm9kZTE6MTIzNDU2Nzg5OjQyNDI=', pid: 4242, tid: 4243, uid: 1000, cwd: '/srv', binary: '/usr/bin/curl', arguments: '-s http://10.0.0.9/x',
  flags: 'execve clone', start_time: '2024-05-01T10:00:00.123456789Z', auid: 1000, user: { name: 'alice' },
  pod: { namespace: 'prod', name: 'web-0', workload: 'web', container: { id: 'containerd://aabbccddeeff00112233', name: 'app', image: { id: 'sha256:1', name: 'ghcr.io/acme/web:2' }, pid: 7 }, pod_labels: { app: 'web' } },
  parent_exec_id: 'cGFyZW50',
};
const parent = { exec_id: 'cGFyZW50', pid: 4200, binary: '/bin/sh', arguments: '-c curl -s http://10.0.0.9/x' };
const kprobe = (fn: string, args: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({
  process_kprobe: { process, parent, function_name: fn, args, action: 'KPROBE_ACTION_POST', policy_name: 'observe', ...extra },
  node_name: 'node-1', time: '2024-05-01T10:00:01.000000007Z',
});

describe.skipIf(!hasData)('real Tetragon samples', () => {
  it('every sample: one row per event, exact times, process and pod columns', async () => {
    const counts: Record<string, number> = {};
    for (const name of readdirSync(dataDir)) counts[name] = (await parse(read(name))).summary.events;
    expect(counts).toEqual({
      'tetragon_merlin_agent_7z_exit.json': 1, 'tetragon_merlin_agent_go_connect.json': 1, 'tetragon_merlin_agent_ssh_tunnel_connect.json': 1,
      'tetragon_privileged_pod_nsenter.json': 1, 'tetragon_testdata_events.jsonl': 3,
    });
  });

  it('JSON lines of process_exec (one without time takes its start_time, with one warning)', async () => {
    const bytes = read('tetragon_testdata_events.jsonl');
    const { rows, warnings } = await parse(bytes);
    expect(warnings).toEqual([{ offset: 0, line: 1, message: '1 process_exec event without a time took the process start_time (the first at line 1)' }]);
    expect(rows.map((r) => r.ts)).toEqual([1666062978273546829n, 1666062981373327754n, 1666062982225264791n]);
    expect(rows[1]).toMatchObject({
      evt_type: 'execve', evt_category: 'process', pid: 68862n, ppid: 68635n, uid: 0n, proc_name: 'starwars-docker', exe: '/starwars-docker',
      cmdline: 'starwars-docker --port 80 --host 0.0.0.0', cwd: '/', proc_start_ts: 1666062981373328662n,
      exe_id: 'Z2tlLW1pY2hpLTIyMDM4LWRlZmF1bHQtcG9vbC00MzczMGZhYi1sOHpyOjEzNjY4OTIyNDA1MTg4OjY4ODYy',
      container_id: '16ecce28d680', container_name: 'deathstar', container_image: 'docker.io/cilium/starwars:latest',
      k8s_ns: 'default', k8s_pod: 'deathstar-6f87496b94-qdlh8', k8s_container: 'deathstar', src_offset: 1576n, src_length: 1686,
    });
    expect(rows[1].attrs).toMatchObject({
      'tetragon.event': ['process_exec'], 'tetragon.flags': ['execve', 'rootcwd', 'clone'], 'tetragon.node_name': ['my-node'],
      'tetragon.parent_exec_id': ['Z2tlLW1pY2hpLTIyMDM4LWRlZmF1bHQtcG9vbC00MzczMGZhYi1sOHpyOjEzNjYwNTEzMTA3MzUxOjY4NjM1'],
      'tetragon.container.id': ['containerd://16ecce28d6808e01f6b91f990b07616c0fc8dff67036231f9911191c7ff3d1cd'],
      'tetragon.pod.labels.pod-template-hash': ['6f87496b94'], 'tetragon.parent.binary': ['/usr/bin/containerd-shim-runc-v2'],
      'tetragon.auid': ['4294967295'],
    });
    for (const size of [1, 7, 4096]) expect((await parse(bytes, size)).rows).toEqual(rows);
  });

  it('pretty-printed process_connect: the socket columns, client → server', async () => {
    const { rows } = await parse(read('tetragon_merlin_agent_go_connect.json'));
    expect(rows[0]).toMatchObject({
      evt_type: 'connect', evt_category: 'net', ts: 1642591710640000000n, fd_type: 'ipv4', fd_l4proto: 'tcp',
      fd_name: '10.88.0.3:43374->34.116.205.187:443', fd_cip: '10.88.0.3', fd_cport: 43374, fd_sip: '34.116.205.187', fd_sport: 443,
      proc_name: 'main', ppid: 25687n, container_id: 'a51959123c3b',
    });
  });

  it('process_exit and a privileged exec with capabilities', async () => {
    const exit = (await parse(read('tetragon_merlin_agent_7z_exit.json'))).rows[0];
    expect(exit).toMatchObject({ evt_type: 'procexit', evt_category: 'process', pid: 45780n, proc_name: '7z', cmdline: '7z a s3nsitiv3.7z ../ops_bank_accounts/' });
    const exec = (await parse(read('tetragon_privileged_pod_nsenter.json'))).rows[0];
    expect(exec).toMatchObject({ evt_type: 'execve', cmdline: 'nsenter -t 1 -m -u -n -i -p bash', k8s_pod: 'privileged-pod', container_image: 'nginx:latest' });
    expect((exec.attrs as Record<string, string[]>)['tetragon.cap.effective']).toContain('CAP_SYS_ADMIN');
  });
});

describe('TetragonReader', () => {
  it('kprobe tcp_connect: function name as evt_type, sock_arg to the socket columns, return value, policy', async () => {
    const line = kprobe('tcp_connect', [{ sock_arg: { family: 'AF_INET', type: 'SOCK_STREAM', protocol: 'IPPROTO_TCP', saddr: '10.0.0.5', sport: 40000, daddr: '1.2.3.4', dport: 443 } }], { return: { int_arg: -111 } });
    const { rows, warnings } = await parse(utf8(line));
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({
      ts: 1714557601000000007n, evt_type: 'tcp_connect', evt_category: 'net', pid: 4242n, tid: 4243n, ppid: 4200n, uid: 1000n, user_name: 'alice',
      fd_cip: '10.0.0.5', fd_cport: 40000, fd_sip: '1.2.3.4', fd_sport: 443, fd_l4proto: 'tcp', fd_name: '10.0.0.5:40000->1.2.3.4:443',
      res: -111n, failed: true, errno_name: 'ECONNREFUSED', container_id: 'aabbccddeeff', k8s_container: 'app', proc_start_ts: 1714557600123456789n,
    });
    expect(rows[0].args).toMatch(/^sock_arg=\{"family":"AF_INET"/);
    expect(JSON.parse(String(rows[0].args_json))).toEqual([{ sock_arg: expect.objectContaining({ dport: 443 }) }]);
    expect(rows[0].attrs).toMatchObject({
      'tetragon.function_name': ['tcp_connect'], 'tetragon.policy_name': ['observe'], 'tetragon.action': ['KPROBE_ACTION_POST'],
      'tetragon.args.sock_arg.daddr': ['1.2.3.4'], 'tetragon.args.sock_arg.dport': ['443'], 'tetragon.return.int_arg': ['-111'],
      'tetragon.pod.labels.app': ['web'], 'tetragon.pod.workload': ['web'], 'tetragon.container.pid': ['7'],
    });
  });

  it('accept hooks and well-known local ports put the local end on the server side', async () => {
    const sock = { protocol: 'IPPROTO_TCP', saddr: '10.0.0.5', sport: 22, daddr: '10.0.0.77', dport: 50123 };
    const { rows } = await parse(utf8([kprobe('inet_csk_accept', [{ sock_arg: { ...sock, sport: 8080 } }]), kprobe('tcp_close', [{ sock_arg: sock }])].join('\n')));
    expect(rows[0]).toMatchObject({ fd_sip: '10.0.0.5', fd_sport: 8080, fd_cip: '10.0.0.77', fd_cport: 50123, fd_name: '10.0.0.77:50123->10.0.0.5:8080' });
    expect(rows[1]).toMatchObject({ fd_sip: '10.0.0.5', fd_sport: 22, fd_cip: '10.0.0.77' });
  });

  it('kprobe security_file_permission, tracepoint, lsm and exit with a signal', async () => {
    const lines = [
      kprobe('security_file_permission', [{ file_arg: { path: '/etc/shadow', permission: 'r' } }, { int_arg: 4 }], { return: { int_arg: 0 } }),
      JSON.stringify({ process_tracepoint: { process, parent, subsys: 'syscalls', event: 'sys_enter_openat', args: [{ int_arg: -100 }, { string_arg: '/tmp/x' }] }, time: '2024-05-01T10:00:02Z' }),
      JSON.stringify({ process_lsm: { process, function_name: 'bprm_check_security', args: [{ linux_binprm_arg: { path: '/tmp/evil' } }] }, time: '2024-05-01T10:00:03Z' }),
      JSON.stringify({ process_exit: { process, parent, signal: 'SIGKILL', status: 0, time: '2024-05-01T10:00:04Z' }, node_name: 'n', time: '2024-05-01T10:00:04Z' }),
      JSON.stringify({ process_exit: { process, status: 3 }, time: '2024-05-01T10:00:05Z' }),
    ];
    const { rows } = await parse(utf8(lines.join('\n')));
    expect(rows.map((r) => [r.evt_type, r.evt_category, r.fd_name, r.res])).toEqual([
      ['security_file_permission', 'file', '/etc/shadow', 0n],
      ['syscalls/sys_enter_openat', 'file', null, null],
      ['bprm_check_security', 'file', '/tmp/evil', null],
      ['procexit', 'process', null, 137n],
      ['procexit', 'process', null, 3n],
    ]);
    expect(rows[0].attrs).toMatchObject({ 'tetragon.args.file_arg.path': ['/etc/shadow'], 'tetragon.args.int_arg': ['4'] });
    expect(rows[1].attrs).toMatchObject({ 'tetragon.subsys': ['syscalls'], 'tetragon.tracepoint': ['sys_enter_openat'], 'tetragon.args.string_arg': ['/tmp/x'] });
    expect(rows[3].attrs).toMatchObject({ 'tetragon.signal': ['SIGKILL'] });
    expect(rows[3].failed).toBe(true);
  });

  it('reads the gRPC ProtoJSON (camelCase) spelling, keeping label names as they are', async () => {
    const line = JSON.stringify({
      processExec: { process: { execId: 'eA==', pid: 55, binary: '/dev/shm/x', startTime: '2024-01-01T00:00:00Z', pod: { namespace: 'n', podLabels: { myLabel: 'v' } }, parentExecId: 'cA==' }, parent: { execId: 'cA==', pid: 1 } },
      nodeName: 'camel', time: '2024-01-01T00:00:01Z',
    });
    const { rows } = await parse(utf8(line));
    expect(rows[0]).toMatchObject({ evt_type: 'execve', exe_id: 'eA==', pid: 55n, ppid: 1n, proc_name: 'x', k8s_ns: 'n', ts: 1704067201000000000n });
    expect(rows[0].attrs).toMatchObject({ 'tetragon.node_name': ['camel'], 'tetragon.parent_exec_id': ['cA=='], 'tetragon.pod.labels.myLabel': ['v'], 'tetragon.event': ['process_exec'] });
  });

  it('keeps ancestors, unknown process_* types, and skips what is not Tetragon with line and byte', async () => {
    const text = [
      JSON.stringify({ process_exec: { process, parent, ancestors: [{ exec_id: 'YTE=', binary: '/sbin/init' }, { exec_id: 'YTI=', binary: '/usr/bin/containerd' }] }, time: '2024-05-01T10:00:00Z' }),
      'time="2024-05-01T10:00:00Z" level=info msg="Listening for events..."',
      JSON.stringify({ rate_limit_info: { number_of_dropped_process_events: 12 }, time: '2024-05-01T10:00:00Z' }),
      JSON.stringify({ process_throttle: { type: 'THROTTLE_START', cgroup: '/x' }, time: '2024-05-01T10:00:06Z' }),
      '{"process_exec": {"process": ', JSON.stringify({ process_exec: { process }, time: 'soon' }),
    ].join('\n');
    const { rows, warnings } = await parse(utf8(text));
    expect(rows.map((r) => r.evt_type)).toEqual(['execve', 'throttle', 'execve']);
    expect(rows[0].attrs).toMatchObject({ 'tetragon.ancestors.exec_id': ['YTE=', 'YTI='], 'tetragon.ancestors.binary': ['/sbin/init', '/usr/bin/containerd'] });
    expect(rows[2].ts).toBe(1714557600123456789n); // an exec without a usable time: its start_time
    const lines = text.split('\n');
    const byteOf = (line: number) => utf8(lines.slice(0, line - 1).join('\n')).length + 1;
    expect(warnings.map((w) => [w.line, w.offset, w.message.slice(0, 40)])).toEqual([
      [3, byteOf(3), `the JSON record at line 3 (byte ${byteOf(3)}) was`.slice(0, 40)],
      [5, byteOf(5), `the JSON record at line 5 (byte ${byteOf(5)}) is`.slice(0, 40)],
      [2, byteOf(2), '1 line was not JSON (log or banner lines'],
      [6, byteOf(6), '1 process_exec event without a time took'],
    ]);
    expect(warnings[0].message).toMatch(/not a Tetragon event/);
  });
});
