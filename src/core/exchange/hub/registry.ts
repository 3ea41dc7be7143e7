import type { Agreement } from '../agreement.js';
import { createMemberDirectory, type Member, type MemberDirectory } from '../member.js';
import type { AgreementStore, MemberStore } from '../ports/exchange-store.js';

/** Members and agreements as the hub sees them at one moment. */
export interface RegistrySnapshot {
  members: Member[];
  agreements: Agreement[];
  directory: MemberDirectory;
}

export interface Registry {
  snapshot(): Promise<RegistrySnapshot>;
  /** Drops the cached snapshot, after the hub itself changed members or agreements. */
  invalidate(): void;
}

/**
 * Caches members and agreements for `ttlMs` (default 5 s), so that routing and verifying
 * thousands of messages a second does not read them each time, while a key rotated or an
 * agreement changed by the CLI in another process takes effect within the TTL.
 */
export function createRegistry(
  store: MemberStore & AgreementStore,
  options: { now: () => Date; ttlMs?: number },
): Registry {
  const ttlMs = options.ttlMs ?? 5_000;
  let cached: { at: number; snapshot: Promise<RegistrySnapshot> } | undefined;
  const load = async (): Promise<RegistrySnapshot> => {
    const [members, agreements] = await Promise.all([store.members(), store.agreements()]);
    return { members, agreements, directory: createMemberDirectory(members) };
  };
  return {
    snapshot() {
      const now = options.now().getTime();
      if (!cached || now - cached.at >= ttlMs) {
        const snapshot = load();
        cached = { at: now, snapshot };
        snapshot.catch(() => (cached = undefined));
      }
      return cached.snapshot;
    },
    invalidate: () => (cached = undefined),
  };
}
