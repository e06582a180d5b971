// Every word from a catalog: with the pseudo-locale en-XA (English,
// accented and a third longer, made by scripts/words.mjs) chosen by
// ?lang=en-XA, no visible text, accessible name or tab title on any screen
// is plain English. A text that did not come from a catalog shows up here.
// The journeys are driven by keys and structure, not by English names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { pseudo, PSEUDO_LOCALE, readCatalogs, renderDocs } from '../../scripts/words.mjs';
import { assertNoProblems, openPage, serveDist, useSuite, waitForApp } from './helpers.mjs';
import { answerOne, DOCUMENT_KEY, finishPath, finishQuiz, stored, TOTAL } from './flows.mjs';
import { strongestToward } from './quiz-content.mjs';

const LANG = `?lang=${PSEUDO_LOCALE}`;

/** Visible text nodes, accessible names and the title with a plain
 * English word in them. In the pseudo-locale every letter of a word is
 * accented, so two plain letters in a row came from outside the catalogs,
 * even inside a text that is otherwise marked. */
function unmarked() {
  // Values are not words: a storage key named in a notice, and the time of
  // day as the browser's Intl writes it in English (the pseudo-locale's base).
  const values = (text) => text.replace(/forkpoint:[a-z-]+(:\d+)?/g, '').replace(/\d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b/g, '');
  const marked = (text) => !/[A-Za-z]{2}/.test(values(text));
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const parent = node.parentElement;
    if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
    // Dates and times are the browser's Intl, in the page's locale.
    if (parent.closest('time[datetime]')) continue;
    if (!marked(text)) found.push(`text: ${text}`);
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value && !marked(value)) found.push(`${name}: ${value}`);
    }
  }
  if (!marked(document.title)) found.push(`title: ${document.title}`);
  if (document.documentElement.lang !== 'en-XA') found.push(`lang: ${document.documentElement.lang}`);
  return found;
}

async function assertAllMarked(page, screen) {
  // A third longer, accented words: at 360 px the page must still not scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${screen}: the page is ${overflow} px wider than the screen`);
  assert.deepEqual(await page.evaluate(unmarked), [], `${screen}: text outside the catalogs`);
}

const primary = (page) => page.locator('main button.primary, main a.button.primary').first();

/** Chooses by digit key and goes on with Enter, waiting for the next screen. */
async function answerByKey(page, key) {
  const before = await page.locator('legend h1').textContent();
  await page.keyboard.press(key);
  await page.locator('input[type=radio]:checked').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => document.querySelector('legend h1')?.textContent !== text, before);
}

/** Answers the quiz by keys: Enter alone first (the hint), then 5 and Enter each time. */
async function quizByKeys(page, screens) {
  await primary(page).click();
  await page.locator('legend h1').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.hint').filter({ hasText: /\S/ }).waitFor();
  await assertAllMarked(page, 'a quiz question, Next pressed without an answer');
  for (let n = 0; n < TOTAL; n += 1) await answerByKey(page, n % 2 ? '4' : '5');
  await page.locator('.review-list').waitFor();
  if (screens) await assertAllMarked(page, 'the quiz review');
  await primary(page).click();
  await page.locator('.result-head').waitFor();
}

