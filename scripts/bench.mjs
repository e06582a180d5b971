// The benchmark (SPEC section 7): prints figures, never fails on timing.
//   node scripts/bench.mjs [runs]     (scripts/bench.sh builds first)
// Reports the first-load bundle (raw, gzip, brotli per file), the time until
// the home screen is on screen and interactive in headless Chromium at 4x CPU
// slowdown (median and spread over several cold runs), the per-answer latency
// through the whole Fork quiz (unthrottled, p95), the wasm memory, and the
// time until the home screen and the results page show a large history
// (1,000 and 5,000 saved results, 4x CPU slowdown). With BARE_YEW_DIST (a
// build of bench/bare-yew, which scripts/bench.sh makes), the bare Yew app's
// first control is timed in the same run, alternating with Forkpoint's, and
// the ratio printed. With BASELINE_DIST (an earlier release build, say of
// the commit before a change), that build's home is timed in the same runs
// too, so "no slower than before" is read side by side, not across days.
import { BUDGET_BROTLI_BYTES, formatBundle, kib, measureBundle, PAGES } from '../tests/e2e/bundle.mjs';
import { readFile } from 'node:fs/promises';
import { DIST, launchBrowser, serveDist } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { CPU_SLOWDOWN, openHomeCold, quantile, summarise } from './bench-shared.mjs';

const QUIZ = JSON.parse(await readFile(new URL('../content/instruments/quiz.json', import.meta.url), 'utf8'));

const RUNS = Number(process.argv[2] ?? 7);

async function timeToInteractive(browser, url) {
  const { page, context } = await openHomeCold(browser, url);
  const ms = await page.evaluate(() => window.__forkpointReady);
  const started = await page.evaluate(() => window.__forkpointStarted ?? null);
  const app = await page.evaluate(() => window.__forkpointApp);
  const memory = await page.evaluate(
    () => Object.values(window.__forkpointWasm ?? {}).find((value) => value instanceof WebAssembly.Memory)?.buffer.byteLength ?? null,
  );
  await context.close();
  return { ms, started, app, memory };
}

/**
 * Clicks `selector` inside the page and returns the milliseconds until the DOM
 * satisfies `done` (checked from a MutationObserver, so no polling delay).
 */
