// Shared pieces of the end-to-end tests: the browser, a page that fails the
// test on any page error, wasm panic or CSP violation, and axe-core.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = process.env.FORKPOINT_DIST ?? join(ROOT, 'dist');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** A TCP port on 127.0.0.1 that was free a moment ago, for a server or driver to listen on. */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}

export function serveDist(options) {
  return startServer(DIST, options);
}

/**
 * A new page in its own context, collecting everything that should fail a
 * test: uncaught errors (a wasm panic surfaces as one), console errors and
 * Content-Security-Policy violations.
 */
export async function openPage(browser, { colorScheme = 'light', width = 1280, height = 900, ...rest } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height }, ...rest });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watchProblems(await context.newPage());
}

/**
 * Collects what `page` reports (page errors, console errors, and CSP
 * violations in a context made by `openPage`) in `page.problems`.
 */
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.problems = problems;
  return page;
}

/** Fails the test if the page has reported any error so far. */
export function assertNoProblems(page) {
  assert.deepEqual(page.problems, [], 'the page reported errors');
}

let axeSource;
/** Runs axe-core (WCAG 2.x A and AA rules) on the page; fails on any violation. */
export async function assertAccessible(page, label) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() runs as the debugger does, so the page's CSP does not apply.
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  );
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  assert.deepEqual(violations, [], `axe-core violations on ${label}`);
}

/**
 * Waits until `predicate` (run in the page, and awaited there) returns
 * something truthy. Playwright's `waitForFunction` does not await a promise:
 * an async predicate passes at once, whatever it would resolve to. A
 * predicate that throws (the page navigating away, say) is tried again; one
 * whose promise never settles times out like a false one.
 */
export async function waitInPage(page, predicate, arg, { timeout = 20_000, polling = 100 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    // One try never outlasts the wait: a promise in the page that never
    // settles (a frame that never loads) counts as not yet.
    const tryOnce = page.evaluate(predicate, arg).catch(() => undefined);
    const giveUp = new Promise((resolve) => setTimeout(resolve, Math.max(until - Date.now(), polling)));
    const value = await Promise.race([tryOnce, giveUp]);
    if (value) return value;
    if (Date.now() > until) throw new Error(`waitInPage: not true within ${timeout} ms: ${predicate}`);
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}

/**
 * Waits for the app to have rendered (the wasm has started): a heading in
 * `main`, and the home's first screen as the build wrote it
 * (src/first_screen.rs), which has one too, taken down.
 */
export async function waitForApp(page) {
  await page.locator('#first-screen').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * One browser and one server for a `describe` block, started before its
 * tests and closed after them: `const suite = useSuite(serveDist)`, then
 * `suite.browser` and `suite.server.url` inside the tests.
 */
export function useSuite(serve) {
  const suite = {};
  before(async () => {
    suite.server = await serve();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Prints the page to PDF (A4) as a person's "save as PDF" would; returns its page count. */
export async function printedPages(page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The number of pages in a PDF (a Buffer): its page objects, read in the
 * file and in its compressed streams too (Firefox keeps them in object
 * streams). */
export function pdfPages(pdf) {
  const texts = [pdf.toString('latin1')];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf('stream', at);
    if (start < 0) break;
    let body = start + 'stream'.length;
    if (pdf[body] === 0x0d) body += 1;
    if (pdf[body] === 0x0a) body += 1;
    const end = pdf.indexOf('endstream', body);
    if (end < 0) break;
    try {
      texts.push(inflateSync(pdf.subarray(body, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image, a font): no page objects in it.
    }
    at = end + 'endstream'.length;
  }
  return texts.join('\n').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
