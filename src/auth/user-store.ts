import type { DashboardUser, Role } from './role.js';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  memberId?: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

export type UserRecord = DashboardUser & { passwordHash: string };

/** Dashboard users and settings, in the declaration store's database (migration 003). */
export interface UserStore {
  count(): Promise<number>;
  byUsername(username: string): Promise<UserRecord | undefined>;
  byId(id: string): Promise<UserRecord | undefined>;
  list(): Promise<DashboardUser[]>;
  /** `exists` when the username is taken. */
  create(user: NewUser): Promise<{ status: 'created'; user: DashboardUser } | { status: 'exists' }>;
  /** Sets a new hash and bumps the session epoch (signs every session out). */
  setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void>;
  update(id: string, change: { role?: Role; memberId?: string | null; disabled?: boolean }): Promise<void>;
  /** A setting, created with `initial()` when absent (first writer wins). */
  setting(name: string, initial: () => string): Promise<string>;
  close(): Promise<void>;
}
