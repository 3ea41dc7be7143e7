import { createReadStream } from 'node:fs';
import { toRiskInput, type RiskInput } from '../core/risk/risk-input.js';
import type { DecodeProblem } from '../formats/decode-event.js';
import { decodeStream } from '../formats/decode-stream.js';

/** Declarations of some files as risk inputs, with what could not be read. */
export interface RiskInputsRead {
  inputs: RiskInput[];
  problems: (DecodeProblem & { file: string })[];
}

/**
 * Reads files of any format Tamga decodes (the Korean CSV through its column mapping, WCO XML,
 * JSON...) and flattens each declaration with the outcome it carries. Problems are collected,
 * never thrown: the rest of a file goes on.
 */
export async function readRiskInputs(files: readonly string[]): Promise<RiskInputsRead> {
  const inputs: RiskInput[] = [];
  const problems: RiskInputsRead['problems'] = [];
  for (const file of files) {
    for await (const event of decodeStream(createReadStream(file) as AsyncIterable<Uint8Array>)) {
      if (event.kind === 'declaration') inputs.push(toRiskInput(event.declaration, event.outcome));
      else if (event.kind === 'problem') problems.push({ ...event, file });
    }
  }
  return { inputs, problems };
}