describe(`the pseudo-locale ${PSEUDO_LOCALE} on every screen`, () => {
  test('the embed documentation page takes every word from the catalog', async () => {
    const template = await readFile(new URL('../../assets/embedding.html', import.meta.url), 'utf8');
    const instruments = { quiz: { bands: ['strong-maker'] }, path: { bands: ['balanced'] } };
    const html = renderDocs(template, await readCatalogs(), PSEUDO_LOCALE, { mainCss: 'main.css', icon: 'icon.svg', instruments });
    // Code is code: the snippet, attribute names, event names and values.
    const prose = html.replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, ' ');
    const marked = (text) => !/[A-Za-z]{2}/.test(text);
    const texts = [
      ...[...prose.matchAll(/>([^<]+)</g)].map((m) => m[1].trim()),
      ...[...prose.matchAll(/(?:content|aria-label|data-label|data-copied|data-select|data-forkpoint-cta-[a-z-]+-label|data-forkpoint-label)="([^"]*)"/g)].map((m) => m[1]),
    ].filter((text) => text && !/^\{\{[A-Z_]+\}\}$/.test(text) && !/^width=|^light dark$/.test(text));
    assert.deepEqual(texts.filter((text) => !marked(text)), [], 'plain English on the embed documentation page');
  });

  const suite = useSuite(serveDist);

  test('home, both instruments from intro to result, not found, notices', async () => {
    const page = await openPage(suite.browser, { width: 360, height: 800 });
    await page.goto(`${suite.server.url}${LANG}#/`);
    await waitForApp(page);
    await assertAllMarked(page, 'home');
    // The update notice (assets/sw-client.js, plain JS) takes its words from the app.
    const update = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    assert.equal(update.updateReady, pseudo('A new version of Forkpoint is ready.'));
    assert.equal(update.updateReload, pseudo('Reload'));

    await page.goto(`${suite.server.url}${LANG}#/quiz`);
    await page.locator('main h1').waitFor();
    await assertAllMarked(page, 'the quiz intro');
    await quizByKeys(page, true);
    await assertAllMarked(page, 'the quiz result');

    await page.goto(`${suite.server.url}${LANG}#/path`);
    await page.locator('main h1').waitFor();
    await assertAllMarked(page, 'the path intro');
    await primary(page).click();
    await page.locator('main [role=radiogroup], main fieldset').first().waitFor();
    await assertAllMarked(page, 'a path question');
    for (let n = 0; n < 5; n += 1) await answerByKey(page, '2');
    await page.locator('main select, main fieldset').first().waitFor();
    await assertAllMarked(page, 'the path context step');
    // Answer every context question, so every comparison is worded.
    for (const group of await page.locator('main fieldset').all()) {
      await group.getByRole('radio').first().check();
    }
    await primary(page).click();
    await page.locator('.result-head').waitFor();
    await assertAllMarked(page, 'the path result with context');

    await page.goto(`${suite.server.url}${LANG}#/no-such-page`);
    await page.locator('main h1').waitFor();
    await assertAllMarked(page, 'not found');

    // Data this build cannot read: the notice that keeps it aside.
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"forkpoint","schema":1,"revision":"x"}'), DOCUMENT_KEY);
    await page.goto(`${suite.server.url}${LANG}#/`);
    await page.reload();
    await page.locator('[data-notice]').first().waitFor();
    await assertAllMarked(page, 'the home page with a notice');
    assertNoProblems(page);
    await page.context().close();
  });

  test('results: history, comparison, import preview, clearing, shared and bad links', async () => {
    const page = await openPage(suite.browser, { width: 360, height: 800 });
    // Two quiz results and one path result, made in English.
    await page.goto(`${suite.server.url}#/quiz`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(page);
    await page.getByRole('button', { name: 'Retake the quiz' }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    while ((await page.getByRole('radio').count()) > 0) await answerOne(page, (s) => strongestToward('Maker', s));
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.locator('.result-head').waitFor();
    const shareUrl = new URL(await page.locator('#share-link').inputValue());
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page);

    const named = (role, english) => page.getByRole(role, { name: pseudo(english), exact: true });
    await page.goto(`${suite.server.url}results.html${LANG}#/data`);
    await page.locator('.history-list').waitFor();
    await assertAllMarked(page, 'the history');
    const boxes = page.locator('.history-list input[type=checkbox]');
    await boxes.nth(1).check();
    await assertAllMarked(page, 'the history, one result ticked');
    await boxes.nth(2).check();
    await page.locator('#compare-heading, .comparison').first().waitFor();
    await assertAllMarked(page, 'two quiz results compared');
    await boxes.nth(0).check();
    await assertAllMarked(page, 'a path result ticked with a quiz result');

    await page.locator('input[type=file]').setInputFiles({
      name: 'forkpoint.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await stored(page)),
    });
    await named('button', 'Replace my data with this file').waitFor();
    await assertAllMarked(page, 'the import preview');
    await named('button', 'Cancel').click();
    await named('button', 'Clear my data').click();
    await named('button', 'Keep my data').waitFor();
    await assertAllMarked(page, 'clearing, asked to confirm');
    await named('button', 'Keep my data').click();

    await page.goto(`${suite.server.url}results.html${LANG}${shareUrl.hash}`);
    await page.locator('.result-head').waitFor();
    await assertAllMarked(page, 'a shared quiz result');
    await page.goto(`${suite.server.url}results.html${LANG}#/share/not-a-result`);
    await page.locator('main h1').waitFor();
    await assertAllMarked(page, 'a link that cannot be opened');
    assertNoProblems(page);
    await page.context().close();
  });

  test('embed-quiz.html: intro, questions, review and result', async () => {
    const page = await openPage(suite.browser, { width: 360, height: 800 });
    await page.goto(`${suite.server.url}embed-quiz.html${LANG}`);
    await waitForApp(page);
    await assertAllMarked(page, 'embedded quiz intro');
    await quizByKeys(page, true);
    await assertAllMarked(page, 'embedded quiz result');
    assertNoProblems(page);
    await page.context().close();
  });

  test('embed-path.html: intro, questions, context and result', async () => {
    const page = await openPage(suite.browser, { width: 360, height: 800 });
    await page.goto(`${suite.server.url}embed-path.html${LANG}`);
    await waitForApp(page);
    await assertAllMarked(page, 'embedded path intro');
    await primary(page).click();
    await page.locator('main input[type=radio]').first().waitFor();
    await assertAllMarked(page, 'embedded path question');
    for (let n = 0; n < 5; n += 1) await answerByKey(page, '3');
    await page.locator('main fieldset').first().waitFor();
    await primary(page).click();
    await page.locator('.result-head').waitFor();
    await assertAllMarked(page, 'embedded path result');
    assertNoProblems(page);
    await page.context().close();
  });
});
