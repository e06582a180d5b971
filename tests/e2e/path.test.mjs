// The path diagnostic, used as a person would: the seed's worked example
// through the screens, the extremes, skipping the context, keyboard only,
// and axe-core on every screen in light and dark.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, openPage, printedPages, serveDist, useSuite, waitInPage } from './helpers.mjs';

const WORKED_EXAMPLE = [
  'Yes: the current strategy still holds',
  'Mostly: the strategy is sound but delivery lags',
  'Low: morale has dropped, for example after repeated misses',
  'They exist but are not followed consistently',
  'Both: execution discipline plus morale',
];

describe('the path diagnostic', () => {
  const suite = useSuite(serveDist);

  const start = async (options = {}) => {
    const page = await openPage(suite.browser, options);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Start the path diagnostic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Is the path clear?' }).waitFor();
    await page.getByRole('button', { name: 'Start the diagnostic' }).click();
    return page;
  };

  /** Picks an answer on each of the five questions; `pick(radios)` returns the label. */
  async function answerFive(page, pick) {
    for (let n = 1; n <= 5; n += 1) {
      await page.getByText(`Question ${n} of 5`, { exact: true }).waitFor();
      const labels = await page.getByRole('radio').evaluateAll((els) => els.map((el) => el.labels[0].querySelector('.choice-label').lastChild.textContent));
      await page.getByRole('radio', { name: pick(labels, n), exact: true }).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Your context (optional)' }).waitFor();
  }

  const management = async (page) => {
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    const match = heading.match(/^(\d+)% management \/ (\d+)% leadership$/);
    assert.ok(match, `the result heading states the blend: ${heading}`);
    assert.equal(Number(match[1]) + Number(match[2]), 100);
    return Number(match[1]);
  };

  test("the seed's worked example reads 60% management / 40% leadership", async () => {
    const page = await start();
    await answerFive(page, (_, n) => WORKED_EXAMPLE[n - 1]);
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { level: 1, name: '60% management / 40% leadership' }).waitFor();
    await page.getByRole('img', { name: 'Blend: 60% management, 40% leadership.' }).waitFor();
    assert.equal(await page.locator('.contribution-list li').count(), 5, 'each question explains its part');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the most management- and most leadership-leaning answers read on opposite sides', async () => {
    const first = await start();
    await answerFive(first, (labels) => labels[0]);
    await first.getByRole('button', { name: 'Skip this step' }).click();
    const mostManagement = await management(first);
    await first.context().close();

    const last = await start();
    await answerFive(last, (labels) => labels.at(-1));
    await last.getByRole('button', { name: 'Skip this step' }).click();
    const mostLeadership = await management(last);
    assert.ok(mostManagement > 50 && mostLeadership < 50, `${mostManagement} vs ${mostLeadership}`);
    assertNoProblems(last);
    await last.context().close();
  });

  test('from the Fork quiz to the diagnostic in the same page, each keeps its own answers', async () => {
    // Both run on one page component: going from one to the other without
    // a reload must not answer the first one's questions.
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('radio').first().check();
    await page.goto(`${suite.server.url}#/path`);
    await page.getByRole('button', { name: 'Start the diagnostic' }).click();
    await answerFive(page, (_, n) => WORKED_EXAMPLE[n - 1]);
    // Saved as the quiz's one answer and the diagnostic's five.
    await waitInPage(page, () => {
      const doc = JSON.parse(localStorage.getItem('forkpoint:document') ?? '{}');
      return Object.keys(doc.quiz?.answers ?? {}).length === 1 && Object.keys(doc.path?.choices ?? {}).length === 5;
    });
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByRole('heading', { level: 1, name: '60% management / 40% leadership' }).waitFor();
    // Back to the quiz: where it was left, its answer given.
    await page.goto(`${suite.server.url}#/quiz`);
    await page.getByText('Question 1 of 25', { exact: true }).waitFor();
    assert.ok(await page.getByRole('radio').first().isChecked(), 'the quiz answer is kept');
    assertNoProblems(page);
    await page.context().close();
  });

  test('skipping the context shows the result without a comparison', async () => {
    const page = await start();
    await answerFive(page, (_, n) => WORKED_EXAMPLE[n - 1]);
    await page.getByRole('button', { name: 'Skip this step' }).click();
    await page.getByRole('heading', { level: 1, name: '60% management / 40% leadership' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Compared with your context' }).count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the context is compared with the reading and named when it differs', async () => {
    const page = await start();
    await answerFive(page, (_, n) => WORKED_EXAMPLE[n - 1]);
    const stage = page.getByRole('group', { name: /organisation in its life/i });
    const options = await stage.getByRole('radio').evaluateAll((els) => els.map((el) => el.labels[0].textContent));
    const beforeFit = options.find((label) => /product-market fit/i.test(label) && /before|not yet|search/i.test(label));
    assert.ok(beforeFit, `an option for before product-market fit among ${options}`);
    await stage.getByRole('radio', { name: beforeFit, exact: true }).check();
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { name: 'Compared with your context' }).waitFor();
    await page
      .getByText('Your situation reads 60% management / 40% leadership; organisations before product-market fit usually need about 20% management / 80% leadership.')
      .waitFor();
    // The context never changes the reading itself.
    assert.equal(await management(page), 60);
    assertNoProblems(page);
    await page.context().close();
  });

  test('keyboard alone, from the home page to the result', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/path`);
    await page.getByRole('heading', { level: 1, name: 'Is the path clear?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let n = 1; n <= 5; n += 1) {
      await page.getByText(`Question ${n} of 5`, { exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'radio');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { level: 1, name: 'Your context (optional)' }).waitFor();
    for (let i = 0; i < 40; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'See my result') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await management(page);
    assertNoProblems(page);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`every screen passes axe-core (${colorScheme})`, async () => {
      const page = await start({ colorScheme });
      await assertAccessible(page, `path question (${colorScheme})`);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Choose an answer' }).waitFor();
      await assertAccessible(page, `path question with hint (${colorScheme})`);
      await answerFive(page, (labels) => labels[0]);
      await assertAccessible(page, `path context (${colorScheme})`);
      for (const group of await page.getByRole('group').all()) {
        await group.getByRole('radio').first().check();
      }
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByRole('heading', { name: 'Compared with your context' }).waitFor();
      await page.getByRole('heading', { name: 'Watch out' }).waitFor();
      await assertAccessible(page, `path result (${colorScheme})`);
      // Context, warnings and both corrections: the longest result still prints on one page.
      assert.equal(await printedPages(page), 1, 'the result prints on one page');
      await page.getByRole('button', { name: 'Start again' }).click();
      await assertAccessible(page, `path intro (${colorScheme})`);
      assertNoProblems(page);
      await page.context().close();
    });
  }
});
