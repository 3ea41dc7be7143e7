// `npm run build` compiles TypeScript only; data files that modules read next to themselves
// (the compiled EDIFACT directory) are copied into dist/ here.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const copy = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) copy(path);
    else if (name.endsWith('.json')) cpSync(path, join('dist', relative('src', path)));
  }
};
copy('src');
