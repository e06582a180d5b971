// A result kept and shared (card.html): reached from one's own result by
// the "More you can do" link, it draws an image of the result (its name,
// heading and chart, never the answers) that downloads as a 1200 × 630 PNG
// and decodes to a real picture, and saves a calendar reminder 3 or 6
// months out whose link opens the instrument and carries no answers. All
// four instruments (the balance check and the stage readiness from their
// own pages: their scores as bars); nothing requested beyond the app's own files, nothing
// stored; a page without a result says so; axe-core finds nothing in light
// and dark at 360 and 1280 px; German too.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { readCatalogs } from '../../scripts/words.mjs';
import { assertAccessible, assertNoProblems, openPage, serveDist, useSuite, waitForApp } from './helpers.mjs';
import { ALEX, answerByKeyboard, finishPath, finishQuiz, SAM } from './flows.mjs';

/** The address of the "More you can do" link on one's own result, and the result's heading. */
async function moreLink(suite, instrument) {
  const page = await openPage(suite.browser);
  await page.goto(`${suite.server.url}#/${instrument}`);
  await waitForApp(page);
  if (instrument === 'quiz') {
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(page);
  } else {
    await finishPath(page, 1);
  }
  const heading = (await page.locator('.result-head h1').textContent()).trim();
  const href = await page.getByRole('link', { name: /^More you can do with this result/ }).getAttribute('href');
  await page.context().close();
  return { href, heading };
}

/** Clicks `name` and returns the file it downloads, with its name. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The same day `months` later in this machine's time zone, as iCalendar writes it. */
function monthsLater(months) {
  const today = new Date();
  const last = new Date(today.getFullYear(), today.getMonth() + months + 1, 0).getDate();
  const day = new Date(today.getFullYear(), today.getMonth() + months, Math.min(today.getDate(), last));
  return `${day.getFullYear()}${String(day.getMonth() + 1).padStart(2, '0')}${String(day.getDate()).padStart(2, '0')}`;
}

/** An .ics file's content lines, unfolded, as name → value. */
function icsLines(text) {
  assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
  return text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

/** What the browser decodes a PNG to: its size and how many colours it uses. */
const decodePng = (page, bytes) =>
  page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set();
    for (let i = 0; i < pixels.length; i += 4 * 97) colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
    return { width: bitmap.width, height: bitmap.height, colours: colours.size };
  }, [...bytes]);

