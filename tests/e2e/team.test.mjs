// The team view (team.html): three people's path diagnostic share links
// make a view of each reading, the team's average and range, and question
// by question where it agrees or splits; a broken link, a Fork quiz link and
// a repeated line are each named and left out; three balance checks make
// one of both readings and every statement, a path link among them left
// out; nothing is requested beyond
// the app's own files and nothing is stored; axe-core finds nothing in
// light and dark at 360 and 1280 px; German too.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readCatalogs } from '../../scripts/words.mjs';
import { assertAccessible, assertNoProblems, openPage, serveDist, useSuite, waitForApp } from './helpers.mjs';
import { answerByKeyboard, extreme, finishPath, finishQuiz, SAM } from './flows.mjs';

/** A share link of a path diagnostic answered with choice `pick` throughout, and its reading. */
async function pathLink(suite, pick) {
  const page = await openPage(suite.browser);
  await page.goto(`${suite.server.url}#/path`);
  await waitForApp(page);
  await finishPath(page, pick);
  const reading = (await page.locator('main h1').first().textContent()).trim();
  const link = await page.locator('#share-link').inputValue();
  await page.context().close();
  return { link, reading };
}

/** A share link of a balance check answered with `positions`. */
async function balanceLink(suite, positions) {
  const page = await openPage(suite.browser);
  await page.goto(`${suite.server.url}balance.html#/balance`);
  await page.getByRole('button', { name: 'Start the balance check' }).click();
  await answerByKeyboard(page, positions);
  await page.getByRole('button', { name: 'See my result' }).click();
  const link = await page.locator('#share-link').inputValue();
  await page.context().close();
  return link;
}

