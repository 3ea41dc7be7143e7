import type { Command } from 'commander';
import { createTamgaServices } from '../app/create-tamga-services.js';
import type { TamgaServices } from '../app/tamga-services.js';

/** What every command group gets: the store URL chosen with --db and the services behind it. */
export interface CliContext {
  /** The `--db` URL (or TAMGA_DB, or the default SQLite file). */
  db(): string;
  /** Opens the composition root; the caller closes it. */
  openServices(): Promise<TamgaServices>;
  /** Opens, runs, closes; the command's exit code goes to `process.exitCode`. */
  withServices(work: (services: TamgaServices) => Promise<number | void>): Promise<void>;
}

/** A group of commands (`tamga risk ...`, `tamga verify ...`) registers itself on the program. */
export type CommandGroup = (program: Command, context: CliContext) => void;

export function createCliContext(program: Command): CliContext {
  const db = () => program.opts<{ db: string }>().db;
  const openServices = () => createTamgaServices({ db: db() });
  return {
    db,
    openServices,
    async withServices(work) {
      const services = await openServices();
      try {
        const exitCode = await work(services);
        if (typeof exitCode === 'number') process.exitCode = exitCode;
      } finally {
        await services.close();
      }
    },
  };
}
