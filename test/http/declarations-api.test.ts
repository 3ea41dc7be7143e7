import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import type { TamgaServices } from '../../src/app/tamga-services.js';
import { createHttpApp } from '../../src/http/create-http-app.js';
import { buildDeclaration } from '../support/factories.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

let services: TamgaServices;
let app: FastifyInstance;

beforeAll(async () => {
  services = await createTamgaServices({ db: 'sqlite::memory:', now: () => new Date('2026-11-28T12:00:00Z') });
  app = await createHttpApp({ services, bodyLimit: 2 * 1024 * 1024 });
});

afterAll(async () => {
  await app.close();
  await services.close();
});

const post = (payload: string | Buffer, contentType = 'application/json', accept = 'application/json') =>
  app.inject({ method: 'POST', url: '/v1/declarations', payload, headers: { 'content-type': contentType, accept } });

describe('POST /v1/declarations', () => {
  it('accepts a valid JSON declaration with 201, its id, findings and quality score', async () => {
    const declaration = buildDeclaration({ functionalReferenceId: 'API-OK-1' });
    const response = await post(JSON.stringify(declaration));
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.summary).toMatchObject({ received: 1, accepted: 1 });
    expect(body.results[0]).toMatchObject({
      status: 'accepted',
      version: 1,
      href: expect.stringMatching(/^\/v1\/declarations\/dec_/),
    });
    expect(body.results[0].qualityScore).toBeGreaterThan(50);
  });

  it('treats the same submission twice as one record (200 duplicate)', async () => {
    const payload = JSON.stringify(buildDeclaration({ functionalReferenceId: 'API-DUP-1' }));
    const first = await post(payload);
    const before = await services.store.count();
    const second = await post(payload);
    expect(second.statusCode).toBe(200);
    expect(second.json().results[0]).toMatchObject({ status: 'duplicate', id: first.json().results[0].id, version: 1 });
    expect(await services.store.count()).toBe(before);
  });

  it('rejects an unknown HS code with 422 and a finding that points at WCO 145 and suggests codes', async () => {
    const declaration = buildDeclaration({ functionalReferenceId: 'API-BAD-HS', issueDate: '2026-11-20' });
    declaration.goodsItems[0]!.classifications = [{ id: '851799', identificationTypeCode: 'TSP' }];
    declaration.goodsItems[0]!.description = 'Smartphone';
    const response = await post(JSON.stringify(declaration));
    expect(response.statusCode).toBe(422);
    const finding = response
      .json()
      .results[0].findings.find((item: { pointer: { wcoId: string } }) => item.pointer.wcoId === '145');
    expect(finding.severity).toBe('error');
    expect(finding.pointer.sections.map((section: { classId: string }) => section.classId)).toEqual([
      '42A',
      '67A',
      '68A',
      '23A',
      '21A',
    ]);
    expect(finding.message).toContain('851799');
    expect(finding.suggestions.length).toBeGreaterThan(0);
    expect(finding.fix.length).toBeGreaterThan(10);
  });

  it('takes a WCO DM XML declaration, detected from the content', async () => {
    const response = await post(fixture('wco-xml/IMA_TT_IM083a_three_items.xml'), 'application/octet-stream');
    expect([201, 422]).toContain(response.statusCode);
    const id = response.json().results[0].id as string;
    const record = (await app.inject(`/v1/declarations/${id}`)).json();
    expect(record.declaration.goodsItems).toHaveLength(3);
    expect(record.lineage.format).toBe('wco-xml');
  });

  it('makes an amendment (function code 13) a new version of the original', async () => {
    const original = await post(fixture('wco-xml/IMK_TT_IM011a.xml'), 'application/xml');
    const cancellation = await post(fixture('wco-xml/INV_TT_IM011a_cancellation.xml'), 'application/xml');
    const id = original.json().results[0].id as string;
    expect(cancellation.json().results[0]).toMatchObject({ id, version: 2 });
    const record = (await app.inject(`/v1/declarations/${id}`)).json();
    expect(record.versions.map((version: { functionCode: string }) => version.functionCode)).toEqual(['9', '13']);
    const first = (await app.inject(`/v1/declarations/${id}?version=1`)).json();
    expect(first.version).toBe(1);
  });

  it('answers a CSV batch with one result per row', async () => {
    const csv = readFileSync(
      new URL('../../data-samples/customs-declarations/df_syn_valid_eng.csv', import.meta.url),
      'utf8',
    );
    const lines = csv.split('\n').slice(0, 4).join('\n');
    const response = await post(lines, 'text/csv');
    expect(response.statusCode).toBe(200);
    expect(response.json().summary).toMatchObject({ received: 3, accepted: 3 });
  });

  it('answers malformed JSON with 400 and the line and column', async () => {
    const response = await post('{"functionCode": "9",\n  "parties": {,\n}');
    expect(response.statusCode).toBe(400);
    const problem = response.json().problems[0];
    expect(problem.line).toBe(2);
    expect(problem.message.length).toBeGreaterThan(10);
  });

  it('answers truncated XML with 400 and the line and column', async () => {
    const response = await post(fixture('broken/truncated-declaration.xml'), 'application/xml');
    expect(response.statusCode).toBe(400);
    expect(response.json().problems[0]).toMatchObject({ code: 'not-well-formed', line: expect.any(Number) });
  });

  it('answers binary junk and an empty body with 400, never 500', async () => {
    expect((await post(fixture('broken/binary-junk.bin'), 'application/octet-stream')).statusCode).toBe(400);
    const empty = await app.inject({ method: 'POST', url: '/v1/declarations' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('malformed-input');
  });

  it('answers a body over the limit with 413', async () => {
    const response = await post(Buffer.alloc(3 * 1024 * 1024, 0x20));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload-too-large');
  });
});

describe('GET /v1/declarations', () => {
  it('lists with filters and cursor pagination', async () => {
    for (let index = 0; index < 5; index++) {
      await post(JSON.stringify(buildDeclaration({ functionalReferenceId: `API-PAGE-${index}` })));
    }
    const first = (await app.inject('/v1/declarations?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await app.inject(`/v1/declarations?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const byLrn = (await app.inject('/v1/declarations?lrn=API-PAGE-3')).json();
    expect(byLrn.items).toHaveLength(1);
  });

  it('rejects a bad query parameter with 400 and says which', async () => {
    const response = await app.inject('/v1/declarations?limit=0');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain('limit');
  });

  it('answers an unknown id with 404 and a hint', async () => {
    const response = await app.inject('/v1/declarations/dec_nope');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toContain('GET /v1/declarations');
  });

  it('returns the raw message byte for byte with its SHA-256', async () => {
    const body = fixture('wco-xml/IMB_TT_IM078a.xml');
    const id = (await post(body, 'application/xml')).json().results[0].id as string;
    const raw = await app.inject(`/v1/declarations/${id}/raw`);
    expect(raw.statusCode).toBe(200);
    expect(Buffer.compare(raw.rawPayload, body)).toBe(0);
    expect(raw.headers['x-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('reference, health and docs', () => {
  it('looks up an HS code in the edition in force at the date', async () => {
    const valid = (await app.inject('/v1/reference/hs/851712?date=2020-05-01')).json();
    expect(valid).toMatchObject({ version: 'HS2017', valid: true, level: 6 });
    const invalid = (await app.inject('/v1/reference/hs/851799?date=2023-01-01')).json();
    expect(invalid.valid).toBe(false);
    expect(invalid.suggestions.length).toBeGreaterThan(0);
    expect((await app.inject('/v1/reference/hs/8517?version=HS1996')).statusCode).toBe(400);
  });

  it('reports health and publishes OpenAPI and docs', async () => {
    expect((await app.inject('/health')).json()).toMatchObject({ status: 'ok', store: 'sqlite' });
    const openapi = (await app.inject('/openapi.json')).json();
    expect(Object.keys(openapi.paths)).toContain('/v1/declarations');
    expect((await app.inject('/docs/')).statusCode).toBe(200);
  });
});

describe('answers in kind', () => {
  it('answers an EDIFACT CUSDEC with CONTRL and CUSRES', async () => {
    const response = await post(
      fixture('edifact/messages/CUSDEC_D96B_NCTS_CD001A_transit_declaration.edi'),
      'application/EDIFACT',
      'application/EDIFACT',
    );
    expect(response.headers['content-type'], response.body.slice(0, 300)).toContain('application/edifact');
    expect(response.body).toContain('UNH+');
    expect(response.body).toMatch(/CONTRL/);
    expect(response.body).toMatch(/CUSRES/);
  });

  it('answers a broken CUSDEC element with a CUSRES naming the segment and element', async () => {
    const response = await post(
      fixture('edifact/broken/non-numeric.edi'),
      'application/edifact',
      'application/edifact',
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/CONTRL/);
    expect(response.body).toMatch(/MOA/);
  });

  it('answers a rejected WCO XML declaration with a WCO DMSREJ whose pointers carry WCO IDs', async () => {
    const xml = fixture('wco-xml/IMA_TT_IM189a_excise_single_item.xml')
      .toString('utf8')
      .replace(
        '<FunctionalReferenceID>U.7849431BQMLR</FunctionalReferenceID>',
        '<FunctionalReferenceID>INKIND-1</FunctionalReferenceID>',
      )
      .replace(/<ID>85434000<\/ID>/, '<ID>85439999</ID>');
    const response = await post(xml, 'application/xml', 'application/xml');
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/xml');
    expect(response.body).toContain('<FunctionCode>03</FunctionCode>');
    expect(response.body).toMatch(/<TagID>145<\/TagID>/);
    expect(response.body).toContain('INKIND-1');
  });

  it('still answers JSON to an XML submission that asks for JSON', async () => {
    const response = await post(fixture('wco-xml/IMJ_TT_IM005a.xml'), 'application/xml', 'application/json');
    expect(response.headers['content-type']).toContain('application/json');
  });
});
