// The embed modes careers sites expect, in every engine, with the host on
// one 127.0.0.1 origin and the app on another: a popup behind a button
// (open, use, Escape from inside the frame, focus back), the result in the
// call to action's address and a `cta` event, no answer in any message or
// link, frames made only near the screen (fifty on one page), a frame in
// the language the host asked for, and a frame whose storage the browser
// refuses, which greets nobody with a warning.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { readCatalogs } from '../../scripts/words.mjs';
import { ROOT, serveDist } from '../e2e/helpers.mjs';
import { hostSite } from '../e2e/sites.mjs';
import { eachEngine, Key } from './journey.mjs';

const german = (await readCatalogs()).de;

const received = (j, kind) => j.run((k) => window.received.filter((r) => r.kind === k).map((r) => r.detail), kind);
const frames = (j) => j.run(() => document.querySelectorAll('iframe').length);
const embedPageRequests = (app) => app.requests.filter((path) => /^\/embed-(quiz|path)\.html$/.test(path)).length;

/** Every id a person's answer is recorded by: the quiz's items and the path's choices. */
async function answerIds() {
  const read = async (id) => JSON.parse(await readFile(`${ROOT}/content/instruments/${id}.json`, 'utf8'));
  const [quiz, path] = [await read('quiz'), await read('path')];
  return [...quiz.items.map((item) => item.id), ...path.questions.flatMap((q) => q.choices.map((c) => c.id))];
}

/** Fails if any message a frame posted, event the host heard or address it was given holds an answer. */
async function assertNoAnswerLeft(j, addresses) {
  const ids = await answerIds();
  const heard = JSON.stringify({
    posted: await j.run(() => window.posted),
    received: await j.run(() => window.received),
    addresses,
  });
  assert.ok(heard.length > 200, 'the host heard the run');
  for (const id of ids) assert.ok(!heard.includes(id), `"${id}" left the frame`);
}

