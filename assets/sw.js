// Forkpoint's service worker. scripts/finish-build.mjs writes dist/sw.js as
// `const BUILD = {...}` (this build's version and real, hashed file names)
// followed by this file, so the lists are never kept by hand.
//   BUILD.core:  index.html and everything it loads; cached on install.
//   BUILD.later: the rest of the site (results.html and its bundle); cached
//                when a page asks, on a later visit, so the first visit
//                downloads no more than it shows.
//   BUILD.pages: for each page, the hashed files it must reference; a page
//                fetched from a newer deploy is never cached with old code.
/* global BUILD */
const CACHE = `forkpoint-${BUILD.version}`;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

async function fetchChecked(file) {
  const expected = BUILD.pages[file];
  // Hashed files can come from the HTTP cache the page just filled; pages
  // are asked of the server, and must name this build's files.
  const response = await fetch(new Request(file, { cache: expected ? 'no-cache' : 'default' }));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  if (expected) {
    const html = await response.clone().text();
    if (!expected.every((name) => html.includes(name))) throw new Error(`${file} is from another build`);
  }
  return response;
}

async function cacheAll(files) {
  const cache = await caches.open(CACHE);
  const responses = await Promise.all(files.map(fetchChecked));
  await Promise.all(responses.map((response, i) => cache.put(files[i], response)));
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the person chooses to reload.
  event.waitUntil(cacheAll(BUILD.core));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('forkpoint-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'forkpoint:activate') self.skipWaiting();
  if (event.data === 'forkpoint:cache-rest') event.waitUntil(cacheAll(BUILD.later).catch(() => {}));
});

/** This build's copy of a page, whatever the query; the home page for a path it does not know. */
async function cachedPage(url) {
  const cache = await caches.open(CACHE);
  const name = url.pathname.split('/').pop();
  const page = name === '' || name === 'index.html' || !(name in BUILD.pages) ? './' : name;
  // results.html before a later visit has cached it: say so plainly, rather
  // than the home page, which would hand the route straight back here.
  return (await cache.match(page)) ?? notSavedYet(url);
}

/** Text for HTML: the words are ours, but never trusted as markup. */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function notSavedYet(url) {
  // The words of content/words/<locale>/worker.json, in the page's ?lang= when the build has it.
  const asked = url.searchParams.get('lang');
  const locale = asked && asked in BUILD.words ? asked : BUILD.defaultLocale;
  const words = Object.fromEntries(Object.entries(BUILD.words[locale]).map(([key, text]) => [key, escapeHtml(text)]));
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${words.tab_title}</title><link rel="stylesheet" href="${BUILD.css}">
<link rel="icon" href="${BUILD.icon}">
<main><div class="page narrow"><h1>${words.title}</h1>
<p>${words.body}</p>
<a class="button" href="./">${words.back}</a></div></main></html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // img-src for the icon: without a <link rel=icon> and the right to load
      // it, Firefox asks for /favicon.ico and reports a CSP violation.
      'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'self'",
    },
  });
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a deploy shows at once; this build's copy offline.
    event.respondWith(fetch(request).catch(() => cachedPage(url)));
    return;
  }
  if (HASHED.test(url.pathname)) {
    // A hashed name never changes content: the cache first, kept once fetched.
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      }),
    );
  }
});
