import { format, resolveConfig } from 'prettier';
import { DeclarationSchema } from '../src/core/model/declaration-schema.js';
import { CsvMappingSchema } from '../src/formats/csv/csv-mapping-schema.js';

const DRAFT = 'http://json-schema.org/draft-07/schema#';

/** The JSON Schema files as they must be committed (formatted like the rest of the repository). */
export async function renderSchemas(): Promise<{ file: string; text: string }[]> {
  const options = (await resolveConfig(new URL('../package.json', import.meta.url))) ?? {};
  const render = (schema: object) =>
    format(JSON.stringify({ $schema: DRAFT, ...schema }), { ...options, parser: 'json' });
  return [
    { file: 'schema/declaration.schema.json', text: await render(DeclarationSchema) },
    { file: 'schema/csv-mapping.schema.json', text: await render(CsvMappingSchema) },
  ];
}
