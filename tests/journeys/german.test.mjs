// Forkpoint in German in every engine: both instruments to a result by
// keyboard, every screen on the way in German with <html lang="de">. The
// language comes from the browser's own (Chromium and Firefox are started
// in German; WebKit's driver takes no language, so it gets ?lang=de).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { flatten, readCatalogs } from '../../scripts/words.mjs';
import { ROOT } from '../e2e/helpers.mjs';
import { eachEngine, Key } from './journey.mjs';

const de = new Map(Object.entries((await readCatalogs()).de).flatMap(([chunk, tree]) => flatten(tree, chunk)));
const definition = JSON.parse(readFileSync(join(ROOT, 'content', 'instruments', 'quiz.json'), 'utf8'));
/** German statement → the digit that answers it fully toward the Multiplier. */
const TOWARD_MULTIPLIER = new Map(
  definition.items.map((item, at) => [
    // The first statement is in the quiz's own chunk, the others come later.
    de.get(`${at === 0 ? 'quiz' : 'quiz_statements'}.items.${item.id}`),
    !item.flag && item.key === 'multiplier' ? '5' : '1',
  ]),
);
const TOTAL = definition.items.length;
const questionOf = (n, total) => de.get('site.ui.question_of').replace('{number}', n).replace('{total}', total);

/** Waits for question `n` in German, with the focus on its choices. */
async function atQuestion(j, n, total) {
  await j.waitForText(questionOf(n, total));
  await j.until(async () => (await j.focused()).tag === 'input', `focus on the choices of question ${n}`);
}

eachEngine(describe, (engine) => {
  test('in German: both instruments to a result by keyboard', () =>
    engine.withApp(async (j, server) => {
      const query = engine.name === 'webkit' ? '?lang=de' : '';
      await j.goto(`${server.url}${query}`);
      await j.find('heading', de.get('home.title'), { level: 1 });
      assert.equal(await j.run(() => document.documentElement.lang), 'de');
      await j.tabTo(de.get('home.instruments.quiz.start_label'));
      await j.keys(Key.ENTER);
      await j.find('heading', de.get('quiz.screen.title'), { level: 1 });
      await j.tabTo(de.get('quiz.screen.start'));
      await j.keys(Key.ENTER);
      for (let n = 1; n <= TOTAL; n += 1) {
        await atQuestion(j, n, TOTAL);
        const statement = await j.run(() => document.querySelector('legend h1')?.textContent.trim());
        const digit = TOWARD_MULTIPLIER.get(statement);
        assert.ok(digit, `a German statement: ${statement}`);
        await j.keys(digit, Key.ENTER);
      }
      await j.find('heading', de.get('quiz.screen.review_title'), { level: 1 });
      await j.tabTo(de.get('site.ui.see_result'), TOTAL + 5);
      await j.keys(Key.ENTER);
      await j.find('heading', de.get('quiz_result.bands.title.strong_multiplier'), { level: 1 });

      await j.goto(`${server.url}${query}#/path`);
      await j.find('heading', de.get('path.screen.title'), { level: 1 });
      await j.tabTo(de.get('path.screen.start'));
      await j.keys(Key.ENTER);
      for (let n = 1; n <= 5; n += 1) {
        await atQuestion(j, n, 5);
        await j.keys('1', Key.ENTER);
      }
      await j.tabTo(de.get('path_result.screen.skip_context'));
      await j.keys(Key.ENTER);
      // Every "yes, clear" answer: a management-first reading, "60 % Management / 40 % Leadership" and the like.
      await j.find('heading', /Management/, { level: 1 });
      assert.equal(await j.run(() => document.documentElement.lang), 'de');
      await j.assertNoProblems();
    }, { language: engine.name === 'webkit' ? undefined : 'de-DE' }));
});
