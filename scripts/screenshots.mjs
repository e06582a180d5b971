// Screenshots of every screen at 360 px and 1280 px, light and dark, for
// looking at what we build:  node scripts/screenshots.mjs [outdir]
// Needs a release build in dist/ (scripts/build.sh, serve.sh or test.sh makes one).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { changedBuild } from '../tests/e2e/deploy.mjs';
import { DIST, launchBrowser, openPage, serveDist, waitForApp } from '../tests/e2e/helpers.mjs';
import { strongestToward } from '../tests/e2e/quiz-content.mjs';
import { hostSite } from '../tests/e2e/sites.mjs';

const OUT = process.argv[2] ?? 'screenshots';
await mkdir(OUT, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();

/** Runs the path diagnostic in the page's embed to its result; returns the frame. */
async function finishPathIn(page) {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.getByRole('button', { name: 'Start the diagnostic' }).click();
  for (let n = 0; n < 5; n += 1) {
    await frame.getByRole('radio').first().check();
    await frame.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await frame.getByRole('button', { name: 'Skip this step' }).click();
  return frame;
}

async function shoot(page, name, tag) {
  await page.screenshot({ path: join(OUT, `${name}-${tag}.png`), fullPage: true });
}

try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const tag = `${width}-${colorScheme}`;
      const page = await openPage(browser, { colorScheme, width, height: 800 });
      await page.goto(server.url);
      await page.getByRole('link', { name: 'Start the Fork quiz' }).waitFor();
      await shoot(page, '01-home', tag);
      await page.getByRole('link', { name: 'Start the Fork quiz' }).click();
      await shoot(page, '02-quiz-intro', tag);
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      let count = 0;
      while (await page.getByRole('radio').count()) {
        const statement = (await page.locator('legend h1').textContent()).trim();
        const answer = count % 3 === 0 ? 'Agree' : strongestToward('Multiplier', statement);
        await page.getByRole('radio', { name: answer, exact: true }).check();
        if (count === 0) await shoot(page, '03-quiz-question', tag);
        await page.getByRole('button', { name: 'Next', exact: true }).click();
        count += 1;
      }
      await shoot(page, '04-quiz-review', tag);
      await page.getByRole('button', { name: 'See my result' }).click();
      await page.getByText(/^Confidence: /).waitFor();
      await shoot(page, '05-quiz-result', tag);

      await page.goto(`${server.url}#/path`);
      await page.getByRole('button', { name: 'Start the diagnostic' }).click();
      await shoot(page, '06-path-question', tag);
      for (let n = 0; n < 5; n += 1) {
        await page.getByRole('radio').nth(n % 3).check();
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      for (const group of await page.getByRole('group').all()) await group.getByRole('radio').first().check();
      await shoot(page, '07-path-context', tag);
      await page.getByRole('button', { name: 'See my result' }).click();
      await shoot(page, '08-path-result', tag);
      await page.goto(`${server.url}#/nowhere`);
      await shoot(page, '09-not-found', tag);
      await page.context().close();
    }
  }
  // Saved-state screens and the results page.
  const full = await serveDist();
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const tag = `${width}-${colorScheme}`;
      const page = await openPage(browser, { colorScheme, width, height: 800 });
      await page.goto(full.url);
      // Booted before its data is damaged: otherwise this page's own
      // start-up finds the damage (and keeps it aside) before the reload.
      await waitForApp(page);
      await page.evaluate(() => localStorage.setItem('forkpoint:document', '{"broken'));
      await page.reload();
      await page.getByText('We could not read your saved data').waitFor();
      await shoot(page, '10-notice', tag);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      for (const pick of [0, 2]) {
        await page.goto(`${full.url}#/path`);
        await page.getByRole('button', { name: /Start the diagnostic|Continue where I left off|Start again/ }).click();
        for (let n = 0; n < 5; n += 1) {
          await page.getByRole('radio').nth(pick).check();
          await page.getByRole('button', { name: 'Next', exact: true }).click();
        }
        await page.getByRole('button', { name: 'Skip this step' }).click();
        await page.getByRole('heading', { level: 1, name: /management/ }).waitFor();
        if (pick === 0) await page.getByRole('button', { name: 'Start again' }).click();
      }
      const link = await page.getByLabel('Link to this result').inputValue();
      await page.getByRole('link', { name: 'Your results' }).click();
      await page.getByRole('checkbox').nth(0).check();
      await page.getByRole('checkbox').nth(1).check();
      await shoot(page, '11-your-results', tag);
      await page.goto(link);
      await page.getByText('This is a shared result').waitFor();
      await shoot(page, '12-shared-result', tag);
      await page.goto(`${link.slice(0, -2)}`);
      await page.getByRole('heading', { name: 'This link cannot be opened' }).waitFor();
      await shoot(page, '13-bad-link', tag);
      await page.context().close();
    }
  }
  await full.close();

  // The embed documentation (with its live example), an embedded result
  // with a host accent and a call to action, and the update notice.
  const next = await changedBuild(DIST);
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const tag = `${width}-${colorScheme}`;
      const page = await openPage(browser, { colorScheme, width, height: 800 });
      await page.goto(`${server.url}embedding.html`);
      // The live examples load as they come near the screen.
      await page.getByRole('heading', { name: 'Live example' }).scrollIntoViewIfNeeded();
      await page.frameLocator('iframe').getByRole('button', { name: 'Start the quiz' }).waitFor();
      await shoot(page, '14-embed-docs', tag);
      // The popup example, open over the page.
      await page.getByRole('button', { name: 'Try the path diagnostic in a popup' }).click();
      await page.getByRole('dialog').frameLocator('iframe').getByRole('button', { name: 'Start the diagnostic' }).waitFor();
      await page.screenshot({ path: join(OUT, `14-embed-popup-${tag}.png`) });
      await page.keyboard.press('Escape');
      // On a careers site: calls to action show only in a frame on the site they were given for.
      const host = await hostSite(server, null, [{
        'data-forkpoint-id': `shots-${tag}`,
        'data-forkpoint-instrument': 'path',
        'data-forkpoint-accent': '#0b6e64',
        'data-forkpoint-theme': colorScheme,
        'data-forkpoint-cta-mainly-management-url': 'https://example.com/',
        'data-forkpoint-cta-mainly-management-label': 'See our roles',
      }]);
      await page.goto(host.server.url);
      const frame = await finishPathIn(page);
      await frame.getByRole('link', { name: 'See our roles' }).waitFor();
      await shoot(page, '15-embed-result', tag);
      await host.close();
      // A frame whose storage the browser refuses: no warning, one line beside the result.
      const quiet = await openPage(browser, { colorScheme, width, height: 800 });
      const appPort = new URL(server.url).port;
      await quiet.context().addInitScript((port) => {
        if (location.port !== port) return;
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('refused', 'SecurityError'); } });
      }, appPort);
      const quietHost = await hostSite(server, null, [{ 'data-forkpoint-instrument': 'path', 'data-forkpoint-theme': colorScheme }]);
      await quiet.goto(quietHost.server.url);
      const quietFrame = await finishPathIn(quiet);
      await quietFrame.getByRole('button', { name: 'Download my answers' }).waitFor();
      await shoot(quiet, '15-embed-quiet', tag);
      await quiet.context().close();
      await quietHost.close();
      // The real notice: a changed build deployed while the tab is open.
      const updating = await serveDist();
      await page.goto(updating.url);
      await page.waitForFunction(() => navigator.serviceWorker.controller);
      await updating.deploy(next.dir);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.getByText('A new version of Forkpoint is ready.').waitFor();
      await page.screenshot({ path: join(OUT, `16-update-notice-${tag}.png`) });
      await page.context().close();
      await updating.close();
    }
  }
  await next.remove();
  // The two instruments with pages of their own, and one in a frame: the
  // worked examples' answers (docs/instruments.md), then a second balance
  // check so a saved result has another run to compare with.
  const SAM = '524241413152342414242525';
  const ALEX = '2424423542425444342211';
  const answer = async (scope, positions) => {
    for (const position of positions) {
      await scope.getByRole('radio').nth(Number(position) - 1).check();
      await scope.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await scope.getByRole('button', { name: 'See my result' }).click();
  };
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const tag = `${width}-${colorScheme}`;
      const page = await openPage(browser, { colorScheme, width, height: 800 });
      await page.goto(`${server.url}balance.html`);
      await page.getByRole('button', { name: 'Start the balance check' }).waitFor();
      await shoot(page, '20-balance-intro', tag);
      await page.getByRole('button', { name: 'Start the balance check' }).click();
      await shoot(page, '21-balance-question', tag);
      await answer(page, SAM);
      await page.getByRole('heading', { level: 1, name: 'Over-managing' }).waitFor();
      await shoot(page, '22-balance-result', tag);
      await page.getByRole('button', { name: 'Take the balance check again' }).click();
      await page.getByRole('button', { name: 'Start the balance check' }).click();
      await answer(page, [...SAM].map((p) => String(6 - Number(p))).join(''));
      await page.goto(`${server.url}results.html#/data`);
      await page.getByRole('link', { name: /^Balance check, / }).first().click();
      await page.getByRole('heading', { name: 'What moved' }).waitFor();
      await shoot(page, '23-balance-saved-compared', tag);
      await page.goto(`${server.url}stage.html`);
      await page.getByRole('button', { name: 'Start the stage check' }).click();
      await shoot(page, '24-stage-rung', tag);
      await answer(page, ALEX);
      await page.getByRole('heading', { level: 1, name: 'Growing into the stage' }).waitFor();
      await shoot(page, '25-stage-result', tag);
      const embeds = [
        { id: 'balance', start: 'Start the balance check', answers: SAM, band: 'over-managing', label: 'Coaching for leads', shot: '26-embed-balance-result' },
        { id: 'stage', start: 'Start the stage check', answers: ALEX, band: 'growing', label: 'Our leadership programme', shot: '27-embed-stage-result' },
      ];
      for (const embed of embeds) {
        const host = await hostSite(server, null, [{
          'data-forkpoint-instrument': embed.id,
          'data-forkpoint-theme': colorScheme,
          [`data-forkpoint-cta-${embed.band}-url`]: 'https://example.com/',
          [`data-forkpoint-cta-${embed.band}-label`]: embed.label,
        }]);
        await page.goto(host.server.url);
        const frame = page.frameLocator('iframe');
        await frame.getByRole('button', { name: embed.start }).click();
        await answer(frame, embed.answers);
        await frame.getByRole('link', { name: embed.label }).waitFor();
        await shoot(page, embed.shot, tag);
        await host.close();
      }
      await page.context().close();
    }
  }
  console.log(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.close();
}
