// The HTML page of every entry in the registry (pages.json), written at the
// root where Trunk builds from, from the one template pages/page.html: what
// differs between pages is data in the registry (the bundle, the page's own
// stylesheets, whether it installs the service worker, whether it lives in
// other sites' frames). The pages are build output (.gitignore), made by
// scripts/build.sh and scripts/serve.sh before Trunk runs.
//   node scripts/shells.mjs        → index.html, results.html, … at the root,
//                                    each with one stylesheet (styles/merged/)
//   node scripts/shells.mjs --dev  → each stylesheet linked on its own, so
//                                    Trunk's development server sees edits
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { REGISTRY } from './pages.mjs';

const ROOT = new URL('../', import.meta.url);
const MERGED = 'styles/merged';

/** A page's stylesheets, in the order they apply: the shared one, the
 * site's chrome (skip link, header, footer, home cards) unless the page
 * lives in a frame, then the page's own. */
export function pageStyles(page) {
  return ['styles/main.css', ...(page.embeds ? [] : ['styles/site.css']), ...(page.styles ?? [])];
}

/** The one file a page's stylesheets are merged into, named after them
 * (`main-site-results.css`): pages with the same stylesheets share it. A
 * request saved on every first load: each request costs the page's main
 * thread its handling, and a module script waits for every stylesheet
 * (docs/size.md, "Where the first screen's extra time is"). */
export const mergedStyles = (page) => `${MERGED}/${pageStyles(page).map((href) => basename(href, '.css')).join('-')}.css`;

const styleLink = (href) => `    <link data-trunk data-integrity="none" rel="css" href="${href}" />\n`;

/** The page for registry entry `page`, from `template`; `merged`: one
 * stylesheet (written by `writeShells`), or each on its own. */
export function shell(template, page, { merged = true } = {}) {
  const name = page.file.replace(/\.html$/, '');
  const framed = Boolean(page.embeds);
  const installs = page.offline === 'install';
  const fill = {
    NAME: name,
    BUNDLE: page.bundle,
    // Cargo features the page's bundle is built with instead of the default
    // ones (a run page reads its own instrument only: Cargo.toml).
    FEATURES: page.features ? ` data-cargo-no-default-features data-cargo-features="${page.features.join(',')}"` : '',
    INSTALLS: installs ? ' data-sw="install"' : '',
    // A page of the site itself: its colour in the browser's chrome. In a
    // frame there is no chrome to colour.
    SITE_HEAD: framed ? '' : '    <meta name="theme-color" content="#3a3fb8" />\n',
    ICON: framed
      ? '    <!-- In a frame no icon shows; "data:," saves the request for one. -->\n    <link rel="icon" href="data:," />\n'
      : `    <link data-trunk data-integrity="none" rel="icon" href="assets/icon.svg" />\n${installs ? '    <link rel="manifest" href="manifest.webmanifest" />\n' : ''}`,
    STYLES: merged ? styleLink(mergedStyles(page)) : pageStyles(page).map(styleLink).join(''),
    // Other sites' frames never register the service worker.
    SW_CLIENT: framed ? '' : '    <script data-inline="sw-client"></script>\n',
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => {
    if (!(key in fill)) throw new Error(`pages/page.html: no value for {{${key}}}`);
    return fill[key];
  });
}

/** Writes every page (and, unless `merged` is false, each merged
 * stylesheet, build output like the pages); returns the pages' names. */
export async function writeShells({ merged = true } = {}) {
  const template = await readFile(new URL('pages/page.html', ROOT), 'utf8');
  if (merged) {
    await mkdir(new URL(`${MERGED}/`, ROOT), { recursive: true });
    for (const page of REGISTRY.pages) {
      const parts = await Promise.all(pageStyles(page).map((href) => readFile(new URL(href, ROOT), 'utf8')));
      await writeFile(new URL(mergedStyles(page), ROOT), parts.join('\n'));
    }
  }
  for (const page of REGISTRY.pages) await writeFile(new URL(page.file, ROOT), shell(template, page, { merged }));
  return REGISTRY.pages.map((page) => page.file);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(`shells: ${(await writeShells({ merged: !process.argv.includes('--dev') })).join(', ')}`);
}
