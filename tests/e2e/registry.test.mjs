// The page registry (pages.json) is the one list of entry pages: every page
// it names exists with the bundle it names, the build made each of them, the
// service worker installs with the first offline page and the hosting
// headers let other sites frame the embed pages and nothing else.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { EMBED_PAGES, OFFLINE_PAGES, PAGES, REGISTRY } from '../../scripts/pages.mjs';
import { DIST, launchBrowser, ROOT } from './helpers.mjs';
import { headersFor, parseHeadersFile } from './server.mjs';

test('every registered page has its source, its bundle and a built copy', async () => {
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  for (const page of REGISTRY.pages) {
    const source = await readFile(join(ROOT, page.file), 'utf8');
    assert.match(source, new RegExp(`data-bin="${page.bundle}"`), `${page.file} builds the ${page.bundle} bundle`);
    assert.match(cargo, new RegExp(`\\[\\[bin\\]\\]\\s*name = "${page.bundle}"`), `Cargo.toml has the ${page.bundle} binary`);
    if (page.embeds) {
      const definition = JSON.parse(await readFile(join(ROOT, 'content', 'instruments', `${page.embeds}.json`), 'utf8'));
      assert.equal(definition.id, page.embeds);
    }
    await readFile(join(DIST, page.file));
  }
  assert.equal(PAGES[0], 'index.html');
});

test('the service worker and the headers follow the registry', async () => {
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  const lists = JSON.parse(await readFile(join(DIST, worker.match(/lists:"(worker-lists-[0-9a-f]+\.json)"/)[1]), 'utf8'));
  const build = { core: lists.core, later: lists.later };
  assert.ok(build.core.includes('./'), 'the install caches the first offline page');
  for (const page of OFFLINE_PAGES.slice(1)) assert.ok(build.later.includes(page), `${page} is cached on a later visit`);
  const rules = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));
  for (const page of PAGES) {
    // Every policy a host sends is enforced: the page may be framed where all of them allow it.
    const policies = (headersFor(rules, `/${page}`)['Content-Security-Policy'] ?? '').split(', ');
    const framing = policies.map((csp) => csp.match(/frame-ancestors ([^;]+)/)?.[1]);
    if (EMBED_PAGES.includes(page)) assert.ok(framing.every((f) => f && f !== "'self'"), `${page} may be framed by other sites`);
    else assert.ok(framing.includes("'self'"), `${page} is framed by this site only`);
  }
});

test("every page's title and description are its words, whole, as a browser reads them", async () => {
  const words = JSON.parse(await readFile(join(ROOT, 'content', 'words', 'en', 'pages.json'), 'utf8'));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    for (const file of PAGES) {
      const html = await readFile(join(DIST, file), 'utf8');
      // Parsed, not run: the app changes the title per screen; the description stays.
      const head = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'text/html');
        return { title: doc.title, description: doc.querySelector('meta[name=description]')?.getAttribute('content') };
      }, html);
      const own = words[file.replace(/\.html$/, '')];
      assert.deepEqual(head, { title: own.title, description: own.description }, file);
    }
  } finally {
    await browser.close();
  }
});

test('every built page makes one stylesheet request: its stylesheets merged, in order, site chrome only outside frames', async () => {
  const source = (name) => readFile(join(ROOT, 'styles', name), 'utf8');
  // A rule only main.css has, and one only site.css has, to find each in the minified, merged result.
  const marker = { main: '.button.primary', site: '.brand-tagline' };
  for (const page of REGISTRY.pages) {
    const html = await readFile(join(DIST, page.file), 'utf8');
    const links = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map(([tag]) => tag.match(/href="?\.\/([^"\s>]+)/)?.[1]);
    assert.equal(links.length, 1, `${page.file} links ${links.length} stylesheets: ${links}`);
    const own = (page.styles ?? []).map((href) => href.replace(/^styles\/|\.css$/g, ''));
    const expected = ['main', ...(page.embeds ? [] : ['site']), ...own].join('-');
    assert.match(links[0], new RegExp(`^${expected}-[0-9a-f]{8,16}\\.css$`), `${page.file}: ${links[0]}`);
    const css = await readFile(join(DIST, links[0]), 'utf8');
    assert.ok(css.includes(marker.main), `${page.file}: ${links[0]} holds main.css`);
    assert.equal(css.includes(marker.site), !page.embeds, `${page.file}: ${links[0]} holds the site's chrome ${page.embeds ? 'though it lives in frames' : ''}`);
  }
  const [main, site] = await Promise.all([source('main.css'), source('site.css')]);
  assert.ok(main.includes(marker.main) && !site.includes(marker.main), 'the shared marker is main.css\'s own');
  assert.ok(site.includes(marker.site) && !main.includes(marker.site), 'the chrome marker is site.css\'s own');
});
