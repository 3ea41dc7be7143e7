import { Type } from '@sinclair/typebox';
import { code, num, text, wco } from './wco-annotation.js';

/** Additional documents (02A) and previous documents (99A) share a shape but not their WCO IDs. */
const documentSchema = (ids: { type: string; id: string }) =>
  Type.Object(
    {
      categoryCode: code({ wcoId: 'D031', xpath: 'Document/CategoryCode', label: 'document category' }, 3),
      typeCode: code({ wcoId: ids.type, xpath: 'Document/TypeCode', label: 'document type' }, 6),
      id: code({ wcoId: ids.id, xpath: 'Document/ID', label: 'document reference' }, 70),
      lineNumber: num({ wcoId: '171', xpath: 'Document/LineNumeric', label: 'document line number' }),
      name: text({ wcoId: 'D028', xpath: 'Document/Name', label: 'document name' }, 256),
      effectiveDate: code({ wcoId: '276', xpath: 'Document/EffectiveDateTime', label: 'document date' }, 35),
      lpcoExemptionCode: code(
        { wcoId: '360', xpath: 'Document/LPCOExemptionCode', label: 'document status (LPCO exemption code)' },
        3,
      ),
      writeOffQuantity: num({
        wcoId: '502',
        xpath: 'Document/WriteOff/QuantityQuantity',
        label: 'quantity written off',
      }),
      writeOffQuantityUnit: code(
        {
          wcoId: '502',
          xpath: 'Document/WriteOff/QuantityQuantity/@unitCode',
          label: 'unit of the quantity written off',
        },
        8,
      ),
    },
    { additionalProperties: false },
  );

export const DocumentSchema = documentSchema({ type: 'D006', id: 'D005' });
export const PreviousDocumentSchema = documentSchema({ type: 'D019', id: 'D018' });

export const previousDocuments = (xpath: string) =>
  Type.Optional(
    Type.Array(PreviousDocumentSchema, {
      ...wco({ wcoId: '99A', xpath: `${xpath}/PreviousDocument`, label: 'previous document' }),
    }),
  );
export const additionalDocuments = (xpath: string) =>
  Type.Optional(
    Type.Array(DocumentSchema, {
      ...wco({ wcoId: '02A', xpath: `${xpath}/AdditionalDocument`, label: 'document or certificate' }),
    }),
  );

export const AdditionalInformationSchema = Type.Object(
  {
    statementCode: code({ wcoId: '226', xpath: 'AdditionalInformation/StatementCode', label: 'statement code' }, 17),
    statementDescription: text(
      { wcoId: '225', xpath: 'AdditionalInformation/StatementDescription', label: 'statement text' },
      512,
    ),
    statementTypeCode: code(
      { wcoId: '369', xpath: 'AdditionalInformation/StatementTypeCode', label: 'statement type' },
      3,
    ),
    pointers: Type.Optional(
      Type.Array(Type.String({ maxLength: 256 }), {
        ...wco({ wcoId: '97A', xpath: 'AdditionalInformation/Pointer', label: 'statement pointer' }),
      }),
    ),
  },
  { additionalProperties: false },
);

export const additionalInformation = (xpath: string) =>
  Type.Optional(
    Type.Array(AdditionalInformationSchema, {
      ...wco({ wcoId: '03A', xpath: `${xpath}/AdditionalInformation`, label: 'additional information' }),
    }),
  );
