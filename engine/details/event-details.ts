/**
 * `getEventDetails`: the parameters of one scap event, decoded on demand from its bytes in the
 * source file (the reader keeps only `src_offset`/`src_length`, issue 3). Other kinds of source
 * have no parameter table: null.
 */
import { decodeEventDetails } from '../../parsers/index.js';
import type { EventDetails } from '../api.js';
import type { SqlConnection, SqlValue } from '../sql/index.js';
import type { EventBytesReader } from './event-bytes.js';

const ROW_SQL = 'SELECT source_id, source_kind, src_offset, src_length, fd, fd_name, fd_type, tid, pid, proc_name, args FROM events WHERE evt_num = ?';

/**
 * The event's parameters: `{ params }`, or `{ params: [], error }` when its bytes cannot be read
 * or decoded; null when there is no such event or its source is not a scap capture.
 */
export async function eventDetails(conn: SqlConnection, bytes: EventBytesReader, evtNum: number, signal?: AbortSignal): Promise<EventDetails | null> {
  const result = await conn.query(ROW_SQL, [evtNum], signal);
  if (result.rowCount === 0) return null;
  const row = result.toRows()[0];
  if (row.source_kind !== 'scap' || row.src_offset === null || row.src_length === null) return null;
  const sourceId = Number(row.source_id);
  if (!bytes.has(sourceId)) return { params: [], error: 'the file of this event is no longer open in this session' };
  let block: Uint8Array;
  try {
    block = await bytes.read(sourceId, Number(row.src_offset), Number(row.src_length));
  } catch (error) {
    return { params: [], error: `the event's bytes could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const decoded = decodeEventDetails(block, {
    state: {
      fd: int(row.fd), fdName: text(row.fd_name), fdType: text(row.fd_type),
      tid: int(row.tid), pid: int(row.pid), procName: text(row.proc_name), args: text(row.args),
    },
  });
  if (!decoded.ok) return { params: [], error: decoded.error };
  return { params: decoded.params, blockType: decoded.blockType };
}

function int(value: SqlValue): bigint | null {
  return typeof value === 'bigint' ? value : typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : null;
}

function text(value: SqlValue): string | null {
  return typeof value === 'string' ? value : null;
}
