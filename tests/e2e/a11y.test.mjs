// What a screen reader and a forced-colours theme meet, checked where
// Chromium lets a test see it: the accessibility tree's reading of the
// progress, and every bar's parts staying visible and apart (3:1 or more)
// in forced colours and in both ordinary themes. (axe-core runs on these
// screens in the ordinary themes elsewhere: its colour-contrast rule does
// not model forced colours, where the system picks every colour.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { finishPath, finishQuiz } from './flows.mjs';
import { assertNoProblems, openPage, serveDist, useSuite } from './helpers.mjs';

/**
 * Contrast ratios between painted parts, read in the page: `pairs` is a list
 * of [label, [selector, property], [selector, property]]; a selector of
 * 'page' means the page's own background. Pseudo-elements as 'sel::before'.
 */
function contrasts(pairs) {
  const parse = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => {
    const channel = (c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const colour = ([selector, property]) => {
    if (selector === 'page') return parse(getComputedStyle(document.body).backgroundColor);
    const [css, pseudo] = selector.split('::');
    const element = document.querySelector(css);
    if (!element) throw new Error(`nothing matches ${css}`);
    return parse(getComputedStyle(element, pseudo ? `::${pseudo}` : null)[property]);
  };
  return pairs.map(([label, a, b]) => {
    const [la, lb] = [luminance(colour(a)), luminance(colour(b))].sort((x, y) => y - x);
    return [label, Math.round(((la + 0.05) / (lb + 0.05)) * 100) / 100];
  });
}

function assertApart(results, context) {
  for (const [label, ratio] of results) assert.ok(ratio >= 3, `${context}: ${label} at ${ratio}:1, under 3:1`);
}

describe('screen readers and forced colours', () => {
  const suite = useSuite(serveDist);

  test('progress is read as "Question n of N", never as a percentage', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('radio').first().waitFor();
    // What Chromium's accessibility tree gives a screen reader: the words, and
    // no progress bar (Chromium reads one as "4%" whatever its aria-valuetext).
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const visible = nodes.filter((n) => !n.ignored);
    assert.deepEqual(visible.filter((n) => n.role?.value === 'progressbar'), []);
    assert.ok(visible.some((n) => n.role?.value === 'StaticText' && n.name?.value === 'Question 1 of 25'), 'the words are there');
    const live = await page.locator('.progress-text').evaluate((p) => [p.getAttribute('aria-live'), p.textContent]);
    assert.deepEqual(live, ['polite', 'Question 1 of 25'], 'and announced as they change');
    assertNoProblems(page);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`every bar keeps its parts visible and apart in forced colours (${colorScheme})`, async () => {
      const page = await openPage(suite.browser, { colorScheme, forcedColors: 'active' });
      await page.goto(`${suite.server.url}#/quiz`);
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await page.getByRole('radio', { name: 'Agree', exact: true }).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await page.getByText('Question 2 of 25', { exact: true }).waitFor();
      assertApart(
        await page.evaluate(contrasts, [
          ['progress filled against its track', ['.progress-fill', 'fill'], ['.progress-track', 'fill']],
          ['progress outline against the page', ['.progress-bar', 'borderTopColor'], ['page']],
        ]),
        'a question in forced colours',
      );

      await finishQuiz(page);
      assertApart(
        await page.evaluate(contrasts, [
          ['lean bar filled against its track', ['.diverging-bar .fill', 'fill'], ['.diverging-bar .track', 'fill']],
          ['lean bar outline against the page', ['.diverging-bar .track', 'stroke'], ['page']],
        ]),
        'the quiz result in forced colours',
      );

      await page.goto(`${suite.server.url}#/path`);
      await finishPath(page, 2);
      assertApart(
        await page.evaluate(contrasts, [
          ['management against leadership', ['.blend-bar .management', 'fill'], ['.blend-bar .leadership', 'fill']],
          ['blend outline against the page', ['.blend-bar .outline', 'stroke'], ['page']],
          ['management key against the page', ['.management-key::before', 'backgroundColor'], ['page']],
          ['leadership key outline against the page', ['.leadership-key::before', 'borderTopColor'], ['page']],
        ]),
        'the path result in forced colours',
      );
      assertNoProblems(page);
      await page.context().close();
    });

    test(`the blend bar's two parts are kept apart (${colorScheme})`, async () => {
      const page = await openPage(suite.browser, { colorScheme });
      await page.goto(`${suite.server.url}#/path`);
      await finishPath(page, 2);
      assertApart(
        await page.evaluate(contrasts, [
          ['the gap against management', ['.blend-bar .split', 'stroke'], ['.blend-bar .management', 'fill']],
          ['the gap against leadership', ['.blend-bar .split', 'stroke'], ['.blend-bar .leadership', 'fill']],
        ]),
        `the blend bar (${colorScheme})`,
      );
      assertNoProblems(page);
      await page.context().close();
    });
  }
});
