import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { canonicalJson } from '../../../src/core/model/canonical-json.js';
import { createEmbeddedBroker } from '../../../src/broker/embedded/embedded-broker.js';
import { importAgreements } from '../../../src/exchange/admin/import-agreements.js';
import { registerMember } from '../../../src/exchange/admin/register-member.js';
import { logExport, logSeal, logVerify, logVerifyEvidence } from '../../../src/exchange/cli/log-commands.js';
import { openExchangeStore } from '../../../src/exchange/cli/open-exchange-store.js';
import { createExchangeHub, type ExchangeHub } from '../../../src/exchange/hub/exchange-hub.js';
import type { SqlExchangeStore } from '../../../src/exchange/store/sql/sql-exchange-store.js';
import { buildRecord } from '../support/factories.js';
import { DEFAULT_MEMBERS } from '../support/test-hub.js';
import { captureIo } from './capture-io.js';

/**
 * The done-when case: a log of 10,000 entries (2,000 released declarations, 5 members each),
 * sealed twice; one byte altered directly in the database file is found and named.
 */
describe('tamga log verify | export | verify-evidence', () => {
  let folder: string;
  let path: string;
  let store: SqlExchangeStore;
  let hub: ExchangeHub;
  let raw: Database.Database;
  let hubPublicKey: string;
  let sampleMessageId: string;

  const entryText = (seq: number) =>
    (raw.prepare('SELECT text FROM exchange_log WHERE seq = ?').get(seq) as { text: string }).text;
  const setText = (seq: number, text: string) =>
    raw.prepare('UPDATE exchange_log SET text = ? WHERE seq = ?').run(text, seq);
  const flipByte = (text: string, at: number) =>
    text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
  const verify = async () => {
    const io = captureIo();
    const code = await logVerify({ store, hubId: 'hub' }, io);
    return { code, io };
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tamga-log-'));
    path = join(folder, 'tamga.db');
    store = await openExchangeStore(`sqlite:${path}`);
    const registered = await registerMember({
      store,
      id: 'hub',
      name: 'Korea Customs Service',
      kind: 'hub',
      country: 'KR',
    });
    if (registered.status !== 'registered') throw new Error('hub');
    hubPublicKey = registered.privateKey!.x;
    for (const member of DEFAULT_MEMBERS) await registerMember({ store, ...member });
    await importAgreements(store, ['config/agreements']);
    hub = createExchangeHub({
      store,
      broker: createEmbeddedBroker({ store }),
      hubId: 'hub',
      signingKey: registered.privateKey!,
      sealEveryMs: 0,
    });
    for (let batch = 0; batch < 10; batch++) {
      const records = Array.from({ length: 200 }, (_, index) => buildRecord({ id: `dec-${batch * 200 + index}` }));
      const sent = await hub.onDeclarationEvents(records.map((record) => ({ record, event: 'released' as const })));
      if (batch === 0) sampleMessageId = sent[85]!.messageId;
      if (batch === 4) await hub.seal();
    }
    await hub.seal();
    raw = new Database(path);
  }, 120_000);
  afterAll(async () => {
    raw.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('verifies the intact log of 10,000 entries', async () => {
    const { code, io } = await verify();
    expect(code).toBe(0);
    expect(io.lines[0]).toMatch(
      /^log intact: 10000 entries, head [0-9a-f]{16}\.\.\., 2 checkpoints \(last at 10000\), 0 unsealed; [\d.]+ s$/,
    );
  });

  it('names the entry in which one byte of the content was altered', async () => {
    const original = entryText(7_342);
    setText(7_342, flipByte(original, original.indexOf('"recipient"') + 14));
    const { code, io } = await verify();
    setText(7_342, original);
    expect(code).toBe(1);
    expect(io.errors[0]).toBe(
      'log BROKEN at entry 7342 (hash-mismatch): entry 7342 does not hash to its recorded hash: it was altered',
    );
    expect(io.errors[1]).toBe('7341 entries before it verified');
  });

  it('names the entry whose stored hash lost a bit', async () => {
    const { hash } = raw.prepare('SELECT hash FROM exchange_log WHERE seq = 123').get() as { hash: string };
    raw.prepare('UPDATE exchange_log SET hash = ? WHERE seq = 123').run(flipByte(hash, 10));
    const { io } = await verify();
    raw.prepare('UPDATE exchange_log SET hash = ? WHERE seq = 123').run(hash);
    expect(io.errors[0]).toMatch(/^log BROKEN at entry 123 \(hash-mismatch\)/);
  });

  it('names an entry rewritten by someone who also recomputed its hash', async () => {
    const original = raw.prepare('SELECT text, hash FROM exchange_log WHERE seq = 9999').get() as {
      text: string;
      hash: string;
    };
    const forged = canonicalJson({ ...(JSON.parse(original.text) as object), recipient: 'mallory' });
    raw.prepare('UPDATE exchange_log SET text = ?, hash = ? WHERE seq = 9999').run(forged, nodeSha256(forged));
    const { io } = await verify();
    raw.prepare('UPDATE exchange_log SET text = ?, hash = ? WHERE seq = 9999').run(original.text, original.hash);
    expect(io.errors[0]).toBe(
      'log BROKEN at entry 9999 (link-broken): entry 9999 is not what entry 10000 recorded: it was rewritten',
    );
  });

  it('catches a rewrite of the last entry at the checkpoint that sealed it', async () => {
    const original = raw.prepare('SELECT text, hash FROM exchange_log WHERE seq = 10000').get() as {
      text: string;
      hash: string;
    };
    const forged = flipByte(original.text, original.text.indexOf('"digest"') + 12);
    raw.prepare('UPDATE exchange_log SET text = ?, hash = ? WHERE seq = 10000').run(forged, nodeSha256(forged));
    const { io } = await verify();
    raw.prepare('UPDATE exchange_log SET text = ?, hash = ? WHERE seq = 10000').run(original.text, original.hash);
    expect(io.errors[0]).toMatch(/^log BROKEN at entry 10000 \(checkpoint-mismatch\)/);
  });

  it('names a deleted entry', async () => {
    const row = raw.prepare('SELECT * FROM exchange_log WHERE seq = 4321').get() as {
      seq: number;
      hash: string;
      text: string;
      message_id: string;
    };
    raw.prepare('DELETE FROM exchange_log WHERE seq = 4321').run();
    const { io } = await verify();
    raw
      .prepare('INSERT INTO exchange_log (seq, hash, text, message_id) VALUES (?, ?, ?, ?)')
      .run(row.seq, row.hash, row.text, row.message_id);
    expect(io.errors[0]).toBe('log BROKEN at entry 4321 (sequence-gap): entry 4321 is missing (next is 4322)');
    expect((await verify()).code).toBe(0);
  });

  it('exports evidence that verifies alone, also with the hub key pinned', async () => {
    const out = join(folder, 'evidence.json');
    const io = captureIo();
    expect(await logExport({ hub, messageId: sampleMessageId, out }, io)).toBe(0);
    expect(io.lines[0]).toMatch(
      new RegExp(`^evidence for ${sampleMessageId}: \\d+ log entries to checkpoint 5000, written to `),
    );
    writeFileSync(join(folder, 'hub.pub'), hubPublicKey);
    const check = captureIo();
    expect(logVerifyEvidence({ file: out, hubKeyFile: join(folder, 'hub.pub') }, check)).toBe(0);
    expect(check.lines.map((line) => line.split(/\s+/)[1])).toEqual([
      'bundle-format',
      'message-form',
      'signing-key',
      'message-signature',
      'log-entry',
      'chain',
      'checkpoint-head',
      'checkpoint-signature',
      'hub-key-trust',
      'VALID',
    ]);
  });

  it('prints every check of a tampered bundle and exits 1', () => {
    const out = join(folder, 'evidence.json');
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as { chain: { seq: number; text: string }[] };
    bundle.chain[1]!.text = bundle.chain[1]!.text.replace('"direction":"sent"', '"direction":"received"');
    writeFileSync(join(folder, 'tampered.json'), JSON.stringify(bundle));
    const io = captureIo();
    expect(logVerifyEvidence({ file: join(folder, 'tampered.json') }, io)).toBe(1);
    expect(io.errors).toContain(
      `FAIL chain                entry ${bundle.chain[1]!.seq} does not hash to its recorded hash`,
    );
    expect(io.lines.some((line) => line.startsWith('ok   message-signature'))).toBe(true);
    expect(io.errors.at(-1)).toBe(`evidence INVALID for ${sampleMessageId}`);
    expect(logVerifyEvidence({ file: join(folder, 'missing.json') }, captureIo())).toBe(2);
  });

  it('seals only when something was appended', async () => {
    const io = captureIo();
    await logSeal({ hub }, io);
    expect(io.lines).toEqual(['nothing to seal']);
  });
});
