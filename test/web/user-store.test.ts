import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin } from '../../src/auth/ensure-admin.js';
import { hashPassword, verifyPassword } from '../../src/auth/password.js';
import { createUserStore } from '../../src/auth/sql-user-store.js';
import type { UserStore } from '../../src/auth/user-store.js';
import { createDeclarationStore } from '../../src/store/create-declaration-store.js';
import { checkService, postgresUrl } from '../support/services.js';

/** Users live in the store's database (migration 003): the same behaviour on both engines. */
function userStoreContract(open: () => Promise<{ users: UserStore; dispose: () => Promise<void> }>): void {
  let users: UserStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ users, dispose } = await open()));
  afterAll(() => dispose());

  it('creates the first admin once, with a one-time password that works', async () => {
    const password = await ensureAdmin(users);
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(await ensureAdmin(users)).toBeUndefined();
    const admin = (await users.byUsername('ADMIN'))!;
    expect(admin).toMatchObject({ role: 'admin', mustChangePassword: true, disabled: false, sessionEpoch: 0 });
    expect(await verifyPassword(password!, admin.passwordHash)).toBe(true);
    expect(await verifyPassword('wrong', admin.passwordHash)).toBe(false);
  });

  it('refuses a taken username and keeps agency users tied to a member', async () => {
    const hash = await hashPassword('some-password');
    const created = await users.create({
      username: 'Vet-Desk',
      displayName: 'Vet',
      role: 'agency',
      memberId: 'vet',
      passwordHash: hash,
      mustChangePassword: true,
    });
    expect(created).toMatchObject({ status: 'created', user: { username: 'vet-desk', memberId: 'vet' } });
    expect(
      await users.create({
        username: 'vet-desk',
        displayName: 'x',
        role: 'analyst',
        passwordHash: hash,
        mustChangePassword: false,
      }),
    ).toEqual({ status: 'exists' });
    await expect(
      users.create({
        username: 'no-member',
        displayName: 'x',
        role: 'agency',
        passwordHash: hash,
        mustChangePassword: false,
      }),
    ).rejects.toThrow();
  });

  it('revokes sessions when the password or role changes', async () => {
    const user = (await users.byUsername('vet-desk'))!;
    await users.setPassword(user.id, await hashPassword('another-password'), false);
    const changed = (await users.byId(user.id))!;
    expect(changed).toMatchObject({ sessionEpoch: user.sessionEpoch + 1, mustChangePassword: false });
    await users.update(user.id, { role: 'analyst' });
    expect(await users.byId(user.id)).toMatchObject({ role: 'analyst', sessionEpoch: user.sessionEpoch + 2 });
    expect((await users.byId(user.id))!.memberId).toBeUndefined();
  });

  it('keeps the first value of a setting', async () => {
    expect(await users.setting('session-secret', () => 'first')).toBe('first');
    expect(await users.setting('session-secret', () => 'second')).toBe('first');
  });
}

describe('user store on SQLite', () => {
  userStoreContract(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tamga-users-'));
    const url = `sqlite:${join(folder, 'tamga.db')}`;
    const store = await createDeclarationStore(url);
    await store.migrate();
    const users = createUserStore(url);
    return {
      users,
      dispose: async () => {
        await users.close();
        await store.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  });
});

const check = await checkService('PostgreSQL', postgresUrl);

describe.skipIf(!check.available)('user store on PostgreSQL', () => {
  userStoreContract(async () => {
    const schema = `users_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = `${postgresUrl}?schema=${schema}`;
    const store = await createDeclarationStore(url);
    await store.migrate();
    const users = createUserStore(url);
    return {
      users,
      dispose: async () => {
        await users.close();
        await store.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  });
});
