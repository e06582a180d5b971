// Trunk post-build hook (see Trunk.toml), release builds only. In order:
// 1. minifies the wasm-bindgen JS glue, which Trunk's own minifier cannot
//    parse, and updates its integrity hash in index.html;
// 2. writes the hosting configuration for the finished page: `_headers`
//    (Netlify, Cloudflare Pages and the test server read it) and an nginx
//    snippet, both with a Content-Security-Policy that hashes the page's
//    inline script, so no 'unsafe-inline' is needed.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { writeHostingConfig } from './hosting-headers.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release' || !staging) process.exit(0);

const htmlPath = join(staging, 'index.html');
let html = await readFile(htmlPath, 'utf8');
for (const name of (await readdir(staging)).filter((f) => /^forkpoint-[0-9a-f]+\.js$/.test(f))) {
  const path = join(staging, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error(`terser returned nothing for ${name}`);
  await writeFile(path, code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  // Rewrite the integrity attribute of the tag that references this file.
  const tag = new RegExp(`<link[^>]*${name.replace('.', '\\.')}[^>]*>`);
  const match = html.match(tag);
  if (!match) throw new Error(`index.html has no <link> for ${name}`);
  html = html.replace(match[0], match[0].replace(/integrity="?sha384-[^"\s>]+"?/, `integrity=${integrity}`));
  console.log(`minify-js: ${name} ${source.length} → ${code.length} bytes`);
}
await writeFile(htmlPath, html);
await writeHostingConfig(staging, html);
