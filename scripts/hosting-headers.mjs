// The security and caching headers the app is meant to be served with:
// `_headers` in the built site (the format of Netlify and Cloudflare Pages,
// which read it and do not serve it; tests/e2e/server.mjs serves it as
// Cloudflare does) and an nginx snippet, written beside the site rather than
// in it, so no host publishes it. Each page gets its own
// Content-Security-Policy, hashing its own inline script.
import { createHash } from 'node:crypto';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Trunk's content-hashed file names: their content never changes. */
export const HASHED_FILE = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/** Hashed files are kept for a year; pages, the manifest and sw.js are checked every time. */
export const CACHE_FOREVER = { 'Cache-Control': 'public, max-age=31536000, immutable' };
export const CACHE_CHECK = { 'Cache-Control': 'no-cache' };

/** sha256 CSP sources for every inline <script> in an HTML document. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** A Content-Security-Policy allowing `hashes` as inline scripts and framing by `frameAncestors`. */
function policy(hashes, frameAncestors) {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...hashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The page's Content-Security-Policy: no unsafe-inline, no unsafe-eval. */
export function contentSecurityPolicy(html, { frameAncestors = ["'self'"] } = {}) {
  return policy(inlineScriptHashes(html), frameAncestors);
}

/**
 * The policy for every address, pages or not: the union of the pages' own
 * (every page's inline scripts, every framing any page allows). Where a
 * page's own rule matches too, hosts send both and browsers enforce both,
 * so the page's own, stricter one is what holds; nowhere is there
 * unsafe-inline or eval.
 */
export function siteWidePolicy(pages) {
  const unique = (lists) => [...new Set(lists.flat())];
  const hashes = unique(pages.map(({ html }) => inlineScriptHashes(html)));
  return policy(hashes, unique([["'self'"], ...pages.map((page) => page.frameAncestors ?? [])]));
}

/** Headers for every response (the same everywhere, so no host can merge them into a conflict). */
export const EVERY_FILE = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cross-Origin-Resource-Policy: other sites load the embed loader and frame the embed pages; nothing else. */
const corp = (crossOrigin) => ({ 'Cross-Origin-Resource-Policy': crossOrigin ? 'cross-origin' : 'same-origin' });

/** Headers for one HTML page; `frameAncestors` for a page other sites may frame. */
export function pageHeaders(html, frameAncestors) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(html, frameAncestors ? { frameAncestors } : undefined),
    ...CACHE_CHECK,
    ...corp(Boolean(frameAncestors)),
  };
}

/** The stable-named files that are not pages, checked on every visit; the embed loader is loaded by other sites. */
export const STABLE_FILES = { 'sw.js': false, 'manifest.webmanifest': false, 'embed.js': true };

/** The types nginx should compress besides text/html (which it always does): text, and wasm. */
const COMPRESSED = 'text/css text/javascript application/javascript application/json application/manifest+json application/wasm image/svg+xml';

const lines = (headers, indent) => Object.entries(headers).map(([k, v]) => `${indent}${k}: ${v}`);
const nginxHeaders = (headers, indent) => Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} "${v}" always;`);
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Writes `_headers` into `dir` and the nginx snippet to `nginxFile`, for
 * `pages`, a list of { file, html, frameAncestors? }.
 *
 * `_headers`: hosts apply every rule that matches an address and join a
 * header set by several with ", ". So apart from the site-wide policy
 * (`/*`, which only ever widens what a page allows), each header comes from
 * one rule per address. A page has a rule at the root (`/results.html`)
 * and one for any folder (the same behind `/*`: Cloudflare Pages and
 * Netlify read them alike), each with and without `.html`, as both hosts
 * serve it.
 */
