// The three browser engines a person may take Forkpoint in, each driven the
// same way: W3C WebDriver through selenium-webdriver. One API for all three,
// because it is the only one that reaches all three with the browsers as
// shipped: Chromium through ChromeDriver, Firefox ESR through geckodriver,
// WebKitGTK (Safari's engine) through WebKitWebDriver and its MiniBrowser.
// (Playwright needs its own patched Firefox and WebKit builds, which cannot
// be downloaded here; puppeteer has no WebKit.) Where the engine speaks
// WebDriver BiDi (Chromium, Firefox), its console and errors are read from
// it as well; in every engine tests/e2e/probe.js reports them too.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Capabilities } from 'selenium-webdriver';
import LogInspector from 'selenium-webdriver/bidi/logInspector.js';
import { CHROMIUM_FLAGS, freePort } from '../e2e/helpers.mjs';

const CARGO_BIN = join(process.env.CARGO_HOME ?? join(process.env.HOME ?? '/root', '.cargo'), 'bin');

/** What each engine needs: its driver, and the capabilities of a fresh, private session. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    driver: process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver',
    args: (port) => [`--port=${port}`, '--allowed-ips=127.0.0.1'],
    bidi: true,
    capabilities({ width, height, dark, downloads, blockStorage, language }) {
      return {
        browserName: 'chrome',
        webSocketUrl: true,
        'goog:chromeOptions': {
          binary: process.env.CHROMIUM ?? '/usr/bin/chromium',
          args: [
            ...CHROMIUM_FLAGS,
            '--headless=new',
            `--window-size=${width},${height}`,
            ...(dark ? ['--force-dark-mode', '--blink-settings=preferredColorScheme=0'] : []),
            ...(language ? [`--lang=${language}`, `--accept-lang=${language}`] : []),
          ],
          prefs: {
            'download.default_directory': downloads,
            'download.prompt_for_download': false,
            // "Block sites from saving data": localStorage throws, as in a frame whose storage the browser refuses.
            ...(blockStorage ? { 'profile.default_content_setting_values.cookies': 2 } : {}),
            ...(language ? { 'intl.accept_languages': language } : {}),
          },
        },
      };
    },
  },
  firefox: {
    label: 'Firefox',
    driver: process.env.GECKODRIVER ?? join(CARGO_BIN, 'geckodriver'),
    // WebDriver BiDi on a port the system picks: on geckodriver's default
    // (9222) a Firefox that could not have it, still held by an earlier
    // browser, left the client talking to that one ("Unexpected server
    // response: 404").
    args: (port) => ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', '0'],
    bidi: true,
    capabilities({ width, height, dark, downloads, blockStorage, language }) {
      return {
        browserName: 'firefox',
        webSocketUrl: true,
        'moz:firefoxOptions': {
          binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          args: ['-headless', `--width=${width}`, `--height=${height}`],
          prefs: {
            // 0: dark, 1: light, for prefers-color-scheme.
            'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
            'browser.download.folderList': 2,
            'browser.download.dir': downloads,
            'browser.download.useDownloadDir': true,
            'browser.download.always_ask_before_handling_new_types': false,
            'browser.helperApps.neverAsk.saveToDisk': 'application/json',
            // The downloads panel would take the keyboard away from the page.
            'browser.download.alwaysOpenPanel': false,
            'browser.download.panel.shown': true,
            // No calls home from a machine with no network.
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'browser.safebrowsing.update.enabled': false,
            'extensions.getAddons.cache.enabled': false,
            // Block all cookies and site data: localStorage throws.
            ...(blockStorage ? { 'network.cookie.cookieBehavior': 2 } : {}),
            // The languages the browser asks for (navigator.languages).
            ...(language ? { 'intl.accept_languages': language } : {}),
          },
        },
      };
    },
  },
  webkit: {
    label: 'WebKit',
    driver: process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
    args: (port) => [`--port=${port}`, '--host=127.0.0.1'],
    bidi: false,
    // MiniBrowser saves downloads to $HOME, so the driver gets a home of its own.
    ownHome: true,
    capabilities({ dark }) {
      return {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
        },
      };
    },
  },
};

/** The engines to run, from FORKPOINT_ENGINES ("chromium,firefox,webkit" by default). */
export function enginesToRun() {
  const names = (process.env.FORKPOINT_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!ENGINES[name]) throw new Error(`unknown engine ${name}`);
  return names;
}

