import { quoteValue } from '../decode-problem.js';
import { MapContext } from '../wco-xml/map-context.js';
import type { XmlElement } from '../wco-xml/xml-element.js';

/**
 * Local reference numbers Tamga accepts: 1 to 22 characters (NCTS `an..22`), letters, digits and
 * `. _ / -`. Stricter than the XSD's "no spaces at the ends": a LRN is matched across messages
 * and systems, and braces, quotes or spaces inside one are template or typing accidents.
 */
export const LRN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,21}$/;
/** NCTS `MRNType`: the 18-character MRN of NCTS phase 4 and of phase 5 (`[J-M]` procedure letter). */
const MRN_PATTERNS = [/^([01]\d|2[0-4])[A-Z]{2}[A-Z0-9]{13}\d$/, /^(2[4-9]|[3-9]\d)[A-Z]{2}[A-Z0-9]{12}[J-M]\d$/];
/** NCTS `CORefNumType`: customs office reference number, country code + 6. */
const OFFICE = /^[A-Z]{2}[A-Z0-9]{6}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
const INTEGER = /^\d{1,9}$/;

/** Reads NCTS data items with their DDNTA formats checked; what breaks a format becomes a fault with line and column. */
export class NctsContext extends MapContext {
  lrn(parent: XmlElement | undefined): string | undefined {
    return this.checked(parent, 'LRN', (value) =>
      LRN_PATTERN.test(value)
        ? undefined
        : `LRN ${quoteValue(value)} does not match the pattern ${LRN_PATTERN.source.slice(1, -1)}: a local reference number has 1 to 22 letters, digits, '.', '_', '/' or '-'${/[{}]/.test(value) ? ' (this looks like an unfilled template placeholder)' : ''}`,
    );
  }

  mrn(parent: XmlElement | undefined, name = 'MRN'): string | undefined {
    return this.checked(parent, name, (value) =>
      MRN_PATTERNS.some((pattern) => pattern.test(value))
        ? undefined
        : `MRN ${quoteValue(value)} is not a movement reference number: expected 18 characters, year (2 digits), country (2 letters), 13 letters or digits (the last a procedure letter J-M for NCTS phase 5) and a check digit`,
    );
  }

  office(parent: XmlElement | undefined): string | undefined {
    return this.checked(parent, 'referenceNumber', (value) =>
      OFFICE.test(value)
        ? undefined
        : `customs office ${quoteValue(value)} is not an office reference number: expected 2 capital letters (country) and 6 capital letters or digits, e.g. GB000060`,
    );
  }

  isoDate(parent: XmlElement | undefined, name: string): string | undefined {
    return this.checked(parent, name, (value) =>
      validDate(DATE.exec(value)) ? undefined : `expected a date YYYY-MM-DD, got ${quoteValue(value)}`,
    );
  }

  isoDateTime(parent: XmlElement | undefined, name: string): string | undefined {
    return this.checked(parent, name, (value) => {
      const match = DATE_TIME.exec(value);
      const ok = validDate(match) && Number(match![4]) < 24 && Number(match![5]) < 60 && Number(match![6]) < 61;
      return ok ? undefined : `expected a date and time YYYY-MM-DDThh:mm:ss, got ${quoteValue(value)}`;
    });
  }

  /** A mass or amount: unsigned decimal; `positive` for the masses NCTS declares without zero. */
  decimalValue(parent: XmlElement | undefined, name: string, positive = false): number | undefined {
    const text = this.checked(parent, name, (value) => {
      if (!DECIMAL.test(value)) return `expected an unsigned decimal number, got ${quoteValue(value)}`;
      return positive && Number(value) === 0 ? `must be more than 0, got ${quoteValue(value)}` : undefined;
    });
    return text === undefined ? undefined : Number(text);
  }

  integer(parent: XmlElement | undefined, name: string): number | undefined {
    const text = this.checked(parent, name, (value) =>
      INTEGER.test(value) ? undefined : `expected a whole number, got ${quoteValue(value)}`,
    );
    return text === undefined ? undefined : Number(text);
  }

  /** NCTS flags are `0` or `1`. */
  flag(parent: XmlElement | undefined, name: string): boolean | undefined {
    const text = this.checked(parent, name, (value) =>
      value === '0' || value === '1' ? undefined : `expected 0 or 1, got ${quoteValue(value)}`,
    );
    return text === undefined ? undefined : text === '1';
  }

  /** A child that must be there; a fault on the parent when it is not. */
  required(parent: XmlElement, name: string, what: string): XmlElement | undefined {
    const found = this.child(parent, name);
    if (found === undefined) this.fault(parent, 'missing-element', `${name} (${what}) is missing`);
    return found;
  }

  private checked(
    parent: XmlElement | undefined,
    name: string,
    problem: (value: string) => string | undefined,
  ): string | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    const why = problem(element.text);
    if (why === undefined) return element.text;
    this.fault(element, 'schema-violation', why);
    return undefined;
  }
}

function validDate(match: RegExpExecArray | null): boolean {
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
