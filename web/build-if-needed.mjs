// Builds the dashboard (web/dist) when it is missing or older than its sources: `npm start` and
// `npm test` run this first, so a fresh clone needs only `npm install && npm start`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('.', import.meta.url));
const built = join(web, 'dist', 'index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(web, '..', 'schema', 'declaration.schema.json'),
];
const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (stale || process.argv.includes('--force')) {
  console.log('Building the dashboard (web/dist)...');
  let vite;
  try {
    vite = await import('vite');
  } catch {
    // Installed without devDependencies: the API still serves, and / says how to build the dashboard.
    console.warn('Vite is not installed (npm install without --omit=dev builds the dashboard); serving the API only.');
  }
  if (vite) await vite.build({ configFile: join(web, 'vite.config.ts'), logLevel: 'warn' });
}
