// The embed on a careers site, in every engine: the host page on one
// 127.0.0.1 origin with the documented snippet, the app on another. The
// frame grows to its content with no scrollbar inside, and the host receives
// `ready`, `started`, `step` and `complete` (Firefox once received nothing:
// the frame refused to post when the browser hid the host's origin), and the
// call to action the host gave shows once the loader has answered the frame;
// the balance check and the stage readiness the same way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { serveDist } from '../e2e/helpers.mjs';
import { hostSite } from '../e2e/sites.mjs';
import { eachEngine, Key } from './journey.mjs';

const received = (j, kind) => j.run((k) => window.received.filter((r) => r.kind === k).map((r) => r.detail), kind);

/** The frame's height on the host, and its content's height inside it. */
async function sizes(j, frame) {
  const outer = await j.run((f) => f.getBoundingClientRect().height, frame);
  await j.driver.switchTo().frame(frame);
  const inner = await j.run(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scroll: document.documentElement.scrollHeight,
    client: document.documentElement.clientHeight,
  }));
  await j.driver.switchTo().defaultContent();
  return { outer, ...inner };
}

eachEngine(describe, (engine) => {
  test('an embed on another origin grows to its content and tells the host', async () => {
    const app = await serveDist({ probe: true });
    const host = await hostSite(app, null, [{
      'data-forkpoint-id': 'career-path',
      'data-forkpoint-instrument': 'path',
      'data-forkpoint-cta-mainly-management-url': 'https://careers.example.com/managers',
      'data-forkpoint-cta-mainly-management-label': 'See our management roles',
    }], { probe: true });
    const j = await engine.journey([app, host.server], { width: 1000, height: 800 });
    try {
      await j.goto(host.server.url);
      const frame = await j.find('heading', 'Careers at Example').then(() =>
        j.until(async () => (await j.driver.findElements({ css: 'iframe[title="Forkpoint: the path diagnostic"]' }))[0], 'the frame'),
      );
      await j.until(async () => (await received(j, 'ready')).length === 1, 'the ready event');
      assert.deepEqual(await received(j, 'ready'), [{ type: 'forkpoint:v1:ready', embedId: 'career-path', instrument: 'path' }]);

      await j.driver.switchTo().frame(frame);
      await j.click('button', 'Start the diagnostic');
      await j.answerByKeys(5, () => '1');
      // By keyboard: WebKit scrolls no page around a frame from another site,
      // so a button below the fold cannot be clicked by a driver there.
      await j.tabTo('Skip this step', 60);
      await j.keys(Key.ENTER);
      await j.find('heading', '88% management / 12% leadership', { level: 1 });
      const cta = await j.find('link', 'See our management roles');
      assert.equal(await cta.getAttribute('href'), 'https://careers.example.com/managers');
      await j.driver.switchTo().defaultContent();

      await j.until(async () => (await received(j, 'complete')).length === 1, 'the complete event');
      const [complete] = await received(j, 'complete');
      assert.deepEqual(complete.result, { band: 'mainly-management', title: '88% management / 12% leadership', score: 88 });
      assert.equal((await received(j, 'started')).length, 1);
      const steps = await received(j, 'step');
      assert.ok(steps.length >= 7, `a step event for each screen (${steps.length})`);
      assert.equal(steps.at(-1).screen, 'result');

      // The frame follows its content: taller than its 420 px minimum, and no scrollbar inside.
      const size = await j.until(async () => {
        const s = await sizes(j, frame);
        return s.outer > 600 && Math.abs(s.outer - s.content) <= 1 && s;
      }, 'the frame to fit the result');
      assert.ok(size.scroll <= size.client + 1, `no inner scrollbar (${size.scroll} > ${size.client})`);
      assert.ok((await received(j, 'height')).length < 40, 'no resize loop');
      await j.assertNoProblems();
    } finally {
      await j.close();
      await host.close();
      await app.close();
    }
  });

  // The two instruments whose answers are positions, by their worked
  // examples (docs/instruments.md), embedded the same way.
  const RUNS = [
    { id: 'balance', title: 'Forkpoint: the balance check', start: 'Start the balance check', answers: '524241413152342414242525', heading: 'Over-managing', band: 'over-managing', score: 77 },
    { id: 'stage', title: 'Forkpoint: the stage readiness', start: 'Start the stage check', answers: '2424423542425444342211', heading: 'Growing into the stage', band: 'growing', score: 68 },
  ];
  for (const run of RUNS) {
    test(`the ${run.id} embed on another origin: by keyboard to a result, the host told its band and score`, async () => {
      const app = await serveDist({ probe: true });
      const host = await hostSite(app, null, [{
        'data-forkpoint-id': `${run.id}-embed`,
        'data-forkpoint-instrument': run.id,
        [`data-forkpoint-cta-${run.band}-url`]: 'https://careers.example.com/grow',
        [`data-forkpoint-cta-${run.band}-label`]: 'Talk to us about it',
      }], { probe: true });
      const j = await engine.journey([app, host.server], { width: 1000, height: 800 });
      try {
        await j.goto(host.server.url);
        await j.find('heading', 'Careers at Example');
        const frame = await j.until(async () => (await j.driver.findElements({ css: `iframe[title="${run.title}"]` }))[0], 'the frame');
        await j.until(async () => (await received(j, 'ready')).length === 1, 'the ready event');
        await j.driver.switchTo().frame(frame);
        await j.click('button', run.start);
        await j.answerByKeys(run.answers.length, (n) => run.answers[n - 1]);
        await j.find('heading', 'Review your answers', { level: 1 });
        await j.tabTo('See my result', 60);
        await j.keys(Key.ENTER);
        await j.find('heading', run.heading, { level: 1 });
        const cta = await j.find('link', 'Talk to us about it');
        assert.equal(await cta.getAttribute('href'), 'https://careers.example.com/grow');
        await j.driver.switchTo().defaultContent();
        await j.until(async () => (await received(j, 'complete')).length === 1, 'the complete event');
        const [complete] = await received(j, 'complete');
        assert.deepEqual(complete, { type: 'forkpoint:v1:complete', embedId: `${run.id}-embed`, instrument: run.id, result: { band: run.band, title: run.heading, score: run.score } });
        assert.equal((await received(j, 'started')).length, 1);
        assert.equal((await received(j, 'step')).at(-1).screen, 'result');
        // The frame follows its content, with no scrollbar inside.
        const size = await j.until(async () => {
          const s = await sizes(j, frame);
          return s.outer > 600 && Math.abs(s.outer - s.content) <= 1 && s;
        }, 'the frame to fit the result');
        assert.ok(size.scroll <= size.client + 1, `no inner scrollbar (${size.scroll} > ${size.client})`);
        await j.assertNoProblems();
      } finally {
        await j.close();
        await host.close();
        await app.close();
      }
    });
  }
});
