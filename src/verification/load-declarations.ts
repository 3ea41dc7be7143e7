import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Declaration } from '../core/model/declaration-schema.js';
import type { DecodeProblem } from '../formats/decode-event.js';
import { decodeStream } from '../formats/decode-stream.js';

export interface LoadedDeclarations {
  declarations: Declaration[];
  problems: DecodeProblem[];
}

/** Extensions of the message files read from a folder (a README or licence beside them is not one). */
export const MESSAGE_EXTENSIONS = ['.csv', '.json', '.xml', '.edi', '.edifact'];

/** Files under the paths given: files as named; folders one level deep, message files only, in name order. */
export async function listFiles(paths: readonly string[], extensions = MESSAGE_EXTENSIONS): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).sort();
      for (const name of names)
        if (extensions.some((e) => name.toLowerCase().endsWith(e))) files.push(join(path, name));
    } else files.push(path);
  }
  return files;
}

/**
 * Decodes declaration files (CSV, JSON, WCO XML, CUSDEC; detected from content) into canonical
 * declarations, streamed; problems are kept, never thrown.
 */
export async function loadDeclarations(
  paths: readonly string[],
  limit = Number.POSITIVE_INFINITY,
): Promise<LoadedDeclarations> {
  const declarations: Declaration[] = [];
  const problems: DecodeProblem[] = [];
  for (const file of paths) {
    for await (const event of decodeStream(createReadStream(file))) {
      if (event.kind === 'declaration') declarations.push(event.declaration);
      else if (event.kind === 'problem') problems.push(event);
      if (declarations.length >= limit) return { declarations, problems };
    }
  }
  return { declarations, problems };
}
