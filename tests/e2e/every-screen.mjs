// Every screen of the app walked in one language, driven by keys and
// structure rather than by English names: home, both instruments from
// intro to result, not found, a notice, the results page (history,
// comparison, results over time, import preview, clearing, a shared and a
// bad link), the team
// view, the conversation guide, a result's image and reminder, both
// embeds, and the balance check's and the stage readiness's pages (their
// trends, the balance check's team view, their image and reminder, and the
// stage's conversation guide). words.test.mjs walks them in the pseudo-locale, german.test.mjs
// in German; each passes its own check of a screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_LOCALE, flatten, readCatalogs } from '../../scripts/words.mjs';
import { assertNoProblems, openPage, waitForApp, watchProblems } from './helpers.mjs';
import { answerAll, DOCUMENT_KEY, finishPath, finishQuiz, stored, TOTAL } from './flows.mjs';
import { strongestToward } from './quiz-content.mjs';

const catalogs = await readCatalogs();
const words = (locale) => new Map(Object.entries(catalogs[locale]).flatMap(([chunk, tree]) => flatten(tree, chunk)));
const english = words(DEFAULT_LOCALE);

/** `english` as `locale`'s catalog has it (the first word with that English text). */
export function wordIn(locale, text) {
  const key = [...english].find(([, t]) => t === text)?.[0];
  if (!key) throw new Error(`no English word reads ${JSON.stringify(text)}`);
  return words(locale).get(key);
}

export const primary = (page) => page.locator('main button.primary, main a.button.primary').first();

/** Chooses by digit key and goes on with Enter, waiting for the next screen. */
export async function answerByKey(page, key) {
  const before = await page.locator('legend h1').textContent();
  await page.keyboard.press(key);
  await page.locator('input[type=radio]:checked').waitFor();
  await page.keyboard.press('Enter');
  await page.waitForFunction((text) => document.querySelector('legend h1')?.textContent !== text, before);
}

/** Answers the quiz by keys: Enter alone first (the hint), then 5 and Enter each time. */
async function quizByKeys(page, check) {
  await primary(page).click();
  await page.locator('legend h1').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.hint').filter({ hasText: /\S/ }).waitFor();
  await check(page, 'a quiz question, Next pressed without an answer');
  for (let n = 0; n < TOTAL; n += 1) await answerByKey(page, n % 2 ? '4' : '5');
  await page.locator('.review-list').waitFor();
  await check(page, 'the quiz review');
  await primary(page).click();
  await page.locator('.result-head').waitFor();
}

/**
 * The walk's tests, in `suite` (useSuite). `query` picks the language in the
 * address ('?lang=…', or '' when the context's own language does), `context`
 * holds the browser context's options (its `locale`), `check(page, screen)`
 * fails a screen not wholly in the language, and `word(english)` names a
 * control as the language does.
 */
