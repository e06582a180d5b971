// "Your results" in every engine: two results in the history, compared;
// exported to a real file, everything cleared, the file imported back; and a
// share link opened in a fresh browser, read-only. Focus never drops to
// <body> on the way, and every change is announced.
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { serveDist } from '../e2e/helpers.mjs';
import { eachEngine, Key } from './journey.mjs';

/** The path diagnostic from its intro to a result, choosing choice `digit` on each question. */
async function takePath(j, digit) {
  await j.click('button', /^(Start the diagnostic|Continue where I left off)$/);
  await j.answerByKeys(5, () => digit);
  await j.click('button', 'Skip this step');
  return (await j.find('heading', /% management \//, { level: 1 })).getText();
}

async function exportedFile(j, before) {
  return j.until(async () => {
    const names = (await readdir(j.engine.downloads)).filter((n) => /^forkpoint-\d{4}-\d\d-\d\d.*\.json$/.test(n) && !before.includes(n));
    if (names.length !== 1) return null;
    const text = await readFile(join(j.engine.downloads, names[0]), 'utf8').catch(() => '');
    try {
      return { path: join(j.engine.downloads, names[0]), json: JSON.parse(text) };
    } catch {
      return null; // still being written
    }
  }, 'the exported file');
}

const focusedName = async (j) => (await j.focused()).name;

eachEngine(describe, (engine) => {
  test('history, comparison, export, clear and import', () =>
    engine.withApp(async (j, server) => {
      await j.goto(`${server.url}#/path`);
      const first = await takePath(j, '1');
      await j.click('button', 'Start again');
      const second = await takePath(j, '2');
      assert.notEqual(first, second);

      await j.click('link', 'Your results');
      await j.find('heading', 'Your results and data', { level: 1 });
      await j.waitForTitle('Your results and data · Forkpoint');
      const boxes = await j.all('checkbox');
      assert.equal(boxes.length, 2);
      await boxes[0].click();
      await j.waitForText('One result chosen: tick another of the same instrument to compare.');
      await boxes[1].click();
      await j.find('heading', 'What moved', { level: 3 });
      const status = await j.run(() => document.querySelector('.compare-status').textContent);
      assert.match(status, /^Comparing Path diagnostic, .+ with Path diagnostic, .+: what moved is shown below\.$/);

      const before = await readdir(engine.downloads);
      await j.click('button', 'Export my data');
      const exported = await exportedFile(j, before);
      assert.equal(exported.json.history.length, 2, 'the file holds both results');

      await j.click('button', 'Clear my data');
      await j.until(async () => (await focusedName(j)) === 'Keep my data', 'focus on "Keep my data"');
      await j.keys(Key.ENTER);
      await j.until(async () => (await focusedName(j)) === 'Clear my data', 'focus back on "Clear my data"');
      await j.keys(Key.ENTER);
      await j.click('button', 'Yes, clear everything');
      await j.until(async () => /^Your data was cleared/.test((await j.focused()).text), 'focus on the cleared notice');
      await j.waitForText('No results yet.');

      const file = await j.until(async () => (await j.driver.findElements({ css: '#import-file' }))[0], 'the file field');
      await file.sendKeys(exported.path);
      await j.until(async () => (await j.focused()).id === 'import-preview', 'focus on the import preview');
      await j.waitForText('This file holds 2 results: Path diagnostic (2).');
      await j.click('button', 'Replace my data with this file');
      await j.until(async () => /^Your data was imported/.test((await j.focused()).text), 'focus on the imported notice');
      assert.equal((await j.all('checkbox')).length, 2, 'both results are back');
      await rm(exported.path);
      await j.assertNoProblems();
    }));

  test('the team view: two share links side by side, by keyboard', () =>
    engine.withApp(async (j, server) => {
      await j.goto(`${server.url}#/path`);
      const links = [];
      for (const digit of ['1', '4']) {
        await takePath(j, digit);
        links.push(await (await j.find('textbox', 'Link to this result')).getAttribute('value'));
        await j.click('button', 'Start again');
      }
      await j.goto(`${server.url}team.html`);
      await j.find('heading', "Your team's readings side by side", { level: 1 });
      const area = await j.find('textbox', 'Share links, one person per line');
      await area.sendKeys(`Ana ${links[0]}`, Key.ENTER, `Bo ${links[1]}`, Key.ENTER, 'Cy has no link');
      await j.tabTo('Show the team');
      await j.keys(Key.ENTER);
      // The summary takes the focus; the readings follow it.
      await j.until(async () => (await j.focused()).id === 'team-summary', 'focus on the summary');
      assert.equal((await j.focused()).text, '2 people shown. 1 line left out.');
      const rows = await j.run(() => [...document.querySelectorAll('section[aria-labelledby="readings-heading"] tbody th')].map((th) => th.textContent));
      assert.deepEqual(rows, ['Ana', 'Bo']);
      assert.equal(await j.run(() => [...document.querySelectorAll('.team-question')].filter((q) => q.textContent.includes('The team splits here.')).length), 5);
      await j.waitForText('Line 3 has no share link in it.');
      await j.assertNoProblems();
    }));

  test('a share link opens read-only in a fresh browser', async () => {
    const server = await serveDist({ probe: true });
    try {
      const owner = await engine.journey([server]);
      let link;
      try {
        await owner.goto(`${server.url}#/path`);
        const reading = await takePath(owner, '1');
        link = await (await owner.find('textbox', 'Link to this result')).getAttribute('value');
        assert.match(link, /\/results\.html#\/share\//);
        assert.match(reading, /88% management/);
        await owner.assertNoProblems();
      } finally {
        await owner.close();
      }
      const friend = await engine.journey([server]);
      try {
        await friend.goto(link);
        await friend.find('heading', '88% management / 12% leadership', { level: 1 });
        // The first thing met is the read-only banner, and the result is labelled as someone else's.
        const focused = await friend.until(async () => {
          const f = await friend.focused();
          return f.text.startsWith('This is a shared result') && f;
        }, 'focus on the shared-result banner');
        assert.match(focused.text, /Take it yourself/);
        assert.equal(await friend.run(() => document.querySelector('.eyebrow').textContent), 'A shared path diagnostic');
        await friend.waitForTitle('Shared reading: 88% management / 12% leadership · Is the path clear? · Forkpoint');
        assert.equal(await friend.run(() => localStorage.getItem('forkpoint:document')), null, 'nothing is stored');
        await friend.assertNoProblems();
      } finally {
        await friend.close();
      }
    } finally {
      await server.close();
    }
  });
});
