import { Type, type Static } from '@sinclair/typebox';

/** One CSV column and where its value goes in the canonical declaration. */
export const CsvColumnMappingSchema = Type.Object(
  {
    column: Type.String({ minLength: 1, description: 'Column name as it appears in the header line.' }),
    path: Type.String({
      minLength: 1,
      description:
        'Canonical path, e.g. `goodsItems[0].classifications[0].id`; `goodsItems[*]` is the goods item of the row; `outcome.fraud`, `outcome.criticalFraud`, `outcome.revenueRaised` carry inspection outcomes.',
    }),
    type: Type.Optional(
      Type.Union([Type.Literal('string'), Type.Literal('number'), Type.Literal('integer'), Type.Literal('date')], {
        description: 'How the text is read; default `string`.',
      }),
    ),
    format: Type.Optional(
      Type.String({
        description:
          'Date format for `type: date`: tokens YYYY, YY, MM, M, DD, D, MMM (Jan..Dec) and literal separators, e.g. `DD/MM/YYYY`, `D-MMM-YY`; or `ISO` (date or date-time). Dates become YYYY-MM-DD.',
      }),
    ),
    required: Type.Optional(Type.Boolean({ description: 'The column must be in the header and the value non-empty.' })),
    values: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
        description: 'Value map applied to the trimmed text before typing, e.g. `{ "AIR": "4" }`.',
      }),
    ),
    onlyListedValues: Type.Optional(
      Type.Boolean({ description: 'A value missing from `values` is a problem instead of passing through.' }),
    ),
    padStart: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 35,
        description: 'Left-pad with zeros to this length (codes whose leading zero a spreadsheet lost).',
      }),
    ),
    decimalComma: Type.Optional(Type.Boolean({ description: 'Overrides the mapping-wide `decimalComma`.' })),
    description: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const CsvMappingSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Unique name, used to pick the mapping.' }),
    description: Type.String({ description: 'What layout this is, where it comes from, what codes mean.' }),
    source: Type.Optional(Type.String()),
    licence: Type.Optional(Type.String()),
    delimiter: Type.Optional(
      Type.Union([Type.Literal(','), Type.Literal(';'), Type.Literal('\t'), Type.Literal('|')], {
        description: 'Default: detected from the header line.',
      }),
    ),
    decimalComma: Type.Optional(Type.Boolean({ description: 'Numbers are written 1.234,5 (default false).' })),
    identifyingHeaders: Type.Array(Type.String({ minLength: 1 }), {
      minItems: 1,
      description: 'Header names that recognise the layout: all of them present means this mapping applies.',
    }),
    groupBy: Type.Optional(
      Type.String({
        description:
          'Column whose value keys one declaration: consecutive rows with the same value become one declaration with one goods item per row (`goodsItems[*]`).',
      }),
    ),
    columns: Type.Array(CsvColumnMappingSchema, { minItems: 1 }),
    ignoredColumns: Type.Optional(
      Type.Array(Type.String(), { description: 'Columns known and deliberately not mapped (documentation).' }),
    ),
    defaults: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
        description: 'Constant values by canonical path, e.g. `{ "functionCode": "9" }`; columns override them.',
      }),
    ),
  },
  {
    $id: 'https://tamga.dev/schema/csv-mapping.schema.json',
    title: 'Tamga CSV column mapping',
    additionalProperties: false,
  },
);

export type CsvMapping = Static<typeof CsvMappingSchema>;
export type CsvColumnMapping = Static<typeof CsvColumnMappingSchema>;
