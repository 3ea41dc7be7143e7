/** Writes docs/validation-rules.md from the rule catalogue: `npx tsx scripts/generate-validation-docs.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleCatalogue } from '../src/core/validation/rule-catalogue.js';
import { ruleCatalogueMarkdown } from '../src/core/validation/rule-catalogue-markdown.js';

const target = fileURLToPath(new URL('../docs/validation-rules.md', import.meta.url));
writeFileSync(target, ruleCatalogueMarkdown(ruleCatalogue()));
console.log(`wrote ${target}`);
