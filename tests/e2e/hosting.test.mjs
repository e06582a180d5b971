// The hosting configuration the build ships (scripts/hosting-headers.mjs):
// `_headers` read as Cloudflare Pages and as Netlify read it, at the root,
// in a folder and at pretty addresses; a page of it opened in Chromium
// there; and the nginx snippet, served by a real nginx.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { contentSecurityPolicy } from '../../scripts/hosting-headers.mjs';
import { DOCS_PAGE, EMBED_PAGES, PAGES } from '../../scripts/pages.mjs';
import { docsFile, readLanguages } from '../../scripts/words.mjs';
import { assertNoProblems, DIST, freePort, launchBrowser, openPage, waitForApp } from './helpers.mjs';
import { headersFor, matchingRules, parseHeadersFile, startServer } from './server.mjs';

const NGINX_SNIPPET = join(dirname(DIST), 'hosting', 'forkpoint-nginx.conf');
const EMBED_FRAMERS = ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'];
const rules = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));
const files = (await readdir(DIST)).filter((f) => f !== '_headers');
// The embed documentation in every language offered (embedding.de.html…).
const docsPages = (await readLanguages()).map(({ code }) => docsFile(DOCS_PAGE, code));
const allPages = [...PAGES, ...docsPages];
const crossOrigin = (file) => file === 'embed.js' || EMBED_PAGES.includes(file);

/** The page's own policy, as the build makes it (embeds: the default framers). */
async function ownPolicy(file) {
  const html = await readFile(join(DIST, file), 'utf8');
  return contentSecurityPolicy(html, EMBED_PAGES.includes(file) ? { frameAncestors: EMBED_FRAMERS } : undefined);
}

/** The addresses a file is asked at: the root and folders, and without .html where hosts serve pages so. */
function addresses(file) {
  const pretty = file.endsWith('.html') && file !== 'index.html' ? [file.replace(/\.html$/, '')] : [];
  return ['/', '/app/', '/app/v2/'].flatMap((folder) => [file, ...pretty].map((name) => `${folder}${name}`));
}

/** Netlify's reading (its headers parser): a lone `*` is any path, `*` in a name any characters, case-insensitive, an optional trailing slash; of a header set by several rules the last wins. */
function netlifyHeaders(path) {
  const regex = (pattern) => {
    const parts = pattern.split('/').filter(Boolean).map((part) => (part === '*' ? '?(.*)' : part.includes('*') ? part.replaceAll('*', '(.*)') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
  };
  return Object.assign({}, ...rules.filter((r) => regex(r.pattern).test(path)).map((r) => r.headers));
}

/** A policy as its directives: name → the set of its sources. */
const directives = (policy) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, new Set(sources)]));

