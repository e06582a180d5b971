// The deterministic size budget: each page's whole first load,
// brotli-compressed, stays at or under 128 KiB. And the list it counts is
// complete: a first visit in Chromium fetches nothing else.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BUDGET_BROTLI_BYTES, firstLoadFiles, formatBundle, kib, measureBundle, PAGES } from './bundle.mjs';
import { DIST, openPage, serveDist, useSuite } from './helpers.mjs';

describe('first-load size', () => {
  const suite = useSuite(serveDist);

  for (const page of PAGES) {
    test(`${page}: first load stays within ${kib(BUDGET_BROTLI_BYTES)} brotli`, async () => {
      const bundle = await measureBundle(DIST, page);
      assert.ok(bundle.files.some((f) => f.file.endsWith('.wasm')), `${page} loads a wasm file`);
      console.log(`${page}\n${formatBundle(bundle)}`);
      assert.ok(
        bundle.total.brotli <= BUDGET_BROTLI_BYTES,
        `${page}: first load is ${kib(bundle.total.brotli)} brotli, over the ${kib(BUDGET_BROTLI_BYTES)} budget`,
      );
    });

    test(`${page}: a first visit fetches only what the budget counts`, async () => {
      const counted = await firstLoadFiles(DIST, page);
      const browserPage = await openPage(suite.browser);
      const before = suite.server.requests.length;
      const entry = page === 'index.html' ? '#/' : `${page}#/data`;
      await browserPage.goto(`${suite.server.url}${entry}`);
      await browserPage.getByRole('heading', { level: 1 }).waitFor();
      await browserPage.waitForLoadState('networkidle');
      const fetched = new Set(
        suite.server.requests.slice(before).map((path) => (path.endsWith('/') ? 'index.html' : path.replace(/^\//, ''))),
      );
      const uncounted = [...fetched].filter((f) => !counted.includes(f));
      assert.deepEqual(uncounted, [], `${page} fetched files the budget does not count`);
      assert.ok(fetched.has(page), `${page} itself was fetched`);
      const wasmFiles = [...fetched].filter((f) => f.endsWith('.wasm'));
      assert.equal(wasmFiles.length, 1, `${page} loads exactly one wasm bundle: ${wasmFiles}`);
      await browserPage.context().close();
    });
  }
});
