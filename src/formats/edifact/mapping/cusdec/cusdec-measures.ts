import { optionalAt, type EdifactSegment } from '../../syntax/edifact-segment.js';
import { numberAt } from '../edifact-values.js';

/** Kilograms per unit of UN/ECE Recommendation 20 (TON as sent by carriers for the metric tonne). */
const TO_KILOGRAMS: Record<string, number> = { KGM: 1, TNE: 1000, TON: 1000, GRM: 0.001 };

/** MEA C174 (unit, value) as kilograms; undefined for another unit or no value. */
export function kilograms(mea: EdifactSegment, decimal: string): number | undefined {
  const factor = TO_KILOGRAMS[optionalAt(mea, 2, 0) ?? 'KGM'];
  const value = numberAt(mea, [2, 1], decimal);
  if (factor === undefined || value === undefined) return undefined;
  return factor === 1 ? value : Math.round(value * factor * 1000) / 1000;
}
