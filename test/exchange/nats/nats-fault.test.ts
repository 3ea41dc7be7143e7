import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNatsBroker } from '../../../src/broker/nats/nats-broker.js';
import { buildRecord } from '../support/factories.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { natsServerAvailable, ownNatsServer, type OwnNatsServer } from './nats-server.js';

const TOTAL = 10_000;
const BATCH = 100;

async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Issue 5, faults: NATS stopped during a burst of 10,000 messages, and the receiving member
 * killed (SIGKILL) mid-batch. After NATS restarts every message reaches the member, and the
 * member's log records each exactly once.
 */
describe.skipIf(!natsServerAvailable)('faults: NATS down during a burst, receiver killed mid-batch', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tamga-fault-'));
  const prefix = `fault${process.pid}.exchange`;
  const stream = `TAMGA_FAULT_${process.pid}`;
  const memberDb = join(folder, 'member.db');
  let nats: OwnNatsServer;
  let subject: TestHub;
  let member: ChildProcess | undefined;
  let memberDbReader: Database.Database | undefined;

  const startMember = async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'member-process.ts')], {
      env: {
        ...process.env,
        TAMGA_NATS: nats.url,
        TAMGA_STREAM: stream,
        TAMGA_PREFIX: prefix,
        TAMGA_MEMBER_DB: memberDb,
        TAMGA_HUB_KEYS: JSON.stringify(await subject.hub.hubKeys()),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`member process exited with ${code}`)));
    });
    member = child;
  };
  const processed = (): number => {
    memberDbReader ??= new Database(memberDb, { readonly: true });
    return (
      memberDbReader.prepare("SELECT COUNT(*) AS n FROM exchange_messages WHERE direction = 'received'").get() as {
        n: number;
      }
    ).n;
  };

  beforeAll(async () => {
    nats = await ownNatsServer(join(folder, 'jetstream'));
    await nats.start();
    subject = await createTestHub({
      broker: () => createNatsBroker({ servers: nats.url, stream, subjects: [`${prefix}.>`], publishTimeoutMs: 1_000 }),
      endpoints: { vet: { delivery: 'nats' } },
      hub: { subjectPrefix: prefix },
    });
    await subject.hub.start();
    await startMember();
  }, 120_000);
  afterAll(async () => {
    member?.kill('SIGKILL');
    memberDbReader?.close();
    await subject.cleanup();
    await nats.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('delivers all 10,000 messages, none processed twice', async () => {
    let killedAt = 0;
    let owedDuringOutage = 0;
    for (let batch = 0; batch < TOTAL / BATCH; batch++) {
      if (batch === 30) await nats.stop();
      if (batch === 70) {
        owedDuringOutage = (await subject.store.unpublished(TOTAL)).length;
        await nats.start();
      }
      const records = Array.from({ length: BATCH }, (_, index) =>
        buildRecord({ id: `dec-fault-${batch * BATCH + index}` }),
      );
      await subject.hub.onDeclarationEvents(records.map((record) => ({ record, event: 'ingested' as const })));
      if (killedAt === 0 && processed() >= 1_500) {
        killedAt = processed();
        member!.kill('SIGKILL');
        await startMember();
      }
    }
    expect(killedAt).toBeGreaterThan(0);
    expect(owedDuringOutage).toBeGreaterThanOrEqual(3_900);
    await eventually(async () => (await subject.store.unpublished(1)).length === 0, 120_000);
    await eventually(() => processed() >= TOTAL, 180_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const reader = memberDbReader!;
    const received = reader
      .prepare(
        "SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS distinct_ids FROM exchange_messages WHERE direction = 'received'",
      )
      .get() as { n: number; distinct_ids: number };
    expect(received).toEqual({ n: TOTAL, distinct_ids: TOTAL });
    const accepted = reader
      .prepare(
        'SELECT message_id, COUNT(*) AS times FROM exchange_log WHERE text LIKE \'%"outcome":"accepted"%\' GROUP BY message_id HAVING COUNT(*) > 1',
      )
      .all();
    expect(accepted).toEqual([]);
    const logged = reader
      .prepare('SELECT COUNT(*) AS n FROM exchange_log WHERE text LIKE \'%"outcome":"accepted"%\'')
      .get() as { n: number };
    expect(logged.n).toBe(TOTAL);
    const sent = await subject.store.logHead();
    expect(sent?.seq).toBe(TOTAL);
    expect(await subject.hub.verifyLog()).toMatchObject({ status: 'intact', entries: TOTAL });
    console.info(
      `fault test: ${owedDuringOutage} messages owed to the broker while NATS was down; receiver killed after ${killedAt} processed`,
    );
  }, 600_000);
});