describe('a result kept and shared', () => {
  const suite = useSuite(serveDist);

  test('a quiz result: the image downloads as a real PNG, reminders 3 and 6 months out open the quiz', async () => {
    const { href, heading } = await moreLink(suite, 'quiz');
    assert.match(href, /^card\.html#\/share\/q/);
    for (const [width, colorScheme] of [[360, 'light'], [1280, 'dark']]) {
      const page = await openPage(suite.browser, { width, colorScheme, acceptDownloads: true });
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`${suite.server.url}${href}`);
      await page.getByRole('heading', { level: 1, name: 'Keep and share your result' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      const image = page.getByRole('img', { name: new RegExp(`^The image: My Fork quiz result: ${heading}\\. Overall lean: \\d+ of 100; Energy: `) });
      await image.waitFor();
      await assertAccessible(page, `a quiz result to keep and share, ${width} ${colorScheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);

      const png = await download(page, 'Download the image (PNG)');
      assert.equal(png.name, 'forkpoint-quiz-result.png');
      assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
      assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [1200, 630], 'its header says 1200 × 630');
      const decoded = await decodePng(page, png.bytes);
      assert.deepEqual([decoded.width, decoded.height], [1200, 630]);
      assert.ok(decoded.colours >= 4, `a picture, not a blank: ${decoded.colours} colours`);
      await page.getByRole('status').getByText('Saved as forkpoint-quiz-result.png.').waitFor();

      for (const months of [3, 6]) {
        const ics = await download(page, `Remind me in ${months} months`);
        const day = monthsLater(months);
        assert.equal(ics.name, `forkpoint-quiz-reminder-${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}.ics`);
        const text = ics.bytes.toString('utf8');
        const lines = icsLines(text);
        assert.equal(lines[0], 'BEGIN:VCALENDAR');
        assert.equal(lines.at(-1), 'END:VCALENDAR');
        assert.ok(lines.includes(`DTSTART;VALUE=DATE:${day}`), lines.join('\n'));
        assert.ok(lines.includes('SUMMARY:Take the Fork quiz again'));
        const url = lines.find((line) => line.startsWith('URL:')).slice(4);
        assert.equal(url, `${suite.server.url}#/quiz`);
        assert.ok(!text.includes('/share/') && !text.includes(href.split('/share/')[1]), 'no answers in the reminder');
        await page.getByRole('status').getByText(`Saved as ${ics.name}: open it`).waitFor();
      }
      assert.deepEqual(requests.filter((url) => !url.startsWith(suite.server.url)), []);
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing is stored');

      // The quiz's own further page: the conversation guide, same result.
      const guide = await page.getByRole('link', { name: 'Prepare a talk with your manager' }).getAttribute('href');
      assert.equal(guide, href.replace('card.html', 'guide.html'));
      // The reminder's link opens the quiz.
      await page.goto(`${suite.server.url}#/quiz`);
      await page.getByRole('heading', { level: 1, name: 'Maker or Multiplier?' }).waitFor();
      assertNoProblems(page);
      await page.context().close();
    }
  });

  test('a path diagnostic reading: its blend on the image, a reminder for the diagnostic, no guide', async () => {
    const { href, heading } = await moreLink(suite, 'path');
    const page = await openPage(suite.browser, { acceptDownloads: true });
    await page.goto(`${suite.server.url}${href}`);
    await page.getByRole('img', { name: `The image: My path diagnostic reading: ${heading}. ${heading.replace(' / ', '; ')}.` }).waitFor();
    const png = await download(page, 'Download the image (PNG)');
    assert.equal(png.name, 'forkpoint-path-result.png');
    assert.ok((await decodePng(page, png.bytes)).colours >= 3);
    const ics = await download(page, 'Remind me in 3 months');
    const lines = icsLines(ics.bytes.toString('utf8'));
    assert.ok(lines.includes('SUMMARY:Take the path diagnostic again'));
    assert.ok(lines.includes(`URL:${suite.server.url}#/path`));
    assert.equal(await page.getByRole('link', { name: 'Prepare a talk with your manager' }).count(), 0);
    await assertAccessible(page, 'a path reading to keep and share');
    assertNoProblems(page);
    await page.context().close();
  });

  test('a balance check and a stage readiness: their scores on the image, reminders that open their pages', async () => {
    const runs = [
      ['balance', SAM, 'Start the balance check', 'Balance check: Over-managing. Over-managing: 77 of 100; Over-leading: 15 of 100', 'Take the balance check again'],
      ['stage', ALEX, 'Start the stage check', 'Stage readiness: Growing into the stage. Footing: 68 of 100; Readiness: 38 of 100', 'Take the stage readiness again'],
    ];
    for (const [id, answers, start, alt, summary] of runs) {
      const page = await openPage(suite.browser, { acceptDownloads: true });
      await page.goto(`${suite.server.url}${id}.html#/${id}`);
      await page.getByRole('button', { name: start }).click();
      await answerByKeyboard(page, answers);
      await page.getByRole('button', { name: 'See my result' }).click();
      const more = page.getByRole('link', { name: /^More you can do with this result/ });
      const href = await more.getAttribute('href');
      assert.match(href, new RegExp(`^card\\.html#/share/${id[0]}1\\.${answers}\\.`), 'the result, as its share link carries it');
      await more.click();
      await page.getByRole('heading', { level: 1, name: 'Keep and share your result' }).waitFor();
      await page.getByRole('img', { name: `The image: ${alt}.` }).waitFor();
      const png = await download(page, 'Download the image (PNG)');
      assert.equal(png.name, `forkpoint-${id}-result.png`);
      const decoded = await decodePng(page, png.bytes);
      assert.deepEqual([decoded.width, decoded.height], [1200, 630]);
      assert.ok(decoded.colours >= 4, `a picture, not a blank: ${decoded.colours} colours`);
      const ics = await download(page, 'Remind me in 3 months');
      const text = ics.bytes.toString('utf8');
      const lines = icsLines(text);
      assert.ok(lines.includes(`SUMMARY:${summary}`), lines.join('\n'));
      assert.ok(lines.includes(`URL:${suite.server.url}${id}.html#/${id}`), lines.join('\n'));
      assert.ok(!text.includes('/share/') && !text.includes(answers), 'no answers in the reminder');
      for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await assertAccessible(page, `a ${id} result to keep and share, ${colorScheme} ${width}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen at ${width} px`);
      }
      assertNoProblems(page);
      await page.context().close();
      // The reminder's link opens the instrument, at its start for someone new.
      const fresh = await openPage(suite.browser);
      await fresh.goto(`${suite.server.url}${id}.html#/${id}`);
      await fresh.getByRole('button', { name: start }).waitFor();
      assertNoProblems(fresh);
      await fresh.context().close();
    }
  });

  test('without a result, or with a broken one, the page says so', async () => {
    const page = await openPage(suite.browser);
    for (const hash of ['', '#/share/q1zzzz']) {
      await page.goto(`${suite.server.url}card.html${hash}`);
      await page.getByRole('heading', { level: 1, name: 'No result to keep or share' }).waitFor();
      const text = (await page.locator('main p').first().textContent()).trim();
      assert.ok(text.length > 10 && !text.includes('[missing'), text);
      await assertAccessible(page, `the card page without a result (${hash || 'no link'})`);
    }
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: /keep doing the work/i }).waitFor();
    assertNoProblems(page);
    await page.context().close();
  });

  test('in German', async () => {
    const { card } = (await readCatalogs()).de;
    const { href } = await moreLink(suite, 'quiz');
    const page = await openPage(suite.browser, { locale: 'de-DE', width: 320, acceptDownloads: true });
    await page.goto(`${suite.server.url}${href}`);
    await page.getByRole('heading', { level: 1, name: card.title }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    const ics = await download(page, card.in_3_months);
    assert.ok(icsLines(ics.bytes.toString('utf8')).includes(`SUMMARY:${card.event.quiz}`));
    await assertAccessible(page, 'a result to keep and share, in German');
    assertNoProblems(page);
    await page.context().close();
  });
});
