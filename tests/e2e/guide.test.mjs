// The conversation guide (guide.html): reached from one's own Fork quiz
// or stage readiness result (through card.html, what else a result can be
// made into), it shows what was found, the next steps, the questions to ask and
// the support to ask for; a line can be left out and a note added, and the
// print shows only what is kept, on one page (A4 and Letter). Nothing is
// requested beyond the app's own files and nothing is stored. A missing,
// broken or path diagnostic link gets a clear message. axe-core finds
// nothing in light and dark at 360 and 1280 px; German too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCatalogs } from '../../scripts/words.mjs';
import { assertAccessible, assertNoProblems, openPage, pdfPages, serveDist, useSuite, waitForApp } from './helpers.mjs';
import { ALEX, answerByKeyboard, finishPath, finishQuiz, onAQuestion } from './flows.mjs';

const sectionLines = (page, heading) =>
  page.locator(`#${heading} ~ ul li`).evaluateAll((lis) => lis.map((li) => li.textContent.trim()));

describe('the conversation guide', () => {
  const suite = useSuite(serveDist);

  test('from a quiz result: sections, a line left out, a note, a one-page print, nothing sent or stored', async () => {
    const quiz = await openPage(suite.browser);
    await quiz.goto(`${suite.server.url}#/quiz`);
    await waitForApp(quiz);
    await quiz.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(quiz);
    const band = (await quiz.locator('.result-head h1').textContent()).trim();
    const steps = await quiz.locator('#steps-heading + ul li strong').allTextContents();
    // Through the page of what else the result can be made into.
    await quiz.getByRole('link', { name: /^More you can do with this result/ }).click();
    await quiz.getByRole('heading', { level: 1, name: 'Keep and share your result' }).waitFor();
    const link = quiz.getByRole('link', { name: 'Prepare a talk with your manager' });
    const href = await link.getAttribute('href');
    assert.match(href, /^guide\.html#\/share\/q/);
    await quiz.context().close();

    for (const [width, colorScheme] of [[360, 'light'], [1280, 'dark']]) {
      const page = await openPage(suite.browser, { width, colorScheme });
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${suite.server.url}${href}`);
      await page.getByRole('heading', { level: 1, name: 'Talk it over with your manager' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await page.title(), 'Talk it over with your manager · Forkpoint');
      const found = await sectionLines(page, 'found-heading');
      assert.ok(found[0].startsWith(`The Fork quiz reads me as ${band}: `), found[0]);
      assert.match(found[1], /^How sure that reading is: (Low|Moderate|High)\.$/);
      assert.deepEqual(await sectionLines(page, 'try-heading'), steps, 'the result\'s next steps');
      const asks = await sectionLines(page, 'ask-heading');
      assert.ok(asks.length >= 3 && asks.every((line) => line.endsWith('?')), asks.join(' | '));
      assert.ok((await sectionLines(page, 'support-heading')).length >= 3);
      await assertAccessible(page, `the conversation guide, ${width} ${colorScheme}`);

      // Leave the first question out, by keyboard, and add a note.
      const first = page.getByRole('checkbox', { name: asks[0] });
      await first.focus();
      await page.keyboard.press('Space');
      assert.equal(await first.isChecked(), false);
      assert.equal(await page.locator('#ask-heading ~ ul li').first().getAttribute('class'), 'left-out');
      await page.getByRole('textbox', { name: 'A note of your own (optional)' }).fill('Ask about the Berlin team.');
      await assertAccessible(page, `the conversation guide, a line left out, ${width} ${colorScheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);

      // The print: the kept lines and the note, no controls, on one page.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.getByText(asks[0]).isVisible(), false, 'a line left out is not printed');
      assert.equal(await page.getByText(asks[1]).isVisible(), true);
      assert.equal(await page.getByText('Ask about the Berlin team.').isVisible(), true, 'the note is printed');
      assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
      assert.equal(await page.locator('input[type=checkbox]').first().isVisible(), false);
      for (const format of ['A4', 'Letter']) {
        assert.equal(pdfPages(await page.pdf({ format })), 1, `one ${format} page`);
      }
      // With every line kept and a long note, still one page (a PDF
      // follows the emulated media: back to none, so it prints as print).
      await page.emulateMedia({ media: null });
      await first.check();
      await page.getByRole('textbox', { name: 'A note of your own (optional)' }).fill('A longer note of my own. '.repeat(12));
      assert.equal(pdfPages(await page.pdf({ format: 'A4' })), 1, 'one page with every line and a long note');

      assert.deepEqual(requests.filter((url) => !url.startsWith(suite.server.url)), []);
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is stored');
      assertNoProblems(page);
      await page.context().close();
    }
  });

  test('from a stage readiness result: the rung, its habits to try, its questions and support, on one page', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}stage.html#/stage`);
    await page.getByRole('button', { name: 'Start the stage check' }).click();
    await answerByKeyboard(page, ALEX);
    await page.getByRole('button', { name: 'See my result' }).click();
    const habits = await page.locator('section[aria-labelledby="grow-heading"] p').evaluateAll((ps) =>
      ps.map((p) => p.textContent.trim()).filter((text) => text.startsWith('Build the habit: ')).map((text) => text.slice('Build the habit: '.length)),
    );
    assert.equal(habits.length, 2);
    await page.getByRole('link', { name: /^More you can do with this result/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Keep and share your result' }).waitFor();
    await page.getByRole('link', { name: 'Prepare a talk with your manager' }).click();
    await page.getByRole('heading', { level: 1, name: 'Talk it over with your manager' }).waitFor();
    await page.getByText('A one-page guide for a talk with your manager, made from your stage readiness result.', { exact: false }).waitFor();
    assert.deepEqual(await sectionLines(page, 'found-heading'), [
      'My stage: Team lead. The stage readiness reads “Growing into the stage”.',
      'How firmly I stand in this stage: 68 of 100.',
      'How ready I am for the next stage, Engineering manager: 38 of 100.',
    ]);
    assert.deepEqual(await sectionLines(page, 'try-heading'), habits, 'the habits of the weakest areas, as the result shows them');
    const asks = await sectionLines(page, 'ask-heading');
    assert.ok(asks.length === 3 && asks.every((line) => line.endsWith('?')), asks.join(' | '));
    assert.equal((await sectionLines(page, 'support-heading')).length, 3);
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await assertAccessible(page, `the stage guide, ${colorScheme}, ${width} px`);
    }
    await page.getByRole('textbox', { name: 'A note of your own (optional)' }).fill('A longer note of my own. '.repeat(12));
    for (const format of ['A4', 'Letter']) {
      assert.equal(pdfPages(await page.pdf({ format })), 1, `every line and a long note on one ${format} page`);
    }
    assertNoProblems(page);
    await page.context().close();
  });

  test('a missing, broken or path diagnostic link gets a clear message and a way to the quiz', async () => {
    const path = await openPage(suite.browser);
    await path.goto(`${suite.server.url}#/path`);
    await waitForApp(path);
    await finishPath(path, 1);
    const pathHash = new URL(await path.locator('#share-link').inputValue()).hash;
    await path.context().close();

    const page = await openPage(suite.browser);
    for (const [hash, message] of [
      ['', 'This page is made from a Fork quiz or stage readiness result.'],
      [pathHash, 'This link holds a result of another instrument; the conversation guide is made from a Fork quiz or stage readiness result.'],
      ['#/share/b1.524241413152342414242525.exyv', 'This link holds a result of another instrument;'],
      ['#/share/q1zzzz', null],
      ['#/share/s1.2424423542425444342211.zzzz', null],
    ]) {
      await page.goto(`${suite.server.url}guide.html${hash}`);
      await page.getByRole('heading', { level: 1, name: 'No result to prepare from' }).waitFor();
      const text = (await page.locator('main p').first().textContent()).trim();
      if (message) assert.ok(text.startsWith(message), text);
      else assert.ok(text.length > 10 && !text.includes('[missing'), text);
      await page.getByRole('link', { name: 'Take the Fork quiz' }).waitFor();
      await assertAccessible(page, `the guide without a result (${hash || 'no link'})`);
    }
    await page.getByRole('link', { name: 'Take the Fork quiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maker or Multiplier?' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('in German', async () => {
    const { guide } = (await readCatalogs()).de;
    const quiz = await openPage(suite.browser, { locale: 'de-DE' });
    await quiz.goto(`${suite.server.url}#/quiz`);
    await waitForApp(quiz);
    await quiz.locator('main button.primary').click();
    while (await onAQuestion(quiz)) {
      await quiz.getByRole('radio').nth(4).check();
      await quiz.locator('main button.primary').click();
    }
    await quiz.locator('main button.primary').click();
    await quiz.locator('.result-head').waitFor();
    await quiz.locator('a[href^="card.html"]').click();
    const href = await quiz.locator('a[href^="guide.html"]').getAttribute('href');
    await quiz.context().close();
    const page = await openPage(suite.browser, { locale: 'de-DE', width: 320 });
    await page.goto(`${suite.server.url}${href}`);
    await page.getByRole('heading', { level: 1, name: guide.title }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await page.getByRole('heading', { level: 2, name: guide.support_heading }).waitFor();
    await assertAccessible(page, 'the conversation guide in German');
    assertNoProblems(page);
    await page.context().close();
  });
});
