import { loadavg } from 'node:os';
import { runExchangeBenchmark } from '../bench/exchange-benchmark.js';
import { consoleIo, table, type CommandIo, type ExitCode } from './command-io.js';

export interface BenchExchangeOptions {
  natsUrl: string;
  /** Messages per mode; default 20,000. */
  messages?: number;
  batchSize?: number;
  json?: boolean;
}

/**
 * `tamga bench exchange` (`npm run bench:exchange`): signed and verified messages per second
 * end to end through NATS, and unsigned in the same run. Target: 5,000 signed/s on 2 cores.
 */
export async function benchExchange(options: BenchExchangeOptions, io: CommandIo = consoleIo): Promise<ExitCode> {
  const load = loadavg()[0]!.toFixed(2);
  const figures = await runExchangeBenchmark({
    natsUrl: options.natsUrl,
    messages: options.messages,
    batchSize: options.batchSize,
  });
  const signed = figures.find((figure) => figure.mode === 'signed')!;
  const unsigned = figures.find((figure) => figure.mode === 'unsigned')!;
  if (options.json) {
    io.out(
      JSON.stringify({ figures, signedToUnsigned: signed.perSecond / unsigned.perSecond, loadAverage: Number(load) }),
    );
    return 0;
  }
  const rows = [['MODE', 'MESSAGES', 'SECONDS', 'MESSAGES/S']];
  for (const figure of figures)
    rows.push([
      figure.mode,
      String(figure.messages),
      figure.seconds.toFixed(2),
      Math.round(figure.perSecond).toLocaleString('en'),
    ]);
  for (const line of table(rows)) io.out(line);
  io.out(
    `signed/unsigned ${((signed.perSecond / unsigned.perSecond) * 100).toFixed(0)}%; target 5,000 signed/s on 2 cores; load average at start ${load}`,
  );
  return 0;
}
