import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
const folder = mkdtempSync(join(tmpdir(), 'tamga-ingest-messages-'));
const dbPath = join(folder, 'tamga.db');
const input = join(folder, 'in');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Files in name order: the declaration, customs' acceptance, then the amendment naming only the MRN. */
function prepareInput(): void {
  mkdirSync(input);
  copyFileSync(join(fixtures, 'wco-xml/IMA_TT_IM189a_excise_single_item.xml'), join(input, '01-declaration.xml'));
  copyFileSync(join(fixtures, 'wco-notifications/TT_IM189a_01_DMSACC.xml'), join(input, '02-dmsacc.xml'));
  const amendment = readFileSync(join(fixtures, 'wco-xml/COR_TT_IM002c_multi_amendment.xml'), 'utf8');
  writeFileSync(join(input, '03-amendment.xml'), amendment.replace('20GB7BKUHU20XX8PR5', '24GBCN7NW8U7JWIAR4'));
  copyFileSync(join(fixtures, 'eu-ncts5-ctc-xml/cc015c-valid-2.xml'), join(input, '04-cc015c.xml'));
  copyFileSync(join(fixtures, 'eu-ncts5-ctc-xml/cc029c-valid.xml'), join(input, '05-cc029c.xml'));
  copyFileSync(join(fixtures, 'eu-ics1-ens-xml/CC315A_full.xml'), join(input, '06-ens.xml'));
  copyFileSync(join(fixtures, 'edifact/messages/CUSCAR_D99A_two_messages.edi'), join(input, '07-manifest.edi'));
}

const tamga = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/tamga.js', '--db', `sqlite:${dbPath}`, ...args], { cwd: root });

describe('tamga ingest with messages that are not declarations', () => {
  it('stores them, counts them in its summary, and links the amendment through the DMSACC', async () => {
    prepareInput();
    const { stdout } = await tamga('ingest', input);
    expect(stdout).toContain('accepted     2');
    expect(stdout).toMatch(
      /messages {5}6 stored, not declarations \(CUSCAR 2, CC015C 1, CC029C 1, CC315A 1, DMSACC 1\)/,
    );
    const db = new Database(dbPath, { readonly: true });
    try {
      const rows = db.prepare('SELECT message_type, name, mrn, lrn FROM messages ORDER BY seq').all();
      expect(rows).toEqual([
        { message_type: 'notification', name: 'DMSACC', mrn: '24GBCN7NW8U7JWIAR4', lrn: 'U.7849431BQMLR' },
        { message_type: 'transit', name: 'CC015C', mrn: null, lrn: 'MDTP-18' },
        { message_type: 'transit', name: 'CC029C', mrn: '27WF9X1FQ9RCKN0TM3', lrn: 'MDTP-18' },
        { message_type: 'ens', name: 'CC315A', mrn: null, lrn: 'refnum' },
        { message_type: 'cargo-report', name: 'CUSCAR', mrn: null, lrn: null },
        { message_type: 'cargo-report', name: 'CUSCAR', mrn: null, lrn: null },
      ]);
      const versions = db
        .prepare('SELECT v.id, v.version, v.function_code, v.mrn FROM declaration_versions v ORDER BY v.id, v.version')
        .all();
      expect(versions).toEqual([
        { id: expect.any(String), version: 1, function_code: '9', mrn: null },
        { id: expect.any(String), version: 2, function_code: '13', mrn: '24GBCN7NW8U7JWIAR4' },
      ]);
      const ids = new Set((versions as { id: string }[]).map((v) => v.id));
      expect(ids.size).toBe(1);
      const raw = db.prepare('SELECT count(*) AS n FROM messages m JOIN raw_messages r ON r.sha256 = m.raw_sha256');
      expect(raw.get()).toEqual({ n: 6 });
    } finally {
      db.close();
    }
    const again = await tamga('ingest', input);
    expect(again.stdout).toContain('6 already stored');
  }, 60_000);
});
