import { useCallback, type PointerEvent } from 'react';

/** A horizontal drag handle; reports the pointer's vertical movement since the drag began. */
export function Splitter({ onResize, label }: { onResize: (deltaY: number, done: boolean) => void; label: string }) {
  const onPointerDown = useCallback((event: PointerEvent<HTMLDivElement>) => {
    const startY = event.clientY;
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => onResize(e.clientY - startY, false);
    const up = (e: globalThis.PointerEvent) => {
      onResize(e.clientY - startY, true);
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  }, [onResize]);
  return <div className="splitter" role="separator" aria-label={label} aria-orientation="horizontal" onPointerDown={onPointerDown} />;
}
