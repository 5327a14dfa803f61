/**
 * There is no Tracee sample in ../shared/data: these records are synthetic, written after the
 * examples in Tracee's public documentation (aquasecurity/tracee docs: "output formats",
 * "filtering" and "event structure"; types/trace/trace.go for the field names), with ids,
 * names and addresses of our own.
 */
import { describe, expect, it } from 'vitest';
import { collect, utf8 } from '../test-support.js';
import { TraceeReader } from './tracee-reader.js';

const parse = (bytes: Uint8Array, chunk = 0) => collect(bytes, chunk, { kind: 'tracee' }, (o, s) => new TraceeReader(o, s));

// trace.Event as `tracee --output json` prints it (v0.11+), security_file_open
const FILE_OPEN = '{"timestamp":1680182976364916505,"threadStartTime":1680179107675006774,"processorId":0,"processId":676,"cgroupId":5247,"threadId":676,"parentProcessId":1,"hostProcessId":676,"hostThreadId":676,"hostParentProcessId":1,"userId":131,"mountNamespace":4026532574,"pidNamespace":4026531836,"processName":"systemd-oomd","hostName":"ir-lab-1","container":{},"kubernetes":{},"eventId":"730","eventName":"security_file_open","matchedPolicies":[""],"argsNum":6,"returnValue":0,"syscall":"openat","stackAddresses":null,"contextFlags":{"containerStarted":false,"isCompat":false},"args":[{"name":"pathname","type":"const char*","value":"/proc/meminfo"},{"name":"flags","type":"string","value":"O_RDONLY|O_LARGEFILE"},{"name":"dev","type":"dev_t","value":45},{"name":"inode","type":"unsigned long","value":4026532041},{"name":"ctime","type":"unsigned long","value":1680179108391999988},{"name":"syscall_pathname","type":"const char*","value":"/proc/meminfo"}]}';
// sched_process_exec inside a Kubernetes pod
const EXEC = '{"timestamp":1700000000123456789,"threadStartTime":1700000000120000000,"processorId":3,"processId":7,"cgroupId":9001,"threadId":7,"parentProcessId":1,"hostProcessId":31337,"hostThreadId":31337,"hostParentProcessId":31300,"userId":0,"mountNamespace":4026532900,"pidNamespace":4026532901,"processName":"curl","executable":{"path":"/usr/bin/curl"},"hostName":"web-0","container":{"id":"6f2c3e9d1a0b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5","name":"app","image":"docker.io/library/alpine:3.19","imageDigest":"sha256:abc"},"kubernetes":{"podName":"web-0","podNamespace":"prod","podUID":"1c2d-3e4f"},"eventId":"715","eventName":"sched_process_exec","matchedPolicies":["exec-policy"],"argsNum":3,"returnValue":0,"syscall":"execve","processEntityId":2718281828,"parentEntityId":3141592653,"args":[{"name":"cmdpath","type":"const char*","value":"/usr/bin/curl"},{"name":"pathname","type":"const char*","value":"/usr/bin/curl"},{"name":"argv","type":"const char**","value":["curl","-s","http://169.254.169.254/latest/meta-data/iam/security-credentials/"]}]}';
// security_socket_connect and a failing openat syscall, same process
const CONNECT = '{"timestamp":1700000001000000001,"threadStartTime":1700000000120000000,"processId":7,"threadId":8,"parentProcessId":1,"hostProcessId":31337,"hostThreadId":31338,"hostParentProcessId":31300,"userId":0,"processName":"curl","hostName":"web-0","container":{"id":"6f2c3e9d1a0b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5"},"kubernetes":{"podName":"web-0","podNamespace":"prod"},"eventId":"736","eventName":"security_socket_connect","argsNum":3,"returnValue":0,"syscall":"connect","args":[{"name":"sockfd","type":"int","value":3},{"name":"type","type":"int","value":"SOCK_STREAM"},{"name":"remote_addr","type":"struct sockaddr*","value":{"sa_family":"AF_INET","sin_addr":"169.254.169.254","sin_port":"80"}}]}';
const OPENAT_FAIL = '{"timestamp":1700000002000000000,"processId":7,"threadId":7,"parentProcessId":1,"hostProcessId":31337,"hostThreadId":31337,"hostParentProcessId":31300,"userId":0,"processName":"curl","eventId":"257","eventName":"openat","argsNum":4,"returnValue":-2,"syscall":"openat","args":[{"name":"dirfd","type":"int","value":-100},{"name":"pathname","type":"const char*","value":"/root/.aws/credentials"},{"name":"flags","type":"int","value":0},{"name":"mode","type":"mode_t","value":0}]}';
// a signature finding (TRC-102, anti-debugging) as tracee prints it with signatures loaded
const SIGNATURE = '{"timestamp":1700000003000000000,"threadStartTime":1700000002900000000,"processorId":1,"processId":12,"cgroupId":9002,"threadId":12,"parentProcessId":7,"hostProcessId":31400,"hostThreadId":31400,"hostParentProcessId":31337,"userId":0,"mountNamespace":4026532900,"pidNamespace":4026532901,"processName":"strace","hostName":"web-0","container":{"id":"6f2c3e9d1a0b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5","name":"app","image":"docker.io/library/alpine:3.19"},"kubernetes":{"podName":"web-0","podNamespace":"prod"},"eventId":"6018","eventName":"anti_debugging","matchedPolicies":["default"],"argsNum":1,"returnValue":0,"syscall":"ptrace","stackAddresses":null,"contextFlags":{"containerStarted":true,"isCompat":false},"args":[{"name":"triggeredBy","type":"unknown","value":{"args":[{"name":"request","type":"long","value":0},{"name":"pid","type":"pid_t","value":0}],"id":101,"name":"ptrace","returnValue":0}}],"metadata":{"Version":"1","Description":"A process used anti-debugging techniques to block a debugger.","Tags":null,"Properties":{"Category":"defense-evasion","Kubernetes_Technique":"","Severity":1,"Technique":"Debugger Evasion","external_id":"T1622","id":"attack-pattern--e4dc8c01-417f-458d-9ee0-bb0617c1b391","signatureID":"TRC-102","signatureName":"Anti-Debugging detected"}}}';
// before v0.10 container and pod were flat members (output option:parse-arguments)
const FLAT = '{"timestamp":1657292314817581101,"threadStartTime":617395606682013,"processorId":9,"processId":2045288,"cgroupId":1,"threadId":2045288,"parentProcessId":3795408,"hostProcessId":2045288,"hostThreadId":2045288,"hostParentProcessId":3795408,"userId":1000,"mountNamespace":4026531840,"pidNamespace":4026531836,"processName":"bash","hostName":"laptop","containerId":"","containerImage":"","containerName":"","podName":"","podNamespace":"","podUID":"","eventId":"722","eventName":"security_file_open","argsNum":6,"returnValue":0,"stackAddresses":null,"syscall":"execve","args":[{"name":"pathname","type":"const char*","value":"/usr/bin/exa"}]}';
// v1beta1.Event (docs/docs/outputs/event-structure.md)
const V1BETA1 = '{"timestamp":{"seconds":"1732454400","nanos":123456789},"id":"sched_process_exec","name":"sched_process_exec","policies":{"matched":["default-policy"]},"workload":{"process":{"thread":{"name":"ls","start_time":{"seconds":"1732454350"},"unique_id":1234567890,"host_tid":12345,"tid":12345,"syscall":"execve"},"pid":{"value":12345},"host_pid":{"value":12345},"real_user":{"id":{"value":1000}},"executable":{"path":"/usr/bin/ls"},"ancestors":[{"unique_id":9876543210,"host_pid":{"value":1234},"pid":{"value":1234}}]},"container":{"id":"c0ffee00c0ffee00","name":"toolbox","image":{"name":"busybox:1"}}},"data":[{"name":"pathname","str":"/usr/bin/ls"},{"name":"argv","str_array":{"value":["ls","-la","/tmp"]}}]}';

