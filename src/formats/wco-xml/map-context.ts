import type { DecodeProblemCode } from '../decode-event.js';
import { quoteValue } from '../decode-problem.js';
import { wcoNumberViolation } from '../wco-number-format.js';
import { wcoDateTime } from './wco-date.js';
import { xpathOf, type XmlElement } from './xml-element.js';

/** A value in the XML that cannot be read, with where it is. */
export interface XmlFault {
  code: DecodeProblemCode;
  message: string;
  line: number;
  column: number;
  element: string;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const MASS_UNITS: Readonly<Record<string, number>> = { KGM: 1, GRM: 0.001, TNE: 1000 };

/**
 * Reads elements by local name for the mappers, marks what it read (so that what no mapper
 * read can be listed), and collects faults instead of throwing.
 */
export class MapContext {
  readonly faults: XmlFault[] = [];

  child(parent: XmlElement | undefined, name: string): XmlElement | undefined {
    const found = parent?.children.find((element) => element.name === name);
    if (found !== undefined) found.used = true;
    return found;
  }

  all(parent: XmlElement | undefined, name: string): XmlElement[] {
    const found = parent?.children.filter((element) => element.name === name) ?? [];
    for (const element of found) element.used = true;
    return found;
  }

  /** Trimmed text of a child element; `undefined` when absent or empty. */
  text(parent: XmlElement | undefined, name: string): string | undefined {
    const element = this.child(parent, name);
    return element === undefined || element.text === '' ? undefined : element.text;
  }

  attribute(element: XmlElement | undefined, name: string): string | undefined {
    const value = element?.attributes[name];
    if (element === undefined || value === undefined) return undefined;
    (element.usedAttributes ??= new Set()).add(name);
    return value.trim() === '' ? undefined : value.trim();
  }

  /** A decimal child, checked against the WCO format of canonical field `field`. */
  number(parent: XmlElement | undefined, name: string, field: string): number | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    return this.decimal(element, field);
  }

  /** A mass in kilograms, converted from GRM or TNE when `unitCode` says so. */
  mass(parent: XmlElement | undefined, name: string, field: string): number | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    const unit = this.attribute(element, 'unitCode') ?? 'KGM';
    const factor = MASS_UNITS[unit];
    if (factor === undefined) {
      this.fault(
        element,
        'wrong-type',
        `unit ${JSON.stringify(unit)} is not a mass unit Tamga converts (KGM, GRM, TNE)`,
      );
      return undefined;
    }
    const value = this.decimal(element, field);
    return value === undefined ? undefined : value * factor;
  }

  /** `<X><DateTimeString formatCode="102|304">...</DateTimeString></X>` or plain text, as ISO 8601. */
  date(parent: XmlElement | undefined, name: string): string | undefined {
    const element = this.child(parent, name);
    if (element === undefined) return undefined;
    const inner = this.child(element, 'DateTimeString');
    const holder = inner ?? element;
    if (holder.text === '') return undefined;
    const format = this.attribute(inner, 'formatCode');
    const iso = wcoDateTime(holder.text, format);
    if (iso === undefined) {
      this.fault(
        holder,
        'wrong-type',
        `expected a date${format ? ` in format ${format}` : ''}, got ${quoteValue(holder.text)}`,
      );
    }
    return iso;
  }

  fault(element: XmlElement, code: DecodeProblemCode, what: string): void {
    const element_ = xpathOf(element);
    this.faults.push({
      code,
      message: `${element_} at line ${element.line}, column ${element.column}: ${what}`,
      line: element.line,
      column: element.column,
      element: element_,
    });
  }

  private decimal(element: XmlElement, field: string): number | undefined {
    if (!DECIMAL.test(element.text)) {
      this.fault(element, 'wrong-type', `expected a decimal number, got ${quoteValue(element.text)}`);
      return undefined;
    }
    const value = Number(element.text);
    const violation = wcoNumberViolation(field, value);
    if (violation !== undefined) {
      this.fault(element, 'schema-violation', violation);
      return undefined;
    }
    return value;
  }
}
