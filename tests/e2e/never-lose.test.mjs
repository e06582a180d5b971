// Issue "Never lose an answer": two tabs sharing one stored document, as an
// attacker or an unlucky person meets them, in the shipped build. Each test
// reproduced its failure before the fix.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, openPage, serveDist, useSuite, watchProblems } from './helpers.mjs';
import { answerOne, DOCUMENT_KEY, finishPath, stored, TOTAL } from './flows.mjs';

const COPIES = 'forkpoint:quarantine:';
const copies = (page) =>
  page.evaluate((prefix) => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith(prefix))), COPIES);

/** A second tab of the same browser, with its errors collected too. */
async function secondTab(page, url) {
  const tab = watchProblems(await page.context().newPage());
  await tab.goto(url);
  return tab;
}

/**
 * Lets the tests make a tab deaf to other tabs' writes, as a tab is in the
 * few milliseconds before the browser tells it (or while it is frozen). Run
 * before the app's own scripts, so this listener comes first.
 */
const canMissOtherTabs = (context) =>
  context.addInitScript(() => {
    window.addEventListener('storage', (event) => {
      if (window.missOtherTabs) event.stopImmediatePropagation();
    }, { capture: true });
  });

/**
 * Lets the tests make storage refuse the app's writes (`window.refuseWrites`),
 * and counts the writes of the document tried while it does (`window.refused`).
 */
const canRefuseWrites = (page) =>
  page.addInitScript((documentKey) => {
    window.refused = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.refuseWrites && key.startsWith('forkpoint:')) {
        if (key === documentKey) window.refused += 1;
        throw new DOMException('refused', 'SecurityError');
      }
      return setItem.call(this, key, value);
    };
  }, DOCUMENT_KEY);

/**
 * A quiz started in a fresh page (of `suite`) whose storage then refuses its writes: one
 * answer (after `saved` answers that were written) is given and not saved,
 * and the person is told.
 */
async function unsavedAnswer(suite, saved = 0) {
  const page = await openPage(suite.browser);
  await canRefuseWrites(page);
  await page.goto(`${suite.server.url}#/quiz`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let n = 0; n < saved; n += 1) await answerOne(page);
  await page.evaluate(() => { window.refuseWrites = true; });
  await answerOne(page);
  await page.getByText('Your latest answers are not saved yet').waitFor();
  return page;
}

/** A fresh page (of `suite`) with the quiz started and one answer saved,
 * and the document as stored. */
