// The words of the build: for each page, the catalog chunks its screens
// show (pages.json: words) in one file per locale (the pseudo-locale
// en-XA, made from English, among them), written to dist/ under a
// content-hashed name and listed in the page's
// <meta name="forkpoint-words">, which src/words_loader.rs reads. The page
// preloads the default locale's file.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The locale a page shows unless another is asked for. */
export const DEFAULT_LOCALE = 'en';

/** The pseudo-locale: English made longer and accented, so tests can see
 * which text on a screen did not come from a catalog. */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** Every character the pseudo-locale writes a letter as: a visible text
 * with letters but none of these did not come from a catalog. */
export const PSEUDO_LETTERS = Object.values(ACCENTED).join('');

/** One text in the pseudo-locale: letters accented, `{places}` kept, about
 * 30% longer, in brackets so cut-off text shows. */
export function pseudo(text) {
  const accented = text
    .split(/(\{[a-z_]+\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c])))
    .join('');
  const letters = text.replace(/\{[a-z_]+\}/g, '').length;
  return `[${accented}${letters > 3 ? ` ${'~'.repeat(Math.ceil(letters * 0.3))}` : ''}]`;
}

/** Words that are values rather than text (a direction, a file name): the
 * pseudo-locale keeps English's. */
const VALUES = ['site.embed_docs_href'];

function mapTexts(tree, change, at) {
  if (typeof tree === 'string') return VALUES.includes(at) ? tree : change(tree);
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, mapTexts(value, change, `${at}.${key}`)]));
}

/** The catalogs: locale → chunk → the words file's tree. */
export async function readCatalogs(root = new URL('../content/words/', import.meta.url)) {
  const catalogs = {};
  for (const locale of (await readdir(root)).sort()) {
    catalogs[locale] = {};
    for (const file of (await readdir(new URL(`${locale}/`, root))).filter((f) => f.endsWith('.json')).sort()) {
      catalogs[locale][file.replace(/\.json$/, '')] = JSON.parse(await readFile(new URL(`${locale}/${file}`, root), 'utf8'));
    }
  }
  catalogs[PSEUDO_LOCALE] = Object.fromEntries(
    Object.entries(catalogs[DEFAULT_LOCALE]).map(([chunk, tree]) => [chunk, mapTexts(tree, pseudo, chunk)]),
  );
  return catalogs;
}

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A words file's words as [key, text or {category: text}], as build.rs
 * (src/content/files.rs) flattens them: an object of plural categories
 * with `other` is one word. */
export function flatten(tree, at, into = []) {
  if (typeof tree === 'string') {
    into.push([at, tree]);
  } else if ('other' in tree && Object.entries(tree).every(([c, t]) => PLURAL_CATEGORIES.includes(c) && typeof t === 'string')) {
    into.push([at, tree]);
  } else {
    for (const [key, value] of Object.entries(tree)) flatten(value, `${at}.${key}`, into);
  }
  return into;
}

/** Byte order, as Rust sorts the keys (the keys are ASCII). */
const byKey = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

/** FNV-1a (64 bits) of the keys joined by newlines, as build.rs computes it. */
export function keysFingerprint(keys) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(keys.join('\n'), 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** A page's words file in `locale`: `part` is '' for the first file,
 * '-later' for the later one; `hash` is the page's (one for all its files). */
export const wordsFile = (locale, part, hash) => `words-${locale}${part}-${hash}.json`;

/** Writes each page's words files in every locale to `dist`, and returns
 * page → { locales, hash, later: whether it has a later file }. A file
 * holds the fingerprint of the whole key list, the direction the language
 * is written in (content/languages.json; the pseudo-locale's is English's)
 * and, per chunk, its words in English's key order. The first file has the
 * chunks the first screens show (`words` in pages.json), the later one
 * those only later screens show (`later`). One hash names all of a page's
 * files, over all of them: the page lists only its locales, and another
 * locale's file is found from the default's name. */
export async function writeWords(dist, pages) {
  const catalogs = await readCatalogs();
  const directions = Object.fromEntries((await readLanguages()).map(({ code, dir }) => [code, dir]));
  directions[PSEUDO_LOCALE] = directions[DEFAULT_LOCALE];
  const englishKeys = Object.entries(catalogs[DEFAULT_LOCALE])
    .flatMap(([chunk, tree]) => flatten(tree, chunk))
    .sort(byKey)
    .map(([key]) => key);
  const keys = keysFingerprint(englishKeys);
  const files = {};
  for (const { file: page, words: first, later = [] } of pages) {
    const bodies = [];
    for (const [locale, catalog] of Object.entries(catalogs)) {
      if (!['ltr', 'rtl'].includes(directions[locale])) throw new Error(`content/languages.json: ${locale} has no dir (ltr or rtl)`);
      for (const [part, chunks] of [['', first], ['-later', later]]) {
        if (chunks.length === 0) continue;
        const content = {};
        for (const chunk of chunks) {
          if (!catalog[chunk]) throw new Error(`${page}: content/words/${locale} has no chunk ${chunk}`);
          const words = new Map(flatten(catalog[chunk], chunk));
          const order = englishKeys.filter((key) => key.startsWith(`${chunk}.`));
          const missing = order.filter((key) => !words.has(key));
          if (missing.length) throw new Error(`content/words/${locale}/${chunk}.json has no words for ${missing.join(', ')}`);
          // A counting word's forms as [category, text, …]: an array, which
          // the app reads with less code than an object.
          content[chunk] = order.map((key) => {
            const text = words.get(key);
            return typeof text === 'string' ? text : Object.entries(text).flat();
          });
        }
        bodies.push([locale, part, JSON.stringify({ keys, dir: directions[locale], chunks: content })]);
      }
    }
    const hash = createHash('sha256').update(bodies.map(([l, p, body]) => `${l}${p}\n${body}`).join('\n')).digest('hex').slice(0, 16);
    for (const [locale, part, body] of bodies) await writeFile(join(dist, wordsFile(locale, part, hash)), body);
    files[page] = { locales: Object.keys(catalogs), hash, later: later.length > 0 };
  }
  return files;
}

/** Text for HTML, in content and in attributes (double-quoted ones). */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page with its words list (`content`: its locales; `data-hash`:
 * its files' hash; `data-later` when it has later words), just before
 * assets/words-client.js, which reads it. */
export function withWords(html, { locales, hash, later }) {
  // No preload: which locale's file the page needs is known only once
  // assets/words-client.js has run, first thing in the head.
  const tags = `<meta name="forkpoint-words" data-default="${DEFAULT_LOCALE}" data-hash="${hash}" content="${locales.join(' ')}"${later ? ' data-later' : ''}>`;
  // The one inline script that reads the list (minified or not).
  const client = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].find((match) => match[1].includes('meta[name="forkpoint-words"]'));
  if (!client) throw new Error('a page without assets/words-client.js');
  return html.slice(0, client.index) + tags + html.slice(client.index);
}

/** A words text as HTML: escaped, with `code` and **strong** marked up. */
export function wordsHtml(text) {
  return escapeHtml(text)
    .replace(/`([^`]*)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]*)\*\*/g, '<strong>$1</strong>');
}

