// The Fork quiz, used as a person would: by role and label, by keyboard
// alone, with back and change, in light and dark, with axe-core on every screen.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, openPage, printedPages, serveDist, useSuite } from './helpers.mjs';
import { statement } from './flows.mjs';
import { KEYING, SCALE, strongestToward } from './quiz-content.mjs';

const TOTAL = KEYING.size;

/** Answers every question from `from` (1-based) to the last, then waits for the review. */
async function answerAll(page, chooseFor, from = 1) {
  for (let n = from; n <= TOTAL; n += 1) {
    await page.getByText(`Question ${n} of ${TOTAL}`, { exact: true }).waitFor();
    const text = await statement(page);
    await page.getByRole('radio', { name: chooseFor(text), exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
}

async function overallLean(page) {
  const label = await page.getByRole('img', { name: /^Overall lean:/ }).getAttribute('aria-label');
  return Number(label.match(/(\d+) out of 100/)[1]);
}

describe('the Fork quiz', () => {
  const suite = useSuite(serveDist);

  const start = async (options = {}) => {
    const page = await openPage(suite.browser, options);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Start the Fork quiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maker or Multiplier?' }).waitFor();
    return page;
  };

  test('the whole quiz by keyboard alone, to a result', async () => {
    const page = await start();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Start the quiz');
    await page.keyboard.press('Enter');
    for (let n = 1; n <= TOTAL; n += 1) {
      await page.getByText(`Question ${n} of ${TOTAL}`, { exact: true }).waitFor();
      // Focus lands on the first choice of the new question.
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('type'));
      assert.equal(focused, 'radio', `focus is on the choices at question ${n}`);
      await page.keyboard.press('Space'); // Strongly disagree
      for (let i = 0; i < n % 5; i += 1) await page.keyboard.press('ArrowRight');
      const checked = await page.locator('input[type=radio]:checked').evaluate((el) => el.labels[0].querySelector('.choice-label').lastChild.textContent);
      assert.equal(checked, SCALE[n % 5]);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { level: 1, name: 'Review your answers' }).waitFor();
    for (let i = 0; i < TOTAL + 5; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'See my result') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.getByText(/^Confidence: /).waitFor();
    const band = await page.getByRole('heading', { level: 1 }).textContent();
    assert.match(band, /^(Strong|Leaning) (Maker|Multiplier)$|^Balanced$/);
    assertNoProblems(page);
    await page.context().close();
  });

  test('Enter without an answer asks for one and stays on the question', async () => {
    const page = await start();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByText(`Question 1 of ${TOTAL}`, { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Choose an answer to continue.' }).waitFor();
    await page.getByText(`Question 1 of ${TOTAL}`, { exact: true }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('all midpoint answers give the balanced band with low confidence', async () => {
    const page = await start();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerAll(page, () => 'Neither agree nor disagree');
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { level: 1, name: 'Balanced' }).waitFor();
    assert.equal(await overallLean(page), 50);
    await page.getByText(/^Confidence: Low/).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  for (const [side, band, lean] of [['Multiplier', 'Strong Multiplier', 100], ['Maker', 'Strong Maker', 0]]) {
    test(`answers leaning fully ${side} give "${band}"`, async () => {
      const page = await start();
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await answerAll(page, (statement) => strongestToward(side, statement));
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByRole('heading', { level: 1, name: band }).waitFor();
      assert.equal(await overallLean(page), lean);
      await page.getByText(/^Confidence: High/).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'What moved your result most' }).count(), 1);
      assert.equal(await page.locator('.quote-list li').count(), 3, 'three drivers are quoted back');
      // What more the result leads to: a Multiplier result invites the
      // stage readiness; a Maker's next steps point to the staff and
      // principal path instead.
      if (side === 'Maker') await page.getByText(/staff and principal/i).first().waitFor();
      await page.getByRole('link', { name: /^More you can do with this result/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Keep and share your result' }).waitFor();
      const invitation = page.getByRole('link', { name: 'Start the stage readiness' });
      if (side === 'Multiplier') {
        await page.getByRole('heading', { level: 2, name: 'Ready for the next rung?' }).waitFor();
        await invitation.click();
        await page.getByRole('heading', { level: 1, name: 'Ready for the next rung?' }).waitFor();
        assert.match(page.url(), /\/stage\.html#\/stage$/);
      } else {
        assert.equal(await invitation.count(), 0);
      }
      assertNoProblems(page);
      await page.context().close();
    });
  }

  test('going back and changing answers changes the result', async () => {
    const page = await start();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await answerAll(page, (statement) => strongestToward('Multiplier', statement));
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strong Multiplier' }).waitFor();
    const before = await overallLean(page);

    await page.getByRole('button', { name: 'Review and change my answers' }).click();
    await page.getByRole('button', { name: 'Change your answer to question 1', exact: true }).click();
    const text = await statement(page);
    await page.getByRole('radio', { name: strongestToward('Maker', text), exact: true }).check();
    await page.getByRole('button', { name: 'Review my answers' }).click();
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByText(/^Confidence: /).waitFor();
    const after = await overallLean(page);
    assert.ok(after < before, `changing an answer toward Maker lowers the lean (${before} → ${after})`);

    // Back from the first question returns to the intro, and the answers are kept.
    await page.getByRole('button', { name: 'Review and change my answers' }).click();
    await page.getByRole('button', { name: 'Change your answer to question 1', exact: true }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Continue where I left off' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`intro, question, review and result pass axe-core (${colorScheme})`, async () => {
      const page = await start({ colorScheme });
      await assertAccessible(page, `quiz intro (${colorScheme})`);
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await page.getByRole('radio', { name: 'Agree', exact: true }).check();
      await assertAccessible(page, `quiz question (${colorScheme})`);
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.keyboard.press('Enter'); // no answer: the hint shows
      await page.getByRole('status').filter({ hasText: 'Choose an answer' }).waitFor();
      await assertAccessible(page, `quiz question with hint (${colorScheme})`);
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      // Agreeing with every motivation statement raises every caution on the result.
      await answerAll(page, (statement) => (KEYING.get(statement) === 'Motivation' ? 'Strongly agree' : 'Agree'), 2);
      await assertAccessible(page, `quiz review (${colorScheme})`);
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByText(/^Confidence: /).waitFor();
      await page.getByRole('heading', { name: 'Worth a second look' }).waitFor();
      await assertAccessible(page, `quiz result (${colorScheme})`);
      // The longest result (every caution raised) still prints on one page.
      assert.equal(await printedPages(page), 1, 'the result prints on one page');
      assertNoProblems(page);
      await page.context().close();
    });
  }
});
