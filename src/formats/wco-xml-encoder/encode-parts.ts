import type { DeclarationDocument, Party } from '../../core/model/declaration-schema.js';
import { dateTime, leaf, node, type Xml } from './xml-build.js';

type Address = NonNullable<Party['address']>;
interface Statement {
  statementCode?: string;
  statementDescription?: string;
  statementTypeCode?: string;
  pointers?: string[];
}

/** A WCO party: Name, ID, FunctionCode (agent representation), Address, in the schema's order. */
export function party(name: string, value: Party | undefined): Xml {
  if (value === undefined) return '';
  return node(
    name,
    leaf('Name', value.name),
    leaf('ID', value.id),
    leaf('FunctionCode', value.functionCode),
    address(value.address),
  );
}

export function address(value: Address | undefined): Xml {
  if (value === undefined) return '';
  return node(
    'Address',
    leaf('CityName', value.cityName),
    leaf('CountryCode', value.countryCode),
    leaf('Line', value.line),
    leaf('PostcodeID', value.postcodeId),
  );
}

/** `AdditionalDocument` / `PreviousDocument`. */
export function documents(name: string, values: readonly DeclarationDocument[] | undefined): Xml {
  return (values ?? [])
    .map(
      (document) =>
        node(
          name,
          leaf('CategoryCode', document.categoryCode),
          dateTime('EffectiveDateTime', document.effectiveDate),
          leaf('ID', document.id),
          leaf('Name', document.name),
          leaf('TypeCode', document.typeCode),
          leaf('LPCOExemptionCode', document.lpcoExemptionCode),
          leaf('LineNumeric', document.lineNumber),
          node(
            'WriteOff',
            leaf('QuantityQuantity', document.writeOffQuantity, { unitCode: document.writeOffQuantityUnit }),
          ),
        ) || `<${name}/>`,
    )
    .join('');
}

/** `AdditionalInformation` with its pointer (`42A/67A[2]/R144` → one `Pointer` per class, the tag on the last). */
export function statements(values: readonly Statement[] | undefined): Xml {
  return (values ?? [])
    .map(
      (statement) =>
        node(
          'AdditionalInformation',
          leaf('StatementCode', statement.statementCode),
          leaf('StatementDescription', statement.statementDescription),
          leaf('StatementTypeCode', statement.statementTypeCode),
          pointers(statement.pointers),
        ) || '<AdditionalInformation/>',
    )
    .join('');
}

/** Canonical pointer text (as the decoder writes it) back to `Pointer` elements. */
export function pointers(values: readonly string[] | undefined): Xml {
  return (values ?? [])
    .flatMap((text) => pointerSteps(text))
    .map((step) =>
      node(
        'Pointer',
        leaf('SequenceNumeric', step.sequence),
        leaf('DocumentSectionCode', step.section),
        leaf('TagID', step.tag),
      ),
    )
    .join('');
}

const SECTION = /^(\d\d[A-Z])(?:\[(\d+)\])?$/;

function pointerSteps(text: string): { section?: string; sequence?: string; tag?: string }[] {
  const steps: { section?: string; sequence?: string; tag?: string }[] = [];
  for (const token of text.split('/')) {
    const section = SECTION.exec(token);
    const last = steps[steps.length - 1];
    if (section) steps.push({ section: section[1]!, ...(section[2] === undefined ? {} : { sequence: section[2] }) });
    else if (last !== undefined && last.tag === undefined) last.tag = token;
    else steps.push({ tag: token });
  }
  return steps;
}
