import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toRiskInput, type RiskInput } from '../../../src/core/risk/risk-input.js';
import { decodeMessage } from '../../../src/formats/decode-message.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/risk/${name}`, import.meta.url));

/** Risk inputs of a fixture file, decoded by the real CSV decoder and its KCS column mapping. */
export function readFixture(name: string): RiskInput[] {
  const inputs: RiskInput[] = [];
  for (const event of decodeMessage(readFileSync(fixture(name)))) {
    if (event.kind === 'problem') throw new Error(`fixture ${name}: ${event.message}`);
    if (event.kind !== 'declaration') continue;
    inputs.push(toRiskInput(event.declaration, event.outcome));
  }
  return inputs;
}

/** First 4,000 training rows (2020) and first 1,000 validation rows (2021) as risk inputs. */
export function fixtureInputs(): { train: RiskInput[]; valid: RiskInput[] } {
  return { train: readFixture('kcs-train-head4000.csv'), valid: readFixture('kcs-valid-head1000.csv') };
}
