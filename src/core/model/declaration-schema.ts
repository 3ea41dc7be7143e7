import { Type, type Static } from '@sinclair/typebox';
import { ConsignmentSchema, TransportSchema } from './consignment-schema.js';
import type { DocumentSchema } from './document-schema.js';
import { additionalDocuments, additionalInformation, previousDocuments } from './document-schema.js';
import type { ClassificationSchema, DutyTaxFeeSchema } from './goods-item-schema.js';
import { GoodsItemSchema } from './goods-item-schema.js';
import { PartiesSchema } from './party-schema.js';
import { code, D, GI, GS, num, wco } from './wco-annotation.js';

// The parts live in their own files (one per WCO class group); importers keep using this module.
export { ConsignmentSchema, TransportEquipmentSchema, TransportSchema } from './consignment-schema.js';
export { AdditionalInformationSchema, DocumentSchema, PreviousDocumentSchema } from './document-schema.js';
export { ClassificationSchema, DutyTaxFeeSchema, GoodsItemSchema, PackagingSchema } from './goods-item-schema.js';
export { AddressSchema, PartiesSchema } from './party-schema.js';

/**
 * The canonical declaration, aligned with the WCO Data Model 3.6 (DEC-DMS).
 *
 * Every field carries `x-wco-id` (the WCO element or class ID) and `x-wco-xpath`
 * (its place in WCO_DEC_2_DMS), so that a finding can point at an element the way
 * a WCO Response Error/Pointer does. The JSON Schema published at
 * `schema/declaration.schema.json` is generated from this file.
 */

export const AuthorisationSchema = Type.Object(
  {
    id: code({ wcoId: 'R144', xpath: `${D}/AuthorisationHolder/ID`, label: 'authorisation holder' }, 35),
    categoryCode: code(
      { wcoId: 'R145', xpath: `${D}/AuthorisationHolder/CategoryCode`, label: 'authorisation type' },
      4,
    ),
  },
  { additionalProperties: false },
);

export const AmendmentSchema = Type.Object(
  {
    changeReasonCode: code({ wcoId: '099', xpath: `${D}/Amendment/ChangeReasonCode`, label: 'amendment reason' }, 3),
    pointers: Type.Optional(Type.Array(Type.String({ maxLength: 256 }))),
  },
  { additionalProperties: false },
);

export const GuaranteeSchema = Type.Object(
  {
    id: code({ wcoId: 'D014', xpath: `${D}/ObligationGuarantee/ID`, label: 'guarantee document reference' }, 70),
    referenceId: code(
      { wcoId: '100', xpath: `${D}/ObligationGuarantee/ReferenceID`, label: 'guarantee reference' },
      35,
    ),
    securityDetailsCode: code(
      { wcoId: '101', xpath: `${D}/ObligationGuarantee/SecurityDetailsCode`, label: 'guarantee type' },
      3,
    ),
    amount: num({ wcoId: '492', xpath: `${D}/ObligationGuarantee/AmountAmount`, label: 'security amount' }),
    accessCode: code({ wcoId: '499', xpath: `${D}/ObligationGuarantee/AccessCode`, label: 'guarantee access code' }, 4),
    officeId: code(
      { wcoId: 'G014', xpath: `${D}/ObligationGuarantee/GuaranteeOffice/ID`, label: 'guarantee office' },
      17,
    ),
  },
  { additionalProperties: false },
);