eachEngine(describe, (engine) => {
  test('popup: a button opens the instrument in a dialog; Escape inside it closes it and focus returns', async () => {
    const app = await serveDist({ probe: true });
    const host = await hostSite(app, null, [{
      'data-forkpoint-id': 'popup',
      'data-forkpoint-instrument': 'path',
      'data-forkpoint-mode': 'popup',
      'data-forkpoint-label': 'Is your path clear? Find out',
      'data-forkpoint-cta-params': 'result',
      'data-forkpoint-cta-mainly-management-url': 'https://careers.example.com/managers?from=careers&utm_source=newsletter&flag&q=a%20b',
      'data-forkpoint-cta-mainly-management-label': 'See our management roles',
    }], { probe: true });
    const j = await engine.journey([app, host.server], { width: 1000, height: 800 });
    try {
      await j.goto(host.server.url);
      const open = await j.find('button', 'Is your path clear? Find out');
      // Lazy: nothing of the instrument is fetched before the button is pressed.
      assert.equal(await frames(j), 0);
      assert.equal(embedPageRequests(app), 0, 'no request for the embed page before the popup opens');
      await j.tabTo('Is your path clear? Find out');
      await j.keys(Key.ENTER);
      const dialog = await j.until(async () => (await j.driver.findElements({ css: 'dialog[open]' }))[0], 'the dialog');
      assert.equal(await j.run((d) => d.contains(document.activeElement), dialog), true, 'focus moved into the dialog');
      // Tab stays in the dialog: the page behind it is inert.
      for (let n = 0; n < 4; n += 1) {
        await j.keys(Key.TAB);
        const inside = await j.run(() => {
          const active = document.activeElement;
          return !active || active === document.body || Boolean(active.closest('dialog[open]'));
        });
        assert.ok(inside, `Tab ${n + 1} left the dialog`);
      }

      const frame = await j.driver.findElement({ css: 'dialog[open] iframe[title="Forkpoint: the path diagnostic"]' });
      await j.driver.switchTo().frame(frame);
      await j.click('button', 'Start the diagnostic');
      await j.answerByKeys(5, () => '1');
      // Clicked: in the popup's frame, which scrolls inside the dialog,
      // Firefox's driver often lost an Enter on this button after Tab had
      // scrolled it into view (the keyboard path is the inline journey's).
      await j.click('button', 'Skip this step');
      await j.find('heading', '88% management / 12% leadership', { level: 1 });
      const cta = await j.find('link', 'See our management roles');
      // The host's own query byte for byte, then the result.
      const href = new URL(await cta.getAttribute('href'));
      assert.equal(
        href.href,
        'https://careers.example.com/managers?from=careers&utm_source=newsletter&flag&q=a%20b&forkpoint_instrument=path&forkpoint_band=mainly-management',
      );
      // Followed by keyboard; the new tab it opens is closed again.
      const tabs = await j.driver.getAllWindowHandles();
      await j.tabTo('See our management roles', 60);
      await j.keys(Key.ENTER);
      await j.driver.switchTo().defaultContent();
      await j.until(async () => (await received(j, 'cta')).length === 1, 'the cta event');
      assert.deepEqual(await received(j, 'cta'), [{ type: 'forkpoint:v1:cta', embedId: 'popup', instrument: 'path', band: 'mainly-management' }]);
      for (const handle of await j.driver.getAllWindowHandles()) {
        if (!tabs.includes(handle)) {
          await j.driver.switchTo().window(handle);
          await j.driver.close();
        }
      }
      await j.driver.switchTo().window(tabs[0]);

      // Escape pressed inside the frame reaches the host's dialog.
      await j.driver.switchTo().frame(await j.driver.findElement({ css: 'dialog[open] iframe' }));
      await j.find('heading', '88% management / 12% leadership', { level: 1 });
      await (await j.find('heading', '88% management / 12% leadership', { level: 1 })).click();
      assert.equal(await j.run(() => document.hasFocus()), true, 'the frame has the keyboard');
      // Down in the frame; up wherever the focus went (Firefox's driver
      // cannot lift a key in a frame its dialog has just hidden).
      await j.driver.actions().keyDown(Key.ESCAPE).perform();
      await j.driver.switchTo().defaultContent();
      await j.driver.actions().keyUp(Key.ESCAPE).perform().catch(() => {});
      await j.until(async () => (await j.driver.findElements({ css: 'dialog[open]' })).length === 0, 'the dialog to close');
      assert.ok((await j.run(() => window.posted)).some((m) => m.type === 'forkpoint:v1:close'), 'the frame passed Escape on');
      assert.equal(await j.run((b) => document.activeElement === b, open), true, 'focus is back on the button');

      // Opened again: the same run, at its result; the close button ends it too.
      await j.keys(Key.ENTER);
      await j.find('button', 'Close');
      await j.keys(Key.ENTER);
      await j.until(async () => (await j.driver.findElements({ css: 'dialog[open]' })).length === 0, 'the dialog to close');
      assert.equal(await j.run((b) => document.activeElement === b, open), true, 'focus is back on the button');
      assert.equal(embedPageRequests(app), 1, 'one frame, made once');

      await assertNoAnswerLeft(j, [href.href]);
      await j.assertNoProblems();
    } finally {
      await j.close();
      await host.close();
      await app.close();
    }
  });

  test('fifty embeds on one long page load as they come near, one in the language its host asked for', async () => {
    const app = await serveDist({ probe: true });
    const embeds = Array.from({ length: 50 }, (_, n) => ({
      'data-forkpoint-id': `e${n + 1}`,
      'data-forkpoint-instrument': n % 2 ? 'path' : 'quiz',
      ...(n === 0 ? { 'data-forkpoint-lang': 'de' } : {}),
    }));
    const host = await hostSite(app, null, embeds, { probe: true });
    const j = await engine.journey([app, host.server], { width: 1000, height: 800 });
    try {
      await j.goto(host.server.url);
      await j.until(async () => (await received(j, 'ready')).length >= 2, 'the first frames');
      await j.run(() => new Promise((done) => setTimeout(done, 500)));
      const first = await frames(j);
      assert.ok(first >= 2 && first <= 6, `only the frames near the screen are made (${first})`);
      assert.equal(embedPageRequests(app), first, 'no request for a frame far below');

      // The host asked for German in the first one: the frame and its title.
      const framed = await j.driver.findElement({ css: '[data-forkpoint-id="e1"] iframe' });
      assert.equal(await framed.getAttribute('title'), german.loader.frame_title.quiz);
      await j.driver.switchTo().frame(framed);
      await j.find('button', german.quiz.screen.start);
      assert.equal(await j.run(() => document.documentElement.lang), 'de');
      await j.driver.switchTo().defaultContent();

      // Read down the page: every frame comes, and says it is ready.
      for (let y = 0; ; y += 800) {
        const bottom = await j.run((top) => {
          window.scrollTo(0, top);
          return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
        }, y);
        await j.run(() => new Promise((done) => setTimeout(done, 150)));
        if (bottom) break;
      }
      await j.until(async () => (await received(j, 'ready')).length === 50, 'all fifty ready events', 90_000);
      assert.equal(await frames(j), 50);
      assert.equal(embedPageRequests(app), 50, 'each frame fetched once');
      await j.assertNoProblems();
    } finally {
      await j.close();
      await host.close();
      await app.close();
    }
  });

  test('a frame whose storage the browser refuses greets nobody with a warning and offers the answers beside the result', { skip: engine.name === 'webkit' && 'WebKitGTK has no switch that refuses storage to a page' }, async () => {
    const app = await serveDist({ probe: true });
    const host = await hostSite(app, null, [{ 'data-forkpoint-id': 'blocked', 'data-forkpoint-instrument': 'path', 'data-forkpoint-lazy': 'false' }], { probe: true });
    const j = await engine.journey([app, host.server], { width: 1000, height: 900, blockStorage: true });
    try {
      await j.goto(host.server.url);
      const frame = await j.until(async () => (await j.driver.findElements({ css: 'iframe' }))[0], 'the frame');
      await j.driver.switchTo().frame(frame);
      assert.equal(await j.run(() => { try { localStorage.length; return 'allowed'; } catch { return 'refused'; } }), 'refused');
      await j.find('button', 'Start the diagnostic');
      const warned = () => j.run(() => document.body.innerText.includes('kept in this tab only') || document.querySelectorAll('.notice').length > 0);
      assert.equal(await warned(), false, 'no warning on arrival');
      await j.click('button', 'Start the diagnostic');
      await j.answerByKeys(5, () => '1');
      await j.tabTo('Skip this step', 60);
      await j.keys(Key.ENTER);
      await j.find('heading', '88% management / 12% leadership', { level: 1 });
      await j.waitForText('This frame cannot keep your answers once you leave the page.');
      await j.find('button', 'Download my answers');
      assert.equal(await warned(), false, 'no warning beside the result either');
      await j.driver.switchTo().defaultContent();
      await j.assertNoProblems();
    } finally {
      await j.close();
      await host.close();
      await app.close();
    }
  });
});
