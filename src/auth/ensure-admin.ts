import { generatePassword, hashPassword } from './password.js';
import type { UserStore } from './user-store.js';

/**
 * The first start creates `admin`: with TAMGA_ADMIN_PASSWORD when set (kept as given), else
 * with a generated one-time password that must be changed at first sign-in. Returns the
 * generated password to print once, or undefined when nothing was created or it came from env.
 */
export async function ensureAdmin(users: UserStore, envPassword?: string): Promise<string | undefined> {
  if ((await users.count()) > 0) return undefined;
  const password = envPassword && envPassword.length > 0 ? envPassword : generatePassword();
  await users.create({
    username: 'admin',
    displayName: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(password),
    mustChangePassword: !envPassword,
  });
  return envPassword ? undefined : password;
}
