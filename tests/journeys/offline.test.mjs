// Offline and updates in every engine: after one visit the app works with
// the network gone; each page falls back to its own copy (offline, on a
// server error, on a broken deploy), never to the home page; a redeploy with
// a tab open is offered with a notice that reloads into the new version; and
// a first visit never shows that notice (WebKit once did, in about one fresh
// profile in five).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { changedBuild } from '../e2e/deploy.mjs';
import { DIST, serveDist } from '../e2e/helpers.mjs';
import { eachEngine } from './journey.mjs';

/** What the browser reports while the server is unreachable: the worker's update checks. */
const NETWORK_GONE = /ERR_CONNECTION|ERR_EMPTY_RESPONSE|Failed to fetch|NetworkError|Load failed|network connection was lost|could not connect|update/i;

/** What the worker caches on install: its lists file's `core`, and the lists file itself (sw.js names it). */
async function installList() {
  const source = await readFile(join(DIST, 'sw.js'), 'utf8');
  const lists = source.match(/lists:"(worker-lists-[0-9a-f]+\.json)"/)[1];
  return [...JSON.parse(await readFile(join(DIST, lists), 'utf8')).core, lists];
}

/** Waits until the service worker controls the page and has cached the whole install (or `files`). */
async function savedForOffline(j, files) {
  const expected = files ?? (await installList());
  await j.until(
    () =>
      j.run(async (files) => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (registration?.active?.state !== 'activated' || !navigator.serviceWorker.controller) return false;
        const listed = [];
        for (const name of await caches.keys()) {
          listed.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
        }
        return files.every((file) => listed.includes(new URL(file, location.href).href));
      }, expected),
    'the service worker to cache the app',
    30_000,
  );
}

const noticeShown = (j) => j.run(() => Boolean(document.getElementById('forkpoint-update')));

/** Fresh first visits, each in a new empty browser, that must never offer an update. */
const FIRST_VISITS = { webkit: 20, firefox: 5, chromium: 5 };

