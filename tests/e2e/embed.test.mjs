// Embedding, with the host page on one 127.0.0.1 origin, the app on another
// and a forger on a third: the quiz completed inside the frame, the frame's
// height following its content, the host's events, a forged message
// ignored, two embeds side by side, calls to action per band, axe in embed
// mode, and hostile values through every attribute and address parameter.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ALEX, answerByKeyboard, finishPath, finishQuiz, SAM } from './flows.mjs';
import { assertAccessible, assertNoProblems, DIST, launchBrowser, openPage, ROOT, serveDist } from './helpers.mjs';
import { startServer } from './server.mjs';
import { forgerSite, hostSite } from './sites.mjs';

const HOSTILE = [
  'red;background:url(http://127.0.0.1:9/x)',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
];

const received = (page, id, kind) =>
  page.evaluate(([i, k]) => window.received.filter((r) => r.id === i && (!k || r.kind === k)), [id, kind]);

describe('embedding on another site', { timeout: 120_000 }, () => {
  let browser;
  let app;
  before(async () => {
    browser = await launchBrowser();
    app = await serveDist();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  test('two embeds on a careers site: quiz to a result, events, height, call to action, forgeries ignored', async () => {
    const forger = await forgerSite();
    const host = await hostSite(app, forger, [
      {
        'data-forkpoint-id': 'quiz-embed',
        'data-forkpoint-instrument': 'quiz',
        'data-forkpoint-theme': 'light',
        'data-forkpoint-accent': '#0b5fff',
        'data-forkpoint-cta-strong-multiplier-url': 'https://careers.example.com/managers',
        'data-forkpoint-cta-strong-multiplier-label': 'See our management roles',
        'data-forkpoint-cta-strong-maker-url': 'https://careers.example.com/staff',
      },
      { 'data-forkpoint-id': 'path-embed', 'data-forkpoint-instrument': 'path', 'data-forkpoint-min-height': '300' },
    ]);
    const page = await openPage(browser, { width: 1000, height: 800 });
    try {
      await page.goto(host.server.url);
      const quiz = page.frameLocator('iframe[title="Forkpoint: the Fork quiz"]');
      const path = page.frameLocator('iframe[title="Forkpoint: the path diagnostic"]');
      await page.waitForFunction(() => window.received.filter((r) => r.kind === 'ready').length === 2);
      const [readyQuiz] = await received(page, 'quiz-embed', 'ready');
      assert.deepEqual(readyQuiz.detail, { type: 'forkpoint:v1:ready', embedId: 'quiz-embed', instrument: 'quiz' });

      // No site chrome in embed mode, and no focus taken from the host on load.
      assert.equal(await quiz.locator('.site-header, .site-footer').count(), 0);
      await quiz.getByRole('heading', { level: 1 }).waitFor();
      assert.deepEqual(await page.evaluate(() => [document.activeElement.tagName, scrollY]), ['BODY', 0]);
      await quiz.getByRole('button', { name: 'Start the quiz' }).click();
      await quiz.locator('input[type=radio]:focus').waitFor();
      await finishQuiz(quiz);
      await quiz.getByRole('heading', { level: 1, name: 'Strong Multiplier' }).waitFor();

      await page.waitForFunction(() => window.received.some((r) => r.kind === 'complete' && r.id === 'quiz-embed'));
      assert.equal((await received(page, 'quiz-embed', 'started')).length, 1);
      const steps = await received(page, 'quiz-embed', 'step');
      assert.ok(steps.length >= 27, `a step event for each screen (${steps.length})`);
      assert.deepEqual(
        { ...steps.at(-1).detail },
        { type: 'forkpoint:v1:step', embedId: 'quiz-embed', instrument: 'quiz', screen: 'result', step: steps.at(-1).detail.total, total: steps.at(-1).detail.total },
      );
      const [complete] = await received(page, 'quiz-embed', 'complete');
      assert.deepEqual(complete.detail.result, { band: 'strong-multiplier', title: 'Strong Multiplier', score: 100, confidence: 'High' });

      // The call to action for this band, and not the other one.
      const cta = quiz.getByRole('link', { name: 'See our management roles' });
      assert.equal(await cta.getAttribute('href'), 'https://careers.example.com/managers');
      assert.equal(await cta.getAttribute('target'), '_blank');
      assert.equal(await quiz.getByRole('link', { name: 'Take the next step' }).count(), 0);
      // Opened with the middle button (a new tab), it is told as followed;
      // the right button (a menu) tells nothing.
      await cta.click({ button: 'right' });
      const newTab = page.context().waitForEvent('page');
      await cta.click({ button: 'middle' });
      await (await newTab).close();
      await page.waitForFunction(() => window.received.some((r) => r.kind === 'cta' && r.id === 'quiz-embed'));
      assert.deepEqual(
        (await received(page, 'quiz-embed', 'cta')).map((r) => ({ ...r.detail })),
        [{ type: 'forkpoint:v1:cta', embedId: 'quiz-embed', instrument: 'quiz', band: 'strong-multiplier' }],
      );

      // The frame follows its content, with no scrollbar inside.
      const frameHandle = await page.locator('iframe[title="Forkpoint: the Fork quiz"]').elementHandle();
      const frame = await frameHandle.contentFrame();
      const fits = async () => {
        const outer = await frameHandle.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => ({
          content: Math.ceil(document.body.getBoundingClientRect().height),
          scroll: document.documentElement.scrollHeight,
          client: document.documentElement.clientHeight,
        }));
        return { outer, ...inner };
      };
      await page.waitForFunction((f) => f.getBoundingClientRect().height > 1500, frameHandle);
      let size = await fits();
      assert.ok(size.outer > 1500, `the long result makes the frame tall (${size.outer})`);
      assert.ok(Math.abs(size.outer - size.content) <= 1, `frame ${size.outer} vs content ${size.content}`);
      assert.ok(size.scroll <= size.client + 1, 'no inner scrollbar');
      await quiz.getByRole('button', { name: 'Retake the quiz' }).click();
      await quiz.getByRole('button', { name: 'Start the quiz' }).waitFor();
      await page.waitForFunction((f) => f.getBoundingClientRect().height < 1500, frameHandle);
      size = await fits();
      assert.ok(Math.abs(size.outer - Math.max(420, size.content)) <= 1, `the frame shrinks back (${size.outer} vs ${size.content})`);
      const heights = await received(page, 'quiz-embed', 'height');
      assert.ok(heights.length < 40, `no resize loop (${heights.length} height events)`);

      // The other embed was untouched, and works on its own.
      assert.deepEqual(await received(page, 'path-embed', 'started'), []);
      await finishPath(path, 0);
      await page.waitForFunction(() => window.received.some((r) => r.kind === 'complete' && r.id === 'path-embed'));
      const [pathComplete] = await received(page, 'path-embed', 'complete');
      assert.deepEqual(pathComplete.detail.result, { band: 'mainly-management', title: '88% management / 12% leadership', score: 88 });
      await quiz.getByRole('button', { name: 'Start the quiz' }).waitFor();
      const keys = await frame.evaluate(() => Object.keys(localStorage).sort());
      assert.deepEqual(keys, ['forkpoint:embed:path-embed', 'forkpoint:embed:quiz-embed'], 'each embed keeps its own answers');

      // Nothing the forger sent got through.
      const all = await page.evaluate(() => window.received);
      assert.equal(all.filter((r) => r.detail?.result?.band === 'forged').length, 0, 'forged results are ignored');
      assert.equal(all.filter((r) => r.detail?.height === 9999).length, 0, 'forged heights are ignored');
      assertNoProblems(page);
    } finally {
      await page.context().close();
      await host.close();
      await forger.close();
    }
  });

  test('a build configured for one host may be framed there and nowhere else', async () => {
    // finish-build writes the hosting snippet beside the build: inside the
    // temporary folder, not next to whatever else sits in the system's.
    const dir = join(await mkdtemp(join(tmpdir(), 'forkpoint-configured-')), 'dist');
    await cp(DIST, dir, { recursive: true });
    const configured = await startServer(dir);
    const allowed = await hostSite(configured, null, [{ 'data-forkpoint-id': 'allowed' }]);
    const refused = await hostSite(configured, null, [{ 'data-forkpoint-id': 'refused' }]);
    try {
      execFileSync('node', ['scripts/finish-build.mjs', dir], {
        cwd: ROOT,
        stdio: 'ignore',
        env: { ...process.env, FORKPOINT_FRAME_ANCESTORS: allowed.server.url.replace(/\/$/, '') },
      });
      await configured.deploy(dir);
      const csp = (await fetch(`${configured.url}embed-quiz.html`)).headers.get('content-security-policy');
      assert.match(csp, new RegExp(`frame-ancestors ${allowed.server.url.replace(/\/$/, '')}(;|$)`));

      const ok = await openPage(browser);
      await ok.goto(allowed.server.url);
      await ok.waitForFunction(() => window.received.some((r) => r.kind === 'ready'));
      assertNoProblems(ok);
      await ok.context().close();

      const blocked = await openPage(browser);
      await blocked.goto(refused.server.url);
      await blocked.waitForFunction(() => document.querySelector('iframe'));
      await blocked.waitForTimeout(1500);
      assert.deepEqual(await blocked.evaluate(() => window.received), [], 'the frame never loads on another site');
      assert.ok(blocked.problems.some((p) => /frame-ancestors|Refused to frame/i.test(p)), blocked.problems.join('\n'));
      await blocked.context().close();
    } finally {
      await allowed.close();
      await refused.close();
      await configured.close();
      await rm(dirname(dir), { recursive: true, force: true });
    }
  });

  test('a frame told the wrong host origin stays silent and says why', async () => {
    const host = await hostSite(app, null, []);
    const page = await openPage(browser);
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    try {
      await page.goto(host.server.url);
      await page.evaluate((src) => {
        window.raw = [];
        addEventListener('message', (event) => window.raw.push(event.data));
        const frame = document.createElement('iframe');
        frame.title = 'Misdirected embed';
        frame.src = src;
        document.body.append(frame);
      }, `${app.url}embed-quiz.html?id=lost&origin=${encodeURIComponent('http://127.0.0.1:1')}`);
      await page.frameLocator('iframe[title="Misdirected embed"]').getByRole('button', { name: 'Start the quiz' }).waitFor();
      await page.frameLocator('iframe[title="Misdirected embed"]').getByRole('button', { name: 'Start the quiz' }).click();
      await page.frameLocator('iframe[title="Misdirected embed"]').getByRole('radio').first().waitFor();
      assert.ok(warnings.some((w) => w.includes('is not at http://127.0.0.1:1')), warnings.join('\n'));
      assert.deepEqual(await page.evaluate(() => window.raw), [], 'nothing reaches the page');
      assertNoProblems(page);
    } finally {
      await page.context().close();
      await host.close();
    }
  });

  test('with storage blocked in the frame, the embed works in memory, warns nobody and offers the answers beside the result', async () => {
    const host = await hostSite(app, null, [{ 'data-forkpoint-id': 'blocked' }]);
    const page = await openPage(browser, { acceptDownloads: true });
    try {
      const appPort = new URL(app.url).port;
      await page.context().addInitScript((port) => {
        if (location.port !== port) return;
        Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });
      }, appPort);
      await page.goto(host.server.url);
      const quiz = page.frameLocator('iframe[title="Forkpoint: the Fork quiz"]');
      await quiz.getByRole('button', { name: 'Start the quiz' }).waitFor();
      // The later words (notices among them) are in before the first answer is given.
      await page.waitForTimeout(300);
      assert.equal(await quiz.locator('.notice').count(), 0, 'no warning greets the visitor');
      await quiz.getByRole('button', { name: 'Start the quiz' }).click();
      await finishQuiz(quiz);
      await page.waitForFunction(() => window.received.some((r) => r.kind === 'complete'));
      assert.equal(await quiz.locator('.notice').count(), 0, 'nor beside the result');
      await quiz.getByText('This frame cannot keep your answers once you leave the page.').waitFor();
      const download = page.waitForEvent('download');
      await quiz.getByRole('button', { name: 'Download my answers' }).click();
      const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
      assert.equal(file.app, 'forkpoint');
      assert.equal(file.history.length, 1, 'the result is in the export');
      assertNoProblems(page);
    } finally {
      await page.context().close();
      await host.close();
    }
  });

  test('embed mode passes axe on every screen, light and dark, at 360 px', async () => {
    for (const theme of ['light', 'dark']) {
      const page = await openPage(browser, { width: 360, height: 700, colorScheme: theme });
      // A dark host accent: the app must keep it readable in both themes.
      // Framed by a careers site, as calls to action show only there.
      const host = await hostSite(app, null, [{
        'data-forkpoint-id': 'a11y',
        'data-forkpoint-instrument': 'path',
        'data-forkpoint-theme': theme,
        'data-forkpoint-accent': '#0b6e64',
        'data-forkpoint-cta-mainly-management-url': 'https://example.com/',
      }]);
      await page.goto(host.server.url);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.getByRole('button', { name: 'Start the diagnostic' }).waitFor();
      await assertAccessible(frame, `embed intro ${theme}`);
      await finishPath(frame, 0);
      await frame.getByRole('link', { name: 'Take the next step' }).waitFor();
      await assertAccessible(frame, `embed result ${theme}`);
      const quiz = await openPage(browser, { width: 360, height: 700, colorScheme: theme });
      await quiz.goto(`${app.url}embed-quiz.html?id=a11y&theme=${theme}&accent=%23ffe14d`);
      await quiz.getByRole('button', { name: 'Start the quiz' }).click();
      await quiz.getByRole('radio').first().waitFor();
      await assertAccessible(quiz, `embed question ${theme}`);
      assertNoProblems(page);
      assertNoProblems(quiz);
      await page.context().close();
      await quiz.context().close();
      await host.close();
    }
  });

  // The two instruments whose answers are positions, each by its worked
  // example (docs/instruments.md) to the reading its own page shows.
  const RUNS = [
    { id: 'balance', title: 'Forkpoint: the balance check', start: 'Start the balance check', answers: SAM, heading: 'Over-managing', band: 'over-managing', score: 77 },
    { id: 'stage', title: 'Forkpoint: the stage readiness', start: 'Start the stage check', answers: ALEX, heading: 'Growing into the stage', band: 'growing', score: 68 },
  ];
  for (const run of RUNS) {
    test(`the ${run.id} embed: to a result by keyboard, the host told its band and score, the call to action with the result, axe on every screen in light and dark at 360 px`, async () => {
      for (const theme of ['light', 'dark']) {
        const host = await hostSite(app, null, [{
          'data-forkpoint-id': `${run.id}-embed`,
          'data-forkpoint-instrument': run.id,
          'data-forkpoint-theme': theme,
          'data-forkpoint-accent': '#0b6e64',
          'data-forkpoint-cta-params': 'result',
          [`data-forkpoint-cta-${run.band}-url`]: 'https://careers.example.com/grow?from=careers',
          [`data-forkpoint-cta-${run.band}-label`]: 'Talk to us about it',
        }]);
        const page = await openPage(browser, { width: 360, height: 700, colorScheme: theme });
        try {
          await page.goto(host.server.url);
          const frame = await (await page.waitForSelector(`iframe[title="${run.title}"]`)).contentFrame();
          await frame.getByRole('button', { name: run.start }).waitFor();
          await assertAccessible(frame, `${run.id} embed intro ${theme}`);
          await frame.getByRole('button', { name: run.start }).click();
          await frame.getByRole('radio').first().waitFor();
          await assertAccessible(frame, `${run.id} embed question ${theme}`);
          await answerByKeyboard(page, run.answers, 1, frame);
          await assertAccessible(frame, `${run.id} embed review ${theme}`);
          await frame.getByRole('button', { name: 'See my result' }).click();
          await frame.getByRole('heading', { level: 1, name: run.heading }).waitFor();
          const cta = frame.getByRole('link', { name: 'Talk to us about it' });
          await cta.waitFor();
          assert.equal(await cta.getAttribute('href'), `https://careers.example.com/grow?from=careers&forkpoint_instrument=${run.id}&forkpoint_band=${run.band}`);
          // Another site's frame keeps to the instrument: no way on to Forkpoint's other pages.
          assert.equal(await frame.getByRole('link', { name: /More you can do|path diagnostic/ }).count(), 0);
          // Its share link opens on the instrument's own page (the results
          // page opens only the first two instruments' shared results).
          const shared = await frame.locator('#share-link').inputValue();
          assert.match(shared, new RegExp(`/${run.id}\\.html#/share/`));
          if (theme === 'light') {
            const opened = await openPage(browser);
            await opened.goto(shared);
            await opened.getByRole('heading', { level: 1, name: run.heading }).waitFor();
            assertNoProblems(opened);
            await opened.context().close();
          }
          await assertAccessible(frame, `${run.id} embed result ${theme}`);
          await page.waitForFunction(() => window.received.some((r) => r.kind === 'complete'));
          const events = await received(page, `${run.id}-embed`);
          const complete = events.filter((r) => r.kind === 'complete').map((r) => r.detail);
          assert.deepEqual(complete, [{ type: 'forkpoint:v1:complete', embedId: `${run.id}-embed`, instrument: run.id, result: { band: run.band, title: run.heading, score: run.score } }]);
          assert.equal(events.filter((r) => r.kind === 'started').length, 1);
          const steps = events.filter((r) => r.kind === 'step').map((r) => r.detail);
          assert.deepEqual(steps.filter((s) => s.screen === 'question').map((s) => s.step), [...run.answers].map((_, at) => at + 1));
          assert.deepEqual(steps.at(-1), { type: 'forkpoint:v1:step', embedId: `${run.id}-embed`, instrument: run.id, screen: 'result', step: run.answers.length + 2, total: run.answers.length + 2 });
          // No answer leaves the frame: every message the host received is one of the documented kinds, with no answers in it.
          const posted = JSON.stringify(await page.evaluate(() => window.posted));
          assert.ok(!posted.includes(run.answers), 'the answers stay in the frame');
          assertNoProblems(page);
        } finally {
          await page.context().close();
          await host.close();
        }
      }
    });
  }

  test('calls to action show only in a frame on the site they were given for (failure 9)', async () => {
    // Issue "Never lose an answer", failure 9: opened on its own, the embed
    // page showed an attacker's link on Forkpoint's own origin.
    const cta = 'cta-balanced-url=https%3A%2F%2Fevil.example%2Flogin&cta-balanced-label=Sign+in+to+save+your+result'
      + '&cta-mainly-management-url=https%3A%2F%2Fevil.example%2Flogin&cta-mainly-management-label=Sign+in+to+save+your+result';
    const attacker = await forgerSite();
    const page = await openPage(browser);
    try {
      // Opened directly, even with an origin that names some careers site.
      await page.goto(`${app.url}embed-path.html?id=x&origin=${encodeURIComponent(attacker.url.replace(/\/$/, ''))}&${cta}`);
      await finishPath(page, 0);
      assert.equal(await page.getByRole('link', { name: /Sign in/ }).count(), 0, 'no call to action outside a frame');
      // Framed by a page elsewhere than the origin it names, which forges the loader's answer.
      const elsewhere = await hostSite(app, null, []);
      await writeFile(join(elsewhere.dir, 'framed.html'), `<!doctype html><html lang="en"><title>x</title><iframe title="embed" src="${app.url}embed-path.html?id=x&origin=${encodeURIComponent('https://careers.example.com')}&${cta}"></iframe><script src="forge-host.js"></script></html>`);
      await writeFile(join(elsewhere.dir, 'forge-host.js'), `setInterval(() => frames[0]?.postMessage({ type: 'forkpoint:v1:host', embedId: 'x' }, '*'), 50);`);
      await page.goto(`${elsewhere.server.url}framed.html`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      // The same site's storage: the frame reopens the result just reached.
      await frame.getByRole('heading', { level: 1, name: /% management \// }).waitFor();
      await page.waitForTimeout(500); // several forged answers have arrived
      assert.equal(await frame.getByRole('link', { name: /Sign in/ }).count(), 0, 'no call to action for a page elsewhere');
      await elsewhere.close();
    } finally {
      await page.context().close();
      await attacker.close();
    }
  });

  test('a popup that is not lazy makes its frame at once; one that is waits for its button', async () => {
    const host = await hostSite(app, null, [
      { 'data-forkpoint-id': 'eager', 'data-forkpoint-mode': 'popup', 'data-forkpoint-lazy': 'false' },
      { 'data-forkpoint-id': 'waiting', 'data-forkpoint-mode': 'popup', 'data-forkpoint-instrument': 'path' },
    ]);
    const page = await openPage(browser);
    try {
      await page.goto(host.server.url);
      await page.waitForFunction(() => window.received.some((r) => r.id === 'eager' && r.kind === 'ready'));
      assert.equal(await page.locator('[data-forkpoint-id="eager"] dialog iframe').count(), 1);
      assert.equal(await page.locator('[data-forkpoint-id="waiting"] iframe').count(), 0);
      assert.equal(await page.locator('dialog[open]').count(), 0, 'nothing opens by itself');
      await page.getByRole('button', { name: 'Take the Fork quiz' }).click();
      await page.getByRole('dialog', { name: 'Forkpoint: the Fork quiz' }).frameLocator('iframe').getByRole('button', { name: 'Start the quiz' }).waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
      assert.equal(await page.getByRole('button', { name: 'Take the Fork quiz' }).evaluate((b) => document.activeElement === b), true);
      assertNoProblems(page);
    } finally {
      await page.context().close();
      await host.close();
    }
  });

  test('the embed documentation: reachable from the app, accessible, a working copy button and every instrument live', async () => {
    const page = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Embed Forkpoint on your careers site.' }).click();
    await page.getByRole('heading', { level: 1, name: 'Embed Forkpoint on your site' }).waitFor();
    const snippet = await page.locator('#snippet').textContent();
    assert.ok(snippet.includes(`<script src="${app.url}embed.js" async></script>`), 'the snippet names this site');
    await page.getByRole('button', { name: 'Copy the snippet' }).click();
    await page.getByText('Copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
    // The live examples load as a reader reaches them.
    assert.equal(await page.locator('iframe').count(), 0, 'no frame before the examples come near');
    await page.getByRole('heading', { name: 'Live example' }).scrollIntoViewIfNeeded();
    const live = page.frameLocator('iframe[title="Forkpoint: the Fork quiz"]');
    await live.getByRole('button', { name: 'Start the quiz' }).waitFor();
    await assertAccessible(page, 'embed docs');
    // The popup example: a button, a dialog with the instrument, Escape, focus back.
    const open = page.getByRole('button', { name: 'Try the path diagnostic in a popup' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Forkpoint: the path diagnostic' });
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Start the diagnostic' }).waitFor();
    await assertAccessible(page, 'embed docs with the popup open');
    await assertAccessible(page.frames().find((f) => /embed-path\.html/.test(f.url())), 'inside the popup');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await open.evaluate((button) => document.activeElement === button), true, 'focus is back on the button');
    // Every instrument is shown live: the other two behind their buttons.
    for (const [id, start] of [['balance check', 'Start the balance check'], ['stage readiness', 'Start the stage check']]) {
      await page.getByRole('button', { name: `Take the ${id}` }).click();
      const other = page.getByRole('dialog', { name: `Forkpoint: the ${id}` });
      await other.frameLocator('iframe').getByRole('button', { name: start }).waitFor();
      await assertAccessible(page.frames().find((f) => f.url().includes(`embed-${id.split(' ')[0]}.html`)), `inside the ${id} popup`);
      await page.keyboard.press('Escape');
      await other.waitFor({ state: 'hidden' });
    }
    assertNoProblems(page);
    await page.context().close();
    for (const colorScheme of ['light', 'dark']) {
      const narrow = await openPage(browser, { width: 360, colorScheme });
      await narrow.goto(`${app.url}embedding.html`);
      await narrow.getByRole('heading', { level: 1 }).waitFor();
      assert.ok(await narrow.evaluate(() => document.documentElement.scrollWidth <= 360), 'nothing widens the page at 360 px');
      await assertAccessible(narrow, `embed docs 360 ${colorScheme}`);
      assertNoProblems(narrow);
      await narrow.context().close();
    }
  });

  test('hostile values through every attribute and address parameter change nothing and fetch nothing', async () => {
    const attributes = ['instrument', 'theme', 'accent', 'min-height', 'max-height', 'id', 'cta-balanced-url', 'cta-balanced-label', 'cta-nope-url', 'mode', 'label', 'lazy', 'lang', 'cta-params'];
    const embeds = HOSTILE.flatMap((hostile) => attributes.map((name) => ({ [`data-forkpoint-${name}`]: hostile })));
    // Every value is refused with a warning, except a label without markup: that is plain text, and shown as such.
    const refused = (list) => list.filter((embed) => {
      const [[name, value]] = Object.entries(embed);
      return !(/-label$/.test(name) && !value.includes('<'));
    }).length;
    const host = await hostSite(app, null, embeds.slice(0, 12));
    const host2 = await hostSite(app, null, embeds.slice(12));
    const parameters = ['theme', 'accent', 'id', 'origin', 'cta-balanced-url', 'cta-balanced-label', 'cta-strong-maker-url', 'unknown'];
    try {
      for (const [url, list] of [[host.server.url, embeds.slice(0, 12)], [host2.server.url, embeds.slice(12)]]) {
        const page = await openPage(browser);
        const stray = [];
        const dialogs = [];
        const warnings = [];
        page.on('request', (request) => {
          const { hostname, port } = new URL(request.url());
          if (port === '9' || hostname === 'x') stray.push(request.url());
        });
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          dialog.dismiss();
        });
        page.on('console', (message) => message.type() === 'warning' && /^Forkpoint embed: ignored/.test(message.text()) && warnings.push(message.text()));
        await page.goto(url);
        // Frames come as they near the screen: read down the page.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
            scrollTo(0, y);
            await new Promise((done) => setTimeout(done, 100));
          }
        });
        await page.waitForFunction(
          () => window.received.filter((r) => r.kind === 'ready').length === document.querySelectorAll('[data-forkpoint]').length,
        );
        const frames = page.frames().filter((f) => f !== page.mainFrame());
        for (const frame of frames) {
          await frame.getByRole('heading', { level: 1 }).waitFor();
          const root = await frame.evaluate(() => ({
            style: document.documentElement.getAttribute('style'),
            theme: document.documentElement.getAttribute('data-theme'),
            images: document.querySelectorAll('img').length,
          }));
          assert.equal(root.images, 0);
          assert.equal(root.theme, null, 'a hostile theme is ignored');
          assert.equal(root.style, null, 'a hostile accent never reaches a style');
        }
        const ids = await page.evaluate(() => [...document.querySelectorAll('[data-forkpoint]')].map((e) => e.querySelector('iframe')?.src ?? ''));
        for (const src of ids) assert.match(src, /\/embed-quiz\.html\?id=forkpoint-\d+&origin=/, 'hostile values never reach the frame address');
        assert.ok(warnings.length >= refused(list), `each ignored value is reported (${warnings.length} of ${refused(list)})`);
        assert.deepEqual(stray, []);
        assert.deepEqual(dialogs, []);
        assertNoProblems(page);
        await page.context().close();
      }

      // And through the app's own addresses: query and fragment.
      for (const hostile of HOSTILE) {
        const encoded = encodeURIComponent(hostile);
        for (const address of [`?theme=${encoded}&accent=${encoded}#/${encoded}`, `results.html?x=${encoded}#/share/${encoded}`, `#/share/${encoded}`]) {
          const page = await openPage(browser);
          const stray = [];
          page.on('request', (request) => new URL(request.url()).port === '9' && stray.push(request.url()));
          page.on('dialog', (dialog) => dialog.dismiss().then(() => stray.push(`dialog ${dialog.message()}`)));
          await page.goto(`${app.url}${address}`);
          await page.getByRole('heading', { level: 1, name: /We could not find that page|This link cannot be opened/ }).waitFor();
          assert.equal(await page.locator('img').count(), 0, address);
          assert.equal(await page.evaluate(() => document.documentElement.getAttribute('style')), null);
          assert.deepEqual(stray, []);
          assertNoProblems(page);
          await page.context().close();
        }
      }

      // And straight through the frame's own address.
      for (const hostile of HOSTILE) {
        for (const name of parameters) {
          const page = await openPage(browser);
          const stray = [];
          page.on('request', (request) => new URL(request.url()).port === '9' && stray.push(request.url()));
          page.on('dialog', (dialog) => dialog.dismiss().then(() => stray.push(`dialog ${dialog.message()}`)));
          await page.goto(`${app.url}embed-quiz.html?${name}=${encodeURIComponent(hostile)}&cta-balanced-url=https%3A%2F%2Fexample.com%2F`);
          await page.getByRole('button', { name: 'Start the quiz' }).waitFor();
          const root = await page.evaluate(() => ({
            style: document.documentElement.getAttribute('style'),
            theme: document.documentElement.getAttribute('data-theme'),
            images: document.querySelectorAll('img').length,
          }));
          assert.deepEqual(root, { style: null, theme: null, images: 0 }, `${name}=${hostile}`);
          assert.deepEqual(stray, []);
          assertNoProblems(page);
          await page.context().close();
        }
      }
    } finally {
      await host.close();
      await host2.close();
    }
  });
});
