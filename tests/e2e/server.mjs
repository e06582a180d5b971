// A small static server for the release build (dist/): the right MIME types
// (application/wasm above all), the security and caching headers of the
// build's own `_headers` file, matched and merged as Cloudflare Pages does,
// so the tests check the hosting configuration that ships, and ETags, as
// every static host sends. `{ folder: '/app/' }` serves the site in a
// folder; `{ pretty: true }` serves `results.html` as `results`, redirecting
// the one to the other, as Cloudflare Pages does. `deploy(dir)` switches
// to another build while running, as a deploy would; `answers` makes a path
// fail as a broken server would (`answers.set('/results.html', 500)`).
// Used by the end-to-end tests and the benchmark; also runnable:
//   node tests/e2e/server.mjs [dir] [port]
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Rules of a `_headers` file: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0) rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The rules whose pattern matches the whole of `path`, `*` matching any run of characters (Cloudflare Pages' reading). */
export function matchingRules(rules, path) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return rules.filter(({ pattern }) => new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`).test(path));
}

/** The headers of every matching rule; a header set by several rules gets their values joined with ", ", as Cloudflare Pages sends it. */
export function headersFor(rules, path) {
  const headers = {};
  for (const rule of matchingRules(rules, path)) {
    for (const [name, value] of Object.entries(rule.headers)) headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/**
 * Serves `root` on 127.0.0.1. Resolves to { url, port, close(), requests }.
 * `requests` records every path asked for, so tests can check what was fetched.
 */
const PROBE_SCRIPT = '/__probe.js';
const PROBE_REPORT = '/__probe';

export async function startServer(root, { port = 0, probe = false, folder = '/', pretty = false } = {}) {
  let base;
  let rules;
  const deploy = async (dir) => {
    const next = resolve(dir);
    rules = parseHeadersFile(await readFile(join(next, '_headers'), 'utf8').catch(() => ''));
    base = next;
  };
  await deploy(root);
  const requests = [];
  const problems = [];
  const answers = new Map();
  const state = { offline: false };
  const probeSource = probe ? await readFile(new URL('./probe.js', import.meta.url)) : null;
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (probe && path === PROBE_REPORT && req.method === 'POST') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      try {
        problems.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        problems.push({ kind: 'unreadable probe report' });
      }
      res.writeHead(204).end();
      return;
    }
    if (probe && path === PROBE_SCRIPT) {
      res.writeHead(200, { 'Content-Type': MIME['.js'], 'Cache-Control': 'no-store' }).end(probeSource);
      return;
    }
    if (state.offline) {
      // As an unreachable network: no answer at all.
      req.socket.destroy();
      return;
    }
    requests.push(path);
    if (answers.has(path)) {
      const status = answers.get(path);
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`status ${status}`);
      return;
    }
    if (!path.startsWith(folder)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    let inSite = path.slice(folder.length - 1);
    if (pretty && inSite.endsWith('.html')) {
      const query = new URL(req.url, 'http://127.0.0.1').search;
      res.writeHead(308, { Location: `${path.replace(/(index)?\.html$/, '')}${query}` }).end();
      return;
    }
    if (pretty && !inSite.endsWith('/') && !extname(inSite)) inSite += '.html';
    const file = normalize(join(base, inSite.endsWith('/') ? `${inSite}index.html` : inSite));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      if (probe && extname(file) === '.html') {
        // Right after <html ...> (a minified page has no <head> tag): before any other script.
        body = Buffer.from(body.toString('utf8').replace(/<html\b[^>]*>/i, (tag) => `${tag}<script src="${PROBE_SCRIPT}"></script>`));
      }
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: etag, ...headersFor(rules, path) };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}${folder}`,
    port: actual,
    requests,
    problems,
    answers,
    get offline() {
      return state.offline;
    },
    set offline(value) {
      state.offline = value;
    },
    deploy,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await startServer(dir, { port });
  console.log(`Forkpoint is being served at ${url} (Ctrl-C stops it)`);
}
