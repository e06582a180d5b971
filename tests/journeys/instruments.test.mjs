// Both instruments to a result by keyboard alone, in every engine: Tab to
// the start, the digit keys to answer, Enter to go on; the browser's Back
// and Forward between questions; the tab title on every screen; and the
// answers kept across a reload.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KEYING, strongestToward, SCALE } from '../e2e/quiz-content.mjs';
import { eachEngine, Key } from './journey.mjs';

const TOTAL = KEYING.size;

/** The statement on screen. */
const statement = (j) => j.run(() => document.querySelector('legend h1')?.textContent.trim());

eachEngine(describe, (engine) => {
  test('the Fork quiz by keyboard alone, with Back and Forward between questions', () =>
    engine.withApp(async (j, server) => {
      await j.goto(server.url);
      await j.find('heading', /keep doing the work/i, { level: 1 });
      assert.equal(await j.title(), 'Forkpoint: decide your next career move');
      await j.tabTo('Start the Fork quiz');
      await j.keys(Key.ENTER);
      await j.find('heading', 'Maker or Multiplier?', { level: 1 });
      await j.waitForTitle('Maker or Multiplier? · Forkpoint');
      await j.tabTo('Start the quiz');
      await j.keys(Key.ENTER);

      for (let n = 1; n <= TOTAL; n += 1) {
        await j.atQuestion(n, TOTAL);
        assert.equal(await j.title(), `Question ${n} of ${TOTAL} · Maker or Multiplier? · Forkpoint`);
        const answer = strongestToward('Multiplier', await statement(j));
        // The digit key for the answer: 1 is "Strongly disagree", 5 "Strongly agree".
        await j.keys(String(SCALE.indexOf(answer) + 1));
        const chosen = await j.until(
          () => j.run(() => document.querySelector('input[type=radio]:checked')?.value),
          `an answer chosen by its digit at question ${n}`,
        );
        assert.equal(Number(chosen), SCALE.indexOf(answer) + 1);
        if (n === 4) {
          // The browser's Back goes to the previous question, not out of the quiz.
          await j.driver.navigate().back();
          await j.atQuestion(3, TOTAL);
          assert.match(await j.driver.getCurrentUrl(), /#\/quiz\/3$/);
          await j.driver.navigate().forward();
          await j.atQuestion(4, TOTAL);
          assert.equal(
            await j.run(() => document.querySelector('input[type=radio]:checked')?.value),
            chosen,
            'the answer given before going Back is still there',
          );
        }
        await j.keys(Key.ENTER);
      }

      await j.find('heading', 'Review your answers', { level: 1 });
      await j.tabTo('See my result', TOTAL + 5);
      await j.keys(Key.ENTER);
      await j.find('heading', 'Strong Multiplier', { level: 1 });
      await j.waitForTitle('Your result: Strong Multiplier · Maker or Multiplier? · Forkpoint');
      // Focus lands on the top of the result, its label included.
      const top = await j.focused();
      assert.match(top.text, /^Your Fork quiz result\s*Strong Multiplier/);
      await j.waitForText('Each score runs from 0 (fully Maker) to 100 (fully Multiplier); 50 is balanced.');
      // Back from the result goes to the review, Forward to the result again.
      await j.driver.navigate().back();
      await j.find('heading', 'Review your answers', { level: 1 });
      await j.driver.navigate().forward();
      await j.find('heading', 'Strong Multiplier', { level: 1 });
      await j.assertNoProblems();
    }));

  test('the path diagnostic by keyboard, kept across a reload', () =>
    engine.withApp(async (j, server) => {
      await j.goto(`${server.url}#/path`);
      await j.find('heading', 'Is the path clear?', { level: 1 });
      await j.waitForTitle('Is the path clear? · Forkpoint');
      await j.tabTo('Start the diagnostic');
      await j.keys(Key.ENTER);
      for (let n = 1; n <= 2; n += 1) {
        await j.atQuestion(n, 5);
        await j.keys('1', Key.ENTER);
      }
      await j.atQuestion(3, 5);
      // A reload keeps every answer and comes back to the same question.
      await j.driver.navigate().refresh();
      await j.atQuestion(3, 5);
      assert.equal(await j.title(), 'Question 3 of 5 · Is the path clear? · Forkpoint');
      // Start over asks first; keeping the answers keeps them, by keyboard.
      await j.click('button', 'Start over');
      await j.waitForText('Start over? The answers you have given so far will be deleted, and this cannot be undone.');
      await j.until(async () => (await j.focused()).name === 'Keep my answers', 'focus on "Keep my answers"');
      await j.keys(Key.ENTER);
      await j.until(async () => (await j.focused()).name === 'Start over', 'focus back on "Start over"');
      await j.waitForText('Question 3 of 5');
      await j.driver.navigate().back();
      await j.atQuestion(2, 5);
      assert.ok(
        await j.run(() => document.querySelector('input[type=radio]:checked') === document.querySelector('input[type=radio]')),
        'the first choice, given with the key 1, is still chosen',
      );
      await j.keys(Key.ENTER);
      for (let n = 3; n <= 5; n += 1) {
        await j.atQuestion(n, 5);
        // Enter before choosing: the message is tied to the choices, and focus stays on them.
        if (n === 3) {
          await j.keys(Key.ENTER);
          await j.waitForText('Choose an answer to continue.');
          const radio = await j.focused();
          assert.equal(radio.tag, 'input');
          assert.equal(await radio.element.getAttribute('aria-invalid'), 'true');
          assert.equal(await radio.element.getAttribute('aria-describedby'), 'step-hint');
        }
        await j.keys('1', Key.ENTER);
      }
      await j.find('heading', 'Your context (optional)', { level: 1 });
      await j.waitForTitle('Your context (optional) · Is the path clear? · Forkpoint');
      await j.tabTo('Skip this step', 60);
      await j.keys(Key.ENTER);
      await j.find('heading', '88% management / 12% leadership', { level: 1 });
      await j.waitForTitle('Your reading: 88% management / 12% leadership · Is the path clear? · Forkpoint');
      assert.match((await j.focused()).text, /^Your path diagnostic\s*88% management/);
      await j.assertNoProblems();
    }));
});
