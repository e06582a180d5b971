// What both benchmarks share (scripts/bench.mjs, scripts/bench-home.mjs):
// opening a build's home cold, at the CPU slowdown, until its first
// instrument link is on screen, and summing up the times.

export const CPU_SLOWDOWN = 4;

export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];

export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0], max: sorted.at(-1), p95: quantile(sorted, 0.95) };
}

/**
 * Records, in the page's own clock, when the first instrument link is on
 * screen (`__forkpointReady`) and when the app's own is (`__forkpointApp`):
 * the same moment, unless the page carries the home's first screen as the
 * build wrote it (src/first_screen.rs), whose link works as soon as it is
 * painted, before the app has started.
 */
function readyProbe() {
  const tell = (what) => console.debug(`forkpoint-bench:${what}`);
  const mark = (painted) => {
    const link = document.querySelector('main a.button.primary');
    if (!link) return;
    const written = link.closest('#first-screen');
    // Told through the console, which the page does not wait on: polling
    // for it (waitForFunction) would first evaluate Playwright's own
    // script of about 300 KB on the page's main thread, at the 4x
    // slowdown, and delay whichever app had not rendered yet.
    if (window.__forkpointReady === undefined && (!written || (painted && link.checkVisibility()))) {
      window.__forkpointReady = performance.now();
      tell('ready');
    }
    if (window.__forkpointApp === undefined && !written) {
      window.__forkpointApp = performance.now();
      tell('app');
    }
  };
  // The app's screen arrives by DOM changes; the written one is on screen
  // at the first frame after its stylesheet (no frame is drawn before).
  const frame = () => {
    mark(true);
    if (window.__forkpointReady === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver(() => mark(false)).observe(document, { childList: true, subtree: true });
  // Trunk's loader announces the started module with its exports, memory
  // included (under a short name in release builds: scripts/wasm-names.mjs).
  // The phases before it (scripts/bench-home.mjs prints them): the page
  // parsed, and the wasm compiled and instantiated. Timed by wrapping the
  // browser's instantiate functions: a promise callback, no work added.
  const phases = (window.__forkpointPhases = {});
  addEventListener('DOMContentLoaded', () => {
    phases.parsed = performance.now();
  });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((result) => {
        phases.instantiated ??= performance.now();
        return result;
      });
    };
  }
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__forkpointWasm = event.detail.wasm;
    window.__forkpointStarted = performance.now();
  });
}

/**
 * Opens `url` in a new context at the slowdown and returns once the home
 * screen is interactive and the app's own is up: the page (its
 * `window.__forkpointReady`, `__forkpointApp`, `__forkpointStarted` and
 * `__forkpointPhases` hold the times) and its
 * context, for the caller to close.
 */
export async function openHomeCold(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await context.addInitScript(readyProbe);
  // The app's own screen comes last (or with the first control).
  const ready = page.waitForEvent('console', { predicate: (message) => message.text() === 'forkpoint-bench:app', timeout: 60_000 });
  // Not waiting for the load event either: nothing of Playwright's runs in
  // the page until it is ready.
  await page.goto(url, { waitUntil: 'commit' });
  await ready;
  return { page, context };
}
