// The deterministic size budget: the whole first load, brotli-compressed,
// stays at or under 120 KiB.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_BROTLI_BYTES, formatBundle, kib, measureBundle } from './bundle.mjs';
import { DIST } from './helpers.mjs';

test(`first load stays within ${kib(BUDGET_BROTLI_BYTES)} brotli`, async () => {
  const bundle = await measureBundle(DIST);
  assert.ok(bundle.files.some((f) => f.file.endsWith('.wasm')), 'the build holds a wasm file');
  assert.ok(bundle.files.some((f) => f.file === 'index.html'), 'the build holds index.html');
  console.log(formatBundle(bundle));
  assert.ok(
    bundle.total.brotli <= BUDGET_BROTLI_BYTES,
    `first load is ${kib(bundle.total.brotli)} brotli, over the ${kib(BUDGET_BROTLI_BYTES)} budget`,
  );
});
