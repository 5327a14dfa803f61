import { describe, expect, it } from 'vitest';
import { errnoName, errnoNumber, signalName, signalNumber } from './linux-names.js';

describe('errnoName', () => {
  it('names Linux errno values, kernel-internal restart codes, and nothing else', () => {
    expect(errnoName(2)).toBe('ENOENT');
    expect(errnoName(11)).toBe('EAGAIN');
    expect(errnoName(115)).toBe('EINPROGRESS');
    expect(errnoName(133)).toBe('EHWPOISON');
    expect(errnoName(512)).toBe('ERESTARTSYS');
    expect(errnoName(516)).toBe('ERESTART_RESTARTBLOCK');
    expect(errnoName(41)).toBeUndefined();
    expect(errnoName(0)).toBeUndefined();
    expect(errnoName(134)).toBeUndefined();
    expect(errnoName(520)).toBeUndefined();
  });
});

describe('errnoNumber, signalName, signalNumber', () => {
  it('map names back to numbers, aliases and kernel codes included', () => {
    expect(errnoNumber('ENOENT')).toBe(2);
    expect(errnoNumber('EWOULDBLOCK')).toBe(11);
    expect(errnoNumber('ERESTARTSYS')).toBe(512);
    expect(errnoNumber('-')).toBeUndefined();
    expect(errnoNumber('EBOGUS')).toBeUndefined();
    for (let n = 1; n <= 133; n++) {
      const name = errnoName(n);
      if (name) expect(errnoNumber(name)).toBe(n);
    }
  });

  it('name signals both ways, strace real-time signals too', () => {
    expect(signalName(9)).toBe('SIGKILL');
    expect(signalName(0)).toBeUndefined();
    expect(signalNumber('SIGTERM')).toBe(15);
    expect(signalNumber('SIGRT_3')).toBe(35);
    expect(signalNumber('SIGBOGUS')).toBeUndefined();
  });
});