async function timeClick(page, selector, done, arg = null) {
  return page.evaluate(
    ([selector, doneSource, arg]) =>
      new Promise((resolve) => {
        const isDone = () => new Function('arg', `return (${doneSource})(arg);`)(arg);
        const target = document.querySelector(selector);
        let start = 0;
        const observer = new MutationObserver(() => {
          if (isDone()) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        start = performance.now();
        target.click();
      }),
    [selector, done.toString(), arg],
  );
}

/** Answers the whole quiz; returns per-answer latencies (choice click, Next click, both). */
async function answerLatencies(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}#/quiz`);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const choose = [];
  const next = [];
  for (;;) {
    const progress = await page.locator('.progress-text').textContent().catch(() => null);
    if (!progress || (await page.locator('input[type=radio]').count()) === 0) break;
    const value = 1 + (choose.length % 5);
    choose.push(await timeClick(page, `input[type=radio][value="${value}"]`,
      () => document.querySelector('label.choice.checked') !== null));
    next.push(await timeClick(page, 'button[type=submit]',
      (before) => document.querySelector('.progress-text')?.textContent !== before, progress));
  }
  await context.close();
  return { choose, next, both: choose.map((c, i) => c + next[i]) };
}

for (const page of PAGES) {
  const bundle = await measureBundle(DIST, page);
  console.log(`First load of ${page} (the page and every file it fetches):`);
  console.log(formatBundle(bundle));
  console.log(`budget: ${kib(bundle.total.brotli)} of ${kib(BUDGET_BROTLI_BYTES)} brotli\n`);
}

/** A stored document with `size` saved results (copies of one real quiz result). */
function historyDocument(size) {
  const answers = Object.fromEntries(QUIZ.items.map((item, at) => [item.id, (at % 5) + 1]));
  const history = Array.from({ length: size }, (_, i) => ({
    id: `r${i}`, instrument: 'quiz', completedAt: 1_700_000_000_000 + i * 60_000, model: QUIZ.modelVersion, answers,
  }));
  return JSON.stringify({ app: 'forkpoint', schema: 1, revision: size, history });
}

/** Milliseconds from navigation until `selector` exists, with a history of `size` results stored. */
async function timeWithHistory(browser, base, size, path, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}manifest.webmanifest`);
  await page.evaluate((text) => localStorage.setItem('forkpoint:document', text), historyDocument(size));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const started = Date.now();
  await page.goto(`${base}${path}`);
  await page.locator(selector).first().waitFor({ timeout: 300_000 });
  const ms = Date.now() - started;
  await context.close();
  return ms;
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  const bare = process.env.BARE_YEW_DIST ? await startServer(process.env.BARE_YEW_DIST) : null;
  const baseline = process.env.BASELINE_DIST ? await startServer(process.env.BASELINE_DIST) : null;
  // Warm the OS file cache, not the browser's.
  await timeToInteractive(browser, server.url);
  if (bare) await timeToInteractive(browser, bare.url);
  if (baseline) await timeToInteractive(browser, baseline.url);
  const runs = [];
  const bareRuns = [];
  const baselineRuns = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await timeToInteractive(browser, server.url));
    if (bare) bareRuns.push(await timeToInteractive(browser, bare.url));
    if (baseline) baselineRuns.push(await timeToInteractive(browser, baseline.url));
  }
  const t = summarise(runs.map((r) => r.ms));
  console.log(`Home screen on screen and interactive, ${CPU_SLOWDOWN}x CPU slowdown, ${RUNS} cold runs:`);
  console.log(`  median ${t.median.toFixed(0)} ms, min ${t.min.toFixed(0)} ms, max ${t.max.toFixed(0)} ms`);
  const app = summarise(runs.map((r) => r.app));
  if (app.median !== t.median) {
    console.log(`  (the first screen index.html carries; the app's own replaced it at median ${app.median.toFixed(0)} ms)`);
  }
  const started = runs.filter((r) => r.started !== null);
  if (started.length === runs.length) {
    const s = summarise(started.map((r) => r.started));
    const rest = summarise(started.map((r) => r.app - r.started));
    console.log(`  of which: the wasm started (fetched, compiled, main run) at median ${s.median.toFixed(0)} ms;`);
    console.log(`  its words and first render took median ${rest.median.toFixed(0)} ms more`);
  }
  if (bare) {
    const b = summarise(bareRuns.map((r) => r.ms));
    const size = await measureBundle(process.env.BARE_YEW_DIST, 'index.html');
    console.log(`A bare Yew 0.23 app (bench/bare-yew, ${kib(size.total.brotli)} brotli), same runs, alternating:`);
    console.log(`  median ${b.median.toFixed(0)} ms, min ${b.min.toFixed(0)} ms, max ${b.max.toFixed(0)} ms`);
    console.log(`  Forkpoint's home takes ${(t.median / b.median).toFixed(2)}x the bare app's time (medians)`);
    // Each run beside the bare run right after it: the machine's load drifts
    // between runs, and a pair shares most of it.
    const pairs = summarise(runs.map((r, i) => r.ms / bareRuns[i].ms));
    const sorted = runs.map((r, i) => r.ms / bareRuns[i].ms).sort((x, y) => x - y);
    const quartiles = [quantile(sorted, 0.25), quantile(sorted, 0.75)].map((q) => q.toFixed(2));
    console.log(`  run by run (each beside the bare run after it): median ${pairs.median.toFixed(2)}x, middle half ${quartiles.join('–')}x`);
    await bare.close();
  }
  if (baseline) {
    const base = summarise(baselineRuns.map((r) => r.ms));
    console.log(`The baseline build (${process.env.BASELINE_DIST}), same runs, alternating:`);
    console.log(`  median ${base.median.toFixed(0)} ms, min ${base.min.toFixed(0)} ms, max ${base.max.toFixed(0)} ms`);
    if (bare) {
      const bareMedian = summarise(bareRuns.map((r) => r.ms)).median;
      const baseToBare = summarise(baselineRuns.map((r, i) => r.ms / bareRuns[i].ms));
      console.log(`  ${(base.median / bareMedian).toFixed(2)}x the bare app's time (medians), run by run ${baseToBare.median.toFixed(2)}x`);
    }
    console.log(`  Forkpoint's home takes ${(t.median / base.median).toFixed(2)}x the baseline's time (medians)`);
    await baseline.close();
  }
  const answers = { choose: [], next: [], both: [] };
  for (let i = 0; i < 3; i += 1) {
    const run = await answerLatencies(browser, server.url);
    for (const key of Object.keys(answers)) answers[key].push(...run[key]);
  }
  console.log(`Per-answer latency through the Fork quiz, unthrottled, ${answers.both.length} answers (click to updated DOM):`);
  for (const [key, label] of [['choose', 'choose an answer'], ['next', 'Next to the new question'], ['both', 'answer + Next']]) {
    const s = summarise(answers[key]);
    console.log(`  ${label.padEnd(26)} p95 ${s.p95.toFixed(1)} ms, median ${s.median.toFixed(1)} ms, max ${s.max.toFixed(1)} ms`);
  }
  const memory = runs.at(-1).memory;
  console.log(`wasm memory in use: ${memory === null ? 'unavailable' : kib(memory)}`);
  console.log(`Large histories, ${CPU_SLOWDOWN}x CPU slowdown (until the page shows them; median of 3):`);
  for (const size of [1000, 5000]) {
    const home = [];
    const results = [];
    for (let i = 0; i < 3; i += 1) {
      home.push(await timeWithHistory(browser, server.url, size, '#/', 'main a.button.primary'));
      results.push(await timeWithHistory(browser, server.url, size, 'results.html#/data', '.history-list li'));
    }
    const [h, r] = [summarise(home), summarise(results)];
    console.log(`  ${String(size).padStart(5)} results: home ${h.median.toFixed(0)} ms (${h.min.toFixed(0)}–${h.max.toFixed(0)}), results page ${r.median.toFixed(0)} ms (${r.min.toFixed(0)}–${r.max.toFixed(0)})`);
  }
} finally {
  await browser.close();
  await server.close();
}
