import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTamgaServices } from '../../src/app/create-tamga-services.js';
import type { TamgaServices } from '../../src/app/tamga-services.js';
import type { CargoReport } from '../../src/core/model/cargo-report.js';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import type { TransitMessage } from '../../src/core/model/transit-movement.js';
import { foldTransitMessages } from '../../src/core/verification/transit/fold-transit-messages.js';
import { decodeMessage } from '../../src/formats/decode-message.js';
import { createHttpApp } from '../../src/http/create-http-app.js';
import { verifyRoutes } from '../../src/http/routes/verify-routes.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies are checked by the assertions
type Body = Record<string, any>;
let services: TamgaServices;
let app: FastifyInstance;

beforeAll(async () => {
  services = await createTamgaServices({ db: 'sqlite::memory:' });
  app = await createHttpApp({ services, plugins: [verifyRoutes(services)] });
});

afterAll(async () => {
  await app.close();
  await services.close();
});

const post = async (url: string, payload: unknown) => {
  const response = await app.inject({
    method: 'POST',
    url,
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    headers: { 'content-type': 'application/json' },
  });
  return { status: response.statusCode, body: response.json<Body>() };
};

const codes = (findings: unknown) => (findings as { code: string }[]).map((f) => f.code);

function messagesOf<T>(path: string): T[] {
  return [...decodeMessage(fixture(path))].flatMap((event) => (event.kind === 'message' ? [event.message as T] : []));
}

const ours: Declaration = {
  functionCode: '9',
  typeCode: 'IM',
  functionalReferenceId: 'IM-ACME-1',
  issueDate: '2024-04-15',
  parties: { importer: { name: 'ACME TRADING COMPANY LIMITED' }, seller: { name: 'Shenzhen Bright Lamps' } },
  transport: { border: { modeCode: '1' } },
  consignment: { exportCountryCode: 'CN', containers: [{ sequence: 1, id: 'MSCU1234565' }] },
  previousDocuments: [{ categoryCode: 'Z', typeCode: 'N705', id: 'MSCU1234567890' }],
  goodsItems: [
    { sequence: 1, classifications: [{ id: '940540' }], netMassKg: 1000, customsValue: 5300, currencyCode: 'EUR' },
  ],
};
const theirs: Declaration = {
  functionCode: '9',
  typeCode: 'EX',
  functionalReferenceId: 'CN-EX-1',
  issueDate: '2024-03-28',
  parties: { consignee: { name: 'Acme Trading Co Ltd' }, exporter: { name: 'SHENZHEN BRIGHT LAMPS CO' } },
  transport: {},
  consignment: { exportCountryCode: 'CN' },
  goodsItems: [
    {
      sequence: 1,
      classifications: [{ id: '940540' }],
      netMassKg: 1002,
      statisticalValue: 10_000,
      currencyCode: 'USD',
    },
  ],
};

describe('POST /v1/verify/* on data in the body', () => {
  it('partners: matches the pair and reports the value gap; mirror: the HS6 x partner gap', async () => {
    const partners = await post('/v1/verify/partners', {
      imports: [ours],
      partnerExports: [theirs],
      exchangeRates: { USD: 0.9 },
    });
    expect(partners.status).toBe(200);
    expect(partners.body.matches).toHaveLength(1);
    expect(codes(partners.body.findings)).toEqual(['partner-value-gap']);
    const mirror = await post('/v1/verify/mirror', {
      imports: [ours],
      partnerExports: [theirs],
      exchangeRates: { USD: 0.9 },
    });
    expect(mirror.status).toBe(200);
    expect(mirror.body.pairs[0]).toMatchObject({
      hs6: '940540',
      partnerCountry: 'CN',
      importsCif: 5300,
      exportsFob: 9000,
    });
  });

  it('manifests: checks the CUSCAR sample reports as JSON against declarations', async () => {
    const reports = messagesOf<CargoReport>('edifact/messages/CUSCAR_D99A_two_messages.edi');
    const result = await post('/v1/verify/manifests', { cargoReports: reports, declarations: [] });
    expect(result.status).toBe(200);
    expect(result.body.lines).toHaveLength(2);
    expect(codes(result.body.findings)).toEqual(['undeclared-cargo', 'undeclared-cargo']);
  });

  it('transit: checks movements folded from the NCTS samples', async () => {
    const messages = ['cc029c-valid.xml', 'cc007c-valid.xml', 'cc044c-valid.xml'].flatMap((file) =>
      messagesOf<TransitMessage>(`eu-ncts5-ctc-xml/${file}`),
    );
    const movements = foldTransitMessages(messages).movements.map((m) => m.movement);
    const result = await post('/v1/verify/transit', { movements, now: '2024-01-01' });
    expect(result.status).toBe(200);
    expect(result.body.counts).toMatchObject({ unloaded: 1 });
    expect(codes(result.body.findings)).toContain('transit-unloading-not-conform');
  });
});

