import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/fixtures');
const folder = mkdtempSync(join(tmpdir(), 'tamga-verify-cli-'));
const generated = join(folder, 'generated');
const samples = join(root, 'data-samples/customs-declarations/df_syn_valid_eng.csv');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the real CLI; a non-zero exit is a result here, not a failure. */
async function tamga(db: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['bin/tamga.js', '--db', `sqlite:${join(folder, db)}`, ...args],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

interface JsonRun {
  inputs: string[];
  recorded: { stored?: number; duplicates?: number; outcomes?: number; skipped?: string };
  exitCode: number;
  findings: { code: string; subject: Record<string, string>; declarationIds: string[] }[];
}
const json = (stdout: string) => JSON.parse(stdout) as JsonRun;

describe('tamga verify on the real fixtures', () => {
  it('manifests: reads the CUSCAR samples and reports the cargo nobody declared', async () => {
    const run = await tamga(
      'fixtures.db',
      'verify',
      'manifests',
      '--manifests',
      join(fixtures, 'edifact/messages/CUSCAR_D99A_two_messages.edi'),
      join(fixtures, 'edifact/messages/CUSCAR_D95B_MSC_sea_manifest.edi'),
      '--now',
      '2024-01-01',
    );
    expect(run.stdout).toContain('Inputs: 3 cargo reports from 2 path(s); 0 import declarations');
    expect(run.stdout).toMatch(/5 consignments on 3 cargo reports: 0 covered by transport document/);
    expect(run.stdout).toContain('undeclared-cargo');
    // The D95B sample's own defects are reported, and the check still runs on it.
    expect(run.stdout).toContain('problem: ');
    expect(run.stdout).toMatch(/Recorded 5 new findings/);
    expect(run.code).toBe(1);
  }, 60_000);

  it('transit: folds the NCTS samples from files, and the same messages once ingested', async () => {
    const files = await tamga(
      'fixtures.db',
      'verify',
      'transit',
      join(fixtures, 'verification/ncts'),
      '--now',
      '2024-01-01',
    );
    expect(files.stdout).toContain('Inputs: 6 NCTS messages and 0 movements from 1 path(s).');
    expect(files.stdout).toContain('1 transit movements (1 released) checked as of 2024-01-01.');
    expect(files.stdout).toContain('transit-unloading-not-conform');
    expect(files.code).toBe(0);
    await tamga('store.db', 'ingest', join(fixtures, 'verification/ncts'));
    const stored = json((await tamga('store.db', 'verify', 'transit', '--now', '2024-01-01', '--json')).stdout);
    expect(stored.inputs).toEqual(['6 NCTS messages from the message store']);
    expect(stored.findings.map((f) => f.code).sort()).toEqual(
      ['transit-destination-changed', 'transit-unloading-not-conform'].sort(),
    );
    expect(stored.recorded).toMatchObject({ stored: 2, duplicates: 0 });
    const dry = await tamga('store.db', 'verify', 'transit', '--now', '2024-01-01', '--dry-run');
    expect(dry.stdout).toContain('Not recorded: dry run.');
  }, 60_000);

  it('refuses a malformed option with the reason', async () => {
    const run = await tamga('fixtures.db', 'verify', 'transit', '--now', '2024-13');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('a date is YYYY-MM-DD');
    const rate = await tamga('fixtures.db', 'verify', 'partners', '--partner', samples, '--rate', 'dollars');
    expect(rate.stderr).toContain('"dollars" is not CURRENCY=units');
  }, 60_000);
});

describe('tamga verify on generated data (known distortions)', () => {
  it('generates, ingests, then finds what was injected, and records it on the declarations', async () => {
    const generate = await tamga('generated.db', 'verify', 'generate', samples, '--limit', '1500', '--out', generated);
    expect(generate.code).toBe(0);
    expect(generate.stdout).toContain('From 1,500 declarations (seed 42)');
    const truth = JSON.parse(readFileSync(join(generated, 'truth.json'), 'utf8')) as {
      cargo: { undeclared: string[] };
      transit: { now: string; distortions: Record<string, string> };
      partner: { exportsWithoutImport: string[] };
    };
    await tamga('generated.db', 'ingest', join(generated, 'imports.json'));

    const partners = json(
      (
        await tamga(
          'generated.db',
          'verify',
          'partners',
          '--partner',
          join(generated, 'partner-exports.json'),
          '--rate',
          'USD=1300',
          '--json',
        )
      ).stdout,
    );
    expect(partners.inputs[1]).toMatch(/^1,\d{3} import declarations dated .* from the declaration store$/);
    const unmatched = partners.findings.filter((f) => f.code === 'partner-export-unmatched').map((f) => f.subject.id);
    for (const id of truth.partner.exportsWithoutImport) expect(unmatched).toContain(id);
    const gaps = partners.findings.filter((f) => f.code === 'partner-value-gap');
    expect(gaps.length).toBeGreaterThan(10);
    expect(gaps.every((f) => f.declarationIds[0]!.startsWith('dec_'))).toBe(true);
    expect(partners.recorded.stored).toBeGreaterThan(0);
    expect(partners.recorded.outcomes).toBeGreaterThan(1000);

    const manifests = json(
      (
        await tamga(
          'generated.db',
          'verify',
          'manifests',
          '--manifests',
          join(generated, 'cargo-reports.csv'),
          '--json',
        )
      ).stdout,
    );
    const undeclared = manifests.findings
      .filter((f) => f.code === 'undeclared-cargo')
      .map((f) => f.subject.consignment);
    const caught = truth.cargo.undeclared.filter((doc) => undeclared.includes(doc));
    expect(caught.length / truth.cargo.undeclared.length).toBeGreaterThanOrEqual(0.9);

    const transit = json(
      (
        await tamga(
          'generated.db',
          'verify',
          'transit',
          join(generated, 'transit-movements.json'),
          '--now',
          truth.transit.now,
          '--json',
        )
      ).stdout,
    );
    const overdue = new Set(transit.findings.filter((f) => f.code === 'transit-overdue').map((f) => f.subject.mrn));
    const injected = Object.entries(truth.transit.distortions)
      .filter(([, kind]) => kind === 'overdue')
      .map(([mrn]) => mrn);
    expect(injected.length).toBeGreaterThan(0);
    expect([...overdue].sort()).toEqual(injected.sort());

    const mirror = await tamga(
      'generated.db',
      'verify',
      'mirror',
      '--partner',
      join(generated, 'partner-exports.json'),
      '--rate',
      'USD=1300',
      '--top',
      '5',
    );
    expect(mirror.stdout).toContain('Mirror statistics:');
    expect(mirror.stdout).toMatch(/Recorded \d+ new findings/);

    const evaluate = await tamga('generated.db', 'verify', 'evaluate', join(generated, 'imports.json'), '--seed', '7');
    expect(evaluate.stdout).toMatch(/matching precision\s+\d+\.\d % \(target met\)/);
    expect(evaluate.stdout).toMatch(/false alarms \d+\.\d per 10,000 clean declarations/);
  }, 180_000);
});
