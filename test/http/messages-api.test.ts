import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import type { TamgaServices } from '../../src/app/tamga-services.js';
import { createHttpApp } from '../../src/http/create-http-app.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

let services: TamgaServices;
let app: FastifyInstance;

beforeAll(async () => {
  services = await createTamgaServices({ db: 'sqlite::memory:', now: () => new Date('2026-11-28T12:00:00Z') });
  app = await createHttpApp({ services });
});

afterAll(async () => {
  await app.close();
  await services.close();
});

const post = (payload: string | Buffer, contentType = 'application/xml') =>
  app.inject({ method: 'POST', url: '/v1/declarations', payload, headers: { 'content-type': contentType } });
interface Listed {
  id: string;
  name: string;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions
type Body = Record<string, any>;
const get = async (url: string): Promise<Body> => (await app.inject(url)).json<Body>();
const items = async (url: string): Promise<Listed[]> => (await get(url)).items as Listed[];
const names = async (url: string) => (await items(url)).map((m) => m.name);

const NCTS = ['cc015c-valid-2.xml', 'cc029c-valid.xml', 'cc007c-valid.xml', 'cc043c-valid.xml', 'cc044c-valid.xml'];

describe('POST /v1/declarations with messages that are not declarations', () => {
  it('stores an NCTS message (201), lists it in the answer, and answers it again as already stored (200)', async () => {
    const body = fixture('eu-ncts5-ctc-xml/cc029c-valid.xml');
    const first = await post(body);
    expect(first.statusCode).toBe(201);
    expect(first.json().summary).toMatchObject({ received: 1, messages: 1, accepted: 0, undecodable: 0 });
    const [message] = first.json().messages;
    expect(message).toMatchObject({
      status: 'stored',
      messageType: 'transit',
      name: 'CC029C',
      id: expect.stringMatching(/^msg_/),
      href: `/v1/messages/${message.id}`,
    });
    const again = await post(body);
    expect(again.statusCode).toBe(200);
    expect(again.json().messages[0]).toMatchObject({ status: 'duplicate', id: message.id });
  });

  it('stores every NCTS, ENS, notification and CUSCAR sample with its name and identifiers', async () => {
    const files = [
      ...NCTS.map((file) => `eu-ncts5-ctc-xml/${file}`),
      'eu-ics1-ens-xml/CC315A_full.xml',
      'eu-ics1-ens-xml/validResponse.xml',
      'wco-notifications/DMSRCV_received.xml',
      'edifact/messages/CUSCAR_D99A_two_messages.edi',
    ];
    const received: string[] = [];
    for (const file of files) {
      const answer = (await post(fixture(file))).json<Body>();
      expect(answer.problems).toEqual([]);
      const messages = answer.messages as { messageType: string; name: string }[];
      received.push(...messages.map((m) => `${m.messageType}:${m.name}`));
    }
    expect(received).toEqual([
      'transit:CC015C',
      'transit:CC029C',
      'transit:CC007C',
      'transit:CC043C',
      'transit:CC044C',
      'ens:CC315A',
      'ens-response:SuccessResponse',
      'notification:DMSRCV',
      'cargo-report:CUSCAR',
      'cargo-report:CUSCAR',
    ]);
    expect(await names('/v1/messages?type=transit&mrn=27WF9X1FQ9RCKN0TM3')).toEqual([
      'CC029C',
      'CC007C',
      'CC043C',
      'CC044C',
    ]);
    // In arrival order: the CC029C came first, in the test above.
    expect(await names('/v1/messages?lrn=MDTP-18')).toEqual(['CC029C', 'CC015C']);
    const manifest = await items('/v1/messages?type=cargo-report&document=MOL-EU2-HFA-012W-XXXX5086746-01');
    expect(manifest).toHaveLength(1);
    expect(manifest[0]).toMatchObject({ name: 'CUSCAR', lineage: { source: 'api', format: 'edifact' } });
    expect(await names('/v1/messages?container=CSQU3054383')).toEqual(['CC015C']);
  });

  it('reads one message back with its decoded body, and its raw bytes byte for byte', async () => {
    const body = fixture('eu-ncts5-ctc-xml/cc044c-valid.xml');
    const id = (await post(body)).json().messages[0].id as string;
    const message = await get(`/v1/messages/${id}`);
    expect(message).toMatchObject({
      messageType: 'transit',
      name: 'CC044C',
      identifiers: { mrn: '27WF9X1FQ9RCKN0TM3' },
      body: { messageType: 'CC044C', mrn: '27WF9X1FQ9RCKN0TM3' },
      raw: `/v1/messages/${id}/raw`,
    });
    const raw = await app.inject(`/v1/messages/${id}/raw`);
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['x-content-sha256']).toBe(message.lineage.rawSha256);
    expect(Buffer.compare(raw.rawPayload, body)).toBe(0);
  });

  it('answers a broken NCTS message with 400 and the element, and stores nothing of it', async () => {
    const before = (await items('/v1/messages?type=transit&limit=1000')).length;
    const response = await post(fixture('eu-ncts5-ctc-xml/cc013c-invalid-both-mrn-and-lrn.xml'));
    expect(response.statusCode).toBe(400);
    expect(response.json().problems[0]).toMatchObject({
      element: 'CC013C/TransitOperation',
      message: expect.stringContaining('rule C0467'),
    });
    expect(await items('/v1/messages?type=transit&limit=1000')).toHaveLength(before);
  });
});

