import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connect } from 'nats';
import { nodeSha256 } from '../../adapters/node-sha256.js';
import { createNatsBroker } from '../../broker/nats/nats-broker.js';
import type { SentItem } from '../../core/exchange/ports/exchange-store.js';
import { routeDeclaration } from '../../core/exchange/route-declaration.js';
import { canonicalJson } from '../../core/model/canonical-json.js';
import type { DeclarationRecord } from '../../core/model/record.js';
import type { Broker, BrokerMessage } from '../../core/ports/broker.js';
import { importAgreements } from '../admin/import-agreements.js';
import { registerMember } from '../admin/register-member.js';
import { openExchangeStore } from '../cli/open-exchange-store.js';
import { createExchangeHub, type ExchangeHub } from '../hub/exchange-hub.js';
import { exchangeSubjects } from '../hub/subjects.js';
import type { SqlExchangeStore } from '../store/sql/sql-exchange-store.js';
import { benchRecord } from './bench-declaration.js';

export interface BenchmarkFigures {
  mode: 'signed' | 'unsigned';
  messages: number;
  seconds: number;
  perSecond: number;
}

export interface ExchangeBenchmarkOptions {
  natsUrl: string;
  /** Messages per mode; default 20,000. */
  messages?: number;
  /** Declarations per hub batch (one transaction, one publish); default 500. */
  batchSize?: number;
  /** Agreement files; default the repository's config/agreements. */
  agreements?: string;
}

interface ModeRun {
  mode: 'signed' | 'unsigned';
  natsUrl: string;
  folder: string;
  messages: number;
  batchSize: number;
  agreements: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Measures messages per second end to end through NATS JetStream: the hub routes, projects,
 * signs, logs and publishes; a member in another process (another core) consumes, verifies
 * and logs. The unsigned run is the same path without signing and verifying, in the same run.
 */
export async function runExchangeBenchmark(options: ExchangeBenchmarkOptions): Promise<BenchmarkFigures[]> {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-bench-'));
  const base = {
    natsUrl: options.natsUrl,
    folder,
    messages: options.messages ?? 20_000,
    batchSize: options.batchSize ?? 500,
    agreements: options.agreements ?? join(here, '../../../config/agreements'),
  };
  try {
    return [await runMode({ ...base, mode: 'unsigned' }), await runMode({ ...base, mode: 'signed' })];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function runMode(run: ModeRun): Promise<BenchmarkFigures> {
  const id = `${process.pid}_${Date.now()}_${run.mode}`;
  const prefix = `bench${id}.exchange`;
  const stream = `TAMGA_BENCH_${id}`;
  const broker = await createNatsBroker({
    servers: run.natsUrl,
    stream,
    subjects: [`${prefix}.>`],
    publishConcurrency: 1024,
  });
  const { hub, store } = await benchHub({
    broker,
    prefix,
    path: join(run.folder, `hub-${run.mode}.db`),
    agreements: run.agreements,
  });
  const hubKeys = JSON.stringify(await hub.hubKeys());
  const member = await startMember({ ...run, stream, prefix, hubKeys });
  try {
    const started = performance.now();
    for (let start = 0; start < run.messages; start += run.batchSize) {
      const records = Array.from({ length: Math.min(run.batchSize, run.messages - start) }, (_, offset) =>
        benchRecord(start + offset),
      );
      if (run.mode === 'signed')
        await hub.onDeclarationEvents(records.map((record) => ({ record, event: 'ingested' as const })));
      else await publishUnsigned({ hub, store, broker, prefix, records });
    }
    if (process.env.TAMGA_BENCH_DEBUG)
      console.error(`${run.mode}: hub side done after ${((performance.now() - started) / 1000).toFixed(2)} s`);
    await member.done();
    const seconds = (performance.now() - started) / 1000;
    return { mode: run.mode, messages: run.messages, seconds, perSecond: run.messages / seconds };
  } finally {
    member.stop();
    await hub.stop();
    await broker.close();
    await store.close();
    await deleteStream(run.natsUrl, stream);
  }
}

async function benchHub(options: { broker: Broker; prefix: string; path: string; agreements: string }) {
  const store = await openExchangeStore(`sqlite:${options.path}`);
  const registered = await registerMember({ store, id: 'hub', name: 'Benchmark hub', kind: 'hub', country: 'KR' });
  await registerMember({
    store,
    id: 'vet',
    name: 'Veterinary Service',
    kind: 'agency',
    country: 'KR',
    endpoints: { delivery: 'nats' },
  });
  await importAgreements(store, [options.agreements]);
  if (registered.status !== 'registered') throw new Error('benchmark hub registration failed');
  const hub = createExchangeHub({
    store,
    broker: options.broker,
    hubId: 'hub',
    signingKey: registered.privateKey!,
    subjectPrefix: options.prefix,
    sealEveryMs: 0,
  });
  return { hub, store };
}

/** Starts the member process; `done()` resolves when it has recorded every message. */
async function startMember(options: ModeRun & { stream: string; prefix: string; hubKeys: string }) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'bench-member-process.ts')], {
    env: {
      ...process.env,
      TAMGA_NATS: options.natsUrl,
      TAMGA_STREAM: options.stream,
      TAMGA_PREFIX: options.prefix,
      TAMGA_MEMBER_DB: join(options.folder, `member-${options.mode}.db`),
      TAMGA_HUB_KEYS: options.hubKeys,
      TAMGA_MODE: options.mode,
      TAMGA_EXPECT: String(options.messages),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`benchmark member exited with ${code}`))),
  );
  exited.catch(() => undefined);
  const seen = (word: string) =>
    Promise.race([
      new Promise<void>((resolve) => {
        const check = () => output.split('\n').some((line) => line.startsWith(word)) && resolve();
        child.stdout.on('data', (chunk: Buffer) => ((output += chunk.toString()), check()));
        check();
      }),
      exited,
    ]);
  await seen('ready');
  return { done: () => seen('done'), stop: () => child.kill('SIGTERM') };
}