export function walkEveryScreen(suite, { query, context = {}, check, word }) {
  const open = () => openPage(suite.browser, { width: 360, height: 800, ...context });

  test('home, both instruments from intro to result, not found, notices', async () => {
    const page = await open();
    await page.goto(`${suite.server.url}${query}#/`);
    await waitForApp(page);
    await check(page, 'home');

    await page.goto(`${suite.server.url}${query}#/quiz`);
    await page.locator('main h1').waitFor();
    await check(page, 'the quiz intro');
    await quizByKeys(page, check);
    await check(page, 'the quiz result');

    await page.goto(`${suite.server.url}${query}#/path`);
    await page.locator('main h1').waitFor();
    await check(page, 'the path intro');
    await primary(page).click();
    await page.locator('main [role=radiogroup], main fieldset').first().waitFor();
    await check(page, 'a path question');
    for (let n = 0; n < 5; n += 1) await answerByKey(page, '2');
    await page.locator('main select, main fieldset').first().waitFor();
    await check(page, 'the path context step');
    // Answer every context question, so every comparison is worded.
    for (const group of await page.locator('main fieldset').all()) {
      await group.getByRole('radio').first().check();
    }
    await primary(page).click();
    await page.locator('.result-head').waitFor();
    await check(page, 'the path result with context');

    await page.goto(`${suite.server.url}${query}#/no-such-page`);
    await page.locator('main h1').waitFor();
    await check(page, 'not found');

    // Data this build cannot read: the notice that keeps it aside.
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"forkpoint","schema":1,"revision":"x"}'), DOCUMENT_KEY);
    await page.goto(`${suite.server.url}${query}#/`);
    await page.reload();
    await page.locator('[data-notice]').first().waitFor();
    await check(page, 'the home page with a notice');
    assertNoProblems(page);
    await page.context().close();
  });

  test('results: history, comparison, import preview, clearing, shared and bad links', async () => {
    const english = await open();
    // Two quiz results and one path result, made in English (?lang=en
    // outranks the browser's languages, for that tab only).
    await english.goto(`${suite.server.url}?lang=en#/quiz`);
    await waitForApp(english);
    await english.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(english);
    await english.getByRole('button', { name: 'Retake the quiz' }).click();
    await english.getByRole('button', { name: 'Start the quiz' }).click();
    await answerAll(english, (s) => strongestToward('Maker', s));
    await english.getByRole('button', { name: 'See my result' }).click();
    await english.locator('.result-head').waitFor();
    const shareUrl = new URL(await english.locator('#share-link').inputValue());
    // Made at ?lang=en, the link names no language: each reader gets their own.
    assert.equal(shareUrl.search, '', 'a share link carries no language');
    await english.goto(`${suite.server.url}?lang=en#/path`);
    await finishPath(english);
    const pathLink = await english.locator('#share-link').inputValue();
    assertNoProblems(english);
    // A second tab of the same browser: the same saved results.
    const page = watchProblems(await english.context().newPage());

    const named = (role, text) => page.getByRole(role, { name: word(text), exact: true });
    await page.goto(`${suite.server.url}results.html${query}#/data`);
    await page.locator('.history-list').waitFor();
    await check(page, 'the history');
    const boxes = page.locator('.history-list input[type=checkbox]');
    await boxes.nth(1).check();
    await check(page, 'the history, one result ticked');
    await boxes.nth(2).check();
    await page.locator('#compare-heading, .comparison').first().waitFor();
    await check(page, 'two quiz results compared');
    await boxes.nth(0).check();
    await check(page, 'a path result ticked with a quiz result');

    // The two quiz results over time, their table revealed.
    await page.goto(`${suite.server.url}trends.html${query}`);
    await page.locator('svg.trend-chart').waitFor();
    await page.locator('details.trend-figures summary').click();
    await page.locator('details.trend-figures table').waitFor();
    await check(page, 'results over time, with the table');
    await page.goto(`${suite.server.url}results.html${query}#/data`);
    await page.locator('.history-list').waitFor();

    await page.locator('input[type=file]').setInputFiles({
      name: 'forkpoint.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await stored(page)),
    });
    await named('button', 'Replace my data with this file').waitFor();
    await check(page, 'the import preview');
    await named('button', 'Cancel').click();
    await named('button', 'Clear my data').click();
    await named('button', 'Keep my data').waitFor();
    await check(page, 'clearing, asked to confirm');
    await named('button', 'Keep my data').click();

    // A link shared from the English app opens in this language.
    await page.goto(`${suite.server.url}results.html${query}${shareUrl.hash}`);
    await page.locator('.result-head').waitFor();
    await check(page, 'a shared quiz result');
    await page.goto(`${suite.server.url}results.html${query}#/share/not-a-result`);
    await page.locator('main h1').waitFor();
    await check(page, 'a link that cannot be opened');

    // The team view: a reading, and lines left out for each reason.
    await page.goto(`${suite.server.url}team.html${query}`);
    await page.locator('main h1').waitFor();
    await check(page, 'the team view, empty');
    await page.locator('#team-links').fill(`Ana ${pathLink}\nAna ${pathLink}\n${shareUrl.href}\n${pathLink.slice(0, -2)}\nno link`);
    await page.locator('main button.primary').click();
    await page.locator('#readings-heading').waitFor();
    await check(page, 'the team view with a reading and lines left out');

    // The conversation guide, from a quiz result's link, one line left out.
    await page.goto(`${suite.server.url}guide.html${query}${shareUrl.hash}`);
    await page.locator('.guide-lines input').first().waitFor();
    await page.locator('.guide-lines input').nth(3).uncheck();
    await check(page, 'the conversation guide');
    await page.goto(`${suite.server.url}guide.html${query}`);
    await page.locator('main h1').waitFor();
    await check(page, 'the conversation guide without a result');

    // A result's image and reminder, for each instrument.
    await page.goto(`${suite.server.url}card.html${query}${shareUrl.hash}`);
    await page.locator('canvas.card-image').waitFor();
    await check(page, 'a quiz result to keep and share');
    await page.goto(`${suite.server.url}card.html${query}${new URL(pathLink).hash}`);
    await page.locator('canvas.card-image').waitFor();
    await check(page, 'a path reading to keep and share');
    assertNoProblems(page);
    await page.context().close();
  });

  test('embed-quiz.html: intro, questions, review and result', async () => {
    const page = await open();
    await page.goto(`${suite.server.url}embed-quiz.html${query}`);
    await waitForApp(page);
    await check(page, 'embedded quiz intro');
    await quizByKeys(page, check);
    await check(page, 'embedded quiz result');
    assertNoProblems(page);
    await page.context().close();
  });

  test('embed-path.html: intro, questions, context and result', async () => {
    const page = await open();
    await page.goto(`${suite.server.url}embed-path.html${query}`);
    await waitForApp(page);
    await check(page, 'embedded path intro');
    await primary(page).click();
    await page.locator('main input[type=radio]').first().waitFor();
    await check(page, 'embedded path question');
    for (let n = 0; n < 5; n += 1) await answerByKey(page, '3');
    await page.locator('main fieldset').first().waitFor();
    await primary(page).click();
    await page.locator('.result-head').waitFor();
    await check(page, 'embedded path result');
    assertNoProblems(page);
    await page.context().close();
  });

  /** A run page (or its embed) from its intro to its result, every screen checked. */
  async function runToResult(page, file, answers) {
    await page.goto(`${suite.server.url}${file}${query}`);
    await waitForApp(page);
    await check(page, `${file}: intro`);
    await primary(page).click();
    await page.locator('legend h1').waitFor();
    await check(page, `${file}: the first question`);
    for (const key of answers) await answerByKey(page, key);
    await page.locator('.review-list').waitFor();
    await check(page, `${file}: the review`);
    await primary(page).click();
    await page.locator('.result-head').waitFor();
    await check(page, `${file}: the result`);
  }

  for (const [file, answers] of [['embed-balance.html', '4'.repeat(24)], ['embed-stage.html', `2${'4'.repeat(21)}`]]) {
    test(`${file}: intro, questions, review and result`, async () => {
      const page = await open();
      await runToResult(page, file, answers);
      assertNoProblems(page);
      await page.context().close();
    });
  }

  test('the balance check and the stage readiness: intro, questions, review, result, shared, saved, over time, a team', async () => {
    const page = await open();
    const balanceLinks = [];
    let stageLink = '';
    const runs = [
      ['balance.html', '4'.repeat(24), '2'.repeat(24), 'Take the balance check again'],
      ['stage.html', `2${'4'.repeat(21)}`, `2${'2'.repeat(21)}`, 'Take the stage readiness again'],
    ];
    for (const [file, answers, again, retake] of runs) {
      await runToResult(page, file, answers);
      // A second run, answered otherwise, for the trends and the team view.
      const first = await page.locator('#share-link').inputValue();
      await page.getByRole('button', { name: word(retake), exact: true }).click();
      await primary(page).click();
      await page.locator('legend h1').waitFor();
      for (const key of again) await answerByKey(page, key);
      await page.locator('.review-list').waitFor();
      await primary(page).click();
      await page.locator('.result-head').waitFor();
      if (file === 'balance.html') balanceLinks.push(first, await page.locator('#share-link').inputValue());
      else stageLink = first;
      const shared = new URL(await page.locator('#share-link').inputValue());
      await page.goto(`${suite.server.url}${file}${query}${shared.hash}`);
      await page.reload();
      await page.locator('.banner .button.primary').waitFor();
      await page.locator('.result-head').waitFor();
      await check(page, `${file}: a shared result`);
    }
    await page.goto(`${suite.server.url}results.html${query}#/data`);
    await page.locator('.history-list a[href*="/saved/"]').first().waitFor();
    await check(page, 'the results page listing both');
    await page.locator('.history-list a[href*="/saved/"]').first().click();
    await page.locator('.result-head').waitFor();
    await check(page, 'a saved result on its page');
    await page.goto(`${suite.server.url}trends.html${query}`);
    await page.locator('svg.trend-chart').nth(1).waitFor();
    for (const summary of await page.locator('details.trend-figures summary').all()) await summary.click();
    await check(page, 'both over time, with their tables');
    await page.goto(`${suite.server.url}team.html${query}`);
    await page.locator('main h1').waitFor();
    await page.locator('#team-links').fill(`Ana ${balanceLinks[0]}\nBo ${balanceLinks[1]}`);
    await page.locator('main button.primary').click();
    await page.locator('#readings-heading').waitFor();
    await check(page, 'the team view of two balance checks');
    // A balance and a stage result kept and shared, and the stage's guide.
    for (const link of [balanceLinks[0], stageLink]) {
      await page.goto(`${suite.server.url}card.html${query}${new URL(link).hash}`);
      await page.locator('canvas.card-image').waitFor();
      await check(page, `${new URL(link).pathname} result to keep and share`);
    }
    await page.goto(`${suite.server.url}guide.html${query}${new URL(stageLink).hash}`);
    await page.locator('.guide-lines input').first().waitFor();
    await check(page, 'the conversation guide of a stage result');
    assertNoProblems(page);
    await page.context().close();
  });
}
