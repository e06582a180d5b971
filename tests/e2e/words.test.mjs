// Every word from a catalog: with the pseudo-locale en-XA (English,
// accented and a third longer, made by scripts/words.mjs) chosen by
// ?lang=en-XA, no visible text, accessible name or tab title on any screen
// is plain English. A text that did not come from a catalog shows up here.
// The journeys are driven by keys and structure, not by English names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { pseudo, PSEUDO_LOCALE, readCatalogs, readLanguages, renderDocs } from '../../scripts/words.mjs';
import { assertNoProblems, openPage, serveDist, useSuite, waitForApp } from './helpers.mjs';
import { walkEveryScreen } from './every-screen.mjs';

const LANG = `?lang=${PSEUDO_LOCALE}`;

/** Visible text nodes, accessible names and the title with a plain
 * English word in them. In the pseudo-locale every letter of a word is
 * accented, so two plain letters in a row came from outside the catalogs,
 * even inside a text that is otherwise marked. */
function unmarked() {
  // Values are not words: a storage key named in a notice, and the time of
  // day as the browser's Intl writes it in English (the pseudo-locale's base).
  const values = (text) => text.replace(/forkpoint:[a-z-]+(:\d+)?/g, '').replace(/\d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b/g, '');
  const marked = (text) => !/[A-Za-z]{2}/.test(values(text));
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim();
    const parent = node.parentElement;
    if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
    // Dates and times are the browser's Intl, in the page's locale; the
    // language switch names each language in itself; a <bdi> holds a name
    // a person typed.
    if (parent.closest('time[datetime], [hreflang], bdi')) continue;
    if (!marked(text)) found.push(`text: ${text}`);
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value && !marked(value)) found.push(`${name}: ${value}`);
    }
  }
  if (!marked(document.title)) found.push(`title: ${document.title}`);
  if (document.documentElement.lang !== 'en-XA') found.push(`lang: ${document.documentElement.lang}`);
  return found;
}

async function assertAllMarked(page, screen) {
  // A third longer, accented words: at 360 px the page must still not scroll sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${screen}: the page is ${overflow} px wider than the screen`);
  assert.deepEqual(await page.evaluate(unmarked), [], `${screen}: text outside the catalogs`);
}

describe(`the pseudo-locale ${PSEUDO_LOCALE} on every screen`, () => {
  test('the embed documentation page takes every word from the catalog', async () => {
    const template = await readFile(new URL('../../assets/embedding.html', import.meta.url), 'utf8');
    const instruments = { quiz: { bands: ['strong-maker'] }, path: { bands: ['balanced'] }, balance: { bands: ['in-balance'] }, stage: { bands: ['growing'] } };
    const html = renderDocs(template, await readCatalogs(), PSEUDO_LOCALE, {
      css: 'main-site.css', icon: 'icon.svg', instruments, docs: 'embedding.html', languages: await readLanguages(),
    });
    // Code is code: the snippet, attribute names, event names and values.
    // The language switch names each language in itself.
    const prose = html.replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, ' ').replace(/<a [^>]*hreflang[^>]*>[^<]*<\/a>/g, ' ');
    const marked = (text) => !/[A-Za-z]{2}/.test(text);
    const texts = [
      ...[...prose.matchAll(/>([^<]+)</g)].map((m) => m[1].trim()),
      ...[...prose.matchAll(/(?:content|aria-label|data-label|data-copied|data-select|data-forkpoint-cta-[a-z-]+-label|data-forkpoint-label)="([^"]*)"/g)].map((m) => m[1]),
    ].filter((text) => text && !/^\{\{[A-Z_]+\}\}$/.test(text) && !/^width=|^light dark$/.test(text));
    assert.deepEqual(texts.filter((text) => !marked(text)), [], 'plain English on the embed documentation page');
  });

  const suite = useSuite(serveDist);

  test('the update notice (assets/sw-client.js, plain JS) takes its words from the app', async () => {
    const page = await openPage(suite.browser, { width: 360, height: 800 });
    await page.goto(`${suite.server.url}${LANG}#/`);
    await waitForApp(page);
    const update = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    assert.equal(update.updateReady, pseudo('A new version of Forkpoint is ready.'));
    assert.equal(update.updateReload, pseudo('Reload'));
    assertNoProblems(page);
    await page.context().close();
  });

  walkEveryScreen(suite, { query: LANG, check: assertAllMarked, word: pseudo });
});
