import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const input = join(root, 'data-samples/customs-declarations/df_syn_train_eng.csv');
const ROWS = 37_385;
const folder = mkdtempSync(join(tmpdir(), 'tamga-kill-'));
const dbPath = join(folder, 'kill.db');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function startIngest(): ChildProcess {
  return spawn(process.execPath, ['bin/tamga.js', '--db', `sqlite:${dbPath}`, 'ingest', input], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function storedCount(): number {
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM declarations').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

describe('nothing lost when the ingesting process is killed', () => {
  it('stores every declaration exactly once after SIGKILL mid-file and a re-run', async () => {
    const child = startIngest();
    const exit = exited(child);
    let atKill = storedCount();
    while (atKill === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      atKill = storedCount();
    }
    child.kill('SIGKILL');
    const killed = await exit;
    expect(killed.signal).toBe('SIGKILL');
    expect(atKill).toBeLessThan(ROWS);

    const rerun = startIngest();
    const finished = await exited(rerun);
    expect(finished.code).toBe(0);

    const db = new Database(dbPath, { readonly: true });
    const declarations = (db.prepare('SELECT count(*) AS n FROM declarations').get() as { n: number }).n;
    const versions = (db.prepare('SELECT count(*) AS n FROM declaration_versions').get() as { n: number }).n;
    const maxVersion = (db.prepare('SELECT max(latest_version) AS v FROM declarations').get() as { v: number }).v;
    db.close();
    expect(declarations).toBe(ROWS);
    expect(versions).toBe(ROWS);
    expect(maxVersion).toBe(1);
  }, 180_000);
});
