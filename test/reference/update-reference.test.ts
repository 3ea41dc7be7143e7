import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReferenceRoot } from '../../src/reference-data/load-reference-data.js';

const script = fileURLToPath(new URL('../../scripts/update-reference.ts', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'tamga-update-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the script as a user would; never without --dry-run here, so the bundled files stay as they are. */
function run(folder: string): { status: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script, folder, '--dry-run'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('scripts/update-reference.ts', () => {
  it('checks new files and lists the codes added and removed', () => {
    const folder = join(scratch, 'flat');
    mkdirSync(folder);
    const currencies = readFileSync(join(defaultReferenceRoot(), 'currency/codes-all.csv'), 'utf8')
      .replace('AFGHANISTAN,Afghani,AFN,971,2,\n', '')
      .concat('TESTLAND,Test dollar,TSD,999,2,\n');
    writeFileSync(join(folder, 'codes-all.csv'), currencies);
    copyFileSync(join(defaultReferenceRoot(), 'hs/sections.csv'), join(folder, 'sections.csv'));
    const { status, output } = run(folder);
    expect(status).toBe(0);
    expect(output).toContain('hs/sections.csv: 21 rows; 21 codes, 0 added, 0 removed');
    expect(output).toContain('currency/codes-all.csv: 449 rows; 307 codes, 1 added (TSD), 1 removed (AFN)');
    expect(output).toContain('Dry run: nothing copied.');
  }, 30_000);

  it('refuses everything when one file has lost a column', () => {
    const folder = join(scratch, 'broken');
    mkdirSync(folder);
    writeFileSync(join(folder, 'sections.csv'), 'section,title\nI,Live animals\n');
    const { status, output } = run(folder);
    expect(status).toBe(1);
    expect(output).toContain('sections.csv lacks column(s) name');
    expect(output).toContain('Nothing was copied.');
  }, 30_000);
});