async function ready(url, process, timeout = 20_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (process.exitCode !== null) throw new Error(`the driver exited with ${process.exitCode}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`the driver at ${url} did not start`);
}

/** What a WebDriver command may take before it counts as hung (W3C's own default for a page load is 300 s). */
const TIMEOUTS = { pageLoad: 60_000, script: 30_000 };
/** A new browser starts in seconds; one that has not in this long never will. */
const SESSION_START_MS = 60_000;
/** Closing a browser that has not closed in this long is given up on; the driver's process group is killed instead. */
const QUIT_MS = 15_000;

/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The driver and every browser it started: they share a process group of their own. */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * Starts `name`'s WebDriver server on 127.0.0.1. Resolves to
 * { name, label, url, downloads, session(options), stop() }.
 */
export async function startEngine(name) {
  const engine = ENGINES[name];
  if (name === 'webkit' && !process.env.DISPLAY) {
    throw new Error('WebKit needs a display: run the journeys under `xvfb-run -a` (scripts/test.sh does)');
  }
  const home = await mkdtemp(join(tmpdir(), `forkpoint-${name}-`));
  const env = engine.ownHome ? { ...process.env, HOME: home, XDG_DOWNLOAD_DIR: home } : process.env;
  let driverLog = '';

  /** A driver process on a free port, its browsers in its own process group so that none outlives the run. */
  async function startDriver() {
    const port = await freePort();
    const child = spawn(engine.driver, engine.args(port), { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    child.stderr.on('data', (chunk) => {
      driverLog = (driverLog + chunk).slice(-4000);
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await ready(url, child);
    } catch (error) {
      killGroup(child);
      throw new Error(`${engine.label}: ${error.message}\n${driverLog}`);
    }
    return { child, url };
  }

  let driverProcess = await startDriver();
  const sessions = new Set();

  async function newDriver(capabilities) {
    const building = new Builder().usingServer(driverProcess.url).withCapabilities(capabilities).build();
    try {
      return await within(building, SESSION_START_MS, `${engine.label}: a new browser session`);
    } catch (error) {
      // A browser that never came up is the machine's hiccup, not the app's:
      // say so, start the driver afresh, and try once more.
      building.catch(() => {});
      console.error(`${error.message}; restarting ${engine.label}'s driver and trying once more.\n${driverLog}`);
      killGroup(driverProcess.child);
      driverProcess = await startDriver();
      return within(
        new Builder().usingServer(driverProcess.url).withCapabilities(capabilities).build(),
        SESSION_START_MS,
        `${engine.label}: a new browser session (second try)`,
      );
    }
  }

  return {
    name,
    label: engine.label,
    get url() {
      return driverProcess.url;
    },
    downloads: home,
    /** A fresh browser (a new, empty profile): nothing stored, no service worker. */
    async session({ width = 1280, height = 900, dark = false, blockStorage = false, language } = {}) {
      const capabilities = new Capabilities({
        ...engine.capabilities({ width, height, dark, downloads: home, blockStorage, language }),
        timeouts: TIMEOUTS,
      });
      const driver = await newDriver(capabilities);
      const logged = [];
      if (engine.bidi) {
        const inspector = await LogInspector(driver);
        await inspector.onConsoleEntry((entry) => {
          if (entry.level === 'error') logged.push(`console error: ${entry.text}`);
        });
        await inspector.onJavascriptException((entry) => logged.push(`page error: ${entry.text}`));
      }
      if (name !== 'chromium' && name !== 'firefox') {
        await driver.manage().window().setRect({ width, height }).catch(() => {});
      }
      const entry = {
        driver,
        logged,
        async close() {
          sessions.delete(entry);
          await within(driver.quit(), QUIT_MS, `${engine.label}: closing a browser`).catch((error) => {
            console.error(`${error.message}\n${driverLog}`);
          });
        },
      };
      sessions.add(entry);
      return entry;
    },
    async stop() {
      for (const entry of [...sessions]) await entry.close();
      killGroup(driverProcess.child);
      await rm(home, { recursive: true, force: true });
    },
  };
}
