import type { IngestItemResult, IncomingDeclaration } from '../core/ingest/ingest-declarations.js';
import type { DecodeEvent, DecodedMessage, DecodeProblem } from '../formats/decode-event.js';

/** What one message (an API body, one file) produced. */
export interface IngestReport {
  results: IngestItemResult[];
  problems: DecodeProblem[];
  /** Messages other than declarations (notifications, ENS, transit), received but not declarations. */
  messages: DecodedMessage[];
}

export interface IngestServiceOptions {
  ingestDeclarations: (batch: readonly IncomingDeclaration[], source: string) => Promise<IngestItemResult[]>;
  /** Declarations per store transaction. */
  batchSize?: number;
}

export interface IngestEventsOptions {
  source: string;
  /** Called after every batch with the running totals. */
  onBatch?: (report: { results: IngestItemResult[]; problems: DecodeProblem[] }) => void;
  /** Keep per-item results in the returned report (off for big files: memory stays flat). */
  collect?: boolean;
}

/**
 * Drives decode events into the core ingest use case in batches, so that a 10 GB file
 * costs the memory of one batch, and a problem in one part never stops the rest.
 */
export function createIngestService(options: IngestServiceOptions) {
  const batchSize = options.batchSize ?? 2000;

  async function ingestEvents(
    events: Iterable<DecodeEvent> | AsyncIterable<DecodeEvent>,
    run: IngestEventsOptions,
  ): Promise<IngestReport> {
    const report: IngestReport = { results: [], problems: [], messages: [] };
    let batch: IncomingDeclaration[] = [];
    let batchProblems: DecodeProblem[] = [];
    const flush = async () => {
      const results = batch.length > 0 ? await options.ingestDeclarations(batch, run.source) : [];
      run.onBatch?.({ results, problems: batchProblems });
      if (run.collect !== false) report.results.push(...results);
      report.problems.push(...batchProblems);
      batch = [];
      batchProblems = [];
    };
    for await (const event of events) {
      if (event.kind === 'problem') batchProblems.push(event);
      else if (event.kind === 'message') report.messages.push(event);
      else batch.push(event);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return report;
  }

  return { ingestEvents };
}

export type IngestService = ReturnType<typeof createIngestService>;
