// Screenshots of every screen in one language, at 320, 360 and 1280 px,
// light and dark, driven by keys and structure rather than English names:
//   node scripts/screenshots-language.mjs <lang> [outdir] [--rtl]
// --rtl lays the pages out right to left (for the pseudo-locale: how a
// right-to-left language would look). Needs a release build in dist/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { answerByKey, primary } from '../tests/e2e/every-screen.mjs';
import { TOTAL } from '../tests/e2e/flows.mjs';
import { launchBrowser, openPage, serveDist, waitForApp } from '../tests/e2e/helpers.mjs';

const [lang = 'de', out = `screenshots/${lang}`] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rtl = process.argv.includes('--rtl');
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launchBrowser();
const query = `?lang=${lang}`;

async function shoot(page, name, tag) {
  if (rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await page.screenshot({ path: join(out, `${name}-${tag}.png`), fullPage: true });
}

try {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [320, 360, 1280]) {
      const tag = `${width}-${colorScheme}${rtl ? '-rtl' : ''}`;
      const page = await openPage(browser, { colorScheme, width, height: 800 });
      await page.goto(`${server.url}${query}#/`);
      await waitForApp(page);
      await shoot(page, '01-home', tag);
      await page.goto(`${server.url}${query}#/quiz`);
      await page.locator('main h1').waitFor();
      await shoot(page, '02-quiz-intro', tag);
      await primary(page).click();
      await page.locator('legend h1').waitFor();
      await page.keyboard.press('4');
      await shoot(page, '03-quiz-question', tag);
      for (let n = 0; n < TOTAL; n += 1) await answerByKey(page, String(1 + (n % 5)));
      await page.locator('.review-list').waitFor();
      await shoot(page, '04-quiz-review', tag);
      await primary(page).click();
      await page.locator('.result-head').waitFor();
      await shoot(page, '05-quiz-result', tag);

      await page.goto(`${server.url}${query}#/path`);
      await primary(page).click();
      await page.locator('legend h1').waitFor();
      await shoot(page, '06-path-question', tag);
      for (let n = 0; n < 5; n += 1) await answerByKey(page, String(1 + (n % 4)));
      await page.locator('main fieldset').first().waitFor();
      for (const group of await page.locator('main fieldset').all()) await group.getByRole('radio').nth(1).check();
      await shoot(page, '07-path-context', tag);
      await primary(page).click();
      await page.locator('.result-head').waitFor();
      await shoot(page, '08-path-result', tag);

      // A second quiz result, so the results page can compare two.
      await page.goto(`${server.url}${query}#/quiz`);
      await page.locator('.result-head').waitFor();
      // From the result: start again, then start.
      await primary(page).click();
      await page.locator('legend h1, .intro-facts, main h1').first().waitFor();
      if (!(await page.locator('legend h1').count())) await primary(page).click();
      await page.locator('legend h1').waitFor();
      for (let n = 0; n < TOTAL; n += 1) await answerByKey(page, '5');
      await primary(page).click();
      await page.locator('.result-head').waitFor();
      await page.goto(`${server.url}results.html${query}#/data`);
      await page.locator('.history-list').waitFor();
      const boxes = page.locator('.history-list input[type=checkbox]');
      await boxes.nth(0).check();
      await boxes.nth(2).check();
      await page.locator('.comparison').waitFor();
      await shoot(page, '09-results', tag);
      await page.goto(`${server.url}embed-quiz.html${query}`);
      await waitForApp(page);
      await shoot(page, '10-embed-quiz', tag);
      if (lang !== 'en-XA') {
        await page.goto(`${server.url}${lang === 'en' ? 'embedding.html' : `embedding.${lang}.html`}`);
        await page.locator('main h1').waitFor();
        await shoot(page, '11-embed-docs', tag);
      }
      await page.context().close();
    }
  }
  console.log(`screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
