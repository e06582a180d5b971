// Starts loading the page's words while the wasm downloads, inlined
// (scripts/post-build.mjs) at the end of each page's body (after the build's
// <meta name="forkpoint-words">). It picks the locale (?lang= when the build
// has it, otherwise the page's default) and leaves the parsed words file as
// a promise in window.forkpointWords for src/words_loader.rs, with `later()`,
// which fetches the words only later screens show (results, advice) once
// the app asks, after its first screen is up.
(() => {
  const meta = document.querySelector('meta[name="forkpoint-words"]');
  if (!meta) return;
  let files;
  let later;
  try {
    files = JSON.parse(meta.content);
    later = JSON.parse(meta.dataset.later ?? '{}');
  } catch {
    return;
  }
  const asked = new URLSearchParams(location.search).get('lang');
  const locale = asked && Object.hasOwn(files, asked) ? asked : meta.dataset.default;
  const get = (name) => fetch(name).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))));
  const file = get(files[locale]);
  // The app reports a failure itself; this keeps it from also counting as unhandled.
  file.catch(() => {});
  window.forkpointWords = { locale, file, later: Object.hasOwn(later, locale) ? () => get(later[locale]) : null };
})();
