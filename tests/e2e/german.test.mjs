// Forkpoint in German: with the browser's language set to German every
// screen is German (no word from an English stop list, `<html lang="de">`,
// nothing wider than a 320 px phone, axe-core clean in light and dark); the
// language is chosen by the person's saved choice, then ?lang=, then the
// browser's languages, then English; both results print on one page;
// results are language-free (a link
// shared from English opens in German, scores are the same in both); an
// embed takes data-forkpoint-lang; the embed documentation is German too.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { flatten, readCatalogs } from '../../scripts/words.mjs';
import { assertAccessible, assertNoProblems, DIST, openPage, printedPages, serveDist, useSuite, waitForApp, watchProblems } from './helpers.mjs';
import { answerByKey, primary, walkEveryScreen, wordIn } from './every-screen.mjs';
import { DOCUMENT_KEY, stored, TOTAL } from './flows.mjs';
import { hostSite } from './sites.mjs';

const german = new Map(Object.entries((await readCatalogs()).de).flatMap(([chunk, tree]) => flatten(tree, chunk)));
const GERMAN = { locale: 'de-DE' };

/** English words no German screen has. Not on it: words German shares
 * (Test, Start, Team, Link, Management, Leadership) and our names (Maker,
 * Multiplier, Forkpoint). */
const STOP_WORDS = [
  'the', 'and', 'your', 'you', 'with', 'of', 'is', 'are', 'this', 'that', 'what', 'which', 'more', 'yes',
  'answer', 'answers', 'question', 'questions', 'result', 'results', 'next', 'back', 'review', 'choose',
  'skip', 'saved', 'share', 'copy', 'data', 'loading', 'again', 'over', 'my', 'see', 'keep', 'clear',
];

/** Visible texts, accessible names and the title with an English stop
 * word, in the page. The language switch names each language in itself;
 * code, dates (the browser's Intl), addresses and storage keys are not words. */
function englishOn(stopWords) {
  const stop = new RegExp(`(^|[^\\p{L}])(${stopWords.join('|')})(?=$|[^\\p{L}])`, 'iu');
  const found = [];
  const check = (what, text) => {
    const words = text.replace(/forkpoint:[a-z-]+(:\d+)?/g, '').replace(/https?:\/\/\S+/g, '');
    if (stop.test(words)) found.push(`${what}: ${text}`);
  };
  const skipped = (element) => element.closest('[hreflang], code, pre, time[datetime]');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || skipped(parent) || !parent.checkVisibility({ visibilityProperty: true })) continue;
    check('text', node.textContent.trim());
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (skipped(element)) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) check(name, value);
    }
  }
  check('title', document.title);
  return found;
}

async function assertGerman(page, screen) {
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de', `${screen}: <html lang>`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${screen}: the page is ${overflow} px wider than the screen`);
  assert.deepEqual(await page.evaluate(englishOn, STOP_WORDS), [], `${screen}: English on a German screen`);
  await assertAccessible(page, `${screen} (German)`);
}

/** The quiz answered by keys (5 and 4 in turn) from its intro: the same
 * answers in any language. */
async function quizByKeys(page) {
  await primary(page).click();
  await page.locator('legend h1').waitFor();
  for (let n = 0; n < TOTAL; n += 1) await answerByKey(page, n % 2 ? '4' : '5');
  await primary(page).click();
  await page.locator('.result-head').waitFor();
}

