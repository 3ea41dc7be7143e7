import type { CargoReport } from '../core/model/cargo-report.js';
import type { TransitMessage } from '../core/model/transit-movement.js';
import type { DeclarationStore } from '../core/ports/declaration-store.js';
import type { MessageStore, StoredMessageType } from '../core/ports/message-store.js';
import { isExportDeclaration, toTradeRecord, type TradeRecord } from '../core/verification/trade-record.js';

/** Called with the running count while a store is read (progress on long reads). */
export type Progress = (count: number) => void;

async function bodies<T>(messages: MessageStore, type: StoredMessageType, progress?: Progress): Promise<T[]> {
  const out: T[] = [];
  for await (const page of messages.scan(type)) {
    for (const message of page) out.push(message.body as T);
    progress?.(out.length);
  }
  return out;
}

/** Every cargo report (CUSCAR) the message store holds, in arrival order. */
export function storedCargoReports(messages: MessageStore, progress?: Progress): Promise<CargoReport[]> {
  return bodies<CargoReport>(messages, 'cargo-report', progress);
}

/** Every NCTS message the message store holds, in arrival order (to fold into movements). */
export function storedTransitMessages(messages: MessageStore, progress?: Progress): Promise<TransitMessage[]> {
  return bodies<TransitMessage>(messages, 'transit', progress);
}

export interface StoredRecordsOptions {
  /** Inclusive `YYYY-MM-DD` bounds on the declaration date. */
  dateFrom?: string;
  dateTo?: string;
  /** Our imports (default), or the exports. */
  flow?: 'import' | 'export';
  /** Units of the common currency per unit of another currency; identity when absent. */
  exchangeRates?: Record<string, number>;
  progress?: Progress;
}

/**
 * Accepted declarations of the store (latest versions) as trade records whose ids are the store's
 * declaration ids, so that findings on them can be stored on those declarations.
 */
export async function storedTradeRecords(
  store: DeclarationStore,
  options: StoredRecordsOptions = {},
): Promise<TradeRecord[]> {
  const rates = options.exchangeRates ?? {};
  const convert = (amount: number, currency: string) => amount * (rates[currency] ?? 1);
  const wantExports = options.flow === 'export';
  const records: TradeRecord[] = [];
  let read = 0;
  const range = {
    ...(options.dateFrom ? { dateFrom: options.dateFrom } : {}),
    ...(options.dateTo ? { dateTo: options.dateTo } : {}),
  };
  for await (const page of store.scan({ ...range, batchSize: 5000 })) {
    for (const { record } of page) {
      if (record.status !== 'accepted' || isExportDeclaration(record.declaration) !== wantExports) continue;
      records.push(toTradeRecord(record.declaration, { id: record.id, convert }));
    }
    read += page.length;
    options.progress?.(read);
  }
  return records;
}
