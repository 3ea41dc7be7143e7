import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';

/** A nats-server of the test's own (JetStream on a private store folder and port) that it may stop and start. */
export interface OwnNatsServer {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const NATS_SERVER_BINARY = process.env.TAMGA_NATS_SERVER ?? '/usr/sbin/nats-server';
export const natsServerAvailable = existsSync(NATS_SERVER_BINARY);
if (!natsServerAvailable && process.env.CI === 'true') {
  throw new Error(
    `${NATS_SERVER_BINARY} is missing, and CI=true requires the NATS fault test: install nats-server (see .ci/run)`,
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

export async function ownNatsServer(storeDir: string): Promise<OwnNatsServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    url: `nats://127.0.0.1:${port}`,
    async start() {
      child = spawn(NATS_SERVER_BINARY, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
        stdio: 'ignore',
      });
      for (let tries = 0; tries < 100 && !(await answers(port)); tries++)
        await new Promise((resolve) => setTimeout(resolve, 100));
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
  };
}
