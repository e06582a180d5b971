// The deterministic size budget: each page's whole first load,
// brotli-compressed, stays at or under 128 KiB. And the list it counts is
// complete: a first visit in Chromium fetches nothing else before its first
// screen is up (the words only later screens show come after it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { laterWordsFiles, REGISTRY } from '../../scripts/pages.mjs';
import { BUDGET_BROTLI_BYTES, firstLoadFiles, formatBundle, kib, LANGUAGES, measureBundle, PAGES } from './bundle.mjs';
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

    test(`${page}: a first visit in every language stays within the budget`, async () => {
      // German words are a quarter longer than English, and brotli's
      // dictionary knows English: the same words cost ~40% more bytes.
      for (const locale of LANGUAGES) {
        const bundle = await measureBundle(DIST, page, locale);
        const words = bundle.files.filter((f) => f.file.startsWith('words-'));
        assert.ok(words.every((f) => f.file.startsWith(`words-${locale}-`)), `${page} in ${locale}: ${words.map((f) => f.file)}`);
        console.log(`${page} in ${locale}: ${kib(bundle.total.brotli)}, ${BUDGET_BROTLI_BYTES - bundle.total.brotli} bytes left`);
        assert.ok(
          bundle.total.brotli <= BUDGET_BROTLI_BYTES,
          `${page}: a first visit in ${locale} is ${kib(bundle.total.brotli)} brotli, over the ${kib(BUDGET_BROTLI_BYTES)} budget`,
        );
      }
    });

    test(`${page}: a first visit fetches only what the budget counts`, async () => {
      const counted = await firstLoadFiles(DIST, page);
      const later = laterWordsFiles(await readFile(join(DIST, page), 'utf8'));
      // What the service worker installs beyond the page's own files: its
      // own page's words (offline, not saved yet) and its lists of the
      // later files and the pages, needed before nothing.
      const source = await readFile(join(DIST, 'sw.js'), 'utf8');
      const worker = [/words:"(worker-words-[0-9a-f]+\.json)"/, /lists:"(worker-lists-[0-9a-f]+\.json)"/].map((name) => source.match(name)?.[1]);
      const browserPage = await openPage(suite.browser);
      // When the first screen's heading appeared, on the page's own clock.
      await browserPage.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector('main h1')) return;
          window.firstScreenAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true });
      });
      const before = suite.server.requests.length;
      const ownStart = page === 'index.html' || REGISTRY.pages.some((p) => p.file === page && p.document === 'run');
      const entry = page === 'index.html' ? '#/' : `${page}${ownStart ? '#/' : '#/data'}`;
      await browserPage.goto(`${suite.server.url}${entry}`);
      await browserPage.getByRole('heading', { level: 1 }).waitFor();
      await browserPage.waitForLoadState('networkidle');
      const fetched = new Set(
        suite.server.requests.slice(before).map((path) => (path.endsWith('/') ? 'index.html' : path.replace(/^\//, ''))),
      );
      const uncounted = [...fetched].filter((f) => !counted.includes(f) && !later.includes(f) && !worker.includes(f));
      assert.deepEqual(uncounted, [], `${page} fetched files the budget does not count`);
      // The later words are fetched, and only once the first screen is up.
      for (const file of later) {
        assert.ok(fetched.has(file), `${page} fetched its later words ${file}`);
        const [startedAt, shownAt] = await browserPage.evaluate(
          (name) => [performance.getEntriesByName(new URL(name, location.href).href)[0]?.startTime, window.firstScreenAt],
          file,
        );
        assert.ok(startedAt >= shownAt, `${file} was fetched at ${startedAt} ms, before the first screen (${shownAt} ms)`);
      }
      assert.ok(fetched.has(page), `${page} itself was fetched`);
      const wasmFiles = [...fetched].filter((f) => f.endsWith('.wasm'));
      assert.equal(wasmFiles.length, 1, `${page} loads exactly one wasm bundle: ${wasmFiles}`);
      await browserPage.context().close();
    });

    test(`${page}: its wasm and glue name imports and exports in a letter or two`, async () => {
      // wasm-bindgen's names carry a 16-digit hash each, ~3.8 KiB brotli a
      // page; scripts/wasm-names.mjs renames them in the wasm and the glue.
      const wasm = (await firstLoadFiles(DIST, page)).find((f) => f.endsWith('.wasm'));
      const module = new WebAssembly.Module(await readFile(join(DIST, wasm)));
      const names = [
        ...WebAssembly.Module.imports(module).flatMap((entry) => [entry.module, entry.name]),
        ...WebAssembly.Module.exports(module).map((entry) => entry.name),
      ];
      assert.ok(names.length > 100, `${wasm} has its imports and exports`);
      assert.deepEqual(names.filter((name) => name.length > 3), [], `${wasm}: long import or export names`);
      const glue = await readFile(join(DIST, wasm.replace(/_bg\.wasm$/, '.js')), 'utf8');
      assert.deepEqual(glue.match(/__wbg_\w+|__wbindgen_\w+/g) ?? [], [], `${wasm}'s glue still names the long ones`);
    });
  }
});