/** A page template with `{{chunk.key}}` places filled from a locale's
 * catalog: as text in attributes (`="{{…}}"`) and the title, as HTML
 * elsewhere. Fails on a place with no words and, unless `partial`, on
 * words of `chunk` no place shows. */
export function fillTemplate(template, catalog, chunk, { partial = false } = {}) {
  const words = new Map(flatten(catalog[chunk], chunk));
  const used = new Set();
  const text = (key) => {
    if (!words.has(key)) throw new Error(`no words for {{${key}}}`);
    used.add(key);
    return words.get(key);
  };
  const plain = (key) => escapeHtml(text(key).replaceAll('`', ''));
  const html = template
    // An attribute's place may come quoted or, after Trunk's minifier, not:
    // either way the words go in quoted, or a space would end the value.
    .replace(/=("?)\{\{([a-z_.-]+)\}\}\1/g, (_, quote, key) => `="${plain(key)}"`)
    .replace(/<title>\{\{([a-z_.-]+)\}\}<\/title>/g, (_, key) => `<title>${plain(key)}</title>`)
    .replace(/\{\{([a-z_-]+\.[a-z_.-]+)\}\}/g, (_, key) => wordsHtml(text(key)));
  const unused = [...words.keys()].filter((key) => !used.has(key));
  if (unused.length && !partial) throw new Error(`words no place shows: ${unused.join(', ')}`);
  return html;
}

/** The languages offered (content/languages.json), in the switch's order:
 * [{ code, name, dir }], each named in itself. */
export async function readLanguages() {
  return JSON.parse(await readFile(new URL('../content/languages.json', import.meta.url), 'utf8')).languages;
}

/** The embed documentation page's file in `locale`: `docs` itself in the
 * default locale, `embedding.de.html` for German. */
export const docsFile = (docs, locale) => (locale === DEFAULT_LOCALE ? docs : docs.replace(/\.html$/, `.${locale}.html`));

/** The embed documentation page (assets/embedding.html) in `locale`: its
 * words from the `docs` chunk, each embeddable instrument's bands listed,
 * links to the page in every language offered, and live examples in
 * `locale`. */
export function renderDocs(template, catalogs, locale, { css, icon, instruments, docs, languages }) {
  const bandList = (id) => instruments[id].bands.map((band) => `<code>${band}</code>`).join(', ');
  const switcher = languages
    .map(({ code, name }) =>
      `<a href="${docsFile(docs, code)}" hreflang="${code}" lang="${code}"${code === locale ? ' aria-current="true"' : ''}>${escapeHtml(name)}</a>`)
    .join(' ');
  return fillTemplate(
    template
      .replaceAll('{{CSS}}', css)
      .replaceAll('{{ICON}}', icon)
      .replaceAll('{{LANG}}', locale)
      .replaceAll('{{DIR}}', languages.find(({ code }) => code === locale)?.dir ?? 'ltr')
      .replaceAll('{{LANGUAGES}}', switcher)
      .replace(/\{\{BANDS:([a-z]+)\}\}/g, (_, id) => bandList(id)),
    catalogs[locale],
    'docs',
  );
}
