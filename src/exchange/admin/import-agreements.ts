import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Agreement } from '../../core/exchange/agreement.js';
import { parseAgreement } from '../../core/exchange/agreement-schema.js';
import type { AgreementStore } from '../../core/exchange/ports/exchange-store.js';

export type AgreementFileResult =
  | { file: string; status: 'stored' | 'unchanged'; agreement: Agreement }
  | { file: string; status: 'conflict'; agreement: Agreement; detail: string }
  | { file: string; status: 'invalid'; problems: string[] };

/** The `.json` files of a folder (sorted), or the paths given. */
export function agreementFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

/** Reads and checks agreement files, never stopping at a bad one. */
export function readAgreementFiles(paths: readonly string[]): AgreementFileResult[] {
  return agreementFiles(paths).map((file): AgreementFileResult => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      return {
        file,
        status: 'invalid',
        problems: [`${basename(file)} is not JSON: ${error instanceof Error ? error.message : String(error)}`],
      };
    }
    const parsed = parseAgreement(json);
    return parsed.status === 'valid'
      ? { file, status: 'stored', agreement: parsed.agreement }
      : { file, status: 'invalid', problems: parsed.problems };
  });
}

/**
 * Imports agreement files into the store. A stored version is never changed: a file that
 * alters one without raising `version` is a conflict (policy changes are new versions).
 */
export async function importAgreements(
  store: AgreementStore,
  paths: readonly string[],
): Promise<AgreementFileResult[]> {
  const results: AgreementFileResult[] = [];
  for (const result of readAgreementFiles(paths)) {
    if (result.status === 'invalid') {
      results.push(result);
      continue;
    }
    const status = await store.saveAgreement(result.agreement);
    results.push(
      status === 'conflict'
        ? {
            ...result,
            status,
            detail: `version ${result.agreement.version} of "${result.agreement.id}" is stored with other content: raise the version`,
          }
        : { ...result, status },
    );
  }
  return results;
}
