import { nodeSha256 } from '../src/adapters/node-sha256.js';
import { identifyDeclaration } from '../src/core/ingest/declaration-identity.js';
import { createDeclarationValidator } from '../src/core/validation/create-validator.js';
import type { DecodedDeclaration } from '../src/formats/decode-event.js';
import { decodeMessage } from '../src/formats/decode-message.js';
import { loadReferenceData } from '../src/reference-data/load-reference-data.js';
import { readSampleRows } from './ingest-input.js';

/**
 * CPU time per declaration of each pipeline stage on the bundled sample, to see where the
 * ingest budget goes (`npx tsx bench/pipeline-stages.ts`). CPU time, not wall time: the
 * figures hold on a busy machine.
 */
const sample = readSampleRows();
const bytes = new TextEncoder().encode(`${sample.header}\n${sample.rows.join('\n')}\n`);
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const stage = <T>(name: string, work: () => T): T => {
  const started = cpu();
  const result = work();
  const ms = cpu() - started;
  console.log(`${name.padEnd(34)} ${((ms * 1000) / sample.rows.length).toFixed(1).padStart(6)} µs/declaration`);
  return result;
};

const decoded = stage('decode (CSV → canonical)', () =>
  [...decodeMessage(bytes)].filter((event): event is DecodedDeclaration => event.kind === 'declaration'),
);
const identities = stage('canonical JSON + SHA-256 + key', () =>
  decoded.map((event) => identifyDeclaration(event.declaration, nodeSha256)),
);
stage('raw SHA-256', () => decoded.map((event) => nodeSha256(event.raw.body)));
const validator = createDeclarationValidator({ reference: loadReferenceData() });
const verdicts = stage('validate (+ learn unit values)', () =>
  decoded.map((event, index) => {
    const verdict = validator.validate(event.declaration, { contentHash: identities[index]!.contentHash });
    validator.learn(event.declaration);
    return verdict;
  }),
);
stage('findings + lineage JSON', () => verdicts.map((verdict) => JSON.stringify(verdict.findings).length));
