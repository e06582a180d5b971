// The home's first screen, which the build writes into index.html
// (src/first_screen.rs) so that its links work before the wasm has started:
// used as a person would with the wasm held back (headings and links by
// their names, the skip link, axe, a 360 px phone, both colour schemes);
// never shown where the app's first screen differs (another language,
// another route); the same as the app's own, which replaces it, keeping
// the keyboard focus where it was. tests/journeys/first-screen.test.mjs
// checks the replacement in Firefox and WebKit too.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { firstLoadFiles } from '../../scripts/pages.mjs';
import { bothScreens, WRITTEN } from './first-screen.mjs';
import { assertAccessible, assertNoProblems, DIST, openPage, serveDist, useSuite, waitForApp } from './helpers.mjs';

const written = WRITTEN;

/**
 * Holds the page's wasm back until `release()` is called (or for good): the
 * page then shows what it has before the app starts.
 */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  return release;
}

/** The texts a person sees in `main`, once laid out. */
const visibleMain = (page) => page.evaluate(() => document.querySelector('main')?.checkVisibility() ? document.querySelector('main').innerText.trim() : '');

describe('the home\'s first screen, written by the build', () => {
  const suite = useSuite(serveDist);

  test('index.html carries it, and no other page does', async () => {
    assert.ok(written, 'index.html has no first screen');
    assert.match(written, /Start the Fork quiz/);
    for (const other of ['results.html', 'embed-quiz.html', 'stage.html']) {
      assert.doesNotMatch(await readFile(join(DIST, other), 'utf8'), /id="?first-screen/, other);
    }
  });

  test('its links add nothing to the first load, nor to what the service worker installs', async () => {
    const files = await firstLoadFiles(DIST, 'index.html');
    assert.deepEqual(files.filter((file) => file.endsWith('.html')), ['index.html']);
    const lists = (await readdir(DIST)).find((file) => /^worker-lists-[0-9a-f]+\.json$/.test(file));
    const { core } = JSON.parse(await readFile(join(DIST, lists), 'utf8'));
    assert.deepEqual(core.filter((file) => file.endsWith('.html')), [], 'pages the first screen links are installed with it');
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`works before the wasm has started: headings, links, skip link, axe (${colorScheme})`, async () => {
      const page = await openPage(suite.browser, { colorScheme, width: 360, height: 740 });
      await holdWasm(page);
      await page.goto(suite.server.url);
      await page.getByRole('heading', { level: 1, name: /keep doing the work/i }).waitFor();
      for (const name of ['Start the Fork quiz', 'Start the path diagnostic', 'Start the balance check', 'Your results', 'Deutsch']) {
        await page.getByRole('link', { name }).waitFor();
      }
      assert.equal(await page.locator('main').count(), 1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the first screen is ${overflow}px wider than a 360 px phone`);
      await assertAccessible(page, `the written first screen (${colorScheme})`);
      // The skip link moves focus, and "#main" does not become the address.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      assert.equal(new URL(page.url()).hash, '');
      assertNoProblems(page);
      await page.context().close();
    });
  }

  test('its instrument link opens the instrument once the app is up', async () => {
    const page = await openPage(suite.browser);
    const release = await holdWasm(page);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Start the Fork quiz' }).click();
    assert.equal(new URL(page.url()).hash, '#/quiz');
    release();
    await waitForApp(page);
    await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('is the same as the app\'s first screen, which replaces it, with the focus kept', async () => {
    const page = await openPage(suite.browser);
    const release = await holdWasm(page);
    await page.goto(suite.server.url);
    const link = page.getByRole('link', { name: 'Start the path diagnostic' });
    await link.focus();
    release();
    await waitForApp(page);
    assert.equal(await page.locator('main').count(), 1);
    const { app, build } = await page.evaluate(bothScreens, written);
    assert.equal(app, build, 'the app\'s first screen differs from the one the build wrote');
    assert.equal(await link.evaluate((element) => element === document.activeElement), true, 'the focus moved off the control it was on');
    assertNoProblems(page);
    await page.context().close();
  });

  test('is not shown in another language or on another route', async () => {
    for (const [label, options, address] of [
      ['a German browser', { locale: 'de-DE' }, ''],
      ['German chosen in the address', {}, '?lang=de'],
      ['the Fork quiz\'s address', {}, '#/quiz'],
    ]) {
      const page = await openPage(suite.browser, options);
      await holdWasm(page);
      await page.goto(`${suite.server.url}${address}`);
      await page.waitForLoadState('load');
      assert.equal(await visibleMain(page), '', `${label}: the English home shows before the app`);
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-first-screen')), false, label);
      await page.context().close();
    }
    // Once the app is up it shows the page itself, in its language.
    const page = await openPage(suite.browser, { locale: 'de-DE' });
    await page.goto(suite.server.url);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assertNoProblems(page);
    await page.context().close();
  });
});
