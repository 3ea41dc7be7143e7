import type { Role } from './role.js';

/** What a request may do without signing in, or with which roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

const READERS: readonly Role[] = ['admin', 'risk-officer', 'analyst'];
const OFFICERS: readonly Role[] = ['admin', 'risk-officer'];

/**
 * The server-side access policy, one table for every route group (later groups included):
 * deny by default under /v1 for anything not listed. Members of the exchange use their own
 * API keys on /v1/exchange (its plugin checks them); filers submit declarations without a
 * dashboard session, as before.
 */
export function accessFor(method: string, path: string): Access {
  if (!path.startsWith('/v1/')) return 'public';
  if (path.startsWith('/v1/auth/')) return path === '/v1/auth/sign-in' ? 'public' : 'signed-in';
  if (path === '/v1/exchange/monitor' || path.startsWith('/v1/exchange/declarations/')) return READERS;
  if (path.startsWith('/v1/exchange/')) return 'public';
  if (path.startsWith('/v1/reference/')) return 'public';
  if (path === '/v1/declarations' && method === 'POST') return 'public';
  if (path.startsWith('/v1/shared/')) return ['agency'];
  if (path === '/v1/dashboard/capabilities') return 'signed-in';
  if (path.startsWith('/v1/users')) return ['admin'];
  if (/^\/v1\/declarations\/[^/]+\/inspection-result$/.test(path)) return OFFICERS;
  if (method !== 'GET' && method !== 'HEAD') return OFFICERS;
  return READERS;
}

export function allows(access: Access, role: Role | undefined): boolean {
  if (access === 'public') return true;
  if (role === undefined) return false;
  return access === 'signed-in' || access.includes(role);
}
