// The "Your results" page (results.html, its own wasm bundle) and share
// links: share, compare, export, clear and import.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, openPage, serveDist, useSuite } from './helpers.mjs';
import { answerOne, finishPath, finishQuiz, stored, TOTAL } from './flows.mjs';

describe('results page and share links', () => {
  const suite = useSuite(serveDist);

  test('a share link opens the same result read-only in a fresh browser', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(page);
    const band = await page.getByRole('heading', { level: 1 }).textContent();
    const link = await page.getByLabel('Link to this result').inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/results\.html#\/share\/[a-z]\d\./, 'the link opens the results page');
    await page.context().close();

    const fresh = await openPage(suite.browser);
    await fresh.goto(link);
    await fresh.getByText('This is a shared result, shown read-only.').waitFor();
    // Until the result's words arrive (the later words file), the page says
    // only "A shared result" and that it is loading: wait for the result.
    await fresh.getByRole('heading', { level: 1, name: band }).waitFor();
    assert.equal(await fresh.getByRole('heading', { level: 1 }).textContent(), band);
    assert.equal(await fresh.getByRole('button', { name: 'Retake the quiz' }).count(), 0);
    await assertAccessible(fresh, 'shared result');
    assert.equal(await stored(fresh), null, 'opening a link stores nothing');
    await fresh.getByRole('link', { name: 'Take it yourself' }).click();
    await fresh.getByRole('button', { name: 'Start the quiz' }).waitFor();

    const [address, payload] = link.split('#/share/');
    const tampered = payload.replace(/\.(\d)/, (m, d) => `.${(Number(d) % 5) + 1}`);
    assert.notEqual(tampered, payload);
    for (const bad of [link.slice(0, -3), `${address}#/share/${tampered}`]) {
      await fresh.goto(bad);
      await fresh.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
      assert.equal(await fresh.getByRole('heading', { name: 'Dimension by dimension' }).count(), 0);
    }
    await assertAccessible(fresh, 'bad share link');
    assertNoProblems(fresh);
    await fresh.context().close();
  });

  test('each page hands the other page\'s routes over, and Back does not bounce', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/`);
    await page.goto(`${suite.server.url}#/data`);
    await page.getByRole('heading', { level: 1, name: 'Your results and data' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/results.html');
    await page.goto(`${suite.server.url}results.html#/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Your results and data' }).waitFor();
    await page.locator('a.brand').click();
    await page.getByRole('link', { name: 'Start the Fork quiz' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    // An instrument with a page of its own, asked for at another page's
    // address, opens there (its routes are every page's, as the others').
    await page.goto(`${suite.server.url}#/stage`);
    await page.getByRole('button', { name: 'Start the stage check' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/stage.html');
    await page.goto(`${suite.server.url}results.html#/balance/saved/nope`);
    await page.getByText('This result is no longer saved on this device.', { exact: false }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/balance.html');
    await page.goto(`${suite.server.url}results.html#/nowhere`);
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('two results of one instrument are compared by what moved, and every change is announced', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 0);
    await page.getByRole('button', { name: 'Start again' }).click();
    await finishPath(page, 3);
    await page.getByRole('button', { name: 'Start again' }).click();
    await finishPath(page, 1);
    await page.getByRole('link', { name: 'Your results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results and data' }).waitFor();
    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), 3);
    // The status is on the page before anything is ticked, so screen readers announce its changes.
    const status = page.locator('.compare-status[role=status]');
    assert.equal(await status.textContent(), '');
    await boxes.nth(1).check();
    await status.getByText('One result chosen: tick another of the same instrument to compare.').waitFor();
    await boxes.nth(2).check();
    await status.getByText(/^Comparing Path diagnostic, .+ with Path diagnostic, .+: what moved is shown below\.$/).waitFor();
    const region = page.getByRole('region', { name: 'What moved' });
    // The earlier run chose each question's first answer (the most management-leaning), the later its fourth.
    await region.getByText(/^Your result moved from Mainly management to .*leadership; the largest move: Management, −\d+\.$/).waitFor();
    const cells = await region.locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
    assert.equal(cells.length, 2, 'one score: the share of management');
    assert.match(cells[0].join('|'), /^Score\|Before: Mainly management\|After: .*leadership\|Change$/);
    assert.match(cells[1].join('|'), /^Management\|(\d+)\|(\d+)\|−\d+$/);
    const [, was, is] = cells[1].join('|').match(/^Management\|(\d+)\|(\d+)/);
    assert.equal(cells[1][3], `−${was - is}`, 'the change is the difference of the scores shown');
    await region.getByText('5 answers changed').waitFor();
    assert.equal(await region.getByRole('listitem').count(), 5, 'every question moved');
    for (const item of await region.getByRole('listitem').allTextContents()) {
      assert.match(item, /\S \S.* → \S/, `a question with both answers: ${item}`);
    }
    await assertAccessible(page, 'comparison');
    // A third tick unticks the first one chosen, and says so.
    await boxes.nth(0).check();
    await status.getByText(/^Path diagnostic, .+ was unticked, as two results are compared at a time\. Comparing /).waitFor();
    assert.deepEqual(await boxes.evaluateAll((els) => els.map((el) => el.checked)), [true, false, true]);
    assertNoProblems(page);
    await page.context().close();
  });

  test('export, clear and import restore an identical history', async () => {
    const page = await openPage(suite.browser, { acceptDownloads: true });
    await page.goto(`${suite.server.url}#/quiz`);
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(page);
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 1);
    await page.getByRole('link', { name: 'Your results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results and data' }).waitFor();
    await assertAccessible(page, 'your results');
    const before = JSON.parse(await stored(page)).history;
    assert.equal(before.length, 2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const exported = await (await download).path();

    await page.getByRole('button', { name: 'Clear my data' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await page.getByText('Your data was cleared').waitFor();
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('forkpoint')));
    assert.deepEqual(left, ['forkpoint:document'], 'every other key the app wrote is gone');
    // What stays is a marker of the clear, so a tab that missed it cannot write the data back.
    const marker = await stored(page);
    const cleared = JSON.parse(marker);
    assert.deepEqual([cleared.history, cleared.quiz?.answers ?? {}, cleared.path?.choices ?? {}], [[], {}, {}], 'the marker holds no answer');

    await page.getByLabel('Import an export file').setInputFiles(exported);
    await page.getByText('This file holds 2 results: Fork quiz (1), Path diagnostic (1).').waitFor();
    assert.equal(await stored(page), marker, 'nothing changes before the person confirms');
    await assertAccessible(page, 'import preview');
    await page.getByRole('button', { name: 'Replace my data with this file' }).click();
    await page.getByText('Your data was imported').waitFor();
    assert.deepEqual(JSON.parse(await stored(page)).history, before);

    // Failure 11: the preview says what it will leave out, before anything changes.
    const file = JSON.parse(await readFile(exported, 'utf8'));
    file.history.push({ id: 'broken', instrument: 'quiz' }, { ...file.history[0], id: 'r-odd', answers: { 'energy-1': 9 } });
    const imported = await stored(page);
    await page.getByLabel('Import an export file').setInputFiles({ name: 'odd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByText('This file holds 3 results: Fork quiz (2), Path diagnostic (1).').waitFor();
    await page.getByText('2 entries in this file cannot be read and will be left out; everything else is imported.').waitFor();
    await assertAccessible(page, 'import preview with entries left out');
    assert.equal(await stored(page), imported, 'nothing changes before the person confirms');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A result of an instrument with a page of its own is counted by its
    // name, though this page keeps it unread.
    const balance = { id: 'balance-1700000000000-5', instrument: 'balance', completedAt: 1700000000000, model: 1, answers: { 'micromanagement-1': 5 } };
    const withBalance = { ...JSON.parse(await readFile(exported, 'utf8')) };
    withBalance.history = [...withBalance.history, balance];
    await page.getByLabel('Import an export file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(withBalance)) });
    await page.getByText('This file holds 3 results: Fork quiz (1), Path diagnostic (1), Balance check (1).').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByLabel('Import an export file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"ours"}') });
    await page.getByText('This file cannot be imported.').waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('a long history shows a page at a time, newest first (failure 5); odd entries are worded (failure 11)', async () => {
    // Issue "Never lose an answer", failure 5: 5,000 results froze the page
    // for many seconds; it rendered every one at once.
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 1);
    await page.evaluate((k) => {
      const doc = JSON.parse(localStorage.getItem(k));
      const entry = doc.history[0];
      doc.history = Array.from({ length: 120 }, (_, n) => ({ ...entry, id: `r-${n}`, completedAt: entry.completedAt - (120 - n) * 60_000 }));
      // Failure 11: a moment no date can hold, and a result saved with answers missing.
      doc.history.push({ ...entry, id: 'r-far', completedAt: 9e15 });
      const [first] = Object.keys(entry.answers.choices);
      doc.history.push({ ...entry, id: 'r-unfinished', answers: { ...entry.answers, choices: { [first]: entry.answers.choices[first] } } });
      localStorage.setItem(k, JSON.stringify(doc));
    }, 'forkpoint:document');
    await page.goto(`${suite.server.url}results.html#/data`);
    await page.getByText('The newest 50 of your 122 results.').waitFor();
    assert.equal(await page.getByRole('checkbox').count(), 50);
    const ids = () => page.locator('.history-list input').evaluateAll((boxes) => boxes.map((b) => b.id));
    assert.deepEqual((await ids()).slice(0, 3), ['compare-r-unfinished', 'compare-r-far', 'compare-r-119'], 'newest first');
    const rows = page.locator('.history-list li');
    await rows.first().getByText('Not finished: 1 of 5 answered').waitFor();
    assert.equal(await rows.first().getByRole('link').count(), 0, 'no View for a result without a reading');
    await rows.nth(1).getByText('an unknown date').waitFor();
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await page.getByText('The newest 100 of your 122 results.').waitFor();
    await page.getByRole('button', { name: 'Show 22 more' }).click();
    await page.getByRole('checkbox').nth(121).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Show \d+ more$/ }).count(), 0, 'all shown, no more button');
    assert.equal((await ids()).at(-1), 'compare-r-0');
    await assertAccessible(page, 'a long history');
    assertNoProblems(page);
    await page.context().close();
  });
});
