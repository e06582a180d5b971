// Starts loading the page's words while the wasm downloads, inlined
// (scripts/post-build.mjs) first thing in each page's head, before the
// stylesheets (an inline script after them would wait for them), just after
// the build's <meta name="forkpoint-words">: the page's locales, its files'
// hash, and whether it has later words. It picks the locale (below), sets
// <html lang> now and `dir` from the file, and leaves the parsed words file
// as a promise in window.forkpointWords for src/words_loader.rs, with
// `later()`, which fetches the words only later screens show (results,
// advice) once the app asks, after its first screen is up.
(() => {
  const meta = document.querySelector('meta[name="forkpoint-words"]');
  if (!meta) return;
  const locales = meta.content.split(' ');
  const { hash } = meta.dataset;
  const root = document.documentElement;
  // The person's choice in the language switch, then the address's
  // ?lang= (an embed's data-forkpoint-lang arrives so; kept for the tab,
  // as links to the other pages do not carry it), then the browser's
  // languages (de-AT finds de), then the page's default.
  const KEY = 'forkpoint:lang';
  const stored = (storage) => {
    try {
      return self[storage].getItem(KEY);
    } catch {}
  };
  // Most addresses have no query: no parser is made for them.
  const asked = location.search && new URLSearchParams(location.search).get('lang');
  const known = (tag) => locales.includes(tag) && tag;
  if (known(asked)) {
    try {
      sessionStorage.setItem(KEY, asked);
    } catch {}
  }
  // Each source is read only when those before it name no language of the
  // page: a storage's first read waits on the browser, before anything shows.
  const locale =
    known(stored('localStorage')) ||
    known(asked) ||
    known(stored('sessionStorage')) ||
    (navigator.languages ?? []).flatMap((tag) => [tag, tag.split('-')[0]]).find(known) ||
    meta.dataset.default;
  root.lang = locale;
  // The home's first screen, which the build writes into index.html in the
  // default language (src/first_screen.rs): shown only where the app's own
  // first screen will be the same, the home in that language.
  if (locale === meta.dataset.default && /^(#\/?)?$/.test(location.hash)) root.dataset.firstScreen = '';
  // The switch's links (src/components/site_header.rs) save the choice and
  // keep the screen the person is on.
  addEventListener('click', (event) => {
    // The written first screen's skip link, before the app has started,
    // moves focus as the app's does: "#main" in the address is no route.
    if (event.target.closest?.('#first-screen .skip-link')) {
      event.preventDefault();
      document.getElementById('main')?.focus();
      return;
    }
    const link = event.target.closest?.('.language-switch a');
    if (!link) return;
    try {
      localStorage.setItem(KEY, link.hreflang);
    } catch {}
    link.hash = location.hash;
    // Already at that address (?lang= names the language shown, or
    // another was saved): following the link would not load the page again.
    if (link.href === location.href) {
      event.preventDefault();
      location.reload();
    }
  });
  const name = (part) => `words-${locale}${part}-${hash}.json`;
  const get = (part) => fetch(name(part)).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))));
  const parts = meta.hasAttribute('data-later') ? ['', '-later'] : [''];
  const file = get('');
  // A failure the app reports itself: handled here, so not also "unhandled".
  file.then((words) => (root.dir = words.dir), () => {});
  // The service worker keeps the default locale's files from its install;
  // another's, fetched before it took charge of this first visit, are
  // fetched again through it, so the page works offline in this language.
  navigator.serviceWorker?.addEventListener('controllerchange', () => {
    if (locale !== meta.dataset.default) for (const part of parts) fetch(name(part)).catch(() => {});
  });
  window.forkpointWords = { locale, file, later: parts[1] ? () => get(parts[1]) : null };
})();
