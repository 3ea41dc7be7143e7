import type { DeclarationStore } from '../core/ports/declaration-store.js';
import type { MessageStore } from '../core/ports/message-store.js';
import type { VerificationFindingStore, VerificationRecordResult } from '../core/ports/verification-finding-store.js';
import { dateOfDay } from '../core/verification/normalize.js';
import type { CommandResult } from './command-result.js';

/** The stores a verification run reads from and records into. */
export interface VerifyStores {
  store: DeclarationStore;
  messages: MessageStore;
  verificationFindings: VerificationFindingStore;
}

/** How a run reads and records. */
export interface StoreRunOptions {
  /** Record findings and outcomes in the verification finding store (default true). */
  record?: boolean;
  /** Who recorded them, e.g. `cli:verify manifests`. */
  source: string;
  /** Progress on long reads: what is being read, and how many so far. */
  progress?: (stage: string, count: number) => void;
}

/** A command's result with where its inputs came from and what it recorded. */
export type StoredRunResult<T> = CommandResult<T> & {
  /** One line per input: `3 cargo reports from the message store`. */
  inputs: string[];
  /** What was recorded, or why nothing was. */
  recorded: VerificationRecordResult | { skipped: string };
};

/** Inclusive date bounds around a span of days (NaN days ignored; no bounds when none is known). */
export function dateWindow(
  days: readonly number[],
  before: number,
  after: number,
): { dateFrom?: string; dateTo?: string } {
  const known = days.filter((day) => Number.isFinite(day));
  if (known.length === 0) return {};
  return {
    dateFrom: dateOfDay(Math.min(...known) - before),
    dateTo: dateOfDay(Math.max(...known) + after),
  };
}

/** A plain count for the inputs line: `1,234`. */
export const count = (n: number) => n.toLocaleString('en-US');

export function recordedLine(recorded: StoredRunResult<unknown>['recorded']): string {
  if ('skipped' in recorded) return `Not recorded: ${recorded.skipped}.`;
  return `Recorded ${count(recorded.stored)} new findings (${count(recorded.duplicates)} already recorded) and ${count(recorded.outcomes)} new check outcomes.`;
}
