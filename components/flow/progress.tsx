/** "第 3 题，约 8 题": the total shrinks or grows as answers decide which questions remain. */
export function Progress({
  label,
  current,
  total,
}: {
  label: string;
  current: number;
  total: number | null;
}) {
  if (total === null) {
    return (
      <p className="mb-2 text-muted" data-testid="progress">
        {label}
      </p>
    );
  }
  return (
    <div className="mb-2">
      <p className="text-muted" data-testid="progress">
        {label}
      </p>
      <div
        className="mt-1 h-2 w-full bg-panel"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={current}
      >
        <div
          className="h-2 bg-brand"
          style={{ width: `${Math.round((current / Math.max(total, 1)) * 100)}%` }}
        />
      </div>
    </div>
  );
}
