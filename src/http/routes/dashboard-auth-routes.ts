import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashPassword, verifyPassword } from '../../auth/password.js';
import { isRole, ROLES, visibleUser, type DashboardUser } from '../../auth/role.js';
import { accessFor, allows } from '../../auth/route-access.js';
import { signSession, verifySession } from '../../auth/session-token.js';
import type { UserStore } from '../../auth/user-store.js';
import { SignInThrottle } from '../../auth/sign-in-throttle.js';
import { jsonBody } from './dashboard-json-body.js';

export interface DashboardAuthOptions {
  users: UserStore;
  /** Session signing secret; default TAMGA_SESSION_SECRET, else one generated and kept in the store. */
  secret?: string;
  /** Session lifetime in seconds (default 12 h: one shift). */
  sessionSeconds?: number;
  now?: () => Date;
}

const COOKIE = 'tamga_session';
const signedIn = new WeakMap<FastifyRequest, DashboardUser>();

/** The signed-in dashboard user of a request (set by the auth hook), if any. */
export function userOf(request: FastifyRequest): DashboardUser | undefined {
  return signedIn.get(request);
}

const fail = (reply: FastifyReply, status: 401 | 403, message: string) =>
  reply.status(status).send({ error: { code: status === 401 ? 'unauthenticated' : 'forbidden', message } });

/**
 * Sign-in for officers, analysts and agency users, and the access policy of every /v1 route
 * (src/auth/route-access), enforced in one onRequest hook: a session cookie from the dashboard
 * or `Authorization: Bearer tms1...` from scripts.
 */
export async function dashboardAuthRoutes(app: FastifyInstance, options: DashboardAuthOptions): Promise<void> {
  const { users } = options;
  const now = options.now ?? (() => new Date());
  const secret =
    options.secret ??
    process.env.TAMGA_SESSION_SECRET ??
    (await users.setting('session-secret', () => randomBytes(32).toString('base64url')));
  const lifetime = options.sessionSeconds ?? 12 * 3600;
  const throttle = new SignInThrottle(now);

  const authenticate = async (request: FastifyRequest): Promise<DashboardUser | undefined> => {
    const token = bearer(request) ?? cookie(request, COOKIE);
    const claims = token ? verifySession(token, secret, now()) : undefined;
    if (!claims) return undefined;
    const user = await users.byId(claims.sub);
    if (!user || user.disabled || user.sessionEpoch !== claims.epoch) return undefined;
    return visibleUser(user);
  };

  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0]!;
    const access = accessFor(request.method, path);
    const user = await authenticate(request);
    if (user) signedIn.set(request, user);
    if (access === 'public') return;
    if (!user) return fail(reply, 401, 'Sign in first: POST /v1/auth/sign-in, or open the dashboard.');
    if (
      user.mustChangePassword &&
      path !== '/v1/auth/password' &&
      path !== '/v1/auth/me' &&
      path !== '/v1/auth/sign-out'
    ) {
      return fail(reply, 403, 'Choose a new password first (POST /v1/auth/password).');
    }
    if (!allows(access, user.role)) return fail(reply, 403, `A ${user.role} user may not ${request.method} ${path}.`);
    return undefined;
  });

  const SignIn = Type.Object({
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  });
  app.post(
    '/v1/auth/sign-in',
    { schema: { tags: ['auth'], summary: 'Sign in; sets the session cookie and returns a bearer token' } },
    async (request, reply) => {
      const body = jsonBody(request, SignIn);
      const key = `${body.username.toLowerCase()}|${request.ip}`;
      if (throttle.blocked(key)) {
        return reply
          .status(429)
          .send({ error: { code: 'too-many-attempts', message: 'Too many failed sign-ins: wait 15 minutes.' } });
      }
      const user = await users.byUsername(body.username);
      const ok = user !== undefined && !user.disabled && (await verifyPassword(body.password, user.passwordHash));
      if (!ok || !user) {
        throttle.failed(key);
        return fail(reply, 401, 'Wrong username or password.');
      }
      throttle.succeeded(key);
      const token = signSession(
        { sub: user.id, epoch: user.sessionEpoch, exp: Math.floor(now().getTime() / 1000) + lifetime },
        secret,
      );
      const visible = visibleUser(user);
      return reply
        .header(
          'set-cookie',
          `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${lifetime}${request.protocol === 'https' ? '; Secure' : ''}`,
        )
        .send({ user: visible, token });
    },
  );

  app.post('/v1/auth/sign-out', { schema: { tags: ['auth'] } }, async (_request, reply) =>
    reply.header('set-cookie', `${COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`).send({ signedOut: true }),
  );

  app.get('/v1/auth/me', { schema: { tags: ['auth'] } }, (request, reply) => reply.send({ user: userOf(request) }));

  const Password = Type.Object({
    current: Type.String({ minLength: 1 }),
    next: Type.String({ minLength: 10, maxLength: 256 }),
  });
  app.post(
    '/v1/auth/password',
    { schema: { tags: ['auth'], summary: 'Change your password (10 characters at least); signs other sessions out' } },
    async (request, reply) => {
      const body = jsonBody(request, Password);
      const user = await users.byId(userOf(request)!.id);
      if (!user || !(await verifyPassword(body.current, user.passwordHash)))
        return fail(reply, 403, 'The current password is wrong.');
      await users.setPassword(user.id, await hashPassword(body.next), false);
      const token = signSession(
        { sub: user.id, epoch: user.sessionEpoch + 1, exp: Math.floor(now().getTime() / 1000) + lifetime },
        secret,
      );
      return reply
        .header('set-cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${lifetime}`)
        .send({ changed: true, token });
    },
  );

  const NewUser = Type.Object({
    username: Type.String({ pattern: '^[a-zA-Z0-9._-]{2,64}$' }),
    displayName: Type.String({ minLength: 1, maxLength: 120 }),
    role: Type.Union(ROLES.map((role) => Type.Literal(role))),
    memberId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    password: Type.String({ minLength: 10, maxLength: 256 }),
  });
  app.get('/v1/users', { schema: { tags: ['auth'] } }, async () => ({ users: await users.list() }));
  app.post('/v1/users', { schema: { tags: ['auth'], summary: 'Create a user (admin)' } }, async (request, reply) => {
    const body = jsonBody(request, NewUser);
    if (!isRole(body.role)) return fail(reply, 403, 'Unknown role.');
    if ((body.role === 'agency') !== (body.memberId !== undefined)) {
      return reply.status(400).send({
        error: {
          code: 'bad-request',
          message: 'An agency user needs memberId (its exchange member); other roles take none.',
        },
      });
    }
    const created = await users.create({
      username: body.username,
      displayName: body.displayName,
      role: body.role,
      ...(body.memberId ? { memberId: body.memberId } : {}),
      passwordHash: await hashPassword(body.password),
      mustChangePassword: true,
    });
    if (created.status === 'exists')
      return reply
        .status(409)
        .send({ error: { code: 'conflict', message: `The username ${body.username} is taken.` } });
    return reply.status(201).send({ user: created.user });
  });
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer tms1.') ? header.slice('Bearer '.length) : undefined;
}

function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