eachEngine(describe, (engine) => {
  test('after one visit, the diagnostic works to a result with the network gone', () =>
    engine.withApp(async (j, server) => {
      await j.goto(server.url);
      await j.find('link', 'Start the path diagnostic');
      await savedForOffline(j);
      server.offline = true;

      // Opened again, as from a bookmark (a WebDriver refresh may bypass the worker).
      await j.goto(server.url);
      await j.click('link', 'Start the path diagnostic');
      await j.click('button', 'Start the diagnostic');
      await j.answerByKeys(5, () => '1');
      await j.click('button', 'Skip this step');
      await j.find('heading', '88% management / 12% leadership', { level: 1 });
      // The results page is saved on a later visit; until then it says so, without errors.
      await j.click('link', 'Your results');
      await j.find('heading', 'Not saved for offline use yet', { level: 1 });
      await j.click('link', 'Back to Forkpoint');
      await j.find('link', 'Start the path diagnostic');
      await j.assertNoProblems(NETWORK_GONE);
    }));

  test('offline and on a server error each page falls back to its own copy, never to the home page', () =>
    engine.withApp(async (j, server) => {
      await j.goto(server.url);
      await j.find('link', 'Start the path diagnostic');
      await savedForOffline(j);
      // A later visit keeps the results page too.
      await j.goto(server.url);
      await j.find('link', 'Start the path diagnostic');
      await savedForOffline(j, ['results.html']);

      for (const path of ['/', '/results.html']) server.answers.set(path, 500);
      await j.goto(server.url);
      await j.find('link', 'Start the path diagnostic');
      await j.goto(`${server.url}results.html#/data`);
      await j.find('heading', 'Your results and data', { level: 1 });

      server.answers.clear();
      server.offline = true;
      await j.goto(`${server.url}results.html#/data`);
      await j.find('heading', 'Your results and data', { level: 1 });
      for (const path of ['embedding.html', 'embed-quiz.html', 'no-such-page.html']) {
        // A network error: some drivers report it, others show the engine's own error page.
        await j.goto(`${server.url}${path}`).catch(() => {});
        const home = await j.run(() => document.documentElement.getAttribute('data-sw') === 'install').catch(() => false);
        assert.equal(home, false, `${j.label}: offline, ${path} got the home page`);
      }
      await j.assertNoProblems(NETWORK_GONE);
    }));

  test('a deploy missing its wasm: the last good build keeps serving', async () => {
    const server = await serveDist({ probe: true });
    const broken = await changedBuild(DIST, { withoutWasm: true });
    const j = await engine.journey([server]);
    try {
      await j.goto(server.url);
      await j.find('link', 'Start the Fork quiz');
      await savedForOffline(j);

      await server.deploy(broken.dir);
      await j.goto(server.url);
      await j.find('link', 'Start the Fork quiz');
      assert.ok(await j.run((css) => Boolean(document.querySelector(`link[href*="${css}"]`)), broken.oldCss), 'the last good build');
      // Its worker tried the broken build, and the old one still serves it.
      await j.until(() => server.requests.includes(`/${broken.missing}`), 'the broken build to be tried', 30_000);
      await j.until(
        () => j.run(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return !registration.installing && !registration.waiting;
        }),
        'the broken build to be given up',
      );
      await j.goto(server.url);
      await j.find('link', 'Start the Fork quiz');
      assert.equal(await noticeShown(j), false, 'no update is offered');
      // The broken build's worker fails its install on the missing file, as
      // it must (Chromium reports that as an error of the worker's).
      await j.assertNoProblems(new RegExp(`${broken.missing}: 404`));
    } finally {
      await j.close();
      await server.close();
      await broken.remove();
    }
  });

  test('a redeploy is offered with a notice, and Reload brings the new version', async () => {
    const server = await serveDist({ probe: true });
    const next = await changedBuild(DIST);
    const j = await engine.journey([server]);
    try {
      await j.goto(server.url);
      await j.click('link', 'Start the Fork quiz');
      await j.click('button', 'Start the quiz');
      await savedForOffline(j);
      assert.equal(await noticeShown(j), false, 'no notice before a deploy');

      await server.deploy(next.dir);
      // The person comes back to the tab: the page checks for a new version.
      await j.run(() => document.dispatchEvent(new Event('visibilitychange')));
      // A status message (its words are announced; a status has no name of its own).
      const notice = await j.until(async () => (await j.driver.findElements({ css: '#forkpoint-update[role=status]' }))[0], 'the update notice', 30_000);
      assert.match(await notice.getText(), /A new version of Forkpoint is ready\.\s*Reload/);
      assert.ok(await j.run((css) => Boolean(document.querySelector(`link[href*="${css}"]`)), next.oldCss), 'the open tab still runs the old version');
      await (await notice.findElement({ css: 'button' })).click();
      await j.until(
        () => j.run((css) => Boolean(document.querySelector(`link[href*="${css}"]`)), next.newCss),
        'the new version after Reload',
        30_000,
      );
      await j.find('heading', 'Maker or Multiplier?', { level: 1 });
      assert.equal(await noticeShown(j), false, 'no notice once the new version runs');
      await j.assertNoProblems();
    } finally {
      await j.close();
      await server.close();
      await next.remove();
    }
  });

  test('fresh first visits never show the update notice', async () => {
    const server = await serveDist({ probe: true });
    try {
      for (let visit = 1; visit <= FIRST_VISITS[engine.name]; visit += 1) {
        const j = await engine.journey([server]);
        try {
          await j.goto(server.url);
          await j.find('link', 'Start the Fork quiz');
          await savedForOffline(j);
          // Give a late state change a moment to show a notice, if it would.
          await new Promise((ok) => setTimeout(ok, 500));
          assert.equal(await noticeShown(j), false, `${engine.label}: an update notice on first visit ${visit}`);
          await j.assertNoProblems();
        } finally {
          await j.close();
        }
      }
    } finally {
      await server.close();
    }
  });
});
