import type { EnsParty } from '../../core/model/entry-summary.js';
import { quoteValue } from '../decode-problem.js';
import { MapContext } from '../wco-xml/map-context.js';
import { xpathOf, type XmlElement } from '../wco-xml/xml-element.js';
import type { MessageWarning } from '../decode-event.js';

/** ICS `DateTimeType`: `yyyyMMddHHmm`. */
const DATE_TIME_12 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * Reads ICS1 data items with their formats (from the CC315A / CC313A v11.2 schemas): a number,
 * mass or date that breaks its format is a fault (the message cannot be read right); a code that
 * breaks its pattern, or a missing mandatory item, is a warning (the value is kept as sent).
 */
export class IcsContext extends MapContext {
  readonly warnings: MessageWarning[] = [];

  /** `n..max`: digits only. */
  count(parent: XmlElement | undefined, name: string, maxDigits: number): number | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    if (new RegExp(`^\\d{1,${maxDigits}}$`).test(element.text)) return Number(element.text);
    this.fault(
      element,
      'schema-violation',
      `${quoteValue(element.text)} is not a number: expected up to ${maxDigits} digits (n..${maxDigits})`,
    );
    return undefined;
  }

  /** `n..max` kept as text (a code such as the transport mode, where `02` and `2` differ for a reader). */
  digits(parent: XmlElement | undefined, name: string, maxDigits: number): string | undefined {
    return this.count(parent, name, maxDigits) === undefined ? undefined : this.text(parent, name);
  }

  /** `n..11,3`: a mass in kilograms. */
  massKg(parent: XmlElement | undefined, name: string): number | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    const match = /^(\d+)(?:\.(\d+))?$/.exec(element.text);
    const fraction = (match?.[2] ?? '').replace(/0+$/, '');
    const integer = (match?.[1] ?? '').replace(/^0+(?=\d)/, '');
    if (match && fraction.length <= 3 && integer.length + fraction.length <= 11) return Number(element.text);
    this.fault(
      element,
      'schema-violation',
      `${quoteValue(element.text)} is not a mass: expected a decimal number with up to 11 digits, 3 of them after the point (n..11,3)`,
    );
    return undefined;
  }

  /** `yyyyMMddHHmm` → ISO 8601. */
  dateTime(parent: XmlElement | undefined, name: string): string | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    const match = DATE_TIME_12.exec(element.text);
    const iso = match ? isoDateTime(match.slice(1).map(Number)) : undefined;
    if (iso === undefined)
      this.fault(
        element,
        'schema-violation',
        `${quoteValue(element.text)} is not a date and time: expected yyyyMMddHHmm (n12), e.g. 202403151430`,
      );
    return iso;
  }

  /** Message preparation date (`yyMMdd`) and time (`HHmm`) → ISO 8601. */
  preparedAt(root: XmlElement): string | undefined {
    const date = this.child(root, 'DatOfPreMES9');
    const time = this.child(root, 'TimOfPreMES10');
    if (date === undefined || time === undefined) return undefined;
    const d = /^(\d{2})(\d{2})(\d{2})$/.exec(date.text);
    const t = /^(\d{2})(\d{2})$/.exec(time.text);
    const iso =
      d && t ? isoDateTime([2000 + Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])]) : undefined;
    if (iso === undefined) {
      const bad = d ? time : date;
      this.fault(
        bad,
        'schema-violation',
        `${quoteValue(bad.text)} is not a ${d ? 'time HHmm (n4)' : 'date yyMMdd (n6)'}`,
      );
    }
    return iso;
  }

  /** A code kept as sent, with a warning when it breaks its pattern. */
  code(parent: XmlElement | undefined, name: string, pattern: { test: RegExp; expected: string }): string | undefined {
    const element = this.child(parent, name);
    if (element === undefined || element.text === '') return undefined;
    if (!pattern.test.test(element.text)) this.warn(element, `${quoteValue(element.text)} is not ${pattern.expected}`);
    return element.text;
  }

  /** A mandatory item that is absent: a warning naming it. */
  expect(parent: XmlElement | undefined, name: string, what: string): void {
    if (parent !== undefined && !parent.children.some((child) => child.name === name)) {
      this.warnings.push({
        message: `${xpathOf(parent)}/${name} (${what}) is missing; the schema requires it`,
        element: `${xpathOf(parent)}/${name}`,
        line: parent.line,
      });
    }
  }

  warn(element: XmlElement, what: string): void {
    const path = xpathOf(element);
    this.warnings.push({
      message: `${path} at line ${element.line}: ${what}`,
      line: element.line,
      column: element.column,
      element: path,
    });
  }

  /** A trader block: its children are named by role (`NamCO17`, `TINCE159`, `CtyPRTNOT643`), so prefixes find them. */
  party(element: XmlElement | undefined): EnsParty | undefined {
    if (element === undefined) return undefined;
    element.used = true;
    const party: EnsParty = {};
    const fields: [keyof EnsParty, RegExp][] = [
      ['tin', /^TIN/],
      ['name', /^Nam/],
      ['street', /^Str/],
      ['postcode', /^(Pos|Pst)Cod/],
      ['city', /^(Cit|Cty)/],
      ['country', /^Cou/],
    ];
    for (const [key, prefix] of fields) {
      const child = element.children.find(
        (candidate) => prefix.test(candidate.name) && !candidate.name.endsWith('LNG'),
      );
      if (child === undefined || child.text === '') continue;
      child.used = true;
      party[key] = child.text;
    }
    return party;
  }
}

function isoDateTime(parts: number[]): string | undefined {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = parts;
  if (!(month >= 1 && month <= 12 && day >= 1 && hour < 24 && minute < 60)) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
}
