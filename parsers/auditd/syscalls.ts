/**
 * Syscall numbers of audit records named for their arch (`arch=c000003e syscall=59` → execve).
 */
import { AUDIT_ARCHES, SYSCALL_RUNS, type SyscallRuns } from './syscall-names.js';

/** Arches named but without a syscall table here (their names still show in `auditd.arch`). */
const OTHER_ARCH_NAMES: Readonly<Record<string, string>> = {
  '80000015': 'ppc64', c0000015: 'ppc64le', '00000014': 'ppc', '80000016': 's390x', '00000016': 's390', c00000f3: 'riscv64',
  '400000f3': 'riscv32', '80000008': 'mips64', c0000008: 'mips64el', '00000008': 'mips', '40000008': 'mipsel', c0000102: 'loongarch64',
};

/**
 * The arch's name (`x86_64`) from the raw `arch=c000003e`, or the name itself when the record is
 * interpreted (`arch=x86_64`); the raw text when unknown.
 */
export function archName(arch: string): string {
  const hex = arch.toLowerCase().replace(/^0x/, '');
  const padded = hex.padStart(8, '0');
  return AUDIT_ARCHES[hex] ?? AUDIT_ARCHES[padded] ?? OTHER_ARCH_NAMES[hex] ?? OTHER_ARCH_NAMES[padded] ?? arch;
}

const tables = new Map<string, Map<number, string>>();

function table(arch: string): Map<number, string> | undefined {
  const runs: SyscallRuns | undefined = (SYSCALL_RUNS as Record<string, SyscallRuns>)[arch];
  if (!runs) return undefined;
  let names = tables.get(arch);
  if (!names) {
    names = new Map();
    for (const [first, words] of runs) {
      words.split(' ').forEach((name, i) => { if (name !== '-') names?.set(first + i, name); });
    }
    tables.set(arch, names);
  }
  return names;
}

/** The name of syscall `nr` on `arch` (an arch name from `archName`), or undefined. */
export function syscallName(arch: string, nr: number): string | undefined {
  return table(arch)?.get(nr);
}
