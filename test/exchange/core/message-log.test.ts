import { describe, expect, it } from 'vitest';
import { signCheckpoint } from '../../../src/core/exchange/checkpoint.js';
import { chainRecords, type LogEntry, type LogRecord } from '../../../src/core/exchange/log-entry.js';
import { createLogVerifier } from '../../../src/core/exchange/verify-log.js';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { createSigner, verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import { buildMember } from '../support/factories.js';

const hub = buildMember('hub');
const signer = createSigner(hub.jwk);
const record = (index: number): LogRecord => ({
  direction: index % 2 === 0 ? 'sent' : 'received',
  outcome: 'accepted',
  digest: nodeSha256(`message ${index}`),
  recordedAt: new Date(Date.UTC(2020, 0, 1, 0, 0, index)).toISOString(),
  messageId: `msg-${index}`,
  sender: 'hub',
  recipient: 'vet',
  agreement: { id: 'vet-import-control', version: 1 },
});

function buildLog(count: number) {
  const entries = chainRecords(
    undefined,
    Array.from({ length: count }, (_, index) => record(index + 1)),
    nodeSha256,
  );
  const seal = (seq: number) =>
    signCheckpoint(
      { seq, hash: entries[seq - 1]!.hash },
      { hubId: 'hub', signer, now: new Date('2020-01-02T00:00:00Z') },
    );
  return { entries, seal };
}

function verify(
  entries: LogEntry[],
  checkpoints: ReturnType<ReturnType<typeof buildLog>['seal']>[] = [],
  keys = hub.member.keys,
) {
  const verifier = createLogVerifier({ sha256: nodeSha256, checkpoints, hubKeys: keys, verify: verifySignature });
  for (let index = 0; index < entries.length; index += 7) verifier.push(entries.slice(index, index + 7));
  return verifier.result();
}

const alterByte = (text: string, at: number) =>
  text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);

describe('the hash-chained log', () => {
  it('chains each entry to its predecessor and continues from a head', () => {
    const first = chainRecords(undefined, [record(1), record(2)], nodeSha256);
    const next = chainRecords({ seq: 2, hash: first[1]!.hash }, [record(3)], nodeSha256);
    expect(JSON.parse(first[1]!.text).prevHash).toBe(first[0]!.hash);
    expect(next[0]).toMatchObject({ seq: 3, messageId: 'msg-3' });
    expect(JSON.parse(next[0]!.text).prevHash).toBe(first[1]!.hash);
    expect(verify([...first, ...next])).toMatchObject({ status: 'intact', entries: 3, unsealed: 3 });
  });

  it('reports an intact sealed log with its last checkpoint', () => {
    const { entries, seal } = buildLog(50);
    expect(verify(entries, [seal(20), seal(40)])).toMatchObject({
      status: 'intact',
      entries: 50,
      checkpoints: 2,
      lastCheckpointSeq: 40,
      unsealed: 10,
    });
  });

  it('names the entry whose text lost a byte', () => {
    const { entries } = buildLog(30);
    entries[16] = { ...entries[16]!, text: alterByte(entries[16]!.text, 40) };
    expect(verify(entries)).toMatchObject({
      status: 'broken',
      seq: 17,
      problem: expect.stringMatching(/hash-mismatch|malformed-entry/),
    });
  });

  it('names the entry whose recorded hash was altered', () => {
    const { entries } = buildLog(30);
    entries[9] = { ...entries[9]!, hash: alterByte(entries[9]!.hash, 3) };
    expect(verify(entries)).toMatchObject({ status: 'broken', seq: 10, problem: 'hash-mismatch' });
  });

  it('names an entry rewritten together with its own hash', () => {
    const { entries } = buildLog(30);
    const content = { ...JSON.parse(entries[11]!.text), recipient: 'tax' };
    const [rewritten] = chainRecords({ seq: 11, hash: JSON.parse(entries[11]!.text).prevHash }, [content], nodeSha256);
    entries[11] = { ...rewritten!, seq: 12 };
    expect(verify(entries)).toMatchObject({ status: 'broken', seq: 12, problem: 'link-broken' });
  });

  it('catches a rewrite of every later hash at the next checkpoint', () => {
    const { entries, seal } = buildLog(30);
    const checkpoint = seal(25);
    const records = entries.map((entry) => JSON.parse(entry.text) as LogRecord & { seq?: number; prevHash?: string });
    records[14] = { ...records[14]!, recipient: 'tax' };
    const cleaned = records.map(({ seq: _seq, prevHash: _prev, ...rest }) => rest);
    const rewritten = chainRecords(undefined, cleaned, nodeSha256);
    expect(verify(rewritten, [checkpoint])).toMatchObject({
      status: 'broken',
      seq: 25,
      problem: 'checkpoint-mismatch',
    });
  });

  it('names a deleted entry', () => {
    const { entries } = buildLog(10);
    entries.splice(4, 1);
    expect(verify(entries)).toMatchObject({ status: 'broken', seq: 5, problem: 'sequence-gap' });
  });

  it('detects truncation below a checkpoint', () => {
    const { entries, seal } = buildLog(10);
    expect(verify(entries.slice(0, 6), [seal(8)])).toMatchObject({
      status: 'broken',
      seq: 8,
      problem: 'checkpoint-beyond-head',
    });
  });

  it('refuses a checkpoint not signed by a hub key', () => {
    const { entries } = buildLog(10);
    const forged = signCheckpoint(
      { seq: 5, hash: entries[4]!.hash },
      { hubId: 'hub', signer: createSigner(buildMember('mallory').jwk), now: new Date() },
    );
    expect(verify(entries, [forged])).toMatchObject({ status: 'broken', seq: 5, problem: 'checkpoint-signature' });
  });

  it('refuses a checkpoint whose plain fields differ from what was signed', () => {
    const { entries, seal } = buildLog(10);
    const moved = { ...seal(5), seq: 6, head: entries[5]!.hash };
    expect(verify(entries, [moved])).toMatchObject({ status: 'broken', seq: 6, problem: 'checkpoint-signature' });
  });

  it('refuses an indexed message id that differs from the entry', () => {
    const { entries } = buildLog(10);
    entries[2] = { ...entries[2]!, messageId: 'msg-999' };
    expect(verify(entries)).toMatchObject({ status: 'broken', seq: 3, problem: 'column-mismatch' });
  });

  it('refuses a first entry that does not start from the genesis hash', () => {
    const { entries } = buildLog(3);
    expect(verify(entries.slice(1).map((entry, index) => ({ ...entry, seq: index + 1 })))).toMatchObject({
      status: 'broken',
      seq: 1,
    });
  });
});
