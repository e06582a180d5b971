// The home's first screen, which the build writes into index.html
// (src/first_screen.rs), in every engine: shown, with its links, while the
// wasm cannot be had, and replaced by the app's own, the same screen, once
// it starts. The Chromium end-to-end test (tests/e2e/first-screen.test.mjs)
// checks the rest: axe, the skip link, other languages and routes, focus.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bothScreens, WASM, WRITTEN } from '../e2e/first-screen.mjs';
import { eachEngine } from './journey.mjs';

const written = WRITTEN;

eachEngine(describe, (engine) => {
  test('the written first screen shows while the wasm cannot be had', () =>
    engine.withApp(async (j, server) => {
      assert.ok(written, 'index.html carries no first screen');
      server.answers.set(WASM, 503);
      await j.goto(server.url);
      await j.find('heading', 'Keep doing the work, or make sure it gets done?', { level: 1 });
      for (const name of ['Start the Fork quiz', 'Start the path diagnostic', 'Start the stage readiness']) await j.find('link', name);
      const shown = await j.run(() => {
        const main = document.querySelector('#first-screen main');
        return main.checkVisibility() && main.getBoundingClientRect().height > 0;
      });
      assert.equal(shown, true, `${j.label} does not lay the written screen out`);
    }));

  test('the app replaces it with the same screen', () =>
    engine.withApp(async (j, server) => {
      await j.goto(server.url);
      await j.until(() => j.run(() => !document.getElementById('first-screen') && document.querySelector('main h1')), 'the app\'s own screen');
      const { app, build } = await j.run(bothScreens, written);
      assert.equal(app, build, `${j.label}: the app's first screen differs from the one the build wrote`);
      assert.equal(await j.run(() => document.querySelectorAll('main').length), 1);
      await j.click('link', 'Start the Fork quiz');
      await j.find('button', 'Start the quiz');
      await j.assertNoProblems();
    }));
});
