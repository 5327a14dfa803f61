import { describe, expect, it } from 'vitest';
import { errnoName } from './errno.js';

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
