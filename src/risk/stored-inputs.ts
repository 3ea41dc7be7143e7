import type { DeclarationRecord } from '../core/model/record.js';
import type { ScanOptions } from '../core/ports/declaration-store.js';
import type { RiskInput } from '../core/risk/risk-input.js';
import type { RiskEngine } from './risk-engine.js';
import { riskInputOf } from './risk-input-of.js';

/** A stored declaration as the risk engine reads it, with the version it was read at. */
export interface StoredInput {
  input: RiskInput;
  version: number;
  record: DeclarationRecord;
}

/**
 * The accepted declarations of the store in date order, page by page, each labelled with its
 * latest outcome (from the declaration store or an inspection result, latest recorded wins).
 */
export async function* storedInputs(
  engine: Pick<RiskEngine, 'store' | 'risk'>,
  options: ScanOptions = {},
): AsyncGenerator<StoredInput[]> {
  for await (const page of engine.store.scan({ batchSize: 5000, ...options })) {
    const accepted = page.filter((item) => item.record.status === 'accepted');
    const outcomes = await engine.risk.latestOutcomes(accepted.map((item) => item.record.id));
    yield accepted.map(({ record }) => {
      const outcome = outcomes.get(record.id);
      return { record, version: record.version, input: riskInputOf(record, outcome) };
    });
  }
}

/** Every accepted declaration, labelled, in date order (training reads them all). */
export async function allStoredInputs(engine: Pick<RiskEngine, 'store' | 'risk'>): Promise<RiskInput[]> {
  const inputs: RiskInput[] = [];
  for await (const page of storedInputs(engine)) for (const item of page) inputs.push(item.input);
  return inputs;
}
