import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EventRow } from '../../../engine/api';
import { useSession, useSessionStore } from '../../state';
import { EVENT_COLUMNS_UI, headerText, picker, requestedFields, type ColumnContext } from './columns';
import { usePageCache } from './use-page-cache';
import { EmptyState } from './EmptyState';

const ROW_HEIGHT = 20;
const OVERSCAN = 30;

interface Slot { readonly index: number; readonly row: EventRow | undefined }

function columnDefs(context: ColumnContext): ColumnDef<Slot>[] {
  return EVENT_COLUMNS_UI.map((c) => ({
    id: c.id,
    header: headerText(c, context),
    size: c.size,
    minSize: 30,
    cell: ({ row }) => (row.original.row ? c.text(row.original.row, picker(row.original.row), context) : '…'),
  }));
}

const CLASS_OF = new Map(EVENT_COLUMNS_UI.map((c) => [c.id, c.className]));

/** The virtualized event list: only the visible window (+ margin) is fetched, page by page. */
export function EventList() {
  const session = useSessionStore();
  const view = useSession((s) => s.view);
  const selected = useSession((s) => s.selected);
  const engine = useSession((s) => (s.engine === 'ready' ? session.api : null));
  const fields = useMemo(() => requestedFields(engine?.fields ?? []), [engine]);
  const epoch = useSession((s) => s.caseEpoch);
  const { cache, version } = usePageCache(engine, view, fields, epoch);
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = view?.rowCount ?? 0;
  const timeZone = useSession((s) => s.timeZone);
  const columns = useMemo(() => columnDefs({ timeZone }), [timeZone]);

  const virtualizer = useVirtualizer({ count: rowCount, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: OVERSCAN });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => { if (cache && rowCount > 0) cache.ensure(first, last + 1); }, [cache, first, last, rowCount, view]);

  // Stable data identity: react-table recomputes (and may queue state resets) on every new array.
  const data = useMemo(
    () => items.map((item): Slot => ({ index: item.index, row: cache?.row(item.index) })),
    [items, cache, version],
  );
  const table = useReactTable({
    data, columns, getCoreRowModel: getCoreRowModel(), columnResizeMode: 'onChange',
    getRowId: (slot) => String(slot.index), autoResetAll: false, autoResetPageIndex: false,
  });

  const selectIndex = useCallback((index: number) => {
    const row = cache?.row(index);
    const num = row?.['evt.num'];
    if (num === null || num === undefined) return;
    session.select(index, Number(num));
  }, [cache, session]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = Math.min(rowCount - 1, Math.max(0, (selected?.index ?? -1) + step));
    selectIndex(next);
  };

  const width = table.getTotalSize();
  return (
    <div className="event-list" data-testid="event-list" data-row-count={rowCount}>
      <div className="event-list-scroll" ref={scrollRef} tabIndex={0} onKeyDown={onKeyDown} data-testid="event-list-scroll">
        <div className="event-list-header" style={{ width }}>
          {table.getHeaderGroups()[0]!.headers.map((header) => (
            <div key={header.id} className="th" style={{ width: header.getSize() }}>
              {flexRender(header.column.columnDef.header, header.getContext())}
              <div className="col-resizer" onMouseDown={header.getResizeHandler()} onTouchStart={header.getResizeHandler()} />
            </div>
          ))}
        </div>
        <div className="event-list-body" style={{ height: virtualizer.getTotalSize(), width }}>
          {table.getRowModel().rows.map((row, i) => {
            const slot = row.original;
            const isSelected = selected?.index === slot.index;
            return (
              <div
                key={row.id}
                className={`tr${isSelected ? ' selected' : ''}${slot.row ? '' : ' pending'}`}
                style={{ transform: `translateY(${items[i]!.start}px)`, height: ROW_HEIGHT }}
                onClick={() => selectIndex(slot.index)}
                data-testid="event-row"
                data-index={slot.index}
              >
                {row.getVisibleCells().map((cell) => (
                  <div key={cell.id} className={`td ${slot.row ? CLASS_OF.get(cell.column.id)?.(slot.row, picker(slot.row)) ?? '' : ''}`} style={{ width: cell.column.getSize() }} data-col={cell.column.id}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <EmptyState rowCount={rowCount} />
    </div>
  );
}
