// The balance check (balance.html) and the stage readiness (stage.html), used
// as a person would: from the home card, by keyboard, to the worked
// examples' readings (docs/instruments.md); opposite extremes; a reload on
// the way; the saved result listed on "Your results" and opened on its page;
// a share link opened fresh; a bad link; a second tab in the same run; and
// each page keeping the runs it does not read. Axe on every new screen in
// light and dark at 360 and 1280 px.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ALEX, answerByKeyboard, DOCUMENT_KEY, extreme, SAM, stored } from './flows.mjs';
import { assertAccessible, assertNoProblems, openPage, printedPages, serveDist, useSuite } from './helpers.mjs';

async function axeEverywhere(page, label) {
  for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    await assertAccessible(page, `${label}, ${colorScheme}, ${width} px`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the balance check and the stage readiness', () => {
  const suite = useSuite(serveDist);

  test('the balance check, by keyboard from its home card to Sam\'s reading, shared and listed', async () => {
    const page = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Start the balance check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Over-managing or over-leading?' }).waitFor();
    assert.match(page.url(), /balance\.html#\/balance$/);
    await axeEverywhere(page, 'balance intro');
    await page.getByRole('button', { name: 'Start the balance check' }).press('Enter');
    await axeEverywhere(page, 'balance question');
    await answerByKeyboard(page, SAM.slice(0, 10));
    // A reload on the way keeps every answer and the place.
    await page.reload();
    await page.getByText('Question 11 of 24', { exact: true }).waitFor();
    assert.match(page.url(), /#\/balance\/11$/);
    await answerByKeyboard(page, SAM.slice(10), 11);
    await axeEverywhere(page, 'balance review');
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { level: 1, name: 'Over-managing' }).waitFor();
    assert.equal(await page.title(), 'Over-managing · Over-managing or over-leading? · Forkpoint');
    await page.getByRole('img', { name: 'Over-managing: 77 of 100' }).waitFor();
    await page.getByRole('img', { name: 'Over-leading: 15 of 100' }).waitFor();
    const signs = await page.locator('section[aria-labelledby="signs-heading"] h3').allTextContents();
    assert.equal(signs.length, 5, `the five signs present: ${signs}`);
    assert.equal(await page.locator('section[aria-labelledby="corrections-heading"] li').count(), 4);
    await page.getByRole('link', { name: 'Try the path diagnostic' }).waitFor();
    await axeEverywhere(page, 'balance result');
    assert.equal(await printedPages(page), 1, 'the result, five signs and four corrections, prints on one page');
    const link = await page.locator('#share-link').inputValue();
    assert.match(link, /\/balance\.html#\/share\/b1\.524241413152342414242525\.exyv$/);

    // Opened fresh by someone else: read-only, with a way to take it.
    const other = await openPage(suite.browser);
    await other.goto(link);
    await other.getByText('A shared balance check').waitFor();
    await other.getByRole('heading', { level: 1, name: 'Over-managing' }).waitFor();
    await axeEverywhere(other, 'balance shared');
    await other.getByRole('link', { name: 'Take it yourself' }).click();
    await other.getByRole('button', { name: 'Start the balance check' }).waitFor();
    assert.equal(await other.evaluate((k) => localStorage.getItem(k), DOCUMENT_KEY), null, 'a shared result is never stored');
    assertNoProblems(other);
    await other.context().close();

    // Listed on "Your results", opened on its page.
    await page.goto(`${suite.server.url}results.html#/data`);
    const view = page.getByRole('link', { name: /^Balance check, / });
    await view.click();
    await page.getByText('A balance check you saved').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Over-managing' }).waitFor();
    await axeEverywhere(page, 'balance saved');
    await page.getByRole('link', { name: 'Back to your results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results and data' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('opposite extremes read on opposite sides', async () => {
    const page = await openPage(suite.browser);
    for (const [scale, band, managing, leading] of [
      ['managing', 'Over-managing', 100, 0],
      ['leading', 'Over-leading', 0, 100],
    ]) {
      await page.goto(`${suite.server.url}balance.html`);
      await page.getByRole('button', { name: /Start the balance check|Continue where I left off/ }).click();
      await answerByKeyboard(page, await extreme(scale));
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByRole('heading', { level: 1, name: band }).waitFor();
      await page.getByRole('img', { name: `Over-managing: ${managing} of 100` }).waitFor();
      await page.getByRole('img', { name: `Over-leading: ${leading} of 100` }).waitFor();
      await page.getByRole('button', { name: 'Take the balance check again' }).click();
    }
    // The two runs compared, from the later one's saved page.
    await page.goto(`${suite.server.url}results.html#/data`);
    await page.getByRole('link', { name: /^Balance check, / }).first().waitFor();
    const saved = page.getByRole('link', { name: /^Balance check, / });
    assert.equal(await saved.count(), 2);
    await saved.first().click(); // the newest: "Your results" lists newest first
    await page.getByRole('heading', { level: 1, name: 'Over-leading' }).waitFor();
    const moved = page.locator('section[aria-labelledby="compare-heading"]');
    await moved.getByRole('heading', { level: 2, name: 'What moved' }).waitFor();
    const earlier = moved.getByRole('link', { name: /^Balance check, / });
    assert.equal(await moved.getByRole('link').count(), 1, 'the run before, linked');
    const table = () => moved.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
    const rows = [
      ['Score', 'Before: Over-managing', 'After: Over-leading', 'Change'],
      ['Over-managing', '100', '0', '−100'],
      ['Over-leading', '0', '100', '+100'],
    ];
    assert.deepEqual(await table(), rows);
    await moved.getByText('Your result moved from Over-managing to Over-leading; the largest move: Over-managing, −100.').waitFor();
    // Every statement was answered at the other end of its scale.
    await moved.getByText('24 answers changed').waitFor();
    const changes = await moved.getByRole('listitem').allTextContents();
    assert.equal(changes.length, 24);
    for (const change of changes) assert.match(change, /\S (Never → Almost always|Almost always → Never)$/, change);
    await axeEverywhere(page, 'balance runs compared');
    // The run before opens on its own page, compared with the next one.
    await earlier.click();
    await page.getByRole('heading', { level: 1, name: 'Over-managing' }).waitFor();
    await moved.getByRole('link', { name: /^Balance check, / }).waitFor();
    assert.deepEqual(await table(), rows, 'the same pair, from the other side');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the stage readiness: the rung picks the statements, and Alex is growing as a team lead', async () => {
    const page = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await page.getByRole('link', { name: 'Start the stage readiness' }).click();
    await page.getByRole('button', { name: 'Start the stage check' }).click();
    await page.getByRole('heading', { level: 1, name: 'Where do you stand today?' }).waitFor();
    assert.equal(await page.getByRole('radio').count(), 5, 'five rungs');
    await axeEverywhere(page, 'stage rung');
    await answerByKeyboard(page, ALEX);
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('heading', { level: 1, name: 'Growing into the stage' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your stage: Team lead' }).waitFor();
    await page.getByRole('img', { name: 'Footing: 68 of 100' }).waitFor();
    await page.getByRole('img', { name: 'Readiness: 38 of 100' }).waitFor();
    assert.deepEqual(await page.locator('.ladder .big-figure').allTextContents(), ['Level 2 of 5', 'Level 3 of 5']);
    assert.equal(await page.locator('section[aria-labelledby="grow-heading"] h3').count(), 2, 'the two weakest areas');
    await axeEverywhere(page, 'stage result');
    assert.equal(await printedPages(page), 1, 'the stage result prints on one page');
    assert.match(await page.locator('#share-link').inputValue(), /stage\.html#\/share\/s1\.2424423542425444342211\.htn0$/);
    // Another rung asks another rung's statements.
    await page.getByRole('button', { name: 'Take the stage readiness again' }).click();
    await page.getByRole('button', { name: 'Start the stage check' }).click();
    await page.getByRole('radio').nth(4).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByText('Question 2 of 22', { exact: true }).waitFor();
    const director = await page.locator('legend h1').textContent();
    assert.notEqual(director.trim(), '', 'a statement is asked');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a second tab in the same balance check brings its answer across and leaves this tab on its question', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}balance.html#/balance`);
    await page.getByRole('button', { name: 'Start the balance check' }).click();
    await answerByKeyboard(page, SAM.slice(0, 2));
    await page.getByText('Question 3 of 24', { exact: true }).waitFor();
    // Settles once this tab has heard of the other's answer (and re-rendered).
    const heard = page.evaluate(([k, first]) => new Promise((resolve) => {
      addEventListener('storage', function heardIt(event) {
        if (event.key !== k || JSON.parse(event.newValue ?? '{}').balance?.answers?.[first] !== 1) return;
        removeEventListener('storage', heardIt);
        setTimeout(resolve, 100);
      });
    }), [DOCUMENT_KEY, 'micromanagement-1']);
    // The other tab goes back to the first statement and changes its answer
    // (Sam's was "Almost always").
    const other = await page.context().newPage();
    await other.goto(`${suite.server.url}balance.html#/balance/3`);
    for (const number of [3, 2, 1]) {
      await other.getByText(`Question ${number} of 24`, { exact: true }).waitFor();
      if (number > 1) await other.getByRole('button', { name: 'Back', exact: true }).click();
    }
    await other.getByRole('radio', { name: 'Never' }).check();
    await heard;
    // This tab stays where it was, and has the other's answer.
    await page.getByText('Question 3 of 24', { exact: true }).waitFor();
    assert.match(page.url(), /#\/balance\/3$/);
    for (const number of [2, 1]) {
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByText(`Question ${number} of 24`, { exact: true }).waitFor();
    }
    await page.getByRole('radio', { name: 'Never', checked: true }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('each page keeps the runs it does not read, and a bad link says why', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}stage.html#/stage`);
    await page.getByRole('button', { name: 'Start the stage check' }).click();
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByText('Question 2 of 22', { exact: true }).waitFor();
    const before = JSON.parse(await stored(page)).stage;
    assert.equal(before.answers.rung, 1);
    // The home page answers the Fork quiz and writes the document back.
    await page.goto(`${suite.server.url}#/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('radio').first().check();
    await page.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).quiz?.answers ?? {}).length === 1, DOCUMENT_KEY);
    assert.deepEqual(JSON.parse(await stored(page)).stage, before, 'the stage run is kept as it came');
    // Back on its page, the run goes on where it was; the page keeps the
    // Fork quiz's answers, which it does not read, as they came.
    const quiz = JSON.parse(await stored(page)).quiz;
    await page.goto(`${suite.server.url}stage.html#/stage/2`);
    await page.getByText('Question 2 of 22', { exact: true }).waitFor();
    await page.getByRole('radio').nth(3).check();
    await page.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).stage.answers).length === 2, DOCUMENT_KEY);
    assert.deepEqual(JSON.parse(await stored(page)).quiz, quiz, 'the quiz run is kept as it came');
    await page.goto(`${suite.server.url}stage.html#/share/s1.2424423542425444342211.htn1`);
    await page.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
    await assertAccessible(page, 'stage bad link');
    await page.goto(`${suite.server.url}stage.html#/stage/saved/nope`);
    await page.getByText('This result is no longer saved on this device.', { exact: false }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });
});
