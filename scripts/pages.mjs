// What each page of a build loads: the HTML document and every file of the
// build it references (stylesheet, icon, manifest, JS glue, wasm, and
// anything its inline scripts name, such as sw.js). Used by the finishing
// step (the service worker's lists) and by the size budget.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The page registry, `pages.json`: the one list of entry pages. */
export const REGISTRY = JSON.parse(await readFile(new URL('../pages.json', import.meta.url), 'utf8'));

/** The app's HTML documents, each with its own wasm bundle and a first visit of its own. */
export const PAGES = REGISTRY.pages.map((page) => page.file);

/** The pages the service worker keeps for offline use, the one it installs with first (embeds live in other sites' frames). */
export const OFFLINE_PAGES = [
  ...REGISTRY.pages.filter((page) => page.offline === 'install'),
  ...REGISTRY.pages.filter((page) => page.offline === 'later'),
].map((page) => page.file);

/** The pages other sites may frame. */
export const EMBED_PAGES = REGISTRY.pages.filter((page) => page.embeds).map((page) => page.file);

/** The documentation of the embed snippet, made from assets/<the same name>. */
export const DOCS_PAGE = REGISTRY.docs;

/** Build files the page `html` loads: its tags' href/src attributes (not a
 * link's, `<a href>`, which names a page one may open, as the home's first
 * screen does) and quoted './x' paths (any quote: the minifier picks
 * backticks). */
export async function referencedFiles(dist, html) {
  const names = new Set();
  const refs = [];
  for (const [tag] of html.matchAll(/<(?!a[\s>])[^>]*>/gi)) {
    for (const m of tag.matchAll(/(?:href|src)=["']?([^"'\s>]+)/g)) refs.push(m[1]);
  }
  for (const m of html.matchAll(/["'`]\.\/([^"'`\s]+)["'`]/g)) refs.push(m[1]);
  for (const found of refs) {
    const ref = found.replace(/^\.\//, '').split(/[?#]/)[0];
    if (!ref || /^[a-z]+:/i.test(ref) || ref.startsWith('/')) continue;
    const exists = await access(join(dist, ref)).then(() => true, () => false);
    if (exists) names.add(ref);
  }
  return [...names];
}

/** The page and every file its first visit fetches, in name order: its
 * words file (the default locale's) among them. */
export async function firstLoadFiles(dist, page) {
  const html = await readFile(join(dist, page), 'utf8');
  // Only a page that installs the service worker (data-sw="install") fetches
  // sw.js on a first visit; the others name it only to look for one installed.
  const installs = /data-sw=["']?install/.test(html);
  const fetched = (f) => f !== page && (f !== 'sw.js' || installs);
  return [page, ...(await referencedFiles(dist, html)).filter(fetched), ...wordsFiles(html).slice(0, 1)].sort();
}

/** A page's words files in the default locale (assets/words-client.js
 * fetches them by its <meta name="forkpoint-words">): the first, and the
 * later one if it has one. */
export function wordsFiles(html) {
  const meta = html.match(/<meta name="forkpoint-words"[^>]*>/)?.[0];
  if (!meta) return [];
  const [, locale] = meta.match(/data-default="([^"]+)"/);
  const [, hash] = meta.match(/data-hash="([0-9a-f]+)"/);
  return [`words-${locale}-${hash}.json`, ...(/ data-later[ >]/.test(meta) ? [`words-${locale}-later-${hash}.json`] : [])];
}

/** The words file a page fetches once its first screen is up (the default
 * locale's later file), if it has one: not part of the first load, but the
 * service worker keeps it with the page. */
export const laterWordsFiles = (html) => wordsFiles(html).slice(1);
