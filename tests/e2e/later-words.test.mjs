// The words only later screens show (the questions after the first, the
// steps after the questions, results, advice) come in a second words file,
// fetched once the first screen is up. These tests hold that file back or
// break it: first screens and the first question stay whole, a later
// screen waits for its words with a line that says so,
// and says plainly when they cannot come, never showing a missing word.
// The first file is asked for at once, while the stylesheets still load.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, openPage, serveDist, useSuite } from './helpers.mjs';
import { answerOne, DOCUMENT_KEY, finishPath, finishQuiz, stored, TOTAL } from './flows.mjs';

const LATER = /\/words-[^/]+-later-[0-9a-f]+\.json$/;
const FAILED = 'This part of Forkpoint could not be loaded. Check your connection and reload the page: your answers are saved.';

/** A page whose later words file is held back until `release()`, or refused. */
async function holdLaterWords(suite, { refuse = false } = {}) {
  // The service worker would answer from its cache, past the page's routes.
  const page = await openPage(suite.browser, { serviceWorkers: 'block', acceptDownloads: true });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(LATER, async (route) => {
    if (refuse) return route.fulfill({ status: 503, body: 'unavailable' });
    await released;
    return route.continue();
  });
  return { page, release };
}

const noMissingWord = async (page, where) => {
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  assert.ok(!text.includes('[missing word'), `${where} shows a missing word:\n${text}`);
};

describe('words that come after the first screen', () => {
  const suite = useSuite(serveDist);

  test('the first words file is asked for while the stylesheets are still on their way', async () => {
    // An inline script placed after a stylesheet waits for it: the words
    // would then start only once the styles are in, late on a slow line.
    const page = await openPage(suite.browser, { serviceWorkers: 'block' });
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    await page.route(/\.css$/, async (route) => {
      await released;
      return route.continue();
    });
    const words = page.waitForRequest(/\/words-en-[0-9a-f]+\.json$/, { timeout: 10_000 });
    await page.goto(suite.server.url, { waitUntil: 'commit' });
    try {
      await words;
    } finally {
      release();
    }
    await page.getByRole('link', { name: 'Start the Fork quiz' }).waitFor();
    assertNoProblems(page);
  });

  test('first screens and the first question are whole without them; the next question and a reload on a result wait for them', async () => {
    const { page, release } = await holdLaterWords(suite);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Start the Fork quiz' }).waitFor();
    await noMissingWord(page, 'home');
    await page.getByRole('link', { name: 'Start the Fork quiz' }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByText(`Question 1 of ${TOTAL}`, { exact: true }).waitFor();
    await noMissingWord(page, 'the first question');
    await answerOne(page);
    // The statements after the first come with the later words: a line says so.
    await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    await noMissingWord(page, 'a question waiting for its words');
    await page.goto(`${suite.server.url}#/path`);
    await page.getByRole('button', { name: 'Start the diagnostic' }).waitFor();
    await noMissingWord(page, 'the diagnostic');
    release();
    await finishPath(page, 2);
    await page.getByRole('heading', { level: 1, name: /% management \// }).waitFor();

    // Reloaded on the result, the words are held back again: a line says so.
    const held = await holdLaterWords(suite);
    await held.page.goto(suite.server.url);
    await held.page.evaluate(([k, text]) => localStorage.setItem(k, text), [DOCUMENT_KEY, await stored(page)]);
    await held.page.goto(`${suite.server.url}#/path/result`);
    await held.page.reload();
    await held.page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor();
    await noMissingWord(held.page, 'a result waiting for its words');
    await assertAccessible(held.page, 'a result waiting for its words');
    held.release();
    await held.page.getByRole('heading', { level: 1, name: /% management \// }).waitFor();
    assert.match(await held.page.title(), /% management/, 'the tab title names the result once its words are in');
    await noMissingWord(held.page, 'the result');
    assertNoProblems(page);
    assertNoProblems(held.page);
    await page.context().close();
    await held.page.context().close();
  });

  test('when they cannot come, later screens say so plainly and nothing is lost', async () => {
    // A quiz finished where the words came, then opened where they cannot.
    const done = await openPage(suite.browser);
    await done.goto(`${suite.server.url}#/quiz`);
    await done.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(done);
    const finished = await stored(done);
    await done.context().close();
    const { page } = await holdLaterWords(suite, { refuse: true });
    await page.goto(`${suite.server.url}#/quiz`);
    await page.evaluate(([k, text]) => localStorage.setItem(k, text), [DOCUMENT_KEY, finished]);
    await page.goto(`${suite.server.url}#/quiz/result`);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    await noMissingWord(page, 'a result without its words');
    const doc = JSON.parse(await stored(page));
    assert.equal(doc.history.length, 1, 'the result is still saved');

    // The results page: its history is whole; what moved and shared results wait.
    await page.goto(`${suite.server.url}results.html#/data`);
    await page.getByRole('checkbox').first().waitFor();
    await noMissingWord(page, 'the history');
    await assertAccessible(page, 'the history without later words');
    const shareLink = await page.getByRole('link', { name: /^View/ }).first().getAttribute('href');
    await page.goto(new URL(shareLink, `${suite.server.url}results.html`).href);
    await page.getByRole('alert').filter({ hasText: FAILED }).waitFor();
    await page.getByRole('link', { name: /take it yourself/i }).waitFor();
    await noMissingWord(page, 'a shared result without its words');
    // The page reports the failed fetch itself; nothing else went wrong.
    assertNoProblems({ problems: page.problems.filter((p) => !/503|Failed to load resource/.test(p)) });
    await page.context().close();
  });
});
