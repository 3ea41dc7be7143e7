import { createConnection } from 'node:net';

export const POSTGRES_URL = process.env.TAMGA_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Benchmarks measure PostgreSQL when it answers and say so when it does not. */
export function checkPostgres(): Promise<boolean> {
  const { hostname, port } = new URL(POSTGRES_URL);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
