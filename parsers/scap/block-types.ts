/**
 * Block type ids of the scap container (../shared/docs/scap-format.md §3) and what kind of body
 * each one has. Each `_INT` id has the layout of its public counterpart.
 */

/** What a block body holds. */
export type BlockKind = 'section' | 'machine' | 'processes' | 'fds' | 'interfaces' | 'users' | 'event';

/** How a block of a kind is laid out: its version (process lists) or event header form. */
export interface BlockLayout {
  readonly kind: BlockKind;
  readonly name: string;
  /** process list: 1…9; fd/interface/user lists: 1 or 2 (2 = length-prefixed entries) */
  readonly version: number;
  /** event blocks: v2 header (with nparams) */
  readonly v2Header?: boolean;
  /** event blocks: a u32 flags word follows the cpu id */
  readonly hasFlags?: boolean;
}

/** The section header block id (a palindrome: the same bytes in either byte order). */
export const SHB_TYPE = 0x0a0d0d0a;

const LAYOUTS = new Map<number, BlockLayout>([
  [SHB_TYPE, { kind: 'section', name: 'SHB', version: 1 }],
  [0x201, { kind: 'machine', name: 'MI', version: 1 }],
  [0x8002abcd, { kind: 'machine', name: 'MI_INT', version: 1 }],
  [0x202, { kind: 'processes', name: 'PL_V1', version: 1 }],
  [0x8000abcd, { kind: 'processes', name: 'PL_V1_INT', version: 1 }],
  [0x207, { kind: 'processes', name: 'PL_V2', version: 2 }],
  [0x8013abcd, { kind: 'processes', name: 'PL_V2_INT', version: 2 }],
  [0x209, { kind: 'processes', name: 'PL_V3', version: 3 }],
  [0x8014abcd, { kind: 'processes', name: 'PL_V3_INT', version: 3 }],
  [0x210, { kind: 'processes', name: 'PL_V4', version: 4 }],
  [0x211, { kind: 'processes', name: 'PL_V5', version: 5 }],
  [0x212, { kind: 'processes', name: 'PL_V6', version: 6 }],
  [0x213, { kind: 'processes', name: 'PL_V7', version: 7 }],
  [0x214, { kind: 'processes', name: 'PL_V8', version: 8 }],
  [0x215, { kind: 'processes', name: 'PL_V9', version: 9 }],
  [0x203, { kind: 'fds', name: 'FDL', version: 1 }],
  [0x8001abcd, { kind: 'fds', name: 'FDL_INT', version: 1 }],
  [0x218, { kind: 'fds', name: 'FDL_V2', version: 2 }],
  [0x205, { kind: 'interfaces', name: 'IL', version: 1 }],
  [0x8011abcd, { kind: 'interfaces', name: 'IL_INT', version: 1 }],
  [0x219, { kind: 'interfaces', name: 'IL_V2', version: 2 }],
  [0x206, { kind: 'users', name: 'UL', version: 1 }],
  [0x8012abcd, { kind: 'users', name: 'UL_INT', version: 1 }],
  [0x220, { kind: 'users', name: 'UL_V2', version: 2 }],
  [0x204, { kind: 'event', name: 'EV', version: 1, v2Header: false, hasFlags: false }],
  [0x8010abcd, { kind: 'event', name: 'EV_INT', version: 1, v2Header: false, hasFlags: false }],
  [0x208, { kind: 'event', name: 'EVF', version: 1, v2Header: false, hasFlags: true }],
  [0x216, { kind: 'event', name: 'EV_V2', version: 2, v2Header: true, hasFlags: false }],
  [0x217, { kind: 'event', name: 'EVF_V2', version: 2, v2Header: true, hasFlags: true }],
  [0x221, { kind: 'event', name: 'EV_V2_LARGE', version: 2, v2Header: true, hasFlags: false }],
  [0x222, { kind: 'event', name: 'EVF_V2_LARGE', version: 2, v2Header: true, hasFlags: true }],
]);

/** The layout of a block type, or undefined for an unknown type. */
export function blockLayout(type: number): BlockLayout | undefined {
  return LAYOUTS.get(type);
}

/** A block type for messages: its name, or its id in hex. */
export function blockTypeName(type: number): string {
  return LAYOUTS.get(type)?.name ?? `0x${type.toString(16).padStart(8, '0')}`;
}