describe('GET /v1/messages: malformed queries', () => {
  it('answers an unknown type, a bad limit and a foreign cursor with 400 and says which', async () => {
    const type = await app.inject('/v1/messages?type=invoice');
    expect(type.statusCode).toBe(400);
    expect(type.json().error.message).toContain('type');
    const limit = await app.inject('/v1/messages?limit=0');
    expect(limit.statusCode).toBe(400);
    expect(limit.json().error.message).toContain('limit');
    const cursor = await app.inject('/v1/messages?cursor=bm9wZQ');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error.message).toBe('The cursor is not one this store issued: start again without it.');
  });

  it('answers an unknown id with 404 and a hint', async () => {
    const response = await app.inject('/v1/messages/msg_nope');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('GET /v1/messages');
    expect((await app.inject('/v1/messages/msg_nope/raw')).statusCode).toBe(404);
  });
});

describe('an amendment that names only the MRN customs gave on acceptance', () => {
  const original = fixture('wco-xml/IMA_TT_IM189a_excise_single_item.xml');
  // The COR sample of the same CDS test pack, naming the MRN of the DMSACC notification of IM189a.
  const amendment = fixture('wco-xml/COR_TT_IM002c_multi_amendment.xml')
    .toString('utf8')
    .replace('<ID>20GB7BKUHU20XX8PR5</ID>', '<ID>24GBCN7NW8U7JWIAR4</ID>');

  it('becomes the next version of the original once the DMSACC linked LRN and MRN', async () => {
    const stored = (await post(original)).json().results[0];
    expect(stored.version).toBe(1);
    const notification = await post(fixture('wco-notifications/TT_IM189a_01_DMSACC.xml'));
    expect(notification.json().messages[0]).toMatchObject({ name: 'DMSACC', messageType: 'notification' });
    const amended = (await post(amendment)).json().results[0];
    expect(amended).toMatchObject({ id: stored.id, version: 2 });
    const record = await get(`/v1/declarations/${stored.id}`);
    expect((record.versions as { functionCode: string }[]).map((v) => v.functionCode)).toEqual(['9', '13']);
    expect(record.declaration.mrn).toBe('24GBCN7NW8U7JWIAR4');
    expect((await items('/v1/declarations?mrn=24GBCN7NW8U7JWIAR4')).map((d) => d.id)).toEqual([stored.id]);
  });

  it('stays a declaration of its own when no notification links its MRN (regression guard)', async () => {
    const unlinked = amendment.replace('<ID>24GBCN7NW8U7JWIAR4</ID>', '<ID>24GBXXXXXXXXXXXXX9</ID>');
    const result = (await post(unlinked)).json().results[0];
    expect(result.version).toBe(1);
    const ids = (await items('/v1/declarations?lrn=U.7849431BQMLR')).map((d) => d.id);
    expect(ids).not.toContain(result.id);
  });
});

describe('GET /v1/declarations/:id lists the verification findings stored on it', () => {
  it('shows none at first, then the recorded ones with their value at stake', async () => {
    const id = (await post(fixture('wco-xml/IMB_TT_IM078a.xml'))).json().results[0].id as string;
    expect((await get(`/v1/declarations/${id}`)).verificationFindings).toEqual([]);
    await services.verificationFindings.record({
      check: 'partner',
      source: 'test',
      findings: [
        {
          id: `partner-value-gap:EX-1|${id}`,
          check: 'partner',
          code: 'partner-value-gap',
          severity: 'error',
          subject: { kind: 'declaration', id },
          declarationIds: [id],
          message: 'The partner declared 1,000; we saw 300.',
          fix: 'Ask for the invoice.',
          measure: { expected: 1000, actual: 300, gap: 0.7, unit: 'value' },
          evidence: { partnerExport: 'EX-1' },
        },
      ],
    });
    const findings = (await get(`/v1/declarations/${id}`)).verificationFindings;
    expect(findings).toEqual([
      expect.objectContaining({ code: 'partner-value-gap', valueAtStake: 700, source: 'test', severity: 'error' }),
    ]);
  });
});
