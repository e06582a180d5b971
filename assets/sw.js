// Forkpoint's service worker. scripts/finish-build.mjs writes dist/sw.js as
// `const BUILD = {...}` (this build's version and real, hashed file names)
// followed by this file, so the lists are never kept by hand.
//   BUILD.words: the file of the worker's own page's words (offline, not
//                saved yet), every language's, cached on install.
//   BUILD.lists: the file of the lists of hashed names, fetched and cached
//                on install (so sw.js, which a first visit downloads, stays
//                small):
//     core:  index.html and everything it loads; cached on install.
//     later: the rest of the site (results.html and its bundle); cached
//            when a page asks, on a later visit, so the first visit
//            downloads no more than it shows.
//     pages: for each page, the hashed files (and words hash) it names; a
//            page fetched from a newer deploy is never cached with old code.
// A new build reaches the screen only through its own worker, whose install
// fails unless every file of it arrives: a broken deploy leaves this worker
// and its cache serving the last good build.
/* global BUILD */
const CACHE = `forkpoint-${BUILD.version}`;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

let lists;
/** `core`, `later` and `pages` (BUILD.lists): this build's cached copy, or the network's while it installs. */
function buildLists() {
  lists ??= (async () => {
    const response = (await cachedCopy(BUILD.lists)) ?? (await fetch(BUILD.lists));
    if (!response.ok) throw new Error(`${BUILD.lists}: ${response.status}`);
    return response.json();
  })().catch((error) => {
    lists = undefined;
    throw error;
  });
  return lists;
}

/** Whether `response` is this build's copy of `page`: it names every hashed file the build gave it. */
async function ofThisBuild(page, response) {
  const html = await response.clone().text();
  return (await buildLists()).pages[page].every((name) => html.includes(name));
}

async function fetchChecked(file) {
  const page = file in (await buildLists()).pages;
  // Hashed files can come from the HTTP cache the page just filled; pages
  // are asked of the server, and must name this build's files. Nothing that
  // is not OK is ever cached (the caller stores all the files or none).
  const response = await fetch(new Request(file, { cache: page ? 'no-cache' : 'default' }));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  if (page && !(await ofThisBuild(file, response))) throw new Error(`${file} is from another build`);
  // Read whole before it is stored: Chromium drops a cached entry whose
  // body stream ends early, which left a page listed, then gone.
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Fetches every one of `files`, then stores them: if one fails, none is stored. */
async function cacheAll(files) {
  const responses = await Promise.all(files.map(fetchChecked));
  const cache = await caches.open(CACHE);
  await Promise.all(responses.map((response, i) => cache.put(files[i], response)));
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the person chooses to reload.
  // A failed install leaves nothing behind (a full quota can fail a put).
  // The lists' own file is cached with what they name.
  event.waitUntil(buildLists().then(({ core }) => cacheAll([...core, BUILD.lists])).catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
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
  // 'forkpoint:cache-rest:<the page's language>' (or without one, from a page
  // of an older build): the rest of the site, with its words in that
  // language too when the build has it (a page's files share one hash).
  const [, ask, locale] = String(event.data).split(':');
  if (ask !== 'cache-rest') return;
  const from = `words-${BUILD.defaultLocale}-`;
  event.waitUntil(
    buildLists()
      .then(({ core, later }) => {
        const words = locale !== BUILD.defaultLocale && BUILD.locales.includes(locale)
          ? [...core, ...later].filter((file) => file.startsWith(from)).map((file) => file.replace(from, `words-${locale}-`))
          : [];
        return cacheAll([...later, ...words]);
      })
      .catch(() => {}),
  );
});

/** The page of this build an address asks for, whatever the query ('./' for the home page); undefined for one it does not keep. */
async function keptPage(url) {
  const scope = new URL(self.registration.scope).pathname;
  if (!url.pathname.startsWith(scope)) return undefined;
  const path = url.pathname.slice(scope.length);
  if (path === '' || path === 'index.html' || path === 'index') return './';
  // Without its lists (a cache emptied under it), the worker keeps no page.
  const { pages } = await buildLists().catch(() => ({ pages: {} }));
  // Cloudflare Pages and Netlify also serve `results.html` as `results`.
  return [path, `${path}.html`].find((name) => name in pages);
}

/** This build's cached copy of `page`, if it has one. */
async function cachedCopy(page) {
  return (await caches.open(CACHE)).match(page);
}

/** Text for HTML: the words are ours, but never trusted as markup. */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function notSavedYet(url) {
  // The words of content/words/<locale>/worker.json: in the page's ?lang=
  // when the build has it, else in the browser's languages (de-AT finds
  // de), as assets/words-client.js picks; a choice saved in the page's
  // storage is out of a worker's reach.
  const wanted = [url.searchParams.get('lang')];
  for (const tag of self.navigator.languages ?? []) wanted.push(tag, tag.split('-')[0]);
  // Cached on install with the home page (BUILD.words names the file); a
  // cache without it has nothing else either: as without a worker.
  const all = await (await cachedCopy(BUILD.words))?.json().catch(() => undefined);
  if (!all) return Response.error();
  const locale = wanted.find((tag) => tag && Object.hasOwn(all, tag)) ?? BUILD.defaultLocale;
  const words = Object.fromEntries(Object.entries(all[locale] ?? {}).map(([key, text]) => [key, escapeHtml(String(text))]));
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

/**
 * A page: the network first, when it answers with this build's copy.
 * Offline, on a server error, or when the server has a build this worker
 * has not installed (it may lack files; it shows once its own worker has
 * them all): this build's copy of that very page. An address the build
 * does not keep (the embeds, the documentation, unknown paths) gets the
 * network's answer, or its error offline, never another page.
 */
async function navigate(request, url) {
  const page = await keptPage(url);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    if (!page) throw error;
    // results.html before a later visit has cached it: say so plainly.
    return (await cachedCopy(page)) ?? notSavedYet(url);
  }
  // A redirect (a host's pretty addresses) is the browser's to follow.
  if (!page || response.type === 'opaqueredirect') return response;
  if (response.ok && (await ofThisBuild(page, response))) return response;
  return (await cachedCopy(page)) ?? response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request, url));
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
