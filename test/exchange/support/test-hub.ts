import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createEmbeddedBroker } from '../../../src/broker/embedded/embedded-broker.js';
import type { Broker } from '../../../src/core/ports/broker.js';
import type { PrivateKeyJwk } from '../../../src/exchange/crypto/ed25519.js';
import { importAgreements } from '../../../src/exchange/admin/import-agreements.js';
import { registerMember } from '../../../src/exchange/admin/register-member.js';
import {
  createExchangeHub,
  type ExchangeHub,
  type ExchangeHubOptions,
} from '../../../src/exchange/hub/exchange-hub.js';
import { openExchangeStore } from '../../../src/exchange/cli/open-exchange-store.js';
import type { SqlExchangeStore } from '../../../src/exchange/store/sql/sql-exchange-store.js';
import type { MemberEndpoints, MemberKind } from '../../../src/core/exchange/member.js';
import { postgresUrl } from '../../support/services.js';

export interface NetworkMember {
  id: string;
  token: string;
  key: PrivateKeyJwk;
}

export interface TestHub {
  hub: ExchangeHub;
  store: SqlExchangeStore;
  broker: Broker;
  hubKey: PrivateKeyJwk;
  members: Record<string, NetworkMember>;
  cleanup(): Promise<void>;
}

/** The members the default agreements in config/agreements name. */
export const DEFAULT_MEMBERS: { id: string; name: string; kind: MemberKind; country: string }[] = [
  { id: 'vet', name: 'Veterinary Service', kind: 'agency', country: 'KR' },
  { id: 'phyto', name: 'Plant Quarantine Agency', kind: 'agency', country: 'KR' },
  { id: 'sq', name: 'Sanitary-Quarantine Service', kind: 'agency', country: 'KR' },
  { id: 'tax', name: 'Ministry of Economy and Finance, Tax Office', kind: 'agency', country: 'KR' },
  { id: 'border', name: 'Border Service', kind: 'agency', country: 'KR' },
  { id: 'cb', name: 'Central Bank', kind: 'agency', country: 'KR' },
  { id: 'transport', name: 'Ministry of Transport', kind: 'agency', country: 'KR' },
  { id: 'partner-customs-cn', name: 'Neighbouring customs administration', kind: 'customs', country: 'CN' },
  { id: 'outsider', name: 'Registered member without any agreement', kind: 'agency', country: 'KR' },
];

export async function openTestStore(
  kind: 'sqlite' | 'postgres',
): Promise<{ store: SqlExchangeStore; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'tamga-hub-'));
    const store = await openExchangeStore(`sqlite:${join(folder, 'exchange.db')}`);
    return { store, drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })) };
  }
  const schema = `exchange_hub_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const store = await openExchangeStore(postgresUrl, { schema });
  return {
    store,
    drop: async () => {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

/**
 * A hub on a real store with the default agreement set imported and every default member
 * registered (each with a generated key and an API token).
 */
export async function createTestHub(
  options: {
    store?: 'sqlite' | 'postgres';
    broker?: (store: SqlExchangeStore) => Promise<Broker> | Broker;
    endpoints?: Record<string, MemberEndpoints>;
    hub?: Partial<ExchangeHubOptions>;
  } = {},
): Promise<TestHub> {
  const { store, drop } = await openTestStore(options.store ?? 'sqlite');
  const registered = await registerMember({
    store,
    id: 'hub',
    name: 'Korea Customs Service',
    kind: 'hub',
    country: 'KR',
  });
  if (registered.status !== 'registered') throw new Error('hub registration failed');
  const members: Record<string, NetworkMember> = {};
  for (const member of DEFAULT_MEMBERS) {
    const result = await registerMember({ store, ...member, endpoints: options.endpoints?.[member.id] });
    if (result.status !== 'registered') throw new Error(`registering ${member.id} failed`);
    members[member.id] = { id: member.id, token: result.apiToken!, key: result.privateKey! };
  }
  const imported = await importAgreements(store, ['config/agreements']);
  if (imported.some((result) => result.status === 'invalid' || result.status === 'conflict'))
    throw new Error(`agreements: ${JSON.stringify(imported)}`);
  const broker = options.broker ? await options.broker(store) : createEmbeddedBroker({ store, pollIntervalMs: 50 });
  const hub = createExchangeHub({
    store,
    broker,
    hubId: 'hub',
    signingKey: registered.privateKey!,
    sealEveryMs: 0,
    registryTtlMs: 0,
    ...options.hub,
  });
  return {
    hub,
    store,
    broker,
    hubKey: registered.privateKey!,
    members,
    cleanup: async () => {
      await hub.stop();
      await broker.close();
      await store.close();
      await drop();
    },
  };
}