export async function writeHostingConfig(dir, pages, nginxFile) {
  const hashed = (await readdir(dir)).filter((f) => HASHED_FILE.test(f)).sort();
  const netlify = ['/*', ...lines({ ...EVERY_FILE, 'Content-Security-Policy': siteWidePolicy(pages) }, '  ')];
  const rule = (pattern, headers) => netlify.push(pattern, ...lines(headers, '  '));
  // A page at the root and in any folder: `/stage.html` and
  // `/*/stage.html`, never `/*stage.html`, which also matches
  // `/embed-stage.html` (both pages' policies would then apply to it, and
  // the stricter frame-ancestors win).
  const pageRule = (name, headers) => {
    rule(`/${name}`, headers);
    rule(`/*/${name}`, headers);
  };
  for (const { file, html, frameAncestors } of pages) {
    const headers = pageHeaders(html, frameAncestors);
    if (file === 'index.html') rule('/', headers);
    pageRule(file, headers);
    if (file !== 'index.html') pageRule(file.replace(/\.html$/, ''), headers);
  }
  for (const [file, crossOrigin] of Object.entries(STABLE_FILES)) rule(`/*${file}`, { ...CACHE_CHECK, ...corp(crossOrigin) });
  // A hashed file never changes. One rule for every file of a kind when
  // all of that kind are hashed (Cloudflare Pages reads at most 100 rules),
  // else one per file.
  const all = await readdir(dir);
  const kind = (file) => file.slice(file.lastIndexOf('.'));
  const wholeKinds = new Set(hashed.map(kind).filter((ext) => all.filter((f) => kind(f) === ext).every((f) => HASHED_FILE.test(f))));
  for (const ext of [...wholeKinds].sort()) rule(`/*${ext}`, { ...CACHE_FOREVER, ...corp(false) });
  for (const file of hashed.filter((f) => !wholeKinds.has(kind(f)))) rule(`/*${file}`, { ...CACHE_FOREVER, ...corp(false) });

  // nginx merges nothing: a location with its own add_header drops the
  // server's, so each block lists all it sends. Regular expressions, so the
  // site works at the root or in a folder.
  const nginx = [
    '# Forkpoint: include inside the server block, or the location of the folder, that serves dist/.',
    "# Generated by scripts/finish-build.mjs for this build (each CSP hashes its page's inline script).",
    "# nginx's mime.types must map .wasm to application/wasm (1.22's does). No `types` block here: it",
    '# would replace the whole list, and every page would go out as application/octet-stream.',
    'gzip on;',
    'gzip_vary on;',
    `gzip_types ${COMPRESSED};`,
    '# Brotli too, with the ngx_brotli module (not part of nginx itself):',
    '# brotli on;',
    `# brotli_types ${COMPRESSED};`,
    ...nginxHeaders({ ...EVERY_FILE, ...CACHE_CHECK, 'Content-Security-Policy': siteWidePolicy(pages) }, ''),
    "# The hosting files are not part of the site (Netlify and Cloudflare Pages read _headers, nginx would serve it).",
    'location ~ /_headers$ {',
    '    return 404;',
    '}',
    '# Content-hashed files (Trunk names them name-<hex hash>.ext) never change.',
    'location ~ "-[0-9a-f]{8,16}(_bg)?\\.[a-z]+$" {',
    ...nginxHeaders({ ...EVERY_FILE, ...CACHE_FOREVER, ...corp(false) }, '    '),
    '}',
  ];
  for (const [file, crossOrigin] of Object.entries(STABLE_FILES)) {
    nginx.push(`location ~ "/${escapeRegex(file)}$" {`, ...nginxHeaders({ ...EVERY_FILE, ...CACHE_CHECK, ...corp(crossOrigin) }, '    '));
    if (file.endsWith('.webmanifest')) nginx.push('    default_type application/manifest+json;');
    nginx.push('}');
  }
  for (const { file, html, frameAncestors } of pages) {
    // results.html also as results; index.html also as the folder itself.
    const path = file === 'index.html' ? '/(index\\.html)?$' : `/${escapeRegex(file.replace(/\.html$/, ''))}(\\.html)?$`;
    nginx.push(`location ~ "${path}" {`, ...nginxHeaders({ ...EVERY_FILE, ...pageHeaders(html, frameAncestors) }, '    '), '}');
  }
  await writeFile(join(dir, '_headers'), `${netlify.join('\n')}\n`);
  await mkdir(dirname(nginxFile), { recursive: true });
  await writeFile(nginxFile, `${nginx.join('\n')}\n`);
}
