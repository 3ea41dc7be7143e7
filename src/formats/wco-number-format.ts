/**
 * WCO DM numeric formats (from WCO_DEC_2_DMS.xsd): `n..16,6` is an unsigned decimal with at most
 * 16 digits, 6 of them after the point. A number outside its format cannot travel in a WCO message,
 * so it is a structural problem, not a plausibility finding: negative masses, 1e308 values.
 */
interface NumberFormat {
  wcoFormat: string;
  integerDigits: number;
}

const MEASURE: NumberFormat = { wcoFormat: 'n..16,6', integerDigits: 10 };
const AMOUNT: NumberFormat = { wcoFormat: 'n..16,3', integerDigits: 13 };
const COUNT5: NumberFormat = { wcoFormat: 'n..5', integerDigits: 5 };
const COUNT8: NumberFormat = { wcoFormat: 'n..8', integerDigits: 8 };

/** Keyed by the canonical field name; the same name has the same format wherever it appears. */
const FORMATS: Readonly<Record<string, NumberFormat>> = {
  netMassKg: MEASURE,
  grossMassKg: MEASURE,
  totalGrossMassKg: MEASURE,
  tariffQuantity: MEASURE,
  taxBaseQuantity: MEASURE,
  writeOffQuantity: MEASURE,
  itemPrice: AMOUNT,
  customsValue: AMOUNT,
  statisticalValue: AMOUNT,
  invoiceAmount: AMOUNT,
  freightAmount: AMOUNT,
  taxBaseAmount: AMOUNT,
  assessedAmount: AMOUNT,
  paymentAmount: AMOUNT,
  amount: AMOUNT,
  rate: { wcoFormat: 'an..17,3', integerDigits: 14 },
  exchangeRate: { wcoFormat: 'n..12,5', integerDigits: 7 },
  sequence: COUNT5,
  lineNumber: COUNT5,
  goodsItemQuantity: COUNT5,
  quantity: COUNT8,
  totalPackageQuantity: COUNT8,
};

/**
 * A checker for one field, resolved once: the common valid case is two comparisons.
 * Returns why the value does not fit, or `undefined`.
 */
export function wcoNumberCheck(name: string): (value: number) => string | undefined {
  const format = FORMATS[name];
  const limit = format === undefined ? Infinity : 10 ** format.integerDigits;
  const lowest = format === undefined ? -Infinity : 0;
  return (value) => (value >= lowest && value < limit ? undefined : wcoNumberViolation(name, value));
}

/** Why `value` does not fit the WCO format of field `name`, or `undefined` when it fits. */
export function wcoNumberViolation(name: string, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${String(value)} is not a number that can be declared`;
  const format = FORMATS[name];
  if (format === undefined) return undefined;
  if (value < 0) return `${value} is negative, but WCO format ${format.wcoFormat} has no sign`;
  if (value >= 10 ** format.integerDigits) {
    return `${value} is too large: WCO format ${format.wcoFormat} allows at most ${format.integerDigits} digits before the decimal point`;
  }
  return undefined;
}

/** Every number in a declaration that breaks its WCO format, with its path. */
export function findNumberViolations(value: unknown): { path: string[]; message: string }[] {
  const found: { path: string[]; message: string }[] = [];
  walk(value, [], found);
  return found;
}

// A path stack instead of per-node arrays: this runs once per decoded declaration.
function walk(value: unknown, path: string[], found: { path: string[]; message: string }[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      path.push(String(i));
      walk(item, path, found);
      path.pop();
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (typeof child === 'number') {
      const message = wcoNumberViolation(key, child);
      if (message !== undefined) found.push({ path: [...path, key], message });
    } else if (typeof child === 'object' && child !== null) {
      path.push(key);
      walk(child, path, found);
      path.pop();
    }
  }
}
