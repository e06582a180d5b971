// The balance check and the stage readiness by keyboard alone, in every
// engine: from the home card to the worked examples' readings
// (docs/instruments.md), a reload on the way, the result listed on "Your
// results" and opened on its page, and its share link opened fresh.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eachEngine, Key } from './journey.mjs';

/** Sam's answers in the order asked: over-managing, 77 and 15. */
const SAM = '524241413152342414242525';
/** Alex's: a team lead, then the rung's and the ladders' statements. */
const ALEX = '2424423542425444342211';

/** Answers from question `first` of `total` by digit and Enter. */
async function answer(j, positions, total, first = 1) {
  for (const [at, digit] of [...positions].entries()) {
    await j.atQuestion(first + at, total);
    await j.keys(digit, Key.ENTER);
  }
}

eachEngine(describe, (engine) => {
  test('the balance check by keyboard to Sam\'s reading, kept across a reload, listed and shared', () =>
    engine.withApp(async (j, server) => {
      await j.goto(server.url);
      await j.find('heading', /keep doing the work/i, { level: 1 });
      await j.tabTo('Start the balance check');
      await j.keys(Key.ENTER);
      await j.find('heading', 'Over-managing or over-leading?', { level: 1 });
      await j.waitForTitle('Over-managing or over-leading? · Forkpoint');
      await j.tabTo('Start the balance check');
      await j.keys(Key.ENTER);
      await answer(j, SAM.slice(0, 6), 24);
      await j.driver.navigate().refresh();
      await answer(j, SAM.slice(6), 24, 7);
      await j.find('heading', 'Review your answers', { level: 1 });
      await j.tabTo('See my result', 40);
      await j.keys(Key.ENTER);
      await j.find('heading', 'Over-managing', { level: 1 });
      await j.waitForTitle('Over-managing · Over-managing or over-leading? · Forkpoint');
      await j.find('heading', 'Signs that stand out', { level: 2 });
      const link = await j.run(() => document.querySelector('#share-link')?.value);
      assert.match(link, /balance\.html#\/share\/b1\.524241413152342414242525\.exyv$/);

      await j.goto(`${server.url}results.html#/data`);
      await j.click('link', /^Balance check, /);
      await j.find('heading', 'Over-managing', { level: 1 });
      // The eyebrow is set in capitals by the stylesheet: read its text, not its rendering.
      const eyebrow = () => j.run(() => document.querySelector('.result-head .eyebrow')?.textContent);
      await j.until(async () => (await eyebrow()) === 'A balance check you saved', 'the saved result\'s eyebrow');

      // The link opened fresh: read-only, never stored.
      await j.run(() => localStorage.clear());
      await j.goto(link);
      await j.driver.navigate().refresh();
      await j.until(async () => (await eyebrow()) === 'A shared balance check', 'the shared result\'s eyebrow');
      await j.find('heading', 'Over-managing', { level: 1 });
      assert.equal(await j.run(() => localStorage.getItem('forkpoint:document')), null);
      await j.assertNoProblems();
    }));

  test('the stage readiness by keyboard: Alex, a team lead, is growing', () =>
    engine.withApp(async (j, server) => {
      await j.goto(`${server.url}stage.html`);
      await j.find('heading', 'Ready for the next rung?', { level: 1 });
      await j.tabTo('Start the stage check');
      await j.keys(Key.ENTER);
      await j.find('heading', 'Where do you stand today?', { level: 1 });
      await answer(j, ALEX, 22);
      await j.find('heading', 'Review your answers', { level: 1 });
      await j.tabTo('See my result', 40);
      await j.keys(Key.ENTER);
      await j.find('heading', 'Growing into the stage', { level: 1 });
      await j.find('heading', 'Your stage: Team lead', { level: 2 });
      await j.waitForText('Level 2 of 5');
      await j.waitForText('Level 3 of 5');
      const figures = await j.run(() => [...document.querySelectorAll('.score-bar svg')].map((svg) => svg.getAttribute('aria-label')));
      assert.deepEqual(figures, ['Footing: 68 of 100', 'Readiness: 38 of 100']);
      await j.assertNoProblems();
    }));
});
