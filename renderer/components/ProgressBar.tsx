/** A thin determinate (or indeterminate when total is unknown) progress bar. */
export function ProgressBar({ value, total, label }: { value: number; total?: number; label: string }) {
  const fraction = total && total > 0 ? Math.min(1, value / total) : null;
  return (
    <div
      className={`progress${fraction === null ? ' indeterminate' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={value}
    >
      <div className="progress-fill" style={{ width: fraction === null ? undefined : `${(fraction * 100).toFixed(1)}%` }} />
    </div>
  );
}
