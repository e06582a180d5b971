// The first-load bundle of each page: the HTML document and every file of
// the build it references (stylesheet, icon, JS glue, wasm, and anything an
// inline script names), with raw, gzip and brotli sizes. Each page loads only
// its own wasm bundle, so each has its own first load; size-budget.test.mjs
// also checks in Chromium that a first visit fetches nothing beyond this list.
// Shared by the size-budget test and the benchmark.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The budget for a page's whole first load, brotli-compressed (SPEC section 7). */
export const BUDGET_BROTLI_BYTES = 120 * 1024;

/** The HTML documents of the build, each a first visit of its own. */
export const PAGES = ['index.html', 'results.html'];

/** Build files referenced from `html`: href/src attributes and quoted './x' paths. */
export async function referencedFiles(dist, html) {
  const names = new Set();
  for (const m of html.matchAll(/(?:href|src)=["']?([^"'\s>]+)|["']\.\/([^"'\s]+)["']/g)) {
    const ref = (m[1] ?? m[2]).replace(/^\.\//, '').split(/[?#]/)[0];
    if (!ref || /^[a-z]+:/i.test(ref) || ref.startsWith('/')) continue;
    const exists = await access(join(dist, ref)).then(() => true, () => false);
    if (exists) names.add(ref);
  }
  return [...names];
}

/** The page and every file its first visit fetches, in name order. */
export async function firstLoadFiles(dist, page) {
  const html = await readFile(join(dist, page), 'utf8');
  return [page, ...(await referencedFiles(dist, html)).filter((f) => f !== page)].sort();
}

export async function measureBundle(dist, page = 'index.html') {
  const files = [];
  for (const name of await firstLoadFiles(dist, page)) {
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
