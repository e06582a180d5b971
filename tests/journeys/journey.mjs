// A person's way through the app, the same in every engine: things are found
// by role and accessible name (WebDriver's computed role and label, which
// each engine works out itself), typed at with the keyboard, and every page
// error, console error or CSP violation fails the journey.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { By, Key } from 'selenium-webdriver';
import { serveDist } from '../e2e/helpers.mjs';
import { enginesToRun, startEngine, within } from './engines.mjs';

export { Key };

/** CSS for the elements that have each role here (the app uses native elements). */
const ROLES = {
  button: 'button, [role=button], input[type=submit], input[type=button]',
  link: 'a[href]',
  radio: 'input[type=radio]',
  checkbox: 'input[type=checkbox]',
  heading: 'h1, h2, h3, h4, h5, h6',
  textbox: 'input[type=text], input:not([type]), textarea',
  status: '[role=status]',
  region: '[role=region], section[aria-label], section[aria-labelledby]',
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

export class Journey {
  constructor(engine, session, servers) {
    this.engine = engine;
    this.session = session;
    this.driver = session.driver;
    this.servers = servers;
  }

  get label() {
    return this.engine.label;
  }

  goto(url) {
    return this.driver.get(url);
  }

  /** Runs `fn` (source or function) in the page and returns its result. */
  run(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  /** Polls `check` until it returns something truthy, and returns that.
   * A check whose WebDriver command never answers (seen once in Firefox)
   * fails the step that waited, by name, rather than the whole engine's
   * suite five minutes later. */
  async until(check, what, timeout = 20_000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try {
        const value = await within(check(), Math.max(end - Date.now(), 1_000), `a WebDriver command (waiting for ${what})`);
        if (value) return value;
      } catch (error) {
        last = error;
      }
      await sleep(100);
    }
    throw new Error(`${this.label}: timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
  }

  /** Every visible element with `role` whose accessible name matches `name` (a string, exactly, or a RegExp). */
  async all(role, name, { level } = {}) {
    const css = role === 'heading' && level ? `h${level}` : ROLES[role];
    if (!css) throw new Error(`no selector for role ${role}`);
    const found = [];
    for (const element of await this.driver.findElements(By.css(css))) {
      try {
        if (!(await element.isDisplayed()) && role !== 'radio' && role !== 'checkbox') continue;
        if (name !== undefined) {
          const label = (await element.getAccessibleName()).trim();
          if (name instanceof RegExp ? !name.test(label) : label !== name) continue;
        }
        found.push(element);
      } catch {
        // Gone from the page while being looked at: not a match.
      }
    }
    return found;
  }

  /** The one element with `role` and `name`, waiting for it to appear. */
  async find(role, name, options = {}) {
    return this.until(async () => (await this.all(role, name, options))[0], `${role} "${name}"`, options.timeout);
  }

  /** Scrolls the element to the middle of the screen, as a person would before clicking. */
  async scrollTo(element) {
    // WebDriver scrolls only the element's own document: inside another
    // site's frame (Firefox) the host page must be scrolled too.
    await this.run((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }), element);
  }

  async click(role, name, options) {
    const element = await this.find(role, name, options);
    await this.scrollTo(element);
    await element.click();
    return element;
  }

  /** Keys typed at whatever has the focus, as a person types. */
  async keys(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  /** The focused element: its tag, id, text and accessible name. */
  async focused() {
    // Read in the page: WebKit's "get active element" loses track inside frames.
    const element = await this.run(() => document.activeElement);
    const info = await this.run(
      (el) => ({ tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim().replace(/\s+/g, ' ') }),
      element,
    );
    return { ...info, name: (await element.getAccessibleName().catch(() => '')).trim(), element };
  }

  /** Tabs forward until the element named `name` has the focus (at most `limit` presses). */
  async tabTo(name, limit = 40) {
    for (let i = 0; i < limit; i += 1) {
      if ((await this.focused()).name === name) return;
      await this.keys(Key.TAB);
    }
    throw new Error(`${this.label}: Tab never reached "${name}"`);
  }

  /** Waits for question `n` of `total`, with the focus on its choices. */
  async atQuestion(n, total) {
    await this.waitForText(`Question ${n} of ${total}`);
    await this.until(async () => (await this.focused()).tag === 'input', `focus on the choices of question ${n}`);
  }

  /** Answers `count` questions by keyboard: `digit(n)` for question n, then Enter. */
  async answerByKeys(count, digit) {
    for (let n = 1; n <= count; n += 1) {
      await this.atQuestion(n, count);
      await this.keys(digit(n), Key.ENTER);
    }
  }

  title() {
    return this.driver.getTitle();
  }

  async waitForTitle(pattern) {
    return this.until(async () => {
      const title = await this.title();
      return (pattern instanceof RegExp ? pattern.test(title) : title === pattern) && title;
    }, `the title ${pattern}`);
  }

  /** Text anywhere on the page (innerText, as shown). */
  async waitForText(text) {
    return this.until(
      async () => (await this.run(() => document.body.innerText)).includes(text),
      `the text "${text}"`,
    );
  }

  /** What went wrong so far, from every server's probe and the engine's own log. */
  async problems() {
    // Probe reports travel as beacons: give the last ones a moment to land.
    await sleep(300);
    return [
      ...this.servers.flatMap((server) => server.problems.map((p) => `${p.kind}: ${p.message} (${p.page})`)),
      ...this.session.logged,
    ];
  }

  async assertNoProblems(allowed = /$^/) {
    const problems = (await this.problems()).filter((p) => !allowed.test(p));
    assert.deepEqual(problems, [], `${this.label} reported errors`);
  }

  /** Forgets what was reported so far (for a step whose errors are expected and checked). */
  forgetProblems() {
    for (const server of this.servers) server.problems.length = 0;
    this.session.logged.length = 0;
  }

  close() {
    return this.session.close();
  }
}

/**
 * For a test file: one `describe` per engine, each with its driver started
 * before its tests and stopped after. `body(engine)` declares the tests;
 * inside them `engine.journey(servers, options)` opens a fresh browser.
 */
export function eachEngine(describe, body) {
  for (const name of enginesToRun()) {
    describe(name, { timeout: 300_000 }, () => {
      const engine = { name };
      before(async () => {
        Object.assign(engine, await startEngine(name));
      });
      after(async () => {
        await engine.stop?.();
      });
      engine.journey = async (servers, options) => new Journey(engine, await engine.session(options), servers);
      /** A fresh browser on a fresh app server (with the probe), both closed afterwards. */
      engine.withApp = async (run, options) => {
        const server = await serveDist({ probe: true });
        const j = await engine.journey([server], options);
        try {
          await run(j, server);
        } finally {
          await j.close();
          await server.close();
        }
      };
      body(engine);
    });
  }
}
