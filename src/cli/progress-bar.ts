/** Progress on stderr: a redrawn bar on a terminal, a line every few seconds otherwise (logs, CI). */
export interface ProgressBar {
  update(done: number, extra?: string): void;
  finish(extra?: string): void;
}

export interface ProgressBarOptions {
  label: string;
  /** Total in the same unit as `done` (bytes, rows); unknown totals show rate only. */
  total?: number;
  unit: 'bytes' | 'items';
  stream?: NodeJS.WriteStream;
  /** Clock in ms, for tests. */
  now?: () => number;
}

export function createProgressBar(options: ProgressBarOptions): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let lastDraw = 0;
  let lastDone = 0;
  const draw = (done: number, extra: string, final: boolean) => {
    const elapsed = Math.max((now() - started) / 1000, 1e-6);
    const rate = done / elapsed;
    const parts = [
      options.label,
      bar(done, options.total),
      amount(done, options.unit),
      `${amount(rate, options.unit)}/s`,
    ];
    if (options.total && !final && rate > 0) parts.push(`ETA ${duration((options.total - done) / rate)}`);
    if (final) parts.push(`in ${duration(elapsed)}`);
    if (extra) parts.push(extra);
    const line = parts.filter(Boolean).join('  ');
    if (stream.isTTY) stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
  return {
    update(done, extra = '') {
      lastDone = done;
      const t = now();
      if (t - lastDraw < (stream.isTTY ? 100 : 5000)) return;
      lastDraw = t;
      draw(done, extra, false);
    },
    finish(extra = '') {
      draw(lastDone, extra, true);
    },
  };
}

function bar(done: number, total?: number): string {
  if (!total) return '';
  const width = 24;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
}

function amount(value: number, unit: ProgressBarOptions['unit']): string {
  if (unit === 'items') return Math.round(value).toLocaleString('en-US');
  if (value >= 1 << 30) return `${(value / (1 << 30)).toFixed(1)} GiB`;
  if (value >= 1 << 20) return `${(value / (1 << 20)).toFixed(1)} MiB`;
  if (value >= 1 << 10) return `${(value / (1 << 10)).toFixed(1)} KiB`;
  return `${Math.round(value)} B`;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${Math.round(seconds % 60)
    .toString()
    .padStart(2, '0')}s`;
}
