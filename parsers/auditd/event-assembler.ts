/**
 * Groups audit records into events. The kernel gives every record of one event the same
 * `msg=audit(time:serial)` stamp (per node) and ends a multi-record event with an EOE record;
 * records of different events can interleave. An event is complete at its EOE; without one (older
 * kernels, filtered logs, ausearch output) it is complete when the grace window has passed: more
 * than `graceLines` further lines, or a record stamped more than `graceNs` later. User-space
 * records (USER_LOGIN, SERVICE_START, …) are whole events by themselves and go out at once.
 * Whatever is pending at the end of the input goes out then, in the order it began.
 */
import { type AuditRecord } from './record.js';
import { isUserSpaceType } from './record-types.js';

/** The records of one event, in the order they were read. */
export interface AuditEvent {
  readonly key: string;
  readonly records: AuditRecord[];
  /** bytes of record text held, for the memory cap */
  bytes: number;
}

/** How long an event without EOE stays open. */
export interface GraceWindow {
  readonly graceLines: number;
  readonly graceNs: bigint;
  /** text held by open events before the oldest is let go regardless */
  readonly maxPendingBytes: number;
}

export const DEFAULT_GRACE: GraceWindow = { graceLines: 1000, graceNs: 2_000_000_000n, maxPendingBytes: 64 * 1024 * 1024 };

/**
 * One event holds at most this many records or bytes of record text; a longer run of records with
 * one stamp (a real event has a SYSCALL, a few EXECVE records of at most 8 KiB each and one PATH
 * per name) goes out in parts, so hostile input cannot grow one row without bound.
 */
export const MAX_EVENT_RECORDS = 10_000;
export const MAX_EVENT_BYTES = 16 * 1024 * 1024;

/** Receives complete events, and notes about records that could not join their event. */
export interface AssemblerSink {
  event(event: AuditEvent): void;
  warning(record: AuditRecord, message: string): void;
}

/** See the module comment. */
export class EventAssembler {
  private readonly open = new Map<string, AuditEvent>();
  private pendingBytes = 0;

  constructor(private readonly sink: AssemblerSink, private readonly grace: GraceWindow = DEFAULT_GRACE) {}

  /** Adds the next record; emits every event this completes or lets go. */
  add(record: AuditRecord): void {
    const key = record.node === null ? record.stamp : `${record.node}\u0000${record.stamp}`;
    this.expire(record, key);
    const event = this.open.get(key);
    if (record.type === 'EOE') {
      if (!event) {
        this.sink.warning(record, `EOE of audit(${record.stamp}) came after its event had been closed (more than ${this.grace.graceLines} lines or ${Number(this.grace.graceNs / 1_000_000n)} ms later); the event was emitted without it`);
        return;
      }
      this.append(event, record);
      this.close(event);
      return;
    }
    if (!event && isUserSpaceType(record.type)) {
      this.sink.event({ key, records: [record], bytes: record.text.length });
      return;
    }
    if (event && (event.records.length >= MAX_EVENT_RECORDS || event.bytes + record.text.length > MAX_EVENT_BYTES)) {
      this.sink.warning(record, `audit(${record.stamp}) has more than ${event.records.length} records (${event.bytes} bytes); emitted in parts from here on`);
      this.close(event);
      const next: AuditEvent = { key, records: [], bytes: 0 };
      this.open.set(key, next);
      this.append(next, record);
    } else if (event) this.append(event, record);
    else {
      const created: AuditEvent = { key, records: [], bytes: 0 };
      this.open.set(key, created);
      this.append(created, record);
    }
  }

  /** The input ended: emits every open event, oldest first. */
  flush(): void {
    for (const event of [...this.open.values()]) this.close(event);
  }

  private append(event: AuditEvent, record: AuditRecord): void {
    event.records.push(record);
    event.bytes += record.text.length;
    this.pendingBytes += record.text.length;
  }

  private close(event: AuditEvent): void {
    this.open.delete(event.key);
    this.pendingBytes -= event.bytes;
    this.sink.event(event);
  }

  /** Closes the oldest open events while they are past the grace window as seen from `record`. */
  private expire(record: AuditRecord, key: string): void {
    for (;;) {
      const oldest = this.open.values().next();
      if (oldest.done) return;
      const event = oldest.value;
      if (event.key === key) return;
      const first = event.records[0];
      const isExpired = record.lineNumber - first.lineNumber > this.grace.graceLines
        || record.tsNs - first.tsNs > this.grace.graceNs
        || this.pendingBytes > this.grace.maxPendingBytes;
      if (!isExpired) return;
      this.close(event);
    }
  }
}
