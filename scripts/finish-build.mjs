// The last step of scripts/build.sh, once every page is in dist/:
//   -1. the words: each page's words file per locale, under a hashed name,
//       listed in the page and preloaded (scripts/words.mjs);
//   0. the embed loader (assets/embed.js, at a stable, unhashed address)
//      and its documentation page (assets/embedding.html), with each
//      embeddable instrument's page, frame title and result bands;
//   1. the web app manifest, naming the build's hashed icon;
//   2. the service worker, dist/sw.js: this build's real file names
//      (assets/sw.js explains the lists) followed by assets/sw.js, minified;
//   3. the hosting configuration (security and caching headers per page):
//      <dist>/_headers, and the nginx snippet beside the site, in
//      <dist>/../hosting/forkpoint-nginx.conf, so no host publishes it.
//   node scripts/finish-build.mjs [dist] [first-screen.html]
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { minify } from 'terser';
import { HASHED_FILE, writeHostingConfig } from './hosting-headers.mjs';
import { DOCS_PAGE, EMBED_PAGES, firstLoadFiles, OFFLINE_PAGES, PAGES, REGISTRY, laterWordsFiles, referencedFiles } from './pages.mjs';
import { DEFAULT_LOCALE, docsFile, fillTemplate, flatten, readCatalogs, readLanguages, renderDocs, withWords, writeWords } from './words.mjs';

