import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { TransitMessage, TransitMovement } from '../core/model/transit-movement.js';
import { decodeStream } from '../formats/decode-stream.js';

export interface LoadedTransitInputs {
  /** Movements given as JSON (`TransitMovement[]`), already folded. */
  movements: TransitMovement[];
  /** NCTS messages read from XML files, to fold with the stored ones. */
  messages: TransitMessage[];
  /** Plain-language problems with the file and place; the rest still loads. */
  problems: string[];
}

/** Transit inputs from files: a JSON array of movements, or NCTS phase 5 XML messages (detected from content). */
export async function loadTransitInputs(files: readonly string[]): Promise<LoadedTransitInputs> {
  const loaded: LoadedTransitInputs = { movements: [], messages: [], problems: [] };
  for (const file of files) {
    const head = (await readFile(file)).subarray(0, 256).toString('utf8').trimStart();
    if (head.startsWith('[') || head.startsWith('{')) {
      try {
        const value: unknown = JSON.parse(await readFile(file, 'utf8'));
        if (!Array.isArray(value)) throw new Error('expected an array');
        loaded.movements.push(...(value as TransitMovement[]));
      } catch (error) {
        loaded.problems.push(`${file}: not a JSON array of transit movements (${(error as Error).message})`);
      }
      continue;
    }
    for await (const event of decodeStream(createReadStream(file))) {
      if (event.kind === 'message' && event.messageType === 'transit') loaded.messages.push(event.message);
      else if (event.kind === 'problem') {
        const where = event.line === undefined ? '' : `:${event.line}${event.column ? `:${event.column}` : ''}`;
        loaded.problems.push(`${file}${where}: ${event.message}`);
      } else
        loaded.problems.push(
          `${file}: ${event.kind === 'message' ? event.name : 'a declaration'} is not an NCTS transit message`,
        );
    }
  }
  return loaded;
}
