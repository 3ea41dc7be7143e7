import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeAgreementImport, exchangeAgreementList } from '../../../src/exchange/cli/agreement-commands.js';
import { exchangeInit, readHubKey } from '../../../src/exchange/cli/hub-commands.js';
import {
  exchangeMemberAdd,
  exchangeMemberList,
  exchangeMemberRotateKey,
} from '../../../src/exchange/cli/member-commands.js';
import { openExchangeStore } from '../../../src/exchange/cli/open-exchange-store.js';
import type { SqlExchangeStore } from '../../../src/exchange/store/sql/sql-exchange-store.js';
import { captureIo } from './capture-io.js';

describe('exchange member and agreement commands', () => {
  let folder: string;
  let store: SqlExchangeStore;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tamga-cli-'));
    store = await openExchangeStore(`sqlite:${join(folder, 'tamga.db')}`);
  });
  afterAll(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('initialises the hub and writes its private key readable by the owner only', async () => {
    const io = captureIo();
    const keyFile = join(folder, 'hub-key.json');
    expect(await exchangeInit({ store, hubId: 'kcs', name: 'Korea Customs Service', country: 'KR', keyFile }, io)).toBe(
      0,
    );
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readHubKey(keyFile)).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: expect.stringMatching(/^kcs-/) });
    expect(await exchangeInit({ store, hubId: 'kcs', name: 'again', country: 'KR', keyFile }, captureIo())).toBe(2);
  });

  it('adds a member with its own PEM public key and prints the API token once', async () => {
    const pem = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    writeFileSync(join(folder, 'vet.pem'), pem);
    const io = captureIo();
    const code = await exchangeMemberAdd(
      {
        store,
        id: 'vet',
        name: 'Veterinary Service',
        kind: 'agency',
        country: 'KR',
        publicKeyFile: join(folder, 'vet.pem'),
        kid: 'vet-k1',
      },
      io,
    );
    expect(code).toBe(0);
    expect(io.lines[0]).toBe('registered vet (agency, KR), key vet-k1');
    expect(io.lines.at(-1)).toMatch(
      /^API token \(shown once, only its hash is kept\): tmg_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/,
    );
  });

  it('adds a webhook member with a generated key pair', async () => {
    const io = captureIo();
    const keyOut = join(folder, 'tax-key.json');
    const code = await exchangeMemberAdd(
      {
        store,
        id: 'tax',
        name: 'Tax Office',
        kind: 'agency',
        country: 'KR',
        delivery: 'webhook',
        webhookUrl: 'https://tax.example/tamga',
        keyOut,
        json: true,
      },
      io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(io.lines[0]!)).toMatchObject({
      member: { id: 'tax', endpoints: { delivery: 'webhook', webhookUrl: 'https://tax.example/tamga' } },
      privateKeyFile: keyOut,
    });
    expect(JSON.parse(readFileSync(keyOut, 'utf8'))).toHaveProperty('d');
  });

  it('explains what is wrong with a registration', async () => {
    const io = captureIo();
    expect(
      await exchangeMemberAdd(
        { store, id: 'Vet Service', name: '', kind: 'agency', country: 'Korea', keyOut: join(folder, 'x.json') },
        io,
      ),
    ).toBe(2);
    expect(io.errors).toEqual([
      'id "Vet Service": use lower-case letters, digits, - and _ (at most 64)',
      'name: give the member a name',
      'country "Korea": use an ISO 3166-1 alpha-2 code such as KR',
    ]);
    const again = captureIo();
    expect(
      await exchangeMemberAdd(
        { store, id: 'vet', name: 'dup', kind: 'agency', country: 'KR', keyOut: join(folder, 'y.json') },
        again,
      ),
    ).toBe(2);
    expect(again.errors[0]).toContain('registered already');
    const noKey = captureIo();
    expect(
      await exchangeMemberAdd({ store, id: 'cb', name: 'Central Bank', kind: 'agency', country: 'KR' }, noKey),
    ).toBe(2);
    const badKey = captureIo();
    writeFileSync(
      join(folder, 'rsa.pem'),
      generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    );
    expect(
      await exchangeMemberAdd(
        {
          store,
          id: 'cb',
          name: 'Central Bank',
          kind: 'agency',
          country: 'KR',
          publicKeyFile: join(folder, 'rsa.pem'),
        },
        badKey,
      ),
    ).toBe(2);
    expect(badKey.errors[0]).toBe('publicKey: the PEM key is rsa, not Ed25519');
  });

  it('rotates a key and lists members with key status', async () => {
    const io = captureIo();
    expect(
      await exchangeMemberRotateKey(
        { store, id: 'vet', kid: 'vet-k2', keyOut: join(folder, 'vet-k2.json'), newApiKey: true },
        io,
      ),
    ).toBe(0);
    expect(io.lines[0]).toBe('vet: new key vet-k2; retired vet-k1');
    expect(io.lines[1]).toMatch(/^new API token/);
    const list = captureIo();
    expect(await exchangeMemberList({ store }, list)).toBe(0);
    expect(list.lines[0]).toMatch(/^ID\s+KIND\s+COUNTRY\s+STATUS\s+DELIVERY\s+KEYS$/);
    expect(list.lines.find((line) => line.startsWith('vet'))).toContain('vet-k1 (expired), vet-k2 (valid)');
    expect(await exchangeMemberRotateKey({ store, id: 'nobody', keyOut: join(folder, 'n.json') }, captureIo())).toBe(2);
  });

  it('imports the default agreement set, and refuses a changed version or a broken file', async () => {
    const io = captureIo();
    expect(await exchangeAgreementImport({ store, paths: ['config/agreements'] }, io)).toBe(0);
    expect(io.lines).toHaveLength(12);
    expect(io.lines).toContain('config/agreements/vet-import-control.json: vet-import-control v1 stored');
    const changed = JSON.parse(readFileSync('config/agreements/vet-import-control.json', 'utf8')) as {
      fields: string[];
    };
    changed.fields.push('goodsItems[].customsValue');
    writeFileSync(join(folder, 'changed.json'), JSON.stringify(changed));
    writeFileSync(
      join(folder, 'broken.json'),
      JSON.stringify({ ...changed, id: 'vet-2', version: 1, fields: ['goodsItems[].hsCode'] }),
    );
    const bad = captureIo();
    expect(
      await exchangeAgreementImport({ store, paths: [join(folder, 'changed.json'), join(folder, 'broken.json')] }, bad),
    ).toBe(1);
    expect(bad.errors[0]).toContain(
      'version 1 of "vet-import-control" is stored with other content: raise the version',
    );
    expect(bad.errors).toContain('  fields: `goodsItems[].hsCode`: `goodsItems[]` (goods item) has no field `hsCode`');
    const list = captureIo();
    await exchangeAgreementList({ store }, list);
    expect(list.lines.find((line) => line.startsWith('vet-import-control'))).toMatch(
      /vet-import-control\s+1\s+vet\s+veterinary-control\s+outbound/,
    );
  });
});
