import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/exchange/envelope.js';
import { issueApiKey } from '../../../src/exchange/admin/register-member.js';
import { exchangeRoutes } from '../../../src/exchange/http/exchange-routes.js';
import { buildRecord } from '../support/factories.js';
import { signEnvelope } from '../support/network.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { decisionFor, pullAndOpen } from '../hub/hub-scenario.js';

describe('exchange HTTP routes', () => {
  let subject: TestHub;
  let app: FastifyInstance;
  let original: Envelope;
  const auth = (member: string) => ({ authorization: `Bearer ${subject.members[member]!.token}` });
  beforeAll(async () => {
    subject = await createTestHub();
    app = Fastify();
    await app.register(exchangeRoutes, { hub: subject.hub });
    for (let index = 0; index < 3; index++)
      await subject.hub.onDeclarationEvent({ record: buildRecord({ id: `dec-${index}` }), event: 'ingested' });
    original = (await pullAndOpen(subject, 'vet'))[0]!;
  });
  afterAll(async () => {
    await app.close();
    await subject.cleanup();
  });

  describe('authentication', () => {
    it('refuses a request without an API key, with a challenge', async () => {
      const response = await app.inject({ method: 'GET', url: '/v1/exchange/inbox' });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toContain('Bearer');
      expect(response.json()).toMatchObject({ code: 'unauthenticated' });
    });

    it('refuses a malformed, unknown or tampered key', async () => {
      const token = subject.members.vet!.token;
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const authorization of [
        'Bearer nonsense',
        'Bearer tmg_0000000000000000_' + 'A'.repeat(43),
        `Bearer ${tampered}`,
        token,
      ]) {
        expect(
          (await app.inject({ method: 'GET', url: '/v1/exchange/inbox', headers: { authorization } })).statusCode,
        ).toBe(authorization === token ? 200 : 401);
      }
    });

    it('refuses a key once a new one was issued', async () => {
      const old = subject.members.border!.token;
      subject.members.border!.token = await issueApiKey(subject.store, { memberId: 'border' });
      expect(
        (await app.inject({ method: 'GET', url: '/v1/exchange/inbox', headers: { authorization: `Bearer ${old}` } }))
          .statusCode,
      ).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/v1/exchange/inbox', headers: auth('border') })).statusCode).toBe(
        200,
      );
    });
  });

  describe('inbox', () => {
    it('pages a member own inbox with a cursor, and nobody else sees it', async () => {
      const first = await app.inject({ method: 'GET', url: '/v1/exchange/inbox?limit=2', headers: auth('vet') });
      expect(first.statusCode).toBe(200);
      const page = first.json<{
        messages: { cursor: string; messageId: string; jws: string }[];
        nextCursor?: string;
      }>();
      expect(page.messages).toHaveLength(2);
      expect(page.nextCursor).toBe(page.messages[1]!.cursor);
      const second = (
        await app.inject({ method: 'GET', url: `/v1/exchange/inbox?cursor=${page.nextCursor!}`, headers: auth('vet') })
      ).json<{ messages: unknown[]; nextCursor?: string }>();
      expect(second.messages).toHaveLength(1);
      expect(second.nextCursor).toBeUndefined();
      expect((await app.inject({ method: 'GET', url: '/v1/exchange/inbox', headers: auth('tax') })).json()).toEqual({
        messages: [],
      });
    });

    it('refuses a bad cursor or limit with 400', async () => {
      expect(
        (await app.inject({ method: 'GET', url: '/v1/exchange/inbox?cursor=abc', headers: auth('vet') })).statusCode,
      ).toBe(400);
      expect(
        (await app.inject({ method: 'GET', url: '/v1/exchange/inbox?limit=5000', headers: auth('vet') })).statusCode,
      ).toBe(400);
    });

    it('acknowledges only the member own messages', async () => {
      const ids = (await subject.hub.pullInbox('vet')).messages.map((item) => item.messageId);
      const byTax = await app.inject({
        method: 'POST',
        url: '/v1/exchange/inbox/ack',
        headers: auth('tax'),
        payload: { messageIds: ids },
      });
      expect(byTax.json()).toEqual({ acknowledged: 0 });
      const byVet = await app.inject({
        method: 'POST',
        url: '/v1/exchange/inbox/ack',
        headers: auth('vet'),
        payload: { messageIds: ids.slice(0, 2) },
      });
      expect(byVet.json()).toEqual({ acknowledged: 2 });
      expect((await subject.hub.pullInbox('vet')).messages.map((item) => item.messageId)).toEqual(ids.slice(2));
    });

    it('refuses a malformed acknowledgement with 400', async () => {
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/v1/exchange/inbox/ack',
            headers: auth('vet'),
            payload: { messageIds: 'all' },
          })
        ).statusCode,
      ).toBe(400);
      expect(
        (
          await app.inject({
            method: 'POST',
            url: '/v1/exchange/inbox/ack',
            headers: { ...auth('vet'), 'content-type': 'application/json' },
            payload: '{"messageIds":[',
          })
        ).statusCode,
      ).toBe(400);
    });
  });

  describe('POST /v1/exchange/messages', () => {
    const post = (member: string, payload: string, contentType = 'application/jose') =>
      app.inject({
        method: 'POST',
        url: '/v1/exchange/messages',
        headers: { ...auth(member), 'content-type': contentType },
        payload,
      });

    it('accepts a signed decision in compact form with 202', async () => {
      const response = await post('vet', signEnvelope(decisionFor(original), subject.members.vet!.key));
      expect(response.statusCode).toBe(202);
      expect(response.json()).toMatchObject({ status: 'accepted', messageId: `decision-${original.id}` });
    });

    it('accepts the flattened JSON form', async () => {
      const [protectedHeader, payload, signature] = signEnvelope(
        decisionFor(original, { id: 'flattened-1' }),
        subject.members.vet!.key,
      ).split('.');
      const response = await post(
        'vet',
        JSON.stringify({ protected: protectedHeader, payload, signature }),
        'application/jose+json',
      );
      expect(response.statusCode).toBe(202);
    });

    it('answers 409 replayed to a second copy', async () => {
      const response = await post('vet', signEnvelope(decisionFor(original), subject.members.vet!.key));
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        status: 'rejected',
        code: 'replayed',
        messageId: `decision-${original.id}`,
      });
    });

    it('answers 400 unsigned to a bare JSON envelope, and 400 malformed-jws to broken JSON', async () => {
      expect(
        (await post('vet', JSON.stringify(decisionFor(original, { id: 'bare' })), 'application/json')).json(),
      ).toMatchObject({ code: 'unsigned' });
      const broken = await post('vet', '{"protected":', 'application/json');
      expect(broken.statusCode).toBe(400);
      expect(broken.json()).toMatchObject({ code: 'malformed-jws' });
      expect((await post('vet', '', 'text/plain')).json()).toMatchObject({ code: 'malformed-jws' });
    });

    it('answers 403 to a message outside the agreement, and logs it', async () => {
      const response = await post(
        'vet',
        signEnvelope(
          decisionFor(original, { id: 'wrong-purpose', purpose: 'tax-assessment' }),
          subject.members.vet!.key,
        ),
      );
      expect(response.statusCode).toBe(403);
      const { code, logSeq } = response.json<{ code: string; logSeq: number }>();
      expect(code).toBe('wrong-purpose');
      expect(JSON.parse((await subject.store.logPage(logSeq - 1, 1))[0]!.text)).toMatchObject({
        outcome: 'rejected',
        code: 'wrong-purpose',
        messageId: 'wrong-purpose',
      });
    });

    it('answers 403 when another member posts a message the veterinary service signed', async () => {
      const response = await post(
        'tax',
        signEnvelope(decisionFor(original, { id: 'relayed' }), subject.members.vet!.key),
      );
      expect(response.json()).toMatchObject({ code: 'sender-not-authenticated' });
      expect(response.statusCode).toBe(403);
    });

    it('answers 413 to an oversized message', async () => {
      const response = await post('vet', `${'A'.repeat(1_048_577)}.x.y`);
      expect(response.statusCode).toBe(413);
    });
  });

  it('publishes the hub keys without authentication, and tells a member who it is', async () => {
    const keys = (await app.inject({ method: 'GET', url: '/v1/exchange/keys' })).json<{
      keys: { kid: string; x: string; alg: string }[];
    }>();
    expect(keys.keys).toEqual([
      expect.objectContaining({ kid: subject.hubKey.kid, x: subject.hubKey.x, alg: 'EdDSA', crv: 'Ed25519' }),
    ]);
    const me = (await app.inject({ method: 'GET', url: '/v1/exchange/members/me', headers: auth('vet') })).json<{
      id: string;
      keys: object[];
    }>();
    expect(me).toMatchObject({ id: 'vet', kind: 'agency' });
  });
});