async function oneAnswerSaved(suite) {
  const page = await openPage(suite.browser);
  await page.goto(`${suite.server.url}#/quiz`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await answerOne(page);
  return { page, ours: JSON.parse(await stored(page)) };
}

/** From now on `page` does not hear other tabs' writes. */
const missOtherTabs = (page) => page.evaluate(() => { window.missOtherTabs = true; });

describe('never lose an answer', () => {
  const suite = useSuite(serveDist);

  test('an open tab never writes over what a newer tab wrote and it cannot read (failure 1)', async () => {
    const { page, ours } = await oneAnswerSaved(suite);
    // (A newer document this build can read is left alone: the next test.)
    const newer = JSON.stringify({ ...ours, schema: 2 });
    const unreadable = [
      newer.replace('"schema":2', '"schema":"2"'),
      newer.replace(`"revision":${ours.revision}`, '"revision":1e400'),
      newer.slice(0, 60),
    ];
    const other = await secondTab(page, `${suite.server.url}`);
    for (const [at, text] of unreadable.entries()) {
      // Another tab (a newer build) writes; this one hears it, cannot read it, and answers on.
      await other.evaluate(([k, t]) => localStorage.setItem(k, t), [DOCUMENT_KEY, text]);
      await answerOne(page);
      await page.getByText(`Question ${at + 3} of ${TOTAL}`, { exact: true }).waitFor();
      await page.waitForFunction(([k, t]) => localStorage.getItem(k) !== t, [DOCUMENT_KEY, text]);
      assert.ok(Object.values(await copies(page)).includes(text), `a copy of ${text.slice(0, 80)} is kept`);
      assert.equal(Object.keys(JSON.parse(await stored(page)).quiz?.answers ?? {}).length, at + 2, 'our answers are saved');
    }
    await page.getByText('Another tab saved data this page cannot read').first().waitFor();
    await assertAccessible(page, 'the kept-aside notice');
    const named = await page.locator('[data-notice="kept-aside"]').allTextContents();
    const kept = Object.keys(await copies(page));
    assert.ok(named.every((text) => kept.some((key) => text.includes(key))), `each notice names a copy that exists: ${named}`);
    assert.deepEqual(other.problems, []);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a newer tab\'s document this one can read, a fraction in it too, is left alone and the tab turns read-only', async () => {
    const { page, ours } = await oneAnswerSaved(suite);
    // A number this build never writes no longer makes the whole document
    // unreadable: it is kept as its text, and a newer schema is read-only.
    const newer = JSON.stringify({ ...ours, schema: 2, revision: ours.revision + 5, settings: { textScale: 1.25 } });
    const other = await secondTab(page, `${suite.server.url}`);
    await other.evaluate(([k, t]) => localStorage.setItem(k, t), [DOCUMENT_KEY, newer]);
    await answerOne(page);
    await page.getByText('Saved by a newer version of Forkpoint').first().waitFor();
    assert.equal(await stored(page), newer, 'what the newer tab wrote is left as it is');
    assert.deepEqual(await copies(page), {}, 'nothing needed keeping aside');
    await assertAccessible(page, 'the read-only notice');
    assert.deepEqual(other.problems, []);
    assertNoProblems(page);
    await page.context().close();
  });

  test('what a newer version saved and this one does not know survives its writes (failure 2)', async () => {
    // An answer, a choice and a result this version does not know, and a
    // field it does not read, used to vanish when this tab saved again.
    const { page, ours: newer } = await oneAnswerSaved(suite);
    newer.quiz.answers['energy-9'] = 4;
    // A path run never begun is not stored: the newer version began one.
    newer.path ??= { choices: {}, context: {}, step: 'intro', changedAt: 0, startedAt: 0, answeredAt: {} };
    newer.path.choices.mentoring = 'often';
    newer.history.push({ id: 'b-1', instrument: 'balance', completedAt: 1, model: 1, answers: { x: [1, 2] } });
    newer.reminders = { every: 30 };
    newer.revision += 1;
    const other = await secondTab(page, `${suite.server.url}`);
    await other.evaluate(([k, t]) => localStorage.setItem(k, t), [DOCUMENT_KEY, JSON.stringify(newer)]);
    await other.close();
    await answerOne(page);
    // Our second answer is saved (the unknown one aside)...
    await page.waitForFunction(
      (k) => Object.keys(JSON.parse(localStorage.getItem(k)).quiz?.answers ?? {}).filter((id) => id !== 'energy-9').length === 2,
      DOCUMENT_KEY,
    );
    // ...and what this version does not know is still there.
    const after = JSON.parse(await stored(page));
    assert.equal(after.quiz.answers['energy-9'], 4, 'the unknown answer is kept');
    assert.equal(after.path.choices.mentoring, 'often', 'the unknown choice is kept');
    assert.deepEqual(after.history.find((r) => r.id === 'b-1'), newer.history.at(-1), 'the unknown result is kept as it was');
    assert.deepEqual(after.reminders, { every: 30 }, 'the unknown field is kept');
    // Nothing of it shows, and nothing was counted as unreadable.
    await page.reload();
    await page.getByText(`Question 3 of ${TOTAL}`, { exact: true }).waitFor();
    assert.equal(await page.getByText('Some saved answers could not be read').count(), 0);
    assertNoProblems(page);
    await page.context().close();
  });

  test('two tabs answering at the same moment keep both answers (failure 7)', async () => {
    const first = await openPage(suite.browser);
    await canMissOtherTabs(first.context());
    await first.goto(`${suite.server.url}#/quiz`);
    await first.getByRole('button', { name: 'Start the quiz' }).click();
    for (let n = 0; n < 3; n += 1) await answerOne(first);
    const second = await secondTab(first, `${suite.server.url}#/quiz`);
    await second.getByText(`Question 4 of ${TOTAL}`, { exact: true }).waitFor();
    await first.getByRole('button', { name: 'Back' }).click();
    await first.getByRole('button', { name: 'Back' }).click();
    await first.getByText(`Question 2 of ${TOTAL}`, { exact: true }).waitFor();
    const quizAnswers = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).quiz?.answers ?? {}, DOCUMENT_KEY);
    const before = await quizAnswers(first);
    // Both answer before either hears the other: the second tab's write
    // reaches storage without it having heard the first's.
    await missOtherTabs(second);
    await first.locator('input[type=radio]:not(:checked)').first().check();
    await first.waitForFunction(
      ([k, a]) => JSON.stringify(JSON.parse(localStorage.getItem(k)).quiz?.answers ?? {}) !== a,
      [DOCUMENT_KEY, JSON.stringify(before)],
    );
    const changed = Object.entries(await quizAnswers(first)).find(([id, value]) => before[id] !== value);
    await second.getByRole('radio').first().check();
    await second.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).quiz?.answers ?? {}).length === 4, DOCUMENT_KEY);
    const answers = await quizAnswers(second);
    assert.equal(answers[changed[0]], changed[1], `the first tab's change is kept: ${JSON.stringify(answers)}`);
    // The first tab hears the merged write and shows both.
    await first.getByRole('button', { name: 'Next', exact: true }).click();
    await first.getByRole('button', { name: 'Next', exact: true }).click();
    await first.getByText(`Question 4 of ${TOTAL}`, { exact: true }).waitFor();
    await first.getByRole('radio', { checked: true }).waitFor();
    assert.deepEqual(second.problems, []);
    assertNoProblems(first);
    await first.context().close();
  });

  test('a tab that missed "Clear my data" cannot write the history back (failure 8), and other tabs say so', async () => {
    const page = await openPage(suite.browser);
    await canMissOtherTabs(page.context());
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 1);
    const stale = await secondTab(page, `${suite.server.url}#/quiz`);
    const listening = await secondTab(page, `${suite.server.url}#/quiz`);
    await stale.getByRole('button', { name: 'Start the quiz' }).click();
    await page.goto(`${suite.server.url}results.html#/data`);
    await page.getByRole('button', { name: 'Clear my data' }).waitFor();
    // Neither hears the other: the stale tab gets ahead in revisions
    // while the clearing tab, behind, clears.
    await missOtherTabs(stale);
    await missOtherTabs(page);
    for (let n = 0; n < 3; n += 1) await answerOne(stale);
    await listening.getByRole('button', { name: 'Continue where I left off' }).waitFor();
    await page.getByRole('button', { name: 'Clear my data' }).click();
    await page.getByRole('button', { name: 'Yes, clear everything' }).click();
    await page.getByText('Your data was cleared', { exact: true }).waitFor();
    const marker = JSON.parse(await stored(page));
    assert.deepEqual([marker.history, marker.quiz?.answers ?? {}], [[], {}], 'the marker holds no answer');
    assert.ok(marker.historyClearedAt > 0, 'the marker says when the data was cleared');

    await listening.getByText('Your data was cleared in another tab').waitFor();
    await assertAccessible(listening, 'cleared in another tab');

    // (Clicked, not checked: the answer is refused with its screen, as it should be.)
    await stale.getByRole('radio').first().click();
    await stale.getByText('Your data was cleared in another tab').waitFor();
    await stale.getByRole('button', { name: 'Start the quiz' }).waitFor();
    const after = JSON.parse(await stored(page));
    assert.deepEqual(after.history, [], 'the cleared history stays cleared');
    assert.deepEqual(after.quiz?.answers ?? {}, {}, 'answers from before the clear stay cleared');
    await page.reload();
    await page.getByText(/^No results yet\./).waitFor();
    assert.deepEqual([stale.problems, listening.problems], [[], []]);
    assertNoProblems(page);
    await page.context().close();
  });

  test('a history too large to read back is never written; the person is told (failure 6)', async () => {
    // A write of 2.097 MB used to be quarantined whole on the next load.
    const MAX = 2 * 1024 * 1024;
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 1);
    // A long history, a few bytes short of the most the app reads back.
    await page.evaluate(([k, max]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      const entry = doc.history[0];
      while (JSON.stringify(doc).length < max - 600) doc.history.push({ ...entry, id: `${entry.id}-${doc.history.length}` });
      const last = doc.history.at(-1);
      last.id += 'x'.repeat(max - 40 - JSON.stringify(doc).length);
      localStorage.setItem(k, JSON.stringify(doc));
    }, [DOCUMENT_KEY, MAX]);
    await page.goto(`${suite.server.url}#/quiz`);
    await page.reload();
    const before = await stored(page);
    assert.ok(before.length > MAX - 100 && before.length <= MAX, `${before.length} bytes stored`);
    await page.getByText('Your saved data is nearly full').waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    for (let n = 0; n < 3; n += 1) await answerOne(page);
    await page.getByText('Your saved data has grown too large to save').waitFor();
    await assertAccessible(page, 'the too-large notice');
    const after = await stored(page);
    assert.ok(after.length <= MAX, `never more than the app reads back (${after.length} bytes)`);
    assert.equal(JSON.parse(after).history.length, JSON.parse(before).history.length, 'the history is kept');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await page.getByText('We could not read your saved data').count(), 0, 'it reads back');
    assert.equal(Object.keys(await copies(page)).length, 0, 'nothing was set aside');
    assertNoProblems(page);
    await page.context().close();
  });

  test('near the limit, the oldest results can be deleted to make room, asked first (failure 6)', async () => {
    const MAX = 2 * 1024 * 1024;
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 1);
    // 85% of the room, results a minute apart.
    const count = await page.evaluate(([k, max]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      const entry = doc.history[0];
      doc.history = [];
      while (JSON.stringify(doc).length < max * 0.85) {
        const n = doc.history.length;
        doc.history.push({ ...entry, id: `r-${n}`, completedAt: entry.completedAt - (100_000 - n) * 60_000 });
      }
      localStorage.setItem(k, JSON.stringify(doc));
      return doc.history.length;
    }, [DOCUMENT_KEY, MAX]);
    await page.goto(`${suite.server.url}results.html#/data`);
    await page.getByText('Your saved results take most of the room Forkpoint has in this browser').waitFor();
    await page.getByRole('button', { name: 'Delete the oldest results' }).click();
    const warning = page.getByRole('alert').getByText(/^This deletes your [\d,]+ oldest results, the newest of them from /);
    await warning.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Keep them');
    await assertAccessible(page, 'the offer to delete the oldest results');
    assert.equal(JSON.parse(await stored(page)).history.length, count, 'asking deletes nothing');
    const deleting = Number((await warning.textContent()).match(/[\d,]+/)[0].replace(/,/g, ''));
    await page.getByRole('button', { name: 'Yes, delete them' }).click();
    await page.getByText(`of your ${(count - deleting).toLocaleString('en')} results`).waitFor();
    const after = await stored(page);
    assert.ok(after.length <= MAX * 0.6, `back to 60% of the room (${after.length} bytes)`);
    const doc = JSON.parse(after);
    assert.equal(doc.history.length, count - deleting);
    assert.ok(doc.history.every((r) => r.completedAt > doc.historyTrimmedThrough), 'the oldest went');
    assert.equal(await page.getByText('Your saved results take most of the room').count(), 0, 'the offer is gone');
    await page.waitForFunction(() => document.activeElement?.id === 'history-heading');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a write that fails is tried again, and the person is told when it works (failure 11)', async () => {
    // One refused setItem used to leave the tab unsaved for good.
    const page = await unsavedAnswer(suite, 1);
    await assertAccessible(page, 'the save-failed notice');
    assert.equal(Object.keys(JSON.parse(await stored(page)).quiz?.answers ?? {}).length, 1, 'the second answer is not stored yet');
    // Storage recovers with no new answer: the tab tries again on its own.
    await page.evaluate(() => { window.refuseWrites = false; });
    await page.getByText('Saving works again').waitFor({ timeout: 15_000 });
    assert.equal(await page.getByText('Your latest answers are not saved yet').count(), 0, 'the failure notice is gone');
    assert.equal(Object.keys(JSON.parse(await stored(page)).quiz?.answers ?? {}).length, 2, 'both answers are stored');
    // And the tab goes on saving each answer at once.
    await answerOne(page);
    await page.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).quiz?.answers ?? {}).length === 3, DOCUMENT_KEY);
    await page.reload();
    await page.getByText('Question 4 of', { exact: false }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('a refused write is tried again on a timer, not on every render; a dismissed notice stays dismissed until a new answer fails', async () => {
    const page = await unsavedAnswer(suite);
    const notice = page.getByText('Your latest answers are not saved yet');
    const tries = () => page.evaluate(() => window.refused);
    const before = await tries();
    // Dismissing renders the page again: that alone tries nothing and tells nothing.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.waitForTimeout(500);
    assert.equal(await notice.count(), 0, 'the dismissed notice stays dismissed');
    assert.equal(await tries(), before, 'a render does not try the refused write again');
    // The timer tries again (and fails again) without telling again.
    await page.waitForFunction((n) => window.refused > n, before, { timeout: 10_000 });
    assert.equal(await notice.count(), 0, 'a retry that fails again does not bring the notice back');
    // A new answer that cannot be saved is told.
    await answerOne(page);
    await notice.waitFor();
    // However many changes failed, one timer tries again: about one try every 4 s.
    await answerOne(page);
    await answerOne(page);
    const settled = await tries();
    await page.waitForTimeout(9_000);
    const retries = (await tries()) - settled;
    assert.ok(retries >= 1 && retries <= 3, `${retries} tries in 9 s`);
    assertNoProblems(page);
    await page.context().close();
  });

  test('the write that works again and crosses the nearly-full line says both (one notice never overwrites another)', async () => {
    const NEARLY_FULL = (2 * 1024 * 1024) / 5 * 4;
    const page = await openPage(suite.browser);
    await canRefuseWrites(page);
    await page.goto(`${suite.server.url}#/path`);
    await finishPath(page, 1);
    // Stored: just under the nearly-full line.
    await page.evaluate(([k, target]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      const entry = doc.history[0];
      while (JSON.stringify(doc).length < target - 400) doc.history.push({ ...entry, id: `${entry.id}-${doc.history.length}` });
      const last = doc.history.at(-1);
      last.id += 'x'.repeat(target - JSON.stringify(doc).length);
      localStorage.setItem(k, JSON.stringify(doc));
    }, [DOCUMENT_KEY, NEARLY_FULL - 150]);
    await page.goto(`${suite.server.url}#/quiz`);
    await page.reload();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).quiz?.step?.question === 0, DOCUMENT_KEY);
    assert.ok((await stored(page)).length < NEARLY_FULL, 'under the line before');
    assert.equal(await page.getByText('Your saved data is nearly full').count(), 0, 'not yet');
    await page.evaluate(() => { window.refuseWrites = true; });
    for (let n = 0; n < 10; n += 1) await answerOne(page);
    await page.getByText('Your latest answers are not saved yet').waitFor();
    // Storage works again: the timer's retry saves all ten answers and crosses the line.
    await page.evaluate(() => { window.refuseWrites = false; });
    await page.getByText('Saving works again').waitFor({ timeout: 15_000 });
    await page.getByText('Your saved data is nearly full').waitFor({ timeout: 1_000 });
    assert.ok((await stored(page)).length >= NEARLY_FULL, 'the write crossed the line');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a tab whose write failed keeps its answer when another tab writes, and saves both once it can', async () => {
    // The other tab's write (a lower revision: it never saw this tab's
    // unsaved answers) used to be ignored, and this tab's next write then
    // put its own document over it: the other tab's answer was lost.
    const page = await unsavedAnswer(suite);
    // Another tab (its writes work) answers the path diagnostic.
    const other = await secondTab(page, `${suite.server.url}#/path`);
    await other.getByRole('button', { name: /^Start/ }).click();
    await other.getByRole('radio').first().check();
    await other.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).path?.choices ?? {}).length === 1, DOCUMENT_KEY);
    assert.equal(Object.keys(JSON.parse(await stored(page)).quiz?.answers ?? {}).length, 0, 'our answer is not stored yet');
    // Storage takes this tab's writes again; no new answer comes.
    await page.evaluate(() => { window.refuseWrites = false; });
    await page.waitForFunction(
      (k) => {
        const doc = JSON.parse(localStorage.getItem(k));
        return Object.keys(doc.quiz?.answers ?? {}).length === 1 && Object.keys(doc.path?.choices ?? {}).length === 1;
      },
      DOCUMENT_KEY,
      { timeout: 10_000 },
    );
    assert.deepEqual(other.problems, []);
    assertNoProblems(page);
    await page.context().close();
  });
});
