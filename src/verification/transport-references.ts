import type { SeededRandom } from './seeded-random.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const OWNER_CODES = ['MSCU', 'MAEU', 'CMAU', 'HLXU', 'ONEU', 'EGLV', 'COSU', 'HDMU', 'YMLU', 'ZIMU'];
const AIRLINE_PREFIXES = ['180', '988', '618', '172', '157', '020', '057', '297'];

/** ISO 6346 check digit of the first ten characters of a container number. */
export function containerCheckDigit(prefix: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const char = prefix[i]!;
    let value = /\d/.test(char) ? Number(char) : 10 + LETTERS.indexOf(char);
    if (value >= 11) value += Math.floor((value - 11) / 10) + 1;
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

/** A container number with a valid ISO 6346 check digit, e.g. `MSCU1234565`. */
export function containerNumber(random: SeededRandom): string {
  const prefix = `${random.pick(OWNER_CODES)}${String(random.int(0, 999_999)).padStart(6, '0')}`;
  return `${prefix}${containerCheckDigit(prefix)}`;
}

/** A sea bill of lading number: carrier code and ten digits. */
export function billOfLading(random: SeededRandom): string {
  return `${random.pick(OWNER_CODES).slice(0, 3)}U${String(random.int(0, 9_999_999_999)).padStart(10, '0')}`;
}

/** An air waybill number: airline prefix, seven digits and their mod-7 check digit. */
export function airWaybill(random: SeededRandom): string {
  const serial = random.int(0, 9_999_999);
  return `${random.pick(AIRLINE_PREFIXES)}-${String(serial).padStart(7, '0')}${serial % 7}`;
}

/** A WCO UCR: year digit, country, exporter id and a shipment reference. */
export function unitConsignmentReference(input: {
  year: string;
  country: string;
  trader: string;
  serial: number;
}): string {
  return `${input.year.slice(-1)}${input.country}${input.trader}-${String(input.serial).padStart(8, '0')}`;
}