describe('hosting headers (_headers)', () => {
  test('every page gets its own CSP at the root, in folders and at its pretty address, on Cloudflare Pages and on Netlify', async () => {
    for (const file of allPages) {
      const own = await ownPolicy(file);
      for (const path of addresses(file)) {
        const policies = headersFor(rules, path)['Content-Security-Policy']?.split(', ') ?? [];
        assert.ok(policies.includes(own), `Cloudflare Pages: ${path} has ${file}'s own policy`);
        assert.equal(netlifyHeaders(path)['Content-Security-Policy'], own, `Netlify: ${path} has ${file}'s own policy`);
      }
    }
  });

  test('a site-wide policy covers every other address, and only widens a page\'s own: no two policies conflict', async () => {
    for (const path of ['/app/', '/app/v2/', '/somewhere-else.html', '/sw.js']) {
      const policy = headersFor(rules, path)['Content-Security-Policy'];
      assert.ok(policy, `${path} has a CSP`);
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, path);
    }
    const [siteWide] = headersFor(rules, '/somewhere-else.html')['Content-Security-Policy'].split(', ');
    const wide = directives(siteWide);
    for (const file of allPages) {
      const own = directives(await ownPolicy(file));
      assert.deepEqual([...wide.keys()].sort(), [...own.keys()].sort(), `the same directives as ${file}'s`);
      for (const [name, sources] of own) {
        for (const source of sources) assert.ok(wide.get(name).has(source), `the site-wide ${name} allows ${file}'s ${source}`);
      }
      for (const path of addresses(file)) {
        const policies = headersFor(rules, path)['Content-Security-Policy'].split(', ');
        assert.deepEqual(new Set(policies), new Set([siteWide, await ownPolicy(file)]), `${path}: the site-wide and the page's own, nothing else`);
      }
    }
  });

  test('every other header comes from one rule per address, so no host joins two into one', () => {
    for (const file of files) {
      for (const path of addresses(file)) {
        const seen = new Map();
        for (const rule of matchingRules(rules, path)) {
          for (const name of Object.keys(rule.headers)) seen.set(name, [...(seen.get(name) ?? []), rule.pattern]);
        }
        for (const [name, patterns] of seen) {
          if (name !== 'Content-Security-Policy') assert.equal(patterns.length, 1, `${path}: ${name} from ${patterns.join(' and ')}`);
        }
      }
    }
  });

  test('caching: hashed files for good, everything else checked on every visit, in folders too', () => {
    for (const file of files) {
      const hashed = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file);
      for (const path of addresses(file)) {
        for (const [host, headers] of [['Cloudflare Pages', headersFor(rules, path)], ['Netlify', netlifyHeaders(path)]]) {
          assert.equal(headers['Cache-Control'], hashed ? 'public, max-age=31536000, immutable' : 'no-cache', `${host}: ${path}`);
        }
      }
    }
  });

  test('Cross-Origin-Resource-Policy: cross-origin for the embed loader and the embed pages only', () => {
    for (const file of files) {
      for (const path of addresses(file)) {
        const expected = crossOrigin(file) ? 'cross-origin' : 'same-origin';
        assert.equal(headersFor(rules, path)['Cross-Origin-Resource-Policy'], expected, `Cloudflare Pages: ${path}`);
        assert.equal(netlifyHeaders(path)['Cross-Origin-Resource-Policy'], expected, `Netlify: ${path}`);
      }
    }
  });

  test('Permissions-Policy denies camera, microphone and location, without the obsolete interest-cohort', () => {
    for (const path of ['/', '/results', '/app/embed-quiz.html', '/app/']) {
      const policy = headersFor(rules, path)['Permissions-Policy'];
      assert.equal(policy, 'camera=(), microphone=(), geolocation=()', path);
    }
  });

  test('the limits of Cloudflare Pages: at most 100 rules, lines of at most 2,000 characters', async () => {
    assert.ok(rules.length <= 100, `${rules.length} rules`);
    const longest = Math.max(...(await readFile(join(DIST, '_headers'), 'utf8')).split('\n').map((l) => l.length));
    assert.ok(longest <= 2000, `a line of ${longest} characters`);
  });

  test('in a folder, with pretty addresses, the pages run under the policies the host sends', async () => {
    const server = await startServer(DIST, { folder: '/app/', pretty: true });
    const browser = await launchBrowser();
    try {
      const redirect = await fetch(`${server.url}results.html`, { redirect: 'manual' });
      assert.equal(redirect.status, 308, 'the host sends results.html to results');
      for (const [path, heading] of [['', /keep doing the work/i], ['results#/data', 'Your results and data'], ['embed-quiz', /./]]) {
        const page = await openPage(browser);
        await page.goto(`${server.url}${path}`);
        await waitForApp(page);
        if (heading) await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
        assertNoProblems(page);
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('hosting with nginx (the snippet)', () => {
  test('the snippet is kept out of the site, and dist/ holds no other hosting file than _headers', async () => {
    assert.deepEqual(files.filter((f) => /nginx|\.conf$/.test(f)), []);
    await readFile(NGINX_SNIPPET, 'utf8');
  });

  test('nginx with the snippet: types, headers per page at the root and in a folder, compression, no hosting file served', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'forkpoint-nginx-'));
    const www = join(dir, 'www');
    await mkdir(www);
    await symlink(DIST, join(www, 'app'));
    const [rootPort, folderPort] = [await freePort(), await freePort()];
    const server = (port, root) => `server { listen 127.0.0.1:${port}; root ${root}; include ${NGINX_SNIPPET}; }`;
    await writeFile(
      join(dir, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;' : ''} daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  ${server(rootPort, DIST)}
  ${server(folderPort, www)}
}
`,
    );
    const nginx = spawn(process.env.NGINX ?? '/usr/sbin/nginx', ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    nginx.stderr.on('data', (chunk) => (log += chunk));
    try {
      const get = async (url) => {
        for (let i = 0; i < 50; i += 1) {
          if (nginx.exitCode !== null) throw new Error(`nginx exited: ${log}`);
          try {
            return await fetch(url, { headers: { 'Accept-Encoding': 'gzip' }, redirect: 'manual' });
          } catch {
            await new Promise((ok) => setTimeout(ok, 100));
          }
        }
        throw new Error(`nginx did not answer ${url}: ${log}`);
      };
      for (const base of [`http://127.0.0.1:${rootPort}/`, `http://127.0.0.1:${folderPort}/app/`]) {
        for (const file of allPages) {
          const paths = file === 'index.html' ? ['', 'index.html'] : [file, file.replace(/\.html$/, '')];
          for (const path of paths.filter((p) => p === '' || files.includes(p))) {
            const response = await get(`${base}${path}`);
            assert.equal(response.status, 200, `${base}${path}`);
            assert.match(response.headers.get('content-type'), /^text\/html/, `${base}${path}`);
            assert.equal(response.headers.get('content-security-policy'), await ownPolicy(file), `${base}${path}`);
            assert.equal(response.headers.get('cross-origin-resource-policy'), crossOrigin(file) ? 'cross-origin' : 'same-origin', `${base}${path}`);
            assert.equal(response.headers.get('cache-control'), 'no-cache', `${base}${path}`);
            assert.equal(response.headers.get('permissions-policy'), 'camera=(), microphone=(), geolocation=()');
          }
        }
        const wasm = files.find((f) => f.endsWith('.wasm'));
        const response = await get(`${base}${wasm}`);
        assert.equal(response.headers.get('content-type'), 'application/wasm');
        assert.equal(response.headers.get('content-encoding'), 'gzip', 'wasm is compressed');
        assert.match(response.headers.get('cache-control'), /immutable/);
        assert.equal(response.headers.get('cross-origin-resource-policy'), 'same-origin');
        for (const [file, type] of [['embed.js', /javascript/], ['manifest.webmanifest', /^application\/manifest\+json/], ['sw.js', /javascript/]]) {
          const stable = await get(`${base}${file}`);
          assert.match(stable.headers.get('content-type'), type, file);
          assert.equal(stable.headers.get('cross-origin-resource-policy'), crossOrigin(file) ? 'cross-origin' : 'same-origin', file);
          assert.equal(stable.headers.get('cache-control'), 'no-cache', file);
        }
        assert.equal((await get(`${base}_headers`)).status, 404, '_headers is not served');
      }
    } finally {
      nginx.kill();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
