import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Libxml2Module from 'libxml2-wasm';
import type { XmlSchemaCheck } from './xml-schema-check.js';
import { xsdIssues } from './xsd-issues.js';

/** The bundled HMRC XSDs (with Tamga's two entry points), relative to this file: `schemas/wco/`. */
export const WCO_SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/wco/', import.meta.url));
/** Where libxml2 finds the schemas in its virtual file system. */
const VIRTUAL_ROOT = '/tamga/schemas/wco';

export interface WcoXsdCheckOptions {
  /** `declaration` (MetaData + DEC-DMS, default) or `response` (MetaData + RES-DMS). */
  message?: 'declaration' | 'response';
  /** Folder holding `tamga-declaration.xsd`, `declaration/`, `notification/`; default {@link WCO_SCHEMA_DIR}. */
  schemaDir?: string;
}

type Libxml2 = typeof Libxml2Module;
let registered: Promise<Libxml2> | undefined;

/**
 * Compiles the WCO XSDs with libxml2 (WebAssembly, loaded only when strict mode is asked for)
 * into a synchronous checker. Compiling takes a few hundred milliseconds: do it once and keep it.
 */
export async function createWcoXsdCheck(options: WcoXsdCheckOptions = {}): Promise<XmlSchemaCheck> {
  const libxml2 = await loadSchemas(options.schemaDir ?? WCO_SCHEMA_DIR);
  const entry = `${VIRTUAL_ROOT}/tamga-${options.message ?? 'declaration'}.xsd`;
  const schemaDocument = libxml2.XmlDocument.fromString(
    await readFile(join(options.schemaDir ?? WCO_SCHEMA_DIR, `tamga-${options.message ?? 'declaration'}.xsd`), 'utf8'),
    { url: entry },
  );
  const validator = libxml2.XsdValidator.fromDoc(schemaDocument);
  return {
    check(bytes) {
      let document: InstanceType<Libxml2['XmlDocument']> | undefined;
      try {
        document = libxml2.XmlDocument.fromBuffer(bytes, { url: 'document.xml' });
        validator.validate(document);
        return [];
      } catch (error) {
        return xsdIssues(error);
      } finally {
        document?.dispose();
      }
    },
  };
}

/** Serves the schema files to libxml2 from memory (its `xs:import` resolves against them). */
function loadSchemas(dir: string): Promise<Libxml2> {
  registered ??= (async () => {
    const libxml2 = await import('libxml2-wasm');
    const files: Record<string, Uint8Array> = {};
    for (const path of await xsdFiles(dir)) {
      files[`${VIRTUAL_ROOT}/${relative(dir, path).split('\\').join('/')}`] = new Uint8Array(await readFile(path));
    }
    libxml2.xmlRegisterInputProvider(new libxml2.XmlBufferInputProvider(files));
    return libxml2;
  })();
  return registered;
}

async function xsdFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xsd'))
    .map((entry) => join(entry.parentPath, entry.name));
}
