// The conversation guide in every engine: from one's own Fork quiz result
// (by keyboard) and from a stage readiness result's link, a line left out
// with the space bar, and the browser's own print (WebDriver's "print
// page") on one A4 page, without the line left out. The Chromium end-to-end test (tests/e2e/guide.test.mjs) checks the
// rest: every section, A4 and Letter, the problems, axe and German.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pdfPages } from '../e2e/helpers.mjs';
import { KEYING } from '../e2e/quiz-content.mjs';
import { eachEngine, Key } from './journey.mjs';

const TOTAL = KEYING.size;

/**
 * Checks that the guide on screen prints on one A4 page, without its first
 * question (left out).
 */
async function printsOnOnePage(j, engine) {
  if (engine.name === 'webkit') {
    // WebKit's driver has no print command: the page's print rules are
    // applied to the screen at A4's printable width (210 mm less the
    // 10 mm margins), and what shows must fit its printable height.
    const fits = await j.run(() => {
      const sheet = new CSSStyleSheet();
      for (const rules of document.styleSheets) {
        for (const rule of rules.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
            for (const inner of rule.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
          }
        }
      }
      document.adoptedStyleSheets = [sheet];
      document.body.style.width = '190mm';
      const probe = document.createElement('div');
      probe.style.height = '277mm';
      document.body.append(probe);
      const page = probe.getBoundingClientRect().height;
      probe.remove();
      const used = document.body.scrollHeight;
      const leftOut = getComputedStyle(document.querySelector('#ask-heading ~ ul li')).display;
      return { page, used, leftOut };
    });
    assert.equal(fits.leftOut, 'none', 'the line left out is not printed');
    assert.ok(fits.used <= fits.page, `the print takes ${fits.used} px of a page's ${fits.page}`);
  } else {
    const pdf = Buffer.from(await j.driver.printPage({ width: 21, height: 29.7 }), 'base64');
    assert.equal(pdfPages(pdf), 1, 'one A4 page');
  }
}

eachEngine(describe, (engine) => {
  test('the guide from a quiz result, a line left out, printed on one page', () =>
    engine.withApp(async (j, server) => {
      await j.goto(`${server.url}#/quiz`);
      await j.tabTo('Start the quiz');
      await j.keys(Key.ENTER);
      await j.answerByKeys(TOTAL, () => '1');
      await j.find('heading', 'Review your answers', { level: 1 });
      await j.tabTo('See my result', TOTAL + 5);
      await j.keys(Key.ENTER);
      await j.click('link', /^More you can do with this result/);
      await j.click('link', 'Prepare a talk with your manager');
      await j.find('heading', 'Talk it over with your manager', { level: 1 });
      assert.match(await j.driver.getCurrentUrl(), /\/guide\.html#\/share\/q/);

      const asks = await j.run(() => [...document.querySelectorAll('#ask-heading ~ ul li')].map((li) => li.textContent.trim()));
      assert.ok(asks.length >= 3, asks.join(' | '));
      await j.tabTo(asks[0]);
      await j.keys(Key.SPACE);
      await j.until(
        () => j.run(() => document.querySelector('#ask-heading ~ ul li').classList.contains('left-out')),
        'the first question left out',
      );

      await printsOnOnePage(j, engine);
      await j.assertNoProblems();
    }));

  test('the guide from a stage readiness result, printed on one page', () =>
    engine.withApp(async (j, server) => {
      // Alex's result (docs/instruments.md), as its share link carries it.
      await j.goto(`${server.url}guide.html#/share/s1.2424423542425444342211.htn0`);
      await j.find('heading', 'Talk it over with your manager', { level: 1 });
      const found = await j.run(() => [...document.querySelectorAll('#found-heading ~ ul li')].map((li) => li.textContent.trim()));
      assert.equal(found[0], 'My stage: Team lead. The stage readiness reads “Growing into the stage”.');
      await j.tabTo((await j.run(() => document.querySelector('#ask-heading ~ ul li').textContent)).trim());
      await j.keys(Key.SPACE);
      await printsOnOnePage(j, engine);
      await j.assertNoProblems();
    }));
});
