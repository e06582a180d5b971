// The first-load bundle of each page (scripts/pages.mjs: the HTML document
// and every file of the build it references), with raw, gzip and brotli sizes. Each page loads only
// its own wasm bundle, so each has its own first load; size-budget.test.mjs
// also checks in Chromium that a first visit fetches nothing beyond this list.
// Shared by the size-budget test and the benchmark.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { firstLoadFiles, PAGES } from '../../scripts/pages.mjs';

export { firstLoadFiles, PAGES };

/** The budget for a page's whole first load, brotli-compressed (SPEC section 7). */
export const BUDGET_BROTLI_BYTES = 128 * 1024;

/** The languages people can choose (content/languages.json; not the test pseudo-locale). */
export const LANGUAGES = JSON.parse(
  await readFile(new URL('../../content/languages.json', import.meta.url), 'utf8'),
).languages.map((language) => language.code);

/** A page's first load, with its words in `locale` (the page's default when not given). */
export async function measureBundle(dist, page = 'index.html', locale = null) {
  const files = [];
  const inLocale = (name) => (locale ? name.replace(/^words-[A-Za-z-]+?-(later-)?([0-9a-f]+\.json)$/, `words-${locale}-$1$2`) : name);
  for (const name of (await firstLoadFiles(dist, page)).map(inLocale)) {
    const body = await readFile(join(dist, name));
    files.push({
      file: name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    });
  }
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { page, files, total };
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

export function formatBundle({ files, total }) {
  const width = Math.max(...files.map((f) => f.file.length), 5);
  const row = (name, f) =>
    `${name.padEnd(width)}  ${kib(f.raw).padStart(10)}  ${kib(f.gzip).padStart(10)}  ${kib(f.brotli).padStart(10)}`;
  return [
    `${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`,
    ...files.map((f) => row(f.file, f)),
    row('total', total),
  ].join('\n');
}
