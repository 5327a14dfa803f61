import { hexDump } from './hex-dump';

const MAX_BYTES = 64 * 1024;

/** A bytes pane: offset | hex | ASCII, text nodes only (captured bytes are hostile). */
export function HexDumpView({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const lines = hexDump(bytes, MAX_BYTES);
  return (
    <section className="hex-dump" data-testid="bytes-pane" aria-label={title}>
      <header>{title} — {bytes.length.toLocaleString('en-US')} bytes{bytes.length > MAX_BYTES ? ` (first ${MAX_BYTES.toLocaleString('en-US')} shown)` : ''}</header>
      <pre>
        {lines.map((line) => (
          <div key={line.offset} className="hex-line">
            <span className="hex-offset">{line.offset}</span>  <span className="hex-bytes">{line.hex}</span>  <span className="hex-ascii">{line.ascii}</span>
          </div>
        ))}
      </pre>
    </section>
  );
}
