import { describe, expect, it } from 'vitest';
import { TimeKind, newStraceLine, parseStraceLine } from './line-parser.js';

const parse = (text: string) => {
  const line = newStraceLine();
  parseStraceLine(text, line);
  return line;
};

describe('parseStraceLine', () => {
  it.each([
    ['[pid  12] getpid() = 12', { kind: 'call', tid: 12, name: 'getpid', res: 12n }],
    ['[pid 7] 12:00:01.5 getpid() = 7', { tid: 7, timeKind: TimeKind.Clock, clockNs: 43_201_500_000_000 }],
    ['12 1700000000.000000001 getpid() = 12', { tid: 12, timeKind: TimeKind.Epoch, epochNs: 1_700_000_000_000_000_001n }],
    ['12   getpid() = 12', { tid: 12, timeKind: TimeKind.None }],
    ['12 34 getpid() = 12', { kind: 'garbage', tid: -1 }],
    ['12:00:00 getpid() = 1', { tid: -1, timeKind: TimeKind.Clock, clockNs: 43_200_000_000_000 }],
    ['12:00:00.1234567890 getpid() = 1', { kind: 'garbage', timeKind: TimeKind.None }],
    ['1700000000.1234567890 getpid() = 1', { kind: 'garbage', timeKind: TimeKind.None }],
    ['mmap(NULL, 4096) = 0x7f00 <0.000010>', { res: 0x7f00n, latencyNs: 10_000 }],
    ['f() = 0xg', { res: 0n, hasResult: true }],
    ['f() = -1 ENOENT (No such file or directory) <12.5>', { res: -2n, errnoName: 'ENOENT', latencyNs: 12_500_000_000 }],
    ['f() = ? ERESTARTSYS (To be restarted)', { res: -512n, errnoName: 'ERESTARTSYS' }],
    ['f() = 3 <0.1234567890>', { res: 3n, latencyNs: -1 }],
    ['f() = 3 <.5>', { res: 3n, latencyNs: -1 }],
    ['f() = 3<TCP:[1.2.3.4:5->6.7.8.9:80]> <0.000001>', { res: 3n, resultFd: 3, resultAnnotation: 'TCP:[1.2.3.4:5->6.7.8.9:80]', latencyNs: 1000 }],
    ['f() = 5 (flags O_RDWR)', { res: 5n, errnoName: null }],
    ['f() =', { kind: 'call', hasResult: false, res: null }],
    ['<... read resumed>"x", 1) = 1 <0.000002>', { kind: 'resumed', name: 'read', args: '"x", 1', res: 1n, latencyNs: 2000 }],
    ['strace: Process 5 attached', { kind: 'message' }],
    ['1 --- SIGCHLD {si_signo=SIGCHLD} ---', { kind: 'signal', tid: 1, args: 'SIGCHLD {si_signo=SIGCHLD}' }],
  ])('%s', (text, expected) => {
    expect(parse(text)).toMatchObject(expected);
  });
});