export const DeclarationSchema = Type.Object(
  {
    functionCode: Type.String({
      maxLength: 2,
      ...wco({ wcoId: '017', xpath: `${D}/FunctionCode`, label: 'message function (9 original, 13 amendment)' }),
    }),
    typeCode: code({ wcoId: 'D013', xpath: `${D}/TypeCode`, label: 'declaration type' }, 3),
    functionalReferenceId: code(
      { wcoId: 'D026', xpath: `${D}/FunctionalReferenceID`, label: 'your reference (LRN)' },
      35,
    ),
    mrn: code({ wcoId: 'D014', xpath: `${D}/ID`, label: 'movement reference number (MRN)' }, 70),
    issueDate: code({ wcoId: 'D011', xpath: `${D}/IssueDateTime`, label: 'declaration date' }, 35),
    acceptanceDate: code({ wcoId: '023', xpath: `${D}/AcceptanceDateTime`, label: 'acceptance date' }, 35),
    declarationOfficeId: code({ wcoId: '065', xpath: `${D}/DeclarationOfficeID`, label: 'customs office' }, 17),
    currencyCode: code({ wcoId: '135', xpath: `${D}/CurrencyExchange/CurrencyTypeCode`, label: 'invoice currency' }, 3),
    exchangeRate: num({ wcoId: '118', xpath: `${D}/CurrencyExchange/RateNumeric`, label: 'exchange rate' }),
    invoiceAmount: num({ wcoId: '109', xpath: `${D}/InvoiceAmount`, label: 'total invoice amount' }),
    totalGrossMassKg: num({ wcoId: '131', xpath: `${D}/TotalGrossMassMeasure`, label: 'total gross mass (kg)' }),
    totalPackageQuantity: num({ wcoId: '146', xpath: `${D}/TotalPackageQuantity`, label: 'total number of packages' }),
    goodsItemQuantity: num({ wcoId: '228', xpath: `${D}/GoodsItemQuantity`, label: 'number of goods items' }),
    specificCircumstancesCode: code(
      { wcoId: '504', xpath: `${D}/SpecificCircumstancesCodeCode`, label: 'specific circumstances' },
      3,
    ),
    parties: PartiesSchema,
    authorisations: Type.Optional(
      Type.Array(AuthorisationSchema, {
        ...wco({ wcoId: '17C', xpath: `${D}/AuthorisationHolder`, label: 'authorisation' }),
      }),
    ),
    transport: TransportSchema,
    consignment: ConsignmentSchema,
    goodsItems: Type.Array(GoodsItemSchema, {
      maxItems: 999,
      ...wco({ wcoId: '68A', xpath: GI, label: 'goods items' }),
    }),
    previousDocuments: previousDocuments(GS),
    documents: additionalDocuments(D),
    /** One amendment; a WCO message with several `Amendment` elements fills `amendments` instead. */
    amendment: Type.Optional(AmendmentSchema),
    amendments: Type.Optional(
      Type.Array(AmendmentSchema, { ...wco({ wcoId: '06A', xpath: `${D}/Amendment`, label: 'amendments' }) }),
    ),
    additionalInformation: additionalInformation(D),
    guarantees: Type.Optional(
      Type.Array(GuaranteeSchema, { ...wco({ wcoId: '90A', xpath: `${D}/ObligationGuarantee`, label: 'guarantee' }) }),
    ),
    exitOfficeId: code({ wcoId: 'G005', xpath: `${D}/ExitOffice/ID`, label: 'office of exit' }, 17),
    supervisingOfficeId: code({ wcoId: 'G012', xpath: `${D}/SupervisingOffice/ID`, label: 'supervising office' }, 17),
    presentationOfficeId: code(
      { wcoId: 'G015', xpath: `${D}/PresentationOffice/ID`, label: 'office of presentation' },
      17,
    ),
    /**
     * National data elements with no WCO DM counterpart (for the Korean data set:
     * process type, import type, import use, payment type). WCO class 03A
     * (AdditionalInformation) is where a WCO message would carry them.
     */
    nationalCodes: Type.Optional(
      Type.Record(Type.String({ maxLength: 35 }), Type.String({ maxLength: 70 }), {
        ...wco({ wcoId: '03A', xpath: `${D}/AdditionalInformation`, label: 'national data' }),
      }),
    ),
  },
  {
    $id: 'https://tamga.dev/schema/declaration.schema.json',
    title: 'Tamga canonical declaration (WCO DM 3.6 aligned)',
    additionalProperties: false,
    ...wco({ wcoId: '42A', xpath: D, label: 'declaration' }),
  },
);

export type Declaration = Static<typeof DeclarationSchema>;
export type GoodsItem = Static<typeof GoodsItemSchema>;
export type Party = NonNullable<Static<typeof PartiesSchema>['declarant']>;
export type Parties = Static<typeof PartiesSchema>;
export type DutyTaxFee = Static<typeof DutyTaxFeeSchema>;
export type DeclarationDocument = Static<typeof DocumentSchema>;
export type Consignment = Static<typeof ConsignmentSchema>;
export type Classification = Static<typeof ClassificationSchema>;
