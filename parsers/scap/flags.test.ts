import { describe, expect, it } from 'vitest';
import { FLAG_TABLES, enumName, flagNames, renderFlags } from './flags.js';

// Expected texts are copied from `sysdig -r ../shared/data/scap/curl_google.scap -p '%evt.args'` (0.29.3).
describe('flag rendering as sysdig prints it', () => {
  it('walks bit flags in table order, combined values first', () => {
    expect(renderFlags('file_flags', 4097, false)).toBe('4097(O_RDONLY|O_CLOEXEC)');
    expect(renderFlags('futex_operations', 129, false)).toBe('129(FUTEX_PRIVATE_FLAG|FUTEX_WAKE)');
    expect(renderFlags('clone_flags', 47619, false))
      .toBe('47619(CLONE_FILES|CLONE_FS|CLONE_PARENT_SETTID|CLONE_SIGHAND|CLONE_SYSVSEM|CLONE_THREAD|CLONE_VM)');
    expect(renderFlags('prot_flags', 1, false)).toBe('1(PROT_READ)');
    expect(renderFlags('mmap_flags', 2, false)).toBe('2(MAP_PRIVATE)');
    expect(renderFlags('file_flags', 3, false)).toBe('3(O_RDWR)');
  });

  it('matches a zero entry only for a zero value', () => {
    expect(renderFlags('access_flags', 0, false)).toBe('0(F_OK)');
    expect(renderFlags('file_flags', 0, false)).toBe('0(O_NONE)');
    expect(flagNames(FLAG_TABLES.file_flags, 1)).toBe('O_RDONLY');
  });

  it('prints enums by the first equal entry (sysdig 0.29.3 shows one alias)', () => {
    expect(renderFlags('socket_families', 10, true)).toBe('10(AF_INET6)');
    expect(renderFlags('socket_families', 1, true)).toBe('1(AF_LOCAL)');
    expect(renderFlags('rlimit_resources', 3, true)).toBe('3(RLIMIT_STACK)');
    expect(renderFlags('fcntl_commands', 2, true)).toBe('2(F_GETFD)');
    expect(enumName(FLAG_TABLES.lseek_whence, 7)).toBe('');
  });

  it('prints a value nothing matches, or a parameter without table, as a bare number', () => {
    expect(renderFlags('socket_families', 200, true)).toBe('200');
    expect(renderFlags('creat_flags', 0, false)).toBe('0');
    expect(renderFlags(undefined, 12, false)).toBe('12');
    expect(renderFlags('no_such_table', 12, false)).toBe('12');
  });

  it('handles bit 31 without going negative', () => {
    expect(renderFlags('mount_flags', 0x80000001, false)).toBe('2147483649(RDONLY|NOUSER)');
  });

  it('has the 55 tables of Appendix B with their entry counts', () => {
    expect(Object.keys(FLAG_TABLES)).toHaveLength(55);
    expect(FLAG_TABLES.socket_families).toHaveLength(40);
    expect(FLAG_TABLES.file_flags).toHaveLength(19);
    expect(FLAG_TABLES.clone_flags).toHaveLength(27);
  });
});
