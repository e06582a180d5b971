// The home screen, used as a person would: headings, links by their names,
// keyboard, deep links, both colour schemes and narrow screens.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { assertAccessible, assertNoProblems, DIST, openPage, serveDist, waitForApp, useSuite } from './helpers.mjs';

describe('home screen', () => {
  const suite = useSuite(serveDist);

  for (const colorScheme of ['light', 'dark']) {
    test(`says what Forkpoint is and offers both instruments (${colorScheme})`, async () => {
      const page = await openPage(suite.browser, { colorScheme });
      await page.goto(suite.server.url);
      await waitForApp(page);
      await assert.doesNotReject(
        page.getByRole('heading', { level: 1, name: /keep doing the work/i }).waitFor(),
      );
      await page.getByRole('link', { name: 'Start the Fork quiz' }).waitFor();
      await page.getByRole('link', { name: 'Start the path diagnostic' }).waitFor();
      await page.getByRole('heading', { name: /never leave this device/i }).waitFor();
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const dark = colorScheme === 'dark';
      const [r] = background.match(/\d+/g).map(Number);
      assert.equal(r < 128, dark, `body background ${background} should follow the ${colorScheme} scheme`);
      await assertAccessible(page, `home (${colorScheme})`);
      assertNoProblems(page);
      await page.context().close();
    });
  }

  test('fits a 320 px screen without sideways scrolling', async () => {
    const page = await openPage(suite.browser, { width: 320, height: 640 });
    await page.goto(suite.server.url);
    await waitForApp(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await assertAccessible(page, 'home at 320 px');
    assertNoProblems(page);
    await page.context().close();
  });

  test('the skip link moves keyboard focus to the main content', async () => {
    const page = await openPage(suite.browser);
    await page.goto(suite.server.url);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    assert.equal(new URL(page.url()).hash, '', 'the skip link must not change the route');
    assertNoProblems(page);
    await page.context().close();
  });

  test('an unknown deep link shows a way back home, and reload keeps the route', async () => {
    const page = await openPage(suite.browser);
    await page.goto(`${suite.server.url}#/no-such-page`);
    await page.getByRole('heading', { level: 1, name: /could not find that page/i }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /could not find that page/i }).waitFor();
    await assertAccessible(page, 'not found');
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: /keep doing the work/i }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('the build ships its hosting headers, and the test server serves exactly those', async () => {
    const headersFile = await readFile(join(DIST, '_headers'), 'utf8');
    const nginx = await readFile(join(dirname(DIST), 'hosting', 'forkpoint-nginx.conf'), 'utf8');
    // The site-wide policy, then the page's own (tests/e2e/hosting.test.mjs has the details).
    const [siteWide, own] = (await fetch(suite.server.url)).headers.get('content-security-policy').split(', ');
    for (const csp of [siteWide, own]) assert.ok(headersFile.includes(`Content-Security-Policy: ${csp}`), '_headers holds the CSP that is served');
    assert.ok(nginx.includes(`add_header Content-Security-Policy "${own}" always;`), 'the nginx snippet holds the page\'s own too');
    const icon = await fetch(new URL('manifest.webmanifest', suite.server.url));
    assert.equal(icon.headers.get('x-content-type-options'), 'nosniff', 'every file gets nosniff');
  });

  test('index.html is served with a CSP that allows no inline code or eval', async () => {
    const response = await fetch(suite.server.url);
    const csp = response.headers.get('content-security-policy');
    assert.ok(csp, 'a Content-Security-Policy header is sent');
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(csp, /'wasm-unsafe-eval'/);
    const wasm = (await (await fetch(suite.server.url)).text()).match(/href="?([^"\s>]+\.wasm)/);
    assert.ok(wasm, 'the page preloads its wasm');
    const wasmResponse = await fetch(new URL(wasm[1], suite.server.url));
    assert.equal(wasmResponse.headers.get('content-type'), 'application/wasm');
    assert.match(wasmResponse.headers.get('cache-control'), /immutable/, 'hashed files are cached for good');
  });

  test('every page has its own strict CSP; only the embed pages may be framed by other sites', async () => {
    for (const page of ['', 'index.html', 'results.html', 'embed-quiz.html', 'embed-path.html', 'embed-balance.html', 'embed-stage.html', 'embedding.html']) {
      const response = await fetch(`${suite.server.url}${page}`);
      assert.equal(response.status, 200, page);
      const csp = response.headers.get('content-security-policy');
      assert.ok(csp, `${page} has a CSP`);
      assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, page);
      // Every policy sent is enforced: the strictest framing holds.
      const ancestors = csp.split(', ').map((policy) => policy.match(/frame-ancestors ([^;]+)/)[1]);
      if (page.startsWith('embed-')) assert.ok(ancestors.every((a) => a === "'self' https: http://127.0.0.1:* http://localhost:*"), page);
      else assert.ok(ancestors.includes("'self'"), page);
      assert.equal(response.headers.get('cache-control'), 'no-cache', `${page} is checked on every visit`);
    }
    for (const file of ['sw.js', 'manifest.webmanifest', 'embed.js']) {
      const response = await fetch(`${suite.server.url}${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('cache-control'), 'no-cache', `${file} keeps a stable address, so it is checked every time`);
    }
  });
});