async function deleteStream(natsUrl: string, stream: string): Promise<void> {
  const nc = await connect({ servers: natsUrl });
  await (await nc.jetstreamManager()).streams.delete(stream).catch(() => undefined);
  await nc.close();
}

/** The unsigned floor: the same routing, projection, log and store writes and publish, with no JWS. */
async function publishUnsigned(batch: {
  hub: ExchangeHub;
  store: SqlExchangeStore;
  broker: Broker;
  prefix: string;
  records: DeclarationRecord[];
}): Promise<void> {
  const { members, agreements } = await batch.hub.context.registry.snapshot();
  const now = new Date();
  const recordedAt = now.toISOString();
  const subjects = exchangeSubjects(batch.prefix);
  const encoder = new TextEncoder();
  const items: SentItem[] = [];
  const messages: BrokerMessage[] = [];
  for (const record of batch.records) {
    for (const { envelope, member } of routeDeclaration({
      record,
      event: 'ingested',
      members,
      agreements,
      hubId: 'hub',
      now,
      newId: batch.hub.context.newId,
    })) {
      const text = canonicalJson(envelope);
      const digest = nodeSha256(text);
      items.push({
        message: {
          id: envelope.id,
          direction: 'sent',
          sender: 'hub',
          recipient: envelope.recipient,
          type: envelope.type,
          correlationId: envelope.correlationId,
          agreement: envelope.agreement,
          jws: text,
          digest,
          recordedAt,
          retainUntil: envelope.expiresAt,
          declarationId: record.id,
        },
        record: {
          direction: 'sent',
          outcome: 'accepted',
          digest,
          recordedAt,
          messageId: envelope.id,
          recipient: envelope.recipient,
          agreement: envelope.agreement,
        },
        delivery: member.endpoints.delivery,
      });
      messages.push({ id: envelope.id, subject: subjects.out(envelope.recipient), data: encoder.encode(text) });
    }
  }
  await batch.store.recordSent(items);
  await batch.broker.publish(messages);
  await batch.store.markPublished(
    messages.map((message) => message.id),
    recordedAt,
  );
}
