import { createReadStream } from 'node:fs';
import type { TamgaServices } from '../app/tamga-services.js';
import { addToTally, createIngestTally, formatTally, type IngestTally } from './ingest-tally.js';
import { listInputFiles } from './list-input-files.js';
import { createProgressBar } from './progress-bar.js';

export interface IngestCommandOptions {
  services: TamgaServices;
  paths: readonly string[];
  mapping?: string;
  /** Lineage source prefix; default `file:<path>` per file. */
  source?: string;
  /** Where progress and the summary go (stderr / stdout by default). */
  quiet?: boolean;
}

/**
 * `tamga ingest`: streams every file through the pipeline with a progress bar, then prints a
 * summary. Exit code 0 when everything was accepted or already stored, 1 otherwise.
 */
export async function runIngestCommand(
  options: IngestCommandOptions,
): Promise<{ exitCode: number; tally: IngestTally }> {
  const files = await listInputFiles(options.paths);
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const tally = createIngestTally();
  const bar = createProgressBar({ label: 'ingest', total: totalBytes, unit: 'bytes' });
  const started = performance.now();
  let doneBytes = 0;
  for (const file of files) {
    let fileBytes = 0;
    const chunks = countBytes(createReadStream(file.path, { highWaterMark: 1 << 20 }), (size) => {
      fileBytes += size;
    });
    await options.services.ingestStream(chunks, {
      source: options.source ?? `file:${file.path}`,
      ...(options.mapping ? { mapping: options.mapping } : {}),
      onBatch: (batch) => {
        addToTally(tally, batch, file.path);
        if (!options.quiet) bar.update(doneBytes + fileBytes, stored(tally));
      },
    });
    doneBytes += file.bytes;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) {
    bar.update(doneBytes);
    bar.finish(`${files.length} file${files.length === 1 ? '' : 's'}, ${stored(tally)}`);
    console.log(formatTally(tally, seconds));
  }
  return { exitCode: tally.rejected + tally.undecodable > 0 ? 1 : 0, tally };
}

async function* countBytes(stream: AsyncIterable<Buffer>, onChunk: (size: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    onChunk(chunk.length);
    yield chunk;
  }
}

function stored(tally: IngestTally): string {
  const messages = tally.messages > 0 ? `, ${tally.messages.toLocaleString('en-US')} messages` : '';
  return `${(tally.accepted + tally.rejected).toLocaleString('en-US')} stored, ${tally.duplicates.toLocaleString('en-US')} duplicates${messages}`;
}
