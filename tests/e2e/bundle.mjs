// The first-load bundle: every file in the release build (a first visit
// fetches all of them, and a service worker will precache them all) except
// the hosting configuration no browser fetches, with its raw, gzip and
// brotli size. Shared by the size-budget test and the benchmark.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { HOSTING_FILES } from '../../scripts/hosting-headers.mjs';

/** The budget for the whole first load, brotli-compressed (SPEC section 7). */
export const BUDGET_BROTLI_BYTES = 120 * 1024;

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return files.flat();
}

export async function measureBundle(dist) {
  const files = [];
  const fetched = (await listFiles(dist)).filter((path) => !HOSTING_FILES.includes(relative(dist, path)));
  for (const path of fetched.sort()) {
    const body = await readFile(path);
    files.push({
      file: relative(dist, path),
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
  return { files, total };
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
