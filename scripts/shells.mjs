// The HTML page of every entry in the registry (pages.json), written at the
// root where Trunk builds from, from the one template pages/page.html: what
// differs between pages is data in the registry (the bundle, the page's own
// stylesheets, whether it installs the service worker, whether it lives in
// other sites' frames). The pages are build output (.gitignore), made by
// scripts/build.sh and scripts/serve.sh before Trunk runs.
//   node scripts/shells.mjs      → index.html, results.html, … at the root
import { readFile, writeFile } from 'node:fs/promises';
import { REGISTRY } from './pages.mjs';

const ROOT = new URL('../', import.meta.url);

/** The page for registry entry `page`, from `template`. */
export function shell(template, page) {
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
    // The skip link, header, footer and home cards: a frame shows none.
    SITE_STYLES: framed ? '' : '    <link data-trunk data-integrity="none" rel="css" href="styles/site.css" />\n',
    STYLES: (page.styles ?? []).map((href) => `    <link data-trunk data-integrity="none" rel="css" href="${href}" />\n`).join(''),
    // Other sites' frames never register the service worker.
    SW_CLIENT: framed ? '' : '    <script data-inline="sw-client"></script>\n',
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => {
    if (!(key in fill)) throw new Error(`pages/page.html: no value for {{${key}}}`);
    return fill[key];
  });
}

export async function writeShells() {
  const template = await readFile(new URL('pages/page.html', ROOT), 'utf8');
  for (const page of REGISTRY.pages) await writeFile(new URL(page.file, ROOT), shell(template, page));
  return REGISTRY.pages.map((page) => page.file);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  console.log(`shells: ${(await writeShells()).join(', ')}`);
}
