/**
 * Who each strace line belongs to: maps thread ids to their process (thread group), parent,
 * name, exe and command line, from clone/fork/vfork results and successful execve calls.
 *
 * Lines without a pid prefix belong to the first traced process, whose pid strace does not print;
 * it is learned when one of its calls resumes under a `[pid N]` prefix, and stays null otherwise.
 */

/** What is known about one process; the threads of a process share one instance. */
export interface ProcessInfo {
  pid: number | null;
  /** the parent's record, so a parent pid learned late still shows */
  parent: ProcessInfo | null;
  name: string | null;
  exe: string | null;
  cmdline: string | null;
}

/** Key used for lines that carry no pid prefix. */
export const UNPREFIXED = -1;

/** Tracks processes and threads across a trace. */
export class ProcessTable {
  private readonly byTid = new Map<number, ProcessInfo>();
  /** clone/fork calls still waiting for their result (child may run first): parent tid → is thread */
  private readonly pendingClones: { parentTid: number; isThread: boolean }[] = [];
  /** tids whose parent is known (adopted when first seen, or from the clone result) */
  private readonly linked = new Set<number>();
  private rootTid: number | null = null;

  /** The tid a line refers to (unprefixed lines → the root tid when known, else UNPREFIXED). */
  resolveTid(tid: number): number {
    return tid === UNPREFIXED && this.rootTid !== null ? this.rootTid : tid;
  }

  /** The process of a thread, created on first sight. */
  lookup(tid: number): ProcessInfo {
    let info = this.byTid.get(tid);
    if (info) return info;
    info = this.adoptByPendingClone(tid) ?? { pid: tid === UNPREFIXED ? null : tid, parent: null, name: null, exe: null, cmdline: null };
    this.byTid.set(tid, info);
    return info;
  }

  /** The unprefixed process turned out to be `tid` (one of its calls resumed under that prefix). */
  bindRoot(tid: number): void {
    if (this.rootTid !== null || this.byTid.has(tid)) return;
    const root = this.lookup(UNPREFIXED);
    root.pid = tid;
    this.rootTid = tid;
    this.byTid.set(tid, root);
  }

  /** A clone/fork/vfork started and will print its result later. */
  noteCloneStarted(parentTid: number, isThread: boolean): void {
    this.pendingClones.push({ parentTid, isThread });
  }

  /** A clone/fork/vfork returned `childTid` in `parentTid`. */
  noteCloneResult(parentTid: number, childTid: number, isThread: boolean, wasPending: boolean): void {
    if (wasPending) this.dropPending(parentTid);
    if (this.linked.has(childTid)) return;
    this.linked.add(childTid);
    const parent = this.lookup(parentTid);
    this.byTid.set(childTid, isThread ? parent : { ...parent, pid: childTid, parent });
  }

  /** A successful execve in `tid`. */
  noteExec(tid: number, exe: string, cmdline: string | null): void {
    const info = this.lookup(tid);
    info.exe = exe;
    info.name = basename(exe);
    info.cmdline = cmdline;
  }

  /** The thread is gone (`+++ exited +++`); a reused tid starts afresh. */
  noteExit(tid: number): void {
    this.byTid.delete(tid);
    this.linked.delete(tid);
  }

  private adoptByPendingClone(tid: number): ProcessInfo | undefined {
    if (tid === UNPREFIXED) return undefined;
    const pending = this.pendingClones.pop();
    if (!pending) return undefined;
    this.linked.add(tid);
    const parent = this.lookup(pending.parentTid);
    return pending.isThread ? parent : { ...parent, pid: tid, parent };
  }

  private dropPending(parentTid: number): void {
    const at = this.pendingClones.findIndex((p) => p.parentTid === parentTid);
    if (at !== -1) this.pendingClones.splice(at, 1);
  }
}

function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}
