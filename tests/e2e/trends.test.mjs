// Trends (trends.html, linked from the results page): three Fork quiz runs, each answered another
// way, drawn as a line per dimension with the same figures in a table that
// can be revealed; two balance checks (both readings) and two stage
// readiness runs (footing and readiness) the same way; on every screen
// accessible in light and dark at 360 and 1280 px; nothing drawn for an
// instrument taken once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, openPage, serveDist, useSuite } from './helpers.mjs';
import { ALEX, answerAll, answerByKeyboard, extreme, finishPath } from './flows.mjs';
import { strongestToward } from './quiz-content.mjs';

describe('results over time', () => {
  const suite = useSuite(serveDist);

  test('three quiz runs draw a trend with its table', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/quiz`);
    const ways = [
      (s) => strongestToward('Multiplier', s),
      (s) => strongestToward('Maker', s),
      () => 'Neither agree nor disagree',
    ];
    for (const [run, way] of ways.entries()) {
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await answerAll(page, way);
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByText(/^Confidence: /).waitFor();
      if (run < ways.length - 1) await page.getByRole('button', { name: 'Retake the quiz' }).click();
    }
    // One path diagnostic result: not a trend yet.
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page);

    await page.goto(`${suite.server.url}results.html#/data`);
    await page.getByRole('link', { name: 'See your results over time' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results over time' }).waitFor();
    assert.equal(await page.title(), 'Your results over time · Forkpoint');
    const trends = page.locator('.trend');
    await page.getByRole('heading', { level: 2, name: 'Fork quiz' }).waitFor();
    assert.equal(await trends.count(), 1, 'only the quiz, taken three times, has a trend');
    const chart = page.getByRole('img', { name: /^Fork quiz, 3 results from .+ to .+\. The figures are in the table below\.$/ });
    await chart.waitFor();
    assert.equal(await chart.locator('polyline').count(), 5, 'a line per dimension');
    assert.equal(await chart.locator('circle').count(), 15, 'a point per run on each');
    // The first run leaned Multiplier, the second Maker: every line falls, then lands between.
    const heights = await chart.locator('polyline').evaluateAll((lines) =>
      lines.map((line) => line.getAttribute('points').split(' ').map((point) => Number(point.split(',')[1]))),
    );
    for (const [first, second, third] of heights) {
      assert.ok(first < second, `Multiplier (higher on the chart) before Maker: ${first} vs ${second}`);
      assert.ok(third < second && third > first, `the middle run lies between: ${first}, ${second}, ${third}`);
    }
    const table = page.getByRole('table');
    assert.equal(await table.isVisible(), false, 'the table waits to be revealed');
    await page.getByText('Show the figures').click();
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 3);
    assert.deepEqual(
      await table.locator('thead th').allTextContents(),
      ['Date', 'Energy', 'Impact', 'Growth', 'Values', 'Lifestyle'],
    );
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await assertAccessible(page, `trends, ${colorScheme}, ${width} px`);
    }
    await page.emulateMedia({ forcedColors: 'active' });
    const stroke = await chart.locator('polyline').first().evaluate((line) => getComputedStyle(line).stroke);
    assert.notEqual(stroke, 'none', 'the lines still show in forced colours');
    assertNoProblems(page);
    await page.context().close();
  });

  test('two balance checks and two stage readiness runs draw both of their scores', async () => {
    const page = await openPage(suite.browser);
    const balance = [['managing', 'Over-managing'], ['leading', 'Over-leading']];
    for (const [at, [scale, band]] of balance.entries()) {
      await page.goto(`${suite.server.url}balance.html#/balance`);
      await page.getByRole('button', { name: /Start the balance check|Continue where I left off/ }).click();
      await answerByKeyboard(page, await extreme(scale));
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByRole('heading', { level: 1, name: band }).waitFor();
      if (at === 0) await page.getByRole('button', { name: 'Take the balance check again' }).click();
    }
    // Alex, a team lead, then the same rung with every statement fully
    // agreed; each result's two scores as its page shows them.
    const shown = [];
    for (const answers of [ALEX, `2${'5'.repeat(ALEX.length - 1)}`]) {
      await page.goto(`${suite.server.url}stage.html#/stage`);
      await page.getByRole('button', { name: /Start the stage check|Continue where I left off/ }).click();
      await answerByKeyboard(page, answers);
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByRole('heading', { level: 2, name: 'Your stage: Team lead' }).waitFor();
      const score = async (name) =>
        (await page.getByRole('img', { name: new RegExp(`^${name}: \\d+ of 100$`) }).getAttribute('aria-label')).match(/\d+/)[0];
      shown.push([await score('Footing'), await score('Readiness')]);
      if (answers === ALEX) await page.getByRole('button', { name: 'Take the stage readiness again' }).click();
    }
    assert.deepEqual(shown[0], ['68', '38'], "Alex's reading");
    assert.notDeepEqual(shown[1], shown[0], 'the second run reads otherwise');

    await page.goto(`${suite.server.url}trends.html`);
    await page.getByRole('heading', { level: 1, name: 'Your results over time' }).waitFor();
    const section = (name) => page.locator('.trend').filter({ has: page.getByRole('heading', { level: 2, name }) });
    await section('Stage readiness').waitFor();
    assert.equal(await page.locator('.trend').count(), 2, 'the balance check and the stage readiness');
    const figures = async (name) => {
      await section(name).getByText('Show the figures').click();
      return section(name).locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim()).slice(1)));
    };
    const chart = section('Balance check').getByRole('img', { name: /^Balance check, 2 results from .+ to .+\. The figures are in the table below\.$/ });
    assert.equal(await chart.locator('polyline').count(), 2, 'a line per reading');
    await section('Balance check').getByText('Both readings of the balance check, each from 0').waitFor();
    assert.deepEqual(await figures('Balance check'), [
      ['Over-managing', 'Over-leading'],
      ['100', '0'],
      ['0', '100'],
    ]);
    assert.deepEqual(await figures('Stage readiness'), [['Footing', 'Readiness'], ...shown], 'as each result showed them, oldest first');
    assert.equal(await section('Stage readiness').getByRole('img').locator('polyline').count(), 2);
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await assertAccessible(page, `trends of the new instruments, ${colorScheme}, ${width} px`);
    }
    assertNoProblems(page);
    await page.context().close();
  });

  test('before any instrument is taken twice, the page says so', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}trends.html`);
    await page.getByText('Nothing to show yet: take an instrument a second time', { exact: false }).waitFor();
    await assertAccessible(page, 'trends, empty');
    await page.getByRole('link', { name: 'Back to your results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });
});
