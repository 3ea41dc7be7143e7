const BUCKETS = ['0-19', '20-39', '40-59', '60-79', '80-99', '100'];

/** A filer's score distribution in a table cell: six bars, the share of declarations per score band. */
export function MiniHistogram(props: { buckets: Record<string, number> }) {
  const counts = BUCKETS.map((bucket) => props.buckets[bucket] ?? 0);
  const total = counts.reduce((sum, count) => sum + count, 0) || 1;
  const label = BUCKETS.map((bucket, index) => `${bucket}: ${counts[index]}`).join(', ');
  return (
    <svg class="mini-histogram" width="60" height="16" viewBox="0 0 60 16" role="img" aria-label={`Scores ${label}`}>
      {counts.map((count, index) => {
        const height = Math.max(count > 0 ? 2 : 0, Math.round((count / total) * 16));
        return <rect x={index * 10} y={16 - height} width="8" height={height} />;
      })}
    </svg>
  );
}
