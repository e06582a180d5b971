// The last step of scripts/build.sh, once every page is in dist/: writes the
// hosting configuration (security headers per page).
//   node scripts/finish-build.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeHostingConfig } from './hosting-headers.mjs';

const dist = process.argv[2] ?? 'dist';
const pages = [];
for (const file of (await readdir(dist)).filter((f) => f.endsWith('.html')).sort()) {
  pages.push({ file, html: await readFile(join(dist, file), 'utf8') });
}
if (!pages.some((p) => p.file === 'index.html')) throw new Error(`${dist} has no index.html`);
await writeHostingConfig(dist, pages);
console.log(`finish-build: hosting headers for ${pages.map((p) => p.file).join(', ')}`);
