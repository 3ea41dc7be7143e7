import type { Command } from 'commander';
import { createTamgaServices, type TamgaServicesOptions } from '../app/create-tamga-services.js';
import type { TamgaServices } from '../app/tamga-services.js';

/** What every command group gets: the store URL chosen with --db and the services behind it. */
export interface CliContext {
  /** The `--db` URL (or TAMGA_DB, or the default SQLite file). */
  db(): string;
  /** Opens the composition root; the caller closes it. */
  openServices(options?: Omit<TamgaServicesOptions, 'db'>): Promise<TamgaServices>;
  /** Opens, runs, closes; the command's exit code goes to `process.exitCode`. */
  withServices(
    work: (services: TamgaServices) => Promise<number | void>,
    options?: Omit<TamgaServicesOptions, 'db'>,
  ): Promise<void>;
}

/** A group of commands (`tamga risk ...`, `tamga verify ...`) registers itself on the program. */
export type CommandGroup = (program: Command, context: CliContext) => void;

/** The exchange as commands that store declarations open it: routing happens on every ingest. */
export function exchangeOptions(options: { demoMembers?: boolean } = {}): TamgaServicesOptions['exchange'] {
  return {
    ...(process.env.TAMGA_NATS_URL ? { natsUrl: process.env.TAMGA_NATS_URL } : {}),
    ...(options.demoMembers ? { demoMembers: true } : {}),
    log: (line) => console.log(line),
  };
}

export function createCliContext(program: Command): CliContext {
  const db = () => program.opts<{ db: string }>().db;
  const openServices = (options: Omit<TamgaServicesOptions, 'db'> = {}) =>
    createTamgaServices({ ...options, db: db() });
  return {
    db,
    openServices,
    async withServices(work, options) {
      const services = await openServices(options);
      try {
        const exitCode = await work(services);
        if (typeof exitCode === 'number') process.exitCode = exitCode;
      } finally {
        await services.close();
      }
    },
  };
}
