// Trunk post-build hook (see Trunk.toml). Release builds: minifies the
// wasm-bindgen JS glue, which Trunk's own minifier cannot parse, and updates
// its integrity hash in the page that loads it. Trunk builds one page at a
// time (scripts/build.sh runs it once per page), so this handles whichever
// page is in the staging directory. Development builds (`trunk serve`, which
// does not run scripts/finish-build.mjs): gives index.html its words.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { REGISTRY } from './pages.mjs';
import { minifyWasmNames } from './wasm-names.mjs';
import { DEFAULT_LOCALE, fillTemplate, readCatalogs, withWords, writeWords } from './words.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) process.exit(0);
const release = process.env.TRUNK_PROFILE === 'release';

/**
 * The page's own small scripts (`<script data-inline="sw-client"></script>`
 * names assets/sw-client.js), put in place by terser in release builds.
 * Trunk's own inlining minified them too, but ordered their functions
 * differently from one build to the next, so the first load's size moved
 * by a few bytes between identical builds; terser's output is the same
 * every time (and smaller).
 */
async function inlineScripts(html) {
  let out = html;
  for (const match of html.matchAll(/<script data-inline="?([a-z-]+)"?><\/script>/g)) {
    const source = await readFile(new URL(`../assets/${match[1]}.js`, import.meta.url), 'utf8');
    const code = release ? (await minify(source, { compress: { passes: 2 }, mangle: true })).code : source;
    if (!code) throw new Error(`terser returned nothing for assets/${match[1]}.js`);
    out = out.replace(match[0], `<script>${code}</script>`);
  }
  return out;
}

if (!release) {
  for (const page of (await readdir(staging)).filter((f) => f.endsWith('.html'))) {
    const path = join(staging, page);
    await writeFile(path, await inlineScripts(await readFile(path, 'utf8')));
  }
  const page = join(staging, 'index.html');
  const entry = REGISTRY.pages.find((p) => p.file === 'index.html');
  const files = await writeWords(staging, [entry]);
  const catalogs = await readCatalogs();
  const html = fillTemplate(await readFile(page, 'utf8'), catalogs[DEFAULT_LOCALE], 'pages', { partial: true });
  await writeFile(page, withWords(html, files['index.html']));
  process.exit(0);
}

const files = await readdir(staging);
for (const page of files.filter((f) => f.endsWith('.html'))) {
  const htmlPath = join(staging, page);
  let html = await readFile(htmlPath, 'utf8');
  // wasm-bindgen's glue: the script beside each wasm bundle.
  const glue = files.filter((f) => f.endsWith('.js') && files.includes(f.replace(/\.js$/, '_bg.wasm')));
  for (const name of glue) {
    // Rewrite the integrity attribute of the tag that references this file.
    const tag = new RegExp(`<link[^>]*${name.replaceAll('.', '\\.')}[^>]*>`);
    const match = html.match(tag);
    if (!match) continue;
    const path = join(staging, name);
    const source = await readFile(path, 'utf8');
    const { code: minified } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    if (!minified) throw new Error(`terser returned nothing for ${name}`);
    const wasm = join(staging, name.replace(/\.js$/, '_bg.wasm'));
    const { out, code } = minifyWasmNames(wasm, minified);
    await rename(out, wasm);
    await writeFile(path, code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    html = html.replace(match[0], match[0].replace(/integrity="?sha384-[^"\s>]+"?/, `integrity=${integrity}`));
    console.log(`minify-js: ${name} ${source.length} → ${code.length} bytes`);
  }
  // Trunk keeps the attribute that turned its integrity hashes off on the stylesheet link.
  html = html.replaceAll(' data-integrity=none', '');
  await writeFile(htmlPath, await inlineScripts(html));
}
