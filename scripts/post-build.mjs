// Trunk post-build hook (see Trunk.toml), release builds only: minifies the
// wasm-bindgen JS glue, which Trunk's own minifier cannot parse, and updates
// its integrity hash in the page that loads it. Trunk builds one page at a
// time (scripts/build.sh runs it once per page), so this handles whichever
// page is in the staging directory.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release' || !staging) process.exit(0);

const files = await readdir(staging);
for (const page of files.filter((f) => f.endsWith('.html'))) {
  const htmlPath = join(staging, page);
  let html = await readFile(htmlPath, 'utf8');
  for (const name of files.filter((f) => /^forkpoint(-[a-z]+)*-[0-9a-f]{8,16}\.js$/.test(f))) {
    // Rewrite the integrity attribute of the tag that references this file.
    const tag = new RegExp(`<link[^>]*${name.replaceAll('.', '\\.')}[^>]*>`);
    const match = html.match(tag);
    if (!match) continue;
    const path = join(staging, name);
    const source = await readFile(path, 'utf8');
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    if (!code) throw new Error(`terser returned nothing for ${name}`);
    await writeFile(path, code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    html = html.replace(match[0], match[0].replace(/integrity="?sha384-[^"\s>]+"?/, `integrity=${integrity}`));
    console.log(`minify-js: ${name} ${source.length} → ${code.length} bytes`);
  }
  await writeFile(htmlPath, html);
}