const dist = process.argv[2] ?? 'dist';
// The home's first screen as HTML (scripts/build.sh renders it), written
// into the pages that carry one (`firstScreen` in pages.json).
const firstScreen = process.argv[3] ? await readFile(process.argv[3], 'utf8') : null;
const files = await readdir(dist);
// -1. The words, listed in every page before anything else reads the pages.
// The pages' own words (title, description, the no-script line) from the
// `pages` chunk, then their words files.
const catalogs = await readCatalogs();
const words = await writeWords(dist, REGISTRY.pages);
const html = {};
for (const page of PAGES) {
  const worded = fillTemplate(await readFile(join(dist, page), 'utf8'), catalogs[DEFAULT_LOCALE], 'pages', { partial: true });
  html[page] = withFirstScreen(withWords(worded, words[page]), REGISTRY.pages.find((entry) => entry.file === page));
  await writeFile(join(dist, page), html[page]);
}
function withFirstScreen(page, entry) {
  if (!entry.firstScreen) return page;
  // A finished build finished again (say, to narrow FORKPOINT_FRAME_ANCESTORS
  // for one host, as the embed tests do) keeps the screen it carries.
  if (page.includes('<div class=first-screen id=first-screen>')) return page;
  if (!firstScreen?.startsWith('<')) throw new Error(`${entry.file} carries a first screen, and none was rendered (scripts/build.sh)`);
  if (!page.includes('<body>')) throw new Error(`${entry.file} has no <body> to write its first screen into`);
  return page.replace('<body>', `<body><div class=first-screen id=first-screen>${firstScreen}</div>`);
}
const icon = files.find((f) => /^icon-[0-9a-f]{8,16}\.svg$/.test(f));
// The home page's one stylesheet (scripts/shells.mjs merges a page's): the
// shared rules and the site's chrome, for the embed docs and the worker's
// offline page.
const siteCss = html['index.html'].match(/href="?\.\/(main-site-[0-9a-f]{8,16}\.css)/)?.[1];
if (!icon || !siteCss || !files.includes(siteCss)) throw new Error(`${dist} has no hashed icon or no stylesheet for the home page`);

// 0. The embed loader and its documentation, pointing at this build's stylesheet and icon.
const loaderWords = new Map(flatten(catalogs[DEFAULT_LOCALE].loader, 'loader'));
const instruments = {};
for (const page of REGISTRY.pages.filter((entry) => entry.embeds)) {
  const id = page.embeds;
  const definition = JSON.parse(await readFile(new URL(`../content/instruments/${id}.json`, import.meta.url), 'utf8'));
  const title = loaderWords.get(`loader.frame_title.${id}`);
  if (!title) throw new Error(`content/words/${DEFAULT_LOCALE}/loader.json has no frame title for ${id}`);
  instruments[id] = { page: page.file, title, bands: definition.bands };
}
// The loader's own words (frame titles, the popup's buttons) in every locale,
// for data-forkpoint-lang; the frame takes its words from its page.
const loaderBuild = {
  instruments: Object.fromEntries(Object.entries(instruments).map(([id, { page, bands }]) => [id, { page, bands }])),
  locales: Object.keys(catalogs),
  defaultLocale: DEFAULT_LOCALE,
  words: Object.fromEntries(Object.entries(catalogs).map(([locale, chunks]) => {
    const { frame_title: titles, open, close } = chunks.loader ?? {};
    for (const id of Object.keys(instruments)) {
      if (!titles?.[id] || !open?.[id] || !close) throw new Error(`content/words/${locale}/loader.json lacks words for ${id}`);
    }
    return [locale, { frame_title: titles, open, close }];
  })),
};
const loaderSource = (await readFile(new URL('../assets/embed.js', import.meta.url), 'utf8')).replace(
  '/*{{BUILD}}*/ {}',
  () => JSON.stringify(loaderBuild),
);
if (!loaderSource.includes(JSON.stringify(loaderBuild))) throw new Error('assets/embed.js has no /*{{BUILD}}*/ place');
// ASCII only: a host page in another encoding still reads the words right.
const { code: loader } = await minify(loaderSource, { compress: { passes: 2 }, mangle: true, format: { ascii_only: true } });
if (!loader) throw new Error('terser returned nothing for embed.js');
await writeFile(join(dist, 'embed.js'), loader);
// One documentation page per language offered, each linking the others.
const languages = await readLanguages();
const docsTemplate = await readFile(new URL(`../assets/${DOCS_PAGE}`, import.meta.url), 'utf8');
const docsPages = [];
for (const { code } of languages) {
  const file = docsFile(DOCS_PAGE, code);
  // The app's footer links the page in the language it shows.
  if (catalogs[code].site.embed_docs_href !== file) throw new Error(`content/words/${code}/site.json: embed_docs_href must be ${file}`);
  const page = renderDocs(docsTemplate, catalogs, code, { css: siteCss, icon, instruments, docs: DOCS_PAGE, languages });
  await writeFile(join(dist, file), page);
  docsPages.push({ file, html: page });
}

// 1. The manifest: installable, opening on the home screen.
const manifestWords = catalogs[DEFAULT_LOCALE].pages.manifest;
const manifest = {
  lang: DEFAULT_LOCALE,
  name: manifestWords.name,
  short_name: manifestWords.short_name,
  description: manifestWords.description,
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f6f6f3',
  theme_color: '#3a3fb8',
  icons: [{ src: icon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};
await writeFile(join(dist, 'manifest.webmanifest'), JSON.stringify(manifest));

// 2. The service worker. Pages are cached under the address they are
// fetched at: index.html as './'.
const cacheName = (file) => (file === 'index.html' ? './' : file);
const notWorker = (file) => file !== 'sw.js';
// A page's later words (its results' and advice's) are cached with it: offline, they are needed too.
const core = [...(await firstLoadFiles(dist, OFFLINE_PAGES[0])), ...laterWordsFiles(html[OFFLINE_PAGES[0]])].filter(notWorker);
const later = new Set();
for (const page of OFFLINE_PAGES.slice(1)) {
  for (const file of [...(await firstLoadFiles(dist, page)), ...laterWordsFiles(html[page])]) {
    if (notWorker(file) && !core.includes(file)) later.add(file);
  }
}
const pages = {};
for (const page of OFFLINE_PAGES) {
  // What the page's HTML names: its hashed files, and its words files' hash.
  pages[cacheName(page)] = [...(await referencedFiles(dist, html[page])).filter((f) => HASHED_FILE.test(f)), words[page].hash].sort();
}
const template = await readFile(new URL('../assets/sw.js', import.meta.url), 'utf8');
// The worker's own page (offline, not saved yet), in every language offered.
const workerWords = {};
for (const { code: locale } of languages) {
  const page = catalogs[locale].worker?.not_saved;
  if (!page?.title || !page.body || !page.back || !page.tab_title) throw new Error(`content/words/${locale}/worker.json lacks not_saved words`);
  workerWords[locale] = page;
}
// In a file of their own, cached on install with the home page: not
// needed before anything is asked, so they are not in the first load (as
// a page's later words are not), and sw.js stays small.
const workerWordsFile = `worker-words-${createHash('sha256').update(JSON.stringify(workerWords)).digest('hex').slice(0, 16)}.json`;
await writeFile(join(dist, workerWordsFile), JSON.stringify(workerWords));
core.push(workerWordsFile);
// The lists of hashed names (what to cache on install, what on a later
// visit, and each page's own; they grow with every page) in a file of
// their own, fetched and cached on install: sw.js, which a first visit
// downloads, names only it.
const lists = JSON.stringify({ core: core.map(cacheName), later: [...later].sort().map(cacheName), pages });
const listsFile = `worker-lists-${createHash('sha256').update(lists).digest('hex').slice(0, 16)}.json`;
await writeFile(join(dist, listsFile), lists);
const build = {
  css: siteCss,
  icon,
  defaultLocale: DEFAULT_LOCALE,
  words: workerWordsFile,
  lists: listsFile,
  locales: languages.map(({ code }) => code),
};
const version = createHash('sha256')
  .update(JSON.stringify(build))
  .update(OFFLINE_PAGES.map((page) => html[page]).join('\n'))
  .update(template)
  .digest('hex')
  .slice(0, 16);
const source = `const BUILD = ${JSON.stringify({ version, ...build })};\n${template}`;
const { code } = await minify(source, { compress: { passes: 2 }, mangle: true });
if (!code) throw new Error('terser returned nothing for sw.js');
await writeFile(join(dist, 'sw.js'), code);

// 3. Hosting headers. Embeds may be framed by the sites in
// FORKPOINT_FRAME_ANCESTORS (a CSP source list), by default any https: site
// and local development hosts; every other page by this site only.
const frameAncestors = (process.env.FORKPOINT_FRAME_ANCESTORS ?? "'self' https: http://127.0.0.1:* http://localhost:*")
  .split(/\s+/)
  .filter(Boolean);
if (frameAncestors.some((source) => !/^('self'|'none'|https?:(\/\/[a-z0-9.*-]+(:(\d+|\*))?)?)$/.test(source))) {
  throw new Error(`FORKPOINT_FRAME_ANCESTORS holds something that is not a frame-ancestors source: ${frameAncestors}`);
}
await writeHostingConfig(dist, [
  ...PAGES.map((file) => ({ file, html: html[file], frameAncestors: EMBED_PAGES.includes(file) ? frameAncestors : undefined })),
  ...docsPages,
], join(dirname(resolve(dist)), 'hosting', 'forkpoint-nginx.conf'));
console.log(`finish-build: manifest, sw.js (version ${version}, ${core.length + 1} files on install, ${later.size} later), headers`);
