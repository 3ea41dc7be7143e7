import { fileURLToPath } from 'node:url';
import { toRiskInput, type RiskInput } from '../../../src/core/risk/risk-input.js';
import { loadKcsCsv } from './kcs-csv-loader.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/risk/${name}`, import.meta.url));

/** First 4,000 training rows (2020) and first 1,000 validation rows (2021) as risk inputs. */
export function fixtureInputs(): { train: RiskInput[]; valid: RiskInput[] } {
  const read = (name: string): RiskInput[] =>
    loadKcsCsv(fixture(name)).map(({ declaration, outcome }) => toRiskInput(declaration, outcome));
  return { train: read('kcs-train-head4000.csv'), valid: read('kcs-valid-head1000.csv') };
}
