import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions taken from folders; a file named explicitly is taken whatever its extension. */
const INGESTIBLE = new Set(['.json', '.ndjson', '.xml', '.csv', '.tsv', '.edi', '.edifact']);

export interface InputFile {
  path: string;
  bytes: number;
}

/** Files and folders (recursively, sorted, hidden entries skipped) as one list with sizes. */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new Error(`${path}: no such file or folder. Check the path (it is relative to ${process.cwd()}).`);
    if (info.isDirectory()) files.push(...(await listFolder(path)));
    else files.push({ path, bytes: info.size });
  }
  return files;
}

async function listFolder(folder: string): Promise<InputFile[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFolder(path)));
    else if (entry.isFile() && INGESTIBLE.has(extname(entry.name).toLowerCase())) {
      files.push({ path, bytes: (await stat(path)).size });
    }
  }
  return files;
}