describe('the team view', () => {
  const suite = useSuite(serveDist);

  test('three links make the team; a broken, a foreign and a repeated line are named and left out; nothing leaves the page', async () => {
    const people = [await pathLink(suite, 0), await pathLink(suite, 1), await pathLink(suite, 3)];
    const quizPage = await openPage(suite.browser);
    await quizPage.goto(`${suite.server.url}#/quiz`);
    await waitForApp(quizPage);
    await quizPage.getByRole('button', { name: 'Start the quiz' }).click();
    await finishQuiz(quizPage);
    const quizLink = await quizPage.locator('#share-link').inputValue();
    await quizPage.context().close();
    const broken = `${people[0].link.slice(0, -3)}zzz`;

    for (const [width, colorScheme] of [[360, 'light'], [1280, 'dark']]) {
      const page = await openPage(suite.browser, { width, colorScheme });
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      // From the results page's link.
      await page.goto(`${suite.server.url}results.html#/data`);
      await page.getByRole('link', { name: "See your team's readings side by side" }).click();
      await page.getByRole('heading', { level: 1, name: "Your team's readings side by side" }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'the heading takes the focus');
      await assertAccessible(page, `the team view, empty, ${width} ${colorScheme}`);
      await page.getByRole('button', { name: 'Show the team' }).click();
      await page.getByText('No one to show yet').waitFor();

      const pasted = [
        `Ana: ${people[0].link}`,
        `Bo Li – ${people[1].link}`,
        '',
        people[2].link,
        `Dee ${broken}`,
        `Ana: ${people[0].link}`,
        `Eve ${quizLink}`,
        'Finn has not taken it yet',
      ].join('\n');
      await page.getByRole('textbox', { name: 'Share links, one person per line' }).fill(pasted);
      await page.getByRole('button', { name: 'Show the team' }).click();
      const rows = page.locator('section[aria-labelledby="readings-heading"] tbody tr');
      await rows.first().waitFor();
      // A one-line summary takes the focus; the rest is read on demand.
      await page.waitForFunction(() => document.activeElement?.id === 'team-summary');
      assert.equal((await page.locator('#team-summary').textContent()).trim(), '3 people shown. 4 lines left out.');
      assert.deepEqual(
        await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim()))),
        [['Ana', people[0].reading], ['Bo Li', people[1].reading], ['Person on line 4', people[2].reading]],
      );
      const leftOut = await page.locator('#left-out-heading + ul li').allTextContents();
      assert.equal(leftOut.length, 4);
      assert.match(leftOut[0], /^Line 5: the link cannot be opened\. [A-Z]/);
      assert.ok(!(await page.locator('body').innerText()).includes('[missing word'), 'every word is loaded');
      assert.equal(leftOut[1], 'Line 6 repeats line 1: the same name and link.');
      assert.equal(leftOut[2], 'Line 7 holds a result of another instrument (Fork quiz). The team view compares one instrument at a time: the one of the first link it could read.');
      assert.equal(leftOut[3], 'Line 8 has no share link in it.');
      // Answers 0, 1 and 3 of each question: a split on every question.
      assert.equal(await page.getByText('The team splits here.').count(), 5);
      await page.getByText(/^On average the team reads /).waitFor();
      await assertAccessible(page, `the team view, three people, ${width} ${colorScheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      // Nothing but the app's own files was asked for, and nothing was stored.
      assert.deepEqual(requests.filter((url) => !url.startsWith(suite.server.url)), []);
      assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'forkpoint:document').length), 0);
      assertNoProblems(page);
      await page.context().close();
    }
  });

  test('three balance checks: both readings side by side, every statement, a path link left out', async () => {
    const links = [await balanceLink(suite, SAM), await balanceLink(suite, await extreme('managing')), await balanceLink(suite, await extreme('leading'))];
    const path = await pathLink(suite, 0);
    const page = await openPage(suite.browser);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${suite.server.url}team.html`);
    await page.getByRole('heading', { level: 1, name: "Your team's readings side by side" }).waitFor();
    assert.match(await page.getByRole('link', { name: 'Take the balance check yourself' }).getAttribute('href'), /balance\.html#\/balance$/);
    const pasted = [`Sam: ${links[0]}`, `Kim ${links[1]}`, `Lou ${links[2]}`, `Ana ${path.link}`].join('\n');
    await page.getByRole('textbox', { name: 'Share links, one person per line' }).fill(pasted);
    await page.getByRole('button', { name: 'Show the team' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'team-summary');
    assert.equal((await page.locator('#team-summary').textContent()).trim(), '3 people shown. 1 line left out.');
    const table = page.locator('section[aria-labelledby="readings-heading"] tr');
    assert.deepEqual(
      await table.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim()))),
      [
        ['Person', 'Reading', 'Over-managing', 'Over-leading'],
        ['Sam', 'Over-managing', '77', '15'],
        ['Kim', 'Over-managing', '100', '0'],
        ['Lou', 'Over-leading', '0', '100'],
      ],
    );
    assert.deepEqual(await page.locator('#left-out-heading + ul li').allTextContents(), [
      'Line 4 holds a result of another instrument (Path diagnostic). The team view compares one instrument at a time: the one of the first link it could read.',
    ]);
    const together = await page.locator('section[aria-labelledby="together-heading"] p').allTextContents();
    assert.deepEqual(together, [
      'Over-managing: 59 of 100 on average. The readings run from 0 to 100.',
      'Over-leading: 38 of 100 on average. The readings run from 0 to 100.',
    ]);
    // The two extremes answer every statement at opposite ends: all 24 split.
    const statements = page.locator('.team-question');
    assert.equal(await statements.count(), 24);
    assert.equal(await page.getByText('The team splits here.').count(), 24);
    assert.equal(await page.getByText('Some see this often, others hardly ever.', { exact: false }).count(), 1, 'what a split suggests, said once');
    // The first statement, as the three answered it.
    const first = [SAM, await extreme('managing'), await extreme('leading')].map((answers) => Number(answers[0]));
    const labels = ['Never', 'Rarely', 'Sometimes', 'Often', 'Almost always'];
    assert.deepEqual(
      await statements.first().locator('li').allTextContents(),
      labels.map((label, at) => {
        const count = first.filter((position) => position === at + 1).length;
        return `${label}: ${count} ${count === 1 ? 'person' : 'people'}`;
      }),
    );
    for (const [colorScheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await assertAccessible(page, `the team view of balance checks, ${colorScheme}, ${width} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen at ${width} px`);
    }
    assert.deepEqual(requests.filter((url) => !url.startsWith(suite.server.url)), []);
    assertNoProblems(page);
    await page.context().close();
  });

  test('in German', async () => {
    const { team } = (await readCatalogs()).de;
    const person = await pathLink(suite, 2);
    const page = await openPage(suite.browser, { locale: 'de-DE', width: 320 });
    await page.goto(`${suite.server.url}team.html`);
    await page.getByRole('heading', { level: 1, name: team.title }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    await page.getByRole('textbox', { name: team.links_label }).fill(`Ana ${person.link}\nkaputt`);
    await page.getByRole('button', { name: team.show }).click();
    await page.getByText(team.left_out.no_link.replace('{line}', '2')).waitFor();
    await page.getByText(team.agrees).first().waitFor();
    await assertAccessible(page, 'the team view in German');
    assertNoProblems(page);
    await page.context().close();
  });
});
