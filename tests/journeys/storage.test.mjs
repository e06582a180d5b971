// Saved data under stress in the engines that speak WebDriver BiDi
// (Chromium, Firefox), as issue "Never lose an answer" asks of failures 1,
// 4, 7 and 8: two tabs sharing one document, writes refused from start-up.
// BiDi's preload scripts run before the app, as Playwright's init scripts
// do in tests/e2e/never-lose.test.mjs; WebKit's driver has no BiDi, so
// these run in Chromium and Firefox.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ScriptManager from 'selenium-webdriver/bidi/scriptManager.js';
import { TOTAL } from '../e2e/flows.mjs';
import { ENGINES } from './engines.mjs';
import { eachEngine } from './journey.mjs';

const KEY = 'forkpoint:document';

/**
 * Before any page's own scripts: a tab can be made deaf to other tabs'
 * writes (`window.missOtherTabs`), as a tab is for the few milliseconds
 * before the browser tells it; and `?refuse-writes` in the address makes
 * every write to storage fail, as a full or locked storage does.
 */
function beforeTheApp() {
  window.addEventListener('storage', (event) => {
    if (window.missOtherTabs) event.stopImmediatePropagation();
  }, { capture: true });
  if (location.search.includes('refuse-writes')) {
    Storage.prototype.setItem = function () {
      throw new DOMException('This write is refused.', 'InvalidStateError');
    };
  }
}

/** Two tabs of one browser: `a` and `b` are window handles; `to` switches. */
async function twoTabs(j, url) {
  const manager = await ScriptManager([], j.driver);
  await manager.addPreloadScript(beforeTheApp.toString());
  await j.goto(url);
  const a = await j.driver.getWindowHandle();
  await j.driver.switchTo().newWindow('tab');
  await j.goto(url);
  const b = await j.driver.getWindowHandle();
  return { a, b, to: (handle) => j.driver.switchTo().window(handle) };
}

const stored = (j) => j.run((k) => localStorage.getItem(k), KEY);

/** Answers the question on screen with `choice` (its label) and moves on. */
async function answer(j, n, choice = 'Agree') {
  await j.waitForText(`Question ${n} of ${TOTAL}`);
  await j.click('radio', choice);
  await j.click('button', 'Next');
  await j.waitForText(`Question ${n + 1} of ${TOTAL}`);
}

eachEngine(describe, (engine) => {
  if (!ENGINES[engine.name].bidi) return;

  test('a tab never writes over what it cannot read (failure 1)', () =>
    engine.withApp(async (j, server) => {
      const { a, b, to } = await twoTabs(j, `${server.url}#/quiz`);
      await to(a);
      await j.click('button', 'Start the quiz');
      await answer(j, 1);
      // A format version no build writes: unreadable (a newer build's document it can read is left alone, read-only).
      const newer = (await stored(j)).replace('"schema":1', '"schema":"2"');
      await to(b);
      await j.run((k, t) => localStorage.setItem(k, t), KEY, newer);
      await to(a);
      await answer(j, 2);
      await j.waitForText('Another tab saved data this page cannot read');
      const copies = await j.run(() => Object.entries(localStorage).filter(([k]) => k.startsWith('forkpoint:quarantine:')).map(([, v]) => v));
      assert.deepEqual(copies, [newer], 'what the other tab wrote is kept');
      assert.equal(Object.keys(JSON.parse(await stored(j)).quiz?.answers ?? {}).length, 2, 'our answers are saved');
      await j.assertNoProblems();
    }));

  test('two tabs answering at the same moment keep both answers (failure 7)', () =>
    engine.withApp(async (j, server) => {
      const { a, b, to } = await twoTabs(j, `${server.url}#/quiz`);
      await to(a);
      await j.click('button', 'Start the quiz');
      for (const n of [1, 2, 3]) await answer(j, n);
      await to(b);
      await j.click('button', 'Continue where I left off');
      await j.waitForText(`Question 4 of ${TOTAL}`);
      await to(a);
      await j.click('button', 'Back');
      await j.click('button', 'Back');
      await j.waitForText(`Question 2 of ${TOTAL}`);
      await to(b);
      await j.run(() => { window.missOtherTabs = true; });
      await to(a);
      await j.click('radio', 'Strongly disagree');
      await j.until(async () => Object.values(JSON.parse(await stored(j)).quiz?.answers ?? {}).includes(1), 'the changed answer stored');
      await to(b);
      await j.click('radio', 'Strongly agree');
      await j.until(async () => Object.keys(JSON.parse(await stored(j)).quiz?.answers ?? {}).length === 4, 'the new answer stored');
      const values = Object.values(JSON.parse(await stored(j)).quiz?.answers ?? {}).sort();
      assert.deepEqual(values, [1, 4, 4, 5], 'the changed answer and the new one are both kept');
      await j.assertNoProblems();
    }));

  test('a tab that missed "Clear my data" cannot write it back (failure 8)', () =>
    engine.withApp(async (j, server) => {
      const { a, b, to } = await twoTabs(j, `${server.url}#/quiz`);
      await to(a);
      await j.click('button', 'Start the quiz');
      for (const n of [1, 2]) await answer(j, n);
      await to(b);
      await j.click('button', 'Continue where I left off');
      await j.waitForText(`Question 3 of ${TOTAL}`);
      await j.run(() => { window.missOtherTabs = true; });
      for (const n of [3, 4, 5]) await answer(j, n);
      await to(a);
      await j.goto(`${server.url}results.html#/data`);
      await j.run(() => { window.missOtherTabs = true; });
      await j.click('button', 'Clear my data');
      await j.click('button', 'Yes, clear everything');
      await j.waitForText('Every answer and result Forkpoint kept in this browser has been removed.');
      await to(b);
      await j.click('radio', 'Agree');
      await j.waitForText('Your data was cleared in another tab');
      const after = JSON.parse(await stored(j));
      assert.deepEqual([after.quiz?.answers ?? {}, after.history], [{}, []], 'nothing from before the clear came back');
      await j.assertNoProblems();
    }));

  test('when every write fails from start-up, saved results are shown and truly cleared (failure 4)', () =>
    engine.withApp(async (j, server) => {
      const { a, to } = await twoTabs(j, `${server.url}#/path`);
      await to(a);
      await j.click('button', 'Start the diagnostic');
      for (let n = 1; n <= 5; n += 1) {
        await j.waitForText(`Question ${n} of 5`);
        const first = (await j.all('radio'))[0];
        await first.click();
        await j.click('button', 'Next');
      }
      await j.click('button', 'Skip this step');
      await j.find('heading', /% management \//, { level: 1 });
      const saved = await stored(j);
      await j.goto(`${server.url}results.html?refuse-writes#/data`);
      await j.find('heading', 'Your results and data', { level: 1 });
      assert.equal((await j.all('checkbox')).length, 1, 'the saved result is listed');
      await j.waitForText('Saving is not possible in this browser right now');
      const text = await j.run(() => document.body.innerText);
      assert.ok(!text.includes('private browsing'), 'reading works, so it is not private browsing');
      await j.click('button', 'Clear my data');
      await j.click('button', 'Yes, clear everything');
      await j.waitForText('Every answer and result Forkpoint kept in this browser has been removed.');
      // Removal works (only writes are refused): the data is really gone, and no marker could be written.
      assert.equal(await stored(j), null);
      assert.ok(saved, 'there was something to clear');
      await j.assertNoProblems();
    }));
});
