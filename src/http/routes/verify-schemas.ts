import { Type } from '@sinclair/typebox';
import { DeclarationSchema } from '../../core/model/declaration-schema.js';

/**
 * Request bodies of the verification endpoints. Cargo reports and transit movements are checked
 * for the parts the checks read (further fields pass through), declarations against the canonical
 * schema, so that a malformed body is refused with the path of what is wrong.
 */
const Rates = Type.Record(Type.String({ pattern: '^[A-Z]{3}$' }), Type.Number({ exclusiveMinimum: 0 }), {
  description: 'Units of our currency per unit of another, e.g. { "USD": 1300 }',
});
const Options = Type.Record(Type.String(), Type.Union([Type.Number(), Type.String(), Type.Boolean()]), {
  description: 'Overrides of the check options (see docs/verification.md)',
});
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}', description: 'ISO 8601 date, e.g. 2024-05-01' });

const CargoConsignmentSchema = Type.Object({
  transportDocument: Type.Object({
    qualifier: Type.String(),
    kind: Type.String(),
    number: Type.Optional(Type.String()),
  }),
  references: Type.Array(Type.Object({ qualifier: Type.String(), value: Type.Optional(Type.String()) })),
  parties: Type.Array(
    Type.Object({ role: Type.String(), id: Type.Optional(Type.String()), name: Type.Optional(Type.String()) }),
  ),
  goodsItems: Type.Array(
    Type.Object({
      packages: Type.Array(Type.Object({ count: Type.Optional(Type.Number()) })),
      texts: Type.Array(Type.Object({ qualifier: Type.String(), text: Type.String() })),
      hsCodes: Type.Array(Type.String()),
      grossMassKg: Type.Optional(Type.Number()),
    }),
  ),
  containerIds: Type.Array(Type.String()),
  grossMassKg: Type.Optional(Type.Number()),
  dispatchCountryCode: Type.Optional(Type.String()),
});

export const CargoReportSchema = Type.Object({
  messageReference: Type.String(),
  documentNumber: Type.Optional(Type.String()),
  issueDate: Type.Optional(Type.String()),
  transport: Type.Array(
    Type.Object({
      arrivalDate: Type.Optional(Type.String()),
      dates: Type.Array(Type.Object({ qualifier: Type.String(), value: Type.String() })),
    }),
  ),
  consignments: Type.Array(CargoConsignmentSchema),
});

const EVENT_TYPES = [
  'declared',
  'released-for-transit',
  'passed-office-of-transit',
  'arrival-notified',
  'unloading-permitted',
  'unloading-remarks',
  'goods-released',
  'control-result',
  'incident',
  'invalidated',
  'amended',
  'invalidation-requested',
  'presentation-notified',
] as const;

export const TransitMovementSchema = Type.Object({
  officeOfDestinationDeclared: Type.String(),
  limitDate: Type.Optional(Type.String()),
  consignment: Type.Object({
    grossMassKg: Type.Optional(Type.Number()),
    equipment: Type.Array(
      Type.Object({
        sequence: Type.Number(),
        seals: Type.Array(Type.String()),
        goodsItemNumbers: Type.Array(Type.Number()),
      }),
    ),
    houseConsignments: Type.Array(
      Type.Object({
        items: Type.Array(
          Type.Object({ declarationGoodsItemNumber: Type.Number(), packages: Type.Array(Type.Object({})) }),
        ),
      }),
    ),
  }),
  events: Type.Array(
    Type.Object({
      type: Type.Union(EVENT_TYPES.map((type) => Type.Literal(type))),
      messageType: Type.String(),
      at: Type.String(),
    }),
  ),
});

const Declarations = Type.Array(DeclarationSchema);

export const PartnersBody = Type.Object({
  imports: Declarations,
  partnerExports: Declarations,
  exchangeRates: Type.Optional(Rates),
  options: Type.Optional(Options),
});

export const MirrorBody = Type.Object({
  imports: Declarations,
  partnerExports: Declarations,
  exchangeRates: Type.Optional(Rates),
  options: Type.Optional(Options),
  top: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const ManifestsBody = Type.Object({
  cargoReports: Type.Array(CargoReportSchema),
  declarations: Declarations,
  options: Type.Optional(Options),
});

export const TransitBody = Type.Object({
  movements: Type.Array(TransitMovementSchema),
  now: IsoDate,
  options: Type.Optional(Options),
});

/** `fromStore: true`: the stored cargo reports or NCTS messages and declarations, findings recorded. */
export const FromStoreBody = Type.Object({
  fromStore: Type.Literal(true),
  now: Type.Optional(IsoDate),
  options: Type.Optional(Options),
});
