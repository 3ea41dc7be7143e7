import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedBroker } from '../broker/embedded/embedded-broker.js';
import { createNatsBroker } from '../broker/nats/nats-broker.js';
import type { MemberKind } from '../core/exchange/member.js';
import type { Broker } from '../core/ports/broker.js';
import { importAgreements } from '../exchange/admin/import-agreements.js';
import { registerMember } from '../exchange/admin/register-member.js';
import type { CommandIo } from '../exchange/cli/command-io.js';
import { exchangeInit, readHubKey } from '../exchange/cli/hub-commands.js';
import { openExchangeStore } from '../exchange/cli/open-exchange-store.js';
import { createExchangeHub, type ExchangeHub } from '../exchange/hub/exchange-hub.js';
import type { SqlExchangeStore } from '../exchange/store/sql/sql-exchange-store.js';

const CONFIG = fileURLToPath(new URL('../../config/', import.meta.url));
export const HUB_ID = 'customs-hub';

export interface ExchangeSetupOptions {
  /** The store URL (`--db`): the exchange tables live in the same database. */
  db: string;
  /** NATS JetStream instead of the embedded outbox broker. */
  natsUrl?: string;
  /** Register the members of config/members.json with generated keys (demo and first start). */
  demoMembers?: boolean;
  log?: (line: string) => void;
}

export interface Exchange {
  hub: ExchangeHub;
  store: SqlExchangeStore;
  close(): Promise<void>;
}

/**
 * Opens the e-Customs exchange beside the declaration store: the hub's identity and key on
 * first start (data/exchange/hub-key.jwk), the default agreements when none are stored,
 * optionally demo members, the broker, and the hub itself.
 */
export async function setUpExchange(options: ExchangeSetupOptions): Promise<Exchange> {
  const log = options.log ?? (() => undefined);
  const store = await openExchangeStore(options.db);
  const folder = exchangeFolder(options.db);
  const keyFile = join(folder, 'hub-key.jwk');
  if (!existsSync(keyFile)) {
    mkdirSync(folder, { recursive: true });
    const country = process.env.TAMGA_COUNTRY ?? 'KR';
    const io = quietIo(log);
    await exchangeInit({ store, hubId: HUB_ID, name: 'Customs administration (Tamga hub)', country, keyFile }, io);
  }
  if ((await store.agreements()).length === 0) {
    const results = await importAgreements(store, [join(CONFIG, 'agreements')]);
    log(`exchange: ${results.filter((result) => result.status !== 'invalid').length} default agreements imported`);
  }
  if (options.demoMembers) await registerDemoMembers(store, folder, log);
  const broker = await openBroker(store, options.natsUrl);
  const hub = createExchangeHub({ store, broker, hubId: HUB_ID, signingKey: readHubKey(keyFile) });
  await hub.start();
  return {
    hub,
    store,
    async close() {
      await hub.stop();
      await broker.close();
      await store.close();
    },
  };
}

function exchangeFolder(db: string): string {
  if (process.env.TAMGA_EXCHANGE_DIR) return process.env.TAMGA_EXCHANGE_DIR;
  const sqlitePath = db.startsWith('sqlite:') ? db.slice('sqlite:'.length) : '';
  const base = sqlitePath && sqlitePath !== ':memory:' ? dirname(sqlitePath) : './data';
  return join(base, 'exchange');
}

async function openBroker(store: SqlExchangeStore, natsUrl: string | undefined): Promise<Broker> {
  if (!natsUrl) return createEmbeddedBroker({ store });
  return createNatsBroker({ servers: natsUrl, stream: 'TAMGA_EXCHANGE', subjects: ['tamga.exchange.>'] });
}

interface DemoMember {
  id: string;
  name: string;
  kind: MemberKind;
  country: string;
}

async function registerDemoMembers(store: SqlExchangeStore, folder: string, log: (line: string) => void) {
  const known = new Set((await store.members()).map((member) => member.id));
  const { members } = JSON.parse(readFileSync(join(CONFIG, 'members.json'), 'utf8')) as { members: DemoMember[] };
  const credentialsFile = join(folder, 'demo-members.json');
  const credentials: Record<string, unknown> = existsSync(credentialsFile)
    ? (JSON.parse(readFileSync(credentialsFile, 'utf8')) as Record<string, unknown>)
    : {};
  let added = 0;
  for (const member of members.filter((candidate) => !known.has(candidate.id))) {
    const result = await registerMember({ store, ...member, endpoints: { delivery: 'pull' } });
    if (result.status !== 'registered') continue;
    credentials[member.id] = { apiToken: result.apiToken, privateKey: result.privateKey };
    added += 1;
  }
  if (added === 0) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(credentialsFile, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  log(`exchange: ${added} demo members registered; their API tokens and keys are in ${credentialsFile}`);
}

function quietIo(log: (line: string) => void): CommandIo {
  return { out: (line: string) => log(`exchange: ${line}`), err: (line: string) => log(`exchange: ${line}`) };
}
