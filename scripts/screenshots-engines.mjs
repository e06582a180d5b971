// Screenshots of the home screen, a question, the results, the conversation
// guide, the team view and the embed popup in Firefox and
// WebKit (and Chromium), at 360 px and 1280 px, light and dark, to look at
// what each engine draws:
//   xvfb-run -a node scripts/screenshots-engines.mjs [outdir]
// Needs a release build in dist/. FORKPOINT_ENGINES picks the engines
// (default: firefox,webkit). WebDriver screenshots show the viewport only.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist } from '../tests/e2e/helpers.mjs';
import { startEngine } from '../tests/journeys/engines.mjs';
import { Journey, Key } from '../tests/journeys/journey.mjs';

const OUT = process.argv[2] ?? 'screenshots/engines';
const ENGINES = (process.env.FORKPOINT_ENGINES ?? 'firefox,webkit').split(',');
await mkdir(OUT, { recursive: true });
const server = await serveDist();

async function shoot(j, name) {
  // WebKit's screenshots can lag a frame behind the last change.
  await new Promise((ok) => setTimeout(ok, 300));
  await writeFile(join(OUT, `${name}.png`), await j.driver.takeScreenshot(), 'base64');
}

try {
  for (const name of ENGINES) {
    const engine = await startEngine(name);
    try {
      for (const dark of [false, true]) {
        for (const width of [360, 1280]) {
          const tag = `${name}-${width}-${dark ? 'dark' : 'light'}`;
          const j = new Journey(engine, await engine.session({ width, height: 800, dark }), [server]);
          try {
            await j.goto(server.url);
            await j.find('link', 'Start the Fork quiz');
            await shoot(j, `01-home-${tag}`);
            await j.goto(`${server.url}#/quiz`);
            await j.click('button', /^(Start the quiz|Continue where I left off)$/);
            await j.waitForText('Question 1 of 25');
            await j.keys('4');
            await shoot(j, `02-question-${tag}`);
            await j.keys(Key.ENTER);
            for (let n = 2; n <= 25; n += 1) {
              await j.waitForText(`Question ${n} of 25`);
              await j.until(async () => (await j.focused()).tag === 'input', 'focus on the choices');
              await j.keys(String(1 + (n % 5)), Key.ENTER);
            }
            await j.click('button', 'See my result');
            await j.find('heading', /Maker|Multiplier|Balanced/, { level: 1 });
            await shoot(j, `03-quiz-result-${tag}`);
            // The conversation guide made from that result, one line left out.
            await j.click('link', /^More you can do with this result/);
            await j.find('heading', 'Keep and share your result', { level: 1 });
            await new Promise((ok) => setTimeout(ok, 300));
            await shoot(j, `09-card-${tag}`);
            await j.click('link', 'Prepare a talk with your manager');
            await j.find('heading', 'Talk it over with your manager', { level: 1 });
            await j.run(() => document.querySelectorAll('.guide-lines input')[4].click());
            await j.scrollTo((await j.all('heading', "What I'd like to try next"))[0]);
            await shoot(j, `07-guide-${tag}`);
            await j.driver.navigate().back();
            await j.driver.navigate().back();
            await j.goto(`${server.url}#/path`);
            await j.click('button', /^(Start the diagnostic|Continue where I left off)$/);
            await j.answerByKeys(5, (n) => String(1 + (n % 3)));
            await j.click('button', 'Skip this step');
            await j.find('heading', /% management/, { level: 1 });
            await shoot(j, `04-path-result-${tag}`);
            // The team view with that reading twice under two names.
            const link = await (await j.find('textbox', 'Link to this result')).getAttribute('value');
            await j.goto(`${server.url}team.html`);
            await (await j.find('textbox', 'Share links, one person per line')).sendKeys(`Ana ${link}`, Key.ENTER, `Bo ${link}`, Key.ENTER, 'no link');
            await j.click('button', 'Show the team');
            await j.until(async () => (await j.focused()).id === 'team-summary', 'the team summary');
            await shoot(j, `08-team-${tag}`);
            // The balance check and the stage readiness, to the worked examples' results.
            for (const [page, start, positions, heading, section] of [
              ['balance.html', 'Start the balance check', '524241413152342414242525', 'Over-managing', 'Signs that stand out'],
              ['stage.html', 'Start the stage check', '2424423542425444342211', 'Growing into the stage', 'Where you stand on the two capability ladders'],
            ]) {
              const id = page.replace('.html', '');
              await j.goto(`${server.url}${page}`);
              await j.click('button', start);
              for (const [at, digit] of [...positions].entries()) {
                await j.atQuestion(at + 1, positions.length);
                await j.keys(digit, Key.ENTER);
              }
              await j.tabTo('See my result', 60);
              await j.keys(Key.ENTER);
              await j.find('heading', heading, { level: 1 });
              await shoot(j, `10-${id}-result-${tag}`);
              await j.scrollTo(await j.find('heading', section));
              await shoot(j, `11-${id}-section-${tag}`);
            }
            // The embed documentation's popup example, open over the page.
            await j.goto(`${server.url}embedding.html`);
            await j.scrollTo(await j.find('heading', 'As a popup'));
            await shoot(j, `05-embed-popup-button-${tag}`);
            await j.click('button', 'Try the path diagnostic in a popup');
            await j.driver.switchTo().frame(await j.until(async () => (await j.driver.findElements({ css: 'dialog[open] iframe' }))[0], 'the popup'));
            await j.find('button', 'Start the diagnostic');
            await j.driver.switchTo().defaultContent();
            await shoot(j, `06-embed-popup-${tag}`);
          } finally {
            await j.close();
          }
        }
      }
    } finally {
      await engine.stop();
    }
  }
} finally {
  await server.close();
}
console.log(`screenshots in ${OUT}/`);
