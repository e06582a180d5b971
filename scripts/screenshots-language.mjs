// Screenshots of every screen in one language (both original instruments,
// the results page, results over time, a result's image and reminder, the
// conversation guide, the team view, the balance check and the stage
// readiness, an embed and its docs), at 320, 360 and 1280 px, light and
// dark, driven by keys and structure rather than English names:
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
      // Results over time (the two quiz results), and what a result's link
      // opens: its image and reminder, the conversation guide, the team view.
      await page.goto(`${server.url}trends.html${query}`);
      await page.locator('svg.trend-chart').waitFor();
      await shoot(page, '12-trends', tag);
      await page.goto(`${server.url}${query}#/quiz`);
      await page.locator('.result-head').waitFor();
      const quizLink = new URL(await page.locator('#share-link').inputValue());
      await page.goto(`${server.url}${query}#/path`);
      await page.locator('.result-head').waitFor();
      const pathLink = await page.locator('#share-link').inputValue();
      await page.goto(`${server.url}card.html${query}${quizLink.hash}`);
      await page.locator('canvas.card-image').waitFor();
      await shoot(page, '13-card', tag);
      await page.goto(`${server.url}guide.html${query}${quizLink.hash}`);
      await page.locator('.guide-lines input').first().waitFor();
      await shoot(page, '14-guide', tag);
      await page.goto(`${server.url}team.html${query}`);
      await page.locator('#team-links').fill(`Ana ${pathLink}\nBo ${pathLink}\nno link`);
      await page.locator('main button.primary').click();
      await page.locator('#readings-heading').waitFor();
      await shoot(page, '15-team', tag);
      // The balance check and the stage readiness, question to result.
      for (const [file, positions] of [
        ['balance.html', '524241413152342414242525'],
        ['stage.html', '2424423542425444342211'],
      ]) {
        const id = file.replace('.html', '');
        await page.goto(`${server.url}${file}${query}`);
        await waitForApp(page);
        await primary(page).click();
        await page.locator('legend h1').waitFor();
        await shoot(page, `16-${id}-question`, tag);
        for (const digit of positions) await answerByKey(page, digit);
        await page.locator('.review-list').waitFor();
        await primary(page).click();
        await page.locator('.result-head').waitFor();
        await shoot(page, `17-${id}-result`, tag);
      }
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
