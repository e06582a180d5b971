// Times the home screen of two or more release builds against each other:
//   node scripts/bench-home.mjs <runs> <dist> <dist> …
// Each round loads every build's home once, cold, in headless Chromium at 4x
// CPU slowdown, in a rotating order (so none is always first after a pause),
// until its first instrument link is on screen. Prints each build's median
// and, for every build after the first, its time over the first's: of the
// medians, and run by run (each run beside the first build's run of the same
// round, which shares most of the machine's passing load), then each
// build's phases (page parsed, wasm instantiated, the app's own screen up:
// later than interactive where the page carries the home's first screen as
// the build wrote it) and how many requests had started before its home
// was interactive. Only the home
// screen: a round of three builds takes a few seconds, so 31 rounds fit in a
// couple of minutes, where scripts/bench.mjs also times the quiz and long
// histories. Figures only; it never fails on a timing.
import { launchBrowser } from '../tests/e2e/helpers.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { CPU_SLOWDOWN, openHomeCold, summarise } from './bench-shared.mjs';

const [runsArgument, ...dists] = process.argv.slice(2);
const RUNS = Number(runsArgument);
if (!Number.isInteger(RUNS) || RUNS < 1 || dists.length < 2) {
  console.error('usage: node scripts/bench-home.mjs <runs> <dist> <dist> [<dist> …]');
  process.exit(2);
}

/** One cold load: when the home was interactive, the phases before, and
 * how many requests (the page's own included) had started by then. */
async function timeHome(browser, url) {
  const { page, context } = await openHomeCold(browser, url);
  try {
    return await page.evaluate(() => {
      const ready = window.__forkpointReady;
      const requests = 1 + performance.getEntriesByType('resource').filter((entry) => entry.startTime < ready).length;
      return { ready, app: window.__forkpointApp, ...window.__forkpointPhases, requests };
    });
  } finally {
    await context.close();
  }
}

const servers = await Promise.all(dists.map((dist) => startServer(dist)));
const browser = await launchBrowser();
const times = dists.map(() => []);
const details = dists.map(() => []);
for (let round = 0; round < RUNS; round += 1) {
  for (let k = 0; k < dists.length; k += 1) {
    const i = (round + k) % dists.length;
    const { ready, ...phases } = await timeHome(browser, servers[i].url);
    times[i][round] = ready;
    details[i].push(phases);
  }
}
await browser.close();
await Promise.all(servers.map((server) => server.close()));

console.log(`Home screen interactive, ${CPU_SLOWDOWN}x CPU slowdown, ${RUNS} cold runs each, rotating:`);
const first = summarise(times[0]);
dists.forEach((dist, i) => {
  const own = summarise(times[i]);
  const line = `  ${dist}: median ${own.median.toFixed(0)} ms (${own.min.toFixed(0)}–${own.max.toFixed(0)})`;
  if (i === 0) {
    console.log(line);
    return;
  }
  const ofMedians = own.median / first.median;
  const runByRun = summarise(times[i].map((ms, round) => ms / times[0][round])).median;
  console.log(`${line}, ${ofMedians.toFixed(3)}x the first (medians), ${runByRun.toFixed(3)}x run by run`);
});
// Where the time goes: a later "parsed" is the page's own head (its
// scripts, its requests); "instantiated" to interactive is the app's start
// and first render. Requests by then: a count, the same every run.
console.log('Phases (medians, ms from navigation) and requests started before the home was interactive:');
dists.forEach((dist, i) => {
  const median = (key) => summarise(details[i].map((phase) => phase[key] ?? Number.NaN)).median;
  const requests = [...new Set(details[i].map((phase) => phase.requests))].sort((a, b) => a - b).join(' or ');
  console.log(`  ${dist}: parsed ${median('parsed').toFixed(0)}, wasm instantiated ${median('instantiated').toFixed(0)}, interactive ${summarise(times[i]).median.toFixed(0)}, the app's own screen ${median('app').toFixed(0)}; ${requests} requests`);
});