describe('TraceeReader (synthetic records after Tracee\'s documentation)', () => {
  it('trace.Event: exact ns times, host pids, namespace pid as vpid, file path, args with exact numbers', async () => {
    const { rows, warnings } = await parse(utf8(`${FILE_OPEN}\n`));
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({
      ts: 1680182976364916505n, evt_type: 'security_file_open', evt_category: 'file', pid: 676n, tid: 676n, ppid: 1n, vpid: 676n, uid: 131n,
      proc_name: 'systemd-oomd', fd_type: 'file', fd_name: '/proc/meminfo', res: 0n, failed: false, proc_start_ts: 1680179107675006774n,
      args: 'pathname=/proc/meminfo flags=O_RDONLY|O_LARGEFILE dev=45 inode=4026532041 ctime=1680179108391999988 syscall_pathname=/proc/meminfo',
    });
    expect(rows[0].args_json).toBe('{"pathname":"/proc/meminfo","flags":"O_RDONLY|O_LARGEFILE","dev":45,"inode":4026532041,"ctime":1680179108391999988,"syscall_pathname":"/proc/meminfo"}');
    expect(rows[0].attrs).toMatchObject({
      'tracee.eventName': ['security_file_open'], 'tracee.eventId': ['730'], 'tracee.syscall': ['openat'], 'tracee.hostName': ['ir-lab-1'],
      'tracee.args.ctime': ['1680179108391999988'], 'tracee.args.pathname': ['/proc/meminfo'], 'tracee.mountNamespace': ['4026532574'], 'tracee.cgroupId': ['5247'],
    });
    expect(rows[0].attrs).not.toHaveProperty('tracee.matchedPolicies');
  });

  it('exec in a pod, a connect to the metadata endpoint and a failed open', async () => {
    const { rows } = await parse(utf8([EXEC, CONNECT, OPENAT_FAIL].join('\n')));
    expect(rows[0]).toMatchObject({
      evt_type: 'sched_process_exec', evt_category: 'process', pid: 31337n, vpid: 7n, ppid: 31300n, exe: '/usr/bin/curl', proc_name: 'curl',
      cmdline: 'curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/', container_id: '6f2c3e9d1a0b', container_name: 'app',
      container_image: 'docker.io/library/alpine:3.19', k8s_pod: 'web-0', k8s_ns: 'prod', exe_id: '2718281828', proc_start_ts: 1700000000120000000n, fd_name: null,
    });
    expect(rows[0].attrs).toMatchObject({
      'tracee.containerId': ['6f2c3e9d1a0b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5'], 'tracee.podUID': ['1c2d-3e4f'], 'tracee.imageDigest': ['sha256:abc'],
      'tracee.matchedPolicies': ['exec-policy'], 'tracee.args.argv': ['curl', '-s', 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'], 'tracee.parentEntityId': ['3141592653'],
    });
    expect(rows[1]).toMatchObject({
      evt_type: 'security_socket_connect', evt_category: 'net', tid: 31338n, fd: 3n, fd_type: 'ipv4', fd_l4proto: 'tcp', fd_sip: '169.254.169.254', fd_sport: 80,
      fd_cip: null, fd_name: '169.254.169.254:80', proc_start_ts: null,
    });
    expect(rows[1].attrs).toMatchObject({ 'tracee.args.remote_addr.sin_addr': ['169.254.169.254'], 'tracee.args.remote_addr.sin_port': ['80'] });
    expect(rows[2]).toMatchObject({ evt_type: 'openat', evt_category: 'file', res: -2n, failed: true, errno_name: 'ENOENT', fd_name: '/root/.aws/credentials', fd: null });
  });

  it('signature findings are alerts with tracee.signature.* attrs', async () => {
    const { rows } = await parse(utf8(SIGNATURE));
    expect(rows[0]).toMatchObject({ evt_type: 'anti_debugging', evt_category: 'alert', pid: 31400n, ppid: 31337n, proc_name: 'strace', container_id: '6f2c3e9d1a0b' });
    expect(rows[0].attrs).toMatchObject({
      'tracee.signature.id': ['TRC-102'], 'tracee.signature.name': ['Anti-Debugging detected'], 'tracee.signature.severity': ['1'],
      'tracee.signature.category': ['defense-evasion'], 'tracee.signature.technique': ['Debugger Evasion'], 'tracee.signature.external_id': ['T1622'],
      'tracee.args.triggeredBy.name': ['ptrace'], 'tracee.args.triggeredBy.args.name': ['request', 'pid'],
    });
  });

  it('the older flat container members and a boot-relative thread start', async () => {
    const { rows, warnings } = await parse(utf8(FLAT));
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({ ts: 1657292314817581101n, container_id: null, k8s_pod: null, fd_name: '/usr/bin/exa', proc_start_ts: null });
  });

  it('v1beta1.Event: {seconds, nanos} time, workload process, typed data values, threat', async () => {
    const threat = V1BETA1.replace('"data":', '"threat":{"name":"File Modification Test","description":"d","properties":{"id":"TRC-5","signatureID":"FILE_MODIFICATION"},"severity":2},"data":');
    const { rows, warnings } = await parse(utf8([V1BETA1, threat].join('\n')));
    expect(warnings).toEqual([]);
    expect(rows[0]).toMatchObject({
      ts: 1732454400123456789n, evt_type: 'sched_process_exec', evt_category: 'process', pid: 12345n, tid: 12345n, ppid: 1234n, uid: 1000n,
      proc_name: 'ls', exe: '/usr/bin/ls', cmdline: 'ls -la /tmp', container_id: 'c0ffee00c0ff', container_image: 'busybox:1', exe_id: '1234567890',
    });
    expect(rows[0].attrs).toMatchObject({ 'tracee.matchedPolicies': ['default-policy'], 'tracee.args.argv': ['ls', '-la', '/tmp'], 'tracee.syscall': ['execve'] });
    expect(rows[1].evt_category).toBe('alert');
    expect(rows[1].attrs).toMatchObject({ 'tracee.signature.id': ['FILE_MODIFICATION'], 'tracee.signature.name': ['File Modification Test'], 'tracee.signature.severity': ['2'] });
  });

  it('same rows for every chunk size', async () => {
    const bytes = utf8([FILE_OPEN, EXEC, CONNECT, OPENAT_FAIL, SIGNATURE, FLAT, V1BETA1].join('\n'));
    const whole = (await parse(bytes)).rows;
    expect(whole).toHaveLength(7);
    for (const size of [1, 7, 4096]) expect((await parse(bytes, size)).rows).toEqual(whole);
  });

  it('bad input: log lines counted once, broken and foreign records skipped with line and byte, good events kept', async () => {
    const lines = [
      '{"level":"info","ts":1700000000.1,"msg":"Tracee is ready"}', 'INFO: probes loaded', FILE_OPEN, FILE_OPEN.slice(0, 120), 'WARN: lost 12 events',
      EXEC, '{"timestamp":123,"eventName":"x","processId":1,"threadId":1,"args":[]}', '{"eventName":"y","processId":1,"threadId":1,"args":[]}',
    ];
    const text = lines.join('\n');
    const { rows, warnings } = await parse(utf8(text));
    expect(rows.map((r) => r.evt_type)).toEqual(['security_file_open', 'sched_process_exec', 'x', 'y']);
    expect(rows[2].ts).toBe(123n);
    expect(rows[3].ts).toBe(null);
    const byteOf = (line: number) => utf8(lines.slice(0, line - 1).join('\n')).length + (line > 1 ? 1 : 0);
    expect(warnings).toEqual([
      { offset: 0, line: 1, message: expect.stringMatching(/line 1 \(byte 0\) was skipped: it is not a Tracee event/) },
      { offset: byteOf(4), line: 4, message: expect.stringMatching(/broken/) },
      { offset: byteOf(2), line: 2, message: expect.stringMatching(/^2 lines were not JSON .* first is line 2/) },
      { offset: byteOf(7), line: 7, message: expect.stringMatching(/^1 Tracee event had no usable timestamp .*; 1 Tracee timestamp is before 1973/) },
    ]);
  });
});