describe('POST /v1/verify/*: malformed bodies are refused with 400 and where', () => {
  it('says where the JSON breaks', async () => {
    const result = await post('/v1/verify/partners', '{"imports": [],\n  "partnerExports": [,]}');
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ code: 'malformed-input' });
    expect(result.body.error.message).toBe("The body is not JSON at line 2, column 22: Unexpected token ','.");
    const truncated = await post('/v1/verify/transit', '{"movements": [\n');
    expect(truncated.body.error.message).toMatch(/^The body is not JSON at line 2, column 1: /);
  });

  it('names the field that is missing or of the wrong type', async () => {
    const notArray = await post('/v1/verify/partners', { imports: [ours], partnerExports: 'none' });
    expect(notArray.status).toBe(400);
    expect(notArray.body.error.message).toContain('body/partnerExports: Expected array');
    const { goodsItems: _goods, ...withoutItems } = ours;
    const noItems = await post('/v1/verify/mirror', { imports: [withoutItems], partnerExports: [] });
    expect(noItems.status).toBe(400);
    expect(noItems.body.error.message).toContain('body/imports/0');
    expect(noItems.body.error.message).toContain('goodsItems');
    const badMovement = await post('/v1/verify/transit', {
      movements: [{ officeOfDestinationDeclared: 'X' }],
      now: '2024-01-01',
    });
    expect(badMovement.status).toBe(400);
    expect(badMovement.body.error.message).toContain('body/movements/0');
    const badDate = await post('/v1/verify/transit', { movements: [], now: 'yesterday' });
    expect(badDate.body.error.message).toContain('body/now');
    const badReport = await post('/v1/verify/manifests', {
      cargoReports: [{ messageReference: 'M1' }],
      declarations: [],
    });
    expect(badReport.status).toBe(400);
    expect(badReport.body.error.message).toContain('body/cargoReports/0');
    expect((await post('/v1/verify/manifests', '')).body.error.message).toBe('The body is empty: send a JSON object.');
  });
});

describe('fromStore: the stored messages, with findings recorded and listed for the verification view', () => {
  it('folds the stored NCTS messages, records the findings once, and ranks them in GET /v1/verify/findings', async () => {
    for (const file of ['cc015c-valid-2.xml', 'cc029c-valid.xml', 'cc007c-valid.xml', 'cc044c-valid.xml']) {
      const stored = await app.inject({
        method: 'POST',
        url: '/v1/declarations',
        payload: fixture(`eu-ncts5-ctc-xml/${file}`),
        headers: { 'content-type': 'application/xml' },
      });
      expect(stored.statusCode).toBe(201);
    }
    const first = await post('/v1/verify/transit', { fromStore: true, now: '2024-01-01' });
    expect(first.status).toBe(200);
    expect(first.body.inputs).toEqual(['4 NCTS messages from the message store']);
    expect(first.body.movements).toHaveLength(1);
    expect(first.body.recorded).toMatchObject({ stored: first.body.findings.length, duplicates: 0 });
    const again = await post('/v1/verify/transit', { fromStore: true, now: '2024-01-01' });
    expect(again.body.recorded).toMatchObject({ stored: 0, duplicates: first.body.findings.length });
    const listed = (await app.inject('/v1/verify/findings?check=transit')).json<Body>();
    expect(codes(listed.items).sort()).toEqual(codes(first.body.findings).sort());
    expect(listed.items[0]).toMatchObject({ source: 'api:verify transit', valueAtStake: 0 });
  });

  it('checks the stored cargo reports against the stored declarations and records undeclared cargo', async () => {
    await app.inject({
      method: 'POST',
      url: '/v1/declarations',
      payload: fixture('edifact/messages/CUSCAR_D99A_two_messages.edi'),
      headers: { 'content-type': 'application/edifact' },
    });
    const result = await post('/v1/verify/manifests', { fromStore: true, now: '2024-01-01' });
    expect(result.status).toBe(200);
    expect(result.body.inputs[0]).toBe('2 cargo reports from the message store');
    const undeclared = (await app.inject('/v1/verify/findings?code=undeclared-cargo')).json<Body>();
    expect(undeclared.items).toHaveLength(2);
    expect(undeclared.items[0].declarationId).toBeUndefined();
  });

  it('refuses an unknown code and a foreign cursor with 400', async () => {
    const code = await app.inject('/v1/verify/findings?code=bogus');
    expect(code.statusCode).toBe(400);
    expect(code.json<Body>().error.message).toContain('code');
    const cursor = await app.inject('/v1/verify/findings?cursor=abc');
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json<Body>().error.message).toContain('cursor');
  });
});
