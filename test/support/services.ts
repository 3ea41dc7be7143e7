import { createConnection } from 'node:net';

/**
 * Tests that need a server run whenever it answers, and must run when CI=true.
 * On a laptop without the server they are skipped with a visible message.
 */
export interface ServiceCheck {
  available: boolean;
  /** Pass to `describe.skipIf(!check.available)`. */
  reason: string;
}

const POSTGRES_URL = process.env.TAMGA_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const NATS_URL = process.env.TAMGA_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export const postgresUrl = POSTGRES_URL;
export const natsUrl = NATS_URL;

export async function checkService(name: string, url: string): Promise<ServiceCheck> {
  const { hostname, port } = new URL(url);
  const available = await canConnect(hostname, Number(port));
  if (!available) {
    const reason = `${name} at ${hostname}:${port} does not answer`;
    if (process.env.CI === 'true') throw new Error(`${reason}, and CI=true requires it: start it (see .ci/run).`);
    console.warn(`\n  SKIPPED: ${reason}; its tests are skipped. Start ${name} to run them.\n`);
    return { available, reason };
  }
  return { available, reason: '' };
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
