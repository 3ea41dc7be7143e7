import type { IngestItemResult, IncomingDeclaration } from '../core/ingest/ingest-declarations.js';
import type { DecodeEvent, DecodedMessage, DecodeProblem } from '../formats/decode-event.js';
import type { IngestedMessage } from '../messages/ingest-messages.js';

/** What one message (an API body, one file) produced. */
export interface IngestReport {
  results: IngestItemResult[];
  problems: DecodeProblem[];
  /** Messages other than declarations (notifications, ENS, transit, cargo reports), stored in the message store. */
  messages: IngestedMessage[];
}

/** What one batch produced, for progress and tallies. */
export interface IngestBatch {
  results: IngestItemResult[];
  problems: DecodeProblem[];
  messages: IngestedMessage[];
}

export interface IngestServiceOptions {
  ingestDeclarations: (batch: readonly IncomingDeclaration[], source: string) => Promise<IngestItemResult[]>;
  ingestMessages: (batch: readonly DecodedMessage[], source: string) => Promise<IngestedMessage[]>;
  /** Declarations (or messages) per store transaction. */
  batchSize?: number;
}

export interface IngestEventsOptions {
  source: string;
  /** Called after every batch with what it produced. */
  onBatch?: (report: IngestBatch) => void;
  /** Keep per-item results in the returned report (off for big files: memory stays flat). */
  collect?: boolean;
}

/**
 * Drives decode events into the core ingest use case in batches, so that a 10 GB file
 * costs the memory of one batch, and a problem in one part never stops the rest.
 * Declarations and other messages are stored in the order received: a run of one kind is
 * flushed before the other kind is stored, so that a notification giving an MRN is known
 * to the amendment that follows it.
 */
export function createIngestService(options: IngestServiceOptions) {
  const batchSize = options.batchSize ?? 2000;

  async function ingestEvents(
    events: Iterable<DecodeEvent> | AsyncIterable<DecodeEvent>,
    run: IngestEventsOptions,
  ): Promise<IngestReport> {
    const report: IngestReport = { results: [], problems: [], messages: [] };
    let declarations: IncomingDeclaration[] = [];
    let messages: DecodedMessage[] = [];
    let problems: DecodeProblem[] = [];
    const flush = async () => {
      const stored = messages.length > 0 ? await options.ingestMessages(messages, run.source) : [];
      const results = declarations.length > 0 ? await options.ingestDeclarations(declarations, run.source) : [];
      run.onBatch?.({ results, problems, messages: stored });
      if (run.collect !== false) {
        report.results.push(...results);
        report.messages.push(...stored);
      }
      report.problems.push(...problems);
      declarations = [];
      messages = [];
      problems = [];
    };
    for await (const event of events) {
      if (event.kind === 'problem') problems.push(event);
      else if (event.kind === 'message') {
        if (declarations.length > 0) await flush();
        messages.push(event);
      } else {
        if (messages.length > 0) await flush();
        declarations.push(event);
      }
      if (declarations.length + messages.length >= batchSize) await flush();
    }
    await flush();
    return report;
  }

  return { ingestEvents };
}

export type IngestService = ReturnType<typeof createIngestService>;