describe('German', () => {
  const suite = useSuite(serveDist);

  describe('every screen, with the browser in German at 320 px', () => {
    walkEveryScreen(suite, {
      query: '',
      context: { ...GERMAN, width: 320 },
      check: assertGerman,
      word: (english) => wordIn('de', english),
    });
  });

  test('dark, at 1280 px: home, a question, both results and the results page have no axe violations; both results print on one page', async () => {
    const page = await openPage(suite.browser, { ...GERMAN, colorScheme: 'dark' });
    await page.goto(`${suite.server.url}#/quiz`);
    await waitForApp(page);
    await quizByKeys(page);
    await assertGerman(page, 'the quiz result, dark');
    assert.equal(await printedPages(page), 1, 'the German quiz result prints on one page');
    await page.goto(`${suite.server.url}#/path`);
    await primary(page).click();
    await page.locator('legend h1').waitFor();
    await assertGerman(page, 'a path question, dark');
    for (let n = 0; n < 5; n += 1) await answerByKey(page, '1');
    await primary(page).click();
    await page.locator('.result-head').waitFor();
    await assertGerman(page, 'the path result, dark');
    assert.equal(await printedPages(page), 1, 'the German path result prints on one page');
    await page.goto(`${suite.server.url}#/`);
    await page.locator('.instrument-card, main h1').first().waitFor();
    await assertGerman(page, 'home, dark');
    await page.goto(`${suite.server.url}results.html#/data`);
    await page.locator('.history-list').waitFor();
    await assertGerman(page, 'the results page, dark');
    // Dates from the browser's Intl in German.
    const date = await page.locator('.history-list time[datetime]').first().textContent();
    const [y, m, d] = (await page.locator('.history-list time[datetime]').first().getAttribute('datetime')).split(/[-T]/).map(Number);
    const month = new Intl.DateTimeFormat('de', { month: 'long' }).format(new Date(y, m - 1, d));
    assert.ok(date.includes(month) || date.includes(`${d}.${m}.`) || date.includes(`${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.`), `a German date: ${date}`);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the language: a saved choice, then ?lang=, then the browser (de-AT finds de), then English; the switch keeps the screen', async () => {
    const heading = (page) => page.locator('main h1').first().textContent();
    for (const [locale, expected] of [['de-AT', 'de'], ['fr-FR', 'en'], ['en-GB', 'en']]) {
      const page = await openPage(suite.browser, { locale });
      await page.goto(suite.server.url);
      await waitForApp(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), expected, `a browser in ${locale}`);
      await page.context().close();
    }

    // ?lang= holds for the tab, across links to the other pages.
    const english = await openPage(suite.browser, { locale: 'en-US' });
    await english.goto(`${suite.server.url}?lang=de#/`);
    await waitForApp(english);
    await english.getByRole('link', { name: german.get('site.results_nav_label') }).click();
    await english.locator('main h1').waitFor();
    assert.match(english.url(), /results\.html/);
    assert.equal(await english.evaluate(() => document.documentElement.lang), 'de', '?lang=de kept on the results page');
    assertNoProblems(english);
    await english.context().close();

    const first = await openPage(suite.browser, GERMAN);
    await first.goto(`${suite.server.url}?lang=en#/`);
    await waitForApp(first);
    assert.equal(await first.evaluate(() => document.documentElement.lang), 'en', '?lang= outranks the browser');
    await first.goto(`${suite.server.url}#/quiz`);
    await first.locator('main h1').waitFor();
    assert.equal(await first.evaluate(() => document.documentElement.lang), 'en', '?lang= holds for the tab');
    assertNoProblems(first);
    // Another tab follows the browser again.
    const page = watchProblems(await first.context().newPage());
    await page.goto(`${suite.server.url}#/quiz`);
    await page.locator('main h1').waitFor();
    assert.equal(await heading(page), german.get('quiz.screen.title'), 'the quiz intro in German');
    // The switch: each language in itself, the current one marked.
    const nav = page.getByRole('navigation', { name: german.get('site.language_label') });
    const current = nav.locator('[aria-current="true"]');
    assert.equal(await current.textContent(), 'Deutsch');
    assert.equal(await current.getAttribute('lang'), 'de');
    const englishLink = nav.getByRole('link', { name: 'English' });
    assert.equal(await englishLink.getAttribute('lang'), 'en');
    assert.equal(await englishLink.getAttribute('hreflang'), 'en');

    // Choosing English by keyboard keeps the screen and is remembered over
    // the browser's language and over ?lang=.
    await englishLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForApp(page);
    assert.equal(new URL(page.url()).hash, '#/quiz', 'the same screen');
    assert.equal(await page.getByRole('navigation', { name: 'Language' }).locator('[aria-current="true"]').textContent(), 'English');
    await page.goto(`${suite.server.url}?lang=de#/`);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the saved choice outranks ?lang=');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await waitForApp(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('forkpoint:lang')), 'de');
    assertNoProblems(page);
    await page.context().close();
  });

  test('scores do not depend on the language: the same keys give the same stored result in English and German', async () => {
    const runs = [];
    for (const options of [{ locale: 'en-US' }, GERMAN]) {
      const page = await openPage(suite.browser, options);
      await page.goto(`${suite.server.url}#/quiz`);
      await waitForApp(page);
      await quizByKeys(page);
      const [saved] = JSON.parse(await stored(page, DOCUMENT_KEY)).history;
      // The scores the result shows: the lean, each dimension's, the confidence.
      const numbers = (await page.locator('.diverging-value, .big-figure').allTextContents()).join(' ').match(/\d+/g);
      runs.push({ answers: saved.answers, numbers });
      await page.context().close();
    }
    assert.ok(runs[0].numbers.length >= 5, `the result's numbers: ${runs[0].numbers}`);
    assert.deepEqual(runs[1], runs[0]);
  });

  test('an embed on another site with data-forkpoint-lang="de" is German, frame title and popup button too', async () => {
    const host = await hostSite(suite.server, null, [
      { 'data-forkpoint-instrument': 'quiz', 'data-forkpoint-id': 'inline-de', 'data-forkpoint-lang': 'de' },
      { 'data-forkpoint-instrument': 'path', 'data-forkpoint-id': 'popup-de', 'data-forkpoint-lang': 'de', 'data-forkpoint-mode': 'popup' },
    ]);
    try {
      const page = await openPage(suite.browser, { locale: 'en-US' });
      await page.goto(`${host.server.url}`);
      const frameElement = page.locator('[data-forkpoint-id="inline-de"] iframe');
      await frameElement.waitFor();
      assert.equal(await frameElement.getAttribute('title'), german.get('loader.frame_title.quiz'));
      const frame = await (await frameElement.elementHandle()).contentFrame();
      await frame.locator('main h1').waitFor();
      assert.equal(await frame.locator('html').getAttribute('lang'), 'de');
      assert.deepEqual(await frame.evaluate(englishOn, STOP_WORDS), [], 'English in the German frame');
      await page.getByRole('button', { name: german.get('loader.open.path') }).click();
      assert.ok(await page.getByRole('button', { name: german.get('loader.close') }).isVisible());
      assertNoProblems(page);
      await page.context().close();
    } finally {
      await host.close();
    }
  });

  test('the embed documentation in German: its own page, linked from the German footer, the switch between both', async () => {
    const html = await readFile(join(DIST, 'embedding.de.html'), 'utf8');
    assert.match(html, /<html lang="?de"? dir="?ltr"?/);
    const page = await openPage(suite.browser, GERMAN);
    await page.goto(suite.server.url);
    await waitForApp(page);
    await page.getByRole('link', { name: german.get('site.embed_docs_link') }).click();
    await page.locator('main h1').waitFor();
    assert.equal(new URL(page.url()).pathname.split('/').pop(), 'embedding.de.html');
    await assertGerman(page, 'the embed documentation');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/embedding\.html/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assertNoProblems(page);
    await page.context().close();
  });
});
